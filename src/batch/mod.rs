//! Batch mode: clean whole corpora in parallel into JSON Lines, in input order, with bounded
//! memory, and without losing a document.
//!
//! ```no_run
//! use dechaff::batch::{self, BatchOptions, Items, Source};
//! let cleaner = dechaff::Cleaner::default();
//! let options = BatchOptions::default();
//! let items = Items::new([Source::Path("corpus/".into())], options.max_doc_bytes);
//! let summary = batch::run(&cleaner, items, &options, None, std::io::stdout().lock(), |_| {})?;
//! eprintln!("{summary}");
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! Each input gives one line: the document as `clean --json` prints it plus `"path"` and `"ms"`
//! (milliseconds spent cleaning it), or `{ "path", "error": { "kind", "message" } }`. The output is
//! the same bytes whatever the number of threads, except for `"ms"` (which
//! [`BatchOptions::timing`] leaves out).

mod charset;
mod error;
mod jsonl;
mod pool;
mod source;
mod warc;

pub use error::{BatchError, ErrorKind};
pub use pool::WORKER_THREAD;
pub use source::{count_documents, DocKind, Item, Items, Source};

use crate::template::{TemplateLearner, TemplateOptions, TemplateStats};
use crate::{CleanDoc, Cleaner, Input};
use serde::Serialize;
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Options of a batch run.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// Worker threads (default: the number of cores).
    pub jobs: usize,
    /// Largest document read, in bytes (default 50 MB); a larger one gets an error record. Build
    /// the cleaner with the same `max_input_bytes`.
    pub max_doc_bytes: usize,
    /// Most documents in flight between reading and writing (default: 4 per thread, at least 16).
    pub window: usize,
    /// Write `"ms"` in each record (default true). Without it the output is byte-identical from
    /// run to run.
    pub timing: bool,
    /// Add `"markdown"`, the document as [`CleanDoc::to_markdown`] writes it, to each record
    /// (default false).
    pub markdown: bool,
    /// The charset of the documents whose collection declares none (a WARC record's HTTP header
    /// does): a label such as `windows-1251` (see [`Input::charset`]). Default none.
    pub charset: Option<String>,
}

impl Default for BatchOptions {
    fn default() -> Self {
        let jobs = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1);
        BatchOptions {
            jobs,
            max_doc_bytes: 50_000_000,
            window: 0,
            timing: true,
            markdown: false,
            charset: None,
        }
    }
}

impl BatchOptions {
    fn window(&self) -> usize {
        if self.window > 0 {
            self.window
        } else {
            (self.jobs * 4).max(16)
        }
    }
}

/// Counts for the progress display, after each record written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Progress {
    /// Records written (documents and errors).
    pub records: usize,
    pub errors: usize,
    /// Bytes of the documents read.
    pub bytes_in: u64,
    /// Number of inputs, once the reader has seen them all.
    pub total: Option<usize>,
    pub elapsed: Duration,
}

/// What a batch run did.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Summary {
    /// Documents cleaned.
    pub documents: usize,
    /// Error records written.
    pub errors: usize,
    /// Bytes of the documents read (after gunzipping), failed ones included.
    pub bytes_in: u64,
    /// Bytes of JSON Lines written.
    pub bytes_out: u64,
    pub seconds: f64,
    /// True when the run stopped early because the output was closed.
    pub interrupted: bool,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = self.seconds.max(1e-9);
        write!(
            f,
            "{} documents, {} errors, {:.1} MB in, {:.1} MB out, {:.2} s ({:.0} inputs/s, {:.1} MB/s)",
            self.documents,
            self.errors,
            self.bytes_in as f64 / 1e6,
            self.bytes_out as f64 / 1e6,
            self.seconds,
            (self.documents + self.errors) as f64 / s,
            self.bytes_in as f64 / 1e6 / s
        )
    }
}

#[derive(Serialize)]
struct DocRecord<'a> {
    path: &'a str,
    #[serde(flatten)]
    doc: &'a CleanDoc,
    #[serde(skip_serializing_if = "Option::is_none")]
    markdown: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ms: Option<f64>,
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    path: &'a str,
    error: &'a BatchError,
}

/// One finished input: its JSON line, and counts.
struct Outcome {
    line: Vec<u8>,
    ok: bool,
    bytes_in: u64,
}

/// Runs `f`, turning a panic into an error: one document that trips a bug in a rule must not
/// stop the batch (nor leave a hole in the ordered output).
fn guarded<T>(f: impl FnOnce() -> Result<T, BatchError>) -> Result<T, BatchError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        Err(BatchError::new(
            ErrorKind::Internal,
            format!("internal error while cleaning (please report): {what}"),
        ))
    })
}

/// Reads and cleans one item into its JSON line.
fn process(
    item: Item,
    cleaner: &Cleaner,
    templates: Option<&TemplateStats>,
    options: &BatchOptions,
) -> Outcome {
    let path = item.path.clone();
    let site = item.site.clone();
    let mut bytes_in = 0u64;
    let result = item
        .read(options.max_doc_bytes)
        .and_then(|(bytes, kind, origin)| {
            bytes_in = bytes.len() as u64;
            let input = input_of(&bytes, kind, origin.charset.as_deref(), options)
                .source(path.clone())
                .origin(origin)
                .site(site);
            let start = Instant::now();
            let doc = guarded(|| {
                match templates {
                    Some(t) => cleaner.clean_with(input, t),
                    None => cleaner.clean(input),
                }
                .map_err(BatchError::from)
            })?;
            Ok((doc, start.elapsed().as_secs_f64() * 1e3))
        });
    // Serialising plain structs of strings and numbers cannot fail; an empty line would still
    // keep the output one line per input.
    let (mut line, ok) = match result {
        Ok((doc, ms)) => {
            let rec = DocRecord {
                path: &path,
                doc: &doc,
                markdown: options.markdown.then(|| doc.to_markdown()),
                ms: options.timing.then(|| (ms * 1e3).round() / 1e3),
            };
            (serde_json::to_vec(&rec).unwrap_or_default(), true)
        }
        Err(error) => {
            let rec = ErrorRecord {
                path: &path,
                error: &error,
            };
            (serde_json::to_vec(&rec).unwrap_or_default(), false)
        }
    };
    line.push(b'\n');
    Outcome { line, ok, bytes_in }
}

/// The document as the cleaner takes it: its charset the one its collection declares, else the
/// run's ([`BatchOptions::charset`]).
fn input_of<'a>(
    bytes: &'a [u8],
    kind: DocKind,
    declared: Option<&str>,
    options: &BatchOptions,
) -> Input<'a> {
    let charset = declared.or(options.charset.as_deref());
    let input = match kind {
        DocKind::Text => Input::text_bytes(bytes),
        DocKind::Html => Input::html(bytes),
        DocKind::Sniff => Input::sniff(bytes),
    };
    match charset {
        Some(label) => input.charset(label),
        None => input,
    }
}

/// Builds every pattern of the rules ([`Cleaner::prepare`]), then cleans a small made-up dump and
/// page once, so that the first documents' `"ms"` measure cleaning, not the building of the
/// patterns their lines happen to need first (~0.2 s in all).
fn warm_up(cleaner: &Cleaner) {
    cleaner.prepare();
    const SAMPLE: &str =
        "Home | News | Sport\n\nShare\nTweet\n[shortcode]\n\nBy Jane Doe\nJanuary 5, 2024\n\n\
        LONDON (Reuters) - The council met on Tuesday and approved the budget for the year.\n\n\
        The council met on Tuesday and approved the budget for the year.\n\n\
        Subscribe to our newsletter\nRelated Posts\n\n© 2024 All rights reserved | Daily Example\n";
    const PAGE: &str = "<!doctype html><html><head><title>Budget | Daily Example</title>\
        <meta charset=\"utf-8\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Budget</h1>\
        <p>The council met on Tuesday and approved the budget for the year after a long debate.</p>\
        </article><footer>© 2024 Daily Example</footer></body></html>";
    let _ = guarded(|| Ok(cleaner.clean(Input::text_bytes(SAMPLE.as_bytes()))));
    let _ = guarded(|| Ok(cleaner.clean(Input::html(PAGE.as_bytes()))));
}

/// Counts items as the reader takes them, so that progress can show a total once all are seen.
struct Counted<I> {
    inner: I,
    seen: std::sync::Arc<AtomicUsize>,
    finished: std::sync::Arc<AtomicUsize>,
}

impl<I: Iterator> Iterator for Counted<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        let n = self.inner.next();
        match n {
            Some(_) => {
                self.seen.fetch_add(1, Ordering::Relaxed);
            }
            None => self.finished.store(1, Ordering::Relaxed),
        }
        n
    }
}

/// Cleans every item and writes one JSON line per item to `out`, in input order. `progress` is
/// called after each record. Only a failure to write the output ends the run early: a closed pipe
/// ends it quietly (see [`Summary::interrupted`]), any other write error is returned.
pub fn run(
    cleaner: &Cleaner,
    items: Items,
    options: &BatchOptions,
    templates: Option<&TemplateStats>,
    out: impl Write,
    mut progress: impl FnMut(&Progress),
) -> std::io::Result<Summary> {
    let started = Instant::now();
    warm_up(cleaner);
    let seen = std::sync::Arc::new(AtomicUsize::new(0));
    let finished = std::sync::Arc::new(AtomicUsize::new(0));
    let items = Counted {
        inner: items,
        seen: seen.clone(),
        finished: finished.clone(),
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    let mut summary = Summary::default();
    let mut failure: Option<std::io::Error> = None;
    let mut shown = Progress::default();
    pool::ordered_map(
        items,
        options.jobs,
        options.window(),
        |item| process(item, cleaner, templates, options),
        |o: Outcome| {
            if let Err(e) = out.write_all(&o.line) {
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    summary.interrupted = true;
                } else {
                    failure = Some(e);
                }
                return false;
            }
            summary.bytes_out += o.line.len() as u64;
            summary.bytes_in += o.bytes_in;
            if o.ok {
                summary.documents += 1;
            } else {
                summary.errors += 1;
            }
            shown.records = summary.documents + summary.errors;
            shown.errors = summary.errors;
            shown.bytes_in = summary.bytes_in;
            shown.total =
                (finished.load(Ordering::Relaxed) == 1).then(|| seen.load(Ordering::Relaxed));
            shown.elapsed = started.elapsed();
            progress(&shown);
            true
        },
    );
    if let Some(e) = failure {
        return Err(e);
    }
    match out.flush() {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => summary.interrupted = true,
        r => r?,
    }
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// The first pass of `--learn-templates`: reads every item and learns the site templates.
/// Results are added in input order, so they do not depend on `jobs`. Items that fail are
/// skipped (the cleaning pass reports them).
pub fn learn(
    cleaner: &Cleaner,
    items: Items,
    options: &BatchOptions,
    template_options: TemplateOptions,
    mut progress: impl FnMut(&Progress),
) -> TemplateStats {
    let started = Instant::now();
    let mut learner = TemplateLearner::new(template_options);
    let mut shown = Progress::default();
    pool::ordered_map(
        items,
        options.jobs,
        options.window(),
        |item: Item| {
            let site = item.site.clone();
            let lines = item
                .read(options.max_doc_bytes)
                .ok()
                .and_then(|(bytes, kind, origin)| {
                    guarded(|| {
                        cleaner
                            .template_lines(input_of(
                                &bytes,
                                kind,
                                origin.charset.as_deref(),
                                options,
                            ))
                            .map_err(BatchError::from)
                    })
                    .ok()
                });
            (site, lines)
        },
        |(site, lines)| {
            if let Some(lines) = lines {
                learner.add(&site, &lines);
            } else {
                shown.errors += 1;
            }
            shown.records += 1;
            shown.elapsed = started.elapsed();
            progress(&shown);
            true
        },
    );
    learner.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_internal_error() {
        let r: Result<(), BatchError> = guarded(|| panic!("index out of range"));
        let e = r.unwrap_err();
        assert_eq!(e.kind, ErrorKind::Internal);
        assert!(e.message.contains("index out of range"), "{e}");
        assert_eq!(guarded(|| Ok(3)), Ok(3));
    }
}
