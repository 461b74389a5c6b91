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
//! - trafilatura's `tests/` (its sdist 1.0.0 on PyPI, the last to ship them): `cache/NAME.html`
//!   and `realworld_tests.py`, whose assertions name, page by page, snippets the text must hold
//!   (`'…' in result`) and snippets it must not (`'…' not in result`). Such a page is scored by
//!   the snippets: how many of those it must hold it holds, how many of the others it leaks
//!   (whitespace folded; trafilatura keeps comments, so some snippets are a policy apart).
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
    expected: Expected,
}

/// What a project expects of a page's text.
enum Expected {
    /// The whole text, scored by word-F1.
    Text(String),
    /// Snippets the text must hold and snippets it must not.
    Snippets {
        with: Vec<String>,
        without: Vec<String>,
    },
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
            "usage: foreign_pages DIR... (Readability test-pages/, newspaper4k tests/data/, trafilatura tests/)"
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
        let mut snippet_rows = Vec::new();
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
            match &case.expected {
                Expected::Text(expected) => {
                    let prf = word_prf(&body, expected);
                    // What keeping the whole dump scores, for text mode.
                    let whole = dumps
                        .is_some()
                        .then(|| word_prf(&String::from_utf8_lossy(&bytes), expected).f1);
                    rows.push((case.name, prf.f1, prf.precision, prf.recall, whole));
                }
                Expected::Snippets { with, without } => {
                    let text = folded(&body);
                    let missed: Vec<&String> =
                        with.iter().filter(|s| !text.contains(s.as_str())).collect();
                    let leaked: Vec<&String> = without
                        .iter()
                        .filter(|s| text.contains(s.as_str()))
                        .collect();
                    snippet_rows.push(SnippetRow {
                        name: case.name,
                        with: with.len(),
                        without: without.len(),
                        missed: missed.into_iter().cloned().collect(),
                        leaked: leaked.into_iter().cloned().collect(),
                    });
                }
            }
        }
        if !snippet_rows.is_empty() {
            print_snippets(dir, &mut snippet_rows);
            continue;
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

/// One page's snippet checks: how many there were, which failed.
struct SnippetRow {
    name: String,
    with: usize,
    without: usize,
    missed: Vec<String>,
    leaked: Vec<String>,
}

/// Prints the pages with a failed check (worst first, each failed snippet named) and the totals.
fn print_snippets(dir: &Path, rows: &mut [SnippetRow]) {
    rows.sort_by_key(|r| std::cmp::Reverse(r.missed.len() + r.leaked.len()));
    for r in rows.iter().filter(|r| r.missed.len() + r.leaked.len() > 0) {
        println!(
            "{:44} held {}/{}  leaked {}/{}",
            r.name,
            r.with - r.missed.len(),
            r.with,
            r.leaked.len(),
            r.without
        );
        for s in &r.missed {
            println!("    missing: {s}");
        }
        for s in &r.leaked {
            println!("    leaked:  {s}");
        }
    }
    let with: usize = rows.iter().map(|r| r.with).sum();
    let without: usize = rows.iter().map(|r| r.without).sum();
    let missed: usize = rows.iter().map(|r| r.missed.len()).sum();
    let leaked: usize = rows.iter().map(|r| r.leaked.len()).sum();
    let clean = rows
        .iter()
        .filter(|r| r.missed.is_empty() && r.leaked.is_empty())
        .count();
    println!(
        "{}: {} pages; snippets held {}/{} ({:.3}), leaked {}/{} ({:.3}); every check passed on {clean} pages",
        dir.display(),
        rows.len(),
        with - missed,
        with,
        (with - missed) as f64 / with.max(1) as f64,
        leaked,
        without,
        leaked as f64 / without.max(1) as f64,
    );
}

/// The text with every run of whitespace one space, trimmed: snippets match across line breaks.
fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The pages of `dir` and their expected texts, by its layout.
fn cases_in(dir: &Path) -> Option<Vec<Case>> {
    let mut cases = Vec::new();
    if dir.join("realworld_tests.py").is_file() && dir.join("cache").is_dir() {
        let source = std::fs::read_to_string(dir.join("realworld_tests.py")).ok()?;
        cases = snippet_cases(&source, &dir.join("cache"));
    } else if dir.join("html").is_dir() && dir.join("txt").is_dir() {
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
                    expected: Expected::Text(expected),
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
                    expected: Expected::Text(expected),
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

/// trafilatura's real-world cases: its `MOCK_PAGES` table (address to cached file) and, after
/// each `load_mock_page('address', …)`, the snippets its assertions want in or out of the text.
/// Commented-out calls and checks are left out, as Python leaves them.
fn snippet_cases(source: &str, cache: &Path) -> Vec<Case> {
    let mut files = std::collections::HashMap::new();
    let mut cases: Vec<Case> = Vec::new();
    for line in source.lines() {
        let tokens = python_tokens(line);
        match tokens.as_slice() {
            // A row of the table: 'address': 'file',
            [Token::Str(url), Token::Punct(':'), Token::Str(file), ..] => {
                files.insert(url.clone(), file.clone());
            }
            [Token::Word(r), Token::Punct('='), Token::Word(f), Token::Punct('('), Token::Str(url), ..]
                if r == "result" && f == "load_mock_page" =>
            {
                if let Some(file) = files.get(url) {
                    let page = cache.join(file);
                    let name = file.trim_end_matches(".html").to_string();
                    cases.push(Case {
                        name,
                        page,
                        expected: Expected::Snippets {
                            with: Vec::new(),
                            without: Vec::new(),
                        },
                    });
                }
            }
            [Token::Word(a), rest @ ..] if a == "assert" => {
                let Some(Case {
                    expected: Expected::Snippets { with, without },
                    ..
                }) = cases.last_mut()
                else {
                    continue;
                };
                for (k, t) in rest.iter().enumerate() {
                    let Token::Str(s) = t else { continue };
                    let words: Vec<&str> = rest[k + 1..]
                        .iter()
                        .take(3)
                        .map(|t| match t {
                            Token::Word(w) => w.as_str(),
                            _ => "",
                        })
                        .collect();
                    let snippet = folded(s);
                    if snippet.is_empty() {
                        continue;
                    }
                    match words.as_slice() {
                        ["in", "result", ..] => with.push(snippet),
                        ["not", "in", "result"] => without.push(snippet),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    cases.retain(|c| match &c.expected {
        Expected::Snippets { with, without } => !(with.is_empty() && without.is_empty()),
        Expected::Text(_) => true,
    });
    // A page loaded twice keeps its first set of checks.
    let mut seen = std::collections::HashSet::new();
    cases.retain(|c| seen.insert(c.name.clone()));
    cases
}

/// A token of a line of Python, as far as the tests' tables and assertions need.
#[derive(Debug, PartialEq)]
enum Token {
    Str(String),
    Word(String),
    Punct(char),
}

/// The line's string literals (quotes and escapes undone), words and punctuation, up to a
/// comment.
fn python_tokens(line: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '#' => break,
            '\'' | '"' => {
                let mut s = String::new();
                while let Some(d) = chars.next() {
                    match d {
                        '\\' => match chars.next() {
                            Some('n') => s.push('\n'),
                            Some('t') => s.push('\t'),
                            Some(e) => s.push(e),
                            None => {}
                        },
                        d if d == c => break,
                        d => s.push(d),
                    }
                }
                tokens.push(Token::Str(s));
            }
            c if c.is_alphanumeric() || c == '_' => {
                let mut w = String::from(c);
                while let Some(&d) = chars.peek() {
                    if !(d.is_alphanumeric() || d == '_') {
                        break;
                    }
                    w.push(d);
                    chars.next();
                }
                tokens.push(Token::Word(w));
            }
            c if c.is_whitespace() => {}
            c => tokens.push(Token::Punct(c)),
        }
    }
    tokens
}
