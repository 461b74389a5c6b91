//! Character sets of collection records. A page or a text is decoded by the cleaner, the HTTP
//! `Content-Type` charset first (see [`crate::Input::charset`]), so its spans stay offsets into the
//! record's body.

use encoding_rs::Encoding;

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
}
