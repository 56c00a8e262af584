//! Between the app and the host page's script (the element's methods, in the widget's module):
//! the [`Bridge`] where the app leaves its state and the host's calls arrive, and the region
//! settings handed to the app through it.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::Callback;

use crate::state::AppState;
use crate::web::platform;
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
