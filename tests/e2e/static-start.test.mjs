// The start page before the wasm arrives (issue 14): index.html holds it as static HTML with
// real controls (content::static_start). With the wasm held back, the patient can choose a mode
// and press "Börja"; when the app mounts it keeps the choice, and focus stays where it was. The
// language menu is there too (issue 27): a language chosen before the app arrives is the one it
// starts in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { Widget, CONTENT, LANGUAGE_MENU } from './pk.mjs';

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => {
  await server?.close();
});

/** Opens the demo page with the wasm held back until `release()` is called. */
async function held() {
  const browser = await launch();
  const page = browser.context.pages()[0] || (await browser.context.newPage());
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route('**/patientkontrakt_bg.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(server.url);
  return { browser, page, release };
}

// The app has taken over once the static form is gone.
const started = (page) => page.locator('form[data-pk-static]').waitFor({ state: 'detached' });

test('before the wasm: the static start page works, axe-clean; a chosen mode and focus are kept when the app takes over', async () => {
  const { browser, page, release } = await held();
  try {
    await page.locator('form[data-pk-static]').waitFor();
    assert.equal(await page.locator('.pk-root[dir]').count(), 0, 'the app has not started');
    assert.deepEqual(await new Widget(page, 'sv').axe(), [], 'axe: the static start page');
    // Keyboard, as a patient would: to the first radio, arrow down to the consultation.
    await page.locator('#pk-mode').focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-mode-2');
    assert.equal(await page.locator('#pk-mode-2').isChecked(), true);
    release();
    await started(page);
    assert.equal(await page.locator('form[data-pk-static]').count(), 0);
    assert.equal(await page.locator('#pk-mode-2').isChecked(), true, 'the choice is kept');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-mode-2', 'focus is not stolen');
    await page.getByRole('button', { name: 'Börja' }).click();
    await page.locator('#pk-heading').filter({ hasText: 'Vad är viktigt för dig?' }).waitFor();
    // The consultation was carried on into the draft.
    await page.locator('#pk-own-words').fill('Att orka');
    await page.waitForFunction(() => localStorage.getItem('patientkontrakt/v2/draft'));
    const draft = JSON.parse(await page.evaluate(() => localStorage.getItem('patientkontrakt/v2/draft')));
    assert.equal(draft.mode, 'consultation');
    assert.deepEqual(server.cspReports, [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});

test('before the wasm: "Börja" pressed on the static page goes on to step 1 once the app is there', async () => {
  const { browser, page, release } = await held();
  try {
    await page.locator('#pk-mode-2').check();
    await page.locator('#pk-continue').click();
    assert.equal(await page.url(), server.url, 'the static form does not navigate');
    release();
    await page.locator('#pk-heading').filter({ hasText: 'Vad är viktigt för dig?' }).waitFor();
    await page.locator('#pk-own-words').fill('Att orka');
    await page.waitForFunction(() => localStorage.getItem('patientkontrakt/v2/draft'));
    const draft = JSON.parse(await page.evaluate(() => localStorage.getItem('patientkontrakt/v2/draft')));
    assert.equal(draft.mode, 'consultation', 'the mode chosen before the app was there');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-own-words');
  } finally {
    await browser.context.close();
  }
});

test('before the wasm: the language menu works by keyboard, axe-clean; the language chosen is the one the app starts in', async () => {
  const { browser, page, release } = await held();
  try {
    await page.locator('form[data-pk-static]').waitFor();
    const menu = page.getByRole('button', { name: LANGUAGE_MENU, exact: true });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    await menu.focus();
    await page.keyboard.press('Enter');
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    const items = page.locator('.pk-header__choice');
    assert.deepEqual(await items.allInnerTexts(), Object.values(CONTENT.languages).map((l) => l.name), 'every language in its own words');
    assert.deepEqual(await new Widget(page, 'sv').axe(), [], 'axe: the static page with its menu open');
    await page.keyboard.press('Escape');
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('pk-header__lang')), true, 'focus back on the menu');
    await page.keyboard.press('Enter');
    const finnish = page.getByRole('button', { name: CONTENT.languages.fi.name, exact: true });
    assert.equal(await finnish.getAttribute('lang'), 'fi');
    await finnish.focus();
    await page.keyboard.press('Enter');
    // The list closed: the choice is read off the (now hidden) button.
    assert.equal(await page.locator('[data-pk-language="fi"]').getAttribute('aria-current'), 'true');
    assert.equal(await page.locator('[data-pk-language="sv"]').getAttribute('aria-current'), null);
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    release();
    await started(page);
    await new Widget(page, 'fi').expectStep(0);
    assert.equal(await page.locator('.pk-root').first().getAttribute('lang'), 'fi', 'the app started in Finnish');
    assert.deepEqual(server.cspReports, [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});
