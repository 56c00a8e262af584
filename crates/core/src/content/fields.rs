//! Labels and hints of every text field, list and radio group.

use super::{bi, bi_kept, Bilingual, Ui};
use crate::domain::{Agreement, ChoiceField, FlagField, HerContact, ItemField, ListId, Mode, TextField};

/// Label and optional hint of a field or group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldText {
    /// Label or legend.
    pub label: Bilingual,
    /// Hint under the label.
    pub hint: Option<Bilingual>,
}

const fn field_text(label: Bilingual, hint: Option<Bilingual>) -> FieldText {
    FieldText { label, hint }
}

/// Label and hint of a text field.
pub fn text_field(field: TextField) -> FieldText {
    match field {
        TextField::PatientName => field_text(bi("Namn", "Name"), None),
        TextField::PersonalNumber => field_text(
            bi("Personnummer", "Swedish personal identity number"),
            Some(bi("12 siffror, till exempel 19121212-1212.", "12 digits, for example 19121212-1212.")),
        ),
        TextField::OwnWords => field_text(
            bi("Vad är viktigt för dig i ditt liv just nu?", "What matters to you in your life right now?"),
            Some(bi(
                "Det kan handla om familj, arbete, intressen eller hur du vill må.",
                "It can be about family, work, interests or how you want to feel.",
            )),
        ),
        TextField::Resources => field_text(
            bi("Dina egna resurser och ditt nätverk", "Your own resources and network"),
            Some(bi(
                "Vad och vem hjälper dig att må bra? Till exempel familj, vänner, föreningar eller sådant du själv gör.",
                "What and who helps you feel well? For example family, friends, associations or things you do yourself.",
            )),
        ),
        TextField::QuestionsForVisit => field_text(
            bi("Vad vill du fråga om eller ta upp vid besöket?", "What do you want to ask about or bring up at the visit?"),
            None,
        ),
        // In the consultation, care names who coordinates ([`text_field_in`] for the patient).
        TextField::Coordinator => field_text(
            bi("Vem hjälper till med samordningen?", "Who helps with the coordination?"),
            Some(COORDINATOR_HINT),
        ),
        TextField::NextStep => field_text(
            bi("Vad är ditt nästa steg?", "What is your next step?"),
            Some(bi(
                "Det du ska göra härnäst, till exempel lämna prover eller boka en tid.",
                "What you will do next, for example give samples or book an appointment.",
            )),
        ),
        // No example date in the hint: the field shows the browser's own format (åååå-mm-dd in a
        // Swedish browser, mm/dd/yyyy in an American one), and a hint in another would contradict it.
        TextField::NextDate => field_text(bi("Datum", "Date"), Some(DATE_HINT)),
        TextField::NextTime => field_text(
            bi("Klockslag (frivilligt)", "Time (optional)"),
            Some(bi("Till exempel 14:30.", "For example 14:30.")),
        ),
        TextField::PreparedDate => field_text(bi("Datum", "Date"), Some(DATE_HINT)),
        TextField::PreparedTime => field_text(
            bi("Klockslag (frivilligt)", "Time (optional)"),
            Some(bi("Till exempel 14:30.", "For example 14:30.")),
        ),
        TextField::PreparedPeriod => field_text(
            bi(
                "Eller: när skulle du vilja ha nästa tid? (frivilligt)",
                "Or: when would you like your next appointment? (optional)",
            ),
            Some(bi(
                "Till exempel ”om ungefär tre månader”. Vid besöket kommer ni överens om tiden.",
                "For example “in about three months”. At the visit you agree on the time.",
            )),
        ),
        TextField::NextPeriod => field_text(
            bi("Eller ungefär när", "Or roughly when"),
            Some(bi("Till exempel ”om tre månader”.", "For example “in three months”.")),
        ),
        TextField::Review => field_text(
            bi("När ska ni följa upp överenskommelsen?", "When will you follow up the agreement?"),
            Some(bi("Till exempel vid nästa besök eller om ett år.", "For example at the next visit or in a year.")),
        ),
        TextField::AgreedPatientName => field_text(bi("Patientens namn", "Patient's name"), None),
        TextField::AgreedProfessionalName => field_text(bi("Namn på vårdpersonal", "Name of the healthcare professional"), None),
        TextField::AgreedRole => field_text(bi("Yrkesroll (frivilligt)", "Role (optional)"), None),
        TextField::AgreedUnit => field_text(bi("Enhet", "Unit"), None),
        TextField::AgreedHsaId => field_text(
            bi("HSA-id (frivilligt)", "HSA-id (optional)"),
            Some(bi("Till exempel SE2321000016-1003.", "For example SE2321000016-1003.")),
        ),
        TextField::AgreedDate => field_text(bi("Datum för överenskommelsen", "Date of the agreement"), Some(DATE_HINT)),
    }
}

/// Label and hint of a text field as the mode asks it: preparing, who helps with the
/// coordination is asked only if she knows (that nobody helps may be her point, never listed as
/// her omission); in the consultation care names who does.
pub fn text_field_in(field: TextField, mode: Mode) -> FieldText {
    match (field, mode) {
        (TextField::Coordinator, Mode::Prepare) => field_text(
            bi("Vem hjälper till med samordningen? (om du vet)", "Who helps with the coordination? (if you know)"),
            Some(COORDINATOR_HINT),
        ),
        _ => text_field(field),
    }
}

/// The hint of who helps with the coordination.
const COORDINATOR_HINT: Bilingual = bi("Namn, yrkesroll eller enhet.", "Name, role or unit.");

/// The hint of a date field.
const DATE_HINT: Bilingual =
    bi("Skriv datumet eller välj det i kalendern.", "Type the date or pick it in the calendar.");

/// Texts of one add / edit / remove list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListText {
    /// Heading (legend) of the list.
    pub heading: Bilingual,
    /// Hint under the heading.
    pub hint: Bilingual,
    /// The add button.
    pub add: Bilingual,
    /// Name of one row ("Mål"), numbered in the UI.
    pub row: Bilingual,
}

/// Texts of a list; a few read differently when the patient prepares alone.
pub fn list_text(list: ListId, mode: Mode) -> ListText {
    let l = |heading, hint, add, row| ListText { heading, hint, add, row };
    match list {
        ListId::Goals => l(
            bi("Dina mål", "Your goals"),
            bi("Vad vill du uppnå? Lägg till ett mål i taget.", "What do you want to achieve? Add one goal at a time."),
            bi("Lägg till mål", "Add a goal"),
            bi("Mål", "Goal"),
        ),
        ListId::Relatives => l(
            bi("Närstående", "Family and friends"),
            bi(
                "Personer som står dig nära och som du vill ska vara med.",
                "People close to you whom you want to be involved.",
            ),
            bi("Lägg till närstående", "Add a person"),
            bi_kept("Närstående", "Person"),
        ),
        ListId::SelfCare => l(
            bi("Det här gör jag för att må bra", "What I do to feel well"),
            bi(
                "Till exempel promenader, mediciner, mat eller vila. Skriv gärna vem som hjälper till och när.",
                "For example walks, medicines, food or rest. You can write who helps and when.",
            ),
            bi("Lägg till något du gör", "Add something you do"),
            // Preparing, it is what she does, not yet a commitment of the agreement.
            match mode {
                Mode::Prepare => bi("Punkt", "Item"),
                Mode::Consultation => bi("Åtagande", "Commitment"),
            },
        ),
        ListId::WarningSigns => l(
            bi(
                "Det här håller jag koll på – när och vart söker jag vård?",
                "What I keep an eye on – when and where do I seek care?",
            ),
            bi(
                "Tecken på att du behöver söka vård, hur snabbt och vart du vänder dig.",
                "Signs that you need to seek care, how soon, and where you turn.",
            ),
            bi("Lägg till något att hålla koll på", "Add something to keep an eye on"),
            bi("Att hålla koll på", "Sign to watch"),
        ),
        ListId::CareActions => l(
            bi("Det här gör vården", "What your care team does"),
            bi("Vad vården gör, vem som gör det och när.", "What your care team does, who does it and when."),
            bi("Lägg till något vården gör", "Add something your care team does"),
            bi("Vårdens åtagande", "Care commitment"),
        ),
        ListId::CareWishes => match mode {
            Mode::Prepare => l(
                bi("Det här vill jag att vården hjälper mig med", "What I would like my care team to help me with"),
                bi(
                    "Dina önskemål. Vid besöket kommer ni överens om vad vården gör.",
                    "Your wishes. At the visit you agree on what your care team does.",
                ),
                bi("Lägg till något du vill ha hjälp med", "Add something you want help with"),
                bi("Önskemål", "Wish"),
            ),
            Mode::Consultation => l(
                bi("Patientens önskemål till vården", "The patient's wishes for the care team"),
                bi(
                    "Det patienten har skrivit inför besöket. Gör ett önskemål till vårdens åtagande om ni kommer överens om det, ändra det eller låt det stå kvar som önskemål.",
                    "What the patient wrote before the visit. Turn a wish into a care commitment if you agree on it, change it, or leave it as a wish.",
                ),
                bi("Lägg till önskemål", "Add a wish"),
                bi("Önskemål", "Wish"),
            ),
        },
        ListId::Plans => l(
            bi("Dina planer i vården och omsorgen", "Your plans in health and social care"),
            bi(
                "Till exempel vårdplan, rehabiliteringsplan eller plan från kommunen. Lägg till en plan i taget.",
                "For example a care plan, rehabilitation plan or a plan from the municipality. Add one plan at a time.",
            ),
            bi("Lägg till plan", "Add a plan"),
            bi("Plan", "Plan"),
        ),
        ListId::PatientContacts => patient_contacts_text(None, mode),
        ListId::CareContacts => l(
            bi("Fast vårdkontakt", "Named care contact"),
            bi(
                "En namngiven person i vården som du kan vända dig till och som hjälper till med samordningen.",
                "A named person in your care team whom you can turn to and who helps with the coordination.",
            ),
            bi("Lägg till fast vårdkontakt", "Add a named care contact"),
            bi_kept("Fast vårdkontakt", "Care contact"),
        ),
        ListId::Routes => l(
            bi("Kontaktvägar", "Ways to get in touch"),
            bi(
                "Hur du kontaktar vården: telefon, 1177, webbtidbok, videosamtal, meddelande eller e-tjänster.",
                "How you contact your care team: phone, 1177, online booking, video call, message or e-services.",
            ),
            bi("Lägg till kontaktväg", "Add a way to get in touch"),
            bi("Kontaktväg", "Contact route"),
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
    let add = bi("Lägg till en person", "Add a person");
    let settle = bi(
        "Det patienten skrev inför besöket. Välj ”Gör till fast vårdkontakt” om ni kommer överens om den.",
        "What the patient wrote before the visit. Choose “Make them the named care contact” if you agree on it.",
    );
    match (mode, hers) {
        (Mode::Prepare, Some(HerContact::Has)) => l(
            bi("Din fasta vårdkontakt", "Your named care contact"),
            bi("Skriv vem det är och vad hen hjälper dig med.", "Write who it is and what they help you with."),
            add,
            bi_kept("Fast vårdkontakt", "Care contact"),
        ),
        (Mode::Prepare, Some(HerContact::Written)) => l(
            bi("Fast vårdkontakt som du har skrivit", "Named care contact you have written down"),
            bi(
                "Det du har skrivit om en fast vårdkontakt. Vid besöket kommer ni överens om vem det blir.",
                "What you have written about a named care contact. At the visit you agree on who it will be.",
            ),
            add,
            bi("Kontakt", "Contact"),
        ),
        (Mode::Prepare, _) => l(
            bi(
                "Någon du vill ha som fast vårdkontakt (frivilligt)",
                "Someone you would like as your named care contact (optional)",
            ),
            bi(
                "Vet du vem du vill ha? Skriv det här. Vid besöket kommer ni överens om vem det blir.",
                "Do you know whom you would like? Write it here. At the visit you agree on who it will be.",
            ),
            add,
            bi("Önskad kontakt", "Wished-for contact"),
        ),
        (Mode::Consultation, Some(HerContact::Has)) => l(
            bi("Fast vårdkontakt som patienten säger att hen har", "Named care contact the patient says they have"),
            bi(
                "Det patienten skrev inför besöket. Välj ”Gör till fast vårdkontakt” om ni bekräftar den.",
                "What the patient wrote before the visit. Choose “Make them the named care contact” if you confirm it.",
            ),
            add,
            bi_kept("Fast vårdkontakt", "Care contact"),
        ),
        (Mode::Consultation, Some(HerContact::Written)) => l(
            bi(
                "Fast vårdkontakt som patienten skrev före besöket",
                "Named care contact the patient wrote down before the visit",
            ),
            settle,
            add,
            bi("Kontakt", "Contact"),
        ),
        (Mode::Consultation, _) => l(
            bi("Fast vårdkontakt som patienten önskar", "Named care contact the patient would like"),
            settle,
            add,
            bi("Önskad kontakt", "Wished-for contact"),
        ),
    }
}

/// Label of a field within a row as this agreement asks it: what she would like her wished-for
/// contact to help her with is asked as a wish.
pub fn item_label_for(a: &Agreement, list: ListId, field: ItemField) -> Bilingual {
    match (list, field) {
        (ListId::PatientContacts, ItemField::HelpsWith) if a.contacts.hers() == HerContact::Wished => bi(
            "Vad vill du att hen ska hjälpa dig med? (frivilligt)",
            "What would you like them to help you with? (optional)",
        ),
        _ => item_label(list, field),
    }
}

/// Label of a field within a row.
pub fn item_label(list: ListId, field: ItemField) -> Bilingual {
    use ItemField::*;
    match (list, field) {
        (ListId::Goals, _) => bi("Mål", "Goal"),
        (ListId::SelfCare, Text) => bi("Vad gör du?", "What do you do?"),
        (ListId::WarningSigns, Text) => bi("Vad ska du hålla koll på?", "What should you keep an eye on?"),
        (ListId::WarningSigns, Who) => bi("Vart vänder du dig? (frivilligt)", "Where do you turn? (optional)"),
        (ListId::WarningSigns, When) => {
            bi("Hur snabbt ska du söka vård? (frivilligt)", "How soon should you seek care? (optional)")
        }
        (ListId::CareActions, Text) => bi("Vad gör vården?", "What does your care team do?"),
        (ListId::CareWishes, Text) => bi("Vad vill du ha hjälp med?", "What would you like help with?"),
        (ListId::CareWishes, Who) => bi("Av vem i vården? (frivilligt)", "From whom in your care team? (optional)"),
        (ListId::CareActions, Who) => bi("Vem i vården? (frivilligt)", "Who in your care team? (optional)"),
        (_, Who) => bi("Vem hjälper till? (frivilligt)", "Who helps? (optional)"),
        (_, When) => bi("När eller hur ofta? (frivilligt)", "When or how often? (optional)"),
        (_, Text) => bi("Vad?", "What?"),
        (ListId::Relatives, Relation) => bi("Relation till dig (frivilligt)", "Relationship to you (optional)"),
        (ListId::Relatives, Contact) => bi("Hur når du hen? (frivilligt)", "How do you reach them? (optional)"),
        (ListId::Plans, Contact) => bi("Kontakt för planen (frivilligt)", "Contact for the plan (optional)"),
        (_, Contact) => bi("Kontakt", "Contact"),
        (_, Name) => bi("Namn", "Name"),
        (_, Relation) => bi("Relation", "Relationship"),
        (_, Title) => bi("Vilken plan?", "Which plan?"),
        (_, CareGiver) => bi("Vem har planen? (frivilligt)", "Who holds the plan? (optional)"),
        (_, Role) => bi("Yrkesroll (frivilligt)", "Role (optional)"),
        (_, HelpsWith) => bi("Vad hjälper hen dig med? (frivilligt)", "What do they help you with? (optional)"),
        (_, Unit) => bi("Mottagning eller enhet (frivilligt)", "Clinic or unit (optional)"),
        (_, Reach) => bi("Hur når du hen? (frivilligt)", "How do you reach them? (optional)"),
        (_, HsaId) => bi("HSA-id (frivilligt)", "HSA-id (optional)"),
        (_, Details) => bi("Nummer, adress eller tider", "Number, address or hours"),
    }
}

/// Label of the kind select of a contact route.
pub const ROUTE_KIND_LABEL: Bilingual = bi("Typ av kontaktväg", "Kind of contact route");

/// Label of a checkbox.
pub fn flag(field: FlagField) -> Bilingual {
    match field {
        FlagField::NoOtherPlans => {
            bi("Jag har inga andra planer i vården eller omsorgen", "I have no other plans in health or social care")
        }
        FlagField::RelativeHelped => {
            bi("En närstående har hjälpt mig att fylla i", "Someone close to me has helped me fill this in")
        }
    }
}

/// The label of a radio group's answer where it is shown, not asked (the summary): in the
/// consultation, what the patient answered before the visit is labelled as hers, never as an
/// answer given there.
pub fn choice_label_in(field: ChoiceField, mode: Mode) -> Bilingual {
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
            bi(
                "Behöver du hjälp med samordningen av dina planer och vårdgivare?",
                "Do you need help with the coordination of your plans and care providers?",
            ),
            None,
        ),
        ChoiceField::FixedContactHas => field_text(
            bi("Har du redan en fast vårdkontakt?", "Do you already have a named care contact?"),
            Some(bi(
                "En fast vårdkontakt är en namngiven person i vården som du kan vända dig till och som hjälper till med samordningen.",
                "A named care contact is a named person in your care team whom you can turn to and who helps with the coordination.",
            )),
        ),
        ChoiceField::FixedContactWanted => field_text(
            bi("Vill du ha en fast vårdkontakt?", "Would you like a named care contact?"),
            Some(bi(
                "Om du behöver en, och vem det blir, kommer ni fram till vid besöket.",
                "Whether you need one, and who it will be, is settled at the visit.",
            )),
        ),
        ChoiceField::FixedContactNeeded => field_text(
            bi("Behöver patienten en fast vårdkontakt?", "Does the patient need a named care contact?"),
            Some(bi(
                "Det är vårdens uppgift att se om patienten behöver en fast vårdkontakt, och vilken roll den har för patienten.",
                "It is for the care team to see whether the patient needs a named care contact, and what role it has for the patient.",
            )),
        ),
        ChoiceField::PreparedMode => field_text(
            bi("Hur vill du helst ha kontakt nästa gång? (frivilligt)", "How would you prefer to be in touch for your next appointment? (optional)"),
            None,
        ),
        ChoiceField::PreparedInitiator => {
            field_text(bi("Vem tar kontakt, tycker du? (frivilligt)", "Who do you think should get in touch? (optional)"), None)
        }
        ChoiceField::NextMode => {
            field_text(bi("Hur ska ni ha kontakt nästa gång?", "How will you be in touch for the next appointment?"), None)
        }
        ChoiceField::Initiator => field_text(bi("Vem tar kontakt?", "Who gets in touch?"), None),
    }
}
