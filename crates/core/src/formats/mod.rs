//! Outputs for the journal, derived from the agreement: a FHIR R4 Bundle and a plain-text
//! journal note. Pure like the domain (no browser crates; `tests/architecture.rs` checks),
//! but they use `content` for their Swedish words, so they sit beside the domain, not in it.

pub mod fhir;
pub mod handoff;
pub mod ics;
pub mod journal;
pub mod text;
