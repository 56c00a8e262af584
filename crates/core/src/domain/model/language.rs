//! The language of the user interface and of generated texts.

use serde::{Deserialize, Serialize};

/// Language of the user interface and of generated texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// Swedish, the default.
    #[default]
    Sv,
    /// English.
    En,
}

impl Language {
    /// BCP 47 tag, for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Sv => "sv",
            Language::En => "en",
        }
    }

    /// Parses a `lang`-style tag ("sv", "sv-SE", "en-GB"); `None` for anything else.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "sv" => Some(Language::Sv),
            "en" => Some(Language::En),
            _ => None,
        }
    }
}
