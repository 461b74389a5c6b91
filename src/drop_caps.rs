//! Drop caps: the first letter of a paragraph that a page styles apart (`::first-letter`, a
//! `<span class="dropcap">`) comes out of a browser's text as a word of its own: "T he planarian
//! is nobody's idea of a genius", "M athematics is, at its core, an art", "I f you're looking for
//! a caterer". The clean text joins the letter to the rest of its word; the paragraph's spans do
//! not change (only a space goes, and spaces are not accounted).
//!
//! A letter and a word after it are as often two words ("R is a programming language", "C and
//! C++", "X attracts a diverse audience", "T for Teen"): the document tells them apart. The
//! letter is joined when the joined word occurs elsewhere in the document, and more often than
//! the rest of it alone ("the" and "he", "mathematics" and "athematics"); "is", "and" and
//! "attracts" are words the document uses, "ris", "cand" and "xattracts" are not. A function word
//! whose rest is none ("I f", "A s", "I n") is joined whatever the document says.

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

/// From this length on, a word's lower-case and capitalised forms are looked for in one search
/// (for the letters after the first): a shorter rest, as "he" of "the", is inside many words.
const ONE_SEARCH_MIN_BYTES: usize = 5;

/// How often each of `words` (ASCII, lower case) occurs in `src` as a word: a part of the text
/// between whitespace, without the marks around it, written in lower case, capitalised or in
/// capitals. A vector search for each form (one for the lower-case and capitalised forms of a
/// long word): the document is not split into words.
fn word_counts(src: &str, words: &[String]) -> Vec<u32> {
    // Past a few words, one pass over the document's words is cheaper than a search a word, and
    // stays linear in a page of many candidates (each search reads the whole document).
    if words.len() > SEARCHES_MAX {
        return word_counts_in_one_pass(src, words);
    }
    // Only marks between the match and the whitespace (or the text's end) on either side.
    fn bare(chars: impl Iterator<Item = char>) -> bool {
        for c in chars {
            if c.is_whitespace() {
                return true;
            }
            if c.is_alphanumeric() {
                return false;
            }
        }
        true
    }
    let hay = src.as_bytes();
    words
        .iter()
        .map(|w| {
            let capitalised = w[..1].to_ascii_uppercase() + &w[1..];
            let capitals = w.to_ascii_uppercase();
            let mut n = 0;
            let mut forms = vec![w.as_str(), capitalised.as_str(), capitals.as_str()];
            let split = (w.as_bytes().split_first()).filter(|_| w.len() >= ONE_SEARCH_MIN_BYTES);
            if let Some((&first, tail)) = split {
                // The lower-case and the capitalised form share all but their first letter: one
                // search for the rest finds both, at every place (a form's match is letters
                // between marks, so the searches for each form, which skip overlapping matches,
                // miss none that counts).
                let finder = memchr::memmem::Finder::new(tail);
                let mut from = 1;
                while let Some(t) = hay.get(from..).and_then(|h| finder.find(h)) {
                    let (at, end) = (from + t - 1, from + t + tail.len());
                    if hay.get(at).is_some_and(|c| c.to_ascii_lowercase() == first)
                        && bare(src[..at].chars().rev())
                        && bare(src[end..].chars())
                    {
                        n += 1;
                    }
                    from += t + 1;
                }
                forms = vec![capitals.as_str()];
            }
            forms.dedup();
            for form in forms {
                for at in memchr::memmem::find_iter(src.as_bytes(), form.as_bytes()) {
                    let end = at + form.len();
                    if bare(src[..at].chars().rev()) && bare(src[end..].chars()) {
                        n += 1;
                    }
                }
            }
            n
        })
        .collect()
}

/// Most words [`word_counts`] looks for with a search each.
const SEARCHES_MAX: usize = 8;

/// [`word_counts`] by one pass over the document's words: each part of the text between
/// whitespace, without the marks around it, looked up among the forms of `words`.
fn word_counts_in_one_pass(src: &str, words: &[String]) -> Vec<u32> {
    let mut slots: std::collections::HashMap<String, Vec<usize>> = Default::default();
    for (k, w) in words.iter().enumerate() {
        let mut forms = vec![w.clone(), w.to_ascii_uppercase()];
        if let Some(first) = w.get(..1) {
            forms.push(first.to_ascii_uppercase() + &w[1..]);
        }
        forms.sort();
        forms.dedup();
        for f in forms {
            slots.entry(f).or_default().push(k);
        }
    }
    let longest = words.iter().map(String::len).max().unwrap_or(0);
    let mut counts = vec![0u32; words.len()];
    for part in src.split(char::is_whitespace) {
        let core = part.trim_matches(|c: char| !c.is_alphanumeric());
        if core.is_empty() || core.len() > longest {
            continue;
        }
        for &k in slots.get(core).map(Vec::as_slice).unwrap_or_default() {
            counts[k] += 1;
        }
    }
    counts
}

/// Joins the drop cap at the start of each text (a paragraph's), judged against the words of
/// `src`, the document's text.
pub(crate) fn join<'t>(texts: impl Iterator<Item = &'t mut String>, src: &str) {
    let mut found: Vec<(&mut String, usize)> = texts
        .filter_map(|t| candidate(t).map(|end| (t, end)))
        .collect();
    // A function word that the rest is not ("I f" is "If", "A s" is "As", "I n" is "In") is
    // joined whatever the document's other words: a page whose every paragraph opens with a
    // drop cap may use "if" nowhere else.
    found.retain_mut(|(text, end)| {
        let rest = &text[2..*end];
        let joined = text[..1].to_ascii_lowercase() + rest;
        if crate::stopwords::mask(&joined) != 0 && crate::stopwords::mask(rest) == 0 {
            text.remove(1);
            false
        } else {
            true
        }
    });
    if found.is_empty() {
        return;
    }
    // The joined words first: most are no word ("A good idea", "I think so" give "agood" and
    // "ithink"), and the rests of those are not looked for.
    let joined: Vec<String> = found
        .iter()
        .map(|(t, end)| t[..1].to_ascii_lowercase() + &t[2..*end])
        .collect();
    let words: Vec<((&mut String, usize), u32)> = found
        .into_iter()
        .zip(word_counts(src, &joined))
        .filter(|&(_, n)| n > 0)
        .collect();
    if words.is_empty() {
        return;
    }
    let rests: Vec<String> = words
        .iter()
        .map(|((t, end), _)| t[2..*end].to_string())
        .collect();
    let rest_counts = word_counts(src, &rests);
    for (((text, _), joined), rest) in words.into_iter().zip(rest_counts) {
        // (The rest's own occurrence here is not another use of it.)
        if joined > rest.saturating_sub(1) {
            text.remove(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pass over the document's words counts what the searches count.
    #[test]
    fn one_pass_counts_as_the_searches_do() {
        let src = "The theme of the (THE) thesis: the-end, \"The\" the. Athe the's \
                   Mathematics mathematics, MATHEMATICS athematics; he He HE. théorie the\u{a0}the \
                   if If IF, if... (if) xif ifx";
        let words: Vec<String> = ["the", "mathematics", "athematics", "he", "if", "théo", "x"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        let searched: Vec<u32> = words
            .iter()
            .map(|w| word_counts(src, std::slice::from_ref(w))[0])
            .collect();
        assert_eq!(word_counts_in_one_pass(src, &words), searched);
        assert_eq!(searched[0], 7, "the");
        // Past `SEARCHES_MAX` words, the pass is taken.
        let many: Vec<String> = words
            .iter()
            .cycle()
            .take(3 * SEARCHES_MAX)
            .cloned()
            .collect();
        let counts = word_counts(src, &many);
        assert_eq!(&counts[..words.len()], searched.as_slice());
    }

    fn joined(first: &str, src: &str) -> String {
        let mut texts = vec![first.to_string()];
        join(texts.iter_mut(), src);
        texts.remove(0)
    }

    /// The counts are those of a search for each form on its own, words long and short, in
    /// text where forms overlap, touch marks or letters, or open and end the text.
    #[test]
    fn counts_are_those_of_a_search_per_form() {
        fn per_form(src: &str, w: &str) -> u32 {
            let is_bare = |s: &str, rev: bool| {
                let mut chars: Box<dyn Iterator<Item = char>> = if rev {
                    Box::new(s.chars().rev())
                } else {
                    Box::new(s.chars())
                };
                chars
                    .find(|c| c.is_whitespace() || c.is_alphanumeric())
                    .is_none_or(char::is_whitespace)
            };
            let mut forms = vec![
                w.to_string(),
                w[..1].to_ascii_uppercase() + &w[1..],
                w.to_ascii_uppercase(),
            ];
            forms.dedup();
            let mut n = 0;
            for f in &forms {
                for (at, _) in src.match_indices(f.as_str()) {
                    n += u32::from(
                        is_bare(&src[..at], true) && is_bare(&src[at + f.len()..], false),
                    );
                }
            }
            n
        }
        let words: Vec<String> = [
            "f",
            "he",
            "the",
            "aaaaa",
            "aaaaaa",
            "ababa",
            "think",
            "thinks",
            "mathematics",
        ]
        .map(String::from)
        .to_vec();
        for src in [
            "Think thinks THINK (think) think, unthink think-tank «think» thinkers Think.",
            "aaaaa aaaaaa aaaaaaa Aaaaa AAAAA aAaaa aaaaa",
            "ababababa ababa Ababa (ababa) ababa's ABABA",
            "aaaaa",
            "Mathematics, mathematics; MATHEMATICS. mathematicsx xmathematics é mathematics",
            "f F fF the The THE he He HE",
            "",
        ] {
            assert_eq!(
                word_counts(src, &words),
                words.iter().map(|w| per_form(src, w)).collect::<Vec<_>>(),
                "{src:?}"
            );
        }
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
        assert_eq!(
            &input[p.spans[0].range()],
            input.lines().next().unwrap_or_default()
        );
    }

    /// A function word is joined though the document uses it nowhere else; a word that the
    /// rest is too ("T he": "he") is left to the counts.
    #[test]
    fn a_function_word_joins_whatever_the_document_says() {
        let src = "Full service catering includes everything from menu planning to clean-up.";
        assert_eq!(
            joined("I f you're looking for", src),
            "If you're looking for"
        );
        assert_eq!(joined("I n most cases", src), "In most cases");
        assert_eq!(joined("T he caterer", src), "T he caterer");
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
