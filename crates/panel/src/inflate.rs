//! Reading a hand-off code's bytes back (`pk_core::formats::handoff`: a code the camera read, an
//! agreement link opened): the native JSON, inflated by the browser's own raw inflater
//! (`DecompressionStream('deflate-raw')`, `inflate.js`), so no decompressor is shipped. The
//! code's preset dictionary goes first as a stored block ([`handoff::Dictionary::block`]) and its
//! output is dropped again. Here, in what the two modules share, so that the widget's first
//! load carries none of it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use pk_core::formats::handoff;

#[wasm_bindgen(module = "/src/inflate.js")]
extern "C" {
    #[wasm_bindgen(js_name = inflateRaw, catch)]
    fn inflate_raw(bytes: &[u8], limit: f64) -> Result<js_sys::Promise, JsValue>;
}

/// Why compressed bytes could not be read back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// They inflate to more than the limit (reading stopped there).
    TooLarge,
    /// They are not DEFLATE.
    Damaged,
}

/// The native JSON in a code's (or a whole sequence's, or a link's) compressed bytes, compressed
/// with `dictionary`, at most `limit` bytes of it.
pub async fn inflate(dictionary: handoff::Dictionary, compressed: &[u8], limit: usize) -> Result<Vec<u8>, Unreadable> {
    let mut all = dictionary.block();
    all.extend_from_slice(compressed);
    let skip = dictionary.text().len();
    let promise = inflate_raw(&all, (limit + skip) as f64).map_err(|_| Unreadable::Damaged)?;
    let out = JsFuture::from(promise).await.map_err(|e| {
        let message = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message()));
        if message.as_deref() == Some("too large") {
            Unreadable::TooLarge
        } else {
            Unreadable::Damaged
        }
    })?;
    let out = js_sys::Uint8Array::new(&out).to_vec();
    Ok(out.get(skip..).unwrap_or_default().to_vec())
}
