// What each person sees (the patient on a 360 px phone, the clinician on a desktop): textareas
// that grow, one language switcher, notices that go with their page, no ring on a heading the
// app focused, the contact list gone after "Nej", row errors that say which row in page order,
// the printout of a preparation, and the agreement step prefilled, confirmed and shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { openStart, LANGUAGE_MENU } from './pk.mjs';

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => {
  await server?.close();
});

const open = (viewport) => openStart(server.url, { viewport });

const LONG = 'Jag vill orka gå på promenader med hunden varje morgon och hinna vila innan kören på torsdagar, och jag vill förstå vad provsvaren betyder.';

test('the patient on a phone: growing textareas, one language switcher, short notices, no ring on headings', async () => {
  const { browser, page, w } = await open({ width: 360, height: 740 });
  try {
    const t = w.t;
    // The app has taken over from the static start page (its root has dir; the static one not).
    await page.locator('.pk-root[dir]').getByRole('button', { name: LANGUAGE_MENU }).waitFor();
    await page.locator('form[data-pk-static]').waitFor({ state: 'detached' });
    assert.equal(await page.getByRole('group', { name: 'Språk' }).count(), 0, 'one language switcher: the header menu');
    assert.equal(await page.getByRole('button', { name: LANGUAGE_MENU }).count(), 1);
    await w.button(t.begin).click();
    await w.expectStep(1);
    // The heading took focus for screen readers, without a yellow ring.
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-heading');
    assert.equal(await page.locator('#pk-heading').evaluate((e) => getComputedStyle(e).outlineStyle), 'none');
    await w.field(t.ownWords).fill(LONG);
    await w.addRow(t.addGoal, t.goalRow, [[t.goal, LONG]]);
    await w.continue();
    await w.expectStep(2);
    await w.addRow(t.addSelfCare, t.selfCareRowPrepare, [[t.selfCareText, LONG]]);
    await w.nextPage();
    await w.addRow(t.addWarning, t.warningRow, [[t.warningText, LONG], [t.warningWho, LONG]]);
    await w.nextPage();
    await w.addRow(t.addCareWish, t.careWishRow, [[t.careWishText, LONG]]);
    // No free-text field hides what she typed at 320 px.
    await page.setViewportSize({ width: 320, height: 740 });
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('.pk-root textarea')].filter((e) => e.scrollHeight > e.clientHeight + 2).map((e) => e.id),
    );
    assert.deepEqual(clipped, [], 'textareas grow with the text');
    assert.equal(await page.locator('#pk-care-wishes-0-text').evaluate((e) => e.tagName), 'TEXTAREA');
    // A contact list only when she has a fast vårdkontakt or wants one; "Nej": none to fill in.
    await w.continue();
    await w.continue();
    await w.expectStep(4);
    assert.equal(await w.button(t.addWishedContact).count(), 0);
    await w.radio(t.fixedHasLegend, t.no);
    await w.radio(t.fixedWantedLegend, t.yes);
    assert.equal(await w.button(t.addWishedContact).count(), 1);
    await w.radio(t.fixedWantedLegend, t.no);
    assert.equal(await w.button(t.addWishedContact).count(), 0);
    await w.radio(t.fixedWantedLegend, t.yes);
    assert.equal(await w.button(t.addWishedContact).count(), 1);
  } finally {
    await browser.context.close();
  }
});

test('a notice goes with its page; errors in rows say which row, in page order', async () => {
  const { browser, page, w } = await open({ width: 1280, height: 900 });
  try {
    const t = w.t;
    await w.radio(t.modeLegend, t.consultation);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), w.button('Öppna en sparad fil').click()]);
    await chooser.setFiles('tests/fixtures/v1/prepared.json');
    await w.expectStep(7);
    await page.locator('#pk-notice').filter({ hasText: 'Filen är öppnad' }).waitFor();
    await w.answers();
    await page.getByRole('button', { name: `${t.change} ${t.ownWords}` }).click();
    await w.expectStep(1);
    assert.equal(await page.locator('#pk-notice').count(), 0, '"Filen är öppnad" stays on the summary');
    // Two empty rows, in the order on the page.
    await w.button(t.addGoal).click();
    await w.button(t.addGoal).click();
    await w.continue();
    const errors = await page.locator('.pk-error-summary__list li').allInnerTexts();
    assert.deepEqual(errors, ['Mål 2: Fyll i raden eller ta bort den', 'Mål 3: Fyll i raden eller ta bort den']);
  } finally {
    await browser.context.close();
  }
});

test('the clinician: the agreement step prefilled, confirmed, shown wide, the note visible before copying', async () => {
  const { browser, page, w } = await open({ width: 1280, height: 900 });
  try {
    const t = w.t;
    await w.radio(t.modeLegend, t.consultation);
    await w.button(t.begin).click();
    await w.expectStep(1);
    await (await w.reach(t.name, w.group(t.aboutYou))).fill('Anna Andersson');
    for (let i = 1; i <= 5; i++) await w.continue();
    await w.expectStep(6);
    assert.ok((await page.locator('.pk-root').evaluate((e) => e.getBoundingClientRect().width)) > 900, 'the questions use the width');
    await w.continue();
    await w.expectStep(7);
    // What is known is filled in: the name from step 1, today's date.
    assert.equal(await w.field(t.agreedPatient).inputValue(), 'Anna Andersson');
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    assert.equal(await page.locator('#pk-agreed-date').inputValue(), today);
    // The journal note can be read before it is copied.
    const note = await page.getByLabel('Journalanteckning', { exact: true }).inputValue();
    assert.ok(note.startsWith('Patientkontrakt\nStatus: Utkast'));
    // One primary button: marking as agreed.
    const primaries = await page.locator('.pk-screen-only button.pk-button:not(.pk-button--secondary):not(.pk-button--warning)').allInnerTexts();
    assert.deepEqual(primaries, [t.markAgreed]);
    await w.field(t.agreedProfessional).fill('Karin Berg');
    await w.button(t.markAgreed).click();
    await page.locator('#pk-notice').filter({ hasText: 'markerad som överenskommen' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-notice', 'the confirmation is in view');
    assert.ok((await page.getByLabel('Journalanteckning', { exact: true }).inputValue()).startsWith('Patientkontrakt\nStatus: Överenskommet'));
  } finally {
    await browser.context.close();
  }
});

test('the preparation printout: in her own voice, each question once with her comment, her time as hers, her närstående', async () => {
  const { browser, page, w } = await open({ width: 1280, height: 900 });
  try {
    const t = w.t;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), w.button('Öppna en sparad fil').click()]);
    await chooser.setFiles('tests/fixtures/v1/prepared.json');
    // Nobody chose a mode: she goes on preparing.
    await w.button('Fortsätt förbereda').click();
    await w.expectStep(7);
    await page.emulateMedia({ media: 'print' });
    const print = await page.locator('.pk-print').innerText();
    await page.emulateMedia({ media: 'screen' });
    assert.match(print, /^Inför mitt besök/);
    // Each question once, with her answer and her comment, not run together.
    const q3 = 'Har du enkla sätt att ta kontakt med vården?';
    assert.equal(print.split(q3).length - 1, 1, 'question 3 printed once');
    assert.match(print, /3\. Har du enkla sätt att ta kontakt med vården\?\s+Mitt svar före besöket: Nej – Svårt att komma fram på telefon/);
    assert.ok(print.includes('Mitt svar före besöket: Vet inte'), print);
    // Her need of coordination is printed; her time is hers, in her voice.
    assert.ok(print.includes('Jag behöver hjälp med samordning.'), print);
    assert.ok(!print.includes('samordning: Ja'), 'one sentence, not a label and an answer');
    assert.ok(print.includes('Min nästa tid: 2027-02-15 09:30. Besök på mottagningen. Vården tar kontakt'), print);
    assert.ok(!/bokad/i.test(print), 'a date from an older file is not called booked');
    assert.ok(!print.includes('Överenskommen tid'), 'a prepared time is never agreed');
    assert.ok(print.includes('Bertil Andersson'), 'her närstående');
    assert.ok(!print.includes('?:'), 'statement labels, no "?:"');
    // Her actions first: save (the one primary button) and print, right after the self-check.
    const order = await page.locator('#pk-self-check, #pk-exports-title, .pk-summary-card h2').evaluateAll((els) => els.map((e) => e.id));
    assert.deepEqual(order.slice(0, 2), ['pk-self-check', 'pk-exports-title']);
    assert.equal(await page.locator('#pk-download-json').innerText(), 'Spara en fil att ta med');
  } finally {
    await browser.context.close();
  }
});

test('short pages: a comment box opens on "Lägg till en kommentar"; the date hint gives the format it asks for', async () => {
  const { browser, page, w } = await open({ width: 360, height: 740 });
  try {
    const t = w.t;
    await w.button(t.begin).click();
    for (let i = 1; i <= 4; i++) await w.continue();
    await w.expectStep(5);
    // One text field with the format in the hint (GOV.UK's pattern), not the browser's own.
    const hint = await page.locator('#pk-prepared-date-hint').innerText();
    assert.match(hint, /2027-03-01/, hint);
    assert.equal(await page.locator('#pk-prepared-date').getAttribute('type'), 'text');
    await w.continue();
    await w.expectStep(6);
    // Four questions on the first page, no open comment box: one button each, saying which
    // question it is for.
    assert.equal(await page.locator('.pk-root textarea').count(), 0);
    const adds = page.getByRole('button', { name: new RegExp(`^${t.addComment} \\(`) });
    assert.equal(await adds.count(), 4);
    assert.equal(await adds.nth(2).locator('.pk-visually-hidden').textContent(), ' (Fråga 3)', 'said to screen readers only');
    await page.getByRole('button', { name: `${t.addComment} (Fråga 3)` }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-answer-before-3-comment', 'focus moves into the box');
    await page.keyboard.type('Svårt att komma fram på telefon');
    assert.equal(await page.locator('.pk-root textarea').count(), 1);
    await w.continue();
    await w.expectStep(7);
    await w.answers();
    assert.ok((await w.root().innerText()).includes('Svårt att komma fram på telefon'));
    // Back on the page, the comment is there without a click.
    await page.getByRole('button', { name: /^Ändra 3\. / }).click();
    await w.expectStep(6);
    assert.equal(await page.locator('#pk-answer-before-3-comment').inputValue(), 'Svårt att komma fram på telefon');
  } finally {
    await browser.context.close();
  }
});
