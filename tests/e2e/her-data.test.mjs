// Her data stays hers (issue 26, points 3–6), under the strict CSP: the host's setAgreement and
// reset never replace what she typed without her yes, and "Ångra" brings it back; a host that
// takes the exports is named on screen; names and identifiers go to no spell-checking service
// and no form history; "Rensa uppgifter" leaves nothing of the widget in localStorage,
// sessionStorage, IndexedDB or on the clipboard, and says so when something is held back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { CONTENT, Widget, readDurable } from './pk.mjs';

const ui = (id, lang = 'sv') => CONTENT.ui[id][lang];
const HEAD = `<meta charset="utf-8"><link rel="stylesheet" href="/patientkontrakt.css"><script type="module" src="/listen.js"></script><script type="module" src="/boot.js"></script>`;
// Listens on each element, as a host that takes the exports must: an event that carries the
// content does not bubble to document.
const LISTEN_JS = `window.pkEvents = [];
for (const el of document.querySelectorAll('patient-kontrakt')) {
  for (const t of ['pk-ready', 'pk-change', 'pk-step', 'pk-export', 'pk-reset']) {
    el.addEventListener(t, (e) => {
      window.pkEvents.push({ type: t, id: e.target.id, detail: JSON.parse(JSON.stringify(e.detail)) });
      if (t === 'pk-export' && window.pkCancelExport) e.preventDefault();
      // A host that sets its agreement the moment the widget is ready.
      if (t === 'pk-ready' && window.pkOnReady) window.pkReadyResult = window.pkOnReady(el);
    });
  }
}`;
const page = (title, body) => ({ body: `<!doctype html><html lang="sv"><head>${HEAD}<title>${title}</title></head><body><main>${body}</main></body></html>` });
const pages = {
  '/listen.js': { type: 'text/javascript; charset=utf-8', body: LISTEN_JS },
  '/one.html': page('En', '<patient-kontrakt id="w" storage-key="hennes"></patient-kontrakt>'),
  '/host-exports.html': page('Värden tar exporterna', '<patient-kontrakt id="w" storage="none" exports="host"></patient-kontrakt>'),
  '/plain.html': page('Utan attribut', '<patient-kontrakt id="w" storage="none"></patient-kontrakt>'),
  '/asks.html': page('Värden ber om innehållet', '<patient-kontrakt id="w" storage="none" events="content"></patient-kontrakt>'),
  '/two.html': page(
    'Två',
    '<patient-kontrakt id="a" storage-key="hjarta"></patient-kontrakt><patient-kontrakt id="b" storage="session" storage-key="lunga"></patient-kontrakt>',
  ),
  '/holder.html': page('Håller databasen', '<p>En annan flik</p>'),
};

let server;
before(async () => {
  server = await serve('dist', { extraPages: pages });
});
after(async () => {
  await server?.close();
});

const typical = fs.readFileSync('tests/fixtures/typical.json', 'utf8');

async function open(path, ready = 1, opts = {}) {
  const browser = await launch(opts);
  const p = browser.context.pages()[0] || (await browser.context.newPage());
  await p.goto(server.url + path.slice(1));
  await p.waitForFunction((n) => window.pkEvents.filter((e) => e.type === 'pk-ready').length === n, ready);
  return { browser, page: p };
}

const call = (p, id, method, ...args) => p.evaluate(([id, m, a]) => document.getElementById(id)[m](...a), [id, method, args]);
const agreement = (p, id = 'w') => p.evaluate((id) => document.getElementById(id).getAgreement(), id);
const stored = (p) => p.evaluate(() => localStorage.getItem('patientkontrakt/v2/draft/hennes') || '');

test('setAgreement and reset over her text: refused without replace; with it she is asked, and "Ångra" brings hers back', async () => {
  const { browser, page: p } = await open('/one.html');
  try {
    const w = new Widget(p, 'sv');
    await w.button('Börja').click();
    await p.locator('#pk-own-words').fill('Mina egna ord om gitarren');
    await p.waitForFunction(() => (localStorage.getItem('patientkontrakt/v2/draft/hennes') || '').includes('gitarren'));
    const fixture = JSON.parse(typical);

    // Without { replace: true }: nothing changes, and the host is told why.
    const set = await call(p, 'w', 'setAgreement', fixture);
    assert.equal(set.ok, false);
    assert.equal(set.asked, false);
    assert.match(set.errors[0].message, /holds what the patient typed.*\{ replace: true \}/);
    const reset = await call(p, 'w', 'reset');
    assert.equal(reset.ok, false);
    await p.waitForTimeout(600);
    assert.equal((await agreement(p)).what_matters.own_words, 'Mina egna ord om gitarren');
    assert.ok((await stored(p)).includes('gitarren'), 'her stored draft is untouched');
    assert.equal(await p.locator('#pk-own-words').inputValue(), 'Mina egna ord om gitarren');
    assert.equal(await p.getByText(ui('HostReplaceConfirm')).count(), 0, 'and she was not asked');

    // With it: the question opening a file asks, focused; "Avbryt" keeps hers.
    assert.deepEqual(await call(p, 'w', 'setAgreement', fixture, { replace: true }), { ok: true, errors: [], asked: true });
    await p.getByText(ui('HostReplaceConfirm')).waitFor();
    assert.equal(await p.evaluate(() => document.activeElement.id), 'pk-replace-confirm');
    assert.equal((await agreement(p)).what_matters.own_words, 'Mina egna ord om gitarren', 'nothing replaced before her yes');
    await w.button(ui('Cancel')).click();
    assert.equal(await p.getByText(ui('HostReplaceConfirm')).count(), 0);
    assert.equal((await agreement(p)).what_matters.own_words, 'Mina egna ord om gitarren');

    // Yes: the host's agreement, saved; "Ångra": hers again, on her step, saved again.
    await call(p, 'w', 'setAgreement', fixture, { replace: true });
    await w.button(ui('HostReplaceYes')).click();
    await p.locator('#pk-heading').filter({ hasText: 'Sammanfattning' }).waitFor();
    await p.getByRole('status').filter({ hasText: ui('Replaced') }).waitFor();
    assert.equal((await agreement(p)).id, fixture.id);
    await p.waitForFunction((id) => (localStorage.getItem('patientkontrakt/v2/draft/hennes') || '').includes(id), fixture.id);
    await w.button(ui('Undo')).click();
    await w.expectStep(1);
    await p.getByRole('status').filter({ hasText: ui('Undone') }).waitFor();
    assert.equal(await p.locator('#pk-own-words').inputValue(), 'Mina egna ord om gitarren');
    assert.equal((await agreement(p)).what_matters.own_words, 'Mina egna ord om gitarren');
    await p.waitForFunction(() => (localStorage.getItem('patientkontrakt/v2/draft/hennes') || '').includes('gitarren'));
    assert.ok(!(await stored(p)).includes(fixture.id), 'her draft is what is stored again');

    // reset({ replace: true }): the "börja om" question; yes wipes this draft; "Ångra" brings it back.
    assert.deepEqual(await call(p, 'w', 'reset', { replace: true }), { ok: true, errors: [], asked: true });
    await p.getByText(ui('HostResetConfirm')).waitFor();
    await w.button(ui('HostResetYes')).click();
    await w.expectStep(0);
    await p.waitForFunction(() => window.pkEvents.some((e) => e.type === 'pk-reset'));
    assert.equal((await agreement(p)).what_matters.own_words, '');
    assert.equal(await stored(p), '', 'her stored draft is wiped with her yes');
    await p.getByRole('status').filter({ hasText: ui('Restarted') }).waitFor();
    await w.button(ui('Undo')).click();
    await w.expectStep(1);
    assert.equal(await p.locator('#pk-own-words').inputValue(), 'Mina egna ord om gitarren');
    await p.waitForFunction(() => (localStorage.getItem('patientkontrakt/v2/draft/hennes') || '').includes('gitarren'));

    // "Ångra" lasts until she changes something.
    await call(p, 'w', 'setAgreement', fixture, { replace: true });
    await w.button(ui('HostReplaceYes')).click();
    await w.button(ui('Undo')).waitFor();
    await p.locator('#pk-heading').filter({ hasText: 'Sammanfattning' }).waitFor();
    await w.button('Ändra överenskommelsen').click();
    assert.equal(await w.button(ui('Undo')).count(), 0, 'a change ends it');
    assert.deepEqual(server.cspReports, [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});

test('a host that sets its agreement on pk-ready meets her draft restored from IndexedDB, and cannot replace it', async () => {
  const { browser, page: p } = await open('/one.html');
  try {
    const w = new Widget(p, 'sv');
    await w.button('Börja').click();
    await p.locator('#pk-own-words').fill('Bara i den varaktiga kopian');
    const key = 'patientkontrakt/v2/draft/hennes';
    for (let i = 0; i < 60 && !((await durable(p, key)) || '').includes('varaktiga'); i++) await p.waitForTimeout(50);
    // localStorage lost the draft (the case the IndexedDB copy is for); the host acts on pk-ready.
    await p.evaluate((k) => localStorage.removeItem(k), key);
    await p.addInitScript((fixture) => (window.pkOnReady = (el) => el.setAgreement(fixture)), JSON.parse(typical));
    await p.reload();
    await p.waitForFunction(() => window.pkReadyResult);
    const result = await p.evaluate(() => window.pkReadyResult);
    assert.equal(result.ok, false, 'refused: the draft is hers');
    assert.match(result.errors[0].message, /holds what the patient typed/);
    assert.equal((await agreement(p)).what_matters.own_words, 'Bara i den varaktiga kopian', 'her draft, from IndexedDB');
    await p.waitForTimeout(600);
    assert.ok(((await durable(p, key)) || '').includes('varaktiga'), 'and the durable copy still holds it');
  } finally {
    await browser.context.close();
  }
});

test('a blank draft, or the host\'s own agreement untouched since, is still replaced at once', async () => {
  const { browser, page: p } = await open('/one.html');
  try {
    const fixture = JSON.parse(typical);
    assert.deepEqual(await call(p, 'w', 'setAgreement', fixture), { ok: true, errors: [], asked: false });
    await p.locator('#pk-heading').filter({ hasText: 'Sammanfattning' }).waitFor();
    const other = { ...fixture, id: 'en-annan' };
    assert.deepEqual(await call(p, 'w', 'setAgreement', other), { ok: true, errors: [], asked: false });
    assert.equal((await agreement(p)).id, 'en-annan');
    assert.deepEqual(await call(p, 'w', 'reset'), { ok: true, errors: [], asked: false });
    await new Widget(p, 'sv').expectStep(0);
    assert.equal(await p.getByText(ui('HostResetConfirm')).count(), 0);
  } finally {
    await browser.context.close();
  }
});

test('a host that takes the exports: the start page, the buttons and the result say so', async () => {
  const { browser, page: p } = await open('/host-exports.html');
  let downloads = 0;
  p.on('download', () => downloads++);
  try {
    const privacy = p.locator('#pk-privacy');
    assert.equal(await privacy.innerText(), ui('PrivacyHost'));
    assert.ok(!(await p.locator('#w').innerText()).includes('Inget skickas någonstans'));
    await p.evaluate(() => (window.pkCancelExport = true));
    await call(p, 'w', 'setAgreement', JSON.parse(typical));
    const w = new Widget(p, 'sv');
    await w.button(ui('SendJson')).waitFor();
    await w.button(ui('SendFhir')).waitFor();
    assert.equal(await w.button(ui('SendFhirDocument')).count(), 0, 'one FHIR file: the bundle unless the host says otherwise');
    assert.equal(await w.button(ui('DownloadJson')).count(), 0);
    await w.button(ui('SendJson')).click();
    await p.locator('#pk-exports-status').filter({ hasText: ui('Sent') }).waitFor();
    await w.button(ui('SendFhir')).click();
    await p.locator('.pk-copy-status:not(#pk-exports-status)').filter({ hasText: ui('Sent') }).waitFor();
    assert.equal(await p.locator('#pk-exports-status').innerText(), '', 'said under the button that sent it');
    // Not taken after all: the download happens, and the screen says so.
    await p.evaluate(() => (window.pkCancelExport = false));
    const [download] = await Promise.all([p.waitForEvent('download'), w.button(ui('SendJson')).click()]);
    assert.match(download.suggestedFilename(), /\.json$/);
    await p.locator('#pk-exports-status').filter({ hasText: ui('DownloadedInstead') }).waitFor();
    // The attribute switches live (an iframe's hello may come after the start).
    await p.evaluate(() => document.getElementById('w').setAttribute('exports', 'download'));
    await w.button(ui('DownloadJson')).waitFor();
    await p.evaluate(() => document.getElementById('w').setAttribute('exports', 'host'));
    await w.button(ui('SendJson')).waitFor();
    // A preparation: "Skicka till vården".
    const empty = JSON.parse(fs.readFileSync('tests/fixtures/empty.json', 'utf8'));
    assert.equal((await call(p, 'w', 'setAgreement', { ...empty, mode: 'prepare' })).ok, true);
    await w.button(ui('SendToCare')).waitFor();
    await p.getByText(ui('SendToCareHint')).waitFor();
    assert.deepEqual(await w.axe(), [], 'axe');
    assert.deepEqual(server.cspReports, [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});

test('only a host that takes the exports (exports="host") can cancel pk-export: with events="content" alone, or nothing, the file is hers', async () => {
  for (const [path, content] of [['/asks.html', true], ['/plain.html', false]]) {
    const { browser, page: p } = await open(path);
    let downloads = 0;
    p.on('download', () => downloads++);
    try {
      assert.equal(await p.locator('#pk-privacy').innerText(), ui('Privacy'), `${path}: nothing said beforehand, and nothing taken`);
      await p.evaluate(() => (window.pkCancelExport = true));
      await call(p, 'w', 'setAgreement', JSON.parse(typical));
      const w = new Widget(p, 'sv');
      const [download] = await Promise.all([p.waitForEvent('download'), w.button(ui('DownloadJson')).click()]);
      assert.match(download.suggestedFilename(), /\.json$/, `${path}: preventDefault() had no effect`);
      const exported = await p.evaluate(() => window.pkEvents.find((e) => e.type === 'pk-export').detail);
      assert.equal('content' in exported, content, `${path}: the content only to a host that asked`);
      await p.waitForTimeout(300);
      assert.equal(downloads, 1);
      assert.ok(!(await p.locator('#pk-exports-status').innerText()).includes(ui('Sent')), `${path}: never said to be sent`);
    } finally {
      await browser.context.close();
    }
  }
});

test('names, personnummer, HSA-ids and contact details: no spell check, no autocomplete; free text keeps spell check', async () => {
  const { browser, page: p } = await open('/plain.html');
  try {
    const maximal = JSON.parse(fs.readFileSync('tests/fixtures/maximal.json', 'utf8'));
    assert.equal((await call(p, 'w', 'setAgreement', maximal)).ok, true);
    const w = new Widget(p, 'sv');
    await p.locator('#pk-heading').filter({ hasText: 'Sammanfattning' }).waitFor();
    const seen = new Map();
    const collect = async () => {
      const fields = await p.evaluate(() =>
        [...document.querySelectorAll('#w input[type=text], #w input:not([type]), #w textarea:not([readonly][rows="12"])')].map((e) => ({
          id: e.id,
          spellcheck: e.spellcheck,
          autocomplete: e.getAttribute('autocomplete'),
        })),
      );
      for (const f of fields) seen.set(f.id, f);
    };
    await collect();
    // Every page, back to the first.
    for (let at = await w.where(); at.step > 1 || at.page > 1; at = await w.where()) {
      await w.back();
      await collect();
    }
    // Dates and times too: typed as text, they are no words to check or offer again.
    const identifying = /^pk-(patient-name|personal-number|coordinator|agreed-patient-name|agreed-professional-name|agreed-hsa-id|agreed-date|(next|prepared)-(date|time)|[a-z-]+-\d+-(name|contact|reach|hsa-id|who|details))$/;
    const ids = [...seen.keys()];
    for (const id of ['pk-patient-name', 'pk-personal-number', 'pk-coordinator', 'pk-agreed-professional-name', 'pk-agreed-hsa-id', 'pk-relatives-0-name', 'pk-relatives-0-contact', 'pk-care-contacts-0-hsa-id', 'pk-care-contacts-0-reach']) {
      assert.ok(ids.includes(id), `${id} was on screen (${ids.join(' ')})`);
    }
    for (const f of seen.values()) {
      if (identifying.test(f.id)) {
        assert.deepEqual([f.spellcheck, f.autocomplete], [false, 'off'], f.id);
      } else {
        assert.deepEqual([f.spellcheck, f.autocomplete], [true, null], f.id);
      }
    }
    assert.ok([...seen.values()].filter((f) => identifying.test(f.id)).length >= 10, 'every list row counted');
    assert.ok(seen.has('pk-own-words') && seen.get('pk-own-words').spellcheck, 'free text keeps spell check');
  } finally {
    await browser.context.close();
  }
});

/** Every key in the origin's Web Storage, and the names of its IndexedDB databases. */
async function leftovers(p) {
  return p.evaluate(async () => ({
    local: Object.keys(localStorage).sort(),
    session: Object.keys(sessionStorage).sort(),
    databases: (await indexedDB.databases()).map((d) => d.name).sort(),
  }));
}

/** Waits until the widget's IndexedDB database is gone (waitForFunction would take the Promise
 * of an async predicate for a yes). */
async function databaseGone(p, ms = 10000) {
  for (const end = Date.now() + ms; Date.now() < end; await p.waitForTimeout(50)) {
    if (!(await leftovers(p)).databases.includes('patientkontrakt')) return;
  }
  assert.fail('the IndexedDB database patientkontrakt is still there');
}

/** What the widget's IndexedDB copy holds under `key`. */
function durable(p, key) {
  return p.evaluate(readDurable, key);
}

test('"Rensa uppgifter" leaves nothing of the widget in localStorage, sessionStorage, IndexedDB or on the clipboard', async () => {
  const { browser, page: p } = await open('/two.html', 2);
  try {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    // Another page's draft of this origin, and the host's own data, which is not the widget's.
    await p.evaluate(() => {
      localStorage.setItem('patientkontrakt/v2/draft/en-annan-sida', '{"format":"patientkontrakt"}');
      localStorage.setItem('patientkontrakt/v2/step', 'schedule');
      sessionStorage.setItem('patientkontrakt/v2/draft', '{"format":"patientkontrakt"}');
      // The iframe mode's keys name the origin of the page that drives the frame.
      localStorage.setItem('patientkontrakt@https://journal.example/v2/draft', '{"format":"patientkontrakt"}');
      sessionStorage.setItem('patientkontrakt@https://journal.example/v2/step', 'schedule');
      localStorage.setItem('vardens-egen-nyckel', 'kvar');
    });
    // Widget a: a consultation, saved with its durable copy; its journal note on the clipboard.
    assert.equal((await call(p, 'a', 'setAgreement', JSON.parse(typical))).ok, true);
    await p.waitForFunction(() => localStorage.getItem('patientkontrakt/v2/draft/hjarta'));
    for (let i = 0; i < 40 && !(await durable(p, 'patientkontrakt/v2/draft/hjarta')); i++) await p.waitForTimeout(50);
    assert.ok(await durable(p, 'patientkontrakt/v2/draft/hjarta'), 'the IndexedDB copy is there to be removed');
    await p.locator('#a').getByRole('button', { name: 'Kopiera journalanteckning' }).click();
    await p.locator('#a').getByRole('status').filter({ hasText: 'Journalanteckningen är kopierad.' }).waitFor();
    assert.ok((await p.evaluate(() => navigator.clipboard.readText())).length > 100);
    // Widget b: session storage.
    await p.locator('#b').getByRole('button', { name: 'Börja' }).click();
    await p.locator('#pk2-own-words').fill('I sessionen');
    await p.waitForFunction(() => sessionStorage.getItem('patientkontrakt/v2/draft/lunga'));

    const a = p.locator('#a');
    await a.getByRole('button', { name: 'Rensa uppgifter' }).click();
    const question = await a.locator('#pk-clear-confirm').innerText();
    assert.ok(question.includes('även de från andra sidor och flikar'), question);
    assert.ok(question.includes('Filer som du har laddat ner finns kvar'), question);
    await a.getByRole('button', { name: 'Ja, rensa uppgifterna' }).click();
    await a.getByRole('status').filter({ hasText: ui('Cleared') }).waitFor();
    await databaseGone(p);
    await p.waitForTimeout(800); // past any autosave
    assert.deepEqual(await leftovers(p), { local: ['vardens-egen-nyckel'], session: [], databases: [] });
    assert.equal(await p.evaluate(() => navigator.clipboard.readText()), '', 'the journal note is off the clipboard');
    assert.equal(await p.getByRole('alert').count(), 0, 'no warning');

    // Typing again saves again, with a new durable copy.
    await a.getByRole('button', { name: 'Börja' }).click();
    await p.locator('#pk-own-words').fill('Ny början');
    await p.waitForFunction(() => (localStorage.getItem('patientkontrakt/v2/draft/hjarta') || '').includes('Ny början'));
    let copy = null;
    for (let i = 0; i < 40 && !copy; i++) {
      copy = await durable(p, 'patientkontrakt/v2/draft/hjarta');
      if (!copy) await p.waitForTimeout(50);
    }
    assert.ok(copy && copy.includes('Ny början'), 'the durable copy is written again');
    assert.deepEqual(server.cspReports, [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});

test('"Rensa uppgifter" says so when another tab holds the database and it cannot be deleted', async () => {
  const { browser, page: p } = await open('/one.html');
  try {
    const w = new Widget(p, 'sv');
    await w.button('Börja').click();
    await p.locator('#pk-own-words').fill('Privat');
    await p.waitForFunction(() => localStorage.getItem('patientkontrakt/v2/draft/hennes'));
    // Another tab of the origin opens the database and does not let go (an older widget would).
    const holder = await browser.context.newPage();
    await holder.goto(server.url + 'holder.html');
    await holder.evaluate(() => new Promise((resolve) => {
      const r = indexedDB.open('patientkontrakt');
      r.onsuccess = () => ((window.held = r.result), resolve());
    }));
    await p.bringToFront();
    await w.button('Rensa uppgifter').click();
    await w.button('Ja, rensa uppgifterna').click();
    await p.getByRole('alert').filter({ hasText: ui('ClearFailed') }).waitFor({ timeout: 10000 });
    const left = await leftovers(p);
    assert.deepEqual([left.local, left.session], [[], []], 'Web Storage is empty all the same');
    // Once the other tab lets go, the delete goes through, and clearing again is quiet.
    await holder.evaluate(() => window.held.close());
    await databaseGone(p);
  } finally {
    await browser.context.close();
  }
});
