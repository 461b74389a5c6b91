//! Why one document of a batch produced no clean document: the `error` of its record.

use serde::Serialize;

/// The kind of a document's failure, as written in its error record (`"kind"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be opened or read.
    Io,
    /// A gzip stream is corrupt or truncated.
    Gzip,
    /// The document is larger than the per-document limit.
    TooLarge,
    /// The bytes look like a binary file.
    Binary,
    /// The bytes are not UTF-8 and the cleaner rejects such input.
    InvalidUtf8,
    /// The HTML front end could not process the page.
    Html,
    /// A JSON Lines record is not valid JSON or has neither `html` nor `text`.
    Json,
    /// A WARC record is malformed.
    Warc,
    /// A bug in dechaff: cleaning the document panicked. The batch goes on.
    Internal,
    /// Any other failure.
    Other,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Io => "io",
            ErrorKind::Gzip => "gzip",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::Binary => "binary",
            ErrorKind::InvalidUtf8 => "invalid_utf8",
            ErrorKind::Html => "html",
            ErrorKind::Json => "json",
            ErrorKind::Warc => "warc",
            ErrorKind::Internal => "internal",
            ErrorKind::Other => "other",
        }
    }
}

/// A document's failure: a kind and a message for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BatchError {
    pub kind: ErrorKind,
    pub message: String,
}

impl BatchError {
    pub fn new(kind: ErrorKind, message: String) -> Self {
        BatchError { kind, message }
    }
    pub(crate) fn io(e: std::io::Error) -> Self {
        BatchError::new(ErrorKind::Io, e.to_string())
    }
    /// An error while reading a gzip stream: corrupt data, or a truncated member.
    pub(crate) fn gzip(e: std::io::Error) -> Self {
        use std::io::ErrorKind as K;
        match e.kind() {
            K::InvalidData | K::InvalidInput | K::UnexpectedEof | K::Other => {
                BatchError::new(ErrorKind::Gzip, format!("corrupt gzip data: {e}"))
            }
            _ => BatchError::io(e),
        }
    }
    pub(crate) fn too_large(size: u64, limit: usize) -> Self {
        BatchError::new(
            ErrorKind::TooLarge,
            format!("document of {size} bytes exceeds the limit of {limit} bytes"),
        )
    }
}

impl From<crate::Error> for BatchError {
    fn from(e: crate::Error) -> Self {
        let kind = match &e {
            crate::Error::TooLarge { .. } | crate::Error::TooManyBlocks { .. } => {
                ErrorKind::TooLarge
            }
            crate::Error::Binary { .. } | crate::Error::NotText { .. } => ErrorKind::Binary,
            crate::Error::InvalidUtf8 { .. } => ErrorKind::InvalidUtf8,
            crate::Error::Html(_) => ErrorKind::Html,
            _ => ErrorKind::Other,
        };
        BatchError::new(kind, e.to_string())
    }
}

impl std::fmt::Display for BatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.as_str(), self.message)
    }
}
