// Page object for the Patientkontrakt widget: finds everything by role and accessible name,
// in Swedish or English, the way a user (or a screen reader) does.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { launch } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// The words the app shows, from the app's own content (`tools/src/bin/content_json.rs`), so a
// changed text is changed in one place. Built once per run into test-output/content.json.
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const CONTENT_FILE = path.join(ROOT, 'test-output/content.json');
function loadContent() {
  const newest = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = path.join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
    }, 0);
  const stale =
    !fs.existsSync(CONTENT_FILE) ||
    fs.statSync(CONTENT_FILE).mtimeMs <
      Math.max(newest(path.join(ROOT, 'crates/core/src')), newest(path.join(ROOT, 'tools/src')), newest(path.join(ROOT, 'site/texts')));
  if (stale) {
    const json = execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'pk-tools', '--bin', 'content_json'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    fs.mkdirSync(path.dirname(CONTENT_FILE), { recursive: true });
    fs.writeFileSync(CONTENT_FILE, json);
  }
  return JSON.parse(fs.readFileSync(CONTENT_FILE, 'utf8'));
}
export const CONTENT = loadContent();

/** Fills a template's `{name}` placeholders, as the app does. */
export function fill(template, args) {
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in args ? String(args[k]) : m));
}

function strings(lang) {
  const C = CONTENT;
  const ui = (id) => C.ui[id][lang];
  const field = (key) => C.text_fields[key].label[lang];
  const choice = (key) => C.choices[key].label[lang];
  const list = (key, mode = 'consultation') => {
    const t = C.lists[key].modes[mode];
    return { add: t.add[lang], row: fill(ui('RowLabel'), { item: t.row[lang], n: 1 }) };
  };
  const item = (key, f) => C.lists[key].items[f][lang];
  const byMode = (key, what) => ({ prepare: list(key, 'prepare')[what], consultation: list(key, 'consultation')[what] });
  const stepKeys = ['start', 'what-matters', 'commitments', 'planning', 'contacts', 'schedule', 'questions', 'summary'];
  return {
    begin: ui('Begin'),
    resume: ui('ResumeDraft'),
    continue: ui('Continue'),
    back: ui('Back'),
    modeLegend: ui('ModeLegend'),
    prepare: ui('ModePrepare'),
    consultation: ui('ModeConsultation'),
    yes: C.values.tri.yes[lang],
    no: C.values.tri.no[lang],
    stepOf: (n) => fill(ui('StepOf'), { n, total: C.step_count }),
    stepPageOf: (n, page, pages) => fill(ui('StepPageOf'), { n, total: C.step_count, page, pages }),
    titles: stepKeys.map((k) => C.steps[k][lang]),
    ownWords: field('own-words'),
    addGoal: list('goals').add,
    goalRow: list('goals').row,
    goal: item('goals', 'text'),
    resources: field('resources'),
    addRelative: list('relatives').add,
    relativeRow: list('relatives').row,
    name: item('relatives', 'name'),
    relation: item('relatives', 'relation'),
    relativeContact: item('relatives', 'contact'),
    questionsForVisit: field('questions-for-visit'),
    aboutYou: ui('AboutYou'),
    personalNumber: field('personal-number'),
    addSelfCare: list('self-care').add,
    selfCareRow: list('self-care').row,
    selfCareRowPrepare: list('self-care', 'prepare').row,
    selfCareText: item('self-care', 'text'),
    addWarning: list('warning-signs').add,
    warningRow: list('warning-signs').row,
    warningText: item('warning-signs', 'text'),
    warningWho: item('warning-signs', 'who'),
    warningWhen: item('warning-signs', 'when'),
    addCareAction: list('care-actions').add,
    careActionRow: list('care-actions').row,
    addCareWish: list('care-wishes', 'prepare').add,
    careWishRow: list('care-wishes', 'prepare').row,
    careWishesHeading: C.lists['care-wishes'].modes.consultation.heading[lang],
    acceptWish: ui('AcceptWish'),
    careActionText: item('care-actions', 'text'),
    careWishText: item('care-wishes', 'text'),
    addPlan: list('plans').add,
    planRow: list('plans').row,
    planTitle: item('plans', 'title'),
    planHolder: item('plans', 'care-giver'),
    coordinationLegend: choice('coordination-need'),
    coordinator: field('coordinator'),
    coordinatorPrepare: C.text_fields.coordinator.modes.prepare.label[lang],
    fixedLegend: choice('fixed-contact-needed'),
    fixedWantedLegend: choice('fixed-contact-wanted'),
    fixedHasLegend: choice('fixed-contact-has'),
    addWishedContact: list('patient-contacts', 'prepare').add,
    wishedContactRow: list('patient-contacts', 'prepare').row,
    acceptContact: ui('AcceptPatientContact'),
    acceptTime: ui('AcceptPreparedTime'),
    helpsWith: item('care-contacts', 'helps-with'),
    helpsWithWished: C.lists['patient-contacts'].items_wished['helps-with'][lang],
    addContact: list('care-contacts').add,
    contactRow: list('care-contacts').row,
    role: item('care-contacts', 'role'),
    unit: item('care-contacts', 'unit'),
    reach: item('care-contacts', 'reach'),
    hsa: item('care-contacts', 'hsa-id'),
    addRoute: list('routes').add,
    routeRow: list('routes').row,
    routeKind: C.values.route_kind_label[lang],
    routeDetails: item('routes', 'details'),
    nextStep: field('next-step'),
    date: field('next-date'),
    time: field('next-time'),
    period: field('next-period'),
    preparedPeriod: field('prepared-period'),
    preparedModeLegend: choice('prepared-mode'),
    preparedInitiatorLegend: choice('prepared-initiator'),
    modeNextLegend: choice('next-mode'),
    visit: C.values.contact_mode.visit[lang],
    initiatorLegend: choice('initiator'),
    care: C.values.initiator.care[lang],
    review: field('review'),
    patientSide: ui('PatientAnswers'),
    professionalSide: ui('ProfessionalAnswers'),
    disagreement: ui('Disagreement'),
    inPlace: ui('KvittoInPlace'),
    notYet: ui('KvittoNotYet'),
    agreedPatient: field('agreed-patient-name'),
    agreedProfessional: field('agreed-professional-name'),
    agreedRole: field('agreed-role'),
    agreedUnit: field('agreed-unit'),
    agreedDate: field('agreed-date'),
    markAgreed: ui('MarkAgreed'),
    agreed: ui('StatusAgreed'),
    download: ui('DownloadJson'),
    print: ui('Print'),
    printTitle: ui('PrintTitle'),
    printTitlePrepared: ui('PrintTitlePrepared'),
    printWishes: ui('PrintWishes'),
    selfCheck: ui('SelfCheckTitle'),
    selfCheckTopics: ui('SelfCheckTopics'),
    beforeVisit: ui('BeforeVisit'),
    journalTitle: ui('JournalTitle'),
    gapNotAgreed: ui('GapNotAgreed'),
    whenToSeek: ui('WhenToSeekCare'),
    errorTitle: ui('ErrorSummaryTitle'),
    change: ui('Change'),
    notGiven: ui('NotGiven'),
    fillIn: ui('FillIn'),
    allAnswers: ui('AllAnswers'),
    detailsTitle: ui('DetailsTitle'),
    addComment: ui('AddComment'),
    comment: ui('Comment'),
  };
}

export const T = Object.fromEntries(Object.keys(CONTENT.languages).map((tag) => [tag, strings(tag)]));

/** The header's language menu: the same words in every language. */
export const LANGUAGE_MENU = 'Språk / Language';
/** Chooses a language from the header's menu, by its own name. */
export async function chooseLanguage(page, tag) {
  // The app's menu (its root has dir), not the static start page's, which the app replaces.
  await page.locator('.pk-root[dir]').first().waitFor();
  await page.getByRole('button', { name: LANGUAGE_MENU, exact: true }).click();
  await page.getByRole('button', { name: CONTENT.languages[tag].name, exact: true }).click();
}

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
    contact: { name: 'Karin Berg', role: 'Sjuksköterska', helpsWith: 'Mina mediciner', unit: 'Hjärtmottagningen', reach: 'Via 1177', hsa: 'SE2321000016-1003' },
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
  /** `headingLevel`: the level of the widget's page heading (the host's `heading-level`). */
  constructor(page, lang = 'sv', { headingLevel = 1 } = {}) {
    this.page = page;
    this.lang = lang;
    this.headingLevel = headingLevel;
  }
  get t() {
    return T[this.lang];
  }
  root() {
    return this.page.locator('[data-patientkontrakt]');
  }
  heading() {
    return this.page.getByRole('heading', { level: this.headingLevel });
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
  /**
   * Where the dialogue is: { step, page, pages } from "Steg N av 7, sida P av Q" (page and pages
   * 1 on a step of one page), or null on the start page.
   */
  async where() {
    const caption = this.page.locator('#pk-step-of');
    if (!(await caption.count())) return null;
    const [step, , page = 1, pages = 1] = ((await caption.textContent()) || '').match(/\d+/g).map(Number);
    return { step, page, pages };
  }
  /**
   * Waits for step `n`'s heading. A step has pages (issue 29): from a page of an earlier step,
   * where "Fortsätt" led before the steps had pages, it presses "Fortsätt" on through the pages
   * in between, each page checked as it is left; a page that shows its errors stops it there.
   */
  async expectStep(n) {
    const target = this.heading().filter({ hasText: this.t.titles[n] });
    for (let i = 0; i < 12 && n > 1; i++) {
      await this.page.waitForTimeout(50);
      if (await target.count()) break;
      const at = await this.where();
      if (!at || at.step >= n) continue;
      if (await this.page.locator('.pk-error-summary').count()) break;
      await this.nextPage();
    }
    await target.waitFor();
  }
  /** "Tillbaka", and waits until another page is on screen. */
  async back() {
    const before = await this.page.evaluate(() => document.querySelector('#pk-step-of')?.textContent ?? '');
    await this.button(this.t.back).click();
    await this.page.waitForFunction((b) => (document.querySelector('#pk-step-of')?.textContent ?? '') !== b, before);
  }
  /**
   * The field labelled `label` (in `scope`), on the page of the step on screen that asks it:
   * presses "Fortsätt" until that page is on screen (at most the step's pages).
   */
  async reach(label, scope = this.page) {
    const f = this.field(label, scope);
    for (let i = 0; i < 4 && !(await f.first().isVisible()); i++) {
      const at = await this.where();
      if (!at || at.page >= at.pages) break;
      await this.nextPage();
    }
    return f;
  }
  /** On the summary: unfolds every answer (with their "Ändra"), when folded. */
  async answers() {
    await this.unfold('#pk-answers');
  }
  /** On an agreed consultation's summary: unfolds what is for her calendar and phone. */
  async forPatient() {
    await this.unfold('#pk-for-patient');
  }
  /** Opens the `<details>` at `selector`, when closed. */
  async unfold(selector) {
    const d = this.page.locator(selector);
    await d.waitFor();
    if (!(await d.evaluate((e) => e.open))) await d.locator(':scope > summary').click();
    await this.page.waitForFunction((s) => document.querySelector(s)?.open, selector);
  }
  /** Chooses a language from the header's menu. */
  async chooseLanguage(tag) {
    await chooseLanguage(this.page, tag);
  }
  async continue() {
    await this.button(this.t.continue).click();
  }
  /** "Fortsätt", and waits until another page is on screen or the page shows its errors. */
  async nextPage() {
    const caption = () => document.querySelector('#pk-step-of')?.textContent ?? '';
    const before = await this.page.evaluate(caption);
    await this.continue();
    await this.page.waitForFunction(
      (b) => (document.querySelector('#pk-step-of')?.textContent ?? '') !== b || !!document.querySelector('.pk-error-summary'),
      before,
    );
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

  // 1. Vad är viktigt för dig?, in three pages: her words and goals, who helps her, her
  // questions and who she is (the last first with an error, to check the error summary state).
  await w.expectStep(1);
  assert.equal(await w.page.locator('#pk-step-of').textContent(), t.stepPageOf(1, 1, 3));
  await w.field(t.ownWords).fill(s.ownWords);
  await w.addRow(t.addGoal, t.goalRow, [[t.goal, s.goal]]);
  await onPage(`${name}-1-what-matters`);
  await w.nextPage();
  assert.equal(await w.page.locator('#pk-step-of').textContent(), t.stepPageOf(1, 2, 3));
  await w.field(t.resources).fill(s.resources);
  await w.addRow(t.addRelative, t.relativeRow, [
    [t.name, s.relative.name],
    [t.relation, s.relative.relation],
    [t.relativeContact, s.relative.contact],
  ]);
  await onPage(`${name}-1-what-matters-2`);
  await w.nextPage();
  assert.equal(await w.page.locator('#pk-step-of').textContent(), t.stepPageOf(1, 3, 3));
  await w.field(t.personalNumber).fill('19121212-1213');
  await w.continue();
  const summary = w.page.getByRole('alert').filter({ hasText: t.errorTitle });
  await summary.waitFor();
  assert.equal(await w.page.evaluate(() => document.activeElement.classList.contains('pk-error-summary')), true, 'error summary takes focus');
  await onPage(`${name}-1-error`);
  await summary.getByRole('link').click();
  assert.equal(await w.page.evaluate(() => document.activeElement.id), 'pk-personal-number');
  await w.field(t.personalNumber).fill(s.personalNumber);
  await w.field(t.questionsForVisit).fill(s.questionsForVisit);
  await w.field(t.name, w.group(t.aboutYou)).fill(s.name);
  await onPage(`${name}-1-what-matters-3`);
  await w.continue();

  // 2. Part 1: one list a page.
  await w.expectStep(2);
  await w.addRow(t.addSelfCare, mode === 'prepare' ? t.selfCareRowPrepare : t.selfCareRow, [[t.selfCareText, s.selfCare]]);
  await onPage(`${name}-2-commitments`);
  await w.nextPage();
  await w.addRow(t.addWarning, t.warningRow, [
    [t.warningText, s.warning.text],
    [t.warningWho, s.warning.who],
    [t.warningWhen, s.warning.when],
  ]);
  await onPage(`${name}-2-commitments-2`);
  await w.nextPage();
  // Preparing, the patient writes a wish; in the consultation, what care does.
  if (mode === 'consultation') await w.addRow(t.addCareAction, t.careActionRow, [[t.careActionText, s.careAction]]);
  else await w.addRow(t.addCareWish, t.careWishRow, [[t.careWishText, s.careAction]]);
  await onPage(`${name}-2-commitments-3`);
  await w.continue();

  // 3. Part 2
  await w.expectStep(3);
  assert.equal(await w.page.locator('#pk-step-of').textContent(), t.stepOf(3), 'one page: no page number');
  await w.addRow(t.addPlan, t.planRow, [
    [t.planTitle, s.plan.title],
    [t.planHolder, s.plan.holder],
  ]);
  await w.radio(t.coordinationLegend, t.yes);
  await w.field(mode === 'prepare' ? t.coordinatorPrepare : t.coordinator).fill(s.coordinator);
  await onPage(`${name}-3-planning`);
  await w.continue();

  // 4. Part 3: the fast vårdkontakt, then how to get in touch.
  await w.expectStep(4);
  // At home the patient says whether she has one or wants one, and whom she would like: hers.
  // The need, and who it is, is settled in the consultation.
  const contact = [
    [t.name, s.contact.name],
    [t.role, s.contact.role],
    [t.helpsWith, s.contact.helpsWith],
    [t.unit, s.contact.unit],
    [t.reach, s.contact.reach],
  ];
  if (mode === 'consultation') {
    await w.radio(t.fixedLegend, t.yes);
    await w.addRow(t.addContact, t.contactRow, [...contact, [t.hsa, s.contact.hsa]]);
  } else {
    await w.radio(t.fixedHasLegend, t.no);
    await w.radio(t.fixedWantedLegend, t.yes);
    // What she would like her wished-for contact to help with is asked as a wish.
    const wished = contact.map(([label, value]) => [label === t.helpsWith ? t.helpsWithWished : label, value]);
    await w.addRow(t.addWishedContact, t.wishedContactRow, wished);
  }
  const row = mode === 'consultation' ? t.contactRow : t.wishedContactRow;
  assert.equal(await w.group(row).getByLabel(t.hsa).count(), mode === 'consultation' ? 1 : 0, 'HSA-id only for the professional');
  await onPage(`${name}-4-contacts`);
  await w.nextPage();
  await w.button(t.addRoute).click();
  await w.group(t.routeRow).getByLabel(t.routeKind).selectOption(s.route.kind);
  await w.field(t.routeDetails, w.group(t.routeRow)).fill(s.route.details);
  await onPage(`${name}-4-contacts-2`);
  await w.continue();

  // 5. Part 4
  await w.expectStep(5);
  await w.field(t.nextStep).fill(s.nextStep);
  await w.field(t.date).fill(s.date);
  await w.field(t.time).fill(s.time);
  await w.field(mode === 'consultation' ? t.period : t.preparedPeriod).fill(s.period);
  await w.radio(mode === 'consultation' ? t.modeNextLegend : t.preparedModeLegend, t.visit);
  await w.radio(mode === 'consultation' ? t.initiatorLegend : t.preparedInitiatorLegend, t.care);
  assert.equal(await w.page.getByLabel(t.review).count(), mode === 'consultation' ? 1 : 0);
  if (mode === 'consultation') await w.field(t.review).fill(s.review);
  await onPage(`${name}-5-schedule`);
  await w.continue();

  // 6. The seven questions, a few a page: patient's version alone, or both side by side.
  await w.expectStep(6);
  let answered = 0;
  for (let pg = 1; answered < 7; pg++) {
    if (pg > 1) await w.nextPage();
    const at = await w.where();
    assert.deepEqual([at.step, at.page], [6, pg]);
    const patientGroups = w.page.getByRole('group', { name: mode === 'consultation' ? new RegExp(`^${t.patientSide}: `) : /[?؟]$/ });
    const k = await patientGroups.count();
    assert.ok(k >= 1 && k <= 4, `${k} questions on page ${pg}`);
    for (let i = 0; i < k; i++) await patientGroups.nth(i).getByRole('radio', { name: t.yes, exact: true }).check();
    if (mode === 'consultation') {
      const care = w.page.getByRole('group', { name: new RegExp(`^${t.professionalSide}: `) });
      assert.equal(await care.count(), k);
      // Disagree on question 5 first: it is highlighted.
      if (answered <= 4 && 4 < answered + k) {
        await care.nth(4 - answered).getByRole('radio', { name: t.no, exact: true }).check();
        await w.page.getByText(t.disagreement).waitFor();
        assert.equal(await w.page.locator('.pk-question--disagreement').count(), 1);
        await onPage(`${name}-6-questions-disagreement`);
      }
      for (let i = 0; i < k; i++) await care.nth(i).getByRole('radio', { name: t.yes, exact: true }).check();
      assert.equal(await w.page.locator('.pk-question--disagreement').count(), 0);
    } else {
      assert.equal(await w.page.getByRole('group', { name: new RegExp(t.professionalSide) }).count(), 0);
    }
    answered += k;
    await onPage(`${name}-6-questions${pg > 1 ? `-${pg}` : ''}`);
  }
  assert.equal(answered, 7, 'seven questions over the pages');
  await w.continue();

  // 7. Summary: what she can do now first, every answer folded below it.
  await w.expectStep(7);
  // Never "på plats" before the agreement is marked agreed; a preparation never.
  await w.page.getByRole('heading', { name: mode === 'consultation' ? t.notYet : t.selfCheck }).waitFor();
  assert.equal(await w.page.getByRole('heading', { name: t.inPlace }).count(), 0);
  assert.equal(await w.page.locator('#pk-answers').evaluate((d) => d.open), false, 'the answers folded');
  await w.answers();
  const text = await w.root().innerText();
  for (const v of [s.ownWords, s.goal, s.selfCare, s.warning.text, s.plan.title, s.contact.name, s.nextStep]) {
    assert.ok(text.includes(v), `summary shows ${v}`);
  }
  await w.page.locator('#pk-answers > summary').click();
  if (mode === 'consultation') {
    await onPage(`${name}-7-summary-unmarked`);
    await w.field(t.agreedPatient).fill(s.name);
    await w.field(t.agreedProfessional).fill(s.professional);
    await w.field(t.agreedDate).fill(s.agreedDate);
    await w.button(t.markAgreed).click();
    await w.page.locator('#pk-status').filter({ hasText: t.agreed }).waitFor();
    await w.page.getByRole('heading', { name: t.inPlace }).waitFor();
  } else {
    assert.equal(await w.button(t.markAgreed).count(), 0, 'preparing alone cannot mark an agreement');
    assert.equal(await w.page.getByRole('heading', { name: t.journalTitle }).count(), 0, 'no journal section for a preparation');
  }
  await onPage(`${name}-7-summary`);
  return s;
}

/**
 * A fresh browser on the app's start page at `url`: { browser, page, w (Swedish), errors (the
 * page's uncaught errors, and its console errors when `consoleErrors`) }. `viewport` as launch's;
 * `grant`: permissions given to the origin before the page opens (e.g. the clipboard); `init`:
 * addInitScript's arguments, run in the page before the app; `onRequest`: called with each
 * request the page makes.
 */
export async function openStart(url, { viewport, grant = [], consoleErrors = false, init, onRequest } = {}) {
  const browser = await launch(viewport ? { viewport } : {});
  if (grant.length) await browser.context.grantPermissions(grant, { origin: new URL(url).origin });
  const page = browser.context.pages()[0] || (await browser.context.newPage());
  if (init) await page.addInitScript(...init);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (consoleErrors) page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  if (onRequest) page.on('request', onRequest);
  await page.goto(url);
  const w = new Widget(page, 'sv');
  await w.expectStep(0);
  return { browser, page, w, errors };
}

/**
 * In the page: what the widget's IndexedDB copy holds under `key` (the database opened and closed
 * again), or null. For Playwright's `evaluate` and WebDriver's async script alike.
 */
export function readDurable(key) {
  return new Promise(async (resolve) => {
    // Opening a database that is not there would make it (empty): look first.
    if (!(await indexedDB.databases()).some((d) => d.name === 'patientkontrakt')) return resolve(null);
    const r = indexedDB.open('patientkontrakt');
    r.onsuccess = () => {
      const db = r.result;
      if (!db.objectStoreNames.contains('drafts')) return db.close(), resolve(null);
      const get = db.transaction('drafts').objectStore('drafts').get(key);
      get.onsuccess = () => (db.close(), resolve(get.result ?? null));
      get.onerror = () => (db.close(), resolve(null));
    };
    r.onerror = () => resolve(null);
  });
}

/**
 * From a consultation's summary: the patient's seven answers after going through them all Ja
 * ("Ändra" on the first question of each page of questions), then "Överenskommet av" filled in and the agreement marked agreed.
 */
export async function agreeAllJa(w) {
  const { page, t } = w;
  // "Ändra" on the first question of each page ("Fortsätt" returns to the summary).
  for (let n = 1; n <= 7; ) {
    await w.answers();
    await page.getByRole('button', { name: new RegExp(`^Ändra ${n}\\. `) }).first().click();
    await w.expectStep(6);
    const patient = page.getByRole('group', { name: new RegExp(`^${t.patientSide}: `) });
    const k = await patient.count();
    assert.ok(k > 0, `question ${n} on screen`);
    for (let i = 0; i < k; i++) await patient.nth(i).getByRole('radio', { name: 'Ja', exact: true }).check();
    n += k;
    await w.continue();
    await w.expectStep(7);
  }
  await w.field(t.agreedPatient).fill('Anna Andersson');
  await w.field(t.agreedProfessional).fill('Karin Berg');
  await page.locator('#pk-agreed-date').fill('2026-11-22');
  await w.button(t.markAgreed).click();
  await page.locator('#pk-status').filter({ hasText: t.agreed }).waitFor();
}
