//! Labels and hints of every text field, list and radio group.

use super::text::{sv, sv_in, Text};
use super::ui::Ui;
use crate::domain::{Agreement, ChoiceField, FlagField, HerContact, ItemField, ListId, Mode, TextField};

/// Label and optional hint of a field or group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldText {
    /// Label or legend.
    pub label: Text,
    /// Hint under the label.
    pub hint: Option<Text>,
}

const fn field_text(label: Text, hint: Option<Text>) -> FieldText {
    FieldText { label, hint }
}

/// Label and hint of a text field.
pub fn text_field(field: TextField) -> FieldText {
    match field {
        TextField::PatientName => field_text(sv("Namn"), None),
        TextField::PersonalNumber => {
            field_text(sv("Personnummer"), Some(sv("12 siffror, till exempel 19121212-1212.")))
        }
        TextField::OwnWords => field_text(
            sv("Vad är viktigt för dig i ditt liv just nu?"),
            Some(sv("Det kan handla om familj, arbete, intressen eller hur du vill må.")),
        ),
        TextField::Resources => field_text(
            sv("Vad och vem hjälper dig att må bra?"),
            Some(sv("Till exempel familj, vänner, föreningar eller sådant du själv gör.")),
        ),
        TextField::QuestionsForVisit => field_text(sv("Vad vill du fråga om eller ta upp vid besöket?"), None),
        // In the consultation, care names who coordinates ([`text_field_in`] for the patient).
        TextField::Coordinator => field_text(sv("Vem hjälper till med samordningen?"), Some(COORDINATOR_HINT)),
        TextField::NextStep => field_text(
            sv("Vad är ditt nästa steg?"),
            Some(sv("Det du ska göra härnäst, till exempel lämna prover eller boka en tid.")),
        ),
        // Dates and times are typed in one text field, the format in the hint (GOV.UK's pattern):
        // what she sees does not depend on her browser's language, as a native date field's does.
        TextField::NextDate => field_text(sv("Datum"), Some(DATE_HINT)),
        TextField::NextTime => field_text(sv("Klockslag (frivilligt)"), Some(sv("Till exempel 14:30."))),
        TextField::PreparedDate => field_text(sv("Datum"), Some(DATE_HINT)),
        TextField::PreparedTime => field_text(sv("Klockslag (frivilligt)"), Some(sv("Till exempel 14:30."))),
        TextField::PreparedPeriod => field_text(
            sv("Eller: när skulle du vilja ha nästa tid? (frivilligt)"),
            Some(sv("Till exempel ”om ungefär tre månader”. Vid besöket kommer ni överens om tiden.")),
        ),
        TextField::NextPeriod => field_text(sv("Eller ungefär när"), Some(sv("Till exempel ”om tre månader”."))),
        TextField::Review => field_text(
            sv("När ska ni följa upp överenskommelsen?"),
            Some(sv("Till exempel vid nästa besök eller om ett år.")),
        ),
        TextField::AgreedPatientName => field_text(sv("Patientens namn"), None),
        TextField::AgreedProfessionalName => field_text(sv("Namn på vårdpersonal"), None),
        TextField::AgreedRole => field_text(sv("Yrkesroll (frivilligt)"), None),
        TextField::AgreedUnit => field_text(sv("Enhet"), None),
        TextField::AgreedHsaId => field_text(sv("HSA-id (frivilligt)"), Some(sv("Till exempel SE2321000016-1003."))),
        TextField::AgreedDate => field_text(sv("Datum för överenskommelsen"), Some(DATE_HINT)),
    }
}

/// Label and hint of a text field as the mode asks it: preparing, who helps with the
/// coordination is asked only if she knows (that nobody helps may be her point, never listed as
/// her omission); in the consultation care names who does.
pub fn text_field_in(field: TextField, mode: Mode) -> FieldText {
    match (field, mode) {
        (TextField::Coordinator, Mode::Prepare) => {
            field_text(sv("Vem hjälper till med samordningen? (om du vet)"), Some(COORDINATOR_HINT))
        }
        _ => text_field(field),
    }
}

/// The hint of who helps with the coordination.
const COORDINATOR_HINT: Text = sv("Namn, yrkesroll eller enhet.");

/// The hint of a date field.
const DATE_HINT: Text = sv("Skriv år, månad och dag, till exempel 2027-03-01.");

/// Texts of one add / edit / remove list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListText {
    /// Heading (legend) of the list.
    pub heading: Text,
    /// Hint under the heading.
    pub hint: Text,
    /// The add button.
    pub add: Text,
    /// Name of one row ("Mål"), numbered in the UI.
    pub row: Text,
}

/// Texts of a list; a few read differently when the patient prepares alone.
pub fn list_text(list: ListId, mode: Mode) -> ListText {
    let l = |heading, hint, add, row| ListText { heading, hint, add, row };
    match list {
        ListId::Goals => l(
            sv("Dina mål"),
            sv("Vad vill du uppnå? Lägg till ett mål i taget."),
            sv("Lägg till mål"),
            sv("Mål"),
        ),
        ListId::Relatives => l(
            sv("Närstående"),
            sv("Personer som står dig nära och som du vill ska vara med."),
            sv("Lägg till närstående"),
            sv_in("row", "Närstående"),
        ),
        ListId::SelfCare => l(
            sv("Det här gör jag för att må bra"),
            sv("Till exempel promenader, mediciner, mat eller vila. Skriv gärna vem som hjälper till och när."),
            sv("Lägg till något du gör"),
            // Preparing, it is what she does, not yet a commitment of the agreement.
            match mode {
                Mode::Prepare => sv("Punkt"),
                Mode::Consultation => sv("Åtagande"),
            },
        ),
        ListId::WarningSigns => l(
            sv("Det här håller jag koll på – när och vart söker jag vård?"),
            sv("Tecken på att du behöver söka vård, hur snabbt och vart du vänder dig."),
            sv("Lägg till något att hålla koll på"),
            sv("Att hålla koll på"),
        ),
        ListId::CareActions => l(
            sv("Det här gör vården"),
            sv("Vad vården gör, vem som gör det och när."),
            sv("Lägg till något vården gör"),
            sv("Vårdens åtagande"),
        ),
        ListId::CareWishes => match mode {
            Mode::Prepare => l(
                sv("Det här vill jag att vården hjälper mig med"),
                sv("Dina önskemål. Vid besöket kommer ni överens om vad vården gör."),
                sv("Lägg till något du vill ha hjälp med"),
                sv("Önskemål"),
            ),
            Mode::Consultation => l(
                sv("Patientens önskemål till vården"),
                sv("Det patienten har skrivit inför besöket. Gör ett önskemål till vårdens åtagande om ni kommer överens om det, ändra det eller låt det stå kvar som önskemål."),
                sv("Lägg till önskemål"),
                sv("Önskemål"),
            ),
        },
        ListId::Plans => l(
            sv("Dina planer i vården och omsorgen"),
            sv("Till exempel vårdplan, rehabiliteringsplan eller plan från kommunen. Lägg till en plan i taget."),
            sv("Lägg till plan"),
            sv("Plan"),
        ),
        ListId::PatientContacts => patient_contacts_text(None, mode),
        ListId::CareContacts => l(
            sv("Fast vårdkontakt"),
            sv("En namngiven person i vården som du kan vända dig till och som hjälper till med samordningen."),
            sv("Lägg till fast vårdkontakt"),
            sv_in("row", "Fast vårdkontakt"),
        ),
        ListId::Routes => l(
            sv("Så kontaktar du vården"),
            sv("Till exempel telefon, 1177, webbtidbok, videosamtal, meddelande eller e-tjänster."),
            sv("Lägg till ett sätt att kontakta vården"),
            sv("Sätt att kontakta vården"),
        ),
    }
}

/// Texts of a list as this agreement shows it: the patient's own contacts read as the fast
/// vårdkontakt she says she has, as one she would like, or as what she wrote.
pub fn list_text_for(a: &Agreement, list: ListId) -> ListText {
    match list {
        ListId::PatientContacts => patient_contacts_text(Some(a.contacts.hers()), a.mode),
        l => list_text(l, a.mode),
    }
}

/// The patient's own contacts: the one she has, one she would like, or (neither said) what she
/// wrote; preparing in her words, in the consultation as hers, to be settled there.
fn patient_contacts_text(hers: Option<HerContact>, mode: Mode) -> ListText {
    let l = |heading, hint, add, row| ListText { heading, hint, add, row };
    let add = sv("Lägg till en person");
    let settle = sv("Det patienten skrev inför besöket. Välj ”Gör till fast vårdkontakt” om ni kommer överens om den.");
    match (mode, hers) {
        (Mode::Prepare, Some(HerContact::Has)) => l(
            sv("Din fasta vårdkontakt"),
            sv("Skriv vem det är och vad hen hjälper dig med."),
            add,
            sv_in("row", "Fast vårdkontakt"),
        ),
        (Mode::Prepare, Some(HerContact::Written)) => l(
            sv("Fast vårdkontakt som du har skrivit"),
            sv("Det du har skrivit om en fast vårdkontakt. Vid besöket kommer ni överens om vem det blir."),
            add,
            sv("Kontakt"),
        ),
        (Mode::Prepare, _) => l(
            sv("Någon du vill ha som fast vårdkontakt (frivilligt)"),
            sv("Vet du vem du vill ha? Skriv det här. Vid besöket kommer ni överens om vem det blir."),
            add,
            sv("Önskad kontakt"),
        ),
        (Mode::Consultation, Some(HerContact::Has)) => l(
            sv("Fast vårdkontakt som patienten säger att hen har"),
            sv("Det patienten skrev inför besöket. Välj ”Gör till fast vårdkontakt” om ni bekräftar den."),
            add,
            sv_in("row", "Fast vårdkontakt"),
        ),
        (Mode::Consultation, Some(HerContact::Written)) => {
            l(sv("Fast vårdkontakt som patienten skrev före besöket"), settle, add, sv("Kontakt"))
        }
        (Mode::Consultation, _) => l(sv("Fast vårdkontakt som patienten önskar"), settle, add, sv("Önskad kontakt")),
    }
}

/// Label of a field within a row as this agreement asks it: what she would like her wished-for
/// contact to help her with is asked as a wish.
pub fn item_label_for(a: &Agreement, list: ListId, field: ItemField) -> Text {
    match (list, field) {
        (ListId::PatientContacts, ItemField::HelpsWith) if a.contacts.hers() == HerContact::Wished => {
            sv("Vad vill du att hen ska hjälpa dig med? (frivilligt)")
        }
        _ => item_label(list, field),
    }
}

/// Label of a field within a row.
pub fn item_label(list: ListId, field: ItemField) -> Text {
    use ItemField::*;
    match (list, field) {
        (ListId::Goals, _) => sv("Mål"),
        (ListId::SelfCare, Text) => sv("Vad gör du?"),
        (ListId::WarningSigns, Text) => sv("Vad ska du hålla koll på?"),
        (ListId::WarningSigns, Who) => sv("Vart vänder du dig? (frivilligt)"),
        (ListId::WarningSigns, When) => sv("Hur snabbt ska du söka vård? (frivilligt)"),
        (ListId::CareActions, Text) => sv("Vad gör vården?"),
        (ListId::CareWishes, Text) => sv("Vad vill du ha hjälp med?"),
        (ListId::CareWishes, Who) => sv("Av vem i vården? (frivilligt)"),
        (ListId::CareActions, Who) => sv("Vem i vården? (frivilligt)"),
        (_, Who) => sv("Vem hjälper till? (frivilligt)"),
        (_, When) => sv("När eller hur ofta? (frivilligt)"),
        (_, Text) => sv("Vad?"),
        (ListId::Relatives, Relation) => sv("Relation till dig (frivilligt)"),
        (ListId::Relatives, Contact) => sv("Hur når du hen? (frivilligt)"),
        (ListId::Plans, Contact) => sv("Kontakt för planen (frivilligt)"),
        (_, Contact) => sv("Kontakt"),
        (_, Name) => sv("Namn"),
        (_, Relation) => sv("Relation"),
        (_, Title) => sv("Vilken plan?"),
        (_, CareGiver) => sv("Vem har planen? (frivilligt)"),
        (_, Role) => sv("Yrkesroll (frivilligt)"),
        (_, HelpsWith) => sv("Vad hjälper hen dig med? (frivilligt)"),
        (_, Unit) => sv("Mottagning eller enhet (frivilligt)"),
        (_, Reach) => sv("Hur når du hen? (frivilligt)"),
        (_, HsaId) => sv("HSA-id (frivilligt)"),
        (_, Details) => sv("Nummer, adress eller tider"),
    }
}

/// Label of the kind select of a contact route.
pub const ROUTE_KIND_LABEL: Text = sv("Typ av kontaktväg");

/// Label of a checkbox.
pub fn flag(field: FlagField) -> Text {
    match field {
        FlagField::NoOtherPlans => sv("Jag har inga andra planer i vården eller omsorgen"),
        FlagField::RelativeHelped => sv("En närstående har hjälpt mig att fylla i"),
    }
}

/// The label of a radio group's answer where it is shown, not asked (the summary): in the
/// consultation, what the patient answered before the visit is labelled as hers, never as an
/// answer given there.
pub fn choice_label_in(field: ChoiceField, mode: Mode) -> Text {
    match (field, mode) {
        (ChoiceField::FixedContactHas, Mode::Consultation) => Ui::FixedContactHasBefore.both(),
        (ChoiceField::FixedContactWanted, Mode::Consultation) => Ui::FixedContactWish.both(),
        _ => choice_field(field).label,
    }
}

/// Legend and hint of a radio group.
pub fn choice_field(field: ChoiceField) -> FieldText {
    match field {
        ChoiceField::CoordinationNeed => field_text(
            sv("Behöver du hjälp med samordningen av dina planer och vårdgivare?"),
            None,
        ),
        ChoiceField::FixedContactHas => field_text(
            sv("Har du redan en fast vårdkontakt?"),
            Some(sv("En fast vårdkontakt är en namngiven person i vården som du kan vända dig till och som hjälper till med samordningen.")),
        ),
        ChoiceField::FixedContactWanted => field_text(
            sv("Vill du ha en fast vårdkontakt?"),
            Some(sv("Om du behöver en, och vem det blir, kommer ni fram till vid besöket.")),
        ),
        ChoiceField::FixedContactNeeded => field_text(
            sv("Behöver patienten en fast vårdkontakt?"),
            Some(sv("Det är vårdens uppgift att se om patienten behöver en fast vårdkontakt, och vilken roll den har för patienten.")),
        ),
        ChoiceField::PreparedMode => field_text(
            sv("Hur vill du helst ha kontakt nästa gång? (frivilligt)"),
            None,
        ),
        ChoiceField::PreparedInitiator => {
            field_text(sv("Vem tar kontakt, tycker du? (frivilligt)"), None)
        }
        ChoiceField::NextMode => {
            field_text(sv("Hur ska ni ha kontakt nästa gång?"), None)
        }
        ChoiceField::Initiator => field_text(sv("Vem tar kontakt?"), None),
    }
}
