//! What each step shows on the summary, and where a field is on its page.

use super::field::{ChoiceField, FieldRef, FlagField, ListId, TextField, TimeSlot};
use super::model::{Agreement, Mode, Perspective, Tri, QUESTION_COUNT};
use super::step::Step;

impl Step {
    /// The step's pages, each with what it asks, in dialogue order: one topic (or a few short
    /// ones) per page, so that no page filled in is longer than three phone screens (issue 29).
    /// The summary lists the rows in this order too ([`Step::summary_rows`]). Fields a mode does
    /// not show are left out. The start page and the summary are one page each, asking nothing
    /// listed here.
    pub fn pages(self, mode: Mode) -> Vec<Vec<SummaryRow>> {
        use SummaryRow::{Choice, Flag, List, Question, Text};
        let consultation = mode == Mode::Consultation;
        match self {
            Step::WhatMatters => vec![
                vec![Text(TextField::OwnWords), List(ListId::Goals)],
                vec![Text(TextField::Resources), List(ListId::Relatives)],
                vec![
                    Text(TextField::QuestionsForVisit),
                    Text(TextField::PatientName),
                    Text(TextField::PersonalNumber),
                    Flag(FlagField::RelativeHelped),
                ],
            ],
            // Preparing, the patient writes wishes, not what care does; in the consultation her
            // wishes are shown beside what care does, to be taken over.
            Step::Commitments => vec![
                vec![List(ListId::SelfCare)],
                vec![List(ListId::WarningSigns)],
                if consultation {
                    vec![List(ListId::CareActions), List(ListId::CareWishes)]
                } else {
                    vec![List(ListId::CareWishes)]
                },
            ],
            Step::Planning => vec![vec![
                List(ListId::Plans),
                Flag(FlagField::NoOtherPlans),
                Choice(ChoiceField::CoordinationNeed),
                Text(TextField::Coordinator),
            ]],
            // What the patient said before the visit, then (in the consultation) what is settled;
            // how to get in touch on a page of its own.
            Step::Contacts => {
                let mut contact = vec![
                    Choice(ChoiceField::FixedContactHas),
                    Choice(ChoiceField::FixedContactWanted),
                    List(ListId::PatientContacts),
                ];
                if consultation {
                    contact.extend([Choice(ChoiceField::FixedContactNeeded), List(ListId::CareContacts)]);
                }
                vec![contact, vec![List(ListId::Routes)]]
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
                vec![rows]
            }
            // Both sides of a question take more room than her side alone: in the consultation
            // the introduction and the first question, then two a page.
            Step::Questions => {
                let first = if consultation { 1 } else { 4 };
                let per_page = if consultation { 2 } else { 4 };
                let rest: Vec<usize> = (first..QUESTION_COUNT).collect();
                std::iter::once((0..first).map(Question).collect())
                    .chain(rest.chunks(per_page).map(|c| c.iter().map(|n| Question(*n)).collect()))
                    .collect()
            }
            Step::Start | Step::Summary => vec![Vec::new()],
        }
    }

    /// How many pages the step has (at least one).
    pub fn page_count(self, mode: Mode) -> usize {
        self.pages(mode).len().max(1)
    }

    /// The page (0-based) on which this row is asked; `None` when the step does not ask it in
    /// this mode.
    pub fn page_of(self, mode: Mode, row: SummaryRow) -> Option<usize> {
        self.pages(mode).iter().position(|p| p.contains(&row))
    }

    /// What the summary lists for this step, in dialogue order (the print view and the
    /// summary's "Ändra" rows follow it): its pages' rows, one after the other.
    pub fn summary_rows(self, mode: Mode) -> Vec<SummaryRow> {
        self.pages(mode).into_iter().flatten().collect()
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

    /// The field its "Ändra" takes the user to and focuses: the row's own field, a list's first
    /// row, a time's date, the answer of the side the summary shows; `None` where the step has
    /// no field of its own for it (her prepared time, in a consultation, is hers, not edited
    /// there), and the step's heading takes focus.
    pub fn field(self, a: &Agreement) -> Option<FieldRef> {
        match self {
            SummaryRow::Text(f) => Some(FieldRef::Text(f)),
            SummaryRow::Choice(c) => Some(FieldRef::Choice(c)),
            SummaryRow::Flag(f) => Some(FieldRef::Flag(f)),
            SummaryRow::List(l) => match (l.len(a), l.fields().first()) {
                (1.., Some(f)) => Some(FieldRef::Item(l, 0, *f)),
                _ => None,
            },
            SummaryRow::Time(TimeSlot::Next) => Some(FieldRef::Text(TextField::NextDate)),
            SummaryRow::Time(TimeSlot::Prepared) => {
                (a.mode == Mode::Prepare).then_some(FieldRef::Text(TextField::PreparedDate))
            }
            SummaryRow::Question(n) => Some(FieldRef::Answer(
                match a.mode {
                    Mode::Prepare => Perspective::Before,
                    Mode::Consultation => Perspective::Patient,
                },
                n,
            )),
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

impl FieldRef {
    /// The summary row that shows this place (a date or time is part of its time's row, an item
    /// of its list's, an answer of its question's).
    pub fn row(&self) -> SummaryRow {
        match self {
            FieldRef::Text(t) => match TimeSlot::of_field(*t) {
                Some(slot) => SummaryRow::Time(slot),
                None => SummaryRow::Text(*t),
            },
            FieldRef::Choice(c) => SummaryRow::Choice(*c),
            FieldRef::Flag(f) => SummaryRow::Flag(*f),
            FieldRef::Item(l, _, _) => SummaryRow::List(*l),
            FieldRef::Answer(_, n) => SummaryRow::Question(*n),
        }
    }

    /// The page of its step on which this place is (0-based; the first page when the step does
    /// not list it in this mode, as the summary's own fields).
    pub fn page(&self, mode: Mode) -> usize {
        self.step().page_of(mode, self.row()).unwrap_or(0)
    }

    /// Where this place is on its page, as a sort key: the step, the field's position in the
    /// step's order (as the summary lists it), the row, the field within the row. Problems are
    /// listed in this order, the order a reader meets the fields.
    pub fn page_order(&self, mode: Mode) -> (Step, usize, usize, usize) {
        let step = self.step();
        let rows = step.summary_rows(mode);
        let at = |r: SummaryRow| rows.iter().position(|x| *x == r).unwrap_or(rows.len());
        match self {
            FieldRef::Text(t) => {
                let index = TextField::ALL.iter().position(|x| x == t).unwrap_or_default();
                (step, at(self.row()), 0, index)
            }
            FieldRef::Choice(c) => (step, at(SummaryRow::Choice(*c)), 0, 0),
            FieldRef::Flag(f) => (step, at(SummaryRow::Flag(*f)), 0, 0),
            FieldRef::Item(l, i, f) => {
                (step, at(SummaryRow::List(*l)), *i, l.fields().iter().position(|x| x == f).unwrap_or_default())
            }
            FieldRef::Answer(p, n) => (step, *n, Perspective::ALL.iter().position(|x| x == p).unwrap_or_default(), 0),
        }
    }
}
