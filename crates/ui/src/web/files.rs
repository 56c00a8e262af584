//! Reading a file the user chose (file picker or drag and drop). The size is checked before
//! anything is read, so an absurdly large file costs nothing. A file not of the agreement's
//! shape is refused with the place of the error, which the exports module finds.

use gloo_file::callbacks::FileReader;
use yew::Callback;

use super::lazy;
use pk_core::domain::envelope::{decode_without_paths, DecodeLimits, ImportError, FILE_LIMIT_BYTES};
use pk_core::domain::Agreement;

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
    Some(gloo_file::callbacks::read_as_bytes(&file, move |result| match result {
        Ok(bytes) => decode(bytes, done),
        Err(_) => done.emit(Err(ImportError::Unreadable)),
    }))
}

/// Decodes an opened file's bytes (or a hand-off code's) with the file decoder and its limits;
/// the result goes to `done`.
pub fn decode(bytes: Vec<u8>, done: Callback<Result<Agreement, ImportError>>) {
    match decode_without_paths(&bytes, DecodeLimits::FILE) {
        // Not of the agreement's shape: the exports module says where (a moment later);
        // without it, the error without the place.
        Err(ImportError::Shape) => wasm_bindgen_futures::spawn_local(async move {
            let placed = lazy::import_error(&bytes).await;
            done.emit(Err(placed.unwrap_or(ImportError::Shape)));
        }),
        decoded => done.emit(decoded),
    }
}
