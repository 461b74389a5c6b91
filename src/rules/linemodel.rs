//! `text.line-model`: a small logistic model of "is this kept line boilerplate?", for the long
//! tail of calls to action, widget labels and section headings that no named rule covers. It
//! belongs to the `Precision` preset: on unseen sites (two-fold cross-validation by domain) it
//! removes over a quarter of the leaking boilerplate snippets (349 to 250 of 5223) at the cost
//! of about 3 points of the gold `with` snippets and half a point of word-F1 — a trade for
//! corpora that want clean text more than every line.
//!
//! The model judges a short line by its own features (its words, its first and last word, word
//! pairs, its shape: length, case, end punctuation, digits, stopword share, marks such as `|` or
//! `$`) and by its [place](Place) among the lines of prose (above the first paragraph, below the
//! last or amid them, and how many there are), after every named rule. A document where it
//! would take more than [`MAX_CUT_SHARE`] of the words keeps them all: a list page, not chrome.
//! When it removes lines, the rules that look at neighbours run again, so that cleaning stays
//! idempotent. (Features of a line's neighbours were tried: a little more accurate, but a second
//! pass then sees other neighbours; a line's place counts lines of prose only, which the model
//! never removes. Judging short lines before the rules of context cost more content than it
//! saved.) Its weights ship inside the crate as a table
//! (`linemodel/weights.tsv`: feature kind, value, weight), trained by `examples/line_model.rs`
//! on the WCXB development dumps against their gold bodies, with words that occur on at least
//! a few distinct sites only, so that it learns the vocabulary of page chrome, not pages.
//! Every removal names the features that weighed most. It runs on text dumps only: a page's
//! blocks have been judged by the dom layer with what the markup says.
//!
//! `text.pitch-line` is the model's use in the default (`Balanced`) preset: a line it scores at
//! [`PITCH_THRESHOLD`] or more goes only when it holds a word of a pitch ([`PITCH_CUES`]: you,
//! our, free, get, sign up, today...), is not a sentence of clauses, is not a line a named rule
//! takes later, and stands on a page of prose ([`mostly_prose`]). Lines without such words are
//! not scored at all. Held out by site, it brought the leak of `without` snippets from 5.5% to
//! 4.9% for 0.2 points of `with`, F1 unchanged; a docs step ("Press Enter to confirm the new
//! name."), a recipe's ingredients and a table's rows, which the full model takes, have no
//! pitch words.

use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use crate::text::{fnv1a, for_each_word, KeyMap, FNV_OFFSET};

pub static LINE_MODEL: Rule = Rule {
    id: "text.line-model",
    layer: Layer::Text,
    why: "a line the line model scores as boilerplate (its words and shape are those of calls to action, widget labels and section headings of page chrome)",
    tier: Tier::Aggressive,
};

pub static PITCH_LINE: Rule = Rule {
    id: "text.pitch-line",
    layer: Layer::Text,
    why: "a short line the line model scores as boilerplate that speaks to the reader or for the site (you, our, free, sign up, today): a call to action among the kept lines",
    tier: Tier::Balanced,
};

/// The `Balanced` preset's use of the model: a line must score at least this, and hold a word
/// of a pitch ([`PITCH_CUES`]).
const PITCH_THRESHOLD: f32 = 0.5;

/// Words of a pitch: the reader or the site addressed, an offer, an action asked for.
const PITCH_CUES: &[&str] = &[
    "you",
    "your",
    "you're",
    "yours",
    "our",
    "we",
    "we're",
    "we'll",
    "us",
    "free",
    "get",
    "start",
    "join",
    "sign",
    "subscribe",
    "download",
    "shop",
    "buy",
    "save",
    "try",
    "book",
    "discover",
    "explore",
    "learn",
    "contact",
    "call",
    "request",
    "order",
    "claim",
    "unlock",
    "earn",
    "grow",
    "boost",
    "register",
    "apply",
    "enroll",
    "today",
    "now",
    "exclusive",
    "offer",
    "deal",
    "discount",
    "trial",
    "demo",
    "newsletter",
    "inbox",
    "follow",
    "find",
    "hire",
    "reserve",
    "we've",
    "we'd",
    "you'll",
    "you've",
    "pin",
    "win",
    "visit",
    "watch",
    "listen",
    "offers",
    "calculate",
];

/// The longest word of [`PITCH_CUES`], in bytes.
const PITCH_CUE_MAX_LEN: usize = 10;

/// A word of at most 16 ASCII bytes as a number, for [`PITCH_CUE_TABLE`].
fn cue_key(word: &[u8]) -> u128 {
    word.iter()
        .fold(0u128, |k, &b| (k << 8) | u128::from(b.to_ascii_lowercase()))
}

/// [`PITCH_CUES`] as [`cue_key`]s, sorted for a binary search, and their shapes: for each first
/// letter (its low five bits) and length, the last letters (low five bits) of the cues of that
/// shape. Most words are ruled out by their shape, without a key or a search.
struct PitchCues {
    keys: Vec<u128>,
    shapes: [[u32; PITCH_CUE_MAX_LEN + 1]; 32],
}

static PITCH_CUE_TABLE: Lazy<PitchCues> = Lazy::new(|| {
    let mut cues = PitchCues {
        keys: PITCH_CUES.iter().map(|c| cue_key(c.as_bytes())).collect(),
        shapes: [[0; PITCH_CUE_MAX_LEN + 1]; 32],
    };
    cues.keys.sort_unstable();
    for c in PITCH_CUES.iter().map(|c| c.as_bytes()) {
        if let (Some(&first), Some(&last)) = (c.first(), c.last()) {
            if let Some(slot) = cues.shapes[usize::from(first & 31)].get_mut(c.len()) {
                *slot |= 1 << (last & 31);
            }
        }
    }
    cues
});

/// Whether `line` holds a word of [`PITCH_CUES`]: its ASCII words (letters, digits and
/// apostrophes) are compared lower-cased; a curly apostrophe ends a word, and "we’ve" still
/// holds "we". The words' edges are found eight bytes at a time ([`word_byte_bits`]), and each
/// word is looked at once, by its shape.
fn has_pitch_cue(line: &str) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let cues = &*PITCH_CUE_TABLE;
    let b = line.as_bytes();
    // Whether a word is a cue (a word of the line's bytes `start..end`).
    let is_cue = |start: usize, end: usize| {
        let word = b.get(start..end).unwrap_or_default();
        // (An ASCII letter keeps its low five bits when lower-cased. "US" is the country.)
        let shaped = match (word.first(), word.last()) {
            (Some(&first), Some(&last)) if word.len() >= 2 => cues.shapes[usize::from(first & 31)]
                .get(word.len())
                .is_some_and(|lasts| lasts >> (last & 31) & 1 == 1),
            _ => false,
        };
        shaped && word != b"US" && cues.keys.binary_search(&cue_key(word)).is_ok()
    };
    // The start of the word the last chunk ended in, if it did.
    let mut open: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let x = match b.get(i..).and_then(|r| r.first_chunk::<8>()) {
            Some(c) => u64::from_le_bytes(*c),
            // Zeros past the end: no word's bytes.
            None => crate::text::load_le(b.get(i..).unwrap_or_default()),
        };
        let in_word = word_byte_bits(x);
        // Each byte's high bit is set where the byte before it is a word's.
        let before = in_word << 8 | if open.is_some() { 0x80 } else { 0 };
        // A word's first byte, and the first byte after a word: they alternate.
        let mut edges = (in_word ^ before) & HIGH;
        while edges != 0 {
            let at = i + (edges.trailing_zeros() / 8) as usize;
            match open.take() {
                Some(start) => {
                    if is_cue(start, at) {
                        return true;
                    }
                }
                None => open = Some(at),
            }
            edges &= edges - 1;
        }
        i += 8;
    }
    open.is_some_and(|start| is_cue(start, b.len()))
}

/// The high bit of each of eight bytes that is a word's for [`has_pitch_cue`]: an ASCII letter,
/// digit or apostrophe.
#[inline]
fn word_byte_bits(x: u64) -> u64 {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    // A byte of `x ^ '\''` is zero exactly at an apostrophe: its low seven bits plus 0x7f carry
    // into the high bit unless they are all zero, and its own high bit is that of a byte ≥ 0x80.
    let t = x ^ 0x2727_2727_2727_2727;
    let apostrophe = !(((t & LOW) + LOW) | t) & 0x8080_8080_8080_8080;
    crate::text::ascii_alnum_bits(x) | apostrophe
}

/// Lines scored at least this probability of boilerplate are removed (the weight table's own
/// threshold line overrides it). Low, since the guard below spares the documents where the
/// model errs most.
const THRESHOLD: f32 = 0.25;

/// The model removes nothing from a document where it would remove more than this share of
/// the kept words: list pages, whose item names and card headlines it takes for chrome (on
/// held-out sites, most of the gold `with` snippets it cost were there).
const MAX_CUT_SHARE: f32 = 0.12;

/// Lines of more words are not judged: paragraphs are what the named rules and the text
/// region judge well, and they hold most of the bytes.
const MAX_JUDGED_WORDS: usize = 30;

/// Words of a line that have lexical features of their own (the rest only count).
const LEXICAL_WORDS: usize = 10;

/// Words of a line its case and stopword shares are taken from.
const SHAPE_WORDS: usize = 64;

/// Words counted as "short line" words below this many words; longer lines have their own word
/// weights (a word such as "subscribe" means more in a three-word line than in a paragraph).
const SHORT_LINE_WORDS: usize = 8;

/// A model: feature weights keyed by a hash of kind and value, and the bias.
#[derive(Debug, Clone, Default)]
pub struct LineModel {
    /// Weights of words, word pairs, first and last words: the big table.
    lexical: KeyMap<u64, f32>,
    /// Weights of the shape features: a few dozen, looked up for every line.
    shape: KeyMap<u64, f32>,
    threshold: f32,
    digest: u64,
    invalid: bool,
}

/// A line `text.line-model` judges, for training: its text, its features (`kind\tvalue`,
/// value) and whether it is in the clean body in the end (this cleaner's model included).
#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ProbeLine {
    pub text: String,
    pub features: Vec<(String, f32)>,
    pub kept: bool,
}

/// The weight table shipped with the crate.
const SHIPPED_TABLE: &str = include_str!("linemodel/weights.tsv");

static SHIPPED: Lazy<Arc<LineModel>> =
    Lazy::new(|| Arc::new(LineModel::parse(SHIPPED_TABLE).unwrap_or_default()));

/// [`LineModel::digest`] of the shipped model, without parsing its table: a cleaner's
/// fingerprint names the model, but only a text dump needs its weights (parsing them was a tenth
/// of a one-page run of the tool).
pub(crate) fn shipped_digest() -> u64 {
    static DIGEST: Lazy<u64> = Lazy::new(|| fnv1a(SHIPPED_TABLE.as_bytes(), FNV_OFFSET));
    *DIGEST
}

impl LineModel {
    /// The model shipped with the crate.
    pub fn shipped() -> Arc<LineModel> {
        SHIPPED.clone()
    }

    /// The model shipped with the crate, borrowed.
    pub(crate) fn shipped_ref() -> &'static LineModel {
        &SHIPPED
    }

    /// Reads a weight table: lines `kind<TAB>value<TAB>weight`; `#` starts a comment; a line
    /// `threshold<TAB><TAB>p` sets the threshold.
    pub fn parse(table: &str) -> Option<LineModel> {
        let mut m = LineModel {
            threshold: THRESHOLD,
            digest: fnv1a(table.as_bytes(), FNV_OFFSET),
            ..LineModel::default()
        };
        for line in table.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut f = line.split('\t');
            let (kind, value, w) = (f.next()?, f.next()?, f.next()?);
            let w: f32 = w.trim().parse().ok()?;
            if kind == "threshold" {
                m.threshold = w;
                continue;
            }
            let key = key(kind, value);
            if is_lexical(kind) {
                m.lexical.insert(key, w);
            } else {
                m.shape.insert(key, w);
            }
        }
        Some(m)
    }

    /// A model that stands for a table that did not parse.
    pub fn invalid() -> LineModel {
        LineModel {
            invalid: true,
            ..LineModel::default()
        }
    }

    pub fn is_invalid(&self) -> bool {
        self.invalid
    }

    /// A hash of the weight table, for the rule set's fingerprint.
    pub fn digest(&self) -> u64 {
        self.digest
    }

    fn weight(&self, kind: &Kind, key: u64) -> Option<&f32> {
        if kind.lexical {
            self.lexical.get(&key)
        } else {
            self.shape.get(&key)
        }
    }

    /// The weighted sum of a line's place among the lines of prose.
    fn place_sum(&self, place: Place, words: usize) -> f32 {
        let mut z = 0f32;
        place_features(place, words, |kind, parts, x| {
            if let Some(w) = self.weight(kind, kind_key(kind, parts)) {
                z += w * x;
            }
        });
        z
    }

    /// The weighted sum of a line's own features.
    fn line_sum(&self, line: &str) -> f32 {
        let mut z = 0f32;
        features_by_kind(line, |kind, parts, x| {
            if let Some(w) = self.weight(kind, kind_key(kind, parts)) {
                z += w * x;
            }
        });
        z
    }

    /// The probability that a line is boilerplate; `None` for a line too long to be judged.
    pub fn probability(&self, line: &str) -> Option<f32> {
        judges(line).then(|| sigmoid(self.line_sum(line)))
    }

    /// The features that pushed a line most towards boilerplate, for the removal's detail: the
    /// [`EXPLAINED_CUES`] largest contributions, the earlier feature first among equal ones.
    fn explain(&self, line: &str, place: Option<Place>, p: f32) -> String {
        // Only a feature that enters the top gets its name written: most positive ones do not.
        let mut top: Vec<(f32, String)> = Vec::with_capacity(EXPLAINED_CUES + 1);
        let mut each = |kind: &Kind, parts: &[&str], x: f32| {
            if let Some(w) = self.weight(kind, kind_key(kind, parts)) {
                let c = w * x;
                let enters = top.len() < EXPLAINED_CUES
                    || top
                        .last()
                        .is_some_and(|(least, _)| c.total_cmp(least).is_gt());
                if c > 0.0 && enters {
                    // After every contribution at least as large: the order a stable sort by
                    // contribution gives (the earlier feature first among equal ones).
                    let at = top.partition_point(|(d, _)| c.total_cmp(d).is_le());
                    top.insert(at, (c, feature_name(kind.name, parts).replace('\t', ":")));
                    top.truncate(EXPLAINED_CUES);
                }
            }
        };
        features_by_kind(line, &mut each);
        if let Some(place) = place {
            place_features(place, words(line), &mut each);
        }
        let cues: Vec<String> = top.iter().map(|(c, n)| format!("{n} {c:+.2}")).collect();
        format!("p = {p:.2}; {}", cues.join(", "))
    }
}

/// A removal's detail names this many of the line's strongest features.
const EXPLAINED_CUES: usize = 3;

/// Kinds of feature whose values are words of the line.
fn is_lexical(kind: &str) -> bool {
    matches!(kind, "w" | "W" | "b" | "B" | "first" | "last")
}

/// A kind of feature as [`features_by_kind`] emits it: its name, the hash of the name that its
/// keys start from, and whether it is [lexical](is_lexical). Both worked out when compiling, not
/// for each feature of each line judged.
#[derive(Debug)]
struct Kind {
    name: &'static str,
    hash: u64,
    lexical: bool,
}

impl Kind {
    const fn new(name: &'static str, lexical: bool) -> Kind {
        // `fnv1a` of the name, as the keys of the weight table start.
        let (b, mut h, mut i) = (name.as_bytes(), FNV_OFFSET, 0);
        while i < b.len() {
            h ^= b[i] as u64;
            h = h.wrapping_mul(0x100_0000_01b3);
            i += 1;
        }
        Kind {
            name,
            hash: h,
            lexical,
        }
    }
}

/// Every kind of feature, by name.
const BIAS: Kind = Kind::new("bias", false);
const WORDS: Kind = Kind::new("nw", false);
const SHORT_LINE_WORD: Kind = Kind::new("w", true);
const LONG_LINE_WORD: Kind = Kind::new("W", true);
const SHORT_LINE_PAIR: Kind = Kind::new("b", true);
const LONG_LINE_PAIR: Kind = Kind::new("B", true);
const FIRST_WORD: Kind = Kind::new("first", true);
const LAST_WORD: Kind = Kind::new("last", true);
const END: Kind = Kind::new("end", false);
const START: Kind = Kind::new("start", false);
const CAPS: Kind = Kind::new("caps", false);
const ALL_CAPS: Kind = Kind::new("allcaps", false);
const STOPWORDS: Kind = Kind::new("stop", false);
const DIGITS: Kind = Kind::new("digits", false);
const SENTENCES: Kind = Kind::new("sentences", false);
const HAS: Kind = Kind::new("has", false);
const PLACE: Kind = Kind::new("place", false);
const PLACE_WORDS: Kind = Kind::new("placenw", false);
const PLACE_PROSE: Kind = Kind::new("placeprose", false);
#[cfg(test)]
const KINDS: [&Kind; 19] = [
    &PLACE_PROSE,
    &PLACE,
    &PLACE_WORDS,
    &BIAS,
    &WORDS,
    &SHORT_LINE_WORD,
    &LONG_LINE_WORD,
    &SHORT_LINE_PAIR,
    &LONG_LINE_PAIR,
    &FIRST_WORD,
    &LAST_WORD,
    &END,
    &START,
    &CAPS,
    &ALL_CAPS,
    &STOPWORDS,
    &DIGITS,
    &SENTENCES,
    &HAS,
];

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// The key of a feature: its kind and its value in lower case. The value is lower-cased into a
/// buffer on the stack (a heap one for the rare long value) and hashed eight bytes at a time.
fn key_parts(kind: &str, parts: &[&str]) -> u64 {
    key_from(fnv1a(kind.as_bytes(), FNV_OFFSET), parts)
}

/// [`key_parts`] of a kind whose name is hashed already.
fn kind_key(kind: &Kind, parts: &[&str]) -> u64 {
    key_from(kind.hash, parts)
}

/// [`key_parts`] from the hash of the kind's name.
fn key_from(kind_hash: u64, parts: &[&str]) -> u64 {
    let mut k = KeyHash {
        h: kind_hash,
        acc: 0,
        n: 0,
        total: 0,
    };
    for p in parts {
        if p.is_ascii() {
            k.push_ascii(p.as_bytes());
        } else {
            let mut utf8 = [0u8; 4];
            for c in p.chars() {
                crate::text::for_each_lower(c, |l| {
                    for &b in l.encode_utf8(&mut utf8).as_bytes() {
                        k.push(b);
                    }
                });
            }
        }
    }
    mix(mix(k.h, k.acc), k.total)
}

/// A hash of bytes fed one at a time and mixed eight at a time, so that a value split into
/// parts hashes as the whole value does.
struct KeyHash {
    h: u64,
    acc: u64,
    n: u32,
    total: u64,
}

impl KeyHash {
    /// Pushes ASCII bytes lower-cased, eight at a time where they fill a whole group: what
    /// pushing them one by one gives.
    #[inline]
    fn push_ascii(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while self.n != 0 {
            let Some((&b, tail)) = rest.split_first() else {
                return;
            };
            self.push(b.to_ascii_lowercase());
            rest = tail;
        }
        let mut chunks = rest.chunks_exact(8);
        for c in &mut chunks {
            let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.h = mix(self.h, lower_ascii8(x));
            self.total += 8;
        }
        for &b in chunks.remainder() {
            self.push(b.to_ascii_lowercase());
        }
    }

    #[inline]
    fn push(&mut self, b: u8) {
        self.acc |= u64::from(b) << (8 * self.n);
        self.n += 1;
        self.total += 1;
        if self.n == 8 {
            self.h = mix(self.h, self.acc);
            self.acc = 0;
            self.n = 0;
        }
    }
}

/// Eight ASCII bytes lower-cased at once: bit 0x20 added to each byte from `A` to `Z` (with the
/// high bits clear, adding `0x80 - c` to a byte sets its high bit exactly when it is at least `c`).
fn lower_ascii8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let at_least = |c: u8| (x + (0x80 - u64::from(c)) * ONES) & (0x80 * ONES);
    let upper = at_least(b'A') & !at_least(b'Z' + 1);
    x | upper >> 2
}

fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// A feature's name as the weight table writes it: `kind<TAB>value`, the value in lower case.
pub fn feature_name(kind: &str, parts: &[&str]) -> String {
    let value: String = parts
        .iter()
        .flat_map(|p| p.chars().flat_map(char::to_lowercase))
        .collect();
    format!("{kind}\t{value}")
}

fn key(kind: &str, value: &str) -> u64 {
    key_parts(kind, &[value])
}

fn bucket(x: usize, bounds: &[usize]) -> usize {
    bounds.iter().position(|&b| x <= b).unwrap_or(bounds.len())
}

/// Calls `emit(kind, value parts, x)` for each feature of a line by itself; a feature's value is
/// its parts joined, compared in lower case.
pub fn line_features(line: &str, mut emit: impl FnMut(&str, &[&str], f32)) {
    features_by_kind(line, |kind, parts, x| emit(kind.name, parts, x));
}

/// [`line_features`], each feature's kind with its hash.
fn features_by_kind(line: &str, mut emit: impl FnMut(&Kind, &[&str], f32)) {
    let line = line.trim();
    emit(&BIAS, &[], 1.0);
    // One pass over the words: counts, and where the first words and the last one are.
    let (mut capital, mut alpha, mut stop, mut n) = (0usize, 0usize, 0usize, 0usize);
    let mut lexical = [(0usize, 0usize); LEXICAL_WORDS];
    let mut last_word = (0usize, 0usize);
    let base = line.as_ptr() as usize;
    for_each_word(line, |w, ascii| {
        let at = (w.as_ptr() as usize - base, w.len());
        if n < LEXICAL_WORDS {
            lexical[n] = at;
        }
        last_word = at;
        n += 1;
        // Case and stopword shares from the opening words are enough for a long line.
        if n <= SHAPE_WORDS {
            let first = w.chars().next().unwrap_or(' ');
            if first.is_alphabetic() {
                alpha += 1;
                capital += usize::from(first.is_uppercase());
            }
            let m = if ascii {
                crate::stopwords::mask_ascii(w.as_bytes())
            } else {
                crate::stopwords::mask(w)
            };
            stop += usize::from(m != 0);
        }
    });
    let nb = bucket(n, &[0, 1, 2, 3, 4, 6, 9, 14, 24, 49]);
    emit(&WORDS, &[NUMS[nb]], 1.0);
    if n > 0 {
        // A long line's words beyond the first few say little the shape does not, and would
        // cost a look-up each: the opening words of a paragraph carry its calls to action.
        let x = 1.0 / (n.min(LEXICAL_WORDS) as f32).sqrt();
        let (kind, pair) = if n <= SHORT_LINE_WORDS {
            (&SHORT_LINE_WORD, &SHORT_LINE_PAIR)
        } else {
            (&LONG_LINE_WORD, &LONG_LINE_PAIR)
        };
        let word = |(s, l): (usize, usize)| &line[s..s + l];
        for k in 0..n.min(LEXICAL_WORDS) {
            let w = word(lexical[k]);
            emit(kind, &[w], x);
            if k == 0 {
                emit(&FIRST_WORD, &[w], 1.0);
            } else {
                emit(pair, &[word(lexical[k - 1]), " ", w], x);
            }
        }
        emit(&LAST_WORD, &[word(last_word)], 1.0);
    }
    // Shape.
    let last = line.chars().last().unwrap_or(' ');
    let end = match last {
        '.' => "period",
        '!' => "bang",
        '?' => "question",
        ':' => "colon",
        ')' | ']' => "paren",
        '»' | '›' | '>' | '→' => "arrow",
        '"' | '”' | '\'' | '’' => "quote",
        c if c.is_numeric() => "digit",
        c if c.is_alphabetic() => "letter",
        _ => "other",
    };
    emit(&END, &[end], 1.0);
    let first = line.chars().next().unwrap_or(' ');
    let start = match first {
        c if c.is_uppercase() => "upper",
        c if c.is_lowercase() => "lower",
        c if c.is_numeric() => "digit",
        '•' | '·' | '-' | '*' | '–' | '—' | '>' | '»' => "bullet",
        c if c.is_alphabetic() => "letter",
        _ => "other",
    };
    emit(&START, &[start], 1.0);
    if alpha >= 2 {
        let share = capital * 4 / alpha; // 0..=4
        emit(&CAPS, &[NUMS[share]], 1.0);
    }
    // One pass over the characters: letters, case, digits, sentence ends, marks.
    let (mut letters, mut lower, mut upper, mut digits, mut chars) = (0, 0, 0, 0, 0usize);
    let (mut sentences, mut marks, mut prev) = (0usize, 0u32, ' ');
    for c in line.chars() {
        chars += 1;
        if c.is_alphabetic() {
            letters += 1;
            lower += usize::from(c.is_lowercase());
            upper += usize::from(c.is_uppercase());
        } else if c.is_numeric() {
            digits += 1;
        } else if let Some(m) = mark_of(c) {
            marks |= 1 << m;
        }
        sentences += usize::from(c == ' ' && matches!(prev, '.' | '!' | '?'));
        prev = c;
    }
    for (needle, m) in [
        ("http", URL),
        ("www.", URL),
        (".com", URL),
        (" / ", SLASH),
        ("...", ELLIPSIS),
    ] {
        if marks & 1 << m == 0 && line.contains(needle) {
            marks |= 1 << m;
        }
    }
    if letters >= 3 && lower == 0 && upper > 0 {
        emit(&ALL_CAPS, &[], 1.0);
    }
    if n >= 3 {
        emit(&STOPWORDS, &[NUMS[stop * 5 / n.min(SHAPE_WORDS)]], 1.0);
    }
    emit(&DIGITS, &[NUMS[(digits * 10 / chars.max(1)).min(5)]], 1.0);
    emit(&SENTENCES, &[NUMS[sentences.min(4)]], 1.0);
    for (m, name) in MARK_NAMES.iter().enumerate() {
        if marks & 1 << m != 0 {
            emit(&HAS, &[name], 1.0);
        }
    }
}

/// Where a judged line stands among the kept lines of prose (the lines too long for the model
/// to judge): how many of them stand above it and below it, counted up to two. Boilerplate
/// gathers above the first paragraph and below the last one. The count does not change when
/// short lines go, so that a second pass over the clean body sees the same places.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Place {
    above: u8,
    below: u8,
    /// The lines of prose of the document, bucketed.
    prose: u8,
}

/// The [`Place`] of every kept line the model judges, by block (`None` for the other blocks).
pub(crate) fn places(doc: &Doc) -> Vec<Option<Place>> {
    places_cached(doc, &mut vec![None; doc.blocks.len()])
}

/// [`places`], with whether the model judges each line kept in `judges_line` from one round to
/// the next (a line's text does not change).
fn places_cached(doc: &Doc, judges_line: &mut [Option<bool>]) -> Vec<Option<Place>> {
    let judged: Vec<Option<bool>> = doc
        .blocks
        .iter()
        .zip(judges_line.iter_mut())
        .enumerate()
        .map(|(i, (b, known))| {
            (b.is_kept() && !b.plain.is_empty())
                .then(|| *known.get_or_insert_with(|| judges_block(doc, i)))
        })
        .collect();
    let total = judged.iter().filter(|j| **j == Some(false)).count();
    let prose = bucket(total, &[0, 1, 2, 5, 10]) as u8;
    let mut above = 0usize;
    judged
        .iter()
        .map(|j| match j {
            Some(true) => Some(Place {
                above: above.min(2) as u8,
                below: (total - above).min(2) as u8,
                prose,
            }),
            Some(false) => {
                above += 1;
                None
            }
            None => None,
        })
        .collect()
}

/// Calls `emit` for the features of a line's place: the counts of prose lines above and below
/// it, and whether it stands in the head, the tail or amid the prose, by the line's length.
fn place_features(place: Place, words: usize, mut emit: impl FnMut(&Kind, &[&str], f32)) {
    emit(
        &PLACE,
        &[
            NUMS[usize::from(place.above)],
            NUMS[usize::from(place.below)],
        ],
        1.0,
    );
    let at = match (place.above, place.below) {
        (0, 0) => "none",
        (0, _) => "head",
        (_, 0) => "tail",
        _ => "mid",
    };
    let nb = bucket(words, &[1, 2, 4, 8]);
    emit(&PLACE_WORDS, &[at, ":", NUMS[nb]], 1.0);
    emit(
        &PLACE_PROSE,
        &[at, ":", NUMS[usize::from(place.prose)]],
        1.0,
    );
}

/// [`place_features`] by name, for training.
fn place_feature_names(place: Place, words: usize, mut emit: impl FnMut(&str, &[&str], f32)) {
    place_features(place, words, |kind, parts, x| emit(kind.name, parts, x));
}

/// The lines the model judges in a document, by block, with their features (the line's own and
/// its place's) named as the weight table names them: what training sees.
pub(crate) fn probe(doc: &Doc) -> Vec<(usize, ProbeLine)> {
    let places = places(doc);
    let mut out = Vec::new();
    for (i, place) in places.iter().enumerate() {
        let Some(place) = *place else { continue };
        let b = &doc.blocks[i];
        let mut features = Vec::new();
        line_features(&b.plain, |k, v, x| features.push((feature_name(k, v), x)));
        place_feature_names(place, words(&b.plain), |k, v, x| {
            features.push((feature_name(k, v), x))
        });
        out.push((
            i,
            ProbeLine {
                text: b.plain.to_string(),
                features,
                kept: false,
            },
        ));
    }
    out
}

/// Marks a line may hold, by name: characters and strings of links, prices, separators...
const MARK_NAMES: [&str; 18] = [
    "bar",
    "guillemet",
    "at",
    "copyright",
    "money",
    "hash",
    "url",
    "dot",
    "slash",
    "arrow",
    "ellipsis",
    "paren",
    "quote",
    "percent",
    "amp",
    "bang",
    "question",
    "comma",
];
const URL: usize = 6;
const SLASH: usize = 8;
const ELLIPSIS: usize = 10;

fn mark_of(c: char) -> Option<usize> {
    Some(match c {
        '|' => 0,
        '»' | '›' => 1,
        '@' => 2,
        '©' => 3,
        '$' | '€' | '£' => 4,
        '#' => 5,
        '•' | '·' => 7,
        '→' => 9,
        '…' => ELLIPSIS,
        '(' => 11,
        '"' | '“' => 12,
        '%' => 13,
        '&' => 14,
        '!' => 15,
        '?' => 16,
        ',' => 17,
        _ => return None,
    })
}

const NUMS: [&str; 11] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

/// Words of a line as [`line_features`] counts them.
fn words(line: &str) -> usize {
    let mut n = 0;
    for_each_word(line, |_, _| n += 1);
    n
}

/// The words of block `i` as dedup counted them (`Doc::word_counts`), known for the lines kept
/// when dedup ran, unless cut since: the same words as [`words`] counts, by the same loop
/// ([`crate::text::for_each_word_inline`]).
fn counted_words(doc: &Doc, i: usize) -> Option<usize> {
    doc.word_counts
        .get(i)
        .copied()
        .flatten()
        .map(|c| c.words as usize)
}

/// [`words`] of block `i`, counted by dedup when it can.
fn words_of(doc: &Doc, i: usize) -> usize {
    counted_words(doc, i).unwrap_or_else(|| words(&doc.blocks[i].plain))
}

/// [`judges`] of block `i`, with the words dedup counted when it can.
fn judges_block(doc: &Doc, i: usize) -> bool {
    let line = &doc.blocks[i].plain;
    line.len() <= 2 * MAX_JUDGED_WORDS
        || counted_words(doc, i).map_or_else(|| judges(line), |n| n <= MAX_JUDGED_WORDS)
}

/// Whether the model judges a line, or leaves it alone as too long.
pub(crate) fn judges(line: &str) -> bool {
    // A word and the byte after it take two bytes at least: a line of up to twice the limit
    // cannot have more words, and is not counted. Most lines of prose are ruled out after their
    // first words, without counting them all.
    line.len() <= 2 * MAX_JUDGED_WORDS
        || (!crate::text::surely_more_word_runs(line, MAX_JUDGED_WORDS)
            && words(line) <= MAX_JUDGED_WORDS)
}

/// What the model knows of a document's lines from one round to the next: their own features
/// do not change, only their places are weighed again each round.
#[derive(Debug, Default)]
pub(crate) struct Scores {
    /// The weighted sum of each judged line's own features, by block (minus infinity for a line
    /// the pitch look leaves alone).
    line_sums: Vec<Option<f32>>,
    /// Whether the model judges each line ([`judges`]), by block.
    judged: Vec<Option<bool>>,
}

/// Removes the kept lines the model scores as boilerplate; tells whether it removed any.
pub(crate) fn apply(doc: &mut Doc, rs: &Ruleset, scores: &mut Scores) -> bool {
    let full = rs.on(&LINE_MODEL);
    let pitch_only = !full && rs.on(&PITCH_LINE);
    if !full && !pitch_only {
        return false;
    }
    // Trained on text dumps; a page's blocks come with what its markup says, and the dom layer
    // has judged them already. (A page's run never parses the model.)
    if doc.is_html_page() {
        return false;
    }
    let model = rs.line_model();
    let (rule, threshold) = if full {
        (&LINE_MODEL, model.threshold)
    } else {
        (&PITCH_LINE, PITCH_THRESHOLD)
    };
    if model.shape.is_empty() {
        return false;
    }
    // Pitches are judged among prose: on a page of items (a shop's grid, a list of links) the
    // short lines are the content, and the model's errors there cost more than they save.
    // (Judged again each round, as a second pass over the clean body judges it.)
    if pitch_only && !mostly_prose(doc) {
        return false;
    }
    scores.line_sums.resize(doc.blocks.len(), None);
    scores.judged.resize(doc.blocks.len(), None);
    // Places first: the lines removed below do not move them.
    let places = places_cached(doc, &mut scores.judged);
    let mut cut: Vec<(usize, Place, f32)> = Vec::new();
    let mut cut_words = 0usize;
    for (i, place) in places.into_iter().enumerate() {
        let Some(place) = place else { continue };
        let b = &doc.blocks[i];
        // A line's own features weigh the same in every round: only its place may change.
        let z = match scores.line_sums[i] {
            Some(z) => z,
            None => {
                // A line without a pitch's words is no pitch, whatever the model says: not
                // scored at all (most lines).
                let z = if full || (has_pitch_cue(&b.plain) && !is_clausal_sentence(&b.plain)) {
                    model.line_sum(&b.plain)
                } else {
                    f32::NEG_INFINITY
                };
                scores.line_sums[i] = Some(z);
                z
            }
        };
        if z == f32::NEG_INFINITY {
            continue;
        }
        let n = words_of(doc, i);
        let p = sigmoid(z + model.place_sum(place, n));
        // A comments or teasers header is the anchor the rules of context cut the comments or the
        // teasers from when they judge again: removed by the model, it would leave them be.
        if p >= threshold
            && (full || !named_later(doc, i))
            && !crate::rules::textclass::is_section_anchor(crate::text::trim_ws(&b.plain))
        {
            cut.push((i, place, p));
            if !goes_later(&b.plain) {
                cut_words += n;
            }
        }
    }
    if cut.is_empty() {
        return false;
    }
    // A model that would take this much of a document is wrong about it: its lines are those of
    // a list (item names, headlines of cards), not chrome around prose. The lines the rules
    // after the model remove anyway are not counted, so that the clean body, without them, is
    // judged the same way. (The kept words only grow: the count stops once they are enough.)
    let within_share = |kept_words: usize| cut_words as f32 <= MAX_CUT_SHARE * kept_words as f32;
    let mut kept_words = 0usize;
    let enough = within_share(0)
        || doc
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.is_kept() && !goes_later(&b.plain))
            .any(|(i, _)| {
                kept_words += words_of(doc, i);
                within_share(kept_words)
            });
    if !enough {
        return false;
    }
    for (i, place, p) in cut {
        let detail = model.explain(&doc.blocks[i].plain, Some(place), p);
        doc.remove(i, rule, Some(detail));
    }
    true
}

/// A sentence of clauses ("Sort by size first, then by colour, when you unpack the delivery."):
/// ten words or more, a comma, a full stop at the end. A pitch is a slogan or one plain
/// sentence; a line of prose reads like this.
fn is_clausal_sentence(line: &str) -> bool {
    let t = crate::text::trim_ws(line);
    t.ends_with('.') && t.contains(", ") && words(t) >= 10
}

/// Lines of at least this many words are prose for [`mostly_prose`]...
const PROSE_LINE_WORDS: usize = 20;

/// ... and they hold at least this share of the kept words on a page where pitches are judged.
const MIN_PROSE_SHARE: f32 = 0.5;

/// Whether lines of prose hold most of the kept words.
fn mostly_prose(doc: &Doc) -> bool {
    let (mut prose, mut all) = (0usize, 0usize);
    for b in doc.blocks.iter().filter(|b| b.is_kept()) {
        // (A block's plain text is collapsed: its spaces count its words.)
        let n = crate::text::collapsed_word_count(&b.plain);
        all += n;
        if n >= PROSE_LINE_WORDS {
            prose += n;
        }
    }
    prose as f32 >= MIN_PROSE_SHARE * all as f32
}

/// Whether a named rule after the rounds takes the kept line `i` anyway, with its own id: a
/// button or widget label, a shop's control, the answer to a pitch question.
fn named_later(doc: &Doc, i: usize) -> bool {
    goes_later(&doc.blocks[i].plain)
        || doc.blocks[..i]
            .iter()
            .rev()
            .find(|b| b.is_kept() && !crate::text::trim_ws(&b.plain).is_empty())
            .is_some_and(|b| {
                crate::rules::tail_pitch::is_pitch_question(crate::text::trim_ws(&b.plain))
            })
}

/// Whether the rules that judge the kept lines after the model remove a line anyway.
fn goes_later(line: &str) -> bool {
    use crate::rules::textclass::{is_button_label, is_shop_control, is_widget_label};
    let t = crate::text::trim_ws(line);
    is_button_label(t) || is_shop_control(t) || is_widget_label(t)
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&SHIPPED);
    Lazy::force(&PITCH_CUE_TABLE);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Cleaner, Input, Preset};

    /// The shipped model's digest, found without parsing, is the parsed model's: the rule set's
    /// fingerprint does not move.
    #[test]
    fn shipped_digest_is_the_parsed_models() {
        assert_eq!(shipped_digest(), LineModel::shipped().digest());
        assert_eq!(
            crate::rules::Ruleset::new(crate::rules::Tier::Balanced, &[]).line_model_digest(),
            LineModel::shipped().digest()
        );
    }

    #[test]
    fn pitch_cues_are_whole_words_in_any_case() {
        for t in [
            "Get the latest news straight to your inbox.",
            "SUBSCRIBE to our Newsletter",
            "We’ve got the plan",
            "Start a free trial",
            "Don't miss out: you'll love it",
        ] {
            assert!(has_pitch_cue(t), "{t}");
        }
        for t in [
            "Shares in the US rose on Monday.",
            "Yourself and ourselves are not cues.",
            "Press Enter to confirm the new name.",
            "Nobody was hurt.",
            "1 egg",
            "",
        ] {
            assert!(!has_pitch_cue(t), "{t}");
        }
    }

    /// The words found eight bytes at a time are those a byte at a time finds: every split of
    /// a line of cues, apostrophes, other scripts and marks around the chunks' edges.
    #[test]
    fn pitch_cues_found_by_chunks_as_by_bytes() {
        fn by_bytes(line: &str) -> bool {
            line.as_bytes()
                .split(|&c| !(c.is_ascii_alphanumeric() || c == b'\''))
                .any(|w| {
                    w.len() >= 2
                        && w != b"US"
                        && PITCH_CUES
                            .iter()
                            .any(|c| c.as_bytes().eq_ignore_ascii_case(w))
                })
        }
        let pieces = [
            "subscribe",
            "SUBSCRIBE",
            "we",
            "we’ve",
            "don't",
            "'free'",
            "é",
            "東京",
            "US",
            "us",
            "x",
            "12",
            "inbox!",
            "\u{7f}",
            "a\tb",
            "newsletter",
            "ourselves",
            "'",
            "",
        ];
        let mut lines = 0;
        for a in pieces {
            for b in pieces {
                for gap in ["", " ", "  -  ", "’", "1234567"] {
                    let line = format!("{a}{gap}{b}");
                    for cut in 0..=line.len() {
                        if let Some(t) = line.get(cut..) {
                            assert_eq!(has_pitch_cue(t), by_bytes(t), "{t:?}");
                            lines += 1;
                        }
                    }
                }
            }
        }
        assert!(lines > 1000);
    }

    fn precise(text: &str) -> crate::CleanDoc {
        Cleaner::builder()
            .preset(Preset::Precision)
            .build()
            .unwrap()
            .clean(Input::text(text))
            .unwrap()
    }

    #[test]
    fn the_shipped_table_parses_and_scores() {
        let m = LineModel::shipped();
        assert!(!m.is_invalid() && !m.shape.is_empty() && !m.lexical.is_empty());
        let chrome = m.probability("Click to share on Facebook (Opens in new window)");
        let prose = m.probability("The council will meet again in June, the clerk said.");
        assert!(chrome.unwrap() > prose.unwrap(), "{chrome:?} {prose:?}");
        // Long lines are not judged.
        let long = "word ".repeat(MAX_JUDGED_WORDS + 1);
        assert_eq!(m.probability(&long), None);
    }

    /// A kind's hash and table are those its name gives.
    #[test]
    fn kinds_hash_and_look_up_as_their_names() {
        for k in KINDS {
            assert_eq!(k.hash, fnv1a(k.name.as_bytes(), FNV_OFFSET), "{}", k.name);
            assert_eq!(k.lexical, is_lexical(k.name), "{}", k.name);
            assert_eq!(kind_key(k, &["Sign", " ", "UP"]), key(k.name, "sign up"));
        }
    }

    /// `explain` names the features a stable sort of all the positive contributions puts first.
    #[test]
    fn explain_keeps_the_order_of_a_full_sort() {
        let m = LineModel::shipped();
        let by_full_sort = |line: &str, p: f32| {
            let mut all: Vec<(f32, String)> = Vec::new();
            features_by_kind(line, |kind, parts, x| {
                if let Some(w) = m.weight(kind, key_parts(kind.name, parts)) {
                    if w * x > 0.0 {
                        all.push((w * x, feature_name(kind.name, parts).replace('\t', ":")));
                    }
                }
            });
            all.sort_by(|a, b| b.0.total_cmp(&a.0));
            let cues: Vec<String> = all
                .iter()
                .take(EXPLAINED_CUES)
                .map(|(c, n)| format!("{n} {c:+.2}"))
                .collect();
            format!("p = {p:.2}; {}", cues.join(", "))
        };
        let lines = crate::text::prefilter_test_lines(&[
            "Click to share on Facebook (Opens in new window)",
            "Donate items",
            "Home | News | Sports | Contact Us",
            "Sign up for our newsletter",
            "© 2024 Example Media. All rights reserved.",
            "Share Share Share",
            "",
        ]);
        for l in &lines {
            assert_eq!(m.explain(l, None, 0.5), by_full_sort(l, 0.5), "{l:?}");
        }
    }

    #[test]
    fn a_removal_names_its_strongest_features() {
        let d = precise(
            "The city council approved a new budget on Tuesday after a long debate about schools, roads and the library, which the mayor said would open next spring if the builders keep to their plan.\n\nDonate items\n\nOfficials said the plan would add forty teachers before the next school year begins in the autumn, and that the new library would need a dozen more staff by then.\n",
        );
        let r = d
            .removals
            .iter()
            .find(|r| r.rule == "text.line-model")
            .expect("the donation line goes");
        let detail = r.detail.as_deref().unwrap_or("");
        assert!(
            detail.starts_with("p = ") && detail.contains("donate"),
            "{detail}"
        );
    }

    #[test]
    fn off_in_the_default_preset_and_for_pages() {
        let text = "The city council approved a new budget on Tuesday after a long debate.\n\nHelp us keep reading free\n\nOfficials said the plan would add forty teachers next year.\n";
        let d = crate::clean(text);
        assert!(d.removals.iter().all(|r| r.rule != "text.line-model"));
        let page = format!(
            "<html><body><article><p>{}</p></article></body></html>",
            text.replace("\n\n", "</p><p>")
        );
        let d = Cleaner::builder()
            .preset(Preset::Precision)
            .build()
            .unwrap()
            .clean(Input::html(page.as_bytes()))
            .unwrap();
        assert!(d.removals.iter().all(|r| r.rule != "text.line-model"));
    }

    /// A comments or teasers header is the anchor the rules of context cut from: the model
    /// leaves it to them, however it scores, and takes the other lines it scores high.
    #[test]
    fn headers_the_rules_of_context_cut_from_are_not_judged() {
        let table = "threshold\t\t0.5\nbias\t\t-6\nw\tcomments\t12\nw\tshare\t12\nnw\t1\t0\n";
        let model = std::sync::Arc::new(LineModel::parse(table).expect("table"));
        let prose = "The council met on Tuesday and approved the new budget for the schools of the district after a long debate, in which the mayor, the clerk and two teachers spoke about the roads, the library and the parks.";
        let text = format!(
            "{}Share this story\n\n3 Comments\n\n{prose}",
            format!("{prose}\n\n").repeat(12)
        );
        let rs = Ruleset::new(Tier::Aggressive, &[]).with_line_model(model);
        let mut removals = Vec::new();
        let blocks = crate::segment::blocks(&text, &rs, &mut removals);
        let mut doc = Doc::new(text.as_str(), blocks);
        assert!(apply(&mut doc, &rs, &mut Scores::default()));
        let removed: Vec<&str> = doc
            .blocks
            .iter()
            .filter(|b| b.is_removed_by(&LINE_MODEL))
            .map(|b| &*b.plain)
            .collect();
        assert_eq!(removed, ["Share this story"]);
    }

    /// A line's place counts the lines of prose above and below it (up to two), and stays
    /// when short lines go.
    #[test]
    fn places_count_the_lines_of_prose_around_a_line() {
        let prose = "The council met on Tuesday and approved the new budget for the schools of the district after a long debate, in which the mayor, the clerk and two teachers spoke about the roads, the library and the parks.";
        let text =
            format!("Menu\n\n{prose}\n\nRead more\n\n{prose} Again.\n\nShare this\n\nContact");
        let rs = Ruleset::new(Tier::Balanced, &[]);
        let mut removals = Vec::new();
        let blocks = crate::segment::blocks(&text, &rs, &mut removals);
        let mut doc = Doc::new(text.as_str(), blocks);
        let at = |p: Option<Place>| p.map(|p| (p.above, p.below, p.prose));
        let got: Vec<_> = places(&doc).into_iter().map(at).collect();
        assert_eq!(
            got,
            vec![
                Some((0, 2, 2)),
                None,
                Some((1, 1, 2)),
                None,
                Some((2, 0, 2)),
                Some((2, 0, 2))
            ]
        );
        doc.remove(2, &LINE_MODEL, None);
        let again: Vec<_> = places(&doc).into_iter().map(at).collect();
        assert_eq!(again[4], got[4]);
        assert_eq!(again[0], got[0]);
        // Its features name where it stands, by its length.
        let mut names = Vec::new();
        place_feature_names(
            Place {
                above: 0,
                below: 2,
                prose: 2,
            },
            1,
            |k, v, _| names.push(feature_name(k, v)),
        );
        assert_eq!(
            names,
            ["place\t02", "placenw\thead:0", "placeprose\thead:2"]
        );
    }

    /// The model keeps every line of a document it would take too much of: a list.
    #[test]
    fn a_document_the_model_would_mostly_take_keeps_its_lines() {
        // A model that takes every line it judges.
        let greedy = Cleaner::builder()
            .preset(Preset::Precision)
            .line_model_table("threshold\t\t0.5\nbias\t\t5\n")
            .build()
            .unwrap();
        let cut = |text: &str| {
            let d = greedy.clean(Input::text(text)).unwrap();
            d.removals
                .iter()
                .filter(|r| r.rule == "text.line-model")
                .count()
        };
        let list = "Our picks for the living room this autumn, chosen by the editors after testing dozens of pieces in real homes.\n\nA walnut coffee table with two deep drawers for storage\n\nThe oak dining chair that our editors sat in all year\n\nA linen sofa cover that survived three dogs and a toddler\n\nThe brass floor lamp that lights a whole reading corner\n";
        assert_eq!(cut(list), 0);
        let body = greedy.clean(Input::text(list)).unwrap().body;
        assert!(body.contains("The oak dining chair"), "{body}");
        let article = "The city council approved a new budget on Tuesday after a long debate about schools, roads and the new library downtown, which the mayor said would open next spring if the builders keep to their plan.\n\nDonate items\n\nOfficials said the plan would add forty teachers before the next school year begins in the autumn, and that the new library would need a dozen more staff by the time its doors open to readers.\n\nThe vote was seven to two, with both members from the northern wards against it because the roads in their districts were left for another year, as they were in the last budget too.\n";
        assert_eq!(cut(article), 1);
    }

    #[test]
    fn a_table_that_does_not_parse_is_refused() {
        assert!(LineModel::parse("w\tsubscribe\tnot-a-number\n").is_none());
        let built = Cleaner::builder().line_model_table("w\tx\n").build();
        assert!(built.is_err());
        // The same key for a value given whole or in parts, in any case.
        assert_eq!(key_parts("b", &["Sign", " ", "UP"]), key("b", "sign up"));
    }

    #[test]
    fn judges_as_the_full_word_count_does() {
        let long = "word ".repeat(MAX_JUDGED_WORDS + 1);
        let at_max = "word ".repeat(MAX_JUDGED_WORDS);
        let lines =
            crate::text::prefilter_test_lines(&[&long, &at_max, "a | b | c | d | e | f | g | h"]);
        for l in &lines {
            assert_eq!(judges(l), words(l) <= MAX_JUDGED_WORDS, "{l:?}");
        }
    }

    /// The words dedup counts for a block are the words [`words`] counts: the model reads them
    /// instead of counting again, so both must stay the same loop.
    #[test]
    fn dedup_counts_the_words_the_model_counts() {
        let long = "word ".repeat(MAX_JUDGED_WORDS + 1);
        let lines = crate::text::prefilter_test_lines(&[
            &long,
            "e.g. U.S.-made 3.5mm jacks, 10x faster (see §4.2)",
            "Ünïcödé wörds, 東京タワー and 🎉 emoji",
        ]);
        let text = lines.join("\n\n");
        let rs = Ruleset::new(Tier::Balanced, &[]);
        let mut removals = Vec::new();
        let blocks = crate::segment::blocks(&text, &rs, &mut removals);
        let mut doc = Doc::new(text.as_str(), blocks);
        crate::rules::dedup::apply(&mut doc, &rs, &[]);
        let mut counted = 0;
        for i in 0..doc.blocks.len() {
            if let Some(n) = counted_words(&doc, i) {
                assert_eq!(n, words(&doc.blocks[i].plain), "{:?}", doc.blocks[i].plain);
                assert_eq!(judges_block(&doc, i), judges(&doc.blocks[i].plain));
                counted += 1;
            }
        }
        assert!(counted >= 3, "{counted}");
    }

    /// Hashing ASCII parts eight bytes at a time gives the keys of pushing them one by one.
    #[test]
    fn keys_hashed_in_groups_as_byte_by_byte() {
        let plain = |kind: &str, parts: &[&str]| {
            let mut k = KeyHash {
                h: fnv1a(kind.as_bytes(), FNV_OFFSET),
                acc: 0,
                n: 0,
                total: 0,
            };
            for p in parts {
                let mut utf8 = [0u8; 4];
                for c in p.chars().flat_map(char::to_lowercase) {
                    for &b in c.encode_utf8(&mut utf8).as_bytes() {
                        k.push(b);
                    }
                }
            }
            mix(mix(k.h, k.acc), k.total)
        };
        let mut words: Vec<String> = crate::text::prefilter_test_lines(&[
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{ 0123456789",
            "Subscribe Now",
            "x",
        ]);
        words.extend((0u8..0x80).map(|b| (b as char).to_string().repeat(9)));
        for w in &words {
            for (a, b) in [(0, w.len()), (0, w.len() / 2), (w.len() / 3, w.len())] {
                let (Some(x), Some(y)) = (w.get(..a.max(b) / 2), w.get(a..b)) else {
                    continue;
                };
                assert_eq!(
                    key_parts("b", &[x, " ", y]),
                    plain("b", &[x, " ", y]),
                    "{w:?}"
                );
                assert_eq!(key_parts("w", &[y]), plain("w", &[y]), "{w:?}");
            }
        }
    }
}
