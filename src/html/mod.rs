//! The HTML front end: a page's bytes become blocks with spans into those bytes, the regions that
//! are not the article are removed with `dom.*` rules, and metadata is read from the markup.
//!
//! # What the offsets mean
//! Every [`ByteSpan`](crate::ByteSpan) of an HTML document is a range of the **original page
//! bytes**, before decoding, whatever the page's encoding. A kept or removed span covers the raw
//! source of text: character references (`&amp;`) are not decoded in it, and the span of a removed
//! region runs from its first to its last text byte, markup in between included. A paragraph's
//! spans are the pieces of text it was built from (text nodes, split where whitespace was
//! collapsed or a character reference decoded).
//!
//! [`Doc::src`] for a page is a string exactly as long as the page's bytes, so that spans index it
//! too: for UTF-8 pages it is the page itself (invalid bytes read as spaces); for other encodings it
//! is a sanitised copy (ASCII as is, other bytes as `?`, control bytes as spaces) that answers only
//! "is there visible text here". Block texts are always decoded text.
//!
//! The modules: [`crate::decode`] (encoding and the offset map), [`tokenize`] (tokens with ranges), [`tree`]
//! (an arena DOM built without recursion), [`blocks`] (text blocks and never-text removals),
//! [`extract`] (main-content scoring), [`meta`] (metadata).

pub mod blocks;
pub mod extract;
pub mod meta;
pub mod tokenize;
pub mod tree;

use crate::doc::{Doc, State};
use crate::error::Result;
use crate::rules::{htmlmeta, Ruleset};
use crate::text::alnum_lower as norm;

/// Decodes a page and turns it into blocks with spans into the page's bytes.
pub fn front_end(
    bytes: &[u8],
    charset: Option<&'static encoding_rs::Encoding>,
    tld: Option<&str>,
    rs: &Ruleset,
    repair_mojibake: bool,
) -> Result<(Doc<'static>, &'static str)> {
    let dec = crate::decode::decode_with(bytes, charset, tld, repair_mojibake);
    let (blocks, removals, metadata, product) = {
        let tree = tree::parse(&dec.text);
        let (mut hblocks, removals) = blocks::build(&tree, &dec);
        let page_meta = meta::extract(&tree, &dec, rs);
        extract::classify(&tree, &mut hblocks, rs, &page_meta);
        let nth = blocks::sibling_positions(&tree);
        let blocks: Vec<_> = hblocks
            .into_iter()
            .map(|hb| {
                let hints = blocks::hints(&tree, &nth, &hb);
                let mut b = hb.block;
                b.dom = Some(Box::new(hints));
                b
            })
            .collect();
        (blocks, removals, page_meta.metadata, page_meta.product)
    };
    let encoding = dec.encoding;
    let replaced = dec.replaced;
    let repaired = dec.repaired;
    let mut doc = Doc::new(dec.src, blocks);
    doc.replaced = replaced;
    doc.repaired = repaired;
    doc.removals = removals;
    doc.metadata = metadata;
    // A product's name heads its page's content as its price and description do: a shop's body
    // keeps it (it is the title too).
    if !product {
        remove_title_heading(&mut doc, rs);
    }
    remove_author_lines(&mut doc, rs);
    if rs.on(&htmlmeta::AUTHOR_BIO) {
        let _ =
            crate::rules::byline::remove_author_bio(&mut doc, &htmlmeta::AUTHOR_BIO, false, true);
    }
    Ok((doc, encoding))
}

/// The body does not repeat the title: the first kept `h1` (or the first kept heading) whose text
/// is the title is removed as `html.title`. Not on a product's page (see [`front_end`]).
fn remove_title_heading(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&htmlmeta::TITLE) {
        return;
    }
    let Some(title) = doc.metadata.title.as_ref().map(|t| norm(&t.value)) else {
        return;
    };
    if title.is_empty() {
        return;
    }
    let found = doc.blocks.iter().position(|b| {
        b.is_kept() && b.dom.as_ref().is_some_and(|d| d.heading.is_some()) && {
            let t = norm(&b.text);
            !t.is_empty() && (t == title || title.starts_with(&t) || t.starts_with(&title))
        }
    });
    if let Some(i) = found {
        doc.blocks[i].state = State::Removed {
            rule: &htmlmeta::TITLE,
            detail: None,
            duplicate_of: None,
        };
    }
}

/// A short block that only names the author (`Jane Doe`, `By Jane Doe`, `Written by Jane Doe`) is
/// the byline, already in the metadata: removed as `html.author`.
fn remove_author_lines(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&htmlmeta::AUTHOR) {
        return;
    }
    let Some(author) = doc.metadata.author.as_ref().map(|a| norm(&a.value)) else {
        return;
    };
    if author.len() < 4 {
        return;
    }
    for b in doc.blocks.iter_mut() {
        if !b.is_kept() || crate::text::word_count(&b.plain) > 8 {
            continue;
        }
        let t = norm(&b.plain);
        let rest = t
            .strip_prefix("writtenby")
            .or_else(|| t.strip_prefix("by"))
            .or_else(|| t.strip_prefix("author"))
            .unwrap_or(&t);
        if t == author || rest == author {
            b.state = State::Removed {
                rule: &htmlmeta::AUTHOR,
                detail: None,
                duplicate_of: None,
            };
        }
    }
}
