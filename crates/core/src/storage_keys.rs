//! Which keys in the browser's storage are the widget's: "Rensa uppgifter" removes every one of
//! them on the origin, whichever widget, draft, step, version or host wrote it.

/// What every key the widget writes begins with: `patientkontrakt/` on a page
/// (`patientkontrakt/v2/draft/…`), `patientkontrakt@` in the iframe mode, where a key names
/// the origin of the page that drives the frame (`patientkontrakt@https://journal.example/v2/draft`).
pub const KEY_PREFIXES: [&str; 2] = ["patientkontrakt/", "patientkontrakt@"];

/// Whether `key` (in localStorage or sessionStorage) is one the widget wrote.
pub fn is_widget_key(key: &str) -> bool {
    KEY_PREFIXES.iter().any(|p| key.starts_with(p))
}
