//! The few things the app needs from the browser besides the DOM tree Yew manages: the
//! clock, random ids, moving focus, and the console. Nothing here touches user data.

use wasm_bindgen::JsCast;

/// Now, as RFC 3339 UTC (`2026-11-22T14:05:09.123Z`).
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today's date, `YYYY-MM-DD`, in the user's time zone.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// An RFC 3339 timestamp as local `YYYY-MM-DD HH:MM`; the input itself if it is not one.
pub fn local_time(rfc3339: &str) -> String {
    let d = js_sys::Date::new(&rfc3339.into());
    if d.get_time().is_nan() {
        return rfc3339.to_string();
    }
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// A random UUID (v4). Uses `crypto.randomUUID` where the page is a secure context, else
/// `crypto.getRandomValues`, else `Math.random` (ids only need to be unique, not secret).
pub fn new_id() -> String {
    let crypto = web_sys::window().and_then(|w| w.crypto().ok());
    if let Some(c) = &crypto {
        if let Ok(id) = js_sys::Reflect::get(c, &"randomUUID".into()) {
            if id.is_function() {
                return c.random_uuid();
            }
        }
    }
    let mut bytes = [0u8; 16];
    let filled = crypto.is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// The element with this id inside `root` (one widget), or in the document without a root.
pub fn element(root: Option<&web_sys::Element>, id: &str) -> Option<web_sys::Element> {
    match root {
        // Ids are the widget's own (letters, digits, dashes): safe in a selector.
        Some(r) => r.query_selector(&format!("#{id}")).ok().flatten(),
        None => web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)),
    }
}

/// Moves focus to the element with this id, if there is one. Returns whether it did.
pub fn focus(root: Option<&web_sys::Element>, id: &str) -> bool {
    match element(root, id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(e) => e.focus().is_ok(),
        None => false,
    }
}

/// Whether focus is inside the element with this id.
pub fn focus_within(root: Option<&web_sys::Element>, id: &str) -> bool {
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    element(root, id).is_some_and(|e| active.is_some_and(|a| e.contains(Some(&a))))
}

/// Whether focus is inside the element with this id, or nowhere (on the page's body, as when
/// the focused button was removed).
pub fn focus_within_or_lost(root: Option<&web_sys::Element>, id: &str) -> bool {
    let doc = web_sys::window().and_then(|w| w.document());
    let active = doc.as_ref().and_then(|d| d.active_element());
    let body = doc.as_ref().and_then(|d| d.body()).map(web_sys::Element::from);
    match active {
        None => true,
        Some(a) if Some(&a) == body.as_ref() => true,
        Some(a) => element(root, id).is_some_and(|e| e.contains(Some(&a))),
    }
}

/// Scrolls an element into the middle of the view: a field that takes focus, with its label
/// above it and what follows below.
pub fn scroll_to_middle(root: Option<&web_sys::Element>, id: &str) {
    if let Some(e) = element(root, id) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        e.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Whether the element with this id is in the widget.
pub fn exists(root: Option<&web_sys::Element>, id: &str) -> bool {
    element(root, id).is_some()
}

/// Scrolls an element into view (used with focus, for long pages).
pub fn scroll_into_view(root: Option<&web_sys::Element>, id: &str) {
    if let Some(e) = element(root, id) {
        e.scroll_into_view();
    }
}

/// Starts the page at the top with the element with this id in view: after a reload that
/// brought back her draft, the browser would otherwise put back where she had scrolled to on a
/// long step, and the notice that says what came back would be above the fold. The page's own
/// scroll restoration is turned off for its next reloads (its entry in the history only), as
/// the widget starts them at the top itself. Should the element still be below the first screen
/// (a host page with the widget further down), it is scrolled into view.
pub fn start_at_top(root: Option<&web_sys::Element>, id: &str) {
    let Some(window) = web_sys::window() else { return };
    if let Ok(history) = window.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    window.scroll_to_with_x_and_y(0.0, 0.0);
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    if let Some(e) = element(root, id) {
        if e.get_bounding_client_rect().bottom() > height {
            e.scroll_into_view();
        }
    }
}

/// The page's address (`location.href`), read without web-sys's `Location`.
fn href() -> Option<String> {
    let window = web_sys::window()?;
    let location = js_sys::Reflect::get(&window, &"location".into()).ok()?;
    js_sys::Reflect::get(&location, &"href".into()).ok()?.as_string()
}

/// This page's address without its fragment: the page an agreement link opens by default.
pub fn page_address() -> Option<String> {
    href().map(|h| pk_core::formats::handoff::without_fragment(&h).to_string())
}

/// The agreement link's fragment (`pk=…`, without its `#`) in the page's address, if it has
/// one; any other fragment is the host page's own. Read only: [`drop_link_fragment`] takes it
/// off.
pub fn link_fragment() -> Option<String> {
    let href = href()?;
    let (_, fragment) = href.split_once('#')?;
    let key = fragment.split_once('=')?.0;
    (key == pk_core::formats::handoff::LINK_KEY).then(|| fragment.to_string())
}

/// Takes the fragment off the address: the session history's entry is replaced
/// (`history.replaceState`, its state kept) by the address without it, so neither the address
/// bar nor Back shows it again.
pub fn drop_link_fragment() {
    let Some(page) = href().map(|h| pk_core::formats::handoff::without_fragment(&h).to_string()) else { return };
    let replaced = web_sys::window().and_then(|w| w.history().ok()).map(|history| {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        history.replace_state_with_url(&state, "", Some(&page)).is_ok()
    });
    if replaced != Some(true) {
        warn("the agreement link could not be taken off the address");
    }
}

/// A warning for the host's developer, never shown to the user.
pub fn warn(msg: &str) {
    web_sys::console::warn_1(&msg.into());
}

/// Focuses a text field and selects all its text (the manual-copy fallback).
pub fn select_text(root: Option<&web_sys::Element>, id: &str) {
    let el = element(root, id).and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    if let Some(t) = el {
        let _ = t.focus();
        t.select();
    }
}
