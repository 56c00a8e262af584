//! The widget as the host page's script sees it: the [`Widget`] behind `<patient-kontrakt>`
//! (defined in `boot.js`, since wasm-bindgen cannot subclass `HTMLElement`) and `mountWidget`.
//! Only in the widget's own module: the follow-up module, which shares the components, must not
//! export them. The JavaScript names are declared in `pk_core::contract` (`Method`,
//! `modules::widget`); `tools/tests/contract.rs` fails when the `js_name`s here differ.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use pk_core::content;
use pk_core::contract::HostEvent;
use pk_core::domain::envelope::{self, DecodeLimits};
use pk_core::domain::{validate, Agreement, HostOutcome, Language, Step};
use pk_ui::bridge::{apply_settings, Bridge, Call};
use pk_ui::web::embed::agreement_object;
use pk_ui::web::lazy::{self, Output};
use pk_ui::web::platform;

fn result(ok: bool, key: &str, list: js_sys::Array) -> JsValue {
    let r = Object::new();
    let _ = Reflect::set(&r, &"ok".into(), &ok.into());
    let _ = Reflect::set(&r, &key.into(), &list);
    r.into()
}

/// `{ ok, errors, asked }`: what became of a `setAgreement` or `reset`.
fn replaced(errors: js_sys::Array, asked: bool) -> JsValue {
    let r = result(errors.length() == 0, "errors", errors);
    let _ = Reflect::set(&r, &"asked".into(), &asked.into());
    r
}

/// Whether the host's options (`{ replace: true }`) ask to replace her text.
fn replace_asked(options: &JsValue) -> bool {
    options.is_object() && Reflect::get(options, &"replace".into()).ok().and_then(|v| v.as_bool()) == Some(true)
}

fn not_started() -> JsValue {
    message(
        "Widgeten har inte startat än.",
        &format!("The widget has not started yet (wait for {}).", HostEvent::Ready.name()),
        None,
    )
}

/// What a call that would replace her text without `replace` gets.
fn her_text(method: &str) -> JsValue {
    message(
        "Patienten har skrivit i utkastet, så inget ändrades. Anropa med { replace: true } för att fråga patienten först.",
        &format!(
            "The draft holds what the patient typed, so nothing changed. Call {method} with {{ replace: true }} to ask the patient first."
        ),
        None,
    )
}

/// What a call gets while a stored draft is still being read, or cannot be read and waits for
/// her choice.
fn waiting(method: &str) -> JsValue {
    message(
        "Ett sparat utkast läses fortfarande in eller väntar på att patienten väljer vad som ska hända med det, så inget ändrades. Försök igen senare.",
        &format!(
            "A stored draft is still being read, or cannot be read and waits for the patient to choose what happens to it, so nothing changed. Call {method} again later."
        ),
        None,
    )
}

/// `{ message, sv, detail }`: the message in English and Swedish, and the technical detail in
/// English (`null` when there is none).
fn message(sv: &str, en: &str, detail: Option<String>) -> JsValue {
    let m = Object::new();
    let _ = Reflect::set(&m, &"message".into(), &en.into());
    let _ = Reflect::set(&m, &"sv".into(), &sv.into());
    let _ = Reflect::set(&m, &"detail".into(), &detail.map_or(JsValue::NULL, JsValue::from));
    m.into()
}

/// One widget, as the host page's script sees it (the methods of `<patient-kontrakt>`). Until
/// `pk-ready` has fired, the getters return `null`.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<yew::AppHandle<pk_ui::components::app::App>>,
    bridge: Bridge,
    root: web_sys::Element,
}

#[wasm_bindgen]
impl Widget {
    /// The agreement as the native envelope object (the same as a JSON export).
    #[wasm_bindgen(js_name = getAgreement)]
    pub fn get_agreement(&self) -> JsValue {
        self.bridge.with(agreement_object).unwrap_or(JsValue::NULL)
    }

    /// Replaces the agreement with `obj` (a native envelope object), through the same decoder
    /// and limits as opening a file. Returns `{ ok, errors: [{ message, sv, detail }], asked }`;
    /// on error nothing changes. While the draft holds what the patient typed, nothing changes
    /// either (an error says so), unless `options` is `{ replace: true }`: then she is asked
    /// first, as when she opens a file (`asked: true`), and can undo her yes.
    #[wasm_bindgen(js_name = setAgreement)]
    pub fn set_agreement(&self, obj: JsValue, options: JsValue) -> JsValue {
        let replace = replace_asked(&options);
        let errors = js_sys::Array::new();
        let text = js_sys::JSON::stringify(&obj).ok().and_then(|s| s.as_string());
        let decoded = match text {
            // Without the place of a shape error (the widget's module does not carry it).
            Some(t) => envelope::decode_without_paths(t.as_bytes(), DecodeLimits::FILE),
            None => Err(envelope::ImportError::Empty),
        };
        let mut asked = false;
        match decoded {
            Ok(a) => match self.bridge.with_session(|s| s.host_outcome(replace)) {
                None => {
                    errors.push(&not_started());
                }
                Some(HostOutcome::Refused) => {
                    errors.push(&her_text("setAgreement(obj, options)"));
                }
                Some(HostOutcome::Waiting) => {
                    errors.push(&waiting("setAgreement(obj, options)"));
                }
                Some(outcome) => {
                    asked = outcome == HostOutcome::Asked;
                    self.bridge.call(Call::Set { agreement: Box::new(a), replace });
                }
            },
            Err(e) => {
                errors.push(&message(
                    &content::import_error(Language::SV, &e),
                    &content::import_error(Language::EN, &e),
                    content::import_error_detail(Language::EN, &e),
                ));
            }
        }
        replaced(errors, asked)
    }

    /// Sets the region settings (`settings.schema.json`): the unit and contact routes of new
    /// drafts, the seven questions' wording, the region's words for other texts (on screen and
    /// in print only) and the languages offered. Returns `{ ok, warnings }`; what is not
    /// understood is left out, with a warning here and in the console.
    #[wasm_bindgen(js_name = setSettings)]
    pub fn set_settings(&self, obj: JsValue) -> JsValue {
        let text = js_sys::JSON::stringify(&obj).ok().and_then(|s| s.as_string()).unwrap_or_default();
        let list = js_sys::Array::new();
        let ok = apply_settings(&self.bridge, &text, |w| {
            list.push(&w.into());
        });
        result(ok, "warnings", list)
    }

    /// Starts again with a fresh agreement (this widget's stored draft is removed). Returns
    /// `{ ok, errors, asked }`: while the draft holds what the patient typed nothing changes,
    /// unless `options` is `{ replace: true }`: then she is asked first (`asked: true`).
    pub fn reset(&self, options: JsValue) -> JsValue {
        let replace = replace_asked(&options);
        let errors = js_sys::Array::new();
        let asked = match self.bridge.with_session(|s| s.host_outcome(replace)) {
            None => {
                errors.push(&not_started());
                false
            }
            Some(HostOutcome::Refused) => {
                errors.push(&her_text("reset(options)"));
                false
            }
            Some(HostOutcome::Waiting) => {
                errors.push(&waiting("reset(options)"));
                false
            }
            Some(outcome) => {
                self.bridge.call(Call::Reset { replace });
                outcome == HostOutcome::Asked
            }
        };
        replaced(errors, asked)
    }

    /// Checks every step. Returns `{ ok, problems: [{ step, field, code, message, sv }] }`.
    pub fn validate(&self) -> JsValue {
        let problems = js_sys::Array::new();
        self.bridge.with(|a| {
            for step in Step::NUMBERED {
                for p in validate::validate_step(a, step) {
                    let o = Object::new();
                    let _ = Reflect::set(&o, &"step".into(), &step.key().into());
                    let _ = Reflect::set(&o, &"field".into(), &p.field.key().into());
                    let _ = Reflect::set(&o, &"code".into(), &format!("{:?}", p.code).into());
                    let text = content::error(p.code);
                    let _ = Reflect::set(&o, &"message".into(), &text.get(Language::EN).into());
                    let _ = Reflect::set(&o, &"sv".into(), &text.get(Language::SV).into());
                    problems.push(&o);
                }
            }
        });
        result(problems.length() == 0, "problems", problems)
    }

    /// A Promise of the agreement as a FHIR R4 Bundle (an object), as "Ladda ner FHIR" saves
    /// it. A Promise because the exports module is loaded the first time it is needed
    /// (`web::lazy`); rejected when it cannot be.
    #[wasm_bindgen(js_name = toFhir)]
    pub fn to_fhir(&self) -> js_sys::Promise {
        let agreement = self.bridge.with(Agreement::clone);
        wasm_bindgen_futures::future_to_promise(async move {
            let a = agreement.ok_or_else(|| JsValue::from_str("Patientkontrakt: the widget is gone"))?;
            let text = lazy::make(Output::FhirBundle, &a, &platform::now()).await.map_err(|e| JsValue::from_str(&e))?;
            js_sys::JSON::parse(&text)
        })
    }

    /// A Promise of the journal note, as "Kopiera journalanteckning" copies it.
    #[wasm_bindgen(js_name = toJournalText)]
    pub fn to_journal_text(&self) -> js_sys::Promise {
        let agreement = self.bridge.with(Agreement::clone);
        wasm_bindgen_futures::future_to_promise(async move {
            let a = agreement.ok_or_else(|| JsValue::from_str("Patientkontrakt: the widget is gone"))?;
            let text = lazy::make(Output::JournalNote, &a, "").await.map_err(|e| JsValue::from_str(&e))?;
            Ok(JsValue::from_str(&text))
        })
    }

    /// Switches the language on screen (`sv` or `en`; anything else is ignored with a warning).
    #[wasm_bindgen(js_name = setLanguage)]
    pub fn set_language(&self, tag: &str) {
        match Language::from_tag(tag) {
            Some(l) => {
                self.bridge.call(Call::Language(l));
            }
            None => platform::warn(&format!("Patientkontrakt: lang=\"{tag}\" is not supported (use \"sv\" or \"en\")")),
        }
    }

    /// Removes the widget from the page (what typed text was autosaved stays stored).
    pub fn destroy(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.set_text_content(None);
    }
}

/// Mounts a widget into `root` whose events go to `host` (the `<patient-kontrakt>` element),
/// reading its settings from `root`'s `data-*` attributes. Called by `boot.js`.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(root: web_sys::Element, host: web_sys::Element) -> Widget {
    let bridge = Bridge::default();
    let handle = super::host::mount_with(root.clone(), host, bridge.clone());
    Widget { handle: Some(handle), bridge, root }
}
