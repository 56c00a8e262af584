//! What the browser side carries out after a command: the session decides (save soon, wipe
//! storage, move focus, tell the host), the adapter only does it. Worked out by comparing the
//! session before and after the command, so every path through `handle` says what it caused.

use super::super::envelope::ImportError;
use super::super::field::FieldRef;
use super::super::model::{Agreement, Mode, Status};
use super::super::step::Step;
use super::commands::{Command, Confirm, Loaded, Notice, StorageProblem};
use super::state::Session;

/// One thing to do after a command, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Save the agreement soon: a burst of typing is one write.
    SaveSoon,
    /// Remove what storage holds for this widget, at once, and drop a save that is waiting.
    WipeStorage,
    /// "Rensa uppgifter": as [`Effect::WipeStorage`], and remove every draft of the widget on
    /// this device too (every widget's keys in Web Storage, the IndexedDB database) and a
    /// journal note it put on the clipboard. A failure is told with [`Command::ClearFailed`].
    ClearDevice,
    /// Store the step on screen with the draft ("Fortsätt där du slutade" returns there).
    SaveStep(Step),
    /// Move focus (and scroll) to this place in the widget.
    Focus(Focus),
    /// Tell the host page (an event to the host element).
    Tell(Tell),
}

/// Where focus goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The heading of the step (or view) on screen.
    Heading,
    /// A field, on the step on screen (its heading when the field is not there).
    Field(FieldRef),
    /// The question "Vill du ta bort allt…?".
    ClearQuestion,
    /// "Rensa uppgifter", after the question was answered.
    ClearButton,
    /// The question whether an opened file (or the host's agreement or fresh start) replaces
    /// the draft.
    ReplaceQuestion,
    /// The notice above the step.
    Notice,
}

/// What the host page is told. Keys only, never what the patient typed, except in
/// [`Tell::Agreed`], which carries the agreement to the host that made it.
#[derive(Clone, Debug, PartialEq)]
pub enum Tell {
    /// The agreement changed: on which step, and the key of what changed.
    Change {
        /// The step on screen.
        step: Step,
        /// [`super::super::action::Action::target`] of the change.
        field: Option<String>,
    },
    /// Another step is on screen.
    Step(Step),
    /// A preparation reached its end.
    Complete,
    /// The consultation was marked agreed here.
    Agreed(Box<Agreement>),
    /// Everything was cleared.
    Reset,
    /// A file could not be opened.
    ImportFailed(ImportError),
    /// Storage is blocked, missing or full.
    Storage(StorageProblem),
}

/// How the widget starts: what the host and storage say, and what was done on the static start
/// page before the app arrived.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    /// What storage held.
    pub loaded: Loaded,
    /// A new agreement, for when storage held none.
    pub fresh: Agreement,
    /// Why storage is not usable, if it is not.
    pub problem: Option<StorageProblem>,
    /// The host chose to store nothing.
    pub storage_off: bool,
    /// Open the unit's follow-up at once.
    pub followup: bool,
    /// The step stored with the draft.
    pub stored_step: Option<Step>,
    /// A read-only view of what the host sets (`data-readonly`).
    pub readonly: bool,
    /// The host takes the exports (`data-exports="host"`).
    pub exports_to_host: bool,
    /// A durable copy (IndexedDB) is being read.
    pub durable: bool,
    /// What the user did on the static start page.
    pub handover: Vec<Command>,
    /// What the host decided about what is offered.
    pub host: super::state::HostChoices,
}

/// What the effects are worked out from: the parts of a session that say something happened.
pub(super) struct Before {
    /// The step on screen (none before the widget starts).
    step: Option<Step>,
    revision: u64,
    navigations: u32,
    clears: u32,
    device_clears: u32,
    clear_asked: bool,
    replace_asked: bool,
    marked: bool,
    import_error: Option<ImportError>,
    storage: Option<StorageProblem>,
}

fn storage(notice: &Option<Notice>) -> Option<StorageProblem> {
    match notice {
        Some(Notice::Storage(p)) => Some(*p),
        _ => None,
    }
}

impl Before {
    /// The session as it is before a command.
    pub(super) fn of(s: &Session) -> Before {
        Before {
            step: Some(s.step),
            revision: s.revision,
            navigations: s.navigations,
            clears: s.clears,
            device_clears: s.device_clears,
            clear_asked: s.confirm == Some(Confirm::Clear),
            replace_asked: s.confirm.as_ref().is_some_and(Confirm::replaces),
            marked: s.agreement.status == Status::Agreed && s.notice == Some(Notice::Agreed),
            import_error: s.import_error.clone(),
            storage: storage(&s.notice),
        }
    }

    /// Nothing has happened yet: what a widget starting from `s` has to do.
    pub(super) fn nothing() -> Before {
        Before {
            step: None,
            revision: 0,
            navigations: 0,
            clears: 0,
            device_clears: 0,
            clear_asked: false,
            replace_asked: false,
            marked: false,
            import_error: None,
            storage: None,
        }
    }

    /// What changed from this to `s`, as effects, in the order they are carried out.
    pub(super) fn effects(self, s: &Session) -> Vec<Effect> {
        let mut out = Vec::new();
        if s.revision > self.revision {
            if !s.autosave_paused {
                out.push(Effect::SaveSoon);
            }
            out.push(Effect::Tell(Tell::Change { step: s.step, field: s.last_change.clone() }));
        }
        if s.clears > self.clears {
            out.push(if s.device_clears > self.device_clears { Effect::ClearDevice } else { Effect::WipeStorage });
        }
        if s.navigations > self.navigations {
            out.push(Effect::Focus(s.focus.map_or(Focus::Heading, Focus::Field)));
            if !s.is_blank() && !s.autosave_paused {
                out.push(Effect::SaveStep(s.step));
            }
            // Another page of the same step is not another step for the host.
            if self.step != Some(s.step) {
                out.push(Effect::Tell(Tell::Step(s.step)));
                if s.step == Step::Summary && s.agreement.mode == Mode::Prepare {
                    out.push(Effect::Tell(Tell::Complete));
                }
            }
        }
        let clear_asked = s.confirm == Some(Confirm::Clear);
        if clear_asked != self.clear_asked {
            out.push(Effect::Focus(if clear_asked { Focus::ClearQuestion } else { Focus::ClearButton }));
        }
        let marked = s.agreement.status == Status::Agreed && s.notice == Some(Notice::Agreed);
        if marked && !self.marked {
            out.push(Effect::Focus(Focus::Notice));
            out.push(Effect::Tell(Tell::Agreed(Box::new(s.agreement.clone()))));
        }
        if s.confirm.as_ref().is_some_and(Confirm::replaces) && !self.replace_asked {
            out.push(Effect::Focus(Focus::ReplaceQuestion));
        }
        if s.clears > self.clears {
            out.push(Effect::Tell(Tell::Reset));
        }
        if let Some(e) = s.import_error.as_ref().filter(|e| Some(*e) != self.import_error.as_ref()) {
            out.push(Effect::Tell(Tell::ImportFailed(e.clone())));
        }
        if let Some(p) = storage(&s.notice).filter(|p| Some(*p) != self.storage) {
            out.push(Effect::Tell(Tell::Storage(p)));
        }
        out
    }
}
