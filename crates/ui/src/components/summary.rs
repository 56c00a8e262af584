//! Step 7: check answers ("Ändra" links, "Ej angivet"), the kvitto with every gap linked to the
//! step that closes it, the "agreed by" block, and the exports.

use yew::prelude::*;

use super::{bound_text, localized, use_lang, StepProps};
use crate::web::export;
use crate::web::lazy::{self, Output};
use crate::web::platform;
use pk_core::content::{self, fill, Text, Ui};
use pk_core::domain::*;
use pk_core::formats::text::{gap_lines, next_time_text, prepared_time_text, reworded_mark, row_text, visit_topics};

/// What happened to the last "copy journal note".
#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Refused,
}

/// Shows a journal note just made, or that the exports module could not be had (logged); the
/// note, when there is one.
fn show_note(
    made: Result<String, String>,
    note: &UseStateHandle<Option<AttrValue>>,
    unavailable: &UseStateHandle<bool>,
) -> Option<String> {
    match made {
        Ok(text) => {
            note.set(Some(text.clone().into()));
            unavailable.set(false);
            Some(text)
        }
        Err(e) => {
            platform::warn(&format!("journal note: {e}"));
            unavailable.set(true);
            None
        }
    }
}

/// One row of a check-answers list.
struct Row {
    key: AttrValue,
    value: Html,
    /// Nothing given: listed by `short` in the section's one "Ej angivet" row instead.
    empty: bool,
    /// The name in that list (the question's number rather than its whole text).
    short: AttrValue,
}

impl Row {
    fn new(key: AttrValue, value: Html, empty: bool) -> Row {
        Row { short: key.clone(), key, value, empty }
    }
}

fn text_value(v: &str, lang: Language) -> Html {
    if v.trim().is_empty() {
        html! { <span class="pk-summary-list__empty">{ Ui::NotGiven.get(lang) }</span> }
    } else {
        html! { <span class="pk-pre-wrap">{ v.to_string() }</span> }
    }
}

fn list_value(a: &Agreement, list: ListId, lang: Language) -> Html {
    let rows: Vec<String> = (0..list.len(a)).map(|i| row_text(a, list, i, lang)).filter(|t| !t.is_empty()).collect();
    if rows.is_empty() {
        return text_value("", lang);
    }
    html! { <ul class="pk-list pk-list--bullet">{ for rows.into_iter().map(|r| html! { <li class="pk-pre-wrap">{ r }</li> }) }</ul> }
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
                Some(k) => html! { <span class="pk-pre-wrap">{ format!("{} ({})", f.get(a), k.get(lang)) }</span> },
                None => text_value(f.get(a), lang),
            };
            Row::new(label(f, a.mode, lang), value, f.get(a).trim().is_empty())
        }
        SummaryRow::Text(f) => Row::new(label(f, a.mode, lang), text_value(f.get(a), lang), f.get(a).trim().is_empty()),
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
            let t = next_time_text(&a.schedule.next_time);
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
                    format!("{v} – {}", ans.comment)
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
                            <li class="pk-pre-wrap">{ format!("{}: {}", Ui::BeforeVisit.get(lang), answer(Perspective::Before)) }</li>
                        }
                        <li class="pk-pre-wrap">{ format!("{}: {}", Ui::PatientAnswers.get(lang), answer(Perspective::Patient)) }</li>
                        <li class="pk-pre-wrap">{ format!("{}: {}", care, answer(Perspective::Professional)) }</li>
                    </ul>
                },
            };
            // A question the host reworded says so on its own row, with SKR's wording it stands
            // for; care's version, when reworded, on care's answer line with its words.
            let key = match reworded_mark(a, Perspective::Patient, n, lang) {
                Some(mark) => format!("{}. {q} ({mark})", n + 1),
                None => format!("{}. {q}", n + 1),
            };
            Row {
                key: key.into(),
                value,
                empty,
                short: fill(Ui::QuestionN.get(lang), &[("n", &(n + 1).to_string())]).into(),
            }
        }
    };
    step.summary_rows(a.mode)
        .into_iter()
        .map(|r| {
            let mut shown = row(r);
            // Not given, and not an omission either: left out rather than listed as "Ej angivet".
            if shown.empty && !r.listed_when_empty(a) {
                shown.short = AttrValue::default();
            }
            shown
        })
        .collect()
}

/// The kvitto and its gaps (consultation): "på plats" only when the agreement is marked agreed,
/// the patient's answers after going through it are all Ja and every part is documented.
fn kvitto_panel(p: &StepProps, a: &Agreement, lang: Language) -> Html {
    let ids = &p.ids;
    let k = kvitto(a);
    if k.in_place {
        return html! {
            <div class="pk-panel pk-panel--confirmation" id={ids.id("kvitto")}>
                <h2 class="pk-panel__title">{ Ui::KvittoInPlace.get(lang) }</h2>
                <p class="pk-panel__body">{ Ui::KvittoInPlaceBody.get(lang) }</p>
            </div>
        };
    }
    let go = |step: Step| {
        let st = p.state.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            st.dispatch(Command::GoTo(step));
        })
    };
    let link = |text: String, step: Step| {
        let title = content::step_title(step).get(lang);
        html! {
            <li>
                <button type="button" class="pk-link-button" onclick={go(step)}>{ text }</button>
                <span class="pk-hint pk-gap__step">{ fill(Ui::GoToStep.get(lang), &[("step", title)]) }</span>
            </li>
        }
    };
    let mut items: Vec<Html> = gap_lines(a, lang).into_iter().map(|g| link(g.text, g.step)).collect();
    if k.not_agreed {
        let i = ids.clone();
        let to_agreed_by = Callback::from(move |_: MouseEvent| {
            let ids = &i;
            ids.focus(&ids.id("agreed-by-title"));
            ids.scroll_into_view(&ids.id("agreed-by-title"));
        });
        items.push(html! {
            <li><button type="button" class="pk-link-button" id={ids.id("gap-not-agreed")} onclick={to_agreed_by}>{ Ui::GapNotAgreed.get(lang) }</button></li>
        });
    }
    html! {
        <div class="pk-panel pk-panel--gaps" id={ids.id("kvitto")}>
            <h2 class="pk-heading-m">{ Ui::KvittoNotYet.get(lang) }</h2>
            <p class="pk-body">{ Ui::KvittoNotYetBody.get(lang) }</p>
            <ul class="pk-list pk-gaps">{ for items }</ul>
        </div>
    }
}

/// The end of a preparation: "Inför besöket", never a kvitto. What the patient has filled in,
/// and what to bring up at the visit: their own questions and the questions they answered Nej
/// or Vet inte.
fn self_check(a: &Agreement, ids: &super::Ids, lang: Language) -> Html {
    let filled: Vec<&str> = Step::NUMBERED[..5]
        .iter()
        .filter(|s| s.summary_rows(a.mode).iter().any(|r| r.is_given(a)))
        .map(|s| content::step_title(*s).get(lang))
        .collect();
    let topics = visit_topics(a, lang);
    html! {
        <div class="pk-panel pk-panel--prepared" id={ids.id("self-check")}>
            <h2 class="pk-heading-m">{ Ui::SelfCheckTitle.get(lang) }</h2>
            <p class="pk-body">{ Ui::SelfCheckBody.get(lang) }</p>
            <h3 class="pk-heading-s">{ Ui::SelfCheckFilled.get(lang) }</h3>
            if filled.is_empty() {
                <p class="pk-body">{ Ui::NotGiven.get(lang) }</p>
            } else {
                <ul class="pk-list pk-list--bullet">{ for filled.iter().map(|t| html! { <li>{ *t }</li> }) }</ul>
            }
            <h3 class="pk-heading-s">{ Ui::SelfCheckTopics.get(lang) }</h3>
            if topics.is_empty() {
                <p class="pk-body">{ Ui::NotGiven.get(lang) }</p>
            } else {
                <ul class="pk-list pk-list--bullet" id={ids.id("visit-topics")}>{ for topics.into_iter().map(|t| html! { <li class="pk-pre-wrap">{ t }</li> }) }</ul>
            }
        </div>
    }
}

/// The step.
#[component]
pub fn Summary(p: &StepProps) -> Html {
    let lang = use_lang();
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    let sections =
        [Step::WhatMatters, Step::Commitments, Step::Planning, Step::Contacts, Step::Schedule, Step::Questions];
    let download = {
        let st = p.state.clone();
        let host = ids.host().cloned();
        Callback::from(move |_: MouseEvent| export::download_json(&st.session.agreement, host.as_ref()))
    };
    let print = Callback::from(|_: MouseEvent| export::print());
    // The journal note and the FHIR files are made by the exports module (web::lazy; the app
    // fetches it once a consultation has begun). Until the note is there the card says it is
    // being made; if the module cannot be fetched the card says so and the buttons try again.
    let note = use_state(|| None::<AttrValue>);
    let unavailable = use_state(|| false);
    let generation = use_mut_ref(|| 0_u64);
    {
        let (note, unavailable, generation) = (note.clone(), unavailable.clone(), generation.clone());
        let consultation = a.mode == Mode::Consultation;
        use_effect_with(a.clone(), move |a| {
            if consultation {
                *generation.borrow_mut() += 1;
                let mine = *generation.borrow();
                let a = a.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let made = lazy::make(Output::JournalNote, &a, "").await;
                    // A newer agreement's note may have been asked for meanwhile: it wins.
                    if *generation.borrow() == mine {
                        show_note(made, &note, &unavailable);
                    }
                });
            }
        });
    }
    let fhir = |output: Output| {
        let st = p.state.clone();
        let host = ids.host().cloned();
        let unavailable = unavailable.clone();
        Callback::from(move |_: MouseEvent| {
            let a = st.session.agreement.clone();
            let host = host.clone();
            let unavailable = unavailable.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let done = export::download_fhir(output, &a, host.as_ref()).await;
                if let Err(e) = &done {
                    platform::warn(&format!("download failed: {e}"));
                }
                unavailable.set(done.is_err());
            });
        })
    };
    let download_fhir = fhir(Output::FhirBundle);
    let download_fhir_document = fhir(Output::FhirDocument);
    let copy = use_state(|| CopyState::Idle);
    let on_copy = {
        let copy = copy.clone();
        let st = p.state.clone();
        let (note, unavailable) = (note.clone(), unavailable.clone());
        Callback::from(move |_: MouseEvent| {
            let copy = copy.clone();
            let a = st.session.agreement.clone();
            let (note, unavailable) = (note.clone(), unavailable.clone());
            // The note of the agreement as it is now (the one on screen may be a moment old).
            wasm_bindgen_futures::spawn_local(async move {
                let made = lazy::make(Output::JournalNote, &a, "").await;
                if let Some(text) = show_note(made, &note, &unavailable) {
                    copy.set(if export::copy_text(&text).await { CopyState::Copied } else { CopyState::Refused });
                }
            });
        })
    };
    // When copying is refused, the note is shown selected so the user can copy it by hand.
    {
        let refused = *copy == CopyState::Refused;
        let ids = ids.clone();
        use_effect_with(refused, move |refused| {
            if *refused {
                ids.select_text(&ids.id("journal-note"));
            }
        });
    }
    let mark = {
        let edit = p.edit();
        let agreed = a.status == Status::Agreed;
        Callback::from(move |_: MouseEvent| edit.emit(if agreed { Action::Reopen } else { Action::MarkAgreed }))
    };
    // What is already known is filled in: the patient's name from step 1 and today's date, so
    // marking as agreed does not ask again. Only empty fields of a draft, once on arrival.
    {
        let edit = p.edit();
        let prefill: Vec<(TextField, String)> = if a.mode == Mode::Consultation && a.status == Status::Draft {
            let mut v = Vec::new();
            if a.agreed_by.patient_name.trim().is_empty() && !a.patient.name.trim().is_empty() {
                v.push((TextField::AgreedPatientName, a.patient.name.clone()));
            }
            if a.agreed_by.date.is_none() {
                v.push((TextField::AgreedDate, platform::today()));
            }
            v
        } else {
            Vec::new()
        };
        use_effect_with((), move |_| {
            for (f, v) in prefill {
                edit.emit(Action::SetText(f, v));
            }
        });
    }
    let exports = html! {
        <section class="pk-summary-card" aria-labelledby={ids.id("exports-title")}>
            <h2 class="pk-heading-m" id={ids.id("exports-title")}>{ Ui::ExportsTitle.get(lang) }</h2>
            if a.mode == Mode::Prepare {
                <p class="pk-body" id={ids.id("save-hint")}>{ Ui::SaveToBringHint.get(lang) }</p>
            }
            <div class="pk-button-group">
                // One primary button per page: saving, when preparing; marking as agreed, in the
                // consultation.
                <button type="button" id={ids.id("download-json")} onclick={download}
                    class={classes!("pk-button", (a.mode == Mode::Consultation).then_some("pk-button--secondary"))}
                    aria-describedby={(a.mode == Mode::Prepare).then(|| ids.id("save-hint"))}>
                    { if a.mode == Mode::Prepare { Ui::SaveToBring.get(lang) } else { Ui::DownloadJson.get(lang) } }
                </button>
                <button type="button" class="pk-button pk-button--secondary" onclick={print}>{ Ui::Print.get(lang) }</button>
            </div>
        </section>
    };
    html! {
        <>
            if a.mode == Mode::Consultation { { kvitto_panel(p, a, lang) } } else { { self_check(a, ids, lang) } { exports.clone() } }
            { for sections.iter().map(|step| {
                let st = p.state.clone();
                let step = *step;
                let title = content::step_title(step).get(lang);
                let (empty, given): (Vec<Row>, Vec<Row>) = rows_for(step, a, lang).into_iter().partition(|r| r.empty);
                // What was not given is one row, not one "Ej angivet" per field: a short answer
                // makes a short summary.
                let missing: Vec<AttrValue> = empty.into_iter().map(|r| r.short).filter(|s| !s.is_empty()).collect();
                let fill_in = {
                    let st = st.clone();
                    Callback::from(move |_: MouseEvent| st.dispatch(Command::GoTo(step)))
                };
                html! {
                    <section class="pk-summary-card" aria-labelledby={ids.id(&format!("summary-{}", step.key()))}>
                        <h2 class="pk-heading-m" id={ids.id(&format!("summary-{}", step.key()))}>{ title }</h2>
                        <dl class="pk-summary-list">
                            { for given.into_iter().map(|row| {
                                let st = st.clone();
                                let onclick = Callback::from(move |_: MouseEvent| st.dispatch(Command::GoTo(step)));
                                html! {
                                    <div class="pk-summary-list__row">
                                        <dt class="pk-summary-list__key">{ row.key.clone() }</dt>
                                        <dd class="pk-summary-list__value">{ row.value }</dd>
                                        <dd class="pk-summary-list__actions">
                                            <button type="button" class="pk-link-button" {onclick}>
                                                { Ui::Change.get(lang) }<span class="pk-visually-hidden">{ format!(" {}", row.key) }</span>
                                            </button>
                                        </dd>
                                    </div>
                                }
                            }) }
                            if !missing.is_empty() {
                                <div class="pk-summary-list__row pk-summary-list__row--missing">
                                    <dt class="pk-summary-list__key">{ Ui::NotGiven.get(lang) }</dt>
                                    <dd class="pk-summary-list__value">{ missing.join(", ") }</dd>
                                    <dd class="pk-summary-list__actions">
                                        <button type="button" class="pk-link-button" onclick={fill_in}>
                                            { Ui::FillIn.get(lang) }<span class="pk-visually-hidden">{ format!(" {title}") }</span>
                                        </button>
                                    </dd>
                                </div>
                            }
                        </dl>
                    </section>
                }
            }) }
            if a.mode == Mode::Consultation {
                <section class="pk-summary-card" aria-labelledby={ids.id("agreed-by-title")}>
                    <h2 class="pk-heading-m" id={ids.id("agreed-by-title")} tabindex="-1">{ Ui::AgreedByTitle.get(lang) }</h2>
                    <p class="pk-body">
                        { Ui::StatusLabel.get(lang) }{ ": " }
                        <strong class={classes!("pk-tag", (a.status == Status::Agreed).then_some("pk-tag--agreed"))} id={ids.id("status")}>
                            { if a.status == Status::Agreed { Ui::StatusAgreed.get(lang) } else { Ui::StatusDraft.get(lang) } }
                        </strong>
                    </p>
                    { bound_text(p, TextField::AgreedPatientName, lang) }
                    { bound_text(p, TextField::AgreedProfessionalName, lang) }
                    { bound_text(p, TextField::AgreedRole, lang) }
                    { bound_text(p, TextField::AgreedUnit, lang) }
                    { bound_text(p, TextField::AgreedHsaId, lang) }
                    { bound_text(p, TextField::AgreedDate, lang) }
                    if a.status == Status::Agreed {
                        <p class="pk-hint" id={ids.id("reopen-hint")}>{ Ui::ReopenHint.get(lang) }</p>
                    }
                    <button type="button" id={ids.id("mark")} onclick={mark}
                        class={classes!("pk-button", (a.status == Status::Agreed).then_some("pk-button--secondary"))}
                        aria-describedby={(a.status == Status::Agreed).then(|| ids.id("reopen-hint"))}>
                        { if a.status == Status::Agreed { Ui::Reopen.get(lang) } else { Ui::MarkAgreed.get(lang) } }
                    </button>
                </section>
            }
            // The journal is for the consultation: a preparation is not an agreement.
            if a.mode == Mode::Consultation {
            <section class="pk-summary-card" aria-labelledby={ids.id("journal-title")}>
                    <h2 class="pk-heading-m" id={ids.id("journal-title")}>{ Ui::JournalTitle.get(lang) }</h2>
                    <p class="pk-hint">{ Ui::JournalHint.get(lang) }</p>
                    <div class="pk-button-group">
                        <button type="button" class="pk-button pk-button--secondary" id={ids.id("copy-note")} onclick={on_copy}>{ Ui::CopyNote.get(lang) }</button>
                        <button type="button" class="pk-button pk-button--secondary" id={ids.id("download-fhir")} onclick={download_fhir}>{ Ui::DownloadFhir.get(lang) }</button>
                        <button type="button" class="pk-button pk-button--secondary" id={ids.id("download-fhir-document")} onclick={download_fhir_document}>{ Ui::DownloadFhirDocument.get(lang) }</button>
                    </div>
                    <div role="status" class="pk-copy-status">
                        if *unavailable {
                            <p class="pk-body pk-copy-status__error">{ Ui::ExportUnavailable.get(lang) }</p>
                        } else if *copy == CopyState::Copied {
                            <p class="pk-body pk-copy-status__ok">{ Ui::NoteCopied.get(lang) }</p>
                        } else if *copy == CopyState::Refused {
                            <p class="pk-body">{ Ui::CopyRefused.get(lang) }</p>
                        }
                    </div>
                    // The note is shown before it is copied: read it, then copy it.
                    <div class="pk-form-group">
                        <label class="pk-label" for={ids.id("journal-note")}>{ Ui::NoteLabel.get(lang) }</label>
                        if note.is_none() && !*unavailable {
                            <p class="pk-hint" id={ids.id("note-preparing")}>{ Ui::NotePreparing.get(lang) }</p>
                        }
                        <textarea class="pk-textarea pk-textarea--note" id={ids.id("journal-note")} readonly=true rows="12"
                            value={(*note).clone().unwrap_or_default()}
                            aria-describedby={(note.is_none() && !*unavailable).then(|| ids.id("note-preparing"))} />
                    </div>
                </section>
            }
            if a.mode == Mode::Consultation { { exports } }
        </>
    }
}
