//! The root component: frames the current step, and shows what the session says (notices,
//! confirmations, problems). The flow itself lives in the domain `Session`; autosave in
//! [`use_autosave`]; focus moves after navigation and when a question opens.

use yew::prelude::*;

use super::autosave::use_autosave;
use super::confirm::Confirm;
use super::error_summary::{Entry, ErrorSummary};
use super::notice::Notice;
use super::print_view::PrintView;
use super::{Ids, Lang, StepProps};
use crate::state::AppState;
use crate::web::embed::Bridge;
use crate::web::storage::{self, Store};
use crate::web::{export, files, lazy, platform};
use pk_core::config::{Handover, HostConfig, StoragePolicy};
use pk_core::content::{self, english, fill, Ui};
use pk_core::domain::{self, Action, Agreement, Command, Language, Loaded, Mode, Session, Step, StorageProblem, View};

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
    /// This widget's element ids and root.
    #[prop_or_default]
    pub ids: Ids,
    /// Where the host page's script reaches the app (the `<patient-kontrakt>` element).
    #[prop_or_default]
    pub bridge: Bridge,
    /// What the user did on the static start page before the app arrived.
    #[prop_or_default]
    pub handover: Handover,
}

/// How long the start page waits at most for the durable copy before "Fortsätt" goes ahead.
const DURABLE_WAIT_MS: u32 = 2000;

/// A fresh agreement for this host, in `lang`.
pub fn new_agreement(config: &HostConfig, lang: Language) -> Agreement {
    Agreement::new(platform::new_id(), platform::now(), config.mode.unwrap_or_default(), lang)
}

/// The app.
#[component]
pub fn App(p: &Props) -> Html {
    let state = {
        let p = p.clone();
        use_reducer(move || {
            let fresh = new_agreement(&p.config, p.config.start_language(p.page_lang.as_deref()));
            let off = p.config.storage == StoragePolicy::None;
            let mut session = Session::resume(p.loaded, fresh, p.storage_problem, off);
            if p.config.followup {
                session.handle(Command::OpenFollowup, &platform::now());
            }
            session.handle(Command::Resume(storage::load_step(&p.store)), &platform::now());
            if storage::has_durable(&p.store) {
                session.handle(Command::AwaitDurable, &platform::now());
            }
            // What was chosen on the static start page is kept (a held "Börja" waits for the
            // durable copy like any other).
            for cmd in p.handover.commands() {
                session.handle(cmd, &platform::now());
            }
            AppState { session }
        })
    };
    use_autosave(&p.store, &state);
    super::embedding::use_embedding(p, &state);
    // The durable copy (IndexedDB) arrives a moment after start; the session decides whether
    // it replaces what the app started with.
    {
        let store = p.store.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let d = dispatcher.clone();
            storage::load_durable(&store, move |loaded, step| d.dispatch(Command::Durable(loaded, step)));
            // Should IndexedDB never answer, the start page does not wait for it for ever.
            let timeout = gloo_timers::callback::Timeout::new(DURABLE_WAIT_MS, move || {
                dispatcher.dispatch(Command::Durable(Loaded::Nothing, None))
            });
            move || drop(timeout)
        });
    }
    let session = &state.session;
    let ids = p.ids.clone();
    use_focus_moves(session, &ids);
    // A consultation will need the journal exports at its summary: once its first step is on
    // screen (the first load is done), the exports module is fetched in the background, so the
    // note is ready when the summary opens and a connection lost meanwhile does not matter. A
    // preparation, the follow-up and the read-only view never fetch it.
    {
        let consulting = session.view == View::Dialogue
            && session.step != Step::Start
            && session.agreement.mode == Mode::Consultation
            && !p.config.readonly;
        use_effect_with(consulting, |consulting| {
            if *consulting {
                wasm_bindgen_futures::spawn_local(async {
                    // A failure is only logged: the journal card tries again and says so.
                    if let Err(e) = lazy::load(lazy::Module::Exports).await {
                        platform::warn(&format!("exports, fetched ahead: {e}"));
                    }
                });
            }
        });
    }
    // The control that had focus on the static start page has it again (when "Börja" was not
    // pressed: then the step's heading takes it, as after any "Börja").
    {
        let ids = ids.clone();
        let focus = p.handover.focus.clone().filter(|_| !p.handover.begun);
        use_effect_with((), move |_| {
            if let Some(id) = focus {
                ids.focus(&id);
            }
        });
    }
    let reader = use_mut_ref(|| None::<gloo_file::callbacks::FileReader>);

    let a = &session.agreement;
    let (lang, english) = use_shown_language(a.language, &ids);
    let send = |cmd: Command| {
        let st = state.clone();
        Callback::from(move |_: MouseEvent| st.dispatch(cmd.clone()))
    };
    let onfile = {
        let state = state.clone();
        Callback::from(move |file: web_sys::File| {
            let st = state.clone();
            *reader.borrow_mut() = files::open(
                file,
                Callback::from(move |r: Result<Agreement, _>| st.dispatch(Command::Opened(r.map(Box::new)))),
            );
        })
    };
    let onsubmit = {
        let st = state.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            st.dispatch(Command::Continue);
        })
    };
    let clear = {
        let st = state.clone();
        let config = p.config.clone();
        let kept = a.language;
        Callback::from(move |_: MouseEvent| st.dispatch(Command::Clear(Box::new(new_agreement(&config, kept)))))
    };
    let other_lang = match lang {
        Language::Sv => Language::En,
        Language::En => Language::Sv,
    };
    // "In English" while the agreement is in English already (its texts could not be fetched)
    // asks for them again; otherwise the language change itself fetches them.
    let switch_language = {
        let st = state.clone();
        let fetch = english.fetch.clone();
        let again = other_lang == Language::En && a.language == Language::En;
        Callback::from(move |_: MouseEvent| {
            if again {
                fetch.emit(());
            }
            st.dispatch(Command::Edit(Action::SetLanguage(other_lang)));
        })
    };
    let step = session.step;
    let props = StepProps { state: state.clone(), ids: ids.clone() };
    let page = match step {
        Step::Start => html! { <super::start::Start step={props.clone()} {onfile} /> },
        Step::WhatMatters => html! { <super::what_matters::WhatMatters ..props.clone() /> },
        Step::Commitments => html! { <super::commitments::Commitments ..props.clone() /> },
        Step::Planning => html! { <super::planning::Planning ..props.clone() /> },
        Step::Contacts => html! { <super::contacts::Contacts ..props.clone() /> },
        Step::Schedule => html! { <super::schedule::Schedule ..props.clone() /> },
        Step::Questions => html! { <super::questions::Questions ..props.clone() /> },
        Step::Summary => html! { <super::summary::Summary ..props.clone() /> },
    };
    let header = html! {
        <>
        <div class="pk-header">
            <span class="pk-header__name">{ Ui::AppName.get(lang) }</span>
            <button type="button" class="pk-link-button pk-header__lang" lang={other_lang.tag()}
                onclick={switch_language}>{ Ui::SwitchLanguage.get(lang) }</button>
        </div>
        { english.notice(&ids) }
        </>
    };
    // Read-only (`readonly`): the agreement the host set, as the patient's printout shows it;
    // no steps, no inputs, nothing stored.
    if p.config.readonly {
        let blank = a.is_blank();
        return html! {
            <ContextProvider<Ids> context={ids.clone()}>
            <ContextProvider<Lang> context={Lang(lang)}>
            <div class="pk-root pk-root--readonly" lang={lang.tag()} id={ids.id("readonly")} hidden={english.hold}>
                <div class="pk-screen-only">{ header }</div>
                if blank {
                    <p class="pk-body" id={ids.id("readonly-empty")}>{ Ui::ReadonlyEmpty.get(lang) }</p>
                } else {
                    <PrintView agreement={a.clone()} on_screen=true />
                }
            </div>
            </ContextProvider<Lang>>
            </ContextProvider<Ids>>
        };
    }
    if session.view == View::Followup {
        let st = state.clone();
        let onclose = Callback::from(move |_| st.dispatch(Command::CloseFollowup));
        return html! {
            <ContextProvider<Ids> context={ids.clone()}>
            <ContextProvider<Lang> context={Lang(lang)}>
            <div class="pk-root pk-root--wide" lang={lang.tag()} hidden={english.hold}>
                <div class="pk-screen-only">{ header }</div>
                <super::lazy_followup::LazyFollowup {onclose} />
            </div>
            </ContextProvider<Lang>>
            </ContextProvider<Ids>>
        };
    }
    let instance_label = p.config.label.clone().or_else(|| (ids.ordinal() > 1).then(|| format!("({})", ids.ordinal())));
    let form_label = match instance_label {
        Some(_) => format!("{} {}", ids.id("heading"), ids.id("instance-label")),
        None => ids.id("heading"),
    };
    let continue_label = match step {
        Step::Start if !session.is_blank() => Ui::ResumeDraft,
        Step::Start => Ui::Begin,
        _ => Ui::Continue,
    };

    html! {
        <ContextProvider<Ids> context={ids.clone()}>
        <ContextProvider<Lang> context={Lang(lang)}>
        <div class={classes!("pk-root", (a.mode == domain::Mode::Consultation && matches!(step, Step::Questions | Step::Summary)).then_some("pk-root--wide"))} lang={lang.tag()} hidden={english.hold}>
            <div class="pk-screen-only">
                { header }
                { notice(&state, &ids, lang) }
                if matches!(session.confirm, Some(domain::Confirm::Replace(_))) {
                    <Confirm id={ids.id("replace-confirm")} text={Ui::ReplaceConfirm.get(lang)} yes={Ui::ReplaceYes.get(lang)}
                        no={Ui::Cancel.get(lang)} onyes={send(Command::ConfirmReplace)} onno={send(Command::Cancel)} />
                }
                if step != Step::Start {
                    <button type="button" class="pk-back-link" onclick={send(Command::Back)}>{ Ui::Back.get(lang) }</button>
                }
                { error_summary(&state, &ids, lang) }
                if step == Step::Start {
                    if let Some(e) = &session.import_error {
                        <div class="pk-error-summary" role="alert" id={ids.id("import-error")}>
                            <h2 class="pk-error-summary__title">{ Ui::OpenFileError.get(lang) }</h2>
                            <p class="pk-body">{ content::import_error(lang, e) }</p>
                            { super::import_error_details(e, lang) }
                        </div>
                    }
                }
                if let Some(n) = step.number() {
                    <span class="pk-caption" id={ids.id("step-of")}>{ fill(Ui::StepOf.get(lang), &[("n", &n.to_string()), ("total", &Step::NUMBERED.len().to_string())]) }</span>
                }
                <h1 class="pk-heading-l" id={ids.id("heading")} tabindex="-1">{ content::step_title(step).get(lang) }</h1>
                <p class="pk-lead">{ content::step_intro(step, a.mode).get(lang) }</p>
                if a.status == domain::Status::Agreed && step != Step::Start && step != Step::Summary {
                    <div class="pk-inset" id={ids.id("locked")}>
                        <p class="pk-body">{ Ui::LockedBanner.get(lang) }</p>
                    </div>
                }
                // Two widgets on a page must not have forms of the same name: the host's
                // data-label, else the widget's number, is added to the heading.
                if let Some(l) = &instance_label {
                    <span hidden=true id={ids.id("instance-label")}>{ l.clone() }</span>
                }
                <form class="pk-form" novalidate=true {onsubmit} aria-labelledby={form_label}>
                    { page }
                    if step != Step::Summary {
                        <button type="submit" class="pk-button" id={ids.id("continue")}>{ continue_label.get(lang) }</button>
                    }
                </form>
                <div class="pk-footer">
                    if session.confirm == Some(domain::Confirm::Clear) {
                        <Confirm id={ids.id("clear-confirm")} text={Ui::ClearConfirm.get(lang)} yes={Ui::ClearYes.get(lang)}
                            yes_id={ids.id("clear-yes")} no={Ui::Cancel.get(lang)} onyes={clear} onno={send(Command::Cancel)} />
                    } else {
                        <button type="button" class="pk-link-button" id={ids.id("clear")} onclick={send(Command::AskClear)}>{ Ui::ClearData.get(lang) }</button>
                    }
                </div>
            </div>
            if step == Step::Summary {
                <PrintView agreement={a.clone()} />
            }
        </div>
        </ContextProvider<Lang>>
        </ContextProvider<Ids>>
    }
}

/// Focus follows the dialogue: the new step's heading (or the field asked for) after every
/// navigation, a question when it opens, and back to "Rensa uppgifter" when that question is
/// answered no. Never on first render: the widget must not steal focus from the host page.
#[hook]
fn use_focus_moves(session: &Session, ids: &Ids) {
    let focus = session.focus;
    let i = ids.clone();
    use_effect_with(session.navigations, move |n| {
        if *n > 0 {
            let heading = i.id("heading");
            let target = focus.map(|f| i.field(&f)).unwrap_or_else(|| heading.clone());
            if !i.focus(&target) {
                i.focus(&heading);
            }
            i.scroll_into_view(&target);
        }
    });
    let first = use_mut_ref(|| true);
    let clear_open = session.confirm == Some(domain::Confirm::Clear);
    let i = ids.clone();
    use_effect_with(clear_open, move |open| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            i.focus(&i.id(if *open { "clear-confirm" } else { "clear" }));
        }
    });
    // Marking as agreed is confirmed in view: the notice saying so takes focus.
    let agreed = session.notice == Some(domain::Notice::Agreed);
    let i = ids.clone();
    use_effect_with(agreed, move |agreed| {
        if *agreed {
            i.focus(&i.id("notice"));
            i.scroll_into_view(&i.id("notice"));
        }
    });
    let replace_open = matches!(session.confirm, Some(domain::Confirm::Replace(_)));
    let i = ids.clone();
    use_effect_with(replace_open, move |open| {
        if *open {
            i.focus(&i.id("replace-confirm"));
        }
    });
}

/// The notice the session holds, with its buttons.
fn notice(state: &UseReducerHandle<AppState>, ids: &Ids, lang: Language) -> Html {
    let Some(n) = &state.session.notice else { return Html::default() };
    let send = |cmd: Command| {
        let st = state.clone();
        Callback::from(move |_: MouseEvent| st.dispatch(cmd.clone()))
    };
    let close = html! {
        <button type="button" class="pk-link-button pk-notice__close" onclick={send(Command::CloseNotice)}>{ Ui::Close.get(lang) }</button>
    };
    let plain = |text: Ui| html! { <Notice text={text.get(lang)}>{ close.clone() }</Notice> };
    match n {
        domain::Notice::Restored { saved } => html! {
            <Notice text={fill(Ui::RestoredNotice.get(lang), &[("time", &platform::local_time(saved))])}>
                <div class="pk-button-group">
                    <button type="button" class="pk-link-button" onclick={send(Command::AskClear)}>{ Ui::StartOver.get(lang) }</button>
                    { close }
                </div>
            </Notice>
        },
        domain::Notice::Storage(problem) => {
            let text = match problem {
                StorageProblem::Full => Ui::StorageFull,
                StorageProblem::Blocked | StorageProblem::Missing => Ui::StorageBlocked,
            };
            html! { <Notice text={text.get(lang)} warning=true>{ close }</Notice> }
        }
        domain::Notice::StorageOff => plain(Ui::StorageNone),
        domain::Notice::Cleared => plain(Ui::Cleared),
        domain::Notice::FileOpened => plain(Ui::FileOpened),
        domain::Notice::Agreed => plain(Ui::AgreedNotice),
        domain::Notice::Unreadable { raw, error } => {
            let raw = raw.clone();
            let host = ids.host().cloned();
            let download = Callback::from(move |_: MouseEvent| {
                export::download_text(
                    host.as_ref(),
                    "stored",
                    &export::filename("sparat.json"),
                    "application/json",
                    &raw,
                );
            });
            // The notice says what to do itself: the reason alone, without "choose a file".
            let reason = content::import_error_reason(lang, error);
            html! {
                <Notice text={fill(Ui::StoredUnreadable.get(lang), &[("reason", &reason)])} warning=true>
                    { super::import_error_details(error, lang) }
                    <div class="pk-button-group">
                        <button type="button" class="pk-button pk-button--secondary" onclick={download}>{ Ui::DownloadStored.get(lang) }</button>
                        <button type="button" class="pk-button pk-button--secondary" onclick={send(Command::StartFresh)}>{ Ui::StartFresh.get(lang) }</button>
                    </div>
                </Notice>
            }
        }
    }
}

/// The problems on screen, each linked to its field (on this step or another).
fn error_summary(state: &UseReducerHandle<AppState>, ids: &Ids, lang: Language) -> Html {
    let session = &state.session;
    if session.problems.is_empty() {
        return Html::default();
    }
    let entries: Vec<Entry> = session
        .problems
        .iter()
        .map(|pr| {
            let field = pr.field;
            let st = state.clone();
            // A problem in a list row says which row ("Mål 2: …").
            let message = match field {
                domain::FieldRef::Item(list, i, _) => {
                    let row = content::list_text(list, session.agreement.mode).row.get(lang);
                    let name = fill(Ui::RowLabel.get(lang), &[("item", row), ("n", &(i + 1).to_string())]);
                    format!("{name}: {}", content::error(pr.code).get(lang))
                }
                _ => content::error(pr.code).get(lang).to_string(),
            };
            Entry {
                target: ids.field(&field).into(),
                message: message.into(),
                onactivate: (field.step() != session.step)
                    .then(|| Callback::from(move |_| st.dispatch(Command::Fix(field)))),
            }
        })
        .collect();
    html! { <ErrorSummary {entries} shown={session.problems_shown} /> }
}

/// The language the app shows, and what to say when it is not the one asked for.
struct ShownLanguage {
    /// English was asked for and its texts could not be fetched.
    failed: bool,
    /// The app started in English and its texts are on their way: the app stays hidden rather
    /// than show Swedish for a moment.
    hold: bool,
    /// Fetches the English texts again, from the header's switch.
    fetch: Callback<()>,
    /// The same from the notice's button, which goes away when they arrive: focus then moves
    /// to the heading.
    retry: Callback<MouseEvent>,
}

impl ShownLanguage {
    /// The notice under the header when the English texts could not be fetched: in both
    /// languages, since the page is in Swedish and the reader asked for English.
    fn notice(&self, ids: &Ids) -> Html {
        if !self.failed {
            return Html::default();
        }
        let text = content::ui::ENGLISH_UNAVAILABLE;
        let again = content::ui::TRY_AGAIN_BOTH;
        html! {
            <div class="pk-inset pk-english-error" role="alert" id={ids.id("english-error")}>
                <p class="pk-body">{ text.sv }</p>
                <p class="pk-body" lang="en">{ text.en }</p>
                <button type="button" class="pk-button pk-button--secondary" onclick={self.retry.clone()}>
                    { again.sv }{ " / " }<span lang="en">{ again.en }</span>
                </button>
            </div>
        }
    }
}

/// The agreement's language, except English while its texts are not here: the widget's own
/// module reads them from `texts/en.json` the first time English is asked for
/// (`content::english`), and shows Swedish until they have arrived or when they cannot be
/// fetched. What the user wrote is untouched either way.
#[hook]
fn use_shown_language(wanted: Language, ids: &Ids) -> (Language, ShownLanguage) {
    // Re-renders when a fetch ends: `Some(true)` fetched, `Some(false)` not (or not within
    // ENGLISH_WAIT_MS).
    let outcome = use_state(|| None::<bool>);
    // Only the start holds the app back; after a first outcome, Swedish shows while it waits.
    let at_start = use_mut_ref(|| wanted == Language::En && !english::ready());
    {
        let outcome = outcome.clone();
        use_effect_with(wanted, move |wanted| {
            if *wanted == Language::En && !english::ready() {
                // A new request for English: no failure to show until this one has failed.
                outcome.set(None);
                fetch_english(outcome, None);
            }
        });
    }
    let ready = english::ready();
    if ready || outcome.is_some() {
        *at_start.borrow_mut() = false;
    }
    let shown = if wanted == Language::En && !ready { Language::Sv } else { wanted };
    let failed = wanted == Language::En && !ready && *outcome == Some(false);
    let hold = *at_start.borrow() && wanted == Language::En && !ready;
    let fetch = {
        let outcome = outcome.clone();
        Callback::from(move |()| fetch_english(outcome.clone(), None))
    };
    let ids = ids.clone();
    let retry = Callback::from(move |_: MouseEvent| fetch_english(outcome.clone(), Some(ids.clone())));
    (shown, ShownLanguage { failed, hold, fetch, retry })
}

/// Fetches the English texts (once per page; again after a failure) and reports the outcome.
/// With `refocus`, focus goes to the heading once they are there (the notice's button that
/// asked is gone then).
fn fetch_english(outcome: UseStateHandle<Option<bool>>, refocus: Option<Ids>) {
    if english::ready() {
        return;
    }
    let done = outcome.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let result = lazy::english().await;
        if let Err(e) = &result {
            platform::warn(&format!("Patientkontrakt: the English texts: {e}"));
        }
        done.set(Some(result.is_ok()));
        if let (Ok(()), Some(ids)) = (result, refocus) {
            // After the re-render that removes the notice.
            gloo_timers::callback::Timeout::new(0, move || {
                ids.focus(&ids.id("heading"));
            })
            .forget();
        }
    });
    // A fetch that hangs: say so after a while (it may still arrive; then the page turns English).
    gloo_timers::callback::Timeout::new(ENGLISH_WAIT_MS, move || {
        if !english::ready() {
            outcome.set(Some(false));
        }
    })
    .forget();
}

/// How long a start in English waits at most for its texts before it shows Swedish and says so.
const ENGLISH_WAIT_MS: u32 = 4000;
