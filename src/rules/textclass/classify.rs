//! A line's class by itself: prose, a short line, or chrome (menu lines, low link-like density,
//! repeated links, enumerations, field labels).

use super::*;

/// The line reduced for vocabulary look-ups: bullets, counts, arrows and trailing punctuation
/// trimmed (then lower-cased by the caller).
pub(super) fn vocab_trim(t: &str) -> &str {
    let trimmed = |c: char| {
        !crate::text::is_alphanumeric(c) && !matches!(c, '\'' | '’')
            || c.is_ascii_digit()
            || crate::text::is_blankish(c)
    };
    // ASCII bytes a byte at a time (an ASCII character is trimmed unless it is a letter or `'`),
    // the characters from the first that is not ASCII on each side.
    let kept = |b: &u8| b.is_ascii_alphabetic() || *b == b'\'' || !b.is_ascii();
    let b = t.as_bytes();
    let start = b.iter().position(kept).unwrap_or(b.len());
    let end = b.iter().rposition(kept).map_or(start, |i| i + 1).max(start);
    // Both ends are character boundaries: the bytes around them are ASCII (or the text's ends).
    let t = t.get(start..end).unwrap_or("");
    match (t.as_bytes().first(), t.as_bytes().last()) {
        (Some(a), Some(z)) if a.is_ascii() && z.is_ascii() => t,
        _ => t.trim_matches(trimmed),
    }
}

/// A whole line of interface vocabulary.
pub fn is_menu_line(t: &str) -> bool {
    if t.len() > 120 {
        return false;
    }
    is_menu_vocabulary(t) || is_chrome_line(t.trim()) || is_member_count(t.trim())
}

/// What a forum poster's card counts, after the count: "410 posts", "11.4k Reputation".
pub(super) const MEMBER_COUNTS: &[&str] = &[
    "post",
    "posts",
    "messages",
    "reputation",
    "replies",
    "views",
    "likes",
    "points",
    "participants",
    "reactions",
    "votes",
    "threads",
];

/// A poster's count standing on its line, the count first: "410 posts", "4.7k posts", "11.4k
/// Reputation", "25,064 posts · Joined 2007". (The label first, "Posts: 138", is one of the
/// [`CHROME_LINE_PATTERNS`].) Comments and followers are left: a listing counts them too.
pub(super) fn is_member_count(t: &str) -> bool {
    let b = t.as_bytes();
    if t.len() > 48 || !b.first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let figures = b
        .iter()
        .take_while(|c| c.is_ascii_digit() || matches!(c, b'.' | b','))
        .count();
    let rest = &t[figures..];
    let rest = rest.strip_prefix(['k', 'K', 'm', 'M']).unwrap_or(rest);
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let word_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (word, tail) = rest.split_at(word_len);
    if !MEMBER_COUNTS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
        return false;
    }
    // Nothing after it, or when the poster joined: "· Joined 2007".
    let tail = tail.trim_start_matches([' ', '·', '•', '|', ',']);
    tail.is_empty()
        || ["joined ", "member since "].iter().any(|l| {
            tail.get(..l.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(l))
                && crate::text::has_ascii_digit(tail.as_bytes())
        })
}

/// Link labels of a site's footer or account menu, lower case.
pub(super) const SITE_LINKS: &[&str] = &[
    "privacy policy",
    "privacy notice",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "terms & conditions",
    "cookie policy",
    "cookie settings",
    "contact us",
    "about us",
    "careers",
    "sitemap",
    "site map",
    "accessibility",
    "do not sell",
    "newsroom",
    "press center",
    "log in",
    "login",
    "sign up",
    "sign in",
    "help center",
    "faq",
];

/// The labels of [`SITE_LINKS`], found in one scan.
pub(super) static SITE_LINK_LABELS: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(SITE_LINKS)
        .expect("site link labels")
});

/// The labels of [`SITE_LINKS`] for a case-sensitive search of lower-cased text, to rule out
/// at once the lines that hold none ([`JoinedLines::holding`]).
pub(super) static SITE_LINK_WORDS: Lazy<Option<aho_corasick::packed::Searcher>> =
    Lazy::new(|| aho_corasick::packed::Searcher::new(SITE_LINKS));

/// A flattened row of a site's footer or account links ("About Us Contact Us Careers Privacy
/// Policy Terms of Use", "Privacy Policy | Terms and Conditions | About Us"): two or more
/// different labels of [`SITE_LINKS`] in a line that ends no sentence and is not prose by its
/// stopwords (unless link separators split it). A sentence that names them ("Read our privacy
/// policy before you contact us.") ends with its full stop.
pub(super) fn is_site_links(t: &str, counts: &Counts) -> bool {
    // Labels such as "About Us" or "Terms and Conditions" are stopwords half: a line with link
    // separators is a row of links whatever its stopwords. (The cheap tests first: the search
    // for separators decodes the line.)
    if t.len() > 240
        || counts.words > 40
        || ends_sentence(t)
        || (best_density(counts) >= 0.4 && !t.contains(['|', '·', '•']))
    {
        return false;
    }
    let mut seen = 0u32;
    for m in SITE_LINK_LABELS.find_iter(t) {
        // Whole words only: "login" in "loginPage" or "faq" in "faqs" do not count.
        let before = t[..m.start()].chars().next_back();
        let after = t[m.end()..].chars().next();
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        seen |= 1 << m.pattern().as_usize();
    }
    seen.count_ones() >= 2
}

/// A whole line of [`MENU_VOCABULARY`] (the longest entry is well under 48 bytes).
pub(super) fn is_menu_vocabulary(t: &str) -> bool {
    is_menu_entry(t) || is_menu_entries(t)
}

/// One entry of [`MENU_VOCABULARY`].
pub(super) fn is_menu_entry(t: &str) -> bool {
    if t.len() > 48 {
        return false;
    }
    let key = vocab_trim(t);
    if key.is_empty() {
        return false;
    }
    if key.is_ascii() {
        // An ASCII key keeps its length and first letter (but for case) when lower-cased.
        let b0 = key.as_bytes()[0];
        if MENU_SHAPES[(b0 & 31) as usize] >> key.len().min(63) & 1 == 0 {
            return false;
        }
        // Lower-cased on the stack: most lines are ASCII, and this runs on every short line.
        let mut buf = [0u8; 48];
        let buf = &mut buf[..key.len()];
        buf.copy_from_slice(key.as_bytes());
        buf.make_ascii_lowercase();
        MENU_SET.contains(&*buf)
    } else {
        MENU_SET.contains(key.to_lowercase().as_bytes())
    }
}

/// A line of at most this many bytes may be several entries of [`MENU_VOCABULARY`] in a row...
pub(super) const MENU_ENTRIES_MAX_BYTES: usize = 60;
/// ... of at most this many words in all.
pub(super) const MENU_ENTRIES_MAX_WORDS: usize = 8;

/// Words at one end of the entries of [`MENU_VOCABULARY`], and their shapes as
/// [`MENU_SHAPES`] has them: most words are ruled out by their first byte and length, without
/// being lower-cased and hashed.
pub(super) struct EdgeWords {
    words: crate::text::ByteSet,
    shapes: [u64; 32],
}

impl EdgeWords {
    fn new(words: impl Iterator<Item = &'static str>) -> EdgeWords {
        let mut set = EdgeWords {
            words: crate::text::ByteSet::default(),
            shapes: [0; 32],
        };
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                set.shapes[(b & 31) as usize] |= 1 << w.len().min(63);
            }
            set.words.insert(w.as_bytes());
        }
        set
    }

    /// Whether the ASCII word `w` is one of the words, in any ASCII case (its first byte keeps
    /// its low five bits, and its length, when lower-cased).
    pub(super) fn holds(&self, w: &[u8]) -> bool {
        if let Some(&b) = w.first() {
            if self.shapes[(b & 31) as usize] >> w.len().min(63) & 1 == 0 {
                return false;
            }
        }
        let mut buf = [0u8; MENU_ENTRIES_MAX_BYTES];
        let Some(b) = buf.get_mut(..w.len()) else {
            return false;
        };
        b.copy_from_slice(w);
        b.make_ascii_lowercase();
        self.words.contains(&*b)
    }
}

/// The first and the last words of the entries of [`MENU_VOCABULARY`]: a line of several entries
/// starts with one and ends with the other, which rules out nearly every other line at once.
pub(super) static MENU_EDGE_WORDS: Lazy<(EdgeWords, EdgeWords)> = Lazy::new(|| {
    let firsts = EdgeWords::new(MENU_VOCABULARY.iter().filter_map(|w| w.split(' ').next()));
    let lasts = EdgeWords::new(MENU_VOCABULARY.iter().filter_map(|w| w.rsplit(' ').next()));
    (firsts, lasts)
});

/// `w` without the bytes at either end that are not ASCII letters or digits.
pub(super) fn trim_to_alphanumeric(w: &[u8]) -> &[u8] {
    let start = w
        .iter()
        .position(u8::is_ascii_alphanumeric)
        .unwrap_or(w.len());
    let end = w
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(start, |i| i + 1);
    w.get(start..end).unwrap_or_default()
}

/// Several entries of [`MENU_VOCABULARY`] flattened onto one line, separated by spaces or marks
/// ("Skip to main content Skip to navigation", "Log In | Sign Up", "Start free trial Get in
/// touch"): a toolbar's buttons. At least one entry of two words or more, or three entries, so
/// that two words that each name a button ("Search Menu", "Go Home") may still be a heading.
pub(super) fn is_menu_entries(t: &str) -> bool {
    if t.len() > MENU_ENTRIES_MAX_BYTES || !t.is_ascii() {
        return false;
    }
    // The first and the last words first, on the stack: they rule out nearly every line before
    // it is read whole.
    let (firsts, lasts) = &*MENU_EDGE_WORDS;
    // (The line is ASCII: its words are trimmed and compared as bytes.)
    let edge = |w: Option<&str>, set: &EdgeWords| {
        w.is_some_and(|w| set.holds(trim_to_alphanumeric(w.as_bytes())))
    };
    let mut words_iter = t
        .split_ascii_whitespace()
        .filter(|w| w.bytes().any(|b| b.is_ascii_alphanumeric()));
    if !edge(words_iter.next(), firsts) || !edge(words_iter.next_back(), lasts) {
        return false;
    }
    // The words lower-cased, one space between them, and where each starts and ends.
    let mut norm = [0u8; MENU_ENTRIES_MAX_BYTES];
    let mut len = 0;
    let mut words = [(0usize, 0usize); MENU_ENTRIES_MAX_WORDS];
    let mut n = 0;
    for w in t.split_ascii_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        if w.is_empty() {
            continue;
        }
        if n == MENU_ENTRIES_MAX_WORDS {
            return false;
        }
        if n > 0 {
            norm[len] = b' ';
            len += 1;
        }
        let start = len;
        for b in w.bytes() {
            norm[len] = b.to_ascii_lowercase();
            len += 1;
        }
        words[n] = (start, len);
        n += 1;
    }
    if n < 2 {
        return false;
    }
    let norm = &norm[..len];
    // best[k]: the fewest entries the first k words make (`None`: they make none), and whether
    // one of those entries has two words or more.
    let mut best: [Option<(u8, bool)>; MENU_ENTRIES_MAX_WORDS + 1] =
        [None; MENU_ENTRIES_MAX_WORDS + 1];
    best[0] = Some((0, false));
    for k in 0..n {
        let Some((count, long)) = best[k] else {
            continue;
        };
        for e in k + 1..=n {
            if MENU_SET.contains(&norm[words[k].0..words[e - 1].1]) {
                let next = (count + 1, long || e - k >= 2);
                if best[e].is_none_or(|b| next.0 < b.0 || next.0 == b.0 && next.1 && !b.1) {
                    best[e] = Some(next);
                }
            }
        }
    }
    best[n].is_some_and(|(count, long)| count >= 2 && (long || count >= 3))
}

/// The stopword share of the language that fits the line best.
pub(super) fn best_density(c: &Counts) -> f64 {
    let best = c.hits.iter().copied().max().unwrap_or(0);
    if c.words == 0 {
        0.0
    } else {
        best as f64 / c.words as f64
    }
}

/// A long line of capitalised words that no stopword list fits: a flattened menu, link list or
/// tag cloud. Judged on the line alone (not on the page's language), so that the clean body
/// gets the same verdict. Capitals are required so that prose in a language without a list
/// survives.
pub(super) fn is_low_density(text: &str, c: &Counts) -> bool {
    if c.words < LOW_DENSITY_WORDS
        || ends_sentence(text)
        || best_density(c) >= LOW_DENSITY_MAX
        || is_enumeration(text)
    {
        return false;
    }
    let (words, capital) = capitalised_words(text);
    words > 0 && capital * 10 >= words * 7
}

/// A line of one section's links flattened together, each opening with the same two words
/// ("Remote jobs in Canada Remote jobs in Mexico Remote jobs in Chile", "Plancha gaz inox Plancha
/// gaz fonte Plancha gaz Forge Adour"): eight words or more, no sentence in it, and its first
/// two words, capitalised words of letters that are no stopwords, repeated at least
/// [`REPEATED_LINK_MIN`] times. A list of how-tos ("How to…") or a table's row ("Yes Yes Yes")
/// does not open so.
pub(super) fn is_repeated_link_line(text: &str, counts: &Counts) -> bool {
    // The cheap tests first, without reading the line again: most lines are ruled out by their
    // word count, their length, their first letter or their first two words.
    if (counts.words as usize) < REPEATED_LINK_MIN_WORDS
        || text.len() > 600
        || !text.chars().next().is_some_and(char::is_uppercase)
    {
        return false;
    }
    let mut words = text.split_whitespace();
    let (Some(a), Some(b)) = (words.next(), words.next()) else {
        return false;
    };
    let opening_word =
        |w: &str| w.chars().all(char::is_alphabetic) && crate::stopwords::mask(w) == 0;
    // (The line's end first: it rules out prose without a look-up of its words.)
    if ends_sentence(text)
        || !opening_word(a)
        || !opening_word(b)
        || memchr::memchr2(b':', b'=', text.as_bytes()).is_some()
    {
        return false;
    }
    let (mut count, mut repeats, mut prev) = (2usize, 1usize, b);
    for w in words {
        if w.len() > 1 && w.ends_with(['.', '!', '?']) {
            return false;
        }
        count += 1;
        repeats += usize::from(prev.eq_ignore_ascii_case(a) && w.eq_ignore_ascii_case(b));
        prev = w;
    }
    count >= REPEATED_LINK_MIN_WORDS && repeats >= REPEATED_LINK_MIN
}

/// [`is_repeated_link_line`]: the fewest words of such a line...
pub(super) const REPEATED_LINK_MIN_WORDS: usize = 8;
/// ... and the fewest times its two opening words come.
pub(super) const REPEATED_LINK_MIN: usize = 3;

/// The words of `text` that have a letter or figure, and those of them whose first letter or
/// figure is a capital or a figure.
pub(super) fn capitalised_words(text: &str) -> (u32, u32) {
    let (mut words, mut capital) = (0u32, 0u32);
    if text.is_ascii() {
        // The same count a byte at a time (as in `is_lower_case_text`): a word's first
        // alphanumeric character is its first ASCII letter or digit.
        let mut seen = false;
        for &b in text.as_bytes() {
            if matches!(b, b' ' | b'\t'..=b'\r') {
                seen = false;
            } else if !seen && b.is_ascii_alphanumeric() {
                seen = true;
                words += 1;
                capital += u32::from(b.is_ascii_uppercase() || b.is_ascii_digit());
            }
        }
        return (words, capital);
    }
    for w in text.split_whitespace() {
        let Some(first) = w.chars().find(|ch| crate::text::is_alphanumeric(*ch)) else {
            continue;
        };
        words += 1;
        capital += u32::from(first.is_uppercase() || first.is_numeric());
    }
    (words, capital)
}

/// A line that enumerates with commas, one item every few words (an ingredients list, the
/// materials or the compatible systems of a product): written out for the reader, where a menu or
/// a tag cloud on one line runs its labels together. Not a line with labels ("Option: ...,
/// Option: ...", a forum signature's "Headphones: ..."): records or a signature run together.
pub(super) fn is_enumeration(text: &str) -> bool {
    let commas = text.matches(", ").count();
    commas >= MIN_ENUMERATION_COMMAS
        && commas * MAX_WORDS_PER_ENUMERATED_ITEM >= crate::text::word_count(text)
        && !text.contains(':')
}

/// The labels that open the kept lines of a page ("CPU: Intel Core Ultra 7 | RAM: 32GB",
/// "Key services: SEO, PPC, Social media"), and how many lines each opens. A line of low
/// density whose label opens at least [`MIN_FIELD_RECORDS`] lines is a field of the page's
/// records (the spec of each laptop reviewed, the services of each agency listed): data the
/// article sets out, not a link list run together. One label alone ("Tags: ...") is no record.
pub(super) struct FieldLabels {
    counts: std::collections::HashMap<String, usize>,
}

/// A field's label has at most this many words and bytes.
pub(super) const MAX_FIELD_LABEL_WORDS: usize = 3;
pub(super) const MAX_FIELD_LABEL_BYTES: usize = 32;

/// A label opens at least this many lines to make them records.
pub(super) const MIN_FIELD_RECORDS: usize = 3;

impl FieldLabels {
    pub(super) fn of(doc: &Doc) -> FieldLabels {
        let mut counts = std::collections::HashMap::new();
        for b in doc.blocks.iter().filter(|b| b.is_kept()) {
            if let Some(label) = field_label(crate::text::trim_ws(&b.plain)) {
                *counts.entry(label.to_lowercase()).or_insert(0) += 1;
            }
        }
        FieldLabels { counts }
    }

    /// Whether the line's label opens enough lines; a line that repeats its own label
    /// ("Option: ..., Option: ...") is a shop's options run together, not one record's field.
    pub(super) fn recurs(&self, text: &str) -> bool {
        field_label(text).is_some_and(|label| {
            self.counts.get(&label.to_lowercase()).copied().unwrap_or(0) >= MIN_FIELD_RECORDS
                && text
                    .get(label.len() + 1..)
                    .is_some_and(|rest| !rest.contains(&format!("{label}:")))
        })
    }
}

/// The label before the first ": " of a line, when it is short and opens with a capital.
pub(super) fn field_label(text: &str) -> Option<&str> {
    let head = text.get(..text.len().min(MAX_FIELD_LABEL_BYTES + 2))?;
    // `head.find(": ")`, found from the colons (as `has_colon_space`): the string searcher costs
    // more to set up than these few bytes take to scan.
    let b = head.as_bytes();
    let at = memchr::memchr_iter(b':', b).find(|&i| b.get(i + 1) == Some(&b' '))?;
    let label = text.get(..at)?;
    (label.chars().next().is_some_and(char::is_uppercase)
        && !crate::text::has_words(label, MAX_FIELD_LABEL_WORDS + 1))
    .then_some(label)
}

/// The fewest ", " separators of an enumeration, and the most words per item on average.
pub(super) const MIN_ENUMERATION_COMMAS: usize = 4;
pub(super) const MAX_WORDS_PER_ENUMERATED_ITEM: usize = 4;

/// The class of a block from its own text only (not from the page's language), so that the
/// clean body, cleaned again, gets the same verdicts.
pub(super) fn classify(text: &str, c: &Counts) -> Class {
    let eff = c.effective_words();
    let sentence = ends_sentence(text);
    let d = best_density(c);
    if d >= GOOD_DENSITY || (eff >= 30 && d >= GOOD_DENSITY / 2.0) {
        if eff >= GOOD_WORDS {
            Class::Good
        } else if sentence && eff >= 4 {
            Class::Sentence
        } else {
            Class::Short
        }
    } else if (eff >= 15 || (eff >= 4 && sentence)) && is_lower_case_text(text) {
        // (A line shorter than that is short whatever its case: the text is not read.)
        // No stopword list fits, but the line reads like running text of another language or
        // script: length and punctuation decide, so that such text survives.
        if eff >= 15 || (eff >= 8 && sentence) {
            Class::Good
        } else if sentence && eff >= 4 {
            Class::Sentence
        } else {
            Class::Short
        }
    } else {
        Class::Short
    }
}

/// Running text: most words that have letters start with a lower-case letter, or the letters
/// have no case at all (CJK, Arabic, Hebrew, Thai...). Menus and labels are capitalised.
pub(super) fn is_lower_case_text(text: &str) -> bool {
    let (mut cased, mut lower) = (0u32, 0u32);
    if text.is_ascii() {
        // The same count a byte at a time: ASCII whitespace (as `char::is_whitespace` has it)
        // splits the words, and a word's first letter is its first ASCII letter.
        let mut seen = false; // the current word's first letter was found
        for &b in text.as_bytes() {
            if matches!(b, b' ' | b'\t'..=b'\r') {
                seen = false;
            } else if !seen && b.is_ascii_alphabetic() {
                seen = true;
                cased += 1;
                lower += u32::from(b.is_ascii_lowercase());
            }
        }
        return cased == 0 || lower * 2 >= cased;
    }
    for w in text.split_whitespace() {
        let Some(first) = w.chars().find(|ch| ch.is_alphabetic()) else {
            continue;
        };
        if first.is_lowercase() {
            cased += 1;
            lower += 1;
        } else if first.is_uppercase() {
            cased += 1;
        }
    }
    cased == 0 || lower * 2 >= cased
}
