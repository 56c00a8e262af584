//! Texts of the frame, start page, navigation, notices and summary, keyed by [`Ui`].

use super::{bi_kept, Bilingual};
use crate::domain::Language;

macro_rules! texts {
    ($(#[$m:meta])* $name:ident { $($(#[$km:meta])* $key:ident => $sv:literal, $en:literal;)* }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$km])* #[doc = concat!("“", $sv, "”")] $key),* }
        impl $name {
            /// Every key.
            pub const ALL: &'static [$name] = &[$($name::$key),*];
            /// Both languages.
            pub fn both(self) -> Bilingual {
                match self { $($name::$key => super::bi($sv, $en)),* }
            }
            /// The text in one language.
            pub fn get(self, lang: Language) -> &'static str {
                self.both().get(lang)
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
        StartLead => "Ett stöd för att du och vården tillsammans ska kunna komma överens om vad som är viktigt för dig, vad du gör, vad vården gör och vad som händer härnäst.",
            "Support for you and your care team to be able to agree together on what matters to you, what you do, what your care team does and what happens next.";
        StartWho => "Ett Patientkontrakt är för dig som har kontakt med vården, till exempel vid en långvarig sjukdom. Du kan själv be om ett Patientkontrakt när du träffar vården.",
            "A Patientkontrakt is for you if you are in contact with healthcare, for example with a long-term illness. You can ask for a Patientkontrakt yourself when you see your care team.";
        Privacy => "Allt du skriver stannar på den här mobilen eller datorn. Inget skickas någonstans.",
            "Everything you write stays on this phone or computer. Nothing is sent anywhere.";
        SharedComputer => "Använder du en dator som andra också använder? Välj ”Rensa uppgifter” när du är klar.",
            "Using a computer that others use too? Choose “Clear data” when you are done.";
        ModeLegend => "Hur vill du använda Patientkontraktet?", "How do you want to use the Patientkontrakt?";
        ModePrepare => "Förbered besöket", "Prepare for the visit";
        ModePrepareHint => "Du fyller i själv, i lugn och ro, inför ett besök.", "You fill it in on your own, in your own time, before a visit.";
        ModeConsultation => "Överenskommelse i vårdmötet", "Agreement in the consultation";
        ModeFollowup => "Uppföljning för verksamheten", "Follow-up for the care unit";
        ModeFollowupHint => "Se vad många Patientkontrakt säger, fråga för fråga. Filerna läses bara här.",
            "See what many Patientkontrakt files say, question by question. The files are only read here.";
        FollowupTitle => "Uppföljning för verksamheten", "Follow-up for the care unit";
        FollowupLead => "Läs in många sparade Patientkontrakt och se, fråga för fråga, vad patienterna svarade före besöket och efter genomgången och vad vården svarade: gapet mellan det ni tror att ni gör och det ni faktiskt gör.",
            "Read many saved Patientkontrakt files and see, question by question, what patients answered before the visit and after going through the agreement and what the care team answered: the gap between what you believe you do and what you actually do.";
        FollowupPrivacy => "Filerna läses bara här i webbläsaren. Inget sparas och inget skickas. Namn, personnummer och fritext visas inte. När du stänger uppföljningen glöms filerna.",
            "The files are only read here in the browser. Nothing is stored and nothing is sent. Names, personal identity numbers and free text are not shown. When you close the follow-up the files are forgotten.";
        FollowupChoose => "Välj filer", "Choose files";
        FollowupDrop => "Du kan också dra och släppa många filer här.", "You can also drag and drop many files here.";
        FollowupReading => "Läser filer: {done} av {total}", "Reading files: {done} of {total}";
        FollowupRead => "{files} filer lästa: {agreements} Patientkontrakt, {merged} dubbletter sammanslagna, {bad} filer kunde inte läsas.",
            "{files} files read: {agreements} agreements, {merged} duplicates merged, {bad} files could not be read.";
        FollowupBadTitle => "Filer som inte kunde läsas", "Files that could not be read";
        FollowupFilterTitle => "Urval", "Selection";
        FollowupFrom => "Från datum (frivilligt)", "From date (optional)";
        FollowupTo => "Till datum (frivilligt)", "To date (optional)";
        FollowupDateHint => "Datum då överenskommelsen gjordes, annars då filen senast ändrades.",
            "The date the agreement was made, otherwise the date the file was last changed.";
        FollowupMode => "Vilka Patientkontrakt", "Which agreements";
        FollowupModeAll => "Alla", "All";
        FollowupCounted => "{n} Patientkontrakt i urvalet, varav {consultations} från vårdmöten. {in_place} är på plats.",
            "{n} agreements selected, {consultations} of them from consultations. {in_place} are in place.";
        FollowupQuestionsTitle => "De sju frågorna", "The seven questions";
        FollowupBefore => "Patienterna före besöket", "Patients before the visit";
        FollowupAfter => "Patienterna efter genomgången", "Patients after going through the agreement";
        FollowupCare => "Vården", "The care team";
        FollowupUnanswered => "Ej besvarad", "Not answered";
        FollowupAnswers => "Svar", "Answers";
        FollowupChartDesc => "{set}: Ja {yes}, Nej {no}, Vet inte {dont_know}, ej besvarad {unanswered}.",
            "{set}: Yes {yes}, No {no}, Don't know {dont_know}, not answered {unanswered}.";
        FollowupPartsTitle => "Delarna", "The parts";
        FollowupPart => "Del", "Part";
        FollowupDocumented => "Dokumenterad", "Documented";
        FollowupNotDocumented => "Saknas", "Missing";
        FollowupCsv => "Ladda ner siffrorna (CSV)", "Download the figures (CSV)";
        FollowupClose => "Stäng uppföljningen", "Close the follow-up";
        FollowupLoading => "Uppföljningen laddas …", "Loading the follow-up …";
        FollowupUnavailable => "Uppföljningen kunde inte visas: den del av appen som visar den kunde inte hämtas. Kontrollera anslutningen och försök igen.",
            "The follow-up could not be shown: the part of the app that shows it could not be fetched. Check the connection and try again.";
        TryAgain => "Försök igen", "Try again";
        FollowupNone => "Inga Patientkontrakt i urvalet.", "No agreements selected.";
        ModeConsultationHint => "Patient och vårdpersonal fyller i tillsammans.", "Patient and healthcare professional fill it in together.";
        Begin => "Börja", "Start";
        ResumeDraft => "Fortsätt där du slutade", "Continue where you left off";
        OpenFile => "Öppna en sparad fil", "Open a saved file";
        SwitchLanguage => "In English", "På svenska";
        Back => "Tillbaka", "Back";
        Continue => "Fortsätt", "Continue";
        StepOf => "Steg {n} av {total}", "Step {n} of {total}";
        ErrorSummaryTitle => "Det finns ett problem", "There is a problem";
        ErrorPrefix => "Fel:", "Error:";
        Remove => "Ta bort", "Remove";
        RowLabel => "{item} {n}", "{item} {n}";
        ListEmpty => "Inget tillagt än.", "Nothing added yet.";
        ListFull => "Listan är full ({n} rader).", "The list is full ({n} rows).";
        AboutYou => "Om dig", "About you";
        AboutYouHint => "Frivilligt. Fyll bara i om du vill att det ska stå i utskriften och journalanteckningen.",
            "Optional. Only fill this in if you want it in the printout and the journal note.";
        NextTimeLegend => "Nästa tid", "Next appointment";
        NextTimeHint => "Den tid ni kommer överens om. Ange ett datum, eller skriv ungefär när.", "The appointment you agree on. Give a date, or write roughly when.";
        PreparedTimeLegend => "Nästa tid, om du redan har en", "Your next appointment, if you already have one";
        PreparedTimeHint => "En tid som redan är bokad, till exempel i en kallelse.", "An appointment that is already booked, for example in a letter.";
        AgreedTime => "Överenskommen tid", "Agreed next appointment";
        PreparedTimeTitle => "Tid som patienten skrev inför besöket", "The time the patient wrote before the visit";
        PreparedTimeMine => "Min nästa tid", "My next appointment";
        PreparedWish => "önskemål: {when}", "wish: {when}";
        PreparedTimeSaid => "Det patienten skrev inför besöket. Det blir nästa tid först när ni kommer överens om den.", "What the patient wrote before the visit. It becomes the next appointment only when you agree on it.";
        AcceptPreparedTime => "Använd som nästa tid", "Use as the next appointment";
        PreparedTimeTaken => "Nästa tid nedan är redan ifylld. Ändra den där om ni kommer överens om något annat.", "The next appointment below is already filled in. Change it there if you agree on something else.";
        HelpsWith => "hjälper med: {text}", "helps with: {text}";
        AcceptPatientContact => "Gör till fast vårdkontakt", "Make them the named care contact";
        FixedContactHasBefore => "Har redan en fast vårdkontakt (patientens svar före besöket)", "Already has a named care contact (the patient's answer before the visit)";
        QuestionsIntroPrepare => "Svara Ja, Nej eller Vet inte. Svaren visar vad som redan fungerar och vad ni kan prata om vid besöket.",
            "Answer Yes, No or Don't know. The answers show what already works and what you can talk about at the visit.";
        QuestionsIntroConsultation => "Patienten och vården svarar var för sig. Där svaren skiljer sig åt finns något att prata om.",
            "The patient and the care team answer separately. Where the answers differ, there is something to talk about.";
        QuestionN => "Fråga {n}", "Question {n}";
        FixedContactWish => "Vill ha en fast vårdkontakt (patientens svar före besöket)", "Wants a named care contact (the patient's answer before the visit)";
        AcceptWish => "Gör till vårdens åtagande", "Make it a care commitment";
        AcceptTargetFull => "”{list}” är full ({n} rader). Ta bort en rad där för att kunna lägga till fler.", "“{list}” is full ({n} rows). Remove a row there to be able to add more.";
        QuestionsSeedHeading => "7 frågor som visar om det finns ett fungerande Patientkontrakt",
            "7 questions that show whether there is a working Patientkontrakt";
        QuestionsAllCare => "Svara oavsett vårdgivare: tänk på all din vård och omsorg – region, kommun och privata vårdgivare – inte bara den här mottagningen.",
            "Answer for all your care, whoever provides it: think of all your health and social care – region, municipality and private providers – not only this clinic.";
        QuestionsSource => "Källa: SKR (Sveriges Kommuner och Regioner)", "Source: SKR (Swedish Association of Local Authorities and Regions)";
        BeforeVisit => "Patientens svar före besöket", "The patient's answer before the visit";
        PatientAnswers => "Patientens svar", "Patient's answer";
        ProfessionalAnswers => "Vårdens svar", "The care team's answer";
        Comment => "Kommentar (frivilligt)", "Comment (optional)";
        AddComment => "Lägg till en kommentar", "Add a comment";
        Disagreement => "Patienten och vården har svarat olika.", "The patient and the care team have answered differently.";
        NotGiven => "Ej angivet", "Not given";
        FillIn => "Fyll i", "Fill in";
        Change => "Ändra", "Change";
        KvittoInPlace => "Patientkontraktet är på plats", "The Patientkontrakt is in place";
        KvittoInPlaceBody => "Patienten har svarat Ja på alla sju frågorna efter genomgången, alla delar av överenskommelsen finns med och den är markerad som överenskommen.",
            "The patient has answered Yes to all seven questions after going through the agreement, every part is documented and it is marked as agreed.";
        KvittoNotYet => "Patientkontraktet är inte på plats än", "The Patientkontrakt is not in place yet";
        KvittoNotYetBody => "Här ser ni var överenskommelsen inte är klar än. Varje punkt leder till steget där ni kan ta upp den.", "Here you see where the agreement is not complete yet. Each point leads to the step where you can take it up.";
        GapAnswer => "Patienten svarade {answer} på fråga {n}: {topic}", "The patient answered {answer} to question {n}: {topic}";
        GapQuestionUnanswered => "Patienten har inte svarat på fråga {n} efter genomgången", "The patient has not answered question {n} after going through the agreement";
        Reworded => "omformulerad av vårdgivaren, står för SKR:s fråga ”{skr}”", "reworded by the care provider; stands for SKR's question “{skr}” (our translation)";
        RewordedAnswer => "{who} på frågan ”{asked}” ({mark})", "{who} to the question “{asked}” ({mark})";
        GapNotAgreed => "Överenskommelsen är inte markerad som överenskommen. Fyll i ”Överenskommet av” och välj ”Markera som överenskommet”.",
            "The agreement is not marked as agreed. Fill in “Agreed by” and choose “Mark as agreed”.";
        SelfCheckTitle => "Inför besöket", "Before the visit";
        SelfCheckBody => "Det här är din förberedelse. Patientkontraktet gör du och vården tillsammans vid besöket. Spara en fil och ta med den, eller skriv ut.",
            "This is your preparation. You and your care team make the Patientkontrakt together at the visit. Save a file and bring it, or print.";
        SelfCheckFilled => "Det här har du fyllt i", "What you have filled in";
        SelfCheckTopics => "Det här kan du ta upp vid besöket", "What you can bring up at the visit";
        GoToStep => "Gå till: {step}", "Go to: {step}";
        AgreedByTitle => "Överenskommet av", "Agreed by";
        AgreedNotice => "Överenskommelsen är markerad som överenskommen. Den går inte att ändra förrän ni väljer ”Ändra överenskommelsen”.",
            "The agreement is marked as agreed. It cannot be changed until you choose “Change the agreement”.";
        LockedBanner => "Överenskommelsen är markerad som överenskommen, så den visas här utan att gå att ändra. Välj ”Ändra överenskommelsen” på sammanfattningen om något ska ändras: den blir då ett utkast igen.",
            "The agreement is marked as agreed, so it is shown here without being changeable. Choose “Change the agreement” on the summary if something needs to change: it then becomes a draft again.";
        ReopenHint => "Om ni ändrar överenskommelsen blir den ett utkast igen tills ni markerar den som överenskommen på nytt.",
            "If you change the agreement it becomes a draft again until you mark it as agreed again.";
        SaveToBring => "Spara en fil att ta med", "Save a file to bring";
        SaveToBringHint => "Spara filen på din telefon eller dator och ta med den till besöket. Där öppnar ni den i appen och fortsätter tillsammans, utan att skriva om något.",
            "Save the file on your phone or computer and bring it to the visit. There you open it in the app and continue together, without retyping anything.";
        MarkAgreed => "Markera som överenskommet", "Mark as agreed";
        Reopen => "Ändra överenskommelsen", "Change the agreement";
        StatusDraft => "Utkast", "Draft";
        StatusAgreed => "Överenskommet", "Agreed";
        StatusLabel => "Status", "Status";
        ExportsTitle => "Spara och skriv ut", "Save and print";
        DownloadJson => "Ladda ner som fil (JSON)", "Download as a file (JSON)";
        Print => "Skriv ut", "Print";
        JournalTitle => "Till journalen", "For the medical record";
        JournalHint => "Journalanteckningen är text under fasta sökord. FHIR-filen är för journalsystem som tar emot strukturerade data; FHIR-dokumentet har samma delar som journalanteckningen.",
            "The journal note is text under fixed keywords. The FHIR file is for record systems that take structured data; the FHIR document has the same parts as the journal note.";
        DownloadFhirDocument => "Ladda ner som FHIR-dokument", "Download as a FHIR document";
        Personnummer => "personnummer", "personal identity number";
        Samordningsnummer => "samordningsnummer", "coordination number";
        DownloadFhir => "Ladda ner för journalsystem (FHIR)", "Download for record systems (FHIR)";
        CopyNote => "Kopiera journalanteckning", "Copy journal note";
        NoteCopied => "Journalanteckningen är kopierad. Klistra in den i journalen.", "The journal note is copied. Paste it into the record.";
        CopyRefused => "Webbläsaren tillät inte kopiering. Texten nedan är markerad: tryck Ctrl+C (⌘+C på Mac) för att kopiera den.",
            "The browser did not allow copying. The text below is selected: press Ctrl+C (⌘+C on a Mac) to copy it.";
        NoteLabel => "Journalanteckning", "Journal note";
        NotePreparing => "Journalanteckningen tas fram …", "Preparing the journal note …";
        ExportUnavailable => "Journalanteckningen och FHIR-filerna kunde inte tas fram just nu: den del av appen som gör dem kunde inte hämtas. Kontrollera anslutningen och försök igen. Det du har skrivit finns kvar.",
            "The journal note and the FHIR files could not be made just now: the part of the app that makes them could not be fetched. Check the connection and try again. What you have written is still here.";
        PrintTitle => "Mitt Patientkontrakt", "My Patientkontrakt";
        WhenToSeekCare => "När ska jag söka vård och vart vänder jag mig?", "When should I seek care and where do I turn?";
        PrintWhatMatters => "Det här är viktigt för mig", "What matters to me";
        PrintNext => "Mitt nästa steg och nästa tid", "My next step and next appointment";
        PrintUpdated => "Senast ändrat {date}", "Last changed {date}";
        PrintAgreed => "Överenskommet {date} av {names}", "Agreed on {date} by {names}";
        PrintCoordinator => "Samordnas av", "Coordinated by";
        PrintTitlePrepared => "Inför mitt besök", "Before my visit";
        PrintTitleDraft => "Utkast till mitt Patientkontrakt", "Draft of my Patientkontrakt";
        PrintWishes => "Det här vill jag att vården hjälper mig med (önskemål)", "What I would like my care team to help me with (wishes)";
        PrintAnswers => "De sju frågorna", "The seven questions";
        PrintMyAnswerBefore => "Mitt svar före besöket", "My answer before the visit";
        PrintMyAnswerAfter => "Mitt svar efter genomgången", "My answer after going through the agreement";
        PrintGoals => "Mina mål", "My goals";
        PrintTopics => "Det här vill jag ta upp vid besöket", "What I want to bring up at the visit";
        PrintMyContact => "Min fasta vårdkontakt", "My named care contact";
        PrintRoutes => "Så kontaktar jag vården", "How I contact my care team";
        PrintWishedContact => "Fast vårdkontakt som jag önskar", "Named care contact I would like";
        PrintStatedContact => "Fast vårdkontakt som jag har angett (inte bekräftad)", "Named care contact I have given (not confirmed)";
        PrintContactNotNeeded => "Behövs inte, bedömt vid besöket.", "Not needed, as decided at the visit.";
        PrintWrittenContact => "Fast vårdkontakt som jag skrev inför besöket", "Named care contact I wrote down before the visit";
        PrintWantsContact => "Jag vill ha en fast vårdkontakt.", "I would like a named care contact.";
        PrintCoordinationYes => "Jag behöver hjälp med samordning.", "I need help with coordination.";
        PrintCoordinationNo => "Jag behöver inte hjälp med samordning.", "I do not need help with coordination.";
        PrintCoordinationDontKnow => "Jag vet inte om jag behöver hjälp med samordning.", "I do not know whether I need help with coordination.";
        PrintNextTimeDraft => "Nästa tid (inte överenskommen än)", "Next appointment (not agreed yet)";
        PrintMyTimeBefore => "Min tid som jag skrev före besöket", "My appointment as I wrote it before the visit";
        PrintNextStep => "Nästa steg", "Next step";
        PrintNextTime => "Nästa tid", "Next appointment";
        PrintPlans => "Mina planer och samordning", "My plans and coordination";
        RestoredNotice => "Vi har hämtat det du skrev senast (sparat {time}).", "We have restored what you wrote last (saved {time}).";
        StartOver => "Börja om", "Start over";
        StorageBlocked => "Webbläsaren tillåter inte att appen sparar här, så det du skriver sparas inte automatiskt. Ladda ner en fil innan du stänger sidan.",
            "The browser does not let the app save here, so what you write is not saved automatically. Download a file before you close the page.";
        StorageNone => "Det du skriver sparas inte på den här mobilen eller datorn. Ladda ner en fil innan du stänger sidan om du vill spara.",
            "What you write is not saved on this phone or computer. Download a file before you close the page if you want to keep it.";
        StorageFull => "Det gick inte att spara automatiskt eftersom webbläsarens lagring är full. Det du har skrivit finns kvar medan sidan är öppen. Ladda ner en fil för att spara det.",
            "Automatic saving failed because the browser's storage is full. What you have written stays while the page is open. Download a file to keep it.";
        StorageFailed => "Det gick inte att spara automatiskt. Det du har skrivit finns kvar medan sidan är öppen. Ladda ner en fil för att spara det.",
            "Automatic saving failed. What you have written stays while the page is open. Download a file to keep it.";
        StoredUnreadable => "Det sparade utkastet kunde inte läsas: {reason} Inget har tagits bort. Du kan ladda ner det sparade som en fil och börja om när du vill.",
            "The saved draft could not be read: {reason} Nothing has been deleted. You can download what was saved as a file and start over when you want.";
        DownloadStored => "Ladda ner det sparade", "Download what was saved";
        StartFresh => "Börja om", "Start over";
        ClearData => "Rensa uppgifter", "Clear data";
        ClearConfirm => "Vill du ta bort allt du har skrivit från den här mobilen eller datorn? Det går inte att ångra.",
            "Do you want to remove everything you have written from this phone or computer? This cannot be undone.";
        ClearYes => "Ja, rensa uppgifterna", "Yes, clear the data";
        Cancel => "Avbryt", "Cancel";
        Close => "Stäng", "Close";
        Cleared => "Uppgifterna är borttagna från den här mobilen eller datorn.", "The data has been removed from this phone or computer.";
        ReplaceConfirm => "Du har redan ett utkast. Vill du ersätta det med innehållet i filen? Det du har skrivit nu försvinner.",
            "You already have a draft. Do you want to replace it with the contents of the file? What you have written now will be lost.";
        ReplaceYes => "Ja, öppna filen", "Yes, open the file";
        OpenFileError => "Filen kunde inte öppnas", "The file could not be opened";
        ShowDetails => "Visa detaljer", "Show details";
        DropHint => "Du kan också dra och släppa en sparad fil här.", "You can also drag and drop a saved file here.";
        FileOpened => "Filen är öppnad. Kontrollera svaren och fortsätt.", "The file is open. Check the answers and continue.";
        ReadonlyEmpty => "Här visas överenskommelsen när den har lästs in.", "The agreement is shown here once it has been loaded.";
        AppFailed => "Något gick fel i appen. Det du har skrivit finns kvar i den senaste automatiska sparningen. Ladda om sidan för att fortsätta.",
            "Something went wrong in the app. What you have written is kept in the latest automatic save. Reload the page to continue.";
    }
);

/// Said when the English texts (`texts/en.json`) could not be fetched; kept in the module, in
/// both languages, since it is shown instead of them.
pub const ENGLISH_UNAVAILABLE: Bilingual = bi_kept(
    "Den engelska texten kunde inte hämtas just nu, så sidan visas på svenska. Det du har skrivit finns kvar.",
    "The English texts could not be loaded right now, so the page is shown in Swedish. What you have written is kept.",
);

/// The button that fetches the English texts again.
pub const TRY_AGAIN_BOTH: Bilingual = bi_kept("Försök igen", "Try again");
