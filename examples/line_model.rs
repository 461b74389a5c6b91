//! Trains `text.line-model` on the WCXB development dumps and writes its weight table.
//!
//! ```text
//! cargo run --release --example line_model                       # all dumps -> src/rules/linemodel/weights.tsv
//! cargo run --release --example line_model -- --out w.tsv --fold 0   # train on fold 0's sites only
//! cargo run --release --example score_dumps -- --precision --line-model w.tsv --pages /tmp/fold1.txt
//! ```
//!
//! The lines are those the model judges (what every named rule kept), probed with the model
//! switched off, so that the data do not depend on the model being trained. A line is labelled
//! content when its words are in the page's gold body (for a short line: the line itself, word
//! for word), boilerplate when they mostly are not; lines in between are left out. Lines holding
//! a gold `with` or `without` snippet weigh more. Lexical features (words, word pairs, first and
//! last words) are kept only when they occur on at least `MIN_SITES` sites, so that the model
//! learns the vocabulary of page chrome, not the pages. Logistic regression with L2, fitted by
//! AdaGrad from a fixed seed: the same data give the same table.
//!
//! The constants below can be overridden for experiments from the environment: `LM_SNIPPET_WEIGHT`,
//! `LM_L2`, `LM_MIN_SITES`, `LM_EPOCHS`, `LM_BOILERPLATE_WEIGHT` (the weight of a boilerplate
//! line), and `LM_DROP=kind,kind` leaves out the features of those kinds.
//!
//! `--fold K` trains on the sites of fold K of two (by domain) and writes the page ids of the
//! other fold to `/tmp/fold{1-K}.txt`, for an honest score. WCXB is CC-BY-4.0, (c) 2026 Murrough
//! Foley.

use dechaff::eval::{normalized, words, Dataset};
use dechaff::{Cleaner, Input};
use std::collections::{HashMap, HashSet};
use std::io::Write;

const MIN_SITES: usize = 5;
const EPOCHS: usize = 25;
const LEARNING_RATE: f64 = 0.1;
const L2: f64 = 1e-5;
const SNIPPET_WEIGHT: f64 = 3.0;
const THRESHOLD: f64 = 0.25;
/// Smaller weights are left out of the table: they change few decisions and cost look-ups.
const MIN_WEIGHT: f64 = 0.02;
const LEXICAL: &[&str] = &["w", "W", "b", "B", "first", "last"];

/// A line's named features, its label and its weight.
type Labelled = (Vec<(String, f32)>, f64, f64);

struct Example {
    features: Vec<(usize, f32)>,
    label: f64,
    weight: f64,
}

fn label(line: &str, gold_norm: &str, gold_words: &HashSet<String>) -> Option<f64> {
    let ws = words(line);
    if ws.is_empty() {
        return None;
    }
    if gold_norm.contains(&normalized(line)) {
        return Some(0.0);
    }
    let inside = ws.iter().filter(|w| gold_words.contains(*w)).count() as f64 / ws.len() as f64;
    if ws.len() <= 6 {
        return (inside < 1.0).then_some(1.0);
    }
    if inside < 0.5 {
        Some(1.0)
    } else if inside >= 0.85 {
        Some(0.0)
    } else {
        None
    }
}

/// A deterministic shuffle (xorshift), so that training is repeatable.
fn shuffle(v: &mut [usize], mut seed: u64) {
    for i in (1..v.len()).rev() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        v.swap(i, (seed % (i as u64 + 1)) as usize);
    }
}

fn fold_of(domain: &str) -> usize {
    (dechaff::text::fnv1a(domain.as_bytes(), dechaff::text::FNV_OFFSET) & 1) as usize
}

/// A training constant, or its value from the environment (`LM_NAME`), for experiments.
fn knob(name: &str, default: f64) -> f64 {
    std::env::var(format!("LM_{name}"))
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let snippet_weight = knob("SNIPPET_WEIGHT", SNIPPET_WEIGHT);
    let l2 = knob("L2", L2);
    let min_sites = knob("MIN_SITES", MIN_SITES as f64) as usize;
    let epochs = knob("EPOCHS", EPOCHS as f64) as usize;
    let bp_weight = knob("BOILERPLATE_WEIGHT", 1.0);
    let drop: Vec<String> = std::env::var("LM_DROP")
        .unwrap_or_default()
        .split(',')
        .filter(|k| !k.is_empty())
        .map(String::from)
        .collect();
    let mut out = "src/rules/linemodel/weights.tsv".to_string();
    let mut fold: Option<usize> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out = args.next().unwrap_or(out),
            "--fold" => fold = args.next().and_then(|v| v.parse().ok()),
            other => {
                eprintln!("unknown argument {other}; see the example's doc comment");
                std::process::exit(2);
            }
        }
    }
    let Some(data) = Dataset::locate() else {
        println!(
            "WCXB development split not found (../shared/wcxb-dev or $WCXB_DIR); nothing to do."
        );
        return;
    };
    let cleaner = Cleaner::builder()
        .preset(dechaff::Preset::Precision)
        .disable("text.line-model")
        // (The model's pitch look in the default preset too: the lines are those no use of the
        // model has judged.)
        .disable("text.pitch-line")
        .build()
        .expect("valid options");

    // Lines, labels, and the sites each feature occurs on.
    let mut raw: Vec<Labelled> = Vec::new();
    let mut sites: HashMap<String, HashSet<String>> = HashMap::new();
    let mut held_out = Vec::new();
    for page in &data.pages {
        if fold.is_some_and(|k| fold_of(&page.domain) != k) {
            held_out.push(page.id.clone());
            continue;
        }
        let (Some(dump), Some((gold, _))) = (data.dump(&page.id), data.gold(&page.id)) else {
            continue;
        };
        let Ok(lines) = cleaner.line_model_probe(Input::text_bytes(&dump)) else {
            continue;
        };
        let gold_norm = normalized(&gold.main_content);
        let gold_words: HashSet<String> = words(&gold.main_content).into_iter().collect();
        let holds = |snippets: &[String], line: &str| {
            let l = normalized(line);
            snippets.iter().any(|s| {
                let s = normalized(s);
                !s.trim().is_empty() && l.contains(&s)
            })
        };
        for line in lines {
            let Some(y) = label(&line.text, &gold_norm, &gold_words) else {
                continue;
            };
            let snippet = if y > 0.5 {
                holds(&gold.without, &line.text)
            } else {
                holds(&gold.with, &line.text)
            };
            let features: Vec<(String, f32)> = line
                .features
                .into_iter()
                .filter(|(n, _)| !drop.iter().any(|k| n.split('\t').next() == Some(k)))
                .collect();
            for (name, _) in &features {
                sites
                    .entry(name.clone())
                    .or_default()
                    .insert(page.domain.clone());
            }
            let weight = (1.0 + if snippet { snippet_weight } else { 0.0 })
                * if y > 0.5 { bp_weight } else { 1.0 };
            raw.push((features, y, weight));
        }
    }
    let mut names: Vec<&String> = sites
        .iter()
        .filter(|(name, s)| {
            let kind = name.split('\t').next().unwrap_or("");
            !LEXICAL.contains(&kind) || s.len() >= min_sites
        })
        .map(|(n, _)| n)
        .collect();
    names.sort();
    let index: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let examples: Vec<Example> = raw
        .iter()
        .map(|(f, y, w)| Example {
            features: f
                .iter()
                .filter_map(|(n, x)| index.get(n.as_str()).map(|&i| (i, *x)))
                .collect(),
            label: *y,
            weight: *w,
        })
        .collect();
    println!(
        "{} lines ({} boilerplate), {} features",
        examples.len(),
        examples.iter().filter(|e| e.label > 0.5).count(),
        names.len()
    );

    // Logistic regression, AdaGrad, L2 applied to the weights an example touches.
    let mut w = vec![0f64; names.len()];
    let mut g2 = vec![1e-8f64; names.len()];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    for epoch in 0..epochs {
        shuffle(&mut order, 0x5EED + epoch as u64);
        let mut loss = 0.0;
        for &k in &order {
            let e = &examples[k];
            let z: f64 = e.features.iter().map(|&(i, x)| w[i] * x as f64).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            loss -= e.weight
                * if e.label > 0.5 {
                    p.max(1e-12).ln()
                } else {
                    (1.0 - p).max(1e-12).ln()
                };
            let err = e.weight * (p - e.label);
            for &(i, x) in &e.features {
                let g = err * x as f64 + l2 * w[i];
                g2[i] += g * g;
                w[i] -= LEARNING_RATE * g / g2[i].sqrt();
            }
        }
        if epoch % 5 == 4 || epoch == epochs - 1 {
            println!(
                "epoch {}: loss {:.4}",
                epoch + 1,
                loss / examples.len() as f64
            );
        }
    }

    let mut f = std::io::BufWriter::new(std::fs::File::create(&out).expect("weights file"));
    writeln!(
        f,
        "# text.line-model weights (kind, value, weight), written by examples/line_model.rs from\n\
         # the WCXB development dumps (CC-BY-4.0, (c) 2026 Murrough Foley); {} lines, {} features.",
        examples.len(),
        names.len()
    )
    .expect("write");
    writeln!(f, "threshold\t\t{THRESHOLD}").expect("write");
    for (name, &wi) in names.iter().zip(&w) {
        if wi.abs() >= MIN_WEIGHT {
            writeln!(f, "{name}\t{wi:.3}").expect("write");
        }
    }
    println!("weights written to {out}");
    if let Some(k) = fold {
        let path = format!("/tmp/fold{}.txt", 1 - k);
        std::fs::write(&path, held_out.join("\n")).expect("fold file");
        println!("held-out pages: {path}");
    }
}
