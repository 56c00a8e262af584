//! Hard limits that keep every agreement the app can produce small enough to open again.

/// Longest free text (own words, resources, next step, comments), in characters.
pub const LONG_TEXT: usize = 20_000;
/// Longest text in a list row, in characters.
pub const ITEM_TEXT: usize = 2_000;
/// Longest short text (names, ids, dates), in characters.
pub const SHORT_TEXT: usize = 200;
/// Most rows in one list.
pub const LIST_ITEMS: usize = 100;
