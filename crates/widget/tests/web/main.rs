//! Component tests in a real headless browser (wasm-bindgen-test + Chromium).
//! Each test mounts into a fresh host element and waits with `yew::scheduler::flush()`; what
//! autosave writes is polled for (`eventually`). Only a test that shows something does *not*
//! happen waits a fixed time: twice the autosave delay, after which a save would have happened.
//! Storage is off (`data-storage="none"`) unless a test is about storage.
#![cfg(target_arch = "wasm32")]

use patientkontrakt::mount;
use pk_ui::components::radios::{Choice, Radios};
use pk_ui::components::text_field::TextField;
use pk_ui::hooks::autosave::AUTOSAVE_MS;
use pk_ui::web::storage::{DRAFT_KEY, STEP_KEY};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("document")
}

/// A fresh host element with the given attributes, inside a wrapper that also holds host
/// content the widget must leave alone.
fn host(attrs: &[(&str, &str)]) -> Element {
    let doc = document();
    // Earlier tests' widgets go, so ids and focus belong to this test alone.
    let old = doc.query_selector_all("section.pk-test-host").expect("query");
    for i in 0..old.length() {
        if let Some(n) = old.item(i) {
            n.unchecked_into::<Element>().remove();
        }
    }
    if let Some(a) = doc.active_element().and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        a.blur().ok();
    }
    let wrapper = doc.create_element("section").expect("section");
    wrapper.set_class_name("pk-test-host");
    let before = doc.create_element("p").expect("p");
    before.set_text_content(Some("Värdsidans egen text"));
    before.set_class_name("host-own");
    wrapper.append_child(&before).expect("append");
    let el = doc.create_element("div").expect("div");
    el.set_attribute("data-patientkontrakt", "").expect("attr");
    for (k, v) in attrs {
        el.set_attribute(k, v).expect("attr");
    }
    wrapper.append_child(&el).expect("append");
    doc.body().expect("body").append_child(&wrapper).expect("append");
    el
}

async fn settle() {
    yew::scheduler::flush().await;
}

fn q(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).ok().flatten().unwrap_or_else(|| panic!("no element {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    q(root, selector).text_content().unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    q(root, selector).unchecked_into::<HtmlElement>().click();
}

/// Finds a button by its visible text.
fn button(root: &Element, label: &str) -> HtmlElement {
    let list = root.query_selector_all("button").expect("buttons");
    for i in 0..list.length() {
        if let Some(b) = list.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
            if b.text_content().unwrap_or_default().trim() == label {
                return b;
            }
        }
    }
    panic!("no button {label}");
}

fn type_into(root: &Element, selector: &str, value: &str) {
    let el = q(root, selector);
    if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
        t.set_value(value);
    } else {
        el.unchecked_ref::<HtmlInputElement>().set_value(value);
    }
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("event");
    el.dispatch_event(&ev).expect("dispatch");
}

fn active_id() -> String {
    document().active_element().map(|e| e.id()).unwrap_or_default()
}

mod consultation;
mod fields;
mod flow;
mod storage;

/// Polls `check` every 50 ms for up to two seconds.
async fn eventually(mut check: impl FnMut() -> bool) -> bool {
    for _ in 0..40 {
        if check() {
            return true;
        }
        gloo_timers::future::TimeoutFuture::new(50).await;
    }
    check()
}

/// The English texts, which the app fetches from texts/en.json in the browser (no file server
/// here: the e2e test language.test.mjs covers the fetch).
fn english_texts() {
    pk_core::content::texts::install(pk_core::domain::Language::EN, include_str!("../../../../site/texts/en.json"))
        .expect("texts/en.json");
}
