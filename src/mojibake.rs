//! Mojibake: UTF-8 that was once read as Windows-1252 (or Latin-1) and saved again as UTF-8, so
//! that each of its multi-byte characters became two to four characters ("don’t" saved as
//! "donâ€™t", "café" as "cafÃ©"). Scrapers and CMS imports leave it in a few pages in a hundred.
//! It is repaired the way `ftfy` does it, conservatively: a text is repaired only when it holds
//! two sequences that are mojibake beyond doubt, and then each sequence whose characters, read back
//! as Windows-1252 bytes, make exactly one valid UTF-8 character is that character.
//!
//! The repaired text is shorter than the input; [`Repaired::map`] gives, as the decoders of
//! [`crate::decode`] do, where each of its characters came from, so that spans stay offsets of
//! the input's bytes.

use crate::ByteSpan;

/// A text with its mojibake repaired.
pub(crate) struct Repaired {
    pub text: String,
    /// Checkpoints `(text offset, input offset)`, between which both advance together.
    pub map: Vec<(usize, usize)>,
    /// The input's byte ranges that were repaired: one per run of sequences that touch (a word
    /// of Cyrillic), and one per space.
    pub repaired: Vec<ByteSpan>,
    /// Where each of those runs is in [`Repaired::text`].
    pub at: Vec<(usize, usize)>,
}

/// The Windows-1252 byte of a character that stands for a UTF-8 continuation byte (0x80–0xBF):
/// the C1 controls and U+00A0–U+00BF as Latin-1 reads them, and the characters Windows-1252
/// puts at 0x80–0x9F.
fn continuation_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{BF}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

/// A mojibake sequence at the start of `s`: its length in `s`, the character it stands for, and
/// whether it is mojibake beyond doubt (its first character is "Â", "Ã" or "â", the leads of
/// the non-breaking space and the signs, of the Latin-1 letters and of the punctuation, which
/// real text never follows with such characters; or it holds a C1 control).
fn sequence_at(s: &str) -> Option<(usize, char, bool)> {
    let mut chars = s.chars();
    let lead = chars.next()?;
    // "Â" before a space or a line's end: a non-breaking space (0xC2 0xA0) whose second byte
    // a later step turned into a space or dropped. It reads as a space.
    if lead == 'Â'
        && s.as_bytes()
            .get(2)
            .is_none_or(|b| matches!(b, b' ' | b'\n' | b'\r' | b'\t'))
    {
        return Some((lead.len_utf8(), ' ', false));
    }
    // U+00C2–U+00F4: the lead bytes of two- to four-byte UTF-8 characters, read as Latin-1.
    let width = match lead {
        '\u{C2}'..='\u{DF}' => 2,
        '\u{E0}'..='\u{EF}' => 3,
        '\u{F0}'..='\u{F4}' => 4,
        _ => return None,
    };
    let mut bytes = [lead as u32 as u8, 0, 0, 0];
    let mut len = lead.len_utf8();
    let mut control = false;
    for slot in bytes.iter_mut().take(width).skip(1) {
        let c = chars.next()?;
        *slot = continuation_byte(c)?;
        control |= ('\u{80}'..='\u{9F}').contains(&c);
        len += c.len_utf8();
    }
    let decoded = std::str::from_utf8(bytes.get(..width)?).ok()?;
    let c = decoded.chars().next()?;
    // A control character is no text's. (A space or an invisible character is repaired: its
    // bytes are blank, as the character is, and lie in no span when it is trimmed.)
    if c.is_control() || is_unlikely(c) {
        return None;
    }
    let sure = control || matches!(lead, '\u{C2}' | '\u{C3}' | '\u{E2}');
    Some((len, c, sure))
}

/// Characters that a German or Nordic letter before a quotation mark or an ellipsis makes as
/// often as mojibake does ("Straße“" reads as U+07D3, "Ü„" as U+0704): the rare scripts at
/// U+0700–U+07FF (Syriac, Thaana, N'Ko) and the combining marks that a two-byte sequence can
/// make. Left as they are.
fn is_unlikely(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36F}' | '\u{483}'..='\u{489}' | '\u{591}'..='\u{5C7}' | '\u{700}'..='\u{7FF}'
    )
}

/// A text is repaired when it holds this many sequences beyond doubt.
const MIN_SURE_SEQUENCES: usize = 2;

/// `text` with its mojibake repaired, or `None` when it holds too few beyond doubt. A text without
/// the byte 0xC3 (the first byte of every lead character) is passed over at `memchr`'s speed.
pub(crate) fn repair(text: &str) -> Option<Repaired> {
    let bytes = text.as_bytes();
    // Every lead character (U+00C2–U+00F4) is encoded as 0xC3 0x82–0xB4.
    let leads = || {
        memchr::memchr_iter(0xC3, bytes).filter(|&i| matches!(bytes.get(i + 1), Some(0x82..=0xB4)))
    };
    // Two sequences beyond doubt at least: a text that quotes one (an article about mojibake:
    // "I saw \"Ã¤\" instead of \"ä\"") keeps it as it is.
    let sure = leads()
        .filter(|&i| {
            text.get(i..)
                .and_then(sequence_at)
                .is_some_and(|(_, _, sure)| sure)
        })
        .take(MIN_SURE_SEQUENCES)
        .count();
    if sure < MIN_SURE_SEQUENCES {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut map = vec![(0, 0)];
    let mut repaired: Vec<ByteSpan> = Vec::new();
    let mut at: Vec<(usize, usize)> = Vec::new();
    let mut copied = 0;
    let mut last_blank = false;
    for i in leads() {
        if i < copied {
            continue;
        }
        let Some((len, c, _)) = text.get(i..).and_then(sequence_at) else {
            continue;
        };
        // A sequence right after the last one (a garbled word of Cyrillic) extends its run, but
        // for a space, which stays a run of its own: trimmed, it leaves its bytes blank.
        let blank = c.is_whitespace() || crate::text::is_blankish(c);
        let extends = i == copied && !blank && !last_blank && !repaired.is_empty();
        out.push_str(text.get(copied..i).unwrap_or_default());
        let from = out.len();
        out.push(c);
        match (extends, repaired.last_mut(), at.last_mut()) {
            (true, Some(r), Some(a)) => {
                *r = ByteSpan::new(r.start, i + len);
                *a = (a.0, out.len());
            }
            _ => {
                repaired.push(ByteSpan::new(i, i + len));
                at.push((from, out.len()));
            }
        }
        last_blank = blank;
        copied = i + len;
        map.push((out.len(), copied));
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    Some(Repaired {
        text: out,
        map,
        repaired,
        at,
    })
}

#[cfg(test)]
mod tests {
    use super::repair;

    /// `s` saved as UTF-8 after a Windows-1252 reading of its UTF-8 bytes.
    fn garble(s: &str) -> String {
        encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(s.as_bytes())
            .0
            .into_owned()
    }

    #[test]
    fn garbled_text_is_repaired_and_mapped_to_its_bytes() {
        let original = "Don’t miss the café — it’s “the best” in Zürich… 20 °C, 5 €.";
        let garbled = garble(original);
        assert!(garbled.contains("Donâ€™t") && garbled.contains("cafÃ©"));
        let r = repair(&garbled).expect("mojibake");
        assert_eq!(r.text, original);
        // Each repaired character maps to the start of its sequence; the text after it to the
        // input after the sequence.
        let offsets = crate::decode::Offsets::from_map(r.map, r.text.len(), garbled.len());
        let cafe = r.text.find("café").unwrap() + 3;
        assert_eq!(offsets.orig(cafe), garbled.find("Ã©").unwrap());
        assert_eq!(
            offsets.orig(r.text.find(" in Zürich").unwrap()),
            garbled.find(" in Z").unwrap()
        );
        assert_eq!(offsets.orig(r.text.len()), garbled.len());
        assert_eq!(
            r.repaired.len(),
            original.chars().filter(|c| !c.is_ascii()).count()
        );
        for span in &r.repaired {
            assert!(garbled.is_char_boundary(span.start) && garbled.is_char_boundary(span.end));
        }
    }

    #[test]
    fn the_latin1_reading_with_c1_controls_is_repaired_too() {
        // "’" read as Latin-1: "â\u{80}\u{99}".
        let r = repair("It\u{e2}\u{80}\u{99}s here, isn\u{e2}\u{80}\u{99}t it").expect("mojibake");
        assert_eq!(r.text, "It’s here, isn’t it");
    }

    #[test]
    fn real_text_is_left_alone() {
        for text in [
            "Grüße aus München, „Straße“ und Maß…",
            "Çà et là, l’été à Noël — «Où êtes-vous?»",
            "São Paulo, Ação, informação; ÂNGELO e CÔTE",
            "Cyrillic Привет and 中文 and emoji 🙂",
            "plain ASCII",
            // An article that quotes one sequence, to show what mojibake is.
            "How many times I saw \"Ã¤\" instead of \"ä\" on a German site",
            "",
        ] {
            assert!(repair(text).is_none(), "{text:?}");
        }
    }

    #[test]
    fn a_garbled_non_breaking_space_is_a_space() {
        // "Â\u{a0}" is a garbled non-breaking space, and "Â " one whose second byte became a
        // space: both read as spaces, beside a sure sequence.
        let r = repair("price\u{c2}\u{a0}: 5 Ã© done.Â Â\nÂ next Â").expect("mojibake");
        assert_eq!(r.text, "price\u{a0}: 5 é done.   \n  next  ");
        // "Â" before a letter is a letter.
        assert!(repair("ÂNGELO Â x").is_none());
    }

    #[test]
    fn a_letter_before_a_quotation_mark_stays_in_a_text_with_mojibake() {
        // The sure "â€™" is repaired; German "ß“" and "Ü„" and a Nordic "Ö“" are letters.
        let r = repair("donâ€™t: „Straße“, Grüße… ÜBER„ and „SÖ“, itâ€™s").expect("mojibake");
        assert_eq!(r.text, "don’t: „Straße“, Grüße… ÜBER„ and „SÖ“, it’s");
    }

    #[test]
    fn twice_garbled_text_is_repaired_once() {
        let twice = garble(&garble("it’s"));
        let once = repair(&twice).expect("mojibake").text;
        assert_eq!(once, garble("it’s"));
    }
}
