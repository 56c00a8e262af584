//! The texts of every language but Swedish: one file each, `texts/<tag>.json`, beside the app,
//! installed the first time the language is needed. A file is one JSON object from each text's
//! key (`Text::key`: its Swedish) to its translation, one line per text, sorted,
//! so that a change of wording is a one-line diff; [`super::catalogue`] says which texts each
//! file must have.

use std::cell::RefCell;

use crate::domain::settings::Override;
use crate::domain::Language;

/// An installed language file. Leaked once per page and language, so texts can be `&'static str`.
type Table = &'static serde_json::Map<String, serde_json::Value>;

thread_local! {
    static TABLES: RefCell<Vec<(Language, Table)>> = const { RefCell::new(Vec::new()) };
}

/// The file of `lang`'s texts, relative to the app's own files.
pub fn file(lang: Language) -> String {
    format!("texts/{}.json", lang.tag())
}

fn table(lang: Language) -> Option<Table> {
    TABLES.with(|t| t.borrow().iter().find(|(l, _)| *l == lang).map(|(_, t)| *t))
}

/// Whether `lang`'s texts can be shown now: Swedish always, another language once its file is
/// installed.
pub fn ready(lang: Language) -> bool {
    lang.is_swedish() || table(lang).is_some()
}

/// Installs `lang`'s texts from the text of its file. Anything but an object of texts is refused
/// and nothing is installed. A second call keeps the first file.
pub fn install(lang: Language, json: &str) -> Result<(), String> {
    if ready(lang) {
        return Ok(());
    }
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let serde_json::Value::Object(map) = value else {
        return Err(format!("the texts of {} are not a JSON object", lang.tag()));
    };
    if let Some((key, _)) = map.iter().find(|(_, v)| !v.is_string()) {
        return Err(format!("the translation of \u{201d}{key}\u{201d} is not a text"));
    }
    let leaked: Table = Box::leak(Box::new(map));
    TABLES.with(|t| t.borrow_mut().push((lang, leaked)));
    Ok(())
}

/// The translation of the text with this key in `lang`, if its file is installed and has it.
pub(crate) fn lookup(lang: Language, key: &str) -> Option<&'static str> {
    table(lang)?.get(key).and_then(serde_json::Value::as_str)
}

/// A language file as it is written: one line per text, sorted by key.
pub fn to_json(entries: &std::collections::BTreeMap<String, String>) -> String {
    let mut out = String::from("{\n");
    for (i, (key, value)) in entries.iter().enumerate() {
        let sep = if i + 1 == entries.len() { "" } else { "," };
        let (key, value) =
            (serde_json::to_string(key).unwrap_or_default(), serde_json::to_string(value).unwrap_or_default());
        out.push_str(&format!("  {key}: {value}{sep}\n"));
    }
    out.push_str("}\n");
    out
}

/// The region texts installed, per widget on the page (its element id prefix). Empty unless a
/// region set any: the lookup of every text then costs one check.
type Overrides = &'static [Override];

thread_local! {
    static OVERRIDES: RefCell<Vec<(String, Overrides)>> = const { RefCell::new(Vec::new()) };
    static OVERRIDES_VERSION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// How many times the region texts installed have changed: what is drawn with them is drawn
/// again when it changes.
pub fn overrides_version() -> u32 {
    OVERRIDES_VERSION.with(std::cell::Cell::get)
}

/// Installs the region's texts of the widget `owner` (its element id prefix), replacing the
/// ones it had; none removes them. The page has one text catalogue: a text a region replaced is
/// replaced in each widget on the page (the latest widget's settings win where two replace the
/// same text). The texts are kept for the page's life, like a language file, so that texts are
/// `&'static str`; the same settings given again are not kept twice.
pub fn set_overrides(owner: &str, list: &[Override]) {
    OVERRIDES.with(|o| {
        let mut o = o.borrow_mut();
        let same = o.iter().any(|(w, have)| w == owner && *have == list);
        if same {
            return;
        }
        let before = o.len();
        o.retain(|(w, _)| w != owner);
        if o.len() != before || !list.is_empty() {
            OVERRIDES_VERSION.with(|v| v.set(v.get().wrapping_add(1)));
        }
        if list.is_empty() {
            return;
        }
        o.push((owner.to_string(), Box::leak(list.to_vec().into_boxed_slice())));
    });
}

/// The region's words for the text whose key `is_key` accepts, in `lang`, if a region set them.
pub(crate) fn overridden(lang: Language, is_key: impl Fn(&str) -> bool) -> Option<&'static str> {
    OVERRIDES.with(|o| {
        let o = o.borrow();
        let found = o.iter().rev().flat_map(|(_, t)| t.iter()).find(|t| t.lang == lang && is_key(&t.key));
        found.map(|t| t.text.as_str())
    })
}
