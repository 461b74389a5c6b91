//! The `dechaff` command-line tool.

mod cli;

/// The tool's allocator (feature `mimalloc`, on by default; see Cargo.toml).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand, ValueEnum};
use dechaff::{Cleaner, Input, Preset};
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "dechaff",
    version,
    about = "Strip boilerplate from scraped pages and text dumps, with provenance."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum KindArg {
    Auto,
    Text,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum PresetArg {
    Recall,
    Balanced,
    Precision,
}

#[derive(Subcommand)]
enum Command {
    /// Clean files (or `-` for standard input) and print the clean article.
    Clean {
        /// Files to clean; `-` reads standard input. A gzipped file (`page.html.gz`) is unpacked
        /// first, and its spans point into the unpacked bytes.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print the whole document as JSON (one object per line for several files).
        #[arg(long, conflicts_with_all = ["explain", "markdown"])]
        json: bool,
        /// Print the title and body as Markdown, with the page's headings, lists, quotations,
        /// code and tables.
        #[arg(long, conflicts_with = "explain")]
        markdown: bool,
        /// Show the input block by block, kept or removed, with rule ids and reasons.
        #[arg(long)]
        explain: bool,
        /// How to read the input.
        #[arg(long, value_enum, default_value = "auto")]
        kind: KindArg,
        /// The files' charset, such as windows-1251, where no byte-order mark names one (a page's
        /// outranks its <meta>; a text's bytes that are UTF-8 it mislabels stay UTF-8).
        #[arg(long, value_name = "LABEL", value_parser = cli::parse_charset)]
        charset: Option<String>,
        #[command(flatten)]
        rules: RuleArgs,
        /// Colour for --explain: auto (on a terminal), always, never.
        #[arg(long, default_value = "auto")]
        color: String,
    },
    /// Clean whole corpora (directories, path lists, JSON Lines, WARC) into JSON Lines, in
    /// parallel and in input order.
    Batch {
        #[command(flatten)]
        args: cli::batch::BatchArgs,
        #[command(flatten)]
        rules: RuleArgs,
    },
    /// List the rules: id, layer, tier and reason.
    Rules,
}

/// Which rules run: a preset, and rules switched on or off by id.
#[derive(clap::Args)]
struct RuleArgs {
    #[arg(long, value_enum, default_value = "balanced")]
    preset: PresetArg,
    /// Switch a rule on by id whatever the preset (repeatable): `--preset recall --enable
    /// nav.run`.
    #[arg(long = "enable", value_name = "RULE_ID")]
    enabled: Vec<String>,
    /// Switch a rule off by id (repeatable); it wins over --enable.
    #[arg(long = "disable", value_name = "RULE_ID")]
    disabled: Vec<String>,
    /// Leave mojibake as it is ("donâ€™t"): by default, UTF-8 once read as Windows-1252 and
    /// saved again is read as the characters it first was.
    #[arg(long)]
    keep_mojibake: bool,
}

fn builder_of(rules: RuleArgs) -> dechaff::CleanerBuilder {
    let preset = match rules.preset {
        PresetArg::Recall => Preset::Recall,
        PresetArg::Balanced => Preset::Balanced,
        PresetArg::Precision => Preset::Precision,
    };
    let mut builder = Cleaner::builder()
        .preset(preset)
        .repair_mojibake(!rules.keep_mojibake);
    for id in rules.enabled {
        builder = builder.enable(id);
    }
    for id in rules.disabled {
        builder = builder.disable(id);
    }
    builder
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Rules => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for r in dechaff::RULES {
                let line = writeln!(
                    out,
                    "{:<24} {:<10} {:<11} {}",
                    r.id,
                    r.layer.as_str(),
                    format!("{:?}", r.tier).to_lowercase(),
                    r.why
                );
                if line.is_err() {
                    // A closed pipe (`| head`) ends the list quietly.
                    return ExitCode::SUCCESS;
                }
            }
            let _ = out.flush();
            ExitCode::SUCCESS
        }
        Command::Batch { args, rules } => cli::batch::run(args, builder_of(rules)),
        Command::Clean {
            files,
            json,
            markdown,
            explain,
            kind,
            charset,
            rules,
            color,
        } => {
            let cleaner = match builder_of(rules).build() {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("dechaff: {e}");
                    return ExitCode::from(2);
                }
            };
            let stdout = std::io::stdout();
            let color = match color.as_str() {
                "always" => true,
                "never" => false,
                _ => stdout.is_terminal(),
            };
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut failed = false;
            let many = files.len() > 1;
            for path in &files {
                let bytes = match read(path) {
                    Ok(b) => b,
                    Err(e) => {
                        eprintln!("dechaff: {}: {e}", path.display());
                        failed = true;
                        continue;
                    }
                };
                let mut input = match kind {
                    KindArg::Auto => Input::sniff(&bytes),
                    KindArg::Text => Input::text_bytes(&bytes),
                    KindArg::Html => Input::html(&bytes),
                }
                .source(path.display().to_string());
                if let Some(label) = &charset {
                    input = input.charset(label);
                }
                let doc = match cleaner.clean(input) {
                    Ok(d) => d,
                    Err(e) => {
                        eprintln!("dechaff: {}: {e}", path.display());
                        failed = true;
                        continue;
                    }
                };
                let res = if json {
                    writeln!(out, "{}", doc.to_json())
                } else if explain {
                    write!(out, "{}", dechaff::explain::explain(&doc, &bytes, color))
                } else if markdown {
                    if many {
                        let _ = writeln!(out, "<!-- {} -->\n", path.display());
                    }
                    write!(out, "{}", doc.to_markdown())
                } else {
                    if many {
                        let _ = writeln!(out, "==> {} <==", path.display());
                    }
                    if let Some(t) = &doc.title {
                        let _ = writeln!(out, "{t}\n");
                    }
                    writeln!(out, "{}", doc.body)
                };
                if res.is_err() {
                    // A closed pipe (`| head`) ends the run quietly.
                    return ExitCode::SUCCESS;
                }
            }
            let _ = out.flush();
            if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

/// Reads a file or standard input, unpacking gzip (found by its signature, whatever the name).
/// At most [`MAX_UNPACKED_BYTES`] are unpacked: past that, the cleaner's own size limit would
/// refuse the page anyway, and a small file must not unpack to fill the memory.
fn read(path: &PathBuf) -> std::io::Result<Vec<u8>> {
    let bytes = if path.as_os_str() == "-" {
        let mut v = Vec::new();
        std::io::stdin().read_to_end(&mut v)?;
        v
    } else {
        std::fs::read(path)?
    };
    if !bytes.starts_with(b"\x1f\x8b") {
        return Ok(bytes);
    }
    let mut unpacked = Vec::new();
    flate2::read::MultiGzDecoder::new(&bytes[..])
        .take(MAX_UNPACKED_BYTES as u64 + 1)
        .read_to_end(&mut unpacked)?;
    Ok(unpacked)
}

/// The cleaner's default size limit: a gzipped input is unpacked to one byte more, at most.
const MAX_UNPACKED_BYTES: usize = 512 << 20;
