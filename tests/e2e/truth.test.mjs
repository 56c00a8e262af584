// Say only what is true, end to end: a patient prepares at home (a wished fast vårdkontakt, a
// booked time she knows of and when she would like the next one, Nej to question 4), the file
// is opened in the consultation, one wish is accepted and one left, her contact is settled and
// her time taken over there, the answers before and after differ, and at each point the summary,
// the print view, the journal note and the FHIR bundle say exactly what is true: never "på
// plats" before the agreement is marked agreed and the patient's answers after it are all Ja; a
// wish is never "Vårdens åtagande" or the fast vårdkontakt unless accepted; a prepared time is
// never "överenskommen"; a Nej is her answer, linked to the step behind the question.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve } from './server.mjs';
import { agreeAllJa, openStart, Widget } from './pk.mjs';

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => {
  await server?.close();
});

const WISH_ACCEPTED = 'Hjälp att förstå mina provsvar';
const WISH_LEFT = 'Ett samtal efter varje ändring av medicinen';
const HOPE = 'gärna om ungefär tre månader';

const open = ({ viewport } = {}) => openStart(server.url, { viewport, grant: ['clipboard-read', 'clipboard-write'] });

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
    await w.addRow(t.addSelfCare, t.selfCareRowPrepare, [[t.selfCareText, 'Väger mig varje morgon']]);
    // Past the warning signs, to her wishes.
    await w.nextPage();
    await w.nextPage();
    await w.addRow(t.addCareWish, t.careWishRow, [[t.careWishText, WISH_ACCEPTED]]);
    await w.button(t.addCareWish).click();
    await w.field(t.careWishText, w.group(t.careWishRow.replace('1', '2'))).fill(WISH_LEFT);
    assert.equal(await w.button(t.addCareAction).count(), 0, 'preparing, the patient does not write what care does');
    for (let i = 2; i <= 3; i++) await w.continue();
    await w.expectStep(4);
    await w.radio(t.fixedHasLegend, t.no);
    await w.radio(t.fixedWantedLegend, t.yes);
    await w.addRow(t.addWishedContact, t.wishedContactRow, [[t.name, 'Lena'], [t.role, 'diabetessköterskan']]);
    await w.continue();
    await w.expectStep(5);
    await w.field(t.date).fill('2027-03-01');
    await w.field(t.time).fill('10:00');
    await w.field(t.preparedPeriod).fill(HOPE);
    await w.continue();
    await w.expectStep(6);
    const groups = w.page.getByRole('group', { name: /\?$/ });
    const before = ['Ja', 'Ja', 'Nej', 'Nej', 'Ja', 'Ja', 'Ja'];
    // Four questions, then three.
    assert.equal(await groups.count(), 4);
    for (let i = 0; i < 4; i++) await groups.nth(i).getByRole('radio', { name: before[i], exact: true }).check();
    await w.nextPage();
    assert.equal(await groups.count(), 3);
    for (let i = 4; i < 7; i++) await groups.nth(i - 4).getByRole('radio', { name: before[i], exact: true }).check();
    await w.continue();
    await w.expectStep(7);

    // The end of a preparation: a self-check, never a kvitto, no journal section.
    await w.page.getByRole('heading', { name: t.selfCheck }).waitFor();
    assert.equal(await w.page.getByRole('heading', { name: t.inPlace }).count(), 0);
    assert.equal(await w.page.getByRole('heading', { name: t.notYet }).count(), 0);
    assert.equal(await w.page.getByRole('heading', { name: t.journalTitle }).count(), 0);
    const topics = await w.page.locator('#pk-visit-topics').innerText();
    // The short titles the journal note uses, not the 30-word questions again.
    assert.match(topics, /Fråga 3, Enkla kontaktvägar: du svarade Nej/);
    assert.match(topics, /Fråga 4, Fast vårdkontakt: du svarade Nej/);
    assert.doesNotMatch(topics, /Har du enkla sätt/);
    assert.doesNotMatch(topics, /Nästa steg/);
    const print = await printed(w);
    assert.equal(print.title, t.printTitlePrepared, 'a preparation is not "Mitt patientkontrakt"');
    assert.ok(print.text.includes(t.printWishes) && print.text.includes(WISH_ACCEPTED) && print.text.includes(WISH_LEFT));
    assert.ok(!print.text.includes('Det här gör vården'));
    // Her wished contact is a wish, not "her" fast vårdkontakt in the box; her time is hers.
    const box = await w.page.locator('.pk-print__box').innerText();
    assert.ok(!box.includes('Lena'), box);
    assert.match(print.text, /Fast vårdkontakt som jag önskar\s+Lena – diabetessköterskan/);
    // Her date as she gave it (never "bokad": a file cannot always say), her wish as a wish.
    assert.ok(print.text.includes(`Min nästa tid: 2027-03-01 10:00, önskemål: ${HOPE}`), print.text);
    assert.ok(!/överenskommen tid/i.test(print.text), 'a prepared time is never the agreed one');
    assert.match(print.text, /4\. Har du en fast vårdkontakt \(vid behov\)\?\s+Mitt svar före besöket: Nej/);
    file = await download(w, 'Spara en fil att ta med');
    const json = JSON.parse(file);
    assert.equal(json.version, 5);
    assert.equal(json.contacts.fixed_contact_has, 'no');
    assert.deepEqual(json.contacts.patient_contacts.map((c) => [c.name, c.role]), [['Lena', 'diabetessköterskan']]);
    assert.deepEqual(json.contacts.care_contacts, []);
    assert.deepEqual(json.schedule.prepared_time, { date: '2027-03-01', time: '10:00', period: HOPE, mode: null, initiator: null });
    assert.equal(json.schedule.next_time.date, null);
    assert.deepEqual(json.commitments.care_wishes.map((x) => x.text), [WISH_ACCEPTED, WISH_LEFT]);
    assert.deepEqual(json.commitments.care_actions, []);
    assert.equal(json.contacts.fixed_contact_wanted, 'yes');
    assert.equal(json.contacts.fixed_contact_needed, null);
    assert.deepEqual(json.answers.before.map((a) => a.value), ['yes', 'yes', 'no', 'no', 'yes', 'yes', 'yes']);
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

    // Straight after opening: the wishes are wishes everywhere, her contact and time are hers.
    let note = await journalNote(w);
    assert.equal(keyword(note, 'Vårdens åtagande'), 'Ej angivet');
    assert.ok(keyword(note, 'Patientens önskemål (inte överenskommet)').includes(WISH_ACCEPTED));
    let fixed = keyword(note, 'Fast vårdkontakt');
    assert.ok(fixed.includes('Vill ha en fast vårdkontakt (patientens svar före besöket): Ja'), fixed);
    assert.ok(!fixed.startsWith('- Lena'), `her wish is not the fast vårdkontakt: ${fixed}`);
    assert.ok(fixed.includes('Fast vårdkontakt som patienten önskar (inte överenskommet):\n- Lena, diabetessköterskan'), fixed);
    let next = keyword(note, 'Nästa steg / överenskommen tid');
    const hers = `Tid som patienten skrev inför besöket (patientens uppgift, inte bekräftad i vårdmötet): 2027-03-01 10:00, önskemål: ${HOPE}`;
    assert.equal(next, hers);
    assert.ok(!note.includes('Patientkontraktet är på plats'));
    // The gap view: care has not settled part 3, no time is agreed, each linked to its step.
    const kvitto = page.locator('#pk-kvitto');
    assert.equal(await kvitto.getByRole('button', { name: 'Vården har inte tagit ställning till fast vårdkontakt' }).count(), 1);
    assert.equal(await kvitto.getByRole('button', { name: 'Ingen överenskommen tid' }).count(), 1);
    let openingFhir = JSON.parse(await download(w, 'Ladda ner för journalsystem (FHIR)'));
    assert.ok(!openingFhir.entry.some((e) => e.resource.resourceType === 'Appointment'), 'her time is no appointment');
    assert.ok(!JSON.stringify(openingFhir.entry.filter((e) => e.resource.resourceType === 'CareTeam')).includes('Fast vårdkontakt'));

    // Part 1: accept one wish, leave the other (every answer, with its "Ändra", unfolded first).
    await w.answers();
    await page.getByRole('button', { name: `${t.change} ${t.careWishesHeading}` }).click();
    await w.expectStep(2);
    await page.getByRole('heading', { name: t.careWishesHeading }).waitFor();
    assert.equal(await w.button(`${t.acceptWish} (Önskemål 1)`).count(), 1);
    await w.button(`${t.acceptWish} (Önskemål 1)`).click();
    assert.equal(await w.field(t.careActionText, w.group(t.careActionRow)).inputValue(), WISH_ACCEPTED);
    assert.equal(await page.locator('.pk-wishes__item').count(), 1);
    assert.ok((await page.locator('.pk-wishes').innerText()).includes(WISH_LEFT));
    // A page back, the warning signs.
    await w.back();
    await w.addRow(t.addWarning, t.warningRow, [[t.warningText, 'Andnöd'], [t.warningWho, '1177']]);
    // Opened from the summary, "Fortsätt" returns there (check-answers pattern), a page back too.
    await w.continue();
    await w.expectStep(7);
    const change = async (name) => {
      await w.answers();
      await page.getByRole('button', { name }).first().click();
    };
    // Part 2: no other plans, no need of coordination: documented without fiction.
    // No plans were prepared: the part is one "Ej angivet" row with "Fyll i".
    await change(`${t.fillIn} ${t.titles[3]}`);
    await w.expectStep(3);
    await page.getByLabel('Jag har inga andra planer i vården eller omsorgen').check();
    await w.radio(t.coordinationLegend, t.no);
    await w.continue();
    await w.expectStep(7);
    // Part 3: the patient's wish is shown; the need, and who, is settled here.
    await kvitto.getByRole('button', { name: 'Vården har inte tagit ställning till fast vårdkontakt' }).click();
    await w.expectStep(4);
    assert.equal(
      await page.locator('#pk-fixed-contact-wish').innerText(),
      'Har redan en fast vårdkontakt (patientens svar före besöket): Nej\nVill ha en fast vårdkontakt (patientens svar före besöket): Ja',
    );
    await w.radio(t.fixedLegend, t.yes);
    await w.button(`${t.acceptContact} (Önskad kontakt 1)`).click();
    assert.equal(await w.field(t.name, w.group(t.contactRow)).inputValue(), 'Lena');
    await w.field(t.helpsWith, w.group(t.contactRow)).fill('Mitt blodsocker');
    await w.continue();
    await w.expectStep(7);
    // The contact routes not given: "Fyll i" lands on their page.
    await change(`${t.fillIn} ${t.titles[4]}`);
    await w.expectStep(4);
    await w.button(t.addRoute).click();
    await w.field(t.routeDetails, w.group(t.routeRow)).fill('010-123 45 00');
    await w.continue();
    await w.expectStep(7);
    await kvitto.getByRole('button', { name: 'Ingen överenskommen tid' }).click();
    await w.expectStep(5);
    await w.field(t.nextStep).fill('Lämna blodprov.');
    // Her time, shown as hers, becomes the next time only when it is taken over: her date, not
    // her wish words as well; hers stays shown as hers, and focus moves to the date.
    assert.equal(await w.field(t.date).inputValue(), '');
    await w.button(t.acceptTime).click();
    assert.equal(await w.field(t.date).inputValue(), '2027-03-01');
    assert.equal(await w.field(t.period).inputValue(), '');
    assert.equal(await w.button(t.acceptTime).count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-next-date');
    assert.ok((await page.locator('#pk-prepared-time-taken').innerText()).startsWith('Nästa tid nedan är redan ifylld.'));
    assert.ok((await page.locator('#pk-prepared-time').innerText()).includes(`önskemål: ${HOPE}`));
    await w.radio(t.modeNextLegend, t.visit);
    await w.radio(t.initiatorLegend, t.care);
    await w.continue();
    await w.expectStep(7);
    // The questions, a page at a time ("Ändra" on each page's first): the answers before are
    // shown, the patient answers again, care answers.
    const patient = page.getByRole('group', { name: new RegExp(`^${t.patientSide}: `) });
    const care = page.getByRole('group', { name: new RegExp(`^${t.professionalSide}: `) });
    let shownBefore = 0;
    for (let n = 1; n <= 7; ) {
      await change(new RegExp(`^Ändra ${n}\\. `));
      await w.expectStep(6);
      const k = await patient.count();
      assert.ok(k > 0);
      shownBefore += await page.locator('.pk-question__before').count();
      for (let i = 0; i < k; i++) {
        const before = await page.locator('.pk-question__before').nth(i).innerText();
        if (n + i === 3) assert.match(before, /före besöket: Nej/);
        await patient.nth(i).getByRole('radio', { name: n + i === 3 ? 'Nej' : 'Ja', exact: true }).check();
        await care.nth(i).getByRole('radio', { name: n + i === 3 ? 'Nej' : 'Ja', exact: true }).check();
      }
      n += k;
      await w.continue();
      await w.expectStep(7);
    }
    assert.equal(shownBefore, 7, 'the answers before, every one');
    // Her Nej is an answer: said as what it shows, linked to the step behind the question.
    const nej = kvitto.getByRole('button', { name: 'Patienten svarade Nej på fråga 3: prata om kontaktvägarna' });
    assert.equal(await nej.count(), 1);
    assert.ok(!(await kvitto.innerText()).includes('komplettera'), 'never asks her to change it');
    await nej.click();
    await w.expectStep(4);
    await w.continue();
    await w.expectStep(7);
    await change(/^Ändra 3\. /);
    await w.expectStep(6);
    await page.locator('input[name="pk-answer-patient-3"][value="yes"]').check();
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
    assert.equal(keyword(note, 'Patientens önskemål (inte överenskommet)'), `- ${WISH_LEFT}`);
    assert.ok(note.includes('3. Enkla kontaktvägar: patienten Ja (före besöket Nej), vården Nej'));
    assert.ok(keyword(note, 'Fast vårdkontakt').startsWith('- Lena, diabetessköterskan, hjälper med: Mitt blodsocker'), note);
    next = keyword(note, 'Nästa steg / överenskommen tid');
    assert.ok(next.includes('Föreslagen tid (inte markerad som överenskommen): 2027-03-01 10:00, besök på mottagningen, vården tar kontakt\n'), next);
    assert.ok(next.includes(hers), `her time stays in the record as hers: ${next}`);
    assert.ok(!next.includes('Överenskommen tid'), next);
    assert.ok(summary.includes('Nästa tid'), 'the summary says "Nästa tid" until agreed');
    assert.ok(keyword(note, 'Sammanhållen planering').includes('Inga andra planer i vården eller omsorgen'));
    let fhir = JSON.parse(await download(w, 'Ladda ner för journalsystem (FHIR)'));
    let plan = fhir.entry[0].resource;
    assert.equal(plan.status, 'draft');
    const careActs = plan.activity.filter((a) => a.detail?.code?.text === 'Vårdens åtagande').map((a) => a.detail.description);
    assert.deepEqual(careActs, [WISH_ACCEPTED]);
    assert.ok(plan.note.some((n) => n.text.includes(WISH_LEFT) && n.text.includes('inte överenskommet')));
    assert.ok(plan.description.startsWith('Utkast till gemensam överenskommelse'), plan.description);
    let appointment = fhir.entry.map((e) => e.resource).find((r) => r.resourceType === 'Appointment');
    assert.match(appointment.description, /^Föreslagen nästa tid/);
    assert.ok(appointment.participant.every((p) => p.status === 'needs-action'));
    assert.deepEqual(plan.supportingInfo.filter((r) => r.display).map((r) => r.display), [
      'Patientens svar efter genomgången av överenskommelsen',
      'Vårdens svar (vårdgivarens version av frågorna)',
      'Patientens svar före besöket',
    ]);
    let print = await printed(w);
    assert.equal(print.title, 'Utkast till mitt Patientkontrakt');
    assert.ok(print.text.includes('Nästa tid (inte överenskommen än): 2027-03-01 10:00\n'), print.text);

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
    assert.equal(keyword(note, 'Patientens önskemål (inte överenskommet)'), `- ${WISH_LEFT}`, 'a wish left is still a wish');
    assert.ok(keyword(note, 'Nästa steg / överenskommen tid').includes('Överenskommen tid: 2027-03-01 10:00, besök på mottagningen, vården tar kontakt\n'), note);
    assert.ok(!note.includes(`Överenskommen tid: 2027-03-01 10:00, ${HOPE}`), 'her wish words are not the agreed time');
    assert.ok((await w.root().innerText()).includes('Överenskommen tid'), 'the summary says so once agreed');
    fhir = JSON.parse(await download(w, 'Ladda ner för journalsystem (FHIR)'));
    plan = fhir.entry[0].resource;
    assert.equal(plan.status, 'active');
    appointment = fhir.entry.map((e) => e.resource).find((r) => r.resourceType === 'Appointment');
    assert.match(appointment.description, /^Nästa överenskomna tid/);
    assert.ok(appointment.participant.every((p) => p.status === 'accepted'));
    print = await printed(w);
    assert.equal(print.title, t.printTitle);
    assert.ok(print.text.includes(WISH_LEFT) && print.text.includes(t.printWishes));
    assert.match(print.text, /3\. Har du enkla sätt att ta kontakt med vården\?\s+Mitt svar före besöket: Nej\s+Mitt svar efter genomgången: Ja/);
    assert.match(print.text, /Min fasta vårdkontakt\s+Lena – diabetessköterskan – hjälper med: Mitt blodsocker/);
    assert.ok(print.text.includes('Överenskommen tid: 2027-03-01 10:00\n'), print.text);

    // Agreed means agreed: no "Ändra" on the summary, the steps (back through "Tillbaka") show it
    // read-only, nothing silently becomes a draft.
    assert.equal(await page.getByRole('button', { name: `${t.change} ${t.nextStep}` }).count(), 0, 'locked: no Ändra');
    await w.back();
    await w.expectStep(6);
    while ((await w.where()).step > 5) await w.back();
    await w.expectStep(5);
    await page.locator('#pk-locked').waitFor();
    assert.notEqual(await w.field(t.nextStep).getAttribute('readonly'), null);
    await w.field(t.nextStep).press('End');
    await page.keyboard.type(' i morgon');
    assert.equal(await w.field(t.nextStep).inputValue(), 'Lämna blodprov.');
    await w.continue();
    await w.expectStep(6);
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

test('the clinician in a hurry: a version 2 preparation opened, parts 3 and 4 never opened, all Ja, marked agreed: not in place, her wish and hope stay hers', async () => {
  const clinic = await open();
  try {
    const { w, page } = clinic;
    const t = w.t;
    await w.radio(t.modeLegend, t.consultation);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), w.button('Öppna en sparad fil').click()]);
    await chooser.setFiles('tests/fixtures/v2/prepared.json');
    await w.expectStep(7);
    await agreeAllJa(w);
    // Marked agreed, but parts 3 and 4 were never agreed: not "på plats", and the gap view says why.
    await page.getByRole('heading', { name: t.notYet }).waitFor();
    assert.equal(await page.getByRole('heading', { name: t.inPlace }).count(), 0);
    const kvitto = page.locator('#pk-kvitto');
    for (const [gap, step] of [['Vården har inte tagit ställning till fast vårdkontakt', 4], ['Ingen överenskommen tid', 5]]) {
      assert.equal(await kvitto.getByRole('button', { name: gap }).count(), 1, gap);
      assert.ok((await kvitto.innerText()).includes(`${gap}\nGå till: ${t.titles[step]}`), gap);
    }
    const note = await journalNote(w);
    const fixed = keyword(note, 'Fast vårdkontakt');
    assert.ok(!fixed.startsWith('- Lena'), fixed);
    assert.ok(fixed.includes('Fast vårdkontakt som patienten önskar (inte överenskommet):\n- Lena, diabetessköterskan, Vårdcentralen Norr'), fixed);
    const next = keyword(note, 'Nästa steg / överenskommen tid');
    assert.ok(!next.includes('Överenskommen tid') && !next.includes('Föreslagen tid'), next);
    assert.ok(next.includes(`Tid som patienten skrev inför besöket (patientens uppgift, inte bekräftad i vårdmötet): Önskemål: ${HOPE}`), next);
    assert.ok(note.includes('Patientkontraktet är inte på plats än.'), note);
    const fhir = JSON.parse(await download(w, 'Ladda ner för journalsystem (FHIR)'));
    const resources = fhir.entry.map((e) => e.resource);
    assert.ok(!resources.some((r) => r.resourceType === 'Appointment'));
    assert.ok(!JSON.stringify(resources.filter((r) => ['CareTeam', 'Practitioner', 'PractitionerRole'].includes(r.resourceType))).includes('Lena'));
    const print = await printed(w);
    assert.equal(print.title, t.printTitle);
    const box = await page.locator('.pk-print__box').innerText();
    assert.ok(!box.includes('Lena'), box);
    assert.match(print.text, /Fast vårdkontakt som jag önskar\s+Lena/);
    assert.ok(!print.text.includes('Överenskommen tid'), print.text);
    assert.deepEqual(clinic.errors, []);
    assert.deepEqual(server.cspReports, []);
  } finally {
    await clinic.browser.context.close();
  }
});

test('a draft autosaved by version 1 is carried over once: read, saved in the current format under the draft key, the old key removed', async () => {
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
    assert.equal(stored.v2.version, 5, 'the current format, under the draft key of version 2 (README)');
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
