//! The camera and pictures: `getUserMedia` into the panel's `<video>`, one frame at a time
//! drawn on a canvas for its pixels, and a picture file the same way. Nothing is recorded or
//! sent.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    CanvasRenderingContext2d, Element, HtmlCanvasElement, HtmlVideoElement, MediaStream, MediaStreamConstraints,
};

/// Large pictures are read at most this wide: enough for a code filling a fifth of it.
const MAX_WIDTH: u32 = 1600;

/// An image's RGBA pixels.
pub struct Pixels {
    /// Four bytes a pixel, row by row.
    pub rgba: Vec<u8>,
    /// Pixels a row.
    pub width: u32,
    /// Rows.
    pub height: u32,
}

/// The running camera, shown in its `<video>`.
pub struct Camera {
    stream: MediaStream,
    video: HtmlVideoElement,
}

fn set(o: &Object, k: &str, v: &JsValue) -> Result<(), JsValue> {
    Reflect::set(o, &k.into(), v).map(|_| ())
}

impl Camera {
    /// Starts the camera (the one facing away, about 1280 px wide) into `video`. `Err` is the
    /// browser's reason (`NotAllowedError` when refused, `NotFoundError` when there is none), for
    /// the console.
    pub async fn start(video: &Element) -> Result<Camera, String> {
        let video: HtmlVideoElement = video.clone().dyn_into().map_err(|_| "not a video".to_string())?;
        let devices =
            web_sys::window().ok_or("no window")?.navigator().media_devices().map_err(|_| "NoApi".to_string())?;
        let wanted = Object::new();
        let width = Object::new();
        set(&width, "ideal", &1280.into()).map_err(describe)?;
        set(&wanted, "facingMode", &"environment".into()).map_err(describe)?;
        set(&wanted, "width", &width).map_err(describe)?;
        let constraints = MediaStreamConstraints::new();
        constraints.set_video(&wanted);
        constraints.set_audio(&false.into());
        let promise = devices.get_user_media_with_constraints(&constraints).map_err(describe)?;
        let stream: MediaStream = JsFuture::from(promise).await.map_err(describe)?.dyn_into().map_err(describe)?;
        video.set_muted(true);
        video.set_src_object(Some(&stream));
        video.remove_attribute("hidden").map_err(describe)?;
        if let Ok(p) = video.play() {
            // Autoplay may be refused; the frames are read all the same once it plays.
            let _ = JsFuture::from(p).await;
        }
        Ok(Camera { stream, video })
    }

    /// Stops every track now (the camera's light goes off) and empties the `<video>`.
    pub fn stop(&self) {
        for t in self.stream.get_tracks() {
            if let Ok(t) = t.dyn_into::<web_sys::MediaStreamTrack>() {
                t.stop();
            }
        }
        self.video.set_src_object(None);
    }

    /// The picture on screen now; `None` before the first frame.
    pub fn frame(&self) -> Option<Pixels> {
        if self.video.ready_state() < 2 {
            return None;
        }
        pixels(&Source::Video(&self.video), self.video.video_width(), self.video.video_height()).ok()
    }
}

enum Source<'a> {
    Video(&'a HtmlVideoElement),
    Bitmap(&'a web_sys::ImageBitmap),
}

fn pixels(source: &Source, width: u32, height: u32) -> Result<Pixels, JsValue> {
    if width == 0 || height == 0 {
        return Err("no picture".into());
    }
    let scale = f64::min(1.0, f64::from(MAX_WIDTH) / f64::from(width));
    let w = ((f64::from(width) * scale).round() as u32).max(1);
    let h = ((f64::from(height) * scale).round() as u32).max(1);
    let doc = pk_panel::document()?;
    let canvas: HtmlCanvasElement = doc.create_element("canvas")?.dyn_into()?;
    canvas.set_width(w);
    canvas.set_height(h);
    let options = Object::new();
    set(&options, "willReadFrequently", &true.into())?;
    let ctx: CanvasRenderingContext2d =
        canvas.get_context_with_context_options("2d", &options)?.ok_or("no 2d context")?.dyn_into()?;
    let (dw, dh) = (f64::from(w), f64::from(h));
    match source {
        Source::Video(v) => ctx.draw_image_with_html_video_element_and_dw_and_dh(v, 0.0, 0.0, dw, dh)?,
        Source::Bitmap(b) => ctx.draw_image_with_image_bitmap_and_dw_and_dh(b, 0.0, 0.0, dw, dh)?,
    }
    let data = ctx.get_image_data(0.0, 0.0, dw, dh)?;
    Ok(Pixels { rgba: data.data().0, width: w, height: h })
}

/// A picture file's pixels; `Err` when it is not a picture the browser reads.
pub async fn picture(file: &web_sys::File) -> Result<Pixels, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let bitmap: web_sys::ImageBitmap = JsFuture::from(window.create_image_bitmap_with_blob(file)?).await?.dyn_into()?;
    let out = pixels(&Source::Bitmap(&bitmap), bitmap.width(), bitmap.height());
    bitmap.close();
    out
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let wait = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(wait).await;
}

/// A thrown value as a message for the console (the DOMException's name when it is one).
fn describe(e: JsValue) -> String {
    e.dyn_ref::<web_sys::DomException>().map(|d| d.name()).or_else(|| e.as_string()).unwrap_or_else(|| format!("{e:?}"))
}
