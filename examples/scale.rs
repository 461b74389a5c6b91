//! Scaling: the cleaner's time must grow roughly linearly with the input, whatever its shape.
//!
//! ```text
//! cargo run --release --example scale [-- --gen NAME[,NAME...]] [-- --kinds text,html,sniff]
//!     [-- --presets recall,balanced,precision] [-- --sizes 0.5,1,2,4,8] [-- --file PATH...]
//!     [-- --cap-ms MS] [-- --check]
//! ```
//!
//! Each generator builds a page of a given size (MB) from one pathological shape (deep nesting of
//! one tag, unclosed tags, many attributes, a giant text node or line, 100k siblings, tiny blocks,
//! repeated paragraphs, a huge table...); `--file` adds the prefixes of a file (repeated if it is
//! shorter) as one more generator. Each page is cleaned in each kind and preset on a thread with
//! the default 2 MiB stack; the time is the thread's CPU time. The table shows the time at each
//! size and the ratio on each doubling; a ratio over 2.5 (on times over 20 ms) is flagged `!`.
//! Sizes stop growing for a generator once one clean takes over `--cap-ms` (default 20000).
//! `--check` runs the accounting checkers (`tests/support/`) on every result.

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
use std::time::Duration;

const WORDS: &[&str] = &[
    "the",
    "council",
    "approved",
    "budget",
    "on",
    "tuesday",
    "after",
    "a",
    "long",
    "debate",
    "about",
    "schools",
    "roads",
    "and",
    "water",
    "residents",
    "said",
    "that",
    "new",
    "plan",
    "would",
    "help",
    "families",
    "in",
    "city",
    "mayor",
    "will",
    "sign",
    "it",
    "next",
    "week",
    "share",
    "tweet",
    "home",
    "news",
    "contact",
    "read",
    "more",
    "subscribe",
    "copyright",
];

/// A sentence of `words` words, capitalised, ending with a full stop.
fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut s = String::new();
    for k in 0..words {
        let w = *rng.pick(WORDS);
        if k == 0 {
            s.push_str(&w[..1].to_uppercase());
            s.push_str(&w[1..]);
        } else {
            s.push(' ');
            s.push_str(w);
        }
    }
    s.push('.');
    s
}

/// Repeats `unit(rng)` until the page reaches `n` bytes, between `head` and `tail`.
fn fill(n: usize, head: &str, tail: &str, mut unit: impl FnMut(&mut Rng) -> String) -> Vec<u8> {
    let mut rng = Rng(7);
    let mut s = String::with_capacity(n + 1024);
    s.push_str(head);
    while s.len() + tail.len() < n {
        s.push_str(&unit(&mut rng));
    }
    s.push_str(tail);
    s.into_bytes()
}

const HEAD: &str = "<!DOCTYPE html><html><head><title>A page</title></head><body>";

const TAGS: &[&str] = &["div", "span", "p", "li", "table", "td", "a", "b"];

const GENERATORS: &[&str] = &[
    "nest-div",
    "nest-span",
    "nest-p",
    "nest-li",
    "nest-table",
    "nest-td",
    "nest-a",
    "nest-b",
    "nest-closed",
    "nest-random-longline",
    "nest-in-item",
    "teaser-headings",
    "jsonld-article-body",
    "jsonld-other-body",
    "unclosed-mixed",
    "many-attributes",
    "giant-text-node",
    "giant-line",
    "one-char-line",
    "siblings",
    "tiny-blocks",
    "repeated-paragraphs",
    "huge-table",
    "text-paragraphs",
    "text-lines",
    "text-repeated-lines",
    "text-blank-lines",
];

/// A page of about `n` bytes of shape `gen`.
fn generate(gen: &str, n: usize) -> Vec<u8> {
    if let Some(tag) = gen.strip_prefix("nest-").filter(|t| TAGS.contains(t)) {
        // Open tags never closed, each with a little text: the open-element stack grows with n.
        let tag = tag.to_string();
        return fill(n, HEAD, "", move |r| {
            format!("<{tag} class=\"c{}\">{} ", r.below(10), sentence(r, 3))
        });
    }
    match gen {
        "nest-closed" => {
            // Deep nesting closed at the end: `<div>` x k, text, `</div>` x k.
            let unit = "<div><span>";
            let close = "</span></div>";
            let k = n / (unit.len() + close.len() + 4);
            let mut s = String::from(HEAD);
            for i in 0..k {
                s.push_str(unit);
                if i % 64 == 0 {
                    s.push_str("x y");
                }
            }
            s.push_str("The text at the bottom of it all.");
            for _ in 0..k {
                s.push_str(close);
            }
            s.into_bytes()
        }
        "nest-random-longline" => fill(n, "\u{feff}", "", |r| {
            // What the fuzzer found: deep nesting of random tags with long lines in between.
            if r.below(200) == 0 {
                let c = *r.pick(&["a", "-", "=", ".", "<", "&", "|", "é"]);
                c.repeat(100_000 / c.len())
            } else {
                let tag = *r.pick(&[
                    "div", "p", "span", "a", "b", "i", "table", "tr", "td", "ul", "li", "section",
                    "h2", "font", "option", "dl", "dd",
                ]);
                format!("<{tag}>{}", if r.below(4) == 0 { "word " } else { "" })
            }
        }),
        "nest-in-item" => {
            // Cards of a repeated structure, the last one deeply nested: every node in it is
            // inside an item, as deep as the page is long.
            let mut head = String::from(HEAD);
            head.push_str("<div class=\"cards\">");
            let mut rng = Rng(11);
            for _ in 0..3 {
                let text = sentence(&mut rng, 30);
                head.push_str(&format!("<div class=\"card\"><p>{text}</p></div>"));
            }
            head.push_str("<div class=\"card\">");
            fill(n, &head, "", |r| {
                let cls = *r.pick(&["header", "title", "x", "caption"]);
                format!("<div class=\"{cls}\">{} ", sentence(r, 3))
            })
        }
        "teaser-headings" => fill(n, HEAD, "</body></html>", |r| {
            let words = 20 + r.below(20);
            let mut s = format!("<p>{}</p>\n", sentence(r, words));
            let head = *r.pick(&["Related posts", "You may also like", "Table of contents"]);
            s.push_str(&format!("<h2>{head}</h2><ul>"));
            for _ in 0..3 {
                s.push_str(&format!("<li><a href=\"/x\">{}</a></li>", sentence(r, 4)));
            }
            s.push_str("</ul>\n");
            s
        }),
        "jsonld-article-body" | "jsonld-other-body" => {
            // A JSON-LD articleBody as long as the article: the article's own paragraphs, or
            // other ones (no block is found in it).
            let mut rng = Rng(13);
            let paras: Vec<String> = std::iter::repeat_with(|| sentence(&mut rng, 12))
                .scan(0, |size, p| {
                    *size += p.len() + 8;
                    (*size < n / 2).then_some(p)
                })
                .collect();
            let body = if gen == "jsonld-article-body" {
                paras.join(" ")
            } else {
                let mut other = Rng(17);
                let mut b = String::new();
                while b.len() < n / 2 {
                    b.push_str(&sentence(&mut other, 12));
                    b.push(' ');
                }
                b
            };
            let mut s = format!(
                "<html><head><script type=\"application/ld+json\">\
                 {{\"@type\":\"NewsArticle\",\"articleBody\":\"{body}\"}}</script></head>\
                 <body><article>"
            );
            for p in &paras {
                s.push_str(&format!("<p>{p}</p>"));
            }
            s.push_str("</article></body></html>");
            s.into_bytes()
        }
        "unclosed-mixed" => fill(n, HEAD, "", |r| {
            let tag = *r.pick(&[
                "div", "p", "span", "a", "li", "td", "tr", "ul", "table", "h2", "section", "dd",
            ]);
            let words = 1 + r.below(12);
            let text = sentence(r, words);
            if r.below(3) == 0 {
                format!("</{}>{text}", r.pick(TAGS))
            } else {
                format!("<{tag}>{text}")
            }
        }),
        "many-attributes" => fill(n, HEAD, "", |r| {
            let mut s = String::from("<div");
            for k in 0..2000 {
                s.push_str(&format!(" data-a{k}=\"v{}\"", r.below(1000)));
            }
            s.push('>');
            s.push_str(&sentence(r, 12));
            s.push_str("</div>\n");
            s
        }),
        "giant-text-node" => {
            let mut v = fill(n, HEAD, "</body></html>", |r| {
                let words = 5 + r.below(20);
                let mut s = sentence(r, words);
                s.push(if r.below(8) == 0 { '\n' } else { ' ' });
                s
            });
            v.truncate(n.max(HEAD.len()));
            v
        }
        "giant-line" => fill(n, "<p>", "", |r| sentence(r, 10) + " "),
        "one-char-line" => {
            let mut s = String::from("<p>");
            s.push_str(&"a".repeat(n.saturating_sub(3)));
            s.into_bytes()
        }
        "siblings" => fill(n, HEAD, "</body></html>", |r| {
            let words = 3 + r.below(20);
            format!("<p>{}</p>\n", sentence(r, words))
        }),
        "tiny-blocks" => fill(n, HEAD, "</body></html>", |r| {
            format!("<div>{}</div>", WORDS[r.below(WORDS.len())])
        }),
        "repeated-paragraphs" => {
            let mut rng = Rng(3);
            let paras: Vec<String> = (0..20).map(|_| sentence(&mut rng, 25)).collect();
            fill(n, HEAD, "</body></html>", move |r| {
                format!("<p>{}</p>\n", paras[r.below(paras.len())])
            })
        }
        "huge-table" => fill(n, "<html><body><table>", "</table></body></html>", |r| {
            let mut s = String::from("<tr>");
            for _ in 0..8 {
                let words = 1 + r.below(4);
                s.push_str(&format!("<td>{}</td>", sentence(r, words)));
            }
            s.push_str("</tr>\n");
            s
        }),
        "text-paragraphs" => fill(n, "", "", |r| {
            let mut s = String::new();
            for _ in 0..1 + r.below(5) {
                let words = 5 + r.below(20);
                s.push_str(&sentence(r, words));
                s.push(' ');
            }
            s.push_str("\n\n");
            s
        }),
        "text-lines" => fill(n, "", "", |r| {
            let words = 1 + r.below(6);
            sentence(r, words) + "\n"
        }),
        "text-repeated-lines" => {
            let mut rng = Rng(5);
            let lines: Vec<String> = (0..10).map(|_| sentence(&mut rng, 8)).collect();
            fill(n, "", "", move |r| {
                format!("{}\n\n", lines[r.below(lines.len())])
            })
        }
        "text-blank-lines" => fill(n, "", "", |r| {
            let mut s = "\n".repeat(1000);
            s.push_str(&sentence(r, 6));
            s
        }),
        _ => panic!("unknown generator {gen}"),
    }
}

/// Builds a page of a given size.
type PageMaker = Box<dyn Fn(usize) -> Vec<u8>>;

fn check(bytes: &[u8], doc: &CleanDoc) -> Result<(), String> {
    match doc.provenance.kind {
        InputKind::Text => text_accounting::check(bytes, doc),
        InputKind::Html => match std::str::from_utf8(bytes) {
            Ok(page) if doc.provenance.encoding == "UTF-8" => html_accounting::check(page, doc),
            _ => Ok(()),
        },
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let opt = |name: &str| args::opt(&args, name);
    let list = |name: &str, default: &str| -> Vec<String> {
        opt(name)
            .unwrap_or_else(|| default.to_string())
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let files: Vec<String> = match args.iter().position(|a| a == "--file") {
        Some(i) => args[i + 1..]
            .iter()
            .take_while(|a| !a.starts_with("--"))
            .cloned()
            .collect(),
        None => Vec::new(),
    };
    let mut gens = list("--gen", if files.is_empty() { "all" } else { "" });
    if gens == ["all"] {
        gens = GENERATORS.iter().map(|s| s.to_string()).collect();
    }
    let kinds = list("--kinds", "text,html,sniff");
    let presets: Vec<Preset> = list("--presets", "recall,balanced,precision")
        .iter()
        .map(|p| match p.as_str() {
            "recall" => Preset::Recall,
            "precision" => Preset::Precision,
            _ => Preset::Balanced,
        })
        .collect();
    let sizes: Vec<f64> = list("--sizes", "0.5,1,2,4,8")
        .iter()
        .filter_map(|s| s.parse().ok())
        .collect();
    let cap = Duration::from_millis(
        opt("--cap-ms")
            .and_then(|v| v.parse().ok())
            .unwrap_or(20_000),
    );
    let checking = args.iter().any(|a| a == "--check");

    let worker = std::thread::Builder::new()
        .name("scale".into())
        .spawn(move || {
            let cleaners: Vec<(Preset, Cleaner)> = presets
                .iter()
                .map(|&p| {
                    let c = Cleaner::builder().preset(p).build().expect("preset");
                    c.prepare();
                    (p, c)
                })
                .collect();
            let mut shapes: Vec<(String, PageMaker)> = Vec::new();
            for g in gens {
                let name = g.clone();
                shapes.push((name, Box::new(move |n| generate(&g, n))));
            }
            for f in files {
                let bytes = std::fs::read(&f).expect("--file");
                let name = std::path::Path::new(&f)
                    .file_name()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                shapes.push((
                    format!("file:{name}"),
                    Box::new(move |n| bytes.iter().copied().cycle().take(n).collect()),
                ));
            }
            print!("{:<26} {:<6} {:<10}", "generator", "kind", "preset");
            for s in &sizes {
                print!(" {:>9}", format!("{s}MB"));
            }
            println!("  ratios on doubling");
            let mut flagged = 0;
            for (name, make) in &shapes {
                let pages: Vec<Vec<u8>> = sizes
                    .iter()
                    .map(|&s| make((s * 1_048_576.0) as usize))
                    .collect();
                for kind in &kinds {
                    for (preset, cleaner) in &cleaners {
                        print!("{name:<26} {kind:<6} {:<10}", format!("{preset:?}"));
                        let mut times: Vec<Duration> = Vec::new();
                        for page in &pages {
                            if times.last().is_some_and(|&t| t > cap) {
                                print!(" {:>9}", "-");
                                continue;
                            }
                            let input = match kind.as_str() {
                                "text" => Input::text_bytes(page),
                                "html" => Input::html(page),
                                _ => Input::sniff(page),
                            };
                            let t0 = thread_cpu_time();
                            let doc = cleaner.clean(input);
                            let took = thread_cpu_time().saturating_sub(t0);
                            times.push(took);
                            print!(" {:>9.1}", took.as_secs_f64() * 1e3);
                            if checking {
                                if let Ok(doc) = &doc {
                                    if let Err(e) = check(page, doc) {
                                        print!(" [accounting: {e}]");
                                    }
                                }
                            }
                            use std::io::Write;
                            let _ = std::io::stdout().flush();
                        }
                        print!(" ");
                        for w in times.windows(2) {
                            let ratio = w[1].as_secs_f64() / w[0].as_secs_f64().max(1e-9);
                            let bad = ratio > 2.5 && w[1] > Duration::from_millis(20);
                            if bad {
                                flagged += 1;
                            }
                            print!(" {ratio:.1}{}", if bad { "!" } else { "" });
                        }
                        println!();
                    }
                }
            }
            println!("{flagged} doublings over 2.5x");
        })
        .expect("worker thread");
    worker.join().expect("worker");
}
