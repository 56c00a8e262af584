//! The embedding contract (`pk_core::contract`) against everything that uses it by name:
//! `site/protocol.js` is what the generator writes; each wasm module exports exactly the names
//! the others (and `boot.js`) call it by, under the file name it is loaded by; the served
//! scripts import the contract from where they are served, and write none of its names by hand;
//! neither does the Rust code outside the declaration.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

mod common;
use common::CRATES;

use pk_core::contract::{self, modules, Attribute, HostEvent, Message, Method};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every file under `dir` (relative to the workspace), as paths relative to `dir`, sorted.
fn files(dir: &str) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                out.push(path.strip_prefix(base).expect("under base").to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let base = root().join(dir);
    let mut out = Vec::new();
    walk(&base, &base, &mut out);
    out.sort();
    out
}

#[test]
fn protocol_js_is_what_the_generator_writes() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_protocol_js")).output().expect("run protocol_js");
    assert!(out.status.success(), "protocol_js failed: {}", String::from_utf8_lossy(&out.stderr));
    let want = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        read("site/protocol.js") == want,
        "site/protocol.js is out of date: cargo run -p pk-tools --bin protocol_js -- --write"
    );
    // Every declared name is in it.
    for e in HostEvent::ALL {
        assert!(want.contains(&format!("  {}: '{}',\n", e.key(), e.name())), "{e:?}");
    }
    for a in Attribute::ALL {
        assert!(want.contains(&format!("  {}: '{}',\n", a.key(), a.data_name())), "{a:?}");
    }
}

/// What a crate's sources export to JavaScript: the functions, and the methods of its exported
/// structs (a `#[wasm_bindgen] impl`'s `pub fn`s), each by its `js_name` or else its own name.
/// Reads rustfmt-formatted source (`cargo fmt --check` is part of the test command).
fn wasm_exports(krate: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    fn js_name(attribute: &str) -> Option<String> {
        let rest = &attribute[attribute.find("js_name")? + "js_name".len()..];
        let rest = rest.trim_start().strip_prefix('=')?.trim_start().trim_start_matches('"');
        Some(rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$').collect())
    }
    fn fn_name(line: &str) -> Option<String> {
        let rest = line.strip_prefix("pub ").unwrap_or(line).strip_prefix("fn ")?;
        Some(rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect())
    }
    let (mut functions, mut methods) = (BTreeSet::new(), BTreeSet::new());
    for file in files(&format!("{krate}/src")).into_iter().filter(|f| f.ends_with(".rs")) {
        let text = read(&format!("{krate}/src/{file}"));
        // `Some(js_name)` while the attributes of a `#[wasm_bindgen]` item are being read.
        let mut bindgen: Option<Option<String>> = None;
        let mut in_impl = false;
        for line in text.lines() {
            let trimmed = line.trim();
            if trimmed.starts_with("//") {
                continue;
            }
            if in_impl && line == "}" {
                in_impl = false;
                continue;
            }
            let top = !line.starts_with(' ');
            let member = in_impl && line.starts_with("    ") && !line.starts_with("     ");
            if !(top || member) {
                continue;
            }
            if trimmed.starts_with("#[wasm_bindgen") {
                bindgen = Some(js_name(trimmed));
            } else if trimmed.starts_with("#[") {
            } else if top && trimmed.starts_with("impl ") {
                in_impl = bindgen.is_some();
                bindgen = None;
            } else if let Some(name) = fn_name(trimmed) {
                if member {
                    methods.insert(bindgen.take().flatten().unwrap_or(name));
                } else if let Some(js) = bindgen.take() {
                    functions.insert(js.unwrap_or(name));
                }
            } else if !trimmed.is_empty() {
                bindgen = None;
            }
        }
    }
    (functions, methods)
}

fn set(names: impl IntoIterator<Item = &'static str>) -> BTreeSet<String> {
    names.into_iter().map(String::from).collect()
}

#[test]
fn each_wasm_module_exports_exactly_the_names_it_is_called_by() {
    let cases = [
        (
            "crates/exports",
            set(modules::exports::FUNCTIONS.iter().copied()),
            set(modules::exports::METHODS.iter().copied()),
        ),
        ("crates/code", set(modules::code::FUNCTIONS.iter().copied()), set(modules::code::METHODS.iter().copied())),
        ("crates/scan", set(modules::scan::FUNCTIONS.iter().copied()), set(modules::scan::METHODS.iter().copied())),
        (
            "crates/followup",
            set(modules::followup::FUNCTIONS.iter().copied()),
            set(modules::followup::METHODS.iter().copied()),
        ),
        ("crates/widget", set(modules::widget::FUNCTIONS.iter().copied()), set(modules::widget::methods())),
    ];
    for (krate, functions, methods) in cases {
        let (got_functions, got_methods) = wasm_exports(krate);
        assert_eq!(
            got_functions, functions,
            "{krate}: its #[wasm_bindgen] functions and those declared in pk_core::contract::modules differ"
        );
        assert_eq!(
            got_methods, methods,
            "{krate}: the methods of its #[wasm_bindgen] struct and those declared in pk_core::contract differ"
        );
    }
}

#[test]
fn the_export_reader_sees_what_it_reads() {
    // The reader itself, on the widget: a js_name on a method, a method without one, a function.
    let (functions, methods) = wasm_exports("crates/widget");
    assert!(functions.contains("mountWidget"), "{functions:?}");
    assert!(
        methods.contains("getAgreement") && methods.contains("reset") && !methods.contains("get_agreement"),
        "{methods:?}"
    );
    // main() and private helpers are not exports.
    let (functions, _) = wasm_exports("crates/exports");
    assert!(!functions.contains("main") && !functions.contains("read"), "{functions:?}");
}

#[test]
fn each_wasm_module_is_built_under_the_file_name_it_is_loaded_by() {
    let index = read("site/index.html");
    for (krate, file) in [
        ("crates/widget", modules::widget::FILE),
        ("crates/exports", modules::exports::FILE),
        ("crates/followup", modules::followup::FILE),
        ("crates/code", modules::code::FILE),
        ("crates/scan", modules::scan::FILE),
    ] {
        let manifest = read(&format!("{krate}/Cargo.toml"));
        assert!(manifest.contains(&format!("[[bin]]\nname = \"{file}\"")), "{krate}/Cargo.toml: no bin named {file}");
        assert!(
            index.contains(&format!("href=\"../{krate}/Cargo.toml\" data-bin=\"{file}\"")),
            "index.html does not build {krate} as {file}"
        );
    }
}

/// What `boot.js` calls in the widget's module: the names it imports from `patientkontrakt.js`
/// and the methods it calls on the `Widget` (`this.pk.name(`).
#[test]
fn boot_js_calls_the_widget_module_by_declared_names_only() {
    let boot = read("site/boot.js");
    let import = boot.lines().find(|l| l.contains("from './patientkontrakt.js'")).expect("boot.js imports the widget");
    let names = &import[import.find('{').expect("named imports") + 1..import.find('}').expect("named imports")];
    let mut imported: Vec<&str> = names.split(',').map(str::trim).filter(|n| !n.is_empty()).collect();
    imported.sort();
    assert_eq!(imported, modules::widget::FUNCTIONS, "boot.js imports from patientkontrakt.js");

    let methods = modules::widget::methods();
    let mut called = Vec::new();
    for (i, _) in boot.match_indices("this.pk.") {
        let name: String = boot[i + "this.pk.".len()..].chars().take_while(|c| c.is_alphanumeric()).collect();
        // `free` is wasm-bindgen's own, on every exported struct.
        assert!(
            name == "free" || methods.contains(&name.as_str()),
            "boot.js calls Widget.{name}, which is not declared"
        );
        called.push(name);
    }
    assert!(called.iter().any(|n| n == modules::widget::DESTROY), "boot.js destroys its widget: {called:?}");
}

/// Where each of the app's files is served (Trunk's `copy-file` / `copy-dir` / `rust` lines in
/// `index.html`): the served path, and the source under `site/` (`None` for what is built).
fn served() -> Vec<(String, Option<String>)> {
    let index = read("site/index.html");
    let mut out = Vec::new();
    for line in index.lines().filter(|l| l.contains("data-trunk")) {
        let attr = |name: &str| {
            let start = line.find(&format!(" {name}=\""))? + name.len() + 3;
            Some(line[start..start + line[start..].find('"')?].to_string())
        };
        let href = attr("href").expect("href");
        let base = |p: &str| p.rsplit('/').next().unwrap_or(p).to_string();
        match attr("rel").as_deref() {
            Some("copy-file") => out.push((base(&href), Some(href.clone()))),
            Some("copy-dir") => {
                for f in files(&format!("site/{href}")) {
                    out.push((format!("{}/{f}", base(&href)), Some(format!("{href}/{f}"))));
                }
            }
            Some("rust") => out.push((format!("{}.js", attr("data-bin").expect("data-bin")), None)),
            _ => {}
        }
    }
    out.push(("index.html".into(), Some("index.html".into())));
    // The demo host pages, which scripts/demos.mjs copies into dist/demos/ when PK_DEMOS=1.
    for f in files("site/demos") {
        out.push((format!("demos/{f}"), Some(format!("demos/{f}"))));
    }
    out
}

/// `specifier` (`./x.js`, `../x.js`) from the file served at `from`, as a served path.
fn resolve(from: &str, specifier: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for part in specifier.split('/') {
        match part {
            "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// The relative module specifiers of a script (`import … from './x.js'`, `import './x.js'`) or
/// the script sources of a page (`<script … src="x.js">`).
fn references(source: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let patterns: &[(&str, char)] = if source.ends_with(".html") {
        &[("<script type=\"module\" src=\"", '"')]
    } else {
        &[(" from '", '\''), ("import '", '\'')]
    };
    for (pattern, end) in patterns {
        for (i, _) in text.match_indices(pattern) {
            let rest = &text[i + pattern.len()..];
            let spec = &rest[..rest.find(*end).expect("closed")];
            if !spec.contains("://") {
                out.push(if spec.starts_with('.') { spec.to_string() } else { format!("./{spec}") });
            }
        }
    }
    out
}

#[test]
fn every_served_script_and_page_finds_what_it_imports_where_it_is_served() {
    let served = served();
    let paths: BTreeSet<&str> = served.iter().map(|(p, _)| p.as_str()).collect();
    assert!(paths.contains("protocol.js"), "index.html does not copy protocol.js into dist/");
    let mut importers = BTreeSet::new();
    for (path, source) in &served {
        let Some(source) = source.as_deref().filter(|s| s.ends_with(".js") || s.ends_with(".html")) else { continue };
        let text = read(&format!("site/{source}"));
        for spec in references(source, &text) {
            let target = resolve(path, &spec);
            assert!(
                paths.contains(target.as_str()),
                "{source} (served as {path}) refers to {spec}: {target} is not served"
            );
            if target == "protocol.js" {
                importers.insert(source.to_string());
            }
        }
    }
    let mut want: BTreeSet<String> =
        ["boot.js", "embed/embed.js", "embed/patientkontrakt-frame.js"].into_iter().map(String::from).collect();
    want.extend(files("site/demos").into_iter().filter(|f| f.ends_with(".js")).map(|f| format!("demos/{f}")));
    assert_eq!(importers, want, "the scripts that import protocol.js");
}

/// Every name of the contract the served scripts and the Rust code could write out.
fn contract_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    names.extend(HostEvent::ALL.iter().map(|e| e.name()));
    names.extend(Method::ALL.iter().map(|m| m.name()));
    names.extend(Attribute::ALL.iter().map(|a| a.data_name()));
    names.extend([
        contract::ELEMENT,
        contract::HOST_ATTRIBUTE,
        contract::STATIC_FORM_ATTRIBUTE,
        contract::BEGUN_ATTRIBUTE,
    ]);
    names.extend(modules::widget::FUNCTIONS);
    names.extend(modules::exports::FUNCTIONS);
    names.extend(modules::followup::FUNCTIONS);
    names.extend(modules::followup::METHODS);
    names.extend(modules::code::FUNCTIONS);
    names.extend(modules::scan::FUNCTIONS);
    names.push(modules::PLURAL_LANGUAGE);
    names.extend(modules::code::text::COUNTS);
    names.extend(modules::scan::text::COUNTS);
    names
}

#[test]
fn no_rust_source_writes_a_contract_name_by_hand() {
    // The tests aside: they say what is documented, in its own words.
    let mut found = Vec::new();
    for krate in CRATES {
        for file in files(&format!("{krate}/src")).into_iter().filter(|f| f.ends_with(".rs")) {
            if krate == "crates/core" && file == "contract.rs" {
                continue;
            }
            let text = read(&format!("{krate}/src/{file}"));
            for name in contract_names() {
                if text.contains(&format!("\"{name}\"")) {
                    found.push(format!("{krate}/src/{file}: \"{name}\""));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "contract names written by hand, not taken from pk_core::contract:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_served_script_writes_a_contract_name_by_hand() {
    // Comments aside: the names come from protocol.js.
    let mut names = contract_names();
    names.extend(Attribute::ALL.iter().map(|a| a.name()));
    names.extend(Message::ALL.iter().map(|m| m.name()));
    let mut found = Vec::new();
    for file in files("site").into_iter().filter(|f| f.ends_with(".js") && f != "protocol.js") {
        let text = read(&format!("site/{file}"));
        let code: Vec<&str> = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
        let code = code.join("\n");
        for name in &names {
            for q in ['\'', '"', '`'] {
                if code.contains(&format!("{q}{name}{q}")) {
                    found.push(format!("site/{file}: {q}{name}{q}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "contract names written by hand, not imported from protocol.js:\n{}", found.join("\n"));
}

#[test]
fn the_declared_names_are_distinct_and_fit_where_they_go() {
    fn distinct(what: &str, names: impl IntoIterator<Item = &'static str>) {
        let mut seen = BTreeSet::new();
        for n in names {
            assert!(seen.insert(n), "{what}: {n} twice");
        }
    }
    distinct("event names", HostEvent::ALL.iter().map(|e| e.name()));
    distinct("event keys", HostEvent::ALL.iter().map(|e| e.key()));
    distinct("methods", Method::ALL.iter().map(|m| m.name()));
    distinct("attributes", Attribute::ALL.iter().map(|a| a.name()));
    distinct("attribute keys", Attribute::ALL.iter().map(|a| a.key()));
    distinct("message types", Message::ALL.iter().map(|m| m.name()));
    distinct("widget exports", modules::widget::methods());
    // Events are namespaced for the page they bubble through; attributes' data- forms are theirs.
    assert!(HostEvent::ALL.iter().all(|e| e.name().starts_with("pk-")));
    assert!(Attribute::ALL.iter().all(|a| a.data_name() == format!("data-{}", a.name())));
    // Only pk-export can be cancelled (its default is the download).
    let cancelable: Vec<_> = HostEvent::ALL.iter().filter(|e| e.cancelable()).collect();
    assert_eq!(cancelable, [&HostEvent::Export]);
}

#[test]
fn the_readme_documents_every_name_a_host_meets() {
    let readme = read("README.md");
    let start = readme.find("\n## Embedding\n").expect("README has an Embedding section");
    let end = start + readme[start + 1..].find("\n## ").expect("a section after it") + 1;
    let section = &readme[start..end];
    let mut names: Vec<&str> = vec![contract::ELEMENT, contract::HOST_ATTRIBUTE];
    names.extend(HostEvent::ALL.iter().map(|e| e.name()));
    names.extend(Method::ALL.iter().map(|m| m.name()));
    names.extend(Attribute::ALL.iter().flat_map(|a| [a.name(), a.data_name()]));
    for name in names {
        assert!(section.contains(&format!("`{name}")), "README, \"Embedding\": `{name}` is not documented");
    }
    for m in Message::ALL {
        assert!(
            section.contains(&format!("type: '{}'", m.name())),
            "README: message type {} is not documented",
            m.name()
        );
    }
}

#[test]
fn the_texts_a_module_is_given_are_declared_once_and_each_count_fills_its_sentence() {
    use pk_core::content::plural::{categories, Category};
    use pk_core::content::Ui;
    use pk_core::domain::Language;
    let cases = [
        ("pk-code", modules::code::text::ALL, modules::code::text::COUNTS),
        ("pk-scan", modules::scan::text::ALL, modules::scan::text::COUNTS),
    ];
    for (module, texts, counts) in cases {
        let mut seen = BTreeSet::new();
        for key in texts.iter().chain(counts).chain([&modules::PLURAL_LANGUAGE]) {
            assert!(seen.insert(*key), "{module}: the key {key} twice in its texts object");
        }
        assert!(!counts.is_empty(), "{module} fills a count");
    }
    // A count's key is the placeholder of the sentence that holds it, in every language.
    for (sentence, count) in
        [(Ui::CodeInstructionSequence, modules::code::text::CODES), (Ui::ScanProgress, modules::scan::text::READ)]
    {
        let placeholder = format!("{{{count}}}");
        assert!(sentence.both().sv.contains(&placeholder), "{sentence:?} has no {placeholder}");
    }
    // Each module reads its counts by their declared keys (`Texts::count`, which picks among the
    // forms by `Category::name`, the names the widget writes them under).
    for (source, key) in [("crates/code/src/main.rs", "text::CODES"), ("crates/scan/src/main.rs", "text::READ")] {
        assert!(read(source).contains(&format!(".count({key}, ")), "{source} does not fill {key} with Texts::count");
    }
    let widget = read("crates/ui/src/components/lazy_card.rs");
    for key in ["text::CODES", "text::READ"] {
        assert!(widget.contains(&format!("({key}, content::plural::")), "the widget does not pass the forms of {key}");
    }
    // The names of the forms are CLDR's, and every language's categories have one.
    let names: BTreeSet<&str> = Language::all().flat_map(|l| categories(l).iter().map(|c| c.name())).collect();
    let cldr: BTreeSet<&str> =
        [Category::Zero, Category::One, Category::Two, Category::Few, Category::Many, Category::Other]
            .map(Category::name)
            .into_iter()
            .collect();
    assert!(names.is_subset(&cldr) && names.contains("other") && names.contains("many"), "{names:?}");
}
