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
//! Unknown keys are refused too, for the same reason: a lossless format may not drop data.

use serde::Serialize;
use serde_json::Value;

use super::field::{limits, ListId, TextField};
use super::model::{Agreement, QUESTION_COUNT};

/// The value of the `format` key.
pub const FORMAT: &str = "patientkontrakt";
/// The current format version.
pub const VERSION: u64 = 3;
/// The largest file the app opens, in bytes: above the largest agreement the app can hold
/// (every list full, every text at its limit, every character one that JSON writes as six
/// bytes: about 37 MB), so every file the app saves opens again (`tests/format.rs` checks it),
/// yet refusing anything absurd before it is read.
pub const FILE_LIMIT_BYTES: usize = 40 * 1024 * 1024;

/// How strict [`decode`] is about size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecodeLimits {
    /// Largest input in bytes; `None` for no limit (our own autosave).
    pub max_bytes: Option<usize>,
}

impl DecodeLimits {
    /// For files the user opens.
    pub const FILE: DecodeLimits = DecodeLimits { max_bytes: Some(FILE_LIMIT_BYTES) };
    /// For the app's own autosave, which must always open again.
    pub const STORAGE: DecodeLimits = DecodeLimits { max_bytes: None };
}

/// Why a document could not be read. Words for each live in `content`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is empty (or only white space).
    Empty,
    /// Larger than the limit.
    TooLarge {
        /// Size of the input.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// Not valid UTF-8 text.
    InvalidUtf8 {
        /// Byte offset of the first bad byte.
        offset: usize,
    },
    /// Not JSON.
    NotJson {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// JSON that stops before it ends.
    Truncated,
    /// Nested deeper than any agreement is.
    TooDeep,
    /// JSON, but not a Patientkontrakt (no or another `format`).
    Foreign,
    /// A Patientkontrakt without a usable `version`.
    VersionMissing,
    /// Made by a newer version of the app.
    NewerVersion {
        /// Version in the file.
        found: u64,
    },
    /// A version this app does not know how to migrate.
    UnknownOldVersion {
        /// Version in the file.
        found: u64,
    },
    /// A required key is missing.
    MissingField {
        /// Where (`schedule.next_time.mode`).
        path: String,
    },
    /// A key this format does not have.
    UnknownField {
        /// Where.
        path: String,
    },
    /// A value of the wrong type (text where a list should be, …).
    WrongType {
        /// Where.
        path: String,
    },
    /// A value outside the allowed set, or a list of the wrong length.
    InvalidValue {
        /// Where.
        path: String,
    },
    /// A text longer than the field holds.
    TextTooLong {
        /// Where.
        path: String,
        /// Most characters allowed.
        limit: usize,
    },
    /// A list with more rows than allowed.
    TooManyRows {
        /// Where.
        path: String,
        /// Most rows allowed.
        limit: usize,
    },
    /// The browser could not read the file at all.
    Unreadable,
    /// `id`, `created` or `updated` is not of the right form.
    BadMeta {
        /// Which key.
        path: String,
    },
    /// Not of the agreement's shape (a key missing or unknown, a value of the wrong type or not
    /// allowed), said without where: what [`decode_without_paths`] gives for any of
    /// `MissingField`, `UnknownField`, `WrongType` and `InvalidValue`.
    Shape,
}

impl ImportError {
    /// One of the errors [`decode`] gives with the place in the document and
    /// [`decode_without_paths`] as [`ImportError::Shape`].
    pub fn is_shape(&self) -> bool {
        matches!(
            self,
            ImportError::MissingField { .. }
                | ImportError::UnknownField { .. }
                | ImportError::WrongType { .. }
                | ImportError::InvalidValue { .. }
                | ImportError::Shape
        )
    }

    /// A shape error with its place as one line, `missing_field\tschedule.next_time.mode`: how
    /// the exports module hands it to the widget (a derived serde reader would cost the widget
    /// more than the place tracking it replaces). `None` for any other error.
    pub fn to_place(&self) -> Option<String> {
        let (kind, path) = match self {
            ImportError::MissingField { path } => ("missing_field", path),
            ImportError::UnknownField { path } => ("unknown_field", path),
            ImportError::WrongType { path } => ("wrong_type", path),
            ImportError::InvalidValue { path } => ("invalid_value", path),
            _ => return None,
        };
        Some(format!("{kind}\t{path}"))
    }

    /// Reads [`ImportError::to_place`]'s line back.
    pub fn from_place(line: &str) -> Option<ImportError> {
        let (kind, path) = line.split_once('\t')?;
        let path = path.to_string();
        Some(match kind {
            "missing_field" => ImportError::MissingField { path },
            "unknown_field" => ImportError::UnknownField { path },
            "wrong_type" => ImportError::WrongType { path },
            "invalid_value" => ImportError::InvalidValue { path },
            _ => return None,
        })
    }
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

/// Everything before the typed read: size, UTF-8, JSON, format, version, migration.
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
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            ImportError::Truncated
        } else if e.to_string().starts_with("recursion limit exceeded") {
            ImportError::TooDeep
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

/// Brings an older body up to the current version, one step at a time. Each step has a test
/// and a fixture of the old format (`tests/fixtures/v1/`).
fn migrate(version: u64, body: Value) -> Result<Value, ImportError> {
    match version {
        VERSION => Ok(body),
        1 => migrate(2, migrate_v1(body)),
        2 => migrate(3, migrate_v2(body)),
        found => Err(ImportError::UnknownOldVersion { found }),
    }
}

/// Version 1 → 2. In a v1 *preparation* everything the patient wrote was the patient's own: what
/// they asked care for becomes a wish (`care_actions` → `care_wishes`), their answer on a fast
/// vårdkontakt becomes what they want (`fixed_contact_needed` → `fixed_contact_wanted`), their
/// answers become the answers before the visit (`answers.patient` → `answers.before`). A v1
/// consultation keeps its care actions, need and answers as they are. New keys get their empty
/// values. A body of the wrong shape is left for the typed reader to report.
pub fn migrate_v1(mut body: Value) -> Value {
    let preparation = body.get("mode").and_then(Value::as_str) == Some("prepare");
    let empty_answers = || Value::Array(vec![serde_json::json!({ "value": null, "comment": "" }); QUESTION_COUNT]);
    if let Some(p) = body.get_mut("patient").and_then(Value::as_object_mut) {
        p.insert("relative_helped".into(), Value::Bool(false));
    }
    if let Some(c) = body.get_mut("commitments").and_then(Value::as_object_mut) {
        let wishes = if preparation { c.insert("care_actions".into(), Value::Array(Vec::new())) } else { None };
        c.insert("care_wishes".into(), wishes.unwrap_or(Value::Array(Vec::new())));
    }
    if let Some(p) = body.get_mut("planning").and_then(Value::as_object_mut) {
        insert_after(p, "plans", "no_other_plans", Value::Bool(false));
    }
    if let Some(c) = body.get_mut("contacts").and_then(Value::as_object_mut) {
        let wanted = if preparation { c.insert("fixed_contact_needed".into(), Value::Null) } else { None };
        let rest: Vec<(String, Value)> = std::mem::take(c).into_iter().collect();
        c.insert("fixed_contact_wanted".into(), wanted.unwrap_or(Value::Null));
        c.extend(rest);
    }
    if let Some(ans) = body.get_mut("answers").and_then(Value::as_object_mut) {
        let before = if preparation { ans.insert("patient".into(), empty_answers()) } else { None };
        let rest: Vec<(String, Value)> = std::mem::take(ans).into_iter().collect();
        ans.insert("before".into(), before.unwrap_or_else(empty_answers));
        ans.extend(rest);
        // Version 1 did not record when the answers were given.
        ans.insert("answered_at".into(), serde_json::json!({ "before": null, "patient": null, "professional": null }));
    }
    body
}

/// Version 2 → 3. In a v2 *preparation* the contacts and the time were the patient's own: the
/// fast vårdkontakter she wrote become her contacts (`care_contacts` → `patient_contacts`), kept
/// as she wrote them and labelled as hers (with her answer on wanting one), and her next time
/// becomes her time (`next_time` → `prepared_time`). So do those of a v2 consultation continued
/// from her preparation and not settled there ([`continued_unsettled`]). Any other v2
/// consultation (agreed, or with the need of a fast vårdkontakt settled) keeps its contacts and
/// time. Every contact gets an empty `helps_with`; `fixed_contact_has` is not known (`null`). A
/// body of the wrong shape is left for the typed reader to report.
pub fn migrate_v2(mut body: Value) -> Value {
    let hers = body.get("mode").and_then(Value::as_str) == Some("prepare") || continued_unsettled(&body);
    let empty_time =
        || serde_json::json!({ "date": null, "time": null, "period": "", "mode": null, "initiator": null });
    if let Some(c) = body.get_mut("contacts").and_then(Value::as_object_mut) {
        if let Some(rows) = c.get_mut("care_contacts").and_then(Value::as_array_mut) {
            for row in rows.iter_mut().filter_map(Value::as_object_mut) {
                insert_after(row, "role", "helps_with", Value::String(String::new()));
            }
        }
        let contacts = if hers { c.insert("care_contacts".into(), Value::Array(Vec::new())) } else { None };
        let rest: Vec<(String, Value)> = std::mem::take(c).into_iter().collect();
        c.insert("fixed_contact_has".into(), Value::Null);
        c.extend(rest);
        insert_after(c, "fixed_contact_needed", "patient_contacts", contacts.unwrap_or(Value::Array(Vec::new())));
    }
    if let Some(s) = body.get_mut("schedule").and_then(Value::as_object_mut) {
        let time = if hers { s.insert("next_time".into(), empty_time()) } else { None };
        insert_after(s, "next_step", "prepared_time", time.unwrap_or_else(empty_time));
    }
    body
}

/// Whether a v2 body is a consultation continued from the patient's preparation whose contacts
/// and time are still hers: a draft, care has not answered whether she needs a fast vårdkontakt
/// (`fixed_contact_needed` null), and the file carries what she said before the visit (her
/// answer on wanting one, or answers or comments before the visit). Version 2 moved nothing of
/// hers aside, so her wished contact sat among the fast vårdkontakter and her hope in the next
/// time; read as they stand they would be what was agreed.
fn continued_unsettled(body: &Value) -> bool {
    let consultation = body.get("mode").and_then(Value::as_str) == Some("consultation");
    let draft = body.get("status").and_then(Value::as_str) == Some("draft");
    let contacts = body.get("contacts");
    let unsettled = contacts.and_then(|c| c.get("fixed_contact_needed")).is_some_and(Value::is_null);
    let wanted = contacts.and_then(|c| c.get("fixed_contact_wanted")).is_some_and(|w| !w.is_null());
    let before = body.get("answers").and_then(|a| a.get("before")).and_then(Value::as_array).is_some_and(|answers| {
        answers.iter().any(|x| {
            x.get("value").is_some_and(|v| !v.is_null())
                || x.get("comment").and_then(Value::as_str).is_some_and(|c| !c.trim().is_empty())
        })
    });
    consultation && draft && unsettled && (wanted || before)
}

/// Inserts `key` right after `after` (keeping the key order of the current format), or at the
/// end when there is no `after`.
fn insert_after(map: &mut serde_json::Map<String, Value>, after: &str, key: &str, value: Value) {
    let rest: Vec<(String, Value)> = std::mem::take(map).into_iter().collect();
    let mut value = Some(value);
    for (k, v) in rest {
        let here = k == after;
        map.insert(k, v);
        if here {
            if let Some(v) = value.take() {
                map.insert(key.into(), v);
            }
        }
    }
    if let Some(v) = value {
        map.insert(key.into(), v);
    }
}

/// An RFC 3339 timestamp as seconds since 0001-01-01 UTC, for comparing times written with
/// different offsets. `None` when it is not one.
pub fn instant(ts: &str) -> Option<i64> {
    if !is_timestamp(ts) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| ts.get(r).and_then(|s| s.parse::<i64>().ok());
    let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
    let (h, mi, s) = (n(11..13)?, n(14..16)?, n(17..19)?);
    // Days from civil (Howard Hinnant's algorithm).
    let (y2, m2) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let doy = (153 * m2 + 2) / 5 + d - 1;
    let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let offset = match ts.as_bytes().get(ts.len().saturating_sub(6)) {
        Some(b'+') | Some(b'-') if !ts.ends_with('Z') => {
            let o = &ts[ts.len() - 6..];
            let minutes = o.get(1..3)?.parse::<i64>().ok()? * 60 + o.get(4..6)?.parse::<i64>().ok()?;
            if o.starts_with('-') {
                -minutes
            } else {
                minutes
            }
        }
        _ => 0,
    };
    Some(days * 86_400 + h * 3600 + mi * 60 + s - offset * 60)
}

/// Whether `s` is an RFC 3339 timestamp `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`.
pub fn is_timestamp(s: &str) -> bool {
    let (Some(date), Some(rest)) = (s.get(..10), s.get(10..)) else {
        return false;
    };
    if !super::checks::is_iso_date(date) {
        return false;
    }
    let Some(rest) = rest.strip_prefix('T') else {
        return false;
    };
    let (Some(hm), Some(rest)) = (rest.get(..5), rest.get(5..)) else {
        return false;
    };
    let Some(rest) = rest.strip_prefix(':') else {
        return false;
    };
    let (Some(sec), Some(mut rest)) = (rest.get(..2), rest.get(2..)) else {
        return false;
    };
    if !super::checks::is_time_of_day(hm) || !sec.bytes().all(|b| b.is_ascii_digit()) || sec > "60" {
        return false;
    }
    if let Some(frac) = rest.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 9 {
            return false;
        }
        rest = &frac[n..];
    }
    match rest.as_bytes().first() {
        Some(b'Z') => rest.len() == 1,
        // Offsets in use on Earth lie within ±14:00, as FHIR's `instant` and `dateTime` require.
        Some(b'+' | b'-') => rest.len() == 6 && super::checks::is_time_of_day(&rest[1..]) && &rest[1..] <= "14:00",
        _ => false,
    }
}

fn check_limits(a: &Agreement) -> Result<(), ImportError> {
    let meta_ok = |s: &str| !s.trim().is_empty() && s.chars().count() <= limits::SHORT_TEXT;
    if !meta_ok(&a.id) {
        return Err(ImportError::BadMeta { path: "id".into() });
    }
    for (key, ts) in [("created", &a.created), ("updated", &a.updated)] {
        if !is_timestamp(ts) {
            return Err(ImportError::BadMeta { path: key.into() });
        }
    }
    for p in super::model::Perspective::ALL {
        if a.answers.answered_at.of(p).is_some_and(|t| !is_timestamp(t)) {
            return Err(ImportError::BadMeta { path: format!("answers.answered_at.{}", p.key()) });
        }
    }
    let (nt, pt) = (&a.schedule.next_time, &a.schedule.prepared_time);
    let date = super::checks::is_iso_date as fn(&str) -> bool;
    let time = super::checks::is_time_of_day as fn(&str) -> bool;
    for (f, value, ok) in [
        (TextField::PreparedDate, &pt.date, date),
        (TextField::PreparedTime, &pt.time, time),
        (TextField::NextDate, &nt.date, date),
        (TextField::NextTime, &nt.time, time),
        (TextField::AgreedDate, &a.agreed_by.date, date),
    ] {
        if value.as_deref().is_some_and(|v| !ok(v)) {
            return Err(ImportError::InvalidValue { path: f.json_path().into() });
        }
    }
    for f in TextField::ALL {
        let limit = f.max_chars();
        if f.get(a).chars().count() > limit {
            return Err(ImportError::TextTooLong { path: f.json_path().into(), limit });
        }
    }
    for list in ListId::ALL {
        let n = list.len(a);
        if n > limits::LIST_ITEMS {
            return Err(ImportError::TooManyRows { path: list.json_path().into(), limit: limits::LIST_ITEMS });
        }
        for i in 0..n {
            for &field in list.fields() {
                let limit = field.max_chars();
                if list.get(a, i, field).is_some_and(|v| v.chars().count() > limit) {
                    return Err(ImportError::TextTooLong { path: list.item_path(i, field), limit });
                }
            }
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for (i, r) in a.reworded.iter().enumerate() {
        if super::model::parse_question_id(&r.id).is_none() || seen.contains(&r.id.as_str()) {
            return Err(ImportError::InvalidValue { path: format!("reworded[{i}].id") });
        }
        seen.push(&r.id);
        for (lang, text) in [("sv", &r.sv), ("en", &r.en)] {
            if text.trim().is_empty() {
                return Err(ImportError::InvalidValue { path: format!("reworded[{i}].{lang}") });
            }
            if text.chars().count() > limits::ITEM_TEXT {
                return Err(ImportError::TextTooLong {
                    path: format!("reworded[{i}].{lang}"),
                    limit: limits::ITEM_TEXT,
                });
            }
        }
    }
    for (side, answers) in
        [("before", &a.answers.before), ("patient", &a.answers.patient), ("professional", &a.answers.professional)]
    {
        for (n, ans) in answers.iter().enumerate().take(QUESTION_COUNT) {
            if ans.comment.chars().count() > limits::ITEM_TEXT {
                return Err(ImportError::TextTooLong {
                    path: format!("answers.{side}[{n}].comment"),
                    limit: limits::ITEM_TEXT,
                });
            }
        }
    }
    Ok(())
}
