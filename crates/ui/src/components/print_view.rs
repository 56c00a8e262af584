//! "Mitt Patientkontrakt": the patient's A4 printout, in her own voice ("jag"). Hidden on screen;
//! the print stylesheet shows it and hides everything else of the widget. It says what she said
//! and what was agreed, each as what it is: a wish is printed as a wish, a time she wrote as hers,
//! each of the seven questions once, with her comment.

use yew::prelude::*;

use crate::components::bidi::{fill_html, text_in};
use pk_core::content::{self, fill, Ui};
use pk_core::domain::*;
use pk_core::formats::text::{next_time_text, prepared_time_text, reworded_mark, row_text};

/// Properties of [`PrintView`].
#[derive(Properties, PartialEq, Clone)]
pub struct PrintViewProps {
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
    html! { <ul>{ for rows.into_iter().map(|r| html! { <li class="pk-pre-wrap">{ text_in(&r, lang) }</li> }) }</ul> }
}

fn para(v: &str, lang: Language) -> Html {
    if v.trim().is_empty() {
        html! { <p class="pk-print__empty">{ Ui::NotGiven.get(lang) }</p> }
    } else {
        // Her own words, in the direction she wrote them (`dir="auto"`): a Swedish sentence on
        // an Arabic printout keeps its last ">" or "." at its end.
        html! { <p class="pk-pre-wrap" dir="auto">{ v.to_string() }</p> }
    }
}

fn bullets(lines: Vec<String>, lang: Language) -> Html {
    let lines: Vec<String> = lines.into_iter().filter(|s| !s.trim().is_empty()).collect();
    if lines.is_empty() {
        return para("", lang);
    }
    html! { <ul>{ for lines.into_iter().map(|n| html! { <li class="pk-pre-wrap">{ text_in(&n, lang) }</li> }) }</ul> }
}

/// Names as a list in the language's words ("A och B"), each isolated in the direction it was
/// written in.
fn names_html(names: &[&str], lang: Language) -> Html {
    let names: Vec<&str> = names.iter().copied().filter(|n| !n.trim().is_empty()).collect();
    let marks: Vec<String> = (0..names.len()).map(|i| format!("{{name{i}}}")).collect();
    let template = content::list(lang, &marks);
    let args: Vec<(&str, Html)> =
        marks.iter().zip(&names).map(|(m, n)| (&m[1..m.len() - 1], html! { <bdi>{ n.to_string() }</bdi> })).collect();
    fill_html(&template, args)
}

/// "Label: value", or nothing when the value is empty.
fn labelled(label: Ui, v: String, lang: Language) -> String {
    if v.trim().is_empty() {
        v
    } else {
        content::labelled(lang, label.get(lang), &v)
    }
}

/// Each of the seven questions once: the words she was asked (marked when the host reworded
/// them), her answer before the visit and, in a consultation, after going through it, each with
/// her comment.
fn questions(a: &Agreement, lang: Language) -> Vec<Html> {
    let sides: &[(Perspective, Ui)] = match a.mode {
        Mode::Prepare => &[(Perspective::Before, Ui::PrintMyAnswerBefore)],
        Mode::Consultation => {
            &[(Perspective::Before, Ui::PrintMyAnswerBefore), (Perspective::Patient, Ui::PrintMyAnswerAfter)]
        }
    };
    (0..QUESTION_COUNT)
        .filter_map(|n| {
            let answers: Vec<String> = sides
                .iter()
                .filter_map(|(p, label)| {
                    let ans = &a.answers.of(*p)[n];
                    let value = ans.value.map(|v| content::tri(v).get(lang))?;
                    let comment = ans.comment.trim();
                    Some(if comment.is_empty() {
                        content::labelled(lang, label.get(lang), value)
                    } else {
                        let said = fill(Ui::ValueComment.get(lang), &[("value", value), ("comment", comment)]);
                        content::labelled(lang, label.get(lang), &said)
                    })
                })
                .collect();
            if answers.is_empty() {
                return None;
            }
            let q = content::asked(a, Perspective::Patient, n, lang);
            let numbered = fill(Ui::NumberedQuestion.get(lang), &[("n", &(n + 1).to_string()), ("question", q)]);
            let asked = match reworded_mark(a, Perspective::Patient, n, lang) {
                Some(mark) => fill(Ui::Parenthesised.get(lang), &[("text", &numbered), ("aside", &mark)]),
                None => numbered,
            };
            Some(html! {
                <li>
                    <p>{ text_in(&asked, lang) }</p>
                    <ul>{ for answers.into_iter().map(|t| html! { <li class="pk-pre-wrap">{ text_in(&t, lang) }</li> }) }</ul>
                </li>
            })
        })
        .collect()
}

/// The print view.
#[component]
pub fn PrintView(p: &PrintViewProps) -> Html {
    let a = &p.agreement;
    // The language the app shows (Swedish while the English texts are on their way).
    let lang = use_context::<super::Lang>().map_or(a.language, |l| l.0);
    let updated = a.updated.get(..10).unwrap_or_default();
    let consultation = a.mode == Mode::Consultation;
    // Her own voice: "Jag tar kontakt".
    let nt = &a.schedule.next_time;
    let mut next = vec![labelled(Ui::PrintNextStep, a.schedule.next_step.clone(), lang)];
    if consultation {
        let label = if a.status == Status::Agreed { Ui::AgreedTime } else { Ui::PrintNextTimeDraft };
        next.push(labelled(label, next_time_text(nt, lang), lang));
        next.extend(nt.mode.map(|m| content::contact_mode(m).get(lang).to_string()));
        next.extend(nt.initiator.map(|i| content::initiator_sentence(i, Mode::Prepare).get(lang).to_string()));
    }
    let mine = prepared_time_text(a, lang, true, Mode::Prepare);
    next.push(labelled(if consultation { Ui::PrintMyTimeBefore } else { Ui::PreparedTimeMine }, mine, lang));
    let ab = &a.agreed_by;
    // Only an agreed agreement is "Mitt patientkontrakt": a preparation or a draft says what it is.
    let title = match (a.status, a.mode) {
        (Status::Agreed, _) => Ui::PrintTitle,
        (Status::Draft, Mode::Prepare) => Ui::PrintTitlePrepared,
        (Status::Draft, Mode::Consultation) => Ui::PrintTitleDraft,
    };
    // The contact she says she has is hers to know; one she would like is a wish; one she wrote
    // without saying either is what she wrote.
    let kind = a.contacts.hers();
    let written = !ListId::PatientContacts.is_empty(a);
    let has_own = kind == HerContact::Has && written;
    let other = kind != HerContact::Has && written;
    let settled = !ListId::CareContacts.is_empty(a);
    let not_needed = !settled && a.contacts.fixed_contact_needed == Some(Tri::No);
    let settled = settled || not_needed;
    let other_heading = match kind {
        HerContact::Written => Ui::PrintWrittenContact,
        _ => Ui::PrintWishedContact,
    };
    // One sentence per answer, in her voice.
    let coordination = a.planning.coordination_need.map(|v| {
        match v {
            Tri::Yes => Ui::PrintCoordinationYes,
            Tri::No => Ui::PrintCoordinationNo,
            Tri::DontKnow => Ui::PrintCoordinationDontKnow,
        }
        .get(lang)
        .to_string()
    });
    let coordinator = labelled(Ui::PrintCoordinator, a.planning.coordinator.clone(), lang);
    let questions = questions(a, lang);
    let updated_html = fill_html(
        Ui::PrintUpdated.get(lang),
        vec![("date", html! { <bdi dir="ltr" class="pk-date">{ updated }</bdi> })],
    );
    html! {
        <div class={classes!((!p.on_screen).then_some("pk-print-only"), "pk-print")}>
            <h1 class="pk-print__title">{ title.get(lang) }</h1>
            <p class="pk-print__meta">
                if a.patient.name.trim().is_empty() {
                    { updated_html }
                } else {
                    { fill_html(Ui::PrintNameAndDate.get(lang), vec![
                        ("name", html! { <bdi class="pk-pre-wrap">{ a.patient.name.clone() }</bdi> }),
                        ("updated", updated_html),
                    ]) }
                }
            </p>
            <h2>{ Ui::PrintWhatMatters.get(lang) }</h2>
            { para(&a.what_matters.own_words, lang) }
            if !ListId::Goals.is_empty(a) { <h3>{ Ui::PrintGoals.get(lang) }</h3>{ list(a, ListId::Goals, lang) } }
            if !consultation && !a.what_matters.questions_for_visit.trim().is_empty() {
                <h2>{ Ui::PrintTopics.get(lang) }</h2>
                { para(&a.what_matters.questions_for_visit, lang) }
            }
            <section class="pk-print__box">
                <h2>{ Ui::WhenToSeekCare.get(lang) }</h2>
                { list(a, ListId::WarningSigns, lang) }
                if consultation {
                    // Settled in the consultation: who it is, or that none is needed. The one she
                    // says she has, not confirmed there, is printed as hers.
                    if settled || !has_own {
                        <h3>{ Ui::PrintMyContact.get(lang) }</h3>
                        if not_needed { <p>{ Ui::PrintContactNotNeeded.get(lang) }</p> } else { { list(a, ListId::CareContacts, lang) } }
                    }
                    if has_own {
                        <h3>{ Ui::PrintStatedContact.get(lang) }</h3>
                        { list(a, ListId::PatientContacts, lang) }
                    }
                } else if has_own {
                    <h3>{ Ui::PrintMyContact.get(lang) }</h3>
                    { list(a, ListId::PatientContacts, lang) }
                }
                <h3>{ Ui::PrintRoutes.get(lang) }</h3>
                { list(a, ListId::Routes, lang) }
            </section>
            <h2>{ content::list_text(ListId::SelfCare, Mode::Prepare).heading.get(lang) }</h2>
            { list(a, ListId::SelfCare, lang) }
            if consultation {
                <h2>{ content::list_text(ListId::CareActions, a.mode).heading.get(lang) }</h2>
                { list(a, ListId::CareActions, lang) }
            }
            if !ListId::CareWishes.is_empty(a) {
                <h2>{ Ui::PrintWishes.get(lang) }</h2>
                { list(a, ListId::CareWishes, lang) }
            }
            if other || (!consultation && kind == HerContact::Wished) {
                <h2>{ other_heading.get(lang) }</h2>
                if other { { list(a, ListId::PatientContacts, lang) } } else { <p>{ Ui::PrintWantsContact.get(lang) }</p> }
            }
            <h2>{ Ui::PrintPlans.get(lang) }</h2>
            { list(a, ListId::Plans, lang) }
            { bullets(coordination.into_iter().chain([coordinator]).collect(), lang) }
            if !ListId::Relatives.is_empty(a) {
                <h2>{ content::list_text(ListId::Relatives, a.mode).heading.get(lang) }</h2>
                { list(a, ListId::Relatives, lang) }
            }
            <h2>{ Ui::PrintNext.get(lang) }</h2>
            { bullets(next, lang) }
            if !questions.is_empty() {
                <h2>{ Ui::PrintAnswers.get(lang) }</h2>
                <ul class="pk-print__questions">{ for questions }</ul>
            }
            if a.status == Status::Agreed {
                <p class="pk-print__agreed pk-pre-wrap">{ fill_html(Ui::PrintAgreed.get(lang), vec![
                    ("date", html! { <bdi dir="ltr" class="pk-date">{ ab.date.as_deref().unwrap_or_default() }</bdi> }),
                    ("names", names_html(&[&ab.patient_name, &ab.professional_name], lang)),
                ]) }</p>
            }
        </div>
    }
}
