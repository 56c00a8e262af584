//! Reading a file the user chose (file picker or drag and drop). The size is checked before
//! anything is read, so an absurdly large file costs nothing.

use gloo_file::callbacks::FileReader;
use yew::Callback;

use crate::domain::envelope::{decode, DecodeLimits, ImportError, FILE_LIMIT_BYTES};
use crate::domain::Agreement;

/// Reads and decodes `file`; the result goes to `done`. Keep the returned reader alive until
/// then (dropping it cancels the read). `None` when the result was given at once.
pub fn open(file: web_sys::File, done: Callback<Result<Agreement, ImportError>>) -> Option<FileReader> {
    let file = gloo_file::File::from(file);
    let size = file.size();
    if size > FILE_LIMIT_BYTES as u64 {
        let bytes = usize::try_from(size).unwrap_or(usize::MAX);
        done.emit(Err(ImportError::TooLarge { bytes, limit: FILE_LIMIT_BYTES }));
        return None;
    }
    Some(gloo_file::callbacks::read_as_bytes(&file, move |result| {
        done.emit(match result {
            Ok(bytes) => decode(&bytes, DecodeLimits::FILE),
            Err(_) => Err(ImportError::Unreadable),
        })
    }))
}
