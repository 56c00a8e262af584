//! The Patientkontrakt domain: the agreement, its actions, validation, kvitto and formats.
//!
//! Plain Rust only. Nothing here knows about the browser (no yew, web-sys, js-sys, gloo or
//! wasm-bindgen; `tests/architecture.rs` fails if one appears), and nothing reads a clock or
//! a random source: ids and timestamps are passed in. So `cargo test` covers all of it.

pub mod action;
pub mod checks;
pub mod envelope;
pub mod field;
pub mod followup;
pub mod kvitto;
pub mod language;
pub mod model;
pub mod session;
pub mod settings;
pub mod step;
pub mod steps;
pub mod text_ids;
pub mod validate;

pub use action::{apply, Action, Outcome};
pub use field::{
    limits, Choice, ChoiceField, FieldRef, FlagField, InputKind, ItemField, ListId, Row, TextField, TimeSlot,
};
pub use kvitto::{kvitto, Kvitto, PartGap, QuestionStatus};
pub use model::*;
pub use session::{
    Command, Confirm, Effect, FhirChoice, Focus, HostChoices, HostOutcome, Loaded, Notice, Session, Start,
    StorageProblem, Tell, Undo, View,
};
pub use settings::Settings;
pub use step::Step;
pub use steps::SummaryRow;
pub use validate::{validate, validate_for_agreement, validate_step, ErrorCode, Problem};
