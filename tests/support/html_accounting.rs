//! The accounting invariant on HTML pages, shared by `tests/html_properties.rs` and
//! `examples/mutate.rs`: every byte of visible text lies in a kept paragraph, a removal or a
//! metadata span; spans do not overlap and sit on character boundaries.
#![allow(dead_code)]

use dechaff::text::is_blankish;
use dechaff::CleanDoc;

// (Both checks read it; a program that runs both loads it twice, which is harmless.)
#[allow(clippy::duplicate_mod)]
#[path = "mojibake.rs"]
mod mojibake;

/// The end of the start tag at `i`: the first `>` outside a quoted attribute value, read as the
/// HTML tokenizer reads a tag; and whether the tag closes itself (`/>` after its name or an
/// attribute, not in an unquoted value). A quote opens a value only as the first character after
/// an attribute's `=` (whitespace aside); in an unquoted value, or in an attribute's name, a
/// quote or an `=` is an ordinary character (`a==\"x` is the unquoted value `=\"x`).
fn tag_end(b: &[u8], i: usize) -> (usize, bool) {
    #[derive(Clone, Copy)]
    enum State {
        TagName,
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        Quoted(u8),
        Unquoted,
    }
    let mut state = State::TagName;
    let mut k = i + 1;
    while k < b.len() {
        let c = b[k];
        let ws = c.is_ascii_whitespace();
        state = match state {
            State::Quoted(q) if c == q => State::BeforeName,
            State::Quoted(q) => State::Quoted(q),
            // (Outside a quoted value, `>` ends the tag, a value missing after `=` too.)
            _ if c == b'>' => {
                let closes = matches!(state, State::BeforeName) && b[k - 1] == b'/';
                return (k + 1, closes);
            }
            State::TagName | State::Unquoted if ws => State::BeforeName,
            State::TagName if c == b'/' => State::BeforeName,
            State::TagName | State::Unquoted => state,
            State::BeforeName if ws || c == b'/' => State::BeforeName,
            State::BeforeName => State::Name,
            State::Name if ws => State::AfterName,
            State::Name if c == b'/' => State::BeforeName,
            State::Name if c == b'=' => State::BeforeValue,
            State::Name => State::Name,
            State::AfterName if ws => State::AfterName,
            State::AfterName if c == b'/' => State::BeforeName,
            State::AfterName if c == b'=' => State::BeforeValue,
            State::AfterName => State::Name,
            State::BeforeValue if ws => State::BeforeValue,
            State::BeforeValue if c == b'"' || c == b'\'' => State::Quoted(c),
            State::BeforeValue => State::Unquoted,
        };
        k += 1;
    }
    (b.len(), false)
}

/// Elements whose content is text up to their end tag (the HTML tokenizer's raw text and
/// escapable raw text).
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Where the raw text of element `name` that starts at `from` ends: at its end tag (`</name`
/// followed by a tag's delimiter), or at the end of the page.
fn raw_text_end(b: &[u8], from: usize, name: &str) -> usize {
    let n = name.len();
    let mut k = from;
    while k + 2 + n <= b.len() {
        if b[k] == b'<'
            && b[k + 1] == b'/'
            && b[k + 2..k + 2 + n].eq_ignore_ascii_case(name.as_bytes())
            && b.get(k + 2 + n)
                .is_none_or(|c| matches!(c, b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | 0x0C))
        {
            return k;
        }
        k += 1;
    }
    b.len()
}

/// Byte ranges of a UTF-8 page that a reader can see as text: everything outside tags, comments,
/// doctypes and processing instructions. The content of `script`/`style` counts too: it must be
/// accounted for (as a removal).
fn visible_ranges(page: &str) -> Vec<(usize, usize)> {
    let b = page.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < b.len() {
        if b[i] == b'<' {
            let next = b.get(i + 1).copied().unwrap_or(0);
            let end = if page[i..].starts_with("<!--") {
                // An unterminated comment runs to the end of the page.
                Some(page[i + 4..].find("-->").map_or(b.len(), |k| i + 4 + k + 3))
            } else if next.is_ascii_alphabetic() {
                let (end, self_closing) = tag_end(b, i);
                // The content of a raw-text element is text up to its end tag, whatever `<` it
                // holds (a style sheet with `<img alt="` in it shows no image), as the cleaner's
                // tokenizer reads it (which takes `<script … />` for closed).
                // (A tag's name runs to whitespace, `/` or `>`, as the tokenizer reads it: a NUL
                // in it stands for U+FFFD, so `<style\0>` opens no style sheet.)
                let name_end = (i + 1..end)
                    .find(|&k| b[k].is_ascii_whitespace() || matches!(b[k], b'/' | b'>'))
                    .unwrap_or(end);
                let name = page[i + 1..name_end].to_ascii_lowercase();
                if !self_closing && RAW_TEXT.contains(&name.as_str()) {
                    out.push((start, i));
                    let close = raw_text_end(b, end, &name);
                    out.push((end, close));
                    i = close;
                    start = close;
                    continue;
                }
                Some(end)
            } else if next == b'/' && i + 2 == b.len() {
                // `</` at the very end is text.
                None
            } else if matches!(next, b'/' | b'!' | b'?') {
                // So does an unterminated doctype, bogus comment or processing instruction.
                Some(page[i..].find('>').map_or(b.len(), |k| i + k + 1))
            } else {
                None
            };
            if let Some(end) = end {
                out.push((start, i));
                i = end;
                start = end;
                continue;
            }
        }
        i += 1;
    }
    out.push((start, b.len()));
    out
}

/// Character references that stand for whitespace or invisible characters.
const BLANK_REFS: &[&str] = &[
    "&nbsp;",
    "&#160;",
    "&#xa0;",
    "&#xA0;",
    "&ensp;",
    "&emsp;",
    "&thinsp;",
    "&zwnj;",
    "&zwj;",
    "&shy;",
    "&#8203;",
    "&#x200b;",
    "&#x200B;",
    "&#32;",
    "&#x20;",
    "&#10;",
    "&#13;",
    "&#9;",
    "&Tab;",
    "&NewLine;",
    "&nbsp",
    "&#8204;",
    "&#8205;",
    "&#8206;",
    "&#8207;",
    "&lrm;",
    "&rlm;",
    "&#xfeff;",
    "&#65279;",
    "&#173;",
    "&#8239;",
    "&#8201;",
    "&#8194;",
    "&#8195;",
    "&#12288;",
];

/// The length of a numeric character reference at the start of `s` that stands for a blank
/// character (`&#xA;`, `&#160;`).
fn blank_numeric_ref(s: &str) -> Option<usize> {
    let body = s.strip_prefix("&#")?;
    let (radix, digits) = match body.strip_prefix(['x', 'X']) {
        Some(d) => (16, d),
        None => (10, body),
    };
    let n = digits
        .find(|c: char| !c.is_digit(radix))
        .unwrap_or(digits.len());
    if n == 0 {
        return None;
    }
    // As HTML parsers read it: a value out of range (however many digits) or a surrogate is
    // U+FFFD, which counts as blank.
    let v = digits[..n].chars().fold(0u32, |v, d| {
        v.saturating_mul(radix)
            .saturating_add(d.to_digit(radix).unwrap_or(0))
    });
    let c = char::from_u32(v).unwrap_or('\u{FFFD}');
    if !is_blankish(c) {
        return None;
    }
    let semi = usize::from(digits[n..].starts_with(';'));
    Some(2 + usize::from(radix == 16) + n + semi)
}

pub fn check(page: &str, doc: &CleanDoc) -> Result<(), String> {
    let mut owned: Vec<(usize, usize, String)> = Vec::new();
    for (k, p) in doc.paragraphs.iter().enumerate() {
        for s in &p.spans {
            owned.push((s.start, s.end, format!("paragraph {k}")));
        }
    }
    for r in &doc.removals {
        owned.push((r.span.start, r.span.end, r.rule.to_string()));
        // What a duplicate repeats is another stretch of the page. (Not always before it: a
        // block of pieces far apart in the markup holds them in its reading order.)
        if let Some(first) = r.repeats {
            if first.start >= first.end || first.end > page.len() || first == r.span {
                return Err(format!("{:?} repeats {first:?}", r.span));
            }
        }
    }
    owned.sort();
    for (a, z, who) in &owned {
        if a >= z || *z > page.len() || !page.is_char_boundary(*a) || !page.is_char_boundary(*z) {
            return Err(format!("bad span {a}..{z} ({who})"));
        }
    }
    for w in owned.windows(2) {
        if w[0].1 > w[1].0 {
            return Err(format!("spans overlap: {:?} and {:?}", w[0], w[1]));
        }
    }
    let m = &doc.metadata;
    let mut covered: Vec<(usize, usize)> = owned.iter().map(|(a, z, _)| (*a, *z)).collect();
    for f in [
        &m.title,
        &m.date,
        &m.author,
        &m.site_name,
        &m.url,
        &m.language,
    ]
    .into_iter()
    .flatten()
    {
        covered.push((f.span.start, f.span.end));
    }
    // Sorted and merged, so that each byte is looked up by a binary search: a scan of every
    // span for every byte took hours on a page of megabytes with a hundred thousand spans.
    covered.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(covered.len());
    for (s, e) in covered {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let is_covered = |at: usize| {
        let k = merged.partition_point(|&(s, _)| s <= at);
        k > 0 && at < merged[k - 1].1
    };
    // Mojibake that reads as a space is blank.
    let blank = mojibake::blank_repairs(page, &doc.provenance.repaired);
    for (a, z) in visible_ranges(page) {
        let mut skip_to = 0;
        for (i, c) in page[a..z].char_indices() {
            let at = a + i;
            if is_blankish(c) || at < skip_to || blank(at) {
                continue;
            }
            // Whitespace written as a character reference is whitespace.
            if c == '&' {
                let rest = &page[at..z];
                if let Some(r) = BLANK_REFS.iter().find(|r| rest.starts_with(*r)) {
                    skip_to = at + r.len();
                    continue;
                }
                if let Some(len) = blank_numeric_ref(rest) {
                    skip_to = at + len;
                    continue;
                }
            }
            if !is_covered(at) {
                let ctx: String = page[at..].chars().take(40).collect();
                return Err(format!("byte {at} ({c:?}) is in no span: {ctx:?}"));
            }
        }
    }
    Ok(())
}
