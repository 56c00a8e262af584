//! Completeness of the parts, the kvitto status and the question → part gap mapping.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::domain::kvitto::{closed_by, steps_for_question};
use pk_core::domain::*;

#[test]
fn a_complete_consultation_is_in_place_once_agreed() {
    let mut a = typical();
    act(&mut a, Action::MarkAgreed);
    let k = kvitto(&a);
    assert_eq!(k.part_gaps, vec![]);
    assert!(k.questions.iter().all(|q| q.closed && !q.disagreement));
    assert!(k.in_place);
}

#[test]
fn an_empty_agreement_has_every_gap_and_is_not_in_place() {
    let k = kvitto(&empty(Mode::Consultation));
    // Every gap but "coordinator missing" and "fast vårdkontakt missing", which only open once
    // coordination, or a fast vårdkontakt, is needed.
    let expected: Vec<PartGap> = PartGap::ALL
        .into_iter()
        .filter(|g| !matches!(g, PartGap::CoordinatorMissing | PartGap::FixedContactMissing))
        .collect();
    assert_eq!(k.part_gaps, expected);
    assert!(!k.in_place);
    assert!(k.questions.iter().all(|q| !q.closed));
}

#[test]
fn the_mapping_follows_product_section_2() {
    use PartGap::*;
    // Question 1: the agreement as a whole (parts 1 and 3).
    assert!(closed_by(0).iter().all(|g| matches!(g.step(), Step::Commitments | Step::Contacts)));
    assert_eq!(steps_for_question(0), vec![Step::Commitments, Step::Contacts]);
    // Question 2: "Vad är viktigt för dig?" + part 1, including when to seek care.
    assert_eq!(steps_for_question(1), vec![Step::WhatMatters, Step::Commitments]);
    assert!(closed_by(1).contains(&WarningSignsMissing));
    // Question 3: part 3, contact routes.
    assert_eq!(closed_by(2), &[RoutesMissing]);
    // Question 4: part 3, fast vårdkontakt.
    assert_eq!(closed_by(3), &[FixedContactUnsettled, FixedContactMissing]);
    // Question 5: part 4, next step.
    assert_eq!(closed_by(4), &[NextStepMissing]);
    // Question 6: part 4, agreed next time.
    assert_eq!(steps_for_question(5), vec![Step::Schedule]);
    assert!(!closed_by(5).contains(&NextStepMissing));
    // Question 7: part 2.
    assert_eq!(steps_for_question(6), vec![Step::Planning]);
    assert_eq!(closed_by(7), &[] as &[PartGap]);
    // Every gap stands behind at least one question.
    for g in PartGap::ALL {
        assert!((0..QUESTION_COUNT).any(|n| closed_by(n).contains(&g)), "{g:?}");
    }
}

/// Breaking exactly what is behind one question opens that question, and leaves any question
/// that does not depend on it closed.
#[test]
fn each_question_opens_exactly_when_its_parts_are_missing() {
    type Breaker = fn(&mut Agreement);
    let breakers: [(usize, Breaker); 7] = [
        (0, |a| act(a, Action::RemoveItem(ListId::CareActions, 0))),
        (1, |a| text(a, TextField::OwnWords, "  ")),
        (2, |a| act(a, Action::RemoveItem(ListId::Routes, 0))),
        (3, |a| act(a, Action::RemoveItem(ListId::CareContacts, 0))),
        (4, |a| text(a, TextField::NextStep, "")),
        (5, |a| act(a, Action::SetChoice(ChoiceField::Initiator, Choice::Initiator(None)))),
        (6, |a| act(a, Action::RemoveItem(ListId::Plans, 0))),
    ];
    for (q, brk) in breakers {
        let mut a = typical();
        brk(&mut a);
        let k = kvitto(&a);
        assert!(!k.in_place, "q{}", q + 1);
        assert!(!k.questions[q].closed, "q{} must open", q + 1);
        assert!(!k.questions[q].open_gaps.is_empty());
        for other in &k.questions {
            let depends = other.open_gaps.iter().any(|g| closed_by(q).contains(g));
            assert_eq!(other.closed, !depends, "q{} after breaking q{}", other.n + 1, q + 1);
        }
    }
}

#[test]
fn each_patient_answer_other_than_ja_opens_its_question_and_care_answers_do_not() {
    for n in 0..QUESTION_COUNT {
        for (side, v, opens) in [
            (Perspective::Patient, Some(Tri::No), true),
            (Perspective::Patient, None, true),
            (Perspective::Professional, Some(Tri::DontKnow), false),
            (Perspective::Before, Some(Tri::No), false),
        ] {
            let mut a = typical();
            act(&mut a, Action::SetAnswer(side, n, v, None));
            act(&mut a, Action::MarkAgreed);
            let k = kvitto(&a);
            assert_eq!(k.in_place, !opens, "{side:?} {v:?} on q{}", n + 1);
            assert_eq!(k.part_gaps, vec![], "documentation is still complete");
            let open: Vec<usize> = k.questions.iter().filter(|q| !q.closed).map(|q| q.n).collect();
            assert_eq!(open, if opens { vec![n] } else { vec![] }, "{side:?} {v:?}");
        }
    }
}

#[test]
fn disagreements_are_flagged_only_when_both_answered_differently() {
    let mut a = typical();
    act(&mut a, Action::SetAnswer(Perspective::Patient, 4, Some(Tri::No), None));
    act(&mut a, Action::SetAnswer(Perspective::Patient, 5, None, None));
    let k = kvitto(&a);
    assert!(k.questions[4].disagreement);
    assert!(!k.questions[5].disagreement, "an unanswered side is not a disagreement");
    assert!(!k.questions[0].disagreement);
}

#[test]
fn preparing_alone_is_never_in_place() {
    let mut a = typical();
    act(&mut a, Action::SetMode(Mode::Prepare));
    for n in 0..QUESTION_COUNT {
        act(&mut a, Action::SetAnswer(Perspective::Before, n, Some(Tri::Yes), None));
    }
    let k = kvitto(&a);
    assert!(!k.in_place);
    assert!(!k.not_agreed, "a preparation is not a draft of an agreement waiting to be marked");
    assert!(k.questions.iter().all(|q| !q.disagreement && !q.closed));
}

#[test]
fn part_gaps_close_the_way_the_spec_says() {
    use PartGap::*;
    let mut a = typical();
    // A fast vårdkontakt is "vid behov": saying none is needed documents the part.
    act(&mut a, Action::RemoveItem(ListId::CareContacts, 0));
    assert!(FixedContactMissing.is_open(&a));
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactNeeded, Choice::Tri(Some(Tri::No))));
    assert!(!FixedContactMissing.is_open(&a));
    // Coordination needed but nobody coordinates.
    text(&mut a, TextField::Coordinator, "");
    assert!(CoordinatorMissing.is_open(&a));
    act(&mut a, Action::SetChoice(ChoiceField::CoordinationNeed, Choice::Tri(Some(Tri::No))));
    assert!(!CoordinatorMissing.is_open(&a));
    act(&mut a, Action::SetChoice(ChoiceField::CoordinationNeed, Choice::Tri(None)));
    assert!(CoordinationNeedUnanswered.is_open(&a));
    // A period in words is as good as a date.
    text(&mut a, TextField::NextTime, "");
    text(&mut a, TextField::NextDate, "");
    assert!(NextTimeMissing.is_open(&a));
    text(&mut a, TextField::NextPeriod, "inom tre månader");
    assert!(!NextTimeMissing.is_open(&a));
    act(&mut a, Action::SetChoice(ChoiceField::NextMode, Choice::Mode(None)));
    assert!(NextModeMissing.is_open(&a));
    // Rows with only white space do not document anything.
    act(&mut a, Action::SetItemText(ListId::SelfCare, 0, ItemField::Text, " ".into()));
    assert!(SelfCareMissing.is_open(&a));
    act(&mut a, Action::SetItemText(ListId::WarningSigns, 0, ItemField::Text, "".into()));
    assert!(WarningSignsMissing.is_open(&a));
    act(&mut a, Action::SetItemText(ListId::Routes, 0, ItemField::Details, "".into()));
    assert!(RoutesMissing.is_open(&a));
}

#[test]
fn every_gap_links_to_the_step_that_closes_it() {
    for g in PartGap::ALL {
        let step = g.step();
        assert!(step.number().is_some() && step != Step::Summary && step != Step::Questions, "{g:?}");
    }
}

/// A fast vårdkontakt is a person: a row with only a unit names nobody (and FHIR leaves it out of
/// the CareTeam), so it neither settles part 3 nor closes question 4; a name or a role does.
#[test]
fn a_unit_alone_is_not_a_fast_vardkontakt() {
    let mut a = empty(Mode::Consultation);
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactNeeded, Choice::Tri(Some(Tri::DontKnow))));
    row(&mut a, ListId::CareContacts, &[(ItemField::Unit, "Vårdcentralen Norr")]);
    assert!(PartGap::FixedContactUnsettled.is_open(&a), "Vet inte and a unit settle nothing");
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactNeeded, Choice::Tri(Some(Tri::Yes))));
    assert!(PartGap::FixedContactMissing.is_open(&a), "needed, but nobody named");
    let team = pk_core::formats::fhir::bundle(&a, NOW);
    assert!(!team.to_string().contains("\"Fast vårdkontakt\""), "no CareTeam member either");
    act(&mut a, Action::SetItemText(ListId::CareContacts, 0, ItemField::Role, "diabetessköterska".into()));
    assert!(!PartGap::FixedContactMissing.is_open(&a) && !PartGap::FixedContactUnsettled.is_open(&a));
    assert!(pk_core::formats::fhir::bundle(&a, NOW).to_string().contains("\"Fast vårdkontakt\""));
}
