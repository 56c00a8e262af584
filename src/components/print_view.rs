//! "Mitt patientkontrakt": the patient's A4 printout. Hidden on screen; the print stylesheet
//! shows it and hides everything else of the widget.

use yew::prelude::*;

use crate::content::{self, fill, Ui};
use crate::domain::*;
use crate::formats::text::{next_time_text, row_text, visit_topics};

/// Properties of [`PrintView`].
#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// What to print.
    pub agreement: Agreement,
    /// Shown on screen too (the read-only view), not only when printing.
    #[prop_or_default]
    pub on_screen: bool,
}

fn list(a: &Agreement, l: ListId, lang: Language) -> Html {
    let rows: Vec<String> = (0..l.len(a)).map(|i| row_text(a, l, i, lang)).filter(|t| !t.is_empty()).collect();
    if rows.is_empty() {
        return html! { <p class="pk-print__empty">{ Ui::NotGiven.get(lang) }</p> };
    }
    html! { <ul>{ for rows.into_iter().map(|r| html! { <li class="pk-pre-wrap">{ r }</li> }) }</ul> }
}

fn para(v: &str, lang: Language) -> Html {
    if v.trim().is_empty() {
        html! { <p class="pk-print__empty">{ Ui::NotGiven.get(lang) }</p> }
    } else {
        html! { <p class="pk-pre-wrap">{ v.to_string() }</p> }
    }
}

/// The print view.
#[component]
pub fn PrintView(p: &Props) -> Html {
    let a = &p.agreement;
    // The language the app shows (Swedish while the English texts are on their way).
    let lang = use_context::<super::Lang>().map_or(a.language, |l| l.0);
    let heading = |l: ListId| content::list_text(l, a.mode).heading.get(lang);
    let updated = a.updated.get(..10).unwrap_or_default();
    let nt = next_time_text(&a.schedule.next_time);
    let labelled = |label: Ui, v: String| if v.trim().is_empty() { v } else { format!("{}: {v}", label.get(lang)) };
    let mut next = vec![labelled(Ui::PrintNextStep, a.schedule.next_step.clone()), labelled(Ui::PrintNextTime, nt)];
    if let Some(m) = a.schedule.next_time.mode {
        next.push(content::contact_mode(m).get(lang).to_string());
    }
    if let Some(i) = a.schedule.next_time.initiator {
        next.push(format!("{}: {}", Ui::PrintInitiator.get(lang), content::initiator(i, a.mode).get(lang)));
    }
    let next: Vec<String> = next.into_iter().filter(|s| !s.trim().is_empty()).collect();
    let ab = &a.agreed_by;
    let topics = visit_topics(a, lang);
    // Only an agreed agreement is "Mitt patientkontrakt": a preparation or a draft says what it is.
    let title = match (a.status, a.mode) {
        (Status::Agreed, _) => Ui::PrintTitle,
        (Status::Draft, Mode::Prepare) => Ui::PrintTitlePrepared,
        (Status::Draft, Mode::Consultation) => Ui::PrintTitleDraft,
    };
    let answers: Vec<String> = (0..QUESTION_COUNT)
        .filter_map(|n| {
            let word = |p: Perspective| a.answers.of(p)[n].value.map(|v| content::tri(v).get(lang));
            let mut parts = Vec::new();
            if let Some(v) = word(Perspective::Before) {
                parts.push(format!("{} {v}", Ui::PrintAnswersBefore.get(lang)));
            }
            if a.mode == Mode::Consultation {
                if let Some(v) = word(Perspective::Patient) {
                    parts.push(format!("{} {v}", Ui::PrintAnswersAfter.get(lang)));
                }
            }
            let q = content::asked(a, Perspective::Patient, n, lang);
            (!parts.is_empty()).then(|| format!("{}. {q} {}", n + 1, parts.join(", ")))
        })
        .collect();
    html! {
        <div class={classes!((!p.on_screen).then_some("pk-print-only"), "pk-print")}>
            <h1 class="pk-print__title">{ title.get(lang) }</h1>
            <p class="pk-print__meta">
                if !a.patient.name.trim().is_empty() { <span class="pk-pre-wrap">{ a.patient.name.clone() }</span>{ " · " } }
                { fill(Ui::PrintUpdated.get(lang), &[("date", updated)]) }
            </p>
            <h2>{ Ui::PrintWhatMatters.get(lang) }</h2>
            { para(&a.what_matters.own_words, lang) }
            if !ListId::Goals.is_empty(a) { <h3>{ heading(ListId::Goals) }</h3>{ list(a, ListId::Goals, lang) } }
            <section class="pk-print__box">
                <h2>{ Ui::WhenToSeekCare.get(lang) }</h2>
                { list(a, ListId::WarningSigns, lang) }
                <h3>{ heading(ListId::CareContacts) }</h3>
                { list(a, ListId::CareContacts, lang) }
                <h3>{ heading(ListId::Routes) }</h3>
                { list(a, ListId::Routes, lang) }
            </section>
            <h2>{ heading(ListId::SelfCare) }</h2>
            { list(a, ListId::SelfCare, lang) }
            if a.mode == Mode::Consultation {
                <h2>{ heading(ListId::CareActions) }</h2>
                { list(a, ListId::CareActions, lang) }
            }
            if !ListId::CareWishes.is_empty(a) {
                <h2>{ Ui::PrintWishes.get(lang) }</h2>
                { list(a, ListId::CareWishes, lang) }
            }
            <h2>{ Ui::PrintPlans.get(lang) }</h2>
            { list(a, ListId::Plans, lang) }
            if !a.planning.coordinator.trim().is_empty() {
                <p class="pk-pre-wrap">{ format!("{}: {}", Ui::PrintCoordinator.get(lang), a.planning.coordinator) }</p>
            }
            if a.mode == Mode::Prepare {
                <h2>{ Ui::SelfCheckTopics.get(lang) }</h2>
                if topics.is_empty() { { para("", lang) } } else { <ul>{ for topics.into_iter().map(|t| html! { <li class="pk-pre-wrap">{ t }</li> }) }</ul> }
            }
            if !ListId::Relatives.is_empty(a) {
                <h2>{ heading(ListId::Relatives) }</h2>
                { list(a, ListId::Relatives, lang) }
            }
            <h2>{ Ui::PrintNext.get(lang) }</h2>
            if next.is_empty() { { para("", lang) } } else { <ul>{ for next.into_iter().map(|n| html! { <li class="pk-pre-wrap">{ n }</li> }) }</ul> }
            if !answers.is_empty() {
                <h2>{ Ui::PrintAnswers.get(lang) }</h2>
                <ul>{ for answers.into_iter().map(|t| html! { <li>{ t }</li> }) }</ul>
            }
            if a.status == Status::Agreed {
                <p class="pk-print__agreed pk-pre-wrap">{ fill(Ui::PrintAgreed.get(lang), &[
                    ("date", ab.date.as_deref().unwrap_or_default()),
                    ("names", &format!("{}, {}", ab.patient_name, ab.professional_name)),
                ]) }</p>
            }
        </div>
    }
}
