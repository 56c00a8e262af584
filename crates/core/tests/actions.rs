//! Every action of the domain's `apply`, on the host.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::domain::*;

#[test]
fn new_agreement_is_an_empty_draft_with_given_id_and_time() {
    let a = empty(Mode::Prepare);
    assert_eq!(a.id, "3f0c8a4e-9b1d-4c57-8e2a-6d1f0b9c7a21");
    assert_eq!((a.created.as_str(), a.updated.as_str()), (NOW, NOW));
    assert_eq!(a.status, Status::Draft);
    assert!(ListId::ALL.iter().all(|l| l.is_empty(&a)));
    assert!(a.answers.patient.iter().chain(&a.answers.professional).all(|x| x.value.is_none()));
}

#[test]
fn set_text_sets_every_text_field_and_stamps_updated() {
    for f in TextField::ALL {
        let mut a = empty(Mode::Consultation);
        let v = match f.input() {
            InputKind::Date => "2027-01-31",
            InputKind::Time => "08:05",
            _ => "Något viktigt",
        };
        assert_eq!(apply(&mut a, Action::SetText(f, v.into()), LATER), Outcome::Changed, "{f:?}");
        assert_eq!(f.get(&a), v, "{f:?}");
        assert_eq!(a.updated, LATER);
        assert_eq!(a.created, NOW, "created never changes");
        // Same value again: nothing to do, and updated is not touched.
        assert_eq!(apply(&mut a, Action::SetText(f, v.into()), "2030-01-01T00:00:00Z"), Outcome::Unchanged);
        assert_eq!(a.updated, LATER);
    }
}

#[test]
fn text_is_kept_exactly_as_typed() {
    let mut a = empty(Mode::Prepare);
    let typed = "  två  mellanslag\nny rad\t<b>inte html</b>  ";
    act(&mut a, Action::SetText(TextField::OwnWords, typed.into()));
    assert_eq!(a.what_matters.own_words, typed);
}

#[test]
fn text_beyond_the_limit_is_cut_at_a_character_boundary() {
    let mut a = empty(Mode::Prepare);
    let long = "å".repeat(limits::LONG_TEXT + 5);
    act(&mut a, Action::SetText(TextField::OwnWords, long));
    assert_eq!(a.what_matters.own_words.chars().count(), limits::LONG_TEXT);
    let long_name = "é".repeat(limits::SHORT_TEXT + 1);
    act(&mut a, Action::SetText(TextField::PatientName, long_name));
    assert_eq!(a.patient.name.chars().count(), limits::SHORT_TEXT);
}

#[test]
fn dates_and_times_only_take_real_values_and_clear_to_null() {
    let mut a = empty(Mode::Consultation);
    for (f, bad) in [
        (TextField::NextDate, "2027-02-30"),
        (TextField::NextDate, "31/12/2026"),
        (TextField::AgreedDate, "igår"),
        (TextField::NextTime, "25:00"),
    ] {
        let out = apply(&mut a, Action::SetText(f, bad.into()), LATER);
        let expected = if f == TextField::NextTime { ErrorCode::TimeFormat } else { ErrorCode::DateFormat };
        assert_eq!(out, Outcome::Refused(vec![Problem { field: FieldRef::Text(f), code: expected }]), "{bad}");
        assert_eq!(f.get(&a), "");
    }
    act(&mut a, Action::SetText(TextField::NextDate, " 2028-02-29 ".into()));
    assert_eq!(a.schedule.next_time.date.as_deref(), Some("2028-02-29"));
    act(&mut a, Action::SetText(TextField::NextDate, "  ".into()));
    assert_eq!(a.schedule.next_time.date, None);
}

#[test]
fn choices_set_their_group_and_ignore_values_of_the_wrong_kind() {
    let mut a = empty(Mode::Consultation);
    act(&mut a, Action::SetChoice(ChoiceField::CoordinationNeed, Choice::Tri(Some(Tri::DontKnow))));
    assert_eq!(a.planning.coordination_need, Some(Tri::DontKnow));
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactNeeded, Choice::Tri(Some(Tri::No))));
    assert_eq!(a.contacts.fixed_contact_needed, Some(Tri::No));
    act(&mut a, Action::SetChoice(ChoiceField::NextMode, Choice::Mode(Some(ContactMode::Video))));
    assert_eq!(a.schedule.next_time.mode, Some(ContactMode::Video));
    act(&mut a, Action::SetChoice(ChoiceField::Initiator, Choice::Initiator(Some(Initiator::Patient))));
    assert_eq!(a.schedule.next_time.initiator, Some(Initiator::Patient));
    act(&mut a, Action::SetChoice(ChoiceField::Initiator, Choice::Initiator(None)));
    assert_eq!(a.schedule.next_time.initiator, None);

    let before = a.clone();
    for (field, wrong) in [
        (ChoiceField::CoordinationNeed, Choice::Mode(Some(ContactMode::Phone))),
        (ChoiceField::NextMode, Choice::Tri(Some(Tri::Yes))),
        (ChoiceField::Initiator, Choice::Tri(None)),
        (ChoiceField::FixedContactNeeded, Choice::Initiator(Some(Initiator::Care))),
    ] {
        assert_eq!(apply(&mut a, Action::SetChoice(field, wrong), LATER), Outcome::Unchanged);
    }
    assert_eq!(a, before);
}

#[test]
fn every_list_adds_edits_and_removes_rows() {
    for list in ListId::ALL {
        let mut a = empty(Mode::Consultation);
        act(&mut a, Action::AddItem(list));
        act(&mut a, Action::AddItem(list));
        assert_eq!(list.len(&a), 2, "{list:?}");
        for f in list.fields() {
            act(&mut a, Action::SetItemText(list, 1, *f, format!("rad två {}", f.key())));
            assert_eq!(list.get(&a, 1, *f), Some(format!("rad två {}", f.key()).as_str()));
            assert_eq!(list.get(&a, 0, *f), Some(""));
        }
        act(&mut a, Action::RemoveItem(list, 0));
        assert_eq!(list.len(&a), 1);
        let first = list.fields()[0];
        assert_eq!(list.get(&a, 0, first), Some(format!("rad två {}", first.key()).as_str()), "the right row went");
    }
}

#[test]
fn rows_that_do_not_exist_change_nothing() {
    let mut a = typical();
    let before = a.clone();
    for list in ListId::ALL {
        let n = list.len(&a);
        assert_eq!(apply(&mut a, Action::RemoveItem(list, n), LATER), Outcome::Unchanged);
        assert_eq!(apply(&mut a, Action::RemoveItem(list, usize::MAX), LATER), Outcome::Unchanged);
        assert_eq!(
            apply(&mut a, Action::SetItemText(list, n + 3, list.fields()[0], "x".into()), LATER),
            Outcome::Unchanged
        );
    }
    // A field the list does not have.
    assert_eq!(
        apply(&mut a, Action::SetItemText(ListId::Goals, 0, ItemField::HsaId, "x".into()), LATER),
        Outcome::Unchanged
    );
    assert_eq!(apply(&mut a, Action::SetRouteKind(99, RouteKind::Video), LATER), Outcome::Unchanged);
    assert_eq!(
        apply(&mut a, Action::SetAnswer(Perspective::Patient, 7, Some(Tri::No), None), LATER),
        Outcome::Unchanged
    );
    assert_eq!(
        apply(&mut a, Action::SetAnswerComment(Perspective::Professional, 99, "x".into(), None), LATER),
        Outcome::Unchanged
    );
    assert_eq!(a, before);
}

#[test]
fn a_list_stops_growing_at_its_limit() {
    let mut a = empty(Mode::Prepare);
    for _ in 0..limits::LIST_ITEMS {
        act(&mut a, Action::AddItem(ListId::Goals));
    }
    assert_eq!(apply(&mut a, Action::AddItem(ListId::Goals), LATER), Outcome::Unchanged);
    assert_eq!(ListId::Goals.len(&a), limits::LIST_ITEMS);
}

#[test]
fn route_kind_is_set_per_row() {
    let mut a = empty(Mode::Consultation);
    act(&mut a, Action::AddItem(ListId::Routes));
    assert_eq!(a.contacts.routes[0].kind, RouteKind::Phone, "a new route starts as phone");
    act(&mut a, Action::SetRouteKind(0, RouteKind::EService));
    assert_eq!(a.contacts.routes[0].kind, RouteKind::EService);
    for k in RouteKind::ALL {
        assert_eq!(RouteKind::from_key(k.key()), Some(k));
    }
    assert_eq!(RouteKind::from_key("fax"), None);
}

#[test]
fn answers_and_comments_are_kept_per_side_and_question() {
    let mut a = empty(Mode::Consultation);
    act(&mut a, Action::SetAnswer(Perspective::Patient, 2, Some(Tri::No), None));
    act(&mut a, Action::SetAnswer(Perspective::Professional, 2, Some(Tri::Yes), None));
    act(&mut a, Action::SetAnswerComment(Perspective::Patient, 2, "Svårt att komma fram".into(), None));
    assert_eq!(a.answers.patient[2].value, Some(Tri::No));
    assert_eq!(a.answers.professional[2].value, Some(Tri::Yes));
    assert_eq!(a.answers.patient[2].comment, "Svårt att komma fram");
    assert_eq!(a.answers.professional[2].comment, "");
    assert!(a.answers.patient.iter().enumerate().all(|(i, x)| i == 2 || x.value.is_none()));
    act(&mut a, Action::SetAnswer(Perspective::Patient, 2, None, None));
    assert_eq!(a.answers.patient[2].value, None);
}

#[test]
fn mode_and_language_switch_without_touching_content() {
    let mut a = typical();
    let content = a.what_matters.clone();
    act(&mut a, Action::SetMode(Mode::Prepare));
    act(&mut a, Action::SetLanguage(Language::EN));
    assert_eq!((a.mode, a.language), (Mode::Prepare, Language::EN));
    assert_eq!(a.what_matters, content);
    assert_eq!(apply(&mut a, Action::SetLanguage(Language::EN), LATER), Outcome::Unchanged);
}

#[test]
fn mark_agreed_needs_a_complete_agreed_by_block() {
    let mut a = empty(Mode::Consultation);
    match apply(&mut a, Action::MarkAgreed, LATER) {
        Outcome::Refused(problems) => {
            let codes: Vec<ErrorCode> = problems.iter().map(|p| p.code).collect();
            assert_eq!(
                codes,
                vec![
                    ErrorCode::AgreedPatientNameMissing,
                    ErrorCode::AgreedProfessionalNameMissing,
                    ErrorCode::AgreedDateMissing
                ]
            );
        }
        other => panic!("expected refusal, got {other:?}"),
    }
    assert_eq!(a.status, Status::Draft);

    let mut a = typical();
    act(&mut a, Action::MarkAgreed);
    assert_eq!(a.status, Status::Agreed);
    assert_eq!(apply(&mut a, Action::MarkAgreed, LATER), Outcome::Unchanged);
}

#[test]
fn mark_agreed_is_refused_while_other_fields_have_problems() {
    let mut a = typical();
    act(&mut a, Action::AddItem(ListId::Goals)); // an empty row
    assert!(
        matches!(apply(&mut a, Action::MarkAgreed, LATER), Outcome::Refused(p) if p[0].code == ErrorCode::RowEmpty)
    );
}

#[test]
fn preparing_alone_cannot_mark_an_agreement() {
    let mut a = typical();
    act(&mut a, Action::SetMode(Mode::Prepare));
    assert_eq!(apply(&mut a, Action::MarkAgreed, LATER), Outcome::Unchanged);
    assert_eq!(a.status, Status::Draft);
}

#[test]
fn an_agreed_agreement_does_not_change_until_reopened_and_language_is_not_content() {
    let mut a = typical();
    act(&mut a, Action::MarkAgreed);
    act(&mut a, Action::SetLanguage(Language::EN));
    assert_eq!(a.status, Status::Agreed, "showing it in English changes nothing agreed");
    let agreed = a.clone();
    // What was agreed is what it says: content edits change nothing, silently or otherwise.
    for action in [
        Action::SetItemText(ListId::SelfCare, 0, ItemField::Text, "Väger mig varannan dag".into()),
        Action::SetText(TextField::NextStep, "Något annat".into()),
        Action::SetAnswer(Perspective::Patient, 0, Some(Tri::No), None),
        Action::AddItem(ListId::Goals),
        Action::SetMode(Mode::Prepare),
        Action::SetFlag(FlagField::NoOtherPlans, true),
    ] {
        assert_eq!(apply(&mut a, action, LATER), Outcome::Unchanged);
    }
    assert_eq!(a, agreed);
    // "Ändra överenskommelsen": a draft again, and then it can change.
    act(&mut a, Action::Reopen);
    act(&mut a, Action::SetItemText(ListId::SelfCare, 0, ItemField::Text, "Väger mig varannan dag".into()));
    assert_eq!(a.status, Status::Draft);
}

#[test]
fn reopen_returns_to_draft() {
    let mut a = typical();
    act(&mut a, Action::MarkAgreed);
    act(&mut a, Action::Reopen);
    assert_eq!(a.status, Status::Draft);
    assert_eq!(apply(&mut a, Action::Reopen, LATER), Outcome::Unchanged);
}

#[test]
fn replace_swaps_the_whole_agreement() {
    let mut a = empty(Mode::Prepare);
    let next = typical();
    act(&mut a, Action::Replace(Box::new(next.clone())));
    assert_eq!(a.what_matters, next.what_matters);
    assert_eq!(a.id, next.id);
    assert_eq!(a.updated, next.updated, "the replaced agreement keeps its own timestamps");
    let same = Box::new(a.clone());
    assert_eq!(apply(&mut a, Action::Replace(same), LATER), Outcome::Unchanged);
}

#[test]
fn language_tags_parse() {
    assert_eq!(Language::from_tag("sv-SE"), Some(Language::SV));
    assert_eq!(Language::from_tag("EN_gb"), Some(Language::EN));
    assert_eq!(Language::from_tag("fi-FI").map(Language::tag), Some("fi"));
    assert_eq!(Language::from_tag("de"), None);
    assert_eq!(Language::from_tag(""), None);
    assert_eq!(Language::SV.tag(), "sv");
}

#[test]
fn steps_run_in_order_both_ways() {
    assert_eq!(Step::Start.next(), Some(Step::WhatMatters));
    assert_eq!(Step::WhatMatters.prev(), Some(Step::Start));
    assert_eq!(Step::Start.prev(), None);
    assert_eq!(Step::Summary.next(), None);
    let mut s = Step::Start;
    let mut seen = vec![];
    while let Some(n) = s.next() {
        seen.push(n);
        assert_eq!(n.prev(), Some(s));
        s = n;
    }
    assert_eq!(seen, Step::NUMBERED.to_vec());
    assert_eq!(Step::Schedule.number(), Some(5));
}
