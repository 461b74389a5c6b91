//! Compares dechaff with Rust peers on the WCXB development split (CC-BY-4.0, (c) 2026 Murrough
//! Foley): for each tool, mean word-F1, precision and recall per page type and overall, `with`
//! snippet recall, `without` snippet leak, and ms/page (median, mean) on one thread, measured in
//! turn on the same pages on the same machine, so that the speeds compare whatever the machine's
//! state. Each tool gets the page's URL where it takes one. Timing covers the call that extracts
//! the text: dechaff from the page's bytes (it decodes them itself); the peers from the page
//! decoded to a string beforehand (their decoding is not timed).
//!
//! ```text
//! cargo run --release --manifest-path benches/peers/Cargo.toml [-- --limit N] [-- --only TOOL]
//! ```
//! Exits 0 with a message when the data set is absent.

use dechaff::eval::{score_page, Dataset, Scoreboard};
use dechaff::{Cleaner, Input};
use std::time::Instant;

/// A tool under comparison: its name and how it turns a page into text.
struct Tool {
    name: &'static str,
    extract: fn(&Cleaner, &[u8], &str, Option<&str>) -> Option<String>,
}

fn dechaff_text(cleaner: &Cleaner, bytes: &[u8], _: &str, _: Option<&str>) -> Option<String> {
    cleaner.clean(Input::html(bytes)).ok().map(|d| d.body)
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
        extract: dechaff_text,
    },
    Tool {
        name: "rs-trafilatura",
        extract: rs_trafilatura_text,
    },
    Tool {
        name: "dom_smoothie",
        extract: dom_smoothie_text,
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
        let (Some(bytes), Some((gold, url))) = (ds.html(&page.id), ds.gold(&page.id)) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        pages.push((page, bytes, text, gold, url));
    }
    let cleaner = Cleaner::default();
    cleaner.prepare();
    println!(
        "WCXB dev split (CC-BY-4.0, (c) 2026 Murrough Foley), {} pages, one thread\n",
        pages.len()
    );
    for tool in TOOLS {
        if only.as_deref().is_some_and(|o| o != tool.name) {
            continue;
        }
        let mut board = Scoreboard::default();
        let mut times = Vec::with_capacity(pages.len());
        let mut failed = 0;
        for (page, bytes, text, gold, url) in &pages {
            // A peer may panic on a page; that page then scores as empty output.
            let start = Instant::now();
            let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                (tool.extract)(&cleaner, bytes, text, url.as_deref())
            }))
            .ok()
            .flatten();
            times.push(start.elapsed().as_secs_f64() * 1e3);
            if out.is_none() {
                failed += 1;
            }
            board.add(
                &page.page_type,
                &score_page(out.as_deref().unwrap_or(""), gold),
            );
        }
        times.sort_by(f64::total_cmp);
        let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
        let mean = times.iter().sum::<f64>() / times.len().max(1) as f64;
        println!("## {}", tool.name);
        print!("{}", board.table());
        println!("ms/page: median {median:.2}, mean {mean:.2}; failed or empty-handed: {failed}\n");
    }
}
