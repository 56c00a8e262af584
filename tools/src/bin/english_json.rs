//! Prints `texts/en.json`, the English texts the widget's own module reads when English is
//! chosen (`content::english`), made from the content sources; with `--write` writes it.
//!
//! `cargo run -p pk-tools --bin english_json -- --write`

use pk_core::content::english::{extract_sources, to_json, FILE};

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
    if let Err(e) = std::fs::write(format!("site/{FILE}"), json) {
        eprintln!("english_json: cannot write site/{FILE}: {e}");
        std::process::exit(1);
    }
    println!("english_json: site/{FILE} written");
}
