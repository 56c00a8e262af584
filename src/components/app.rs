//! The root component: holds the state, frames the current step, autosaves in an effect,
//! moves focus on navigation, and shows notices and confirmations.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::error_summary::{Entry, ErrorSummary};
use super::print_view::PrintView;
use super::{field_id, Lang, StepProps};
use crate::config::HostConfig;
use crate::content::{self, fill, Ui};
use crate::domain::envelope::ImportError;
use crate::domain::{Action, Agreement, Command, Language, Session, Step};
use crate::state::AppState;
use crate::web::storage::{self, Loaded, StorageProblem, Store};
use crate::web::{export, files, platform};

/// How long after the last change the draft is saved. Well inside the promised second.
const AUTOSAVE_MS: u32 = 400;

/// What the app starts with; `main` reads it from the host element and storage.
#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// The host's configuration.
    pub config: HostConfig,
    /// The page's own `lang`, used when the host sets no language.
    #[prop_or_default]
    pub page_lang: Option<AttrValue>,
    /// Where drafts go.
    pub store: Store,
    /// Why storage is not available, if it is not.
    #[prop_or_default]
    pub storage_problem: Option<StorageProblem>,
    /// What storage held at start.
    pub loaded: Loaded,
}

/// A message above the step.
#[derive(Clone, Debug, PartialEq)]
enum Notice {
    Restored(String),
    Storage(StorageProblem),
    StorageOff,
    Unreadable { raw: Rc<String>, error: ImportError },
    Cleared,
    FileOpened,
}

fn new_agreement(p: &Props, lang: Language) -> Agreement {
    Agreement::new(platform::new_id(), platform::now(), p.config.mode.unwrap_or_default(), lang)
}

/// The app.
#[component]
pub fn App(p: &Props) -> Html {
    let start_lang = p.config.start_language(p.page_lang.as_deref());
    let state = {
        let p = p.clone();
        use_reducer(move || {
            let agreement = match &p.loaded {
                Loaded::Draft(a) => (**a).clone(),
                _ => new_agreement(&p, start_lang),
            };
            AppState { session: Session::new(agreement) }
        })
    };
    let notice = {
        let p = p.clone();
        use_state(move || match (&p.loaded, p.storage_problem) {
            (Loaded::Unreadable { raw, error }, _) => {
                Some(Notice::Unreadable { raw: Rc::new(raw.clone()), error: error.clone() })
            }
            (_, Some(problem)) => Some(Notice::Storage(problem)),
            (Loaded::Draft(a), _) if !a.is_blank() => Some(Notice::Restored(platform::local_time(&a.updated))),
            _ if p.config.storage == crate::config::StoragePolicy::None => Some(Notice::StorageOff),
            _ => None,
        })
    };
    // Autosave waits while unreadable stored text is on offer: it must not be overwritten
    // until the user chooses to start afresh.
    let autosave_paused = use_state(|| matches!(p.loaded, Loaded::Unreadable { .. }));
    let save_failure_told = use_mut_ref(|| p.storage_problem.is_some());
    let dirty = use_mut_ref(|| None::<Agreement>);
    let timer = use_mut_ref(|| None::<Timeout>);
    let reader = use_mut_ref(|| None::<gloo_file::callbacks::FileReader>);
    let pending_open = use_state(|| None::<Rc<Agreement>>);
    let confirm_clear = use_state(|| false);

    let session = &state.session;
    let a = &session.agreement;
    let lang = a.language;

    // Save, at most once per AUTOSAVE_MS, and at once when the page is hidden.
    let save_now: Rc<dyn Fn()> = {
        let store = p.store.clone();
        let dirty = dirty.clone();
        let notice = notice.clone();
        let told = save_failure_told.clone();
        Rc::new(move || {
            let Some(a) = dirty.borrow_mut().take() else { return };
            let result = if a.is_blank() {
                // Nothing worth keeping: leave nothing behind (also after "Rensa uppgifter").
                storage::clear(&store);
                Ok(())
            } else {
                storage::save(&store, &a)
            };
            if let Err(problem) = result {
                if !*told.borrow() {
                    *told.borrow_mut() = true;
                    notice.set(Some(Notice::Storage(problem)));
                }
            }
        })
    };
    {
        let dirty = dirty.clone();
        let timer = timer.clone();
        let save_now = save_now.clone();
        let agreement = a.clone();
        use_effect_with((session.revision, *autosave_paused), move |(revision, paused)| {
            if *revision > 0 && !*paused {
                *dirty.borrow_mut() = Some(agreement);
                let save = save_now.clone();
                *timer.borrow_mut() = Some(Timeout::new(AUTOSAVE_MS, move || save()));
            }
        });
    }
    {
        let save_now = save_now.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|w| {
                let s1 = save_now.clone();
                let s2 = save_now;
                let hide = gloo_events::EventListener::new(&w, "pagehide", move |_| s1());
                let vis = web_sys::window()
                    .and_then(|w| w.document())
                    .map(|d| gloo_events::EventListener::new(&d, "visibilitychange", move |_| s2()));
                (hide, vis)
            });
            move || drop(listeners)
        });
    }

    // Focus the new step's heading (or the field asked for) after every navigation, but not
    // on first render: the widget must not steal focus from the host page.
    {
        let focus = session.focus;
        use_effect_with(session.navigations, move |n| {
            if *n > 0 {
                let target = focus.map(|f| field_id(&f)).unwrap_or_else(|| "pk-heading".to_string());
                if !platform::focus(&target) {
                    platform::focus("pk-heading");
                }
                platform::scroll_into_view(&target);
            }
        });
    }

    // Confirmations take focus when they open; cancelling returns it to what opened them.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(*confirm_clear, move |open| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                platform::focus(if *open { "pk-clear-confirm" } else { "pk-clear" });
            }
        });
    }
    {
        let open = pending_open.is_some();
        use_effect_with(open, move |open| {
            if *open {
                platform::focus("pk-replace-confirm");
            }
        });
    }

    let props = StepProps { state: state.clone() };
    let dispatch = |cmd: Command| {
        let st = state.clone();
        Callback::from(move |_: MouseEvent| st.dispatch(cmd.clone()))
    };

    let onfile = {
        let state = state.clone();
        let reader = reader.clone();
        let pending_open = pending_open.clone();
        let notice = notice.clone();
        let has_draft = !a.is_blank();
        Callback::from(move |file: web_sys::File| {
            let state = state.clone();
            let pending_open = pending_open.clone();
            let notice = notice.clone();
            let done = Callback::from(move |result: Result<Agreement, ImportError>| match result {
                Ok(opened) if has_draft => pending_open.set(Some(Rc::new(opened))),
                Ok(opened) => {
                    state.dispatch(Command::Opened(Ok(opened)));
                    notice.set(Some(Notice::FileOpened));
                }
                Err(e) => state.dispatch(Command::Opened(Err(e))),
            });
            *reader.borrow_mut() = files::open(file, done);
        })
    };

    let switch_lang = {
        let other = match lang {
            Language::Sv => Language::En,
            Language::En => Language::Sv,
        };
        let st = state.clone();
        (other, Callback::from(move |_: MouseEvent| st.dispatch(Command::Edit(Action::SetLanguage(other)))))
    };

    let onsubmit = {
        let st = state.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            st.dispatch(Command::Continue);
        })
    };

    let clear = {
        let state = state.clone();
        let store = p.store.clone();
        let confirm_clear = confirm_clear.clone();
        let notice = notice.clone();
        let dirty = dirty.clone();
        let timer = timer.clone();
        let autosave_paused = autosave_paused.clone();
        let p = p.clone();
        Callback::from(move |_: MouseEvent| {
            timer.borrow_mut().take();
            dirty.borrow_mut().take();
            storage::clear(&store);
            let lang = state.session.agreement.language;
            state.dispatch(Command::Edit(Action::Replace(Box::new(new_agreement(&p, lang)))));
            state.dispatch(Command::GoTo(Step::Start));
            confirm_clear.set(false);
            autosave_paused.set(false);
            notice.set(Some(Notice::Cleared));
        })
    };

    let notice_html = notice.as_ref().map(|n| {
        let close = {
            let notice = notice.clone();
            Callback::from(move |_: MouseEvent| notice.set(None))
        };
        let close_button = html! { <button type="button" class="pk-link-button pk-notice__close" onclick={close.clone()}>{ Ui::Close.get(lang) }</button> };
        match n {
            Notice::Restored(time) => html! {
                <div class="pk-notice" role="status" id="pk-notice">
                    <p class="pk-body">{ fill(Ui::RestoredNotice.get(lang), &[("time", time)]) }</p>
                    <div class="pk-button-group">
                        <button type="button" class="pk-link-button" onclick={let c = confirm_clear.clone(); Callback::from(move |_: MouseEvent| c.set(true))}>{ Ui::StartOver.get(lang) }</button>
                        { close_button }
                    </div>
                </div>
            },
            Notice::Storage(problem) => {
                let text = match problem {
                    StorageProblem::Full => Ui::StorageFull,
                    StorageProblem::Blocked | StorageProblem::Missing => Ui::StorageBlocked,
                };
                html! { <div class="pk-notice pk-notice--warning" role="alert" id="pk-notice"><p class="pk-body">{ text.get(lang) }</p>{ close_button }</div> }
            }
            Notice::StorageOff => html! { <div class="pk-notice" role="status" id="pk-notice"><p class="pk-body">{ Ui::StorageNone.get(lang) }</p>{ close_button }</div> },
            Notice::Cleared => html! { <div class="pk-notice" role="status" id="pk-notice"><p class="pk-body">{ Ui::Cleared.get(lang) }</p>{ close_button }</div> },
            Notice::FileOpened => html! { <div class="pk-notice" role="status" id="pk-notice"><p class="pk-body">{ Ui::FileOpened.get(lang) }</p>{ close_button }</div> },
            Notice::Unreadable { raw, error } => {
                let raw = raw.clone();
                let download = Callback::from(move |_: MouseEvent| {
                    if let Err(e) = export::download_text(&export::filename("sparat.json"), "application/json", &raw) {
                        platform::warn(&format!("download failed: {e:?}"));
                    }
                });
                let fresh = {
                    let paused = autosave_paused.clone();
                    let notice = notice.clone();
                    Callback::from(move |_: MouseEvent| {
                        paused.set(false);
                        notice.set(None);
                    })
                };
                let reason = content::import_error(lang, error);
                html! {
                    <div class="pk-notice pk-notice--warning" role="alert" id="pk-notice">
                        <p class="pk-body">{ fill(Ui::StoredUnreadable.get(lang), &[("reason", &reason)]) }</p>
                        <div class="pk-button-group">
                            <button type="button" class="pk-button pk-button--secondary" onclick={download}>{ Ui::DownloadStored.get(lang) }</button>
                            <button type="button" class="pk-button pk-button--secondary" onclick={fresh}>{ Ui::StartFresh.get(lang) }</button>
                        </div>
                    </div>
                }
            }
        }
    });

    let error_entries: Vec<Entry> = session
        .problems
        .iter()
        .map(|pr| {
            let on_other_step = pr.field.step() != session.step;
            let field = pr.field;
            let st = state.clone();
            Entry {
                target: field_id(&pr.field).into(),
                message: content::error(pr.code).get(lang).into(),
                onactivate: on_other_step.then(|| Callback::from(move |_| st.dispatch(Command::Fix(field)))),
            }
        })
        .collect();

    let step = session.step;
    let title = content::step_title(step).get(lang);
    let page = match step {
        Step::Start => html! { <super::start::Start step={props.clone()} onfile={onfile} /> },
        Step::WhatMatters => html! { <super::what_matters::WhatMatters ..props.clone() /> },
        Step::Commitments => html! { <super::commitments::Commitments ..props.clone() /> },
        Step::Planning => html! { <super::planning::Planning ..props.clone() /> },
        Step::Contacts => html! { <super::contacts::Contacts ..props.clone() /> },
        Step::Schedule => html! { <super::schedule::Schedule ..props.clone() /> },
        Step::Questions => html! { <super::questions::Questions ..props.clone() /> },
        Step::Summary => html! { <super::summary::Summary ..props.clone() /> },
    };
    let continue_label = match step {
        Step::Start if !a.is_blank() => Ui::ResumeDraft,
        Step::Start => Ui::Begin,
        _ => Ui::Continue,
    };

    html! {
        <ContextProvider<Lang> context={Lang(lang)}>
        <div class="pk-root" lang={lang.tag()}>
            <div class="pk-screen-only">
                <div class="pk-header">
                    <span class="pk-header__name">{ Ui::AppName.get(lang) }</span>
                    <button type="button" class="pk-link-button pk-header__lang" lang={switch_lang.0.tag()} onclick={switch_lang.1}>
                        { Ui::SwitchLanguage.get(lang) }
                    </button>
                </div>
                { for notice_html }
                if let Some(pending) = (*pending_open).clone() {
                    <div class="pk-confirm" role="group" aria-labelledby="pk-replace-text" id="pk-replace-confirm" tabindex="-1">
                        <p class="pk-body" id="pk-replace-text">{ Ui::ReplaceConfirm.get(lang) }</p>
                        <div class="pk-button-group">
                            <button type="button" class="pk-button pk-button--warning" onclick={{
                                let st = state.clone();
                                let pending_open = pending_open.clone();
                                let notice = notice.clone();
                                Callback::from(move |_: MouseEvent| {
                                    st.dispatch(Command::Opened(Ok((*pending).clone())));
                                    pending_open.set(None);
                                    notice.set(Some(Notice::FileOpened));
                                })
                            }}>{ Ui::ReplaceYes.get(lang) }</button>
                            <button type="button" class="pk-button pk-button--secondary" onclick={{
                                let pending_open = pending_open.clone();
                                Callback::from(move |_: MouseEvent| pending_open.set(None))
                            }}>{ Ui::Cancel.get(lang) }</button>
                        </div>
                    </div>
                }
                if step != Step::Start {
                    <button type="button" class="pk-back-link" onclick={dispatch(Command::Back)}>{ Ui::Back.get(lang) }</button>
                }
                if !error_entries.is_empty() {
                    <ErrorSummary entries={error_entries} shown={session.problems_shown} />
                }
                if step == Step::Start {
                    if let Some(e) = &session.import_error {
                        <div class="pk-error-summary" role="alert" id="pk-import-error">
                            <h2 class="pk-error-summary__title">{ Ui::OpenFileError.get(lang) }</h2>
                            <p class="pk-body">{ content::import_error(lang, e) }</p>
                        </div>
                    }
                }
                if let Some(n) = step.number() {
                    <span class="pk-caption" id="pk-step-of">{ fill(Ui::StepOf.get(lang), &[("n", &n.to_string()), ("total", &Step::NUMBERED.len().to_string())]) }</span>
                }
                <h1 class="pk-heading-l" id="pk-heading" tabindex="-1">{ title }</h1>
                <p class="pk-lead">{ content::step_intro(step, a.mode).get(lang) }</p>
                <form class="pk-form" novalidate=true {onsubmit} aria-labelledby="pk-heading">
                    { page }
                    if step != Step::Summary {
                        <button type="submit" class="pk-button" id="pk-continue">{ continue_label.get(lang) }</button>
                    }
                </form>
                <div class="pk-footer">
                    if *confirm_clear {
                        <div class="pk-confirm" role="group" aria-labelledby="pk-clear-text" id="pk-clear-confirm" tabindex="-1">
                            <p class="pk-body" id="pk-clear-text">{ Ui::ClearConfirm.get(lang) }</p>
                            <div class="pk-button-group">
                                <button type="button" class="pk-button pk-button--warning" id="pk-clear-yes" onclick={clear}>{ Ui::ClearYes.get(lang) }</button>
                                <button type="button" class="pk-button pk-button--secondary" onclick={{
                                    let c = confirm_clear.clone();
                                    Callback::from(move |_: MouseEvent| c.set(false))
                                }}>{ Ui::Cancel.get(lang) }</button>
                            </div>
                        </div>
                    } else {
                        <button type="button" class="pk-link-button" id="pk-clear" onclick={{
                            let c = confirm_clear.clone();
                            Callback::from(move |_: MouseEvent| c.set(true))
                        }}>{ Ui::ClearData.get(lang) }</button>
                    }
                </div>
            </div>
            if step == Step::Summary {
                <PrintView agreement={a.clone()} />
            }
        </div>
        </ContextProvider<Lang>>
    }
}
