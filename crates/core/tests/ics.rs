//! The agreed next time as an iCalendar file (`formats::ics`): only an agreed time, with its
//! date and time, how, unit and contact routes, and nothing else of the agreement.

use pk_core::domain::envelope::{decode, DecodeLimits};
use pk_core::domain::{Agreement, Language, Mode, Status};
use pk_core::formats::ics;

fn typical() -> Agreement {
    let path = format!("{}/../../tests/fixtures/typical.json", env!("CARGO_MANIFEST_DIR"));
    decode(&std::fs::read(path).unwrap(), DecodeLimits::FILE).unwrap()
}

/// The unfolded content lines.
fn lines(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"));
    ics.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()).map(String::from).collect()
}

#[test]
fn the_agreed_time_with_how_unit_and_route() {
    let a = typical();
    assert_eq!((a.mode, a.status), (Mode::Consultation, Status::Agreed));
    let ics = ics::next_time(&a, Language::SV, "2026-11-22T10:05:00Z").unwrap();
    let l = lines(&ics);
    assert_eq!(l.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(l.last().map(String::as_str), Some("END:VCALENDAR"));
    let t = &a.schedule.next_time;
    let date = t.date.as_deref().unwrap().replace('-', "");
    let start = match t.time.as_deref() {
        Some(hm) => format!("DTSTART:{date}T{}00", hm.replace(':', "")),
        None => format!("DTSTART;VALUE=DATE:{date}"),
    };
    assert!(l.contains(&start), "{l:?}");
    assert!(l.contains(&"DTSTAMP:20261122T100500Z".to_string()));
    assert!(l.iter().any(|x| x.starts_with("SUMMARY:Nästa tid i vården")));
    let unit = &a.contacts.care_contacts[0].unit;
    assert!(l.contains(&format!("LOCATION:{}", unit.replace(',', "\\,"))), "{l:?}");
    // Nothing of her health or identity.
    for private in [&a.patient.name, &a.patient.personal_number, &a.what_matters.own_words, &a.schedule.next_step] {
        if !private.is_empty() {
            assert!(!ics.contains(private.as_str()), "{private}");
        }
    }
    // Every line within 75 octets.
    assert!(ics.split("\r\n").all(|x| x.len() <= 75));
}

#[test]
fn not_offered_unless_agreed_in_a_consultation_with_a_date() {
    let mut a = typical();
    a.status = Status::Draft;
    assert_eq!(ics::next_time(&a, Language::SV, "2026-11-22T10:05:00Z"), None, "a draft is not an agreement");
    let mut a = typical();
    a.mode = Mode::Prepare;
    assert_eq!(ics::next_time(&a, Language::SV, "2026-11-22T10:05:00Z"), None, "preparing, nothing is agreed");
    // Her own time, typed while preparing, is never offered.
    let mut a = typical();
    a.schedule.prepared_time = a.schedule.next_time.clone();
    a.schedule.next_time = Default::default();
    assert!(!ics::offered(&a));
    // A period alone is not an appointment in a calendar.
    let mut a = typical();
    a.schedule.next_time.date = None;
    a.schedule.next_time.time = None;
    a.schedule.next_time.period = "inom tre månader".into();
    assert!(!ics::offered(&a));
}

#[test]
fn text_is_escaped_and_long_lines_folded_between_characters() {
    let mut a = typical();
    a.contacts.care_contacts[0].unit = "Vårdcentralen Norr; hus 2, plan 3\\A\nBEGIN:VEVENT".into();
    a.contacts.routes[0].details = "å".repeat(200);
    let ics = ics::next_time(&a, Language::EN, "2026-11-22T10:05:00Z").unwrap();
    let l = lines(&ics);
    assert!(l.contains(&"LOCATION:Vårdcentralen Norr\\; hus 2\\, plan 3\\\\A\\nBEGIN:VEVENT".to_string()), "{l:?}");
    assert_eq!(l.iter().filter(|x| *x == "BEGIN:VEVENT").count(), 1, "no event injected");
    assert!(ics.split("\r\n").all(|x| x.len() <= 75));
    assert!(l.iter().any(|x| x.contains(&"å".repeat(200))), "folding keeps every character");
}
