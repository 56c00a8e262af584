//! The shape of the tree: which crate may depend on which (Cargo enforces what a crate's
//! `Cargo.toml` does not list), and the core names no browser crate even in a comment-free
//! mention.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

mod common;
use common::CRATES;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The names under `[dependencies]` (and target-specific dependencies) of a crate's manifest.
fn dependencies(krate: &str) -> Vec<String> {
    let text = std::fs::read_to_string(root().join(krate).join("Cargo.toml")).expect("manifest");
    let mut out = Vec::new();
    let mut in_deps = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_deps = line == "[dependencies]";
            continue;
        }
        if in_deps && !line.is_empty() && !line.starts_with('#') {
            let name = line.split(['=', '.', ' ']).next().unwrap_or_default();
            out.push(name.to_string());
        }
    }
    out
}

/// Which crate may use which of the workspace's own crates and which outside crates.
const ALLOWED: &[(&str, &[&str])] = &[
    ("crates/core", &["serde", "serde_json", "serde_path_to_error"]),
    ("crates/exports", &["pk-core", "wasm-bindgen"]),
    // The code module compresses, draws and shows the hand-off code: the core's format and the
    // panel, none of the widget (no Yew).
    (
        "crates/code",
        &["js-sys", "miniz_oxide", "pk-core", "pk-panel", "qrcode", "wasm-bindgen", "wasm-bindgen-futures", "web-sys"],
    ),
    // The scan module: the camera, QR codes found in pixels, a sequence collected (the core's
    // format) and its panel; none of the widget (no Yew).
    ("crates/scan", &["js-sys", "pk-core", "pk-panel", "rqrr", "wasm-bindgen", "wasm-bindgen-futures", "web-sys"]),
    // What the modules share: their panels (the DOM only, nothing of the app) and reading a
    // code's bytes back (the core's handoff format).
    ("crates/panel", &["js-sys", "pk-core", "wasm-bindgen", "wasm-bindgen-futures", "web-sys"]),
    ("tools", &["pk-core", "serde_json"]),
    (
        "crates/ui",
        &[
            "pk-core",
            "yew",
            "wasm-bindgen",
            "js-sys",
            "gloo-events",
            "gloo-file",
            "gloo-timers",
            "wasm-bindgen-futures",
            "web-sys",
        ],
    ),
    (
        "crates/widget",
        &["pk-core", "pk-ui", "yew", "wasm-bindgen", "js-sys", "wasm-bindgen-futures", "gloo-timers", "web-sys"],
    ),
    ("crates/followup", &["pk-core", "pk-ui", "yew", "wasm-bindgen", "js-sys", "wasm-bindgen-futures", "web-sys"]),
];

#[test]
fn each_crate_depends_only_on_what_its_job_needs() {
    for (krate, allowed) in ALLOWED {
        for d in dependencies(krate) {
            assert!(allowed.contains(&d.as_str()), "{krate} depends on {d}, which its job does not allow");
        }
    }
    // The core is serde only: no browser crate can reach the domain, the texts or the formats.
    assert_eq!(dependencies("crates/core"), ["serde", "serde_json", "serde_path_to_error"]);
}

#[test]
fn the_manifest_reader_sees_every_dependency() {
    let ui = dependencies("crates/ui");
    assert!(ui.contains(&"yew".to_string()) && ui.contains(&"pk-core".to_string()), "{ui:?}");
}

/// A module of a crate: its path (`domain::field`) and its file.
struct Module {
    path: Vec<String>,
    file: PathBuf,
}

fn modules(src: &Path) -> Vec<Module> {
    let mut out = Vec::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable dir").flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let rel = p.strip_prefix(src).expect("under src");
                let mut path: Vec<String> =
                    rel.iter().map(|c| c.to_string_lossy().trim_end_matches(".rs").to_string()).collect();
                if matches!(path.last().map(String::as_str), Some("mod" | "lib" | "main")) {
                    path.pop();
                }
                out.push(Module { path, file: p });
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

/// The code of a file without its comments (doc comments mention paths that are no imports).
fn code(src: &str) -> String {
    src.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// Every path a file names inside its own crate (`crate::…`, `super::…`, and the items of
/// `use super::{…}` groups), as module paths from the crate root.
fn named_paths(m: &Module, text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let words: Vec<char> = text.chars().collect();
    let s: String = words.iter().collect();
    for (i, _) in s.match_indices("crate::").chain(s.match_indices("super::")) {
        if i > 0 && s[..i].chars().last().is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &s[i..];
        let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':' || c == '{')).unwrap_or(rest.len());
        let full = &rest[..end];
        let (head, group) = match full.find('{') {
            Some(b) => {
                let close = rest.find('}').unwrap_or(rest.len());
                (&full[..b], Some(&rest[b + 1..close]))
            }
            None => (full, None),
        };
        let mut base: Vec<String> = if head.starts_with("crate::") { Vec::new() } else { m.path.clone() };
        let mut segs: Vec<&str> = head.split("::").filter(|x| !x.is_empty()).collect();
        if segs.first() == Some(&"crate") {
            segs.remove(0);
        }
        // A file's own module is its path; `super` is its parent (a `mod.rs` is its folder).
        while segs.first() == Some(&"super") {
            segs.remove(0);
            base.pop();
        }
        let prefix: Vec<String> = base.into_iter().chain(segs.iter().map(|x| x.to_string())).collect();
        match group {
            // `use super::{a, b::C}` names a and b, not the parent itself (unless `self`).
            Some(g) => {
                for item in g.split(',') {
                    let item = item.trim().split("::").next().unwrap_or("").trim().to_string();
                    if item == "self" {
                        out.push(prefix.clone());
                    } else if !item.is_empty() {
                        out.push(prefix.iter().cloned().chain([item]).collect());
                    }
                }
            }
            None => out.push(prefix),
        }
    }
    out
}

/// Which module (file) a path names: its longest prefix that is a module of the crate.
fn resolve<'a>(mods: &'a [Module], path: &[String]) -> Option<&'a Module> {
    (1..=path.len()).rev().find_map(|n| mods.iter().find(|m| m.path == path[..n]))
}

/// The edges between the files of a crate: who names whom.
fn graph(krate: &str) -> (Vec<Module>, Vec<(usize, usize)>) {
    let mods = modules(&root().join(krate).join("src"));
    let mut edges = Vec::new();
    for (i, m) in mods.iter().enumerate() {
        let text = code(&std::fs::read_to_string(&m.file).expect("readable"));
        for p in named_paths(m, &text) {
            if let Some(t) = resolve(&mods, &p) {
                let j = mods.iter().position(|x| std::ptr::eq(x, t)).unwrap_or(i);
                // A module naming its parent's folder module (for `super::`) only to reach a
                // sibling is resolved to the sibling above; naming the crate root is not an edge.
                if j != i && !t.path.is_empty() && !edges.contains(&(i, j)) {
                    edges.push((i, j));
                }
            }
        }
    }
    // A file also names its own child modules by their bare names (`text_field::TextField`,
    // `pub use field::TextField`); `mod name;` itself only declares one.
    for (i, m) in mods.iter().enumerate() {
        let text = code(&std::fs::read_to_string(&m.file).expect("readable"));
        for (j, c) in mods.iter().enumerate() {
            let Some(name) = c.path.last().filter(|_| c.path.len() == m.path.len() + 1 && c.path.starts_with(&m.path))
            else {
                continue;
            };
            let needle = format!("{name}::");
            let named = text.match_indices(&needle).any(|(k, _)| {
                !text[..k].chars().last().is_some_and(|ch| ch.is_alphanumeric() || ch == '_' || ch == ':')
            });
            if named && !edges.contains(&(i, j)) {
                edges.push((i, j));
            }
        }
    }
    (mods, edges)
}

/// A circle of files, if there is one.
fn circle(n: usize, edges: &[(usize, usize)]) -> Option<Vec<usize>> {
    fn visit(v: usize, edges: &[(usize, usize)], state: &mut [u8], path: &mut Vec<usize>) -> Option<Vec<usize>> {
        state[v] = 1;
        path.push(v);
        for &(_, w) in edges.iter().filter(|(a, _)| *a == v) {
            if state[w] == 1 {
                let at = path.iter().position(|x| *x == w).unwrap_or(0);
                return Some(path[at..].to_vec());
            }
            if state[w] == 0 {
                if let Some(c) = visit(w, edges, state, path) {
                    return Some(c);
                }
            }
        }
        path.pop();
        state[v] = 2;
        None
    }
    let mut state = vec![0u8; n];
    (0..n).find_map(|v| if state[v] == 0 { visit(v, edges, &mut state, &mut Vec::new()) } else { None })
}

#[test]
fn the_crates_listed_are_the_workspace_s_members() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).expect("manifest");
    let members = manifest.lines().find(|l| l.starts_with("members")).expect("members");
    let listed: Vec<&str> = members.split('"').skip(1).step_by(2).collect();
    let mut ours = CRATES.to_vec();
    ours.sort_unstable();
    let mut listed = listed.clone();
    listed.sort_unstable();
    assert_eq!(ours, listed);
}

#[test]
fn no_file_imports_itself_around_a_circle() {
    for krate in CRATES {
        let (mods, edges) = graph(krate);
        if let Some(c) = circle(mods.len(), &edges) {
            let names: Vec<String> = c.iter().map(|i| mods[*i].path.join("::")).collect();
            panic!("{krate}: an import circle: {}", names.join(" → "));
        }
    }
}

/// Which top-level folder of a crate may name which: the direction imports point.
const LAYERS: &[(&str, &str, &[&str])] = &[
    ("crates/core", "contract", &[]),
    ("crates/core", "domain", &[]),
    ("crates/core", "content", &["domain", "contract"]),
    ("crates/core", "formats", &["domain", "content"]),
    ("crates/core", "config", &["domain", "contract"]),
    ("crates/ui", "web", &[]),
    ("crates/ui", "state", &["web"]),
    ("crates/ui", "context", &["web"]),
    ("crates/ui", "bridge", &["state", "web"]),
    ("crates/ui", "hooks", &["state", "context", "bridge", "web"]),
    ("crates/ui", "components", &["hooks", "state", "context", "bridge", "web"]),
];

#[test]
fn imports_point_the_way_the_table_says() {
    for krate in ["crates/core", "crates/ui"] {
        let (mods, edges) = graph(krate);
        for (a, b) in edges {
            let (from, to) = (&mods[a].path[0], &mods[b].path[0]);
            if from == to {
                continue;
            }
            let allowed = LAYERS
                .iter()
                .find(|(k, f, _)| *k == krate && f == from)
                .unwrap_or_else(|| panic!("{krate}: the folder {from} is not in the table"));
            assert!(
                allowed.2.contains(&to.as_str()),
                "{krate}: {} names {}, but {from} may not import {to}",
                mods[a].path.join("::"),
                mods[b].path.join("::")
            );
        }
    }
}

#[test]
fn the_import_checks_see_a_circle_and_a_wrong_direction() {
    // Two files naming each other are a circle; a chain is not.
    assert!(circle(3, &[(0, 1), (1, 2), (2, 0)]).is_some());
    assert!(circle(3, &[(0, 1), (1, 2)]).is_none());
    // The reader sees `crate::`, `super::` and grouped imports, and not comments.
    let m = Module { path: vec!["domain".into(), "kvitto".into()], file: PathBuf::new() };
    let paths = named_paths(
        &m,
        &code("use super::{model::Agreement, steps};\n// crate::content::x\nlet s = crate::formats::text::f();"),
    );
    assert!(paths.contains(&vec!["domain".to_string(), "model".to_string()]), "{paths:?}");
    assert!(paths.contains(&vec!["domain".to_string(), "steps".to_string()]), "{paths:?}");
    assert!(paths.iter().any(|p| p.first().map(String::as_str) == Some("formats")), "{paths:?}");
    assert!(!paths.iter().any(|p| p.first().map(String::as_str) == Some("content")), "comments are not imports");
    // The real tree is read: the UI's components name its hooks.
    let (mods, edges) = graph("crates/ui");
    assert!(edges.iter().any(|(a, b)| mods[*a].path[0] == "components" && mods[*b].path[0] == "hooks"));
}

/// What follows each `handoff::` in a crate's code (comments left out).
fn handoff_names(krate: &str) -> Vec<String> {
    let mut out = Vec::new();
    for m in modules(&root().join(krate).join("src")) {
        let text = code(&std::fs::read_to_string(&m.file).expect("source"));
        for (at, _) in text.match_indices("handoff::") {
            let rest = &text[at + "handoff::".len()..];
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
            out.push(if end == 0 { rest.chars().take(1).collect() } else { rest[..end].to_string() });
        }
    }
    out
}

#[test]
fn the_widget_names_nothing_of_the_hand_off_code_but_the_link_s_key_and_the_page_address() {
    // The dictionaries (9.6 KB and 1.7 KB), base45 and the framing are the lazily loaded
    // modules' (pk-code, pk-scan): naming one here would put it in every patient's first load.
    for krate in ["crates/ui", "crates/widget", "crates/followup"] {
        for name in handoff_names(krate) {
            assert!(["LINK_KEY", "without_fragment"].contains(&name.as_str()), "{krate} names handoff::{name}");
        }
    }
    assert!(handoff_names("crates/ui").contains(&"LINK_KEY".to_string()), "the scan sees the widget's use");
    assert!(handoff_names("crates/code").contains(&"LINK_DICTIONARY".to_string()));
}
