//! The host element's attributes that may change after the widget started, watched.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use pk_core::contract::Attribute;

/// Watches the host element's `exports` attribute (`data-exports` on a `data-patientkontrakt`
/// host): an iframe's host says where the exports go in its hello, which may come after the
/// widget started. `changed` gets whether the host now takes them (an absent or unknown value is
/// `download`). Watching stops when the observer is disconnected (and the closure dropped).
pub fn watch_exports(
    host: &web_sys::Element,
    changed: impl Fn(bool) + 'static,
) -> Option<(web_sys::MutationObserver, Closure<dyn FnMut()>)> {
    let names = [Attribute::Exports.name(), Attribute::Exports.data_name()];
    let h = host.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        changed(super::embed::takes_exports(&h));
    });
    let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    let init = web_sys::MutationObserverInit::new();
    init.set_attribute_filter(&js_sys::Array::of2(&names[0].into(), &names[1].into()));
    observer.observe_with_options(host, &init).ok()?;
    Some((observer, callback))
}
