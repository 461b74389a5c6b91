//! Character sets of collection records. A page is decoded by the HTML front end, the HTTP
//! `Content-Type` charset first (see [`crate::Input::charset`]), so its spans stay offsets into the
//! record's body. Text mode reads UTF-8 only, so a plain-text body in another charset is
//! transcoded to UTF-8 here, with a BOM in front; `provenance.transcoded_from` then names it.

use encoding_rs::{Encoding, UTF_8};

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

/// A plain-text body as UTF-8: itself when it starts with a BOM, no other charset is declared,
/// or it is already valid UTF-8 in an ASCII-compatible charset (the same text); else transcoded
/// from the declared charset, with a UTF-8 BOM in front. The second value names the charset
/// transcoded from.
pub fn text_to_utf8(
    body: Vec<u8>,
    declared: Option<&'static Encoding>,
) -> (Vec<u8>, Option<String>) {
    if Encoding::for_bom(&body).is_some() {
        return (body, None);
    }
    let Some(enc) = declared.filter(|e| *e != UTF_8) else {
        return (body, None);
    };
    if enc.is_ascii_compatible() && std::str::from_utf8(&body).is_ok() {
        return (body, None);
    }
    let (text, _, _) = enc.decode(&body);
    let mut out = Vec::with_capacity(text.len() + 3);
    out.extend_from_slice(b"\xEF\xBB\xBF");
    out.extend_from_slice(text.as_bytes());
    (out, Some(enc.name().to_string()))
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
        assert_eq!(
            http_charset("text/plain; charset=\"koi8-r\""),
            Some(encoding_rs::KOI8_R)
        );
        assert_eq!(http_charset("text/html"), None);
    }

    #[test]
    fn transcodes_only_when_needed() {
        let latin = b"caf\xE9".to_vec();
        let (out, from) = text_to_utf8(latin, Some(encoding_rs::WINDOWS_1252));
        assert_eq!(from.as_deref(), Some("windows-1252"));
        assert_eq!(out, "\u{FEFF}café".as_bytes());
        let ascii = b"plain".to_vec();
        assert_eq!(
            text_to_utf8(ascii.clone(), Some(encoding_rs::WINDOWS_1252)),
            (ascii, None)
        );
        let utf8 = "café".as_bytes().to_vec();
        assert_eq!(text_to_utf8(utf8.clone(), None), (utf8, None));
    }
}
