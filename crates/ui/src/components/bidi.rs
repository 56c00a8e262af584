//! Numbers, dates, times, codes and Latin-script words read left to right inside right-to-left
//! text: in Arabic or Persian, each such run in a text on screen (a personnummer, "2027-02-15
//! 09:30", an HSA-id, a name she typed) is isolated in `<bdi dir="ltr">`, or the bidi algorithm
//! would show "2027-02-15 09:30" as "09:30 2027-02-15". Left-to-right languages get the text as
//! it is.

use yew::prelude::*;

use pk_core::domain::language::Direction;
use pk_core::domain::Language;

/// `text` for `lang`, its left-to-right runs isolated when `lang` is written right to left.
pub fn text_in(text: &str, lang: Language) -> Html {
    if lang.info().dir == Direction::Ltr {
        return html! { { text.to_string() } };
    }
    let runs = ltr_runs(text);
    html! { <>{ for runs.into_iter().map(|(part, isolated)| if isolated {
        // A number, date or time stays on one line; words may wrap.
        let class = part.chars().all(|c| !ltr(c) || c.is_ascii_digit()).then_some("pk-nowrap");
        html! { <bdi dir="ltr" {class}>{ part }</bdi> }
    } else {
        html! { { part } }
    }) }</> }
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

/// The text cut into parts, each marked whether it is a left-to-right run: from a letter or
/// digit written left to right to the last one before a right-to-left letter (what lies
/// between, as the spaces and dashes of "070-123 45 67" or "2027-02-15 09:30", belongs to it).
pub fn ltr_runs(text: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let (mut plain_from, mut run): (usize, Option<(usize, usize)>) = (0, None);
    for (b, c) in text.char_indices() {
        if ltr(c) {
            let start = run.map_or(b, |(s, _)| s);
            run = Some((start, b + c.len_utf8()));
        } else if rtl(c) {
            if let Some((s, e)) = run.take() {
                if s > plain_from {
                    out.push((text[plain_from..s].to_string(), false));
                }
                out.push((text[s..e].to_string(), true));
                plain_from = e;
            }
        }
    }
    if let Some((s, e)) = run {
        if s > plain_from {
            out.push((text[plain_from..s].to_string(), false));
        }
        out.push((text[s..e].to_string(), true));
        plain_from = e;
    }
    if plain_from < text.len() {
        out.push((text[plain_from..].to_string(), false));
    }
    out
}
