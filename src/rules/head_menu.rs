//! The long menu above an article: a documentation site's sidebar or table of contents ("Write
//! workflows", "Understand GitHub Actions", "Continuous integration", ... in dozens of lines) or
//! a shop's category menu, kept above the first paragraph when the text region takes the page's
//! head with its article.

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use crate::text::{collapsed_more_words_than, collapsed_word_count, ends_sentence, trim_ws};

pub static HEAD_MENU: Rule = Rule {
    id: "text.head-menu",
    layer: Layer::Text,
    why: "a long run of short link lines above the article's first paragraph: a documentation site's sidebar, a site's menu of sections or categories",
    tier: Tier::Balanced,
};

/// A menu's entry has at most this many words, and ends no sentence.
const ENTRY_MAX_WORDS: usize = 6;

/// A run of at least this many entries in a row is a menu. Shorter runs above the first
/// paragraph are often the article's own (a service's list of features, a recipe's ingredients:
/// runs of six and more cut some of them, over the WCXB dumps; from ten on, none).
const MENU_MIN_LINES: usize = 10;

/// A run whose lines hold figures in more than this share is a table (a product's specifications,
/// a review's star counts) rather than a menu, and stays.
const TABLE_MIN_SHARE_WITH_FIGURES: f64 = 0.5;

/// The article's first paragraph has at least this many words and a sentence in it.
const PROSE_MIN_WORDS: usize = 12;

/// `t` is a block's plain text (collapsed: its spaces count its words).
fn is_entry(t: &str) -> bool {
    let n = collapsed_word_count(t);
    (1..=ENTRY_MAX_WORDS).contains(&n) && !ends_sentence(t)
}

/// `t` is a block's plain text, as for [`is_entry`].
fn is_prose(t: &str) -> bool {
    collapsed_more_words_than(t, PROSE_MIN_WORDS - 1) && (ends_sentence(t) || t.contains(". "))
}

/// Removes the runs of menu entries ([`is_entry`], [`MENU_MIN_LINES`] of them in a row) among
/// the kept lines above the first paragraph. Judged last, once the region and the article's
/// edges are settled, so that the clean body, cleaned again, keeps the same lines. Text mode
/// only: a page's markup tells its menus apart already.
pub(crate) fn apply(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&HEAD_MENU) || doc.is_html_page() {
        return;
    }
    let kept = doc.blocks_where(|b| b.is_kept() && !trim_ws(&b.plain).is_empty());
    let Some(first) = kept
        .iter()
        .position(|&i| is_prose(trim_ws(&doc.blocks[i].plain)))
    else {
        return;
    };
    let is_menu = |run: &[usize]| {
        let figures = run
            .iter()
            .filter(|&&i| doc.blocks[i].plain.bytes().any(|c| c.is_ascii_digit()))
            .count();
        run.len() >= MENU_MIN_LINES
            && (figures as f64) <= TABLE_MIN_SHARE_WITH_FIGURES * run.len() as f64
    };
    // The runs to cut: each a range of `kept`.
    let mut runs = Vec::new();
    let mut start = 0;
    for (k, &i) in kept[..first].iter().enumerate() {
        if !is_entry(trim_ws(&doc.blocks[i].plain)) {
            if is_menu(&kept[start..k]) {
                runs.push(start..k);
            }
            start = k + 1;
        }
    }
    if is_menu(&kept[start..first]) {
        runs.push(start..first);
    }
    for run in runs {
        let detail = format!(
            "{} short lines in a row above the first paragraph",
            run.len()
        );
        for &i in &kept[run] {
            doc.remove(i, &HEAD_MENU, Some(detail.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_and_prose() {
        assert!(is_entry("Understand GitHub Actions"));
        assert!(is_entry("GitHub Actions /"));
        assert!(!is_entry("Read the docs."));
        assert!(!is_entry(
            "Use workflow templates to get started with your first workflow"
        ));
        assert!(is_prose(
            "GitHub Actions workflows can automate tasks throughout the software development lifecycle, from commit to release."
        ));
        assert!(!is_prose("Choose the runner for a job"));
    }
}
