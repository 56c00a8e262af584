//! Every text the user sees, in Swedish and English, keyed by stable ids.
//!
//! Each entry is a [`T`] pair; the tables are exhaustive `match`es or macro-built enums that
//! take both languages, so a missing translation does not compile, and `tests/content.rs`
//! checks that none is empty. Words for the domain's codes (validation, gaps, import errors)
//! live here, not in the domain.

pub mod questions;

use crate::domain::envelope::ImportError;
use crate::domain::{
    Choice, ChoiceField, ContactMode, ErrorCode, Initiator, ItemField, Language, ListId, Mode, PartGap, Perspective,
    RouteKind, Step, TextField, Tri,
};

/// One text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct T {
    /// Swedish.
    pub sv: &'static str,
    /// English.
    pub en: &'static str,
}

impl T {
    /// The text in one language.
    pub fn get(&self, lang: Language) -> &'static str {
        match lang {
            Language::Sv => self.sv,
            Language::En => self.en,
        }
    }
}

const fn t(sv: &'static str, en: &'static str) -> T {
    T { sv, en }
}

/// Replaces `{name}` placeholders.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

macro_rules! texts {
    ($(#[$m:meta])* $name:ident { $($(#[$km:meta])* $key:ident => $sv:literal, $en:literal;)* }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$km])* #[doc = concat!("“", $sv, "”")] $key),* }
        impl $name {
            /// Every key.
            pub const ALL: &'static [$name] = &[$($name::$key),*];
            /// Both languages.
            pub fn t(self) -> T {
                match self { $($name::$key => T { sv: $sv, en: $en }),* }
            }
            /// The text in one language.
            pub fn get(self, lang: Language) -> &'static str {
                self.t().get(lang)
            }
            /// Stable id, for host overrides.
            pub fn id(self) -> &'static str {
                match self { $($name::$key => stringify!($key)),* }
            }
        }
    };
}

texts!(
    /// Texts of the frame, start page, navigation and summary.
    Ui {
        AppName => "Patientkontrakt", "Patientkontrakt (patient agreement)";
        StartLead => "Ett stöd för att du och vården tillsammans kommer överens om vad som är viktigt för dig, vad du gör, vad vården gör och vad som händer härnäst.",
            "Support for you and your care team to agree together on what matters to you, what you do, what care does and what happens next.";
        Privacy => "Allt du skriver stannar på den här enheten. Inget skickas någonstans.",
            "Everything you write stays on this device. Nothing is sent anywhere.";
        SharedComputer => "Använder du en dator som andra också använder? Välj ”Rensa uppgifter” när du är klar.",
            "Using a computer that others use too? Choose “Clear data” when you are done.";
        ModeLegend => "Hur vill du använda patientkontraktet?", "How do you want to use the Patientkontrakt?";
        ModePrepare => "Förbered besöket", "Prepare for the visit";
        ModePrepareHint => "Du fyller i själv, i lugn och ro, inför ett besök.", "You fill it in on your own, in your own time, before a visit.";
        ModeConsultation => "Överenskommelse i vårdmötet", "Agreement in the consultation";
        ModeConsultationHint => "Patient och vårdpersonal fyller i tillsammans.", "Patient and healthcare professional fill it in together.";
        LanguageLegend => "Språk", "Language";
        LanguageSv => "Svenska", "Svenska (Swedish)";
        LanguageEn => "English", "English";
        Begin => "Börja", "Start";
        ResumeDraft => "Fortsätt där du slutade", "Continue where you left off";
        OpenFile => "Öppna en sparad fil", "Open a saved file";
        SwitchLanguage => "In English", "På svenska";
        Back => "Tillbaka", "Back";
        Continue => "Fortsätt", "Continue";
        StepOf => "Steg {n} av {total}", "Step {n} of {total}";
        Optional => "(frivilligt)", "(optional)";
        ErrorSummaryTitle => "Det finns ett problem", "There is a problem";
        ErrorPrefix => "Fel:", "Error:";
        Remove => "Ta bort", "Remove";
        RowLabel => "{item} {n}", "{item} {n}";
        ListEmpty => "Inget tillagt än.", "Nothing added yet.";
        ListFull => "Listan är full ({n} rader).", "The list is full ({n} rows).";
        AboutYou => "Om dig", "About you";
        AboutYouHint => "Frivilligt. Fyll bara i om du vill att det ska stå i utskriften och journalanteckningen.",
            "Optional. Only fill this in if you want it in the printout and the journal note.";
        NextTimeLegend => "Nästa överenskomna tid", "Next agreed time";
        NextTimeHint => "Ange ett datum, eller skriv ungefär när.", "Give a date, or write roughly when.";
        QuestionsIntroPrepare => "Svara Ja, Nej eller Vet inte. Svaren visar vad som redan fungerar och vad ni kan prata om vid besöket.",
            "Answer Yes, No or Don't know. The answers show what already works and what you can talk about at the visit.";
        QuestionsIntroConsultation => "Patienten och vården svarar var för sig. Där svaren skiljer sig åt finns något att prata om.",
            "The patient and care answer separately. Where the answers differ, there is something to talk about.";
        QuestionN => "Fråga {n}", "Question {n}";
        PatientAnswers => "Patientens svar", "Patient's answer";
        ProfessionalAnswers => "Vårdens svar", "Care's answer";
        Comment => "Kommentar (frivilligt)", "Comment (optional)";
        Disagreement => "Patienten och vården har svarat olika.", "The patient and care have answered differently.";
        NotGiven => "Ej angivet", "Not given";
        Change => "Ändra", "Change";
        KvittoInPlace => "Patientkontraktet är på plats", "The Patientkontrakt is in place";
        KvittoInPlaceBody => "Alla sju frågor är besvarade med Ja och alla delar av överenskommelsen finns med.",
            "All seven questions are answered Yes and every part of the agreement is documented.";
        KvittoNotYet => "Patientkontraktet är inte på plats än", "The Patientkontrakt is not in place yet";
        KvittoNotYetBody => "Det här saknas. Välj en länk för att komplettera.", "This is missing. Choose a link to complete it.";
        GapQuestionNotYes => "Fråga {n}: {who} har inte svarat Ja", "Question {n}: {who} has not answered Yes";
        WhoPatient => "patienten", "the patient";
        WhoProfessional => "vården", "care";
        GoToStep => "Gå till: {step}", "Go to: {step}";
        AgreedByTitle => "Överenskommet av", "Agreed by";
        MarkAgreed => "Markera som överenskommet", "Mark as agreed";
        Reopen => "Ändra överenskommelsen", "Change the agreement";
        StatusDraft => "Utkast", "Draft";
        StatusAgreed => "Överenskommet", "Agreed";
        StatusLabel => "Status", "Status";
        ExportsTitle => "Spara och skriv ut", "Save and print";
        DownloadJson => "Ladda ner som fil (JSON)", "Download as a file (JSON)";
        Print => "Skriv ut", "Print";
        JournalTitle => "Till journalen", "For the medical record";
        JournalHint => "Journalanteckningen är text under fasta sökord. FHIR-filen är för journalsystem som tar emot strukturerade data.",
            "The journal note is text under fixed keywords. The FHIR file is for record systems that take structured data.";
        DownloadFhir => "Ladda ner för journalsystem (FHIR)", "Download for record systems (FHIR)";
        CopyNote => "Kopiera journalanteckning", "Copy journal note";
        NoteCopied => "Journalanteckningen är kopierad. Klistra in den i journalen.", "The journal note is copied. Paste it into the record.";
        CopyRefused => "Webbläsaren tillät inte kopiering. Texten nedan är markerad: tryck Ctrl+C (⌘+C på Mac) för att kopiera den.",
            "The browser did not allow copying. The text below is selected: press Ctrl+C (⌘+C on a Mac) to copy it.";
        NoteLabel => "Journalanteckning", "Journal note";
        PrintTitle => "Mitt patientkontrakt", "My Patientkontrakt";
        WhenToSeekCare => "När ska jag söka vård och vart vänder jag mig?", "When should I seek care and where do I turn?";
        PrintWhatMatters => "Det här är viktigt för mig", "What matters to me";
        PrintNext => "Mitt nästa steg och nästa tid", "My next step and next time";
        PrintUpdated => "Senast ändrat {date}", "Last changed {date}";
        PrintAgreed => "Överenskommet {date} av {names}", "Agreed on {date} by {names}";
        PrintPlans => "Mina planer och samordning", "My plans and coordination";
        RestoredNotice => "Vi har hämtat det du skrev senast (sparat {time}).", "We have restored what you wrote last (saved {time}).";
        StartOver => "Börja om", "Start over";
        StorageBlocked => "Webbläsaren tillåter inte att appen sparar här, så det du skriver sparas inte automatiskt. Ladda ner en fil innan du stänger sidan.",
            "The browser does not let the app save here, so what you write is not saved automatically. Download a file before you close the page.";
        StorageNone => "Det du skriver sparas inte på den här enheten. Ladda ner en fil innan du stänger sidan om du vill spara.",
            "What you write is not saved on this device. Download a file before you close the page if you want to keep it.";
        StorageFull => "Det gick inte att spara automatiskt eftersom webbläsarens lagring är full. Det du har skrivit finns kvar medan sidan är öppen. Ladda ner en fil för att spara det.",
            "Automatic saving failed because the browser's storage is full. What you have written stays while the page is open. Download a file to keep it.";
        StoredUnreadable => "Det sparade utkastet kunde inte läsas: {reason} Inget har tagits bort. Du kan ladda ner det sparade som en fil och börja på nytt när du vill.",
            "The saved draft could not be read: {reason} Nothing has been deleted. You can download what was saved as a file and start afresh when you want.";
        DownloadStored => "Ladda ner det sparade", "Download what was saved";
        StartFresh => "Börja på nytt", "Start afresh";
        ClearData => "Rensa uppgifter", "Clear data";
        ClearConfirm => "Vill du ta bort allt du har skrivit från den här enheten? Det går inte att ångra.",
            "Do you want to remove everything you have written from this device? This cannot be undone.";
        ClearYes => "Ja, rensa uppgifterna", "Yes, clear the data";
        Cancel => "Avbryt", "Cancel";
        Close => "Stäng", "Close";
        Cleared => "Uppgifterna är borttagna från den här enheten.", "The data has been removed from this device.";
        ReplaceConfirm => "Du har redan ett utkast. Vill du ersätta det med innehållet i filen? Det du har skrivit nu försvinner.",
            "You already have a draft. Do you want to replace it with the contents of the file? What you have written now will be lost.";
        ReplaceYes => "Ja, öppna filen", "Yes, open the file";
        OpenFileError => "Filen kunde inte öppnas", "The file could not be opened";
        DropHint => "Du kan också dra och släppa en sparad fil här.", "You can also drag and drop a saved file here.";
        FileOpened => "Filen är öppnad. Kontrollera svaren och fortsätt.", "The file is open. Check the answers and continue.";
        AppFailed => "Något gick fel i appen. Det du har skrivit finns kvar i den senaste automatiska sparningen. Ladda om sidan för att fortsätta.",
            "Something went wrong in the app. What you have written is kept in the latest automatic save. Reload the page to continue.";
    }
);

/// Label and optional hint of a field or group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldText {
    /// Label or legend.
    pub label: T,
    /// Hint under the label.
    pub hint: Option<T>,
}

const fn f(label: T, hint: Option<T>) -> FieldText {
    FieldText { label, hint }
}

/// Heading of a step.
pub fn step_title(step: Step) -> T {
    match step {
        Step::Start => t("Patientkontrakt", "Patientkontrakt"),
        Step::WhatMatters => t("Vad är viktigt för dig?", "What matters to you?"),
        Step::Commitments => t("Vad gör du och vad gör vården?", "What do you do and what does care do?"),
        Step::Planning => t("Sammanhållen planering", "Coordinated planning"),
        Step::Contacts => t("Fast vårdkontakt och kontaktvägar", "Named care contact and ways to get in touch"),
        Step::Schedule => t("Nästa steg och överenskommen tid", "Next step and agreed time"),
        Step::Questions => t("De sju frågorna", "The seven questions"),
        Step::Summary => t("Sammanfattning", "Summary"),
    }
}

/// Short introduction under a step's heading.
pub fn step_intro(step: Step, mode: Mode) -> T {
    match (step, mode) {
        (Step::Start, _) => Ui::StartLead.t(),
        (Step::WhatMatters, _) => t(
            "Patientkontraktet börjar med det som är viktigt i ditt liv. Skriv med dina egna ord.",
            "The Patientkontrakt starts with what matters in your life. Write in your own words.",
        ),
        (Step::Commitments, Mode::Prepare) => t(
            "Tänk på vad du själv gör för att må bra, vad du behöver hålla koll på och vad du vill ha hjälp med.",
            "Think about what you do yourself to feel well, what you need to keep an eye on and what you want help with.",
        ),
        (Step::Commitments, Mode::Consultation) => t(
            "Kom överens om vad patienten gör, vad vården gör och när och vart patienten ska söka vård.",
            "Agree on what the patient does, what care does, and when and where the patient should seek care.",
        ),
        (Step::Planning, _) => t(
            "En överblick av dina planer hos olika vårdgivare – region, kommun eller privat – och hjälp att samordna dem.",
            "An overview of your plans with different care providers – region, municipality or private – and help to coordinate them.",
        ),
        (Step::Contacts, _) => t(
            "Vem i vården du kan vända dig till, och hur du enkelt tar kontakt.",
            "Who in care you can turn to, and how you easily get in touch.",
        ),
        (Step::Schedule, Mode::Prepare) => t(
            "Vet du redan ditt nästa steg eller har du en tid? Skriv det du vet. Resten kommer ni överens om vid besöket.",
            "Do you already know your next step or have an appointment? Write what you know. You agree on the rest at the visit.",
        ),
        (Step::Schedule, Mode::Consultation) => t(
            "Patienten ska veta sitt nästa steg, och ni kommer överens om nästa tid tillsammans.",
            "The patient should know their next step, and you agree on the next time together.",
        ),
        (Step::Questions, Mode::Prepare) => Ui::QuestionsIntroPrepare.t(),
        (Step::Questions, Mode::Consultation) => Ui::QuestionsIntroConsultation.t(),
        (Step::Summary, _) => t(
            "Kontrollera svaren. Välj ”Ändra” för att rätta något.",
            "Check your answers. Choose “Change” to correct something.",
        ),
    }
}

/// Label and hint of a text field.
pub fn text_field(field: TextField) -> FieldText {
    match field {
        TextField::PatientName => f(t("Namn", "Name"), None),
        TextField::PersonalNumber => f(
            t("Personnummer", "Swedish personal identity number"),
            Some(t("12 siffror, till exempel 19121212-1212.", "12 digits, for example 19121212-1212.")),
        ),
        TextField::OwnWords => f(
            t("Vad är viktigt för dig i ditt liv just nu?", "What matters to you in your life right now?"),
            Some(t(
                "Det kan handla om familj, arbete, intressen eller hur du vill må.",
                "It can be about family, work, interests or how you want to feel.",
            )),
        ),
        TextField::Resources => f(
            t("Dina egna resurser och ditt nätverk", "Your own resources and network"),
            Some(t(
                "Vad och vem hjälper dig att må bra? Till exempel familj, vänner, föreningar eller sådant du själv gör.",
                "What and who helps you feel well? For example family, friends, associations or things you do yourself.",
            )),
        ),
        TextField::QuestionsForVisit => f(
            t("Vad vill du fråga om eller ta upp vid besöket?", "What do you want to ask about or bring up at the visit?"),
            None,
        ),
        TextField::Coordinator => f(
            t("Vem hjälper dig att samordna?", "Who helps you coordinate?"),
            Some(t("Namn, yrkesroll eller enhet.", "Name, role or unit.")),
        ),
        TextField::NextStep => f(
            t("Vad är ditt nästa steg?", "What is your next step?"),
            Some(t(
                "Det du ska göra härnäst, till exempel lämna prover eller boka en tid.",
                "What you will do next, for example give samples or book an appointment.",
            )),
        ),
        TextField::NextDate => f(t("Datum", "Date"), Some(t("Till exempel 2026-12-24.", "For example 2026-12-24."))),
        TextField::NextTime => f(
            t("Klockslag (frivilligt)", "Time (optional)"),
            Some(t("Till exempel 14:30.", "For example 14:30.")),
        ),
        TextField::NextPeriod => f(
            t("Eller ungefär när", "Or roughly when"),
            Some(t("Till exempel ”om tre månader”.", "For example “in three months”.")),
        ),
        TextField::Review => f(
            t("När ska ni följa upp överenskommelsen?", "When will you follow up the agreement?"),
            Some(t("Till exempel vid nästa besök eller om ett år.", "For example at the next visit or in a year.")),
        ),
        TextField::AgreedPatientName => f(t("Patientens namn", "Patient's name"), None),
        TextField::AgreedProfessionalName => f(t("Vårdpersonalens namn", "Healthcare professional's name"), None),
        TextField::AgreedRole => f(t("Yrkesroll", "Role"), None),
        TextField::AgreedUnit => f(t("Enhet", "Unit"), None),
        TextField::AgreedHsaId => f(
            t("HSA-id (frivilligt)", "HSA-id (optional)"),
            Some(t("Till exempel SE2321000016-1003.", "For example SE2321000016-1003.")),
        ),
        TextField::AgreedDate => f(t("Datum för överenskommelsen", "Date of the agreement"), Some(t("Till exempel 2026-11-22.", "For example 2026-11-22."))),
    }
}

/// Texts of one add / edit / remove list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListText {
    /// Heading (legend) of the list.
    pub heading: T,
    /// Hint under the heading.
    pub hint: T,
    /// The add button.
    pub add: T,
    /// Name of one row ("Mål"), numbered in the UI.
    pub row: T,
}

/// Texts of a list; a few read differently when the patient prepares alone.
pub fn list_text(list: ListId, mode: Mode) -> ListText {
    let l = |heading, hint, add, row| ListText { heading, hint, add, row };
    match list {
        ListId::Goals => l(
            t("Dina mål", "Your goals"),
            t("Vad vill du uppnå? Ett mål per rad.", "What do you want to achieve? One goal per row."),
            t("Lägg till mål", "Add a goal"),
            t("Mål", "Goal"),
        ),
        ListId::Relatives => l(
            t("Närstående", "Family and friends"),
            t(
                "Personer som står dig nära och som du vill ska vara med.",
                "People close to you whom you want to be involved.",
            ),
            t("Lägg till närstående", "Add a person"),
            t("Närstående", "Person"),
        ),
        ListId::SelfCare => l(
            t("Det här gör jag för att må bra", "What I do to feel well"),
            t(
                "Till exempel promenader, mediciner, mat eller vila. Skriv gärna vem som hjälper till och när.",
                "For example walks, medicines, food or rest. You can write who helps and when.",
            ),
            t("Lägg till något du gör", "Add something you do"),
            t("Åtagande", "Commitment"),
        ),
        ListId::WarningSigns => l(
            t(
                "Det här håller jag koll på – när och vart söker jag vård?",
                "What I keep an eye on – when and where do I seek care?",
            ),
            t(
                "Tecken på att du behöver söka vård, hur snabbt och vart du vänder dig.",
                "Signs that you need to seek care, how soon, and where you turn.",
            ),
            t("Lägg till något att hålla koll på", "Add something to keep an eye on"),
            t("Att hålla koll på", "Sign to watch"),
        ),
        ListId::CareActions => match mode {
            Mode::Prepare => l(
                t("Det här vill jag ha hjälp med av vården", "What I want help with from care"),
                t("Skriv det du vill att vården ska göra.", "Write what you would like care to do."),
                t("Lägg till något du vill ha hjälp med", "Add something you want help with"),
                t("Önskemål", "Request"),
            ),
            Mode::Consultation => l(
                t("Det här gör vården", "What care does"),
                t("Vad vården gör, vem som gör det och när.", "What care does, who does it and when."),
                t("Lägg till något vården gör", "Add something care does"),
                t("Vårdens åtagande", "Care commitment"),
            ),
        },
        ListId::Plans => l(
            t("Dina planer i vården och omsorgen", "Your plans in health and social care"),
            t(
                "Till exempel vårdplan, rehabiliteringsplan eller plan från kommunen. En plan per rad.",
                "For example a care plan, rehabilitation plan or a plan from the municipality. One plan per row.",
            ),
            t("Lägg till plan", "Add a plan"),
            t("Plan", "Plan"),
        ),
        ListId::CareContacts => l(
            t("Fast vårdkontakt", "Named care contact"),
            t(
                "En namngiven person i vården som du kan vända dig till och som hjälper dig att samordna.",
                "A named person in care whom you can turn to and who helps you coordinate.",
            ),
            t("Lägg till fast vårdkontakt", "Add a named care contact"),
            t("Fast vårdkontakt", "Care contact"),
        ),
        ListId::Routes => l(
            t("Kontaktvägar", "Ways to get in touch"),
            t(
                "Hur du kontaktar vården: telefon, webbtidbok, videosamtal, meddelande eller e-tjänster.",
                "How you contact care: phone, online booking, video call, message or e-services.",
            ),
            t("Lägg till kontaktväg", "Add a way to get in touch"),
            t("Kontaktväg", "Contact route"),
        ),
    }
}

/// Label of a field within a row.
pub fn item_label(list: ListId, field: ItemField) -> T {
    use ItemField::*;
    match (list, field) {
        (ListId::Goals, _) => t("Mål", "Goal"),
        (ListId::SelfCare, Text) => t("Vad gör du?", "What do you do?"),
        (ListId::WarningSigns, Text) => t("Vad ska du hålla koll på?", "What should you keep an eye on?"),
        (ListId::WarningSigns, Who) => t("Vart vänder du dig?", "Where do you turn?"),
        (ListId::WarningSigns, When) => t("Hur snabbt ska du söka vård?", "How soon should you seek care?"),
        (ListId::CareActions, Text) => t("Vad gör vården?", "What does care do?"),
        (ListId::CareActions, Who) => t("Vem i vården? (frivilligt)", "Who in care? (optional)"),
        (_, Who) => t("Vem hjälper till? (frivilligt)", "Who helps? (optional)"),
        (_, When) => t("När eller hur ofta? (frivilligt)", "When or how often? (optional)"),
        (_, Text) => t("Vad?", "What?"),
        (ListId::Relatives, Relation) => t("Relation till dig", "Relationship to you"),
        (ListId::Relatives, Contact) => t("Hur når man hen? (frivilligt)", "How to reach them (optional)"),
        (ListId::Plans, Contact) => t("Kontakt för planen (frivilligt)", "Contact for the plan (optional)"),
        (_, Contact) => t("Kontakt", "Contact"),
        (_, Name) => t("Namn", "Name"),
        (_, Relation) => t("Relation", "Relationship"),
        (_, Title) => t("Vilken plan?", "Which plan?"),
        (_, CareGiver) => t("Vem har planen?", "Who holds the plan?"),
        (_, Role) => t("Yrkesroll", "Role"),
        (_, Unit) => t("Mottagning eller enhet", "Clinic or unit"),
        (_, Reach) => t("Hur når du hen?", "How do you reach them?"),
        (_, HsaId) => t("HSA-id (frivilligt)", "HSA-id (optional)"),
        (_, Details) => t("Nummer, adress eller tider", "Number, address or hours"),
    }
}

/// Label of the kind select of a contact route.
pub const ROUTE_KIND_LABEL: T = t("Typ av kontaktväg", "Kind of contact route");

/// Legend and hint of a radio group.
pub fn choice_field(field: ChoiceField) -> FieldText {
    match field {
        ChoiceField::CoordinationNeed => f(
            t(
                "Behöver du hjälp med att samordna dina planer och vårdgivare?",
                "Do you need help coordinating your plans and care providers?",
            ),
            None,
        ),
        ChoiceField::FixedContactNeeded => f(
            t("Behöver du en fast vårdkontakt?", "Do you need a named care contact?"),
            Some(t(
                "Svara Nej om du inte behöver någon. Då räknas delen som klar.",
                "Answer No if you do not need one. The part then counts as done.",
            )),
        ),
        ChoiceField::NextMode => f(t("Hur ska ni ha kontakt nästa gång?", "How will you be in touch next time?"), None),
        ChoiceField::Initiator => f(t("Vem tar kontakt?", "Who gets in touch?"), None),
    }
}

/// Words for the value of a radio group; `None` when not answered.
pub fn choice(c: Choice) -> Option<T> {
    match c {
        Choice::Tri(v) => v.map(tri),
        Choice::Mode(v) => v.map(contact_mode),
        Choice::Initiator(v) => v.map(initiator),
    }
}

/// Ja / Nej / Vet inte.
pub fn tri(v: Tri) -> T {
    match v {
        Tri::Yes => t("Ja", "Yes"),
        Tri::No => t("Nej", "No"),
        Tri::DontKnow => t("Vet inte", "Don't know"),
    }
}

/// How the next contact takes place.
pub fn contact_mode(m: ContactMode) -> T {
    match m {
        ContactMode::Visit => t("Besök på mottagningen", "Visit at the clinic"),
        ContactMode::Phone => t("Telefon", "Phone"),
        ContactMode::Video => t("Videosamtal", "Video call"),
        ContactMode::Digital => t("Digitalt, med meddelande eller e-tjänst", "Digital, by message or e-service"),
    }
}

/// Who takes the initiative.
pub fn initiator(i: Initiator) -> T {
    match i {
        Initiator::Patient => t("Jag, patienten", "Me, the patient"),
        Initiator::Care => t("Vården", "Care"),
    }
}

/// A kind of contact route.
pub fn route_kind(k: RouteKind) -> T {
    match k {
        RouteKind::Phone => t("Telefon", "Phone"),
        RouteKind::OnlineBooking => t("Webbtidbok", "Online booking"),
        RouteKind::Summons => t("Kallelse", "Appointment letter"),
        RouteKind::Video => t("Videosamtal", "Video call"),
        RouteKind::Message => t("Mejl eller meddelande", "Email or message"),
        RouteKind::EService => t("Mottagningens e-tjänster", "The clinic's e-services"),
        RouteKind::Other => t("Annat", "Other"),
    }
}

/// Words for a validation code.
pub fn error(code: ErrorCode) -> T {
    match code {
        ErrorCode::PersonalNumberFormat => t(
            "Skriv personnumret med 12 siffror, till exempel 19121212-1212",
            "Write the personal identity number with 12 digits, for example 19121212-1212",
        ),
        ErrorCode::PersonalNumberDate => t(
            "Personnumret innehåller inget giltigt födelsedatum",
            "The personal identity number does not contain a valid date of birth",
        ),
        ErrorCode::PersonalNumberChecksum => t(
            "Personnumret stämmer inte – kontrollera siffrorna",
            "The personal identity number is not correct – check the digits",
        ),
        ErrorCode::DateFormat => t(
            "Skriv ett datum som finns, till exempel 2026-12-24",
            "Enter a real date, for example 2026-12-24",
        ),
        ErrorCode::TimeFormat => t(
            "Skriv klockslaget som timmar och minuter, till exempel 14:30",
            "Enter the time as hours and minutes, for example 14:30",
        ),
        ErrorCode::TimeWithoutDate => t(
            "Fyll i datum när du anger ett klockslag",
            "Enter a date when you give a time",
        ),
        ErrorCode::HsaIdFormat => t(
            "Skriv HSA-id som SE, tio eller tolv siffror, bindestreck och ett löpnummer, till exempel SE2321000016-1003",
            "Write the HSA-id as SE, ten or twelve digits, a hyphen and a serial number, for example SE2321000016-1003",
        ),
        ErrorCode::RowEmpty => t("Fyll i raden eller ta bort den", "Fill in the row or remove it"),
        ErrorCode::AgreedPatientNameMissing => t("Skriv patientens namn", "Enter the patient's name"),
        ErrorCode::AgreedProfessionalNameMissing => {
            t("Skriv vårdpersonalens namn", "Enter the healthcare professional's name")
        }
        ErrorCode::AgreedDateMissing => t("Fyll i datum för överenskommelsen", "Enter the date of the agreement"),
    }
}

/// Words for a documentation gap.
pub fn gap(g: PartGap) -> T {
    match g {
        PartGap::OwnWordsMissing => {
            t("Vad som är viktigt för patienten är inte beskrivet", "What matters to the patient is not described")
        }
        PartGap::SelfCareMissing => {
            t("Det står inte vad patienten gör för att må bra", "It does not say what the patient does to feel well")
        }
        PartGap::WarningSignsMissing => t(
            "Det står inte när och vart patienten ska söka vård",
            "It does not say when and where the patient should seek care",
        ),
        PartGap::CareActionsMissing => t("Det står inte vad vården gör", "It does not say what care does"),
        PartGap::PlansMissing => {
            t("Patientens planer i vården finns inte med", "The patient's plans in care are not listed")
        }
        PartGap::CoordinationNeedUnanswered => t(
            "Det är inte besvarat om patienten behöver hjälp med samordning",
            "It is not answered whether the patient needs help with coordination",
        ),
        PartGap::CoordinatorMissing => t(
            "Patienten behöver hjälp med samordning, men ingen är utsedd",
            "The patient needs help with coordination, but nobody is named",
        ),
        PartGap::FixedContactMissing => t("Ingen fast vårdkontakt är angiven", "No named care contact is given"),
        PartGap::RoutesMissing => t("Inga kontaktvägar är angivna", "No ways to get in touch are given"),
        PartGap::NextStepMissing => {
            t("Patientens nästa steg är inte beskrivet", "The patient's next step is not described")
        }
        PartGap::NextTimeMissing => t("Nästa tid är inte överenskommen", "The next time is not agreed"),
        PartGap::NextModeMissing => {
            t("Det står inte hur nästa kontakt ska ske", "It does not say how the next contact will take place")
        }
        PartGap::InitiatorMissing => {
            t("Det står inte vem som tar kontakt nästa gång", "It does not say who gets in touch next time")
        }
    }
}

/// One of the seven questions, 0-based.
pub fn question(p: Perspective, n: usize) -> Option<T> {
    match p {
        Perspective::Patient => questions::PATIENT.get(n).copied(),
        Perspective::Professional => questions::PROFESSIONAL.get(n).copied(),
    }
}

/// Short topic of each of the seven questions, for the journal note and the gap view.
pub const QUESTION_TOPICS: [T; 7] = [
    t("Leva livet och lätt få hjälp", "Living life and getting help easily"),
    t("Överenskommelse utifrån det som är viktigt", "Agreement based on what matters"),
    t("Enkla kontaktvägar", "Easy ways to get in touch"),
    t("Fast vårdkontakt", "Named care contact"),
    t("Nästa steg", "Next step"),
    t("Överenskommen nästa tid", "Agreed next time"),
    t("Överblick och samordning", "Overview and coordination"),
];

/// Words for an import error, in one language.
pub fn import_error(lang: Language, e: &ImportError) -> String {
    let (template, args): (T, Vec<(&str, String)>) = match e {
        ImportError::Empty => (t("Filen är tom.", "The file is empty."), vec![]),
        ImportError::TooLarge { bytes, limit } => (
            t(
                "Filen är för stor ({size}). Appen öppnar filer på högst {limit}.",
                "The file is too large ({size}). The app opens files of at most {limit}.",
            ),
            vec![("size", human_bytes(lang, *bytes)), ("limit", human_bytes(lang, *limit))],
        ),
        ImportError::InvalidUtf8 { offset } => (
            t(
                "Filen är inte en textfil i UTF-8 (felaktigt tecken vid byte {offset}). Välj en fil som appen har sparat.",
                "The file is not a UTF-8 text file (bad character at byte {offset}). Choose a file the app has saved.",
            ),
            vec![("offset", offset.to_string())],
        ),
        ImportError::NotJson { line, column } => (
            t(
                "Filen är inte en patientkontraktsfil: den är inte giltig JSON (rad {line}, kolumn {column}).",
                "The file is not a Patientkontrakt file: it is not valid JSON (line {line}, column {column}).",
            ),
            vec![("line", line.to_string()), ("column", column.to_string())],
        ),
        ImportError::Truncated => (
            t(
                "Filen tar slut för tidigt. Den kan ha blivit avbruten när den sparades.",
                "The file ends too early. It may have been cut off when it was saved.",
            ),
            vec![],
        ),
        ImportError::TooDeep => (
            t(
                "Filen är uppbyggd i för många nivåer för att vara ett patientkontrakt.",
                "The file is nested too deeply to be a Patientkontrakt.",
            ),
            vec![],
        ),
        ImportError::Foreign => (
            t(
                "Filen är inte ett patientkontrakt. Välj en fil som du har sparat från den här appen.",
                "The file is not a Patientkontrakt. Choose a file you have saved from this app.",
            ),
            vec![],
        ),
        ImportError::VersionMissing => (
            t(
                "Filen saknar versionsnummer och kan inte öppnas.",
                "The file has no version number and cannot be opened.",
            ),
            vec![],
        ),
        ImportError::NewerVersion { found } => (
            t(
                "Filen är sparad med en nyare version av appen (format {found}). Öppna den i den nyare versionen.",
                "The file was saved by a newer version of the app (format {found}). Open it in the newer version.",
            ),
            vec![("found", found.to_string())],
        ),
        ImportError::UnknownOldVersion { found } => (
            t(
                "Filen har ett okänt format (version {found}) och kan inte öppnas.",
                "The file has an unknown format (version {found}) and cannot be opened.",
            ),
            vec![("found", found.to_string())],
        ),
        ImportError::MissingField { path } => (
            t("Filen är ofullständig: uppgiften ”{path}” saknas.", "The file is incomplete: “{path}” is missing."),
            vec![("path", path.clone())],
        ),
        ImportError::UnknownField { path } => (
            t(
                "Filen innehåller en okänd uppgift, ”{path}”. Den kan vara gjord för en annan version av appen.",
                "The file contains an unknown entry, “{path}”. It may be made for another version of the app.",
            ),
            vec![("path", path.clone())],
        ),
        ImportError::WrongType { path } => (
            t(
                "Filen har fel sorts värde i ”{path}”.",
                "The file has the wrong kind of value in “{path}”.",
            ),
            vec![("path", path.clone())],
        ),
        ImportError::InvalidValue { path } => (
            t("Filen har ett ogiltigt värde i ”{path}”.", "The file has an invalid value in “{path}”."),
            vec![("path", path.clone())],
        ),
        ImportError::TextTooLong { path, limit } => (
            t(
                "Texten i ”{path}” är för lång. Högst {limit} tecken får plats.",
                "The text in “{path}” is too long. At most {limit} characters fit.",
            ),
            vec![("path", path.clone()), ("limit", limit.to_string())],
        ),
        ImportError::TooManyRows { path, limit } => (
            t(
                "Listan ”{path}” har för många rader. Högst {limit} får plats.",
                "The list “{path}” has too many rows. At most {limit} fit.",
            ),
            vec![("path", path.clone()), ("limit", limit.to_string())],
        ),
        ImportError::Unreadable => (
            t(
                "Filen kunde inte läsas. Försök igen eller välj en annan fil.",
                "The file could not be read. Try again or choose another file.",
            ),
            vec![],
        ),
        ImportError::BadMeta { path } => (
            t("Filen har ett ogiltigt värde i ”{path}”.", "The file has an invalid value in “{path}”."),
            vec![("path", path.clone())],
        ),
    };
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(template.get(lang), &args)
}

/// "1,2 MB" / "1.2 MB", "340 kB", "12 byte" / "12 bytes".
pub fn human_bytes(lang: Language, n: usize) -> String {
    let sep = match lang {
        Language::Sv => ',',
        Language::En => '.',
    };
    if n >= 1024 * 1024 {
        let tenths = n * 10 / (1024 * 1024);
        format!("{}{sep}{} MB", tenths / 10, tenths % 10)
    } else if n >= 1024 {
        format!("{} kB", n / 1024)
    } else {
        match lang {
            Language::Sv => format!("{n} byte"),
            Language::En => format!("{n} bytes"),
        }
    }
}

/// The label of a language, in that language's own words.
pub fn language_name(lang: Language) -> &'static str {
    match lang {
        Language::Sv => "Svenska",
        Language::En => "English",
    }
}
