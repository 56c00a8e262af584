//! The two next times, hers and the agreed one, and which fields each has.

use super::super::model::{Agreement, Mode, NextTime};
use super::choice::ChoiceField;
use super::text::TextField;

/// One of the two next times: the one the patient wrote before the visit, and the one set in the
/// consultation. Each has the same fields; this says which field is which.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimeSlot {
    /// `schedule.prepared_time`: hers, before the visit.
    Prepared,
    /// `schedule.next_time`: set in the consultation.
    Next,
}

impl TimeSlot {
    /// The slot the mode fills in: the patient preparing writes her time, the consultation the
    /// next time.
    pub fn of_mode(mode: Mode) -> TimeSlot {
        match mode {
            Mode::Prepare => TimeSlot::Prepared,
            Mode::Consultation => TimeSlot::Next,
        }
    }

    /// The time itself.
    pub fn get(self, a: &Agreement) -> &NextTime {
        match self {
            TimeSlot::Prepared => &a.schedule.prepared_time,
            TimeSlot::Next => &a.schedule.next_time,
        }
    }

    /// Its date, time of day and period fields.
    pub fn text_fields(self) -> [TextField; 3] {
        match self {
            TimeSlot::Prepared => [TextField::PreparedDate, TextField::PreparedTime, TextField::PreparedPeriod],
            TimeSlot::Next => [TextField::NextDate, TextField::NextTime, TextField::NextPeriod],
        }
    }

    /// Its "how" and "who gets in touch" groups.
    pub fn choices(self) -> [ChoiceField; 2] {
        match self {
            TimeSlot::Prepared => [ChoiceField::PreparedMode, ChoiceField::PreparedInitiator],
            TimeSlot::Next => [ChoiceField::NextMode, ChoiceField::Initiator],
        }
    }

    /// The slot a date, time or period field belongs to.
    pub fn of_field(f: TextField) -> Option<TimeSlot> {
        [TimeSlot::Prepared, TimeSlot::Next].into_iter().find(|s| s.text_fields().contains(&f))
    }
}
