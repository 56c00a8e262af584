//! The fields of list rows, and which row type has which: one row per type in `rows!`.

use super::super::model::{CareContact, ContactRoute, Goal, Item, Plan, Relative};
use super::limits;
use super::text::InputKind;

/// A field within a list row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemField {
    /// Name.
    Name,
    /// Relation.
    Relation,
    /// Contact details.
    Contact,
    /// What.
    Text,
    /// Who / where.
    Who,
    /// When.
    When,
    /// Title of a plan.
    Title,
    /// Care giver.
    CareGiver,
    /// Role.
    Role,
    /// What a fast vårdkontakt helps the patient with.
    HelpsWith,
    /// Unit.
    Unit,
    /// How to reach.
    Reach,
    /// HSA-id.
    HsaId,
    /// Details of a contact route.
    Details,
}

impl ItemField {
    /// Stable id, used for element ids and content keys.
    pub fn key(self) -> &'static str {
        match self {
            ItemField::Name => "name",
            ItemField::Relation => "relation",
            ItemField::Contact => "contact",
            ItemField::Text => "text",
            ItemField::Who => "who",
            ItemField::When => "when",
            ItemField::Title => "title",
            ItemField::CareGiver => "care-giver",
            ItemField::Role => "role",
            ItemField::HelpsWith => "helps-with",
            ItemField::Unit => "unit",
            ItemField::Reach => "reach",
            ItemField::HsaId => "hsa-id",
            ItemField::Details => "details",
        }
    }

    /// How the field is typed in: a name, an HSA-id and contact details as what they are
    /// ([`InputKind::identifies`]), the rest as free text (one line or several: the list says).
    pub fn input(self) -> InputKind {
        match self {
            ItemField::Name => InputKind::Name,
            ItemField::Who => InputKind::IdentifyingLine,
            ItemField::HsaId => InputKind::Code,
            ItemField::Details => InputKind::IdentifyingLine,
            ItemField::Contact | ItemField::Reach => InputKind::Contact,
            _ => InputKind::Line,
        }
    }

    /// Most characters the field holds.
    pub fn max_chars(self) -> usize {
        match self {
            ItemField::HsaId => limits::SHORT_TEXT,
            _ => limits::ITEM_TEXT,
        }
    }
}

/// A row of one of the lists: which [`ItemField`]s it has and where each is stored.
pub trait Row: Default {
    /// The row's text fields, in display order. (A route's kind is a choice, set apart.)
    const FIELDS: &'static [ItemField];
    /// One field's value; `None` when the row has no such field.
    fn field(&self, f: ItemField) -> Option<&String>;
    /// One field's value, mutable.
    fn field_mut(&mut self, f: ItemField) -> Option<&mut String>;
    /// The JSON key of one field (`care_giver`).
    fn json_key(f: ItemField) -> Option<&'static str>;
}

/// Implements [`Row`] from `Type { ItemField => rust_field, … }`.
macro_rules! rows {
    ($($ty:ident { $($f:ident => $field:ident),* })*) => {$(
        impl Row for $ty {
            const FIELDS: &'static [ItemField] = &[$(ItemField::$f),*];
            fn field(&self, f: ItemField) -> Option<&String> {
                match f { $(ItemField::$f => Some(&self.$field),)* _ => None }
            }
            fn field_mut(&mut self, f: ItemField) -> Option<&mut String> {
                match f { $(ItemField::$f => Some(&mut self.$field),)* _ => None }
            }
            fn json_key(f: ItemField) -> Option<&'static str> {
                match f { $(ItemField::$f => Some(stringify!($field)),)* _ => None }
            }
        }
    )*};
}

rows! {
    Relative { Name => name, Relation => relation, Contact => contact }
    Goal { Text => text }
    Item { Text => text, Who => who, When => when }
    Plan { Title => title, CareGiver => care_giver, Contact => contact }
    CareContact { Name => name, Role => role, HelpsWith => helps_with, Unit => unit, Reach => reach, HsaId => hsa_id }
    ContactRoute { Details => details }
}
