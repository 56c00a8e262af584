//! Patientkontrakt: a dialogue-support widget for SKR's shared agreement between patient and care.
//!
//! Dependencies point one way: `components → state → domain ← content`. `storage` and
//! `export` use only the domain's serialisation. `domain` and `content` are plain Rust and
//! are tested on the host with `cargo test`.

pub mod content;
pub mod domain;
