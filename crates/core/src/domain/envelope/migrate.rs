//! Older versions of the format brought up to the current one ([`VERSION`]), one step at a time.

use serde_json::Value;

use super::super::model::QUESTION_COUNT;
use super::error::ImportError;

/// The current format version.
pub const VERSION: u64 = 5;

/// Brings an older body up to the current version, one step at a time. Each step has a test
/// and a fixture of the old format (`tests/fixtures/v1/`).
pub(super) fn migrate(version: u64, body: Value) -> Result<Value, ImportError> {
    match version {
        VERSION => Ok(body),
        1 => migrate(2, migrate_v1(body)),
        2 => migrate(3, migrate_v2(body)),
        3 => migrate(4, migrate_v3(body)),
        4 => migrate(5, migrate_v4(body)),
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

/// Version 3 → 4: the language she filled it in (`written_in`) is kept apart from the language
/// on screen. In a v3 *preparation* she wrote in the language on screen, so it is `written_in`;
/// a v3 consultation does not say which language her preparation was in (opening it set
/// `language` to the screen's), so it gets none. A body of the wrong shape is left for the
/// typed reader to report.
pub fn migrate_v3(mut body: Value) -> Value {
    let preparation = body.get("mode").and_then(Value::as_str) == Some("prepare");
    let language = body.get("language").filter(|l| l.is_string()).cloned();
    if let (true, Some(language), Some(map)) = (preparation, language, body.as_object_mut()) {
        insert_after(map, "language", "written_in", language);
    }
    body
}

/// Version 4 → 5: every answer records the words its question was asked in when they were not
/// a Swedish page's (`asked`). Version 4 did not record them, so every answer gets `null` (the
/// record's line on the language she filled it in still says the questions were translated).
/// A body of the wrong shape is left for the typed reader to report.
pub fn migrate_v4(mut body: Value) -> Value {
    if let Some(ans) = body.get_mut("answers").and_then(Value::as_object_mut) {
        for side in ["before", "patient", "professional"] {
            let Some(list) = ans.get_mut(side).and_then(Value::as_array_mut) else { continue };
            for answer in list.iter_mut().filter_map(Value::as_object_mut) {
                answer.insert("asked".into(), Value::Null);
            }
        }
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
