//! Runs of short navigation lines: a menu rendered one item per line.

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use crate::text::{collapsed_word_count, ends_sentence, is_title_case};

pub static RUN: Rule = Rule {
    id: "nav.run",
    layer: Layer::Chrome,
    why: "a run of short menu-like lines (navigation, section links)",
    tier: Tier::Balanced,
};

/// Menu vocabulary, lower-case. A run needs some of these or Title Case items.
pub const MENU_WORDS: &[&str] = &[
    "home",
    "menu",
    "search",
    "login",
    "log in",
    "sign in",
    "sign out",
    "logout",
    "register",
    "contact",
    "contact us",
    "about",
    "about us",
    "blog",
    "news",
    "sports",
    "sport",
    "business",
    "politics",
    "world",
    "opinion",
    "entertainment",
    "lifestyle",
    "health",
    "technology",
    "tech",
    "science",
    "video",
    "videos",
    "photos",
    "podcasts",
    "careers",
    "faq",
    "privacy",
    "privacy policy",
    "terms",
    "terms of use",
    "sitemap",
    "cart",
    "shop",
    "store",
    "account",
    "my account",
    "help",
    "support",
    "advertise",
    "events",
    "jobs",
    "archives",
    "skip to content",
    "top",
    "back to top",
    "next",
    "previous",
    "more",
    "categories",
    "tags",
    "epaper",
    "e-paper",
    "weather",
    "markets",
    "economy",
    "culture",
    "travel",
    "food",
    "style",
    "magazine",
    "newsletter",
    "newsletters",
    "live",
    "local",
    "national",
    "international",
    "education",
    "environment",
    "editorial",
    "columns",
    "features",
];

/// At least this many short lines in a row make a run.
const MIN_RUN: usize = 4;

/// A list introduced by a colon has at most this many items: a longer run after a colon is a
/// menu after a form's label ("Select list(s):" over a site's directory of authors), not the
/// article's list.
const MAX_INTRODUCED_RUN: usize = 60;

/// `t` is a block's plain text (collapsed: its spaces give its words).
fn is_short_item(t: &str) -> bool {
    let t = crate::text::trim_ws(t);
    // The ends first: they need no reading of the line.
    !t.is_empty()
        && t.len() <= 32
        && !ends_sentence(t)
        && !t.ends_with(',')
        && collapsed_word_count(t) <= 4
}

/// Bit `n` of entry `b & 31`: a word of [`MENU_WORDS`] has `n` bytes (at most 32 here) and
/// first byte `b`.
static MENU_SHAPES: once_cell::sync::Lazy<[u64; 32]> = once_cell::sync::Lazy::new(|| {
    let mut t = [0u64; 32];
    for w in MENU_WORDS {
        if let Some(&b) = w.as_bytes().first() {
            t[(b & 31) as usize] |= 1 << w.len().min(63);
        }
    }
    t
});

/// [`MENU_WORDS`] by their bytes, for a look-up of a line lower-cased on the stack (no UTF-8
/// check, no walk of the list).
static MENU_WORD_SET: once_cell::sync::Lazy<crate::text::ByteSet> =
    once_cell::sync::Lazy::new(|| MENU_WORDS.iter().map(|w| w.as_bytes()).collect());

fn is_menu_word(t: &str) -> bool {
    let t = crate::text::trim_ws(t)
        .trim_end_matches(['»', '›', '>', '▾', '▼'])
        .trim();
    // Lower-cased on the stack when it is short ASCII, as nearly every line here is; its first
    // letter and length rule out most lines before the list is searched.
    let mut buf = [0u8; 32];
    if t.is_ascii() && t.len() <= buf.len() {
        match t.as_bytes().first() {
            Some(&c) if MENU_SHAPES[(c & 31) as usize] >> t.len() & 1 == 1 => {}
            _ => return false,
        }
        let b = &mut buf[..t.len()];
        b.copy_from_slice(t.as_bytes());
        b.make_ascii_lowercase();
        return MENU_WORD_SET.contains(&*b);
    }
    MENU_WORDS.contains(&t.to_lowercase().as_str())
}

pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&RUN) {
        return;
    }
    let kept = doc.kept();
    let mut k = 0;
    while k < kept.len() {
        let start = k;
        // The names and prices of a listing's cards are short lines too, but not a menu.
        while k < kept.len()
            && doc.blocks[kept[k]].line_count(&doc.src) == 1
            && is_short_item(&doc.blocks[kept[k]].plain)
            && !doc.blocks[kept[k]]
                .dom
                .as_ref()
                .is_some_and(|d| d.listing_item)
        {
            k += 1;
        }
        let run = &kept[start..k];
        // A list introduced by a colon belongs to the article.
        let introduced = || {
            start > 0
                && run.len() <= MAX_INTRODUCED_RUN
                && crate::text::ends_with_colon(&doc.blocks[kept[start - 1]].plain)
        };
        if run.len() >= MIN_RUN && !introduced() {
            // Counted only as far as the decision needs them, cheapest first.
            // Each count stops where the decision is settled: at a third of the lines for menu
            // words, at more than a tenth of them for lines not in title case.
            let menu = run
                .iter()
                .filter(|&&i| is_menu_word(&doc.blocks[i].plain))
                .take(run.len().div_ceil(3))
                .count();
            let menu_like = menu * 3 >= run.len() || {
                let untitled = run
                    .iter()
                    .filter(|&&i| !is_title_case(&doc.blocks[i].plain))
                    .take(run.len() / 10 + 1)
                    .count();
                // As many titled lines as nine tenths of the run.
                untitled * 10 <= run.len()
            };
            // Lines that nearly all hold a measured figure are the rows of a table (a ranking,
            // a time series), not a menu: menus name places to go, or count their entries. Text
            // dumps only: on a page the markup tells a table from a menu (there the exemption
            // cost two pages a little F1).
            let table = || {
                !doc.is_html_page()
                    && run
                        .iter()
                        .filter(|&&i| holds_figure(&doc.blocks[i].plain))
                        .count()
                        * 5
                        >= run.len() * 4
            };
            if menu_like && !table() {
                let detail = format!("{} short lines in a row", run.len());
                // The last line takes the detail itself rather than a copy.
                if let Some((&last, rest)) = run.split_last() {
                    for &i in rest {
                        doc.remove(i, &RUN, Some(detail.clone()));
                    }
                    doc.remove(last, &RUN, Some(detail));
                }
            }
        }
        k = k.max(start + 1);
    }
}

/// A measured figure: a number with decimals ("82.0", "3.69") or a percentage ("+13.1%", "20%").
fn holds_figure(t: &str) -> bool {
    let b = t.as_bytes();
    (1..b.len()).any(|k| {
        b[k - 1].is_ascii_digit()
            && (b[k] == b'%' || (b[k] == b'.' && b.get(k + 1).is_some_and(u8::is_ascii_digit)))
    })
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    once_cell::sync::Lazy::force(&MENU_SHAPES);
    once_cell::sync::Lazy::force(&MENU_WORD_SET);
}

#[cfg(test)]
mod tests {
    use crate::{Cleaner, Input};

    fn body(s: &str) -> String {
        Cleaner::default().clean(Input::text(s)).unwrap().body
    }

    /// Every menu word is one in any case, with an arrow after it; other words are not.
    #[test]
    fn menu_words_are_found_in_any_case() {
        for w in super::MENU_WORDS {
            for t in [w.to_string(), w.to_uppercase(), format!("{w} »")] {
                assert!(super::is_menu_word(&t), "{t:?}");
            }
        }
        assert!(!super::is_menu_word("Homes"));
        assert!(!super::is_menu_word("Hom"));
    }

    #[test]
    fn removes_menus() {
        let b = body("Home\nNews\nSports\nContact Us\n\nThe council approved the budget on Tuesday after a long debate.\n");
        assert_eq!(
            b,
            "The council approved the budget on Tuesday after a long debate."
        );
    }

    #[test]
    fn keeps_lists_in_articles() {
        let s = "You will need:\n\n2 cups flour\n1 egg\n3 tbsp sugar\na pinch of salt\n\nMix everything and bake for twenty minutes.\n";
        assert!(body(s).contains("2 cups flour"));
        let s =
            "He declined to comment.\n\nShe left.\n\nThe talks resume Monday, officials said.\n";
        assert!(body(s).contains("She left."));
    }

    /// A colon before a run of a site's directory (a form's "Select list(s):" over a thousand
    /// names) does not make it the article's list.
    #[test]
    fn a_colon_does_not_introduce_a_directory() {
        let names: Vec<String> = (0..100).map(|i| format!("Author Number{i}")).collect();
        let s = format!(
            "The council approved the budget on Tuesday after a long debate about the library.\n\nSelect list(s):\n{}\n",
            names.join("\n")
        );
        assert!(!body(&s).contains("Number7"), "{}", body(&s));
    }
}
