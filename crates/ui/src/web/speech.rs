//! Read aloud (issue 27): the browser's speech synthesis (`speech.js`), only ever with a voice
//! that runs on the device; which one is [`pk_core::domain::Language::voice`]'s choice. Where the
//! browser has no speech synthesis, or no such voice, nothing here does anything.

use wasm_bindgen::prelude::*;

use pk_core::domain::language::Voice;

#[wasm_bindgen(module = "/src/web/speech.js")]
extern "C" {
    #[wasm_bindgen(js_name = voices)]
    fn js_voices() -> String;
    #[wasm_bindgen(js_name = onVoices)]
    fn js_on_voices(f: &JsValue) -> js_sys::Function;
    #[wasm_bindgen(js_name = speak)]
    fn js_speak(index: u32, texts: &str, rate: f32, done: JsValue) -> bool;
    #[wasm_bindgen(js_name = stop)]
    fn js_stop();
}

/// The browser's voices, in its order.
pub fn voices() -> Vec<Voice> {
    js_voices()
        .lines()
        .map(|v| match v.strip_prefix('L') {
            Some(lang) => Voice { lang: lang.to_string(), local: true },
            None => Voice { lang: v.get(1..).unwrap_or_default().to_string(), local: false },
        })
        .collect()
}

/// Calls `f` whenever the browser's voices change, until the returned value is dropped.
pub struct VoicesWatch {
    undo: js_sys::Function,
    _f: Closure<dyn FnMut()>,
}

impl Drop for VoicesWatch {
    fn drop(&mut self) {
        let _ = self.undo.call0(&JsValue::NULL);
    }
}

/// Watches the voices: they arrive after the page has loaded (`voiceschanged`).
pub fn watch_voices(f: impl FnMut() + 'static) -> VoicesWatch {
    let f = Closure::<dyn FnMut()>::new(f);
    let undo = js_on_voices(f.as_ref());
    VoicesWatch { undo, _f: f }
}

/// Reads `texts` aloud with voice `index` (one of [`voices`], which must run on the device) at
/// `rate`, stopping whatever was being read; `done` once it has finished or stopped. `false`:
/// nothing is read (that voice is gone or not local).
pub fn speak(index: usize, texts: &[String], rate: f32, done: impl FnOnce() + 'static) -> bool {
    let Ok(index) = u32::try_from(index) else { return false };
    js_speak(index, &texts.join("\u{1e}"), rate, Closure::once_into_js(done))
}

/// Stops reading.
pub fn stop() {
    js_stop()
}
