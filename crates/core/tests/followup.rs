//! The unit's follow-up: many files counted together (counts, duplicates, versions, bad files,
//! the period and mode filters, the CSV), on generated sets.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::domain::envelope::{encode, ImportError};
use pk_core::domain::followup::{csv, Filter, Followup, PARTS};
use pk_core::domain::*;

fn file(a: &Agreement) -> Vec<u8> {
    encode(a).expect("encodes").into_bytes()
}

/// A set of `n` agreements: every third a preparation, the rest agreed consultations, with the
/// patient's answer to question 1 after the agreement going Ja, Nej, Vet inte, none in turn.
fn generated(n: usize) -> Vec<Agreement> {
    (0..n)
        .map(|i| {
            let mut a = if i % 3 == 0 { prepared() } else { continued() };
            a.id = format!("00000000-0000-4000-8000-{i:012}");
            a.agreed_by.date = Some(format!("2026-{:02}-15", 1 + i % 12));
            if a.mode == Mode::Consultation {
                a.answers.patient[0].value = [Some(Tri::Yes), Some(Tri::No), Some(Tri::DontKnow), None][i % 4];
            }
            a
        })
        .collect()
}

#[test]
fn counts_per_question_before_after_and_care() {
    let set = generated(30);
    let mut f = Followup::default();
    for (i, a) in set.iter().enumerate() {
        f.add(&format!("{i}.json"), &file(a));
    }
    assert_eq!((f.files, f.len(), f.merged, f.bad.len()), (30, 30, 0, 0));
    let c = f.counts(&Filter::default());
    assert_eq!(c.agreements, 30);
    assert_eq!(c.consultations, 20);
    // Question 1 after the agreement: counted from the consultations as set; preparations have none.
    let after = set.iter().map(|a| a.answers.patient[0].value);
    let count = |v: Option<Tri>| after.clone().filter(|x| *x == v).count();
    let q1 = c.questions[0].after;
    assert_eq!(
        (q1.yes, q1.no, q1.dont_know, q1.unanswered),
        (count(Some(Tri::Yes)), count(Some(Tri::No)), count(Some(Tri::DontKnow)), count(None))
    );
    assert_eq!(q1.total(), 30);
    // Before the visit: every agreement came from a preparation with q3 = Nej.
    assert_eq!(c.questions[2].before.no, 30);
    // Care's version: continued() answers Nej on question 3.
    assert_eq!(c.questions[2].professional.no, 20);
    assert_eq!(c.questions[2].professional.unanswered, 10);
    // In place: agreed consultations whose patient said Ja to all seven (question 1 Ja only).
    let expected = set.iter().filter(|a| kvitto(a).in_place).count();
    assert_eq!(c.in_place, expected);
    assert!(expected > 0 && expected < 20);
    // Parts: a preparation documents "what matters" but not part 4.
    let what_matters = PARTS.iter().position(|s| *s == Step::WhatMatters).expect("part");
    let schedule = PARTS.iter().position(|s| *s == Step::Schedule).expect("part");
    assert_eq!(c.parts[what_matters], 30);
    assert_eq!(c.parts[schedule], 20);
}

#[test]
fn duplicates_count_once_and_the_latest_wins_in_any_order() {
    let mut old = continued();
    old.updated = "2026-11-22T10:00:00Z".into();
    old.answers.patient[0].value = Some(Tri::No);
    let mut new = continued();
    new.updated = "2026-11-22T12:00:00+01:00".into(); // 11:00 UTC: later
    new.answers.patient[0].value = Some(Tri::Yes);
    for order in [[&old, &new], [&new, &old]] {
        let mut f = Followup::default();
        for (i, a) in order.iter().enumerate() {
            f.add(&format!("{i}.json"), &file(a));
        }
        f.add("again.json", &file(order[0]));
        assert_eq!((f.len(), f.merged, f.files), (1, 2, 3));
        assert_eq!(f.counts(&Filter::default()).questions[0].after.yes, 1, "the later copy counts");
    }
}

#[test]
fn bad_files_are_listed_with_their_reason_and_the_rest_is_read() {
    let mut f = Followup::default();
    f.add("good.json", &file(&continued()));
    f.add("empty.json", b"");
    f.add("fhir.json", br#"{"resourceType": "Bundle"}"#);
    f.add("newer.json", br#"{"format": "patientkontrakt", "version": 99}"#);
    f.add_unreadable("locked.json", ImportError::Unreadable);
    f.add("good-2.json", &file(&typical()));
    assert_eq!(f.len(), 2);
    let reasons: Vec<(&str, &ImportError)> = f.bad.iter().map(|b| (b.name.as_str(), &b.error)).collect();
    assert_eq!(
        reasons,
        [
            ("empty.json", &ImportError::Empty),
            ("fhir.json", &ImportError::Foreign),
            ("newer.json", &ImportError::NewerVersion { found: 99 }),
            ("locked.json", &ImportError::Unreadable),
        ]
    );
    assert_eq!(f.files, 6);
}

#[test]
fn files_of_version_1_are_read_with_the_same_decoder() {
    let mut f = Followup::default();
    for name in ["typical.json", "prepared.json", "empty.json"] {
        let bytes =
            std::fs::read(format!("{}/tests/fixtures/v1/{name}", concat!(env!("CARGO_MANIFEST_DIR"), "/../..")))
                .expect("v1");
        f.add(name, &bytes);
    }
    // typical and prepared share no id; empty has the same id as typical (one agreement).
    assert_eq!(f.bad, vec![]);
    let c = f.counts(&Filter::default());
    assert_eq!(c.agreements + f.merged, 3);
    // The v1 preparation's answers are counted as before the visit.
    assert_eq!(c.questions[2].before.no, 1);
}

#[test]
fn the_period_and_mode_filters() {
    let mut f = Followup::default();
    for (i, a) in generated(24).iter().enumerate() {
        f.add(&format!("{i}.json"), &file(a));
    }
    let all = f.counts(&Filter::default()).agreements;
    let consultations = f.counts(&Filter { mode: Some(Mode::Consultation), ..Filter::default() });
    assert_eq!(consultations.agreements, 16);
    assert_eq!(consultations.questions[0].before.total(), 16);
    let prepare = f.counts(&Filter { mode: Some(Mode::Prepare), ..Filter::default() }).agreements;
    assert_eq!(prepare + consultations.agreements, all);
    // Agreed consultations count under their agreement date (month i % 12 + 1); preparations
    // under the date they were last changed (2026-11-22).
    let spring =
        Filter { from: Some("2026-03-01".into()), to: Some("2026-05-31".into()), mode: Some(Mode::Consultation) };
    let expected = generated(24)
        .iter()
        .filter(|a| a.mode == Mode::Consultation)
        .filter(|a| matches!(a.agreed_by.date.as_deref(), Some(d) if ("2026-03-01"..="2026-05-31").contains(&d)))
        .count();
    assert_eq!(f.counts(&spring).agreements, expected);
    assert!(expected > 0);
    let none = Filter { from: Some("2030-01-01".into()), ..Filter::default() };
    assert_eq!(f.counts(&none), Default::default());
}

#[test]
fn the_csv_has_counts_only() {
    let mut f = Followup::default();
    let mut a = continued();
    a.patient.name = "Hemlig Person".into();
    f.add("a.json", &file(&a));
    let out = csv(&f.counts(&Filter::default()));
    assert!(out.starts_with("del;fråga;svar;ja;nej;vet inte;ej besvarad\n"));
    assert!(out.contains("fråga;3;före besöket;0;1;0;0\n"), "{out}");
    assert!(out.contains("fråga;3;vården;0;1;0;0\n"));
    assert!(out.contains("summering;på plats;1\n"));
    for secret in ["Hemlig", "Anna", "Karin", "1912", "kören", "provsvar"] {
        assert!(!out.contains(secret), "no free text or names: {secret}");
    }
    // Every line is counts: numbers and the fixed words.
    assert_eq!(out.lines().filter(|l| l.starts_with("fråga;")).count(), 21);
}

/// The follow-up reads with the widget's own decoder, which does not track where in a file a
/// shape error is: a file not of the agreement's shape is listed as such, without the place
/// (tracking it would cost the follow-up module about 10 KB gzip).
#[test]
fn a_file_not_of_the_agreements_shape_is_listed_without_the_place() {
    let mut f = Followup::default();
    let mut v: serde_json::Value = serde_json::from_slice(&file(&typical())).expect("json");
    v["schedule"]["next_time"]["mode"] = serde_json::json!("by pigeon");
    f.add("pigeon.json", &serde_json::to_vec(&v).expect("json"));
    assert_eq!(f.bad.len(), 1);
    assert_eq!(f.bad[0].error, ImportError::Shape);
}
