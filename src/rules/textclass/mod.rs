//! The text block classifier: what a dump still shows of a page's structure, for pages nobody
//! wrote a rule for.
//!
//! Each kept block gets features (words, stopword density in the document's language, terminal
//! punctuation, Title Case, menu vocabulary) and a class: `Good` (prose), `Short` (undecided:
//! headings, list items, labels) or `Bad` (chrome). Context then decides the rest, the way
//! jusText does but over the whole page at once: every block gets a weight (prose words count
//! for, chrome against) and the maximum-sum run of blocks is the article's main region
//! (Kadane's algorithm, linear). A short line between two paragraphs is inside the region and
//! stays; a run of short lines outside it goes. Other regions almost as dense as the main one
//! (forum posts, a second section) are kept too.
//!
//! Every removal names its reason: `text.menu-line`, `text.low-density`, `text.nav-run`,
//! `text.comments`, `text.outside-main-region`; the page `<title>` line and the headline that
//! repeats it are `text.page-title` and `text.headline`, reported as the title.
//!
//! The parts: `classify` classes a line by itself, `lines` holds the vocabulary of chrome
//! lines, `region` finds the main region, `sections` the sections that end an article,
//! `shop` a shop's controls and grids, `title` the page's title; this module runs them.

use crate::doc::Doc;
use crate::model::{Layer, MetaField};
use crate::rules::segment::{is_figure_row, is_list_item};
use crate::rules::{Rule, Ruleset, Tier};
use crate::stopwords::Counts;
use crate::text::{ends_sentence, is_title_case, Prefixes};
use once_cell::sync::Lazy;
use regex::Regex;

/// The prefixes of a pattern that may start with a count: the ten digits and the words given.
macro_rules! digits_and {
    ($($word:expr),* $(,)?) => {
        &["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", $($word),*]
    };
}

/// The place a skip link leads to: one to five words, none a sentence's (no punctuation).
macro_rules! skip_link_target {
    () => {
        r"(?: [^\s,.;:!?>]*\pL[^\s,.;:!?>]*){1,5}"
    };
}

/// A store's or a hub's badge: "Get it on Google Play", "Download on the App Store", "Access it
/// on Vertex" (the place in one to four capitalised words).
macro_rules! store_badge {
    () => {
        r"(?i:get it|download(?: it)?|available|access it) (?i:on|from)(?: the)?(?: (?-i:[A-Z][\w&.'’-]*)){1,4}"
    };
}

mod classify;
mod lines;
mod region;
mod sections;
pub(crate) mod shop;
#[cfg(test)]
mod tests;
mod title;

// Each part's items, at the visibility each gives them (the rules' entry points are the crate's).
pub use classify::*;
pub(crate) use lines::*;
pub(crate) use region::years_in;
use region::*;
pub(crate) use sections::*;
pub(crate) use shop::*;
pub(crate) use title::*;

pub static PAGE_TITLE: Rule = Rule {
    id: "text.page-title",
    layer: Layer::Text,
    why: "the page title line at the top of the dump (headline and site name), repeated below it",
    tier: Tier::Core,
};

pub static TITLE_ONLY: Rule = Rule {
    id: "text.title-only",
    layer: Layer::Text,
    why: "the page title line at the top of the dump, all that is left of a page with no body text (a page that needs JavaScript, an empty shop): reported as title, not body",
    tier: Tier::Balanced,
};

pub static TITLE_LINE: Rule = Rule {
    id: "text.title-line",
    layer: Layer::Text,
    why: "the page title line at the top of the dump, its site suffix stripped, is the title when no headline under it was found (or the line found above the article is unlike it, or repeats only the site's name)",
    tier: Tier::Core,
};

pub static HEADLINE: Rule = Rule {
    id: "text.headline",
    layer: Layer::Text,
    why: "the headline, which repeats the page title; reported as title, not body",
    tier: Tier::Core,
};

pub static SITE_SUFFIX: Rule = Rule {
    id: "text.site-suffix",
    layer: Layer::Metadata,
    why: "the site's name that ends the page title line (\"Headline | Site\"); reported as site name, before the holder of the copyright notice",
    tier: Tier::Core,
};

pub static HEADLINE_OVER_BYLINE: Rule = Rule {
    id: "text.headline-over-byline",
    layer: Layer::Text,
    why: "the headline right above the article's byline or date line, sharing words with the page title line; reported as title (and out of the body, when the rules of context took it with the menus above it)",
    tier: Tier::Core,
};

pub static MENU_LINE: Rule = Rule {
    id: "text.menu-line",
    layer: Layer::Text,
    why: "a line of interface vocabulary (Home, Log in, Cart, Skip to content, View in browser)",
    tier: Tier::Balanced,
};

pub static LOW_DENSITY: Rule = Rule {
    id: "text.low-density",
    layer: Layer::Text,
    why: "a long line with almost no function words: a link list, tag cloud or menu on one line",
    tier: Tier::Balanced,
};

pub static DATED_LIST: Rule = Rule {
    id: "text.dated-list",
    layer: Layer::Text,
    why: "a line of several dated headlines, or three lines in a row each ending with a full date (an archive, a list of other stories)",
    tier: Tier::Balanced,
};

pub static NAV_RUN: Rule = Rule {
    id: "text.nav-run",
    layer: Layer::Text,
    why: "a run of short link-like lines with no sentence among them (menu, link list)",
    tier: Tier::Balanced,
};

pub static COMMENTS: Rule = Rule {
    id: "text.comments",
    layer: Layer::Text,
    why: "reader comments: from a comments header after the article to the end of its region",
    tier: Tier::Balanced,
};

pub static REVIEWS: Rule = Rule {
    id: "text.reviews",
    layer: Layer::Text,
    why: "customer reviews and ratings of a product: from a reviews header followed by ratings to the end of the page",
    tier: Tier::Balanced,
};

pub static RECOMMENDATIONS: Rule = Rule {
    id: "text.recommendations",
    layer: Layer::Text,
    why: "other products a shop recommends: from a header such as \"Customers also bought\" or \"Similar items\" to the next prose",
    tier: Tier::Balanced,
};

pub static TEASERS: Rule = Rule {
    id: "text.teasers",
    layer: Layer::Text,
    why: "headlines and one-line summaries of other stories, after a related-stories header",
    tier: Tier::Balanced,
};

pub static DISCLOSURE: Rule = Rule {
    id: "text.disclosure",
    layer: Layer::Text,
    why: "an affiliate or sponsorship disclosure line (we may earn a commission from links on this page)",
    tier: Tier::Balanced,
};

pub static SIGNUP_LINE: Rule = Rule {
    id: "text.signup-line",
    layer: Layer::Text,
    why: "a call to action, newsletter pitch or consent line of a form (Apply now, Read our Privacy Policy, By signing up you agree...)",
    tier: Tier::Balanced,
};

pub static COMMENT_FORM: Rule = Rule {
    id: "text.comment-form",
    layer: Layer::Text,
    why: "a line of a blog's comment form or post footer (the spam filter's notice, the address notice, the follow-up boxes, the filing line, closed comments)",
    tier: Tier::Balanced,
};

pub static BUTTON_LABEL: Rule = Rule {
    id: "text.button-label",
    layer: Layer::Text,
    why: "a button's label standing alone: a few words opening with a verb of the interface (Shop the sale, View details, Read full review, Download the report)",
    tier: Tier::Balanced,
};

pub static SIGNUP_PITCH: Rule = Rule {
    id: "text.signup-pitch",
    layer: Layer::Text,
    why: "a newsletter's pitch beside its sign-up form (The latest from Acme, delivered to your inbox)",
    // A trade: the article's edges, judged again without the pitch, move on a few pages. Over
    // the WCXB dumps it removes 10 leaking snippets for one `with` snippet (word-F1 +0.22), but
    // that snippet is on a page of the quality gate's sample, whose `with` floor it breaks; run
    // after the rules of context instead, it leaves the edges be but a second pass moves them.
    // The Precision preset's to make.
    tier: Tier::Aggressive,
};

pub static SHOP_CONTROL: Rule = Rule {
    id: "text.shop-control",
    layer: Layer::Text,
    why: "a shop's control standing on its line: add to cart or to compare, quick view, filter and sort, choose an option",
    tier: Tier::Balanced,
};

pub static WIDGET_LABEL: Rule = Rule {
    id: "text.widget-label",
    layer: Layer::Text,
    why: "the label of a page's widget standing on its line: an accessibility menu's instructions, a carousel's slide count, a chat invitation, a cart's notice",
    tier: Tier::Balanced,
};

pub static OTHER_PRODUCTS: Rule = Rule {
    id: "text.other-products",
    layer: Layer::Text,
    why: "a grid of other products and their prices on a product's page (the product has a description or a cart button, and the page no sort or filter of results)",
    tier: Tier::Balanced,
};

pub static FORM_FIELD: Rule = Rule {
    id: "text.form-field",
    layer: Layer::Text,
    why: "the label of a required form field (Email *, First Name *, How did you hear about us? *)",
    tier: Tier::Balanced,
};

pub static SHOP_LABEL: Rule = Rule {
    id: "text.shop-label",
    layer: Layer::Text,
    why: "a shop's label standing alone on its line (delivery and its price, items sold, previous price, seller rating, gallery caption)",
    tier: Tier::Balanced,
};

pub static OUTSIDE_MAIN: Rule = Rule {
    id: "text.outside-main-region",
    layer: Layer::Text,
    why: "outside the densest region of prose lines, which is the article",
    tier: Tier::Balanced,
};

/// The rules of this module.
const RULES_HERE: [&Rule; 23] = [
    &PAGE_TITLE,
    &TITLE_ONLY,
    &HEADLINE,
    &HEADLINE_OVER_BYLINE,
    &MENU_LINE,
    &SHOP_LABEL,
    &DISCLOSURE,
    &SIGNUP_LINE,
    &BUTTON_LABEL,
    &COMMENT_FORM,
    &SIGNUP_PITCH,
    &SHOP_CONTROL,
    &WIDGET_LABEL,
    &OTHER_PRODUCTS,
    &FORM_FIELD,
    &DATED_LIST,
    &LOW_DENSITY,
    &NAV_RUN,
    &COMMENTS,
    &REVIEWS,
    &RECOMMENDATIONS,
    &TEASERS,
    &OUTSIDE_MAIN,
];

/// A block's class before context is taken into account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Prose: long enough and full of function words.
    Good,
    /// A short sentence: weak evidence for content.
    Sentence,
    /// Undecided: headings, labels, link text.
    Short,
    /// A short line with the shape of content rather than a link: a list item, a figure, a
    /// "label: value" pair. Weak evidence against the region, much weaker than a link.
    Item,
    /// Chrome found by this classifier.
    Bad,
    /// Removed by an earlier rule.
    Removed,
}

/// What the classifier knows about one block.
#[derive(Debug, Clone, Copy)]
struct Feat {
    counts: Counts,
    class: Class,
}

/// Effective words at or above which a line with enough stopwords is prose.
const GOOD_WORDS: u32 = 10;
/// Stopword share of prose, when the language is known.
const GOOD_DENSITY: f64 = 0.2;
/// Long lines with less than this stopword share are link lists or menus.
const LOW_DENSITY_MAX: f64 = 0.06;
/// ... and at least this many words.
const LOW_DENSITY_WORDS: u32 = 12;
/// A run of this many short link-like lines is navigation.
const NAV_RUN_MIN: usize = 3;
/// Below this many prose words the page has no article to find: no region is cut.
const MIN_PROSE_WORDS: f64 = 40.0;
/// The main region must hold this share of the page's words, or the page is no article with
/// chrome around it (a listing, a product page) and is not cut to its prose.
const MIN_REGION_SHARE: f64 = 0.3;
/// ... or when it weighs this much (about forty words of prose), whatever the main region.
const SECOND_REGION_WORDS: f64 = 40.0;
/// A second region is kept when its weight is at least this share of the main region's.
const SECOND_REGION_SHARE: f64 = 0.3;

/// The text classifier: the rules of single lines (page title, menu lines, dated lists,
/// low-density lines), then the main region and what follows from it.
/// What the classifier learnt of a document's blocks, from [`apply_lines`] to [`apply_context`].
#[derive(Clone, Default)]
pub(crate) struct Features {
    feats: Vec<Feat>,
    /// The facts of the blocks' text that the rules of context ask in each of their rounds.
    facts: TextFacts,
}

/// Facts of a block's text that the rules of context ask each time they run, found once: after
/// the line rules a block's text no longer changes (its counts in [`Feat`] are reused the same
/// way). Per block, bit `f` says fact `f` is known and bit `8 + f` holds it.
#[derive(Clone, Default)]
struct TextFacts(Vec<std::cell::Cell<u16>>);

/// The facts [`TextFacts`] keeps.
#[derive(Clone, Copy)]
enum Fact {
    /// At most 80 bytes and [`is_recommendations_header`].
    RecommendationsHeader,
    /// At most 60 bytes, and a reviews heading (`cut_reviews`).
    ReviewsHeading,
    /// [`is_comments_header`], and not a count of no comments.
    CommentsHeader,
    /// At most 80 bytes, no sentence, and [`is_teaser_header`].
    TeaserHeader,
    /// One piece, and [`is_link_like`].
    LinkLike,
    /// Reads as a menu's label rather than a list's item (`remove_nav_runs`).
    MenuLabel,
}

impl TextFacts {
    fn new(blocks: usize) -> TextFacts {
        TextFacts(vec![std::cell::Cell::new(0); blocks])
    }

    /// Fact `fact` of block `i`, found by `find` the first time it is asked.
    #[inline]
    fn get(&self, i: usize, fact: Fact, find: impl FnOnce() -> bool) -> bool {
        let Some(cell) = self.0.get(i) else {
            return find();
        };
        let (known, holds) = (1u16 << fact as u16, 1u16 << (8 + fact as u16));
        let bits = cell.get();
        if bits & known != 0 {
            return bits & holds != 0;
        }
        let value = find();
        cell.set(bits | known | if value { holds } else { 0 });
        value
    }
}

/// A table of figures the article quotes has this many rows or more...
const FIGURE_TABLE_MIN_ROWS: usize = 2;
/// ... with a paragraph of prose at most this many lines above it and below it.
const FIGURE_TABLE_PROSE_REACH: usize = 4;

/// Takes back the rows of a table of figures that `text.low-density` removed, where the table
/// stands between two paragraphs of prose: a dump flattens a table's row into one line of
/// capitalised names and figures with few function words ("4 MIT Sloan School of Management 5
/// (tie) 40% / 46% 15% 52% 3.6 730 $165,000"), which reads as a link list. A menu or a tag cloud
/// holds few figures, and a shop's grid or a sports table outside the article has no prose on
/// both sides. `rows_cut` lists the rows removed, each with its class before.
fn keep_figure_tables(doc: &mut Doc, feats: &mut [Feat], rows_cut: &[(usize, Class)]) {
    let n = doc.blocks.len().min(feats.len());
    let is_prose = |doc: &Doc, feats: &[Feat], j: usize| {
        doc.blocks[j].is_kept() && feats[j].class == Class::Good
    };
    let mut k = 0;
    while k < rows_cut.len() {
        let start = rows_cut[k].0;
        // The table: the rows of figures in a row from the first one cut, kept or cut.
        let mut end = start;
        let mut cut = 1;
        while end + 1 < n {
            let next = end + 1;
            let is_cut = rows_cut.get(k + cut).is_some_and(|&(i, _)| i == next);
            if is_cut {
                cut += 1;
            } else if !(doc.blocks[next].is_kept() && is_figure_row(&doc.blocks[next].plain)) {
                break;
            }
            end = next;
        }
        let above = (start.saturating_sub(FIGURE_TABLE_PROSE_REACH)..start)
            .any(|j| is_prose(doc, feats, j));
        let below =
            (end + 1..(end + 1 + FIGURE_TABLE_PROSE_REACH).min(n)).any(|j| is_prose(doc, feats, j));
        if cut >= FIGURE_TABLE_MIN_ROWS && above && below {
            for &(i, class) in &rows_cut[k..k + cut] {
                doc.blocks[i].state = crate::doc::State::Kept;
                feats[i].class = class;
            }
        }
        k += cut;
    }
}

/// The classifier's rules that judge a line by itself (and the page title), run before the rules
/// of context such as `nav.run`, so that those see the same neighbours in the clean body.
pub(crate) fn apply_lines(doc: &mut Doc, rs: &Ruleset) -> Features {
    if !RULES_HERE.iter().any(|r| rs.on(r)) {
        return Features::default();
    }
    apply_page_title(doc, rs);
    let mut feats = features(doc);

    // Named chrome: interface vocabulary and flattened link lists.
    let (menu_on, dated_on, low_on) = (rs.on(&MENU_LINE), rs.on(&DATED_LIST), rs.on(&LOW_DENSITY));
    let (disclosure_on, signup_on) = (rs.on(&DISCLOSURE), rs.on(&SIGNUP_LINE));
    let form_on = rs.on(&FORM_FIELD);
    let shop_on = rs.on(&SHOP_LABEL);
    // The lines that may hold a sign-up or disclosure clue, and those that may hold a site's
    // link label, each found by one vector search over the page's short lines: the automata
    // then scan only those.
    let (may_clue, may_link) = if disclosure_on || signup_on || menu_on {
        let lines = JoinedLines::new(
            doc.blocks
                .iter()
                .map(|b| b.is_kept().then(|| crate::text::trim_ws(&b.plain))),
        );
        let clue = (disclosure_on || signup_on).then(|| lines.holding(&CLUE_WORDS));
        let link = menu_on.then(|| lines.holding(&SITE_LINK_WORDS));
        (clue.unwrap_or_default(), link.unwrap_or_default())
    } else {
        (Vec::new(), Vec::new())
    };
    // The labels that open the page's lines ("Key services: ..."), counted when a line of low
    // density first needs them.
    let mut field_labels: Option<FieldLabels> = None;
    // The rows of figures `text.low-density` removed, with their classes before it.
    let mut figure_rows_cut: Vec<(usize, Class)> = Vec::new();
    for (i, feat) in feats.iter_mut().enumerate() {
        if !doc.blocks[i].is_kept() {
            continue;
        }
        let f = *feat;
        let text = crate::text::trim_ws(&doc.blocks[i].plain);
        // A table's row is cells side by side, with few function words by nature: not a link
        // list flattened on one line, nor a form's field labels.
        let table_row = doc.blocks[i]
            .dom
            .as_ref()
            .is_some_and(|d| d.kind == crate::model::ParagraphKind::TableRow)
            || doc.is_markdown_table(i);
        // The clues are looked for only when a test needs them: not for a line removed as a
        // menu line first.
        let mut found = None;
        let mut clues_of = |t: &str| {
            *found.get_or_insert_with(|| {
                if may_clue.get(i).copied().unwrap_or(false) {
                    clues(t)
                } else {
                    Clues::default()
                }
            })
        };
        // A chrome line, or (for a line that is not prose) a menu line: `is_menu_line` without
        // its second look for a chrome line, which the first has answered (`text` is trimmed,
        // and a menu line is at most 120 bytes).
        // A label said twice is judged by its half (`crate::text::undoubled`).
        let label = crate::text::undoubled(text);
        if menu_on
            && text.len() <= 200
            && (is_chrome_line(label)
                // Its figures make it read as running text.
                || is_user_card(text)
                || is_post_reaction(text)
                || (f.class != Class::Good
                    && label.len() <= 120
                    && (is_menu_vocabulary(label) || is_submenu_label(label))))
        {
            doc.remove(i, &MENU_LINE, None);
            feat.class = Class::Removed;
        } else if shop_on && doc.blocks[i].dom.is_none() && is_shop_line(label) {
            doc.remove(i, &SHOP_LABEL, None);
            feat.class = Class::Removed;
        } else if menu_on
            && may_link.get(i).copied().unwrap_or(true)
            && is_site_links(text, &f.counts)
        {
            doc.remove(
                i,
                &MENU_LINE,
                Some("links of a site's footer or header".into()),
            );
            feat.class = Class::Removed;
        } else if disclosure_on && is_disclosure_line(text, clues_of(text)) {
            doc.remove(i, &DISCLOSURE, None);
            feat.class = Class::Removed;
        } else if signup_on && is_signup_line(text, f.class, clues_of(text)) {
            doc.remove(i, &SIGNUP_LINE, None);
            feat.class = Class::Removed;
        } else if form_on && !table_row && is_form_field(text) {
            doc.remove(i, &FORM_FIELD, None);
            feat.class = Class::Removed;
        } else if dated_on && !table_row && is_dated_list(text, &f.counts) {
            doc.remove(i, &DATED_LIST, Some(format!("{} years", years_in(text))));
            feat.class = Class::Removed;
        } else if low_on && !table_row && is_repeated_link_line(text, &f.counts) {
            doc.remove(
                i,
                &LOW_DENSITY,
                Some("its opening words repeated, link after link".to_string()),
            );
            feat.class = Class::Removed;
        } else if low_on
            && !table_row
            && is_low_density(text, &f.counts)
            && !field_labels
                .get_or_insert_with(|| FieldLabels::of(doc))
                .recurs(text)
        {
            let d = best_density(&f.counts);
            if is_figure_row(text) {
                figure_rows_cut.push((i, f.class));
            }
            doc.remove(i, &LOW_DENSITY, Some(format!("stopword share {d:.2}")));
            feat.class = Class::Removed;
        }
    }
    if !figure_rows_cut.is_empty() {
        keep_figure_tables(doc, &mut feats, &figure_rows_cut);
    }
    if dated_on {
        remove_dated_runs(doc, &mut feats);
    }
    let facts = TextFacts::new(feats.len());
    Features { feats, facts }
}

/// Dated headlines one per line need this many in a row to make a list.
const MIN_DATED_RUN: usize = 3;

/// A dated headline has at most this many words.
const MAX_DATED_HEADLINE_WORDS: usize = 20;

/// Does `t` end with a full date: a day and a month in either order, then a year ("… 16 February
/// 2026", "… Feb 6, 2026")? (A month and a year alone end a timeline's events as often: "Opened
/// the second shop in May 2022".)
fn ends_with_date(t: &str) -> bool {
    let b = t.as_bytes();
    if b.len() < 8 || !b[b.len() - 1].is_ascii_digit() {
        return false;
    }
    let mut words = t
        .rsplit(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let year = words.next().unwrap_or_default();
    if year.len() != 4
        || !(year.starts_with("19") || year.starts_with("20"))
        || !year.bytes().all(|c| c.is_ascii_digit())
    {
        return false;
    }
    let day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit());
    let month = |w: &str| crate::dates::month_of(w).is_some();
    match (words.next(), words.next()) {
        // "Feb 6, 2026"; "16 February 2026".
        (Some(a), Some(b)) => (day(a) && month(b)) || (month(a) && day(b)),
        _ => false,
    }
}

/// `text.dated-list`, for the lines of a list of dated headlines one per line (an archive, a
/// rail of other posts: "A guide to Armenian wines 9 February 2026" / "Brett in beer and wine…
/// 26 January 2026" / …): [`MIN_DATED_RUN`] kept lines in a row at least, each ending with a full
/// date ([`ends_with_date`]).
fn remove_dated_runs(doc: &mut Doc, feats: &mut [Feat]) {
    let n = doc.blocks.len();
    let mut i = 0;
    while i < n {
        let dated = |k: usize| {
            let b = &doc.blocks[k];
            b.is_kept()
                && b.plain.len() <= 200
                && ends_with_date(crate::text::trim_ws(&b.plain))
                && crate::text::word_count(&b.plain) <= MAX_DATED_HEADLINE_WORDS
        };
        if !dated(i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < n && dated(j + 1) {
            j += 1;
        }
        if j + 1 - i >= MIN_DATED_RUN {
            for k in i..=j {
                doc.remove(
                    k,
                    &DATED_LIST,
                    Some(format!("{} dated lines in a row", j + 1 - i)),
                );
                if let Some(f) = feats.get_mut(k) {
                    f.class = Class::Removed;
                }
            }
        }
        // (Block `j + 1`, if any, was just found undated.)
        i = j + 2;
    }
}

/// The classifier's rules of context: the main region, its ends, navigation runs.
pub(crate) fn apply_context(doc: &mut Doc, rs: &Ruleset, features: &Features) {
    if features.feats.len() != doc.blocks.len() {
        return;
    }
    // Blocks removed since the lines were judged (by nav.run) are gone for the region too.
    // (Copied and marked in one pass.)
    let mut feats: Vec<Feat> = features
        .feats
        .iter()
        .zip(&doc.blocks)
        .map(|(f, b)| {
            if b.is_kept() {
                *f
            } else {
                Feat {
                    class: Class::Removed,
                    ..*f
                }
            }
        })
        .collect();
    apply_region(doc, rs, &mut feats, &features.facts);
}

/// Runs of short link-like lines among the kept blocks. Lines removed already are skipped (the
/// clean body, cleaned again, has none of them); those removed as menu items or buttons count as
/// members of the run.
fn apply_nav_runs(doc: &mut Doc, feats: &mut [Feat], facts: &TextFacts) {
    let members = doc.blocks_where(|b| {
        b.is_kept()
            || b.is_removed_by(&crate::rules::nav::RUN)
            || b.is_removed_by(&crate::rules::share::BUTTONS)
            || b.is_removed_by(&MENU_LINE)
    });
    remove_nav_runs(doc, &members, feats, facts);
}

/// Removes the runs of short link-like lines in `kept` (indices of kept blocks and of menu items
/// removed already, which count as members of a run).
fn remove_nav_runs(doc: &mut Doc, kept: &[usize], feats: &mut [Feat], facts: &TextFacts) {
    let mut k = 0;
    while k < kept.len() {
        let start = k;
        while k < kept.len() && {
            let b = &doc.blocks[kept[k]];
            !b.is_kept()
                || facts.get(kept[k], Fact::LinkLike, || {
                    b.line_count(&doc.src) == 1 && is_link_like(&b.plain, &feats[kept[k]].counts)
                })
        } {
            k += 1;
        }
        let run = &kept[start..k];
        // A list introduced by a colon belongs to the text.
        let introduced =
            || start > 0 && crate::text::ends_with_colon(&doc.blocks[kept[start - 1]].plain);
        if run.len() >= NAV_RUN_MIN && !introduced() {
            let linky = run
                .iter()
                .filter(|&&i| {
                    !doc.blocks[i].is_kept()
                        || facts.get(i, Fact::MenuLabel, || {
                            let t = crate::text::trim_ws(&doc.blocks[i].plain);
                            (is_title_case(t) || is_menu_line(t)) && !is_list_item(t)
                        })
                })
                .count();
            // One kept line among removed buttons is a heading beside them, not a menu.
            let kept_in_run = run.iter().filter(|&&i| doc.blocks[i].is_kept()).count();
            if kept_in_run >= 2 && linky * 10 >= run.len() * 8 {
                let detail = Some(format!("{} short lines in a row", run.len()));
                for &i in run {
                    doc.remove(i, &NAV_RUN, detail.clone());
                    feats[i].class = Class::Removed;
                }
            }
        }
        k = k.max(start + 1);
    }
}

/// Features and classes of all blocks; removed blocks are `Bad`.
fn features(doc: &Doc) -> Vec<Feat> {
    doc.blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if b.is_kept() {
                let counts = doc
                    .word_counts
                    .get(i)
                    .copied()
                    .flatten()
                    .unwrap_or_else(|| Counts::of(&b.plain));
                let mut class = classify(&b.plain, &counts);
                if class == Class::Good && mentions_cookies(&b.plain) {
                    // A cookie wall is prose, but never the article.
                    class = Class::Bad;
                } else if class == Class::Short && is_item(&b.plain) {
                    class = Class::Item;
                }
                Feat { counts, class }
            } else {
                Feat {
                    counts: Counts::default(),
                    class: Class::Removed,
                }
            }
        })
        .collect()
}

/// Whether a line reads as running text, whatever its end: as many function words as the
/// classifier's prose has (in one of the languages of the stopword lists), and most words in
/// lower case. A forum post that trails off without a full stop does; a list of package names
/// in lower case does not, nor a row of book titles ("How Not to Age How Not to Die ...").
pub(crate) fn reads_as_running_text(t: &str) -> bool {
    best_density(&Counts::of(t)) >= GOOD_DENSITY && is_lower_case_text(t)
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&ANSWERS_HEADER_RE);
    Lazy::force(&COMMENT_COUNT_RE);
    Lazy::force(&MENU_SET);
    Lazy::force(&MENU_EDGE_WORDS);
    Lazy::force(&MENU_SHAPES);
    Lazy::force(&SIGNUP_LINE_RE);
    Lazy::force(&SIGNUP_PITCH_RE);
    Lazy::force(&SHOP_LINE_RE);
    Lazy::force(&SHOP_DELIVERY_RE);
    Lazy::force(&SHOP_LINE_PREFIXES);
    Lazy::force(&FIGURE_LABEL_WORDS);
    Lazy::force(&FORM_CONSENT_RE);
    Lazy::force(&SUBMENU_LABEL_RE);
    Lazy::force(&USER_CARD_RE);
    Lazy::force(&POST_REACTION_RE);
    Lazy::force(&RECOMMENDATIONS_HEADER_PREFIXES);
    Lazy::force(&CLUES);
    Lazy::force(&CLUE_WORDS);
    Lazy::force(&CHROME_LINES);
    lines::prepare_chrome_lines();
    Lazy::force(&CHROME_LINE_PREFIXES);
    Lazy::force(&CHROME_LINE_SETS);
    Lazy::force(&COMMENT_FORM_PREFIXES);
    Lazy::force(&COMMENT_FORM_RE);
    Lazy::force(&COMMENTS_HEADER_RE);
    Lazy::force(&COMMENTS_HEADER_PREFIXES);
    Lazy::force(&REVIEW_MARK_RE);
    Lazy::force(&RATING_RE);
    Lazy::force(&PRODUCT_TAB_RE);
    Lazy::force(&RECOMMENDATIONS_HEADER_RE);
    Lazy::force(&TEASER_HEADER_RE);
    Lazy::force(&TEASER_HEADER_ASCII_RE);
    Lazy::force(&SITE_LINK_LABELS);
    Lazy::force(&SITE_LINK_WORDS);
    Lazy::force(&PRICE_LINE_RE);
    Lazy::force(&PRICE_LINE_PREFIXES);
    Lazy::force(&SHOP_CONTROL_PARTS);
    Lazy::force(&WIDGET_LABEL_RE);
    Lazy::force(&WIDGET_LABEL_PREFIXES);
    Lazy::force(&PAGE_LINE_PREFIXES);
    Lazy::force(&PRODUCT_PAGE_LINE_RE);
    Lazy::force(&RESULTS_PAGE_LINE_RE);
    Lazy::force(&PRICE_IN_LINE_RE);
}
