//! An agreement link opened (`<page>#pk=…`, from the code an agreed consultation shows: issue
//! 28, point 3). Only then is the code module loaded, which reads the link back
//! (`web::code::read_link`: the widget's first load carries no link reading); the fragment is
//! then taken off the address (`history.replaceState`), whatever follows: opened or not. The
//! JSON is decoded as an opened file is (`web::files::decode`: the same decoder and limits), then
//! opened as a file is (`Command::Opened`): over a draft that holds her text she is asked
//! first, with the question opening a file asks. That waits until what storage holds is known
//! (the durable copy read, or a stored draft that cannot be read decided on). A link that cannot
//! be read says so, and nothing is replaced. If the module cannot be loaded, the link stays in
//! the address and she is asked to reload the page.

use std::rc::Rc;

use yew::prelude::*;

use crate::state::AppState;
use crate::web::code::{self, Unread};
use crate::web::{files, platform};
use pk_core::domain::envelope::{ImportError, FILE_LIMIT_BYTES};
use pk_core::domain::{Agreement, Command};

/// Why the link opened could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkProblem {
    /// Not our compressed bytes (cut short, changed by hand).
    Damaged,
    /// Bytes that are no agreement: the file decoder's error.
    Import(ImportError),
    /// It could not be read now (the code module did not load): reloading tries again.
    Unavailable,
}

/// Opens an agreement link in the page's address when `on` (the host did not turn it off). What
/// could not be read, until she moves to another page.
#[hook]
pub fn use_agreement_link(on: bool, state: &UseReducerHandle<AppState>) -> Option<LinkProblem> {
    let problem = use_state(|| None::<(LinkProblem, u32)>);
    let waiting = use_mut_ref(|| None::<Agreement>);
    let update = use_force_update();
    // The page she is on, for a problem told after a later link.
    let navigations = use_mut_ref(|| 0u32);
    *navigations.borrow_mut() = state.session.navigations;
    {
        let problem = problem.clone();
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            let take = move || take_link(&problem, &waiting, &update, *navigations.borrow());
            // At start, and when a link to this very page is opened while it is open (the
            // browser then only changes the fragment, and the page stays).
            let listener = on.then(|| {
                take();
                web_sys::window().map(|w| gloo_events::EventListener::new(&w, "hashchange", move |_| take()))
            });
            move || drop(listener)
        });
    }
    // Opened once what storage holds is known, so that her stored draft is asked about.
    {
        let ready = !state.session.durable_pending && !state.session.autosave_paused;
        let st = state.clone();
        use_effect(move || {
            if ready {
                if let Some(a) = waiting.borrow_mut().take() {
                    st.dispatch(Command::Opened(Ok(Box::new(a))));
                }
            }
        });
    }
    (*problem).clone().filter(|(_, at)| *at == state.session.navigations).map(|(p, _)| p)
}

/// Takes an agreement link off the address, if there is one, and reads it: the agreement then
/// waits in `waiting` (and `arrived` says so), or `problem` says why not.
fn take_link(
    problem: &UseStateHandle<Option<(LinkProblem, u32)>>,
    waiting: &Rc<std::cell::RefCell<Option<Agreement>>>,
    update: &UseForceUpdateHandle,
    navigations: u32,
) {
    let Some(fragment) = platform::link_fragment() else { return };
    let fail = {
        let problem = problem.clone();
        Rc::new(move |p: LinkProblem| problem.set(Some((p, navigations))))
    };
    let (waiting, update) = (waiting.clone(), update.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let read = code::read_link(&fragment, FILE_LIMIT_BYTES).await;
        if let Err(Unread::Unavailable(why)) = &read {
            platform::warn(&format!("the agreement link could not be read: {why}"));
            return fail(LinkProblem::Unavailable);
        }
        platform::drop_link_fragment();
        match read {
            Ok(json) => {
                let fail = fail.clone();
                files::decode(
                    json,
                    Callback::from(move |r: Result<Agreement, ImportError>| match r {
                        Ok(a) => {
                            *waiting.borrow_mut() = Some(a);
                            update.force_update();
                        }
                        Err(e) => fail(LinkProblem::Import(e)),
                    }),
                );
            }
            Err(Unread::TooLarge) => fail(LinkProblem::Import(ImportError::TooLarge {
                bytes: FILE_LIMIT_BYTES + 1,
                limit: FILE_LIMIT_BYTES,
            })),
            Err(_) => fail(LinkProblem::Damaged),
        }
    });
}
