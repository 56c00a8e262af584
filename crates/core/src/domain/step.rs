//! The steps of the dialogue: which page is shown, their order and their stable keys.

/// A page of the guided dialogue. `Start` is not counted in "Steg N av 7".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// Mode, language, resume or open a file.
    Start,
    /// Vad är viktigt för dig?
    WhatMatters,
    /// Part 1: Vad gör du och vad gör vården?
    Commitments,
    /// Part 2: Sammanhållen planering.
    Planning,
    /// Part 3: Fast vårdkontakt och kontaktvägar.
    Contacts,
    /// Part 4: Nästa steg och överenskommen tid.
    Schedule,
    /// The seven questions.
    Questions,
    /// Check answers, gaps, kvitto, agreed by, exports.
    Summary,
}

impl Step {
    /// The numbered steps, in order (both modes walk the same steps; prepare shows fewer fields).
    pub const NUMBERED: [Step; 7] = [
        Step::WhatMatters,
        Step::Commitments,
        Step::Planning,
        Step::Contacts,
        Step::Schedule,
        Step::Questions,
        Step::Summary,
    ];

    /// 1-based position among the numbered steps; `None` for `Start`.
    pub fn number(self) -> Option<usize> {
        Step::NUMBERED.iter().position(|s| *s == self).map(|i| i + 1)
    }

    /// The step after this one; `None` after the summary.
    pub fn next(self) -> Option<Step> {
        match self {
            Step::Start => Some(Step::WhatMatters),
            s => s.number().and_then(|n| Step::NUMBERED.get(n).copied()),
        }
    }

    /// The step before this one; `None` on the start page.
    pub fn prev(self) -> Option<Step> {
        match self.number() {
            None => None,
            Some(1) => Some(Step::Start),
            Some(n) => Step::NUMBERED.get(n - 2).copied(),
        }
    }

    /// Stable id, for element ids, URLs fragments and content keys.
    pub fn key(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::WhatMatters => "what-matters",
            Step::Commitments => "commitments",
            Step::Planning => "planning",
            Step::Contacts => "contacts",
            Step::Schedule => "schedule",
            Step::Questions => "questions",
            Step::Summary => "summary",
        }
    }

    /// Inverse of [`Step::key`].
    pub fn from_key(key: &str) -> Option<Step> {
        std::iter::once(Step::Start).chain(Step::NUMBERED).find(|s| s.key() == key)
    }
}
