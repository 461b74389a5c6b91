//! # dechaff
//!
//! Strips boilerplate from scraped web pages and text dumps and returns the article body **with
//! provenance**: every kept paragraph carries the byte spans of the input it came from, every
//! removed span carries the rule that removed it, and every non-whitespace byte of the input is
//! accounted for.
//!
//! ```
//! let doc = dechaff::clean("Share\nTweet\n\nThe council approved the budget on Tuesday.\n\n© 2024 All rights reserved | Daily Example");
//! assert_eq!(doc.body, "The council approved the budget on Tuesday.");
//! assert_eq!(doc.removals[0].rule, "share.buttons");
//! assert_eq!(doc.metadata.site_name.unwrap().value, "Daily Example");
//! ```
//!
//! For repeated use, build a [`Cleaner`] once and share it across threads:
//!
//! ```
//! use dechaff::{Cleaner, Input, Preset};
//! let cleaner = Cleaner::builder().preset(Preset::Balanced).disable("nav.run").build()?;
//! let doc = cleaner.clean(Input::text("Hello world, this is a dump.").source("file:a.txt"))?;
//! assert_eq!(doc.paragraphs[0].spans[0].range(), 0..28);
//! # Ok::<(), dechaff::Error>(())
//! ```

// The rules' documentation links the private thresholds it is tuned by (such as `MIN_CARDS`);
// `cargo doc --document-private-items` resolves those links for the developers who read them.
#![allow(rustdoc::private_intra_doc_links)]

pub mod batch;
mod cleaner;
pub mod dates;
pub(crate) mod decode;
mod doc;
mod drop_caps;
mod error;
pub mod eval;
pub mod explain;
mod html;
mod input;
pub mod markdown;
mod model;
mod mojibake;
pub mod rules;
mod segment;
pub mod stages;
pub mod stopwords;
pub mod template;
pub mod text;

pub use cleaner::{Cleaner, CleanerBuilder, InvalidUtf8, Preset};
pub use error::{Error, Result};
pub use input::{sniff_kind, Input};
pub use model::{
    ByteSpan, CleanDoc, InputKind, Layer, MetaField, Metadata, Origin, Paragraph, ParagraphKind,
    Provenance, Removal,
};
pub use rules::{Rule, Tier, RULES};
pub use template::{DocLines, SiteTemplate, TemplateLearner, TemplateOptions, TemplateStats};

use once_cell::sync::Lazy;

static DEFAULT: Lazy<Cleaner> = Lazy::new(Cleaner::default);
static UNLIMITED: Lazy<Cleaner> = Lazy::new(|| {
    Cleaner::builder()
        .max_input_bytes(usize::MAX)
        .max_blocks(usize::MAX)
        .build()
        .unwrap_or_default()
});

/// Cleans a text dump with the default options. A `&str` is valid text whatever its size or
/// content, so this cannot fail.
pub fn clean(text: &str) -> CleanDoc {
    UNLIMITED.clean_text(text)
}

/// Cleans raw bytes of unknown kind (sniffed: HTML or text) with the default options.
pub fn clean_bytes(bytes: &[u8]) -> Result<CleanDoc> {
    DEFAULT.clean(Input::sniff(bytes))
}

/// The README's Rust examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<Cleaner>();
        assert_send_sync::<CleanDoc>();
        assert_send_sync::<Error>();
    }
}
