//! Patientkontrakt: a dialogue-support widget for SKR's shared agreement between patient and care.
//!
//! Dependencies point one way: `components → state → domain ← content`, with `formats` (the
//! journal exports) beside the domain. `domain`, `content`, `formats` and `config` are plain
//! Rust, tested on the host with `cargo test`; everything that talks to the browser lives in
//! `web` (host element, storage, export, files, platform), `components` and `state`.
//!
//! The widget (feature `app`, on by default) is one wasm module; the journal exports are a
//! second one (`src/bin/pk-exports.rs`, built without `app`), which the widget loads the first
//! time an export is needed (`web::lazy`), so that a patient's first load does not carry them.

#[cfg(feature = "app")]
pub mod components;
pub mod config;
pub mod content;
pub mod domain;
pub mod formats;
#[cfg(feature = "app")]
pub mod state;
#[cfg(feature = "app")]
pub mod web;

#[cfg(feature = "app")]
pub use web::host::{mount, show_failure, start, HOST_ATTRIBUTE};
