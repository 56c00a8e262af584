//! The summary's check answers: one card per step, a row per answer with an "Ändra" link, and
//! what was not given as one "Ej angivet" row.

use yew::prelude::*;

use crate::components::bidi::fill_html;
use crate::components::bind::{localized, StepProps};
use pk_core::content::{self, fill, Text, Ui};
use pk_core::domain::*;
use pk_core::formats::text::{next_time_text, prepared_time_text, reworded_mark, row_text};

/// One row of a check-answers list.
struct Row {
    key: AttrValue,
    value: Html,
    /// Nothing given: listed by `short` in the section's one "Ej angivet" row instead.
    empty: bool,
    /// The name in that list (the question's number rather than its whole text).
    short: AttrValue,
    /// The field its "Ändra" focuses ([`SummaryRow::field`]).
    field: Option<FieldRef>,
    /// The summary row it shows.
    row: Option<SummaryRow>,
}

impl Row {
    fn new(key: AttrValue, value: Html, empty: bool) -> Row {
        Row { short: key.clone(), key, value, empty, field: None, row: None }
    }
}

fn text_value(v: &str, lang: Language) -> Html {
    if v.trim().is_empty() {
        html! { <span class="pk-summary-list__empty">{ Ui::NotGiven.get(lang) }</span> }
    } else {
        html! { <span class="pk-pre-wrap">{ crate::components::bidi::text_in(v, lang) }</span> }
    }
}

fn list_value(a: &Agreement, list: ListId, lang: Language) -> Html {
    let rows: Vec<String> = (0..list.len(a)).map(|i| row_text(a, list, i, lang)).filter(|t| !t.is_empty()).collect();
    if rows.is_empty() {
        return text_value("", lang);
    }
    html! { <ul class="pk-list pk-list--bullet">{ for rows.into_iter().map(|r| html! { <li class="pk-pre-wrap">{ crate::components::bidi::text_in(&r, lang) }</li> }) }</ul> }
}

fn opt_value(v: Option<Text>, lang: Language) -> Html {
    match v {
        Some(t) => html! { { t.get(lang) } },
        None => text_value("", lang),
    }
}

fn label(f: TextField, mode: Mode, lang: Language) -> AttrValue {
    localized(content::text_field_in(f, mode).label, lang)
}

fn list_label(a: &Agreement, l: ListId, lang: Language) -> AttrValue {
    localized(content::list_text_for(a, l).heading, lang)
}

fn rows_for(step: Step, a: &Agreement, lang: Language) -> Vec<Row> {
    let row = |r: SummaryRow| match r {
        // Say which kind of number the patient gave: the journal files them differently.
        SummaryRow::Text(f @ TextField::PersonalNumber) => {
            let kind = checks::check_personal_number(f.get(a)).ok().map(|d| match checks::identity_kind(&d) {
                checks::IdentityKind::Personnummer => Ui::Personnummer,
                checks::IdentityKind::Samordningsnummer => Ui::Samordningsnummer,
            });
            let value = match kind {
                Some(k) => html! {
                    <span class="pk-pre-wrap">{ fill_html(Ui::Parenthesised.get(lang), vec![
                        ("text", html! { <bdi dir="ltr" class="pk-nowrap">{ f.get(a) }</bdi> }),
                        ("aside", html! { { k.get(lang) } }),
                    ]) }</span>
                },
                None => text_value(f.get(a), lang),
            };
            Row::new(label(f, a.mode, lang), value, f.get(a).trim().is_empty())
        }
        // Her own words, isolated in the direction they were written in (`<bdi>`).
        SummaryRow::Text(f) if !f.get(a).trim().is_empty() => {
            Row::new(label(f, a.mode, lang), html! { <span class="pk-pre-wrap"><bdi>{ f.get(a) }</bdi></span> }, false)
        }
        SummaryRow::Text(f) => Row::new(label(f, a.mode, lang), text_value(f.get(a), lang), true),
        SummaryRow::List(l) => Row::new(
            list_label(a, l, lang),
            list_value(a, l, lang),
            (0..l.len(a)).all(|i| row_text(a, l, i, lang).is_empty()),
        ),
        SummaryRow::Choice(c) => {
            let v = content::choice(c.get(a), a.mode);
            Row::new(localized(content::choice_label_in(c, a.mode), lang), opt_value(v, lang), v.is_none())
        }
        // A box not ticked is not an answer: shown only when ticked.
        SummaryRow::Flag(f) => Row {
            key: localized(content::flag(f), lang),
            value: html! { { content::tri(Tri::Yes).get(lang) } },
            empty: !f.get(a),
            short: AttrValue::default(),
            field: None,
            row: None,
        },
        SummaryRow::Time(TimeSlot::Prepared) => {
            let (key, how) = match a.mode {
                Mode::Prepare => (Ui::PrintNextTime, false),
                Mode::Consultation => (Ui::PreparedTimeTitle, true),
            };
            let t = prepared_time_text(a, lang, how, a.mode);
            Row::new(localized(key.both(), lang), text_value(&t, lang), !r.is_given(a))
        }
        // "Överenskommen" only once the agreement is marked agreed.
        SummaryRow::Time(TimeSlot::Next) => {
            let t = next_time_text(&a.schedule.next_time, lang);
            let key = if a.status == Status::Agreed { Ui::AgreedTime } else { Ui::NextTimeLegend };
            Row::new(localized(key.both(), lang), text_value(&t, lang), !r.is_given(a))
        }
        SummaryRow::Question(n) => {
            let q = content::asked(a, Perspective::Patient, n, lang);
            let answer = |p: Perspective| {
                let ans = &a.answers.of(p)[n];
                let v = ans.value.map(|v| content::tri(v).get(lang)).unwrap_or(Ui::NotGiven.get(lang));
                if ans.comment.trim().is_empty() {
                    v.to_string()
                } else {
                    fill(Ui::ValueComment.get(lang), &[("value", v), ("comment", &ans.comment)])
                }
            };
            let before_given = a.answers.before[n].value.is_some();
            let care = match reworded_mark(a, Perspective::Professional, n, lang) {
                Some(mark) => fill(
                    Ui::RewordedAnswer.get(lang),
                    &[
                        ("who", Ui::ProfessionalAnswers.get(lang)),
                        ("asked", content::asked(a, Perspective::Professional, n, lang)),
                        ("mark", &mark),
                    ],
                ),
                None => Ui::ProfessionalAnswers.get(lang).to_string(),
            };
            let sides: &[Perspective] = match a.mode {
                Mode::Prepare => &[Perspective::Before],
                Mode::Consultation => &Perspective::ALL,
            };
            let empty = sides
                .iter()
                .all(|p| a.answers.of(*p)[n].value.is_none() && a.answers.of(*p)[n].comment.trim().is_empty());
            let value = match a.mode {
                Mode::Prepare => html! { <span class="pk-pre-wrap">{ answer(Perspective::Before) }</span> },
                Mode::Consultation => html! {
                    <ul class="pk-list">
                        if before_given {
                            <li class="pk-pre-wrap">{ content::labelled(lang, Ui::BeforeVisit.get(lang), &answer(Perspective::Before)) }</li>
                        }
                        <li class="pk-pre-wrap">{ content::labelled(lang, Ui::PatientAnswers.get(lang), &answer(Perspective::Patient)) }</li>
                        <li class="pk-pre-wrap">{ content::labelled(lang, &care, &answer(Perspective::Professional)) }</li>
                    </ul>
                },
            };
            // A question the host reworded says so on its own row, with SKR's wording it stands
            // for; care's version, when reworded, on care's answer line with its words.
            let numbered = fill(Ui::NumberedQuestion.get(lang), &[("n", &(n + 1).to_string()), ("question", q)]);
            let key = match reworded_mark(a, Perspective::Patient, n, lang) {
                Some(mark) => fill(Ui::Parenthesised.get(lang), &[("text", &numbered), ("aside", &mark)]),
                None => numbered,
            };
            Row {
                key: key.into(),
                value,
                empty,
                short: fill(Ui::QuestionN.get(lang), &[("n", &(n + 1).to_string())]).into(),
                field: None,
                row: None,
            }
        }
    };
    step.summary_rows(a.mode)
        .into_iter()
        .map(|r| {
            let mut shown = row(r);
            shown.field = r.field(a);
            shown.row = Some(r);
            // Not given, and not an omission either: left out rather than listed as "Ej angivet".
            if shown.empty && !r.listed_when_empty(a) {
                shown.short = AttrValue::default();
            }
            shown
        })
        .collect()
}

/// One step's card: what was given, each with "Ändra", and what was not as one "Ej angivet" row.
pub(super) fn section(p: &StepProps, step: Step, lang: Language) -> Html {
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    let st = p.state.clone();
    // Locked means locked: no "Ändra" or "Fyll i" until "Ändra överenskommelsen".
    let locked = a.status == Status::Agreed;
    let title = content::step_title(step).get(lang);
    let (empty, given): (Vec<Row>, Vec<Row>) = rows_for(step, a, lang).into_iter().partition(|r| r.empty);
    // What was not given is one row, not one "Ej angivet" per field: a short answer
    // makes a short summary.
    let empty: Vec<Row> = empty.into_iter().filter(|r| !r.short.is_empty()).collect();
    // "Fyll i" goes to the page that asks the first of them.
    let first = empty.first().and_then(|r| r.row).map_or(Command::GoTo(step), Command::GoToRow);
    let missing: Vec<AttrValue> = empty.into_iter().map(|r| r.short).collect();
    let fill_in = {
        let st = st.clone();
        Callback::from(move |_: MouseEvent| st.dispatch(first.clone()))
    };
    // Her own answers to the seven questions, read aloud when she asks.
    let listen = match step {
        Step::Questions => {
            super::super::listen::listen(&p.aloud, ids.id("listen-answers"), her_answers(a, lang), Some(title), lang)
        }
        _ => Html::default(),
    };
    html! {
        <section class="pk-summary-card" aria-labelledby={ids.id(&format!("summary-{}", step.key()))}>
            <@{ids.h(1)} class="pk-heading-m" id={ids.id(&format!("summary-{}", step.key()))}>{ title }</@>
            { listen }
            <dl class="pk-summary-list">
                { for given.into_iter().map(|row| {
                    let st = st.clone();
                    // "Ändra" goes to the field it names, focused; else to the step.
                    let go = row.field.map_or(Command::GoTo(step), Command::Fix);
                    let onclick = Callback::from(move |_: MouseEvent| st.dispatch(go.clone()));
                    html! {
                        <div class="pk-summary-list__row">
                            <dt class="pk-summary-list__key">{ row.key.clone() }</dt>
                            <dd class="pk-summary-list__value">{ row.value }</dd>
                            if !locked {
                                <dd class="pk-summary-list__actions">
                                    <button type="button" class="pk-link-button" {onclick}
                                        aria-label={fill(Ui::ChangeNamed.get(lang), &[("name", row.key.as_str())])}>
                                        { Ui::Change.get(lang) }
                                    </button>
                                </dd>
                            }
                        </div>
                    }
                }) }
                if !missing.is_empty() {
                    <div class="pk-summary-list__row pk-summary-list__row--missing">
                        <dt class="pk-summary-list__key">{ Ui::NotGiven.get(lang) }</dt>
                        <dd class="pk-summary-list__value">{ content::list(lang, &missing) }</dd>
                        if !locked {
                            <dd class="pk-summary-list__actions">
                                <button type="button" class="pk-link-button" onclick={fill_in}
                                    aria-label={fill(Ui::FillInNamed.get(lang), &[("name", title)])}>
                                    { Ui::FillIn.get(lang) }
                                </button>
                            </dd>
                        }
                    </div>
                }
            </dl>
        </section>
    }
}

/// What "Lyssna" reads on the summary's card of the seven questions: each question she answered,
/// as shown, and her answer with her comment (before the visit when preparing, after going
/// through the agreement in the consultation).
fn her_answers(a: &Agreement, lang: Language) -> Vec<String> {
    let hers = match a.mode {
        Mode::Prepare => Perspective::Before,
        Mode::Consultation => Perspective::Patient,
    };
    let mut texts = Vec::new();
    for (n, ans) in a.answers.of(hers).iter().enumerate() {
        let Some(v) = ans.value else { continue };
        let asked = content::asked(a, hers, n, lang);
        texts.push(fill(Ui::NumberedQuestion.get(lang), &[("n", &(n + 1).to_string()), ("question", asked)]));
        texts.push(content::tri(v).get(lang).to_string());
        if !ans.comment.trim().is_empty() {
            texts.push(ans.comment.clone());
        }
    }
    texts
}
