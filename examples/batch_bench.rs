//! Batch throughput on the WCXB development split (CC-BY-4.0, (c) 2026 Murrough Foley), read from
//! `../shared/wcxb-dev` or `$WCXB_DIR`: documents/s and MB/s for the HTML pages and for the text
//! dumps, at `-j 1` and `-j 2`, through the same engine as `dechaff batch` (output discarded).
//!
//! ```text
//! cargo run --release --example batch_bench [-- JOBS...]
//! ```
//! Peak memory of a whole run is best measured on the binary:
//! `/usr/bin/time -v target/release/dechaff batch ../shared/wcxb-dev/html ../shared/wcxb-dev/dumps -o /dev/null`.

use dechaff::batch::{self, BatchOptions, Items, Source, Summary};
use dechaff::eval::Dataset;
use dechaff::Cleaner;

/// CPU seconds used by this process so far (user + system), from `/proc/self/stat` on Linux;
/// `None` elsewhere. Assumes the usual 100 clock ticks per second.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn run(cleaner: &Cleaner, dir: &std::path::Path, jobs: usize) -> Summary {
    let options = BatchOptions {
        jobs,
        timing: false,
        ..BatchOptions::default()
    };
    let items = Items::new([Source::Path(dir.to_path_buf())], options.max_doc_bytes);
    batch::run(cleaner, items, &options, None, std::io::sink(), |_| {})
        .expect("writing to a sink cannot fail")
}

/// Each configuration runs whole passes for at least this long.
const MIN_SECONDS: f64 = 4.0;

fn main() {
    let Some(ds) = Dataset::locate() else {
        println!("batch_bench: WCXB data not found at ../shared/wcxb-dev (or $WCXB_DIR); skipped");
        return;
    };
    let jobs: Vec<usize> = {
        let v: Vec<usize> = std::env::args()
            .skip(1)
            .filter_map(|a| a.parse().ok())
            .collect();
        if v.is_empty() {
            vec![1, 2]
        } else {
            v
        }
    };
    let cleaner = Cleaner::builder()
        .max_input_bytes(BatchOptions::default().max_doc_bytes)
        .build()
        .expect("valid options");
    println!(
        "WCXB dev split (CC-BY-4.0, (c) 2026 Murrough Foley), {} pages",
        ds.pages.len()
    );
    println!(
        "{:<6} {:>3}  {:>6} {:>6}  {:>8}  {:>8} {:>8}  {:>7}  {:>9} {:>8}",
        "input",
        "-j",
        "docs",
        "errors",
        "MB in",
        "docs/s",
        "MB/s",
        "speedup",
        "CPU ms/doc",
        "CPU/wall"
    );
    for (name, sub) in [("html", "html"), ("dumps", "dumps")] {
        let dir = ds.root.join(sub);
        if !dir.is_dir() {
            println!("{name}: {} not found; skipped", dir.display());
            continue;
        }
        // One untimed pass warms the file cache, so that -j 1 is not charged for cold reads.
        let _ = run(&cleaner, &dir, 2);
        let mut base = None;
        for &j in &jobs {
            // Whole passes until a few seconds have gone by, for steadier figures on a busy
            // machine; counts are per pass.
            let cpu_before = cpu_seconds();
            let mut s = Summary::default();
            let mut passes = 0;
            while passes == 0 || s.seconds < MIN_SECONDS {
                let one = run(&cleaner, &dir, j);
                s.documents = one.documents;
                s.errors = one.errors;
                s.bytes_in = one.bytes_in;
                s.seconds += one.seconds;
                passes += 1;
            }
            s.seconds /= passes as f64;
            let cpu = cpu_seconds()
                .zip(cpu_before)
                .map(|(a, b)| (a - b) / passes as f64);
            let n = (s.documents + s.errors) as f64;
            let rate = n / s.seconds;
            let base_rate = *base.get_or_insert(rate);
            // CPU per document shows the engine's overhead apart from how busy the machine is;
            // CPU/wall near `-j` means the threads were all busy.
            let (cpu_per_doc, busy) = match cpu {
                Some(c) => (
                    format!("{:.2}", c * 1e3 / n.max(1.0)),
                    format!("{:.2}", c / s.seconds),
                ),
                None => ("-".into(), "-".into()),
            };
            println!(
                "{:<6} {:>3}  {:>6} {:>6}  {:>8.1}  {:>8.1} {:>8.2}  {:>6.2}x  {:>9} {:>8}",
                name,
                j,
                s.documents,
                s.errors,
                s.bytes_in as f64 / 1e6,
                rate,
                s.bytes_in as f64 / 1e6 / s.seconds,
                rate / base_rate,
                cpu_per_doc,
                busy
            );
        }
    }
}
