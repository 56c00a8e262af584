//! The host page: finding the host element, mounting the app into it, and the message that
//! replaces the widget if it ever fails.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use pk_core::config::{Handover, HostConfig, StoragePolicy};
use pk_core::content;
use pk_core::contract::{HostEvent, BEGUN_ATTRIBUTE, ELEMENT, STATIC_FORM_ATTRIBUTE, STATIC_LANGUAGE_ATTRIBUTE};
use pk_core::domain;
use pk_core::domain::Language;
use pk_ui::bridge::Bridge;
use pk_ui::components::app::{App, AppProps};
use pk_ui::components::Ids;
use pk_ui::web::{platform, storage};

/// The attribute that marks the host element.
pub use pk_core::contract::HOST_ATTRIBUTE;

/// One widget on the page: its host element, id prefix, language (for the failure message)
/// and the draft it keeps. Widgets whose host has left the document no longer count.
struct Mounted {
    host: web_sys::Element,
    events: web_sys::Element,
    prefix: String,
    lang: domain::Language,
    draft: Option<(StoragePolicy, storage::Keys)>,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

/// Mounts the app into `host`, reading its configuration from the element's attributes. The
/// element's own content (a loading text, a static heading) is a placeholder: Yew empties the
/// element when it mounts. Each widget on a page gets its own id prefix (`pk`, `pk2`, …) and
/// its own draft (`data-storage-key`); a second widget asking for a draft another widget on the
/// page already keeps stores nothing, and says so, rather than overwrite it.
pub fn mount(host: web_sys::Element) -> yew::AppHandle<App> {
    mount_with(host.clone(), host, Bridge::default())
}

/// [`mount`] into `root`, sending events to `host` and answering the host's script through
/// `bridge` (the `<patient-kontrakt>` element: `root` is a `div` inside it).
pub fn mount_with(root: web_sys::Element, events: web_sys::Element, bridge: Bridge) -> yew::AppHandle<App> {
    let host = root;
    let (mut config, warnings) = HostConfig::parse(|name| host.get_attribute(name));
    for w in warnings {
        platform::warn(&format!("Patientkontrakt: {w}"));
    }
    let page_lang = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"));
    let lang = config.start_language(page_lang.as_deref());
    let (prefix, draft) = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        m.retain(|w| w.host.is_connected() && w.host != host);
        let prefix = (1..)
            .map(|n: usize| if n == 1 { "pk".to_string() } else { format!("pk{n}") })
            .find(|p| m.iter().all(|w| w.prefix != *p))
            .unwrap_or_else(|| "pk".to_string());
        let wanted = (config.storage != StoragePolicy::None).then(|| {
            let keys = storage::Keys::new(config.storage_origin.as_deref(), config.storage_key.as_deref());
            (config.storage, keys)
        });
        let draft = match wanted {
            Some(d) if m.iter().any(|w| w.draft.as_ref() == Some(&d)) => {
                platform::warn(&format!(
                    "Patientkontrakt: another widget on this page already keeps the draft \"{}\"; this one stores nothing (give each widget its own data-storage-key)",
                    d.1.draft
                ));
                config.storage = StoragePolicy::None;
                None
            }
            d => d,
        };
        m.push(Mounted { host: host.clone(), events: events.clone(), prefix: prefix.clone(), lang, draft: draft.clone() });
        (prefix, draft)
    });
    let (store, storage_problem) = match draft {
        Some((policy, keys)) => storage::open(policy, keys),
        None => storage::open(StoragePolicy::None, storage::Keys::new(None, None)),
    };
    let loaded = storage::load(&store);
    let handover = handover(&host);
    let ids =
        Ids::new(&prefix, Some(host.clone()), Some(events.clone())).with_top_heading(config.heading_level.unwrap_or(1));
    if let Some(src) = &config.config_src {
        pk_ui::bridge::fetch_settings(bridge.clone(), src);
    }
    yew::Renderer::<App>::with_root_and_props(
        host,
        AppProps {
            config,
            page_lang: page_lang.map(Into::into),
            store,
            storage_problem,
            loaded,
            ids,
            bridge,
            handover,
        },
    )
    .render()
}

/// What the user did on the static start page inside `host` before the app arrived: the mode
/// radio changed from the one the page came with, "Börja" pressed (`boot.js` marks the form),
/// and which control had focus.
fn handover(host: &web_sys::Element) -> Handover {
    let Ok(Some(form)) = host.query_selector(&format!("form[{STATIC_FORM_ATTRIBUTE}]")) else {
        return Handover::default();
    };
    let choice = form
        .query_selector("input[name=\"pk-mode\"]:checked")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .filter(|i| !i.default_checked())
        .map(|i| i.value());
    let focus = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|e| form.contains(Some(e)))
        .map(|e| e.id())
        .filter(|id| !id.is_empty());
    // The language chosen in the static menu (`boot.js` moves aria-current), when it is not the
    // one the static page is in.
    let shown = host.query_selector(".pk-root[lang]").ok().flatten().and_then(|r| r.get_attribute("lang"));
    let language = host
        .query_selector(&format!("[{STATIC_LANGUAGE_ATTRIBUTE}][aria-current=\"true\"]"))
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute(STATIC_LANGUAGE_ATTRIBUTE))
        .filter(|tag| Some(tag) != shown.as_ref())
        .and_then(|tag| Language::all().find(|l| l.tag() == tag));
    Handover { choice, begun: form.has_attribute(BEGUN_ATTRIBUTE), focus, language }
}

/// Finds every host element (`[data-patientkontrakt]`) and mounts the app in each. Logs and
/// does nothing when the page has none: the widget never takes over `body`.
pub fn start() {
    install_panic_message();
    let hosts = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(&format!("[{HOST_ATTRIBUTE}]")).ok());
    let hosts: Vec<web_sys::Element> = match hosts {
        Some(list) => (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into().ok()).collect(),
        None => Vec::new(),
    };
    let elements =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(ELEMENT).ok().flatten()).is_some();
    if hosts.is_empty() && !elements {
        platform::warn(&format!("Patientkontrakt: no element with {HOST_ATTRIBUTE} on the page; nothing mounted"));
    }
    // Each widget mounts in a task of its own, after the one that compiled and started the wasm:
    // two shorter tasks instead of one long one keep the page responsive while the app starts.
    for host in hosts {
        gloo_timers::callback::Timeout::new(0, move || {
            mount(host);
        })
        .forget();
    }
}

/// If the app ever panics, replace every widget on the page with a plain message, each in its
/// own language. Storage is not touched, so the last autosave is intact and a reload continues
/// from it.
fn install_panic_message() {
    yew::set_custom_panic_hook(Box::new(move |info| {
        web_sys::console::error_1(&panic_line(info).into());
        type Widget = (web_sys::Element, web_sys::Element, domain::Language);
        let hosts: Vec<Widget> = MOUNTED
            .try_with(|m| {
                m.try_borrow()
                    .map(|m| m.iter().map(|w| (w.host.clone(), w.events.clone(), w.lang)).collect())
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        for (host, events, lang) in hosts {
            show_failure(&host, lang);
            pk_ui::web::embed::emit(&events, HostEvent::Error, &[("kind", "panic".into())]);
        }
    }));
}

/// What the console says of a panic: where in the code it happened, never its message. A
/// message may hold what the patient typed (a value in an `expect`, a text in a formatted
/// assertion), and a console is read by page scripts, error trackers and whoever next uses the
/// computer; the place is enough to find the fault.
pub fn panic_line(info: &std::panic::PanicHookInfo<'_>) -> String {
    match info.location() {
        Some(at) => format!(
            "Patientkontrakt stopped at {}:{}:{} (the message is not shown: it may hold what was typed)",
            at.file(),
            at.line(),
            at.column()
        ),
        None => "Patientkontrakt stopped (the message is not shown: it may hold what was typed)".to_string(),
    }
}

/// Replaces the widget's content with the friendly failure message (what a panic shows).
pub fn show_failure(host: &web_sys::Element, lang: domain::Language) {
    host.set_text_content(None);
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Ok(p) = doc.create_element("p") {
            p.set_class_name("pk-panic");
            p.set_attribute("role", "alert").ok();
            p.set_text_content(Some(content::Ui::AppFailed.get(lang)));
            host.append_child(&p).ok();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    /// A panic's message (here a personnummer and a name, as a value in a message could be)
    /// never reaches the console; where it happened does.
    #[test]
    fn the_panic_line_says_where_not_what() {
        let line = Arc::new(Mutex::new(String::new()));
        let seen = line.clone();
        let before = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if let Ok(mut l) = seen.lock() {
                *l = super::panic_line(info);
            }
        }));
        let result = std::panic::catch_unwind(|| panic!("Anna Andersson 19121212-1212"));
        std::panic::set_hook(before);
        assert!(result.is_err());
        let line = line.lock().map(|l| l.clone()).unwrap_or_default();
        assert!(line.contains("host.rs:"), "{line}");
        assert!(!line.contains("Anna") && !line.contains("19121212"), "{line}");
    }
}
