//! forum: the card a forum prints with each post of a thread. phpBB, vBulletin and their kin
//! set beside every post when its poster joined and where from, and over a reply a subject that
//! repeats the thread's title ("Re: TITLE"). The thread's content is the posts: the poster's
//! name and the post's header ("by NAME » DATE") say who speaks and when, and stay; the card
//! and the repeated subject go.
//!
//! One such line proves nothing: "Joined: Mon Jul 24, 2017" could be a résumé's. The rule acts
//! only on a page with two cards or post headers at least, as a thread of replies has.

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::textclass::title_key;
use crate::rules::{Rule, Ruleset, Tier};
use once_cell::sync::Lazy;
use regex::Regex;

pub static POST_CARD: Rule = Rule {
    id: "forum.post-card",
    layer: Layer::Metadata,
    why: "a forum post's card: when the poster joined and where from, the poster's name on a Q&A site's card; and a reply's subject that repeats the thread's title (\"Re: TITLE\")",
    tier: Tier::Balanced,
};

/// When the poster joined: "Joined: Mon Jul 24, 2017 9:28 am", "Joined: 4. Jul 2012, 16:09",
/// "Registered: 2025-11-01", "Member since 2009". A label and a short date.
static JOINED_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:joined|registered|member since)(?:\s*:\s*|\s+)[^!?]{0,36}\d[^!?]{0,12}[^.!?]$",
    )
    .expect("joined regex")
});

/// A card's count of posts and when the poster joined, on one line: "25,064 posts · Joined
/// 2007", "410 Posts | Joined 2002".
static COUNT_JOINED_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^[\d,.]+k?\s+(?:posts?|messages?)\s*[·•|,]\s*joined\s+[^.!?]{0,24}\d[^.!?]{0,12}$",
    )
    .expect("count and joined regex")
});

/// A joined line's date has at most this many words ("Mon Jul 24, 2017 9:28 am"); a sentence
/// that opens with "Joined" has more.
const MAX_JOINED_WORDS: usize = 8;

/// A post's header: who wrote it, a guillemet, and when ("by Minoa » Tue Aug 27, 2019 5:58 am",
/// "Post by galitsyn » 11. Sep 2024, 18:36").
static HEADER_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:post\s+)?by\s+\S[^»]{0,48}»\s*[^»]{0,40}\d[^»]{0,20}$")
        .expect("post header regex")
});

/// Where the poster lives, on the card: "Location: United Kingdom". A label and a few words.
static LOCATION_RE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)^location\s*:\s*[^.!?]{1,48}$").expect("location regex"));

/// A count-and-joined line is at most this long.
const MAX_COUNT_JOINED_LEN: usize = 60;

/// A card's line is at most this long.
const MAX_CARD_LEN: usize = 120;

/// A location line is this many blocks at most from a card's joined line or a post's header.
const LOCATION_REACH: usize = 3;

/// Cards and headers a page needs at least for the rule to act: a thread's replies.
const MIN_CARDS: usize = 2;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Joined,
    Header,
    Location,
    Reply,
}

/// The kind of card line `t` is, if any; quick tests of its first letters before the patterns.
fn kind_of(t: &str) -> Option<Kind> {
    let &[a, b, c, ..] = t.as_bytes() else {
        return None;
    };
    match [a, b, c].map(|x| x.to_ascii_lowercase()) {
        [b'j', b'o', b'i'] | [b'r', b'e', b'g'] | [b'm', b'e', b'm']
            if crate::text::word_count(t) <= MAX_JOINED_WORDS && JOINED_RE.is_match(t) =>
        {
            Some(Kind::Joined)
        }
        [b'b', b'y', b' '] | [b'p', b'o', b's'] if t.contains('»') && HEADER_RE.is_match(t) => {
            Some(Kind::Header)
        }
        [b'l', b'o', b'c'] if LOCATION_RE.is_match(t) => Some(Kind::Location),
        [b'0'..=b'9', ..]
            if t.len() <= MAX_COUNT_JOINED_LEN
                && crate::text::contains_ascii_ci(t, "joined")
                && COUNT_JOINED_RE.is_match(t) =>
        {
            Some(Kind::Joined)
        }
        [b'r', b'e', b':'] if t.len() > 6 => Some(Kind::Reply),
        _ => None,
    }
}

/// A card's line of when the poster joined ("Joined: 4. Jul 2012, 16:09", "Registered:
/// 2025-11-01", "25,064 posts · Joined 2007"): the sign of a post's card that the byline rules
/// read the poster's name above.
pub(crate) fn is_joined_line(t: &str) -> bool {
    kind_of(t) == Some(Kind::Joined)
}

/// `forum.post-card`: on a page with [`MIN_CARDS`] cards or post headers at least, removes the
/// joined lines, the location lines beside a card, and the replies' subjects that repeat a line
/// of the page (its title, the first post's subject).
pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&POST_CARD) {
        return;
    }
    let mut found: Vec<(usize, Kind)> = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        if !b.is_kept() || b.plain.len() > MAX_CARD_LEN {
            continue;
        }
        if let Some(k) = kind_of(crate::text::trim_ws(&b.plain)) {
            found.push((i, k));
        }
    }
    // The cards' and headers' places, in order: how many there are, and where.
    let anchors: Vec<usize> = found
        .iter()
        .filter(|(_, k)| matches!(k, Kind::Joined | Kind::Header))
        .map(|(i, _)| *i)
        .collect();
    if anchors.len() < MIN_CARDS {
        return;
    }
    // The thread's title: a reply's subject repeats a line of the page that has no "Re:" (the
    // page's title or the first post's subject), kept or not, or the title found so far (the
    // HTML front end's, from the markup).
    let titles: std::collections::HashSet<String> = if found.iter().any(|(_, k)| *k == Kind::Reply)
    {
        doc.blocks
            .iter()
            .filter(|b| b.plain.len() <= 2 * MAX_CARD_LEN)
            .map(|b| crate::text::trim_ws(&b.plain))
            .filter(|t| !t.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("re:")))
            .chain(doc.metadata.title.as_ref().map(|t| t.value.as_str()))
            .map(title_key)
            .collect()
    } else {
        Default::default()
    };
    for &(i, k) in &found {
        let t = crate::text::trim_ws(&doc.blocks[i].plain);
        let cut = match k {
            Kind::Joined => true,
            // The header names the poster and the day, which a reader of the thread needs;
            // it counts as a card's sign, and stays.
            Kind::Header => false,
            // The anchors are in order: the nearest ones are on either side of where `i` goes
            // (a binary search, so that a page of many cards stays linear).
            Kind::Location => {
                let at = anchors.partition_point(|&a| a < i);
                [at.checked_sub(1), Some(at)]
                    .into_iter()
                    .flatten()
                    .filter_map(|k| anchors.get(k))
                    .any(|&a| a.abs_diff(i) <= LOCATION_REACH)
            }
            Kind::Reply => {
                let subject = title_key(t.get(3..).unwrap_or_default());
                !subject.is_empty() && titles.contains(&subject)
            }
        };
        if cut {
            doc.remove(i, &POST_CARD, None);
        }
    }
}

/// Builds this module's patterns now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&JOINED_RE);
    Lazy::force(&COUNT_JOINED_RE);
    Lazy::force(&HEADER_RE);
    Lazy::force(&LOCATION_RE);
}

/// A Q&A site's card header: "answered Oct 18, 2023 at 7:58", "asked Sep 2, 2008 at 7:44",
/// "edited Oct 9, 2024 at 12:03". The poster's name follows it.
static QA_CARD_HEADER_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:answered|asked|edited)\s[^.!?]{3,40}\sat\s\d{1,2}:\d{2}$")
        .expect("Q&A card header regex")
});

/// A Q&A site's card header ([`QA_CARD_HEADER_RE`]), ruled out first by its first word.
pub(crate) fn is_qa_card_header(t: &str) -> bool {
    let t = crate::text::trim_ws(t);
    ["asked ", "answered ", "edited "]
        .iter()
        .any(|w| t.len() > w.len() && t.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
        && QA_CARD_HEADER_RE.is_match(t)
}

/// A poster's name is at most this long ("Alexander Pavluchenko", "user3080392").
const MAX_CARD_NAME_BYTES: usize = 40;

/// The card's last line: the poster's reputation and badges ("852 4 4 silver badges 10 10
/// bronze badges"), or the reputation alone ("1", "27.9k").
fn is_reputation(t: &str) -> bool {
    crate::rules::textclass::is_user_card(t)
        || (t.len() <= 8
            && t.bytes().next().is_some_and(|b| b.is_ascii_digit())
            && t.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b'k')))
}

/// `forum.post-card` on a Q&A site's cards (Stack Exchange's): the poster's name between the
/// card's header ("answered Oct 18, 2023 at 7:58", removed as interface) and its reputation,
/// and a comment's author over its signature ("djdomi" / "– djdomi"). The card says who
/// answered, not what; the first card's name is the byline's author already. Runs after the
/// line rules, which remove the headers and the badges.
pub fn apply_qa_card_names(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&POST_CARD) || doc.is_html_page() {
        return;
    }
    for i in 1..doc.blocks.len().saturating_sub(1) {
        let b = &doc.blocks[i];
        if !b.is_kept()
            || b.plain.len() > MAX_CARD_NAME_BYTES
            || crate::text::ends_sentence(&b.plain)
        {
            continue;
        }
        let name = crate::text::trim_ws(&b.plain);
        let next = crate::text::trim_ws(&doc.blocks[i + 1].plain);
        let signature = next
            .strip_prefix("– ")
            .or_else(|| next.strip_prefix("- "))
            .is_some_and(|n| n == name);
        let card = !doc.blocks[i - 1].is_kept()
            && is_qa_card_header(&doc.blocks[i - 1].plain)
            && is_reputation(next);
        if signature || card {
            doc.remove(
                i,
                &POST_CARD,
                Some("the poster's name on a Q&A card".into()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_lines_are_known_by_their_labels() {
        for (t, want) in [
            ("Joined: Mon Jul 24, 2017 9:28 am", Some(Kind::Joined)),
            ("Joined: 4. Jul 2012, 16:09", Some(Kind::Joined)),
            ("Joined Feb 1999", Some(Kind::Joined)),
            ("Registered: 2025-11-01", Some(Kind::Joined)),
            ("Member since 2009", Some(Kind::Joined)),
            ("25,064 posts · Joined 2007", Some(Kind::Joined)),
            ("410 Posts | Joined 2002", Some(Kind::Joined)),
            ("by Minoa » Tue Aug 27, 2019 5:58 am", Some(Kind::Header)),
            ("Post by galitsyn » 11. Sep 2024, 18:36", Some(Kind::Header)),
            ("Location: United Kingdom", Some(Kind::Location)),
            ("Re: Turning off all LED of RPi 5", Some(Kind::Reply)),
        ] {
            assert!(kind_of(t) == want, "{t:?}");
        }
        // Prose that opens with a label's word, and bylines of an article, are no card.
        for t in [
            "Joined the company in 2017 as an engineer, she led the team that built it.",
            "Joined in 2017.",
            "Registered agent fees (if using an additional agent or service) run $100 to $300.",
            "Location: Urban markets often charge more due to labor and parking costs.",
            "by the river » a poem",
            "Posted by Ann on 3 May 2024",
            "Re:",
            "1,200 posts joined the protest in 2019.",
        ] {
            assert!(kind_of(t).is_none(), "{t:?}");
        }
    }
}
