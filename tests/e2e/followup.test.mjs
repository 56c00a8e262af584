// The unit's follow-up, end to end: 200 generated files (5 bad, 3 copies of agreements already
// given) are chosen with the keyboard, read in the browser, and the figures on screen and in the
// CSV are the ones computed here from the same files. axe finds nothing; no request leaves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { Widget, chooseLanguage } from './pk.mjs';

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => {
  await server?.close();
});

/** 192 agreements, 3 copies, 5 bad files; and what the app should count from them. */
function corpus(dir) {
  const base = JSON.parse(fs.readFileSync('tests/fixtures/typical.json', 'utf8'));
  const agreements = [];
  for (let i = 0; i < 192; i++) {
    const a = structuredClone(base);
    a.id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    a.agreed_by.date = `2026-${String((i % 12) + 1).padStart(2, '0')}-15`;
    a.answers.before.forEach((x, n) => (x.value = ['yes', 'no', 'dont_know', null][(i + n) % 4]));
    a.answers.professional[0].value = i % 3 === 0 ? 'no' : 'yes';
    if (i % 4 === 1) a.answers.patient[0].value = 'no';
    if (i % 5 === 0) {
      a.mode = 'prepare';
      a.status = 'draft';
      a.answers.patient.forEach((x) => (x.value = null));
      a.answers.professional.forEach((x) => (x.value = null));
    }
    agreements.push(a);
  }
  const files = agreements.map((a, i) => [`avtal-${i}.json`, JSON.stringify(a, null, 2)]);
  // Copies: two older (ignored), one newer that changes question 1 after the agreement.
  for (const i of [0, 1]) files.push([`kopia-${i}.json`, JSON.stringify({ ...agreements[i], updated: '2020-01-01T00:00:00Z' })]);
  const newer = structuredClone(agreements[2]);
  newer.updated = '2027-01-01T00:00:00Z';
  newer.answers.patient[0].value = 'dont_know';
  files.push(['kopia-2.json', JSON.stringify(newer)]);
  agreements[2] = newer;
  const bad = [
    ['trasig-tom.json', ''],
    ['trasig-text.json', 'inte json'],
    ['trasig-fhir.json', '{"resourceType": "Bundle"}'],
    ['trasig-ny.json', JSON.stringify({ ...agreements[3], version: 9 })],
    ['trasig-halv.json', JSON.stringify(agreements[4]).slice(0, 500)],
  ];
  files.push(...bad);
  const paths = files.map(([name, text]) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  });
  const tally = (key, n, list = agreements) => {
    const c = { yes: 0, no: 0, dont_know: 0, null: 0 };
    for (const a of list) c[String(a.answers[key][n].value)]++;
    return [c.yes, c.no, c.dont_know, c.null];
  };
  const allYes = (a) => a.answers.patient.every((x) => x.value === 'yes');
  const inPlace = agreements.filter((a) => a.mode === 'consultation' && a.status === 'agreed' && allYes(a)).length;
  return { paths, agreements, tally, inPlace, badNames: bad.map(([n]) => n) };
}

test('200 files, 5 bad and 3 copies: the figures on screen and in the CSV', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-followup-'));
  const c = corpus(dir);
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    const w = new Widget(page, 'sv');
    await w.expectStep(0);
    const requestsBefore = server.requests.length;

    // Keyboard only: the third choice, "Börja", "Välj filer".
    await page.getByRole('radio', { name: 'Uppföljning för verksamheten' }).focus();
    await page.keyboard.press('Space');
    await page.locator('#pk-continue').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Uppföljning för verksamheten' }).waitFor();
    // Listen for the file chooser before the key is pressed (Playwright switches interception
    // on asynchronously), then choose the files with the keyboard.
    const chooserOpened = page.waitForEvent('filechooser');
    await page.locator('#pk-fu-choose').focus();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-fu-choose');
    await page.keyboard.press('Enter');
    const chooser = await chooserOpened;
    await chooser.setFiles(c.paths);
    const status = page.locator('#pk-fu-status');
    await status.filter({ hasText: '200 filer lästa: 192 patientkontrakt, 3 dubbletter sammanslagna, 5 filer kunde inte läsas.' }).waitFor({ timeout: 60000 });

    // The bad files, each with its reason.
    await page.locator('#pk-fu-bad > summary').focus();
    await page.keyboard.press('Enter');
    const bad = await page.locator('#pk-fu-bad li').allInnerTexts();
    assert.equal(bad.length, 5);
    for (const name of c.badNames) assert.ok(bad.some((b) => b.startsWith(`${name}: `)), name);
    assert.ok(bad.some((b) => b.includes('nyare version av Patientkontraktet')));
    // Each with its technical detail under "Visa detaljer".
    await page.locator('#pk-fu-bad li details').filter({ hasText: 'Filens formatversion är 9.' }).waitFor({ state: 'attached' });

    // The counts.
    const consultations = c.agreements.filter((a) => a.mode === 'consultation').length;
    assert.equal(
      await page.locator('#pk-fu-counted').innerText(),
      `192 Patientkontrakt i urvalet, varav ${consultations} från vårdmöten. ${c.inPlace} är på plats.`,
    );
    const row = async (n, set) =>
      (await page.locator(`#pk-fu-table-${n} tr[data-set="${set}"] td`).allInnerTexts()).map(Number);
    for (const n of [1, 3, 7]) {
      assert.deepEqual(await row(n, 'before'), c.tally('before', n - 1), `q${n} before`);
      assert.deepEqual(await row(n, 'patient'), c.tally('patient', n - 1), `q${n} after`);
      assert.deepEqual(await row(n, 'professional'), c.tally('professional', n - 1), `q${n} care`);
    }
    assert.equal(await page.locator('svg.pk-fu-chart[role="img"]').count(), 7);
    const desc = await page.locator('#pk-fu-desc-0').textContent();
    const [y, no, dk, un] = c.tally('patient', 0);
    assert.ok(desc.includes(`Patienterna efter genomgången: Ja ${y}, Nej ${no}, Vet inte ${dk}, ej besvarad ${un}.`), desc);
    // Nothing identifying on screen.
    const text = await page.locator('.pk-followup').innerText();
    for (const secret of ['Anna', 'Karin', '19121212', 'barnbarnen']) assert.ok(!text.includes(secret), secret);

    // The CSV: the same figures, counts only.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-fu-csv').click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    assert.ok(csv.includes(`fråga;1;efter genomgången;${c.tally('patient', 0).join(';')}\n`), csv.slice(0, 400));
    assert.ok(csv.includes(`fråga;1;före besöket;${c.tally('before', 0).join(';')}\n`));
    assert.ok(csv.includes(`summering;överenskommelser;192\n`) && csv.includes(`summering;på plats;${c.inPlace}\n`));
    for (const secret of ['Anna', 'Karin', '19121212', 'barnbarnen']) assert.ok(!csv.includes(secret), secret);

    // Filters: consultations only, then a period.
    await page.locator('#pk-fu-mode').selectOption('consultation');
    await page.locator('#pk-fu-counted').filter({ hasText: `${consultations} Patientkontrakt i urvalet` }).waitFor();
    await page.locator('#pk-fu-from').fill('2026-03-01');
    await page.locator('#pk-fu-to').fill('2026-05-31');
    await page.locator('#pk-fu-to').dispatchEvent('change');
    const spring = c.agreements.filter((a) => a.mode === 'consultation' && a.agreed_by.date >= '2026-03-01' && a.agreed_by.date <= '2026-05-31');
    await page.locator('#pk-fu-counted').filter({ hasText: `${spring.length} Patientkontrakt i urvalet` }).waitFor();
    assert.deepEqual(await row(1, 'patient'), c.tally('patient', 0, spring));

    // axe on the page with every chart and table.
    const violations = await w.axe();
    assert.deepEqual(violations, [], 'axe on the follow-up');
    assert.equal(await w.overflowAt(320), 0, 'no sideways scrolling at 320 px');

    // Nothing left the browser: no request since the page loaded.
    assert.deepEqual(server.requests.slice(requestsBefore).filter((r) => !/\.(js|wasm|css|svg|ico)$/.test(r)), []);
    // Closing forgets: back on the start page, and the view opened again is empty.
    await page.locator('#pk-fu-close').click();
    await w.expectStep(0);
    assert.deepEqual(errors, []);
    assert.deepEqual(server.cspReports, []);
  } finally {
    await browser.context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a host can open the follow-up directly (data-mode="followup")', async () => {
  const pages = {
    '/unit.html': {
      body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Enhetens uppföljning</title>
<link rel="stylesheet" href="/patientkontrakt.css"><script type="module" src="/boot.js"></script></head>
<body><main><div data-patientkontrakt data-mode="followup" data-storage="none"></div></main></body></html>`,
    },
  };
  const s2 = await serve('dist', { extraPages: pages });
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    await page.goto(s2.url + 'unit.html');
    await page.getByRole('heading', { level: 1, name: 'Uppföljning för verksamheten' }).waitFor();
    // The view itself is a module loaded now (its heading is there while it loads).
    await page.locator('#pk-fu-choose').waitFor();
    assert.equal(await page.locator('#pk-fu-choose').count(), 1);
  } finally {
    await browser.context.close();
    await s2.close();
  }
});

test('the follow-up is a module of its own: fetched only when opened; focus, language and a failed fetch handled', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    let offline = true;
    await page.route('**/pk-followup*', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(server.url);
    const w = new Widget(page, 'sv');
    await w.expectStep(0);
    // A patient's path never fetches it: the start page and a step.
    await w.radio(w.t.modeLegend, w.t.prepare);
    await w.button(w.t.begin).click();
    await w.expectStep(1);
    assert.deepEqual(requested.filter((p) => p.includes('pk-followup')), []);
    await w.button(w.t.back).click();
    await w.expectStep(0);

    // Opened while it cannot be fetched: the view's heading has focus and says why, with a way on.
    await page.getByRole('radio', { name: 'Uppföljning för verksamheten' }).check();
    await page.locator('#pk-continue').click();
    await page.getByText('Uppföljningen kunde inte visas').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-heading');
    assert.deepEqual(await w.axe(), [], 'axe on the failed load');
    // Back online: "Försök igen" shows the view, and its heading takes the focus.
    offline = false;
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await page.locator('#pk-fu-choose').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'pk-heading');
    assert.equal(await page.locator('#pk-heading').count(), 1, 'one heading with the id');
    assert.equal(await page.locator('.pk-followup-mount #pk-heading').count(), 1, "the module's heading");
    // The header's language switch applies to the view.
    await chooseLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'Follow-up for the care unit' }).waitFor();
    assert.equal(await page.locator('#pk-fu-close').innerText(), 'Close the follow-up');
    // Closing returns to the start page; opening again uses the module already loaded.
    await page.locator('#pk-fu-close').click();
    await page.getByRole('radio', { name: 'Follow-up for the care unit' }).check();
    await page.locator('#pk-continue').click();
    await page.locator('#pk-fu-choose').waitFor();
    assert.equal(requested.filter((p) => p.endsWith('/pk-followup_bg.wasm')).length, 1, requested.join(' '));
    assert.deepEqual(errors, []);
    assert.deepEqual(server.cspReports, [], 'loaded under the strict policy without a report');
  } finally {
    await browser.context.close();
  }
});
