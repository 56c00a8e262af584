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

#[wasm_bindgen_test]
async fn mounts_into_its_host_element_in_swedish_and_leaves_the_page_alone() {
    let el = host(&[("data-storage", "none")]);
    let _app = mount(el.clone());
    settle().await;
    let root = q(&el, ".pk-root");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("sv"));
    assert_eq!(text(&el, "h1"), "Patientkontrakt");
    assert!(text(&el, "#pk-privacy").contains("stannar på den här mobilen eller datorn"));
    assert_eq!(button(&el, "Börja").get_attribute("type").as_deref(), Some("submit"));
    let wrapper = el.parent_element().expect("wrapper");
    assert_eq!(text(&wrapper, ".host-own"), "Värdsidans egen text", "host content untouched");
    assert!(
        document().body().expect("body").query_selector(":scope > .pk-root").ok().flatten().is_none(),
        "not mounted on body"
    );
    assert_ne!(active_id(), "pk-heading", "first render does not steal focus from the host page");
}

#[wasm_bindgen_test]
async fn reads_language_and_mode_from_the_host_element() {
    english_texts();
    let el = host(&[("data-storage", "none"), ("data-lang", "en"), ("data-mode", "consultation")]);
    let _app = mount(el.clone());
    settle().await;
    assert_eq!(q(&el, ".pk-root").get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(text(&el, "#pk-continue"), "Start");
    let consultation = q(&el, "input[name=pk-mode][value=consultation]").unchecked_into::<HtmlInputElement>();
    assert!(consultation.checked());
}

#[wasm_bindgen_test]
async fn starting_moves_to_step_one_and_focuses_its_heading() {
    let el = host(&[("data-storage", "none")]);
    let _app = mount(el.clone());
    settle().await;
    button(&el, "Börja").click();
    settle().await;
    assert_eq!(text(&el, "#pk-step-of"), "Steg 1 av 7");
    assert_eq!(text(&el, "h1"), "Vad är viktigt för dig?");
    assert_eq!(active_id(), "pk-heading");
    click(&el, ".pk-back-link");
    settle().await;
    assert_eq!(text(&el, "h1"), "Patientkontrakt");
}

#[wasm_bindgen_test]
async fn continue_shows_an_error_summary_that_takes_focus_and_links_to_the_field() {
    let el = host(&[("data-storage", "none")]);
    let _app = mount(el.clone());
    settle().await;
    button(&el, "Börja").click();
    settle().await;
    type_into(&el, "#pk-personal-number", "19121212-1213");
    settle().await;
    assert!(el.query_selector(".pk-error-summary").ok().flatten().is_none(), "no validation while typing");
    button(&el, "Fortsätt").click();
    settle().await;
    assert_eq!(text(&el, "#pk-step-of"), "Steg 1 av 7", "stays on the step");
    let summary = q(&el, ".pk-error-summary");
    assert_eq!(document().active_element().as_ref(), Some(&summary));
    let link = q(&summary, "a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("#pk-personal-number"));
    assert!(link.text_content().unwrap_or_default().contains("Kontrollera siffrorna"));
    assert!(text(&el, "#pk-personal-number-error").contains("Kontrollera siffrorna"));
    let input = q(&el, "#pk-personal-number");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(input.get_attribute("aria-describedby").unwrap_or_default().contains("pk-personal-number-error"));
    link.unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(active_id(), "pk-personal-number");
    // Fixing the field removes the error at once; continuing then works.
    type_into(&el, "#pk-personal-number", "19121212-1212");
    settle().await;
    assert!(el.query_selector(".pk-error-summary").ok().flatten().is_none());
    button(&el, "Fortsätt").click();
    settle().await;
    assert_eq!(text(&el, "#pk-step-of"), "Steg 2 av 7");
}

#[wasm_bindgen_test]
async fn lists_add_edit_and_remove_rows_with_focus_following() {
    let el = host(&[("data-storage", "none")]);
    let _app = mount(el.clone());
    settle().await;
    button(&el, "Börja").click();
    settle().await;
    button(&el, "Lägg till mål").click();
    settle().await;
    assert_eq!(active_id(), "pk-goals-0-text", "focus goes to the new row");
    type_into(&el, "#pk-goals-0-text", "Gå till kören");
    button(&el, "Lägg till mål").click();
    settle().await;
    assert_eq!(active_id(), "pk-goals-1-text");
    type_into(&el, "#pk-goals-1-text", "Sova bättre");
    settle().await;
    let remove = q(&el, "#pk-goals-0-text").closest("fieldset").ok().flatten().expect("row");
    assert!(text(&remove, "button").contains("Ta bort"));
    assert!(text(&remove, "button").contains("Mål 1"), "the remove button names its row for screen readers");
    click(&remove, "button");
    settle().await;
    assert_eq!(q(&el, "#pk-goals-0-text").unchecked_into::<HtmlInputElement>().value(), "Sova bättre");
    assert!(el.query_selector("#pk-goals-1-text").ok().flatten().is_none());
    assert_eq!(active_id(), "pk-goals-add", "focus goes to the add button after removing");
}

#[wasm_bindgen_test]
async fn switching_language_keeps_what_was_typed() {
    english_texts();
    let el = host(&[("data-storage", "none")]);
    let _app = mount(el.clone());
    settle().await;
    button(&el, "Börja").click();
    settle().await;
    type_into(&el, "#pk-own-words", "Mina barnbarn");
    settle().await;
    // The header's menu: one button, the same words in every language, then each language by its
    // own name, in its own `lang`.
    let menu = button(&el, "Språk / Language");
    assert_eq!(menu.get_attribute("aria-expanded").as_deref(), Some("false"));
    menu.click();
    settle().await;
    assert_eq!(menu.get_attribute("aria-expanded").as_deref(), Some("true"));
    let arabic = button(&el, "العربية");
    assert_eq!((arabic.get_attribute("lang"), arabic.get_attribute("dir")), (Some("ar".into()), Some("rtl".into())));
    button(&el, "English").click();
    settle().await;
    assert_eq!(menu.get_attribute("aria-expanded").as_deref(), Some("false"), "closed once chosen");
    assert_eq!(q(&el, ".pk-root").get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(text(&el, "h1"), "What matters to you?");
    assert_eq!(text(&el, "#pk-step-of"), "Step 1 of 7");
    assert_eq!(q(&el, "#pk-own-words").unchecked_into::<HtmlTextAreaElement>().value(), "Mina barnbarn");
    assert_eq!(q(&el, ".pk-header__choice[aria-current]").text_content().as_deref(), Some("English"));
}

#[wasm_bindgen_test]
async fn user_text_is_rendered_as_text_never_markup() {
    let el = host(&[("data-storage", "none")]);
    let _app = mount(el.clone());
    settle().await;
    button(&el, "Börja").click();
    settle().await;
    let payload = "<img src=x onerror=\"window.pwned=1\"><b>fet</b>";
    type_into(&el, "#pk-own-words", payload);
    settle().await;
    // Go to the summary, where the text is shown outside an input.
    for _ in 0..6 {
        button(&el, "Fortsätt").click();
        settle().await;
    }
    assert_eq!(text(&el, "h1"), "Sammanfattning");
    assert!(el.query_selector(".pk-summary-list img, .pk-summary-list b, .pk-print img").ok().flatten().is_none());
    assert!(el.text_content().unwrap_or_default().contains(payload));
}

#[wasm_bindgen_test]
async fn autosave_writes_the_draft_and_a_new_mount_restores_it() {
    let storage = web_sys::window().and_then(|w| w.session_storage().ok().flatten()).expect("sessionStorage");
    storage.remove_item(DRAFT_KEY).expect("clean");
    let el = host(&[("data-storage", "session")]);
    let app = mount(el.clone());
    settle().await;
    button(&el, "Börja").click();
    settle().await;
    type_into(&el, "#pk-own-words", "Sparas automatiskt");
    settle().await;
    // Autosave fires within a second; wait for it by polling storage, not by a fixed sleep.
    assert!(eventually(|| storage.get_item(DRAFT_KEY).ok().flatten().is_some()).await, "saved within two seconds");
    let saved = storage.get_item(DRAFT_KEY).ok().flatten().unwrap_or_default();
    assert!(saved.contains("Sparas automatiskt"));
    app.destroy();
    let el2 = host(&[("data-storage", "session")]);
    let _app2 = mount(el2.clone());
    settle().await;
    assert!(text(&el2, "#pk-notice").contains("Vi har hämtat det du skrev senast"));
    assert_eq!(text(&el2, "#pk-continue"), "Fortsätt där du slutade");
    storage.remove_item(DRAFT_KEY).expect("clean");
}

#[wasm_bindgen_test]
async fn corrupt_stored_data_is_offered_for_download_and_not_overwritten() {
    let storage = web_sys::window().and_then(|w| w.session_storage().ok().flatten()).expect("sessionStorage");
    storage.set_item(DRAFT_KEY, "{\"format\": \"patientkontrakt\", \"version\": 1, trasig").expect("set");
    let el = host(&[("data-storage", "session")]);
    let _app = mount(el.clone());
    settle().await;
    let notice = text(&el, "#pk-notice");
    assert!(notice.contains("kunde inte läsas"), "{notice}");
    let _ = button(&el, "Ladda ner det sparade");
    button(&el, "Börja").click();
    settle().await;
    type_into(&el, "#pk-own-words", "Nytt");
    settle().await;
    // Twice the autosave delay: a save that was going to happen has happened.
    gloo_timers::future::TimeoutFuture::new(2 * AUTOSAVE_MS).await;
    assert_eq!(
        storage.get_item(DRAFT_KEY).ok().flatten().as_deref(),
        Some("{\"format\": \"patientkontrakt\", \"version\": 1, trasig"),
        "the unreadable draft stays until the user chooses to start afresh"
    );
    storage.remove_item(DRAFT_KEY).expect("clean");
}

#[wasm_bindgen_test]
async fn a_failure_replaces_the_widget_with_a_plain_message_and_keeps_the_draft() {
    let storage = web_sys::window().and_then(|w| w.session_storage().ok().flatten()).expect("sessionStorage");
    storage.set_item(DRAFT_KEY, "kept").expect("set");
    let el = host(&[("data-storage", "session")]);
    let _app = mount(el.clone());
    settle().await;
    patientkontrakt::show_failure(&el, pk_core::domain::Language::SV);
    assert_eq!(q(&el, ".pk-panic").get_attribute("role").as_deref(), Some("alert"));
    assert!(text(&el, ".pk-panic").starts_with("Något gick fel i appen."));
    assert!(el.query_selector(".pk-root").ok().flatten().is_none());
    assert_eq!(storage.get_item(DRAFT_KEY).ok().flatten().as_deref(), Some("kept"));
    storage.remove_item(DRAFT_KEY).expect("clean");
}

#[derive(Properties, PartialEq)]
struct FieldHost {
    error: Option<AttrValue>,
}

#[component]
fn FieldUnderTest(p: &FieldHost) -> Html {
    html! {
        <>
            <TextField id="f" label="Etikett" hint={Some(AttrValue::Static("Ledtråd"))} value="v" max={10}
                error={p.error.clone()} onchange={Callback::noop()} />
            <TextField id="g" label="Namn" value="" max={10} identifies=true onchange={Callback::noop()} />
            <Radios id="r" legend="Välj" choices={vec![Choice::new("a", "A"), Choice::new("b", "B")]}
                selected={Some(AttrValue::Static("b"))} onchange={Callback::noop()} />
        </>
    }
}

#[wasm_bindgen_test]
async fn text_field_and_radios_are_labelled_and_described() {
    let el = host(&[]);
    let _h =
        yew::Renderer::<FieldUnderTest>::with_root_and_props(el.clone(), FieldHost { error: Some("Fel här".into()) })
            .render();
    settle().await;
    assert_eq!(q(&el, "label[for=f]").text_content().as_deref(), Some("Etikett"));
    let input = q(&el, "#f");
    assert_eq!(input.get_attribute("aria-describedby").as_deref(), Some("f-hint f-error"));
    assert_eq!(input.get_attribute("maxlength").as_deref(), Some("10"));
    assert!(text(&el, "#f-error").ends_with("Fel här"));
    assert_eq!(q(&el, "legend").text_content().as_deref(), Some("Välj"));
    assert!(q(&el, "#r-2").unchecked_into::<HtmlInputElement>().checked());
    assert_eq!(q(&el, "label[for=r]").text_content().as_deref(), Some("A"));
    // Free text is spell checked; a name or an identifier goes to no spelling service and no
    // form history (issue 26, point 5).
    let attrs = |id: &str| ["spellcheck", "autocomplete"].map(|a| q(&el, id).get_attribute(a));
    assert_eq!(attrs("#f"), [Some("true".into()), None]);
    assert_eq!(attrs("#g"), [Some("false".into()), Some("off".into())]);
}

#[wasm_bindgen_test]
async fn a_host_that_takes_the_exports_is_named_on_the_start_page_and_the_attribute_switches_live() {
    let el = host(&[("data-storage", "none"), ("data-exports", "host")]);
    let _app = mount(el.clone());
    settle().await;
    let privacy = || text(&el, "#pk-privacy");
    assert!(privacy().contains("går det till vården genom den här webbplatsen"), "{}", privacy());
    assert!(!privacy().contains("Inget skickas"));
    el.set_attribute("data-exports", "download").expect("attr");
    assert!(eventually(|| privacy().contains("Inget skickas någonstans")).await, "{}", privacy());
}

#[wasm_bindgen_test]
async fn clearing_removes_every_widgets_keys_on_the_origin_and_only_those() {
    let window = web_sys::window().expect("window");
    let local = window.local_storage().ok().flatten().expect("localStorage");
    let session = window.session_storage().ok().flatten().expect("sessionStorage");
    let others = [
        (&local, "patientkontrakt/v2/draft/en-annan-sida"),
        (&local, "patientkontrakt@https://journal.example/v2/draft"),
        (&session, "patientkontrakt/v2/step/panel"),
        (&session, "patientkontrakt@https://journal.example/v2/step"),
    ];
    for (area, key) in others {
        area.set_item(key, "{}").expect("set");
    }
    local.set_item("vardens-egen-nyckel", "kvar").expect("set");
    let el = host(&[("data-storage", "session")]);
    let _app = mount(el.clone());
    settle().await;
    button(&el, "Rensa uppgifter").click();
    settle().await;
    button(&el, "Ja, rensa uppgifterna").click();
    settle().await;
    let gone = || others.iter().all(|(area, key)| area.get_item(key).ok().flatten().is_none());
    assert!(eventually(gone).await, "every draft of the widget on the origin is removed");
    assert_eq!(local.get_item("vardens-egen-nyckel").ok().flatten().as_deref(), Some("kvar"), "the host's own stays");
    local.remove_item("vardens-egen-nyckel").expect("clean");
}

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

#[wasm_bindgen_test]
async fn the_durable_copy_in_indexeddb_restores_a_draft_that_localstorage_lost() {
    let local = web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("localStorage");
    local.remove_item(DRAFT_KEY).expect("clean");
    let el = host(&[("data-storage", "local")]);
    let app = mount(el.clone());
    settle().await;
    button(&el, "Börja").click();
    // "Börja" waits for the durable copy to be read (a few milliseconds).
    assert!(eventually(|| el.query_selector("#pk-own-words").ok().flatten().is_some()).await, "step 1");
    type_into(&el, "#pk-own-words", "Finns kvar i IndexedDB");
    settle().await;
    assert!(eventually(|| local.get_item(DRAFT_KEY).ok().flatten().is_some()).await, "autosaved");
    app.destroy();
    // What a crash does to localStorage's last batch: it is gone. The durable copy is not.
    local.remove_item(DRAFT_KEY).expect("lose it");
    let el2 = host(&[("data-storage", "local")]);
    let app2 = mount(el2.clone());
    settle().await;
    let restored = eventually(|| {
        el2.query_selector("#pk-notice")
            .ok()
            .flatten()
            .and_then(|n| n.text_content())
            .unwrap_or_default()
            .contains("Vi har hämtat")
    })
    .await;
    assert!(restored, "the IndexedDB copy was read");
    button(&el2, "Fortsätt där du slutade").click();
    assert!(eventually(|| el2.query_selector("#pk-own-words").ok().flatten().is_some()).await, "step 1");
    let value = q(&el2, "#pk-own-words").unchecked_into::<HtmlTextAreaElement>().value();
    assert_eq!(value, "Finns kvar i IndexedDB");
    // "Rensa uppgifter" removes the durable copy too: a new mount finds nothing.
    button(&el2, "Rensa uppgifter").click();
    settle().await;
    button(&el2, "Ja, rensa uppgifterna").click();
    settle().await;
    app2.destroy();
    let el3 = host(&[("data-storage", "local")]);
    let _app3 = mount(el3.clone());
    settle().await;
    gloo_timers::future::TimeoutFuture::new(2 * AUTOSAVE_MS).await;
    assert!(el3.query_selector("#pk-notice").ok().flatten().is_none(), "nothing restored after clearing");
    assert_eq!(text(&el3, "#pk-continue"), "Börja");
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_have_their_own_ids_and_drafts() {
    let session = web_sys::window().and_then(|w| w.session_storage().ok().flatten()).expect("sessionStorage");
    let first = host(&[("data-storage", "session"), ("data-storage-key", "hjarta")]);
    let second = document().create_element("div").expect("div");
    second.set_attribute("data-patientkontrakt", "").expect("attr");
    second.set_attribute("data-storage", "session").expect("attr");
    second.set_attribute("data-storage-key", "lunga").expect("attr");
    first.parent_element().expect("wrapper").append_child(&second).expect("append");
    let _a = mount(first.clone());
    let _b = mount(second.clone());
    settle().await;
    // Ids are unique on the page: the second widget's are prefixed pk2-.
    assert!(first.query_selector("#pk-continue").ok().flatten().is_some());
    assert!(second.query_selector("#pk2-continue").ok().flatten().is_some());
    assert!(second.query_selector("#pk-continue").ok().flatten().is_none());
    let ids = document().query_selector_all("[id]").expect("query");
    let mut seen = std::collections::HashSet::new();
    for i in 0..ids.length() {
        let id = ids.item(i).and_then(|n| n.dyn_into::<Element>().ok()).map(|e| e.id()).unwrap_or_default();
        assert!(seen.insert(id.clone()), "duplicate id {id}");
    }
    // Each keeps its own draft, and focus after "Börja" stays in its own widget.
    button(&second, "Börja").click();
    settle().await;
    assert_eq!(active_id(), "pk2-heading");
    type_into(&second, "#pk2-own-words", "Bara i den andra");
    settle().await;
    let key_b = format!("{DRAFT_KEY}/lunga");
    assert!(eventually(|| session.get_item(&key_b).ok().flatten().is_some()).await, "the second widget's draft");
    assert!(session.get_item(&format!("{DRAFT_KEY}/hjarta")).ok().flatten().is_none(), "nothing typed in the first");
    assert_eq!(text(&first, "#pk-continue"), "Börja");
    session.remove_item(&key_b).expect("clean");
    // Two widgets asking for the same draft: the second stores nothing rather than overwrite it.
    let third = document().create_element("div").expect("div");
    third.set_attribute("data-storage", "session").expect("attr");
    third.set_attribute("data-storage-key", "hjarta").expect("attr");
    first.parent_element().expect("wrapper").append_child(&third).expect("append");
    let _c = mount(third.clone());
    settle().await;
    assert!(third.query_selector("#pk3-continue").ok().flatten().is_some());
    assert!(text(&third, "#pk3-notice").contains("sparas inte"), "{}", text(&third, "#pk3-notice"));
}

/// Mounts a widget on a consultation draft stored under its own key, resumed on `step`: what a
/// clinician finds after opening the patient's file.
async fn resumed(
    key: &str,
    a: &pk_core::domain::Agreement,
    step: &str,
) -> (Element, yew::AppHandle<impl BaseComponent>) {
    let session = web_sys::window().and_then(|w| w.session_storage().ok().flatten()).expect("sessionStorage");
    let text = pk_core::domain::envelope::encode(a).expect("encodes");
    session.set_item(&format!("{DRAFT_KEY}/{key}"), &text).expect("set");
    session.set_item(&format!("{STEP_KEY}/{key}"), step).expect("set");
    let el = host(&[("data-storage", "session"), ("data-storage-key", key)]);
    let app = mount(el.clone());
    settle().await;
    button(&el, "Fortsätt där du slutade").click();
    settle().await;
    session.remove_item(&format!("{DRAFT_KEY}/{key}")).expect("clean");
    session.remove_item(&format!("{STEP_KEY}/{key}")).expect("clean");
    (el, app)
}

/// A consultation holding what the patient wrote before the visit: a time and a contact she
/// would like.
fn her_preparation() -> pk_core::domain::Agreement {
    use pk_core::domain::*;
    let mut a = Agreement::new(
        "4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a",
        "2026-11-22T10:00:00Z",
        Mode::Consultation,
        Language::SV,
    );
    a.schedule.prepared_time.date = Some("2027-03-01".into());
    a.schedule.prepared_time.period = "gärna om ungefär tre månader".into();
    a.contacts.fixed_contact_wanted = Some(Tri::Yes);
    a.contacts.patient_contacts.push(CareContact { name: "Lena".into(), ..CareContact::default() });
    a
}

#[wasm_bindgen_test]
async fn taking_her_time_over_moves_focus_to_the_next_time_and_says_why_the_button_went() {
    let (el, _app) = resumed("tid", &her_preparation(), "schedule").await;
    assert_eq!(text(&el, "h1"), "Nästa steg och överenskommen tid");
    button(&el, "Använd som nästa tid").click();
    settle().await;
    assert_eq!(active_id(), "pk-next-date", "focus goes to what the button made, not to the page");
    assert_eq!(q(&el, "#pk-next-date").unchecked_into::<HtmlInputElement>().value(), "2027-03-01");
    assert_eq!(q(&el, "#pk-next-period").unchecked_into::<HtmlInputElement>().value(), "", "her date, not both");
    assert!(el.query_selector("#pk-accept-time").ok().flatten().is_none());
    assert!(text(&el, "#pk-prepared-time-taken").starts_with("Nästa tid nedan är redan ifylld."));
    assert!(text(&el, "#pk-prepared-time").contains("önskemål: gärna om ungefär tre månader"), "hers is still shown");
}

#[wasm_bindgen_test]
async fn settling_her_contact_after_behovs_inte_moves_focus_to_its_name() {
    use pk_core::domain::{limits, CareContact, Tri};
    let mut a = her_preparation();
    a.contacts.fixed_contact_needed = Some(Tri::No);
    let (el, _app) = resumed("kontakt", &a, "contacts").await;
    assert_eq!(text(&el, "h1"), "Fast vårdkontakt och kontaktvägar");
    assert!(el.query_selector("#pk-care-contacts-add").ok().flatten().is_none(), "no list after Behövs inte");
    click(&el, "#pk-accept-contact-0");
    settle().await;
    assert_eq!(active_id(), "pk-care-contacts-0-name", "the list appears, and focus is on the settled row");
    assert_eq!(q(&el, "#pk-care-contacts-0-name").unchecked_into::<HtmlInputElement>().value(), "Lena");

    // The fast vårdkontakter full: no button that would do nothing, and a hint says why.
    let mut full = her_preparation();
    full.contacts.care_contacts = vec![CareContact { name: "N".into(), ..CareContact::default() }; limits::LIST_ITEMS];
    let (el, _app) = resumed("full", &full, "contacts").await;
    assert!(el.query_selector("#pk-accept-contact-0").ok().flatten().is_none());
    assert!(text(&el, "#pk-accept-contact-full").starts_with("”Fast vårdkontakt” är full (100 rader)."));
}

/// The printout of an agreement, as its text, one line per line printed (blank lines left out).
async fn printed(a: pk_core::domain::Agreement) -> String {
    use pk_ui::components::print_view::{PrintView, PrintViewProps};
    let el = host(&[]);
    let _h =
        yew::Renderer::<PrintView>::with_root_and_props(el.clone(), PrintViewProps { agreement: a, on_screen: true })
            .render();
    settle().await;
    let text = el.unchecked_into::<HtmlElement>().inner_text();
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

#[wasm_bindgen_test]
async fn the_consultation_printout_keeps_the_contact_she_says_she_has_as_hers() {
    use pk_core::domain::Tri;
    let mut a = her_preparation();
    a.contacts.fixed_contact_has = Some(Tri::Yes);
    let text = printed(a.clone()).await;
    assert!(text.contains("Fast vårdkontakt som jag har angett (inte bekräftad)\nLena"), "{text}");
    assert!(!text.contains("Min fasta vårdkontakt"), "nothing settled is printed as settled: {text}");
    assert!(!text.contains("hjälp med samordning"), "not answered, not printed: {text}");
    // Care decided none is needed: said so, and hers is still printed as hers.
    a.contacts.fixed_contact_needed = Some(Tri::No);
    let text = printed(a).await;
    assert!(text.contains("Min fasta vårdkontakt\nBehövs inte, bedömt vid besöket."), "{text}");
    // Her answer on coordination, one sentence each, never "…: Nej".
    for (v, said) in [
        (Tri::Yes, "Jag behöver hjälp med samordning."),
        (Tri::No, "Jag behöver inte hjälp med samordning."),
        (Tri::DontKnow, "Jag vet inte om jag behöver hjälp med samordning."),
    ] {
        let mut b = her_preparation();
        b.planning.coordination_need = Some(v);
        let text = printed(b).await;
        assert!(text.contains(&format!("\n{said}\n")), "{text}");
    }
    assert!(text.contains("Fast vårdkontakt som jag har angett (inte bekräftad)\nLena"), "{text}");
}

/// Question 5 reworded by the host, in both versions, and answered from both sides.
fn reworded() -> pk_core::domain::Agreement {
    use pk_core::domain::{Perspective, Reworded, Tri};
    let mut a = her_preparation();
    for (id, sv) in [
        ("question.patient.5", "Vet du vad som händer härnäst i din vård?"),
        ("question.professional.5", "Vet patienten vad som händer härnäst?"),
    ] {
        a.reworded.push(Reworded { id: id.into(), sv: sv.into(), en: sv.into() });
    }
    a.answers.of_mut(Perspective::Patient)[4].value = Some(Tri::Yes);
    a.answers.of_mut(Perspective::Professional)[4].value = Some(Tri::No);
    a.answers.of_mut(Perspective::Patient)[3].value = Some(Tri::Yes);
    a
}

#[wasm_bindgen_test]
async fn a_reworded_question_is_marked_on_each_answer_line_with_skrs_wording() {
    let (el, _app) = resumed("omformulerad", &reworded(), "summary").await;
    let summary = el.unchecked_ref::<HtmlElement>().inner_text();
    assert!(
        summary.contains("5. Vet du vad som händer härnäst i din vård? (omformulerad av vårdgivaren, står för SKR:s fråga ”Vet du ditt nästa steg?”)"),
        "{summary}"
    );
    assert!(
        summary.contains("Vårdens svar på frågan ”Vet patienten vad som händer härnäst?” (omformulerad av vårdgivaren, står för SKR:s fråga ”Vet patienterna alltid sitt nästa steg?”): Nej"),
        "{summary}"
    );
    assert!(summary.contains("4. Har du en fast vårdkontakt (vid behov)?"), "{summary}");
    assert!(!summary.contains("(vid behov)? (omformulerad"), "SKR's own is not marked: {summary}");
    let print = printed(reworded()).await;
    assert!(
        print.contains("5. Vet du vad som händer härnäst i din vård? (omformulerad av vårdgivaren, står för SKR:s fråga ”Vet du ditt nästa steg?”)"),
        "{print}"
    );
}

/// The English texts, which the app fetches from texts/en.json in the browser (no file server
/// here: the e2e test language.test.mjs covers the fetch).
fn english_texts() {
    pk_core::content::texts::install(pk_core::domain::Language::EN, include_str!("../../../site/texts/en.json"))
        .expect("texts/en.json");
}
