//! Mounting, steps, errors, lists and languages.

use super::*;

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
    // The host set the mode: no mode chooser, no follow-up on offer; the steps are the
    // consultation's.
    assert!(el.query_selector("input[name=pk-mode]").ok().flatten().is_none(), "no mode chooser");
    button(&el, "Start").click();
    settle().await;
    // Step 1's three pages.
    for _ in 0..3 {
        button(&el, "Continue").click();
        settle().await;
    }
    assert!(text(&el, ".pk-lead").starts_with("Agree on what the patient does"), "{}", text(&el, ".pk-lead"));
}

#[wasm_bindgen_test]
async fn the_follow_up_is_offered_only_when_the_host_offers_it_and_headings_start_at_its_level() {
    let el = host(&[("data-storage", "none")]);
    let _app = mount(el.clone());
    settle().await;
    assert_eq!(
        el.query_selector_all("input[name=pk-mode]").map(|l| l.length()).unwrap_or(0),
        2,
        "the two modes, no follow-up"
    );
    let el = host(&[("data-storage", "none"), ("data-followup", ""), ("data-heading-level", "3")]);
    let _offered = mount(el.clone());
    settle().await;
    assert!(el.query_selector("input[value=followup]").ok().flatten().is_some(), "offered");
    assert_eq!(q(&el, ".pk-heading-l").tag_name(), "H3", "the widget's page heading under the host's h2");
}

#[wasm_bindgen_test]
async fn starting_moves_to_step_one_and_focuses_its_heading() {
    let el = host(&[("data-storage", "none")]);
    let _app = mount(el.clone());
    settle().await;
    button(&el, "Börja").click();
    settle().await;
    assert_eq!(text(&el, "#pk-step-of"), "Steg 1 av 7, sida 1 av 3");
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
    // The personnummer is on the step's third page.
    for _ in 0..2 {
        button(&el, "Fortsätt").click();
        settle().await;
    }
    assert_eq!(text(&el, "#pk-step-of"), "Steg 1 av 7, sida 3 av 3");
    type_into(&el, "#pk-personal-number", "19121212-1213");
    settle().await;
    assert!(el.query_selector(".pk-error-summary").ok().flatten().is_none(), "no validation while typing");
    button(&el, "Fortsätt").click();
    settle().await;
    assert_eq!(text(&el, "#pk-step-of"), "Steg 1 av 7, sida 3 av 3", "stays on the page");
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
    assert_eq!(text(&el, "#pk-step-of"), "Steg 2 av 7, sida 1 av 3");
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
    let name = remove.query_selector("button").ok().flatten().and_then(|b| b.get_attribute("aria-label"));
    assert_eq!(name.as_deref(), Some("Ta bort Mål 1"), "the remove button names its row for screen readers");
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
    assert_eq!(text(&el, "#pk-step-of"), "Step 1 of 7, page 1 of 3", "the page said in English too");
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
    // Go to the summary, where the text is shown outside an input, through every page.
    for _ in 0..30 {
        if text(&el, "h1") == "Sammanfattning" {
            break;
        }
        button(&el, "Fortsätt").click();
        settle().await;
    }
    assert_eq!(text(&el, "h1"), "Sammanfattning");
    assert!(el.query_selector(".pk-summary-list img, .pk-summary-list b, .pk-print img").ok().flatten().is_none());
    assert!(el.text_content().unwrap_or_default().contains(payload));
}
