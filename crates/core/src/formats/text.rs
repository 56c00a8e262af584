//! Plain-text helpers shared by every output that writes the agreement as text: the summary
//! and print view on screen, the journal note, the FHIR strings.

use crate::content;
use crate::content::{fill, Text, Ui};
use crate::domain::{
    kvitto, Agreement, ItemField, Language, ListId, Mode, NextTime, Perspective, Step, SummaryRow, Tri,
};

/// The next agreed date and time in words: "2027-02-15 09:30", or the date alone.
pub fn date_time(nt: &NextTime) -> Option<String> {
    let d = nt.date.as_ref()?;
    Some(match &nt.time {
        Some(t) => format!("{d} {t}"),
        None => d.clone(),
    })
}

/// The next agreed time in words: "2027-02-15 09:30", or the period, or both ("2027-02-15,
/// om tre månader", in `lang`'s punctuation).
pub fn next_time_text(nt: &NextTime, lang: Language) -> String {
    let period = (!nt.period.trim().is_empty()).then_some(nt.period.as_str());
    match (date_time(nt), period) {
        (Some(time), Some(period)) => fill(TIME_AND_PERIOD.get(lang), &[("time", &time), ("period", period)]),
        (Some(time), None) => time,
        (None, Some(period)) => period.to_string(),
        (None, None) => String::new(),
    }
}

// The templates this file joins pieces with, as constants: `Ui::get` called here would link
// every text of `Ui` into the exports module (+4.5 KB gzip), which uses this file.
const TIME_AND_PERIOD: Text = Ui::TimeAndPeriod.both();
const NEXT_SENTENCE: Text = Ui::NextSentence.both();
const VALUE_COMMENT: Text = Ui::ValueComment.both();

/// Pieces of text one after another, each joined to those before it by `template` (which has
/// the placeholders `first` and `next` name): a language's own punctuation between them. (The
/// template is passed as its text, not as a `Ui`: a `Ui` chosen at run time would link every
/// text of `Ui` into the exports module.)
fn joined(pieces: Vec<String>, template: &str, first: &str, next: &str) -> String {
    pieces.into_iter().reduce(|acc, p| fill(template, &[(first, acc.as_str()), (next, p.as_str())])).unwrap_or_default()
}

/// The time the patient wrote before the visit, as hers: "2027-03-01 10:00, önskemål: om ungefär
/// tre månader". The date is said as she gave it and never called booked (a file from before
/// version 3 cannot say whether it was). With `how`, also how and who gets in touch, each a
/// sentence as the app words it (never lowercased: English "I"), in the words of `voice` ("Jag
/// tar kontakt" for her, "Patienten tar kontakt" for care).
pub fn prepared_time_text(a: &Agreement, lang: Language, how: bool, voice: Mode) -> String {
    prepared_time_in(a, &|t| t.get(lang), how, voice)
}

/// [`prepared_time_text`] for the record (the journal note, FHIR): in the catalogue's Swedish,
/// never in a region's words for the screen.
pub fn prepared_time_record(a: &Agreement, how: bool, voice: Mode) -> String {
    prepared_time_in(a, &|t| t.sv, how, voice)
}

fn prepared_time_in(a: &Agreement, words: &dyn Fn(Text) -> &'static str, how: bool, voice: Mode) -> String {
    let pt = &a.schedule.prepared_time;
    let mut when: Vec<String> = date_time(pt).into_iter().collect();
    if !pt.period.trim().is_empty() {
        when.push(fill(words(Ui::PreparedWish.both()), &[("when", &pt.period)]));
    }
    let mut sentences: Vec<String> = Vec::new();
    if !when.is_empty() {
        sentences.push(joined(when, words(TIME_AND_PERIOD), "time", "period"));
    }
    if how {
        sentences.extend(pt.mode.map(|m| words(content::contact_mode(m)).to_string()));
        sentences.extend(pt.initiator.map(|i| words(content::initiator_sentence(i, voice)).to_string()));
    }
    capitalised(&joined(sentences, words(NEXT_SENTENCE), "sentence", "next"))
}

/// The mark of a question the host reworded, for its answer line on screen and in print:
/// "omformulerad av vårdgivaren, står för SKR:s fråga ”…”", with SKR's wording of the version `p`
/// answers: always SKR's own Swedish words, in every language, because a translation is not
/// SKR's wording. `None` when the question is SKR's own. (The record carries the words asked and
/// the question's topic; SKR's wording of a reworded question is not sent there.)
pub fn reworded_mark(a: &Agreement, p: Perspective, n: usize, lang: Language) -> Option<String> {
    a.reworded(p, n)?;
    let skr = content::question(p, n)?;
    Some(fill(Ui::Reworded.get(lang), &[("skr", skr.sv)]))
}

/// The text with its first letter a capital.
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The text of one list row on screen and in print: its non-empty fields one after another
/// ([`Ui::ValueComment`]: " – " in Swedish),
/// a contact route's kind first, what a contact helps with labelled as such ("hjälper med: …",
/// as in the journal note). The HSA-id is left out of a preparation.
pub fn row_text(a: &Agreement, list: ListId, i: usize, lang: Language) -> String {
    row_text_in(a, list, i, &|t| t.get(lang))
}

/// [`row_text`] for the record (FHIR): in the catalogue's Swedish, never in a region's words for
/// the screen.
pub fn row_text_record(a: &Agreement, list: ListId, i: usize) -> String {
    row_text_in(a, list, i, &|t| t.sv)
}

fn row_text_in(a: &Agreement, list: ListId, i: usize, words: &dyn Fn(Text) -> &'static str) -> String {
    let mut parts: Vec<String> = list
        .fields()
        .iter()
        .filter(|f| !(a.mode == Mode::Prepare && **f == ItemField::HsaId))
        .filter_map(|f| Some((*f, list.get(a, i, *f)?)))
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(f, v)| match f {
            ItemField::HelpsWith => fill(words(Ui::HelpsWith.both()), &[("text", v)]),
            _ => v.to_string(),
        })
        .collect();
    if list == ListId::Routes {
        if let Some(r) = a.contacts.routes.get(i) {
            parts.insert(0, words(content::route_kind(r.kind)).to_string());
        }
    }
    joined(parts, words(VALUE_COMMENT), "value", "comment")
}

/// What the patient wants to bring up at the visit: her own questions, then each question she
/// answered Nej or Vet inte before the visit, as "question (answer)". Shown at the end of a
/// preparation and in its printout.
pub fn visit_topics(a: &Agreement, lang: Language) -> Vec<String> {
    let mut topics = Vec::new();
    if !a.what_matters.questions_for_visit.trim().is_empty() {
        topics.push(a.what_matters.questions_for_visit.clone());
    }
    for (n, ans) in a.answers.before.iter().enumerate() {
        // The question's short title (the journal note's), not its 30 words again.
        if let Some(v @ (Tri::No | Tri::DontKnow)) = ans.value {
            topics.push(fill(
                Ui::VisitTopic.get(lang),
                &[
                    ("n", &(n + 1).to_string()),
                    ("topic", content::QUESTION_TOPICS[n].get(lang)),
                    ("answer", content::tri(v).get(lang)),
                ],
            ));
        }
    }
    topics
}

/// Whether `c` is one of the bidirectional embedding, override and isolate controls (U+202A–202E,
/// U+2066–2069). Invisible, they change the order in which the characters after them are shown:
/// "10 mg" written inside a right-to-left override reads "gm 01", and one left open runs on over
/// the rest of its line, past the end of the field it was typed in. The journal note and FHIR
/// leave them out ([`replace_controls`], [`fhir_string`]), so a record shows every character in
/// the order it was typed; the Unicode bidirectional algorithm still sets Arabic or Hebrew text
/// right to left by itself. Left out rather than shown as U+FFFD: pasted right-to-left text often
/// carries them, and a mark for each would clutter it while nothing is lost (the native JSON keeps
/// them). The directional marks (U+200E, U+200F, U+061C) stay: they reorder nothing around them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Text as FHIR's `string` can carry (its pattern `[ \r\n\t\S]+`): line and paragraph
/// separators (U+2028, U+2029) become line breaks, other white space that is not a space, tab
/// or line break (no-break spaces, U+3000, …) becomes a space, a byte order mark or zero-width
/// no-break space (U+FEFF) and the bidirectional controls ([`is_bidi_control`]) are left out, and
/// control characters other than tab and line breaks become U+FFFD. The native JSON keeps the
/// text exactly as typed.
pub fn fhir_string(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' | ' ' => Some(c),
            '\u{2028}' | '\u{2029}' => Some('\n'),
            '\u{feff}' => None,
            c if is_bidi_control(c) => None,
            c if c.is_control() => Some('\u{fffd}'),
            c if c.is_whitespace() => Some(' '),
            c => Some(c),
        })
        .collect()
}

/// Every control character not in `keep` replaced by `replacement`, or left out when that is
/// `None`; the bidirectional controls ([`is_bidi_control`]) always left out. Text as typed may
/// hold any character; plain-text and FHIR outputs may not.
pub fn replace_controls(s: &str, keep: &[char], replacement: Option<char>) -> String {
    s.chars()
        .filter_map(|c| match c {
            c if is_bidi_control(c) => None,
            c if c.is_control() && !keep.contains(&c) => replacement,
            c => Some(c),
        })
        .collect()
}

/// One line of the gap view: what is not in place yet, and the step where it is taken up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GapLine {
    /// What it says.
    pub text: String,
    /// The step its link leads to.
    pub step: Step,
    /// What it asks for, when it is one thing: the link goes to the page that asks it.
    pub row: Option<SummaryRow>,
}

/// The gap view of a consultation, in order: each documentation gap (linked to the step that
/// closes it), then each question the patient did not answer Ja after going through the
/// agreement. A Nej or Vet inte is her answer, not an error: it is said as what it shows there is
/// to talk about, linked to the step behind the question, never to the question to change it.
/// (That the agreement is not marked agreed is said apart, by the caller.)
pub fn gap_lines(a: &Agreement, lang: Language) -> Vec<GapLine> {
    let k = kvitto::kvitto(a);
    let mut lines: Vec<GapLine> = k
        .part_gaps
        .iter()
        .map(|g| GapLine { text: content::gap(*g).get(lang).to_string(), step: g.step(), row: Some(g.row()) })
        .collect();
    // A Nej or a Vet inte is an answer, linked to the step behind its question; the questions
    // not yet answered are one row, not one per question pointing to the same page.
    for q in k.questions.iter() {
        if let Some(answer) = q.patient.filter(|a| *a != Tri::Yes) {
            lines.push(GapLine {
                text: fill(
                    Ui::GapAnswer.get(lang),
                    &[
                        ("answer", content::tri(answer).get(lang)),
                        ("n", &(q.n + 1).to_string()),
                        ("topic", content::QUESTION_FOLLOWUP[q.n].get(lang)),
                    ],
                ),
                step: kvitto::steps_for_question(q.n).first().copied().unwrap_or(Step::Questions),
                row: None,
            });
        }
    }
    let open = k.questions.iter().filter(|q| q.patient.is_none()).count();
    if open > 0 {
        let yes = k.questions.iter().filter(|q| q.patient == Some(Tri::Yes)).count();
        lines.push(GapLine {
            text: fill(Ui::GapQuestionsOpen.get(lang), &[("yes", &yes.to_string()), ("open", &open.to_string())]),
            step: Step::Questions,
            row: None,
        });
    }
    lines
}

/// The mark beside her own words when the screen is in another language than the one she wrote
/// them in (a Swedish consultation of her Arabic preparation): her language and "(skrivet på
/// arabiska)".
pub fn written_in_mark(a: &Agreement, lang: Language) -> Option<(Language, String)> {
    let hers = a.hers_elsewhere()?;
    let name = if lang.words().is_swedish() { hers.info().in_swedish } else { hers.info().name };
    Some((hers, fill(Ui::WrittenIn.get(lang), &[("language", name)])))
}

/// What the record says of the language she filled it in and of the language on screen, when
/// either is not Swedish (the journal note and FHIR stay in Swedish): "Patienten har fyllt i på
/// arabiska. Frågorna visades i projektets egen översättning, inte i SKR:s ordalydelse." A
/// consultation in Swedish continuing her Arabic file says so of the questions before the visit.
/// Lättläst Swedish is said as what it is: the project's lättläst version of SKR's questions.
pub fn language_line(a: &Agreement) -> Option<String> {
    let written = a.written_language();
    let shown = a.language;
    let mut lines = Vec::new();
    if !written.is_swedish() {
        let which = match (shown == written, a.mode) {
            (false, _) => "Frågorna före besöket",
            // In a lättläst consultation care's questions are SKR's words: only hers were not.
            (true, Mode::Consultation) if written.is_version() => "Patientens frågor",
            (true, _) => "Frågorna",
        };
        lines.push(format!(
            "Patienten har fyllt i på {}. {which} visades i {}, inte i SKR:s ordalydelse.",
            written.info().in_swedish,
            questions_as(written)
        ));
    }
    if !shown.is_swedish() && shown != written {
        // In lättläst only her questions are in other words (care's stay SKR's).
        let whose = if shown.is_version() { "patientens frågor" } else { "frågorna" };
        lines.push(format!(
            "Under besöket visades {whose} på {}, i {}, inte i SKR:s ordalydelse.",
            shown.info().in_swedish,
            questions_as(shown)
        ));
    }
    (!lines.is_empty()).then(|| lines.join(" "))
}

/// What the questions on a screen in `lang` (not Swedish) were, for the record: a translation,
/// or (lättläst Swedish, the one version of a language) the project's lättläst version.
pub(crate) fn questions_as(lang: Language) -> &'static str {
    if lang.is_version() {
        "projektets lättlästa version av SKR:s frågor"
    } else {
        "projektets egen översättning"
    }
}
