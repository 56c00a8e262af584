//! The agreement itself: plain serde data, the one in-memory state every output derives from.
//!
//! Field order here is the key order of the native JSON format, so it is part of the format:
//! reordering fields changes exports byte for byte. Free text is stored exactly as typed
//! (no trimming); "not given" is the empty string for text and `null` for choices and dates.
//!
//! One file per part of the agreement (`parts.rs`, `contacts.rs`, `schedule.rs`, `answers.rs`),
//! its small enums (`choices.rs`; the language is `domain::language`) and their keys (`keys.rs`), the reworded
//! questions (`questions.rs`), and the whole of it (`agreement.rs`).

mod agreement;
mod answers;
mod choices;
mod contacts;
mod keys;
mod parts;
mod present;
mod questions;
mod schedule;

pub use super::language::Language;
pub use agreement::Agreement;
pub use answers::{Answer, AnsweredAt, Answers, Asked, Perspective, QUESTION_COUNT};
pub use choices::{ContactMode, Initiator, Mode, RouteKind, Status, Tri};
pub use contacts::{CareContact, ContactRoute, Contacts, HerContact};
pub use parts::{AgreedBy, Commitments, Goal, Item, Patient, Plan, Planning, Relative, WhatMatters};
pub use questions::{parse_question_id, question_id, Reworded};
pub use schedule::{NextTime, Schedule};
