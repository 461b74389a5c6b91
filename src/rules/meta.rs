//! Metadata in the text: category lines, dates, the headline (→ `title`), the dateline.

use crate::doc::Doc;
use crate::model::{Layer, MetaField};
use crate::rules::segment::is_list_item;
use crate::rules::{Rule, Ruleset, Tier};
use crate::text::{ends_sentence, has_words, word_count};
use once_cell::sync::Lazy;
use regex::Regex;

pub static CATEGORIES: Rule = Rule {
    id: "meta.categories",
    layer: Layer::Metadata,
    why: "a category or tag line; its values are reported as categories",
    tier: Tier::Core,
};

pub static DATE: Rule = Rule {
    id: "meta.date",
    layer: Layer::Metadata,
    why: "a publication date line or date prefix; reported as date",
    tier: Tier::Core,
};

pub static TITLE: Rule = Rule {
    id: "meta.title",
    layer: Layer::Metadata,
    why: "the headline line above the article; reported as title, not body",
    tier: Tier::Core,
};

pub static DATELINE: Rule = Rule {
    id: "meta.dateline",
    layer: Layer::Metadata,
    why:
        "the dateline opening the article (\"ISLAMABAD:\"); stays in the body, reported as dateline",
    tier: Tier::Core,
};

static CATEGORIES_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:categories|category|filed under|tags|tagged(?: with)?|topics|sections?|posted in|kategorien|catégories)\s*:\s*(?P<v>\S.*)$").expect("categories regex")
});

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

/// A date, with an optional weekday and time.
static DATE_PATTERN: Lazy<String> = Lazy::new(|| {
    format!(
        r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})(?:(?:\s*[,|•·-]\s*|\s+(?:at\s+)?)\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)?"
    )
});

/// A block that is a date and nothing else.
static DATE_LINE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?i)^(?:(?:published|posted|updated|last updated|date|dated)(?:\s+on)?\s*:?\s*)?(?P<d>{})\.?$", *DATE_PATTERN)).expect("date line regex")
});

/// What every match of [`DATE_LINE_RE`] starts with: a label, a weekday, a month or a figure.
/// Most short lines with a figure start with none of them, and are ruled out without the
/// pattern.
static DATE_LINE_PREFIXES: Lazy<crate::text::Prefixes> = Lazy::new(|| {
    crate::text::Prefixes::sets(
        &[
            &[
                "published",
                "posted",
                "updated",
                "last updated",
                "date",
                "mon",
                "tue",
                "wed",
                "thu",
                "fri",
                "sat",
                "sun",
                "jan",
                "feb",
                "mar",
                "apr",
                "may",
                "jun",
                "jul",
                "aug",
                "sep",
                "oct",
                "nov",
                "dec",
            ],
            &crate::text::DIGITS,
        ],
        b"",
    )
});

/// [`DATE_LINE_RE`], ruled out first by its prefixes.
fn is_date_line(t: &str) -> bool {
    DATE_LINE_PREFIXES.may_match(t) && DATE_LINE_RE.is_match(t)
}

/// The words every match of [`DATE_PREFIX_RE`] starts with, after ASCII whitespace.
static DATE_PREFIX_PREFIXES: Lazy<crate::text::Prefixes> = Lazy::new(|| {
    crate::text::Prefixes::new(
        &["published", "posted", "updated", "last updated", "date"],
        b" \t\n\x0b\x0c\r",
    )
});

/// The words every match of [`CATEGORIES_RE`] starts with.
static CATEGORIES_PREFIXES: Lazy<crate::text::Prefixes> = Lazy::new(|| {
    crate::text::Prefixes::new(
        &[
            "cat",
            "filed under",
            "tag",
            "topics",
            "section",
            "posted in",
            "kategorien",
        ],
        b"",
    )
});

/// [`CATEGORIES_RE`], ruled out first by its prefixes.
fn is_categories_line(t: &str) -> bool {
    CATEGORIES_PREFIXES.may_match(t) && CATEGORIES_RE.is_match(t)
}

/// A labelled date at the start of a block: " date 2025-01-15 ISLAMABAD: …".
static DATE_PREFIX_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?i)^\s*(?:published|posted|updated|last updated|date|dated)(?:\s+on)?\s*:?\s*(?P<d>{})\s*[|•·-]?\s+", *DATE_PATTERN)).expect("date prefix regex")
});

/// Datelines: "ISLAMABAD:", "ISLAMABAD -", "NEW YORK (Reuters) —", "July 11, Pakistan --".
static DATELINE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(?P<v>(?:\p{{Lu}}{{2}}[\p{{Lu}}.'\-]*(?:\s+\p{{Lu}}[\p{{Lu}}.'\-]+)*(?:,\s*\p{{Lu}}[\p{{L}}.]+(?:\s+\p{{Lu}}[\p{{L}}.]+)*)?(?:\s*\([\p{{L}} ]+\))?)|(?:{MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?,\s*\p{{Lu}}[\p{{L}} ]+?))\s*(?::|--|—|–|-)\s+\S"
    ))
    .expect("dateline regex")
});

/// The dateline opening `text`, at most 60 bytes long (checked here rather than in the pattern:
/// bounded repeats of Unicode classes make regexes slow to compile).
fn dateline(text: &str) -> Option<regex::Match<'_>> {
    if !DATELINE_RE.is_match(text) {
        return None;
    }
    let v = DATELINE_RE.captures(text)?.name("v")?;
    (v.as_str().len() <= 60).then_some(v)
}

/// Splits a category value into its items: by separators, and glued Title Case words
/// ("EuropePakistan" → "Europe", "Pakistan"). Returns byte ranges in `v`.
pub fn split_categories(v: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (at, part) in crate::rules::footer::split_with_offsets(v, &[',', '|', '/', '•', '·', ';'])
    {
        let (a, b) = crate::text::trim_range(part);
        if b > a {
            let item = &part[a..b];
            let base = at + a;
            // Split at lower→Upper boundaries when each side is a word of three or more letters.
            let mut start = 0;
            let chars: Vec<(usize, char)> = item.char_indices().collect();
            for w in chars.windows(2) {
                let ((_, c0), (i1, c1)) = (w[0], w[1]);
                if c0.is_lowercase()
                    && c1.is_uppercase()
                    && i1 - start >= 3
                    && !item[start..i1].contains(' ')
                {
                    out.push((base + start, base + i1));
                    start = i1;
                }
            }
            out.push((base + start, base + item.len()));
        }
    }
    out
}

/// A line the metadata layer removes whatever its position: a category line or a date alone.
pub fn is_metadata_line(line: &str) -> bool {
    let t = line.trim();
    t.len() <= 300 && (is_categories_line(t) || (t.len() <= 80 && is_date_line(t)))
}

/// Looks like a headline: one line, a few words, no full stop at the end.
fn is_heading_like(t: &str) -> bool {
    let t = t.trim();
    if t.len() > 200 {
        return false;
    }
    let w = word_count(t);
    (1..=20).contains(&w)
        && t.len() <= 200
        && (!ends_sentence(t) || t.ends_with('?') || t.ends_with('!'))
        && !is_list_item(t)
        && t.chars().any(char::is_alphabetic)
}

pub fn apply_categories(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&CATEGORIES) {
        return;
    }
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        // A match is rare: `is_match` finds there is none without the cost of capture groups.
        if !b.is_kept() || b.plain.len() > 300 || !is_categories_line(&b.plain) {
            continue;
        }
        if let Some(c) = CATEGORIES_RE
            .captures(&b.plain)
            .filter(|_| word_count(&b.plain) <= 20)
        {
            let v = c.name("v").expect("value group");
            let ranges = split_categories(v.as_str());
            // Categories are names of a few words; a sentence after "Tags:" is prose.
            if ranges
                .iter()
                .any(|&(a, z)| word_count(&v.as_str()[a..z]) > 4)
                || ends_sentence(v.as_str())
            {
                continue;
            }
            let items: Vec<MetaField> = ranges
                .into_iter()
                .map(|(a, z)| {
                    doc.field(
                        i,
                        v.start() + a,
                        v.start() + z,
                        v.as_str()[a..z].to_string(),
                        &CATEGORIES,
                    )
                })
                .collect();
            doc.metadata.categories.extend(items);
            doc.remove(i, &CATEGORIES, None);
        }
    }
}

pub fn apply_date(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&DATE) {
        return;
    }
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if !b.is_kept()
            || !crate::text::has_ascii_digit(&b.plain.as_bytes()[..b.plain.len().min(80)])
        {
            continue;
        }
        if b.plain.len() <= 80 {
            if let Some(c) = Some(crate::text::trim_ws(&b.plain))
                .filter(|t| is_date_line(t))
                .and_then(|t| DATE_LINE_RE.captures(t))
            {
                let d = c.name("d").expect("date group");
                let off =
                    crate::text::trim_ws(&b.plain).as_ptr() as usize - b.plain.as_ptr() as usize;
                if doc.metadata.date.is_none() {
                    doc.metadata.date = Some(doc.field(
                        i,
                        off + d.start(),
                        off + d.end(),
                        d.as_str().to_string(),
                        &DATE,
                    ));
                }
                doc.remove(i, &DATE, None);
                continue;
            }
        }
        if let Some(c) = Some(&*b.plain)
            .filter(|t| DATE_PREFIX_PREFIXES.may_match(t) && DATE_PREFIX_RE.is_match(t))
            .and_then(|t| DATE_PREFIX_RE.captures(t))
        {
            let d = c.name("d").expect("date group");
            let end = c.get(0).expect("whole match").end();
            // Only a prefix before more text; a date alone was handled above.
            if end < b.plain.len() {
                let field = doc.field(i, d.start(), d.end(), d.as_str().to_string(), &DATE);
                if doc.metadata.date.is_none() {
                    doc.metadata.date = Some(field);
                }
                doc.cut(i, &[(0, end)], &DATE, None);
            }
        }
    }
}

/// A headline `t1` directly above prose `t2`; two heading-like lines in a row are left alone, so
/// that cleaning the clean body again finds no new title.
pub(crate) fn is_title_above(t1: &str, t2: &str) -> bool {
    is_heading_like(t1) && !is_heading_like(t2) && has_words(t2, 8) && !DATELINE_RE.is_match(t1)
}

pub fn apply_title(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&TITLE) {
        return;
    }
    // A title already known from a page's markup is not looked for in the text. One the text
    // classifier found (`text.headline`) is kept, but the line is still judged, as it will be in
    // the clean body cleaned again.
    // (Nor is one this rule found already, when the rules of context run again in the same
    // pass: that line is gone, and the next one is judged as the clean body would have it.)
    if doc
        .metadata
        .title
        .as_ref()
        .is_some_and(|t| t.rule != crate::rules::textclass::HEADLINE.id && t.rule != TITLE.id)
    {
        return;
    }
    let (first, second) = {
        let mut kept = doc.kept_iter();
        match (kept.next(), kept.next()) {
            (Some(first), Some(second)) => (first, second),
            _ => return,
        }
    };
    let (t1, t2) = (
        doc.blocks[first].plain.trim(),
        doc.blocks[second].plain.trim(),
    );
    // A heading directly above prose; two heading-like lines in a row are left alone, so that
    // cleaning the clean body again finds no new title.
    if is_title_above(t1, t2) {
        let value = crate::text::collapse(t1);
        let b = &doc.blocks[first];
        let field = MetaField {
            value,
            span: b.outer_span(),
            rule: TITLE.id,
            normalized: None,
        };
        // The text classifier may have found the headline already (from the page title line);
        // the line is still removed, as it would be in the clean body.
        if doc.metadata.title.is_none() {
            doc.metadata.title = Some(field);
        }
        doc.remove(first, &TITLE, None);
    }
}

pub fn apply_dateline(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&DATELINE) {
        return;
    }
    let Some(first) = doc.kept_iter().next() else {
        return;
    };
    let b = &doc.blocks[first];
    if !has_words(&b.plain, 8) {
        return;
    }
    if let Some(v) = dateline(&b.plain) {
        let field = doc.field(
            first,
            v.start(),
            v.end(),
            v.as_str().trim().to_string(),
            &DATELINE,
        );
        // The rules of context may run again in the same pass (after the line model removed
        // lines); the first dateline found stays the document's.
        if doc.metadata.dateline.is_none() {
            doc.metadata.dateline = Some(field);
        }
    }
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&CATEGORIES_RE);
    Lazy::force(&DATE_PATTERN);
    Lazy::force(&DATE_LINE_RE);
    Lazy::force(&DATE_LINE_PREFIXES);
    Lazy::force(&DATE_PREFIX_PREFIXES);
    Lazy::force(&CATEGORIES_PREFIXES);
    Lazy::force(&DATE_PREFIX_RE);
    Lazy::force(&DATELINE_RE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_and_category_prefixes_never_rule_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            "Categories: News",
            "Category: News",
            "Catégories : Actualités",
            "Kategorien: Politik",
            "Filed under: Politics",
            "Tags: a, b",
            "Tagged with: x",
            "Topics: y",
            "Sections: z",
            "Section: z",
            "Posted in Uncategorized",
            "Posted in: Uncategorized",
            "\u{212A}ategorien: Politik",
            " date 2025-01-15 ISLAMABAD: Russia has",
            "Published: 12 March 2024, 10:30 PKT | more text",
            "Last updated on September 4, 2025 - the council met",
            "\u{00A0}Posted on 2025-01-15 the news",
            "Dated 2025-01-15 x",
            "\tUpdated 2025-01-15 x",
            "September 4, 2025",
            "Sept. 4, 2025",
            "4 September 2025",
            "4th Sep 2025 at 10:30 am",
            "Thursday, September 4, 2025",
            "Tues. 04/09/2025",
            "Wednesday 2025-01-15T10:30:00Z",
            "Published: 12 March 2024, 10:30 PKT",
            "Posted on Jan 5, 2024",
            "Last updated: May 1, 2024",
            "Dated 2025-01-15",
            "2025-01-15",
            "15.01.2025",
            "\u{17F}at, 4 Jan 2025",
            "٤ September 2025",
        ]);
        let mut matched = 0;
        for l in &lines {
            if CATEGORIES_RE.is_match(l) {
                assert!(CATEGORIES_PREFIXES.may_match(l), "{l:?}");
                matched += 1;
            }
            if DATE_PREFIX_RE.is_match(l) {
                assert!(DATE_PREFIX_PREFIXES.may_match(l), "{l:?}");
                matched += 1;
            }
            let t = l.trim();
            assert_eq!(is_date_line(t), DATE_LINE_RE.is_match(t), "{t:?}");
            matched += usize::from(DATE_LINE_RE.is_match(t));
        }
        assert!(matched >= 30, "{matched}");
    }

    #[test]
    fn categories() {
        let v = "EuropePakistan";
        let items: Vec<&str> = split_categories(v)
            .into_iter()
            .map(|(a, b)| &v[a..b])
            .collect();
        assert_eq!(items, ["Europe", "Pakistan"]);
        let v = "World, South Asia | McDonald";
        let items: Vec<&str> = split_categories(v)
            .into_iter()
            .map(|(a, b)| &v[a..b])
            .collect();
        assert_eq!(items, ["World", "South Asia", "McDonald"]);
        assert!(CATEGORIES_RE.is_match("Categories: EuropePakistan"));
        assert!(!CATEGORIES_RE.is_match("The categories of aid include food and shelter."));
    }

    #[test]
    fn dates() {
        assert!(DATE_LINE_RE.is_match("September 4, 2025"));
        assert!(DATE_LINE_RE.is_match("Published: 12 March 2024, 10:30 PKT"));
        assert!(DATE_LINE_RE.is_match("2025-01-15"));
        assert!(!DATE_LINE_RE.is_match("On September 4, 2025 the council met."));
        let c = DATE_PREFIX_RE
            .captures(" date 2025-01-15 ISLAMABAD: Russia has")
            .unwrap();
        assert_eq!(&c["d"], "2025-01-15");
        assert!(DATE_PREFIX_RE
            .captures("Dated letters from 2025-01-15 onwards were lost.")
            .is_none());
    }

    #[test]
    fn datelines() {
        for (s, v) in [
            ("ISLAMABAD: Russia has expressed", "ISLAMABAD"),
            ("ISLAMABAD - The two-day visit", "ISLAMABAD"),
            ("NEW YORK (Reuters) — Stocks fell", "NEW YORK (Reuters)"),
            (
                "July 11, Pakistan -- According to a statement",
                "July 11, Pakistan",
            ),
        ] {
            assert_eq!(dateline(s).unwrap().as_str(), v, "{s}");
        }
        assert!(DATELINE_RE
            .captures("IN recent months and years, the relationship")
            .is_none());
        assert!(DATELINE_RE.captures("He declined to comment.").is_none());
    }
}
