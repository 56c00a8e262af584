//! The yes-or-no checkboxes.

use super::super::model::Agreement;
use super::super::step::Step;
use super::slot::assign;

/// The yes-or-no checkboxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlagField {
    /// "Jag har inga andra planer i vården": part 2 is documented without a plan.
    NoOtherPlans,
    /// "En närstående har hjälpt mig att fylla i": said in the preparation.
    RelativeHelped,
}

impl FlagField {
    /// Every checkbox, in dialogue order.
    pub const ALL: [FlagField; 2] = [FlagField::RelativeHelped, FlagField::NoOtherPlans];

    /// Stable id, used for element ids and content keys.
    pub fn key(self) -> &'static str {
        match self {
            FlagField::NoOtherPlans => "no-other-plans",
            FlagField::RelativeHelped => "relative-helped",
        }
    }

    /// The step on which the box is ticked.
    pub fn step(self) -> Step {
        match self {
            FlagField::NoOtherPlans => Step::Planning,
            FlagField::RelativeHelped => Step::WhatMatters,
        }
    }

    /// Whether the box is ticked.
    pub fn get(self, a: &Agreement) -> bool {
        match self {
            FlagField::NoOtherPlans => a.planning.no_other_plans,
            FlagField::RelativeHelped => a.patient.relative_helped,
        }
    }

    /// Ticks or clears the box; tells whether it changed.
    pub(crate) fn set(self, a: &mut Agreement, value: bool) -> bool {
        let slot = match self {
            FlagField::NoOtherPlans => &mut a.planning.no_other_plans,
            FlagField::RelativeHelped => &mut a.patient.relative_helped,
        };
        assign(slot, value)
    }
}
