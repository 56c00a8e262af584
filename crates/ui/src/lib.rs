//! The Patientkontrakt widget's user interface: the Yew state adapter (`state`), the components
//! (`components`) and everything else that talks to the browser (`web`). The wasm modules that
//! show it (the widget, the follow-up) mount it; the rules and texts come from `pk_core`.

pub mod bridge;
pub mod components;
pub mod context;
pub mod hooks;
pub mod state;
pub mod web;
