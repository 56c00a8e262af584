//! Where one widget lives, shared with every component and hook: its element ids, root and
//! host element ([`Ids`]), and the language on screen ([`Lang`]).

use yew::prelude::*;

use pk_core::domain::{FieldRef, Language};

/// Where one widget lives on the page. Its element ids are its prefix + a stable name: `pk` for
/// the first widget on a page (`pk-own-words`), `pk2`, `pk3`, … for more, so labels, aria
/// references, radio groups and error links stay within their widget. Focus and scrolling look
/// inside its root only, never in the whole document.
#[derive(Clone, Debug, PartialEq)]
pub struct Ids {
    prefix: std::rc::Rc<str>,
    root: Option<web_sys::Element>,
    host: Option<web_sys::Element>,
    /// The level of its top heading (1 unless the host's `heading-level` says otherwise).
    top_heading: u8,
}

impl Default for Ids {
    fn default() -> Self {
        Ids { prefix: "pk".into(), root: None, host: None, top_heading: 1 }
    }
}

impl Ids {
    /// The ids of the widget mounted in `root` with this prefix, whose events go to `host`.
    pub fn new(prefix: &str, root: Option<web_sys::Element>, host: Option<web_sys::Element>) -> Self {
        Ids { prefix: prefix.into(), root, host, top_heading: 1 }
    }

    /// The same, with its top heading at `level` (1–5; the host's `heading-level`), so that the
    /// widget's headings sit under the host page's own.
    pub fn with_top_heading(mut self, level: u8) -> Self {
        self.top_heading = level.clamp(1, 5);
        self
    }

    /// The heading element `depth` levels below the widget's top heading: `h1` for the page's
    /// title (depth 0) when the host sets no level, `h2` for its sections, … (at most `h6`).
    pub fn h(&self, depth: u8) -> &'static str {
        const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
        TAGS[usize::from((self.top_heading + depth).clamp(1, 6) - 1)]
    }

    /// The element the widget is mounted in.
    pub fn root(&self) -> Option<&web_sys::Element> {
        self.root.as_ref()
    }

    /// The element the widget's events go to.
    pub fn host(&self) -> Option<&web_sys::Element> {
        self.host.as_ref()
    }

    /// Sends `event` to the host page ([`crate::web::embed::emit`]); `false` when a listener
    /// cancelled it. Nothing to send to (a component on its own): `true`.
    pub fn emit(&self, event: pk_core::contract::HostEvent, fields: &[(&str, wasm_bindgen::JsValue)]) -> bool {
        match &self.host {
            Some(h) => crate::web::embed::emit(h, event, fields),
            None => true,
        }
    }

    /// Which widget on the page this is: 1 for `pk`, 2 for `pk2`, …
    pub fn ordinal(&self) -> usize {
        self.prefix.strip_prefix("pk").and_then(|n| n.parse().ok()).unwrap_or(1)
    }

    /// The prefix (`pk`, `pk2`, …).
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The element id for `name`: `{prefix}-{name}`.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.prefix)
    }

    /// The element id of a field.
    pub fn field(&self, f: &FieldRef) -> String {
        self.id(&f.key())
    }

    /// Moves focus to the element with this (full) id in this widget; whether it did.
    pub fn focus(&self, id: &str) -> bool {
        crate::web::platform::focus(self.root.as_ref(), id)
    }

    /// Scrolls the element with this (full) id into view.
    pub fn scroll_into_view(&self, id: &str) {
        crate::web::platform::scroll_into_view(self.root.as_ref(), id)
    }

    /// Scrolls the element with this (full) id into the middle of the view.
    pub fn scroll_to_middle(&self, id: &str) {
        crate::web::platform::scroll_to_middle(self.root.as_ref(), id)
    }

    /// Whether the element with this (full) id is in this widget.
    pub fn exists(&self, id: &str) -> bool {
        crate::web::platform::exists(self.root.as_ref(), id)
    }

    /// Starts the page at the top with the element with this (full) id in view.
    pub fn start_at_top(&self, id: &str) {
        crate::web::platform::start_at_top(self.root.as_ref(), id)
    }

    /// Focuses the textarea with this (full) id and selects its text.
    pub fn select_text(&self, id: &str) {
        crate::web::platform::select_text(self.root.as_ref(), id)
    }
}

/// This widget's [`Ids`] (the first widget's, `pk`, for a component used on its own).
#[hook]
pub fn use_ids() -> Ids {
    use_context::<Ids>().unwrap_or_default()
}

/// Where focus goes once the change being made has been drawn: for a button that the change
/// takes away (a time taken over, a contact settled), so focus moves on to what the change made
/// rather than falling to the page. Set the element id, then send the change.
#[hook]
pub fn use_focus_after_change(ids: &Ids) -> std::rc::Rc<std::cell::RefCell<Option<String>>> {
    let pending = use_mut_ref(|| None::<String>);
    {
        let pending = pending.clone();
        let ids = ids.clone();
        // After every render of the component; the pending id is taken once.
        use_effect(move || {
            if let Some(id) = pending.borrow_mut().take() {
                ids.focus(&id);
            }
        });
    }
    pending
}

/// The language on screen, shared with every component, and which region texts are installed
/// ([`pk_core::content::texts::overrides_version`]): a component that reads it is drawn again
/// when either changes, so a region's words for a text show wherever it stands, in components
/// whose properties did not change too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lang(pub Language, pub u32);

impl Lang {
    /// The language `l` with the region texts installed now.
    pub fn now(l: Language) -> Self {
        Lang(l, pk_core::content::texts::overrides_version())
    }
}

/// The page an agreement link opens (`agreement-page`, else this page without its fragment);
/// `None` when the host turned the link off (`agreement-link="off"`) or the widget is in a frame.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct LinkPage(pub Option<std::rc::Rc<str>>);

/// Reads the agreement link's page from context (none outside the app).
#[hook]
pub fn use_link_page() -> Option<std::rc::Rc<str>> {
    use_context::<LinkPage>().and_then(|l| l.0)
}

/// Reads the language from context (Swedish if a component is used outside the app); the
/// component is drawn again when the language or the region's texts change.
#[hook]
pub fn use_lang() -> Language {
    use_context::<Lang>().map(|l| l.0).unwrap_or_default()
}
