//! The English texts that the widget's own wasm module leaves out (see [`super::bi`]): a table
//! from each Swedish text to its English, shipped beside the app as `texts/en.json` and read
//! the first time English is needed. Keyed by the Swedish text, so that no text needs an id.
//!
//! `texts/en.json` is generated from the sources by [`extract`] (`cargo run --example
//! english_json -- --write`); `tests/content.rs` fails when it is out of date or misses a text.

use std::cell::Cell;

/// Whether this build leaves the English of [`super::bi`] pairs out and reads it from the table:
/// the widget's own module. The lazily loaded modules and host builds keep it.
pub const IN_TABLE: bool = cfg!(all(target_arch = "wasm32", feature = "widget-texts"));

/// The table's file, relative to the app's own files.
pub const FILE: &str = "texts/en.json";

thread_local! {
    // The JSON object itself (serde_json's map, which the module has anyway for the agreement's
    // JSON): no second map type in the module for the sake of a table read once.
    static TABLE: Cell<Option<&'static serde_json::Map<String, serde_json::Value>>> = const { Cell::new(None) };
}

/// Whether English texts can be shown now: always where the module keeps them, else once the
/// table is installed.
pub fn ready() -> bool {
    !IN_TABLE || TABLE.with(Cell::get).is_some()
}

/// Installs the table from the text of `texts/en.json`. Anything but an object of texts is
/// refused and nothing is installed. A second call keeps the first table.
pub fn install(json: &str) -> Result<(), String> {
    if TABLE.with(Cell::get).is_some() {
        return Ok(());
    }
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let serde_json::Value::Object(table) = value else {
        return Err("the English texts are not a JSON object".to_string());
    };
    if let Some((sv, _)) = table.iter().find(|(_, en)| !en.is_string()) {
        return Err(format!("the English of \u{201d}{sv}\u{201d} is not a text"));
    }
    // Once per page: the table lives as long as the page, so texts can be `&'static str`.
    TABLE.with(|t| t.set(Some(Box::leak(Box::new(table)))));
    Ok(())
}

/// The English of `sv`, or `sv` itself while the table is not there (or lacks it).
pub(crate) fn lookup(sv: &'static str) -> &'static str {
    TABLE.with(Cell::get).and_then(|t| t.get(sv)).and_then(serde_json::Value::as_str).unwrap_or(sv)
}

/// What [`extract`] found in the sources.
#[derive(Debug, Default)]
pub struct Extracted {
    /// Swedish → English of every `bi` pair and every entry of the `texts!` tables: the table.
    pub table: std::collections::BTreeMap<String, String>,
    /// The `bi_kept` pairs, which stay in the module (and out of the table).
    pub kept: Vec<(String, String)>,
}

/// Reads the text pairs of the content sources (`(file name, source)`): `bi("…", "…")`,
/// `bi_kept("…", "…")` and the `texts!` entries `Key => "…", "…";`. Fails on a Swedish text
/// given two different English ones by `bi` (give one of them `bi_kept`), and on a string it
/// cannot read.
pub fn extract(files: &[(&str, &str)]) -> Result<Extracted, String> {
    let mut out = Extracted::default();
    for (name, src) in files {
        let mut rest = *src;
        while let Some((at, kind)) = next_pair_start(rest) {
            rest = &rest[at..];
            let pair = literal(rest).and_then(|(sv, after)| {
                let (en, after) = literal(after.trim_start().strip_prefix(',')?.trim_start())?;
                Some((sv, en, after))
            });
            let (sv, en, after) = match (pair, kind) {
                // A `texts!` entry ends with `;`; any other `=>` is a match arm, not a text.
                (Some((sv, en, after)), Kind::Arrow) if after.trim_start().starts_with(';') => (sv, en, after),
                // (`rest` is past the `=>` or `bi(` already: the search goes on from here.)
                (_, Kind::Arrow) => continue,
                (Some(pair), _) => pair,
                // `bi(` in the function's own definition or the macro (`$sv`): no text here.
                (None, _) if !rest.starts_with('"') => continue,
                (None, _) => {
                    return Err(format!(
                        "{name}: a text pair it cannot read: {}",
                        rest.lines().next().unwrap_or_default()
                    ))
                }
            };
            rest = after;
            if kind == Kind::Kept {
                out.kept.push((sv, en));
                continue;
            }
            match out.table.get(&sv) {
                Some(other) if *other != en => {
                    return Err(format!(
                        "{name}: \u{201d}{sv}\u{201d} is \u{201d}{other}\u{201d} in one place and \u{201d}{en}\u{201d} in another; give one of them bi_kept"
                    ))
                }
                _ => {
                    out.table.insert(sv, en);
                }
            }
        }
    }
    Ok(out)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Table,
    Kept,
    Arrow,
}

/// Where the next pair's Swedish literal may start, after `bi(`, `bi_kept(` or `=>`.
fn next_pair_start(s: &str) -> Option<(usize, Kind)> {
    let mut from = 0;
    loop {
        let rest = s.get(from..)?;
        let candidates = [("bi(", Kind::Table), ("bi_kept(", Kind::Kept), ("=>", Kind::Arrow)];
        let (at, token, kind) =
            candidates.iter().filter_map(|(t, k)| rest.find(t).map(|i| (i, *t, *k))).min_by_key(|(i, _, _)| *i)?;
        let start = from + at;
        let word_start = !s[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        let next = start + token.len();
        if token == "=>" || word_start {
            let text = &s[next..];
            return Some((next + (text.len() - text.trim_start().len()), kind));
        }
        from = next;
    }
}

/// A Rust string literal at the start of `s`: its value and what follows it.
fn literal(s: &str) -> Option<(String, &str)> {
    let body = s.strip_prefix('"')?;
    let mut value = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((value, &body[i + 1..])),
            '\\' => match chars.next()?.1 {
                'n' => value.push('\n'),
                't' => value.push('\t'),
                '\\' => value.push('\\'),
                '"' => value.push('"'),
                '\'' => value.push('\''),
                '\n' => {
                    // A line continuation: the next line's leading blanks are not part of it.
                    while chars.clone().next().is_some_and(|(_, c)| c.is_whitespace()) {
                        chars.next();
                    }
                }
                'u' => {
                    let rest = &body[i + 2..];
                    let close = rest.find('}')?;
                    let code = u32::from_str_radix(rest.get(1..close)?, 16).ok()?;
                    value.push(char::from_u32(code)?);
                    for _ in 0..=close {
                        chars.next();
                    }
                }
                _ => return None,
            },
            c => value.push(c),
        }
    }
    None
}

/// The content sources [`extract`] reads, relative to the crate: every file of `src/content`
/// that declares texts.
pub const SOURCES: [&str; 6] = [
    "crates/core/src/content/fields.rs",
    "crates/core/src/content/messages.rs",
    "crates/core/src/content/questions.rs",
    "crates/core/src/content/steps.rs",
    "crates/core/src/content/ui.rs",
    "crates/core/src/content/values.rs",
];

/// [`extract`] over the [`SOURCES`] under `root` (the crate's folder): what the generator
/// writes and the host test checks.
pub fn extract_sources(root: &std::path::Path) -> Result<Extracted, String> {
    let mut files = Vec::new();
    for path in SOURCES {
        let text = std::fs::read_to_string(root.join(path)).map_err(|e| format!("cannot read {path}: {e}"))?;
        files.push((path, text));
    }
    let sources: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    extract(&sources)
}

/// `texts/en.json` as [`extract`] makes it from `table`: one line per text, sorted, so that a
/// change of wording is a one-line diff.
pub fn to_json(table: &std::collections::BTreeMap<String, String>) -> String {
    let mut out = String::from("{\n");
    for (i, (sv, en)) in table.iter().enumerate() {
        let sep = if i + 1 == table.len() { "" } else { "," };
        let (sv, en) = (serde_json::to_string(sv).unwrap_or_default(), serde_json::to_string(en).unwrap_or_default());
        out.push_str(&format!("  {sv}: {en}{sep}\n"));
    }
    out.push_str("}\n");
    out
}
