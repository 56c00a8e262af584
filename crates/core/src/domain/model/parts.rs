//! The patient, the närstående, what matters, parts 1 and 2 of the agreement, and who agreed.

use serde::{Deserialize, Serialize};

use super::choices::Tri;
use super::present::present;

/// The patient. Everything optional: a patient preparing at home may stay anonymous.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Patient {
    /// Name as the patient wants it written.
    pub name: String,
    /// Swedish personnummer or samordningsnummer, 12 digits, as typed.
    pub personal_number: String,
    /// A närstående helped to fill in the preparation.
    pub relative_helped: bool,
}

/// A närstående: someone close who helps.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relative {
    /// Name.
    pub name: String,
    /// Relation to the patient ("dotter", "granne").
    pub relation: String,
    /// How to reach them.
    pub contact: String,
}

/// One entry of a part-1 list: a thing to do or watch, with optional who and when.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// What (to do, to keep an eye on).
    pub text: String,
    /// Who does it, or for warning signs: where to turn.
    pub who: String,
    /// When, how often, or for warning signs: how soon to seek care.
    pub when: String,
}

/// A goal in the patient's own words.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// The goal.
    pub text: String,
}

/// "Vad är viktigt för dig?" — the ground the agreement stands on.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhatMatters {
    /// What matters in the patient's life, in their own words.
    pub own_words: String,
    /// Goals.
    pub goals: Vec<Goal>,
    /// Own resources and network: what helps, who helps.
    pub resources: String,
    /// What the patient wants to ask or bring up at the visit.
    pub questions_for_visit: String,
}

/// Part 1: what the patient does and what care does.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commitments {
    /// What I do to feel well.
    pub self_care: Vec<Item>,
    /// What I keep an eye on, and when and where I seek care.
    pub warning_signs: Vec<Item>,
    /// What care does: commitments of care, agreed in the consultation.
    pub care_actions: Vec<Item>,
    /// What the patient wishes care to do: the patient's words, not a commitment of care until
    /// the consultation turns one into a care action.
    pub care_wishes: Vec<Item>,
}

/// One plan the patient has with some care giver.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The plan ("Vårdplan hjärtsvikt", "Rehabplan").
    pub title: String,
    /// Who holds it (region, kommun, private care giver; unit).
    pub care_giver: String,
    /// Contact for the plan.
    pub contact: String,
}

/// Part 2: sammanhållen planering.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Planning {
    /// The patient's plans across care givers.
    pub plans: Vec<Plan>,
    /// The patient has no other plans in care: the part is documented without a plan.
    pub no_other_plans: bool,
    /// Does the patient need help with coordination?
    #[serde(deserialize_with = "present")]
    pub coordination_need: Option<Tri>,
    /// Who coordinates.
    pub coordinator: String,
}

/// Who agreed, and when.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreedBy {
    /// The patient's name.
    pub patient_name: String,
    /// The professional's name.
    pub professional_name: String,
    /// The professional's role.
    pub professional_role: String,
    /// The unit.
    pub unit: String,
    /// The professional's HSA-id, optional.
    pub hsa_id: String,
    /// Date of the agreement, `YYYY-MM-DD`.
    #[serde(deserialize_with = "present")]
    pub date: Option<String>,
}
