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
//! `--per-doc FILE` cleans each file on its own (best of three), writes its size, lines and time
//! to `FILE` as TSV and prints the throughput by size class.
//!
//! `--html` cleans the files as HTML pages (`Input::html`) rather than as text dumps, to profile
//! the HTML front end without the decompressing and scoring that `examples/wcxb` times around it.
//!
//! `--stages` prints where the time went, stage by stage of the pipeline (the front end, each rule
//! family's pass, the output), from the timers of the `stage-timers` feature:
//! `cargo run --release --features stage-timers --example throughput -- --stages FILES...`.

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
    let stages = match args.iter().position(|a| a == "--stages") {
        Some(at) => {
            args.remove(at);
            true
        }
        None => false,
    };
    if stages && !dechaff::stages::ENABLED {
        eprintln!(
            "--stages needs the stage timers: cargo run --release --features stage-timers --example throughput -- --stages [FILES]"
        );
        std::process::exit(2);
    }
    let mut per_doc: Option<String> = None;
    if let Some(at) = args.iter().position(|a| a == "--per-doc") {
        per_doc = args.get(at + 1).cloned();
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
    // Each readable file with its path (for `--per-doc`).
    let named: Vec<(&str, Vec<u8>)> = paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok().map(|d| (p.as_str(), d)))
        .collect();
    let docs: Vec<&[u8]> = named.iter().map(|(_, d)| d.as_slice()).collect();
    let per_round: usize = docs.iter().map(|d| d.len()).sum();
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
    if let Some(out) = per_doc {
        write_per_doc(&cleaner, &named, html, &out);
        return;
    }
    // The warm-up's stages are not the measure's.
    let _ = dechaff::stages::take();
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
    if stages {
        print_stages(dechaff::stages::take(), secs);
    }
}

/// The stages' times, the costliest first, with their share of the cleaning's wall time; what no
/// stage holds (the calls between them, reading the input) is the last line.
fn print_stages(mut times: Vec<dechaff::stages::StageTime>, secs: f64) {
    times.sort_by_key(|t| std::cmp::Reverse(t.total));
    println!("{:>9} {:>6} {:>8}  stage", "ms", "share", "calls");
    let mut timed = 0.0;
    for t in &times {
        let ms = t.total.as_secs_f64() * 1e3;
        timed += ms;
        println!(
            "{ms:>9.1} {:>5.1}% {:>8}  {}",
            100.0 * ms / (secs * 1e3),
            t.calls,
            t.stage
        );
    }
    let rest = secs * 1e3 - timed;
    println!(
        "{rest:>9.1} {:>5.1}% {:>8}  (between the stages)",
        100.0 * rest / (secs * 1e3),
        ""
    );
}

/// Cleans each file three times, writes its size in bytes, its lines and its best time in
/// microseconds as one TSV line to `out`, and prints the throughput by size class: where the
/// time goes by kind of document rather than in all.
fn write_per_doc(cleaner: &Cleaner, named: &[(&str, Vec<u8>)], html: bool, out: &str) {
    let mut tsv = String::from("path\tbytes\tlines\tbest_us\n");
    // Size class (a power of two of bytes) -> (documents, bytes, seconds).
    let mut classes: std::collections::BTreeMap<u32, (usize, usize, f64)> = Default::default();
    for (p, d) in named {
        let mut best = f64::MAX;
        for _ in 0..3 {
            let t = Instant::now();
            let _ = cleaner.clean(if html {
                Input::html(d)
            } else {
                Input::text_bytes(d)
            });
            best = best.min(t.elapsed().as_secs_f64());
        }
        let lines = d.iter().filter(|&&b| b == b'\n').count() + 1;
        tsv.push_str(&format!("{p}\t{}\t{lines}\t{:.1}\n", d.len(), best * 1e6));
        let c = classes.entry(d.len().max(1).ilog2()).or_default();
        c.0 += 1;
        c.1 += d.len();
        c.2 += best;
    }
    if let Err(e) = std::fs::write(out, tsv) {
        eprintln!("{out}: {e}");
    }
    println!(
        "{:>12} {:>6} {:>8} {:>7}",
        "bytes from", "docs", "MB/s", "time"
    );
    let total: f64 = classes.values().map(|c| c.2).sum();
    for (k, (n, bytes, secs)) in &classes {
        println!(
            "{:>12} {n:>6} {:>8.1} {:>6.1}%",
            1usize << k,
            *bytes as f64 / 1e6 / secs,
            100.0 * secs / total
        );
    }
}

/// Time this process has run on a CPU (Linux `/proc/self/schedstat`), if known.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
