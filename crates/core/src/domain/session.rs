//! The dialogue around the agreement: which step is shown, which problems are shown, the
//! GOV.UK rule "validate on continue, not while typing", and the flow around it: notices,
//! confirmations, a file waiting to replace the draft, and whether autosave may write. Pure,
//! like the rest of the domain: the browser side only carries out what the session says.

use std::rc::Rc;

use super::action::{apply, Action, Outcome};
use super::envelope::{self, ImportError};
use super::field::FieldRef;
use super::model::{Agreement, Mode};
use super::settings::Settings;
use super::steps::Step;
use super::validate::{validate_for_agreement, validate_step, Problem};

/// Everything the user interface shows, apart from transient browser state.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// The agreement.
    pub agreement: Agreement,
    /// The step on screen.
    pub step: Step,
    /// Problems on screen (after a refused "Fortsätt" or "Markera som överenskommet").
    pub problems: Vec<Problem>,
    /// Grows each time problems are shown anew, so the error summary can take focus.
    pub problems_shown: u32,
    /// Grows with every change of step, so the new step's heading can take focus.
    pub navigations: u32,
    /// Grows with every change to the agreement (for autosave).
    pub revision: u64,
    /// After a navigation: the field to focus instead of the step's heading.
    pub focus: Option<FieldRef>,
    /// The last file that could not be opened, and why.
    pub import_error: Option<ImportError>,
    /// The message above the step, if any.
    pub notice: Option<Notice>,
    /// The question on screen that waits for a yes or a no, if any.
    pub confirm: Option<Confirm>,
    /// Autosave must not write: unreadable stored text is on offer and must not be overwritten
    /// until the user chooses to start afresh.
    pub autosave_paused: bool,
    /// Grows with each "Rensa uppgifter": storage is wiped at once, pending saves dropped.
    pub clears: u32,
    /// A failed save has been told once; later failures stay quiet.
    save_failure_told: bool,
    /// What is on screen: the dialogue, or the unit's follow-up of many agreements.
    pub view: View,
    /// On the start page, "Uppföljning för verksamheten" is the choice (not a mode of the
    /// agreement: the draft is left as it is).
    pub followup_chosen: bool,
    /// The step was opened from the summary ("Ändra", a gap link, an error link): "Fortsätt"
    /// returns to the summary (GOV.UK's check-answers pattern).
    pub returning: bool,
    /// The step the user was on last, as stored (so "Fortsätt där du slutade" goes back there).
    pub resume_step: Option<Step>,
    /// The durable copy is still being read: "Fortsätt" on the start page waits for it (a few
    /// milliseconds), so an older draft is never continued in its place.
    pub durable_pending: bool,
    /// "Fortsätt" was pressed while the durable copy was being read; it goes on once it is in.
    held_continue: bool,
    /// What the last change changed ([`Action::target`]), for the embedding's `pk-change`.
    pub last_change: Option<String>,
    /// The host's region settings: what new drafts are prefilled with.
    pub settings: Rc<Settings>,
}

/// What the app shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The guided dialogue around one agreement.
    #[default]
    Dialogue,
    /// "Uppföljning för verksamheten": many agreements counted together, nothing stored.
    Followup,
}

/// Why autosave is not available or failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser refuses access (sandboxed iframe, blocked cookies, privacy mode).
    Blocked,
    /// The browser has no such storage.
    Missing,
    /// A write failed because storage is full.
    Full,
}

/// What was found in storage at start.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved.
    Nothing,
    /// A draft, ready to continue.
    Draft(Box<Agreement>),
    /// Something under our key that cannot be read: the raw text and why.
    Unreadable {
        /// The stored text, exactly as found.
        raw: String,
        /// What is wrong with it.
        error: ImportError,
    },
}

/// A message above the step.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The stored draft was restored; `saved` is when it was last changed (RFC 3339).
    Restored {
        /// When the draft was last changed.
        saved: String,
    },
    /// Autosave is not available, or a save failed.
    Storage(StorageProblem),
    /// The host chose not to store anything.
    StorageOff,
    /// The stored draft could not be read; it is offered for download.
    Unreadable {
        /// The stored text, exactly as found.
        raw: Rc<str>,
        /// What is wrong with it.
        error: ImportError,
    },
    /// "Rensa uppgifter" removed everything.
    Cleared,
    /// The agreement was just marked as agreed.
    Agreed,
    /// A file was opened.
    FileOpened,
}

/// A question that waits for the user's yes or no.
#[derive(Clone, Debug, PartialEq)]
pub enum Confirm {
    /// "Vill du ta bort allt du har skrivit från den här enheten?"
    Clear,
    /// "Vill du ersätta utkastet med innehållet i filen?", with the opened file.
    Replace(Box<Agreement>),
}

/// What the user can do in the dialogue.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Change the agreement.
    Edit(Action),
    /// "Fortsätt": go on if the step has no problems, else show them.
    Continue,
    /// "Tillbaka": go back without validating (nothing typed is lost).
    Back,
    /// Go straight to a step ("Ändra" links, gap links). Not validated, like Back.
    GoTo(Step),
    /// Go to the step of a field and focus it (error summary links to other steps).
    Fix(FieldRef),
    /// A file was read: open it, or show why not. The current agreement stays on failure;
    /// a draft with content is only replaced after [`Command::ConfirmReplace`].
    Opened(Result<Box<Agreement>, ImportError>),
    /// Open the file that waits for confirmation, replacing the draft.
    ConfirmReplace,
    /// The host page set the agreement (the embedding's `setAgreement`): it replaces the draft
    /// exactly as given, without asking (the host's script decided) and without the changes
    /// opening a file makes (mode and language of the screen), and the summary shows it.
    Set(Box<Agreement>),
    /// Ask whether to remove everything ("Rensa uppgifter", "Börja om").
    AskClear,
    /// Remove everything: start again with this fresh agreement (in the language on screen)
    /// on the start page, and have storage wiped at once.
    Clear(Box<Agreement>),
    /// Answer no to the question on screen.
    Cancel,
    /// Close the notice.
    CloseNotice,
    /// Leave the unreadable stored draft behind: autosave may write again.
    StartFresh,
    /// A save failed; said once.
    SaveFailed(StorageProblem),
    /// On the start page, choose the unit's follow-up (with "Börja" it opens).
    ChooseFollowup,
    /// Open the unit's follow-up now.
    OpenFollowup,
    /// Close the follow-up: what it read is forgotten; back to the start page.
    CloseFollowup,
    /// The step stored with the draft at start: "Fortsätt där du slutade" goes there.
    Resume(Option<Step>),
    /// A durable copy of the draft (IndexedDB) is being read: see [`Session::durable_pending`].
    AwaitDurable,
    /// The durable copy of the draft (IndexedDB), read a moment after start (`Nothing` when
    /// there is none or it could not be read). It replaces what the app started with when that
    /// is older or empty, but only while the user has not yet done anything: what they are
    /// doing always wins.
    Durable(Loaded, Option<Step>),
    /// The host's region settings arrived (or changed). They prefill new drafts: the draft on
    /// screen takes them only while it holds nothing else, and work in progress keeps the
    /// unit, routes and wording it has.
    Settings(Rc<Settings>),
}

impl Session {
    /// A session on the start page.
    pub fn new(agreement: Agreement) -> Self {
        Session {
            agreement,
            step: Step::Start,
            problems: Vec::new(),
            problems_shown: 0,
            navigations: 0,
            revision: 0,
            focus: None,
            import_error: None,
            notice: None,
            confirm: None,
            autosave_paused: false,
            clears: 0,
            save_failure_told: false,
            view: View::Dialogue,
            followup_chosen: false,
            returning: false,
            resume_step: None,
            durable_pending: false,
            held_continue: false,
            last_change: None,
            settings: Rc::default(),
        }
    }

    /// The session the app starts with: the stored draft if there is one, else `fresh`, with
    /// the notice that says what happened to storage. `problem` is why storage is not usable;
    /// `storage_off` that the host chose to store nothing.
    pub fn resume(loaded: Loaded, fresh: Agreement, problem: Option<StorageProblem>, storage_off: bool) -> Self {
        let notice = match (&loaded, problem) {
            (Loaded::Unreadable { raw, error }, _) => {
                Some(Notice::Unreadable { raw: Rc::from(raw.as_str()), error: error.clone() })
            }
            (_, Some(problem)) => Some(Notice::Storage(problem)),
            (Loaded::Draft(a), _) if !a.is_blank() => Some(Notice::Restored { saved: a.updated.clone() }),
            _ if storage_off => Some(Notice::StorageOff),
            _ => None,
        };
        let autosave_paused = matches!(loaded, Loaded::Unreadable { .. });
        let agreement = match loaded {
            Loaded::Draft(a) => *a,
            _ => fresh,
        };
        Session { notice, autosave_paused, save_failure_told: problem.is_some(), ..Session::new(agreement) }
    }

    /// Whether the draft holds nothing beyond what the region's settings prefill.
    pub fn is_blank(&self) -> bool {
        self.settings.is_fresh(&self.agreement)
    }

    fn open(&mut self, agreement: Agreement, now: &str) {
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
        self.step = step;
        self.problems.clear();
        self.focus = None;
        self.navigations += 1;
        // A notice that only tells what just happened goes with the page it was on; warnings
        // about storage stay until closed.
        if matches!(
            self.notice,
            Some(Notice::Restored { .. } | Notice::FileOpened | Notice::Cleared | Notice::StorageOff | Notice::Agreed)
        ) {
            self.notice = None;
        }
    }

    fn show(&mut self, problems: Vec<Problem>) {
        self.problems = problems;
        self.problems_shown += 1;
    }

    /// Handles one command at time `now` (RFC 3339).
    pub fn handle(&mut self, cmd: Command, now: &str) {
        match cmd {
            Command::Edit(action) => {
                if matches!(action, Action::SetMode(_)) {
                    self.followup_chosen = false;
                }
                let marking = action == Action::MarkAgreed;
                self.edit(action, marking, now)
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
                    if self.returning && self.step != Step::Start {
                        self.returning = false;
                        self.go(Step::Summary);
                    } else if let Some(step) = resume {
                        self.go(step);
                    } else if let Some(next) = self.step.next() {
                        self.go(next);
                    }
                } else {
                    self.show(problems);
                }
            }
            Command::Back => {
                if let Some(prev) = self.step.prev() {
                    self.returning = false;
                    self.go(prev);
                }
            }
            Command::GoTo(step) => {
                self.returning = self.step == Step::Summary && step != Step::Summary && step != Step::Start;
                self.go(step);
            }
            Command::Fix(field) => {
                let step = field.step();
                if step != self.step {
                    self.returning = self.step == Step::Summary;
                    self.go(step);
                    self.focus = Some(field);
                }
            }
            Command::Opened(Ok(agreement)) => {
                self.import_error = None;
                if self.is_blank() {
                    self.open(*agreement, now);
                } else {
                    self.confirm = Some(Confirm::Replace(agreement));
                }
            }
            Command::Opened(Err(e)) => self.import_error = Some(e),
            Command::ConfirmReplace => {
                if let Some(Confirm::Replace(agreement)) = self.confirm.take() {
                    self.open(*agreement, now);
                }
            }
            Command::Set(agreement) => {
                self.agreement = *agreement;
                self.revision += 1;
                self.last_change = Some("agreement".into());
                self.import_error = None;
                self.confirm = None;
                self.returning = false;
                self.problems.clear();
                self.go(Step::Summary);
            }
            Command::AskClear => self.confirm = Some(Confirm::Clear),
            Command::Clear(mut fresh) => {
                fresh.language = self.agreement.language;
                self.settings.prefill(&mut fresh);
                self.edit(Action::Replace(fresh), false, now);
                self.go(Step::Start);
                self.import_error = None;
                self.confirm = None;
                self.autosave_paused = false;
                self.notice = Some(Notice::Cleared);
                self.clears += 1;
            }
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
                    *self = Session::resume(loaded, self.agreement.clone(), None, false);
                    self.save_failure_told = told;
                    self.settings = settings;
                    self.resume_step = resume_step;
                }
                if held {
                    self.handle(Command::Continue, now);
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
        match apply(&mut self.agreement, action, now) {
            // Only a button press shows problems; a refused keystroke (which the UI's inputs
            // cannot produce) changes nothing and shows nothing, so typing never moves focus.
            Outcome::Refused(problems) if marking => self.show(problems),
            Outcome::Refused(_) | Outcome::Unchanged => {}
            Outcome::Changed => {
                self.revision += 1;
                self.last_change = Some(target);
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

    fn current_problems(&self) -> Vec<Problem> {
        if self.step == Step::Summary {
            // The summary's own fields (agreed by) are held to what marking as agreed needs.
            return validate_for_agreement(&self.agreement)
                .into_iter()
                .filter(|p| p.field.step() == Step::Summary)
                .collect();
        }
        validate_step(&self.agreement, self.step)
    }
}
