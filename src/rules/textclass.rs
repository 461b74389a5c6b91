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

use crate::doc::Doc;
use crate::model::{Layer, MetaField};
use crate::rules::segment::is_list_item;
use crate::rules::{Rule, Ruleset, Tier};
use crate::stopwords::Counts;
use crate::text::{ends_sentence, is_title_case, Prefixes};
use once_cell::sync::Lazy;
use regex::Regex;

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
    why: "a line of several dated headlines (an archive, a list of other stories)",
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

/// The line above the article (`meta.title`) is the headline the title line words for search
/// when they share this much of their words ([`crate::text::resemblance`]).
const MIN_TITLE_RESEMBLANCE: f64 = 0.35;

/// The dump's title line, its site suffix stripped, is the title of a dump whose headline was not
/// found under it: none was found, or the line found above the article (`meta.title`) is unlike
/// it. That line is a section's label, a byline, a date or a comment count more often than the
/// headline when the page's own title does not resemble it.
pub(crate) fn title_from_title_line(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&TITLE_LINE) || doc.is_html_page() {
        return;
    }
    let Some(TitleLineValue { line: t, value }) = title_line_value(doc) else {
        return;
    };
    // The page's own headline, where the title line is an SEO title that no line repeats: the
    // line over the article's byline or date, when it shares words with the title line.
    if rs.on(&HEADLINE_OVER_BYLINE) {
        if let Some(j) = headline_over_byline(doc, &value) {
            doc.metadata.title = Some(headline_field(doc, j));
            // A line the rules of context took with the menus above it is the headline: this
            // rule says why it left the body. A line they kept stays, as the title line does:
            // taken out, it would leave the clean body another first line to judge.
            if !doc.blocks[j].is_kept() {
                doc.blocks[j].state = crate::doc::State::Removed {
                    rule: &HEADLINE_OVER_BYLINE,
                    detail: None,
                    duplicate_of: None,
                };
            }
            return;
        }
    }
    let plain = &doc.blocks[0].plain;
    let start = t.as_ptr() as usize - plain.as_ptr() as usize;
    let end = if t.starts_with(value.as_str()) {
        start + value.len()
    } else {
        start + t.len()
    };
    let value = crate::text::collapse(&value);
    doc.metadata.title = Some(doc.field(0, start, end, value, &TITLE_LINE));
}

/// The title line of a dump whose title it gives, and that title (its site suffix and marks
/// stripped).
struct TitleLineValue<'d> {
    line: &'d str,
    value: String,
}

/// The title line and its title, when the dump's title is to come from it (see
/// [`title_from_title_line`]): no headline was found under it, or the line found above the
/// article is unlike it, or only repeats the site's name.
fn title_line_value<'d>(doc: &'d Doc<'_>) -> Option<TitleLineValue<'d>> {
    let t = title_line(doc)?;
    // A headline that repeats only the site's name the title line ends with is the site's logo
    // or its name in the footer ("8 Recent Trends in Photography - Flatworld Solutions" over a
    // page whose "Flatworld Solutions" line is its logo's text): the page is not named by it.
    // (Its lines stay removed: they are the site's name, not the article's.)
    // A short name that repeats what follows a separator of the title line is the site's or
    // the section's name there too ("Quickstart — Flask Documentation (3.1.x)" over a "Flask
    // Documentation (3.1.x)" logo line): the page's name is what precedes it.
    // (Tried when the title line's suffix, as it is stripped, does not name it: the suffix is
    // stripped then, section and all.)
    let headline = doc
        .metadata
        .title
        .as_ref()
        .filter(|f| f.rule == HEADLINE.id);
    let names_site = headline.is_some_and(|f| names_only_the_site(t, &f.value));
    let head_before_site = headline
        .filter(|_| !names_site)
        .and_then(|f| head_before_name(t, &f.value));
    let site_headline = names_site || head_before_site.is_some();
    if doc
        .metadata
        .title
        .as_ref()
        .is_some_and(|f| f.rule != crate::rules::meta::TITLE.id)
        && !site_headline
    {
        return None;
    }
    // A first line that a named rule removed is that rule's (a share button, a cookie notice);
    // the page title line is kept, or taken by the rules of context with the menus around it.
    let first = &doc.blocks[0];
    if !(first.is_kept()
        || taken_by_context(first)
        || site_headline && first.is_removed_by(&PAGE_TITLE))
    {
        return None;
    }
    let value = match head_before_site {
        Some(head) => head.to_string(),
        None => crate::html::meta::strip_site_suffix(t, None),
    };
    let value = crate::html::meta::tidy_title(&value).to_string();
    if crate::text::word_count(&value) == 0 {
        return None;
    }
    if let Some(found) = doc.metadata.title.as_ref().filter(|_| !site_headline) {
        // The headline found above the article, unless it is the title line itself, which
        // gives up its site suffix.
        let is_title_line = found.value == crate::text::collapse(t);
        if !is_title_line && crate::text::resemblance(&found.value, &value) >= MIN_TITLE_RESEMBLANCE
        {
            return None;
        }
    }
    Some(TitleLineValue { line: t, value })
}

/// Removes the lines above the headline that [`title_from_title_line`] will find over the
/// article's byline or date (`text.headline-over-byline`), as the page's header, however long
/// (a shop's menu of products with their blurbs), when prose follows it: a line over the "Last
/// updated" line at a page's foot heads no article. It runs with the rules of context, so that
/// they judge the lines below it as they will in the clean body. Tells whether it removed any.
pub(crate) fn cut_above_headline_over_byline(doc: &mut Doc, rs: &Ruleset) -> bool {
    use crate::rules::prose_edges;
    if !(rs.on(&TITLE_LINE) && rs.on(&HEADLINE_OVER_BYLINE) && rs.on(&prose_edges::ABOVE_HEADLINE))
        || doc.is_html_page()
    {
        return false;
    }
    // Most dumps have no byline or date line to look over: the title line is not read for them.
    let anchors = byline_anchors(doc);
    if anchors.iter().all(|a| a.is_none_or(|a| a == 0)) {
        return false;
    }
    let Some(j) = title_line_value(doc).and_then(|t| headline_over_anchors(doc, &t.value, anchors))
    else {
        return false;
    };
    let prose_below = doc.blocks[j + 1..]
        .iter()
        .any(|b| b.is_kept() && prose_edges::is_prose_paragraph(b));
    if !(prose_below && prose_edges::cut_above(doc, j, None)) {
        return false;
    }
    // The headline is the title from now on: the rules that judge the first lines left do not
    // take the heading under it for the title.
    doc.metadata.title = Some(headline_field(doc, j));
    doc.remove(j, &HEADLINE_OVER_BYLINE, None);
    true
}

/// Block `j`, the headline over the byline, as the title (`text.headline-over-byline`).
fn headline_field(doc: &Doc, j: usize) -> MetaField {
    let b = &doc.blocks[j];
    MetaField {
        value: crate::text::collapse(crate::text::trim_ws(&b.plain)),
        span: b.outer_span(),
        rule: HEADLINE_OVER_BYLINE.id,
        normalized: None,
    }
}

/// `text.site-suffix`: the site's name from the end of the dump's title line ("Headline | Site",
/// "Headline | Section | Site"; see [`crate::html::meta::site_in_title`]). Pages name themselves
/// there more often than in their copyright notice, which names the company that owns them
/// ("Insurance Business" against "KM Business Information US, Inc").
pub(crate) fn site_from_title_line(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&SITE_SUFFIX) || doc.is_html_page() {
        return;
    }
    let Some(t) = title_line(doc) else {
        return;
    };
    let Some(r) = crate::html::meta::site_in_title(t) else {
        return;
    };
    let start = t.as_ptr() as usize - doc.blocks[0].plain.as_ptr() as usize + r.start;
    let value = crate::text::collapse(&t[r.clone()]);
    doc.metadata.site_name = Some(doc.field(0, start, start + r.len(), value, &SITE_SUFFIX));
}

/// A name has at most this many words to be taken for the site's or a section's in
/// [`head_before_name`]: a longer line is a headline, which a title line may follow with the
/// site's name in front ("Frommers | The 10 Best (and Cheapest) Airfare Search Sites for 2026").
const SITE_NAME_MAX_WORDS: usize = 5;

/// The part of the title line `title` before a separator that `name` follows (alone, or as the
/// first of the parts after it), when `name` reads as a name: a few words in Title Case, no
/// sentence ("Flask Documentation (3.1.x)", "University of Wisconsin-Stevens Point"). That part
/// is the page's own name.
fn head_before_name<'t>(title: &'t str, name: &str) -> Option<&'t str> {
    let key = title_key(name);
    if key.is_empty()
        || crate::text::word_count(name) > SITE_NAME_MAX_WORDS
        || ends_sentence(name)
        || !crate::text::is_title_case(name)
    {
        return None;
    }
    // Where each separator stands, from the first.
    let mut seps: Vec<(usize, usize)> = TITLE_SEPARATORS
        .iter()
        .flat_map(|sep| title.match_indices(sep).map(|(k, m)| (k, m.len())))
        .collect();
    seps.sort_unstable();
    seps.into_iter().find_map(|(k, len)| {
        let (head, rest) = (title[..k].trim(), title.get(k + len..).unwrap_or(""));
        let first_part = TITLE_SEPARATORS
            .iter()
            .filter_map(|sep| rest.find(sep))
            .min()
            .map_or(rest, |e| &rest[..e]);
        (!head.is_empty()
            && title_key(head) != key
            && (title_key(rest) == key || title_key(first_part) == key))
            .then_some(head)
    })
}

/// Whether `value` is one of the parts of the site's suffix that [`strip_site_suffix`] cuts off
/// the title line `title` ("Flatworld Solutions" of "8 Recent Trends in Photography - Flatworld
/// Solutions"), and no part of what it keeps.
///
/// [`strip_site_suffix`]: crate::html::meta::strip_site_suffix
fn names_only_the_site(title: &str, value: &str) -> bool {
    let head = crate::html::meta::strip_site_suffix(title, None);
    let Some(suffix) = title.strip_prefix(head.as_str()).filter(|s| !s.is_empty()) else {
        return false;
    };
    let mut parts = vec![suffix];
    for sep in TITLE_SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    let key = title_key(value);
    !key.is_empty() && parts.into_iter().any(|p| title_key(p) == key)
}

/// Was `b` taken by a rule of context with the menus around the article (or as the line above
/// it)? The page title line and the headline may be among such lines.
pub(crate) fn taken_by_context(b: &crate::doc::Block) -> bool {
    [
        &NAV_RUN,
        &OUTSIDE_MAIN,
        &LOW_DENSITY,
        &crate::rules::nav::RUN,
        &crate::rules::prose_edges::BEFORE,
        &crate::rules::prose_edges::ABOVE_HEADLINE,
        &crate::rules::meta::TITLE,
    ]
    .into_iter()
    .any(|r| b.is_removed_by(r))
}

/// How many lines above the byline or date line the headline may stand (lines of the byline
/// block itself, captions, copies and reading times not counted).
const HEADLINE_OVER_BYLINE_REACH: usize = 2;
/// The headline shares at least this much of its words with the title line (their Dice
/// coefficient, see [`shares_title_words`]): an SEO title rewords the headline.
const MIN_HEADLINE_OVER_BYLINE_RESEMBLANCE: f64 = 0.2;

/// The headline of a dump whose title line no line repeats (an SEO title, "Top 10 Trends for
/// 2026", over the page's "The 7 Biggest Trends in 2025"): the headline-shaped line right above
/// the byline or date line that the metadata rules found, when it shares words with the title
/// line `title`. A section label, a breadcrumb, a button or a byline's other lines stand there
/// too: they share no words with the title, or have another shape.
fn headline_over_byline(doc: &Doc, title: &str) -> Option<usize> {
    headline_over_anchors(doc, title, byline_anchors(doc))
}

/// [`headline_over_byline`], over the byline's and the date line's blocks found already.
fn headline_over_anchors(doc: &Doc, title: &str, anchors: [Option<usize>; 2]) -> Option<usize> {
    let [by_author, by_date] = anchors;
    // The lines a byline block holds, and what stands between it and the headline.
    let passed_over = |b: &crate::doc::Block| match b.state {
        crate::doc::State::Removed { rule, .. } => {
            [
                "byline.",
                "meta.date",
                "meta.categories",
                "caption.",
                "dedup.",
                "share.",
                "ad.",
            ]
            .iter()
            .any(|p| rule.id.starts_with(p))
                || std::ptr::eq(rule, &MENU_LINE)
        }
        crate::doc::State::Kept => false,
    };
    // What the rules of context took with the menus around the article, which a headline may be.
    let by_context = |b: &crate::doc::Block| b.is_kept() || taken_by_context(b);
    let mut anchors: Vec<usize> = [by_author, by_date].into_iter().flatten().collect();
    anchors.sort_unstable();
    for anchor in anchors.into_iter().filter(|&a| a > 0) {
        let mut seen = 0;
        for j in (1..anchor).rev() {
            let b = &doc.blocks[j];
            if passed_over(b) {
                continue;
            }
            seen += 1;
            if seen > HEADLINE_OVER_BYLINE_REACH {
                break;
            }
            let t = crate::text::trim_ws(&b.plain);
            if by_context(b)
                && b.pieces.len() == 1
                && is_headline_shaped(t)
                && shares_title_words(t, title)
            {
                return Some(j);
            }
        }
    }
    None
}

/// The blocks of the byline and of the date line that the metadata rules found, which a
/// headline stands over (see [`headline_over_byline`]).
fn byline_anchors(doc: &Doc) -> [Option<usize>; 2] {
    let by_author = doc
        .metadata
        .author
        .as_ref()
        .filter(|a| a.rule.starts_with("byline."))
        .and_then(|a| doc.block_at(a.span.start));
    [by_author, crate::rules::meta::date_line_block(doc)]
}

/// A headline's shape: two to 25 words, no sentence's full stop at its end, not a breadcrumb
/// ("Home > Blog > Tips").
fn is_headline_shaped(t: &str) -> bool {
    let words = crate::text::word_count(t);
    // (An abbreviation may end it: "… in the U.S.")
    let sentence_end = t.strip_suffix('.').is_some_and(|rest| {
        !rest
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.contains('.'))
    });
    (2..=25).contains(&words)
        && t.len() <= 200
        && !sentence_end
        && ![" > ", " | ", " » ", " / "].iter().any(|s| t.contains(s))
}

/// Whether `line` shares a word of content (three letters or more, no function word of any
/// language) with the title line, and enough of its words (their Dice coefficient). Words are
/// compared lower-cased, a plural's "s" dropped ("MBA" and "MBAs").
fn shares_title_words(line: &str, title: &str) -> bool {
    let words = |t: &str| -> Vec<(String, bool)> {
        let mut w: Vec<(String, bool)> = t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                let lower = w.to_lowercase();
                let content = lower.chars().count() >= 3 && crate::stopwords::mask(&lower) == 0;
                let stem = match lower.strip_suffix('s') {
                    Some(stem) if stem.chars().count() >= 2 => stem.to_string(),
                    _ => lower,
                };
                (stem, content)
            })
            .collect();
        w.sort_unstable();
        w
    };
    let (a, b) = (words(line), words(title));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (mut i, mut j, mut shared, mut content) = (0, 0, 0usize, false);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                content |= a[i].1;
                i += 1;
                j += 1;
            }
        }
    }
    content
        && 2.0 * shared as f64 / (a.len() + b.len()) as f64 >= MIN_HEADLINE_OVER_BYLINE_RESEMBLANCE
}

/// A dump's title, whichever rule found it, without its template's marks (see
/// [`crate::html::meta::tidy_title`]): "Middleware ¶", "Index funds /".
pub(crate) fn tidy_title(doc: &mut Doc) {
    if doc.is_html_page() {
        return;
    }
    let crate::model::Metadata {
        title, site_name, ..
    } = &mut doc.metadata;
    let site = site_name.as_ref().map(|s| s.value.as_str());
    if let Some(t) = title.as_mut() {
        let tidy = crate::html::meta::tidy_title(&t.value);
        if tidy.len() < t.value.len() && !tidy.is_empty() {
            t.value = tidy.to_string();
        }
        // A headline that ends with the site's name ("Best UK Art Exhibitions 2025 – Artlyst"
        // under "… – Artlyst - Artlyst") loses it.
        if let Some(head) = site.and_then(|s| without_site(&t.value, s)) {
            t.value = head.to_string();
        }
    }
}

/// `title` without a separator and the site's name `site` at its end, when words are left.
fn without_site<'t>(title: &'t str, site: &str) -> Option<&'t str> {
    let n = title.len().checked_sub(site.len())?;
    let tail = title.get(n..)?;
    if !tail.eq_ignore_ascii_case(site) {
        return None;
    }
    let head = title[..n].trim_end();
    crate::html::meta::SUFFIX_SEPARATORS
        .iter()
        .find_map(|sep| head.strip_suffix(sep.trim_end()))
        .map(str::trim_end)
        .filter(|h| crate::text::word_count(h) >= 2)
}

/// The rules of this module.
const RULES_HERE: [&Rule; 22] = [
    &PAGE_TITLE,
    &TITLE_ONLY,
    &HEADLINE,
    &HEADLINE_OVER_BYLINE,
    &MENU_LINE,
    &SHOP_LABEL,
    &DISCLOSURE,
    &SIGNUP_LINE,
    &BUTTON_LABEL,
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

/// Interface words and phrases that make up a whole line of page chrome, lower-case, without
/// trailing punctuation or arrows. Section names ("Business", "Features") are not here: inside
/// an article they can be headings. Share-button labels are not either: `share.buttons` owns
/// them, and disabling it must keep them.
const MENU_VOCABULARY: &[&str] = &[
    "home",
    "homepage",
    "home page",
    "menu",
    "main menu",
    "open menu",
    "close menu",
    "close",
    "toggle navigation",
    "navigation",
    "search",
    "search for",
    "search this site",
    "log in",
    "login",
    "log out",
    "logout",
    "sign in",
    "sign out",
    "sign up",
    "register",
    "create account",
    "my account",
    "account",
    "cart",
    "view cart",
    "shopping cart",
    "checkout",
    "wishlist",
    "compare",
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "skip to footer",
    "jump to content",
    "back to top",
    "go to top",
    "scroll to top",
    "top",
    "previous",
    "next",
    "prev",
    "next page",
    "previous page",
    "close filters",
    "achat rapide",
    // A form's buttons (its field labels stay: rules of context read them as a form's).
    "send",
    "cancel",
    "show less",
    "show details",
    "hide details",
    "show translation",
    "show original",
    "skip listing",
    // A shop card's badges and buttons, and a sign-up button's fine print.
    "top rated",
    "best seller",
    "bestseller",
    "more options",
    "ask an expert",
    "expand description",
    "discover more",
    "featured products",
    "previous page of related sponsored products",
    "next page of related sponsored products",
    "you're not signed in",
    // A forum thread's count label.
    "views",
    // An article's AI-summary button and a pinning prompt.
    "summarize with ai",
    "summarize this article with",
    "summarize this article for me",
    "pin for later",
    "pin it for later",
    "new arrival",
    "no credit card required",
    // A contact widget's heading.
    "how can we help",
    "how can we help you",
    // A pager's or a carousel's two buttons flattened onto one line.
    "previous next",
    "prev next",
    "back next",
    "previous slide next slide",
    "older posts",
    "newer posts",
    "load more",
    "show more",
    "view all",
    "see all",
    "view more",
    "see more",
    "reply",
    "like",
    "report",
    "quote",
    "permalink",
    "submit",
    "go",
    "ok",
    "view in browser",
    "view online",
    "unsubscribe",
    "breadcrumb",
    "you are here",
    "order now",
    "buy now",
    "shop now",
    "learn more",
    "get started",
    "contact us",
    "contact",
    "privacy policy",
    "terms of service",
    "terms of use",
    "terms and conditions",
    "cookie policy",
    "sitemap",
    "site map",
    "accessibility",
    "startseite",
    "suche",
    "anmelden",
    "abmelden",
    "warenkorb",
    "impressum",
    "datenschutz",
    "accueil",
    "recherche",
    "connexion",
    "panier",
    "inicio",
    "buscar",
    "iniciar sesión",
    "carrito",
    "início",
    "pesquisar",
    "entrar",
    "carrinho",
    "cerca",
    "accedi",
    "carrello",
    "zoeken",
    "inloggen",
    "winkelwagen",
    "главная",
    "поиск",
    "войти",
    "beranda",
    "cari",
    "masuk",
    // shops
    "add to cart",
    "add to basket",
    "add to bag",
    "add to wishlist",
    "add to compare",
    "quick view",
    "view details",
    "see details",
    "buy it now",
    "in stock",
    "out of stock",
    "sold out",
    "write a review",
    "related products",
    "new arrivals",
    "bestsellers",
    "best sellers",
    "ajouter au panier",
    "in den warenkorb",
    "añadir al carrito",
    "aggiungi al carrello",
    "adicionar ao carrinho",
    "in winkelwagen",
    // calls to action of company sites
    "apply now",
    "about",
    "about us",
    "book a demo",
    "request a demo",
    "get a demo",
    "watch demo",
    "start free trial",
    "start your free trial",
    "free trial",
    "try it free",
    "try for free",
    "contact sales",
    "talk to sales",
    "schedule a call",
    "get a quote",
    "get in touch",
    "back to blog",
    "back to news",
    "back",
    "tell me more",
    "read more",
    "continue reading",
    "advertisement",
    "advertisements",
    "sponsored",
    "ad",
    "loading",
    // forums, Q&A, wikis, docs
    "click to expand",
    "show ignored content",
    "ask question",
    "find the answer to your question by asking",
    "improve this question",
    "improve this answer",
    "add a comment",
    "share improve this answer",
    "edit",
    "table of contents",
    "contents",
    "in this article",
    "on this page",
    "send feedback",
    "submit correction",
    "was this helpful",
    "was this page helpful",
    "random article",
    "current events",
    "recent posts",
    "recent comments",
    "archives",
    "meta",
    "tags",
    // social and reader tools
    "follow the author",
    "follow author",
    "pin this for later",
    "pin it for later",
    "reply by email",
    "people also like",
    "get it now",
    "view options",
    "download catalog",
    "listen on",
    // forum software
    "reply with quote",
    "view public profile",
    "board index",
    "more sharing options",
    "top posters in this topic",
    "upvote",
    "downvote",
    "new to reddit",
    "want to join",
    "get the reddit app",
    "not open for further replies",
    "sign up or log in",
    "log in or sign up",
    "log in or register",
    "display posts from previous",
    "search for a thread",
    "more topics from this board",
    "something went wrong",
    // documentation sites
    "edit this page",
    "edit on github",
    "edit page",
    "improve this page",
    "report an issue",
    "report a problem",
    "view page source",
    "view source",
    "learn how to contribute",
    "copy code",
    "copy to clipboard",
    "copied",
    "create an account",
    "open in app",
    "rss feed",
    // shops, more
    "choose an option",
    "add to list",
    "no longer available",
    "free shipping",
    "free standard shipping",
    "returns & exchanges accepted",
    "returns and exchanges accepted",
    "chat with an expert",
    "en stock",
];

/// [`MENU_VOCABULARY`] for look-ups.
static MENU_SET: Lazy<crate::text::ByteSet> =
    Lazy::new(|| MENU_VOCABULARY.iter().map(|w| w.as_bytes()).collect());

/// Bit `n` of entry `b & 31`: an entry of [`MENU_VOCABULARY`] has `n` bytes and first byte `b`
/// (lengths of 63 and more share bit 63). Rules out most lines before the set look-up.
static MENU_SHAPES: Lazy<[u64; 32]> = Lazy::new(|| {
    let mut t = [0u64; 32];
    for w in MENU_VOCABULARY {
        if let Some(&b) = w.as_bytes().first() {
            t[(b & 31) as usize] |= 1 << w.len().min(63);
        }
    }
    t
});

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

/// Whole-line chrome that a vocabulary cannot list: "View this email in your browser.",
/// "Having trouble viewing this email?", "Showing 1–12 of 40 results", "Page 2 of 9". Each
/// pattern is anchored and comes with the words (lower case) all its matches start with, so that
/// a line only meets the patterns it may match: one set of all of them made the lazy DFA build
/// and drop states for every line.
/// Each row: the pattern, its prefixes, and a further cheap test every match passes. A new
/// pattern needs the first words of all its matches (lower case) as its prefixes; the test
/// `chrome_line_prefixes_never_rule_out_a_match` wants an example of it.
#[allow(clippy::type_complexity)]
const CHROME_LINE_PATTERNS: &[(&str, &[&str], Option<fn(&str) -> bool>)] = &[
    // The banner every site of the US government carries above its header (the U.S. Web
    // Design System's), each of its lines whole.
    (
        r"(?i)^(?:an official website of the (?:united states|u\.s\.) government|here[’']s how you know|official websites use \.gov|a \.gov website belongs to an official government organi[sz]ation in the united states\.?|secure \.gov websites use https|a lock \(\s*(?:lock a locked padlock)?\s*\) or https:// means you[’']ve safely connected to the \.gov website\.(?: share sensitive information only on official, secure websites\.)?)$",
        &[
            "an official website",
            "here",
            "official websites",
            "a .gov",
            "secure .gov",
            "a lock",
        ],
        None,
    ),
    (
        r"(?i)^you(?:'re|’re| are) receiving this (?:e-?mail|message|newsletter)\b",
        &["you're", "you are"],
        None,
    ),
    (
        r"(?i)^(?:update|manage) your (?:e-?mail )?(?:preferences|subscription)\W*$",
        &["update your", "manage your"],
        None,
    ),
    (
        r"(?i)^(?:new|junior|senior|well-known|active|registered|valued|veteran|established|premium)?\s*member$",
        &[
            "premium",
            "new",
            "junior",
            "senior",
            "well-known",
            "active",
            "registered",
            "valued",
            "veteran",
            "established",
            "member",
            " ",
            "\t",
            "\n",
            "\x0b",
            "\x0c",
            "\r",
        ],
        Some(ends_with_member),
    ),
    (
        r"(?i)^(?:joined|messages|posts|reaction score|reputation|points|likes received|member since)\s*:?\s*(?:[\d.,]+[km]?|\w{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \w{3,9}\.? \d{4})$",
        &[
            "joined",
            "messages",
            "posts",
            "reaction score",
            "reputation",
            "points",
            "likes received",
            "member since",
        ],
        None,
    ),
    (
        r"(?i)^(?:you must |please )?(?:log ?in|sign ?in|sign up|register)(?: or (?:log ?in|sign ?in|sign up|register))? (?:to|or|for) [^.!?]{0,40}[.!]?$",
        &[
            "you must",
            "please log",
            "please sign",
            "please register",
            "log",
            "sign",
            "register",
        ],
        None,
    ),
    (
        r"(?i)^you must (?:log in|sign in|register|be logged in)\b.{0,60}$",
        &["you must"],
        None,
    ),
    (
        r"(?i)^(?:view|see|browse|show|explore) (?:all|more)\b[^.!?]{0,40}$",
        &[
            "view all",
            "view more",
            "see all",
            "see more",
            "browse all",
            "browse more",
            "show all",
            "show more",
            "explore all",
            "explore more",
        ],
        None,
    ),
    // A page's feedback widget: "How useful was this page?", "Was this page helpful to you?".
    (
        r"(?i)^how (?:helpful|useful) (?:do you find|is|was) (?:the information on )?this (?:page|article)\?$",
        &["how helpful", "how useful"],
        None,
    ),
    (
        r"(?i)^(?:was|is) (?:this|the) (?:page|article|post|guide|doc|documentation|topic) (?:helpful|useful)(?: to you)?\s*\?$",
        &["was this", "was the", "is this", "is the"],
        None,
    ),
    (
        CALL_TO_ACTION_LINE,
        &CALL_TO_ACTION_LINE_FIRST,
        Some(ends_with_call_to_action),
    ),
    (
        r"(?i)^be the first to (?:know|comment|review|hear|see)\b[^.]{0,60}$",
        &["be the first"],
        None,
    ),
    (
        r"(?i)^(?:what do you think\??|like this:?|load (?:disqus )?comments|start a new thread|original poster|coming soon|filter (?:and|&) sort|save this (?:story|article|post))\W*$",
        &[
            "what do you",
            "like this",
            "load",
            "start a new",
            "original poster",
            "coming soon",
            "filter",
            "save this",
        ],
        None,
    ),
    // Skip links, one or several run together, to wherever they lead ("Skip to search results",
    // "Skip to main content Skip to Ask Learn chat experience", "Skip to content Go to Footer"):
    // a few words each, none of them a sentence's ("Skip to chunk 4 without chunk 2, and you'll
    // be lost" is the text's advice).
    (
        concat!(
            r"(?i)^(?:skip|jump) to",
            skip_link_target!(),
            r"(?:\s+(?:skip|jump|go) to",
            skip_link_target!(),
            r")*\s*$"
        ),
        &["skip to", "jump to"],
        None,
    ),
    // The badges of the stores and hubs an app or a model is offered on, one or several on a
    // line: "Get it on Google Play Download on the App Store", "Get it on Hugging Face Get it on
    // Kaggle Access it on Vertex". One alone only names an app store: "Available on Netflix" may
    // be a line of the text.
    (
        concat!(
            r"^(?:(?:",
            store_badge!(),
            r")(?:\s+",
            store_badge!(),
            r")+|(?i:get it|download(?: it)?|available) (?i:on|from)(?: the)? (?i:app store|google play|play store|microsoft store|mac app store))\W*$"
        ),
        &["get it", "download", "available", "access it"],
        None,
    ),
    // The bookmark widget of a documentation site's pages (Google's developer sites), beside its
    // feedback button: "Stay organized with collections Save and categorize content based on
    // your preferences."
    (
        r"(?i)^(?:send feedback\s+)?(?:stay organized with collections(?:\s+save and categorize content based on your preferences)?|save and categorize content based on your preferences)\W*$",
        &["send feedback", "stay organized", "save and categorize"],
        None,
    ),
    // The labels of a page's widgets, each a whole line: a feedback widget's buttons and prompt,
    // a like button, a reading time, a video player's fallback, a listing's sort and page-size
    // controls, an empty rating, a consent or privacy-choice link.
    (
        r"(?i)^(?:yes\s*[/|]?\s*no|sign me up!?|like loading(?:\.\.\.|…)?|\d+ likes?|\d+ min(?:ute)?s? read|sorry,? your browser (?:doesn[’']t|does not) support embedded videos|give us feedback on this page|how are we doing\?|recently viewed(?: (?:items|products|pages))?|sort(?: by)?:?|sort(?: by)?\s*:\s*(?:best match|featured|relevance|most relevant|newest(?: first)?|oldest(?: first)?|top rated|best selling|bestselling|recommended|popularity|most popular|price[\w ,:()-]{0,24}|date[\w ,:()-]{0,20})|filters?(?: by)?:?|show:|sorted by:?(?: reset to default)?|highest score \(default\)(?: (?:trending \(recent votes count more\)|date modified \(newest first\)|date created \(oldest first\)))*|show(?:ing)? \d+ results per page|\(\d+\) \d+ reviews|do not sell or share my personal information(?: \(ca residents only\))?|we and our partners process data to provide:|error is your email address correct\?|refresh your browser(?: window)? to try again|oops!? looks like we(?:'re|’re| are) having trouble connecting to our server)\W*$",
        digits_and![
            "yes",
            "sign me up",
            "like loading",
            "like",
            "min",
            "sorry",
            "give us feedback",
            "how are we",
            "recently viewed",
            "sort",
            "filter",
            "sorted by",
            "highest score",
            "show",
            "(",
            "do not sell",
            "we and our",
            "error is your",
            "refresh your",
            "oops",
        ],
        None,
    ),
    // A widget's state or a label read out for screen readers, each a whole line: a form's
    // honeypot and remember-me box, a browser warning, a link's new-window note, an obfuscated
    // address, an ad's disclosure button, empty search results, a cart or sign-up notice.
    (
        r"(?i)^(?:save my name,? email,? and website in this browser for the next time i comment|you should upgrade or use an alternative browser|\(?opens in a new (?:window|tab)\)?|(?:if you are human,? )?leave this field blank|\[email(?:&#160;|\s)protected\]|(?:info )?why you(?:'re|’re| are) seeing this ad|skip to product information|no (?:results|items|products) found|jump to (?:latest|reviews?)|choosing a selection results in a full page refresh|(?:the product was |item )?(?:successfully )?added to your cart!?|there was a problem subscribing you to this newsletter|looks like you already have an account!? please log ?in to subscribe|pause video|view transcript|(?:collapsed )?expand all(?: collapse all)?)\W*$",
        &[
            "save my name",
            "you should upgrade",
            "(",
            "opens in a new",
            "if you are human",
            "leave this field",
            "[email",
            "info why",
            "why you",
            "skip to product",
            "no results",
            "no items",
            "no products",
            "jump to",
            "choosing a selection",
            "the product was",
            "item added",
            "item successfully",
            "added to",
            "successfully added",
            "there was a problem",
            "looks like you",
            "pause video",
            "view transcript",
            "collapsed",
            "expand all",
        ],
        None,
    ),
    // Notices of forum software and page widgets: a post form for members (in brackets too, and
    // the invitations to a guest: "Want to join? Log in or sign up in seconds.", "It looks like
    // you're new here. Sign in or register to get started."), a push-notification prompt, a
    // slideshow's key help.
    (
        r"(?i)^\(?(?:you must (?:log ?in|sign in) or (?:sign up|register) to (?:post|reply) here|(?:want to join\?|it looks like you(?:'re|’re| are) new here\.) (?:log ?in|sign ?in) or (?:sign up|register)\b[^.!?]{0,40}|would you like to receive (?:push )?notifications (?:about|on|for) new (?:posts|articles|updates)\??|use (?:the )?left/right arrows to navigate the slideshow\b.*|sort (?:and|&) filter|sort options|manage consent|reaction score)\W*$",
        &[
            "you must",
            "(you must",
            "want to join",
            "it looks like",
            "would you like",
            "use left",
            "use the left",
            "sort",
            "manage consent",
            "reaction score",
        ],
        None,
    ),
    // The guidance of a Q&A site's answer form, the same under every question of the network's
    // sites ("Thanks for contributing an answer to Super User!", "But avoid …").
    (
        r"(?i)^(?:thanks for contributing an answer to [^.!?]{1,40}!|please be sure to answer the question\. provide details and share your research!|but avoid (?:…|\.\.\.)|asking for help, clarification, or responding to other answers\.|making statements based on opinion; back them up with references or personal experience\.|to learn more, see our tips on writing great answers\.)$",
        &[
            "thanks for contributing",
            "please be sure",
            "but avoid",
            "asking for help",
            "making statements",
            "to learn more",
        ],
        None,
    ),
    // A shop grid's result counter ("Showing 1–12 of 40 results", "Displaying 1 to 24 (of 204
    // products)"). (The grid's per-item "Add X to Compare" controls stay: removed, they part the
    // grid's items into runs too short for the main region, and the items go with them.)
    (
        r"(?i)^(?:displaying|showing|viewing)\s+(?:items?\s+|results?\s+|products?\s+)?\d[\d,]*\s*(?:-|–|to)\s*\d[\d,]*\s+\(?of\s+\d[\d,]*(?:\s+(?:items?|results?|products?|entries))?\)?\W*$",
        &["displaying", "showing", "viewing"],
        None,
    ),
    // A forum post's reactions, read out with who reacted ("Reactions: reddy, tingo and 3
    // others"): names, never a sentence.
    (r"(?i)^reactions:\s+[^.!?]{1,120}$", &["reactions:"], None),
    // A Q&A or forum post's activity line ("asked Feb 4, 2014 at 13:02", "Viewed 11k times",
    // "Modified 1 year, 5 months ago", "answered May 2, 2009 at 0:09 user398"), and a timestamp
    // standing alone ("2016-03-17 13:23:29 +00:00").
    (
        r"(?i)^(?:(?:(?:asked|modified|viewed|answered|edited|commented)\s+(?:\w{3,9}\.?\s+\d{1,2},?\s+(?:\d{4}\s+)?at\s+\d{1,2}:\d{2}|\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)(?:,\s*\d+\s+(?:months?|weeks?|days?|hours?|minutes?))?\s+ago|[\d.,]+k?\s+times)\s*)+(?:\S+){0,1}|\d{4}-\d{2}-\d{2}[ t]\d{2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{2}:?\d{2}|z|utc))?)$",
        digits_and![
            "asked",
            "modified",
            "viewed",
            "answered",
            "edited",
            "commented"
        ],
        None,
    ),
    (
        r"(?i)^you need to (?:be a member|log in|sign in|register|be logged in)\b.{0,60}$",
        &["you need"],
        None,
    ),
    (
        r"(?i)^as an amazon associate,? (?:i|we) earn from qualifying purchases\W*$",
        &["as an amazon"],
        None,
    ),
    (
        r"(?i)^(?:having trouble viewing this (?:e-?mail|message)\?\s*)?(?:view|read|open) (?:it|this(?: (?:e-?mail|message|newsletter|issue))?) (?:in|on) (?:your|a|the) (?:web )?browser\W*$",
        &[
            "having trouble",
            "view it",
            "view this",
            "read it",
            "read this",
            "open it",
            "open this",
        ],
        None,
    ),
    (
        r"(?i)^having trouble viewing this (?:e-?mail|message)\?\W*$",
        &["having trouble"],
        None,
    ),
    (
        r"(?i)^showing (?:all )?\d+(?:\s*[–-]\s*\d+)? of \d+ results?\W*$",
        &["showing"],
        None,
    ),
    (r"(?i)^page \d+ of \d+\W*$", &["page "], None),
    (
        r"(?i)^(?:\d+ )?(?:items? in (?:your )?cart|your cart is empty)\W*$",
        digits_and!["item", "your cart"],
        None,
    ),
    (
        r"(?i)^(?:please enter a valid (?:e-?mail(?: address)?|phone(?: number)?|name|value|zip(?: code)?)|thank you!? your submission has been received|oops!? something went wrong while submitting the form|you've been successfully (?:signed up|subscribed)|great!? we've sent you an e-?mail to confirm your subscription|thanks? (?:you )?for (?:subscribing|signing up)|this field is for validation purposes and should be left unchanged)\W*$",
        &[
            "please enter",
            "this field is",
            "thank you",
            "thank for",
            "thanks for",
            "thanks you",
            "oops",
            "you've been",
            "great! we",
            "great we",
        ],
        None,
    ),
    // A widget's error message: what failed, then "Please try again" as a sentence of its own.
    (
        r"(?i)^(?:(?:sorry|oops)[,!.]*\s+)?(?:there (?:was|has been) (?:an? )?(?:error|problem|issue)|something went wrong|we(?:'re|’re| are) sorry|unable to|we (?:couldn't|couldn’t|could not|can't|can’t|cannot)|an error (?:has )?occurred)[^\n]{0,120}[.!]\s*(?:please\s+)?(?:try (?:again|your request again)(?: later)?|refresh (?:the page|this page|your browser)[^.!?]{0,30})\W*$",
        &[
            "sorry",
            "oops",
            "there was",
            "there has",
            "something went",
            "we",
            "unable to",
            "an error",
        ],
        None,
    ),
    // WordPress share buttons read as text: "Click to share on X (Opens in new window) X".
    (
        r"(?i)^click to (?:share|email|print|tweet|pin)\b[^.!?]{0,40}\(opens in (?:a )?new window\)[^.!?]{0,20}$",
        &["click to"],
        None,
    ),
    // Notices of forum software and media players about the reader's browser.
    (
        r"(?i)^(?:javascript is disabled\.? for a better experience|you are using an out of date browser\.? it may not display|your browser does not support (?:the )?(?:video|audio|iframe|canvas|html5)|please enable javascript (?:to|in your browser)|you need to enable javascript to run this app)\b[^\n]{0,160}$",
        &[
            "javascript",
            "you are using",
            "your browser",
            "please enable",
            "you need to enable",
        ],
        None,
    ),
    // Shop links of review and affiliate pages.
    (
        r"(?i)^(?:see|check|view|compare) (?:the )?(?:latest |current |lowest |best )?prices? (?:at|on) [^.!?]{1,30}$",
        &["see", "check", "view", "compare"],
        None,
    ),
    (
        r"(?i)^add (?:us |[\w'’&.-]+(?: [\w'’&.-]+){0,3} )?as a (?:preferred|trusted) source on google(?: to see more of our trusted coverage when you search)?\W*(?:add)?$",
        &["add"],
        None,
    ),
    // Medium's prompt under a story.
    (
        r"(?i)^join medium for free to get updates from this writer\.?$",
        &["join medium"],
        None,
    ),
    (
        r"(?i)^sent from my [^,.;!?]{1,40} using [^,.;!?]{1,40}$",
        &["sent from my"],
        None,
    ),
    (
        r"(?i)^(?:you are here|breadcrumbs?)\s*:",
        &["you are", "breadcrumb"],
        None,
    ),
];

/// Lines of a sign-up or contact form and of newsletter pitches that are not a bare button:
/// consent sentences, privacy-policy links, "Join our mailing list", "No spam." Searched
/// anywhere in a line of at most [`SIGNUP_LINE_MAX_WORDS`] words.
const SIGNUP_LINE_PATTERN: &str = r"(?ix)
          ^(?:please\ )?(?:read|view|see|review)\ (?:about\ )?our\ privacy\ (?:policy|notice|statement)\W*$
        | ^by\ (?:signing\ up|subscribing|clicking|submitting|registering|creating\ an\ account|entering\ your)\b[^.]{0,120}\b(?:agree|accept|consent|acknowledge)
        | \bi\ (?:agree|consent)\ to\ (?:receive|be\ contacted|the\ (?:privacy|terms))
        | \b(?:sign\ up|subscribe|register)\ (?:for|to)\ (?:our|the)\ [^.]{0,40}\b(?:newsletters?|e-?mails?|mailing\ list)\b
        | ^join\ (?:our|the)\ (?:\w+\ )?(?:mailing\ list|newsletter|email\ list|community)\b
        | ^no\ spam\b | \bunsubscribe\ at\ any\ time\b
        | ^(?:talk|speak)\ to\ (?:our|an?)\ (?:experts?|specialists?|advisors?|team)\W*$
        | ^by\ (?:posting|providing|using|continuing|clicking|submitting)\b[^.]{0,160}\b(?:you|i)\ (?:are\ |am\ )?(?:agree|accept|consent|acknowledge)
        | \bi\ agree\ that\ [^.]{0,80}\bmay\ contact\ me\b
        | \b(?:processed|handled|used)\ (?:according\ to|in\ accordance\ with)\ [^.]{0,60}\bprivacy\ (?:policy|notice|statement)
        | ^notify\ me\ of\ (?:follow-?up\ comments|new\ (?:posts|comments|replies))\b
        | ^leave\ a\ (?:reply|comment)\ cancel\ reply\W*$
        | ^sign\ up\ or\ log\ in\ to\b
        | ^already\ have\ an\ account\W+(?:log|sign)\ ?in(?:\ here)?\W*$
        | \b(?:get|receive)\b[^.]{0,60}\bin\ your\ inbox\b
        | \bcheck\ your\ inbox\b
        | ^(?:great!?\ )?thanks?(?:\ you)?\ for\ subscribing\b
        | ^(?:great!?\ )?thanks?(?:\ you)?\ for\ signing\ up\W{0,3}[^.]{0,120}\b(?:inbox|newsletter|e-?mail)\b
        ";

/// [`SIGNUP_LINE_PATTERN`] for the lines' ASCII stand-ins (see [`crate::text::ascii_regex`]).
static SIGNUP_LINE_RE: Lazy<regex::bytes::Regex> =
    Lazy::new(|| crate::text::ascii_regex(SIGNUP_LINE_PATTERN));

/// A menu item read out with its toggle button: "Skincare Open submenu", "Show submenu for
/// About", "News Expand/collapse submenu for News". Screen-reader labels of a menu's buttons,
/// flattened into the dump beside the item. (A heading such as "Adding a Submenu" has no verb of
/// a toggle and stays.)
static SUBMENU_LABEL_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:open|close|toggle|show|hide|expand|collapse|expand/collapse)(?: the)? sub-?menu\b",
    )
    .expect("submenu label pattern")
});

/// A submenu label has at most this many words: a menu item is a few words and its toggle.
const SUBMENU_LABEL_MAX_WORDS: usize = 12;

/// A line that names a submenu's toggle ([`SUBMENU_LABEL_RE`]): never a sentence, and short.
fn is_submenu_label(t: &str) -> bool {
    t.len() <= 120
        && !ends_sentence(t)
        && has_pair_ascii_ci(t, *b"nu")
        && crate::text::contains_ascii_ci(t, "menu")
        && crate::text::word_count(t) <= SUBMENU_LABEL_MAX_WORDS
        && SUBMENU_LABEL_RE.is_match(t)
}

/// A Q&A site's user card, flattened to one line: reputation, badge counts, and when the post
/// was asked, answered or edited ("55.4k 24 24 gold badges 197 197 silver badges 315 315 bronze
/// badges asked Feb 11, 2011 at 23:49").
static USER_CARD_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:[\d.,]+k?\s+)?(?:\d+\s+\d+\s+(?:gold|silver|bronze) badges?\s*)+(?:(?:asked|answered|edited)\s+\w{3}\s+\d{1,2},?\s+(?:\d{4}\s+)?at\s+\d{1,2}:\d{2})?$",
    )
    .expect("user card pattern")
});

/// [`USER_CARD_RE`], ruled out first by its first character (a figure, `.` or `,`; any
/// character that is not ASCII may be a figure of another script) and by the word all its
/// matches have.
fn is_user_card(t: &str) -> bool {
    t.len() <= 160
        && t.as_bytes()
            .first()
            .is_some_and(|&b| b.is_ascii_digit() || matches!(b, b'.' | b',') || b >= 0x80)
        && crate::text::contains_ascii_ci(t, "badge")
        && USER_CARD_RE.is_match(t)
}

/// A forum post's likes, read out with who liked it ("MargoFarrel likes this.", "WiSK, JapesUK
/// and 3 others like this.", "1 person likes this."), and a member's seniority under the name
/// ("10+ Year Member"). Names or a count before the verb, never a sentence: "The mockup looks like
/// this:" stays.
static POST_REACTION_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:(?:[\w.-]+(?:, [\w.-]+)*(?: and (?:\d+ others?|[\w.-]+))?|\d+ (?:person|people|users?|members?)) (?:likes?|liked) this\.?|\d+\+? years? member)$",
    )
    .expect("post reaction pattern")
});

/// [`POST_REACTION_RE`], ruled out first by the words all its matches end with.
fn is_post_reaction(t: &str) -> bool {
    let b = t.trim_end_matches('.').as_bytes();
    t.len() <= 160
        && [&b"like this"[..], b"likes this", b"liked this", b"member"]
            .iter()
            .any(|end| b.len() >= end.len() && b[b.len() - end.len()..].eq_ignore_ascii_case(end))
        && !t
            .split([' ', ','])
            .next()
            .is_some_and(|w| REACTION_NOT_NAMES.iter().any(|n| w.eq_ignore_ascii_case(n)))
        && POST_REACTION_RE.is_match(t)
}

/// Words that open a reader's own sentence, not a list of names: "I like this.", "Everyone
/// likes this.", "Nobody likes this.".
const REACTION_NOT_NAMES: &[&str] = &[
    "i",
    "we",
    "you",
    "they",
    "he",
    "she",
    "it",
    "who",
    "that",
    "this",
    "which",
    "what",
    "nobody",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "nothing",
    "everything",
    "one",
    "people",
    "kids",
    "most",
    "many",
    "all",
    "some",
];

/// A sign-up line is at most this many words: in a longer paragraph the words are prose.
const SIGNUP_LINE_MAX_WORDS: usize = 40;

/// Words every match of [`SIGNUP_LINE_RE`] holds.
const SIGNUP_CLUES: &[&str] = &[
    "privacy",
    "agree",
    "accept",
    "consent",
    "acknowledge",
    "newsletter",
    "email",
    "e-mail",
    "mailing list",
    "community",
    "no spam",
    // (Every "unsubscribe" holds it too.)
    "subscri",
    "talk to",
    "speak to",
    "notify me",
    "cancel reply",
    "sign up or log in",
    "have an account",
    "inbox",
];

/// Words every disclosure of `dom.disclosure` holds.
const DISCLOSURE_CLUES: &[&str] = &[
    "commission",
    "compensation",
    "share of sales",
    "qualifying",
    "amazon associate",
    "affiliate",
    "purchases made",
    "through our links",
    "through the links",
    "through links",
    "independently",
    "-supported",
    "supported by",
];

/// Which of the sign-up and disclosure patterns a line may match, from one scan for their
/// words: finding none is much cheaper than the patterns.
#[derive(Debug, Clone, Copy, Default)]
struct Clues {
    signup: bool,
    disclosure: bool,
}

/// Lines longer than this are not looked at for sign-up lines and disclosures (both are short;
/// most of the bytes of a page are in longer lines of prose).
const CLUES_MAX_BYTES: usize = 300;

/// The words of [`SIGNUP_CLUES`] and [`DISCLOSURE_CLUES`], found in one scan: the automaton
/// itself, run by [`clues`]' own loop (the generic search loop costs about three times the
/// instructions a byte).
static CLUES: Lazy<aho_corasick::dfa::DFA> = Lazy::new(|| {
    aho_corasick::dfa::DFA::builder()
        .ascii_case_insensitive(true)
        .build(SIGNUP_CLUES.iter().chain(DISCLOSURE_CLUES))
        .expect("sign-up and disclosure clues")
});

/// Which clues the line holds, as the leftmost-first, non-overlapping matches of the standard
/// search report them: at each match the scan starts again after it. (A sign-up clue is never
/// part of a disclosure clue nor the reverse, so which one a match state reports first does not
/// matter.)
fn clues(t: &str) -> Clues {
    use aho_corasick::automaton::Automaton;
    let mut c = Clues::default();
    if t.len() > CLUES_MAX_BYTES {
        return c;
    }
    let dfa = &*CLUES;
    let Ok(start) = dfa.start_state(aho_corasick::Anchored::No) else {
        return c;
    };
    let mut sid = start;
    for &b in t.as_bytes() {
        sid = dfa.next_state(aho_corasick::Anchored::No, sid, b);
        if dfa.is_special(sid) && dfa.is_match(sid) {
            if dfa.match_pattern(sid, 0).as_usize() < SIGNUP_CLUES.len() {
                c.signup = true;
            } else {
                c.disclosure = true;
            }
            if c.signup && c.disclosure {
                break;
            }
            sid = start;
        }
    }
    c
}

/// The words of [`CLUES`] for a case-sensitive search of lower-cased text: without case
/// folding the search runs its vector prefilter, many bytes a step.
static CLUE_WORDS: Lazy<Option<aho_corasick::packed::Searcher>> =
    Lazy::new(|| aho_corasick::packed::Searcher::new(SIGNUP_CLUES.iter().chain(DISCLOSURE_CLUES)));

/// Which of `texts` may hold a clue, i.e. have [`clues`] find one: one search over all of them
/// (those [`clues`] reads, lower-cased and joined by newlines, which no clue holds), so that the
/// automaton's scan of a byte at a time runs only on the few lines with a clue. ASCII lower-casing
/// is exactly the automaton's case folding, and a clue is ASCII.
#[cfg(test)]
fn may_hold_clues<'t>(texts: impl Iterator<Item = Option<&'t str>>) -> Vec<bool> {
    JoinedLines::new(texts).holding(&CLUE_WORDS)
}

/// The texts of a page's short lines, lower-cased (ASCII) and joined by newlines, for vector
/// searches of words over all of them at once ([`JoinedLines::holding`]).
struct JoinedLines {
    joined: Vec<u8>,
    /// Where each text searched starts in `joined`, and its index.
    starts: Vec<(usize, usize)>,
    /// How many texts there were, searched or not.
    n: usize,
}

impl JoinedLines {
    /// The texts of at most [`CLUES_MAX_BYTES`] bytes (`None` and longer ones are not searched).
    fn new<'t>(texts: impl Iterator<Item = Option<&'t str>>) -> JoinedLines {
        let mut joined = Vec::with_capacity(1 << 14);
        // One entry for each text at most (a block's), allocated once.
        let mut starts = Vec::with_capacity(texts.size_hint().0);
        let mut n = 0;
        for (i, t) in texts.enumerate() {
            n = i + 1;
            let Some(t) = t.filter(|t| t.len() <= CLUES_MAX_BYTES) else {
                continue;
            };
            starts.push((joined.len(), i));
            joined.extend_from_slice(t.as_bytes());
            joined.push(b'\n');
        }
        // (Lower-cased all at once: the loop over a slice is vector code.)
        joined.make_ascii_lowercase();
        JoinedLines { joined, starts, n }
    }

    /// Which texts hold one of `words` (lower-case ASCII, no newline) in any ASCII case: every
    /// text that holds one has a match of the leftmost-first search start in it. Without a
    /// vector search on this machine, every text may.
    fn holding(&self, words: &Option<aho_corasick::packed::Searcher>) -> Vec<bool> {
        let Some(words) = words else {
            return vec![true; self.n];
        };
        let mut may = vec![false; self.n];
        for m in words.find_iter(&self.joined) {
            let k = self.starts.partition_point(|&(s, _)| s <= m.start());
            if let Some(&(_, i)) = k.checked_sub(1).and_then(|k| self.starts.get(k)) {
                may[i] = true;
            }
        }
        may
    }
}

/// A call to action standing alone (the HTML front end's vocabulary, `dom.call-to-action`) or a
/// line of a sign-up form or newsletter pitch ([`SIGNUP_LINE_RE`]).
fn is_signup_line(t: &str, class: Class, clues: Clues) -> bool {
    // A call to action is a few words: never a line of prose.
    (class != Class::Good
        && t.len() <= 60
        && starts_call_to_action(t)
        && crate::rules::dom::is_call_to_action(t))
        || (clues.signup
            && crate::text::word_count(t) <= SIGNUP_LINE_MAX_WORDS
            && SIGNUP_LINE_RE.is_match(crate::text::ascii_stand_in(t).as_bytes()))
        || is_form_consent(t)
}

/// The consent statement under a form's button: "By submitting this form, you agree to receive
/// recurring automated marketing text messages...", "By checking this box, I authorize...". It
/// opens with what the reader does to the form and binds them (you or I, then a verb of
/// consent) in its first sentence; the legal text after it is often long, so the line may be
/// a paragraph. ("By clicking the button several times, you'll see the promises resolve" binds
/// nobody and stays.)
const FORM_CONSENT_PATTERN: &str = r"(?i)^by (?:checking|ticking|submitting|clicking|tapping|pressing|providing|entering|signing|registering|subscribing|creating|completing|continuing)\b[^.!?]{0,160}?\b(?:you|i)(?: hereby| expressly)?(?: are| am)? (?:agree|accept|consent|authori[sz]e|acknowledge|confirm)";

/// [`FORM_CONSENT_PATTERN`] for the lines' ASCII stand-ins (see [`crate::text::ascii_regex`]).
static FORM_CONSENT_RE: Lazy<regex::bytes::Regex> =
    Lazy::new(|| crate::text::ascii_regex(FORM_CONSENT_PATTERN));

/// A form's consent statement is at most this many words (its legal text included).
const FORM_CONSENT_MAX_WORDS: usize = 150;

/// [`FORM_CONSENT_RE`], behind the test of its first word.
fn is_form_consent(t: &str) -> bool {
    t.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("by "))
        && crate::text::word_count(t) <= FORM_CONSENT_MAX_WORDS
        && FORM_CONSENT_RE.is_match(crate::text::ascii_stand_in(t).as_bytes())
}

/// A required form field's label has at most this many words.
const FORM_FIELD_MAX_WORDS: usize = 8;

/// The label of a required form field: a few words without figures and one asterisk, at the end
/// after a letter or `?`, `:` or `)` ("Email *", "Zip code*"). A footnote mark follows a figure
/// ("From $99*") and code has more than one asterisk, so both stay.
fn is_form_field(t: &str) -> bool {
    let Some(label) = t.strip_suffix('*') else {
        return false;
    };
    let label = label.trim_end();
    label.len() <= 80
        && !label.contains('*')
        && !crate::text::has_ascii_digit(label.as_bytes())
        && label
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphabetic() || matches!(c, '?' | ':' | ')'))
        && crate::text::word_count(label) <= FORM_FIELD_MAX_WORDS
}

/// The verbs a button's label opens with, lower case: what a reader does to a page (shop, read,
/// share), not what a how-to tells them to do to a thing ("Install the tools", "Save the file",
/// "Start the server", "Call the API" head sections of docs, and "Save 30%" is a price).
const BUTTON_VERBS: &[&str] = &[
    "add",
    "apply",
    "become",
    "browse",
    "buy",
    "check",
    "contact",
    "discover",
    "donate",
    "download",
    "explore",
    "find",
    "follow",
    "get",
    "join",
    "learn",
    "listen",
    "open",
    "order",
    "read",
    "register",
    "request",
    "schedule",
    "see",
    "share",
    "shop",
    "sign",
    "subscribe",
    "talk",
    "try",
    "upgrade",
    "view",
    "visit",
    "watch",
];

/// A button's label has at most this many words.
const BUTTON_LABEL_MAX_WORDS: usize = 6;

/// Bit `n` of entry `b & 31`: a verb of [`BUTTON_VERBS`] has `n` letters and first letter `b` (in
/// either case: the low five bits are a letter's). Rules out most first words before they are
/// compared with every verb.
const BUTTON_VERB_SHAPES: [u64; 32] = {
    let mut t = [0u64; 32];
    let mut i = 0;
    while i < BUTTON_VERBS.len() {
        let v = BUTTON_VERBS[i].as_bytes();
        t[(v[0] & 31) as usize] |= 1 << v.len();
        i += 1;
    }
    t
};

/// A button's label standing alone: a few words that open with one of [`BUTTON_VERBS`] (after a
/// bullet, an arrow or an emoji) and do not end as a sentence, a question or a list's
/// introduction. A verb glued to `:`, `(`, `/`, `=`, `_`, `.` or `-` is code or a compound
/// ("try:", "open(", "Sign-Up"), which this test leaves to others.
pub(crate) fn is_button_label(t: &str) -> bool {
    if t.len() > 80 || t.ends_with(['.', ':', '?', ';', ',']) {
        return false;
    }
    // At most three marks before the verb: "👉 Try it", "» View all".
    let mut rest = t;
    for _ in 0..3 {
        match rest.chars().next() {
            Some(c) if !c.is_alphanumeric() && !c.is_whitespace() => {
                rest = rest[c.len_utf8()..].trim_start()
            }
            _ => break,
        }
    }
    let verb_len = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let (verb, after) = rest.split_at(verb_len);
    if after.chars().next().is_some_and(|c| {
        c.is_alphanumeric() || matches!(c, ':' | '(' | '/' | '=' | '_' | '.' | '-' | '\'' | '’')
    }) {
        return false;
    }
    let shaped = verb.as_bytes().first().is_some_and(|&b| {
        verb.len() < 64 && BUTTON_VERB_SHAPES[(b & 31) as usize] >> verb.len() & 1 == 1
    });
    shaped
        && BUTTON_VERBS
            .iter()
            .any(|v| v.as_bytes().eq_ignore_ascii_case(verb.as_bytes()))
        && crate::text::word_count(t) <= BUTTON_LABEL_MAX_WORDS
}

/// The first words of every call to action of `dom.call-to-action`, lower case: a look-up that
/// spares most short lines the pattern.
const CALL_TO_ACTION_FIRST_WORDS: &[&str] = &[
    "contact",
    "get",
    "request",
    "book",
    "schedule",
    "claim",
    "talk",
    "let's",
    "lets",
    "start",
    "try",
    "apply",
    "sign",
    "signup",
    "signin",
    "register",
    "enroll",
    "join",
    "log",
    "login",
    "logup",
    "subscribe",
    "add",
    "buy",
    "notify",
    "in",
    "out",
    "sold",
    "quantity",
    "qty",
    "find",
    "take",
    "ready",
    "shop",
    "learn",
    "see",
];

/// Whether the first word of `t` (after bullets) may start a call to action.
fn starts_call_to_action(t: &str) -> bool {
    let rest = t.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '•' | '*' | '>' | '»')
    });
    let word_len = rest
        .bytes()
        .position(|b| !(b.is_ascii_alphabetic() || b == b'\''))
        .unwrap_or(rest.len());
    let word = &rest.as_bytes()[..word_len];
    // Bit `n` of the entry of a letter: a word of that first letter and `n` bytes is listed.
    static LENGTHS: Lazy<[u32; 32]> = Lazy::new(|| {
        let mut t = [0u32; 32];
        for w in CALL_TO_ACTION_FIRST_WORDS {
            t[(w.as_bytes()[0] & 31) as usize] |= 1 << w.len().min(31);
        }
        t
    });
    match word.first() {
        Some(&c) if word.len() < 31 && LENGTHS[(c & 31) as usize] >> word.len() & 1 == 1 => {
            CALL_TO_ACTION_FIRST_WORDS
                .iter()
                .any(|w| w.as_bytes().eq_ignore_ascii_case(word))
        }
        _ => false,
    }
}

/// An affiliate or sponsorship disclosure (the HTML front end's test, `dom.disclosure`), when
/// the line holds one of its words.
fn is_disclosure_line(t: &str, clues: Clues) -> bool {
    clues.disclosure && crate::rules::dom::is_disclosure(t)
}

/// A line's own test of [`CHROME_LINE_PATTERNS`], its pattern compiled.
struct ChromeLine {
    also: Option<fn(&str) -> bool>,
    re: Regex,
    /// The pattern's whole test by hand, when it has one (the pattern then only in the tests).
    by_hand: Option<fn(&str) -> bool>,
}

static CHROME_LINES: Lazy<Vec<ChromeLine>> = Lazy::new(|| {
    CHROME_LINE_PATTERNS
        .iter()
        .map(|(re, _, also)| ChromeLine {
            also: *also,
            re: Regex::new(re).expect("chrome line pattern"),
            by_hand: (*re == CALL_TO_ACTION_LINE)
                .then_some(is_call_to_action_line as fn(&str) -> bool),
        })
        .collect()
});

/// A call to action standing alone: "Get started for free", "Book a demo now". The counted
/// run between its first and last words, with a word boundary at each end, made the lazy DFA
/// build a state for each set of places a last word may start, and give up and hand over to a
/// slower engine on a line with a character that is not ASCII: [`is_call_to_action_line`] is
/// this pattern by hand.
const CALL_TO_ACTION_LINE: &str = r"(?i)^(?:sign up|join|register|subscribe|start|try|get|book|request|schedule|claim|download|create (?:an|your|a free) account)\b[^.?]{0,50}\b(?:free|now|today|demo|trial|consultation|newsletter|account|quote|started|access|session)\W*$";

/// The first words of [`CALL_TO_ACTION_LINE`]: its prefixes in the chrome-line table, and where
/// [`is_call_to_action_line`] starts.
const CALL_TO_ACTION_LINE_FIRST: [&str; 15] = [
    "sign up",
    "join",
    "register",
    "subscribe",
    "start",
    "try",
    "get",
    "book",
    "request",
    "schedule",
    "claim",
    "download",
    "create an account",
    "create your account",
    "create a free account",
];

/// Does `t` match [`CALL_TO_ACTION_LINE`]? No first word of it is the start of another, and no
/// last word the end of another, so each is found at most one way: the first at the line's
/// start, the last just before the non-word characters that end the line. Between them, the
/// run of at most 50 characters without `.` or `?` must start and end with a non-word character
/// (the word boundaries after and before a word).
fn is_call_to_action_line(t: &str) -> bool {
    let is_word = |c: char| regex_syntax::try_is_word_character(c).unwrap_or(false);
    // Case-insensitively, a letter of the pattern is also matched by the Kelvin sign (k) or the
    // long s (s); no other character that is not ASCII folds to an ASCII letter.
    let same = |c: char, p: char| {
        c.to_ascii_lowercase() == p || (p == 'k' && c == '\u{212A}') || (p == 's' && c == '\u{17F}')
    };
    let strip_prefix = |t: &'_ str, w: &str| -> Option<usize> {
        let mut it = t.char_indices();
        for p in w.chars() {
            match it.next() {
                Some((_, c)) if same(c, p) => {}
                _ => return None,
            }
        }
        Some(it.next().map_or(t.len(), |(i, _)| i))
    };
    let strip_suffix = |t: &'_ str, w: &str| -> Option<usize> {
        let mut it = t.char_indices().rev();
        let mut at = t.len();
        for p in w.chars().rev() {
            match it.next() {
                Some((i, c)) if same(c, p) => at = i,
                _ => return None,
            }
        }
        Some(at)
    };
    let Some(a) = CALL_TO_ACTION_LINE_FIRST
        .iter()
        .find_map(|w| strip_prefix(t, w))
    else {
        return false;
    };
    let body = t.trim_end_matches(|c: char| !is_word(c));
    let Some(b) = CALL_TO_ACTION_ENDS
        .iter()
        .find_map(|w| strip_suffix(body, w))
    else {
        return false;
    };
    let Some(run) = t.get(a..b) else {
        return false;
    };
    !run.is_empty()
        && run.chars().next().is_some_and(|c| !is_word(c))
        && run.chars().next_back().is_some_and(|c| !is_word(c))
        && !run.contains(['.', '?'])
        && run.chars().count() <= 50
}

/// The words a call to action ends with ("Book a demo today", "Get started"), before closing
/// punctuation.
const CALL_TO_ACTION_ENDS: [&str; 12] = [
    "free",
    "now",
    "today",
    "demo",
    "trial",
    "consultation",
    "newsletter",
    "account",
    "quote",
    "started",
    "access",
    "session",
];

/// A test every match of the member-title pattern passes: the line ends with "member" (ASCII
/// letters that no other character folds to).
fn ends_with_member(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 6 && b[b.len() - 6..].eq_ignore_ascii_case(b"member")
}

/// A test every match of the call-to-action pattern passes: its last word (ASCII letters,
/// digits and `_`, the rest ASCII punctuation) is one of [`CALL_TO_ACTION_ENDS`] in any case.
/// Other characters at the end go on to the pattern.
fn ends_with_call_to_action(t: &str) -> bool {
    let b = t.as_bytes();
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut end = b.len();
    while end > 0 && !is_word(b[end - 1]) {
        if !b[end - 1].is_ascii() {
            return true;
        }
        end -= 1;
    }
    let mut start = end;
    while start > 0 && is_word(b[start - 1]) {
        start -= 1;
    }
    if start > 0 && !b[start - 1].is_ascii() {
        return true;
    }
    let last = &b[start..end];
    CALL_TO_ACTION_ENDS
        .iter()
        .any(|w| w.as_bytes().eq_ignore_ascii_case(last))
}

/// All the prefixes of [`CHROME_LINE_PATTERNS`] but the counts, to rule out most lines at once.
static CHROME_LINE_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    let all: Vec<&'static str> = CHROME_LINE_PATTERNS
        .iter()
        .flat_map(|(_, p, _)| p.iter().copied())
        .filter(|p| !p.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    Prefixes::new(&all, b"")
});

/// The prefixes of each of [`CHROME_LINE_PATTERNS`], to find the few patterns a line may match.
static CHROME_LINE_SETS: Lazy<Prefixes> = Lazy::new(|| {
    let sets: Vec<&[&'static str]> = CHROME_LINE_PATTERNS.iter().map(|(_, p, _)| *p).collect();
    Prefixes::sets(&sets, b"")
});

/// The patterns of [`CHROME_LINE_PATTERNS`] that a line starting with `c`, a character that is
/// not ASCII, may match. Every pattern starts with a word of ASCII letters (in any case, and of
/// the other characters only the Kelvin sign and the long s fold to ASCII letters), with `\s`
/// (the member titles) or with `\d` (the cart line); its prefixes tell which: one of ASCII
/// whitespace stands for `\s`, one starting with an ASCII digit for `\d`.
fn chrome_sets_for_first_char(c: char) -> u64 {
    // The patterns with a prefix starting with s, with k, with whitespace, with a digit.
    static SETS: Lazy<[u64; 4]> = Lazy::new(|| {
        let mut sets = [0u64; 4];
        for (k, (_, prefixes, _)) in CHROME_LINE_PATTERNS.iter().enumerate() {
            for p in prefixes.iter().filter_map(|p| p.as_bytes().first()) {
                let slot = match p {
                    b's' => 0,
                    b'k' => 1,
                    b'\t'..=b'\r' | b' ' => 2,
                    b'0'..=b'9' => 3,
                    _ => continue,
                };
                sets[slot] |= 1 << k;
            }
        }
        sets
    });
    match c {
        '\u{17F}' => SETS[0],
        '\u{212A}' => SETS[1],
        c if c.is_whitespace() => SETS[2],
        c if c.is_numeric() => SETS[3],
        _ => 0,
    }
}

/// A whole line of chrome that [`CHROME_LINE_PATTERNS`] names.
fn is_chrome_line(t: &str) -> bool {
    let b = t.as_bytes();
    if b.first().is_some_and(u8::is_ascii_digit) {
        // A line that starts with a figure may only be a count before words ("3 items in your
        // cart", "12 Likes") or a timestamp ("2016-03-17 13:23").
        let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
        let may = match b.get(digits) {
            Some(b' ') => CHROME_LINE_PREFIXES.may_match(&t[digits + 1..]),
            Some(b'-') => digits == 4,
            Some(c) => !c.is_ascii(),
            None => false,
        };
        if !may {
            return false;
        }
    }
    // For a line that does not start with a digit, the sets are the whole test of the prefixes:
    // it may match one exactly when it may match one of the sets.
    let test = |c: &ChromeLine| {
        c.also.is_none_or(|also| also(t))
            && match c.by_hand {
                Some(by_hand) => by_hand(t),
                None => c.re.is_match(t),
            }
    };
    let mut bits = CHROME_LINE_SETS.candidates(t);
    if let Some(c) = t.chars().next().filter(|c| !c.is_ascii()) {
        bits &= chrome_sets_for_first_char(c);
    }
    while bits != 0 {
        let k = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        if CHROME_LINES.get(k).is_some_and(test) {
            return true;
        }
    }
    false
}

/// A header opening the reader comments below an article.
/// A new header needs its first words in [`COMMENTS_HEADER_PREFIXES`].
static COMMENTS_HEADER_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r#"(?ix)^(?:\d+\s+)?(?:
          comments? | reader\ comments | responses? | replies | comments?\ filter
        | leave\ a\ (?:reply|comment) | post\ a\ comment | add\ a\ comment | write\ a\ comment
        | join\ the\ (?:discussion|conversation) | show\ comments | view\ comments | discussion
        | discussion\ about\ this\ (?:post|article|story|episode)
        | \d+\ thoughts\ on\ .{0,200} | kommentare | kommentar\ schreiben | commentaires
        | laisser\ un\ commentaire | comentarios | deja\ un\ comentario | comentários | commenti
        | reacties | комментарии | komentar
        )\s*(?:\(\d+\)|\d{1,6})?\s*[:.!»›]*$
        | ^\d+\s+(?:comments?|responses?|replies|thoughts)\s+(?:on|to|for|\||-|–)\s.{0,150}$"#,
    )
    .expect("comments header regex")
});

/// The words every match of [`COMMENTS_HEADER_RE`] starts with (or a count).
static COMMENTS_HEADER_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::sets(
        &[
            &[
                "comment",
                "coment",
                "reader comments",
                "response",
                "repl",
                "leave a",
                "post a",
                "add a",
                "write a",
                "join the",
                "show comments",
                "view comments",
                "discussion",
                "kommentar",
                "laisser un",
                "deja un",
                "reacties",
                "komentar",
            ],
            &crate::text::DIGITS,
        ],
        b"",
    )
});

/// The count of answers a Q&A site prints above them ("10 Answers 10", "1 Answer").
static ANSWERS_HEADER_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^\d[\d,]*\s+answers?(?:\s+\d[\d,]*)?\s*$").expect("answers header regex")
});

/// A Q&A thread (Stack Exchange and the like): a kept line counts its answers. There the
/// comments under the question and under each answer belong to the thread, which is the content.
fn is_qa_thread(doc: &Doc) -> bool {
    doc.blocks.iter().any(|b| {
        let t = crate::text::trim_ws(&b.plain);
        b.is_kept()
            && t.len() <= 40
            && t.as_bytes().first().is_some_and(u8::is_ascii_digit)
            && crate::text::contains_ascii_ci(t, "answer")
            && ANSWERS_HEADER_RE.is_match(t)
    })
}

/// A count of comments at the head of a line ("14 comments", "0 comments security").
static COMMENT_COUNT_RE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)^\d[\d,]*\s+comments?\b").expect("comment count regex"));

/// A listing prints each entry's count of comments: at least this many kept count lines are
/// entries' lines, not the header of a page's comments.
const MIN_LISTED_COMMENT_COUNTS: usize = 3;

fn is_comment_count(t: &str) -> bool {
    t.len() <= 60
        && t.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && crate::text::contains_ascii_ci(t, "comment")
        && COMMENT_COUNT_RE.is_match(t)
}

/// Whether the kept lines count comments entry by entry, as a listing of posts does.
fn lists_comment_counts(doc: &Doc) -> bool {
    doc.blocks
        .iter()
        .filter(|b| b.is_kept() && is_comment_count(crate::text::trim_ws(&b.plain)))
        .nth(MIN_LISTED_COMMENT_COUNTS - 1)
        .is_some()
}

/// "0 comments": no comments follow such a header.
fn counts_no_comments(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && t.as_bytes()[..digits].iter().all(|&b| b == b'0')
}

/// A header opening the reader comments ([`COMMENTS_HEADER_RE`]).
fn is_comments_header(t: &str) -> bool {
    // A header is capitalised: "response:" in lower case is a term being defined (a field, a
    // hook's name in API docs). And one response without a count is the label of an answer
    // ("Prompt: ... Response: ..."), where comments are counted ("1 Response") or plural.
    !crate::text::starts_lowercase(t)
        && !t
            .trim_end_matches([':', '.', ' '])
            .eq_ignore_ascii_case("response")
        && COMMENTS_HEADER_PREFIXES.may_match(t)
        && COMMENTS_HEADER_RE.is_match(t)
}

/// What only a review widget shows: "Verified Purchase", "Was this review helpful?", "Reviewed
/// in the United States on...", "Report". An editorial review has none of them.
static REVIEW_MARK_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\bverified (?:purchase|buyer|owner|reviewer)\b|was this (?:review )?helpful|^helpful\b|found this helpful|^reviewed (?:in|on) |^report(?: abuse| review)?$|^translate (?:all )?reviews?",
    )
    .expect("review mark pattern")
});

/// A star rating ("4.5 out of 5 stars", "Rated 4 out of 5", "4/5"): several after the header
/// mark a review widget too.
static RATING_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b\d(?:\.\d)? out of 5\b|\brated \d(?:\.\d)? (?:stars? )?out of|^\d(?:\.\d)?/5$",
    )
    .expect("rating pattern")
});

/// Whether `l` may match [`REVIEW_MARK_RE`]: every match holds "verified" or "helpful", or the
/// line opens with "report", "reviewed" or "tran" (of "translate", whose `s` may be a long s
/// under Unicode case folding; the other words have no letter with a non-ASCII case form). Two
/// byte searches rule out most lines before the regex, whose Unicode `\b` is slow on non-ASCII
/// lines.
fn may_be_review_mark(l: &str) -> bool {
    let starts_ci =
        |p: &str| l.len() >= p.len() && l.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    crate::text::contains_ascii_ci(l, "helpful")
        || crate::text::contains_ascii_ci(l, "verified")
        || starts_ci("re") && (starts_ci("report") || starts_ci("reviewed"))
        || starts_ci("tran")
}

/// Whether `l` may match [`RATING_RE`]: every match holds "out of" or is a line ending "/5".
fn may_be_rating(l: &str) -> bool {
    l.ends_with("/5") || crate::text::contains_ascii_ci(l, "out of")
}

/// The word "review" in any case ([`crate::text::contains_ascii_ci`]), after a vector test for
/// its "vi" that rules out most lines at once.
fn mentions_review(t: &str) -> bool {
    has_pair_ascii_ci(t, *b"vi") && crate::text::contains_ascii_ci(t, "review")
}

/// Whether `t` holds the two ASCII letters `pair` in a row, in any case: a vector test, cheaper
/// than the setting up of a search for a whole word.
fn has_pair_ascii_ci(t: &str, pair: [u8; 2]) -> bool {
    let [a, b] = pair;
    crate::text::any_window(t.as_bytes(), 0, |w| {
        let mut hit = 0u8;
        for j in 0..16 {
            hit |= u8::from(w[j] | 0x20 == a) & u8::from(w[j + 1] | 0x20 == b);
        }
        hit != 0
    })
}

/// Kept words of a product's description that must come before its reviews or recommendations
/// header (a header at the top of the page is a menu entry).
const DESCRIPTION_WORDS: u32 = 30;
/// Kept lines after a reviews header in which the widget must show.
const REVIEW_MARK_WINDOW: usize = 40;
/// Star ratings in that window that mark a review widget without a review mark.
const REVIEW_MIN_RATINGS: usize = 3;
/// Lines in that window written in the first person ("I love it", "my sister") that mark the
/// reviews of a product's page ([`is_product_page`]) without a mark or a rating a widget prints
/// in words: a shop's description speaks of the product, its buyers of themselves.
const REVIEW_MIN_FIRST_PERSON: usize = 3;
/// A line in the first person has at least this many words (a review, not a name).
const FIRST_PERSON_MIN_WORDS: usize = 6;

/// Whether a line speaks in the first person singular: "I", "I'm", "I've", "my" as a word. Not a
/// question: the questions of a shop's FAQ ask in the buyer's voice ("Can I use it if I am
/// pregnant?").
fn in_first_person(l: &str) -> bool {
    !l.ends_with('?')
        && crate::text::has_words(l, FIRST_PERSON_MIN_WORDS)
        && l.split(' ').any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            w == "I"
                || w.eq_ignore_ascii_case("my")
                || w.strip_prefix('I')
                    .is_some_and(|r| r.starts_with('\'') || r.starts_with('’'))
        })
}

/// Customer reviews are the comments of a product page: a reviews header after the product's
/// description, with "Verified Purchase", "helpful" or several star ratings among the lines
/// after it, opens them, and they run to the end of the page (related products and the footer
/// follow them). Judged on the kept lines, so that the clean body, which ends before the
/// header, has nothing more to cut.
fn cut_reviews(doc: &mut Doc, feats: &mut [Feat], facts: &TextFacts) {
    // The kept lines, and the shop's labels removed among them: "Verified buyer" or "4.5 out of
    // 5" is a label of the shop and a mark of its review widget too.
    let is_line = |b: &crate::doc::Block| b.is_kept() || b.is_removed_by(&SHOP_LABEL);
    // The lines' indices, listed at the first reviews heading (most pages have none); nothing is
    // removed before it.
    let mut kept = Vec::new();
    let mut before = 0u32;
    // Whether each kept line is a review mark or a rating, tested once however many reviews
    // headers have it in their window (a page of reviews has many such headers).
    let mut marks: Vec<Option<(bool, bool, bool)>> = Vec::new();
    // Whether the dump is a product's page, found when first needed.
    let mut product_page = None;
    // `k`: the position of block `i` among the lines.
    let mut k = 0;
    for i in 0..doc.blocks.len() {
        if !is_line(&doc.blocks[i]) {
            continue;
        }
        // (A reviews heading is at most 60 bytes long: longer lines are not searched.)
        if before >= DESCRIPTION_WORDS
            && doc.blocks[i].is_kept()
            // The headings the HTML front end knows ("Customer reviews", "Reviews (12)",
            // "Ratings & Reviews"), but not a bare "Rating", which is a field of a card.
            && facts.get(i, Fact::ReviewsHeading, || {
                let t = crate::text::trim_ws(&doc.blocks[i].plain);
                t.len() <= 60 && mentions_review(t) && crate::rules::dom::is_reviews_heading(t)
            })
            && !in_tab_strip(doc, i)
        {
            if kept.is_empty() {
                kept = doc.blocks_where(is_line);
                marks = vec![None; kept.len()];
            }
            let window = k + 1..(k + 1 + REVIEW_MARK_WINDOW).min(kept.len());
            let (mut mark, mut ratings, mut first_person) = (false, 0, 0);
            // Reviews in the first person count when the first line under the header is one: a
            // shop's tabs ("Customer Reviews", "Ingredients") print their labels in a row.
            let mut opens_with_review = false;
            for w in window {
                let (m, r, f) = *marks[w].get_or_insert_with(|| {
                    let l = crate::text::trim_ws(&doc.blocks[kept[w]].plain);
                    (
                        may_be_review_mark(l) && REVIEW_MARK_RE.is_match(l),
                        may_be_rating(l) && RATING_RE.is_match(l),
                        in_first_person(l),
                    )
                });
                mark |= m;
                ratings += usize::from(r);
                first_person += usize::from(f);
                opens_with_review |= f && w == k + 1;
            }
            let widget = mark
                || ratings >= REVIEW_MIN_RATINGS
                || opens_with_review
                    && first_person >= REVIEW_MIN_FIRST_PERSON
                    && *product_page.get_or_insert_with(|| is_product_page(doc));
            if widget {
                for &j in &kept[k..] {
                    if doc.blocks[j].is_kept() {
                        doc.remove(j, &REVIEWS, None);
                        feats[j].class = Class::Removed;
                    }
                }
                return;
            }
        }
        before += feats[i].counts.words;
        k += 1;
    }
}

/// The labels of a product page's tabs ("Description", "Additional information", "Reviews
/// (29)"), a count allowed after them.
static PRODUCT_TAB_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:description|product description|additional information|more information|specifications?|specs|product details|details|ingredients|how to use|shipping(?: (?:&|and) returns)?|delivery(?: (?:&|and) returns)?|size guide|size chart|care instructions|warranty)(?: \(\d+\))?$",
    )
    .expect("product tab pattern")
});

/// Whether the reviews heading at block `i` is a label in a product page's row of tabs, beside
/// another tab's label ("Description", "Additional information", "Reviews (29)"): the row heads
/// the description, and the reviews come later, under a heading of their own. Its neighbours
/// are read whatever became of them (a tab's label is a short line out of the prose region).
fn in_tab_strip(doc: &Doc, i: usize) -> bool {
    let is_tab = |j: usize| {
        doc.blocks.get(j).is_some_and(|b| {
            let t = crate::text::trim_ws(&b.plain);
            t.len() <= 32 && PRODUCT_TAB_RE.is_match(t)
        })
    };
    i.checked_sub(1).is_some_and(is_tab) || is_tab(i + 1)
}

/// The header of a shop's recommendations: other products, not this one. ("Recently viewed"
/// is not here: on a category page it heads a short list before the items.)
static RECOMMENDATIONS_HEADER_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:customers (?:who (?:bought|viewed) this (?:item|product) )?also (?:bought|viewed|liked|purchased)|frequently bought together|(?:sponsored )?products related to this item|similar (?:items|products)(?: you might like)?|compare with similar items|you (?:may|might) also (?:like|need|love)|more from this (?:brand|seller|collection)|complete the look|pairs well with|recommended (?:products|for you|items)|shop similar(?: items)?|people also (?:bought|viewed)|related products|others also (?:bought|viewed)|this is what customers who viewed this product bought)\s*[:.]?$",
    )
    .expect("recommendations header pattern")
});

/// The words every match of [`RECOMMENDATIONS_HEADER_RE`] starts with: most short lines of a
/// page start with none of them, and are ruled out without the pattern.
/// A new header needs its first words here.
static RECOMMENDATIONS_HEADER_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::new(
        &[
            "customers ",
            "frequently ",
            "sponsored ",
            "products ",
            "similar ",
            "compare ",
            "you ",
            "more from ",
            "complete ",
            "pairs ",
            "recommended ",
            "shop ",
            "people ",
            "related ",
            "others ",
            "this is ",
        ],
        b"",
    )
});

/// [`RECOMMENDATIONS_HEADER_RE`], ruled out first by its prefixes.
fn is_recommendations_header(t: &str) -> bool {
    RECOMMENDATIONS_HEADER_PREFIXES.may_match(t) && RECOMMENDATIONS_HEADER_RE.is_match(t)
}

/// A shop's recommendations: from their header, after 30 words of the product's description,
/// through the product cards under it (short lines) to the next line of prose, where the
/// description or the details go on. Judged on the kept lines.
///
/// Returns the kept blocks when it removed none (for the next rule to reuse).
fn cut_recommendations(doc: &mut Doc, feats: &mut [Feat], facts: &TextFacts) -> Option<Vec<usize>> {
    let kept = doc.kept();
    let mut removed = false;
    let mut before = 0u32;
    let mut k = 0;
    while k < kept.len() {
        let i = kept[k];
        if before >= DESCRIPTION_WORDS
            && facts.get(i, Fact::RecommendationsHeader, || {
                let t = crate::text::trim_ws(&doc.blocks[i].plain);
                t.len() <= 80 && is_recommendations_header(t)
            })
        {
            doc.remove(i, &RECOMMENDATIONS, None);
            feats[i].class = Class::Removed;
            removed = true;
            k += 1;
            while k < kept.len() && feats[kept[k]].class != Class::Good {
                doc.remove(kept[k], &RECOMMENDATIONS, None);
                feats[kept[k]].class = Class::Removed;
                k += 1;
            }
            continue;
        }
        before += feats[i].counts.words;
        k += 1;
    }
    (!removed).then_some(kept)
}

/// Runs of at least this many headline + summary pairs are teasers.
const TEASER_PAIRS_MIN: usize = 4;

/// A teaser's headline: a short line that does not end a sentence.
fn is_teaser_headline(b: &crate::doc::Block, f: &Feat) -> bool {
    matches!(f.class, Class::Short | Class::Item)
        && b.pieces.len() == 1
        && f.counts.effective_words() <= 12
        && !ends_sentence(&b.plain)
}

/// A run of pairs whose headlines average at most this many words, over summaries that average
/// at least `FEATURE_BLURB_MIN_WORDS`, names features, not other stories.
const FEATURE_NAME_MAX_WORDS: f64 = 5.0;
/// See `FEATURE_NAME_MAX_WORDS`.
const FEATURE_BLURB_MIN_WORDS: f64 = 13.0;

/// A headline above a summary has at most this many words.
const TEASER_HEADLINE_MAX_WORDS: u32 = 16;

/// A teaser's summary: one sentence of prose. A summary cut short by the site ends with an
/// ellipsis, which is no sentence's stop ("...on Tuesday, December 1...").
fn is_teaser_summary(b: &crate::doc::Block, f: &Feat) -> bool {
    let t = crate::text::trim_ws(&b.plain);
    let t = t
        .strip_suffix("...")
        .or_else(|| t.strip_suffix('…'))
        .unwrap_or(t);
    matches!(f.class, Class::Good | Class::Sentence)
        && f.counts.effective_words() <= 30
        && !has_two_sentence_marks(t)
}

/// Whether a text holds two or more of `.`, `!` and `?`: its bytes searched (no other
/// character's UTF-8 bytes are ASCII), which needs no decoding, and only up to the second.
fn has_two_sentence_marks(t: &str) -> bool {
    memchr::memchr3_iter(b'.', b'!', b'?', t.as_bytes())
        .nth(1)
        .is_some()
}

/// Headlines each followed by a one-sentence summary, several times over: teasers of other
/// stories, or a menu of features with their blurbs. `kept`: the indices of the kept blocks.
fn remove_teaser_pairs(doc: &mut Doc, feats: &mut [Feat], kept: Vec<usize>) {
    // Which kept blocks are a teaser's headline, and which pairs of blocks a headline and its
    // summary: judged once for the runs and the lone pairs.
    let headline: Vec<bool> = kept
        .iter()
        .map(|&i| is_teaser_headline(&doc.blocks[i], &feats[i]))
        .collect();
    // `pair[k]`: kept blocks `k - 1` and `k` are a headline and its summary.
    let pair: Vec<bool> = kept
        .iter()
        .enumerate()
        .map(|(k, &i)| k > 0 && headline[k - 1] && is_teaser_summary(&doc.blocks[i], &feats[i]))
        .collect();
    // The runs of headline + summary pairs, as (first, end) positions in `kept`.
    let mut runs = Vec::new();
    let mut k = 0;
    while k + 1 < kept.len() {
        let start = k;
        while k + 1 < kept.len() && pair[k + 1] {
            k += 2;
        }
        if (k - start) / 2 >= TEASER_PAIRS_MIN {
            runs.push((start, k));
        }
        k = k.max(start + 1);
    }
    if runs.is_empty() {
        return;
    }
    // Prose words before each kept block: an article's, not the summaries in runs of teasers (on
    // a listing of stories, such runs are all there is, and they are the content).
    let mut in_run = vec![false; kept.len()];
    for &(x, y) in &runs {
        in_run[x..y].iter_mut().for_each(|r| *r = true);
    }
    // Nor is a lone pair's summary: the entries of a front page come in short runs, broken by
    // bylines, credits and labels between them.
    for k in 1..kept.len() {
        if pair[k] {
            in_run[k] = true;
        }
    }
    let mut prose_before = Vec::with_capacity(kept.len() + 1);
    let mut sum = 0.0;
    for (k, &i) in kept.iter().enumerate() {
        prose_before.push(sum);
        if feats[i].class == Class::Good && !in_run[k] {
            sum += feats[i].counts.effective_words() as f64;
        }
    }
    for (start, k) in runs {
        let pairs = (k - start) / 2;
        // Short names each explained by a full sentence ("Aligned marketing objectives" over
        // "Guarantees that your campaigns are in line with..."): the features or benefits of
        // what the page offers, its own content. Teasers of other stories carry headlines of a
        // story's length, or decks too short to explain anything.
        let mean_words = |from: usize| -> f64 {
            kept[from..k]
                .iter()
                .step_by(2)
                .map(|&i| feats[i].counts.effective_words() as f64)
                .sum::<f64>()
                / pairs as f64
        };
        if mean_words(start) <= FEATURE_NAME_MAX_WORDS
            && mean_words(start + 1) >= FEATURE_BLURB_MIN_WORDS
        {
            continue;
        }
        // Teasers follow an article; feature blurbs on a product page stand alone.
        if prose_before[start] >= ARTICLE_BEFORE_COMMENTS * 2.0 {
            let detail = Some(format!("{pairs} headlines with one-line summaries"));
            for &i in &kept[start..k] {
                doc.remove(i, &TEASERS, detail.clone());
                feats[i].class = Class::Removed;
            }
        }
    }
}

/// Headers of other stories that `related.header` does not name: "Other articles you may find
/// interesting", "More guides", "Similar posts".
static TEASER_HEADER_RE: Lazy<Regex> =
    Lazy::new(|| Regex::new(TEASER_HEADER_PATTERN).expect("teaser header regex"));

const TEASER_HEADER_PATTERN: &str = r"(?i)\b(?:(?:other|more|related|similar|recommended|popular|latest|recent|featured|further|top)\s+(?:\w+\s+)?(?:articles|posts|stories|news|guides|reads|reading|content|resources|videos|recipes|insights|blogs?)|you\s+(?:may|might|will)\s+(?:also\s+)?(?:like|love|enjoy|find))\b";

/// [`TEASER_HEADER_RE`] with Unicode off, for lines whose characters that are not ASCII are signs
/// and dashes ([`crate::text::other_chars_inert`]), which it matches alike: the Unicode `\b`
/// sends a line with any such character (a curly quote, an arrow) to the slower engines.
static TEASER_HEADER_ASCII_RE: Lazy<regex::bytes::Regex> =
    Lazy::new(|| crate::text::ascii_regex(TEASER_HEADER_PATTERN));

fn is_teaser_header(t: &str) -> bool {
    if crate::text::other_chars_inert(t) {
        TEASER_HEADER_ASCII_RE.is_match(t.as_bytes())
    } else {
        TEASER_HEADER_RE.is_match(t)
    }
}

/// Whether a line heads the comments or the teasers after an article: the anchors that
/// `text.comments` and `text.teasers` cut from (see [`crate::rules::linemodel`]).
pub(crate) fn is_section_anchor(t: &str) -> bool {
    is_comments_header(t) || heads_teasers(t)
}

/// A line that heads a list of teasers: short, no sentence, in the words of [`is_teaser_header`].
fn heads_teasers(t: &str) -> bool {
    t.len() <= 80 && !ends_sentence(t) && is_teaser_header(t)
}

/// A teaser's summary is one sentence: a block this long after a related header is article.
const TEASER_MAX_WORDS: u32 = 40;

/// A related-stories line that names its story ("READ MORE: Should you offer green cleaning
/// services?") is one link inside the article, not the header of a list of teasers.
fn names_a_story(t: &str) -> bool {
    t.split_once(": ")
        .is_some_and(|(_, title)| crate::text::has_words(title, 3))
}

/// Whether the block is the page's headline, removed as such and reported as the title
/// (`text.headline`, or `meta.title` above the article).
pub(crate) fn is_headline(b: &crate::doc::Block) -> bool {
    b.is_removed_by(&HEADLINE) || b.is_removed_by(&crate::rules::meta::TITLE)
}

/// Whether the nearest line above block `i` that was not removed is the page's headline (the
/// line that repeats the title, removed as such): a count of replies right under a thread's
/// title ("60 replies") heads the thread, which is the page's content, not comments on it.
fn right_under_headline(doc: &Doc, i: usize) -> bool {
    doc.blocks[..i]
        .iter()
        .rev()
        .find(|b| b.is_kept() || is_headline(b))
        .is_some_and(|b| !b.is_kept())
}

/// Prose words the region must hold before a comments section can start.
const ARTICLE_BEFORE_COMMENTS: f64 = 100.0;

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

/// The line reduced for vocabulary look-ups: bullets, counts, arrows and trailing punctuation
/// trimmed (then lower-cased by the caller).
fn vocab_trim(t: &str) -> &str {
    let trimmed = |c: char| {
        !c.is_alphanumeric() && !matches!(c, '\'' | '’')
            || c.is_ascii_digit()
            || crate::text::is_blankish(c)
    };
    // ASCII bytes a byte at a time (an ASCII character is trimmed unless it is a letter or `'`),
    // the characters from the first that is not ASCII on each side.
    let kept = |b: &u8| b.is_ascii_alphabetic() || *b == b'\'' || !b.is_ascii();
    let b = t.as_bytes();
    let start = b.iter().position(kept).unwrap_or(b.len());
    let end = b.iter().rposition(kept).map_or(start, |i| i + 1).max(start);
    // Both ends are character boundaries: the bytes around them are ASCII (or the text's ends).
    let t = t.get(start..end).unwrap_or("");
    match (t.as_bytes().first(), t.as_bytes().last()) {
        (Some(a), Some(z)) if a.is_ascii() && z.is_ascii() => t,
        _ => t.trim_matches(trimmed),
    }
}

/// A whole line of interface vocabulary.
pub fn is_menu_line(t: &str) -> bool {
    if t.len() > 120 {
        return false;
    }
    is_menu_vocabulary(t) || is_chrome_line(t.trim()) || is_member_count(t.trim())
}

/// What a forum poster's card counts, after the count: "410 posts", "11.4k Reputation".
const MEMBER_COUNTS: &[&str] = &[
    "post",
    "posts",
    "messages",
    "reputation",
    "replies",
    "views",
    "likes",
    "points",
    "participants",
    "reactions",
    "votes",
    "threads",
];

/// A poster's count standing on its line, the count first: "410 posts", "4.7k posts", "11.4k
/// Reputation", "25,064 posts · Joined 2007". (The label first, "Posts: 138", is one of the
/// [`CHROME_LINE_PATTERNS`].) Comments and followers are left: a listing counts them too.
fn is_member_count(t: &str) -> bool {
    let b = t.as_bytes();
    if t.len() > 48 || !b.first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let figures = b
        .iter()
        .take_while(|c| c.is_ascii_digit() || matches!(c, b'.' | b','))
        .count();
    let rest = &t[figures..];
    let rest = rest.strip_prefix(['k', 'K', 'm', 'M']).unwrap_or(rest);
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let word_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (word, tail) = rest.split_at(word_len);
    if !MEMBER_COUNTS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
        return false;
    }
    // Nothing after it, or when the poster joined: "· Joined 2007".
    let tail = tail.trim_start_matches([' ', '·', '•', '|', ',']);
    tail.is_empty()
        || ["joined ", "member since "].iter().any(|l| {
            tail.get(..l.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(l))
                && crate::text::has_ascii_digit(tail.as_bytes())
        })
}

/// Link labels of a site's footer or account menu, lower case.
const SITE_LINKS: &[&str] = &[
    "privacy policy",
    "privacy notice",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "terms & conditions",
    "cookie policy",
    "cookie settings",
    "contact us",
    "about us",
    "careers",
    "sitemap",
    "site map",
    "accessibility",
    "do not sell",
    "newsroom",
    "press center",
    "log in",
    "login",
    "sign up",
    "sign in",
    "help center",
    "faq",
];

/// The labels of [`SITE_LINKS`], found in one scan.
static SITE_LINK_LABELS: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(SITE_LINKS)
        .expect("site link labels")
});

/// The labels of [`SITE_LINKS`] for a case-sensitive search of lower-cased text, to rule out
/// at once the lines that hold none ([`JoinedLines::holding`]).
static SITE_LINK_WORDS: Lazy<Option<aho_corasick::packed::Searcher>> =
    Lazy::new(|| aho_corasick::packed::Searcher::new(SITE_LINKS));

/// A flattened row of a site's footer or account links ("About Us Contact Us Careers Privacy
/// Policy Terms of Use", "Privacy Policy | Terms and Conditions | About Us"): two or more
/// different labels of [`SITE_LINKS`] in a line that ends no sentence and is not prose by its
/// stopwords (unless link separators split it). A sentence that names them ("Read our privacy
/// policy before you contact us.") ends with its full stop.
fn is_site_links(t: &str, counts: &Counts) -> bool {
    // Labels such as "About Us" or "Terms and Conditions" are stopwords half: a line with link
    // separators is a row of links whatever its stopwords. (The cheap tests first: the search
    // for separators decodes the line.)
    if t.len() > 240
        || counts.words > 40
        || ends_sentence(t)
        || (best_density(counts) >= 0.4 && !t.contains(['|', '·', '•']))
    {
        return false;
    }
    let mut seen = 0u32;
    for m in SITE_LINK_LABELS.find_iter(t) {
        // Whole words only: "login" in "loginPage" or "faq" in "faqs" do not count.
        let before = t[..m.start()].chars().next_back();
        let after = t[m.end()..].chars().next();
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        seen |= 1 << m.pattern().as_usize();
    }
    seen.count_ones() >= 2
}

/// A whole line of [`MENU_VOCABULARY`] (the longest entry is well under 48 bytes).
fn is_menu_vocabulary(t: &str) -> bool {
    is_menu_entry(t) || is_menu_entries(t)
}

/// One entry of [`MENU_VOCABULARY`].
fn is_menu_entry(t: &str) -> bool {
    if t.len() > 48 {
        return false;
    }
    let key = vocab_trim(t);
    if key.is_empty() {
        return false;
    }
    if key.is_ascii() {
        // An ASCII key keeps its length and first letter (but for case) when lower-cased.
        let b0 = key.as_bytes()[0];
        if MENU_SHAPES[(b0 & 31) as usize] >> key.len().min(63) & 1 == 0 {
            return false;
        }
        // Lower-cased on the stack: most lines are ASCII, and this runs on every short line.
        let mut buf = [0u8; 48];
        let buf = &mut buf[..key.len()];
        buf.copy_from_slice(key.as_bytes());
        buf.make_ascii_lowercase();
        MENU_SET.contains(&*buf)
    } else {
        MENU_SET.contains(key.to_lowercase().as_bytes())
    }
}

/// A line of at most this many bytes may be several entries of [`MENU_VOCABULARY`] in a row...
const MENU_ENTRIES_MAX_BYTES: usize = 60;
/// ... of at most this many words in all.
const MENU_ENTRIES_MAX_WORDS: usize = 8;

/// Words at one end of the entries of [`MENU_VOCABULARY`], and their shapes as
/// [`MENU_SHAPES`] has them: most words are ruled out by their first byte and length, without
/// being lower-cased and hashed.
struct EdgeWords {
    words: crate::text::ByteSet,
    shapes: [u64; 32],
}

impl EdgeWords {
    fn new(words: impl Iterator<Item = &'static str>) -> EdgeWords {
        let mut set = EdgeWords {
            words: crate::text::ByteSet::default(),
            shapes: [0; 32],
        };
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                set.shapes[(b & 31) as usize] |= 1 << w.len().min(63);
            }
            set.words.insert(w.as_bytes());
        }
        set
    }

    /// Whether the ASCII word `w` is one of the words, in any ASCII case (its first byte keeps
    /// its low five bits, and its length, when lower-cased).
    fn holds(&self, w: &[u8]) -> bool {
        if let Some(&b) = w.first() {
            if self.shapes[(b & 31) as usize] >> w.len().min(63) & 1 == 0 {
                return false;
            }
        }
        let mut buf = [0u8; MENU_ENTRIES_MAX_BYTES];
        let Some(b) = buf.get_mut(..w.len()) else {
            return false;
        };
        b.copy_from_slice(w);
        b.make_ascii_lowercase();
        self.words.contains(&*b)
    }
}

/// The first and the last words of the entries of [`MENU_VOCABULARY`]: a line of several entries
/// starts with one and ends with the other, which rules out nearly every other line at once.
static MENU_EDGE_WORDS: Lazy<(EdgeWords, EdgeWords)> = Lazy::new(|| {
    let firsts = EdgeWords::new(MENU_VOCABULARY.iter().filter_map(|w| w.split(' ').next()));
    let lasts = EdgeWords::new(MENU_VOCABULARY.iter().filter_map(|w| w.rsplit(' ').next()));
    (firsts, lasts)
});

/// `w` without the bytes at either end that are not ASCII letters or digits.
fn trim_to_alphanumeric(w: &[u8]) -> &[u8] {
    let start = w
        .iter()
        .position(u8::is_ascii_alphanumeric)
        .unwrap_or(w.len());
    let end = w
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(start, |i| i + 1);
    w.get(start..end).unwrap_or_default()
}

/// Several entries of [`MENU_VOCABULARY`] flattened onto one line, separated by spaces or marks
/// ("Skip to main content Skip to navigation", "Log In | Sign Up", "Start free trial Get in
/// touch"): a toolbar's buttons. At least one entry of two words or more, or three entries, so
/// that two words that each name a button ("Search Menu", "Go Home") may still be a heading.
fn is_menu_entries(t: &str) -> bool {
    if t.len() > MENU_ENTRIES_MAX_BYTES || !t.is_ascii() {
        return false;
    }
    // The first and the last words first, on the stack: they rule out nearly every line before
    // it is read whole.
    let (firsts, lasts) = &*MENU_EDGE_WORDS;
    // (The line is ASCII: its words are trimmed and compared as bytes.)
    let edge = |w: Option<&str>, set: &EdgeWords| {
        w.is_some_and(|w| set.holds(trim_to_alphanumeric(w.as_bytes())))
    };
    let mut words_iter = t
        .split_ascii_whitespace()
        .filter(|w| w.bytes().any(|b| b.is_ascii_alphanumeric()));
    if !edge(words_iter.next(), firsts) || !edge(words_iter.next_back(), lasts) {
        return false;
    }
    // The words lower-cased, one space between them, and where each starts and ends.
    let mut norm = [0u8; MENU_ENTRIES_MAX_BYTES];
    let mut len = 0;
    let mut words = [(0usize, 0usize); MENU_ENTRIES_MAX_WORDS];
    let mut n = 0;
    for w in t.split_ascii_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        if w.is_empty() {
            continue;
        }
        if n == MENU_ENTRIES_MAX_WORDS {
            return false;
        }
        if n > 0 {
            norm[len] = b' ';
            len += 1;
        }
        let start = len;
        for b in w.bytes() {
            norm[len] = b.to_ascii_lowercase();
            len += 1;
        }
        words[n] = (start, len);
        n += 1;
    }
    if n < 2 {
        return false;
    }
    let norm = &norm[..len];
    // best[k]: the fewest entries the first k words make (`None`: they make none), and whether
    // one of those entries has two words or more.
    let mut best: [Option<(u8, bool)>; MENU_ENTRIES_MAX_WORDS + 1] =
        [None; MENU_ENTRIES_MAX_WORDS + 1];
    best[0] = Some((0, false));
    for k in 0..n {
        let Some((count, long)) = best[k] else {
            continue;
        };
        for e in k + 1..=n {
            if MENU_SET.contains(&norm[words[k].0..words[e - 1].1]) {
                let next = (count + 1, long || e - k >= 2);
                if best[e].is_none_or(|b| next.0 < b.0 || next.0 == b.0 && next.1 && !b.1) {
                    best[e] = Some(next);
                }
            }
        }
    }
    best[n].is_some_and(|(count, long)| count >= 2 && (long || count >= 3))
}

/// The stopword share of the language that fits the line best.
fn best_density(c: &Counts) -> f64 {
    let best = c.hits.iter().copied().max().unwrap_or(0);
    if c.words == 0 {
        0.0
    } else {
        best as f64 / c.words as f64
    }
}

/// A long line of capitalised words that no stopword list fits: a flattened menu, link list or
/// tag cloud. Judged on the line alone (not on the page's language), so that the clean body
/// gets the same verdict. Capitals are required so that prose in a language without a list
/// survives.
fn is_low_density(text: &str, c: &Counts) -> bool {
    if c.words < LOW_DENSITY_WORDS
        || ends_sentence(text)
        || best_density(c) >= LOW_DENSITY_MAX
        || is_enumeration(text)
    {
        return false;
    }
    let (words, capital) = capitalised_words(text);
    words > 0 && capital * 10 >= words * 7
}

/// A line of one section's links flattened together, each opening with the same two words
/// ("Remote jobs in Canada Remote jobs in Mexico Remote jobs in Chile", "Plancha gaz inox Plancha
/// gaz fonte Plancha gaz Forge Adour"): eight words or more, no sentence in it, and its first
/// two words, capitalised words of letters that are no stopwords, repeated at least
/// [`REPEATED_LINK_MIN`] times. A list of how-tos ("How to…") or a table's row ("Yes Yes Yes")
/// does not open so.
fn is_repeated_link_line(text: &str, counts: &Counts) -> bool {
    // The cheap tests first, without reading the line again: most lines are ruled out by their
    // word count, their length, their first letter or their first two words.
    if (counts.words as usize) < REPEATED_LINK_MIN_WORDS
        || text.len() > 600
        || !text.chars().next().is_some_and(char::is_uppercase)
    {
        return false;
    }
    let mut words = text.split_whitespace();
    let (Some(a), Some(b)) = (words.next(), words.next()) else {
        return false;
    };
    let opening_word =
        |w: &str| w.chars().all(char::is_alphabetic) && crate::stopwords::mask(w) == 0;
    if !opening_word(a)
        || !opening_word(b)
        || memchr::memchr2(b':', b'=', text.as_bytes()).is_some()
        || ends_sentence(text)
    {
        return false;
    }
    let (mut count, mut repeats, mut prev) = (2usize, 1usize, b);
    for w in words {
        if w.len() > 1 && w.ends_with(['.', '!', '?']) {
            return false;
        }
        count += 1;
        repeats += usize::from(prev.eq_ignore_ascii_case(a) && w.eq_ignore_ascii_case(b));
        prev = w;
    }
    count >= REPEATED_LINK_MIN_WORDS && repeats >= REPEATED_LINK_MIN
}

/// [`is_repeated_link_line`]: the fewest words of such a line...
const REPEATED_LINK_MIN_WORDS: usize = 8;
/// ... and the fewest times its two opening words come.
const REPEATED_LINK_MIN: usize = 3;

/// The words of `text` that have a letter or figure, and those of them whose first letter or
/// figure is a capital or a figure.
fn capitalised_words(text: &str) -> (u32, u32) {
    let (mut words, mut capital) = (0u32, 0u32);
    if text.is_ascii() {
        // The same count a byte at a time (as in `is_lower_case_text`): a word's first
        // alphanumeric character is its first ASCII letter or digit.
        let mut seen = false;
        for &b in text.as_bytes() {
            if matches!(b, b' ' | b'\t'..=b'\r') {
                seen = false;
            } else if !seen && b.is_ascii_alphanumeric() {
                seen = true;
                words += 1;
                capital += u32::from(b.is_ascii_uppercase() || b.is_ascii_digit());
            }
        }
        return (words, capital);
    }
    for w in text.split_whitespace() {
        let Some(first) = w.chars().find(|ch| ch.is_alphanumeric()) else {
            continue;
        };
        words += 1;
        capital += u32::from(first.is_uppercase() || first.is_numeric());
    }
    (words, capital)
}

/// A line that enumerates with commas, one item every few words (an ingredients list, the
/// materials or the compatible systems of a product): written out for the reader, where a menu or
/// a tag cloud on one line runs its labels together. Not a line with labels ("Option: ...,
/// Option: ...", a forum signature's "Headphones: ..."): records or a signature run together.
fn is_enumeration(text: &str) -> bool {
    let commas = text.matches(", ").count();
    commas >= MIN_ENUMERATION_COMMAS
        && commas * MAX_WORDS_PER_ENUMERATED_ITEM >= crate::text::word_count(text)
        && !text.contains(':')
}

/// The labels that open the kept lines of a page ("CPU: Intel Core Ultra 7 | RAM: 32GB",
/// "Key services: SEO, PPC, Social media"), and how many lines each opens. A line of low
/// density whose label opens at least [`MIN_FIELD_RECORDS`] lines is a field of the page's
/// records (the spec of each laptop reviewed, the services of each agency listed): data the
/// article sets out, not a link list run together. One label alone ("Tags: ...") is no record.
struct FieldLabels {
    counts: std::collections::HashMap<String, usize>,
}

/// A field's label has at most this many words and bytes.
const MAX_FIELD_LABEL_WORDS: usize = 3;
const MAX_FIELD_LABEL_BYTES: usize = 32;

/// A label opens at least this many lines to make them records.
const MIN_FIELD_RECORDS: usize = 3;

impl FieldLabels {
    fn of(doc: &Doc) -> FieldLabels {
        let mut counts = std::collections::HashMap::new();
        for b in doc.blocks.iter().filter(|b| b.is_kept()) {
            if let Some(label) = field_label(crate::text::trim_ws(&b.plain)) {
                *counts.entry(label.to_lowercase()).or_insert(0) += 1;
            }
        }
        FieldLabels { counts }
    }

    /// Whether the line's label opens enough lines; a line that repeats its own label
    /// ("Option: ..., Option: ...") is a shop's options run together, not one record's field.
    fn recurs(&self, text: &str) -> bool {
        field_label(text).is_some_and(|label| {
            self.counts.get(&label.to_lowercase()).copied().unwrap_or(0) >= MIN_FIELD_RECORDS
                && text
                    .get(label.len() + 1..)
                    .is_some_and(|rest| !rest.contains(&format!("{label}:")))
        })
    }
}

/// The label before the first ": " of a line, when it is short and opens with a capital.
fn field_label(text: &str) -> Option<&str> {
    let head = text.get(..text.len().min(MAX_FIELD_LABEL_BYTES + 2))?;
    let at = head.find(": ")?;
    let label = text.get(..at)?;
    (label.chars().next().is_some_and(char::is_uppercase)
        && !crate::text::has_words(label, MAX_FIELD_LABEL_WORDS + 1))
    .then_some(label)
}

/// The fewest ", " separators of an enumeration, and the most words per item on average.
const MIN_ENUMERATION_COMMAS: usize = 4;
const MAX_WORDS_PER_ENUMERATED_ITEM: usize = 4;

/// The class of a block from its own text only (not from the page's language), so that the
/// clean body, cleaned again, gets the same verdicts.
fn classify(text: &str, c: &Counts) -> Class {
    let eff = c.effective_words();
    let sentence = ends_sentence(text);
    let d = best_density(c);
    if d >= GOOD_DENSITY || (eff >= 30 && d >= GOOD_DENSITY / 2.0) {
        if eff >= GOOD_WORDS {
            Class::Good
        } else if sentence && eff >= 4 {
            Class::Sentence
        } else {
            Class::Short
        }
    } else if (eff >= 15 || (eff >= 4 && sentence)) && is_lower_case_text(text) {
        // (A line shorter than that is short whatever its case: the text is not read.)
        // No stopword list fits, but the line reads like running text of another language or
        // script: length and punctuation decide, so that such text survives.
        if eff >= 15 || (eff >= 8 && sentence) {
            Class::Good
        } else if sentence && eff >= 4 {
            Class::Sentence
        } else {
            Class::Short
        }
    } else {
        Class::Short
    }
}

/// Running text: most words that have letters start with a lower-case letter, or the letters
/// have no case at all (CJK, Arabic, Hebrew, Thai...). Menus and labels are capitalised.
fn is_lower_case_text(text: &str) -> bool {
    let (mut cased, mut lower) = (0u32, 0u32);
    if text.is_ascii() {
        // The same count a byte at a time: ASCII whitespace (as `char::is_whitespace` has it)
        // splits the words, and a word's first letter is its first ASCII letter.
        let mut seen = false; // the current word's first letter was found
        for &b in text.as_bytes() {
            if matches!(b, b' ' | b'\t'..=b'\r') {
                seen = false;
            } else if !seen && b.is_ascii_alphabetic() {
                seen = true;
                cased += 1;
                lower += u32::from(b.is_ascii_lowercase());
            }
        }
        return cased == 0 || lower * 2 >= cased;
    }
    for w in text.split_whitespace() {
        let Some(first) = w.chars().find(|ch| ch.is_alphabetic()) else {
            continue;
        };
        if first.is_lowercase() {
            cased += 1;
            lower += 1;
        } else if first.is_uppercase() {
            cased += 1;
        }
    }
    cased == 0 || lower * 2 >= cased
}

/// The weight of a block for the main region: prose for, chrome against.
fn weight(f: &Feat) -> f64 {
    let eff = f.counts.effective_words() as f64;
    match f.class {
        Class::Good => eff,
        Class::Sentence => eff / 4.0,
        Class::Short => -2.0,
        Class::Item => -0.5,
        Class::Bad => -4.0 - eff.min(40.0) / 2.0,
        // A line an earlier rule removed separates regions of content.
        Class::Removed => -4.0,
    }
}

/// Words of privacy, cookie and terms notices (English, German, French, Spanish, Portuguese,
/// Italian, Dutch), lower-case and sorted for a binary search.
const POLICY_WORDS: &[&str] = &[
    "advertising",
    "agree",
    "collect",
    "conditions",
    "consent",
    "cookie",
    "cookies",
    "dados",
    "data",
    "daten",
    "datenschutz",
    "datos",
    "données",
    "gdpr",
    "information",
    "legal",
    "opt",
    "partners",
    "personal",
    "personnelles",
    "policies",
    "policy",
    "politique",
    "política",
    "preferences",
    "privacidad",
    "privacidade",
    "privacy",
    "processing",
    "reserved",
    "rights",
    "technologies",
    "terms",
    "third",
    "use",
];
/// The longest of [`POLICY_WORDS`], in bytes ("personnelles", "technologies").
const POLICY_WORD_MAX_BYTES: usize = 12;
/// A second region with at least this share of [`POLICY_WORDS`] is a notice (cookie settings,
/// a privacy or shipping policy shown in a dialog), not a second part of the content. Article
/// prose runs at 1–3%; the notices that product pages carry beside their description, at 8% and
/// more.
const POLICY_REGION_SHARE: f64 = 0.08;

/// Do the kept blocks `x..=y` read as a privacy, cookie or terms notice?
fn is_policy_region(doc: &Doc, x: usize, y: usize) -> bool {
    let (mut all, mut policy) = (0usize, 0usize);
    let mut lower = String::new();
    for b in doc.blocks[x..=y].iter().filter(|b| b.is_kept()) {
        crate::text::for_each_word(&b.plain, |w, ascii| {
            all += 1;
            // No policy word is longer than `POLICY_WORD_MAX_BYTES`: longer words are none.
            if w.len() > POLICY_WORD_MAX_BYTES {
                return;
            }
            lower.clear();
            if ascii {
                lower.push_str(w);
                lower.make_ascii_lowercase();
            } else {
                lower.extend(w.chars().flat_map(char::to_lowercase));
            }
            policy += usize::from(POLICY_WORDS.binary_search(&lower.as_str()).is_ok());
        });
    }
    all > 0 && policy as f64 >= POLICY_REGION_SHARE * all as f64
}

/// The words "cookie" or "cookies" (any case), as in a consent banner.
fn mentions_cookies(t: &str) -> bool {
    // `contains_ascii_ci(t, "cookie")` by its "k" alone: the lines asked are prose, long, with
    // few k's, and a search for one byte in either case runs in vector code without the pair
    // windows' compares.
    crate::text::contains_ascii_ci_by(t, "cookie", 3)
}

/// A short line shaped like content: a list item, a line with figures, a "label: value" pair.
fn is_item(t: &str) -> bool {
    // A list item starts with a bullet or a figure (after its spaces): not with an ASCII letter.
    (!t.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) && is_list_item(t))
        || crate::text::has_ascii_digit(t.as_bytes())
        || t.trim_end().ends_with(':')
        || has_colon_space(t)
}

/// `t.contains(": ")`, found from the colons: most lines have none, and a search for the two
/// bytes costs more to set up than a short line takes to scan.
fn has_colon_space(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr_iter(b':', b).any(|i| b.get(i + 1) == Some(&b' '))
}

/// Years (1900-2099) standing as words in `t`: several in one line mark a list of dated items.
fn years_in(t: &str) -> usize {
    let b = t.as_bytes();
    memchr::memchr2_iter(b'1', b'2', b)
        .filter(|&i| {
            i + 4 <= b.len()
                && matches!(&b[i..i + 2], b"19" | b"20")
                && b[i + 2].is_ascii_digit()
                && b[i + 3].is_ascii_digit()
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && b.get(i + 4).is_none_or(|c| !c.is_ascii_alphanumeric())
        })
        .count()
}

/// A line listing several dated items: at least three years, one per 25 words or more, and no
/// sentence end (prose that names years ends like prose).
fn is_dated_list(t: &str, c: &Counts) -> bool {
    // The end first: it rules out prose, most of the lines, without reading them. Three years
    // standing as words take at least 14 bytes ("1999 2000 2001").
    t.len() >= 14 && !ends_sentence(t) && {
        let years = years_in(t);
        years >= 3 && years * 25 >= c.words as usize
    }
}

/// A short line that may be a link: few words, no sentence end.
fn is_link_like(text: &str, c: &Counts) -> bool {
    c.effective_words() <= 6
        && !ends_sentence(text)
        && !text.trim_end().ends_with(',')
        && (!is_item(text) || is_menu_line(text))
}

/// The maximum-sum run `[a, b]` of `w[lo..hi]` and its sum (Kadane).
fn best_run(w: &[f64], lo: usize, hi: usize) -> Option<(usize, usize, f64)> {
    // A run counts only with a positive sum, and the best sum is positive: `best_sum` starting
    // at zero asks both at once.
    let (mut best, mut best_sum) = (None, 0.0);
    let (mut start, mut sum) = (lo, 0.0);
    for (i, &x) in w.get(lo..hi.min(w.len())).unwrap_or(&[]).iter().enumerate() {
        if sum <= 0.0 {
            start = lo + i;
            sum = 0.0;
        }
        sum += x;
        if sum > best_sum {
            best_sum = sum;
            best = Some((start, lo + i));
        }
    }
    best.map(|(a, b)| (a, b, best_sum))
}

/// The densest run of each stretch between the points where Kadane's running sum of `w[lo..hi]`
/// falls to zero: the candidate regions besides the main one, found in one linear pass.
fn dense_runs(w: &[f64], lo: usize, hi: usize) -> Vec<(usize, usize, f64)> {
    let mut out = Vec::new();
    // As in `best_run`: the best sum of the stretch, zero while it has none.
    let (mut best, mut best_sum) = (None, 0.0);
    let (mut start, mut sum) = (lo, 0.0);
    for (i, &x) in w.get(lo..hi.min(w.len())).unwrap_or(&[]).iter().enumerate() {
        if sum <= 0.0 {
            out.extend(best.take().map(|(a, b)| (a, b, best_sum)));
            best_sum = 0.0;
            start = lo + i;
            sum = 0.0;
        }
        sum += x;
        if sum > best_sum {
            best_sum = sum;
            best = Some((start, lo + i));
        }
    }
    out.extend(best.map(|(a, b)| (a, b, best_sum)));
    out
}

/// Words of a title reduced for comparison: lower-case letters and digits, one space apart.
fn title_key(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    title_key_into(t, &mut out);
    out
}

/// [`title_key`] into a buffer that is reused from line to line.
/// False when the key of `t` ([`title_key_into`]) surely neither equals nor begins one of
/// `keys`: for an ASCII `t`, its key is read a byte at a time, as `title_key_into` writes it,
/// against the keys' bytes, up to the first byte where every key differs. (True for a `t` that
/// is not ASCII, and for more than 64 keys.)
fn key_may_begin(t: &str, keys: &[String]) -> bool {
    if !t.is_ascii() || keys.len() > 64 {
        return true;
    }
    let mut alive = u64::MAX >> (64 - keys.len().max(1));
    if keys.is_empty() {
        return false;
    }
    // The keys whose byte `n` is `c`, among those alive.
    let step = |alive: u64, n: usize, c: u8| {
        let mut still = 0u64;
        for (i, k) in keys.iter().enumerate() {
            if alive >> i & 1 == 1 && k.as_bytes().get(n) == Some(&c) {
                still |= 1 << i;
            }
        }
        still
    };
    let (mut n, mut gap) = (0, false);
    for &b in t.as_bytes() {
        if b.is_ascii_alphanumeric() {
            if gap && n > 0 {
                alive = step(alive, n, b' ');
                n += 1;
            }
            gap = false;
            alive = step(alive, n, b.to_ascii_lowercase());
            n += 1;
            if alive == 0 {
                return false;
            }
        } else {
            gap = true;
        }
    }
    alive != 0
}

fn title_key_into(t: &str, out: &mut String) {
    out.clear();
    if t.is_ascii() {
        // A byte at a time: an ASCII character is alphanumeric as a `char` exactly when it is
        // as a byte. Written into the buffer's bytes, sized for the text at once: the key has at
        // most a byte for each byte of the text (a space stands for one or more that are not
        // alphanumeric), so no write needs to grow it.
        let mut key = std::mem::take(out).into_bytes();
        key.resize(t.len(), 0);
        let mut n = 0;
        let mut gap = false;
        for &b in t.as_bytes() {
            if b.is_ascii_alphanumeric() {
                if gap && n > 0 {
                    if let Some(k) = key.get_mut(n) {
                        *k = b' ';
                    }
                    n += 1;
                }
                gap = false;
                if let Some(k) = key.get_mut(n) {
                    *k = b.to_ascii_lowercase();
                }
                n += 1;
            } else {
                gap = true;
            }
        }
        key.truncate(n);
        *out = String::from_utf8(key).unwrap_or_default();
        return;
    }
    for w in t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        if w.is_ascii() {
            let at = out.len();
            out.push_str(w);
            out[at..].make_ascii_lowercase();
        } else {
            out.push_str(&w.to_lowercase());
        }
    }
}

/// The first word of `t` as [`title_key`] splits it, when it and the character after it are
/// ASCII (so that its lower case is its key's first word); `None` otherwise.
fn first_ascii_word(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    let start = b
        .iter()
        .position(|c| !c.is_ascii() || c.is_ascii_alphanumeric())?;
    let len = b[start..]
        .iter()
        .position(|c| !c.is_ascii_alphanumeric())
        .unwrap_or(b.len() - start);
    let end = start + len;
    (b[start].is_ascii() && b.get(end).is_none_or(u8::is_ascii)).then(|| &t[start..end])
}

/// The page `<title>` line and the headline that repeats it: the title line is the first line of
/// the dump, "Headline | Site"; the headline is a later line equal to it or to one of its parts.
/// The first line of a dump as a page title line: short, one line, not a sentence. Its text,
/// trimmed. (Kept or not: see the callers.)
fn title_line<'d>(doc: &'d Doc<'_>) -> Option<&'d str> {
    let first = doc.blocks.first()?;
    let t = first.plain.trim();
    // A full stop ends a sentence, or a site's slogan after its name ("10 Tips for Online
    // Courses – Journey To College – Realize your potential.").
    let sentence = t.ends_with('.') && !TITLE_SEPARATORS.iter().any(|s| t.contains(s));
    (first.pieces.len() == 1 && t.len() <= 300 && crate::text::word_count(t) <= 30 && !sentence)
        .then_some(t)
}

/// What sets a page title's parts apart ("Headline | Site", "Headline - Site").
const TITLE_SEPARATORS: [&str; 10] = [
    " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " : ", "｜", " ｜ ",
];

fn apply_page_title(doc: &mut Doc, rs: &Ruleset) {
    if !doc.blocks.first().is_some_and(crate::doc::Block::is_kept) {
        return;
    }
    let Some(t) = title_line(doc) else {
        return;
    };
    let mut keys: Vec<String> = vec![title_key(t)];
    for sep in TITLE_SEPARATORS {
        if t.contains(sep) {
            keys.extend(
                t.split(sep)
                    .map(title_key)
                    .filter(|k| k.split(' ').count() >= 2),
            );
        }
    }
    keys.retain(|k| !k.is_empty());
    // The headline equals a part of the title, or begins one ("Lentil Soup" in "Lentil Soup
    // Recipe - Site") with most of its words.
    let is_headline = |k: &str| {
        // Whether `k` has three words or more: found once, when a key first asks.
        let mut three_words = None;
        !k.is_empty()
            && keys.iter().any(|t| {
                t == k
                    || (*three_words.get_or_insert_with(|| k.split(' ').nth(2).is_some())
                        && t.starts_with(k)
                        && t.as_bytes().get(k.len()) == Some(&b' ')
                        && k.len() * 10 >= t.len() * 6)
            })
    };
    // The headline stands near the top: look in the first blocks only. An earlier rule may have
    // removed it already (as part of a menu run); it still names the title.
    let limit = doc.blocks.len().min(400);
    let mut headline = None;
    // A headline is no longer than the title line (give or take its punctuation), and its key
    // is no longer than its text.
    let max_len = t.len() + 8;
    let min_len = keys.iter().map(String::len).min().unwrap_or(0);
    // A line's key starts with the lower case of its first letter or digit: lines whose first
    // one is an ASCII character no key starts with are passed over without building their key.
    let mut first_bytes = [false; 128];
    for key in &keys {
        first_bytes[(key.as_bytes()[0] & 0x7f) as usize] = true;
    }
    // A headline's key starts with the first word of a key: lines whose first word (ASCII) is
    // none of those are passed over too.
    let first_words: Vec<&str> = keys
        .iter()
        .map(|k| k.split(' ').next().unwrap_or(""))
        .collect();
    let mut k = String::new();
    for j in 1..limit {
        let b = &doc.blocks[j];
        if b.plain.len() > max_len || b.plain.len() < min_len {
            continue;
        }
        match b.plain.chars().find(|c| c.is_alphanumeric()) {
            None => continue,
            Some(c) if c.is_ascii() && !first_bytes[c.to_ascii_lowercase() as usize] => continue,
            Some(_) => {}
        }
        if let Some(w) = first_ascii_word(&b.plain) {
            if !first_words.iter().any(|f| f.eq_ignore_ascii_case(w)) {
                continue;
            }
        }
        // (A headline's key equals a key or begins one: most lines' keys part from every key
        // within a few bytes.)
        if !key_may_begin(&b.plain, &keys) {
            continue;
        }
        title_key_into(&b.plain, &mut k);
        // The longest match: the headline, not the site name that the title also holds.
        if is_headline(&k)
            && headline
                .as_ref()
                .is_none_or(|(_, h): &(usize, String)| k.len() > h.len())
        {
            headline = Some((j, k.clone()));
        }
    }
    let Some((j, key)) = headline else {
        return;
    };
    if rs.on(&HEADLINE) {
        let b = &doc.blocks[j];
        // A copy of the whole title line (a sticky header's, a breadcrumb's) holds the site's
        // name too: the title is without it.
        let value = crate::text::collapse(&b.plain);
        let value = if key == title_key(t) {
            let stripped = crate::html::meta::strip_site_suffix(&value, None);
            crate::html::meta::tidy_title(&stripped).to_string()
        } else {
            value
        };
        doc.metadata.title = Some(MetaField {
            value,
            span: b.outer_span(),
            rule: HEADLINE.id,
            normalized: None,
        });
        // The headline and its copies (breadcrumbs, sticky headers) near it.
        let key_first = key.split(' ').next().unwrap_or("");
        for i in j..limit {
            let plain = &doc.blocks[i].plain;
            if doc.blocks[i].is_kept()
                && plain.len() <= 300
                && first_ascii_word(plain).is_none_or(|w| w.eq_ignore_ascii_case(key_first))
                && key_may_begin(plain, std::slice::from_ref(&key))
                && {
                    title_key_into(plain, &mut k);
                    k == key
                }
            {
                doc.remove(i, &HEADLINE, None);
            }
        }
    }
    if rs.on(&PAGE_TITLE) {
        doc.remove(0, &PAGE_TITLE, None);
    }
}

/// `text.title-only`: when the dump's title line is the only line left once every other rule
/// has judged, the page has no body; the line is its title, as the HTML front end reports a
/// page whose body holds no text. A dump of that one line alone counts when the line has a
/// title's separator ("Headline | Site"): a single line of text is otherwise the text. A title
/// line that a rule of context took along with the menus around it is the title too, when
/// nothing at all is left.
pub(crate) fn apply_title_only(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&TITLE_ONLY) || doc.is_html_page() {
        return;
    }
    let Some(t) = title_line(doc) else {
        return;
    };
    let first = &doc.blocks[0];
    let taken_by_context = [&NAV_RUN, &OUTSIDE_MAIN, &crate::rules::nav::RUN]
        .into_iter()
        .any(|r| first.is_removed_by(r));
    if !(first.is_kept() || taken_by_context) {
        return;
    }
    let alone = doc.blocks[1..].iter().all(|b| !b.is_kept());
    let page_had_more = doc.blocks[1..]
        .iter()
        .any(|b| !crate::text::trim_ws(&b.plain).is_empty());
    if !alone || !(page_had_more || TITLE_SEPARATORS.iter().any(|s| t.contains(s))) {
        return;
    }
    // The title without its site's name, as the title line gives it ("Beatrice Tan Rug |
    // Ruggable US"), unless that leaves nothing.
    let stripped = crate::html::meta::strip_site_suffix(t, None);
    let stripped = crate::html::meta::tidy_title(&stripped);
    let value = crate::text::collapse(if stripped.is_empty() { t } else { stripped });
    let span = doc.blocks[0].outer_span();
    if doc.metadata.title.is_none() {
        doc.metadata.title = Some(MetaField {
            value,
            span,
            rule: TITLE_ONLY.id,
            normalized: None,
        });
    }
    doc.blocks[0].state = crate::doc::State::Removed {
        rule: &TITLE_ONLY,
        detail: None,
        duplicate_of: None,
    };
}

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
            .is_some_and(|d| d.kind == crate::model::ParagraphKind::TableRow);
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
        if menu_on
            && text.len() <= 200
            && (is_chrome_line(text)
                // Its figures make it read as running text.
                || is_user_card(text)
                || is_post_reaction(text)
                || (f.class != Class::Good
                    && text.len() <= 120
                    && (is_menu_vocabulary(text) || is_submenu_label(text))))
        {
            doc.remove(i, &MENU_LINE, None);
            feat.class = Class::Removed;
        } else if shop_on && doc.blocks[i].dom.is_none() && is_shop_line(text) {
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
            doc.remove(i, &LOW_DENSITY, Some(format!("stopword share {d:.2}")));
            feat.class = Class::Removed;
        }
    }
    let facts = TextFacts::new(feats.len());
    Features { feats, facts }
}

/// Removes the button labels ([`is_button_label`]) among the kept lines. It runs last, once the
/// region and the article's edges are settled: judged with the other lines, the labels' removal
/// moved the choice of region on pages whose buttons sat among their prose (measured over the
/// WCXB dumps: F1 +0.11 in all that way, +0.62 last), while in the clean body the labels are
/// already gone, so a second pass sees the same neighbours either way. A page's marked heading
/// stays: "Install the tools" heads a section of a how-to.
pub(crate) fn remove_button_labels(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&BUTTON_LABEL) {
        return;
    }
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if b.is_kept()
            && b.dom.as_ref().is_none_or(|d| d.heading.is_none())
            && is_button_label(crate::text::trim_ws(&b.plain))
        {
            doc.remove(i, &BUTTON_LABEL, None);
        }
    }
}

/// Words of a newsletter pitch: what it sends and where ("delivered to your inbox", "Get our
/// weekly newsletter", "Sign up for updates"), with no question after them (a question is the
/// reader's: "Can I cancel after I subscribe?").
static SIGNUP_PITCH_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:newsletters?|inbox|subscribe|subscribers?|subscription|sign up|signup|mailing list|updates)\b[^?]*$",
    )
    .expect("sign-up pitch pattern")
});

/// A newsletter pitch has at most this many words.
const SIGNUP_PITCH_MAX_WORDS: usize = 40;

/// How many lines away, before or after it, a pitch's form may be.
const SIGNUP_PITCH_REACH: usize = 2;

/// Was the block removed as a line of a sign-up form: its prompt, consent line, field, button or
/// interface words?
fn is_form_part(b: &crate::doc::Block<'_>) -> bool {
    use crate::rules::prompt;
    [
        &prompt::SUBSCRIBE,
        &prompt::COOKIE,
        &SIGNUP_LINE,
        &BUTTON_LABEL,
        &FORM_FIELD,
        &MENU_LINE,
    ]
    .iter()
    .any(|r| b.is_removed_by(r))
        || (b.is_kept() && is_button_label(crate::text::trim_ws(&b.plain)))
}

/// Does the line speak for its writer ("When I log in and sign up...") or tell of someone ("She
/// found the letter in her inbox")? A post, a comment or a story does; a form's pitch speaks for
/// the site (we, our) to the reader (you).
fn speaks_for_oneself(t: &str) -> bool {
    t.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        w == "I"
            || w.starts_with("I'")
            || w.starts_with("I’")
            || ["he", "she", "his", "her", "him"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
    })
}

/// The pitch of a sign-up form: a short line with the words of a newsletter
/// ([`SIGNUP_PITCH_RE`]) within two lines of the form's removed parts ("The latest from Acme,
/// sent straight to your inbox." above "Enter your email" and "Subscribe"). Newsletter words
/// alone cut prose about newsletters (measured: F1 +0.08, leak -12, with -5 over the WCXB dumps);
/// next to the form's parts they cut its pitch. Judged with the lines, before the region: a
/// button's label counts as a part of the form before its own rule removes it, so that the clean
/// body, cleaned again, ends the same way.
pub(crate) fn remove_signup_pitches(doc: &mut Doc, rs: &Ruleset) -> bool {
    if !rs.on(&SIGNUP_PITCH) || doc.is_html_page() {
        return false;
    }
    let lines = doc.blocks_where(|b| !crate::text::trim_ws(&b.plain).is_empty());
    // Which lines are parts of a form, found once: most pages have none, and most lines are
    // far from one.
    let parts: Vec<bool> = lines
        .iter()
        .map(|&i| is_form_part(&doc.blocks[i]))
        .collect();
    if !parts.contains(&true) {
        return false;
    }
    let mut cut = Vec::new();
    for (k, &i) in lines.iter().enumerate() {
        let lo = k.saturating_sub(SIGNUP_PITCH_REACH);
        let hi = (k + SIGNUP_PITCH_REACH + 1).min(lines.len());
        let near = (lo..hi).any(|j| j != k && parts[j]);
        let b = &doc.blocks[i];
        let t = crate::text::trim_ws(&b.plain);
        if near
            && b.is_kept()
            && crate::text::word_count(t) <= SIGNUP_PITCH_MAX_WORDS
            && !speaks_for_oneself(t)
            && SIGNUP_PITCH_RE.is_match(t)
        {
            cut.push(i);
        }
    }
    for &i in &cut {
        doc.remove(i, &SIGNUP_PITCH, None);
    }
    !cut.is_empty()
}

/// A shop's controls, each standing on its line: the cart and compare buttons of a product or
/// of each card of a grid ("Add to cart", "Add Trail Boots - Men's to Compare", "Ajouter au
/// panier"), a card's quick view, the filter and sort bar of a category page ("Filter and sort",
/// "Sort by: Featured Newest Price"), a variant picker with its options ("Choose an option 500g
/// £7.01, 1kg £13.32"). Whatever follows the control on its line is the widget's options, not a
/// sentence: a line that ends as one is spared ("Add to cart and check out before noon."). A
/// swatch picker names its options one after the other ("Option: Bookcase, white Option:
/// Bookcase, oak", "Color: Brown Size: Select a size"), and a pager its pages ("You are
/// currently on page 1 Go to page 2").
///
/// The shop-control pattern is [`SHOP_CONTROL_LEAD`] and then one of these alternatives, each
/// with the first words (lower case) of all its matches. Each first word is followed in the
/// pattern by a character that is not alphanumeric (or the end), so a line matches only the
/// alternatives of its own first word. No alternative has first words in both of
/// [`SHOP_CONTROL_PARTS`].
#[allow(clippy::type_complexity)]
const SHOP_CONTROL_ALTERNATIVES: &[(&[&str], &str)] = &[
    (
        &["add", "move"],
        r"(?:add|move)\ (?:it\ )?to\ (?:cart|bag|basket|wish\ ?list|favou?rites|compare|registry|trolley)\b",
    ),
    (
        &["add"],
        r"add\ .{1,90}?\ to\ (?:compare|cart|bag|basket|wish\ ?list|favou?rites|part\ list)\s*$",
    ),
    (&["quick"], r"quick\ (?:shop|view|add)\b"),
    (
        &["filter", "filters", "refine"],
        r"(?:filter|filters|refine)\ (?:and|&)\ sort\b",
    ),
    (&["sort"], r"sort\ (?:and|&)\ filter\b"),
    (&["sort"], r"sort\ by\b"),
    (
        &["choose", "select"],
        r"(?:choose|select)\ (?:an?\ )?(?:option|size|colou?r|variant)s?\b",
    ),
    (&["ajouter"], r"ajouter\ au\ panier"),
    (&["in"], r"in\ den\ warenkorb"),
    (&["añadir"], r"añadir\ al\ carrito"),
    (&["aggiungi"], r"aggiungi\ al\ carrello"),
    (&["toevoegen"], r"toevoegen\ aan\ winkelwagen"),
    (&["trier"], r"trier\ par\b"),
    (
        &["filter", "filters", "filtre", "filtres"],
        r"(?:filters?|filtres?)\s*$",
    ),
    (
        &[
            "option", "options", "color", "colors", "colour", "colours", "size", "sizes",
            "variant", "variants",
        ],
        r"(?:option|colou?r|size|variant)s?:\ .{1,160}?\ (?:option|colou?r|size|variant)s?:\ ",
    ),
    (
        &["you"],
        r"you\ are\ (?:currently\ )?on\ page\ \d+\b.*\bpage\ \d",
    ),
];

/// What the shop-control pattern allows before a control's first word.
const SHOP_CONTROL_LEAD: &str = r"(?ix)^[\s\-•*>»+]*";

/// The shop-control pattern in two: the alternatives that start with "add" or "move", and the
/// rest. The whole pattern's two counted runs of any characters made the lazy DFA fill its cache and
/// start again on the lines of a shop's grid ("Add … to Compare", about 25 times slower).
static SHOP_CONTROL_PARTS: Lazy<[Regex; 2]> = Lazy::new(|| {
    [0, 1].map(|part| {
        let alternatives: Vec<&str> = SHOP_CONTROL_ALTERNATIVES
            .iter()
            .filter(|a| a.0.iter().any(|w| shop_control_part(w) == part))
            .map(|a| a.1)
            .collect();
        Regex::new(&format!(
            "{SHOP_CONTROL_LEAD}(?:{})",
            alternatives.join("|")
        ))
        .expect("shop control pattern")
    })
});

/// Which of [`SHOP_CONTROL_PARTS`] a line of first word `w` (lower case) may match.
fn shop_control_part(w: &str) -> usize {
    usize::from(!matches!(w, "add" | "move"))
}

/// The first words of every match of the shop-control pattern, lower case: most lines open with
/// none of them and are ruled out before the pattern. A new control needs its first word here.
const SHOP_CONTROL_FIRST_WORDS: &[&str] = &[
    "add",
    "move",
    "quick",
    "filter",
    "filters",
    "refine",
    "sort",
    "choose",
    "select",
    "ajouter",
    "in",
    "añadir",
    "aggiungi",
    "toevoegen",
    "trier",
    "filtre",
    "filtres",
    "option",
    "options",
    "color",
    "colors",
    "colour",
    "colours",
    "size",
    "sizes",
    "variant",
    "variants",
    "you",
];

/// A line no longer than this is judged as a control: a variant picker lists its options and
/// their prices on its line.
const SHOP_CONTROL_MAX_BYTES: usize = 500;

/// The first run of alphanumeric characters in `t` ("" when it has none): found in the bytes
/// when it and the characters around it are ASCII, as most are ([`first_ascii_word`]), decoded
/// otherwise.
fn first_word(t: &str) -> &str {
    first_ascii_word(t).unwrap_or_else(|| {
        t.trim_start_matches(|c: char| !c.is_alphanumeric())
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
    })
}

/// True when `t` (trimmed) is a shop's control on its line ([`SHOP_CONTROL_ALTERNATIVES`]).
pub(crate) fn is_shop_control(t: &str) -> bool {
    if t.len() > SHOP_CONTROL_MAX_BYTES || t.ends_with(['.', '?', '!']) {
        return false;
    }
    let first = first_word(t);
    // Lower-cased (for a word that is not ASCII) once, not for each word of the table.
    let listed: Option<usize> = if first.is_ascii() {
        // The table's words start with few letters: a word that starts with another is none of
        // them (bit `b & 31` of the mask for each first letter `b`).
        const FIRST_LETTERS: u32 = {
            let mut m = 0u32;
            let mut k = 0;
            while k < SHOP_CONTROL_FIRST_WORDS.len() {
                m |= 1 << (SHOP_CONTROL_FIRST_WORDS[k].as_bytes()[0] & 31);
                k += 1;
            }
            m
        };
        first
            .as_bytes()
            .first()
            .is_some_and(|&b| FIRST_LETTERS >> (b & 31) & 1 == 1)
            .then(|| {
                SHOP_CONTROL_FIRST_WORDS
                    .iter()
                    .position(|w| w.eq_ignore_ascii_case(first))
            })
            .flatten()
    } else {
        let lower = first.to_lowercase();
        SHOP_CONTROL_FIRST_WORDS
            .iter()
            .position(|w| w.len() == first.len() && lower == *w)
    };
    listed
        .and_then(|k| SHOP_CONTROL_FIRST_WORDS.get(k))
        .is_some_and(|w| SHOP_CONTROL_PARTS[shop_control_part(w)].is_match(t))
}

/// The labels of a page's widgets, read out as a line of text: the instructions of an
/// accessibility menu ("Press Enter for Keyboard Navigation"), the slide count of a carousel's
/// messages ("Apply Now message 2 of 3."), a chat invitation ("Questions? Chat with an
/// expert."), the cart's notices ("Added to your cart! Complete the set?", "QTY 1 Add to Part
/// List", "This product is no longer available."), a shop's return terms ("Returns & exchanges
/// accepted within 30 days"), the expanders and copy buttons of a documentation page ("Show
/// child attributes", "Copy" below a code block), the state of a widget that did not load or
/// ran out ("Loading paragraph...", "Promotion Has Expired"). A manual's "Press Enter to
/// confirm." is an instruction, and stays.
static WIDGET_LABEL_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)^[\s\-•*>»+]*(?:
          press\s+(?:↵\s*)?enter\s+for\b[^.]*$
        | (?:free\ )?returns?\ (?:(?:&|and)\ exchanges\ )?accepted\ within\ \d{1,3}\ days\s*$
        | .{0,40}\bmessage\ \d{1,2}\ of\ \d{1,2}\.?\s*$
        | (?:questions\?\s+)?(?:live\ )?chat\ (?:with\ (?:an?\ )?(?:expert|specialist|agent)|now)\b.{0,40}$
        | added\ to\ (?:your\ )?(?:cart|bag|basket)\b
        | (?:qty|quantity)\s*:?\s*\d+\s+add\ to\b
        | (?:discontinued\s+)?this\ (?:product|item)\ is\ no\ longer\ available\.?\s*$
        | (?:show|hide)\ (?:all\ )?(?:child|nested)\ (?:attributes|properties|parameters|fields)\s*$
        | (?:copy(?:\ code|\ to\ clipboard)?|copied!?)\s*$
        | loading(?:\ (?:paragraph|comments|more|content|results|video|player|map))?\s*(?:\.\.\.|…)\s*$
        | (?:this\ )?(?:promotion|offer|deal|coupon)\ has\ expired\.?\s*$
        )",
    )
    .expect("widget label pattern")
});

/// A widget's label is at most this long.
const WIDGET_LABEL_MAX_BYTES: usize = 200;

/// The words every match of [`WIDGET_LABEL_RE`] starts with, after the bullets, but for the
/// carousel's messages, which hold "message" anywhere: most lines have neither and are ruled
/// out before the pattern. A new label needs its first words here.
static WIDGET_LABEL_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::new(
        &[
            "press",
            "free return",
            "return accepted",
            "returns accepted",
            "return & ",
            "returns & ",
            "return and ",
            "returns and ",
            "questions?",
            "live chat ",
            "chat with ",
            "chat now",
            "added to ",
            "qty",
            "quantity",
            "discontinued",
            "this product ",
            "this item ",
            "show all ",
            "show child ",
            "show nested ",
            "hide all ",
            "hide child ",
            "hide nested ",
            "copy",
            "copied",
            "loading",
            "this promotion ",
            "this offer ",
            "this deal ",
            "this coupon ",
            "promotion has ",
            "offer has ",
            "deal has ",
            "coupon has ",
        ],
        b" \t\n\x0B\x0C\r-*>+",
    )
});

/// True when `t` (trimmed) is a widget's label ([`WIDGET_LABEL_RE`]).
pub(crate) fn is_widget_label(t: &str) -> bool {
    // A line that opens with "Copyright" (a footer's, often with a sign that is not ASCII, on
    // which the pattern's automaton gives up) may only be a carousel's message.
    let copyright = t
        .as_bytes()
        .first_chunk::<9>()
        .is_some_and(|w| w.eq_ignore_ascii_case(b"copyright"));
    t.len() <= WIDGET_LABEL_MAX_BYTES
        && ((!copyright && WIDGET_LABEL_PREFIXES.may_match(t) && may_open_a_label(t))
            || may_name_a_message(t))
        && WIDGET_LABEL_RE.is_match(t)
}

/// Whether `t` may open with one of [`WIDGET_LABEL_RE`]'s labels but the carousel's message:
/// after the pattern's bullets, each of them starts with an ASCII letter, which of the other
/// characters only the long s matches (in any case). A line that opens with another
/// character that is not ASCII ("● You", an emoji) goes on to the pattern only as a message:
/// the pattern's Unicode `\b` makes its search of such a line slow.
fn may_open_a_label(t: &str) -> bool {
    let bullet = |c: char| c.is_whitespace() || matches!(c, '-' | '•' | '*' | '>' | '»' | '+');
    t.trim_start_matches(bullet)
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii() || c == '\u{17F}')
}

/// Whether `t` may be a carousel's "message 2 of 3": it ends with a figure (of any script), then
/// perhaps a period and spaces, and holds the word "message" in any case (its letters in ASCII,
/// or a long s, which matches `s` case-insensitively, anywhere).
fn may_name_a_message(t: &str) -> bool {
    let end = t.trim_end_matches(char::is_whitespace);
    let end = end.strip_suffix('.').unwrap_or(end);
    end.chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit() || !c.is_ascii())
        && (crate::text::contains_ascii_ci(t, "message")
            || (!t.is_ascii() && t.contains('\u{17F}')))
}

/// Removes the shop's controls ([`is_shop_control`]) and the widgets' labels
/// ([`is_widget_label`]) among the kept lines. Like the button
/// labels, last, once the region and the article's edges are settled, so that a second pass over
/// the clean body sees the same neighbours. Measured over the WCXB dumps (a simulation on the
/// clean bodies): F1 +0.64 over 36 pages, leak -14, `with` unchanged.
pub(crate) fn remove_shop_controls(doc: &mut Doc, rs: &Ruleset) -> bool {
    let (control_on, widget_on) = (rs.on(&SHOP_CONTROL), rs.on(&WIDGET_LABEL));
    if !control_on && !widget_on {
        return false;
    }
    let mut cut = false;
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if !b.is_kept() {
            continue;
        }
        let t = crate::text::trim_ws(&b.plain);
        if control_on && is_shop_control(t) {
            doc.remove(i, &SHOP_CONTROL, None);
            cut = true;
        } else if widget_on && is_widget_label(t) {
            doc.remove(i, &WIDGET_LABEL, None);
            cut = true;
        }
    }
    cut
}

/// A line of a product's own page, anywhere in the dump: its description's heading ("Product
/// details", "About this item", "Specifications") or its cart button standing alone.
static PRODUCT_PAGE_LINE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^\s*(?:(?:product\s+)?(?:description|details|specifications|specs)|product\s+information|item\s+description|about\s+this\s+item|features\s+(?:&|and)\s+benefits|tech\s+specs|add\s+to\s+(?:cart|bag|basket)|buy\s+now|in\s+den\s+warenkorb|ajouter\s+au\s+panier)\s*:?\s*$",
    )
    .expect("product page line pattern")
});

/// A line of a page of results, anywhere in the dump: a count of results or a sort or filter
/// control ("1,902 items", "Showing 1-24", "Sort by", "Filter").
static RESULTS_PAGE_LINE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^\s*(?:\d[\d,]*\s+(?:results|items|products)|showing\s+\d|sort\s+by|filter)")
        .expect("results page line pattern")
});

/// The words every match of [`PRODUCT_PAGE_LINE_RE`] starts with, after its spaces. A new line
/// needs its first word here.
const PRODUCT_PAGE_LINE_FIRST_WORDS: &[&str] = &[
    "product",
    "description",
    "details",
    "spec",
    "item",
    "about",
    "features",
    "tech",
    "add",
    "buy",
    "in",
    "ajouter",
];

/// The words every match of [`RESULTS_PAGE_LINE_RE`] starts with, after its spaces: a figure or
/// a word of its controls. A new line needs its first word here.
const RESULTS_PAGE_LINE_FIRST_WORDS: &[&str] = digits_and!["showing", "sort", "filter"];

/// The sets of [`PAGE_LINE_PREFIXES`]: a line may match [`RESULTS_PAGE_LINE_RE`], or
/// [`PRODUCT_PAGE_LINE_RE`].
const RESULTS_PAGE_LINE: u64 = 1;
const PRODUCT_PAGE_LINE: u64 = 2;

/// The first words of both kinds of page line, looked up at once.
static PAGE_LINE_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::sets(
        &[RESULTS_PAGE_LINE_FIRST_WORDS, PRODUCT_PAGE_LINE_FIRST_WORDS],
        b" \t\n\x0B\x0C\r",
    )
});

/// A price within a short line ("$149.95", "£699", "EUR 34.42", "12,99 €").
static PRICE_IN_LINE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"[$£€¥₹]\s?\d|\d[\d.,]*\s?(?:€|EUR|USD|GBP|zł|kr)\b|\b(?:EUR|USD|GBP|CHF|AUD|CAD)\s?\d",
    )
    .expect("price in line pattern")
});

/// A priced line has at most this many words: a card's name and its price, not a sentence.
const PRICED_LINE_MAX_WORDS: usize = 12;
/// Fewest priced lines that make a grid of other products.
const OTHER_PRODUCTS_MIN_PRICES: usize = 3;
/// Most kept lines from one priced line to the next in such a grid.
const OTHER_PRODUCTS_MAX_GAP: usize = 5;

/// Whether the dump is a product's own page: a line of [`PRODUCT_PAGE_LINE_RE`] and none of
/// [`RESULTS_PAGE_LINE_RE`], among all its lines (removed or kept: the cart button and the
/// description's heading often went as chrome).
fn is_product_page(doc: &Doc) -> bool {
    let mut product = false;
    for b in &doc.blocks {
        let t = crate::text::trim_ws(&b.plain);
        if t.len() > 40 {
            continue;
        }
        let may = PAGE_LINE_PREFIXES.candidates(t);
        if may & RESULTS_PAGE_LINE != 0 && RESULTS_PAGE_LINE_RE.is_match(t) {
            return false;
        }
        product |= !product && may & PRODUCT_PAGE_LINE != 0 && PRODUCT_PAGE_LINE_RE.is_match(t);
    }
    product
}

/// On a product's own page ([`is_product_page`]), the product has one price: three priced
/// lines or more a few lines apart are a grid of other products (variants sold apart,
/// "customers also viewed", sponsored items), which the page's readers did not come for. Each
/// card's name comes up to a period before its price. Text dumps only, and after the region is
/// settled, as the button labels. Measured over the WCXB dumps (a simulation on the clean
/// bodies): product F1 +0.61 over 13 pages, `with` -3.
pub(crate) fn remove_other_products(doc: &mut Doc, rs: &Ruleset) -> bool {
    if !rs.on(&OTHER_PRODUCTS) || doc.is_html_page() || !is_product_page(doc) {
        return false;
    }
    let kept = doc.kept();
    let priced: Vec<usize> = (0..kept.len())
        .filter(|&k| {
            let t = crate::text::trim_ws(&doc.blocks[kept[k]].plain);
            // Every match holds a digit (`\d` is Unicode: not only ASCII digits).
            (!t.is_ascii() || crate::text::has_ascii_digit(t.as_bytes()))
                && crate::text::word_count(t) <= PRICED_LINE_MAX_WORDS
                && PRICE_IN_LINE_RE.is_match(t)
        })
        .collect();
    // The first priced line is the product's own (its name and price lead the page): the grids
    // come after it.
    let Some((&own, priced)) = priced.split_first() else {
        return false;
    };
    let mut cut = false;
    let mut start = 0;
    for end in 1..=priced.len() {
        if end < priced.len() && priced[end] - priced[end - 1] <= OTHER_PRODUCTS_MAX_GAP {
            continue;
        }
        let run = &priced[start..end];
        start = end;
        if run.len() < OTHER_PRODUCTS_MIN_PRICES {
            continue;
        }
        let (first, last) = (run[0], run[run.len() - 1]);
        // The mean period, rounded: the first card's name lies that far before its price.
        let period = ((last - first) * 2 + run.len() - 1) / (2 * (run.len() - 1));
        let lo = (first + 1).saturating_sub(period.max(1)).max(own + 1);
        for &i in &kept[lo..=last] {
            doc.remove(i, &OTHER_PRODUCTS, None);
        }
        cut = true;
    }
    cut
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
                    b.pieces.len() == 1 && is_link_like(&b.plain, &feats[kept[k]].counts)
                })
        } {
            k += 1;
        }
        let run = &kept[start..k];
        // A list introduced by a colon belongs to the text.
        let introduced =
            || start > 0 && doc.blocks[kept[start - 1]].plain.trim_end().ends_with(':');
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

/// The labels a shop's page prints around a product, which the text of a dump shows alone on
/// their lines: a delivery charge or date ("+ $12.50 delivery", "EUR 4.99 delivery Tue, Mar
/// 18"), a sales count ("312 sold"), a previous or list price, a seller's rating ("Seller 99.1%
/// positive") and the caption of a gallery's button ("Open media 3 in modal", "Picture 2 of
/// 9"). A sentence about delivery or prices has more words than these patterns allow.
static SHOP_LINE_RE: Lazy<Regex> = Lazy::new(|| {
    let amount = r"(?:[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|EUR|USD|GBP)|(?:EUR|USD|GBP)\s?\d[\d,.]*)";
    Regex::new(&format!(
        r"(?ix)^(?:
          \+?\s?{amount}\s+(?:delivery|shipping|postage)(?:\s+(?:\w{{3,9}},?\s+)?\w{{3,9}}\.?\s+\d{{1,2}}(?:\s*-\s*\w{{3,9}}\.?\s+\d{{1,2}})?)?
        | \d[\d,.]*\+?\s+sold
        | (?:previous|was|original)\s+price:?\s+{amount}(?:\s+\d{{1,2}}\s?%\s+off)?
        | list(?:\s+price)?:\s+{amount}(?:\s*(?:list\s+price:\s*)?{amount}){{0,2}}
        | seller\s+\d{{1,3}}(?:\.\d)?\s?%\s+positive
        | open\s+media\s+\d+\s+in\s+modal
        | (?:picture|image|photo)\s+\d+\s+of\s+\d+
        )\s*$"
    ))
    .expect("shop line pattern")
});

/// What every match of the HTML front end's shop labels (set 0, after its bullets) and of
/// [`SHOP_LINE_RE`] (set 1, after its `+` and space) starts with: this runs on nearly every
/// short line, and rules out most of them before either pattern. (A first character that is
/// not ASCII, such as `£`, `€` or `•`, always goes on to the patterns.) A new label needs its
/// first word here.
static SHOP_LINE_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    // A label's literal words up to its first class or repetition (the pattern's escaped
    // spaces are spaces), so that a line starting with a common word ("In", "This", "Get",
    // "Free") goes on only when the next words are the label's too.
    let mut labels = vec![
        "verified buyer",
        "verified purchase",
        "verified owner",
        "sponsored",
        "free shipping",
        "free delivery",
        "ships from",
        "free return",
        "return",
        "members earn ",
        "fast & free ",
        "fast and free ",
        "secure checkout",
        "secure payment",
        "risk-free",
        "risk free",
        "rated ",
        "based on ",
        "unit price",
        "sales unit",
        "best-seller",
        "best seller",
        "bestseller",
        "arrives ",
        "get it ",
        "delivery ",
        "pickup ",
        "shipping arrives",
        "shipping, arrives",
        "order within ",
        "sold by ",
        "shipped by ",
        "sold and shipped",
        "this item is gift",
        "gift-eligible",
        "gift eligible",
        "sign in to add this",
    ];
    // "Free 30-day returns", "In 20+ people's carts".
    labels.extend([
        "free 0", "free 1", "free 2", "free 3", "free 4", "free 5", "free 6", "free 7", "free 8",
        "free 9", "in 0", "in 1", "in 2", "in 3", "in 4", "in 5", "in 6", "in 7", "in 8", "in 9",
    ]);
    let mut lines = vec![
        "$", "eur", "usd", "gbp", "previous", "was", "original", "list", "seller", "open",
        "picture", "image", "photo",
    ];
    lines.extend(crate::text::DIGITS);
    // The bullets and spaces before a label, and the `+` and space before a line's amount:
    // skipping one set's bytes in the other set's lines only lets more lines through.
    // Set 2: the labels that start with a figure ([`FIGURE_LABEL_WORDS`]).
    Prefixes::sets(
        &[&labels, &lines, &crate::text::DIGITS],
        b" \t\n\x0b\x0c\r-*>+",
    )
});

/// Words every shop label that starts with a figure holds: a count of ratings or reviews, a
/// period of days or years, "4.5 out of 5", "20% off". (None has a `k` or an `s`, the letters
/// other characters match under case folding: the search is exact on any line.) Many short lines
/// start with a figure, and the labels' pattern costs most on them.
static FIGURE_LABEL_WORDS: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["rating", "review", "day", "year", "out of", "%"])
        .expect("figure label words")
});

/// The sets of [`SHOP_LINE_PREFIXES`] a line may match when its first character (after the bytes
/// the prefixes skip) is `c`, not ASCII: the prefixes let every such line through, and the
/// patterns cost most on them. A label may start with a bullet or a space of its own, a figure,
/// or the long s (an `s` under case folding); a line's amount with a space, a figure, `£` or `€`.
fn shop_sets_for_first_char(c: char) -> u64 {
    let space_or_figure = c.is_whitespace() || c.is_numeric() || c == '\u{17F}';
    let label = space_or_figure || matches!(c, '•' | '»');
    let line = space_or_figure || matches!(c, '£' | '€');
    (u64::from(label) * 0b101) | (u64::from(line) * 0b010)
}

/// A shop's label alone on a line: one the HTML front end knows ([`crate::rules::dom::is_shop_label`])
/// or one of [`SHOP_LINE_RE`].
fn is_shop_line(t: &str) -> bool {
    if t.len() > 80 {
        return false;
    }
    let mut may = SHOP_LINE_PREFIXES.candidates(t);
    let skipped = ['\t', '\n', '\u{b}', '\u{c}', '\r', ' ', '-', '*', '>', '+'];
    let first = match t.as_bytes().first() {
        // An ASCII first byte that is not skipped is the first character, and ASCII: most lines
        // start so, and need no decoding.
        Some(&b)
            if b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ' | b'-' | b'*' | b'>' | b'+') =>
        {
            None
        }
        _ => t.trim_start_matches(skipped).chars().next(),
    };
    if let Some(c) = first.filter(|c| !c.is_ascii()) {
        may &= shop_sets_for_first_char(c);
    }
    let label = may & 1 != 0 || (may & 4 != 0 && FIGURE_LABEL_WORDS.is_match(t));
    (label && crate::rules::dom::is_shop_label(t)) || (may & 2 != 0 && SHOP_LINE_RE.is_match(t))
}

/// A line that is a price and nothing else ("$22.40", "From £675", "12,99 €", "$10 - $15").
static PRICE_LINE_RE: Lazy<Regex> = Lazy::new(|| {
    // A starting price may end with a plus ("$99+": the cheapest of the item's options).
    let amount = r"(?:[$£€¥₹]\s?\d[\d,.]*\+?|\d[\d,.]*\s?(?:€|EUR|USD|GBP|kr|zł|Kč|₽|руб\.?))";
    Regex::new(&format!(
        r"(?i)^(?:(?:from|now|was|only|sale price|regular price|price|starting at|ab|dès|desde)\s*:?\s*)?{amount}(?:\s*(?:[-–/]|to|was|now|save|reg\.?|regular)?\s*{amount}){{0,2}}(?:\s*(?:USD|EUR|GBP))?$"
    ))
    .expect("price line pattern")
});

/// Fewest priced cards that make a grid: fewer is a sidebar or a carousel of offers.
const GRID_MIN_CARDS: usize = 8;
/// Most lines from one card's price to the next card's: a card with its specifications ("Weight:",
/// "3.7 lbs", "Features:"...) runs to twenty lines.
const GRID_MAX_CARD_LINES: usize = 24;

/// What every match of [`PRICE_LINE_RE`] starts with: a label, a currency sign or a figure (the
/// signs other than `$` are not ASCII, and such a first character always goes on to the
/// pattern). Most short lines with a figure start with none of them.
static PRICE_LINE_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::sets(
        &[
            &[
                "from",
                "now",
                "was",
                "only",
                "sale price",
                "regular price",
                "price",
                "starting at",
                "ab",
                "d",
                "$",
            ],
            &crate::text::DIGITS,
        ],
        b"",
    )
});

/// A related-items header this many lines before a grid's first card (past "Quick view" and
/// "Add to basket" buttons) heads the grid.
const GRID_HEADER_LINES: usize = 3;

fn is_price_line(t: &str) -> bool {
    let t = crate::text::trim_ws(t);
    // The prefixes first: a look-up of the first two bytes rules out most lines.
    t.len() <= 60
        && PRICE_LINE_PREFIXES.may_match(t)
        && crate::text::has_ascii_digit(t.as_bytes())
        && may_name_currency(t.as_bytes())
        && PRICE_LINE_RE.is_match(t)
}

/// False when `b` surely holds none of the currencies of [`PRICE_LINE_RE`], each of whose amounts
/// names one: `$`, a byte that is not ASCII (the other signs, "zł", "Kč", "руб", and the
/// Kelvin sign and long s that case folding maps to `k` and `s`), or two letters of a code in
/// either case ("kr", "eu" of EUR, "sd" of USD, "bp" of GBP, all rare in words). Most lines that
/// start with a figure ("10 best places", "2 cups of flour") are ruled out by one pass in vector
/// code, before the pattern.
fn may_name_currency(b: &[u8]) -> bool {
    crate::text::any_window(b, 0, |w| {
        let mut hit = 0u8;
        for j in 0..16 {
            let (c, n) = (w[j], w[j + 1] | 0x20);
            let pair = |x: u8, y: u8| u8::from(c | 0x20 == x) & u8::from(n == y);
            hit |= u8::from(c == b'$')
                | u8::from(c >= 0x80)
                | pair(b'k', b'r')
                | pair(b'e', b'u')
                | pair(b's', b'd')
                | pair(b'b', b'p');
        }
        hit != 0
    })
}

/// The rules whose verdict a grid of priced cards takes back: they judge a line by its shape or
/// its distance from the prose, and a card's name, brand and price look like a menu to them.
fn taken_back_in_grid(rule: &'static Rule) -> bool {
    [
        &crate::rules::nav::RUN,
        &NAV_RUN,
        &LOW_DENSITY,
        &OUTSIDE_MAIN,
    ]
    .iter()
    .any(|r| std::ptr::eq(*r, rule))
}

/// The cards of a listing read as text: a price line recurring every few lines, eight times or
/// more, at a steady period. Their lines (names, brands, prices, ratings) are the page's
/// content, which the shape and region rules would drop as a menu. The grid is found among the
/// lines that are kept or were removed by those rules only, so that the clean body, cleaned
/// again, finds the same grid. Text dumps only (the HTML front end sees cards in the DOM).
pub(crate) fn keep_item_grids(doc: &mut Doc) {
    if doc.is_html_page() {
        return;
    }
    let in_seq = |b: &crate::doc::Block| match b.state {
        crate::doc::State::Kept => true,
        crate::doc::State::Removed { rule, .. } => taken_back_in_grid(rule),
    };
    // The price lines' places in the sequence of those blocks; the sequence itself is listed
    // only for a page with enough of them (few pages).
    let mut prices = Vec::new();
    for (k, b) in doc.blocks.iter().filter(|b| in_seq(b)).enumerate() {
        if is_price_line(&b.plain) {
            prices.push(k);
        }
    }
    if prices.len() < GRID_MIN_CARDS {
        return;
    }
    let seq = doc.blocks_where(in_seq);
    let mut start = 0;
    for end in 1..=prices.len() {
        if end < prices.len() && prices[end] - prices[end - 1] <= GRID_MAX_CARD_LINES {
            continue;
        }
        let run = &prices[start..end];
        start = end;
        if run.len() < GRID_MIN_CARDS {
            continue;
        }
        let mut gaps: Vec<usize> = run.windows(2).map(|w| w[1] - w[0]).collect();
        gaps.sort_unstable();
        let period = gaps[gaps.len() / 2];
        // Cards differ by a line or two, long ones by their optional lines (a saving, a badge, a
        // spec): steady is within two lines of the period, or between half and twice it.
        let steady = gaps
            .iter()
            .filter(|&&g| g.abs_diff(period) <= 2 || (2 * g >= period && g <= 2 * period))
            .count();
        if steady * 10 < gaps.len() * 7 {
            continue;
        }
        // The first card's name lies up to a period before its price (a period measured among
        // kept lines: a brand repeated on every card is gone as a duplicate after the first).
        let lo = run[0].saturating_sub(period);
        let hi = (run[run.len() - 1] + (period - 1) / 2).min(seq.len() - 1);
        // A grid under a "Related products" or "You may also like" header is recommendations
        // of other items, not the page's own.
        let from = seq[lo].saturating_sub(GRID_HEADER_LINES);
        if (from..seq[run[0]]).any(|j| {
            let t = crate::text::trim_ws(&doc.blocks[j].plain);
            t.len() <= 80
                && (is_recommendations_header(t) || crate::rules::prompt::is_related_header(t))
        }) {
            continue;
        }
        for &i in &seq[lo..=hi] {
            if let crate::doc::State::Removed { rule, .. } = doc.blocks[i].state {
                if taken_back_in_grid(rule) {
                    doc.blocks[i].state = crate::doc::State::Kept;
                }
            }
        }
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

/// The main region and the regions nearly as dense; reader comments after the article.
///
/// The region is a text-layer decision, but `run_layers` applies it after the footer and
/// metadata layers: their named rules (copyright, byline, headline) claim their lines first, so
/// that those removals keep their more precise ids and their values reach the metadata.
/// The main region and what follows it: its ends (comments, teasers), the regions nearly as
/// dense, and the navigation runs among what is left (judged on the lines that stay, so that the
/// clean body, cleaned again, has the same runs).
fn apply_region(doc: &mut Doc, rs: &Ruleset, feats: &mut [Feat], facts: &TextFacts) {
    if ![
        &NAV_RUN,
        &COMMENTS,
        &REVIEWS,
        &RECOMMENDATIONS,
        &TEASERS,
        &OUTSIDE_MAIN,
    ]
    .iter()
    .any(|r| rs.on(r))
    {
        return;
    }
    // A page's DOM says more about its main content than line statistics do: the HTML front end
    // and the dom layer have chosen it already, so the region cut is for text dumps only.
    if !doc.is_html_page() {
        region_cut(doc, rs, feats, facts);
    }
    if rs.on(&NAV_RUN) {
        apply_nav_runs(doc, feats, facts);
    }
}

/// The main region, its ends (comments, teasers) and the regions nearly as dense; everything
/// else goes as outside the main region.
fn region_cut(doc: &mut Doc, rs: &Ruleset, feats: &mut [Feat], facts: &TextFacts) {
    if rs.on(&REVIEWS) {
        cut_reviews(doc, feats, facts);
    }
    // The kept blocks, when the recommendations removed none.
    let mut kept = None;
    if rs.on(&RECOMMENDATIONS) {
        kept = cut_recommendations(doc, feats, facts);
    }
    let n = doc.blocks.len();
    let prose: f64 = feats
        .iter()
        .filter(|f| f.class == Class::Good)
        .map(|f| f.counts.effective_words() as f64)
        .sum();
    if prose < MIN_PROSE_WORDS {
        return;
    }
    if rs.on(&TEASERS) {
        remove_teaser_pairs(doc, feats, kept.unwrap_or_else(|| doc.kept()));
    }
    let w: Vec<f64> = feats.iter().map(weight).collect();
    let Some((mut a, mut b, main_sum)) = best_run(&w, 0, n) else {
        return;
    };
    // The end of the article inside the region: a comments header, or a related-stories header
    // (removed already by `related.header`) followed only by teasers, after an article's worth
    // of prose. Nothing after it is searched for more regions. ("X says:" lines alone are no
    // sign: forum threads, whose posts are the content, have them too.)
    let mut after = b + 1;
    // A headline's one-sentence summary is not an article's prose: on a front page, the pairs
    // before a "More top stories" header are entries like those after it.
    let mut pair_summary = vec![false; n];
    let mut last_kept: Option<usize> = None;
    for i in a..=b {
        if !doc.blocks[i].is_kept() {
            continue;
        }
        if let Some(h) = last_kept {
            // A headline may hold enough function words to read as prose: its shape decides.
            let hb = &doc.blocks[h];
            let headline = hb.pieces.len() == 1
                && feats[h].counts.effective_words() <= TEASER_HEADLINE_MAX_WORDS
                && !ends_sentence(&hb.plain);
            pair_summary[i] = headline && is_teaser_summary(&doc.blocks[i], &feats[i]);
        }
        last_kept = Some(i);
    }
    let need = ARTICLE_BEFORE_COMMENTS.min(main_sum * 0.5);
    // On a Q&A thread the comments under the question and each answer are part of the thread.
    // Nor does a listing whose entries each count their comments have a comments section.
    // (Read from the whole page only when a comments header asks: most pages have none. Up to
    // then nothing was removed, so the answer is the same.)
    let mut thread = None;
    let mut before = 0.0;
    let mut cut_end = None;
    // The longest prose block after each block of the region (linear, whatever the headers).
    let mut longest_prose_after = vec![0u32; b + 1 - a];
    for i in (a..b).rev() {
        let next = if feats[i + 1].class == Class::Good {
            feats[i + 1].counts.effective_words()
        } else {
            0
        };
        longest_prose_after[i - a] = longest_prose_after[i + 1 - a].max(next);
    }
    for i in a..=b {
        if before >= need {
            let t = crate::text::trim_ws(&doc.blocks[i].plain);
            // (A header that counts the comments on the story names it, and may read as prose:
            // "3 thoughts on “10 Things I Wish I Knew Before Learning Embedded Systems”". It ends
            // with the story's name, not with a sentence's stop.)
            let counted_header =
                || t.as_bytes().first().is_some_and(u8::is_ascii_digit) && !ends_sentence(t);
            let cut = if doc.blocks[i].is_kept()
                && (feats[i].class != Class::Good || counted_header())
                && facts.get(i, Fact::CommentsHeader, || {
                    is_comments_header(t) && !counts_no_comments(t)
                })
                && !right_under_headline(doc, i)
                && !*thread.get_or_insert_with(|| is_qa_thread(doc) || lists_comment_counts(doc))
            {
                Some(&COMMENTS)
            } else if longest_prose_after[i - a] < TEASER_MAX_WORDS
                && ((doc.blocks[i].is_removed_by(&crate::rules::prompt::RELATED)
                    && !names_a_story(t))
                    || (doc.blocks[i].is_kept()
                        && feats[i].class != Class::Good
                        && facts.get(i, Fact::TeaserHeader, || heads_teasers(t))))
            {
                Some(&TEASERS)
            } else {
                None
            };
            if let Some(mut rule) = cut.filter(|r| rs.on(r)) {
                for j in i..=b {
                    // Teasers may give way to the comments.
                    if rs.on(&COMMENTS)
                        && doc.blocks[j].is_kept()
                        && is_comments_header(doc.blocks[j].plain.trim())
                    {
                        rule = &COMMENTS;
                    }
                    doc.remove(j, rule, None);
                }
                // The article ends at its last heavy block before the cut, as it will in the
                // clean body.
                cut_end = Some(best_run(&w, a, i).map_or(a, |(_, y, _)| y));
                break;
            }
        }
        if feats[i].class == Class::Good && !pair_summary[i] {
            before += w[i];
        }
    }
    if let Some(end) = cut_end {
        b = end;
        after = n;
    }
    if !rs.on(&OUTSIDE_MAIN) {
        return;
    }
    // Lines the later named rules take from the edges of the article stay for them: the headline
    // right above it (`meta.title`) and the credits and site name right after it
    // (`footer.source-credit`, `footer.site-name`). Judged on the two lines alone, so that the
    // clean body, cleaned again, extends the same way.
    let first_kept = (a..=b).find(|&i| doc.blocks[i].is_kept());
    if let (Some(h), Some(f)) = ((0..a).rev().find(|&i| doc.blocks[i].is_kept()), first_kept) {
        if rs.on(&crate::rules::meta::TITLE)
            && doc.metadata.title.is_none()
            && crate::rules::meta::is_title_above(&doc.blocks[h].plain, &doc.blocks[f].plain)
        {
            a = h;
        }
    }
    let no_cut = after == b + 1;
    if no_cut
        && (rs.on(&crate::rules::footer::SOURCE_CREDIT) || rs.on(&crate::rules::footer::SITE_NAME))
    {
        use crate::rules::footer::{is_credit_line, is_site_name_like};
        let article_end = b;
        for j in b + 1..n {
            if !doc.blocks[j].is_kept() {
                continue;
            }
            let t = crate::text::trim_ws(&doc.blocks[j].plain);
            let last = (j + 1..n).all(|k| !doc.blocks[k].is_kept());
            let prose_before = {
                let p = doc.blocks[article_end].plain.trim();
                ends_sentence(p) && crate::text::collapsed_more_words_than(p, 11)
            };
            if is_credit_line(t) {
                b = j;
            } else {
                // The site name: the last line, right after the article's prose.
                if last && prose_before && doc.blocks[j].pieces.len() == 1 && is_site_name_like(t) {
                    b = j;
                }
                break;
            }
        }
        after = b + 1;
    }
    // A page whose prose is a small part of its text (a listing, a product page) is not an
    // article with chrome around it: cutting to its densest prose would lose the content.
    // Judged without the removed lines: the clean body, cleaned again, has none, and must get
    // the same verdict. (The classes have not changed since `w`: its weights stand for the
    // others. Both found in one pass.)
    let mut kept_words = 0.0;
    let mut w_kept: Vec<f64> = Vec::with_capacity(n);
    for ((&x, f), block) in w.iter().zip(feats.iter()).zip(&doc.blocks) {
        if block.is_kept() {
            kept_words += f.counts.effective_words() as f64;
        }
        w_kept.push(if f.class == Class::Removed { 0.0 } else { x });
    }
    let region_words: f64 = best_run(&w_kept, 0, n).map_or(0.0, |(x, y, _)| {
        (x..=y)
            .filter(|&i| doc.blocks[i].is_kept())
            .map(|i| feats[i].counts.effective_words() as f64)
            .sum()
    });
    if region_words < MIN_REGION_SHARE * kept_words {
        return;
    }
    let mut keep = vec![false; n];
    keep[a..=b].iter_mut().for_each(|k| *k = true);
    let mut notice = vec![false; n];
    // Other regions at least half as heavy: posts of a thread, a second section; not a notice.
    for (lo, hi) in [(0, a), (after, n)] {
        for (x, y, s) in dense_runs(&w, lo, hi) {
            if s >= (main_sum * SECOND_REGION_SHARE).min(SECOND_REGION_WORDS) {
                let marks = if is_policy_region(doc, x, y) {
                    &mut notice
                } else {
                    &mut keep
                };
                marks[x..=y].iter_mut().for_each(|k| *k = true);
            }
        }
    }
    for (i, &k) in keep.iter().enumerate() {
        if !k && doc.blocks[i].is_kept() {
            let detail = notice[i].then(|| "a region of privacy, cookie or terms notices".into());
            doc.remove(i, &OUTSIDE_MAIN, detail);
        }
    }
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
    Lazy::force(&CHROME_LINE_PREFIXES);
    Lazy::force(&CHROME_LINE_SETS);
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

#[cfg(test)]
mod tests {
    /// The review-mark and rating prefilters never rule out a line their pattern matches.
    fn assert_review_prefilters_exact(lines: &[String]) {
        for l in lines {
            let l = crate::text::trim_ws(l);
            if REVIEW_MARK_RE.is_match(l) {
                assert!(may_be_review_mark(l), "review mark {l:?}");
            }
            if RATING_RE.is_match(l) {
                assert!(may_be_rating(l), "rating {l:?}");
            }
        }
    }

    #[test]
    fn button_labels_are_verbs_of_the_interface_on_a_short_line() {
        for t in [
            "Shop Bells of Steel",
            "👉 Try Adobe Premiere",
            "» View all deals",
            "Read full review",
            "Download the ROI report",
            "Add both to Cart",
            "Share",
            "Get Notified",
        ] {
            assert!(is_button_label(t), "{t:?}");
        }
        for t in [
            // A sentence, a question, a list's introduction.
            "Read the label before you water.",
            "See what your device is worth?",
            "Find the settings here:",
            // Code and compounds.
            "try: something except BaseException: pass",
            "open(path, 'r')",
            "Sign-Up for Free",
            // Verbs of a how-to, a price, a longer line.
            "Install the Azure Functions Core Tools",
            "Save 30% compared to $219",
            "Start the server",
            "Read how the council spent the money it raised last year",
            // Not the verb: a longer word that starts like one.
            "Shopping in Lisbon",
            "Viewpoints",
        ] {
            assert!(!is_button_label(t), "{t:?}");
        }
    }

    #[test]
    fn policy_words_are_sorted_for_the_binary_search() {
        assert!(POLICY_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(POLICY_WORDS
            .iter()
            .all(|w| w.len() <= POLICY_WORD_MAX_BYTES));
    }

    /// A word is one of the menu entries' first (or last) words, by [`EdgeWords::holds`], exactly
    /// when its ASCII lower case, trimmed of what is no letter or digit, is.
    #[test]
    fn menu_edge_words_are_found_by_their_lower_case() {
        let (firsts, lasts) = &*MENU_EDGE_WORDS;
        let reference = |w: &str, first: bool| {
            let w = w
                .trim_matches(|c: char| !c.is_ascii_alphanumeric())
                .to_ascii_lowercase();
            MENU_VOCABULARY.iter().any(|e| {
                let edge = if first {
                    e.split(' ').next()
                } else {
                    e.rsplit(' ').next()
                };
                edge == Some(w.as_str())
            })
        };
        let mut lines = crate::text::prefilter_test_lines(&[
            "Log In | Sign Up",
            "SKIP to main CONTENT",
            "...about-us! (Contact) Home",
        ]);
        lines.extend(MENU_VOCABULARY.iter().map(|e| e.to_uppercase()));
        for l in lines.iter().filter(|l| l.is_ascii()) {
            for w in l.split_ascii_whitespace() {
                let t = super::trim_to_alphanumeric(w.as_bytes());
                assert_eq!(firsts.holds(t), reference(w, true), "{w:?}");
                assert_eq!(lasts.holds(t), reference(w, false), "{w:?}");
            }
        }
    }

    /// [`key_may_begin`] is false only for a line whose key neither equals nor begins a key.
    #[test]
    fn key_may_begin_rules_out_only_other_keys() {
        let keys: Vec<String> = ["lentil soup recipe", "acme", "the best lentil soup", "x"]
            .iter()
            .map(|k| k.to_string())
            .collect();
        let mut lines = crate::text::prefilter_test_lines(&[
            "Lentil Soup",
            "LENTIL -- soup!! recipe",
            "  lentil soup recipe and more",
            "Lentil Soup Recipe",
            "ACME",
            "Acme Inc",
            "X",
            "x-ray",
            "The best lentil",
            "The  best, lentil soup",
            "...",
            "",
        ]);
        lines.push("Lentil Soup Recipé".to_string());
        let mut k = String::new();
        for l in &lines {
            super::title_key_into(l, &mut k);
            let begins = keys.iter().any(|key| key.starts_with(k.as_str()));
            if begins {
                assert!(super::key_may_begin(l, &keys), "{l:?}");
            }
            if l.is_ascii() {
                assert_eq!(super::key_may_begin(l, &keys), begins, "{l:?}");
            }
        }
        assert!(!super::key_may_begin("Acme", &[]));
    }

    /// [`mentions_cookies`] is `contains_ascii_ci(t, "cookie")`.
    #[test]
    fn mentions_cookies_is_a_case_blind_search() {
        let mut lines = crate::text::prefilter_test_lines(&[
            "cookie",
            "COOKIE",
            "CoOkIe policy",
            "cookies",
            "kcookie",
            "cooki",
            "ookie",
            "k",
            "cookie\u{212A}",
            "co\u{212A}ie",
            "We use cookies.",
        ]);
        lines.push(String::new());
        for l in &lines {
            assert_eq!(
                super::mentions_cookies(l),
                crate::text::contains_ascii_ci(l, "cookie"),
                "{l:?}"
            );
        }
    }

    /// Every button verb, in either case, is a button's label alone and before a word.
    #[test]
    fn every_button_verb_passes_its_shape() {
        for v in BUTTON_VERBS {
            for t in [
                v.to_string(),
                v.to_uppercase(),
                format!("{} now", v.to_uppercase()),
            ] {
                assert!(is_button_label(&t), "{t:?}");
            }
        }
    }

    #[test]
    fn review_prefilters_never_rule_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            "Verified Purchase",
            "verified buyer",
            "Was this review helpful?",
            "Helpful",
            "12 people found this helpful",
            "Reviewed in the United States on 3 May 2024",
            "Report",
            "Report abuse",
            "Translate all reviews",
            "Tran\u{17F}late review",
            "4.5 out of 5 stars",
            "Rated 4 out of 5",
            "4/5",
            "\u{0664}/5",
            "Rated \u{0664} stars out of",
        ]);
        assert_review_prefilters_exact(&lines);
        assert!(!may_be_review_mark(
            "The report said the product was sound."
        ));
        assert!(!may_be_rating("Five stars from me"));
    }

    /// The same over every line of the WCXB dev dumps, when they are there (the data is not in
    /// the repository): `cargo test --lib review_prefilters_on_dumps -- --ignored`.
    #[test]
    #[ignore]
    fn review_prefilters_on_dumps() {
        let dir = std::path::Path::new("/work/shared/wcxb-dev/dumps");
        let mut lines = Vec::new();
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                lines.extend(t.lines().map(crate::text::collapse));
            }
        }
        assert!(!lines.is_empty());
        assert_review_prefilters_exact(&lines);
        assert_ascii_patterns_exact(&lines);
        assert_line_prefilters_exact(&lines);
    }

    #[test]
    fn shop_control_alternatives_keep_to_one_part() {
        for (words, alternative) in SHOP_CONTROL_ALTERNATIVES {
            assert!(
                words.iter().all(|w| SHOP_CONTROL_FIRST_WORDS.contains(w)),
                "{alternative}"
            );
            let part = shop_control_part(words[0]);
            assert!(
                words.iter().all(|w| shop_control_part(w) == part),
                "{alternative}"
            );
        }
    }

    /// The whole shop-control pattern, in one piece.
    static SHOP_CONTROL_RE: Lazy<Regex> = Lazy::new(|| {
        let alternatives: Vec<&str> = SHOP_CONTROL_ALTERNATIVES.iter().map(|a| a.1).collect();
        Regex::new(&format!(
            "{SHOP_CONTROL_LEAD}(?:{})",
            alternatives.join("|")
        ))
        .expect("shop control pattern")
    });

    /// [`is_shop_control`] with the whole of [`SHOP_CONTROL_RE`] after its first-word look-up.
    fn shop_control_plain(t: &str) -> bool {
        let first = t
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let lower = first.to_lowercase();
        let listed = if first.is_ascii() {
            SHOP_CONTROL_FIRST_WORDS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(first))
        } else {
            SHOP_CONTROL_FIRST_WORDS
                .iter()
                .any(|w| w.len() == first.len() && lower == *w)
        };
        t.len() <= SHOP_CONTROL_MAX_BYTES
            && !t.ends_with(['.', '?', '!'])
            && listed
            && SHOP_CONTROL_RE.is_match(t)
    }

    /// The shop-line and user-card tests decide every line as their patterns alone do, and the
    /// other shortcuts of the line rules hold.
    fn assert_line_prefilters_exact(lines: &[String]) -> (usize, usize) {
        let (mut shop, mut card) = (0, 0);
        for l in lines {
            let t = crate::text::trim_ws(l);
            let plain_shop =
                t.len() <= 80 && (crate::rules::dom::is_shop_label(t) || SHOP_LINE_RE.is_match(t));
            assert_eq!(is_shop_line(t), plain_shop, "shop line {t:?}");
            let plain_card = t.len() <= 160 && USER_CARD_RE.is_match(t);
            assert_eq!(is_user_card(t), plain_card, "user card {t:?}");
            assert_eq!(
                is_shop_control(t),
                shop_control_plain(t),
                "shop control {t:?}"
            );
            assert_eq!(has_colon_space(t), t.contains(": "), "{t:?}");
            let mut words = t
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            assert_eq!(first_word(t), words.clone().next().unwrap_or(""), "{t:?}");
            let words: Vec<String> = words.by_ref().map(str::to_lowercase).collect();
            assert_eq!(title_key(t), words.join(" "), "{t:?}");
            let by_chars = t.trim_matches(|c: char| {
                !c.is_alphanumeric() && !matches!(c, '\'' | '’')
                    || c.is_ascii_digit()
                    || crate::text::is_blankish(c)
            });
            assert_eq!(vocab_trim(t), by_chars, "{t:?}");
            let plain_widget = t.len() <= WIDGET_LABEL_MAX_BYTES && WIDGET_LABEL_RE.is_match(t);
            assert_eq!(is_widget_label(t), plain_widget, "widget label {t:?}");
            if RESULTS_PAGE_LINE_RE.is_match(t) {
                assert!(
                    PAGE_LINE_PREFIXES.candidates(t) & RESULTS_PAGE_LINE != 0,
                    "results page line {t:?}"
                );
            }
            if PRODUCT_PAGE_LINE_RE.is_match(t) {
                assert!(
                    PAGE_LINE_PREFIXES.candidates(t) & PRODUCT_PAGE_LINE != 0,
                    "product page line {t:?}"
                );
            }
            // `is_dated_list` passes over lines too short to hold three years.
            assert!(years_in(t) < 3 || t.len() >= 14, "{t:?}");
            shop += usize::from(plain_shop);
            card += usize::from(plain_card);
        }
        (shop, card)
    }

    #[test]
    fn vocab_trim_and_title_keys_read_as_by_characters() {
        let by_chars = |t: &str| -> String {
            t.trim_matches(|c: char| {
                !c.is_alphanumeric() && !matches!(c, '\'' | '’')
                    || c.is_ascii_digit()
                    || crate::text::is_blankish(c)
            })
            .to_owned()
        };
        for l in crate::text::prefilter_test_lines(&[
            "",
            "12",
            "» Home «",
            "’Tis 3",
            "3 ’items’ 4",
            "\u{a0}Menu\u{a0}",
            "- Über uns -",
            "(2) Cart ²",
            "'quoted'",
            "→ Next ←",
            "Añadir al carrito",
            "** Sizé: M",
            "Size² M",
        ]) {
            assert_eq!(vocab_trim(&l), by_chars(&l), "{l:?}");
            let words: Vec<String> = l
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            assert_eq!(title_key(&l), words.join(" "), "{l:?}");
            assert_eq!(
                first_word(&l),
                l.split(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty())
                    .unwrap_or(""),
                "{l:?}"
            );
            let (mut all, mut capital) = (0, 0);
            for w in l.split_whitespace() {
                if let Some(first) = w.chars().find(|ch| ch.is_alphanumeric()) {
                    all += 1;
                    capital += u32::from(first.is_uppercase() || first.is_numeric());
                }
            }
            assert_eq!(capitalised_words(&l), (all, capital), "{l:?}");
        }
    }

    #[test]
    fn colon_space_is_found_as_by_contains() {
        for l in crate::text::prefilter_test_lines(&["a: b", ":", "a:", ": ", "::  :", "a :b: c"]) {
            assert_eq!(has_colon_space(&l), l.contains(": "), "{l:?}");
        }
    }

    #[test]
    fn line_prefilters_never_rule_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            "Verified Buyer",
            "• Sponsored",
            "• Press Enter for Keyboard Navigation",
            "● Press Enter for Keyboard Navigation",
            "»\u{3000}Copy",
            "\u{a0}- Copy code",
            "\u{17F}how child attributes",
            "🔴 Loading...",
            "🔴 Apply Now message 2 of 3.",
            "▢ 8",
            "- Free shipping on orders over $50",
            "Ships from: Amazon",
            "Free returns accepted",
            "1,234 customer ratings",
            "Members earn 5% back",
            "Fast & free shipping & free returns",
            "Secure checkout",
            "Risk-free 30-day trial",
            "30-day money-back guarantee",
            "Rated 4.5 out of 5 stars",
            "Based on 12 reviews",
            "20% off",
            "Unit price per",
            "Sales unit 1 piece",
            "Bestseller",
            "Arrives by Friday",
            "Get it tomorrow",
            "Shipping, arrives today",
            "Order within 3 hrs 12 mins",
            "Sold and shipped by Acme",
            "Free 30-day returns",
            "This item is gift-eligible",
            "In 20+ people's carts",
            "Sign in to add this item to your wish list",
            "Fast and free shipping and returns",
            "Best seller",
            "Best-seller",
            "Shipping arrives tomorrow",
            "In 3 people's carts",
            "Sold by Acme",
            "Shipped by Acme",
            "Gift eligible",
            "Risk free 30 day trial",
            "Free 2-day returns",
            "Free \u{0662}-day returns",
            "Rated 4 out of 5",
            "Secure payments",
            "Verified owner",
            "Free delivery",
            "Delivery tomorrow",
            "Pickup today",
            "Return accepted",
            "4.5 out of 5 stars",
            "4 Out of 5",
            "2 year warranty",
            "12 Reviews",
            "3.2k customer ratings",
            "5 % off",
            "- 90-Day returns",
            "• Free shipping",
            "» Sponsored",
            "\u{a0}Free delivery",
            "\u{2003}312 sold",
            "€4.99 delivery",
            "£3 postage",
            "\u{17F}old by Acme",
            "\u{17F}eller 98% positive",
            "\u{0664}.5 out of 5",
            "★ Bestseller",
            "© Sponsored",
            "»\u{a0}Free delivery",
            "\u{17F}ponsored",
            "+ $12.50 delivery Tue, Mar 18",
            "+$4.99 shipping",
            "EUR 4.99 delivery",
            "4,99 € Versand",
            "£3.99 postage",
            "312 sold",
            "Previous price: $40.00 25% off",
            "Was price $12",
            "List: $20.00",
            "Seller 99.1% positive",
            "Open media 3 in modal",
            "Picture 2 of 9",
            "\u{0663} sold",
            "55.4k 24 24 gold badges 197 197 silver badges 315 315 bronze badges",
            "1 1 gold badge",
            "12 3 4 silver badges asked Feb 11, 2011 at 23:49",
            ".5 1 2 bronze badges",
            "\u{0661} 2 3 gold badges",
            "Press Enter for Keyboard Navigation",
            "- Press \u{21B5} enter for help",
            "Apply Now message 2 of 3.",
            "Apply Now me\u{17F}\u{17F}age 2 of 3.",
            "Apply Now message 2 of 3\u{a0}",
            "Apply Now message 2 of \u{0663}",
            "Apply Now message 2 of 3 .",
            "\u{2022} Apply Now message 2 of 3",
            "Questions? Chat with an expert.",
            "Live chat now",
            "Chat now",
            "Added to your cart! Complete the set?",
            "QTY 1 Add to Part List",
            "Quantity: 2 add to cart",
            "This product is no longer available.",
            "Discontinued This item is no longer available",
            "Free returns & exchanges accepted within 30 days",
            "Returns accepted within 14 days",
            "Show child attributes",
            "Hide all nested fields",
            "Copy",
            "Copy to clipboard",
            "Copyright message 2 of 3",
            "Copyright \u{a9} 2025 Acme",
            "Returns & exchanges accepted within 30 days",
            "Returns and exchanges accepted within 30 days",
            "Return accepted within 30 days",
            "Return policy",
            "Copied!",
            "> Copy code",
            "Loading paragraph...",
            "Loading\u{2026}",
            "Promotion Has Expired",
            "This offer has expired.",
            "Coupon has expired",
            "Deal has expired",
            "\u{a0}Copy",
            "\u{bb} Loading...",
            "Product details",
            "Product\u{a0}description:",
            "\u{a0}Specifications",
            "About this item",
            "Features & benefits",
            "Tech specs",
            "Add to basket",
            "Buy now",
            "In den Warenkorb",
            "Ajouter au panier",
            "Item description",
            "1,902 items",
            "\u{0661}2 results",
            "Showing 1-24",
            "Sort by",
            "Filter",
            "\u{2003}Filter",
            "Add Trail Boots - Men's to Compare",
            "Add to cart",
            "• Move it to wishlist",
            "Quick view",
            "Filters & sort",
            "Refine and sort",
            "Sort and filter",
            "Choose an option 500g \u{a3}7.01, 1kg \u{a3}13.32",
            "Select size",
            "A\u{d1}ADIR AL CARRITO",
            "Aggiungi al carrello",
            "Toevoegen aan winkelwagen",
            "Trier par",
            "Filtres",
            "Option: Bookcase, white Option: Bookcase, oak",
            "Color: Brown Size: Select a size",
            "Colours: Red Sizes: 10",
            "Variant: A Option: B",
            "You are currently on page 1 Go to page 2",
            "Add \u{17F}ocks to \u{212A}art",
            "\u{17F}ort by",
            "Add the ca\u{17F}e to cart",
            "Size: \u{212A} Color: blue",
            "add to cart and check out before noon",
        ]);
        let (shop, card) = assert_line_prefilters_exact(&lines);
        assert!(shop >= 35 && card >= 4, "{shop} {card}");
    }

    /// The sign-up and form-consent patterns, compiled for ASCII stand-ins, decide every line as
    /// the Unicode patterns decide the line itself.
    fn assert_ascii_patterns_exact(lines: &[String]) {
        let pairs: [(&str, &regex::bytes::Regex); 2] = [
            (SIGNUP_LINE_PATTERN, &SIGNUP_LINE_RE),
            (FORM_CONSENT_PATTERN, &FORM_CONSENT_RE),
        ];
        for (pattern, ascii) in pairs {
            let unicode = Regex::new(pattern).unwrap();
            for l in lines {
                let t = crate::text::trim_ws(l);
                let stand_in = crate::text::ascii_stand_in(t);
                assert_eq!(
                    unicode.is_match(t),
                    ascii.is_match(stand_in.as_bytes()),
                    "{pattern}: {t:?}"
                );
            }
        }
    }

    #[test]
    fn ascii_patterns_decide_as_the_unicode_ones() {
        let lines = crate::text::prefilter_test_lines(&[
            "By checking this box, I authorize the company to send me marketing calls.",
            "By ticking the box you hereby agree to the terms",
            "By clicking «Send» you agree",
            "By clicking ſubmit, I authoriſe the ſale",
            "By clicking é. you agree",
            "By signing up, you agree to our terms",
            "Join our wöchentlich newsletter",
            "Unſubscribe at any time",
        ]);
        assert_ascii_patterns_exact(&lines);
    }
    #[test]
    fn form_consent_statements() {
        assert!(is_form_consent("By checking this box, I authorize the company to send me marketing calls and text messages at the number provided above."));
        assert!(is_signup_line(
            "By checking this box, I authorize the company to send me marketing calls.",
            Class::Good,
            Clues::default()
        ));
    }
    use super::*;

    /// [`is_teaser_header`] answers as [`TEASER_HEADER_RE`], whichever form of it it runs.
    #[test]
    fn teaser_header_answers_as_the_unicode_pattern() {
        let lines = crate::text::prefilter_test_lines(&[
            "More articles",
            "You may also like",
            "“Related stories”",
            "→ Other great posts",
            "Other café posts",
            "Other posts café",
            "More\u{a0}articles",
            "More cafés articles",
            "Popular \u{17F}tories",
            "Top 10 news",
            "Related articlesé",
            "éRelated articles",
        ]);
        let mut matched = 0;
        for t in &lines {
            let want = TEASER_HEADER_RE.is_match(t);
            assert_eq!(is_teaser_header(t), want, "{t:?}");
            matched += usize::from(want);
        }
        assert!(matched >= 8, "{matched}");
    }

    #[test]
    #[ignore = "reads the WCXB dumps"]
    fn teaser_header_answers_as_the_unicode_pattern_on_every_dump_line() {
        for t in &crate::text::every_dump_line() {
            assert_eq!(is_teaser_header(t), TEASER_HEADER_RE.is_match(t), "{t:?}");
        }
    }
    use crate::{Cleaner, Input};

    fn clean(s: &str) -> crate::CleanDoc {
        Cleaner::default().clean(Input::text(s)).unwrap()
    }

    const P1: &str = "The council approved the budget on Tuesday after a long debate about what the new library would cost and who would pay for it.";
    const P2: &str = "Members of the opposition said that the plan was rushed, and they asked for an independent review of the figures before the vote.";
    const P3: &str = "The mayor said the work would start in the spring and that the building should open to the public by the end of next year.";

    /// The sign-up pattern is of the kind [`crate::text::ascii_stand_in`] serves, and gives the
    /// same answer on a line and on its stand-in.
    #[test]
    fn signup_pattern_matches_its_ascii_stand_in_alike() {
        // Without its counted repetitions ({0,120}) and its `[^.]` classes, the pattern has no
        // digit, `#`, `.`, `\d` or `\s`, and no switch out of Unicode mode.
        let counts = Regex::new(r"\{\d+,\d*\}").unwrap();
        let pattern = counts
            .replace_all(SIGNUP_LINE_PATTERN, "")
            .replace("[^.]", "");
        for construct in [r"\d", r"\s", "#", ".", "(?-u", "(?u"] {
            assert!(
                !pattern.contains(construct),
                "the pattern holds {construct}"
            );
        }
        assert!(!pattern.bytes().any(|b| b.is_ascii_digit()));
        assert!(pattern.is_ascii());
        let long = "é".repeat(119);
        let longer = "é".repeat(121);
        let extra = [
            "By signing up you agree — to our terms".to_string(),
            "By signing up, you ‘agree’ to our terms".to_string(),
            "by clicking “Submit” you agree to the terms".to_string(),
            format!("By clicking {long} agree"),
            format!("By clicking {longer} agree"),
            format!("By clicking {long}. agree"),
            "Join our ‘weekly’ newsletter".to_string(),
            "Join our wöchentlich newsletter".to_string(),
            "Join our wöchentlich community".to_string(),
            "Jöin our newsletter".to_string(),
            "No spam…".to_string(),
            "No spamé".to_string(),
            "No spam, ever ✓".to_string(),
            "ſign up for our newsletter".to_string(),
            "Sign up for our ſuper newsletter".to_string(),
            "Unſubscribe at any time".to_string(),
            "Unsubscribe at any time ➜".to_string(),
            "I agree to receive ﬁnancial news".to_string(),
            "I agree that Café Ltd may contact me".to_string(),
            "Read our privacy policy »".to_string(),
            "Please see our privacy statement ↗".to_string(),
            "Talk to our experts →".to_string(),
            "Talk to our expertsé".to_string(),
            "Notify me of new posts by email — thanks".to_string(),
            "Already have an account? Log in ›".to_string(),
            "Already have an account? Sign in here.".to_string(),
            "Already have an account? Logé in".to_string(),
            "Your data is processed in accordance with our privacy notice (Datenschutz)"
                .to_string(),
            "Données traitées according to the privacy policy".to_string(),
            "Ｉ agree to receive".to_string(),
            "By subscribing ٣ you agree".to_string(),
        ];
        let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
        let lines = crate::text::prefilter_test_lines(&extra);
        let unicode = Regex::new(SIGNUP_LINE_PATTERN).unwrap();
        let (mut matched, mut non_ascii) = (0, 0);
        for l in &lines {
            let t = l.trim();
            let direct = unicode.is_match(t);
            assert_eq!(
                direct,
                unicode.is_match(&crate::text::ascii_stand_in(t)),
                "{t:?}"
            );
            assert_eq!(
                direct,
                SIGNUP_LINE_RE.is_match(crate::text::ascii_stand_in(t).as_bytes()),
                "{t:?}"
            );
            matched += usize::from(direct);
            non_ascii += usize::from(direct && !t.is_ascii());
        }
        assert!(matched >= 20 && non_ascii >= 12, "{matched} {non_ascii}");
    }

    #[test]
    fn a_name_after_a_title_lines_separator_leaves_the_part_before_it() {
        let head = head_before_name;
        assert_eq!(
            head(
                "Quickstart — Flask Documentation (3.1.x)",
                "Flask Documentation (3.1.x)"
            ),
            Some("Quickstart")
        );
        assert_eq!(
            head(
                "Coffee - University of Wisconsin-Stevens Point",
                "University of Wisconsin-Stevens Point"
            ),
            Some("Coffee")
        );
        assert_eq!(
            head(
                "How to use promises - Learn Web Development | MDN",
                "Learn Web Development"
            ),
            Some("How to use promises")
        );
        // A headline is no name: the site's name leads that title line.
        assert_eq!(
            head(
                "Frommers | The 10 Best (and Cheapest) Airfare Search Sites for 2026",
                "The 10 Best (and Cheapest) Airfare Search Sites for 2026"
            ),
            None
        );
        assert_eq!(
            head(
                "Linear – The system for product development",
                "The system for product development"
            ),
            None
        );
        // Nor does the first part name the site.
        assert_eq!(
            head(
                "Flask Documentation (3.1.x) — Quickstart",
                "Flask Documentation (3.1.x)"
            ),
            None
        );
    }

    #[test]
    fn menu_lines() {
        for l in [
            "Home",
            "Log in",
            "Skip to content",
            "View this email in your browser.",
            "Back to top ↑",
            "Cart (0)",
            "Page 2 of 9",
            "Find the answer to your question by asking.",
            // A forum poster's counts, the count first.
            "410 posts",
            "4.7k posts",
            "11.4k Reputation",
            "25,064 posts · Joined 2007",
            "1 post",
            // A toolbar's buttons flattened onto one line.
            "Skip to main content Skip to navigation",
            "Log In | Sign Up",
            "Start free trial Get in touch",
            "Reply Quote Like",
            "Summarize with AI:",
            "PIN FOR LATER",
        ] {
            assert!(is_menu_line(l), "{l}");
        }
        for l in [
            "Home is where the heart is, she said.",
            "Search and rescue teams arrived on Monday.",
            "Read in browser »",
            // Counts of other things, and prose that opens with a count.
            "9 Comments",
            "1.1k followers",
            "410 posts were lost when the server failed.",
            "25,064 posts · Joined the team in spring",
            "3 views of the harbour",
            // Two one-word buttons may be a heading; entries inside a sentence are prose.
            "Search Menu",
            "Go Home",
            "Home Sweet Home Log in",
        ] {
            assert!(!is_menu_line(l), "{l}");
        }
    }

    #[test]
    fn signup_lines_and_disclosures() {
        let signup = |t: &str| is_signup_line(t, Class::Short, clues(t));
        for l in [
            "Request Information",
            "Talk to Our Experts",
            "Read our Privacy Policy",
            "By signing up, you agree to our Privacy Policy & Terms and Conditions.",
            "Join our mailing list",
            "Already have an account? Sign in here.",
            "No spam. Unsubscribe at any time.",
            "Sign up for our newsletter for the best of the city.",
            "I agree to receive marketing emails from Example Co",
            // A newsletter's pitch and its thanks.
            "Get posts like this in your inbox.",
            "Thank you! Please check your inbox now for your welcome email.",
            "Thank you for subscribing to our daily newsletter.",
        ] {
            assert!(signup(l), "{l}");
        }
        for l in [
            "The new privacy policy lets residents see what the council keeps about them.",
            "Join the queue outside the bakery before seven, locals advise.",
            "She would not agree to the deal.",
            "Contact lenses",
            "She found the letter from the council in her inbox on Monday morning.",
            // What a newsletter sends, without a request: a trade left to the gold (a service
            // page's gold keeps "... straight to your inbox" as its text).
            "The latest from Restaurant Business, sent straight to your inbox.",
        ] {
            assert!(!signup(l), "{l}");
        }
        for l in [
            "We may earn commission from links on this page, but we only recommend products we back.",
            "As an Amazon Associate we earn from qualifying purchases.",
            "This post contains affiliate links.",
        ] {
            assert!(is_disclosure_line(l, clues(l)), "{l}");
        }
        let prose = "The agent said her commission on the sale was lower than usual.";
        assert!(!is_disclosure_line(prose, clues(prose)), "{prose}");
    }

    /// `clues`' own loop answers as the standard search's non-overlapping matches, also where a
    /// clue of one kind runs into one of the other ("accepthrough links": the first match ends
    /// the look at its bytes).
    #[test]
    fn clues_answer_as_the_standard_search() {
        let reference = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(SIGNUP_CLUES.iter().chain(DISCLOSURE_CLUES))
            .expect("clues");
        let lines = crate::text::prefilter_test_lines(&[
            "accepthrough links",
            "no spamazon associate",
            "x emailffiliate",
            "Privacy | Affiliate disclosure",
            "AS AN AMAZON ASSOCIATE WE EARN FROM QUALIFYING PURCHASES. SUBSCRIBE TO OUR NEWSLETTER",
            "independently-supported by readers",
        ]);
        for l in &lines {
            let mut want = Clues::default();
            if l.len() <= CLUES_MAX_BYTES {
                for m in reference.find_iter(l.as_str()) {
                    if m.pattern().as_usize() < SIGNUP_CLUES.len() {
                        want.signup = true;
                    } else {
                        want.disclosure = true;
                    }
                }
            }
            let got = clues(l);
            assert_eq!(
                (got.signup, got.disclosure),
                (want.signup, want.disclosure),
                "{l:?}"
            );
        }
    }

    #[test]
    fn form_fields() {
        for l in [
            "Email *",
            "Zip code*",
            "How did you hear about us? *",
            "Phone (mobile) *",
        ] {
            assert!(is_form_field(l), "{l}");
        }
        for l in [
            "From $99*",
            "expr AS column-alias * table-name. *",
            "*Terms apply",
            "Email",
            "The price of the ticket includes the booking fee but not the cloakroom, which costs extra *",
        ] {
            assert!(!is_form_field(l), "{l}");
        }
    }

    #[test]
    fn call_to_action_first_words_never_rule_out_a_match() {
        for l in [
            "Contact us today",
            "Get a free quote",
            "Request Info",
            "Book now",
            "Schedule a call",
            "Claim your free trial",
            "Talk to an expert",
            "Let's talk!",
            "Start free trial",
            "Try it free",
            "Apply now",
            "Sign up",
            "Signup",
            "Log in",
            "Login",
            "Register",
            "Enroll today",
            "Join us",
            "Subscribe now",
            "Add to cart",
            "Buy it now",
            "Notify me",
            "In stock",
            "Out of stock",
            "Sold out",
            "Quantity",
            "Qty:",
            "Find your program",
            "Take the next step",
            "Ready to get started?",
            "Shop now",
            "Learn more",
            "See pricing",
            "» Learn more",
        ] {
            assert!(crate::rules::dom::is_call_to_action(l), "{l}");
            assert!(starts_call_to_action(l), "{l}");
        }
    }

    #[test]
    fn lower_case_text_fast_path_counts_the_same() {
        let reference = |text: &str| {
            let (mut cased, mut lower) = (0u32, 0u32);
            for w in text.split_whitespace() {
                let Some(first) = w.chars().find(|ch| ch.is_alphabetic()) else {
                    continue;
                };
                if first.is_lowercase() {
                    cased += 1;
                    lower += 1;
                } else if first.is_uppercase() {
                    cased += 1;
                }
            }
            cased == 0 || lower * 2 >= cased
        };
        let lines = crate::text::prefilter_test_lines(&[
            "Home News 12 sport",
            "the 1st\x0bThing Here",
            "a B c D",
            "A b",
            "'quoted' Words (and) more",
            "",
        ]);
        for l in &lines {
            assert_eq!(is_lower_case_text(l), reference(l), "{l:?}");
        }
    }

    /// What [`chrome_sets_for_first_char`] assumes of the regex crate's classes: of the
    /// characters that are not ASCII, only the Kelvin sign and the long s match an ASCII letter
    /// in any case, `\s` matches whitespace and `\d` numeric characters.
    #[test]
    fn only_two_characters_fold_to_ascii_letters() {
        let letter = Regex::new(r"(?i)^[a-z]").unwrap();
        let (space, digit) = (Regex::new(r"^\s").unwrap(), Regex::new(r"^\d").unwrap());
        let mut folding = Vec::new();
        let mut buf = [0u8; 4];
        for c in (0x80..0x30000).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut buf);
            if letter.is_match(s) {
                folding.push(c);
            }
            assert!(!space.is_match(s) || c.is_whitespace(), "{c:?}");
            assert!(!digit.is_match(s) || c.is_numeric(), "{c:?}");
        }
        assert_eq!(folding, ['\u{17F}', '\u{212A}']);
    }

    /// The call to action line's test by hand answers as its pattern: on the fixtures' lines and
    /// on lines built around its edges (first and last words in other cases and with the Kelvin
    /// sign or the long s, word characters at the run's ends, runs of 50 and 51 characters, `.`
    /// and `?` in the run, what follows the last word).
    #[test]
    fn call_to_action_line_by_hand_matches_its_pattern() {
        let re = Regex::new(CALL_TO_ACTION_LINE).unwrap();
        let firsts = [
            "Get",
            "get",
            "GET",
            "getting",
            "\u{17F}ign up",
            "Boo\u{212A}",
            "Create a free account",
            "create an account",
            "Create your  account",
            "Start",
            "Started",
            "Try",
            "",
        ];
        let a49 = format!(" {} ", "a".repeat(47));
        let a50 = format!(" {} ", "a".repeat(48));
        let e50 = format!(" {} ", "é".repeat(48));
        let e51 = format!(" {} ", "é".repeat(49));
        let runs = [
            "",
            " ",
            "  ",
            " a ",
            "a ",
            " a",
            " — ",
            "—",
            " é ",
            "é",
            " your free ",
            " a. b ",
            " a? b ",
            " a! b ",
            " (b) ",
            &a49,
            &a50,
            &e50,
            &e51,
            " 日本 ",
            "\t",
            " _ ",
        ];
        let lasts = [
            "now",
            "Now",
            "NOW",
            "nowhere",
            "snow",
            "\u{17F}e\u{17F}\u{17F}ion",
            "started",
            "free",
            "account",
            "demo",
            "",
        ];
        let tails = [
            "", "!", " !", "…", ".", "?", "x", " x", "é", " 1", "_", "!!",
        ];
        let mut lines = crate::text::prefilter_test_lines(&[]);
        for f in firsts {
            for r in runs {
                for l in lasts {
                    for e in tails {
                        lines.push(format!("{f}{r}{l}{e}"));
                    }
                }
            }
        }
        let mut matched = 0;
        for l in &lines {
            let want = re.is_match(l);
            assert_eq!(is_call_to_action_line(l), want, "{l:?}");
            matched += usize::from(want);
        }
        assert!(matched >= 1000, "{matched}");
    }

    #[test]
    fn post_reactions() {
        for t in [
            "MargoFarrel likes this.",
            "Holiday.with.Ken likes this.",
            "TedToToe and WiSK like this.",
            "WiSK, roadwarriorafrica, JapesUK and 3 others like this.",
            "1 person likes this.",
            "10+ Year Member",
            "2+ Year Member",
        ] {
            assert!(is_post_reaction(t), "{t:?}");
        }
        for t in [
            "The mockup looks like this:",
            "So think of it like this…",
            "If we try the same code with a badly formed URL, like this:",
            "Nobody likes this.",
            "I like this.",
            "Kids like this.",
            "Most people like this.",
            "Member",
            "He has been a member for 10 years.",
        ] {
            assert!(!is_post_reaction(t), "{t:?}");
        }
    }

    #[test]
    fn chrome_line_prefixes_never_rule_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            "Add Newsweek as a preferred source on Google to see more of our trusted coverage when you search.",
            "Join Medium for free to get updates from this writer.",
            "Send feedback Stay organized with collections Save and categorize content based on your preferences.",
            "Save and categorize content based on your preferences.",
            "Skip to main content Skip to Ask Learn chat experience",
            "Jump to Recipe Print Recipe",
            "Get it on Hugging Face Get it on Kaggle Access it on Vertex",
            "Download on the App Store",
            "Available on the App Store Get it on Google Play",
            "An official website of the United States government",
            "Here’s how you know",
            "Official websites use .gov",
            "A .gov website belongs to an official government organization in the United States.",
            "Secure .gov websites use HTTPS",
            "A lock ( ) or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.",
            "You're receiving this email because you signed up",
            "Unable to add item to List. Please try again.",
            "There was an error retrieving your Wish Lists. Please try again.",
            "Sorry, there was a problem loading this page. Try again.",
            "Oops! Something went wrong. Please try again.",
            "We’re sorry, we couldn't load the reviews. Please refresh the page.",
            "Unable to reach the summit, the team decided to try again later.",
            "You are receiving this newsletter",
            "Update your preferences",
            "Manage your email subscription",
            "New Member",
            "member",
            "Well-known member",
            "Joined: Mar 3, 2020",
            "Messages: 1,234",
            "Reaction score: 12",
            "Likes received 3k",
            "Member since 12 Jan 2019",
            "Log in to reply",
            "(You must log in or sign up to reply here.)",
            "Thanks for contributing an answer to Stack Overflow!",
            "But avoid …",
            "To learn more, see our tips on writing great answers.",
            "Want to join? Log in or sign up in seconds.",
            "It looks like you're new here. Sign in or register to get started.",
            "Sign In or Register to comment.",
            "Sign in to add your own tags to this product.",
            "Please sign in to comment",
            "You must log in to post a reply",
            "You must be logged in to post a comment.",
            "View all posts by Anna",
            "See more stories",
            "How helpful was this page?",
            "Get started for free",
            "Sign up now",
            "Create a free account today",
            "Boo\u{212A} a demo now",
            "Be the first to comment",
            "What do you think?",
            "Like this:",
            "asked Feb 4, 2014 at 13:02",
            "Viewed 11k times",
            "Modified 1 year, 5 months ago",
            "edited Jan 28, 2013 at 19:38 answered Jan 22, 2013 at 22:36",
            "2016-03-17 13:23:29 +00:00",
            "You must log in or sign up to post here.",
            "Would you like to receive notifications about new posts?",
            "Use left/right arrows to navigate the slideshow or swipe left/right if using a mobile device",
            "Sort and Filter",
            "Premium Member",
            "Reaction score",
            "Save my name, email, and website in this browser for the next time I comment.",
            "You should upgrade or use an alternative browser.",
            "(Opens in a new window)",
            "If you are human, leave this field blank.",
            "[email protected]",
            "Info Why you're seeing this ad",
            "No results found.",
            "Jump to Latest",
            "Choosing a selection results in a full page refresh.",
            "The product was added to your cart!",
            "Looks like you already have an account! Please Log in to subscribe.",
            "Collapsed Expand All",
            "Yes No",
            "Sign me up!",
            "Like Loading...",
            "12 Likes",
            "5 min read",
            "Sorry, your browser doesn’t support embedded videos.",
            "Give us feedback on this page.",
            "How are we doing?",
            "Recently viewed",
            "Sort by:",
            "Showing 30 results per page",
            "(0) 0 reviews",
            "Do Not Sell or Share My Personal Information",
            "We and our partners process data to provide:",
            "Error Is your email address correct?",
            "Refresh your browser window to try again.",
            "Oops! Looks like we're having trouble connecting to our server.",
            "Load Disqus comments",
            "Start a new thread",
            "Filter & sort",
            "Save this story",
            "You need to be a member to post",
            "As an Amazon Associate I earn from qualifying purchases.",
            "Having trouble viewing this email? View it in your browser.",
            "Having trouble viewing this email?",
            "Read this email in your browser",
            "Showing 1–12 of 40 results",
            "Showing all 9 results",
            "Page 2 of 9",
            "3 items in your cart",
            "1 item in cart",
            "Your cart is empty",
            "You are here: Home",
            "Breadcrumbs: a",
            "Please enter a valid email address.",
            "Thank you! Your submission has been received!",
            "Oops! Something went wrong while submitting the form.",
            "You've been successfully signed up!",
            "Great! We've sent you an email to confirm your subscription.",
            "Thanks for subscribing!",
            "Thank for signing up",
            "Thanks you for subscribing",
            "Great we've sent you an email to confirm your subscription",
            "Please register to reply",
            "Please log in to comment",
            "Senior\tMember",
            "member ",
            "Sent from my SM-S908U using AC Forums mobile app",
            "12345",
            "12 apples",
            "٣ items in your cart",
            "ſign up now",
            "Ünknown member",
            "“Thanks for subscribing!”",
            "\u{00A0}member",
            "\u{2003}Member",
            "\u{212A}now more",
            "\u{17F}how all",
            "\u{17F}ee more news",
            "• Sign up now",
            "\u{0663}\u{0660} items in your cart",
        ]);
        let mut matched = 0;
        for l in &lines {
            let t = l.trim();
            let any = CHROME_LINES.iter().any(|c| c.re.is_match(t));
            assert_eq!(is_chrome_line(t), any, "{t:?}");
            matched += usize::from(any);
        }
        assert!(matched >= 47, "{matched}");
    }

    #[test]
    fn clue_words_search_finds_the_lines_with_clues() {
        assert!(SIGNUP_CLUES
            .iter()
            .chain(DISCLOSURE_CLUES)
            .all(|w| w.is_ascii() && *w == w.to_ascii_lowercase() && !w.contains('\n')));
        let mut lines: Vec<String> = vec![
            "Subscribe to our NEWSLETTER".into(),
            "Privacy Policy".into(),
            "E-Mail: me@example.com".into(),
            "EMAIL".into(),
            "As an Amazon Associate we earn from qualifying purchases.".into(),
            "Reader-supported".into(),
            "No Spam, unsubscribe any time".into(),
            "N\u{f6} spam".into(),
            "\u{212A}ommission".into(),
            "e\u{2011}mail".into(),
            "Commissioner Gordon".into(),
            "privac".into(),
            "rivacy".into(),
            "plain words".into(),
            "".into(),
            "Ünabhängig Affiliate".into(),
            "agre\ne".into(),
            "x".repeat(290) + "privacy",
            "x".repeat(296) + "privacy",
        ];
        // Every clue, in each case, at the start, the middle and the end, alone and cut short.
        for w in SIGNUP_CLUES.iter().chain(DISCLOSURE_CLUES) {
            let upper = w.to_ascii_uppercase();
            lines.push(w.to_string());
            lines.push(format!("A {upper} b"));
            lines.push(format!("\u{e9}t\u{e9} {w}"));
            lines.push(w[1..].to_string());
            lines.push(w[..w.len() - 1].to_string());
        }
        let mut texts: Vec<Option<&str>> = lines.iter().map(|l| Some(l.as_str())).collect();
        texts.insert(3, None);
        let may = may_hold_clues(texts.iter().copied());
        assert_eq!(may.len(), texts.len());
        for (t, may) in texts.iter().zip(&may) {
            let Some(t) = t else {
                assert!(!may);
                continue;
            };
            let c = clues(t);
            assert_eq!(*may, c.signup || c.disclosure, "{t:?}");
        }
    }

    #[test]
    fn site_link_words_never_rule_out_a_label() {
        let mut lines: Vec<String> = vec![
            "About Us Contact Us Careers Privacy Policy".into(),
            "Privacy Policy | Terms and Conditions | About Us".into(),
            "Read our privacy policy before you contact us.".into(),
            "loginPage faqs".into(),
            "plain words".into(),
            "".into(),
            "Ünabhängig FAQ".into(),
            "site\nmap".into(),
            "x".repeat(290) + "sitemap",
            "x".repeat(296) + "sitemap",
        ];
        // Every label, in each case, at the start, the middle and the end, alone and cut short.
        for w in SITE_LINKS {
            let upper = w.to_ascii_uppercase();
            lines.push(w.to_string());
            lines.push(format!("A {upper} b"));
            lines.push(format!("\u{e9}t\u{e9} {w}"));
            lines.push(format!("{w} {upper}"));
            lines.push(w[1..].to_string());
            lines.push(w[..w.len() - 1].to_string());
        }
        let mut texts: Vec<Option<&str>> = lines.iter().map(|l| Some(l.as_str())).collect();
        texts.insert(3, None);
        let may = JoinedLines::new(texts.iter().copied()).holding(&SITE_LINK_WORDS);
        assert_eq!(may.len(), texts.len());
        for (t, may) in texts.iter().zip(&may) {
            let Some(t) = t else {
                assert!(!may);
                continue;
            };
            if t.len() <= CLUES_MAX_BYTES {
                let any = SITE_LINK_LABELS.find_iter(t).next().is_some();
                assert_eq!(*may, any, "{t:?}");
            }
        }
    }

    #[test]
    fn comments_header_prefixes_never_rule_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            "Comments",
            "3 Comments",
            "Reader comments (12)",
            "Comments Filter:",
            "Responses",
            "Replies:",
            "Leave a Reply",
            "Post a comment",
            "Add a comment",
            "Write a comment",
            "Join the discussion",
            "Show comments",
            "View comments",
            "Discussion",
            "Discussion about this post",
            "12 thoughts on “A story”",
            "Kommentare",
            "Kommentar schreiben",
            "Commentaires",
            "Laisser un commentaire",
            "Comentarios",
            "Deja un comentario",
            "Comentários",
            "Commenti",
            "Reacties",
            "Комментарии",
            "Komentar",
            "5 responses to “A story”",
        ]);
        let mut matched = 0;
        for l in &lines {
            let t = l.trim();
            if COMMENTS_HEADER_RE.is_match(t) {
                assert!(COMMENTS_HEADER_PREFIXES.may_match(t), "{t:?}");
                matched += 1;
            }
        }
        assert!(matched >= 26, "{matched}");
    }

    #[test]
    fn recommendations_header_prefixes_never_rule_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            "Customers who bought this item also bought",
            "Customers also viewed",
            "Frequently bought together",
            "Sponsored products related to this item",
            "Products related to this item",
            "Similar items you might like",
            "Similar products",
            "Compare with similar items",
            "You may also like:",
            "You might also need",
            "More from this brand",
            "Complete the look",
            "Pairs well with",
            "Recommended for you",
            "Shop similar items",
            "People also bought",
            "Related products",
            "Others also viewed",
            "This is what customers who viewed this product bought",
            "Cuſtomers also bought",
            "ſimilar items",
        ]);
        let mut matched = 0;
        for l in &lines {
            let t = l.trim();
            assert_eq!(
                is_recommendations_header(t),
                RECOMMENDATIONS_HEADER_RE.is_match(t),
                "{t:?}"
            );
            matched += usize::from(RECOMMENDATIONS_HEADER_RE.is_match(t));
        }
        assert!(matched >= 21, "{matched}");
    }

    #[test]
    fn keeps_the_article_and_drops_chrome_around_it() {
        let s = format!("Home\nNews\nSports\nWeather\n\nCouncil approves library budget\n\n{P1}\n\nThe vote\n\n{P2}\n\n\"It is a good day,\" he said.\n\n{P3}\n\nMost Read\n\nTrain strike called off\nSchools reopen after storm\nNew bridge opens\n\nTags: Budget Library\n\nAbout Us\nCareers\nAdvertise\n");
        let d = clean(&s);
        assert!(d.body.contains("The vote"), "{}", d.body);
        assert!(
            d.body.contains("\"It is a good day,\" he said."),
            "{}",
            d.body
        );
        assert!(
            d.body.starts_with("The council") || d.body.starts_with("Council approves"),
            "{}",
            d.body
        );
        assert!(d.body.ends_with(P3), "{}", d.body);
        for chrome in ["Weather", "Train strike", "Careers"] {
            assert!(!d.body.contains(chrome), "{chrome}: {}", d.body);
        }
    }

    #[test]
    fn headline_shape_and_shared_title_words() {
        use super::{is_headline_shaped, shares_title_words};
        assert!(is_headline_shaped(
            "The Hottest Real Estate Markets in the U.S."
        ));
        assert!(is_headline_shaped("What Meditation Can Do for You"));
        assert!(!is_headline_shaped("The council met on Tuesday."));
        assert!(!is_headline_shaped("Home > Blog > Mobile Marketing"));
        assert!(!is_headline_shaped("Business"));
        // An SEO title rewords the headline: shared words of content, plurals as one.
        assert!(shares_title_words(
            "Best Online MBA Programs",
            "Top Online MBAs"
        ));
        assert!(shares_title_words(
            "Digital Marketing Costs Demystified: What Should You Really Pay?",
            "Digital Marketing Service Charges: Top 5 Proven 2025 Secrets"
        ));
        // A name, a section or function words alone are no rewording.
        assert!(!shares_title_words(
            "Dana Whitfield",
            "Best Tax Preparation Software"
        ));
        assert!(!shares_title_words(
            "Personal Finance",
            "Best Tax Preparation Software"
        ));
        assert!(!shares_title_words(
            "What to do in the city",
            "How to pick a tax package"
        ));
    }

    #[test]
    fn page_title_line_becomes_the_title() {
        let s = format!("Council approves library budget | Daily Example\n\nHome\nNews\n\nCouncil approves library budget\n\n{P1}\n\n{P2}\n");
        let d = clean(&s);
        assert_eq!(d.title.as_deref(), Some("Council approves library budget"));
        assert_eq!(d.body, format!("{P1}\n\n{P2}"));
        assert_eq!(d.removals[0].rule, "text.page-title");
    }

    #[test]
    fn comment_counts() {
        assert!(super::counts_no_comments("0 comments"));
        assert!(super::counts_no_comments("00 Comments"));
        assert!(!super::counts_no_comments("10 comments"));
        assert!(!super::counts_no_comments("Comments"));
        assert!(super::is_comment_count("14 comments"));
        assert!(super::is_comment_count("0 comments security"));
        assert!(!super::is_comment_count("Comments (3)"));
        assert!(!super::is_comment_count(
            "14 commentators agreed with the plan"
        ));
    }

    #[test]
    fn a_title_line_with_no_body_becomes_the_title() {
        // A page that needs JavaScript: its dump is the title and a notice.
        let d = clean("Express - Clothing for Work and Weekend\n\nYou need to enable JavaScript to run this app.\n");
        assert_eq!(d.body, "");
        assert_eq!(
            d.title.as_deref(),
            Some("Express - Clothing for Work and Weekend")
        );
        assert_eq!(
            d.metadata.title.as_ref().map(|t| (t.rule, t.span.range())),
            Some(("text.title-only", 0..39))
        );
        // One line of plain text is text.
        assert_eq!(
            clean("Meet me at noon by the bridge\n").body,
            "Meet me at noon by the bridge"
        );
    }

    #[test]
    fn low_density_lines() {
        let s = format!("{P1}\n\nPolitics Business Technology Science Health Sports Entertainment Travel Food Style Video Podcasts Newsletters Weather\n\n{P2}\n");
        let d = clean(&s);
        assert_eq!(d.body, format!("{P1}\n\n{P2}"));
        assert!(d.removals.iter().any(|r| r.rule == "text.low-density"));
    }

    #[test]
    fn an_enumeration_is_not_low_density() {
        let s = format!("{P1}\n\nJojoba Seed Oil, Abyssinian Seed Oil, Babassu Seed Oil, Argan Kernel Oil, Hemp Seed Oil, Vitamin E, Natural Fragrance\n\nPolitics Business Technology Science Health Sports Entertainment Travel Food Style Video Podcasts Newsletters Weather\n\n{P2}\n");
        let d = clean(&s);
        assert!(d.body.contains("Jojoba Seed Oil, Abyssinian"), "{}", d.body);
        assert!(!d.body.contains("Politics Business"), "{}", d.body);
    }

    #[test]
    fn keeps_lists_headings_and_quotes_inside_the_article() {
        let s = format!("{P1}\n\nWhat you need:\n\n2 cups flour\n1 egg\n3 tbsp sugar\n\nNext steps\n\n{P2}\n\n“No.”\n\n{P3}\n");
        let d = clean(&s);
        for part in ["2 cups flour", "Next steps", "“No.”", P3] {
            assert!(d.body.contains(part), "{part}: {}", d.body);
        }
    }

    /// A shop's category page as text: a menu, a line of prose, then twelve cards of name,
    /// brand and price.
    fn shop_page(cards: usize) -> String {
        let mut s = String::from("Home\nShop\nSale\nNew In\nBrands\nAbout Us\n\nHiking Boots\n\nOur boots are tested on the trail by the people who design them, and every pair comes with a two-year guarantee against defects.\n\n");
        for (i, name) in [
            "Ridge Mid GTX",
            "Summit Pro",
            "Trailblazer Low",
            "Alpine Guide",
            "Canyon Runner",
            "Moor Walker",
            "Scree Master",
            "Fell Light",
            "Pass Trekker",
            "Glen Classic",
            "Crag Hopper",
            "Tundra Max",
        ]
        .iter()
        .take(cards)
        .enumerate()
        {
            s.push_str(&format!("{name}\nNorthpeak\n${}.99\n\n", 80 + i * 5));
        }
        s.push_str("Privacy Policy\nTerms of Use\n");
        s
    }

    /// The page's grid stays (these parts of it are in the body), its menu goes, and the clean
    /// body, cleaned again, keeps the same cards.
    fn assert_grid_kept(page: &str, parts: &[&str]) {
        let d = clean(page);
        for part in parts {
            assert!(d.body.contains(part), "{part}: {}", d.body);
        }
        assert!(!d.body.contains("About Us"), "{}", d.body);
        assert_eq!(clean(&d.body).body, d.body);
    }

    #[test]
    fn a_grid_of_priced_cards_is_content() {
        assert_grid_kept(
            &shop_page(12),
            &[
                "Ridge Mid GTX",
                "$80.99",
                "Tundra Max",
                "$135.99",
                "two-year guarantee",
            ],
        );
    }

    /// Cards with their specifications run to a dozen lines or more, and differ in length: a
    /// card on sale has its old price on a line of its own, some have an extra feature.
    fn spec_cards_page(gaps_between: Option<[usize; 2]>) -> String {
        let mut s = String::from("Home\nShop\nSale\nNew In\nBrands\nAbout Us\n\nBackpacks\n\nEvery pack in this range was carried for a week on the trail by our testers before it went on sale, and all of them come with a lifetime repair service.\n\n");
        for i in 0..10 {
            s.push_str(&format!(
                "Ridgeline {} Pack\n${}.73\n",
                40 + i * 5,
                100 + i * 7
            ));
            if i % 3 == 0 {
                s.push_str(&format!("Save 20% compared to ${}.95\n", 130 + i * 9));
            }
            match gaps_between {
                // Specifications: most cards have four, some a fifth.
                None => {
                    s.push_str(&format!("({i}) {i} reviews\nCapacity:\n{} liters\nWeight:\n3.{i} lbs\nFeatures:\nRaincover Included\n", 40 + i * 5));
                    if i % 2 == 0 {
                        s.push_str("Reservoir Compatible\n");
                    }
                }
                // No steady period: a menu of a few lines after some prices, of many after others.
                Some([short, long]) => {
                    for k in 0..if i % 2 == 0 { short } else { long } {
                        s.push_str(&format!("Category {i}-{k}\n"));
                    }
                }
            }
            s.push_str(&format!("Add Ridgeline {} Pack to Compare\n", 40 + i * 5));
        }
        s.push_str("\nPrivacy Policy\nTerms of Use\n");
        s
    }

    #[test]
    fn a_grid_of_long_cards_of_varying_length_is_content() {
        assert_grid_kept(
            &spec_cards_page(None),
            &[
                "Ridgeline 40 Pack",
                "$100.73",
                "Save 20% compared to $130.95",
                "Ridgeline 85 Pack",
                "$163.73",
                "3.9 lbs",
            ],
        );
    }

    #[test]
    fn a_grid_of_related_products_is_no_content() {
        // The cards that are the content of `shop_page`, under a header of recommendations.
        let page = shop_page(12).replace("defects.\n\n", "defects.\n\nYou may also like\n\n");
        let d = clean(&page);
        assert!(!d.body.contains("Summit Pro"), "{}", d.body);
        assert!(d.body.contains("two-year guarantee"), "{}", d.body);
    }

    #[test]
    fn prices_without_a_steady_period_are_no_grid() {
        let d = clean(&format!(
            "{}{P1}\n\n{P2}\n\n{P3}\n",
            spec_cards_page(Some([1, 22]))
        ));
        assert!(!d.body.contains("Category 1-"), "{}", d.body);
        assert!(d.body.contains(P3));
    }

    #[test]
    fn a_few_priced_offers_are_no_grid() {
        // Four offers beside the prose are a sidebar: the region rule still judges them.
        let d = clean(&format!("{}{P1}\n\n{P2}\n\n{P3}\n", shop_page(4)));
        assert!(!d.body.contains("Ridge Mid GTX"), "{}", d.body);
        assert!(d.body.contains(P3));
    }

    #[test]
    fn price_line_prefixes_never_rule_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            "$22.40",
            "From £675",
            "12,99 €",
            "$10 - $15",
            "Now $9.99 Was $14.99",
            "1.299,00 EUR",
            "Only $5",
            "Sale price: $12.00",
            "Regular price $15.00 Sale price $12.00",
            "Price: 12 €",
            "Starting at $99",
            "Ab 12,99 €",
            "Dès 15 €",
            "Desde 20 €",
            "Was $3",
            "£5.00",
            "€ 5",
            "¥500",
            "₹1,299",
            "ſale price $3",
            "٣ EUR",
        ]);
        let mut matched = 0;
        for l in &lines {
            let t = l.trim();
            let plain =
                t.len() <= 60 && t.bytes().any(|c| c.is_ascii_digit()) && PRICE_LINE_RE.is_match(t);
            assert_eq!(is_price_line(t), plain, "{t:?}");
            matched += usize::from(plain);
        }
        assert!(matched >= 19, "{matched}");
    }

    #[test]
    fn sentence_marks_count_the_characters() {
        for l in crate::text::prefilter_test_lines(&["Really? Yes! No. … ¿Qué? «Oui.»", "", "No."])
        {
            assert_eq!(
                has_two_sentence_marks(&l),
                l.matches(['.', '!', '?']).count() >= 2,
                "{l:?}"
            );
        }
    }

    #[test]
    fn price_lines() {
        for l in [
            "$22.40",
            "From £675",
            "12,99 €",
            "$10 - $15",
            "Now $9.99 Was $14.99",
            "1.299,00 EUR",
            "$99+",
        ] {
            assert!(is_price_line(l), "{l}");
        }
        // Prose about prices, a table row of figures, a year: not a price line.
        for l in [
            "Share prices fell by $3 on Tuesday.",
            "2024",
            "12 apples",
            "Revenue 4,200 3,900 3,100",
            "$",
            "$99+ a month for the first year",
        ] {
            assert!(!is_price_line(l), "{l}");
        }
    }

    #[test]
    fn comments_after_the_article() {
        let s = format!("{P1}\n\n{P2}\n\n{P3}\n\n{P1} {P2}\n\n3 Comments\n\nJohn says:\n\nMarch 3, 2024 at 10:12 am\n\nI think the library is a great idea and that they should have done it years ago.\n\nReply\n");
        let d = clean(&s);
        assert!(!d.body.contains("great idea"), "{}", d.body);
        assert!(d.removals.iter().any(|r| r.rule == "text.comments"));
        // A header that counts the comments on the story names it, and reads as prose.
        let s = format!("{P1}\n\n{P2}\n\n{P3}\n\n{P1} {P2}\n\n3 thoughts on “10 Things I Wish I Knew Before Learning Embedded Systems”\n\nKarl Fleischmann says:\n\nDecember 17, 2025 at 11:31 pm\n\nGreat points Shawn, thanks for posting this, it made me rethink what I do.\n\nReply\n");
        let d = clean(&s);
        assert!(!d.body.contains("Great points"), "{}", d.body);
        assert!(d.body.ends_with(&format!("{P1} {P2}")), "{}", d.body);
        // A sentence of the article that opens with a count stays.
        let s = format!("{P1}\n\n{P2}\n\n{P3}\n\n{P1} {P2}\n\n3 thoughts on the library kept the council busy all night, and the vote came at dawn.\n");
        let d = clean(&s);
        assert!(d.body.contains("kept the council busy"), "{}", d.body);
    }

    #[test]
    fn many_regions_stay_linear() {
        // Thousands of posts, each a region of its own between chrome lines: regions are found in
        // one pass, so this is quick even in a debug build.
        let mut s = String::new();
        for k in 0..4000 {
            s.push_str(&format!(
                "{P1}\n\nRelated Posts\nMost Read\nTop Stories {k}\nHome\n\n"
            ));
        }
        let d = clean(&s);
        assert!(!d.paragraphs.is_empty());
        assert!(d.removals.len() >= 4000, "{}", d.removals.len());
    }

    #[test]
    fn other_scripts_survive() {
        let s = "東京都は火曜日、長い議論の末に来年度の予算を承認した。費用を誰が負担するかが最大の争点だった。\n\n知事は、新しい図書館の工事は春に始まり、来年末までに開館する予定だと述べた。\n";
        let d = clean(s);
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.removals);
    }

    #[test]
    fn one_long_line_article_with_read_in_browser() {
        let s = format!("View it in your browser.\n\n{P1} {P2} {P3} Read in browser »\n");
        let d = clean(&s);
        assert_eq!(d.body, format!("{P1} {P2} {P3} Read in browser »"));
        assert_eq!(d.removals[0].rule, "text.menu-line");
    }
}
