//! The wasm modules and data loaded when they are needed (or, for the exports, once a
//! consultation has begun), so that the widget's first load does not carry them: the English
//! texts (`texts/<tag>.json`, [`texts`]); `pk-exports` (crates/exports) makes the FHIR R4
//! Bundle, the FHIR document and the journal note; `pk-followup` (crates/followup) is the care
//! unit's follow-up view. The names they are called by are declared in
//! `pk_core::contract::modules`, and checked against their exports by `tools/tests/contract.rs`.
//!
//! The agreement crosses to the exports as the native JSON document (lossless); the module
//! reads it with the file decoder. Loading is a request for one of the app's own files (same
//! origin, like the widget's wasm); nothing the user typed leaves the page.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::platform;
use pk_core::content::Plural;
use pk_core::contract::modules::{code, exports, followup, scan, PLURAL_LANGUAGE};
use pk_core::domain::envelope::ImportError;
use pk_core::domain::{envelope, Agreement, Language};

#[wasm_bindgen(module = "/src/web/lazy.js")]
extern "C" {
    #[wasm_bindgen(js_name = loadModule, catch)]
    fn load_module(name: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_name = loadText, catch)]
    fn load_text(path: &str) -> Result<js_sys::Promise, JsValue>;
}

/// A lazily loaded module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Module {
    /// The FHIR and journal exports.
    Exports,
    /// The follow-up view.
    Followup,
    /// The hand-off code's compression, QR drawing and panel (`web::code`).
    Code,
    /// The hand-off code's reader: the camera's panel (`components::scan`).
    Scan,
}

impl Module {
    /// Its file name, without `.js` / `_bg.wasm`.
    pub fn name(self) -> &'static str {
        match self {
            Module::Exports => exports::FILE,
            Module::Followup => followup::FILE,
            Module::Code => code::FILE,
            Module::Scan => scan::FILE,
        }
    }
}

/// The module's exports (its JavaScript namespace), once loaded and started. `Err` (a message
/// for the console) when it could not be fetched.
pub async fn load(m: Module) -> Result<JsValue, String> {
    JsFuture::from(load_module(m.name()).map_err(describe)?).await.map_err(describe)
}

/// The text of one of the app's own data files (`path` relative to its files), fetched once.
pub async fn text(path: &str) -> Result<String, String> {
    let value = JsFuture::from(load_text(path).map_err(describe)?).await.map_err(describe)?;
    value.as_string().ok_or_else(|| format!("{path} is not text"))
}

/// The texts of `lang` (`content::texts`), fetched and installed the first time the language
/// is needed.
pub async fn texts(lang: pk_core::domain::Language) -> Result<(), String> {
    use pk_core::content::texts;
    if texts::ready(lang) {
        return Ok(());
    }
    let json = text(&texts::file(lang)).await?;
    texts::install(lang, &json)
}

/// The function `name` of a loaded module.
pub fn function(module: &JsValue, name: &str) -> Result<js_sys::Function, String> {
    js_sys::Reflect::get(module, &name.into())
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| format!("the module has no {name}"))
}

/// A texts object for a module that draws a panel: each key (declared in
/// `contract::modules`) with its text in `lang`; each count the module fills itself as every
/// form `lang` has, by category; and `lang`'s tag, by whose plural rules the module picks a
/// count's form ([`PLURAL_LANGUAGE`]).
pub fn panel_texts(lang: Language, pairs: &[(&str, &str)], counts: &[(&str, Plural)]) -> JsValue {
    // Setting a property of a fresh plain object does not throw.
    let set = |o: &js_sys::Object, k: &str, v: &JsValue| {
        let _ = js_sys::Reflect::set(o, &k.into(), v);
    };
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        set(&o, k, &(*v).into());
    }
    for (k, count) in counts {
        let forms = js_sys::Object::new();
        for (category, form) in count.forms(lang) {
            set(&forms, category.name(), &form.into());
        }
        set(&o, k, &forms.into());
    }
    set(&o, PLURAL_LANGUAGE, &lang.tag().into());
    o.into()
}

/// What the exports module makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// The FHIR R4 Bundle (transaction), JSON text.
    FhirBundle,
    /// The FHIR R4 document, JSON text.
    FhirDocument,
    /// The journal note.
    JournalNote,
}

/// A thrown JavaScript value as a message for the console.
pub fn describe(e: JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
        .unwrap_or_else(|| format!("{e:?}"))
}

/// Makes `output` from the agreement; `now` is the FHIR timestamp. Loads the exports module
/// first if it is not there yet. An error (the module could not be loaded, which needs the
/// network once) is a message for the console; the caller tells the user.
pub async fn make(output: Output, a: &Agreement, now: &str) -> Result<String, String> {
    let document = envelope::encode(a).map_err(|e| e.to_string())?;
    let module = load(Module::Exports).await?;
    let name = match output {
        Output::FhirBundle => exports::FHIR_BUNDLE,
        Output::FhirDocument => exports::FHIR_DOCUMENT,
        Output::JournalNote => exports::JOURNAL_NOTE,
    };
    let f = function(&module, name)?;
    let text = f.call2(&JsValue::NULL, &document.into(), &now.into()).map_err(describe)?;
    text.as_string().ok_or_else(|| format!("{name} returned no text"))
}

/// The place of a shape error in `document` (an opened file that
/// [`envelope::decode_without_paths`] refused as [`ImportError::Shape`]), found by the exports
/// module's full decoder. `None` when the module cannot be fetched or has nothing better.
pub async fn import_error(document: &[u8]) -> Option<ImportError> {
    let module = load(Module::Exports).await.map_err(|e| platform::warn(&format!("import error: {e}"))).ok()?;
    let f = function(&module, exports::IMPORT_ERROR).ok()?;
    let bytes = js_sys::Uint8Array::from(document);
    let place = f.call1(&JsValue::NULL, &bytes).ok()?.as_string()?;
    ImportError::from_place(&place)
}
