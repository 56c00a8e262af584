//! Autosave: the one place that writes the draft to storage. What to save and when is the
//! session's to say ([`pk_core::domain::Effect`]); this hook keeps the timer and the listeners.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::state::AppState;
use crate::web::storage::{self, Store};
use crate::web::{platform, wipe};
use pk_core::domain::{Agreement, Command, Step};

/// How long after the last change the draft is saved. Well inside the promised second;
/// browser tests wait for it.
pub const AUTOSAVE_MS: u32 = 400;

/// What waits to be written: the agreement, and whether it is blank (then storage is cleared).
type Dirty = Rc<RefCell<Option<(Agreement, bool)>>>;

/// Writes to storage for one widget.
#[derive(Clone)]
pub struct Saver {
    store: Store,
    dirty: Dirty,
    timer: Rc<RefCell<Option<Timeout>>>,
    save_now: Rc<dyn Fn()>,
    dispatcher: UseReducerDispatcher<AppState>,
}

impl Saver {
    /// Saves `a` [`AUTOSAVE_MS`] from now (a burst of typing is one write); a blank agreement
    /// removes what was stored instead of writing it.
    pub fn soon(&self, a: Agreement, blank: bool) {
        *self.dirty.borrow_mut() = Some((a, blank));
        let save = self.save_now.clone();
        *self.timer.borrow_mut() = Some(Timeout::new(AUTOSAVE_MS, move || save()));
    }

    /// Removes what storage holds, at once, and drops a save that is waiting.
    pub fn wipe(&self) {
        self.timer.borrow_mut().take();
        self.dirty.borrow_mut().take();
        storage::clear(&self.store);
    }

    /// "Rensa uppgifter": as [`Saver::wipe`], then every draft of the widget on this device
    /// ([`wipe::clear_device`]); what could not be removed is told ([`Command::ClearFailed`]).
    pub fn clear_device(&self) {
        self.wipe();
        let store = self.store.clone();
        let dispatcher = self.dispatcher.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(left) = wipe::clear_device(&store).await {
                platform::warn(&format!("Patientkontrakt: \"Rensa uppgifter\" left something behind: {left:?}"));
                dispatcher.dispatch(Command::ClearFailed);
            }
        });
    }

    /// Stores the step on screen with the draft.
    pub fn step(&self, step: Step) {
        storage::save_step(&self.store, step);
    }
}

/// The [`Saver`] of this widget. What waits is written at once when the page is hidden or
/// closed (`pagehide`, `visibilitychange`), so switching away never waits for the timer. A failed
/// write is reported as [`Command::SaveFailed`]; the text stays in memory.
#[hook]
pub fn use_autosave(store: &Store, state: &UseReducerHandle<AppState>) -> Saver {
    let dirty: Dirty = use_mut_ref(|| None);
    let timer = use_mut_ref(|| None::<Timeout>);
    let save_now: Rc<dyn Fn()> = {
        let store = store.clone();
        let dirty = dirty.clone();
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            let f: Rc<dyn Fn()> = Rc::new(move || {
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
    {
        let save_now = save_now.clone();
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
    Saver { store: store.clone(), dirty, timer, save_now, dispatcher: state.dispatcher() }
}
