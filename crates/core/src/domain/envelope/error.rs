//! Why a document could not be read.

/// Why a document could not be read. Words for each live in `content`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is empty (or only white space).
    Empty,
    /// Larger than the limit.
    TooLarge {
        /// Size of the input.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// Not valid UTF-8 text.
    InvalidUtf8 {
        /// Byte offset of the first bad byte.
        offset: usize,
    },
    /// Not JSON.
    NotJson {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// JSON that stops before it ends.
    Truncated,
    /// Nested deeper than any agreement is.
    TooDeep,
    /// More values (and keys) than any agreement has; the read stopped there.
    TooManyValues {
        /// The most allowed.
        limit: usize,
    },
    /// An object with the same key twice: which of the two counts is not clear.
    DuplicateKey {
        /// The key (cut at 60 characters, with "…", if longer).
        key: String,
        /// 1-based line where the second one was read.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// JSON, but not a Patientkontrakt (no or another `format`).
    Foreign,
    /// A Patientkontrakt without a usable `version`.
    VersionMissing,
    /// Made by a newer version of the app.
    NewerVersion {
        /// Version in the file.
        found: u64,
    },
    /// A version this app does not know how to migrate.
    UnknownOldVersion {
        /// Version in the file.
        found: u64,
    },
    /// A required key is missing.
    MissingField {
        /// Where (`schedule.next_time.mode`).
        path: String,
    },
    /// A key this format does not have.
    UnknownField {
        /// Where.
        path: String,
    },
    /// A value of the wrong type (text where a list should be, …).
    WrongType {
        /// Where.
        path: String,
    },
    /// A value outside the allowed set, or a list of the wrong length.
    InvalidValue {
        /// Where.
        path: String,
    },
    /// A text longer than the field holds.
    TextTooLong {
        /// Where.
        path: String,
        /// Most characters allowed.
        limit: usize,
    },
    /// A list with more rows than allowed.
    TooManyRows {
        /// Where.
        path: String,
        /// Most rows allowed.
        limit: usize,
    },
    /// The browser could not read the file at all.
    Unreadable,
    /// `id`, `created` or `updated` is not of the right form.
    BadMeta {
        /// Which key.
        path: String,
    },
    /// Not of the agreement's shape (a key missing or unknown, a value of the wrong type or not
    /// allowed), said without where: what `decode_without_paths` gives for any of
    /// `MissingField`, `UnknownField`, `WrongType` and `InvalidValue`.
    Shape,
}

impl ImportError {
    /// One of the errors `decode` gives with the place in the document and
    /// `decode_without_paths` as [`ImportError::Shape`].
    pub fn is_shape(&self) -> bool {
        matches!(
            self,
            ImportError::MissingField { .. }
                | ImportError::UnknownField { .. }
                | ImportError::WrongType { .. }
                | ImportError::InvalidValue { .. }
                | ImportError::Shape
        )
    }

    /// A shape error with its place as one line, `missing_field\tschedule.next_time.mode`: how
    /// the exports module hands it to the widget (a derived serde reader would cost the widget
    /// more than the place tracking it replaces). `None` for any other error.
    pub fn to_place(&self) -> Option<String> {
        let (kind, path) = match self {
            ImportError::MissingField { path } => ("missing_field", path),
            ImportError::UnknownField { path } => ("unknown_field", path),
            ImportError::WrongType { path } => ("wrong_type", path),
            ImportError::InvalidValue { path } => ("invalid_value", path),
            _ => return None,
        };
        Some(format!("{kind}\t{path}"))
    }

    /// Reads [`ImportError::to_place`]'s line back.
    pub fn from_place(line: &str) -> Option<ImportError> {
        let (kind, path) = line.split_once('\t')?;
        let path = path.to_string();
        Some(match kind {
            "missing_field" => ImportError::MissingField { path },
            "unknown_field" => ImportError::UnknownField { path },
            "wrong_type" => ImportError::WrongType { path },
            "invalid_value" => ImportError::InvalidValue { path },
            _ => return None,
        })
    }
}
