//! Text cleaning throughput on the seed dumps repeated to 10 MB: as one large document, and as
//! many small documents (the seeds one by one, as a batch would see them).
//!
//! `cargo bench --bench clean_text` (criterion prints the throughput in MiB/s).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dechaff::{Cleaner, Input};
use std::path::Path;

const TARGET_BYTES: usize = 10 << 20;

fn seeds() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out: Vec<Vec<u8>> = std::fs::read_dir(root)
        .expect("fixtures")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("seed-"))
        .filter_map(|e| std::fs::read(e.path().join("input.txt")).ok())
        .collect();
    out.sort();
    out
}

fn bench(c: &mut Criterion) {
    let seeds = seeds();
    let cleaner = Cleaner::default();

    // Many documents: the seeds cycled until they add up to 10 MB.
    let mut docs: Vec<&[u8]> = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        for s in &seeds {
            docs.push(s);
            total += s.len();
        }
    }
    let mut g = c.benchmark_group("clean_text");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("seeds_as_documents_10MB", |b| {
        b.iter(|| {
            let mut kept = 0;
            for d in &docs {
                kept += cleaner
                    .clean(Input::text_bytes(d))
                    .map(|doc| doc.paragraphs.len())
                    .unwrap_or(0);
            }
            kept
        })
    });

    // One document: the seeds concatenated (each a separate block of the dump) to 10 MB.
    let mut big = Vec::with_capacity(TARGET_BYTES + 8192);
    while big.len() < TARGET_BYTES {
        for s in &seeds {
            big.extend_from_slice(s);
            big.extend_from_slice(b"\n\n");
        }
    }
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("seeds_as_one_document_10MB", |b| {
        b.iter(|| {
            cleaner
                .clean(Input::text_bytes(&big))
                .map(|d| d.paragraphs.len())
                .unwrap_or(0)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
