//! Thin Yew components, one per file. They receive data and callbacks; every change goes
//! through a domain `Command`. Element ids are the widget's prefix + the domain's stable field
//! keys ([`Ids`]), so error summaries, tests and focus handling all find fields the same way,
//! and several widgets on one page never share an id.

pub mod accept_list;
pub mod app;
pub mod bidi;
pub mod bind;
pub mod commitments;
pub mod confirm;
pub mod contacts;
pub mod dialogue;
pub mod error_summary;
pub mod file_drop;
pub mod followup;
pub mod header;
pub mod hers;
pub mod hint;
pub mod lazy_card;
pub mod lazy_followup;
pub mod list_editor;
pub mod messages;
pub mod notice;
pub mod planning;
pub mod print_view;
pub mod questions;
pub mod radios;
pub mod schedule;
pub mod start;
pub mod summary;
pub mod text_field;
pub mod what_matters;

pub use crate::context::{use_focus_after_change, use_ids, use_lang, Ids, Lang};
pub use bind::{
    bound_flag, bound_text, bound_tri, error_for, import_error_details, label_hint, localized, tri_choices, StepProps,
};
pub use hint::hint_and_error;
