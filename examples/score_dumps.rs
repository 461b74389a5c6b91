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
//! cargo run --release --example score_dumps -- --leaks      # print each leaked `without` snippet
//! cargo run --release --example score_dumps -- --out /tmp/bodies  # write each cleaned body
//! cargo run --release --example score_dumps -- --precision    # the Precision preset (adds text.line-model)
//! cargo run --release --example score_dumps -- --recall --enable nav.run   # the Recall preset and a rule
//! cargo run --release --example score_dumps -- --precision --line-model w.tsv --pages ids.txt  # another line model, some pages
//! cargo run --release --example score_dumps -- --disable text.outside-main-region --type forum
//! cargo run --release --example score_dumps -- --cold   # patterns not all built before the clock starts
//! cargo run --release --example score_dumps -- --no-title-line  # each dump without its first line, the page's <title>
//! cargo run --release --example score_dumps -- --no-blank-lines # each dump without its blank lines, one block a line
//! cargo run --release --example score_dumps -- --wrap 78      # each dump hard-wrapped at 78 characters, as text browsers save pages
//! cargo run --release --example score_dumps -- --markdown      # each page's HTML as Markdown (htmd), as crawlers save pages
//! cargo run --release --example score_dumps -- --jina          # the same under Jina Reader's header (Title, URL Source)
//! cargo run --release --example score_dumps -- --dumps DIR      # the pages' dumps as DIR/NNNN.txt (another renderer's)
//! cargo run --release --example score_dumps -- --markdown --save-inputs DIR  # also write each input as cleaned
//! ```

#[path = "../tests/support/cpu_time.rs"]
mod cpu_time;
#[path = "../tests/support/markdown.rs"]
mod markdown;
use cpu_time::thread_cpu_time;
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
    leaks: bool,
    out: Option<String>,
    line_model: Option<String>,
    pages: Option<String>,
    precision: bool,
    recall: bool,
    enable: Vec<String>,
    disable: Vec<String>,
    cold: bool,
    no_title_line: bool,
    /// Each dump without its blank lines (`eval::without_blank_lines`).
    no_blank_lines: bool,
    /// Each dump hard-wrapped at this many characters (`eval::wrapped_at`).
    wrap: Option<usize>,
    /// Each page's HTML turned into Markdown (`htmd`, turndown.js's rules) in place of its dump,
    /// as a crawler saves pages (`--markdown`), or with Jina Reader's header above it (`--jina`).
    markdown: bool,
    jina: bool,
    /// The dumps read from this directory (`NNNN.txt`, the page's id) in place of WCXB's: the
    /// same pages as another renderer saved them (a browser's own `innerText`, with the tabs
    /// between table cells that WCXB's dumps do not have).
    dumps: Option<String>,
    /// Each input as cleaned (the dump, or the page as Markdown, after `--wrap` and the like)
    /// written to DIR/NNNN.txt, for the tool's `--explain` to read.
    save_inputs: Option<String>,
}

fn parse_args() -> Args {
    let mut a = Args {
        sample: None,
        worst: 0,
        raw: false,
        tsv: None,
        only_type: None,
        leaks: false,
        out: None,
        line_model: None,
        pages: None,
        precision: false,
        recall: false,
        enable: Vec::new(),
        disable: Vec::new(),
        cold: false,
        no_title_line: false,
        no_blank_lines: false,
        wrap: None,
        markdown: false,
        jina: false,
        dumps: None,
        save_inputs: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--sample" => a.sample = it.next().and_then(|v| v.parse().ok()),
            "--worst" => a.worst = it.next().and_then(|v| v.parse().ok()).unwrap_or(10),
            "--raw" => a.raw = true,
            "--tsv" => a.tsv = it.next(),
            "--type" => a.only_type = it.next(),
            "--leaks" => a.leaks = true,
            "--out" => a.out = it.next(),
            "--dumps" => a.dumps = it.next(),
            "--save-inputs" => a.save_inputs = it.next(),
            "--line-model" => a.line_model = it.next(),
            "--pages" => a.pages = it.next(),
            "--precision" => a.precision = true,
            "--recall" => a.recall = true,
            "--enable" => a.enable.extend(it.next()),
            "--disable" => a.disable.extend(it.next()),
            "--cold" => a.cold = true,
            "--no-title-line" => a.no_title_line = true,
            "--no-blank-lines" => a.no_blank_lines = true,
            "--wrap" => a.wrap = it.next().and_then(|v| v.parse().ok()),
            "--markdown" => a.markdown = true,
            "--jina" => a.jina = true,
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
    let mut builder = Cleaner::builder();
    if args.precision {
        builder = builder.preset(dechaff::Preset::Precision);
    }
    if args.recall {
        builder = builder.preset(dechaff::Preset::Recall);
    }
    for id in &args.enable {
        builder = builder.enable(id.as_str());
    }
    for id in &args.disable {
        builder = builder.disable(id.as_str());
    }
    if let Some(path) = &args.line_model {
        let table = std::fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("{path}: {e}");
            std::process::exit(2)
        });
        builder = builder.line_model_table(&table);
    }
    let only_pages: Option<std::collections::HashSet<String>> = args.pages.as_ref().map(|p| {
        std::fs::read_to_string(p)
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_string)
            .collect()
    });
    let cleaner = match builder.build() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    // Compile the rules' patterns before the clock starts: the speed is that of a built cleaner.
    if !args.cold {
        cleaner.prepare();
    }
    let _ = cleaner.clean_text("Warm up.\n\nHome\n© 2024 Example");
    if let Some(dump) = data.pages.first().and_then(|p| data.dump(&p.id)) {
        let _ = cleaner.clean(Input::text_bytes(&dump));
    }
    let pages: Vec<_> = match args.sample {
        Some(n) => data.sample(n),
        None => data.pages.iter().collect(),
    };
    for dir in args.out.iter().chain(&args.save_inputs) {
        let _ = std::fs::create_dir_all(dir);
    }
    let mut board = Scoreboard::default();
    let mut meta_board = dechaff::eval::MetadataBoard::default();
    let mut per_page = Vec::new();
    let (mut bytes, mut elapsed, mut cpu) = (0usize, Duration::ZERO, Duration::ZERO);
    for page in pages {
        if args
            .only_type
            .as_ref()
            .is_some_and(|t| *t != page.page_type)
            || only_pages.as_ref().is_some_and(|s| !s.contains(&page.id))
        {
            continue;
        }
        // (The gold first: it gives Jina's header the page's address.)
        let Some((gold, url)) = data.gold(&page.id) else {
            continue;
        };
        let dump = if args.jina {
            (data.html(&page.id)).map(|h| markdown::jina_dump(&h, url.as_deref()).into_bytes())
        } else if args.markdown {
            (data.html(&page.id)).map(|h| markdown::markdown_of(&h).into_bytes())
        } else if let Some(dir) = &args.dumps {
            std::fs::read(format!("{dir}/{}.txt", page.id)).ok()
        } else {
            data.dump(&page.id)
        };
        let Some(dump) = dump else {
            continue;
        };
        let dump = if args.no_title_line {
            dechaff::eval::without_title_line(&dump).to_vec()
        } else {
            dump
        };
        let dump = if args.no_blank_lines {
            dechaff::eval::without_blank_lines(&dump)
        } else {
            dump
        };
        let dump = match args.wrap {
            Some(width) => dechaff::eval::wrapped_at(&dump, width),
            None => dump,
        };
        if let Some(dir) = &args.save_inputs {
            let _ = std::fs::write(format!("{dir}/{}.txt", page.id), &dump);
        }
        let body = if args.raw {
            String::from_utf8_lossy(&dump).into_owned()
        } else {
            let (t, c) = (Instant::now(), thread_cpu_time());
            let doc = cleaner.clean(Input::text_bytes(&dump));
            elapsed += t.elapsed();
            cpu += thread_cpu_time().saturating_sub(c);
            bytes += dump.len();
            match doc {
                Ok(d) => {
                    meta_board.add(&d.metadata, &gold);
                    d.body
                }
                Err(e) => {
                    eprintln!("{}: {e}", page.id);
                    String::new()
                }
            }
        };
        if let Some(dir) = &args.out {
            let _ = std::fs::write(format!("{dir}/{}.txt", page.id), &body);
        }
        let s = score_page(&body, &gold);
        if args.leaks {
            let norm = dechaff::eval::normalized(&body);
            for w in &gold.without {
                if !dechaff::eval::normalized(w).trim().is_empty()
                    && dechaff::eval::contains_snippet(&norm, w)
                {
                    println!("leak {} {}: {w}", page.id, page.page_type);
                }
            }
        }
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
        println!("{}", meta_board.summary());
        let (secs, cpu_secs) = (elapsed.as_secs_f64().max(1e-9), cpu.as_secs_f64().max(1e-9));
        println!(
            "speed: {:.1} MB/s on one core (CPU time: {:.1} MB in {:.2} s); wall clock {:.1} MB/s",
            bytes as f64 / 1e6 / cpu_secs,
            bytes as f64 / 1e6,
            cpu_secs,
            bytes as f64 / 1e6 / secs,
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
