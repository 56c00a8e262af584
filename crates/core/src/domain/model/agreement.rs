//! The whole Patientkontrakt.

use serde::{Deserialize, Serialize};

use super::super::language::Language;
use super::answers::{Answers, Perspective};
use super::choices::{Mode, Status};
use super::contacts::Contacts;
use super::parts::{AgreedBy, Commitments, Patient, Planning, Relative, WhatMatters};
use super::questions::{question_id, Reworded};
use super::schedule::Schedule;

/// The whole Patientkontrakt. Serialised, it is the body of the native JSON envelope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// Stable id of this agreement (a UUID, made by the caller).
    pub id: String,
    /// When it was created, RFC 3339 UTC.
    pub created: String,
    /// When it was last changed, RFC 3339 UTC.
    pub updated: String,
    /// Prepare or consultation.
    pub mode: Mode,
    /// The language on screen (the one chosen last).
    pub language: Language,
    /// The language the patient filled it in: the language on screen while she prepares, kept
    /// when a consultation continues her file in another language. Absent when not known (a
    /// consultation begun as one, or a file from before version 4 that was not a preparation):
    /// then it is the language on screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_in: Option<Language>,
    /// Draft or agreed.
    pub status: Status,
    /// The patient.
    pub patient: Patient,
    /// Närstående.
    pub relatives: Vec<Relative>,
    /// Vad är viktigt för dig?
    pub what_matters: WhatMatters,
    /// Part 1.
    pub commitments: Commitments,
    /// Part 2.
    pub planning: Planning,
    /// Part 3.
    pub contacts: Contacts,
    /// Part 4.
    pub schedule: Schedule,
    /// The seven questions, both sides.
    pub answers: Answers,
    /// Agreed by.
    pub agreed_by: AgreedBy,
    /// The questions of the seven that the host reworded (region settings), as they were shown
    /// here. Absent from the file when none was: then every question is SKR's own wording.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reworded: Vec<Reworded>,
}

impl Agreement {
    /// A new, empty agreement. The caller supplies id and time: the domain has no clock.
    pub fn new(id: impl Into<String>, now: impl Into<String>, mode: Mode, language: Language) -> Self {
        let now = now.into();
        Agreement {
            id: id.into(),
            created: now.clone(),
            updated: now,
            mode,
            language,
            written_in: (mode == Mode::Prepare).then_some(language),
            status: Status::Draft,
            patient: Patient::default(),
            relatives: Vec::new(),
            what_matters: WhatMatters::default(),
            commitments: Commitments::default(),
            planning: Planning::default(),
            contacts: Contacts::default(),
            schedule: Schedule::default(),
            answers: Answers::default(),
            agreed_by: AgreedBy::default(),
            reworded: Vec::new(),
        }
    }

    /// Question `n` (0-based) of the version `p` answers, if the host reworded it.
    pub fn reworded(&self, p: Perspective, n: usize) -> Option<&Reworded> {
        let id = question_id(p, n);
        self.reworded.iter().find(|r| r.id == id)
    }

    /// The language she filled it in: [`Agreement::written_in`], else the language on screen.
    pub fn written_language(&self) -> Language {
        self.written_in.unwrap_or(self.language)
    }

    /// Her own words are in another language than the screen's: the language they were
    /// written in, for marking them (a consultation in Swedish continuing her Arabic file).
    /// Words typed on a lättläst page are Swedish ([`Language::words`]): on a Swedish screen
    /// they are not marked.
    pub fn hers_elsewhere(&self) -> Option<Language> {
        self.written_in.map(Language::words).filter(|w| *w != self.language.words())
    }

    /// Whether nothing has been written or chosen yet (meta, mode and language aside).
    pub fn is_blank(&self) -> bool {
        self.is_blank_but(|_| {})
    }

    /// Whether nothing has been written or chosen yet beyond what `prefill` puts into a new
    /// agreement (region settings). The wording of the questions is not content: it is what
    /// was asked.
    pub fn is_blank_but(&self, prefill: impl FnOnce(&mut Agreement)) -> bool {
        let mut fresh = Agreement::new(self.id.clone(), self.created.clone(), self.mode, self.language);
        prefill(&mut fresh);
        fresh.reworded = self.reworded.clone();
        fresh.written_in = self.written_in;
        Agreement { updated: self.created.clone(), status: Status::Draft, ..self.clone() } == fresh
    }
}
