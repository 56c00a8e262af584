// The languages beyond Swedish and English, through the header's menu: a preparation walked in
// Arabic (right to left) and in Finnish on a phone (360 px). On every step: axe-core with zero
// violations, `lang` and `dir` of the language on the widget's root, no sideways scrolling at
// 320 px; in Arabic the personnummer, the date and the time read left to right. The Arabic
// file is then continued in a Swedish consultation: Swedish screens, nothing retyped; its journal
// note and FHIR say she filled it in in Arabic and hold, for each answer, the Arabic words she was
// asked beside SKR's Swedish question, and her words carry lang="ar" and "(skrivet på arabiska)".
// Screenshots of every Arabic step at 360 px go to test-output/languages/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { Widget, walk, chooseLanguage, CONTENT, LANGUAGE_MENU } from './pk.mjs';

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => server?.close());

const SHOTS = path.join('test-output', 'languages');
const PHONE = { width: 360, height: 740 };

async function open() {
  const browser = await launch({ viewport: PHONE });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const page = browser.context.pages()[0] || (await browser.context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url);
  await new Widget(page, 'sv').expectStep(0);
  return { browser, page, errors };
}

const files = {};
// Her comment on question 1 in the Arabic preparation: "I need help understanding my medicines."
const HER_COMMENT = 'أحتاج إلى مساعدة في فهم أدويتي';

for (const tag of ['ar', 'fi']) {
  const { name } = CONTENT.languages[tag];
  const dir = tag === 'ar' ? 'rtl' : 'ltr';
  test(`a preparation in ${name} at 360 px: axe-clean, lang="${tag}" dir="${dir}" on the widget's root, no sideways scroll at 320 px`, async () => {
    const { browser, page, errors } = await open();
    try {
      // The menu: every language by its own name, each in its own lang and dir.
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
      await chooseLanguage(page, tag);
      const w = new Widget(page, tag);
      await w.expectStep(0);
      const root = page.locator('.pk-root');
      const shots = [];
      const check = async (step) => {
        assert.equal(await root.getAttribute('lang'), tag, `${step}: lang on the root`);
        assert.equal(await root.getAttribute('dir'), dir, `${step}: dir on the root`);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv', `${step}: the host page's lang untouched`);
        assert.deepEqual(await w.axe(), [], `axe on ${step}`);
        assert.equal(await w.overflowAt(320), 0, `${step} scrolls sideways at 320 px`);
        if (tag === 'ar' && step.endsWith('1-what-matters')) {
          // Her own words take the direction of what she typed (here Swedish, left to right).
          assert.equal(await w.field(w.t.ownWords).getAttribute('dir'), 'auto');
          assert.equal(await w.field(w.t.ownWords).evaluate((e) => getComputedStyle(e).direction), 'ltr');
        }
        if (tag === 'ar' && step.endsWith('1-what-matters-3')) {
          // The personnummer is typed left to right; her own words follow the page.
          const pnr = page.locator('#pk-personal-number');
          assert.equal(await pnr.getAttribute('dir'), 'ltr');
          assert.equal(await pnr.evaluate((e) => getComputedStyle(e).direction), 'ltr');
          // The hint's example personnummer is isolated left to right (U+2066 … U+2069).
          assert.ok((await page.locator('#pk-personal-number-hint').textContent()).includes('\u206619121212-1212\u2069'));
        }
        if (tag === 'ar' && step.endsWith('6-questions')) {
          // Her comment on question 1, in Arabic, as she types it.
          const first = page.locator('.pk-question').first();
          await first.locator('button[id$="-comment-add"]').click();
          await first.locator('[id$="-comment"]').fill(HER_COMMENT);
        }
        if (tag === 'ar') {
          fs.mkdirSync(SHOTS, { recursive: true });
          const file = path.join(SHOTS, `${step}-360.png`);
          await page.screenshot({ path: file, fullPage: true });
          shots.push(file);
        }
      };
      const s = await walk(w, 'prepare', `lang-${tag}`, check);
      if (tag === 'ar') {
        // Numbers, dates and times read left to right inside the right-to-left page (the
        // answers unfolded).
        await w.answers();
        const isolated = await root.locator('bdi[dir="ltr"]').allInnerTexts();
        assert.ok(isolated.includes(s.personalNumber), `the personnummer isolated: ${isolated}`);
        const text = await root.textContent();
        assert.ok(text.includes(`\u2066${s.date}\u00a0${s.time}\u2069`), 'the date and time as one run, on one line');
        console.log(`screenshots: ${shots.join(' ')}`);
      }
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-download-json').click()]);
      const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
      assert.equal(json.language, tag, 'the file says the language on screen');
      assert.equal(json.written_in, tag, 'and the language she filled it in');
      assert.equal(json.what_matters.own_words, s.ownWords);
      files[tag] = path.join('test-output', `languages-${tag}.json`);
      fs.writeFileSync(files[tag], JSON.stringify(json));
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
