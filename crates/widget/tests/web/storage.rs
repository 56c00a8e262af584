//! Autosave, the durable copy, a failure, "Rensa uppgifter" and two widgets' drafts.

use super::*;

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
