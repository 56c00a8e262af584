//! Carries out what the session asked for ([`Effect`]), in order, after the render that shows
//! the command's result: saving, wiping storage, moving focus, telling the host.

use yew::prelude::*;

use super::autosave::Saver;
use super::embedding::tell;
use crate::context::Ids;
use crate::state::AppState;
use pk_core::domain::{Effect, Focus};

/// Carries out the effects waiting in `state`. Focus moves only when something happened: never
/// on a first render that nothing asked for, so the widget does not steal focus from the host.
#[hook]
pub fn use_effects(state: &UseReducerHandle<AppState>, ids: &Ids, saver: &Saver) {
    let state = state.clone();
    let ids = ids.clone();
    let saver = saver.clone();
    let asked = state.asked;
    use_effect_with(asked, move |_| {
        for effect in state.take_effects() {
            let session = &state.session;
            match effect {
                Effect::SaveSoon => saver.soon(session.agreement.clone(), session.is_blank()),
                Effect::WipeStorage => saver.wipe(),
                Effect::ClearDevice => saver.clear_device(),
                Effect::SaveStep(step) => saver.step(step),
                Effect::Focus(f) => focus(&ids, f),
                Effect::Tell(t) => tell(&ids, t),
            }
        }
    });
}

/// Moves focus, and brings it into view where the whole page changed.
fn focus(ids: &Ids, f: Focus) {
    let heading = ids.id("heading");
    match f {
        // A new step: "Tillbaka" and "Steg N av 7" at the top of the view, focus on the heading
        // just below them (focus does not scroll what is in view).
        Focus::Heading => {
            let top = [ids.id("back"), ids.id("step-of")].into_iter().find(|id| ids.exists(id));
            ids.scroll_into_view(top.as_deref().unwrap_or(&heading));
            ids.focus(&heading);
        }
        // A field named by "Ändra" or an error link: focused, in the middle of the view with its
        // label above it; the heading if the step has no such field on screen.
        Focus::Field(field) => {
            let target = ids.field(&field);
            if ids.focus(&target) {
                ids.scroll_to_middle(&target);
            } else {
                ids.scroll_into_view(&heading);
                ids.focus(&heading);
            }
        }
        Focus::ClearQuestion => {
            ids.focus(&ids.id("clear-confirm"));
        }
        Focus::ClearButton => {
            ids.focus(&ids.id("clear"));
        }
        // The question that replaces the draft, or the one asking in which mode her preparation
        // continues (which also replaces it).
        Focus::ReplaceQuestion => {
            if !ids.focus(&ids.id("replace-confirm")) {
                ids.focus(&ids.id("open-as"));
            }
        }
        Focus::Notice => {
            ids.focus(&ids.id("notice"));
            ids.scroll_into_view(&ids.id("notice"));
        }
    }
}
