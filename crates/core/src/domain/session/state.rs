//! The session's state: everything the user interface shows, apart from transient browser state.

use std::rc::Rc;

use super::super::envelope::ImportError;
use super::super::field::{FieldRef, TextField};
use super::super::model::Agreement;
use super::super::settings::Settings;
use super::super::step::Step;
use super::super::steps::SummaryRow;
use super::super::validate::Problem;
use super::commands::{Confirm, Loaded, Notice, StorageProblem, View};

/// Everything the user interface shows, apart from transient browser state.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// The agreement.
    pub agreement: Agreement,
    /// The step on screen.
    pub step: Step,
    /// The page of the step on screen (0-based; [`Step::pages`]).
    pub page: usize,
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
    /// Grows with each fresh start ("Rensa uppgifter", the host's `reset`): this widget's stored
    /// draft is wiped at once, pending saves dropped.
    pub clears: u32,
    /// Grows with each "Rensa uppgifter": every draft of the widget on this device is removed.
    pub device_clears: u32,
    /// A read-only view of what the host sets: nothing in it is hers.
    pub readonly: bool,
    /// The host takes the exports (`exports="host"`): the screen says they are sent, not
    /// downloaded, and does not say that nothing is sent anywhere.
    pub exports_to_host: bool,
    /// The revision at which the host set the agreement: until it changes, the draft is the
    /// host's, not hers ([`Session::holds_her_text`]).
    pub(super) host_set: Option<u64>,
    /// Her draft as it was before the host's agreement or fresh start replaced it (she said
    /// yes): "Ångra" brings it back, until she changes something or moves on.
    pub undo: Option<Box<Undo>>,
    /// A failed save has been told once; later failures stay quiet.
    pub(super) save_failure_told: bool,
    /// What is on screen: the dialogue, or the unit's follow-up of many agreements.
    pub view: View,
    /// On the start page, "Uppföljning för verksamheten" is the choice (not a mode of the
    /// agreement: the draft is left as it is).
    pub followup_chosen: bool,
    /// The step was opened from the summary ("Ändra", a gap link, an error link): "Fortsätt"
    /// returns to the summary (GOV.UK's check-answers pattern).
    pub returning: bool,
    /// The summary shows every answer unfolded: she went from there to change one, and comes
    /// back to them (else they are folded under the summary's actions, issue 29).
    pub answers_open: bool,
    /// The step the user was on last, as stored (so "Fortsätt där du slutade" goes back there).
    pub resume_step: Option<Step>,
    /// The durable copy is still being read: "Fortsätt" on the start page waits for it (a few
    /// milliseconds), so an older draft is never continued in its place.
    pub durable_pending: bool,
    /// "Fortsätt" was pressed while the durable copy was being read; it goes on once it is in.
    pub(super) held_continue: bool,
    /// What the last change changed ([`Action::target`]), for the embedding's `pk-change`.
    pub last_change: Option<String>,
    /// The host's region settings: what new drafts are prefilled with.
    pub settings: Rc<Settings>,
    /// What the host page decided about what is offered.
    pub host: HostChoices,
    /// What was typed in a date or time field when it is not what the agreement holds: a date
    /// not (yet) understood (the agreement holds none, and "Fortsätt" says so), or one written
    /// another way (`2027-3-1` for 2027-03-01). The field shows it as typed, whatever the
    /// browser's language ([`Session::shown_text`]).
    pub typed: Vec<Typed>,
    /// A mode was chosen on the start page in this session (or the host set one): an opened
    /// preparation continues in it without asking.
    pub mode_chosen: bool,
}

/// A date or time field's text as typed ([`Session::typed`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Typed {
    /// The field.
    pub field: TextField,
    /// What was typed.
    pub text: String,
    /// What the agreement held for it then: the text is shown only while it still does.
    pub holds: String,
    /// Whether it is a date or time at all (else "Fortsätt" shows the format's error).
    pub understood: bool,
}

/// What the host page decided about what the widget offers (its attributes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct HostChoices {
    /// The host set the mode (`mode`): the start page shows no mode chooser.
    pub mode_fixed: bool,
    /// The start page offers the unit's follow-up (`followup`).
    pub followup_offered: bool,
    /// Which FHIR file the journal card offers (`fhir`).
    pub fhir: FhirChoice,
}

/// The one FHIR file the journal card offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FhirChoice {
    /// A transaction Bundle for a journal system's import (the default).
    #[default]
    Bundle,
    /// A FHIR document (a Bundle of type `document` with a Composition).
    Document,
}

impl Session {
    /// A session on the start page.
    pub fn new(agreement: Agreement) -> Self {
        Session {
            agreement,
            step: Step::Start,
            page: 0,
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
            device_clears: 0,
            readonly: false,
            exports_to_host: false,
            host_set: None,
            undo: None,
            save_failure_told: false,
            view: View::Dialogue,
            followup_chosen: false,
            returning: false,
            answers_open: false,
            resume_step: None,
            durable_pending: false,
            held_continue: false,
            last_change: None,
            settings: Rc::default(),
            host: HostChoices::default(),
            typed: Vec::new(),
            mode_chosen: false,
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

    /// What a text field shows: what was typed in a date or time field, while the agreement
    /// still holds what it held then; else what the agreement holds.
    pub fn shown_text(&self, f: TextField) -> &str {
        let held = f.get(&self.agreement);
        self.typed.iter().find(|t| t.field == f && t.holds == held).map_or(held, |t| t.text.as_str())
    }

    /// "Sida 2 av 3" of the step on screen: the page (1-based) and how many there are, when the
    /// step has more than one.
    pub fn page_of_pages(&self) -> Option<(usize, usize)> {
        let pages = self.step.page_count(self.agreement.mode);
        (pages > 1).then_some((self.page + 1, pages))
    }

    /// Whether the page on screen asks what `row` shows (a row the step does not list in this
    /// mode is on its first page).
    pub fn shows(&self, row: SummaryRow) -> bool {
        self.step.page_of(self.agreement.mode, row).unwrap_or(0) == self.page
    }

    /// Whether the draft holds her own text: it is not blank, not exactly what the host set,
    /// and not a read-only view. The host never replaces or wipes it without asking her.
    pub fn holds_her_text(&self) -> bool {
        !self.readonly && !self.is_blank() && self.host_set != Some(self.revision)
    }
}

/// What "Ångra" brings back.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    /// Her draft.
    pub agreement: Agreement,
    /// The step she was on.
    pub step: Step,
}
