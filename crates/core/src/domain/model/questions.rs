//! The questions the host reworded, and the stable text ids of the seven questions.

use serde::{Deserialize, Serialize};

use super::answers::{Perspective, QUESTION_COUNT};

/// One of the seven questions in the host's wording (seed 003: the questions "kan omformas så
/// att de stämmer in i språkbruk och kultur på arbetsplatsen"). The agreement records the words
/// that were asked, so no record claims SKR's wording for the host's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reworded {
    /// The question's stable text id ([`question_id`]): `question.patient.1` …
    /// `question.professional.7`.
    pub id: String,
    /// The Swedish wording.
    pub sv: String,
    /// The English wording.
    pub en: String,
}

/// The stable text id of question `n` (0-based) in the version `p` answers: the patient's
/// version (before and after the visit) or care's. Region settings reword questions by it.
pub fn question_id(p: Perspective, n: usize) -> String {
    let side = match p {
        Perspective::Before | Perspective::Patient => "patient",
        Perspective::Professional => "professional",
    };
    format!("question.{side}.{}", n + 1)
}

/// The question a text id names ([`question_id`], read back): its version (`Patient` for the
/// patient's, `Professional` for care's) and number, 0-based; `None` for any other id.
pub fn parse_question_id(id: &str) -> Option<(Perspective, usize)> {
    [Perspective::Patient, Perspective::Professional]
        .into_iter()
        .flat_map(|p| (0..QUESTION_COUNT).map(move |n| (p, n)))
        .find(|(p, n)| question_id(*p, *n) == id)
}
