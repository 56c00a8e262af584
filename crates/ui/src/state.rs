//! The Yew adapter: the app's state is a domain [`Session`]; this module only supplies the
//! clock and wires it to `use_reducer`. Saving happens in an effect (see `components::app`),
//! never in the reducer.

use std::rc::Rc;

use yew::Reducible;

use crate::web::platform;
use pk_core::domain::{Command, Session};

/// The app's state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The dialogue and its agreement.
    pub session: Session,
}

impl Reducible for AppState {
    type Action = Command;

    fn reduce(self: Rc<Self>, cmd: Command) -> Rc<Self> {
        let mut next = (*self).clone();
        next.session.handle(cmd, &platform::now());
        if next == *self {
            return self;
        }
        Rc::new(next)
    }
}
