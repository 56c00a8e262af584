//! The add / edit / remove lists: one row per list in `lists!`.

use super::super::model::{Agreement, CareContact, ContactRoute, Goal, Item, Plan, Relative};
use super::super::step::Step;
use super::item::{ItemField, Row};

/// Declares [`ListId`]: one row per list, `Name = "key", Step, RowType, path;`.
macro_rules! lists {
    ($($(#[$doc:meta])* $name:ident = $key:literal, $step:ident, $row:ident, $root:ident $(. $seg:ident)*;)*) => {
        /// The add / edit / remove lists.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ListId { $($(#[$doc])* $name),* }

        impl ListId {
            /// Every list, in dialogue order.
            pub const ALL: [ListId; [$(stringify!($name)),*].len()] = [$(ListId::$name),*];

            /// Stable id, used for element ids and content keys.
            pub fn key(self) -> &'static str {
                match self { $(ListId::$name => $key),* }
            }

            /// The list's path in the native JSON format.
            pub fn json_path(self) -> &'static str {
                match self { $(ListId::$name => concat!(stringify!($root) $(, ".", stringify!($seg))*)),* }
            }

            /// The step on which the list is edited.
            pub fn step(self) -> Step {
                match self { $(ListId::$name => Step::$step),* }
            }

            /// The text fields of one row, in display order. (A route's kind is a choice.)
            pub fn fields(self) -> &'static [ItemField] {
                match self { $(ListId::$name => <$row as Row>::FIELDS),* }
            }

            /// The JSON key of a row field (`care_giver`); `None` when rows have no such field.
            pub fn json_key(self, f: ItemField) -> Option<&'static str> {
                match self { $(ListId::$name => <$row as Row>::json_key(f)),* }
            }

            /// Number of rows.
            pub fn len(self, a: &Agreement) -> usize {
                match self { $(ListId::$name => a.$root $(.$seg)*.len()),* }
            }

            /// The value of one field of one row; `None` when the row or field does not exist.
            pub fn get(self, a: &Agreement, index: usize, f: ItemField) -> Option<&str> {
                match self { $(ListId::$name => a.$root $(.$seg)*.get(index)?.field(f).map(String::as_str)),* }
            }

            /// Mutable access to one field of one row; `None` when the row or field does not exist.
            pub(crate) fn get_mut(self, a: &mut Agreement, index: usize, f: ItemField) -> Option<&mut String> {
                match self { $(ListId::$name => a.$root $(.$seg)*.get_mut(index)?.field_mut(f)),* }
            }

            /// Appends an empty row.
            pub(crate) fn push_default(self, a: &mut Agreement) {
                match self { $(ListId::$name => a.$root $(.$seg)*.push(Default::default())),* }
            }

            /// Removes a row; `false` when there is no such row.
            pub(crate) fn remove(self, a: &mut Agreement, index: usize) -> bool {
                match self { $(ListId::$name => remove_row(&mut a.$root $(.$seg)*, index)),* }
            }
        }
    };
}

lists! {
    /// Närstående.
    Relatives = "relatives", WhatMatters, Relative, relatives;
    /// Goals.
    Goals = "goals", WhatMatters, Goal, what_matters.goals;
    /// What I do to feel well.
    SelfCare = "self-care", Commitments, Item, commitments.self_care;
    /// What I keep an eye on; when and where to seek care.
    WarningSigns = "warning-signs", Commitments, Item, commitments.warning_signs;
    /// What care does (agreed in the consultation).
    CareActions = "care-actions", Commitments, Item, commitments.care_actions;
    /// What the patient wishes care to do (the patient's words, not yet a commitment).
    CareWishes = "care-wishes", Commitments, Item, commitments.care_wishes;
    /// Plans across care givers.
    Plans = "plans", Planning, Plan, planning.plans;
    /// The contacts the patient wrote before the visit (hers until the consultation settles them).
    PatientContacts = "patient-contacts", Contacts, CareContact, contacts.patient_contacts;
    /// Fast vårdkontakt(er), settled in the consultation.
    CareContacts = "care-contacts", Contacts, CareContact, contacts.care_contacts;
    /// Contact routes.
    Routes = "routes", Contacts, ContactRoute, contacts.routes;
}

fn remove_row<T>(v: &mut Vec<T>, i: usize) -> bool {
    if i < v.len() {
        v.remove(i);
        true
    } else {
        false
    }
}

impl ListId {
    /// Whether the list has no rows.
    pub fn is_empty(self, a: &Agreement) -> bool {
        self.len(a) == 0
    }

    /// Whether every text field of a row is blank. A route always has a kind, but a route
    /// without details says nothing and counts as blank too.
    pub fn row_is_blank(self, a: &Agreement, index: usize) -> bool {
        self.fields().iter().all(|f| self.get(a, index, *f).is_none_or(|v| v.trim().is_empty()))
    }

    /// The JSON path of one field of one row (`planning.plans[2].care_giver`).
    pub fn item_path(self, index: usize, f: ItemField) -> String {
        format!("{}[{index}].{}", self.json_path(), self.json_key(f).unwrap_or(f.key()))
    }
}
