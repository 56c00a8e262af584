// Say only what is true, end to end: a patient prepares at home, the file is opened in the
// consultation, one wish is accepted and one left, the answers before and after differ, and at
// each point the summary, the print view, the journal note and the FHIR bundle say exactly what
// is true: never "på plats" before the agreement is marked agreed and the patient's answers
// after it are all Ja; a wish is never "Vårdens åtagande" unless accepted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { Widget } from './pk.mjs';

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => {
  await server?.close();
});

const WISH_ACCEPTED = 'Hjälp att förstå mina provsvar';
const WISH_LEFT = 'Ett samtal efter varje ändring av medicinen';

async function open(options = {}) {
  const browser = await launch(options);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const page = browser.context.pages()[0] || (await browser.context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  const w = new Widget(page, 'sv');
  await w.expectStep(0);
  return { browser, page, w, errors };
}

/** The print view's text, as the printer gets it. */
async function printed(w) {
  await w.page.emulateMedia({ media: 'print' });
  const text = await w.page.locator('.pk-print').innerText();
  const title = await w.page.locator('.pk-print h1').textContent();
  await w.page.emulateMedia({ media: 'screen' });
  return { title, text };
}

async function journalNote(w) {
  await w.button('Kopiera journalanteckning').click();
  await w.page.getByRole('status').filter({ hasText: 'Journalanteckningen är kopierad.' }).waitFor();
  const note = await w.page.evaluate(() => navigator.clipboard.readText());
  return note;
}

async function download(w, name) {
  const [d] = await Promise.all([w.page.waitForEvent('download'), w.button(name).click()]);
  return fs.readFileSync(await d.path(), 'utf8');
}

function keyword(note, k) {
  const start = note.indexOf(`\n${k}:\n`);
  assert.ok(start >= 0, `${k} in the note`);
  const rest = note.slice(start + k.length + 3);
  return rest.slice(0, rest.indexOf('\n\n') < 0 ? undefined : rest.indexOf('\n\n'));
}

test('a preparation opened in the consultation: wishes, answers before and after, and the kvitto', async () => {
  const t = new Widget(null, 'sv').t;
  let file;

  // 1. At home: the patient prepares alone.
  const home = await open();
  try {
    const { w } = home;
    await w.radio(t.modeLegend, t.prepare);
    await w.button(t.begin).click();
    await w.expectStep(1);
    await w.field(t.ownWords).fill('Att orka gå till kören.');
    await w.continue();
    await w.expectStep(2);
    await w.addRow(t.addSelfCare, t.selfCareRow, [[t.selfCareText, 'Väger mig varje morgon']]);
    await w.addRow(t.addCareWish, t.careWishRow, [[t.careWishText, WISH_ACCEPTED]]);
    await w.button(t.addCareWish).click();
    await w.field(t.careWishText, w.group(t.careWishRow.replace('1', '2'))).fill(WISH_LEFT);
    assert.equal(await w.button(t.addCareAction).count(), 0, 'preparing, the patient does not write what care does');
    for (let i = 2; i <= 3; i++) await w.continue();
    await w.expectStep(4);
    await w.radio(t.fixedWantedLegend, t.yes);
    await w.continue();
    await w.continue();
    await w.expectStep(6);
    const groups = w.page.getByRole('group', { name: /\?$/ });
    assert.equal(await groups.count(), 7);
    const before = ['Ja', 'Ja', 'Nej', 'Vet inte', 'Ja', 'Ja', 'Ja'];
    for (let i = 0; i < 7; i++) await groups.nth(i).getByRole('radio', { name: before[i], exact: true }).check();
    await w.continue();
    await w.expectStep(7);

    // The end of a preparation: a self-check, never a kvitto, no journal section.
    await w.page.getByRole('heading', { name: t.selfCheck }).waitFor();
    assert.equal(await w.page.getByRole('heading', { name: t.inPlace }).count(), 0);
    assert.equal(await w.page.getByRole('heading', { name: t.notYet }).count(), 0);
    assert.equal(await w.page.getByRole('heading', { name: t.journalTitle }).count(), 0);
    const topics = await w.page.locator('#pk-visit-topics').innerText();
    assert.match(topics, /Har du enkla sätt att ta kontakt med vården\? \(Nej\)/);
    assert.match(topics, /Har du en fast vårdkontakt \(vid behov\)\? \(Vet inte\)/);
    assert.doesNotMatch(topics, /Vet du ditt nästa steg/);
    const print = await printed(w);
    assert.equal(print.title, t.printTitlePrepared, 'a preparation is not "Mitt patientkontrakt"');
    assert.ok(print.text.includes(t.printWishes) && print.text.includes(WISH_ACCEPTED) && print.text.includes(WISH_LEFT));
    assert.ok(!print.text.includes('Det här gör vården'));
    file = await download(w, 'Spara en fil att ta med');
    const json = JSON.parse(file);
    assert.equal(json.version, 2);
    assert.deepEqual(json.commitments.care_wishes.map((x) => x.text), [WISH_ACCEPTED, WISH_LEFT]);
    assert.deepEqual(json.commitments.care_actions, []);
    assert.equal(json.contacts.fixed_contact_wanted, 'yes');
    assert.equal(json.contacts.fixed_contact_needed, null);
    assert.deepEqual(json.answers.before.map((a) => a.value), ['yes', 'yes', 'no', 'dont_know', 'yes', 'yes', 'yes']);
    assert.ok(json.answers.patient.every((a) => a.value === null));
    assert.deepEqual(home.errors, []);
  } finally {
    await home.browser.context.close();
  }

  // 2. In the consultation: the file is opened, nothing retyped.
  fs.mkdirSync('test-output', { recursive: true });
  fs.writeFileSync('test-output/truth-preparation.json', file);
  const clinic = await open();
  try {
    const { w, page } = clinic;
    await w.radio(t.modeLegend, t.consultation);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), w.button('Öppna en sparad fil').click()]);
    await chooser.setFiles('test-output/truth-preparation.json');
    await w.expectStep(7);
    await page.getByRole('heading', { name: t.notYet }).waitFor();

    // Straight after opening: the wishes are wishes everywhere.
    let note = await journalNote(w);
    assert.equal(keyword(note, 'Vårdens åtagande'), 'Ej angivet');
    assert.ok(keyword(note, 'Patientens önskemål (ej överenskommet)').includes(WISH_ACCEPTED));
    assert.ok(keyword(note, 'Fast vårdkontakt').includes('Patientens önskemål före besöket, vill ha en fast vårdkontakt: Ja'));
    assert.ok(!note.includes('Patientkontraktet är på plats'));

    // Part 1: accept one wish, leave the other.
    await page.getByRole('button', { name: `${t.change} ${t.careWishesHeading}` }).click();
    await w.expectStep(2);
    await page.getByRole('heading', { name: t.careWishesHeading }).waitFor();
    assert.equal(await w.button(`${t.acceptWish} (Önskemål 1)`).count(), 1);
    await w.button(`${t.acceptWish} (Önskemål 1)`).click();
    assert.equal(await w.field(t.careActionText, w.group(t.careActionRow)).inputValue(), WISH_ACCEPTED);
    assert.equal(await page.locator('.pk-wishes__item').count(), 1);
    assert.ok((await page.locator('.pk-wishes').innerText()).includes(WISH_LEFT));
    await w.addRow(t.addWarning, t.warningRow, [[t.warningText, 'Andnöd'], [t.warningWho, '1177']]);
    // Opened from the summary, "Fortsätt" returns there (check-answers pattern).
    await w.continue();
    await w.expectStep(7);
    const change = (name) => page.getByRole('button', { name }).first().click();
    // Part 2: no other plans, no need of coordination: documented without fiction.
    // No plans were prepared: the part is one "Ej angivet" row with "Fyll i".
    await change(`${t.fillIn} ${t.titles[3]}`);
    await w.expectStep(3);
    await page.getByLabel('Jag har inga andra planer i vården eller omsorgen').check();
    await w.radio(t.coordinationLegend, t.no);
    await w.continue();
    await w.expectStep(7);
    // Part 3: the patient's wish is shown; the need is settled here.
    await change(`${t.change} ${t.fixedWantedLegend}`);
    await w.expectStep(4);
    assert.match(await page.locator('#pk-fixed-contact-wish').innerText(), /Ja$/);
    await w.radio(t.fixedLegend, t.yes);
    await w.addRow(t.addContact, t.contactRow, [[t.name, 'Karin Berg'], [t.role, 'sjuksköterska']]);
    await w.button(t.addRoute).click();
    await w.field(t.routeDetails, w.group(t.routeRow)).fill('010-123 45 00');
    await w.continue();
    await w.expectStep(7);
    await change(`${t.fillIn} ${t.titles[5]}`); // nothing prepared for part 4
    await w.expectStep(5);
    await w.field(t.nextStep).fill('Lämna blodprov.');
    await w.field(t.period).fill('inom tre månader');
    await w.radio(t.modeNextLegend, t.visit);
    await w.radio(t.initiatorLegend, t.care);
    await w.continue();
    await w.expectStep(7);
    // The questions: the answers before are shown, the patient answers again, care answers.
    await change(/^Ändra 1\. /);
    await w.expectStep(6);
    assert.equal(await page.locator('.pk-question__before').count(), 7);
    assert.match(await page.locator('.pk-question__before').nth(2).innerText(), /före besöket: Nej/);
    const patient = page.getByRole('group', { name: new RegExp(`^${t.patientSide}: `) });
    const care = page.getByRole('group', { name: new RegExp(`^${t.professionalSide}: `) });
    for (let i = 0; i < 7; i++) {
      await patient.nth(i).getByRole('radio', { name: 'Ja', exact: true }).check();
      await care.nth(i).getByRole('radio', { name: i === 2 ? 'Nej' : 'Ja', exact: true }).check();
    }
    await w.continue();
    await w.expectStep(7);

    // Everything documented and all Ja after, but not marked agreed: not "på plats".
    await page.getByRole('heading', { name: t.notYet }).waitFor();
    assert.equal(await page.getByRole('heading', { name: t.inPlace }).count(), 0);
    assert.ok((await page.locator('#pk-kvitto').innerText()).includes(t.gapNotAgreed));
    const summary = await w.root().innerText();
    assert.ok(summary.includes(`${t.beforeVisit}: Nej`), 'the summary shows the answer before');
    note = await journalNote(w);
    assert.ok(note.includes('Status: Utkast, inte markerat som överenskommet'));
    assert.ok(note.includes('Patientkontraktet är inte på plats: det är inte markerat som överenskommet.'));
    assert.equal(keyword(note, 'Vårdens åtagande'), `- ${WISH_ACCEPTED}`);
    assert.equal(keyword(note, 'Patientens önskemål (ej överenskommet)'), `- ${WISH_LEFT}`);
    assert.ok(note.includes('3. Enkla kontaktvägar: patienten Ja (före besöket Nej), vården Nej'));
    assert.ok(keyword(note, 'Sammanhållen planering').includes('Inga andra planer i vården eller omsorgen'));
    let fhir = JSON.parse(await download(w, 'Ladda ner för journalsystem (FHIR)'));
    let plan = fhir.entry[0].resource;
    assert.equal(plan.status, 'draft');
    const careActs = plan.activity.filter((a) => a.detail?.code?.text === 'Vårdens åtagande').map((a) => a.detail.description);
    assert.deepEqual(careActs, [WISH_ACCEPTED]);
    assert.ok(plan.note.some((n) => n.text.includes(WISH_LEFT) && n.text.includes('inte överenskommet')));
    assert.deepEqual(plan.supportingInfo.filter((r) => r.display).map((r) => r.display), [
      'Patientens svar efter genomgången av överenskommelsen',
      'Vårdens svar (vårdgivarens version av frågorna)',
      'Patientens svar före besöket',
    ]);
    let print = await printed(w);
    assert.equal(print.title, 'Utkast till mitt patientkontrakt');

    // Marked agreed: now, and only now, "på plats".
    await w.field(t.agreedPatient).fill('Anna Andersson');
    await w.field(t.agreedProfessional).fill('Karin Berg');
    await page.locator('#pk-agreed-date').fill('2026-11-22');
    await w.button(t.markAgreed).click();
    await page.getByRole('heading', { name: t.inPlace }).waitFor();
    // Confirmed in view: the notice saying so takes focus.
    await page.locator('#pk-notice').filter({ hasText: 'Överenskommelsen är markerad som överenskommen' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-notice');
    note = await journalNote(w);
    assert.ok(note.includes('Patientkontraktet är på plats.'));
    assert.ok(note.startsWith('Patientkontrakt\nStatus: Överenskommet 2026-11-22 (Anna Andersson, Karin Berg)'));
    assert.equal(keyword(note, 'Patientens önskemål (ej överenskommet)'), `- ${WISH_LEFT}`, 'a wish left is still a wish');
    fhir = JSON.parse(await download(w, 'Ladda ner för journalsystem (FHIR)'));
    plan = fhir.entry[0].resource;
    assert.equal(plan.status, 'active');
    print = await printed(w);
    assert.equal(print.title, t.printTitle);
    assert.ok(print.text.includes(WISH_LEFT) && print.text.includes(t.printWishes));
    assert.match(print.text, /3\. Har du enkla sätt att ta kontakt med vården\? före besöket Nej, efter genomgången Ja/);

    // Agreed means agreed: the steps show it read-only, nothing silently becomes a draft.
    await change(`${t.change} ${t.nextStep}`);
    await w.expectStep(5);
    await page.locator('#pk-locked').waitFor();
    assert.notEqual(await w.field(t.nextStep).getAttribute('readonly'), null);
    await w.field(t.nextStep).press('End');
    await page.keyboard.type(' i morgon');
    assert.equal(await w.field(t.nextStep).inputValue(), 'Lämna blodprov.');
    await w.continue();
    await w.expectStep(7);
    await page.getByRole('heading', { name: t.inPlace }).waitFor();
    // "Ändra överenskommelsen" is the explicit choice, and says it makes a draft.
    assert.match(await page.locator('#pk-reopen-hint').innerText(), /blir den ett utkast igen/);
    await page.locator('#pk-mark').click();
    await page.getByRole('heading', { name: t.notYet }).waitFor();
    await change(`${t.change} ${t.nextStep}`);
    await w.field(t.nextStep).fill('Lämna blodprov i morgon.');
    await w.continue();
    await w.expectStep(7);
    await page.getByRole('heading', { name: t.notYet }).waitFor();
    assert.ok((await journalNote(w)).includes('Status: Utkast'));
    assert.deepEqual(clinic.errors, []);
    assert.deepEqual(server.cspReports, []);
  } finally {
    await clinic.browser.context.close();
  }
});

test('a draft autosaved by version 1 is carried over once: read, saved as version 2, the old key removed', async () => {
  const { browser, page, w, errors } = await open();
  try {
    const v1 = fs.readFileSync('tests/fixtures/v1/prepared.json', 'utf8');
    await page.evaluate((text) => localStorage.setItem('patientkontrakt/v1/draft', text), v1);
    await page.reload();
    await w.expectStep(0);
    await page.locator('#pk-notice').filter({ hasText: 'Vi har hämtat det du skrev senast' }).waitFor();
    await w.button(w.t.resume).click();
    await w.expectStep(1);
    await w.field(w.t.ownWords).fill('Ändrat efter uppgraderingen');
    await page.waitForFunction(() => (localStorage.getItem('patientkontrakt/v2/draft') || '').includes('uppgraderingen'), null, {
      timeout: 5000,
    });
    const stored = await page.evaluate(() => ({
      v2: JSON.parse(localStorage.getItem('patientkontrakt/v2/draft')),
      v1: localStorage.getItem('patientkontrakt/v1/draft'),
    }));
    assert.equal(stored.v1, null, 'the old key is gone once the draft is saved under the new one');
    assert.equal(stored.v2.version, 2);
    // The v1 preparation's "care does" became wishes and its answers "before the visit".
    assert.deepEqual(stored.v2.commitments.care_actions, []);
    assert.equal(stored.v2.commitments.care_wishes.length, 2);
    assert.equal(stored.v2.answers.before[2].value, 'no');
    assert.ok(stored.v2.answers.patient.every((a) => a.value === null));
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});
