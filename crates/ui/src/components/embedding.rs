//! The app's side of the embedding: it publishes its agreement to the host's [`Bridge`], carries
//! out the host's calls, and sends the `pk-…` events. Which fields changed is said by key,
//! never by text: a tag manager listening on `document` must not see patient data.

use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::app::{new_agreement, Props};
use crate::state::AppState;
use crate::web::embed::{agreement_object, Call};
use pk_core::contract::HostEvent;
use pk_core::domain::{Action, Command, Mode, Notice, Status, Step, StorageProblem};

/// The events and the host's calls, for the app in `p` with this state.
#[hook]
pub fn use_embedding(p: &Props, state: &UseReducerHandle<AppState>) {
    let session = &state.session;
    let ids = p.ids.clone();
    p.bridge.publish(state);
    {
        let bridge = p.bridge.clone();
        let config = p.config.clone();
        let st = state.clone();
        let i = ids.clone();
        use_effect_with((), move |_| {
            bridge.listen(Callback::from(move |call: Call| match call {
                Call::Set(a) => st.dispatch(Command::Set(a)),
                Call::Reset => {
                    let lang = st.session.agreement.language;
                    st.dispatch(Command::Clear(Box::new(new_agreement(&config, lang))));
                }
                Call::Language(l) => st.dispatch(Command::Edit(Action::SetLanguage(l))),
                Call::Settings(s) => st.dispatch(Command::Settings(s)),
            }));
            i.emit(HostEvent::Ready, &[]);
        });
    }
    {
        let i = ids.clone();
        let step = session.step;
        let field = session.last_change.clone();
        use_effect_with(session.revision, move |rev| {
            if *rev > 0 {
                i.emit(
                    HostEvent::Change,
                    &[("step", step.key().into()), ("field", field.map(JsValue::from).unwrap_or(JsValue::NULL))],
                );
            }
        });
    }
    {
        let i = ids.clone();
        let step = session.step;
        let mode = session.agreement.mode;
        use_effect_with(session.navigations, move |n| {
            if *n > 0 {
                i.emit(HostEvent::Step, &[("step", step.key().into())]);
                if step == Step::Summary && mode == Mode::Prepare {
                    i.emit(HostEvent::Complete, &[]);
                }
            }
        });
    }
    {
        let i = ids.clone();
        let agreed = session.agreement.status == Status::Agreed;
        let marked = session.notice == Some(Notice::Agreed);
        let a = session.agreement.clone();
        // Marked as agreed here (not an agreed file opened): the host gets the agreement.
        use_effect_with(agreed && marked, move |now| {
            if *now {
                i.emit(HostEvent::Agreed, &[("agreement", agreement_object(&a))]);
            }
        });
    }
    {
        let i = ids.clone();
        use_effect_with(session.clears, move |n| {
            if *n > 0 {
                i.emit(HostEvent::Reset, &[]);
            }
        });
    }
    {
        let i = ids.clone();
        let error = session.import_error.clone();
        use_effect_with(error, move |e| {
            if let Some(e) = e {
                let message = pk_core::content::import_error(pk_core::domain::Language::En, e);
                let detail = pk_core::content::import_error_detail(pk_core::domain::Language::En, e);
                let detail = detail.map_or(wasm_bindgen::JsValue::NULL, Into::into);
                i.emit(HostEvent::Error, &[("kind", "import".into()), ("message", message.into()), ("detail", detail)]);
            }
        });
    }
    {
        let storage = match &session.notice {
            Some(Notice::Storage(StorageProblem::Full)) => Some("full"),
            Some(Notice::Storage(StorageProblem::Blocked)) => Some("blocked"),
            Some(Notice::Storage(StorageProblem::Missing)) => Some("missing"),
            _ => None,
        };
        use_effect_with(storage, move |s| {
            if let Some(s) = s {
                ids.emit(HostEvent::Error, &[("kind", "storage".into()), ("problem", (*s).into())]);
            }
        });
    }
}
