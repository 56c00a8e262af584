//! Texts of the frame, start page, navigation, notices and summary, keyed by [`Ui`].

use super::text::{sv, Text};
use crate::domain::Language;

macro_rules! texts {
    ($(#[$m:meta])* $name:ident { $($(#[$km:meta])* $key:ident => $sv:literal;)* }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$km])* #[doc = concat!("“", $sv, "”")] $key),* }
        impl $name {
            /// Every key.
            pub const ALL: &'static [$name] = &[$($name::$key),*];
            /// The text (a `const fn`: a module that needs a few texts can take them as
            /// constants and link only those).
            pub const fn both(self) -> Text {
                match self { $($name::$key => sv($sv)),* }
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
        AppName => "Patientkontrakt";
        StartLead => "Ett stöd för att du och vården tillsammans ska kunna komma överens om vad som är viktigt för dig, vad du gör, vad vården gör och vad som händer härnäst.";
        StartWho => "Ett Patientkontrakt är för dig som har kontakt med vården, till exempel vid en långvarig sjukdom. Du kan själv be om ett Patientkontrakt när du träffar vården.";
        Privacy => "Allt du skriver stannar på den här mobilen eller datorn. Inget skickas någonstans.";
        PrivacyHost => "Det du skriver sparas på den här mobilen eller datorn. När du väljer att skicka det går det till vården genom den här webbplatsen.";
        SharedComputer => "Använder du en dator som andra också använder? Välj ”Rensa uppgifter” när du är klar.";
        ModeLegend => "Hur vill du använda Patientkontraktet?";
        ModePrepare => "Förbered besöket";
        ModePrepareHint => "Du fyller i själv, i lugn och ro, inför ett besök.";
        ModeConsultation => "Överenskommelse i vårdmötet";
        ModeFollowup => "Uppföljning för verksamheten";
        ModeFollowupHint => "Se vad många Patientkontrakt säger, fråga för fråga. Filerna läses bara här.";
        FollowupTitle => "Uppföljning för verksamheten";
        FollowupLead => "Läs in många sparade Patientkontrakt och se, fråga för fråga, vad patienterna svarade före besöket och efter genomgången och vad vården svarade: gapet mellan det ni tror att ni gör och det ni faktiskt gör.";
        FollowupPrivacy => "Filerna läses bara här i webbläsaren. Inget sparas och inget skickas. Namn, personnummer och fritext visas inte. När du stänger uppföljningen glöms filerna.";
        FollowupChoose => "Välj filer";
        FollowupDrop => "Du kan också dra och släppa många filer här.";
        FollowupReading => "Läser filer: {done} av {total}";
        /// Each count a [`crate::content::plural`] count with its noun ("3 filer lästa").
        FollowupRead => "{files}: {agreements}, {merged}, {bad}.";
        FollowupBadTitle => "Filer som inte kunde läsas";
        FollowupFilterTitle => "Urval";
        FollowupFrom => "Från datum (frivilligt)";
        FollowupTo => "Till datum (frivilligt)";
        FollowupDateHint => "Datum då överenskommelsen gjordes, annars då filen senast ändrades.";
        FollowupMode => "Vilka Patientkontrakt";
        FollowupModeAll => "Alla";
        /// `{selected}`: a count with its noun ("3 Patientkontrakt i urvalet").
        FollowupCounted => "{selected}, varav {consultations} från vårdmöten. {in_place} är på plats.";
        FollowupQuestionsTitle => "De sju frågorna";
        FollowupBefore => "Patienterna före besöket";
        FollowupAfter => "Patienterna efter genomgången";
        FollowupCare => "Vården";
        FollowupUnanswered => "Ej besvarad";
        FollowupAnswers => "Svar";
        FollowupChartDesc => "{set}: Ja {yes}, Nej {no}, Vet inte {dont_know}, ej besvarad {unanswered}.";
        FollowupPartsTitle => "Delarna";
        FollowupPart => "Del";
        FollowupDocumented => "Dokumenterad";
        FollowupNotDocumented => "Saknas";
        FollowupCsv => "Ladda ner siffrorna (CSV)";
        FollowupClose => "Stäng uppföljningen";
        FollowupLoading => "Uppföljningen laddas …";
        FollowupUnavailable => "Uppföljningen kunde inte visas: den del av appen som visar den kunde inte hämtas. Kontrollera anslutningen och försök igen.";
        TryAgain => "Försök igen";
        FollowupNone => "Inga Patientkontrakt i urvalet.";
        ModeConsultationHint => "Patient och vårdpersonal fyller i tillsammans.";
        Begin => "Börja";
        ResumeDraft => "Fortsätt där du slutade";
        OpenFile => "Öppna en sparad fil";
        Back => "Tillbaka";
        Continue => "Fortsätt";
        StepOf => "Steg {n} av {total}";
        StepPageOf => "Steg {n} av {total}, sida {page} av {pages}";
        ErrorSummaryTitle => "Det finns ett problem";
        ErrorPrefix => "Fel:";
        Remove => "Ta bort";
        /// A list row's remove button's name for screen readers ("Ta bort Mål 1"): a template, so
        /// that each language orders its words; it holds the visible [`Ui::Remove`].
        RemoveNamed => "Ta bort {name}";
        RowLabel => "{item} {n}";
        ListEmpty => "Inget tillagt än.";
        ListFull => "Listan är full ({rows}).";
        AboutYou => "Om dig";
        AboutYouHint => "Frivilligt. Fyll bara i om du vill att det ska stå i utskriften och journalanteckningen.";
        NextTimeLegend => "Nästa tid";
        NextTimeHint => "Den tid ni kommer överens om. Ange ett datum, eller skriv ungefär när.";
        PreparedTimeLegend => "Nästa tid, om du redan har en";
        PreparedTimeHint => "En tid som redan är bokad, till exempel i en kallelse.";
        AgreedTime => "Överenskommen tid";
        PreparedTimeTitle => "Tid som patienten skrev inför besöket";
        PreparedTimeMine => "Min nästa tid";
        PreparedWish => "önskemål: {when}";
        PreparedTimeSaid => "Det patienten skrev inför besöket. Det blir nästa tid först när ni kommer överens om den.";
        AcceptPreparedTime => "Använd som nästa tid";
        PreparedTimeTaken => "Nästa tid nedan är redan ifylld. Ändra den där om ni kommer överens om något annat.";
        HelpsWith => "hjälper med: {text}";
        AcceptPatientContact => "Gör till fast vårdkontakt";
        FixedContactHasBefore => "Har redan en fast vårdkontakt (patientens svar före besöket)";
        QuestionsIntroPrepare => "Svara Ja, Nej eller Vet inte. Svaren visar vad som redan fungerar och vad ni kan prata om vid besöket.";
        QuestionsIntroConsultation => "Patienten och vården svarar var för sig. Där svaren skiljer sig åt finns något att prata om.";
        QuestionN => "Fråga {n}";
        FixedContactWish => "Vill ha en fast vårdkontakt (patientens svar före besöket)";
        AcceptWish => "Gör till vårdens åtagande";
        AcceptTargetFull => "”{list}” är full ({rows}). Ta bort en rad där för att kunna lägga till fler.";
        QuestionsSeedHeading => "7 frågor som visar om det finns ett fungerande Patientkontrakt";
        QuestionsAllCare => "Svara oavsett vårdgivare: tänk på all din vård och omsorg – region, kommun och privata vårdgivare – inte bara den här mottagningen.";
        QuestionsSource => "Källa: SKR (Sveriges Kommuner och Regioner)";
        BeforeVisit => "Patientens svar före besöket";
        /// Beside her own words in a consultation on screen in another language than the one
        /// she wrote in: `{language}` is that language, in Swedish ("arabiska") on a Swedish
        /// screen, else in its own name ("العربية").
        WrittenIn => "(skrivet på {language})";
        PatientAnswers => "Patientens svar";
        ProfessionalAnswers => "Vårdens svar";
        Comment => "Kommentar (frivilligt)";
        AddComment => "Lägg till en kommentar";
        /// Read aloud (issue 27): a step's texts, or one question, by a voice on the device.
        Listen => "Lyssna";
        /// The same button while it reads: stops it.
        StopListening => "Stoppa";
        /// Beside it while it reads: a toggle (`aria-pressed`) for a slower voice.
        ReadSlower => "Läs långsammare";
        Disagreement => "Patienten och vården har svarat olika.";
        NotGiven => "Ej angivet";
        FillIn => "Fyll i";
        /// The accessible name of "Fyll i" on a summary card: `{name}` the card's step, so
        /// that each language orders its words; it holds the visible [`Ui::FillIn`].
        FillInNamed => "Fyll i {name}";
        Change => "Ändra";
        /// The accessible name of "Ändra" on a summary row: `{name}` the row's name, so that
        /// each language orders its words; it holds the visible [`Ui::Change`].
        ChangeNamed => "Ändra {name}";
        KvittoInPlace => "Patientkontraktet är på plats";
        KvittoInPlaceBody => "Patienten har svarat Ja på alla sju frågorna efter genomgången, alla delar av överenskommelsen finns med och den är markerad som överenskommen.";
        KvittoNotYet => "Patientkontraktet är inte på plats än";
        KvittoNotYetBody => "Här ser ni var överenskommelsen inte är klar än. Varje punkt leder till steget där ni kan ta upp den.";
        GapAnswer => "Patienten svarade {answer} på fråga {n}: {topic}";
        GapQuestionsOpen => "De sju frågorna efter genomgången: {yes} av 7 Ja, {open} utan svar";
        Reworded => "omformulerad av vårdgivaren, står för SKR:s fråga ”{skr}”";
        RewordedAnswer => "{who} på frågan ”{asked}” ({mark})";
        GapNotAgreed => "Överenskommelsen är inte markerad som överenskommen. Fyll i ”Överenskommet av” och välj ”Markera som överenskommet”.";
        SelfCheckTitle => "Inför besöket";
        SelfCheckBody => "Det här är din förberedelse. Patientkontraktet gör du och vården tillsammans vid besöket. Spara en fil och ta med den, eller skriv ut.";
        SelfCheckFilled => "Det här har du fyllt i";
        SelfCheckTopics => "Det här kan du ta upp vid besöket";
        GoToStep => "Gå till: {step}";
        AgreedByTitle => "Överenskommet av";
        AgreedNotice => "Överenskommelsen är markerad som överenskommen. Den går inte att ändra förrän ni väljer ”Ändra överenskommelsen”.";
        LockedBanner => "Överenskommelsen är markerad som överenskommen, så den visas här utan att gå att ändra. Välj ”Ändra överenskommelsen” på sammanfattningen om något ska ändras: den blir då ett utkast igen.";
        ReopenHint => "Om ni ändrar överenskommelsen blir den ett utkast igen tills ni markerar den som överenskommen på nytt.";
        SaveToBring => "Spara en fil att ta med";
        SaveToBringHint => "Spara filen på din telefon eller dator och ta med den till besöket. Där öppnar ni den i appen och fortsätter tillsammans, utan att skriva om något.";
        SendToCare => "Skicka till vården";
        ShowCodeTitle => "Visa koden i vårdmötet";
        ShowCodeHint => "Har du inte med dig filen? Visa en kod på skärmen. Vårdpersonalen läser in den med kameran och fortsätter med det du har skrivit. Inget skickas någonstans.";
        ShowCode => "Visa koden för vårdpersonalen";
        CodeMaking => "Koden görs i ordning …";
        CodeTitle => "Din kod för vårdpersonalen";
        CodeInstruction => "Visa skärmen för vårdpersonalen. De läser in koden med kameran på sin dator. Håll skärmen stilla, ljus och nära kameran.";
        /// `{codes}`: a count with its noun ([`crate::content::plural::CODES`]), which `pk-code` fills.
        CodeInstructionSequence => "Det du har skrivit är {codes} som visas efter varandra. Visa skärmen för vårdpersonalen och håll den stilla tills de säger att alla är inlästa.";
        CodeFrame => "Kod {i} av {n}";
        CodeAlt => "QR-kod med det du har förberett inför besöket";
        CodeClose => "Stäng koden";
        CodeTooLarge => "Det du har skrivit är för mycket för koder på skärmen. Spara en fil att ta med eller skriv ut i stället.";
        CodeFailed => "Koden kunde inte visas. Ladda om sidan och försök igen, eller spara en fil att ta med.";
        /// `{days}`: a count with its noun ([`crate::content::plural::DAYS`]).
        KeepReminder => "Du har inte sparat det här som fil eller visat koden på {days}. Webbläsare som Safari tar bort det som en webbplats har sparat när den inte har besökts på sju dagar. Spara en fil att ta med eller visa koden, så finns det kvar.";
        KeepShowCode => "Visa koden på sammanfattningen";
        LinkTitle => "Överenskommelsen i patientens mobil";
        LinkHint => "Visa en kod som patienten läser in med kameran i sin mobil. Då öppnas överenskommelsen i mobilens webbläsare. Överenskommelsen finns i själva koden och skickas inte till någon server.";
        LinkShow => "Ta med överenskommelsen i mobilen";
        LinkInstruction => "Läs in koden med kameran i mobilen och öppna länken som visas. Överenskommelsen öppnas i mobilens webbläsare.";
        LinkAlt => "QR-kod med en länk till överenskommelsen";
        LinkTooLarge => "Överenskommelsen är för stor för en kod som en mobil kan läsa. Spara den som fil eller skriv ut den i stället.";
        LinkOpenError => "Länken till överenskommelsen kunde inte öppnas";
        LinkDamaged => "Länken är skadad eller ofullständig, kanske avklippt. Inget har ändrats här. Be vården om överenskommelsen som fil eller utskrift.";
        LinkUnavailable => "Länken kunde inte läsas just nu. Inget har ändrats här. Ladda om sidan för att försöka igen.";
        AddToCalendar => "Lägg till i kalendern";
        AddToCalendarHint => "Sparar en kalenderfil med den överenskomna tiden, hur den blir och vart du vänder dig. Inget om din hälsa står i den.";
        CalendarTitle => "Nästa tid i vården";
        CalendarTitleHow => "Nästa tid i vården: {how}";
        CalendarUnit => "Enhet: {unit}";
        CalendarRoute => "Kontaktväg: {route}";
        ScanOpen => "Läs in patientens kod";
        ScanHint => "Patienten visar koden från sin förberedelse på sin mobil. Ni läser in den med kameran, och det hen har skrivit öppnas här.";
        ScanTitle => "Läs in patientens kod";
        ScanVideo => "Kamerans bild";
        ScanLooking => "Håll koden framför kameran, 30–50 cm bort, tills den är inläst.";
        /// `{read}`: a count with its noun ([`crate::content::plural::CODES_READ`]), which `pk-scan` fills.
        ScanProgress => "{read}. Håll kvar skärmen tills alla är inlästa.";
        ScanNoCamera => "Kameran kan inte användas: den saknas, används av ett annat program eller fick inte användas. Öppna en bild av koden eller patientens fil i stället.";
        ScanPicture => "Öppna en bild av koden";
        ScanNotOurs => "Det här är inte en kod från Patientkontraktet. Be patienten välja ”Visa koden för vårdpersonalen” i sin förberedelse.";
        ScanTooLarge => "Koden är större än en kod från Patientkontraktet kan vara. Öppna patientens fil i stället.";
        ScanDamaged => "Koden gick inte att läsa helt. Visa koden igen, eller öppna patientens fil.";
        ScanNoCodeInPicture => "Ingen kod hittades i bilden. Välj en skarp bild där hela koden syns.";
        SendToCareHint => "Det du har fyllt i skickas till vården genom den här webbplatsen. Ingen fil sparas på den här mobilen eller datorn.";
        MarkAgreed => "Markera som överenskommet";
        Reopen => "Ändra överenskommelsen";
        PartCommitments => "Del 1 av Patientkontraktet: vad du gör och vad vården gör";
        PartPlanning => "Del 2 av Patientkontraktet: sammanhållen planering";
        PartContacts => "Del 3 av Patientkontraktet: fast vårdkontakt och kontaktvägar";
        PartSchedule => "Del 4 av Patientkontraktet: överenskommen tid";
        VisitTopic => "Fråga {n}, {topic}: du svarade {answer}";
        SummaryLeadAgreed => "Överenskommelsen är markerad som överenskommen. Välj ”Ändra överenskommelsen” om något behöver ändras.";
        DetailsTitle => "Överenskommelsens delar";
        AllAnswers => "Alla dina svar";
        ForPatient => "Till patientens kalender och mobil";
        AgreedByMore => "Yrkesroll, enhet och HSA-id";
        StatusDraft => "Utkast";
        StatusAgreed => "Överenskommet";
        StatusLabel => "Status";
        ExportsTitle => "Spara och skriv ut";
        ExportsTitleHost => "Skicka och skriv ut";
        DownloadJson => "Ladda ner som fil (JSON)";
        SendJson => "Skicka till journalsystemet (JSON)";
        Sent => "Det är skickat genom den här webbplatsen. Ingen fil har sparats på den här mobilen eller datorn.";
        DownloadedInstead => "Webbplatsen tog inte emot filen. Den har laddats ner till den här mobilen eller datorn i stället.";
        Print => "Skriv ut";
        JournalTitle => "Till journalen";
        JournalHint => "Kopiera journalanteckningen till journalen, eller ladda ner filen till journalsystemet.";
        DownloadFhirDocument => "Ladda ner som FHIR-dokument";
        SendFhirDocument => "Skicka till journalsystemet som FHIR-dokument";
        Personnummer => "personnummer";
        Samordningsnummer => "samordningsnummer";
        DownloadFhir => "Ladda ner för journalsystem (FHIR)";
        SendFhir => "Skicka till journalsystemet (FHIR)";
        CopyNote => "Kopiera journalanteckning";
        NoteCopied => "Journalanteckningen är kopierad. Klistra in den i journalen.";
        CopyRefused => "Webbläsaren tillät inte kopiering. Texten nedan är markerad: tryck Ctrl+C (⌘+C på Mac) för att kopiera den.";
        NoteLabel => "Journalanteckning";
        NotePreparing => "Journalanteckningen tas fram …";
        ExportUnavailable => "Journalanteckningen och FHIR-filerna kunde inte tas fram just nu: den del av appen som gör dem kunde inte hämtas. Kontrollera anslutningen och försök igen. Det du har skrivit finns kvar.";
        PrintTitle => "Mitt Patientkontrakt";
        WhenToSeekCare => "När ska jag söka vård och vart vänder jag mig?";
        PrintWhatMatters => "Det här är viktigt för mig";
        PrintNext => "Mitt nästa steg och nästa tid";
        PrintUpdated => "Senast ändrat {date}";
        PrintAgreed => "Överenskommet {date} av {names}";
        /// The printout's first line: her name and when it was last changed ([`Ui::PrintUpdated`]).
        PrintNameAndDate => "{name} · {updated}";
        PrintCoordinator => "Samordnas av";
        PrintTitlePrepared => "Inför mitt besök";
        PrintTitleDraft => "Utkast till mitt Patientkontrakt";
        PrintWishes => "Det här vill jag att vården hjälper mig med (önskemål)";
        PrintAnswers => "De sju frågorna";
        PrintMyAnswerBefore => "Mitt svar före besöket";
        PrintMyAnswerAfter => "Mitt svar efter genomgången";
        PrintGoals => "Mina mål";
        PrintTopics => "Det här vill jag ta upp vid besöket";
        PrintMyContact => "Min fasta vårdkontakt";
        PrintRoutes => "Så kontaktar jag vården";
        PrintWishedContact => "Fast vårdkontakt som jag önskar";
        PrintStatedContact => "Fast vårdkontakt som jag har angett (inte bekräftad)";
        PrintContactNotNeeded => "Behövs inte, bedömt vid besöket.";
        PrintWrittenContact => "Fast vårdkontakt som jag skrev inför besöket";
        PrintWantsContact => "Jag vill ha en fast vårdkontakt.";
        PrintCoordinationYes => "Jag behöver hjälp med samordning.";
        PrintCoordinationNo => "Jag behöver inte hjälp med samordning.";
        PrintCoordinationDontKnow => "Jag vet inte om jag behöver hjälp med samordning.";
        PrintNextTimeDraft => "Nästa tid (inte överenskommen än)";
        PrintMyTimeBefore => "Min tid som jag skrev före besöket";
        PrintNextStep => "Nästa steg";
        PrintNextTime => "Nästa tid";
        PrintPlans => "Mina planer och samordning";
        RestoredNotice => "Vi har hämtat det du skrev senast (sparat {time}).";
        StartOver => "Börja om";
        StorageBlocked => "Webbläsaren tillåter inte att appen sparar här, så det du skriver sparas inte automatiskt. Ladda ner en fil innan du stänger sidan.";
        StorageNone => "Det du skriver sparas inte på den här mobilen eller datorn. Ladda ner en fil innan du stänger sidan om du vill spara.";
        StorageFull => "Det gick inte att spara automatiskt eftersom webbläsarens lagring är full. Det du har skrivit finns kvar medan sidan är öppen. Ladda ner en fil för att spara det.";
        StorageFailed => "Det gick inte att spara automatiskt. Det du har skrivit finns kvar medan sidan är öppen. Ladda ner en fil för att spara det.";
        StoredUnreadable => "Det sparade utkastet kunde inte läsas: {reason} Inget har tagits bort. Du kan ladda ner det sparade som en fil och börja om när du vill.";
        DownloadStored => "Ladda ner det sparade";
        StartFresh => "Börja om";
        ClearData => "Rensa uppgifter";
        ClearConfirm => "Vill du ta bort allt du har skrivit från den här mobilen eller datorn? Alla utkast som webbläsaren har sparat för den här webbplatsen tas bort, även de från andra sidor och flikar. En journalanteckning som du har kopierat tas också bort. Filer som du har laddat ner finns kvar. Det går inte att ångra.";
        ClearYes => "Ja, rensa uppgifterna";
        Cancel => "Avbryt";
        Close => "Stäng";
        Cleared => "Uppgifterna är borttagna från den här mobilen eller datorn. Filer som du har laddat ner finns kvar, till exempel i mappen Hämtade filer. Ta bort dem själv om andra använder datorn.";
        ClearFailed => "En sparad kopia finns kvar i webbläsaren. Stäng andra flikar där Patientkontraktet är öppet. Välj sedan ”Rensa uppgifter” igen.";
        ReplaceConfirm => "Du har redan ett utkast. Vill du ersätta det med innehållet i filen? Det du har skrivit nu försvinner.";
        ReplaceYes => "Ja, öppna filen";
        OpenAsQuestion => "Filen är patientens förberedelse inför besöket. Hur vill du fortsätta?";
        OpenAsReplaces => "Det som redan är ifyllt här ersätts med innehållet i filen.";
        OpenAsConsultation => "Fortsätt som vårdmöte";
        OpenAsPrepare => "Fortsätt förbereda";
        HostReplaceConfirm => "Den här webbplatsen vill ersätta det du har skrivit med ett annat Patientkontrakt. Vill du det? Om du ändrar dig kan du ångra det direkt efteråt.";
        HostReplaceYes => "Ja, ersätt det";
        HostResetConfirm => "Den här webbplatsen vill börja om med ett tomt Patientkontrakt. Vill du ta bort det du har skrivit? Om du ändrar dig kan du ångra det direkt efteråt.";
        HostResetYes => "Ja, börja om";
        Replaced => "Det du hade skrivit är ersatt med Patientkontraktet från webbplatsen. Välj ”Ångra” om du vill ha tillbaka det.";
        Restarted => "Patientkontraktet är tomt igen. Det du hade skrivit är borttaget. Välj ”Ångra” om du vill ha tillbaka det.";
        Undo => "Ångra";
        Undone => "Det du hade skrivit är tillbaka.";
        OpenFileError => "Filen kunde inte öppnas";
        ShowDetails => "Visa detaljer";
        DropHint => "Du kan också dra och släppa en sparad fil här.";
        FileOpened => "Filen är öppnad. Kontrollera svaren och fortsätt.";
        ReadonlyEmpty => "Här visas överenskommelsen när den har lästs in.";
        AppFailed => "Något gick fel i appen. Det du har skrivit finns kvar i den senaste automatiska sparningen. Ladda om sidan för att fortsätta.";
        /// Sentences are built from these templates, never by joining pieces with Swedish
        /// punctuation in the code: each language sets its own order and punctuation. A list
        /// of words: `{list}` the words so far, `{item}` the next ([`crate::content::list`]).
        ListMore => "{list}, {item}";
        /// The last word of a list.
        ListLast => "{list} och {item}";
        /// A label and its value ("Patientens svar: Ja").
        Labelled => "{label}: {value}";
        /// An answer and the comment written beside it; a row's fields one after another.
        ValueComment => "{value} – {comment}";
        /// A date and time and the words beside it ("2027-02-15 09:30, om tre månader").
        TimeAndPeriod => "{time}, {period}";
        /// One sentence after another.
        NextSentence => "{sentence}. {next}";
        /// A text with a word in brackets after it ("Filer som inte kunde läsas (3)").
        Parenthesised => "{text} ({aside})";
        /// A question by its number.
        NumberedQuestion => "{n}. {question}";
        /// Question n and its topic ("Fråga 1: Vad som är viktigt för dig").
        QuestionNTopic => "Fråga {n}: {topic}";
        /// A question and whose answer it asks for ("…, patientens svar").
        QuestionWhose => "{question}, {whose}";
    }
);
