//! `dechaff batch`: clean whole corpora into JSON Lines.

use clap::Args;
use dechaff::batch::{self, BatchOptions, Items, Progress, Source};
use dechaff::{Cleaner, TemplateOptions};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

#[derive(Args)]
pub struct BatchArgs {
    /// Files and directories to clean. Directories are walked recursively for .txt, .html, .htm
    /// and .warc files and their .gz forms; WARC and .jsonl files named here are read record by
    /// record.
    paths: Vec<PathBuf>,
    /// Also read paths from standard input, one per line (`find … | dechaff batch --stdin`).
    #[arg(long)]
    stdin: bool,
    /// The charset of the documents whose collection declares none (a WARC record's HTTP header
    /// does), such as windows-1251: a page's outranks its <meta>, a byte-order mark wins.
    #[arg(long, value_name = "LABEL", value_parser = super::parse_charset)]
    charset: Option<String>,
    /// A JSON Lines file of records {"id", "url", "html" | "text"} (repeatable; .gz allowed; `-`
    /// reads standard input).
    #[arg(long = "jsonl-in", value_name = "FILE")]
    jsonl_in: Vec<PathBuf>,
    /// Write the JSON Lines here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Worker threads [default: the number of cores].
    #[arg(short, long, value_name = "N")]
    jobs: Option<usize>,
    /// Largest document, in bytes (suffixes k, M, G allowed); larger ones get an error record.
    #[arg(long, value_name = "SIZE", default_value = "50M", value_parser = parse_size)]
    max_doc_size: usize,
    /// Most blocks a document may make (non-blank lines of a dump, start tags of a page); more
    /// get an error record, since memory grows with them.
    #[arg(long, value_name = "N", default_value_t = 2_000_000)]
    max_blocks: usize,
    /// Learn each site's template in a first pass and remove its lines (rule template.site).
    #[arg(long)]
    learn_templates: bool,
    /// A template line must recur on at least this many documents of a site...
    #[arg(long, value_name = "N", default_value_t = 5)]
    template_min_docs: usize,
    /// ...and on at least this share of the site's documents.
    #[arg(long, value_name = "SHARE", default_value_t = 0.5)]
    template_min_share: f64,
    /// Leave out "ms", so that the output is byte-identical from run to run.
    #[arg(long)]
    no_timing: bool,
    /// Add "markdown" to each record: the title and body with the page's headings, lists,
    /// quotations, code and tables (as `clean --markdown` prints them).
    #[arg(long)]
    markdown: bool,
    /// Exit with status 1 when any document failed.
    #[arg(long)]
    fail_on_error: bool,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    quiet: bool,
}

/// Parses `50M`, `512k`, `1G` or plain bytes.
fn parse_size(s: &str) -> Result<usize, String> {
    let s = s.trim();
    let (num, mult) = match s.char_indices().last() {
        Some((i, 'k' | 'K')) => (&s[..i], 1_000),
        Some((i, 'm' | 'M')) => (&s[..i], 1_000_000),
        Some((i, 'g' | 'G')) => (&s[..i], 1_000_000_000),
        _ => (s, 1),
    };
    num.trim()
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("`{s}` is not a size such as 50M, 512k or 1000000"))
}

/// A progress bar on standard error when it is a terminal; nothing otherwise.
struct Bar {
    bar: Option<ProgressBar>,
    /// The number of inputs, once a counting thread has found it.
    total: Arc<AtomicUsize>,
}

impl Bar {
    fn new(show: bool, what: &str) -> Bar {
        let total = Arc::new(AtomicUsize::new(0));
        if !show {
            return Bar { bar: None, total };
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(8));
        bar.set_style(
            ProgressStyle::with_template("{spinner} {prefix} {pos} documents, {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.set_prefix(what.to_string());
        Bar {
            bar: Some(bar),
            total,
        }
    }

    /// Counts the inputs in the background (directories only: a collection's records are known
    /// only by reading it), so that the bar can show a total and an ETA.
    fn count(&self, sources: &[Source]) {
        if self.bar.is_none() {
            return;
        }
        let (sources, total) = (sources.to_vec(), self.total.clone());
        std::thread::spawn(move || {
            if let Some(n) = batch::count_documents(&sources) {
                total.store(n, Ordering::Relaxed);
            }
        });
    }

    fn update(&self, p: &Progress) {
        let Some(bar) = &self.bar else { return };
        let total = p
            .total
            .or(Some(self.total.load(Ordering::Relaxed)).filter(|&n| n > 0));
        if let (Some(total), None) = (total, bar.length()) {
            bar.set_length(total as u64);
            bar.set_style(
                ProgressStyle::with_template(
                    "{prefix} [{bar:30}] {pos}/{len} documents, {msg}, ETA {eta}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
        }
        let secs = p.elapsed.as_secs_f64().max(1e-3);
        bar.set_message(format!(
            "{:.0} docs/s, {:.1} MB/s, {} errors",
            p.records as f64 / secs,
            p.bytes_in as f64 / 1e6 / secs,
            p.errors
        ));
        bar.set_position(p.records as u64);
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

pub fn run(args: BatchArgs, builder: dechaff::CleanerBuilder) -> ExitCode {
    if args.paths.is_empty() && args.jsonl_in.is_empty() && !args.stdin {
        eprintln!("dechaff batch: give paths, --stdin or --jsonl-in");
        return ExitCode::from(2);
    }
    let jsonl_stdin = args.jsonl_in.iter().any(|p| p.as_os_str() == "-");
    if jsonl_stdin && (args.stdin || args.learn_templates) {
        eprintln!(
            "dechaff batch: --jsonl-in - reads standard input once: not with --stdin or --learn-templates"
        );
        return ExitCode::from(2);
    }
    let cleaner: Cleaner = match builder
        .max_input_bytes(args.max_doc_size)
        .max_blocks(args.max_blocks)
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            eprintln!("dechaff: {e}");
            return ExitCode::from(2);
        }
    };
    let mut options = BatchOptions {
        max_doc_bytes: args.max_doc_size,
        timing: !args.no_timing,
        markdown: args.markdown,
        charset: args.charset.clone(),
        ..BatchOptions::default()
    };
    if let Some(j) = args.jobs {
        options.jobs = j.max(1);
    }
    let mut sources: Vec<Source> = args.paths.iter().cloned().map(Source::Path).collect();
    sources.extend(args.jsonl_in.iter().cloned().map(Source::Jsonl));
    // The bar would be torn up by JSON lines written to the same terminal.
    let output_on_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let show_progress = !args.quiet && std::io::stderr().is_terminal() && !output_on_terminal;
    // A panic while cleaning one document becomes that document's error record; printing it
    // (with a backtrace) would only garble the progress display.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() != Some(batch::WORKER_THREAD) {
            default_hook(info);
        }
    }));

    let templates = if args.learn_templates {
        let mut learn_sources = sources.clone();
        if args.stdin {
            // Two passes need the path list twice: keep it (paths are small).
            let paths: Vec<Source> = std::io::stdin()
                .lock()
                .lines()
                .map_while(Result::ok)
                .filter(|l| !l.trim().is_empty())
                .map(|l| Source::Path(PathBuf::from(l)))
                .collect();
            learn_sources.extend(paths.iter().cloned());
            sources.extend(paths);
        }
        let topts = TemplateOptions {
            min_docs: args.template_min_docs,
            min_share: args.template_min_share,
            ..TemplateOptions::default()
        };
        let bar = Bar::new(show_progress, "learning templates:");
        bar.count(&learn_sources);
        let items = Items::new(learn_sources, options.max_doc_bytes);
        let stats = batch::learn(&cleaner, items, &options, topts, |p| bar.update(p));
        bar.finish();
        if !args.quiet {
            eprintln!(
                "dechaff batch: learnt {} template lines on {} sites",
                stats.lines(),
                stats.sites()
            );
        }
        Some(stats)
    } else {
        None
    };

    let bar = Bar::new(show_progress, "cleaning:");
    if !args.stdin || args.learn_templates {
        bar.count(&sources);
    }
    let items = if args.stdin && !args.learn_templates {
        let stdin: Box<dyn BufRead + Send> = Box::new(std::io::BufReader::new(std::io::stdin()));
        // Named paths first, then the listed ones.
        Items::new(sources, options.max_doc_bytes).with_path_lines(stdin)
    } else {
        Items::new(sources, options.max_doc_bytes)
    };

    let out: Box<dyn Write> = match &args.output {
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("dechaff batch: {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
        None => Box::new(std::io::stdout().lock()),
    };
    let result = batch::run(&cleaner, items, &options, templates.as_ref(), out, |p| {
        bar.update(p)
    });
    bar.finish();
    let summary = match result {
        Ok(s) => s,
        Err(e) => {
            eprintln!("dechaff batch: writing the output: {e}");
            return ExitCode::from(2);
        }
    };
    if !args.quiet {
        eprintln!("dechaff batch: {summary}");
    }
    if summary.documents == 0 && !summary.interrupted {
        if !args.quiet {
            eprintln!("dechaff batch: no document could be read");
        }
        return ExitCode::from(1);
    }
    if args.fail_on_error && summary.errors > 0 {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
