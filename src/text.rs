//! Small text predicates shared by the front ends and the rules.

/// Characters that carry no visible text: Unicode whitespace (NBSP included), control characters,
/// and zero-width or format characters (ZWSP, ZWJ, word joiner, BOM, soft hyphen).
/// The accounting invariant treats these as whitespace.
#[inline]
pub fn is_blankish(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{FFFD}')
}

/// True when `s` has no visible character.
pub fn is_blank(s: &str) -> bool {
    if s.is_ascii() {
        return s
            .bytes()
            .all(|b| b.is_ascii_whitespace() || b.is_ascii_control());
    }
    s.chars().all(is_blankish)
}

/// The range of `s` with blankish characters trimmed from both ends, as offsets into `s`.
pub fn trim_range(s: &str) -> (usize, usize) {
    let start = s
        .char_indices()
        .find(|&(_, c)| !is_blankish(c))
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    let end = s[start..]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_blankish(c))
        .map(|(i, c)| start + i + c.len_utf8())
        .unwrap_or(start);
    (start, end)
}

/// Appends `s` to `out` with blankish runs collapsed to one space and invisible characters dropped.
pub fn push_collapsed(out: &mut String, s: &str) {
    let mut pending_space = !out.is_empty() && !out.ends_with(' ');
    for c in s.chars() {
        if is_blankish(c) {
            if c.is_whitespace() || c == '\t' || c == '\n' || c == '\r' {
                pending_space = !out.is_empty();
            }
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
}

/// Collapses blankish runs to a single space and trims.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_collapsed(&mut out, s);
    out
}

/// Number of whitespace-separated words.
pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Ends like a finished sentence: `.`, `!`, `?`, `…`, `:`, or one of those before closing quotes
/// or brackets.
pub fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| {
        is_blankish(c) || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*')
    });
    matches!(
        t.chars().last(),
        Some('.' | '!' | '?' | '…' | ':' | '。' | '！' | '？' | ';')
    )
}

/// True when `s` starts (after opening quotes or a parenthesis) with a lower-case letter.
pub fn starts_lowercase(s: &str) -> bool {
    s.trim_start_matches(['"', '\'', '“', '‘', '(', '«'])
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// True when every word that has letters starts with an upper-case letter or a digit
/// (short function words allowed), as in "Related Posts" or "Pakistan Cyber Force".
pub fn is_title_case(s: &str) -> bool {
    let mut words = 0;
    for w in s.split_whitespace() {
        let Some(first) = w.chars().find(|c| c.is_alphanumeric()) else {
            continue;
        };
        words += 1;
        if first.is_lowercase() && !is_minor_word(w) {
            return false;
        }
    }
    words > 0
}

/// Short words that stay lower-case inside titles.
pub fn is_minor_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "vs"
            | "de"
            | "la"
            | "le"
            | "van"
            | "von"
            | "der"
            | "den"
            | "al"
            | "bin"
            | "du"
            | "da"
            | "di"
            | "del"
            | "y"
            | "e"
            | "und"
            | "et"
    )
}

/// A 64-bit FNV-1a hash, for stable fingerprints and dedup keys (not for security).
pub fn fnv1a(bytes: &[u8], mut h: u64) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_and_trim() {
        assert!(is_blank("\u{a0} \u{200b}\t"));
        assert!(!is_blank(" a "));
        let s = "\u{a0} hi there \u{200b}";
        let (a, b) = trim_range(s);
        assert_eq!(&s[a..b], "hi there");
        assert_eq!(trim_range("   "), (3, 3));
    }

    #[test]
    fn collapse_drops_invisible() {
        assert_eq!(collapse("  a\u{200b}b \u{a0}\n c  "), "ab c");
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("He declined to comment."));
        assert!(ends_sentence("“natural allies.”"));
        assert!(!ends_sentence("In order to explore"));
        assert!(!ends_sentence("The Pakistan Steel Mills,"));
    }

    #[test]
    fn title_case() {
        assert!(is_title_case("Pakistan Cyber Force"));
        assert!(is_title_case("Share on Linkedin"));
        assert!(!is_title_case("In order to explore"));
    }
}
