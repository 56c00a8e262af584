//! The unit's follow-up ("Uppföljning för verksamheten", seed 003: the seven questions as a
//! "frågebatteri" that shows "gapet mellan det vi tror att vi gör och det vi faktiskt gör"):
//! many agreement files read together, counted per question and per part. Pure, like the rest of
//! the domain: files come in as bytes, counts go out; nothing is stored. The counts never carry
//! free text, names or personnummer.

use super::envelope::{decode_without_paths, DecodeLimits, ImportError};
use super::kvitto::{kvitto, PartGap};
use super::model::{Agreement, Mode, Perspective, Status, Tri, QUESTION_COUNT};
use super::step::Step;

/// The parts counted as documented, in dialogue order (what matters and the four parts).
pub const PARTS: [Step; 5] = [Step::WhatMatters, Step::Commitments, Step::Planning, Step::Contacts, Step::Schedule];

/// Answers counted per value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TriCounts {
    /// Ja.
    pub yes: usize,
    /// Nej.
    pub no: usize,
    /// Vet inte.
    pub dont_know: usize,
    /// Not answered.
    pub unanswered: usize,
}

impl TriCounts {
    fn add(&mut self, v: Option<Tri>) {
        match v {
            Some(Tri::Yes) => self.yes += 1,
            Some(Tri::No) => self.no += 1,
            Some(Tri::DontKnow) => self.dont_know += 1,
            None => self.unanswered += 1,
        }
    }

    /// All counted.
    pub fn total(&self) -> usize {
        self.yes + self.no + self.dont_know + self.unanswered
    }
}

/// One question: the patients' answers before the visit and after the agreement, and care's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QuestionCounts {
    /// The patients' answers before the visit.
    pub before: TriCounts,
    /// The patients' answers after going through the agreement.
    pub after: TriCounts,
    /// Care's answers (the care-giver version).
    pub professional: TriCounts,
}

impl QuestionCounts {
    /// The counts of one set.
    pub fn of(&self, p: Perspective) -> &TriCounts {
        match p {
            Perspective::Before => &self.before,
            Perspective::Patient => &self.after,
            Perspective::Professional => &self.professional,
        }
    }
}

/// Which agreements to count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// First agreement date to count (`YYYY-MM-DD`), inclusive.
    pub from: Option<String>,
    /// Last agreement date to count, inclusive.
    pub to: Option<String>,
    /// Only this mode.
    pub mode: Option<Mode>,
}

/// What the follow-up shows: counts only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Agreements counted (after the filter).
    pub agreements: usize,
    /// Of those, consultations.
    pub consultations: usize,
    /// Of those, "på plats".
    pub in_place: usize,
    /// Per question, 1 first.
    pub questions: [QuestionCounts; QUESTION_COUNT],
    /// Per part of [`PARTS`]: how many have it documented.
    pub parts: [usize; 5],
}

/// A file that could not be read, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadFile {
    /// The file's name, as the user's system gave it.
    pub name: String,
    /// Why.
    pub error: ImportError,
}

/// The files read so far: agreements (one per id: the latest `updated` wins), the bad files,
/// and how many duplicates were merged.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Followup {
    agreements: Vec<Agreement>,
    /// Files that could not be read, in the order given.
    pub bad: Vec<BadFile>,
    /// Files that were another copy of an agreement already read.
    pub merged: usize,
    /// Files given, good or bad.
    pub files: usize,
}

/// The date an agreement counts under: the date agreed, else the date it was last changed.
pub fn agreement_date(a: &Agreement) -> &str {
    match (&a.status, &a.agreed_by.date) {
        (Status::Agreed, Some(d)) => d,
        _ => a.updated.get(..10).unwrap_or_default(),
    }
}

impl Followup {
    /// Reads one file. A bad file is listed with its reason and skipped; a second copy of an
    /// agreement counts once, the latest `updated` winning.
    pub fn add(&mut self, name: &str, bytes: &[u8]) {
        self.files += 1;
        match decode_without_paths(bytes, DecodeLimits::FILE) {
            Err(error) => self.bad.push(BadFile { name: name.to_string(), error }),
            Ok(a) => self.insert(a),
        }
    }

    /// Adds a file that could not be read at all (the browser refused it).
    pub fn add_unreadable(&mut self, name: &str, error: ImportError) {
        self.files += 1;
        self.bad.push(BadFile { name: name.to_string(), error });
    }

    fn insert(&mut self, a: Agreement) {
        match self.agreements.iter_mut().find(|x| x.id == a.id) {
            Some(existing) => {
                self.merged += 1;
                if super::envelope::instant(&a.updated) > super::envelope::instant(&existing.updated) {
                    *existing = a;
                }
            }
            None => self.agreements.push(a),
        }
    }

    /// Agreements read (after merging duplicates).
    pub fn len(&self) -> usize {
        self.agreements.len()
    }

    /// Whether no agreement was read.
    pub fn is_empty(&self) -> bool {
        self.agreements.is_empty()
    }

    /// The counts for the agreements the filter keeps.
    pub fn counts(&self, filter: &Filter) -> Counts {
        let mut c = Counts::default();
        for a in self.agreements.iter().filter(|a| keeps(filter, a)) {
            c.agreements += 1;
            let k = kvitto(a);
            if a.mode == Mode::Consultation {
                c.consultations += 1;
            }
            if k.in_place {
                c.in_place += 1;
            }
            for (n, q) in c.questions.iter_mut().enumerate() {
                q.before.add(a.answers.before[n].value);
                q.after.add(a.answers.patient[n].value);
                q.professional.add(a.answers.professional[n].value);
            }
            for (i, part) in PARTS.iter().enumerate() {
                if !k.part_gaps.iter().any(|g: &PartGap| g.step() == *part) {
                    c.parts[i] += 1;
                }
            }
        }
        c
    }
}

fn keeps(f: &Filter, a: &Agreement) -> bool {
    let date = agreement_date(a);
    f.mode.is_none_or(|m| m == a.mode)
        && f.from.as_deref().is_none_or(|from| date >= from)
        && f.to.as_deref().is_none_or(|to| date <= to)
}

/// The counts as CSV (semicolon-separated, as Swedish spreadsheets expect), counts only: never
/// free text, names or personnummer.
pub fn csv(c: &Counts) -> String {
    let mut out = String::from("del;fråga;svar;ja;nej;vet inte;ej besvarad\n");
    for (n, q) in c.questions.iter().enumerate() {
        for (set, t) in [("före besöket", &q.before), ("efter genomgången", &q.after), ("vården", &q.professional)]
        {
            out.push_str(&format!("fråga;{};{set};{};{};{};{}\n", n + 1, t.yes, t.no, t.dont_know, t.unanswered));
        }
    }
    out.push_str("\ndel;steg;dokumenterad;ej dokumenterad\n");
    for (i, part) in PARTS.iter().enumerate() {
        out.push_str(&format!("del;{};{};{}\n", part.key(), c.parts[i], c.agreements - c.parts[i]));
    }
    out.push_str(&format!(
        "\nsummering;överenskommelser;{}\nsummering;vårdmöten;{}\nsummering;på plats;{}\n",
        c.agreements, c.consultations, c.in_place
    ));
    out
}
