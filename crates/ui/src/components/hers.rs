//! Her own words as she wrote them: in a consultation whose screen is in another language than
//! the one she prepared in (a Swedish consultation of her Arabic preparation), in her language's
//! `lang`, in the direction she wrote them, with a short visible mark: "(skrivet på arabiska)".
//! Nothing is translated.

use yew::prelude::*;

use pk_core::domain::{Agreement, Language};
use pk_core::formats::text::written_in_mark;

/// Her language and the mark, when her words are in another language than the screen's.
pub type Mark = Option<(Language, String)>;

/// The mark for her words in `a` on a screen in `lang`.
pub fn mark(a: &Agreement, lang: Language) -> Mark {
    written_in_mark(a, lang)
}

/// `text`, hers, with its mark.
pub fn hers(text: &str, mark: &Mark) -> Html {
    let (lang, mark) = match mark {
        Some((written, mark)) => (Some(written.lang()), format!(" {mark}")),
        None => (None, String::new()),
    };
    html! { <><bdi {lang}>{ text.to_string() }</bdi>{ mark }</> }
}
