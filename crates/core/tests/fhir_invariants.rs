//! What none of the three FHIR validators of the test command checks, checked here on every
//! golden bundle (collection and document) and on edge-case agreements: the type each reference
//! points at, the display of every code we send, the QuestionnaireResponse rules qrs-1 and
//! qrs-2 and that each response matches its Questionnaire, unique fullUrls (bdl-7), and the
//! rules of a document (bdl-9, bdl-10, bdl-11).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::domain::*;
use pk_core::formats::fhir::{bundle, document};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

const AT: &str = "2026-11-22T10:30:00Z";

/// Which resource types a reference element may point at (FHIR R4), by `Type.path`.
fn allowed(path: &str) -> Option<&'static [&'static str]> {
    const PERSONS: &[&str] =
        &["Practitioner", "PractitionerRole", "Patient", "RelatedPerson", "Organization", "CareTeam"];
    Some(match path {
        "CarePlan.subject" | "Goal.subject" | "CareTeam.subject" | "RelatedPerson.patient" => &["Patient"],
        "CarePlan.author" | "CarePlan.contributor" => PERSONS,
        "CarePlan.careTeam" => &["CareTeam"],
        "CarePlan.goal" => &["Goal"],
        "CarePlan.supportingInfo"
        | "QuestionnaireResponse.subject"
        | "Composition.subject"
        | "Composition.section.entry" => {
            &["CarePlan", "Patient", "Goal", "CareTeam", "QuestionnaireResponse", "Appointment", "Questionnaire"]
        }
        "CarePlan.activity.reference" => &["Appointment"],
        "CarePlan.activity.detail.performer" => PERSONS,
        "Goal.expressedBy" => &["Patient", "Practitioner", "PractitionerRole", "RelatedPerson"],
        "CareTeam.participant.member" => PERSONS,
        "PractitionerRole.practitioner" => &["Practitioner"],
        "PractitionerRole.organization" => &["Organization"],
        "Appointment.participant.actor" => &["Patient", "Practitioner", "PractitionerRole", "RelatedPerson"],
        "QuestionnaireResponse.basedOn" => &["CarePlan"],
        "QuestionnaireResponse.author" => {
            &["Practitioner", "PractitionerRole", "Patient", "RelatedPerson", "Organization"]
        }
        "QuestionnaireResponse.source" => &["Patient", "Practitioner", "PractitionerRole", "RelatedPerson"],
        "Composition.author" => &["Practitioner", "PractitionerRole", "Patient", "RelatedPerson", "Organization"],
        _ => return None,
    })
}

/// Every `{reference}` in a resource, with the element path it sits at.
fn references(v: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) => {
            if let Some(r) = m.get("reference").and_then(Value::as_str) {
                out.push((path.to_string(), r.to_string()));
                return;
            }
            for (k, x) in m {
                references(x, &format!("{path}.{k}"), out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| references(x, path, out)),
        _ => {}
    }
}

fn codings(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Object(m) => {
            if m.contains_key("system") && m.contains_key("code") {
                out.push(v.clone());
            }
            m.values().for_each(|x| codings(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| codings(x, out)),
        _ => {}
    }
}

/// The display each code system we use gives its codes.
fn official_display(system: &str, code: &str) -> Option<&'static str> {
    Some(match (system, code) {
        ("http://terminology.hl7.org/CodeSystem/v2-0532", "Y") => "Yes",
        ("http://terminology.hl7.org/CodeSystem/v2-0532", "N") => "No",
        ("http://terminology.hl7.org/CodeSystem/v2-0532", "ASKU") => "asked but unknown",
        ("http://loinc.org", "18776-5") => "Plan of care note",
        (s, "patientkontrakt") if s.ends_with("/CodeSystem/careplan-category") => "Patientkontrakt",
        _ => return None,
    })
}

fn check(name: &str, b: &Value) {
    let entries = b["entry"].as_array().unwrap_or_else(|| panic!("{name}: entries"));
    // bdl-7: fullUrl unique.
    let urls: Vec<&str> = entries.iter().filter_map(|e| e["fullUrl"].as_str()).collect();
    assert_eq!(urls.iter().collect::<HashSet<_>>().len(), entries.len(), "{name}: bdl-7");
    let types: HashMap<&str, &str> = entries
        .iter()
        .filter_map(|e| Some((e["fullUrl"].as_str()?, e["resource"]["resourceType"].as_str()?)))
        .collect();
    let mut questionnaires: HashMap<String, &Value> = HashMap::new();
    for e in entries {
        let r = &e["resource"];
        if r["resourceType"] == "Questionnaire" {
            let canonical =
                format!("{}|{}", r["url"].as_str().unwrap_or_default(), r["version"].as_str().unwrap_or_default());
            questionnaires.insert(canonical, r);
        }
    }
    for e in entries {
        let r = &e["resource"];
        let kind = r["resourceType"].as_str().unwrap_or_default();
        let mut refs = Vec::new();
        references(r, kind, &mut refs);
        for (path, target) in refs {
            let Some(ok) = allowed(&path) else { panic!("{name}: no rule for references at {path}") };
            let got =
                types.get(target.as_str()).unwrap_or_else(|| panic!("{name}: {path} → {target} not in the bundle"));
            assert!(ok.contains(got), "{name}: {path} may not point at a {got}");
        }
        let mut cs = Vec::new();
        codings(r, &mut cs);
        for c in cs {
            let (system, code) = (c["system"].as_str().unwrap_or_default(), c["code"].as_str().unwrap_or_default());
            if system == "urn:ietf:rfc:3986"
                || system.starts_with("http://electronichealth.se/")
                || system.starts_with("urn:oid:")
            {
                continue; // identifiers, not codings
            }
            let want = official_display(system, code).unwrap_or_else(|| panic!("{name}: unknown code {system}#{code}"));
            assert_eq!(c["display"].as_str(), Some(want), "{name}: display of {system}#{code}");
        }
        if kind == "QuestionnaireResponse" {
            let canonical =
                r["questionnaire"].as_str().unwrap_or_else(|| panic!("{name}: a response names its Questionnaire"));
            let q = questionnaires.get(canonical).unwrap_or_else(|| panic!("{name}: {canonical} is in the bundle"));
            let asked: HashMap<&str, (&str, &str)> = q["item"]
                .as_array()
                .map(|items| {
                    items
                        .iter()
                        .filter_map(|i| Some((i["linkId"].as_str()?, (i["text"].as_str()?, i["type"].as_str()?))))
                        .collect()
                })
                .unwrap_or_default();
            for item in r["item"].as_array().into_iter().flatten() {
                // qrs-1: an item has answers or items, not both; qrs-2: one answer (no item repeats).
                assert!(item.get("item").is_none() || item.get("answer").is_none(), "{name}: qrs-1");
                assert!(item["answer"].as_array().map_or(0, Vec::len) <= 1, "{name}: qrs-2");
                let link = item["linkId"].as_str().unwrap_or_default();
                let (text, kind) = asked.get(link).unwrap_or_else(|| panic!("{name}: linkId {link} not asked"));
                assert_eq!(item["text"].as_str(), Some(*text), "{name}: the wording of {link} is the Questionnaire's");
                let answer = &item["answer"][0];
                match *kind {
                    "choice" => assert!(answer.is_null() || answer.get("valueCoding").is_some(), "{name}: {link}"),
                    "string" => assert!(answer.get("valueString").is_some(), "{name}: {link}"),
                    other => panic!("{name}: item type {other}"),
                }
            }
        }
    }
    if b["type"] == "document" {
        assert!(b["identifier"]["value"].is_string(), "{name}: bdl-9");
        assert!(b["timestamp"].is_string(), "{name}: bdl-10");
        assert_eq!(entries[0]["resource"]["resourceType"], "Composition", "{name}: bdl-11");
    }
}

fn agreements() -> Vec<(&'static str, Agreement)> {
    let mut agreed = typical();
    act(&mut agreed, Action::MarkAgreed);
    let mut answers = typical();
    for n in 0..QUESTION_COUNT {
        act(&mut answers, Action::SetAnswer(Perspective::Patient, n, Some([Tri::No, Tri::DontKnow][n % 2]), None));
    }
    vec![
        ("empty", empty(Mode::Prepare)),
        ("typical", agreed),
        ("draft", typical()),
        ("answers", answers),
        ("prepared", prepared()),
        ("continued", continued()),
        ("maximal", maximal()),
        ("hostile", hostile()),
    ]
}

#[test]
fn every_bundle_keeps_the_rules_no_validator_checks() {
    for (name, a) in agreements() {
        check(&format!("{name} (collection)"), &bundle(&a, AT));
        check(&format!("{name} (document)"), &document(&a, AT));
    }
}

#[test]
fn the_checks_catch_what_they_are_for() {
    let good = bundle(&continued(), AT);
    let broken = |f: fn(&mut Value)| {
        let mut b = good.clone();
        f(&mut b);
        std::panic::catch_unwind(|| check("broken", &b)).is_err()
    };
    // A Goal's subject pointing at the CarePlan.
    assert!(broken(|b| {
        let plan = b["entry"][0]["fullUrl"].clone();
        let goal =
            b["entry"].as_array_mut().and_then(|e| e.iter_mut().find(|e| e["resource"]["resourceType"] == "Goal"));
        if let Some(g) = goal {
            g["resource"]["subject"]["reference"] = plan;
        }
    }));
    // A display that is not the code system's.
    assert!(broken(|b| {
        let qr = b["entry"]
            .as_array_mut()
            .and_then(|e| e.iter_mut().find(|e| e["resource"]["resourceType"] == "QuestionnaireResponse"));
        if let Some(q) = qr {
            q["resource"]["item"][0]["answer"][0]["valueCoding"]["display"] = "Ja".into();
        }
    }));
    // Two answers to one question.
    assert!(broken(|b| {
        let qr = b["entry"]
            .as_array_mut()
            .and_then(|e| e.iter_mut().find(|e| e["resource"]["resourceType"] == "QuestionnaireResponse"));
        if let Some(q) = qr {
            let a = q["resource"]["item"][0]["answer"][0].clone();
            if let Some(list) = q["resource"]["item"][0]["answer"].as_array_mut() {
                list.push(a);
            }
        }
    }));
    // A reworded question in the response.
    assert!(broken(|b| {
        let qr = b["entry"]
            .as_array_mut()
            .and_then(|e| e.iter_mut().find(|e| e["resource"]["resourceType"] == "QuestionnaireResponse"));
        if let Some(q) = qr {
            q["resource"]["item"][0]["text"] = "Mår du bra?".into();
        }
    }));
    // A repeated fullUrl.
    assert!(broken(|b| {
        let first = b["entry"][0]["fullUrl"].clone();
        b["entry"][1]["fullUrl"] = first;
    }));
}

#[test]
fn edge_case_text_and_identifiers() {
    let mut a = empty(Mode::Consultation);
    text(&mut a, TextField::OwnWords, "a\u{a0}b\u{2028}c\u{feff}d");
    let number = (0..10).map(|d| format!("19121272-121{d}")).find(|n| checks::check_personal_number(n).is_ok());
    text(&mut a, TextField::PersonalNumber, number.as_deref().unwrap_or_default());
    let b = bundle(&a, AT);
    let goal =
        b["entry"].as_array().and_then(|e| e.iter().find(|e| e["resource"]["resourceType"] == "Goal")).expect("goal");
    assert_eq!(goal["resource"]["description"]["text"], "a b\ncd");
    assert_eq!(
        b["entry"][1]["resource"]["identifier"][0]["system"],
        "http://electronichealth.se/identifier/samordningsnummer"
    );
    // The native format keeps the text exactly as typed.
    assert_eq!(a.what_matters.own_words, "a\u{a0}b\u{2028}c\u{feff}d");
}
