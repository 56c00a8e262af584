//! The only code that lets data leave the app, and only on the user's explicit action:
//! downloads and printing.

use std::cell::Cell;

use wasm_bindgen::{JsCast, JsValue};

use super::lazy::{self, Output};
use super::platform;
use pk_core::contract::HostEvent;
use pk_core::domain::{envelope, Agreement, Language};
use pk_core::formats::ics;

/// Where an export went (the screen says so).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Went {
    /// The host page took it (it cancelled `pk-export`).
    ToHost,
    /// Downloaded to this device.
    Downloaded,
}

/// Offers `text` as a file download named `filename`, and says where it went.
///
/// First the host page hears of it: a `pk-export` event from `host` with the format, file name
/// and, if the host asked for it, the content ([`super::embed::emit`]); only then may it cancel
/// it (to send the content to its own backend), and there is no download. A download the browser refuses is reported in the console (the text is
/// still on screen and in storage): `None`.
pub fn download_text(
    host: Option<&web_sys::Element>,
    format: &str,
    filename: &str,
    mime: &str,
    text: &str,
) -> Option<Went> {
    try_download(host, format, filename, mime, text)
        .map_err(|e| platform::warn(&format!("download failed: {e:?}")))
        .ok()
}

fn try_download(
    host: Option<&web_sys::Element>,
    format: &str,
    filename: &str,
    mime: &str,
    text: &str,
) -> Result<Went, JsValue> {
    if let Some(h) = host {
        let fields = [("format", format.into()), ("filename", filename.into()), ("content", text.into())];
        if !super::embed::emit(h, HostEvent::Export, &fields) {
            return Ok(Went::ToHost);
        }
    }
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    // Let the browser start the download before the URL goes away.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(Went::Downloaded)
}

/// The file name for an export: `patientkontrakt-2026-11-22.json`.
pub fn filename(ext: &str) -> String {
    format!("patientkontrakt-{}.{ext}", platform::today())
}

/// Downloads the agreement in the native JSON format.
pub fn download_json(a: &Agreement, host: Option<&web_sys::Element>) -> Option<Went> {
    match envelope::encode(a) {
        Ok(text) => download_text(host, "json", &filename("json"), "application/json", &text),
        Err(e) => {
            platform::warn(&format!("download failed: {e}"));
            None
        }
    }
}

/// Downloads the agreed next time as an iCalendar file for her own calendar
/// (`formats::ics`: the time, how, unit and routes only). Straight to this device, never through
/// a host that takes the exports: it is hers, not a record for care. `None` when there is no
/// agreed time or the browser refused the download.
pub fn download_calendar(a: &Agreement, lang: Language) -> Option<Went> {
    let text = ics::next_time(a, lang, &platform::now())?;
    download_text(None, "ics", &filename("ics"), "text/calendar", &text)
}

/// Downloads the agreement as a FHIR R4 Bundle or document, made by the exports module (loaded
/// now if it is not there yet). `Err` when it could not be loaded: the caller tells the user.
pub async fn download_fhir(
    output: Output,
    a: &Agreement,
    host: Option<&web_sys::Element>,
) -> Result<Option<Went>, String> {
    let text = lazy::make(output, a, &platform::now()).await?;
    let (format, name) = match output {
        Output::FhirDocument => ("fhir-document", filename("fhir-dokument.json")),
        _ => ("fhir", filename("fhir.json")),
    };
    Ok(download_text(host, format, &name, "application/fhir+json", &text))
}

thread_local! {
    /// The widget put a journal note on the clipboard ("Rensa uppgifter" empties it).
    static ON_CLIPBOARD: Cell<bool> = const { Cell::new(false) };
}

/// Puts `text` on the clipboard. `false` when the browser refuses (no permission, not a secure
/// context, no clipboard API); the caller then offers the text selected for manual copying.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok();
    if clipboard.as_ref().is_none_or(|c| c.is_undefined() || c.is_null()) {
        return false;
    }
    let promise = window.navigator().clipboard().write_text(text);
    let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
    if copied {
        ON_CLIPBOARD.set(true);
    }
    copied
}

/// Empties the clipboard if a widget on this page put a journal note on it ("Rensa uppgifter"
/// on a shared computer). Best effort: a browser that refuses is told in the console.
pub async fn forget_clipboard() {
    if ON_CLIPBOARD.replace(false) && !copy_text("").await {
        platform::warn("Patientkontrakt: the journal note could not be removed from the clipboard");
    }
    ON_CLIPBOARD.set(false);
}

/// Opens the browser's print dialog (the print stylesheet shows the print view).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
