//! Messages: words for validation codes, documentation gaps and import errors.

use super::text::{fill, sv, with_english, Text};
use crate::domain::envelope::{self, ImportError};
use crate::domain::{ErrorCode, Language, PartGap};

/// Words for a validation code.
pub fn error(code: ErrorCode) -> Text {
    match code {
        ErrorCode::PersonalNumberFormat => with_english(
            "Skriv personnumret med 12 siffror, till exempel 19121212-1212",
            "Write the personal identity number with 12 digits, for example 19121212-1212",
        ),
        ErrorCode::PersonalNumberDate => with_english(
            "Kontrollera födelsedatumet i personnumret – det ska vara ett datum som finns",
            "Check the date of birth in the personal identity number – it must be a real date",
        ),
        ErrorCode::PersonalNumberChecksum => with_english(
            "Kontrollera siffrorna i personnumret – numret stämmer inte",
            "Check the digits of the personal identity number – the number is not correct",
        ),
        ErrorCode::DateFormat => with_english(
            "Skriv ett datum som finns, till exempel 2026-12-24",
            "Enter a real date, for example 2026-12-24",
        ),
        ErrorCode::TimeFormat => with_english(
            "Skriv klockslaget som timmar och minuter, till exempel 14:30",
            "Enter the time as hours and minutes, for example 14:30",
        ),
        ErrorCode::TimeWithoutDate => with_english(
            "Fyll i datum när du anger ett klockslag",
            "Enter a date when you give a time",
        ),
        ErrorCode::HsaIdFormat => with_english(
            "Skriv HSA-id som SE, tio eller tolv siffror, bindestreck och ett löpnummer, till exempel SE2321000016-1003",
            "Write the HSA-id as SE, ten or twelve digits, a hyphen and a serial number, for example SE2321000016-1003",
        ),
        ErrorCode::RowEmpty => with_english("Fyll i raden eller ta bort den", "Fill in the row or remove it"),
        ErrorCode::AgreedPatientNameMissing => with_english("Skriv patientens namn", "Enter the patient's name"),
        ErrorCode::AgreedProfessionalNameMissing => {
            with_english("Skriv namn på vårdpersonal", "Enter the name of the healthcare professional")
        }
        ErrorCode::AgreedDateMissing => with_english("Fyll i datum för överenskommelsen", "Enter the date of the agreement"),
    }
}

/// Words for a documentation gap.
pub fn gap(g: PartGap) -> Text {
    match g {
        PartGap::OwnWordsMissing => sv("Vad som är viktigt för patienten är inte beskrivet"),
        PartGap::SelfCareMissing => sv("Det står inte vad patienten gör för att må bra"),
        PartGap::WarningSignsMissing => sv("Det står inte när och vart patienten ska söka vård"),
        PartGap::CareActionsMissing => sv("Det står inte vad vården gör"),
        PartGap::PlansMissing => {
            sv("Patientens planer i vården finns inte med, och det står inte att det inte finns några")
        }
        PartGap::CoordinationNeedUnanswered => sv("Det är inte besvarat om patienten behöver hjälp med samordning"),
        PartGap::CoordinatorMissing => sv("Patienten behöver hjälp med samordning, men ingen är utsedd"),
        PartGap::FixedContactUnsettled => sv("Vården har inte tagit ställning till fast vårdkontakt"),
        PartGap::FixedContactMissing => sv("Patienten behöver en fast vårdkontakt, men ingen är namngiven"),
        PartGap::RoutesMissing => sv("Inga kontaktvägar är angivna"),
        PartGap::NextStepMissing => sv("Patientens nästa steg är inte beskrivet"),
        PartGap::NextTimeMissing => sv("Ingen överenskommen tid"),
        PartGap::NextModeMissing => sv("Det står inte hur nästa kontakt ska ske"),
        PartGap::InitiatorMissing => sv("Det står inte vem som tar kontakt nästa gång"),
    }
}

/// What to do about most import errors: the app opens every file it saves.
const CHOOSE_SAVED: Text = with_english(
    "Välj en fil som du har sparat med Patientkontraktet.",
    "Choose a file you have saved with the Patientkontrakt.",
);

/// What to do about a file whose contents are not as the app saves them: someone or something
/// has changed it since.
const CHOOSE_UNCHANGED: Text = with_english(
    "Välj en fil som du har sparat med Patientkontraktet och inte har ändrat i efteråt.",
    "Choose a file you have saved with the Patientkontrakt and have not changed since.",
);

/// What is wrong (in plain words, for patients: no field paths, offsets or file formats), what
/// to do, and the values for the placeholders of the first.
fn plain(lang: Language, e: &ImportError) -> (Text, Text, Vec<(&'static str, String)>) {
    match e {
        ImportError::Empty => (with_english("Filen är tom.", "The file is empty."), CHOOSE_SAVED, vec![]),
        // Sizes in MB and kB are plain words; below a kilobyte they are not ("12 byte"): the
        // detail has them.
        ImportError::TooLarge { bytes, limit } if (*bytes).min(*limit) >= 1024 => (
            with_english(
                "Filen är för stor ({size}). Den får vara högst {limit}.",
                "The file is too large ({size}). It can be at most {limit}.",
            ),
            CHOOSE_SAVED,
            vec![("size", human_bytes(lang, *bytes)), ("limit", human_bytes(lang, *limit))],
        ),
        ImportError::TooLarge { .. } => {
            (with_english("Filen är för stor.", "The file is too large."), CHOOSE_SAVED, vec![])
        }
        ImportError::InvalidUtf8 { .. } => (
            with_english(
                "Filen innehåller inte text som Patientkontraktet kan läsa.",
                "The file does not contain text that the Patientkontrakt can read.",
            ),
            CHOOSE_SAVED,
            vec![],
        ),
        ImportError::NotJson { .. } => (
            with_english(
                "Filen är inte ett Patientkontrakt, eller så har den blivit skadad.",
                "The file is not a Patientkontrakt, or it has been damaged.",
            ),
            CHOOSE_SAVED,
            vec![],
        ),
        ImportError::Truncated => (
            with_english(
                "Filen tar slut för tidigt. Den kan ha blivit avbruten när den sparades.",
                "The file ends too early. It may have been cut off when it was saved.",
            ),
            with_english(
                "Välj en annan fil som du har sparat med Patientkontraktet.",
                "Choose another file you have saved with the Patientkontrakt.",
            ),
            vec![],
        ),
        ImportError::TooDeep => (
            with_english(
                "Filen är alldeles för invecklad för att vara ett Patientkontrakt.",
                "The file is far too complicated to be a Patientkontrakt.",
            ),
            CHOOSE_SAVED,
            vec![],
        ),
        ImportError::TooManyValues { .. } => (
            with_english(
                "Filen innehåller alldeles för många uppgifter för att vara ett Patientkontrakt.",
                "The file holds far too many entries to be a Patientkontrakt.",
            ),
            CHOOSE_SAVED,
            vec![],
        ),
        ImportError::DuplicateKey { .. } => (
            with_english(
                "Samma uppgift står två gånger i filen, så det går inte att veta vilken som gäller.",
                "The same information is in the file twice, so it is not clear which one counts.",
            ),
            CHOOSE_UNCHANGED,
            vec![],
        ),
        ImportError::Foreign => (
            with_english("Filen är inte ett Patientkontrakt.", "The file is not a Patientkontrakt."),
            CHOOSE_SAVED,
            vec![],
        ),
        ImportError::VersionMissing => (
            with_english(
                "Filen saknar versionsnummer, så Patientkontraktet kan inte öppna den.",
                "The file has no version number, so the Patientkontrakt cannot open it.",
            ),
            CHOOSE_SAVED,
            vec![],
        ),
        ImportError::NewerVersion { .. } => (
            with_english(
                "Filen är sparad med en nyare version av Patientkontraktet än den här.",
                "The file was saved with a newer version of the Patientkontrakt than this one.",
            ),
            with_english(
                "Ladda om sidan och försök igen. Hjälper inte det, öppna filen där du sparade den.",
                "Reload the page and try again. If that does not help, open the file where you saved it.",
            ),
            vec![],
        ),
        ImportError::UnknownOldVersion { .. } => (
            with_english(
                "Filen är sparad i ett format som Patientkontraktet inte känner till.",
                "The file is saved in a format that the Patientkontrakt does not know.",
            ),
            CHOOSE_SAVED,
            vec![],
        ),
        ImportError::Shape => (
            with_english(
                "Något i filen stämmer inte med hur ett Patientkontrakt ska se ut.",
                "Something in the file does not match what a Patientkontrakt looks like.",
            ),
            CHOOSE_UNCHANGED,
            vec![],
        ),
        ImportError::MissingField { .. } => (
            with_english(
                "Filen är ofullständig: en uppgift saknas.",
                "The file is incomplete: some information is missing.",
            ),
            CHOOSE_UNCHANGED,
            vec![],
        ),
        ImportError::UnknownField { .. } => (
            with_english(
                "Filen innehåller en uppgift som Patientkontraktet inte känner till.",
                "The file contains information that the Patientkontrakt does not recognise.",
            ),
            CHOOSE_UNCHANGED,
            vec![],
        ),
        ImportError::WrongType { .. } => (
            with_english("En uppgift i filen är av fel sort.", "Something in the file is of the wrong kind."),
            CHOOSE_UNCHANGED,
            vec![],
        ),
        ImportError::InvalidValue { .. } => (
            with_english("En uppgift i filen är fel ifylld.", "Something in the file is filled in wrongly."),
            CHOOSE_UNCHANGED,
            vec![],
        ),
        // `{limit}`: a count with its noun ([`super::plural::CHARACTERS`]).
        ImportError::TextTooLong { limit, .. } => (
            with_english(
                "En text i filen är för lång. Högst {limit} får plats.",
                "A text in the file is too long. At most {limit} fit.",
            ),
            CHOOSE_UNCHANGED,
            vec![("limit", super::plural::CHARACTERS.get(lang, *limit as u64))],
        ),
        ImportError::TooManyRows { limit, .. } => (
            with_english(
                "En lista i filen har för många rader. Högst {limit} får plats.",
                "A list in the file has too many rows. At most {limit} fit.",
            ),
            CHOOSE_UNCHANGED,
            vec![("limit", limit.to_string())],
        ),
        ImportError::Unreadable => (
            with_english("Filen kunde inte läsas.", "The file could not be read."),
            with_english("Försök igen eller välj en annan fil.", "Try again or choose another file."),
            vec![],
        ),
        ImportError::BadMeta { .. } => (
            with_english(
                "Filens egna uppgifter, som när den skapades och ändrades, är fel ifyllda.",
                "The file's own details, such as when it was created and changed, are filled in wrongly.",
            ),
            CHOOSE_UNCHANGED,
            vec![],
        ),
    }
}

/// Words for an import error, in one language, for the patient: what is wrong, in plain words,
/// then what to do. The technical detail (where in the file, which byte, the limits) is
/// [`import_error_detail`].
pub fn import_error(lang: Language, e: &ImportError) -> String {
    let (problem, action, args) = plain(lang, e);
    format!("{} {}", filled(problem.get(lang), &args), action.get(lang))
}

/// What is wrong, without what to do: for a message that says what to do itself (the stored
/// draft that could not be read, which the user did not choose as a file).
pub fn import_error_reason(lang: Language, e: &ImportError) -> String {
    let (problem, _, args) = plain(lang, e);
    filled(problem.get(lang), &args)
}

/// The technical detail of an import error, in one language: the field's path, the byte
/// offset, the line and column, the limits. Shown under "Visa detaljer" and given to the host
/// page's script; `None` when there is nothing to add to [`import_error`].
pub fn import_error_detail(lang: Language, e: &ImportError) -> Option<String> {
    let (template, args) = detail(lang, e)?;
    Some(filled(template.get(lang), &args))
}

/// The words of [`import_error_detail`] and the values of their placeholders in `lang`.
fn detail(lang: Language, e: &ImportError) -> Option<(Text, Vec<(&'static str, String)>)> {
    let path = |p: &String| vec![("path", p.clone())];
    let version = |found: &u64| vec![("found", found.to_string()), ("current", envelope::VERSION.to_string())];
    Some(match e {
        ImportError::Empty | ImportError::Unreadable => return None,
        ImportError::TooLarge { bytes, limit } => (
            with_english("Filens storlek är {bytes} byte. Gränsen är {limit} byte.", "The file is {bytes} bytes. The limit is {limit} bytes."),
            vec![("bytes", bytes.to_string()), ("limit", limit.to_string())],
        ),
        ImportError::InvalidUtf8 { offset } => (
            with_english(
                "Inte giltig UTF-8: ogiltig byte vid position {offset} (räknat från 0).",
                "Not valid UTF-8: invalid byte at offset {offset} (counted from 0).",
            ),
            vec![("offset", offset.to_string())],
        ),
        ImportError::NotJson { line, column } => (
            with_english("Inte giltig JSON: fel på rad {line}, kolumn {column}.", "Not valid JSON: error at line {line}, column {column}."),
            vec![("line", line.to_string()), ("column", column.to_string())],
        ),
        ImportError::Truncated => (
            with_english(
                "JSON-texten tar slut innan den är hel (oväntat slut på filen).",
                "The JSON ends before it is complete (unexpected end of input).",
            ),
            vec![],
        ),
        ImportError::TooDeep => {
            (with_english("JSON-texten är nästlad i fler än 128 nivåer.", "The JSON is nested more than 128 levels deep."), vec![])
        }
        ImportError::TooManyValues { limit } => (
            with_english(
                "JSON-texten har fler än {limit} värden och nycklar.",
                "The JSON has more than {limit} values and keys.",
            ),
            vec![("limit", limit.to_string())],
        ),
        ImportError::DuplicateKey { key, line, column } => (
            with_english(
                "Nyckeln ”{key}” står två gånger i samma objekt (rad {line}, kolumn {column}).",
                "The key “{key}” is in the same object twice (line {line}, column {column}).",
            ),
            vec![("key", key.clone()), ("line", line.to_string()), ("column", column.to_string())],
        ),
        ImportError::Foreign => (
            with_english(
                "JSON-texten är inte ett objekt med ”format”: ”{format}”.",
                "The JSON is not an object with “format”: “{format}”.",
            ),
            vec![("format", envelope::FORMAT.to_string())],
        ),
        ImportError::VersionMissing => {
            (with_english("”version” saknas eller är inte ett heltal.", "“version” is missing or not a whole number."), vec![])
        }
        ImportError::NewerVersion { found } => (
            with_english(
                "Filens formatversion är {found}. Den här versionen läser version 1 till {current}.",
                "The file's format version is {found}. This version reads versions 1 to {current}.",
            ),
            version(found),
        ),
        ImportError::UnknownOldVersion { found } => (
            with_english(
                "Formatversion {found} är okänd. Den här versionen läser version 1 till {current}.",
                "Format version {found} is unknown. This version reads versions 1 to {current}.",
            ),
            version(found),
        ),
        ImportError::Shape => (
            with_english(
                "Ett fält saknas eller är okänt, eller har ett värde av fel typ eller som inte är tillåtet. Var i filen är inte känt.",
                "A field is missing or unknown, or has a value of the wrong type or one that is not allowed. Where in the file is not known.",
            ),
            vec![],
        ),
        ImportError::MissingField { path: p } => (with_english("Fält saknas: {path}.", "Missing field: {path}."), path(p)),
        ImportError::UnknownField { path: p } => (with_english("Okänt fält: {path}.", "Unknown field: {path}."), path(p)),
        ImportError::WrongType { path: p } => {
            (with_english("Värde av fel typ: {path}.", "Value of the wrong type: {path}."), path(p))
        }
        ImportError::InvalidValue { path: p } => {
            (with_english("Värde som inte är tillåtet: {path}.", "Value not allowed: {path}."), path(p))
        }
        ImportError::TextTooLong { path: p, limit } => (
            with_english("För lång text: {path} (högst {limit}).", "Text too long: {path} (at most {limit})."),
            vec![("path", p.clone()), ("limit", super::plural::CHARACTERS.get(lang, *limit as u64))],
        ),
        ImportError::TooManyRows { path: p, limit } => (
            with_english("För många rader: {path} (högst {limit}).", "Too many rows: {path} (at most {limit})."),
            vec![("path", p.clone()), ("limit", limit.to_string())],
        ),
        ImportError::BadMeta { path: p } => (
            with_english(
                "Värde som inte är tillåtet: {path}. Id ska vara en text som inte är tom, och tidpunkter ska vara skrivna som Patientkontraktet sparar dem.",
                "Value not allowed: {path}. The id must be a text that is not empty, and times must be written as the Patientkontrakt saves them.",
            ),
            path(p),
        ),
    })
}

/// Every text an import error can be said with (the [`super::catalogue`] lists them).
pub fn import_error_texts(e: &ImportError) -> Vec<Text> {
    let (problem, action, _) = plain(Language::SV, e);
    [Some(problem), Some(action), detail(Language::SV, e).map(|(t, _)| t)].into_iter().flatten().collect()
}

fn filled(template: &str, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(template, &args)
}

/// "1,2 MB" / "1.2 MB", "340 kB", "12 byte" / "12 bytes".
pub fn human_bytes(lang: Language, n: usize) -> String {
    let sep = lang.info().decimal;
    if n >= 1024 * 1024 {
        let tenths = n * 10 / (1024 * 1024);
        format!("{}{sep}{} MB", tenths / 10, tenths % 10)
    } else if n >= 1024 {
        format!("{} kB", n / 1024)
    } else {
        super::plural::BYTES.get(lang, n as u64)
    }
}
