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

fn is_support_pitch(t: &str) -> bool {
    !crate::text::surely_more_word_runs(t, PITCH_MAX_WORDS)
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
