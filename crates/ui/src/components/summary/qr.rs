//! What her code (`show_code`) and the agreement's link (`take_link`) share: a QR code drawn
//! as an SVG with its quiet zone, and the panel that takes focus when it appears and gives it
//! back to its button when it closes.

use yew::prelude::*;

use crate::context::Ids;
use crate::web::code::Qr;
use crate::web::platform;

/// White modules around the code: the quiet zone a reader needs (4 by the standard).
const QUIET: usize = 4;

/// The code as an SVG image, black on white with its quiet zone; `alt` says what it holds.
pub(super) fn qr_svg(qr: &Qr, alt: &str) -> Html {
    let side = qr.width + 2 * QUIET;
    html! {
        <svg xmlns="http://www.w3.org/2000/svg" viewBox={format!("0 0 {side} {side}")} role="img"
            aria-label={alt.to_string()} shape-rendering="crispEdges">
            <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
            <path d={qr.path(QUIET)} fill="#000" />
        </svg>
    }
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
