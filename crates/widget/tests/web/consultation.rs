//! A consultation continued from her preparation: focus, the printout, reworded questions.

use super::*;

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
    assert_eq!(text(&el, "h1"), "Ditt nästa steg och din nästa tid");
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
    assert_eq!(text(&el, "h1"), "Vem du vänder dig till i vården");
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
    // The answers, folded under the summary's actions, unfolded.
    assert!(!q(&el, "#pk-answers").has_attribute("open"), "folded at first");
    q(&el, "#pk-answers > summary").unchecked_into::<HtmlElement>().click();
    settle().await;
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
