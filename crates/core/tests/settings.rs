//! Region settings (issue 12): what they prefill (new drafts only), how bad parts are left out
//! with a warning, and reworded questions: the agreement records the words asked, and the JSON,
//! the journal note and the FHIR bundle carry them instead of claiming SKR's.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use std::rc::Rc;

use common::*;
use pk_core::content;
use pk_core::domain::envelope::{self, DecodeLimits, ImportError};
use pk_core::domain::*;
use pk_core::formats::{fhir, journal};

const REGION: &str = r#"{
  "$schema": "https://example.invalid/settings.schema.json",
  "version": 1,
  "unit": "Hjärtmottagningen, Region Exempel",
  "contact_routes": [
    { "kind": "phone", "details": "010-123 45 67, vardagar 8–16" },
    { "kind": "1177", "details": "Logga in på 1177.se" }
  ],
  "wording": {
    "question.patient.5": { "sv": "Vet du vad som händer härnäst i din vård?", "en": "Do you know what happens next in your care?" },
    "question.professional.5": { "sv": "Vet patienten vad som händer härnäst?", "en": "Does the patient know what happens next?" }
  }
}"#;

fn region() -> Settings {
    let (s, warnings) = Settings::parse(REGION).expect("settings");
    assert!(warnings.is_empty(), "{warnings:?}");
    s
}

#[test]
fn settings_are_read_and_prefill_a_new_agreement() {
    let s = region();
    assert_eq!(s.unit, "Hjärtmottagningen, Region Exempel");
    assert_eq!(s.routes.len(), 2);
    assert_eq!(s.routes[1].kind, RouteKind::Service1177);
    let ids: Vec<&str> = s.reworded.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["question.patient.5", "question.professional.5"]);
    let mut a = empty(Mode::Prepare);
    s.prefill(&mut a);
    assert_eq!(a.agreed_by.unit, s.unit);
    assert_eq!(a.contacts.routes, s.routes);
    assert!(s.is_fresh(&a), "a prefilled agreement holds nothing of the user's");
    assert!(!a.is_blank(), "without the settings, it has content");
}

#[test]
fn bad_parts_are_left_out_with_a_warning_each() {
    let text = r#"{
      "version": 2,
      "unit": 7,
      "contact_routes": [ { "kind": "pigeon", "details": "x" }, { "kind": "video", "details": "Länk i kallelsen" }, { "kind": "phone", "details": "1", "extra": 1 } ],
      "wording": {
        "question.patient.8": { "sv": "x", "en": "y" },
        "question.patient.2": { "sv": "Bara svenska" },
        "question.patient.3": { "sv": "  ", "en": "Blank Swedish" },
        "title": { "sv": "Rubrik", "en": "Title" }
      },
      "colour": "red"
    }"#;
    let (s, warnings) = Settings::parse(text).expect("an object");
    assert_eq!(s.unit, "");
    assert_eq!(s.routes.len(), 1, "only the video route is good");
    assert!(s.reworded.is_empty());
    for needle in [
        "\"version\"",
        "\"unit\"",
        "contact_routes[0]",
        "contact_routes[2]",
        "question.patient.8",
        "question.patient.2",
        "question.patient.3",
        "\"title\"",
        "\"colour\"",
    ] {
        assert!(warnings.iter().any(|w| w.contains(needle)), "no warning about {needle}: {warnings:#?}");
    }
    assert_eq!(warnings.len(), 9, "{warnings:#?}");
    assert!(Settings::parse("[1, 2]").is_err());
    assert!(Settings::parse("{").is_err());
}

#[test]
fn settings_prefill_only_a_draft_that_holds_nothing_yet() {
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::Settings(Rc::new(region())), NOW);
    assert_eq!(s.agreement.agreed_by.unit, "Hjärtmottagningen, Region Exempel");
    assert_eq!(s.agreement.contacts.routes.len(), 2);
    assert!(s.is_blank(), "the prefill is not the user's work");
    assert_eq!(s.revision, 0, "nothing to autosave");

    // Other settings replace the first ones while the draft is still untouched.
    let (other, _) = Settings::parse(r#"{ "unit": "Vårdcentralen Norr" }"#).expect("settings");
    s.handle(Command::Settings(Rc::new(other.clone())), NOW);
    assert_eq!(s.agreement.agreed_by.unit, "Vårdcentralen Norr");
    assert!(s.agreement.contacts.routes.is_empty());
    assert!(s.agreement.reworded.is_empty());

    // Work in progress is never merged with settings.
    s.handle(Command::Edit(Action::SetText(TextField::OwnWords, "Att orka gå till jobbet".into())), NOW);
    s.handle(Command::Settings(Rc::new(region())), NOW);
    assert_eq!(s.agreement.agreed_by.unit, "Vårdcentralen Norr");
    assert!(s.agreement.contacts.routes.is_empty());
    assert!(s.agreement.reworded.is_empty(), "the draft keeps the words it was asked in");
    assert!(!s.is_blank());

    // A fresh start takes the settings in force.
    s.handle(Command::Clear(Box::new(empty(Mode::Prepare))), NOW);
    assert_eq!(s.agreement.agreed_by.unit, "Hjärtmottagningen, Region Exempel");
    assert_eq!(s.agreement.reworded.len(), 2);
    assert!(s.is_blank());
}

#[test]
fn a_file_opens_without_a_question_over_a_prefilled_draft_and_keeps_its_own_content() {
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::Settings(Rc::new(region())), NOW);
    s.handle(Command::Opened(Ok(Box::new(prepared()))), NOW);
    // Only which mode to continue in is asked (nobody chose one): nothing would be replaced.
    assert!(matches!(s.confirm, Some(Confirm::OpenAs { replaces: false, .. })), "nothing of the user's would be lost");
    s.handle(Command::OpenAs(Mode::Prepare), NOW);
    assert_eq!(s.agreement.agreed_by.unit, prepared().agreed_by.unit);
    assert!(s.agreement.reworded.is_empty(), "the file's questions were SKR's");
}

fn reworded_consultation() -> Agreement {
    let mut a = continued();
    region().prefill(&mut a);
    // Answered (whatever `continued` held), so the questions appear in every output.
    apply(&mut a, Action::SetAnswer(Perspective::Patient, 4, Some(Tri::Yes), None), NOW);
    apply(&mut a, Action::SetAnswer(Perspective::Professional, 4, Some(Tri::No), None), NOW);
    a
}

/// On screen and in print, a reworded question is marked on each side's answer line with SKR's
/// wording it stands for (PRODUCT.md §2): the patient's version (before and after the visit) with
/// SKR's patient question, care's with SKR's care-giver question; an unreworded one is not marked.
#[test]
fn a_reworded_question_is_marked_on_each_side_with_skrs_wording() {
    english();
    use pk_core::formats::text::reworded_mark;
    let a = reworded_consultation();
    for (p, skr) in [
        (Perspective::Patient, "Vet du ditt nästa steg?"),
        (Perspective::Before, "Vet du ditt nästa steg?"),
        (Perspective::Professional, "Vet patienterna alltid sitt nästa steg?"),
    ] {
        assert_eq!(
            reworded_mark(&a, p, 4, Language::SV).as_deref(),
            Some(format!("omformulerad av vårdgivaren, står för SKR:s fråga ”{skr}”").as_str()),
            "{p:?}"
        );
        assert_eq!(reworded_mark(&a, p, 3, Language::SV), None, "{p:?}: question 4 is SKR's own");
    }
    let en = reworded_mark(&a, Perspective::Professional, 4, Language::EN).expect("marked");
    assert_eq!(
        en,
        "reworded by the care provider; stands for SKR's question in Swedish: “Vet patienterna alltid sitt nästa steg?”"
    );
    assert_eq!(reworded_mark(&continued(), Perspective::Patient, 4, Language::SV), None);
}

/// A translation is not SKR's wording: in every language the mark of a reworded question quotes
/// SKR's own Swedish words, never the question's translation.
#[test]
fn a_reworded_questions_mark_quotes_skrs_swedish_in_every_language() {
    use pk_core::content::{question, texts};
    use pk_core::formats::text::reworded_mark;
    let a = reworded_consultation();
    for lang in Language::all().filter(|l| !l.is_swedish()) {
        let path = format!("{}/../../site/texts/{}.json", env!("CARGO_MANIFEST_DIR"), lang.tag());
        let file = std::fs::read_to_string(&path).expect("the language's file");
        texts::install(lang, &file).expect("its texts install");
        for p in Perspective::ALL {
            let skr_sv = question(p, 4).expect("question 5").get(Language::SV);
            let translated = question(p, 4).expect("question 5").get(lang);
            if lang.is_version() && p == Perspective::Professional {
                // Lättläst Swedish keeps care's questions in SKR's words.
                assert_eq!(skr_sv, translated, "{}: care's question", lang.tag());
                continue;
            }
            assert_ne!(skr_sv, translated, "{}: the question is translated", lang.tag());
            let mark = reworded_mark(&a, p, 4, lang).expect("marked");
            assert!(mark.contains(skr_sv), "{} {p:?}: {mark}", lang.tag());
            assert!(!mark.contains(translated), "{} {p:?}: a translation presented as SKR's: {mark}", lang.tag());
        }
    }
}

#[test]
fn a_reworded_question_is_what_the_screen_the_json_the_journal_and_fhir_carry() {
    let a = reworded_consultation();
    let ours = "Vet du vad som händer härnäst i din vård?";
    let skr = content::question(Perspective::Patient, 4).expect("question 5").sv;
    assert_eq!(content::asked(&a, Perspective::Patient, 4, Language::SV), ours);
    assert_eq!(content::asked(&a, Perspective::Before, 4, Language::EN), "Do you know what happens next in your care?");
    assert_eq!(
        content::asked(&a, Perspective::Patient, 3, Language::SV),
        content::question(Perspective::Patient, 3).expect("q4").sv
    );

    // JSON: recorded, and read back exactly.
    let json = envelope::encode(&a).expect("encode");
    assert!(json.contains("\"reworded\""), "{json}");
    assert!(json.contains(ours));
    let back = envelope::decode(json.as_bytes(), DecodeLimits::FILE).expect("decode");
    assert_eq!(back, a);
    assert_eq!(envelope::encode(&back).expect("encode"), json);
    // …and an agreement in SKR's words has no such key: its file is as before.
    assert!(!envelope::encode(&continued()).expect("encode").contains("reworded"));

    // Journal note: the host's words, labelled as such on the answer line itself, so the answer
    // never reads as one to SKR's question.
    let note = journal::journal_note(&a);
    let line = note.lines().find(|l| l.starts_with("5. ")).expect("the answer line of question 5");
    assert!(
        line.starts_with(&format!("5. Nästa steg: patienten (omformulerad fråga, inte SKR:s ordalydelse: ”{ours}”) ")),
        "{line}"
    );
    assert!(
        line.contains(
            ", vården (omformulerad fråga, inte SKR:s ordalydelse: ”Vet patienten vad som händer härnäst?”) "
        ),
        "{line}"
    );
    let other = note.lines().find(|l| l.starts_with("4. ")).expect("question 4");
    assert!(!other.contains("omformulerad"), "only the reworded question is marked: {other}");
    assert!(!journal::journal_note(&continued()).contains("omformulerad"));

    // FHIR: item.text is the host's wording, in a Questionnaire that does not claim to be SKR's.
    let bundle = fhir::bundle(&a, NOW);
    let resources: Vec<&serde_json::Value> =
        bundle["entry"].as_array().expect("entries").iter().map(|e| &e["resource"]).collect();
    let qr = resources
        .iter()
        .find(|r| r["resourceType"] == "QuestionnaireResponse" && item5(r)["text"] == ours)
        .expect("the patient's answers with the host's wording");
    let canonical = qr["questionnaire"].as_str().expect("canonical");
    assert!(canonical.contains("skr-sju-fragor-patient-omformulerad-"), "{canonical}");
    let q = resources
        .iter()
        .find(|r| r["resourceType"] == "Questionnaire" && canonical.starts_with(r["url"].as_str().unwrap_or("-")))
        .expect("its questionnaire");
    assert_eq!(item5(q)["text"], ours);
    assert!(q["title"].as_str().is_some_and(|t| t.contains("omformulerade av vårdgivaren")));
    assert!(!q["publisher"].as_str().unwrap_or_default().contains("frågorna: SKR"));
    let text = serde_json::to_string(&bundle).expect("json");
    assert!(!text.contains(skr), "SKR's wording of a reworded question appears nowhere");
    // Unreworded questions keep SKR's questionnaire.
    let plain = serde_json::to_string(&fhir::bundle(&continued(), NOW)).expect("json");
    assert!(plain.contains("Questionnaire/skr-sju-fragor-patient|") && !plain.contains("omformulerad"));
}

#[test]
fn the_decoder_refuses_a_reworded_question_it_cannot_place() {
    let a = reworded_consultation();
    let json = envelope::encode(&a).expect("encode");
    for (from, to, path) in [
        ("question.patient.5", "question.patient.9", "reworded[0].id"),
        ("question.professional.5", "question.patient.5", "reworded[1].id"),
        ("Vet du vad som händer härnäst i din vård?", " ", "reworded[0].sv"),
    ] {
        let bad = json.replacen(from, to, 1);
        match envelope::decode(bad.as_bytes(), DecodeLimits::FILE) {
            Err(ImportError::InvalidValue { path: p }) => assert_eq!(p, path),
            other => panic!("{from} → {to}: {other:?}"),
        }
    }
}

/// The item of question 5 (`linkId` "5") of a Questionnaire or QuestionnaireResponse.
fn item5(r: &serde_json::Value) -> &serde_json::Value {
    r["item"].as_array().and_then(|items| items.iter().find(|i| i["linkId"] == "5")).unwrap_or(&serde_json::Value::Null)
}

fn schema(name: &str) -> jsonschema::Validator {
    let path = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("schema").join(name);
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema file")).expect("schema is JSON");
    jsonschema::draft202012::options().build(&schema).expect("schema compiles")
}

#[test]
fn the_published_schemas_describe_settings_and_reworded_agreements() {
    let settings = schema("settings.schema.json");
    let region: serde_json::Value = serde_json::from_str(REGION).expect("json");
    assert!(
        settings.is_valid(&region),
        "{:?}",
        settings.iter_errors(&region).map(|e| e.to_string()).collect::<Vec<_>>()
    );
    for bad in [
        r#"{ "colour": "red" }"#,
        r#"{ "wording": { "question.patient.8": { "sv": "x", "en": "y" } } }"#,
        r#"{ "wording": { "question.patient.2": { "sv": "Bara svenska" } } }"#,
        r#"{ "contact_routes": [ { "kind": "pigeon" } ] }"#,
        r#"{ "version": 2 }"#,
        r#"{ "languages": ["sv", "klingon"] }"#,
        r#"{ "languages": "en" }"#,
    ] {
        let v: serde_json::Value = serde_json::from_str(bad).expect("json");
        assert!(!settings.is_valid(&v), "the schema accepts {bad}");
        let (_, warnings) = Settings::parse(bad).expect("an object");
        assert!(!warnings.is_empty(), "the widget says nothing about {bad}");
    }
    let agreement = schema(&format!("patientkontrakt-v{}.schema.json", pk_core::domain::envelope::VERSION));
    let file: serde_json::Value =
        serde_json::from_str(&envelope::encode(&reworded_consultation()).expect("encode")).expect("json");
    assert!(agreement.is_valid(&file), "{:?}", agreement.iter_errors(&file).map(|e| e.to_string()).collect::<Vec<_>>());
}

/// The region chooses the menu's languages (issue 27): Swedish always, the others as listed
/// (the widget's order), every language when not set, Swedish alone for `[]` or `["sv"]`; an
/// unknown tag is left out with a warning. The schema names exactly the languages spoken.
#[test]
fn the_region_chooses_the_languages_the_menu_offers() {
    let tag = |t: &str| Language::from_tag(t).expect("a language");
    let offered = |json: &str| {
        let (s, warnings) = Settings::parse(json).expect("settings");
        (Language::all().filter(|l| s.offers(*l)).map(Language::tag).collect::<Vec<_>>(), warnings)
    };
    assert_eq!(offered(r#"{ "languages": ["ar", "en"] }"#), (vec!["sv", "en", "ar"], vec![]));
    assert_eq!(offered(r#"{ "languages": ["sv"] }"#), (vec!["sv"], vec![]));
    assert_eq!(offered(r#"{ "languages": [] }"#), (vec!["sv"], vec![]));
    assert_eq!(offered("{}").0, Language::all().map(Language::tag).collect::<Vec<_>>());
    let (langs, warnings) = offered(r#"{ "languages": ["fi", "klingon", "fi"] }"#);
    assert_eq!(langs, vec!["sv", "fi"]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("klingon"), "{warnings:?}");
    assert!(Settings::default().offers(tag("uk")), "no settings: every language");
    // The schema's list is the widget's.
    let path = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../schema/settings.schema.json"));
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("json");
    let listed: Vec<&str> = schema["properties"]["languages"]["items"]["enum"]
        .as_array()
        .expect("an enum")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(listed, Language::all().map(Language::tag).collect::<Vec<_>>());
}

/// `config-src`: only an http(s) address of the page's own origin, never an opaque one (two
/// `"null"` origins are not the same origin), and never a file over the size limit.
#[test]
fn settings_come_only_from_an_http_address_of_the_pages_own_origin_and_not_too_large() {
    use pk_core::domain::settings::{settings_source_refusal, SETTINGS_LIMIT_BYTES};
    let page = "https://region.example";
    assert_eq!(settings_source_refusal("https:", page, page), None);
    assert_eq!(settings_source_refusal("http:", "http://127.0.0.1:8080", "http://127.0.0.1:8080"), None);
    let refused = |p: &str, o: &str, page: &str| settings_source_refusal(p, o, page).is_some();
    assert!(refused("https:", "https://other.example", page), "another origin");
    assert!(refused("http:", "http://region.example", page), "another scheme is another origin");
    // A blob: address made by the page itself has the page's origin, but is no file of its server.
    assert!(refused("blob:", page, page));
    for scheme in ["data:", "file:", "about:", "javascript:", "ftp:"] {
        assert!(refused(scheme, "null", "null"), "{scheme} on an opaque page");
        assert!(refused(scheme, "null", page), "{scheme}");
    }
    // A sandboxed page (opaque origin) asking for an http address that also says "null".
    assert!(refused("https:", "null", "null"));
    assert!(refused("https:", page, "null"));
    // Size: at the limit read, over it refused before parsing.
    let pad = |n: usize| format!("{{\"unit\": \"Stor\", \"$schema\": \"{}\"}}", "x".repeat(n));
    let at = pad(SETTINGS_LIMIT_BYTES - pad(0).len());
    assert_eq!(at.len(), SETTINGS_LIMIT_BYTES);
    assert_eq!(Settings::parse(&at).map(|(s, _)| s.unit), Ok("Stor".to_string()));
    let over = pad(SETTINGS_LIMIT_BYTES - pad(0).len() + 1);
    assert_eq!(Settings::parse(&over), Err(format!("the settings are larger than {SETTINGS_LIMIT_BYTES} bytes")));
}

/// Issue 27: any other text of the app is replaced by its id (its key: the Swedish), in any
/// language the widget speaks, beside the questions' wording.
const TEXTS: &str = r#"{
  "wording": {
    "question.patient.5": { "sv": "Vet du vad som händer härnäst i din vård?", "en": "Do you know what happens next in your care?" },
    "Fortsätt": { "sv": "Nästa", "en": "Next", "ar": "التالي", "sv-x-lattlast": "Gå vidare" },
    "Steg {n} av {total}": { "sv": "Del {n} av {total}" }
  }
}"#;

fn overrides(json: &str) -> (Settings, Vec<String>) {
    Settings::parse(json).expect("settings")
}

#[test]
fn a_region_replaces_any_text_by_its_id_in_any_language() {
    use pk_core::domain::settings::Override;
    let (s, warnings) = overrides(TEXTS);
    assert!(warnings.is_empty(), "{warnings:?}");
    let tag = |t: &str| Language::from_tag(t).expect("a language");
    let o = |key: &str, lang: &str, text: &str| Override { key: key.into(), lang: tag(lang), text: text.into() };
    assert_eq!(
        s.texts,
        vec![
            o("Fortsätt", "sv", "Nästa"),
            o("Fortsätt", "en", "Next"),
            o("Fortsätt", "ar", "التالي"),
            o("Fortsätt", "sv-x-lattlast", "Gå vidare"),
            o("Steg {n} av {total}", "sv", "Del {n} av {total}"),
        ]
    );
    // The question's wording is read as before, and only it reaches the agreement.
    assert_eq!(s.reworded.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["question.patient.5"]);
    let mut a = empty(Mode::Prepare);
    s.prefill(&mut a);
    assert_eq!(a.reworded.len(), 1);
    assert!(!envelope::encode(&a).expect("encode").contains("Nästa"), "a replaced text is not recorded");
    // A text with a context is replaced by its key as the language files write it.
    let ctx = content::catalogue::catalogue()
        .into_iter()
        .find(|t| !t.ctx.is_empty() && !t.sv.contains('{'))
        .expect("a text with a context");
    let json = serde_json::json!({ "wording": { ctx.key(): { "en": "Replaced" } } }).to_string();
    let (s, warnings) = overrides(&json);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(s.texts, vec![o(&ctx.key(), "en", "Replaced")]);
}

#[test]
fn a_bad_text_replacement_is_left_out_with_a_warning_each() {
    let long = "x".repeat(pk_core::domain::field::limits::ITEM_TEXT + 1);
    let json = serde_json::json!({
        "wording": {
            "Fortsätt!": { "sv": "Nästa" },
            "Fortsätt": { "sv": "Nästa", "klingon": "x", "en": "  ", "ar": long, "fi": 7, "uk": "Далі" },
            "Ja": "Absolut",
            "Steg {n} av {total}": { "sv": "Steg {n}", "en": "Step {n} of {all}", "fa": "{total} {n} x {n}" },
            "Nej": { "sv": "Nej {tack}" }
        }
    })
    .to_string();
    let (s, warnings) = overrides(&json);
    let kept: Vec<(&str, &str, &str)> =
        s.texts.iter().map(|o| (o.key.as_str(), o.lang.tag(), o.text.as_str())).collect();
    assert_eq!(
        kept,
        [("Fortsätt", "sv", "Nästa"), ("Fortsätt", "uk", "Далі"), ("Steg {n} av {total}", "fa", "{total} {n} x {n}")],
        "only the good ones: {warnings:#?}"
    );
    for needle in [
        "\"Fortsätt!\" is neither a question id",
        "klingon is not a language",
        "\"Fortsätt\" in en must be text of 1–2000",
        "\"Fortsätt\" in ar must be text of 1–2000",
        "\"Fortsätt\" in fi must be text",
        "\"Ja\" must be an object of language tags",
        "\"Steg {n} av {total}\" in sv must have the text's placeholders, no more and no fewer ({n} {total})",
        "\"Steg {n} av {total}\" in en must have the text's placeholders",
        "\"Nej\" in sv must have the text's placeholders, no more and no fewer (none)",
    ] {
        assert!(warnings.iter().any(|w| w.contains(needle)), "no warning {needle}: {warnings:#?}");
    }
    assert_eq!(warnings.len(), 9, "{warnings:#?}");
    // Never a panic, whatever the shape.
    for odd in [r#"{ "wording": [] }"#, r#"{ "wording": { "Ja": null } }"#, r#"{ "wording": { "": {} } }"#] {
        let (s, warnings) = overrides(odd);
        assert!(s.texts.is_empty() && !warnings.is_empty(), "{odd}: {warnings:?}");
    }
    let (s, warnings) = overrides(r#"{ "wording": { "Ja": {} } }"#);
    assert!(s.texts.is_empty() && warnings.is_empty(), "nothing replaced, nothing wrong: {warnings:?}");
}

/// SKR's seven questions stay with the question ids, whose words the agreement records: their
/// Swedish as a text id is refused, pointing to the question ids.
#[test]
fn skrs_questions_cannot_be_replaced_by_their_swedish() {
    for q in [content::question(Perspective::Patient, 4), content::question(Perspective::Professional, 0)] {
        let q = q.expect("a question");
        let json =
            serde_json::json!({ "wording": { q.key(): { "sv": "Något annat?", "ar": "شيء آخر؟" } } }).to_string();
        let (s, warnings) = overrides(&json);
        assert!(s.texts.is_empty() && s.reworded.is_empty(), "{}", q.sv);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("one of SKR's seven questions"), "{warnings:?}");
        assert!(warnings[0].contains("question.patient.1 … question.patient.7"), "{warnings:?}");
    }
}

/// On screen and in print (`Text::get`), the region's words in the language they were given
/// for, Swedish too; the catalogue's in the others, and again once the settings have none.
#[test]
fn text_get_shows_the_regions_words_in_swedish_and_in_arabic() {
    use pk_core::content::{texts, Ui};
    let ar = Language::from_tag("ar").expect("Arabic");
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../site/texts/ar.json")).expect("ar");
    texts::install(ar, &file).expect("the Arabic texts install");
    english();
    let arabic = Ui::Continue.get(ar);
    assert_eq!((Ui::Continue.get(Language::SV), Ui::Continue.get(Language::EN)), ("Fortsätt", "Continue"));
    let (s, _) = overrides(TEXTS);
    let version = texts::overrides_version();
    texts::set_overrides("pk", &s.texts);
    assert_ne!(texts::overrides_version(), version, "what shows texts is drawn again");
    assert_eq!(Ui::Continue.get(Language::SV), "Nästa");
    assert_eq!(Ui::Continue.get(ar), "التالي");
    assert_eq!(Ui::Continue.get(Language::EN), "Next");
    assert_eq!(Ui::Continue.get(Language::from_tag("sv-x-lattlast").expect("lättläst")), "Gå vidare");
    assert_eq!(Ui::Continue.get(Language::from_tag("fi").expect("fi")), "Fortsätt", "not given: as before");
    assert_eq!(Ui::StepOf.get(Language::SV), "Del {n} av {total}");
    assert_eq!(Ui::Continue.both().catalogue(Language::SV), "Fortsätt", "the catalogue's own is unchanged");
    assert_eq!(Ui::Continue.both().catalogue(ar), arabic);
    assert_eq!(Ui::ResumeDraft.get(Language::SV), "Fortsätt där du slutade", "only that text");
    // The same settings again change nothing; another widget's settings without texts keep these.
    let version = texts::overrides_version();
    texts::set_overrides("pk", &s.texts);
    texts::set_overrides("pk2", &[]);
    assert_eq!(texts::overrides_version(), version);
    assert_eq!(Ui::Continue.get(ar), "التالي");
    // Settings without texts for this widget: the catalogue's again.
    texts::set_overrides("pk", &Settings::default().texts);
    assert_eq!((Ui::Continue.get(Language::SV), Ui::Continue.get(ar)), ("Fortsätt", arabic));
}

/// The region's words are display only: with every text of the app replaced in Swedish, the
/// journal note, FHIR and the JSON file are exactly what they were, while the screen's words
/// (the same helpers in the screen's language) show the replacement.
#[test]
fn the_regions_words_never_reach_the_journal_fhir_or_the_file() {
    use pk_core::content::{texts, Text};
    use pk_core::formats::text::{prepared_time_record, prepared_time_text, row_text, row_text_record};
    let questions: Vec<Text> = (0..QUESTION_COUNT)
        .flat_map(|n| [Perspective::Patient, Perspective::Professional].map(|p| content::question(p, n)))
        .flatten()
        .collect();
    let mut wording = serde_json::Map::new();
    for t in content::catalogue::catalogue().into_iter().filter(|t| !questions.contains(t)) {
        wording.insert(t.key(), serde_json::json!({ "sv": format!("REGIONENS {}", t.sv) }));
    }
    let (s, warnings) = overrides(&serde_json::json!({ "wording": wording }).to_string());
    assert!(warnings.is_empty(), "{warnings:#?}");
    assert!(s.texts.len() > 300, "every text but the questions: {}", s.texts.len());

    let rich = maximal();
    // Her Arabic preparation, whose answers record the words she was asked: the record quotes
    // them beside SKR's question, in the catalogue's Swedish around them.
    let mut arabic = prepared();
    let ar = Language::all().find(|l| l.tag() == "ar").expect("Arabic");
    arabic.written_in = Some(ar);
    arabic.answers.before[0].value = Some(Tri::No);
    arabic.answers.before[0].asked = Some(Asked { language: ar, text: "هل تشعر…؟".into() });
    assert!(journal::journal_note(&arabic).contains("هل تشعر…؟"), "the words she was asked are in the record");
    let agreements = [rich, continued(), reworded_consultation(), prepared(), arabic];
    let record =
        |a: &Agreement| (journal::journal_note(a), fhir::bundle_json(a, NOW), envelope::encode(a).expect("encode"));
    let before: Vec<_> = agreements.iter().map(record).collect();
    texts::set_overrides("pk", &s.texts);
    assert_eq!(content::tri(Tri::Yes).get(Language::SV), "REGIONENS Ja", "installed");
    for (a, was) in agreements.iter().zip(&before) {
        let now = record(a);
        assert!(!now.0.contains("REGIONENS"), "journal note: {}", now.0);
        assert!(!now.1.contains("REGIONENS") && !now.2.contains("REGIONENS"));
        assert_eq!(&now, was, "the record is what it was");
    }
    // The screen's words for the same parts show the region's.
    let c = continued();
    assert!(!c.schedule.prepared_time.period.is_empty(), "her wished time has a period");
    assert!(prepared_time_text(&c, Language::SV, true, Mode::Consultation).contains("REGIONENS"));
    assert!(!prepared_time_record(&c, true, Mode::Consultation).contains("REGIONENS"));
    let routes = &agreements[0];
    // The route's kind and the template joining it to its details are both the region's.
    let on_screen = row_text(routes, ListId::Routes, 0, Language::SV);
    assert!(on_screen.starts_with("REGIONENS REGIONENS Telefon"), "{on_screen}");
    assert!(row_text_record(routes, ListId::Routes, 0).starts_with("Telefon"));
}

/// The schema describes the region's words for texts: any other key, an object of the widget's
/// language tags (exactly its languages) and texts.
#[test]
fn the_schema_describes_the_regions_words_for_texts_in_the_widgets_languages() {
    let settings = schema("settings.schema.json");
    let good: serde_json::Value = serde_json::from_str(TEXTS).expect("json");
    assert!(settings.is_valid(&good), "{:?}", settings.iter_errors(&good).map(|e| e.to_string()).collect::<Vec<_>>());
    for bad in [
        r#"{ "wording": { "Fortsätt": { "klingon": "x" } } }"#,
        r#"{ "wording": { "Fortsätt": { "sv": "" } } }"#,
        r#"{ "wording": { "Fortsätt": "Nästa" } }"#,
        r#"{ "wording": { "question.patient.8": { "sv": "x" } } }"#,
        r#"{ "wording": { "question.patient.2": { "sv": "x", "ar": "y" } } }"#,
    ] {
        let v: serde_json::Value = serde_json::from_str(bad).expect("json");
        assert!(!settings.is_valid(&v), "the schema accepts {bad}");
        let (_, warnings) = Settings::parse(bad).expect("an object");
        assert!(!warnings.is_empty(), "the widget says nothing about {bad}");
    }
    let path = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../schema/settings.schema.json"));
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("json");
    let tags: Vec<&str> = schema["properties"]["wording"]["additionalProperties"]["propertyNames"]["enum"]
        .as_array()
        .expect("an enum of language tags")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(tags, Language::all().map(Language::tag).collect::<Vec<_>>());
}

/// The settings know a text's id by its fingerprint (`domain/text_ids.rs`, written by the texts
/// tool): exactly the catalogue's, one each, so every text can be replaced and nothing else; and
/// SKR's questions', which are refused.
#[test]
fn the_text_ids_the_settings_know_are_the_catalogues() {
    use pk_core::content::questions::{PATIENT, PROFESSIONAL};
    use pk_core::domain::settings::{id_hash, is_text_id, text_ids_rs};
    use pk_core::domain::text_ids::{QUESTION_IDS, TEXT_IDS};
    let catalogue = content::catalogue::catalogue();
    // Every text a Swedish page can show: the catalogue's, and each count's plural forms.
    let keys = content::catalogue::keys_for(Language::SV);
    assert!(keys.len() > catalogue.len(), "the plural forms are ids too");
    let questions: Vec<String> = PATIENT.iter().chain(PROFESSIONAL.iter()).map(content::Text::key).collect();
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain/text_ids.rs")).expect("file");
    assert_eq!(file, text_ids_rs(&keys, &questions), "run `cargo run -p pk-tools --bin texts -- --write`");
    assert_eq!(TEXT_IDS.len(), keys.len(), "no two texts share a fingerprint");
    assert_eq!(QUESTION_IDS.len(), 14);
    // A text's placeholders are read from its id: no context has any.
    assert!(catalogue.iter().all(|t| !t.ctx.contains('{')));
    assert!(keys.iter().all(|k| is_text_id(k)));
    for not in ["Fortsätt!", "fortsätt", "", "question.patient.1", "Steg {n} av {total} "] {
        assert!(!is_text_id(not), "{not}");
    }
    assert_eq!(id_hash(""), 0x811c_9dc5);
}
