//! The dialogue around the agreement: which step is shown, which problems are shown, and the
//! GOV.UK rule "validate on continue, not while typing". Pure, like the rest of the domain.

use super::action::{apply, Action, Outcome};
use super::envelope::ImportError;
use super::field::FieldRef;
use super::model::{Agreement, Mode};
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
    /// A file was read: open it, or show why not. The current agreement stays on failure.
    Opened(Result<Agreement, ImportError>),
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
        }
    }

    fn go(&mut self, step: Step) {
        self.step = step;
        self.problems.clear();
        self.focus = None;
        self.navigations += 1;
    }

    fn show(&mut self, problems: Vec<Problem>) {
        self.problems = problems;
        self.problems_shown += 1;
    }

    /// Handles one command at time `now` (RFC 3339).
    pub fn handle(&mut self, cmd: Command, now: &str) {
        match cmd {
            Command::Edit(action) => {
                let marking = action == Action::MarkAgreed;
                self.edit(action, marking, now)
            }
            Command::Continue => {
                let problems = self.current_problems();
                if problems.is_empty() {
                    if let Some(next) = self.step.next() {
                        self.go(next);
                    }
                } else {
                    self.show(problems);
                }
            }
            Command::Back => {
                if let Some(prev) = self.step.prev() {
                    self.go(prev);
                }
            }
            Command::GoTo(step) => self.go(step),
            Command::Fix(field) => {
                let step = field.step();
                if step != self.step {
                    self.go(step);
                    self.focus = Some(field);
                }
            }
            Command::Opened(Ok(agreement)) => {
                self.import_error = None;
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
                self.go(Step::Summary);
            }
            Command::Opened(Err(e)) => self.import_error = Some(e),
        }
    }

    fn edit(&mut self, action: Action, marking: bool, now: &str) {
        match apply(&mut self.agreement, action, now) {
            // Only a button press shows problems; a refused keystroke (which the UI's inputs
            // cannot produce) changes nothing and shows nothing, so typing never moves focus.
            Outcome::Refused(problems) if marking => self.show(problems),
            Outcome::Refused(_) | Outcome::Unchanged => {}
            Outcome::Changed => {
                self.revision += 1;
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
