//! The scan module: finds and decodes QR codes in a camera frame or a picture (RGBA pixels), for
//! the clinic to read a patient's hand-off code (`pk_core::formats::handoff`). A wasm module of
//! its own, loaded only when the clinic opens the camera or a picture of a code: the first load
//! does not carry it, and a patient never downloads it. Separate from `pk-code` (which draws the
//! codes) because each side needs only its half. None of the widget or the core is in it; its
//! export is the function declared in `pk_core::contract::modules::scan`
//! (`tools/tests/contract.rs` checks).

use wasm_bindgen::prelude::wasm_bindgen;

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
