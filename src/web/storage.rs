//! The only code that touches Web Storage (`localStorage` / `sessionStorage`).
//!
//! Storage is a convenience, never a requirement: when it is blocked (sandboxed iframe,
//! privacy mode), missing or full, the app keeps working in memory and says so once. What is
//! stored is the same versioned envelope as an export, under a key that carries the format
//! version. Stored text that cannot be read is never deleted behind the user's back: it is
//! offered for download and replaced only when the user starts afresh.

use crate::config::StoragePolicy;
use crate::domain::envelope::{self, DecodeLimits};
use crate::domain::{Agreement, Step};
pub use crate::domain::{Loaded, StorageProblem};

/// The key of the autosaved draft; it carries the format version.
pub const DRAFT_KEY: &str = "patientkontrakt/v2/draft";
/// Keys of drafts saved by earlier versions: read (and migrated) when there is no current
/// draft, removed once the draft is saved under the current key.
pub const LEGACY_KEYS: [&str; 1] = ["patientkontrakt/v1/draft"];
/// The key of the step the user was on last (so "Fortsätt där du slutade" goes back there).
pub const STEP_KEY: &str = "patientkontrakt/v2/step";
/// Every key the app may write (what "Rensa uppgifter" removes).
pub const ALL_KEYS: [&str; 4] = [DRAFT_KEY, STEP_KEY, LEGACY_KEYS[0], PROBE_KEY];
const PROBE_KEY: &str = "patientkontrakt/probe";

/// Where drafts go.
#[derive(Clone)]
pub enum Store {
    /// A Web Storage area.
    Web(web_sys::Storage),
    /// Nothing is stored: by the host's choice or because storage is unavailable.
    Memory,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        matches!((self, other), (Store::Memory, Store::Memory) | (Store::Web(_), Store::Web(_)))
    }
}

/// Opens the storage the host asked for. Returns `Memory` and the reason when it is not usable.
pub fn open(policy: StoragePolicy) -> (Store, Option<StorageProblem>) {
    let Some(window) = web_sys::window() else {
        return (Store::Memory, Some(StorageProblem::Missing));
    };
    let area = match policy {
        StoragePolicy::None => return (Store::Memory, None),
        StoragePolicy::Local => window.local_storage(),
        StoragePolicy::Session => window.session_storage(),
    };
    let storage = match area {
        Err(_) => return (Store::Memory, Some(StorageProblem::Blocked)),
        Ok(None) => return (Store::Memory, Some(StorageProblem::Missing)),
        Ok(Some(s)) => s,
    };
    // Some browsers hand out a storage object that refuses every write.
    if storage.set_item(PROBE_KEY, "1").is_err() {
        return (Store::Memory, Some(StorageProblem::Blocked));
    }
    let _ = storage.remove_item(PROBE_KEY);
    (Store::Web(storage), None)
}

/// Reads the saved draft, if any.
pub fn load(store: &Store) -> Loaded {
    let Store::Web(s) = store else {
        return Loaded::Nothing;
    };
    let stored = std::iter::once(DRAFT_KEY).chain(LEGACY_KEYS).find_map(|k| s.get_item(k).ok().flatten());
    match stored {
        Some(raw) => match envelope::decode(raw.as_bytes(), DecodeLimits::STORAGE) {
            Ok(a) => Loaded::Draft(Box::new(a)),
            Err(error) => Loaded::Unreadable { raw, error },
        },
        None => Loaded::Nothing,
    }
}

/// Saves the draft. An error means it was not saved (the text is still in memory).
pub fn save(store: &Store, a: &Agreement) -> Result<(), StorageProblem> {
    let Store::Web(s) = store else {
        return Ok(());
    };
    let text = envelope::encode(a).map_err(|_| StorageProblem::Full)?;
    s.set_item(DRAFT_KEY, &text).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
        if name.contains("Quota") {
            StorageProblem::Full
        } else {
            StorageProblem::Blocked
        }
    })?;
    // The draft now lives under the current key; an older copy would only confuse.
    for k in LEGACY_KEYS {
        let _ = s.remove_item(k);
    }
    Ok(())
}

/// Remembers the step on screen. Best effort: a failure only means resuming starts at step 1.
pub fn save_step(store: &Store, step: Step) {
    if let Store::Web(s) = store {
        let _ = s.set_item(STEP_KEY, step.key());
    }
}

/// The step remembered with the draft, if any.
pub fn load_step(store: &Store) -> Option<Step> {
    let Store::Web(s) = store else { return None };
    s.get_item(STEP_KEY).ok().flatten().and_then(|k| Step::from_key(&k))
}

/// Removes everything the app stored. Returns whether every key is gone.
pub fn clear(store: &Store) -> bool {
    let Store::Web(s) = store else {
        return true;
    };
    ALL_KEYS.iter().all(|k| s.remove_item(k).is_ok())
}
