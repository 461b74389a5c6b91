//! Placeholder text: the "Lorem ipsum dolor sit amet…" filler a theme ships with and a site
//! never replaced (a demo slide, an empty card's blurb). It is never what a page says.

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};

pub static FILLER: Rule = Rule {
    id: "placeholder.lorem-ipsum",
    layer: Layer::Chrome,
    why: "placeholder text (\"Lorem ipsum dolor sit amet…\") left in a theme's slot, not the page's words",
    tier: Tier::Core,
};

/// The words of the lorem-ipsum generators (the classic passage and lipsum.com's pool),
/// lower-case and sorted for a binary search. Common Latin words alone ("et", "in", "est")
/// do not make a line filler: see [`is_filler`].
const FILLER_WORDS: &[&str] = &[
    "accumsan",
    "ad",
    "adipiscing",
    "aenean",
    "aliqua",
    "aliquam",
    "aliquet",
    "aliquip",
    "amet",
    "anim",
    "ante",
    "arcu",
    "at",
    "auctor",
    "augue",
    "aute",
    "bibendum",
    "blandit",
    "cillum",
    "commodo",
    "condimentum",
    "congue",
    "consectetur",
    "consequat",
    "convallis",
    "cras",
    "culpa",
    "cum",
    "cupidatat",
    "curabitur",
    "cursus",
    "dapibus",
    "deserunt",
    "diam",
    "dictum",
    "dictumst",
    "dignissim",
    "dis",
    "do",
    "dolor",
    "dolore",
    "donec",
    "duis",
    "ea",
    "egestas",
    "eget",
    "eiusmod",
    "eleifend",
    "elementum",
    "elit",
    "enim",
    "erat",
    "eros",
    "esse",
    "est",
    "et",
    "etiam",
    "eu",
    "euismod",
    "ex",
    "excepteur",
    "exercitation",
    "facilisi",
    "facilisis",
    "fames",
    "faucibus",
    "felis",
    "fermentum",
    "feugiat",
    "fringilla",
    "fugiat",
    "fusce",
    "gravida",
    "habitant",
    "habitasse",
    "hac",
    "hendrerit",
    "iaculis",
    "id",
    "imperdiet",
    "in",
    "incididunt",
    "integer",
    "interdum",
    "ipsum",
    "irure",
    "justo",
    "labore",
    "laboris",
    "laborum",
    "lacinia",
    "lacus",
    "laoreet",
    "lectus",
    "leo",
    "libero",
    "ligula",
    "lobortis",
    "lorem",
    "luctus",
    "maecenas",
    "magna",
    "magnis",
    "malesuada",
    "massa",
    "mattis",
    "mauris",
    "metus",
    "mi",
    "minim",
    "molestie",
    "mollis",
    "montes",
    "morbi",
    "mus",
    "nam",
    "nascetur",
    "natoque",
    "nec",
    "neque",
    "netus",
    "nibh",
    "nisi",
    "nisl",
    "non",
    "nostrud",
    "nulla",
    "nullam",
    "nunc",
    "occaecat",
    "odio",
    "officia",
    "orci",
    "ornare",
    "pariatur",
    "parturient",
    "pellentesque",
    "penatibus",
    "pharetra",
    "phasellus",
    "placerat",
    "platea",
    "porta",
    "porttitor",
    "posuere",
    "potenti",
    "praesent",
    "pretium",
    "proident",
    "proin",
    "pulvinar",
    "purus",
    "quam",
    "qui",
    "quis",
    "quisque",
    "reprehenderit",
    "rhoncus",
    "ridiculus",
    "risus",
    "rutrum",
    "sagittis",
    "sapien",
    "scelerisque",
    "sed",
    "sem",
    "semper",
    "senectus",
    "sint",
    "sit",
    "sociis",
    "sodales",
    "sollicitudin",
    "sunt",
    "suscipit",
    "suspendisse",
    "tellus",
    "tempor",
    "tempus",
    "tincidunt",
    "tortor",
    "tristique",
    "turpis",
    "ullamco",
    "ullamcorper",
    "ultrices",
    "ultricies",
    "urna",
    "ut",
    "varius",
    "vehicula",
    "vel",
    "velit",
    "venenatis",
    "veniam",
    "vestibulum",
    "vitae",
    "vivamus",
    "viverra",
    "voluptate",
    "volutpat",
    "vulputate",
];

/// How many words of a line are looked at before it is judged filler or not: enough for the
/// share of filler words to tell, few enough that a long paragraph costs little.
const WORDS_LOOKED_AT: usize = 60;

/// A word of at most 16 bytes as one number: its bytes from the left, zeros after. Numbers so
/// made sort as their words do, so [`FILLER_KEYS`] is sorted as [`FILLER_WORDS`] is, and a
/// lookup compares numbers rather than strings (every line's first word is looked up).
const fn key(word: &[u8]) -> u128 {
    let mut k = 0u128;
    let mut i = 0;
    while i < 16 {
        k <<= 8;
        if i < word.len() {
            k |= word[i] as u128;
        }
        i += 1;
    }
    k
}

const FILLER_KEYS: [u128; FILLER_WORDS.len()] = {
    let mut keys = [0u128; FILLER_WORDS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = key(FILLER_WORDS[i].as_bytes());
        i += 1;
    }
    keys
};

/// One bit for each (first letter, length) of the pool's words: a quick test that most words
/// fail before their key is made.
const FIRST_LETTER_LENGTHS: [u16; 26] = {
    let mut bits = [0u16; 26];
    let mut i = 0;
    while i < FILLER_WORDS.len() {
        let w = FILLER_WORDS[i].as_bytes();
        bits[(w[0] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    bits
};

/// The word, in any case, is in the pool.
fn is_filler_word(word: &str) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return false;
    };
    let letter = first.to_ascii_lowercase().wrapping_sub(b'a') as usize;
    if word.len() > 15 || letter >= 26 || FIRST_LETTER_LENGTHS[letter] >> word.len() & 1 == 0 {
        return false;
    }
    // The key of the word lower-cased, as `key` makes it, without its loop over sixteen bytes.
    let mut bytes = [0u8; 16];
    bytes[..word.len()].copy_from_slice(word.as_bytes());
    bytes.make_ascii_lowercase();
    word.is_ascii()
        && FILLER_KEYS
            .binary_search(&u128::from_be_bytes(bytes))
            .is_ok()
}

/// Whether `line` is lorem-ipsum filler: its first three words are filler words, at least four
/// in five of its words are, and either it names "lorem" or "ipsum" (a slide's "Lorem ipsum 2")
/// or it holds four different filler words and few numbers (lipsum's paragraphs that start
/// elsewhere, "Vivamus sagittis lacus vel augue…"; not a table row's "18.7 mi | 11.4 mi").
/// Real Latin keeps most of its words out of the pool, and prose about the filler ("Lorem ipsum
/// is the printer's dummy text") is mostly English.
pub fn is_filler(line: &str) -> bool {
    // Most lines fail on one of their first words ("In the …" on its second): read them from
    // the bytes, without the tokens below, until a word that is not ASCII.
    let mut rest = line;
    let (mut words_read, mut tokens_read) = (0, 0);
    while words_read < 3 && tokens_read < 6 {
        rest = rest.trim_start_matches(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric());
        let len = rest
            .bytes()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let word = &rest[..len];
        if word.is_empty() {
            // A non-ASCII letter starts no filler word; a quotation mark is read below.
            if rest.starts_with(char::is_alphabetic) {
                return false;
            }
            break;
        }
        if rest.as_bytes().get(len).is_some_and(|b| !b.is_ascii()) {
            // The word may go on in a non-ASCII letter: read below.
            break;
        }
        tokens_read += 1;
        if !word.bytes().all(|b| b.is_ascii_digit()) {
            if !is_filler_word(word) {
                return false;
            }
            words_read += 1;
        }
        rest = &rest[len..];
    }
    // Six numbers before any word ("12/05/2025 10:30 $19.99"): a line of figures.
    if words_read == 0 && tokens_read == 6 {
        return false;
    }
    let tokens = line
        .split(|c: char| !crate::text::is_alphanumeric(c))
        .filter(|w| !w.is_empty())
        .take(WORDS_LOOKED_AT);
    let (mut words, mut numbers, mut filler, mut named) = (0usize, 0usize, 0usize, false);
    let mut distinct: [&str; 4] = [""; 4];
    let mut distinct_count = 0;
    for w in tokens {
        if w.bytes().all(|b| b.is_ascii_digit()) {
            numbers += 1;
            continue;
        }
        words += 1;
        let hit = is_filler_word(w);
        if !hit {
            if words <= 3 {
                return false;
            }
            continue;
        }
        filler += 1;
        named |= w.eq_ignore_ascii_case("lorem") || w.eq_ignore_ascii_case("ipsum");
        if distinct_count < distinct.len()
            && !distinct[..distinct_count]
                .iter()
                .any(|d| d.eq_ignore_ascii_case(w))
        {
            distinct[distinct_count] = w;
            distinct_count += 1;
        }
    }
    if words < 2 || filler * 5 < words * 4 {
        return false;
    }
    named || (distinct_count == distinct.len() && numbers * 5 <= words)
}

pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&FILLER) {
        return;
    }
    for i in 0..doc.blocks.len() {
        let block = &doc.blocks[i];
        if block.is_kept() && is_filler(&block.plain) {
            doc.remove(i, &FILLER, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pool_is_sorted_and_lower_case() {
        assert!(FILLER_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(FILLER_KEYS.windows(2).all(|k| k[0] < k[1]));
        assert!(FILLER_WORDS
            .iter()
            .all(|w| w.len() <= 16 && is_filler_word(w)));
        assert!(is_filler_word("Lorem") && is_filler_word("IPSUM"));
        assert!(!is_filler_word("lore") && !is_filler_word("loremx") && !is_filler_word(""));
        assert!(FILLER_WORDS
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase())));
    }

    #[test]
    fn removes_filler() {
        for line in [
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor \
             incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud \
             exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod",
            "Lorem Ipsum",
            "Lorem ipsum 2",
            "1. Lorem ipsum dolor sit amet",
            "“Lorem ipsum dolor sit amet”",
            "Vivamus sagittis lacus vel augue laoreet rutrum faucibus dolor auctor.",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor \
             incididunt ut labore et dolore magna et aliqua. Quis ipsum suspendisse ultrices \
             gravida. Risus commodo viverra maecenas accumsan lacus vel facilisis.",
        ] {
            assert!(is_filler(line), "{line}");
        }
    }

    #[test]
    fn keeps_prose_about_it_and_real_latin() {
        for line in [
            "Lorem ipsum is the dummy text that printers have used since the 1500s.",
            "What is Lorem Ipsum?",
            "In vitro results were promising, et al. reported.",
            "Sit down and read.",
            "Do it now.",
            "Et cetera",
            "Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae.",
            "Neque porro quisquam est qui dolorem ipsum quia dolor sit amet, consectetur, \
             adipisci velit, sed quia non numquam eius modi tempora incidunt.",
            "Ad hoc committees met in the spring.",
            "Ut",
            "18.7 mi | 11.4 mi | 20 mi | 23.3 mi | 24.9 mi | 39.6 mi | 26.8 mi",
            "Sed sed sed sed sed sed",
            "Ipsumová a spol.",
        ] {
            assert!(!is_filler(line), "{line}");
        }
    }
}
