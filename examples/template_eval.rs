//! What learnt site templates (`template.site`) do to accuracy on the WCXB development split
//! (CC-BY-4.0, (c) 2026 Murrough Foley), read from `../shared/wcxb-dev` or `$WCXB_DIR`.
//!
//! The text dumps are grouped by their page's domain (the site key); templates are learnt with
//! the default thresholds (a line on at least 5 documents and half of the site's documents) and
//! the pages of sites with at least 5 pages are scored with and without them.
//!
//! ```text
//! cargo run --release --example template_eval [-- [--html] [MIN_DOCS]]
//! ```
//! `--html` cleans the HTML pages instead of the text dumps.

use dechaff::eval::{score_page, Dataset, Scoreboard};
use dechaff::{Cleaner, Input, TemplateOptions, TemplateStats};
use std::collections::BTreeMap;

fn input_of(bytes: &[u8], html: bool) -> Input<'_> {
    if html {
        Input::html(bytes)
    } else {
        Input::text_bytes(bytes)
    }
}

fn main() {
    let Some(ds) = Dataset::locate() else {
        println!(
            "template_eval: WCXB data not found at ../shared/wcxb-dev (or $WCXB_DIR); skipped"
        );
        return;
    };
    let html = std::env::args().any(|a| a == "--html");
    let min_docs: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(5);
    let read = |id: &str| if html { ds.html(id) } else { ds.dump(id) };
    let input_of = |bytes| input_of(bytes, html);
    let options = TemplateOptions {
        min_docs,
        ..TemplateOptions::default()
    };
    let cleaner = Cleaner::default();
    let mut by_site: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for p in &ds.pages {
        by_site
            .entry(p.domain.as_str())
            .or_default()
            .push(p.id.as_str());
    }
    let dumps: BTreeMap<&str, Vec<u8>> = ds
        .pages
        .iter()
        .filter_map(|p| Some((p.id.as_str(), read(&p.id)?)))
        .collect();
    let inputs = ds.pages.iter().filter_map(|p| {
        let bytes = dumps.get(p.id.as_str())?;
        Some(input_of(bytes).site(p.domain.clone()))
    });
    let stats = TemplateStats::learn(&cleaner, inputs, options);
    println!(
        "WCXB dev {} (CC-BY-4.0, (c) 2026 Murrough Foley): {} sites with ≥ {min_docs} pages; {} template lines learnt on {} sites",
        if html { "pages" } else { "dumps" },
        by_site.values().filter(|v| v.len() >= min_docs).count(),
        stats.lines(),
        stats.sites()
    );
    let (mut without, mut with) = (Scoreboard::default(), Scoreboard::default());
    let mut removed = 0;
    let mut lost_examples = Vec::new();
    for p in &ds.pages {
        if by_site[p.domain.as_str()].len() < min_docs {
            continue;
        }
        let (Some(bytes), Some((gold, _))) = (dumps.get(p.id.as_str()), ds.gold(&p.id)) else {
            continue;
        };
        let input = || input_of(bytes).site(p.domain.clone());
        let (Ok(a), Ok(b)) = (cleaner.clean(input()), cleaner.clean_with(input(), &stats)) else {
            continue;
        };
        let gold_norm = dechaff::eval::normalized(&gold.main_content);
        for r in b.removals.iter().filter(|r| r.rule == "template.site") {
            removed += 1;
            let text = String::from_utf8_lossy(&bytes[r.span.range()]).to_string();
            let words = dechaff::eval::normalized(&text);
            // Lines of a few words are worth a look; single words are in any gold body.
            if words.split_whitespace().count() >= 4
                && gold_norm.contains(&words)
                && lost_examples.len() < 12
            {
                lost_examples.push(format!("{} {}: {:?}", p.id, p.domain, text));
            }
        }
        without.add(&p.page_type, &score_page(&a.body, &gold));
        with.add(&p.page_type, &score_page(&b.body, &gold));
    }
    println!(
        "{removed} template.site removals on {} pages\n",
        with.pages()
    );
    println!("without templates\n{}", without.table());
    println!("with templates\n{}", with.table());
    if !lost_examples.is_empty() {
        println!(
            "template lines of 4+ words also found in the gold body (first {}):",
            lost_examples.len()
        );
        for l in lost_examples {
            println!("  {l}");
        }
    }
}
