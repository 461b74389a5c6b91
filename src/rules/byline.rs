//! Bylines: "Published by" alone, and "Published by Drishya Madhur" (→ `author`).

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use crate::text::alnum_lower;
use crate::text::{with_word_ends, Prefixes};
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

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

pub static BIO: Rule = Rule {
    id: "byline.author-bio",
    layer: Layer::Metadata,
    why: "the author's biography or posts link after the article (\"Jane Doe is a writer…\", \"View all posts by Jane Doe\")",
    tier: Tier::Balanced,
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

/// A byline that goes on with when it was written, with no separator before it: "By Kyle Howells
/// 15 min read", "Posted by David at December 16, 2025 11:15 AM", "By Korin Miller Published: Jan
/// 29, 2025", "By Jaime Marchwinski December 7, 2015". The date or reading time is what tells it
/// from a sentence such as "By Tuesday the river had risen", so each tail needs a number.
/// Its word ends are [`with_word_ends`]'s.
static DATED_RE: Lazy<Regex> = Lazy::new(|| with_word_ends(&dated_pattern(), false));

fn dated_pattern() -> String {
    format!(
        r"^(?i:{LABELS})\s*:?\s+(?P<name>\p{{Lu}}[\p{{L}}.'’\-]*(?:,?\s+(?:(?:and|&|de|la|van|von|der|den|al|bin|da|di|del|du|le)\s+)?\p{{Lu}}[\p{{L}}.'’\-]*)*)(?:\s*[»⋅—–]\s*.*|\s+(?i:published|updated|last\s+updated|posted|on|at)WORD_END_MORE\d.*|\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*|\s+\d{{1,3}}\s*(?i:min|mins|minutes?)\s+readWORD_END_ANY|\s+\d{{1,3}}\s+(?i:minutes?|hours?|days?|weeks?)\s+agoWORD_END_ANY)$"
    )
}

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

fn author_name(line: &str) -> Option<Range<usize>> {
    if !LABEL_PREFIXES.may_match(line) {
        return None;
    }
    // A match is rare: `is_match` finds there is none without the cost of capture groups.
    let m = if AUTHOR_RE.is_match(line) {
        AUTHOR_RE.captures(line)?.name("name")?.range()
    } else if !line.ends_with(['.', '!', '?', ':']) && DATED_RE.is_match(line) {
        // A sentence ends with its punctuation; a byline with a date does not.
        let m = DATED_RE.captures(line)?.name("name")?.range();
        m.start..m.start + name_before_date(&line[m])?
    } else {
        return None;
    };
    (crate::text::word_count(&line[m.clone()]) <= 6).then_some(m)
}

/// The length of the name in front of the date words that the name pattern also takes, being
/// capitalised ("Jeff Cobb. Last Updated", "Ann Lee Published"); `None` if no name is left.
fn name_before_date(name: &str) -> Option<usize> {
    const DATE_WORDS: [&str; 17] = [
        "last",
        "updated",
        "published",
        "posted",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "sept",
    ];
    let mut end = 0;
    for (at, word) in name
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - name.as_ptr() as usize, w))
    {
        let key = word.trim_end_matches(['.', ',']).to_lowercase();
        let month_abbrev = key.len() == 3 && DATE_WORDS[4..16].iter().any(|m| m.starts_with(&key));
        if DATE_WORDS.contains(&key.as_str()) || month_abbrev {
            break;
        }
        end = at + word.len();
    }
    let mut kept = name[..end].trim_end_matches([',', ' ']);
    // "Cobb." ends a sentence-like byline; "Q." is an initial and keeps its point.
    if kept.ends_with('.') && kept.rsplit(' ').next().is_some_and(|w| w.len() > 3) {
        kept = &kept[..kept.len() - 1];
    }
    (!kept.is_empty()).then_some(kept.len())
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
                    doc.metadata.author =
                        Some(doc.field(i, off + m.start, off + m.end, t[m].to_string(), &AUTHOR));
                }
                doc.remove(i, &AUTHOR, None);
            }
        }
    }
}

/// Words after the author's name that open a biography ("Jane Doe is a staff writer…").
const BIO_VERBS: &[&str] = &[
    "is",
    "was",
    "has",
    "writes",
    "covers",
    "joined",
    "serves",
    "holds",
    "works",
    "lives",
    "leads",
    "specializes",
    "specialises",
    "brings",
    "loves",
    "enjoys",
];
/// Lines that point at the author's other posts: the author's name follows one of these.
const POSTS_BY: &[&str] = &[
    "view all posts by",
    "all posts by",
    "more posts by",
    "posts by",
    "more articles by",
    "articles by",
    "read more from",
    "more from",
    "recent stories by",
    "recent posts by",
    "stories by",
    "see all articles by",
    "about",
];
/// A biography has at most this many words.
const MAX_BIO_WORDS: usize = 120;

/// Headers of an author box: "About the author".
static ABOUT_AUTHOR_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:about|meet) the (?:authors?|writers?|contributors?)\W*$")
        .expect("author box header")
});

/// After the middle of the article, a block that starts with the author's name and a verb of
/// biography, or a link line to the author's other posts, is the author box; so are the line
/// with the name alone and an "About the author" header right before the biography. The author
/// is the one in the metadata (a byline, or the page's markup); `rule` names the removal
/// (`byline.author-bio` in a text dump, `html.author-bio` in a page).
pub(crate) fn remove_author_bio(doc: &mut Doc, rule: &'static Rule) {
    let Some(author) = doc
        .metadata
        .author
        .as_ref()
        .map(|a| a.value.trim().to_string())
    else {
        return;
    };
    if author.len() < 4 || !author.contains(' ') {
        return;
    }
    let author_norm = alnum_lower(&author);
    let kept = doc.kept();
    let total: usize = kept.iter().map(|&i| doc.blocks[i].plain.len()).sum();
    let mut seen = 0usize;
    let mut box_lines = Vec::new();
    for (k, &i) in kept.iter().enumerate() {
        let b = &doc.blocks[i];
        seen += b.plain.len();
        if seen * 2 < total {
            continue;
        }
        let t = b.plain.trim();
        // A biography starts with the author's name, and a posts link with the first letter of
        // one of POSTS_BY, which only that ASCII letter lower-cases to: most lines are neither,
        // and are not counted or lower-cased.
        let named = t
            .get(..author.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(&author));
        let may_be_posts = t.as_bytes().first().is_some_and(|c| {
            POSTS_BY
                .iter()
                .any(|p| p.as_bytes()[0] == c.to_ascii_lowercase())
        });
        if !named && !may_be_posts {
            continue;
        }
        let words = crate::text::word_count(&b.plain);
        if words > MAX_BIO_WORDS {
            continue;
        }
        let bio = named
            && t.get(author.len()..)
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|w| {
                    let w = w
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    BIO_VERBS.contains(&w.as_str())
                })
            && words >= 5;
        // Lower-cased only for a line short enough to be the posts link.
        let posts = may_be_posts && words <= 10 && {
            let lower = t.to_lowercase();
            POSTS_BY.iter().any(|p| {
                lower
                    .strip_prefix(p)
                    .is_some_and(|rest| alnum_lower(rest) == author_norm)
            })
        };
        if bio || posts {
            box_lines.push(i);
        }
        if bio {
            // The box's name line and header just before the biography.
            let mut j = k;
            if j > 0 && alnum_lower(&doc.blocks[kept[j - 1]].plain) == author_norm {
                j -= 1;
                box_lines.push(kept[j]);
            }
            if j > 0 && ABOUT_AUTHOR_RE.is_match(doc.blocks[kept[j - 1]].plain.trim()) {
                box_lines.push(kept[j - 1]);
            }
        }
    }
    for i in box_lines {
        doc.remove(i, rule, None);
    }
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&LABEL_RE);
    Lazy::force(&AUTHOR_RE);
    Lazy::force(&DATED_RE);
    Lazy::force(&LABEL_PREFIXES);
    Lazy::force(&ABOUT_AUTHOR_RE);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dated byline pattern takes the same lines and the same names as with `\b` for its
    /// word ends: ends before letters, digits, accented letters, spaces, punctuation, line
    /// breaks and the end.
    #[test]
    fn dated_word_ends_decide_as_word_boundaries() {
        let mut extra = Vec::new();
        for head in ["By Ann Lee", "Posted by David", "By Korin Miller"] {
            for word in [
                "published",
                "Updated",
                "on",
                "AT",
                "5 min read",
                "3 days ago",
            ] {
                for tail in [
                    "",
                    "x",
                    "7",
                    " 7",
                    "é",
                    " ",
                    "\u{a0}",
                    ": Jan 29, 2025",
                    "\n7",
                    "\u{301}7",
                    "·7",
                    "\u{17F}",
                    "7\n",
                    " 12 AM",
                ] {
                    extra.push(format!("{head} {word}{tail}"));
                }
            }
        }
        let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
        let lines = crate::text::prefilter_test_lines(&extra);
        assert_dated_word_ends_decide_alike(lines.iter().map(String::as_str));
    }

    fn assert_dated_word_ends_decide_alike<'a>(lines: impl Iterator<Item = &'a str>) {
        let reference = with_word_ends(&dated_pattern(), true);
        let name = |re: &Regex, l: &str| {
            re.captures(l)
                .and_then(|c| c.name("name"))
                .map(|m| m.range())
        };
        for l in lines {
            assert_eq!(DATED_RE.is_match(l), reference.is_match(l), "{l:?}");
            assert_eq!(name(&DATED_RE, l), name(&reference, l), "{l:?}");
        }
    }

    /// [`dated_word_ends_decide_as_word_boundaries`] over every line of every text dump of the
    /// WCXB development split (`cargo test -- --ignored`, with the data in `/work/shared`).
    #[test]
    #[ignore]
    fn dated_word_ends_decide_as_word_boundaries_on_every_dump() {
        let lines = crate::text::every_dump_line();
        assert_dated_word_ends_decide_alike(lines.iter().map(String::as_str));
    }

    /// The posts-link gate of remove_author_bio reads the line's first byte: it holds while every
    /// POSTS_BY entry starts with an ASCII letter that no other character lower-cases to (the
    /// Kelvin sign lower-cases to k, and the dotted capital I to i and a dot).
    #[test]
    fn posts_links_start_with_a_letter_only_itself_lower_cases_to() {
        for p in POSTS_BY {
            let c = p.as_bytes()[0];
            assert!(c.is_ascii_lowercase() && c != b'k' && c != b'i', "{p}");
        }
    }

    fn author(s: &str) -> Option<String> {
        author_name(s).map(|m| s[m].to_string())
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
    fn bylines_with_a_date_or_reading_time() {
        for (line, name) in [
            ("By Kyle Howells 15 min read", "Kyle Howells"),
            ("Posted by David at December 16, 2025 11:15 AM", "David"),
            ("By Korin Miller Published: Jan 29, 2025", "Korin Miller"),
            ("By Sofia Gonzalez December 2, 2025", "Sofia Gonzalez"),
            (
                "By Jaime Marchwinski December 7, 2015 March 4, 2020",
                "Jaime Marchwinski",
            ),
            (
                "By Jeff Cobb. Last Updated on December 11, 2025",
                "Jeff Cobb",
            ),
            ("By Ann Lee Published: Jan 29, 2025", "Ann Lee"),
            ("Written by Kyle Bonds on August 7, 2025", "Kyle Bonds"),
            ("by Jacob Trussell —10 min read", "Jacob Trussell"),
            ("by Minoa » Tue Aug 27, 2019 5:58 am", "Minoa"),
            (
                "By Jonathan Sayers Jan. 31, 2026 7:47 am EST",
                "Jonathan Sayers",
            ),
            ("By Anna Berg 3 hours ago", "Anna Berg"),
        ] {
            assert_eq!(author(line).as_deref(), Some(name), "{line:?}");
        }
    }

    #[test]
    fn sentences_with_a_date_are_not_bylines() {
        for line in [
            "By Tuesday at 5pm, all entries must be in.",
            "By March 2024 the plant had closed",
            "By Christmas on the 25th we were home!",
            "By then, 12 minutes ago, it was over",
        ] {
            assert_eq!(author(line), None, "{line:?}");
        }
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
            if LABEL_RE.is_match(t) || AUTHOR_RE.is_match(t) || DATED_RE.is_match(t) {
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
