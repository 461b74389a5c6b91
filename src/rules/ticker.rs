//! Stock-ticker strips: `AGL38.56▼ -0.77 (-0.02%)AIRLINK207.77▲ 17.83 (0.09%)…`, whatever the
//! symbols, arrows and separators.

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use once_cell::sync::Lazy;
use regex::Regex;

pub static STRIP: Rule = Rule {
    id: "ticker.strip",
    layer: Layer::Chrome,
    why: "a stock-ticker strip: symbols, prices and changes with no prose around them",
    tier: Tier::Core,
};

/// One quote: a symbol, a price, an optional arrow or sign, an optional change and percentage.
static ITEM: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?x)
        [A-Z][A-Z0-9.&\-]{1,11}            # symbol
        \s*[:|]?\s*
        [0-9][0-9,]*(?:\.[0-9]+)?           # price
        \s*[▲▼▴▾△▽↑↓⬆⬇+\-]?\s*               # arrow or sign
        (?:[-+]?[0-9][0-9,]*(?:\.[0-9]+)?\s*%?)? # change
        \s*(?:\(\s*[-+]?[0-9][0-9.,]*\s*%\s*\)|[-+]?[0-9][0-9.,]*\s*%)?  # percentage
        ",
    )
    .expect("ticker regex")
});

/// Minimum quotes on one line, and the share of the line's visible bytes they must cover.
const MIN_ITEMS: usize = 3;
const MIN_COVERAGE: f32 = 0.75;

/// Is `line` a ticker strip?
/// Whether the line holds one of ▲ ▼ ↑ ↓ △ ▽ ▴ ▾, found by their UTF-8 bytes (E2 96 B2..BE
/// and E2 86 91/93) rather than by decoding every character: the lead byte E2 is common (curly
/// quotes, dashes), the arrows are not.
#[cfg(test)]
fn has_arrow(b: &[u8]) -> bool {
    memchr::memchr_iter(0xE2, b).any(|i| arrow_after(b, i))
}

/// Whether the bytes after an 0xE2 at `i` make it one of the arrows ▲ ▼ ↑ ↓ △ ▽ ▴ ▾.
fn arrow_after(b: &[u8], i: usize) -> bool {
    matches!(
        (b.get(i + 1), b.get(i + 2)),
        (Some(0x96), Some(0xB2..=0xB4 | 0xBC..=0xBE)) | (Some(0x86), Some(0x91 | 0x93))
    )
}

/// Whether the line holds '%' or one of the arrows ▲ ▼ ↑ ↓ △ ▽ ▴ ▾, found in one scan. The scan
/// stops at an arrow's second byte (0x96 or 0x86, which few characters of prose hold), not at
/// its lead byte 0xE2, which every curly quote and dash of a paragraph shares.
fn marked(b: &[u8]) -> bool {
    memchr::memchr3_iter(b'%', 0x96, 0x86, b).any(|i| {
        b[i] == b'%'
            || i.checked_sub(1)
                .is_some_and(|lead| b[lead] == 0xE2 && arrow_after(b, lead))
    })
}

/// Whether the line holds '%' or 0xE2 (the arrows' first byte): many lines hold neither, and
/// are ruled out 16 bytes at a time in vector code, before the scan that stops at each of them.
/// (Looking for an arrow's first two bytes instead, which curly quotes and dashes do not share,
/// rules out more lines but reads every one to its end, where most stop at their first quote:
/// twice the cost.)
fn may_be_marked(b: &[u8]) -> bool {
    crate::text::any_window(b, 0, mark_in_window)
}

/// Whether a window of [`crate::text::any_window`] holds '%' or 0xE2.
#[inline(always)]
fn mark_in_window(w: &[u8; 17]) -> bool {
    let mut marks = 0u8;
    for &c in w {
        marks |= u8::from(c == b'%') | u8::from(c == 0xE2);
    }
    marks != 0
}

pub fn is_ticker(line: &str) -> bool {
    // Cheap filter: a strip has several digits and either arrows or percent signs.
    // The arrows all start with byte 0xE2: look for it (and '%') before decoding anything.
    let b = line.as_bytes();
    if !may_be_marked(b) || !marked(b) || b.iter().filter(|c| c.is_ascii_digit()).nth(5).is_none() {
        return false;
    }
    let mut items = 0;
    let mut covered = 0;
    for m in ITEM.find_iter(line) {
        // A bare "WORD 12" is too weak alone: count items with a change or percentage.
        let s = m.as_str();
        if s.contains('%') || s.contains(['▲', '▼', '↑', '↓', '△', '▽', '▴', '▾', '⬆', '⬇'])
        {
            items += 1;
        }
        covered += s.bytes().filter(|b| !b.is_ascii_whitespace()).count();
    }
    let visible = line
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(char::len_utf8)
        .sum::<usize>()
        .max(1);
    items >= MIN_ITEMS && covered as f32 / visible as f32 >= MIN_COVERAGE
}

pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&STRIP) {
        return;
    }
    for i in 0..doc.blocks.len() {
        if doc.blocks[i].is_kept() && is_ticker(&doc.blocks[i].plain) {
            doc.remove(i, &STRIP, None);
        }
    }
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&ITEM);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_strips() {
        assert!(is_ticker("AGL38.56▼ -0.77 (-0.02%)AIRLINK207.77▲ 17.83 (0.09%)BOP10.06▲ 0.55 (0.06%)CNERGY7.08▼ -0.04 (-0.01%)"));
        assert!(is_ticker(
            "AAPL 189.30 +1.2% | MSFT 402.11 -0.4% | GOOG 141.80 +0.9% | AMZN 178.22 +2.1%"
        ));
        assert!(is_ticker("KSE100: 78,123.45 ↑ 512.3 (0.66%) · DOW: 39,001.2 ↓ 12.4 (0.03%) · FTSE: 8,100 ↑ 3 (0.04%)"));
    }

    #[test]
    fn keeps_prose_about_share_prices() {
        assert!(!is_ticker("Shares of AGL fell 2% to 38.56 on Monday, while AIRLINK rose 0.09% to 207.77 and BOP gained 0.06% in thin trading."));
        assert!(!is_ticker("The KSE-100 index closed at 78,123 points, up 0.66%, as investors cheered the IMF deal."));
        // A quoted number table row is not a strip.
        assert!(!is_ticker("2023 12.4 15.1 17.9"));
    }

    #[test]
    fn one_scan_marks_as_the_two_scans_do() {
        let lines = crate::text::prefilter_test_lines(&[
            "AGL38.56▼ -0.77 (-0.02%)",
            "“Quoted” — and ▲ up",
            "no marks – at all…",
            "↑ only",
            "↓",
            "\u{2191}\u{2193}",
            "50% off",
            "a ’ b \u{2192} c",
            "\u{25B2}\u{25BC}\u{25B4}\u{25BE}\u{25B3}\u{25BD}",
            "x\u{2193}",
            "0123456789abcdef\u{25B2}",
            "0123456789abcde\u{25B2}",
            "0123456789abcdefghijklmnopqrst%",
            "Жук ▲ 12%",
            "Жук ↑",
            "\u{2196}\u{2192}\u{2594}\u{25B5}",
            "\u{96}\u{86}",
        ]);
        check_marks(&lines);
    }

    /// The same over every line of the WCXB dev dumps, when they are there.
    #[test]
    fn one_scan_marks_as_the_two_scans_do_on_dumps() {
        check_marks(&crate::text::dump_lines_if_present());
    }

    fn check_marks(lines: &[String]) {
        for l in lines {
            let b = l.as_bytes();
            assert_eq!(
                marked(b),
                memchr::memchr(b'%', b).is_some() || has_arrow(b),
                "{l:?}"
            );
            // The quick test never rules out a marked line.
            assert!(may_be_marked(b) || !marked(b), "{l:?}");
        }
    }
}
