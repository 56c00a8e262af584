//! Stable names for every editable place in the agreement: actions, validation errors,
//! content labels and element ids all refer to fields through these.
//!
//! Each field is declared once, in one of the tables of this folder ([`TextField`], [`ListId`], the
//! [`Row`] types, [`ChoiceField`]); a row there gives the field's stable key, its place in the
//! agreement (which is its JSON path, since serde keys are the Rust field names), the step it
//! is edited on, its length limit and how it is typed in. Adding a text field means one row in
//! `text_fields!`, its words in `content::fields`, and its place in its step's component.
//!
//! The tables: `text.rs` ([`TextField`]), `item.rs` ([`ItemField`] and the [`Row`] types),
//! `list.rs` ([`ListId`]); beside them the radio groups (`choice.rs`), the checkboxes
//! (`flag.rs`), any place ([`FieldRef`], `field_ref.rs`), the two next times ([`TimeSlot`],
//! `time_slot.rs`), the limits (`limits.rs`) and how a value is set (`slot.rs`).

mod choice;
mod field_ref;
mod flag;
mod item;
pub mod limits;
mod list;
mod slot;
mod text;
mod time_slot;

pub use choice::{Choice, ChoiceField};
pub use field_ref::FieldRef;
pub use flag::FlagField;
pub use item::{ItemField, Row};
pub use list::ListId;
pub(crate) use slot::assign;
pub use text::{InputKind, TextField};
pub use time_slot::TimeSlot;
