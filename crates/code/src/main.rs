//! The code module: compresses her preparation for the hand-off code (`pk_core::formats::handoff`)
//! and draws each code's text as a QR code's modules, for the widget to show as SVG. A wasm
//! module of its own, loaded only when she asks to show her code: the first load does not carry
//! it, and the clinic never downloads it. None of the widget is in it; its exports are the
//! functions declared in `pk_core::contract::modules::code` (`tools/tests/contract.rs` checks).

use miniz_oxide::deflate::core::{
    compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
};
use pk_core::formats::handoff::{compact, DICTIONARY};
use qrcode::{Color, EcLevel, QrCode, Version};
use wasm_bindgen::prelude::wasm_bindgen;

/// Compresses `input` onto what `d` has already seen; the output from here on.
fn deflate_more(d: &mut CompressorOxide, mut input: &[u8], flush: TDEFLFlush) -> Vec<u8> {
    let mut out = vec![0u8; input.len() + 1024];
    let mut at = 0;
    loop {
        let (status, read, wrote) = compress(d, input, &mut out[at..], flush);
        at += wrote;
        input = input.get(read..).unwrap_or_default();
        match status {
            TDEFLStatus::Okay if input.is_empty() && out.len() - at > 64 => break,
            TDEFLStatus::Okay => out.resize(out.len() * 2, 0),
            _ => break,
        }
    }
    out.truncate(at);
    out
}

/// The native JSON `document`, without its spaces ([`compact`]), as raw DEFLATE (level 9) with
/// the code's preset dictionary: the
/// dictionary is compressed first and flushed to a byte boundary, so that the document's bytes
/// that follow may point back into it; only those are returned. Any raw inflater given the
/// dictionary (or the dictionary as a stored block first) reads them.
#[wasm_bindgen]
pub fn deflate(document: &[u8]) -> Vec<u8> {
    let mut d = CompressorOxide::new(create_comp_flags_from_zip_params(9, 0, 0));
    deflate_more(&mut d, DICTIONARY.as_bytes(), TDEFLFlush::Sync);
    deflate_more(&mut d, &compact(document), TDEFLFlush::Finish)
}

/// The QR code (error correction M, the smallest version that holds it; alphanumeric where the
/// text allows) of `text`: its version, its width in modules, then one byte a module, row by
/// row (1 dark, 0 light), without the quiet zone. Empty when no QR code holds the text.
#[wasm_bindgen]
pub fn qr_modules(text: &str) -> Vec<u8> {
    let Ok(code) = QrCode::with_error_correction_level(text, EcLevel::M) else {
        return Vec::new();
    };
    let (Version::Normal(v) | Version::Micro(v)) = code.version();
    let (Ok(version), Ok(width)) = (u8::try_from(v), u8::try_from(code.width())) else {
        return Vec::new();
    };
    let mut out = vec![version, width];
    out.extend(code.to_colors().into_iter().map(|c| u8::from(c == Color::Dark)));
    out
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;
    use pk_core::formats::handoff::{self, MAX_CODE_CHARS};

    /// The version of the code of `text`.
    fn version(text: &str) -> u8 {
        qr_modules(text)[0]
    }

    #[test]
    fn the_most_one_code_holds_is_a_version_25_code_at_m() {
        let text = format!("{}:{}", handoff::PREFIX, "A".repeat(MAX_CODE_CHARS - 4));
        assert_eq!(text.len(), MAX_CODE_CHARS);
        assert_eq!(version(&text), 25);
        assert_eq!(version(&format!("{text}A")), 26);
    }

    #[test]
    fn every_frame_of_a_sequence_fits_version_25() {
        // Incompressible bytes, as large as a sequence may be.
        let bytes: Vec<u8> = (0..handoff::MAX_BYTES).map(|i| (i * 7919 % 251) as u8).collect();
        let frames = handoff::frames(&bytes).unwrap();
        assert_eq!(frames.len(), handoff::MAX_FRAMES);
        for f in &frames {
            assert!(f.len() <= MAX_CODE_CHARS, "{}", f.len());
            assert!(version(f) <= 25);
        }
    }

    #[test]
    fn the_modules_are_a_square_of_the_width() {
        let m = qr_modules("PK1:ABC");
        assert_eq!(m[0], 1);
        assert_eq!(usize::from(m[1]), 21);
        assert_eq!(m.len(), 2 + 21 * 21);
        assert!(m[2..].iter().all(|b| *b <= 1));
        // The finder pattern's corner is dark.
        assert_eq!(m[2], 1);
    }

    /// The QR versions of the codes of a v3 fixture, compressed as the app does.
    fn fixture(name: &str) -> (usize, Vec<u8>) {
        let path = format!("{}/../../tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let compact = serde_json::to_string(&value).unwrap();
        let deflated = deflate(text.as_bytes());
        assert_eq!(inflate(&deflated), compact.as_bytes());
        let frames = handoff::frames(&deflated).unwrap();
        let versions: Vec<u8> = frames.iter().map(|f| version(f)).collect();
        println!(
            "{name}: {} bytes compact, {} deflated, {} frame(s), versions {versions:?}",
            compact.len(),
            deflated.len(),
            frames.len()
        );
        (deflated.len(), versions)
    }

    /// What the widget does: the dictionary as a stored block, then the code's bytes.
    fn inflate(bytes: &[u8]) -> Vec<u8> {
        let mut all = handoff::dictionary_block();
        all.extend(bytes);
        let out = miniz_oxide::inflate::decompress_to_vec(&all).unwrap();
        out[DICTIONARY.len()..].to_vec()
    }

    #[test]
    fn deflate_with_the_dictionary_inflates_to_the_document() {
        for doc in [&b""[..], b"{}", DICTIONARY.as_bytes(), "å".repeat(70_000).as_bytes()] {
            assert_eq!(inflate(&deflate(doc)), doc);
        }
    }

    /// Base64url without padding (RFC 4648 §5), for the comparison only.
    fn base64url(bytes: &[u8]) -> String {
        const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut out = String::new();
        for c in bytes.chunks(3) {
            let n = c.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
            for i in 0..=c.len() {
                out.push(char::from(A[(n >> (18 - 6 * i) & 63) as usize]));
            }
        }
        out
    }

    #[test]
    fn the_agreed_fixture_s_link_is_one_code_of_at_most_version_25() {
        // Reported in the README ("The agreement in her pocket"): the typical fixture is an
        // agreed consultation; the page's address is a long one a region might have.
        let page = "https://www.1177.se/Vastra-Gotaland/patientkontrakt/index.html";
        let path = format!("{}/../../tests/fixtures/typical.json", env!("CARGO_MANIFEST_DIR"));
        let deflated = deflate(&std::fs::read(path).unwrap());
        let link = handoff::link(page, &deflated);
        let ours = version(&link);
        let b64 = version(&format!("{page}#pk={}", base64url(&deflated)));
        println!(
            "typical agreed: {} bytes deflated, link {} chars, version {ours} (base64url: {b64})",
            deflated.len(),
            link.len()
        );
        assert!(ours <= handoff::MAX_LINK_VERSION, "{ours}");
        assert!(ours < b64, "the alphanumeric link is the smaller code: {ours} against {b64}");
    }

    #[test]
    fn the_fixtures_codes() {
        // Reported in the README ("The hand-off code"); every code within version 25.
        for name in ["typical", "maximal"] {
            let (_, versions) = fixture(name);
            assert!(versions.iter().all(|v| (1..=25).contains(v)), "{name}: {versions:?}");
        }
    }
}
