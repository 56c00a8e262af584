//! Words for the values of the choices: Ja / Nej / Vet inte, how and who for the next contact,
//! kinds of contact route, languages.

use super::{bi, Bilingual};
use crate::domain::{Choice, ContactMode, Initiator, Mode, RouteKind, Tri};

/// Words for the value of a radio group; `None` when not answered.
pub fn choice(c: Choice, mode: Mode) -> Option<Bilingual> {
    match c {
        Choice::Tri(v) => v.map(tri),
        Choice::Mode(v) => v.map(contact_mode),
        Choice::Initiator(v) => v.map(|i| initiator(i, mode)),
    }
}

/// Ja / Nej / Vet inte.
pub fn tri(v: Tri) -> Bilingual {
    match v {
        Tri::Yes => bi("Ja", "Yes"),
        Tri::No => bi("Nej", "No"),
        Tri::DontKnow => bi("Vet inte", "Don't know"),
    }
}

/// How the next contact takes place.
pub fn contact_mode(m: ContactMode) -> Bilingual {
    match m {
        ContactMode::Visit => bi("Besök på mottagningen", "Visit at the clinic"),
        ContactMode::Phone => bi("Telefon", "Phone"),
        ContactMode::Video => bi("Videosamtal", "Video call"),
        ContactMode::Digital => bi("Digitalt, med meddelande eller e-tjänst", "Digital, by message or e-service"),
        ContactMode::HomeVisit => bi("Hembesök", "Home visit"),
    }
}

/// Who takes the initiative, in the words of who is reading: the patient preparing reads "Jag".
pub fn initiator(i: Initiator, mode: Mode) -> Bilingual {
    match (i, mode) {
        (Initiator::Patient, Mode::Prepare) => bi("Jag", "Me"),
        (Initiator::Patient, Mode::Consultation) => bi("Patienten", "The patient"),
        (Initiator::Care, _) => bi("Vården", "The care team"),
    }
}

/// Who takes the initiative, as a sentence in the words of who is reading: "Jag tar kontakt" for
/// the patient (preparing, and in her printout), "Patienten tar kontakt" in the consultation.
pub fn initiator_sentence(i: Initiator, mode: Mode) -> Bilingual {
    match (i, mode) {
        (Initiator::Patient, Mode::Prepare) => bi("Jag tar kontakt", "I get in touch"),
        (Initiator::Patient, Mode::Consultation) => bi("Patienten tar kontakt", "The patient gets in touch"),
        (Initiator::Care, _) => bi("Vården tar kontakt", "The care team gets in touch"),
    }
}

/// A kind of contact route.
pub fn route_kind(k: RouteKind) -> Bilingual {
    match k {
        RouteKind::Phone => bi("Telefon", "Phone"),
        RouteKind::OnlineBooking => bi("Webbtidbok", "Online booking"),
        RouteKind::Summons => bi("Kallelse", "Appointment letter"),
        RouteKind::Video => bi("Videosamtal", "Video call"),
        RouteKind::Message => bi("Mejl eller meddelande", "Email or message"),
        RouteKind::EService => bi("Mottagningens e-tjänster", "The clinic's e-services"),
        RouteKind::Service1177 => bi("1177 (telefon och e-tjänster)", "1177 (phone and e-services)"),
        RouteKind::Other => bi("Annat", "Other"),
    }
}
