//! The pitch a site appends below an article, once the article's edges are known: a question
//! that sells ("Have a project you'd like to discuss?", "Need help with your order?") with the
//! line that answers it ("Feel free to call or email us."), and the company's own blurb as the
//! last lines ("Acme is a full-service digital marketing agency...").

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use crate::text::{collapsed_word_count, trim_ws, word_count};
use once_cell::sync::Lazy;
use regex::Regex;

pub static TAIL_PITCH: Rule = Rule {
    id: "text.tail-pitch",
    layer: Layer::Text,
    why: "a sales pitch below the article's last paragraph: a question that sells (Need help with your project?) with the line that answers it, or the company's own blurb (Acme is a full-service agency...)",
    tier: Tier::Balanced,
};

/// A line of at least this many words is prose: the tail starts after the last one.
const PROSE_MIN_WORDS: usize = 30;

/// A pitch question has at most this many words.
const QUESTION_MAX_WORDS: usize = 16;

/// The line answering a pitch question has at most this many words.
const ANSWER_MAX_WORDS: usize = 40;

/// A pitch question whose answer passes for prose is one of the last this many kept lines...
const PITCH_LAST_LINES: usize = 4;
/// ... and its answer has at most this many words.
const LONG_ANSWER_MAX_WORDS: usize = 80;

/// The heading of such a pitch, right above its question, has at most this many words.
const PITCH_HEADING_MAX_WORDS: usize = 6;

/// The company's blurb is one of the last this many kept lines.
const BLURB_LAST_LINES: usize = 3;

/// A company's blurb has this many words at least and at most.
const BLURB_MIN_WORDS: usize = 8;
const BLURB_MAX_WORDS: usize = 150;

/// A question that sells: it opens with what the reader wants, needs or is ready for. ("Have
/// somebody had this issue?", a forum post, does not open so; nor does a question of the
/// article's own, "Are you new to hiking?")
static QUESTION_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:want|need|ready|looking\ for|have\ (?:a|an|any|more|other|unique|further|questions)|got\ (?:a|any|questions)|interested\ in|questions?|is\ your|still\ (?:have|not\ sure|looking|need))\b[^?]{0,90}\?\W*$",
    )
    .expect("pitch question pattern")
});

/// The answer to a pitch question speaks for the company or asks to be contacted.
static ANSWER_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:we|we['’](?:ll|re|d)|our|us|contact|call|e-?mail|get\ in\ touch|reach\ out|talk|free|demo|quote|consultation|today|sign\ up|subscribe)\b",
    )
    .expect("pitch answer pattern")
});

/// A company's blurb: a proper name (capitalised words, "of", "and", "for" between them, an
/// "LLC" or "Inc." after them) is a kind of company ("is a full-service digital marketing
/// agency", "is a non-profit organization"), the noun within a few words of the article. A
/// person's bio names a trade ("is a content writer at Acme") and stays.
static BLURB_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?:The )?[A-Z][\w.&'’-]*(?: (?:[A-Z&][\w.&'’-]*|of|and|for))*(?:,? (?:LLC|Inc\.?|Ltd\.?))?,? (?:is|are) (?:a|an|the)((?: [\w’'-]+,?){0,5}) (?i:company|agency|organi[sz]ation|firm|provider|leader|platform|institute|non-?profit|adviser|advisor|broker|publication|network|studio|consultancy|publisher|manufacturer|business|newsroom|group|corporation|retailer|marketplace|startup|charity|association|foundation|magazine|outlet|website|vendor|partnership|project)\b",
    )
    .expect("company blurb pattern")
});

/// A site's imprint, among the last lines too: who owns it or makes it ("Acme.com is owned and
/// operated by M2N Limited", "Playful Void is a production of Idle Cartulary", "This podcast is
/// a production of Acme Architects"). ("is published by", "is produced by" were left out: an
/// article's last lines say so of a book or a film.)
static IMPRINT_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b(?:is|are) (?:owned and operated by|a production of|a publication of|brought to you by)\b")
        .expect("imprint pattern")
});

pub(crate) fn is_pitch_question(t: &str) -> bool {
    t.contains('?') && word_count(t) <= QUESTION_MAX_WORDS && QUESTION_RE.is_match(t)
}

fn is_pitch_answer(t: &str) -> bool {
    !t.ends_with('?') && word_count(t) <= ANSWER_MAX_WORDS && ANSWER_RE.is_match(t)
}

/// Words that open a sentence with a common noun ("A CMS is a platform that...").
const NOT_A_NAME: &[&str] = &[
    "A", "An", "This", "That", "Our", "Your", "Its", "Each", "Every",
];

/// Words between the article and the kind of company that make the company a part of a
/// description ("is a critical part of a business") rather than what the subject is.
const NOT_A_KIND: &[&str] = &["of", "in", "for", "to", "with", "on", "at", "by"];

#[cfg(test)]
fn is_company_blurb(t: &str) -> bool {
    is_company_blurb_of(t, word_count(t))
}

/// `is_company_blurb` (the whole test, which the tests hold it to) of a line of `n` words (a
/// block's plain text: its spaces give them).
fn is_company_blurb_of(t: &str, n: usize) -> bool {
    // A line ending in a colon announces what follows it ("Following are the states of a
    // task:"), which a blurb, the page's last word, never does.
    if !(BLURB_MIN_WORDS..=BLURB_MAX_WORDS).contains(&n) || t.ends_with(':') {
        return false;
    }
    if IMPRINT_RE.is_match(t) {
        return true;
    }
    if t.split(' ').next().is_some_and(|w| NOT_A_NAME.contains(&w)) {
        return false;
    }
    has_blurb_verb(t)
        && BLURB_RE.captures(t).is_some_and(|c| {
            c.get(1).is_none_or(|m| {
                !m.as_str()
                    .split([' ', ','])
                    .any(|w| NOT_A_KIND.contains(&w))
            })
        })
}

/// The verb and article every match of [`BLURB_RE`] holds (case-sensitive there): most lines
/// have none and skip the pattern, whose Unicode `\b` sends a line with a character that is not
/// ASCII to the slower engines.
fn has_blurb_verb(t: &str) -> bool {
    let b = t.as_bytes();
    // Each starts with a space: the line's spaces are the only places to look (one pass, and
    // no searcher built for each of the four at every call).
    memchr::memchr_iter(b' ', b).any(|at| {
        let rest = &b[at..];
        [&b" is a"[..], b" is the", b" are a", b" are the"]
            .iter()
            .any(|v| rest.starts_with(v))
    })
}

/// Removes the pitch questions below the article, after its last line of prose, and the line
/// answering each. Judged last, with the buttons, once the region and the article's edges are
/// settled: the questions no longer move them (judged with the edges, they cut more prose than
/// pitch: F1 -0.23 over the WCXB dumps).
pub(crate) fn apply_questions(doc: &mut Doc, rs: &Ruleset) {
    if !on(doc, rs) {
        return;
    }
    let kept = doc.kept();
    let last_prose = kept
        .iter()
        .rposition(|&i| collapsed_word_count(&doc.blocks[i].plain) >= PROSE_MIN_WORDS);
    let mut cut = Vec::new();
    let mut after_question = false;
    for &i in kept.iter().skip(last_prose.map_or(0, |p| p + 1)) {
        let t = trim_ws(&doc.blocks[i].plain);
        if is_pitch_question(t) {
            cut.push(i);
            after_question = true;
            continue;
        }
        if after_question && is_pitch_answer(t) {
            cut.push(i);
        }
        after_question = false;
    }
    // The pitch may end the page with an answer long enough to pass for prose ("Ready to
    // start? Reserve your date at our venue…"): a question among the last lines, answered by
    // the next, with nothing long after them.
    let tail_from = kept.len().saturating_sub(PITCH_LAST_LINES);
    for k in tail_from..kept.len().saturating_sub(1) {
        // (A question after the last line of prose was judged above.)
        if last_prose.is_some_and(|p| k > p) {
            break;
        }
        let (q, a) = (kept[k], kept[k + 1]);
        let answer = trim_ws(&doc.blocks[a].plain);
        if is_pitch_question(trim_ws(&doc.blocks[q].plain))
            && !answer.ends_with('?')
            && collapsed_word_count(answer) <= LONG_ANSWER_MAX_WORDS
            && ANSWER_RE.is_match(answer)
            && kept[k + 2..]
                .iter()
                .all(|&i| collapsed_word_count(&doc.blocks[i].plain) < PROSE_MIN_WORDS)
        {
            cut.extend([q, a]);
            // And the pitch's own heading right above the question ("Start Planning Your
            // Event"), which would be left as the page's last line.
            if let Some(&h) = k.checked_sub(1).and_then(|j| kept.get(j)) {
                let heading = trim_ws(&doc.blocks[h].plain);
                if word_count(heading) <= PITCH_HEADING_MAX_WORDS
                    && !heading.ends_with(['.', '!', '?', ':', ';', ','])
                    && heading.chars().next().is_some_and(char::is_uppercase)
                    && !heading.bytes().any(|b| b.is_ascii_digit())
                {
                    cut.push(h);
                }
            }
            break;
        }
    }
    for i in cut {
        doc.remove(i, &TAIL_PITCH, None);
    }
}

/// Removes the company's blurb among the last few kept lines. Judged with the article's edges,
/// before the region is settled again: a long blurb kept the lines above it in the region, and
/// the clean body, cleaned again without it, lost them.
pub(crate) fn apply_blurb(doc: &mut Doc, rs: &Ruleset) -> bool {
    if !on(doc, rs) {
        return false;
    }
    let cut: Vec<usize> = doc
        .kept_iter()
        .rev()
        .take(BLURB_LAST_LINES)
        .filter(|&i| {
            let t = trim_ws(&doc.blocks[i].plain);
            is_company_blurb_of(t, collapsed_word_count(t))
        })
        .collect();
    for &i in &cut {
        doc.remove(i, &TAIL_PITCH, None);
    }
    !cut.is_empty()
}

/// A page's markup tells its pitch apart already (the HTML front end's sections and forms), and
/// the patterns cut more of its articles there than they saved (measured on the WCXB pages: F1
/// -0.25, with -9).
fn on(doc: &Doc, rs: &Ruleset) -> bool {
    rs.on(&TAIL_PITCH) && !doc.is_html_page()
}

/// Builds this module's patterns.
pub(crate) fn prepare() {
    Lazy::force(&QUESTION_RE);
    Lazy::force(&ANSWER_RE);
    Lazy::force(&BLURB_RE);
    Lazy::force(&IMPRINT_RE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pitch_questions() {
        for t in [
            "Have a project you’d like to discuss?",
            "Need help with your order?",
            "Ready to See Workzone in Action?",
            "Questions?",
            "Is Your Payroll Situation Less than Perfect?",
        ] {
            assert!(is_pitch_question(t), "{t}");
        }
        for t in [
            "Have somebody had this issue?",
            "Are you new to hiking?",
            "Need a new roof? Here is how to tell.",
            "Why does the dough rise overnight?",
        ] {
            assert!(!is_pitch_question(t), "{t}");
        }
    }

    #[test]
    fn company_blurbs() {
        for t in [
            "Thrive Internet Marketing Agency is a full-service digital marketing agency. Thrive offers affordable pricing.",
            "The Mises Institute is a non-profit organization that exists to promote teaching and research.",
            "Insight Wealth Strategies, LLC is a Registered Investment Adviser. Advisory services are only offered to clients.",
            "AVForums.com is owned and operated by M2N Limited, company number 03997482, registered in England and Wales.",
            "Playful Void is a production of Idle Cartulary. If you liked this article, please consider sharing it.",
            "This podcast is a production of Acme Architects. www.acme.example",
        ] {
            assert!(is_company_blurb(t), "{t}");
        }
        for t in [
            "Kelia Losa Reinoso is a content writer at Tastewise with more than five years of experience.",
            "In conclusion, data analysis is the cornerstone of informed decision-making in business.",
            "Twitter is where most of the discussion happened, and the company never answered it.",
            "A CMS is a platform that lets you store, manage, and publish dynamic content.",
            "PTO is a critical part of a business’ time and labor management practices.",
            "The novel is published by Faber and is out in paperback next month.",
            // Announces a table, whose "association" is no kind of company.
            "Following are the task entity and association states in ATF and their timestamp updates:",
        ] {
            assert!(!is_company_blurb(t), "{t}");
        }
    }

    /// A line [`BLURB_RE`] matches holds one of the verbs [`has_blurb_verb`] looks for.
    fn assert_blurb_verb_never_rules_out_a_match(lines: &[String]) -> usize {
        let mut matched = 0;
        for l in lines {
            let t = trim_ws(l);
            if BLURB_RE.is_match(t) {
                assert!(has_blurb_verb(t), "{t:?}");
                matched += 1;
            }
        }
        matched
    }

    #[test]
    fn blurb_verb_never_rules_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            "Acme is a company",
            "Acme, Inc. is an agency",
            "Acme Ltd, are the publisher",
            "Caf\u{e9} Cr\u{e8}me is a small business",
            "Acme\u{2019}s Shop is a retailer \u{2014} since 1990",
            "The Acme Group are a \u{17F}tartup",
            "Acme is a \u{212A}ompany",
            "Acme is  a company",
        ]);
        assert!(assert_blurb_verb_never_rules_out_a_match(&lines) >= 4);
    }

    /// The same over every line of the WCXB dev dumps (`cargo test -- --ignored`, with the data
    /// in `/work/shared`).
    #[test]
    #[ignore]
    fn blurb_verb_never_rules_out_a_match_on_every_dump() {
        assert!(assert_blurb_verb_never_rules_out_a_match(&crate::text::every_dump_line()) > 0);
    }
}
