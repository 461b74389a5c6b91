//! html5ever as the reference parser: the HTML front end tokenizes pages itself (html5ever gives no
//! source offsets, and every span must point into the page's bytes), so this test checks that what
//! it reads as the page's text is what a spec-compliant parser reads. Every word of every text
//! node that html5ever (through scraper) finds outside script, style, template and noscript must be
//! in the document: in a kept paragraph or in a removed span.

use dechaff::{CleanDoc, Cleaner, Input};
use scraper::{Html, Node};
use std::collections::HashMap;
use std::path::Path;

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Words of the page's text nodes as html5ever parses them.
fn reference_words(page: &str) -> Vec<String> {
    let html = Html::parse_document(page);
    let mut out = Vec::new();
    for node in html.tree.nodes() {
        let Node::Text(t) = node.value() else {
            continue;
        };
        let hidden = node.ancestors().any(|a| {
            a.value().as_element().is_some_and(|e| {
                matches!(
                    e.name(),
                    "script" | "style" | "template" | "noscript" | "textarea"
                )
            })
        });
        if !hidden {
            out.extend(words(t));
        }
    }
    out
}

/// Words the document accounts for: kept paragraphs, and removed spans read as HTML fragments.
fn accounted_words(doc: &CleanDoc, page: &str, raw: &[u8], utf8: bool) -> Vec<String> {
    let mut out: Vec<String> = doc.paragraphs.iter().flat_map(|p| words(&p.text)).collect();
    let mut add = |s: &str| {
        let frag = Html::parse_fragment(s);
        for node in frag.tree.nodes() {
            if let Node::Text(t) = node.value() {
                out.extend(words(t));
            }
        }
    };
    for r in &doc.removals {
        if utf8 {
            add(&String::from_utf8_lossy(&raw[r.span.range()]));
        }
    }
    if let Some(t) = &doc.metadata.title {
        add(&t.value);
    }
    if !utf8 {
        // Spans of a legacy-encoded page index its raw bytes; decode each removal on its own.
        let enc = encoding_rs::Encoding::for_label(doc.provenance.encoding.as_bytes())
            .unwrap_or(encoding_rs::UTF_8);
        for r in &doc.removals {
            let (t, _, _) = enc.decode(&raw[r.span.range()]);
            add(&t);
        }
    }
    let _ = page;
    out
}

/// Share of the reference words found among the accounted words (as multisets).
fn recall(reference: &[String], accounted: &[String]) -> f64 {
    if reference.is_empty() {
        return 1.0;
    }
    let mut have: HashMap<&str, usize> = HashMap::new();
    for w in accounted {
        *have.entry(w).or_default() += 1;
    }
    let mut found = 0;
    for w in reference {
        if let Some(n) = have.get_mut(w.as_str()) {
            if *n > 0 {
                *n -= 1;
                found += 1;
            }
        }
    }
    found as f64 / reference.len() as f64
}

fn check(name: &str, raw: &[u8]) -> Result<f64, String> {
    let doc = Cleaner::default()
        .clean(Input::html(raw))
        .map_err(|e| format!("{name}: {e}"))?;
    let enc = encoding_rs::Encoding::for_label(doc.provenance.encoding.as_bytes())
        .unwrap_or(encoding_rs::UTF_8);
    let (page, _, _) = enc.decode(raw);
    let utf8 = enc == encoding_rs::UTF_8;
    let r = recall(
        &reference_words(&page),
        &accounted_words(&doc, &page, raw, utf8),
    );
    Ok(r)
}

#[test]
fn fixtures_read_the_text_html5ever_reads() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut n = 0;
    for e in std::fs::read_dir(root).expect("fixtures").flatten() {
        let Ok(raw) = std::fs::read(e.path().join("input.html")) else {
            continue;
        };
        let name = e.file_name().to_string_lossy().to_string();
        let r = check(&name, &raw).unwrap();
        assert!(
            r >= 0.99,
            "{name}: only {:.3} of html5ever's words are accounted for",
            r
        );
        n += 1;
    }
    assert!(n >= 10, "expected the HTML fixtures");
}

#[test]
fn wcxb_sample_reads_the_text_html5ever_reads() {
    let Some(ds) = dechaff::eval::Dataset::locate() else {
        eprintln!("skipped: ../shared/wcxb-dev is absent");
        return;
    };
    let mut worst = (1.0, String::new());
    let mut total = 0.0;
    let sample = ds.sample(40);
    for p in &sample {
        let Some(raw) = ds.html(&p.id) else { continue };
        let r = check(&p.id, &raw).unwrap();
        total += r;
        if r < worst.0 {
            worst = (r, p.id.clone());
        }
    }
    let mean = total / sample.len() as f64;
    eprintln!(
        "html5ever words accounted for: mean {mean:.4}, worst {:.4} (page {})",
        worst.0, worst.1
    );
    assert!(
        mean >= 0.99 && worst.0 >= 0.95,
        "mean {mean:.4}, worst {:.4} on page {}",
        worst.0,
        worst.1
    );
}
