//! The Yew adapter: the app's state is a domain [`Session`]; this module only supplies the
//! clock, wires it to `use_reducer`, and keeps what the session asked the browser side to do
//! until the effects hook has done it (never in the reducer itself).

use std::cell::RefCell;
use std::rc::Rc;

use yew::Reducible;

use crate::web::platform;
use pk_core::config::HostConfig;
use pk_core::domain::{Agreement, Command, Effect, Language, Session, Start};

/// A fresh agreement for this host, in `lang` (a new id, made now).
pub fn new_agreement(config: &HostConfig, lang: Language) -> Agreement {
    Agreement::new(platform::new_id(), platform::now(), config.mode.unwrap_or_default(), lang)
}

/// The app's state.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The dialogue and its agreement.
    pub session: Session,
    /// Effects asked for and not yet carried out, oldest first. Several commands may be handled
    /// before the next render; none of their effects is lost.
    outbox: Rc<RefCell<Vec<Effect>>>,
    /// Grows whenever effects were asked for, so the hook that carries them out runs.
    pub asked: u64,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.session == other.session && self.asked == other.asked
    }
}

impl AppState {
    /// The state a widget starts with, with the effects of its start waiting.
    pub fn start(start: Start) -> Self {
        let (session, effects) = Session::start(start, &platform::now());
        let asked = u64::from(!effects.is_empty());
        AppState { session, outbox: Rc::new(RefCell::new(effects)), asked }
    }

    /// The effects waiting to be carried out, in order; they are no longer waiting afterwards.
    pub fn take_effects(&self) -> Vec<Effect> {
        std::mem::take(&mut *self.outbox.borrow_mut())
    }
}

impl Reducible for AppState {
    type Action = Command;

    fn reduce(self: Rc<Self>, cmd: Command) -> Rc<Self> {
        let mut next = (*self).clone();
        let effects = next.session.handle(cmd, &platform::now());
        if effects.is_empty() && next.session == self.session {
            return self;
        }
        if !effects.is_empty() {
            next.outbox.borrow_mut().extend(effects);
            next.asked += 1;
        }
        Rc::new(next)
    }
}
