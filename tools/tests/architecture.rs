//! The shape of the tree: which crate may depend on which (Cargo enforces what a crate's
//! `Cargo.toml` does not list), and the core names no browser crate even in a comment-free
//! mention.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

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
    ("crates/followup", &["pk-core", "pk-ui", "yew", "wasm-bindgen", "js-sys", "web-sys"]),
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
