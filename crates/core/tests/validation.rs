//! Every validation code, and the identifier checks behind them.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::domain::checks::*;
use pk_core::domain::*;

fn codes(a: &Agreement) -> Vec<(FieldRef, ErrorCode)> {
    validate(a).into_iter().map(|p| (p.field, p.code)).collect()
}

#[test]
fn a_typical_agreement_has_no_problems() {
    assert_eq!(codes(&typical()), vec![]);
    assert_eq!(codes(&maximal()), vec![]);
    assert_eq!(codes(&empty(Mode::Consultation)), vec![], "everything is optional");
}

#[test]
fn personal_number_format_date_and_checksum() {
    let pn = FieldRef::Text(TextField::PersonalNumber);
    for (input, expected) in [
        ("19121212-1212", None),
        ("191212121212", None),
        (" 19121212-1212 ", None),
        ("20000229-0005", None),
        ("121212-1212", Some(ErrorCode::PersonalNumberFormat)),
        ("1912121212120", Some(ErrorCode::PersonalNumberFormat)),
        ("19121212+1212", Some(ErrorCode::PersonalNumberFormat)),
        ("1912121X-1212", Some(ErrorCode::PersonalNumberFormat)),
        ("19121312-1212", Some(ErrorCode::PersonalNumberDate)),
        ("19010229-1234", Some(ErrorCode::PersonalNumberDate)),
        ("00021122-1234", Some(ErrorCode::PersonalNumberDate)),
        ("19121212-1213", Some(ErrorCode::PersonalNumberChecksum)),
    ] {
        let mut a = empty(Mode::Prepare);
        text(&mut a, TextField::PersonalNumber, input);
        let got = codes(&a);
        match expected {
            None => assert_eq!(got, vec![], "{input}"),
            Some(c) => assert_eq!(got, vec![(pn, c)], "{input}"),
        }
    }
}

#[test]
fn samordningsnummer_day_plus_sixty_is_accepted() {
    // 1912-12-12 as a samordningsnummer: day 72. Control digit computed for 1212721212x.
    let base = "121272121";
    let check = (0..10).find(|d| check_personal_number(&format!("19{base}{d}")).is_ok());
    assert!(check.is_some(), "some control digit must pass for a samordningsnummer");
    assert_eq!(check_personal_number("19121292-1210"), Err(PersonalNumberError::Date), "day 92 is not a date");
}

#[test]
fn personal_number_normalises_to_twelve_digits() {
    assert_eq!(check_personal_number("19121212-1212").as_deref(), Ok("191212121212"));
}

#[test]
fn hsa_ids_are_checked_in_consultation_only() {
    let field = FieldRef::Item(ListId::CareContacts, 0, ItemField::HsaId);
    let mut a = empty(Mode::Consultation);
    row(&mut a, ListId::CareContacts, &[(ItemField::Name, "Karin"), (ItemField::HsaId, "karin@example")]);
    text(&mut a, TextField::AgreedHsaId, "SE123");
    assert_eq!(
        codes(&a),
        vec![(field, ErrorCode::HsaIdFormat), (FieldRef::Text(TextField::AgreedHsaId), ErrorCode::HsaIdFormat)]
    );
    act(&mut a, Action::SetMode(Mode::Prepare));
    assert_eq!(codes(&a), vec![], "prepare does not show HSA-id fields, so does not check them");
}

#[test]
fn hsa_id_form() {
    for ok in ["SE2321000016-1003", "SE162321000016-15CQ", "SE2321000016-A"] {
        assert!(is_hsa_id(ok), "{ok}");
    }
    for bad in [
        "",
        "SE2321000016",
        "SE232100001-1003",
        "se2321000016-1003",
        "SE2321000016-",
        "SE2321000016-12 3",
        "SE2321000016-123456789012345678901",
    ] {
        assert!(!is_hsa_id(bad), "{bad}");
    }
}

#[test]
fn empty_rows_are_reported_on_their_first_field() {
    for list in ListId::ALL {
        let mut a = empty(Mode::Consultation);
        act(&mut a, Action::AddItem(list));
        assert_eq!(codes(&a), vec![(FieldRef::Item(list, 0, list.fields()[0]), ErrorCode::RowEmpty)], "{list:?}");
        let last = *list.fields().iter().rev().find(|f| **f != ItemField::HsaId).unwrap();
        act(&mut a, Action::SetItemText(list, 0, last, "något".into()));
        assert_eq!(codes(&a), vec![], "a row with any field filled is not empty: {list:?}");
        act(&mut a, Action::SetItemText(list, 0, last, "   ".into()));
        assert_eq!(codes(&a).len(), 1, "white space alone is empty: {list:?}");
    }
}

#[test]
fn a_time_needs_a_date() {
    let mut a = empty(Mode::Consultation);
    text(&mut a, TextField::NextTime, "10:15");
    assert_eq!(codes(&a), vec![(FieldRef::Text(TextField::NextTime), ErrorCode::TimeWithoutDate)]);
    text(&mut a, TextField::NextDate, "2027-03-01");
    assert_eq!(codes(&a), vec![]);
}

#[test]
fn malformed_dates_and_times_from_elsewhere_are_reported() {
    // `apply` refuses these, but a replaced agreement is checked as well.
    let mut a = empty(Mode::Consultation);
    a.schedule.next_time.date = Some("2027-13-01".into());
    a.schedule.next_time.time = Some("7.30".into());
    a.agreed_by.date = Some("i morgon".into());
    assert_eq!(
        codes(&a),
        vec![
            (FieldRef::Text(TextField::NextDate), ErrorCode::DateFormat),
            (FieldRef::Text(TextField::NextTime), ErrorCode::TimeFormat),
            (FieldRef::Text(TextField::AgreedDate), ErrorCode::DateFormat),
        ]
    );
}

#[test]
fn problems_come_in_dialogue_order_and_filter_by_step() {
    let mut a = empty(Mode::Consultation);
    act(&mut a, Action::AddItem(ListId::Routes));
    act(&mut a, Action::AddItem(ListId::Goals));
    text(&mut a, TextField::PersonalNumber, "123");
    let steps: Vec<Step> = validate(&a).iter().map(|p| p.field.step()).collect();
    assert_eq!(steps, vec![Step::WhatMatters, Step::WhatMatters, Step::Contacts]);
    assert_eq!(validate_step(&a, Step::Contacts).len(), 1);
    assert_eq!(validate_step(&a, Step::Planning), vec![]);
}

#[test]
fn agreement_problems_name_each_missing_part_of_the_agreed_by_block() {
    let mut a = typical();
    text(&mut a, TextField::AgreedProfessionalName, "");
    let got: Vec<ErrorCode> = validate_for_agreement(&a).iter().map(|p| p.code).collect();
    assert_eq!(got, vec![ErrorCode::AgreedProfessionalNameMissing]);
}

#[test]
fn every_error_code_is_produced_by_some_agreement() {
    // The agreements of the tests above, one per way of going wrong; the codes they produce are
    // collected, so a new code without an agreement that produces it fails here.
    let mut cases: Vec<Agreement> = Vec::new();
    for pn in ["121212-1212", "19121312-1212", "19121212-1213"] {
        let mut a = empty(Mode::Prepare);
        text(&mut a, TextField::PersonalNumber, pn);
        cases.push(a);
    }
    let mut a = empty(Mode::Consultation);
    row(&mut a, ListId::CareContacts, &[(ItemField::Name, "Karin"), (ItemField::HsaId, "karin@example")]);
    act(&mut a, Action::AddItem(ListId::Goals));
    text(&mut a, TextField::NextTime, "10:15");
    cases.push(a);
    let mut a = empty(Mode::Consultation);
    a.schedule.next_time.date = Some("2027-13-01".into());
    a.schedule.next_time.time = Some("7.30".into());
    cases.push(a);
    cases.push(empty(Mode::Consultation)); // nothing in the "agreed by" block
    let mut seen: Vec<ErrorCode> = cases.iter().flat_map(validate_for_agreement).map(|p| p.code).collect();
    seen.sort_by_key(|c| ErrorCode::ALL.iter().position(|x| x == c));
    seen.dedup();
    assert_eq!(seen, ErrorCode::ALL.to_vec());
}

#[test]
fn iso_dates_and_times() {
    for ok in ["2024-02-29", "2000-02-29", "1999-12-31", "2026-01-01", "0002-11-22"] {
        assert!(is_iso_date(ok), "{ok}");
    }
    assert!(is_plausible_date("2026-01-01") && is_plausible_date("1900-01-01") && is_plausible_date("2200-12-31"));
    assert!(!is_plausible_date("0002-11-22") && !is_plausible_date("2201-01-01") && !is_plausible_date("2026-02-30"));
    for bad in ["2023-02-29", "1900-02-29", "2026-1-01", "2026-00-10", "2026-04-31", "20260101", "", "2026-01-01T"] {
        assert!(!is_iso_date(bad), "{bad}");
    }
    for ok in ["00:00", "23:59", "09:05"] {
        assert!(is_time_of_day(ok), "{ok}");
    }
    for bad in ["24:00", "12:60", "9:05", "12.30", ""] {
        assert!(!is_time_of_day(bad), "{bad}");
    }
}
