//! Prints the static start page (`content::static_start`), or with `--write` puts it into
//! `index.html` (between its marks) and `embed/start-fragment.html` for hosts.
//!
//! `cargo run -p pk-tools --bin start_html -- --write`

use pk_core::content::static_start::{html, BEGIN, END};
use pk_core::domain::Language;

fn main() {
    // index.html's host element offers the follow-up (data-followup); a host's fragment does not.
    let fragment = html(Language::SV, true);
    let for_hosts = html(Language::SV, false);
    if !std::env::args().any(|a| a == "--write") {
        println!("{fragment}");
        return;
    }
    let index = match std::fs::read_to_string("site/index.html") {
        Ok(t) => t,
        Err(e) => {
            eprintln!("start_html: cannot read index.html: {e}");
            std::process::exit(1);
        }
    };
    let (Some(a), Some(b)) = (index.find(BEGIN), index.find(END)) else {
        eprintln!("start_html: index.html has no {BEGIN} … {END} marks");
        std::process::exit(1);
    };
    let updated = format!("{}{fragment}{}", &index[..a], &index[b + END.len()..]);
    let written = std::fs::write("site/index.html", updated)
        .and_then(|_| std::fs::write("site/embed/start-fragment.html", format!("{for_hosts}\n")));
    if let Err(e) = written {
        eprintln!("start_html: cannot write: {e}");
        std::process::exit(1);
    }
    println!("start_html: index.html and embed/start-fragment.html written");
}
