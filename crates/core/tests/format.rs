//! The native JSON format: golden files, round trip, the JSON Schema (checked with an
//! independent validator, the `jsonschema` crate), the versioning policy and every import error.
//!
//! Run with `BLESS=1` to rewrite the golden files after a deliberate format change.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::domain::envelope::{
    decode, decode_without_paths, encode, DecodeLimits, ImportError, FILE_LIMIT_BYTES, VERSION,
};
use pk_core::domain::*;
use serde_json::{json, Value};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("tests/fixtures").join(name)
}

fn schema() -> jsonschema::Validator {
    schema_of(envelope::VERSION)
}

fn schema_of(version: u64) -> jsonschema::Validator {
    let path = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .join(format!("schema/patientkontrakt-v{version}.schema.json"));
    let text = std::fs::read_to_string(path).expect("schema file");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    // Formats ("date", "date-time") are only annotations in 2020-12 unless asserted.
    jsonschema::draft202012::options().should_validate_formats(true).build(&schema).expect("schema compiles")
}

fn golden() -> Vec<(&'static str, Agreement)> {
    let mut agreed = typical();
    act(&mut agreed, Action::MarkAgreed);
    vec![
        ("empty.json", empty(Mode::Prepare)),
        ("typical.json", agreed),
        ("maximal.json", maximal()),
        ("hostile.json", hostile()),
    ]
}

#[test]
fn exports_match_the_golden_files() {
    for (name, a) in golden() {
        let out = encode(&a).expect("encodes");
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(fixture(name), &out).expect("write golden");
        }
        let want = std::fs::read_to_string(fixture(name)).expect("golden file present (BLESS=1 to create)");
        assert_eq!(out, want, "{name} differs from its golden file");
    }
}

#[test]
fn export_import_export_is_byte_identical() {
    for (name, a) in golden() {
        let first = encode(&a).expect("encodes");
        let back = decode(first.as_bytes(), DecodeLimits::FILE).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(back, a, "{name}: import restores the exact state");
        assert_eq!(encode(&back).expect("encodes"), first, "{name}: byte for byte");
    }
}

#[test]
fn envelope_starts_with_format_and_version_and_uses_iso_dates() {
    let out = encode(&typical()).expect("encodes");
    assert!(out.starts_with("{\n  \"format\": \"patientkontrakt\",\n  \"version\": 5,\n  \"id\": "), "{}", &out[..80]);
    assert!(out.ends_with("}\n"));
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["created"], "2026-11-22T10:00:00Z");
    assert_eq!(v["schedule"]["next_time"]["date"], "2027-02-15");
    assert_eq!(v["agreed_by"]["date"], "2026-11-22");
    assert_eq!(v["answers"]["patient"].as_array().map(Vec::len), Some(7));
}

#[test]
fn every_golden_export_is_valid_against_the_schema() {
    let validator = schema();
    for (name, a) in golden() {
        let v: Value = serde_json::from_str(&encode(&a).expect("encodes")).expect("json");
        let errors: Vec<String> = validator.iter_errors(&v).map(|e| format!("{e} at {}", e.instance_path)).collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

fn typical_value() -> Value {
    serde_json::from_str(&encode(&typical()).expect("encodes")).expect("json")
}

/// Broken documents: the schema and the importer must both refuse each, and the importer
/// must say what is wrong.
#[test]
fn broken_documents_are_refused_by_schema_and_importer_alike() {
    let validator = schema();
    type Mutate = fn(&mut Value);
    let cases: Vec<(&str, Mutate, ImportError)> = vec![
        ("foreign format", |v| v["format"] = json!("fhir"), ImportError::Foreign),
        (
            "no format",
            |v| {
                v.as_object_mut().map(|m| m.remove("format"));
            },
            ImportError::Foreign,
        ),
        ("newer version", |v| v["version"] = json!(VERSION + 1), ImportError::NewerVersion { found: VERSION + 1 }),
        ("older version", |v| v["version"] = json!(0), ImportError::UnknownOldVersion { found: 0 }),
        ("version as text", |v| v["version"] = json!("1"), ImportError::VersionMissing),
        (
            "missing part",
            |v| {
                v.as_object_mut().map(|m| m.remove("planning"));
            },
            ImportError::MissingField { path: "planning".into() },
        ),
        (
            "missing nested field",
            |v| {
                v["schedule"]["next_time"].as_object_mut().map(|m| m.remove("mode"));
            },
            ImportError::MissingField { path: "schedule.next_time.mode".into() },
        ),
        ("unknown key", |v| v["extra"] = json!(1), ImportError::UnknownField { path: "extra".into() }),
        (
            "unknown nested key",
            |v| v["patient"]["email"] = json!("a@b.se"),
            ImportError::UnknownField { path: "patient.email".into() },
        ),
        (
            "text where a list is",
            |v| v["relatives"] = json!("Bertil"),
            ImportError::WrongType { path: "relatives".into() },
        ),
        (
            "number where text is",
            |v| v["what_matters"]["own_words"] = json!(42),
            ImportError::WrongType { path: "what_matters.own_words".into() },
        ),
        (
            "unknown answer",
            |v| v["answers"]["patient"][0]["value"] = json!("maybe"),
            ImportError::InvalidValue { path: "answers.patient[0].value".into() },
        ),
        (
            "six answers",
            |v| {
                v["answers"]["patient"].as_array_mut().map(|a| a.pop());
            },
            ImportError::InvalidValue { path: "answers.patient".into() },
        ),
        ("unknown mode", |v| v["mode"] = json!("solo"), ImportError::InvalidValue { path: "mode".into() }),
        (
            "impossible date",
            |v| v["schedule"]["next_time"]["date"] = json!("2027-02-30"),
            ImportError::InvalidValue { path: "schedule.next_time.date".into() },
        ),
        (
            "bad time",
            |v| v["schedule"]["next_time"]["time"] = json!("9.30"),
            ImportError::InvalidValue { path: "schedule.next_time.time".into() },
        ),
        ("empty id", |v| v["id"] = json!(""), ImportError::BadMeta { path: "id".into() }),
        (
            "year 0000",
            |v| v["schedule"]["next_time"]["date"] = json!("0000-02-15"),
            ImportError::InvalidValue { path: "schedule.next_time.date".into() },
        ),
        (
            "offset beyond 14 hours",
            |v| v["updated"] = json!("2026-11-22T10:05:00+15:00"),
            ImportError::BadMeta { path: "updated".into() },
        ),
        (
            "answer time that is not a time",
            |v| v["answers"]["answered_at"]["patient"] = json!("i går"),
            ImportError::BadMeta { path: "answers.answered_at.patient".into() },
        ),
        ("bad timestamp", |v| v["updated"] = json!("yesterday"), ImportError::BadMeta { path: "updated".into() }),
        (
            "text over the limit",
            |v| v["what_matters"]["own_words"] = json!("a".repeat(limits::LONG_TEXT + 1)),
            ImportError::TextTooLong { path: "what_matters.own_words".into(), limit: limits::LONG_TEXT },
        ),
        (
            "row text over the limit",
            |v| v["commitments"]["self_care"][0]["text"] = json!("b".repeat(limits::ITEM_TEXT + 1)),
            ImportError::TextTooLong { path: "commitments.self_care[0].text".into(), limit: limits::ITEM_TEXT },
        ),
        (
            "words asked in a language not spoken here",
            |v| v["answers"]["before"][2]["asked"] = json!({ "language": "xx", "text": "Fråga?" }),
            ImportError::InvalidValue { path: "answers.before[2].asked.language".into() },
        ),
        (
            "words asked on a Swedish page",
            |v| v["answers"]["before"][2]["asked"] = json!({ "language": "sv", "text": "Fråga?" }),
            ImportError::InvalidValue { path: "answers.before[2].asked.language".into() },
        ),
        (
            "words asked, empty",
            |v| v["answers"]["patient"][6]["asked"] = json!({ "language": "ar", "text": "  " }),
            ImportError::InvalidValue { path: "answers.patient[6].asked.text".into() },
        ),
        (
            "words asked over the limit",
            |v| {
                v["answers"]["before"][2]["asked"] =
                    json!({ "language": "ar", "text": "س".repeat(limits::ITEM_TEXT + 1) })
            },
            ImportError::TextTooLong { path: "answers.before[2].asked.text".into(), limit: limits::ITEM_TEXT },
        ),
        (
            "words asked as a bare text",
            |v| v["answers"]["professional"][0]["asked"] = json!("ar"),
            ImportError::WrongType { path: "answers.professional[0].asked".into() },
        ),
        (
            "words asked without their language",
            |v| v["answers"]["before"][2]["asked"] = json!({ "text": "Fråga?" }),
            ImportError::MissingField { path: "answers.before[2].asked.language".into() },
        ),
        (
            "answer without the words asked",
            |v| {
                v["answers"]["before"][2].as_object_mut().map(|m| m.remove("asked"));
            },
            ImportError::MissingField { path: "answers.before[2].asked".into() },
        ),
        (
            "too many rows",
            |v| v["what_matters"]["goals"] = json!(vec![json!({"text": "x"}); limits::LIST_ITEMS + 1]),
            ImportError::TooManyRows { path: "what_matters.goals".into(), limit: limits::LIST_ITEMS },
        ),
    ];
    let mut shapes = 0;
    for (name, mutate, expected) in cases {
        let mut v = typical_value();
        mutate(&mut v);
        assert!(!validator.is_valid(&v), "schema must refuse: {name}");
        let bytes = serde_json::to_vec(&v).expect("json");
        // The widget's own decoder says the same, without the place of a shape error.
        // (A date or time checked after the typed read keeps its place there too.)
        let quick = decode_without_paths(&bytes, DecodeLimits::FILE);
        if quick == Err(ImportError::Shape) {
            assert!(expected.is_shape(), "{name}: {expected:?}");
            shapes += 1;
        } else {
            assert_eq!(quick, Err(expected.clone()), "{name}");
        }
        // The place of a shape error, as the exports module hands it to the widget, arrives
        // unchanged; other errors have none to hand over.
        match expected.to_place() {
            Some(line) => assert_eq!(ImportError::from_place(&line), Some(expected.clone()), "{name}: {line}"),
            None => assert!(!matches!(
                expected,
                ImportError::MissingField { .. } | ImportError::UnknownField { .. } | ImportError::WrongType { .. }
            )),
        }
        assert_eq!(decode(&bytes, DecodeLimits::FILE), Err(expected), "{name}");
    }
    // missing part / nested field, unknown key / nested key, two wrong types, unknown answer,
    // six answers, unknown mode; the words asked: an unknown language, a bare text, no language,
    // no words asked at all.
    assert_eq!(shapes, 13, "the shape errors the widget's decoder gives without a place");
}

#[test]
fn text_that_is_not_a_document_gets_its_own_error() {
    let decode_file = |b: &[u8]| decode(b, DecodeLimits::FILE);
    assert_eq!(decode_file(b""), Err(ImportError::Empty));
    assert_eq!(decode_file(b" \n\t "), Err(ImportError::Empty));
    assert_eq!(decode_file(b"hej"), Err(ImportError::NotJson { line: 1, column: 1 }));
    assert_eq!(decode_file(b"{\n  \"a\": 1,,\n}"), Err(ImportError::NotJson { line: 2, column: 10 }));
    assert_eq!(decode_file(b"[1, 2, 3]"), Err(ImportError::Foreign));
    assert_eq!(decode_file(b"\"patientkontrakt\""), Err(ImportError::Foreign));
    assert_eq!(decode_file(b"{\"resourceType\": \"Bundle\"}"), Err(ImportError::Foreign));
    assert_eq!(decode_file(&[0x7b, 0xff, 0xfe, 0x7d]), Err(ImportError::InvalidUtf8 { offset: 1 }));
    let full = encode(&typical()).expect("encodes");
    let half = (0..=full.len() / 2).rev().find(|i| full.is_char_boundary(*i)).unwrap_or_default();
    assert_eq!(decode_file(&full.as_bytes()[..half]), Err(ImportError::Truncated));
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    assert_eq!(decode_file(deep.as_bytes()), Err(ImportError::TooDeep));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(encode(&typical()).expect("encodes").as_bytes());
    assert_eq!(decode(&bytes, DecodeLimits::FILE), Ok(typical()));
}

#[test]
fn files_over_the_limit_are_refused_but_own_autosave_is_not() {
    // Whitespace after the document is valid JSON, so only the size is wrong.
    let mut big = encode(&typical()).expect("encodes").into_bytes();
    big.resize(FILE_LIMIT_BYTES + 1, b' ');
    assert_eq!(
        decode(&big, DecodeLimits::FILE),
        Err(ImportError::TooLarge { bytes: big.len(), limit: FILE_LIMIT_BYTES })
    );
    assert_eq!(decode(&big, DecodeLimits::STORAGE), Ok(typical()));
}

/// Nothing typed is lost: whatever the app can hold, it can save to a file and open again.
#[test]
fn the_largest_agreement_the_app_can_hold_opens_again_from_a_file() {
    // U+0001 is a character JSON writes as six bytes ("\u0001"), the most any character takes.
    let a = largest('\u{1}');
    let file = encode(&a).expect("encodes");
    assert!(
        file.len() <= FILE_LIMIT_BYTES,
        "the largest agreement takes {} bytes, over the file limit of {FILE_LIMIT_BYTES}",
        file.len()
    );
    assert!(file.len() > FILE_LIMIT_BYTES / 2, "the limit is not needlessly loose: {} bytes", file.len());
    assert_eq!(decode(file.as_bytes(), DecodeLimits::FILE), Ok(a));
}

#[test]
fn the_schema_file_describes_the_current_version() {
    let text = std::fs::read_to_string(
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
            .join(format!("schema/patientkontrakt-v{}.schema.json", envelope::VERSION)),
    )
    .expect("schema");
    let v: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(v["properties"]["format"]["const"], envelope::FORMAT);
    assert_eq!(v["properties"]["version"]["const"], envelope::VERSION);
    // The languages the file may name are the widget's (a new language is added there too).
    let tags: Vec<Value> = Language::all().map(|l| Value::from(l.tag())).collect();
    assert_eq!(
        v["properties"]["language"]["enum"],
        Value::from(tags),
        "schema's languages = domain::language::LANGUAGES"
    );
    assert_eq!(v["properties"]["written_in"]["enum"], v["properties"]["language"]["enum"], "the same languages");
    // The words asked are never a Swedish page's: every language but Swedish.
    let asked = &v["$defs"]["answer"]["properties"]["asked"]["oneOf"][1]["properties"]["language"]["enum"];
    let not_swedish: Vec<Value> = Language::all().filter(|l| !l.is_swedish()).map(|l| Value::from(l.tag())).collect();
    assert_eq!(asked, &Value::from(not_swedish), "asked.language: the languages but Swedish");
    assert!(v["$defs"]["answer"]["required"].as_array().expect("required").contains(&json!("asked")));
}

#[test]
fn timestamps_follow_rfc_3339() {
    use pk_core::domain::envelope::is_timestamp;
    for ok in ["2026-11-22T10:00:00Z", "2026-11-22T10:00:00.123Z", "2026-11-22T10:00:00+01:00"] {
        assert!(is_timestamp(ok), "{ok}");
    }
    for bad in [
        "2026-11-22",
        "2026-11-22 10:00:00Z",
        "2026-11-22T10:00Z",
        "2026-11-22T10:00:00",
        "2026-11-22T10:00:00.Z",
        "2026-11-22T25:00:00Z",
        "2026-11-22T10:00:00+1:00",
    ] {
        assert!(!is_timestamp(bad), "{bad}");
    }
}

/// The files of every older version stay readable: each is valid against its version's schema
/// (kept in `schema/`), opens through the migration, and its export is valid against the current
/// schema (and the old file is not).
#[test]
fn older_fixtures_match_their_schema_and_open_as_the_current_version() {
    let current = schema();
    for (version, names) in [
        (1, &["empty.json", "typical.json", "maximal.json", "hostile.json", "prepared.json"][..]),
        (
            2,
            &[
                "empty.json",
                "typical.json",
                "maximal.json",
                "hostile.json",
                "prepared.json",
                "continued-unsettled.json",
            ][..],
        ),
        (3, &["empty.json", "typical.json", "maximal.json", "hostile.json", "prepared-ar.json"][..]),
        (4, &["empty.json", "typical.json", "maximal.json", "hostile.json", "prepared-ar.json"][..]),
    ] {
        let old_schema = schema_of(version);
        for name in names {
            let bytes = std::fs::read(fixture(&format!("v{version}/{name}"))).expect("old fixture");
            let old: Value = serde_json::from_slice(&bytes).expect("json");
            assert_eq!(old["version"], version, "{name}");
            let errors: Vec<String> =
                old_schema.iter_errors(&old).map(|e| format!("{e} at {}", e.instance_path)).collect();
            assert!(errors.is_empty(), "v{version}/{name} against its schema: {errors:#?}");
            let a = decode(&bytes, DecodeLimits::FILE).unwrap_or_else(|e| panic!("v{version}/{name}: {e:?}"));
            let out = encode(&a).expect("encodes");
            assert_eq!(decode(out.as_bytes(), DecodeLimits::FILE).as_ref(), Ok(&a), "v{version}/{name}: round trip");
            let new: Value = serde_json::from_str(&out).expect("json");
            let errors: Vec<String> =
                current.iter_errors(&new).map(|e| format!("{e} at {}", e.instance_path)).collect();
            assert!(errors.is_empty(), "v{version}/{name} migrated, against the current schema: {errors:#?}");
            assert!(!current.is_valid(&old), "v{version}/{name} is not a document of the current version");
        }
    }
}

/// Version 3 → 4: a v3 preparation was written in the language on screen, which becomes the
/// language she filled it in; a v3 consultation does not say which language her preparation was
/// in, so it gets none (the language on screen stands for it, as in version 3).
#[test]
fn a_version_3_preparation_keeps_the_language_she_wrote_it_in() {
    let bytes = std::fs::read(fixture("v3/prepared-ar.json")).expect("old fixture");
    let a = decode(&bytes, DecodeLimits::FILE).expect("opens");
    let arabic = Language::from_tag("ar").expect("Arabic");
    assert_eq!((a.mode, a.language, a.written_in), (Mode::Prepare, arabic, Some(arabic)));
    let out = encode(&a).expect("encodes");
    assert!(out.contains("\n  \"language\": \"ar\",\n  \"written_in\": \"ar\",\n"), "right after language");
    let typical = decode(&bytes_of("v3/typical.json"), DecodeLimits::FILE).expect("opens");
    assert_eq!((typical.mode, typical.written_in), (Mode::Consultation, None));
    let empty = decode(&bytes_of("v3/empty.json"), DecodeLimits::FILE).expect("opens");
    assert_eq!((empty.mode, empty.written_in), (Mode::Prepare, Some(Language::SV)));
    // Only the key is added: the rest reads as it did.
    let old: Value = serde_json::from_slice(&bytes_of("v3/prepared-ar.json")).expect("json");
    let mut new: Value = serde_json::from_str(&out).expect("json");
    new.as_object_mut().expect("object").remove("written_in");
    without_asked(&mut new);
    new["version"] = json!(3);
    assert_eq!(new, old);
}

/// Version 4 → 5: version 4 did not record the words a question was asked in, so every answer
/// gets `asked: null` (the record's line on the language she filled it in still says the
/// questions were translated); nothing else changes.
#[test]
fn a_version_4_file_opens_with_no_words_asked_and_loses_nothing() {
    let a = decode(&bytes_of("v4/prepared-ar.json"), DecodeLimits::FILE).expect("opens");
    let arabic = Language::from_tag("ar").expect("Arabic");
    assert_eq!((a.mode, a.language, a.written_in), (Mode::Prepare, arabic, Some(arabic)));
    assert!(a.answers.before.iter().any(|x| x.value.is_some()), "she answered");
    for p in Perspective::ALL {
        assert!(a.answers.of(p).iter().all(|x| x.asked.is_none()), "{p:?}");
    }
    let out = encode(&a).expect("encodes");
    assert!(out.contains("\"comment\": \"\",\n        \"asked\": null\n"), "right after the comment: {out}");
    let old: Value = serde_json::from_slice(&bytes_of("v4/prepared-ar.json")).expect("json");
    let mut new: Value = serde_json::from_str(&out).expect("json");
    without_asked(&mut new);
    new["version"] = json!(4);
    assert_eq!(new, old);
    // The step itself, on a body of the wrong shape: left for the typed reader.
    assert_eq!(envelope::migrate_v4(json!({ "answers": 3 })), json!({ "answers": 3 }));
    assert_eq!(envelope::migrate_v4(json!([1])), json!([1]));
}

/// An answer given on an Arabic page: the file records the words and the language, is valid
/// against the schema and opens again as it was saved.
#[test]
fn the_words_she_was_asked_are_saved_valid_and_read_back() {
    let arabic = installed("ar");
    let mut a = prepared();
    act(&mut a, Action::SetLanguage(arabic));
    let action = answer_on_page(&a, Perspective::Before, 2, Some(Tri::DontKnow));
    act(&mut a, action);
    let words = pk_core::content::question(Perspective::Before, 2).expect("question 3").get(arabic);
    let out = encode(&a).expect("encodes");
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["answers"]["before"][2]["asked"], json!({ "language": "ar", "text": words }));
    assert_eq!(v["answers"]["before"][1]["asked"], Value::Null);
    let errors: Vec<String> = schema().iter_errors(&v).map(|e| format!("{e} at {}", e.instance_path)).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(decode(out.as_bytes(), DecodeLimits::FILE), Ok(a));
}

/// A migrated body without the key version 5 added to every answer, which must be `null`.
fn without_asked(v: &mut Value) {
    for side in ["before", "patient", "professional"] {
        for answer in v["answers"][side].as_array_mut().expect("answers") {
            assert_eq!(answer.as_object_mut().expect("answer").remove("asked"), Some(Value::Null));
        }
    }
}

fn bytes_of(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).expect("fixture")
}

/// A preparation filled in in lättläst Swedish: the file names the page (`sv-x-lattlast`) as
/// the language on screen and the one she filled it in, is valid against the schema, and opens
/// again as it was saved.
#[test]
fn a_lattlast_preparation_is_valid_and_reads_back() {
    let lattlast = Language::from_tag("sv-x-lattlast").expect("lättläst Swedish");
    let mut a = prepared();
    act(&mut a, Action::SetLanguage(lattlast));
    let out = encode(&a).expect("encodes");
    assert!(out.contains("\n  \"language\": \"sv-x-lattlast\",\n  \"written_in\": \"sv-x-lattlast\",\n"), "{out}");
    let v: Value = serde_json::from_str(&out).expect("json");
    let errors: Vec<String> = schema().iter_errors(&v).map(|e| format!("{e} at {}", e.instance_path)).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let back = decode(out.as_bytes(), DecodeLimits::FILE).expect("opens");
    assert_eq!(back, a);
    assert_eq!(back.written_language().words(), Language::SV, "her words are Swedish");
}
