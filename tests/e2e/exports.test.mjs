// The journal exports from the summary: the FHIR download and the copied journal note are
// exactly what the golden tests expect for the same agreement, and copying falls back to a
// selected text when the browser refuses the clipboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { Widget } from './pk.mjs';

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => server?.close());

/** Opens tests/fixtures/typical.json through the start page's file picker, in a consultation. */
async function openTypical(page) {
  await page.goto(server.url);
  const w = new Widget(page, 'sv');
  await w.expectStep(0);
  await w.radio(w.t.modeLegend, w.t.consultation);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), w.button('Öppna en sparad fil').click()]);
  await chooser.setFiles('tests/fixtures/typical.json');
  await w.expectStep(7);
  return w;
}

/** The parts of a bundle that depend on the export time, made equal. */
function timeless(bundle) {
  const b = structuredClone(bundle);
  delete b.timestamp;
  delete b.identifier;
  for (const e of b.entry) if (e.resource.resourceType === 'QuestionnaireResponse') delete e.resource.authored;
  return b;
}

test('the FHIR download is the golden bundle for the same agreement', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    const w = await openTypical(page);
    const [download] = await Promise.all([page.waitForEvent('download'), w.button('Ladda ner för journalsystem (FHIR)').click()]);
    assert.match(download.suggestedFilename(), /^patientkontrakt-\d{4}-\d{2}-\d{2}\.fhir\.json$/);
    const got = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    const want = JSON.parse(fs.readFileSync('tests/fixtures/fhir/typical.json', 'utf8'));
    assert.deepEqual(timeless(got), timeless(want));
    assert.match(got.timestamp, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    fs.mkdirSync('test-output', { recursive: true });
    fs.copyFileSync(await download.path(), 'test-output/e2e-download.fhir.json');
    // One FHIR button: the one the host configured (the bundle, by default).
    assert.equal(await page.getByRole('button', { name: /FHIR/ }).count(), 1, 'one FHIR file on offer');
    // The native download of the opened file is byte for byte the file itself.
    const [native] = await Promise.all([page.waitForEvent('download'), w.button('Ladda ner som fil (JSON)').click()]);
    assert.equal(fs.readFileSync(await native.path(), 'utf8'), fs.readFileSync('tests/fixtures/typical.json', 'utf8'));
  } finally {
    await browser.context.close();
  }
});

test('a host that sets fhir="document" gets the FHIR document, the golden one, titled Patientkontrakt', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    // The host page's attribute, set before the widget starts (boot.js waits for the wasm).
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => document.querySelector('[data-patientkontrakt]').setAttribute('data-fhir', 'document')),
    );
    const w = await openTypical(page);
    assert.equal(await page.getByRole('button', { name: /FHIR/ }).count(), 1, 'one FHIR file on offer');
    assert.equal(await w.button('Ladda ner för journalsystem (FHIR)').count(), 0);
    const [doc] = await Promise.all([page.waitForEvent('download'), w.button('Ladda ner som FHIR-dokument').click()]);
    assert.match(doc.suggestedFilename(), /^patientkontrakt-\d{4}-\d{2}-\d{2}\.fhir-dokument\.json$/);
    const gotDoc = JSON.parse(fs.readFileSync(await doc.path(), 'utf8'));
    const wantDoc = JSON.parse(fs.readFileSync('tests/fixtures/fhir-document/typical.json', 'utf8'));
    const docTimeless = (d) => {
      const x = timeless(d);
      delete x.entry[0].fullUrl;
      delete x.entry[0].resource.date;
      delete x.entry[0].resource.identifier;
      return x;
    };
    assert.deepEqual(docTimeless(gotDoc), docTimeless(wantDoc));
    assert.equal(gotDoc.type, 'document');
    assert.equal(gotDoc.entry[0].resource.title, 'Patientkontrakt');
    assert.deepEqual(
      gotDoc.entry[0].resource.section.map((s) => s.title),
      // The note's keywords: the first line of each block after the heading block.
      fs.readFileSync('tests/fixtures/journal/typical.txt', 'utf8').split('\n\n').slice(1).map((b) => b.split('\n')[0].slice(0, -1)),
    );
  } finally {
    await browser.context.close();
  }
});

test('copying the journal note puts the golden note on the clipboard and says so', async () => {
  const browser = await launch();
  try {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    const page = browser.context.pages()[0];
    const w = await openTypical(page);
    await w.button('Kopiera journalanteckning').click();
    await page.getByRole('status').filter({ hasText: 'Journalanteckningen är kopierad.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, fs.readFileSync('tests/fixtures/journal/typical.txt', 'utf8'));
  } finally {
    await browser.context.close();
  }
});

test('when the clipboard is refused the note is shown selected for copying by hand', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    // A browser that refuses: writeText rejects, as it does without permission.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    const w = await openTypical(page);
    await w.button('Kopiera journalanteckning').click();
    await page.getByRole('status').filter({ hasText: 'Webbläsaren tillät inte kopiering.' }).waitFor();
    const note = page.getByLabel('Journalanteckning', { exact: true });
    assert.equal(await note.inputValue(), fs.readFileSync('tests/fixtures/journal/typical.txt', 'utf8'));
    const selected = await page.evaluate(() => {
      const t = document.activeElement;
      return t.id === 'pk-journal-note' && t.selectionStart === 0 && t.selectionEnd === t.value.length;
    });
    assert.equal(selected, true, 'the note has focus and is fully selected');
  } finally {
    await browser.context.close();
  }
});

test('the summary says whether the patient gave a personnummer or a samordningsnummer', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    await page.goto(server.url);
    const w = new Widget(page, 'sv');
    await w.expectStep(0);
    await w.radio(w.t.modeLegend, w.t.consultation);
    await w.button(w.t.begin).click();
    await (await w.reach(w.t.personalNumber)).fill('19121272-1219');
    for (let i = 1; i <= 6; i++) await w.continue();
    await w.expectStep(7);
    await w.answers();
    assert.match(await w.root().innerText(), /19121272-1219 \(samordningsnummer\)/);
  } finally {
    await browser.context.close();
  }
});

test('the exports module: not in the first load, fetched once a consultation has begun; when it cannot be fetched the card says so and a retry works', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const exportsRequests = () => requested.filter((p) => p.includes('pk-exports'));
    // The module cannot be fetched (offline, a proxy refusing it) until said otherwise.
    let offline = true;
    await page.route('**/pk-exports*', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(server.url);
    const w = new Widget(page, 'sv');
    await w.expectStep(0);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(exportsRequests(), [], `not part of the first load: ${requested.join(' ')}`);
    await w.radio(w.t.modeLegend, w.t.consultation);
    await w.button(w.t.begin).click();
    await w.expectStep(1);
    // A consultation's first step is on screen: fetched ahead, in the background.
    for (let i = 0; i < 100 && exportsRequests().length === 0; i++) await page.waitForTimeout(50);
    assert.deepEqual(exportsRequests(), ['/pk-exports.js'], 'asked for once the consultation began');
    await w.field(w.t.ownWords).fill('Kunna gå till affären själv');
    for (let i = 1; i <= 6; i++) await w.continue();
    await w.expectStep(7);
    const status = page.locator('.pk-copy-status');
    await status.filter({ hasText: 'kunde inte tas fram just nu' }).waitFor();
    assert.equal(await page.getByLabel('Journalanteckning', { exact: true }).inputValue(), '');
    // Nothing typed is lost: the words are still in the summary.
    await w.answers();
    assert.match(await w.root().innerText(), /Kunna gå till affären själv/);
    // Back online: copying tries again and puts the note on the clipboard.
    offline = false;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    await w.button('Kopiera journalanteckning').click();
    await status.filter({ hasText: 'Journalanteckningen är kopierad.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^Patientkontrakt\n/);
    assert.match(copied, /Kunna gå till affären själv/);
    assert.equal(await page.getByLabel('Journalanteckning', { exact: true }).inputValue(), copied);
    // The FHIR download uses the module now loaded: no second fetch of it.
    const [download] = await Promise.all([page.waitForEvent('download'), w.button('Ladda ner för journalsystem (FHIR)').click()]);
    assert.equal(JSON.parse(fs.readFileSync(await download.path(), 'utf8')).resourceType, 'Bundle');
    const fetched = requested.filter((p) => p.endsWith('/pk-exports_bg.wasm')).length;
    assert.equal(fetched, 1, `the module's wasm fetched once after the failure: ${requested.join(' ')}`);
    // Loaded under the README's strict policy without a report.
    assert.deepEqual(server.cspReports, []);
  } finally {
    await browser.context.close();
  }
});

test('a preparation never fetches the exports module: its summary saves and prints without it', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(server.url);
    const w = new Widget(page, 'sv');
    await w.expectStep(0);
    await w.radio(w.t.modeLegend, w.t.prepare);
    await w.button(w.t.begin).click();
    await w.field(w.t.ownWords).fill('Orka gå till jobbet');
    for (let i = 1; i <= 6; i++) await w.continue();
    await w.expectStep(7);
    const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-download-json').click()]);
    assert.equal(JSON.parse(fs.readFileSync(await saved.path(), 'utf8')).what_matters.own_words, 'Orka gå till jobbet');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(requested.filter((p) => p.includes('pk-exports') || p.includes('pk-followup')), [], requested.join(' '));
  } finally {
    await browser.context.close();
  }
});

test("an opened file's shape error: its place comes from the exports module; without the module, the error without it", async () => {
  const browser = await launch();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-shape-'));
  try {
    const page = browser.context.pages()[0];
    let offline = false;
    await page.route('**/pk-exports*', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    const bad = JSON.parse(fs.readFileSync('tests/fixtures/typical.json', 'utf8'));
    bad.mode = 'solo';
    const file = path.join(dir, 'fel-lage.json');
    fs.writeFileSync(file, JSON.stringify(bad, null, 2));
    await page.goto(server.url);
    const w = new Widget(page, 'sv');
    await w.expectStep(0);
    const open = async () => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), w.button('Öppna en sparad fil').click()]);
      await chooser.setFiles(file);
    };
    const alert = page.locator('#pk-import-error');
    await open();
    // The patient is told what is wrong in plain words; the place is under "Visa detaljer".
    await alert.filter({ hasText: 'En uppgift i filen är fel ifylld.' }).waitFor();
    await alert.locator('details').filter({ hasText: 'Värde som inte är tillåtet: mode.' }).waitFor({ state: 'attached' });
    // Offline (a fresh page, so the module is not loaded yet): refused all the same, without the place.
    offline = true;
    await page.goto(server.url);
    await w.expectStep(0);
    await open();
    await alert.filter({ hasText: 'Något i filen stämmer inte med hur ett Patientkontrakt ska se ut.' }).waitFor();
    await alert.locator('details').filter({ hasText: 'Var i filen är inte känt.' }).waitFor({ state: 'attached' });
    assert.equal(await alert.getAttribute('role'), 'alert');
    await w.expectStep(0);
  } finally {
    await browser.context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
