//! The text front end: lines, blank lines and re-joined hard-wrapped lines become blocks.

use crate::doc::Block;
use crate::model::{ByteSpan, Removal};
use crate::rules::{normalize, segment, Ruleset};
use crate::text;

/// One non-blank line: its span (whitespace trimmed) in the input.
#[derive(Debug, Clone, Copy)]
struct Line {
    span: ByteSpan,
    /// A blank line (or the start of input) comes before it.
    after_blank: bool,
}

/// Splits `src` into lines (`\n`, `\r\n` or `\r`), trimming whitespace. Lines of only invisible
/// characters are blank; their bytes are reported as `normalize.invisible`.
fn lines(src: &str, rs: &Ruleset, removals: &mut Vec<Removal>) -> Vec<Line> {
    let bytes = src.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 60 + 1);
    let mut pos = 0;
    let mut after_blank = true;
    while pos < bytes.len() {
        let end = memchr::memchr2(b'\n', b'\r', &bytes[pos..])
            .map(|i| pos + i)
            .unwrap_or(bytes.len());
        let line = &src[pos..end];
        let (a, b) = ws_trim(line);
        if a == b {
            after_blank = true;
        } else if !line.as_bytes()[a].is_ascii_graphic() && text::is_blank(&line[a..b]) {
            if rs.on(&normalize::INVISIBLE) {
                removals.push(normalize::INVISIBLE.removal(ByteSpan::new(pos + a, pos + b), None));
            } else {
                out.push(Line {
                    span: ByteSpan::new(pos + a, pos + b),
                    after_blank,
                });
            }
            // An invisible-only line separates paragraphs like a blank one.
            after_blank = true;
        } else {
            out.push(Line {
                span: ByteSpan::new(pos + a, pos + b),
                after_blank,
            });
            after_blank = false;
        }
        pos = end;
        if pos < bytes.len() {
            pos += if bytes[pos] == b'\r' && bytes.get(pos + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
    }
    out
}

/// Trims Unicode whitespace (not invisible characters: those stay inside spans so that every
/// non-whitespace byte is accounted for).
fn ws_trim(s: &str) -> (usize, usize) {
    // A line that starts and ends with an ASCII byte above the space, as most do, has nothing
    // to trim: neither end needs the check for ASCII that reads the whole line.
    let solid = |b: &u8| *b > b' ' && *b < 0x80;
    if s.as_bytes().first().is_some_and(solid) && s.as_bytes().last().is_some_and(solid) {
        return (0, s.len());
    }
    ws_trim_plain(s)
}

/// [`ws_trim`] without its shortcut: ASCII whitespace when the line is ASCII, else Unicode
/// whitespace.
fn ws_trim_plain(s: &str) -> (usize, usize) {
    if s.is_ascii() {
        let b = s.as_bytes();
        let a = b
            .iter()
            .position(|c| !c.is_ascii_whitespace())
            .unwrap_or(b.len());
        let e = b
            .iter()
            .rposition(|c| !c.is_ascii_whitespace())
            .map(|i| i + 1)
            .unwrap_or(a);
        return (a, e.max(a));
    }
    let t = s.trim_start();
    let a = s.len() - t.len();
    (a, a + t.trim_end().len())
}

/// The blocks of a text dump.
pub fn blocks<'s>(src: &'s str, rs: &Ruleset, removals: &mut Vec<Removal>) -> Vec<Block<'s>> {
    let lines = lines(src, rs, removals);
    // Looked up once: `on` goes through the list of enabled rules.
    let rejoin = rs.on(&segment::REJOIN);
    let wrapped = rejoin
        && segment::looks_wrapped_lines(
            lines.iter().map(|l| (&src[l.span.range()], l.after_blank)),
        );
    let mut blocks = Vec::with_capacity(lines.len());
    let mut group: Vec<ByteSpan> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let joins = !l.after_blank
            && i > 0
            && rejoin
            && segment::continues(
                &src[lines[i - 1].span.range()],
                &src[l.span.range()],
                wrapped,
            );
        if !joins && !group.is_empty() {
            blocks.push(Block::from_spans(src, &group));
            group.clear();
        }
        group.push(l.span);
    }
    if !group.is_empty() {
        blocks.push(Block::from_spans(src, &group));
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_trim_equals_the_plain_way() {
        let mut lines = crate::text::prefilter_test_lines(&[
            "",
            " ",
            "a",
            " a ",
            "\x0Ba\x0B",
            "a\x0B",
            "\u{a0}a\u{a0}",
            "a\u{2003}",
            "é",
            " é ",
            "\u{200b}a",
            "a b\tc",
        ]);
        lines.extend(lines.clone().iter().map(|l| format!(" {l}\t")));
        for l in &lines {
            assert_eq!(ws_trim(l), ws_trim_plain(l), "{l:?}");
        }
    }
}
