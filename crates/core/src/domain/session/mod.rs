//! The dialogue around the agreement: which step is shown, which problems are shown, the
//! GOV.UK rule "validate on continue, not while typing", and the flow around it: notices,
//! confirmations, a file waiting to replace the draft, and whether autosave may write. Pure,
//! like the rest of the domain: the browser side only carries out what the session says.

mod commands;
mod effects;
mod host;
mod state;

pub use commands::{Command, Confirm, HostOutcome, Loaded, Notice, StorageProblem, View};
pub use effects::{Effect, Focus, Start, Tell};
pub use state::{FhirChoice, HostChoices, Session, Typed, Undo};

use super::action::{apply, Action, Outcome};
use super::checks;
use super::envelope;
use super::field::FieldRef;
use super::field::{InputKind, TextField};
use super::model::{Agreement, Mode};
use super::settings::Settings;
use super::step::Step;
use super::validate::{validate_for_agreement, validate_step, ErrorCode, Problem};

impl Session {
    fn open(&mut self, agreement: Agreement, now: &str) {
        self.typed.clear();
        let mode = self.agreement.mode;
        let language = self.agreement.language;
        apply(&mut self.agreement, Action::Replace(Box::new(agreement)), now);
        // A patient's preparation continues in the consultation when that is what was
        // chosen here, nothing retyped; a consultation file stays a consultation (and
        // an agreed one stays agreed). The language is the one on screen.
        if mode == Mode::Consultation {
            apply(&mut self.agreement, Action::SetMode(mode), now);
        }
        apply(&mut self.agreement, Action::SetLanguage(language), now);
        self.revision += 1;
        self.confirm = None;
        self.returning = false;
        self.go(Step::Summary);
        self.notice = Some(Notice::FileOpened);
    }

    fn go(&mut self, step: Step) {
        self.go_page(step, 0);
    }

    /// Shows a page of a step: a navigation like a change of step (focus to the heading).
    fn go_page(&mut self, step: Step, page: usize) {
        self.step = step;
        self.page = page.min(step.page_count(self.agreement.mode) - 1);
        self.problems.clear();
        self.focus = None;
        self.navigations += 1;
        // She moved on: what the host replaced is gone for good.
        self.undo = None;
        // A notice that only tells what just happened goes with the page it was on; warnings
        // about storage stay until closed.
        if matches!(
            self.notice,
            Some(
                Notice::Restored { .. }
                    | Notice::FileOpened
                    | Notice::Cleared
                    | Notice::StorageOff
                    | Notice::Agreed
                    | Notice::Replaced
                    | Notice::Restarted
                    | Notice::Undone
            )
        ) {
            self.notice = None;
        }
    }

    /// Starts again with `fresh` (in the language on screen, with the region's settings) on
    /// the start page; this widget's stored draft is wiped at once.
    fn restart(&mut self, mut fresh: Box<Agreement>, now: &str) {
        self.typed.clear();
        fresh.language = self.agreement.language;
        fresh.written_in = (fresh.mode == Mode::Prepare).then_some(fresh.language);
        self.settings.prefill(&mut fresh);
        self.edit(Action::Replace(fresh), false, now);
        self.go(Step::Start);
        self.import_error = None;
        self.confirm = None;
        self.autosave_paused = false;
        self.host_set = None;
        self.clears += 1;
    }

    fn show(&mut self, problems: Vec<Problem>) {
        self.problems = problems;
        self.problems_shown += 1;
    }

    /// The session a widget starts with, and what the browser side does first: the stored draft
    /// (or a fresh one) with the notice about storage, the follow-up opened when the host asks
    /// for it, the step to resume at, the wait for the durable copy, and what the user did on
    /// the static start page before the app arrived.
    pub fn start(start: Start, now: &str) -> (Session, Vec<Effect>) {
        let mut s = Session::resume(start.loaded, start.fresh, start.problem, start.storage_off);
        s.readonly = start.readonly;
        s.exports_to_host = start.exports_to_host;
        s.host = start.host;
        s.mode_chosen = start.host.mode_fixed;
        if start.followup {
            s.run(Command::OpenFollowup, now);
        }
        s.run(Command::Resume(start.stored_step), now);
        if start.durable {
            s.run(Command::AwaitDurable, now);
        }
        for cmd in start.handover {
            s.run(cmd, now);
        }
        let effects = effects::Before::nothing().effects(&s);
        (s, effects)
    }

    /// Handles one command at time `now` (RFC 3339), and says what the browser side is to do
    /// about it, in order.
    pub fn handle(&mut self, cmd: Command, now: &str) -> Vec<Effect> {
        let before = effects::Before::of(self);
        self.run(cmd, now);
        before.effects(self)
    }

    fn run(&mut self, cmd: Command, now: &str) {
        match cmd {
            Command::Edit(Action::SetText(f, raw)) if f.is_date_or_time() => self.type_date_or_time(f, raw, now),
            Command::Edit(action) => {
                if matches!(action, Action::SetMode(_)) {
                    self.followup_chosen = false;
                    self.mode_chosen = true;
                }
                let marking = action == Action::MarkAgreed;
                // A date typed that is not one is not marked agreed over: it says what is wrong.
                let unread: Vec<Problem> =
                    if marking { self.not_understood(Step::Summary).collect() } else { Vec::new() };
                if unread.is_empty() {
                    self.edit(action, marking, now)
                } else {
                    self.show(unread);
                }
            }
            Command::Continue if self.step == Step::Start && self.durable_pending => self.held_continue = true,
            // Opening the view is a navigation: focus goes to its heading, not lost with "Börja".
            Command::Continue if self.step == Step::Start && self.followup_chosen => {
                self.view = View::Followup;
                self.focus = None;
                self.navigations += 1;
            }
            Command::Continue => {
                let problems = self.current_problems();
                if problems.is_empty() {
                    let resume = self.resume_step.filter(|_| self.step == Step::Start && !self.is_blank());
                    let pages = self.step.page_count(self.agreement.mode);
                    if self.returning && self.step != Step::Start {
                        self.returning = false;
                        self.go(Step::Summary);
                    } else if let Some(step) = resume {
                        self.go(step);
                    } else if self.page + 1 < pages {
                        self.go_page(self.step, self.page + 1);
                    } else if let Some(next) = self.step.next() {
                        self.go(next);
                    }
                } else {
                    self.show(problems);
                }
            }
            // Back a page (opened from the summary, "Fortsätt" still returns there), and from a
            // step's first page to the last page of the step before.
            Command::Back => {
                if self.page > 0 {
                    let returning = self.returning;
                    self.go_page(self.step, self.page - 1);
                    self.returning = returning;
                } else if let Some(prev) = self.step.prev() {
                    self.returning = false;
                    self.go_page(prev, prev.page_count(self.agreement.mode) - 1);
                }
            }
            Command::GoTo(step) => {
                self.returning = self.step == Step::Summary && step != Step::Summary && step != Step::Start;
                self.answers_open |= self.returning;
                self.go(step);
            }
            Command::GoToRow(row) => {
                let step = row.step();
                self.returning = self.step == Step::Summary && step != Step::Summary;
                self.answers_open |= self.returning;
                self.go_page(step, step.page_of(self.agreement.mode, row).unwrap_or(0));
            }
            // To the page that holds the field, which takes focus.
            Command::Fix(field) => {
                let (step, page) = (field.step(), field.page(self.agreement.mode));
                if (step, page) != (self.step, self.page) {
                    self.answers_open |= self.step == Step::Summary;
                    self.returning = self.step == Step::Summary || (self.returning && step == self.step);
                    self.go_page(step, page);
                    self.focus = Some(field);
                }
            }
            Command::Opened(Ok(agreement)) => {
                self.import_error = None;
                // Her preparation opened on a start page that shows the preselected "Förbered
                // besöket", nobody having chosen it: one question, in which mode to continue (and,
                // over a draft, that it is replaced). A clinician opening her file rarely switches
                // mode first.
                let preselected = self.agreement.mode == Mode::Prepare && !self.mode_chosen;
                if agreement.mode == Mode::Prepare && preselected && self.step == Step::Start {
                    self.confirm = Some(Confirm::OpenAs { agreement, replaces: !self.is_blank() });
                } else if self.is_blank() {
                    self.open(*agreement, now);
                } else {
                    self.confirm = Some(Confirm::Replace(agreement));
                }
            }
            Command::OpenAs(mode) => {
                if let Some(Confirm::OpenAs { agreement, .. }) = self.confirm.take() {
                    self.agreement.mode = mode;
                    self.mode_chosen = true;
                    self.open(*agreement, now);
                }
            }
            Command::Opened(Err(e)) => self.import_error = Some(e),
            Command::ConfirmReplace => match self.confirm.take() {
                Some(Confirm::Replace(agreement)) => self.open(*agreement, now),
                Some(Confirm::HostSet(agreement)) => self.replace_by_host(agreement),
                Some(Confirm::HostReset(fresh)) => self.restart_by_host(fresh, now),
                Some(Confirm::OpenAs { agreement, .. }) => self.open(*agreement, now),
                other => self.confirm = other,
            },
            Command::HostSet { agreement, replace } => self.host_set_agreement(agreement, replace),
            Command::HostReset { fresh, replace } => self.host_reset(fresh, replace, now),
            Command::Undo => self.undo(),
            Command::AskClear => self.confirm = Some(Confirm::Clear),
            Command::Clear(fresh) => {
                self.restart(fresh, now);
                self.notice = Some(Notice::Cleared);
                self.device_clears += 1;
            }
            Command::ClearFailed => self.notice = Some(Notice::ClearFailed),
            Command::ExportsToHost(to_host) => self.exports_to_host = to_host,
            Command::Cancel => self.confirm = None,
            Command::CloseNotice => self.notice = None,
            Command::StartFresh => {
                self.autosave_paused = false;
                self.notice = None;
            }
            Command::ChooseFollowup => self.followup_chosen = true,
            Command::OpenFollowup => {
                self.followup_chosen = true;
                self.view = View::Followup;
            }
            Command::Resume(step) => self.resume_step = step.filter(|s| *s != Step::Start),
            Command::AwaitDurable => self.durable_pending = true,
            Command::Durable(loaded, step) => {
                let held = std::mem::take(&mut self.held_continue);
                self.durable_pending = false;
                let untouched = self.revision == 0
                    && self.clears == 0
                    && self.navigations == 0
                    && self.step == Step::Start
                    && self.view == View::Dialogue
                    && self.confirm.is_none();
                let newer = match &loaded {
                    Loaded::Draft(d) => {
                        !self.settings.is_fresh(d)
                            && (self.is_blank()
                                || envelope::instant(&d.updated) > envelope::instant(&self.agreement.updated))
                    }
                    // Unreadable text is shown (and kept) only when there is nothing else.
                    Loaded::Unreadable { .. } => self.is_blank() && self.notice.is_none(),
                    Loaded::Nothing => false,
                };
                if untouched && newer {
                    let resume_step = step.or(self.resume_step).filter(|s| *s != Step::Start);
                    let told = self.save_failure_told;
                    let settings = self.settings.clone();
                    let (readonly, exports_to_host) = (self.readonly, self.exports_to_host);
                    let (host, mode_chosen) = (self.host, self.mode_chosen);
                    *self = Session::resume(loaded, self.agreement.clone(), None, false);
                    self.save_failure_told = told;
                    self.settings = settings;
                    self.readonly = readonly;
                    self.exports_to_host = exports_to_host;
                    self.host = host;
                    self.mode_chosen = mode_chosen;
                    self.resume_step = resume_step;
                }
                if held {
                    self.run(Command::Continue, now);
                }
            }
            Command::CloseFollowup => {
                self.view = View::Dialogue;
                self.followup_chosen = false;
                self.go(Step::Start);
            }
            Command::Settings(settings) => {
                if self.is_blank() {
                    let mut a = self.agreement.clone();
                    Settings::default().prefill(&mut a);
                    settings.prefill(&mut a);
                    self.agreement = a;
                }
                self.settings = settings;
            }
            Command::SaveFailed(problem) => {
                if !std::mem::replace(&mut self.save_failure_told, true) {
                    self.notice = Some(Notice::Storage(problem));
                }
            }
        }
    }

    fn edit(&mut self, action: Action, marking: bool, now: &str) {
        let target = action.target();
        let only_language = matches!(action, Action::SetLanguage(_));
        match apply(&mut self.agreement, action, now) {
            // Only a button press shows problems; a refused keystroke (which the UI's inputs
            // cannot produce) changes nothing and shows nothing, so typing never moves focus.
            Outcome::Refused(problems) if marking => self.show(problems),
            Outcome::Refused(_) | Outcome::Unchanged => {}
            Outcome::Changed => {
                self.revision += 1;
                self.last_change = Some(target);
                // She changed something (not merely the language on screen): what the host
                // replaced is gone for good.
                if !only_language
                    && self.undo.take().is_some()
                    && matches!(self.notice, Some(Notice::Replaced | Notice::Restarted))
                {
                    self.notice = None;
                }
                if marking {
                    self.notice = Some(Notice::Agreed);
                }
                if !self.problems.is_empty() {
                    // Errors on screen go away once fixed; new ones wait for "Fortsätt".
                    let still = self.current_problems();
                    self.problems.retain(|p| still.contains(p));
                }
            }
        }
    }

    /// A date or time typed as people write it, in one text field (GOV.UK's pattern: what she
    /// sees does not depend on her browser's language): the agreement holds it as ISO 8601 when
    /// it is one, and nothing while it is not (yet); the field keeps showing what she typed, and
    /// "Fortsätt" says what is wrong.
    fn type_date_or_time(&mut self, f: TextField, raw: String, now: &str) {
        let date = f.input() == InputKind::Date;
        let read = if date { checks::normalise_date(&raw) } else { checks::normalise_time(&raw) };
        // A date in a year ISO 8601 allows but no care plan means (0002, while typing) is kept
        // as it is and checked on "Fortsätt" (`validate`), as before.
        let read = read.or_else(|| (date && checks::is_iso_date(raw.trim())).then(|| raw.trim().to_string()));
        let value = read.clone().unwrap_or_default();
        self.edit(Action::SetText(f, value.clone()), false, now);
        self.typed.retain(|t| t.field != f);
        if raw.trim() != value {
            self.typed.push(Typed { field: f, text: raw, holds: value, understood: read.is_some() });
        }
    }

    /// The fields on `step` (on its page on screen, but for the summary, which checks them all)
    /// whose typed text is not a date or time: the format's error.
    fn not_understood(&self, step: Step) -> impl Iterator<Item = Problem> + '_ {
        let here = move |f: TextField| {
            f.step() == step && (step == Step::Summary || FieldRef::Text(f).page(self.agreement.mode) == self.page)
        };
        self.typed
            .iter()
            .filter(move |t| !t.understood && here(t.field) && t.holds == t.field.get(&self.agreement))
            .map(|t| Problem {
                field: FieldRef::Text(t.field),
                code: if t.field.input() == InputKind::Date { ErrorCode::DateFormat } else { ErrorCode::TimeFormat },
            })
    }

    fn current_problems(&self) -> Vec<Problem> {
        let mut problems: Vec<Problem> = if self.step == Step::Summary {
            // The summary's own fields (agreed by) are held to what marking as agreed needs.
            validate_for_agreement(&self.agreement).into_iter().filter(|p| p.field.step() == Step::Summary).collect()
        } else {
            // "Fortsätt" checks the page on screen: the step's other pages are checked on theirs.
            let mode = self.agreement.mode;
            validate_step(&self.agreement, self.step).into_iter().filter(|p| p.field.page(mode) == self.page).collect()
        };
        for p in self.not_understood(self.step) {
            if !problems.iter().any(|q| q.field == p.field) {
                problems.push(p);
            }
        }
        problems
    }
}
