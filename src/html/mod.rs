//! The HTML front end (placeholder until the DOM front end lands): a page becomes blocks.

use crate::doc::Doc;
use crate::error::{Error, Result};
use crate::rules::Ruleset;

/// Decodes a page and turns it into blocks with spans into the page's bytes.
pub fn front_end(_bytes: &[u8], _rs: &Ruleset) -> Result<(Doc<'static>, &'static str)> {
    Err(Error::Html("the HTML front end is not built yet".into()))
}
