//! The accounting invariant on text dumps, shared by `tests/properties.rs` and
//! `examples/mutate.rs`: complete accounting, well-formed spans, paragraphs that match their spans.
#![allow(dead_code)]

use dechaff::text::is_blankish;
use dechaff::CleanDoc;

// (Both checks read it; a program that runs both loads it twice, which is harmless.)
#[allow(clippy::duplicate_mod)]
#[path = "mojibake.rs"]
mod mojibake;
pub use mojibake::{blank_repairs, unmojibake};

/// The text the document's offsets refer to: the input, with invalid UTF-8 bytes as spaces.
pub fn decoded(input: &[u8]) -> String {
    let mut out = String::with_capacity(input.len());
    for chunk in input.utf8_chunks() {
        out.push_str(chunk.valid());
        out.extend(std::iter::repeat_n(' ', chunk.invalid().len()));
    }
    out
}

pub fn without_blanks(s: &str) -> String {
    s.chars().filter(|c| !is_blankish(*c)).collect()
}

/// `text[a..b]` as the document reads it: each repaired range of mojibake in it
/// (`provenance.repaired`) as the character it stands for.
fn read(text: &str, a: usize, b: usize, repaired: &[dechaff::ByteSpan]) -> String {
    let mut out = String::new();
    let mut at = a;
    for r in repaired.iter().filter(|r| r.start >= a && r.end <= b) {
        out.push_str(&text[at..r.start]);
        out.push_str(&unmojibake(&text[r.range()]).unwrap_or_default());
        at = r.end;
    }
    out.push_str(&text[at..b]);
    out
}

/// Checks every invariant of `doc` cleaned from `input`; returns a description of the first
/// violation.
pub fn check(input: &[u8], doc: &CleanDoc) -> Result<(), String> {
    if doc.provenance.encoding != "UTF-8" {
        return check_transcoded(input, doc);
    }
    let text = decoded(input);
    for r in &doc.provenance.repaired {
        let seq = text.get(r.range()).unwrap_or_default();
        // A run of sequences reads as fewer characters than it holds ("Â" alone, a garbled
        // non-breaking space, as one).
        let shrinks = |c: String| !c.is_empty() && c.chars().count() < seq.chars().count();
        if seq != "Â" && !unmojibake(seq).is_some_and(shrinks) {
            return Err(format!(
                "repaired range {r:?} {seq:?} is no sequence of mojibake"
            ));
        }
    }
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        for s in &p.spans {
            spans.push((s.start, s.end, format!("paragraph {i}")));
        }
        if !p.spans.windows(2).all(|w| w[0].end <= w[1].start) {
            return Err(format!("paragraph {i} spans not sorted: {:?}", p.spans));
        }
        let repaired = &doc.provenance.repaired;
        let joined: String = p
            .spans
            .iter()
            .map(|s| read(&text, s.start, s.end, repaired))
            .collect::<Vec<_>>()
            .join(" ");
        if without_blanks(&joined) != without_blanks(&p.text) {
            return Err(format!(
                "paragraph {i} text {:?} differs from its spans {:?}",
                p.text, joined
            ));
        }
    }
    if !doc
        .removals
        .windows(2)
        .all(|w| w[0].span.start <= w[1].span.start)
    {
        return Err("removals not sorted".into());
    }
    for r in &doc.removals {
        spans.push((r.span.start, r.span.end, r.rule.to_string()));
    }
    spans.sort();
    for (a, b, who) in &spans {
        if a >= b || *b > text.len() {
            return Err(format!("empty or out-of-range span {a}..{b} ({who})"));
        }
        if !text.is_char_boundary(*a) || !text.is_char_boundary(*b) {
            return Err(format!("span {a}..{b} ({who}) not on character boundaries"));
        }
    }
    for w in spans.windows(2) {
        if w[0].1 > w[1].0 {
            return Err(format!("spans overlap: {:?} and {:?}", w[0], w[1]));
        }
    }
    // Every visible character lies in a span (but mojibake that reads as a space).
    let blank = blank_repairs(&text, &doc.provenance.repaired);
    let mut k = 0;
    for (i, c) in text.char_indices() {
        if is_blankish(c) || blank(i) {
            continue;
        }
        while k < spans.len() && spans[k].1 <= i {
            k += 1;
        }
        if k >= spans.len() || spans[k].0 > i {
            let ctx: String = text[i..].chars().take(40).collect();
            return Err(format!("byte {i} ({c:?}) is in no span: {ctx:?}"));
        }
    }
    if doc
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
        != doc.body
    {
        return Err("body is not the paragraphs joined by blank lines".into());
    }
    // The letters of each first copy, read once: a document may repeat one long block
    // thousands of times, and reading it again for each copy made the check quadratic.
    let mut first_letters: std::collections::HashMap<(usize, usize), String> =
        std::collections::HashMap::new();
    for r in &doc.removals {
        if let Some(d) = r.duplicate_of {
            if d >= doc.paragraphs.len() {
                return Err(format!("duplicate_of {d} out of range"));
            }
        }
        // What a duplicate repeats comes before it, in the input; an exact copy's letters and
        // figures are found in its first copy's, in order (a piece of a re-joined block, or the
        // part of a line left beside a cut shortcode, repeats the whole first block).
        if let Some(first) = r.repeats {
            if first.start >= first.end || first.end > r.span.start {
                return Err(format!("{:?} repeats {first:?}, not before it", r.span));
            }
            if r.rule == "dedup.exact" {
                let (Some(_), Some(_)) = (text.get(first.range()), text.get(r.span.range())) else {
                    return Err(format!("{:?} repeats {first:?}, off a boundary", r.span));
                };
                let letters = |a: usize, b: usize| -> String {
                    read(&text, a, b, &doc.provenance.repaired)
                        .chars()
                        .filter(|c| c.is_alphanumeric())
                        .flat_map(char::to_lowercase)
                        .collect()
                };
                // (A subsequence: the first copy's span may hold an inline cut of its own, a
                // shortcode left out of its text.)
                let of = first_letters
                    .entry((first.start, first.end))
                    .or_insert_with(|| letters(first.start, first.end));
                let mut rest = of.chars();
                let held = letters(r.span.start, r.span.end)
                    .chars()
                    .all(|c| rest.any(|d| d == c));
                if !held {
                    return Err(format!(
                        "{:?} repeats {first:?}, which does not hold its text",
                        r.span
                    ));
                }
            }
        }
    }
    // Each metadata field's span lies in the input, on character boundaries.
    let m = &doc.metadata;
    let fields = [
        &m.title,
        &m.date,
        &m.author,
        &m.site_name,
        &m.description,
        &m.source_credit,
        &m.dateline,
        &m.url,
        &m.language,
    ];
    for f in fields.into_iter().flatten().chain(&m.categories) {
        if f.span.start > f.span.end || text.get(f.span.range()).is_none() {
            return Err(format!(
                "metadata {:?} span {:?} out of the input",
                f.value, f.span
            ));
        }
    }
    Ok(())
}

/// [`check`] for a dump read in another encoding (`provenance.encoding`): its spans index the
/// input's bytes, and each decodes (from that encoding) to its part of the text. Every span is in
/// range, sorted and apart; a paragraph's spans decode to its text; what lies between the spans
/// decodes to blanks (a byte-order mark among them).
pub fn check_transcoded(input: &[u8], doc: &CleanDoc) -> Result<(), String> {
    let enc = encoding_rs::Encoding::for_label(doc.provenance.encoding.as_bytes())
        .ok_or_else(|| format!("unknown encoding {}", doc.provenance.encoding))?;
    let decode = |a: usize, b: usize| enc.decode_without_bom_handling(&input[a..b]).0.into_owned();
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        for s in &p.spans {
            if s.start >= s.end || s.end > input.len() {
                return Err(format!("paragraph {i}: empty or out-of-range span {s:?}"));
            }
            spans.push((s.start, s.end, format!("paragraph {i}")));
        }
        let joined: Vec<String> = p.spans.iter().map(|s| decode(s.start, s.end)).collect();
        if without_blanks(&joined.join(" ")) != without_blanks(&p.text) {
            return Err(format!(
                "paragraph {i} text {:?} differs from its spans {:?}",
                p.text, joined
            ));
        }
    }
    for r in &doc.removals {
        if r.span.start >= r.span.end || r.span.end > input.len() {
            return Err(format!(
                "{}: empty or out-of-range span {:?}",
                r.rule, r.span
            ));
        }
        spans.push((r.span.start, r.span.end, r.rule.to_string()));
    }
    spans.sort();
    let mut at = 0;
    for (a, b, who) in &spans {
        if *a < at {
            return Err(format!("span {a}..{b} ({who}) overlaps the one before"));
        }
        let gap = decode(at, *a);
        if let Some(c) = gap.chars().find(|&c| !is_blankish(c) && c != '\u{FEFF}') {
            return Err(format!("{c:?} before {a} is in no span: {gap:?}"));
        }
        at = *b;
    }
    let tail = decode(at, input.len());
    if let Some(c) = tail.chars().find(|&c| !is_blankish(c)) {
        return Err(format!("{c:?} after {at} is in no span: {tail:?}"));
    }
    let body: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    if body.join("\n\n") != doc.body {
        return Err("body is not the paragraphs joined by blank lines".into());
    }
    Ok(())
}
