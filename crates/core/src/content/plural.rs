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

fn rule(lang: Language) -> Rule {
    match lang.lang() {
        "ar" => Rule::Arabic,
        "uk" | "ru" | "be" => Rule::EastSlavic,
        "fa" => Rule::ZeroOrOne,
        _ => Rule::OneOther,
    }
}

/// The categories a language's whole numbers fall into: the forms its file must have of each
/// count.
pub fn categories(lang: Language) -> &'static [Category] {
    use Category::*;
    match rule(lang) {
        Rule::OneOther | Rule::ZeroOrOne => &[One, Other],
        Rule::EastSlavic => &[One, Few, Many],
        Rule::Arabic => &[Zero, One, Two, Few, Many, Other],
    }
}

/// The category of `n` in `lang`.
pub fn category(lang: Language, n: u64) -> Category {
    use Category::*;
    let (n10, n100) = (n % 10, n % 100);
    match rule(lang) {
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

/// A count with a noun, `{n}` the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    /// Swedish for one.
    pub one: &'static str,
    /// Swedish for any other number: the key of every language's forms.
    pub other: &'static str,
}

const fn plural(one: &'static str, other: &'static str) -> Plural {
    Plural { one, other }
}

impl Plural {
    /// Its form for `category` as a text of a language file.
    pub fn form(self, category: Category) -> Text {
        Text { sv: self.other, ctx: category.ctx(), en: "" }
    }

    /// `n` with the noun, in `lang`.
    pub fn get(self, lang: Language, n: u64) -> String {
        let c = category(lang, n);
        let template = if lang.is_swedish() {
            if c == Category::One {
                self.one
            } else {
                self.other
            }
        } else {
            self.form(c).get(lang)
        };
        fill(template, &[("n", &n.to_string())])
    }
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

/// Every count with a noun.
pub const PLURALS: &[Plural] =
    &[BYTES, ROWS, FILES_READ, AGREEMENTS, DUPLICATES_MERGED, FILES_UNREADABLE, SELECTED, DAYS];

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
