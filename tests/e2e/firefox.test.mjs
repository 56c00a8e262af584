// The same widget in Firefox (Debian's firefox-esr through geckodriver, WebDriver): both modes
// walked to the end with the JSON export, a reload that restores the draft, a bad file refused,
// all under the strict Content-Security-Policy with no violation reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { firefox } from './webdriver.mjs';
import { T } from './pk.mjs';

const t = T.sv;
let server;
before(async () => {
  server = await serve('dist');
});
after(async () => {
  await server?.close();
});

/** Presses "Fortsätt" (through the pages of the step on screen) until step `n`'s heading. */
async function next(ff, n) {
  await ff.continueTo(t.titles[n]);
}

test('Firefox: a preparation walked to the end, saved as JSON, restored after a reload', async () => {
  const ff = await firefox();
  try {
    await ff.goto(server.url);
    // The app itself (its language switch), not the static start page it replaces: WebDriver
    // would click an element that is replaced under it.
    await ff.waitFor('.pk-root[dir] .pk-header__lang', 'Språk / Language');
    await ff.waitFor('#pk-continue', t.begin);
    await ff.click('#pk-continue');
    await ff.waitFor('#pk-heading', t.titles[1]);
    await ff.type('#pk-own-words', 'Att orka gå till kören – på torsdagar');
    for (let n = 2; n <= 7; n++) await next(ff, n);
    assert.deepEqual(await ff.axe(), [], 'axe: no violations on the summary');
    await ff.click('#pk-download-json');
    const { name, text } = await ff.download();
    assert.match(name, /\.json$/);
    const saved = JSON.parse(text);
    assert.equal(saved.format, 'patientkontrakt');
    assert.equal(saved.version, 5);
    assert.equal(saved.what_matters.own_words, 'Att orka gå till kören – på torsdagar');
    // Reload: the draft is back, and "Fortsätt där du slutade" goes to the summary.
    await ff.refresh();
    await ff.waitFor('#pk-notice', 'Vi har hämtat det du skrev senast');
    await ff.click('#pk-continue');
    await ff.waitFor('#pk-heading', t.titles[7]);
    assert.ok((await ff.text('.pk-root')).includes('Att orka gå till kören – på torsdagar'));
  } finally {
    await ff.quit();
  }
});

test('Firefox: a consultation marked as agreed, exported; a bad file refused with its reason', async () => {
  const ff = await firefox();
  try {
    await ff.goto(server.url);
    // The app itself (its language switch), not the static start page it replaces: WebDriver
    // would click an element that is replaced under it.
    await ff.waitFor('.pk-root[dir] .pk-header__lang', 'Språk / Language');
    await ff.waitFor('#pk-continue', t.begin);
    // A bad file first: refused, nothing else changes.
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pk-ff-bad-')), 'trasig.json');
    fs.writeFileSync(bad, '{"format": "patientkontrakt", trasig');
    await ff.type('.pk-file-input', bad);
    await ff.waitFor('#pk-import-error', 'eller så har den blivit skadad');
    await ff.click('input[name=pk-mode][value=consultation]');
    await ff.click('#pk-continue');
    await ff.waitFor('#pk-heading', t.titles[1]);
    // Her name is on the step's third page.
    await ff.nextPage();
    await ff.nextPage();
    await ff.type('#pk-patient-name', 'Anna Andersson');
    for (let n = 2; n <= 7; n++) await next(ff, n);
    assert.equal(await ff.value('#pk-agreed-patient-name'), 'Anna Andersson', 'prefilled from step 1');
    await ff.type('#pk-agreed-professional-name', 'Karin Berg');
    await ff.click('#pk-mark');
    await ff.waitFor('#pk-status', t.agreed);
    assert.deepEqual(await ff.axe(), [], 'axe: no violations on the agreed summary');
    await ff.click('#pk-download-json');
    const saved = JSON.parse((await ff.download()).text);
    assert.equal(saved.status, 'agreed');
    assert.equal(saved.agreed_by.professional_name, 'Karin Berg');
    // The note is made by the exports module, loaded when the journal card first shows.
    const agreedNote = 'Patientkontrakt\nStatus: Överenskommet';
    let note = '';
    for (let i = 0; i < 100 && !note.startsWith(agreedNote); i++) {
      note = await ff.value('#pk-journal-note');
      if (!note.startsWith(agreedNote)) await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(note.startsWith(agreedNote), note);
    assert.deepEqual(server.cspReports, [], 'no CSP violation reported');
  } finally {
    await ff.quit();
  }
});
