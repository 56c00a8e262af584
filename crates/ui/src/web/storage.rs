//! The only code that touches browser storage: Web Storage (`localStorage` /
//! `sessionStorage`) and, for `storage="local"`, a durable copy in IndexedDB.
//!
//! Why both: Chromium writes localStorage to disk in batches, so a browser killed within about
//! a second of a change lost it. IndexedDB transactions opened with `durability: "strict"` are
//! on disk when they complete. localStorage stays because it can be read synchronously, so the
//! app starts at once with what it has; the IndexedDB copy is read a moment later and replaces
//! it when it is newer and the user has not begun ([`pk_core::domain::Command::Durable`]).
//! `storage="session"` keeps to sessionStorage: nothing there may outlive the tab.
//!
//! Storage is a convenience, never a requirement: when it is blocked (sandboxed iframe,
//! privacy mode), missing or full, the app keeps working in memory and says so once. What is
//! stored is the same versioned envelope as an export, under a key that carries the format
//! version. Stored text that cannot be read is never deleted behind the user's back: it is
//! offered for download and replaced only when the user starts afresh.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction};

use crate::web::platform;
use pk_core::config::StoragePolicy;
use pk_core::domain::envelope::{self, DecodeLimits};
use pk_core::domain::{Agreement, Step};
pub use pk_core::domain::{Loaded, StorageProblem};

/// The key of the autosaved draft. It names the format version in which drafts last moved
/// key (version 2); the stored envelope says its own version and is migrated when read, so a
/// draft of version 2, 3 or 4 stays where it is, whatever `storage-key` it was made with.
pub const DRAFT_KEY: &str = "patientkontrakt/v2/draft";
/// Keys of drafts saved by earlier versions: read (and migrated) when there is no current
/// draft, removed once the draft is saved under the current key.
pub const LEGACY_KEYS: [&str; 1] = ["patientkontrakt/v1/draft"];
/// The key of the step the user was on last (so "Fortsätt där du slutade" goes back there).
pub const STEP_KEY: &str = "patientkontrakt/v2/step";
const PROBE_KEY: &str = "patientkontrakt/probe";

/// The keys one widget writes under. Without a `storage-key` they are [`DRAFT_KEY`] and
/// [`STEP_KEY`] (and a v1 draft is carried over); with one, each key ends in `/{storage-key}`,
/// so several widgets on one origin keep separate drafts. With a `storage-origin` (the iframe
/// mode: the origin of the page that drives the frame) they begin `patientkontrakt@{origin}/`
/// instead of `patientkontrakt/`: a draft made for one host is no other host's, nor the
/// standalone app's, and no earlier version's draft is read.
#[derive(Clone, Debug, PartialEq)]
pub struct Keys {
    /// The draft.
    pub draft: Rc<str>,
    /// The step on screen.
    pub step: Rc<str>,
    /// When the draft was last saved to a file or shown as a code (RFC 3339).
    pub kept: Rc<str>,
    /// Keys of earlier versions read when there is no current draft.
    legacy: &'static [&'static str],
}

impl Keys {
    /// The keys for a widget of this `storage-origin` with this `storage-key` (none: the one
    /// default draft).
    pub fn new(origin: Option<&str>, storage_key: Option<&str>) -> Keys {
        let scoped = |key: &str| match origin {
            Some(o) => key.replacen("patientkontrakt/", &format!("patientkontrakt@{o}/"), 1),
            None => key.to_string(),
        };
        let (draft, step) = match storage_key {
            None => (scoped(DRAFT_KEY), scoped(STEP_KEY)),
            Some(k) => (scoped(&format!("{DRAFT_KEY}/{k}")), scoped(&format!("{STEP_KEY}/{k}"))),
        };
        let legacy: &'static [&'static str] =
            if origin.is_none() && storage_key.is_none() { &LEGACY_KEYS } else { &[] };
        let kept = format!("{step}/kept");
        Keys { draft: draft.into(), step: step.into(), kept: kept.into(), legacy }
    }
}

/// The IndexedDB database and its one object store (key → text, the keys above).
pub(crate) const DB_NAME: &str = "patientkontrakt";
const DB_STORE: &str = "drafts";

/// Where drafts go.
#[derive(Clone)]
pub enum Store {
    /// A Web Storage area, the durable copy when the policy is `local`, and the keys.
    Web(web_sys::Storage, Durable, Keys),
    /// Nothing is stored: by the host's choice or because storage is unavailable.
    Memory,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        matches!((self, other), (Store::Memory, Store::Memory) | (Store::Web(..), Store::Web(..)))
    }
}

/// The IndexedDB copy. Off (for `session`, or where IndexedDB is missing or blocked), opening,
/// or open; writes made while it opens wait and go in once it is open.
#[derive(Clone, Default)]
pub struct Durable(Rc<RefCell<DurableState>>);

#[derive(Default)]
enum DurableState {
    /// Not used: sessionStorage, or IndexedDB refused.
    #[default]
    Off,
    /// Being opened; the latest value of each key written meanwhile.
    Opening(Vec<(Rc<str>, Option<String>)>),
    /// Open.
    Open(IdbDatabase),
    /// Closed so that the database can be deleted ("Rensa uppgifter", here or in another widget
    /// or tab): opened again, and so made again, only when a draft is next written.
    Closed,
}

impl Durable {
    fn opening() -> Durable {
        Durable(Rc::new(RefCell::new(DurableState::Opening(Vec::new()))))
    }

    /// Closes the database so that it can be deleted; the next draft written opens it again.
    pub(crate) fn close(&self) {
        let mut state = self.0.borrow_mut();
        if let DurableState::Open(db) = &*state {
            db.close();
        }
        if !matches!(*state, DurableState::Off) {
            *state = DurableState::Closed;
        }
    }

    /// The database `db` is open: what was written meanwhile goes in. Closed meanwhile: it is
    /// closed again at once.
    fn opened(&self, db: IdbDatabase) {
        let mut state = self.0.borrow_mut();
        match std::mem::take(&mut *state) {
            DurableState::Opening(waiting) => {
                if !waiting.is_empty() {
                    if let Err(e) = idb_write(&db, &waiting) {
                        platform::warn(&format!("Patientkontrakt: the durable copy was not written: {e:?}"));
                    }
                }
                *state = DurableState::Open(db);
            }
            other => {
                db.close();
                *state = other;
            }
        }
    }

    /// Opens the database again after it was closed, with what waits to be written.
    fn reopen(&self) {
        let durable = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let d = durable.clone();
            match idb_open(move || d.close()).await {
                Ok(db) => durable.opened(db),
                Err(e) => {
                    *durable.0.borrow_mut() = DurableState::Off;
                    platform::warn(&format!("Patientkontrakt: IndexedDB could not be opened again: {e:?}"));
                }
            }
        });
    }

    /// Writes `value` under `key` (`None` deletes it), now or once the database is open.
    fn write(&self, key: &Rc<str>, value: Option<String>) {
        if value.is_some() && !matches!(*self.0.borrow(), DurableState::Off) {
            ask_to_persist();
        }
        let mut state = self.0.borrow_mut();
        match &mut *state {
            DurableState::Off => {}
            // Nothing to delete in a database that is gone; a draft makes it again.
            DurableState::Closed => {
                if value.is_some() {
                    *state = DurableState::Opening(vec![(key.clone(), value)]);
                    drop(state);
                    self.reopen();
                }
            }
            DurableState::Opening(waiting) => {
                waiting.retain(|(k, _)| k != key);
                waiting.push((key.clone(), value));
            }
            DurableState::Open(db) => {
                if let Err(e) = idb_write(db, &[(key.clone(), value)]) {
                    platform::warn(&format!("Patientkontrakt: the durable copy was not written: {e:?}"));
                }
            }
        }
    }
}

thread_local! {
    /// The browser was asked to keep this origin's storage (once a page).
    static PERSIST_ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Asks the browser, once a page, to keep what the widget stores (`navigator.storage.persist()`)
/// when a draft is first kept on the device (`local`): without it a browser may delete it to
/// make room, and Safari after seven days without a visit. The answer is the browser's; a
/// browser without the API is not asked.
fn ask_to_persist() {
    if PERSIST_ASKED.replace(true) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let Some(manager) = js_sys::Reflect::get(&window.navigator(), &"storage".into()).ok().filter(JsValue::is_object)
    else {
        return;
    };
    if let Ok(persist) =
        js_sys::Reflect::get(&manager, &"persist".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        // A Promise of the browser's answer; nothing depends on it.
        let _ = persist.call0(&manager);
    }
}

/// Opens the storage the host asked for. Returns `Memory` and the reason when it is not usable.
pub fn open(policy: StoragePolicy, keys: Keys) -> (Store, Option<StorageProblem>) {
    let Some(window) = web_sys::window() else {
        return (Store::Memory, Some(StorageProblem::Missing));
    };
    let (area, durable) = match policy {
        StoragePolicy::None => return (Store::Memory, None),
        StoragePolicy::Local => (window.local_storage(), Durable::opening()),
        StoragePolicy::Session => (window.session_storage(), Durable::default()),
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
    (Store::Web(storage, durable, keys), None)
}

/// Whether there is a durable copy to read ([`load_durable`] will answer).
pub fn has_durable(store: &Store) -> bool {
    matches!(store, Store::Web(_, d, _) if matches!(*d.0.borrow(), DurableState::Opening(_)))
}

/// Opens the durable copy and reads it: `done` gets what it holds (and its step), or nothing
/// at all when there is no durable copy (session storage, IndexedDB missing or blocked).
pub fn load_durable(store: &Store, done: impl FnOnce(Loaded, Option<Step>) + 'static) {
    let Store::Web(_, durable, keys) = store else { return };
    let keys = keys.clone();
    if !matches!(*durable.0.borrow(), DurableState::Opening(_)) {
        return;
    }
    let durable = durable.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let d = durable.clone();
        let opened = idb_open(move || d.close()).await;
        let read = match &opened {
            Ok(db) => idb_read(db, &keys).await,
            Err(e) => Err(e.clone()),
        };
        match opened {
            // Whatever was written while opening goes in now, after the read.
            Ok(db) => durable.opened(db),
            Err(e) => {
                *durable.0.borrow_mut() = DurableState::Off;
                // localStorage still holds the draft; only the crash-proof copy is missing.
                platform::warn(&format!(
                    "Patientkontrakt: IndexedDB is not available, drafts are kept in localStorage only: {e:?}"
                ));
            }
        }
        match read {
            Ok((draft, step)) => {
                let loaded = draft.map(decode_stored).unwrap_or(Loaded::Nothing);
                done(loaded, step.as_deref().and_then(Step::from_key));
            }
            Err(_) => done(Loaded::Nothing, None),
        }
    });
}

fn decode_stored(raw: String) -> Loaded {
    // Without the place of a shape error: our own autosave is of the agreement's shape.
    match envelope::decode_without_paths(raw.as_bytes(), DecodeLimits::STORAGE) {
        Ok(a) => Loaded::Draft(Box::new(a)),
        Err(error) => Loaded::Unreadable { raw, error },
    }
}

/// Waits for an IndexedDB request to succeed or fail.
async fn idb_done(req: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let r = req.clone();
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &r.result().unwrap_or(JsValue::UNDEFINED));
        });
        let r = req.clone();
        let fail = Closure::once_into_js(move |_: web_sys::Event| {
            let error = r.error().ok().flatten().map(JsValue::from).unwrap_or(JsValue::NULL);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(fail.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

/// Opens the database; `closed` is called when it has been closed because another connection
/// (here or in another tab) wants to delete or upgrade it.
async fn idb_open(closed: impl FnOnce() + 'static) -> Result<IdbDatabase, JsValue> {
    let factory =
        web_sys::window().ok_or(JsValue::NULL)?.indexed_db()?.ok_or_else(|| JsValue::from_str("no indexedDB"))?;
    let req = factory.open_with_u32(DB_NAME, 1)?;
    let r = req.clone();
    let upgrade = Closure::once_into_js(move |_: web_sys::Event| {
        if let Some(db) = r.result().ok().and_then(|d| d.dyn_into::<IdbDatabase>().ok()) {
            if !db.object_store_names().contains(DB_STORE) {
                let _ = db.create_object_store(DB_STORE);
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    // Another tab holding an older version open makes the open wait; the start page does not
    // wait for it longer than the app's timeout.
    let blocked =
        Closure::once_into_js(|_: web_sys::Event| platform::warn("Patientkontrakt: IndexedDB open is blocked"));
    req.set_onblocked(Some(blocked.unchecked_ref()));
    let db = idb_done(&req).await?.dyn_into::<IdbDatabase>()?;
    let versionchange = Closure::once_into_js(move |_: web_sys::Event| closed());
    db.set_onversionchange(Some(versionchange.unchecked_ref()));
    Ok(db)
}

/// A transaction on the store. Writes ask for `durability: "strict"` (on disk when complete);
/// the option is passed as a plain object, as web-sys keeps it behind its unstable APIs.
fn idb_transaction(db: &IdbDatabase, write: bool) -> Result<IdbTransaction, JsValue> {
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"durability".into(), &(if write { "strict" } else { "default" }).into())?;
    let transaction: js_sys::Function = js_sys::Reflect::get(db, &"transaction".into())?.dyn_into()?;
    let mode = if write { "readwrite" } else { "readonly" };
    transaction.call3(db, &DB_STORE.into(), &mode.into(), &opts)?.dyn_into()
}

/// The stored draft and step.
async fn idb_read(db: &IdbDatabase, keys: &Keys) -> Result<(Option<String>, Option<String>), JsValue> {
    let store = idb_transaction(db, false)?.object_store(DB_STORE)?;
    let draft = store.get(&JsValue::from_str(&keys.draft))?;
    let step = store.get(&JsValue::from_str(&keys.step))?;
    Ok((idb_done(&draft).await?.as_string(), idb_done(&step).await?.as_string()))
}

/// Puts (or deletes, for `None`) the given keys in one durable transaction.
fn idb_write(db: &IdbDatabase, writes: &[(Rc<str>, Option<String>)]) -> Result<(), JsValue> {
    let tx = idb_transaction(db, true)?;
    let store = tx.object_store(DB_STORE)?;
    for (key, value) in writes {
        match value {
            Some(v) => store.put_with_key(&v.into(), &JsValue::from_str(key))?,
            None => store.delete(&JsValue::from_str(key))?,
        };
    }
    let fail = Closure::once_into_js(|_: web_sys::Event| {
        platform::warn("Patientkontrakt: the durable copy of the draft was not written");
    });
    tx.set_onerror(Some(fail.unchecked_ref()));
    Ok(())
}

/// Reads the saved draft, if any.
pub fn load(store: &Store) -> Loaded {
    let Store::Web(s, _, keys) = store else {
        return Loaded::Nothing;
    };
    let stored =
        std::iter::once(&*keys.draft).chain(keys.legacy.iter().copied()).find_map(|k| s.get_item(k).ok().flatten());
    match stored {
        Some(raw) => decode_stored(raw),
        None => Loaded::Nothing,
    }
}

/// Saves the draft. An error means it was not saved (the text is still in memory).
pub fn save(store: &Store, a: &Agreement) -> Result<(), StorageProblem> {
    let Store::Web(s, durable, keys) = store else {
        return Ok(());
    };
    let text = envelope::encode(a).map_err(|_| StorageProblem::Failed)?;
    durable.write(&keys.draft, Some(text.clone()));
    s.set_item(&keys.draft, &text).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
        if name.contains("Quota") {
            StorageProblem::Full
        } else {
            StorageProblem::Blocked
        }
    })?;
    // The draft now lives under the current key; an older copy would only confuse.
    for k in keys.legacy {
        let _ = s.remove_item(k);
    }
    Ok(())
}

/// Remembers the step on screen. Best effort: a failure only means resuming starts at step 1.
pub fn save_step(store: &Store, step: Step) {
    if let Store::Web(s, durable, keys) = store {
        durable.write(&keys.step, Some(step.key().to_string()));
        let _ = s.set_item(&keys.step, step.key());
    }
}

/// Remembers that the draft was just saved to a file or shown as a code. Best effort: a failure
/// only means a reminder to keep it comes sooner.
pub fn mark_kept(store: &Store) {
    if let Store::Web(s, _, keys) = store {
        let _ = s.set_item(&keys.kept, &super::platform::now());
    }
}

/// When the draft was last saved to a file or shown as a code, if it ever was.
pub fn load_kept(store: &Store) -> Option<String> {
    let Store::Web(s, _, keys) = store else { return None };
    s.get_item(&keys.kept).ok().flatten()
}

/// The step remembered with the draft, if any.
pub fn load_step(store: &Store) -> Option<Step> {
    let Store::Web(s, _, keys) = store else { return None };
    s.get_item(&keys.step).ok().flatten().and_then(|k| Step::from_key(&k))
}

/// Removes everything the app stored. Returns whether every key is gone.
pub fn clear(store: &Store) -> bool {
    let Store::Web(s, durable, keys) = store else {
        return true;
    };
    durable.write(&keys.draft, None);
    durable.write(&keys.step, None);
    [&*keys.draft, &*keys.step, &*keys.kept]
        .into_iter()
        .chain(keys.legacy.iter().copied())
        .all(|k| s.remove_item(k).is_ok())
}
