//! Every text the user sees, in Swedish and English, keyed by stable ids, by subject:
//! [`ui`] (the frame, start page, navigation, notices, summary), [`steps`] (headings and
//! introductions), [`fields`] (labels and hints of every field, list and radio group),
//! [`values`] (words for the choices), [`messages`] (validation, gaps, import errors) and
//! [`questions`] (SKR's seven questions, verbatim).
//!
//! Each entry is a [`Bilingual`] pair; the tables are exhaustive `match`es or macro-built enums
//! that take both languages, so a missing translation does not compile, and `tests/content.rs`
//! checks that none is empty. Words for the domain's codes live here, not in the domain.
//!
//! The widget's own wasm module does not carry the English of [`bi`] pairs: a patient reading
//! Swedish does not download it. It reads them from `texts/en.json` (generated from these
//! sources, [`english`]) once English is chosen; [`bi_kept`] pairs keep their English in the
//! module (the JS API's English messages, and the few Swedish words whose English depends on
//! where they stand).

pub mod english;
pub mod fields;
pub mod messages;
pub mod questions;
pub mod static_start;
pub mod steps;
pub mod ui;
pub mod values;

pub use fields::{
    choice_field, choice_label_in, flag, item_label, item_label_for, list_text, list_text_for, text_field,
    text_field_in, FieldText, ListText, ROUTE_KIND_LABEL,
};
pub use messages::{error, gap, human_bytes, import_error, import_error_detail, import_error_reason};
pub use questions::{asked, question, QUESTION_FOLLOWUP, QUESTION_TOPICS};
pub use steps::{step_intro, step_title};
pub use ui::Ui;
pub use values::{choice, contact_mode, initiator, initiator_sentence, route_kind, tri};

use crate::domain::Language;

/// One text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bilingual {
    /// Swedish.
    pub sv: &'static str,
    /// English; empty in the widget's own module, where [`english`] has it (see [`bi`]).
    pub en: &'static str,
}

impl Bilingual {
    /// The text in one language. English not in this module is looked up in [`english`]'s
    /// table; before that has arrived, the Swedish text (the app shows Swedish until then).
    pub fn get(&self, lang: Language) -> &'static str {
        match lang {
            Language::Sv => self.sv,
            Language::En if !self.en.is_empty() => self.en,
            Language::En => english::lookup(self.sv),
        }
    }
}

/// A text in Swedish and English. In the widget's own module the English is left out (the
/// compiler drops the literal) and read from `texts/en.json` when English is chosen.
pub(crate) const fn bi(sv: &'static str, en: &'static str) -> Bilingual {
    Bilingual { sv, en: if english::IN_TABLE { "" } else { en } }
}

/// A text in Swedish and English that keeps its English in every module: for what must be in
/// English before the table has arrived (the JS API's messages) and for a Swedish text whose
/// English differs by place, which the table, keyed by the Swedish, cannot tell apart.
pub(crate) const fn bi_kept(sv: &'static str, en: &'static str) -> Bilingual {
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
