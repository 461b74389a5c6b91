//! A plea for the reader's support, on its line among the article's: a donation, a sponsor, a
//! patron ("Please consider supporting my work:", "If you find Acme useful, please consider
//! becoming a sponsor.", "This story is funded by readers like you", "Help Keep Acme Free and
//! Independent", "You can buy me a coffee.").

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use crate::text::{trim_ws, word_count};
use once_cell::sync::Lazy;
use regex::Regex;

pub static SUPPORT_PITCH: Rule = Rule {
    id: "text.support-pitch",
    layer: Layer::Text,
    why: "a plea for the reader's support standing on its line: a donation, a sponsor or a patron (Please consider supporting our work, Buy me a coffee)",
    tier: Tier::Balanced,
};

/// A plea has at most this many words: in a longer paragraph the words are the article's.
const PITCH_MAX_WORDS: usize = 30;

/// The words of a plea. ("Please consider subscribing" is left out: a newsletter's pitch has its
/// own rules, and its words alone cut prose about newsletters.)
static PITCH_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)\b(?:
          please\ consider\ (?:becoming\ an?\ (?:sponsor|patron|member|supporter)|supporting|donating|making\ a\ donation)
        | funded\ by\ (?:readers|listeners|viewers)\ like\ you | reader-funded
        | support\ (?:us|our\ work|my\ work|independent\ journalism|our\ journalism)\ (?:on\ patreon|today|with\ a\ donation)
        | become\ a\ (?:patron|supporter)\b
        | keep\ [\w'’\ ]{1,30}\ free\ and\ independent
        | help\ me\ spread\ the\ word
        | buy\ me\ a\ coffee
        | reader-supported\ publication
        | receive\ new\ posts\ and\ support\ my\ work
        )",
    )
    .expect("support pitch pattern")
});

/// A word of every plea [`PITCH_RE`] takes, lower case: most lines hold none of them and are not
/// searched with the pattern.
const PITCH_CLUES: [&str; 7] = [
    "consider", "funded", "support", "patron", "free and", "spread", "coffee",
];

/// [`PITCH_CLUES`] searched at once.
static CLUES: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(PITCH_CLUES)
        .expect("support pitch clues")
});

/// The phrases of [`PITCH_RE`] as literals, lower case, and the two characters that are not
/// ASCII but match ASCII letters under the pattern's Unicode case folding (the Kelvin sign and
/// the long s; see `text::ascii_stand_in`). A line without those two characters that the
/// pattern matches holds a phrase (in any ASCII case), and every phrase holds a word of
/// [`PITCH_CLUES`]: so these rule out lines as the clues do, and nearly every line the clues let
/// on. The pattern (Unicode `\b` and `\w`, slow) then runs on nearly none.
const PITCH_PHRASES: [&str; 17] = [
    "please consider ",
    "funded by ",
    "reader-funded",
    "support us ",
    "support our work ",
    "support my work ",
    "support independent journalism ",
    "support our journalism ",
    "become a patron",
    "become a supporter",
    " free and independent",
    "help me spread the word",
    "buy me a coffee",
    "reader-supported publication",
    "receive new posts and support my work",
    "\u{212A}",
    "\u{17F}",
];

/// [`PITCH_PHRASES`] searched at once.
static PHRASES: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(PITCH_PHRASES)
        .expect("support pitch phrases")
});

/// [`PITCH_PHRASES`] for a case-sensitive search of lower-cased text: without case folding the
/// search runs its vector code many bytes a step (the automaton's search takes a byte a step,
/// since a phrase may start with a space).
static PHRASE_SEARCHER: Lazy<Option<aho_corasick::packed::Searcher>> =
    Lazy::new(|| aho_corasick::packed::Searcher::new(PHRASE_PARTS));

/// A part of each of [`PITCH_PHRASES`] that are ASCII, four bytes and more, chosen to start
/// with four bytes that few other words start with (the vector search's test of a place).
const PHRASE_PARTS: [&str; 14] = [
    "please consider ",
    "funded by ",
    "-funded",
    "support us ",
    "support our work ",
    "support my work ",
    "support independent journalism ",
    "support our journalism ",
    "become a ",
    "free and independent",
    "spread the word",
    "buy me a coffee",
    "-supported publication",
    "receive new posts",
];

#[cfg(test)]
fn is_support_pitch(t: &str) -> bool {
    !crate::text::surely_more_word_runs(t, PITCH_MAX_WORDS)
        && PHRASES.is_match(t)
        && is_pitch_with_phrase(t)
}

/// Whether a line known to hold a phrase and not surely too long is a plea: the rest of the
/// whole test (`is_support_pitch`, which the tests hold it to).
fn is_pitch_with_phrase(t: &str) -> bool {
    CLUES.is_match(t) && word_count(t) <= PITCH_MAX_WORDS && PITCH_RE.is_match(t)
}

/// Which of `texts` may hold a phrase of [`PHRASES`] (`None`: not asked, false): every text
/// that holds one, and the few that hold only a part of one ([`PHRASE_PARTS`]). One search over
/// all of them, lower-cased (ASCII, exactly the automaton's case folding: the phrases are lower
/// case or not ASCII) and joined by newlines, which no phrase holds: every text with a part has
/// a match of the leftmost-first search start in it. The two phrases that are not ASCII are
/// looked for on their own. Without a vector search on this machine, the automaton on each
/// text.
fn holding_phrases<'t>(texts: impl Iterator<Item = Option<&'t str>>) -> Vec<bool> {
    let Some(searcher) = &*PHRASE_SEARCHER else {
        return texts
            .map(|t| t.is_some_and(|t| PHRASES.is_match(t)))
            .collect();
    };
    let mut joined = Vec::new();
    // Where each text searched starts in `joined`, and its index.
    let mut starts = Vec::new();
    let mut n = 0;
    for (i, t) in texts.enumerate() {
        n = i + 1;
        if let Some(t) = t {
            starts.push((joined.len(), i));
            joined.extend_from_slice(t.as_bytes());
            joined.push(b'\n');
        }
    }
    joined.make_ascii_lowercase();
    let mut holding = vec![false; n];
    let mut mark = |at: usize| {
        let k = starts.partition_point(|&(s, _)| s <= at);
        if let Some(&(_, i)) = k.checked_sub(1).and_then(|k| starts.get(k)) {
            holding[i] = true;
        }
    };
    for m in searcher.find_iter(&joined) {
        mark(m.start());
    }
    for c in ["\u{212A}", "\u{17F}"] {
        for at in memchr::memmem::find_iter(&joined, c.as_bytes()) {
            mark(at);
        }
    }
    holding
}

/// Removes the pleas (`is_pitch_with_phrase`) among the kept lines. Judged last, with the buttons,
/// once the region and the article's edges are settled, so that the clean body, cleaned again,
/// keeps the same lines. (Removing a line leaves the others as they were, so the lines holding
/// a phrase are found first, all at once.)
pub(crate) fn apply(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&SUPPORT_PITCH) {
        return;
    }
    // A line of more words than a plea has is not searched: its spaces tell, as its text is
    // collapsed (this rule's own test of the words would rule it out anyway).
    let may = holding_phrases(doc.blocks.iter().map(|b| {
        let t = trim_ws(&b.plain);
        (b.is_kept() && !crate::text::collapsed_more_words_than(t, PITCH_MAX_WORDS)).then_some(t)
    }));
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if may.get(i) == Some(&true) && b.is_kept() && is_pitch_with_phrase(trim_ws(&b.plain)) {
            doc.remove(i, &SUPPORT_PITCH, None);
        }
    }
}

/// Builds this module's patterns.
pub(crate) fn prepare() {
    Lazy::force(&PITCH_RE);
    Lazy::force(&CLUES);
    Lazy::force(&PHRASES);
    Lazy::force(&PHRASE_SEARCHER);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clues_never_rule_out_a_plea() {
        for t in [
            "please consider donating",
            "Funded by listeners like you",
            "a reader-funded site",
            "Support our journalism today",
            "Become a supporter",
            "BECOME A PATRON",
            "Keep the Gazette free and independent",
            "help me spread the word",
            "Buy Me A Coffee",
            "Acme is a reader-supported publication.",
            "Thanks for reading! Subscribe for free to receive new posts and support my work.",
        ] {
            assert!(PITCH_RE.is_match(t), "{t}");
            assert!(CLUES.is_match(t), "{t}");
        }
    }

    /// What [`is_support_pitch`] decided with the clues alone, on every line.
    fn is_support_pitch_by_clues(t: &str) -> bool {
        !crate::text::surely_more_word_runs(t, PITCH_MAX_WORDS)
            && CLUES.is_match(t)
            && word_count(t) <= PITCH_MAX_WORDS
            && PITCH_RE.is_match(t)
    }

    /// A line the pattern matches holds a phrase or one of the two characters, so the phrases
    /// decide as the clues alone did.
    #[test]
    fn the_phrases_decide_as_the_clues() {
        let extra = [
            "Please consider supporting us.",
            "please  consider donating",
            "PLEASE CONSIDER BECOMING A SPONSOR",
            "Funded by readers like you",
            "A reader-funded site",
            "Support my work on Patreon",
            "Support independent journalism today",
            "Support our journalism with a donation",
            "Support our work today.",
            "Become a patron!",
            "become a supporterx",
            "Keep the Gazette free and independent",
            "Keep   free and independent",
            "Help me spread the word",
            "Buy me a coffee",
            "\u{212A}eep the Gazette free and independent",
            "Plea\u{17F}e con\u{17F}ider supporting",
            "\u{17F}upport our work today, please consider donating",
            "Keep Caf\u{e9} free and independent",
            "Keep Acme\u{2019}s voice free and independent",
            "Help \u{2014} buy me a coffee",
            "Become a patron\u{e9}",
            "please con\u{17F}ider donating",
            "Please consider donating \u{212A}",
            "Buy me a coffee \u{2615}",
        ];
        let lines = crate::text::prefilter_test_lines(&extra);
        assert_holding_phrases_exact(&lines);
        let mut matched = 0;
        for l in &lines {
            let t = trim_ws(l);
            let want = is_support_pitch_by_clues(t);
            assert_eq!(is_support_pitch(t), want, "{t:?}");
            matched += usize::from(want);
        }
        assert!(matched >= 30, "{matched}");
    }

    /// [`the_phrases_decide_as_the_clues`] over every line of every text dump of the WCXB
    /// development split (`cargo test -- --ignored`, with the data in `/work/shared`).
    #[test]
    #[ignore]
    fn the_phrases_decide_as_the_clues_on_every_dump() {
        for l in &crate::text::every_dump_line() {
            let t = trim_ws(l);
            assert_eq!(is_support_pitch(t), is_support_pitch_by_clues(t), "{t:?}");
        }
        assert_holding_phrases_exact(&crate::text::every_dump_line());
    }

    /// The joined search finds every line the automaton finds, one at a time, and the lines it
    /// finds decide as the automaton's.
    fn assert_holding_phrases_exact(lines: &[String]) {
        for p in PITCH_PHRASES.iter().filter(|p| p.is_ascii()) {
            assert!(PHRASE_PARTS.iter().any(|q| p.contains(q)), "{p}");
        }
        for chunk in lines.chunks(500) {
            // Every third line not asked.
            let asked = |k: usize| k % 3 != 2;
            let texts: Vec<&str> = chunk.iter().map(|l| trim_ws(l)).collect();
            let holding = holding_phrases(texts.iter().enumerate().map(|(k, t)| {
                (asked(k) && !crate::text::surely_more_word_runs(t, PITCH_MAX_WORDS)).then_some(*t)
            }));
            assert_eq!(holding.len(), chunk.len());
            for (k, t) in texts.iter().enumerate() {
                let want = asked(k) && is_support_pitch(t);
                if want {
                    assert!(holding[k], "{t:?}");
                }
                assert_eq!(holding[k] && is_pitch_with_phrase(t), want, "{t:?}");
                assert_eq!(want, asked(k) && is_support_pitch_by_clues(t), "{t:?}");
            }
        }
    }

    #[test]
    fn support_pitches() {
        for t in [
            "Did you like this article? You can buy me a coffee.",
            "Has this guide helped you? Please consider supporting my work:",
            "If you find CSrankings useful, please consider becoming a sponsor.",
            "Please Consider Supporting Us.",
            "This story is funded by readers like you",
            "Help Keep Artlyst Free and Independent",
            "Help me spread the word about this podcast!",
        ] {
            assert!(is_support_pitch(t), "{t}");
        }
        for t in [
            "Please consider subscribing to our newsletter.",
            "The museum is funded by the city and by a trust that a local family set up in 1952.",
            "The charity asked donors to support its work in the valley, where the floods of last winter destroyed two schools, three bridges and most of the farms along the river.",
        ] {
            assert!(!is_support_pitch(t), "{t}");
        }
    }
}
