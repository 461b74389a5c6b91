//! Mutation fuzzing on the stable toolchain: no input may crash, hang or blow up the cleaner.
//!
//! ```text
//! cargo run --release --example mutate [-- --cases N] [-- --seed S] [-- --wcxb N] [-- --out DIR]
//!     [-- --budget-ms MS]
//! cargo run --release --example mutate -- --replay FILE...
//! ```
//!
//! Seeds: the fixtures' inputs, `../shared/seeds`, and a sample of `N` WCXB development pages and
//! dumps (default 150 of each). Each case (three in four on a window of up to 32 KiB of its
//! seed, the rest on the whole seed) stacks one to four mutations, chosen by a seeded PRNG
//! (so a run is reproducible from `--seed`): truncation, splicing two inputs, inserting, deleting
//! or duplicating byte ranges, flipped bytes, invalid UTF-8, NUL bytes, deep nesting of random
//! tags, unclosed comments/CDATA/script/style, huge attribute values, lone-surrogate and giant
//! numeric character references, BOMs in the middle, CR-only line ends, 10k-long lines of one
//! character, thousands of blank lines, repeated lines, stray markup and boilerplate words.
//!
//! Every case is cleaned as text, as HTML and sniffed, in every preset, under `catch_unwind` on a
//! thread with the default 2 MiB stack. Each result is checked against the accounting invariant
//! (`tests/support/*_accounting.rs`, the checkers the tests use). A clean over `--budget-ms`
//! (default 1000; times are the thread's CPU time) is flagged slow; a slow-ish one (or a random
//! 2%) is cleaned again with its input doubled, and flagged superlinear when that takes over three
//! times as long. A watchdog writes the input and exits if one clean takes over 120 s (wall
//! clock). Failing inputs go to `--out` (default `target/mutate`, a few per distinct failure)
//! with a `.txt` note; `last-case.bin` there holds the case in progress, which is what to look at
//! if the process died (a stack overflow aborts). `--replay` runs the checks on the given files
//! (every kind and preset) and prints what fails.

#[path = "../tests/support/args.rs"]
mod args;
#[path = "../tests/support/html_accounting.rs"]
mod html_accounting;
#[path = "../tests/support/text_accounting.rs"]
mod text_accounting;

#[path = "../tests/support/cpu_time.rs"]
mod cpu_time;
#[path = "../tests/support/rng.rs"]
mod rng;
use cpu_time::thread_cpu_time;
use dechaff::{CleanDoc, Cleaner, Input, InputKind, Preset};
use rng::Rng;
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const TAGS: &[&str] = &[
    "div",
    "p",
    "span",
    "a",
    "b",
    "i",
    "table",
    "tr",
    "td",
    "ul",
    "li",
    "ol",
    "section",
    "article",
    "nav",
    "header",
    "footer",
    "aside",
    "main",
    "h1",
    "h2",
    "form",
    "select",
    "option",
    "template",
    "svg",
    "math",
    "font",
    "center",
    "blockquote",
    "pre",
    "code",
    "dl",
    "dt",
    "dd",
    "figure",
    "button",
    "noscript",
    "iframe",
    "object",
    "frameset",
];

const RAW_OPENERS: &[&str] = &[
    "<!--",
    "<![CDATA[",
    "<script>",
    "<style>",
    "<textarea>",
    "<title>",
    "<xmp>",
    "<plaintext>",
    "<noscript>",
    "<iframe>",
    "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"",
    "<!",
    "<?",
    "</",
    "<a href=\"",
    "<div class='",
    "<!DOCTYPE",
    "<svg><![CDATA[",
];

const STRAY: &[&str] = &[
    "<br>",
    "</p>",
    "<p>",
    "</div>",
    "<li>",
    "<table>",
    "</table>",
    "<td>",
    "&amp;",
    "&",
    "&#",
    "&#x;",
    "<",
    ">",
    "<meta charset=shift_jis>",
    "<meta charset=\"utf-16\">",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">",
    "<meta property=\"og:title\" content=\"",
    "<meta name=\"author\" content=\"A. Writer\">",
    "<html>",
    "</html>",
    "<body>",
    "</body>",
    "<head>",
    "<base href=x>",
    "<img alt=\"",
    "<time datetime=\"2024-01-01\">",
    "[caption id=\"a\"]",
    "[/caption]",
    "\u{200b}",
    "\u{a0}",
    "\u{2028}",
    "\u{202e}",
    "\u{301}\u{301}\u{301}",
];

const CHROME: &[&str] = &[
    "Share",
    "Tweet",
    "Home | News | Sport | Contact",
    "© 2024 All rights reserved | Daily Example",
    "Read more",
    "Related Posts",
    "By John Smith",
    "Posted on March 3, 2024",
    "Advertisement",
    "Click here to subscribe",
    "Tags: a, b, c",
    "Cookies help us deliver our services.",
    "Skip to content",
    "Loading...",
    "1 2 3 4 5 Next »",
];

const ENTITIES: &[&str] = &[
    "&#xD800;",
    "&#xDFFF;",
    "&#55296;",
    "&#99999999999999999999999999;",
    "&#x110000;",
    "&#xFFFFFFFFFFFFFFFFFFFF;",
    "&#0;",
    "&#x0;",
    "&#128;",
    "&#x80;",
    "&#65279;",
    "&nbsp",
    "&notin",
    "&notit;",
    "&amp;amp;",
    "&#x1F600;",
    "&#000000000000000000000000065;",
    "&CounterClockwiseContourIntegral;",
];

const INVALID_UTF8: &[&[u8]] = &[
    b"\xff",
    b"\xfe\xff",
    b"\xc3",
    b"\xe2\x82",
    b"\xf0\x9f\x98",
    b"\xed\xa0\x80",
    b"\xc0\xaf",
    b"\x80\x80\x80",
    b"\xf8\x88\x80\x80\x80",
];

const LONG_CHARS: &[&str] = &[
    "a", "-", "=", ".", " ", "<", "&", "|", "é", "中", "\t", "*", "\u{a0}", "#", ">", "/", "0",
];

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], input: &mut Vec<u8>, names: &mut Vec<&'static str>) {
    let len = input.len();
    let at = rng.below(len + 1);
    match rng.below(21) {
        0 => {
            names.push("truncate");
            input.truncate(at);
        }
        1 => {
            names.push("splice");
            let other = rng.pick(seeds);
            let from = rng.below(other.len() + 1);
            input.truncate(at);
            input.extend_from_slice(&other[from..]);
        }
        2 => {
            names.push("insert-range");
            let other = rng.pick(seeds);
            let (a, b) = rng.range(other.len());
            let piece = other[a..b].to_vec();
            input.splice(at..at, piece);
        }
        3 => {
            names.push("delete-range");
            let (a, b) = rng.range(len);
            input.drain(a..b);
        }
        4 => {
            names.push("duplicate-range");
            let (a, b) = rng.range(len);
            let times = [1, 2, 10, 100, 1000][rng.below(5)];
            let piece = input[a..b].repeat(times);
            input.splice(b..b, piece);
        }
        5 => {
            names.push("flip-bytes");
            for _ in 0..1 + rng.below(32) {
                if input.is_empty() {
                    break;
                }
                let i = rng.below(input.len());
                input[i] = match rng.below(3) {
                    0 => input[i] ^ (1 << rng.below(8)),
                    1 => rng.next() as u8,
                    _ => *rng.pick(b"<>&;\"'=/!-\n\r\t \0#x"),
                };
            }
        }
        6 => {
            names.push("invalid-utf8");
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(input.len() + 1);
                let bad = *rng.pick(INVALID_UTF8);
                input.splice(i..i, bad.iter().copied());
            }
        }
        7 => {
            names.push("deep-nesting");
            let tag = rng.pick(TAGS);
            let depth = [10, 300, 3000, 30_000, 100_000][rng.below(5)];
            let mut piece = format!("<{tag}>").repeat(depth);
            if rng.chance(3) {
                piece.push_str("text inside the nest");
                piece.push_str(&format!("</{tag}>").repeat(depth));
            }
            input.splice(at..at, piece.into_bytes());
        }
        8 => {
            names.push("unclosed-raw");
            let opener = rng.pick(RAW_OPENERS);
            input.splice(at..at, opener.bytes());
        }
        9 => {
            names.push("huge-attribute");
            let n = [1000, 100_000, 1_000_000][rng.below(3)];
            let value = rng.pick(LONG_CHARS).repeat(n);
            let close = if rng.chance(2) { "\">text" } else { "" };
            let piece = format!("<div class=\"{value}{close}");
            input.splice(at..at, piece.into_bytes());
        }
        10 => {
            names.push("nul-bytes");
            for _ in 0..1 + rng.below(16) {
                let i = rng.below(input.len() + 1);
                input.insert(i, 0);
            }
        }
        11 => {
            names.push("entities");
            insert_picks(rng, input, ENTITIES, 8);
        }
        12 => {
            names.push("bom");
            let boms: [&[u8]; 3] = [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"];
            let bom = *rng.pick(&boms);
            let i = if rng.chance(3) { 0 } else { at };
            input.splice(i..i, bom.iter().copied());
        }
        13 => {
            names.push("cr-only");
            for b in input.iter_mut() {
                if *b == b'\n' {
                    *b = b'\r';
                }
            }
        }
        14 => {
            names.push("long-line");
            let n = [10_000, 100_000][rng.below(2)];
            let mut piece = rng.pick(LONG_CHARS).repeat(n);
            piece.insert(0, '\n');
            piece.push('\n');
            input.splice(at..at, piece.into_bytes());
        }
        15 => {
            names.push("blank-lines");
            let n = [1000, 10_000, 100_000][rng.below(3)];
            let piece = rng
                .pick(&["\n", "\r\n", " \n", "<br>\n", "\n\u{a0}"])
                .repeat(n);
            input.splice(at..at, piece.into_bytes());
        }
        16 => {
            names.push("stray-markup");
            insert_picks(rng, input, STRAY, 16);
        }
        17 => {
            names.push("repeat-line");
            // One line repeated: stresses dedup and the run-of-lines rules.
            let line = rng.pick(CHROME);
            let n = [10, 1000, 20_000][rng.below(3)];
            let piece = format!("\n{line}").repeat(n);
            input.splice(at..at, piece.into_bytes());
        }
        18 => {
            names.push("chrome-words");
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(input.len() + 1);
                let s = format!("\n{}\n", rng.pick(CHROME));
                input.splice(i..i, s.into_bytes());
            }
        }
        19 => {
            names.push("mojibake");
            // A range read as Windows-1252 and saved as UTF-8 ("’" as "â€™"), or a sequence of
            // mojibake dropped in where it stands for nothing valid.
            if rng.chance(2) {
                let (a, z) = rng.range(input.len());
                let garbled = encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(&input[a..z])
                    .0
                    .into_owned();
                input.splice(a..z, garbled.into_bytes());
            } else {
                let bits = [
                    "â€™",
                    "Ã©",
                    "Â",
                    "â€",
                    "Ã",
                    "Ã\u{a0}",
                    "Ã¢â‚¬â„¢",
                    "Ð\u{9d}",
                ];
                let s = rng.pick(&bits).as_bytes().to_vec();
                input.splice(at..at, s);
            }
        }
        _ => {
            names.push("random-bytes");
            let n = 1 + rng.below(64);
            let piece: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
            input.splice(at..at, piece);
        }
    }
    // Keep cases small enough to run many: 8 MiB at most.
    input.truncate(8 << 20);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Kind {
    Text,
    Html,
    Sniff,
}

const KINDS: [Kind; 3] = [Kind::Text, Kind::Html, Kind::Sniff];
const PRESETS: [Preset; 3] = [Preset::Recall, Preset::Balanced, Preset::Precision];

thread_local! {
    static PANIC_MESSAGE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// One failure: its class, a short signature (to group repeats) and a message.
struct Failure {
    class: &'static str,
    signature: String,
    message: String,
}

fn input_of(kind: Kind, bytes: &[u8]) -> Input<'_> {
    match kind {
        Kind::Text => Input::text_bytes(bytes),
        Kind::Html => Input::html(bytes),
        Kind::Sniff => Input::sniff(bytes),
    }
}

/// When the clean in progress started (wall clock), for the watchdog; `None` between cleans.
static CLEAN_STARTED: Mutex<Option<Instant>> = Mutex::new(None);

/// Runs one clean: the document (`None` for a typed error) and the CPU time it took, or the
/// message of a panic.
fn run(
    cleaner: &Cleaner,
    kind: Kind,
    bytes: &[u8],
) -> (Result<Option<CleanDoc>, String>, Duration) {
    *CLEAN_STARTED.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
    let t = thread_cpu_time();
    let r = match catch_unwind(AssertUnwindSafe(|| {
        let doc = cleaner.clean(input_of(kind, bytes)).ok();
        // The renderings of the output must not fail either.
        if let Some(d) = &doc {
            std::hint::black_box((d.to_markdown(), dechaff::explain::explain(d, bytes, false)));
        }
        doc
    })) {
        Ok(doc) => Ok(doc),
        Err(_) => Err(PANIC_MESSAGE.with(|m| m.borrow().clone())),
    };
    let took = thread_cpu_time().saturating_sub(t);
    *CLEAN_STARTED.lock().unwrap_or_else(|e| e.into_inner()) = None;
    (r, took)
}

fn check(bytes: &[u8], doc: &CleanDoc) -> Result<(), String> {
    match doc.provenance.kind {
        InputKind::Text => text_accounting::check(bytes, doc),
        InputKind::Html => {
            // The checker reads the page as UTF-8; other encodings are not checked here.
            match std::str::from_utf8(bytes) {
                Ok(page) if doc.provenance.encoding == "UTF-8" => html_accounting::check(page, doc),
                _ => Ok(()),
            }
        }
    }
}

/// Cleans `bytes` every way; returns the failures and the slowest time.
fn test_case(
    cleaners: &[Cleaner],
    bytes: &[u8],
    budget: Duration,
    rng: &mut Rng,
) -> (Vec<Failure>, Duration) {
    let mut failures = Vec::new();
    let mut slowest = Duration::ZERO;
    for kind in KINDS {
        for (p, cleaner) in cleaners.iter().enumerate() {
            let (r, took) = run(cleaner, kind, bytes);
            slowest = slowest.max(took);
            let doc = match r {
                Err(msg) => {
                    let sig = msg.lines().next().unwrap_or("").to_string();
                    failures.push(Failure {
                        class: "panic",
                        signature: sig,
                        message: format!("{kind:?} {:?}: panic: {msg}", PRESETS[p]),
                    });
                    continue;
                }
                Ok(doc) => doc,
            };
            if let Some(doc) = &doc {
                if let Err(e) = check(bytes, doc) {
                    let sig: String = e.chars().take_while(|c| !c.is_ascii_digit()).collect();
                    failures.push(Failure {
                        class: "invariant",
                        signature: format!("{kind:?} {sig}"),
                        message: format!("{kind:?} {:?}: {e}", PRESETS[p]),
                    });
                }
            }
            if took > budget {
                failures.push(Failure {
                    class: "slow",
                    signature: format!("{kind:?} {:?}", PRESETS[p]),
                    message: format!(
                        "{kind:?} {:?}: {:.0} ms for {} bytes",
                        PRESETS[p],
                        took.as_secs_f64() * 1e3,
                        bytes.len()
                    ),
                });
            }
            // Doubling: a blow-up shows as time growing faster than the input.
            if p == 1 && (took > Duration::from_millis(40) || rng.chance(50)) {
                let doubled = [bytes, bytes].concat();
                let took2 = run(cleaner, kind, &doubled).1;
                if took2 > took * 3 + Duration::from_millis(30) {
                    // Measure again: even CPU time varies on a busy machine (caches).
                    let again = run(cleaner, kind, bytes).1.min(took);
                    let again2 = run(cleaner, kind, &doubled).1.min(took2);
                    if again2 > again * 3 + Duration::from_millis(30) {
                        failures.push(Failure {
                            class: "superlinear",
                            signature: format!("{kind:?}"),
                            message: format!(
                                "{kind:?} Balanced: {:.1} ms for {} bytes, {:.1} ms doubled",
                                again.as_secs_f64() * 1e3,
                                bytes.len(),
                                again2.as_secs_f64() * 1e3
                            ),
                        });
                    }
                }
            }
        }
    }
    (failures, slowest)
}

fn load_seeds(wcxb: usize) -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seeds = Vec::new();
    let mut add_dir = |dir: &Path, only_inputs: bool| {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                for name in ["input.txt", "input.html"] {
                    if let Ok(b) = std::fs::read(p.join(name)) {
                        seeds.push(b);
                    }
                }
            } else if !only_inputs {
                if let Ok(b) = std::fs::read(&p) {
                    seeds.push(b);
                }
            }
        }
    };
    add_dir(&root.join("fixtures"), true);
    add_dir(&root.join("../shared/seeds"), false);
    if let Some(ds) = dechaff::eval::Dataset::locate() {
        for page in ds.sample(wcxb) {
            if let Some(html) = ds.html(&page.id) {
                seeds.push(html);
            }
            if let Some(dump) = ds.dump(&page.id) {
                seeds.push(dump);
            }
        }
    }
    seeds.push(b"<p>A short page with one paragraph of text in it.</p>".to_vec());
    seeds.push(b"A short dump.\n\nWith two paragraphs of plain text.\n".to_vec());
    seeds
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Inserts one to `most` strings picked from `table` at random places of `input`.
fn insert_picks(rng: &mut Rng, input: &mut Vec<u8>, table: &[&str], most: usize) {
    for _ in 0..1 + rng.below(most) {
        let i = rng.below(input.len() + 1);
        let s = rng.pick(table);
        input.splice(i..i, s.bytes());
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let opt = |name: &str| args::opt(&args, name);
    let cases: u64 = opt("--cases")
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let seed: u64 = opt("--seed").and_then(|v| v.parse().ok()).unwrap_or(1);
    let wcxb: usize = opt("--wcxb").and_then(|v| v.parse().ok()).unwrap_or(150);
    let budget = Duration::from_millis(
        opt("--budget-ms")
            .and_then(|v| v.parse().ok())
            .unwrap_or(1000),
    );
    let out = PathBuf::from(
        opt("--out")
            .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/target/mutate").to_string()),
    );
    std::fs::create_dir_all(&out).expect("output dir");
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        PANIC_MESSAGE.with(|m| *m.borrow_mut() = format!("{at}: {msg}"));
    }));

    let replay: Vec<String> = match args.iter().position(|a| a == "--replay") {
        Some(i) => args[i + 1..].to_vec(),
        None => Vec::new(),
    };
    let worker = std::thread::Builder::new()
        .name("mutate".into())
        .spawn(move || {
            let cleaners: Vec<Cleaner> = PRESETS
                .iter()
                .map(|&p| Cleaner::builder().preset(p).build().expect("preset"))
                .collect();
            if !replay.is_empty() {
                let mut rng = Rng(seed);
                for f in &replay {
                    let bytes = std::fs::read(f).expect("replay file");
                    let (fails, slowest) = test_case(&cleaners, &bytes, budget, &mut rng);
                    println!(
                        "{f}: {} bytes, slowest {:.1} ms, {} failures",
                        bytes.len(),
                        slowest.as_secs_f64() * 1e3,
                        fails.len()
                    );
                    for x in fails {
                        println!("  [{}] {}", x.class, x.message);
                    }
                }
                return;
            }
            fuzz(&cleaners, cases, seed, wcxb, budget, &out);
        })
        .expect("worker thread");
    worker.join().expect("worker");
}

fn fuzz(cleaners: &[Cleaner], cases: u64, seed: u64, wcxb: usize, budget: Duration, out: &Path) {
    let seeds = load_seeds(wcxb);
    println!(
        "{} seeds; {cases} cases x 3 kinds x 3 presets; seed {seed}; out {}",
        seeds.len(),
        out.display()
    );
    // Watchdog: a clean that never returns cannot be caught; save the case and stop. Wall
    // clock, generous: the fuzzer runs niced on a shared machine.
    {
        let out = out.to_path_buf();
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_secs(1));
            let started = *CLEAN_STARTED.lock().unwrap_or_else(|e| e.into_inner());
            if started.is_some_and(|t| t.elapsed() > Duration::from_secs(120)) {
                let _ = std::fs::copy(out.join("last-case.bin"), out.join("hang.bin"));
                eprintln!("HANG: one clean ran over 120 s; input in hang.bin");
                std::process::exit(2);
            }
        });
    }
    let mut rng = Rng(seed);
    let mut counts: HashMap<&'static str, u64> = HashMap::new();
    let mut by_signature: HashMap<String, (u64, String)> = HashMap::new();
    let mut mutation_counts: HashMap<&'static str, u64> = HashMap::new();
    let mut bytes_total = 0u64;
    let mut slowest = (Duration::ZERO, 0usize);
    let started = Instant::now();
    for case in 0..cases {
        let seed_bytes = rng.pick(&seeds);
        // Mostly a window of the seed: small cases run fast, so many more of them run; whole
        // pages, one case in four, keep the size-related blow-ups in reach.
        let mut input = if rng.chance(4) {
            seed_bytes.clone()
        } else {
            let (a, b) = rng.range(seed_bytes.len());
            let b = b.max((a + [512, 4096, 32_768][rng.below(3)]).min(seed_bytes.len()));
            seed_bytes[a..b].to_vec()
        };
        let mut names = Vec::new();
        for _ in 0..1 + rng.below(4) {
            mutate(&mut rng, &seeds, &mut input, &mut names);
        }
        for n in &names {
            *mutation_counts.entry(n).or_default() += 1;
        }
        bytes_total += input.len() as u64;
        // The case in progress, for a post-mortem if the process dies.
        let _ = std::fs::write(out.join("last-case.bin"), &input);
        let (fails, took) = test_case(cleaners, &input, budget, &mut rng);
        if took > slowest.0 {
            slowest = (took, input.len());
        }
        for f in fails {
            *counts.entry(f.class).or_default() += 1;
            let key = format!("{} {}", f.class, f.signature);
            let entry = by_signature.entry(key).or_insert((0, f.message.clone()));
            entry.0 += 1;
            if entry.0 <= 3 {
                let name = format!("{}-{:016x}", f.class, fnv(&input));
                let _ = std::fs::write(out.join(format!("{name}.bin")), &input);
                let _ = std::fs::write(
                    out.join(format!("{name}.txt")),
                    format!("case {case}; mutations {names:?}\n{}\n", f.message),
                );
                eprintln!("case {case} [{}] {} ({names:?})", f.class, f.message);
            }
        }
        if (case + 1) % 1000 == 0 {
            eprintln!(
                "{} cases, {:.0} s, {:?}",
                case + 1,
                started.elapsed().as_secs_f64(),
                counts
            );
        }
    }
    println!(
        "{cases} cases ({} cleans), {:.1} MB of input, {:.0} s; slowest clean {:.0} ms ({} bytes)",
        cases * 9,
        bytes_total as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        slowest.0.as_secs_f64() * 1e3,
        slowest.1
    );
    let mut m: Vec<_> = mutation_counts.into_iter().collect();
    m.sort();
    println!("mutations: {m:?}");
    if by_signature.is_empty() {
        println!("no failures");
    }
    let mut sigs: Vec<_> = by_signature.into_iter().collect();
    sigs.sort();
    for (sig, (n, example)) in sigs {
        println!("{n:>6}  {sig}\n        e.g. {example}");
    }
}
