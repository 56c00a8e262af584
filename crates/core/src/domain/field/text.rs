//! The single-valued text fields: one row per field in `text_fields!`.

use super::super::model::Agreement;
use super::super::step::Step;
use super::limits;
use super::slot::Slot;

/// How a text field is typed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InputKind {
    /// One line of free text.
    Line,
    /// Several lines of free text (a textarea).
    Lines,
    /// A person's name.
    Name,
    /// Free words that say who someone is or how to reach them ("Karin Berg, sjuksköterska",
    /// "Videosamtal via 1177, vardagar"): a line that grows, longer than a name, typed like a
    /// name (no spell check, no autocomplete).
    IdentifyingLine,
    /// A short code: personnummer, HSA-id (a narrower input).
    Code,
    /// How to reach someone: a phone number, an e-mail address.
    Contact,
    /// A date, `YYYY-MM-DD`; `null` in JSON when empty.
    Date,
    /// A time of day, `HH:MM`; `null` in JSON when empty.
    Time,
}

impl InputKind {
    /// Whether the value is a date or a time (`null` when empty) rather than free text.
    pub fn is_date_or_time(self) -> bool {
        matches!(self, InputKind::Date | InputKind::Time)
    }

    /// Whether it says who someone is or how to reach them (a name, a personnummer, an HSA-id, a
    /// phone number): typed with no spell check, which may send the text to the browser maker's
    /// service, and no autocomplete, which would offer it to the next person at the computer.
    pub fn identifies(self) -> bool {
        matches!(self, InputKind::Name | InputKind::IdentifyingLine | InputKind::Code | InputKind::Contact)
    }
}

/// Declares [`TextField`]: one row per field, `Name = "key", Step, LIMIT, InputKind, path;`
/// where `path` is where the value lives in [`Agreement`] (and so its JSON path).
macro_rules! text_fields {
    ($($(#[$doc:meta])* $name:ident = $key:literal, $step:ident, $limit:ident, $input:ident,
        $root:ident $(. $seg:ident)*;)*) => {
        /// A single-valued text field.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum TextField { $($(#[$doc])* $name),* }

        impl TextField {
            /// Every text field, in dialogue order.
            pub const ALL: [TextField; [$(stringify!($name)),*].len()] = [$(TextField::$name),*];

            /// Stable id, used for element ids and content keys.
            pub fn key(self) -> &'static str {
                match self { $(TextField::$name => $key),* }
            }

            /// The field's path in the native JSON format (`schedule.next_time.date`).
            pub fn json_path(self) -> &'static str {
                match self { $(TextField::$name => concat!(stringify!($root) $(, ".", stringify!($seg))*)),* }
            }

            /// The step on which the field is edited.
            pub fn step(self) -> Step {
                match self { $(TextField::$name => Step::$step),* }
            }

            /// Most characters this field holds.
            pub fn max_chars(self) -> usize {
                match self { $(TextField::$name => limits::$limit),* }
            }

            /// How the field is typed in.
            pub fn input(self) -> InputKind {
                match self { $(TextField::$name => InputKind::$input),* }
            }

            /// The current value ("" when not given).
            pub fn get(self, a: &Agreement) -> &str {
                match self { $(TextField::$name => Slot::get(&a.$root $(.$seg)*)),* }
            }

            /// Sets the value and tells whether it changed; a date or time becomes `None` when
            /// given only white space.
            pub(crate) fn set(self, a: &mut Agreement, value: String) -> bool {
                match self { $(TextField::$name => Slot::set(&mut a.$root $(.$seg)*, value)),* }
            }
        }
    };
}

text_fields! {
    /// Patient's name.
    PatientName = "patient-name", WhatMatters, SHORT_TEXT, Name, patient.name;
    /// Patient's personnummer.
    PersonalNumber = "personal-number", WhatMatters, SHORT_TEXT, Code, patient.personal_number;
    /// "Vad är viktigt för dig?" in own words.
    OwnWords = "own-words", WhatMatters, LONG_TEXT, Lines, what_matters.own_words;
    /// Own resources and network.
    Resources = "resources", WhatMatters, LONG_TEXT, Lines, what_matters.resources;
    /// What the patient wants to ask at the visit.
    QuestionsForVisit = "questions-for-visit", WhatMatters, LONG_TEXT, Lines, what_matters.questions_for_visit;
    /// Who coordinates the plans.
    Coordinator = "coordinator", Planning, ITEM_TEXT, IdentifyingLine, planning.coordinator;
    /// The next step.
    NextStep = "next-step", Schedule, LONG_TEXT, Lines, schedule.next_step;
    /// Date of a time the patient already has booked (before the visit).
    PreparedDate = "prepared-date", Schedule, SHORT_TEXT, Date, schedule.prepared_time.date;
    /// Time of day of that booked time.
    PreparedTime = "prepared-time", Schedule, SHORT_TEXT, Time, schedule.prepared_time.time;
    /// When the patient would like the next time, in her words (before the visit).
    PreparedPeriod = "prepared-period", Schedule, ITEM_TEXT, Line, schedule.prepared_time.period;
    /// Date of the next agreed time.
    NextDate = "next-date", Schedule, SHORT_TEXT, Date, schedule.next_time.date;
    /// Time of day of the next agreed time.
    NextTime = "next-time", Schedule, SHORT_TEXT, Time, schedule.next_time.time;
    /// The next agreed time as a period in words.
    NextPeriod = "next-period", Schedule, ITEM_TEXT, Line, schedule.next_time.period;
    /// When the agreement is followed up.
    Review = "review", Schedule, LONG_TEXT, Line, schedule.review;
    /// Agreed by: patient.
    AgreedPatientName = "agreed-patient-name", Summary, SHORT_TEXT, Name, agreed_by.patient_name;
    /// Agreed by: professional.
    AgreedProfessionalName = "agreed-professional-name", Summary, SHORT_TEXT, Name, agreed_by.professional_name;
    /// Agreed by: role.
    AgreedRole = "agreed-role", Summary, SHORT_TEXT, Line, agreed_by.professional_role;
    /// Agreed by: unit.
    AgreedUnit = "agreed-unit", Summary, SHORT_TEXT, Line, agreed_by.unit;
    /// Agreed by: HSA-id.
    AgreedHsaId = "agreed-hsa-id", Summary, SHORT_TEXT, Code, agreed_by.hsa_id;
    /// Agreed by: date.
    AgreedDate = "agreed-date", Summary, SHORT_TEXT, Date, agreed_by.date;
}

impl TextField {
    /// Whether the field holds a date or a time (`null` when empty) rather than free text.
    pub fn is_date_or_time(self) -> bool {
        self.input().is_date_or_time()
    }
}
