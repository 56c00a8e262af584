//! Everything that talks to the browser besides the components: the host element, Web Storage,
//! downloads and the clipboard, file reading, and the few platform services (clock, random
//! ids, focus, console). Only this folder, `components/` and `state.rs` may name `web_sys`,
//! `js_sys`, `gloo` or `wasm_bindgen` (`tests/architecture.rs` checks).

pub mod code;
pub mod embed;
pub mod export;
pub mod files;
pub mod lazy;
pub mod platform;
pub mod storage;
pub mod watch;
pub mod wipe;
