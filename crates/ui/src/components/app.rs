//! The root component: starts the session, wires the hooks that carry out what it asks for,
//! and shows the view on screen (the dialogue, the unit's follow-up, or the read-only
//! printout) under the header. The flow itself lives in the domain `Session`.

use yew::prelude::*;

use super::dialogue::{wide, Dialogue};
use super::header::Header;
use super::print_view::PrintView;
use super::{Ids, Lang, StepProps};
use crate::bridge::Bridge;
use crate::context::LinkPage;
use crate::hooks::autosave::use_autosave;
use crate::hooks::effects::use_effects;
use crate::hooks::embedding::use_embedding;
use crate::hooks::language::use_shown_language;
use crate::hooks::lifecycle::{use_durable, use_exports_ahead, use_handover_focus, use_top_on_restore};
use crate::hooks::link::{use_agreement_link, LinkProblem};
use crate::hooks::read_aloud::use_read_aloud;
use crate::state::{new_agreement, AppState};
use crate::web::storage::{self, Store};
use crate::web::{files, platform};
use pk_core::config::{Handover, HostConfig, StoragePolicy};
use pk_core::content::Ui;
use pk_core::domain::{Agreement, Command, Loaded, Start, StorageProblem, View};

/// What the app starts with; the widget's module reads it from the host element and storage.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
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

/// How the session starts for these properties.
fn start(p: &AppProps) -> Start {
    Start {
        loaded: p.loaded.clone(),
        fresh: new_agreement(&p.config, p.config.start_language(p.page_lang.as_deref())),
        problem: p.storage_problem,
        storage_off: p.config.storage == StoragePolicy::None,
        followup: p.config.followup,
        stored_step: storage::load_step(&p.store),
        readonly: p.config.readonly,
        exports_to_host: p.config.exports_to_host,
        durable: storage::has_durable(&p.store),
        handover: p.handover.commands(),
        host: p.config.host_choices(),
    }
}

/// The app.
#[component]
pub fn App(p: &AppProps) -> Html {
    let state = {
        let s = start(p);
        use_reducer(move || AppState::start(s))
    };
    let ids = p.ids.clone();
    let saver = use_autosave(&p.store, &state);
    use_embedding(&p.config, &ids, &p.bridge, &state);
    use_effects(&state, &ids, &saver);
    use_durable(&p.store, &state);
    use_exports_ahead(&state, p.config.readonly);
    use_handover_focus(&ids, p.handover.focus.clone().filter(|_| !p.handover.begun));
    let reader = use_mut_ref(|| None::<gloo_file::callbacks::FileReader>);
    let link_on = p.config.agreement_link() && !p.config.followup;
    let link_problem = use_agreement_link(link_on, &state);
    let link_page = {
        let page = p.config.agreement_page.clone();
        use_memo(link_on, move |on| {
            LinkPage(on.then(|| page.or_else(platform::page_address)).flatten().map(Into::into))
        })
    };

    let session = &state.session;
    let a = &session.agreement;
    let (lang, shown) = use_shown_language(a.language, &ids);
    let aloud = use_read_aloud(lang, session.step, &ids);
    let restored = matches!(session.notice, Some(pk_core::domain::Notice::Restored { .. }));
    use_top_on_restore(&ids, restored && !shown.hold);
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
    let onclear = {
        let st = state.clone();
        let config = p.config.clone();
        let kept = a.language;
        Callback::from(move |_: MouseEvent| st.dispatch(Command::Clear(Box::new(new_agreement(&config, kept)))))
    };
    let offers = shown.offers(&state, lang);
    let header = html! {
        <>
            <Header {lang} {offers} />
            { shown.notice(&ids) }
            { link_problem.map(|problem| link_problem_message(&problem, &ids, lang)).unwrap_or_default() }
        </>
    };
    let (class, body) = if p.config.readonly {
        // The agreement the host set, as the patient's printout shows it; no steps, no inputs.
        let body = if a.is_blank() {
            html! { <p class="pk-body" id={ids.id("readonly-empty")}>{ Ui::ReadonlyEmpty.get(lang) }</p> }
        } else {
            html! { <PrintView agreement={a.clone()} on_screen=true /> }
        };
        let body = html! { <><div class="pk-screen-only">{ header }</div>{ body }</> };
        (classes!("pk-root", "pk-root--readonly"), body)
    } else if session.view == View::Followup {
        let st = state.clone();
        let onclose = Callback::from(move |_| st.dispatch(Command::CloseFollowup));
        let body =
            html! { <><div class="pk-screen-only">{ header }</div><super::lazy_followup::LazyFollowup {onclose} /></> };
        (classes!("pk-root", "pk-root--wide"), body)
    } else {
        let label = p.config.label.clone().or_else(|| (ids.ordinal() > 1).then(|| format!("({})", ids.ordinal())));
        let step = StepProps { state: state.clone(), ids: ids.clone(), aloud };
        let body =
            html! { <Dialogue {step} label={label.map(AttrValue::from)} {onfile} {onclear}>{ header }</Dialogue> };
        (classes!("pk-root", wide(session).then_some("pk-root--wide")), body)
    };
    let id = p.config.readonly.then(|| ids.id("readonly"));
    html! {
        <ContextProvider<Ids> context={ids.clone()}>
        <ContextProvider<Lang> context={Lang::now(lang)}>
        <ContextProvider<LinkPage> context={(*link_page).clone()}>
        <ContextProvider<Store> context={p.store.clone()}>
            <div {class} lang={lang.lang()} dir={lang.info().dir.attr()} {id} hidden={shown.hold}>{ body }</div>
        </ContextProvider<Store>>
        </ContextProvider<LinkPage>>
        </ContextProvider<Lang>>
        </ContextProvider<Ids>>
    }
}

/// Why the agreement link in the address could not be opened: nothing was replaced.
fn link_problem_message(problem: &LinkProblem, ids: &Ids, lang: pk_core::domain::Language) -> Html {
    let text = match problem {
        LinkProblem::Damaged => Ui::LinkDamaged.get(lang).to_string(),
        LinkProblem::Import(e) => pk_core::content::import_error(lang, e),
        LinkProblem::Unavailable => Ui::LinkUnavailable.get(lang).to_string(),
    };
    html! {
        <div class="pk-error-summary" role="alert" id={ids.id("link-error")}>
            <@{ids.h(1)} class="pk-error-summary__title">{ Ui::LinkOpenError.get(lang) }</@>
            <p class="pk-body">{ text }</p>
        </div>
    }
}
