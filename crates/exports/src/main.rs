//! The exports module: the FHIR R4 Bundle, the FHIR document and the journal note, as a wasm
//! module of its own; also the place of an opened file's shape error (`import_error`). The widget fetches it once a consultation has begun, or when a host first
//! calls `toFhir()` / `toJournalText()`: the first load does not carry it and a patient
//! preparing a visit never downloads it.
//!
//! It is given the agreement as the native JSON document (`envelope::encode`, lossless) and
//! reads it with the same decoder as an opened file, so what it writes is exactly what the
//! widget holds. Built on the core only: none of the widget is in it. Its exports are the
//! functions declared in `pk_core::contract::modules::exports`, which the widget calls them by
//! (`tools/tests/contract.rs` checks both sides).

use pk_core::content;
use pk_core::domain::envelope::{self, DecodeLimits};
use pk_core::domain::{Agreement, Language};
use pk_core::formats::{fhir, journal};
use wasm_bindgen::prelude::wasm_bindgen;

/// Reads the widget's document; an error (for the host's developer: the Promise of `toFhir()`
/// or `toJournalText()` is rejected with it) says what is wrong and its technical detail.
fn read(document: &str) -> Result<Agreement, String> {
    envelope::decode(document.as_bytes(), DecodeLimits::STORAGE).map_err(|e| {
        let message = content::import_error(Language::EN, &e);
        match content::import_error_detail(Language::EN, &e) {
            Some(detail) => format!("{message} ({detail})"),
            None => message,
        }
    })
}

/// The agreement as a FHIR R4 Bundle (JSON text). `now` is the Bundle's timestamp.
#[wasm_bindgen]
pub fn fhir_bundle(document: &str, now: &str) -> Result<String, String> {
    read(document).map(|a| fhir::bundle_json(&a, now))
}

/// The agreement as a FHIR R4 document (a Bundle of type `document`, JSON text).
#[wasm_bindgen]
pub fn fhir_document(document: &str, now: &str) -> Result<String, String> {
    read(document).map(|a| fhir::document_json(&a, now))
}

/// The journal note under its fixed keywords.
#[wasm_bindgen]
pub fn journal_note(document: &str) -> Result<String, String> {
    read(document).map(|a| journal::journal_note(&a))
}

/// The place of the shape error in `document` (an opened file), as `ImportError::to_place`
/// writes it (`missing_field\tschedule.next_time.mode`); empty when the document has none. The
/// widget's own decoder does not track places (`envelope::decode_without_paths`).
#[wasm_bindgen]
pub fn import_error(document: &[u8]) -> String {
    envelope::decode(document, DecodeLimits::FILE).err().and_then(|e| e.to_place()).unwrap_or_default()
}

fn main() {}
