//! Golden tests of the journal exports: fixed agreements (empty, typical, maximal, hostile) →
//! the expected FHIR Bundle and journal note. The golden bundles are also checked by an
//! independent FHIR R4 validator (`tests/fhir/validate.py`, run by the test command).
//!
//! Run with `BLESS=1` to rewrite the golden files after a deliberate change.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::domain::*;
use pk_core::formats::fhir::{bundle, bundle_json, document_json, resource_uuid, HSA_SYSTEM, PERSONNUMMER_SYSTEM};
use pk_core::formats::journal::{journal_note, KEYWORDS};
use serde_json::Value;
use std::collections::HashSet;
use std::path::PathBuf;

const EXPORTED_AT: &str = "2026-11-22T10:30:00Z";

fn fixtures() -> Vec<(&'static str, Agreement)> {
    let mut agreed = typical();
    act(&mut agreed, Action::MarkAgreed);
    vec![
        ("empty", empty(Mode::Prepare)),
        ("typical", agreed),
        ("prepared", prepared()),
        ("continued", continued()),
        // Her preparation in Arabic, and its Swedish consultation: the record keeps the Arabic
        // words she was asked beside SKR's.
        ("prepared-ar", prepared_on(installed("ar"))),
        ("continued-ar", continued_of(prepared_on(installed("ar")))),
        ("maximal", maximal()),
        ("hostile", hostile()),
    ]
}

fn golden(path: &str, actual: &str) {
    let file = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("tests/fixtures").join(path);
    if std::env::var_os("BLESS").is_some() {
        std::fs::create_dir_all(file.parent().expect("dir")).expect("mkdir");
        std::fs::write(&file, actual).expect("write golden");
    }
    let want = std::fs::read_to_string(&file).unwrap_or_else(|_| panic!("{path} missing (BLESS=1 to create)"));
    assert_eq!(actual, want, "{path} differs from its golden file");
}

#[test]
fn bundles_match_the_golden_files() {
    for (name, a) in fixtures() {
        golden(&format!("fhir/{name}.json"), &bundle_json(&a, EXPORTED_AT));
    }
}

#[test]
fn documents_match_the_golden_files() {
    for (name, a) in fixtures() {
        golden(&format!("fhir-document/{name}.json"), &document_json(&a, EXPORTED_AT));
    }
}

#[test]
fn journal_notes_match_the_golden_files() {
    for (name, a) in fixtures() {
        golden(&format!("journal/{name}.txt"), &journal_note(&a));
    }
}

fn references(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if k == "reference" {
                    if let Some(s) = x.as_str() {
                        out.push(s.to_string());
                    }
                } else {
                    references(x, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| references(x, out)),
        _ => {}
    }
}

#[test]
fn every_reference_resolves_inside_the_bundle_and_full_urls_are_unique_uuids() {
    for (name, a) in fixtures() {
        let b = bundle(&a, EXPORTED_AT);
        assert_eq!(b["resourceType"], "Bundle");
        assert_eq!(b["type"], "collection");
        let entries = b["entry"].as_array().expect("entries");
        let urls: Vec<&str> = entries.iter().map(|e| e["fullUrl"].as_str().expect("fullUrl")).collect();
        let unique: HashSet<&str> = urls.iter().copied().collect();
        assert_eq!(unique.len(), urls.len(), "{name}: duplicate fullUrl");
        for u in &urls {
            let id = u.strip_prefix("urn:uuid:").expect("urn:uuid");
            assert_eq!(id.len(), 36);
            assert!(id.chars().all(|c| c == '-' || c.is_ascii_hexdigit()), "{u}");
        }
        let mut refs = vec![];
        references(&b, &mut refs);
        assert!(!refs.is_empty());
        for r in refs {
            assert!(unique.contains(r.as_str()), "{name}: {r} does not resolve");
        }
    }
}

#[test]
fn the_bundle_carries_the_agreement() {
    let mut a = typical();
    act(&mut a, Action::MarkAgreed);
    let b = bundle(&a, EXPORTED_AT);
    let cp = resources(&b, "CarePlan")[0];
    assert_eq!(cp["status"], "active");
    assert_eq!(cp["intent"], "plan");
    assert_eq!(cp["created"], a.created);
    assert!(cp["text"]["div"].as_str().expect("div").starts_with("<div xmlns=\"http://www.w3.org/1999/xhtml\">"));
    let patient = &resources(&b, "Patient")[0];
    assert_eq!(patient["identifier"][0]["system"], PERSONNUMMER_SYSTEM);
    assert_eq!(patient["identifier"][0]["value"], "191212121212");
    let goals = resources(&b, "Goal");
    assert_eq!(goals.len(), 2, "own words + one goal");
    assert_eq!(goals[0]["description"]["text"], a.what_matters.own_words);
    assert_eq!(goals[0]["expressedBy"], goals[0]["subject"]);
    let kinds: Vec<&str> = cp["activity"]
        .as_array()
        .expect("activities")
        .iter()
        .filter_map(|x| x["detail"]["code"]["text"].as_str())
        .collect();
    for k in ["Patientens åtagande", "Vårdens åtagande", "När söka vård", "Nästa steg"] {
        assert!(kinds.contains(&k), "{k} in {kinds:?}");
    }
    let ap = resources(&b, "Appointment")[0];
    assert_eq!(ap["status"], "proposed");
    assert_eq!(ap["requestedPeriod"][0]["start"], "2027-02-15T09:30:00+01:00", "February is CET");
    let team = resources(&b, "CareTeam")[0];
    let roles: Vec<&str> =
        team["participant"].as_array().expect("p").iter().filter_map(|p| p["role"][0]["text"].as_str()).collect();
    assert_eq!(roles, vec!["Fast vårdkontakt", "Vårdgivare", "Närstående"]);
    assert_eq!(resources(&b, "RelatedPerson").len(), 1);
    let hsa: Vec<&Value> =
        resources(&b, "Practitioner").into_iter().filter(|p| p["identifier"][0]["system"] == HSA_SYSTEM).collect();
    assert_eq!(hsa.len(), 1, "the fast vårdkontakt's HSA-id");
    // Karin Berg agreed and is the fast vårdkontakt: one Practitioner, one unit.
    assert_eq!(resources(&b, "Practitioner").len(), 1, "the same person once");
    assert_eq!(resources(&b, "Organization").len(), 2, "Hjärtmottagningen once, the other care giver once");
    let qrs = resources(&b, "QuestionnaireResponse");
    assert_eq!(qrs.len(), 2, "patient and professional");
    for qr in &qrs {
        assert_eq!(qr["status"], "completed");
        assert_eq!(qr["item"].as_array().map(Vec::len), Some(7));
        assert_eq!(qr["item"][0]["answer"][0]["valueCoding"]["code"], "Y");
    }
    assert_eq!(qrs[0]["item"][1]["text"], content_q(Perspective::Patient, 1));
    assert_eq!(qrs[1]["item"][1]["text"], content_q(Perspective::Professional, 1));
    let supporting = cp["supportingInfo"].as_array().expect("supportingInfo");
    assert!(supporting.iter().any(|r| r["reference"]
        == qrs[0]["basedOn"][0]["reference"].as_str().map(|_| r["reference"].clone()).unwrap_or_default()));
}

fn content_q(p: Perspective, n: usize) -> &'static str {
    pk_core::content::question(p, n).map(|t| t.sv).unwrap_or_default()
}

#[test]
fn questionnaire_responses_point_at_the_care_plan_and_are_listed_by_it() {
    let b = bundle(&typical(), EXPORTED_AT);
    let entries = b["entry"].as_array().expect("entries");
    let care_plan_url = entries[0]["fullUrl"].clone();
    assert_eq!(entries[0]["resource"]["resourceType"], "CarePlan");
    let supporting: Vec<Value> = entries[0]["resource"]["supportingInfo"]
        .as_array()
        .expect("s")
        .iter()
        .map(|r| r["reference"].clone())
        .collect();
    for e in entries.iter().filter(|e| e["resource"]["resourceType"] == "QuestionnaireResponse") {
        assert_eq!(e["resource"]["basedOn"][0]["reference"], care_plan_url);
        assert!(supporting.contains(&e["fullUrl"]));
    }
}

#[test]
fn a_preparation_has_only_the_patients_side_and_a_draft_plan() {
    let mut a = typical();
    act(&mut a, Action::SetMode(Mode::Prepare));
    let b = bundle(&a, EXPORTED_AT);
    assert_eq!(resources(&b, "QuestionnaireResponse").len(), 1);
    assert_eq!(resources(&b, "CarePlan")[0]["status"], "draft");
    assert!(
        resources(&b, "Practitioner").iter().all(|p| !p.to_string().contains(HSA_SYSTEM)),
        "no HSA-ids from a preparation"
    );
}

#[test]
fn the_bundle_is_deterministic_for_an_agreement_and_a_timestamp() {
    let a = maximal();
    assert_eq!(bundle_json(&a, EXPORTED_AT), bundle_json(&a, EXPORTED_AT));
    let later = bundle(&a, "2026-12-01T08:00:00Z");
    assert_eq!(later["timestamp"], "2026-12-01T08:00:00Z");
    assert_eq!(later["entry"][0], bundle(&a, EXPORTED_AT)["entry"][0], "resources do not depend on the export time");
    assert_ne!(resource_uuid("a", "patient"), resource_uuid("b", "patient"));
    assert_ne!(resource_uuid("a", "goal-1"), resource_uuid("a", "goal-2"));
}

#[test]
fn hostile_text_stays_text() {
    let b = bundle(&hostile(), EXPORTED_AT);
    let div = b["entry"][0]["resource"]["text"]["div"].as_str().expect("div");
    assert!(!div.contains("<script") && !div.contains("<img"), "markup escaped in the narrative");
    assert!(div.contains("&lt;script&gt;"));
    let all = bundle_json(&hostile(), EXPORTED_AT);
    assert!(!all.contains("\\u0000") && !all.contains("\\u0007"), "FHIR strings hold no control characters");
    assert!(all.contains('\u{fffd}'));
    let note = journal_note(&hostile());
    assert!(note.contains("<script>alert('x')</script>"), "plain text keeps the text as typed");
    assert!(!note.contains('\u{0}') && !note.contains('\u{7}'));
}

/// Bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) would show text
/// in the record in another order than typed ("10 mg" as "gm 01"), and one left open runs on
/// past its field: the journal note and every FHIR string leave them out; the native file keeps
/// the text exactly as typed.
#[test]
fn bidirectional_controls_never_reach_the_record_but_the_file_keeps_them() {
    let controls: Vec<char> = ('\u{202a}'..='\u{202e}').chain('\u{2066}'..='\u{2069}').collect();
    assert_eq!(controls.len(), 9);
    let typed: String = controls.iter().map(|c| format!("{c}10 mg ")).collect();
    let mut a = empty(Mode::Consultation);
    for f in TextField::ALL {
        if !f.is_date_or_time() && f != TextField::PersonalNumber && f != TextField::AgreedHsaId {
            text(&mut a, f, &typed);
        }
    }
    for list in ListId::ALL {
        act(&mut a, Action::AddItem(list));
        for f in list.fields() {
            act(&mut a, Action::SetItemText(list, 0, *f, typed.clone()));
        }
    }
    for p in [Perspective::Before, Perspective::Patient, Perspective::Professional] {
        act(&mut a, Action::SetAnswerComment(p, 0, typed.clone(), None));
    }
    a.reworded.push(Reworded { id: "question.patient.5".into(), sv: typed.clone(), en: typed.clone() });
    let outputs = [
        ("journal note", journal_note(&a)),
        ("FHIR collection", bundle_json(&a, EXPORTED_AT)),
        ("FHIR document", document_json(&a, EXPORTED_AT)),
    ];
    for (name, out) in &outputs {
        assert!(out.contains("10 mg"), "{name} has the text");
        for c in &controls {
            assert!(!out.contains(*c), "{name} holds U+{:04X}", *c as u32);
            assert!(!out.contains(&format!("\\u{:04x}", *c as u32)), "{name} holds U+{:04X} escaped", *c as u32);
        }
    }
    let file = pk_core::domain::envelope::encode(&a).expect("encodes");
    assert!(controls.iter().all(|c| file.contains(*c)), "the native JSON keeps the text exactly as typed");
}

#[test]
fn appointment_times_get_swedish_summer_or_winter_time() {
    for (date, time, offset) in [
        ("2027-07-01", "10:00", "+02:00"),
        ("2027-01-15", "10:00", "+01:00"),
        ("2027-03-28", "01:59", "+01:00"), // the last Sunday of March 2027, before 02:00
        ("2027-03-28", "03:00", "+02:00"),
        ("2027-10-31", "02:59", "+02:00"), // the last Sunday of October 2027
        ("2027-10-31", "03:00", "+01:00"),
    ] {
        let mut a = typical();
        text(&mut a, TextField::NextDate, date);
        text(&mut a, TextField::NextTime, time);
        let b = bundle(&a, EXPORTED_AT);
        assert_eq!(resources(&b, "Appointment")[0]["requestedPeriod"][0]["start"], format!("{date}T{time}:00{offset}"));
    }
    let mut a = typical();
    text(&mut a, TextField::NextTime, "");
    assert_eq!(resources(&bundle(&a, EXPORTED_AT), "Appointment")[0]["requestedPeriod"][0]["start"], "2027-02-15");
    text(&mut a, TextField::NextDate, "");
    text(&mut a, TextField::NextPeriod, "inom tre månader");
    let b = bundle(&a, EXPORTED_AT);
    assert!(resources(&b, "Appointment").is_empty());
    let acts = b["entry"][0]["resource"]["activity"].as_array().expect("a").clone();
    assert!(acts.iter().any(|x| x["detail"]["scheduledString"] == "inom tre månader"));
}

#[test]
fn the_journal_note_has_every_keyword_once_in_order_and_says_what_is_missing() {
    for (name, a) in fixtures() {
        let note = journal_note(&a);
        let mut last = 0;
        for k in KEYWORDS {
            let line = format!("\n{k}:\n");
            assert_eq!(note.matches(&line).count(), 1, "{name}: {k}");
            let at = note.find(&line).expect("keyword");
            assert!(at > last, "{name}: {k} out of order");
            last = at;
        }
    }
    let empty_note = journal_note(&empty(Mode::Consultation));
    assert_eq!(empty_note.lines().filter(|l| *l == "Ej angivet").count(), 9, "{empty_note}");
    assert!(empty_note.contains("1. Leva livet och lätt få hjälp: patienten har inte svarat, vården har inte svarat\n"));
    assert!(empty_note.contains("Patientkontraktet är inte på plats: det är inte markerat som överenskommet."));
    let mut agreed = typical();
    act(&mut agreed, Action::MarkAgreed);
    let note = journal_note(&agreed);
    assert!(note
        .contains("Status: Överenskommet 2026-11-22 (Anna Andersson, Karin Berg, sjuksköterska, Hjärtmottagningen)"));
    assert!(note.contains("Patientkontraktet är på plats."));
    assert!(
        note.contains("- Ökar mer än 2 kg på tre dagar (vart: Ringer hjärtsviktsmottagningen; hur snabbt: samma dag)")
    );
}

#[test]
fn the_record_stays_swedish_and_says_which_language_she_filled_it_in() {
    const SAID: &str =
        "Patienten har fyllt i på arabiska. Frågorna visades i projektets egen översättning, inte i SKR:s ordalydelse.";
    let swedish = prepared();
    assert!(!journal_note(&swedish).contains("Patienten har fyllt i på"), "nothing said of Swedish");
    let mut arabic = prepared();
    act(&mut arabic, Action::SetLanguage(Language::from_tag("ar").expect("Arabic")));
    // The journal note: under the questions' keyword, right after what the answers are.
    let note = journal_note(&arabic);
    let section = &note[note.find(&format!("{}:", KEYWORDS[10])).expect("the questions' keyword")..];
    assert_eq!(section.lines().nth(2), Some(SAID), "{section}");
    assert_eq!(note.replace(&format!("{SAID}\n"), ""), journal_note(&swedish), "nothing else changes");
    // FHIR: the care plan's note and the document's questions section say it, in Swedish.
    let b = bundle(&arabic, EXPORTED_AT);
    let plan = resources(&b, "CarePlan").into_iter().next();
    let notes = plan.expect("a care plan")["note"].as_array().expect("notes").clone();
    assert!(notes.iter().any(|n| n["text"] == SAID), "{notes:?}");
    let doc = document_json(&arabic, EXPORTED_AT);
    assert!(doc.contains(SAID), "the document's questions section");
    for (tag, name) in
        [("fa", "persiska"), ("so", "somaliska"), ("fi", "finska"), ("uk", "ukrainska"), ("en", "engelska")]
    {
        act(&mut arabic, Action::SetLanguage(Language::from_tag(tag).expect("a language")));
        assert!(journal_note(&arabic).contains(&format!("Patienten har fyllt i på {name}.")), "{tag}");
    }
}

/// Lättläst Swedish (issue 27): the record stays standard Swedish and says she filled it in in
/// lättläst Swedish and that the questions were the project's lättläst version, not SKR's words;
/// a Swedish consultation continuing her lättläst preparation still says so of the questions
/// before the visit, and her words, which are Swedish, are not marked as written elsewhere.
#[test]
fn the_record_says_she_filled_it_in_in_lattlast_swedish_and_keeps_skrs_wording() {
    const SAID: &str = "Patienten har fyllt i på lättläst svenska. Frågorna visades i projektets lättlästa version av SKR:s frågor, inte i SKR:s ordalydelse.";
    const SAID_BEFORE: &str = "Patienten har fyllt i på lättläst svenska. Frågorna före besöket visades i projektets lättlästa version av SKR:s frågor, inte i SKR:s ordalydelse.";
    let lattlast = Language::from_tag("sv-x-lattlast").expect("lättläst Swedish");
    // Its texts installed, as on a lättläst page (each test runs in its own thread).
    let file = std::fs::read_to_string(
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../site")).join(pk_core::content::texts::file(lattlast)),
    )
    .expect("the lättläst file");
    pk_core::content::texts::install(lattlast, &file).expect("installs");
    let lattlast_q1 = pk_core::content::question(Perspective::Before, 0).expect("question 1").get(lattlast);
    assert!(lattlast_q1.starts_with("Tänk på hur du har det"), "{lattlast_q1}");
    let mut hers = prepared();
    act(&mut hers, Action::SetLanguage(lattlast));
    assert_eq!(hers.written_in, Some(lattlast), "the page she filled it in");
    let note = journal_note(&hers);
    let section = &note[note.find(&format!("{}:", KEYWORDS[10])).expect("the questions' keyword")..];
    assert_eq!(section.lines().nth(2), Some(SAID), "{section}");
    assert_eq!(note.replace(&format!("{SAID}\n"), ""), journal_note(&prepared()), "nothing else changes");
    // SKR's own words stay the record's: the journal and FHIR never carry the lättläst question.
    let skr = pk_core::content::question(Perspective::Before, 0).expect("question 1").sv;
    let doc = document_json(&hers, EXPORTED_AT);
    assert!(doc.contains(SAID), "the document's questions section");
    assert!(bundle_json(&hers, EXPORTED_AT).contains(skr), "FHIR asks SKR's question");
    assert!(
        !doc.contains(lattlast_q1) && !bundle_json(&hers, EXPORTED_AT).contains(lattlast_q1),
        "never the lättläst one"
    );
    assert!(!note.contains(lattlast_q1), "no lättläst question in the journal note");
    // Her Swedish consultation: Swedish screens, the record still says how she was asked.
    let mut s = Session::new(empty(Mode::Consultation));
    s.handle(Command::Opened(Ok(Box::new(hers))), LATER);
    let a = &s.agreement;
    assert_eq!((a.language, a.written_in), (Language::SV, Some(lattlast)));
    assert_eq!(a.hers_elsewhere(), None, "her words are Swedish: nothing to mark");
    assert_eq!(pk_core::formats::text::written_in_mark(a, Language::SV), None);
    let note = journal_note(a);
    assert!(note.contains(SAID_BEFORE), "{note}");
    let b = bundle(a, EXPORTED_AT);
    let plan = resources(&b, "CarePlan").into_iter().next();
    assert!(plan.expect("a care plan")["note"].as_array().expect("notes").iter().any(|n| n["text"] == SAID_BEFORE));
    // A consultation shown in lättläst of a Swedish preparation: only her questions were lättläst.
    let mut shown = Session::new(empty(Mode::Consultation));
    shown.handle(Command::Edit(Action::SetLanguage(lattlast)), NOW);
    shown.handle(Command::Opened(Ok(Box::new(prepared()))), LATER);
    let note = journal_note(&shown.agreement);
    assert!(!note.contains("Patienten har fyllt i på"), "{note}");
    assert!(
        note.contains("Under besöket visades patientens frågor på lättläst svenska, i projektets lättlästa version av SKR:s frågor, inte i SKR:s ordalydelse."),
        "{note}"
    );
    // A consultation begun in lättläst: she filled it in there; only her questions were lättläst.
    let mut together = Session::new(empty(Mode::Prepare));
    together.handle(Command::Edit(Action::SetLanguage(lattlast)), NOW);
    together.handle(Command::Edit(Action::SetMode(Mode::Consultation)), NOW);
    assert_eq!(together.agreement.written_in, None, "begun as a consultation");
    let note = journal_note(&together.agreement);
    assert!(
        note.contains("Patienten har fyllt i på lättläst svenska. Patientens frågor visades i projektets lättlästa version av SKR:s frågor, inte i SKR:s ordalydelse."),
        "{note}"
    );
}

/// Her Arabic preparation continued in a Swedish consultation: the consultation's journal note
/// and FHIR, the ones that go to the record, still say she filled it in in Arabic, and that the
/// questions before the visit (not those of the consultation) were shown in our translation.
#[test]
fn a_swedish_consultation_of_her_arabic_preparation_says_she_filled_it_in_in_arabic() {
    const SAID: &str = "Patienten har fyllt i på arabiska. Frågorna före besöket visades i projektets egen översättning, inte i SKR:s ordalydelse.";
    let arabic = Language::from_tag("ar").expect("Arabic");
    let mut hers = prepared();
    act(&mut hers, Action::SetLanguage(arabic));
    let mut s = Session::new(empty(Mode::Consultation));
    s.handle(Command::Opened(Ok(Box::new(hers))), LATER);
    let a = &s.agreement;
    assert_eq!((a.language, a.written_in), (Language::SV, Some(arabic)));
    let note = journal_note(a);
    let section = &note[note.find(&format!("{}:", KEYWORDS[10])).expect("the questions' keyword")..];
    assert_eq!(section.lines().nth(2), Some(SAID), "{section}");
    let b = bundle(a, EXPORTED_AT);
    let plan = resources(&b, "CarePlan").into_iter().next();
    assert!(plan.expect("a care plan")["note"].as_array().expect("notes").iter().any(|n| n["text"] == SAID));
    assert!(document_json(a, EXPORTED_AT).contains(SAID), "the document's questions section");
    // The same file shown in English in the consultation says both.
    let mut english = s.agreement.clone();
    act(&mut english, Action::SetLanguage(Language::EN));
    assert!(journal_note(&english).contains(&format!(
        "{SAID} Under besöket visades frågorna på engelska, i projektets egen översättning, inte i SKR:s ordalydelse."
    )));
    // A Swedish preparation in an English consultation: only the consultation's language.
    let mut swedish = Session::new(empty(Mode::Consultation));
    swedish.handle(Command::Edit(Action::SetLanguage(Language::EN)), NOW);
    swedish.handle(Command::Opened(Ok(Box::new(prepared()))), LATER);
    let note = journal_note(&swedish.agreement);
    assert!(!note.contains("Patienten har fyllt i på"), "{note}");
    assert!(note.contains("Under besöket visades frågorna på engelska"), "{note}");
}

/// Issue 27, "What the record says": each answer given on a page in another language keeps the
/// words she was asked, and the record gives them beside SKR's Swedish question they stand for,
/// said to be a translation: the journal note under the answer line, FHIR as the translation of
/// the item's text (which stays SKR's). A question never answered there says nothing of it.
#[test]
fn the_record_gives_the_words_she_was_asked_beside_skrs_question() {
    let arabic = installed("ar");
    let skr = |n: usize| pk_core::content::question(Perspective::Before, n).expect("a question").sv;
    let hers = |n: usize| pk_core::content::question(Perspective::Before, n).expect("a question").get(arabic);
    let a = continued_of(prepared_on(arabic));
    let note = journal_note(&a);
    let questions = section(&note, KEYWORDS[10]);
    for n in 0..QUESTION_COUNT {
        assert_ne!(hers(n), skr(n), "question {} is translated", n + 1);
        let line = format!(
            "  Frågan till patienten före besöket visades på arabiska (projektets egen översättning, inte SKR:s ordalydelse): ”{}” – står för SKR:s fråga: ”{}”",
            hers(n),
            skr(n)
        );
        assert!(questions.contains(&line), "{questions}");
    }
    // Right under its answer line (and the comment before the visit).
    let lines: Vec<&str> = questions.lines().collect();
    let third = lines.iter().position(|l| l.starts_with("3. ")).expect("question 3");
    assert_eq!(lines[third + 1], "  Patientens kommentar före besöket: Svårt att komma fram på telefon");
    assert!(lines[third + 2].contains(hers(2)), "{}", lines[third + 2]);
    // FHIR: her answers before the visit ask SKR's words, hers as their translation; the answers
    // given in the Swedish consultation carry none.
    let b = bundle(&a, EXPORTED_AT);
    let responses = resources(&b, "QuestionnaireResponse");
    let before = responses
        .iter()
        .find(|r| r["item"].as_array().expect("items").iter().any(|i| i.get("_text").is_some()))
        .expect("the answers before the visit");
    for n in 0..QUESTION_COUNT {
        let item = before["item"]
            .as_array()
            .expect("items")
            .iter()
            .find(|i| i["linkId"] == format!("{}", n + 1))
            .expect("the item");
        assert_eq!(item["text"], skr(n));
        assert_eq!(
            item["_text"],
            serde_json::json!({ "extension": [{
                "url": pk_core::formats::fhir::TRANSLATION_EXTENSION,
                "extension": [{ "url": "lang", "valueCode": "ar" }, { "url": "content", "valueString": hers(n) }],
            }] })
        );
    }
    let with_words = responses
        .iter()
        .filter(|r| r["item"].as_array().expect("items").iter().any(|i| i.get("_text").is_some()))
        .count();
    assert_eq!(with_words, 1, "only her answers before the visit were asked in Arabic");
    // The document's questions section is the journal note's.
    assert!(document_json(&a, EXPORTED_AT).contains(&serde_json::to_string(hers(0)).expect("json")[1..]));
    // Her Swedish preparation says nothing of it.
    assert!(!journal_note(&continued()).contains("Frågan till patienten före besöket visades"));
    assert!(!bundle_json(&continued(), EXPORTED_AT).contains("_text"));
}

/// The words asked, as a file may hold them: bidirectional controls and control characters never
/// reach the record; a reworded question's words stand for the host's question, not SKR's.
#[test]
fn the_words_asked_stay_text_and_a_reworded_question_stands_for_the_hosts() {
    let arabic = Language::from_tag("ar").expect("Arabic");
    let mut a = prepared();
    a.answers.before[0].asked = Some(Asked { language: arabic, text: "\u{202e}هل\u{0}تشعر\u{202c}؟".into() });
    a.reworded.push(Reworded {
        id: question_id(Perspective::Patient, 1),
        sv: "Har du och vården en plan?".into(),
        en: "Do you and care have a plan?".into(),
    });
    a.answers.before[1].asked = Some(Asked { language: Language::EN, text: "Do you and care have a plan?".into() });
    let note = journal_note(&a);
    assert!(note.contains("  Frågan visades på arabiska (projektets egen översättning, inte SKR:s ordalydelse): ”هلتشعر؟” – står för SKR:s fråga: ”Känner du att du kan"), "{note}");
    assert!(
        note.contains("  Frågan visades på engelska (vårdgivarens formulering, inte SKR:s ordalydelse): ”Do you and care have a plan?” – står för vårdgivarens omformulerade fråga: ”Har du och vården en plan?”"),
        "{note}"
    );
    let fhir = bundle_json(&a, EXPORTED_AT);
    assert!(!fhir.contains('\u{202e}') && !fhir.contains("\\u0000"), "no controls in FHIR");
    // A control character is U+FFFD in a FHIR string, as in every other one (`fhir_string`).
    assert!(fhir.contains("\"valueString\": \"هل\u{fffd}تشعر؟\""), "the words without the bidi controls");
}
