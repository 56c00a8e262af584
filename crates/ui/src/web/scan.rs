//! Reading a patient's hand-off code in the clinic: the camera (`scan.js`, `getUserMedia`) or a
//! picture of the code, each frame's pixels decoded by the `pk-scan` module, loaded the first
//! time. Nothing is recorded or sent; the camera stops when the [`Camera`] is dropped.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::lazy::{self, describe, Module};
use pk_core::contract::modules::scan;

#[wasm_bindgen(module = "/src/web/scan.js")]
extern "C" {
    #[wasm_bindgen(js_name = startCamera, catch)]
    fn start_camera(video: &JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_name = stopCamera)]
    fn stop_camera(stream: &JsValue, video: &JsValue);
    #[wasm_bindgen(js_name = grabFrame, catch)]
    fn grab_frame(video: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = pictureFile, catch)]
    fn picture_file(file: &web_sys::File) -> Result<js_sys::Promise, JsValue>;
}

/// The running camera, shown in its `<video>`. Dropping it stops every track.
pub struct Camera {
    stream: JsValue,
    video: JsValue,
}

impl Drop for Camera {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Starts the camera into `video` (a `<video>` element). `Err` is the browser's reason
/// (`NotAllowedError` when refused, `NotFoundError` when there is none, …), for the console.
pub async fn open_camera(video: &web_sys::Element) -> Result<Camera, String> {
    let video: JsValue = video.clone().into();
    let promise = start_camera(&video).map_err(describe)?;
    let stream = JsFuture::from(promise).await.map_err(describe)?;
    Ok(Camera { stream, video })
}

impl Camera {
    /// Stops every track now (again is harmless).
    pub fn stop(&self) {
        stop_camera(&self.stream, &self.video);
    }

    /// The texts of the codes in the picture on screen now (none before the first frame).
    pub async fn read(&self) -> Result<Vec<String>, String> {
        let frame = grab_frame(&self.video).map_err(describe)?;
        if frame.is_null() || frame.is_undefined() {
            return Ok(Vec::new());
        }
        codes_in(&frame).await
    }
}

/// The texts of the codes in a picture file. `Err` when it is not a picture the browser reads
/// or the module could not be loaded (for the console).
pub async fn read_picture(file: &web_sys::File) -> Result<Vec<String>, String> {
    let frame = JsFuture::from(picture_file(file).map_err(describe)?).await.map_err(describe)?;
    codes_in(&frame).await
}

/// Decodes `{ data, width, height }` with the scan module.
async fn codes_in(frame: &JsValue) -> Result<Vec<String>, String> {
    let get = |k: &str| js_sys::Reflect::get(frame, &k.into()).map_err(describe);
    let data: js_sys::Uint8Array = get("data")?.dyn_into().map_err(|_| "no pixels".to_string())?;
    let (width, height) = (get("width")?, get("height")?);
    let module = lazy::load(Module::Scan).await?;
    let read = lazy::function(&module, scan::READ_CODES)?;
    let texts = read.call3(&JsValue::NULL, &data, &width, &height).map_err(describe)?;
    Ok(texts.as_string().unwrap_or_default().lines().map(String::from).collect())
}
