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
    /// BCP 47 tag (the file `texts/<tag>.json`, the agreement's `language` and `written_in`). A
    /// version of a language that screen readers read as that language (lättläst Swedish) is the
    /// language's tag with a private-use part (`sv-x-lattlast`): its `lang` attribute is the
    /// language's ([`LanguageInfo::lang`]), so the screen reader keeps its Swedish voice.
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

impl LanguageInfo {
    /// The value of its `lang` attributes: the tag without its private-use part ("sv" for
    /// lättläst Swedish, `sv-x-lattlast`), which no screen reader knows.
    pub fn lang(&self) -> &'static str {
        self.tag.split("-x-").next().unwrap_or(self.tag)
    }
}

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
    // Swedish in easy-to-read words: the project's own version (docs/translations/lattlast.md),
    // Swedish to screen readers, the journal note and her own words.
    LanguageInfo {
        tag: "sv-x-lattlast",
        name: "Lättläst svenska",
        in_swedish: "lättläst svenska",
        dir: Direction::Ltr,
        unavailable_sv: "Den lättlästa texten kunde inte hämtas just nu. Sidan visas på vanlig svenska. Det du har skrivit finns kvar.",
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
    pub const EN: Language = Language(2);

    /// Every language, Swedish first.
    pub fn all() -> impl Iterator<Item = Language> {
        (0..LANGUAGES.len()).filter_map(|i| u8::try_from(i).ok()).map(Language)
    }

    /// What the widget knows of it.
    pub fn info(self) -> &'static LanguageInfo {
        LANGUAGES.get(usize::from(self.0)).unwrap_or(&LANGUAGES[0])
    }

    /// BCP 47 tag: its file's name and how the agreement names it (`sv-x-lattlast`).
    pub fn tag(self) -> &'static str {
        self.info().tag
    }

    /// The value of its `lang` attributes ("sv" for lättläst Swedish).
    pub fn lang(self) -> &'static str {
        self.info().lang()
    }

    /// The language its words are in: itself, or Swedish for lättläst Swedish (her own words,
    /// typed on a lättläst page, are Swedish).
    pub fn words(self) -> Language {
        Language::all().find(|l| l.tag() == self.lang()).unwrap_or(self)
    }

    /// Whether it is a version of another language (lättläst Swedish): a language of its own
    /// on screen, the other language in its words.
    pub fn is_version(self) -> bool {
        self.words() != self
    }

    /// Whether it is Swedish, whose texts are in the code.
    pub fn is_swedish(self) -> bool {
        self == Language::SV
    }

    /// Parses a `lang`-style tag ("sv", "sv-SE", "en-GB", "sv-x-lattlast"): a language's own
    /// tag, else its primary subtag; `None` for a language not spoken here.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let tag = tag.trim();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Language::all()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
            .or_else(|| Language::all().find(|l| l.tag().eq_ignore_ascii_case(primary)))
    }
}

/// One voice of the browser's speech synthesis, as read aloud needs it: its BCP 47 `lang`
/// ("sv-SE"; some Android versions write "sv_SE") and whether it runs on the device
/// (`SpeechSynthesisVoice.localService`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voice {
    /// Its language tag.
    pub lang: String,
    /// It runs on the device: the text is never sent to a server.
    pub local: bool,
}

impl Language {
    /// The voice of `voices` (its index) that reads this language aloud: the first one that runs
    /// on the device and speaks the language of its `lang` attribute (the primary subtag, any
    /// region: Swedish for lättläst Swedish). A voice that is not local is never chosen, whatever
    /// its language: the page's text must not go to a read-aloud server. `None`: no such voice
    /// (read aloud is then not offered).
    pub fn voice(self, voices: &[Voice]) -> Option<usize> {
        fn primary(tag: &str) -> &str {
            tag.trim().split(['-', '_']).next().unwrap_or("")
        }
        let wanted = primary(self.lang());
        voices.iter().position(|v| v.local && !wanted.is_empty() && primary(&v.lang).eq_ignore_ascii_case(wanted))
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
