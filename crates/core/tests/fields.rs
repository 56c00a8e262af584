//! The field table (`domain::field`): every field's JSON path, step, limit and input kind, and
//! the summary's rows per step, checked against a real export.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::domain::envelope::encode;
use pk_core::domain::*;
use serde_json::Value;
use std::collections::HashSet;

/// The value at a dotted path with `[i]` indexes, in a JSON document.
fn at<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(doc, |v, seg| match seg.split_once('[') {
        Some((key, idx)) => v.get(key)?.get(idx.trim_end_matches(']').parse::<usize>().ok()?),
        None => v.get(seg),
    })
}

fn exported(a: &Agreement) -> Value {
    serde_json::from_str(&encode(a).expect("encodes")).expect("export is JSON")
}

#[test]
fn every_text_field_path_resolves_to_its_value_in_an_export() {
    let a = maximal();
    let doc = exported(&a);
    for f in TextField::ALL {
        let v = at(&doc, f.json_path()).unwrap_or_else(|| panic!("{f:?}: {} not in the export", f.json_path()));
        let expected = f.get(&a);
        match v {
            Value::String(s) => assert_eq!(s, expected, "{f:?}"),
            Value::Null => assert!(f.is_date_or_time() && expected.is_empty(), "{f:?} is null"),
            other => panic!("{f:?}: {other} is not text"),
        }
    }
}

#[test]
fn a_change_through_a_field_shows_at_its_path_and_nowhere_else() {
    for f in TextField::ALL {
        let mut a = empty(Mode::Consultation);
        let before = exported(&a);
        let value = match f.input() {
            InputKind::Date => "2027-01-02",
            InputKind::Time => "09:30",
            _ => "unik text",
        };
        text(&mut a, f, value);
        let after = exported(&a);
        assert_eq!(at(&after, f.json_path()), Some(&Value::String(value.into())), "{f:?}");
        // Only the field itself (and the `updated` stamp) differ.
        let mut changed = after.clone();
        let mut base = before.clone();
        changed["updated"] = Value::Null;
        base["updated"] = Value::Null;
        assert_ne!(changed, base, "{f:?}");
        let (parent, key) = f.json_path().rsplit_once('.').unwrap_or(("", f.json_path()));
        let slot = |doc: &mut Value| -> Value {
            let target = if parent.is_empty() { doc } else { at_mut(doc, parent) };
            target[key].take()
        };
        slot(&mut changed);
        slot(&mut base);
        assert_eq!(changed, base, "{f:?} changed something besides {}", f.json_path());
    }
}

fn at_mut<'a>(doc: &'a mut Value, path: &str) -> &'a mut Value {
    path.split('.').fold(doc, |v, seg| &mut v[seg])
}

#[test]
fn every_list_row_field_path_resolves_in_an_export() {
    let a = maximal();
    let doc = exported(&a);
    for list in ListId::ALL {
        assert_eq!(at(&doc, list.json_path()).and_then(Value::as_array).map(Vec::len), Some(list.len(&a)), "{list:?}");
        assert!(list.len(&a) > 0, "the maximal agreement fills {list:?}");
        for i in 0..list.len(&a) {
            for &f in list.fields() {
                let path = list.item_path(i, f);
                let v = at(&doc, &path).and_then(Value::as_str);
                assert_eq!(v, list.get(&a, i, f), "{path}");
            }
        }
    }
}

#[test]
fn names_identifiers_and_contact_details_are_typed_as_such() {
    let fields: Vec<TextField> = TextField::ALL.into_iter().filter(|f| f.input().identifies()).collect();
    assert_eq!(
        fields,
        [
            TextField::PatientName,
            TextField::PersonalNumber,
            TextField::Coordinator,
            TextField::AgreedPatientName,
            TextField::AgreedProfessionalName,
            TextField::AgreedHsaId,
        ]
    );
    let items: Vec<ItemField> = ListId::ALL
        .into_iter()
        .flat_map(|l| l.fields().iter().copied())
        .filter(|f| f.input().identifies())
        .fold(Vec::new(), |mut v, f| {
            if !v.contains(&f) {
                v.push(f);
            }
            v
        });
    assert_eq!(
        items,
        [ItemField::Name, ItemField::Contact, ItemField::Who, ItemField::Reach, ItemField::HsaId, ItemField::Details]
    );
    assert!(!InputKind::Line.identifies() && !InputKind::Lines.identifies(), "free text keeps its spell check");
}

#[test]
fn limits_and_input_kinds_follow_the_table() {
    for f in TextField::ALL {
        let expected = match f.input() {
            InputKind::Lines => limits::LONG_TEXT,
            InputKind::Date | InputKind::Time | InputKind::Code | InputKind::Name | InputKind::Contact => {
                limits::SHORT_TEXT
            }
            InputKind::Line | InputKind::IdentifyingLine => f.max_chars(),
        };
        assert_eq!(f.max_chars(), expected, "{f:?}");
    }
    let dates: Vec<TextField> = TextField::ALL.into_iter().filter(|f| f.is_date_or_time()).collect();
    assert_eq!(
        dates,
        [
            TextField::PreparedDate,
            TextField::PreparedTime,
            TextField::NextDate,
            TextField::NextTime,
            TextField::AgreedDate
        ]
    );
    let keys: HashSet<&str> = TextField::ALL.iter().map(|f| f.key()).collect();
    assert_eq!(keys.len(), TextField::ALL.len(), "text field keys are unique");
    let keys: HashSet<&str> = ListId::ALL.iter().map(|l| l.key()).collect();
    assert_eq!(keys.len(), ListId::ALL.len(), "list keys are unique");
}

#[test]
fn every_field_the_summary_lists_for_a_step_belongs_to_that_step() {
    for mode in Mode::ALL {
        for step in Step::NUMBERED {
            for row in step.summary_rows(mode) {
                assert_eq!(row.step(), step, "{mode:?}: {row:?} listed under {step:?}");
            }
        }
    }
}

#[test]
fn the_summary_lists_every_field_of_the_steps_it_summarises_once() {
    let rows: Vec<SummaryRow> = Step::NUMBERED.iter().flat_map(|s| s.summary_rows(Mode::Consultation)).collect();
    let unique: HashSet<SummaryRow> = rows.iter().copied().collect();
    assert_eq!(unique.len(), rows.len(), "no row twice");
    for f in TextField::ALL {
        // The "agreed by" fields are edited on the summary itself; each next time is one row.
        if f.step() == Step::Summary {
            continue;
        }
        if let Some(slot) = TimeSlot::of_field(f) {
            assert!(rows.contains(&SummaryRow::Time(slot)), "{f:?}");
        } else {
            assert!(rows.contains(&SummaryRow::Text(f)), "{f:?} is not in the summary");
        }
    }
    for l in ListId::ALL {
        assert!(rows.contains(&SummaryRow::List(l)), "{l:?} is not in the summary");
    }
    for c in ChoiceField::ALL {
        // The consultation shows how and who of the patient's own time on that time's row.
        let on_time_row =
            TimeSlot::Prepared.choices().contains(&c) && rows.contains(&SummaryRow::Time(TimeSlot::Prepared));
        assert!(rows.contains(&SummaryRow::Choice(c)) || on_time_row, "{c:?} is not in the summary");
    }
    for n in 0..QUESTION_COUNT {
        assert!(rows.contains(&SummaryRow::Question(n)), "question {n}");
    }
    // Preparing alone, the follow-up of the agreement is the professional's to fill in.
    let prepare: Vec<SummaryRow> = Step::NUMBERED.iter().flat_map(|s| s.summary_rows(Mode::Prepare)).collect();
    assert!(!prepare.contains(&SummaryRow::Text(TextField::Review)));
}

#[test]
fn every_choice_reads_back_what_was_set() {
    let mut a = empty(Mode::Consultation);
    let set = [
        (ChoiceField::CoordinationNeed, Choice::Tri(Some(Tri::Yes))),
        (ChoiceField::FixedContactNeeded, Choice::Tri(Some(Tri::No))),
        (ChoiceField::NextMode, Choice::Mode(Some(ContactMode::Video))),
        (ChoiceField::Initiator, Choice::Initiator(Some(Initiator::Care))),
    ];
    for (c, v) in set {
        act(&mut a, Action::SetChoice(c, v));
        assert_eq!(c.get(&a), v, "{c:?}");
    }
}

#[test]
fn enum_keys_are_the_json_values_and_read_back() {
    fn check<T: serde::Serialize + Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        key: fn(T) -> &'static str,
        from: fn(&str) -> Option<T>,
    ) {
        for &v in all {
            assert_eq!(serde_json::to_value(v).ok(), Some(Value::String(key(v).into())), "{v:?}");
            assert_eq!(from(key(v)), Some(v));
        }
        assert_eq!(from("no-such-key"), None);
    }
    check(&Mode::ALL, Mode::key, Mode::from_key);
    check(&Status::ALL, Status::key, Status::from_key);
    check(&Tri::ALL, Tri::key, Tri::from_key);
    check(&ContactMode::ALL, ContactMode::key, ContactMode::from_key);
    check(&Initiator::ALL, Initiator::key, Initiator::from_key);
    check(&RouteKind::ALL, RouteKind::key, RouteKind::from_key);
    check(&Perspective::ALL, Perspective::key, Perspective::from_key);
}
