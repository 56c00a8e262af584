//! What her code (`show_code`) and the agreement's link (`take_link`) share: the `closed`
//! function the code module calls when its panel is closed, and focus back on the button.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::context::Ids;
use crate::web::platform;

/// A JavaScript function that sets `state` to `to` when called (once; never called, it is
/// freed with the page).
pub(super) fn closed_callback<T: 'static>(state: &UseStateHandle<T>, to: T) -> JsValue {
    let state = state.clone();
    Closure::once_into_js(move || state.set(to))
}

/// Focus moves to the panel `panel` (an id name) when it appears, and back to the button
/// `button` when it closes (not on the first render).
#[hook]
pub(super) fn use_panel_focus(ids: &Ids, showing: bool, panel: &'static str, button: &'static str) {
    let ids = ids.clone();
    let first = use_mut_ref(|| true);
    use_effect_with(showing, move |showing| {
        if *showing {
            platform::focus(ids.root(), &ids.id(panel));
        } else if !std::mem::replace(&mut *first.borrow_mut(), false) {
            platform::focus(ids.root(), &ids.id(button));
        }
    });
}
