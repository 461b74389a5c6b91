//! Share and social button labels: "Share", "Tweet", "WhatsApp", "Share on Linkedin", "Pin it"…

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};

pub static BUTTONS: Rule = Rule {
    id: "share.buttons",
    layer: Layer::Chrome,
    why: "share or social-network button labels, not prose",
    tier: Tier::Core,
};

/// Words that make a line a button label on their own.
const STRONG: &[&str] = &[
    "share",
    "shares",
    "sharing",
    "tweet",
    "retweet",
    "whatsapp",
    "facebook",
    "twitter",
    "linkedin",
    "pinterest",
    "reddit",
    "telegram",
    "email",
    "e-mail",
    "mail",
    "print",
    "pin",
    "messenger",
    "tumblr",
    "vk",
    "flipboard",
    "pocket",
    "bluesky",
    "threads",
    "mastodon",
    "copy",
    "x",
    "sms",
    "line",
    "viber",
    "wechat",
    "weibo",
    "xing",
    "instagram",
    "youtube",
    "tiktok",
    "snapchat",
    "google+",
    "digg",
    "mix",
    "hacker",
    "news",
    "skype",
    // "Share" in the other languages of the stopword lists.
    "teilen",
    "partager",
    "partagez",
    "compartir",
    "compartilhar",
    "partilhar",
    "condividi",
    "condividere",
    "delen",
    "поделиться",
    "bagikan",
    // ... and in Chinese, Japanese, Korean and Arabic, whose buttons a dump keeps too ("分享到微信",
    // "شارك على فيسبوك").
    "分享",
    "分享到微信",
    "分享到微博",
    "微信",
    "微博",
    "ツイート",
    "シェア",
    "シェアする",
    "このニュースをシェア",
    "この記事をシェア",
    "공유",
    "공유하기",
    "شارك",
    "مشاركة",
    "فيسبوك",
    "تويتر",
    "واتساب",
];
/// Words that may join a strong word in a label ("Share on Linkedin", "Copy link", "Pin it").
const WEAK: &[&str] = &[
    "on",
    "via",
    "to",
    "this",
    "it",
    "link",
    "url",
    "article",
    "story",
    "post",
    "page",
    "by",
    "with",
    "the",
    "a",
    "friend",
    "your",
    "friends",
    "us",
    "follow",
    "send",
    "save",
    "opens",
    // Jetpack's buttons: "Click to share on Facebook (Opens in new window)".
    "click",
    "in",
    "new",
    "window",
    "tab",
    "icon",
    "button",
    "now",
    "share:",
    "and",
    "or",
    "&",
    "|",
    "/",
    "·",
    "•",
    "-",
    "–",
    "—",
    ",",
    ":",
    // ... and their "on", "via", "this article" ("Auf Facebook teilen", "Partager sur X",
    // "Compartir en WhatsApp", "Compartilhar no Facebook", "Condividi su", "Delen op",
    // "Поделиться в Telegram", "Bagikan ke WhatsApp", "Artikel teilen").
    "auf",
    "per",
    "sur",
    "par",
    "cet",
    "en",
    "por",
    "este",
    "no",
    "na",
    "su",
    "questo",
    "op",
    "в",
    "ke",
    "lewat",
    "artikel",
    "artículo",
    "artigo",
    "articolo",
    "على",
    "عبر",
];

/// Is `line` nothing but share or social button labels?
/// [`STRONG`] (true) and [`WEAK`] (false) words, for one look-up per word.
static LABEL_WORDS: once_cell::sync::Lazy<crate::text::KeyMap<&'static str, bool>> =
    once_cell::sync::Lazy::new(|| {
        let mut m = crate::text::KeyMap::default();
        for w in WEAK {
            m.insert(*w, false);
        }
        // A word in both lists counts as strong, as the lists were read in that order.
        for w in STRONG {
            m.insert(*w, true);
        }
        m
    });

/// [`LABEL_WORDS`] keyed by their bytes, for words already known to be ASCII (no UTF-8 check).
static LABEL_BYTES: once_cell::sync::Lazy<crate::text::KeyMap<&'static [u8], bool>> =
    once_cell::sync::Lazy::new(|| {
        LABEL_WORDS
            .iter()
            .map(|(w, &s)| (w.as_bytes(), s))
            .collect()
    });

/// What [`ascii_word_rules_out`] needs of a byte: [`WORD_BYTE`], [`SEPARATOR`] (ASCII
/// separators of the loop of [`is_share_labels`]: `char::is_whitespace`, with the vertical tab,
/// '|', '/' and ',') or [`NOT_ASCII`].
static BYTE_KIND: [u8; 256] = {
    let mut t = [WORD_BYTE; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' | b'|' | b'/' | b',' => SEPARATOR,
            0x80.. => NOT_ASCII,
            _ => WORD_BYTE,
        };
        b += 1;
    }
    t
};
const WORD_BYTE: u8 = 0;
const SEPARATOR: u8 = 1;
const NOT_ASCII: u8 = 2;

/// Bit `n` of entry `b & 31`: a word of [`LABEL_WORDS`] has `n` bytes and a first byte `b`.
static LABEL_SHAPES: once_cell::sync::Lazy<[u32; 32]> = once_cell::sync::Lazy::new(|| {
    let mut t = [0u32; 32];
    for w in STRONG.iter().chain(WEAK) {
        if let Some(&b) = w.as_bytes().first() {
            t[(b & 31) as usize] |= 1 << w.len().min(31);
        }
    }
    t
});

pub fn is_share_labels(line: &str) -> bool {
    let line = crate::text::trim_blankish(line);
    if line.is_empty() || line.len() > 160 {
        return false;
    }
    if ascii_word_rules_out(line.as_bytes()) {
        return false;
    }
    let mut strong = 0;
    let mut words = 0;
    // Numbers, and "x" among the strong words: "120 x 60 x 75" is a size, not a share bar.
    let (mut numbers, mut xs) = (0, 0);
    for raw in line.split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | '•' | ','))
    {
        if raw.is_empty() {
            continue;
        }
        words += 1;
        let punct = |c: char| matches!(c, ':' | '(' | ')' | '[' | ']' | '"' | '.');
        let t = raw.trim_matches(punct);
        let t = match unglued(t.as_bytes()) {
            Some((from, to)) => t.get(from..to).unwrap_or(t).trim_matches(punct),
            None => t,
        };
        if t.is_empty() {
            continue;
        }
        // A short ASCII word, as nearly every one is, is ruled out by its first byte and length
        // (which lower-casing keeps) before it is lower-cased, unless it is a count.
        if t.is_ascii()
            && t.len() <= 16
            && !is_count(t.as_bytes())
            && LABEL_SHAPES[(t.as_bytes()[0] & 31) as usize] >> t.len() & 1 == 0
        {
            return false;
        }
        // Lower-cased on the stack when it is short ASCII.
        let mut buf = [0u8; 16];
        let owned;
        let w: &str = if t.is_ascii() && t.len() <= buf.len() {
            let b = &mut buf[..t.len()];
            b.copy_from_slice(t.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).unwrap_or(t)
        } else {
            owned = t.to_lowercase();
            &owned
        };
        // Counts such as "12 shares" or "1.2K" are part of a share bar.
        if is_count(w.as_bytes()) {
            numbers += 1;
            continue;
        }
        // Most lines fail at their first word: a look at its first byte and length rules most
        // words out before the hash look-up.
        let wb = w.as_bytes();
        if wb.len() >= 32 || LABEL_SHAPES[(wb[0] & 31) as usize] >> wb.len() & 1 == 0 {
            return false;
        }
        match LABEL_WORDS.get(w) {
            Some(true) => {
                strong += 1;
                xs += usize::from(w == "x");
            }
            Some(false) => {}
            None => return false,
        }
    }
    // "x", "line", "mix", "news", "pocket" and "threads" are ordinary words alone.
    let lone_ambiguous = words == 1
        && matches!(
            line.to_lowercase().as_str(),
            "x" | "line"
                | "mix"
                | "news"
                | "pocket"
                | "threads"
                | "copy"
                | "mail"
                | "hacker"
                | "pin"
        );
    let dimensions = numbers > 0 && strong == xs;
    strong > 0 && words <= 16 && !lone_ambiguous && !dimensions
}

/// Whether a word of the line rules it out, judged on its bytes as the word loop of
/// [`is_share_labels`] judges it, for the words before the first byte that is not ASCII: nearly
/// every line fails at one of them, and the loop's splitting decodes each character. `false`
/// when no such word rules the line out (the loop then judges it all).
#[inline]
fn ascii_word_rules_out(line: &[u8]) -> bool {
    let trim = |b: &u8| matches!(b, b':' | b'(' | b')' | b'[' | b']' | b'"' | b'.');
    let mut at = 0;
    while at < line.len() {
        let mut end = at;
        while let Some(&b) = line.get(end) {
            match BYTE_KIND[usize::from(b)] {
                WORD_BYTE => end += 1,
                SEPARATOR => break,
                _ => return false,
            }
        }
        let raw = line.get(at..end).unwrap_or_default();
        at = end + 1;
        let from = raw.iter().position(|b| !trim(b)).unwrap_or(raw.len());
        let to = raw.iter().rposition(|b| !trim(b)).map_or(from, |k| k + 1);
        let t = raw.get(from..to).unwrap_or_default();
        let t = match unglued(t) {
            Some((a, z)) => {
                let t = t.get(a..z).unwrap_or_default();
                let from = t.iter().position(|b| !trim(b)).unwrap_or(t.len());
                let to = t.iter().rposition(|b| !trim(b)).map_or(from, |k| k + 1);
                t.get(from..to).unwrap_or_default()
            }
            None => t,
        };
        if t.is_empty() || is_count(t) {
            continue;
        }
        if t.len() >= 32 || LABEL_SHAPES[(t[0] & 31) as usize] >> t.len() & 1 == 0 {
            return true;
        }
        // A word of a label's shape: looked up lower-cased (it is at most 31 bytes).
        let mut buf = [0u8; 32];
        let Some(w) = buf.get_mut(..t.len()) else {
            return false;
        };
        w.copy_from_slice(t);
        w.make_ascii_lowercase();
        if LABEL_BYTES.get(&*w).is_none() {
            return true;
        }
    }
    false
}

/// A label with its count run onto it, as a dump prints a button and its counter without a
/// space ("61Click", "window)61"): the range of the word without the count, or None when there
/// is no such count (no figure at either end, or no letter to keep).
fn unglued(t: &[u8]) -> Option<(usize, usize)> {
    let glued =
        t.first().is_some_and(u8::is_ascii_digit) || t.last().is_some_and(u8::is_ascii_digit);
    if !glued || is_count(t) || !t.iter().any(u8::is_ascii_alphabetic) {
        return None;
    }
    let from = t.iter().position(|b| !b.is_ascii_digit()).unwrap_or(0);
    let to = t
        .iter()
        .rposition(|b| !b.is_ascii_digit())
        .map_or(t.len(), |k| k + 1);
    // A word of a few letters left is no label with a count on it: "3x" and "10x" are
    // multiples, "4K" a resolution.
    (to >= from + MIN_UNGLUED_LETTERS).then_some((from, to))
}

/// [`unglued`]: the fewest bytes of the word left without its count.
const MIN_UNGLUED_LETTERS: usize = 4;

/// A count of a share bar ("12", "1.2k", "3,4m"): digits, with points, commas and k or m (in
/// either case, as the words are compared lower-cased).
fn is_count(w: &[u8]) -> bool {
    w.iter()
        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b',' | b'k' | b'm' | b'K' | b'M'))
        && w.iter().any(u8::is_ascii_digit)
}

pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&BUTTONS) {
        return;
    }
    for i in 0..doc.blocks.len() {
        if doc.blocks[i].is_kept()
            && (is_share_labels(&doc.blocks[i].plain)
                || is_titled_action_labels(&doc.blocks[i].plain))
        {
            doc.remove(i, &BUTTONS, None);
        }
    }
    // A word that is a network's name only among share buttons ("X", "Threads", "Pocket"):
    // one on its line next to a share button's line is a button too ("Facebook" / "X" /
    // "Email").
    for i in 0..doc.blocks.len() {
        if !doc.blocks[i].is_kept() || !is_lone_network_word(&doc.blocks[i].plain) {
            continue;
        }
        // A button's line next to it with no blank line between (the same bar), or on both
        // sides across blank lines ("Facebook" / "Threads" / "YouTube" spaced out).
        let at = doc.blocks[i].outer_span();
        // (Whether block `j` is a share button, and whether a blank line parts it from this one.)
        let button = |j: Option<usize>| {
            j.and_then(|j| doc.blocks.get(j)).and_then(|b| {
                let s = b.outer_span();
                let gap = if s.end <= at.start {
                    doc.src.get(s.end..at.start)
                } else {
                    doc.src.get(at.end..s.start)
                };
                (b.is_removed_by(&BUTTONS) && !is_lone_network_word(&b.plain))
                    .then(|| gap.is_some_and(|g| g.bytes().filter(|&c| c == b'\n').count() > 1))
            })
        };
        let (before, after) = (button(i.checked_sub(1)), button(Some(i + 1)));
        // "X" alone is a heading hardly ever: one button beside it, across a blank line too.
        let x = matches!(crate::text::trim_ws(&doc.blocks[i].plain), "X" | "x" | "𝕏");
        if before == Some(false)
            || after == Some(false)
            || before.is_some() && after.is_some()
            || x && (before.is_some() || after.is_some())
        {
            doc.remove(i, &BUTTONS, None);
        }
    }
}

/// The verbs of icon buttons whose hidden labels name the item they act on.
const ACTION_VERBS: &[&str] = &[
    "share",
    "save",
    "like",
    "bookmark",
    "follow",
    "favorite",
    "favourite",
    "pin",
    "email",
];

/// One such label: "Share this event: ", "Save this recipe: " (group 1). A browser's text may
/// run the hidden labels on without a space ("…Tech TalkShare this event: Tech Talk"): a
/// capitalised verb right after a lower-case letter, a digit or a closing mark opens one too
/// (group 2), the byte before it no part of it.
static ACTION_LABEL_RE: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    let capitalised: Vec<String> = ACTION_VERBS
        .iter()
        .map(|v| {
            let mut c = v.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect();
    regex::Regex::new(&format!(
        r"(?:^|\s)((?i:{}) (?i:this) \p{{L}}+:\s)|[\p{{Ll}}\p{{N}}.!?)\]]((?:{}) (?i:this) \p{{L}}+:\s)",
        ACTION_VERBS.join("|"),
        capitalised.join("|")
    ))
    .expect("action label pattern")
});

/// "Share this event: Tech Talk Save this event: Tech Talk": the hidden labels of a card's icon
/// buttons, each followed by the name of the item it acts on, which a dump runs together on one
/// line. Two or more labels naming the same item are the buttons; one alone ("Share this
/// story: it matters") may be prose with a colon, and is left.
fn is_titled_action_labels(line: &str) -> bool {
    let line = crate::text::trim_ws(line);
    let starts_with_verb = ACTION_VERBS.iter().any(|v| {
        line.get(..v.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(v))
    });
    if !starts_with_verb || line.len() > 600 {
        return false;
    }
    let labels: Vec<_> = ACTION_LABEL_RE
        .captures_iter(line)
        .filter_map(|c| c.get(1).or_else(|| c.get(2)))
        .collect();
    if labels.len() < 2 || labels[0].start() != 0 {
        return false;
    }
    let item = |k: usize| {
        let end = labels.get(k + 1).map_or(line.len(), |m| m.start());
        crate::text::trim_ws(line.get(labels[k].end()..end).unwrap_or_default())
    };
    let first = item(0);
    !first.is_empty() && (1..labels.len()).all(|k| item(k) == first)
}

/// A line that is only the name of a network that is an ordinary word too: "X", "Threads",
/// "Pocket", "Pin", "Copy".
fn is_lone_network_word(t: &str) -> bool {
    let t = crate::text::trim_ws(t);
    // (Judged on every kept line: the length first, no copy.)
    t.len() <= 7
        && ["x", "𝕏", "threads", "pocket", "pin", "copy"]
            .iter()
            .any(|w| t.eq_ignore_ascii_case(w))
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    once_cell::sync::Lazy::force(&LABEL_WORDS);
    once_cell::sync::Lazy::force(&LABEL_BYTES);
    once_cell::sync::Lazy::force(&LABEL_SHAPES);
    once_cell::sync::Lazy::force(&ACTION_LABEL_RE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_with_counts_run_onto_them() {
        for l in [
            "61Click to share on Facebook (Opens in new window)61",
            "Share 12",
            "Tweet12",
        ] {
            assert!(is_share_labels(l), "{l}");
        }
        for l in [
            "120 x 60 x 75",
            "3x",
            "10x",
            "3D printing for 2025",
            "Share 2nd place with friends",
            "The G7 summit",
        ] {
            assert!(!is_share_labels(l), "{l}");
        }
    }

    #[test]
    fn titled_action_labels() {
        for l in [
            "Share this event: Tech Talk Replay | From Bootcamp to Breakthrough Save this event: Tech Talk Replay | From Bootcamp to Breakthrough",
            "Save this recipe: Lemon Tart Share this recipe: Lemon Tart",
            // Run on without a space, as a browser's text of the hidden labels may have them.
            "Save this event: Green Tech Pitch NightShare this event: Green Tech Pitch Night",
            "Save this event: AI & Zero Tech Skills 2026Share this event: AI & Zero Tech Skills 2026",
        ] {
            assert!(is_titled_action_labels(l), "{l}");
        }
        for l in [
            "Share this story: it matters more than ever, the editor wrote.",
            "Share this event: Tech Talk Save this event: Women in Tech Day",
            "Save this page: the form below expires in an hour, and save this form: it is long.",
            "Sharing this post: a look back at the year.",
            // A lower-case verb run on is a word's end, not a label.
            "Save this event: the gala reshare this event: the gala",
        ] {
            assert!(!is_titled_action_labels(l), "{l}");
        }
    }

    #[test]
    fn removes_labels() {
        for l in [
            "Share",
            "Tweet",
            "WhatsApp",
            "Share on Linkedin",
            "Pin it",
            "Email",
            "Print",
            "Copy link",
            "Share this article",
            "Facebook Twitter LinkedIn Email",
            "Share: Facebook | X | WhatsApp",
            "1.2K Shares",
            "Share via Email",
            "このニュースをシェア",
        ] {
            assert!(is_share_labels(l), "{l}");
        }
    }

    #[test]
    fn keeps_prose() {
        for l in [
            "Share prices rose 3% on Monday.",
            "Share your thoughts with the committee before Friday, the minister said.",
            "He declined to comment.",
            "Twitter was renamed X in 2023.",
            "X",
            "News",
            "Print media has declined sharply.",
        ] {
            assert!(!is_share_labels(l), "{l}");
        }
    }

    /// The test as it was before words were ruled out ahead of lower-casing.
    fn is_share_labels_plain(line: &str) -> bool {
        let line = crate::text::trim_blankish(line);
        if line.is_empty() || line.len() > 160 {
            return false;
        }
        let mut strong = 0;
        let mut words = 0;
        // Numbers, and "x" among the strong words: "120 x 60 x 75" is a size, not a share bar.
        let (mut numbers, mut xs) = (0, 0);
        for raw in
            line.split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | '•' | ','))
        {
            if raw.is_empty() {
                continue;
            }
            words += 1;
            let t =
                raw.trim_matches(|c: char| matches!(c, ':' | '(' | ')' | '[' | ']' | '"' | '.'));
            if t.is_empty() {
                continue;
            }
            // Lower-cased on the stack when it is short ASCII, as nearly every word is.
            let mut buf = [0u8; 16];
            let owned;
            let w: &str = if t.is_ascii() && t.len() <= buf.len() {
                let b = &mut buf[..t.len()];
                b.copy_from_slice(t.as_bytes());
                b.make_ascii_lowercase();
                std::str::from_utf8(b).unwrap_or(t)
            } else {
                owned = t.to_lowercase();
                &owned
            };
            // Counts such as "12 shares" or "1.2K" are part of a share bar.
            if w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | 'k' | 'm'))
                && w.chars().any(|c| c.is_ascii_digit())
            {
                numbers += 1;
                continue;
            }
            // Most lines fail at their first word: a look at its first byte and length rules most
            // words out before the hash look-up.
            let wb = w.as_bytes();
            if wb.len() >= 32 || LABEL_SHAPES[(wb[0] & 31) as usize] >> wb.len() & 1 == 0 {
                return false;
            }
            match LABEL_WORDS.get(w) {
                Some(true) => {
                    strong += 1;
                    xs += usize::from(w == "x");
                }
                Some(false) => {}
                None => return false,
            }
        }
        // "x", "line", "mix", "news", "pocket" and "threads" are ordinary words alone.
        let lone_ambiguous = words == 1
            && matches!(
                line.to_lowercase().as_str(),
                "x" | "line"
                    | "mix"
                    | "news"
                    | "pocket"
                    | "threads"
                    | "copy"
                    | "mail"
                    | "hacker"
                    | "pin"
            );
        let dimensions = numbers > 0 && strong == xs;
        strong > 0 && words <= 16 && !lone_ambiguous && !dimensions
    }

    #[test]
    fn words_ruled_out_before_lower_casing_as_after() {
        let lines = crate::text::prefilter_test_lines(&[
            "Share",
            "SHARE",
            "12 Shares",
            "1.2K Shares",
            "3,4M",
            "1.2\u{212A} Shares",
            "Facebook | X | WhatsApp",
            "FACEBOOK TWITTER",
            "Tweet Pin it",
            "Share prices rose",
            "X",
            "120 x 60 x 75",
            "Ünïcode Share",
            "Share Ünïcode",
            "Share on Facebook now",
            "share: email | print (12)",
            "Follow us on X",
            "The share price fell",
            "Copy link\u{b7}Email",
            "Tweet\u{a0}this",
            "[Share] (Print) \"Email\".",
            "Share,,, //Pin it",
            "Shareworthyandveryverylongwordhere share",
        ]);
        for l in &lines {
            assert_eq!(is_share_labels(l), is_share_labels_plain(l), "{l:?}");
        }
    }
}
