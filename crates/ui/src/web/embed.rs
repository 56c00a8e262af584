//! The embedding API's browser side: the events a widget sends its host page, and the agreement
//! as the object the host's script reads (the [`crate::bridge`] carries the host's calls). Methods
//! and events are declared in `pk_core::contract` and documented for hosts in the README's "Embedding"
//! section; `detail.v` is the version of the event payloads ([`EVENT_VERSION`]).

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use pk_core::contract::{HostEvent, EVENT_VERSION};
use pk_core::domain::envelope;
use pk_core::domain::Agreement;

/// Sends `event` from `host`: a `CustomEvent` that bubbles and crosses shadow roots, with
/// `detail = { v: 1, ...fields }`. Returns `false` when a listener cancelled it (only a
/// [`HostEvent::cancelable`] one can be).
pub fn emit(host: &web_sys::Element, event: HostEvent, fields: &[(&str, JsValue)]) -> bool {
    let detail = Object::new();
    let _ = Reflect::set(&detail, &"v".into(), &EVENT_VERSION.into());
    for (k, v) in fields {
        let _ = Reflect::set(&detail, &(*k).into(), v);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(event.cancelable());
    init.set_detail(&detail);
    match web_sys::CustomEvent::new_with_event_init_dict(event.name(), &init) {
        Ok(e) => host.dispatch_event(&e).unwrap_or(true),
        Err(_) => true,
    }
}

/// The agreement as the native envelope object (what a JSON export holds, parsed).
pub fn agreement_object(a: &Agreement) -> JsValue {
    envelope::encode(a).ok().and_then(|t| js_sys::JSON::parse(&t).ok()).unwrap_or(JsValue::NULL)
}
