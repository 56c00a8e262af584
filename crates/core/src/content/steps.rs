//! Headings and introductions of the steps.

use super::text::{sv, sv_in, Text};
use super::ui::Ui;
use crate::domain::{Mode, Step};

/// Heading of a step.
pub fn step_title(step: Step) -> Text {
    match step {
        Step::Start => sv_in("title", "Patientkontrakt"),
        Step::WhatMatters => sv("Vad är viktigt för dig?"),
        Step::Commitments => sv("Vad gör du och vad gör vården?"),
        Step::Planning => sv("Dina planer och hjälp att samordna dem"),
        Step::Contacts => sv("Vem du vänder dig till i vården"),
        Step::Schedule => sv("Ditt nästa steg och din nästa tid"),
        Step::Questions => sv("De sju frågorna"),
        Step::Summary => sv("Sammanfattning"),
    }
}

/// The part of SKR's agreement a step is, by SKR's name for it: shown under the step's heading in
/// plain words, so that the part's name is kept without being the heading she reads first.
pub fn step_part(step: Step) -> Option<Text> {
    match step {
        Step::Commitments => Some(Ui::PartCommitments.both()),
        Step::Planning => Some(Ui::PartPlanning.both()),
        Step::Contacts => Some(Ui::PartContacts.both()),
        Step::Schedule => Some(Ui::PartSchedule.both()),
        _ => None,
    }
}

/// Short introduction under a step's heading.
pub fn step_intro(step: Step, mode: Mode) -> Text {
    match (step, mode) {
        (Step::Start, _) => Ui::StartLead.both(),
        (Step::WhatMatters, _) => sv("Patientkontraktet börjar med det som är viktigt i ditt liv. Skriv med dina egna ord."),
        (Step::Commitments, Mode::Prepare) => sv("Tänk på vad du själv kan och vill göra för att må bra, med hjälp av ditt nätverk, vad du behöver hålla koll på och vad du vill att vården hjälper dig med."),
        (Step::Commitments, Mode::Consultation) => sv("Kom överens om vad patienten gör utifrån vad hen kan och vill, med hjälp av sitt nätverk, vad vården gör och när och vart patienten ska söka vård."),
        (Step::Planning, _) => sv("En överblick av dina planer hos olika vårdgivare – region, kommun eller privat – och hjälp att samordna dem. Det är inte ditt ansvar att samordna din vård."),
        (Step::Contacts, _) => sv("Vem i vården du kan vända dig till, och hur du enkelt tar kontakt. Om du behöver en fast vårdkontakt, och vilken roll den har för dig, kommer ni fram till tillsammans."),
        (Step::Schedule, Mode::Prepare) => sv("Vet du redan ditt nästa steg eller har du en tid? Skriv det du vet. Resten kommer ni överens om vid besöket."),
        (Step::Schedule, Mode::Consultation) => sv("Patienten ska veta sitt nästa steg, och ni kommer överens om nästa tid tillsammans."),
        (Step::Questions, Mode::Prepare) => Ui::QuestionsIntroPrepare.both(),
        (Step::Questions, Mode::Consultation) => Ui::QuestionsIntroConsultation.both(),
        (Step::Summary, _) => sv("Kontrollera svaren. Välj ”Ändra” för att rätta något."),
    }
}
