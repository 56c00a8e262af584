//! The languages the widget speaks: Swedish, which is in the code, and every other language as a
//! file of its texts (`texts/<tag>.json`, loaded when it is chosen). Adding a language is one
//! row of [`LANGUAGES`] and its file (README, "Adding a language").

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Which way a language is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn attr(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One language, in its own words: what the widget needs of it before its texts have arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LanguageInfo {
    /// BCP 47 tag (`lang` attributes, the file `texts/<tag>.json`, the agreement's `language`).
    pub tag: &'static str,
    /// Its name, in itself ("Svenska", "English").
    pub name: &'static str,
    /// Its name in Swedish, as the journal note says it ("engelska").
    pub in_swedish: &'static str,
    /// Which way it is written.
    pub dir: Direction,
    /// Said in Swedish when its texts could not be fetched (the page then stays in Swedish).
    pub unavailable_sv: &'static str,
    /// The same, in itself; empty for a language whose sentence would cost every page's first
    /// load its bytes (the notice then says it in Swedish, with "Try again" in itself).
    pub unavailable: &'static str,
    /// "Try again", in itself.
    pub try_again: &'static str,
    /// The decimal separator of numbers ("1,2 MB" / "1.2 MB").
    pub decimal: char,
}

/// The language menu's label, the same in every language so that whoever cannot read the page
/// finds it: "Språk / Language", each word with its language.
pub const MENU_LABEL: [(&str, &str); 2] = [("sv", "Språk"), ("en", "Language")];

/// Every language the widget speaks, Swedish first (it is in the code; the others are files).
pub const LANGUAGES: &[LanguageInfo] = &[
    LanguageInfo {
        tag: "sv",
        name: "Svenska",
        in_swedish: "svenska",
        dir: Direction::Ltr,
        unavailable_sv: "",
        unavailable: "",
        try_again: "Försök igen",
        decimal: ',',
    },
    LanguageInfo {
        tag: "en",
        name: "English",
        in_swedish: "engelska",
        dir: Direction::Ltr,
        unavailable_sv: "Den engelska texten kunde inte hämtas just nu, så sidan visas på svenska. Det du har skrivit finns kvar.",
        unavailable: "The English texts could not be loaded right now, so the page is shown in Swedish. What you have written is kept.",
        try_again: "Try again",
        decimal: '.',
    },
    LanguageInfo {
        tag: "ar",
        name: "العربية",
        in_swedish: "arabiska",
        dir: Direction::Rtl,
        unavailable_sv: "Den arabiska texten kunde inte hämtas just nu, så sidan visas på svenska. Det du har skrivit finns kvar.",
        unavailable: "",
        try_again: "حاول مرة أخرى",
        decimal: '.',
    },
    LanguageInfo {
        tag: "fa",
        name: "فارسی",
        in_swedish: "persiska",
        dir: Direction::Rtl,
        unavailable_sv: "Den persiska texten kunde inte hämtas just nu, så sidan visas på svenska. Det du har skrivit finns kvar.",
        unavailable: "",
        try_again: "دوباره امتحان کنید",
        decimal: '.',
    },
    LanguageInfo {
        tag: "so",
        name: "Soomaali",
        in_swedish: "somaliska",
        dir: Direction::Ltr,
        unavailable_sv: "Den somaliska texten kunde inte hämtas just nu, så sidan visas på svenska. Det du har skrivit finns kvar.",
        unavailable: "",
        try_again: "Isku day mar kale",
        decimal: '.',
    },
    LanguageInfo {
        tag: "fi",
        name: "Suomi",
        in_swedish: "finska",
        dir: Direction::Ltr,
        unavailable_sv: "Den finska texten kunde inte hämtas just nu, så sidan visas på svenska. Det du har skrivit finns kvar.",
        unavailable: "",
        try_again: "Yritä uudelleen",
        decimal: ',',
    },
    LanguageInfo {
        tag: "uk",
        name: "Українська",
        in_swedish: "ukrainska",
        dir: Direction::Ltr,
        unavailable_sv: "Den ukrainska texten kunde inte hämtas just nu, så sidan visas på svenska. Det du har skrivit finns kvar.",
        unavailable: "",
        try_again: "Спробуйте ще раз",
        decimal: ',',
    },
];

/// A language of [`LANGUAGES`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Language(u8);

impl Language {
    /// Swedish: the language of the code, of the journal note and of FHIR.
    pub const SV: Language = Language(0);
    /// English: the language of the JavaScript API's messages, for the host's developers.
    pub const EN: Language = Language(1);

    /// Every language, Swedish first.
    pub fn all() -> impl Iterator<Item = Language> {
        (0..LANGUAGES.len()).filter_map(|i| u8::try_from(i).ok()).map(Language)
    }

    /// What the widget knows of it.
    pub fn info(self) -> &'static LanguageInfo {
        LANGUAGES.get(usize::from(self.0)).unwrap_or(&LANGUAGES[0])
    }

    /// BCP 47 tag, for `lang` attributes.
    pub fn tag(self) -> &'static str {
        self.info().tag
    }

    /// Whether it is Swedish, whose texts are in the code.
    pub fn is_swedish(self) -> bool {
        self == Language::SV
    }

    /// Parses a `lang`-style tag ("sv", "sv-SE", "en-GB"); `None` for a language not spoken here.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Language::all().find(|l| l.tag() == primary)
    }
}

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.tag())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(d)?;
        // The exact tag, as the file format writes it ("sv", not "sv-SE").
        Language::all().find(|l| l.tag() == tag).ok_or_else(|| {
            let known: Vec<&str> = Language::all().map(Language::tag).collect();
            serde::de::Error::custom(format!("unknown variant `{tag}`, expected one of {known:?}"))
        })
    }
}
