//! The native JSON format: a versioned envelope around the agreement, used alike for autosave,
//! export and import.
//!
//! Versioning policy: `format` must be `"patientkontrakt"` (anything else is a foreign file and
//! is refused); `version` is a whole number. The current version is read as is; an older
//! version is migrated step by step to the current one before it is read (versions below 1 are
//! refused as unknown); a newer version is refused with a message to use a newer version of the
//! app, since reading it could silently drop data.
//!
//! Version 2 (PRODUCT.md §2: a wish is not a commitment, answers before and after) adds
//! `commitments.care_wishes`, `contacts.fixed_contact_wanted`, `answers.before`,
//! `planning.no_other_plans` and `patient.relative_helped`; see [`migrate_v1`].
//! Version 3 (a wished contact stays a wish, a proposed time is not an agreed one) adds
//! `contacts.fixed_contact_has`, `contacts.patient_contacts`, `helps_with` on every contact and
//! `schedule.prepared_time`; see [`migrate_v2`].
//! Version 4 adds `written_in`, the language she filled it in; see [`migrate_v3`].
//! Version 5 (a translation is not SKR's wording) adds `asked` to every answer: the words its
//! question was asked in when the page was not Swedish; see [`migrate_v4`].
//! Unknown keys are refused too, for the same reason: a lossless format may not drop data.
//!
//! Here the entry points ([`encode`], [`decode`], [`decode_without_paths`]); beside them the
//! errors (`error.rs`), the bounded read of the JSON text (`read.rs`: a limit on the values, no
//! key twice), the migrations (`migrate.rs`), the checks after the typed read (`check.rs`) and
//! timestamps (`timestamp.rs`).

mod check;
mod error;
mod migrate;
mod read;
mod timestamp;

pub use error::ImportError;
pub use migrate::{migrate_v1, migrate_v2, migrate_v3, migrate_v4, VERSION};
pub use timestamp::{days_between, instant, is_timestamp, remind_to_keep, KEEP_REMINDER_DAYS};

use serde::Serialize;
use serde_json::Value;

use super::model::Agreement;
use check::check_limits;
use migrate::migrate;

/// The value of the `format` key.
pub const FORMAT: &str = "patientkontrakt";

/// The largest file the app opens, in bytes: above the largest agreement the app can hold
/// (every list full, every text at its limit, every character one that JSON writes as six
/// bytes: about 37 MB), so every file the app saves opens again (`tests/format.rs` checks it),
/// yet refusing anything absurd before it is read.
pub const FILE_LIMIT_BYTES: usize = 40 * 1024 * 1024;

/// The most JSON values and keys (each object, array, text, number, `true`, `false`, `null` and
/// key counts one) a file the app opens may hold: above the most an agreement the app can hold
/// has (every list full, every text filled: about 8,000; `tests/import_bounds.rs` checks it), so
/// every file the app saves opens again, yet a file of millions of tiny values is refused as it
/// is read, before it takes the memory of millions of values.
pub const FILE_LIMIT_VALUES: usize = 50_000;

/// How strict [`decode`] is about size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecodeLimits {
    /// Largest input in bytes; `None` for no limit (our own autosave).
    pub max_bytes: Option<usize>,
    /// Most values and keys ([`FILE_LIMIT_VALUES`]); `None` for no limit (our own autosave).
    pub max_values: Option<usize>,
}

impl DecodeLimits {
    /// For files the user opens.
    pub const FILE: DecodeLimits =
        DecodeLimits { max_bytes: Some(FILE_LIMIT_BYTES), max_values: Some(FILE_LIMIT_VALUES) };
    /// For the app's own autosave, which must always open again.
    pub const STORAGE: DecodeLimits = DecodeLimits { max_bytes: None, max_values: None };
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u64,
    #[serde(flatten)]
    agreement: &'a Agreement,
}

/// Serialises an agreement: pretty-printed JSON with a final newline, keys in a fixed order.
pub fn encode(a: &Agreement) -> Result<String, serde_json::Error> {
    let mut s = serde_json::to_string_pretty(&EnvelopeOut { format: FORMAT, version: VERSION, agreement: a })?;
    s.push('\n');
    Ok(s)
}

/// Reads a document. Never panics, whatever the bytes. A document not of the agreement's shape
/// is reported with the place (`MissingField { path: "schedule.next_time.mode" }`).
pub fn decode(bytes: &[u8], limits: DecodeLimits) -> Result<Agreement, ImportError> {
    let body = prepare(bytes, limits)?;
    let agreement: Agreement = serde_path_to_error::deserialize(body).map_err(|e| {
        let path = e.path().to_string();
        let msg = e.inner().to_string();
        if let Some(field) = msg.strip_prefix("missing field `").and_then(|r| r.split('`').next()) {
            ImportError::MissingField { path: join(&path, field) }
        } else if msg.starts_with("unknown field") {
            // Here the path already ends at the unknown key.
            ImportError::UnknownField { path }
        } else if msg.starts_with("invalid type") {
            ImportError::WrongType { path }
        } else {
            ImportError::InvalidValue { path }
        }
    })?;
    check_limits(&agreement)?;
    Ok(agreement)
}

/// [`decode`] without the place of a shape error ([`ImportError::Shape`]); every other result
/// is the same. The widget's own module reads with this: tracking the place costs about 8 KB
/// gzip of wasm, so the place of an opened file's error comes from the exports module
/// (`pk-exports`, `import_error`) when it is needed.
pub fn decode_without_paths(bytes: &[u8], limits: DecodeLimits) -> Result<Agreement, ImportError> {
    let body = prepare(bytes, limits)?;
    let agreement: Agreement = serde_json::from_value(body).map_err(|_| ImportError::Shape)?;
    check_limits(&agreement)?;
    Ok(agreement)
}

/// Everything before the typed read: size, UTF-8, JSON (at most so many values, no key twice in
/// one object), format, version, migration.
fn prepare(bytes: &[u8], limits: DecodeLimits) -> Result<Value, ImportError> {
    if let Some(limit) = limits.max_bytes {
        if bytes.len() > limit {
            return Err(ImportError::TooLarge { bytes: bytes.len(), limit });
        }
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::InvalidUtf8 { offset: e.valid_up_to() })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = read::read(text, limits.max_values).map_err(|e| {
        let message = e.to_string();
        if e.is_eof() {
            ImportError::Truncated
        } else if message.starts_with("recursion limit exceeded") {
            ImportError::TooDeep
        } else if message.starts_with(read::TOO_MANY) {
            ImportError::TooManyValues { limit: limits.max_values.unwrap_or(usize::MAX) }
        } else if let Some(key) = read::duplicate_key(&message) {
            ImportError::DuplicateKey { key, line: e.line(), column: e.column() }
        } else {
            ImportError::NotJson { line: e.line(), column: e.column() }
        }
    })?;
    let Value::Object(mut map) = value else {
        return Err(ImportError::Foreign);
    };
    if map.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::Foreign);
    }
    let version = map.get("version").and_then(Value::as_u64).ok_or(ImportError::VersionMissing)?;
    if version > VERSION {
        return Err(ImportError::NewerVersion { found: version });
    }
    map.remove("format");
    map.remove("version");
    migrate(version, Value::Object(map))
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() || path == "." {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}
