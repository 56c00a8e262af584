// Page object for the Patientkontrakt widget: finds everything by role and accessible name,
// in Swedish or English, the way a user (or a screen reader) does.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const T = {
  sv: {
    begin: 'Börja',
    resume: 'Fortsätt där du slutade',
    continue: 'Fortsätt',
    back: 'Tillbaka',
    modeLegend: 'Hur vill du använda patientkontraktet?',
    prepare: 'Förbered besöket',
    consultation: 'Överenskommelse i vårdmötet',
    langLegend: 'Språk',
    yes: 'Ja',
    no: 'Nej',
    stepOf: (n) => `Steg ${n} av 7`,
    titles: [
      'Patientkontrakt',
      'Vad är viktigt för dig?',
      'Vad gör du och vad gör vården?',
      'Sammanhållen planering',
      'Fast vårdkontakt och kontaktvägar',
      'Nästa steg och överenskommen tid',
      'De sju frågorna',
      'Sammanfattning',
    ],
    ownWords: 'Vad är viktigt för dig i ditt liv just nu?',
    addGoal: 'Lägg till mål',
    goalRow: 'Mål 1',
    goal: 'Mål',
    resources: 'Dina egna resurser och ditt nätverk',
    addRelative: 'Lägg till närstående',
    relativeRow: 'Närstående 1',
    name: 'Namn',
    relation: 'Relation till dig',
    relativeContact: 'Hur når man hen? (frivilligt)',
    questionsForVisit: 'Vad vill du fråga om eller ta upp vid besöket?',
    aboutYou: 'Om dig',
    personalNumber: 'Personnummer',
    addSelfCare: 'Lägg till något du gör',
    selfCareRow: 'Åtagande 1',
    selfCareText: 'Vad gör du?',
    addWarning: 'Lägg till något att hålla koll på',
    warningRow: 'Att hålla koll på 1',
    warningText: 'Vad ska du hålla koll på?',
    warningWho: 'Vart vänder du dig?',
    warningWhen: 'Hur snabbt ska du söka vård?',
    addCareAction: { prepare: 'Lägg till något du vill ha hjälp med', consultation: 'Lägg till något vården gör' },
    careActionRow: { prepare: 'Önskemål 1', consultation: 'Vårdens åtagande 1' },
    careActionText: 'Vad gör vården?',
    addPlan: 'Lägg till plan',
    planRow: 'Plan 1',
    planTitle: 'Vilken plan?',
    planHolder: 'Vem har planen?',
    coordinationLegend: 'Behöver du hjälp med att samordna dina planer och vårdgivare?',
    coordinator: 'Vem hjälper dig att samordna?',
    fixedLegend: 'Behöver du en fast vårdkontakt?',
    addContact: 'Lägg till fast vårdkontakt',
    contactRow: 'Fast vårdkontakt 1',
    role: 'Yrkesroll',
    unit: 'Mottagning eller enhet',
    reach: 'Hur når du hen?',
    hsa: 'HSA-id (frivilligt)',
    addRoute: 'Lägg till kontaktväg',
    routeRow: 'Kontaktväg 1',
    routeKind: 'Typ av kontaktväg',
    routeDetails: 'Nummer, adress eller tider',
    nextStep: 'Vad är ditt nästa steg?',
    date: 'Datum',
    time: 'Klockslag (frivilligt)',
    period: 'Eller ungefär när',
    modeNextLegend: 'Hur ska ni ha kontakt nästa gång?',
    visit: 'Besök på mottagningen',
    initiatorLegend: 'Vem tar kontakt?',
    care: 'Vården',
    review: 'När ska ni följa upp överenskommelsen?',
    patientSide: 'Patientens svar',
    professionalSide: 'Vårdens svar',
    disagreement: 'Patienten och vården har svarat olika.',
    inPlace: 'Patientkontraktet är på plats',
    notYet: 'Patientkontraktet är inte på plats än',
    agreedPatient: 'Patientens namn',
    agreedProfessional: 'Vårdpersonalens namn',
    agreedRole: 'Yrkesroll',
    agreedUnit: 'Enhet',
    agreedDate: 'Datum för överenskommelsen',
    markAgreed: 'Markera som överenskommet',
    agreed: 'Överenskommet',
    download: 'Ladda ner som fil (JSON)',
    print: 'Skriv ut',
    printTitle: 'Mitt patientkontrakt',
    whenToSeek: 'När ska jag söka vård och vart vänder jag mig?',
    errorTitle: 'Det finns ett problem',
    change: 'Ändra',
    notGiven: 'Ej angivet',
    switchTo: 'In English',
  },
  en: {
    begin: 'Start',
    resume: 'Continue where you left off',
    continue: 'Continue',
    back: 'Back',
    modeLegend: 'How do you want to use the Patientkontrakt?',
    prepare: 'Prepare for the visit',
    consultation: 'Agreement in the consultation',
    langLegend: 'Language',
    yes: 'Yes',
    no: 'No',
    stepOf: (n) => `Step ${n} of 7`,
    titles: [
      'Patientkontrakt',
      'What matters to you?',
      'What do you do and what does care do?',
      'Coordinated planning',
      'Named care contact and ways to get in touch',
      'Next step and agreed time',
      'The seven questions',
      'Summary',
    ],
    ownWords: 'What matters to you in your life right now?',
    addGoal: 'Add a goal',
    goalRow: 'Goal 1',
    goal: 'Goal',
    resources: 'Your own resources and network',
    addRelative: 'Add a person',
    relativeRow: 'Person 1',
    name: 'Name',
    relation: 'Relationship to you',
    relativeContact: 'How to reach them (optional)',
    questionsForVisit: 'What do you want to ask about or bring up at the visit?',
    aboutYou: 'About you',
    personalNumber: 'Swedish personal identity number',
    addSelfCare: 'Add something you do',
    selfCareRow: 'Commitment 1',
    selfCareText: 'What do you do?',
    addWarning: 'Add something to keep an eye on',
    warningRow: 'Sign to watch 1',
    warningText: 'What should you keep an eye on?',
    warningWho: 'Where do you turn?',
    warningWhen: 'How soon should you seek care?',
    addCareAction: { prepare: 'Add something you want help with', consultation: 'Add something care does' },
    careActionRow: { prepare: 'Request 1', consultation: 'Care commitment 1' },
    careActionText: 'What does care do?',
    addPlan: 'Add a plan',
    planRow: 'Plan 1',
    planTitle: 'Which plan?',
    planHolder: 'Who holds the plan?',
    coordinationLegend: 'Do you need help coordinating your plans and care providers?',
    coordinator: 'Who helps you coordinate?',
    fixedLegend: 'Do you need a named care contact?',
    addContact: 'Add a named care contact',
    contactRow: 'Care contact 1',
    role: 'Role',
    unit: 'Clinic or unit',
    reach: 'How do you reach them?',
    hsa: 'HSA-id (optional)',
    addRoute: 'Add a way to get in touch',
    routeRow: 'Contact route 1',
    routeKind: 'Kind of contact route',
    routeDetails: 'Number, address or hours',
    nextStep: 'What is your next step?',
    date: 'Date',
    time: 'Time (optional)',
    period: 'Or roughly when',
    modeNextLegend: 'How will you be in touch next time?',
    visit: 'Visit at the clinic',
    initiatorLegend: 'Who gets in touch?',
    care: 'Care',
    review: 'When will you follow up the agreement?',
    patientSide: "Patient's answer",
    professionalSide: "Care's answer",
    disagreement: 'The patient and care have answered differently.',
    inPlace: 'The Patientkontrakt is in place',
    notYet: 'The Patientkontrakt is not in place yet',
    agreedPatient: "Patient's name",
    agreedProfessional: "Healthcare professional's name",
    agreedRole: 'Role',
    agreedUnit: 'Unit',
    agreedDate: 'Date of the agreement',
    markAgreed: 'Mark as agreed',
    agreed: 'Agreed',
    download: 'Download as a file (JSON)',
    print: 'Print',
    printTitle: 'My Patientkontrakt',
    whenToSeek: 'When should I seek care and where do I turn?',
    errorTitle: 'There is a problem',
    change: 'Change',
    notGiven: 'Not given',
    switchTo: 'På svenska',
  },
};

/** What a user types in a full walk; `tag` keeps runs apart in downloaded files. */
export function sample(tag) {
  return {
    ownWords: `Att orka leka med barnbarnen <b>${tag}</b>`,
    goal: 'Gå en promenad varje dag',
    resources: 'Min man Bertil och grannen Eva',
    relative: { name: 'Bertil Andersson', relation: 'make', contact: '070-123 45 67' },
    questionsForVisit: 'Kan jag ändra tiden för medicinen?',
    name: 'Anna Andersson',
    personalNumber: '19121212-1212',
    selfCare: 'Väger mig varje morgon',
    warning: { text: 'Ökar mer än 2 kg på tre dagar', who: 'Hjärtsviktsmottagningen', when: 'Samma dag' },
    careAction: 'Följer upp blodprover',
    plan: { title: 'Vårdplan hjärtsvikt', holder: 'Hjärtmottagningen' },
    coordinator: 'Karin Berg',
    contact: { name: 'Karin Berg', role: 'Sjuksköterska', unit: 'Hjärtmottagningen', reach: 'Via 1177', hsa: 'SE2321000016-1003' },
    route: { kind: 'video', details: 'Videosamtal via 1177, vardagar' },
    nextStep: 'Lämna blodprov på vårdcentralen',
    date: '2027-02-15',
    time: '09:30',
    period: 'eller inom tre månader',
    review: 'Om ett år',
    professional: 'Lars Läkare',
    agreedDate: '2026-11-22',
  };
}

export class Widget {
  constructor(page, lang = 'sv') {
    this.page = page;
    this.lang = lang;
  }
  get t() {
    return T[this.lang];
  }
  root() {
    return this.page.locator('[data-patientkontrakt]');
  }
  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
  button(name) {
    return this.page.getByRole('button', { name, exact: true });
  }
  group(name) {
    return this.page.getByRole('group', { name, exact: true });
  }
  field(label, scope = this.page) {
    return scope.getByLabel(label, { exact: true });
  }
  async radio(legend, label) {
    await this.group(legend).getByRole('radio', { name: label, exact: true }).check();
  }
  async expectStep(n) {
    await this.heading().filter({ hasText: this.t.titles[n] }).waitFor();
  }
  async continue() {
    await this.button(this.t.continue).click();
  }
  /** Adds a row to a list and fills its fields, given as [label, value] pairs. */
  async addRow(addLabel, rowName, values) {
    await this.button(addLabel).click();
    const row = this.group(rowName);
    for (const [label, value] of values) await this.field(label, row).fill(value);
  }
  /** Runs axe-core on the widget; returns its violations. */
  async axe() {
    await this.page.evaluate(AXE_SOURCE);
    return this.page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    });
  }
  /** Full-page screenshots at 360 and 1280 px into test-output/screens/. */
  async screens(name) {
    const dir = path.join('test-output', 'screens');
    fs.mkdirSync(dir, { recursive: true });
    const size = this.page.viewportSize();
    for (const width of [360, 1280]) {
      await this.page.setViewportSize({ width, height: 800 });
      await this.page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage: true });
    }
    await this.page.setViewportSize(size);
  }
  /** Widest element overflow at a given width (0 = fits). */
  async overflowAt(width) {
    const size = this.page.viewportSize();
    await this.page.setViewportSize({ width, height: 800 });
    const over = await this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await this.page.setViewportSize(size);
    return over;
  }
}

/**
 * Walks every step, filling everything a user in `mode` can fill, checking what each step shows;
 * `onPage(name)` runs on every screen (the dialogue tests run axe and take screenshots there).
 * Ends on the summary, marked agreed in a consultation. Returns what was typed.
 */
export async function walk(w, mode, name, onPage = async () => {}) {
  const t = w.t;
  const s = sample(name);
  await w.radio(t.modeLegend, t[mode]);
  await onPage(`${name}-0-start`);
  await w.button(t.begin).click();

  // 1. Vad är viktigt för dig? — first with an error, to check the error summary state.
  await w.expectStep(1);
  assert.equal(await w.page.locator('#pk-step-of').textContent(), t.stepOf(1));
  await w.field(t.personalNumber).fill('19121212-1213');
  await w.continue();
  const summary = w.page.getByRole('alert').filter({ hasText: t.errorTitle });
  await summary.waitFor();
  assert.equal(await w.page.evaluate(() => document.activeElement.classList.contains('pk-error-summary')), true, 'error summary takes focus');
  await onPage(`${name}-1-error`);
  await summary.getByRole('link').click();
  assert.equal(await w.page.evaluate(() => document.activeElement.id), 'pk-personal-number');
  await w.field(t.personalNumber).fill(s.personalNumber);
  await w.field(t.ownWords).fill(s.ownWords);
  await w.addRow(t.addGoal, t.goalRow, [[t.goal, s.goal]]);
  await w.field(t.resources).fill(s.resources);
  await w.addRow(t.addRelative, t.relativeRow, [
    [t.name, s.relative.name],
    [t.relation, s.relative.relation],
    [t.relativeContact, s.relative.contact],
  ]);
  await w.field(t.questionsForVisit).fill(s.questionsForVisit);
  await w.field(t.name, w.group(t.aboutYou)).fill(s.name);
  await onPage(`${name}-1-what-matters`);
  await w.continue();

  // 2. Part 1
  await w.expectStep(2);
  await w.addRow(t.addSelfCare, t.selfCareRow, [[t.selfCareText, s.selfCare]]);
  await w.addRow(t.addWarning, t.warningRow, [
    [t.warningText, s.warning.text],
    [t.warningWho, s.warning.who],
    [t.warningWhen, s.warning.when],
  ]);
  await w.addRow(t.addCareAction[mode], t.careActionRow[mode], [[t.careActionText, s.careAction]]);
  await onPage(`${name}-2-commitments`);
  await w.continue();

  // 3. Part 2
  await w.expectStep(3);
  await w.addRow(t.addPlan, t.planRow, [
    [t.planTitle, s.plan.title],
    [t.planHolder, s.plan.holder],
  ]);
  await w.radio(t.coordinationLegend, t.yes);
  await w.field(t.coordinator).fill(s.coordinator);
  await onPage(`${name}-3-planning`);
  await w.continue();

  // 4. Part 3
  await w.expectStep(4);
  await w.radio(t.fixedLegend, t.yes);
  const contact = [
    [t.name, s.contact.name],
    [t.role, s.contact.role],
    [t.unit, s.contact.unit],
    [t.reach, s.contact.reach],
  ];
  if (mode === 'consultation') contact.push([t.hsa, s.contact.hsa]);
  await w.addRow(t.addContact, t.contactRow, contact);
  assert.equal(await w.group(t.contactRow).getByLabel(t.hsa).count(), mode === 'consultation' ? 1 : 0, 'HSA-id only for the professional');
  await w.button(t.addRoute).click();
  await w.group(t.routeRow).getByLabel(t.routeKind).selectOption(s.route.kind);
  await w.field(t.routeDetails, w.group(t.routeRow)).fill(s.route.details);
  await onPage(`${name}-4-contacts`);
  await w.continue();

  // 5. Part 4
  await w.expectStep(5);
  await w.field(t.nextStep).fill(s.nextStep);
  await w.field(t.date).fill(s.date);
  await w.field(t.time).fill(s.time);
  await w.field(t.period).fill(s.period);
  await w.radio(t.modeNextLegend, t.visit);
  await w.radio(t.initiatorLegend, t.care);
  assert.equal(await w.page.getByLabel(t.review).count(), mode === 'consultation' ? 1 : 0);
  if (mode === 'consultation') await w.field(t.review).fill(s.review);
  await onPage(`${name}-5-schedule`);
  await w.continue();

  // 6. The seven questions: patient's version alone, or both side by side.
  await w.expectStep(6);
  const patientGroups = w.page.getByRole('group', { name: mode === 'consultation' ? new RegExp(`^${t.patientSide}: `) : /\?$/ });
  assert.equal(await patientGroups.count(), 7);
  for (let i = 0; i < 7; i++) await patientGroups.nth(i).getByRole('radio', { name: t.yes, exact: true }).check();
  if (mode === 'consultation') {
    const care = w.page.getByRole('group', { name: new RegExp(`^${t.professionalSide}: `) });
    assert.equal(await care.count(), 7);
    // Disagree on question 5 first: it is highlighted.
    await care.nth(4).getByRole('radio', { name: t.no, exact: true }).check();
    await w.page.getByText(t.disagreement).waitFor();
    assert.equal(await w.page.locator('.pk-question--disagreement').count(), 1);
    await onPage(`${name}-6-questions-disagreement`);
    for (let i = 0; i < 7; i++) await care.nth(i).getByRole('radio', { name: t.yes, exact: true }).check();
    assert.equal(await w.page.locator('.pk-question--disagreement').count(), 0);
  } else {
    assert.equal(await w.page.getByRole('group', { name: new RegExp(t.professionalSide) }).count(), 0);
  }
  await onPage(`${name}-6-questions`);
  await w.continue();

  // 7. Summary
  await w.expectStep(7);
  await w.page.getByRole('heading', { name: t.inPlace }).waitFor();
  const text = await w.root().innerText();
  for (const v of [s.ownWords, s.goal, s.selfCare, s.warning.text, s.plan.title, s.contact.name, s.nextStep]) {
    assert.ok(text.includes(v), `summary shows ${v}`);
  }
  if (mode === 'consultation') {
    await w.field(t.agreedPatient).fill(s.name);
    await w.field(t.agreedProfessional).fill(s.professional);
    await w.field(t.agreedDate).fill(s.agreedDate);
    await w.button(t.markAgreed).click();
    await w.page.locator('#pk-status').filter({ hasText: t.agreed }).waitFor();
  } else {
    assert.equal(await w.button(t.markAgreed).count(), 0, 'preparing alone cannot mark an agreement');
  }
  await onPage(`${name}-7-summary`);
  return s;
}
