//! The embedding API: the events a widget sends its host page, and the [`Widget`] that a host
//! page's script gets through the `<patient-kontrakt>` element (defined in `boot.js`, since
//! wasm-bindgen cannot subclass `HTMLElement`). Methods and events are documented for hosts in
//! the README's "Embedding" section; `detail.v` is the version of the event payloads.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use yew::Callback;

use super::lazy::{self, Output};
use crate::content;
use crate::domain::envelope::{self, DecodeLimits};
use crate::domain::{validate, Agreement, Language, Settings, Step};
use crate::web::platform;

/// The version of every event's `detail` (`detail.v`).
pub const EVENT_VERSION: u32 = 1;

/// Sends the event `name` from `host`: a `CustomEvent` that bubbles and crosses shadow roots,
/// with `detail = { v: 1, ...fields }`. Returns `false` when a listener cancelled it (only
/// `cancelable` events can be).
pub fn emit(host: &web_sys::Element, name: &str, fields: &[(&str, JsValue)], cancelable: bool) -> bool {
    let detail = Object::new();
    let _ = Reflect::set(&detail, &"v".into(), &EVENT_VERSION.into());
    for (k, v) in fields {
        let _ = Reflect::set(&detail, &(*k).into(), v);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(&detail);
    match web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        Ok(e) => host.dispatch_event(&e).unwrap_or(true),
        Err(_) => true,
    }
}

/// The agreement as the native envelope object (what a JSON export holds, parsed).
pub fn agreement_object(a: &Agreement) -> JsValue {
    envelope::encode(a).ok().and_then(|t| js_sys::JSON::parse(&t).ok()).unwrap_or(JsValue::NULL)
}

/// What a host asks of the app through [`Widget`].
#[derive(Clone, Debug)]
pub enum Call {
    /// Replace the agreement (already decoded and checked).
    Set(Box<Agreement>),
    /// Start again with a fresh agreement, as "Rensa uppgifter" does.
    Reset,
    /// Switch the language on screen.
    Language(Language),
    /// The host's region settings (for new drafts).
    Settings(Rc<Settings>),
}

/// Between the app and the host's [`Widget`]: the app leaves its latest state handle here on
/// each render (an `Rc` clone, not a copy of the agreement: this runs on every keystroke) and
/// registers where calls go.
#[derive(Clone, Default)]
pub struct Bridge(Rc<BridgeInner>);

#[derive(Default)]
struct BridgeInner {
    state: RefCell<Option<yew::UseReducerHandle<crate::state::AppState>>>,
    calls: RefCell<Option<Callback<Call>>>,
    /// Settings that came before the app listened (a fetched `config-src`, a `settings`
    /// property set at once): given to the app when it starts listening.
    early_settings: RefCell<Option<Rc<Settings>>>,
}

impl PartialEq for Bridge {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Bridge {
    /// The app's state as rendered now.
    pub fn publish(&self, state: &yew::UseReducerHandle<crate::state::AppState>) {
        *self.0.state.borrow_mut() = Some(state.clone());
    }

    /// Where the host's calls go.
    pub fn listen(&self, calls: Callback<Call>) {
        *self.0.calls.borrow_mut() = Some(calls.clone());
        if let Some(s) = self.0.early_settings.borrow_mut().take() {
            calls.emit(Call::Settings(s));
        }
    }

    /// Gives the app region settings now, or as soon as it listens.
    pub fn settings(&self, s: Settings) {
        let s = Rc::new(s);
        if !self.call(Call::Settings(s.clone())) {
            *self.0.early_settings.borrow_mut() = Some(s);
        }
    }

    fn call(&self, c: Call) -> bool {
        let calls = self.0.calls.borrow().clone();
        match calls {
            Some(cb) => {
                cb.emit(c);
                true
            }
            None => false,
        }
    }

    fn with<T>(&self, f: impl FnOnce(&Agreement) -> T) -> Option<T> {
        self.0.state.borrow().as_ref().map(|s| f(&s.session.agreement))
    }
}

fn result(ok: bool, key: &str, list: js_sys::Array) -> JsValue {
    let r = Object::new();
    let _ = Reflect::set(&r, &"ok".into(), &ok.into());
    let _ = Reflect::set(&r, &key.into(), &list);
    r.into()
}

fn message(sv: &str, en: &str) -> JsValue {
    let m = Object::new();
    let _ = Reflect::set(&m, &"message".into(), &en.into());
    let _ = Reflect::set(&m, &"sv".into(), &sv.into());
    m.into()
}

/// One widget, as the host page's script sees it (the methods of `<patient-kontrakt>`). Until
/// `pk-ready` has fired, the getters return `null`.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<yew::AppHandle<crate::components::app::App>>,
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
    /// and limits as opening a file. Returns `{ ok, errors }`; on error nothing changes.
    #[wasm_bindgen(js_name = setAgreement)]
    pub fn set_agreement(&self, obj: JsValue) -> JsValue {
        let errors = js_sys::Array::new();
        let text = js_sys::JSON::stringify(&obj).ok().and_then(|s| s.as_string());
        let decoded = match text {
            Some(t) => envelope::decode(t.as_bytes(), DecodeLimits::FILE),
            None => Err(envelope::ImportError::Empty),
        };
        match decoded {
            Ok(a) => {
                if !self.bridge.call(Call::Set(Box::new(a))) {
                    errors.push(&message(
                        "Widgeten har inte startat än.",
                        "The widget has not started yet (wait for pk-ready).",
                    ));
                }
            }
            Err(e) => {
                errors
                    .push(&message(&content::import_error(Language::Sv, &e), &content::import_error(Language::En, &e)));
            }
        }
        result(errors.length() == 0, "errors", errors)
    }

    /// Sets the region settings (`settings.schema.json`): the unit and contact routes of new
    /// drafts, and the seven questions' wording. Returns `{ ok, warnings }`; what is not
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

    /// Starts again with a fresh agreement (the stored draft is removed), like "Rensa uppgifter".
    pub fn reset(&self) {
        self.bridge.call(Call::Reset);
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
                    let _ = Reflect::set(&o, &"message".into(), &text.get(Language::En).into());
                    let _ = Reflect::set(&o, &"sv".into(), &text.get(Language::Sv).into());
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

/// Reads settings from JSON `text` and hands them to the app behind `bridge`; every warning goes
/// to the console and to `warn`. Returns whether settings were read at all.
pub fn apply_settings(bridge: &Bridge, text: &str, mut warn: impl FnMut(String)) -> bool {
    match Settings::parse(text) {
        Ok((settings, warnings)) => {
            for w in warnings {
                platform::warn(&format!("Patientkontrakt: {w}"));
                warn(w);
            }
            bridge.settings(settings);
            true
        }
        Err(e) => {
            let w = format!("region settings not used: {e}");
            platform::warn(&format!("Patientkontrakt: {w}"));
            warn(w);
            false
        }
    }
}

/// Fetches the region settings from `src`, a same-origin JSON file (`config-src`), and hands
/// them to the app behind `bridge`. Another origin, a failed request or bad JSON: a console
/// warning, and the widget works without them.
pub fn fetch_settings(bridge: Bridge, src: &str) {
    let Some(window) = web_sys::window() else { return };
    let Some(doc) = window.document() else { return };
    let base = doc.base_uri().ok().flatten().unwrap_or_default();
    let url = web_sys::Url::new_with_base(src, &base).ok();
    let page = doc.url().ok().and_then(|u| web_sys::Url::new(&u).ok());
    let same_origin = matches!((&url, &page), (Some(u), Some(p)) if u.origin() == p.origin());
    let Some(url) = url.filter(|_| same_origin) else {
        platform::warn(&format!(
            "Patientkontrakt: config-src \"{src}\" is not a file of this page's origin; no region settings"
        ));
        return;
    };
    let href = url.href();
    wasm_bindgen_futures::spawn_local(async move {
        let text = async {
            let resp: web_sys::Response =
                wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&href)).await.ok()?.dyn_into().ok()?;
            if !resp.ok() {
                return None;
            }
            wasm_bindgen_futures::JsFuture::from(resp.text().ok()?).await.ok()?.as_string()
        }
        .await;
        match text {
            Some(t) => {
                apply_settings(&bridge, &t, |_| {});
            }
            None => {
                platform::warn(&format!("Patientkontrakt: config-src \"{href}\" could not be read; no region settings"))
            }
        }
    });
}
