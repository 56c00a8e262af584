//! The widget's own wasm module: finding the host elements and mounting the app into them
//! (`host`), and the element's JavaScript API (`api`). The journal exports (`pk-exports`) and the
//! follow-up (`pk-followup`) are wasm modules of their own, loaded when first needed, so that a
//! patient's first load does not carry them.

pub mod api;
pub mod host;

pub use host::{mount, show_failure, start, HOST_ATTRIBUTE};
