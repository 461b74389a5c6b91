//! `--explain`: the input block by block, each marked kept or removed with its rule and reason.

use crate::model::CleanDoc;
use std::fmt::Write;

const GREEN: &str = "\x1b[32m";
const RED: &str = "\x1b[31m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// Renders the explanation. `input` is the original bytes the document was cleaned from; with
/// `color`, kept blocks are green and removed ones red.
pub fn explain(doc: &CleanDoc, input: &[u8], color: bool) -> String {
    enum Entry<'a> {
        Kept(usize),
        Removed(&'a crate::Removal),
    }
    let mut entries: Vec<(usize, Entry)> = Vec::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        entries.push((
            p.spans.first().map(|s| s.start).unwrap_or(0),
            Entry::Kept(i),
        ));
    }
    for r in &doc.removals {
        entries.push((r.span.start, Entry::Removed(r)));
    }
    entries.sort_by_key(|(at, _)| *at);
    let (g, r, d, z) = if color {
        (GREEN, RED, DIM, RESET)
    } else {
        ("", "", "", "")
    };
    let mut out = String::new();
    let p = &doc.provenance;
    let _ = writeln!(
        out,
        "{d}# source={} kind={} encoding={} bytes={} {} ruleset={}{z}",
        p.source.as_deref().unwrap_or("-"),
        p.kind.as_str(),
        p.encoding,
        p.input_bytes,
        p.digest,
        p.ruleset_fingerprint
    );
    let m = &doc.metadata;
    for (name, field) in [
        ("title", &m.title),
        ("author", &m.author),
        ("date", &m.date),
        ("site", &m.site_name),
        ("description", &m.description),
    ] {
        if let Some(t) = field {
            let day = t
                .normalized
                .as_deref()
                .map(|n| format!(" = {n}"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{d}# {name}: {}{day} [{}..{}] {}{z}",
                t.value, t.span.start, t.span.end, t.rule
            );
        }
    }
    // A removed span is shown in the encoding the input was read in (a legacy page's, a
    // UTF-16 dump's).
    let encoding = encoding_rs::Encoding::for_label(doc.provenance.encoding.as_bytes())
        .unwrap_or(encoding_rs::UTF_8);
    for (at, e) in entries {
        match e {
            Entry::Kept(i) => {
                let para = &doc.paragraphs[i];
                let end = para.spans.last().map(|s| s.end).unwrap_or(at);
                let _ = writeln!(
                    out,
                    "{g}KEEP  [{at}..{end}] {}{z}",
                    shorten(&para.text, 160)
                );
                if let Some(path) = &para.dom_path {
                    let _ = writeln!(out, "{d}      at {path}{z}");
                }
            }
            Entry::Removed(rm) => {
                let (text, _) = encoding
                    .decode_without_bom_handling(input.get(rm.span.range()).unwrap_or_default());
                let mut why = rm.reason.to_string();
                if let Some(dt) = &rm.detail {
                    why = format!("{why} ({dt})");
                }
                if let Some(dup) = rm.duplicate_of {
                    why = format!("{why}; repeats paragraph {dup}");
                } else if let Some(first) = rm.repeats {
                    why = format!("{why}; repeats [{}..{}]", first.start, first.end);
                }
                let _ = writeln!(
                    out,
                    "{r}DROP  [{}..{}] {} ({}): {}{z}\n{d}      {}{z}",
                    rm.span.start,
                    rm.span.end,
                    rm.rule,
                    rm.layer,
                    why,
                    shorten(&crate::text::collapse(&text), 160)
                );
                if let Some(path) = &rm.dom_path {
                    let _ = writeln!(out, "{d}      at {path}{z}");
                }
            }
        }
    }
    out
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{cut}…")
}
