//! The app's hooks: autosave, carrying out what the session asks for (effects), the embedding
//! (the host's calls and the `pk-…` events), and the language on screen.

pub mod autosave;
pub mod effects;
pub mod embedding;
pub mod language;
pub mod lifecycle;
pub mod link;
pub mod read_aloud;
