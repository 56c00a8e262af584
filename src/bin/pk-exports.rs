//! The exports module: the FHIR R4 Bundle, the FHIR document and the journal note, as a wasm
//! module of its own. The widget loads it the first time one of them is needed (the summary's
//! journal card, a FHIR download, `toFhir()` / `toJournalText()`), so a patient filling in the
//! first steps never downloads it.
//!
//! It is given the agreement as the native JSON document (`envelope::encode`, lossless) and
//! reads it with the same decoder as an opened file, so what it writes is exactly what the
//! widget holds. Built without the `app` feature: none of the widget is in it.

use patientkontrakt::content;
use patientkontrakt::domain::envelope::{self, DecodeLimits};
use patientkontrakt::domain::{Agreement, Language};
use patientkontrakt::formats::{fhir, journal};
use wasm_bindgen::prelude::wasm_bindgen;

fn read(document: &str) -> Result<Agreement, String> {
    envelope::decode(document.as_bytes(), DecodeLimits::STORAGE).map_err(|e| content::import_error(Language::En, &e))
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

fn main() {}
