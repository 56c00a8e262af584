//! "Rensa uppgifter" on a shared computer: nothing of the widget is left in the browser. Every
//! draft of the widget on this origin goes, not only this widget's: each key of the widget
//! ([`is_widget_key`]) in localStorage and sessionStorage (every widget, draft, step, version
//! and, in the iframe mode, host origin), the
//! IndexedDB database, and a journal note the widget put on the clipboard. Files she downloaded
//! stay where the browser put them (the screen says so).

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::export;
use super::storage::{Store, DB_NAME};
use pk_core::storage_keys::is_widget_key;

/// How long a delete that other connections hold up (another tab with an older version of the
/// widget) is waited for before the user is told that something is left.
const BLOCKED_MS: i32 = 3000;

/// What could not be removed.
#[derive(Debug, PartialEq, Eq)]
pub enum Left {
    /// A Web Storage key.
    WebStorage,
    /// The IndexedDB database: the browser refused, or another tab holds it open.
    Database(String),
}

/// Removes every draft of the widget on this origin ([`Store`] is this widget's: its database
/// connection is closed first). `Ok` when nothing is left.
pub async fn clear_device(store: &Store) -> Result<(), Left> {
    if let Store::Web(_, durable, _) = store {
        durable.close();
    }
    export::forget_clipboard().await;
    let Some(window) = web_sys::window() else { return Ok(()) };
    // A blocked storage area (sandbox, privacy settings) holds nothing of ours to remove.
    let areas = [window.local_storage(), window.session_storage()];
    // Both areas, even when the first one fails.
    let results: Vec<bool> = areas.into_iter().filter_map(|a| a.ok().flatten()).map(|s| remove_prefixed(&s)).collect();
    let removed = !results.contains(&false);
    let deleted = delete_database(&window).await;
    if !removed {
        return Err(Left::WebStorage);
    }
    deleted.map_err(|e| Left::Database(format!("{e:?}")))
}

/// Removes every key of the widget ([`is_widget_key`]); `false` when one could not be removed.
fn remove_prefixed(s: &web_sys::Storage) -> bool {
    let n = s.length().unwrap_or(0);
    let keys: Vec<String> = (0..n).filter_map(|i| s.key(i).ok().flatten()).filter(|k| is_widget_key(k)).collect();
    keys.iter().all(|k| s.remove_item(k).is_ok())
}

/// Deletes the database. Connections of this page's widgets close when asked (their
/// `versionchange`); one that does not (another tab) holds the delete up: after
/// [`BLOCKED_MS`] that is an error.
async fn delete_database(window: &web_sys::Window) -> Result<(), JsValue> {
    // No IndexedDB here, or none allowed: nothing of ours can be in it.
    let Some(factory) = window.indexed_db().ok().flatten() else { return Ok(()) };
    let req = factory.delete_database(DB_NAME)?;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let r = req.clone();
        let failed = reject.clone();
        let fail = Closure::once_into_js(move |_: web_sys::Event| {
            let error = r.error().ok().flatten().map(JsValue::from).unwrap_or(JsValue::NULL);
            let _ = failed.call1(&JsValue::NULL, &error);
        });
        let w = window.clone();
        let blocked = Closure::once_into_js(move |_: web_sys::Event| {
            let give_up = Closure::once_into_js(move || {
                let _ = reject.call1(&JsValue::NULL, &"blocked by another connection".into());
            });
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(give_up.unchecked_ref(), BLOCKED_MS);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(fail.unchecked_ref()));
        req.set_onblocked(Some(blocked.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ())
}
