//! Drop caps: the first letter of a paragraph that a page styles apart (`::first-letter`, a
//! `<span class="dropcap">`) comes out of a browser's text as a word of its own: "T he planarian
//! is nobody's idea of a genius", "M athematics is, at its core, an art", "I f you're looking for
//! a caterer". The clean text joins the letter to the rest of its word; the paragraph's spans do
//! not change (only a space goes, and spaces are not accounted).
//!
//! A letter and a word after it are as often two words ("R is a programming language", "C and
//! C++", "X attracts a diverse audience", "T for Teen"): the document tells them apart. The
//! letter is joined when the joined word occurs elsewhere in the document, and more often than
//! the rest of it alone ("the" and "he", "mathematics" and "athematics", "if" and "f"); "is",
//! "and" and "attracts" are words the document uses, "ris", "cand" and "xattracts" are not.

use std::collections::HashMap;

/// The letter and the rest of the word at the start of `text`, when it may be a drop cap: an
/// ASCII capital, a space, and lower-case ASCII letters up to a space or a mark that ends a
/// word (not a hyphen or an apostrophe: "A t-shirt", "I d'd"). Returns the rest's end.
fn candidate(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    if !(b.len() >= 3 && b[0].is_ascii_uppercase() && b[1] == b' ' && b[2].is_ascii_lowercase()) {
        return None;
    }
    let end = 2 + b[2..].iter().take_while(|c| c.is_ascii_lowercase()).count();
    match b.get(end) {
        None => Some(end),
        Some(c) if c.is_ascii_whitespace() || b".,;:!?)\"".contains(c) => Some(end),
        Some(_) => None,
    }
}

/// Counts the document's words, lower-cased, as whitespace parts them and without the marks
/// around them.
fn word_counts(src: &str) -> HashMap<String, u32> {
    let mut counts: HashMap<String, u32> = HashMap::new();
    for w in src.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if !w.is_empty() {
            *counts.entry(w.to_lowercase()).or_default() += 1;
        }
    }
    counts
}

/// Joins the drop cap at the start of each text (a paragraph's), judged against the words of
/// `src`, the document's text.
pub(crate) fn join<'t>(texts: impl Iterator<Item = &'t mut String>, src: &str) {
    let mut counts: Option<HashMap<String, u32>> = None;
    for text in texts {
        let Some(end) = candidate(text) else {
            continue;
        };
        let counts = counts.get_or_insert_with(|| word_counts(src));
        let rest = &text[2..end];
        let joined = format!("{}{rest}", &text[..1]).to_lowercase();
        let seen = |w: &str| counts.get(w).copied().unwrap_or(0);
        // (The rest's own occurrence here is not another use of it.)
        if seen(&joined) > seen(rest).saturating_sub(1) && seen(&joined) > 0 {
            text.remove(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(first: &str, src: &str) -> String {
        let mut texts = vec![first.to_string()];
        join(texts.iter_mut(), src);
        texts.remove(0)
    }

    #[test]
    fn drop_caps_join_their_word() {
        let src = "The planarian is a flatworm. The orthodox view is that memory is stored. \
                   If you are looking for a caterer, as you can see, mathematics helps.";
        assert_eq!(joined("T he planarian", src), "The planarian");
        assert_eq!(joined("I f you're looking", src), "If you're looking");
        assert_eq!(joined("A s you can see", src), "As you can see");
        assert_eq!(
            joined("M athematics is an art.", src),
            "Mathematics is an art."
        );
    }

    /// Through the cleaner: the paragraph's text joins the letter, its span is the input's line
    /// as it was.
    #[test]
    fn a_dumps_paragraph_keeps_its_span() {
        let input = "T he planarian is nobody's idea of a genius, but the flatworm remembers.\n\nThe orthodox view of memory is that the brain stores it, and the worm says otherwise.\n";
        let doc = crate::clean(input);
        let p = &doc.paragraphs[0];
        assert!(p.text.starts_with("The planarian"), "{:?}", p.text);
        assert_eq!(&input[p.spans[0].range()], input.lines().next().unwrap_or_default());
    }

    #[test]
    fn a_letter_that_is_a_word_stays() {
        let src = "R is a language and it is free. C and C++ are not the same. X attracts \
                   a young audience, which attracts advertisers. A t-shirt. I think so.";
        for t in [
            "R is a language",
            "C and C++",
            "X attracts a young audience",
            "A t-shirt is fine",
            "I think so",
            "T for Teen",
            "A good idea",
        ] {
            assert_eq!(joined(t, src), t);
        }
    }
}
