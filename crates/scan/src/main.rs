//! The scan module: "Läs in patientens kod" in a panel of its own in the widget's page
//! (`pk-panel`): the camera (`getUserMedia`) shown in a `<video>`, each frame's pixels searched for
//! QR codes, progress for a sequence of codes (`pk_core::formats::handoff`), and the other ways
//! in: a picture of the code, and her file. A whole code's compressed bytes, or the file, go to
//! the widget, which opens them exactly as it opens her file. A wasm module of its own, loaded
//! only when the clinic opens it: the first load does not carry it, and a patient never
//! downloads it. Separate from `pk-code` (which draws the codes) because each side needs only
//! its half. None of the widget is in it; its exports are the functions declared in
//! `pk_core::contract::modules::scan` (`tools/tests/contract.rs` checks).
//!
//! Nothing is recorded or sent: a frame's pixels are read and dropped. The camera stops the
//! moment a code is read, the panel is closed, or the widget moves on (its host left the page).

mod camera;

use std::cell::RefCell;
use std::rc::Rc;

use pk_core::content::fill;
use pk_core::contract::modules::scan::text;
use pk_core::domain::envelope::FILE_LIMIT_BYTES;
use pk_core::formats::handoff::{CodeError, Collector, Progress};
use pk_panel::inflate::{inflate, Unreadable};
use pk_panel::{add, button, el, Panel, Texts};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// The texts of the QR codes found in an image of `width` × `height` RGBA pixels, one a line
/// (a code's text of ours holds no line break), in the order found; empty when none could be
/// read. Pixels missing at the end (a short buffer) count as white.
#[wasm_bindgen]
pub fn read_codes(rgba: &[u8], width: u32, height: u32) -> String {
    let (w, h) = (width as usize, height as usize);
    if w == 0 || h == 0 || w.saturating_mul(h) > 16_000_000 {
        return String::new();
    }
    let luma = |x: usize, y: usize| -> u8 {
        let i = (y * w + x) * 4;
        match rgba.get(i..i + 3) {
            // ITU-R BT.601 weights, in integers.
            Some([r, g, b]) => ((u32::from(*r) * 299 + u32::from(*g) * 587 + u32::from(*b) * 114) / 1000) as u8,
            _ => 255,
        }
    };
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, luma);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|(_, text)| text))
        .filter(|t| !t.contains('\n'))
        .collect::<Vec<_>>()
        .join("\n")
}

/// How often a camera frame is read.
const FRAME_MS: i32 = 250;

/// What the open panel's status and reading share.
struct Open {
    root: Element,
    status: Element,
    video: Element,
    texts: Texts,
    collector: RefCell<Collector>,
    read: js_sys::Function,
    camera: RefCell<Option<camera::Camera>>,
}

thread_local! {
    /// The open scanner, for [`scanner_message`].
    static SCANNER: RefCell<Option<Rc<Open>>> = const { RefCell::new(None) };
}

impl Open {
    /// The status line: `message`, as an error when `error`.
    fn say(&self, message: &str, error: bool) {
        say_in(&self.status, message, error);
    }

    fn stop_camera(&self) {
        if let Some(c) = self.camera.borrow_mut().take() {
            c.stop();
        }
        let _ = self.video.set_attribute("hidden", "");
    }

    /// One code's text, from the camera or a picture: `true` once the whole code is read (the
    /// camera is then stopped and the bytes are the widget's).
    fn take(&self, code: &str) -> bool {
        let got = self.collector.borrow_mut().add(code);
        match got {
            Ok(Progress::Reading { have, total }) => {
                // "2 av 3 koder inlästa": the form the number of codes takes.
                let read = fill(
                    &self.texts.count(text::READ, total as u64),
                    &[("have", &have.to_string()), ("n", &total.to_string())],
                );
                let progress = fill(&self.texts.get(text::PROGRESS), &[(text::READ, &read)]);
                self.say(&progress, false);
                false
            }
            Ok(Progress::Done(dictionary, bytes)) => {
                self.stop_camera();
                // Inflated here, within an opened file's limit; the JSON is the widget's concern
                // from there (a throw there is not the panel's).
                let (read, status) = (self.read.clone(), self.status.clone());
                let (too_large, damaged) = (self.texts.get(text::TOO_LARGE), self.texts.get(text::DAMAGED));
                wasm_bindgen_futures::spawn_local(async move {
                    match inflate(dictionary, &bytes, FILE_LIMIT_BYTES).await {
                        Ok(json) => {
                            let _ = read.call1(&JsValue::NULL, &js_sys::Uint8Array::from(json.as_slice()));
                        }
                        Err(Unreadable::TooLarge) => say_in(&status, &too_large, true),
                        Err(Unreadable::Damaged) => say_in(&status, &damaged, true),
                    }
                });
                true
            }
            Err(e) => {
                let key = match e {
                    CodeError::NotOurs => text::NOT_OURS,
                    CodeError::TooLarge => text::TOO_LARGE,
                    CodeError::Damaged => text::DAMAGED,
                };
                self.say(&self.texts.get(key), true);
                false
            }
        }
    }

    /// Each code in `codes` until one completes.
    fn take_all(&self, codes: &str) {
        for code in codes.lines() {
            if self.take(code) {
                break;
            }
        }
    }
}

/// `message` in the panel's status line `status`, as an error when `error`.
fn say_in(status: &Element, message: &str, error: bool) {
    let class = if error { "pk-body pk-copy-status__error" } else { "pk-body" };
    status.set_text_content(None);
    if let Ok(doc) = pk_panel::document() {
        let _ = el(&doc, "p", &[("class", class)], Some(message)).and_then(|p| add(status, p));
    }
}

/// Codes in `pixels`, read by [`read_codes`].
fn codes_in(pixels: &camera::Pixels) -> String {
    read_codes(&pixels.rgba, pixels.width, pixels.height)
}

/// Opens the scanner's panel in `host` (heading `heading`, ids beginning with `ids`) and starts
/// the camera. `read(bytes)` gets the native JSON of a whole code or sequence (inflated here), `file(file)`
/// the file she chose; `opener` (the widget's button) is hidden while the panel is open.
#[wasm_bindgen]
pub fn open_scanner(
    host: &Element,
    texts: &JsValue,
    ids: &str,
    heading: &str,
    read: &js_sys::Function,
    file: &js_sys::Function,
    opener: &Element,
) -> Result<(), JsValue> {
    let doc = pk_panel::document()?;
    let t = Texts::new(texts);
    let id = |name: &str| format!("{ids}{name}");
    let (mut panel, root) = Panel::group(&doc, "pk-scan", &id("scan"), &id("scan-title"), opener)?;
    add(&root, el(&doc, heading, &[("class", "pk-heading-m"), ("id", &id("scan-title"))], Some(&t.get(text::TITLE)))?)?;
    let video = add(
        &root,
        el(
            &doc,
            "video",
            &[
                ("class", "pk-scan__video"),
                ("id", &id("scan-video")),
                ("aria-label", &t.get(text::VIDEO)),
                ("muted", ""),
                ("autoplay", ""),
                ("playsinline", ""),
            ],
            None,
        )?,
    )?;
    let status = add(&root, el(&doc, "div", &[("role", "status"), ("id", &id("scan-status"))], None)?)?;
    let group = add(&root, el(&doc, "div", &[("class", "pk-button-group")], None)?)?;
    let picture = add(&group, button(&doc, &id("scan-picture"), &t.get(text::PICTURE))?)?;
    let open_file = add(&group, button(&doc, &id("scan-file"), &t.get(text::FILE))?)?;
    let close = add(&group, button(&doc, &id("scan-close"), &t.get(text::CLOSE))?)?;
    let input = |name: &str, accept: &str| {
        el(
            &doc,
            "input",
            &[
                ("type", "file"),
                ("class", "pk-file-input"),
                ("accept", accept),
                ("tabindex", "-1"),
                ("aria-hidden", "true"),
                ("id", &id(name)),
            ],
            None,
        )
    };
    let picture_input = add(&root, input("scan-picture-input", "image/*")?)?;
    let file_input = add(&root, input("scan-file-input", ".json,application/json")?)?;

    let open = Rc::new(Open {
        root: root.clone(),
        status,
        video: video.clone(),
        texts: t,
        collector: RefCell::default(),
        read: read.clone(),
        camera: RefCell::new(None),
    });
    open.say(&open.texts.get(text::LOOKING), false);
    panel.listen(&close, "click", |_| pk_panel::close(true))?;
    for (button, input) in [(&picture, &picture_input), (&open_file, &file_input)] {
        let input = input.clone();
        panel.listen(button, "click", move |_| {
            if let Some(i) = input.dyn_ref::<HtmlInputElement>() {
                i.set_value("");
                i.click();
            }
        })?;
    }
    {
        let open = open.clone();
        panel.listen(&picture_input, "change", move |e| {
            let Some(file) = chosen(&e) else { return };
            let open = open.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let codes = match camera::picture(&file).await {
                    Ok(pixels) => codes_in(&pixels),
                    Err(e) => {
                        web_sys::console::warn_1(&e);
                        String::new()
                    }
                };
                if codes.is_empty() {
                    open.say(&open.texts.get(text::NO_CODE_IN_PICTURE), true);
                }
                open.take_all(&codes);
            });
        })?;
    }
    {
        let file = file.clone();
        panel.listen(&file_input, "change", move |e| {
            if let Some(f) = chosen(&e) {
                let _ = file.call1(&JsValue::NULL, &f);
            }
        })?;
    }
    {
        let open = open.clone();
        panel.on_close(move || {
            open.stop_camera();
            SCANNER.with(|s| s.borrow_mut().take());
        });
    }
    panel.open(host)?;
    SCANNER.with(|s| *s.borrow_mut() = Some(open.clone()));
    wasm_bindgen_futures::spawn_local(look(open));
    Ok(())
}

/// The file an `<input type=file>`'s change event chose.
fn chosen(e: &web_sys::Event) -> Option<web_sys::File> {
    e.target()?.dyn_into::<HtmlInputElement>().ok()?.files()?.get(0)
}

/// Starts the camera, then reads a frame every FRAME_MS until a code is read or the panel
/// closes. Without a camera (none, refused, no API): the message, the other ways in stay.
async fn look(open: Rc<Open>) {
    let started = camera::Camera::start(&open.video).await;
    let cam = match started {
        Ok(c) => c,
        Err(e) => {
            web_sys::console::warn_1(&format!("camera: {e}").into());
            let _ = open.video.set_attribute("hidden", "");
            if pk_panel::is_open(&open.root) {
                open.say(&open.texts.get(text::NO_CAMERA), true);
            }
            return;
        }
    };
    if !pk_panel::is_open(&open.root) {
        // Closed while the camera was starting.
        cam.stop();
        return;
    }
    *open.camera.borrow_mut() = Some(cam);
    loop {
        camera::sleep(FRAME_MS).await;
        if !pk_panel::is_open(&open.root) {
            open.stop_camera();
            return;
        }
        let frame = match open.camera.borrow().as_ref() {
            Some(c) => c.frame(),
            None => return,
        };
        if let Some(pixels) = frame {
            open.take_all(&codes_in(&pixels));
        }
    }
}

/// Shows `message` as an error in the open scanner's status (what the widget found in the
/// bytes it was given: not an agreement, too large, damaged).
#[wasm_bindgen]
pub fn scanner_message(message: &str) {
    if let Some(open) = SCANNER.with(|s| s.borrow().clone()) {
        open.say(message, true);
    }
}

/// Closes the scanner's panel and stops the camera, telling no one (the widget opened what was
/// read).
#[wasm_bindgen]
pub fn close_scanner() {
    pk_panel::close(false);
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::read_codes;

    #[test]
    fn nothing_in_a_blank_or_empty_image() {
        assert_eq!(read_codes(&[255; 64 * 64 * 4], 64, 64), "");
        assert_eq!(read_codes(&[], 0, 0), "");
        // A buffer shorter than its size says: the rest is white, not a panic.
        assert_eq!(read_codes(&[0; 16], 64, 64), "");
    }
}
