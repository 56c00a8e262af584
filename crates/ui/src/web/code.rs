//! The hand-off code (`pk_core::formats::handoff`): her preparation compressed and drawn by the
//! `pk-code` module, loaded the first time she asks to show her code; and read back (a code the
//! clinic's camera saw) by the browser's own raw inflater (`code.js`). Nothing leaves the page:
//! the code is only drawn on her screen.

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

/// One QR code: its version and its modules, row by row, without the quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    /// The QR version (1–40).
    pub version: u8,
    /// Modules a side.
    pub width: usize,
    /// Dark modules, row by row.
    pub dark: Vec<bool>,
}

impl Qr {
    /// The dark modules as an SVG path (runs of a row as one rectangle), offset by `quiet`
    /// modules of quiet zone.
    pub fn path(&self, quiet: usize) -> String {
        let mut d = String::new();
        for (y, row) in self.dark.chunks(self.width.max(1)).enumerate() {
            let mut x = 0;
            while x < row.len() {
                if !row[x] {
                    x += 1;
                    continue;
                }
                let run = row[x..].iter().take_while(|m| **m).count();
                d.push_str(&format!("M{} {}h{run}v1h-{run}z", x + quiet, y + quiet));
                x += run;
            }
        }
        d
    }
}

/// Why the code could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Too much for the codes of a sequence.
    TooLarge,
    /// The module could not be loaded or the browser could not compress (a message for the
    /// console).
    Failed(String),
}

/// `a` compressed by the code module (loaded now if it is not yet), and the module.
async fn compressed(a: &Agreement) -> Result<(Vec<u8>, JsValue), Problem> {
    // The module leaves out the spaces (`handoff::compact`): the widget's own encoder is reused.
    let document = envelope::encode(a).map_err(|e| Problem::Failed(e.to_string()))?;
    let module = lazy::load(Module::Code).await.map_err(Problem::Failed)?;
    let deflate = lazy::function(&module, code::DEFLATE).map_err(Problem::Failed)?;
    let bytes = js_sys::Uint8Array::from(document.as_bytes());
    let compressed = deflate.call1(&JsValue::NULL, &bytes).map_err(|e| Problem::Failed(describe(e)))?;
    Ok((js_sys::Uint8Array::new(&compressed).to_vec(), module))
}

/// `text` drawn as a QR code by the code module.
fn draw(module: &JsValue, text: &str) -> Result<Qr, Problem> {
    let draw = lazy::function(module, code::QR_MODULES).map_err(Problem::Failed)?;
    let out = draw.call1(&JsValue::NULL, &text.into()).map_err(|e| Problem::Failed(describe(e)))?;
    let bytes = js_sys::Uint8Array::new(&out).to_vec();
    match bytes.as_slice() {
        [version, width, modules @ ..] if modules.len() == usize::from(*width).pow(2) => {
            Ok(Qr { version: *version, width: usize::from(*width), dark: modules.iter().map(|m| *m == 1).collect() })
        }
        // No QR code holds it.
        [] => Err(Problem::TooLarge),
        _ => Err(Problem::Failed("the code module drew no code".into())),
    }
}

/// The codes of `a`: one, or the frames of a sequence.
pub async fn codes(a: &Agreement) -> Result<Vec<Qr>, Problem> {
    let (compressed, module) = compressed(a).await?;
    let texts = handoff::frames(&compressed).map_err(|_| Problem::TooLarge)?;
    texts.iter().map(|text| draw(&module, text)).collect()
}

/// The one code of the link to `page` that carries `a` (`handoff::link`); too large when it
/// would be above `handoff::MAX_LINK_VERSION`, which a phone's camera may not read.
pub async fn link_code(a: &Agreement, page: &str) -> Result<Qr, Problem> {
    let (compressed, module) = compressed(a).await?;
    let qr = draw(&module, &handoff::link(page, &compressed))?;
    if qr.version > handoff::MAX_LINK_VERSION {
        return Err(Problem::TooLarge);
    }
    Ok(qr)
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
