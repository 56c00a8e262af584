//! The guided dialogue's frame around the step on screen: notices, questions, "Tillbaka", the
//! error summary, "Steg N av 7", the heading and introduction, the form with "Fortsätt", and
//! "Rensa uppgifter"; the printout beside the summary.

use yew::prelude::*;

use super::confirm::Confirm;
use super::messages;
use super::print_view::PrintView;
use super::{use_lang, StepProps};
use pk_core::content::{self, fill, Ui};
use pk_core::domain::{self, Command, Mode, Step};

/// Properties of [`Dialogue`].
#[derive(Properties, PartialEq, Clone)]
pub struct DialogueProps {
    /// The app's state and ids.
    pub step: StepProps,
    /// What tells this widget apart from others on the page, if anything (`data-label`, or its
    /// number when it is not the first).
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// A saved file was chosen on the start page.
    pub onfile: Callback<web_sys::File>,
    /// "Ja, rensa uppgifter".
    pub onclear: Callback<MouseEvent>,
    /// What stands above it on screen (the header).
    #[prop_or_default]
    pub children: Html,
}

/// The page on screen for a step.
fn page(step: Step, props: &StepProps, onfile: &Callback<web_sys::File>) -> Html {
    let props = props.clone();
    let key = format!("{}-{}", step.key(), props.state.session.page);
    match step {
        Step::Start => html! { <super::start::Start step={props} onfile={onfile.clone()} /> },
        // Keyed by the page: a page's fields (and what they hold open) are not another page's.
        Step::WhatMatters => html! { <super::what_matters::WhatMatters key={key} ..props /> },
        Step::Commitments => html! { <super::commitments::Commitments key={key} ..props /> },
        Step::Planning => html! { <super::planning::Planning ..props /> },
        Step::Contacts => html! { <super::contacts::Contacts key={key} ..props /> },
        Step::Schedule => html! { <super::schedule::Schedule ..props /> },
        Step::Questions => html! { <super::questions::Questions key={key} ..props /> },
        Step::Summary => html! { <super::summary::Summary ..props /> },
    }
}

/// The dialogue.
#[component]
pub fn Dialogue(p: &DialogueProps) -> Html {
    let lang = use_lang();
    let state = &p.step.state;
    let ids = &p.step.ids;
    let session = &state.session;
    let a = &session.agreement;
    let step = session.step;
    let store = use_context::<crate::web::storage::Store>();
    let remind = keep_reminder(state, store.as_ref()).map(|days| {
        // "Spara en fil att ta med", as on the summary: saved, it is kept from now on.
        let st = state.clone();
        let host = ids.host().cloned();
        let save = Callback::from(move |_: MouseEvent| {
            if crate::web::export::download_json(&st.session.agreement, host.as_ref()).is_some() {
                if let Some(s) = &store {
                    crate::web::storage::mark_kept(s);
                }
            }
        });
        (days, save)
    });
    let send = |cmd: Command| {
        let st = state.clone();
        Callback::from(move |_: MouseEvent| st.dispatch(cmd.clone()))
    };
    let onsubmit = {
        let st = state.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            st.dispatch(Command::Continue);
        })
    };
    let form_label = match p.label {
        Some(_) => format!("{} {}", ids.id("heading"), ids.id("instance-label")),
        None => ids.id("heading"),
    };
    let continue_label = match step {
        Step::Start if !session.is_blank() => Ui::ResumeDraft,
        Step::Start => Ui::Begin,
        _ => Ui::Continue,
    };
    html! {
        <>
            <div class="pk-screen-only">
                { p.children.clone() }
                { messages::notice(state, ids, lang, remind) }
                if let Some((text, yes)) = replace_question(session) {
                    <Confirm id={ids.id("replace-confirm")} text={text.get(lang)} yes={yes.get(lang)} yes_id={ids.id("replace-yes")}
                        no={Ui::Cancel.get(lang)} onyes={send(Command::ConfirmReplace)} onno={send(Command::Cancel)} />
                }
                if let Some(domain::Confirm::OpenAs { replaces, .. }) = &session.confirm {
                    { open_as_question(state, ids, *replaces, lang) }
                }
                if step != Step::Start {
                    <button type="button" class="pk-back-link" id={ids.id("back")} onclick={send(Command::Back)}>{ Ui::Back.get(lang) }</button>
                }
                { messages::error_summary(state, ids, lang) }
                if step == Step::Start {
                    { messages::import_error(state, ids, lang) }
                }
                if let Some(n) = step.number() {
                    <span class="pk-caption" id={ids.id("step-of")}>{ step_of(session, n, lang) }</span>
                }
                <@{ids.h(0)} class="pk-heading-l" id={ids.id("heading")} tabindex="-1">{ content::step_title(step).get(lang) }</@>
                if let Some(part) = content::step_part(step) {
                    <p class="pk-caption pk-part" id={ids.id("part")}>{ part.get(lang) }</p>
                }
                // Just marked agreed, the notice above says what the agreed summary's lead says.
                if !(step == Step::Summary && session.notice == Some(domain::Notice::Agreed)) {
                    <p class="pk-lead">{ lead(step, a).get(lang) }</p>
                }
                { super::listen::listen(&p.step.aloud, ids.id("listen"), read_aloud(step, a, lang), None, lang) }
                if a.status == domain::Status::Agreed && step != Step::Start && step != Step::Summary {
                    <div class="pk-inset" id={ids.id("locked")}>
                        <p class="pk-body">{ Ui::LockedBanner.get(lang) }</p>
                    </div>
                }
                // Two widgets on a page must not have forms of the same name: the host's
                // data-label, else the widget's number, is added to the heading.
                if let Some(l) = &p.label {
                    <span hidden=true id={ids.id("instance-label")}>{ l.clone() }</span>
                }
                <form class="pk-form" novalidate=true {onsubmit} aria-labelledby={form_label}>
                    { page(step, &p.step, &p.onfile) }
                    if step != Step::Summary {
                        <button type="submit" class="pk-button" id={ids.id("continue")}>{ continue_label.get(lang) }</button>
                    }
                </form>
                <div class="pk-footer">
                    if session.confirm == Some(domain::Confirm::Clear) {
                        <Confirm id={ids.id("clear-confirm")} text={Ui::ClearConfirm.get(lang)} yes={Ui::ClearYes.get(lang)}
                            yes_id={ids.id("clear-yes")} no={Ui::Cancel.get(lang)} onyes={p.onclear.clone()} onno={send(Command::Cancel)} />
                    } else {
                        <button type="button" class="pk-link-button" id={ids.id("clear")} onclick={send(Command::AskClear)}>{ Ui::ClearData.get(lang) }</button>
                    }
                </div>
            </div>
            if step == Step::Summary {
                <PrintView agreement={a.clone()} />
            }
        </>
    }
}

/// "Steg 2 av 7", and the page when the step has more than one: "Steg 1 av 7, sida 2 av 3".
fn step_of(s: &domain::Session, n: usize, lang: domain::Language) -> String {
    let (n, total) = (n.to_string(), Step::NUMBERED.len().to_string());
    match s.page_of_pages() {
        Some((page, pages)) => fill(
            Ui::StepPageOf.get(lang),
            &[("n", &n), ("total", &total), ("page", &page.to_string()), ("pages", &pages.to_string())],
        ),
        None => fill(Ui::StepOf.get(lang), &[("n", &n), ("total", &total)]),
    }
}

/// The question on screen that replaces the draft, and its yes: a file she opened, or the host
/// page's agreement or fresh start (the same question, saying who asks).
fn replace_question(s: &domain::Session) -> Option<(Ui, Ui)> {
    match s.confirm.as_ref()? {
        domain::Confirm::Replace(_) => Some((Ui::ReplaceConfirm, Ui::ReplaceYes)),
        domain::Confirm::HostSet(_) => Some((Ui::HostReplaceConfirm, Ui::HostReplaceYes)),
        domain::Confirm::HostReset(_) => Some((Ui::HostResetConfirm, Ui::HostResetYes)),
        domain::Confirm::OpenAs { .. } | domain::Confirm::Clear => None,
    }
}

/// Her preparation was opened where no mode was chosen: continue it as the consultation (the
/// usual case: a clinician opening her file), go on preparing, or not open it.
fn open_as_question(
    state: &UseReducerHandle<crate::state::AppState>,
    ids: &crate::context::Ids,
    replaces: bool,
    lang: domain::Language,
) -> Html {
    let send = |cmd: Command| {
        let st = state.clone();
        Callback::from(move |_: MouseEvent| st.dispatch(cmd.clone()))
    };
    let text_id = ids.id("open-as-text");
    html! {
        <div class="pk-confirm" role="group" aria-labelledby={text_id.clone()} id={ids.id("open-as")} tabindex="-1">
            <p class="pk-body" id={text_id}>{ Ui::OpenAsQuestion.get(lang) }</p>
            if replaces {
                <p class="pk-body">{ Ui::OpenAsReplaces.get(lang) }</p>
            }
            <div class="pk-button-group">
                <button type="button" class="pk-button" id={ids.id("open-as-consultation")} onclick={send(Command::OpenAs(Mode::Consultation))}>{ Ui::OpenAsConsultation.get(lang) }</button>
                <button type="button" class="pk-button pk-button--secondary" id={ids.id("open-as-prepare")} onclick={send(Command::OpenAs(Mode::Prepare))}>{ Ui::OpenAsPrepare.get(lang) }</button>
                <button type="button" class="pk-button pk-button--secondary" onclick={send(Command::Cancel)}>{ Ui::Cancel.get(lang) }</button>
            </div>
        </div>
    }
}

/// The page's introduction: an agreed summary says how to change it, not "Ändra" links it no
/// longer has.
fn lead(step: Step, a: &domain::Agreement) -> pk_core::content::Text {
    match step {
        Step::Summary if a.status == domain::Status::Agreed => Ui::SummaryLeadAgreed.both(),
        _ => content::step_intro(step, a.mode),
    }
}

/// What "Lyssna" reads on a step: its heading, its part and its introduction, as on screen.
fn read_aloud(step: Step, a: &domain::Agreement, lang: domain::Language) -> Vec<String> {
    let mut texts = vec![content::step_title(step).get(lang).to_string()];
    if let Some(part) = content::step_part(step) {
        texts.push(part.get(lang).to_string());
    }
    texts.push(lead(step, a).get(lang).to_string());
    texts
}

/// Whether the dialogue needs the wide layout (the consultation's questions and summary).
pub fn wide(s: &domain::Session) -> bool {
    s.agreement.mode == Mode::Consultation && matches!(s.step, Step::Questions | Step::Summary)
}

/// Days since a restored preparation was last saved to a file or shown as a code (else since it
/// was started), when that is [`pk_core::domain::envelope::KEEP_REMINDER_DAYS`] or more: Safari
/// removes what a site stored after seven days without a visit, so the notice says so.
fn keep_reminder(
    state: &UseReducerHandle<crate::state::AppState>,
    store: Option<&crate::web::storage::Store>,
) -> Option<i64> {
    let session = &state.session;
    let a = &session.agreement;
    if !matches!(session.notice, Some(domain::Notice::Restored { .. })) || a.mode != domain::Mode::Prepare {
        return None;
    }
    let since = store.and_then(crate::web::storage::load_kept).unwrap_or_else(|| a.created.clone());
    let now = crate::web::platform::now();
    pk_core::domain::envelope::remind_to_keep(&since, &now)
        .then(|| pk_core::domain::envelope::days_between(&since, &now))
        .flatten()
}
