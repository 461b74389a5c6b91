//! Compares dechaff with Rust peers on the WCXB development split (CC-BY-4.0, (c) 2026 Murrough
//! Foley): for each tool, mean word-F1, precision and recall per page type and overall, `with`
//! snippet recall, `without` snippet leak, and ms/page (median, mean) on one thread, measured in
//! turn on the same pages on the same machine, so that the speeds compare whatever the machine's
//! state. Each tool gets the page's URL where it takes one. Timing covers the call that extracts
//! the text: dechaff from the page's bytes (it decodes them itself); the peers from the page
//! decoded to a string beforehand (their decoding is not timed).
//!
//! `--dumps` compares on the raw text dumps instead (`dumps/NNNN.txt`): dechaff cleans each as
//! text; the peers, which read HTML only, get it as a page of one `<p>` per line (escaped), the
//! way the field's figures for HTML extractors on such dumps were taken. Speed is then MB of dump
//! per second, with the wrapping not timed.
//!
//! ```text
//! cargo run --release --manifest-path benches/peers/Cargo.toml [-- --limit N] [-- --only TOOL] [-- --dumps]
//!     [-- --tsv PREFIX] [-- --print ID]
//! ```
//! `--print ID` prints each tool's text for that one page (or dump), to read where they differ.
//! Exits 0 with a message when the data set is absent.

use dechaff::eval::{score_page, Dataset, Scoreboard};
use dechaff::{Cleaner, Input};
use std::time::Instant;

/// How a tool turns an input into text: given the cleaner, the input's bytes, the page as a
/// string (for a dump, the dump as a page) and the page's URL.
type Extract = fn(&Cleaner, &[u8], &str, Option<&str>) -> Option<String>;

/// A tool under comparison: its name and how it reads a page and a text dump.
struct Tool {
    name: &'static str,
    page: Extract,
    dump: Extract,
}

fn dechaff_text(cleaner: &Cleaner, bytes: &[u8], _: &str, _: Option<&str>) -> Option<String> {
    cleaner.clean(Input::html(bytes)).ok().map(|d| d.body)
}

fn dechaff_dump(cleaner: &Cleaner, bytes: &[u8], _: &str, _: Option<&str>) -> Option<String> {
    cleaner.clean(Input::text_bytes(bytes)).ok().map(|d| d.body)
}

/// A text dump as a page of one paragraph per non-blank line, for the tools that read HTML.
fn dump_as_page(text: &str) -> String {
    let mut page = String::with_capacity(text.len() + text.len() / 4 + 64);
    page.push_str("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        page.push_str("<p>");
        for c in line.chars() {
            match c {
                '<' => page.push_str("&lt;"),
                '>' => page.push_str("&gt;"),
                '&' => page.push_str("&amp;"),
                _ => page.push(c),
            }
        }
        page.push_str("</p>\n");
    }
    page.push_str("</body></html>\n");
    page
}

fn dom_smoothie_text(_: &Cleaner, _: &[u8], html: &str, url: Option<&str>) -> Option<String> {
    let mut r = dom_smoothie::Readability::new(html, url, None)
        .or_else(|_| dom_smoothie::Readability::new(html, None, None))
        .ok()?;
    r.parse().ok().map(|a| a.text_content.to_string())
}

fn rs_trafilatura_text(_: &Cleaner, _: &[u8], html: &str, url: Option<&str>) -> Option<String> {
    let options = rs_trafilatura::Options {
        url: url.map(str::to_string),
        ..rs_trafilatura::Options::default()
    };
    rs_trafilatura::extract_with_options(html, &options)
        .ok()
        .map(|r| r.content_text)
}

const TOOLS: &[Tool] = &[
    Tool {
        name: "dechaff",
        page: dechaff_text,
        dump: dechaff_dump,
    },
    Tool {
        name: "rs-trafilatura",
        page: rs_trafilatura_text,
        dump: rs_trafilatura_text,
    },
    Tool {
        name: "dom_smoothie",
        page: dom_smoothie_text,
        dump: dom_smoothie_text,
    },
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let limit: usize = opt("--limit")
        .and_then(|v| v.parse().ok())
        .unwrap_or(usize::MAX);
    let only = opt("--only");
    let dumps = args.iter().any(|a| a == "--dumps");
    // `--tsv PREFIX`: one line per page and tool in PREFIX<tool>.tsv, to compare page by page.
    let tsv_prefix = opt("--tsv");
    let root = std::env::var("WCXB_DIR").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/wcxb-dev").to_string()
    });
    let Some(ds) = Dataset::open(&root) else {
        println!("WCXB data set not found at {root} (set WCXB_DIR): nothing to compare");
        return;
    };
    // The pages, read and decoded once, before any timing.
    let mut pages = Vec::new();
    for page in ds.pages.iter().take(limit) {
        let input = if dumps {
            ds.dump(&page.id)
        } else {
            ds.html(&page.id)
        };
        let (Some(bytes), Some((gold, url))) = (input, ds.gold(&page.id)) else {
            continue;
        };
        let text = if dumps {
            dump_as_page(&String::from_utf8_lossy(&bytes))
        } else {
            String::from_utf8_lossy(&bytes).into_owned()
        };
        pages.push((page, bytes, text, gold, url));
    }
    let cleaner = Cleaner::default();
    cleaner.prepare();
    if let Some(id) = opt("--print") {
        for (page, bytes, text, _, url) in pages.iter().filter(|p| p.0.id == id) {
            for tool in TOOLS {
                if only.as_deref().is_some_and(|o| o != tool.name) {
                    continue;
                }
                let extract = if dumps { tool.dump } else { tool.page };
                let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    extract(&cleaner, bytes, text, url.as_deref())
                }))
                .ok()
                .flatten()
                .unwrap_or_default();
                println!("===== {} on {}\n{out}\n", tool.name, page.id);
            }
        }
        return;
    }
    let input_mb = pages.iter().map(|p| p.1.len()).sum::<usize>() as f64 / 1e6;
    println!(
        "WCXB dev split (CC-BY-4.0, (c) 2026 Murrough Foley), {} {}, one thread\n",
        pages.len(),
        if dumps { "text dumps" } else { "pages" }
    );
    for tool in TOOLS {
        if only.as_deref().is_some_and(|o| o != tool.name) {
            continue;
        }
        let extract = if dumps { tool.dump } else { tool.page };
        let mut board = Scoreboard::default();
        let mut times = Vec::with_capacity(pages.len());
        let mut failed = 0;
        let mut tsv = String::from("id\ttype\tf1\tp\tr\n");
        for (page, bytes, text, gold, url) in &pages {
            // A peer may panic on a page; that page then scores as empty output.
            let start = Instant::now();
            let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                extract(&cleaner, bytes, text, url.as_deref())
            }))
            .ok()
            .flatten();
            times.push(start.elapsed().as_secs_f64() * 1e3);
            if out.is_none() {
                failed += 1;
            }
            let score = score_page(out.as_deref().unwrap_or(""), gold);
            tsv.push_str(&format!(
                "{}\t{}\t{:.4}\t{:.4}\t{:.4}\n",
                page.id, page.page_type, score.prf.f1, score.prf.precision, score.prf.recall
            ));
            board.add(&page.page_type, &score);
        }
        times.sort_by(f64::total_cmp);
        let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
        let mean = times.iter().sum::<f64>() / times.len().max(1) as f64;
        if let Some(prefix) = &tsv_prefix {
            let path = format!("{prefix}{}.tsv", tool.name);
            if let Err(e) = std::fs::write(&path, &tsv) {
                eprintln!("{path}: {e}");
            }
        }
        println!("## {}", tool.name);
        print!("{}", board.table());
        let total_s = times.iter().sum::<f64>() / 1e3;
        print!("ms/page: median {median:.2}, mean {mean:.2}; failed or empty-handed: {failed}");
        if dumps {
            print!("; {:.1} MB/s of dump", input_mb / total_s.max(1e-9));
        }
        println!("\n");
    }
}
