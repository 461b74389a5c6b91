//! Small text predicates shared by the front ends and the rules.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

/// Characters that carry no visible text: Unicode whitespace (NBSP included), control characters,
/// and zero-width or format characters (ZWSP, ZWJ, word joiner, BOM, soft hyphen, the marks,
/// embeddings and isolates of bidirectional text).
/// The accounting invariant treats these as whitespace.
#[inline]
pub fn is_blankish(c: char) -> bool {
    if c.is_ascii() {
        return c <= ' ' || c == '\x7f';
    }
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | '\u{FFFD}')
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

/// Is all of `t` outside `ranges` (sorted, non-overlapping byte ranges on character boundaries)
/// blank: would cutting them leave nothing?
pub fn is_blank_outside(t: &str, ranges: &[(usize, usize)]) -> bool {
    let mut last = 0;
    for &(a, z) in ranges {
        if !is_blank(t.get(last..a).unwrap_or_default()) {
            return false;
        }
        last = z;
    }
    is_blank(t.get(last..).unwrap_or_default())
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
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A run of visible ASCII, with single spaces between visible characters, is copied at once.
        let end = visible_run_end(bytes, i);
        let run = end - i;
        if run > 0 {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push_str(&s[i..i + run]);
            i += run;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if is_blankish(c) {
            if c.is_whitespace() {
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

/// The end of the run of visible ASCII starting at `i`, with single spaces between visible
/// characters (`i` itself when `bytes[i]` is not visible ASCII). Eight bytes at a time: byte `j`
/// of a chunk belongs to the run when it is visible, or a space before a visible byte.
#[inline]
fn visible_run_end(bytes: &[u8], i: usize) -> usize {
    let (vis, space) = (swar_visible, swar_space);
    let visible = |b: u8| b > b' ' && b < 0x7f;
    if !bytes.get(i).is_some_and(|&b| visible(b)) {
        return i;
    }
    let mut end = i + 1;
    loop {
        if let (Some(a), Some(b)) = (bytes.get(end..end + 8), bytes.get(end + 1..end + 9)) {
            let x = u64::from_le_bytes(a.try_into().unwrap_or([0; 8]));
            let y = u64::from_le_bytes(b.try_into().unwrap_or([0; 8]));
            if vis(x) | (space(x) & vis(y)) == HIGH_BITS {
                end += 8;
                continue;
            }
        }
        match bytes.get(end) {
            Some(&b)
                if visible(b) || (b == b' ' && bytes.get(end + 1).is_some_and(|&n| visible(n))) =>
            {
                end += 1
            }
            _ => return end,
        }
    }
}

/// `s.trim_matches(is_blankish)`, without decoding a character when `s` starts and ends with
/// visible ASCII, as nearly every line does (a block's plain text always does). That test is
/// inlined where it is called; the trim is not.
#[inline(always)]
pub fn trim_blankish(s: &str) -> &str {
    let visible = |b: u8| b > b' ' && b < 0x7f;
    match s.as_bytes() {
        [f, .., l] | [f @ l] if visible(*f) && visible(*l) => s,
        _ => trim_blankish_slow(s),
    }
}

#[inline(never)]
fn trim_blankish_slow(s: &str) -> &str {
    s.trim_matches(is_blankish)
}

/// The first half of a line that says the same words twice ("Manage consent Manage consent",
/// "Enter your email for 15% off. Enter your email for 15% off."): a label rendered twice, for
/// the screen and for screen readers, or a button's text and its title. Other lines as they are.
/// The line rules judge a label by its half. A half holds two words at least.
pub fn undoubled(t: &str) -> &str {
    let b = t.as_bytes();
    let half = b.len() / 2;
    // Two words at least a half: "Bora Bora" and "Walla Walla" are names.
    if b.len() < 7
        || b.len() % 2 == 0
        || b[half] != b' '
        || b[..half] != b[half + 1..]
        || memchr::memchr(b' ', &b[..half]).is_none()
    {
        return t;
    }
    // (Equal halves around an ASCII space: the middle is a character boundary.)
    &t[..half]
}

/// `s.trim()`, without decoding a character when `s` starts and ends with an ASCII byte above
/// the space (never whitespace).
#[inline]
pub fn trim_ws(s: &str) -> &str {
    let solid = |b: u8| b > b' ' && b < 0x80;
    match s.as_bytes() {
        [f, .., l] | [f @ l] if solid(*f) && solid(*l) => s,
        _ => trim_ws_full(s),
    }
}

/// `s.trim()`, out of the callers of [`trim_ws`]: most texts they trim are a block's plain text,
/// trimmed already, and the full trim inlined beside the test made their code heavier.
#[inline(never)]
fn trim_ws_full(s: &str) -> &str {
    s.trim()
}

/// Collapses blankish runs to a single space and trims.
pub fn collapse(s: &str) -> String {
    collapse_cow(s).into_owned()
}

/// [`collapse`], borrowing `s` when it is collapsed already.
pub fn collapse_cow(s: &str) -> std::borrow::Cow<'_, str> {
    // Most lines are printable ASCII with single spaces and no space at either end: taken as
    // they are, once a vectorised test has found nothing to collapse.
    if is_collapsed_ascii(s.as_bytes()) || is_collapsed_other(s) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    push_collapsed(&mut out, s);
    std::borrow::Cow::Owned(out)
}

/// Whether [`collapse_cow`] borrows `s` (it is collapsed already), for an `s` whose first
/// `clean` bytes are printable ASCII with no space before a space, up to and including byte
/// `clean` (the text front end's scan of its lines found them so): only the rest is looked at.
pub(crate) fn is_collapsed_after(s: &str, clean: usize) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // (A pair of bytes across `clean` is no pair of spaces, and the rest's first byte is
    // tested as the first of its text.)
    is_collapsed_other(s.get(clean..).unwrap_or(s))
}

/// Printable ASCII with single spaces between visible characters and none at either end: text
/// that [`push_collapsed`] copies as it is. Tested without a branch per byte, 16 bytes at a
/// time in vector code ([`any_window`]; the run scan of `push_collapsed` goes eight bytes at a
/// time).
fn is_collapsed_ascii(b: &[u8]) -> bool {
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return true;
    };
    if first == b' ' || last == b' ' {
        return false;
    }
    // A short line is padded with a letter, which is neither of what the windows look for.
    !any_window(b, b'a', uncollapsed_window)
}

/// Text with characters that are not ASCII, none of them blankish, and otherwise what
/// [`is_collapsed_ascii`] passes: [`push_collapsed`] copies it as it is, as it copies visible
/// ASCII (a single space before a visible character is put back where it was). Only characters
/// starting with `C2`, `E1`, `E2`, `E3` or `EF` may be blankish (U+0080-U+00BF, U+1680,
/// U+2000-U+2069, U+3000, U+FEFF, U+FFFD): those are decoded, found by vector searches for their
/// first bytes.
#[inline(never)]
fn is_collapsed_other(s: &str) -> bool {
    let b = s.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return true;
    };
    if first == b' ' || last == b' ' {
        return false;
    }
    // ASCII control characters and two spaces in a row; bytes above 0x7F pass here.
    let ascii_bad = |w: &[u8; 17]| {
        let control = |c: u8| u8::from(c < b' ') | u8::from(c == 0x7f);
        let mut bad = 0u8;
        for j in 0..16 {
            let (c, n) = (w[j], w[j + 1]);
            bad |= control(c) | control(n) | (u8::from(c == b' ') & u8::from(n == b' '));
        }
        bad != 0
    };
    if any_window(b, b'a', ascii_bad) {
        return false;
    }
    // Every character starting with one of those bytes, in any order (vector searches).
    let blankish_at = |i: usize| {
        s.get(i..)
            .and_then(|r| r.chars().next())
            .is_none_or(is_blankish)
    };
    !(memchr::memchr3_iter(0xC2, 0xE2, 0xEF, b).any(blankish_at)
        || memchr::memchr2_iter(0xE1, 0xE3, b).any(blankish_at))
}

/// Whether a window of [`any_window`] holds a byte outside printable ASCII (as a signed byte,
/// every byte above 0x7F is below the space) or two spaces in a row.
#[inline(always)]
fn uncollapsed_window(w: &[u8; 17]) -> bool {
    let outside = |c: u8| u8::from((c as i8) < b' ' as i8) | u8::from(c == 0x7f);
    let mut bad = 0u8;
    for j in 0..16 {
        let (c, n) = (w[j], w[j + 1]);
        bad |= outside(c) | outside(n) | (u8::from(c == b' ') & u8::from(n == b' '));
    }
    bad != 0
}

/// Number of whitespace-separated words (the count `split_whitespace` gives, without decoding
/// every character: only the lead bytes of multi-byte whitespace are decoded). Eight ASCII bytes
/// are counted at once: a word starts at each byte that is not whitespace after one that is.
pub fn word_count(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut n = 0;
    let mut in_space = true;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes[i..].first_chunk::<8>() {
            let x = u64::from_le_bytes(*chunk);
            if x & HIGH_BITS == 0 {
                let space = swar_ascii_whitespace(x);
                let after_space = space << 8 | u64::from(in_space) << 7;
                n += high_bits_set(!space & after_space & HIGH_BITS);
                in_space = space >> 63 == 1;
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let (space, len) = if b < 0x80 {
            (matches!(b, b'\t'..=b'\r' | b' '), 1)
        } else if matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
            // Every non-ASCII whitespace character starts with one of these bytes.
            let c = s[i..].chars().next().unwrap_or('x');
            (c.is_whitespace(), c.len_utf8())
        } else {
            (false, 1)
        };
        n += (in_space && !space) as usize;
        in_space = space;
        i += len;
    }
    n
}

/// [`word_count`] of text that [`collapse`] made (a block's `plain`): its only whitespace is
/// single spaces between words, none at either end, so its spaces plus one are its words (none
/// for an empty text). Counted in parts of 255 bytes, each into one byte: a sum the compiler makes
/// vector code of, 16 bytes a step. Rules count every kept line's words, in each round.
pub fn collapsed_word_count(s: &str) -> usize {
    let b = s.as_bytes();
    if b.is_empty() {
        return 0;
    }
    let spaces: usize = b
        .chunks(255)
        .map(|part| {
            let n = part
                .iter()
                .fold(0u8, |n, &c| n.wrapping_add(u8::from(c == b' ')));
            usize::from(n)
        })
        .sum();
    1 + spaces
}

/// Whether text that [`collapse`] made has more than `n` words ([`collapsed_word_count`]), that
/// is `n` spaces or more: counted 64 bytes a step and stopped once known, so that a long
/// paragraph is read only as far as its first words.
pub fn collapsed_more_words_than(s: &str, n: usize) -> bool {
    let b = s.as_bytes();
    // More than `n` words take `n` spaces and a byte of each word.
    if n == 0 || b.len() < 2 * n + 1 {
        return !b.is_empty() && n == 0;
    }
    let mut spaces = 0usize;
    for part in b.chunks(64) {
        let k = part
            .iter()
            .fold(0u8, |k, &c| k.wrapping_add(u8::from(c == b' ')));
        spaces += usize::from(k);
        if spaces >= n {
            return true;
        }
    }
    false
}

/// True when `s` certainly has more than `n` words of [`word_count`]: it has more than `n`
/// spaces before a visible ASCII character, each of which starts a word. A quick count that
/// the compiler vectorises, to skip slower tests of lines that a word limit rules out anyway;
/// `false` says nothing.
pub fn surely_more_words(s: &str, n: usize) -> bool {
    more_starts_than(s, n, swar_visible, |c| c > b' ' && c < 0x7f)
}

/// True when `s` certainly has more than `n` words of [`for_each_word`]: more than `n` spaces
/// right before an ASCII letter or digit, each of which starts a word. Eight bytes at a time;
/// `false` says nothing.
pub(crate) fn surely_more_word_runs(s: &str, n: usize) -> bool {
    more_starts_than(s, n, ascii_alnum_bits, |c| c.is_ascii_alphanumeric())
}

/// More than `n` spaces right before a byte that `starts` accepts: eight bytes at a time
/// (`starts_bits` marks such bytes of a word by their high bits), the tail byte by byte.
#[inline(always)]
fn more_starts_than(
    s: &str,
    n: usize,
    starts_bits: impl Fn(u64) -> u64,
    starts: impl Fn(u8) -> bool,
) -> bool {
    let b = s.as_bytes();
    // Each start counted is a space and a byte that is none, so two counted spaces are at least
    // two bytes apart: more than `n` of them take `2n + 2` bytes. Shorter lines, most of them,
    // are not read.
    if b.len() < 2 * n + 2 {
        return false;
    }
    let mut count = 0usize;
    let mut i = 0;
    // The spaces of `x` before a starting byte of `y` (the bytes after).
    while let (Some(a), Some(c)) = (b.get(i..i + 8), b.get(i + 1..i + 9)) {
        let x = u64::from_le_bytes(a.try_into().unwrap_or([0; 8]));
        let y = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        count += high_bits_set(swar_space(x) & starts_bits(y));
        if count > n {
            return true;
        }
        i += 8;
    }
    for w in b.get(i..).unwrap_or_default().windows(2) {
        count += usize::from(w[0] == b' ' && starts(w[1]));
    }
    count > n
}

/// Whether `b` holds an ASCII digit: 16 bytes at a time in vector code ([`any_window`]; a zero
/// pads a short slice, and is no digit).
pub fn has_ascii_digit(b: &[u8]) -> bool {
    any_window(b, 0, |w| {
        let mut hit = 0u8;
        for &c in w {
            hit |= u8::from(c.wrapping_sub(b'0') < 10);
        }
        hit != 0
    })
}

/// The high bit of each of eight bytes that is at least `c` (`v`'s high bits clear; `c` at most
/// 0x80): adding `0x80 - c` sets a byte's high bit exactly then, and never carries.
#[inline]
fn swar_at_least(v: u64, c: u8) -> u64 {
    (v + (0x80 - c as u64) * 0x0101_0101_0101_0101) & HIGH_BITS
}

/// The high bit of each of eight bytes that is visible ASCII (0x21..=0x7E).
#[inline]
fn swar_visible(x: u64) -> u64 {
    let y = x & !HIGH_BITS;
    swar_at_least(y, 0x21) & !swar_at_least(y, 0x7f) & !x & HIGH_BITS
}

/// The high bit of each of eight ASCII bytes (high bits clear) that is ASCII whitespace: tab to
/// carriage return, or space.
#[inline]
fn swar_ascii_whitespace(x: u64) -> u64 {
    let tab_to_cr = swar_at_least(x, b'\t') & !swar_at_least(x, b'\r' + 1);
    let space = swar_at_least(x, b' ') & !swar_at_least(x, b' ' + 1);
    tab_to_cr | space
}

/// The high bit of each of eight bytes that is a space.
#[inline]
fn swar_space(x: u64) -> u64 {
    let y = x & !HIGH_BITS;
    swar_at_least(y, 0x20) & !swar_at_least(y, 0x21) & !x & HIGH_BITS
}

/// Letters from the most to the least frequent in English text.
const BY_FREQUENCY: &[u8; 26] = b"etaoinshrdlcumwfgypbvkjxqz";

/// The rarity of each byte for [`contains_ascii_ci`]: a letter's place in [`BY_FREQUENCY`] (in
/// either case); other bytes count as rarer than any letter.
const RARITY: [u8; 256] = {
    let mut t = [26u8; 256];
    let mut i = 0;
    while i < BY_FREQUENCY.len() {
        let l = BY_FREQUENCY[i];
        t[l as usize] = i as u8;
        t[l.to_ascii_uppercase() as usize] = i as u8;
        i += 1;
    }
    t
};

/// Does `hay` contain the ASCII `needle` in any case? Without allocating: a look-up for both
/// cases of the needle's rarest byte (by the letter frequencies of English text), then a compare
/// of the bytes around it.
pub fn contains_ascii_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    // A table rather than a search of the letters: the rarity was worked out anew for each call,
    // on every line, and cost more than the look-up it guides.
    let Some(k) = (0..n.len()).max_by_key(|&i| RARITY[usize::from(n[i])]) else {
        return true;
    };
    if h.len() < n.len() {
        return false;
    }
    // Two bytes of the needle in a row, around its rarest, are looked for first in vector code
    // ([`any_window`]): most haystacks hold no such pair and are ruled out in a few steps. Setting
    // bit 0x20 folds a letter's cases together, and leaves bytes equal that were equal.
    if let Some(pair) = n
        .get(k.min(n.len().saturating_sub(2))..)
        .and_then(|r| r.first_chunk::<2>())
    {
        let (a, b) = (pair[0] | 0x20, pair[1] | 0x20);
        let pair_in_window = |w: &[u8; 17]| {
            let mut hit = 0u8;
            for j in 0..16 {
                hit |= u8::from(w[j] | 0x20 == a) & u8::from(w[j + 1] | 0x20 == b);
            }
            hit != 0
        };
        if !any_window(h, 0, pair_in_window) {
            return false;
        }
    }
    let c = n[k];
    memchr::memchr2_iter(c.to_ascii_lowercase(), c.to_ascii_uppercase(), h).any(|i| {
        i >= k && h.len() - (i - k) >= n.len() && h[i - k..i - k + n.len()].eq_ignore_ascii_case(n)
    })
}

/// [`contains_ascii_ci`] by a vector search for the needle's byte `k` (a letter rare in the
/// haystacks asked), in either case, and a compare around each one found: cheaper than the pair
/// windows over the whole haystack when that byte is rare in it.
pub(crate) fn contains_ascii_ci_by(hay: &str, needle: &str, k: usize) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&c) = n.get(k) else {
        return contains_ascii_ci(hay, needle);
    };
    memchr::memchr2_iter(c.to_ascii_lowercase(), c.to_ascii_uppercase(), h).any(|i| {
        i >= k
            && h.get(i - k..i - k + n.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(n))
    })
}

/// Whether `s` has at least `n` words, stopping as soon as it knows.
/// [`has_words`], with the characters of scripts written without spaces counted two to a word
/// (as [`crate::stopwords::Counts::effective_words`] counts them): a Chinese paragraph is one
/// "word" between spaces.
pub(crate) fn has_effective_words(s: &str, n: usize) -> bool {
    has_words(s, n)
        || (!s.is_ascii()
            && s.chars()
                .filter(|&c| is_unspaced_script(c))
                .nth(2 * n - 1)
                .is_some())
}

pub fn has_words(s: &str, n: usize) -> bool {
    if n == 0 {
        return true;
    }
    // Words counted a byte at a time while the text is ASCII, without decoding characters; a
    // word that starts after ASCII whitespace (or at the start) starts there in any case.
    let mut words = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        if !b.is_ascii() {
            return s.split_whitespace().nth(n - 1).is_some();
        }
        // The ASCII characters `char::is_whitespace` holds: tab to carriage return, and space.
        let space = matches!(b, b' ' | b'\t'..=b'\r');
        if !space && !in_word {
            words += 1;
            if words == n {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// A fast, stable 64-bit hash of bytes (the same in every run and on every machine), for dedup
/// keys and fingerprints; not for security.
pub fn hash64(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ v).wrapping_mul(K);
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h.rotate_left(5) ^ u64::from_le_bytes(tail)).wrapping_mul(K);
    // Final avalanche (from splitmix64) so that similar inputs spread over all bits.
    h ^= h >> 30;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94D0_49BB_1331_11EB);
    h ^ (h >> 31)
}

/// Ends like a finished sentence: `.`, `!`, `?`, `…`, `:`, or one of those before closing quotes
/// or brackets, or before a reference to a note ("...of their capital. 1", "...poor. \[6\]"). The
/// full stops of other scripts count too: Chinese and Japanese (`。`), Devanagari (`।`, `॥`),
/// Urdu (`۔`), Ethiopic (`።`), Burmese (`။`) and Armenian (`։`).
#[inline]
pub fn ends_sentence(s: &str) -> bool {
    // Most lines end with a letter or a stop: told here, in the caller's code, without a call
    // (rules ask it of the same lines stage after stage). A figure, a closing quote or bracket,
    // a space or a character of other scripts is for [`ends_sentence_full`].
    match s.as_bytes().last() {
        Some(&l)
            if l > b' '
                && l < 0x7f
                && !matches!(l, b'"' | b'\'' | b')' | b']' | b'*' | b'0'..=b'9') =>
        {
            matches!(l, b'.' | b'!' | b'?' | b':' | b';')
        }
        _ => ends_sentence_full(s),
    }
}

/// [`ends_sentence`] tested in full: for the lines its inlined test of the last byte leaves (a
/// figure, a closer, a blank or a character of other scripts last), out of the callers' code.
#[inline(never)]
fn ends_sentence_full(s: &str) -> bool {
    // A last byte of visible ASCII that is no closing quote or bracket is the last character:
    // nothing to trim.
    if let Some(&l) = s.as_bytes().last() {
        if l > b' ' && l < 0x7f && !matches!(l, b'"' | b'\'' | b')' | b']' | b'*') {
            return matches!(l, b'.' | b'!' | b'?' | b':' | b';')
                || (l.is_ascii_digit() && ends_sentence_before_note(s));
        }
    }
    let t = s.trim_end_matches(|c: char| {
        is_blankish(c) || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*')
    });
    t.chars().last().is_some_and(|c| SENTENCE_ENDS.contains(&c))
        || ends_sentence_before_note(s.trim_end_matches(is_blankish))
}

/// The characters that end a sentence ([`ends_sentence`]).
const SENTENCE_ENDS: [char; 15] = [
    '.', '!', '?', '…', ':', ';', '。', '！', '？', '।', '॥', '۔', '።', '။', '։',
];

/// A sentence's end, a space at most, then a reference to a note: one to three figures, bare
/// ("capital. 1", "income. 15") or in brackets ("poor. \[6\]", "risk.\[3\]\[4\]"). The
/// sentence's last word is a word of letters (no abbreviation), a number or a closing
/// parenthesis, and a bare note stands apart, so that a figure with decimals ("GPA: 3.7"), a
/// price or an abbreviation with its figure ("No. 1") is no sentence with its note.
fn ends_sentence_before_note(s: &str) -> bool {
    let b = s.as_bytes();
    let mut end = b.len();
    // The references: "[n]" groups, or one bare number.
    let bracketed = b.last() == Some(&b']');
    loop {
        let mut k = end;
        if bracketed {
            if k == 0 || b[k - 1] != b']' {
                break;
            }
            k -= 1;
        }
        let digits_end = k;
        while k > 0 && b[k - 1].is_ascii_digit() {
            k -= 1;
        }
        if k == digits_end || digits_end - k > 3 {
            return false;
        }
        if bracketed {
            if k == 0 || b[k - 1] != b'[' {
                return false;
            }
            k -= 1;
        }
        end = k;
        if !bracketed {
            break;
        }
    }
    if end == b.len() {
        return false;
    }
    // A bare number is apart from the sentence by a space (else it is a figure's decimals).
    let before = match s[..end].strip_suffix(' ') {
        Some(b) => b,
        None if bracketed => &s[..end],
        None => return false,
    };
    let punct = before.trim_end_matches(['"', '”', '’', '\'']);
    if !matches!(punct.as_bytes().last(), Some(b'.' | b'!' | b'?')) {
        return false;
    }
    let sentence = &punct[..punct.len() - 1];
    let last_word = sentence.rsplit(' ').next().unwrap_or_default();
    sentence.ends_with(')')
        || (!last_word.is_empty() && last_word.bytes().all(|b| b.is_ascii_digit()))
        || (sentence.chars().last().is_some_and(char::is_alphabetic)
            && !ABBREVIATIONS_BEFORE_FIGURES
                .iter()
                .any(|a| last_word.eq_ignore_ascii_case(a)))
}

/// Abbreviations that a figure follows ("No. 1", "ext. 2", "Vol. 3", "p. 44"): no sentence
/// ends with them.
const ABBREVIATIONS_BEFORE_FIGURES: &[&str] = &[
    "no", "nos", "nr", "vol", "vols", "fig", "figs", "ext", "p", "pp", "pg", "ch", "chap", "sec",
    "art", "op", "ed", "eq", "ref", "ver", "v", "tel", "ph", "pt", "st", "ep", "iss",
];

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
    if s.is_ascii() {
        return is_title_case_ascii(s);
    }
    is_title_case_decoded(s)
}

/// [`is_title_case`] without its ASCII path: the words split and their characters decoded.
fn is_title_case_decoded(s: &str) -> bool {
    let mut words = 0;
    for w in s.split_whitespace() {
        let Some(first) = w.chars().find(|c| is_alphanumeric(*c)) else {
            continue;
        };
        words += 1;
        if first.is_lowercase() && !is_minor_word(w) {
            return false;
        }
    }
    words > 0
}

/// [`is_title_case`] on an ASCII line, by bytes: `split_whitespace` and the `char` tests decode
/// every character, and nearly every line is ASCII.
fn is_title_case_ascii(s: &str) -> bool {
    // `char::is_whitespace` on ASCII: tab to carriage return (with the vertical tab) and space.
    let is_space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
    let b = s.as_bytes();
    let mut words = 0;
    let mut at = 0;
    while at < b.len() {
        if is_space(b[at]) {
            at += 1;
            continue;
        }
        let start = at;
        while at < b.len() && !is_space(b[at]) {
            at += 1;
        }
        let w = b.get(start..at).unwrap_or_default();
        let Some(&first) = w.iter().find(|c| c.is_ascii_alphanumeric()) else {
            continue;
        };
        words += 1;
        if first.is_ascii_lowercase() && !is_minor_word(s.get(start..at).unwrap_or_default()) {
            return false;
        }
    }
    words > 0
}

/// Short words that stay lower-case inside titles.
pub fn is_minor_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !is_alphanumeric(c));
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

/// Calls `each(word, ascii)` for every word of `text`: [`for_each_word_head`] without the
/// words' first bytes.
#[inline]
pub(crate) fn for_each_word(text: &str, mut each: impl FnMut(&str, bool)) -> u32 {
    for_each_word_head(text, |w, ascii, _| each(w, ascii))
}

/// The ASCII bytes other than letters and digits, by value: one look-up where the word loop
/// meets a byte between words.
static NOT_IN_WORDS: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        t[b] = !(b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Calls `each(word, ascii, head)` for every word of `text` (a maximal run of letters and
/// digits), in order; `ascii` tells a word of ASCII letters and digits only, which callers handle
/// without decoding, and `head` is such a word's first eight bytes as a little-endian number
/// ([`load_le`] of them, zeros past the word's end; 0 for other words): read once while finding
/// the word's end, so that short words need no second load. Returns how many characters of
/// `text` are in scripts written without spaces (CJK, Thai...), which count words by characters
/// instead.
///
/// One load of eight bytes at a time finds where the next word starts and, most often, where it
/// ends; the byte after an ASCII word is skipped unread (it is ASCII and no letter or digit), so
/// that a word after one space is found with a single load. A word that meets a byte that is not
/// ASCII takes [`word_step`], the loop as it was before (kept in the tests as the reference).
#[inline]
pub(crate) fn for_each_word_head(text: &str, mut each: impl FnMut(&str, bool, u64)) -> u32 {
    for_each_word_at(text, |start, end, ascii, head| {
        each(text.get(start..end).unwrap_or(""), ascii, head)
    })
}

/// [`for_each_word_head`] giving each word's place in `text` (`start..end`) rather than the word:
/// a caller that reads an ASCII word's bytes needs no check that its ends are character
/// boundaries. The loop is [`for_each_word_inline`]'s, whose counters stay in registers.
#[inline]
pub(crate) fn for_each_word_at(text: &str, each: impl FnMut(usize, usize, bool, u64)) -> u32 {
    for_each_word_inline(text, each)
}

/// One step of [`for_each_word_head`] from `i` (a character boundary): the bytes between words
/// up to the next word, which is passed to `each`, and the character that ends it when that is
/// not ASCII. Returns where the next step starts.
#[inline(never)]
fn word_step(
    text: &str,
    mut i: usize,
    each: &mut impl FnMut(usize, usize, bool, u64),
    unspaced: &mut u32,
) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() && NOT_IN_WORDS[usize::from(bytes[i])] {
        i += 1;
    }
    if i >= bytes.len() {
        return i;
    }
    let start = i;
    let head;
    if let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let stop = !ascii_alnum_bits(x) & HIGH_BITS;
        if stop != 0 {
            let n = (stop.trailing_zeros() / 8) as usize;
            i += n;
            // The bytes before the first non-word byte (n < 8; n = 0 leaves nothing).
            head = x & ((1u64 << (8 * n)) - 1);
        } else {
            i = ascii_word_end(bytes, i + 8);
            head = x;
        }
    } else {
        i = ascii_word_end(bytes, i);
        head = load_le(&bytes[start..i.min(start + 8)]);
    }
    let ascii = i == bytes.len() || bytes[i] < 0x80;
    if !ascii {
        // A word with other characters (or a non-word character that is not ASCII): decode.
        while i < bytes.len() {
            if bytes[i] < 0x80 {
                if !bytes[i].is_ascii_alphanumeric() {
                    break;
                }
                i += 1;
            } else {
                let ch = text[i..].chars().next().unwrap_or(' ');
                if !is_alphanumeric(ch) {
                    break;
                }
                *unspaced += u32::from(is_unspaced_script(ch));
                i += ch.len_utf8();
            }
        }
    }
    // An ASCII word is never empty: it starts with a letter or a digit.
    if i > start {
        each(start, i, ascii, if ascii { head } else { 0 });
    }
    // The character that ended the word, when it is not ASCII, is counted here.
    if i < bytes.len() && bytes[i] >= 0x80 {
        let ch = text[i..].chars().next().unwrap_or(' ');
        *unspaced += u32::from(is_unspaced_script(ch));
        i += ch.len_utf8();
    }
    i
}

/// [`for_each_word_at`] whose slow path hands back the word it finds ([`word_at_slow`]) instead
/// of calling `each`: `each` is called in one place and its address never escapes to a function
/// that is not inlined, so that the state it captures (counters, a tally, a vector's end) stays
/// in registers across the loop rather than being stored and reloaded at every word.
#[inline(always)]
pub(crate) fn for_each_word_inline(
    text: &str,
    mut each: impl FnMut(usize, usize, bool, u64),
) -> u32 {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut unspaced = 0u32;
    let load = |at: usize| match bytes.get(at..).and_then(|r| r.first_chunk::<8>()) {
        Some(c) => u64::from_le_bytes(*c),
        None => load_le(bytes.get(at..).unwrap_or_default()),
    };
    let mut i = 0;
    while i < n {
        let x = load(i);
        let mut word = ascii_alnum_bits(x);
        let mut y = x;
        let mut start = i;
        let mut slow = false;
        if word & 0x80 == 0 {
            let cand = word | (x & HIGH_BITS);
            if cand == 0 {
                i += 8;
                continue;
            }
            let s = (cand.trailing_zeros() / 8) as usize;
            start = i + s;
            if x >> (8 * s) & 0x80 != 0 {
                slow = true;
            } else {
                y = load(start);
                word = ascii_alnum_bits(y);
            }
        }
        let (mut end, mut ascii, mut head) = (start, true, 0);
        if !slow {
            let stop = !word & HIGH_BITS;
            (end, head) = if stop != 0 {
                let k = (stop.trailing_zeros() / 8) as usize;
                (start + k, y & ((1u64 << (8 * k)) - 1))
            } else {
                (ascii_word_end(bytes, start + 8), y)
            };
            slow = bytes.get(end).is_some_and(|&b| b >= 0x80);
        }
        if slow {
            let step = word_at_slow(text, start);
            unspaced += step.unspaced;
            i = step.next;
            let Some(w) = step.word else {
                continue;
            };
            (start, end, ascii, head) = w;
        } else {
            // The byte after the word is ASCII and no letter or digit (or past the end).
            i = end + 1;
        }
        each(start, end, ascii, head);
    }
    unspaced
}

/// What [`word_at_slow`] found: the word (`start`, `end`, `ascii`, `head` as
/// [`for_each_word_at`] gives them), if any, where the next step starts, and the characters of
/// unspaced scripts it passed.
pub(crate) struct SlowStep {
    pub(crate) word: Option<(usize, usize, bool, u64)>,
    pub(crate) next: usize,
    pub(crate) unspaced: u32,
}

/// [`word_step`] returning the word rather than passing it to a closure.
#[inline(never)]
pub(crate) fn word_at_slow(text: &str, i: usize) -> SlowStep {
    let mut word = None;
    let mut unspaced = 0;
    let next = word_step(
        text,
        i,
        &mut |start, end, ascii, head| word = Some((start, end, ascii, head)),
        &mut unspaced,
    );
    SlowStep {
        word,
        next,
        unspaced,
    }
}

/// `t` with each character that is not ASCII replaced by one ASCII character that a pattern
/// of the kind described below tells apart in the same way: `0` for a word character (`\w`),
/// `k` and `s` for the Kelvin sign and the long s (which match `k` and `s` case-insensitively),
/// `#` for any other character. ASCII text is returned as it is.
///
/// A pattern whose literals are ASCII letters, spaces and punctuation other than `#`, and whose
/// classes are `\w`, `\W`, `\b` and negated ASCII sets such as `[^.]` (no `\d`, `\s`, `0`
/// or `#`), sees a character that is not ASCII only as word or non-word (and through case
/// folding), so it matches the stand-in exactly when it matches `t`: one character for one, so
/// that counted repetitions count the same. The regex engines' lazy DFA gives up at the first
/// byte that is not ASCII when a pattern has Unicode word boundaries and the slower engines
/// take over; on the stand-in it runs to the end.
pub(crate) fn ascii_stand_in(t: &str) -> std::borrow::Cow<'_, str> {
    if t.is_ascii() {
        return std::borrow::Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        out.push(match c {
            c if c.is_ascii() => c,
            '\u{212A}' => 'k',
            '\u{17F}' => 's',
            c => match regex_syntax::try_is_word_character(c) {
                Ok(true) => '0',
                Ok(false) => '#',
                // Without the Unicode tables the stand-in cannot be made: the text as it is.
                Err(_) => return std::borrow::Cow::Borrowed(t),
            },
        });
    }
    std::borrow::Cow::Owned(out)
}

/// Whether every character of `t` that is not ASCII is neither a word character (`\w`, which
/// holds `\d` and the Kelvin sign and long s that case folding maps to ASCII letters) nor
/// whitespace (`\s`): signs, dashes, quotes. On such text a pattern's `\b`, `\w`, `\d`, `\s`
/// and case folding decide alike with Unicode and without it (where every byte that is not
/// ASCII is no word character, digit or space), so that a pattern whose other characters that
/// are not ASCII are literals finds the same matches compiled with Unicode off.
#[inline]
pub(crate) fn other_chars_inert(t: &str) -> bool {
    t.is_ascii()
        || t.chars()
            .filter(|c| !c.is_ascii())
            .all(|c| !c.is_whitespace() && regex_syntax::try_is_word_character(c).is_ok_and(|w| !w))
}

/// `pattern`, of the kind [`ascii_stand_in`] serves, compiled with Unicode off for the stand-ins:
/// on ASCII text `\w`, `\b`, negated ASCII sets and case folding decide alike with and without
/// Unicode, and without it a class such as `[^.]` is a set of bytes rather than of all
/// characters, so that counted repetitions (`[^.]{0,120}`) make an automaton a fraction the
/// size, which the lazy DFA runs to the end instead of giving up for the slower engines.
pub(crate) fn ascii_regex(pattern: &str) -> regex::bytes::Regex {
    regex::bytes::Regex::new(&format!("(?-u){pattern}")).expect("ASCII pattern")
}

/// Up to eight bytes as a little-endian number, the missing high bytes zero. Built from two
/// overlapping loads rather than through a buffer: copying a short slice into a buffer and
/// reading it back as one number stalls the CPU's store forwarding.
#[inline]
pub(crate) fn load_le(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 8 {
        return u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
    }
    if n >= 4 {
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64;
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]) as u64;
        return lo | hi << (8 * (n - 4));
    }
    if n == 0 {
        return 0;
    }
    b[0] as u64 | (b[n / 2] as u64) << (8 * (n / 2)) | (b[n - 1] as u64) << (8 * (n - 1))
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The number of bits set in `x`, which has none but the high bit of each byte: a multiply
/// adds them up. (`count_ones` is a dozen and more operations on CPUs without POPCNT, which the
/// build does not assume.)
#[inline]
fn high_bits_set(x: u64) -> usize {
    ((x >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize
}

/// The high bit of each of eight bytes that is an ASCII letter or digit (range tests done on all
/// bytes at once: with the high bits cleared, adding `0x80 - c` sets a byte's high bit exactly
/// when it is at least `c`, and never carries into the next byte).
#[inline]
pub(crate) fn ascii_alnum_bits(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let y = x & !HIGH_BITS;
    let at_least = |v: u64, c: u8| (v + (0x80 - c as u64) * ONES) & HIGH_BITS;
    let digit = at_least(y, b'0') & !at_least(y, b'9' + 1);
    // Setting bit 0x20 maps upper-case letters onto lower-case ones and nothing else into them.
    let folded = y | (0x20 * ONES);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    (digit | letter) & !x
}

/// The end of the run of ASCII letters and digits starting at `i`, eight bytes at a time: a word
/// costs a few operations instead of a branch per byte.
#[inline]
fn ascii_word_end(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        let stop = !ascii_alnum_bits(x) & HIGH_BITS;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    i
}

/// The letters and digits of `s`, lower case: names and titles compared whatever their spacing
/// and punctuation ("Jane  Doe," and "jane doe" are both "janedoe").
pub(crate) fn alnum_lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|&c| is_alphanumeric(c)) {
        for_each_lower(c, |l| out.push(l));
    }
    out
}

/// The characters below this (the Basic Multilingual Plane: every script of the Latin, Greek,
/// Cyrillic, Arabic, Indic alphabets, and the CJK ideographs, kana and Hangul) are looked up in
/// [`ALNUM_BLOCKS`].
const ALNUM_TABLE_END: u32 = 0x1_0000;
/// [`prepare`] works out the blocks below this: the alphabets and punctuation most pages use.
/// The rest (CJK, Hangul) are worked out when a page first uses them.
const ALNUM_PREPARED_END: u32 = 0x3000;

/// `char::is_alphanumeric` of each character below [`ALNUM_TABLE_END`], a bit each, worked out
/// once: the standard library's look-up costs a few hundred instructions for a character that is
/// not ASCII, and the word loop asks it of every curly quote, dash and accented letter. Worked out
/// 64 characters at a time, when one of them is first asked about ([`ALNUM_BLOCKS_DONE`] tells
/// which are): the whole table cost some 10 million instructions, most of a short document's
/// cleaning, which touches a few blocks (Latin-1, punctuation). Two threads that work out the
/// same block store the same bits.
static ALNUM_BLOCKS: [AtomicU64; ALNUM_TABLE_END as usize / 64] =
    [const { AtomicU64::new(0) }; ALNUM_TABLE_END as usize / 64];
/// A bit for each block of [`ALNUM_BLOCKS`] that is worked out.
static ALNUM_BLOCKS_DONE: [AtomicU64; ALNUM_TABLE_END as usize / 64 / 64] =
    [const { AtomicU64::new(0) }; ALNUM_TABLE_END as usize / 64 / 64];

/// The bits of [`ALNUM_BLOCKS`] block `k` (< 1024), worked out if they are not yet.
#[inline]
fn alnum_block(k: usize) -> u64 {
    let (done, bit) = (&ALNUM_BLOCKS_DONE[k / 64], 1u64 << (k % 64));
    if done.load(Ordering::Acquire) & bit != 0 {
        return ALNUM_BLOCKS[k].load(Ordering::Relaxed);
    }
    alnum_block_slow(k)
}

#[inline(never)]
fn alnum_block_slow(k: usize) -> u64 {
    let mut bits = 0u64;
    for j in 0..64 {
        let alnum = char::from_u32((k * 64 + j) as u32).is_some_and(char::is_alphanumeric);
        bits |= u64::from(alnum) << j;
    }
    ALNUM_BLOCKS[k].store(bits, Ordering::Relaxed);
    ALNUM_BLOCKS_DONE[k / 64].fetch_or(1u64 << (k % 64), Ordering::Release);
    bits
}

/// `c.is_alphanumeric()`, from [`ALNUM_BLOCKS`] for the characters it holds.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    let u = c as u32;
    if u < ALNUM_TABLE_END {
        alnum_block(u as usize / 64) >> (u % 64) & 1 == 1
    } else {
        c.is_alphanumeric()
    }
}

/// The characters below this have their lower case in [`LOWER_BLOCKS`]: the alphabets with
/// case (Latin, Greek, Cyrillic, Armenian, Georgian, Cherokee) all lie below it.
const LOWER_TABLE_END: u32 = 0x3000;

/// The lower case of each character below [`LOWER_TABLE_END`] (`u32::MAX` for a character whose
/// lower case is several: 'İ'), worked out 64 characters at a time when one is first asked
/// about, as [`ALNUM_BLOCKS`] is: `char::to_lowercase` searches a table of some 1,400 ranges for
/// every letter that is not ASCII, and the stopword and dedup word loops ask it of every letter
/// of a Russian or Greek page.
static LOWER_BLOCKS: [AtomicU32; LOWER_TABLE_END as usize] =
    [const { AtomicU32::new(0) }; LOWER_TABLE_END as usize];
/// A bit for each block of 64 characters of [`LOWER_BLOCKS`] that is worked out.
static LOWER_BLOCKS_DONE: [AtomicU64; LOWER_TABLE_END as usize / 64 / 64] =
    [const { AtomicU64::new(0) }; LOWER_TABLE_END as usize / 64 / 64];

/// The lower case of `c` when it is one character (`char::to_lowercase` of it); None when it is
/// several, or `c` lies beyond the table.
#[inline]
pub(crate) fn lower_char(c: char) -> Option<char> {
    let u = c as u32;
    if u >= LOWER_TABLE_END {
        return None;
    }
    let k = u as usize / 64;
    if LOWER_BLOCKS_DONE[k / 64].load(Ordering::Acquire) >> (k % 64) & 1 == 0 {
        lower_block_slow(k);
    }
    char::from_u32(LOWER_BLOCKS[u as usize].load(Ordering::Relaxed))
}

#[inline(never)]
fn lower_block_slow(k: usize) {
    for u in (k * 64) as u32..(k * 64 + 64) as u32 {
        let lower = char::from_u32(u).map_or(u, |c| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(one), None) => one as u32,
                _ => u32::MAX,
            }
        });
        LOWER_BLOCKS[u as usize].store(lower, Ordering::Relaxed);
    }
    LOWER_BLOCKS_DONE[k / 64].fetch_or(1u64 << (k % 64), Ordering::Release);
}

/// Calls `f` with each character of `c.to_lowercase()`, one table look-up for nearly every
/// letter ([`lower_char`]).
#[inline]
pub(crate) fn for_each_lower(c: char, mut f: impl FnMut(char)) {
    if c.is_ascii() {
        f(c.to_ascii_lowercase());
    } else if let Some(l) = lower_char(c) {
        f(l);
    } else {
        c.to_lowercase().for_each(f);
    }
}

/// `w.to_lowercase()`, appended to `out`: character by character ([`for_each_lower`]) unless `w`
/// holds a capital sigma, whose lower case depends on its place in the word.
pub(crate) fn push_lowercase(out: &mut String, w: &str) {
    if w.contains('Σ') {
        out.push_str(&w.to_lowercase());
    } else {
        for c in w.chars() {
            for_each_lower(c, |l| out.push(l));
        }
    }
}

/// Builds this module's tables now rather than on first use (see [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    for k in 0..(ALNUM_PREPARED_END / 64) as usize {
        alnum_block(k);
    }
}

/// CJK, Thai and similar scripts write words without spaces.
pub(crate) fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF      // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x3040..=0x30FF    // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified
        | 0xAC00..=0xD7AF    // Hangul
        | 0xF900..=0xFAFF)
}

/// Does `t` end with a colon (before trailing whitespace and invisible characters), the ASCII one
/// or the full-width one of Chinese and Japanese text ("以下设施：")? A line that ends so announces
/// what follows it. (Forum software leaves a zero-width space after a post's lines: "Key
/// Comparison Categories:\u{200b}".)
pub(crate) fn ends_with_colon(t: &str) -> bool {
    t.trim_end_matches(is_blankish).ends_with([':', '：'])
}

/// The ten digits as [`Prefixes`] entries: the prefixes of a pattern that may start with a number.
pub(crate) const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// The literal prefixes every match of an anchored, case-insensitive pattern starts with: a cheap
/// test that rules most lines out before the pattern runs. It never rules out a match: from the
/// first byte that is not ASCII on, a line always goes on to the pattern (Unicode case folding
/// maps a few other letters, such as the Kelvin sign and the long s, to ASCII ones, and `\s` or
/// `\d` match other characters); only the ASCII bytes before it are compared.
pub(crate) struct Prefixes {
    /// The prefixes by their first byte (lower case), each as 16 bytes compared at once.
    by_first: Vec<Vec<Packed>>,
    /// For [`Prefixes::sets`]: the set each prefix of `by_first` belongs to, in the same places.
    ids: Vec<Vec<u8>>,
    /// By first byte: how many prefixes of one byte open its list in `by_first` (the rest follow
    /// in the order of their second bytes), and, for a list of more than [`SPAN_MIN`] prefixes,
    /// where the prefixes of each second byte stand in it: a line's head is compared only with
    /// those of its first two bytes (lower case) and those of one byte.
    spans: Vec<(usize, Option<SecondSpans>)>,
    /// By byte: whether a line's head stops there, that is, the byte is not one of the ASCII
    /// bytes the pattern allows before its first literal (`^[\s\-*>]*`). Bytes above 0x7F stop
    /// it.
    stops: [bool; 256],
    /// The pairs of a prefix's first two bytes, in either case, as a set: bit `first << 7 |
    /// second` (every second byte when a prefix is one byte long, and the 0 a line's end reads
    /// as). Most lines start with a letter some prefix starts with, but not with two such
    /// letters: one look-up of their first two bytes as they are rules them out, before their
    /// first bytes are loaded and compared. Every pair starting with a skipped byte is in it,
    /// so that a line starting with one goes on to be read past it.
    pairs: Box<[u64; 256]>,
    /// The sets that have a prefix: all of them may match a line whose head is not ASCII.
    all_ids: u64,
}

/// A prefix of up to 16 bytes as numbers: a line's first 16 bytes `x` start with it, in any ASCII
/// case, when `(x | fold) & mask == want`. `fold` has bit 0x20 at the prefix's letters (the bit
/// that tells the cases apart); other bytes must be equal.
#[derive(Clone, Copy)]
struct Packed {
    want: u128,
    fold: u128,
    mask: u128,
}

/// Where the prefixes of each second byte (ASCII) stand in a first byte's list of [`Prefixes`]:
/// from, to.
type SecondSpans = Box<[(u16, u16); 128]>;

/// A list of more prefixes than this for one first byte is indexed by their second bytes too
/// ([`Prefixes::spans`]).
const SPAN_MIN: usize = 4;

/// The first 16 bytes of `b` as a number, zeros past its end.
#[inline]
fn load16(b: &[u8]) -> u128 {
    if let Some(x) = b.first_chunk::<16>() {
        return u128::from_le_bytes(*x);
    }
    let (lo, rest) = b.split_at(b.len().min(8));
    let hi = &rest[..rest.len().min(8)];
    load_le(lo) as u128 | (load_le(hi) as u128) << 64
}

impl Prefixes {
    /// `prefixes` in lower case ASCII; `skip`: the ASCII bytes a match may start with
    /// before them.
    pub(crate) fn new(prefixes: &[&'static str], skip: &'static [u8]) -> Prefixes {
        Prefixes::sets(&[prefixes], skip)
    }

    /// The prefixes of several patterns (at most 64) at once, for [`Prefixes::candidates`].
    pub(crate) fn sets(sets: &[&[&'static str]], skip: &'static [u8]) -> Prefixes {
        assert!(sets.len() <= 64, "too many prefix sets");
        let mut by_first = vec![Vec::new(); 128];
        let mut ids = vec![Vec::new(); 128];
        let mut pairs = Box::new([0u64; 256]);
        let mut all_ids = 0u64;
        for (id, prefixes) in sets.iter().enumerate() {
            for p in *prefixes {
                assert!(
                    p.is_ascii() && !p.is_empty() && *p == p.to_ascii_lowercase(),
                    "bad prefix {p:?}"
                );
                // A longer prefix is checked on its first 16 bytes: still a test every match
                // passes.
                let b = &p.as_bytes()[..p.len().min(16)];
                let mut fold = [0u8; 16];
                for (f, c) in fold.iter_mut().zip(b) {
                    *f = if c.is_ascii_lowercase() { 0x20 } else { 0 };
                }
                let mut mask = [0u8; 16];
                mask[..b.len()].fill(0xff);
                by_first[b[0] as usize].push(Packed {
                    want: load16(b),
                    fold: u128::from_le_bytes(fold),
                    mask: u128::from_le_bytes(mask),
                });
                ids[b[0] as usize].push(id as u8);
                all_ids |= 1 << id;
                let seconds = match b.get(1) {
                    Some(&c) => c..=c,
                    None => 0..=0x7f,
                };
                for c in seconds {
                    let k = (b[0] as usize) << 7 | c as usize;
                    pairs[k >> 6] |= 1 << (k & 63);
                }
            }
        }
        assert!(skip.is_ascii(), "skipped bytes must be ASCII");
        let mut stops = [true; 256];
        for &c in skip {
            stops[c as usize] = false;
        }
        // The lower-case pairs in every case (a case-blind look-up then needs no lower-casing of
        // the line's bytes), and every pair a skipped byte starts.
        let mut any_case = Box::new([0u64; 256]);
        for first in 0..0x80u8 {
            for second in 0..0x80u8 {
                let lower = (first.to_ascii_lowercase() as usize) << 7
                    | second.to_ascii_lowercase() as usize;
                if !stops[first as usize] || pairs[lower >> 6] >> (lower & 63) & 1 == 1 {
                    let k = (first as usize) << 7 | second as usize;
                    any_case[k >> 6] |= 1 << (k & 63);
                }
            }
        }
        let pairs = any_case;
        // Each first byte's prefixes in order: those of one byte, then by their second byte.
        let mut spans = Vec::with_capacity(128);
        for (list, list_ids) in by_first.iter_mut().zip(ids.iter_mut()) {
            let second = |p: &Packed| (p.mask >> 8 & 0xff != 0).then_some((p.want >> 8) as u8);
            let mut order: Vec<(Option<u8>, Packed, u8)> = (list.iter().zip(list_ids.iter()))
                .map(|(p, &id)| (second(p), *p, id))
                .collect();
            order.sort_by_key(|&(s, _, _)| s);
            *list = order.iter().map(|&(_, p, _)| p).collect();
            *list_ids = order.iter().map(|&(_, _, id)| id).collect();
            let wild = order.iter().filter(|(s, _, _)| s.is_none()).count();
            let by_second = (list.len() > SPAN_MIN).then(|| {
                let mut at = Box::new([(0u16, 0u16); 128]);
                for (j, &(s, _, _)) in order.iter().enumerate().skip(wild) {
                    if let Some(span) = s.and_then(|s| at.get_mut(s as usize)) {
                        if span.1 == 0 {
                            span.0 = j as u16;
                        }
                        span.1 = j as u16 + 1;
                    }
                }
                at
            });
            spans.push((wild, by_second));
        }
        Prefixes {
            by_first,
            ids,
            spans,
            stops,
            pairs,
            all_ids,
        }
    }

    /// For prefixes built by [`Prefixes::sets`]: bit `k` is set when `line` may match set `k`,
    /// exactly when `Prefixes::new(sets[k], skip).may_match(line)` holds.
    #[inline]
    pub(crate) fn candidates(&self, line: &str) -> u64 {
        match self.start(line) {
            Start::None => 0,
            Start::NotAscii => self.all_ids,
            Start::Ascii(head) => self.candidates_at(head),
        }
    }

    /// [`Prefixes::candidates`] of a line whose head starts with an ASCII byte.
    #[inline(never)]
    fn candidates_at(&self, head: &[u8]) -> u64 {
        let (x, keep) = head16(head);
        let k = head[0].to_ascii_lowercase() as usize & 0x7f;
        let mut bits = 0u64;
        let (list, ids) = (&self.by_first[k], &self.ids[k]);
        for span in self.compared(k, head) {
            let (ps, ids) = (list.get(span.clone()), ids.get(span));
            for (p, &id) in ps.unwrap_or_default().iter().zip(ids.unwrap_or_default()) {
                if ((x | p.fold) ^ p.want) & p.mask & keep == 0 {
                    bits |= 1 << id;
                }
            }
        }
        bits
    }

    /// The places in `by_first[k]` of the prefixes a head starting with the ASCII byte `k` (in
    /// lower case) may start with: those of one byte and those of the head's second byte, or
    /// all of them when the list is short or the second byte is not ASCII (a prefix is then
    /// compared on the first byte alone, see [`head16`]). A line of one byte reads a zero after
    /// it, as in [`load16`]: no second byte of a prefix.
    #[inline]
    fn compared(&self, k: usize, head: &[u8]) -> [std::ops::Range<usize>; 2] {
        let all = [0..self.by_first[k].len(), 0..0];
        let Some((wild, Some(by_second))) = self.spans.get(k) else {
            return all;
        };
        let second = head.get(1).copied().unwrap_or(0).to_ascii_lowercase();
        match by_second.get(second as usize) {
            Some(&(from, to)) => [0..*wild, from as usize..to as usize],
            None => all,
        }
    }

    /// False when `line` certainly does not start with one of the prefixes (in any case).
    #[inline]
    pub(crate) fn may_match(&self, line: &str) -> bool {
        match self.start(line) {
            Start::None => false,
            Start::NotAscii => self.all_ids != 0,
            Start::Ascii(head) => self.matches_at(head),
        }
    }

    /// The compare of a line's head, which starts with an ASCII byte, with every prefix of its
    /// first byte.
    #[inline(never)]
    fn matches_at(&self, head: &[u8]) -> bool {
        let (x, keep) = head16(head);
        let k = head[0].to_ascii_lowercase() as usize & 0x7f;
        let list = &self.by_first[k];
        self.compared(k, head).into_iter().any(|span| {
            (list.get(span).unwrap_or_default().iter())
                .any(|p| ((x | p.fold) ^ p.want) & p.mask & keep == 0)
        })
    }

    /// The line after the skipped bytes, unless its first two bytes are ASCII and no prefix
    /// starts with them (in either case): most lines, ruled out by one look-up. (A line of one
    /// byte has a zero after it, as in [`load16`].)
    #[inline]
    fn start<'l>(&self, line: &'l str) -> Start<'l> {
        let b = line.as_bytes();
        let (first, next) = match b {
            [] => return Start::None,
            [f] => (*f, 0),
            [f, n, ..] => (*f, *n),
        };
        // (A line starting with a skipped byte passes: its pairs are all in the set.)
        if (first | next) < 0x80 && !self.has_pair(first, next) {
            return Start::None;
        }
        if self.stops[first as usize] {
            // Nothing to skip: the line is the head.
            return if first >= 0x80 {
                Start::NotAscii
            } else {
                Start::Ascii(b)
            };
        }
        let at = b
            .iter()
            .position(|&c| self.stops[c as usize])
            .unwrap_or(b.len());
        let head = &b[at..];
        let Some(&first) = head.first() else {
            return Start::None;
        };
        if first >= 0x80 {
            return Start::NotAscii;
        }
        let next = head.get(1).copied().unwrap_or(0);
        if next < 0x80 && !self.has_pair(first, next) {
            return Start::None;
        }
        Start::Ascii(head)
    }

    /// Whether a prefix starts with the ASCII bytes `first` and `next`, in any case.
    #[inline(always)]
    fn has_pair(&self, first: u8, next: u8) -> bool {
        let k = ((first & 0x7f) as usize) << 7 | (next & 0x7f) as usize;
        self.pairs[k >> 6] >> (k & 63) & 1 == 1
    }

    /// The line after the skipped bytes: its first byte, its first 16 bytes as a number, and the
    /// bytes of those a prefix is compared on (see [`head16`]).
    #[cfg(test)]
    fn head(&self, line: &str) -> Option<(u8, u128, u128)> {
        let b = line.as_bytes();
        let at = b
            .iter()
            .position(|&c| self.stops[c as usize])
            .unwrap_or(b.len());
        let &first = b.get(at)?;
        let (x, keep) = head16(&b[at..]);
        Some((first, x, keep))
    }
}

/// Where a line's head (the line after the bytes a pattern skips) stands for [`Prefixes`].
enum Start<'l> {
    /// The line is empty after the skipped bytes, or its first two bytes rule out every prefix.
    None,
    /// The head starts with a byte above 0x7F: every prefix may match.
    NotAscii,
    /// The head, starting with an ASCII byte, to compare with the prefixes.
    Ascii(&'l [u8]),
}

/// The first 16 bytes of a line's head as a number, and the bytes of those a prefix is compared
/// on: those before the first byte above 0x7F. A character that is not ASCII may match a
/// prefix's character under Unicode case folding (the Kelvin sign, the long s) or a class of the
/// pattern (`\s`, `\d`), and the characters after it no longer line up with the prefix's bytes;
/// the ASCII characters before it must still be the prefix's own.
#[inline]
fn head16(b: &[u8]) -> (u128, u128) {
    let x = load16(b);
    let high = x & 0x8080_8080_8080_8080_8080_8080_8080_8080;
    let keep = if high == 0 {
        u128::MAX
    } else {
        (1u128 << (high.trailing_zeros() / 8 * 8)) - 1
    };
    (x, keep)
}

/// A hasher for keys that are hashes already (or small integers): one multiply and a shift,
/// instead of SipHash. The maps it serves live within one call, so DoS resistance buys nothing,
/// and iteration order is never observed.
#[derive(Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes to a multiply ([`hash64`]), where FNV-1a spends one on each byte.
        self.0 = self.0.rotate_left(5) ^ hash64(bytes);
    }
    fn write_u64(&mut self, v: u64) {
        let x = (self.0 ^ v).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = x ^ (x >> 32);
    }
    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64);
    }
}

/// A `HashMap` keyed by hashes or indices, with [`KeyHasher`].
pub(crate) type KeyMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<KeyHasher>>;

/// A set of words by their bytes, with [`KeyHasher`]: a word lower-cased on the stack is looked
/// up without a check that its bytes are UTF-8.
pub(crate) type ByteSet =
    std::collections::HashSet<&'static [u8], std::hash::BuildHasherDefault<KeyHasher>>;

/// A 64-bit FNV-1a hash, for stable fingerprints and dedup keys (not for security).
pub fn fnv1a(bytes: &[u8], mut h: u64) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// Where words were found in a document's input, in one search rather than one per line: most
/// lines of a text dump borrow their text from the input, and such a line holds a word exactly
/// when an occurrence lies within its bytes. (A line copied, collapsed or taken from a page's
/// markup is not part of the input: the caller searches it on its own.)
pub(crate) struct FoundInInput {
    /// The input's first byte's address and its length.
    start: usize,
    len: usize,
    /// Every occurrence's start and end in the input, overlapping ones too, by start.
    at: Vec<(usize, usize)>,
}

impl FoundInInput {
    /// `found`: the start and end of every occurrence of the words in `input`.
    pub(crate) fn new(input: &str, found: impl Iterator<Item = (usize, usize)>) -> FoundInInput {
        let mut at: Vec<(usize, usize)> = found.collect();
        at.sort_unstable();
        FoundInInput {
            start: input.as_ptr() as usize,
            len: input.len(),
            at,
        }
    }

    /// Whether `line` holds one of the words, when `line` is part of the input; `None` when it
    /// is not.
    pub(crate) fn in_line(&self, line: &str) -> Option<bool> {
        let off = (line.as_ptr() as usize).wrapping_sub(self.start);
        if off > self.len || line.len() > self.len - off {
            return None;
        }
        let end = off + line.len();
        let k = self.at.partition_point(|&(s, _)| s < off);
        Some(
            self.at[k..]
                .iter()
                .take_while(|&&(s, _)| s < end)
                .any(|&(_, e)| e <= end),
        )
    }
}

/// Whether `hit` holds for one of the 16 pairs of bytes in a row of a window of [`any_window`]
/// (a byte and the next; `hit` says 1 or 0). The window's first and last 16 bytes are read as
/// two arrays, each one vector load, and the pairs are compared without a branch: byte `j` of
/// the second follows byte `j` of the first.
#[inline(always)]
pub(crate) fn pair_in_window(w: &[u8; 17], hit: impl Fn(u8, u8) -> u8) -> bool {
    let (Some(this), Some(next)) = (w.first_chunk::<16>(), w.last_chunk::<16>()) else {
        return false;
    };
    let mut hits = 0u8;
    for (&c, &n) in this.iter().zip(next) {
        hits |= hit(c, n);
    }
    hits != 0
}

/// Whether `hit` holds for one of the windows of `b`: 17 bytes in a row, that is 16 bytes and
/// the one after them, so that a byte and the next are looked at together. The windows start 16
/// bytes apart and the last one ends where `b` ends (it may overlap the one before); a `b`
/// shorter than 17 bytes is one window, padded with `pad`. Every byte and every two bytes in a
/// row of `b` are in a window. A `hit` that looks at the 16 places of a window alike, without a
/// branch, becomes vector code (16 bytes at once), and a line is done in a few steps: a quick
/// test that rules most lines out before a scan that stops at each candidate byte.
#[inline(always)]
pub(crate) fn any_window(b: &[u8], pad: u8, hit: impl Fn(&[u8; 17]) -> bool) -> bool {
    let Some(last) = b.last_chunk::<17>() else {
        return hit(&short_window(b, pad));
    };
    let mut at = 0;
    while let Some(w) = b.get(at..).and_then(|r| r.first_chunk::<17>()) {
        if hit(w) {
            return true;
        }
        at += 16;
    }
    hit(last)
}

/// Where the first window of [`any_window`] for which `hit` holds starts, if one does: every
/// byte and every two bytes in a row of `b` before that place are in windows where it does not.
#[inline(always)]
pub(crate) fn first_window(b: &[u8], pad: u8, hit: impl Fn(&[u8; 17]) -> bool) -> Option<usize> {
    let Some(last) = b.last_chunk::<17>() else {
        return hit(&short_window(b, pad)).then_some(0);
    };
    let mut at = 0;
    while let Some(w) = b.get(at..).and_then(|r| r.first_chunk::<17>()) {
        if hit(w) {
            return Some(at);
        }
        at += 16;
    }
    hit(last).then_some(b.len() - 17)
}

/// Whether `b` holds the byte `needle` (not zero, the padding): 16 bytes at a time in vector
/// code, cheaper than a call of `memchr` for a line of a few words.
#[inline]
pub(crate) fn has_byte(b: &[u8], needle: u8) -> bool {
    debug_assert!(needle != 0);
    any_window(b, 0, |w| {
        let mut hit = 0u8;
        for &c in w {
            hit |= u8::from(c == needle);
        }
        hit != 0
    })
}

/// `b` (shorter than 17 bytes) padded with `pad` to a window of [`any_window`]. Copied in two
/// overlapping moves of fixed size rather than by a `memcpy` of `b.len()` bytes: most lines
/// short enough for this are a few words, and the call cost more than the test it feeds.
#[inline(always)]
fn short_window(b: &[u8], pad: u8) -> [u8; 17] {
    let mut w = [pad; 17];
    let n = b.len();
    if let (Some(head), Some(tail)) = (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        if let Some(d) = w.first_chunk_mut::<8>() {
            *d = *head;
        }
        if let Some(d) = w.get_mut(n - 8..).and_then(|r| r.first_chunk_mut::<8>()) {
            *d = *tail;
        }
    } else if let (Some(head), Some(tail)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        if let Some(d) = w.first_chunk_mut::<4>() {
            *d = *head;
        }
        if let Some(d) = w.get_mut(n - 4..).and_then(|r| r.first_chunk_mut::<4>()) {
            *d = *tail;
        }
    } else {
        // At most three bytes: the first, the middle and the last are all of them.
        for k in [0, n / 2, n.saturating_sub(1)] {
            if let (Some(d), Some(&c)) = (w.get_mut(k), b.get(k)) {
                *d = c;
            }
        }
    }
    w
}

/// `pattern` compiled with its word ends put in: each `WORD_END...` placeholder, written after
/// a word's last letter, becomes a form the regex engine's lazy DFA runs on any line (with
/// `reference`, the `\b` form it stands for, for the tests). The lazy DFA gives up on a Unicode
/// `\b` at a line's first character that is not ASCII and hands the line to the bounded
/// backtracker, which clears its visited table on every search. Each form decides a line as
/// its `\b` form where it is allowed:
/// - `WORD_END`, `(?:\W|$)` for `\b`: nothing after it in the pattern;
/// - `WORD_END_ANY`, `(?:[^\w\n].*)?` for `\b.*`: what comes after it cannot match from a
///   word character;
/// - `WORD_END_MORE`, `[^\w\n].*` for `\b.*`: what comes after it must start with a word
///   character.
pub(crate) fn with_word_ends(pattern: &str, reference: bool) -> regex::Regex {
    let forms: [(&str, &str, &str); 3] = [
        ("WORD_END_ANY", r"(?:[^\w\n].*)?", r"\b.*"),
        ("WORD_END_MORE", r"[^\w\n].*", r"\b.*"),
        ("WORD_END", r"(?:\W|$)", r"\b"),
    ];
    let mut p = pattern.to_owned();
    for (name, fast, slow) in forms {
        p = p.replace(name, if reference { slow } else { fast });
    }
    regex::Regex::new(&p).expect("pattern with word ends")
}

/// Lines to test a prefilter against the pattern it guards: every line of the text fixtures,
/// `extra`, and each of those in upper and lower case. A prefilter must never rule out a match.
#[cfg(test)]
pub(crate) fn prefilter_test_lines(extra: &[&str]) -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut lines: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
    for e in std::fs::read_dir(root).into_iter().flatten().flatten() {
        if let Ok(t) = std::fs::read_to_string(e.path().join("input.txt")) {
            lines.extend(t.lines().map(collapse));
        }
    }
    let cased: Vec<String> = lines
        .iter()
        .flat_map(|l| [l.to_uppercase(), l.to_lowercase()])
        .collect();
    lines.extend(cased);
    lines
}

/// Every line of every text dump of the WCXB development split, collapsed, for ignored tests
/// that compare a faster form of a pattern with its reference on real text: they need the data.
#[cfg(test)]
pub(crate) fn every_dump_line() -> Vec<String> {
    let lines = dump_lines_if_present();
    assert!(lines.len() > 100_000, "{}", lines.len());
    lines
}

/// Every line of every text dump of the WCXB development split (`../shared` beside the
/// project), collapsed, or none when the data is not there: for tests that hold a prefilter to
/// its pattern on real text and are skipped without it.
#[cfg(test)]
pub(crate) fn dump_lines_if_present() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/wcxb-dev/dumps");
    let mut lines = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if let Ok(b) = std::fs::read(e.path()) {
            lines.extend(String::from_utf8_lossy(&b).lines().map(collapse));
        }
    }
    lines
}

/// The number of items two sorted lists share, each counted as often as both hold it: one merge.
pub(crate) fn sorted_intersection<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// Dice coefficient of two texts' lower-cased words (as multisets): 1 for the same words, 0 for
/// none shared.
pub(crate) fn resemblance(a: &str, b: &str) -> f64 {
    let words = |t: &str| {
        let mut w: Vec<String> = t
            .split(|c: char| !is_alphanumeric(c))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        w.sort_unstable();
        w
    };
    let (a, b) = (words(a), words(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    // Shared words, counted as often as both have them.
    let shared = sorted_intersection(&a, &b);
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_with_colon_past_invisible_characters() {
        for t in [
            "Key categories:",
            "Key categories: ",
            "以下设施：",
            "Categories:\u{200b}",
            "Note:\u{feff}\u{a0}",
        ] {
            assert!(ends_with_colon(t), "{t:?}");
        }
        for t in [
            "Key categories",
            "12:30",
            "a: b",
            ":)",
            "Categories:\u{200b}x",
        ] {
            assert!(!ends_with_colon(t), "{t:?}");
        }
    }

    #[test]
    fn a_label_said_twice_is_judged_by_its_half() {
        assert_eq!(undoubled("Manage consent Manage consent"), "Manage consent");
        assert_eq!(
            undoubled("Enter your email for 15% off. Enter your email for 15% off."),
            "Enter your email for 15% off."
        );
        for t in [
            "Manage consent",
            "Bora Bora",
            "New York, New York",
            "very very",
            "Walla Walla",
            "Ça va Ça va ?",
        ] {
            assert_eq!(undoubled(t), t, "{t:?}");
        }
        assert_eq!(undoubled("Ça va Ça va"), "Ça va");
    }

    #[test]
    fn inert_characters_are_signs_and_dashes() {
        for t in [
            "",
            "plain ASCII",
            "© 2024–2025 Acme™ · “quoted” — ok…",
            "€ 5 • ¶",
        ] {
            assert!(other_chars_inert(t), "{t:?}");
        }
        // Letters (the Kelvin sign and long s among them), digits and spaces are not.
        for t in [
            "café",
            "\u{212A}",
            "\u{17F}",
            "٢٠٢٤",
            "a\u{a0}b",
            "x\u{3000}y",
            "東京",
        ] {
            assert!(!other_chars_inert(t), "{t:?}");
        }
    }

    /// The byte count of words agrees with `split_whitespace`, for every count up to one past
    /// the line's words, on lines with every kind of whitespace and with characters not ASCII.
    #[test]
    fn has_words_counts_as_split_whitespace() {
        let lines = prefilter_test_lines(&[
            "",
            " ",
            "a",
            " a b ",
            "a\x0Bb\x0Cc\rd\te\nf",
            "a\u{a0}b c",
            "é b",
            "a b é",
            "a\u{2003}b",
            "\x1Fa b",
        ]);
        for l in &lines {
            let words = l.split_whitespace().count();
            for n in 0..=words + 1 {
                assert_eq!(has_words(l, n), words >= n, "{l:?} {n}");
            }
        }
    }

    /// A short line's window is the line's bytes then the padding, at every length below 17.
    #[test]
    fn short_window_is_the_line_padded() {
        let line: Vec<u8> = (1..=16).collect();
        for n in 0..17 {
            let mut want = [0xAA; 17];
            want[..n].copy_from_slice(&line[..n]);
            assert_eq!(short_window(&line[..n], 0xAA), want, "{n}");
        }
    }

    /// Every character that is not ASCII stands in as a character of its own kind: an ASCII
    /// letter only for the characters that match that letter case-insensitively, else `0` for a
    /// word character and `#` for any other.
    #[test]
    fn ascii_stand_in_keeps_each_character_kind() {
        let letters: Vec<regex::Regex> = ('a'..='z')
            .map(|l| regex::Regex::new(&format!("(?i)^{l}$")).unwrap())
            .collect();
        let any_letter = regex::Regex::new(r"(?i)^[a-z]$").unwrap();
        let word = regex::Regex::new(r"^\w$").unwrap();
        let mut buf = [0u8; 4];
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            let s: &str = c.encode_utf8(&mut buf);
            let stand_in = ascii_stand_in(s);
            assert_eq!(stand_in.len(), 1, "{c:?}");
            let x = stand_in.as_bytes()[0];
            if any_letter.is_match(s) {
                assert!(x.is_ascii_lowercase(), "{c:?} -> {stand_in}");
                assert!(
                    letters[usize::from(x - b'a')].is_match(s),
                    "{c:?} -> {stand_in}"
                );
            } else if word.is_match(s) {
                assert_eq!(x, b'0', "{c:?}");
            } else {
                assert_eq!(x, b'#', "{c:?}");
            }
        }
        assert!(matches!(
            ascii_stand_in("plain ASCII"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(ascii_stand_in("Café — ſo “K” \u{212A}"), "Caf0 # so #K# k");
    }

    /// The quick paths of the trims and of `ends_sentence` answer as the plain ones do.
    #[test]
    fn quick_trims_and_sentence_ends_agree_with_the_plain_ones() {
        let ends_sentence_plain = |s: &str| {
            let t = s.trim_end_matches(|c: char| {
                is_blankish(c) || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*')
            });
            t.chars().last().is_some_and(|c| SENTENCE_ENDS.contains(&c))
                || ends_sentence_before_note(s.trim_end_matches(is_blankish))
        };
        let mut lines = prefilter_test_lines(&[
            "of their capital. 1",
            "remains poor. [6]",
            "risk.[3][4] ",
            "GPA: 3.7",
            "No. 1",
            "ext. 2000",
            "[12]",
            "",
            " ",
            "a",
            ".",
            "\u{7f}",
            "\u{a0}",
            "x\u{a0}",
            "\u{200b}x",
            " x ",
            "\tx\r",
            "He said.\"",
            "(yes.)",
            "done.*",
            "end;",
            "why?'",
            "so…",
            "so…»",
            "a\u{1c}",
            "\u{85}b",
            "x\u{7f}",
            "It ended.\u{200b}",
            "Wait:",
            "[1]",
            "«Oui.»",
            "“Yes.”",
            "¿Qué?",
            "終わり。",
            "तापमान सामान्य से कम रहा।",
            "یہ خبر ہے۔",
        ]);
        lines.extend(lines.clone().iter().map(|l| format!(" {l}\t")));
        for l in &lines {
            assert_eq!(trim_blankish(l), l.trim_matches(is_blankish), "{l:?}");
            assert_eq!(trim_ws(l), l.trim(), "{l:?}");
            assert_eq!(ends_sentence(l), ends_sentence_plain(l), "{l:?}");
        }
        for b in 0u8..0x80 {
            let l = (b as char).to_string();
            assert_eq!(trim_blankish(&l), l.trim_matches(is_blankish), "{l:?}");
            assert_eq!(trim_ws(&l), l.trim(), "{l:?}");
            assert_eq!(ends_sentence(&l), ends_sentence_plain(&l), "{l:?}");
            // Each last byte after words, and after a sentence (a figure there is its note).
            for l in [format!("It rained{l}"), format!("It rained. {l}")] {
                assert_eq!(ends_sentence(&l), ends_sentence_plain(&l), "{l:?}");
            }
        }
    }

    /// [`contains_ascii_ci_by`] finds what [`contains_ascii_ci`] finds, by any byte of the
    /// needle.
    #[test]
    fn search_by_one_byte_finds_what_the_search_finds() {
        let mut lines = prefilter_test_lines(&[
            "Posted on 3 May 2024 by Jane",
            "BY  by  By bY",
            " by",
            "by ",
            "kie cookiX",
            "kie cooKIE",
            "co\u{212A}ie by\u{a0}x",
            "",
        ]);
        lines.push(String::new());
        for l in &lines {
            for (needle, k) in [
                (" by ", 2),
                ("cookie", 3),
                ("cookie", 0),
                ("cookie", 5),
                ("x", 9),
            ] {
                assert_eq!(
                    contains_ascii_ci_by(l, needle, k),
                    contains_ascii_ci(l, needle),
                    "{l:?} {needle:?} {k}"
                );
            }
        }
    }

    #[test]
    fn ascii_case_insensitive_search() {
        assert!(contains_ascii_ci("We use COOKIES here", "cookie"));
        assert!(contains_ascii_ci("Cookie Settings", "cookie"));
        assert!(!contains_ascii_ci("cook ie", "cookie"));
        assert!(!contains_ascii_ci("cooki", "cookie"));
        assert!(!contains_ascii_ci("kie cookiX", "cookie"));
        assert!(contains_ascii_ci("kie cooKIE", "cookie"));
        assert!(contains_ascii_ci("x", ""));
        assert!(contains_ascii_ci("a-b", "-"));
        // The rarity table is the letters' places in the frequency list, in either case.
        for b in 0..=255u8 {
            let place = BY_FREQUENCY
                .iter()
                .position(|&l| l == b.to_ascii_lowercase())
                .unwrap_or(26);
            assert_eq!(usize::from(RARITY[usize::from(b)]), place, "{b}");
        }
        // And the search answers as lower-casing both and searching does.
        let lines = prefilter_test_lines(&[
            "Open submenu",
            "3 gold badges",
            "MeNu",
            "Cookie",
            "a long line whose needle comes at its very end: menu",
            "cookiecookiecookie COOKIE",
            "sub menu, sub-menu and submenus",
        ]);
        for l in &lines {
            for needle in [
                "menu", "badge", "review", "cookie", "-", "x", "sub menu", "e-m",
            ] {
                assert_eq!(
                    contains_ascii_ci(l, needle),
                    l.to_ascii_lowercase().contains(needle),
                    "{l:?} {needle}"
                );
            }
        }
    }

    #[test]
    fn alphanumeric_table_answers_as_the_standard_library() {
        for c in (0..0x3400)
            .chain([0x4E00, 0xAC00, 0x1F600, 0x10FFFF])
            .filter_map(char::from_u32)
        {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

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
        // A reference to a note after the sentence's end.
        assert!(ends_sentence("a portion of their capital. 1"));
        assert!(ends_sentence("dietary quality remains poor. [6]"));
        assert!(ends_sentence("than people with the lowest scores.[3][12]"));
        assert!(ends_sentence(
            "the rights inherent in the ownership of real estate.” 2"
        ));
        assert!(ends_sentence("Up to 2x more than AirPods Pro 2. 1"));
        assert!(ends_sentence("when you need to hear it. 16"));
        // Figures that are no notes: decimals, prices, four digits, a lone bracket.
        assert!(!ends_sentence("Average GPA: 3.69"));
        assert!(!ends_sentence("Tuition $105.07 $288.16"));
        assert!(!ends_sentence("Call us on 1-800-2REVIEW ext. 2"));
        assert!(!ends_sentence("Founded in. 1999"));
        assert!(!ends_sentence("We're No. 1"));
        assert!(!ends_sentence("Scientific American Vol. 330 No. 2"));
        assert!(!ends_sentence("[1]"));
        assert!(!ends_sentence("Chapter 12"));
    }

    #[test]
    fn word_counts_match_split_whitespace() {
        for s in [
            "",
            " a  b ",
            "a\u{a0}b\u{3000}c",
            "“quoted” words — here",
            "\u{2003}x\u{85}y",
            "tab\tand\nnew",
        ] {
            assert_eq!(word_count(s), s.split_whitespace().count(), "{s:?}");
        }
    }

    /// The ASCII path of [`is_title_case`] answers as the decoding one.
    #[test]
    fn title_case_ascii_matches_chars() {
        let lines = prefilter_test_lines(&[
            "",
            " ",
            "Related Posts",
            "the Best of the rest",
            "\x0bvertical\x0btab Words",
            "Tab\tsplit\rwords",
            "(a) 12 ... -- x",
            "und Der di y e",
            "Café au lait",
            "İstanbul ǅemal",
        ]);
        for l in &lines {
            assert_eq!(is_title_case(l), is_title_case_decoded(l), "{l:?}");
        }
    }

    #[test]
    #[ignore = "reads every line of the WCXB dumps"]
    fn title_case_ascii_matches_chars_on_dumps() {
        for l in &every_dump_line() {
            assert_eq!(is_title_case(l), is_title_case_decoded(l), "{l:?}");
        }
    }

    /// A block's text, collapsed, has as many words by its spaces as by the full count.
    #[test]
    fn collapsed_word_counts_match_word_count() {
        let mut lines = prefilter_test_lines(&[
            "",
            " ",
            "a",
            "  two  words ",
            "\t\nline\r\x0bwith\x0c breaks\x01here",
            "nbsp\u{a0}\u{a0}and\u{2003}em\u{3000}ideographic\u{1680}ogham",
            "zero\u{200b}width\u{feff}joiners\u{00ad}and\u{0085}nel\u{2028}ls",
            "é, 東京 and 🎉 mixed \u{202f}narrow\u{205f}math",
        ]);
        lines.extend(
            lines
                .clone()
                .iter()
                .map(|l| format!("\u{a0} {l}\t\u{200b}")),
        );
        // Long enough for the lanes to be summed on the way (255 chunks of eight bytes).
        lines.push("a ".repeat(3000));
        lines.push("word ".repeat(1021));
        lines.push(" ".repeat(5000));
        lines.push("one two three ".repeat(30));
        for l in &lines {
            let plain = collapse(l);
            assert_eq!(collapsed_word_count(&plain), word_count(&plain), "{l:?}");
            for n in [
                0, 1, 2, 3, 4, 5, 29, 30, 31, 63, 64, 65, 89, 90, 91, 2000, 3000,
            ] {
                assert_eq!(
                    collapsed_more_words_than(&plain, n),
                    word_count(&plain) > n,
                    "{l:?} {n}"
                );
            }
        }
    }

    /// Eight ASCII bytes counted at once give the count of `split_whitespace`, whatever the
    /// whitespace and control bytes, wherever the words and chunks start and end.
    #[test]
    fn word_counts_eight_bytes_at_a_time() {
        let pieces = [
            "a", " ", "\t", "\n", "\x0b", "\x0c", "\r", "\x08", "\x0e", "\x1f", "\x7f", "!",
            "\u{a0}", "\u{2003}", "é",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for pad in ["", "word", "x y  z\t", "        "] {
                        let s = format!("{pad}{a}{b}{pad}{c}{a}{pad}{b}{c}{pad}");
                        assert_eq!(word_count(&s), s.split_whitespace().count(), "{s:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn hash_is_stable() {
        assert_eq!(hash64(b"dechaff"), hash64(b"dechaff"));
        assert_ne!(hash64(b"dechaff"), hash64(b"dechafg"));
        assert_ne!(hash64(b""), hash64(b"\0"));
    }

    #[test]
    fn word_ends_eight_bytes_at_a_time() {
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b, b'a', b, b'Z', b'0', b, 0x80 | b, b]);
            let bits = ascii_alnum_bits(x);
            for k in 0..8 {
                let byte = (x >> (8 * k)) as u8;
                assert_eq!(
                    bits >> (8 * k + 7) & 1 == 1,
                    byte.is_ascii_alphanumeric(),
                    "{byte:#x}"
                );
            }
        }
        let s = b"Hello, world9 abcdefghijklmnopqrstuvwxyz0123 x\xc3\xa9t\xe9";
        for i in 0..s.len() {
            let mut e = i;
            while e < s.len() && s[e].is_ascii_alphanumeric() {
                e += 1;
            }
            assert_eq!(ascii_word_end(s, i), e, "{i}");
        }
    }

    #[test]
    fn prefixes_match_in_any_case_and_only_at_the_start() {
        let p = Prefixes::new(&["sign up", "you're", "be the first", "x"], b" -*");
        for l in [
            "Sign Up now",
            "SIGN UP",
            "- * you're in",
            "Be The First",
            "x",
            "X-ray",
        ] {
            assert!(p.may_match(l), "{l}");
        }
        for l in [
            "Signed",
            "sign-up",
            "We sign up",
            "",
            "   ",
            "b",
            "youre",
            "be the firs",
        ] {
            assert!(!p.may_match(l), "{l}");
        }
        // Non-ASCII within the prefixes' reach goes on to the pattern (Kelvin sign, long s).
        assert!(p.may_match("ſign up"));
        assert!(p.may_match("• sign up"));
        assert!(p.may_match("sig\u{212A}"));
        assert!(p.may_match("You\u{2019}re in"));
        assert!(!p.may_match("Qyz\u{212A}"));
        assert!(!p.may_match("siXn \u{212A}"));
        let long = Prefixes::new(&["previous article"], b"");
        assert!(long.may_match("Previous Article"));
        assert!(!long.may_match("Previous Articl"));
    }

    /// The look-up of the first two bytes never rules out a line the full compare would let
    /// through: `may_match` is the compare of the line's head with every prefix of its first
    /// byte.
    #[test]
    fn two_byte_look_up_only_rules_out_lines_no_prefix_starts() {
        // (The second set has more prefixes for `s` than `SPAN_MIN`: its list is indexed by
        // second bytes too.)
        let few = Prefixes::new(&["sign up", "s'", "x", "7 ", "a-b", "ab"], b" -*");
        let many = Prefixes::new(
            &[
                "sign up", "s'", "si", "s", "sa", "s-", "sig", "x", "7 ", "a-b", "ab",
            ],
            b" -*",
        );
        for p in [few, many] {
            two_byte_look_up_agrees(&p);
        }
    }

    fn two_byte_look_up_agrees(p: &Prefixes) {
        let compare = |l: &str| {
            p.head(l).is_some_and(|(first, x, keep)| {
                keep == 0
                    || p.by_first[first.to_ascii_lowercase() as usize & 0x7f]
                        .iter()
                        .any(|q| ((x | q.fold) ^ q.want) & q.mask & keep == 0)
            })
        };
        let bytes = [
            "s", "S", "i", "I", "'", "x", "X", "7", " ", "a", "A", "-", "b", "B", "*", "\u{17F}",
            "\u{212A}", "é", "\u{a0}",
        ];
        let mut lines = vec![String::new()];
        for a in bytes {
            for b in bytes {
                for c in ["", "g", "gn up", "\u{212A}", " "] {
                    lines.push(format!("{a}{b}{c}"));
                    lines.push(format!("- {a}{b}{c}"));
                    lines.push(a.to_string());
                }
            }
        }
        for l in &lines {
            assert_eq!(p.may_match(l), compare(l), "{l:?}");
            assert_eq!(p.candidates(l) != 0, compare(l), "{l:?}");
        }
    }

    #[test]
    fn prefix_sets_name_the_sets_that_may_match() {
        let sets: [&[&'static str]; 4] = [
            &["sign up", "you're"],
            &["be the first", "x", "sign"],
            &["previous article"],
            &["3", " "],
        ];
        let all = Prefixes::sets(&sets, b"-");
        let one: Vec<Prefixes> = sets.iter().map(|p| Prefixes::new(p, b"-")).collect();
        let lines = prefilter_test_lines(&[
            "Sign Up now",
            "-sign",
            "X-ray",
            "Previous Article",
            "3 items",
            " x",
            "ſign up",
            "• sign up",
            "Previous Artic\u{212A}le",
            "",
            "-",
        ]);
        for l in &lines {
            let bits = all.candidates(l);
            for (k, p) in one.iter().enumerate() {
                assert_eq!(bits >> k & 1 == 1, p.may_match(l), "{l:?} {k}");
            }
        }
    }

    /// `has_byte` finds a byte wherever it lies, at every length, and nothing else.
    #[test]
    fn has_byte_is_a_search() {
        for len in 0..70 {
            let b: Vec<u8> = (0..len).map(|k| b'a' + (k % 26) as u8).collect();
            assert!(!has_byte(&b, b'['), "{len}");
            for p in 0..len {
                let mut c = b.clone();
                c[p] = b'[';
                assert!(has_byte(&c, b'['), "{len} {p}");
                assert_eq!(has_byte(&c, b'/'), memchr::memchr(b'/', &c).is_some());
            }
        }
    }

    /// Every byte, and every two bytes in a row, of lines of every length up to a few windows
    /// are in a window; the padding of a short line is seen only as padding.
    #[test]
    fn windows_cover_every_byte_and_pair() {
        let byte = |w: &[u8; 17]| w.contains(&1);
        let pair = |w: &[u8; 17]| w.windows(2).any(|p| p == [1, 2]);
        for len in 0..70 {
            assert!(!any_window(&vec![0; len], 0, byte), "{len}");
            for p in 0..len {
                let mut b = vec![0u8; len];
                b[p] = 1;
                assert!(any_window(&b, 0, byte), "{len} {p}");
                if p + 1 < len {
                    b[p + 1] = 2;
                    assert!(any_window(&b, 0, pair), "{len} {p}");
                }
            }
        }
    }

    /// Text the quick test passes is its own collapsed form, and the test passes nearly every
    /// line of printable ASCII with single spaces.
    #[test]
    fn collapsed_ascii_is_copied_as_it_is() {
        let pieces = [
            "a", " ", "  ", "\t", "\n", "\x0b", "\x1f", "\x7f", "~", "!", "\u{a0}", "\u{200b}", "é",
        ];
        let long = "abcdefghijklmnopqrstuvwxyz 0123456789 abcdefghijklmnopqrstuvwxyz 0123456789 ab";
        for a in pieces {
            for b in pieces {
                for pad in ["", "x", long] {
                    for s in [
                        format!("{pad}{a}{b}"),
                        format!("{a}{pad}{b}"),
                        format!("{a}{b}{pad}{a}"),
                    ] {
                        let mut slow = String::new();
                        push_collapsed(&mut slow, &s);
                        assert_eq!(collapse(&s), slow, "{s:?}");
                        assert_eq!(
                            is_collapsed_ascii(s.as_bytes()),
                            slow == s && s.bytes().all(|c| (b' '..=b'~').contains(&c)),
                            "{s:?}"
                        );
                    }
                }
            }
        }
    }

    /// [`push_collapsed`] as it was, a byte at a time: the reference for the fast run scan.
    fn collapse_reference(s: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        let bytes = s.as_bytes();
        let visible = |b: u8| b > b' ' && b < 0x7f;
        let mut i = 0;
        while i < bytes.len() {
            let mut end = i;
            while end < bytes.len() {
                let b = bytes[end];
                let single_space =
                    b == b' ' && end > i && bytes.get(end + 1).is_some_and(|&n| visible(n));
                if !(visible(b) || single_space) {
                    break;
                }
                end += 1;
            }
            if end > i {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push_str(&s[i..end]);
                i = end;
                continue;
            }
            let c = s[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if is_blankish(c) {
                if c.is_whitespace() {
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
        out
    }

    #[test]
    fn fast_collapse_equals_the_plain_way() {
        let mut lines = prefilter_test_lines(&[
            "a  b",
            " a b ",
            "abcdefgh  ijklmnop qrstuvwx",
            "abcdefghijklmnop\tq",
            "x\u{200B}y",
            "tilde~ and del\x7f here, 0123456789 0123456789",
            "ab cd ef gh ij kl mn op qr st",
            "é abcdefghij klmnopq  rs\u{00A0}tu",
            "12345678 \n 12345678\r\n",
        ]);
        // Every short string over a small alphabet of the bytes that matter.
        let alphabet = ["a", " ", "\t", "~", "\x7f", "é", "\u{200B}", "\u{00A0}"];
        let mut stack = vec![String::new()];
        while let Some(s) = stack.pop() {
            if s.chars().count() < 5 {
                for a in alphabet {
                    stack.push(format!("{s}{a}"));
                }
            }
            lines.push(s.repeat(3));
            lines.push(s);
        }
        // And over characters that are not ASCII, blankish (told by their first byte or not)
        // and visible.
        let others = [
            "a", " ", "—", "\u{2028}", "東", "\u{3000}", "\u{FEFF}", "😀", "\u{AD}", "\u{1680}",
            "\u{2060}", "ж", "\u{85}",
        ];
        let mut stack = vec![String::new()];
        while let Some(s) = stack.pop() {
            if s.chars().count() < 4 {
                for a in others {
                    stack.push(format!("{s}{a}"));
                }
            }
            lines.push(format!("{s}ab{s}"));
            // Past the first window of 16 bytes, with a word of ASCII on either side.
            lines.push(format!("abcdefghijklmn{s}opqrstuvwxyz{s}"));
        }
        for l in &lines {
            let want = collapse_reference(l);
            let got = collapse_cow(l);
            // Borrowed exactly when the text is its own collapsed form.
            assert_eq!(
                matches!(got, std::borrow::Cow::Borrowed(_)),
                want == *l,
                "{l:?}"
            );
            assert_eq!(got, want, "{l:?}");
        }
    }

    /// Both counts of word starts are exact (the length check skips no line with more): the
    /// plain count of spaces before a visible byte, or before a letter or digit.
    #[test]
    fn word_start_counts_are_exact() {
        let lines = prefilter_test_lines(&["a b c", " a  b ", " a", "a | b | c", "é a ü b", "x"]);
        for l in &lines {
            let b = l.as_bytes();
            let count = |starts: fn(&u8) -> bool| {
                b.windows(2)
                    .filter(|w| w[0] == b' ' && starts(&w[1]))
                    .count()
            };
            let visible = count(|c| c.is_ascii_graphic());
            let alnum = count(u8::is_ascii_alphanumeric);
            for n in 0..40 {
                assert_eq!(surely_more_words(l, n), visible > n, "{l:?} {n}");
                assert_eq!(surely_more_word_runs(l, n), alnum > n, "{l:?} {n}");
            }
        }
    }

    #[test]
    fn surely_more_words_never_overcounts() {
        let lines = prefilter_test_lines(&["a b c", " a  b ", "a\u{00A0}b c\td e", "", "x"]);
        for l in &lines {
            for n in 0..12 {
                if surely_more_words(l, n) {
                    assert!(word_count(l) > n, "{l:?} {n}");
                }
            }
        }
        assert!(surely_more_words("a b c d", 2));
        assert!(!surely_more_words("a b c", 2));
    }

    /// The word loop before its fast path: [`word_step`] (its slow path, a byte at a time
    /// between words) from the start to the end, the reference that [`for_each_word_head`] must
    /// equal.
    fn for_each_word_head_reference(text: &str, mut each: impl FnMut(&str, bool, u64)) -> u32 {
        let mut unspaced = 0u32;
        let mut i = 0;
        while i < text.len() {
            i = word_step(
                text,
                i,
                &mut |start, end, ascii, head| each(&text[start..end], ascii, head),
                &mut unspaced,
            );
        }
        unspaced
    }

    #[test]
    fn word_loop_equals_the_plain_way() {
        let mut lines = prefilter_test_lines(&[
            "",
            "a",
            "abcdefghijklmnopqrstuvwxyz0123456789 a",
            "é a ü b straße ÜBER 東京都は火曜日、長い議論 x",
            "word—word “quoted” it’s a\u{a0}b\u{200b}c ſo \u{212A}",
            "  ,, .. a1b2c3d4e5f6g7h8i9 --- x,y;z  ",
        ]);
        // Every suffix of some lines, so that words meet the 16-byte edge of the fast loop at
        // every offset; and a pseudo-random mix of the kinds of bytes the loop tells apart.
        let mut extra = Vec::new();
        for l in lines.iter().take(400) {
            for (k, _) in l.char_indices().take(40) {
                extra.push(l[k..].to_string());
            }
        }
        let pieces = [
            "a",
            "Bc",
            "0",
            "xyzxyzxyz",
            " ",
            ",",
            ". ",
            "é",
            "—",
            "東",
            "\u{a0}",
            "\n",
            "ab9",
        ];
        let mut seed = 11u64;
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..(seed % 40) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            extra.push(t);
        }
        lines.extend(extra);
        for l in &lines {
            let (mut fast, mut plain) = (Vec::new(), Vec::new());
            let a = for_each_word_head(l, |w, ascii, head| fast.push((w.to_string(), ascii, head)));
            let b = for_each_word_head_reference(l, |w, ascii, head| {
                plain.push((w.to_string(), ascii, head))
            });
            assert_eq!((a, &fast), (b, &plain), "{l:?}");
            let mut inline = Vec::new();
            let c = for_each_word_inline(l, |start, end, ascii, head| {
                inline.push((l[start..end].to_string(), ascii, head))
            });
            assert_eq!((c, &inline), (b, &plain), "{l:?}");
        }
    }

    #[test]
    fn lower_case_table_equals_std() {
        for u in 0..LOWER_TABLE_END + 256 {
            if let Some(c) = char::from_u32(u) {
                let mut ours = String::new();
                for_each_lower(c, |l| ours.push(l));
                assert_eq!(ours, c.to_lowercase().collect::<String>(), "{u:#x}");
            }
        }
        assert_eq!(lower_char('İ'), None);
        assert_eq!(lower_char('Я'), Some('я'));
        let name = "Jane  Doe, İSTANBUL Ünal-Σ";
        let by_std: String = name
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        assert_eq!(alnum_lower(name), by_std);
        for w in [
            "ΟΔΟΣ",
            "ΣΑΣ",
            "Σ",
            "İstanbul",
            "КОТОРЫЕ",
            "Straße",
            "ǅemal",
            "東京",
        ] {
            let mut out = String::new();
            push_lowercase(&mut out, w);
            assert_eq!(out, w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn alphanumeric_table_equals_std() {
        for u in 0..ALNUM_TABLE_END + 256 {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{u:#x}");
            }
        }
        prepare();
        let prepared = (ALNUM_PREPARED_END / 64) as usize;
        assert!((0..prepared)
            .all(|k| ALNUM_BLOCKS_DONE[k / 64].load(Ordering::Relaxed) >> (k % 64) & 1 == 1));
        // The surrogates' blocks (no characters) hold no letters when worked out.
        assert_eq!(alnum_block(0xD800 / 64), 0);
    }

    #[test]
    fn counts_high_bits() {
        for m in 0u64..256 {
            let x = (0..8).fold(0u64, |x, k| x | (m >> k & 1) << (8 * k + 7));
            assert_eq!(high_bits_set(x), x.count_ones() as usize, "{x:#x}");
        }
    }

    #[test]
    fn surely_more_word_runs_never_overcounts() {
        let lines = prefilter_test_lines(&[
            "a b c",
            " a  b ",
            "a | b | c | d",
            "a-b c-d e",
            "é a ü b",
            "",
            "x",
            "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
        ]);
        for l in &lines {
            let mut words = 0;
            for_each_word(l, |_, _| words += 1);
            for n in 0..20 {
                if surely_more_word_runs(l, n) {
                    assert!(words > n, "{l:?} {n}");
                }
            }
        }
        assert!(surely_more_word_runs("a b c d", 2));
        assert!(!surely_more_word_runs("a | b | c", 2));
    }

    #[test]
    fn finds_ascii_digits() {
        let lines =
            prefilter_test_lines(&["abcdefgh9", "0", "/:", "\u{0663}", "abcdefghijklmnop", ""]);
        for l in &lines {
            for n in 0..l.len() {
                let b = &l.as_bytes()[n..];
                assert_eq!(
                    has_ascii_digit(b),
                    b.iter().any(u8::is_ascii_digit),
                    "{l:?} {n}"
                );
            }
        }
    }

    #[test]
    fn loads_short_slices() {
        let b = b"abcdefghij";
        for n in 0..=8 {
            let mut buf = [0u8; 8];
            buf[..n].copy_from_slice(&b[..n]);
            assert_eq!(load_le(&b[..n]), u64::from_le_bytes(buf), "{n}");
        }
    }

    #[test]
    fn loads_sixteen_bytes() {
        let b = b"abcdefghijklmnopqrst";
        for n in 0..=b.len() {
            let mut buf = [0u8; 16];
            let k = n.min(16);
            buf[..k].copy_from_slice(&b[..k]);
            assert_eq!(load16(&b[..n]), u128::from_le_bytes(buf), "{n}");
        }
    }

    #[test]
    fn title_case() {
        assert!(is_title_case("Pakistan Cyber Force"));
        assert!(is_title_case("Share on Linkedin"));
        assert!(!is_title_case("In order to explore"));
    }
}
