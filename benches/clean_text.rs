//! Text cleaning throughput on the seed dumps repeated to 10 MB: as one large document, and as
//! many small documents (the seeds one by one, as a batch would see them). And by kind of line,
//! on generated dumps of one kind each (`clean_lines`): the cost follows a dump's lines more than
//! its bytes, and short lines cost the most per byte, since every rule looks at them.
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

/// The paragraphs kept of a dump (what each bench returns, so that the clean is not optimised out).
fn paragraphs_of(cleaner: &Cleaner, dump: &[u8]) -> usize {
    cleaner
        .clean(Input::text_bytes(dump))
        .map(|d| d.paragraphs.len())
        .unwrap_or(0)
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
            docs.iter()
                .map(|d| paragraphs_of(&cleaner, d))
                .sum::<usize>()
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
        b.iter(|| paragraphs_of(&cleaner, &big))
    });
    g.finish();
}

/// The kinds of line [`dump_of`] writes.
#[derive(Clone, Copy)]
enum LineKind {
    Prose,
    TitleCase,
    Menu,
}

/// A dump of `lines` lines of one kind, from a fixed pseudo-random sequence: `prose` is three
/// sentences of 12 to 25 words a line, `title_case` four to nine words in Title Case (a menu's
/// or a card's label, a heading), `menu` one interface word and a count ("Sign up 42").
fn dump_of(kind: LineKind, lines: usize) -> Vec<u8> {
    const WORDS: &[&str] = &[
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "was", "with", "be", "by",
        "on", "not", "this", "are", "from", "at", "which", "have", "an", "they", "were", "her",
        "been", "has", "when", "who", "will", "more", "people", "state", "water", "city", "market",
        "report", "council", "season", "research", "school", "company", "price", "river", "plan",
        "study", "garden", "street", "energy", "policy", "history", "music", "village", "family",
    ];
    const MENU: &[&str] = &[
        "Home",
        "News",
        "Sport",
        "Contact us",
        "About",
        "Login",
        "Sign up",
        "Weather",
        "Business",
        "Culture",
        "Travel",
        "Video",
        "Search",
        "Privacy Policy",
        "Terms of Use",
    ];
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    let mut out = String::new();
    for _ in 0..lines {
        match kind {
            LineKind::Prose => {
                for s in 0..3 {
                    let n = 12 + next(14);
                    let words: Vec<&str> = (0..n).map(|_| WORDS[next(WORDS.len())]).collect();
                    let sentence = words.join(" ");
                    let mut chars = sentence.chars();
                    if s > 0 {
                        out.push(' ');
                    }
                    out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
                    out.push_str(chars.as_str());
                    out.push('.');
                }
                out.push_str("\n\n");
            }
            LineKind::TitleCase => {
                let n = 4 + next(6);
                let words: Vec<String> = (0..n)
                    .map(|_| {
                        let w = WORDS[next(WORDS.len())];
                        w[..1].to_ascii_uppercase() + &w[1..]
                    })
                    .collect();
                out.push_str(&words.join(" "));
                out.push('\n');
            }
            LineKind::Menu => {
                out.push_str(MENU[next(MENU.len())]);
                out.push_str(&format!(" {}\n", 1 + next(99)));
            }
        }
    }
    out.into_bytes()
}

fn bench_line_kinds(c: &mut Criterion) {
    let cleaner = Cleaner::default();
    let mut g = c.benchmark_group("clean_lines");
    g.sample_size(10);
    for (name, kind, lines) in [
        ("prose", LineKind::Prose, 800),
        ("title_case", LineKind::TitleCase, 3000),
        ("menu", LineKind::Menu, 4000),
    ] {
        let dump = dump_of(kind, lines);
        g.throughput(Throughput::Bytes(dump.len() as u64));
        g.bench_function(format!("{name}_{lines}_lines"), |b| {
            b.iter(|| paragraphs_of(&cleaner, &dump))
        });
    }
    g.finish();
}

criterion_group!(benches, bench, bench_line_kinds);
criterion_main!(benches);
