//! Say only what is true (PRODUCT.md §2, format version 2): the kvitto is the patient's and
//! the agreement's, a wish is not a commitment, answers before the visit are kept apart from
//! those after it, and nothing forces fiction. Each rule is checked in the domain and in what
//! goes to the journal (the note and the FHIR bundle).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::domain::envelope::{decode, DecodeLimits};
use pk_core::domain::*;
use pk_core::formats::fhir::bundle;
use pk_core::formats::journal::journal_note;
use serde_json::Value;

const AT: &str = "2026-11-22T10:30:00Z";

fn care_actions_in_fhir(b: &Value) -> Vec<String> {
    b["entry"][0]["resource"]["activity"]
        .as_array()
        .map(|acts| {
            acts.iter()
                .filter(|x| x["detail"]["code"]["text"] == "Vårdens åtagande")
                .filter_map(|x| x["detail"]["description"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_preparation_is_never_in_place_however_complete() {
    // Everything a preparation could hold, every answer Ja before the visit.
    let mut a = typical();
    act(&mut a, Action::SetMode(Mode::Prepare));
    for n in 0..QUESTION_COUNT {
        act(&mut a, Action::SetAnswer(Perspective::Before, n, Some(Tri::Yes), None));
    }
    assert!(!kvitto(&a).in_place);
    let note = journal_note(&a);
    assert!(!note.contains("är på plats."), "{note}");
    assert!(note.contains("Status: Patientens förberedelse inför besöket, inte en överenskommelse"));
    let b = bundle(&a, AT);
    assert_eq!(b["entry"][0]["resource"]["status"], "draft");
    assert!(!b["entry"][0]["resource"]["text"]["div"].as_str().unwrap_or_default().contains("är på plats."));
}

#[test]
fn a_consultation_is_in_place_only_once_marked_agreed() {
    let a = typical();
    assert_eq!(a.status, Status::Draft);
    let k = kvitto(&a);
    assert!(!k.in_place, "a draft is not an agreement");
    assert!(k.not_agreed);
    assert_eq!(k.part_gaps, vec![]);
    let note = journal_note(&a);
    assert!(note.contains("Status: Utkast, inte markerat som överenskommet"));
    assert!(note.contains("Patientkontraktet är inte på plats: det är inte markerat som överenskommet."));
    assert!(!note.contains("Patientkontraktet är på plats."));

    let mut agreed = a.clone();
    act(&mut agreed, Action::MarkAgreed);
    let k = kvitto(&agreed);
    assert!(k.in_place && !k.not_agreed);
    assert!(journal_note(&agreed).contains("Patientkontraktet är på plats."));

    // Changing it means reopening it: a draft again, and no longer in place.
    act(&mut agreed, Action::Reopen);
    text(&mut agreed, TextField::NextStep, "Något annat");
    assert!(!kvitto(&agreed).in_place);
}

#[test]
fn the_kvitto_is_the_patients_answers_after_the_agreement() {
    let mut a = typical();
    act(&mut a, Action::MarkAgreed);
    // The professional's answers do not gate the kvitto; they are shown and disagree.
    let mut b = a.clone();
    act(&mut b, Action::Reopen);
    act(&mut b, Action::SetAnswer(Perspective::Professional, 3, Some(Tri::No), None));
    act(&mut b, Action::MarkAgreed);
    let k = kvitto(&b);
    assert!(k.in_place, "care's No on question 4 does not stop the patient's kvitto");
    assert!(k.questions[3].disagreement);
    assert!(journal_note(&b).contains("4. Fast vårdkontakt: patienten Ja, vården Nej"));

    // The patient's own answer does.
    let mut c = a.clone();
    act(&mut c, Action::Reopen);
    act(&mut c, Action::SetAnswer(Perspective::Patient, 3, Some(Tri::DontKnow), None));
    act(&mut c, Action::MarkAgreed);
    let k = kvitto(&c);
    assert!(!k.in_place);
    assert!(!k.questions[3].closed);
}

#[test]
fn answers_before_the_visit_never_count_and_are_shown_beside_the_answers_after() {
    let mut a = continued();
    assert!(kvitto(&a).in_place, "continued() is a finished agreement");
    // Before: Nej on question 3; after: Ja. Both are kept; only the latter counts.
    let k = kvitto(&a);
    assert_eq!(k.questions[2].before, Some(Tri::No));
    assert_eq!(k.questions[2].patient, Some(Tri::Yes));
    let note = journal_note(&a);
    assert!(note.contains("3. Enkla kontaktvägar: patienten Ja (före besöket Nej), vården Nej"), "{note}");
    assert!(note.contains("före besöket: Svårt att komma fram på telefon"));

    // All Ja before the visit cannot stand in for the answers after it.
    act(&mut a, Action::Reopen);
    for n in 0..QUESTION_COUNT {
        apply(&mut a, Action::SetAnswer(Perspective::Before, n, Some(Tri::Yes), None), LATER);
        act(&mut a, Action::SetAnswer(Perspective::Patient, n, None, None));
    }
    assert!(a.answers.before.iter().all(|x| x.value == Some(Tri::Yes)));
    let k = kvitto(&a);
    assert!(!k.in_place);
    assert!(k.questions.iter().all(|q| !q.closed));

    // FHIR: one QuestionnaireResponse per set of answers, each saying whose and when.
    let b = bundle(&continued(), AT);
    let displays: Vec<&str> = b["entry"][0]["resource"]["supportingInfo"]
        .as_array()
        .expect("supportingInfo")
        .iter()
        .filter_map(|r| r["display"].as_str())
        .collect();
    assert_eq!(
        displays,
        [
            "Patientens svar efter genomgången av överenskommelsen",
            "Vårdens svar (vårdgivarens version av frågorna)",
            "Patientens svar före besöket"
        ]
    );
}

#[test]
fn a_wish_stays_a_wish_until_accepted() {
    let p = prepared();
    assert!(p.commitments.care_actions.is_empty(), "preparing writes wishes, not care's commitments");
    assert_eq!(p.commitments.care_wishes.len(), 2);
    let note = journal_note(&p);
    assert_eq!(section(&note, "Vårdens åtagande"), "Ej angivet");
    assert!(section(&note, "Patientens önskemål (inte överenskommet)").contains("- Hjälp att förstå mina provsvar"));
    let b = bundle(&p, AT);
    assert!(care_actions_in_fhir(&b).is_empty(), "no wish is a care activity");
    assert!(
        notes_of_care_plan(&b)
            .iter()
            .any(|n| n
                .starts_with("Patientens önskemål till vården (inte överenskommet): Hjälp att förstå mina provsvar"))
    );

    // In the consultation: one accepted, one left.
    let c = continued();
    assert_eq!(c.commitments.care_actions.len(), 1);
    assert_eq!(c.commitments.care_actions[0].text, "Hjälp att förstå mina provsvar");
    assert_eq!(c.commitments.care_wishes.len(), 1);
    let note = journal_note(&c);
    assert_eq!(section(&note, "Vårdens åtagande"), "- Hjälp att förstå mina provsvar");
    assert_eq!(
        section(&note, "Patientens önskemål (inte överenskommet)"),
        "- Ett samtal efter varje ändring av medicinen (vem: sjuksköterskan)"
    );
    let b = bundle(&c, AT);
    assert_eq!(care_actions_in_fhir(&b), ["Hjälp att förstå mina provsvar"]);
    assert!(notes_of_care_plan(&b).iter().any(|n| n.contains("Ett samtal efter varje ändring av medicinen")));
}

#[test]
fn accepting_a_wish_moves_it_and_nothing_else() {
    let mut a = prepared();
    act(&mut a, Action::SetMode(Mode::Consultation));
    assert_eq!(apply(&mut a, Action::AcceptWish(5), LATER), Outcome::Unchanged, "no such wish");
    act(&mut a, Action::AcceptWish(1));
    assert_eq!(a.commitments.care_actions[0].text, "Ett samtal efter varje ändring av medicinen");
    assert_eq!(a.commitments.care_actions[0].who, "sjuksköterskan");
    assert_eq!(a.commitments.care_wishes.len(), 1);
    // A full list of care actions takes no more.
    for _ in 1..limits::LIST_ITEMS {
        act(&mut a, Action::AddItem(ListId::CareActions));
    }
    assert_eq!(apply(&mut a, Action::AcceptWish(0), LATER), Outcome::Unchanged);
    assert_eq!(a.commitments.care_wishes.len(), 1, "the wish is kept, not lost");
}

#[test]
fn a_fast_vardkontakt_wanted_at_home_is_a_wish_the_need_is_settled_together() {
    let p = prepared();
    assert_eq!(p.contacts.fixed_contact_wanted, Some(Tri::Yes));
    assert_eq!(p.contacts.fixed_contact_needed, None);
    let mut no = empty(Mode::Prepare);
    act(&mut no, Action::SetChoice(ChoiceField::FixedContactWanted, Choice::Tri(Some(Tri::No))));
    let note = journal_note(&no);
    let fixed = section(&note, "Fast vårdkontakt");
    assert!(!fixed.contains("Behövs inte"), "a patient's No at home is not care's judgement: {fixed}");
    assert!(fixed.contains("Vill ha en fast vårdkontakt (patientens svar före besöket): Nej"), "{fixed}");
    assert!(PartGap::FixedContactUnsettled.is_open(&no), "the wish does not document the part");

    let mut c = empty(Mode::Consultation);
    act(&mut c, Action::SetChoice(ChoiceField::FixedContactNeeded, Choice::Tri(Some(Tri::No))));
    assert!(!PartGap::FixedContactUnsettled.is_open(&c) && !PartGap::FixedContactMissing.is_open(&c));
    assert!(section(&journal_note(&c), "Fast vårdkontakt").contains("Behövs inte, bedömt i vårdmötet"));
}

#[test]
fn no_other_plans_documents_part_two_without_inventing_one() {
    let mut a = empty(Mode::Consultation);
    assert!(PartGap::PlansMissing.is_open(&a));
    act(&mut a, Action::SetFlag(FlagField::NoOtherPlans, true));
    assert!(!PartGap::PlansMissing.is_open(&a));
    assert!(section(&journal_note(&a), "Sammanhållen planering").contains("Inga andra planer i vården eller omsorgen"));
    // With coordination not needed, part 2 is complete with no plan at all.
    act(&mut a, Action::SetChoice(ChoiceField::CoordinationNeed, Choice::Tri(Some(Tri::No))));
    let k = kvitto(&a);
    assert!(k.questions[6].open_gaps.is_empty(), "{:?}", k.questions[6]);
}

#[test]
fn a_preparation_lists_what_to_bring_up_at_the_visit() {
    let note = journal_note(&prepared());
    assert!(note.contains("Att ta upp vid besöket: fråga 3 (Enkla kontaktvägar), fråga 4 (Fast vårdkontakt), fråga 6 (Överenskommen nästa tid)"), "{note}");
    assert!(note.contains("En närstående har hjälpt patienten att fylla i förberedelsen."));
}

fn v1(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/v1/{name}", concat!(env!("CARGO_MANIFEST_DIR"), "/../..")))
        .expect("v1 fixture")
}

#[test]
fn a_v1_preparation_is_migrated_to_wishes_and_answers_before_the_visit() {
    let a = decode(&v1("prepared.json"), DecodeLimits::FILE).expect("a v1 preparation opens");
    assert_eq!(a.mode, Mode::Prepare);
    // "Care does" written at home becomes the patient's wishes.
    assert!(a.commitments.care_actions.is_empty());
    let wishes: Vec<&str> = a.commitments.care_wishes.iter().map(|w| w.text.as_str()).collect();
    assert_eq!(wishes, ["Hjälp att förstå mina provsvar", "Ett telefonsamtal efter varje ändring av medicinen"]);
    // The patient's answers become "before the visit"; none count.
    assert!(a.answers.patient.iter().all(|x| x.value.is_none() && x.comment.is_empty()));
    assert_eq!(a.answers.before[2].value, Some(Tri::No));
    assert_eq!(a.answers.before[2].comment, "Svårt att komma fram på telefon");
    assert_eq!(a.answers.before[5].value, None);
    // The patient's "Nej" to a fast vårdkontakt is what they want, not care's judgement.
    assert_eq!(a.contacts.fixed_contact_wanted, Some(Tri::No));
    assert_eq!(a.contacts.fixed_contact_needed, None);
    assert!(!a.planning.no_other_plans && !a.patient.relative_helped);
}

#[test]
fn a_v1_consultation_keeps_its_commitments_need_and_answers() {
    let a = decode(&v1("typical.json"), DecodeLimits::FILE).expect("a v1 consultation opens");
    assert_eq!(a.mode, Mode::Consultation);
    assert_eq!(a.status, Status::Agreed);
    assert_eq!(a.commitments.care_actions.len(), 1);
    assert!(a.commitments.care_wishes.is_empty());
    assert!(a.answers.patient.iter().all(|x| x.value == Some(Tri::Yes)));
    assert!(a.answers.before.iter().all(|x| x.value.is_none()));
    assert_eq!(a.contacts.fixed_contact_needed, Some(Tri::Yes));
    assert_eq!(a.contacts.fixed_contact_wanted, None);
    assert!(kvitto(&a).in_place, "an agreed v1 consultation with all Ja stays in place");
}

#[test]
fn a_broken_v1_file_is_reported_not_patched() {
    let mut v: Value = serde_json::from_slice(&v1("typical.json")).expect("json");
    v.as_object_mut().map(|m| m.remove("contacts"));
    let bytes = serde_json::to_vec(&v).expect("json");
    assert_eq!(
        decode(&bytes, DecodeLimits::FILE),
        Err(pk_core::domain::envelope::ImportError::MissingField { path: "contacts".into() })
    );
}
