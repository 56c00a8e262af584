//! The dependency rule: only `web/`, `components/` and `state.rs` know the browser; the domain,
//! the content, the formats, the host configuration and `lib.rs` are plain Rust.
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

/// The only places that may name a browser crate: the browser adapter (`web/`), the
/// components, the Yew state adapter, and the binaries' entry points (the widget's and the
/// exports module's, which only exports the formats to JavaScript).
fn may_use_the_browser(rel: &Path) -> bool {
    rel.starts_with("web")
        || rel.starts_with("components")
        || rel == Path::new("state.rs")
        || rel == Path::new("main.rs")
        || rel.starts_with("bin")
}

#[test]
fn only_web_components_and_state_use_browser_crates() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![];
    rust_files(&root, &mut files);
    let checked: Vec<_> =
        files.iter().filter(|f| !may_use_the_browser(f.strip_prefix(&root).expect("under src"))).collect();
    // The pure layers are all among the checked files.
    for layer in ["domain/model.rs", "content/mod.rs", "formats/fhir.rs", "config.rs", "lib.rs"] {
        assert!(checked.contains(&&root.join(layer)), "{layer} is checked");
    }
    for f in checked {
        let src = std::fs::read_to_string(f).expect("readable");
        for w in code_words(&src) {
            assert!(!FORBIDDEN.contains(&w.as_str()), "{} uses `{w}`", f.display());
        }
    }
}

#[test]
fn the_allow_list_is_narrow() {
    assert!(may_use_the_browser(Path::new("web/storage.rs")));
    assert!(may_use_the_browser(Path::new("components/app.rs")));
    assert!(!may_use_the_browser(Path::new("domain/session.rs")));
    assert!(!may_use_the_browser(Path::new("formats/journal.rs")));
    assert!(!may_use_the_browser(Path::new("lib.rs")));
    assert!(!may_use_the_browser(Path::new("config.rs")));
    assert!(may_use_the_browser(Path::new("bin/pk-exports.rs")));
}

#[test]
fn the_check_catches_a_browser_crate() {
    assert!(code_words("use yew::prelude::*;").contains(&"yew".to_string()));
    assert!(code_words("let w = web_sys::window();").contains(&"web_sys".to_string()));
    assert!(!code_words("// yew is not allowed here").contains(&"yew".to_string()));
}
