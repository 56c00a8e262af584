//! The dependency rule: the domain and the content know nothing of the browser.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const FORBIDDEN: [&str; 6] = ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen", "web-sys"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Identifiers in code (comments stripped), split on anything that is not part of a path.
fn code_words(src: &str) -> Vec<String> {
    src.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .flat_map(|l| l.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-')))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn domain_and_content_use_no_browser_crates() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![];
    rust_files(&root.join("domain"), &mut files);
    rust_files(&root.join("content"), &mut files);
    rust_files(&root.join("formats"), &mut files);
    assert!(files.len() >= 8, "found the module files: {files:?}");
    for f in files {
        let src = std::fs::read_to_string(&f).expect("readable");
        for w in code_words(&src) {
            assert!(!FORBIDDEN.contains(&w.as_str()), "{} uses `{w}`", f.display());
        }
    }
}

#[test]
fn the_check_catches_a_browser_crate() {
    assert!(code_words("use yew::prelude::*;").contains(&"yew".to_string()));
    assert!(code_words("let w = web_sys::window();").contains(&"web_sys".to_string()));
    assert!(!code_words("// yew is not allowed here").contains(&"yew".to_string()));
}
