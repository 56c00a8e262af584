//! What the tree tests share.

/// Every crate of the workspace (the `members` of the root `Cargo.toml`; `architecture.rs`
/// checks the two agree), by its folder.
pub const CRATES: [&str; 9] = [
    "crates/core",
    "crates/ui",
    "crates/widget",
    "crates/exports",
    "crates/followup",
    "crates/code",
    "crates/scan",
    "crates/panel",
    "tools",
];
