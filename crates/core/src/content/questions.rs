//! The seven questions (SKR, seed 003 "7 frågor som visar om det finns ett fungerande
//! Patientkontrakt"). Swedish verbatim; `tests/content.rs` compares them character for
//! character with the source. English is ours, kept faithful and plain.

use super::text::{sv, Text};
use crate::domain::{Agreement, Asked, Language, Perspective};

/// Patient version, question 1 first.
pub const PATIENT: [Text; 7] = [
    sv("Känner du att du kan ha fokus på att leva livet utifrån dina förutsättningar och litar på att du lätt får hjälp från vården när du behöver det?"),
    sv("Har du en överenskommelse med vården som utgår från vad som är viktigt för dig, där du vet vad du gör för att må bra, vad du gör om du blir sjuk och vad vården gör?"),
    sv("Har du enkla sätt att ta kontakt med vården?"),
    sv("Har du en fast vårdkontakt (vid behov)?"),
    sv("Vet du ditt nästa steg?"),
    sv("Har du och vården kommit överens om din nästa tid tillsammans?"),
    sv("Har du en överblick av dina olika planer i vården och hjälp med samordning vid behov?"),
];

/// Care-giver version, question 1 first.
pub const PROFESSIONAL: [Text; 7] = [
    sv("Vet ni om era patienter känner att de kan ha fokus på att leva livet utifrån sina förutsättningar och litar på att de lätt får hjälp från er när de behöver det?"),
    sv("Har ni en överenskommelse med patienterna som utgår från vad som är viktigt för dem, där de vet vad de ska göra för att må bra, vad de ska göra om de blir sjuka och vad ni i vården ska göra?"),
    sv("Har patienterna enkla sätt att ta kontakt med er?"),
    sv("Erbjuder ni patienterna en fast vårdkontakt (vid behov)?"),
    sv("Vet patienterna alltid sitt nästa steg?"),
    sv("Har ni och patienten tillsammans kommit överens om tiden för nästa kontakt?"),
    sv("Har era patienter en överblick av sina olika planer i vården och får hjälp med samordning vid behov?"),
];

/// One of the seven questions, 0-based.
pub fn question(p: Perspective, n: usize) -> Option<Text> {
    match p {
        Perspective::Before | Perspective::Patient => PATIENT.get(n).copied(),
        Perspective::Professional => PROFESSIONAL.get(n).copied(),
    }
}

/// Short topic of each of the seven questions, for the journal note and the gap view.
pub const QUESTION_TOPICS: [Text; 7] = [
    sv("Leva livet och lätt få hjälp"),
    sv("Överenskommelse utifrån det som är viktigt"),
    sv("Enkla kontaktvägar"),
    sv("Fast vårdkontakt"),
    sv("Nästa steg"),
    sv("Överenskommen nästa tid"),
    sv("Överblick och samordning"),
];

/// What an answer other than Ja to question `n` shows there is to talk about (the gap view links
/// it to the step behind the question). Never a request to change the answer.
pub const QUESTION_FOLLOWUP: [Text; 7] = [
    sv("prata om vad som behövs för att patienten ska kunna leva livet och lätt få hjälp"),
    sv("prata om överenskommelsen: det som är viktigt, vad patienten gör och vad vården gör"),
    sv("prata om kontaktvägarna"),
    sv("prata om fast vårdkontakt"),
    sv("prata om nästa steg"),
    sv("prata om nästa tid"),
    sv("prata om planerna och samordningen"),
];

/// The name of the disclosure beside a question on a lättläst page that shows SKR's own words
/// ("SKR:s formulering"). Only a Swedish page (lättläst Swedish) shows it, so it is Swedish only
/// and in no language file.
pub const SKR_WORDING: &str = "SKR:s formulering";

/// SKR's own Swedish words for question `n` (0-based) of version `p`, when the page shows it in
/// other Swedish words (a version of Swedish, lättläst): what "SKR:s formulering" opens. `None`
/// on any other page, for a question the host reworded (its mark says whose words they are), and
/// where the version kept SKR's words (care's questions).
pub fn skr_wording_beside(a: &Agreement, p: Perspective, n: usize, lang: Language) -> Option<&'static str> {
    if !lang.is_version() || a.reworded(p, n).is_some() {
        return None;
    }
    let skr = question(p, n)?;
    (skr.get(lang) != skr.sv).then_some(skr.sv)
}

/// The words question `n` (0-based) was asked in, in the version `p` answers: the host's
/// wording when it reworded the question for this agreement, else SKR's.
pub fn asked(a: &Agreement, p: Perspective, n: usize, lang: Language) -> &str {
    match a.reworded(p, n) {
        // The region gives its wording in Swedish and English (its settings' `wording`); any other
        // language shows the Swedish.
        Some(r) if lang == Language::EN => &r.en,
        Some(r) => &r.sv,
        None => question(p, n).map(|t| t.get(lang)).unwrap_or_default(),
    }
}

/// What an answer to question `n` (0-based) of version `p` given on a page in `lang` records of
/// the words it was asked in ([`crate::domain::Answer::asked`]): the language and the question as
/// the page shows it ([`asked`]) when a Swedish page shows other words (a translation, lättläst
/// Swedish: not SKR's wording), else `None` (SKR's words, or the host's Swedish).
pub fn asked_record(a: &Agreement, p: Perspective, n: usize, lang: Language) -> Option<Asked> {
    let shown = asked(a, p, n, lang);
    (shown != asked(a, p, n, Language::SV)).then(|| Asked { language: lang, text: shown.to_string() })
}
