//! Property tests of the import path (proptest): no input makes it panic, and every agreement
//! the app can hold survives export → import unchanged. Case counts are set here and reported
//! by the test names; PROPTEST_CASES overrides them.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use patientkontrakt::domain::envelope::{decode, encode, DecodeLimits};
use patientkontrakt::domain::*;
use proptest::prelude::*;

fn cases(n: u32) -> ProptestConfig {
    let n = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(n);
    ProptestConfig { cases: n, failure_persistence: None, ..ProptestConfig::default() }
}

/// Any text, including control characters, markup and astral-plane characters.
fn any_text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::string::string_regex(&format!(".{{0,{max}}}")).expect("regex"),
        proptest::collection::vec(any::<char>(), 0..max).prop_map(|v| v.into_iter().collect()),
        Just("<script>alert(1)</script>\"'&\u{0}\u{202e}".to_string()),
    ]
}

fn tri() -> impl Strategy<Value = Option<Tri>> {
    prop_oneof![Just(None), Just(Some(Tri::Yes)), Just(Some(Tri::No)), Just(Some(Tri::DontKnow))]
}

/// Random actions, applied through `apply` exactly as the UI applies them.
fn action() -> impl Strategy<Value = Action> {
    let text_field = proptest::sample::select(TextField::ALL.to_vec());
    let list = proptest::sample::select(ListId::ALL.to_vec());
    let item_field = proptest::sample::select(vec![
        ItemField::Name,
        ItemField::Relation,
        ItemField::Contact,
        ItemField::Text,
        ItemField::Who,
        ItemField::When,
        ItemField::Title,
        ItemField::CareGiver,
        ItemField::Role,
        ItemField::Unit,
        ItemField::Reach,
        ItemField::HsaId,
        ItemField::Details,
    ]);
    let side = prop_oneof![Just(Perspective::Patient), Just(Perspective::Professional)];
    prop_oneof![
        (text_field, any_text(40)).prop_map(|(f, v)| Action::SetText(f, v)),
        (proptest::sample::select(TextField::ALL.to_vec()), "(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])")
            .prop_map(|(f, v)| Action::SetText(f, v)),
        list.clone().prop_map(Action::AddItem),
        list.clone().prop_map(Action::AddItem),
        (list.clone(), 0usize..4).prop_map(|(l, i)| Action::RemoveItem(l, i)),
        (list, 0usize..4, item_field, any_text(30)).prop_map(|(l, i, f, v)| Action::SetItemText(l, i, f, v)),
        (0usize..4, proptest::sample::select(RouteKind::ALL.to_vec())).prop_map(|(i, k)| Action::SetRouteKind(i, k)),
        (side.clone(), 0usize..8, tri()).prop_map(|(p, n, v)| Action::SetAnswer(p, n, v)),
        (side, 0usize..8, any_text(20)).prop_map(|(p, n, v)| Action::SetAnswerComment(p, n, v)),
        (proptest::sample::select(vec![ChoiceField::CoordinationNeed, ChoiceField::FixedContactNeeded]), tri())
            .prop_map(|(f, v)| Action::SetChoice(f, Choice::Tri(v))),
        prop_oneof![Just(Mode::Prepare), Just(Mode::Consultation)].prop_map(Action::SetMode),
        prop_oneof![Just(Language::Sv), Just(Language::En)].prop_map(Action::SetLanguage),
        Just(Action::MarkAgreed),
        Just(Action::Reopen),
    ]
}

proptest! {
    #![proptest_config(cases(3000))]

    #[test]
    fn no_bytes_make_import_panic_3000_cases(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = decode(&bytes, DecodeLimits::FILE);
    }
}

proptest! {
    #![proptest_config(cases(3000))]

    /// Damaged copies of a real file: flipped, cut, inserted and deleted bytes.
    #[test]
    fn damaged_real_files_never_panic_3000_cases(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..4), 1..8)
    ) {
        let mut bytes = encode(&maximal()).expect("encodes").into_bytes();
        for (at, byte, kind) in edits {
            if bytes.is_empty() { break; }
            let i = at.index(bytes.len());
            match kind {
                0 => bytes[i] = byte,
                1 => bytes.truncate(i),
                2 => bytes.insert(i, byte),
                _ => { bytes.remove(i); }
            }
        }
        let _ = decode(&bytes, DecodeLimits::FILE);
    }
}

proptest! {
    #![proptest_config(cases(1000))]

    #[test]
    fn any_agreement_survives_export_and_import_unchanged_1000_cases(actions in proptest::collection::vec(action(), 0..60)) {
        let mut a = empty(Mode::Consultation);
        for act in actions {
            let _ = apply(&mut a, act, LATER);
        }
        let first = encode(&a).expect("encodes");
        let back = decode(first.as_bytes(), DecodeLimits::FILE).expect("an agreement the app made must open again");
        prop_assert_eq!(&back, &a);
        prop_assert_eq!(encode(&back).expect("encodes"), first);
    }
}
