//! The texts of every language but Swedish: one file each, `texts/<tag>.json`, beside the app,
//! installed the first time the language is needed. A file is one JSON object from each text's
//! key (`Text::key`: its Swedish) to its translation, one line per text, sorted,
//! so that a change of wording is a one-line diff; [`super::catalogue`] says which texts each
//! file must have.

use std::cell::RefCell;

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
