//! Headings and introductions of the steps.

use super::{bi, bi_kept, Bilingual, Ui};
use crate::domain::{Mode, Step};

/// Heading of a step.
pub fn step_title(step: Step) -> Bilingual {
    match step {
        Step::Start => bi_kept("Patientkontrakt", "Patientkontrakt"),
        Step::WhatMatters => bi("Vad är viktigt för dig?", "What matters to you?"),
        Step::Commitments => bi("Vad gör du och vad gör vården?", "What do you do and what does your care team do?"),
        Step::Planning => bi("Sammanhållen planering", "Coordinated planning"),
        Step::Contacts => bi("Fast vårdkontakt och kontaktvägar", "Named care contact and ways to get in touch"),
        Step::Schedule => bi("Nästa steg och överenskommen tid", "Next step and agreed appointment"),
        Step::Questions => bi("De sju frågorna", "The seven questions"),
        Step::Summary => bi("Sammanfattning", "Summary"),
    }
}

/// Short introduction under a step's heading.
pub fn step_intro(step: Step, mode: Mode) -> Bilingual {
    match (step, mode) {
        (Step::Start, _) => Ui::StartLead.both(),
        (Step::WhatMatters, _) => bi(
            "Patientkontraktet börjar med det som är viktigt i ditt liv. Skriv med dina egna ord.",
            "The Patientkontrakt starts with what matters in your life. Write in your own words.",
        ),
        (Step::Commitments, Mode::Prepare) => bi(
            "Tänk på vad du själv kan och vill göra för att må bra, med hjälp av ditt nätverk, vad du behöver hålla koll på och vad du vill att vården hjälper dig med.",
            "Think about what you yourself are able and willing to do to feel well, with the help of the people around you, what you need to keep an eye on and what you would like your care team to help with.",
        ),
        (Step::Commitments, Mode::Consultation) => bi(
            "Kom överens om vad patienten gör utifrån vad hen kan och vill, med hjälp av sitt nätverk, vad vården gör och när och vart patienten ska söka vård.",
            "Agree on what the patient does, based on what they are able and willing to do and with the help of the people around them, what the care team does, and when and where the patient should seek care.",
        ),
        (Step::Planning, _) => bi(
            "En överblick av dina planer hos olika vårdgivare – region, kommun eller privat – och hjälp att samordna dem. Det är inte ditt ansvar att samordna din vård.",
            "An overview of your plans with different care providers – region, municipality or private – and help to coordinate them. Coordinating your care is not your responsibility.",
        ),
        (Step::Contacts, _) => bi(
            "Vem i vården du kan vända dig till, och hur du enkelt tar kontakt. Om du behöver en fast vårdkontakt, och vilken roll den har för dig, kommer ni fram till tillsammans.",
            "Who in your care team you can turn to, and how you easily get in touch. Whether you need a named care contact, and what role it has for you, you work out together.",
        ),
        (Step::Schedule, Mode::Prepare) => bi(
            "Vet du redan ditt nästa steg eller har du en tid? Skriv det du vet. Resten kommer ni överens om vid besöket.",
            "Do you already know your next step or have an appointment? Write what you know. You agree on the rest at the visit.",
        ),
        (Step::Schedule, Mode::Consultation) => bi(
            "Patienten ska veta sitt nästa steg, och ni kommer överens om nästa tid tillsammans.",
            "The patient should know their next step, and you agree on the next appointment together.",
        ),
        (Step::Questions, Mode::Prepare) => Ui::QuestionsIntroPrepare.both(),
        (Step::Questions, Mode::Consultation) => Ui::QuestionsIntroConsultation.both(),
        (Step::Summary, _) => bi(
            "Kontrollera svaren. Välj ”Ändra” för att rätta något.",
            "Check your answers. Choose “Change” to correct something.",
        ),
    }
}
