// Embedding: <patient-kontrakt> elements on a host page, two at once with their own drafts and
// ids, the element's methods, the pk-* events in order with their payloads, a cancelled
// pk-export, lang switching live, removal and moving. Under the strict CSP, no violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { Widget, chooseLanguage, CONTENT, LANGUAGE_MENU } from './pk.mjs';

const HEAD = `<meta charset="utf-8"><link rel="stylesheet" href="/patientkontrakt.css"><script type="module" src="/boot.js"></script>`;
// Every pk-* event heard on document, as a tag manager would: type and detail; and (pkOwn) what
// a listener on each element hears.
const LISTEN = `<script type="module" src="/listen.js"></script>`;
const LISTEN_JS = `window.pkEvents = [];
window.pkOwn = [];
const record = (list, t, e) => list.push({ type: t, id: e.target.id, detail: JSON.parse(JSON.stringify(e.detail)), composed: e.composed, bubbles: e.bubbles, cancelable: e.cancelable });
for (const t of ['pk-ready', 'pk-change', 'pk-step', 'pk-complete', 'pk-agreed', 'pk-export', 'pk-reset', 'pk-error']) {
  document.addEventListener(t, (e) => {
    record(window.pkEvents, t, e);
    if (t === 'pk-export' && window.pkCancelExport) e.preventDefault();
  });
  for (const el of document.querySelectorAll('patient-kontrakt')) el.addEventListener(t, (e) => record(window.pkOwn, t, e));
}`;
const pages = {
  '/listen.js': { type: 'text/javascript; charset=utf-8', body: LISTEN_JS },
  '/two.html': {
    body: `<!doctype html><html lang="sv"><head>${LISTEN}${HEAD}<title>Två</title></head><body><main>
<h1>Regionens sida</h1>
<patient-kontrakt id="a" storage-key="hjarta"></patient-kontrakt>
<patient-kontrakt id="b" storage-key="lunga" mode="consultation" events="content"></patient-kontrakt>
</main></body></html>`,
  },
};

pages['/theme.css'] = {
  type: 'text/css; charset=utf-8',
  body: '#own { --pk-button: #6d2077; } .region-theme { --pk-brand: rgb(1, 2, 3); --pk-font: Georgia, serif; }',
};
pages['/theme.html'] = {
  body: `<!doctype html><html lang="sv"><head>${LISTEN}${HEAD}<link rel="stylesheet" href="/theme.css"><title>Tema</title></head><body><main>
<patient-kontrakt id="own" storage="none"></patient-kontrakt>
<div class="region-theme"><patient-kontrakt id="inherited" storage="none"></patient-kontrakt></div>
<patient-kontrakt id="plain" storage="none"></patient-kontrakt>
</main></body></html>`,
};

// Region settings through the `settings` property, set before boot.js defines the element.
const SETTINGS = {
  unit: 'Vårdcentralen Norr',
  contact_routes: [{ kind: 'phone', details: 'Vårdcentralen 0771-11 22 33' }],
  wording: { 'question.patient.2': { sv: 'Har du och vården kommit överens om vad du gör och vad vi gör?', en: 'Have you and we agreed on what you do and what we do?' } },
  colour: 'red',
};
pages['/settings.js'] = {
  type: 'text/javascript; charset=utf-8',
  body: `document.getElementById('prop').settings = ${JSON.stringify(SETTINGS)};`,
};
// Filled in once the server runs: config-src on another origin must be refused.
pages['/settings.html'] = { body: '' };
pages['/readonly.html'] = {
  body: `<!doctype html><html lang="sv"><head>${LISTEN}${HEAD}<title>Journalens vy</title></head><body><main>
<h1>Patientkontrakt i journalen</h1>
<patient-kontrakt id="ro" readonly label="Visning"></patient-kontrakt>
</main></body></html>`,
};

pages['/langs.html'] = {
  body: `<!doctype html><html lang="sv"><head>${LISTEN}${HEAD}<title>Språk</title></head><body><main>
<h1>Regionens sida</h1>
<patient-kontrakt id="langs" storage="none" label="Språkval"></patient-kontrakt>
</main></body></html>`,
};

pages['/texts.html'] = {
  body: `<!doctype html><html lang="sv"><head>${LISTEN}${HEAD}<title>Regionens ord</title></head><body><main>
<h1>Regionens sida</h1>
<patient-kontrakt id="texts" storage="none" label="Regionens ord"></patient-kontrakt>
</main></body></html>`,
};

let server;
before(async () => {
  server = await serve('dist', { extraPages: pages });
  const foreign = server.url.replace('127.0.0.1', 'localhost') + 'demos/region-settings.json';
  pages['/settings.html'].body = `<!doctype html><html lang="sv"><head>${LISTEN}<script type="module" src="/settings.js"></script>${HEAD}<title>Inställningar</title></head><body><main>
<patient-kontrakt id="prop" storage="none" mode="consultation" label="Egenskap"></patient-kontrakt>
<patient-kontrakt id="foreign" storage="none" config-src="${foreign}" label="Annat ursprung"></patient-kontrakt>
</main></body></html>`;
});
after(async () => {
  await server?.close();
});

async function open() {
  const browser = await launch();
  const page = browser.context.pages()[0] || (await browser.context.newPage());
  await page.goto(server.url + 'two.html');
  await page.waitForFunction(() => window.pkEvents.filter((e) => e.type === 'pk-ready').length === 2);
  return { browser, page };
}

const events = (page) => page.evaluate(() => window.pkEvents);

test('two elements on one page: own ids, own drafts, axe clean', async () => {
  const { browser, page } = await open();
  try {
    const w = new Widget(page, 'sv');
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'no id twice');
    assert.ok(ids.includes('pk-continue') && ids.includes('pk2-continue'));
    assert.deepEqual(await w.axe(), [], 'axe: no violations with both widgets');
    // The second widget: begin, type; only its draft is written, and focus stays in it.
    await page.locator('#b').getByRole('button', { name: 'Börja' }).click();
    await page.locator('#pk2-own-words').fill('Bara i lungan');
    await page.waitForFunction(() => localStorage.getItem('patientkontrakt/v2/draft/lunga'));
    assert.equal(await page.evaluate(() => localStorage.getItem('patientkontrakt/v2/draft/hjarta')), null);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk2-own-words');
    assert.equal(await page.locator('#a #pk-continue').innerText(), 'Börja');
    assert.deepEqual(await w.axe(), [], 'axe: still none on step 1 beside the start page');
    assert.deepEqual(server.cspReports, [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});

test('methods: setAgreement → getAgreement is the native export; errors, validate, FHIR, journal', async () => {
  const { browser, page } = await open();
  try {
    const fixture = fs.readFileSync('tests/fixtures/typical.json', 'utf8');
    const r = await page.evaluate((text) => document.getElementById('a').setAgreement(JSON.parse(text)), fixture);
    assert.deepEqual(r, { ok: true, errors: [], asked: false });
    await page.locator('#a #pk-heading').filter({ hasText: 'Sammanfattning' }).waitFor();
    const back = await page.evaluate(() => JSON.stringify(document.getElementById('a').getAgreement(), null, 2) + '\n');
    assert.equal(back, fixture, 'byte-identical to the native export');
    // A bad object: refused with the import's message, nothing changed.
    const bad = await page.evaluate(() => document.getElementById('a').setAgreement({ format: 'patientkontrakt', version: 99 }));
    assert.equal(bad.ok, false);
    assert.equal(bad.errors.length, 1);
    assert.match(bad.errors[0].message, /newer version/i);
    assert.match(bad.errors[0].sv, /nyare version/);
    assert.match(bad.errors[0].detail, /format version is 99\./, 'the technical detail, in English');
    assert.equal(await page.evaluate(() => document.getElementById('a').getAgreement().id), JSON.parse(fixture).id);
    const v = await page.evaluate(() => document.getElementById('a').validate());
    assert.deepEqual(v, { ok: true, problems: [] });
    const fhir = await page.evaluate(() => document.getElementById('a').toFhir());
    assert.equal(fhir.resourceType, 'Bundle');
    const note = await page.evaluate(() => document.getElementById('a').toJournalText());
    assert.equal(note, fs.readFileSync('tests/fixtures/journal/typical.txt', 'utf8'));
    // reset(): a fresh agreement and pk-reset (the host's own agreement: no question).
    assert.deepEqual(await page.evaluate(() => document.getElementById('a').reset()), { ok: true, errors: [], asked: false });
    await page.waitForFunction(() => window.pkEvents.some((e) => e.type === 'pk-reset'));
    assert.equal(await page.evaluate(() => document.getElementById('a').getAgreement().what_matters.own_words), '');
  } finally {
    await browser.context.close();
  }
});

/** "Fortsätt" in the widget `root` (ids `prefix`-…) `times` times, or until its summary. */
async function onwards(page, root, prefix, times = 30) {
  for (let i = 0; i < times; i++) {
    const caption = `#${prefix}-step-of`;
    const before = await page.locator(caption).textContent();
    if (before.startsWith('Steg 7 av 7')) return;
    await root.getByRole('button', { name: 'Fortsätt' }).click();
    await page.waitForFunction(([c, b]) => document.querySelector(c)?.textContent !== b, [caption, before]);
  }
}

test('events in order with their payloads; none carries typed text without events="content"; without the content pk-export cannot be cancelled', async () => {
  const { browser, page } = await open();
  try {
    const a = page.locator('#a');
    await a.getByRole('button', { name: 'Börja' }).click();
    await page.locator('#pk-own-words').fill('Hemligt: kören på torsdagar');
    await page.waitForFunction(() => window.pkEvents.some((e) => e.type === 'pk-change'));
    await onwards(page, a, 'pk');
    await page.locator('#pk-heading').filter({ hasText: 'Inför besöket' }).or(page.locator('#pk-heading').filter({ hasText: 'Sammanfattning' })).waitFor();
    // #a did not ask for the content: a host that tries to cancel gets no file, so the patient
    // keeps hers (the hosts that asked cancel it: content.test.mjs, her-data.test.mjs).
    await page.evaluate(() => (window.pkCancelExport = true));
    const [kept] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-download-json').click()]);
    assert.match(kept.suggestedFilename(), /\.json$/, 'downloaded despite preventDefault()');
    await page.waitForFunction(() => window.pkEvents.some((e) => e.type === 'pk-export'));
    const all = (await events(page)).filter((e) => e.id === 'a');
    const types = all.map((e) => e.type);
    assert.deepEqual(types.filter((t, i) => t !== types[i - 1]), ['pk-ready', 'pk-step', 'pk-change', 'pk-step', 'pk-complete', 'pk-export']);
    assert.ok(all.every((e) => e.detail.v === 2 && e.composed), 'detail.v = 2, composed');
    const change = all.find((e) => e.type === 'pk-change');
    assert.deepEqual(change.detail, { v: 2, step: 'what-matters', field: 'own-words' });
    for (const e of all) assert.ok(!JSON.stringify(e).includes('Hemligt'), `${e.type} carries no typed text`);
    assert.deepEqual(all.filter((e) => e.type === 'pk-step').map((e) => e.detail.step).slice(0, 2), ['what-matters', 'commitments']);
    const exp = all.find((e) => e.type === 'pk-export');
    assert.equal(exp.cancelable, false, 'not cancelable without its content');
    assert.equal(exp.detail.format, 'json');
    assert.match(exp.detail.filename, /^patientkontrakt-\d{4}-\d{2}-\d{2}\.json$/);
    assert.deepEqual(Object.keys(exp.detail).sort(), ['filename', 'format', 'v'], 'no content: #a did not ask for it');
    // Not cancelled: the file downloads.
    await page.evaluate(() => (window.pkCancelExport = false));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-download-json').click()]);
    assert.match(download.suggestedFilename(), /\.json$/);
  } finally {
    await browser.context.close();
  }
});

test('consultation marked as agreed: pk-agreed with the agreement on the element that asked, not on document; lang switches live; removal destroys, a move keeps', async () => {
  const { browser, page } = await open();
  try {
    const b = page.locator('#b');
    await b.getByRole('button', { name: 'Börja' }).click();
    // Her name is on step 1's third page.
    await onwards(page, b, 'pk2', 2);
    await page.locator('#pk2-patient-name').fill('Anna Andersson');
    await onwards(page, b, 'pk2');
    await page.locator('#pk2-agreed-professional-name').fill('Karin Berg');
    await page.locator('#pk2-mark').click();
    await page.waitForFunction(() => window.pkOwn.some((e) => e.type === 'pk-agreed'));
    const agreed = await page.evaluate(() => window.pkOwn.find((e) => e.type === 'pk-agreed'));
    assert.equal(agreed.id, 'b');
    assert.deepEqual([agreed.bubbles, agreed.composed], [false, false], 'b asked for the content: it stays on the element');
    assert.ok(!(await events(page)).some((e) => e.type === 'pk-agreed'), 'a listener on document hears none of it');
    assert.equal(agreed.detail.agreement.status, 'agreed');
    assert.equal(agreed.detail.agreement.agreed_by.professional_name, 'Karin Berg');
    // The second widget's classes are the widget's own (ids are prefixed, classes never).
    assert.match(await page.locator('#pk2-status').getAttribute('class'), /\bpk-tag--agreed\b/);
    assert.match(await page.locator('#pk2-mark').getAttribute('class'), /\bpk-button--secondary\b/);
    assert.match(await page.locator('#pk2-download-json').getAttribute('class'), /\bpk-button--secondary\b/);
    assert.equal(await page.evaluate(() => document.querySelectorAll('[class*="pk2-"]').length), 0, 'no class carries the id prefix');
    // lang switches live.
    await page.evaluate(() => document.getElementById('b').setAttribute('lang', 'en'));
    await page.locator('#pk2-heading').filter({ hasText: 'Summary' }).waitFor();
    // Moved within one task: kept, with its state.
    await page.evaluate(() => {
      const el = document.getElementById('b');
      document.body.append(el);
    });
    await page.waitForTimeout(100);
    assert.equal(await page.locator('#pk2-status').count(), 1, 'moved, not destroyed');
    // Removed: destroyed.
    await page.evaluate(() => {
      window.removed = document.getElementById('b');
      window.removed.remove();
    });
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => window.removed.pk), null, 'destroyed');
    assert.equal(await page.evaluate(() => window.removed.querySelector('.pk-root')), null);
    assert.deepEqual(server.cspReports, [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});

test('theming: --pk-* set on the element or an ancestor take effect; the defaults elsewhere', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    await page.goto(server.url + 'theme.html');
    await page.waitForFunction(() => window.pkEvents.filter((e) => e.type === 'pk-ready').length === 3);
    const style = (sel, prop) => page.locator(sel).evaluate((e, p) => getComputedStyle(e)[p], prop);
    assert.equal(await style('#own #pk-continue', 'backgroundColor'), 'rgb(109, 32, 119)', 'set on the element');
    assert.equal(await style('#inherited .pk-header', 'borderBottomColor'), 'rgb(1, 2, 3)', 'set on an ancestor');
    assert.match(await style('#inherited .pk-root', 'fontFamily'), /Georgia/);
    assert.equal(await style('#plain #pk3-continue', 'backgroundColor'), 'rgb(0, 112, 60)', 'the default button colour');
    assert.equal(await style('#plain .pk-header', 'borderBottomColor'), 'rgb(29, 112, 184)', 'the default brand colour');
    assert.deepEqual(server.cspReports, [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});

test('demo hosts: a region page with its own theme, a journal side panel that takes the agreement and the exports', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    await page.goto(server.url + 'demos/region.html');
    await page.locator('patient-kontrakt .pk-root').waitFor();
    const w = new Widget(page, 'sv');
    assert.equal(await page.locator('patient-kontrakt #pk-continue').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(109, 32, 119)');
    assert.deepEqual(await w.axe(), [], 'axe: the region page');
    // The journal side panel.
    await page.goto(server.url + 'demos/journal-panel.html');
    const panel = page.locator('#panel');
    await panel.getByRole('button', { name: 'Börja' }).click();
    await onwards(page, panel, 'pk', 2);
    await page.locator('#pk-patient-name').fill('Anna Andersson');
    await onwards(page, panel, 'pk');
    await page.locator('#pk-agreed-professional-name').fill('Karin Berg');
    await page.locator('#pk-mark').click();
    await page.locator('#outbox-status').filter({ hasText: 'Karin Berg' }).waitFor();
    assert.match(await page.locator('#outbox').innerText(), /^Patientkontrakt\nStatus: Överenskommet/);
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.locator('#pk-download-fhir').click();
    await page.locator('#outbox-status').filter({ hasText: 'Skulle skickas' }).waitFor();
    assert.equal(JSON.parse(await page.locator('#outbox').innerText()).resourceType, 'Bundle');
    await page.waitForTimeout(300);
    assert.equal(downloads, 0, 'the host took the export: nothing downloaded');
    assert.deepEqual(await w.axe(), [], 'axe: the journal panel');
    assert.deepEqual(server.cspReports, [], 'no CSP violation in either demo');
  } finally {
    await browser.context.close();
  }
});

test('region settings: config-src prefills a new draft, a reworded question is what the screen, JSON, journal and FHIR carry', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    const settings = JSON.parse(fs.readFileSync('site/demos/region-settings.json', 'utf8'));
    const ours = settings.wording['question.patient.5'].sv;
    await page.goto(server.url + 'demos/region.html');
    const el = page.locator('patient-kontrakt');
    await el.getByRole('button', { name: 'Börja' }).click();
    const w = new Widget(page, 'sv', { headingLevel: 2 });
    for (let i = 0; i < 3; i++) await w.continue();
    await w.expectStep(4);
    // The region's contact routes are there, to keep or change (the step's second page).
    await w.nextPage();
    assert.equal(await page.locator('#pk-routes-0-details').inputValue(), settings.contact_routes[0].details);
    assert.equal(await page.locator('#pk-routes-1-details').inputValue(), settings.contact_routes[1].details);
    await w.continue();
    await w.continue();
    await w.expectStep(6);
    // Four questions a page preparing: the reworded one may be on the second.
    if (!(await el.getByText(ours, { exact: true }).isVisible())) await w.nextPage();
    await el.getByText(ours, { exact: true }).waitFor();
    assert.equal(await el.getByText('Vet du ditt nästa steg?').count(), 0, "SKR's words are not shown for a reworded question");
    await el.getByRole('group', { name: ours }).getByRole('radio', { name: 'Nej', exact: true }).check();
    const a = await page.evaluate(() => document.querySelector('patient-kontrakt').getAgreement());
    assert.equal(a.agreed_by.unit, settings.unit);
    assert.deepEqual(a.reworded.map((r) => [r.id, r.sv, r.en]), Object.entries(settings.wording).map(([id, t]) => [id, t.sv, t.en]));
    assert.equal(a.answers.before[4].value, 'no');
    const note = await page.evaluate(() => document.querySelector('patient-kontrakt').toJournalText());
    // Marked on the answer line itself, so her Nej never reads as one to SKR's question.
    assert.ok(note.includes(`5. Nästa steg: patienten (omformulerad fråga, inte SKR:s ordalydelse: ”${ours}”) före besöket Nej`), note);
    const fhir = await page.evaluate(() => document.querySelector('patient-kontrakt').toFhir());
    const texts = fhir.entry.map((e) => e.resource).filter((r) => r.resourceType === 'QuestionnaireResponse')
      .flatMap((r) => r.item).filter((i) => i.linkId === '5').map((i) => i.text);
    assert.deepEqual(texts, [ours]);
    assert.ok(!JSON.stringify(fhir).includes('Vet du ditt nästa steg?'), "FHIR never claims SKR's words for the region's");
    // The summary and the print view show the question as asked, marked as reworded on its row
    // with SKR's wording it stands for.
    await w.continue();
    await w.expectStep(7);
    await w.answers();
    const marked = `5. ${ours} (omformulerad av vårdgivaren, står för SKR:s fråga ”Vet du ditt nästa steg?”)`;
    await el.locator('.pk-summary-list__key').filter({ hasText: marked }).waitFor();
    assert.ok((await el.locator('.pk-print').textContent()).includes(marked));
    assert.deepEqual(await w.axe(), [], 'axe: the region page with its settings');
    assert.deepEqual(server.cspReports, [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});

test('region settings: the settings property (set before the element is defined), warnings in the console, another origin refused, work in progress kept', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(server.url + 'settings.html');
    await page.waitForFunction(() => window.pkEvents.filter((e) => e.type === 'pk-ready').length === 2);
    await page.waitForFunction(() => document.getElementById('prop').getAgreement().agreed_by.unit !== '');
    const a = await page.evaluate(() => document.getElementById('prop').getAgreement());
    assert.equal(a.agreed_by.unit, 'Vårdcentralen Norr');
    assert.deepEqual(a.contacts.routes, [{ kind: 'phone', details: 'Vårdcentralen 0771-11 22 33' }]);
    assert.equal(a.reworded[0].id, 'question.patient.2');
    assert.ok(warnings.some((t) => t.includes('"colour" is not a setting')), warnings.join('\n'));
    assert.ok(warnings.some((t) => t.includes('config-src') && t.includes("is not a file of this page's origin")), warnings.join('\n'));
    assert.equal(await page.evaluate(() => document.getElementById('foreign').getAgreement().agreed_by.unit), '', 'nothing from another origin');
    // Work in progress is not merged with new settings.
    await page.locator('#prop').getByRole('button', { name: 'Börja' }).click();
    await page.locator('#pk-own-words').fill('Att orka gå till jobbet');
    await page.evaluate(() => {
      document.getElementById('prop').settings = { unit: 'Annan enhet', wording: { 'question.patient.9': { sv: 'x', en: 'y' } } };
    });
    assert.ok(warnings.some((t) => t.includes('question.patient.9')), warnings.join('\n'));
    await page.waitForTimeout(100);
    const after = await page.evaluate(() => document.getElementById('prop').getAgreement());
    assert.equal(after.agreed_by.unit, 'Vårdcentralen Norr', 'the draft in progress keeps its unit');
    assert.equal(after.what_matters.own_words, 'Att orka gå till jobbet');
    // A fresh start takes the settings now in force (over her text: she says yes first).
    assert.equal((await page.evaluate(() => document.getElementById('prop').reset({ replace: true }))).asked, true);
    await page.locator('#prop').getByRole('button', { name: 'Ja, börja om' }).click();
    await page.waitForFunction(() => document.getElementById('prop').getAgreement().agreed_by.unit === 'Annan enhet');
    assert.deepEqual(server.cspReports, [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});

test('readonly: shows the agreement the host sets, with no input, and stores nothing', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    await page.goto(server.url + 'readonly.html');
    await page.waitForFunction(() => window.pkEvents.some((e) => e.type === 'pk-ready'));
    const ro = page.locator('#ro');
    await ro.getByText('Här visas överenskommelsen när den har lästs in.').waitFor();
    const fixture = JSON.parse(fs.readFileSync('tests/fixtures/typical.json', 'utf8'));
    const r = await page.evaluate((obj) => document.getElementById('ro').setAgreement(obj), fixture);
    assert.equal(r.ok, true);
    await ro.getByText(fixture.what_matters.own_words).waitFor();
    assert.equal(await ro.locator('input, textarea, select').count(), 0, 'nothing to type in');
    assert.deepEqual(await ro.getByRole('button').allInnerTexts(), ['Språk / Language'], 'only the language menu');
    await page.waitForTimeout(600);
    const stored = await page.evaluate(() => Object.keys(localStorage).concat(Object.keys(sessionStorage)));
    assert.deepEqual(stored, [], 'a read-only view keeps no draft');
    assert.equal(JSON.stringify(await page.evaluate(() => document.getElementById('ro').getAgreement()), null, 2) + '\n',
      fs.readFileSync('tests/fixtures/typical.json', 'utf8'));
    const w = new Widget(page, 'sv');
    assert.deepEqual(await w.axe(), [], 'axe: the read-only view');
    assert.deepEqual(server.cspReports, [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});

test('region settings: the region chooses the languages the menu offers; Swedish always, and the language on screen stays listed', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + 'langs.html');
    await page.waitForFunction(() => window.pkEvents.some((e) => e.type === 'pk-ready'));
    const menu = page.getByRole('button', { name: LANGUAGE_MENU, exact: true });
    const listed = async () => {
      await menu.click();
      const names = await page.locator('.pk-header__choice').allInnerTexts();
      await page.keyboard.press('Escape');
      return names;
    };
    const name = (tag) => CONTENT.languages[tag].name;
    assert.deepEqual(await listed(), Object.values(CONTENT.languages).map((l) => l.name), 'no settings: every language');
    await page.evaluate(() => (document.getElementById('langs').settings = { version: 1, languages: ['ar', 'en'] }));
    // The menu's list is in the page while closed (hidden): it changes once the settings are read.
    const offered = (n) => page.waitForFunction((n) => document.querySelectorAll('.pk-header__choice').length === n, n);
    await offered(3);
    assert.deepEqual(await listed(), [name('sv'), name('en'), name('ar')], "the region's choice, in the widget's order, Swedish first");
    await chooseLanguage(page, 'ar');
    await new Widget(page, 'ar').expectStep(0);
    // The region now offers Finnish only: her Arabic stays on screen and in the menu.
    await page.evaluate(() => (document.getElementById('langs').settings = { version: 1, languages: ['fi'] }));
    await page.waitForFunction(() => [...document.querySelectorAll('.pk-header__choice')].some((b) => b.lang === 'fi'));
    await offered(3);
    assert.deepEqual(await listed(), [name('sv'), name('ar'), name('fi')]);
    assert.deepEqual(await new Widget(page, 'ar').axe(), [], 'axe with a chosen set of languages');
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test("region settings: the region's words for any text, in Swedish and in Arabic, on screen and in print, never in the journal note", async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(server.url + 'texts.html');
    await page.waitForFunction(() => window.pkEvents.some((e) => e.type === 'pk-ready'));
    // "Fortsätt" (a button) and "Telefon" (a contact route's kind, which the journal note also
    // names), each in Swedish and Arabic; SKR's question by its Swedish is refused.
    const ours = { continue: { sv: 'Gå vidare', ar: 'انتقل إلى الخطوة التالية' }, phone: { sv: 'Ring oss', ar: 'اتصل بنا' } };
    await page.evaluate((ours) => {
      document.getElementById('texts').settings = {
        version: 1,
        contact_routes: [{ kind: 'phone', details: '0771-11 22 33' }],
        wording: { 'Fortsätt': ours.continue, 'Telefon': ours.phone, 'Vet du ditt nästa steg?': { sv: 'Nästa?' } },
      };
    }, ours);
    assert.ok(warnings.some((t) => t.includes("one of SKR's seven questions")), warnings.join('\n'));
    const el = page.locator('#texts');
    await el.getByRole('button', { name: 'Börja' }).click();
    const button = page.locator('#pk-continue');
    const says = (text) => page.waitForFunction((t) => document.querySelector('#pk-continue')?.textContent === t, text);
    await says(ours.continue.sv);
    // On to the contact routes (step 4, its second page): the region's route, named in its words.
    const kind = page.locator('#pk-routes-0-kind');
    for (let i = 0; i < 8 && !(await kind.isVisible()); i++) {
      await button.click();
      await page.waitForTimeout(150);
    }
    const shown = () => kind.evaluate((s) => s.selectedOptions[0].textContent);
    assert.equal(await shown(), ours.phone.sv);
    // On to the summary, whose print view names the route in the region's words too.
    for (let i = 0; i < 12 && !(await el.locator('.pk-print').count()); i++) {
      await button.click();
      await page.waitForTimeout(150);
    }
    const print = el.locator('.pk-print');
    await print.waitFor({ state: 'attached' });
    assert.ok((await print.textContent()).includes(`${ours.phone.sv} – 0771-11 22 33`), await print.textContent());
    const journal = () => page.evaluate(() => document.getElementById('texts').toJournalText());
    const note = await journal();
    assert.ok(note.includes('Telefon: 0771-11 22 33'), note);
    for (const t of [ours.phone.sv, ours.continue.sv]) assert.ok(!note.includes(t), `the journal note has ${t}: ${note}`);
    const file = JSON.stringify(await page.evaluate(() => document.getElementById('texts').getAgreement()));
    assert.ok(!file.includes(ours.phone.sv) && !file.includes('Nästa?'), file);
    // In Arabic: the region's Arabic words.
    await chooseLanguage(page, 'ar');
    await print.waitFor({ state: 'attached' });
    await page.waitForFunction((t) => document.querySelector('#texts .pk-print')?.textContent.includes(t), ours.phone.ar);
    // The journal note now says she filled it in in Arabic; its words are still the widget's own.
    const arabic = await journal();
    assert.ok(arabic.includes('Patienten har fyllt i på arabiska') && arabic.includes('Telefon: 0771-11 22 33'), arabic);
    for (const t of [ours.phone.ar, ours.continue.ar, ours.phone.sv]) assert.ok(!arabic.includes(t), `the journal note has ${t}: ${arabic}`);
    // Back to the contact routes ("Tillbaka"): the button and the route's kind in Arabic.
    const back = el.locator('#pk-back');
    for (let i = 0; i < 8 && !(await kind.isVisible()); i++) {
      await back.click();
      await page.waitForTimeout(150);
    }
    await says(ours.continue.ar);
    assert.equal(await shown(), ours.phone.ar);
    // Other settings while the page is on screen: drawn at once, and a text no longer replaced
    // is the widget's own again.
    // (Nothing typed yet: the draft takes the new settings' routes, the same one.)
    await page.evaluate(() => (document.getElementById('texts').settings = {
      version: 1,
      contact_routes: [{ kind: 'phone', details: '0771-11 22 33' }],
      wording: { 'Telefon': { ar: 'هاتف المركز' } },
    }));
    await page.waitForFunction(() => document.querySelector('#pk-routes-0-kind').selectedOptions[0].textContent === 'هاتف المركز');
    await says(JSON.parse(fs.readFileSync('site/texts/ar.json', 'utf8'))['Fortsätt']);
    assert.deepEqual(await new Widget(page, 'ar').axe(), [], "axe with the region's words");
    assert.deepEqual(errors, []);
    assert.deepEqual(server.cspReports, [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});
