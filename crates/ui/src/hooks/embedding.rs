//! The app's side of the embedding: it publishes its agreement to the host's [`Bridge`], carries
//! out the host's calls, and sends the `pk-…` events. Which fields changed is said by key,
//! never by text: a tag manager listening on `document` must not see patient data.

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::bridge::Bridge;
use crate::bridge::Call;
use crate::context::Ids;
use crate::state::{new_agreement, AppState};
use crate::web::embed::agreement_object;
use crate::web::watch::watch_exports;
use pk_core::config::HostConfig;
use pk_core::contract::HostEvent;
use pk_core::domain::{Action, Command, Language, StorageProblem, Tell};

/// The host's calls through `bridge` and `pk-ready`, for the app of this host `config` with this
/// state (the other events are effects of commands: [`tell`]).
#[hook]
pub fn use_embedding(config: &HostConfig, ids: &Ids, bridge: &Bridge, state: &UseReducerHandle<AppState>) {
    let ids = ids.clone();
    bridge.publish(state);
    {
        let bridge = bridge.clone();
        let config = config.clone();
        let st = state.clone();
        let owner = ids.prefix().to_string();
        use_effect_with((), move |_| {
            bridge.listen(Callback::from(move |call: Call| match call {
                Call::Set { agreement, replace } => st.dispatch(Command::HostSet { agreement, replace }),
                Call::Reset { replace } => {
                    let lang = st.session.agreement.language;
                    st.dispatch(Command::HostReset { fresh: Box::new(new_agreement(&config, lang)), replace });
                }
                Call::Language(l) => st.dispatch(Command::Edit(Action::SetLanguage(l))),
                Call::Settings(s) => {
                    // The region's words for texts, on screen and in print from the next render
                    // (the settings change the state, so everything is drawn again).
                    pk_core::content::texts::set_overrides(&owner, &s.texts);
                    st.dispatch(Command::Settings(s));
                }
            }));
        });
    }
    {
        // `pk-ready` once what storage holds is known (the durable copy read, or given up on
        // after a moment): a host's first `setAgreement` then sees her stored draft, not a
        // blank start page it could replace at once.
        let i = ids.clone();
        let told = use_mut_ref(|| false);
        use_effect_with(state.session.durable_pending, move |pending| {
            if !*pending && !std::mem::replace(&mut *told.borrow_mut(), true) {
                i.emit(HostEvent::Ready, &[]);
            }
        });
    }
    {
        let st = state.clone();
        use_effect_with((), move |_| {
            let watch =
                ids.host().and_then(|h| watch_exports(h, move |to_host| st.dispatch(Command::ExportsToHost(to_host))));
            move || {
                if let Some((observer, _)) = watch {
                    observer.disconnect();
                }
            }
        });
    }
}

/// Tells the host page, as the `pk-…` event the README's "Embedding" lists.
pub fn tell(ids: &Ids, t: Tell) {
    match t {
        Tell::Change { step, field } => {
            let field = field.map(JsValue::from).unwrap_or(JsValue::NULL);
            ids.emit(HostEvent::Change, &[("step", step.key().into()), ("field", field)]);
        }
        Tell::Step(step) => {
            ids.emit(HostEvent::Step, &[("step", step.key().into())]);
        }
        Tell::Complete => {
            ids.emit(HostEvent::Complete, &[]);
        }
        Tell::Agreed(a) => {
            ids.emit(HostEvent::Agreed, &[("agreement", agreement_object(&a))]);
        }
        Tell::Reset => {
            ids.emit(HostEvent::Reset, &[]);
        }
        Tell::ImportFailed(e) => {
            let message = pk_core::content::import_error(Language::EN, &e);
            let detail = pk_core::content::import_error_detail(Language::EN, &e).map_or(JsValue::NULL, Into::into);
            ids.emit(HostEvent::Error, &[("kind", "import".into()), ("message", message.into()), ("detail", detail)]);
        }
        Tell::Storage(problem) => {
            let problem = match problem {
                StorageProblem::Full => "full",
                StorageProblem::Blocked => "blocked",
                StorageProblem::Missing => "missing",
                StorageProblem::Failed => "failed",
            };
            ids.emit(HostEvent::Error, &[("kind", "storage".into()), ("problem", problem.into())]);
        }
    }
}
