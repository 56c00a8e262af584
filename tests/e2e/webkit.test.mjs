// The same widget in WebKitGTK, Safari's engine (Debian's webkit2gtk-driver: WebKitWebDriver
// driving MiniBrowser, under xvfb-run): a preparation walked to its end, the JSON export read
// from the file WebKit saved, a reload that restores the draft, the IndexedDB copy restoring it
// alone, bad files refused with their messages, her preparation continued in a consultation and
// marked agreed, axe on the summaries, all under the strict Content-Security-Policy with no
// violation reported (and its Trusted Types part enforced). What this does not cover of iOS
// Safari is in the README ("Known limits"). Without WebKitWebDriver these tests fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { webkit } from './webdriver.mjs';
import { T, readDurable } from './pk.mjs';

const t = T.sv;
let server;
before(async () => {
  server = await serve('dist');
});
after(async () => {
  await server?.close();
});

/** Presses "Fortsätt" (through the pages of the step on screen) until step `n`'s heading. */
async function next(wk, n) {
  await wk.continueTo(t.titles[n]);
}

/** The native format's current version (the typical fixture is saved in it). */
const CURRENT = JSON.parse(fs.readFileSync('tests/fixtures/typical.json', 'utf8')).version;

/** The app itself (its language menu), not the static start page it replaces. */
async function open(wk) {
  await wk.goto(server.url);
  await wk.waitFor('.pk-root[dir] .pk-header__lang', 'Språk / Language', 30000);
  await wk.waitFor('#pk-continue', t.begin);
}

/** What the walk types (Swedish letters, a dash and an HTML-looking text on purpose). */
const TYPED = {
  ownWords: 'Att orka gå till kören – på torsdagar <b>fet</b>',
  goal: 'Gå en promenad varje dag',
  coordinator: 'Karin Berg',
  nextStep: 'Lämna blodprov på vårdcentralen',
  date: '2027-02-15',
  time: '09:30',
};

test('WebKitGTK: a preparation walked to the end, saved as JSON, restored after a reload', async () => {
  const wk = await webkit();
  try {
    await open(wk);
    await wk.click('#pk-continue');
    // 1. What matters: her own words and a goal (a row added).
    await wk.waitFor('#pk-heading', t.titles[1]);
    await wk.type('#pk-own-words', TYPED.ownWords);
    await wk.click('#pk-goals-add');
    await wk.waitFor('#pk-goals-0-text');
    await wk.type('#pk-goals-0-text', TYPED.goal);
    await next(wk, 2);
    await next(wk, 3);
    // 3. Planning: a radio and the text it opens.
    await wk.click('#pk-coordination-need');
    await wk.type('#pk-coordinator', TYPED.coordinator);
    await next(wk, 4);
    await next(wk, 5);
    // 5. The time she would like: dates and times are typed as text in the format the hint gives,
    // whatever the browser's locale (MiniBrowser's is en-US); written her way, understood.
    await wk.type('#pk-next-step', TYPED.nextStep);
    await wk.type('#pk-prepared-date', '2027-2-15');
    await wk.type('#pk-prepared-time', '9.30');
    assert.equal(await wk.value('#pk-prepared-date'), '2027-2-15', 'shown as she typed it');
    assert.equal(await wk.value('#pk-prepared-time'), '9.30');
    await wk.click('#pk-prepared-mode');
    await next(wk, 6);
    // 6. The seven questions, all answered "Ja": four on the first page, three on the second.
    for (let q = 1; q <= 4; q++) await wk.click(`#pk-answer-before-${q}`);
    await wk.nextPage();
    for (let q = 5; q <= 7; q++) await wk.click(`#pk-answer-before-${q}`);
    await next(wk, 7);
    const summary = await wk.text('.pk-root');
    for (const v of [TYPED.ownWords, TYPED.goal, TYPED.coordinator, TYPED.nextStep]) assert.ok(summary.includes(v), `the summary shows ${v}`);
    assert.deepEqual(await wk.axe(), [], 'axe: no violations on the summary');
    // axe does find in WebKit what it should: an image without a text alternative, put in and
    // taken out again.
    await wk.run(() => document.querySelector('.pk-root').append(Object.assign(document.createElement('img'), { id: 'wk-axe-probe' })));
    assert.deepEqual(await wk.axe(), ['image-alt'], 'axe runs in WebKit');
    await wk.run(() => document.getElementById('wk-axe-probe').remove());

    // Her code for the care staff, drawn by the pk-code module loaded now, in Safari's engine:
    // one code (her preparation is small), an SVG with its modules and its text alternative.
    await wk.click('#pk-show-code');
    await wk.waitFor('#pk-code-image svg');
    const code = await wk.run(() => {
      const box = document.getElementById('pk-code-image');
      const svg = box.querySelector('svg');
      return { frames: box.dataset.frames, version: +box.dataset.version, label: svg.getAttribute('aria-label'), path: svg.querySelector('path').getAttribute('d').length, width: svg.getBoundingClientRect().width };
    });
    assert.equal(code.frames, '1', 'one code');
    assert.ok(code.version >= 1 && code.version <= 25, `version ${code.version}`);
    assert.ok(code.path > 1000, 'its modules are drawn');
    assert.ok(code.label && code.label.length > 10, 'a text alternative');
    assert.ok(code.width >= 200, `large enough to read (${code.width} px)`);
    assert.deepEqual(await wk.axe(), [], 'axe: the summary with her code shown');
    await wk.click('#pk-code-close');

    // The JSON export: the file WebKit saved, read from disk.
    await wk.click('#pk-download-json');
    const { name, text } = await wk.download();
    assert.match(name, /^patientkontrakt-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = JSON.parse(text);
    assert.equal(saved.format, 'patientkontrakt');
    assert.equal(saved.version, CURRENT);
    assert.equal(saved.mode, 'prepare');
    assert.equal(saved.what_matters.own_words, TYPED.ownWords);
    assert.deepEqual(saved.what_matters.goals, [{ text: TYPED.goal }]);
    assert.equal(saved.planning.coordination_need, 'yes');
    assert.equal(saved.planning.coordinator, TYPED.coordinator);
    assert.equal(saved.schedule.next_step, TYPED.nextStep);
    assert.equal(saved.schedule.prepared_time.date, TYPED.date);
    assert.equal(saved.schedule.prepared_time.time, TYPED.time);
    assert.equal(saved.schedule.prepared_time.mode, 'visit');
    assert.deepEqual(
      saved.answers.before.map((a) => a.value),
      Array(7).fill('yes'),
    );

    // Reload: the draft is back, and "Fortsätt där du slutade" goes to the summary.
    await wk.refresh();
    await wk.waitFor('#pk-notice', 'Vi har hämtat det du skrev senast', 30000);
    await wk.click('#pk-continue');
    await wk.waitFor('#pk-heading', t.titles[7]);
    const restored = await wk.text('.pk-root');
    for (const v of [TYPED.ownWords, TYPED.goal, TYPED.coordinator, TYPED.nextStep]) assert.ok(restored.includes(v), `restored: ${v}`);
    assert.deepEqual(server.cspReports, [], 'no CSP violation reported');
  } finally {
    await wk.quit();
  }
});

/** The document with its next time's `mode` left out. */
function withoutMode(d) {
  delete d.schedule.next_time.mode;
  return d;
}

/**
 * Bad files, opened through the start page's file input: the Firefox test's broken JSON, and from
 * the safety corpus those whose reading goes through the engine (bytes that are not UTF-8, a
 * UTF-16 file, an empty file) or through deep recursion in the wasm (JavaScriptCore's stack is
 * not V8's or SpiderMonkey's). [file name, contents, the message's fragment, the detail's (if any)].
 */
function badFiles() {
  const good = fs.readFileSync('tests/fixtures/typical.json', 'utf8');
  const current = JSON.parse(good).version;
  const notJson = 'Filen är inte ett Patientkontrakt, eller så har den blivit skadad.';
  const notText = 'Filen innehåller inte text som Patientkontraktet kan läsa.';
  // No two in a row share a message: each message seen is the new file's.
  return [
    ['trasig.json', '{"format": "patientkontrakt", trasig', notJson],
    ['binary.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), notText],
    ['empty.json', '', 'Filen är tom.'],
    ['utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')]), notText],
    ['deeply-nested.json', '['.repeat(100000) + ']'.repeat(100000), 'Filen är alldeles för invecklad för att vara ett Patientkontrakt.'],
    ['newer-version.json', good.replace(`"version": ${current}`, `"version": ${current + 1}`), 'nyare version av Patientkontraktet än den här.'],
    // Where in the file is told by the exports module (its own wasm, loaded when first needed):
    // that it loads and runs in WebKit.
    ['missing-nested.json', JSON.stringify(withoutMode(JSON.parse(good))), 'Filen är ofullständig: en uppgift saknas.', 'Fält saknas: schedule.next_time.mode.'],
  ];
}

test('WebKitGTK: bad files refused with their messages, the stored draft untouched', async () => {
  const wk = await webkit();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-wk-bad-'));
  try {
    await open(wk);
    await wk.click('#pk-continue');
    await wk.waitFor('#pk-heading', t.titles[1]);
    await wk.type('#pk-own-words', 'Mitt utkast');
    const key = 'patientkontrakt/v2/draft';
    const stored = () => wk.run((k) => localStorage.getItem(k), key);
    for (let i = 0; i < 100 && !(await stored())?.includes('Mitt utkast'); i++) await new Promise((r) => setTimeout(r, 50));
    const before = await stored();
    assert.ok(before?.includes('Mitt utkast'), 'autosaved');
    // Back to the start page, where a file is opened.
    await wk.refresh();
    await wk.waitFor('#pk-notice', 'Vi har hämtat det du skrev senast', 30000);
    for (const [name, contents, message, detail] of badFiles()) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, contents);
      assert.ok(!((await wk.text('#pk-import-error')) ?? '').includes(message), `${name}: its message is not on screen yet`);
      await wk.type('.pk-file-input', file);
      await wk.waitFor('#pk-import-error', message).catch(async () => {
        throw new Error(`${name}: expected "${message}", got "${await wk.text('#pk-import-error')}"`);
      });
      assert.equal(await wk.run(() => document.querySelector('#pk-import-error').getAttribute('role')), 'alert', name);
      if (detail) await wk.waitFor('#pk-import-error details', detail);
      assert.equal(await stored(), before, `${name}: the stored draft is untouched`);
    }
    await wk.click('#pk-continue');
    await wk.waitFor('#pk-heading', t.titles[1]);
    assert.equal(await wk.value('#pk-own-words'), 'Mitt utkast', 'the draft on screen is untouched');
    assert.deepEqual(server.cspReports, [], 'no CSP violation reported');
  } finally {
    await wk.quit();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** What the widget's IndexedDB copy holds under `key`. */
function durable(wk, key) {
  return wk.runAsync(readDurable, key);
}

test('WebKitGTK: the durable IndexedDB copy brings a draft back when localStorage lost it; Trusted Types enforced', async () => {
  const wk = await webkit();
  try {
    await open(wk);
    await wk.click('#pk-continue');
    await wk.waitFor('#pk-heading', t.titles[1]);
    await wk.type('#pk-own-words', 'Det varaktiga utkastet');
    const key = 'patientkontrakt/v2/draft';
    let copy = null;
    for (let i = 0; i < 100 && !copy?.includes('Det varaktiga utkastet'); i++) {
      copy = await durable(wk, key);
      if (!copy?.includes('Det varaktiga utkastet')) await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(copy?.includes('Det varaktiga utkastet'), 'WebKit\'s IndexedDB holds the durable copy');
    // localStorage gone (as after a crash before it reached the disk): the copy brings it back.
    await wk.run(() => localStorage.clear());
    await wk.refresh();
    await wk.waitFor('#pk-notice', 'Vi har hämtat det du skrev senast', 30000);
    await wk.click('#pk-continue');
    await wk.waitFor('#pk-own-words');
    assert.equal(await wk.value('#pk-own-words'), 'Det varaktiga utkastet');
    assert.deepEqual(server.cspReports, [], 'the app itself writes to no Trusted Types sink');
    // The policy's Trusted Types part holds in Safari's engine too: a string written to
    // innerHTML throws, and the violation is reported.
    const thrown = await wk.run(() => {
      try {
        document.createElement('div').innerHTML = '<img src=x>';
        return null;
      } catch (e) {
        return e.name;
      }
    });
    assert.equal(thrown, 'TypeError');
    for (let i = 0; i < 100 && !server.cspReports.length; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(server.cspReports.length, 1);
    assert.match(server.cspReports[0], /require-trusted-types-for/);
  } finally {
    server.cspReports.length = 0;
    await wk.quit();
  }
});

/** Clicks the button whose text is `text` (through WebDriver, as a user would). */
async function clickButton(wk, text) {
  await wk.waitFor('button', text);
  await wk.run((t) => {
    for (const b of document.querySelectorAll('[data-wk-target]')) delete b.dataset.wkTarget;
    const b = [...document.querySelectorAll('button')].find((e) => e.textContent.trim() === t);
    if (b) b.dataset.wkTarget = '';
  }, text);
  await wk.click('[data-wk-target]');
}

test('WebKitGTK: her preparation (format 2) continued in a consultation over a draft, after the question; marked agreed; the note and the export', async () => {
  const wk = await webkit();
  try {
    await open(wk);
    await wk.click('#pk-continue');
    await wk.waitFor('#pk-heading', t.titles[1]);
    await wk.type('#pk-own-words', 'Får inte försvinna utan fråga');
    const key = 'patientkontrakt/v2/draft';
    for (let i = 0; i < 100 && !(await wk.run((k) => localStorage.getItem(k), key))?.includes('försvinna'); i++) await new Promise((r) => setTimeout(r, 50));
    await wk.refresh();
    await wk.waitFor('#pk-notice', 'Vi har hämtat det du skrev senast', 30000);
    await wk.click('input[name=pk-mode][value=consultation]');
    await wk.type('.pk-file-input', path.resolve('tests/fixtures/v2/prepared.json'));
    // The question before her file replaces the draft, with the focus on it.
    await wk.waitFor('#pk-replace-confirm', 'Du har redan ett utkast');
    assert.equal(await wk.run(() => document.activeElement?.id), 'pk-replace-confirm', 'the question takes focus');
    await clickButton(wk, 'Ja, öppna filen');
    await wk.waitFor('#pk-heading', t.titles[7]);
    await wk.waitFor('#pk-notice', 'Filen är öppnad');
    const summary = await wk.text('.pk-root');
    assert.ok(summary.includes('Att kunna gå till kören och ta hand om trädgården.'), 'her words');
    assert.ok(summary.includes('Lena'), 'her wished contact');
    assert.ok(!summary.includes('Får inte försvinna utan fråga'), 'the draft was replaced, as she was asked');
    // Marked agreed; the date typed as text over today's, prefilled.
    await wk.type('#pk-agreed-patient-name', 'Anna Andersson');
    await wk.type('#pk-agreed-professional-name', 'Karin Berg');
    await wk.clear('#pk-agreed-date');
    await wk.type('#pk-agreed-date', '2026-11-22');
    assert.equal(await wk.value('#pk-agreed-date'), '2026-11-22');
    await wk.click('#pk-mark');
    await wk.waitFor('#pk-status', t.agreed);
    assert.deepEqual(await wk.axe(), [], 'axe: no violations on the agreed summary');
    // The journal note, made by the exports module.
    let note = '';
    for (let i = 0; i < 100 && !note.startsWith('Patientkontrakt\nStatus: Överenskommet'); i++) {
      note = (await wk.value('#pk-journal-note')) ?? '';
      if (!note.startsWith('Patientkontrakt\nStatus: Överenskommet')) await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(note.startsWith('Patientkontrakt\nStatus: Överenskommet'), note);
    assert.ok(note.includes('Fast vårdkontakt som patienten önskar (inte överenskommet):\n- Lena, diabetessköterskan, Vårdcentralen Norr'), note);
    await wk.click('#pk-download-json');
    const saved = JSON.parse((await wk.download()).text);
    assert.equal(saved.version, CURRENT, 'saved in the current format');
    assert.equal(saved.mode, 'consultation');
    assert.equal(saved.status, 'agreed');
    assert.equal(saved.agreed_by.professional_name, 'Karin Berg');
    assert.equal(saved.agreed_by.date, '2026-11-22');
    assert.equal(saved.what_matters.own_words, 'Att kunna gå till kören och ta hand om trädgården.');
    assert.deepEqual(server.cspReports, [], 'no CSP violation reported');
  } finally {
    await wk.quit();
  }
});
