//! Keeps the language files (`site/texts/<tag>.json`) in step with the catalogue of every text
//! (`pk_core::content::catalogue`): with `--write`, each file gets every text the catalogue has
//! (a new one as an empty translation, to be written), loses what it no longer has, and is
//! written one line per text, sorted, and `crates/core/src/domain/text_ids.rs` (the fingerprints
//! of the texts' ids, by which the widget knows a region's `wording`) is written again; without
//! it, it says what is missing, unknown or out of step.
//!
//! `cargo run -p pk-tools --bin texts -- --write`

use std::collections::BTreeMap;

use pk_core::content::catalogue::keys_for;
use pk_core::content::questions::{PATIENT, PROFESSIONAL};
use pk_core::content::texts::{file, to_json};
use pk_core::domain::settings::text_ids_rs;
use pk_core::domain::Language;

fn main() {
    let write = std::env::args().any(|a| a == "--write");
    let mut problems = 0;
    for lang in Language::all().filter(|l| !l.is_swedish()) {
        let path = format!("site/{}", file(lang));
        let old: BTreeMap<String, String> =
            std::fs::read_to_string(&path).ok().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
        let keys = keys_for(lang);
        let new: BTreeMap<String, String> =
            keys.iter().map(|k| (k.clone(), old.get(k).cloned().unwrap_or_default())).collect();
        let missing: Vec<&String> = new.iter().filter(|(_, v)| v.is_empty()).map(|(k, _)| k).collect();
        let unknown: Vec<&String> = old.keys().filter(|k| !new.contains_key(*k)).collect();
        for k in &missing {
            println!("{path}: no translation of {k:?}");
        }
        for k in &unknown {
            println!("{path}: {k:?} is not a text of the app{}", if write { " (removed)" } else { "" });
        }
        problems += missing.len() + if write { 0 } else { unknown.len() };
        if write {
            if let Err(e) = std::fs::write(&path, to_json(&new)) {
                eprintln!("texts: cannot write {path}: {e}");
                std::process::exit(1);
            }
            println!("texts: {path} written ({} texts)", new.len());
        }
    }
    // The fingerprints of every text's id, by which the widget knows a region's `wording`.
    let path = "crates/core/src/domain/text_ids.rs";
    let questions: Vec<String> = PATIENT.iter().chain(PROFESSIONAL.iter()).map(|q| q.key()).collect();
    let ids = text_ids_rs(&keys_for(Language::SV), &questions);
    if std::fs::read_to_string(path).ok().as_deref() != Some(ids.as_str()) {
        if write {
            if let Err(e) = std::fs::write(path, &ids) {
                eprintln!("texts: cannot write {path}: {e}");
                std::process::exit(1);
            }
            println!("texts: {path} written");
        } else {
            println!("{path}: not the catalogue's ids (run with --write)");
            problems += 1;
        }
    }
    if problems > 0 {
        std::process::exit(1);
    }
}
