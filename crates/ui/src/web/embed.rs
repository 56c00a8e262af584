//! The embedding API's browser side: the events a widget sends its host page, and the agreement
//! as the object the host's script reads (the [`crate::bridge`] carries the host's calls). Methods
//! and events are declared in `pk_core::contract` and documented for hosts in the README's "Embedding"
//! section; `detail.v` is the version of the event payloads ([`EVENT_VERSION`]). Patient data
//! goes only to a host that asked for it ([`emit`]).

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use pk_core::config::{exports_to_host, wants_content};
use pk_core::contract::{Attribute, HostEvent, EVENT_VERSION};
use pk_core::domain::envelope;
use pk_core::domain::Agreement;

/// Sends `event` from `host`: a `CustomEvent` with `detail = { v, ...fields }`. Returns `false`
/// when a listener cancelled it: only a [`HostEvent::cancelable`] one, and only from a host that
/// takes the exports (`exports="host"`), which the screen then says beforehand. Any other host
/// would take the file while the screen said "Ladda ner", or, without the content, leave the
/// patient with nothing.
///
/// The field that carries patient data ([`HostEvent::content_field`]) goes only to a host that
/// asked for it ([`asked_for_content`]), in an event that neither bubbles nor crosses a shadow
/// root: only listeners on `host` itself hear it (and a capturing listener on an ancestor, set
/// on purpose). Otherwise the field is left out and the event, like every other, bubbles and is
/// composed, so a listener on `document` hears that it happened and nothing of what was written.
pub fn emit(host: &web_sys::Element, event: HostEvent, fields: &[(&str, JsValue)]) -> bool {
    let content = event.content_field().filter(|_| asked_for_content(host));
    let detail = Object::new();
    let _ = Reflect::set(&detail, &"v".into(), &EVENT_VERSION.into());
    for (k, v) in fields {
        if event.content_field() == Some(*k) && content.is_none() {
            continue;
        }
        let _ = Reflect::set(&detail, &(*k).into(), v);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(content.is_none());
    init.set_composed(content.is_none());
    init.set_cancelable(event.cancelable() && takes_exports(host));
    init.set_detail(&detail);
    match web_sys::CustomEvent::new_with_event_init_dict(event.name(), &init) {
        Ok(e) => host.dispatch_event(&e).unwrap_or(true),
        Err(_) => true,
    }
}

/// Whether `host` asked for the content of `pk-agreed` and `pk-export`: its `events` attribute
/// says so, or its `exports` attribute says the host takes the exports (`data-events`,
/// `data-exports` on a `data-patientkontrakt` host); read when the event is sent.
pub fn asked_for_content(host: &web_sys::Element) -> bool {
    wants_content(attribute(host, Attribute::Events).as_deref()) || takes_exports(host)
}

/// Whether `host` takes the exports: its `exports` attribute (`data-exports`) is `host` (an
/// absent or unknown value is `download`).
pub fn takes_exports(host: &web_sys::Element) -> bool {
    attribute(host, Attribute::Exports).as_deref().and_then(exports_to_host) == Some(true)
}

/// The value of `a` on `host`, under its own name or its `data-` form.
fn attribute(host: &web_sys::Element, a: Attribute) -> Option<String> {
    [a.name(), a.data_name()].into_iter().find_map(|n| host.get_attribute(n))
}

/// The agreement as the native envelope object (what a JSON export holds, parsed).
pub fn agreement_object(a: &Agreement) -> JsValue {
    envelope::encode(a).ok().and_then(|t| js_sys::JSON::parse(&t).ok()).unwrap_or(JsValue::NULL)
}
