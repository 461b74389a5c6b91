//! Markup debris: what a scraper leaves of markup it did not render (`.png)`, `![](`, `]]>`).

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use once_cell::sync::Lazy;
use regex::Regex;

pub static MARKUP: Rule = Rule {
    id: "markup.debris",
    layer: Layer::Chrome,
    why: "left-over markup or a line with no words (image link ends, CDATA ends, stray tags)",
    tier: Tier::Core,
};

/// Markup debris. A new alternative must pass [`may_be_debris`].
static DEBRIS_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r#"(?ix)^(?:
          \S*\.(?:png|jpe?g|gif|webp|svg|avif|bmp)(?:\?\S*)?\)?     # the tail of an image link
        | !\[[^\]]*\]\(?[^)\s]*\)?                                  # markdown image
        | \]\]> | <!\[CDATA\[ | <!-- | --> | /?>
        | </?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>(?:\s*</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>)*   # stray tags only
        | \{\{[^}]*\}\} | \{%[^%]*%\}                               # template placeholders
        | (?:undefined|null|NaN|\[object\ Object\])
        )$"#,
    )
    .expect("debris regex")
});

/// Is `line` debris: markup remains, or no letter or digit at all?
/// A quick test before [`DEBRIS_RE`]: its alternatives that may hold a space start with `!`,
/// `<`, `{` or `[`; every other one has none, and either holds a full stop (image-link tails) or
/// starts with one of `]-/>` (`]]>`, `-->`, `/>`) or with the first letter of `undefined`,
/// `null` or `NaN` (in either case: no other character folds to one of those letters).
fn may_be_debris(t: &str) -> bool {
    match t.as_bytes().first() {
        Some(b'!' | b'<' | b'{' | b'[') => true,
        Some(b']' | b'-' | b'/' | b'>' | b'u' | b'U' | b'n' | b'N') => !t.contains(' '),
        _ => !t.contains(' ') && t.contains('.'),
    }
}

pub fn is_debris(line: &str) -> bool {
    let t = crate::text::trim_blankish(line);
    if t.is_empty() {
        return false;
    }
    if t.len() >= MIN_RUN_IDS * UUID_LEN && is_identifier_run(t) {
        return true;
    }
    if t.len() > 300 {
        return false;
    }
    if !t.chars().any(char::is_alphanumeric) {
        return true;
    }
    may_be_debris(t) && DEBRIS_RE.is_match(t)
}

/// At least this many identifiers make a line of them...
const MIN_RUN_IDS: usize = 3;

/// ...a line whose bytes (spaces aside) are mostly UUIDs: a page's tracking or obfuscation data
/// rendered as text (eBay interleaves a label's letters with them), which no reader reads.
/// A sentence or a table row that quotes one or two keeps them.
fn is_identifier_run(t: &str) -> bool {
    // Each UUID holds four hyphens: a count of bytes rules out nearly every line of prose
    // before its words are split (the test runs on every long line, for several rules).
    if memchr::memchr_iter(b'-', t.as_bytes())
        .nth(4 * MIN_RUN_IDS - 1)
        .is_none()
    {
        return false;
    }
    let (mut ids, mut id_bytes, mut other_bytes) = (0usize, 0usize, 0usize);
    for token in t.split_ascii_whitespace() {
        if is_uuid(token.as_bytes()) {
            ids += 1;
            id_bytes += token.len();
        } else {
            other_bytes += token.len();
        }
    }
    ids >= MIN_RUN_IDS && id_bytes >= other_bytes
}

/// The length of a UUID in its text form.
const UUID_LEN: usize = 36;

/// A UUID in its text form: 8-4-4-4-12 hexadecimal digits.
fn is_uuid(b: &[u8]) -> bool {
    b.len() == UUID_LEN
        && b.iter().enumerate().all(|(i, &c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&MARKUP) {
        return;
    }
    for i in 0..doc.blocks.len() {
        if doc.blocks[i].is_kept() && is_debris(&doc.blocks[i].plain) {
            doc.remove(i, &MARKUP, None);
        }
    }
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&DEBRIS_RE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_debris() {
        for l in [
            ".png)",
            "![](",
            "]]>",
            "![chart](https://x.com/a.jpg)",
            "* * *",
            "|",
            "<br/>",
            "</div></div>",
            "{{ author_name }}",
            "photo.jpg",
            "9 303097ac-d3e5-41e1-baf5-303640756ebf X 2bf8403c-6590-4d73-8b16-95f6c3ecdef8 84f535a2-9d93-4358-b5a8-c77d761c12e9 S 74566818-87fa-4f92-a4d1-2c1b1f9dbe8a",
        ] {
            assert!(is_debris(l), "{l}");
        }
    }

    #[test]
    fn quick_test_never_rules_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            ".png)",
            "photo.JPG?w=300)",
            "![](",
            "]]>",
            "<!-- x -->",
            "-->",
            "/>",
            "<br/> <p class=\"a\">",
            "{{ author_name }}",
            "{% block %}",
            "undefined",
            "NULL",
            "NaN",
            "[object Object]",
            "n.png",
            "über.webp",
            "-- >",
        ]);
        let mut matched = 0;
        for l in &lines {
            let t = l.trim();
            if !t.is_empty() && DEBRIS_RE.is_match(t) {
                assert!(may_be_debris(t), "{t:?}");
                matched += 1;
            }
        }
        assert!(matched >= 14, "{matched}");
    }

    #[test]
    fn keeps_prose() {
        for l in [
            "The file was saved as photo.png and shared widely.",
            "He declined to comment.",
            "2024",
            "<b> is the bold tag, the tutorial explained.",
            "The service returned 303097ac-d3e5-41e1-baf5-303640756ebf and 2bf8403c-6590-4d73-8b16-95f6c3ecdef8 for the two folders, and 84f535a2-9d93-4358-b5a8-c77d761c12e9 for the third, as the documentation of the interface says it should when the folders are shared between accounts.",
            "Documents 303097ac-d3e5-41e1-baf5-303640756ebf",
        ] {
            assert!(!is_debris(l), "{l}");
        }
    }
}
