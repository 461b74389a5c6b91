//! Runs dechaff on raw dumps, the way a library user would: paths as arguments; prints each
//! clean body and a one-line provenance summary (kept paragraphs, removals by rule id).
//!
//! `cargo run --release --example clean_dump -- fixtures/seed-000/input.txt`

use dechaff::{Cleaner, Input};

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: clean_dump FILE...");
        std::process::exit(2);
    }
    let cleaner = Cleaner::default();
    let mut failed = false;
    for path in &paths {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                failed = true;
                continue;
            }
        };
        match cleaner.clean(Input::sniff(&bytes).source(path.as_str())) {
            Ok(doc) => {
                println!("==> {path} <==");
                if let Some(title) = &doc.title {
                    println!("# {title}\n");
                }
                println!("{}\n", doc.body);
                let by_rule: Vec<String> = doc
                    .removal_counts()
                    .iter()
                    .map(|(id, n)| format!("{id}×{n}"))
                    .collect();
                println!(
                    "[{} kept, {} removed: {}] {} {} {}\n",
                    doc.paragraphs.len(),
                    doc.removals.len(),
                    by_rule.join(" "),
                    doc.provenance.kind.as_str(),
                    doc.provenance.digest,
                    doc.provenance.ruleset_fingerprint
                );
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                failed = true;
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}
