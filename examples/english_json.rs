//! Prints `texts/en.json`, the English texts the widget's own module reads when English is
//! chosen (`content::english`), made from the content sources; with `--write` writes it.
//!
//! `cargo run --example english_json -- --write`

use patientkontrakt::content::english::{extract_sources, to_json, FILE};

fn main() {
    let json = match extract_sources(std::path::Path::new(".")) {
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
