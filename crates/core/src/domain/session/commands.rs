//! What the session is told (commands), what it holds besides the agreement (notices, questions,
//! what storage had), and what it asks the browser side to do (effects).

use std::rc::Rc;

use super::super::action::Action;
use super::super::envelope::ImportError;
use super::super::field::FieldRef;
use super::super::model::{Agreement, Mode};
use super::super::settings::Settings;
use super::super::step::Step;
use super::super::steps::SummaryRow;

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
    /// "Rensa uppgifter" could not remove everything: a copy is left in the browser.
    ClearFailed,
    /// The host's agreement replaced what she had typed (she said yes); "Ångra" brings hers back.
    Replaced,
    /// The host started again over what she had typed (she said yes); "Ångra" brings hers back.
    Restarted,
    /// "Ångra": what she had typed is back.
    Undone,
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
    /// "Den här webbplatsen vill ersätta det du har skrivit…": the host's
    /// `setAgreement(obj, { replace: true })` over her text, with the host's agreement.
    HostSet(Box<Agreement>),
    /// "Den här webbplatsen vill börja om…": the host's `reset({ replace: true })` over her text,
    /// with the fresh agreement.
    HostReset(Box<Agreement>),
    /// "Filen är en förberedelse. Hur vill du fortsätta?": her preparation opened where no mode
    /// was chosen, answered with [`Command::OpenAs`]; `replaces` when a draft would be replaced.
    OpenAs {
        /// The opened file.
        agreement: Box<Agreement>,
        /// The draft on screen holds something and is replaced.
        replaces: bool,
    },
}

impl Confirm {
    /// Whether it asks to replace the draft (a file, or the host's agreement or fresh start):
    /// shown in the same place, answered with [`Command::ConfirmReplace`].
    pub fn replaces(&self) -> bool {
        !matches!(self, Confirm::Clear)
    }
}

/// What a host's `setAgreement` or `reset` does to the draft on screen
/// ([`super::Session::host_outcome`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostOutcome {
    /// Done at once: the draft holds nothing she typed.
    Done,
    /// She is asked first (the host asked to replace her text).
    Asked,
    /// Nothing changes: the draft holds her text and the host did not ask to replace it.
    Refused,
    /// Nothing changes, even when the host asked to replace: a stored draft is still being read
    /// (the durable copy), or what is stored cannot be read and waits for her to choose what
    /// happens to it. The host may try again later.
    Waiting,
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
    /// Go straight to the page that asks what a summary row shows ("Fyll i" for what was not
    /// given), as [`Command::GoTo`].
    GoToRow(SummaryRow),
    /// Go to the step of a field and focus it (error summary links to other steps).
    Fix(FieldRef),
    /// A file was read: open it, or show why not. The current agreement stays on failure;
    /// a draft with content is only replaced after [`Command::ConfirmReplace`].
    Opened(Result<Box<Agreement>, ImportError>),
    /// Yes to the question on screen that replaces the draft (a file, the host's agreement, the
    /// host's fresh start).
    ConfirmReplace,
    /// Continue the opened preparation ([`Confirm::OpenAs`]) in this mode.
    OpenAs(Mode),
    /// The host page set the agreement (the embedding's `setAgreement`): it replaces the draft
    /// exactly as given, without the changes opening a file makes (mode and language of the
    /// screen), and the summary shows it. While the draft holds her text
    /// ([`super::Session::holds_her_text`]) nothing changes, unless the host asked to `replace`
    /// it: then she is asked first, and "Ångra" brings hers back ([`super::Session::host_outcome`]).
    HostSet {
        /// The host's agreement (already decoded and checked).
        agreement: Box<Agreement>,
        /// The host asked to replace her text (after asking her).
        replace: bool,
    },
    /// The host page started again (the embedding's `reset`) with this fresh agreement: this
    /// widget's stored draft is removed. Over her text, as [`Command::HostSet`].
    HostReset {
        /// The fresh agreement.
        fresh: Box<Agreement>,
        /// The host asked to replace her text (after asking her).
        replace: bool,
    },
    /// "Ångra": bring back the draft the host's agreement or fresh start replaced.
    Undo,
    /// Ask whether to remove everything ("Rensa uppgifter", "Börja om").
    AskClear,
    /// "Ja, rensa uppgifterna": start again with this fresh agreement (in the language on
    /// screen) on the start page, and have every draft of the widget on this device removed at once.
    Clear(Box<Agreement>),
    /// Removing everything from the device failed in part ([`Notice::ClearFailed`]).
    ClearFailed,
    /// Whether the host takes the exports (the `exports` attribute, which may change live).
    ExportsToHost(bool),
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
