//! Autosave as a hook: the one place that decides when the draft is written to storage.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::state::AppState;
use crate::web::storage::{self, Store};
use pk_core::domain::{Agreement, Command};

/// How long after the last change the draft is saved. Well inside the promised second;
/// browser tests wait for it.
pub const AUTOSAVE_MS: u32 = 400;

/// Saves the session's agreement to `store`, [`AUTOSAVE_MS`] after the last change (a burst of
/// typing is one write), and at once when the page is hidden or closed (`pagehide`,
/// `visibilitychange`), so switching away never waits for the timer.
///
/// It follows what the session says: nothing is written while `autosave_paused` is set (an
/// unreadable stored draft must not be overwritten before the user chooses to start afresh);
/// a blank agreement removes what was stored instead of writing it; each "Rensa uppgifter"
/// (`clears` growing) wipes storage at once and drops any pending save. A failed write is
/// reported as [`Command::SaveFailed`]; the text stays in memory.
#[hook]
pub fn use_autosave(store: &Store, state: &UseReducerHandle<AppState>) {
    let dirty = use_mut_ref(|| None::<(Agreement, bool)>);
    let timer = use_mut_ref(|| None::<Timeout>);
    let save_now: std::rc::Rc<dyn Fn()> = {
        let store = store.clone();
        let dirty = dirty.clone();
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            let f: std::rc::Rc<dyn Fn()> = std::rc::Rc::new(move || {
                let Some((a, blank)) = dirty.borrow_mut().take() else { return };
                let result = if blank {
                    // Nothing worth keeping: leave nothing behind.
                    storage::clear(&store);
                    Ok(())
                } else {
                    storage::save(&store, &a)
                };
                if let Err(problem) = result {
                    dispatcher.dispatch(Command::SaveFailed(problem));
                }
            });
            f
        })
        .as_ref()
        .clone()
    };
    let session = &state.session;
    {
        let dirty = dirty.clone();
        let timer = timer.clone();
        let save_now = save_now.clone();
        let agreement = session.agreement.clone();
        let blank = session.is_blank();
        use_effect_with((session.revision, session.autosave_paused), move |(revision, paused)| {
            if *revision > 0 && !*paused {
                *dirty.borrow_mut() = Some((agreement, blank));
                let save = save_now.clone();
                *timer.borrow_mut() = Some(Timeout::new(AUTOSAVE_MS, move || save()));
            }
        });
    }
    {
        let store = store.clone();
        use_effect_with(session.clears, move |clears| {
            if *clears > 0 {
                timer.borrow_mut().take();
                dirty.borrow_mut().take();
                storage::clear(&store);
            }
        });
    }
    {
        let store = store.clone();
        let step = session.step;
        let blank = session.is_blank();
        let paused = session.autosave_paused;
        use_effect_with(session.navigations, move |n| {
            if *n > 0 && !blank && !paused {
                storage::save_step(&store, step);
            }
        });
    }
    use_effect_with((), move |_| {
        let listeners = web_sys::window().map(|w| {
            let s1 = save_now.clone();
            let s2 = save_now;
            let hide = gloo_events::EventListener::new(&w, "pagehide", move |_| s1());
            let vis = w.document().map(|d| gloo_events::EventListener::new(&d, "visibilitychange", move |_| s2()));
            (hide, vis)
        });
        move || drop(listeners)
    });
}
