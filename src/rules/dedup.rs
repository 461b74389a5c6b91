//! Repeated paragraphs within one document: the later copy goes, pointing at the one it repeats.
//!
//! Cost stays linear in the number of paragraphs: exact and normalised copies are found through a
//! hash map; near copies of long paragraphs through buckets keyed by their smallest shingle hashes, each candidate pair then
//! checked by the Jaccard similarity of its word 3-shingles.

use crate::doc::{Doc, State};
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use crate::text::{ends_sentence, hash64};
use std::collections::HashMap;

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

/// Jaccard similarity of 3-shingles at or above which long paragraphs are near copies.
pub const NEAR_JACCARD: f64 = 0.9;
/// Paragraphs with at least this many words are compared by shingles.
const SHINGLE_MIN_WORDS: usize = 30;
/// Buckets per paragraph: its this-many smallest shingle hashes (a bottom-k sketch). Two
/// paragraphs with Jaccard similarity J share their smallest hash with probability J.
const SKETCH: usize = 4;
/// Candidates checked per paragraph at most, so that a page of many similar paragraphs stays linear.
const MAX_CANDIDATES: usize = 24;

/// A short repeated line that ends like a sentence ("He declined to comment.") may be said twice
/// on purpose; labels and longer paragraphs are deduplicated.
fn dedupable(text: &str, norm_len: usize) -> bool {
    norm_len >= 40 || !ends_sentence(text)
}

/// Writes into `out` the text lower-cased with only letters and digits kept, words separated by
/// one space: the form in which near copies are equal.
fn normalize_into(text: &str, out: &mut Vec<u8>) {
    out.clear();
    let mut space = false;
    let mut buf = [0u8; 4];
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                if space && !out.is_empty() {
                    out.push(b' ');
                }
                space = false;
                out.push(b.to_ascii_lowercase());
            } else {
                space = true;
            }
            continue;
        }
        // The first byte of a multi-byte character: decode it.
        if b & 0xC0 == 0xC0 {
            let Some(c) = text[i..].chars().next() else {
                continue;
            };
            if c.is_alphanumeric() {
                if space && !out.is_empty() {
                    out.push(b' ');
                }
                space = false;
                for l in c.to_lowercase() {
                    out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                }
            } else {
                space = true;
            }
        }
    }
}

/// Sorted, de-duplicated hashes of the word 3-shingles of a normalised text.
fn shingles(norm: &[u8]) -> Vec<u64> {
    let words: Vec<u64> = norm.split(|&b| b == b' ').map(hash64).collect();
    let mut out: Vec<u64> = words
        .windows(3)
        .map(|w| w[0].rotate_left(1) ^ w[1].rotate_left(17) ^ w[2].rotate_left(33) ^ w[2])
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    let (exact_on, near_on) = (rs.on(&EXACT), rs.on(&NEAR));
    if !exact_on && !near_on {
        return;
    }
    let mut exact_seen: HashMap<u64, usize> = HashMap::new();
    let mut norm_seen: HashMap<u64, usize> = HashMap::new();
    let mut buckets: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut shingle_sets: HashMap<usize, Vec<u64>> = HashMap::new();
    let mut norm = Vec::new();
    for i in 0..doc.blocks.len() {
        if !doc.blocks[i].is_kept() {
            continue;
        }
        let text = &doc.blocks[i].plain;
        normalize_into(text, &mut norm);
        let nlen = norm.len();
        if nlen == 0 || !dedupable(text, nlen) {
            continue;
        }
        let (ek, nk) = (hash64(text.as_bytes()), hash64(&norm));
        if exact_on {
            if let Some(&first) = exact_seen.get(&ek) {
                mark(doc, i, first, &EXACT, None);
                continue;
            }
        }
        if near_on {
            if let Some(&first) = norm_seen.get(&nk) {
                mark(
                    doc,
                    i,
                    first,
                    &NEAR,
                    Some("equal up to case, punctuation and whitespace".into()),
                );
                continue;
            }
        }
        exact_seen.entry(ek).or_insert(i);
        norm_seen.entry(nk).or_insert(i);
        if !near_on || memchr::memchr_iter(b' ', &norm).count() + 1 < SHINGLE_MIN_WORDS {
            continue;
        }
        let sh = shingles(&norm);
        let mut best: Option<(usize, f64)> = None;
        let mut checked = 0;
        // `sh` is sorted: its first values are the sketch.
        let sketch: Vec<u64> = sh.iter().take(SKETCH).copied().collect();
        'outer: for h in &sketch {
            if let Some(cands) = buckets.get(h) {
                for &c in cands {
                    if checked >= MAX_CANDIDATES {
                        break 'outer;
                    }
                    checked += 1;
                    let j = jaccard(&sh, &shingle_sets[&c]);
                    if j >= NEAR_JACCARD && best.is_none_or(|(_, b)| j > b) {
                        best = Some((c, j));
                    }
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
        for h in sketch {
            let v = buckets.entry(h).or_default();
            if v.len() < MAX_CANDIDATES {
                v.push(i);
            }
        }
        shingle_sets.insert(i, sh);
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

    #[test]
    fn keeps_distinct_paragraphs() {
        let q = "\"We will not back down,\" the minister said.";
        let d = clean(&format!("Protesters gathered outside parliament on Monday. {q}\n\nOn Tuesday the quote was repeated by his rival, who mocked it. {q}\n\nHe declined to comment.\n\nLater she declined as well.\n\nHe declined to comment.\n"));
        assert_eq!(d.paragraphs.len(), 5, "{:?}", d.removals);
    }
}
