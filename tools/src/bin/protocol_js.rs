//! Prints `site/protocol.js`, the embedding contract (`pk_core::contract`) as an ES module for
//! the served JavaScript (`boot.js`, `embed/embed.js`, `embed/patientkontrakt-frame.js`,
//! `demos/*.js`), or with `--write` writes it there. `tools/tests/contract.rs` fails while the
//! file differs from what this prints.
//!
//! `cargo run -p pk-tools --bin protocol_js -- --write`

use pk_core::contract::{
    Attribute, FrameExports, HostEvent, Message, Method, BEGUN_ATTRIBUTE, ELEMENT, EVENTS_CONTENT, EVENT_VERSION,
    FRAME_MAX_HEIGHT, FRAME_PROTOCOL, HOST_ATTRIBUTE, STATIC_FORM_ATTRIBUTE, STATIC_LANGUAGE_ATTRIBUTE,
    STATIC_MENU_ATTRIBUTE,
};

/// Where the file goes, from the workspace's root.
const FILE: &str = "site/protocol.js";

/// A JavaScript string literal of `name`; every name in the contract is plain ASCII, so no
/// escaping is needed (and none is tried).
fn string(name: &str) -> String {
    assert!(
        !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
        "protocol_js: \"{name}\" is not a plain name"
    );
    format!("'{name}'")
}

/// `export const NAME = Object.freeze({ key: 'name', … });`, one entry a line.
fn object(
    out: &mut String,
    doc: &str,
    constant: &str,
    entries: impl IntoIterator<Item = (&'static str, &'static str)>,
) {
    out.push_str(&format!("/** {doc} */\nexport const {constant} = Object.freeze({{\n"));
    for (key, name) in entries {
        assert!(key.bytes().all(|b| b.is_ascii_alphanumeric()), "protocol_js: key \"{key}\" is not an identifier");
        out.push_str(&format!("  {key}: {},\n", string(name)));
    }
    out.push_str("});\n");
}

/// `export const NAME = Object.freeze([…]);`
fn list(out: &mut String, doc: &str, constant: &str, names: impl IntoIterator<Item = &'static str>) {
    let names: Vec<String> = names.into_iter().map(string).collect();
    out.push_str(&format!("/** {doc} */\nexport const {constant} = Object.freeze([{}]);\n", names.join(", ")));
}

/// `export const NAME = value;`
fn constant(out: &mut String, doc: &str, constant: &str, value: &str) {
    out.push_str(&format!("/** {doc} */\nexport const {constant} = {value};\n"));
}

/// The whole of `protocol.js`.
fn protocol_js() -> String {
    let mut js = String::from(
        "// The embedding contract: the names a host page, boot.js, the iframe's two sides and the demos\n\
         // share (README, \"Embedding\"). Generated from crates/core/src/contract.rs by\n\
         // `cargo run -p pk-tools --bin protocol_js -- --write`; do not edit it by hand:\n\
         // tools/tests/contract.rs fails while this file differs from what the generator writes.\n\n",
    );
    let out = &mut js;
    constant(out, "The custom element boot.js defines.", "ELEMENT", &string(ELEMENT));
    constant(
        out,
        "The attribute that marks any other element as a widget's host.",
        "HOST_ATTRIBUTE",
        &string(HOST_ATTRIBUTE),
    );
    constant(out, "The version of every event's `detail` (`detail.v`).", "EVENT_VERSION", &EVENT_VERSION.to_string());
    object(
        out,
        "The events a widget sends its host page (CustomEvent), by key.",
        "EVENTS",
        HostEvent::ALL.iter().map(|e| (e.key(), e.name())),
    );
    object(
        out,
        "The detail field that carries patient data, by event key: only for a host that asked (EVENTS_CONTENT); such an event does not bubble.",
        "CONTENT_FIELDS",
        HostEvent::ALL.iter().filter_map(|e| Some((e.key(), e.content_field()?))),
    );
    constant(
        out,
        "The value of the `events` attribute (and of `events` in the iframe host's hello) that asks for the content.",
        "EVENTS_CONTENT",
        &string(EVENTS_CONTENT),
    );
    object(
        out,
        "Every method a host calls, by key: the element's own and, across the iframe, setSettings and setLanguage.",
        "METHODS",
        Method::ALL.iter().map(|m| (m.key(), m.name())),
    );
    list(
        out,
        "The methods of the <patient-kontrakt> element itself.",
        "ELEMENT_METHODS",
        Method::ALL.iter().filter(|m| m.on_element()).map(|m| m.name()),
    );
    object(out, "The element's attributes, by key.", "ATTRIBUTES", Attribute::ALL.iter().map(|a| (a.key(), a.name())));
    object(
        out,
        "Their data- forms (on a [data-patientkontrakt] host, and what the widget reads), by the same key.",
        "DATA_ATTRIBUTES",
        Attribute::ALL.iter().map(|a| (a.key(), a.data_name())),
    );
    list(
        out,
        "The attributes the iframe's host may give in the frame's address (embed.html?lang=…).",
        "FRAME_ATTRIBUTES",
        Attribute::ALL.iter().filter(|a| a.in_frame_address()).map(|a| a.name()),
    );
    constant(
        out,
        "The iframe protocol's version (`pk` on every message).",
        "FRAME_PROTOCOL",
        &FRAME_PROTOCOL.to_string(),
    );
    constant(
        out,
        "The tallest the host side makes the frame, in CSS pixels.",
        "FRAME_MAX_HEIGHT",
        &FRAME_MAX_HEIGHT.to_string(),
    );
    object(
        out,
        "The iframe protocol's message types (`type`), by key.",
        "MESSAGES",
        Message::ALL.iter().map(|m| (m.key(), m.name())),
    );
    object(
        out,
        "Where the iframe's exports go (`exports` in the host's hello), by key.",
        "FRAME_EXPORTS",
        FrameExports::ALL.iter().map(|e| (e.key(), e.name())),
    );
    constant(
        out,
        "The static start page's form, which the app takes over.",
        "STATIC_FORM_ATTRIBUTE",
        &string(STATIC_FORM_ATTRIBUTE),
    );
    constant(
        out,
        "Set on that form by boot.js when \"Börja\" was pressed before the app arrived.",
        "BEGUN_ATTRIBUTE",
        &string(BEGUN_ATTRIBUTE),
    );
    constant(
        out,
        "On the static start page's language menu button: boot.js opens and closes its list.",
        "STATIC_MENU_ATTRIBUTE",
        &string(STATIC_MENU_ATTRIBUTE),
    );
    constant(
        out,
        "On each language of that menu, its tag; boot.js marks the one chosen (aria-current) and the app starts in it.",
        "STATIC_LANGUAGE_ATTRIBUTE",
        &string(STATIC_LANGUAGE_ATTRIBUTE),
    );
    js
}

fn main() {
    let js = protocol_js();
    if !std::env::args().any(|a| a == "--write") {
        print!("{js}");
        return;
    }
    if let Err(e) = std::fs::write(FILE, js) {
        eprintln!("protocol_js: cannot write {FILE}: {e}");
        std::process::exit(1);
    }
    println!("protocol_js: {FILE} written");
}
