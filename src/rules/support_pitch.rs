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
const PITCH_PHRASES: [&str; 15] = [
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

fn is_support_pitch(t: &str) -> bool {
    !crate::text::surely_more_word_runs(t, PITCH_MAX_WORDS)
        && PHRASES.is_match(t)
        && CLUES.is_match(t)
        && word_count(t) <= PITCH_MAX_WORDS
        && PITCH_RE.is_match(t)
}

/// Removes the pleas ([`is_support_pitch`]) among the kept lines. Judged last, with the buttons,
/// once the region and the article's edges are settled, so that the clean body, cleaned again,
/// keeps the same lines.
pub(crate) fn apply(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&SUPPORT_PITCH) {
        return;
    }
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if b.is_kept() && is_support_pitch(trim_ws(&b.plain)) {
            doc.remove(i, &SUPPORT_PITCH, None);
        }
    }
}

/// Builds this module's patterns.
pub(crate) fn prepare() {
    Lazy::force(&PITCH_RE);
    Lazy::force(&CLUES);
    Lazy::force(&PHRASES);
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
