// Drafts in the iframe mode are bound to the host that made them (README, "Drafts in a frame"):
// nothing is touched before an accepted hello; the keys carry the host's origin; a page of
// another allowlisted origin cannot read, replace or wipe another's draft through the frame;
// by default a frame keeps its draft in sessionStorage, so another tab of the same host cannot
// reach it; a page of the widget's own origin keeps its drafts apart.
//
// Chromium here refuses storage to a cross-site frame, so these hosts are on the widget's site
// (127.0.0.1, other ports): a same-site frame gets the widget origin's own storage, which every
// such host then shares (as every page of one site shares a partition in Firefox's; that case,
// cross-site, is in firefox-frame.test.mjs). Under the README's CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch } from './browser.mjs';
import { RECORD_STORAGE, serveFrameHosts } from './frame-host.mjs';

let widget, hostA, hostB, hostS;
before(async () => {
  ({ widget, hostA, hostB, hostS } = await serveFrameHosts());
});
after(async () => {
  for (const s of [widget, hostA, hostB, hostS]) await s?.close();
});

const fixture = fs.readFileSync('tests/fixtures/typical.json', 'utf8');
const embedded = (page) => page.frame({ url: /embed\.html/ });

/** Opens the test host page of `host` in `page` and waits until the widget has started. */
async function open(page, host, query) {
  await page.goto(`${host.url}frame-host.html?widget=${encodeURIComponent(widget.origin)}&${query}`);
  await page.waitForFunction(() => window.pkReady === true);
  await page.frameLocator('#pk-frame').locator('.pk-root').waitFor();
}

/** Begins in the frame and types `words`; waits until its draft with them is stored. */
async function write(page, words) {
  const frame = page.frameLocator('#pk-frame');
  await frame.getByRole('button', { name: 'Börja' }).click();
  await frame.locator('#pk-own-words').fill(words);
  await embedded(page).waitForFunction((w) => [localStorage, sessionStorage].some((s) => Object.keys(s).some((k) => (s.getItem(k) || '').includes(w))), words);
}

/** Every key in the widget origin's storage seen from the frame: { local: {key: value}, session: {…} }. */
const stored = (page) =>
  embedded(page).evaluate(() => {
    const all = (s) => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k)]));
    return { local: all(localStorage), session: all(sessionStorage) };
  });

test('iframe drafts: nothing touched before hello; then only keys bound to the host origin', async () => {
  const browser = await launch();
  try {
    await browser.context.addInitScript(RECORD_STORAGE);
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    // Framed by an allowlisted host that never says hello: no widget, no storage, no IndexedDB.
    await page.goto(`${hostA.url}frame-host.html?widget=${encodeURIComponent(widget.origin)}&key=panel&hello=no`);
    await embedded(page).waitForFunction(() => document.readyState === 'complete');
    await page.waitForTimeout(2000); // long after the wasm would have started and read the draft
    assert.deepEqual(await embedded(page).evaluate(() => window.pkTouched), [], 'no storage touched before a hello');
    assert.equal(await embedded(page).evaluate(() => document.querySelector('patient-kontrakt')), null, 'no widget yet');
    // The same page saying hello: the widget starts and keeps its draft under the host's origin.
    await open(page, hostA, 'key=panel');
    await write(page, 'Bara för A');
    const scope = `patientkontrakt@${hostA.origin}/`;
    const touched = await embedded(page).evaluate(() => window.pkTouched);
    const keys = touched.filter((t) => !t.startsWith('indexedDB.open')).map((t) => t.split(' ')[2]);
    assert.ok(keys.length > 0, 'it reads and writes its draft');
    assert.deepEqual(keys.filter((k) => !k.startsWith(scope) && k !== 'patientkontrakt/probe'), [], touched.join('\n'));
    assert.ok(keys.includes(`${scope}v2/draft/panel`), touched.join('\n'));
    assert.ok(Object.keys((await stored(page)).local).includes(`${scope}v2/draft/panel`), 'A is marked "local"');
    assert.deepEqual(widget.cspReports.concat(hostA.cspReports), [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});

test('iframe drafts: a page of another allowlisted origin of the same site cannot read, replace or wipe a draft through the frame; nor the widget origin\'s own', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    // A page of the widget's own origin keeps a draft under the same storage-key (the standalone
    // app, or an earlier version's frame).
    await page.goto(widget.url);
    await page.evaluate((t) => localStorage.setItem('patientkontrakt/v2/draft/panel', t), fixture);
    // Her draft, made through A's frame.
    await open(page, hostA, 'key=panel');
    assert.equal(await page.frameLocator('#pk-frame').locator('#pk-notice').count(), 0, "the widget origin's draft is not A's");
    await write(page, 'Hennes egna ord 4711');
    const before = await stored(page);
    // Another allowlisted origin (B, also "local") frames the widget with the same storage-key.
    const other = await browser.context.newPage();
    await open(other, hostB, 'key=panel');
    assert.equal(await other.frameLocator('#pk-frame').locator('#pk-notice').count(), 0, 'no draft offered to B');
    const read = await other.evaluate(() => window.pk.getAgreement());
    assert.ok(!JSON.stringify(read).includes('4711') && read.id !== JSON.parse(fixture).id, 'B reads none of them');
    assert.equal((await other.evaluate((t) => window.pk.setAgreement(JSON.parse(t)), fixture)).ok, true);
    await other.waitForTimeout(1500); // autosave writes B's agreement: under B's keys
    await other.evaluate(() => window.pk.reset());
    await other.waitForTimeout(1500);
    const after = await stored(other);
    const herKey = `patientkontrakt@${hostA.origin}/v2/draft/panel`;
    assert.equal(after.local[herKey], before.local[herKey], 'her draft: neither replaced nor wiped');
    assert.ok(after.local[herKey].includes('Hennes egna ord 4711'));
    assert.equal(after.local['patientkontrakt/v2/draft/panel'], fixture, "the widget origin's draft: untouched");
    // She comes back to A: her draft is offered, and is hers.
    await page.reload();
    await page.waitForFunction(() => window.pkReady === true);
    const frame = page.frameLocator('#pk-frame');
    await frame.locator('#pk-notice').filter({ hasText: 'Vi har hämtat det du skrev senast' }).waitFor();
    await frame.getByRole('button', { name: 'Fortsätt där du slutade' }).click();
    assert.equal(await frame.locator('#pk-own-words').inputValue(), 'Hennes egna ord 4711');
    assert.deepEqual(widget.cspReports, [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});

test('iframe drafts: by default in sessionStorage, so another tab of the same host cannot reach it; the address cannot ask for more', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    // S is a plain allowlist entry; its address even asks for localStorage.
    await open(page, hostS, 'key=s&storage=local');
    await write(page, 'Bara i den här fliken');
    const herKey = `patientkontrakt@${hostS.origin}/v2/draft/s`;
    const mine = await stored(page);
    assert.ok(mine.session[herKey]?.includes('Bara i den här fliken'), 'kept in sessionStorage');
    assert.equal(mine.local[herKey], undefined, 'not in localStorage, whatever the address asks');
    // A second page of the same origin, in another tab.
    const other = await browser.context.newPage();
    await open(other, hostS, 'key=s');
    assert.equal(await other.frameLocator('#pk-frame').locator('#pk-notice').count(), 0, 'no draft offered');
    assert.ok(!JSON.stringify(await other.evaluate(() => window.pk.getAgreement())).includes('Bara i den här fliken'));
    await other.evaluate(() => window.pk.reset());
    await other.waitForTimeout(500);
    assert.equal((await stored(page)).session[herKey], mine.session[herKey], 'her draft is still there');
    await page.reload();
    await page.waitForFunction(() => window.pkReady === true);
    await page.frameLocator('#pk-frame').locator('#pk-notice').filter({ hasText: 'Vi har hämtat det du skrev senast' }).waitFor();
  } finally {
    await browser.context.close();
  }
});
