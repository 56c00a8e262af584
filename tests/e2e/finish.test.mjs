// The clinician and the host (issue 29, points 8–12): her preparation opened from the start page
// without choosing a mode ends in a consultation after one question; the consultation finishes
// beside the kvitto (who agreed and the journal exports before the parts' details, one row for the
// questions not yet answered); locked means locked (no "Ändra" once agreed); one FHIR button; the
// host decides the mode (the region demo shows no mode chooser, no follow-up, one h1 and the privacy
// sentence once); two widgets on one page, each under the host's headings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { agreeAllJa, openStart, Widget } from './pk.mjs';

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => server?.close());

/** Whether `a` comes before `b` in the document (both present once). */
function before_(page, a, b) {
  return page.evaluate(
    ([a, b]) => !!(document.querySelector(a).compareDocumentPosition(document.querySelector(b)) & Node.DOCUMENT_POSITION_FOLLOWING),
    [a, b],
  );
}

test('her preparation opened without choosing a mode: one question, then the consultation, finished beside the kvitto, locked once agreed', async () => {
  const { browser, page, w, errors } = await openStart(server.url, { viewport: { width: 1280, height: 900 } });
  try {
    const t = w.t;
    let clicks = 0;
    await page.exposeFunction('pkClick', () => clicks++);
    await page.evaluate(() => document.addEventListener('click', () => window.pkClick(), true));
    // "Förbered besöket" is preselected; the clinician opens her file straight away.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), w.button('Öppna en sparad fil').click()]);
    await chooser.setFiles('tests/fixtures/v2/prepared.json');
    const question = page.getByRole('group', { name: 'Filen är patientens förberedelse inför besöket. Hur vill du fortsätta?' });
    await question.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'pk-open-as', 'the question takes focus');
    await question.getByRole('button', { name: 'Fortsätt som vårdmöte' }).click();
    await w.expectStep(7);
    // A consultation: "Överenskommet av" and the journal are there.
    await page.locator('#pk-agreed-by-title').waitFor();
    await page.locator('#pk-journal-title').waitFor();
    // The gap view: the questions not yet answered after going through them are one row.
    const kvitto = page.locator('#pk-kvitto');
    const rows = await kvitto.locator('li').allInnerTexts();
    const questionRows = rows.filter((r) => /fråga|frågorna/.test(r));
    assert.equal(questionRows.length, 1, rows.join('\n'));
    assert.ok(questionRows[0].startsWith('De sju frågorna efter genomgången: 0 av 7 Ja, 7 utan svar'), questionRows[0]);
    // The agreement block and the exports right after the kvitto, the parts' details below.
    assert.ok(await before_(page, '#pk-kvitto', '#pk-agreed-by-title'));
    assert.ok(await before_(page, '#pk-agreed-by-title', '#pk-journal-title'));
    assert.ok(await before_(page, '#pk-journal-title', '#pk-exports-title'));
    assert.ok(await before_(page, '#pk-exports-title', '#pk-details-title'));
    assert.ok(await before_(page, '#pk-details-title', '#pk-summary-what-matters'));
    // One FHIR button, the bundle (the host configured nothing else).
    assert.equal(await page.getByRole('button', { name: /FHIR/ }).count(), 1);
    // The parts' details folded under it, every "Ändra" in them.
    assert.equal(await page.locator('#pk-answers').evaluate((d) => d.open), false, 'the details folded');
    await w.answers();
    assert.ok((await page.getByRole('button', { name: /^Ändra / }).count()) > 0, 'a draft can be changed');
    // The answers after going through them, then mark it agreed.
    await page.locator('#pk-summary-questions').waitFor();
    await agreeAllJa(w);
    // Locked means locked: no "Ändra" or "Fyll i", and the lead says how to change it.
    await w.answers();
    assert.equal(await page.getByRole('button', { name: /^Ändra (?!överenskommelsen)/ }).count(), 0);
    assert.equal(await w.button('Ändra överenskommelsen').count(), 1);
    assert.equal(await page.getByRole('button', { name: /^Fyll i/ }).count(), 0);
    // Just marked, the notice says how to change it (the lead, saying the same, waits below it).
    assert.equal(await page.locator('.pk-lead').count(), 0, 'said once');
    assert.ok((await page.locator('#pk-notice').innerText()).includes('Ändra överenskommelsen'));
    await page.locator('#pk-notice').getByRole('button', { name: 'Stäng' }).click();
    const lead = await page.locator('.pk-lead').innerText();
    assert.ok(!lead.includes('Välj ”Ändra” för att rätta något'), lead);
    assert.ok(lead.includes('Ändra överenskommelsen'), lead);
    // "Ändra överenskommelsen" brings the links back.
    await w.button('Ändra överenskommelsen').click();
    await page.getByRole('button', { name: /^Ändra 1\. / }).first().waitFor();
    console.log(`clicks in a consultation continued from a preparation, file to agreed: ${clicks}`);
    assert.deepEqual(await w.axe(), [], 'axe: the consultation summary');
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('"Fortsätt förbereda" keeps her preparation; a mode chosen first opens without a question', async () => {
  const { browser, page, w } = await openStart(server.url);
  try {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), w.button('Öppna en sparad fil').click()]);
    await chooser.setFiles('tests/fixtures/v2/prepared.json');
    await page.getByRole('button', { name: 'Fortsätt förbereda' }).click();
    await w.expectStep(7);
    assert.equal(await page.locator('#pk-journal-title').count(), 0, 'a preparation has no journal');
    assert.equal(await page.getByRole('heading', { name: 'Inför besöket' }).count(), 1);
  } finally {
    await browser.context.close();
  }
  const second = await openStart(server.url);
  try {
    const { page, w } = second;
    await w.radio(w.t.modeLegend, w.t.consultation);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), w.button('Öppna en sparad fil').click()]);
    await chooser.setFiles('tests/fixtures/v2/prepared.json');
    await w.expectStep(7);
    assert.equal(await page.getByRole('button', { name: 'Fortsätt som vårdmöte' }).count(), 0, 'no question');
    await page.locator('#pk-journal-title').waitFor();
  } finally {
    await second.browser.context.close();
  }
});

test('the host decides: the region demo has no mode chooser and no follow-up, one h1, the widget under it, the privacy sentence once', async () => {
  const browser = await launch({ viewport: { width: 360, height: 740 } });
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    await page.goto(server.url + 'demos/region.html');
    const el = page.locator('patient-kontrakt');
    await el.getByRole('button', { name: 'Börja' }).waitFor();
    assert.equal(await el.getByRole('radio').count(), 0, 'no mode chooser');
    assert.equal(await page.getByText('Uppföljning för verksamheten').count(), 0, 'no follow-up for a patient');
    assert.equal(await page.locator('h1').count(), 1, "the host's h1 only");
    assert.equal(await el.locator('h2#pk-heading').count(), 1, "the widget's page heading is an h2 under it");
    assert.equal(await page.getByText(/stannar på (den här mobilen|din enhet)/).count(), 1, 'the privacy sentence once');
    assert.deepEqual(await new Widget(page, 'sv').axe(), [], 'axe: the region page');
    // Its steps keep the levels: the step's title h2, its sections h3.
    await el.getByRole('button', { name: 'Börja' }).click();
    await el.locator('h2#pk-heading').filter({ hasText: 'Vad är viktigt för dig?' }).waitFor();
    assert.equal(await page.locator('h1').count(), 1);
    assert.ok((await el.locator('h3').count()) > 0);
    assert.equal(await el.locator('h1, h2:not(#pk-heading)').count(), 0);
  } finally {
    await browser.context.close();
  }
});

test('two widgets on one page: each with its own draft, ids and name, under the host headings, axe-clean', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    await page.goto(server.url + 'demos/two-widgets.html');
    const [heart, diabetes] = [page.locator('patient-kontrakt').nth(0), page.locator('patient-kontrakt').nth(1)];
    await heart.locator('h3#pk-heading').waitFor();
    await diabetes.locator('h3#pk2-heading').waitFor();
    assert.equal(await page.getByRole('radio').count(), 0, 'the page set the mode');
    await heart.getByRole('button', { name: 'Börja' }).click();
    await page.locator('#pk-own-words').fill('Hjärtat: orka gå till affären');
    await diabetes.getByRole('button', { name: 'Börja' }).click();
    await page.locator('#pk2-own-words').fill('Diabetes: jämnare blodsocker');
    // Each form is named by its heading and its label.
    await page.getByRole('form', { name: /Hjärtmottagningen/ }).waitFor();
    await page.getByRole('form', { name: /Diabetesmottagningen/ }).waitFor();
    assert.deepEqual(await new Widget(page, 'sv').axe(), [], 'axe: two widgets');
    // Each keeps its own draft.
    await page.waitForTimeout(700);
    await page.reload();
    await page.locator('#pk-continue').click();
    await page.locator('#pk2-continue').click();
    await page.locator('#pk-own-words').waitFor();
    assert.equal(await page.locator('#pk-own-words').inputValue(), 'Hjärtat: orka gå till affären');
    assert.equal(await page.locator('#pk2-own-words').inputValue(), 'Diabetes: jämnare blodsocker');
  } finally {
    await browser.context.close();
  }
});

test('"Ändra" lands on the field it names, focused and in view; a step change keeps "Tillbaka" and "Steg N av 7" in view on a phone', async () => {
  const { browser, page, w, errors } = await openStart(server.url, { viewport: { width: 360, height: 740 } });
  try {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), w.button('Öppna en sparad fil').click()]);
    await chooser.setFiles('tests/fixtures/v2/prepared.json');
    await page.getByRole('button', { name: 'Fortsätt förbereda' }).click();
    await w.expectStep(7);
    await w.answers();
    const changes = page.getByRole('button', { name: /^Ändra / });
    const n = await changes.count();
    assert.ok(n >= 8, `${n} Ändra links`);
    for (let i = 0; i < n; i++) {
      const button = changes.nth(i);
      // Its name (aria-label, "Ändra {name}"), less the word on screen.
      assert.equal((await button.innerText()).trim(), 'Ändra');
      const named = ((await button.getAttribute('aria-label')) ?? '').replace(/^Ändra\s*/, '').trim();
      assert.ok(named.length > 0, 'named by its row');
      await button.click();
      await page.waitForFunction(() => document.activeElement && document.activeElement.id !== 'pk-heading' && /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName), null, { timeout: 5000 })
        .catch(() => {});
      const focused = await page.evaluate(() => {
        const e = document.activeElement;
        const r = e.getBoundingClientRect();
        const label = e.labels?.[0]?.textContent || e.closest('fieldset')?.querySelector('legend')?.textContent || '';
        return { tag: e.tagName, id: e.id, top: r.top, bottom: r.bottom, label: label.trim() };
      });
      assert.match(focused.tag, /^(INPUT|TEXTAREA|SELECT)$/, `"Ändra ${named}" focused ${focused.tag}#${focused.id}`);
      assert.ok(focused.top >= 0 && focused.bottom <= 740, `"Ändra ${named}": ${focused.id} in view (${focused.top}–${focused.bottom})`);
      await w.continue();
      await w.expectStep(7);
    }
    // A change of step or page: "Tillbaka" and "Steg N av 7, sida P av Q" in view, the heading
    // focused, every page back to the first.
    await w.back();
    await w.expectStep(6);
    let pages = 0;
    for (let at = await w.where(); at.step > 1 || at.page > 1; at = await w.where()) {
      await w.back();
      const now = await w.where();
      const where = await page.evaluate(() => ['pk-back', 'pk-step-of', 'pk-heading'].map((id) => {
        const r = document.getElementById(id).getBoundingClientRect();
        return [id, r.top, r.bottom];
      }));
      // (Within a pixel: scrolling to the back link may leave it a fraction of a pixel above.)
      for (const [id, top, bottom] of where) assert.ok(top >= -1 && bottom <= 740, `step ${now.step} page ${now.page}: ${id} in view (${top}–${bottom})`);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-heading');
      pages++;
    }
    assert.ok(pages >= 10, `${pages} pages back`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('dates and times read the same in an en-US and an sv-SE browser: typed as text, the format in the hint, an error for what is not one', async () => {
  const seen = [];
  for (const locale of ['en-US', 'sv-SE']) {
    const browser = await launch({ viewport: { width: 360, height: 740 }, locale });
    try {
      const page = browser.context.pages()[0] || (await browser.context.newPage());
      await page.goto(server.url);
      const w = new Widget(page, 'sv');
      await w.expectStep(0);
      await w.button(w.t.begin).click();
      for (let i = 1; i <= 4; i++) await w.continue();
      await w.expectStep(5);
      const date = page.locator('#pk-prepared-date');
      const time = page.locator('#pk-prepared-time');
      assert.equal(await date.getAttribute('type'), 'text', locale);
      assert.equal(await time.getAttribute('type'), 'text', locale);
      // Not a date: her text stays, "Fortsätt" says what is wrong and where.
      await date.fill('1 mars');
      await w.continue();
      await page.locator('.pk-error-summary').getByRole('link', { name: /Skriv ett datum som finns/ }).waitFor();
      assert.equal(await date.inputValue(), '1 mars');
      // Written her way: kept as she wrote it on screen, held as ISO 8601.
      await date.fill('2027-3-1');
      await time.fill('14.30');
      const shown = {
        date: await date.inputValue(),
        time: await time.inputValue(),
        hint: await page.locator('#pk-prepared-date-hint').innerText(),
        timeHint: await page.locator('#pk-prepared-time-hint').innerText(),
        png: (await page.locator('#pk-prepared-date').screenshot()).toString('base64'),
      };
      seen.push(shown);
      await w.continue();
      await w.expectStep(6);
      await w.continue();
      await w.expectStep(7);
      // The saved draft holds the date and time as ISO 8601.
      const saved = await page.waitForFunction(() => {
        const d = JSON.parse(localStorage.getItem('patientkontrakt/v2/draft') || 'null');
        return d?.schedule?.prepared_time?.date && d.schedule.prepared_time;
      });
      const prepared = await saved.jsonValue();
      assert.equal(prepared.date, '2027-03-01', locale);
      assert.equal(prepared.time, '14:30', locale);
    } finally {
      await browser.context.close();
    }
  }
  assert.deepEqual(seen[0], seen[1], 'the same on screen, pixel for pixel, whatever the browser language');
  assert.equal(seen[0].date, '2027-3-1');
});
