//! Stable names for every editable place in the agreement: actions, validation errors,
//! content labels and element ids all refer to fields through these.

use super::model::{Agreement, Perspective};

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

/// A single-valued text field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    /// Patient's name.
    PatientName,
    /// Patient's personnummer.
    PersonalNumber,
    /// "Vad är viktigt för dig?" in own words.
    OwnWords,
    /// Own resources and network.
    Resources,
    /// What the patient wants to ask at the visit.
    QuestionsForVisit,
    /// Who coordinates the plans.
    Coordinator,
    /// The next step.
    NextStep,
    /// Date of the next agreed time.
    NextDate,
    /// Time of day of the next agreed time.
    NextTime,
    /// The next agreed time as a period in words.
    NextPeriod,
    /// When the agreement is followed up.
    Review,
    /// Agreed by: patient.
    AgreedPatientName,
    /// Agreed by: professional.
    AgreedProfessionalName,
    /// Agreed by: role.
    AgreedRole,
    /// Agreed by: unit.
    AgreedUnit,
    /// Agreed by: HSA-id.
    AgreedHsaId,
    /// Agreed by: date.
    AgreedDate,
}

impl TextField {
    /// Every text field.
    pub const ALL: [TextField; 17] = [
        TextField::PatientName,
        TextField::PersonalNumber,
        TextField::OwnWords,
        TextField::Resources,
        TextField::QuestionsForVisit,
        TextField::Coordinator,
        TextField::NextStep,
        TextField::NextDate,
        TextField::NextTime,
        TextField::NextPeriod,
        TextField::Review,
        TextField::AgreedPatientName,
        TextField::AgreedProfessionalName,
        TextField::AgreedRole,
        TextField::AgreedUnit,
        TextField::AgreedHsaId,
        TextField::AgreedDate,
    ];

    /// Stable id, used for element ids and content keys.
    pub fn key(self) -> &'static str {
        match self {
            TextField::PatientName => "patient-name",
            TextField::PersonalNumber => "personal-number",
            TextField::OwnWords => "own-words",
            TextField::Resources => "resources",
            TextField::QuestionsForVisit => "questions-for-visit",
            TextField::Coordinator => "coordinator",
            TextField::NextStep => "next-step",
            TextField::NextDate => "next-date",
            TextField::NextTime => "next-time",
            TextField::NextPeriod => "next-period",
            TextField::Review => "review",
            TextField::AgreedPatientName => "agreed-patient-name",
            TextField::AgreedProfessionalName => "agreed-professional-name",
            TextField::AgreedRole => "agreed-role",
            TextField::AgreedUnit => "agreed-unit",
            TextField::AgreedHsaId => "agreed-hsa-id",
            TextField::AgreedDate => "agreed-date",
        }
    }

    /// Most characters this field holds.
    pub fn max_chars(self) -> usize {
        match self {
            TextField::OwnWords
            | TextField::Resources
            | TextField::QuestionsForVisit
            | TextField::NextStep
            | TextField::Review => limits::LONG_TEXT,
            TextField::Coordinator | TextField::NextPeriod => limits::ITEM_TEXT,
            _ => limits::SHORT_TEXT,
        }
    }

    /// Whether the field holds a date or a time (`null` when empty) rather than free text.
    pub fn is_date_or_time(self) -> bool {
        self.is_optional()
    }

    /// Whether the field holds an optional value (`null` when empty) rather than a string.
    fn is_optional(self) -> bool {
        matches!(self, TextField::NextDate | TextField::NextTime | TextField::AgreedDate)
    }

    /// The current value ("" when not given).
    pub fn get(self, a: &Agreement) -> &str {
        match self {
            TextField::PatientName => &a.patient.name,
            TextField::PersonalNumber => &a.patient.personal_number,
            TextField::OwnWords => &a.what_matters.own_words,
            TextField::Resources => &a.what_matters.resources,
            TextField::QuestionsForVisit => &a.what_matters.questions_for_visit,
            TextField::Coordinator => &a.planning.coordinator,
            TextField::NextStep => &a.schedule.next_step,
            TextField::NextDate => a.schedule.next_time.date.as_deref().unwrap_or(""),
            TextField::NextTime => a.schedule.next_time.time.as_deref().unwrap_or(""),
            TextField::NextPeriod => &a.schedule.next_time.period,
            TextField::Review => &a.schedule.review,
            TextField::AgreedPatientName => &a.agreed_by.patient_name,
            TextField::AgreedProfessionalName => &a.agreed_by.professional_name,
            TextField::AgreedRole => &a.agreed_by.professional_role,
            TextField::AgreedUnit => &a.agreed_by.unit,
            TextField::AgreedHsaId => &a.agreed_by.hsa_id,
            TextField::AgreedDate => a.agreed_by.date.as_deref().unwrap_or(""),
        }
    }

    /// Sets the value and tells whether it changed; optional fields become `None` when
    /// given only white space.
    pub(crate) fn set(self, a: &mut Agreement, value: String) -> bool {
        if self.is_optional() {
            let v = if value.trim().is_empty() { None } else { Some(value) };
            let slot = match self {
                TextField::NextDate => &mut a.schedule.next_time.date,
                TextField::NextTime => &mut a.schedule.next_time.time,
                _ => &mut a.agreed_by.date,
            };
            let changed = *slot != v;
            *slot = v;
            return changed;
        }
        let slot = match self {
            TextField::PatientName => &mut a.patient.name,
            TextField::PersonalNumber => &mut a.patient.personal_number,
            TextField::OwnWords => &mut a.what_matters.own_words,
            TextField::Resources => &mut a.what_matters.resources,
            TextField::QuestionsForVisit => &mut a.what_matters.questions_for_visit,
            TextField::Coordinator => &mut a.planning.coordinator,
            TextField::NextStep => &mut a.schedule.next_step,
            TextField::NextPeriod => &mut a.schedule.next_time.period,
            TextField::Review => &mut a.schedule.review,
            TextField::AgreedPatientName => &mut a.agreed_by.patient_name,
            TextField::AgreedProfessionalName => &mut a.agreed_by.professional_name,
            TextField::AgreedRole => &mut a.agreed_by.professional_role,
            TextField::AgreedUnit => &mut a.agreed_by.unit,
            TextField::AgreedHsaId => &mut a.agreed_by.hsa_id,
            TextField::NextDate | TextField::NextTime | TextField::AgreedDate => return false,
        };
        let changed = *slot != value;
        *slot = value;
        changed
    }
}

/// The add / edit / remove lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ListId {
    /// Närstående.
    Relatives,
    /// Goals.
    Goals,
    /// What I do to feel well.
    SelfCare,
    /// What I keep an eye on; when and where to seek care.
    WarningSigns,
    /// What care does.
    CareActions,
    /// Plans across care givers.
    Plans,
    /// Fast vårdkontakt(er).
    CareContacts,
    /// Contact routes.
    Routes,
}

impl ListId {
    /// Every list.
    pub const ALL: [ListId; 8] = [
        ListId::Relatives,
        ListId::Goals,
        ListId::SelfCare,
        ListId::WarningSigns,
        ListId::CareActions,
        ListId::Plans,
        ListId::CareContacts,
        ListId::Routes,
    ];

    /// Stable id, used for element ids and content keys.
    pub fn key(self) -> &'static str {
        match self {
            ListId::Relatives => "relatives",
            ListId::Goals => "goals",
            ListId::SelfCare => "self-care",
            ListId::WarningSigns => "warning-signs",
            ListId::CareActions => "care-actions",
            ListId::Plans => "plans",
            ListId::CareContacts => "care-contacts",
            ListId::Routes => "routes",
        }
    }

    /// The text fields of one row, in display order. (A route's kind is a choice, set apart.)
    pub fn fields(self) -> &'static [ItemField] {
        use ItemField::*;
        match self {
            ListId::Relatives => &[Name, Relation, Contact],
            ListId::Goals => &[Text],
            ListId::SelfCare | ListId::WarningSigns | ListId::CareActions => &[Text, Who, When],
            ListId::Plans => &[Title, CareGiver, Contact],
            ListId::CareContacts => &[Name, Role, Unit, Reach, HsaId],
            ListId::Routes => &[Details],
        }
    }

    /// Number of rows.
    pub fn len(self, a: &Agreement) -> usize {
        match self {
            ListId::Relatives => a.relatives.len(),
            ListId::Goals => a.what_matters.goals.len(),
            ListId::SelfCare => a.commitments.self_care.len(),
            ListId::WarningSigns => a.commitments.warning_signs.len(),
            ListId::CareActions => a.commitments.care_actions.len(),
            ListId::Plans => a.planning.plans.len(),
            ListId::CareContacts => a.contacts.care_contacts.len(),
            ListId::Routes => a.contacts.routes.len(),
        }
    }

    /// Whether the list has no rows.
    pub fn is_empty(self, a: &Agreement) -> bool {
        self.len(a) == 0
    }

    /// The value of one field of one row; `None` when the row or field does not exist.
    pub fn get(self, a: &Agreement, index: usize, field: ItemField) -> Option<&str> {
        use ItemField::*;
        let v: &String = match self {
            ListId::Relatives => {
                let r = a.relatives.get(index)?;
                match field {
                    Name => &r.name,
                    Relation => &r.relation,
                    Contact => &r.contact,
                    _ => return None,
                }
            }
            ListId::Goals => match field {
                Text => &a.what_matters.goals.get(index)?.text,
                _ => return None,
            },
            ListId::SelfCare | ListId::WarningSigns | ListId::CareActions => {
                let list = match self {
                    ListId::SelfCare => &a.commitments.self_care,
                    ListId::WarningSigns => &a.commitments.warning_signs,
                    _ => &a.commitments.care_actions,
                };
                let it = list.get(index)?;
                match field {
                    Text => &it.text,
                    Who => &it.who,
                    When => &it.when,
                    _ => return None,
                }
            }
            ListId::Plans => {
                let p = a.planning.plans.get(index)?;
                match field {
                    Title => &p.title,
                    CareGiver => &p.care_giver,
                    Contact => &p.contact,
                    _ => return None,
                }
            }
            ListId::CareContacts => {
                let c = a.contacts.care_contacts.get(index)?;
                match field {
                    Name => &c.name,
                    Role => &c.role,
                    Unit => &c.unit,
                    Reach => &c.reach,
                    HsaId => &c.hsa_id,
                    _ => return None,
                }
            }
            ListId::Routes => match field {
                Details => &a.contacts.routes.get(index)?.details,
                _ => return None,
            },
        };
        Some(v.as_str())
    }

    /// Mutable access to one field of one row; `None` when the row or field does not exist.
    pub(crate) fn get_mut(self, a: &mut Agreement, index: usize, field: ItemField) -> Option<&mut String> {
        use ItemField::*;
        Some(match self {
            ListId::Relatives => {
                let r = a.relatives.get_mut(index)?;
                match field {
                    Name => &mut r.name,
                    Relation => &mut r.relation,
                    Contact => &mut r.contact,
                    _ => return None,
                }
            }
            ListId::Goals => match field {
                Text => &mut a.what_matters.goals.get_mut(index)?.text,
                _ => return None,
            },
            ListId::SelfCare | ListId::WarningSigns | ListId::CareActions => {
                let list = match self {
                    ListId::SelfCare => &mut a.commitments.self_care,
                    ListId::WarningSigns => &mut a.commitments.warning_signs,
                    _ => &mut a.commitments.care_actions,
                };
                let it = list.get_mut(index)?;
                match field {
                    Text => &mut it.text,
                    Who => &mut it.who,
                    When => &mut it.when,
                    _ => return None,
                }
            }
            ListId::Plans => {
                let p = a.planning.plans.get_mut(index)?;
                match field {
                    Title => &mut p.title,
                    CareGiver => &mut p.care_giver,
                    Contact => &mut p.contact,
                    _ => return None,
                }
            }
            ListId::CareContacts => {
                let c = a.contacts.care_contacts.get_mut(index)?;
                match field {
                    Name => &mut c.name,
                    Role => &mut c.role,
                    Unit => &mut c.unit,
                    Reach => &mut c.reach,
                    HsaId => &mut c.hsa_id,
                    _ => return None,
                }
            }
            ListId::Routes => match field {
                Details => &mut a.contacts.routes.get_mut(index)?.details,
                _ => return None,
            },
        })
    }

    /// Appends an empty row.
    pub(crate) fn push_default(self, a: &mut Agreement) {
        match self {
            ListId::Relatives => a.relatives.push(Default::default()),
            ListId::Goals => a.what_matters.goals.push(Default::default()),
            ListId::SelfCare => a.commitments.self_care.push(Default::default()),
            ListId::WarningSigns => a.commitments.warning_signs.push(Default::default()),
            ListId::CareActions => a.commitments.care_actions.push(Default::default()),
            ListId::Plans => a.planning.plans.push(Default::default()),
            ListId::CareContacts => a.contacts.care_contacts.push(Default::default()),
            ListId::Routes => a.contacts.routes.push(Default::default()),
        }
    }

    /// Removes a row; `false` when there is no such row.
    pub(crate) fn remove(self, a: &mut Agreement, index: usize) -> bool {
        fn rm<T>(v: &mut Vec<T>, i: usize) -> bool {
            if i < v.len() {
                v.remove(i);
                true
            } else {
                false
            }
        }
        match self {
            ListId::Relatives => rm(&mut a.relatives, index),
            ListId::Goals => rm(&mut a.what_matters.goals, index),
            ListId::SelfCare => rm(&mut a.commitments.self_care, index),
            ListId::WarningSigns => rm(&mut a.commitments.warning_signs, index),
            ListId::CareActions => rm(&mut a.commitments.care_actions, index),
            ListId::Plans => rm(&mut a.planning.plans, index),
            ListId::CareContacts => rm(&mut a.contacts.care_contacts, index),
            ListId::Routes => rm(&mut a.contacts.routes, index),
        }
    }

    /// Whether every text field of a row is blank. A route always has a kind, but a route
    /// without details says nothing and counts as blank too.
    pub fn row_is_blank(self, a: &Agreement, index: usize) -> bool {
        self.fields().iter().all(|f| self.get(a, index, *f).is_none_or(|v| v.trim().is_empty()))
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

/// The single-choice questions (radio groups).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChoiceField {
    /// Need of help with coordination.
    CoordinationNeed,
    /// Need of a fast vårdkontakt.
    FixedContactNeeded,
    /// How the next contact takes place.
    NextMode,
    /// Who takes the initiative.
    Initiator,
}

impl ChoiceField {
    /// Stable id, used for element ids and content keys.
    pub fn key(self) -> &'static str {
        match self {
            ChoiceField::CoordinationNeed => "coordination-need",
            ChoiceField::FixedContactNeeded => "fixed-contact-needed",
            ChoiceField::NextMode => "next-mode",
            ChoiceField::Initiator => "initiator",
        }
    }
}

/// Any place in the agreement a validation error can point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldRef {
    /// A text field.
    Text(TextField),
    /// A radio group.
    Choice(ChoiceField),
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
            FieldRef::Item(l, i, f) => format!("{}-{}-{}", l.key(), i, f.key()),
            FieldRef::Answer(p, n) => format!(
                "answer-{}-{}",
                match p {
                    Perspective::Patient => "patient",
                    Perspective::Professional => "professional",
                },
                n + 1
            ),
        }
    }
}
