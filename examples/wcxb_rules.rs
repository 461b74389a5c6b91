//! Diagnostic over the WCXB dev split (CC-BY-4.0, (c) 2026 Murrough Foley): for each rule, how
//! many removed words appear in the gold body (a sign the rule removes content) and how many do
//! not. `cargo run --release --example wcxb_rules`
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
    for page in &ds.pages {
        let (Some(html), Some((gold, _))) = (ds.html(&page.id), ds.gold(&page.id)) else {
            continue;
        };
        let Ok(doc) = cleaner.clean(Input::html(&html)) else {
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
            for w in words(&text) {
                // Words in gold but not already in the body: content this rule took away.
                if gold_words.contains(&w) && !body_words.contains(&w) {
                    e.0 += 1;
                } else {
                    e.1 += 1;
                }
            }
        }
    }
    println!("{:<22} {:>10} {:>10}", "rule", "gold-lost", "other");
    for (rule, (g, o)) in stats {
        println!("{rule:<22} {g:>10} {o:>10}");
    }
}
