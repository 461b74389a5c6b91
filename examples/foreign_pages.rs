//! Scores dechaff on pages it was never tuned on: other extractors' test pages with their expected
//! output, with the WCXB word-F1 (`dechaff::eval::word_prf`). A check that a rule generalises
//! beyond the development split; the expected outputs are those projects' own, so a low score
//! may be a difference of policy (captions, comments, references) as well as a failure: read the
//! page before changing anything.
//!
//! ```text
//! cargo run --release --example foreign_pages -- DIR...
//! ```
//! Each DIR is one of two layouts:
//! - Mozilla Readability's `test-pages/` (shipped in the crates `readabilityrs` and
//!   `readability-rust`): `NAME/source.html` and `NAME/expected.html`. Pages whose expected text
//!   is placeholder Latin (Readability's unit pages) are skipped.
//! - newspaper4k's `tests/data/` (its sdist on PyPI): `html/NAME.html` and `txt/NAME.txt`.
//!
//! Prints each page's F1, precision and recall (worst first) and the mean. Exits 0 with a message
//! when a directory is absent.
//!
//! `--dumps TEXTDIR` cleans, in text mode, each page's text dump `TEXTDIR/NAME.txt` instead of
//! its HTML (pages without one are skipped): text mode on dumps of pages it has never seen. To
//! make such dumps the way WCXB's were made (the page's title on the first line, then the
//! browser's `innerText` of its body), render each page in a headless browser. The dumps' own
//! score (the dump kept whole) is printed beside each.

use dechaff::eval::word_prf;
use dechaff::{Cleaner, Input};
use std::path::{Path, PathBuf};

/// A page and the text its project expects.
struct Case {
    name: String,
    page: PathBuf,
    expected: String,
}

fn main() {
    let mut dirs: Vec<String> = std::env::args().skip(1).collect();
    let dumps = dirs.iter().position(|a| a == "--dumps").map(|at| {
        let dir = dirs.get(at + 1).cloned().unwrap_or_default();
        dirs.drain(at..(at + 2).min(dirs.len()));
        PathBuf::from(dir)
    });
    if dirs.is_empty() {
        eprintln!(
            "usage: foreign_pages DIR... (Readability test-pages/ or newspaper4k tests/data/)"
        );
        return;
    }
    let Ok(cleaner) = Cleaner::builder().build() else {
        eprintln!("the default cleaner did not build");
        return;
    };
    for dir in &dirs {
        let dir = Path::new(dir);
        let Some(cases) = cases_in(dir) else {
            println!("{}: absent or not a known layout; skipped", dir.display());
            continue;
        };
        let mut rows = Vec::new();
        for case in cases {
            let dump = match &dumps {
                Some(d) => match std::fs::read(d.join(format!("{}.txt", case.name))) {
                    Ok(text) => Some(text),
                    Err(_) => continue,
                },
                None => None,
            };
            let (bytes, as_text) = match dump {
                Some(text) => (text, true),
                None => match std::fs::read(&case.page) {
                    Ok(page) => (page, false),
                    Err(_) => continue,
                },
            };
            let input = if as_text {
                Input::text_bytes(&bytes)
            } else {
                Input::html(&bytes)
            };
            let body = match cleaner.clean(input.source(case.name.as_str())) {
                Ok(doc) => doc.body,
                Err(e) => {
                    println!("{}: {e}", case.name);
                    String::new()
                }
            };
            let prf = word_prf(&body, &case.expected);
            // What keeping the whole dump scores, for text mode.
            let whole = dumps
                .is_some()
                .then(|| word_prf(&String::from_utf8_lossy(&bytes), &case.expected).f1);
            rows.push((case.name, prf.f1, prf.precision, prf.recall, whole));
        }
        rows.sort_by(|a, b| a.1.total_cmp(&b.1));
        for (name, f1, p, r, whole) in &rows {
            let whole = whole.map_or(String::new(), |w| format!("  (dump kept whole {w:.3})"));
            println!("{name:44} F1 {f1:.3}  P {p:.3}  R {r:.3}{whole}");
        }
        let mean = rows.iter().map(|r| r.1).sum::<f64>() / rows.len().max(1) as f64;
        let whole = rows.iter().filter_map(|r| r.4).sum::<f64>() / rows.len().max(1) as f64;
        let whole = if dumps.is_some() {
            format!(" (the dumps kept whole: {whole:.3})")
        } else {
            String::new()
        };
        println!(
            "{}: mean F1 {mean:.3} over {} pages{whole}",
            dir.display(),
            rows.len()
        );
    }
}

/// The pages of `dir` and their expected texts, by its layout.
fn cases_in(dir: &Path) -> Option<Vec<Case>> {
    let mut cases = Vec::new();
    if dir.join("html").is_dir() && dir.join("txt").is_dir() {
        for entry in std::fs::read_dir(dir.join("txt")).ok()?.flatten() {
            let path = entry.path();
            let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            let page = dir.join("html").join(format!("{name}.html"));
            if let (true, Ok(expected)) = (page.is_file(), std::fs::read_to_string(&path)) {
                cases.push(Case {
                    name: name.to_string(),
                    page,
                    expected,
                });
            }
        }
    } else {
        for entry in std::fs::read_dir(dir).ok()?.flatten() {
            let (page, expected) = (
                entry.path().join("source.html"),
                entry.path().join("expected.html"),
            );
            let Ok(expected) = std::fs::read(&expected) else {
                continue;
            };
            let expected = html_text(&expected);
            let placeholder = dechaff::eval::words(&expected)
                .iter()
                .any(|w| matches!(w.as_str(), "lorem" | "ipsum" | "dolor"));
            if page.is_file() && !placeholder && !expected.trim().is_empty() {
                cases.push(Case {
                    name: entry.file_name().to_string_lossy().into_owned(),
                    page,
                    expected,
                });
            }
        }
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    (!cases.is_empty()).then_some(cases)
}

/// The text of an expected output in HTML: its text nodes, scripts and styles left out.
fn html_text(bytes: &[u8]) -> String {
    let html = scraper::Html::parse_document(&String::from_utf8_lossy(bytes));
    let mut out = String::new();
    for node in html.root_element().descendants() {
        if let Some(text) = node.value().as_text() {
            let in_code = node.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| matches!(e.name(), "script" | "style"))
            });
            if !in_code {
                out.push_str(text);
                out.push(' ');
            }
        }
    }
    out
}
