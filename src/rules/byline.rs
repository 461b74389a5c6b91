//! Bylines: "Published by" alone, and "Published by Drishya Madhur" (→ `author`).

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use crate::text::Prefixes;
use once_cell::sync::Lazy;
use regex::Regex;

pub static LABEL: Rule = Rule {
    id: "byline.label",
    layer: Layer::Metadata,
    why: "a byline label with no name (\"Published by\", \"Author:\")",
    tier: Tier::Core,
};

pub static AUTHOR: Rule = Rule {
    id: "byline.author",
    layer: Layer::Metadata,
    why: "a byline; the name is reported as author",
    tier: Tier::Core,
};

/// The byline labels. A new one needs its first word in [`LABEL_PREFIXES`].
const LABELS: &str = r"(?:(?:published|posted|written|reported|story|words|text|compiled|edited|reviewed|updated)\s+by|by|author|authors|written|posted|reporter|autor|von|par|por)";

static LABEL_RE: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!(r"(?i)^{LABELS}\s*:?$")).expect("label regex"));

/// The label, then a name of one to five capitalised words (initials, particles, "and" allowed),
/// optionally followed by a separator and a date or role that the rule leaves in the span.
static AUTHOR_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(?i:{LABELS})\s*:?\s+(?P<name>\p{{Lu}}[\p{{L}}.'’\-]*(?:,?\s+(?:(?:and|&|de|la|van|von|der|den|al|bin|da|di|del|du|le)\s+)?\p{{Lu}}[\p{{L}}.'’\-]*)*)\s*(?:$|[|•·,]\s*.*$)"
    ))
    .expect("author regex")
});

/// The name in a byline: one to six words (the pattern leaves the count to this check, since
/// bounded repeats of Unicode classes make regexes slow to compile).
/// The words every label of [`LABELS`] starts with, to skip both patterns for most lines.
static LABEL_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::new(
        &[
            "published",
            "posted",
            "written",
            "reported",
            "story",
            "words",
            "text",
            "compiled",
            "edited",
            "reviewed",
            "updated",
            "by",
            "author",
            "reporter",
            "autor",
            "von",
            "par",
            "por",
        ],
        b"",
    )
});

fn author_name(line: &str) -> Option<regex::Match<'_>> {
    if !LABEL_PREFIXES.may_match(line) {
        return None;
    }
    // A match is rare: `is_match` finds there is none without the cost of capture groups.
    if !AUTHOR_RE.is_match(line) {
        return None;
    }
    let m = AUTHOR_RE.captures(line)?.name("name")?;
    (crate::text::word_count(m.as_str()) <= 6).then_some(m)
}

/// Is `line` a byline or a byline label? (Other rules leave such lines to this family.)
pub fn is_byline(line: &str) -> bool {
    let t = line.trim();
    t.len() <= 120 && (LABEL_RE.is_match(t) || author_name(t).is_some())
}

pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    let (label, author) = (rs.on(&LABEL), rs.on(&AUTHOR));
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if !b.is_kept() || b.plain.len() > 120 || b.pieces.len() > 1 {
            continue;
        }
        let t = crate::text::trim_ws(&b.plain);
        if !LABEL_PREFIXES.may_match(t) {
            continue;
        }
        if label && LABEL_RE.is_match(t) {
            doc.remove(i, &LABEL, None);
        } else if author {
            if let Some(m) = author_name(t) {
                let off = t.as_ptr() as usize - b.plain.as_ptr() as usize;
                if doc.metadata.author.is_none() {
                    doc.metadata.author = Some(doc.field(
                        i,
                        off + m.start(),
                        off + m.end(),
                        m.as_str().to_string(),
                        &AUTHOR,
                    ));
                }
                doc.remove(i, &AUTHOR, None);
            }
        }
    }
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&LABEL_RE);
    Lazy::force(&AUTHOR_RE);
    Lazy::force(&LABEL_PREFIXES);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn author(s: &str) -> Option<String> {
        author_name(s).map(|m| m.as_str().to_string())
    }

    #[test]
    fn bylines() {
        assert!(LABEL_RE.is_match("Published by"));
        assert!(LABEL_RE.is_match("Author:"));
        assert_eq!(
            author("Published by Drishya Madhur").as_deref(),
            Some("Drishya Madhur")
        );
        assert_eq!(
            author("By Jane Q. Public | March 3, 2024").as_deref(),
            Some("Jane Q. Public")
        );
        assert_eq!(
            author("By Anna Smith and Tom Jones").as_deref(),
            Some("Anna Smith and Tom Jones")
        );
    }

    #[test]
    fn label_prefixes_never_rule_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            "By Jane Doe",
            "Published by",
            "POSTED BY John Smith",
            "Von Max Muster",
            "Par Jean Dupont",
            "Author:",
            "Authors: Ann Lee",
            "Reporter: Tom Ray",
            "Story by Kim Young",
            "Poſted by Ann",
        ]);
        let mut matched = 0;
        for l in &lines {
            let t = l.trim();
            if LABEL_RE.is_match(t) || AUTHOR_RE.is_match(t) {
                assert!(LABEL_PREFIXES.may_match(t), "{t:?}");
                matched += 1;
            }
        }
        assert!(matched >= 10, "{matched}");
    }

    #[test]
    fn keeps_prose() {
        assert_eq!(author("By the end of the year, exports had doubled."), None);
        assert_eq!(
            author("By Then everything had changed in the valley and nobody knew why."),
            None
        );
        assert!(!LABEL_RE.is_match("Published by the ministry on Friday."));
    }
}
