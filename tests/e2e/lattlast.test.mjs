// Lättläst svenska (issue 27), chosen in the header's menu: the page keeps lang="sv" on the
// widget's root (screen readers keep their Swedish voice) while its texts are the project's
// lättläst ones, fetched from texts/sv-x-lattlast.json when chosen. What was typed before the
// switch stays. On the seven questions each of hers is the lättläst wording with SKR's own words
// one click away ("SKR:s formulering"). A preparation walked in lättläst at 360 px is axe-clean on
// every step and does not scroll sideways at 320 px; continued in a Swedish consultation, its
// journal note and FHIR say she filled it in in lättläst Swedish and that the questions were the
// project's lättläst version, never SKR's wording, and give under each answer the lättläst words
// she was asked beside SKR's question (FHIR: SKR's as the item's text, hers as its translation);
// her words, Swedish, are not marked.
// Screenshots of every lättläst step at 360 px go to test-output/lattlast/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { Widget, walk, openStart, CONTENT, LANGUAGE_MENU } from './pk.mjs';

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => server?.close());

const LL = 'sv-x-lattlast';
const PHONE = { width: 360, height: 740 };
const SHOTS = path.join('test-output', 'lattlast');

async function open() {
  const texts = [];
  const onRequest = (r) => r.url().includes('/texts/') && texts.push(new URL(r.url()).pathname);
  const opened = await openStart(server.url, { viewport: PHONE, grant: ['clipboard-read', 'clipboard-write'], consoleErrors: true, onRequest });
  return { ...opened, texts };
}

async function chooseLattlast(page) {
  await page.getByRole('button', { name: LANGUAGE_MENU, exact: true }).click();
  const item = page.getByRole('button', { name: CONTENT.languages[LL].name, exact: true });
  // Listed by its own name, in Swedish to a screen reader.
  assert.equal(await item.getAttribute('lang'), 'sv');
  await item.click();
}

test('Lättläst svenska from the menu mid-step: lang="sv" on the root, the lättläst texts, what was typed kept, axe-clean', async () => {
  const { browser, page, errors, texts } = await open();
  try {
    const sv = new Widget(page, 'sv');
    await sv.radio(sv.t.modeLegend, sv.t.prepare);
    await sv.button(sv.t.begin).click();
    await sv.expectStep(1);
    const typed = 'Att orka gå till affären själv';
    await sv.field(sv.t.ownWords).fill(typed);
    assert.deepEqual(texts, [], 'nothing fetched for Swedish');
    await chooseLattlast(page);
    const w = new Widget(page, LL);
    // A text of the step in its lättläst words ("Rensa uppgifter" reads "Ta bort allt").
    const clear = CONTENT.ui.ClearData;
    assert.notEqual(clear[LL], clear.sv);
    await w.button(clear[LL]).waitFor();
    assert.equal(await sv.button(clear.sv).count(), 0, 'the Swedish wording is gone');
    await w.expectStep(1);
    assert.deepEqual(texts, ['/texts/sv-x-lattlast.json'], 'its texts fetched when chosen, once');
    const root = page.locator('.pk-root');
    assert.equal(await root.getAttribute('lang'), 'sv', 'screen readers keep the Swedish voice');
    assert.equal(await root.getAttribute('dir'), 'ltr');
    assert.equal(await page.locator(`[lang="${LL}"]`).count(), 0, 'the private tag is never a lang attribute');
    assert.equal(await w.field(w.t.ownWords).inputValue(), typed, 'what she typed is kept');
    assert.deepEqual(await w.axe(), []);
    // And back to Swedish: still kept.
    await page.getByRole('button', { name: LANGUAGE_MENU, exact: true }).click();
    await page.getByRole('button', { name: CONTENT.languages.sv.name, exact: true }).click();
    await sv.button(clear.sv).waitFor();
    assert.equal(await sv.field(sv.t.ownWords).inputValue(), typed);
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('when the lättläst texts cannot be fetched: standard Swedish stays, says so in Swedish with one "Försök igen", and trying again shows lättläst with what was typed', async () => {
  const { browser, page, errors } = await open();
  try {
    let offline = true;
    await page.route('**/texts/sv-x-lattlast.json', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    const sv = new Widget(page, 'sv');
    await sv.radio(sv.t.modeLegend, sv.t.prepare);
    await sv.button(sv.t.begin).click();
    await sv.expectStep(1);
    await sv.field(sv.t.ownWords).fill('Kunna gå till affären själv');
    await chooseLattlast(page);
    const notice = page.getByRole('alert').filter({ hasText: 'Den lättlästa texten kunde inte hämtas just nu.' });
    await notice.waitFor();
    // The sentence is Swedish already: said once, and "Försök igen" once, not "Försök igen / Försök igen".
    assert.equal(
      await notice.locator('p').allInnerTexts().then((t) => t.join('\n')),
      'Den lättlästa texten kunde inte hämtas just nu. Sidan visas på vanlig svenska. Det du har skrivit finns kvar.'
    );
    const retry = notice.getByRole('button');
    assert.equal(await retry.innerText(), 'Försök igen');
    await sv.button(CONTENT.ui.ClearData.sv).waitFor();
    assert.equal(await sv.field(sv.t.ownWords).inputValue(), 'Kunna gå till affären själv');
    assert.deepEqual(await sv.axe(), []);
    offline = false;
    await retry.click();
    const w = new Widget(page, LL);
    await w.button(CONTENT.ui.ClearData[LL]).waitFor();
    assert.equal(await notice.count(), 0, 'the notice is gone');
    assert.equal(await page.locator('.pk-root').getAttribute('lang'), 'sv');
    assert.equal(await w.field(w.t.ownWords).inputValue(), 'Kunna gå till affären själv');
    assert.deepEqual(await w.axe(), []);
    assert.deepEqual(errors.filter((e) => !e.includes('sv-x-lattlast') && !e.includes('ERR_INTERNET_DISCONNECTED')), []);
  } finally {
    await browser.context.close();
  }
});

let saved;

test('a preparation in Lättläst svenska at 360 px: axe-clean on every step, no sideways scroll at 320 px, SKR:s formulering one click away', async () => {
  const { browser, page, errors } = await open();
  try {
    await chooseLattlast(page);
    const w = new Widget(page, LL);
    await w.expectStep(0);
    const root = page.locator('.pk-root');
    const seen = new Set();
    const check = async (step) => {
      assert.equal(await root.getAttribute('lang'), 'sv', `${step}: lang on the root`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv', `${step}: the host page's lang untouched`);
      assert.deepEqual(await w.axe(), [], `axe on ${step}`);
      assert.equal(await w.overflowAt(320), 0, `${step} scrolls sideways at 320 px`);
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `${step}-360.png`), fullPage: true });
      // The questions come over two pages (issue 29): each page's questions in lättläst, each
      // with SKR's exact words one click away.
      if (/6-questions(-\d+)?$/.test(step)) {
        const Q = CONTENT.questions.patient;
        const groups = page.getByRole('group', { name: /\?$/ });
        const k = await groups.count();
        const here = [];
        for (let n = 0; n < 7; n++) {
          assert.notEqual(Q[n][LL], Q[n].sv, `question ${n + 1} has lättläst words`);
          if ((await page.getByRole('group', { name: Q[n][LL], exact: true }).count()) === 1) here.push(n);
        }
        assert.equal(here.length, k, `${step}: every question on the page is in lättläst`);
        here.forEach((n) => seen.add(n));
        // The step says they are in easier words and where SKR's own are (its first page).
        if (step.endsWith('6-questions')) {
          assert.equal(await page.getByText(CONTENT.ui.QuestionsSource[LL], { exact: true }).count(), 1);
          assert.ok(CONTENT.ui.QuestionsSource[LL].includes(`”${CONTENT.questions.skr_wording}”`));
        }
        const disclosures = page.locator('.pk-question__skr');
        assert.equal(await disclosures.count(), k);
        const first = disclosures.first();
        const summary = first.locator('summary');
        assert.ok((await summary.innerText()).startsWith(CONTENT.questions.skr_wording), await summary.innerText());
        const skr = first.locator('.pk-details__text');
        assert.equal(await skr.isVisible(), false, 'closed at first');
        await summary.click();
        assert.equal(await first.getAttribute('open'), '');
        assert.equal(await skr.innerText(), Q[here[0]].sv, "SKR's exact wording");
        const last = disclosures.nth(k - 1);
        await last.locator('summary').press('Enter');
        assert.equal(await last.locator('.pk-details__text').innerText(), Q[here[k - 1]].sv, 'opened by the keyboard');
        assert.deepEqual(await w.axe(), [], 'axe with SKR:s formulering open');
        await page.screenshot({ path: path.join(SHOTS, `${step}-open-360.png`), fullPage: true });
      }
    };
    const s = await walk(w, 'prepare', 'lattlast', check);
    assert.equal(seen.size, 7, 'all seven questions in lättläst over the pages');
    assert.equal(await page.locator('.pk-question__skr').count(), 0, 'not on the summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-download-json').click()]);
    const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(json.language, LL, 'the file says the page on screen');
    assert.equal(json.written_in, LL, 'and the page she filled it in');
    assert.equal(json.what_matters.own_words, s.ownWords, 'her words exactly as typed');
    saved = path.join('test-output', 'lattlast-prepared.json');
    fs.writeFileSync(saved, JSON.stringify(json));
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('her lättläst preparation in a Swedish consultation: the journal note and FHIR say lättläst, never SKR\'s wording, and give the lättläst words she was asked beside SKR\'s; her words not marked', async () => {
  assert.ok(saved, 'the lättläst preparation ran first');
  const { browser, page, errors } = await open();
  try {
    const w = new Widget(page, 'sv');
    await w.radio(w.t.modeLegend, w.t.consultation);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), w.button('Öppna en sparad fil').click()]);
    await chooser.setFiles(saved);
    await w.expectStep(7);
    const said =
      'Patienten har fyllt i på lättläst svenska. Frågorna före besöket visades i projektets lättlästa version av SKR:s frågor, inte i SKR:s ordalydelse.';
    await w.button('Kopiera journalanteckning').click();
    await page.getByRole('status').filter({ hasText: 'Journalanteckningen är kopierad.' }).waitFor();
    const note = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(note.includes(said), note);
    const [download] = await Promise.all([page.waitForEvent('download'), w.button('Ladda ner för journalsystem (FHIR)').click()]);
    const fhirText = fs.readFileSync(await download.path(), 'utf8');
    const fhir = JSON.parse(fhirText);
    const plan = fhir.entry.map((e) => e.resource).find((r) => r.resourceType === 'CarePlan');
    assert.ok(plan.note.some((n) => n.text === said), JSON.stringify(plan.note));
    // The questions in the record are SKR's words; the lättläst words she was asked stand only
    // beside them, said to be the project's lättläst version (format version 5, `asked`).
    const Q = CONTENT.questions.patient;
    assert.ok(fhirText.includes(JSON.stringify(Q[0].sv).slice(1, -1)), "SKR's question 1 in FHIR");
    const items = fhir.entry
      .map((e) => e.resource)
      .filter((r) => r.resourceType === 'QuestionnaireResponse')
      .flatMap((r) => r.item);
    for (const [n, q] of Q.entries()) {
      assert.notEqual(q[LL], q.sv, `question ${n + 1} has lättläst words`);
      assert.ok(
        note.includes(
          `  Frågan till patienten före besöket visades på lättläst svenska (projektets lättlästa version av SKR:s frågor, inte SKR:s ordalydelse): ”${q[LL]}” – står för SKR:s fråga: ”${q.sv}”`
        ),
        note
      );
      assert.ok(!items.some((i) => i.text === q[LL]), `never as the question in FHIR: ${q[LL]}`);
      const item = items.find((i) => i.linkId === String(n + 1) && i._text);
      assert.equal(item?.text, q.sv, `question ${n + 1}: SKR's words, the lättläst ones as their translation`);
      assert.deepEqual(item._text.extension[0].extension, [
        { url: 'lang', valueCode: 'sv-x-lattlast' },
        { url: 'content', valueString: q[LL] },
      ]);
    }
    // Swedish screens; her words, Swedish, carry no "(skrivet på …)" mark.
    const root = page.locator('.pk-root');
    assert.equal(await root.getAttribute('lang'), 'sv');
    assert.ok(!(await root.innerText()).includes('(skrivet på'), 'her Swedish words are not marked');
    assert.equal(await page.locator('.pk-question__skr').count(), 0);
    assert.deepEqual(await w.axe(), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('a consultation in Lättläst svenska at 1280 px: axe-clean on every step, SKR:s formulering beside her questions only, the journal note says she filled it in in lättläst and that her questions (not care\'s) were the lättläst version', async () => {
  const { browser, page, errors } = await openStart(server.url, { viewport: { width: 1280, height: 900 }, grant: ['clipboard-read', 'clipboard-write'] });
  try {
    await chooseLattlast(page);
    const w = new Widget(page, LL);
    await w.expectStep(0);
    const check = async (step) => {
      assert.equal(await page.locator('.pk-root').getAttribute('lang'), 'sv', `${step}: lang on the root`);
      assert.deepEqual(await w.axe(), [], `axe on ${step}`);
      if (/6-questions(-\d+)?$/.test(step)) {
        // Her side in lättläst with SKR's words beside; care's side in SKR's words, without (on
        // each of the questions' pages).
        const k = await page.locator('.pk-question__side--patient').count();
        assert.ok(k >= 1, step);
        assert.equal(await page.locator('.pk-question__side--patient .pk-question__skr').count(), k);
        assert.equal(await page.locator('.pk-question__side--professional .pk-question__skr').count(), 0);
        sides += k;
      }
      if (step.endsWith('6-questions')) {
        const P = CONTENT.questions.professional;
        assert.equal(P[0][LL], P[0].sv, "care's questions are SKR's");
        const care = page.getByRole('group', { name: `${w.t.professionalSide}: ${P[0].sv}`, exact: true });
        assert.equal(await care.count(), 1);
        const hers = page.getByRole('group', { name: `${w.t.patientSide}: ${CONTENT.questions.patient[0][LL]}`, exact: true });
        assert.equal(await hers.count(), 1);
      }
    };
    let sides = 0;
    await walk(w, 'consultation', 'lattlast-consultation', check);
    assert.equal(sides, 7, 'her seven questions over the pages, each with SKR:s formulering');
    await w.button('Kopiera journalanteckning').click();
    await page.getByRole('status').filter({ hasText: 'Journalanteckningen är kopierad.' }).waitFor();
    const note = await page.evaluate(() => navigator.clipboard.readText());
    // Begun in lättläst, she filled it in in lättläst; care's questions were SKR's words.
    assert.ok(
      note.includes(
        'Patienten har fyllt i på lättläst svenska. Patientens frågor visades i projektets lättlästa version av SKR:s frågor, inte i SKR:s ordalydelse.'
      ),
      note
    );
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});
