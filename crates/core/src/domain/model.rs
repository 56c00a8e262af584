//! The agreement itself: plain serde data, the one in-memory state every output derives from.
//!
//! Field order here is the key order of the native JSON format, so it is part of the format:
//! reordering fields changes exports byte for byte. Free text is stored exactly as typed
//! (no trimming); "not given" is the empty string for text and `null` for choices and dates.

use serde::{Deserialize, Serialize};

pub use super::language::Language;

/// Reads an `Option` whose key must be present (as `null` when empty). Without this, serde
/// treats a missing key as `None`, and the importer would accept documents the schema refuses.
fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d)
}

/// Number of SKR questions that show whether a Patientkontrakt works.
pub const QUESTION_COUNT: usize = 7;

/// Who is filling in the agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// "Förbered besöket": the patient alone, before a visit.
    #[default]
    Prepare,
    /// "Överenskommelse i vårdmötet": patient and professional together.
    Consultation,
}

/// Whether patient and professional have marked the agreement as agreed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Being worked on. Any change to the content of an agreed agreement returns it here.
    #[default]
    Draft,
    /// Marked as agreed by both, with the "agreed by" block filled in.
    Agreed,
}

/// Ja / Nej / Vet inte.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tri {
    /// Ja.
    Yes,
    /// Nej.
    No,
    /// Vet inte.
    DontKnow,
}

/// How the next contact takes place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactMode {
    /// Besök (in person).
    Visit,
    /// Telefon.
    Phone,
    /// Video.
    Video,
    /// Digitalt (message, e-service).
    Digital,
    /// Hembesök.
    HomeVisit,
}

/// Who takes the initiative for the next contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Initiator {
    /// The patient gets in touch.
    Patient,
    /// Care gets in touch.
    Care,
}

/// Kinds of contact route (seed 003, "Patientkontrakt i praktiken / Kontakt").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RouteKind {
    /// Telefon.
    #[default]
    Phone,
    /// Webbtidbok.
    OnlineBooking,
    /// Kallelse.
    Summons,
    /// Videosamtal.
    Video,
    /// Mail/meddelande.
    Message,
    /// Mottagningens e-tjänster.
    EService,
    /// 1177: the phone line and the e-services.
    #[serde(rename = "1177")]
    Service1177,
    /// Annat.
    Other,
}

/// Gives a small enum `ALL` (in the order the UI offers the values), `key()` (the stable key
/// used in JSON and in form values; the same as serde's, which `tests/format.rs` checks) and
/// `from_key()`.
macro_rules! keys {
    ($($ty:ident { $($v:ident => $k:literal),* })*) => {$(
        impl $ty {
            /// Every value, in the order the UI offers them.
            pub const ALL: [$ty; [$($k),*].len()] = [$($ty::$v),*];

            /// The stable key used in JSON and in form values.
            pub fn key(self) -> &'static str {
                match self { $($ty::$v => $k),* }
            }

            /// Inverse of `key`.
            pub fn from_key(key: &str) -> Option<$ty> {
                $ty::ALL.into_iter().find(|v| v.key() == key)
            }
        }
    )*};
}

keys! {
    Mode { Prepare => "prepare", Consultation => "consultation" }
    Status { Draft => "draft", Agreed => "agreed" }
    Tri { Yes => "yes", No => "no", DontKnow => "dont_know" }
    ContactMode { Visit => "visit", Phone => "phone", Video => "video", Digital => "digital", HomeVisit => "home_visit" }
    Initiator { Patient => "patient", Care => "care" }
    RouteKind {
        Phone => "phone", OnlineBooking => "online_booking", Summons => "summons", Video => "video",
        Message => "message", EService => "e_service", Service1177 => "1177", Other => "other"
    }
    Perspective { Before => "before", Patient => "patient", Professional => "professional" }
}

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

/// A fast vårdkontakt.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CareContact {
    /// Name.
    pub name: String,
    /// Role ("distriktssköterska").
    pub role: String,
    /// What the contact helps the patient with: the role agreed for this patient (seed 003:
    /// "Beskriv rollen!").
    pub helps_with: String,
    /// Unit ("Vårdcentralen Norr").
    pub unit: String,
    /// How to reach them.
    pub reach: String,
    /// HSA-id, optional.
    pub hsa_id: String,
}

/// A way to get in touch with care.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactRoute {
    /// Kind of route.
    pub kind: RouteKind,
    /// Number, address, hours.
    pub details: String,
}

/// Part 3: fast vårdkontakt and contact routes.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    /// Does the patient already have a fast vårdkontakt? A fact she knows, said before the visit.
    #[serde(deserialize_with = "present")]
    pub fixed_contact_has: Option<Tri>,
    /// Does the patient want a fast vårdkontakt? The patient's wish, given before the visit.
    #[serde(deserialize_with = "present")]
    pub fixed_contact_wanted: Option<Tri>,
    /// Does the patient need a fast vårdkontakt? Settled in the consultation; `No` documents
    /// that none is needed.
    #[serde(deserialize_with = "present")]
    pub fixed_contact_needed: Option<Tri>,
    /// The contacts the patient wrote before the visit: the fast vårdkontakt she says she has
    /// (`fixed_contact_has` Ja) or one she would like. Hers, never exported as the fast
    /// vårdkontakt until the consultation settles it (an accepted row moves to `care_contacts`).
    pub patient_contacts: Vec<CareContact>,
    /// The fast vårdkontakt(er), settled in the consultation.
    pub care_contacts: Vec<CareContact>,
    /// Contact routes.
    pub routes: Vec<ContactRoute>,
}

/// What the contacts the patient wrote before the visit are, by what she said then.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HerContact {
    /// The fast vårdkontakt she says she already has (`fixed_contact_has` Ja): a fact she knows.
    Has,
    /// One she would like (`fixed_contact_wanted` Ja, and she did not say she has one): a wish.
    Wished,
    /// Neither said (a file from before version 3, or her answers changed since she wrote it):
    /// what she wrote, and no more.
    Written,
}

impl Contacts {
    /// Her wish for a fast vårdkontakt as it stands. Once she says she already has one the wish
    /// is not asked, and an earlier answer to it is out of date: kept in the file (nothing she
    /// typed is lost, and it is back if she changes her answer) but never shown or exported.
    pub fn wish(&self) -> Option<Tri> {
        if self.fixed_contact_has == Some(Tri::Yes) {
            None
        } else {
            self.fixed_contact_wanted
        }
    }

    /// What her contacts are: the one she has, one she would like, or only what she wrote.
    pub fn hers(&self) -> HerContact {
        if self.fixed_contact_has == Some(Tri::Yes) {
            HerContact::Has
        } else if self.wish() == Some(Tri::Yes) {
            HerContact::Wished
        } else {
            HerContact::Written
        }
    }
}

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

/// One answer to one of the seven questions.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Ja / Nej / Vet inte, or not answered.
    #[serde(deserialize_with = "present")]
    pub value: Option<Tri>,
    /// Optional comment.
    pub comment: String,
}

/// Whose answers, and when.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Perspective {
    /// The patient's answers before the visit (the patient's version of the questions). Kept
    /// beside the answers after the consultation; they never count toward the kvitto.
    Before,
    /// The patient's answers after going through the agreement (the patient's version).
    Patient,
    /// The care giver's version.
    Professional,
}

/// The seven answers from each side.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// The patient's answers before the visit, question 1 first.
    pub before: [Answer; QUESTION_COUNT],
    /// Patient's answers, question 1 first.
    pub patient: [Answer; QUESTION_COUNT],
    /// Professional's answers, question 1 first.
    pub professional: [Answer; QUESTION_COUNT],
    /// When each set of answers was last changed (RFC 3339): what a journal gives as the time
    /// the answers were given. `null` until then (and for files from version 1).
    pub answered_at: AnsweredAt,
}

/// When each set of answers was last changed.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnsweredAt {
    /// The patient's answers before the visit.
    #[serde(deserialize_with = "present")]
    pub before: Option<String>,
    /// The patient's answers after going through the agreement.
    #[serde(deserialize_with = "present")]
    pub patient: Option<String>,
    /// The professional's answers.
    #[serde(deserialize_with = "present")]
    pub professional: Option<String>,
}

impl AnsweredAt {
    /// When one set was last changed.
    pub fn of(&self, p: Perspective) -> Option<&str> {
        match p {
            Perspective::Before => self.before.as_deref(),
            Perspective::Patient => self.patient.as_deref(),
            Perspective::Professional => self.professional.as_deref(),
        }
    }

    fn slot(&mut self, p: Perspective) -> &mut Option<String> {
        match p {
            Perspective::Before => &mut self.before,
            Perspective::Patient => &mut self.patient,
            Perspective::Professional => &mut self.professional,
        }
    }

    /// Records that one set changed at `now`.
    pub(crate) fn stamp(&mut self, p: Perspective, now: &str) {
        *self.slot(p) = Some(now.to_string());
    }
}

impl Answers {
    /// The answers of one side.
    pub fn of(&self, p: Perspective) -> &[Answer; QUESTION_COUNT] {
        match p {
            Perspective::Before => &self.before,
            Perspective::Patient => &self.patient,
            Perspective::Professional => &self.professional,
        }
    }

    /// The answers of one side, mutable.
    pub fn of_mut(&mut self, p: Perspective) -> &mut [Answer; QUESTION_COUNT] {
        match p {
            Perspective::Before => &mut self.before,
            Perspective::Patient => &mut self.patient,
            Perspective::Professional => &mut self.professional,
        }
    }
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

/// The whole Patientkontrakt. Serialised, it is the body of the native JSON envelope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// Stable id of this agreement (a UUID, made by the caller).
    pub id: String,
    /// When it was created, RFC 3339 UTC.
    pub created: String,
    /// When it was last changed, RFC 3339 UTC.
    pub updated: String,
    /// Prepare or consultation.
    pub mode: Mode,
    /// Language chosen.
    pub language: Language,
    /// Draft or agreed.
    pub status: Status,
    /// The patient.
    pub patient: Patient,
    /// Närstående.
    pub relatives: Vec<Relative>,
    /// Vad är viktigt för dig?
    pub what_matters: WhatMatters,
    /// Part 1.
    pub commitments: Commitments,
    /// Part 2.
    pub planning: Planning,
    /// Part 3.
    pub contacts: Contacts,
    /// Part 4.
    pub schedule: Schedule,
    /// The seven questions, both sides.
    pub answers: Answers,
    /// Agreed by.
    pub agreed_by: AgreedBy,
    /// The questions of the seven that the host reworded (region settings), as they were shown
    /// here. Absent from the file when none was: then every question is SKR's own wording.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reworded: Vec<Reworded>,
}

/// One of the seven questions in the host's wording (seed 003: the questions "kan omformas så
/// att de stämmer in i språkbruk och kultur på arbetsplatsen"). The agreement records the words
/// that were asked, so no record claims SKR's wording for the host's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reworded {
    /// The question's stable text id ([`question_id`]): `question.patient.1` …
    /// `question.professional.7`.
    pub id: String,
    /// The Swedish wording.
    pub sv: String,
    /// The English wording.
    pub en: String,
}

/// The stable text id of question `n` (0-based) in the version `p` answers: the patient's
/// version (before and after the visit) or care's. Region settings reword questions by it.
pub fn question_id(p: Perspective, n: usize) -> String {
    let side = match p {
        Perspective::Before | Perspective::Patient => "patient",
        Perspective::Professional => "professional",
    };
    format!("question.{side}.{}", n + 1)
}

/// The question a text id names ([`question_id`], read back): its version (`Patient` for the
/// patient's, `Professional` for care's) and number, 0-based; `None` for any other id.
pub fn parse_question_id(id: &str) -> Option<(Perspective, usize)> {
    [Perspective::Patient, Perspective::Professional]
        .into_iter()
        .flat_map(|p| (0..QUESTION_COUNT).map(move |n| (p, n)))
        .find(|(p, n)| question_id(*p, *n) == id)
}

impl Agreement {
    /// A new, empty agreement. The caller supplies id and time: the domain has no clock.
    pub fn new(id: impl Into<String>, now: impl Into<String>, mode: Mode, language: Language) -> Self {
        let now = now.into();
        Agreement {
            id: id.into(),
            created: now.clone(),
            updated: now,
            mode,
            language,
            status: Status::Draft,
            patient: Patient::default(),
            relatives: Vec::new(),
            what_matters: WhatMatters::default(),
            commitments: Commitments::default(),
            planning: Planning::default(),
            contacts: Contacts::default(),
            schedule: Schedule::default(),
            answers: Answers::default(),
            agreed_by: AgreedBy::default(),
            reworded: Vec::new(),
        }
    }

    /// Question `n` (0-based) of the version `p` answers, if the host reworded it.
    pub fn reworded(&self, p: Perspective, n: usize) -> Option<&Reworded> {
        let id = question_id(p, n);
        self.reworded.iter().find(|r| r.id == id)
    }

    /// Whether nothing has been written or chosen yet (meta, mode and language aside).
    pub fn is_blank(&self) -> bool {
        self.is_blank_but(|_| {})
    }

    /// Whether nothing has been written or chosen yet beyond what `prefill` puts into a new
    /// agreement (region settings). The wording of the questions is not content: it is what
    /// was asked.
    pub fn is_blank_but(&self, prefill: impl FnOnce(&mut Agreement)) -> bool {
        let mut fresh = Agreement::new(self.id.clone(), self.created.clone(), self.mode, self.language);
        prefill(&mut fresh);
        fresh.reworded = self.reworded.clone();
        Agreement { updated: self.created.clone(), status: Status::Draft, ..self.clone() } == fresh
    }
}
