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
    /// The line is collapsed already (as [`text::collapse_cow`] finds it: single spaces between
    /// visible characters, none at either end, no blankish character): its plain text is its
    /// bytes.
    plain: bool,
}

/// Splits `src` into lines (`\n`, `\r\n` or `\r`), trimming whitespace. Lines of only invisible
/// characters are blank; their bytes are reported as `normalize.invisible`.
fn lines(src: &str, rs: &Ruleset, removals: &mut Vec<Removal>) -> Vec<Line> {
    let bytes = src.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 50 + 1);
    let mut pos = 0;
    let mut after_blank = true;
    while pos < bytes.len() {
        let (end, rough) = line_end(bytes, pos);
        // Most lines: nothing to trim, nothing to collapse, not blank.
        if rough.is_none() && end > pos && bytes[pos] != b' ' && bytes[end - 1] != b' ' {
            out.push(Line {
                span: ByteSpan::new(pos, end),
                after_blank,
                plain: true,
            });
            after_blank = false;
        } else {
            let line = &src[pos..end];
            let (a, b) = ws_trim(line);
            if a == b {
                after_blank = true;
            } else if !line.as_bytes()[a].is_ascii_graphic() && text::is_blank(&line[a..b]) {
                if rs.on(&normalize::INVISIBLE) {
                    removals
                        .push(normalize::INVISIBLE.removal(ByteSpan::new(pos + a, pos + b), None));
                } else {
                    out.push(Line {
                        span: ByteSpan::new(pos + a, pos + b),
                        after_blank,
                        plain: false,
                    });
                }
                // An invisible-only line separates paragraphs like a blank one.
                after_blank = true;
            } else {
                // The bytes before the first rough one are printable ASCII without two spaces
                // in a row: only those from it on are looked at.
                let clean = rough.map_or(b, |r| r - pos).clamp(a, b) - a;
                out.push(Line {
                    span: ByteSpan::new(pos + a, pos + b),
                    after_blank,
                    plain: text::is_collapsed_after(&line[a..b], clean),
                });
                after_blank = false;
            }
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

/// The end of the line starting at `pos` (the first `\n` or `\r`, or the end of input), and the
/// first byte of the line, if any, that is not printable ASCII or is a space before a space.
/// One pass over the line, eight bytes at a time, finds both: the line ends at its first byte
/// below the space unless a rough byte comes first (then `memchr` finds the end).
#[inline]
fn line_end(b: &[u8], pos: usize) -> (usize, Option<usize>) {
    let mut at = pos;
    let first_rough = loop {
        if let (Some(x), Some(&next)) = (
            b.get(at..).and_then(|r| r.first_chunk::<8>()),
            b.get(at + 8),
        ) {
            let x = u64::from_le_bytes(*x);
            let rough = swar_rough(x, next);
            if rough == 0 {
                at += 8;
                continue;
            }
            break at + (rough.trailing_zeros() / 8) as usize;
        }
        // The last bytes of the input, one at a time.
        match b.get(at) {
            None => return (b.len(), None),
            Some(&c) => {
                let next = b.get(at + 1).copied().unwrap_or(0);
                if (b' '..0x7f).contains(&c) && !(c == b' ' && next == b' ') {
                    at += 1;
                    continue;
                }
                break at;
            }
        }
    };
    if matches!(b[first_rough], b'\n' | b'\r') {
        return (first_rough, None);
    }
    let end = memchr::memchr2(b'\n', b'\r', &b[first_rough..])
        .map(|i| first_rough + i)
        .unwrap_or(b.len());
    (end, Some(first_rough))
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit set in the lowest byte of `x` (eight input bytes, little-endian; `next` is the
/// byte after them) that is not printable ASCII (0x20 to 0x7E) or is a space followed by a space,
/// if there is one. Bytes above that one may be marked too (a borrow or carry runs on past a hit),
/// so only the lowest mark is exact.
#[inline(always)]
fn swar_rough(x: u64, next: u8) -> u64 {
    // Below the space (borrows), 0x80 and up (high bit), 0x7F and up (carries into the high bit).
    let unprintable = (x.wrapping_sub(ONES * 0x20) & !x) | x | x.wrapping_add(ONES);
    // A zero byte where both a byte and the next are spaces.
    let after = (x >> 8) | (u64::from(next) << 56);
    let t = (x ^ (ONES * 0x20)) | (after ^ (ONES * 0x20));
    let two_spaces = t.wrapping_sub(ONES) & !t;
    (unprintable | two_spaces) & HIGH
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
#[cfg(test)]
pub(crate) fn blocks<'s>(
    src: &'s str,
    rs: &Ruleset,
    removals: &mut Vec<Removal>,
) -> Vec<Block<'s>> {
    blocks_and_code_lines(src, rs, removals).0
}

/// The blocks of a text dump (as `blocks` gives them in tests), and for each block whether it
/// is a line of code (as [`Doc::code_lines`] holds it), where the lines of code were looked for
/// (see [`in_code_block`]): a block of one line whose plain text is the line as it is.
///
/// [`Doc::code_lines`]: crate::doc::Doc
pub(crate) fn blocks_and_code_lines<'s>(
    src: &'s str,
    rs: &Ruleset,
    removals: &mut Vec<Removal>,
) -> (Vec<Block<'s>>, Vec<Option<bool>>) {
    let lines = lines(src, rs, removals);
    // Looked up once: `on` goes through the list of enabled rules.
    let rejoin = rs.on(&segment::REJOIN);
    let code_on = rs.on(&crate::rules::code::CODE_BLOCK);
    // Blank lines between fewer than one block in `BLANKLESS_LINES`: the dump has none between
    // its paragraphs.
    let breaks = lines.iter().skip(1).filter(|l| l.after_blank).count();
    let blankless = breaks * segment::BLANKLESS_LINES < lines.len();
    let width = if rejoin {
        segment::wrap_width(lines.iter().map(|l| (&src[l.span.range()], l.after_blank)))
    } else {
        None
    };
    let mut blocks = Vec::with_capacity(lines.len());
    // The lines `group..i` make the block being built.
    let mut group = 0;
    // The lines of code and those of code blocks, found when two lines first would join: such
    // lines are each their own paragraph.
    let mut in_code: Option<CodeLines> = None;
    for (i, l) in lines.iter().enumerate() {
        let joins = !l.after_blank
            && i > 0
            && rejoin
            && (segment::continues_at_width(
                &src[lines[i - 1].span.range()],
                &src[l.span.range()],
                width,
                blankless,
            ) || segment::continues_inline(
                &src[lines[i - 1].span.range()],
                &src[l.span.range()],
                // The line before continued its own paragraph.
                group + 1 < i,
            ))
            && !(code_on && in_code_block(src, &lines, i, &mut in_code));
        if !joins && group < i {
            blocks.push(block_of(src, &lines[group..i]));
            group = i;
        }
    }
    if group < lines.len() {
        blocks.push(block_of(src, &lines[group..]));
    }
    // Each block's answer, when its lines were asked: a block of one line that is collapsed
    // already has the line's text as its plain text, trimmed.
    let code_lines = match &in_code {
        Some(found) => {
            let mut out = Vec::with_capacity(blocks.len());
            let mut at = 0;
            for b in &blocks {
                let n = b.pieces.len();
                let one_plain_line = n == 1 && lines.get(at).is_some_and(|l| l.plain);
                out.push(
                    one_plain_line
                        .then(|| found.code.get(at).copied())
                        .flatten(),
                );
                at += n;
            }
            out
        }
        None => Vec::new(),
    };
    (blocks, code_lines)
}

/// Which lines are lines of code ([`crate::rules::code::is_code_line`]), and which belong to a
/// code block ([`code_block_lines`]; empty when no line is code).
struct CodeLines {
    code: Vec<bool>,
    in_block: Vec<bool>,
}

/// Line `i` or the line before it belongs to a code block. Two lines that read as prose never
/// do (a wrapped paragraph's, nearly every line that joins): the dump's lines of code are
/// looked for only when another pair would join, once (`in_code`).
fn in_code_block(src: &str, lines: &[Line], i: usize, in_code: &mut Option<CodeLines>) -> bool {
    use crate::rules::code::reads_as_prose;
    let text = |k: usize| &src[lines[k].span.range()];
    if reads_as_prose(text(i - 1)) && reads_as_prose(text(i)) {
        return false;
    }
    in_code
        .get_or_insert_with(|| {
            let code: Vec<bool> = lines
                .iter()
                .map(|l| crate::rules::code::is_code_line(&src[l.span.range()]))
                .collect();
            let in_block = code_block_lines(src, lines, &code);
            CodeLines { code, in_block }
        })
        .in_block
        .get(i - 1..=i)
        .is_some_and(|pair| pair.contains(&true))
}

/// Which lines belong to a code block: those between a Markdown dump's fences, and the lines of
/// a stretch that holds a line of code ([`crate::rules::code::is_code_line`]). Stretches end at blank lines and at lines that read
/// as prose, which no code block holds, so that a wrapped paragraph beside a listing still
/// joins. Empty when the dump has no line of code.
/// `code` tells which lines are lines of code.
fn code_block_lines(src: &str, lines: &[Line], code: &[bool]) -> Vec<bool> {
    use crate::rules::code::{is_code_fence, reads_as_prose};
    let text = |l: &Line| &src[l.span.range()];
    // A Markdown code block's lines, between its fences, whatever their shapes.
    let has = |fence: &[u8]| memchr::memmem::find(src.as_bytes(), fence).is_some();
    let fences: Vec<usize> = if has(b"```") || has(b"~~~") {
        (0..lines.len())
            .filter(|&k| is_code_fence(text(&lines[k])))
            .collect()
    } else {
        Vec::new()
    };
    if !code.contains(&true) && fences.len() < 2 {
        return Vec::new();
    }
    let mut in_code = vec![false; lines.len()];
    for pair in fences.chunks_exact(2) {
        in_code[pair[0] + 1..pair[1]].fill(true);
    }
    let mut close = |from: usize, to: usize| {
        if code[from..to].contains(&true) {
            in_code[from..to].fill(true);
        }
    };
    let mut start = 0;
    for (k, l) in lines.iter().enumerate() {
        if l.after_blank {
            close(start, k);
            start = k;
        }
        if reads_as_prose(text(l)) {
            close(start, k);
            start = k + 1;
        }
    }
    close(start.min(lines.len()), lines.len());
    in_code
}

/// The block of the lines `lines` (at least one), joined.
fn block_of<'s>(src: &'s str, lines: &[Line]) -> Block<'s> {
    match lines {
        [l] => Block::from_line(src, l.span, l.plain),
        _ => {
            let spans: smallvec::SmallVec<[ByteSpan; 8]> = lines.iter().map(|l| l.span).collect();
            Block::from_spans_collapsed(src, &spans, lines.iter().all(|l| l.plain))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass scan ends each line where the first line break is, and calls a line plain
    /// exactly when it is printable ASCII without two spaces in a row, from any start, over the
    /// fixture lines and lines with rough bytes at every place of an eight-byte step.
    #[test]
    fn line_scan_finds_ends_and_plain_lines() {
        let mut lines = crate::text::prefilter_test_lines(&["", " ", "a  b", "a\tb", "\x7f", "é"]);
        let base = "abcdefghijklmnopqrstuvwxyz0123";
        for at in 0..base.len() {
            for bad in [
                " ", "  ", "\t", "\x7f", "\x01", "é", "\u{a0}", "~", "\n", "\r",
            ] {
                lines.push(format!("{}{bad}{}", &base[..at], &base[at..]));
            }
        }
        for l in &lines {
            for brk in ["", "\n", "\r\n", "\r", "\nnext line", "  \n"] {
                let doc = format!("{l}{brk}");
                let b = doc.as_bytes();
                for pos in (0..b.len()).filter(|&p| doc.is_char_boundary(p)) {
                    let (end, rough) = line_end(b, pos);
                    let want_end =
                        memchr::memchr2(b'\n', b'\r', &b[pos..]).map_or(b.len(), |i| pos + i);
                    assert_eq!(end, want_end, "{doc:?} from {pos}");
                    let line = &doc[pos..end];
                    let plain =
                        line.bytes().all(|c| (b' '..0x7f).contains(&c)) && !line.contains("  ");
                    assert_eq!(rough.is_none(), plain, "{doc:?} from {pos}");
                    if let Some(r) = rough {
                        let first = line
                            .bytes()
                            .zip(line.bytes().skip(1).chain([b'x']))
                            .position(|(c, n)| {
                                !(b' '..0x7f).contains(&c) || (c == b' ' && n == b' ')
                            });
                        assert_eq!(Some(r - pos), first, "{doc:?} from {pos}");
                    }
                    if plain && !line.is_empty() && !line.starts_with(' ') && !line.ends_with(' ') {
                        assert!(matches!(
                            text::collapse_cow(line),
                            std::borrow::Cow::Borrowed(_)
                        ));
                    }
                }
            }
        }
    }

    /// A line is plain exactly when collapsing leaves it as it is, whatever rough bytes it has
    /// and wherever they are.
    #[test]
    fn plain_lines_are_those_collapse_borrows() {
        let rs = Ruleset::new(crate::rules::Tier::Balanced, &[]);
        let mut lines = crate::text::prefilter_test_lines(&["é", "a  b", "\u{a0}", "\u{200b}"]);
        let base = "abc def ghijklmnopqrstu vwxyz 0123";
        for at in 0..base.len() {
            for odd in [
                "é", "—", " ", "  ", "\t", "\x7f", "\x01", "\u{a0}", "\u{2003}", "\u{200b}",
                "\u{feff}", "\u{fffd}", "\u{3000}", "\u{1680}", "’ ", " ’", "\u{85}",
            ] {
                lines.push(format!("{}{odd}{}", &base[..at], &base[at..]));
                lines.push(format!("\t{}{odd}{} ", &base[..at], &base[at..]));
            }
        }
        for l in &lines {
            let src = format!("{l}\nnext\n");
            for line in super::lines(&src, &rs, &mut Vec::new()) {
                let t = &src[line.span.range()];
                let borrowed = matches!(text::collapse_cow(t), std::borrow::Cow::Borrowed(_));
                assert_eq!(line.plain, borrowed, "{t:?}");
            }
        }
    }

    /// The answers the front end gives for its blocks are those the code rule would find.
    fn code_lines_are_the_blocks_answers(texts: &[String]) {
        let rs = Ruleset::new(crate::rules::Tier::Balanced, &[]);
        let mut answered = 0;
        for t in texts {
            let (blocks, code_lines) = blocks_and_code_lines(t, &rs, &mut Vec::new());
            assert!(code_lines.is_empty() || code_lines.len() == blocks.len());
            for (b, c) in blocks.iter().zip(&code_lines) {
                if let Some(c) = *c {
                    answered += 1;
                    let line = crate::text::trim_ws(&b.plain);
                    assert_eq!(c, crate::rules::code::is_code_line(line), "{line:?}");
                }
            }
        }
        assert!(answered > 0);
    }

    #[test]
    fn code_lines_are_the_blocks_answers_on_fixtures() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut texts = vec![
            "Here is how:\nfn main() {\n    let x = f(y);\n}\nand so on  with  spaces\n\nz.update(y)\nplain words".to_string(),
        ];
        for e in std::fs::read_dir(root).into_iter().flatten().flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path().join("input.txt")) {
                texts.push(t);
            }
        }
        code_lines_are_the_blocks_answers(&texts);
    }

    #[test]
    #[ignore = "reads every dump (slow)"]
    fn code_lines_are_the_blocks_answers_on_every_dump() {
        let dir = std::path::Path::new("/work/shared/wcxb-dev/dumps");
        let texts: Vec<String> = std::fs::read_dir(dir)
            .expect("dumps")
            .flatten()
            .map(|e| String::from_utf8_lossy(&std::fs::read(e.path()).expect("dump")).into_owned())
            .collect();
        code_lines_are_the_blocks_answers(&texts);
    }

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
