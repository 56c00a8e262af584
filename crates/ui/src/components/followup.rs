//! "Uppföljning för verksamheten": many saved agreements read together, in memory only, and
//! counted per question (before the visit, after the agreement, care's answers) and per part.
//! Files are read in batches with a progress line, so a thousand files never freeze the page.
//! Charts are inline SVG (patterns as well as colour) with the same figures as a visible table.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::bidi::fill_html;
use super::file_drop::FileDrop;
use super::use_lang;
use crate::web::export;
use pk_core::content::{self, fill, plural, Ui, QUESTION_TOPICS};
use pk_core::domain::envelope::ImportError;
use pk_core::domain::followup::{self, Counts, Filter, Followup as Files, TriCounts, PARTS};
use pk_core::domain::{Language, Mode, Perspective, QUESTION_COUNT};

/// Files read per batch before the page gets to draw.
const BATCH: usize = 25;

/// Properties of [`Followup`].
#[derive(Properties, PartialEq, Clone)]
pub struct FollowupProps {
    /// Close the view (what was read is forgotten).
    pub onclose: Callback<()>,
}

/// Reads every file of the list into `files`, a batch at a time, redrawing after each batch.
fn read_all(list: Vec<web_sys::File>, files: Rc<RefCell<Files>>, progress: UseStateHandle<Option<(usize, usize)>>) {
    let total = list.len();
    progress.set(Some((0, total)));
    wasm_bindgen_futures::spawn_local(async move {
        for (i, file) in list.into_iter().enumerate() {
            let name = file.name();
            if file.size() > pk_core::domain::envelope::FILE_LIMIT_BYTES as f64 {
                let bytes = file.size() as usize;
                let limit = pk_core::domain::envelope::FILE_LIMIT_BYTES;
                files.borrow_mut().add_unreadable(&name, ImportError::TooLarge { bytes, limit });
            } else {
                match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                    Ok(buf) => files.borrow_mut().add(&name, &js_sys::Uint8Array::new(&buf).to_vec()),
                    Err(_) => files.borrow_mut().add_unreadable(&name, ImportError::Unreadable),
                }
            }
            if (i + 1) % BATCH == 0 {
                progress.set(Some((i + 1, total)));
                gloo_timers::future::TimeoutFuture::new(0).await;
            }
        }
        progress.set(None);
    });
}

/// The three sets of answers of each question, in the order charts and tables show them.
const SETS: [(Perspective, Ui); 3] = [
    (Perspective::Before, Ui::FollowupBefore),
    (Perspective::Patient, Ui::FollowupAfter),
    (Perspective::Professional, Ui::FollowupCare),
];

/// "Fråga 1: …", the question's number and topic.
fn question_topic(n: usize, lang: Language) -> String {
    fill(Ui::QuestionNTopic.get(lang), &[("n", &(n + 1).to_string()), ("topic", QUESTION_TOPICS[n].get(lang))])
}

/// One stacked bar per set of answers: Ja solid, Nej hatched, Vet inte dotted, not answered
/// empty; each segment labelled with its count.
fn chart(n: usize, q: &followup::QuestionCounts, ids: &super::Ids, lang: Language) -> Html {
    let sets = SETS;
    let (w, label_w, bar_h, gap) = (720.0_f64, 300.0_f64, 28.0_f64, 14.0_f64);
    let height = sets.len() as f64 * (bar_h + gap) + 30.0;
    let id = |k: &str| ids.id(&format!("fu-{k}-{n}"));
    // Mirrored in a language written right to left: the names on the right, the bars growing
    // leftwards from them, the legend from the right (the SVG's x runs left to right whatever
    // the page's direction; its text starts at `x` in the page's direction).
    let rtl = lang.info().dir == pk_core::domain::language::Direction::Rtl;
    let at = move |x: f64, width: f64| if rtl { w - x - width } else { x };
    let desc: Vec<String> = sets
        .iter()
        .map(|(p, name)| {
            let t = q.of(*p);
            fill(
                Ui::FollowupChartDesc.get(lang),
                &[
                    ("set", name.get(lang)),
                    ("yes", &t.yes.to_string()),
                    ("no", &t.no.to_string()),
                    ("dont_know", &t.dont_know.to_string()),
                    ("unanswered", &t.unanswered.to_string()),
                ],
            )
        })
        .collect();
    let bars = sets.iter().enumerate().map(|(row, (p, name))| {
        let t: &TriCounts = q.of(*p);
        let total = t.total().max(1) as f64;
        let y = row as f64 * (bar_h + gap) + 4.0;
        let mut x = label_w;
        let segments = [
            (t.yes, format!("url(#{})", id("yes"))),
            (t.no, format!("url(#{})", id("no"))),
            (t.dont_know, format!("url(#{})", id("dk"))),
            (t.unanswered, "#ffffff".to_string()),
        ];
        let rects = segments.into_iter().filter(|(c, _)| *c > 0).map(|(count, paint)| {
            let width = (w - label_w - 10.0) * count as f64 / total;
            let html = html! {
                <g>
                    <rect x={format!("{:.1}", at(x, width))} y={format!("{y:.1}")} width={format!("{width:.1}")} height={format!("{bar_h}")}
                        fill={paint} stroke="#0b0c0c" stroke-width="1" />
                    if width >= 24.0 {
                        <text x={format!("{:.1}", at(x + width / 2.0, 0.0))} y={format!("{:.1}", y + bar_h / 2.0 + 5.0)}
                            text-anchor="middle" font-size="14" font-weight="700" fill="#0b0c0c" stroke="#ffffff"
                            stroke-width="4" paint-order="stroke" class="pk-fu-count">{ count }</text>
                    }
                </g>
            };
            x += width;
            html
        });
        html! {
            <g>
                <text x={format!("{:.1}", at(0.0, 0.0))} y={format!("{:.1}", y + bar_h / 2.0 + 5.0)} font-size="15" fill="#0b0c0c" class="pk-fu-set">{ name.get(lang) }</text>
                { for rects }
            </g>
        }
    });
    let legend_y = height - 8.0;
    let legend = [
        (format!("url(#{})", id("yes")), content::tri(pk_core::domain::Tri::Yes)),
        (format!("url(#{})", id("no")), content::tri(pk_core::domain::Tri::No)),
        (format!("url(#{})", id("dk")), content::tri(pk_core::domain::Tri::DontKnow)),
        ("#ffffff".to_string(), Ui::FollowupUnanswered.both()),
    ];
    html! {
        <svg class="pk-fu-chart" viewBox={format!("0 0 {w} {height}")} role="img" direction={lang.info().dir.attr()}
            aria-labelledby={format!("{} {}", id("title"), id("desc"))} xmlns="http://www.w3.org/2000/svg">
            <title id={id("title")}>{ question_topic(n, lang) }</title>
            <desc id={id("desc")}>{ desc.join(" ") }</desc>
            <defs>
                <pattern id={id("yes")} width="8" height="8" patternUnits="userSpaceOnUse">
                    <rect width="8" height="8" fill="#00703c" />
                </pattern>
                <pattern id={id("no")} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="8" height="8" fill="#f3f2f1" />
                    <rect width="3" height="8" fill="#b34700" />
                </pattern>
                <pattern id={id("dk")} width="8" height="8" patternUnits="userSpaceOnUse">
                    <rect width="8" height="8" fill="#f3f2f1" />
                    <circle cx="4" cy="4" r="2" fill="#1d70b8" />
                </pattern>
            </defs>
            { for bars }
            { for legend.into_iter().enumerate().map(|(i, (paint, word))| {
                let x = label_w + i as f64 * 100.0;
                html! {
                    <g>
                        <rect x={format!("{:.1}", at(x, 14.0))} y={format!("{:.1}", legend_y - 12.0)} width="14" height="14" fill={paint} stroke="#0b0c0c" stroke-width="1" />
                        <text x={format!("{:.1}", at(x + 18.0, 0.0))} y={format!("{legend_y:.1}")} font-size="13" fill="#0b0c0c">{ word.get(lang) }</text>
                    </g>
                }
            }) }
        </svg>
    }
}

/// The same figures as the chart, as a table.
fn table(n: usize, q: &followup::QuestionCounts, ids: &super::Ids, lang: Language) -> Html {
    let sets = SETS;
    html! {
        <table class="pk-table" id={ids.id(&format!("fu-table-{}", n + 1))}>
            <caption class="pk-visually-hidden">{ question_topic(n, lang) }</caption>
            <thead><tr>
                <th scope="col">{ Ui::FollowupAnswers.get(lang) }</th>
                <th scope="col">{ content::tri(pk_core::domain::Tri::Yes).get(lang) }</th>
                <th scope="col">{ content::tri(pk_core::domain::Tri::No).get(lang) }</th>
                <th scope="col">{ content::tri(pk_core::domain::Tri::DontKnow).get(lang) }</th>
                <th scope="col">{ Ui::FollowupUnanswered.get(lang) }</th>
            </tr></thead>
            <tbody>
                { for sets.iter().map(|(p, name)| {
                    let t = q.of(*p);
                    html! { <tr data-set={p.key()}>
                        <th scope="row">{ name.get(lang) }</th>
                        <td>{ t.yes }</td><td>{ t.no }</td><td>{ t.dont_know }</td><td>{ t.unanswered }</td>
                    </tr> }
                }) }
            </tbody>
        </table>
    }
}

/// The follow-up view.
#[component]
pub fn Followup(p: &FollowupProps) -> Html {
    let lang = use_lang();
    let ids = super::use_ids();
    let files = use_mut_ref(Files::default);
    let progress = use_state(|| None::<(usize, usize)>);
    let filter = use_state(Filter::default);

    let onfiles = {
        let files = files.clone();
        let progress = progress.clone();
        Callback::from(move |list: Vec<web_sys::File>| read_all(list, files.clone(), progress.clone()))
    };
    let set_date = |from: bool| {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let v = (!v.trim().is_empty()).then_some(v);
            let mut f = (*filter).clone();
            if from {
                f.from = v;
            } else {
                f.to = v;
            }
            filter.set(f);
        })
    };
    let set_mode = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            filter.set(Filter { mode: Mode::from_key(&v), ..(*filter).clone() });
        })
    };

    let data = files.borrow();
    let reading = *progress;
    // The figures are shown once reading is done: not counted again on every progress redraw.
    let counts: Counts = if reading.is_none() { data.counts(&filter) } else { Counts::default() };
    let csv = {
        let counts = counts.clone();
        let ids = ids.clone();
        Callback::from(move |_: MouseEvent| {
            let text = format!("\u{feff}{}", followup::csv(&counts));
            export::download_text(
                ids.host(),
                "csv",
                &export::filename("uppfoljning.csv"),
                "text/csv;charset=utf-8",
                &text,
            );
        })
    };
    let print = Callback::from(|_: MouseEvent| export::print());
    let close = {
        let onclose = p.onclose.clone();
        Callback::from(move |_: MouseEvent| onclose.emit(()))
    };
    let status = match reading {
        Some((done, total)) => {
            fill(Ui::FollowupReading.get(lang), &[("done", &done.to_string()), ("total", &total.to_string())])
        }
        None if data.files > 0 => fill(
            Ui::FollowupRead.get(lang),
            &[
                ("files", &plural::FILES_READ.get(lang, data.files as u64)),
                ("agreements", &plural::AGREEMENTS.get(lang, data.len() as u64)),
                ("merged", &plural::DUPLICATES_MERGED.get(lang, data.merged as u64)),
                ("bad", &plural::FILES_UNREADABLE.get(lang, data.bad.len() as u64)),
            ],
        ),
        None => String::new(),
    };
    html! {
        <div class="pk-followup">
            <@{ids.h(0)} class="pk-heading-l" id={ids.id("heading")} tabindex="-1">{ Ui::FollowupTitle.get(lang) }</@>
            <p class="pk-lead">{ Ui::FollowupLead.get(lang) }</p>
            <p class="pk-body pk-privacy">{ Ui::FollowupPrivacy.get(lang) }</p>
            <FileDrop id={ids.id("fu-choose")} label={Ui::FollowupChoose.get(lang)} hint={Ui::FollowupDrop.get(lang)}
                multiple=true primary=true {onfiles} />
            <p class="pk-body" role="status" id={ids.id("fu-status")}>{ status }</p>
            if !data.bad.is_empty() && reading.is_none() {
                <details class="pk-details" id={ids.id("fu-bad")}>
                    <summary class="pk-details__summary">{ fill(Ui::Parenthesised.get(lang), &[("text", Ui::FollowupBadTitle.get(lang)), ("aside", &data.bad.len().to_string())]) }</summary>
                    <ul class="pk-list pk-list--bullet">
                        { for data.bad.iter().map(|b| html! {
                            <li>
                                { fill_html(Ui::Labelled.get(lang), vec![
                                    ("label", html! { <bdi>{ b.name.clone() }</bdi> }),
                                    ("value", html! { { content::import_error(lang, &b.error) } }),
                                ]) }
                                { super::import_error_details(&b.error, lang) }
                            </li>
                        }) }
                    </ul>
                </details>
            }
            if !data.is_empty() && reading.is_none() {
                <fieldset class="pk-fieldset pk-fu-filter pk-screen-only">
                    <legend class="pk-fieldset__legend pk-fieldset__legend--m">{ Ui::FollowupFilterTitle.get(lang) }</legend>
                    <div class="pk-hint" id={ids.id("fu-date-hint")}>{ Ui::FollowupDateHint.get(lang) }</div>
                    <div class="pk-date-time">
                        <div class="pk-form-group">
                            <label class="pk-label" for={ids.id("fu-from")}>{ Ui::FollowupFrom.get(lang) }</label>
                            <input class="pk-input pk-input--width-10" type="date" dir="ltr" id={ids.id("fu-from")} aria-describedby={ids.id("fu-date-hint")}
                                value={filter.from.clone().unwrap_or_default()} onchange={set_date(true)} />
                        </div>
                        <div class="pk-form-group">
                            <label class="pk-label" for={ids.id("fu-to")}>{ Ui::FollowupTo.get(lang) }</label>
                            <input class="pk-input pk-input--width-10" type="date" dir="ltr" id={ids.id("fu-to")} aria-describedby={ids.id("fu-date-hint")}
                                value={filter.to.clone().unwrap_or_default()} onchange={set_date(false)} />
                        </div>
                    </div>
                    <div class="pk-form-group">
                        <label class="pk-label" for={ids.id("fu-mode")}>{ Ui::FollowupMode.get(lang) }</label>
                        <select class="pk-select" id={ids.id("fu-mode")} onchange={set_mode}>
                            <option value="" selected={filter.mode.is_none()}>{ Ui::FollowupModeAll.get(lang) }</option>
                            <option value="prepare" selected={filter.mode == Some(Mode::Prepare)}>{ Ui::ModePrepare.get(lang) }</option>
                            <option value="consultation" selected={filter.mode == Some(Mode::Consultation)}>{ Ui::ModeConsultation.get(lang) }</option>
                        </select>
                    </div>
                </fieldset>
                <p class="pk-body" id={ids.id("fu-counted")}><strong>{ fill(Ui::FollowupCounted.get(lang), &[
                    ("selected", &plural::SELECTED.get(lang, counts.agreements as u64)),
                    ("consultations", &counts.consultations.to_string()),
                    ("in_place", &counts.in_place.to_string()),
                ]) }</strong></p>
                if counts.agreements == 0 {
                    <p class="pk-body">{ Ui::FollowupNone.get(lang) }</p>
                } else {
                    <@{ids.h(1)} class="pk-heading-m">{ Ui::FollowupQuestionsTitle.get(lang) }</@>
                    { for (0..QUESTION_COUNT).map(|n| {
                        let q = &counts.questions[n];
                        html! {
                            <section class="pk-fu-question" aria-labelledby={ids.id(&format!("fu-q-{}", n + 1))}>
                                <@{ids.h(2)} class="pk-heading-s" id={ids.id(&format!("fu-q-{}", n + 1))}>
                                    { question_topic(n, lang) }
                                </@>
                                <p class="pk-hint">{ content::question(Perspective::Patient, n).map(|t| t.get(lang)).unwrap_or_default() }</p>
                                { chart(n, q, &ids, lang) }
                                { table(n, q, &ids, lang) }
                            </section>
                        }
                    }) }
                    <@{ids.h(1)} class="pk-heading-m">{ Ui::FollowupPartsTitle.get(lang) }</@>
                    <table class="pk-table" id={ids.id("fu-parts")}>
                        <thead><tr>
                            <th scope="col">{ Ui::FollowupPart.get(lang) }</th>
                            <th scope="col">{ Ui::FollowupDocumented.get(lang) }</th>
                            <th scope="col">{ Ui::FollowupNotDocumented.get(lang) }</th>
                        </tr></thead>
                        <tbody>
                            { for PARTS.iter().enumerate().map(|(i, step)| html! {
                                <tr data-part={step.key()}>
                                    <th scope="row">{ content::step_title(*step).get(lang) }</th>
                                    <td>{ counts.parts[i] }</td>
                                    <td>{ counts.agreements - counts.parts[i] }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }
            }
            <div class="pk-button-group pk-screen-only">
                if !data.is_empty() && reading.is_none() {
                    <button type="button" class="pk-button pk-button--secondary" id={ids.id("fu-csv")} onclick={csv}>{ Ui::FollowupCsv.get(lang) }</button>
                    <button type="button" class="pk-button pk-button--secondary" onclick={print}>{ Ui::Print.get(lang) }</button>
                }
                <button type="button" class="pk-button pk-button--secondary" id={ids.id("fu-close")} onclick={close}>{ Ui::FollowupClose.get(lang) }</button>
            </div>
        </div>
    }
}
