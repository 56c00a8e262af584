//! What happens around the dialogue without the user asking: the durable copy of the draft
//! arriving after start, the journal exports fetched ahead in a consultation, focus given
//! back to the control that had it on the static start page, and the top of the page after a
//! reload that brought back her draft.

use yew::prelude::*;

use crate::context::Ids;
use crate::state::AppState;
use crate::web::storage::{self, Store};
use crate::web::{lazy, platform};
use pk_core::domain::{Command, Loaded, Mode, Step, View};

/// How long the start page waits at most for the durable copy before "Fortsätt" goes ahead.
const DURABLE_WAIT_MS: u32 = 2000;

/// The durable copy (IndexedDB) arrives a moment after start; the session decides whether it
/// replaces what the app started with. Should IndexedDB never answer, the start page does not
/// wait for it for ever.
#[hook]
pub fn use_durable(store: &Store, state: &UseReducerHandle<AppState>) {
    let store = store.clone();
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let d = dispatcher.clone();
        storage::load_durable(&store, move |loaded, step| d.dispatch(Command::Durable(loaded, step)));
        let timeout = gloo_timers::callback::Timeout::new(DURABLE_WAIT_MS, move || {
            dispatcher.dispatch(Command::Durable(Loaded::Nothing, None))
        });
        move || drop(timeout)
    });
}

/// A consultation will need the journal exports at its summary: once its first step is on
/// screen (the first load is done), the exports module is fetched in the background, so the
/// note is ready when the summary opens and a connection lost meanwhile does not matter. A
/// preparation, the follow-up and the read-only view never fetch it.
#[hook]
pub fn use_exports_ahead(state: &UseReducerHandle<AppState>, readonly: bool) {
    let s = &state.session;
    let consulting =
        s.view == View::Dialogue && s.step != Step::Start && s.agreement.mode == Mode::Consultation && !readonly;
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

/// The control that had focus on the static start page has it again, unless "Börja" was
/// pressed (then the step's heading takes it, as after any "Börja").
#[hook]
pub fn use_handover_focus(ids: &Ids, focus: Option<String>) {
    let ids = ids.clone();
    use_effect_with((), move |_| {
        if let Some(id) = focus {
            ids.focus(&id);
        }
    });
}

/// A reload that brings back her draft starts at the top, with "Vi har hämtat…" in view (the
/// browser would put back where she was on a long step). Once per start, when the notice is
/// first on screen (not while the app is held back for its language).
#[hook]
pub fn use_top_on_restore(ids: &Ids, restored: bool) {
    let ids = ids.clone();
    let done = use_mut_ref(|| false);
    use_effect_with(restored, move |restored| {
        if *restored && !std::mem::replace(&mut *done.borrow_mut(), true) {
            ids.start_at_top(&ids.id("notice"));
        }
    });
}
