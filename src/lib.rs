//! Patientkontrakt: a dialogue-support widget for SKR's shared agreement between patient and care.
//!
//! Dependencies point one way: `components → state → domain ← content`, with `formats` (the
//! journal exports) beside the domain. `domain`, `content`, `formats` and `config` are plain
//! Rust, tested on the host with `cargo test`; everything that talks to the browser lives in
//! `web` (host element, storage, export, files, platform), `components` and `state`.

pub mod components;
pub mod config;
pub mod content;
pub mod domain;
pub mod formats;
pub mod state;
pub mod web;

pub use web::host::{mount, show_failure, start, HOST_ATTRIBUTE};
