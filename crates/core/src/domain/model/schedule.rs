//! Part 4 of the agreement: the next step, hers and the agreed next time, the follow-up.

use serde::{Deserialize, Serialize};

use super::choices::{ContactMode, Initiator};
use super::present::present;

/// A next time: the agreed one, or the one the patient wrote before the visit.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextTime {
    /// Date, ISO 8601 `YYYY-MM-DD`.
    #[serde(deserialize_with = "present")]
    pub date: Option<String>,
    /// Time of day, `HH:MM`; only with a date.
    #[serde(deserialize_with = "present")]
    pub time: Option<String>,
    /// Or a period in words ("inom tre månader").
    pub period: String,
    /// How.
    #[serde(deserialize_with = "present")]
    pub mode: Option<ContactMode>,
    /// Who takes the initiative.
    #[serde(deserialize_with = "present")]
    pub initiator: Option<Initiator>,
}

impl NextTime {
    /// Whether nothing of it is given.
    pub fn is_blank(&self) -> bool {
        self.date.is_none()
            && self.time.is_none()
            && self.period.trim().is_empty()
            && self.mode.is_none()
            && self.initiator.is_none()
    }

    /// Whether it says when: a date or a period.
    pub fn has_when(&self) -> bool {
        self.date.is_some() || !self.period.trim().is_empty()
    }
}

/// Part 4: överenskommen tid.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    /// The patient's next step.
    pub next_step: String,
    /// The next time as the patient wrote it before the visit: a time already booked that she
    /// knows of, or when she would like it. Hers, never the agreed time until the consultation
    /// takes it over (it then moves to `next_time`).
    pub prepared_time: NextTime,
    /// The next time, set in the consultation: agreed once the agreement is marked agreed.
    pub next_time: NextTime,
    /// When the agreement itself is followed up and revised.
    pub review: String,
}
