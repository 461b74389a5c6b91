//! Bylines: "Published by" alone, and "Published by Drishya Madhur" (→ `author`).

use crate::doc::{Doc, State};
use crate::model::{ByteSpan, Layer, MetaField};
use crate::rules::{Rule, Ruleset, Tier};
use crate::text::alnum_lower;
use crate::text::{with_word_ends, Prefixes};
use once_cell::sync::Lazy;
use regex::Regex;
use std::collections::HashMap;
use std::ops::Range;

pub static LABEL: Rule = Rule {
    id: "byline.label",
    layer: Layer::Metadata,
    why: "a byline label with no name (\"Published by\", \"Author:\"), or a date's label with no date (\"Last updated:\")",
    tier: Tier::Core,
};

pub static AUTHOR: Rule = Rule {
    id: "byline.author",
    layer: Layer::Metadata,
    why: "a byline; the name is reported as author",
    tier: Tier::Core,
};

pub static NAME: Rule = Rule {
    id: "byline.name",
    layer: Layer::Metadata,
    why: "a name beside the date, next to the headline (\"Jane Doe\" over \"March 5, 2024\", \"Jane Doe March 5, 2024\"), or alone right under it, a \"By\" line there whatever its name's case (\"by jsteinhardt\"), or, with no byline, the author box's name over its biography; reported as author",
    tier: Tier::Core,
};

pub static BIO: Rule = Rule {
    id: "byline.author-bio",
    layer: Layer::Metadata,
    why: "the author's biography or posts link after the article (\"Jane Doe is a writer…\", \"View all posts by Jane Doe\"), an \"About the author\" box closing it, and the biography over it (its copy, or the author's tooltip)",
    tier: Tier::Balanced,
};

/// The byline labels. A new one needs its first word in [`LABEL_PREFIXES`].
/// A label may be doubled by a template that prints its own "by" before the name's ("Written by
/// by Rebecca MacFarlane").
const LABELS: &str = r"(?:(?:(?:article\s+)?(?:published|posted|written|reported|story|words|text|compiled|edited|reviewed|updated|contributed)\s+by|article\s+by|by|author|authors|contributors?|written|posted|reporter|autor|von|par|por)(?:\s+by)?|thread\s+starter)";

static LABEL_RE: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!(r"(?i)^{LABELS}\s*:?$")).expect("label regex"));

/// A date's label alone on its line ("Last updated:", "Published on"), its date gone to the
/// metadata or never rendered: no name follows it, so it is not one of [`LABELS`]. Lower case,
/// without the colon; a block's plain text has one space between words.
const DATE_LABELS: &[&str] = &[
    "updated",
    "updated on",
    "last updated",
    "last updated on",
    "modified",
    "modified on",
    "last modified",
    "last modified on",
    "published on",
    "posted on",
    "date published",
];

/// Is `t` (trimmed) one of [`DATE_LABELS`], in any ASCII case, with or without a colon?
/// (A test checks that every label starts with a letter [`is_date_label`] lets through.)
fn is_date_label(t: &str) -> bool {
    // (The labels start with d, l, m, p or u: most lines are ruled out by their first byte.)
    if !t
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'd' | b'l' | b'm' | b'p' | b'u'))
    {
        return false;
    }
    let t = t.strip_suffix(':').unwrap_or(t).trim_end();
    t.len() <= 16 && DATE_LABELS.iter().any(|l| t.eq_ignore_ascii_case(l))
}

/// The label, then a name of one to five capitalised words (initials, particles, "and" allowed)
/// and perhaps a handle in parentheses ("Jean-Luc Aufranc (CNXSoft)"), optionally followed by a
/// separator and a date or role that the rule leaves in the span.
static AUTHOR_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(?i:{LABELS})\s*:?\s+(?P<name>\p{{Lu}}[\p{{L}}.'’\-]*(?:,?\s+(?:(?:and|&|de|la|van|von|der|den|al|bin|da|di|del|du|le)\s+){{0,2}}\p{{Lu}}[\p{{L}}.'’\-]*)*)(?:\s+\([^()]{{1,40}}\))?(?:\s*$|\s*[|•·●▪∙,]\s*.*$|\s+[-–—]\s+.*$)"
    ))
    .expect("author regex")
});

/// A byline that goes on with when it was written, with no separator before it: "By Kyle Howells
/// 15 min read", "Posted by David at December 16, 2025 11:15 AM", "By Korin Miller Published: Jan
/// 29, 2025", "By Jaime Marchwinski December 7, 2015", "By Erin Spain 4 Comments". The date or reading time is what tells it
/// from a sentence such as "By Tuesday the river had risen", so each tail needs a number.
/// Its word ends are [`with_word_ends`]'s.
static DATED_RE: Lazy<Regex> = Lazy::new(|| with_word_ends(&dated_pattern(), false));

/// [`AUTHOR_RE`] and [`DATED_RE`] with Unicode off ([`ascii_form`]), for the lines whose
/// characters that are not ASCII are signs and dashes ([`crate::text::other_chars_inert`]), on
/// which they match and capture alike: the engine that finds the name's group clears a table as
/// large as the automaton times the line, and the Unicode letter classes make the automaton
/// several times the size.
static AUTHOR_ASCII_RE: Lazy<regex::bytes::Regex> =
    Lazy::new(|| crate::text::ascii_regex(&ascii_form(AUTHOR_RE.as_str())));
static DATED_ASCII_RE: Lazy<regex::bytes::Regex> =
    Lazy::new(|| crate::text::ascii_regex(&ascii_form(DATED_RE.as_str())));

/// A byline pattern for text whose characters that are not ASCII are neither letters, digits nor
/// whitespace: there a capital (`\p{Lu}`) or a letter (`\p{L}`) is an ASCII one, and the signs
/// and dashes of a class, which a class of bytes cannot hold, become alternatives beside it.
fn ascii_form(pattern: &str) -> String {
    [
        (r"[\p{L}.'’\-]", r"(?:[A-Za-z.'\-]|’)"),
        (r"\p{Lu}", "[A-Z]"),
        ("[|•·●▪∙,]", "(?:[|,]|•|·|●|▪|∙)"),
        ("[-–—]", "(?:-|–|—)"),
        ("[»⋅—–●▪∙]", "(?:»|⋅|—|–|●|▪|∙)"),
    ]
    .iter()
    .fold(pattern.to_owned(), |p, (from, to)| p.replace(from, to))
}

/// The name's range of a match of `ascii` (for text [`crate::text::other_chars_inert`] passes)
/// or of `unicode` (its Unicode form).
fn name_group(ascii: &regex::bytes::Regex, unicode: &Regex, line: &str) -> Option<Range<usize>> {
    if crate::text::other_chars_inert(line) {
        return Some(ascii.captures(line.as_bytes())?.name("name")?.range());
    }
    Some(unicode.captures(line)?.name("name")?.range())
}

fn dated_pattern() -> String {
    format!(
        r"^(?i:{LABELS})\s*:?\s+(?P<name>\p{{Lu}}[\p{{L}}.'’\-]*(?:,?\s+(?:(?:and|&|de|la|van|von|der|den|al|bin|da|di|del|du|le)\s+){{0,2}}\p{{Lu}}[\p{{L}}.'’\-]*)*)(?:\s*[»⋅—–●▪∙]\s*.*|\s+(?i:in)\s+\p{{Lu}}.*|\s+(?i:published|updated|last\s+updated|posted|on|at)WORD_END_MORE\d.*|\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*|\s+\d{{1,2}}(?i:st|nd|rd|th)?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*|\s+\d{{1,3}}\s*(?i:min|mins|minutes?)\s+readWORD_END_ANY|\s+\d{{1,3}}\s+(?i:minutes?|hours?|days?|weeks?)\s+agoWORD_END_ANY|\s+\d{{1,5}}\s+(?i:comments?|replies|responses)WORD_END_ANY)$"
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
            "researcher",
            "scientist",
            "autor",
            "von",
            "par",
            "por",
            "article",
            "thread",
            "contribut",
        ],
        b"",
    )
});

fn author_name(line: &str) -> Option<Range<usize>> {
    if let Some(m) = other_script_byline_name(line) {
        return Some(m);
    }
    if !LABEL_PREFIXES.may_match(line) {
        return None;
    }
    if let Some(m) = thread_starter(line) {
        return Some(m);
    }
    // A match is rare: `is_match` finds there is none without the cost of capture groups.
    let m = if AUTHOR_RE.is_match(line) {
        name_group(&AUTHOR_ASCII_RE, &AUTHOR_RE, line)?
    } else if (!line.ends_with(['.', '!', '?', ':']) || verb_label(line)) && DATED_RE.is_match(line)
    {
        // A sentence ends with its punctuation; a byline with a date does not, unless it goes
        // on after its date ("Posted by Colin Watson on 2025-12-18 in debusine. Tags: …"): a
        // sentence hardly opens with "Posted by" and a name.
        let m = name_group(&DATED_ASCII_RE, &DATED_RE, line)?;
        m.start..m.start + name_before_date(&line[m])?
    } else {
        return None;
    };
    // The length is judged before the roles are cut: seven capitalised words with no list in
    // them are a title ("By The Time We Got To Phoenix"), whatever a cut would leave.
    if !plausible_name_length(&line[m.clone()]) || credits_a_product(&line[m.end..]) {
        return None;
    }
    let m = m.start..m.start + names_only(&line[m.clone()]);
    (!m.is_empty()).then_some(m)
}

/// The labels of a byline in Chinese and Japanese, before the name and set apart from it ("记者
/// 王晓明", "作者：李华", "文／山田太郎"), and after it, in Korean and Japanese ("홍길동 기자",
/// "山田太郎記者").
const CJK_LABELS_BEFORE: &[&str] = &[
    "本报记者",
    "本報記者",
    "记者",
    "記者",
    "作者",
    "撰文",
    "文",
    "筆者",
    "执笔",
    "執筆",
];
const CJK_LABELS_AFTER: &[&str] = &["기자", "記者", "记者", "특파원"];

/// A CJK name: two to four characters of the unspaced scripts (a Chinese or Korean name, a
/// Japanese one without its space), or two such names with a space between.
fn is_cjk_name(t: &str) -> bool {
    let parts: Vec<&str> = t.split_whitespace().collect();
    let part_ok = |p: &str| {
        let n = p.chars().count();
        (1..=4).contains(&n) && p.chars().all(crate::text::is_unspaced_script)
    };
    let total: usize = parts.iter().map(|p| p.chars().count()).sum();
    (1..=2).contains(&parts.len()) && parts.iter().all(|p| part_ok(p)) && (2..=5).contains(&total)
}

/// A byline in Chinese, Japanese or Korean ([`CJK_LABELS_BEFORE`], [`CJK_LABELS_AFTER`]): the
/// name's range in `line`. Several names joined by `、` or a space count by the first.
fn cjk_byline(line: &str) -> Option<Range<usize>> {
    let t = line.trim();
    if t.chars().count() > 24 {
        return None;
    }
    let off = t.as_ptr() as usize - line.as_ptr() as usize;
    let first_name = |rest: &str| -> Option<Range<usize>> {
        let name_end = rest
            .find(['、', ',', '，', '（', '('])
            .unwrap_or(rest.len());
        let name = rest[..name_end].trim();
        is_cjk_name(name).then(|| {
            let at = name.as_ptr() as usize - line.as_ptr() as usize;
            at..at + name.len()
        })
    };
    for label in CJK_LABELS_BEFORE {
        if let Some(rest) = t.strip_prefix(label) {
            let rest = rest.trim_start_matches([' ', '\u{3000}', ':', '：', '/', '／', '・', '|']);
            // (The label is set apart from the name: "文化" is no label and a name, "作者简介"
            // an author box's heading.)
            if rest.len() < t.len() - label.len() {
                if let Some(m) = first_name(rest) {
                    return Some(m);
                }
            }
        }
    }
    for label in CJK_LABELS_AFTER {
        if let Some(name) = t.strip_suffix(label) {
            let name = name.trim_end();
            if is_cjk_name(name) {
                return Some(off..off + name.len());
            }
        }
    }
    None
}

/// The name in a byline of another script's label (Chinese, Japanese, Korean, Hebrew, Arabic,
/// Thai, Greek: "记者 王晓明", "김민수 기자", "מאת דנה כהן"), as a range of `line`.
pub(crate) fn other_script_byline_name(line: &str) -> Option<Range<usize>> {
    // Every such byline starts or ends with a letter of those scripts: most lines, Latin ones
    // with an accent or a curly quote among them, are ruled out by their two ends.
    let t = line.trim();
    let other = |c: Option<char>| {
        c.is_some_and(|c| {
            crate::text::is_unspaced_script(c)
                || matches!(c as u32, 0x0370..=0x03FF | 0x0590..=0x06FF)
        })
    };
    if t.is_ascii() || !(other(t.chars().next()) || other(t.chars().next_back())) {
        return None;
    }
    cjk_byline(line).or_else(|| labelled_byline_other_script(line))
}

/// "By" in languages of other scripts, before the name: Hebrew, Arabic ("by the pen of", "wrote"),
/// Thai, Greek ("writes", and the genitive articles a Greek byline opens with: "Του Γιώργου
/// Παπαδόπουλου").
const OTHER_SCRIPT_LABELS: &[&str] = &[
    "מאת",
    "بقلم",
    "كتب",
    "كتبت",
    "โดย",
    "Γράφει ο",
    "Γράφει η",
    "Γράφει",
    "Του",
    "Της",
];

/// A byline of [`OTHER_SCRIPT_LABELS`]: the label, then a name of one to four words of letters
/// (each capitalised in a script with case), and nothing else.
fn labelled_byline_other_script(line: &str) -> Option<Range<usize>> {
    let t = line.trim();
    if t.chars().count() > 60 {
        return None;
    }
    for label in OTHER_SCRIPT_LABELS {
        let Some(rest) = t.strip_prefix(label) else {
            continue;
        };
        let name = rest
            .trim_start_matches([':', ' '])
            .trim_end_matches(['.', ' ']);
        if name.len() == rest.len() && !rest.starts_with(' ') {
            // (The label is a word of its own: "Τουρκία" is no "Του".)
            continue;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        let cased_label = label.chars().any(char::is_uppercase);
        let name_ok = (1..=4).contains(&words.len())
            && words.iter().all(|w| w.chars().all(char::is_alphabetic))
            // Greek names are capitalised, two words at least after a genitive article.
            && (!cased_label
                || words.len() >= 2 && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase)));
        if name_ok {
            let at = name.as_ptr() as usize - line.as_ptr() as usize;
            return Some(at..at + name.len());
        }
    }
    None
}

/// Does the rest of a byline after its name give the name's part in parentheses, as a shop's
/// list of a book's or a record's credits does ("by James Clear (Author)", "Jane Doe
/// (Illustrator)")? That names the product's author, not the page's.
fn credits_a_product(after_name: &str) -> bool {
    const PARTS: [&str; 8] = [
        "author",
        "editor",
        "illustrator",
        "translator",
        "narrator",
        "contributor",
        "foreword",
        "artist",
    ];
    let Some(inside) = after_name
        .trim_start()
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .map(|(inside, _)| inside.trim())
    else {
        return false;
    };
    PARTS.iter().any(|p| inside.eq_ignore_ascii_case(p))
}

/// Does `line` open with a verb's label ("Posted by", "Written by"), not a bare "By"?
fn verb_label(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    second.eq_ignore_ascii_case("by")
        && [
            "posted",
            "written",
            "published",
            "reported",
            "compiled",
            "edited",
        ]
        .iter()
        .any(|v| first.eq_ignore_ascii_case(v))
}

/// Words of a role after a name ("Jane Doe, Staff Writer", "Paul Frew, Home and Digital Security
/// Expert", "Claire Wilson, Co-Founder & COO"): the capitalised words a byline's name pattern
/// also takes, and the last word of a role's line under a name ("Trending Editor").
const ROLE_WORDS: &[&str] = &[
    "analyst",
    "attorney",
    "ceo",
    "cfo",
    "chief",
    "co-founder",
    "columnist",
    "consultant",
    "contributor",
    "coo",
    "correspondent",
    "cto",
    "designer",
    "director",
    "editor",
    "educator",
    "engineer",
    "executive",
    "expert",
    "founder",
    "head",
    "institute",
    "journalist",
    "lead",
    "manager",
    "officer",
    "photographer",
    "president",
    "producer",
    "professor",
    "reporter",
    "senior",
    "specialist",
    "strategist",
    "writer",
];

/// Function words that no name holds, capitalised in a byline's tail ("By Gabby Boucher In
/// Budget Travel").
const NOT_IN_NAMES: &[&str] = &[
    "about", "at", "for", "from", "in", "on", "the", "to", "via", "with",
];

/// The length of the names at the start of `name`, before the first role or function word: a
/// role cuts the name at the comma before it ("Daniel Burstein, Senior Director, Content &
/// Marketing" -> "Daniel Burstein", "Paul Frew, Home and Digital Security Expert" -> "Paul
/// Frew"), or right before itself when no comma came first ("Jane Doe Staff Writer"); a function
/// word cuts right before itself ("Gabby Boucher In Budget Travel" -> "Gabby Boucher").
fn names_only(name: &str) -> usize {
    // The end of the last word kept, and of the last one a comma followed.
    let (mut kept_end, mut comma_end) = (0, 0);
    let mut pos = 0;
    for word in name.split_inclusive(' ') {
        let start = pos;
        pos += word.len();
        let token = word.trim_end();
        let bare = token.trim_end_matches([',', ';']);
        let lower = bare.to_lowercase();
        if bare == "&" || lower == "and" {
            continue;
        }
        // A team's name may start with one ("The Ritualist").
        if kept_end > 0 && NOT_IN_NAMES.contains(&lower.as_str()) {
            return kept_end;
        }
        if ROLE_WORDS.contains(&lower.as_str()) {
            return if comma_end > 0 { comma_end } else { kept_end };
        }
        kept_end = start + bare.len();
        if token.ends_with(',') {
            comma_end = kept_end;
        }
    }
    name.len()
}

/// A name has at most six words; a list of names ("Danielle DeSiato, Donna Enzmann, and Natalie
/// Nguyen", "Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen"), or a name and its role
/// after a comma or "and", has at most six words a part and sixteen in all.
fn plausible_name_length(name: &str) -> bool {
    let words = crate::text::word_count(name);
    if words <= 6 {
        return true;
    }
    words <= 16
        && name
            .split([',', '&'])
            .flat_map(|part| part.split(" and "))
            .all(|part| crate::text::word_count(part) <= 6)
        && (name.contains([',', '&']) || name.contains(" and "))
}

/// A forum's "Thread starter felixen": the one word after the label is the poster's handle,
/// whatever its case ("paulb203", "sean_g", "slow-poke").
fn thread_starter(line: &str) -> Option<Range<usize>> {
    const LABEL: &str = "thread starter";
    let head = line.as_bytes().get(..LABEL.len())?;
    if !head.eq_ignore_ascii_case(LABEL.as_bytes()) {
        return None;
    }
    let rest = &line[LABEL.len()..];
    let handle = rest.trim_start_matches([' ', ':']);
    let ok = rest.len() > handle.len()
        && (2..=40).contains(&handle.len())
        && handle
            .chars()
            .all(|c| crate::text::is_alphanumeric(c) || matches!(c, '_' | '-' | '.' | '@'));
    let start = line.len() - handle.len();
    ok.then_some(start..line.len())
}

/// A forum post's header: "Posted by johnanddoc on 07/03/24 02:57 PM". Its one word is the
/// poster's handle, whatever its case.
fn is_post_header(line: &str) -> bool {
    line.len() <= 80
        && line
            .get(..10)
            .is_some_and(|h| h.eq_ignore_ascii_case("posted by "))
        && has_time_colon(line)
}

/// A forum thread's header naming who started it: "Discussion in 'Hosting Advice' started by
/// pelex, May 26, 2025.", "Started by Biology Forums, June 04, 2024", "submitted 17 hours ago by
/// InsaneSnow45". The handle (one to three words of letters, digits, `_`, `-`, `.`) is the
/// poster's, whatever its case. Returns its range.
fn started_by(line: &str) -> Option<Range<usize>> {
    // Most lines start otherwise, and are passed over on their first byte.
    if line.len() > 160 || !matches!(line.as_bytes().first(), Some(b'S' | b's' | b'D')) {
        return None;
    }
    let head = |p: &str| {
        line.as_bytes()
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    };
    let after = if head("started by ") {
        "started by ".len()
    } else if head("discussion in ") {
        line.to_ascii_lowercase().find(" started by ")? + " started by ".len()
    } else if head("submitted ") {
        line.to_ascii_lowercase().find(" ago by ")? + " ago by ".len()
    } else {
        return None;
    };
    let rest = &line[after..];
    let end = rest.find(',').unwrap_or(rest.len());
    let handle = rest[..end].trim_end_matches(['.', ' ']);
    let words = handle.split(' ').count();
    let ok = (2..=40).contains(&handle.len())
        && words <= 3
        && handle
            .split(' ')
            .all(|w| !w.is_empty() && w.chars().all(|c| crate::text::is_alphanumeric(c) || matches!(c, '_' | '-' | '.')))
        // After the handle: nothing, or the date.
        && (end == rest.len() || crate::text::has_ascii_digit(&rest.as_bytes()[end..]));
    ok.then_some(after..after + handle.len())
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

/// Lines that name a reviewer, editor or updater rather than the author ("Reviewed by Jane Doe",
/// "Edited by:"): bylines all the same, but their name is not the author's.
fn names_someone_else(line: &str) -> bool {
    credited_role(line).is_some()
}

/// What a credit line credits someone other than the writer with: the word it opens with, after
/// a word that qualifies it ("Article reviewed by:", "Medically reviewed by …", "Fact-checked by
/// …", "Edited by: …", "Updated by …").
fn credited_role(line: &str) -> Option<&'static str> {
    let mut head = line.trim_start().as_bytes();
    for qualifier in ["article ", "medically ", "expert "] {
        if head
            .get(..qualifier.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(qualifier.as_bytes()))
        {
            head = &head[qualifier.len()..];
            break;
        }
    }
    [
        "edited",
        "reviewed",
        "updated",
        "fact-checked",
        "fact checked",
    ]
    .into_iter()
    .find(|w| {
        head.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// A byline found, before the author is chosen among them.
struct Found {
    block: usize,
    /// The name's range in the block's [`Block::plain`](crate::doc::Block::plain).
    name: Range<usize>,
    /// Where the block starts in the input, to tell bylines far apart from bylines in a row.
    at: usize,
    /// The name's first two words, lower-cased: the same author's bylines share it.
    key: String,
    /// The byline's kind of label (see [`label_word`]): a listing's cards repeat one.
    label: &'static str,
}

impl Found {
    /// The byline in block `block` (starting at `at` in the input) whose name lies at `name` in
    /// `t`, the block's text trimmed, which starts `off` bytes into its plain text.
    fn in_line(
        block: usize,
        t: &str,
        off: usize,
        name: Range<usize>,
        label: &'static str,
        at: usize,
    ) -> Found {
        Found {
            block,
            key: name_key(&t[name.clone()]),
            label,
            name: off + name.start..off + name.end,
            at,
        }
    }
}

/// What separates the parts of a line of credits.
const CREDIT_SEPARATORS: [&str; 5] = [" — ", " – ", " | ", " • ", " · "];

/// The writer's name in a line of credits, whose first part credits someone else ("Medically
/// reviewed by …", "Fact checked by …") and a later one the writer ("Written by …", "By …"):
/// the first part alone reads as another part's byline, and the line is too long for one.
fn credits_writer(t: &str) -> Option<Range<usize>> {
    if t.len() > 200 || !crate::text::contains_ascii_ci_by(t, " by ", 2) {
        return None;
    }
    // Each part's start, in order.
    let mut starts = vec![0];
    let mut at = 0;
    while let Some((k, sep)) = CREDIT_SEPARATORS
        .iter()
        .filter_map(|sep| t[at..].find(sep).map(|k| (at + k, sep.len())))
        .min()
    {
        at = k + sep;
        starts.push(at);
    }
    if starts.len() < 2 {
        return None;
    }
    let part = |j: usize| {
        let end = starts.get(j + 1).map_or(t.len(), |&next| {
            t[..next]
                .trim_end_matches(|c: char| !crate::text::is_alphanumeric(c))
                .len()
        });
        starts[j]..end.max(starts[j])
    };
    let first = &t[part(0)];
    if !crate::text::contains_ascii_ci_by(first, " by ", 2) || first.starts_with(['B', 'b']) {
        return None;
    }
    (1..starts.len()).find_map(|j| {
        let r = part(j);
        let text = &t[r.clone()];
        let writer = [
            "written by ",
            "by ",
            "words by ",
            "story by ",
            "reported by ",
        ]
        .iter()
        .any(|l| {
            text.get(..l.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(l))
        });
        let m = author_name(text).filter(|_| writer)?;
        Some(r.start + m.start..r.start + m.end)
    })
}

/// Labels that name another part in a page than its author's: a publisher, an editor, a
/// reviewer. Every other label ("By", "Written by", "Author:", "Posted by") is one kind.
const OTHER_PART_LABELS: [&str; 6] = [
    "published",
    "publisher",
    "edited",
    "reviewed",
    "updated",
    "compiled",
];

/// The kind of label of a byline whose name starts at `name_start` of `line`: its first word
/// when that names another part ([`OTHER_PART_LABELS`]), else "by".
fn label_word(line: &str, name_start: usize) -> &'static str {
    let head = line.get(..name_start).unwrap_or_default();
    let first = head
        .split(|c: char| !crate::text::is_alphanumeric(c))
        .find(|w| !w.is_empty())
        .unwrap_or_default();
    OTHER_PART_LABELS
        .iter()
        .find(|l| first.eq_ignore_ascii_case(l))
        .copied()
        .unwrap_or("by")
}

/// Bylines of different names closer than this (in bytes of input) are a listing's cards or a
/// menu's filters ("By Role", "By Industry"), not an article's author: an article's own byline
/// stands apart from the other stories listed after it.
const CROWDED_BYTES: usize = 1200;

/// What a filter menu or sort control offers "by", time words ("By Tuesday") and the nouns of
/// interface labels ("Thread Tools", "Warranty Info", "Author Hub") and a forum's roles ("Original
/// Poster"): a "name" made of these words only names no one.
const NOT_NAMES: &[&str] = &[
    "age",
    "application",
    "applications",
    "audience",
    "brand",
    "brands",
    "case",
    "cases",
    "categories",
    "category",
    "challenge",
    "challenges",
    "christmas",
    "collection",
    "collections",
    "color",
    "colour",
    "company",
    "countries",
    "country",
    "date",
    "day",
    "default",
    "department",
    "design",
    "display",
    "domain",
    "domains",
    "easter",
    "event",
    "format",
    "forme",
    "friday",
    "function",
    "functionality",
    "gender",
    "hand",
    "hub",
    "industries",
    "industry",
    "info",
    "information",
    "level",
    "location",
    "locations",
    "manufacturer",
    "material",
    "materials",
    "matière",
    "modality",
    "mode",
    "modes",
    "monday",
    "month",
    "name",
    "need",
    "needs",
    "newest",
    "night",
    "now",
    "occasion",
    "oldest",
    "original",
    "platform",
    "popularity",
    "poster",
    "price",
    "product",
    "products",
    "profile",
    "rating",
    "region",
    "regions",
    "relevance",
    "role",
    "roles",
    "saturday",
    "school",
    "sector",
    "sectors",
    "service",
    "services",
    "shape",
    "size",
    "solution",
    "solutions",
    "spotlight",
    "state",
    "states",
    "style",
    "styles",
    "sunday",
    "then",
    "thread",
    "thursday",
    "today",
    "tomorrow",
    "tonight",
    "tools",
    "topic",
    "topics",
    "tuesday",
    "type",
    "types",
    "use",
    "user",
    "users",
    "warranty",
    "website",
    "wednesday",
    "year",
];

/// Function words that may open a name ("The Investopedia Team", "Our Editors", "De Vries").
const NAME_OPENERS: &[&str] = &[
    "the", "our", "la", "le", "el", "de", "van", "von", "da", "di", "du", "des",
];

/// Does `name` name no one: filter and time words only ("Use Case", "Gender & Age"), or a
/// function word first ("On" of "Posted On", "On Freewrite")?
fn names_no_one(name: &str) -> bool {
    names_no_one_in(name, &Langs::Known(u16::MAX))
}

/// [`names_no_one`], with the function words of the languages in `langs` only (see
/// [`name_stopword_langs`]).
fn names_no_one_in(name: &str, langs: &Langs) -> bool {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !crate::text::is_alphanumeric(c))
                .to_lowercase()
        })
        .filter(|w| !w.is_empty() && w != "and")
        .collect();
    let Some(first) = words.first() else {
        return true;
    };
    // An initial ("A. J. Neal") is no function word.
    let initial = name.split_whitespace().next().is_some_and(|w| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.as_str() == "."
    });
    (!initial
        && langs.hold(crate::stopwords::mask(first))
        && !NAME_OPENERS.contains(&first.as_str()))
        || words.iter().all(|w| NOT_NAMES.contains(&w.as_str()))
        || words.iter().any(|w| w == "by")
}

pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    let (label, author) = (rs.on(&LABEL), rs.on(&AUTHOR));
    // The page's languages (see `name_stopword_langs`), read once when a name is first judged.
    let mut langs = None;
    // The page's language (see `name_after_language_label`), read once when a label asks.
    let mut page_lang = None;
    let mut found: Vec<Found> = Vec::new();
    // A paragraph of prose passed on a page: the article has begun.
    let (page, mut prose_seen) = (doc.is_html_page(), false);
    // A page whose markup names no author: its post's metadata block, which the dom layer took
    // whole, may hold the byline, and so may its header above the main region.
    let meta_blocks = page && author && doc.metadata.author.is_none();
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        // (Outside the main region, only above the article's first paragraph: its header.)
        let readable = b.is_kept()
            || meta_blocks
                && (b.is_removed_by(&crate::rules::dom::META)
                    || !prose_seen && b.is_removed_by(&crate::rules::dom::OUTSIDE_MAIN));
        if !readable {
            continue;
        }
        if b.plain.len() > 160 {
            // (A removed block read for its byline, an author box, is no paragraph of the article.)
            prose_seen = prose_seen
                || page && b.is_kept() && crate::rules::prose_edges::is_prose_paragraph(b);
            continue;
        }
        // Lines with no blank line between make one block, its lines joined by a space: a
        // byline with its date on the line before ("June 26, 2018" / "by Alex Haley"), or its
        // section and date on the lines after ("by Natalia Keogan" / "in Festivals & Events" /
        // "on Dec 17, 2025"), is judged whole. A page's block is pieces of its inline elements
        // (a link, a date, a separator): one of many pieces is judged whole too, when it is the
        // first byline, above the article's prose ("By Matthew Frankel, CFP – Updated Mar 5,
        // 2026 | Fact-checked by Frank Bass"); the bylines of a listing's cards stay.
        let many_lines = b.line_count(&doc.src) > 3;
        if many_lines && (b.dom.is_none() || prose_seen || !found.is_empty()) {
            continue;
        }
        let t = crate::text::trim_ws(&b.plain);
        let off = t.as_ptr() as usize - b.plain.as_ptr() as usize;
        if label && is_date_label(t) {
            doc.remove(i, &LABEL, None);
            continue;
        }
        // A line of credits: "Medically reviewed by Kim Rose — Written by Jillian Kubala, MS, RD
        // — Updated on March 7, 2025". The writer's part names the author.
        if author {
            if let Some(m) = credits_writer(t) {
                found.push(Found::in_line(i, t, off, m, "by", b.outer_span().start));
                doc.remove(i, &AUTHOR, None);
                continue;
            }
        }
        // A label closing a line of the article's facts, its name on the next line: "11 min
        // read updated 12 Jul 2024 written by" / "Darya Efimova". The facts' line stays.
        if author && t.len() <= 120 && found.len() < MAX_BYLINES_JUDGED && ends_with_label(t) {
            if let Some(name) = name_after_label(doc, i, &mut langs) {
                doc.remove(name.block, &AUTHOR, None);
                found.push(name);
                continue;
            }
        }
        // A forum post's header names its poster by a handle, whatever its case.
        if author && is_post_header(t) {
            if let Some(m) = loose_byline(t).filter(|m| !names_no_one(&t[m.clone()])) {
                found.push(Found::in_line(i, t, off, m, "by", b.outer_span().start));
                doc.remove(i, &AUTHOR, None);
                continue;
            }
        }
        if t.len() <= 120 && LABEL_PREFIXES.may_match(t) {
            let at = b.outer_span().start;
            let someone_else = names_someone_else(t);
            // A bare "Authors" or "Contributors" is a menu's link to the site's list of
            // authors ("Authors" / "Regular Contributors"), not a label over the page's byline.
            let menu_link = ["authors", "contributors"]
                .iter()
                .any(|w| t.eq_ignore_ascii_case(w));
            if label && LABEL_RE.is_match(t) && !menu_link {
                doc.remove(i, &LABEL, None);
                // The name on the line after the label ("Written by" / "Jane Doe").
                if author {
                    let name = (found.len() < MAX_BYLINES_JUDGED)
                        .then(|| name_after_label(doc, i, &mut langs))
                        .flatten();
                    if let Some(name) = name {
                        doc.remove(name.block, &AUTHOR, None);
                        if !someone_else {
                            found.push(name);
                        }
                    }
                }
                continue;
            }
            if author {
                if let Some(m) = author_name(t) {
                    if !someone_else {
                        let label = label_word(t, m.start);
                        found.push(Found::in_line(i, t, off, m, label, at));
                    } else if is_review_credit(t) && found.len() < MAX_BYLINES_JUDGED {
                        // The writer's name alone on the line above its reviewer's.
                        if let Some(name) = name_above_review(doc, i, &mut langs) {
                            doc.remove(name.block, &AUTHOR, None);
                            found.push(name);
                        }
                    }
                    doc.remove(i, &AUTHOR, None);
                    continue;
                }
            }
        }
        // "By" in a language whose word for it is an ordinary word or name elsewhere, on a page
        // in that language ("Door Jan de Vries", "Di Marco Rossi", "Oleh Budi Santoso").
        if author && t.len() <= 80 && found.len() < MAX_BYLINES_JUDGED {
            if let Some(name) = name_after_language_label(doc, t, &mut page_lang, &mut langs) {
                found.push(Found::in_line(i, t, off, name, "by", b.outer_span().start));
                doc.remove(i, &AUTHOR, None);
                continue;
            }
        }
        // A date before the byline: "June 26, 2018 by Alex Haley", "Posted on July 1, 2024 by
        // infuy".
        if author {
            if let Some((m, d)) = dated_by(t) {
                let label = label_word(t, m.start);
                found.push(Found::in_line(i, t, off, m, label, b.outer_span().start));
                // The line goes, with its date, which is the page's as a date line's would be.
                if doc.metadata.date.is_none() && rs.on(&crate::rules::meta::DATE) {
                    let d = crate::rules::meta::earlier_beside(t, &d);
                    let value = t[d.clone()].to_string();
                    doc.metadata.date = Some(doc.field(
                        i,
                        off + d.start,
                        off + d.end,
                        value,
                        &crate::rules::meta::DATE,
                    ));
                }
                doc.remove(i, &AUTHOR, None);
                continue;
            }
            // A forum thread's header: "Discussion in '…' started by pelex, May 26, 2025." Only
            // the one taken goes: a list of other threads ("Started by …" under each) is the
            // page's.
            if let Some(m) = started_by(t) {
                found.push(Found::in_line(i, t, off, m, "by", b.outer_span().start));
            }
        }
    }
    // A forum thread's first post, when no byline was found at all; or a Q&A site's question.
    if doc.metadata.author.is_none() && found.is_empty() && author {
        poster(doc);
    }
    if doc.metadata.author.is_none() && found.is_empty() && author {
        if let Some(field) = card_poster(doc).or_else(|| community_poster(doc)) {
            doc.metadata.author = Some(field);
        }
    }
    // A page's meta author that is the site itself ("Cleveland Clinic" on its own page) yields
    // to the person a byline of its body names.
    if doc
        .metadata
        .author
        .as_ref()
        .is_none_or(|a| author_is_the_site(&doc.metadata, a))
    {
        if let Some(f) = choose(doc, &found) {
            if doc.blocks[f.block].is_kept() {
                doc.remove(f.block, &AUTHOR, None);
            }
            let value = doc.blocks[f.block].plain[f.name.clone()].to_string();
            doc.metadata.author =
                Some(doc.field(f.block, f.name.start, f.name.end, value, &AUTHOR));
        }
    }
    if doc.metadata.author.is_none() && author {
        doc.metadata.author = written_by_sentence(doc, &mut langs);
    }
}

/// Whether the page's declared author ([`crate::rules::htmlmeta::AUTHOR`]) is its site's name:
/// the organisation that publishes the page, not a person that wrote it.
fn author_is_the_site(m: &crate::model::Metadata, a: &crate::model::MetaField) -> bool {
    let Some(site) = m.site_name.as_ref() else {
        return false;
    };
    if a.rule != crate::rules::htmlmeta::AUTHOR.id {
        return false;
    }
    let key = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let (a_key, s_key) = (key(&a.value), key(&site.value));
    !a_key.is_empty() && a_key == s_key
}

/// How a sentence that names the article's writer opens, lower case.
const WRITTEN_BY_OPENERS: &[&str] = &[
    "this post was written by ",
    "this article was written by ",
    "this blog post was written by ",
    "this story was written by ",
    "this post was authored by ",
    "this article was authored by ",
    "this blog post was authored by ",
];

/// With no byline, the sentence that names the article's writer, and perhaps the writer's role:
/// "This post was written by Danielle Padula, Head of Marketing and Community Development". The
/// sentence is the article's (a note at its end), so it stays; its name is the author's.
fn written_by_sentence(doc: &Doc, langs: &mut Option<Langs>) -> Option<MetaField> {
    for i in doc.kept_iter() {
        let b = &doc.blocks[i];
        let t = crate::text::trim_ws(&b.plain);
        if t.len() > 200 || !t.starts_with(['T', 't']) {
            continue;
        }
        let Some(opener) = WRITTEN_BY_OPENERS
            .iter()
            .find(|o| t.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o)))
        else {
            continue;
        };
        // The name ends at the comma before the writer's role, or with the sentence.
        let rest = &t[opener.len()..];
        let rest = rest[..rest.find(',').unwrap_or(rest.len())].trim_end_matches('.');
        let langs = &*langs.get_or_insert_with(|| name_stopword_langs(doc));
        let Some(m) = name_in_line(rest, 2, langs).filter(|m| m.end == rest.len()) else {
            continue;
        };
        if names_no_one_in(&rest[m.clone()], langs) {
            continue;
        }
        let off = (t.as_ptr() as usize - b.plain.as_ptr() as usize) + opener.len();
        let value = rest[m.clone()].to_string();
        return Some(doc.field(i, off + m.start, off + m.end, value, &AUTHOR));
    }
    None
}

/// The first byline that names someone and stands apart from bylines of other names.
fn choose<'f>(doc: &Doc, found: &'f [Found]) -> Option<&'f Found> {
    // The page's byline is among its first; looking further would read the whole dump again for
    // each (`used_in_lower_case`): a listing of thousands of bylines stays linear.
    // A name may hold another language's function words ("Dan Smith" on an English page): only
    // the page's and English ones name no one (see `name_stopword_langs`).
    let mut langs = None;
    (0..found.len().min(MAX_BYLINES_JUDGED))
        .map(|k| (k, &found[k]))
        .find_map(|(k, f)| {
            let name = &doc.blocks[f.block].plain[f.name.clone()];
            // The first post's header of a thread is its author's, whatever replies follow.
            let post = is_post_header(doc.blocks[f.block].plain.trim());
            let names = !f.key.is_empty()
                && !names_no_one_in(name, &*langs.get_or_insert_with(|| name_stopword_langs(doc)))
                && (post && k == 0 || !crowded(doc, found, k))
                // One word may be a section's ("Written Communication", "Reporter
                // Microphones"); a forum's handle is a word of its own.
                && (name.contains(' ')
                    || thread_starter(doc.blocks[f.block].plain.trim()).is_some()
                    || started_by(doc.blocks[f.block].plain.trim()).is_some()
                    || post
                    // (A name in a script without case, a CJK one, has no lower case to be
                    // found in.)
                    || !name.chars().any(|c| c.is_uppercase() || c.is_lowercase())
                    || !doc.used_in_lower_case(name));
            names.then_some(f)
        })
}

/// Whether block `i` is one of two bylines `byline.author` removed within [`FILTER_RUN_BYTES`]
/// of each other: a filter menu's entries.
fn in_byline_run(doc: &Doc, i: usize) -> bool {
    let b = &doc.blocks[i];
    if !b.is_removed_by(&AUTHOR) {
        return false;
    }
    let at = b.outer_span();
    let near = |k: usize| {
        let o = doc.blocks[k].outer_span();
        doc.blocks[k].is_removed_by(&AUTHOR)
            && (o.start.abs_diff(at.end) < FILTER_RUN_BYTES
                || at.start.abs_diff(o.end) < FILTER_RUN_BYTES)
    };
    (i.saturating_sub(3)..i).any(near) || (i + 1..(i + 4).min(doc.blocks.len())).any(near)
}

/// Bylines closer than this (in bytes of input) are lines of one menu ("By Use Case" / "By Team
/// Size").
const FILTER_RUN_BYTES: usize = 200;

/// Bylines judged as the page's author at most (each reads the dump once more).
const MAX_BYLINES_JUDGED: usize = 16;

/// Is a byline of another name, of the same shape, within [`CROWDED_BYTES`] of `found[k]`? A
/// listing's cards repeat one label ("By Jane Doe", "By Sam Lee"); a game's "Published by
/// Helvetiq" under the article's "by Matt Miller" does not make the article's byline a card's. A
/// filter that names no one ("By Use Case") crowds only a filter's names: one word ("By
/// Weight"), common words, or a line right beside it ("By Team Size"), not "by Jim Donnelly".
/// `found` is in the order of the input, so only the bylines near it are read.
fn crowded(doc: &Doc, found: &[Found], k: usize) -> bool {
    let f = &found[k];
    found[..k]
        .iter()
        .rev()
        .take_while(|o| f.at - o.at < CROWDED_BYTES)
        .chain(
            found[k + 1..]
                .iter()
                .take_while(|o| o.at - f.at < CROWDED_BYTES),
        )
        .any(|o| {
            o.key != f.key
                && o.label == f.label
                && (!names_no_one(&doc.blocks[o.block].plain[o.name.clone()]) || {
                    let name = &doc.blocks[f.block].plain[f.name.clone()];
                    !name.contains(' ')
                        || f.at.abs_diff(o.at) < FILTER_RUN_BYTES
                        || doc.used_in_lower_case(name)
                })
        })
}

/// "By" (or "Author:") in the languages of the stopword lists whose word for it [`LABELS`] does
/// not hold, with the language (`crate::stopwords::LANGS`) a page must be in for the word to be
/// a label, where the word is an ordinary one elsewhere: Dutch "door" is English "door" ("Door
/// Hardware"), Italian "di" opens surnames ("Di Maio"). Lower case.
const LANGUAGE_LABELS: &[(&str, Option<&str>)] = &[
    ("door", Some("nl")),
    ("di", Some("it")),
    ("oleh", None),
    ("автор", None),
    ("текст", None),
];

/// The name after a label of [`LANGUAGE_LABELS`] opening `t`, on a page in the label's language:
/// two to four capitalised words ([`name_in_line`]). `page_lang` and `langs` are read once.
fn name_after_language_label(
    doc: &Doc,
    t: &str,
    page_lang: &mut Option<Option<&'static str>>,
    langs: &mut Option<Langs>,
) -> Option<Range<usize>> {
    // Every label starts with d, o, а or т, in either case (the Cyrillic letters' UTF-8 lead
    // bytes are 0xD0 and 0xD1), and is at most five letters long: most lines are ruled out by
    // their first byte, the rest by where their first space is, before a word is compared.
    if !matches!(
        t.as_bytes().first(),
        Some(b'd' | b'D' | b'o' | b'O' | 0xD0 | 0xD1)
    ) {
        return None;
    }
    let space = memchr::memchr(b' ', t.as_bytes().get(..12).unwrap_or(t.as_bytes()))?;
    let (first, rest) = (&t[..space], &t[space + 1..]);
    let first = first.strip_suffix(':').unwrap_or(first);
    let &(_, lang) = LANGUAGE_LABELS.iter().find(|(l, _)| {
        if first.is_ascii() {
            first.eq_ignore_ascii_case(l)
        } else {
            first.chars().flat_map(char::to_lowercase).eq(l.chars())
        }
    })?;
    if let Some(lang) = lang {
        let page = *page_lang.get_or_insert_with(|| {
            let total = crate::rules::language::kept_counts(doc, LANGUAGE_SAMPLE_BYTES);
            crate::stopwords::guess(&total).map(|k| crate::stopwords::LANGS[k])
        });
        if page != Some(lang) {
            return None;
        }
    }
    let rest = rest.trim_start();
    let off = t.len() - rest.len();
    let langs = &*langs.get_or_insert_with(|| name_stopword_langs(doc));
    let m = name_in_line(rest, 2, langs)?;
    Some(off + m.start..off + m.end)
}

/// The line after a byline label alone ("By", "Written by:"), when it is a name: kept, short, and
/// [`name_in_line`]'s.
/// (Its words are read through the dump a bounded number of times a document,
/// [`Doc::used_in_lower_case`]: a dump of thousands of labels stays linear.)
fn name_after_label(doc: &Doc, label: usize, langs: &mut Option<Langs>) -> Option<Found> {
    let i = label + 1;
    let b = doc.blocks.get(i)?;
    if !b.is_kept() || b.plain.len() > 100 || b.line_count(&doc.src) > 1 {
        return None;
    }
    let t = crate::text::trim_ws(&b.plain);
    let off = t.as_ptr() as usize - b.plain.as_ptr() as usize;
    let langs = &*langs.get_or_insert_with(|| name_stopword_langs(doc));
    let m = name_in_line(t, 1, langs)?;
    if LABEL_PREFIXES.may_match(t) && (LABEL_RE.is_match(t) || author_name(t).is_some()) {
        return None;
    }
    // A team's name under its label is the byline whatever its other words ("Written by" /
    // "NETGEAR Orbi Team").
    if !names_a_team(&t[m.clone()]) && doc.used_in_lower_case(&t[m.clone()]) {
        return None;
    }
    Some(Found {
        block: i,
        key: name_key(&t[m.clone()]),
        label: label_word(&doc.blocks[label].plain, doc.blocks[label].plain.len()),
        name: off + m.start..off + m.end,
        at: b.outer_span().start,
    })
}

/// Whether `t` credits a reviewer or a fact-checker ("Reviewed by …", "Medically reviewed by
/// …", "Fact-checked by …"): someone who checked the article, which its writer signed above.
fn is_review_credit(t: &str) -> bool {
    matches!(
        credited_role(t),
        Some("reviewed" | "fact-checked" | "fact checked")
    )
}

/// The writer's name alone on the line right above a reviewer's credit ("Yaren Fadiloglulari"
/// / "Reviewed by Jo-ann Caballes"): a whole name of two words or more, that the page writes in
/// lower case nowhere.
fn name_above_review(doc: &Doc, credit: usize, langs: &mut Option<Langs>) -> Option<Found> {
    let i = credit.checked_sub(1)?;
    let b = &doc.blocks[i];
    if !b.is_kept() || b.plain.len() > 100 || b.line_count(&doc.src) > 1 {
        return None;
    }
    let t = crate::text::trim_ws(&b.plain);
    let langs = &*langs.get_or_insert_with(|| name_stopword_langs(doc));
    // (A job's title is capitalised as a name is: "Staff Writer".)
    if !is_whole_name(doc, t, langs) || is_role_line(t) {
        return None;
    }
    let off = t.as_ptr() as usize - b.plain.as_ptr() as usize;
    Some(Found {
        block: i,
        key: name_key(t),
        label: "by",
        name: off..off + t.len(),
        at: b.outer_span().start,
    })
}

/// Blocks around a name in which another role line makes the name a team's member.
const ROLE_REACH: usize = 12;

/// A short line that names a job: capitalised, at most six words, no sentence, its last word a
/// role's ("Content Editor", "Marketing Operations Analyst").
fn is_role_line(t: &str) -> bool {
    if t.len() > 60 || !t.starts_with(|c: char| c.is_uppercase()) || crate::text::ends_sentence(t) {
        return false;
    }
    // The job before its place or employer: "Software Engineer in Chicago", "Senior Editor at
    // Wired".
    let job = [" in ", " at "]
        .iter()
        .filter_map(|w| t.find(w))
        .min()
        .map_or(t, |k| &t[..k]);
    let mut words = job.split_whitespace();
    let Some(last) = words.next_back() else {
        return false;
    };
    let last = last
        .trim_matches(|c: char| !crate::text::is_alphanumeric(c))
        .to_lowercase();
    crate::text::word_count(t) <= 6 && ROLE_WORDS.contains(&last.as_str())
}

/// The languages whose stopwords no name holds ([`Langs`]): English, whose words make a site's
/// labels everywhere ("About Us", "Read More"), and the page's own language. A name may hold
/// another language's ("Dan Davies", "Ben Nadel", "Mahua Das" on an English page: Dutch "dan"
/// and "ben", German "das").
///
/// They are counted only when a word asks ([`Langs::hold`]): a word that is no stopword, or an
/// English one, is judged without the page's language, and counting the page's words cost more
/// than the rest of the bylines' rules. What the count reads is taken now, when a name is first
/// judged, as [`crate::rules::language::kept_counts`] reads it: the rules remove and cut blocks
/// after.
fn name_stopword_langs(doc: &Doc) -> Langs {
    let mut counted = crate::stopwords::Counts::default();
    let (mut texts, mut ends) = (String::new(), Vec::new());
    for i in doc.kept_iter() {
        match doc.word_counts.get(i).copied().flatten() {
            Some(c) => counted.add(&c),
            None if texts.len() < LANGUAGE_SAMPLE_BYTES => {
                texts.push_str(&doc.blocks[i].plain);
                ends.push(texts.len());
            }
            // Nor was a later block counted (before dedup, none was): the rest adds nothing.
            None if i >= doc.word_counts.len() => break,
            None => {}
        }
    }
    Langs::Page {
        counted,
        texts,
        ends,
        langs: std::cell::OnceCell::new(),
    }
}

/// The languages whose stopwords no name holds (see [`name_stopword_langs`]).
enum Langs {
    /// As a mask of [`crate::stopwords::LANGS`].
    Known(u16),
    /// The page's, to be counted: the stopword counts of the blocks dedup counted, and the
    /// texts of the others read, one after another (each ends at its `ends`).
    Page {
        counted: crate::stopwords::Counts,
        texts: String,
        ends: Vec<usize>,
        langs: std::cell::OnceCell<u16>,
    },
}

impl Langs {
    /// Is a word of the stopword mask `mask` ([`crate::stopwords::mask`]) a stopword of these
    /// languages?
    fn hold(&self, mask: u16) -> bool {
        match self {
            _ if mask == 0 => false,
            Langs::Known(langs) => mask & langs != 0,
            // A page's languages hold English.
            Langs::Page { .. } if mask & ENGLISH != 0 => true,
            Langs::Page {
                counted,
                texts,
                ends,
                langs,
            } => {
                let langs = langs.get_or_init(|| {
                    let mut total = *counted;
                    let mut start = 0;
                    for &end in ends {
                        total.add(&crate::stopwords::Counts::of(
                            texts.get(start..end).unwrap_or_default(),
                        ));
                        start = end;
                    }
                    ENGLISH | crate::stopwords::guess(&total).map_or(0, |k| 1 << k)
                });
                mask & langs != 0
            }
        }
    }
}

/// Bytes of text whose words tell the page's language, when dedup has not counted them.
const LANGUAGE_SAMPLE_BYTES: usize = 4 * 1024;

/// The mask bit of English in [`crate::stopwords::mask`].
const ENGLISH: u16 = 1;

/// A line that is a name and perhaps a role after it: "Jane Doe", "Jane Doe, Staff Writer",
/// "Jane Doe | The Daily", "Dylan Bailey, MS, RD". The name (before the first separator) has
/// `min_words` to four words, each capitalised (particles such as "de" and "van" aside), no
/// figure and no stopword; a name of one word has three letters at least. Returns the name's
/// range.
fn name_in_line(t: &str, min_words: usize, langs: &Langs) -> Option<Range<usize>> {
    if t.len() > 100 || t.ends_with(['!', '?', ':']) {
        return None;
    }
    let end = name_end(t);
    let name = t[..end].trim_end();
    // A role or credentials after the name, not a sentence about its bearer ("Jane Doe, the
    // chef, said the menu changes every week.").
    let role = &t[end..];
    let ends_sentence = t.ends_with('.') && t.rsplit(' ').next().is_some_and(|w| w.len() > 5);
    if name.len() > 40 || crate::text::word_count(role) > 6 || ends_sentence {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < min_words.max(1) || words.len() > 4 {
        return None;
    }
    if words.len() == 1 && words[0].chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    let last = words.len() - 1;
    for (k, w) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        if k > 0 && k < last && (PARTICLES.contains(&lower.as_str()) || *w == "&") {
            continue;
        }
        let mut chars = w.chars();
        if !chars.next().is_some_and(char::is_uppercase)
            || !chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        {
            return None;
        }
        let bare = lower.trim_end_matches('.');
        // An initial ("A." of "Jeffrey A. Slotnick") is no stopword.
        let initial = bare.chars().count() == 1 && lower.ends_with('.');
        if !initial
            && langs.hold(crate::stopwords::mask(bare))
            && !(k == 0 && NAME_OPENERS.contains(&bare))
        {
            return None;
        }
    }
    if names_no_one_in(name, langs) {
        return None;
    }
    Some(0..name.len())
}

/// What may follow a name in a byline: a role, credentials or a date.
const NAME_SEPARATORS: [&str; 7] = [", ", " | ", " - ", " – ", " — ", " • ", " · "];

/// Where the first of [`NAME_SEPARATORS`] in `t` starts, or `t`'s length. Every separator starts
/// with a comma or a space: one scan for those bytes, rather than a search for each separator.
/// (A loop over the bytes: a line has a space every few bytes, and a vector search would set
/// itself up again after each.)
fn name_end(t: &str) -> usize {
    let b = t.as_bytes();
    (0..b.len())
        .find(|&i| {
            matches!(b[i], b',' | b' ')
                && NAME_SEPARATORS
                    .iter()
                    .any(|sep| b[i..].starts_with(sep.as_bytes()))
        })
        .unwrap_or(t.len())
}

/// The words that make a group an author ("The Investopedia Team", "Podium Staff", "News
/// Desk"): common words in lower case, which do not tell a section's name from a group's.
const COLLECTIVES: &[&str] = &[
    "team",
    "staff",
    "editors",
    "editorial",
    "desk",
    "contributor",
    "contributors",
    "writers",
    "newsroom",
];

/// Does `name` end with a word that makes it a group's ("BCBSOK Connect Team", "Staff")?
fn names_a_team(name: &str) -> bool {
    name.rsplit(' ')
        .next()
        .is_some_and(|w| COLLECTIVES.contains(&w.to_lowercase().as_str()))
}

/// Lower-case words that may join a name's capitalised ones.
pub(crate) const PARTICLES: &[&str] = &[
    "and", "de", "la", "van", "von", "der", "den", "al", "bin", "da", "di", "del", "du", "le",
    "dos", "das", "y",
];

/// Is a word of `name` written in lower case elsewhere in `src`, as a word of its own ("order"
/// for "Order Now", "media" for "Social Media")? A person's name rarely is; a section's or a
/// button's words are. Each word is looked for once through the input, so the cost is linear.
pub(crate) fn used_in_lower_case(src: &str, name: &str) -> bool {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !crate::text::is_alphanumeric(c))
                .to_lowercase()
        })
        .collect();
    // A team's name is a name by its other words ("The Investopedia Team"); "Our Team" is not.
    let collective = |w: &str| COLLECTIVES.contains(&w) || NAME_OPENERS.contains(&w);
    if words.iter().all(|w| collective(w)) {
        return true;
    }
    words.iter().enumerate().any(|(k, w)| {
        if w.len() < 3
            || PARTICLES.contains(&w.as_str())
            || COLLECTIVES.contains(&w.as_str())
            || (k == 0 && NAME_OPENERS.contains(&w.as_str()))
        {
            return false;
        }
        let bytes = src.as_bytes();
        memchr::memmem::find_iter(bytes, w.as_bytes()).any(|at| {
            let before = src[..at].chars().next_back();
            let after = src[at + w.len()..].chars().next();
            before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
                && after.is_none_or(|c| {
                    c.is_whitespace()
                        || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '”' | '’')
                })
        })
    })
}

/// A date, then "by" and a byline: "June 26, 2018 by Alex Haley", "Posted on July 1, 2024 by
/// infuy", "Last Updated on April 8, 2024 by Amanda Brooks", "Posted on December 18, 2025 Posted
/// by John Scalzi". Returns the name's range.
static DATED_BY_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(?i:(?:(?:published|posted|updated|last\s+updated|modified)(?:\s+on)?\s*:?|on)\s+)?(?P<d>{DATE})(?:[\s,·•|]*{DATE})?[\s,·•|]*(?P<by>(?i:(?:posted|written|published)\s+)?(?i:by)\s.*)$"
    ))
    .expect("dated by regex")
});

/// A date with its year, for [`DATED_BY_RE`] and [`DATE_FIRST_RE`].
const DATE: &str = r"(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})";

/// The name's range and the (first) date's.
fn dated_by(t: &str) -> Option<(Range<usize>, Range<usize>)> {
    if t.len() > 160 || !t.bytes().next().is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    // Most lines hold no digit, which every date holds: passed over without a search.
    if !crate::text::has_ascii_digit(t.as_bytes())
        || !crate::text::contains_ascii_ci_by(t, " by ", 2)
        || !DATED_BY_RE.is_match(t)
    {
        return None;
    }
    let c = DATED_BY_RE.captures(t)?;
    let (by, date) = (c.name("by")?, c.name("d")?);
    let m = author_name(by.as_str())?;
    Some((by.start() + m.start..by.start() + m.end, date.range()))
}

/// A line that says when the article was written, or how long it takes to read: "September 4,
/// 2025", "Published Jun 4, 2025", "Last Updated: Dec 17, 2025 • 5 min read", "23.07.2025 · 6
/// min read", "12 March 2025", "Jan 23", "11 min read".
static DATE_FIRST_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?i:(?:(?:published|posted|updated|last\s+updated|modified)(?:\s+on)?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,3}\s*(?:min|mins|minutes?)\b))",
    )
    .expect("date first regex")
});

fn is_date_line(t: &str) -> bool {
    t.len() <= 80 && DATE_FIRST_RE.is_match(t)
}

/// A date with its year anywhere in a line, for [`name_with_date`].
static DATE_RE: Lazy<Regex> = Lazy::new(|| Regex::new(DATE).expect("date regex"));

/// What separates a name from the date on its line ("Faith Katunga • Oct 20, 2025").
const DATE_SEPARATORS: &[char] = &[' ', ',', '|', '•', '·', '-', '–', '—', '/'];

/// A name and a date on one line, either first, perhaps with a reading time or a comment count
/// after: "Tom Talbot October 14, 2025", "Susan December 9, 2024 0 Comments", "Faith Katunga •
/// Oct 20, 2025", "Dec 17, 2025 Julian K. Arni", "September 1, 2016 September 8, 2016 Autumn
/// Adams". The name is [`name_in_line`]'s, the whole of what stands on its side of the date (a
/// sentence with a date holds more). Returns the name's range.
fn name_with_date(t: &str, langs: &Langs) -> Option<Range<usize>> {
    if t.len() > 100 || !crate::text::has_ascii_digit(t.as_bytes()) {
        return None;
    }
    let date = DATE_RE.find(t)?;
    if date.start() > 0 {
        // "Fri, 6 Mar 2026", "Updated: Jan 29, 2025": a date line's own words before its date.
        if is_date_line(t) {
            return None;
        }
        let before = t[..date.start()].trim_end_matches(DATE_SEPARATORS);
        // "Patrick Clarke Published 10:19am 19 December 2025", "Jane Doe Updated: May 2, 2024"
        let before = strip_date_label(before);
        // "Matt Eland on Dec. 13, 2025"
        let before = [" on", " at"]
            .iter()
            .find_map(|w| {
                before
                    .len()
                    .checked_sub(w.len())
                    .filter(|&k| before.is_char_boundary(k) && before[k..].eq_ignore_ascii_case(w))
                    .map(|k| &before[..k])
            })
            .unwrap_or(before);
        let after = &t[date.end()..];
        // A reading time or a count of comments, not more words.
        if crate::text::word_count(after) > 4 || after.ends_with(['.', '!', '?']) {
            return None;
        }
        return match name_in_line(before, 1, langs) {
            Some(m) if m.end == before.len() && !is_date_word(&before.to_lowercase()) => Some(m),
            _ => name_among_facts(t, date.start(), langs),
        };
    }
    // The date first, perhaps twice (published, updated), then the name to the line's end.
    let mut rest_at = date.end();
    for _ in 0..2 {
        let rest = t[rest_at..].trim_start_matches(DATE_SEPARATORS);
        rest_at = t.len() - rest.len();
        match DATE_RE.find(rest) {
            Some(d) if d.start() == 0 => rest_at += d.end(),
            _ => break,
        }
    }
    let rest = &t[rest_at..];
    match name_in_line(rest, 2, langs) {
        Some(m) if m.end == rest.len() => Some(rest_at + m.start..rest_at + m.end),
        _ => name_among_facts(t, date.start(), langs),
    }
}

/// `before` (what stands before a date on its line) without a date's label and time at its end:
/// "Patrick Clarke Published 10:19am" -> "Patrick Clarke", "Jane Doe Updated:" -> "Jane Doe".
fn strip_date_label(before: &str) -> &str {
    // The last word of `t` when `keep` holds for it, and `t` without it.
    fn drop_last(t: &str, keep: impl Fn(&str) -> bool) -> &str {
        match t.rsplit_once(' ') {
            Some((head, last)) if keep(last) => head.trim_end(),
            _ => t,
        }
    }
    let is_time = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        digits.contains(':') && digits.bytes().all(|b| b.is_ascii_digit() || b == b':')
    };
    // A time of day: "10:19am", "9:00 PM".
    let rest = drop_last(before.trim_end(), |w| {
        w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm")
    });
    let rest = drop_last(rest, is_time).trim_end_matches(':');
    // The longer label first: "last updated" before "updated".
    for label in ["last updated", "published", "updated", "posted"] {
        let Some(k) = rest.len().checked_sub(label.len() + 1) else {
            continue;
        };
        if rest.is_char_boundary(k)
            && rest[k..].starts_with(' ')
            && rest[k + 1..].eq_ignore_ascii_case(label)
        {
            return rest[..k].trim_end();
        }
    }
    before
}

/// Words beside the date in its part of a date line ("Updated on").
const MAX_DATE_PART_WORDS: usize = 3;

/// Bullets between the facts on an article's date line.
const FACT_BULLETS: &[char] = &['•', '·', '⋅', '|', '—', '–'];

/// The name among the facts of an article's date line, between bullets: "December 15, 2025 · 30
/// min · 6279 words · Ash Vardanian", "Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc
/// group", "Dec 26, 2025 • Mahua Das in Project Management". The date is in one part (starting at
/// `date_at`); the name is the first other part that is [`name_in_line`]'s, up to an " on …" or
/// " in …" after it, of two words at least, none a weekday or a date's word ("Friday
/// Philosophy"). At most five parts.
fn name_among_facts(t: &str, date_at: usize, langs: &Langs) -> Option<Range<usize>> {
    // Each part's range, without its bullet.
    let mut parts = Vec::new();
    let mut at = 0;
    for piece in t.split_inclusive(FACT_BULLETS) {
        parts.push(at..at + piece.trim_end_matches(FACT_BULLETS).len());
        at += piece.len();
    }
    if parts.len() > 5 {
        return None;
    }
    // The date's part says when ("Updated on Jul 4, 2024"), not what: a title with a date in it
    // ("Visual Studio Community – Free IDE and Developer Tools 2025-12-08") is no date line.
    let date_part = parts.iter().find(|p| p.contains(&date_at))?;
    let date_words = DATE_RE
        .find(&t[date_at..date_part.end])
        .map_or(0, |d| crate::text::word_count(d.as_str()));
    if crate::text::word_count(&t[date_part.clone()]) > date_words + MAX_DATE_PART_WORDS {
        return None;
    }
    parts
        .iter()
        .filter(|p| !p.contains(&date_at))
        .find_map(|p| {
            let part = &t[p.clone()];
            let lead = part.len() - part.trim_start().len();
            let part = part.trim();
            let cut = [" on ", " in "]
                .iter()
                .filter_map(|w| part.find(w))
                .min()
                .unwrap_or(part.len());
            // "By ASU Online" among the facts ("March 15, 2022 · 3 min read · By ASU Online").
            let by = ["by ", "By ", "BY "]
                .iter()
                .find(|b| part.starts_with(**b))
                .map_or(0, |b| b.len());
            let (lead, part) = (lead + by, &part[by..]);
            let cut = cut - by;
            let name = &part[..cut];
            let m = name_in_line(name, 2, langs)?;
            let plain = name.split_whitespace().all(|w| {
                let w = w.to_lowercase();
                !is_weekday(&w) && !is_date_word(&w)
            });
            let start = p.start + lead;
            (m.end == name.len() && plain).then_some(start + m.start..start + m.end)
        })
}

/// A day of the week, or its abbreviation ("fri"), lower-cased.
fn is_weekday(word: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let w = word.trim_end_matches(['.', ',']);
    w.len() >= 3
        && DAYS
            .iter()
            .any(|d| *d == w || (w.len() <= 4 && d.starts_with(w)))
}

/// A word of a date line's ("Updated", "Published", "March", a coupon's "Expires"), which no name
/// is alone.
fn is_date_word(word: &str) -> bool {
    matches!(
        word.trim_end_matches(['.', ',', ':']),
        "updated"
            | "published"
            | "posted"
            | "modified"
            | "last"
            | "date"
            | "today"
            | "yesterday"
            | "expires"
            | "expiry"
            | "valid"
            | "ends"
    ) || crate::dates::month_of(word).is_some()
}

/// `byline.name`: on a text dump or a page whose headline was found, a name alone on its line
/// (on a page, when its markup named no author either; two to
/// four capitalised words, perhaps a role after them) within a few lines of the headline, right
/// beside a date line (or one line away, across a role line): "Andrew King" / "September 4,
/// 2025" over the headline, "Pavlina Petkova" / "April 10, 2025" under it. Only when no byline
/// named the author, and none was found at all (a listing's bylines of many people, which named
/// no one, rule it out); the name's words are written in lower case nowhere else in the dump (as
/// a section's or a button's would be). A byline taken far from the headline gives way to a "By"
/// line right under it ([`byline_under_headline`]).
pub(crate) fn apply_name_by_date(doc: &mut Doc, rs: &Ruleset) {
    name_by_date(doc, rs, false);
}

/// [`apply_name_by_date`] once more at the end, when no author was found, around what it could
/// not know then: a headline `meta.title` or `text.headline-over-byline` gave, and a date found
/// in a meta line by the head ("Kristian Larsen July 13, 2025 — 7 minutes read" is both name and
/// date).
pub(crate) fn apply_name_by_date_late(doc: &mut Doc, rs: &Ruleset) {
    name_by_date(doc, rs, true);
}

fn name_by_date(doc: &mut Doc, rs: &Ruleset, late: bool) {
    if !rs.on(&NAME) {
        return;
    }
    if doc.metadata.author.is_some() {
        if !late {
            byline_under_headline(doc);
        }
        return;
    }
    let block_at = |at: usize| doc.block_at(at);
    // Late, only the anchors the first look did not have: a headline another rule gave, a date
    // found in a meta line.
    let headline_rules: &[&str] = if late {
        &[
            crate::rules::textclass::HEADLINE_OVER_BYLINE.id,
            crate::rules::meta::TITLE.id,
        ]
    } else {
        &[crate::rules::textclass::HEADLINE.id]
    };
    let headline = doc
        .metadata
        .title
        .as_ref()
        .filter(|t| headline_rules.contains(&t.rule))
        .and_then(|t| block_at(t.span.start));
    let date = if late {
        doc.metadata
            .date
            .as_ref()
            .filter(|d| d.rule == crate::rules::meta::DATE_IN_LINE.id)
            .and_then(|d| block_at(d.span.start))
    } else {
        crate::rules::meta::date_line_block(doc)
    };
    // Around the headline, and then around the page's date line: the headline found may be a
    // copy of the title line far above the byline ("Industry Insights" / headline / "Rahul
    // Tyagi" / "12 March 2025" under a menu, under the title line the headline repeats).
    // The headline's later copy is the article's own, when the first stands in the page's
    // header ("You are reading" / headline / "Search", and the article's headline over its
    // byline further down).
    let headline_copy = headline.and_then(|h| {
        doc.blocks
            .iter()
            .enumerate()
            .skip(h + 1)
            .find_map(|(c, b)| {
                matches!(b.state, crate::doc::State::Removed { duplicate_of: Some(f), rule, .. }
                if f == h && std::ptr::eq(rule, &crate::rules::dedup::EXACT))
                .then_some(c)
            })
    });
    let headline_reach = &[1, -1, 2, -2, 3, -3, 4, -4, 5, 6][..];
    let anchors = [
        headline.map(|h| (h, Some(h), headline_reach)),
        headline_copy.map(|c| (c, Some(c), headline_reach)),
        // (The date's own line first, late: a meta line may hold the name too.)
        date.map(|d| {
            (
                d,
                None,
                if late {
                    &[0, -1, 1, -2, 2][..]
                } else {
                    &[-1, 1, -2, 2][..]
                },
            )
        }),
    ];
    let mut langs = None;
    for (anchor, head, reach) in anchors.into_iter().flatten() {
        // A listing's bylines near the anchor: none is the page's author.
        let Some(found) = name_near(doc, anchor, head, reach, &mut langs) else {
            return;
        };
        if let Some((i, at)) = found {
            let b = &doc.blocks[i];
            let value = b.plain[at.clone()].to_string();
            doc.metadata.author = Some(doc.field(i, at.start, at.end, value, &NAME));
            doc.remove(i, &NAME, None);
            return;
        }
    }
    if late {
        if name_taken_for_headline(doc, &mut langs) {
            return;
        }
        name_in_dated_piece(doc, date, &langs);
        if doc.metadata.author.is_none() {
            doc.metadata.author = author_box(doc, langs);
        }
    }
}

/// Whether a line of other words ends with a byline's label, "written by" or "posted by" (a line
/// that is only the label is [`LABEL_RE`]'s).
fn ends_with_label(t: &str) -> bool {
    ["written by", "posted by"].iter().any(|l| {
        t.len() > l.len() + 1
            && t.is_char_boundary(t.len() - l.len() - 1)
            && t[t.len() - l.len() - 1..].starts_with(' ')
            && t[t.len() - l.len()..].eq_ignore_ascii_case(l)
    })
}

/// Blocks from the headline within which a byline found is the article's own.
const HEADLINE_BYLINE_REACH: usize = 3;

/// A "By" line right under the headline ([`loose_byline`]'s) names the article's author, over a
/// byline that [`apply`] took first elsewhere in the dump: a teaser's "by The MNTN Team" in a
/// menu above the article, a book's "Author: Harley Laroux" in a review under it. The line under
/// the headline goes as `byline.name` (unless a rule took it); the other stays as it was
/// removed.
fn byline_under_headline(doc: &mut Doc) {
    let Some(author) = doc.metadata.author.as_ref().filter(|a| a.rule == AUTHOR.id) else {
        return;
    };
    let Some(title) = doc
        .metadata
        .title
        .as_ref()
        .filter(|t| t.rule == crate::rules::textclass::HEADLINE.id)
    else {
        return;
    };
    let (Some(h), Some(a)) = (
        doc.block_at(title.span.start),
        doc.block_at(author.span.start),
    ) else {
        return;
    };
    if a.abs_diff(h) <= HEADLINE_BYLINE_REACH {
        return;
    }
    // The page's languages, read when a byline is found (most pages have none there).
    let mut langs = None;
    // The two lines under the headline.
    for i in h + 1..(h + 3).min(doc.blocks.len()) {
        let b = &doc.blocks[i];
        if b.line_count(&doc.src) > 1 || removed_as_chrome(b) {
            continue;
        }
        let t = crate::text::trim_ws(&b.plain);
        let Some(m) = loose_byline(t).filter(|m| {
            let langs = &*langs.get_or_insert_with(|| name_stopword_langs(doc));
            !names_no_one_in(&t[m.clone()], langs)
        }) else {
            continue;
        };
        let off = t.as_ptr() as usize - b.plain.as_ptr() as usize;
        let value = t[m.clone()].to_string();
        // Its rule is the one that removed its line: `byline.author` took a byline it found too
        // near the other to choose either.
        let rule = if b.is_removed_by(&AUTHOR) {
            &AUTHOR
        } else {
            &NAME
        };
        doc.metadata.author = Some(doc.field(i, off + m.start, off + m.end, value, rule));
        if doc.blocks[i].is_kept() {
            doc.remove(i, &NAME, None);
        }
        return;
    }
}

/// Is the whole of `t` a person's name (two words or more) that the input writes in lower
/// case nowhere, as a section's or a button's words would be?
fn is_whole_name(doc: &Doc, t: &str, langs: &Langs) -> bool {
    name_in_line(t, 2, langs).is_some_and(|m| m == (0..t.len()))
        && !names_no_one_in(t, langs)
        && !doc.used_in_lower_case(t)
}

/// A headline over a byline has at least this many words...
const HEADLINE_MIN_WORDS: usize = 5;
/// ...and shares this much of its words with the page's title ([`crate::text::resemblance`]).
const HEADLINE_RESEMBLANCE: f64 = 0.4;

/// Late: a name alone on its line that `meta.title` took for the headline above the article,
/// when the page's title came from elsewhere (the title line): the byline right under the real
/// headline ("Need a Change? 7 Vital Tips on How to Rent a Car" / "Andrei Zakhareuski" / the
/// first paragraph). The name is reported as the author, and its line's removal is the byline's.
/// Whether it found one.
fn name_taken_for_headline(doc: &mut Doc, langs: &mut Option<Langs>) -> bool {
    // Bylines that named no author are a listing's, of other people: the page's own byline is
    // not told apart from its cards'.
    if doc.blocks.iter().any(|b| b.is_removed_by(&AUTHOR)) {
        return false;
    }
    let title_span = doc.metadata.title.as_ref().map(|t| t.span);
    let Some(i) = doc.blocks.iter().position(|b| {
        b.is_removed_by(&crate::rules::meta::TITLE)
            && title_span.is_none_or(|t| !b.outer_span().range().contains(&t.start))
    }) else {
        return false;
    };
    // Right under the headline: a line worded like the page's title.
    let under_headline = doc.blocks[..i]
        .iter()
        .rev()
        .find(|b| !crate::text::trim_ws(&b.plain).is_empty())
        .zip(doc.metadata.title.as_ref())
        .is_some_and(|(above, title)| {
            crate::text::word_count(&above.plain) >= HEADLINE_MIN_WORDS
                && crate::text::resemblance(&above.plain, &title.value) >= HEADLINE_RESEMBLANCE
        });
    if !under_headline {
        return false;
    }
    let t = crate::text::trim_ws(&doc.blocks[i].plain);
    let langs = &*langs.get_or_insert_with(|| name_stopword_langs(doc));
    if !is_whole_name(doc, t, langs) {
        return false;
    }
    let start = t.as_ptr() as usize - doc.blocks[i].plain.as_ptr() as usize;
    let value = t.to_string();
    doc.metadata.author = Some(doc.field(i, start, start + t.len(), value, &NAME));
    doc.blocks[i].state = crate::doc::State::Removed {
        rule: &NAME,
        detail: None,
        duplicate_of: None,
    };
    true
}

/// Late, when nothing else named the author: the page's author box, the name alone on its line
/// over a biography that opens with it (or with its first name) and a role: "Lauren Vetter" /
/// "Lauren Vetter is a growth-focused marketing professional…", "Maria Mathioudaki" / "Maria is
/// a growth analyst…". A page with boxes of two people is a team's, and names no author. The box
/// stays as the other rules left it.
fn author_box(doc: &Doc, langs: Option<Langs>) -> Option<MetaField> {
    let mut langs = langs;
    let mut found: Option<(ByteSpan, &str)> = None;
    let src: &str = &doc.src;
    // A biography says who the person "is" within its first words: found by a vector search of
    // the dump, so a page with none costs no look at its lines.
    for at in memchr::memmem::find_iter(src.as_bytes(), b" is ") {
        // The name (or the first name) opens the line: its start is a few bytes back.
        let from = at.saturating_sub(41);
        let bio_start = match memchr::memrchr(b'\n', &src.as_bytes()[from..at]) {
            Some(k) => from + k + 1,
            None if from == 0 => 0,
            None => continue,
        };
        let bio_end = src[at..].find('\n').map_or(src.len(), |k| at + k);
        // The line above it, past blank lines: a name, a few bytes long.
        let above = src[..bio_start].trim_end();
        let from = above.len().saturating_sub(41);
        let name_start = match memchr::memrchr(b'\n', &above.as_bytes()[from..]) {
            Some(k) => from + k + 1,
            None if from == 0 => 0,
            None => continue,
        };
        let (name, bio) = (
            crate::text::trim_ws(&above[name_start..]),
            crate::text::trim_ws(&src[bio_start..bio_end]),
        );
        if name.len() > 40 || !bio_of(name, bio) {
            continue;
        }
        let start = name.as_ptr() as usize - src.as_ptr() as usize;
        let span = ByteSpan::new(start, start + name.len());
        let langs = &*langs.get_or_insert_with(|| name_stopword_langs(doc));
        if !is_whole_name(doc, name, langs) {
            continue;
        }
        match found {
            Some((_, other)) if other != name => return None,
            Some(_) => {}
            None => found = Some((span, name)),
        }
    }
    let (span, name) = found?;
    Some(MetaField {
        value: name.to_string(),
        span,
        rule: NAME.id,
        normalized: None,
    })
}

/// Roles a biography gives besides [`ROLE_WORDS`]'.
const BIO_ROLES: &[&str] = &["developer", "marketer", "professional", "creator", "author"];

/// Does `bio` open a biography of `name`: the name or its first word, "is", an article,
/// and a role within a few words ("… is an experienced writer and content strategist…")?
fn bio_of(name: &str, bio: &str) -> bool {
    let Some(first) = name.split_whitespace().next() else {
        return false;
    };
    if !name.contains(' ') {
        return false;
    }
    let rest = bio
        .strip_prefix(name)
        .or_else(|| bio.strip_prefix(first))
        .filter(|r| r.starts_with(' '));
    let Some(rest) = rest else {
        return false;
    };
    let words: Vec<String> = rest
        .split_whitespace()
        .take(9)
        .map(|w| {
            w.trim_matches(|c: char| !crate::text::is_alphanumeric(c) && c != '-')
                .to_lowercase()
        })
        .collect();
    words.first().is_some_and(|w| w == "is")
        && matches!(words.get(1).map(String::as_str), Some("a" | "an" | "the"))
        && words
            .iter()
            .skip(2)
            .any(|w| ROLE_WORDS.contains(&w.as_str()) || BIO_ROLES.contains(&w.as_str()))
}

/// Late, the name on the line of a date found in a meta line that the front end joined with the
/// lines around it into one block ("December 15, 2025 · 30 min · 6279 words · Ash Vardanian"
/// between a standfirst and "Table of Contents"): reported from that line, which stays as the
/// other rules left it (it holds more than the byline).
fn name_in_dated_piece(doc: &mut Doc, date: Option<usize>, langs: &Option<Langs>) {
    let Some(i) = date else {
        return;
    };
    let b = &doc.blocks[i];
    let Some(at) = doc.metadata.date.as_ref().map(|d| d.span.start) else {
        return;
    };
    if b.line_count(&doc.src) < 2 || removed_as_chrome(b) {
        return;
    }
    let Some(piece) = b.pieces.iter().find(|p| p.span.range().contains(&at)) else {
        return;
    };
    let Some(raw) = doc.src.get(piece.span.range()) else {
        return;
    };
    let t = crate::text::trim_ws(raw);
    let read;
    let langs = match langs {
        Some(langs) => langs,
        None => {
            read = name_stopword_langs(doc);
            &read
        }
    };
    let Some(m) = name_with_date(t, langs) else {
        return;
    };
    let name = &t[m.clone()];
    if names_no_one_in(name, langs) || doc.used_in_lower_case(name) {
        return;
    }
    let start = piece.span.start + (t.as_ptr() as usize - raw.as_ptr() as usize);
    doc.metadata.author = Some(MetaField {
        value: name.to_string(),
        span: ByteSpan::new(start + m.start, start + m.end),
        rule: NAME.id,
        normalized: None,
    });
}

/// For [`apply_name_by_date`]: the block and the byte range (in its plain text) of the name
/// within `reach` lines of block `anchor` (the headline `head`, or the date line), `Some(None)`
/// when there is none, and `None` when bylines near the anchor tell of a listing.
fn name_near(
    doc: &Doc,
    anchor: usize,
    head: Option<usize>,
    reach: &[isize],
    langs: &mut Option<Langs>,
) -> Option<Option<(usize, Range<usize>)>> {
    // A listing's bylines near the headline; a filter menu's "By Use Case" names no one, and the
    // related posts' bylines far under the article are not the page's. A listing's cards follow
    // its headline: the teasers of a menu above an article's headline make no listing of it.
    let anchor_at = doc.blocks[anchor].outer_span().start;
    if doc.blocks.iter().any(|b| {
        b.is_removed_by(&AUTHOR)
            && (head.is_none() || b.outer_span().start > anchor_at)
            && b.outer_span().start.abs_diff(anchor_at) < LISTING_REACH_BYTES
            && {
                let t = crate::text::trim_ws(&b.plain);
                author_name(t).is_none_or(|m| !names_no_one(&t[m]))
            }
    }) {
        return None;
    }
    // The page's languages, read once, when a name is first judged.
    let langs = &*langs.get_or_insert_with(|| name_stopword_langs(doc));
    let h = head.unwrap_or(usize::MAX);
    let n = doc.blocks.len();
    let line = |i: usize| crate::text::trim_ws(&doc.blocks[i].plain);
    let date_at = |i: Option<usize>| i.is_some_and(|i| i < n && i != h && is_date_line(line(i)));
    for &d in reach {
        let Some(i) = anchor.checked_add_signed(d).filter(|&i| i < n) else {
            continue;
        };
        let b = &doc.blocks[i];
        if b.line_count(&doc.src) > 1 || removed_as_chrome(b) {
            continue;
        }
        let t = line(i);
        // A "By" line right by the anchor names the author whatever its name's case: a handle
        // or a team ("by jsteinhardt" over "18th Dec 2025", "By 3i Global" under "Feb 6, 2025").
        // Under the headline, past a standfirst and a photo's caption and credit too.
        // (Not one of a filter menu's: "By Collection" / "By Weight", bylines that
        // `byline.author` took side by side and named no one by.)
        if (d.abs() <= 2 || head.is_some() && (1..=LOOSE_BYLINE_UNDER).contains(&d))
            && b.line_count(&doc.src) == 1
            && !in_byline_run(doc, i)
        {
            if let Some(m) = loose_byline(t).filter(|m| !names_no_one_in(&t[m.clone()], langs)) {
                let off = t.as_ptr() as usize - b.plain.as_ptr() as usize;
                return Some(Some((i, off + m.start..off + m.end)));
            }
        }
        // The date on the name's own line ("Tom Talbot October 14, 2025"), or on a line beside.
        let (m, dated_here) = match name_with_date(t, langs) {
            Some(m) => (m, true),
            None => match name_in_line(t, 1, langs).filter(|m| !t[m.clone()].contains(" and ")) {
                Some(m) => (m, false),
                None => continue,
            },
        };
        let (prev, next) = (i.checked_sub(1), Some(i + 1));
        // One line away across a role line ("VP - Technology") or a separator ("•").
        let across = |mid: Option<usize>, far: Option<usize>| {
            mid.is_some_and(|m| {
                m != h
                    && m < n
                    && line(m).len() <= 60
                    && !crate::text::ends_sentence(line(m))
                    && name_in_line(line(m), 2, langs).is_none()
            }) && date_at(far)
        };
        // "Fri, 6 Mar 2026" is a date, "Released Wednesday" no one.
        if (!dated_here && is_date_line(t))
            || t[m.clone()]
                .split_whitespace()
                .any(|w| is_weekday(&w.to_lowercase()))
        {
            continue;
        }
        let beside = date_at(prev) || date_at(next);
        // A name of one word ("Gabo" over "Jan 23") only over a short date line, under a headline
        // found; a line the line rules kept (not a share button's), not a date's word, a menu's
        // or a heading's in capitals ("WEEKEND"). A heading under the date opens the article.
        if !dated_here && !t[m.clone()].contains(' ') {
            let word = &t[m.clone()];
            if head.is_none()
                || !b.is_kept()
                || !date_at(next)
                || line(i + 1).len() > 40
                || !word.chars().any(char::is_lowercase)
                || is_date_word(&word.to_lowercase())
                || crate::rules::textclass::is_menu_line(t)
            {
                continue;
            }
        }
        // Or a role on the line under the name ("Nicoletta Richardson" / "Trending Editor"), the
        // only role near: a team's page lists many.
        let with_role = i + 1 < n
            && i + 1 != h
            && is_role_line(line(i + 1))
            && !(i.saturating_sub(ROLE_REACH)..(i + ROLE_REACH).min(n))
                .any(|k| k != i + 1 && k != h && is_role_line(line(k)));
        if !(dated_here
            || beside
            || with_role
            || across(prev, i.checked_sub(2))
            || across(next, Some(i + 2)))
        {
            continue;
        }
        if LABEL_PREFIXES.may_match(t) && (LABEL_RE.is_match(t) || author_name(t).is_some()) {
            continue;
        }
        // Beside a date alone, the name is the line the line rules kept (or, a name of two
        // words or more with its date on its line, one the rules of context took with the
        // header: "Zach Lezberg | May 22, 2025"), not a link's label, and the headline is near: a line that resembles the dump's
        // title line (its first).
        if head.is_none()
            && (!(b.is_kept()
                || (dated_here || beside)
                    && t[m.clone()].contains(' ')
                    && crate::rules::textclass::taken_by_context(b))
                || crate::rules::textclass::is_menu_line(t)
                || !(i.saturating_sub(3).max(1)..(i + 4).min(n)).any(|k| {
                    k != i
                        && line(k).len() <= 200
                        && crate::text::resemblance(line(k), line(0)) >= 0.4
                }))
        {
            continue;
        }
        // Right between the headline and the date, a team's or a desk's name is the byline
        // ("BCBSOK Connect Team", "Staff"): its last word says so, whatever its other words.
        let team = h.checked_add(1) == Some(i) && date_at(next) && names_a_team(&t[m.clone()]);
        if !team && doc.used_in_lower_case(&t[m.clone()]) {
            continue;
        }
        let off = t.as_ptr() as usize - b.plain.as_ptr() as usize;
        return Some(Some((i, off + m.start..off + m.end)));
    }
    Some(None)
}

/// Lines under the headline within which a loose byline names the author.
const LOOSE_BYLINE_UNDER: isize = 4;

/// Words a loose byline's name stops before: a reading time's, an edition's link.
const LOOSE_NAME_ENDS: &[&str] = &["min", "mins", "minutes", "read", "view", "updated", "on"];

/// A byline line whose name is not written as a name, for [`name_near`]: a label ("By",
/// "Posted by", "Written by") and one to four words of a handle or a team, perhaps with a
/// reading time after: "by jsteinhardt", "By thanosmano,", "By Mr_Enigmatic", "By 3i Global",
/// "By the Lavazza Team 2–3 minutes", "By Ask the Doctors". No sentence: "By then, it was
/// over." ends as one. Returns the name's range.
fn loose_byline(t: &str) -> Option<Range<usize>> {
    if t.len() > 60 || !t.starts_with(['b', 'B', 'p', 'P', 'w', 'W']) {
        return None;
    }
    let label = ["by", "posted by", "written by"].into_iter().find(|l| {
        t.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l))
            && t[l.len()..].starts_with([' ', ':'])
    })?;
    if crate::text::ends_sentence(t) {
        return None;
    }
    let rest = &t[label.len()..];
    let start = label.len() + (rest.len() - rest.trim_start_matches([' ', ':']).len());
    let mut end = start;
    let mut words = 0;
    let tail = &t[start..];
    for w in tail.split_whitespace() {
        let at = w.as_ptr() as usize - tail.as_ptr() as usize;
        let bare = w.trim_end_matches([',', ';', ':']);
        let lw = bare.to_ascii_lowercase();
        // A number after the name is a reading time's ("2–3 minutes"), a separator ends it.
        if words > 0
            && (bare.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '—' | '–'))
                || LOOSE_NAME_ENDS.contains(&lw.as_str()))
            || bare.is_empty()
            || !bare.chars().any(char::is_alphanumeric)
        {
            break;
        }
        // "Written By Feb 11, 2019": a template's label with no name, then the date.
        if is_date_word(&lw) {
            return None;
        }
        words += 1;
        end = start + at + bare.len();
        if words > 4 || bare.len() < w.len() {
            break;
        }
    }
    (words > 0 && words <= 4).then_some(start..end)
}

/// Did a named rule of the page's chrome remove `b` (share buttons, a prompt, a caption)? Its
/// words are no one's name; a menu's run (`nav.run`) may have taken a byline's line with it.
fn removed_as_chrome(b: &crate::doc::Block) -> bool {
    match b.state {
        crate::doc::State::Removed { rule, .. } => {
            rule.layer == Layer::Chrome && !std::ptr::eq(rule, &crate::rules::nav::RUN)
        }
        crate::doc::State::Kept => false,
    }
}

/// How far from the headline (in bytes of input) a byline tells of a listing, for
/// [`apply_name_by_date`]: a listing's cards follow its headline; an article's related posts
/// come after the article.
const LISTING_REACH_BYTES: usize = 4000;

/// A post's header: the poster's name or handle, the date and time, perhaps the post's number:
/// "DaleJack September 5, 2024, 11:15pm 1", "hayley.p 2 May 2025 18:48 1", "longshot ·
/// 03/03/2026 19:44" (a date in figures only after a separator: on the development dumps, the
/// one such header without it, "Abdul Majeed 3/12/2021 at 1:48am", was a comment's).
static POSTER_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^{POSTER_NAME}(?:(?: [·•|])? {POST_DATE}| [·•|] {POST_DAY_IN_FIGURES}){POST_TIME}$"
    ))
    .expect("poster regex")
});

/// A post header's name: a handle or up to four words, perhaps a display name in brackets.
const POSTER_NAME: &str = r"(?P<name>\S+(?: \S+){0,3}?)(?: \([^)]{1,40}\))?";
/// A post header's date, its month in words.
const POST_DATE: &str = r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})";
/// A post header's date in figures.
const POST_DAY_IN_FIGURES: &str = r"\d{1,2}/\d{1,2}/\d{4}";
/// A post header's time, perhaps the post's number after it.
const POST_TIME: &str = r",? (?:at )?\d{1,2}:\d{2}\s*(?i:am|pm)?(?: \d{1,4})?";

/// A post header parted in two lines, as a page's Markdown writes it: the name alone ("amondale
/// (Amondale)"), then the date and time ("November 8, 2024, 7:33pm 1").
static POSTER_NAME_RE: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!("^{POSTER_NAME}$")).expect("poster name regex"));
static POST_TIME_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        "^(?:{POST_DATE}|(?:[·•|] )?{POST_DAY_IN_FIGURES}){POST_TIME}$"
    ))
    .expect("post time regex")
});

/// Whether `t` has a colon between two figures, as the time of every match of [`POSTER_RE`]
/// has (a byte that is not ASCII next to it may be of a figure of another script): most lines
/// with a colon are a label and its value, and skip the pattern.
fn has_time_colon(t: &str) -> bool {
    let b = t.as_bytes();
    let figure = |c: Option<&u8>| c.is_some_and(|&c| c.is_ascii_digit() || c >= 0x80);
    memchr::memchr_iter(b':', b).any(|i| i > 0 && figure(b.get(i - 1)) && figure(b.get(i + 1)))
}

/// The first post's header of a thread names its poster, when no byline named anyone: on one
/// line, or its name on the line over its date and time.
fn poster(doc: &mut Doc) {
    let mut langs = None;
    // The kept line before this one, with something on it.
    let mut previous: Option<usize> = None;
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if !b.is_kept() || crate::text::trim_ws(&b.plain).is_empty() {
            continue;
        }
        let above = previous.replace(i);
        let t = crate::text::trim_ws(&b.plain);
        if b.plain.len() > 100 || !has_time_colon(t) || b.line_count(&doc.src) > 1 {
            continue;
        }
        let (at, m) = if let Some(m) = POSTER_RE.captures(t).and_then(|c| c.name("name")) {
            (i, m.range())
        } else if POST_TIME_RE.is_match(t) {
            let Some(k) = above.filter(|&k| doc.blocks[k].line_count(&doc.src) == 1) else {
                continue;
            };
            let line = crate::text::trim_ws(&doc.blocks[k].plain);
            let Some(m) = POSTER_NAME_RE.captures(line).and_then(|c| c.name("name")) else {
                continue;
            };
            (k, m.range())
        } else {
            continue;
        };
        let t = crate::text::trim_ws(&doc.blocks[at].plain);
        let name = &t[m.clone()];
        let handle = !name.contains(' ')
            && name.len() >= 3
            && name
                .chars()
                .all(|c| crate::text::is_alphanumeric(c) || matches!(c, '_' | '-' | '.'));
        // A Q&A site's "asked Mar 28, 2014 at 11:38" and "edited …" are no poster.
        const ACTIONS: &[&str] = &[
            "asked",
            "answered",
            "edited",
            "commented",
            "published",
            "posted",
            "updated",
            "modified",
            "created",
            "replied",
            "joined",
            "last",
        ];
        let action = ACTIONS
            .iter()
            .chain(&crate::dates::WEEKDAY_ABBREVIATIONS)
            .any(|a| name.eq_ignore_ascii_case(a));
        let langs = &*langs.get_or_insert_with(|| name_stopword_langs(doc));
        if !(handle || name_in_line(name, 2, langs).is_some())
            || action
            || names_no_one_in(name, langs)
        {
            continue;
        }
        let off = t.as_ptr() as usize - doc.blocks[at].plain.as_ptr() as usize;
        let value = name.to_string();
        doc.metadata.author = Some(doc.field(at, off + m.start, off + m.end, value, &AUTHOR));
        return;
    }
}

/// The handle under a post's community label, in a thread's header as a dump of Reddit keeps it:
/// "r/technology •" (perhaps with the post's age after the dot, perhaps at the end of the line
/// the menu's "Go to technology" joined), then "ControlCAD" on the next line: the poster. Only
/// the first label, at most [`COMMUNITY_LABEL_REACH`] lines in, and a handle of one word.
fn community_poster(doc: &Doc) -> Option<MetaField> {
    let lines: Vec<usize> = doc
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| !crate::text::trim_ws(&b.plain).is_empty())
        .map(|(i, _)| i)
        .take(COMMUNITY_LABEL_REACH)
        .collect();
    let at = lines
        .iter()
        .position(|&i| ends_with_community_label(crate::text::trim_ws(&doc.blocks[i].plain)))?;
    let &i = lines.get(at + 1)?;
    let b = &doc.blocks[i];
    let t = crate::text::trim_ws(&b.plain);
    let handle = (3..=30).contains(&t.len())
        && t.chars().any(|c| c.is_ascii_alphabetic())
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'));
    if !handle || b.line_count(&doc.src) > 1 {
        return None;
    }
    let off = t.as_ptr() as usize - b.plain.as_ptr() as usize;
    Some(doc.field(i, off, off + t.len(), t.to_string(), &AUTHOR))
}

/// A thread's community label is looked for among a dump's first this many lines.
const COMMUNITY_LABEL_REACH: usize = 40;

/// Whether `t` ends with a post's community label: "r/" and the community's name (letters,
/// figures, `_`), then a dot, then perhaps the post's age ("r/Cooking •", "r/Cooking • 2 yr.
/// ago").
fn ends_with_community_label(t: &str) -> bool {
    // (The dot or the age ends the line: most lines end otherwise.)
    if !(t.ends_with('•') || t.ends_with("ago")) {
        return false;
    }
    let Some(at) = t.rfind("r/") else {
        return false;
    };
    if at > 0 && !t[..at].ends_with(' ') {
        return false;
    }
    let rest = &t[at + 2..];
    let name = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let Some(after) = rest[name..].trim_start().strip_prefix('•') else {
        return false;
    };
    let age = after.trim();
    (2..=21).contains(&name)
        && (age.is_empty()
            || (age.len() <= 16
                && age.ends_with("ago")
                && age.starts_with(|c: char| c.is_ascii_digit())))
}

/// Where a card's line is: a line of a text dump (its span in the input), or a block of a page
/// (its index: a page's text is not its input's bytes).
#[derive(Clone, Copy)]
enum CardAt {
    Line(ByteSpan),
    Block(usize),
}

/// The card line `t` (at `at`) as the author, when it is a handle ("user3080392", "b.scherer")
/// or a name. `langs` is [`name_stopword_langs`]'s, read once when first needed.
fn card_name(doc: &Doc, at: CardAt, t: &str, langs: &mut Option<Langs>) -> Option<MetaField> {
    let handle = (2..=40).contains(&t.len())
        && !t.contains(' ')
        && t.chars().any(char::is_alphabetic)
        && t.chars()
            .all(|c| crate::text::is_alphanumeric(c) || matches!(c, '_' | '-' | '.'));
    let langs = &*langs.get_or_insert_with(|| name_stopword_langs(doc));
    let named = name_in_line(t, 1, langs).is_some_and(|m| m.end == t.len() && m.start == 0);
    if !(handle || named) || names_no_one_in(t, langs) || is_date_word(&t.to_lowercase()) {
        return None;
    }
    let value = t.to_string();
    match at {
        CardAt::Line(span) => {
            // The line's own span, without the blanks around it.
            let start =
                span.start + (t.as_ptr() as usize - doc.src[span.range()].as_ptr() as usize);
            Some(MetaField {
                value,
                span: ByteSpan::new(start, start + t.len()),
                rule: AUTHOR.id,
                normalized: None,
            })
        }
        CardAt::Block(i) => {
            let off = t.as_ptr() as usize - doc.blocks[i].plain.as_ptr() as usize;
            Some(doc.field(i, off, off + t.len(), value, &AUTHOR))
        }
    }
}

/// Whether the card line at `at` opens its line of the input: nothing but markup before it (a
/// Markdown link's bracket, emphasis). A piece that a cut parted from the words before it
/// ("Mr" / "_Enigmatic", of "By [Mr\_Enigmatic](…)") is the end of a name, not a name.
fn opens_its_line(doc: &Doc, at: CardAt) -> bool {
    let CardAt::Line(span) = at else {
        return true;
    };
    let before = doc.src.get(..span.start).unwrap_or_default();
    let line = &before[before.rfind('\n').map_or(0, |k| k + 1)..];
    !line.chars().any(crate::text::is_alphanumeric)
}

/// A Q&A site's "asked Mar 26, 2019 at 16:18" over its asker's card.
static ASKED_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^asked (?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)(?: at \d{1,2}:\d{2})?$")
        .expect("asked regex")
});

/// A card's lines between the name and when the poster joined: counts, a rank.
static CARD_LINE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?i:(?:posts|messages|threads|replies|reputation|points|likes)\s*:?\s*[\d,.]+[kK]?|topic author|original poster|op|thread starter|.*\b(?:member|moderator|admin|administrator|owner|poster|newbie|veteran|contributor|user|enthusiast|guru|staff))$")
        .expect("card line regex")
});

/// A thread's header under its starter's name: when, perhaps how long ago, and in which forum
/// ("ColdJ" / "June 14, 2024 1 yr in Kerbal Network", "By thanosmano," / "April 18, 2024 in
/// Princess Cruises"; as a page's Markdown writes it, the age glued to the year and the forum's
/// name a link: "June 14, 20241 yr in" / "Kerbal Network").
static STARTED_IN_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^{DATE}(?:\s*\d{{1,3}}\s+(?i:yrs?|years?|mos?|months?|weeks?|days?|hours?))?\s+in(?:\s+\S|$)"
    ))
    .expect("started in regex")
});

/// The first post's header over its poster's name: when, and the post's number one
/// ("30th March 2025, 16:26 # 1 | Link" / "microfast", "11-29-2024, 09:03 AM #1" / "HOSTLAR").
static FIRST_POST_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\S.*\d{1,2}:\d{2}(?:\s*(?i:am|pm))?\s*#\s?1(?:\s*\|\s*(?i:link|permalink))?$")
        .expect("first post regex")
});

/// Posts whose drawn initial names their poster that [`card_poster`] reads at most.
const MAX_INITIAL_POSTS: usize = 8;

/// The poster of a thread's first post, or the asker of a Q&A site's question, from the cards
/// the site prints by each post, when no byline named anyone (the cards' lines may make one
/// block). In this order:
/// - the line after the first "asked DATE" ("asked Mar 26, 2019 at 16:18" / "user3080392" /
///   "193 1 1 silver badge");
/// - the line above the first card's "Joined: …" or "Registered: …", past its counts and rank
///   ("galitsyn" / "Posts: 138" / "Joined: 4. Jul 2012, 16:09");
/// - the line over the thread's header of when and in which forum it started ("ColdJ" / "June
///   14, 2024 1 yr in Kerbal Network", "By thanosmano," / "April 18, 2024 in Princess Cruises");
/// - the line under the first post's numbered header ("30th March 2025, 16:26 # 1 | Link" /
///   "microfast");
/// - on a forum that draws a letter for a poster with no picture, the first name over its
///   letter ("JosephF" / "J") or under its status ("J Offline" / "julian"), when two posts at
///   least show one or the post's text follows the first (a handle's), and a name of words is
///   not written in lower case elsewhere (a heading's words are: "Similar Items" / "S").
///
/// One pass over the lines, with the last few at hand.
fn card_poster(doc: &Doc) -> Option<MetaField> {
    let mut window: [(CardAt, &str); 5] = [(CardAt::Block(0), ""); 5];
    let (mut asked_next, mut after_asked) = (None, false);
    let (mut first_poster, mut after_first_post) = (None, false);
    let mut joined_name = None;
    let mut starter = None;
    let mut initials: Vec<(CardAt, &str)> = Vec::new();
    // Whether a post's text follows the first name over its letter, and the lines after the
    // letter still to look at for it.
    let (mut first_post_follows, mut post_lines_left) = (false, 0u8);
    // A dump's lines; a page's blocks (its elements' texts: a piece is a text node there).
    let html = doc.is_html_page();
    let dump_lines = doc
        .blocks
        .iter()
        .filter(|_| !html)
        .flat_map(|b| b.pieces.iter())
        .filter_map(|p| {
            let t = crate::text::trim_ws(doc.src.get(p.span.range())?);
            // A Markdown line as the page shows it: an avatar's image link is no line.
            let t = if doc.markdown {
                crate::rules::debris::shown_words(t)?
            } else {
                t
            };
            Some((CardAt::Line(p.span), t))
        });
    let page_blocks = doc
        .blocks
        .iter()
        .enumerate()
        .filter(|_| html)
        .map(|(i, b)| (CardAt::Block(i), crate::text::trim_ws(&b.plain)));
    let lines = dump_lines.chain(page_blocks).filter(|(_, t)| !t.is_empty());
    for (seen, (span, t)) in lines.enumerate() {
        // The lines before this one, nearest first.
        let before = |k: usize| (k <= seen.min(4) && k > 0).then(|| window[(seen - k) % 5]);
        if after_asked {
            asked_next = Some((span, t));
            after_asked = false;
        }
        if after_first_post {
            first_poster = Some((span, t));
            after_first_post = false;
        }
        if first_poster.is_none()
            && t.len() <= 60
            && (t.ends_with('1') || t.ends_with("Link") || t.ends_with("link"))
            && FIRST_POST_RE.is_match(t)
        {
            after_first_post = true;
        }
        if asked_next.is_none() && t.len() <= 40 && t.starts_with("asked ") && ASKED_RE.is_match(t)
        {
            after_asked = true;
        }
        if joined_name.is_none() && t.len() <= 60 && crate::rules::forum::is_joined_line(t) {
            joined_name = (1..=4)
                .filter_map(before)
                .find(|(_, l)| !(l.len() <= 40 && CARD_LINE_RE.is_match(l)));
        }
        if post_lines_left > 0 {
            post_lines_left -= 1;
            if crate::text::word_count(t) >= POST_MIN_WORDS {
                first_post_follows = true;
                post_lines_left = 0;
            }
        }
        // (Under a short line, a name's; a date opens with a digit or a month's name.)
        if starter.is_none()
            && t.len() <= 100
            && before(1).is_some_and(|(_, l)| l.len() <= 40)
            && t.as_bytes()
                .first()
                .is_some_and(|&c| c.is_ascii_digit() || b"JFMASONDjfmasond".contains(&c))
            && crate::text::has_ascii_digit(t.as_bytes())
            // (The forum's name may be a piece of its own: a Markdown link's words.)
            && (t.contains(" in ") || t.ends_with(" in"))
            && STARTED_IN_RE.is_match(t)
        {
            starter = before(1)
                .filter(|&(at, _)| opens_its_line(doc, at))
                .map(|(at, l)| {
                    let name = l.strip_prefix("By ").unwrap_or(l);
                    (at, name.strip_suffix(',').unwrap_or(name))
                });
        }
        if initials.len() < MAX_INITIAL_POSTS {
            let before_count = initials.len();
            let mut letters = t.chars();
            let letter = letters.next().filter(|_| letters.next().is_none());
            // "JosephF" / "J": this line is the letter of the one before.
            if let (Some(c), Some((pspan, prev))) = (letter, before(1)) {
                if prev.len() <= 40
                    && prev
                        .chars()
                        .next()
                        .is_some_and(|p| p.is_alphabetic() && p.to_uppercase().eq([c]))
                {
                    initials.push((pspan, prev));
                }
            }
            // "J Offline" / "julian": the line before gives this one's letter and status.
            if let Some((_, prev)) = before(1) {
                let status = prev
                    .strip_suffix(" Offline")
                    .or_else(|| prev.strip_suffix(" Online"));
                if let Some(ini) = status.filter(|i| i.chars().count() == 1) {
                    let own = t.chars().next().filter(|c| c.is_alphabetic());
                    if t.len() <= 40
                        && !(t.ends_with(" Offline") || t.ends_with(" Online"))
                        && own.is_some_and(|c| c.to_uppercase().eq(ini.chars()))
                    {
                        initials.push((span, t));
                    }
                }
            }
            if before_count == 0 && initials.len() == 1 {
                post_lines_left = 2;
            }
        }
        window[seen % 5] = (span, t);
    }
    let mut langs = None;
    if let Some(f) = asked_next.and_then(|(span, t)| card_name(doc, span, t, &mut langs)) {
        return Some(f);
    }
    if let Some(f) = joined_name.and_then(|(span, t)| card_name(doc, span, t, &mut langs)) {
        return Some(f);
    }
    if let Some(f) = starter.and_then(|(span, t)| card_name(doc, span, t, &mut langs)) {
        return Some(f);
    }
    if let Some(f) = first_poster.and_then(|(span, t)| card_name(doc, span, t, &mut langs)) {
        return Some(f);
    }
    // One letter alone may be a heading's ("Similar Items" / "S"); a handle over its letter
    // with the post's text under it is a thread's only post ("JosephF" / "J" / "I have a quite
    // old JVC RS2 in my basement…").
    let alone = initials.first().is_some_and(|(_, t)| !t.contains(' ')) && first_post_follows;
    let mut posts = initials
        .into_iter()
        .enumerate()
        .filter_map(|(k, (span, t))| {
            card_name(doc, span, t, &mut langs)
                .filter(|_| !t.contains(' ') || !doc.used_in_lower_case(t))
                .map(|f| (k, f))
        });
    let first = posts.next();
    first
        .filter(|&(k, _)| (alone && k == 0) || posts.next().is_some())
        .map(|(_, f)| f)
}

/// Words of the line under a poster's letter that make it the post's text.
const POST_MIN_WORDS: usize = 8;

/// The first two words of a name, lower-cased.
fn name_key(name: &str) -> String {
    let two: Vec<&str> = name.split_whitespace().take(2).collect();
    alnum_lower(&two.join(" "))
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
    "founded",
    "co-founded",
    "cofounded",
    "started",
    "teaches",
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
const MAX_BIO_WORDS: usize = 200;
/// The article's prose has begun at the first block of this many words: an author box above it
/// (a tooltip that the dump shows before the headline's paragraph) is the page's, not the
/// article's.
const HEAD_PROSE_WORDS: usize = 30;
/// An author's biography above the article runs to two sentences or so ("Jane Doe is a staff
/// writer covering… She lives in…"): a shorter line that starts with the name may be the
/// article's own introduction of its writer ("Jane Doe is a staff writer, and this is her
/// report…").
const HEAD_BIO_MIN_WORDS: usize = 25;
/// An aside between the author's name and the verb of the biography ("Jane Doe (@janedoe) is…",
/// "Jane Doe, MD, is…") has at most this many words.
const MAX_NAME_ASIDE_WORDS: usize = 6;

/// Headers of an author box: "About the author", "The author".
static ABOUT_AUTHOR_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:(?:about|meet) )?the (?:authors?|writers?|contributors?)\W*$")
        .expect("author box header")
});

/// The names in an author field of a name or more ("Craig Randall, Alli Miles", "Jane Doe and
/// John Roe"): each of two words or more, since one word alone is too common at a line's start.
fn author_names(field: &str) -> Vec<&str> {
    field
        .split([',', ';', '&', '|'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|n| n.len() >= 4 && n.contains(' ') && n.split_whitespace().count() <= 4)
        .collect()
}

/// Titles a name may take in a biography's opening ("Dr. Jane Doe is…").
const HONORIFICS: &[&str] = &[
    "Dr. ",
    "Dr ",
    "Prof. ",
    "Professor ",
    "Mr. ",
    "Mrs. ",
    "Ms. ",
];

/// The length of the title that opens `t`, if any ([`HONORIFICS`]), else 0.
fn honorific_len(t: &str) -> usize {
    if !matches!(t.as_bytes().first(), Some(b'D' | b'P' | b'M')) {
        return 0;
    }
    HONORIFICS
        .iter()
        .find(|h| t.starts_with(*h))
        .map_or(0, |h| h.len())
}

/// Whether `t` starts with `name` (in any ASCII case) as whole words, and the length taken.
fn starts_with_name(t: &str, name: &str) -> Option<usize> {
    let head = t.get(..name.len())?;
    let after = t[name.len()..].chars().next();
    (head.eq_ignore_ascii_case(name) && !after.is_some_and(char::is_alphanumeric))
        .then_some(name.len())
}

/// Whether the word after `len` bytes of `t` opens a biography ([`BIO_VERBS`]), past a short
/// aside after the name: a handle or title in brackets ("Jane Doe (@janedoe) is…") or between
/// commas ("Jane Doe, MD, is…"). A name followed by a relative clause ("Jane Doe, who chaired
/// the committee, welcomed…") is no biography's opening: its verb is not one of them.
fn bio_verb_after(t: &str, len: usize) -> bool {
    let Some(mut rest) = t.get(len..) else {
        return false;
    };
    let trimmed = rest.trim_start();
    let aside_end = match trimmed.as_bytes().first() {
        Some(b'(') => trimmed.find(')'),
        Some(b',') => trimmed[1..].find(',').map(|e| e + 1),
        _ => None,
    };
    if let Some(end) = aside_end {
        let aside = &trimmed[1..end];
        let relative = aside
            .split_whitespace()
            .next()
            .is_some_and(|w| ["who", "whose", "whom", "which", "that"].contains(&w));
        if !relative && aside.split_whitespace().count() <= MAX_NAME_ASIDE_WORDS {
            rest = &trimmed[end + 1..];
        }
    }
    rest.split_whitespace().next().is_some_and(|w| {
        let w = w
            .trim_matches(|c: char| !crate::text::is_alphanumeric(c))
            .to_lowercase();
        BIO_VERBS.contains(&w.as_str())
    })
}

/// An author's greeting that opens the author box: "Hi, I'm Jane Doe, and I cover…".
static SELF_INTRO_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?i:(?:hi|hello|hey)\W{0,3}\s*)?(?i:i['’]m|i am|my name is) ")
        .expect("self intro")
});

/// The words that open a biography's next sentences ("She lives in Leeds…", "His work…").
const BIO_PRONOUNS: &[&str] = &[
    "he", "she", "they", "his", "her", "their", "he's", "she's", "they're",
];

/// The pronouns of one person, which a company's pitch does not use of itself.
const PERSON_PRONOUNS: &[&str] = &["he", "she", "his", "her", "him"];

/// Words of an author field that name a team or a company rather than a person.
const ORG_NAME_WORDS: &[&str] = &[
    "team",
    "staff",
    "editorial",
    "editors",
    "official",
    "desk",
    "newsroom",
    "group",
    "inc",
    "llc",
    "ltd",
    "company",
    "media",
    "press",
    "studio",
    "agency",
];

/// A biography's lines after its first, at the end of the article, have at most this many...
const MAX_BIO_TAIL_LINES: usize = 3;

/// After the middle of the article, a block that starts with the author's name and a verb of
/// biography, or a link line to the author's other posts, is the author box. Above the article's
/// first paragraph, a biography of a person (he, she) of two sentences or so is one too: the
/// author's tooltip, which many a dump shows over the headline's paragraph. So are the line
/// with the name alone and an "About the author" header right before the biography, and an
/// author's greeting with the full name ("Hi, I'm Jane Doe, and I cover…"). In the last quarter,
/// the author's first name will do ("Jane is a staff writer…"). A biography that ends the article
/// takes with it the few short lines after it that go on telling of the author ("He's a Google
/// Ads expert…"). The authors are those of the metadata (a byline, or the page's markup; each of
/// several); `rule` names the removal (`byline.author-bio` in a text dump, `html.author-bio` in a
/// page). After the article's middle, the first name, the greeting and the lines after the
/// biography count only `late`, once the rules of context have judged the article's end: a
/// biography that goes early no longer marks where the article ends, and the lines before it
/// would be taken for the page's tail. Above the article the first name counts early too, so
/// that the rules of context judge the page's head as a second pass will.
///
/// `above`: whether the biography above the article is looked for too. Not once the rules of
/// context have run for the last time: what they left above it would be the page's head to a
/// second pass.
pub(crate) fn remove_author_bio(
    doc: &mut Doc,
    rule: &'static Rule,
    late: bool,
    above: bool,
) -> bool {
    let headed = late && remove_headed_bio(doc, rule);
    remove_named_bio(doc, rule, late, above) || headed
}

/// An author box that heads itself, whoever the byline names or when none was found: an "About
/// the author" header ([`ABOUT_AUTHOR_RE`]), perhaps a line with the name alone, then a
/// biography that opens with a capitalised name of up to four words (a title allowed: "Dr. Jane
/// Doe") and a verb of biography ([`BIO_VERBS`]), or with a greeting ("I'm an Icelandic
/// folklorist…"); and at most [`MAX_BIO_TAIL_LINES`] kept lines after it, since the box closes
/// the article. Run once the article's end is known.
fn remove_headed_bio(doc: &mut Doc, rule: &'static Rule) -> bool {
    // The header is among the last few kept lines: the biography, perhaps the name, and the
    // lines after it follow. (Taken from the end: most of the document is not looked at.)
    let mut kept: Vec<usize> = (0..doc.blocks.len())
        .rev()
        .filter(|&i| doc.blocks[i].is_kept())
        .take(MAX_BIO_TAIL_LINES + 3)
        .collect();
    kept.reverse();
    let n = kept.len();
    for k in 0..n {
        let header = doc.blocks[kept[k]].plain.trim();
        if header.len() > 40 || !ABOUT_AUTHOR_RE.is_match(header) {
            continue;
        }
        let mut j = k + 1;
        if j < n && crate::text::collapsed_word_count(&doc.blocks[kept[j]].plain) <= 4 {
            j += 1;
        }
        let Some(&bio) = kept.get(j) else {
            return false;
        };
        let t = doc.blocks[bio].plain.trim();
        let words = crate::text::collapsed_word_count(t);
        if n - j - 1 > MAX_BIO_TAIL_LINES
            || !(HEADED_BIO_MIN_WORDS..=MAX_BIO_WORDS).contains(&words)
            || !(opens_with_named_bio(t) || SELF_INTRO_RE.is_match(t))
        {
            return false;
        }
        for &i in &kept[k..=j] {
            doc.remove(i, rule, None);
        }
        return true;
    }
    false
}

/// A headed biography has at least this many words: a sentence about someone.
const HEADED_BIO_MIN_WORDS: usize = 8;

/// Does `t` open with a capitalised name of one to four words (after a title, [`HONORIFICS`])
/// and a verb of biography after it ("Dr. Ehsan Jazini is a board-certified…")?
fn opens_with_named_bio(t: &str) -> bool {
    let mut len = honorific_len(t);
    for _ in 0..4 {
        let rest = &t[len..];
        let word_len = rest.find(' ').unwrap_or(rest.len());
        let word = &rest[..word_len];
        if !word.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        // The name so far, and the verb after it.
        if bio_verb_after(t, len + word_len) {
            return true;
        }
        len += word_len + usize::from(word_len < rest.len());
        if len >= t.len() {
            break;
        }
    }
    false
}

/// [`remove_author_bio`] by the author's names of the metadata.
fn remove_named_bio(doc: &mut Doc, rule: &'static Rule, late: bool, above: bool) -> bool {
    let Some(field) = doc
        .metadata
        .author
        .as_ref()
        .map(|a| a.value.trim().to_string())
    else {
        return false;
    };
    let names = author_names(&field);
    // An author field of one word ("Lauren") is a first name only.
    let one_word = (!field.contains(char::is_whitespace)).then_some(field.as_str());
    if names.is_empty() && one_word.is_none() {
        return false;
    }
    let names_norm: Vec<String> = names.iter().map(|n| alnum_lower(n)).collect();
    // A first name is a person's: capitalised, with lower-case letters after ("QCY", "DianaHR"
    // and "Recharged Editorial Team" are brands, and their "first name" opens their pitch).
    let first_names: Vec<&str> = (names.iter().copied().chain(one_word))
        .filter(|n| {
            !n.split_whitespace()
                .any(|w| ORG_NAME_WORDS.contains(&w.to_lowercase().as_str()))
        })
        .filter_map(|n| n.split_whitespace().next())
        .filter(|f| {
            // ("Jean-Luc": each part of a double name so.)
            let person_like = |part: &str| {
                let mut chars = part.chars();
                chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
            };
            f.chars().count() >= 3 && f.split('-').all(person_like)
        })
        .collect();
    let is_name_line = |t: &str| {
        let norm = alnum_lower(t);
        names_norm.contains(&norm)
    };
    let kept = doc.kept();
    let total: usize = kept.iter().map(|&i| doc.blocks[i].plain.len()).sum();
    let mut seen = 0usize;
    let mut box_lines = Vec::new();
    // Each biography's text, and the position among the kept lines of its last copy found.
    let mut bio_at: HashMap<&str, usize> = HashMap::new();
    // No paragraph of prose yet: the lines above the article, where an author box shows too.
    let mut in_head = above;
    for (k, &i) in kept.iter().enumerate() {
        let b = &doc.blocks[i];
        seen += b.plain.len();
        let head = in_head && seen * 2 < total;
        if head {
            // (A block's plain text is collapsed: its spaces count its words.)
            in_head = crate::text::collapsed_word_count(&b.plain) < HEAD_PROSE_WORDS;
        } else if seen * 2 < total {
            continue;
        }
        let t = b.plain.trim();
        // A biography starts with the author's name (or a greeting), and a posts link with the
        // first letter of one of POSTS_BY, which only that ASCII letter lower-cases to: most
        // lines are neither, and are not counted or lower-cased.
        // (After a title the name may take, "Dr. Jane Doe is…", unless the author's field has
        // it too.)
        let titled = honorific_len(t);
        let untitled = &t[titled..];
        let named = names
            .iter()
            .find_map(|n| starts_with_name(t, n))
            .or_else(|| {
                (head || late && seen * 4 >= total * 3)
                    .then(|| first_names.iter().find_map(|f| starts_with_name(t, f)))
                    .flatten()
            })
            .or_else(|| {
                let named = names.iter().find_map(|n| starts_with_name(untitled, n));
                (titled > 0)
                    .then_some(named)
                    .flatten()
                    .map(|len| titled + len)
            });
        // (A greeting opens with "Hi", "Hello", "Hey", "I" or "My": the pattern only then.)
        let greets = late
            && !head
            && t.len() > 6
            && matches!(t.as_bytes()[0], b'H' | b'h' | b'I' | b'i' | b'M' | b'm')
            && SELF_INTRO_RE.is_match(t);
        let may_be_posts = t.as_bytes().first().is_some_and(|c| {
            POSTS_BY
                .iter()
                .any(|p| p.as_bytes()[0] == c.to_ascii_lowercase())
        });
        if named.is_none() && !may_be_posts && !greets {
            continue;
        }
        // (A block's plain text is collapsed: its spaces count its words.)
        let words = crate::text::collapsed_word_count(&b.plain);
        if words > MAX_BIO_WORDS {
            continue;
        }
        let introduced = greets && {
            let rest = SELF_INTRO_RE.find(t).map_or("", |m| &t[m.end()..]);
            names.iter().any(|n| starts_with_name(rest, n).is_some())
        };
        // A one-word author may be a brand's name, and its line the company's pitch ("Budlong
        // is dedicated to…"): its biography speaks of him or her too.
        // Above the article, where a company's pitch opens many a page, a person's biography
        // must say so in every case.
        let of_person = || {
            (!head && one_word.is_none_or(|w| !t.starts_with(w)))
                || t.split(|c: char| !c.is_alphabetic())
                    .any(|w| PERSON_PRONOUNS.contains(&w.to_lowercase().as_str()))
        };
        let bio = ((named.is_some_and(|len| bio_verb_after(t, len)) && of_person()) || introduced)
            && words >= if head { HEAD_BIO_MIN_WORDS } else { 5 };
        // Lower-cased only for a line short enough to be the posts link.
        let posts = !head && may_be_posts && words <= 10 && {
            let lower = t.to_lowercase();
            POSTS_BY.iter().any(|p| {
                lower
                    .strip_prefix(p)
                    .is_some_and(|rest| names_norm.contains(&alnum_lower(rest)))
            })
        };
        if bio || posts {
            box_lines.push(i);
        }
        if bio {
            // The box's name line and header just before the biography.
            let mut j = k;
            if j > 0 && is_name_line(&doc.blocks[kept[j - 1]].plain) {
                j -= 1;
                box_lines.push(kept[j]);
            }
            if j > 0 && ABOUT_AUTHOR_RE.is_match(doc.blocks[kept[j - 1]].plain.trim()) {
                box_lines.push(kept[j - 1]);
            }
            // The same biography in the first half too, where the page showed the author box
            // over the article as well: a copy of the biography is the biography. (Its copies
            // above it are gathered after the loop, once for all biographies: a page that
            // repeats its biography a thousand times is not read a thousand times.)
            bio_at.insert(t, k);
        }
    }
    if !bio_at.is_empty() {
        box_lines.extend(kept.iter().enumerate().filter_map(|(k, &e)| {
            let found = bio_at.get(doc.blocks[e].plain.trim())?;
            (k < *found).then_some(e)
        }));
    }
    box_lines.sort_unstable();
    box_lines.dedup();
    if late {
        box_lines.extend(bio_tail(doc, rule, &box_lines, &first_names));
    }
    let cut = !box_lines.is_empty();
    for i in box_lines {
        doc.remove(i, rule, None);
    }
    cut
}

/// The few short lines that end the article right after its author's biography, the first of
/// which goes on telling of the author ("He's a Google Ads expert…", "Jane also writes…"): the
/// rest of the biography, which the page split into lines.
fn bio_tail(doc: &Doc, rule: &'static Rule, found: &[usize], first_names: &[&str]) -> Vec<usize> {
    // The last biography line, found now (`found` is in order) or by an earlier pass.
    let removed_before = doc
        .blocks
        .iter()
        .rposition(|b| matches!(b.state, State::Removed { rule: r, .. } if std::ptr::eq(r, rule)));
    let Some(last_bio) = found.last().copied().max(removed_before) else {
        return Vec::new();
    };
    // (No line of `found` comes after the last.)
    let after: Vec<usize> = (last_bio + 1..doc.blocks.len())
        .filter(|&i| matches!(doc.blocks[i].state, State::Kept))
        .filter(|&i| !doc.blocks[i].plain.trim().is_empty())
        .collect();
    if after.is_empty()
        || after.len() > MAX_BIO_TAIL_LINES
        || after
            .iter()
            .any(|&i| crate::text::collapsed_word_count(&doc.blocks[i].plain) > MAX_BIO_WORDS)
    {
        return Vec::new();
    }
    let first = doc.blocks[after[0]].plain.trim();
    let opener = first
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .replace('’', "'");
    let tells_of_author = BIO_PRONOUNS.contains(&opener.to_lowercase().as_str())
        || first_names
            .iter()
            .any(|f| starts_with_name(first, f).is_some());
    if tells_of_author {
        after
    } else {
        Vec::new()
    }
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&LABEL_RE);
    Lazy::force(&AUTHOR_RE);
    Lazy::force(&DATED_RE);
    Lazy::force(&AUTHOR_ASCII_RE);
    Lazy::force(&DATED_ASCII_RE);
    Lazy::force(&LABEL_PREFIXES);
    Lazy::force(&ABOUT_AUTHOR_RE);
    Lazy::force(&SELF_INTRO_RE);
    Lazy::force(&DATED_BY_RE);
    Lazy::force(&DATE_FIRST_RE);
    Lazy::force(&DATE_RE);
    Lazy::force(&POSTER_RE);
    Lazy::force(&POSTER_NAME_RE);
    Lazy::force(&POST_TIME_RE);
    Lazy::force(&ASKED_RE);
    Lazy::force(&STARTED_IN_RE);
    Lazy::force(&FIRST_POST_RE);
    Lazy::force(&CARD_LINE_RE);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every date label is a date label in any case, with its colon: none is ruled out by the
    /// look at the first byte.
    #[test]
    fn every_date_label_passes_the_first_byte() {
        for l in DATE_LABELS {
            for t in [
                l.to_string(),
                l.to_uppercase(),
                format!("{l}:"),
                format!("{l} :"),
            ] {
                assert!(is_date_label(&t), "{t:?}");
            }
        }
        assert!(!is_date_label("Updates"));
        assert!(!is_date_label(""));
    }

    /// The late look finds the name on the date's line inside a block of several lines (the
    /// front end joined them), reports it with that line's span, and leaves the block kept.
    #[test]
    fn bylines_in_other_scripts() {
        for (line, name) in [
            // Chinese, Japanese and Korean: the label before the name and set apart from it,
            // or after it.
            ("记者 王晓明", "王晓明"),
            ("本报记者 李华", "李华"),
            ("作者：张伟", "张伟"),
            ("文／山田太郎", "山田太郎"),
            ("文・山田 太郎", "山田 太郎"),
            ("홍길동 기자", "홍길동"),
            ("山田太郎記者", "山田太郎"),
            ("记者 王晓明、李华", "王晓明"),
            // Hebrew, Arabic, Greek, Thai.
            ("מאת דנה כהן", "דנה כהן"),
            ("بقلم أحمد علي", "أحمد علي"),
            ("Του Γιώργου Παπαδόπουλου", "Γιώργου Παπαδόπουλου"),
            ("Γράφει ο Νίκος Δήμου", "Νίκος Δήμου"),
            ("โดย สมชาย ใจดี", "สมชาย ใจดี"),
        ] {
            let m = author_name(line).unwrap_or_else(|| panic!("{line:?}"));
            assert_eq!(&line[m], name, "{line:?}");
        }
        for line in [
            "文化",
            "作者简介",
            "记者会见在北京举行，市长回答了提问。",
            "记者",
            "上海地铁新线路正式开通 沿线居民出行更便捷",
            "Τουρκία και Ελλάδα",
            "Του χρόνου θα ξαναπάμε στη θάλασσα",
            "מאת 2024 ועד היום, העירייה בנתה שלוש ספריות חדשות בעיר.",
            "Της Παναγίας",
        ] {
            assert!(author_name(line).is_none(), "{line:?}");
        }
    }

    #[test]
    fn name_on_a_dated_line_inside_a_joined_block() {
        use crate::model::ByteSpan;
        let src = "A standfirst that says what the post is about, in one sentence.\nDecember 15, 2025 · 30 min · 6279 words · Ash Vardanian\nTable of Contents";
        let lines: Vec<ByteSpan> = {
            let mut at = 0;
            src.split('\n')
                .map(|l| {
                    let s = ByteSpan::new(at, at + l.len());
                    at += l.len() + 1;
                    s
                })
                .collect()
        };
        let block = crate::doc::Block::from_spans(src, &lines);
        let mut doc = Doc::new(src, vec![block]);
        let date_at = src.find("December").unwrap();
        doc.metadata.date = Some(MetaField {
            value: "December 15, 2025".into(),
            span: ByteSpan::new(date_at, date_at + 17),
            rule: crate::rules::meta::DATE_IN_LINE.id,
            normalized: None,
        });
        let rs = Ruleset::new(Tier::Balanced, &[]);
        apply_name_by_date_late(&mut doc, &rs);
        let author = doc.metadata.author.expect("the name on the dated line");
        assert_eq!(author.value, "Ash Vardanian");
        assert_eq!(&src[author.span.range()], "Ash Vardanian");
        assert_eq!(author.rule, NAME.id);
        assert!(doc.blocks[0].is_kept());
    }

    #[test]
    fn date_labels_and_times_before_a_date() {
        assert_eq!(
            strip_date_label("Patrick Clarke Published 10:19am"),
            "Patrick Clarke"
        );
        assert_eq!(strip_date_label("Jane Doe Updated:"), "Jane Doe");
        assert_eq!(
            strip_date_label("Jane Doe last updated 9:00 PM"),
            "Jane Doe"
        );
        // Nothing else is cut.
        assert_eq!(strip_date_label("Tom Talbot"), "Tom Talbot");
        assert_eq!(strip_date_label("Unpublished"), "Unpublished");
        assert!(verb_label("Posted by Colin Watson on 2025-12-18."));
        assert!(!verb_label("By Tuesday the river had risen."));
        assert!(!verb_label("Posted on May 2 by Jane"));
    }

    /// The one scan finds the separator each search found first.
    #[test]
    fn name_end_is_the_first_separator() {
        let lines = crate::text::prefilter_test_lines(&[
            "Jane Doe, chef",
            "Jane Doe | Staff",
            "Jane  Doe - May 2",
            "Jane Doe – x, y",
            "A — B • C · D",
            ",",
            " ",
            "é , x",
        ]);
        for t in &lines {
            let searched = NAME_SEPARATORS
                .iter()
                .filter_map(|sep| t.find(sep))
                .min()
                .unwrap_or(t.len());
            assert_eq!(name_end(t), searched, "{t:?}");
        }
    }

    /// The time's colon is in every line [`POSTER_RE`] matches.
    fn assert_time_colon_in_every_poster_line(lines: &[String]) -> usize {
        let mut matched = 0;
        for l in lines {
            let t = crate::text::trim_ws(l);
            if POSTER_RE.is_match(t) {
                assert!(has_time_colon(t), "{t:?}");
                matched += 1;
            }
        }
        matched
    }

    #[test]
    fn posters_have_a_time_colon() {
        let matched =
            assert_time_colon_in_every_poster_line(&crate::text::prefilter_test_lines(&[
                "jdoe Jan 5, 2024 at 10:30 AM",
                "Jane Doe (Moderator) 5 Jan 2024, 10:30 pm #3",
                "jdoe Jan 5, 2024 ١٠:٣٠",
                "jdoe Jan 5, 2024 10:٣٠",
                "jdoe Jan 5, 2024 ١:30",
                "Jane: Jan 5, 2024",
            ]));
        assert!(matched >= 4, "{matched}");
    }

    #[test]
    #[ignore = "reads the WCXB dumps"]
    fn posters_have_a_time_colon_on_every_dump_line() {
        assert_time_colon_in_every_poster_line(&crate::text::every_dump_line());
    }

    /// The ASCII forms of the byline patterns capture the names the Unicode ones capture, on
    /// lines with signs, dashes, quotes, accented letters and other spaces.
    #[test]
    fn ascii_byline_patterns_capture_the_same_names() {
        let lines = crate::text::prefilter_test_lines(&[
            "By Jane O’Brien | May 2, 2024",
            "By Jane Doe • Staff writer",
            "By Jane Doe · Reuters",
            "By Jane Doe – Reuters",
            "By Jane Doe — Reuters",
            "Author: Zoë Smith",
            "By Zoe Smith and Ólafur Arnalds",
            "By JANE DOE, Reuters",
            "Posted by Kevin \u{212A}elvin on May 2, 2024",
            "By Jane\u{a0}Doe",
            "By Jane Doe » May 2, 2024",
            "By Jane Doe ● 5 min read",
            "Written by Jane van der Berg Published: Jan 29, 2025",
            "By Jane Doe 4 Comments",
            "By Jane Doe in Politics",
            "By “Jane Doe”",
        ]);
        let name = |re: &Regex, l: &str| {
            re.captures(l)
                .and_then(|c| c.name("name"))
                .map(|m| m.range())
        };
        let mut named = 0;
        for l in &lines {
            let want = name(&AUTHOR_RE, l);
            assert_eq!(name_group(&AUTHOR_ASCII_RE, &AUTHOR_RE, l), want, "{l:?}");
            named += usize::from(want.is_some());
            let want = name(&DATED_RE, l);
            assert_eq!(name_group(&DATED_ASCII_RE, &DATED_RE, l), want, "{l:?}");
            named += usize::from(want.is_some());
        }
        assert!(named >= 12, "{named}");
    }

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
            // The ASCII forms capture the same names.
            let dated = name_group(&DATED_ASCII_RE, &DATED_RE, l);
            assert_eq!(dated, name(&DATED_RE, l), "{l:?}");
            let author = name_group(&AUTHOR_ASCII_RE, &AUTHOR_RE, l);
            assert_eq!(author, name(&AUTHOR_RE, l), "{l:?}");
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
            ("Contributors: Janet Loughrey", "Janet Loughrey"),
            ("Contributed by Anna Berg", "Anna Berg"),
        ] {
            assert_eq!(author(line).as_deref(), Some(name), "{line:?}");
        }
        for line in [
            "Contributors to this report include three of our staff.",
            "Contributors",
        ] {
            assert_eq!(author(line), None, "{line:?}");
        }
    }

    #[test]
    fn the_writer_in_a_line_of_credits() {
        let writer = |t: &str| credits_writer(t).map(|m| t[m].to_string());
        assert_eq!(
            writer("Medically reviewed by Kim Rose-Francis RDN, CDCES, LD — Written by Jillian Kubala, MS, RD — Updated on March 7, 2025").as_deref(),
            Some("Jillian Kubala, MS, RD")
        );
        assert_eq!(
            writer("Fact checked by Jane Roe | By John Smith | May 2, 2024").as_deref(),
            Some("John Smith")
        );
        for line in [
            "Classic II by MVMT — Clean Men’s Watches in Moon Silver",
            "Stand by Me — By the River",
            "By Jane Roe — Written by John Smith",
            "Reviewed by Jane Roe",
        ] {
            assert_eq!(writer(line), None, "{line:?}");
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
    fn thread_starters() {
        for (line, name) in [
            ("Thread starter felixen", "felixen"),
            ("Thread starter sean_g", "sean_g"),
            ("Thread Starter: Chris Hall", "Chris Hall"),
        ] {
            assert_eq!(author(line).as_deref(), Some(name), "{line:?}");
        }
        assert_eq!(author("Thread starter of the year, he said"), None);
    }

    #[test]
    fn post_headers() {
        let name = |t: &str| {
            POSTER_RE
                .captures(t)
                .and_then(|c| c.name("name"))
                .map(|m| m.as_str().to_string())
        };
        for (line, want) in [
            ("DaleJack September 5, 2024, 11:15pm 1", "DaleJack"),
            ("amondale (Amondale) November 8, 2024, 7:33pm 1", "amondale"),
            ("hayley.p 2 May 2025 18:48 1", "hayley.p"),
            ("Pepper Pot Jun 7, 2017 at 8:28 pm", "Pepper Pot"),
        ] {
            assert_eq!(name(line).as_deref(), Some(want), "{line:?}");
        }
        for line in [
            "The meeting ran from 9:00 to 11:15pm",
            "Updated September 5, 2024",
            "We left on September 5, 2024 and came back.",
        ] {
            assert_eq!(name(line), None, "{line:?}");
        }
    }

    #[test]
    fn a_date_before_the_byline() {
        for (line, name, date) in [
            ("June 26, 2018 by Alex Haley", "Alex Haley", "June 26, 2018"),
            (
                "Posted on July 1, 2024 by Ann Lee - 5 Comments",
                "Ann Lee",
                "July 1, 2024",
            ),
            (
                "Last Updated on April 8, 2024 by Amanda Brooks",
                "Amanda Brooks",
                "April 8, 2024",
            ),
            (
                "May 21, 2025 April 24, 2025 by The Ritualist",
                "The Ritualist",
                "May 21, 2025",
            ),
            // A handle in parentheses after the name, and the comments' count after a dash.
            (
                "Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on Do you need 14 USB ports?",
                "Jean-Luc Aufranc",
                "December 20, 2025",
            ),
        ] {
            let (m, d) = dated_by(line).expect(line);
            assert_eq!((&line[m], &line[d]), (name, date), "{line:?}");
        }
        for line in [
            "June 26, 2018 by the river, the town held its fair.",
            "In 2018 by Alex Haley",
            "by Alex Haley",
        ] {
            assert_eq!(dated_by(line), None, "{line:?}");
        }
    }

    #[test]
    fn bylines_with_a_category_or_dash() {
        for (line, name) in [
            ("By MixmasterFred in Workshop Woodworking", "MixmasterFred"),
            (
                "by Natalia Keogan in Festivals & Events on Dec 17, 2025",
                "Natalia Keogan",
            ),
            ("By Dr. Vahid Osman - Mar 27, 2024", "Dr. Vahid Osman"),
            (
                "By Jean-Luc Aufranc (CNXSoft) - 5 Comments",
                "Jean-Luc Aufranc",
            ),
            ("Posted by Jane Doe (@janedoe)", "Jane Doe"),
        ] {
            assert_eq!(author(line).as_deref(), Some(name), "{line:?}");
        }
        // A shop's credits of a book: its author, not the page's.
        for line in [
            "by James Clear (Author)",
            "by Jane Doe (Illustrator), John Roe (Author)",
        ] {
            assert_eq!(author(line), None, "{line:?}");
        }
    }

    #[test]
    fn names_on_a_line_of_their_own() {
        let name =
            |t: &str, min| name_in_line(t, min, &Langs::Known(u16::MAX)).map(|m| t[m].to_string());
        for (line, want) in [
            ("Andrew King", "Andrew King"),
            ("Mike Marshall, Shipping Expert", "Mike Marshall"),
            ("Dylan Bailey, MS, RD, FAND", "Dylan Bailey"),
            ("Genevieve Carlton, Ph.D.", "Genevieve Carlton"),
            ("The Investopedia Team", "The Investopedia Team"),
            ("Ludwig van Beethoven | Composer", "Ludwig van Beethoven"),
        ] {
            assert_eq!(name(line, 2).as_deref(), Some(want), "{line:?}");
        }
        for line in [
            "Andrew King, the chef, said the menu changes every week.",
            "Table of Contents",
            "Read More",
            "Top 10 Picks",
            "By Industry",
            "Use Case",
            "Gender & Age",
            "How It Works",
            "Kicks",
        ] {
            assert_eq!(name(line, 2), None, "{line:?}");
        }
        assert_eq!(name("Gabo", 1).as_deref(), Some("Gabo"));
        assert_eq!(name("CP", 1), None);
    }

    #[test]
    fn filter_menus_and_time_words_name_no_one() {
        for name in [
            "Use Case",
            "Industry",
            "Company Size",
            "Gender & Age",
            "Matière",
            "Tuesday",
            "On",
        ] {
            assert!(names_no_one(name), "{name:?}");
        }
        for name in [
            "Jane Doe",
            "The Investopedia Team",
            "Our Editors",
            "Summer Swann",
            "April Fulton",
        ] {
            assert!(!names_no_one(name), "{name:?}");
        }
    }

    #[test]
    fn words_in_lower_case_elsewhere() {
        let src =
            "Order now and save. Follow us on social media (instagram).\nhttps://x.com/andrew-king";
        assert!(used_in_lower_case(src, "Order Now"));
        assert!(used_in_lower_case(src, "Social Media"));
        assert!(used_in_lower_case(src, "Instagram"));
        // A slug or an address is not a word of the text.
        assert!(!used_in_lower_case(src, "Andrew King"));
    }

    #[test]
    fn reviewers_and_editors_are_not_the_author() {
        assert!(names_someone_else("Reviewed by Jane Doe"));
        assert!(names_someone_else("Edited by: Kristina Zagame"));
        assert!(!names_someone_else("Written by Jane Doe"));
        assert!(!names_someone_else("Ré"));
    }

    #[test]
    fn doubled_and_article_labels() {
        assert_eq!(
            author("Written by by Rebecca MacFarlane").as_deref(),
            Some("Rebecca MacFarlane")
        );
        assert!(LABEL_RE.is_match("Article by"));
        assert!(LABEL_RE.is_match("Article written by:"));
        assert!(names_someone_else("Article reviewed by:"));
        assert_eq!(author("By by the river we sat down."), None);
        assert!(!LABEL_RE.is_match("Article by article, the case grew."));
    }

    #[test]
    fn a_date_and_by_on_two_lines_of_a_block() {
        // A block's lines are joined by a space in its plain text.
        let line = "June 26, 2018 by Alex Haley";
        let (m, d) = dated_by(line).expect(line);
        assert_eq!((&line[m], &line[d]), ("Alex Haley", "June 26, 2018"));
        assert_eq!(
            dated_by("June 26, 2018 by the river, the fair opened."),
            None
        );
    }

    #[test]
    fn every_honorific_passes_the_first_byte() {
        for h in HONORIFICS {
            assert_eq!(honorific_len(&format!("{h}Jane Doe is")), h.len(), "{h}");
        }
        assert_eq!(honorific_len("Drawing is fun"), 0);
    }

    #[test]
    fn a_team_is_named_by_its_other_words() {
        let src = "Our team of writers and the editorial staff check every page.";
        assert!(!used_in_lower_case(src, "The Investopedia Team"));
        assert!(!used_in_lower_case(src, "Podium Staff"));
        assert!(used_in_lower_case(src, "Our Team"));
        assert!(used_in_lower_case(src, "Editorial Staff"));
    }

    #[test]
    fn names_with_a_date_on_their_line() {
        let name = |t: &str| name_with_date(t, &Langs::Known(u16::MAX)).map(|m| t[m].to_string());
        for (line, want) in [
            ("Tom Talbot October 14, 2025", "Tom Talbot"),
            ("Susan December 9, 2024 0 Comments", "Susan"),
            ("Faith Katunga • Oct 20, 2025", "Faith Katunga"),
            ("Dec 17, 2025 Julian K. Arni", "Julian K. Arni"),
            (
                "September 1, 2016 September 8, 2016 Autumn Adams",
                "Autumn Adams",
            ),
            ("Matt Eland on Dec. 13, 2025", "Matt Eland"),
            (
                "December 15, 2025 · 30 min · 6279 words · Ash Vardanian",
                "Ash Vardanian",
            ),
            (
                "Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group",
                "Niko Matsakis",
            ),
            (
                "David Hartshorne • Updated on Jul 4, 2024 • 28 min read",
                "David Hartshorne",
            ),
            (
                "12/19/2025 • Friday Philosophy • David Gordon",
                "David Gordon",
            ),
        ] {
            assert_eq!(name(line).as_deref(), Some(want), "{line:?}");
        }
        for line in [
            "Updated December 9, 2024",
            "Posted December 9, 2024",
            "Fri, 6 Mar 2026",
            "On October 14, 2025 the board voted to close the plant.",
            "Tom Talbot said on October 14, 2025 that the plant would close.",
            "Dec 17, 2025 Read More",
            "Table of Contents October 14, 2025",
            "Visual Studio Community – Free IDE and Developer Tools 2025-12-08",
            "Dec 3, 2025 • 5 min read • Politics",
        ] {
            assert_eq!(name(line), None, "{line:?}");
        }
    }

    /// The author a whole text dump reports.
    fn dump_author(s: &str) -> Option<String> {
        let doc = crate::Cleaner::default()
            .clean(crate::Input::text(s))
            .expect("clean");
        doc.metadata.author.map(|a| a.value)
    }

    /// The headline said first in the page's header ("You are reading" / headline / "Search") and
    /// again over the article's byline: the name beside the date under the second is the author.
    #[test]
    fn the_name_under_the_headlines_second_copy_is_the_author() {
        const PROSE: &str = "December is a month for looking back at the garden, at what thrived and what did not, and for planning the beds of the coming spring with care.";
        // (The menu's teasers carry bylines of their own.)
        let menu: String = [
            "Garden Design",
            "A No-Knead Focaccia for Thanksgiving",
            "By Jane Smith",
            "How to Live in Harmony With Deer",
            "By Tom Brown",
            "Organized Home",
        ]
        .iter()
        .map(|m| format!("{m}\n"))
        .collect();
        let dump = format!("The Year in Gardening: Looking Back With Joy - Gardenista\n\n{menu}You are reading\nThe Year in Gardening: Looking Back With Joy\nSearch\nStart typing to search...\nSearch for:\nSearch\nAsk the Expert Issue\n\nThe Year in Gardening: Looking Back With Joy\n\nMelissa Ozawa December 18, 2025\n\n{PROSE}\n\n{PROSE} Here is the list.\n");
        assert_eq!(dump_author(&dump).as_deref(), Some("Melissa Ozawa"));
    }

    /// The writer's name alone above a reviewer's credit is the author; a job's title there, or
    /// an editor's credit, names no one.
    #[test]
    fn the_name_above_a_reviewers_credit_is_the_writer() {
        assert!(is_review_credit("Reviewed By: Mike Rebold, PhD, CSCS"));
        assert!(is_review_credit("Medically reviewed by Kim Rose"));
        assert!(is_review_credit("Fact-checked by Paul Rankin"));
        assert!(!is_review_credit("Edited by Marie White"));
        assert!(!is_review_credit("Written by Jane Doe"));
        const PROSE: &str = "Tutoring online has grown quickly, and the platforms differ in what they charge, whom they hire and how they match a student with a tutor.";
        let page = |above: &str| {
            format!("15 Best Online Tutoring Platforms\n\n{above}\n\nreviewed by Jo-ann Caballes\n\nUpdated on November 18, 2025\n\n{PROSE}\n\n{PROSE} Prices vary.\n")
        };
        assert_eq!(
            dump_author(&page("Yaren Fadiloglulari")).as_deref(),
            Some("Yaren Fadiloglulari")
        );
        assert_eq!(dump_author(&page("Staff Writer")), None);
    }

    #[test]
    fn community_labels() {
        for t in [
            "r/technology •",
            "Go to technology r/technology •",
            "r/Cooking • 2 yr. ago",
            "r/BuyItForLife•",
        ] {
            assert!(ends_with_community_label(t), "{t:?}");
        }
        for t in [
            "r/technology",
            "Posted to r/technology • by a friend of mine",
            "war/peace •",
            "r/a •",
            "r/Cooking • yesterday, when the stew burnt",
        ] {
            assert!(!ends_with_community_label(t), "{t:?}");
        }
    }

    /// A thread's header in a dump of Reddit names the poster under the community's label; a
    /// label followed by a sentence names no one.
    #[test]
    fn the_handle_under_a_community_label_is_the_poster() {
        const POST: &str = "My grandmother's enamelled cast iron pan has a dark stain on the bottom that no amount of scrubbing shifts, and I would like to know whether it is still safe to cook in it.";
        let dump = format!("Skip to main content\n\nGo to Cooking\nr/Cooking •\nEuroStepJam\n\nEnameled Cast Iron Pan and Metal\n\n{POST}\n\nShare\n");
        assert_eq!(dump_author(&dump).as_deref(), Some("EuroStepJam"));
        let dump =
            format!("Go to Cooking\nr/Cooking •\nWhat a stew this was, friends.\n\n{POST}\n");
        assert_eq!(dump_author(&dump), None);
    }

    #[test]
    fn related_posts_bylines_far_below_leave_the_name_by_the_date() {
        let head = "Top Nutrition Trends for Fall | Scratch Kitchen\n\nHome\n\nTop Nutrition Trends for Fall\n\nAndrew King\n\nSeptember 4, 2025\n\n";
        let para = "Fall is not just pumpkin spice season: it is also a time when nutrition and wellness trends take center stage for athletes and busy professionals alike.\n\n";
        let related = "Related posts\n\nWritten by Mary Stone\n\nWritten by Tom Reed\n\n";
        let far = format!("{head}{}{related}", para.repeat(30));
        assert_eq!(dump_author(&far).as_deref(), Some("Andrew King"));
        // A listing's bylines right under its headline: the first card's name is no author.
        let near = format!("{head}{related}{}", para.repeat(30));
        assert_eq!(dump_author(&near), None);
    }

    /// A thread's first post header as a page's Markdown parts it: the name on the line over
    /// the date and time. A reply's header on one line further down does not win over it; a
    /// name over a date with no time, or a heading over a post's time, is no poster.
    #[test]
    fn posters_over_their_post_time() {
        let post = "I am just getting back in to using Docker after a few years away, so I find myself lost in its networking again.";
        let reply =
            "Depends on the kind of network you use, and on whether the containers share one.";
        let page = |header: &str| {
            format!(
                "# [Confusing resolver structure](/t/confusing-resolver-structure/144854)\n\n\
                 [Docker Desktop](/c/docker-desktop/48)\n\n{header}\n\n{post}\n\n\
                 [rimelek](https://forums.docker.com/u/rimelek) (Ákos Takács) November 8, 2024, 8:42pm 2\n\n{reply}\n"
            )
        };
        let two_lines = page("[amondale](https://forums.docker.com/u/amondale) (Amondale)\n\nNovember 8, 2024, 7:33pm 1");
        assert_eq!(dump_author(&two_lines).as_deref(), Some("amondale"));
        let one_line = page("[amondale](https://forums.docker.com/u/amondale) (Amondale) November 8, 2024, 7:33pm 1");
        assert_eq!(dump_author(&one_line).as_deref(), Some("amondale"));
        // Without a time, the date is no post's header: the reply's header names its poster.
        let no_time =
            page("[amondale](https://forums.docker.com/u/amondale) (Amondale)\n\nNovember 8, 2024");
        assert_eq!(dump_author(&no_time).as_deref(), Some("rimelek"));
        let name = |t: &str| {
            POSTER_NAME_RE
                .captures(t)
                .and_then(|c| c.name("name"))
                .map(|m| m.as_str().to_string())
        };
        assert_eq!(name("amondale (Amondale)").as_deref(), Some("amondale"));
        assert_eq!(name("Pepper Pot").as_deref(), Some("Pepper Pot"));
        assert_eq!(name("What does the -h command do?"), None);
        for t in [
            "November 8, 2024, 7:33pm 1",
            "2 May 2025 18:48",
            "· 03/03/2026 19:44",
            "Jun 7, 2017 at 8:28 pm",
        ] {
            assert!(POST_TIME_RE.is_match(t), "{t:?}");
        }
        for t in [
            "November 8, 2024",
            "The meeting ran from 9:00 to 11:15pm",
            "03/03/2026 19:44 by Ann",
        ] {
            assert!(!POST_TIME_RE.is_match(t), "{t:?}");
        }
    }

    /// A Q&A site's card as a page's Markdown writes it: "asked …", then the asker's avatar as
    /// an image link, then the name as a link. The card reads as the page shows it: the
    /// avatar's line is no line, and the link's words are the name.
    #[test]
    fn a_questions_asker_in_markdown() {
        let question = "I have a script that reads a log file and prints every line that matches, but it stops after the first error, and I do not know why.";
        let page = |card: &str| {
            format!(
                "# [Why does my script stop?](/questions/1/why)\n\n{question}\n\n\
                 [Share](/q/1)\n\nasked Aug 5, 2016 at 4:16\n\n{card}\n\n7,073 15 gold badges\n"
            )
        };
        let card = "[![ewok's user avatar](https://i.sstatic.net/ELlln.png?s=64)](/users/91120/ewok)\n\n[ewok](/users/91120/ewok)";
        assert_eq!(dump_author(&page(card)).as_deref(), Some("ewok"));
        // The rendered text: the name alone under "asked".
        let text = format!("Why does my script stop?\n\n{question}\n\nShare\n\nasked Aug 5, 2016 at 4:16\n\newok\n\n7,073 15 gold badges\n");
        assert_eq!(dump_author(&text).as_deref(), Some("ewok"));
        assert_eq!(
            crate::rules::debris::shown_words("[ewok](/users/91120/ewok)"),
            Some("ewok")
        );
        assert_eq!(
            crate::rules::debris::shown_words("[![avatar](https://x.example/a.png)](/users/1/a)"),
            None
        );
        assert_eq!(
            crate::rules::debris::shown_words("See [the docs](/docs) first"),
            Some("See [the docs](/docs) first")
        );
    }

    /// A thread's starter over its header as a page's Markdown writes them: the avatar's image
    /// link, the name as a link, the age glued to the year and the forum's name a link. A name
    /// that an escape's cut parts ("Mr" / "_Enigmatic") is not taken by its end.
    #[test]
    fn thread_starters_in_markdown() {
        let post = "I have been thinking about what happens to all the craft files and mods if the forum goes away one day, so I made a list.";
        let page = |name: &str| {
            format!(
                "# [If the forum comes to an end soon.](/topic/1)\n\n\
                 [![avatar](//media.example/a.jpg)](https://f.example/profile/211123-x/ \"Go to the profile\")\n\n\
                 {name}\n\nJune 14, 20241 yr in [Kerbal Network](https://f.example/forum/46-kerbal-network/)\n\n{post}\n"
            )
        };
        let linked =
            page("[ColdJ](https://f.example/profile/211123-coldj/ \"Go to ColdJ's profile\")");
        assert_eq!(dump_author(&linked).as_deref(), Some("ColdJ"));
        let escaped = page("**By [Mr\\_Enigmatic](https://f.example/profile/1-mr_enigmatic/)**");
        assert_ne!(dump_author(&escaped).as_deref(), Some("_Enigmatic"));
    }

    /// A forum that draws a poster's initial where a picture would be: the first handle over its
    /// letter is the poster when two posts show one, or when the post's text follows it; a
    /// heading over a letter ("Similar threads" / "S") names no one.
    #[test]
    fn posters_over_their_drawn_initial() {
        let post = "I have a quite old projector in my basement home theater that has been a wonderful projector for years.";
        let head = "Replacement Projector Recommendations | Projector Forum\n\nForums\n\nReplacement Projector Recommendations\n\n";
        let one = format!("{head}JosephF\nJ\n{post}\n\nReply Quote Like\n");
        assert_eq!(dump_author(&one).as_deref(), Some("JosephF"));
        let two = format!("{head}JosephF\nJ\n{post}\n\nRichard239\nR\nThanks.\n");
        assert_eq!(dump_author(&two).as_deref(), Some("JosephF"));
        let no_post = format!("{head}{post}\n\nJosephF\nJ\nReply\n");
        assert_eq!(dump_author(&no_post), None);
        let heading = format!("{head}{post}\n\nSimilar threads\nS\n{post}\n");
        assert_eq!(dump_author(&heading), None);
    }

    /// A thread's header names its starter over when and in which forum it was started; a
    /// sentence that says where something happened does not.
    #[test]
    fn thread_starters_over_their_forum() {
        let post = "I have a quite old projector in my basement home theater that has been a wonderful projector for years.";
        let head = "Replacement Projector Recommendations | Projector Forum\n\nReplacement Projector Recommendations\n\n";
        let page = |header: &str| format!("{head}{header}\n\n{post}\n");
        assert_eq!(
            dump_author(&page("ColdJ\nJune 14, 2024 1 yr in Kerbal Network")).as_deref(),
            Some("ColdJ")
        );
        assert_eq!(
            dump_author(&page("By thanosmano,\nApril 18, 2024 in Princess Cruises")).as_deref(),
            Some("thanosmano")
        );
        assert_eq!(
            dump_author(&page(
                "The council met.\nJune 14, 2024 in the town hall, with all members present."
            )),
            None
        );
        // The first post's number in its header, the poster's name under it.
        assert_eq!(
            dump_author(&page(
                "30th March 2025, 16:26 # 1 | Link\nmicrofast\nRegistered User"
            ))
            .as_deref(),
            Some("microfast")
        );
    }

    /// With no byline, the author box names the author: a name over a biography that opens with
    /// it and a role. Boxes of two people are a team's; a product over what it is is no one.
    #[test]
    fn author_boxes_name_the_author() {
        let para = "Email marketing is still the channel that pays back best for small shops, and the numbers from this year show why it keeps growing.\n\n";
        let page = |tail: &str| {
            format!(
                "Email Marketing Trends for 2026 | Growth Blog\n\nBlog\n\nEmail Marketing Trends for 2026\n\n{}{tail}",
                para.repeat(12)
            )
        };
        let box_of = |name: &str, bio: &str| format!("{name}\n{bio}\n\n");
        let lauren = box_of(
            "Lauren Vetter",
            "Lauren Vetter is a growth-focused marketing professional who writes about email.",
        );
        assert_eq!(
            dump_author(&page(&lauren)).as_deref(),
            Some("Lauren Vetter")
        );
        let maria = box_of(
            "Maria Mathioudaki",
            "Maria is a growth analyst specializing in SEM and data analytics.",
        );
        assert_eq!(
            dump_author(&page(&maria)).as_deref(),
            Some("Maria Mathioudaki")
        );
        assert_eq!(dump_author(&page(&format!("{lauren}{maria}"))), None);
        let product = box_of(
            "Power Mailer",
            "Power Mailer is a tool for marketing teams that sends and tracks campaigns.",
        );
        assert_eq!(dump_author(&page(&product)), None);
        // The box under the article leaves the body, as a biography does when the author was
        // found by the head; the article stays whole.
        let boxed = page(
            "Lauren Vetter\n\nLauren Vetter is a growth-focused marketing professional who writes \
             about email.\n",
        );
        let doc = crate::clean(&boxed);
        assert_eq!(
            doc.metadata.author.map(|a| a.value).as_deref(),
            Some("Lauren Vetter")
        );
        assert!(!doc.body.contains("Lauren Vetter"), "{}", doc.body);
        assert_eq!(doc.body.matches("Email marketing is still").count(), 1);
        assert!(doc.removals.iter().any(|r| r.rule == BIO.id));
    }

    /// The author box over the article is the box after it: its copy at the top goes too, and
    /// the article's own opening stays.
    #[test]
    fn the_biography_over_the_article_goes_with_its_copy_after_it() {
        let bio = "Elaine Chen covers biotech and co-hosts the weekly podcast of the paper.";
        let dump = format!(
            "By Elaine Chen\n\n{bio}\n\nThe committee published its findings on Monday, and the \
             report runs to more than two hundred pages of evidence gathered over three years.\n\n\
             Members of the public will be able to comment on the proposals until the end of \
             April, the chair said.\n\nThe chair declined to comment on the findings before the \
             vote in May, and no date has been set for it.\n\n{bio}"
        );
        let doc = crate::clean(&dump);
        assert!(!doc.body.contains("Elaine Chen covers"), "{}", doc.body);
        assert_eq!(doc.removals.iter().filter(|r| r.rule == BIO.id).count(), 2);
        assert!(
            doc.body.starts_with("The committee published"),
            "{}",
            doc.body
        );
    }

    /// Every copy of the biography above its last goes, however many: they are gathered once
    /// for all the biographies found (a page that repeats its box a thousand times was read a
    /// thousand times, in time quadratic in its length).
    #[test]
    fn every_copy_of_a_repeated_biography_goes() {
        let bio = "Elaine Chen covers biotech and co-hosts the weekly podcast of the paper.";
        let para = "The committee published its findings on Monday, and the report runs to more \
                    than two hundred pages of evidence gathered over three years.\n\n";
        let dump = format!(
            "By Elaine Chen\n\n{bio}\n\n{}{bio}\n\n{}{bio}\n\n{}{bio}",
            para.repeat(3),
            para.replace("Monday", "Tuesday"),
            para.replace("Monday", "Friday")
        );
        let doc = crate::clean(&dump);
        assert!(!doc.body.contains("Elaine Chen covers"), "{}", doc.body);
        assert!(
            doc.body.contains("published its findings on Friday"),
            "{}",
            doc.body
        );
    }

    /// A team's name is a byline between the headline and the date, or under a byline's label,
    /// though its words are common ones; a topic's in the same place is not.
    #[test]
    fn team_bylines() {
        let para = "Smart thermostats learn when the house is empty and turn the heating down, and the team measured how much that saves in a year.\n\n";
        let page = |byline: &str| {
            format!(
                "Do Smart Thermostats Save Money? | Home Services\n\nServices\n\nDo Smart Thermostats Save Money?\n\n{byline}\n\n{}Our team and our staff answer the phone all day; connect at home or change the date of a visit online.\n",
                para.repeat(12)
            )
        };
        assert_eq!(
            dump_author(&page("Home Connect Team\n\nApril 18, 2025")).as_deref(),
            Some("Home Connect Team")
        );
        assert_eq!(
            dump_author(&page("Written by\n\nHome Connect Team")).as_deref(),
            Some("Home Connect Team")
        );
        assert_eq!(dump_author(&page("Climate Change\n\nApril 18, 2025")), None);
    }

    /// A "By" line beside the date or under the headline names the author even when its name
    /// is a handle or a team's; a label with the date where the name should be names no one, and
    /// a "By" sentence in the article is prose.
    #[test]
    fn loose_bylines_beside_the_date() {
        let para = "The award season is a good moment to look back at a year of student work, and this year the school had much to show for it.\n\n";
        let page = |byline: &str| {
            format!(
                "Nineteen Honors at the Design Awards | School News\n\nNews\n\nNineteen Honors at the Design Awards\n\nDecember 19, 2025\n\n{byline}\n\n{}",
                para.repeat(12)
            )
        };
        assert_eq!(dump_author(&page("by ibby")).as_deref(), Some("ibby"));
        assert_eq!(
            dump_author(&page("By Mr_Enigmatic")).as_deref(),
            Some("Mr_Enigmatic")
        );
        assert_eq!(
            dump_author(&page("By the Lavazza Team 2–3 minutes")).as_deref(),
            Some("the Lavazza Team")
        );
        assert_eq!(
            dump_author(&page("Written By Feb 11, 2019 · 3 min read")),
            None
        );
        assert_eq!(loose_byline("By then, it was over."), None);
        assert_eq!(loose_byline("By 3i Global"), Some(3..12));
        assert_eq!(loose_byline("By thanosmano,"), Some(3..13));
    }

    #[test]
    fn byline_shapes_with_a_date_or_bullets() {
        assert_eq!(
            author("By Shivya Nath 12th February 2025").as_deref(),
            Some("Shivya Nath")
        );
        assert_eq!(
            author("by Meaghan Weeden ● December 23, 2025 ● 6 min read").as_deref(),
            Some("Meaghan Weeden")
        );
        assert_eq!(author("By 12 March the river had risen."), None);
    }

    #[test]
    fn lists_of_names() {
        assert_eq!(
            author("Written by Danielle DeSiato, Donna Enzmann, and Natalie Nguyen").as_deref(),
            Some("Danielle DeSiato, Donna Enzmann, and Natalie Nguyen")
        );
        assert_eq!(
            author("Written by Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen")
                .as_deref(),
            Some("Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen")
        );
        // Seven capitalised words with no list in them are a title, not a name.
        assert_eq!(author("By The Time We Got To Phoenix Arizona"), None);
    }

    #[test]
    fn names_without_their_roles() {
        for (line, name) in [
            (
                "by Daniel Burstein, Senior Director, Content & Marketing, MarketingSherpa",
                "Daniel Burstein",
            ),
            (
                "By Gabby Boucher In Budget Travel, Travel Tips",
                "Gabby Boucher",
            ),
            ("By Claire Wilson, Co-Founder & COO", "Claire Wilson"),
            (
                "By Paul Frew, Home and Digital Security Expert & Gene Petrino",
                "Paul Frew",
            ),
            ("By Jane Doe Senior Writer", "Jane Doe"),
            ("By Resy Staff", "Resy Staff"),
            ("By Ann Lee and Sam Park", "Ann Lee and Sam Park"),
            ("By Ana de la Cruz", "Ana de la Cruz"),
        ] {
            assert_eq!(author(line).as_deref(), Some(name), "{line}");
        }
        assert_eq!(author("By Senior Writer"), None);
    }

    #[test]
    fn thread_headers() {
        for (line, name) in [
            (
                "Discussion in ' Hosting Advice ' started by pelex, May 26, 2025.",
                "pelex",
            ),
            (
                "Started by Biology Forums, June 04, 2024, 11:23:55 AM",
                "Biology Forums",
            ),
            ("Started by Greg Bernhardt", "Greg Bernhardt"),
            ("submitted 17 hours ago by InsaneSnow45", "InsaneSnow45"),
        ] {
            let m = started_by(line).expect(line);
            assert_eq!(&line[m], name, "{line}");
        }
        for line in [
            "Started by the council in 1998, the fund now pays for every school trip.",
            "As a beginner, start by choosing easy vegetables that are also productive.",
            "So first, let's get started by answering the most frequently asked questions.",
            "Submitted by students of the class of 2024",
            "Discussion in the House started by a question from the opposition, on Monday.",
        ] {
            assert_eq!(started_by(line), None, "{line}");
        }
    }

    #[test]
    fn names_may_hold_other_languages_stopwords_and_initials() {
        let nl = 1
            << crate::stopwords::LANGS
                .iter()
                .position(|l| *l == "nl")
                .unwrap_or(0);
        // On an English page, Dutch "dan" and "ben" are names' words; on a Dutch page they are
        // its own words. English ones never are a name's ("About Us").
        assert_eq!(
            name_in_line("Dan Davies", 1, &Langs::Known(ENGLISH)),
            Some(0..10)
        );
        assert_eq!(
            name_in_line("Ben Nadel", 1, &Langs::Known(ENGLISH)),
            Some(0..9)
        );
        assert_eq!(
            name_in_line("Dan Davies", 1, &Langs::Known(ENGLISH | nl)),
            None
        );
        assert_eq!(name_in_line("About Us", 1, &Langs::Known(ENGLISH)), None);
        assert_eq!(
            name_in_line("Jeffrey A. Slotnick", 2, &Langs::Known(ENGLISH)),
            Some(0..19)
        );
        assert_eq!(name_in_line("A Guide", 2, &Langs::Known(ENGLISH)), None);
    }

    /// On an English page a byline's name may hold another language's function words (Dutch and
    /// Indonesian "dan", Dutch "ben"), after "By" or under a "Written by" label alike; a filter's
    /// English words still name no one.
    #[test]
    fn bylines_of_names_with_other_languages_function_words() {
        let body = "The committee published its findings on Monday, and the report runs to more \
                    than two hundred pages of evidence gathered over three years.\n\nMembers of \
                    the public will be able to comment on the proposals until the end of April, \
                    the chair said.";
        let page = |byline: &str| format!("Council sets out the budget\n\n{byline}\n\n{body}");
        assert_eq!(
            dump_author(&page("By Dan Smith")).as_deref(),
            Some("Dan Smith")
        );
        assert_eq!(
            dump_author(&page("Written by\n\nBen Nadel")).as_deref(),
            Some("Ben Nadel")
        );
        assert_eq!(dump_author(&page("By Use Case")), None);
    }

    #[test]
    fn a_name_over_its_role() {
        let para = "This year's top workout trends included getting back to basics, with walking and strength training leading what people searched for most.\n\n";
        let page = format!("The workout trends that defined 2025 | TODAY\n\nThe workout trends that defined 2025\n\nNicoletta Richardson\n\nTrending Editor\n\n{}", para.repeat(20));
        assert_eq!(dump_author(&page).as_deref(), Some("Nicoletta Richardson"));
        // A team's page: every member has a role.
        let team = "Meet the team | Example News\n\nMeet the team\n\nAnna Berg\n\nManaging Editor\n\nTom Reed\n\nStaff Writer\n\nLi Wei\n\nData Analyst\n\n";
        assert_eq!(dump_author(&format!("{team}{}", para.repeat(20))), None);
        assert!(is_role_line("Marketing Operations Analyst"));
        assert!(!is_role_line("The editor said the paper would close."));
    }

    #[test]
    fn label_kinds() {
        assert_eq!(label_word("Published by Helvetiq", 13), "published");
        assert_eq!(label_word("Written by Jane Doe", 11), "by");
        assert_eq!(label_word("June 26, 2018 by Alex Haley", 17), "by");
        assert_eq!(label_word("Author:", 7), "by");
    }

    #[test]
    fn bylines_of_other_shapes_or_filters_do_not_crowd_the_author() {
        let para = "Board games had a strong year, with cooperative designs and short two-player games leading the sales of small publishers across the country.\n\n";
        // The games' publishers under the article's byline, a byline of three lines, and a filter
        // menu far above the byline.
        let games = "Published by Helvetiq\n\nPublished by Happy Camper Games\n\n";
        let page = format!(
            "The Best Games of the Year\n\nby Matt Miller on Dec 16, 2025 at 11:00 AM\n\n{games}{}",
            para.repeat(20)
        );
        assert_eq!(dump_author(&page).as_deref(), Some("Matt Miller"));
        let page = format!("Poland to Park City\n\nby Natalia Keogan\nin Festivals & Events\non Dec 17, 2025\n\n{}", para.repeat(20));
        assert_eq!(dump_author(&page).as_deref(), Some("Natalia Keogan"));
        let menu = "By Use Case\nBy Industry\nSolutions\nPricing\nPartners\nResources\nCustomers\nCompany\nCareers\nContact\nSupport\nLog in\n\n";
        let page = format!(
            "{menu}{}How to Send Large Video Files\n\nby Jim Donnelly | August 24, 2023\n\n{}",
            "Managed file transfer for every team.\n\n".repeat(4),
            para.repeat(20)
        );
        assert_eq!(dump_author(&page).as_deref(), Some("Jim Donnelly"));
        // A filter menu's names are no author.
        let filters = format!(
            "Shop\n\nBy Collection\n\nBy Weight\nUltra Lightweight Midweight Heavyweight\n\n{}",
            para.repeat(20)
        );
        assert_eq!(dump_author(&filters), None);
    }

    #[test]
    fn days_of_the_week() {
        assert!(is_weekday("fri") && is_weekday("wednesday") && is_weekday("tues"));
        assert!(!is_weekday("sunny") && !is_weekday("mo") && !is_weekday("frida"));
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
