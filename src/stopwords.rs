//! Stopword lists, shipped as data (`src/stopwords/*.txt`), and the language guess they allow.
//!
//! Prose is full of function words ("the", "und", "que"); menus, labels and link lists are not.
//! The share of stopwords among a block's words is one of the strongest signals the text
//! classifier has. A document's language is the one whose list its words hit most; when no list
//! is hit enough (another language or script), [`guess`] gives `None` and the classifier falls back to
//! signals that hold in any language (length, punctuation), so that such text is not destroyed.

use once_cell::sync::Lazy;

/// The languages with a stopword list, in the order of their bit in a mask.
pub const LANGS: [&str; 9] = ["en", "de", "fr", "es", "pt", "it", "nl", "ru", "id"];

const LISTS: [&str; 9] = [
    include_str!("stopwords/en.txt"),
    include_str!("stopwords/de.txt"),
    include_str!("stopwords/fr.txt"),
    include_str!("stopwords/es.txt"),
    include_str!("stopwords/pt.txt"),
    include_str!("stopwords/it.txt"),
    include_str!("stopwords/nl.txt"),
    include_str!("stopwords/ru.txt"),
    include_str!("stopwords/id.txt"),
];

/// The longest stopword, in UTF-8 bytes: words are packed into a `u128`.
const MAX_LEN: usize = 16;

/// A lower-case word of at most [`MAX_LEN`] bytes as one number.
fn pack(bytes: &[u8]) -> u128 {
    let mut buf = [0u8; MAX_LEN];
    buf[..bytes.len()].copy_from_slice(bytes);
    u128::from_le_bytes(buf)
}

/// Packed word → bit mask of the languages whose list holds it: open addressing with linear
/// probing. Words of at most eight bytes (nearly all) have a table of their own with 64-bit keys
/// and the masks apart, small enough to stay in the CPU's nearest cache; longer words go to a
/// second table of 128-bit keys.
struct Table {
    short_keys: Vec<u64>,
    short_masks: Vec<u16>,
    short_shift: u32,
    long: Vec<(u128, u16)>,
    long_shift: u32,
}

impl Table {
    fn short_slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.short_shift) as usize
    }

    fn long_slot(&self, key: u128) -> usize {
        let x = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.long_shift) as usize
    }

    /// The mask of a packed word; 0 for no stopword (the empty word, packed to 0, is none).
    #[inline]
    fn get(&self, key: u128) -> u16 {
        if key >> 64 == 0 {
            return self.get_short(key as u64);
        }
        let mut i = self.long_slot(key);
        loop {
            let (k, m) = self.long[i];
            if k == key {
                return m;
            }
            if k == 0 {
                return 0;
            }
            i = (i + 1) & (self.long.len() - 1);
        }
    }

    /// [`Self::get`] of a word of at most eight bytes.
    #[inline]
    fn get_short(&self, key: u64) -> u16 {
        let mut i = self.short_slot(key);
        loop {
            let k = self.short_keys[i];
            // An empty slot (key 0, mask 0) ends the probe: the empty word, packed to 0, has
            // mask 0 without a test of its own.
            if k == key || k == 0 {
                return self.short_masks[i];
            }
            i = (i + 1) & (self.short_keys.len() - 1);
        }
    }
}

static TABLE: Lazy<Table> = Lazy::new(|| {
    let mut words: Vec<(u128, u16)> = Vec::new();
    for (k, list) in LISTS.iter().enumerate() {
        for line in list.lines().filter(|l| !l.starts_with('#')) {
            for w in line.split_whitespace().filter(|w| w.len() <= MAX_LEN) {
                words.push((pack(w.as_bytes()), 1 << k));
            }
        }
    }
    let bits = |n: usize| (n * 2).next_power_of_two().trailing_zeros().max(4);
    let (short, long): (Vec<_>, Vec<_>) = words.into_iter().partition(|(k, _)| k >> 64 == 0);
    let (sb, lb) = (bits(short.len()), bits(long.len()));
    let mut t = Table {
        short_keys: vec![0; 1 << sb],
        short_masks: vec![0; 1 << sb],
        short_shift: 64 - sb,
        long: vec![(0, 0); 1 << lb],
        long_shift: 64 - lb,
    };
    for (key, mask) in short {
        let key = key as u64;
        let mut i = t.short_slot(key);
        while t.short_keys[i] != 0 && t.short_keys[i] != key {
            i = (i + 1) & (t.short_keys.len() - 1);
        }
        t.short_keys[i] = key;
        t.short_masks[i] |= mask;
    }
    for (key, mask) in long {
        let mut i = t.long_slot(key);
        while t.long[i].0 != 0 && t.long[i].0 != key {
            i = (i + 1) & (t.long.len() - 1);
        }
        t.long[i].0 = key;
        t.long[i].1 |= mask;
    }
    t
});

/// A quick filter before the table: one bit per (first letter, second letter, length) of the
/// stopwords, letters folded to their low five bits (so both cases of an ASCII letter share one)
/// and lengths above 15 sharing a slot. Most words of a text miss it.
struct Prefilter {
    bits: [u64; 256],
}

fn prefilter_slot(word: &[u8]) -> usize {
    let b0 = word.first().copied().unwrap_or(0) as usize & 31;
    let b1 = word.get(1).copied().unwrap_or(0) as usize & 31;
    (b0 << 9) | (b1 << 4) | word.len().min(15)
}

static PREFILTER: Lazy<Prefilter> = Lazy::new(|| {
    let mut p = Prefilter { bits: [0; 256] };
    for w in LISTS
        .iter()
        .flat_map(|l| l.lines().filter(|l| !l.starts_with('#')))
        .flat_map(str::split_whitespace)
    {
        let slot = prefilter_slot(w.as_bytes());
        p.bits[slot >> 6] |= 1 << (slot & 63);
    }
    p
});

/// The language mask of one word (any case); 0 when it is no stopword.
pub fn mask(word: &str) -> u16 {
    if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return mask_ascii(word.as_bytes());
    }
    if word.len() > MAX_LEN * 2 {
        return 0;
    }
    // Lower-case into the buffer; a word whose lower case does not fit is no stopword.
    let mut buf = [0u8; MAX_LEN];
    let mut len = 0;
    let mut fits = true;
    for c in word.chars() {
        crate::text::for_each_lower(c, |l| {
            let n = l.len_utf8();
            if fits && len + n <= MAX_LEN {
                l.encode_utf8(&mut buf[len..]);
                len += n;
            } else {
                fits = false;
            }
        });
        if !fits {
            return 0;
        }
    }
    TABLE.get(pack(&buf[..len]))
}

/// [`mask`] of a word of ASCII letters and digits only. Only such words go through the
/// prefilter: a non-ASCII upper-case letter may change its bytes (and length) when lower-cased.
pub(crate) fn mask_ascii(word: &[u8]) -> u16 {
    if word.len() > MAX_LEN {
        return 0;
    }
    let slot = prefilter_slot(word);
    if PREFILTER.bits[slot >> 6] >> (slot & 63) & 1 == 0 {
        return 0;
    }
    // Letters have bit 0x40 set and upper-case ones lack 0x20; digits need no change.
    let lower = |x: u64| x | ((x & 0x4040_4040_4040_4040) >> 1);
    let (lo, hi) = word.split_at(word.len().min(8));
    let key =
        lower(crate::text::load_le(lo)) as u128 | (lower(crate::text::load_le(hi)) as u128) << 64;
    TABLE.get(key)
}

/// The stopword tables, looked up once by a caller that then looks up many words.
#[derive(Clone, Copy)]
pub(crate) struct Lookup {
    prefilter: &'static Prefilter,
    table: &'static Table,
}

impl Default for Lookup {
    fn default() -> Self {
        Lookup {
            prefilter: &PREFILTER,
            table: &TABLE,
        }
    }
}

impl Lookup {
    /// [`mask_ascii`] given the word's first eight bytes as [`crate::text::load_le`] reads them.
    #[inline(always)]
    fn ascii_head(&self, word: &[u8], head: u64) -> u16 {
        if word.len() > 8 {
            return mask_ascii(word);
        }
        self.short_lower(head | ((head & 0x4040_4040_4040_4040) >> 1), word.len())
    }

    /// [`Self::short_lower`] without the prefilter, for a caller that has one of its own.
    #[inline(always)]
    pub(crate) fn short_lower_unfiltered(&self, key: u64) -> u16 {
        self.table.get_short(key)
    }

    /// The stopwords of nine to sixteen bytes, packed as [`pack`] packs them (the words' bytes,
    /// little-endian).
    pub(crate) fn long_keys(&self) -> impl Iterator<Item = u128> + '_ {
        self.table.long.iter().map(|&(k, _)| k).filter(|&k| k != 0)
    }

    /// The stopwords of at most eight bytes, packed as [`Self::short_lower`] takes them.
    pub(crate) fn short_keys(&self) -> impl Iterator<Item = u64> + '_ {
        self.table.short_keys.iter().copied().filter(|&k| k != 0)
    }

    /// [`mask_ascii`] of a word of `len` (at most eight) ASCII letters and digits, given as the
    /// number [`crate::text::load_le`] reads from its bytes lower-cased.
    #[inline(always)]
    fn short_lower(&self, key: u64, len: usize) -> u16 {
        // The prefilter's slot ([`prefilter_slot`]: a byte past the word's end is 0 in `key` as
        // in the slot; lower-casing leaves the low five bits).
        let (b0, b1) = ((key & 31) as usize, (key >> 8 & 31) as usize);
        let slot = (b0 << 9) | (b1 << 4) | len;
        if self.prefilter.bits[(slot >> 6) & 255] >> (slot & 63) & 1 == 0 {
            return 0;
        }
        self.table.get_short(key)
    }
}

/// Word and stopword counts of a piece of text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Words: runs of letters and digits.
    pub words: u32,
    /// Words written in CJK or another script without spaces count by characters instead; this
    /// is how many "word equivalents" (two characters each) they make.
    pub cjk_words: u32,
    /// Stopword hits per language of [`LANGS`].
    pub hits: [u32; 9],
}

impl Counts {
    pub fn of(text: &str) -> Counts {
        let mut t = Tally::default();
        let unspaced =
            crate::text::for_each_word_head(text, |w, ascii, head| t.add_word_head(w, ascii, head));
        t.finish(unspaced)
    }

    /// Records the characters of unspaced scripts [`crate::text::for_each_word_head`] counted.
    pub(crate) fn set_unspaced_chars(&mut self, chars: u32) {
        self.cjk_words = chars / 2;
    }

    pub fn add(&mut self, o: &Counts) {
        self.words += o.words;
        self.cjk_words += o.cjk_words;
        for (a, b) in self.hits.iter_mut().zip(o.hits) {
            *a += b;
        }
    }

    /// Words, with unspaced scripts counted by characters.
    pub fn effective_words(&self) -> u32 {
        self.words.max(self.cjk_words)
    }
}

/// A language mask spread out to one 7-bit lane per language: bit `k` of the mask becomes bit
/// `7 * k`.
const SPREAD: [u64; 512] = {
    let mut t = [0u64; 512];
    let mut m = 0;
    while m < 512 {
        let mut k = 0;
        while k < 9 {
            t[m] |= ((m as u64 >> k) & 1) << (7 * k);
            k += 1;
        }
        m += 1;
    }
    t
};

/// The stopword hits of a run of words, kept by a caller that counts the words: the hits of up
/// to 127 stopwords at a time are added up in one number of nine 7-bit lanes ([`SPREAD`]), so
/// that a stopword costs one addition instead of one per language.
#[derive(Default)]
pub(crate) struct Hits {
    hits: [u32; 9],
    lanes: u64,
    pending: u32,
}

impl Hits {
    /// Adds the languages (a mask of [`LANGS`]) of one stopword.
    #[inline(always)]
    pub(crate) fn add(&mut self, m: u16) {
        self.lanes += SPREAD[usize::from(m) & 511];
        self.pending += 1;
        if self.pending == 127 {
            self.flush();
        }
    }

    /// Adds the pending hits to the counts.
    #[inline]
    fn flush(&mut self) {
        for (k, h) in self.hits.iter_mut().enumerate() {
            *h += ((self.lanes >> (7 * k)) & 127) as u32;
        }
        self.lanes = 0;
        self.pending = 0;
    }

    /// The counts of `words` words with these hits, and the characters of unspaced scripts
    /// [`crate::text::for_each_word_head`] counted.
    pub(crate) fn counts(mut self, words: u32, unspaced: u32) -> Counts {
        self.flush();
        let mut c = Counts {
            words,
            hits: self.hits,
            ..Counts::default()
        };
        c.set_unspaced_chars(unspaced);
        c
    }
}

/// Counts words into [`Counts`].
#[derive(Default)]
pub(crate) struct Tally {
    words: u32,
    hits: Hits,
    lookup: Lookup,
}

impl Tally {
    /// Counts one word of [`crate::text::for_each_word_head`] (`ascii` and `head` as it tells).
    #[inline(always)]
    pub(crate) fn add_word_head(&mut self, w: &str, ascii: bool, head: u64) {
        let m = if ascii {
            self.lookup.ascii_head(w.as_bytes(), head)
        } else {
            mask(w)
        };
        self.words += 1;
        if m != 0 {
            self.hits.add(m);
        }
    }

    /// The counts, with the characters of unspaced scripts [`crate::text::for_each_word_head`]
    /// counted.
    pub(crate) fn finish(self, unspaced: u32) -> Counts {
        self.hits.counts(self.words, unspaced)
    }
}

/// The language of a whole document, if its stopwords make it clear: the best list must cover at
/// least 15% of the words.
pub fn guess(total: &Counts) -> Option<usize> {
    let (k, &best) = total
        .hits
        .iter()
        .enumerate()
        .max_by_key(|(k, h)| (**h, 9 - k))?;
    (total.words >= 20 && best * 100 >= total.words * 15).then_some(k)
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&TABLE);
    Lazy::force(&PREFILTER);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stopword_fits_the_packed_table() {
        for list in LISTS {
            for w in list
                .lines()
                .filter(|l| !l.starts_with('#'))
                .flat_map(str::split_whitespace)
            {
                assert!(w.len() <= MAX_LEN, "{w}");
                assert_ne!(mask(w), 0, "{w}");
                assert_ne!(mask(&w.to_uppercase()), 0, "{w}");
            }
        }
        assert_eq!(mask("library"), 0);
    }

    /// Counts the plain way: a char at a time, every word through [`mask`].
    fn counts_reference(text: &str) -> Counts {
        let mut c = Counts::default();
        let mut cjk = 0;
        let mut word = String::new();
        let flush = |c: &mut Counts, w: &mut String| {
            if !w.is_empty() {
                c.words += 1;
                let m = mask(w);
                for (k, h) in c.hits.iter_mut().enumerate() {
                    *h += u32::from(m >> k & 1);
                }
                w.clear();
            }
        };
        for ch in text.chars() {
            cjk += u32::from(!ch.is_ascii() && crate::text::is_unspaced_script(ch));
            if crate::text::is_alphanumeric(ch) {
                word.push(ch);
            } else {
                flush(&mut c, &mut word);
            }
        }
        flush(&mut c, &mut word);
        c.cjk_words = cjk / 2;
        c
    }

    #[test]
    fn fast_counts_equal_the_plain_way() {
        let lines = crate::text::prefilter_test_lines(&[
            "The THE tHe And und QUE que ДЛЯ для",
            "ĕ̤ng-ngṳ̄ 閩東語 / Mìng-dĕ̤ng-ngṳ̄ ပအိုဝ်ႏဘာႏသာႏ",
            "abcdefghijklmnopq ab1 1ab über Über ÜBER straße",
            "東京都は火曜日、長い議論の末に予算を承認した。・ー",
            "x\u{212A}y the\u{200B}and ſo",
        ]);
        // Long enough for the packed lanes to be flushed along the way (every 127 words).
        let long = "the und que для and the x ".repeat(100);
        assert_eq!(Counts::of(&long), counts_reference(&long));
        for l in &lines {
            assert_eq!(Counts::of(l), counts_reference(l), "{l:?}");
        }
    }

    #[test]
    fn guesses_languages() {
        let cases = [
            ("en", "The council approved the budget on Tuesday after a long debate about what it would cost and who would pay for it."),
            ("de", "Der Stadtrat hat am Dienstag den Haushalt beschlossen, nachdem lange darüber gestritten wurde, wer die Kosten tragen soll und was sie sind."),
            ("fr", "Le conseil a approuvé le budget mardi après un long débat sur ce qu'il coûterait et qui le paierait pour les habitants de la ville."),
            ("es", "El consejo aprobó el presupuesto el martes después de un largo debate sobre lo que costaría y quién lo pagaría para los vecinos de la ciudad."),
            ("ru", "Совет утвердил бюджет во вторник после долгих споров о том, сколько это будет стоить и кто за это заплатит, а также что будет с городом."),
            ("id", "Dewan menyetujui anggaran pada hari Selasa setelah perdebatan panjang tentang berapa biayanya dan siapa yang akan membayar untuk semua itu dan yang lain."),
        ];
        for (lang, text) in cases {
            assert_eq!(
                guess(&Counts::of(text)).map(|k| LANGS[k]),
                Some(lang),
                "{text}"
            );
        }
    }

    #[test]
    fn other_scripts_have_no_language_but_count_words() {
        let c = Counts::of(
            "東京都は火曜日、長い議論の末に予算を承認した。費用を誰が負担するかが争点だった。",
        );
        assert_eq!(guess(&c), None);
        assert!(c.effective_words() >= 15);
        // A menu has words but few stopwords.
        let c = Counts::of("Home News Sports Business Contact Login Search Cart Weather Video Podcasts Shop Careers Events Jobs Help Support Blog Archive Tags");
        assert_eq!(guess(&c), None);
    }
}
