//! What the session is told (commands), what it holds besides the agreement (notices, questions,
//! what storage had), and what it asks the browser side to do (effects).

use std::rc::Rc;

use super::super::action::Action;
use super::super::envelope::ImportError;
use super::super::field::FieldRef;
use super::super::model::Agreement;
use super::super::settings::Settings;
use super::super::step::Step;

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
    /// A write failed for another reason (the draft could not be made into text).
    Failed,
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
