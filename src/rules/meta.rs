//! Metadata in the text: category lines, dates, the headline (→ `title`), the dateline.

use crate::doc::Doc;
use crate::model::{Layer, MetaField};
use crate::rules::segment::is_list_item;
use crate::rules::{Rule, Ruleset, Tier};
use crate::text::{collapsed_more_words_than, ends_sentence, word_count};
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

pub static DATE_IN_LINE: Rule = Rule {
    id: "meta.date-in-line",
    layer: Layer::Metadata,
    why: "a date inside a short meta line by the article's head (a byline, a reading time, a \
          category); reported as date when none was found by the head, the line left to the other \
          rules (but for one between the headline and the first paragraph, which goes)",
    tier: Tier::Core,
};

static CATEGORIES_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:categories|category|filed under|tags|tagged(?: with)?|topics|sections?|posted in|kategorien|catégories|kategorie|schlagw(?:orte|örter)|stichw(?:orte|örter)|(?:getaggt|verschlagwortet)(?: mit)?|étiquettes|mots[- ]clés|catégorie|etiquetas|categorías?|categorias?|marcadores|etichette|categori[ae]|trefwoorden|categorieën|теги|метки|рубрик[аи]|категори[яи]|kategori)\s*:\s*(?P<v>\S.*)$").expect("categories regex")
});

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

/// The weekdays in the other languages of the stopword lists ("Dienstag, 15. März 2024", "mardi
/// 15 mars 2024"). [`DATE_LINE_PREFIXES`] lists each one's ASCII letters up to its first other
/// one (a Russian weekday has none: a line that starts with a letter that is not ASCII always
/// goes on to the pattern); a weekday whose second or third letter is not ASCII ("sábado",
/// "miércoles") would need a prefix too short to rule anything out, and is left out.
const WEEKDAYS: &str = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|jueves|viernes|domingo|segunda-feira|quarta-feira|quinta-feira|sexta-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|senin|selasa|rabu|kamis|jumat|sabtu|minggu";

/// A date, with an optional weekday and time. In the other languages of the stopword lists a
/// date puts its day first ("15. März 2024", "15 de marzo de 2024", "15 марта 2024 г.").
static DATE_PATTERN: Lazy<String> = Lazy::new(|| date_pattern(false));

/// [`DATE_PATTERN`], with only the month names spelt in ASCII when `ascii` (for patterns that
/// read ASCII lines only: the other names would only make their automata larger).
fn date_pattern(ascii: bool) -> String {
    let month_names = crate::dates::MONTHS
        .iter()
        .filter(|(name, _)| !ascii || name.is_ascii())
        .map(|(name, _)| regex::escape(name))
        .collect::<Vec<_>>()
        .join("|");
    format!(
        r"(?:(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?|{WEEKDAYS}),?\s+)?(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+{MONTH},?\s+\d{{4}}|\d{{1,2}}\.?\s+(?:de\s+)?(?:{month_names})\s+(?:de\s+)?\d{{4}}(?:\s*г\.)?|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}|\d{{4}}\s*(?:年|년)\s*\d{{1,2}}\s*(?:月|월)\s*\d{{1,2}}\s*(?:日|일))(?:(?:\s*[,|•·-]\s*|\s+(?:at\s+|@\s*)?)\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)?"
    )
}

/// A block that is a date and nothing else.
static DATE_LINE_RE: Lazy<Regex> =
    Lazy::new(|| Regex::new(&date_line_pattern()).expect("date line regex"));

fn date_line_pattern() -> String {
    date_line_pattern_of(&DATE_PATTERN)
}

/// The labels that open a publication's date line ("Posted: May 1, 2024"), lower case.
const PUBLISH_LABELS: &[&str] = &["published", "posted", "originally published"];

/// The labels that open an update's date line ("Last updated: May 1, 2024"), lower case.
const UPDATE_LABELS: &[&str] = &[
    "updated",
    "last updated",
    "last modified",
    "modified",
    "last edited",
    "last reviewed",
    "page last updated",
    "page last modified",
];

/// The other labels of a date line ("Date: May 1, 2024"), lower case.
const OTHER_DATE_LABELS: &[&str] = &["date", "dated", "start date", "first published"];

/// Every label of a date line: the pattern's, its prefixes' and the label tests' one list.
fn date_labels() -> impl Iterator<Item = &'static str> {
    PUBLISH_LABELS
        .iter()
        .chain(UPDATE_LABELS)
        .chain(OTHER_DATE_LABELS)
        .copied()
}

fn date_line_pattern_of(date: &str) -> String {
    // (The labels are words and spaces: literal in a pattern.)
    let labels = date_labels().collect::<Vec<_>>().join("|");
    format!(r"(?i)^(?:(?:{labels})(?:\s+on)?\s*:?\s*)?(?P<d>{date})\.?$")
}

/// `pattern`, a date line's or a date's in the ASCII form of [`date_pattern`], compiled with
/// Unicode off. (A class of bytes holds no character that is not ASCII, and on ASCII text
/// those two separators never match.)
fn ascii_date_regex(pattern: &str) -> regex::bytes::Regex {
    crate::text::ascii_regex(&pattern.replace("[,|•·-]", "[,|-]"))
}

/// A date of [`date_pattern`] as the whole of an ASCII text, perhaps with a full stop after it:
/// the part of [`DATE_LINE_RE`] after its label, Unicode off.
static DATE_ONLY_ASCII_RE: Lazy<regex::bytes::Regex> =
    Lazy::new(|| ascii_date_regex(&format!(r"(?i)^(?:{})\.?$", date_pattern(true))));

/// A date of [`date_pattern`] as the whole of an ASCII text, a full stop after it included.
static DATE_WHOLE_ASCII_RE: Lazy<regex::bytes::Regex> =
    Lazy::new(|| ascii_date_regex(&format!(r"(?i)^(?:{})$", date_pattern(true))));

/// Where the date of a line that [`DATE_LINE_RE`] matches lies in it.
fn date_of_line(t: &str) -> Option<std::ops::Range<usize>> {
    if t.is_ascii() {
        return ascii_date_of_line(t.as_bytes());
    }
    Some(DATE_LINE_RE.captures(t)?.name("d")?.range())
}

/// The date group of [`DATE_LINE_RE`] in an ASCII line, found without the engine that captures
/// groups (which cleared a table as large as the automaton times the line for each date line):
/// the pattern takes the first of its labels, in their order, after which a date stands alone,
/// and none when none does. After a label its greedy `(?:\s+on)?\s*:?\s*` leaves no space, colon
/// or "on" to the date, which opens with a letter or a figure and never with "on". The date
/// ends at the line's end, or before a full stop there that no date takes: only a time's
/// "a.m." takes one, and the pattern's greedy choices take it when they can.
fn ascii_date_of_line(b: &[u8]) -> Option<std::ops::Range<usize>> {
    // `\s` without Unicode: ASCII whitespace with the vertical tab.
    let is_space = |c: &u8| matches!(c, b'\t'..=b'\r' | b' ');
    let spaces = |at: usize| {
        b.get(at..)
            .map_or(0, |r| r.iter().take_while(|c| is_space(c)).count())
    };
    // Where the date stands after the label, with "on" taken after it or not: the greedy
    // `\s*:?\s*` from `at`.
    let date_after = |mut at: usize| {
        at += spaces(at);
        if b.get(at) == Some(&b':') {
            at += 1;
        }
        at + spaces(at)
    };
    let start = date_labels()
        .filter(|l| {
            b.get(..l.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(l.as_bytes()))
        })
        .flat_map(|l| {
            let after_on = Some(spaces(l.len()))
                .filter(|&n| n > 0)
                .map(|n| l.len() + n)
                .filter(|&at| {
                    b.get(at..at + 2)
                        .is_some_and(|w| w.eq_ignore_ascii_case(b"on"))
                })
                .map(|at| date_after(at + 2));
            after_on.into_iter().chain([date_after(l.len())])
        })
        .find(|&at| b.get(at..).is_some_and(|r| DATE_ONLY_ASCII_RE.is_match(r)))
        .or_else(|| DATE_ONLY_ASCII_RE.is_match(b).then_some(0))?;
    let end = match b.last() {
        Some(b'.')
            if !b
                .get(start..)
                .is_some_and(|r| DATE_WHOLE_ASCII_RE.is_match(r)) =>
        {
            b.len() - 1
        }
        _ => b.len(),
    };
    Some(start..end)
}

/// What every match of [`DATE_LINE_RE`] starts with: a label, a weekday, a month or a figure.
/// Most short lines with a figure start with none of them, and are ruled out without the
/// pattern.
static DATE_LINE_PREFIXES: Lazy<crate::text::Prefixes> = Lazy::new(|| {
    // ("date" opens "dated" too, and a longer prefix is no quicker test.)
    let openers: Vec<&'static str> = date_labels()
        .filter(|l| *l != "dated")
        .chain(crate::dates::WEEKDAY_ABBREVIATIONS)
        .chain(DATE_LINE_OPENERS.iter().copied())
        .collect();
    crate::text::Prefixes::sets(&[&openers, &crate::text::DIGITS], b"")
});

/// What a date line starts with when it has no label, besides an English weekday and a figure: a
/// month, or another language's weekday (those of `WEEKDAYS` up to their first letter that is not
/// ASCII).
const DATE_LINE_OPENERS: &[&str] = &[
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
    // The weekdays of `WEEKDAYS`, up to their first letter that is not ASCII.
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "jueves",
    "viernes",
    "domingo",
    "segunda-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "luned",
    "marted",
    "mercoled",
    "gioved",
    "venerd",
    "sabato",
    "domenica",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
];

/// [`DATE_LINE_RE`], ruled out first by its prefixes.
/// Whether `t` is a date alone, or a line that only dates the page ("Last updated: May 1, 2024").
pub(crate) fn is_date_alone(t: &str) -> bool {
    t.len() <= 80 && is_date_line(t)
}

/// A timestamp alone: a date, with its time or not, or a post's age ("2024-08-03 10:59:47", "Sun
/// Dec 17, 2023 11:23 am", "17 hours ago"), as a forum prints over each post, perhaps after the
/// post's number ("#1 2024-08-03 10:59:47").
pub(crate) fn is_timestamp(t: &str) -> bool {
    let t = crate::text::trim_ws(t).trim_matches(|c: char| matches!(c, '•' | '·' | '|' | '-'));
    let t = match t.strip_prefix('#').and_then(|r| r.split_once(' ')) {
        Some((n, rest)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => rest,
        _ => t,
    };
    let t = crate::text::trim_ws(t);
    !t.is_empty() && t.len() <= 40 && (is_date_alone(t) || is_short_date(t))
}

/// The lines between a headline and the article's first paragraph that date or sign it are at
/// most this many.
pub(crate) const MAX_HEADER_META_LINES: usize = 3;

/// A line of an article's header that dates or signs it, between its headline and its first
/// paragraph: a date, a meta line with a date ("June 8, 2023 • 11 min read", "28 November 2026
/// 10:32 Source: Eastern Daily"), a byline.
pub(crate) fn is_header_meta(t: &str) -> bool {
    let t = t.trim();
    is_date_alone(t)
        || date_in_meta_line(t).is_some()
        || crate::rules::byline::is_byline(t)
        || is_short_date(t)
}

/// A date with no year, or a post's age, alone on its line, perhaps after a date's label:
/// "Jan 4", "19 Sep", "Updated: Sep 19", "2 days ago" (a blog's header under its headline).
/// It dates the page, but not to a day that can be told, so it is no date for the metadata;
/// still no headline either.
pub(crate) fn is_short_date(t: &str) -> bool {
    // A day has a figure, an age ends with "ago": most lines have neither.
    let end = t.trim_end_matches('.');
    let ago = end.len() >= 3
        && end.is_char_boundary(end.len() - 3)
        && end[end.len() - 3..].eq_ignore_ascii_case("ago");
    if t.len() > 40 || !(ago || crate::text::has_ascii_digit(t.as_bytes())) {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    let rest = date_labels()
        .filter_map(|l| lower.strip_prefix(l))
        .map(|r| r.trim_start_matches([':', ' ']))
        .next()
        .unwrap_or(&lower)
        .trim_end_matches(['.', ',']);
    if is_age_label(rest) {
        return true;
    }
    // A day of the month, perhaps with its ordinal's ending ("4", "19th,").
    let day = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        let (d, ending) = w.split_at(w.find(|c: char| !c.is_ascii_digit()).unwrap_or(w.len()));
        (1..=2).contains(&d.len())
            && d.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
            && ["", "st", "nd", "rd", "th"].contains(&ending)
    };
    let month = |w: &str| w.len() >= 3 && crate::dates::month_of(w).is_some();
    let words: Vec<&str> = rest.split_whitespace().collect();
    matches!(words.as_slice(), [a, b] if (month(a) && day(b)) || (day(a) && month(b)))
}

/// A post's age, as its header shows it: "2 days ago", "an hour ago", "3 weeks ago".
fn is_age_label(t: &str) -> bool {
    const UNITS: &[&str] = &[
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
        "day", "days", "week", "weeks", "month", "months", "year", "years",
    ];
    let mut words = t.split_whitespace();
    let (Some(n), Some(unit), Some(ago), None) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return false;
    };
    (n.bytes().all(|b| b.is_ascii_digit())
        || ["a", "an", "one"].iter().any(|a| n.eq_ignore_ascii_case(a)))
        && UNITS.iter().any(|u| unit.eq_ignore_ascii_case(u))
        && ago.trim_end_matches('.').eq_ignore_ascii_case("ago")
}

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
            "kategori",
            "schlagw",
            "stichw",
            "getaggt",
            "verschlagwortet",
            "mots",
            "etiquetas",
            "marcadores",
            "etichette",
            "trefwoorden",
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

/// Tags without separators have at most this many words (more may be a label's prose).
const MAX_UNSPLIT_TAGS_WORDS: usize = 12;

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
            // Categories are names of a few words; a sentence after "Tags:" is prose. Tags
            // run together with spaces alone ("Tags: advent of code computing rust") are no
            // sentence either: reported as one value, since their bounds are unknown.
            if ends_sentence(v.as_str())
                || (ranges.len() > 1 || word_count(v.as_str()) > MAX_UNSPLIT_TAGS_WORDS)
                    && ranges
                        .iter()
                        .any(|&(a, z)| word_count(&v.as_str()[a..z]) > 4)
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
    // The block of the date taken, when its line is an update's ("Last updated on …").
    let mut update_at: Option<usize> = None;
    // A date with a reading time is the article's header ("Dec 18, 2025 ⋅ 2 min read"), once or
    // twice; more of them are the cards of a listing, which its other lines show.
    let reading_times = doc
        .blocks
        .iter()
        .filter(|b| b.is_kept() && b.plain.len() <= 80)
        .map(|b| crate::text::trim_ws(&b.plain))
        .filter(|t| {
            let d = without_reading_time(t);
            d.len() < t.len() && is_date_line(d)
        })
        .count();
    let header_reading_time = reading_times <= MAX_HEADER_READING_TIMES;
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if !b.is_kept()
            || !crate::text::has_ascii_digit(&b.plain.as_bytes()[..b.plain.len().min(80)])
        {
            continue;
        }
        if b.plain.len() <= 80 {
            let t = crate::text::trim_ws(&b.plain);
            let t = if header_reading_time {
                without_reading_time(t)
            } else {
                t
            };
            // A line of dates and their labels ("July 4, 2025 February 9, 2026 Updated on
            // February 9, 2026") is a date line too, with its date of publication. The label
            // tells it: a listing's cards repeat their dates unlabelled ("Jan 5, 2026 Jan 5,
            // 2026"), and the rules of context judge those with their cards.
            let dates_line = || {
                (is_dates_and_labels(t)
                    && date_labels().any(|l| crate::text::contains_ascii_ci(t, l)))
                .then(|| date_in_meta_line(t))
                .flatten()
                .map(|(r, _)| r)
            };
            if let Some(d) =
                (Some(t).filter(|t| is_date_line(t)).and_then(date_of_line)).or_else(dates_line)
            {
                let d = earlier_beside(t, &d);
                let off = t.as_ptr() as usize - b.plain.as_ptr() as usize;
                // The date published right by the update's ("Last Updated on November 15,
                // 2025" / "Published on November 5, 2025") is the page's.
                let published_by_update =
                    update_at.is_some_and(|u| i - u <= PUBLISHED_BY_UPDATE) && is_publish_label(t);
                // A forum post's "Joined" / "Feb 8, 2023" is when its poster joined, not when
                // anything was published.
                if (doc.metadata.date.is_none() || published_by_update)
                    && !follows_joined_label(doc, i)
                {
                    let value = t[d.clone()].to_string();
                    doc.metadata.date =
                        Some(doc.field(i, off + d.start, off + d.end, value, &DATE));
                    update_at = is_update_label(t).then_some(i);
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
            // Two labelled dates on one line ("Published on Oct 21, 2025 Updated on Mar 9, 2026",
            // "Updated November 11, 2022 8:23 PM ET Originally published November 9, 2022"):
            // the line goes whole, and the date published is the page's.
            let rest = crate::text::trim_ws(b.plain.get(end..).unwrap_or(""));
            if let Some(r) = Some(rest)
                .filter(|t| t.len() <= 80 && is_date_line(t))
                .and_then(date_of_line)
            {
                let at = rest.as_ptr() as usize - b.plain.as_ptr() as usize;
                let (s, e) = if is_update_label(&b.plain) && !is_update_label(rest) {
                    (at + r.start, at + r.end)
                } else {
                    (d.start(), d.end())
                };
                if doc.metadata.date.is_none() {
                    let value = b.plain[s..e].to_string();
                    let mut field = doc.field(i, s, e, value, &DATE);
                    // (An end before a space maps past it.)
                    field.span = crate::doc::trim_span(&doc.src, field.span).unwrap_or(field.span);
                    doc.metadata.date = Some(field);
                }
                doc.remove(i, &DATE, None);
                continue;
            }
            // Only a prefix before more text; a date alone was handled above.
            if end < b.plain.len() {
                let d = earlier_beside(&b.plain, &d.range());
                let field = doc.field(i, d.start, d.end, b.plain[d].to_string(), &DATE);
                if doc.metadata.date.is_none() {
                    doc.metadata.date = Some(field);
                }
                doc.cut(i, &[(0, end)], &DATE, None);
            }
        }
    }
}

/// The most lines of a date and a reading time that date an article rather than a listing's
/// cards ([`apply_date`]).
const MAX_HEADER_READING_TIMES: usize = 2;

/// `t` without the reading time that ends it and the marks before that ("Dec 18, 2025 ⋅ 7 min
/// read" is "Dec 18, 2025"); `t` itself when no reading time ends it.
fn without_reading_time(t: &str) -> &str {
    // (Every unit ends with "read": most lines end otherwise.)
    if !t.ends_with(['d', 'D']) {
        return t;
    }
    let lower_end = |w: &str| {
        t.len() >= w.len()
            && t.is_char_boundary(t.len() - w.len())
            && t[t.len() - w.len()..].eq_ignore_ascii_case(w)
    };
    let Some(unit) = [
        " min read",
        " mins read",
        " minute read",
        " minutes read",
        " min. read",
    ]
    .into_iter()
    .find(|w| lower_end(w)) else {
        return t;
    };
    let head = &t[..t.len() - unit.len()];
    let number = head.trim_end_matches(|c: char| c.is_ascii_digit());
    if number.len() == head.len() {
        return t;
    }
    number.trim_end_matches(|c: char| c.is_whitespace() || "⋅•·|–—-".contains(c))
}

/// Blocks after an update's date line within which a publication's date line gives the page's
/// date instead.
const PUBLISHED_BY_UPDATE: usize = 2;

/// A line that opens with a publication's label ("Published", "Posted", "Originally
/// published").
fn is_publish_label(t: &str) -> bool {
    opens_with_label(t, PUBLISH_LABELS)
}

/// A line that opens with an update's label ("Updated", "Last updated", "Last modified").
fn is_update_label(t: &str) -> bool {
    opens_with_label(t, UPDATE_LABELS)
}

/// Whether `t` opens with one of `labels` (lower case ASCII), in any case.
fn opens_with_label(t: &str, labels: &[&str]) -> bool {
    let t = crate::text::trim_ws(t).as_bytes();
    labels.iter().any(|l| {
        t.get(..l.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(l.as_bytes()))
    })
}

/// The block of the date line that gave the page's date (`meta.date`), if it did.
pub(crate) fn date_line_block(doc: &Doc) -> Option<usize> {
    doc.metadata
        .date
        .as_ref()
        .filter(|d| d.rule == DATE.id)
        .and_then(|d| doc.block_at(d.span.start))
}

/// Is block `i` right under a label of when a member joined ("Joined", "Member since:",
/// "Registered")?
fn follows_joined_label(doc: &Doc, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|k| {
        let t = crate::text::trim_ws(&doc.blocks[k].plain).trim_end_matches(':');
        ["joined", "member since", "registered", "join date"]
            .iter()
            .any(|l| t.eq_ignore_ascii_case(l))
    })
}

/// A date anywhere in a line (the first test of [`date_in_meta_line`]).
/// A time zone's letters are upper case here: "at 19:00 by" ends at the time.
static DATE_ANY_RE: Lazy<Regex> = Lazy::new(|| {
    // (ASCII word boundaries: a Unicode one keeps the fast engines off a line that is not
    // ASCII.)
    let pattern = DATE_PATTERN.replace(r"\s+[A-Z]{2,4}", r"\s+(?-i:[A-Z]{2,4})(?-u:\b)");
    Regex::new(&format!(r"(?i)(?-u:\b){pattern}")).expect("date anywhere regex")
});

/// Whether a line holds a date anywhere ("Posted March 3, 2024 in News").
pub(crate) fn has_date(t: &str) -> bool {
    crate::text::has_ascii_digit(t.as_bytes()) && DATE_ANY_RE.is_match(t)
}

/// Whether a line holds two dates or more and nothing else but the labels of a date line and
/// the small words between them: a post's dates of publication and of update side by side, as
/// a theme prints them ("July 4, 2025 February 9, 2026 Updated on February 9, 2026"). Such a
/// line is a meta line, however many years it names, not a list of dated items.
pub(crate) fn is_dates_and_labels(t: &str) -> bool {
    // (Two dates name two years: most lines are ruled out without the pattern.)
    if crate::rules::textclass::years_in(t) < 2 {
        return false;
    }
    let mut dates = 0;
    let mut from = 0;
    let mut rest_is_labels = true;
    let labels_in = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| {
                (DATE_LINE_WORDS.iter().copied())
                    .chain(date_labels().flat_map(|l| l.split(' ')))
                    .any(|p| p.eq_ignore_ascii_case(w))
            })
    };
    for m in DATE_ANY_RE.find_iter(t) {
        dates += 1;
        rest_is_labels &= labels_in(&t[from..m.start()]);
        from = m.end();
    }
    dates >= 2 && rest_is_labels && labels_in(&t[from..])
}

/// The small words a line of dates and their labels holds besides them ("Updated on …").
const DATE_LINE_WORDS: &[&str] = &["on", "at", "and", "by"];

/// Words a meta line holds besides names, dates and labels in title case: labels, units of
/// reading time, times of day and the small words between them.
const META_WORDS: &[&str] = &[
    "a",
    "ago",
    "am",
    "and",
    "asked",
    "at",
    "by",
    "comment",
    "comments",
    "de",
    "edited",
    "est",
    "et",
    "fact-checked",
    "from",
    "in",
    "last",
    "min",
    "mins",
    "minute",
    "minutes",
    "modified",
    "of",
    "on",
    "pm",
    "posted",
    "published",
    "read",
    "reading",
    "reviewed",
    "share",
    "the",
    "time",
    "to",
    "updated",
    "views",
    "written",
];

/// Words of lines whose dates are not the page's: copyright lines, a member's or a company's
/// dates, an event's.
const NOT_PUBLISHED: &[&str] = &[
    "copyright",
    "rights reserved",
    "joined",
    "member since",
    "registered",
    "founded",
    "established",
    "born",
    "deadline",
    "expires",
];

/// Lower-case words other than [`META_WORDS`] a meta line may hold (a user name, a site's
/// domain); more make it prose.
const MAX_OTHER_LOWER: usize = 2;

/// The date a short meta line holds ("By Jane Doe Published: Jan 29, 2025", "June 8, 2023 • 11
/// min read", "DaleJack September 5, 2024, 11:15pm 1"), as a range of `t`, and whether it is an
/// update's date ("Updated Sep 9, 2025"). A published date is preferred over an updated one in
/// the same line. None for prose, copyright lines and lines of other words.
fn date_in_meta_line(t: &str) -> Option<(std::ops::Range<usize>, bool)> {
    if t.len() > 200 || !crate::text::has_ascii_digit(t.as_bytes()) {
        return None;
    }
    let mut dates: Vec<(std::ops::Range<usize>, bool)> = Vec::new();
    let mut last = 0;
    for m in DATE_ANY_RE.find_iter(t) {
        // A date runs to the end of its figures ("2025-08-291" is none), but for a time or an
        // age glued to its year ([`glued_to_the_year`]).
        if t.as_bytes().get(m.end()).is_some_and(u8::is_ascii_digit)
            && !glued_to_the_year(&t[..m.end()], &t[m.end()..])
        {
            continue;
        }
        let before = &t[last..m.start()];
        let updated = ["updat", "modif", "edited", "revised"]
            .iter()
            .any(|w| crate::text::contains_ascii_ci(before, w));
        dates.push((m.range(), updated));
        last = m.end();
    }
    if dates.is_empty() {
        return None;
    }
    // Not a copyright line, a headline or a sentence of exclamation, nor a date that is not the
    // page's (a member's, a company's).
    if t.contains('©')
        || t.trim_end().ends_with(['!', '?'])
        || NOT_PUBLISHED
            .iter()
            .any(|w| crate::text::contains_ascii_ci(t, w))
    {
        return None;
    }
    // The words besides the dates: a few, and hardly any lower-case word that is no label.
    let mut words = 0;
    let mut other_lower = 0;
    let mut from = 0;
    for (r, _) in dates
        .iter()
        .chain(std::iter::once(&(t.len()..t.len(), false)))
    {
        for w in t[from..r.start].split_whitespace() {
            let w =
                w.trim_matches(|c: char| !crate::text::is_alphanumeric(c) && c != '#' && c != '@');
            if w.is_empty() || w.starts_with(['#', '@']) {
                continue;
            }
            words += 1;
            if w.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            let first = w.chars().next().unwrap_or(' ');
            if first.is_lowercase() && !META_WORDS.contains(&w) {
                other_lower += 1;
            }
        }
        from = r.end;
    }
    if words > 20 || other_lower > MAX_OTHER_LOWER {
        return None;
    }
    dates
        .iter()
        .find(|(_, updated)| !updated)
        .or(dates.first())
        .map(|(r, updated)| {
            (
                if *updated {
                    r.clone()
                } else {
                    earlier_beside(t, r)
                },
                *updated,
            )
        })
}

/// A time or an age that a converter glued to a date's year, writing two elements with nothing
/// between them (a page's Markdown: "November 9, 202211:01 AM ET", "June 14, 20241 yr", "Mar 27,
/// 20255 mins"): the date before it is whole. `date` ends with the year's four figures.
static GLUED_TO_YEAR_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\d{1,2}(?::\d{2}|\s?(?i:yrs?|years?|mos?|months?|mins?|minutes?|hrs?|hours?|days?|wks?|weeks?)\b)")
        .expect("glued to year regex")
});

fn glued_to_the_year(date: &str, rest: &str) -> bool {
    let b = date.as_bytes();
    b.len() > 4
        && b[b.len() - 4..].iter().all(u8::is_ascii_digit)
        && !b[b.len() - 5].is_ascii_digit()
        && GLUED_TO_YEAR_RE.is_match(rest)
}

/// The date at `r` in `t`, or the date right after it when that one is earlier. Two dates side
/// by side with no word between them ("May 21, 2025 April 24, 2025 by The Ritualist", "Posted
/// on December 20, 2024 September 26, 2025") are a theme's dates of publication and of update,
/// in either order: the page was published on the earlier.
pub(crate) fn earlier_beside(t: &str, r: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let rest = &t[r.end..];
    let gap = rest.len() - rest.trim_start().len();
    let Some(m) = DATE_ANY_RE
        .find(&rest[gap..])
        .filter(|m| m.start() == 0 && gap > 0)
    else {
        return r.clone();
    };
    let next = r.end + gap..r.end + gap + m.end();
    // (A date runs to the end of its figures.)
    if t.as_bytes().get(next.end).is_some_and(u8::is_ascii_digit) {
        return r.clone();
    }
    let day = |r: &std::ops::Range<usize>| crate::dates::normalize_date(&t[r.clone()], None);
    match (day(r), day(&next)) {
        (Some(a), Some(b)) if b < a => next,
        _ => r.clone(),
    }
}

/// The date of a meta line among the first lines of a block of several lines (the dump joined
/// it with its neighbours: tags above it, a summary under it), as [`date_in_meta_line`] gives
/// it, with its range in the block's plain text (its lines joined by a space).
fn date_in_a_line(src: &str, b: &crate::doc::Block) -> Option<(std::ops::Range<usize>, bool)> {
    // (An HTML block's pieces are its text's runs between tags, not lines of a dump.)
    if b.line_count(src) < 2 || b.dom.is_some() {
        return None;
    }
    let mut at = 0;
    for piece in b.pieces.iter().take(4) {
        let line = crate::text::collapse_cow(src.get(piece.span.range())?);
        let here = b
            .plain
            .get(at..at + line.len())
            .filter(|l| *l == line.as_ref())?;
        if let Some((r, updated)) = date_in_meta_line(here) {
            return Some((at + r.start..at + r.end, updated));
        }
        at += line.len() + 1;
    }
    None
}

/// Where "asked " starts in `t`, at its start or after a space (a question's header).
fn asked_at(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    (0..b.len().saturating_sub(5)).find(|&k| {
        (k == 0 || b[k - 1] == b' ')
            && b[k..].len() > 6
            && b[k..k + 6].eq_ignore_ascii_case(b"asked ")
    })
}

/// How far before the article's first paragraph, and after it, a meta line is looked for (in
/// blocks), and how far above the headline.
const HEAD_BEFORE: usize = 12;
const HEAD_AFTER: usize = 6;
const ABOVE_TITLE: usize = 3;
/// A headline further above the first paragraph than this is not the article's.
const TITLE_REACH: usize = 60;
/// How far under the article's last paragraph its foot's date line may be (in blocks).
const AFTER_LAST: usize = 2;
/// How far after the first paragraph a question's or a first post's header may be (in blocks: a
/// page's Markdown writes each avatar, link and code line of a question as one; at 60, the
/// headers of seven Stack Exchange questions as Markdown were out of reach).
const FIRST_POST_REACH: usize = 150;

/// Rules whose lines are no article's meta lines: comments, teasers and other stories,
/// copyright lines.
fn from_elsewhere(b: &crate::doc::Block) -> bool {
    use crate::rules::{dom, footer, textclass};
    [
        &textclass::COMMENTS,
        &textclass::TEASERS,
        &textclass::RECOMMENDATIONS,
        &textclass::REVIEWS,
        &textclass::DATED_LIST,
        &dom::COMMENTS,
        &dom::RELATED,
        &dom::TEASER_SECTION,
        &dom::REVIEWS,
        &dom::RECOMMENDATIONS,
        &footer::COPYRIGHT,
    ]
    .iter()
    .any(|r| b.is_removed_by(r))
}

/// The page's date from a short meta line by the article's head, when no other rule found one
/// (or only the date rule, in a line far from the head: a sidebar's, a teaser's, a comment's):
/// the lines between the headline and the first paragraph first, in order, then those just
/// above them, nearest first, then a few after the first paragraph. A published date wins over
/// an updated one, which is taken only when no date was found at all. The line stays as the
/// other rules left it.
pub fn apply_date_in_line(doc: &mut Doc, rs: &Ruleset) {
    // A date the date rule found far from the head (a sidebar's, a teaser's, a comment's)
    // gives way to one in a meta line by the head; any other date stands.
    if !rs.on(&DATE_IN_LINE)
        || doc
            .metadata
            .date
            .as_ref()
            .is_some_and(|d| d.rule != DATE.id)
    {
        return;
    }
    // (A paragraph in a script written without spaces counts its words by characters.)
    let Some(first) = doc.kept_iter().find(|&i| {
        let p = &doc.blocks[i].plain;
        collapsed_more_words_than(p, 7) || crate::text::has_effective_words(p, 8)
    }) else {
        return;
    };
    // (The dump's title line is the page's `<title>` at its top, not the article's headline:
    // the meta lines are looked for around the first paragraph then.)
    let title = doc.metadata.title.as_ref().and_then(|t| {
        if t.rule == crate::rules::textclass::TITLE_LINE.id {
            return None;
        }
        let at = t.span.start;
        (first.saturating_sub(TITLE_REACH)..first).find(|&i| {
            let s = doc.blocks[i].outer_span();
            s.start <= at && at < s.end
        })
    });
    let top = first.saturating_sub(HEAD_BEFORE);
    let end = (first + HEAD_AFTER + 1).min(doc.blocks.len());
    let order: Vec<usize> = match title {
        Some(t) => (t..end)
            .chain((top.min(t.saturating_sub(ABOVE_TITLE))..t).rev())
            .collect(),
        None => (top..first).rev().chain(first..end).collect(),
    };
    // (Judged by the input's bytes: the date rule may have cut its date out of its line.)
    let replacing = doc.metadata.date.is_some();
    if let Some(d) = &doc.metadata.date {
        let lo = order.iter().copied().min().unwrap_or(first);
        // From the end of the block before the head to the start of the one after it.
        let head = lo
            .checked_sub(1)
            .map_or(0, |k| doc.blocks[k].outer_span().end)
            ..doc
                .blocks
                .get(end)
                .map_or(doc.src.len(), |b| b.outer_span().start);
        if head.contains(&d.span.start) {
            return;
        }
    }
    // The line and range of the date taken: a published one ends the search; an update's is
    // kept while none is found.
    let mut found: Option<(usize, std::ops::Range<usize>)> = None;
    for i in order {
        let b = &doc.blocks[i];
        if b.plain.len() > 200
            || !crate::text::has_ascii_digit(b.plain.as_bytes())
            || from_elsewhere(b)
        {
            continue;
        }
        // A meta line the dump joined with its neighbours is read alone too: "By David Kim •
        // December 17, 2025 • 11 min read" / "git version-control", "deployment, gatsby" /
        // "tinterweb April 26, 2024, 6:28am 1".
        let Some((r, is_update)) =
            date_in_meta_line(&b.plain).or_else(|| date_in_a_line(&doc.src, b))
        else {
            continue;
        };
        if is_update {
            // An update's date does not replace a date found elsewhere.
            if !replacing {
                found.get_or_insert((i, r));
            }
            continue;
        }
        found = Some((i, r));
        break;
    }
    // A question's or a thread's first post may run long: its header ("asked Feb 11, 2011 at
    // 23:49", "#1 · Jan 3, 2024") is looked for further down.
    if found.is_none() && !replacing {
        let reach = (first + FIRST_POST_REACH).min(doc.blocks.len());
        found = (end..reach).find_map(|i| {
            let b = &doc.blocks[i];
            if b.plain.len() > 200 || from_elsewhere(b) {
                return None;
            }
            // From the label on: a question's header may follow its asker's badges on one line.
            let from = if b.plain.starts_with("#1 ") {
                0
            } else {
                asked_at(&b.plain)?
            };
            date_in_meta_line(&b.plain[from..]).map(|(r, _)| (i, from + r.start..from + r.end))
        });
    }
    // A blog's post may carry its date at its foot: "Posted on the 15/12/2025 at 19:00 by
    // @GuillaumeGomez", "Monday, August 11th, 2025 at 11:00 am | Categories: …". Only a line
    // that says it was posted or published, right under the article's last paragraph.
    if found.is_none() && !replacing {
        if let Some(last) = doc.kept_iter().last() {
            let reach = (last + 1 + AFTER_LAST).min(doc.blocks.len());
            found = (last + 1..reach).find_map(|i| {
                let b = &doc.blocks[i];
                if from_elsewhere(b)
                    || !["posted", "published"]
                        .iter()
                        .any(|w| crate::text::contains_ascii_ci(&b.plain, w))
                {
                    return None;
                }
                match date_in_meta_line(&b.plain) {
                    Some((r, false)) => Some((i, r)),
                    _ => None,
                }
            });
        }
    }
    if let Some((i, r)) = found {
        let value = doc.blocks[i].plain[r.clone()].to_string();
        let mut field = doc.field(i, r.start, r.end, value, &DATE_IN_LINE);
        // (An end before a space maps past it.)
        field.span = crate::doc::trim_span(&doc.src, field.span).unwrap_or(field.span);
        doc.metadata.date = Some(field);
        // A meta line between the headline `meta.title` took over it and the first paragraph
        // is the article's header, which the rules of context kept for the metadata rules: it
        // goes, as it would without the headline above it (the clean body has none).
        let under_title = doc.metadata.title.as_ref().is_some_and(|t| {
            t.rule == TITLE.id && doc.block_at(t.span.start).is_some_and(|h| h < i)
        });
        if under_title
            && i < first
            && doc.blocks[i].is_kept()
            && is_header_meta(&doc.blocks[i].plain)
        {
            doc.remove(i, &DATE_IN_LINE, None);
        }
    }
}

/// Fewest words of a question that opens the article's text rather than heading it.
const READER_QUESTION_MIN_WORDS: usize = 12;

/// A long question in sentence case, which puts the reader's situation to them as the text's
/// first line ("Do you plan on having a monthly fragrance budget or limiting the amount you spend
/// on fragrances in 2024?", "You're looking for a Social Media marketing agency in the United
/// States, but you don't know where to start?"): the article's opening, not its headline. A
/// headline that asks is short or in Title Case ("What Are the Latest Scientific Trends in
/// Psychiatry and How Will They Impact Care?").
fn is_reader_question(t: &str) -> bool {
    let t = t.trim();
    t.ends_with('?') && word_count(t) >= READER_QUESTION_MIN_WORDS && !crate::text::is_title_case(t)
}

/// A headline `t1` directly above prose `t2`; two heading-like lines in a row are left alone, so
/// that cleaning the clean body again finds no new title.
pub(crate) fn is_title_above(t1: &str, t2: &str) -> bool {
    may_title(t1) && !is_heading_like(t2) && crate::text::has_effective_words(t2, 8)
}

/// Whether `t` may be a title by its own shape, whatever follows it: a heading, not a menu's
/// word in a script without spaces, a dateline or a recipe's field ("Temps de cuisson : 45
/// minutes").
pub(crate) fn may_title(t: &str) -> bool {
    is_heading_like(t)
        && !is_short_unspaced_word(t)
        && !DATELINE_RE.is_match(t)
        && !is_quantity_field(t)
}

/// A single word of three characters or fewer in a script written without spaces ("体育",
/// "Sport"): a menu's entry, no headline.
fn is_short_unspaced_word(t: &str) -> bool {
    let t = t.trim();
    !t.is_ascii()
        && !t.contains(char::is_whitespace)
        && t.chars().count() <= 3
        && t.chars().any(crate::text::is_unspaced_script)
}

/// Units a recipe's or a product's field gives its quantity in, lower case (see
/// [`is_quantity_field`]), in the languages of the stopword lists.
const FIELD_UNITS: &[&str] = &[
    "min",
    "mins",
    "minute",
    "minutes",
    "h",
    "hr",
    "hrs",
    "hour",
    "hours",
    "serving",
    "servings",
    "portion",
    "portions",
    "people",
    "persons",
    "g",
    "kg",
    "ml",
    "l",
    "cl",
    "kcal",
    "cal",
    "minuten",
    "std",
    "stunde",
    "stunden",
    "personen",
    "heure",
    "heures",
    "personnes",
    "minutos",
    "hora",
    "horas",
    "porciones",
    "personas",
    "porções",
    "pessoas",
    "minuti",
    "ora",
    "ore",
    "porzioni",
    "persone",
    "uur",
    "menit",
    "jam",
    "porsi",
    "orang",
    "мин",
    "минута",
    "минуты",
    "минут",
    "час",
    "часа",
    "часов",
    "порции",
    "порций",
];

/// A field and its quantity, as a recipe or a product lists them above its text: "Cook time: 45
/// minutes", "Temps de cuisson : 45 minutes", "Servings: 4", "Zubereitungszeit: 1 Std. 20 Min.".
/// A label of one to four words, a colon, and one or two figures each with at most a unit of
/// [`FIELD_UNITS`]: a headline's colon is followed by words ("Apollo 11: 50 years later").
fn is_quantity_field(t: &str) -> bool {
    let Some((label, value)) = t.split_once([':', '：']) else {
        return false;
    };
    if !(1..=4).contains(&word_count(label)) || label.len() > 40 {
        return false;
    }
    let mut words = value.split_whitespace().peekable();
    let mut figures = 0;
    while let Some(w) = words.next() {
        let w = w.trim_end_matches(['.', ',']);
        // A figure may carry its unit ("45min", "200g") or stand before it.
        let digits = w
            .bytes()
            .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'/' | b'-'))
            .count();
        if digits == 0 || !w.as_bytes()[0].is_ascii_digit() {
            return false;
        }
        let unit_of =
            |u: &str| FIELD_UNITS.contains(&u.trim_end_matches(['.', ',']).to_lowercase().as_str());
        let attached = &w[digits..];
        if !attached.is_empty() && !unit_of(attached) {
            return false;
        }
        if attached.is_empty() && words.peek().is_some_and(|u| unit_of(u)) {
            words.next();
        }
        figures += 1;
        if figures > 2 {
            return false;
        }
    }
    figures > 0
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
    // The headline, and the first line under it that does not date or sign the article (a
    // byline or a date line between them is the metadata rules'). A first line that dates or
    // signs is no headline.
    let (first, second) = {
        let mut kept = doc.kept_iter();
        let Some(first) = kept.next() else {
            return;
        };
        if is_header_meta(&doc.blocks[first].plain) {
            return;
        }
        let mut second = None;
        for (k, i) in kept.enumerate() {
            if k < MAX_HEADER_META_LINES && is_header_meta(&doc.blocks[i].plain) {
                continue;
            }
            second = Some(i);
            break;
        }
        match second {
            Some(second) => (first, second),
            None => return,
        }
    };
    let (t1, t2) = (
        doc.blocks[first].plain.trim(),
        doc.blocks[second].plain.trim(),
    );
    // A heading directly above prose; two heading-like lines in a row are left alone, so that
    // cleaning the clean body again finds no new title.
    if is_title_above(t1, t2) && !is_reader_question(t1) {
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
    if !collapsed_more_words_than(&b.plain, 7) {
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
    Lazy::force(&GLUED_TO_YEAR_RE);
    Lazy::force(&CATEGORIES_RE);
    Lazy::force(&DATE_PATTERN);
    Lazy::force(&DATE_LINE_RE);
    Lazy::force(&DATE_ONLY_ASCII_RE);
    Lazy::force(&DATE_WHOLE_ASCII_RE);
    Lazy::force(&DATE_LINE_PREFIXES);
    Lazy::force(&DATE_PREFIX_PREFIXES);
    Lazy::force(&CATEGORIES_PREFIXES);
    Lazy::force(&DATE_PREFIX_RE);
    Lazy::force(&DATELINE_RE);
    Lazy::force(&DATE_ANY_RE);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`DATE_LINE_RE`] with Unicode off, for ASCII lines, on which it matches and captures
    /// alike (see [`crate::text::ascii_regex`]): its automaton is a fraction the size.
    static DATE_LINE_ASCII_RE: Lazy<regex::bytes::Regex> =
        Lazy::new(|| ascii_date_regex(&date_line_pattern_of(&date_pattern(true))));

    #[test]
    fn dates_and_labels() {
        for t in [
            "July 4, 2025 February 9, 2026 Updated on February 9, 2026",
            "June 29, 2020 November 12, 2021",
            "Published on Oct 21, 2025 Updated on Mar 9, 2026",
        ] {
            assert!(is_dates_and_labels(t), "{t:?}");
        }
        for t in [
            "July 4, 2025",
            "Winter Break: Saturday, Dec. 20, 2025 – Sunday, Jan. 4, 2026",
            "A guide to Armenian wines 9 February 2026 Brett in beer 26 January 2026",
            "The bridge was built in 1962, widened in 1987 and closed in 2025.",
        ] {
            assert!(!is_dates_and_labels(t), "{t:?}");
        }
    }

    /// A field's span holds its value and not the space after it, where the value ends before
    /// more of its line ("June 29, 2020" of "Posted on June 29, 2020 November 12, 2021").
    #[test]
    fn a_date_before_more_words_spans_the_date_alone() {
        let input = "The Garden in Winter\n\nPosted on June 29, 2020 November 12, 2021\n\n\
            The garden sleeps under the snow, and the gardener reads the catalogues by the fire, \
            planning what the spring will bring to the beds by the wall.\n";
        let date = crate::clean(input).metadata.date.expect("a date");
        assert_eq!(date.value, "June 29, 2020");
        assert_eq!(&input[date.span.range()], "June 29, 2020");
    }

    /// A question's header under its text: far down when the question holds a long listing (a
    /// page's Markdown writes each of its lines and each avatar and link as a block), within
    /// [`FIRST_POST_REACH`] blocks of its first paragraph.
    #[test]
    fn a_questions_header_under_a_long_question() {
        let question = "I have a script that reads a log file and prints every line that matches, but it stops after the first error, and I do not know why.";
        let listing: String = (1..=90).map(|k| format!("    echo step {k}\n\n")).collect();
        let date = |gap: &str| {
            let dump = format!(
                "Why does my script stop after the first error?\n\n{question}\n\n{gap}\
                 [xpt](/users/203539/xpt)\n\nasked Aug 5, 2016 at 4:16\n\nAnswer below.\n"
            );
            crate::clean(&dump).metadata.date.and_then(|d| d.normalized)
        };
        assert_eq!(date("").as_deref(), Some("2016-08-05"));
        assert_eq!(date(&listing).as_deref(), Some("2016-08-05"));
    }

    /// A long question in sentence case opening the text is the article's first line, kept; a
    /// headline that asks, above the same prose, is the title.
    #[test]
    fn a_reader_question_opens_the_text() {
        let prose = "With thousands of agencies out there, it is hard to know who is the right \
            fit for your brand and who will deliver the results you need, so we compared them.";
        let question =
            "Are you looking for a marketing agency in the United States, but you don't \
            know where to start?";
        let headline = "The Best Marketing Agencies of 2025";
        let d = crate::clean(&format!("{headline}\n\n{question}\n\n{prose}\n"));
        assert!(d.body.starts_with(question), "{}", d.body);
        assert_eq!(d.metadata.title.map(|t| t.value).as_deref(), Some(headline));
        assert_eq!(crate::clean(&d.body).body, d.body);
        for headline in [
            "Which Marketing Agency Is Right for You?",
            "What Are the Latest Trends in Marketing and How Will They Change Your Agency's Work?",
        ] {
            let d = crate::clean(&format!("{headline}\n\n{prose}\n"));
            assert_eq!(d.metadata.title.map(|t| t.value).as_deref(), Some(headline));
            assert!(d.body.starts_with("With thousands"), "{}", d.body);
        }
    }

    /// A post's timestamp alone, perhaps after its number; a line that says more is none.
    #[test]
    fn timestamps() {
        for t in [
            "2024-08-03 10:59:47",
            "#1 2024-08-03 10:59:47",
            "Sun Dec 17, 2023 11:23 am",
            "Sep 21, 2024",
            "17 hours ago",
            "March 6, 2026 •",
        ] {
            assert!(is_timestamp(t), "{t:?}");
        }
        for t in [
            "#1",
            "Posted by Jane on Sep 21, 2024 in Canoes",
            "Council approves harbour plan 2021",
            "Sep 21, 2024: the day the bridge reopened to traffic after two years",
        ] {
            assert!(!is_timestamp(t), "{t:?}");
        }
    }

    #[test]
    fn short_dates() {
        for t in [
            "Jan 4",
            "19 Sep",
            "Sept. 3rd",
            "May 28",
            "Updated: Sep 19",
            "Posted Dec 12",
            "2 days ago",
            "an hour ago",
        ] {
            assert!(is_short_date(t), "{t:?}");
            assert!(is_header_meta(t), "{t:?}");
        }
        for t in [
            "March 2024",
            "May I help you",
            "Chapter 4",
            "Top 10",
            "Sep 45",
            "Updated",
            "2 days in Rome",
            "The Ides of March 15 times over",
        ] {
            assert!(!is_short_date(t), "{t:?}");
        }
    }

    #[test]
    fn reading_time_after_a_date() {
        assert_eq!(
            without_reading_time("Dec 18, 2025 2 min read"),
            "Dec 18, 2025"
        );
        assert_eq!(
            without_reading_time("Dec 19, 2025 ⋅ 7 min read"),
            "Dec 19, 2025"
        );
        assert_eq!(
            without_reading_time("Mar 07, 2026 | 13 Min Read"),
            "Mar 07, 2026"
        );
        for t in [
            "7 minutes of reading",
            "Dec 18, 2025",
            "Read more",
            "min read",
        ] {
            assert_eq!(without_reading_time(t), t);
        }
        const PROSE: &str = "We got the keys two days ago, and the house is full of boxes and smart home equipment that nobody knows how to set up yet.";
        // The article's header line goes, and dates the page.
        let doc = crate::clean(&format!(
            "Building my smart home\n\nDec 18, 2025 ⋅ 2 min read\n\n{PROSE}\n\n{PROSE} Then the work began.\n"
        ));
        assert!(!doc.body.contains("min read"), "{}", doc.body);
        let date = doc
            .metadata
            .date
            .as_ref()
            .and_then(|d| d.normalized.as_deref());
        assert_eq!(date, Some("2025-12-18"));
        // A prose line that tells of reading time stays.
        let doc = crate::clean(&format!(
            "{PROSE}\n\nIt took me a week to write, and it is a 5 min read.\n"
        ));
        assert!(doc.body.contains("5 min read"), "{}", doc.body);
        // Three or more are a listing's cards, which other rules judge.
        let cards: String = (1..=3)
            .map(|k| format!("Story number {k} about the house\n\nJane Doe\n\nMar 0{k}, 2026 | {k} min read\n\n"))
            .collect();
        let doc = crate::clean(&format!("{cards}{PROSE}\n"));
        assert!(
            doc.removals.iter().all(|r| r.rule != DATE.id),
            "{:?}",
            doc.removals
        );
    }

    /// A blog's header under its headline, with a date that gives no year or a post's age: the
    /// date line is not taken for the headline, nor the headline taken over it.
    #[test]
    fn a_short_date_is_no_headline() {
        const PROSE: &str = "The first paragraph of the post says what the project is and why it was made, in plain words.";
        for date in ["2 days ago", "Updated: Sep 19"] {
            let doc = crate::clean(&format!("{date}\n\n{PROSE}\n\nA second paragraph follows it, with more to say about the project.\n"));
            assert!(
                doc.metadata.title.as_ref().is_none_or(|t| t.value != date),
                "{date:?}: {:?}",
                doc.metadata.title
            );
        }
        let doc = crate::clean(&format!("Building a rotating table\n\nMay 28\n\n{PROSE}\n"));
        let title = doc.metadata.title.as_ref().map(|t| t.value.as_str());
        assert_eq!(title, Some("Building a rotating table"));
    }

    #[test]
    fn quantity_fields() {
        for t in [
            "Cook time: 45 minutes",
            "Prep Time: 1 hr 20 mins",
            "Servings: 4",
            "Temps de cuisson : 45 minutes",
            "Zubereitungszeit: 1 Std. 20 Min.",
            "Tiempo total: 90 min",
            "Calories: 320kcal",
            "Время приготовления: 40 минут",
        ] {
            assert!(is_quantity_field(t), "{t:?}");
        }
        for t in [
            "Apollo 11: 50 years later",
            "Brexit: what happens next",
            "Review: 10 things we loved",
            "Cook time",
            "Step 3: 200 g of flour, then the butter",
            "Price: $20",
        ] {
            assert!(!is_quantity_field(t), "{t:?}");
        }
    }

    #[test]
    fn date_and_category_prefixes_never_rule_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            "Categories: News",
            "Category: News",
            "Catégories : Actualités",
            "Kategorien: Politik",
            "Schlagworte: Schule, Bildung",
            "getaggt mit:Bedingungsloses GrundeinkommenBerlin",
            "Verschlagwortet mit: Reisen",
            "Étiquettes : voyage",
            "Mots-clés : voyage",
            "Etiquetas: viajes",
            "Categorias: Viagem",
            "Etichette: viaggi",
            "Trefwoorden: reizen",
            "Теги: путешествия",
            "Kategori: Berita",
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
            "Last modified November 18, 2025",
            "Page last updated: 4 March 2024",
            "Last reviewed on 2024-03-04",
            "Dated 2025-01-15",
            "2025-01-15",
            "15.01.2025",
            "\u{17F}at, 4 Jan 2025",
            "٤ September 2025",
            "September 4, 2025 • 10:30 am",
            "September 4, 2025 - 10:30 a.m. EST.",
            "Posted on: September 4, 2025 | 10:30 pm",
            "Dienstag, 15. März 2024",
            "mardi 15 mars 2024",
            "Martes, 15 de marzo de 2024",
            "Segunda-feira, 15 de março de 2024",
            "martedì 15 marzo 2024",
            "Dinsdag 15 maart 2024",
            "вторник, 15 марта 2024",
            "Jumat, 15 Maret 2024",
            "15 марта 2024 г.",
            "2026年11月28日",
            "2026年11月28日 10:32",
            "2026년 11월 28일",
            "28 نوفمبر 2026",
            "28 नवंबर 2026",
            "Dated 2025-01-15.",
            "Datedonnerstag, 4 September 2025",
            "Posted onMonday, September 4, 2025",
            "Posted on on September 4, 2025",
            "Posted on: on September 4, 2025",
            "Posted\u{b}on\u{b}: September 4, 2025",
            "Last updated on: 4 Sep 2025",
            "Updated : : 2025-01-15",
            "Updated: September 4, 2025 10:30 am.",
            "September 4, 2025 10:30 a.m.",
            "September 4, 2025 10:30 a.m",
            "September 4, 2025 10:30 pm EST.",
            "September 4, 2025 10:30 EST.",
            "September 4, 2025.",
            "Sept. 4, 2025..",
            "2025-01-15 10:30 am.",
            "2025-01-15T10:30:00Z.",
            "Published Mon. 4 Sep 2025 at 10:30 P.M.",
            "Originally published 4.9.2025.",
            "date",
            "Date:",
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
            // The ASCII form of the pattern finds the same date in an ASCII line.
            let want = DATE_LINE_RE
                .captures(t)
                .and_then(|c| Some(c.name("d")?.range()));
            assert_eq!(date_of_line(t), want, "{t:?}");
            if t.is_ascii() {
                assert_eq!(DATE_LINE_ASCII_RE.is_match(t.as_bytes()), want.is_some());
            }
        }
        assert!(matched >= 30, "{matched}");
    }

    /// [`date_of_line`] finds the date [`DATE_LINE_RE`] captures in every date line of the
    /// WCXB dev dumps, when they are there.
    #[test]
    fn date_of_line_on_the_dumps_date_lines() {
        let mut dated = 0;
        for l in crate::text::dump_lines_if_present() {
            let t = l.trim();
            if t.len() <= 80 && is_date_line(t) {
                let want = DATE_LINE_RE
                    .captures(t)
                    .and_then(|c| Some(c.name("d")?.range()));
                assert_eq!(date_of_line(t), want, "{t:?}");
                dated += 1;
            }
        }
        assert!(dated == 0 || dated > 100, "{dated}");
    }

    /// [`date_of_line`] finds the date [`DATE_LINE_RE`] captures in every line of the dumps.
    #[test]
    #[ignore = "reads the WCXB dumps"]
    fn date_of_line_captures_as_the_unicode_pattern_on_the_dumps() {
        let mut dated = 0;
        for l in crate::text::every_dump_line() {
            let want = DATE_LINE_RE
                .captures(&l)
                .and_then(|c| Some(c.name("d")?.range()));
            assert_eq!(date_of_line(&l), want, "{l:?}");
            dated += usize::from(want.is_some());
        }
        assert!(dated > 100, "{dated}");
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
        // The tag lines of the other languages of the stopword lists; prose that names them
        // stays.
        for l in [
            "Schlagworte: Schule, Bildung",
            "getaggt mit:Bedingungsloses Grundeinkommen",
            "Mots-clés : voyage, Lyon",
            "Etiquetas: viajes",
            "Теги: путешествия",
        ] {
            assert!(is_categories_line(l), "{l}");
        }
        for l in [
            "Die Schlagworte der Kampagne waren schnell gefunden.",
            "Etiquetas de vino: una historia de diseño.",
        ] {
            assert!(!is_categories_line(l), "{l}");
        }
    }

    #[test]
    fn two_dates_side_by_side_give_the_earlier() {
        let at = |t: &str, d: &str| {
            let s = t.find(d).unwrap();
            s..s + d.len()
        };
        // Updated, then published: the earlier is the page's.
        let t = "May 21, 2025 April 24, 2025 by The Ritualist";
        assert_eq!(
            earlier_beside(t, &at(t, "May 21, 2025")),
            at(t, "April 24, 2025")
        );
        // Published, then updated: the first stays.
        let t = "Posted by Soliant on December 20, 2024 September 26, 2025";
        let first = at(t, "December 20, 2024");
        assert_eq!(earlier_beside(t, &first), first);
        // A word between them: not a theme's pair of dates.
        let t = "May 21, 2025 to April 24, 2025";
        let first = at(t, "May 21, 2025");
        assert_eq!(earlier_beside(t, &first), first);
        assert_eq!(
            date_in_meta_line("May 21, 2025 April 24, 2025 by The Ritualist").map(|(r, _)| r),
            Some(13..27)
        );
    }

    #[test]
    fn dates() {
        assert!(DATE_LINE_RE.is_match("September 4, 2025"));
        assert!(DATE_LINE_RE.is_match("Published: 12 March 2024, 10:30 PKT"));
        assert!(DATE_LINE_RE.is_match("2025-01-15"));
        // A time after an at sign ("@ 01:39 PM", "@11:40AM").
        assert!(DATE_LINE_RE.is_match("Page last modified Jan. 17, 2025 @ 01:39 PM EST"));
        assert!(DATE_LINE_RE.is_match("January 12, 2024 @11:40AM"));
        assert!(!DATE_LINE_RE.is_match("January 12, 2024 @jane: see you there"));
        assert!(!DATE_LINE_RE.is_match("On September 4, 2025 the council met."));
        // In other scripts: Chinese and Japanese, Korean, Arabic, Hindi.
        for t in [
            "2026年11月28日 10:32",
            "2026년 11월 28일",
            "28 نوفمبر 2026",
            "28 नवंबर 2026",
        ] {
            assert!(DATE_LINE_RE.is_match(t), "{t:?}");
        }
        assert!(!DATE_LINE_RE.is_match("2026年11月28日，市政府发布了新的交通计划。"));
        let c = DATE_PREFIX_RE
            .captures(" date 2025-01-15 ISLAMABAD: Russia has")
            .unwrap();
        assert_eq!(&c["d"], "2025-01-15");
        assert!(DATE_PREFIX_RE
            .captures("Dated letters from 2025-01-15 onwards were lost.")
            .is_none());
    }

    #[test]
    fn dates_in_meta_lines() {
        for (line, want) in [
            ("By Korin Miller Published: Jan 29, 2025", "Jan 29, 2025"),
            ("Travel September 8, 2021 -- min read", "September 8, 2021"),
            ("Jun 08, 2023 • 11 Minute Read", "Jun 08, 2023"),
            ("December 15, 2025 // 8 min read", "December 15, 2025"),
            ("19 Dec 2025 Reading time: 2 minutes", "19 Dec 2025"),
            (
                "November 28, 2025 / Living Healthy / Wellness",
                "November 28, 2025",
            ),
            ("Tom Talbot October 14, 2025", "October 14, 2025"),
            ("Dec 17, 2025 Julian K. Arni", "Dec 17, 2025"),
            (
                "By Scott Levine – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by Frank Bass",
                "Sep 9, 2025 at 1:00 PM EST",
            ),
            (
                "Posted by IndustrySelect on Tuesday, August 29, 2023",
                "Tuesday, August 29, 2023",
            ),
            ("By Lisa Jennings on Dec. 19, 2025", "Dec. 19, 2025"),
            ("by Karina Cohen | May 19, 2024", "May 19, 2024"),
            (
                "TOI Lifestyle Desk / etimes.in / Updated: Dec 17, 2025, 21:47 IST",
                "Dec 17, 2025, 21:47 IST",
            ),
            ("UPDATED 16:47 EST / DECEMBER 19 2025", "DECEMBER 19 2025"),
            ("[Submitted on 18 Dec 2025]", "18 Dec 2025"),
            ("asked Feb 11, 2011 at 23:49", "Feb 11, 2011 at 23:49"),
            (
                "Posted on the 15/12/2025 at 19:00 by @GuillaumeGomez",
                "15/12/2025 at 19:00",
            ),
            ("# 15th Dec 2025 • backlinks", "15th Dec 2025"),
            ("23.07.2025 · 6 min read", "23.07.2025"),
            ("2025-08-29 #review #tech #zig", "2025-08-29"),
            (
                "DaleJack September 5, 2024, 11:15pm 1",
                "September 5, 2024, 11:15pm",
            ),
            ("hayley.p 2 May 2025 18:48 1", "2 May 2025 18:48"),
            // A day with its stop before an English month's name (phpBB's German style).
            (
                "Post by galitsyn » 11. Sep 2024, 18:36",
                "11. Sep 2024, 18:36",
            ),
            // The published date, not the update's.
            ("August 16, 2019 - Updated July 9, 2025", "August 16, 2019"),
            ("Updated Sep 9, 2025 | Published Aug 1, 2025", "Aug 1, 2025"),
            // A time or an age glued to the year (a page's Markdown).
            (
                "Updated November 11, 20228:23 PM ET Originally published November 9, 202211:01 AM ET",
                "November 9, 2022",
            ),
            ("June 14, 20241 yr in Kerbal Network", "June 14, 2024"),
            ("Mar 27, 20255 mins", "Mar 27, 2025"),
        ] {
            let (r, _) = date_in_meta_line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(&line[r.clone()], want, "{line}");
            assert!(
                crate::dates::normalize_date(&line[r], None).is_some(),
                "{line}"
            );
        }
        assert!(date_in_meta_line("By Richard Garner Updated Sep 5, 2024").is_some_and(|(_, u)| u));
        for line in [
            "© 2024 Acme Media Group. All rights reserved.",
            "Copyright March 5, 2024 Acme Media",
            "On March 5, 2024 the council approved the new budget for the schools.",
            "The council approved the budget on March 5, 2024 after a long debate",
            "Joined: Mon Jul 24, 2017 9:28 am",
            "February 26, 2026: PostgreSQL 18.3 and 17.9 Released!",
            "Posted by John in March 2024",
            "Updated yesterday by the desk",
            "Version 2.11. May 2024 brought a new parser for the council's budget files.",
            // Figures on after the year, with no time or age: no date.
            "Build 2025-08-291",
            "Order May 4, 20251234",
            "Item May 4, 20251 x",
        ] {
            assert_eq!(date_in_meta_line(line), None, "{line}");
        }
    }

    /// An article: a headline, `meta` lines, then seven paragraphs of prose, then `tail`.
    fn article(meta: &str, tail: &str) -> String {
        let para = "The council approved the new budget for the city's schools on Tuesday after \
                    a long debate, and the mayor said the vote was a turning point for the \
                    district.";
        format!(
            "Council approves the school budget\n\n{meta}\n\n{para}\n\n{para} It was the \
             first time.\n\n{para} Teachers welcomed it.\n\n{para} Parents did too.\n\n{para} \
             The unions agreed.\n\n{para} So did the board.\n\n{para} It starts in May.\n\n\
             {tail}\n"
        )
    }

    #[test]
    fn the_page_date_comes_from_a_meta_line_by_the_head() {
        let doc = crate::clean(&article(
            "By Jane Doe Published: Jan 29, 2025 | 5 min read",
            "",
        ));
        let date = doc.metadata.date.expect("date");
        assert_eq!(date.value, "Jan 29, 2025");
        assert_eq!(date.rule, DATE_IN_LINE.id);
        assert_eq!(date.normalized.as_deref(), Some("2025-01-29"));
        let input = article("By Jane Doe Published: Jan 29, 2025 | 5 min read", "");
        assert_eq!(&input[date.span.range()], "Jan 29, 2025");
        // A date line found by the date rule by the head wins.
        let doc = crate::clean(&article("March 3, 2025", ""));
        assert_eq!(doc.metadata.date.expect("date").rule, DATE.id);
        // One far below the article gives way to a published date by the head, not to an
        // update's.
        let doc = crate::clean(&article(
            "By Jane Doe Published: Jan 29, 2025",
            "March 3, 2025",
        ));
        let date = doc.metadata.date.expect("date");
        assert_eq!(
            (date.value.as_str(), date.rule),
            ("Jan 29, 2025", DATE_IN_LINE.id)
        );
        let doc = crate::clean(&article(
            "By Jane Doe Updated: Jan 29, 2025",
            "March 3, 2025",
        ));
        let date = doc.metadata.date.expect("date");
        assert_eq!((date.value.as_str(), date.rule), ("March 3, 2025", DATE.id));
    }

    #[test]
    fn a_meta_line_joined_with_the_line_under_it_gives_its_date() {
        let meta = "By David Kim • December 17, 2025 • 11 min read\n\
                    git version-control developer-tools collaboration workflow";
        let input = article(meta, "");
        let date = crate::clean(&input).metadata.date.expect("date");
        assert_eq!(
            (date.value.as_str(), date.rule),
            ("December 17, 2025", DATE_IN_LINE.id)
        );
        assert_eq!(&input[date.span.range()], "December 17, 2025");
        // A meta line under the tags too.
        let meta = "deployment, gatsby\ntinterweb April 26, 2024, 6:28am 1";
        let date = crate::clean(&article(meta, ""))
            .metadata
            .date
            .expect("date");
        assert_eq!(date.value, "April 26, 2024, 6:28am");
        // A first line of prose gives none.
        let meta = "The council met on December 17, 2025 to hear the parents and teachers\n\
                    of the district";
        assert!(crate::clean(&article(meta, "")).metadata.date.is_none());
    }

    #[test]
    fn a_posted_line_at_the_articles_foot_gives_its_date_when_the_head_has_none() {
        let input = article("", "Posted on the 15/12/2025 at 19:00 by @GuillaumeGomez");
        let date = crate::clean(&input).metadata.date.expect("date");
        assert_eq!(
            (date.value.as_str(), date.rule),
            ("15/12/2025 at 19:00", DATE_IN_LINE.id)
        );
        // Not an update's line, nor an unlabelled date (a teaser's, a comment's).
        for tail in ["Updated on Dec 15, 2025", "Dec 15, 2025 • 3 comments"] {
            let doc = crate::clean(&article("", tail));
            assert!(
                doc.metadata.date.is_none_or(|d| d.rule != DATE_IN_LINE.id),
                "{tail}"
            );
        }
    }

    #[test]
    fn a_line_of_two_labelled_dates_goes_whole_and_gives_the_date_published() {
        for (meta, want) in [
            (
                "Updated November 11, 2022 8:23 PM ET Originally published November 9, 2022 11:01 AM ET",
                "November 9, 2022 11:01 AM ET",
            ),
            ("Published on Oct 21, 2025 Updated on Mar 9, 2026", "Oct 21, 2025"),
            ("Posted: 2025-01-15 | Last updated: 2025-02-01", "2025-01-15"),
        ] {
            let input = article(meta, "");
            let doc = crate::clean(&input);
            let date = doc.metadata.date.expect("date");
            assert_eq!((date.value.as_str(), date.rule), (want, DATE.id), "{meta}");
            assert_eq!(&input[date.span.range()], want);
            assert!(!doc.body.contains("pdated"), "{meta}: {}", doc.body);
        }
        // A labelled date before prose cuts the label and the date only.
        let doc = crate::clean(&article(
            "Published on Oct 21, 2025 Updates on the council's budget follow below.",
            "",
        ));
        assert!(doc.body.contains("Updates on the council"));
    }

    #[test]
    fn no_page_date_from_prose_copyright_or_far_teasers() {
        for (meta, tail) in [
            (
                "On March 5, 2024 the council approved the budget for the schools",
                "",
            ),
            ("© 2024 Acme Media Group, March 5, 2024", ""),
            ("", "© 2024 Acme Media Group"),
        ] {
            let doc = crate::clean(&article(meta, tail));
            assert!(doc.metadata.date.is_none(), "{meta} {tail}");
        }
        // A teaser card far down a listing below the article.
        let mut tail = String::from("More stories\n\n");
        for k in 0..12 {
            tail.push_str(&format!(
                "The district hires {k} new teachers for the autumn term\n\nDec {}, 2025 · 4 min \
                 read\n\n",
                k + 1
            ));
        }
        let doc = crate::clean(&article("", &tail));
        assert!(doc.metadata.date.is_none(), "{:?}", doc.metadata.date);
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
