//! The radio groups and their values.

use super::super::model::{Agreement, ContactMode, Initiator, Tri};
use super::super::step::Step;

/// A value for one of the radio groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// For the Ja / Nej / Vet inte groups.
    Tri(Option<Tri>),
    /// For how the next contact takes place.
    Mode(Option<ContactMode>),
    /// For who takes the initiative.
    Initiator(Option<Initiator>),
}

impl Choice {
    /// Whether a value is chosen.
    pub fn is_set(self) -> bool {
        match self {
            Choice::Tri(v) => v.is_some(),
            Choice::Mode(v) => v.is_some(),
            Choice::Initiator(v) => v.is_some(),
        }
    }
}

/// The single-choice questions (radio groups).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChoiceField {
    /// Need of help with coordination.
    CoordinationNeed,
    /// Whether the patient already has a fast vårdkontakt (before the visit).
    FixedContactHas,
    /// The patient's wish for a fast vårdkontakt (before the visit).
    FixedContactWanted,
    /// Need of a fast vårdkontakt (settled in the consultation).
    FixedContactNeeded,
    /// How the patient would like the next contact to take place (before the visit).
    PreparedMode,
    /// Who the patient says takes the initiative (before the visit).
    PreparedInitiator,
    /// How the next contact takes place.
    NextMode,
    /// Who takes the initiative.
    Initiator,
}

impl ChoiceField {
    /// Every radio group, in dialogue order.
    pub const ALL: [ChoiceField; 8] = [
        ChoiceField::CoordinationNeed,
        ChoiceField::FixedContactHas,
        ChoiceField::FixedContactWanted,
        ChoiceField::FixedContactNeeded,
        ChoiceField::PreparedMode,
        ChoiceField::PreparedInitiator,
        ChoiceField::NextMode,
        ChoiceField::Initiator,
    ];

    /// Stable id, used for element ids and content keys.
    pub fn key(self) -> &'static str {
        match self {
            ChoiceField::CoordinationNeed => "coordination-need",
            ChoiceField::FixedContactHas => "fixed-contact-has",
            ChoiceField::PreparedMode => "prepared-mode",
            ChoiceField::PreparedInitiator => "prepared-initiator",
            ChoiceField::FixedContactWanted => "fixed-contact-wanted",
            ChoiceField::FixedContactNeeded => "fixed-contact-needed",
            ChoiceField::NextMode => "next-mode",
            ChoiceField::Initiator => "initiator",
        }
    }

    /// The group's current value, as the agreement says it (her wish for a fast vårdkontakt is
    /// none once she says she has one).
    pub fn get(self, a: &Agreement) -> Choice {
        match self {
            ChoiceField::CoordinationNeed => Choice::Tri(a.planning.coordination_need),
            ChoiceField::FixedContactHas => Choice::Tri(a.contacts.fixed_contact_has),
            ChoiceField::PreparedMode => Choice::Mode(a.schedule.prepared_time.mode),
            ChoiceField::PreparedInitiator => Choice::Initiator(a.schedule.prepared_time.initiator),
            // Out of date once she says she has one ([`super::super::model::Contacts::wish`]).
            ChoiceField::FixedContactWanted => Choice::Tri(a.contacts.wish()),
            ChoiceField::FixedContactNeeded => Choice::Tri(a.contacts.fixed_contact_needed),
            ChoiceField::NextMode => Choice::Mode(a.schedule.next_time.mode),
            ChoiceField::Initiator => Choice::Initiator(a.schedule.next_time.initiator),
        }
    }

    /// The step on which the group is answered.
    pub fn step(self) -> Step {
        match self {
            ChoiceField::CoordinationNeed => Step::Planning,
            ChoiceField::FixedContactHas | ChoiceField::FixedContactWanted | ChoiceField::FixedContactNeeded => {
                Step::Contacts
            }
            ChoiceField::PreparedMode
            | ChoiceField::PreparedInitiator
            | ChoiceField::NextMode
            | ChoiceField::Initiator => Step::Schedule,
        }
    }
}
