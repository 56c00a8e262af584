//! The hand-off code (`pk_core::formats::handoff`): her preparation (or the agreement's link)
//! compressed, drawn and shown in its panel by the `pk-code` module, loaded the first time it is
//! asked for; and read back (a code the clinic's camera saw, a link opened) by the browser's
//! own raw inflater (`code.js`). Nothing leaves the page: the code is only drawn on the screen.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::lazy::{self, describe, Module};
use pk_core::contract::modules::code;
use pk_core::domain::{envelope, Agreement};
use pk_core::formats::handoff;

#[wasm_bindgen(module = "/src/web/code.js")]
extern "C" {
    #[wasm_bindgen(js_name = inflateRaw, catch)]
    fn inflate_raw(bytes: &[u8], limit: f64) -> Result<js_sys::Promise, JsValue>;
}

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

/// The native JSON in a code's (or a whole sequence's) compressed bytes: the dictionary as a
/// stored block first, inflated by the browser, the dictionary dropped. `Err(true)` when it
/// inflates to more than `limit` bytes (reading stops there), `Err(false)` when it is not
/// DEFLATE.
pub async fn inflate(compressed: &[u8], limit: usize) -> Result<Vec<u8>, bool> {
    let mut all = handoff::dictionary_block();
    all.extend_from_slice(compressed);
    let skip = handoff::DICTIONARY.len();
    let promise = inflate_raw(&all, (limit + skip) as f64).map_err(|_| false)?;
    let out = JsFuture::from(promise).await.map_err(|e| describe(e) == "too large")?;
    let out = js_sys::Uint8Array::new(&out).to_vec();
    Ok(out.get(skip..).unwrap_or_default().to_vec())
}
