//! The steps of the dialogue and which field belongs to which step.

use super::field::{ChoiceField, FlagField, ListId, TextField, TimeSlot};
use super::model::{Agreement, Mode, Tri, QUESTION_COUNT};

/// A page of the guided dialogue. `Start` is not counted in "Steg N av 7".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// Mode, language, resume or open a file.
    Start,
    /// Vad är viktigt för dig?
    WhatMatters,
    /// Part 1: Vad gör du och vad gör vården?
    Commitments,
    /// Part 2: Sammanhållen planering.
    Planning,
    /// Part 3: Fast vårdkontakt och kontaktvägar.
    Contacts,
    /// Part 4: Nästa steg och överenskommen tid.
    Schedule,
    /// The seven questions.
    Questions,
    /// Check answers, gaps, kvitto, agreed by, exports.
    Summary,
}

impl Step {
    /// The numbered steps, in order (both modes walk the same steps; prepare shows fewer fields).
    pub const NUMBERED: [Step; 7] = [
        Step::WhatMatters,
        Step::Commitments,
        Step::Planning,
        Step::Contacts,
        Step::Schedule,
        Step::Questions,
        Step::Summary,
    ];

    /// 1-based position among the numbered steps; `None` for `Start`.
    pub fn number(self) -> Option<usize> {
        Step::NUMBERED.iter().position(|s| *s == self).map(|i| i + 1)
    }

    /// The step after this one; `None` after the summary.
    pub fn next(self) -> Option<Step> {
        match self {
            Step::Start => Some(Step::WhatMatters),
            s => s.number().and_then(|n| Step::NUMBERED.get(n).copied()),
        }
    }

    /// The step before this one; `None` on the start page.
    pub fn prev(self) -> Option<Step> {
        match self.number() {
            None => None,
            Some(1) => Some(Step::Start),
            Some(n) => Step::NUMBERED.get(n - 2).copied(),
        }
    }

    /// Stable id, for element ids, URLs fragments and content keys.
    pub fn key(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::WhatMatters => "what-matters",
            Step::Commitments => "commitments",
            Step::Planning => "planning",
            Step::Contacts => "contacts",
            Step::Schedule => "schedule",
            Step::Questions => "questions",
            Step::Summary => "summary",
        }
    }

    /// Inverse of [`Step::key`].
    pub fn from_key(key: &str) -> Option<Step> {
        std::iter::once(Step::Start).chain(Step::NUMBERED).find(|s| s.key() == key)
    }

    /// What the summary lists for this step, in dialogue order (the print view and the
    /// summary's "Ändra" rows follow it). Fields a mode does not show are left out.
    pub fn summary_rows(self, mode: Mode) -> Vec<SummaryRow> {
        use SummaryRow::{Choice, Flag, List, Question, Text};
        let consultation = mode == Mode::Consultation;
        match self {
            Step::WhatMatters => vec![
                Text(TextField::OwnWords),
                List(ListId::Goals),
                Text(TextField::Resources),
                List(ListId::Relatives),
                Text(TextField::QuestionsForVisit),
                Text(TextField::PatientName),
                Text(TextField::PersonalNumber),
                Flag(FlagField::RelativeHelped),
            ],
            // Preparing, the patient writes wishes, not what care does.
            Step::Commitments => [
                Some(List(ListId::SelfCare)),
                Some(List(ListId::WarningSigns)),
                consultation.then_some(List(ListId::CareActions)),
                Some(List(ListId::CareWishes)),
            ]
            .into_iter()
            .flatten()
            .collect(),
            Step::Planning => vec![
                List(ListId::Plans),
                Flag(FlagField::NoOtherPlans),
                Choice(ChoiceField::CoordinationNeed),
                Text(TextField::Coordinator),
            ],
            // What the patient said before the visit, then (in the consultation) what is settled.
            Step::Contacts => {
                let mut rows = vec![
                    Choice(ChoiceField::FixedContactHas),
                    Choice(ChoiceField::FixedContactWanted),
                    List(ListId::PatientContacts),
                ];
                if consultation {
                    rows.extend([Choice(ChoiceField::FixedContactNeeded), List(ListId::CareContacts)]);
                }
                rows.push(List(ListId::Routes));
                rows
            }
            Step::Schedule => {
                let mut rows = vec![Text(TextField::NextStep), SummaryRow::Time(TimeSlot::Prepared)];
                if consultation {
                    rows.extend([
                        SummaryRow::Time(TimeSlot::Next),
                        Choice(ChoiceField::NextMode),
                        Choice(ChoiceField::Initiator),
                        Text(TextField::Review),
                    ]);
                } else {
                    rows.extend([Choice(ChoiceField::PreparedMode), Choice(ChoiceField::PreparedInitiator)]);
                }
                rows
            }
            Step::Questions => (0..QUESTION_COUNT).map(Question).collect(),
            Step::Start | Step::Summary => Vec::new(),
        }
    }
}

/// One row of the summary's check-answers list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SummaryRow {
    /// A text field.
    Text(TextField),
    /// A list, all its rows.
    List(ListId),
    /// A radio group.
    Choice(ChoiceField),
    /// A checkbox.
    Flag(FlagField),
    /// One of the next times: date, time and period together (and, for the patient's time shown
    /// in a consultation, how and who too).
    Time(TimeSlot),
    /// Question `n` (0-based), the answers of every side the mode shows.
    Question(usize),
}

impl SummaryRow {
    /// Whether the row shows anything the user gave (text, a row, a choice, a ticked box).
    pub fn is_given(self, a: &super::model::Agreement) -> bool {
        let answered = |p: super::model::Perspective, n: usize| a.answers.of(p)[n].value.is_some();
        match self {
            SummaryRow::Text(f) => !f.get(a).trim().is_empty(),
            SummaryRow::List(l) => (0..l.len(a)).any(|i| !l.row_is_blank(a, i)),
            SummaryRow::Choice(c) => c.get(a).is_set(),
            SummaryRow::Flag(f) => f.get(a),
            SummaryRow::Time(slot) => match (slot, a.mode) {
                (TimeSlot::Prepared, Mode::Consultation) => !slot.get(a).is_blank(),
                _ => slot.get(a).has_when(),
            },
            SummaryRow::Question(n) => match a.mode {
                Mode::Prepare => answered(super::model::Perspective::Before, n),
                Mode::Consultation => answered(super::model::Perspective::Patient, n),
            },
        }
    }

    /// Whether the summary lists this row among what was not given ("Ej angivet", with a link to
    /// fill it in) when it is empty. Not what the patient only gives if she knows or wants to (who
    /// helps with coordination: that nobody does may be her point; a time she already has; how
    /// and who she would like for the next contact), not what she was not asked (her wish for a
    /// fast vårdkontakt when she has one, the person when she neither has nor wants one), and not,
    /// in the consultation, what she said before the visit: nobody fills that in there. Who
    /// coordinates is care's to name only when coordination is needed.
    pub fn listed_when_empty(self, a: &Agreement) -> bool {
        let consultation = a.mode == Mode::Consultation;
        let c = &a.contacts;
        match self {
            SummaryRow::Text(TextField::Coordinator) => consultation && a.planning.coordination_need == Some(Tri::Yes),
            SummaryRow::Choice(ChoiceField::FixedContactWanted) => {
                !consultation && c.fixed_contact_has != Some(Tri::Yes)
            }
            SummaryRow::List(ListId::PatientContacts) => {
                !consultation && (c.fixed_contact_has == Some(Tri::Yes) || c.wish() == Some(Tri::Yes))
            }
            SummaryRow::Choice(ChoiceField::PreparedMode | ChoiceField::PreparedInitiator)
            | SummaryRow::Time(TimeSlot::Prepared) => false,
            SummaryRow::Choice(ChoiceField::FixedContactHas) | SummaryRow::List(ListId::CareWishes) => !consultation,
            _ => true,
        }
    }

    /// The step on which what this row shows is edited.
    pub fn step(self) -> Step {
        match self {
            SummaryRow::Text(f) => f.step(),
            SummaryRow::List(l) => l.step(),
            SummaryRow::Choice(c) => c.step(),
            SummaryRow::Flag(f) => f.step(),
            SummaryRow::Time(slot) => slot.text_fields()[0].step(),
            SummaryRow::Question(_) => Step::Questions,
        }
    }
}
