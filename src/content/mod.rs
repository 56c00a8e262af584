//! Every text the user sees, in Swedish and English, keyed by stable ids, by subject:
//! [`ui`] (the frame, start page, navigation, notices, summary), [`steps`] (headings and
//! introductions), [`fields`] (labels and hints of every field, list and radio group),
//! [`values`] (words for the choices), [`messages`] (validation, gaps, import errors) and
//! [`questions`] (SKR's seven questions, verbatim).
//!
//! Each entry is a [`Bilingual`] pair; the tables are exhaustive `match`es or macro-built enums
//! that take both languages, so a missing translation does not compile, and `tests/content.rs`
//! checks that none is empty. Words for the domain's codes live here, not in the domain.

pub mod fields;
pub mod messages;
pub mod questions;
pub mod static_start;
pub mod steps;
pub mod ui;
pub mod values;

pub use fields::{choice_field, flag, item_label, list_text, text_field, FieldText, ListText, ROUTE_KIND_LABEL};
pub use messages::{error, gap, human_bytes, import_error};
pub use questions::{asked, question, QUESTION_TOPICS};
pub use steps::{step_intro, step_title};
pub use ui::Ui;
pub use values::{choice, contact_mode, initiator, language_name, route_kind, tri};

use crate::domain::Language;

/// One text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bilingual {
    /// Swedish.
    pub sv: &'static str,
    /// English.
    pub en: &'static str,
}

impl Bilingual {
    /// The text in one language.
    pub fn get(&self, lang: Language) -> &'static str {
        match lang {
            Language::Sv => self.sv,
            Language::En => self.en,
        }
    }
}

/// A text in Swedish and English.
pub(crate) const fn bi(sv: &'static str, en: &'static str) -> Bilingual {
    Bilingual { sv, en }
}

/// Replaces `{name}` placeholders.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}
