//! Scoring against the WCXB benchmark (Web Content Extraction Benchmark, CC-BY-4.0,
//! (c) 2026 Murrough Foley): word-level F1, `with` snippet recall and `without` snippet leaks.
//!
//! The metric follows WCXB: lower-case, take `\w+` words, compare as multisets; precision =
//! overlap / predicted words, recall = overlap / gold words; averaged over pages. This module only
//! reads the data set from a directory the caller names (usually `../shared/wcxb-dev`); nothing
//! of it is shipped with the crate.

use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};

/// `\w+` words of `s`, lower-cased.
pub fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// Precision, recall and F1 of predicted words against gold words, as multisets.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

pub fn word_prf(predicted: &str, gold: &str) -> Prf {
    let (p, g) = (words(predicted), words(gold));
    if p.is_empty() && g.is_empty() {
        return Prf {
            precision: 1.0,
            recall: 1.0,
            f1: 1.0,
        };
    }
    if p.is_empty() || g.is_empty() {
        return Prf::default();
    }
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for w in &g {
        *counts.entry(w).or_default() += 1;
    }
    let mut overlap = 0usize;
    for w in &p {
        if let Some(c) = counts.get_mut(w.as_str()) {
            if *c > 0 {
                *c -= 1;
                overlap += 1;
            }
        }
    }
    let precision = overlap as f64 / p.len() as f64;
    let recall = overlap as f64 / g.len() as f64;
    let f1 = if overlap == 0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Prf {
        precision,
        recall,
        f1,
    }
}

/// The predicted text reduced to its words, for snippet look-ups.
pub fn normalized(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(' ');
    for w in words(s) {
        out.push_str(&w);
        out.push(' ');
    }
    out
}

/// WCXB's snippets are cut at this many characters, often inside a word: 459 of the 6,047
/// `with` snippets of the development split are 80 characters long, 273 of them ending in part
/// of a word ("…our sleek wired Video Doorb"). Matched word for word, those would be missed by
/// every output, the gold body itself included.
const SNIPPET_CUT_CHARS: std::ops::RangeInclusive<usize> = 80..=81;

/// Does the normalised text (from [`normalized`]) contain the snippet's words in sequence? The
/// last word of a snippet cut at WCXB's length (see `SNIPPET_CUT_CHARS`) may be the start of a
/// word of the text.
pub fn contains_snippet(normalized_text: &str, snippet: &str) -> bool {
    let sn = normalized(snippet);
    if sn.trim().is_empty() || normalized_text.contains(&sn) {
        return true;
    }
    let cut = SNIPPET_CUT_CHARS.contains(&snippet.chars().count())
        && snippet.chars().last().is_some_and(char::is_alphanumeric);
    cut && normalized_text.contains(sn.trim_end())
}

/// One page's gold standard.
#[derive(Debug, Clone, Deserialize)]
pub struct GroundTruth {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub publish_date: Option<String>,
    #[serde(default)]
    pub main_content: String,
    #[serde(default)]
    pub with: Vec<String>,
    #[serde(default)]
    pub without: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldFile {
    #[serde(default)]
    url: Option<String>,
    ground_truth: GroundTruth,
}

#[derive(Debug, Clone, Deserialize)]
struct MetaFile {
    files: BTreeMap<String, PageMeta>,
}

/// A page of the data set: its id ("0001"), type and domain.
#[derive(Debug, Clone, Deserialize)]
pub struct PageMeta {
    #[serde(skip)]
    pub id: String,
    pub page_type: String,
    #[serde(default)]
    pub domain: String,
}

/// The WCXB development split on disk.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub root: PathBuf,
    pub pages: Vec<PageMeta>,
}

impl Dataset {
    /// Opens the data set at `root`; `None` when it is absent or unreadable.
    pub fn open(root: impl AsRef<Path>) -> Option<Dataset> {
        let root = root.as_ref().to_path_buf();
        let meta: MetaFile =
            serde_json::from_slice(&std::fs::read(root.join("metadata.json")).ok()?).ok()?;
        let pages = meta.files.into_iter().map(|(id, mut m)| {
            m.id = id;
            m
        });
        Some(Dataset {
            root,
            pages: pages.collect(),
        })
    }

    /// Finds the data set next to the project (`../shared/wcxb-dev`) or at `$WCXB_DIR`.
    pub fn locate() -> Option<Dataset> {
        if let Ok(dir) = std::env::var("WCXB_DIR") {
            return Dataset::open(dir);
        }
        let here = Path::new(env!("CARGO_MANIFEST_DIR"));
        Dataset::open(here.join("../shared/wcxb-dev"))
    }

    /// The gold of page `id` and its URL.
    pub fn gold(&self, id: &str) -> Option<(GroundTruth, Option<String>)> {
        let f: GoldFile = serde_json::from_slice(
            &std::fs::read(self.root.join("ground-truth").join(format!("{id}.json"))).ok()?,
        )
        .ok()?;
        Some((f.ground_truth, f.url))
    }

    /// The page's HTML bytes (gunzipped).
    pub fn html(&self, id: &str) -> Option<Vec<u8>> {
        let gz = std::fs::read(self.root.join("html").join(format!("{id}.html.gz"))).ok()?;
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&gz[..])
            .read_to_end(&mut out)
            .ok()?;
        Some(out)
    }

    /// The page's raw text dump, where present.
    pub fn dump(&self, id: &str) -> Option<Vec<u8>> {
        std::fs::read(self.root.join("dumps").join(format!("{id}.txt"))).ok()
    }

    /// A fixed, evenly spread sample of about `n` pages (every k-th page), stable across runs.
    pub fn sample(&self, n: usize) -> Vec<&PageMeta> {
        let step = (self.pages.len() / n.max(1)).max(1);
        self.pages.iter().step_by(step).take(n).collect()
    }
}

/// Sums of scores per page type.
#[derive(Debug, Clone, Default)]
pub struct Scoreboard {
    by_type: BTreeMap<String, Acc>,
    all: Acc,
}

#[derive(Debug, Clone, Copy, Default)]
struct Acc {
    pages: usize,
    p: f64,
    r: f64,
    f1: f64,
    with_found: usize,
    with_total: usize,
    without_leaked: usize,
    without_total: usize,
}

/// One page's result.
#[derive(Debug, Clone, Copy, Default)]
pub struct PageScore {
    pub prf: Prf,
    pub with_found: usize,
    pub with_total: usize,
    pub without_leaked: usize,
    pub without_total: usize,
}

/// Scores one predicted body against its gold.
pub fn score_page(predicted: &str, gold: &GroundTruth) -> PageScore {
    let norm = normalized(predicted);
    let with_found = gold
        .with
        .iter()
        .filter(|s| contains_snippet(&norm, s))
        .count();
    let without_leaked = gold
        .without
        .iter()
        .filter(|s| !normalized(s).trim().is_empty() && contains_snippet(&norm, s))
        .count();
    PageScore {
        prf: word_prf(predicted, &gold.main_content),
        with_found,
        with_total: gold.with.len(),
        without_leaked,
        without_total: gold.without.len(),
    }
}

impl Acc {
    fn add(&mut self, s: &PageScore) {
        self.pages += 1;
        self.p += s.prf.precision;
        self.r += s.prf.recall;
        self.f1 += s.prf.f1;
        self.with_found += s.with_found;
        self.with_total += s.with_total;
        self.without_leaked += s.without_leaked;
        self.without_total += s.without_total;
    }
    fn row(&self, name: &str) -> String {
        let n = self.pages.max(1) as f64;
        format!(
            "{:<14} {:>5}  {:>6.3} {:>6.3} {:>6.3}  {:>6.3}  {:>6.3}",
            name,
            self.pages,
            self.f1 / n,
            self.p / n,
            self.r / n,
            ratio(self.with_found, self.with_total),
            ratio(self.without_leaked, self.without_total)
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Scoreboard {
    pub fn add(&mut self, page_type: &str, s: &PageScore) {
        self.by_type
            .entry(page_type.to_string())
            .or_default()
            .add(s);
        self.all.add(s);
    }
    pub fn pages(&self) -> usize {
        self.all.pages
    }
    /// Mean word-F1 over all pages.
    pub fn f1(&self) -> f64 {
        self.all.f1 / self.all.pages.max(1) as f64
    }
    /// Mean word-F1 of one page type.
    pub fn f1_of(&self, page_type: &str) -> Option<f64> {
        self.by_type
            .get(page_type)
            .map(|a| a.f1 / a.pages.max(1) as f64)
    }
    /// Share of `with` snippets found.
    pub fn with_recall(&self) -> f64 {
        ratio(self.all.with_found, self.all.with_total)
    }
    /// Share of `without` snippets leaked into the output.
    pub fn without_leak(&self) -> f64 {
        ratio(self.all.without_leaked, self.all.without_total)
    }
    /// A table: pages, F1, precision, recall, `with` recall, `without` leak; per type and overall.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{:<14} {:>5}  {:>6} {:>6} {:>6}  {:>6}  {:>6}\n",
            "type", "pages", "F1", "P", "R", "with", "leak"
        );
        for (t, a) in &self.by_type {
            out.push_str(&a.row(t));
            out.push('\n');
        }
        out.push_str(&self.all.row("ALL"));
        out.push('\n');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f1_as_multisets() {
        let s = word_prf("the cat the cat", "The cat sat");
        assert!((s.precision - 0.5).abs() < 1e-9);
        assert!((s.recall - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(word_prf("", "").f1, 1.0);
        assert_eq!(word_prf("a", "").f1, 0.0);
    }

    #[test]
    fn snippets() {
        let n = normalized("Home page. Log in, now!");
        assert!(contains_snippet(&n, "log in"));
        assert!(contains_snippet(&n, "Home"));
        assert!(!contains_snippet(&n, "Hom"));
        // A snippet cut at 80 characters inside its last word.
        let n = normalized(
            "Now with 2K and 4K options for enhanced video clarity, our sleek wired Video Doorbells \
             combine everyday convenience with total performance.",
        );
        let cut =
            "Now with 2K and 4K options for enhanced video clarity, our sleek wired Video Doo";
        assert_eq!(cut.chars().count(), 80);
        assert!(contains_snippet(&n, cut));
        assert!(!contains_snippet(&n, "our sleek wired Video Doorb"));
        assert!(!contains_snippet(
            &normalized("an unrelated sentence of some length"),
            cut
        ));
    }
}

/// A WCXB dump without its first line, the page's `<title>`, and the blank lines under it: the
/// text alone, as scrapers that save the body's text give it.
pub fn without_title_line(dump: &[u8]) -> &[u8] {
    let rest = match dump.iter().position(|&b| b == b'\n') {
        Some(k) => &dump[k + 1..],
        None => &[],
    };
    let blank = rest
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    &rest[blank..]
}

/// A WCXB dump without its blank lines: each block on its own line with no gap between
/// paragraphs, as scrapers that join an element's text lines with single newlines write it.
/// The line breaks (`\n` or `\r\n`) of the lines kept stay as they were.
pub fn without_blank_lines(dump: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(dump.len());
    for line in dump.split_inclusive(|&b| b == b'\n') {
        if !line.iter().all(u8::is_ascii_whitespace) {
            out.extend_from_slice(line);
        }
    }
    out
}

/// A WCXB dump hard-wrapped at `width` characters, as text browsers and mail clients save a
/// page (`lynx -dump`, `w3m -dump`): each line longer than that is broken at its last space
/// that fits, greedily; a word longer than the width stands on a line of its own. Shorter lines
/// and the blank lines stay as they were.
pub fn wrapped_at(dump: &[u8], width: usize) -> Vec<u8> {
    let text = String::from_utf8_lossy(dump);
    let mut out = String::with_capacity(text.len() + text.len() / width.max(1));
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if line.chars().count() <= width {
            out.push_str(line);
            continue;
        }
        let mut used = 0;
        for word in line.split_whitespace() {
            let n = word.chars().count();
            if used > 0 && used + 1 + n > width {
                out.push('\n');
                used = 0;
            } else if used > 0 {
                out.push(' ');
                used += 1;
            }
            out.push_str(word);
            used += n;
        }
    }
    out.into_bytes()
}

/// Agreement of the metadata found with the gold's title, author and publication date, over
/// pages: the title's words equal to the gold's (and their word F1); the date's day
/// ([`crate::MetaField::normalized`]) equal to the gold's, over the pages with a gold date; the
/// author found, and naming the gold's (one contains the other, in words), over the pages with a
/// gold author.
#[derive(Debug, Default, Clone)]
pub struct MetadataBoard {
    pages: usize,
    title_exact: usize,
    title_f1: f64,
    dated: usize,
    date_same_day: usize,
    date_found: usize,
    authored: usize,
    author_same: usize,
    author_found: usize,
}

impl MetadataBoard {
    pub fn add(&mut self, found: &crate::Metadata, gold: &GroundTruth) {
        self.pages += 1;
        let title = found.title.as_ref().map_or("", |t| t.value.as_str());
        let gold_title = gold.title.as_deref().unwrap_or("");
        if words(title) == words(gold_title) {
            self.title_exact += 1;
        }
        self.title_f1 += word_prf(title, gold_title).f1;
        if let Some(day) = gold
            .publish_date
            .as_deref()
            .and_then(|d| d.get(..10))
            .filter(|d| !d.trim().is_empty())
        {
            self.dated += 1;
            let ours = found.date.as_ref().and_then(|d| d.normalized.as_deref());
            self.date_found += usize::from(found.date.is_some());
            self.date_same_day += usize::from(ours == Some(day));
        }
        if let Some(author) = gold.author.as_deref().filter(|a| !words(a).is_empty()) {
            self.authored += 1;
            if let Some(a) = &found.author {
                self.author_found += 1;
                let (ours, theirs) = (words(&a.value).join(" "), words(author).join(" "));
                if !ours.is_empty() && (ours.contains(&theirs) || theirs.contains(&ours)) {
                    self.author_same += 1;
                }
            }
        }
    }

    /// The share of pages whose title's words are the gold's.
    pub fn title_exact(&self) -> f64 {
        self.title_exact as f64 / self.pages.max(1) as f64
    }

    /// The share of pages with a gold author whose author was found and names the gold's.
    pub fn author_same(&self) -> f64 {
        self.author_same as f64 / self.authored.max(1) as f64
    }

    /// One line: `metadata: title 0.793 exact (word F1 0.902); date 0.740 same day (found
    /// 0.828, of 708); author 0.584 (found 0.630, of 673)`.
    pub fn summary(&self) -> String {
        let share = |a: usize, n: usize| a as f64 / n.max(1) as f64;
        format!(
            "metadata: title {:.3} exact (word F1 {:.3}); date {:.3} same day (found {:.3}, of {}); author {:.3} (found {:.3}, of {})",
            share(self.title_exact, self.pages),
            self.title_f1 / self.pages.max(1) as f64,
            share(self.date_same_day, self.dated),
            share(self.date_found, self.dated),
            self.dated,
            share(self.author_same, self.authored),
            share(self.author_found, self.authored),
            self.authored,
        )
    }
}
