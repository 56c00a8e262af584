//! The hand-off code (`pk_core::formats::handoff`): her preparation (or the agreement's link)
//! compressed, drawn and shown in its panel by the `pk-code` module, loaded the first time it is
//! asked for; and an agreement link read back by the same module ([`read_link`]; a code the
//! clinic's camera saw is read back by the scan module). Nothing leaves the page: the code is
//! only drawn on the screen.

use wasm_bindgen::prelude::*;

use super::lazy::{self, describe, Module};
use pk_core::contract::modules::code;
use pk_core::domain::{envelope, Agreement};

/// Why the code could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Too much for the codes of a sequence, or for the one code of a link.
    TooLarge,
    /// The module could not be loaded or could not draw (a message for the console).
    Failed(String),
}

/// What the code module shows.
pub enum Show<'a> {
    /// Her preparation: one code, or the frames of a sequence.
    Codes {
        /// The panel's heading element ("h3").
        heading: &'a str,
    },
    /// The one code of the link to this page that carries the agreement (`handoff::link`).
    Link {
        /// The page the link opens.
        page: &'a str,
    },
}

/// `a` shown as a code by the code module (loaded now if it is not yet), in a panel it draws
/// in `host`, in `texts` (by the keys of `contract::modules::code::text`); element ids begin
/// with `ids`; `opener` is hidden while the panel is open.
pub async fn show(
    host: &web_sys::Element,
    a: &Agreement,
    what: Show<'_>,
    texts: JsValue,
    ids: &str,
    opener: &web_sys::Element,
) -> Result<(), Problem> {
    // The module leaves out the spaces (`handoff::compact`): the widget's own encoder is reused.
    let document = envelope::encode(a).map_err(|e| Problem::Failed(e.to_string()))?;
    let module = lazy::load(Module::Code).await.map_err(Problem::Failed)?;
    let bytes: JsValue = js_sys::Uint8Array::from(document.as_bytes()).into();
    let (name, args) = match what {
        Show::Codes { heading } => {
            (code::SHOW_CODES, [host.into(), bytes, texts, ids.into(), heading.into(), opener.into()])
        }
        Show::Link { page } => (code::SHOW_LINK, [host.into(), bytes, page.into(), texts, ids.into(), opener.into()]),
    };
    let f = lazy::function(&module, name).map_err(Problem::Failed)?;
    let answer = f.apply(&JsValue::NULL, &args.iter().collect()).map_err(|e| Problem::Failed(describe(e)))?;
    match answer.as_string().unwrap_or_default().as_str() {
        "" => Ok(()),
        code::TOO_LARGE => Err(Problem::TooLarge),
        other => Err(Problem::Failed(other.to_string())),
    }
}

/// Why an agreement link could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unread {
    /// The code module could not be loaded (a message for the console): the link is left in
    /// the address, so that reloading the page tries again.
    Unavailable(String),
    /// It inflates to more than an opened file may be.
    TooLarge,
    /// Not a whole link: cut short, or changed by hand.
    Damaged,
}

/// The native JSON an agreement link's `fragment` carries, read by the code module (loaded now
/// if it is not yet), at most `limit` bytes of it.
pub async fn read_link(fragment: &str, limit: usize) -> Result<Vec<u8>, Unread> {
    let module = lazy::load(Module::Code).await.map_err(Unread::Unavailable)?;
    let f = lazy::function(&module, code::READ_LINK).map_err(Unread::Unavailable)?;
    let promise = f
        .call2(&JsValue::NULL, &fragment.into(), &(limit as f64).into())
        .map_err(|e| Unread::Unavailable(describe(e)))?;
    match wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(json) => Ok(js_sys::Uint8Array::new(&json).to_vec()),
        Err(e) if e.as_string().as_deref() == Some(code::TOO_LARGE) => Err(Unread::TooLarge),
        Err(_) => Err(Unread::Damaged),
    }
}
