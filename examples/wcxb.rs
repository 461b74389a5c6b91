//! Scores the HTML front end on the WCXB development split (Web Content Extraction Benchmark,
//! CC-BY-4.0, (c) 2026 Murrough Foley): mean word-F1, precision and recall overall and per page
//! type, `with` snippet recall, `without` snippet leak rate, and time per page on one thread.
//!
//! ```text
//! cargo run --release --example wcxb [-- --limit N] [-- --worst K] [-- --type forum] [-- --tsv FILE] [-- --out DIR]
//! ```
//! Exits 0 with a message when the data set is absent.

#[path = "../tests/support/args.rs"]
mod args;
use dechaff::eval::{score_page, Dataset, Scoreboard};
use dechaff::{Cleaner, Input};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let opt = |name: &str| args::opt(&args, name);
    let limit: usize = opt("--limit")
        .and_then(|v| v.parse().ok())
        .unwrap_or(usize::MAX);
    let worst: usize = opt("--worst").and_then(|v| v.parse().ok()).unwrap_or(0);
    let only_type = opt("--type");
    let tsv_path = opt("--tsv");
    // Each cleaned body written to DIR/NNNN.txt, for reading what was kept.
    let out_dir = opt("--out");
    if let Some(dir) = &out_dir {
        let _ = std::fs::create_dir_all(dir);
    }
    let Some(ds) = Dataset::locate() else {
        println!("WCXB data not found at ../shared/wcxb-dev (or $WCXB_DIR): nothing to score.");
        return;
    };
    let mut builder = Cleaner::builder();
    for (i, a) in args.iter().enumerate() {
        if a == "--disable" {
            if let Some(id) = args.get(i + 1) {
                builder = builder.disable(id.clone());
            }
        }
    }
    if let Some(path) = opt("--line-model") {
        match std::fs::read_to_string(&path) {
            Ok(table) => builder = builder.line_model_table(&table),
            Err(e) => {
                println!("{path}: {e}");
                return;
            }
        }
    }
    let Ok(cleaner) = builder.build() else {
        println!("unknown rule id or bad line model");
        return;
    };
    let mut board = Scoreboard::default();
    let mut meta_board = dechaff::eval::MetadataBoard::default();
    let mut times = Vec::new();
    let mut errors = 0;
    let mut per_page = Vec::new();
    // One line per page, for comparing runs page by page.
    let mut tsv = String::from("id\ttype\tf1\tp\tr\tleak\twith\n");
    for page in ds.pages.iter().take(limit) {
        if only_type.as_ref().is_some_and(|t| *t != page.page_type) {
            continue;
        }
        let (Some(html), Some((gold, _))) = (ds.html(&page.id), ds.gold(&page.id)) else {
            continue;
        };
        let t = Instant::now();
        let body = match cleaner.clean(Input::html(&html)) {
            Ok(doc) => {
                if args.iter().any(|a| a == "--extra") {
                    // Kept paragraphs with few of their words in the gold body.
                    let gold_words: std::collections::HashSet<String> =
                        dechaff::eval::words(&gold.main_content)
                            .into_iter()
                            .collect();
                    for p in &doc.paragraphs {
                        let w = dechaff::eval::words(&p.text);
                        let hit = w.iter().filter(|x| gold_words.contains(*x)).count();
                        if !w.is_empty() && hit * 2 < w.len() {
                            println!(
                                "EXTRA {} {}: {}",
                                page.id,
                                page.page_type,
                                p.text.chars().take(90).collect::<String>()
                            );
                        }
                    }
                }
                meta_board.add(&doc.metadata, &gold);
                doc.body
            }
            Err(_) => {
                errors += 1;
                String::new()
            }
        };
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        if let Some(dir) = &out_dir {
            let _ = std::fs::write(format!("{dir}/{}.txt", page.id), &body);
        }
        let s = score_page(&body, &gold);
        if args.iter().any(|a| a == "--leaks") {
            let norm = dechaff::eval::normalized(&body);
            for w in &gold.without {
                if !dechaff::eval::normalized(w).trim().is_empty()
                    && dechaff::eval::contains_snippet(&norm, w)
                {
                    println!(
                        "LEAK {} {}: {}",
                        page.id,
                        page.page_type,
                        w.chars().take(80).collect::<String>()
                    );
                }
            }
        }
        tsv.push_str(&format!(
            "{}\t{}\t{:.4}\t{:.4}\t{:.4}\t{}/{}\t{}/{}\n",
            page.id,
            page.page_type,
            s.prf.f1,
            s.prf.precision,
            s.prf.recall,
            s.without_leaked,
            s.without_total,
            s.with_found,
            s.with_total
        ));
        per_page.push((
            s.prf.f1,
            s.prf.precision,
            s.prf.recall,
            page.id.clone(),
            page.page_type.clone(),
        ));
        board.add(&page.page_type, &s);
    }
    if board.pages() == 0 {
        println!("no pages scored");
        return;
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let median = times[times.len() / 2];
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    println!(
        "WCXB dev split (CC-BY-4.0, (c) 2026 Murrough Foley), {} pages",
        board.pages()
    );
    print!("{}", board.table());
    println!("ms/page: median {median:.2}, mean {mean:.2} (one thread); errors: {errors}");
    println!("{}", meta_board.summary());
    if let Some(path) = tsv_path {
        if let Err(e) = std::fs::write(&path, &tsv) {
            println!("{path}: {e}");
        }
    }
    if worst > 0 {
        per_page.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (f1, p, r, id, ty) in per_page.iter().take(worst) {
            println!("{id} {ty:<13} F1 {f1:.3} P {p:.3} R {r:.3}");
        }
    }
}
