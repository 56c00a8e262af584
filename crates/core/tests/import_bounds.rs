//! The import's bounds on the JSON itself: a file of millions of tiny values is refused while it
//! is read, before it is built in memory, and an object with the same key twice is refused
//! rather than read as one of the two; every file the app saves still opens.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::content;
use pk_core::domain::envelope::{decode, decode_without_paths, encode, DecodeLimits, ImportError, FILE_LIMIT_VALUES};
use pk_core::domain::*;
use serde_json::Value;

/// Values and keys, as the import counts them.
fn count(v: &Value) -> usize {
    1 + match v {
        Value::Array(items) => items.iter().map(count).sum(),
        Value::Object(map) => map.values().map(|v| 1 + count(v)).sum(),
        _ => 0,
    }
}

fn both(bytes: &[u8]) -> [Result<Agreement, ImportError>; 2] {
    [decode(bytes, DecodeLimits::FILE), decode_without_paths(bytes, DecodeLimits::FILE)]
}

#[test]
fn the_largest_agreement_the_app_can_hold_is_well_within_the_value_limit() {
    // Every list full, every text at its limit, and every reworded question there can be.
    let mut a = largest('x');
    for p in [Perspective::Patient, Perspective::Professional] {
        for n in 0..QUESTION_COUNT {
            let id = question_id(p, n);
            a.reworded.push(Reworded { id, sv: "Fråga".into(), en: "Question".into() });
        }
    }
    let file = encode(&a).expect("encodes");
    let values = count(&serde_json::from_str(&file).expect("json"));
    assert!(values < FILE_LIMIT_VALUES / 4, "the largest agreement has {values} values and keys");
    assert!(values > FILE_LIMIT_VALUES / 10, "the limit is not needlessly loose: {values}");
    for r in both(file.as_bytes()) {
        assert_eq!(r.as_ref(), Ok(&a));
    }
    // The older versions' fixtures open as before.
    for v in ["v1/maximal.json", "v2/maximal.json", "maximal.json", "hostile.json"] {
        let bytes = std::fs::read(format!("{}/../../tests/fixtures/{v}", env!("CARGO_MANIFEST_DIR"))).expect("fixture");
        assert!(decode(&bytes, DecodeLimits::FILE).is_ok(), "{v}");
    }
}

#[test]
fn a_file_of_more_values_than_any_agreement_is_refused_while_it_is_read() {
    let limit = FILE_LIMIT_VALUES;
    // Within the byte limit (2 bytes a value), but past the value limit.
    let zeros = vec!["0"; 10 * limit].join(",");
    let file = format!("{{\"format\": \"patientkontrakt\", \"version\": 3, \"padding\": [{zeros}]}}");
    for r in both(file.as_bytes()) {
        assert_eq!(r, Err(ImportError::TooManyValues { limit }));
    }
    // Keys count as well: an object of many keys.
    let keys: Vec<String> = (0..limit).map(|i| format!("\"k{i}\": 0")).collect();
    let file = format!("{{\"format\": \"patientkontrakt\", \"version\": 3, {}}}", keys.join(","));
    assert_eq!(decode(file.as_bytes(), DecodeLimits::FILE), Err(ImportError::TooManyValues { limit }));
    // Just under the limit it is read as JSON, and refused for what it is.
    let under = format!("[{}]", vec!["0"; limit - 1].join(","));
    assert_eq!(decode(under.as_bytes(), DecodeLimits::FILE), Err(ImportError::Foreign));
    let over = format!("[{}]", vec!["0"; limit].join(","));
    assert_eq!(decode(over.as_bytes(), DecodeLimits::FILE), Err(ImportError::TooManyValues { limit }));
    // The app's own autosave has no limit (it must always open); this is no agreement anyway.
    let storage = decode(file.as_bytes(), DecodeLimits::STORAGE);
    assert!(matches!(storage, Err(ImportError::UnknownField { .. })), "{storage:?}");
}

#[test]
fn an_object_with_the_same_key_twice_is_refused() {
    let good = encode(&typical()).expect("encodes");
    // At the top: a second "id" after the first.
    let top = good.replacen("\n  \"created\"", "\n  \"id\": \"annan\",\n  \"created\"", 1);
    assert_ne!(top, good);
    let line = top.lines().position(|l| l == "  \"id\": \"annan\",").expect("line") + 1;
    for r in both(top.as_bytes()) {
        assert_eq!(r, Err(ImportError::DuplicateKey { key: "id".into(), line, column: 6 }));
    }
    // Deep inside: her own words twice, the second a different text.
    let own = "\n    \"own_words\": ";
    assert!(good.contains(own));
    let nested = good.replacen(own, &format!("{own}\"Något annat\",{own}"), 1);
    let err = decode(nested.as_bytes(), DecodeLimits::FILE).expect_err("refused");
    assert!(matches!(&err, ImportError::DuplicateKey { key, .. } if key == "own_words"), "{err:?}");
    // Also in the app's own storage: nothing the app writes has a key twice.
    assert!(matches!(decode(nested.as_bytes(), DecodeLimits::STORAGE), Err(ImportError::DuplicateKey { .. })));
    // Even "format" twice (the second one would have been the one read).
    let format = "{\"format\": \"x\", \"format\": \"patientkontrakt\", \"version\": 3}";
    assert!(matches!(decode(format.as_bytes(), DecodeLimits::FILE), Err(ImportError::DuplicateKey { .. })));
    // The same key in two different objects is fine: the typical file has "name" in several.
    assert_eq!(decode(good.as_bytes(), DecodeLimits::FILE), Ok(typical()));
    // A long key is cut in the detail.
    let long = "k".repeat(500);
    let file = format!("{{\"{long}\": 1, \"{long}\": 2}}");
    let Err(ImportError::DuplicateKey { key, .. }) = decode(file.as_bytes(), DecodeLimits::FILE) else {
        panic!("refused");
    };
    assert_eq!(key, format!("{}…", "k".repeat(60)));
}

#[test]
fn the_words_for_a_key_twice_and_too_many_values() {
    let e = ImportError::DuplicateKey { key: "own_words".into(), line: 14, column: 17 };
    assert_eq!(
        content::import_error(Language::SV, &e),
        "Samma uppgift står två gånger i filen, så det går inte att veta vilken som gäller. \
         Välj en fil som du har sparat med Patientkontraktet och inte har ändrat i efteråt."
    );
    assert_eq!(
        content::import_error_detail(Language::EN, &e).as_deref(),
        Some("The key “own_words” is in the same object twice (line 14, column 17).")
    );
    let e = ImportError::TooManyValues { limit: FILE_LIMIT_VALUES };
    assert_eq!(
        content::import_error_detail(Language::SV, &e).as_deref(),
        Some("JSON-texten har fler än 50000 värden och nycklar.")
    );
}
