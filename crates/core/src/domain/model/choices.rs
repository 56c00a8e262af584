//! The small enums of the agreement: its mode and status, and the values of its choices.

use serde::{Deserialize, Serialize};

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
