//! No panic on any input: empty, blank, enormous lines, a million short lines, NUL bytes, invalid
//! UTF-8, binary bytes. Each gets a document or a typed error.

use dechaff::{Cleaner, Error, Input, InvalidUtf8};

#[test]
fn empty_and_blank_input() {
    for s in [
        "",
        " ",
        "\n\n\n",
        "\u{a0}\u{2003}\t\r\n",
        "\u{200b}\u{feff}",
    ] {
        let doc = dechaff::clean(s);
        assert_eq!(doc.body, "");
        assert!(doc.paragraphs.is_empty());
    }
    let doc = dechaff::clean_bytes(b"").expect("empty bytes are an empty document");
    assert_eq!(doc.body, "");
}

#[test]
fn one_fifty_megabyte_line() {
    let sentence =
        "The committee met again on Tuesday and agreed to publish its findings next spring. ";
    let line = sentence.repeat(50_000_000 / sentence.len() + 1);
    let doc = dechaff::clean(&line);
    // One paragraph: the sentence said a few times; the rest repeats it word for word and goes
    // as repeated passages, between which only spaces are left out.
    assert_eq!(doc.paragraphs.len(), 1);
    assert!(doc
        .removals
        .iter()
        .all(|r| r.rule == "dedup.repeated-passage"));
    let visible = |s: &str| s.bytes().filter(|b| !b.is_ascii_whitespace()).count();
    let covered: usize = doc
        .paragraphs
        .iter()
        .flat_map(|p| p.spans.iter())
        .chain(doc.removals.iter().map(|r| &r.span))
        .map(|s| visible(&line[s.range()]))
        .sum();
    assert_eq!(covered, visible(&line));
}

#[test]
fn a_million_short_lines() {
    let mut s = String::with_capacity(12_000_000);
    for i in 0..1_000_000 {
        s.push_str(["Home", "News", "line ", "x"][i % 4]);
        s.push_str(&(i % 97).to_string());
        s.push('\n');
    }
    let doc = dechaff::clean(&s);
    assert!(doc.paragraphs.len() + doc.removals.len() > 0);
}

#[test]
fn nul_bytes_and_control_characters() {
    let s = "Officials met\0 on Monday to discuss the plan in detail.\n\0\0\0\n\x07\x1b[31m red \x1b[0m\n";
    let doc = dechaff::clean(s);
    assert!(doc.body.contains("Officials met on Monday"));
    // Through bytes too: a few control bytes are text, not binary.
    assert!(Cleaner::default()
        .clean(Input::text_bytes(s.as_bytes()))
        .is_ok());
}

#[test]
fn invalid_utf8_is_decoded_lossily_and_reported() {
    let bytes = b"The minister said \xff\xfe the talks went well and would resume in March.\n\nCaf\xe9 owners agreed.";
    let lossy = Cleaner::builder()
        .invalid_utf8(InvalidUtf8::Lossy)
        .build()
        .unwrap();
    let doc = lossy
        .clean(Input::text_bytes(bytes))
        .expect("lossy decoding");
    assert!(doc
        .body
        .starts_with("The minister said the talks went well"));
    assert_eq!(
        doc.provenance
            .replaced
            .iter()
            .map(|s| s.range())
            .collect::<Vec<_>>(),
        [18..20, 72..73]
    );
    // Spans still point into the original bytes.
    let p = &doc.paragraphs[1];
    assert_eq!(&bytes[p.spans[0].range()], b"Caf\xe9 owners agreed.");
    // And with the strict policy, a typed error.
    let strict = Cleaner::builder()
        .invalid_utf8(InvalidUtf8::Reject)
        .build()
        .unwrap();
    assert!(matches!(
        strict.clean(Input::text_bytes(bytes)),
        Err(Error::InvalidUtf8 { offset: 18 })
    ));
}

#[test]
fn binary_input_is_a_typed_error() {
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 32) as u8).collect();
    assert!(matches!(
        dechaff::clean_bytes(&bytes),
        Err(Error::Binary { .. })
    ));
}

#[test]
fn oversize_input_is_a_typed_error() {
    let c = Cleaner::builder().max_input_bytes(10).build().unwrap();
    assert!(matches!(
        c.clean(Input::text("more than ten bytes")),
        Err(Error::TooLarge {
            size: 19,
            limit: 10
        })
    ));
}

#[test]
fn too_many_blocks_is_a_typed_error_before_splitting() {
    // Memory grows with the count of blocks, not with the bytes: one-letter lines and empty
    // tags are refused by their count.
    let c = Cleaner::builder().max_blocks(1000).build().unwrap();
    let lines = "a\n".repeat(1500);
    assert!(matches!(
        c.clean(Input::text(&lines)),
        Err(Error::TooManyBlocks {
            blocks: 1500,
            limit: 1000
        })
    ));
    let tags = format!("<html><body>{}</body></html>", "<p>a</p>".repeat(1500));
    assert!(matches!(
        c.clean(Input::html(tags.as_bytes())),
        Err(Error::TooManyBlocks {
            blocks: 1502,
            limit: 1000
        })
    ));
    // Blank lines make no block; an input under the limit is cleaned.
    let blank = format!("{}A line of prose that stays.\n", "\n \n".repeat(3000));
    assert!(c.clean(Input::text(&blank)).is_ok());
    assert!(c.clean(Input::text(&"a\n".repeat(900))).is_ok());
    // `clean` of a `&str` cannot fail: it has no limit.
    let doc = dechaff::clean(&lines);
    assert_eq!(doc.paragraphs.len() + doc.removals.len(), 1500);
}

#[test]
fn unknown_rule_id_is_a_typed_error() {
    assert!(matches!(
        Cleaner::builder().disable("no.such-rule").build(),
        Err(Error::UnknownRule(_))
    ));
}

#[test]
fn disabling_a_rule_keeps_what_it_would_remove() {
    let c = Cleaner::builder().disable("share.buttons").build().unwrap();
    let doc = c
        .clean(Input::text(
            "Tweet\n\nThe talks resume on Monday, officials said.",
        ))
        .unwrap();
    assert!(doc.body.starts_with("Tweet"));
    assert_ne!(
        c.ruleset_fingerprint(),
        Cleaner::default().ruleset_fingerprint()
    );
}

#[test]
fn enabling_a_rule_runs_it_whatever_the_preset() {
    let menu = "Home\n\nNews\n\nSport\n\nWeather\n\nContact\n\n\
        The council approved the budget on Tuesday after a long debate, officials said. The vote \
        was close, and the mayor welcomed it.\n\n\
        The new budget funds two schools and a library, and it takes effect in April.\n";
    let body = |c: &Cleaner| c.clean(Input::text(menu)).unwrap().body;
    let recall = || Cleaner::builder().preset(dechaff::Preset::Recall);
    // The Recall preset runs only the core rules: the menu stays.
    assert!(body(&recall().build().unwrap()).starts_with("Home"));
    // With `nav.run` switched on, the menu goes, by that rule.
    let with_nav = recall().enable("nav.run").build().unwrap();
    let doc = with_nav.clean(Input::text(menu)).unwrap();
    assert!(doc.body.starts_with("The council"), "{}", doc.body);
    assert!(doc.removals.iter().all(|r| r.rule == "nav.run"));
    assert_ne!(
        with_nav.ruleset_fingerprint(),
        recall().build().unwrap().ruleset_fingerprint()
    );
    // Disabled wins over enabled.
    let both = recall()
        .enable("nav.run")
        .disable("nav.run")
        .build()
        .unwrap();
    assert_eq!(body(&both), body(&recall().build().unwrap()));
    assert_eq!(
        both.ruleset_fingerprint(),
        recall().build().unwrap().ruleset_fingerprint()
    );
    // An aggressive rule under the default preset: the rule set is the default's and that rule.
    let model = Cleaner::builder()
        .enable("text.line-model")
        .build()
        .unwrap();
    assert_ne!(
        model.ruleset_fingerprint(),
        Cleaner::default().ruleset_fingerprint()
    );
    assert!(matches!(
        Cleaner::builder().enable("no.such-rule").build(),
        Err(Error::UnknownRule(_))
    ));
}

#[test]
fn same_input_same_output_across_threads() {
    let cleaner = std::sync::Arc::new(Cleaner::default());
    let input = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/seed-003/input.txt"
    ))
    .unwrap();
    let want = cleaner.clean(Input::text_bytes(&input)).unwrap().to_json();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let (c, i) = (cleaner.clone(), input.clone());
            std::thread::spawn(move || c.clean(Input::text_bytes(&i)).unwrap().to_json())
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), want);
    }
}

/// Right-to-left text as some sites save it, each line wrapped in a bidirectional embedding
/// (U+202B ... U+202C) or isolate (U+2067 ... U+2069): the marks are invisible, the lines clean
/// as they would without them.
#[test]
fn bidirectional_marks_are_invisible() {
    let plain = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/text-hebrew-news/input.txt"
    ))
    .expect("fixture");
    let wrap = |open: char, close: char| -> String {
        plain
            .lines()
            .map(|l| {
                if l.trim().is_empty() {
                    l.to_string()
                } else {
                    format!("{open}{l}{close}")
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let want = dechaff::clean(&plain);
    for marked in [wrap('\u{202B}', '\u{202C}'), wrap('\u{2067}', '\u{2069}')] {
        let doc = dechaff::clean(&marked);
        assert_eq!(doc.body, want.body);
        let value = |d: &dechaff::CleanDoc| d.metadata.title.as_ref().map(|t| t.value.clone());
        assert_eq!(value(&doc), value(&want));
        assert_eq!(
            doc.metadata.author.as_ref().map(|a| &a.value),
            want.metadata.author.as_ref().map(|a| &a.value)
        );
    }
}
