//! The seven questions' answers from each side, and when each set was given.

use serde::{Deserialize, Serialize};

use super::super::language::Language;
use super::choices::Tri;
use super::present::present;

/// Number of SKR questions that show whether a Patientkontrakt works.
pub const QUESTION_COUNT: usize = 7;

/// One answer to one of the seven questions.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Ja / Nej / Vet inte, or not answered.
    #[serde(deserialize_with = "present")]
    pub value: Option<Tri>,
    /// Optional comment.
    pub comment: String,
    /// The words she was asked, when the page showed the question in other words than a Swedish
    /// page does (a translation, or lättläst Swedish): set when the answer or its comment is
    /// changed on such a page, `null` when it is changed on a Swedish page (and for files from
    /// before version 5). SKR's Swedish wording the words stand for is the question at this
    /// answer's position (`content::question`), or the host's when it reworded it.
    #[serde(deserialize_with = "present")]
    pub asked: Option<Asked>,
}

/// The words a question was asked in on a page in another language (or version of Swedish)
/// than Swedish: a translation is not SKR's wording, so the record keeps them beside it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Asked {
    /// The language on screen (`ar`, `sv-x-lattlast`).
    pub language: Language,
    /// The question as the page showed it.
    pub text: String,
}

/// Whose answers, and when.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Perspective {
    /// The patient's answers before the visit (the patient's version of the questions). Kept
    /// beside the answers after the consultation; they never count toward the kvitto.
    Before,
    /// The patient's answers after going through the agreement (the patient's version).
    Patient,
    /// The care giver's version.
    Professional,
}

/// The seven answers from each side.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// The patient's answers before the visit, question 1 first.
    pub before: [Answer; QUESTION_COUNT],
    /// Patient's answers, question 1 first.
    pub patient: [Answer; QUESTION_COUNT],
    /// Professional's answers, question 1 first.
    pub professional: [Answer; QUESTION_COUNT],
    /// When each set of answers was last changed (RFC 3339): what a journal gives as the time
    /// the answers were given. `null` until then (and for files from version 1).
    pub answered_at: AnsweredAt,
}

/// When each set of answers was last changed.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnsweredAt {
    /// The patient's answers before the visit.
    #[serde(deserialize_with = "present")]
    pub before: Option<String>,
    /// The patient's answers after going through the agreement.
    #[serde(deserialize_with = "present")]
    pub patient: Option<String>,
    /// The professional's answers.
    #[serde(deserialize_with = "present")]
    pub professional: Option<String>,
}

impl AnsweredAt {
    /// When one set was last changed.
    pub fn of(&self, p: Perspective) -> Option<&str> {
        match p {
            Perspective::Before => self.before.as_deref(),
            Perspective::Patient => self.patient.as_deref(),
            Perspective::Professional => self.professional.as_deref(),
        }
    }

    fn slot(&mut self, p: Perspective) -> &mut Option<String> {
        match p {
            Perspective::Before => &mut self.before,
            Perspective::Patient => &mut self.patient,
            Perspective::Professional => &mut self.professional,
        }
    }

    /// Records that one set changed at `now`.
    pub(crate) fn stamp(&mut self, p: Perspective, now: &str) {
        *self.slot(p) = Some(now.to_string());
    }
}

impl Answers {
    /// The answers of one side.
    pub fn of(&self, p: Perspective) -> &[Answer; QUESTION_COUNT] {
        match p {
            Perspective::Before => &self.before,
            Perspective::Patient => &self.patient,
            Perspective::Professional => &self.professional,
        }
    }

    /// The answers of one side, mutable.
    pub fn of_mut(&mut self, p: Perspective) -> &mut [Answer; QUESTION_COUNT] {
        match p {
            Perspective::Before => &mut self.before,
            Perspective::Patient => &mut self.patient,
            Perspective::Professional => &mut self.professional,
        }
    }
}
