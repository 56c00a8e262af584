//! Validation: what is wrong, as codes pointing at fields. Words for the codes live in
//! `content`. Validation runs when the user continues, not while typing.

use super::checks::{check_personal_number, is_hsa_id, is_plausible_date, is_time_of_day, PersonalNumberError};
use super::field::{FieldRef, ListId, TextField, TimeSlot};
use super::model::{Agreement, Mode};
use super::step::Step;

/// Why a field is not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// Personnummer is not 12 digits.
    PersonalNumberFormat,
    /// Personnummer has no real birth date.
    PersonalNumberDate,
    /// Personnummer's control digit is wrong.
    PersonalNumberChecksum,
    /// A date is not a real `YYYY-MM-DD` date in the years 1900–2200.
    DateFormat,
    /// A time is not `HH:MM`.
    TimeFormat,
    /// A time is given without a date.
    TimeWithoutDate,
    /// An HSA-id does not have the HSA-id form.
    HsaIdFormat,
    /// A list row was added but left empty.
    RowEmpty,
    /// Marking as agreed needs the patient's name.
    AgreedPatientNameMissing,
    /// Marking as agreed needs the professional's name.
    AgreedProfessionalNameMissing,
    /// Marking as agreed needs a date.
    AgreedDateMissing,
}

impl ErrorCode {
    /// Every code (the content tests check each has words in every language).
    pub const ALL: [ErrorCode; 11] = [
        ErrorCode::PersonalNumberFormat,
        ErrorCode::PersonalNumberDate,
        ErrorCode::PersonalNumberChecksum,
        ErrorCode::DateFormat,
        ErrorCode::TimeFormat,
        ErrorCode::TimeWithoutDate,
        ErrorCode::HsaIdFormat,
        ErrorCode::RowEmpty,
        ErrorCode::AgreedPatientNameMissing,
        ErrorCode::AgreedProfessionalNameMissing,
        ErrorCode::AgreedDateMissing,
    ];
}

/// One problem: which field, and what is wrong with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Problem {
    /// Where.
    pub field: FieldRef,
    /// What.
    pub code: ErrorCode,
}

fn p(field: FieldRef, code: ErrorCode) -> Problem {
    Problem { field, code }
}

/// Every problem in the agreement, in the order the fields appear in the dialogue.
/// Fields a mode does not show are not checked in that mode.
pub fn validate(a: &Agreement) -> Vec<Problem> {
    let mut out = Vec::new();

    let pn = &a.patient.personal_number;
    if !pn.trim().is_empty() {
        if let Err(e) = check_personal_number(pn) {
            let code = match e {
                PersonalNumberError::Format => ErrorCode::PersonalNumberFormat,
                PersonalNumberError::Date => ErrorCode::PersonalNumberDate,
                PersonalNumberError::Checksum => ErrorCode::PersonalNumberChecksum,
            };
            out.push(p(FieldRef::Text(TextField::PersonalNumber), code));
        }
    }

    for list in ListId::ALL {
        for i in 0..list.len(a) {
            if list.row_is_blank(a, i) {
                out.push(p(FieldRef::Item(list, i, list.fields()[0]), ErrorCode::RowEmpty));
            }
        }
    }
    if a.mode == Mode::Consultation {
        for (i, c) in a.contacts.care_contacts.iter().enumerate() {
            if !c.hsa_id.trim().is_empty() && !is_hsa_id(&c.hsa_id) {
                out.push(p(
                    FieldRef::Item(ListId::CareContacts, i, super::field::ItemField::HsaId),
                    ErrorCode::HsaIdFormat,
                ));
            }
        }
    }

    // The time the mode fills in (the other is not on screen: the patient's time is shown, not
    // edited, in the consultation, and holds only checked dates and times anyway).
    let slot = TimeSlot::of_mode(a.mode);
    let nt = slot.get(a);
    let [date_field, time_field, _] = slot.text_fields();
    if let Some(d) = &nt.date {
        if !is_plausible_date(d.trim()) {
            out.push(p(FieldRef::Text(date_field), ErrorCode::DateFormat));
        }
    }
    if let Some(t) = &nt.time {
        if !is_time_of_day(t.trim()) {
            out.push(p(FieldRef::Text(time_field), ErrorCode::TimeFormat));
        } else if nt.date.is_none() {
            out.push(p(FieldRef::Text(time_field), ErrorCode::TimeWithoutDate));
        }
    }

    if a.mode == Mode::Consultation {
        let ab = &a.agreed_by;
        if !ab.hsa_id.trim().is_empty() && !is_hsa_id(&ab.hsa_id) {
            out.push(p(FieldRef::Text(TextField::AgreedHsaId), ErrorCode::HsaIdFormat));
        }
        if let Some(d) = &ab.date {
            if !is_plausible_date(d.trim()) {
                out.push(p(FieldRef::Text(TextField::AgreedDate), ErrorCode::DateFormat));
            }
        }
    }

    // The order a reader meets the fields on the page.
    out.sort_by_key(|pr| pr.field.page_order(a.mode));
    out
}

/// The problems that block leaving one step.
pub fn validate_step(a: &Agreement, step: Step) -> Vec<Problem> {
    validate(a).into_iter().filter(|pr| pr.field.step() == step).collect()
}

/// The problems that block marking the agreement as agreed: every ordinary problem, plus a
/// complete "agreed by" block (patient, professional, date).
pub fn validate_for_agreement(a: &Agreement) -> Vec<Problem> {
    let mut out = validate(a);
    let ab = &a.agreed_by;
    if ab.patient_name.trim().is_empty() {
        out.push(p(FieldRef::Text(TextField::AgreedPatientName), ErrorCode::AgreedPatientNameMissing));
    }
    if ab.professional_name.trim().is_empty() {
        out.push(p(FieldRef::Text(TextField::AgreedProfessionalName), ErrorCode::AgreedProfessionalNameMissing));
    }
    if ab.date.is_none() {
        out.push(p(FieldRef::Text(TextField::AgreedDate), ErrorCode::AgreedDateMissing));
    }
    out
}
