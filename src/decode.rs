//! Decoding input to UTF-8 while remembering where each character came from.
//!
//! A page's encoding is chosen the way browsers do, simplified: a byte-order mark, then a
//! `<meta charset>` or `http-equiv="Content-Type"` in the first 4 KiB, then detection
//! (`chardetng`) when the bytes are not valid UTF-8. A declared legacy single-byte encoding is
//! overridden by UTF-8 when the page is valid UTF-8 with non-ASCII bytes (a common mislabel; such
//! bytes are very unlikely to form valid UTF-8 by chance), and so is a legacy multi-byte encoding
//! when the page holds a few characters of valid UTF-8. A text dump's is chosen the same way
//! without the markup ([`text_dump_encoding`]).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use once_cell::sync::Lazy;
use regex::bytes::Regex;

/// A decoded page.
pub struct Decoded {
    /// The text the tokenizer reads.
    pub text: String,
    /// A string exactly as long as the original bytes, so that a [`crate::ByteSpan`] indexes both.
    /// For UTF-8 pages it is the page itself (invalid bytes read as spaces). For other encodings
    /// it is a sanitised copy: ASCII bytes as they are, control bytes as spaces, every other byte
    /// as `?`, which keeps "is there visible text in this span" answerable on original offsets.
    pub src: String,
    /// The WHATWG name of the encoding the page was decoded from.
    pub encoding: &'static str,
    /// Byte ranges of a UTF-8 page that were not valid UTF-8 (read as spaces).
    pub replaced: Vec<crate::ByteSpan>,
    /// Byte ranges of a UTF-8 page's mojibake, read as the characters they first were
    /// ([`crate::mojibake`]).
    pub repaired: Vec<crate::ByteSpan>,
    /// Where each run of repaired characters lies in [`Decoded::text`], in order: a text node's
    /// piece ends before one and the run is a piece of its own, as a character reference is, so
    /// that the pieces around it stay verbatim (and can be cut in part).
    pub repaired_at: Vec<(usize, usize)>,
    /// Where the text's characters came from.
    pub offsets: Offsets,
}

impl Decoded {
    /// The first run of repaired characters at or after text offset `pos`, if any.
    pub fn next_repaired(&self, pos: usize) -> Option<(usize, usize)> {
        let k = self.repaired_at.partition_point(|&(at, _)| at < pos);
        self.repaired_at.get(k).copied()
    }

    /// The original byte offset of a character boundary of [`Decoded::text`].
    #[inline]
    pub fn orig(&self, pos: usize) -> usize {
        self.offsets.orig(pos)
    }
}

/// The original byte offsets of a decoded text's characters.
pub struct Offsets {
    /// Checkpoints `(text offset, original offset)`; `None` when the two are the same.
    map: Option<Vec<(usize, usize)>>,
    text_len: usize,
    original_len: usize,
}

impl Offsets {
    /// Offsets from checkpoints `(text offset, original offset)`, between which text and
    /// original advance together.
    pub(crate) fn from_map(map: Vec<(usize, usize)>, text_len: usize, original_len: usize) -> Self {
        Offsets {
            map: Some(map),
            text_len,
            original_len,
        }
    }

    /// The original byte offset of a character boundary of the decoded text.
    #[inline]
    pub fn orig(&self, pos: usize) -> usize {
        let Some(map) = &self.map else {
            return pos;
        };
        if pos >= self.text_len {
            return self.original_len;
        }
        let i = map.partition_point(|&(t, _)| t <= pos);
        if i == 0 {
            return pos.min(self.original_len);
        }
        let (t, o) = map[i - 1];
        // Between checkpoints, text and original advance together (ASCII).
        let next_o = map.get(i).map(|&(_, o2)| o2).unwrap_or(self.original_len);
        (o + (pos - t)).min(next_o)
    }
}

static META_CHARSET: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r#"(?i-u)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)"#).expect("valid regex")
});

/// The encoding a page declares in its first 4 KiB, if any.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let label = META_CHARSET.captures(head)?.get(1)?.as_bytes();
    let enc = Encoding::for_label(label)?;
    // A page read as bytes cannot declare UTF-16 in ASCII: the spec reads that as UTF-8.
    if enc == UTF_16LE || enc == UTF_16BE {
        return Some(UTF_8);
    }
    Some(enc)
}

/// Decodes a page whose charset may be declared outside it (`hint`, from an HTTP header): a BOM
/// comes first, then the hint, then the page's own declaration, then detection.
/// `tld`, the top-level domain of the page's address (`cz`, `ru`), weighs the detector's guess,
/// as in browsers.
/// `repair_mojibake`: a UTF-8 page's mojibake is repaired ([`crate::mojibake::repair`]).
pub fn decode_with(
    bytes: &[u8],
    hint: Option<&'static Encoding>,
    tld: Option<&str>,
    repair_mojibake: bool,
) -> Decoded {
    let (enc, bom_len) = match Encoding::for_bom(bytes) {
        Some((e, n)) => (e, n),
        None => {
            let utf8_ok = std::str::from_utf8(bytes).is_ok();
            let enc = match hint.or_else(|| declared(bytes)) {
                Some(e) if e != UTF_8 && utf8_ok && !bytes.is_ascii() && mislabel(e, bytes) => {
                    UTF_8
                }
                Some(e) => e,
                None if utf8_ok => UTF_8,
                None => detect(bytes, tld, chardetng::Utf8Detection::Allow),
            };
            (enc, 0)
        }
    };
    if enc == UTF_8 {
        let (src, replaced) = utf8_same_length(bytes);
        if let Some(r) = repair_mojibake
            .then(|| crate::mojibake::repair(&src))
            .flatten()
        {
            return Decoded {
                offsets: Offsets::from_map(r.map, r.text.len(), bytes.len()),
                text: r.text,
                src,
                encoding: UTF_8.name(),
                replaced,
                repaired: r.repaired,
                repaired_at: r.at,
            };
        }
        return Decoded {
            offsets: Offsets {
                map: None,
                text_len: src.len(),
                original_len: bytes.len(),
            },
            text: src.clone(),
            src,
            encoding: UTF_8.name(),
            replaced,
            repaired: Vec::new(),
            repaired_at: Vec::new(),
        };
    }
    decode_mapped(bytes, enc, bom_len)
}

/// Characters of more than one byte that valid UTF-8 bytes declared in a legacy multi-byte
/// encoding (GBK, Big5, Shift_JIS, EUC-KR...) must hold to be read as UTF-8.
const MIN_MISLABELLED_MULTIBYTE_CHARS: usize = 8;

/// Whether valid UTF-8 bytes, not all ASCII, declared in `e` are UTF-8 mislabelled: pages saved
/// as UTF-8 after decoding often keep their original `<meta charset>`. Any such bytes when `e` is
/// single-byte; for a legacy multi-byte encoding, a few characters, whose pairs of bytes would
/// make valid UTF-8 only by a run of chance.
fn mislabel(e: &'static Encoding, bytes: &[u8]) -> bool {
    e.is_single_byte()
        || bytes.iter().filter(|&&b| b >= 0xC0).count() >= MIN_MISLABELLED_MULTIBYTE_CHARS
}

/// UTF-8 bytes as a string of the same length (each invalid byte becomes a space), and the ranges
/// of invalid bytes.
fn utf8_same_length(bytes: &[u8]) -> (String, Vec<crate::ByteSpan>) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), Vec::new()),
        Err(_) => {
            let mut out = String::with_capacity(bytes.len());
            let mut replaced = Vec::new();
            for chunk in bytes.utf8_chunks() {
                out.push_str(chunk.valid());
                let bad = chunk.invalid().len();
                if bad > 0 {
                    replaced.push(crate::ByteSpan::new(out.len(), out.len() + bad));
                    out.extend(std::iter::repeat_n(' ', bad));
                }
            }
            (out, replaced)
        }
    }
}

/// Feeds one byte to `decoder` and appends what it yields to `text`, by way of `out`.
fn decode_byte(
    decoder: &mut encoding_rs::Decoder,
    byte: u8,
    last: bool,
    out: &mut str,
    text: &mut String,
) {
    let src = [byte];
    let mut read = 0;
    loop {
        let (result, n, written, _) = decoder.decode_to_str(&src[read..], out, last);
        text.push_str(&out[..written]);
        read += n;
        if result == encoding_rs::CoderResult::InputEmpty {
            break;
        }
    }
}

/// Decodes a non-UTF-8 page, recording where each character started.
fn decode_mapped(bytes: &[u8], enc: &'static Encoding, bom_len: usize) -> Decoded {
    let (text, offsets) = decode_text_mapped(bytes, enc, bom_len);
    let src: String = bytes
        .iter()
        .map(|&b| match b {
            0x20..=0x7E | b'\n' | b'\r' | b'\t' => b as char,
            0x00..=0x1F | 0x7F => ' ',
            _ => '?',
        })
        .collect();
    Decoded {
        offsets,
        text,
        src,
        encoding: enc.name(),
        replaced: Vec::new(),
        repaired: Vec::new(),
        repaired_at: Vec::new(),
    }
}

/// Decodes a non-UTF-8 text (a text dump, a page's), recording where each character started.
pub(crate) fn decode_text_mapped(
    bytes: &[u8],
    enc: &'static Encoding,
    bom_len: usize,
) -> (String, Offsets) {
    let (text, map) = if enc.is_single_byte() {
        decode_single_byte(bytes, enc, bom_len)
    } else if enc == UTF_16BE || enc == UTF_16LE {
        decode_utf16(bytes, enc == UTF_16BE, bom_len)
    } else {
        decode_per_byte(bytes, enc, bom_len)
    };
    let offsets = Offsets {
        map: Some(map),
        text_len: text.len(),
        original_len: bytes.len(),
    };
    (text, offsets)
}

/// [`decode_mapped`] of a single-byte encoding, in one call rather than one a byte: each byte is
/// one character (an unmapped byte is U+FFFD), so the k-th character came from the k-th byte.
fn decode_single_byte(
    bytes: &[u8],
    enc: &'static Encoding,
    bom_len: usize,
) -> (String, Vec<(usize, usize)>) {
    let body = bytes.get(bom_len..).unwrap_or_default();
    let text = enc.decode_without_bom_handling(body).0.into_owned();
    let mut map: Vec<(usize, usize)> = vec![(0, bom_len)];
    let mut delta: isize = -(bom_len as isize);
    for (k, (at, _)) in text.char_indices().enumerate() {
        let d = at as isize - (bom_len + k) as isize;
        if d != delta {
            map.push((at, bom_len + k));
            delta = d;
        }
    }
    (text, map)
}

/// [`decode_mapped`] of UTF-16, unit by unit: each character starts at its first unit, an
/// unpaired surrogate is U+FFFD from its unit, and a last odd byte is U+FFFD from that byte (the
/// text `encoding_rs` gives). Fed one byte at a time, the decoder writes the U+FFFD of an unpaired
/// surrogate only on the next unit's first byte, which would map that unit's character a byte
/// late.
fn decode_utf16(bytes: &[u8], big_endian: bool, bom_len: usize) -> (String, Vec<(usize, usize)>) {
    let body = bytes.get(bom_len..).unwrap_or_default();
    let units = body.chunks_exact(2).map(|u| {
        if big_endian {
            u16::from_be_bytes([u[0], u[1]])
        } else {
            u16::from_le_bytes([u[0], u[1]])
        }
    });
    let mut text = String::with_capacity(body.len() + body.len() / 2);
    let mut map: Vec<(usize, usize)> = vec![(0, bom_len)];
    let mut delta: isize = -(bom_len as isize);
    let mut at = bom_len;
    let mut push = |text: &mut String, c: char, from: usize, map: &mut Vec<(usize, usize)>| {
        let d = text.len() as isize - from as isize;
        if d != delta {
            map.push((text.len(), from));
            delta = d;
        }
        text.push(c);
    };
    // (A high surrogate left open at the end takes a last odd byte into its U+FFFD.)
    let mut open_high = false;
    for r in char::decode_utf16(units) {
        let (c, len) = match r {
            Ok(c) => (c, 2 * c.len_utf16()),
            Err(_) => ('\u{FFFD}', 2),
        };
        open_high = matches!(r, Err(e) if (0xD800..0xDC00).contains(&e.unpaired_surrogate()));
        push(&mut text, c, at, &mut map);
        at += len;
    }
    if body.len() % 2 == 1 && !(open_high && at == bytes.len() - 1) {
        push(&mut text, '\u{FFFD}', bytes.len() - 1, &mut map);
    }
    (text, map)
}

/// [`decode_mapped`] one byte at a time, for the encodings whose characters take several bytes.
fn decode_per_byte(
    bytes: &[u8],
    enc: &'static Encoding,
    bom_len: usize,
) -> (String, Vec<(usize, usize)>) {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() * 2);
    let mut map: Vec<(usize, usize)> = vec![(0, bom_len)];
    let mut char_start = bom_len;
    let mut delta: isize = -(bom_len as isize);
    // Through a small buffer, not `decode_to_string`: that touches every page of the string's
    // spare capacity on each call, which one call per byte makes quadratic.
    let mut buf = [0u8; 64];
    let out = std::str::from_utf8_mut(&mut buf).expect("zero bytes are UTF-8");
    for i in bom_len..bytes.len() {
        let before = text.len();
        let last = i + 1 == bytes.len();
        decode_byte(&mut decoder, bytes[i], last, out, &mut text);
        if text.len() > before {
            let d = before as isize - char_start as isize;
            if d != delta {
                map.push((before, char_start));
                delta = d;
            }
            // A sequence cut short by an ASCII byte ("\xb2>" in Big5): the decoder writes U+FFFD
            // for the sequence and then that byte's own character, which came from byte `i`.
            let last = text.len() - 1;
            if bytes[i].is_ascii() && last > before && text.as_bytes()[last] == bytes[i] {
                let d = last as isize - i as isize;
                if d != delta {
                    map.push((last, i));
                    delta = d;
                }
            }
            char_start = i + 1;
        }
    }
    if bytes.len() == bom_len {
        let _ = decoder.decode_to_string(&[], &mut text, true);
    }
    (text, map)
}

/// The encoding a text dump is read in, when it is not UTF-8, and the length of its byte-order
/// mark: a UTF-16 BOM's; else the charset declared for it from outside (`hint`, an HTTP header),
/// unless the dump is valid UTF-8 and either pure ASCII or mislabelled ([`mislabel`], as for
/// pages); else, for a dump that is not valid UTF-8, the detector's guess
/// (`chardetng`), unless that is UTF-8 (text with a few bad bytes, which read as spaces).
/// `None`: the dump is read as UTF-8.
/// (`utf8_ok`: the bytes are valid UTF-8, which the caller knows; `tld` as for [`decode_with`].)
pub(crate) fn text_dump_encoding(
    bytes: &[u8],
    hint: Option<&'static Encoding>,
    utf8_ok: bool,
    tld: Option<&str>,
) -> Option<(&'static Encoding, usize)> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return (enc != UTF_8).then_some((enc, bom_len));
    }
    let enc = match hint {
        // UTF-16 without a BOM: Latin text has a NUL in every other byte, which UTF-8 text has
        // none of.
        Some(e) if e == UTF_16LE || e == UTF_16BE => {
            if utf8_ok && !bytes.contains(&0) {
                UTF_8
            } else {
                e
            }
        }
        Some(e) if utf8_ok && (bytes.is_ascii() || mislabel(e, bytes)) => UTF_8,
        Some(e) => e,
        None if utf8_ok => UTF_8,
        None => unlabelled_text_encoding(bytes, tld),
    };
    (enc != UTF_8).then_some((enc, 0))
}

/// The encoding of a text dump that is not valid UTF-8 and declares none. UTF-8 with a few bad
/// bytes (a dump cut inside a character, a stray byte) is UTF-8: its other characters are read
/// as they are. Text in a legacy encoding rarely makes a valid UTF-8 sequence (a third as many
/// as its invalid ones in Shift_JIS, none in Windows-1251): the detector names that encoding.
fn unlabelled_text_encoding(bytes: &[u8], tld: Option<&str>) -> &'static Encoding {
    let (valid, invalid) = valid_and_invalid_sequences(bytes);
    if valid >= 2 * invalid {
        return UTF_8;
    }
    detect(bytes, tld, chardetng::Utf8Detection::Deny)
}

/// The detector's guess (`chardetng`) from the first 64 KiB, weighed by the address's top-level
/// domain.
fn detect(bytes: &[u8], tld: Option<&str>, utf8: chardetng::Utf8Detection) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(&bytes[..bytes.len().min(64 << 10)], bytes.len() <= 64 << 10);
    det.guess(tld.map(str::as_bytes), utf8)
}

/// The characters of more than one byte that `bytes` holds as valid UTF-8, and its invalid
/// sequences.
fn valid_and_invalid_sequences(bytes: &[u8]) -> (usize, usize) {
    let (mut valid, mut invalid) = (0, 0);
    for chunk in bytes.utf8_chunks() {
        // A character of more than one byte has one lead byte, 0xC0 or above.
        valid += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    (valid, invalid)
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&META_CHARSET);
}

#[cfg(test)]
mod tests {
    /// The address's top-level domain weighs the guess for a short text: a pound sign is a
    /// Central European letter to the detector, but not on a British site.
    #[test]
    fn the_top_level_domain_weighs_the_guess() {
        let text = b"Caf\xe9 \xa3 owners agreed to the plan on Monday, the mayor said.";
        let guess = |tld| super::text_dump_encoding(text, None, false, tld).map(|(e, _)| e.name());
        assert_eq!(guess(Some("uk")), Some("windows-1252"));
        assert_eq!(guess(Some("cz")), Some("windows-1250"));
    }

    /// The single-byte path gives the text and offsets the byte-at-a-time path gives.
    #[test]
    fn single_byte_decoding_matches_decoding_byte_by_byte() {
        let mut bytes: Vec<u8> = (0..=255u8).collect();
        bytes.extend(b"caf\xe9 \x80 na\xefve \xff\n".iter());
        for enc in [
            encoding_rs::WINDOWS_1252,
            encoding_rs::WINDOWS_1251,
            encoding_rs::KOI8_R,
            encoding_rs::WINDOWS_874,
        ] {
            for bom_len in [0, 2] {
                let fast = super::decode_single_byte(&bytes, enc, bom_len);
                let slow = super::decode_per_byte(&bytes, enc, bom_len);
                assert_eq!(fast, slow, "{}", enc.name());
            }
        }
    }

    use super::*;

    fn decode(bytes: &[u8]) -> Decoded {
        decode_with(bytes, None, None, true)
    }

    #[test]
    fn a_declared_charset_outranks_meta_but_not_a_bom() {
        let page = b"<meta charset=utf-8><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        let d = decode_with(page, Some(encoding_rs::WINDOWS_1251), None, true);
        assert_eq!(d.encoding, "windows-1251");
        assert!(d.text.contains("Привет"));
        let d = decode_with(
            b"\xEF\xBB\xBF<p>x</p>",
            Some(encoding_rs::WINDOWS_1251),
            None,
            true,
        );
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf8_is_identity() {
        let d = decode("<p>héllo</p>".as_bytes());
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.offsets.map.is_none());
        assert_eq!(d.src.len(), d.text.len());
    }

    #[test]
    fn windows_1251_maps_offsets() {
        let mut page = b"<meta charset=windows-1251><p>".to_vec();
        let start = page.len();
        page.extend_from_slice(&[0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // Привет
        page.extend_from_slice(b" ok</p>");
        let d = decode(&page);
        assert_eq!(d.encoding, "windows-1251");
        let t = d.text.find("Привет").unwrap();
        assert_eq!(d.orig(t), start);
        assert_eq!(d.orig(t + "Привет".len()), start + 6);
        assert_eq!(d.orig(t + "Привет ok".len()), start + 9);
        assert_eq!(d.src.len(), page.len());
    }

    /// A multi-byte sequence cut short by an ASCII byte decodes to U+FFFD and that byte's
    /// character: the character maps back to its own byte, not past it.
    #[test]
    fn a_sequence_cut_short_by_ascii_maps_the_ascii_to_its_byte() {
        let bytes = b"ab\xb2>cd\xb2>e";
        let (text, offsets) = decode_text_mapped(bytes, encoding_rs::BIG5, 0);
        assert_eq!(text, "ab\u{FFFD}>cd\u{FFFD}>e");
        let (first, second) = (text.find('>').unwrap(), text.rfind('>').unwrap());
        assert_eq!(offsets.orig(first), 3);
        assert_eq!(offsets.orig(first + 1), 4);
        assert_eq!(offsets.orig(second), 7);
        assert_eq!(offsets.orig(text.len() - 1), 8);
        assert_eq!(offsets.orig(text.find('\u{FFFD}').unwrap()), 2);
    }

    #[test]
    fn utf16_lone_surrogate_maps_the_next_character_to_its_unit() {
        // A high surrogate with no low one after it: U+FFFD for it, then "A" from its own unit.
        let bytes = [0xD8, 0x00, 0x00, 0x41, 0x00, 0x42];
        let (text, offsets) = decode_text_mapped(&bytes, encoding_rs::UTF_16BE, 0);
        assert_eq!(text, "\u{FFFD}AB");
        assert_eq!(offsets.orig(0), 0);
        assert_eq!(offsets.orig(text.find('A').unwrap()), 2);
        assert_eq!(offsets.orig(text.find('B').unwrap()), 4);
        // A lone low surrogate, and an odd byte at the end.
        let bytes = [0x00, 0x41, 0xDC, 0x00, 0x00, 0x42, 0x00];
        let (text, offsets) = decode_text_mapped(&bytes, encoding_rs::UTF_16BE, 0);
        assert_eq!(offsets.orig(text.find('B').unwrap()), 4);
    }

    /// The unit-by-unit decoding gives the text `encoding_rs` gives, surrogates paired or not.
    #[test]
    fn utf16_decoding_matches_encoding_rs() {
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for n in 0..400 {
            let bytes: Vec<u8> = (0..n % 37)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    // Surrogates' high bytes often, ASCII's zero often.
                    [0xD8, 0xDC, 0x00, 0x41, (seed >> 33) as u8][(seed >> 60) as usize % 5]
                })
                .collect();
            for enc in [encoding_rs::UTF_16BE, encoding_rs::UTF_16LE] {
                let (text, _) = decode_text_mapped(&bytes, enc, 0);
                assert_eq!(
                    text,
                    enc.decode_without_bom_handling(&bytes).0,
                    "{bytes:02x?}"
                );
            }
        }
    }

    #[test]
    fn utf16_bom() {
        let mut page = vec![0xFF, 0xFE];
        for c in "<p>hi</p>".encode_utf16() {
            page.extend_from_slice(&c.to_le_bytes());
        }
        let d = decode(&page);
        assert_eq!(d.encoding, "UTF-16LE");
        assert_eq!(d.text, "<p>hi</p>");
        assert_eq!(d.orig(3), 2 + 6);
        assert_eq!(d.orig(5), 2 + 10);
    }

    #[test]
    fn mislabelled_utf8_stays_utf8() {
        let d = decode("<meta charset=iso-8859-1><p>café</p>".as_bytes());
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf8_mislabelled_as_a_multibyte_charset_stays_utf8() {
        let text = "谷歌在2014年收购的人工智能公司DeepMind开发出一款计算机。";
        let page = format!("<meta charset=gb2312><p>{text}</p>");
        let d = decode(page.as_bytes());
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains(text));
        // The same page in GBK is read in it.
        let (gbk, _, _) = encoding_rs::GBK.encode(&page);
        let d = decode(&gbk);
        assert_eq!(d.encoding, "GBK");
        assert!(d.text.contains(text));
        // A couple of characters of valid UTF-8 do not outweigh the declaration.
        let d = decode("<meta charset=shift_jis><p>caf\u{e9}</p>".as_bytes());
        assert_eq!(d.encoding, "Shift_JIS");
    }

    #[test]
    fn undeclared_legacy_is_detected() {
        let text = "Съешь же ещё этих мягких французских булок, да выпей чаю. ".repeat(5);
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
        let d = decode(&bytes);
        assert_eq!(d.encoding, "windows-1251");
        assert!(d.text.contains("французских"));
    }

    #[test]
    fn a_big_legacy_page_decodes_in_linear_time() {
        // Found by examples/mutate.rs: decoding byte by byte into a string with megabytes of
        // spare capacity took seconds per megabyte (quadratic). A wall-clock limit failed on a
        // busy machine, so this compares two sizes instead: four times the bytes must cost about
        // four times the time (quadratic would be sixteen). Best of three runs each, to shed noise.
        fn page(repeats: usize) -> Vec<u8> {
            let mut page = b"<meta charset=windows-1251><p>".to_vec();
            page.extend(std::iter::repeat_n(*b"\xcf\xf0\xe8 ", repeats).flatten());
            page
        }
        fn best_of_three(page: &[u8]) -> std::time::Duration {
            (0..3)
                .map(|_| {
                    let t = std::time::Instant::now();
                    let d = decode(page);
                    assert_eq!(d.encoding, "windows-1251");
                    assert!(d.text.ends_with("При "));
                    t.elapsed()
                })
                .min()
                .unwrap_or_default()
        }
        let small = best_of_three(&page(1 << 16));
        let big = best_of_three(&page(1 << 18));
        let ratio = big.as_secs_f64() / small.as_secs_f64().max(1e-6);
        assert!(
            ratio < 9.0,
            "4x the bytes took {ratio:.1}x the time ({small:?} -> {big:?})"
        );
    }
}
