//! One text: its Swedish, which is in the code and is the key of its translations, and how it
//! reads in another language, looked up in that language's file ([`super::texts`]).

use super::texts;
use crate::domain::Language;

/// The mark between a text's context and its Swedish in a language file's key (as gettext's
/// `msgctxt`): for a Swedish text that reads differently in another language by where it stands.
pub const CONTEXT: char = '\u{4}';

/// One text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// Swedish.
    pub sv: &'static str,
    /// Where it stands, for a Swedish text with more than one meaning; empty for most.
    pub ctx: &'static str,
    /// English kept in the code: only for what must be at hand before any language file has
    /// arrived (the JavaScript API's messages, for the host's developers); empty for the rest.
    pub en: &'static str,
}

impl Text {
    /// Its key in a language file: the Swedish, behind its context when it has one.
    pub fn key(&self) -> String {
        if self.ctx.is_empty() {
            self.sv.to_string()
        } else {
            format!("{}{CONTEXT}{}", self.ctx, self.sv)
        }
    }

    /// Whether its English is in the code (and so not in the English file).
    pub fn kept(&self) -> bool {
        !self.en.is_empty()
    }

    /// Whether `key` is its key ([`Text::key`]), without making the key.
    pub fn is_key(&self, key: &str) -> bool {
        if self.ctx.is_empty() {
            key == self.sv
        } else {
            key.strip_prefix(self.ctx).and_then(|k| k.strip_prefix(CONTEXT)) == Some(self.sv)
        }
    }

    /// The text in `lang` on screen and in print: the region's words for it in `lang` when its
    /// settings replace it ([`texts::set_overrides`]), else [`Text::catalogue`]. Never for the
    /// record: the journal note and FHIR use the catalogue's Swedish ([`Text::sv`]).
    pub fn get(&self, lang: Language) -> &'static str {
        texts::overridden(lang, |k| self.is_key(k)).unwrap_or_else(|| self.catalogue(lang))
    }

    /// The text in `lang` as the app's catalogue has it, whatever a region replaced: the Swedish,
    /// or the language file's translation once the file is installed; until then (or if the file
    /// lacks it) the English kept in the code for English, else the Swedish (the app shows
    /// Swedish until a language's texts have arrived).
    pub fn catalogue(&self, lang: Language) -> &'static str {
        if lang.is_swedish() {
            return self.sv;
        }
        let found = if self.ctx.is_empty() { texts::lookup(lang, self.sv) } else { texts::lookup(lang, &self.key()) };
        if let Some(t) = found {
            return t;
        }
        if lang == Language::EN && self.kept() {
            return self.en;
        }
        self.sv
    }
}

/// A text: its Swedish; the other languages have it in their files.
pub(crate) const fn sv(sv: &'static str) -> Text {
    Text { sv, ctx: "", en: "" }
}

/// A Swedish text that reads differently in another language by where it stands (`ctx`).
pub(crate) const fn sv_in(ctx: &'static str, sv: &'static str) -> Text {
    Text { sv, ctx, en: "" }
}

/// A text whose English is kept in the code: the JavaScript API's messages, which are English
/// for the host's developers whatever language is on screen.
pub(crate) const fn with_english(sv: &'static str, en: &'static str) -> Text {
    Text { sv, ctx: "", en }
}

/// Replaces `{name}` placeholders, in one pass: a value is put in as it is, so a `{name}` in
/// it (typed by the user) is left alone.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    fill_each(template, |piece| match piece {
        Piece::Words(w) => {
            out.push_str(w);
            true
        }
        Piece::Name(name) => match args.iter().find(|(k, _)| *k == name) {
            Some((_, v)) => {
                out.push_str(v);
                true
            }
            None => false,
        },
    });
    out
}

/// A piece of a template, in order: words as they stand, or a placeholder's name.
pub enum Piece<'a> {
    /// Words between placeholders (a `{` that starts none is among them).
    Words(&'a str),
    /// The name of a `{name}` placeholder.
    Name(&'a str),
}

/// Walks `template` once, giving `put` each piece in order ([`fill`] and the screen's markup
/// version both read templates this way). When `put` answers `false` for a name, the
/// placeholder is not filled: its `{` is given as words and the walk goes on after it.
pub fn fill_each<'a>(template: &'a str, mut put: impl FnMut(Piece<'a>) -> bool) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        put(Piece::Words(&rest[..open]));
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if put(Piece::Name(&after[..close])) => rest = &after[close + 1..],
            _ => {
                put(Piece::Words("{"));
                rest = after;
            }
        }
    }
    put(Piece::Words(rest));
}
