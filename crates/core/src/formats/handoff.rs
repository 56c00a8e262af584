//! The hand-off code: her preparation as the text of one QR code, or of a short sequence of
//! them, read by the clinic's camera. Pure text framing: the bytes it frames are the native
//! JSON without the spaces between its tokens ([`compact`]) compressed as raw DEFLATE (RFC 1951) with a
//! [`Dictionary`] as its preset dictionary (the `pk-code` module compresses; the browser's own
//! `DecompressionStream('deflate-raw')` inflates, given [`Dictionary::block`] first). The
//! dictionary, the format's keys and empty values, takes a typical preparation from about
//! 1,020 compressed bytes to 680: one code instead of two. `PK2`'s also holds the seven
//! questions as each language shows them, which an answer records (`asked`): a typical
//! preparation in Arabic is 717 bytes with it, 1,121 without, one code instead of two.
//!
//! The text is base45 (RFC 9285), which a QR code holds in its alphanumeric mode (5.5 bits a
//! character, 97 % of binary), after a short versioned header that names the dictionary:
//!
//! - `PK2:<base45>`: the whole preparation in one code;
//! - `PK2/<i>/<n>/<id>:<base45>`: frame `i` (1-based) of `n` of a sequence, `id` the content's
//!   identity (8 hexadecimal digits), so that frames of another sequence are never mixed in.
//!
//! Codes are written with [`Dictionary::CURRENT`] (`PK2`); `PK1` codes, with the first
//! dictionary, are still read.
//!
//! The frames can be read in any order (each says its place); this is not a fountain code: every
//! frame must be read once. A code that is not ours, too large, damaged or of an unfinished
//! sequence is refused with a [`CodeError`], and nothing is replaced.

/// A preset dictionary, named by a code's header. Each is fixed for as long as its header is
/// read (another dictionary is another header); a later format version or a changed translation
/// only compresses a little less well with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dictionary {
    /// `PK1` (and the agreement link's `pk`): the compact native JSON of an empty preparation of
    /// format version 3.
    Pk1,
    /// `PK2`: the seven questions (the patient's version) as `asked` records them in Arabic,
    /// Persian, Somali, Finnish, Ukrainian, English and lättläst, as they read when it was made,
    /// then the compact native JSON of an empty preparation of format version 5.
    Pk2,
}

impl Dictionary {
    /// What codes are written with.
    pub const CURRENT: Dictionary = Dictionary::Pk2;

    /// Its header's name and version.
    pub const fn header(self) -> &'static str {
        match self {
            Dictionary::Pk1 => "PK1",
            Dictionary::Pk2 => "PK2",
        }
    }

    /// The dictionary named by a header; `None` for another.
    pub fn named(header: &str) -> Option<Dictionary> {
        [Dictionary::Pk1, Dictionary::Pk2].into_iter().find(|d| d.header() == header)
    }

    /// Its text.
    pub const fn text(self) -> &'static str {
        match self {
            Dictionary::Pk1 => PK1_DICTIONARY,
            Dictionary::Pk2 => include_str!("handoff-pk2.txt"),
        }
    }

    /// The dictionary as a stored (uncompressed, not final) DEFLATE block: put before a code's
    /// bytes, it makes an inflater without preset dictionaries (the browser's) see the dictionary
    /// as already written; its output then starts with the dictionary, which the reader drops.
    pub fn block(self) -> Vec<u8> {
        let text = self.text().as_bytes();
        let len = text.len() as u16;
        let mut out = vec![0u8];
        out.extend(len.to_le_bytes());
        out.extend((!len).to_le_bytes());
        out.extend(text);
        out
    }
}

const PK1_DICTIONARY: &str = r#"{"format":"patientkontrakt","version":3,"id":"00000000-0000-4000-8000-000000000000","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","mode":"prepare","language":"sv","status":"draft","patient":{"name":"","personal_number":"","relative_helped":false},"relatives":[],"what_matters":{"own_words":"","goals":[],"resources":"","questions_for_visit":""},"commitments":{"self_care":[],"warning_signs":[],"care_actions":[],"care_wishes":[]},"planning":{"plans":[],"no_other_plans":false,"coordination_need":null,"coordinator":""},"contacts":{"fixed_contact_has":null,"fixed_contact_wanted":null,"fixed_contact_needed":null,"patient_contacts":[],"care_contacts":[],"routes":[]},"schedule":{"next_step":"","prepared_time":{"date":null,"time":null,"period":"","mode":null,"initiator":null},"next_time":{"date":null,"time":null,"period":"","mode":null,"initiator":null},"review":""},"answers":{"before":[{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""}],"patient":[{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""}],"professional":[{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""},{"value":null,"comment":""}],"answered_at":{"before":null,"patient":null,"professional":null}},"agreed_by":{"patient_name":"","professional_name":"","professional_role":"","unit":"","hsa_id":"","date":null}}"#;

/// `document` (JSON) without the whitespace between its tokens: the same keys and values,
/// read by the same decoder, as `serde_json::to_string` writes them. The text inside strings is
/// kept exactly.
pub fn compact(document: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(document.len());
    let (mut in_string, mut escaped) = (false, false);
    for &b in document {
        if in_string {
            out.push(b);
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
            in_string = b == b'"';
            out.push(b);
        }
    }
    out
}

/// The most characters one code holds: what a version 25 QR code at error correction M holds
/// in alphanumeric mode (the `pk-code` module's tests check it against the QR encoder). A
/// laptop's webcam reads that version at 30–50 cm.
pub const MAX_CODE_CHARS: usize = 1_451;

/// The most frames a sequence may have: enough for the largest preparation a phone shows
/// comfortably; more is refused before anything is kept.
pub const MAX_FRAMES: usize = 32;

/// The most compressed bytes a code or sequence may carry.
pub const MAX_BYTES: usize = MAX_FRAMES * frame_bytes(MAX_CODE_CHARS - SEQUENCE_HEADER);

/// The longest a sequence frame's header can be: `PK2/32/32/0123ABCD:`.
const SEQUENCE_HEADER: usize = 19;

const ALPHABET: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// How many bytes `chars` base45 characters hold.
const fn frame_bytes(chars: usize) -> usize {
    chars / 3 * 2 + if chars % 3 == 2 { 1 } else { 0 }
}

/// Why a code was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Not a Patientkontrakt code (another QR code, or of another version).
    NotOurs,
    /// Larger than a code or sequence of ours may be.
    TooLarge,
    /// A code of ours, but its text is damaged.
    Damaged,
}

/// Base45 (RFC 9285) of `bytes`.
pub fn base45_encode(bytes: &[u8]) -> String {
    encode_in(ALPHABET, bytes)
}

/// The bytes of a base45 text; `None` when it is not base45.
pub fn base45_decode(text: &str) -> Option<Vec<u8>> {
    decode_in(ALPHABET, text)
}

/// RFC 9285's scheme in `alphabet` (45 or fewer characters; 43 still hold two bytes in three
/// digits, 43³ ≥ 65,536): two bytes as three digits, little end first, a last byte as two.
fn encode_in(alphabet: &[u8], bytes: &[u8]) -> String {
    let base = alphabet.len();
    let mut out = String::with_capacity(bytes.len().div_ceil(2) * 3);
    for pair in bytes.chunks(2) {
        let (mut n, digits) = match pair {
            [a, b] => (usize::from(*a) * 256 + usize::from(*b), 3),
            [a] => (usize::from(*a), 2),
            _ => (0, 0),
        };
        for _ in 0..digits {
            out.push(char::from(alphabet[n % base]));
            n /= base;
        }
    }
    out
}

fn decode_in(alphabet: &[u8], text: &str) -> Option<Vec<u8>> {
    let base = alphabet.len();
    let digits: Vec<usize> = text.bytes().map(|c| alphabet.iter().position(|a| *a == c)).collect::<Option<_>>()?;
    let mut out = Vec::with_capacity(digits.len() / 3 * 2 + 1);
    for group in digits.chunks(3) {
        match group {
            [c, d, e] => {
                let n = c + d * base + e * base * base;
                out.push(u8::try_from(n / 256).ok()?);
                out.push((n % 256) as u8);
            }
            [c, d] => out.push(u8::try_from(c + d * base).ok()?),
            _ => return None,
        }
    }
    Some(out)
}

/// The agreement link's key in the page address's fragment: `<page>#pk=<text>`. The text is
/// compressed as a code's, with [`Dictionary::Pk1`] (`LINK_DICTIONARY`), so `pk` names that
/// dictionary too: a later one would be another key. A link is kept (in her phone's history, a
/// bookmark), so its dictionary stays.
pub const LINK_KEY: &str = "pk";

/// The dictionary of an agreement link's bytes.
pub const LINK_DICTIONARY: Dictionary = Dictionary::Pk1;

/// The link's characters: QR's alphanumeric set without the space and `%`, the two a URL does
/// not keep as written (a space is sent as `%20`, a `%` starts an escape). The QR code then
/// holds the page's address in byte mode and the rest, nearly all of it, in alphanumeric mode:
/// 8.25 bits a byte, as base45, where base64url in byte mode takes 10.7.
const LINK_ALPHABET: &[u8; 43] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./:";

/// The highest QR version (at error correction M) a link's code may be: what a phone's camera
/// reads from a screen at arm's length, and what one hand-off code may be.
pub const MAX_LINK_VERSION: u8 = 25;

/// The link to `page` (an address without a fragment) that carries `compressed`.
pub fn link(page: &str, compressed: &[u8]) -> String {
    format!("{page}#{LINK_KEY}={}", encode_in(LINK_ALPHABET, compressed))
}

/// The compressed bytes an address's fragment (`location.hash`, with or without its `#`) carries:
/// `None` when it is no agreement link; an error when it is one but too large or damaged.
pub fn link_bytes(fragment: &str) -> Option<Result<Vec<u8>, CodeError>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let text = fragment.strip_prefix(LINK_KEY)?.strip_prefix('=')?;
    if text.len() > MAX_BYTES.div_ceil(2) * 3 {
        return Some(Err(CodeError::TooLarge));
    }
    Some(decode_in(LINK_ALPHABET, text).ok_or(CodeError::Damaged))
}

/// `href` without its fragment.
pub fn without_fragment(href: &str) -> &str {
    href.split_once('#').map_or(href, |(page, _)| page)
}

/// The content's identity in a sequence's header: FNV-1a of the bytes, 8 hexadecimal digits.
fn content_id(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193));
    format!("{hash:08X}")
}

/// The codes' texts for `compressed` (with [`Dictionary::CURRENT`]): one when it fits one
/// code, else a sequence of frames of about equal size. Refused when it is larger than
/// [`MAX_BYTES`].
pub fn frames(compressed: &[u8]) -> Result<Vec<String>, CodeError> {
    let header = Dictionary::CURRENT.header();
    let one = format!("{header}:{}", base45_encode(compressed));
    if one.len() <= MAX_CODE_CHARS {
        return Ok(vec![one]);
    }
    if compressed.len() > MAX_BYTES {
        return Err(CodeError::TooLarge);
    }
    let per_frame = frame_bytes(MAX_CODE_CHARS - SEQUENCE_HEADER) & !1;
    let n = compressed.len().div_ceil(per_frame);
    // Even parts, so that every frame is a QR code of about the same (smaller) version.
    let size = compressed.len().div_ceil(n).next_multiple_of(2);
    let id = content_id(compressed);
    Ok(compressed
        .chunks(size)
        .enumerate()
        .map(|(i, part)| format!("{header}/{}/{}/{id}:{}", i + 1, n, base45_encode(part)))
        .collect())
}

/// One code read: its place in a sequence (`index` 0-based of `total`, `id`; a single code is
/// 0 of 1 with an empty id) and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    /// Its place, 0-based.
    pub index: usize,
    /// How many frames the sequence has (1: a single code).
    pub total: usize,
    /// The sequence's content id (empty for a single code).
    pub id: String,
    /// The dictionary its header names.
    pub dictionary: Dictionary,
    /// The compressed bytes it carries.
    pub bytes: Vec<u8>,
}

/// Reads one code's text.
pub fn parse(text: &str) -> Result<Frame, CodeError> {
    if text.len() > MAX_CODE_CHARS * 2 {
        return Err(CodeError::TooLarge);
    }
    let (header, body) = text.split_once(':').ok_or(CodeError::NotOurs)?;
    let bytes = |body: &str| base45_decode(body).ok_or(CodeError::Damaged);
    let (name, rest) = header.split_once('/').map_or((header, None), |(name, rest)| (name, Some(rest)));
    let dictionary = Dictionary::named(name).ok_or(CodeError::NotOurs)?;
    let Some(rest) = rest else {
        return Ok(Frame { index: 0, total: 1, id: String::new(), dictionary, bytes: bytes(body)? });
    };
    let mut parts = rest.split('/');
    let (Some(i), Some(n), Some(id), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return Err(CodeError::NotOurs);
    };
    let number = |s: &str| {
        if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CodeError::Damaged);
        }
        s.parse::<usize>().map_err(|_| CodeError::Damaged)
    };
    let (i, n) = (number(i)?, number(n)?);
    if n > MAX_FRAMES {
        return Err(CodeError::TooLarge);
    }
    if i == 0 || n < 2 || i > n || id.len() != 8 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(CodeError::Damaged);
    }
    Ok(Frame { index: i - 1, total: n, id: id.to_string(), dictionary, bytes: bytes(body)? })
}

/// Where reading a sequence stands after a code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Progress {
    /// `have` of `total` frames read; show the progress and read on.
    Reading {
        /// Frames read.
        have: usize,
        /// Frames in the sequence.
        total: usize,
    },
    /// Every frame read: the compressed bytes, whole (checked against the sequence's id), and
    /// the dictionary they were compressed with.
    Done(Dictionary, Vec<u8>),
}

/// The frames read so far, of one sequence. A frame of another sequence starts over with it (an
/// earlier code on her screen); a frame read twice is kept once.
#[derive(Clone, Debug, Default)]
pub struct Collector {
    id: String,
    dictionary: Option<Dictionary>,
    parts: Vec<Option<Vec<u8>>>,
}

impl Collector {
    /// Takes one code's text.
    pub fn add(&mut self, text: &str) -> Result<Progress, CodeError> {
        let frame = parse(text)?;
        if frame.total == 1 {
            return Ok(Progress::Done(frame.dictionary, frame.bytes));
        }
        if frame.id != self.id || frame.total != self.parts.len() || Some(frame.dictionary) != self.dictionary {
            self.id = frame.id.clone();
            self.dictionary = Some(frame.dictionary);
            self.parts = vec![None; frame.total];
        }
        if let Some(slot) = self.parts.get_mut(frame.index) {
            *slot = Some(frame.bytes);
        }
        let have = self.parts.iter().filter(|p| p.is_some()).count();
        if have < self.parts.len() {
            return Ok(Progress::Reading { have, total: self.parts.len() });
        }
        let whole: Vec<u8> = self.parts.iter().flatten().flatten().copied().collect();
        self.parts.clear();
        if content_id(&whole) != std::mem::take(&mut self.id) {
            // Frames that say they belong together but do not: read again from the start.
            return Err(CodeError::Damaged);
        }
        Ok(Progress::Done(frame.dictionary, whole))
    }

    /// Frames read and the sequence's length, when a sequence is under way.
    pub fn progress(&self) -> Option<(usize, usize)> {
        (!self.parts.is_empty()).then(|| (self.parts.iter().filter(|p| p.is_some()).count(), self.parts.len()))
    }
}
