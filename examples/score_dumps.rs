//! Scores text mode on the raw text dumps of the WCXB development split
//! (`../shared/wcxb-dev/dumps/NNNN.txt`; WCXB is CC-BY-4.0, (c) 2026 Murrough Foley).
//!
//! Prints mean word-F1, precision and recall overall and per page type, the share of `with`
//! snippets found and of `without` snippets leaked, and the cleaning speed on one core.
//!
//! ```text
//! cargo run --release --example score_dumps                 # all dumps
//! cargo run --release --example score_dumps -- --sample 100 # the quality gate's sample
//! cargo run --release --example score_dumps -- --worst 10   # also list the worst pages
//! cargo run --release --example score_dumps -- --raw        # the dump unchanged, as a baseline
//! cargo run --release --example score_dumps -- --tsv scores.tsv  # one line per page
//! ```

use dechaff::eval::{score_page, Dataset, Scoreboard};
use dechaff::{Cleaner, Input};
use std::io::Write;
use std::time::{Duration, Instant};

struct Args {
    sample: Option<usize>,
    worst: usize,
    raw: bool,
    tsv: Option<String>,
    only_type: Option<String>,
}

fn parse_args() -> Args {
    let mut a = Args {
        sample: None,
        worst: 0,
        raw: false,
        tsv: None,
        only_type: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--sample" => a.sample = it.next().and_then(|v| v.parse().ok()),
            "--worst" => a.worst = it.next().and_then(|v| v.parse().ok()).unwrap_or(10),
            "--raw" => a.raw = true,
            "--tsv" => a.tsv = it.next(),
            "--type" => a.only_type = it.next(),
            other => {
                eprintln!("unknown argument {other}; see the example's doc comment");
                std::process::exit(2);
            }
        }
    }
    a
}

fn main() {
    let args = parse_args();
    let Some(data) = Dataset::locate() else {
        println!(
            "WCXB development split not found (looked at ../shared/wcxb-dev and $WCXB_DIR); nothing to score."
        );
        return;
    };
    let cleaner = Cleaner::default();
    let pages: Vec<_> = match args.sample {
        Some(n) => data.sample(n),
        None => data.pages.iter().collect(),
    };
    let mut board = Scoreboard::default();
    let mut per_page = Vec::new();
    let (mut bytes, mut elapsed) = (0usize, Duration::ZERO);
    for page in pages {
        if args
            .only_type
            .as_ref()
            .is_some_and(|t| *t != page.page_type)
        {
            continue;
        }
        let (Some(dump), Some((gold, _))) = (data.dump(&page.id), data.gold(&page.id)) else {
            continue;
        };
        let body = if args.raw {
            String::from_utf8_lossy(&dump).into_owned()
        } else {
            let t = Instant::now();
            let doc = cleaner.clean(Input::text_bytes(&dump));
            elapsed += t.elapsed();
            bytes += dump.len();
            match doc {
                Ok(d) => d.body,
                Err(e) => {
                    eprintln!("{}: {e}", page.id);
                    String::new()
                }
            }
        };
        let s = score_page(&body, &gold);
        board.add(&page.page_type, &s);
        per_page.push((page.id.clone(), page.page_type.clone(), s));
    }
    if board.pages() == 0 {
        println!(
            "no dumps found under {}/dumps; nothing to score.",
            data.root.display()
        );
        return;
    }
    println!(
        "WCXB dev dumps (CC-BY-4.0, (c) 2026 Murrough Foley), text mode{}",
        if args.raw { ": dump unchanged" } else { "" }
    );
    print!("{}", board.table());
    if !args.raw {
        let secs = elapsed.as_secs_f64().max(1e-9);
        println!(
            "speed: {:.1} MB/s on one core ({:.1} MB in {:.2} s)",
            bytes as f64 / 1e6 / secs,
            bytes as f64 / 1e6,
            secs
        );
    }
    if let Some(path) = &args.tsv {
        let write = || -> std::io::Result<()> {
            let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
            writeln!(
                f,
                "id\ttype\tf1\tp\tr\twith\twith_total\tleak\twithout_total"
            )?;
            for (id, ty, s) in &per_page {
                writeln!(
                    f,
                    "{id}\t{ty}\t{:.4}\t{:.4}\t{:.4}\t{}\t{}\t{}\t{}",
                    s.prf.f1,
                    s.prf.precision,
                    s.prf.recall,
                    s.with_found,
                    s.with_total,
                    s.without_leaked,
                    s.without_total
                )?;
            }
            Ok(())
        };
        if let Err(e) = write() {
            eprintln!("cannot write {path}: {e}");
        }
    }
    if args.worst > 0 {
        per_page.sort_by(|a, b| a.2.prf.f1.total_cmp(&b.2.prf.f1));
        println!("\nworst pages:");
        for (id, ty, s) in per_page.iter().take(args.worst) {
            println!(
                "  {id} {ty:<14} F1 {:.3}  P {:.3}  R {:.3}",
                s.prf.f1, s.prf.precision, s.prf.recall
            );
        }
    }
}
