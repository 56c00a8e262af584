//! Between the app and the host page's script (the element's methods, in the widget's module):
//! the [`Bridge`] where the app leaves its state and the host's calls arrive, and the region
//! settings handed to the app through it.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::Callback;

use crate::state::AppState;
use crate::web::platform;
use pk_core::domain::settings::{settings_source_refusal, SETTINGS_LIMIT_BYTES};
use pk_core::domain::{Agreement, Language, Session, Settings};

/// What a host asks of the app through [`Widget`]. Over her text, `replace` asks her first;
/// without it nothing changes ([`pk_core::domain::Command::HostSet`]).
#[derive(Clone, Debug)]
pub enum Call {
    /// Replace the agreement (already decoded and checked).
    Set {
        /// The host's agreement.
        agreement: Box<Agreement>,
        /// Replace her text, after asking her.
        replace: bool,
    },
    /// Start again with a fresh agreement (this widget's stored draft is removed).
    Reset {
        /// Replace her text, after asking her.
        replace: bool,
    },
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
    state: RefCell<Option<yew::UseReducerHandle<AppState>>>,
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
    pub fn publish(&self, state: &yew::UseReducerHandle<AppState>) {
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

    /// Hands a host's call to the app; `false` before the app has started.
    pub fn call(&self, c: Call) -> bool {
        let calls = self.0.calls.borrow().clone();
        match calls {
            Some(cb) => {
                cb.emit(c);
                true
            }
            None => false,
        }
    }

    /// Reads the app's agreement (for the host's methods); `None` before the app has started.
    pub fn with<T>(&self, f: impl FnOnce(&Agreement) -> T) -> Option<T> {
        self.with_session(|s| f(&s.agreement))
    }

    /// Reads the app's session as it is now (a call just handed over is in it); `None` before
    /// the app has started.
    pub fn with_session<T>(&self, f: impl FnOnce(&Session) -> T) -> Option<T> {
        self.0.state.borrow().as_ref().map(|s| f(&s.session))
    }
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

/// Fetches the region settings from `src`, a JSON file on the page's own origin (`config-src`),
/// and hands them to the app behind `bridge`. Only an `http(s)` address of the page's own,
/// non-opaque origin is asked for ([`settings_source_refusal`]); the request is `same-origin`
/// (the browser refuses a redirect to another origin) and the address the response came from is
/// checked again; at most [`SETTINGS_LIMIT_BYTES`] are read. Anything else, a failed request or
/// bad JSON: a console warning, and the widget works without them.
pub fn fetch_settings(bridge: Bridge, src: &str) {
    let Some(window) = web_sys::window() else { return };
    let Some(doc) = window.document() else { return };
    let base = doc.base_uri().ok().flatten().unwrap_or_default();
    let page = doc.url().ok().and_then(|u| web_sys::Url::new(&u).ok()).map(|p| p.origin()).unwrap_or_default();
    let refused = |why: &str| {
        platform::warn(&format!("Patientkontrakt: config-src \"{src}\" {why}; no region settings"));
    };
    let Ok(url) = web_sys::Url::new_with_base(src, &base) else {
        return refused("is not an address");
    };
    if let Some(why) = settings_source_refusal(&url.protocol(), &url.origin(), &page) {
        return refused(why);
    }
    let href = url.href();
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::SameOrigin);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    wasm_bindgen_futures::spawn_local(async move {
        let warn = |why: String| {
            platform::warn(&format!("Patientkontrakt: config-src \"{href}\" {why}; no region settings"));
        };
        let resp = match wasm_bindgen_futures::JsFuture::from(window.fetch_with_str_and_init(&href, &init)).await {
            Ok(r) => r.dyn_into::<web_sys::Response>().ok(),
            // What a redirect to another origin gives under `same-origin`, as a network error does.
            Err(_) => return warn("could not be read (a network error, or a redirect to another origin)".into()),
        };
        let Some(resp) = resp.filter(|r| r.ok()) else {
            return warn("could not be read".into());
        };
        let final_url = web_sys::Url::new(&resp.url()).ok();
        let final_refusal = match &final_url {
            Some(u) => settings_source_refusal(&u.protocol(), &u.origin(), &page),
            None => Some("came from an address that is not one"),
        };
        if let Some(why) = final_refusal
            .or((resp.type_() != web_sys::ResponseType::Basic).then_some("is not a response of this page's origin"))
        {
            return warn(format!("was redirected to \"{}\", which {why}", resp.url()));
        }
        match read_capped(&resp, SETTINGS_LIMIT_BYTES).await {
            Ok(t) => {
                apply_settings(&bridge, &t, |_| {});
            }
            Err(why) => warn(why),
        }
    });
}

/// The body of `resp` as UTF-8 text, read a chunk at a time and given up as soon as it passes
/// `limit` bytes (a `Content-Length` over it is refused before reading).
async fn read_capped(resp: &web_sys::Response, limit: usize) -> Result<String, String> {
    let too_large = || format!("is larger than {limit} bytes");
    let declared = resp.headers().get("content-length").ok().flatten().and_then(|n| n.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let Some(body) = resp.body() else { return Ok(String::new()) };
    let reader: web_sys::ReadableStreamDefaultReader =
        body.get_reader().dyn_into().map_err(|_| "could not be read".to_string())?;
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let chunk =
            wasm_bindgen_futures::JsFuture::from(reader.read()).await.map_err(|_| "could not be read".to_string())?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true);
        if done {
            break;
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).map_err(|_| "could not be read".to_string())?;
        let part = js_sys::Uint8Array::new(&value);
        if bytes.len() + part.length() as usize > limit {
            let _ = reader.cancel();
            return Err(too_large());
        }
        bytes.extend(part.to_vec());
    }
    String::from_utf8(bytes).map_err(|_| "is not UTF-8 text".to_string())
}
