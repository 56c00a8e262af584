//! The host page: finding the host element, mounting the app into it, and the message that
//! replaces the widget if it ever fails.

use crate::components::app::{App, Props};
use crate::config::HostConfig;
use crate::content;
use crate::domain;
use crate::web::{platform, storage};

/// The attribute that marks the host element.
pub const HOST_ATTRIBUTE: &str = "data-patientkontrakt";

/// Mounts the app into `host`, reading its configuration from the element's attributes. The
/// element's own content (a loading text, a static heading) is a placeholder: Yew empties the
/// element when it mounts.
pub fn mount(host: web_sys::Element) -> yew::AppHandle<App> {
    let (config, warnings) = HostConfig::parse(|name| host.get_attribute(name));
    for w in warnings {
        platform::warn(&format!("Patientkontrakt: {w}"));
    }
    let page_lang = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"));
    let (store, storage_problem) = storage::open(config.storage);
    let loaded = storage::load(&store);
    yew::Renderer::<App>::with_root_and_props(
        host,
        Props { config, page_lang: page_lang.map(Into::into), store, storage_problem, loaded },
    )
    .render()
}

/// Finds the host element (`[data-patientkontrakt]`) and mounts the app there. Logs and does
/// nothing when the page has no such element: the widget never takes over `body`.
pub fn start() {
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("[{HOST_ATTRIBUTE}]")).ok().flatten());
    match host {
        Some(host) => {
            let lang = HostConfig::parse(|name| host.get_attribute(name)).0.start_language(
                web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.document_element())
                    .and_then(|e| e.get_attribute("lang"))
                    .as_deref(),
            );
            install_panic_message(host.clone(), lang);
            mount(host);
        }
        None => platform::warn("Patientkontrakt: no element with data-patientkontrakt on the page; nothing mounted"),
    }
}

/// If the app ever panics, replace the widget with a plain message. Storage is not touched,
/// so the last autosave is intact and a reload continues from it.
fn install_panic_message(host: web_sys::Element, lang: domain::Language) {
    yew::set_custom_panic_hook(Box::new(move |info| {
        web_sys::console::error_1(&format!("Patientkontrakt: {info}").into());
        show_failure(&host, lang);
    }));
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
