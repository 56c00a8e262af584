//! Counts with a noun ("1 fil läst", "3 filer lästa") and lists of words ("A, B och C"), in
//! each language's own forms and punctuation.
//!
//! A count is a [`Plural`]: Swedish's two forms in the code; in another language's file one text
//! for each plural category that language's whole numbers fall into (CLDR's categories: Arabic
//! has zero, one, two, few, many and other; Ukrainian one, few and many; the others one and
//! other), keyed by the Swedish "other" form behind the category as context
//! (`plural:few\u{4}{n} filer lästa`). [`categories`] says which forms a file must have
//! ([`super::catalogue::keys_for`]), [`category`] which one a number takes.

use super::text::{fill, Text};
use super::ui::Ui;
use crate::domain::Language;

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// 0 in Arabic.
    Zero,
    /// 1 (and 21, 31 … in Ukrainian; 0 and 1 in Persian).
    One,
    /// 2 in Arabic.
    Two,
    /// 3–10 in Arabic; 2–4, 22–24 … in Ukrainian.
    Few,
    /// 11–99 in Arabic; 0, 5–20, 25–30 … in Ukrainian.
    Many,
    /// The rest.
    Other,
}

impl Category {
    /// Its CLDR name, the context of its form's key in a language file.
    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }

    /// The context of its form's key: `plural:<name>`.
    pub fn ctx(self) -> &'static str {
        match self {
            Category::Zero => "plural:zero",
            Category::One => "plural:one",
            Category::Two => "plural:two",
            Category::Few => "plural:few",
            Category::Many => "plural:many",
            Category::Other => "plural:other",
        }
    }
}

/// How a language's whole numbers fall into categories (CLDR's plural rules, integers only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    /// One for 1, other for the rest (Swedish, English, Finnish, Somali).
    OneOther,
    /// One for 0 and 1 (Persian: CLDR's `i = 0 or n = 1`).
    ZeroOrOne,
    /// Ukrainian: one, few, many.
    EastSlavic,
    /// Arabic: zero, one, two, few, many, other.
    Arabic,
}

impl Rule {
    /// The rule of a language by its primary subtag ("ar", "uk", "sv", in any case): the
    /// language's own where it has one of these, else one and other.
    fn of(primary: &str) -> Rule {
        let is = |l: &str| primary.eq_ignore_ascii_case(l);
        if is("ar") {
            Rule::Arabic
        } else if is("uk") || is("ru") || is("be") {
            Rule::EastSlavic
        } else if is("fa") {
            Rule::ZeroOrOne
        } else {
            Rule::OneOther
        }
    }

    fn categories(self) -> &'static [Category] {
        use Category::*;
        match self {
            Rule::OneOther | Rule::ZeroOrOne => &[One, Other],
            Rule::EastSlavic => &[One, Few, Many],
            Rule::Arabic => &[Zero, One, Two, Few, Many, Other],
        }
    }

    fn category(self, n: u64) -> Category {
        use Category::*;
        let (n10, n100) = (n % 10, n % 100);
        match self {
            Rule::OneOther => {
                if n == 1 {
                    One
                } else {
                    Other
                }
            }
            Rule::ZeroOrOne => {
                if n <= 1 {
                    One
                } else {
                    Other
                }
            }
            Rule::EastSlavic => match (n10, n100) {
                (1, h) if h != 11 => One,
                (2..=4, h) if !(12..=14).contains(&h) => Few,
                _ => Many,
            },
            Rule::Arabic => match (n, n100) {
                (0, _) => Zero,
                (1, _) => One,
                (2, _) => Two,
                (_, 3..=10) => Few,
                (_, 11..=99) => Many,
                _ => Other,
            },
        }
    }
}

/// The categories a language's whole numbers fall into: the forms its file must have of each
/// count.
pub fn categories(lang: Language) -> &'static [Category] {
    Rule::of(lang.lang()).categories()
}

/// The category of `n` in `lang`.
pub fn category(lang: Language, n: u64) -> Category {
    Rule::of(lang.lang()).category(n)
}

/// A count with a noun, `{n}` the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    /// Swedish for one.
    pub one: &'static str,
    /// Swedish for any other number: the key of every language's forms.
    pub other: &'static str,
    /// English for one and for other numbers kept in the code, for a count in a text whose
    /// English is kept ([`Text::en`]: the API's messages, at hand before any language file has
    /// arrived); empty for the rest, whose English is in the English file.
    pub en: (&'static str, &'static str),
}

const fn plural(one: &'static str, other: &'static str) -> Plural {
    Plural { one, other, en: ("", "") }
}

/// A count in a text whose English is kept in the code ([`super::text::with_english`]).
const fn plural_with_english(
    one: &'static str,
    other: &'static str,
    en_one: &'static str,
    en_other: &'static str,
) -> Plural {
    Plural { one, other, en: (en_one, en_other) }
}

impl Plural {
    /// Its form for `category` as a text of a language file.
    pub fn form(self, category: Category) -> Text {
        let en = match category {
            Category::One => self.en.0,
            _ => self.en.1,
        };
        Text { sv: self.other, ctx: category.ctx(), en }
    }

    /// Its template for `category` in `lang`: the Swedish in the code, else the language's form.
    fn template(self, lang: Language, category: Category) -> &'static str {
        if !lang.is_swedish() {
            self.form(category).get(lang)
        } else if category == Category::One {
            self.one
        } else {
            self.other
        }
    }

    /// `n` with the noun, in `lang`.
    pub fn get(self, lang: Language, n: u64) -> String {
        fill(self.template(lang, category(lang, n)), &[("n", &n.to_string())])
    }

    /// Every form it has in `lang`, by category ([`categories`]): what a module that fills the
    /// number itself is given, to choose from with [`pick`].
    pub fn forms(self, lang: Language) -> Vec<(Category, &'static str)> {
        categories(lang).iter().map(|c| (*c, self.template(lang, *c))).collect()
    }
}

/// The form of the count `n` in the language `tag`, from a count's forms given by category
/// (a module's copy of [`Plural::forms`]; `form` answers `None` for a form it was not given):
/// the form of `n`'s category, else (missing or empty) the "other" form, else the language's last form, else the
/// bare number `{n}`. The rules are those of the tag's primary subtag (without the widget's
/// table of languages, which a module does not carry): one and other for a language without
/// rules of its own here. Never panics; the placeholders are the caller's to fill.
pub fn pick(tag: &str, n: u64, form: impl Fn(Category) -> Option<String>) -> String {
    let rule = Rule::of(tag.split('-').next().unwrap_or_default());
    let last = rule.categories().last().copied().unwrap_or(Category::Other);
    [rule.category(n), Category::Other, last]
        .into_iter()
        .find_map(|c| form(c).filter(|f| !f.is_empty()))
        .unwrap_or_else(|| "{n}".to_string())
}

/// A number of bytes below a kilobyte.
pub const BYTES: Plural = plural("{n} byte", "{n} byte");
/// The rows a list holds ("Listan är full (20 rader).").
pub const ROWS: Plural = plural("{n} rad", "{n} rader");
/// Files the follow-up read.
pub const FILES_READ: Plural = plural("{n} fil läst", "{n} filer lästa");
/// Agreements among the files the follow-up read.
pub const AGREEMENTS: Plural = plural("{n} Patientkontrakt", "{n} Patientkontrakt");
/// Copies of the same agreement the follow-up merged.
pub const DUPLICATES_MERGED: Plural = plural("{n} dubblett sammanslagen", "{n} dubbletter sammanslagna");
/// Files the follow-up could not read.
pub const FILES_UNREADABLE: Plural = plural("{n} fil kunde inte läsas", "{n} filer kunde inte läsas");
/// Agreements in the follow-up's selection.
pub const SELECTED: Plural = plural("{n} Patientkontrakt i urvalet", "{n} Patientkontrakt i urvalet");

/// Days since a preparation was last kept ("visat koden på 5 dagar").
pub const DAYS: Plural = plural("{n} dag", "{n} dagar");

/// The codes of a sequence she shows ("Det du har skrivit är 2 koder …"); `pk-code` fills it.
pub const CODES: Plural = plural("{n} kod", "{n} koder");
/// The codes of a sequence the clinic has read, `{have}` of `{n}` ("2 av 3 koder inlästa");
/// `pk-scan` fills it.
pub const CODES_READ: Plural = plural("{have} av {n} kod inläst", "{have} av {n} koder inlästa");
/// The most characters a text in a file may have, after "at most" in both sentences that say
/// it ("högst 20000 tecken"): an import error, whose English is kept for the API.
pub const CHARACTERS: Plural = plural_with_english("{n} tecken", "{n} tecken", "{n} character", "{n} characters");

/// Every count with a noun.
pub const PLURALS: &[Plural] = &[
    BYTES,
    ROWS,
    FILES_READ,
    AGREEMENTS,
    DUPLICATES_MERGED,
    FILES_UNREADABLE,
    SELECTED,
    DAYS,
    CODES,
    CODES_READ,
    CHARACTERS,
];

/// Words as one list in `lang`: "A", "A och B", "A, B och C" (Arabic "A، B وC"), each
/// language's separators its texts ([`Ui::ListMore`], [`Ui::ListLast`]). Empty for none.
pub fn list<S: AsRef<str>>(lang: Language, items: &[S]) -> String {
    let mut iter = items.iter().map(AsRef::as_ref);
    let Some(first) = iter.next() else {
        return String::new();
    };
    let rest: Vec<&str> = iter.collect();
    let mut out = first.to_string();
    for (i, item) in rest.iter().enumerate() {
        let template = if i + 1 == rest.len() { Ui::ListLast.get(lang) } else { Ui::ListMore.get(lang) };
        out = fill(template, &[("list", &out), ("item", item)]);
    }
    out
}

/// A label and its value ("Patientens svar före besöket: Ja"), in `lang`'s order and punctuation.
pub fn labelled(lang: Language, label: &str, value: &str) -> String {
    fill(Ui::Labelled.get(lang), &[("label", label), ("value", value)])
}
