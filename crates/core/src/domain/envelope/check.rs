//! What a document of the right shape must still hold to be opened: its meta, dates and times,
//! the length of every text and list, the reworded questions, the words each answer's question
//! was asked in.

use super::super::checks::{is_iso_date, is_time_of_day};
use super::super::field::{limits, ListId, TextField};
use super::super::model::{parse_question_id, Agreement, Perspective, QUESTION_COUNT};
use super::error::ImportError;
use super::timestamp::is_timestamp;

pub(super) fn check_limits(a: &Agreement) -> Result<(), ImportError> {
    let meta_ok = |s: &str| !s.trim().is_empty() && s.chars().count() <= limits::SHORT_TEXT;
    if !meta_ok(&a.id) {
        return Err(ImportError::BadMeta { path: "id".into() });
    }
    for (key, ts) in [("created", &a.created), ("updated", &a.updated)] {
        if !is_timestamp(ts) {
            return Err(ImportError::BadMeta { path: key.into() });
        }
    }
    for p in Perspective::ALL {
        if a.answers.answered_at.of(p).is_some_and(|t| !is_timestamp(t)) {
            return Err(ImportError::BadMeta { path: format!("answers.answered_at.{}", p.key()) });
        }
    }
    let (nt, pt) = (&a.schedule.next_time, &a.schedule.prepared_time);
    let date = is_iso_date as fn(&str) -> bool;
    let time = is_time_of_day as fn(&str) -> bool;
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
        if parse_question_id(&r.id).is_none() || seen.contains(&r.id.as_str()) {
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
            // The words she was asked: a page that is not Swedish (a Swedish page records
            // none), and a question's words, never empty or longer than a row's text.
            if let Some(asked) = &ans.asked {
                if asked.language.is_swedish() {
                    return Err(ImportError::InvalidValue { path: format!("answers.{side}[{n}].asked.language") });
                }
                if asked.text.trim().is_empty() {
                    return Err(ImportError::InvalidValue { path: format!("answers.{side}[{n}].asked.text") });
                }
                if asked.text.chars().count() > limits::ITEM_TEXT {
                    return Err(ImportError::TextTooLong {
                        path: format!("answers.{side}[{n}].asked.text"),
                        limit: limits::ITEM_TEXT,
                    });
                }
            }
        }
    }
    Ok(())
}
