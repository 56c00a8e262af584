//! Region settings: what a host (a region, an e-service) gives the widget besides its
//! attributes. The region's contact routes and unit prefill new drafts (never work in
//! progress), the seven questions may be reworded by their stable text id, any other text of
//! the app may be replaced on screen and in print by its id (its key: the Swedish text) in any
//! language the widget speaks (never in the record), and the region chooses which languages the
//! menu offers. Published as
//! `schema/settings.schema.json`; the README's "Embedding" section shows an example.
//!
//! Reading is lenient like the host attributes: what is understood is used, each thing that is
//! not is left out with a warning for the host developer's console. Pure and host-tested.

use serde_json::Value;

use super::field::limits;
use super::language::Language;
use super::model::{parse_question_id, Agreement, ContactRoute, Perspective, Reworded, RouteKind};
use super::text_ids::{QUESTION_IDS, TEXT_IDS};

/// The version of the settings format this app reads.
pub const SETTINGS_VERSION: u64 = 1;

/// The largest settings file read (`config-src`), in bytes. A region's file is a few kB; every
/// contact route and reworded question the settings can hold, in Swedish and English, fit well
/// within it. A larger response is not read to its end.
pub const SETTINGS_LIMIT_BYTES: usize = 1024 * 1024;

/// Why the region settings may not be read from an address (`config-src`), or `None` when they
/// may: only from an `http:` or `https:` address of the page's own origin, and never where
/// either has an opaque origin (`"null"`: a sandboxed page, a `file:`, `data:` or `about:`
/// address), since two opaque origins say `"null"` alike without being the same. Checked before
/// the request and again on the address the response came from, after any redirect. `protocol`
/// and the origins are as the browser's `URL` gives them (`"https:"`, `"https://region.example"`).
pub fn settings_source_refusal(protocol: &str, origin: &str, page_origin: &str) -> Option<&'static str> {
    if protocol != "http:" && protocol != "https:" {
        Some("is not an http(s) address")
    } else if origin == "null" || page_origin == "null" {
        Some("has no origin of its own (an opaque origin), or this page has none")
    } else if origin != page_origin {
        Some("is not a file of this page's origin")
    } else {
        None
    }
}

/// A region's words for one text in one language (settings `wording`, keyed by the text's id,
/// `content::Text::key`): shown on screen and in print in place of the catalogue's, never written
/// to the record (the journal note, FHIR and the file use the catalogue's Swedish).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Override {
    /// The text's id: its key in a language file.
    pub key: String,
    /// The language it replaces the text in.
    pub lang: Language,
    /// The region's words.
    pub text: String,
}

/// What a host set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// The unit ("Hjärtmottagningen, Region Exempel"), prefilled as the unit that agreed.
    pub unit: String,
    /// The region's contact routes, prefilled as the agreement's contact routes.
    pub routes: Vec<ContactRoute>,
    /// Questions in the host's wording.
    pub reworded: Vec<Reworded>,
    /// The region's words for other texts, by text id and language: for the screen and print
    /// only (`content::texts::set_overrides`), never for the record. Empty unless set.
    pub texts: Vec<Override>,
    /// The languages the region offers besides Swedish (Swedish alone: `[sv]`); empty (not
    /// set): every language the widget speaks.
    pub languages: Vec<Language>,
}

impl Settings {
    /// Reads settings from JSON text. `Err` when it is larger than [`SETTINGS_LIMIT_BYTES`] or
    /// not a JSON object at all; otherwise the settings and a warning for each part left out.
    pub fn parse(text: &str) -> Result<(Settings, Vec<String>), String> {
        if text.len() > SETTINGS_LIMIT_BYTES {
            return Err(format!("the settings are larger than {SETTINGS_LIMIT_BYTES} bytes"));
        }
        let value: Value = serde_json::from_str(text).map_err(|e| format!("the settings are not JSON: {e}"))?;
        Settings::from_value(&value)
    }

    /// Reads settings from a JSON value (the `settings` property's object).
    pub fn from_value(value: &Value) -> Result<(Settings, Vec<String>), String> {
        let Some(obj) = value.as_object() else {
            return Err("the settings must be a JSON object".into());
        };
        let mut s = Settings::default();
        let mut warnings = Vec::new();
        for (key, v) in obj {
            match key.as_str() {
                "$schema" => {}
                "version" => {
                    if v.as_u64() != Some(SETTINGS_VERSION) {
                        warnings.push(format!(
                            "settings: \"version\" must be {SETTINGS_VERSION}; read as version {SETTINGS_VERSION}"
                        ));
                    }
                }
                "unit" => match v.as_str() {
                    Some(u) if u.chars().count() <= limits::SHORT_TEXT => s.unit = u.trim().to_string(),
                    _ => warnings.push(format!(
                        "settings: \"unit\" must be text of at most {} characters; left out",
                        limits::SHORT_TEXT
                    )),
                },
                "contact_routes" => s.routes = routes(v, &mut warnings),
                "wording" => {
                    // Text ids other than the questions': the region's words for the screen.
                    s.texts = text_wording(v, &mut warnings);
                    let questions = v.as_object().map(|o| {
                        let mut q = serde_json::Map::new();
                        for (id, t) in o.iter().filter(|(id, _)| parse_question_id(id).is_some()) {
                            q.insert(id.clone(), t.clone());
                        }
                        Value::Object(q)
                    });
                    s.reworded = wording(questions.as_ref().unwrap_or(v), &mut warnings);
                }
                "languages" => s.languages = languages(v, &mut warnings),
                other => warnings.push(format!(
                    "settings: \"{other}\" is not a setting (use \"unit\", \"contact_routes\", \"wording\", \"languages\"); left out"
                )),
            }
        }
        Ok((s, warnings))
    }

    /// Whether the language menu offers `l`: Swedish always (the widget's own language, which
    /// every text falls back to), the others as the region chose (all when it chose none).
    pub fn offers(&self, l: Language) -> bool {
        l.is_swedish() || self.languages.is_empty() || self.languages.contains(&l)
    }

    /// Puts the region's unit, contact routes and wording into a new agreement.
    pub fn prefill(&self, a: &mut Agreement) {
        a.agreed_by.unit = self.unit.clone();
        a.contacts.routes = self.routes.clone();
        a.reworded = self.reworded.clone();
    }

    /// Whether `a` holds nothing beyond what these settings prefill.
    pub fn is_fresh(&self, a: &Agreement) -> bool {
        a.is_blank_but(|f| self.prefill(f))
    }
}

fn routes(v: &Value, warnings: &mut Vec<String>) -> Vec<ContactRoute> {
    let Some(list) = v.as_array() else {
        warnings.push("settings: \"contact_routes\" must be a list; left out".into());
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, r) in list.iter().enumerate() {
        let kind = r.get("kind").cloned().and_then(|k| serde_json::from_value::<RouteKind>(k).ok());
        let details = r.get("details").and_then(Value::as_str).unwrap_or_default();
        let extra = r.as_object().is_some_and(|o| o.keys().any(|k| k != "kind" && k != "details"));
        match kind {
            Some(kind) if details.chars().count() <= limits::ITEM_TEXT && !extra => {
                out.push(ContactRoute { kind, details: details.to_string() })
            }
            _ => warnings.push(format!(
                "settings: contact_routes[{i}] must be {{\"kind\": \"phone\" | \"online_booking\" | \"summons\" | \"video\" | \"message\" | \"e_service\" | \"1177\" | \"other\", \"details\": text of at most {} characters}}; left out",
                limits::ITEM_TEXT
            )),
        }
    }
    if out.len() > limits::LIST_ITEMS {
        warnings.push(format!("settings: more than {} contact routes; the rest left out", limits::LIST_ITEMS));
        out.truncate(limits::LIST_ITEMS);
    }
    out
}

fn languages(v: &Value, warnings: &mut Vec<String>) -> Vec<Language> {
    let Some(list) = v.as_array() else {
        warnings.push("settings: \"languages\" must be a list of language tags; every language is offered".into());
        return Vec::new();
    };
    let mut out = Vec::new();
    for tag in list {
        match tag.as_str().and_then(|t| Language::all().find(|l| l.tag() == t)) {
            // Swedish is always offered; listing it changes nothing.
            Some(l) if l.is_swedish() => {}
            Some(l) if !out.contains(&l) => out.push(l),
            Some(_) => {}
            None => warnings.push(format!(
                "settings: languages: {tag} is not a language this version speaks (see the \"languages\" of settings.schema.json); left out"
            )),
        }
    }
    if out.is_empty() {
        // Only Swedish, or none: the menu offers Swedish alone, not everything.
        out.push(Language::SV);
    }
    out
}

fn wording(v: &Value, warnings: &mut Vec<String>) -> Vec<Reworded> {
    let Some(map) = v.as_object() else {
        warnings.push("settings: \"wording\" must be an object of text ids; left out".into());
        return Vec::new();
    };
    let mut out = Vec::new();
    for (id, texts) in map {
        if parse_question_id(id).is_none() {
            warnings.push(format!(
                "settings: wording \"{id}\" is not a text id this version can reword (question.patient.1 … question.patient.7, question.professional.1 … question.professional.7); left out"
            ));
            continue;
        }
        let text = |lang: &str| {
            texts
                .get(lang)
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|t| !t.is_empty() && t.chars().count() <= limits::ITEM_TEXT)
                .map(str::to_string)
        };
        let extra = texts.as_object().is_some_and(|o| o.keys().any(|k| k != "sv" && k != "en"));
        match (text("sv"), text("en")) {
            (Some(sv), Some(en)) if !extra => out.push(Reworded { id: id.clone(), sv, en }),
            _ => warnings.push(format!(
                "settings: wording \"{id}\" needs {{\"sv\": …, \"en\": …}}, both 1–{} characters (the agreement records the words asked in either language); SKR's wording is used",
                limits::ITEM_TEXT
            )),
        }
    }
    // The order of the seven, whatever the order in the file: the export is the same for the
    // same settings.
    out.sort_by_key(|r| parse_question_id(&r.id).map(|(p, n)| (p == Perspective::Professional, n)));
    out
}

/// The `{name}` placeholders of a text, each once, in the order first met.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    let found = text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name));
    for name in found.filter(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// Whether two texts have the same placeholders, in whatever order.
fn same_placeholders(a: &str, b: &str) -> bool {
    let (a, b) = (placeholders(a), placeholders(b));
    a.len() == b.len() && a.iter().all(|p| b.contains(p))
}

/// The entries of `wording` whose id is not a question's: each the id of a text of the app (its
/// key, `content::Text::key`) with the region's words for it in languages the widget
/// speaks. Each language's words must be 1–[`limits::ITEM_TEXT`] characters with the same
/// `{placeholders}` as the text. SKR's seven questions are refused here: they are reworded by
/// their question ids, which the agreement records. Everything else is left out with a warning.
fn text_wording(v: &Value, warnings: &mut Vec<String>) -> Vec<Override> {
    let Some(map) = v.as_object() else {
        // `wording` says so for the questions.
        return Vec::new();
    };
    let mut out = Vec::new();
    for (id, by_lang) in map.iter().filter(|(id, _)| parse_question_id(id).is_none()) {
        if QUESTION_IDS.contains(&id_hash(id)) {
            warnings.push(format!(
                "settings: wording \"{id}\" is one of SKR's seven questions: reword it by its question id (question.patient.1 … question.patient.7, question.professional.1 … question.professional.7) with {{\"sv\": …, \"en\": …}}, so that the agreement records the words asked; left out"
            ));
            continue;
        }
        if !is_text_id(id) {
            warnings.push(format!(
                "settings: wording \"{id}\" is neither a question id (question.patient.1 … question.professional.7) nor the id of a text of this version (its Swedish, as the keys of texts/<tag>.json); left out"
            ));
            continue;
        }
        // The text's placeholders are its id's (a context, in front, has none).
        let original = id.as_str();
        let Some(by_lang) = by_lang.as_object() else {
            warnings.push(format!(
                "settings: wording \"{id}\" must be an object of language tags and texts ({{\"sv\": …, \"en\": …}}); left out"
            ));
            continue;
        };
        for (tag, words) in by_lang {
            let Some(lang) = Language::all().find(|l| l.tag() == tag) else {
                warnings.push(format!(
                    "settings: wording \"{id}\": {tag} is not a language this version speaks (see the \"languages\" of settings.schema.json); left out"
                ));
                continue;
            };
            match words.as_str().map(str::trim) {
                Some(w) if !w.is_empty() && w.chars().count() <= limits::ITEM_TEXT => {
                    if same_placeholders(w, original) {
                        out.push(Override { key: id.clone(), lang, text: w.to_string() });
                    } else {
                        let want: Vec<String> = placeholders(original).iter().map(|p| format!("{{{p}}}")).collect();
                        warnings.push(format!(
                            "settings: wording \"{id}\" in {tag} must have the text's placeholders, no more and no fewer ({}); left out",
                            if want.is_empty() { "none".to_string() } else { want.join(" ") }
                        ));
                    }
                }
                _ => warnings.push(format!(
                    "settings: wording \"{id}\" in {tag} must be text of 1–{} characters; left out",
                    limits::ITEM_TEXT
                )),
            }
        }
    }
    out
}

/// A text id's fingerprint in [`TEXT_IDS`]: FNV-1a (32 bits) of its key.
pub fn id_hash(key: &str) -> u32 {
    key.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// Whether `key` is the id of a text of the app (its key, `content::Text::key`), by its
/// fingerprint in [`TEXT_IDS`]: the settings know the texts' ids without the texts (which the
/// domain does not hold) or the code that lists them (`content::catalogue`, host only), a few
/// bytes a text. (A key that is no text's but shares a text's fingerprint, about one in eight
/// million, is read and never shown.)
pub fn is_text_id(key: &str) -> bool {
    TEXT_IDS.binary_search(&id_hash(key)).is_ok()
}

/// The file `domain/text_ids.rs` for these keys (every text's, and SKR's questions'), as the
/// texts tool writes it.
pub fn text_ids_rs(texts: &[String], questions: &[String]) -> String {
    let sorted = |keys: &[String]| {
        let mut hashes: Vec<u32> = keys.iter().map(|k| id_hash(k)).collect();
        hashes.sort_unstable();
        hashes.dedup();
        hashes
    };
    let list = |name: &str, doc: &str, hashes: Vec<u32>| {
        let mut out = format!("/// {doc} ({}).\n#[rustfmt::skip]\npub const {name}: &[u32] = &[\n", hashes.len());
        for line in hashes.chunks(8) {
            let words: Vec<String> = line.iter().map(|h| format!("0x{h:08x},")).collect();
            out.push_str(&format!("    {}\n", words.join(" ")));
        }
        out.push_str("];\n");
        out
    };
    format!(
        "//! The fingerprint ([`super::settings::id_hash`]) of every text's id, sorted: how the region\n\
         //! settings know a `wording` key names a text of the app, or one of SKR's questions (which\n\
         //! are reworded by their question ids instead). Written by\n\
         //! `cargo run -p pk-tools --bin texts -- --write` from the catalogue; `tests/settings.rs`\n\
         //! checks it is the catalogue's.\n\n{}\n{}",
        list("TEXT_IDS", "Every text's id", sorted(texts)),
        list("QUESTION_IDS", "The ids of SKR's seven questions, both versions", sorted(questions)),
    )
}
