//! Every text the user sees, by subject:
//! [`ui`] (the frame, start page, navigation, notices, summary), [`steps`] (headings and
//! introductions), [`fields`] (labels and hints of every field, list and radio group),
//! [`values`] (words for the choices), [`messages`] (validation, gaps, import errors) and
//! [`questions`] (SKR's seven questions, verbatim).
//!
//! Each text is a [`Text`]: its Swedish is in the code (and is its key); every other language
//! is a file, `texts/<tag>.json` ([`texts`]), loaded when the language is chosen and checked
//! against [`catalogue`], the list of every text, made from the types. Words for the domain's
//! codes live here, not in the domain. The only English in the code is the JavaScript API's
//! messages, which are English for the host's developers ([`text::with_english`]).

pub mod catalogue;
pub mod fields;
pub mod messages;
pub mod plural;
pub mod questions;
pub mod static_start;
pub mod steps;
pub mod text;
pub mod texts;
pub mod ui;
pub mod values;

pub use fields::{
    choice_field, choice_label_in, flag, item_label, item_label_for, list_text, list_text_for, text_field,
    text_field_in, FieldText, ListText, ROUTE_KIND_LABEL,
};
pub use messages::{error, gap, human_bytes, import_error, import_error_detail, import_error_reason};
pub use plural::{labelled, list, Plural};
pub use questions::{
    asked, asked_record, question, skr_wording_beside, QUESTION_FOLLOWUP, QUESTION_TOPICS, SKR_WORDING,
};
pub use steps::{step_intro, step_part, step_title};
pub use text::{fill, fill_each, Piece, Text};
pub use ui::Ui;
pub use values::{choice, contact_mode, initiator, initiator_sentence, route_kind, tri};
