//! Repeated paragraphs within one document: the later copy goes, pointing at the one it repeats.
//!
//! Cost stays linear in the number of paragraphs: exact and normalised copies are found through a
//! hash map; near copies of long paragraphs through buckets keyed by their smallest shingle hashes, each candidate pair then
//! checked by the Jaccard similarity of its word 3-shingles.

use crate::doc::{Doc, State};
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use crate::stopwords::Counts;
use crate::text::KeyMap;
use crate::text::{ends_sentence, hash64};

pub static EXACT: Rule = Rule {
    id: "dedup.exact",
    layer: Layer::Dedup,
    why: "the same paragraph appeared earlier in the document",
    tier: Tier::Core,
};

pub static NEAR: Rule = Rule {
    id: "dedup.near",
    layer: Layer::Dedup,
    why: "a near copy of an earlier paragraph (equal up to case and punctuation, or ≥ 90% similar)",
    tier: Tier::Core,
};

pub static RESTATED: Rule = Rule {
    id: "dedup.restated",
    layer: Layer::Dedup,
    why: "a long paragraph that restates many earlier ones (the article pasted again in one block, as HTML or markdown)",
    tier: Tier::Core,
};

pub static REPEATED_PASSAGE: Rule = Rule {
    id: "dedup.repeated-passage",
    layer: Layer::Dedup,
    why: "a long passage that repeats, word for word, an earlier part of the same paragraph (a shop's field holding its text twice or more)",
    tier: Tier::Core,
};

/// Jaccard similarity of 3-shingles at or above which long paragraphs are near copies.
pub const NEAR_JACCARD: f64 = 0.9;
/// Paragraphs with at least this many words are compared by shingles.
const SHINGLE_MIN_WORDS: usize = 30;
/// Buckets per paragraph: its this-many smallest shingle hashes (a bottom-k sketch). Two
/// paragraphs with Jaccard similarity J share their smallest hash with probability J.
const SKETCH: usize = 4;
/// A cell of a text dump's table ([`Doc::is_tabbed_cell`]) with at most this many words is a
/// value of its column, which other rows may hold too.
const TABLE_VALUE_MAX_WORDS: usize = 6;
/// Candidates checked per paragraph at most, so that a page of many similar paragraphs stays linear.
const MAX_CANDIDATES: usize = 24;

/// A short repeated line that ends like a sentence ("He declined to comment.") may be said twice
/// on purpose; labels and longer paragraphs are deduplicated.
fn dedupable(text: &str, norm_len: usize) -> bool {
    norm_len >= 40 || !ends_sentence(text)
}

/// The block is in an entry of a listing's repeated structure (HTML front end).
fn in_listing(b: &crate::doc::Block) -> bool {
    b.dom.as_ref().is_some_and(|d| d.listing_item)
}

/// A price and nothing else: an amount with a currency sign ("$36", "29,95 €").
fn is_price(text: &str) -> bool {
    let t = text.trim();
    t.chars().any(|c| c.is_ascii_digit())
        && t.chars().any(|c| matches!(c, '$' | '€' | '£' | '¥'))
        && t.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥' | '.' | ',' | ' ' | '\u{a0}')
        })
}

/// The paragraphs kept so far with one normal form: the first, and those whose text is not yet
/// among the exact copies' keys (their texts are hashed when a later paragraph has the normal
/// form too).
struct NormGroup {
    first: usize,
    unhashed: smallvec::SmallVec<[usize; 1]>,
}

/// What dedup knows of a paragraph, from one pass over its text: the hash of its normal form
/// (lower-cased letters and digits, one space between words), the normal form's length and word
/// count, and the sketch: the smallest hashes of its word 3-shingles.
struct Signature {
    norm: u64,
    norm_len: usize,
    words: usize,
    sketch: [u64; SKETCH],
}

/// Hashes of the paragraph's normalised words, in order (the words of its normal form), with
/// their lengths in bytes, the words' bytes, the words themselves when they are not ASCII ("" for
/// ASCII words, which need no check of their ends as characters), whether they are ASCII and
/// their first bytes ([`crate::text::for_each_word_head`]). Returns the count of characters of
/// unspaced scripts.
#[inline(always)]
fn word_hashes(text: &str, mut each: impl FnMut(u64, usize, &[u8], &str, bool, u64)) -> u32 {
    let bytes = text.as_bytes();
    crate::text::for_each_word_inline(text, |start, end, ascii, head| {
        let w = bytes.get(start..end).unwrap_or_default();
        // One call of `each` for both kinds of word, so that it is inlined.
        let (hash, len, other) = if ascii {
            (WordHash::of_ascii_head(w, head), w.len(), "")
        } else {
            let other = text.get(start..end).unwrap_or("");
            let (hash, len) = WordHash::of_other(other);
            (hash, len, other)
        };
        // (`head` is 0 for a word that is not ASCII.)
        each(hash, len, w, other, ascii, head);
    })
}

/// The hash of one word, fed a byte at a time.
#[derive(Default)]
struct WordHash {
    h: u64,
    chunk: u64,
    len: usize,
}

impl WordHash {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;

    #[inline]
    fn push(&mut self, b: u8) {
        let at = self.len & 7;
        self.chunk |= (b as u64) << (at * 8);
        self.len += 1;
        if at == 7 {
            self.h = (self.h.rotate_left(5) ^ self.chunk).wrapping_mul(Self::K);
            self.chunk = 0;
        }
    }

    /// The hash of an ASCII word of letters and digits, eight bytes at a time: what pushing its
    /// lower-cased bytes one by one gives.
    fn of_ascii(word: &[u8]) -> u64 {
        // Eight to sixteen bytes, nearly every long word: a chunk and what follows it, without
        // the loop.
        if let (Some(head), Some(rest)) = (word.first_chunk::<8>(), word.get(8..)) {
            if rest.len() <= 8 {
                let h = Self::lower(u64::from_le_bytes(*head)).wrapping_mul(Self::K);
                let rest = Self::lower(crate::text::load_le(rest));
                let (h, chunk) = if word.len() == 16 {
                    ((h.rotate_left(5) ^ rest).wrapping_mul(Self::K), 0)
                } else {
                    (h, rest)
                };
                return WordHash {
                    h,
                    chunk,
                    len: word.len(),
                }
                .finish();
            }
        }
        let mut w = WordHash::default();
        let mut chunks = word.chunks_exact(8);
        for c in &mut chunks {
            let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            w.h = (w.h.rotate_left(5) ^ Self::lower(x)).wrapping_mul(Self::K);
        }
        w.chunk = Self::lower(crate::text::load_le(chunks.remainder()));
        w.len = word.len();
        w.finish()
    }

    /// [`Self::of_ascii`], given the word's first eight bytes as [`crate::text::load_le`] reads
    /// them: a word shorter than eight bytes is hashed without reading it again.
    #[inline]
    fn of_ascii_head(word: &[u8], head: u64) -> u64 {
        if word.len() >= 8 {
            return Self::of_ascii(word);
        }
        WordHash {
            h: 0,
            chunk: Self::lower(head),
            len: word.len(),
        }
        .finish()
    }

    /// The hash and the lower-cased length in bytes of a word that is not ASCII.
    fn of_other(word: &str) -> (u64, usize) {
        let mut h = WordHash::default();
        let mut buf = [0u8; 4];
        for c in word.chars() {
            // An ASCII character's lower case is its ASCII lower case, one byte.
            if c.is_ascii() {
                h.push(c.to_ascii_lowercase() as u8);
                continue;
            }
            crate::text::for_each_lower(c, |l| {
                for &x in l.encode_utf8(&mut buf).as_bytes() {
                    h.push(x);
                }
            });
        }
        (h.finish(), h.len)
    }

    /// Lower-cases eight ASCII letters, digits or zero bytes at once: letters have bit 0x40 set
    /// and upper-case ones lack 0x20; digits and zeros have neither 0x40 nor need a change.
    #[inline]
    fn lower(x: u64) -> u64 {
        x | ((x & 0x4040_4040_4040_4040) >> 1)
    }

    /// The hash of a word of `len` (at most eight) ASCII letters and digits, given as the number
    /// [`crate::text::load_le`] reads from its bytes lower-cased: [`Self::of_ascii_head`] without
    /// the lower-casing. (Eight bytes make a whole chunk, hashed into `h`.)
    #[inline(always)]
    fn short(key: u64, len: usize) -> u64 {
        let whole = len == 8;
        WordHash {
            h: if whole { key.wrapping_mul(Self::K) } else { 0 },
            chunk: if whole { 0 } else { key },
            len,
        }
        .finish()
    }

    #[inline(always)]
    fn finish(&self) -> u64 {
        let mut h =
            (self.h.rotate_left(5) ^ self.chunk ^ ((self.len as u64) << 56)).wrapping_mul(Self::K);
        // The finaliser of splitmix64: shingles and sketches want every bit mixed.
        h ^= h >> 30;
        h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
        h ^= h >> 27;
        h = h.wrapping_mul(0x94D0_49BB_1331_11EB);
        h ^ (h >> 31)
    }
}

fn shingle(a: u64, b: u64, c: u64) -> u64 {
    let x = a.rotate_left(1) ^ b.rotate_left(17) ^ c.rotate_left(33) ^ c;
    x ^ (x >> 29)
}

/// The signature of a paragraph, and its word and stopword counts (for the text classifier,
/// which would otherwise read every word again). The hashes of the word 3-shingles of a
/// paragraph of [`SHINGLE_MIN_WORDS`] words or more (the only ones compared by their sketch) are
/// appended to `shingles`, in the order of its words: a paragraph compared with a candidate needs
/// them all, and its words are not hashed again. `words` is a buffer: the word hashes are its
/// first [`Signature::words`] numbers.
///
/// Two loops: one reads the text (words, their hashes, the stopwords), one the word hashes. The
/// first keeps its state in registers: it is a function of its own, its words are written into
/// a slice sized beforehand rather than pushed (a vector's length would be stored at every
/// word), and the rare words (longer than eight bytes, or not ASCII) go to a function apart.
#[inline(never)]
fn signature(text: &str, shingles: &mut Vec<u64>, words: &mut Vec<u64>) -> (Signature, Counts) {
    let lookup = crate::stopwords::Lookup::default();
    let stopword_hashes: &ShortStopwords = &SHORT_STOPWORDS;
    let mut hits = crate::stopwords::Hits::default();
    // A word is followed by a byte that is not in it, or ends the text: at most one word in
    // every two bytes. The buffer keeps the length it had (its words are written over), so that
    // it is filled with zeros only when it grows.
    let most = text.len() / 2 + 1;
    if words.len() < most {
        words.resize(most, 0);
    }
    let out = words.as_mut_slice();
    let mut count = 0usize;
    let mut letters = 0;
    let unspaced = crate::text::for_each_word_inline(text, |start, end, ascii, head| {
        let len = end.wrapping_sub(start);
        let (hash, len, m) = if ascii && len <= 8 {
            let key = WordHash::lower(head);
            let hash = WordHash::short(key, len);
            let m = if stopword_hashes.may_hold(hash) {
                lookup.short_lower_unfiltered(key)
            } else {
                0
            };
            (hash, len, m)
        } else {
            rare_word(text, start, end, ascii)
        };
        if let Some(slot) = out.get_mut(count) {
            *slot = hash;
        }
        count += 1;
        letters += len;
        if m != 0 {
            hits.add(m);
        }
    });
    let words = words.get(..count).unwrap_or_default();
    let counts = hits.counts(count as u32, unspaced);
    let mut norm: u64 = 0x243F_6A88_85A3_08D3;
    for &w in words.iter() {
        norm = (norm.rotate_left(7) ^ w).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    let mut sketch = [u64::MAX; SKETCH];
    if words.len() >= SHINGLE_MIN_WORDS {
        // Written in place rather than pushed, which stores the vector's length at each one.
        let from = shingles.len();
        shingles.resize(from + words.len() - 2, 0);
        let out = shingles.get_mut(from..).unwrap_or_default();
        for (t, slot) in words.windows(3).zip(out) {
            // Keep the SKETCH smallest shingle hashes, sorted.
            let s = shingle(t[0], t[1], t[2]);
            *slot = s;
            if s < sketch[SKETCH - 1] && !sketch.contains(&s) {
                let mut k = SKETCH - 1;
                while k > 0 && sketch[k - 1] > s {
                    sketch[k] = sketch[k - 1];
                    k -= 1;
                }
                sketch[k] = s;
            }
        }
    }
    let sig = Signature {
        norm,
        // One space between each two words.
        norm_len: letters + words.len().saturating_sub(1),
        words: words.len(),
        sketch,
    };
    (sig, counts)
}

/// A Bloom filter of one hash over the [`WordHash`]es of the stopwords of at most eight bytes:
/// the word's hash, which [`signature`] has in hand, rules out most words that are no stopword
/// with a shift and a load, fewer operations than the stopwords' own prefilter takes.
struct ShortStopwords {
    bits: [u64; 256],
}

impl ShortStopwords {
    /// The word whose hash this is may be a stopword (when false, it is none).
    #[inline(always)]
    fn may_hold(&self, hash: u64) -> bool {
        self.bits[(hash >> 56) as usize] >> ((hash >> 50) & 63) & 1 != 0
    }

    /// A filter of the given hashes: [`Self::may_hold`] holds for each.
    fn of(hashes: impl Iterator<Item = u64>) -> ShortStopwords {
        let mut f = ShortStopwords { bits: [0; 256] };
        for hash in hashes {
            f.bits[(hash >> 56) as usize] |= 1 << ((hash >> 50) & 63);
        }
        f
    }
}

static SHORT_STOPWORDS: once_cell::sync::Lazy<ShortStopwords> = once_cell::sync::Lazy::new(|| {
    ShortStopwords::of(crate::stopwords::Lookup::default().short_keys().map(|key| {
        // The packed bytes are the word's, and no byte of a word is zero.
        let len = 8 - (key.leading_zeros() / 8) as usize;
        WordHash::short(key, len)
    }))
});

/// [`SHORT_STOPWORDS`] of the stopwords of nine to sixteen bytes, by their
/// [`WordHash::of_ascii`]: [`rare_word`] has the hash of a long ASCII word in hand, and nearly no
/// such word is a stopword (English has three), so the stopwords' look-up is skipped for it.
static LONG_STOPWORDS: once_cell::sync::Lazy<ShortStopwords> = once_cell::sync::Lazy::new(|| {
    ShortStopwords::of(crate::stopwords::Lookup::default().long_keys().map(|key| {
        // The packed bytes are the word's (lower-case), and no byte of a word is zero.
        let len = 16 - (key.leading_zeros() / 8) as usize;
        WordHash::of_ascii(key.to_le_bytes().get(..len).unwrap_or_default())
    }))
});

/// [`SHORT_STOPWORDS`] of every stopword, by the hash of its bytes as pushed one by one: what
/// [`WordHash::of_other`] gives for a word whose lower case it is. A word that is not ASCII
/// (a word of [`rare_word`]) is a stopword only when its lower case is one, so its hash, in
/// hand, rules out most such words before their lower case is looked up.
static ALL_STOPWORDS: once_cell::sync::Lazy<ShortStopwords> = once_cell::sync::Lazy::new(|| {
    let lookup = crate::stopwords::Lookup::default();
    let short = lookup.short_keys().map(u128::from);
    ShortStopwords::of(short.chain(lookup.long_keys()).map(|key| {
        // The packed bytes are the word's, and no byte of a word is zero.
        let len = 16 - (key.leading_zeros() / 8) as usize;
        let mut h = WordHash::default();
        for &b in key.to_le_bytes().get(..len).unwrap_or_default() {
            h.push(b);
        }
        h.finish()
    }))
});

/// Builds the filters of the stopwords' hashes now rather than on first use.
pub(crate) fn prepare() {
    once_cell::sync::Lazy::force(&SHORT_STOPWORDS);
    once_cell::sync::Lazy::force(&LONG_STOPWORDS);
    once_cell::sync::Lazy::force(&ALL_STOPWORDS);
}

/// The hash, length (of the normal form) and stopword mask of a word of [`signature`] longer
/// than eight bytes or not ASCII: what [`word_hashes`] and [`crate::stopwords::mask`] give.
#[inline(never)]
fn rare_word(text: &str, start: usize, end: usize, ascii: bool) -> (u64, usize, u16) {
    if ascii {
        let w = text.as_bytes().get(start..end).unwrap_or_default();
        let hash = WordHash::of_ascii(w);
        // A word of at most eight bytes is no long stopword either way: looked up as before.
        let m = if w.len() <= 8 || LONG_STOPWORDS.may_hold(hash) {
            crate::stopwords::mask_ascii(w)
        } else {
            0
        };
        return (hash, w.len(), m);
    }
    let word = text.get(start..end).unwrap_or("");
    let (hash, len) = WordHash::of_other(word);
    let m = if ALL_STOPWORDS.may_hold(hash) {
        crate::stopwords::mask(word)
    } else {
        0
    };
    (hash, len, m)
}

/// The set of a paragraph's shingle hashes (sorted, de-duplicated), from those [`signature`]
/// appended in word order; built only to check a candidate.
fn shingle_set(in_order: &[u64]) -> Vec<u64> {
    let mut out = in_order.to_vec();
    out.sort_unstable();
    out.dedup();
    out
}

/// Sorted, de-duplicated hashes of the word 3-shingles of a text, read from the text: what
/// [`shingle_set`] gives from [`signature`]'s.
#[cfg(test)]
fn shingles(text: &str) -> Vec<u64> {
    let mut words = Vec::new();
    word_hashes(text, |w, _, _, _, _, _| {
        words.push(w);
    });
    let mut out: Vec<u64> = words
        .windows(3)
        .map(|w| shingle(w[0], w[1], w[2]))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let inter = crate::text::sorted_intersection(a, b);
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// A paragraph of at least this many words that mostly restates earlier paragraphs is a second
/// copy of the article, pasted whole into one block: a "republish this story" box holding the
/// story's HTML, a markdown copy offered to readers' AI tools. Shorter ones are left alone: a
/// tutorial's final listing puts together the snippets shown before it, and is content.
const RESTATE_MIN_WORDS: usize = 300;
/// ... when at least this share of its word 3-shingles occurred in earlier kept paragraphs
/// (markup between the words breaks some of them)...
const RESTATE_MIN_SHARE: f64 = 0.6;
/// ... spread over at least this many of them: one paragraph said again is a near copy's case.
const RESTATE_MIN_SOURCES: usize = 8;

/// A run of at least this many words that repeats, word for word, an earlier part of its own
/// paragraph is a copy. Prose repeats phrases ("a significant interaction between group and
/// time", a race plan's "at 10k race pace") and a song its chorus, in fewer words.
const REPEATED_PASSAGE_MIN_WORDS: usize = 40;

/// A line of code this long that repeats an earlier one is a copy; a shorter one may be code.
const CODE_LINE_COPY_MIN_BYTES: usize = 60;

/// A copy kept again by [`restore_orphans`] comes after the article's first paragraph of prose
/// (of at least this many words, ending a sentence): a section's heading.
const ORPHAN_PROSE_WORDS: usize = 12;
/// ... and right before a paragraph that ends a sentence and has at least this many words, when
/// the kept line above the copy is a paragraph of prose: a section of one short sentence ("All
/// trainers hold a national certification."). A teaser's summary is cut short ("…"), a product
/// card's blurb shorter ("Great value. Great fit.").
const ORPHAN_PARAGRAPH_WORDS: usize = 8;
/// ... or this many, after a kept line that is no paragraph of prose: the cards of a grid follow
/// each other's short blurbs ("Zapier" over "Automatically pass data between web services
/// without a single line of code."), and kept again one by one they made a grid that a second
/// pass took whole as teasers.
const ORPHAN_SECTION_WORDS: usize = 20;

/// `verbatim`: the blocks of code held out of the other text layers (sorted): a short line of
/// code repeats by nature.
pub fn apply(doc: &mut Doc, rs: &Ruleset, verbatim: &[usize]) {
    let (exact_on, near_on) = (rs.on(&EXACT), rs.on(&NEAR));
    if !exact_on && !near_on && !rs.on(&RESTATED) {
        return;
    }
    let n = doc.blocks.len();
    doc.word_counts = vec![None; n];
    // An exact copy has the normal form of the paragraph it repeats, and most normal forms occur
    // once: texts are hashed only in the groups of a normal form seen twice, each text once.
    let mut exact_seen: KeyMap<u64, usize> = KeyMap::default();
    let mut norm_seen: KeyMap<u64, NormGroup> = KeyMap::default();
    norm_seen.reserve(n);
    // Both buffers are sized once from the kept texts' lengths: grown paragraph by paragraph,
    // they were copied over and over (and `signature` zeroes the word buffer's new part). So
    // are the maps of the paragraphs long enough for shingles (about five bytes a word), which
    // were rehashed as they grew.
    let (mut longest, mut total, mut shingled) = (0usize, 0usize, 0usize);
    for b in doc.blocks.iter().filter(|b| b.is_kept()) {
        longest = longest.max(b.plain.len());
        total += b.plain.len();
        shingled += usize::from(b.plain.len() >= 5 * SHINGLE_MIN_WORDS);
    }
    if !near_on {
        shingled = 0;
    }
    // Nearly every bucket holds one paragraph: kept inline, without an allocation.
    let mut buckets: KeyMap<u64, smallvec::SmallVec<[usize; 1]>> = KeyMap::default();
    buckets.reserve(SKETCH * shingled);
    // Shingle sets of earlier paragraphs, built when first needed as a candidate.
    let mut shingle_sets: KeyMap<usize, Vec<u64>> = KeyMap::default();
    // The shingle hashes of the paragraphs compared by them, in word order, one after another;
    // and where each paragraph's are.
    // A word and the byte after it take about six bytes of prose.
    let mut in_order: Vec<u64> = Vec::with_capacity(if near_on { total / 6 } else { 0 });
    let mut in_order_at: KeyMap<usize, std::ops::Range<usize>> = KeyMap::default();
    in_order_at.reserve(shingled);
    // Paragraphs long enough to be a whole article restated.
    let mut long = Vec::new();
    // Paragraphs long enough to hold a passage twice, with their shingles if kept in order.
    let repeat_on = rs.on(&REPEATED_PASSAGE);
    let mut self_repeat = Vec::new();
    let mut word_buf = vec![0u64; longest / 2 + 1];
    let (mut paragraphs_before, mut words_before) = (0usize, 0usize);
    for i in 0..doc.blocks.len() {
        if !doc.blocks[i].is_kept() {
            continue;
        }
        let text = &doc.blocks[i].plain;
        let from = in_order.len();
        let (sig, counts) = signature(text, &mut in_order, &mut word_buf);
        doc.word_counts[i] = Some(counts);
        // A paragraph can restate only as many paragraphs and words as came before it: one
        // after too few of them is the article's own, and its words are not hashed again.
        if sig.words >= RESTATE_MIN_WORDS
            && paragraphs_before >= RESTATE_MIN_SOURCES
            && words_before as f64 >= RESTATE_MIN_SHARE * sig.words as f64
        {
            long.push(i);
        }
        paragraphs_before += 1;
        words_before += sig.words;
        if repeat_on && sig.words >= 2 * REPEATED_PASSAGE_MIN_WORDS {
            self_repeat.push(i);
        }
        if near_on && sig.words >= SHINGLE_MIN_WORDS {
            in_order_at.insert(i, from..in_order.len());
        } else {
            in_order.truncate(from);
        }
        // Short lines of code repeat by nature (a closing brace, the same field in two
        // examples); a long one repeated is a pasted copy, such as a log posted twice.
        if sig.norm_len == 0
            || !dedupable(text, sig.norm_len)
            || (text.len() < CODE_LINE_COPY_MIN_BYTES && verbatim.binary_search(&i).is_ok())
        {
            continue;
        }
        // A price on a listing's entry that an earlier entry showed too is this entry's price.
        let entry_price = in_listing(&doc.blocks[i]) && is_price(text);
        // A short cell of a dump's table repeats the values of its column ("started", "Yes").
        let repeats = |first: usize| {
            let entry_price_again = entry_price && in_listing(&doc.blocks[first]);
            let table_value = sig.words <= TABLE_VALUE_MAX_WORDS && doc.is_tabbed_cell(i);
            !(entry_price_again || table_value)
        };
        // One look-up of the normal form: most are new, and only recorded.
        match norm_seen.entry(sig.norm) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(NormGroup {
                    first: i,
                    unhashed: smallvec::smallvec![i],
                });
            }
            std::collections::hash_map::Entry::Occupied(mut g) => {
                let g = g.get_mut();
                let mut exact = None;
                if exact_on {
                    for j in g.unhashed.drain(..) {
                        exact_seen
                            .entry(hash64(doc.blocks[j].plain.as_bytes()))
                            .or_insert(j);
                    }
                    let h = hash64(text.as_bytes());
                    exact = Some(h);
                    if let Some(&first) = exact_seen.get(&h) {
                        if repeats(first) {
                            mark(doc, i, first, &EXACT, None);
                            continue;
                        }
                    }
                }
                if near_on && repeats(g.first) {
                    mark(
                        doc,
                        i,
                        g.first,
                        &NEAR,
                        Some("equal up to case, punctuation and whitespace".into()),
                    );
                    continue;
                }
                match exact {
                    Some(h) => {
                        exact_seen.entry(h).or_insert(i);
                    }
                    None => g.unhashed.push(i),
                }
            }
        }
        if !near_on || sig.words < SHINGLE_MIN_WORDS {
            continue;
        }
        let mut mine: Option<Vec<u64>> = None;
        let mut best: Option<(usize, f64)> = None;
        let mut checked = 0;
        'outer: for h in &sig.sketch {
            let Some(cands) = buckets.get(h) else {
                continue;
            };
            for &c in cands {
                if checked >= MAX_CANDIDATES {
                    break 'outer;
                }
                checked += 1;
                let set_of = |k: usize| {
                    let at = in_order_at.get(&k).cloned().unwrap_or_default();
                    shingle_set(in_order.get(at).unwrap_or_default())
                };
                let a = mine.get_or_insert_with(|| set_of(i));
                let b = shingle_sets.entry(c).or_insert_with(|| set_of(c));
                let j = jaccard(a, b);
                if j >= NEAR_JACCARD && best.is_none_or(|(_, b)| j > b) {
                    best = Some((c, j));
                }
            }
        }
        if let Some((first, j)) = best {
            mark(
                doc,
                i,
                first,
                &NEAR,
                Some(format!("shingle Jaccard {j:.2}")),
            );
            continue;
        }
        for h in sig.sketch.into_iter().filter(|&h| h != u64::MAX) {
            let v = buckets.entry(h).or_default();
            if v.len() < MAX_CANDIDATES && v.last() != Some(&i) {
                v.push(i);
            }
        }
        // The paragraph may be a later one's candidate: its shingles, if built, are kept.
        if let Some(mine) = mine {
            shingle_sets.insert(i, mine);
        }
    }
    keep_structural_repeats(doc);
    if rs.on(&RESTATED) {
        restatements(doc, &long, |i| {
            in_order_at.get(&i).and_then(|at| in_order.get(at.clone()))
        });
    }
    for i in self_repeat {
        if !doc.blocks[i].is_kept() {
            continue;
        }
        let mut own = Vec::new();
        let in_order = match in_order_at.get(&i) {
            Some(at) => in_order.get(at.clone()).unwrap_or_default(),
            None => {
                push_shingles(&doc.blocks[i].plain, &mut own);
                &own
            }
        };
        let runs = repeated_runs(in_order, REPEATED_PASSAGE_MIN_WORDS);
        if runs.is_empty() {
            continue;
        }
        let plain = &doc.blocks[i].plain;
        let starts = word_starts(plain);
        // A passage starts with the marks that open its first word (a quotation mark, a
        // bracket) and ends where the next one's do: those belong to the copy.
        let from_marks = |w: usize| match starts.get(w) {
            Some(&at) => {
                let head = plain.get(..at).unwrap_or_default();
                head.trim_end_matches(|c: char| {
                    !c.is_whitespace() && !crate::text::is_alphanumeric(c)
                })
                .len()
            }
            None => plain.len(),
        };
        let ranges: Vec<(usize, usize)> = runs
            .iter()
            .map(|&(from, to)| (from_marks(from), from_marks(to)))
            .collect();
        let words: usize = runs.iter().map(|&(a, z)| z - a).sum();
        let detail = match runs.len() {
            1 => format!("{words} words repeat an earlier passage of the paragraph"),
            n => format!("{words} words in {n} passages repeat earlier ones of the paragraph"),
        };
        doc.cut(i, &ranges, &REPEATED_PASSAGE, Some(detail));
    }
}

/// A page's heading or list item that repeats one of the same kind alone, among paragraphs that
/// are not copies, is an element of the page's structure said again (a training plan's
/// "Warm up: 10 minutes easy" on each day, "Pros" over each product reviewed, a hotel's offer on
/// each of its cards), not a block pasted twice: a pasted copy repeats its neighbours too. Such
/// copies are kept again. (HTML only: a text dump does not say what a line is. A listing's cards
/// are not: a line that each card repeats is the cards' boilerplate.)
fn keep_structural_repeats(doc: &mut Doc) {
    use crate::model::ParagraphKind;
    // A page's blocks all have their hints, a dump's none.
    if doc.blocks.first().is_none_or(|b| b.dom.is_none()) {
        return;
    }
    let is_copy = |b: &crate::doc::Block| b.is_removed_by(&EXACT) || b.is_removed_by(&NEAR);
    // The paragraphs dedup looked at, in order: the kept ones and the copies.
    let seen: Vec<usize> = (0..doc.blocks.len())
        .filter(|&i| doc.blocks[i].is_kept() || is_copy(&doc.blocks[i]))
        .collect();
    let mut restore = Vec::new();
    for (k, &i) in seen.iter().enumerate() {
        let b = &doc.blocks[i];
        let Some(kind) = b.dom.as_ref().map(|d| d.kind) else {
            continue;
        };
        if !matches!(kind, ParagraphKind::Heading | ParagraphKind::ListItem)
            || !is_copy(b)
            || in_listing(b)
        {
            continue;
        }
        let State::Removed {
            duplicate_of: Some(first),
            ..
        } = b.state
        else {
            continue;
        };
        let same_kind = doc
            .blocks
            .get(first)
            .and_then(|o| o.dom.as_ref())
            .is_some_and(|o| o.kind == kind);
        let copy_at = |j: Option<&usize>| j.is_some_and(|&j| is_copy(&doc.blocks[j]));
        let alone =
            !copy_at(k.checked_sub(1).and_then(|p| seen.get(p))) && !copy_at(seen.get(k + 1));
        if same_kind && alone {
            restore.push(i);
        }
    }
    for i in restore {
        doc.blocks[i].state = State::Kept;
    }
}

/// Removes the long paragraphs that restate many earlier ones (see [`RESTATE_MIN_WORDS`]). Only
/// a document with such a paragraph pays for it: the shingles of the kept paragraphs before its
/// last long one are hashed once, each mapped to the first paragraph that has it.
/// `hashed(i)`: block `i`'s shingles in word order, when [`signature`] kept them (its words are
/// not hashed again).
fn restatements<'s>(doc: &mut Doc, long: &[usize], hashed: impl Fn(usize) -> Option<&'s [u64]>) {
    let Some(&last) = long.last() else {
        return;
    };
    let mut first_with: KeyMap<u64, usize> = KeyMap::default();
    // Sized once, about a shingle for every six bytes of text (grown, it was rehashed).
    let bytes: usize = (0..=last)
        .filter_map(|i| doc.blocks.get(i).filter(|b| b.is_kept()))
        .map(|b| b.plain.len())
        .sum();
    first_with.reserve(bytes / 6);
    let mut own: Vec<u64> = Vec::new();
    for i in 0..=last {
        if !doc.blocks[i].is_kept() {
            continue;
        }
        let shingles = match hashed(i) {
            Some(kept) => kept,
            None => {
                own.clear();
                push_shingles(&doc.blocks[i].plain, &mut own);
                &own
            }
        };
        if long.binary_search(&i).is_ok() && !shingles.is_empty() {
            let mut sources: Vec<usize> = Vec::new();
            let mut found = 0usize;
            for s in shingles {
                if let Some(&j) = first_with.get(s) {
                    found += 1;
                    if !sources.contains(&j) {
                        sources.push(j);
                    }
                }
            }
            let share = found as f64 / shingles.len() as f64;
            if share >= RESTATE_MIN_SHARE && sources.len() >= RESTATE_MIN_SOURCES {
                let first = sources.iter().copied().min().unwrap_or(i);
                let detail = format!(
                    "restates {} earlier paragraphs ({:.0}% of its word 3-shingles)",
                    sources.len(),
                    share * 100.0
                );
                mark(doc, i, first, &RESTATED, Some(detail));
                continue;
            }
        }
        for &s in shingles {
            first_with.entry(s).or_insert(i);
        }
    }
}

/// Appends the hashes of a text's word 3-shingles to `out`, in word order: what [`signature`]
/// appends.
fn push_shingles(text: &str, out: &mut Vec<u64>) {
    let (mut w1, mut w2, mut n) = (0u64, 0u64, 0usize);
    word_hashes(text, |w, _, _, _, _, _| {
        n += 1;
        if n >= 3 {
            out.push(shingle(w2, w1, w));
        }
        w2 = w1;
        w1 = w;
    });
}

/// The byte offsets at which the words of [`word_hashes`] start.
fn word_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    crate::text::for_each_word_inline(text, |start, _, _, _| out.push(start));
    out
}

/// The runs of words (as ranges of word indices) of at least `min_words` that repeat, word for
/// word, an earlier run of the same text that ends before they start, given the text's word
/// 3-shingles in order (shingle `k` holds words `k` to `k + 2`). Each later word is in at most
/// one run; the earliest occurrence of a passage is never in one. One pass with a map of the
/// shingles seen: linear, but for runs checked word by word.
fn repeated_runs(shingles: &[u64], min_words: usize) -> Vec<(usize, usize)> {
    // A run repeats at least `min_words - 2` shingles of its source, one of which stands at a
    // multiple of that many: a text none of whose shingles there occurs again later holds no
    // run (most paragraphs), and its shingles are not mapped.
    if !sampled_shingle_recurs(shingles, min_words.saturating_sub(2).max(1)) {
        return Vec::new();
    }
    let mut first_at: KeyMap<u64, usize> = KeyMap::default();
    first_at.reserve(shingles.len());
    let mut runs = Vec::new();
    let mut k = 0;
    while k < shingles.len() {
        let s = shingles[k];
        if let Some(&j) = first_at.get(&s) {
            // The run of equal shingles from j and from k: its source, words j to j + len + 2,
            // ends at k or before (a copy does not overlap what it copies).
            let mut len = 0;
            while k + len < shingles.len()
                && j + len + 2 < k
                && shingles[j + len] == shingles[k + len]
            {
                len += 1;
            }
            let words = len + 2;
            if words >= min_words {
                runs.push((k, k + words));
                // The run's shingles are the source's: nothing new to record. The words after
                // it start a fresh search (the two last shingles overlap the run).
                k += words;
                continue;
            }
        }
        first_at.entry(s).or_insert(k);
        k += 1;
    }
    runs
}

/// Whether a shingle at a position that is a multiple of `stride` occurs again later in
/// `shingles`. The shingles sampled are filtered by their top bits first: most later shingles
/// are ruled out by a shift and a load, without a look at the samples.
fn sampled_shingle_recurs(shingles: &[u64], stride: usize) -> bool {
    let samples: Vec<(usize, u64)> = shingles
        .iter()
        .copied()
        .enumerate()
        .step_by(stride)
        .collect();
    let mut filter = [0u64; 4];
    for &(_, s) in &samples {
        filter[(s >> 62) as usize] |= 1 << ((s >> 56) & 63);
    }
    shingles.iter().enumerate().any(|(q, &s)| {
        filter[(s >> 62) as usize] >> ((s >> 56) & 63) & 1 != 0
            && samples.iter().any(|&(p, t)| t == s && p < q)
    })
}

/// A copy of a line whose original went with the page's chrome (a table of contents that repeats
/// the article's section headings, cut as a menu run, as a sidebar above the article, as a line
/// before its first paragraph or as outside the article) is no copy in the clean body: the first
/// such copy that stands in the article, after its first paragraph of prose and right before
/// another, is kept again, and the later copies point at it. Not a card of a grid (a copy right
/// after another, or before a short summary), and not with the line model (the Precision preset),
/// which judged these short lines last. Runs last, when the article's edges are known.
pub(crate) fn restore_orphans(doc: &mut Doc, rs: &Ruleset) {
    if rs.on(&crate::rules::linemodel::LINE_MODEL) {
        return;
    }
    let n = doc.blocks.len();
    let is_copy = |b: &crate::doc::Block| b.is_removed_by(&EXACT) || b.is_removed_by(&NEAR);
    // The end first: it is read without counting the words.
    let is_prose = |b: &crate::doc::Block| {
        b.is_kept()
            && ends_sentence(&b.plain)
            && crate::text::collapsed_more_words_than(&b.plain, ORPHAN_PROSE_WORDS - 1)
    };
    let Some(first_prose) = doc.blocks.iter().position(is_prose) else {
        return;
    };
    // The copy kept again in place of each original.
    let mut moved: KeyMap<usize, usize> = KeyMap::default();
    // The last kept block before `i` (the loop changes only block `i`): found as it goes, not
    // looked for back over every removed block, which made a page of many copies quadratic.
    let mut last_kept = first_prose;
    for i in first_prose + 1..n {
        if doc.blocks[i - 1].is_kept() {
            last_kept = i - 1;
        }
        let State::Removed {
            duplicate_of: Some(first),
            ..
        } = doc.blocks[i].state
        else {
            continue;
        };
        if !is_copy(&doc.blocks[i]) {
            continue;
        }
        if let Some(&kept) = moved.get(&first) {
            if let State::Removed { duplicate_of, .. } = &mut doc.blocks[i].state {
                *duplicate_of = Some(kept);
            }
            continue;
        }
        // The original went with the page's chrome around the article: a menu run, a region
        // cut, or the lines above its first paragraph.
        let original = &doc.blocks[first];
        let cut_as_chrome = original.is_removed_by(&crate::rules::textclass::OUTSIDE_MAIN)
            || original.is_removed_by(&crate::rules::textclass::NAV_RUN)
            || original.is_removed_by(&crate::rules::nav::RUN)
            || original.is_removed_by(&crate::rules::prose_edges::BEFORE)
            || original.is_removed_by(&crate::rules::head_menu::HEAD_MENU);
        // A section's paragraph, not a teaser's summary, often cut short, or a card's blurb: a
        // long one, or a short one after the prose of the section before (a grid's cards follow
        // each other's short blurbs).
        let next_is_paragraph = doc.blocks.get(i + 1).is_some_and(|b| {
            let t = b.plain.trim_end();
            let words_over = |n: usize| crate::text::collapsed_more_words_than(t, n - 1);
            b.is_kept()
                && ends_sentence(t)
                && !t.ends_with('…')
                && !t.ends_with("...")
                && (words_over(ORPHAN_SECTION_WORDS)
                    || (words_over(ORPHAN_PARAGRAPH_WORDS) && is_prose(&doc.blocks[last_kept])))
        });
        // Nor is a copy after another copy: a card of a grid that repeats its titles. Nor a
        // copy with no letter, such as a post's number ("#2").
        let after_copy = is_copy(&doc.blocks[i - 1]);
        let has_letter = doc.blocks[i].plain.chars().any(char::is_alphabetic);
        if cut_as_chrome && next_is_paragraph && !after_copy && has_letter {
            doc.blocks[i].state = State::Kept;
            moved.insert(first, i);
        }
    }
}

fn mark(doc: &mut Doc, i: usize, first: usize, rule: &'static Rule, detail: Option<String>) {
    doc.blocks[i].state = State::Removed {
        rule,
        detail,
        duplicate_of: Some(first),
    };
}

#[cfg(test)]
mod tests {
    use crate::{Cleaner, Input};

    const P1: &str = "Sources said that Pakistan and Russia enjoy an excellent relationship based on mutuality of interest in enhancing greater bilateral cooperation and convergence of views on various important regional and international issues, officials said.";
    const P2: &str = "The two countries also share the common objective of peace and stability in the broader region and attach importance to regional connectivity both in terms of trade and energy cooperation, diplomats added.";

    fn clean(s: &str) -> crate::CleanDoc {
        Cleaner::default().clean(Input::text(s)).unwrap()
    }

    /// A list item that repeats one alone (each day's warm-up) is kept each time; a list pasted
    /// twice goes.
    #[test]
    fn keeps_repeated_structure_and_removes_pasted_lists() {
        let page = "<html><body><main><h1>Plan</h1><p>Each week builds on the one before it, and the long run on Sunday grows by two kilometres.</p><h2>Tuesday</h2><ul><li>Warm up: 15 minutes of easy jogging</li><li>Six times 800 metres at 10K pace</li></ul><h2>Thursday</h2><ul><li>Warm up: 15 minutes of easy jogging</li><li>Twenty minutes at threshold pace</li></ul><h2>Pack</h2><ul><li>Gels for every 45 minutes</li><li>Safety pins for the number</li></ul><ul><li>Gels for every 45 minutes</li><li>Safety pins for the number</li></ul><p>Rest on the other days, or cycle gently if your legs feel fresh, and sleep well.</p></main></body></html>";
        let doc = Cleaner::default()
            .clean(Input::html(page.as_bytes()))
            .unwrap();
        let count = |t: &str| doc.paragraphs.iter().filter(|p| p.text == t).count();
        assert_eq!(count("Warm up: 15 minutes of easy jogging"), 2);
        assert_eq!(count("Gels for every 45 minutes"), 1);
        assert_eq!(count("Safety pins for the number"), 1);
    }

    #[test]
    fn removes_exact_and_near_copies() {
        let d = clean(&format!("{P1}\n\n{P2}\n\n{P1}\n\n{}\n", P2.to_uppercase()));
        assert_eq!(d.paragraphs.len(), 2);
        let dups: Vec<_> = d
            .removals
            .iter()
            .map(|r| (r.rule, r.duplicate_of))
            .collect();
        assert_eq!(dups, [("dedup.exact", Some(0)), ("dedup.near", Some(1))]);
        // One word changed in a long paragraph.
        let long = format!("{P1} {P2}");
        let d = clean(&format!(
            "{long}\n\n{P2}\n\n{}\n",
            long.replace("excellent", "outstanding")
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.removals);
        assert_eq!(d.removals[0].rule, "dedup.near");
    }

    /// A shop's field that holds its text three times keeps it once, whatever the order of its
    /// quotations in the copies; the rest of the paragraph stays, and every byte is accounted for.
    #[test]
    fn repeated_passages_go_from_their_paragraph() {
        let a = "\"A graceful volume reminiscent of the classics of nature writing, and a beautifully written meditation on natural history and memory, full of new revelations about familiar landscapes and the species that live in them.\" -- The Times Review.";
        let b = "\"An urgent meditation on the alternately symbiotic and confounding relationship of humanity and the natural world, which makes a passionate case for its necessity and for a new appreciation of the ecosystems we mistake for nature.\" -- The Tribune.";
        let input = format!("Reviews: {a} {b} {a} {b}, {b} {a}\n\nThe book runs to 288 pages.\n");
        let d = clean(&input);
        let body: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            body,
            [
                format!("Reviews: {a} {b}").as_str(),
                "The book runs to 288 pages."
            ]
        );
        let cuts: Vec<&str> = d
            .removals
            .iter()
            .filter(|r| r.rule == "dedup.repeated-passage")
            .map(|r| &input[r.span.range()])
            .collect();
        assert!(!cuts.is_empty(), "{:?}", d.removals);
        assert!(cuts.iter().all(|c| c.starts_with('"')), "{cuts:?}");
        let mut covered = vec![false; input.len()];
        let spans = d.paragraphs.iter().flat_map(|p| p.spans.iter());
        for s in spans.chain(d.removals.iter().map(|r| &r.span)) {
            covered[s.range()].iter_mut().for_each(|c| *c = true);
        }
        let lost = input
            .bytes()
            .zip(&covered)
            .any(|(b, &c)| !c && !b.is_ascii_whitespace());
        assert!(!lost, "{:?}", d.removals);
    }

    /// A passage whose every word is an element of its own goes as one removal, not one a word:
    /// the cut's pieces join across the tags between them (not across other text).
    #[test]
    fn a_passage_of_tagged_words_is_one_removal() {
        let words: Vec<String> = (0..45).map(|k| format!("<span>word{k}</span>")).collect();
        let passage = words.join(" ");
        let page = format!("<html><body><main><p>{passage} {passage}</p></main></body></html>");
        let doc = Cleaner::default()
            .clean(Input::html(page.as_bytes()))
            .unwrap();
        let cuts: Vec<_> = doc
            .removals
            .iter()
            .filter(|r| r.rule == "dedup.repeated-passage")
            .collect();
        assert_eq!(cuts.len(), 1, "{cuts:?}");
        let cut = &page[cuts[0].span.range()];
        assert!(cut.starts_with("word0") && cut.ends_with("word44"), "{cut}");
        assert_eq!(doc.paragraphs.len(), 1);
        assert_eq!(doc.paragraphs[0].spans.len(), 45);
    }

    /// Prose repeats phrases, and a training plan its sessions, in fewer words than a passage: a
    /// paragraph that says the same 25 words twice is kept whole.
    #[test]
    fn repeated_phrases_stay_in_prose() {
        let session = "run thirty minutes easy, then six times one minute hard at your 10K race pace with two minutes of easy jogging between the repeats";
        let text = format!("On Tuesday, {session}. On Thursday rest or cycle gently, and stretch for ten minutes before bed. On Saturday, {session}, and finish with ten minutes of walking. Sunday is the long run: ninety minutes at a pace at which you can still talk in full sentences, with water every twenty minutes.");
        let d = clean(&format!("{text}\n"));
        assert_eq!(d.paragraphs.len(), 1);
        assert_eq!(d.paragraphs[0].text, text);
        assert!(d.removals.is_empty(), "{:?}", d.removals);
    }

    /// The runs found in shingle sequences: a copy must not overlap what it copies, and a run
    /// shorter than the minimum is no copy.
    #[test]
    fn repeated_runs_of_shingles() {
        use super::repeated_runs;
        let seq = |v: &[u64]| v.to_vec();
        // 0..10 then 0..10 again: words 12..24 (shingles 12..22 plus two words).
        let mut s: Vec<u64> = (0..10).collect();
        s.extend([100, 101]);
        s.extend(0..10);
        assert_eq!(repeated_runs(&s, 12), vec![(12, 24)]);
        assert_eq!(repeated_runs(&s, 13), vec![]);
        // One word said twelve times: each copy repeats what came before it, not itself.
        assert_eq!(repeated_runs(&seq(&[7; 10]), 3), vec![(3, 6), (6, 12)]);
        assert_eq!(repeated_runs(&[], 3), vec![]);
    }

    /// The sampled look finds every run the full look finds: texts with runs, near runs and
    /// repeated phrases, at each shift against the samples.
    #[test]
    fn repeated_runs_are_found_past_the_sampled_look() {
        use super::repeated_runs;
        let (mut seed, mut with_runs) = (7u64, 0);
        let mut next = |m: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % m
        };
        for _ in 0..400 {
            let n = 20 + next(180) as usize;
            // Few values: short repeats everywhere; and a copied stretch of some length.
            let mut s: Vec<u64> = (0..n).map(|_| next(40) << 56 | next(3)).collect();
            let len = next(30) as usize;
            let (from, to) = (next(n as u64) as usize, next(n as u64) as usize);
            for k in 0..len {
                if let (Some(&v), true) = (s.get(from + k), to + k < n) {
                    s[to + k] = v;
                }
            }
            for min in [3, 5, 12, 20] {
                let full = {
                    let mut first_at = std::collections::HashMap::new();
                    let mut runs = Vec::new();
                    let mut k = 0;
                    while k < s.len() {
                        if let Some(&j) = first_at.get(&s[k]) {
                            let mut l = 0;
                            while k + l < s.len() && j + l + 2 < k && s[j + l] == s[k + l] {
                                l += 1;
                            }
                            if l + 2 >= min {
                                runs.push((k, k + l + 2));
                                k += l + 2;
                                continue;
                            }
                        }
                        first_at.entry(s[k]).or_insert(k);
                        k += 1;
                    }
                    runs
                };
                assert_eq!(repeated_runs(&s, min), full, "{s:?} {min}");
                with_runs += usize::from(!full.is_empty());
            }
        }
        assert!(with_runs > 100, "{with_runs}");
    }

    /// A text of SHINGLE_MIN_WORDS words is never too short to be sketched.
    #[test]
    fn texts_of_enough_words_are_sketched() {
        use super::{shingle_set, shingles, signature, word_hashes, SHINGLE_MIN_WORDS, SKETCH};
        let tight: Vec<String> = ["a", "é", "東", "1"]
            .iter()
            .map(|w| vec![*w; SHINGLE_MIN_WORDS].join(" "))
            .collect();
        let tight_refs: Vec<&str> = tight.iter().map(String::as_str).collect();
        let mut lines = crate::text::prefilter_test_lines(&tight_refs);
        lines.push(format!("{P1} {P2}"));
        let mut long = 0;
        for l in &lines {
            let mut words = 0;
            word_hashes(l, |_, _, _, _, _, _| words += 1);
            let mut in_order = Vec::new();
            let (sig, _) = signature(l, &mut in_order, &mut Vec::new());
            assert_eq!(sig.words, words);
            // The shingles appended in word order are the text's.
            if words >= SHINGLE_MIN_WORDS {
                assert_eq!(shingle_set(&in_order), shingles(l), "{l:?}");
            }
            if words >= SHINGLE_MIN_WORDS {
                long += 1;
                assert!(sig.sketch != [u64::MAX; SKETCH], "{l:?}");
            }
        }
        assert!(long >= 5, "{long}");
    }

    /// [`signature`]'s own word loop gives the words, hashes and counts that [`word_hashes`] and
    /// [`crate::stopwords::Counts::of`] give.
    fn signature_reads_words_as_the_plain_loop(lines: &[String]) {
        use super::{signature, word_hashes};
        let mut buf = Vec::new();
        for l in lines {
            let (mut want, mut letters) = (Vec::new(), 0);
            word_hashes(l, |w, len, _, _, _, _| {
                want.push(w);
                letters += len;
            });
            let (sig, counts) = signature(l, &mut Vec::new(), &mut buf);
            assert_eq!(&buf[..sig.words], &want[..], "{l:?}");
            assert_eq!(counts, crate::stopwords::Counts::of(l), "{l:?}");
            assert_eq!(
                sig.norm_len,
                letters + want.len().saturating_sub(1),
                "{l:?}"
            );
        }
    }

    /// [`WordHash::of_ascii`] is the hash of the word's bytes lower-cased and pushed one by one,
    /// whatever its length and case.
    #[test]
    fn ascii_words_hash_as_pushed_bytes() {
        use super::WordHash;
        let letters = b"aZ0bY9cXdWeVfUgThSiRjQkPlOmNnMoLpKqJrIsHtGuFvEwDxCyBzA12345678";
        for len in 1..=40 {
            for shift in 0..7 {
                let word: Vec<u8> = (0..len)
                    .map(|k| letters[(k * 7 + shift * 5) % letters.len()])
                    .collect();
                let mut pushed = WordHash::default();
                for &b in &word {
                    pushed.push(b.to_ascii_lowercase());
                }
                assert_eq!(WordHash::of_ascii(&word), pushed.finish(), "{word:?}");
            }
        }
    }

    /// [`WordHash::of_other`] is the hash of the word's characters lower-cased one by one
    /// (`char::to_lowercase`, as the ASCII ones too), pushed byte by byte.
    #[test]
    fn other_words_hash_as_their_lower_case_pushed() {
        use super::WordHash;
        let lines = crate::text::prefilter_test_lines(&[
            "ÉTÉ été Straße STRASSE İstanbul ΣΑΣ ΟΔΟΣ x\u{212A}y Ǆemal ǅemal FÜR Für",
            "東京abc КОТОРЫЕ Которые ÀÉÎÕÜ",
        ]);
        for w in lines.iter().flat_map(|l| l.split_whitespace()) {
            let mut pushed = WordHash::default();
            let mut buf = [0u8; 4];
            for c in w.chars().flat_map(char::to_lowercase) {
                for &b in c.encode_utf8(&mut buf).as_bytes() {
                    pushed.push(b);
                }
            }
            assert_eq!(
                WordHash::of_other(w),
                (pushed.finish(), pushed.len),
                "{w:?}"
            );
        }
    }

    #[test]
    fn signature_reads_words_as_the_plain_loop_on_test_lines() {
        signature_reads_words_as_the_plain_loop(&crate::text::prefilter_test_lines(&[
            "Abcdefgh ABCDEFGH abcdefg abcdefghi 12345678 The THE the-and, Straße STRASSE",
            "abcdefghijklmnop abcdefghijklmnopq zwischenzeitlich NOTWITHSTANDING",
            "é ÉTÉ été東京 abc東 東abc x\u{212A}y İstanbul ΣΑΣ",
            "We ourselves, THEMSELVES and Yourselves: ourselvesx themselve",
            "FÜR für Über ÜBER ЭТО это Это КОТОРЫЕ которые Más más MÁS été ÉTÉ",
        ]));
    }

    #[test]
    #[ignore = "reads every dump line (slow)"]
    fn signature_reads_words_as_the_plain_loop_on_every_dump_line() {
        signature_reads_words_as_the_plain_loop(&crate::text::every_dump_line());
    }

    /// Exact and normal-form copies are found as by maps keyed by every paragraph's text and
    /// normal form: texts hashed only in the groups of a normal form seen twice change nothing,
    /// whichever of the two rules is on.
    #[test]
    fn exact_copies_are_found_among_their_normal_form() {
        use super::{apply, dedupable, word_hashes, EXACT, NEAR};
        use crate::doc::{Doc, State};
        use crate::rules::{Ruleset, Tier};
        use std::collections::HashMap;
        let pool = [
            "Share this",
            "share this",
            "SHARE THIS!",
            "Share this",
            "Read more",
            "read more.",
            "Read more",
            "He declined to comment.",
            "he declined to comment.",
            "Menu",
            "menu",
            "MENU",
            "Menu",
            "Share this",
            "— Menu —",
            "Read more",
            "…",
        ];
        let mut seed = 7u64;
        for round in 0..200 {
            let mut lines = Vec::new();
            for _ in 0..(5 + round % 40) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                lines.push(pool[(seed >> 33) as usize % pool.len()]);
            }
            let text = lines.join("\n\n");
            for disabled in [vec![], vec![&EXACT], vec![&NEAR]] {
                let rs = Ruleset::new(Tier::Balanced, &disabled);
                let mut removals = Vec::new();
                let blocks = crate::segment::blocks(&text, &rs, &mut removals);
                let mut doc = Doc::new(text.as_str(), blocks);
                apply(&mut doc, &rs, &[]);
                // The reference: every paragraph's text and normal form as keys.
                let mut exact_seen: HashMap<&str, usize> = HashMap::new();
                let mut norm_seen: HashMap<Vec<u64>, usize> = HashMap::new();
                for (i, b) in doc.blocks.iter().enumerate() {
                    let t: &str = &b.plain;
                    let mut norm = Vec::new();
                    let mut norm_len = 0;
                    word_hashes(t, |w, len, _, _, _, _| {
                        norm_len += len + usize::from(!norm.is_empty());
                        norm.push(w);
                    });
                    let want = if norm_len == 0 || !dedupable(t, norm_len) {
                        None
                    } else if let Some(&f) = exact_seen.get(t).filter(|_| rs.on(&EXACT)) {
                        Some((EXACT.id, f))
                    } else if let Some(&f) = norm_seen.get(&norm).filter(|_| rs.on(&NEAR)) {
                        Some((NEAR.id, f))
                    } else {
                        exact_seen.entry(t).or_insert(i);
                        norm_seen.entry(norm).or_insert(i);
                        None
                    };
                    let got = match &b.state {
                        State::Removed {
                            rule, duplicate_of, ..
                        } => Some((rule.id, duplicate_of.unwrap_or(usize::MAX))),
                        State::Kept => None,
                    };
                    assert_eq!(got, want, "{text:?} block {i}");
                }
            }
        }
    }

    /// Every duplicate names the span of the copy it repeats: a kept paragraph's (which it also
    /// points at by index) or a removed line's (a menu's first copy), which no paragraph holds.
    #[test]
    fn a_duplicate_names_the_span_it_repeats() {
        let input = "Home\nNews\nSport\nWeather\n\n\
            The council approved the budget on Tuesday after a debate that ran past midnight.\n\n\
            The council approved the budget on Tuesday after a debate that ran past midnight.\n\n\
            Home\nNews\nSport\nWeather\n";
        let d = clean(input);
        let dups: Vec<_> = d
            .removals
            .iter()
            .filter(|r| r.rule.starts_with("dedup."))
            .collect();
        assert!(!dups.is_empty());
        for r in &dups {
            let first = r.repeats.expect("a duplicate names what it repeats");
            assert!(first.end <= r.span.start, "{r:?}");
            assert_eq!(
                crate::text::collapse(&input[first.range()]),
                crate::text::collapse(&input[r.span.range()]),
                "{r:?}"
            );
        }
        let para = dups
            .iter()
            .find(|r| r.duplicate_of.is_some())
            .expect("the paragraph's copy");
        assert_eq!(para.duplicate_of, Some(0));
        // The menu's second copy repeats a first copy that went as a menu.
        assert!(dups
            .iter()
            .any(|r| r.duplicate_of.is_none() && &input[r.span.range()] == "Home"));
    }

    /// A duplicate names its first copy's whole span, though a passage was cut from the first
    /// copy's end afterwards (a shop's field holding its text twice, pasted again further down).
    #[test]
    fn a_duplicate_names_its_first_copys_whole_span_after_a_cut() {
        let passage = "The drum roaster was bought second hand in 2012 and still roasts every \
            batch by hand, one kilo at a time, on Monday mornings before the shop opens, and the \
            beans come from three cooperatives in Peru, Honduras and Sumatra that the owners visit \
            every year to agree on the price of the next harvest before it is picked and dried.";
        let field = format!("{passage} {passage}");
        let input = format!("{field}\n\nSome other paragraph between the two copies, long enough to stay.\n\n{field}\n");
        let d = clean(&input);
        let copy = d
            .removals
            .iter()
            .find(|r| r.rule == super::EXACT.id)
            .expect("the second copy goes");
        assert!(d
            .removals
            .iter()
            .any(|r| r.rule == super::REPEATED_PASSAGE.id && r.span.end <= copy.span.start));
        let first = copy.repeats.expect("names its first copy");
        assert_eq!(&input[first.range()], field, "{first:?}");
    }

    /// A passage repeated in a page's paragraph is cut piece by piece around a script whose
    /// raw text `dom.script` removed (a broken end tag made "</sc ript><script …>" its text):
    /// the cut's pieces join over tags only where no removal lies between them, and no two
    /// removals overlap (mutate seed 6863 found the join over it).
    #[test]
    fn a_passage_cut_around_a_removed_script_does_not_overlap_it() {
        let words = "the harbour board met on a cold tuesday morning to weigh a plan that would \
            widen the old channel deepen the berths and move the fish market inland so that \
            larger ships could call at the port through the winter months";
        let (head, tail) = words.split_at(words.find(" deepen").expect("a word"));
        let page = format!(
            "<html><body><article><h1>Harbour plan</h1><p>The {words}. The {head}\
             <script src=\"a.js\"></sc ript><script src=\"b.js\"></script>{tail}.</p>\
             <p>The vote is due next month, and the mayor said the council would publish the \
             full costs before then.</p></article></body></html>"
        );
        let d = crate::Cleaner::default()
            .clean(crate::Input::html(page.as_bytes()))
            .expect("clean");
        let cut: Vec<_> = d
            .removals
            .iter()
            .filter(|r| r.rule == super::REPEATED_PASSAGE.id)
            .collect();
        assert_eq!(cut.len(), 2, "{:?}", d.removals);
        let mut spans: Vec<_> = d.removals.iter().map(|r| r.span).collect();
        spans.sort_by_key(|s| s.start);
        for w in spans.windows(2) {
            assert!(w[0].end <= w[1].start, "{:?} and {:?} overlap", w[0], w[1]);
        }
    }

    /// The article pasted again as one block of HTML goes, pointing at the first paragraph it
    /// restates; the same block after only a few of them stays.
    #[test]
    fn removes_a_long_block_restating_many_paragraphs() {
        let paras: Vec<String> = (0..10)
            .map(|k| {
                format!(
                    "Paragraph {k} of the report says that the council met {k} times about the \
                     harbour plan number {k}, heard witness {k} from the port, and put question \
                     {k} to the mayor, who answered it in writing on day {k} of the inquiry."
                )
            })
            .collect();
        let html: String = paras.iter().map(|p| format!("<p>{p}</p> ")).collect();
        let d = clean(&format!("{}\n\n{html}\n", paras.join("\n\n")));
        let r = d
            .removals
            .iter()
            .find(|r| r.rule == "dedup.restated")
            .expect("restated block removed");
        assert_eq!(r.duplicate_of, Some(0));
        assert!(r
            .detail
            .as_deref()
            .unwrap_or("")
            .contains("restates 10 earlier paragraphs"));
        // After three of the paragraphs, the same block is mostly new text.
        let d = clean(&format!("{}\n\n{html}\n", paras[..3].join("\n\n")));
        assert!(d.removals.iter().all(|r| r.rule != "dedup.restated"));
    }

    #[test]
    fn keeps_distinct_paragraphs() {
        let q = "\"We will not back down,\" the minister said.";
        let d = clean(&format!("Protesters gathered outside parliament on Monday. {q}\n\nOn Tuesday the quote was repeated by his rival, who mocked it. {q}\n\nHe declined to comment.\n\nLater she declined as well.\n\nHe declined to comment.\n"));
        assert_eq!(d.paragraphs.len(), 5, "{:?}", d.removals);
    }

    /// A dump whose table of contents (a menu run at the top) repeats the article's section
    /// headings, and whose footer repeats a menu label.
    fn toc_dump(footer: &str) -> String {
        let p = [
            "The council approved the budget on Tuesday after a long debate about what the new library would cost and who would pay for it.",
            "Members of the opposition said that the plan was rushed, and they asked for an independent review of the figures before the vote.",
            "The library will open in the spring of next year, and the council says that the old building will become a youth centre.",
            "The mayor said she was proud of the vote and thanked the people who had written to the council about the plan.",
        ];
        format!(
            "Home\nNews\nSport\nContact\n\nIn this article\nThe vote\nWhat comes next\nReactions\n\n{}\n\nThe vote\n\n{}\n\nWhat comes next\n\n{}\n\nReactions\n\n{}\n\n{footer}",
            p[0], p[1], p[2], p[3]
        )
    }

    #[test]
    fn a_heading_whose_first_copy_went_with_the_menus_is_kept() {
        let d = clean(&toc_dump("Share"));
        for heading in ["The vote", "What comes next", "Reactions"] {
            assert!(
                d.paragraphs.iter().any(|p| p.text == heading),
                "{heading}: {}",
                d.body
            );
        }
        // Cleaned again, the body keeps them.
        assert_eq!(clean(&d.body).body, d.body);
    }

    #[test]
    fn a_heading_over_a_short_section_is_kept_but_not_a_cards_or_teasers_title() {
        const LIBRARY: &str = "The library will open in the spring of next year, and the council says that the old building will become a youth centre.";
        const MAYOR: &str = "The mayor said she was proud of the vote and thanked the people who had written to the council about the plan.";
        // What the dump's paragraphs become, the heading, whether it is kept.
        type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, bool);
        let cases: [Case; 5] = [
            // A section of one sentence, after the prose of the section before.
            (
                &[(LIBRARY, "The library will open in the spring of next year.")],
                "What comes next",
                true,
            ),
            (
                &[(MAYOR, "The mayor thanked the many residents who had written to the council about it.")],
                "Reactions",
                true,
            ),
            // A card of a grid: its title's copy under another card's short blurb, over a
            // blurb of its own, stays a copy.
            (
                &[
                    (LIBRARY, "The library opens in the spring."),
                    (MAYOR, "The mayor thanked the many residents who had written to the council about it."),
                ],
                "Reactions",
                false,
            ),
            // So does a teaser's title over its summary, cut short.
            (
                &[(MAYOR, "The mayor thanked the residents who wrote in…")],
                "Reactions",
                false,
            ),
            // And a copy with no letter: a post's number.
            (&[("What comes next", "#2")], "#2", false),
        ];
        for (edits, heading, kept) in cases {
            let dump = edits
                .iter()
                .fold(toc_dump("Share"), |d, (from, to)| d.replace(from, to));
            let d = clean(&dump);
            assert_eq!(
                d.paragraphs.iter().any(|p| p.text == heading),
                kept,
                "{heading}: {}",
                d.body
            );
        }
    }

    #[test]
    fn a_copy_of_a_menu_label_outside_the_article_stays_removed() {
        // "News" and "Sport" again in the footer, before no paragraph: still copies.
        let dump = toc_dump("News\nSport\nAbout us");
        let d = clean(&dump);
        assert!(
            !d.paragraphs.iter().any(|p| p.text == "Sport"),
            "{}",
            d.body
        );
        // And a copy of a kept paragraph is a copy wherever it stands.
        let p = "Members of the opposition said that the plan was rushed, and they asked for an independent review of the figures before the vote.";
        let d = clean(&format!("{dump}\n\n{p}\n\nThe vote\n\n{p}"));
        assert_eq!(d.paragraphs.iter().filter(|x| x.text == p).count(), 1);
    }
}
