//! Text dumps in other encodings than UTF-8: each fixture saved in a legacy encoding its text
//! fits (detected) or in UTF-16 with a byte-order mark is cleaned as its UTF-8 original is, with
//! spans into its own bytes and the encoding named in the provenance.

#[path = "support/text_accounting.rs"]
mod text_accounting;

use dechaff::{Cleaner, Input, InvalidUtf8};
use std::path::Path;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
        .join("input.txt");
    std::fs::read_to_string(path).expect("fixture")
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        out.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

/// Cleans `bytes`, `text` in `encoding`, and checks it against the clean of `text`: the same
/// title and body, and as many removals (and the byte-order mark's, `bom`), the encoding named,
/// the accounting complete on the input's own bytes.
fn same_as_utf8(name: &str, text: &str, bytes: &[u8], encoding: &str, bom: bool) {
    let cleaner = Cleaner::default();
    let want = cleaner.clean(Input::text(text)).unwrap();
    let got = cleaner
        .clean(Input::text_bytes(bytes))
        .unwrap_or_else(|e| panic!("{name} in {encoding}: {e}"));
    assert_eq!(got.provenance.encoding, encoding, "{name}");
    assert_eq!(got.body, want.body, "{name} in {encoding}");
    assert_eq!(got.title, want.title, "{name} in {encoding}");
    assert_eq!(
        got.removals.len(),
        want.removals.len() + usize::from(bom),
        "{name} in {encoding}"
    );
    assert!(got.provenance.replaced.is_empty());
    if let Err(e) = text_accounting::check(bytes, &got) {
        panic!("{name} in {encoding}: {e}");
    }
    // A duplicate's copy is named by its span in the input's own bytes too: decoded, it reads
    // as the UTF-8 original's.
    let enc = encoding_rs::Encoding::for_label(encoding.as_bytes()).expect("a known encoding");
    let removals = got.removals.iter().skip(usize::from(bom));
    let mut repeats = 0;
    for (g, w) in removals.zip(&want.removals) {
        assert_eq!(
            g.repeats.is_some(),
            w.repeats.is_some(),
            "{name} in {encoding}"
        );
        if let (Some(g), Some(w)) = (g.repeats, w.repeats) {
            let (decoded, _) = enc.decode_without_bom_handling(&bytes[g.range()]);
            assert_eq!(decoded, &text[w.range()], "{name} in {encoding}");
            repeats += 1;
        }
    }
    assert!(repeats > 0 || !want.removals.iter().any(|r| r.repeats.is_some()));
}

#[test]
fn legacy_encodings_are_detected() {
    for (name, label, want) in [
        ("text-german-news", "windows-1252", "windows-1252"),
        ("text-spanish-blog", "windows-1252", "windows-1252"),
        ("text-russian-news", "windows-1251", "windows-1251"),
        ("text-japanese-news", "shift_jis", "Shift_JIS"),
        ("text-japanese-news", "euc-jp", "EUC-JP"),
    ] {
        let enc = encoding_rs::Encoding::for_label(label.as_bytes()).unwrap();
        // (The Japanese encoders have no copyright sign.)
        let text = fixture(name).replace('©', "(c)");
        let (bytes, _, lost) = enc.encode(&text);
        assert!(!lost, "{name} fits {label}");
        same_as_utf8(name, &text, &bytes, want, false);
    }
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded() {
    for name in [
        "seed-000",
        "seed-003",
        "text-russian-news",
        "text-japanese-news",
        "text-code-tutorial",
        "text-forum-thread",
    ] {
        let text = fixture(name);
        same_as_utf8(name, &text, &utf16(&text, false), "UTF-16LE", true);
        same_as_utf8(name, &text, &utf16(&text, true), "UTF-16BE", true);
    }
    // The byte-order mark is invisible, and accounted for as such.
    let doc =
        dechaff::clean_bytes(&utf16("The council approved the budget on Tuesday.", false)).unwrap();
    assert_eq!(doc.removals[0].rule, "normalize.invisible");
    assert_eq!(doc.removals[0].span.range(), 0..2);
    assert_eq!(doc.paragraphs[0].spans[0].range(), 2..88);
}

/// A UTF-16 dump with unpaired surrogates (a UTF-16 file cut and spliced, or another encoding's
/// bytes after a UTF-16 byte-order mark): each reads as U+FFFD from its own unit, and the
/// characters after it keep their units' offsets, so that every paragraph's spans still decode
/// to its text. `utf16-unpaired-surrogates.bin` is Shift-JIS markup after a UTF-16BE mark, found
/// by `mutate` (seed 1): decoded a byte at a time, the character after an unpaired surrogate
/// was mapped a byte late, and a paragraph's span started inside a unit.
#[test]
fn unpaired_surrogates_keep_the_spans_on_their_units() {
    let text = fixture("seed-003");
    for big_endian in [false, true] {
        let mut bytes = utf16(&text, big_endian);
        // A high surrogate alone at the start of every line (so that the line's first
        // character opens a paragraph's span), a low one alone every 131 units, and an odd
        // byte at the end.
        let (high, low, newline) = if big_endian {
            ([0xD8, 0x3D], [0xDC, 0x01], [0x00, b'\n'])
        } else {
            ([0x3D, 0xD8], [0x01, 0xDC], [b'\n', 0x00])
        };
        let starts: Vec<usize> = (2..bytes.len())
            .step_by(2)
            .filter(|&at| bytes[at - 2..at] == newline)
            .collect();
        for &at in starts.iter().rev() {
            bytes.splice(at..at, high);
        }
        for at in (2..bytes.len()).step_by(2 * 131).rev() {
            bytes.splice(at..at, low);
        }
        bytes.push(b'!');
        let doc = Cleaner::default()
            .clean(Input::text_bytes(&bytes))
            .expect("a best-effort clean");
        assert!(!doc.paragraphs.is_empty());
        if let Err(e) = text_accounting::check(&bytes, &doc) {
            panic!("big endian {big_endian}: {e}");
        }
    }
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/utf16-unpaired-surrogates.bin"),
    )
    .expect("test data");
    let doc = Cleaner::default()
        .clean(Input::text_bytes(&bytes))
        .expect("a best-effort clean");
    assert_eq!(doc.provenance.encoding, "UTF-16BE");
    if let Err(e) = text_accounting::check(&bytes, &doc) {
        panic!("utf16-unpaired-surrogates.bin: {e}");
    }
}

#[test]
fn a_declared_charset_is_read_where_the_bytes_allow_it() {
    let text = "Le café a rouvert ses portes après des années de travaux, a annoncé la mairie.";
    let latin: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    // Declared and not UTF-8: read as declared.
    let doc = Cleaner::default()
        .clean(Input::text_bytes(&latin).charset("iso-8859-1"))
        .unwrap();
    assert_eq!(doc.body, text);
    // UTF-8 labelled as a single-byte charset is UTF-8 (a mislabel).
    let doc = Cleaner::default()
        .clean(Input::text_bytes(text.as_bytes()).charset("iso-8859-1"))
        .unwrap();
    assert_eq!(
        (doc.body.as_str(), doc.provenance.encoding),
        (text, "UTF-8")
    );
}

#[test]
fn utf8_with_a_few_bad_bytes_stays_utf8() {
    // Cut inside its last character, as a dump truncated at a byte count is.
    let text = "Der Bürgermeister sagte, die Brücke über den Fluß werde im März eröffnet. Café";
    let bytes = &text.as_bytes()[..text.len() - 1];
    let doc = dechaff::clean_bytes(bytes).unwrap();
    assert_eq!(doc.provenance.encoding, "UTF-8");
    assert!(doc.body.starts_with("Der Bürgermeister sagte, die Brücke"));
    assert_eq!(doc.provenance.replaced.len(), 1);
    // The lossy and strict policies consider no other encoding.
    let latin: Vec<u8> = "Caf\u{e9} owners agreed to the plan on Monday."
        .chars()
        .map(|c| c as u32 as u8)
        .collect();
    let lossy = Cleaner::builder()
        .invalid_utf8(InvalidUtf8::Lossy)
        .build()
        .unwrap();
    let doc = lossy.clean(Input::text_bytes(&latin)).unwrap();
    assert_eq!(doc.provenance.encoding, "UTF-8");
    assert!(doc.body.starts_with("Caf owners"));
    let strict = Cleaner::builder()
        .invalid_utf8(InvalidUtf8::Reject)
        .build()
        .unwrap();
    assert!(strict.clean(Input::text_bytes(&latin)).is_err());
    // And the default reads it as what it is.
    let doc = dechaff::clean_bytes(&latin).unwrap();
    assert_eq!(doc.provenance.encoding, "windows-1252");
    assert!(doc.body.starts_with("Café owners"));
}

#[test]
fn explain_shows_removed_text_in_the_input_encoding() {
    let enc = encoding_rs::WINDOWS_1251;
    let dump = "Главная\n\nНовости\n\nСпорт\n\nПогода\n\nКонтакты\n\n\
        Москва — столица России. Город расположен на реке Москве, и в нём живёт много людей.\n\n\
        Население города превышает двенадцать миллионов человек, сообщили в мэрии.\n";
    let page =
        "<html><head><meta charset=\"windows-1251\"></head><body><nav><a href=\"/\">Главная</a> \
        <a href=\"/news\">Новости</a></nav><article><p>Москва — столица России. Город расположен \
        на реке Москве, и в нём живёт много людей.</p></article></body></html>";
    for (input, kind) in [(dump, "text"), (page, "html")] {
        let (bytes, _, lost) = enc.encode(input);
        assert!(!lost);
        let doc = dechaff::clean_bytes(&bytes).unwrap();
        assert_eq!(doc.provenance.encoding, "windows-1251", "{kind}");
        let shown = dechaff::explain::explain(&doc, &bytes, false);
        assert!(
            shown.lines().any(|l| l.trim() == "Главная"),
            "{kind}: {shown}"
        );
    }
}

#[test]
fn the_address_weighs_the_guess() {
    let bytes = b"Caf\xe9 \xa3 owners agreed to the plan on Monday, the mayor said in a statement.";
    let clean = |source: &str| {
        Cleaner::default()
            .clean(Input::text_bytes(bytes).source(source))
            .unwrap()
            .body
    };
    // A British address: the pound sign; a file's path names no country.
    assert!(clean("https://www.example.co.uk/news/cafe").starts_with("Café £ owners"));
    assert!(clean("notes/cafe.txt").starts_with("Café Ł owners"));
}

/// A multi-byte sequence cut short by an ASCII byte (a Big5 lead byte, then a digit or ">")
/// reads as U+FFFD and that byte: a span that starts at that byte starts at it, not after it
/// (here the cuts of a paragraph that repeats its own passage).
#[test]
fn a_sequence_cut_short_by_ascii_keeps_the_ascii_byte_accounted() {
    let words: Vec<String> = (0..50).map(|k| format!("w{k}")).collect();
    let words = words.join(" ");
    let mut bytes = words.as_bytes().to_vec();
    bytes.extend_from_slice(b" \xb21 ");
    bytes.extend_from_slice(words.as_bytes());
    bytes.extend_from_slice(b" x \xb2>");
    bytes.extend_from_slice(words.as_bytes());
    bytes.push(b'\n');
    let doc = Cleaner::default()
        .clean(Input::text_bytes(&bytes).charset("big5"))
        .unwrap();
    assert_eq!(doc.provenance.encoding, "Big5");
    assert!(doc
        .removals
        .iter()
        .any(|r| r.rule == "dedup.repeated-passage"));
    if let Err(e) = text_accounting::check(&bytes, &doc) {
        panic!("{e}");
    }
}

/// `s` as a dump that read its UTF-8 as Windows-1252 and saved that as UTF-8 ("’" as "â€™").
fn garbled(s: &str) -> String {
    encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(s.as_bytes())
        .0
        .into_owned()
}

/// A dump saved with mojibake is cleaned as its original is: the same title and body, the
/// repaired ranges listed in the provenance, and every span an offset of the garbled bytes.
#[test]
fn mojibake_is_repaired_with_spans_into_the_garbled_bytes() {
    let cleaner = Cleaner::default();
    for name in [
        "seed-003",
        "seed-004",
        "text-spanish-blog",
        "text-russian-news",
        "text-chinese-news",
        "text-greek-news",
        "text-arabic-news",
    ] {
        let text = fixture(name);
        let bytes = garbled(&text);
        assert_ne!(bytes, text, "{name}");
        let want = cleaner.clean(Input::text(&text)).unwrap();
        let got = cleaner.clean(Input::text(&bytes)).unwrap();
        assert_eq!(got.body, want.body, "{name}");
        assert_eq!(got.title, want.title, "{name}");
        assert_eq!(got.provenance.encoding, "UTF-8");
        assert!(!got.provenance.repaired.is_empty(), "{name}");
        if let Err(e) = text_accounting::check(bytes.as_bytes(), &got) {
            panic!("{name}: {e}");
        }
        // Left as it is on request.
        let kept = Cleaner::builder()
            .repair_mojibake(false)
            .build()
            .unwrap()
            .clean(Input::text(&bytes))
            .unwrap();
        assert!(kept.provenance.repaired.is_empty());
        assert_ne!(kept.body, want.body, "{name}");
    }
}

/// A page's mojibake is repaired too, its title's and its text's; a cut through a paragraph that
/// holds some (a passage it repeats) still removes the passage alone.
#[test]
fn a_pages_mojibake_is_repaired() {
    let passage = "The café’s owner said the town’s old mill — closed since 1987 — would open again as a bakery, a library and a hall for the winter market, and that the council had agreed to pay for the new roof and the windows before the spring.";
    let page = format!(
        "<html><head><meta charset=\"utf-8\"><title>The café’s mill reopens</title></head><body><article><h1>The café’s mill reopens</h1><p>{passage} {passage}</p><p>Neighbours said they would miss the quiet, but most welcomed the plan.</p></article></body></html>"
    );
    let doc = Cleaner::default()
        .clean(Input::html(garbled(&page).as_bytes()))
        .unwrap();
    assert_eq!(doc.title.as_deref(), Some("The café’s mill reopens"));
    assert!(doc.body.contains("The café’s owner said"), "{}", doc.body);
    assert!(!doc.body.contains("â€"), "{}", doc.body);
    assert_eq!(
        doc.body.matches("would open again").count(),
        1,
        "{}",
        doc.body
    );
    assert!(doc
        .removals
        .iter()
        .any(|r| r.rule == "dedup.repeated-passage"));
    assert!(!doc.provenance.repaired.is_empty());
}

/// A garbled non-breaking space ("Â" before a space, at a line's end or start) reads as a space:
/// its bytes are blank, and the accounting holds.
#[test]
fn a_garbled_non_breaking_space_is_blank() {
    let text = "The café’s mill reopens.Â \nÂ The owner said the town’s old mill would open again as a bakery and a library, and the council would pay for the roof.Â \n\nNeighbours welcomed the plan, though some said they would miss the quiet of the empty yard.\n";
    let bytes = garbled(&text.replace("Â", "\u{a0}")).replace("Â\u{a0}", "Â ");
    let doc = Cleaner::default().clean(Input::text(&bytes)).unwrap();
    assert!(!doc.body.contains('Â'), "{}", doc.body);
    assert!(doc.body.contains("the town’s old mill"), "{}", doc.body);
    if let Err(e) = text_accounting::check(bytes.as_bytes(), &doc) {
        panic!("{e}");
    }
}

/// A rule that cuts between two repaired characters that touch (a repeated passage opening
/// with the "’" right after "é"): each repaired range lies in one span, kept or removed.
#[test]
fn a_cut_between_two_repaired_characters_splits_their_range() {
    // (A repeated passage has forty words at least.)
    const PASSAGE: &str = "s menu of the day was long and the prices were fair for what the kitchen served us that night, and the wine list was short but well chosen by the owner, who came to every table to ask how we liked the fish and the bread his wife bakes each morning";
    let text = format!("We loved the {PASSAGE} and at the CafÃ©â€™{PASSAGE} again.\n");
    let doc = Cleaner::default().clean(Input::text(&text)).unwrap();
    assert!(!doc.provenance.repaired.is_empty());
    assert!(
        doc.removals
            .iter()
            .any(|r| r.rule == "dedup.repeated-passage"),
        "{:?}",
        doc.removals
    );
    if let Err(e) = text_accounting::check(text.as_bytes(), &doc) {
        panic!("{e}");
    }
}
