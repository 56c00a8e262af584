//! Where a value is stored, and how it is set: assigned only when different, the change told.

/// Where a text field's value is stored: free text as a `String` ("" when not given), dates and
/// times as an `Option<String>` (`null` when not given).
pub(super) trait Slot {
    fn get(&self) -> &str;
    fn set(&mut self, value: String) -> bool;
}

impl Slot for String {
    fn get(&self) -> &str {
        self
    }
    fn set(&mut self, value: String) -> bool {
        assign(self, value)
    }
}

impl Slot for Option<String> {
    fn get(&self) -> &str {
        self.as_deref().unwrap_or("")
    }
    fn set(&mut self, value: String) -> bool {
        let value = if value.trim().is_empty() { None } else { Some(value) };
        assign(self, value)
    }
}

/// Assigns `value` when it differs from what `slot` holds; tells whether it did. The one
/// "assign if different, report the change" of the domain: text fields, checkboxes and every
/// action that sets a place go through it.
pub(crate) fn assign<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}
