//! What goes into the cleaner: raw bytes or text, with a kind and a source name.

use crate::model::{InputKind, Origin};
use std::borrow::Cow;

/// How the kind of an input is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KindChoice {
    Text,
    Html,
    /// Look at the bytes: markup at the start means HTML.
    Sniff,
}

/// One document to clean. Cheap to build: it borrows the caller's bytes.
#[derive(Debug, Clone)]
pub struct Input<'a> {
    pub(crate) bytes: Cow<'a, [u8]>,
    pub(crate) kind: KindChoice,
    pub(crate) source: Option<String>,
    /// Built from a `&str`: known to be valid UTF-8 text.
    pub(crate) is_str: bool,
    /// Record id and URL, carried into the provenance.
    pub(crate) origin: Option<Origin>,
    /// The site whose learnt template applies (see [`crate::TemplateStats`]).
    pub(crate) site: Option<String>,
    /// The charset declared outside the bytes (an HTTP `Content-Type` header).
    pub(crate) charset: Option<&'static encoding_rs::Encoding>,
}

impl<'a> Input<'a> {
    /// A plain-text dump.
    pub fn text(text: &'a str) -> Self {
        Input {
            bytes: Cow::Borrowed(text.as_bytes()),
            kind: KindChoice::Text,
            source: None,
            is_str: true,
            origin: None,
            site: None,
            charset: None,
        }
    }
    /// Raw bytes of a plain-text dump; invalid UTF-8 is handled per the cleaner's options.
    pub fn text_bytes(bytes: &'a [u8]) -> Self {
        Input {
            bytes: Cow::Borrowed(bytes),
            kind: KindChoice::Text,
            source: None,
            is_str: false,
            origin: None,
            site: None,
            charset: None,
        }
    }
    /// An HTML page as raw bytes (any encoding).
    pub fn html(bytes: &'a [u8]) -> Self {
        Input {
            bytes: Cow::Borrowed(bytes),
            kind: KindChoice::Html,
            source: None,
            is_str: false,
            origin: None,
            site: None,
            charset: None,
        }
    }
    /// Bytes of unknown kind: HTML if they start (after a BOM and whitespace) with markup.
    pub fn sniff(bytes: &'a [u8]) -> Self {
        Input {
            bytes: Cow::Borrowed(bytes),
            kind: KindChoice::Sniff,
            source: None,
            is_str: false,
            origin: None,
            site: None,
            charset: None,
        }
    }
    /// Name the source (a path or URL); it is carried into the provenance.
    pub fn source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }
    /// Where the document was found inside a collection (record id, URL); carried into the
    /// provenance.
    pub fn origin(mut self, origin: Origin) -> Self {
        self.origin = (!origin.is_empty()).then_some(origin);
        self
    }
    /// The site (host, or directory for plain files) this document belongs to, for
    /// [`crate::Cleaner::clean_with`]. Unset, the site is taken from the origin URL's host, or else
    /// from the source: its host when it is a URL, its directory when it is a path.
    pub fn site(mut self, site: impl Into<String>) -> Self {
        self.site = Some(site.into());
        self
    }
    /// The top-level domain of the document's address (its collection's URL, else a source that
    /// is a URL), lower-case, such as `cz`: the encoding detector weighs its guess by it, as
    /// browsers do.
    pub(crate) fn tld(&self) -> Option<String> {
        let url = (self.origin.as_ref())
            .and_then(|o| o.url.as_deref())
            .or(self.source.as_deref())?;
        let host = crate::template::url_host(url)?;
        let (_, last) = host.rsplit_once('.')?;
        (last.len() >= 2 && last.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
            .then(|| last.to_ascii_lowercase())
    }
    /// The site key used for templates (see [`Input::site`]).
    pub fn site_key(&self) -> String {
        if let Some(s) = &self.site {
            return s.clone();
        }
        if let Some(h) = self
            .origin
            .as_ref()
            .and_then(|o| o.url.as_deref())
            .and_then(crate::template::url_host)
        {
            return h;
        }
        match self.source.as_deref() {
            Some(src) => {
                crate::template::url_host(src).unwrap_or_else(|| crate::template::dir_of(src))
            }
            None => String::new(),
        }
    }
    /// The charset declared for these bytes from outside them, as an HTTP `Content-Type` header
    /// does (a label such as `windows-1251`; an unknown label is ignored). For HTML it outranks the
    /// page's `<meta>`, as in browsers; a byte-order mark still wins. A text dump is read in it
    /// unless its bytes are UTF-8 it mislabels (see [`crate::InvalidUtf8::Detect`]). Spans stay
    /// offsets into these bytes.
    pub fn charset(mut self, label: &str) -> Self {
        self.charset = encoding_rs::Encoding::for_label(label.trim().as_bytes());
        self
    }
    /// The raw bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
    /// The kind this input will be cleaned as.
    pub fn resolved_kind(&self) -> InputKind {
        match self.kind {
            KindChoice::Text => InputKind::Text,
            KindChoice::Html => InputKind::Html,
            KindChoice::Sniff => sniff_kind(&self.bytes),
        }
    }
}

/// HTML when the first non-blank bytes (after a UTF-8/UTF-16 BOM) are `<!doctype`, `<html`, `<head`,
/// `<body`, `<meta`, `<?xml`, or `<!--`, or when an `<html` / `<body` tag appears early.
pub fn sniff_kind(bytes: &[u8]) -> InputKind {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let head = &b[start..b.len().min(start + 1024)];
    let lower: Vec<u8> = head.iter().map(|c| c.to_ascii_lowercase()).collect();
    const STARTS: [&[u8]; 7] = [
        b"<!doctype",
        b"<html",
        b"<head",
        b"<body",
        b"<meta",
        b"<?xml",
        b"<!--",
    ];
    if STARTS.iter().any(|s| lower.starts_with(s)) {
        return InputKind::Html;
    }
    if memchr::memmem::find(&lower, b"<html").is_some()
        || memchr::memmem::find(&lower, b"<body").is_some()
    {
        return InputKind::Html;
    }
    InputKind::Text
}
