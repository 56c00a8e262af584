//! Stable names for every editable place in the agreement: actions, validation errors,
//! content labels and element ids all refer to fields through these.
//!
//! Each field is declared once, in one of the tables below ([`TextField`], [`ListId`], the
//! [`Row`] types, [`ChoiceField`]); a row there gives the field's stable key, its place in the
//! agreement (which is its JSON path, since serde keys are the Rust field names), the step it
//! is edited on, its length limit and how it is typed in. Adding a text field means one row in
//! `text_fields!`, its words in `content::fields`, and its place in its step's component.

use super::model::{
    Agreement, CareContact, ContactMode, ContactRoute, Goal, Initiator, Item, Perspective, Plan, Relative, Tri,
};
use super::step::Step;

/// Hard limits that keep every agreement the app can produce small enough to open again.
pub mod limits {
    /// Longest free text (own words, resources, next step, comments), in characters.
    pub const LONG_TEXT: usize = 20_000;
    /// Longest text in a list row, in characters.
    pub const ITEM_TEXT: usize = 2_000;
    /// Longest short text (names, ids, dates), in characters.
    pub const SHORT_TEXT: usize = 200;
    /// Most rows in one list.
    pub const LIST_ITEMS: usize = 100;
}

/// How a text field is typed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InputKind {
    /// One line of free text.
    Line,
    /// Several lines of free text (a textarea).
    Lines,
    /// The patient's own name (the browser may offer to fill it in).
    Name,
    /// A short code: personnummer, HSA-id (a narrower input).
    Code,
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
    Coordinator = "coordinator", Planning, ITEM_TEXT, Line, planning.coordinator;
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
    AgreedPatientName = "agreed-patient-name", Summary, SHORT_TEXT, Line, agreed_by.patient_name;
    /// Agreed by: professional.
    AgreedProfessionalName = "agreed-professional-name", Summary, SHORT_TEXT, Line, agreed_by.professional_name;
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

/// Where a text field's value is stored: free text as a `String` ("" when not given), dates and
/// times as an `Option<String>` (`null` when not given).
trait Slot {
    fn get(&self) -> &str;
    fn set(&mut self, value: String) -> bool;
}

impl Slot for String {
    fn get(&self) -> &str {
        self
    }
    fn set(&mut self, value: String) -> bool {
        assign(self, value)
    }
}

impl Slot for Option<String> {
    fn get(&self) -> &str {
        self.as_deref().unwrap_or("")
    }
    fn set(&mut self, value: String) -> bool {
        let value = if value.trim().is_empty() { None } else { Some(value) };
        assign(self, value)
    }
}

/// Assigns `value` when it differs from what `slot` holds; tells whether it did. The one
/// "assign if different, report the change" of the domain: text fields, checkboxes and every
/// action that sets a place go through it.
pub(crate) fn assign<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}

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
            // Out of date once she says she has one ([`super::model::Contacts::wish`]).
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
    pub fn of_mode(mode: super::model::Mode) -> TimeSlot {
        match mode {
            super::model::Mode::Prepare => TimeSlot::Prepared,
            super::model::Mode::Consultation => TimeSlot::Next,
        }
    }

    /// The time itself.
    pub fn get(self, a: &Agreement) -> &super::model::NextTime {
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
