//! Prints `texts/en.json`, the English texts the widget's own module reads when English is
//! chosen (`content::english`), made from the content sources; with `--write` writes it.
//!
//! `cargo run --example english_json -- --write`

use patientkontrakt::content::english::{extract, to_json, FILE, SOURCES};

fn main() {
    let mut files = Vec::new();
    for path in SOURCES {
        match std::fs::read_to_string(path) {
            Ok(t) => files.push((path, t)),
            Err(e) => {
                eprintln!("english_json: cannot read {path}: {e}");
                std::process::exit(1);
            }
        }
    }
    let sources: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let json = match extract(&sources) {
        Ok(found) => to_json(&found.table),
        Err(e) => {
            eprintln!("english_json: {e}");
            std::process::exit(1);
        }
    };
    if !std::env::args().any(|a| a == "--write") {
        print!("{json}");
        return;
    }
    if let Err(e) = std::fs::write(FILE, json) {
        eprintln!("english_json: cannot write {FILE}: {e}");
        std::process::exit(1);
    }
    println!("english_json: {FILE} written");
}
