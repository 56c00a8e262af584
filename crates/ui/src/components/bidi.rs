//! Numbers, dates, times, codes and Latin-script words read left to right inside right-to-left
//! text: in Arabic or Persian, each such run in a text on screen (a personnummer, "2027-02-15
//! 09:30", an HSA-id, a name she typed) is isolated left to right with the Unicode isolates
//! U+2066 … U+2069 (what `<bdi dir="ltr">` does in markup, without an element per run: this runs
//! on the first load of every page), or the bidi algorithm would show "2027-02-15 09:30" as
//! "09:30 2027-02-15". A run of numbers keeps its spaces unbroken, so it stays on one line.
//! Left-to-right languages get the text as it is.

use yew::prelude::*;

use pk_core::content::{fill_each, Piece};
use pk_core::domain::language::Direction;
use pk_core::domain::Language;

/// `text` for `lang`, its left-to-right runs isolated when `lang` is written right to left.
pub fn text_in(text: &str, lang: Language) -> Html {
    html! { { isolated(text, lang) } }
}

/// Whether `c` is written right to left (Hebrew, Arabic and their neighbours, Arabic forms).
fn rtl(c: char) -> bool {
    matches!(c, '\u{590}'..='\u{8FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Whether `c` is a letter or digit written left to right: 0-9 and the Latin, Greek and
/// Cyrillic letters (ranges rather than `char::is_alphabetic`, whose tables would grow the
/// first load).
fn ltr(c: char) -> bool {
    c.is_ascii_alphanumeric() || (matches!(c, '\u{C0}'..='\u{24F}' | '\u{370}'..='\u{52F}') && c != '×' && c != '÷')
}

/// The text with each left-to-right run isolated: a run goes from a letter or digit written left
/// to right to the last one before a right-to-left letter (what lies between, as the spaces and
/// dashes of "070-123 45 67" or "2027-02-15 09:30", belongs to it). Unchanged for a language
/// written left to right.
pub fn isolated(text: &str, lang: Language) -> String {
    if lang.info().dir == Direction::Ltr {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    let (mut done, mut run): (usize, Option<(usize, usize)>) = (0, None);
    let close = |out: &mut String, done: &mut usize, (s, e): (usize, usize)| {
        out.push_str(&text[*done..s]);
        let part = &text[s..e];
        out.push('\u{2066}');
        // Numbers, dates and times on one line; words may wrap.
        if part.chars().all(|c| !ltr(c) || c.is_ascii_digit()) {
            out.extend(part.chars().map(|c| if c == ' ' { '\u{A0}' } else { c }));
        } else {
            out.push_str(part);
        }
        out.push('\u{2069}');
        *done = e;
    };
    for (b, c) in text.char_indices() {
        if ltr(c) {
            run = Some((run.map_or(b, |(s, _)| s), b + c.len_utf8()));
        } else if rtl(c) {
            if let Some(r) = run.take() {
                close(&mut out, &mut done, r);
            }
        }
    }
    if let Some(r) = run {
        close(&mut out, &mut done, r);
    }
    out.push_str(&text[done..]);
    out
}

/// A template of the catalogue filled with markup: each `{name}` of `args` replaced by its
/// element (a `<bdi>`, a link), the words around them as the language has them. A placeholder
/// not in `args` is left as it is.
pub fn fill_html(template: &str, args: Vec<(&str, Html)>) -> Html {
    let mut args: Vec<(&str, Option<Html>)> = args.into_iter().map(|(k, v)| (k, Some(v))).collect();
    let mut parts: Vec<Html> = Vec::new();
    let mut text = String::new();
    fill_each(template, |piece| match piece {
        Piece::Words(w) => {
            text.push_str(w);
            true
        }
        Piece::Name(name) => match args.iter_mut().find(|(k, _)| *k == name).and_then(|(_, v)| v.take()) {
            Some(html) => {
                parts.push(html! { { std::mem::take(&mut text) } });
                parts.push(html);
                true
            }
            None => false,
        },
    });
    parts.push(html! { { text } });
    parts.into_iter().collect::<Html>()
}

/// A button's visible words with what it belongs to after them for a screen reader only
/// ("Lägg till en kommentar (Fråga 1)"): the brackets are the language's
/// ([`pk_core::content::Ui::Parenthesised`]), hidden with the words they hold.
pub fn with_hidden_aside(lang: Language, visible: Html, aside: &str) -> Html {
    let template = pk_core::content::Ui::Parenthesised.get(lang);
    let (before, after) = template.split_once("{text}").unwrap_or(("", " ({aside})"));
    let hidden = |t: &str| {
        (!t.is_empty()).then(|| {
            html! { <span class="pk-visually-hidden">{ pk_core::content::fill(t, &[("aside", aside)]) }</span> }
        })
    };
    html! { <>{ hidden(before) }{ visible }{ hidden(after) }</> }
}
