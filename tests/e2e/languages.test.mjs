// The languages beside Swedish, through the header's menu: a preparation walked in each of them
// (English, Arabic and Persian right to left, Somali, Finnish, Ukrainian) on a phone (360 px) and
// on a computer (1280 px). On every step: axe-core with zero violations, `lang` and `dir` of the
// language on the widget's root and nowhere else, no sideways scrolling at 320 px, and no text of
// the Swedish catalogue on screen (only names and her own words may be in another language); in
// Arabic and Persian the personnummer, the date and the time read left to right. The Arabic
// file is then continued in a Swedish consultation: Swedish screens, nothing retyped; its journal
// note and FHIR say she filled it in in Arabic and hold, for each answer, the Arabic words she was
// asked beside SKR's Swedish question, and her words carry lang="ar" and "(skrivet på arabiska)".
// Screenshots of every Arabic step at 360 px go to test-output/languages/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { Widget, walk, chooseLanguage, openStart, CONTENT, LANGUAGE_MENU, fill } from './pk.mjs';
import { agreementOf, shownCodes } from './codes.mjs';

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => server?.close());

const SHOTS = path.join('test-output', 'languages');
const PHONE = { width: 360, height: 740 };
const COMPUTER = { width: 1280, height: 900 };

const open = (viewport = PHONE) => openStart(server.url, { viewport, grant: ['clipboard-read', 'clipboard-write'], consoleErrors: true });

const files = {};
// Her comment on question 1 in the Arabic preparation: "I need help understanding my medicines."
const HER_COMMENT = 'أحتاج إلى مساعدة في فهم أدويتي';

// The Swedish texts that must not be on screen in `tag`: each text of its language file that
// reads otherwise there, by its longest piece between placeholders (pieces under 12 characters,
// such as "Ja" or "Steg", could be part of a name or of her words).
function swedishPieces(tag) {
  const file = JSON.parse(fs.readFileSync(path.join('site', 'texts', `${tag}.json`), 'utf8'));
  const pieces = new Set();
  // A piece the language itself uses somewhere (a name such as "Patientkontrakt") may be on
  // screen.
  const translations = Object.values(file);
  for (const [key, translation] of Object.entries(file)) {
    const sv = key.includes('\u0004') ? key.split('\u0004')[1] : key;
    if (sv === translation) continue;
    const longest = sv.split(/\{\w+\}/).map((x) => x.trim()).sort((a, b) => b.length - a.length)[0];
    if (longest.length >= 12 && !translations.some((t) => t.includes(longest))) pieces.add(longest);
  }
  return [...pieces];
}

/** The summary row `row`'s button shows `word` (Change, FillIn) in `tag` and is named by its
 * template (ChangeNamed, FillInNamed) around `name`, which holds the word on screen. */
async function named(tag, row, word, name) {
  const want = fill(CONTENT.ui[`${word}Named`][tag], { name });
  assert.equal((await row.locator('.pk-summary-list__actions button').innerText()).trim(), CONTENT.ui[word][tag]);
  assert.ok(want.includes(CONTENT.ui[word][tag]), `"${want}" holds "${CONTENT.ui[word][tag]}"`);
  assert.equal(await row.getByRole('button', { name: want, exact: true }).count(), 1, `a button named "${want}"`);
}

const TAGS = Object.keys(CONTENT.languages).filter((t) => t !== 'sv' && t !== 'sv-x-lattlast');
assert.deepEqual(TAGS, ['en', 'ar', 'fa', 'so', 'fi', 'uk'], 'every language beside Swedish is walked');

for (const [tag, viewport] of TAGS.flatMap((t) => [[t, PHONE], [t, COMPUTER]])) {
  const { name } = CONTENT.languages[tag];
  const rtl = tag === 'ar' || tag === 'fa';
  const dir = rtl ? 'rtl' : 'ltr';
  const phone = viewport === PHONE;
  const swedish = swedishPieces(tag);
  test(`a preparation in ${name} at ${viewport.width} px: axe-clean, lang="${tag}" dir="${dir}" on the widget's root only, no Swedish on screen, no sideways scroll at 320 px`, async () => {
    const { browser, page, errors } = await open(viewport);
    try {
      // The menu: every language by its own name, each in its own lang and dir.
      const text0 = await page.locator('.pk-root').innerText();
      const menu = page.getByRole('button', { name: LANGUAGE_MENU, exact: true });
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      await menu.click();
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      const items = page.locator('.pk-header__choice');
      assert.deepEqual(await items.allInnerTexts(), Object.values(CONTENT.languages).map((l) => l.name));
      assert.deepEqual(await page.locator(`.pk-header__choice[lang="${tag}"]`).getAttribute('dir'), dir);
      assert.deepEqual(await new Widget(page, 'sv').axe(), [], 'axe with the menu open');
      // Escape closes it and leaves focus on its button; the keyboard opens it again.
      await page.keyboard.press('Escape');
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.evaluate(() => document.activeElement.classList.contains('pk-header__lang')), true);
      const root = page.locator('.pk-root');
      // The check below sees Swedish where there is Swedish: the start page before the choice.
      const onSwedish = swedish.filter((sv) => text0.includes(sv));
      assert.ok(onSwedish.length >= 3, `the Swedish start page shows Swedish texts: ${onSwedish}`);
      await chooseLanguage(page, tag);
      const w = new Widget(page, tag);
      await w.expectStep(0);
      const shots = [];
      const check = async (step) => {
        assert.equal(await root.getAttribute('lang'), tag, `${step}: lang on the root`);
        assert.equal(await root.getAttribute('dir'), dir, `${step}: dir on the root`);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv', `${step}: the host page's lang untouched`);
        // No other element says it is in the page's language or direction: only her own words
        // and names (in the language they were written in) and left-to-right runs do, and the menu
        // (its bilingual label, its items each in its own language).
        const marked = await root.evaluate((r, t) => [...r.querySelectorAll('[lang]')].filter((e) => (e.lang === t || e.lang === '') && !e.closest('.pk-header__choice, .pk-header__lang')).map((e) => e.outerHTML.slice(0, 80)), tag);
        assert.deepEqual(marked, [], `${step}: lang="${tag}" on the root only`);
        const text = await root.innerText();
        const left = swedish.filter((sv) => text.includes(sv));
        assert.deepEqual(left, [], `${step}: Swedish texts on a page in ${name}`);
        assert.deepEqual(await w.axe(), [], `axe on ${step}`);
        assert.equal(await w.overflowAt(320), 0, `${step} scrolls sideways at 320 px`);
        if (rtl && step.endsWith('1-what-matters')) {
          // Her own words take the direction of what she typed (here Swedish, left to right).
          assert.equal(await w.field(w.t.ownWords).getAttribute('dir'), 'auto');
          assert.equal(await w.field(w.t.ownWords).evaluate((e) => getComputedStyle(e).direction), 'ltr');
        }
        if (rtl && step.endsWith('1-what-matters-3')) {
          // The personnummer is typed left to right; her own words follow the page.
          const pnr = page.locator('#pk-personal-number');
          assert.equal(await pnr.getAttribute('dir'), 'ltr');
          assert.equal(await pnr.evaluate((e) => getComputedStyle(e).direction), 'ltr');
          // The hint's example personnummer is isolated left to right (U+2066 … U+2069).
          assert.ok((await page.locator('#pk-personal-number-hint').textContent()).includes('\u206619121212-1212\u2069'));
        }
        if (tag === 'ar' && phone && step.endsWith('6-questions')) {
          // Her comment on question 1, in Arabic, as she types it.
          const first = page.locator('.pk-question').first();
          await first.locator('button[id$="-comment-add"]').click();
          await first.locator('[id$="-comment"]').fill(HER_COMMENT);
        }
        if (rtl) {
          fs.mkdirSync(SHOTS, { recursive: true });
          const file = path.join(SHOTS, `${tag}-${step}-${viewport.width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          shots.push(file);
        }
      };
      const s = await walk(w, 'prepare', `lang-${tag}-${viewport.width}`, check);
      if (rtl) {
        // Numbers, dates and times read left to right inside the right-to-left page (the
        // answers unfolded).
        await w.answers();
        const isolated = await root.locator('bdi[dir="ltr"]').allInnerTexts();
        assert.ok(isolated.includes(s.personalNumber), `the personnummer isolated: ${isolated}`);
        const text = await root.textContent();
        assert.ok(text.includes(`\u2066${s.date}\u00a0${s.time}\u2069`), 'the date and time as one run, on one line');
        console.log(`screenshots: ${shots.join(' ')}`);
      }
      // The summary's "Ändra": named by the language's own template around its row's name, in
      // the language's word order, and the word on screen is in that name (label in name).
      await w.answers();
      const given = root.locator('.pk-summary-list__row:not(.pk-summary-list__row--missing)').filter({ has: page.locator('button') }).first();
      await named(tag, given, 'Change', (await given.locator('dt').textContent()).trim());
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-download-json').click()]);
      const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
      assert.equal(json.language, tag, 'the file says the language on screen');
      assert.equal(json.written_in, tag, 'and the language she filled it in');
      assert.equal(json.what_matters.own_words, s.ownWords);
      if (phone) {
        files[tag] = path.join('test-output', `languages-${tag}.json`);
        fs.writeFileSync(files[tag], JSON.stringify(json));
      } else {
        // Her code for the clinic: one code, though each answer keeps the question as she read
        // it in her language (the second dictionary holds them), and it holds her file. (Read at
        // 1280 px: jsQR reads a screenshot at one pixel a CSS pixel, a phone's screen has 2–3.)
        assert.ok(json.answers.before.every((a) => a.asked?.language === tag), 'each answer keeps the words she was asked');
        await w.button(CONTENT.ui.ShowCode[tag]).click();
        const code = await shownCodes(page);
        assert.equal(code.frames, 1, `her preparation in ${name} is one code`);
        assert.deepEqual(agreementOf(code.texts), json);
        console.log(`her code in ${tag}: ${code.texts[0].length} characters, version ${code.version}`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await browser.context.close();
    }
  });
}

test('the Arabic preparation continued in a Swedish consultation: Swedish screens, nothing retyped', async () => {
  assert.ok(files.ar, 'the Arabic preparation ran first');
  const { browser, page, errors } = await open();
  try {
    const w = new Widget(page, 'sv');
    await w.radio(w.t.modeLegend, w.t.consultation);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), w.button('Öppna en sparad fil').click()]);
    await chooser.setFiles(files.ar);
    await w.expectStep(7);
    const root = page.locator('.pk-root');
    assert.equal(await root.getAttribute('lang'), 'sv');
    assert.equal(await root.getAttribute('dir'), 'ltr');
    const s = JSON.parse(fs.readFileSync(files.ar, 'utf8'));
    await w.answers();
    assert.ok((await root.innerText()).includes(s.what_matters.goals[0].text), 'her words, not retyped');
    assert.deepEqual(await w.axe(), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('the Swedish consultation of her Arabic preparation: the journal note and FHIR say she filled it in in Arabic, her words marked as written in Arabic', async () => {
  assert.ok(files.ar, 'the Arabic preparation ran first');
  const { browser, page, errors } = await open();
  try {
    const w = new Widget(page, 'sv');
    const t = w.t;
    await w.radio(t.modeLegend, t.consultation);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), w.button('Öppna en sparad fil').click()]);
    await chooser.setFiles(files.ar);
    await w.expectStep(7);
    const said = 'Patienten har fyllt i på arabiska. Frågorna före besöket visades i projektets egen översättning, inte i SKR:s ordalydelse.';
    // The journal note, the one that goes to the record.
    await w.button('Kopiera journalanteckning').click();
    await page.getByRole('status').filter({ hasText: 'Journalanteckningen är kopierad.' }).waitFor();
    const note = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(note.includes(said), note);
    // Under her answer to question 1, the Arabic words she was asked and SKR's Swedish question
    // they stand for (a translation is not SKR's wording).
    const [arabicQ1, skrQ1] = [CONTENT.questions.patient[0].ar, CONTENT.questions.patient[0].sv];
    assert.notEqual(arabicQ1, skrQ1, 'the Arabic file translates question 1');
    assert.ok(
      note.includes(
        `  Frågan till patienten före besöket visades på arabiska (projektets egen översättning, inte SKR:s ordalydelse): ”${arabicQ1}” – står för SKR:s fråga: ”${skrQ1}”`
      ),
      note
    );
    // FHIR: the care plan's note says it, in Swedish.
    const [download] = await Promise.all([page.waitForEvent('download'), w.button('Ladda ner för journalsystem (FHIR)').click()]);
    const fhir = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    const plan = fhir.entry.map((e) => e.resource).find((r) => r.resourceType === 'CarePlan');
    assert.ok(plan.note.some((n) => n.text === said), JSON.stringify(plan.note));
    // Her answers before the visit: item 1 asks SKR's Swedish, with the Arabic words she was asked
    // as its translation (FHIR's translation extension on _text).
    const responses = fhir.entry.map((e) => e.resource).filter((r) => r.resourceType === 'QuestionnaireResponse');
    const item = responses.map((r) => r.item.find((i) => i.linkId === '1')).find((i) => i._text);
    assert.ok(item, JSON.stringify(responses.map((r) => r.item[0])));
    assert.equal(item.text, skrQ1);
    assert.deepEqual(item._text.extension, [
      {
        url: 'http://hl7.org/fhir/StructureDefinition/translation',
        extension: [
          { url: 'lang', valueCode: 'ar' },
          { url: 'content', valueString: arabicQ1 },
        ],
      },
    ]);
    // The file she continues keeps both languages, and the words each answer before the visit
    // was asked in.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-download-json').click()]);
    const json = JSON.parse(fs.readFileSync(await saved.path(), 'utf8'));
    assert.deepEqual([json.mode, json.language, json.written_in], ['consultation', 'sv', 'ar']);
    assert.deepEqual(json.answers.before[0].asked, { language: 'ar', text: arabicQ1 });
    assert.deepEqual(
      json.answers.before.map((a) => a.asked?.text),
      CONTENT.questions.patient.map((q) => q.ar),
      'every answer before the visit, with the Arabic words of its question'
    );
    assert.ok(json.answers.patient.every((a) => a.asked === null), 'nothing answered yet in the consultation');
    // The questions: her comment before the visit, in lang="ar", marked in Swedish.
    await w.answers();
    await page.getByRole('button', { name: /^Ändra 1\. / }).first().click();
    await w.expectStep(6);
    const before = page.locator('.pk-question__before').first();
    assert.equal(await before.locator('[lang="ar"]').innerText(), HER_COMMENT);
    assert.ok((await before.innerText()).includes(`${HER_COMMENT} (skrivet på arabiska)`), await before.innerText());
    assert.equal(await page.locator('.pk-root').getAttribute('lang'), 'sv', 'the screens stay Swedish');
    assert.deepEqual(await w.axe(), []);
    // Her wish for care, on part 1, also hers and marked.
    await w.continue();
    await w.expectStep(7);
    await page.getByRole('button', { name: `${t.change} ${t.careWishesHeading}` }).click();
    await w.expectStep(2);
    const wish = page.locator('.pk-wishes__item').first();
    assert.equal(await wish.locator('[lang="ar"]').count(), 1);
    assert.ok((await wish.innerText()).includes('(skrivet på arabiska)'));
    assert.deepEqual(await w.axe(), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('an empty Persian consultation: "Fyll i" named by the Persian template, the part\'s name before the verb, and it leads there', async () => {
  const { browser, page, errors } = await open();
  try {
    await chooseLanguage(page, 'fa');
    const w = new Widget(page, 'fa');
    await w.expectStep(0);
    await w.radio(w.t.modeLegend, w.t.consultation);
    await w.button(w.t.begin).click();
    for (let i = 1; i <= 6; i++) await w.continue();
    await w.expectStep(7);
    await w.answers();
    const missing = page.locator('.pk-summary-list__row--missing').first();
    await named('fa', missing, 'FillIn', w.t.titles[1]);
    // "… را پر کنید": the name first, as Persian says it.
    const name = fill(CONTENT.ui.FillInNamed.fa, { name: w.t.titles[1] });
    assert.ok(name.startsWith(w.t.titles[1]) && name.endsWith(CONTENT.ui.FillIn.fa), name);
    await page.getByRole('button', { name, exact: true }).click();
    await w.expectStep(1);
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});
