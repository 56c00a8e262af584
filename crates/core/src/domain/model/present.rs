//! How a key that must be present is read.

use serde::Deserialize;

/// Reads an `Option` whose key must be present (as `null` when empty). Without this, serde
/// treats a missing key as `None`, and the importer would accept documents the schema refuses.
pub(super) fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d)
}
