//! Character sets of collection records: the HTTP `Content-Type` charset, else the page's
//! `<meta>` charset. A body in another charset than UTF-8 is transcoded to UTF-8 with a BOM in
//! front (a BOM outranks any `<meta>` in the HTML encoding rules, so the front end reads the
//! transcoded bytes as UTF-8).

use encoding_rs::{Encoding, UTF_8};
use once_cell::sync::Lazy;
use regex::bytes::Regex;

/// How far into a page a `<meta>` charset is looked for (the HTML standard's prescan length).
const META_PRESCAN: usize = 1024;

static META_CHARSET: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r#"(?i-u)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)"#).expect("valid pattern")
});

/// The `charset` parameter of a `Content-Type` header value.
pub fn http_charset(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (k, v) = param.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| Encoding::for_label(v.trim().trim_matches(['"', '\'']).as_bytes()))
            .flatten()
    })
}

/// The charset a page declares in a `<meta>` near its start.
pub fn meta_charset(page: &[u8]) -> Option<&'static Encoding> {
    let head = &page[..page.len().min(META_PRESCAN)];
    let label = META_CHARSET.captures(head)?.get(1)?;
    Encoding::for_label(label.as_bytes())
}

/// Bytes the cleaner reads as UTF-8: `body` itself when it is valid UTF-8, starts with a BOM, or
/// no other charset is declared; else `body` transcoded from the declared charset (HTTP first,
/// then `<meta>`, as the HTML standard orders them), with a UTF-8 BOM in front. The second value
/// names the charset transcoded from.
pub fn to_utf8(
    body: Vec<u8>,
    http: Option<&'static Encoding>,
    is_html: bool,
) -> (Vec<u8>, Option<String>) {
    if Encoding::for_bom(&body).is_some() {
        return (body, None);
    }
    let declared = http.or_else(|| is_html.then(|| meta_charset(&body)).flatten());
    let Some(enc) = declared.filter(|e| *e != UTF_8) else {
        return (body, None);
    };
    if std::str::from_utf8(&body).is_ok() && (is_html || enc.is_ascii_compatible()) {
        // Pure ASCII (or already UTF-8) is the same text in any ASCII-compatible charset; keep
        // the raw bytes so that spans point into the record itself. A page whose `<meta>` names
        // another charset still needs the BOM, or the front end would follow the `<meta>`.
        if !is_html || meta_charset(&body).is_none_or(|m| m == UTF_8) {
            return (body, None);
        }
    }
    let (text, _, _) = enc.decode(&body);
    let mut out = Vec::with_capacity(text.len() + 3);
    out.extend_from_slice(b"\xEF\xBB\xBF");
    out.extend_from_slice(text.as_bytes());
    (out, Some(enc.name().to_string()))
}

/// A page that arrives already decoded (a JSON Lines `html` string): when its `<meta>` names a
/// charset other than UTF-8, a BOM is put in front so that the front end does not decode the
/// UTF-8 bytes a second time. The second value names the `<meta>` charset overridden.
pub fn decoded_html(html: String) -> (Vec<u8>, Option<String>) {
    match meta_charset(html.as_bytes()).filter(|e| *e != UTF_8) {
        Some(enc) if !html.starts_with('\u{FEFF}') => {
            let mut out = Vec::with_capacity(html.len() + 3);
            out.extend_from_slice(b"\xEF\xBB\xBF");
            out.extend_from_slice(html.as_bytes());
            (out, Some(enc.name().to_string()))
        }
        _ => (html.into_bytes(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_declared_charsets() {
        assert_eq!(
            http_charset("text/html; charset=ISO-8859-1"),
            Some(encoding_rs::WINDOWS_1252)
        );
        assert_eq!(http_charset("text/html"), None);
        assert_eq!(
            meta_charset(b"<html><head><meta charset=\"Shift_JIS\">"),
            Some(encoding_rs::SHIFT_JIS)
        );
        assert_eq!(
            meta_charset(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
            ),
            Some(encoding_rs::KOI8_R)
        );
    }

    #[test]
    fn transcodes_only_when_needed() {
        let latin = b"<p>caf\xE9</p>".to_vec();
        let (out, from) = to_utf8(latin, Some(encoding_rs::WINDOWS_1252), true);
        assert_eq!(from.as_deref(), Some("windows-1252"));
        assert_eq!(out, "\u{FEFF}<p>café</p>".as_bytes());
        let ascii = b"<p>plain</p>".to_vec();
        let (out, from) = to_utf8(ascii.clone(), Some(encoding_rs::WINDOWS_1252), true);
        assert_eq!((out, from), (ascii, None));
        let utf8 = "<p>café</p>".as_bytes().to_vec();
        assert_eq!(to_utf8(utf8.clone(), None, true), (utf8, None));
    }

    #[test]
    fn decoded_pages_keep_their_text() {
        let (out, from) = decoded_html("<meta charset=latin1><p>café</p>".into());
        assert!(out.starts_with(b"\xEF\xBB\xBF<meta"));
        assert_eq!(from.as_deref(), Some("windows-1252"));
        let (out, from) = decoded_html("<p>café</p>".into());
        assert_eq!((out.as_slice(), from), ("<p>café</p>".as_bytes(), None));
    }
}
