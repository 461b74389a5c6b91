//! Prints text-cleaning throughput in MB/s on the given files (or the seed fixtures), each cleaned
//! as its own document, repeated until at least 10 MB have been cleaned. A quick figure without
//! criterion's statistics: `cargo run --release --example throughput [FILES...]`.
//!
//! `--rounds N` cleans the files exactly N times: two runs under
//! `valgrind --tool=callgrind`, with `--rounds 1` and `--rounds 2`, differ by the instructions of
//! one steady pass, without the start-up and the compiling of the patterns.
//!
//! `--disable ID` (repeatable) switches a rule off, to measure what it costs.
//!
//! `--html` cleans the files as HTML pages (`Input::html`) rather than as text dumps, to profile
//! the HTML front end without the decompressing and scoring that `examples/wcxb` times around it.

use dechaff::{Cleaner, Input};
use std::time::Instant;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut fixed_rounds = None;
    if let Some(at) = args.iter().position(|a| a == "--rounds") {
        fixed_rounds = args.get(at + 1).and_then(|n| n.parse::<usize>().ok());
        args.drain(at..(at + 2).min(args.len()));
    }
    let html = match args.iter().position(|a| a == "--html") {
        Some(at) => {
            args.remove(at);
            true
        }
        None => false,
    };
    let mut disabled = Vec::new();
    while let Some(at) = args.iter().position(|a| a == "--disable") {
        if let Some(id) = args.get(at + 1) {
            disabled.push(id.clone());
        }
        args.drain(at..(at + 2).min(args.len()));
    }
    let mut paths = args;
    if paths.is_empty() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        for e in std::fs::read_dir(root).expect("fixtures").flatten() {
            let p = e.path().join("input.txt");
            if p.exists() {
                paths.push(p.display().to_string());
            }
        }
        paths.sort();
    }
    let docs: Vec<Vec<u8>> = paths.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let per_round: usize = docs.iter().map(Vec::len).sum();
    if per_round == 0 {
        eprintln!("no input");
        return;
    }
    let mut builder = Cleaner::builder();
    for id in disabled {
        builder = builder.disable(id);
    }
    let cleaner = match builder.build() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let rounds = fixed_rounds.unwrap_or((10 << 20) / per_round + 1);
    // The first document compiles the rules' patterns; time it apart.
    let warm = Instant::now();
    cleaner.prepare();
    let _ = cleaner.clean(Input::text("warm up"));
    println!(
        "first document (compiles the patterns): {:.1} ms",
        warm.elapsed().as_secs_f64() * 1e3
    );
    let cpu0 = cpu_seconds();
    let start = Instant::now();
    let mut kept = 0;
    for _ in 0..rounds {
        for d in &docs {
            kept += cleaner
                .clean(if html {
                    Input::html(d)
                } else {
                    Input::text_bytes(d)
                })
                .map(|doc| doc.paragraphs.len())
                .unwrap_or(0);
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = cpu_seconds().map(|c| c - cpu0.unwrap_or(0.0));
    let mb = (rounds * per_round) as f64 / 1e6;
    println!(
        "{} documents, {:.1} MB in {:.3} s: {:.1} MB/s ({} paragraphs kept)",
        rounds * docs.len(),
        mb,
        secs,
        mb / secs,
        kept
    );
    if let Some(cpu) = cpu {
        // On a shared machine the CPU time is the fairer figure for one core.
        println!("on-CPU time {cpu:.3} s: {:.1} MB per CPU-second", mb / cpu);
    }
}

/// Time this process has run on a CPU (Linux `/proc/self/schedstat`), if known.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
