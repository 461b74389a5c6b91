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
//! The modules: [`decode`] (encoding and the offset map), [`tokenize`] (tokens with ranges), [`tree`]
//! (an arena DOM built without recursion), [`blocks`] (text blocks and never-text removals),
//! [`extract`] (main-content scoring), [`meta`] (metadata).

pub mod blocks;
pub mod decode;
pub mod extract;
pub mod meta;
pub mod tokenize;
pub mod tree;

use crate::doc::{Doc, State};
use crate::error::Result;
use crate::rules::{htmlmeta, Ruleset};

/// Decodes a page and turns it into blocks with spans into the page's bytes.
pub fn front_end(
    bytes: &[u8],
    charset: Option<&'static encoding_rs::Encoding>,
    rs: &Ruleset,
) -> Result<(Doc<'static>, &'static str)> {
    let dec = decode::decode_with(bytes, charset);
    let (blocks, removals, metadata) = {
        let tree = tree::parse(&dec.text);
        let (mut hblocks, removals) = blocks::build(&tree, &dec);
        let page_meta = meta::extract(&tree, &dec, rs);
        extract::classify(&tree, &mut hblocks, rs, &page_meta);
        let blocks: Vec<_> = hblocks
            .iter()
            .map(|hb| {
                let mut b = hb.block.clone();
                b.dom = Some(Box::new(blocks::hints(&tree, hb)));
                b
            })
            .collect();
        (blocks, removals, page_meta.metadata)
    };
    let encoding = dec.encoding;
    let replaced = dec.replaced;
    let mut doc = Doc::new(dec.src, blocks);
    doc.replaced = replaced;
    doc.removals = removals;
    doc.metadata = metadata;
    remove_title_heading(&mut doc, rs);
    remove_author_lines(&mut doc, rs);
    remove_author_bio(&mut doc, rs);
    Ok((doc, encoding))
}

/// The body does not repeat the title: the first kept `h1` (or the first kept heading) whose text
/// is the title is removed as `html.title`.
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
        if !b.is_kept() || b.plain.split_whitespace().count() > 8 {
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

/// Words after the author's name that open a biography ("Jane Doe is a staff writer…").
const BIO_VERBS: &[&str] = &[
    "is",
    "was",
    "has",
    "writes",
    "covers",
    "joined",
    "serves",
    "holds",
    "works",
    "lives",
    "leads",
    "specializes",
    "specialises",
    "brings",
    "loves",
    "enjoys",
];
/// Lines that point at the author's other posts: the author's name follows one of these.
const POSTS_BY: &[&str] = &[
    "view all posts by",
    "all posts by",
    "more posts by",
    "posts by",
    "more articles by",
    "articles by",
    "read more from",
    "more from",
    "recent stories by",
    "recent posts by",
    "stories by",
    "see all articles by",
    "about",
];
/// A biography has at most this many words.
const MAX_BIO_WORDS: usize = 120;

/// After the middle of the article, a block that starts with the author's name and a verb of
/// biography, or a link line to the author's other posts, is the author box: `html.author-bio`.
fn remove_author_bio(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&htmlmeta::AUTHOR_BIO) {
        return;
    }
    let Some(author) = doc
        .metadata
        .author
        .as_ref()
        .map(|a| a.value.trim().to_string())
    else {
        return;
    };
    if author.len() < 4 || !author.contains(' ') {
        return;
    }
    let author_norm = norm(&author);
    let total: usize = doc
        .blocks
        .iter()
        .filter(|b| b.is_kept())
        .map(|b| b.plain.len())
        .sum();
    let mut seen = 0usize;
    for b in doc.blocks.iter_mut() {
        if !b.is_kept() {
            continue;
        }
        seen += b.plain.len();
        if seen * 2 < total {
            continue;
        }
        let words = b.plain.split_whitespace().count();
        if words > MAX_BIO_WORDS {
            continue;
        }
        let t = b.plain.trim();
        let bio = t
            .get(..author.len())
            .filter(|head| head.eq_ignore_ascii_case(&author))
            .and_then(|_| t.get(author.len()..))
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|w| {
                let w = w
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                BIO_VERBS.contains(&w.as_str())
            })
            && words >= 5;
        let lower = t.to_lowercase();
        let posts = words <= 10
            && POSTS_BY.iter().any(|p| {
                lower
                    .strip_prefix(p)
                    .is_some_and(|rest| norm(rest) == author_norm)
            });
        if bio || posts {
            b.state = State::Removed {
                rule: &htmlmeta::AUTHOR_BIO,
                detail: None,
                duplicate_of: None,
            };
        }
    }
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}
