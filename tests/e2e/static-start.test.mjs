// The start page before the wasm arrives (issue 14): index.html holds it as static HTML with
// real controls (content::static_start). With the wasm held back, the patient can choose a mode
// and press "Börja"; when the app mounts it keeps the choice, and focus stays where it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { Widget, LANGUAGE_MENU } from './pk.mjs';

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

const started = (page) => page.getByRole('button', { name: LANGUAGE_MENU }).waitFor();

test('before the wasm: the static start page works, axe-clean; a chosen mode and focus are kept when the app takes over', async () => {
  const { browser, page, release } = await held();
  try {
    await page.locator('form[data-pk-static]').waitFor();
    assert.equal(await page.locator('.pk-header__lang').count(), 0, 'the app has not started');
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
