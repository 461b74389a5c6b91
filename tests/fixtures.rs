//! Regression test over `fixtures/<name>/input.{txt,html}`: the output must equal the reviewed
//! `expected.json` beside it (title, paragraph split and text, metadata values, and the rule id and
//! text of each removal).
//!
//! An HTML fixture also has `expected.md`: its Markdown, which shows the structure read from the
//! page (headings and their levels, lists, quotations, code, tables).
//!
//! To record a new fixture or an intended change, run `DECHAFF_BLESS=1 cargo test --test fixtures`
//! and review the diff of `expected.json` and `expected.md` before committing it.

use dechaff::{CleanDoc, Cleaner, Input};
use serde_json::{json, Value};
use std::path::Path;

/// The reviewed view of a document: what a reader checks by eye.
fn view(doc: &CleanDoc, input: &[u8]) -> Value {
    let meta = serde_json::to_value(&doc.metadata).unwrap_or(Value::Null);
    let mut metadata = serde_json::Map::new();
    if let Value::Object(m) = meta {
        for (k, v) in m {
            let value = match v {
                Value::Array(items) => {
                    Value::Array(items.into_iter().map(|i| i["value"].clone()).collect())
                }
                other => other["value"].clone(),
            };
            metadata.insert(k, value);
        }
    }
    let removed: Vec<Value> = doc
        .removals
        .iter()
        .map(|r| {
            let text = String::from_utf8_lossy(&input[r.span.range()]);
            let text = dechaff::text::collapse(&text);
            let short: String = text.chars().take(80).collect();
            match r.duplicate_of {
                Some(d) => json!(format!("{}: {short} (repeats paragraph {d})", r.rule)),
                None => json!(format!("{}: {short}", r.rule)),
            }
        })
        .collect();
    json!({
        "title": doc.title,
        "paragraphs": doc.paragraphs.iter().map(|p| p.text.clone()).collect::<Vec<_>>(),
        "metadata": metadata,
        "removed": removed,
    })
}

fn input_of(dir: &Path) -> Option<(Vec<u8>, bool)> {
    if let Ok(b) = std::fs::read(dir.join("input.html")) {
        return Some((b, true));
    }
    std::fs::read(dir.join("input.txt"))
        .ok()
        .map(|b| (b, false))
}

#[test]
fn fixtures_match_expected_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let bless = std::env::var_os("DECHAFF_BLESS").is_some();
    let cleaner = Cleaner::default();
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("fixtures dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut failures = Vec::new();
    let mut checked = 0;
    for dir in dirs {
        let Some((bytes, html)) = input_of(&dir) else {
            continue;
        };
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let input = if html {
            Input::html(&bytes)
        } else {
            Input::text_bytes(&bytes)
        };
        let doc = match cleaner.clean(input.source(name.clone())) {
            Ok(d) => d,
            Err(e) => {
                failures.push(format!("{name}: error {e}"));
                continue;
            }
        };
        let got = view(&doc, &bytes);
        let pretty = serde_json::to_string_pretty(&got).unwrap() + "\n";
        let path = dir.join("expected.json");
        checked += 1;
        match std::fs::read_to_string(&path) {
            Ok(want) if want == pretty => {}
            Ok(_) | Err(_) if bless => std::fs::write(&path, &pretty).expect("write expected.json"),
            Ok(want) => failures.push(format!("{name}: output differs from expected.json\n--- expected\n{want}\n+++ got\n{pretty}")),
            Err(_) => failures.push(format!("{name}: no expected.json (run with DECHAFF_BLESS=1 and review it)")),
        }
        // The Markdown shows what each paragraph is: headings, lists, quotations, code, tables
        // (a page's from its markup, a dump's from its lines).
        {
            let markdown = doc.to_markdown();
            let path = dir.join("expected.md");
            match std::fs::read_to_string(&path) {
                Ok(want) if want == markdown => {}
                Ok(_) | Err(_) if bless => {
                    std::fs::write(&path, &markdown).expect("write expected.md")
                }
                Ok(want) => failures.push(format!("{name}: Markdown differs from expected.md\n--- expected\n{want}\n+++ got\n{markdown}")),
                Err(_) => failures.push(format!("{name}: no expected.md (run with DECHAFF_BLESS=1 and review it)")),
            }
        }
    }
    assert!(checked >= 5, "expected at least the five seed fixtures");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
