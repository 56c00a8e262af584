//! The hand-off code's text framing (`formats::handoff`): base45, one code or a sequence, frames
//! read in any order, and every kind of bad code refused.

use pk_core::formats::handoff::{self, base45_decode, base45_encode, CodeError, Collector, Dictionary, Progress};

/// Bytes that do not compress, like the output of a compressor.
fn noise(n: usize) -> Vec<u8> {
    (0..n).map(|i| ((i * 7919 + i / 3) % 256) as u8).collect()
}

#[test]
fn base45_is_rfc_9285() {
    // The RFC's own examples (section 4.3 and 4.4).
    assert_eq!(base45_encode(b"AB"), "BB8");
    assert_eq!(base45_encode(b"Hello!!"), "%69 VD92EX0");
    assert_eq!(base45_encode(b"base-45"), "UJCLQE7W581");
    assert_eq!(base45_decode("QED8WEX0").as_deref(), Some(&b"ietf!"[..]));
    for n in 0..40 {
        let b = noise(n);
        assert_eq!(base45_decode(&base45_encode(&b)), Some(b));
    }
    // Not base45: a lower-case letter, a lone character, a triple above 65535.
    assert_eq!(base45_decode("bb8"), None);
    assert_eq!(base45_decode("BB8A"), None);
    assert_eq!(base45_decode("GGW"), None);
}

#[test]
fn a_small_preparation_is_one_code() {
    let bytes = noise(600);
    let frames = handoff::frames(&bytes).unwrap();
    assert_eq!(frames.len(), 1);
    assert!(frames[0].starts_with("PK2:"));
    assert_eq!(Collector::default().add(&frames[0]), Ok(Progress::Done(Dictionary::Pk2, bytes.clone())));
    // A code of the first dictionary is still read, and says which dictionary it needs.
    let first = frames[0].replacen("PK2", "PK1", 1);
    assert_eq!(Collector::default().add(&first), Ok(Progress::Done(Dictionary::Pk1, bytes)));
}

#[test]
fn the_largest_single_code_and_the_first_sequence() {
    let fits = (handoff::MAX_CODE_CHARS - 4) / 3 * 2;
    assert_eq!(handoff::frames(&noise(fits)).unwrap().len(), 1);
    let frames = handoff::frames(&noise(fits + 2)).unwrap();
    assert_eq!(frames.len(), 2);
    for f in &frames {
        assert!(f.len() <= handoff::MAX_CODE_CHARS);
    }
}

#[test]
fn a_sequence_is_read_in_any_order_and_twice_read_frames_count_once() {
    let bytes = noise(5_000);
    let frames = handoff::frames(&bytes).unwrap();
    assert!(frames.len() >= 4, "{}", frames.len());
    assert!(frames[0].starts_with(&format!("PK2/1/{}/", frames.len())));
    let mut order: Vec<usize> = (0..frames.len()).rev().collect();
    order.swap(0, 1);
    let mut c = Collector::default();
    for (k, i) in order.iter().enumerate() {
        let got = c.add(&frames[*i]).unwrap();
        if k + 1 < frames.len() {
            assert_eq!(got, Progress::Reading { have: k + 1, total: frames.len() });
            // The same frame again changes nothing.
            assert_eq!(c.add(&frames[*i]).unwrap(), Progress::Reading { have: k + 1, total: frames.len() });
        } else {
            assert_eq!(got, Progress::Done(Dictionary::Pk2, bytes.clone()));
        }
    }
    assert_eq!(c.progress(), None);
}

#[test]
fn a_frame_of_another_sequence_starts_over() {
    let a = handoff::frames(&noise(5_000)).unwrap();
    let mut other = noise(5_000);
    other[0] ^= 1;
    let b = handoff::frames(&other).unwrap();
    let mut c = Collector::default();
    c.add(&a[0]).unwrap();
    c.add(&a[1]).unwrap();
    assert_eq!(c.add(&b[2]).unwrap(), Progress::Reading { have: 1, total: b.len() });
    // The same sequence with another dictionary's header is another sequence too.
    let mut c = Collector::default();
    c.add(&a[0]).unwrap();
    assert_eq!(c.add(&a[1].replacen("PK2", "PK1", 1)).unwrap(), Progress::Reading { have: 1, total: a.len() });
}

#[test]
fn frames_that_say_they_belong_together_but_do_not_are_refused() {
    let a = handoff::frames(&noise(2_000)).unwrap();
    assert_eq!(a.len(), 3);
    // The second frame's content swapped for other bytes, its header kept.
    let (header, _) = a[1].split_once(':').unwrap();
    let forged = format!("{header}:{}", base45_encode(&noise(10)));
    let mut c = Collector::default();
    c.add(&a[0]).unwrap();
    c.add(&forged).unwrap();
    assert_eq!(c.add(&a[2]), Err(CodeError::Damaged));
}

#[test]
fn codes_not_ours_damaged_or_too_large_are_refused() {
    let mut c = Collector::default();
    for text in [
        "",
        "https://example.org/",
        "PK3:BB8",
        "PK:BB8",
        "PK2x:BB8",
        "pk1:BB8",
        "PK1/1/2:BB8",
        "PK1/1/2/0123ABCD/9:BB8",
    ] {
        assert_eq!(c.add(text), Err(CodeError::NotOurs), "{text}");
    }
    for text in [
        "PK1:bb8",
        "PK1:GGW",
        "PK1/0/2/0123ABCD:BB8",
        "PK1/3/2/0123ABCD:BB8",
        "PK1/1/1/0123ABCD:BB8",
        "PK1/1/2/0123:BB8",
        "PK1/1/2/0123ABCG:BB8",
        "PK1/+1/2/0123ABCD:BB8",
        "PK1/1/x/0123ABCD:BB8",
    ] {
        assert_eq!(c.add(text), Err(CodeError::Damaged), "{text}");
    }
    assert_eq!(c.add("PK1/1/33/0123ABCD:BB8"), Err(CodeError::TooLarge));
    assert_eq!(c.add(&format!("PK1:{}", "A".repeat(handoff::MAX_CODE_CHARS * 2))), Err(CodeError::TooLarge));
    assert_eq!(handoff::frames(&noise(handoff::MAX_BYTES + 1)), Err(CodeError::TooLarge));
    assert_eq!(handoff::frames(&noise(handoff::MAX_BYTES)).unwrap().len(), handoff::MAX_FRAMES);
}

#[test]
fn each_dictionary_is_one_stored_block_that_ends_in_an_empty_preparation() {
    for (dictionary, version) in [(Dictionary::Pk1, 3), (Dictionary::Pk2, 5)] {
        let text = dictionary.text();
        let block = dictionary.block();
        assert!(text.len() < 32_768, "within DEFLATE's window: {}", text.len());
        assert_eq!(block[0], 0, "a stored block, not the last one");
        let len = usize::from(u16::from_le_bytes([block[1], block[2]]));
        assert_eq!(len, text.len());
        assert_eq!(u16::from_le_bytes([block[3], block[4]]), !(len as u16));
        assert_eq!(&block[5..], text.as_bytes());
        assert_eq!(Dictionary::named(dictionary.header()), Some(dictionary));
        // The compact native JSON of an empty preparation: the same keys, read by the same decoder.
        let json = &text[text.find(r#"{"format""#).expect("an agreement")..];
        let value: serde_json::Value = serde_json::from_str(json).expect("JSON");
        assert_eq!(value["version"], version);
        let a = pk_core::domain::envelope::decode(json.as_bytes(), pk_core::domain::envelope::DecodeLimits::FILE)
            .expect("the dictionary is an agreement");
        assert!(a.is_blank());
    }
    assert_eq!(Dictionary::CURRENT, Dictionary::Pk2);
    // Pinned: a code or a link made with a dictionary is read with the very same bytes (an
    // editor's added newline would break every code of its header).
    let fnv = |b: &[u8]| b.iter().fold(0x811c_9dc5_u32, |h, x| (h ^ u32::from(*x)).wrapping_mul(0x0100_0193));
    assert_eq!((Dictionary::Pk1.text().len(), fnv(Dictionary::Pk1.text().as_bytes())), (1_705, 0x8E95_233D));
    assert_eq!((Dictionary::Pk2.text().len(), fnv(Dictionary::Pk2.text().as_bytes())), (9_603, 0x875E_03A3));
    assert_eq!(handoff::LINK_DICTIONARY, Dictionary::Pk1, "a link she kept still opens");
}

#[test]
fn the_second_dictionary_begins_with_each_language_s_seven_questions() {
    // As `asked` records them: {"language":"ar","text":"…"}, seven a language, in the order of
    // the questions. Fixed for PK2: a translation changed later only compresses less well.
    let text = Dictionary::Pk2.text();
    let head = &text[..text.find(r#"{"format""#).expect("an agreement")];
    let mut asked = serde_json::Deserializer::from_str(head).into_iter::<pk_core::domain::Asked>();
    let tags: Vec<String> = asked.by_ref().map(|a| a.expect("an asked record").language.tag().to_string()).collect();
    let expected: Vec<&str> =
        ["ar", "fa", "so", "fi", "uk", "en", "sv-x-lattlast"].iter().flat_map(|t| [*t; 7]).collect();
    assert_eq!(tags, expected);
}

#[test]
fn compact_is_the_native_json_without_its_spaces() {
    for name in ["empty", "typical", "maximal", "hostile"] {
        let path = format!("{}/../../tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read(path).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&text).unwrap();
        let expected = serde_json::to_string(&value).unwrap();
        assert_eq!(String::from_utf8(handoff::compact(&text)).unwrap(), expected, "{name}");
    }
    // Spaces, escaped quotes and backslashes inside strings are kept.
    assert_eq!(handoff::compact(br#"{ "a" : " x \" y \\ " , "b":[ 1, 2 ] }"#), br#"{"a":" x \" y \\ ","b":[1,2]}"#);
}

#[test]
fn an_agreement_link_carries_the_bytes_in_url_safe_alphanumerics() {
    for n in [0, 1, 2, 3, 100, 1_001] {
        let bytes = noise(n);
        let link = handoff::link("https://example.se/Vard/sida.html?x=1", &bytes);
        let (page, fragment) = link.split_once('#').unwrap();
        assert_eq!(page, "https://example.se/Vard/sida.html?x=1");
        let text = fragment.strip_prefix("pk=").unwrap();
        // QR's alphanumeric set, without the space and `%` a URL would not keep as written.
        assert!(text.bytes().all(|b| b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./:".contains(&b)), "{text}");
        assert_eq!(text.len(), n / 2 * 3 + n % 2 * 2);
        assert_eq!(handoff::link_bytes(&format!("#{fragment}")), Some(Ok(bytes.clone())));
        assert_eq!(handoff::link_bytes(fragment), Some(Ok(bytes)));
    }
}

#[test]
fn a_fragment_not_a_link_damaged_or_too_large_is_told_apart() {
    assert_eq!(handoff::link_bytes(""), None);
    assert_eq!(handoff::link_bytes("#"), None);
    assert_eq!(handoff::link_bytes("#steg-2"), None);
    assert_eq!(handoff::link_bytes("#pkx=00"), None);
    assert_eq!(handoff::link_bytes("#pk=a b"), Some(Err(CodeError::Damaged)));
    assert_eq!(handoff::link_bytes("#pk=%20"), Some(Err(CodeError::Damaged)));
    // One digit alone is no byte; three digits over 65,535 are none either.
    assert_eq!(handoff::link_bytes("#pk=0"), Some(Err(CodeError::Damaged)));
    assert_eq!(handoff::link_bytes("#pk=:::"), Some(Err(CodeError::Damaged)));
    let huge = format!("#pk={}", "0".repeat(handoff::MAX_BYTES * 2));
    assert_eq!(handoff::link_bytes(&huge), Some(Err(CodeError::TooLarge)));
}

#[test]
fn a_page_address_without_its_fragment() {
    assert_eq!(handoff::without_fragment("https://a.se/p?q=1#pk=00"), "https://a.se/p?q=1");
    assert_eq!(handoff::without_fragment("https://a.se/p"), "https://a.se/p");
}

#[test]
fn a_preparation_not_kept_for_five_days_is_reminded() {
    use pk_core::domain::envelope::{days_between, remind_to_keep, KEEP_REMINDER_DAYS};
    assert_eq!(KEEP_REMINDER_DAYS, 5);
    assert_eq!(days_between("2027-03-01T10:00:00Z", "2027-03-06T09:59:59Z"), Some(4));
    assert_eq!(days_between("2027-03-01T10:00:00Z", "2027-03-06T10:00:00Z"), Some(5));
    assert_eq!(days_between("2027-03-01T10:00:00+01:00", "2027-03-06T09:00:00Z"), Some(5));
    assert!(!remind_to_keep("2027-03-01T10:00:00Z", "2027-03-06T09:59:59Z"));
    assert!(remind_to_keep("2027-03-01T10:00:00Z", "2027-03-06T10:00:00Z"));
    assert!(remind_to_keep("2027-02-27T10:00:00Z", "2027-03-06T10:00:00Z"), "across a month");
    // A clock set back, or a time that is not one: no reminder.
    assert!(!remind_to_keep("2027-03-06T10:00:00Z", "2027-03-01T10:00:00Z"));
    assert!(!remind_to_keep("igår", "2027-03-06T10:00:00Z"));
}
