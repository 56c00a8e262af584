//! Messages: words for validation codes, documentation gaps and import errors.

use super::{bi, bi_kept, fill, Bilingual};
use crate::domain::envelope::ImportError;
use crate::domain::{ErrorCode, Language, PartGap};

/// Words for a validation code.
pub fn error(code: ErrorCode) -> Bilingual {
    match code {
        ErrorCode::PersonalNumberFormat => bi_kept(
            "Skriv personnumret med 12 siffror, till exempel 19121212-1212",
            "Write the personal identity number with 12 digits, for example 19121212-1212",
        ),
        ErrorCode::PersonalNumberDate => bi_kept(
            "Kontrollera födelsedatumet i personnumret – det ska vara ett datum som finns",
            "Check the date of birth in the personal identity number – it must be a real date",
        ),
        ErrorCode::PersonalNumberChecksum => bi_kept(
            "Kontrollera siffrorna i personnumret – numret stämmer inte",
            "Check the digits of the personal identity number – the number is not correct",
        ),
        ErrorCode::DateFormat => bi_kept(
            "Skriv ett datum som finns, till exempel 2026-12-24",
            "Enter a real date, for example 2026-12-24",
        ),
        ErrorCode::TimeFormat => bi_kept(
            "Skriv klockslaget som timmar och minuter, till exempel 14:30",
            "Enter the time as hours and minutes, for example 14:30",
        ),
        ErrorCode::TimeWithoutDate => bi_kept(
            "Fyll i datum när du anger ett klockslag",
            "Enter a date when you give a time",
        ),
        ErrorCode::HsaIdFormat => bi_kept(
            "Skriv HSA-id som SE, tio eller tolv siffror, bindestreck och ett löpnummer, till exempel SE2321000016-1003",
            "Write the HSA-id as SE, ten or twelve digits, a hyphen and a serial number, for example SE2321000016-1003",
        ),
        ErrorCode::RowEmpty => bi_kept("Fyll i raden eller ta bort den", "Fill in the row or remove it"),
        ErrorCode::AgreedPatientNameMissing => bi_kept("Skriv patientens namn", "Enter the patient's name"),
        ErrorCode::AgreedProfessionalNameMissing => {
            bi_kept("Skriv namn på vårdpersonal", "Enter the name of the healthcare professional")
        }
        ErrorCode::AgreedDateMissing => bi_kept("Fyll i datum för överenskommelsen", "Enter the date of the agreement"),
    }
}

/// Words for a documentation gap.
pub fn gap(g: PartGap) -> Bilingual {
    match g {
        PartGap::OwnWordsMissing => {
            bi("Vad som är viktigt för patienten är inte beskrivet", "What matters to the patient is not described")
        }
        PartGap::SelfCareMissing => {
            bi("Det står inte vad patienten gör för att må bra", "It does not say what the patient does to feel well")
        }
        PartGap::WarningSignsMissing => bi(
            "Det står inte när och vart patienten ska söka vård",
            "It does not say when and where the patient should seek care",
        ),
        PartGap::CareActionsMissing => bi("Det står inte vad vården gör", "It does not say what the care team does"),
        PartGap::PlansMissing => bi(
            "Patientens planer i vården finns inte med, och det står inte att det inte finns några",
            "The patient's plans in health and social care are not listed, nor that there are none",
        ),
        PartGap::CoordinationNeedUnanswered => bi(
            "Det är inte besvarat om patienten behöver hjälp med samordning",
            "It is not answered whether the patient needs help with coordination",
        ),
        PartGap::CoordinatorMissing => bi(
            "Patienten behöver hjälp med samordning, men ingen är utsedd",
            "The patient needs help with coordination, but nobody is named",
        ),
        PartGap::FixedContactMissing => bi("Ingen fast vårdkontakt är angiven", "No named care contact is given"),
        PartGap::RoutesMissing => bi("Inga kontaktvägar är angivna", "No ways to get in touch are given"),
        PartGap::NextStepMissing => {
            bi("Patientens nästa steg är inte beskrivet", "The patient's next step is not described")
        }
        PartGap::NextTimeMissing => bi("Nästa tid är inte överenskommen", "The next time is not agreed"),
        PartGap::NextModeMissing => {
            bi("Det står inte hur nästa kontakt ska ske", "It does not say how the next contact will take place")
        }
        PartGap::InitiatorMissing => {
            bi("Det står inte vem som tar kontakt nästa gång", "It does not say who gets in touch next time")
        }
    }
}

/// Words for an import error, in one language.
pub fn import_error(lang: Language, e: &ImportError) -> String {
    let (template, args): (Bilingual, Vec<(&str, String)>) = match e {
        ImportError::Empty => (bi_kept("Filen är tom.", "The file is empty."), vec![]),
        ImportError::TooLarge { bytes, limit } => (
            bi_kept(
                "Filen är för stor ({size}). Appen öppnar filer på högst {limit}.",
                "The file is too large ({size}). The app opens files of at most {limit}.",
            ),
            vec![("size", human_bytes(lang, *bytes)), ("limit", human_bytes(lang, *limit))],
        ),
        ImportError::InvalidUtf8 { offset } => (
            bi_kept(
                "Filen är inte en textfil i UTF-8 (felaktigt tecken vid byte {offset}). Välj en fil som appen har sparat.",
                "The file is not a UTF-8 text file (bad character at byte {offset}). Choose a file the app has saved.",
            ),
            vec![("offset", offset.to_string())],
        ),
        ImportError::NotJson { line, column } => (
            bi_kept(
                "Filen är inte en patientkontraktsfil: den är inte giltig JSON (rad {line}, kolumn {column}).",
                "The file is not a Patientkontrakt file: it is not valid JSON (line {line}, column {column}).",
            ),
            vec![("line", line.to_string()), ("column", column.to_string())],
        ),
        ImportError::Truncated => (
            bi_kept(
                "Filen tar slut för tidigt. Den kan ha blivit avbruten när den sparades.",
                "The file ends too early. It may have been cut off when it was saved.",
            ),
            vec![],
        ),
        ImportError::TooDeep => (
            bi_kept(
                "Filen är uppbyggd i för många nivåer för att vara ett patientkontrakt.",
                "The file is nested too deeply to be a Patientkontrakt.",
            ),
            vec![],
        ),
        ImportError::Foreign => (
            bi_kept(
                "Filen är inte ett patientkontrakt. Välj en fil som du har sparat från den här appen.",
                "The file is not a Patientkontrakt. Choose a file you have saved from this app.",
            ),
            vec![],
        ),
        ImportError::VersionMissing => (
            bi_kept(
                "Filen saknar versionsnummer och kan inte öppnas.",
                "The file has no version number and cannot be opened.",
            ),
            vec![],
        ),
        ImportError::NewerVersion { found } => (
            bi_kept(
                "Filen är sparad med en nyare version av appen (format {found}). Öppna den i den nyare versionen.",
                "The file was saved by a newer version of the app (format {found}). Open it in the newer version.",
            ),
            vec![("found", found.to_string())],
        ),
        ImportError::UnknownOldVersion { found } => (
            bi_kept(
                "Filen har ett okänt format (version {found}) och kan inte öppnas.",
                "The file has an unknown format (version {found}) and cannot be opened.",
            ),
            vec![("found", found.to_string())],
        ),
        ImportError::Shape => (
            bi_kept(
                "Filen har inte den form som ett patientkontrakt har och kan inte öppnas.",
                "The file does not have the form of a Patientkontrakt and cannot be opened.",
            ),
            vec![],
        ),
        ImportError::MissingField { path } => (
            bi_kept("Filen är ofullständig: uppgiften ”{path}” saknas.", "The file is incomplete: “{path}” is missing."),
            vec![("path", path.clone())],
        ),
        ImportError::UnknownField { path } => (
            bi_kept(
                "Filen innehåller en okänd uppgift, ”{path}”. Den kan vara gjord för en annan version av appen.",
                "The file contains an unknown entry, “{path}”. It may be made for another version of the app.",
            ),
            vec![("path", path.clone())],
        ),
        ImportError::WrongType { path } => (
            bi_kept(
                "Filen har fel sorts värde i ”{path}”.",
                "The file has the wrong kind of value in “{path}”.",
            ),
            vec![("path", path.clone())],
        ),
        ImportError::InvalidValue { path } => (
            bi_kept(
                "Filen har ett ogiltigt värde i ”{path}”: appen kan inte läsa det värdet där.",
                "The file has an invalid value in “{path}”: the app cannot read that value there.",
            ),
            vec![("path", path.clone())],
        ),
        ImportError::TextTooLong { path, limit } => (
            bi_kept(
                "Texten i ”{path}” är för lång. Högst {limit} tecken får plats.",
                "The text in “{path}” is too long. At most {limit} characters fit.",
            ),
            vec![("path", path.clone()), ("limit", limit.to_string())],
        ),
        ImportError::TooManyRows { path, limit } => (
            bi_kept(
                "Listan ”{path}” har för många rader. Högst {limit} får plats.",
                "The list “{path}” has too many rows. At most {limit} fit.",
            ),
            vec![("path", path.clone()), ("limit", limit.to_string())],
        ),
        ImportError::Unreadable => (
            bi_kept(
                "Filen kunde inte läsas. Försök igen eller välj en annan fil.",
                "The file could not be read. Try again or choose another file.",
            ),
            vec![],
        ),
        ImportError::BadMeta { path } => (
            bi_kept(
                "Filen har ett ogiltigt värde i ”{path}”: filens id och tidpunkter (skapad, ändrad) ska finnas och vara skrivna som appen sparar dem.",
                "The file has an invalid value in “{path}”: the file's id and times (created, changed) must be present and written as the app saves them.",
            ),
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
