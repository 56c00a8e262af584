// Right to left, in Arabic and in Persian: a consultation walked at 360 px (its step indicator, list editors
// and error summary read from the right), its print view, and the unit's follow-up with its
// charts mirrored (in Persian too). On each: dir="rtl" on the widget's root and right-to-left text aligned to the
// right, dates and personnummer isolated left to right, sentences in Arabic's own punctuation
// (its comma "،", its "و"), axe-core with zero violations and no sideways scroll at 320 px.
// Screenshots at 360 and 1280 px go to test-output/rtl/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { Widget, walk, chooseLanguage, CONTENT } from './pk.mjs';

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => server?.close());

const SHOTS = path.join('test-output', 'rtl');
const PHONE = { width: 360, height: 740 };
const ui = (id, tag = 'ar') => CONTENT.ui[id][tag];

async function open(tag = 'ar') {
  const browser = await launch({ viewport: PHONE });
  const page = browser.context.pages()[0] || (await browser.context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url);
  await new Widget(page, 'sv').expectStep(0);
  await chooseLanguage(page, tag);
  const w = new Widget(page, tag);
  await w.expectStep(0);
  return { browser, page, w, errors };
}

/** Full-page screenshots at 360 and 1280 px; back to 360 px. */
async function shots(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(PHONE);
}

const direction = (loc) => loc.evaluate((e) => getComputedStyle(e).direction);

/**
 * Whether the element's text ends at its content box's right edge (right to left: the text
 * starts on the right), within a pixel or two. Fails when something sets text-align: left.
 */
const fromTheRight = (loc) =>
  loc.evaluate((e) => {
    const range = document.createRange();
    range.selectNodeContents(e);
    const text = range.getBoundingClientRect();
    const box = e.getBoundingClientRect();
    const cs = getComputedStyle(e);
    const right = box.right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth);
    return Math.abs(right - text.right) <= 2;
  });

/** The checks of every right-to-left screen. */
async function rtlScreen(page, w, what) {
  const root = page.locator('.pk-root');
  assert.equal(await root.getAttribute('dir'), 'rtl', `${what}: dir on the root`);
  assert.equal(await root.getAttribute('lang'), w.lang, `${what}: lang on the root`);
  assert.equal(await direction(root), 'rtl', `${what}: computed direction`);
  assert.deepEqual(await w.axe(), [], `axe on ${what}`);
  assert.equal(await w.overflowAt(320), 0, `${what} scrolls sideways at 320 px`);
}

for (const tag of ['ar', 'fa']) {
  const { name } = CONTENT.languages[tag];
  test(`a consultation in ${name} reads from the right: step indicator, list editors, error summary, summary and print view`, async () => {
    const { browser, page, w, errors } = await open(tag);
    try {
      const seen = new Set();
      const s = await walk(w, 'consultation', `rtl-${tag}`, async (step) => {
        await shots(page, step);
        if (step.endsWith('-1-what-matters')) {
          // The step indicator, and a list editor's row: from the right.
          const stepOf = page.locator('#pk-step-of');
          assert.equal(await direction(stepOf), 'rtl');
          assert.ok(await fromTheRight(stepOf), 'the step indicator starts on the right');
          const row = w.group(w.t.goalRow);
          assert.equal(await direction(row), 'rtl');
          assert.ok(await fromTheRight(row.locator('legend').first()), "the row's name starts on the right");
          // Its remove button under her words at the row's inline start: on the right.
          const [rowBox, removeBox] = [await row.boundingBox(), await row.getByRole('button').last().boundingBox()];
          assert.ok(removeBox.x + removeBox.width / 2 > rowBox.x + rowBox.width / 2, 'remove sits at the inline start, on the right');
          await rtlScreen(page, w, step);
          seen.add('list');
        }
        if (step.endsWith('-1-error')) {
          const summary = page.locator('.pk-error-summary');
          assert.equal(await direction(summary), 'rtl');
          assert.ok(await fromTheRight(summary.getByRole('heading').first()), 'the error summary starts on the right');
          // Its coloured edge on the right (the inline start), as the page reads.
          const border = await summary.evaluate((e) => [getComputedStyle(e).borderRightWidth, getComputedStyle(e).borderLeftWidth]);
          assert.ok(parseFloat(border[0]) >= parseFloat(border[1]), `the error summary's border: ${border}`);
          await rtlScreen(page, w, step);
          seen.add('errors');
        }
      });
      assert.deepEqual([...seen].sort(), ['errors', 'list']);
      // The summary: the personnummer isolated left to right.
      await w.answers();
      const pnr = page.locator('.pk-root bdi[dir="ltr"]').filter({ hasText: s.personalNumber });
      assert.equal(await pnr.count(), 1, 'the personnummer in a <bdi dir="ltr">');
      assert.equal(await direction(pnr), 'ltr');
      // The journal note is Swedish, the record's language: left to right in an Arabic page.
      const note = page.locator('#pk-journal-note');
      assert.equal(await note.getAttribute('lang'), 'sv');
      assert.equal(await direction(note), 'ltr');
      await rtlScreen(page, w, 'summary');

      // The print view: right to left, its dates isolated left to right, the names joined in Arabic.
      await page.emulateMedia({ media: 'print' });
      const print = page.locator('.pk-print');
      await print.waitFor();
      assert.equal(await direction(print), 'rtl');
      assert.ok(await fromTheRight(print.getByRole('heading', { level: 1 })), 'the printout starts on the right');
      const agreed = print.locator('.pk-print__agreed');
      const date = agreed.locator('bdi[dir="ltr"]');
      assert.equal(await date.textContent(), s.agreedDate);
      assert.equal(await direction(date), 'ltr');
      const updated = print.locator('.pk-print__meta bdi[dir="ltr"]');
      assert.match(await updated.textContent(), /^\d{4}-\d\d-\d\d$/);
      assert.equal(await direction(updated), 'ltr');
      // The agreed time as one left-to-right run, on one line: "2027-02-15 09:30", not
      // "15-02-2027" (digits after Arabic letters are Arabic numbers to the bidi algorithm).
      assert.ok((await print.textContent()).includes(`\u2066${s.date}\u00a0${s.time}\u2069`), 'the date and time isolated in print');
      // Her own words (Swedish here) in the direction she wrote them.
      const own = print.locator('p[dir="auto"]').filter({ hasText: 'barnbarnen' });
      assert.equal(await direction(own), 'ltr');
      // "… Anna Andersson وLars Läkare" (Persian "و Lars"): the language's "و", not a Swedish comma.
      const names = await agreed.innerText();
      assert.ok(names.includes(`${s.name} ${ui('ListLast', tag).replace('{list} ', '').replace('{item}', s.professional)}`), names);
      assert.ok(!names.includes(`${s.name}, `), names);
      // A question's answer and comment: the template's label, in the page's language.
      const labelled = ui('Labelled', tag).replace('{label}', ui('PrintMyAnswerAfter', tag)).replace('{value}', w.t.yes);
      assert.ok((await print.innerText()).includes(labelled), 'her answers labelled');
      await shots(page, `rtl-${tag}-print`);
      await rtlScreen(page, w, 'the print view');
      await page.emulateMedia({ media: 'screen' });
      assert.deepEqual(errors, []);
    } finally {
      await browser.context.close();
    }
  });
}

/** A few agreements (one a copy, one a bad file), as files. */
function files(dir) {
  const base = JSON.parse(fs.readFileSync('tests/fixtures/typical.json', 'utf8'));
  const out = [];
  for (let i = 0; i < 4; i++) {
    const a = structuredClone(base);
    a.id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    a.answers.patient[0].value = ['yes', 'no', 'yes', 'dont_know'][i];
    out.push([`avtal-${i}.json`, JSON.stringify(a)]);
  }
  out.push(['trasig.json', 'inte json']);
  return out.map(([name, text]) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  });
}

for (const tag of ['ar', 'fa']) {
  const { name } = CONTENT.languages[tag];
  test(`the follow-up in ${name}: counts in its plural forms and punctuation, charts mirrored, dates left to right`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-rtl-'));
    const { browser, page, w, errors } = await open(tag);
    try {
      await w.radio(w.t.modeLegend, ui('ModeFollowup', tag));
      await page.locator('#pk-continue').click();
      await page.locator('#pk-fu-choose').waitFor();
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#pk-fu-choose').click()]);
      await chooser.setFiles(files(dir));
      await page.locator('#pk-fu-counted').waitFor();
      // 5 files read (few), 4 agreements (few), 1 bad file (one): each count in its own form,
      // joined with Arabic's comma.
      const status = await page.locator('#pk-fu-status').innerText();
      assert.ok(status.includes('،'), status);
      assert.ok(!/filer|lästa|Patientkontrakt,/.test(status), `no Swedish: ${status}`);
      assert.ok(status.includes('5') && status.includes('4'), status);
      const bad = page.locator('#pk-fu-bad > summary');
      assert.equal(await bad.innerText(), `${ui('FollowupBadTitle', tag)} (1)`);
      // Each chart mirrored: the set's name on the right, its bar to its left.
      const chart = page.locator('svg.pk-fu-chart').first();
      assert.equal(await chart.getAttribute('direction'), 'rtl');
      const label = await chart.locator('text.pk-fu-set').first().boundingBox();
      const bars = await chart.locator('g > g > rect').evaluateAll((rs) => rs.slice(0, 3).map((r) => r.getBoundingClientRect().right));
      const chartBox = await chart.boundingBox();
      assert.ok(bars.length > 0);
      for (const right of bars) assert.ok(right <= label.x + 1, `a bar (right ${right}) left of its name (${label.x})`);
      assert.ok(label.x + label.width > chartBox.x + chartBox.width * 0.6, 'the name on the right');
      // The heading of each question: "السؤال 1: …", the template's colon.
      const q1 = page.locator('[id="pk-fu-q-1"]');
      assert.ok((await q1.innerText()).startsWith(ui('QuestionNTopic', tag).split('{n}')[0]), await q1.innerText());
      // At 360 px a one-word column heading ("نعم", yes) stays whole, never split over two lines.
      const split = await page.locator('#pk-fu-table-1 thead th').evaluateAll((ths) =>
        ths
          .filter((th) => !th.textContent.trim().includes(' '))
          .filter((th) => {
            const range = document.createRange();
            range.selectNodeContents(th);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
          })
          .map((th) => th.textContent),
      );
      assert.deepEqual(split, [], 'column headings broken inside a word');
      // The date filter typed left to right.
      const from = page.locator('#pk-fu-from');
      assert.equal(await from.getAttribute('dir'), 'ltr');
      assert.equal(await direction(from), 'ltr');
      await shots(page, `rtl-${tag}-followup`);
      // The first question's chart and table close up, at both widths.
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.locator('.pk-fu-question').first().screenshot({ path: path.join(SHOTS, `rtl-${tag}-followup-q1-${width}.png`) });
        await page.locator('.pk-followup').screenshot({ path: path.join(SHOTS, `rtl-${tag}-followup-top-${width}.png`) });
      }
      await page.setViewportSize(PHONE);
      await rtlScreen(page, w, 'the follow-up');
      assert.deepEqual(errors, []);
    } finally {
      await browser.context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
