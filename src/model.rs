//! The output model: what a cleaned document is, and where every byte of the input went.

use serde::{Serialize, Serializer};

/// A half-open range `[start, end)` of byte offsets into the **original input bytes**, before any
/// decoding. For text input that is the UTF-8 text itself (invalid bytes stay where they were; see
/// [`crate::Input`]). For HTML it is the raw page in whatever encoding it came (a windows-1251 or
/// UTF-16 page is indexed by its own bytes, not by the decoded text): a kept span covers raw source
/// text, with character references (`&amp;`) not decoded, and never markup; a removed region's span
/// runs from its first to its last text byte and may include the markup in between; a metadata
/// span covers the attribute value, element text or JSON-LD string the value was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ByteSpan {
    pub start: usize,
    pub end: usize,
}

impl ByteSpan {
    pub const fn new(start: usize, end: usize) -> Self {
        ByteSpan { start, end }
    }
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

impl Serialize for ByteSpan {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

/// The stage of the pipeline a rule belongs to. Layers run in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Layer {
    /// Decoding and invisible characters.
    Normalize,
    /// Blocks from lines; hard-wrapped lines re-joined.
    Segment,
    /// DOM regions of an HTML page that are not the article.
    Dom,
    /// Page chrome: tickers, share buttons, shortcodes, prompts, navigation, debris.
    Chrome,
    /// Statistical classification of text blocks that no named rule covers.
    Text,
    /// Copyright lines, trailing site names, source credits.
    Footer,
    /// Title, byline, date, dateline, categories.
    Metadata,
    /// Repeated paragraphs within a document.
    Dedup,
    /// Lines learnt as a site's template across documents.
    Template,
}

impl Layer {
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Normalize => "normalize",
            Layer::Segment => "segment",
            Layer::Dom => "dom",
            Layer::Chrome => "chrome",
            Layer::Text => "text",
            Layer::Footer => "footer",
            Layer::Metadata => "metadata",
            Layer::Dedup => "dedup",
            Layer::Template => "template",
        }
    }
}

impl std::fmt::Display for Layer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A kept paragraph: its clean text and the input spans it was built from (one per source line
/// when hard-wrapped lines were re-joined).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub text: String,
    pub spans: Vec<ByteSpan>,
    /// What the paragraph is in the page's structure: a heading, a list item, a table row... Read
    /// from the markup of an HTML page; in a text dump a line that a bullet opens ("• ", "- ") is
    /// a list item, a short line with no sentence's end between prose paragraphs a heading (of no
    /// `level`), and the others [`ParagraphKind::Text`] (omitted from the JSON).
    #[serde(skip_serializing_if = "ParagraphKind::is_text")]
    pub kind: ParagraphKind,
    /// A heading's level, 1 to 6.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// Where the paragraph's element is in an HTML page: a path of tag names from `body`, an
    /// element with an `id` written `div#main`, one that follows siblings of its tag written with
    /// its position among them (`p[3]`, the third `p` of its parent); at most a dozen steps, the
    /// outer ones cut as `…>`. None for a text dump.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dom_path: Option<String>,
}

/// What a paragraph is in the structure of an HTML page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// Running text: a `p`, or any other block (always, for a text dump).
    #[default]
    Text,
    /// `h1` to `h6` (the level is [`Paragraph::level`]).
    Heading,
    /// A list item: `li`, `dt`, `dd`, or a paragraph directly inside one.
    ListItem,
    /// A quotation: a block inside `blockquote`.
    Quote,
    /// A line of preformatted text (`pre`), verbatim.
    Code,
    /// A table row, its cells separated by ` | `.
    TableRow,
    /// A caption: `figcaption` or a table's `caption`.
    Caption,
}

impl ParagraphKind {
    pub fn is_text(&self) -> bool {
        *self == ParagraphKind::Text
    }
}

/// A removed span of the input and the rule that removed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removal {
    pub span: ByteSpan,
    /// Stable rule id, such as `share.buttons`.
    pub rule: &'static str,
    pub layer: Layer,
    /// Why the rule removes such spans.
    pub reason: &'static str,
    /// What this particular removal matched, where that helps (for example a similarity score).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// For a duplicate: the index in [`CleanDoc::paragraphs`] of the paragraph it repeats.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<usize>,
    /// For a duplicate: the input span of the copy it repeats, kept or removed (a menu's second
    /// copy repeats a first copy that went as a menu: no paragraph to point at, but a span).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repeats: Option<ByteSpan>,
    /// For a block of an HTML page removed on its own: its element's path, as
    /// [`Paragraph::dom_path`]. (A removed region, such as a whole `nav`, has none.)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dom_path: Option<String>,
}

/// One metadata value found in the input, with where it was found and by which rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MetaField {
    /// The value as found (a title without its site suffix, a date as the page wrote it).
    pub value: String,
    /// Where the value was found: its own bytes where the input writes it as it is (a title
    /// line's head without the site's name, a date inside its line), else the line or element
    /// it was read from (a value tidied, decoded or joined from several places).
    pub span: ByteSpan,
    pub rule: &'static str,
    /// For a date: the day it names, `YYYY-MM-DD` (see [`crate::dates::normalize_date`]); None
    /// when it names no single day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub normalized: Option<String>,
}

/// Metadata found while cleaning. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Metadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<MetaField>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<MetaField>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<MetaField>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_name: Option<MetaField>,
    /// The page's summary of itself, as its markup gives it for search and sharing
    /// (`og:description`, `meta name=description`, the JSON-LD article's `description`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<MetaField>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_credit: Option<MetaField>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dateline: Option<MetaField>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<MetaField>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<MetaField>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<MetaField>,
}

/// What kind of input a document was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    Text,
    Html,
}

impl InputKind {
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::Text => "text",
            InputKind::Html => "html",
        }
    }
}

/// Where a document was found inside a collection: a JSON Lines record or a WARC record.
/// Every field is optional; empty fields are left out of the JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// The record's own id: the `id` of a JSON Lines record, the `WARC-Record-ID` of a WARC record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The page's URL: the `url` of a JSON Lines record, the `WARC-Target-URI` of a WARC record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The HTTP status of a WARC response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// The charset the collection declared for the body (a WARC response's HTTP `Content-Type`,
    /// or UTF-8 for a JSON Lines `html` string). A page is decoded by it, ahead of its `<meta>`,
    /// and a text by it where its bytes allow (see [`crate::InvalidUtf8::Detect`]); their spans
    /// stay offsets into the record's body bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charset: Option<String>,
}

impl Origin {
    pub fn is_empty(&self) -> bool {
        *self == Origin::default()
    }
}

/// Where a document came from and what produced it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Provenance {
    /// The source the caller named (a path, a URL), if any.
    pub source: Option<String>,
    /// Record id and URL when the document came out of a collection (JSON Lines, WARC).
    #[serde(flatten)]
    pub origin: Origin,
    /// `sha256:` and the hex digest of the original input bytes.
    pub digest: String,
    pub kind: InputKind,
    /// The character encoding the input was decoded from.
    pub encoding: &'static str,
    pub crate_version: &'static str,
    /// A digest of the enabled rules (ids, layers, reasons) and the options that change output.
    pub ruleset_fingerprint: String,
    /// Number of bytes in the original input.
    pub input_bytes: usize,
    /// Byte ranges that were not valid in the input's encoding; they were decoded as spaces
    /// (offsets do not move), so they hold no text and lie in no span.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub replaced: Vec<ByteSpan>,
    /// Byte ranges of a text dump's mojibake (UTF-8 once read as Windows-1252 and saved again:
    /// "â€™" for "’"), each read as the one character it first was (see
    /// [`crate::CleanerBuilder::repair_mojibake`]): one range per run of sequences that touch,
    /// split where a span starts or ends, so that each lies in one span (kept or removed), as
    /// any text does, but for those that stand for a space (a garbled non-breaking space, "Â"),
    /// which are blank.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub repaired: Vec<ByteSpan>,
}

/// A cleaned document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CleanDoc {
    pub title: Option<String>,
    /// The clean text: paragraphs joined by a blank line.
    pub body: String,
    pub paragraphs: Vec<Paragraph>,
    /// Every removed span, in input order.
    #[serde(rename = "removed")]
    pub removals: Vec<Removal>,
    pub metadata: Metadata,
    pub provenance: Provenance,
}

impl CleanDoc {
    /// The whole document as one line of JSON (the `--json` output).
    pub fn to_json(&self) -> String {
        // Serialising plain structs of strings and numbers cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The document as Markdown (the `--markdown` output): see [`crate::markdown::to_markdown`].
    pub fn to_markdown(&self) -> String {
        crate::markdown::to_markdown(self)
    }

    /// The number of removals per rule id, sorted by id.
    pub fn removal_counts(&self) -> Vec<(&'static str, usize)> {
        let mut counts: std::collections::BTreeMap<&'static str, usize> = Default::default();
        for r in &self.removals {
            *counts.entry(r.rule).or_default() += 1;
        }
        counts.into_iter().collect()
    }
}
