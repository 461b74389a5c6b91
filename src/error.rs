//! The one error type of the crate.

/// Errors that stop one document from being cleaned. "No content found" is not an error: it is an
/// `Ok` document with an empty body and its removals.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`crate::CleanerBuilder::max_input_bytes`].
    #[error("input of {size} bytes exceeds the limit of {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    /// The input would make more blocks (lines of a text dump, elements of a page) than
    /// [`crate::CleanerBuilder::max_blocks`]: memory grows with the count of blocks, some hundreds
    /// of bytes each, so a few megabytes of one-letter lines or empty tags could exhaust it.
    #[error("input has at least {blocks} lines or elements, more than the limit of {limit}")]
    TooManyBlocks { blocks: usize, limit: usize },
    /// The bytes look like a binary file (many NUL or control bytes), not text or HTML.
    #[error("input looks binary: {control_bytes} of the first {sampled} bytes are control bytes")]
    Binary {
        control_bytes: usize,
        sampled: usize,
    },
    /// The bytes open with the signature of a compressed, archive, image or other binary format
    /// (gzip, zip, PNG, PDF...): such a file holds no page to clean until it is unpacked.
    #[error("input is a {format} file, not text or HTML")]
    NotText { format: &'static str },
    /// The bytes are not valid UTF-8 and the cleaner was told not to decode them lossily.
    #[error("input is not valid UTF-8 at byte {offset}")]
    InvalidUtf8 { offset: usize },
    /// A rule id given to the builder is unknown.
    #[error("unknown rule id `{0}`")]
    UnknownRule(String),
    /// The HTML front end could not process the page.
    #[error("HTML could not be processed: {0}")]
    Html(String),
}

pub type Result<T> = std::result::Result<T, Error>;
