//! The core of the Patientkontrakt: the agreement and its rules (`domain`), every text the user
//! sees (`content`), the exports for the record (`formats`), the host page's configuration
//! (`config`) and the embedding contract every module and script shares (`contract`). Plain
//! Rust with serde only: it knows nothing of the browser, reads no clock and no random source,
//! so `cargo test` covers all of it.

pub mod config;
pub mod content;
pub mod contract;
pub mod domain;
pub mod formats;
pub mod storage_keys;
