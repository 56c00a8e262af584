//! Any place in the agreement: what validation errors, focus and element ids point at.

use super::super::model::Perspective;
use super::super::step::Step;
use super::choice::ChoiceField;
use super::flag::FlagField;
use super::item::ItemField;
use super::list::ListId;
use super::text::TextField;

/// Any place in the agreement a validation error can point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldRef {
    /// A text field.
    Text(TextField),
    /// A radio group.
    Choice(ChoiceField),
    /// A checkbox.
    Flag(FlagField),
    /// A field of a list row.
    Item(ListId, usize, ItemField),
    /// An answer to question `n` (0-based) from one side.
    Answer(Perspective, usize),
}

impl FieldRef {
    /// A stable, unique string for this place, used as element id suffix.
    pub fn key(&self) -> String {
        match self {
            FieldRef::Text(t) => t.key().to_string(),
            FieldRef::Choice(c) => c.key().to_string(),
            FieldRef::Flag(f) => f.key().to_string(),
            FieldRef::Item(l, i, f) => format!("{}-{}-{}", l.key(), i, f.key()),
            FieldRef::Answer(p, n) => format!("answer-{}-{}", p.key(), n + 1),
        }
    }

    /// The step on which this place is edited.
    pub fn step(&self) -> Step {
        match self {
            FieldRef::Text(t) => t.step(),
            FieldRef::Choice(c) => c.step(),
            FieldRef::Flag(f) => f.step(),
            FieldRef::Item(l, _, _) => l.step(),
            FieldRef::Answer(_, _) => Step::Questions,
        }
    }
}
