// The whole dialogue, end to end, in both modes and both languages, against the release build
// served under the strict CSP. On every step: axe-core (zero violations), no horizontal
// scrolling at 320 px, and screenshots at 360 and 1280 px in test-output/screens/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { Widget, walk, chooseLanguage } from './pk.mjs';

let server;
const axeLog = [];
before(async () => {
  server = await serve('dist');
});
after(async () => {
  await server?.close();
  fs.mkdirSync('test-output', { recursive: true });
  fs.writeFileSync('test-output/axe.json', JSON.stringify(axeLog, null, 2));
});

async function fresh(lang, options = {}) {
  const browser = await launch(options);
  const page = browser.context.pages()[0] || (await browser.context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url);
  const w = new Widget(page, 'sv');
  await w.expectStep(0);
  if (lang === 'en') {
    await chooseLanguage(page, 'en');
    w.lang = 'en';
    await w.expectStep(0);
  }
  return { browser, page, w, errors };
}

/** axe + overflow + screenshots of whatever is on screen. */
async function check(w, name) {
  const violations = await w.axe();
  axeLog.push({ page: name, violations: violations.length });
  assert.deepEqual(violations, [], `axe on ${name}`);
  assert.equal(await w.overflowAt(320), 0, `${name} scrolls sideways at 320 px`);
  assert.equal(await w.overflowAt(640), 0, `${name} scrolls sideways at 640 px (1280 px at 200 % zoom)`);
  await w.screens(name);
  if (name.startsWith('prepare-sv')) {
    // Preparing, the app speaks to the patient: "du", never "patienten" about her.
    const screen = await w.page.locator('.pk-screen-only').innerText();
    assert.doesNotMatch(screen, /\b[Pp]atient(en|ens)\b/, `${name} speaks about the patient: ${screen.match(/.{0,40}\b[Pp]atient(en|ens)\b.{0,40}/)?.[0]}`);
  }
}


async function downloadJson(w) {
  const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.locator('#pk-download-json').click()]);
  assert.match(download.suggestedFilename(), /^patientkontrakt-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
}

for (const mode of ['prepare', 'consultation']) {
  for (const lang of ['sv', 'en']) {
    test(`full flow: ${mode}, ${lang}`, async () => {
      const { browser, w, errors } = await fresh(lang);
      try {
        const s = await walk(w, mode, `${mode}-${lang}`, (page) => check(w, page));
        const json = await downloadJson(w);
        assert.equal(json.format, 'patientkontrakt');
        assert.equal(json.version, 5);
        assert.equal(json.mode, mode);
        assert.equal(json.language, lang);
        assert.equal(json.what_matters.own_words, s.ownWords, 'typed text exactly as typed');
        assert.equal(json.what_matters.goals[0].text, s.goal);
        assert.deepEqual(json.relatives[0], s.relative);
        assert.equal(json.patient.personal_number, s.personalNumber);
        assert.deepEqual(json.commitments.warning_signs[0], s.warning);
        const wrote = mode === 'consultation' ? json.commitments.care_actions : json.commitments.care_wishes;
        assert.equal(wrote[0].text, s.careAction);
        assert.equal((mode === 'consultation' ? json.commitments.care_wishes : json.commitments.care_actions).length, 0);
        assert.equal(json.planning.coordination_need, 'yes');
        // Preparing, the contact she names is hers (a wish), never the fast vårdkontakt.
        const [mine, settled] = [json.contacts.patient_contacts, json.contacts.care_contacts];
        assert.equal((mode === 'consultation' ? settled : mine)[0].helps_with, s.contact.helpsWith);
        assert.equal((mode === 'consultation' ? mine : settled).length, 0);
        assert.equal((mode === 'consultation' ? settled : mine)[0].hsa_id, mode === 'consultation' ? s.contact.hsa : '');
        assert.deepEqual(json.contacts.routes[0], s.route);
        // Preparing, the time is hers (booked, or when she would like it), never the next time.
        const time = { date: s.date, time: s.time, period: s.period, mode: 'visit', initiator: 'care' };
        const none = { date: null, time: null, period: '', mode: null, initiator: null };
        assert.deepEqual(json.schedule.next_time, mode === 'consultation' ? time : none);
        assert.deepEqual(json.schedule.prepared_time, mode === 'consultation' ? none : time);
        // Preparing, the patient's answers are "before the visit"; only answers after count.
        const answered = mode === 'consultation' ? json.answers.patient : json.answers.before;
        const unanswered = mode === 'consultation' ? json.answers.before : json.answers.patient;
        assert.ok(answered.every((a) => a.value === 'yes'));
        assert.ok(unanswered.every((a) => a.value === null));
        assert.equal(json.status, mode === 'consultation' ? 'agreed' : 'draft');

        // Print view: "Mitt patientkontrakt", the boxed section, no buttons or navigation.
        await w.page.emulateMedia({ media: 'print' });
        const print = w.page.locator('.pk-print');
        assert.equal(await print.isVisible(), true);
        assert.equal(
          await print.getByRole('heading', { level: 1 }).textContent(),
          mode === 'consultation' ? w.t.printTitle : w.t.printTitlePrepared,
        );
        const box = print.locator('.pk-print__box');
        assert.equal(await box.getByRole('heading', { level: 2 }).textContent(), w.t.whenToSeek);
        assert.ok((await box.innerText()).includes(s.warning.text));
        assert.equal(await box.evaluate((e) => getComputedStyle(e).borderTopStyle), 'solid');
        assert.equal(await w.root().getByRole('button').filter({ visible: true }).count(), 0, 'no buttons print');
        assert.equal(await w.page.locator('.pk-screen-only').isVisible(), false);
        await w.page.pdf({ path: `test-output/print-${mode}-${lang}.pdf`, format: 'A4' });
        await w.page.emulateMedia({ media: 'screen' });
        assert.deepEqual(errors, []);
        assert.deepEqual(server.cspReports, [], 'no CSP violations');
      } finally {
        await browser.context.close();
      }
    });
  }
}

test('gaps on the summary link to the step that closes them, and "Ändra" goes back', async () => {
  const { browser, w } = await fresh('sv');
  try {
    await w.radio(w.t.modeLegend, w.t.consultation);
    await w.button(w.t.begin).click();
    for (let i = 1; i <= 6; i++) await w.continue();
    await w.expectStep(7);
    await w.page.getByRole('heading', { name: w.t.notYet }).waitFor();
    await w.button('Inga kontaktvägar är angivna').click();
    await w.expectStep(4);
    assert.equal(await w.page.evaluate(() => document.activeElement.id), 'pk-heading', 'focus on the new heading');
    await w.button(w.t.addRoute).click();
    await w.field(w.t.routeDetails, w.group(w.t.routeRow)).fill('010-123 45 00');
    // Opened from the summary, "Fortsätt" goes back to it (GOV.UK's check-answers pattern).
    await w.continue();
    await w.expectStep(7);
    assert.equal(await w.button('Inga kontaktvägar är angivna').count(), 0, 'the gap is closed');
    // What was skipped is one "Ej angivet" row per part, not one per field; "Fyll i" leads there.
    const missing = w.page.locator('.pk-summary-list__row--missing');
    assert.equal(await missing.count(), 6, 'one "Ej angivet" row in each of the six parts');
    assert.ok((await missing.first().innerText()).includes(w.t.ownWords));
    assert.equal(await w.page.locator('.pk-summary-list__row:not(.pk-summary-list__row--missing)').count(), 1, 'only the route typed');
    await w.answers();
    await w.button(`${w.t.fillIn} ${w.t.titles[1]}`).click();
    await w.expectStep(1);
  } finally {
    await browser.context.close();
  }
});

test('keyboard alone walks the whole consultation', async () => {
  const { browser, page, w } = await fresh('sv');
  const t = w.t;
  /** Presses Tab until the focused element matches `selector`. */
  async function tabTo(selector, max = 80) {
    for (let i = 0; i < max; i++) {
      if (await page.evaluate((sel) => document.activeElement?.matches(sel), selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }
  const focusedId = () => page.evaluate(() => document.activeElement.id);
  /** "Fortsätt" by keyboard; the next page's heading takes focus. */
  async function next() {
    await tabTo('#pk-continue');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'pk-heading');
  }
  try {
    await tabTo('input[name=pk-mode][value=prepare]');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.value), 'consultation');
    await tabTo('#pk-continue');
    await page.keyboard.press('Enter');
    await w.expectStep(1);
    assert.equal(await focusedId(), 'pk-heading');
    await tabTo('#pk-own-words');
    await page.keyboard.type('Familjen');
    await tabTo('#pk-goals-add');
    await page.keyboard.press('Enter');
    assert.equal(await focusedId(), 'pk-goals-0-text', 'focus moves into the new row');
    await page.keyboard.type('Orka mer');
    await page.keyboard.press('Enter'); // a goal takes sentences: Enter is a new line, not "Fortsätt"
    assert.equal(await page.locator('#pk-goals-0-text').inputValue(), 'Orka mer\n');
    // The step's other two pages, left as they are.
    await next();
    await next();
    await next();
    await w.expectStep(2);
    // Part 1, one list a page.
    for (const [add, first, value] of [
      ['#pk-self-care-add', 'pk-self-care-0-text', 'Promenerar'],
      ['#pk-warning-signs-add', 'pk-warning-signs-0-text', 'Andfåddhet'],
      ['#pk-care-actions-add', 'pk-care-actions-0-text', 'Kontroller'],
    ]) {
      await tabTo(add);
      await page.keyboard.press('Space');
      assert.equal(await focusedId(), first);
      await page.keyboard.type(value);
      await next();
    }
    await w.expectStep(3);
    await tabTo('#pk-plans-add');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Vårdplan');
    await tabTo('#pk-coordination-need');
    await page.keyboard.press('Space');
    await tabTo('#pk-coordinator');
    await page.keyboard.type('Distriktssköterskan');
    await tabTo('#pk-continue');
    await page.keyboard.press('Enter');
    await w.expectStep(4);
    await tabTo('#pk-fixed-contact-needed');
    await page.keyboard.press('ArrowRight'); // Nej: no fast vårdkontakt needed
    await next();
    await tabTo('#pk-routes-add');
    await page.keyboard.press('Enter');
    await tabTo('#pk-routes-0-details');
    await page.keyboard.type('1177');
    await tabTo('#pk-continue');
    await page.keyboard.press('Enter');
    await w.expectStep(5);
    await tabTo('#pk-next-step');
    await page.keyboard.type('Blodprov');
    await tabTo('#pk-next-period');
    await page.keyboard.type('om tre månader');
    await tabTo('#pk-next-mode');
    await page.keyboard.press('Space');
    await tabTo('#pk-initiator');
    await page.keyboard.press('Space');
    await tabTo('#pk-continue');
    await page.keyboard.press('Enter');
    await w.expectStep(6);
    // The first question, then two a page.
    for (const questions of [[1], [2, 3], [4, 5], [6, 7]]) {
      for (const n of questions) {
        for (const side of ['patient', 'professional']) {
          await tabTo(`#pk-answer-${side}-${n}`);
          await page.keyboard.press('Space');
        }
      }
      await next();
    }
    await w.expectStep(7);
    await page.getByRole('heading', { name: t.notYet }).waitFor();
    await tabTo('#pk-agreed-patient-name');
    await page.keyboard.type('Anna');
    await tabTo('#pk-agreed-professional-name');
    await page.keyboard.type('Lars');
    await tabTo('#pk-agreed-date');
    // A date is typed as written (year, month, day), whatever the browser's locale.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2026-11-22');
    assert.equal(await page.locator('#pk-agreed-date').inputValue(), '2026-11-22');
    await tabTo('button.pk-button:not(.pk-button--secondary)');
    await page.keyboard.press('Enter');
    await page.locator('#pk-status').filter({ hasText: t.agreed }).waitFor();
    await page.getByRole('heading', { name: t.inPlace }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await tabTo('#pk-download-json');
        await page.keyboard.press('Enter');
      })(),
    ]);
    const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(json.what_matters.own_words, 'Familjen');
    assert.equal(json.what_matters.goals[0].text, 'Orka mer\n');
    assert.equal(json.contacts.fixed_contact_needed, 'no');
    assert.equal(json.status, 'agreed');
  } finally {
    await browser.context.close();
  }
});

test('mounts into any host element and takes its language and mode from it', async () => {
  const page2 = {
    '/embedded.html': {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Region page</title>
<link rel="stylesheet" href="/patientkontrakt.css"><script type="module" src="/boot.js"></script></head>
<body><main><h1>Region Exempel</h1><p id="own">The region's own text.</p>
<aside><div class="slot" data-patientkontrakt data-mode="consultation" data-storage="none"></div></aside></main></body></html>`,
    },
  };
  const s2 = await serve('dist', { extraPages: page2 });
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    await page.goto(s2.url + 'embedded.html');
    const w = new Widget(page, 'en');
    await page.locator('.slot .pk-root').waitFor();
    assert.equal(await page.locator('.slot .pk-root').getAttribute('lang'), 'en', "the page's lang is used");
    // The host set the mode: no mode chooser, and the steps are the consultation's.
    assert.equal(await page.locator('.slot').getByRole('radio').count(), 0, 'no mode chooser');
    assert.equal(await page.locator('#own').textContent(), "The region's own text.");
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'no focus stolen on load');
    await w.button(w.t.begin).click();
    await w.expectStep(1);
    await w.continue();
    await w.expectStep(2);
    assert.match(await page.locator('.slot .pk-lead').innerText(), /^Agree on what the patient does/);
    await page.goto(s2.url + 'embedded.html');
    await page.locator('.slot .pk-root').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'no focus stolen on load');
    assert.deepEqual(s2.cspReports, []);
  } finally {
    await browser.context.close();
    await s2.close();
  }
});
