//! Property tests of the import path (proptest): no input makes it panic, and every agreement
//! the app can hold survives export → import unchanged. Each test prints how many inputs it
//! ran; PK_FUZZ_BYTES, PK_FUZZ_FILES and PK_FUZZ_ROUNDTRIP set the counts (scripts/fuzz.sh).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::domain::envelope::{decode, decode_without_paths, encode, DecodeLimits, ImportError};
use pk_core::domain::*;
use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestRunner};

fn cases(n: u32) -> ProptestConfig {
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
        (side.clone(), 0usize..8, tri()).prop_map(|(p, n, v)| Action::SetAnswer(p, n, v, None)),
        (side, 0usize..8, any_text(20)).prop_map(|(p, n, v)| Action::SetAnswerComment(p, n, v, None)),
        (proptest::sample::select(vec![ChoiceField::CoordinationNeed, ChoiceField::FixedContactNeeded]), tri())
            .prop_map(|(f, v)| Action::SetChoice(f, Choice::Tri(v))),
        prop_oneof![Just(Mode::Prepare), Just(Mode::Consultation)].prop_map(Action::SetMode),
        prop_oneof![Just(Language::SV), Just(Language::EN)].prop_map(Action::SetLanguage),
        Just(Action::MarkAgreed),
        Just(Action::Reopen),
    ]
}

/// Runs `body` on `n` values of `strategy` (`env` overrides `n`: scripts/fuzz.sh runs millions),
/// and says how many ran: the count is what the fuzz report quotes.
fn run<S: Strategy>(name: &str, env: &str, n: u32, strategy: S, body: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let n = std::env::var(env).ok().and_then(|v| v.parse().ok()).unwrap_or(n);
    let count = std::cell::Cell::new(0u64);
    let mut runner = TestRunner::new(cases(n));
    let result = runner.run(&strategy, |v| {
        count.set(count.get() + 1);
        body(v)
    });
    eprintln!("fuzz {name}: {} inputs run, {}", count.get(), if result.is_ok() { "no failure" } else { "FAILED" });
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
}

/// Real files to damage: the app's own exports of every kind, and files of format version 1.
fn real_files() -> Vec<Vec<u8>> {
    let mut files: Vec<Vec<u8>> = [typical(), maximal(), hostile(), prepared(), continued(), empty(Mode::Prepare)]
        .iter()
        .filter_map(|a| encode(a).ok())
        .map(String::into_bytes)
        .collect();
    for v1 in ["typical", "maximal", "hostile", "prepared"] {
        if let Ok(b) =
            std::fs::read(format!("{}/tests/fixtures/v1/{v1}.json", concat!(env!("CARGO_MANIFEST_DIR"), "/../..")))
        {
            files.push(b);
        }
    }
    files
}

#[test]
fn no_bytes_make_import_panic() {
    run("random bytes", "PK_FUZZ_BYTES", 3000, proptest::collection::vec(any::<u8>(), 0..2048), |bytes| {
        let _ = decode(&bytes, DecodeLimits::FILE);
        Ok(())
    });
}

/// Damaged copies of real files: flipped, cut, inserted and deleted bytes.
#[test]
fn damaged_real_files_never_panic() {
    let files = real_files();
    assert!(files.len() >= 10, "the v1 fixtures are there");
    let edits = proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..4), 1..8);
    run("mutated real files", "PK_FUZZ_FILES", 3000, (0..files.len(), edits), |(which, edits)| {
        let mut bytes = files[which].clone();
        for (at, byte, kind) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            match kind {
                0 => bytes[i] = byte,
                1 => bytes.truncate(i),
                2 => bytes.insert(i, byte),
                _ => {
                    bytes.remove(i);
                }
            }
        }
        // The widget's decoder (no places) agrees with the full one on every input.
        let full = decode(&bytes, DecodeLimits::FILE);
        let quick = decode_without_paths(&bytes, DecodeLimits::FILE);
        match (&full, &quick) {
            (Err(e), Err(ImportError::Shape)) => prop_assert!(e.is_shape(), "{e:?} is not a shape error"),
            _ => prop_assert_eq!(full, quick),
        }
        Ok(())
    });
}

#[test]
fn any_agreement_survives_export_and_import_unchanged() {
    run(
        "export → import round trip",
        "PK_FUZZ_ROUNDTRIP",
        1000,
        proptest::collection::vec(action(), 0..60),
        |actions| {
            let mut a = empty(Mode::Consultation);
            for act in actions {
                let _ = apply(&mut a, act, LATER);
            }
            let first = encode(&a).expect("encodes");
            let back = decode(first.as_bytes(), DecodeLimits::FILE).expect("an agreement the app made must open again");
            prop_assert_eq!(&back, &a);
            prop_assert_eq!(encode(&back).expect("encodes"), first);
            Ok(())
        },
    );
}
