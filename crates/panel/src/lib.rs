//! A panel that a lazily loaded module draws into a host element the widget gives it (her code,
//! the agreement's link, the clinic's camera), with the DOM directly rather than Yew, so that
//! neither the widget's first load nor the module carries a component framework for it.
//!
//! One panel is open at a time in a module: opening another closes the first. While it is open
//! the widget's `opener` (the element holding the button that opened it) is hidden; the panel
//! takes focus. Escape and its Close button close it: the opener comes back and its button gets
//! focus again. A panel whose host left the page (the widget moved on) is closed the next time
//! the module looks ([`is_open`]).
//!
//! Both modules also read a code's bytes back the same way ([`inflate`]).

pub mod inflate;

use std::any::Any;
use std::cell::RefCell;

use pk_core::content::plural::pick;
use pk_core::contract::modules::PLURAL_LANGUAGE;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, EventTarget, HtmlElement, KeyboardEvent};

/// An event listener a panel keeps alive while it is open.
type Listener = Closure<dyn FnMut(Event)>;

/// The texts the widget passes in its current language: a plain object of strings, and of each
/// count's forms, by the keys declared in `pk_core::contract::modules`.
pub struct Texts(JsValue);

impl Texts {
    /// The texts object as the widget gave it.
    pub fn new(texts: &JsValue) -> Self {
        Texts(texts.clone())
    }

    /// The text of `key`; empty when the widget gave none.
    pub fn get(&self, key: &str) -> String {
        js_sys::Reflect::get(&self.0, &key.into()).ok().and_then(|v| v.as_string()).unwrap_or_default()
    }

    /// The form for `n` of the count `key` (the widget gives every form of its language, by
    /// category), picked by the plural rules of the language the widget named
    /// ([`PLURAL_LANGUAGE`]); its placeholders are the caller's to fill. A form missing or not
    /// a text falls back as [`pick`] says: never a panic.
    pub fn count(&self, key: &str, n: u64) -> String {
        let forms = js_sys::Reflect::get(&self.0, &key.into()).unwrap_or(JsValue::UNDEFINED);
        pick(&self.get(PLURAL_LANGUAGE), n, |c| {
            // Reflect.get throws on a value that is not an object: no form then.
            js_sys::Reflect::get(&forms, &c.name().into()).ok().and_then(|v| v.as_string())
        })
    }
}

/// The page's document.
pub fn document() -> Result<Document, JsValue> {
    web_sys::window().and_then(|w| w.document()).ok_or_else(|| "no document".into())
}

/// A new `tag` element with `attrs` and, when given, `text` as its content.
pub fn el(doc: &Document, tag: &str, attrs: &[(&str, &str)], text: Option<&str>) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    for (k, v) in attrs {
        e.set_attribute(k, v)?;
    }
    if text.is_some() {
        e.set_text_content(text);
    }
    Ok(e)
}

/// A button of the widget's secondary style.
pub fn button(doc: &Document, id: &str, label: &str) -> Result<Element, JsValue> {
    el(doc, "button", &[("type", "button"), ("class", "pk-button pk-button--secondary"), ("id", id)], Some(label))
}

/// A panel being built, then open: its element, its listeners, what it keeps alive and what
/// closing it stops.
pub struct Panel {
    root: Element,
    listeners: Vec<Listener>,
    kept: Vec<Box<dyn Any>>,
    on_close: Vec<Box<dyn FnOnce()>>,
    opener: Element,
}

thread_local! {
    /// The open panel.
    static OPEN: RefCell<Option<Panel>> = const { RefCell::new(None) };
    /// The listeners of the last closed panel: dropped at the next opening rather than from
    /// inside one of them.
    static CLOSED: RefCell<Vec<Panel>> = const { RefCell::new(Vec::new()) };
}

impl Panel {
    /// A panel around `root`, opened from `opener` (hidden while the panel is open).
    pub fn new(root: Element, opener: &Element) -> Self {
        Panel { root, listeners: Vec::new(), kept: Vec::new(), on_close: Vec::new(), opener: opener.clone() }
    }

    /// A new panel and its root element: a group (`class`, `id`) named by the element
    /// `labelledby`, which can take focus when the panel opens.
    pub fn group(
        doc: &Document,
        class: &str,
        id: &str,
        labelledby: &str,
        opener: &Element,
    ) -> Result<(Panel, Element), JsValue> {
        let attrs =
            [("class", class), ("id", id), ("tabindex", "-1"), ("role", "group"), ("aria-labelledby", labelledby)];
        let root = el(doc, "div", &attrs, None)?;
        Ok((Panel::new(root.clone(), opener), root))
    }

    /// Calls `f` on each `event` at `target` while the panel is open.
    pub fn listen(&mut self, target: &EventTarget, event: &str, f: impl FnMut(Event) + 'static) -> Result<(), JsValue> {
        let listener: Listener = Closure::new(f);
        target.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref())?;
        self.listeners.push(listener);
        Ok(())
    }

    /// Keeps `thing` (a timer's closure, say) alive while the panel is open.
    pub fn keep(&mut self, thing: impl Any) {
        self.kept.push(Box::new(thing));
    }

    /// Runs `f` when the panel closes, however it closes (a timer stopped, the camera stopped).
    pub fn on_close(&mut self, f: impl FnOnce() + 'static) {
        self.on_close.push(Box::new(f));
    }

    /// Puts the panel into `host` (closing any other) in the opener's stead, closes it on Escape
    /// and gives it focus.
    pub fn open(mut self, host: &Element) -> Result<Element, JsValue> {
        close(false);
        CLOSED.with(|c| c.borrow_mut().clear());
        self.listen(&self.root.clone(), "keydown", |e: Event| {
            if e.dyn_ref::<KeyboardEvent>().is_some_and(|k| k.key() == "Escape") {
                close(true);
            }
        })?;
        host.append_child(&self.root)?;
        self.opener.set_attribute("hidden", "")?;
        let root = self.root.clone();
        OPEN.with(|o| *o.borrow_mut() = Some(self));
        if let Some(h) = root.dyn_ref::<HtmlElement>() {
            h.focus()?;
        }
        Ok(root)
    }
}

/// Whether `root` is the open panel, still on the page. A panel whose host left the page is
/// closed now (nobody told).
pub fn is_open(root: &Element) -> bool {
    let open = OPEN.with(|o| o.borrow().as_ref().is_some_and(|p| &p.root == root));
    if open && !root.is_connected() {
        close(false);
        return false;
    }
    open
}

/// Closes the open panel, if any: what it runs on closing, its element removed, the opener
/// shown again and, when the user closed it (`refocus`), its button focused.
pub fn close(refocus: bool) {
    let Some(mut panel) = OPEN.with(|o| o.borrow_mut().take()) else { return };
    for f in panel.on_close.drain(..) {
        f();
    }
    panel.root.remove();
    // An opener that cannot be shown again stays as it is; nothing to tell anyone.
    let _ = panel.opener.remove_attribute("hidden");
    if refocus {
        if let Ok(Some(b)) = panel.opener.query_selector("button") {
            if let Some(b) = b.dyn_ref::<HtmlElement>() {
                let _ = b.focus();
            }
        }
    }
    CLOSED.with(|c| c.borrow_mut().push(panel));
}

/// Appends `child` to `parent`; the child.
pub fn add(parent: &Element, child: Element) -> Result<Element, JsValue> {
    parent.append_child(&child)?;
    Ok(child)
}
