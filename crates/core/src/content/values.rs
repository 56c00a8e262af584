//! Words for the values of the choices: Ja / Nej / Vet inte, how and who for the next contact,
//! kinds of contact route, languages.

use super::text::{sv, Text};
use crate::domain::{Choice, ContactMode, Initiator, Mode, RouteKind, Tri};

/// Words for the value of a radio group; `None` when not answered.
pub fn choice(c: Choice, mode: Mode) -> Option<Text> {
    match c {
        Choice::Tri(v) => v.map(tri),
        Choice::Mode(v) => v.map(contact_mode),
        Choice::Initiator(v) => v.map(|i| initiator(i, mode)),
    }
}

/// Ja / Nej / Vet inte.
pub fn tri(v: Tri) -> Text {
    match v {
        Tri::Yes => sv("Ja"),
        Tri::No => sv("Nej"),
        Tri::DontKnow => sv("Vet inte"),
    }
}

/// How the next contact takes place.
pub fn contact_mode(m: ContactMode) -> Text {
    match m {
        ContactMode::Visit => sv("Besök på mottagningen"),
        ContactMode::Phone => sv("Telefon"),
        ContactMode::Video => sv("Videosamtal"),
        ContactMode::Digital => sv("Digitalt, med meddelande eller e-tjänst"),
        ContactMode::HomeVisit => sv("Hembesök"),
    }
}

/// Who takes the initiative, in the words of who is reading: the patient preparing reads "Jag".
pub fn initiator(i: Initiator, mode: Mode) -> Text {
    match (i, mode) {
        (Initiator::Patient, Mode::Prepare) => sv("Jag"),
        (Initiator::Patient, Mode::Consultation) => sv("Patienten"),
        (Initiator::Care, _) => sv("Vården"),
    }
}

/// Who takes the initiative, as a sentence in the words of who is reading: "Jag tar kontakt" for
/// the patient (preparing, and in her printout), "Patienten tar kontakt" in the consultation.
pub fn initiator_sentence(i: Initiator, mode: Mode) -> Text {
    match (i, mode) {
        (Initiator::Patient, Mode::Prepare) => sv("Jag tar kontakt"),
        (Initiator::Patient, Mode::Consultation) => sv("Patienten tar kontakt"),
        (Initiator::Care, _) => sv("Vården tar kontakt"),
    }
}

/// A kind of contact route.
pub fn route_kind(k: RouteKind) -> Text {
    match k {
        RouteKind::Phone => sv("Telefon"),
        RouteKind::OnlineBooking => sv("Webbtidbok"),
        RouteKind::Summons => sv("Kallelse"),
        RouteKind::Video => sv("Videosamtal"),
        RouteKind::Message => sv("Mejl eller meddelande"),
        RouteKind::EService => sv("Mottagningens e-tjänster"),
        RouteKind::Service1177 => sv("1177 (telefon och e-tjänster)"),
        RouteKind::Other => sv("Annat"),
    }
}
