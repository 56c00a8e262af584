//! Content as data: every text in every language (Swedish in the code, the others in their
//! files, checked against the catalogue), and the seven questions verbatim from SKR.
#![cfg(not(target_arch = "wasm32"))]

use pk_core::content::{self, Text, Ui};
use pk_core::domain::envelope::ImportError;
use pk_core::domain::*;

/// Installs the English texts for this test's thread, as the app does when English is chosen.
fn english() {
    let file = std::fs::read_to_string(root().join("site").join(content::texts::file(Language::EN))).expect("en");
    content::texts::install(Language::EN, &file).expect("installs");
}

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// A language file as shipped (`site/texts/<tag>.json`), as a sorted map.
fn language_file(lang: Language) -> std::collections::BTreeMap<String, String> {
    let path = root().join("site").join(content::texts::file(lang));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is there", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is an object of texts: {e}", path.display()))
}

/// A text has Swedish, and every other language has it: in its file, or (English) in the code.
fn assert_full(what: &str, t: Text) {
    assert!(!t.sv.trim().is_empty(), "{what}: Swedish missing");
    for lang in Language::all().filter(|l| !l.is_swedish()) {
        let kept = lang == Language::EN && t.kept();
        let file = language_file(lang);
        assert!(
            kept || file.get(&t.key()).is_some_and(|x| !x.trim().is_empty()),
            "{what}: \"{}\" is not in texts/{}.json",
            t.sv,
            lang.tag()
        );
    }
}

/// The `{name}` placeholders of a text, sorted (a brace that opens no name is not one).
fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect();
    found.sort_unstable();
    found
}

#[test]
fn every_language_file_has_every_text_of_the_catalogue_and_no_other() {
    let catalogue = content::catalogue::catalogue();
    assert!(catalogue.len() > 300, "the catalogue lists the app's texts: {}", catalogue.len());
    for lang in Language::all().filter(|l| !l.is_swedish()) {
        let file = language_file(lang);
        let want: std::collections::BTreeSet<String> = content::catalogue::keys_for(lang).into_iter().collect();
        let have: std::collections::BTreeSet<String> = file.keys().cloned().collect();
        let missing: Vec<&String> = want.difference(&have).collect();
        let unknown: Vec<&String> = have.difference(&want).collect();
        assert!(
            missing.is_empty(),
            "texts/{}.json lacks {missing:?}: cargo run -p pk-tools --bin texts -- --write",
            lang.tag()
        );
        assert!(unknown.is_empty(), "texts/{}.json has texts the app does not: {unknown:?}", lang.tag());
        let empty: Vec<&String> = file.iter().filter(|(_, v)| v.trim().is_empty()).map(|(k, _)| k).collect();
        assert!(empty.is_empty(), "texts/{}.json: no translation of {empty:?}", lang.tag());
        // The same placeholders as the Swedish, each as often (a sentence is filled by name); a
        // plural form may leave the number out ("ملف واحد", one file: Arabic says no digit).
        let fits = |k: &str, v: &str| {
            let (want, have) = (placeholders(k.rsplit('\u{4}').next().unwrap_or(k)), placeholders(v));
            want == have || (k.starts_with("plural:") && have.iter().all(|p| want.contains(p)))
        };
        let wrong: Vec<&String> = file.iter().filter(|(k, v)| !fits(k, v)).map(|(k, _)| k).collect();
        assert!(wrong.is_empty(), "texts/{}.json: other placeholders than the Swedish in {wrong:?}", lang.tag());
        // Written as the tool writes it: one line per text, sorted (a change is a one-line diff).
        let shipped = std::fs::read_to_string(root().join("site").join(content::texts::file(lang))).expect("file");
        assert_eq!(
            shipped,
            content::texts::to_json(&file),
            "texts/{}.json: cargo run -p pk-tools --bin texts -- --write",
            lang.tag()
        );
    }
    // The English of the API's messages is in the code, not in the English file.
    let kept = content::error(ErrorCode::PersonalNumberFormat);
    assert!(kept.kept() && !language_file(Language::EN).contains_key(kept.sv));
}

#[test]
fn the_catalogue_is_made_from_the_types_and_has_each_text_once() {
    let catalogue = content::catalogue::catalogue();
    let keys: std::collections::HashSet<String> = catalogue.iter().map(Text::key).collect();
    assert_eq!(keys.len(), catalogue.len(), "each text once");
    for t in [
        Ui::Begin.both(),
        content::question(Perspective::Patient, 6).expect("question 7"),
        content::gap(PartGap::FixedContactUnsettled),
        content::list_text(ListId::Goals, Mode::Prepare).add,
    ] {
        assert!(keys.contains(&t.key()), "{} is in the catalogue", t.sv);
    }
    // A Swedish text that reads differently by where it stands has a context in its key.
    let row = content::list_text(ListId::Relatives, Mode::Prepare).row;
    assert_eq!(row.key(), "row\u{4}Närstående");
    assert!(
        keys.contains(&row.key()) && keys.contains(&content::list_text(ListId::Relatives, Mode::Prepare).heading.key())
    );
}

#[test]
fn a_text_shows_in_its_language_once_its_file_is_installed() {
    // Each test runs in its own thread, and the installed files are the thread's.
    let t = Ui::Begin.both();
    assert_eq!(t.get(Language::EN), t.sv, "Swedish until the English has arrived");
    let kept = content::error(ErrorCode::RowEmpty);
    assert_eq!(kept.get(Language::EN), kept.en, "the API's English is at hand before");
    assert!(!content::texts::ready(Language::EN) && content::texts::ready(Language::SV));
    let file = std::fs::read_to_string(root().join("site").join(content::texts::file(Language::EN))).expect("en");
    content::texts::install(Language::EN, &file).expect("installs");
    assert_eq!(t.get(Language::EN), "Start");
    assert_eq!(content::list_text(ListId::Relatives, Mode::Prepare).row.get(Language::EN), "Person");
    assert_eq!(content::list_text(ListId::Relatives, Mode::Prepare).heading.get(Language::EN), "Family and friends");
    assert_eq!(t.get(Language::SV), "Börja");
}

#[test]
fn a_language_file_installs_only_an_object_of_texts() {
    use content::texts::install;
    assert!(install(Language::EN, "[1, 2]").is_err());
    assert!(install(Language::EN, r#"{"Ja": 1}"#).is_err());
    assert!(install(Language::EN, "{").is_err());
    assert!(!content::texts::ready(Language::EN), "nothing installed by a refused file");
    assert!(install(Language::EN, r#"{"Ja": "Yes"}"#).is_ok());
    assert_eq!(content::tri(Tri::Yes).get(Language::EN), "Yes");
}

#[test]
fn every_language_is_one_row_and_its_tag_reads_back() {
    let tags: Vec<&str> = Language::all().map(Language::tag).collect();
    assert_eq!(tags.first(), Some(&"sv"), "Swedish first: it is in the code");
    for l in Language::all() {
        assert_eq!(Language::from_tag(l.tag()), Some(l));
        assert!(!l.info().name.is_empty() && !l.info().in_swedish.is_empty() && !l.info().try_again.is_empty());
    }
    assert_eq!(Language::from_tag("sv-SE"), Some(Language::SV));
    assert_eq!(Language::from_tag("en-GB"), Some(Language::EN));
    assert_eq!(Language::from_tag("xx"), None);
    assert_eq!(tags, ["sv", "sv-x-lattlast", "en", "ar", "fa", "so", "fi", "uk"]);
    // Lättläst Swedish: its own row and file, Swedish to screen readers and in her words.
    let lattlast = Language::from_tag("sv-x-lattlast").expect("lättläst Swedish");
    assert_eq!(lattlast.info().name, "Lättläst svenska");
    assert_eq!(lattlast.info().in_swedish, "lättläst svenska");
    assert_eq!((lattlast.lang(), lattlast.words()), ("sv", Language::SV));
    assert!(lattlast.is_version() && !lattlast.is_swedish());
    assert_eq!(content::texts::file(lattlast), "texts/sv-x-lattlast.json");
    assert_eq!(Language::from_tag("SV-x-Lattlast"), Some(lattlast));
    for l in Language::all().filter(|l| *l != lattlast) {
        assert_eq!((l.lang(), l.words()), (l.tag(), l), "{l:?} is its own language");
        assert!(!l.is_version());
    }
    assert_eq!(serde_json::to_string(&lattlast).expect("json"), "\"sv-x-lattlast\"");
    let rtl: Vec<&str> = Language::all()
        .filter(|l| l.info().dir == pk_core::domain::language::Direction::Rtl)
        .map(Language::tag)
        .collect();
    assert_eq!(rtl, ["ar", "fa"], "Arabic and Persian are written right to left");
    // The agreement's `language` is the tag, and nothing else is read.
    assert_eq!(serde_json::to_string(&Language::EN).expect("json"), "\"en\"");
    assert!(serde_json::from_str::<Language>("\"xx\"").is_err());
}

/// Read aloud (issue 27) chooses only a voice that runs on the device, in the language of the
/// page's `lang` (any region, either separator; Swedish for lättläst Swedish); a voice that is not
/// local is never chosen, even as the only one of the language, and no such voice means none.
#[test]
fn read_aloud_chooses_a_voice_on_the_device_in_the_pages_language_only() {
    use pk_core::domain::language::Voice;
    let v = |lang: &str, local: bool| Voice { lang: lang.into(), local };
    let lattlast = Language::from_tag("sv-x-lattlast").expect("lättläst Swedish");
    let ar = Language::from_tag("ar").expect("Arabic");
    let voices = [v("sv-SE", false), v("en-US", true), v("sv_FI", true), v("sv-SE", true), v("AR-eg", true)];
    assert_eq!(Language::SV.voice(&voices), Some(2), "the first local Swedish voice, not the remote one before it");
    assert_eq!(lattlast.voice(&voices), Some(2), "lättläst Swedish is read by a Swedish voice");
    assert_eq!(Language::EN.voice(&voices), Some(1));
    assert_eq!(ar.voice(&voices), Some(4), "the tag's case does not matter");
    // Only remote voices of the language, or none at all: no voice, so no button.
    let remote = [v("sv-SE", false), v("en-GB", false), v("fi-FI", true)];
    assert_eq!(Language::SV.voice(&remote), None);
    assert_eq!(Language::EN.voice(&remote), None);
    assert_eq!(Language::SV.voice(&[]), None);
    // A voice of another language that shares a prefix, or has no tag, is not hers.
    let others = [v("svx", true), v("", true), v("s", true)];
    assert_eq!(Language::SV.voice(&others), None);
    let fi = Language::from_tag("fi").expect("Finnish");
    assert_eq!(fi.voice(&remote), Some(2));
}

/// The seven questions as printed in SKR's own text (seed 003, "7 frågor som visar om det finns
/// ett fungerande Patientkontrakt", kept as `tests/fixtures/skr/seven-questions.txt`; its
/// README names the source): the section up to "Källa: SKR", lines joined, words the layout
/// hyphenated at a line end ("ut-\ngår") joined again, white space folded.
fn verbatim() -> Vec<(String, String)> {
    let path = concat!(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."), "/tests/fixtures/skr/seven-questions.txt");
    let seed = std::fs::read_to_string(path).expect("the fixture of SKR's seven questions");
    let start = seed.find("7 frågor som visar om det finns ett fungerande").expect("the questions' heading");
    let section = &seed[start..];
    let section = &section[..section.find("Källa: SKR").expect("the source line")];
    let mut text = String::new();
    for line in section.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match text.strip_suffix('-') {
            // A hyphen at a line end before a lower-case letter splits one word.
            Some(head) if line.starts_with(|c: char| c.is_lowercase()) => text = format!("{head}{line}"),
            _ => {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(line);
            }
        }
    }
    (1..=7)
        .map(|n| {
            let from = text.find(&format!("{n}. Patient: ")).expect("question n") + format!("{n}. Patient: ").len();
            let rest = &text[from..];
            let (patient, rest) = rest.split_once(" Vårdgivare: ").expect("care giver version");
            let end = rest.find(&format!(" {}. Patient: ", n + 1)).unwrap_or(rest.len());
            (patient.trim().to_string(), rest[..end].trim().to_string())
        })
        .collect()
}

#[test]
fn the_seed_reads_as_fourteen_questions() {
    let q = verbatim();
    assert_eq!(q.len(), 7);
    assert_eq!(q[1].0, "Har du en överenskommelse med vården som utgår från vad som är viktigt för dig, där du vet vad du gör för att må bra, vad du gör om du blir sjuk och vad vården gör?");
    assert!(q.iter().all(|(p, c)| p.ends_with('?') && c.ends_with('?')), "{q:#?}");
}

/// The widget's fourteen questions are SKR's, character for character.
#[test]
fn the_fourteen_questions_are_verbatim() {
    let want = verbatim();
    for (n, (patient, professional)) in want.iter().enumerate() {
        assert_eq!(
            content::question(Perspective::Patient, n).map(|t| t.sv),
            Some(patient.as_str()),
            "patient q{}",
            n + 1
        );
        assert_eq!(
            content::question(Perspective::Professional, n).map(|t| t.sv),
            Some(professional.as_str()),
            "care q{}",
            n + 1
        );
    }
    assert_eq!(content::question(Perspective::Patient, 7), None);
}

#[test]
fn every_ui_text_has_both_languages_and_a_unique_id() {
    let mut ids = std::collections::HashSet::new();
    for k in Ui::ALL {
        assert_full(k.id(), k.both());
        assert!(ids.insert(k.id()), "duplicate id {}", k.id());
    }
}

#[test]
fn every_step_field_list_choice_and_code_has_words() {
    for s in std::iter::once(Step::Start).chain(Step::NUMBERED) {
        assert_full(s.key(), content::step_title(s));
        for m in [Mode::Prepare, Mode::Consultation] {
            assert_full(s.key(), content::step_intro(s, m));
        }
    }
    for f in TextField::ALL {
        let ft = content::text_field(f);
        assert_full(f.key(), ft.label);
        if let Some(h) = ft.hint {
            assert_full(f.key(), h);
        }
    }
    for l in ListId::ALL {
        for m in [Mode::Prepare, Mode::Consultation] {
            let lt = content::list_text(l, m);
            for t in [lt.heading, lt.hint, lt.add, lt.row] {
                assert_full(l.key(), t);
            }
        }
        for f in l.fields() {
            assert_full(&format!("{}/{}", l.key(), f.key()), content::item_label(l, *f));
        }
    }
    for c in
        [ChoiceField::CoordinationNeed, ChoiceField::FixedContactNeeded, ChoiceField::NextMode, ChoiceField::Initiator]
    {
        assert_full(c.key(), content::choice_field(c).label);
    }
    for v in [Tri::Yes, Tri::No, Tri::DontKnow] {
        assert_full("tri", content::tri(v));
    }
    for m in ContactMode::ALL {
        assert_full("mode", content::contact_mode(m));
    }
    for i in Initiator::ALL {
        for mode in Mode::ALL {
            assert_full("initiator", content::initiator(i, mode));
        }
    }
    // Preparing, the patient reads "Jag"; in the consultation, "Patienten".
    assert_eq!(content::initiator(Initiator::Patient, Mode::Prepare).sv, "Jag");
    assert_eq!(content::initiator(Initiator::Patient, Mode::Consultation).sv, "Patienten");
    for f in FlagField::ALL {
        assert_full(f.key(), content::flag(f));
    }
    for k in RouteKind::ALL {
        assert_full(k.key(), content::route_kind(k));
    }
    for c in ErrorCode::ALL {
        assert_full(&format!("{c:?}"), content::error(c));
    }
    for g in PartGap::ALL {
        assert_full(&format!("{g:?}"), content::gap(g));
    }
    for p in [Perspective::Patient, Perspective::Professional] {
        for n in 0..QUESTION_COUNT {
            assert_full("question", content::question(p, n).expect("question"));
        }
    }
}

#[test]
fn list_headings_differ_by_mode_where_the_patient_prepares_alone() {
    // Preparing, the patient writes wishes; in the consultation they are shown as the
    // patient's wishes, apart from what care does.
    let prepare = content::list_text(ListId::CareWishes, Mode::Prepare).heading;
    let together = content::list_text(ListId::CareWishes, Mode::Consultation).heading;
    assert_eq!(prepare.sv, "Det här vill jag att vården hjälper mig med");
    assert_eq!(together.sv, "Patientens önskemål till vården");
    assert_eq!(content::list_text(ListId::CareActions, Mode::Consultation).heading.sv, "Det här gör vården");
}

/// One of each import error, with realistic places and values (what `envelope::decode` gives
/// for the bad files of `tests/e2e/safety.test.mjs`). The `match` in [`technical`] has no `_`:
/// a new kind of error does not compile until it is here.
fn one_of_each_import_error() -> Vec<ImportError> {
    vec![
        ImportError::Empty,
        ImportError::TooLarge { bytes: 3 * 1024 * 1024 + 200_000, limit: 1024 * 1024 },
        // Sizes below a kilobyte are said in bytes: not to a patient.
        ImportError::TooLarge { bytes: 900, limit: 512 },
        ImportError::InvalidUtf8 { offset: 4711 },
        ImportError::NotJson { line: 12, column: 37 },
        ImportError::Truncated,
        ImportError::TooDeep,
        ImportError::Foreign,
        ImportError::VersionMissing,
        ImportError::NewerVersion { found: 99 },
        ImportError::UnknownOldVersion { found: 0 },
        ImportError::Shape,
        ImportError::MissingField { path: "schedule.next_time.mode".into() },
        ImportError::UnknownField { path: "patient.email".into() },
        ImportError::WrongType { path: "commitments.self_care".into() },
        ImportError::InvalidValue { path: "answers.patient[0].value".into() },
        ImportError::TextTooLong { path: "what_matters.own_words".into(), limit: 20000 },
        ImportError::TooManyRows { path: "what_matters.goals".into(), limit: 100 },
        ImportError::BadMeta { path: "answers.answered_at.professional".into() },
        ImportError::Unreadable,
        ImportError::TooManyValues { limit: 50_000 },
        ImportError::DuplicateKey { key: "own_words".into(), line: 14, column: 17 },
    ]
}

/// What an import error knows that is for developers, not patients: the field's path, and the
/// numbers of where and how much (offset, line, column, exact sizes, versions).
fn technical(e: &ImportError) -> (Option<&str>, Vec<String>) {
    match e {
        ImportError::MissingField { path }
        | ImportError::UnknownField { path }
        | ImportError::WrongType { path }
        | ImportError::InvalidValue { path }
        | ImportError::BadMeta { path } => (Some(path), vec![]),
        ImportError::TextTooLong { path, limit } | ImportError::TooManyRows { path, limit } => {
            (Some(path), vec![limit.to_string()])
        }
        ImportError::TooLarge { bytes, limit } => (None, vec![bytes.to_string(), limit.to_string()]),
        ImportError::InvalidUtf8 { offset } => (None, vec![offset.to_string()]),
        ImportError::TooManyValues { limit } => (None, vec![limit.to_string()]),
        ImportError::DuplicateKey { key, line, column } => (Some(key), vec![line.to_string(), column.to_string()]),
        ImportError::NotJson { line, column } => (None, vec![line.to_string(), column.to_string()]),
        ImportError::NewerVersion { found } | ImportError::UnknownOldVersion { found } => {
            (None, vec![found.to_string()])
        }
        ImportError::Empty
        | ImportError::Truncated
        | ImportError::TooDeep
        | ImportError::Foreign
        | ImportError::VersionMissing
        | ImportError::Shape
        | ImportError::Unreadable => (None, vec![]),
    }
}

/// A word like a field path: letters, digits or `_` on both sides of a `.` (`next_time.mode`),
/// or a `_` anywhere (`own_words`). A decimal number (`3.1 MB`) is not one.
fn looks_like_a_path(msg: &str) -> Option<&str> {
    msg.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '_')).find(|w| {
        let b = w.as_bytes();
        w.contains('_')
            || (1..b.len().saturating_sub(1)).any(|i| {
                b[i] == b'.'
                    && b[i - 1].is_ascii_alphanumeric()
                    && b[i + 1].is_ascii_alphanumeric()
                    && !(b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
            })
    })
}

/// The message's last sentence: what to do.
fn last_sentence(msg: &str) -> &str {
    let body = msg.strip_suffix('.').unwrap_or(msg);
    body.rsplit(". ").next().unwrap_or(body)
}

#[test]
fn every_import_error_says_in_plain_words_what_is_wrong_and_what_to_do_with_the_detail_apart() {
    let cases = one_of_each_import_error();
    for e in &cases {
        let (path, numbers) = technical(e);
        let sv = content::import_error(Language::SV, e);
        let en = content::import_error(Language::EN, e);
        for (lang, msg) in [(Language::SV, &sv), (Language::EN, &en)] {
            assert!(!msg.contains('{'), "{e:?}: unfilled placeholder in {msg}");
            // No file formats, bytes, field paths, lines or columns for the patient.
            let lower = msg.to_lowercase();
            for word in ["utf-8", "utf8", "byte", "json", "unicode", "kolumn", "column", "offset"] {
                assert!(!lower.contains(word), "{e:?}: the patient is told \u{201c}{word}\u{201d}: {msg}");
            }
            let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
            for word in ["rad", "line", "position"] {
                assert!(!words.contains(&word), "{e:?}: the patient is told \u{201c}{word}\u{201d}: {msg}");
            }
            if let Some(path) = path {
                assert!(!msg.contains(path), "{e:?}: the patient is told the path {path}: {msg}");
            }
            assert_eq!(looks_like_a_path(msg), None, "{e:?}: a field path in {msg}");
            // Where and how much are the detail's; a limit in characters or rows is plain words.
            if !matches!(e, ImportError::TextTooLong { .. } | ImportError::TooManyRows { .. }) {
                for n in &numbers {
                    let told = msg.split(|c: char| !c.is_ascii_digit()).any(|d| d == n);
                    assert!(!told, "{e:?}: the patient is told {n}: {msg}");
                }
            }
            // Patientkontrakt is a name: always with a capital P.
            assert!(!msg.contains("patientkontrakt"), "{e:?}: {msg}");
            // It ends with what to do, a whole sentence of its own.
            assert!(msg.ends_with('.'), "{e:?}: not a whole sentence: {msg}");
            let todo = last_sentence(msg);
            let verbs: &[&str] = if lang == Language::SV {
                &["Välj ", "Försök ", "Öppna ", "Ladda ", "Hjälper inte det, "]
            } else {
                &["Choose ", "Try ", "Open ", "Reload ", "If that does not help, "]
            };
            assert!(verbs.iter().any(|v| todo.starts_with(v)), "{e:?}: does not end with what to do: {msg}");
            // What is wrong comes first: the reason alone, as the notice of an unreadable stored
            // draft says it.
            let reason = content::import_error_reason(lang, e);
            assert!(msg.starts_with(&reason) && msg.len() > reason.len() + 1, "{e:?}: {reason} / {msg}");
            assert!(reason.ends_with('.'), "{e:?}: {reason}");
        }
        assert_ne!(sv, en, "{e:?} is translated");
        assert!(!sv.contains("appen"), "{e:?}: the app is the Patientkontrakt: {sv}");

        // The technical detail: the path, offset, line, column and limits, for "Visa detaljer",
        // the host's script and support.
        let detail_sv = content::import_error_detail(Language::SV, e);
        let detail_en = content::import_error_detail(Language::EN, e);
        if matches!(e, ImportError::Empty | ImportError::Unreadable) {
            assert_eq!((detail_sv, detail_en), (None, None), "{e:?}: nothing to add to the message");
            continue;
        }
        let (Some(detail_sv), Some(detail_en)) = (detail_sv, detail_en) else {
            panic!("{e:?}: no technical detail");
        };
        for detail in [&detail_sv, &detail_en] {
            assert!(!detail.contains('{'), "{e:?}: unfilled placeholder in {detail}");
            assert!(detail.ends_with('.'), "{e:?}: {detail}");
            for n in path.iter().map(|p| p.to_string()).chain(numbers.iter().cloned()) {
                assert!(detail.contains(&n), "{e:?}: the detail does not name {n}: {detail}");
            }
        }
        assert_ne!(detail_sv, detail_en, "{e:?}: the detail is translated");
    }
    // Each kind of error has its own words, so the user can tell them apart (and say which).
    let mut templates: Vec<String> =
        cases.iter().map(|e| content::import_error(Language::SV, &with_path(e, "x"))).collect();
    templates.retain(|t| !t.starts_with("Filen är för stor"));
    let before = templates.len();
    templates.sort();
    templates.dedup();
    assert_eq!(templates.len(), before, "two import errors share their words");
    // Sizes in MB are plain words; the exact bytes are in the detail.
    let sv = content::import_error(Language::SV, &cases[1]);
    assert_eq!(
        sv,
        "Filen är för stor (3,1 MB). Den får vara högst 1,0 MB. Välj en fil som du har sparat med Patientkontraktet."
    );
    let en = content::import_error(Language::EN, &cases[1]);
    assert_eq!(en, "The file is too large (3.1 MB). It can be at most 1.0 MB. Choose a file you have saved with the Patientkontrakt.");
    assert_eq!(
        content::import_error(Language::SV, &cases[2]),
        "Filen är för stor. Välj en fil som du har sparat med Patientkontraktet."
    );
    assert_eq!(
        content::import_error_detail(Language::EN, &cases[2]).as_deref(),
        Some("The file is 900 bytes. The limit is 512 bytes.")
    );
    assert_eq!(
        content::import_error_detail(Language::EN, &cases[12]).as_deref(),
        Some("Missing field: schedule.next_time.mode.")
    );
    // The same checks on the places of a real file, as the decoder finds them.
    let good =
        std::fs::read_to_string(concat!(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."), "/tests/fixtures/typical.json"))
            .expect("fixture");
    let mut doc: serde_json::Value = serde_json::from_str(&good).expect("the fixture is JSON");
    doc["schedule"]["next_time"]["mode"] = "brevduva".into();
    let bad = serde_json::to_string(&doc).expect("JSON");
    let e = envelope::decode(bad.as_bytes(), envelope::DecodeLimits::FILE).expect_err("a mode that is not one");
    assert_eq!(e, ImportError::InvalidValue { path: "schedule.next_time.mode".into() });
    let (path, _) = technical(&e);
    let path = path.expect("a place");
    for lang in [Language::SV, Language::EN] {
        assert_eq!(looks_like_a_path(&content::import_error(lang, &e)), None);
        assert!(content::import_error_detail(lang, &e).is_some_and(|d| d.contains(path)), "{e:?}");
    }
}

#[test]
fn the_checks_of_the_test_of_import_messages_would_catch_technical_words() {
    assert_eq!(looks_like_a_path("uppgiften ”schedule.next_time.mode” saknas."), Some("schedule.next_time.mode"));
    assert_eq!(looks_like_a_path("in “what_matters” is"), Some("what_matters"));
    assert_eq!(looks_like_a_path("answers.patient[0].value"), Some("answers.patient[0].value"));
    assert_eq!(looks_like_a_path("Filen är för stor (3.1 MB). Den får vara högst 1,0 MB."), None);
    assert_eq!(last_sentence("Filen är tom. Välj en fil."), "Välj en fil");
}

/// Every validation message says what to do: it begins with it.
#[test]
fn every_validation_message_says_what_to_do() {
    for c in ErrorCode::ALL {
        let t = content::error(c);
        assert!(
            ["Skriv ", "Fyll i ", "Kontrollera "].iter().any(|v| t.sv.starts_with(v)),
            "{c:?}: \u{201c}{}\u{201d} does not say what to do",
            t.sv
        );
        assert!(
            ["Write ", "Enter ", "Fill in ", "Check "].iter().any(|v| t.en.starts_with(v)),
            "{c:?}: \u{201c}{}\u{201d} does not say what to do",
            t.en
        );
    }
}

#[test]
fn placeholders_fill() {
    english();
    assert_eq!(content::fill(Ui::StepOf.get(Language::SV), &[("n", "2"), ("total", "7")]), "Steg 2 av 7");
    assert_eq!(content::fill(Ui::StepOf.get(Language::EN), &[("n", "2"), ("total", "7")]), "Step 2 of 7");
}

/// The same error about another path, so that messages can be compared by their words alone.
fn with_path(e: &ImportError, p: &str) -> ImportError {
    let path = p.to_string();
    match e.clone() {
        ImportError::MissingField { .. } => ImportError::MissingField { path },
        ImportError::UnknownField { .. } => ImportError::UnknownField { path },
        ImportError::WrongType { .. } => ImportError::WrongType { path },
        ImportError::InvalidValue { .. } => ImportError::InvalidValue { path },
        ImportError::BadMeta { .. } => ImportError::BadMeta { path },
        ImportError::TextTooLong { limit, .. } => ImportError::TextTooLong { path, limit },
        ImportError::TooManyRows { limit, .. } => ImportError::TooManyRows { path, limit },
        other => other,
    }
}

/// Every field of a list row but the first (what the row is about) is optional, and says so,
/// in the same words everywhere.
#[test]
fn optional_row_fields_say_so_consistently() {
    english();
    for list in ListId::ALL {
        for (i, f) in list.fields().iter().enumerate() {
            let label = content::item_label(list, *f);
            let marked = (label.sv.ends_with(" (frivilligt)"), label.get(Language::EN).ends_with(" (optional)"));
            assert_eq!(marked, (i > 0, i > 0), "{list:?} {f:?}: {label:?}");
        }
    }
}

#[test]
fn the_static_start_page_in_index_html_and_the_hosts_fragment_are_generated_from_the_content() {
    use pk_core::content::static_start;
    let want = static_start::html(Language::SV, true);
    let for_hosts = static_start::html(Language::SV, false);
    let root = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let index = std::fs::read_to_string(root.join("site/index.html")).expect("index.html");
    assert!(
        index.contains(&want),
        "index.html's start page is out of date: cargo run -p pk-tools --bin start_html -- --write"
    );
    let fragment = std::fs::read_to_string(root.join("site/embed/start-fragment.html")).expect("fragment");
    assert_eq!(fragment.trim_end(), for_hosts, "embed/start-fragment.html is out of date");
    // The follow-up is offered only where the host offers it: index.html's element does.
    assert!(index.contains("data-followup"), "index.html offers the follow-up");
    assert!(!for_hosts.contains("value=\"followup\""), "a host's fragment does not offer the follow-up");
    // The same texts as the app's start page, and its ids and names.
    for text in [Ui::ModeLegend, Ui::ModePrepare, Ui::ModeConsultation, Ui::ModeFollowup, Ui::Begin, Ui::Privacy] {
        assert!(want.contains(text.get(Language::SV)), "{text:?}");
    }
    for id in [
        "id=\"pk-mode\"",
        "id=\"pk-mode-2\"",
        "id=\"pk-mode-3\"",
        "name=\"pk-mode\"",
        "id=\"pk-continue\"",
        "id=\"pk-heading\"",
    ] {
        assert!(want.contains(id), "{id}");
    }
}

/// On a lättläst page each of her seven questions is the project's lättläst wording, with SKR's
/// own Swedish one click away ("SKR:s formulering"); care's questions stay SKR's words and have
/// no such disclosure, nor has any other language, nor a question the host reworded.
#[test]
fn on_a_lattlast_page_her_questions_have_skrs_own_words_one_click_away() {
    let lattlast = Language::from_tag("sv-x-lattlast").expect("lättläst Swedish");
    let file = std::fs::read_to_string(root().join("site").join(content::texts::file(lattlast))).expect("file");
    content::texts::install(lattlast, &file).expect("installs");
    let mut a = Agreement::new("t", "2026-01-01T00:00:00Z", Mode::Consultation, lattlast);
    assert_eq!(content::SKR_WORDING, "SKR:s formulering");
    // The step says the questions are in easier words, and where SKR's own words are.
    let source = Ui::QuestionsSource.both().get(lattlast);
    assert!(source.contains("enklare ord") && source.contains(&format!("”{}”", content::SKR_WORDING)), "{source}");
    for n in 0..QUESTION_COUNT {
        for p in [Perspective::Before, Perspective::Patient] {
            let skr = content::question(p, n).expect("a question").sv;
            let shown = content::asked(&a, p, n, lattlast);
            assert_ne!(shown, skr, "question {}: the lättläst wording is shown", n + 1);
            assert!(shown.ends_with('?'), "{shown}");
            assert_eq!(content::skr_wording_beside(&a, p, n, lattlast), Some(skr), "question {}", n + 1);
            for other in Language::all().filter(|l| *l != lattlast) {
                assert_eq!(content::skr_wording_beside(&a, p, n, other), None, "{other:?}");
            }
        }
        let care = content::question(Perspective::Professional, n).expect("care's").sv;
        assert_eq!(content::asked(&a, Perspective::Professional, n, lattlast), care, "care's stay SKR's");
        assert_eq!(content::skr_wording_beside(&a, Perspective::Professional, n, lattlast), None);
    }
    // The seven lättläst questions as docs/translations/lattlast.md gives them (1 and 7 shown).
    assert!(
        content::asked(&a, Perspective::Before, 0, lattlast).starts_with("Tänk på hur du har det och vad du klarar.")
    );
    assert_eq!(content::asked(&a, Perspective::Before, 2, lattlast), "Har du enkla sätt att kontakta vården?");
    // A question the host reworded shows its words, marked as the host's: no disclosure.
    a.reworded.push(Reworded {
        id: question_id(Perspective::Patient, 4),
        sv: "Vet du vad som händer härnäst?".into(),
        en: "Do you know what happens next?".into(),
    });
    assert_eq!(content::skr_wording_beside(&a, Perspective::Patient, 4, lattlast), None);
}

/// The lättläst texts measured from the file itself (issue 27's targets), over every text it
/// words differently from the Swedish (the rest, staff texts and texts plain already, are the
/// Swedish): no sentence over 15 words, median sentence at most 8 words, LIX at most 25.
/// Placeholders are left out; a sentence ends at . ! or ? before a space; a word is a run of
/// letters and digits ("HSA-id", "14:30" one word); a long word has more than 6 letters.
#[test]
fn the_lattlast_texts_keep_short_sentences_and_a_low_lix() {
    let lattlast = Language::from_tag("sv-x-lattlast").expect("lättläst Swedish");
    let file = language_file(lattlast);
    let words = |s: &str| -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        let mut out = Vec::new();
        let mut cur = String::new();
        for (i, c) in chars.iter().enumerate() {
            let joins =
                matches!(c, '-' | ':') && !cur.is_empty() && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
            if c.is_alphanumeric() || joins {
                cur.push(*c);
            } else if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        }
        if !cur.is_empty() {
            out.push(cur);
        }
        out
    };
    let mut lengths = Vec::new();
    let (mut all, mut long) = (0usize, 0usize);
    let mut longest: Vec<(usize, String)> = Vec::new();
    for (key, text) in &file {
        if key.rsplit('\u{4}').next() == Some(text.as_str()) {
            continue;
        }
        let mut plain = text.clone();
        for p in placeholders(text) {
            plain = plain.replace(&format!("{{{p}}}"), "");
        }
        let mut sentence = String::new();
        let chars: Vec<char> = plain.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            sentence.push(*c);
            let ends = matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
            if ends || i + 1 == chars.len() {
                let w = words(&sentence);
                if !w.is_empty() {
                    all += w.len();
                    long += w.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 6).count();
                    lengths.push(w.len());
                    longest.push((w.len(), sentence.trim().to_string()));
                }
                sentence.clear();
            }
        }
    }
    assert!(lengths.len() > 300, "the rewritten texts are measured: {} sentences", lengths.len());
    longest.sort_by_key(|l| std::cmp::Reverse(l.0));
    let over: Vec<&(usize, String)> = longest.iter().filter(|(n, _)| *n > 15).collect();
    assert!(over.is_empty(), "sentences over 15 words: {over:?}");
    lengths.sort_unstable();
    let median = lengths[lengths.len() / 2];
    assert!(median <= 8, "median sentence {median} words");
    let lix = all as f64 / lengths.len() as f64 + 100.0 * long as f64 / all as f64;
    assert!(lix <= 25.0, "LIX {lix:.1}");
    println!(
        "lättläst: {} sentences, median {median} words, LIX {lix:.1}; longest: {:?}",
        lengths.len(),
        &longest[..10]
    );
}
