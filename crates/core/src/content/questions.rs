//! The seven questions (SKR, seed 003 "7 frågor som visar om det finns ett fungerande
//! Patientkontrakt"). Swedish verbatim; `tests/content.rs` compares them character for
//! character with the source. English is ours, kept faithful and plain.

use super::{bi, Bilingual};
use crate::domain::{Agreement, Language, Perspective};

/// Patient version, question 1 first.
pub const PATIENT: [Bilingual; 7] = [
    bi(
        "Känner du att du kan ha fokus på att leva livet utifrån dina förutsättningar och litar på att du lätt får hjälp från vården när du behöver det?",
        "Do you feel that you can focus on living your life based on your circumstances, and trust that you will easily get help from your care team when you need it?",
    ),
    bi(
        "Har du en överenskommelse med vården som utgår från vad som är viktigt för dig, där du vet vad du gör för att må bra, vad du gör om du blir sjuk och vad vården gör?",
        "Do you have an agreement with your care team that starts from what matters to you, where you know what you do to feel well, what you do if you fall ill, and what your care team does?",
    ),
    bi(
        "Har du enkla sätt att ta kontakt med vården?",
        "Do you have easy ways to get in touch with your care team?",
    ),
    bi(
        "Har du en fast vårdkontakt (vid behov)?",
        "Do you have a named care contact (when needed)?",
    ),
    bi(
        "Vet du ditt nästa steg?",
        "Do you know your next step?",
    ),
    bi(
        "Har du och vården kommit överens om din nästa tid tillsammans?",
        "Have you and your care team agreed on your next appointment together?",
    ),
    bi(
        "Har du en överblick av dina olika planer i vården och hjälp med samordning vid behov?",
        "Do you have an overview of your different plans in health and social care, and help with coordination when needed?",
    ),
];

/// Care-giver version, question 1 first.
pub const PROFESSIONAL: [Bilingual; 7] = [
    bi(
        "Vet ni om era patienter känner att de kan ha fokus på att leva livet utifrån sina förutsättningar och litar på att de lätt får hjälp från er när de behöver det?",
        "Do you know whether your patients feel that they can focus on living their lives based on their circumstances, and trust that they will easily get help from you when they need it?",
    ),
    bi(
        "Har ni en överenskommelse med patienterna som utgår från vad som är viktigt för dem, där de vet vad de ska göra för att må bra, vad de ska göra om de blir sjuka och vad ni i vården ska göra?",
        "Do you have an agreement with your patients that starts from what matters to them, where they know what to do to feel well, what to do if they fall ill, and what you in the care team will do?",
    ),
    bi(
        "Har patienterna enkla sätt att ta kontakt med er?",
        "Do your patients have easy ways to get in touch with you?",
    ),
    bi(
        "Erbjuder ni patienterna en fast vårdkontakt (vid behov)?",
        "Do you offer your patients a named care contact (when needed)?",
    ),
    bi(
        "Vet patienterna alltid sitt nästa steg?",
        "Do your patients always know their next step?",
    ),
    bi(
        "Har ni och patienten tillsammans kommit överens om tiden för nästa kontakt?",
        "Have you and the patient agreed together on the time of the next contact?",
    ),
    bi(
        "Har era patienter en överblick av sina olika planer i vården och får hjälp med samordning vid behov?",
        "Do your patients have an overview of their different plans in health and social care, and do they get help with coordination when needed?",
    ),
];

/// One of the seven questions, 0-based.
pub fn question(p: Perspective, n: usize) -> Option<Bilingual> {
    match p {
        Perspective::Before | Perspective::Patient => PATIENT.get(n).copied(),
        Perspective::Professional => PROFESSIONAL.get(n).copied(),
    }
}

/// Short topic of each of the seven questions, for the journal note and the gap view.
pub const QUESTION_TOPICS: [Bilingual; 7] = [
    bi("Leva livet och lätt få hjälp", "Living life and getting help easily"),
    bi("Överenskommelse utifrån det som är viktigt", "Agreement based on what matters"),
    bi("Enkla kontaktvägar", "Easy ways to get in touch"),
    bi("Fast vårdkontakt", "Named care contact"),
    bi("Nästa steg", "Next step"),
    bi("Överenskommen nästa tid", "Agreed next appointment"),
    bi("Överblick och samordning", "Overview and coordination"),
];

/// What an answer other than Ja to question `n` shows there is to talk about (the gap view links
/// it to the step behind the question). Never a request to change the answer.
pub const QUESTION_FOLLOWUP: [Bilingual; 7] = [
    bi(
        "prata om vad som behövs för att patienten ska kunna leva livet och lätt få hjälp",
        "talk about what is needed for the patient to live their life and get help easily",
    ),
    bi(
        "prata om överenskommelsen: det som är viktigt, vad patienten gör och vad vården gör",
        "talk about the agreement: what matters, what the patient does and what the care team does",
    ),
    bi("prata om kontaktvägarna", "talk about the ways to get in touch"),
    bi("prata om fast vårdkontakt", "talk about a named care contact"),
    bi("prata om nästa steg", "talk about the next step"),
    bi("prata om nästa tid", "talk about the next appointment"),
    bi("prata om planerna och samordningen", "talk about the plans and the coordination"),
];

/// The words question `n` (0-based) was asked in, in the version `p` answers: the host's
/// wording when it reworded the question for this agreement, else SKR's.
pub fn asked(a: &Agreement, p: Perspective, n: usize, lang: Language) -> &str {
    match a.reworded(p, n) {
        Some(r) => match lang {
            Language::Sv => &r.sv,
            Language::En => &r.en,
        },
        None => question(p, n).map(|t| t.get(lang)).unwrap_or_default(),
    }
}
