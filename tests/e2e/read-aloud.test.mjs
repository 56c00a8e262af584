// Read aloud on the device (issue 27): "Lyssna" on each step and beside each of the seven
// questions, with the browser's speech synthesis and only a voice that runs on the device
// (`localService === true`) in the page's language. Headless Chromium has no voices, so each test
// puts a stand-in `speechSynthesis` into the page before the app starts (its voices arriving a
// moment later, with `voiceschanged`, as in a real browser) and reads back what it was asked to
// speak, with which voice and at which rate.
//
// Checked: the button only where a local voice of the page's language exists (Swedish voices for
// lättläst; no English voice, no button in English); what it speaks is the step's heading and
// introduction, or the question as shown, with the local voice; "Stoppa" cancels; "Läs
// långsammare" (aria-pressed) reads again at a lower rate; the end of the reading brings "Lyssna"
// back; her own answers are read on request, from the summary; with only a voice that is not
// local there is no button and nothing is ever spoken; axe finds nothing and every button is at
// least 44 × 44 px with the buttons shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { Widget, CONTENT, chooseLanguage, openStart } from './pk.mjs';

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => server?.close());

const PHONE = { width: 360, height: 740 };
const LL = 'sv-x-lattlast';
// A Swedish voice on a server first (a browser may list one; it must never be used), then one on
// the device, and one on the device in a language the widget does not read here.
const REMOTE_SV = { name: 'Moln svenska', lang: 'sv-SE', localService: false, voiceURI: 'remote-sv', default: true };
const LOCAL_SV = { name: 'Alva', lang: 'sv-SE', localService: true, voiceURI: 'local-sv', default: false };
const LOCAL_DE = { name: 'Anna', lang: 'de-DE', localService: true, voiceURI: 'local-de', default: false };

/** The stand-in speech synthesis, run in the page before its scripts: `voices` arrive after 300 ms. */
function standIn(voices) {
  const spoken = [];
  const queue = [];
  let list = [];
  const listeners = new Set();
  window.__speech = { spoken, cancels: 0, finish() {
    // The reading comes to its end: each queued utterance ends in turn.
    while (queue.length) queue.shift().onend?.({ type: 'end' });
  } };
  const synth = {
    getVoices: () => list.slice(),
    speak(u) {
      spoken.push({ text: u.text, voice: u.voice?.voiceURI ?? null, local: u.voice?.localService ?? null, lang: u.lang, rate: u.rate });
      queue.push(u);
    },
    cancel() {
      window.__speech.cancels += 1;
      // As a browser does: what was queued ends with an error.
      while (queue.length) queue.shift().onerror?.({ type: 'error', error: 'canceled' });
    },
    addEventListener: (type, f) => type === 'voiceschanged' && listeners.add(f),
    removeEventListener: (type, f) => listeners.delete(f),
    speaking: false,
    pending: false,
    paused: false,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      Object.assign(this, { text, voice: null, lang: '', rate: 1, onend: null, onerror: null });
    }
  };
  setTimeout(() => {
    list = voices;
    for (const f of listeners) f({ type: 'voiceschanged' });
  }, 300);
}

const open = (voices) => openStart(server.url, { viewport: PHONE, consoleErrors: true, init: [standIn, voices] });

const spoken = (page) => page.evaluate(() => window.__speech.spoken.slice());
// What was spoken after a click: the app speaks once it has rendered, so wait for the first
// utterance (it queues all of a reading at once) rather than read at once.
async function heard(page) {
  await page.waitForFunction(() => window.__speech.spoken.length > 0);
  return spoken(page);
}
const cancels = (page) => page.evaluate(() => window.__speech.cancels);
const clearSpoken = (page) => page.evaluate(() => (window.__speech.spoken.length = 0));
const ui = (id, lang = 'sv') => CONTENT.ui[id][lang];
const question = (n, lang = 'sv') => CONTENT.questions.patient[n][lang];

/** Every button in the widget under 44 × 44 px. */
const smallButtons = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-patientkontrakt] button')]
      .filter((b) => b.getClientRects().length && !b.closest('[hidden]'))
      .map((b) => ({ id: b.id, r: b.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ id, r }) => `${id} ${r.width}×${r.height}`)
  );

/** To the seven questions of a preparation, nothing filled in. */
async function toQuestions(page, lang = 'sv') {
  const w = new Widget(page, lang);
  await w.radio(w.t.modeLegend, w.t.prepare);
  await w.button(w.t.begin).click();
  for (let n = 1; n <= 5; n++) {
    await w.expectStep(n);
    await w.continue();
  }
  await w.expectStep(6);
  return w;
}

test('a local Swedish voice: "Lyssna" reads the step with it, "Stoppa" cancels, "Läs långsammare" reads again slower, the end brings "Lyssna" back; axe-clean, 44 px', async () => {
  const { browser, page, errors } = await open([REMOTE_SV, LOCAL_DE, LOCAL_SV]);
  try {
    const w = new Widget(page, 'sv');
    const listen = w.button(ui('Listen'));
    // The voices arrive after the page: then the button is offered.
    await listen.waitFor();
    assert.equal(await listen.evaluate((b) => b.tagName), 'BUTTON');
    assert.deepEqual(await spoken(page), [], 'nothing read before she asks');
    await listen.click();
    const started = await heard(page);
    assert.deepEqual(
      started.map((s) => s.text),
      [CONTENT.steps.start.sv, ui('StartLead')],
      'the step\'s heading and introduction'
    );
    for (const s of started) {
      assert.equal(s.voice, LOCAL_SV.voiceURI, 'the voice on the device, never the one on a server');
      assert.equal(s.local, true);
      assert.equal(s.rate, 1);
    }
    // While it reads: "Stoppa" on the same button (focus stays on it), "Läs långsammare" beside it.
    const stopButton = w.button(ui('StopListening'));
    await stopButton.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-listen');
    const slower = w.button(ui('ReadSlower'));
    assert.equal(await slower.getAttribute('aria-pressed'), 'false');
    assert.deepEqual(await w.axe(), [], 'axe with "Stoppa" and "Läs långsammare" shown');
    assert.deepEqual(await smallButtons(page), [], 'every button at least 44 × 44 px');
    // Slower: the same texts again, at a lower rate, what was being read stopped first.
    await clearSpoken(page);
    const before = await cancels(page);
    await slower.click();
    assert.equal(await slower.getAttribute('aria-pressed'), 'true');
    assert.ok((await cancels(page)) > before, 'the reading at the usual rate is stopped');
    const slow = await heard(page);
    assert.deepEqual(slow.map((s) => s.text), [CONTENT.steps.start.sv, ui('StartLead')]);
    assert.ok(slow.every((s) => s.rate < 1 && s.rate >= 0.5 && s.voice === LOCAL_SV.voiceURI), JSON.stringify(slow));
    // The reading stopped by the slower one did not end this one: still "Stoppa".
    await stopButton.waitFor();
    // "Stoppa": cancelled, "Lyssna" again, focus back on it.
    const beforeStop = await cancels(page);
    await stopButton.click();
    await listen.waitFor();
    assert.ok((await cancels(page)) > beforeStop, 'Stoppa cancels the speech');
    assert.equal(await slower.count(), 0, '"Läs långsammare" only while it reads');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-listen');
    assert.deepEqual(await w.axe(), [], 'axe with "Lyssna" shown');
    // Slower stays chosen; by keyboard this time; the reading comes to its end by itself.
    await clearSpoken(page);
    await listen.focus();
    await page.keyboard.press('Enter');
    await stopButton.waitFor();
    assert.ok((await spoken(page)).every((s) => s.rate < 1), 'the slower rate is kept');
    assert.equal(await slower.getAttribute('aria-pressed'), 'true');
    // Focus on "Läs långsammare" when the reading ends: it goes, and focus moves to the button.
    await slower.focus();
    await page.evaluate(() => window.__speech.finish());
    await listen.waitFor();
    assert.equal(await slower.count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-listen', 'focus is not lost');
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('beside each of the seven questions: "Lyssna" reads the question as shown, in Swedish and in lättläst with the Swedish voice; no English voice, no button in English', async () => {
  const { browser, page, errors } = await open([REMOTE_SV, LOCAL_SV]);
  try {
    const w = await toQuestions(page);
    const buttons = page.getByRole('button', { name: new RegExp(`^${ui('Listen')} \\(`) });
    await buttons.first().waitFor();
    // The questions' first page holds four of the seven (issue 29's pages).
    assert.equal(await buttons.count(), await page.getByRole('group', { name: /[?]$/ }).count(), 'one beside each question on the page');
    assert.equal(await buttons.count(), 4);
    // Its name says which question it reads.
    const third = w.button(`${ui('Listen')} (${ui('QuestionN').replace('{n}', 3)})`);
    await clearSpoken(page);
    await third.click();
    const said = await heard(page);
    assert.deepEqual(said.map((s) => s.text), [ui('QuestionN').replace('{n}', 3), question(2)]);
    assert.ok(said.every((s) => s.voice === LOCAL_SV.voiceURI && s.local === true));
    // Another question: the first stops (one at a time); its button says "Lyssna" again.
    const fourth = w.button(`${ui('Listen')} (${ui('QuestionN').replace('{n}', 4)})`);
    await w.button(`${ui('StopListening')} (${ui('QuestionN').replace('{n}', 3)})`).waitFor();
    assert.deepEqual(await w.axe(), [], 'axe with the buttons shown on the questions');
    assert.deepEqual(await smallButtons(page), []);
    await clearSpoken(page);
    await fourth.click();
    await w.button(`${ui('StopListening')} (${ui('QuestionN').replace('{n}', 4)})`).waitFor();
    await third.waitFor();
    assert.deepEqual((await heard(page)).map((s) => s.text), [ui('QuestionN').replace('{n}', 4), question(3)]);
    // The step's own button reads its heading and introduction.
    await clearSpoken(page);
    await w.button(ui('Listen')).click();
    assert.deepEqual((await heard(page)).map((s) => s.text), [CONTENT.steps.questions.sv, ui('QuestionsIntroPrepare')]);

    // Lättläst: the page's lang is "sv", so the Swedish voice reads the lättläst words.
    await chooseLanguage(page, LL);
    const l = new Widget(page, LL);
    const llThird = l.button(`${ui('Listen', LL)} (${ui('QuestionN', LL).replace('{n}', 3)})`);
    await llThird.waitFor();
    assert.notEqual(question(2, LL), question(2));
    await clearSpoken(page);
    await llThird.click();
    const ll = await heard(page);
    assert.deepEqual(ll.map((s) => s.text), [ui('QuestionN', LL).replace('{n}', 3), question(2, LL)]);
    assert.ok(ll.every((s) => s.voice === LOCAL_SV.voiceURI));
    assert.deepEqual(await l.axe(), []);

    // English: no English voice on the device, so no button at all, and the reading stopped.
    const beforeSwitch = await cancels(page);
    await chooseLanguage(page, 'en');
    const en = new Widget(page, 'en');
    await en.button(en.t.continue).waitFor();
    assert.ok((await cancels(page)) > beforeSwitch, 'a change of language stops the reading');
    await clearSpoken(page);
    assert.equal(await page.locator('.pk-listen').count(), 0, 'no "Listen" without an English voice on the device');
    assert.deepEqual(await spoken(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('her own answers on request: "Lyssna" on the summary\'s card of the seven questions reads each question she answered, her answer and her comment', async () => {
  const { browser, page, errors } = await open([REMOTE_SV, LOCAL_SV]);
  try {
    const w = await toQuestions(page);
    const groups = page.getByRole('group', { name: /[?]$/ });
    await groups.nth(0).getByRole('radio', { name: w.t.yes, exact: true }).check();
    await groups.nth(3).getByRole('radio', { name: w.t.no, exact: true }).check();
    const comment = 'Jag vet inte vem jag ska ringa på kvällen';
    await w.button(`${w.t.addComment} (${ui('QuestionN').replace('{n}', 4)})`).click();
    await w.field(w.t.comment).fill(comment);
    // Reading a question does not read her answer: that is on request.
    await clearSpoken(page);
    await w.button(`${ui('Listen')} (${ui('QuestionN').replace('{n}', 1)})`).click();
    assert.deepEqual((await heard(page)).map((s) => s.text), [ui('QuestionN').replace('{n}', 1), question(0)]);
    await w.continue();
    await w.expectStep(7);
    // Her answers are folded on the summary (issue 29): unfolded, as she would.
    await w.answers();
    const answers = w.button(`${ui('Listen')} (${CONTENT.steps.questions.sv})`);
    await clearSpoken(page);
    await answers.click();
    const said = await heard(page);
    assert.deepEqual(said.map((s) => s.text), [`1. ${question(0)}`, w.t.yes, `4. ${question(3)}`, w.t.no, comment]);
    assert.ok(said.every((s) => s.voice === LOCAL_SV.voiceURI && s.local === true));
    await w.button(`${ui('StopListening')} (${CONTENT.steps.questions.sv})`).waitFor();
    assert.deepEqual(await w.axe(), [], 'axe on the summary with the buttons shown');
    assert.deepEqual(await smallButtons(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('only a voice that is not on the device (or none): no "Lyssna" anywhere and nothing ever spoken', async () => {
  for (const voices of [[REMOTE_SV, { ...REMOTE_SV, lang: 'sv', voiceURI: 'remote-sv-2' }], []]) {
    const { browser, page, errors } = await open(voices);
    try {
      // Past the moment the voices arrive.
      await page.waitForTimeout(800);
      assert.equal(await page.evaluate(() => window.speechSynthesis.getVoices().length), voices.length);
      assert.equal(await page.locator('.pk-listen').count(), 0, 'no button on the start page');
      assert.equal(await page.getByRole('button', { name: ui('Listen') }).count(), 0);
      const w = await toQuestions(page);
      assert.equal(await page.getByRole('button', { name: new RegExp(ui('Listen')) }).count(), 0, 'none beside the questions');
      await chooseLanguage(page, LL);
      await new Widget(page, LL).expectStep(6);
      assert.equal(await page.locator('.pk-listen').count(), 0, 'none in lättläst either');
      assert.deepEqual(await spoken(page), [], 'speak() never called');
      assert.deepEqual(await w.axe(), []);
      assert.deepEqual(errors, []);
    } finally {
      await browser.context.close();
    }
  }
});
