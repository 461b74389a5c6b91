//! Diagnostic over the WCXB dev split (CC-BY-4.0, (c) 2026 Murrough Foley): for each rule, how
//! many removed words appear in the gold body (a sign the rule removes content) and how many do
//! not. `cargo run --release --example wcxb_rules [-- --dumps] [-- TYPE]`: `--dumps` cleans the
//! text dumps in text mode instead of the pages' HTML; `RULE_PAGES=ID` prints what rule `ID` removed.
use dechaff::eval::{words, Dataset};
use dechaff::{Cleaner, Input};
use std::collections::{BTreeMap, HashSet};

fn main() {
    let Some(ds) = Dataset::locate() else {
        println!("WCXB data not found: nothing to do.");
        return;
    };
    let cleaner = Cleaner::default();
    let mut stats: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dumps = args.iter().any(|a| a == "--dumps");
    let only_type = args.iter().find(|a| !a.starts_with("--"));
    for page in &ds.pages {
        if only_type.is_some_and(|t| *t != page.page_type) {
            continue;
        }
        let source = if dumps {
            ds.dump(&page.id)
        } else {
            ds.html(&page.id)
        };
        let (Some(html), Some((gold, _))) = (source, ds.gold(&page.id)) else {
            continue;
        };
        let input = if dumps {
            Input::text_bytes(&html)
        } else {
            Input::html(&html)
        };
        let Ok(doc) = cleaner.clean(input) else {
            continue;
        };
        let gold_words: HashSet<String> = words(&gold.main_content).into_iter().collect();
        let body_words: HashSet<String> = words(&doc.body).into_iter().collect();
        for r in &doc.removals {
            if r.rule == "dom.script" || r.rule == "dom.head" {
                continue;
            }
            let text = String::from_utf8_lossy(&html[r.span.range()]);
            let e = stats.entry(r.rule).or_default();
            let (mut lost, mut other) = (0, 0);
            for w in words(&text) {
                // Words in gold but not already in the body: content this rule took away.
                if gold_words.contains(&w) && !body_words.contains(&w) {
                    lost += 1;
                } else {
                    other += 1;
                }
            }
            e.0 += lost;
            e.1 += other;
            if std::env::var_os("RULE_PAGES").is_some_and(|v| v == r.rule) {
                println!(
                    "{} {lost}/{} {}",
                    page.id,
                    lost + other,
                    text.chars().take(80).collect::<String>().replace('\n', " ")
                );
            }
        }
    }
    println!("{:<22} {:>10} {:>10}", "rule", "gold-lost", "other");
    for (rule, (g, o)) in stats {
        println!("{rule:<22} {g:>10} {o:>10}");
    }
}
