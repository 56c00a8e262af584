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
import { openStart, Widget } from './pk.mjs';

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
    assert.ok((await page.getByRole('button', { name: /^Ändra / }).count()) > 0, 'a draft can be changed');
    // The answers after going through them, then mark it agreed.
    await page.locator('#pk-summary-questions').waitFor();
    await page.getByRole('button', { name: /^Ändra 1\. / }).first().click();
    await w.expectStep(6);
    const patient = page.getByRole('group', { name: new RegExp(`^${t.patientSide}: `) });
    for (let i = 0; i < 7; i++) await patient.nth(i).getByRole('radio', { name: 'Ja', exact: true }).check();
    await w.continue();
    await w.expectStep(7);
    await w.field(t.agreedPatient).fill('Anna Andersson');
    await w.field(t.agreedProfessional).fill('Karin Berg');
    await page.locator('#pk-agreed-date').fill('2026-11-22');
    await w.button(t.markAgreed).click();
    await page.locator('#pk-status').filter({ hasText: t.agreed }).waitFor();
    // Locked means locked: no "Ändra" or "Fyll i", and the lead says how to change it.
    assert.equal(await page.getByRole('button', { name: /^Ändra (?!överenskommelsen)/ }).count(), 0);
    assert.equal(await w.button('Ändra överenskommelsen').count(), 1);
    assert.equal(await page.getByRole('button', { name: /^Fyll i/ }).count(), 0);
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
