//! Main-content extraction: which blocks of a page are its article.
//!
//! 1. Regions named as boilerplate by their tag (`nav`, `footer`, `aside`, `header`) or by the
//!    class/id vocabularies of [`crate::rules::dom`] are removed with that rule, unless the region
//!    holds a large share of the page's prose (then the name is a page-wide wrapper's, such as
//!    `<body class="has-sidebar">`). A region named as a header inside the `main` landmark
//!    (outside an `article`) that holds the page's `h1` and a sentence under it is the page's title
//!    block (a category's heading and blurb): it is left out of the search for the main region but
//!    kept beside it.
//! 2. Each remaining block gets a prose score: its characters outside links, weighted by how much
//!    it reads like running text (length, sentence punctuation, stopword density, link density).
//!    The scores add up the tree (one reverse pass over the arena).
//! 3. The main region is the element that maximises `prose − K·other`, where `other` is the
//!    non-prose text under it: the smallest element that still holds nearly all the prose. Repeated
//!    posts, items and spec rows sit under one container, so a forum thread or a listing is
//!    selected whole. `<article>`, `<main>` and content-named elements get a small bonus.
//! 4. Blocks outside the main region are `dom.outside-main`; inside it, blocks that are mostly
//!    link text are `dom.link-dense`.
//!
//! On a product page (see [`PageMeta::product`]) text that is not links counts as content however
//! short (name, price, specifications), and the regions and headed sections of the customers'
//! reviews and of other products offered are removed (`dom.reviews`, `dom.recommendations`),
//! except the element holding the product's name.

use super::blocks::HBlock;
use super::meta::PageMeta;
use super::tree::{Kind, Tree, NONE};
use crate::doc::State;
use crate::rules::{dom, Rule, Ruleset};
use once_cell::sync::Lazy;
use regex::Regex;
use std::collections::{HashMap, HashSet};

/// Per-page memos keyed by short strings (class and id values).
type ShortKeyBuild = std::hash::BuildHasherDefault<crate::text::KeyHasher>;

/// Weight of non-prose text against prose when choosing the main region.
const OTHER_WEIGHT: f64 = 0.8;
/// A named region holding more than this share of the page's prose is a wrapper, not boilerplate.
const WRAPPER_SHARE: f64 = 0.5;
/// The same for a region named as comments.
const COMMENTS_WRAPPER_SHARE: f64 = 0.4;

/// An `<aside>` holding the page's `h1` and at least this share of the prose of its main
/// landmark is the article, not a sidebar.
const MAIN_COLUMN_SHARE: f64 = 0.8;
/// A region named as related stories holding more than this share of its `article` element's
/// prose is the article's body.
const RELATED_ARTICLE_SHARE: f64 = 0.5;
/// A region named as a promo round an `article` element holding this much prose (about 250
/// words)...
const MIN_OPENED_ARTICLE_PROSE: f64 = 1500.0;
/// ... and more than this share of the region's is the article, opened in a modal over the page.
const OPENED_ARTICLE_SHARE: f64 = 0.5;
/// Regions named as comments that together hold more than this share of the page's prose are the
/// posts of a thread...
const THREAD_SHARE: f64 = 0.5;
/// ... unless the prose outside them weighs this much (about 500 words): then they are the
/// comments under an article.
const MIN_PROSE_OUTSIDE_COMMENTS: f64 = 3000.0;

static STOPWORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
    "those", "as", "not", "have", "has", "had", "he", "she", "they", "we", "you", "i", "his",
    "her", "their", "our", "your", "which", "who", "what", "when", "will", "would", "can", "could",
    "if", "so", "than", "then", "there", "into", "about", "also", "more", "all", "one", "do",
    "does", "did", "no", "may", "some", "such", "only", "other", "out", "up", "how",
    // A few frequent function words of other languages seen on the web.
    "der", "die", "und", "das", "ist", "le", "la", "les", "et", "est", "des", "el", "los", "en",
    "que", "y", "di", "il", "che", "de", "het", "een",
];

/// [`STOPWORDS`] as a set: a look-up per short word rather than a pass over the list.
static STOPWORD_SET: Lazy<HashSet<&'static [u8], ShortKeyBuild>> =
    Lazy::new(|| STOPWORDS.iter().map(|s| s.as_bytes()).collect());

/// Whether a word of at most five bytes is one of [`STOPWORDS`], in any (ASCII) case.
fn is_stopword(w: &str) -> bool {
    let mut lower = [0u8; 5];
    let Some(lower) = lower.get_mut(..w.len()) else {
        return false;
    };
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    STOPWORD_SET.contains(&*lower)
}

/// The whitespace-separated words of a block (the first 200) and how many of them are stopwords,
/// once stripped of the punctuation around them.
fn words_and_stopwords(text: &str) -> (usize, usize) {
    let mut words = 0usize;
    let mut stop = 0usize;
    for w in text.split_whitespace().take(200) {
        words += 1;
        let w = w.trim_matches(|c: char| !crate::text::is_alphanumeric(c));
        if w.len() <= 5 && is_stopword(w) {
            stop += 1;
        }
    }
    (words, stop)
}

/// [`words_and_stopwords`] of an ASCII text, byte by byte: most blocks are ASCII, and decoding
/// each character cost more than the rest of the weighing.
fn words_and_stopwords_ascii(text: &str) -> (usize, usize) {
    // What `char::is_whitespace` is in ASCII: tab to carriage return, and the space.
    let space = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
    let b = text.as_bytes();
    let (mut words, mut stop, mut i) = (0usize, 0usize, 0usize);
    while words < 200 {
        while i < b.len() && space(b[i]) {
            i += 1;
        }
        let start = i;
        while i < b.len() && !space(b[i]) {
            i += 1;
        }
        if start == i {
            break;
        }
        words += 1;
        let (mut ws, mut we) = (start, i);
        while ws < we && !b[ws].is_ascii_alphanumeric() {
            ws += 1;
        }
        while we > ws && !b[we - 1].is_ascii_alphanumeric() {
            we -= 1;
        }
        if we - ws <= 5 && text.get(ws..we).is_some_and(is_stopword) {
            stop += 1;
        }
    }
    (words, stop)
}

/// The shortest name a block may give the page's title.
const MIN_TITLE_NAME_CHARS: usize = 3;

/// True when `name` is the page's title or its start, before a space: a product's name over its
/// title with the shop's suffix ("Dota 2" of "Dota 2 on Steam"), in any case.
fn starts_title(title: &str, name: &str) -> bool {
    let (t, n) = (title.as_bytes(), name.as_bytes());
    n.len() >= MIN_TITLE_NAME_CHARS
        && n.len() <= t.len()
        && t[..n.len()].eq_ignore_ascii_case(n)
        && t.get(n.len()).is_none_or(|&c| c == b' ')
}

/// How much a block reads like running text, 0 to about 1.2.
fn prose_weight(text: &str, chars: usize) -> f64 {
    let (words, stop) = if text.is_ascii() {
        words_and_stopwords_ascii(text)
    } else {
        words_and_stopwords(text)
    };
    if words == 0 {
        return 0.0;
    }
    let len = if chars >= 150 {
        1.0
    } else if chars >= 60 {
        0.8
    } else if chars >= 25 {
        0.5
    } else {
        0.2
    };
    let stop_ratio = stop as f64 / words as f64;
    // Scripts without spaces between words (CJK) have no stopwords to count.
    let spaced = words >= 3 || chars < 20;
    let stop_w = if !spaced {
        0.9
    } else if stop_ratio >= 0.15 {
        1.2
    } else if stop_ratio >= 0.05 {
        1.0
    } else {
        0.7
    };
    let sentence = if crate::text::ends_sentence(text) {
        1.1
    } else {
        1.0
    };
    len * stop_w * sentence
}

fn class_and_id<'a>(tree: &Tree<'a>, i: u32) -> (&'a str, &'a str) {
    (
        tree.attr(i, "class").unwrap_or(""),
        tree.attr(i, "id").unwrap_or(""),
    )
}

/// Whether the element is a definition list named as a poster's profile (`postprofile`,
/// `user-profile`, `author-profile`).
fn is_profile_list(tree: &Tree, dl: u32) -> bool {
    if dl == NONE || tree.name(dl) != "dl" {
        return false;
    }
    let class = tree.attr(dl, "class").unwrap_or("");
    class.split_ascii_whitespace().any(|c| {
        PROFILE_LIST_CLASSES
            .iter()
            .any(|name| c.eq_ignore_ascii_case(name))
    })
}

/// Class names of a poster's profile pane.
const PROFILE_LIST_CLASSES: &[&str] = &[
    "postprofile",
    "post-profile",
    "userprofile",
    "user-profile",
    "authorprofile",
    "author-profile",
];

/// A region named by its class as navigation, header or sidebar with at least this many
/// characters, and less than this share of them link text, is prose.
const MIN_PROSE_NAV_CHARS: usize = 300;
const MAX_PROSE_NAV_LINKS: f64 = 0.2;
/// A header named inside an item with at most this many characters is the item's title bar.
const MAX_ITEM_HEADER_CHARS: usize = 160;
/// A region named as navigation or a sidebar by its class holding at least this many `article`
/// elements is a listing's wrapper.
const MIN_NAMED_NAV_ARTICLES: u32 = 12;
/// A region named as a promo by a class word (a layout variant such as
/// `container--section-more-ads`, a column that holds ad slots between the stories) holding at
/// least this many `article` elements is a listing's wrapper: an ad or a sign-up box holds none.
const MIN_NAMED_PROMO_ARTICLES: u32 = 8;
/// Weight of an item's text of the dominant repeated structure.
const ITEM_WEIGHT: f64 = 0.8;
/// A repeated structure needs this many siblings of one tag and class...
const MIN_ITEMS: usize = 4;
/// ...with at least this many characters each on average...
const MIN_ITEM_CHARS: f64 = 30.0;
/// A grid of at least this many siblings (product cards, a directory)...
const MIN_GRID_ITEMS: usize = 12;
/// ...is a repeated structure from this many characters per item (a name and a price).
const MIN_GRID_ITEM_CHARS: f64 = 12.0;
/// Table rows are items from this many characters (spec tables have short rows).
const MIN_ROW_CHARS: f64 = 12.0;
/// A link-dense block inside an item is kept (a teaser's title) from this many characters;
/// shorter ones are the item's action links (Reply, Quote, Share).
const MIN_ITEM_LINK_CHARS: usize = 25;
/// ...holding at least this share of their parent's text.
const MIN_ITEMS_SHARE: f64 = 0.5;
/// An item with at least this share of link text is a link card.
const MIN_CARD_LINKS: f64 = 0.5;
/// A listing entry's linked title has at least this many words (one word is an action link:
/// Reply, Share, Compare).
const MIN_ENTRY_TITLE_WORDS: usize = 2;

/// What makes siblings alike as items of a repeated structure: the tag, and the first class
/// name with its digits dropped (item classes often carry ids, `post-123`, and grid positions,
/// `first`, `last`, after it).
fn item_signature(tree: &Tree, id: u32) -> u64 {
    let mut h = crate::text::fnv1a(tree.name(id).as_bytes(), crate::text::FNV_OFFSET);
    let first_class = tree
        .attr(id, "class")
        .and_then(|c| c.split_ascii_whitespace().next())
        .unwrap_or("");
    for b in first_class.bytes().filter(|b| !b.is_ascii_digit()) {
        h = crate::text::fnv1a(&[b], h);
    }
    h
}

/// Nodes inside an item of a repeated structure: siblings with the same tag and class that hold
/// most of their parent's text (forum posts, listing entries, product cards, spec rows). With
/// `headed_cards`, siblings that each hold a heading are a grid of cards however few they are
/// (a shop's categories: a linked heading and a count each).
fn repeated_items(tree: &Tree, blocks: &[HBlock], headed_cards: bool) -> Vec<bool> {
    let n = tree.nodes.len();
    let mut chars = vec![0f64; n];
    for b in blocks {
        chars[b.owner as usize] += b.chars as f64;
    }
    for i in (1..n).rev() {
        let p = tree.nodes[i].parent;
        if p != NONE {
            chars[p as usize] += chars[i];
        }
    }
    // Whether each node holds a heading (a card's title).
    let mut headed = vec![false; if headed_cards { n } else { 0 }];
    for i in (1..headed.len()).rev() {
        if heading_level(tree.name(i as u32)).is_some() {
            headed[i] = true;
        }
        let p = tree.nodes[i].parent;
        if p != NONE && headed[i] {
            headed[p as usize] = true;
        }
    }
    // (parent, signature) -> (count, chars, headed items)
    let mut groups: HashMap<(u32, u64), (usize, f64, usize), ShortKeyBuild> = HashMap::default();
    let mut sig = vec![0u64; n];
    for i in 1..n {
        let id = i as u32;
        let name = tree.name(id);
        if name.is_empty() || chars[i] == 0.0 {
            continue;
        }
        let h = item_signature(tree, id);
        sig[i] = h;
        let e = groups.entry((tree.nodes[i].parent, h)).or_default();
        e.0 += 1;
        e.1 += chars[i];
        e.2 += headed.get(i).copied().unwrap_or(false) as usize;
    }
    let mut item = vec![false; n];
    for i in 1..n {
        if sig[i] == 0 {
            continue;
        }
        let p = tree.nodes[i].parent;
        if let Some(&(count, total, with_heading)) = groups.get(&(p, sig[i])) {
            let min_chars = if tree.name(i as u32) == "tr" {
                MIN_ROW_CHARS
            } else if count >= MIN_GRID_ITEMS || (headed_cards && with_heading == count) {
                MIN_GRID_ITEM_CHARS
            } else {
                MIN_ITEM_CHARS
            };
            if count >= MIN_ITEMS
                && total / count as f64 >= min_chars
                && total >= MIN_ITEMS_SHARE * chars[p as usize]
            {
                item[i] = true;
            }
        }
    }
    for i in 1..n {
        let p = tree.nodes[i].parent;
        if p != NONE && item[p as usize] {
            item[i] = true;
        }
    }
    item
}

/// The root of the item each node is in: its outermost ancestor in an unbroken chain of nodes
/// inside items (the node itself when its parent is in none). One forward pass, since a walk up
/// from every node is quadratic on deeply nested pages.
fn item_tops(tree: &Tree, in_item: &[bool]) -> Vec<u32> {
    let mut item_top: Vec<u32> = Vec::with_capacity(in_item.len());
    for (i, node) in tree.nodes.iter().enumerate().take(in_item.len()) {
        let p = node.parent;
        item_top.push(if p != NONE && in_item[p as usize] {
            item_top[p as usize]
        } else {
            i as u32
        });
    }
    item_top
}

/// The region a custom element's name says it is, as a class would (`devsite-content-footer`,
/// `cookie-banner`, `hyvor-talk-comments`): the name of an element that is not HTML's holds a
/// hyphen.
fn custom_element_rule<'a>(
    page_vocab: &mut dom::PageVocab<'a>,
    name: &'a str,
) -> Option<&'static Rule> {
    if name.contains('-') {
        page_vocab.vocab_rule(name, "")
    } else {
        None
    }
}

/// Whether a class names a card `promo` (Brightspot's `PagePromo`, Adobe's `cmp-promo`): a
/// CMS's name for each teaser of a listing or a services page, when no other name of the class or
/// id is an ad's, a pop-up's or a sign-up box's. (Around an article, such cards are teasers: the
/// caller asks the page first.)
fn promo_card(class: &str, id: &str) -> bool {
    if !CARD_PROMO_WORDS
        .iter()
        .any(|w| crate::text::contains_ascii_ci(class, w))
    {
        return false;
    }
    // The names without the card's words (all of them: `elementor-cta` beside
    // `elementor-widget-call-to-action`): what else they say.
    let without = |v: &str| {
        CARD_PROMO_WORDS
            .iter()
            .fold(v.to_ascii_lowercase(), |name, w| name.replace(w, " "))
    };
    dom::vocab_rule(&without(class), &without(id)).is_none_or(|r| !std::ptr::eq(r, &dom::PROMO))
}

/// The promo words that CMSs give each card of a grid: `promo`, and Elementor's
/// call-to-action widget (`elementor-cta`), a picture with a title and a few lines, which sites
/// repeat for their trails, services or team.
const CARD_PROMO_WORDS: [&str; 3] = ["promo", "call-to-action", "cta"];

/// A grid of promo cards is the page's content when it has this many cards at least, holding
/// this share of the page's prose.
const MIN_CONTENT_CARDS: usize = 4;
const CONTENT_CARDS_SHARE: f64 = 0.3;

/// The nodes inside a grid of promo cards ([`promo_card`]; siblings alike by
/// [`item_signature`]) that holds [`CONTENT_CARDS_SHARE`] of the page's prose at least.
fn card_grid_nodes(
    tree: &Tree,
    class_id: &[(&str, &str)],
    prose_all: &[f64],
    total: f64,
) -> Vec<bool> {
    let n = tree.nodes.len();
    // Each card's group, found once: naming a card and hashing its class are not free.
    let card_key: Vec<Option<(u32, u64)>> = (0..n)
        .map(|i| {
            (i > 0 && promo_card(class_id[i].0, class_id[i].1))
                .then(|| (tree.nodes[i].parent, item_signature(tree, i as u32)))
        })
        .collect();
    let mut groups: HashMap<(u32, u64), (usize, f64)> = HashMap::new();
    for (key, &prose) in card_key.iter().zip(prose_all) {
        if let Some(key) = key {
            let g = groups.entry(*key).or_default();
            g.0 += 1;
            g.1 += prose;
        }
    }
    let mut inside = vec![false; n];
    for i in 1..n {
        let p = tree.nodes[i].parent as usize;
        inside[i] = inside.get(p).copied().unwrap_or(false)
            || card_key[i]
                .and_then(|key| groups.get(&key))
                .is_some_and(|&(count, prose)| {
                    count >= MIN_CONTENT_CARDS && prose > CONTENT_CARDS_SHARE * total
                });
    }
    inside
}

/// The prose score of a block in an item of the page's repeated structure (a post, a product, a
/// teaser): its link text is content too.
fn item_prose(b: &HBlock) -> f64 {
    plain_prose(b).max(b.chars as f64 * ITEM_WEIGHT)
}

/// On a product page, the least prose score of a character of text that is not links: a
/// product's name, price and specifications count as content, at less than full prose.
const PRODUCT_TEXT_WEIGHT: f64 = 0.5;
/// A listing's grid on a page whose main region is the whole page holds at least this share of
/// the text outside named regions.
const MIN_GRID_SHARE: f64 = 0.5;

/// A title block's blurb is a sentence of at least this many words.
const MIN_BLURB_WORDS: usize = 8;

/// The prose-only main region wins when its score is at least this share of the item-aware one.
const PROSE_DOMINANCE: f64 = 0.85;

/// A block's prose score with its link text not counted.
fn plain_prose(b: &HBlock) -> f64 {
    let chars = b.chars as f64;
    let link = b.link_chars as f64;
    if chars == 0.0 || link / chars > 0.5 {
        0.0
    } else {
        (chars - link) * prose_weight(&b.block.plain, b.chars)
    }
}

/// The element maximising `prose − K·other` (named regions left out), and its score.
fn best_region(
    tree: &Tree,
    blocks: &[HBlock],
    region: &[Option<&'static Rule>],
    prose: &[f64],
    other: &[f64],
    content_named: &[bool],
) -> (u32, f64) {
    let n = tree.nodes.len();
    let mut p_sum = vec![0f64; n];
    let mut o_sum = vec![0f64; n];
    for (k, b) in blocks.iter().enumerate() {
        if region[b.owner as usize].is_none() {
            p_sum[b.owner as usize] += prose[k];
            o_sum[b.owner as usize] += other[k];
        }
    }
    for i in (1..n).rev() {
        let p = tree.nodes[i].parent;
        if p != NONE {
            p_sum[p as usize] += p_sum[i];
            o_sum[p as usize] += o_sum[i];
        }
    }
    let mut main = 0u32;
    let mut best = f64::MIN;
    for i in 0..n {
        if !matches!(tree.nodes[i].kind, Kind::Element { .. } | Kind::Document)
            || region[i].is_some()
        {
            continue;
        }
        let id = i as u32;
        let mut score = p_sum[i] - OTHER_WEIGHT * o_sum[i];
        if content_named[i] {
            score += 0.05 * p_sum[i];
        }
        // Ties go to the outer element (it comes first), so a lone wrapper is not preferred.
        if score > best + 1e-9 {
            best = score;
            main = id;
        }
    }
    (main, best)
}

/// The page's one element marked as its content (`tag`: `main`, which `role=main` marks too, or
/// `article`) inside the region the scores chose, when it holds at least `share` of that region's
/// score: the site marked its content, and what the region adds around it (a membership pitch, a
/// podcast's blurb, a shop's delivery options, an author's other posts) is its chrome, prose or
/// not. A page with two such elements, or none inside the region, keeps the region.
fn marked_content_within(
    (tag, share): (&str, f64),
    tree: &Tree,
    blocks: &[HBlock],
    region: &[Option<&'static Rule>],
    (prose, other): (&[f64], &[f64]),
    main: u32,
) -> u32 {
    let in_region = subtree(tree, main);
    let mut marked = NONE;
    let inner = in_region.iter().enumerate().skip(main as usize + 1);
    for (i, _) in inner.filter(|&(_, &inside)| inside) {
        let id = i as u32;
        if tree.name(id) == tag
            || tag == "main"
                && tree
                    .attr(id, "role")
                    .is_some_and(|r| r.trim().eq_ignore_ascii_case("main"))
        {
            if marked != NONE {
                return main;
            }
            marked = id;
        }
    }
    if marked == NONE {
        return main;
    }
    let in_marked = subtree(tree, marked);
    let (mut all, mut inside) = (0f64, 0f64);
    for (k, b) in blocks.iter().enumerate() {
        let o = b.owner as usize;
        if region[o].is_some() || !in_region[o] {
            continue;
        }
        let score = prose[k] - OTHER_WEIGHT * other[k];
        all += score;
        if in_marked[o] {
            inside += score;
        }
    }
    if inside > 0.0 && inside >= share * all {
        marked
    } else {
        main
    }
}

/// Which nodes lie in the subtree of `top` (itself included). Nodes are numbered in document
/// order, a parent before its children, so one pass from `top` on marks them.
fn subtree(tree: &Tree, top: u32) -> Vec<bool> {
    let n = tree.nodes.len();
    let mut inside = vec![false; n];
    for i in (top as usize)..n {
        let p = tree.nodes[i].parent;
        inside[i] = i == top as usize || p != NONE && inside[p as usize];
    }
    inside
}

/// The share of the chosen region's score that its `<main>` element holds for the region to
/// narrow to it (anything from a third to two thirds gives the same pages)...
const MAIN_ELEMENT_SHARE: f64 = 0.5;
/// ...and its `<article>` element, which is as often one entry of a page of several (0.65 to
/// 0.8 give the same pages; half takes a docs page's and a shop's own text from them).
const ARTICLE_ELEMENT_SHARE: f64 = 0.7;

/// The tightest element inside the region the scores chose that names itself the content by a
/// class or id word (`entry-content`, `article-body`, `post__text`) and holds at least
/// [`NAMED_CONTENT_SHARE`] of the region's score: the little the region adds around it is a
/// standfirst repeated from the page's summary, an author's card, "End of Article", a teaser
/// rail, more often than the article's own text. The region itself when there is none.
fn content_named_within(
    tree: &Tree,
    blocks: &[HBlock],
    region: &[Option<&'static Rule>],
    (prose, other): (&[f64], &[f64]),
    main: u32,
    content_named: &[bool],
) -> u32 {
    let n = tree.nodes.len();
    let top = main as usize;
    let in_region = subtree(tree, main);
    let mut score = vec![0f64; n];
    for (k, b) in blocks.iter().enumerate() {
        let o = b.owner as usize;
        if region[o].is_none() && in_region[o] {
            score[o] += prose[k] - OTHER_WEIGHT * other[k];
        }
    }
    for i in ((top + 1)..n).rev() {
        let p = tree.nodes[i].parent;
        if p != NONE && in_region[i] {
            score[p as usize] += score[i];
        }
    }
    let all = score[top];
    if all <= 0.0 {
        return main;
    }
    let (mut tightest, mut least) = (main, all);
    for i in (top + 1)..n {
        if in_region[i]
            && content_named[i]
            && score[i] >= NAMED_CONTENT_SHARE * all
            && score[i] < least
        {
            (tightest, least) = (i as u32, score[i]);
        }
    }
    tightest
}

/// The share of the region's score that an element named as the content holds for the region
/// to narrow to it (at 0.9, twice as many pages gain, and four times as many lose).
const NAMED_CONTENT_SHARE: f64 = 0.95;

/// A teaser's linked title has at least this many words (shorter links are an item's actions).
const MIN_TEASER_TITLE_WORDS: usize = 3;
/// The article without its teaser rail still scores at least this share of the region with it...
const MIN_RAIL_FREE_SCORE: f64 = 0.5;
/// ...and the region with the rail holds at most this share of the article's text before it: the
/// rail trails the article (cards ahead of the prose are the page's own offer, on a shop or a
/// service page).
const MAX_RAIL_LEAD: f64 = 0.15;

/// On an article (the prose-only region won), the region chosen again with teasers counted as
/// boilerplate: an item of a repeated structure with a linked title ("Related posts" cards of a
/// title and an excerpt) is another page's summary, its excerpt not the article's prose. The
/// narrower region wins when it keeps most of the score and what it leaves out comes after it
/// (the rail of teasers under the article); otherwise the region stays (a page made of such
/// items, a shop's cards ahead of its text).
fn without_teaser_rail(
    tree: &Tree,
    blocks: &[HBlock],
    in_item: &[bool],
    item_top: &[u32],
    (prose, other): (&[f64], &[f64]),
    (main, score): (u32, f64),
    best: impl Fn(&[f64], &[f64]) -> (u32, f64),
) -> u32 {
    let n = tree.nodes.len();
    let mut teaser = vec![false; n];
    for b in blocks {
        let o = b.owner as usize;
        if in_item[o]
            && b.link_chars * 2 > b.chars
            && crate::text::word_count(&b.block.plain) >= MIN_TEASER_TITLE_WORDS
        {
            teaser[item_top[o] as usize] = true;
        }
    }
    let is_teaser =
        |b: &HBlock| in_item[b.owner as usize] && teaser[item_top[b.owner as usize] as usize];
    if !blocks.iter().any(is_teaser) {
        return main;
    }
    let (p, o): (Vec<f64>, Vec<f64>) = blocks
        .iter()
        .enumerate()
        .map(|(k, b)| {
            if is_teaser(b) {
                (0.0, b.chars as f64)
            } else {
                (prose[k], other[k])
            }
        })
        .unzip();
    let (narrow, narrow_score) = best(&p, &o);
    if narrow == main || narrow_score < MIN_RAIL_FREE_SCORE * score {
        return main;
    }
    // The arena is in document order: a subtree is a run of nodes, each one's parent in it.
    let subtree_end = |i: u32| {
        let mut e = i as usize + 1;
        while e < n && tree.nodes[e].parent != NONE && tree.nodes[e].parent >= i {
            e += 1;
        }
        e as u32
    };
    let (main_end, narrow_end) = (subtree_end(main), subtree_end(narrow));
    if narrow < main || narrow >= main_end {
        return main;
    }
    let (mut lead, mut kept) = (0usize, 0usize);
    for b in blocks
        .iter()
        .filter(|b| b.owner >= main && b.owner < narrow_end)
    {
        if b.owner < narrow {
            lead += b.chars;
        } else {
            kept += b.chars;
        }
    }
    if lead as f64 > MAX_RAIL_LEAD * kept as f64 {
        return main;
    }
    narrow
}

/// The nearest ancestor of `entries` holding an `h1` outside the named regions, when `entries`
/// holds none and that ancestor is not the whole page (`html`, `body`).
fn with_listing_heading(
    tree: &Tree,
    region: &[Option<&'static Rule>],
    entries: u32,
) -> Option<u32> {
    let n = tree.nodes.len();
    let mut holds_h1 = vec![false; n];
    for i in (1..n).rev() {
        if tree.name(i as u32) == "h1" && region[i].is_none() {
            holds_h1[i] = true;
        }
        let p = tree.nodes[i].parent;
        if p != NONE && holds_h1[i] {
            holds_h1[p as usize] = true;
        }
    }
    if holds_h1[entries as usize] {
        return None;
    }
    let mut up = tree.nodes[entries as usize].parent;
    while up != NONE && !holds_h1[up as usize] {
        up = tree.nodes[up as usize].parent;
    }
    (up != NONE && !matches!(tree.name(up), "" | "html" | "body")).then_some(up)
}

/// Drops the regions named by a class word for what they hold (related, promo, comments, meta,
/// share...), keeping mastheads, menus, sidebars, footers and consent dialogs. Whether any went.
fn lift_soft_regions(tree: &Tree, region: &mut [Option<&'static Rule>]) -> bool {
    let hard = |r: &'static Rule| {
        [
            &dom::NAV,
            &dom::HEADER,
            &dom::FOOTER,
            &dom::SIDEBAR,
            &dom::COOKIE,
        ]
        .iter()
        .any(|h| std::ptr::eq(*h, r))
    };
    let named = region.to_vec();
    let mut lifted = false;
    for i in 1..named.len() {
        let Some(r) = named[i] else { continue };
        let p = tree.nodes[i].parent as usize;
        if named[p].is_some_and(|q| std::ptr::eq(q, r)) {
            // Inside a region of the same name: as its outermost element goes.
            region[i] = region[p];
        } else if !hard(r) {
            region[i] = None;
            lifted = true;
        }
    }
    lifted
}

/// A JSON-LD `articleBody` shorter than this (letters and digits) is a summary, not the article.
const MIN_LD_BODY: usize = 400;
/// A JSON-LD product description shorter than this is a tagline.
const MIN_LD_PRODUCT_DESCRIPTION: usize = 150;
/// How much more a block quoted in `articleBody` weighs.
const LD_BODY_BOOST: f64 = 2.0;

/// A block is looked up in the JSON-LD body when its squeezed text has at least this many bytes.
const MIN_QUOTE: usize = 30;

/// Which texts occur in a page's JSON-LD body. A search of the whole body per block is quadratic
/// on a long article (worst when the blocks are not in it): a bit set of the hashes of the body's
/// `MIN_QUOTE`-byte windows rules most absent texts out at once, and a search for a present one
/// starts where the last one ended (the body usually quotes the blocks in page order).
struct Quotes<'a> {
    body: &'a [u8],
    grams: Vec<u64>,
    bits: u32,
    hint: usize,
    /// Bytes handed to the substring search so far (the work, for the tests).
    searched: usize,
}

impl<'a> Quotes<'a> {
    const BASE: u64 = 0x100_0000_01b3;

    fn new(body: &'a [u8]) -> Self {
        let bits = (body.len().max(8) * 8).next_power_of_two().trailing_zeros();
        let mut q = Quotes {
            body,
            grams: vec![0; (1usize << bits).div_ceil(64)],
            bits,
            hint: 0,
            searched: 0,
        };
        let slots: Vec<usize> = q.windows(body).collect();
        for i in slots {
            q.grams[i / 64] |= 1 << (i % 64);
        }
        q
    }

    /// The bit of each `MIN_QUOTE`-byte window of `s` (a rolling hash, then a multiplicative one).
    fn windows<'s>(&self, s: &'s [u8]) -> impl Iterator<Item = usize> + 's {
        let top = Self::BASE.wrapping_pow(MIN_QUOTE as u32 - 1);
        let shift = 64 - self.bits;
        let mut h = 0u64;
        s.iter().enumerate().filter_map(move |(i, &c)| {
            if i >= MIN_QUOTE {
                h = h.wrapping_sub(u64::from(s[i - MIN_QUOTE]).wrapping_mul(top));
            }
            h = h.wrapping_mul(Self::BASE).wrapping_add(u64::from(c));
            (i + 1 >= MIN_QUOTE).then(|| (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize)
        })
    }

    /// Where `t` (at least `MIN_QUOTE` bytes) occurs in the body: the first place at or after the
    /// end of the last one found, else the first before it.
    fn find(&mut self, t: &[u8]) -> Option<usize> {
        if t.len() < MIN_QUOTE || t.len() > self.body.len() {
            return memchr::memmem::find(self.body, t);
        }
        if self
            .windows(t)
            .any(|i| self.grams[i / 64] & (1 << (i % 64)) == 0)
        {
            return None;
        }
        // From the hint to the end, then the starts before the hint.
        let hint = self.hint.min(self.body.len());
        let found = memchr::memmem::find(&self.body[hint..], t)
            .map(|p| {
                self.searched += p + t.len();
                hint + p
            })
            .or_else(|| {
                self.searched += self.body.len() - hint;
                let end = (hint + t.len()).saturating_sub(1).min(self.body.len());
                self.searched += end;
                memchr::memmem::find(&self.body[..end], t)
            });
        if let Some(p) = found {
            self.hint = p + t.len();
        }
        found
    }
}

/// A block with more than this share of its characters in links is link-dense (`dom.link-dense`
/// inside the main region).
const LINK_DENSE_SHARE: f64 = 0.6;

/// Fewest linked timestamps in the main region that date a thread's posts (see `post_stamps` in
/// the main region's judging).
const MIN_POST_STAMPS: usize = 3;

/// A linked entry of an announced list has at most this many words: a name or a short title.
const MAX_ANNOUNCED_WORDS: usize = 12;

/// A kept block that announces a list: it ends with a colon, and is no heading of teasers
/// ("Related posts:", "You may also like:") or of offers. A word alone before a colon is a
/// field's label or a tag list's ("Size:", "Tags:").
fn is_lead_in(text: &str) -> bool {
    text.trim_end().ends_with(':')
        && crate::text::word_count(text) >= 2
        && !dom::is_offers_heading(text)
        && !LINKS_LEAD_IN_RE.is_match(text)
}

/// Lead-ins that announce links to other pages, not a list of the article's own: "Learn more
/// in our plumbing series:", "Other posts you'll love:", "Some links you may like:".
static LINKS_LEAD_IN_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:links?|learn\ more|read\ more|see\ also|further\ reading|follow\ us|share|series|other|more\ (?:from|in|on|about|like)|filed\ under|posted\ in|tagged|back\ to)\b",
    )
    .expect("links lead-in regex")
});

/// More than [`LINK_DENSE_SHARE`] of the block's characters are in links.
fn is_link_dense(b: &HBlock) -> bool {
    b.chars > 0 && b.link_chars as f64 / b.chars as f64 > LINK_DENSE_SHARE
}

/// A kept block that is one of the entries an announced list keeps: mostly links.
fn is_announced_entry(b: &HBlock, announced: bool) -> bool {
    announced && is_link_dense(b)
}

/// A sentence of the article that points at a link ("For the details, see the guide.") is prose,
/// however much of it the link takes: a few words of its own and a full stop.
fn is_linked_sentence(b: &HBlock) -> bool {
    b.chars - b.link_chars >= 12
        && crate::text::word_count(&b.block.plain) >= 5
        && crate::text::ends_sentence(&b.block.plain)
}

/// Decides the state of every block.
pub fn classify(tree: &Tree, blocks: &mut [HBlock], rs: &Ruleset, page: &PageMeta) {
    let n = tree.nodes.len();
    let product = page.product;
    if blocks.is_empty() {
        return;
    }
    let mut in_item = repeated_items(tree, blocks, false);
    let mut item_top = item_tops(tree, &in_item);
    // Prose score and other text per block.
    let mut prose = vec![0f64; blocks.len()];
    let mut other = vec![0f64; blocks.len()];
    for (k, b) in blocks.iter().enumerate() {
        let chars = b.chars as f64;
        let link = b.link_chars as f64;
        let ld = if chars > 0.0 { link / chars } else { 0.0 };
        let p = if in_item[b.owner as usize] {
            item_prose(b)
        } else if ld > 0.5 {
            0.0
        } else if product {
            // A product's name, price and specifications are short lines, not sentences: on a
            // product page, text that is not links counts as content.
            ((chars - link) * prose_weight(&b.block.text, b.chars)).max(chars * PRODUCT_TEXT_WEIGHT)
        } else {
            (chars - link) * prose_weight(&b.block.text, b.chars)
        };
        prose[k] = p;
        // A line of code has few function words, but it is no page chrome either: it weighs
        // neither way, so that a code sample beside the prose does not narrow the region.
        other[k] = if b.preformatted {
            0.0
        } else {
            (chars - p).max(0.0)
        };
    }
    // Blocks quoted in the page's JSON-LD `articleBody` are the article, whatever they look like;
    // so are those quoted in a product page's JSON-LD description.
    let ld_body = page
        .article_body
        .as_deref()
        .map(crate::text::alnum_lower)
        .filter(|b| b.len() >= MIN_LD_BODY);
    let product_body = page
        .product_description
        .as_deref()
        .filter(|_| ld_body.is_none())
        .map(crate::text::alnum_lower)
        .filter(|b| b.len() >= MIN_LD_PRODUCT_DESCRIPTION);
    let anchor = ld_body.as_deref().or(product_body.as_deref());
    // Where each block is quoted in the `articleBody`, for the article's edges at the end.
    let mut ld_quotes: Vec<Option<usize>> = Vec::new();
    if let Some(body) = anchor {
        let mut quoted = Quotes::new(body.as_bytes());
        if ld_body.is_some() {
            ld_quotes = vec![None; blocks.len()];
        }
        for (k, b) in blocks.iter().enumerate() {
            let t = crate::text::alnum_lower(&b.block.plain);
            let at = (t.len() >= MIN_QUOTE)
                .then(|| quoted.find(t.as_bytes()))
                .flatten();
            if let Some(at) = at {
                prose[k] = prose[k].max(b.chars as f64) * LD_BODY_BOOST;
                other[k] = 0.0;
                if let Some(slot) = ld_quotes.get_mut(k) {
                    *slot = Some(at + t.len());
                }
            }
        }
    }
    // Prose under each node, all regions included, for the wrapper check.
    let mut prose_all = vec![0f64; n];
    for (k, b) in blocks.iter().enumerate() {
        prose_all[b.owner as usize] += prose[k];
    }
    for i in (1..n).rev() {
        let p = tree.nodes[i].parent;
        if p != NONE {
            prose_all[p as usize] += prose_all[i];
        }
    }
    let total = prose_all[0].max(1.0);
    // Characters under each node.
    // Characters and link characters under each node.
    let mut node_chars = vec![0usize; n];
    let mut node_links = vec![0usize; n];
    for b in blocks.iter() {
        node_chars[b.owner as usize] += b.chars;
        node_links[b.owner as usize] += b.link_chars;
    }
    for i in (1..n).rev() {
        let p = tree.nodes[i].parent;
        if p != NONE {
            node_chars[p as usize] += node_chars[i];
            node_links[p as usize] += node_links[i];
        }
    }
    // Elements holding a landmark of the article: `main`, `article`, `role=main`, the `h1`.
    let mut landmark = vec![false; n];
    for i in (1..n).rev() {
        let id = i as u32;
        if matches!(tree.name(id), "main" | "article" | "h1")
            || tree
                .attr(id, "role")
                .is_some_and(|r| r.eq_ignore_ascii_case("main"))
        {
            landmark[i] = true;
        }
        let p = tree.nodes[i].parent;
        if p != NONE && landmark[i] {
            landmark[p as usize] = true;
        }
    }
    let page_landmark = landmark.first().copied().unwrap_or(false);
    // For the page's title block (below), on any page: the elements holding an `h1`, and those
    // inside the main landmark (`main`, `role=main`), an `article` or an `h1`.
    let mut under_h1 = vec![false; n];
    // And the first `h1` in document order (nodes are numbered in it), for the headers after it.
    let mut first_h1 = None;
    for i in (1..n).rev() {
        if tree.name(i as u32) == "h1" {
            under_h1[i] = true;
            first_h1 = Some(i);
        }
        let p = tree.nodes[i].parent;
        if p != NONE && under_h1[i] {
            under_h1[p as usize] = true;
        }
    }
    // The product's name, for the headers after it: its `h1`, or on a page without one (a
    // shop whose name is a styled `div`), the first block that starts the page's title
    // ("Dota 2" of "Dota 2 on Steam").
    let product_name = first_h1.or_else(|| {
        let title = page.metadata.title.as_ref()?.value.as_str();
        product
            .then(|| {
                blocks
                    .iter()
                    .find(|b| starts_title(title, b.block.plain.trim()))
                    .map(|b| b.owner as usize)
            })
            .flatten()
    });
    // Elements holding an `h1`: on a product page, the product's name.
    let holds_h1 = if product {
        under_h1.clone()
    } else {
        vec![false; n]
    };
    let page_h1 = holds_h1.first().copied().unwrap_or(false);
    let mut in_main_landmark = vec![false; n];
    let mut in_h1 = vec![false; n];
    // The nearest `article` element round each node (itself included; `NONE`: none).
    let mut article_of = vec![NONE; n];
    for i in 1..n {
        let p = tree.nodes[i].parent as usize;
        let id = i as u32;
        article_of[i] = if tree.name(id) == "article" {
            id
        } else {
            article_of[p]
        };
        in_h1[i] = in_h1[p] || tree.name(id) == "h1";
        in_main_landmark[i] = in_main_landmark[p]
            || tree.name(id) == "main"
            || tree
                .attr(id, "role")
                .is_some_and(|r| r.trim().eq_ignore_ascii_case("main"));
    }
    let in_article_element = |i: usize| article_of[i] != NONE;
    // `article` elements under each node (a listing's entries are often so marked).
    let mut articles = vec![0u32; n];
    // The prose of the longest `article` element under each node (or the node itself).
    let mut article_prose = vec![0f64; n];
    for i in (1..n).rev() {
        if tree.name(i as u32) == "article" {
            articles[i] += 1;
            article_prose[i] = prose_all[i];
        }
        let p = tree.nodes[i].parent;
        if p != NONE {
            articles[p as usize] += articles[i];
            article_prose[p as usize] = article_prose[p as usize].max(article_prose[i]);
        }
    }
    // The prose of all regions named as comments (outermost ones). When they hold most of the
    // page's prose, the page is a thread whose posts are so named (`comments`, `comment-body`)
    // one by one: they are its content, not comments under an article.
    // The vocabulary's rule for each element with a class or id (or a custom element's name),
    // looked up once (outside regions named as comments, where it is not needed again).
    let mut vocab: Vec<Option<&'static Rule>> = vec![None; n];
    let mut in_comments = vec![false; n];
    // The rule of each class and id pair: a page repeats its classes (menu items, cards, rows).
    let mut vocab_memo: HashMap<(&str, &str), Option<&'static Rule>, ShortKeyBuild> =
        HashMap::default();
    let mut page_vocab = dom::PageVocab::default();
    // Each node's class and id, read once for the passes below.
    let class_id: Vec<(&str, &str)> = (0..n).map(|i| class_and_id(tree, i as u32)).collect();
    let comments_prose = {
        let mut sum = 0f64;
        for i in 1..n {
            let p = tree.nodes[i].parent as usize;
            if in_comments[p] {
                in_comments[i] = true;
                continue;
            }
            let (class, idv) = class_id[i];
            if !(class.is_empty() && idv.is_empty()) {
                vocab[i] = *vocab_memo.entry((class, idv)).or_insert_with(|| {
                    page_vocab.vocab_rule(class, idv).or_else(|| {
                        product
                            .then(|| page_vocab.product_vocab_rule(class, idv))
                            .flatten()
                    })
                });
            }
            if vocab[i].is_none() {
                vocab[i] = custom_element_rule(&mut page_vocab, tree.name(i as u32));
            }
            if vocab[i].is_some_and(|r| std::ptr::eq(r, &dom::COMMENTS)) {
                in_comments[i] = true;
                sum += prose_all[i];
            }
        }
        sum
    };
    // An article's worth of prose outside them makes the comments an article's, however many:
    // a popular post can have ten times its length in comments. A page that declares itself a
    // discussion keeps its replies whatever precedes them.
    let article_outside = !page.discussion && total - comments_prose >= MIN_PROSE_OUTSIDE_COMMENTS;
    let thread = comments_prose > THREAD_SHARE * total && !article_outside;
    // Named boilerplate regions, inherited downwards.
    let mut region: Vec<Option<&'static Rule>> = vec![None; n];
    let mut in_article = vec![false; n];
    let mut in_panel = vec![false; n];
    // The outermost element of the page's title block each node is in (`NONE`: none).
    let mut title_root = vec![NONE; n];
    // Whether each class value of the page names a panel.
    let mut panel_memo: HashMap<&str, bool, ShortKeyBuild> = HashMap::default();
    // On a page that calls itself an article (as a CMS may call every page), the nodes in a
    // grid of promo cards that holds much of its prose: the cards are its content. Not beside
    // an `article` element: around an article, cards are teasers.
    let has_article = article_of.iter().any(|&a| a != NONE);
    let beside_an_article = |i: usize| has_article && !in_article_element(i);
    let in_card_grid = if page.article {
        let mut grid = card_grid_nodes(tree, &class_id, &prose_all, total);
        for (i, g) in grid.iter_mut().enumerate() {
            *g = *g && !beside_an_article(i);
        }
        grid
    } else {
        Vec::new()
    };
    for i in 1..n {
        let p = tree.nodes[i].parent as usize;
        in_article[i] = in_article[p];
        title_root[i] = title_root[p];
        in_panel[i] = in_panel[p]
            || Some(class_id[i].0)
                .filter(|c| !c.is_empty())
                .is_some_and(|c| {
                    *panel_memo
                        .entry(c)
                        .or_insert_with(|| super::blocks::panel_class(tree, i as u32))
                })
            || tree
                .attr(i as u32, "role")
                .is_some_and(|r| r.trim().eq_ignore_ascii_case("tabpanel"));
        if region[p].is_some() {
            region[i] = region[p];
            continue;
        }
        let id = i as u32;
        let name = tree.name(id);
        if matches!(name, "main" | "article") {
            in_article[i] = true;
        }
        if name.is_empty() || matches!(name, "html" | "body" | "main" | "article") {
            continue;
        }
        let (class, idv) = class_id[i];
        if matches!(name, "article" | "main") {
            in_article[i] = true;
        }
        // A `<header>` inside an article holds its headline and standfirst, not the site's masthead.
        // On a product page, an `<aside>` in a tab or accordion panel is a sheet of the
        // product's (its description, its details): the page's sidebar is not opened from a tab.
        // (A forum lays its posts' author panes in a tab panel: not on other pages.)
        let tag_rule = dom::tag_rule(name).filter(|_| {
            !(name == "header" && in_article[i] || product && name == "aside" && in_panel[i])
        });
        let own = tag_rule.or_else(|| {
            // A forum post's profile pane (phpBB's `<dl class="postprofile">`): its term is the
            // poster's name, kept; its details (rank, post count, join date, location) are not
            // the post.
            if name == "dd" && is_profile_list(tree, tree.nodes[i].parent) {
                return Some(&dom::META);
            }
            if in_comments[tree.nodes[i].parent as usize] {
                // (Not looked up in the comments above.)
                page_vocab
                    .vocab_rule(class, idv)
                    .or_else(|| custom_element_rule(&mut page_vocab, name))
            } else {
                vocab[i]
            }
        });
        if let Some(rule) = own {
            // A caption in an item of a gallery or a listing is the item's text, and so is the
            // header of a short item (a card's title bar; a forum post's header is its byline, a
            // page section's header can be the masthead).
            let item_part = std::ptr::eq(rule, &dom::CAPTION)
                || std::ptr::eq(rule, &dom::PROMO)
                    && (in_item[i] && !page.article || in_card_grid.get(i) == Some(&true))
                    && promo_card(class, idv)
                || std::ptr::eq(rule, &dom::HEADER)
                    && in_item[i]
                    && node_chars[i] <= MAX_ITEM_HEADER_CHARS
                    && node_chars[i] * 3 >= node_chars[item_top[i] as usize];
            // A region holding much of the prose is a page-wide wrapper so named
            // (`<body class="has-sidebar">`). Consent dialogs, fat footers, mega-menus and sidebars
            // are not: on a page with an article landmark elsewhere, they are boilerplate however
            // long (unless the name also says content, as `topicBodyAndFooter` does).
            let boxed = std::ptr::eq(rule, &dom::COOKIE)
                || std::ptr::eq(rule, &dom::FOOTER)
                || std::ptr::eq(rule, &dom::NAV)
                || std::ptr::eq(rule, &dom::SIDEBAR);
            // Reader comments are the content of a thread: a smaller share makes them a wrapper.
            let share = if std::ptr::eq(rule, &dom::COMMENTS) {
                COMMENTS_WRAPPER_SHARE
            } else {
                WRAPPER_SHARE
            };
            // The regions around a product (its reviews, other products) may hold more text than
            // its description: only the one holding the product's name is a wrapper.
            let product_region =
                std::ptr::eq(rule, &dom::REVIEWS) || std::ptr::eq(rule, &dom::RECOMMENDATIONS);
            // An `<aside>` that holds the page's `h1` and nearly all the prose of the main
            // landmark round it is the article set as a column of the main part, not a sidebar
            // beside it (Rhein-Neckar-Zeitung's `<main><aside><section><header><h1>`).
            let main_column = std::ptr::eq(rule, &dom::SIDEBAR)
                && tag_rule.is_some()
                && under_h1[i]
                && in_main_landmark[tree.nodes[i].parent as usize]
                && {
                    let mut m = tree.nodes[i].parent as usize;
                    while m > 0 && in_main_landmark[tree.nodes[m].parent as usize] {
                        m = tree.nodes[m].parent as usize;
                    }
                    prose_all[i] >= MAIN_COLUMN_SHARE * prose_all[m]
                };
            let wrapper = if main_column {
                true
            } else if product_region {
                holds_h1[i] || !page_h1 && prose_all[i] > share * total
            } else {
                let comments = std::ptr::eq(rule, &dom::COMMENTS);
                (prose_all[i] > share * total && !(comments && article_outside)
                    || thread && comments)
                    && (!boxed || landmark[i] || !page_landmark || dom::is_content_name(class, idv))
                    // A `<header>` element wraps the page's title, not its text, and a `<nav>`
                    // element wraps links: one holding much of the prose but not the `h1` is a
                    // mega-menu of blurbs (teaser `<article>`s make it hold a landmark).
                    && !(matches!(name, "header" | "nav") && tag_rule.is_some() && !under_h1[i])
            };
            // Navigation, mastheads and sidebars are links and labels: a region so named by a
            // class word (`content-nav-section`, `article-header`, `sidebar-wrap`) that
            // holds a good deal of text and few links is the article's.
            let prose_named = (std::ptr::eq(rule, &dom::NAV)
                || std::ptr::eq(rule, &dom::HEADER)
                || std::ptr::eq(rule, &dom::SIDEBAR))
                && tag_rule.is_none()
                && node_chars[i] >= MIN_PROSE_NAV_CHARS
                && (node_links[i] as f64) < MAX_PROSE_NAV_LINKS * node_chars[i] as f64;
            // A product page's description opened in a drawer or a modal
            // (`product-details-modal`) is the product's, not a pop-up's.
            let product_details = product
                && std::ptr::eq(rule, &dom::PROMO)
                && dom::is_product_content_name(class, idv);
            // A region named as navigation by a class word (`pagination`, `filtering-and-pagination`)
            // that holds a dozen `article` elements wraps a listing's entries: a menu holds no
            // articles, and a rail of related posts a few. So does a region named as a sidebar
            // (a theme's `content-sidebar-wrap` round a category's posts and the sidebar), and
            // one named as a promo that holds eight.
            let entries = ((std::ptr::eq(rule, &dom::NAV) || std::ptr::eq(rule, &dom::SIDEBAR))
                && articles[i] >= MIN_NAMED_NAV_ARTICLES
                || std::ptr::eq(rule, &dom::PROMO) && articles[i] >= MIN_NAMED_PROMO_ARTICLES)
                && tag_rule.is_none();
            // A header inside the page's main landmark holding its `h1` is the page's title block
            // (its heading, and on a category the blurb under it), not the site's masthead.
            if std::ptr::eq(rule, &dom::HEADER)
                && in_main_landmark[tree.nodes[i].parent as usize]
                && !in_article_element(i)
                && under_h1[i]
            {
                title_root[i] = id;
            }
            // On a product's page, a region named a header after the product's name
            // (`gameHeaderCtn` round its summary and release date) heads a part of the product,
            // not the site: the masthead comes before the name.
            let product_part_header = product
                && std::ptr::eq(rule, &dom::HEADER)
                && tag_rule.is_none()
                && product_name.is_some_and(|h| i > h)
                && !under_h1[i];
            // A heading classed as a header (`section-header`, `code-header`) is a section's
            // heading: a masthead is a region round the site's name and menus, not a heading.
            let heading_named_header = std::ptr::eq(rule, &dom::HEADER)
                && matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
            // A region named as related stories inside an `article` element (one round it, not
            // itself) that holds most of that article's prose is its body (`map-and-related`
            // round a page's text): a rail of teasers is links, not prose, and a small part of
            // the article it sits in.
            let outer_article = article_of[tree.nodes[i].parent as usize];
            let article_body = std::ptr::eq(rule, &dom::RELATED)
                && tag_rule.is_none()
                && outer_article != NONE
                && prose_all[i] > RELATED_ARTICLE_SHARE * prose_all[outer_article as usize];
            // A paragraph named as behind a paywall (`<p class="paywall">`, as Condé Nast's
            // sites mark every paragraph after the first) is the article's text, present in the
            // page: the gate itself is a box round a prompt (`<div class="paywall">`, a modal),
            // not a paragraph.
            let gated_text =
                std::ptr::eq(rule, &dom::PROMO) && name == "p" && dom::names_paywall(class, idv);
            // A region named as a promo (a modal, a pop-up) round an `article` element that holds
            // an article's worth of prose and most of the region's is the article opened over
            // the page (a news site's story in a lightbox over its front page): an ad or a
            // sign-up box holds no such article.
            let opened_article = std::ptr::eq(rule, &dom::PROMO)
                && tag_rule.is_none()
                && article_prose[i] >= MIN_OPENED_ARTICLE_PROSE
                && article_prose[i] > OPENED_ARTICLE_SHARE * prose_all[i];
            let named = !(wrapper
                || article_body
                || opened_article
                || gated_text
                || heading_named_header
                || prose_named
                || entries
                || product_details
                || product_part_header
                || item_part && in_item[i]);
            if named && rs.on(rule) {
                region[i] = Some(rule);
            }
        }
    }
    // The elements that name themselves the article, by tag or by class or id: looked up once for
    // the (up to four) searches of the main region.
    let mut content_memo: HashMap<(&str, &str), bool, ShortKeyBuild> = HashMap::default();
    let content_named: Vec<bool> = (0..n)
        .map(|i| {
            let id = i as u32;
            matches!(tree.name(id), "article" | "main") || {
                let (c, d) = class_id[i];
                (!c.is_empty() || !d.is_empty())
                    && *content_memo
                        .entry((c, d))
                        .or_insert_with(|| page_vocab.is_content_name(c, d))
            }
        })
        .collect();
    // The main region with the repeated structures' link text counted as content, and without.
    // A page whose plain prose holds most of that score is an article with teasers around it:
    // the prose-only region wins there.
    let best = |region: &[Option<&'static Rule>], prose: &[f64], other: &[f64]| {
        best_region(tree, blocks, region, prose, other, &content_named)
    };
    let (mut main_items, mut score_items) = best(&region, &prose, &other);
    // The same without the repeated structures' link text, but an item's own text still counts
    // (spec rows, posts).
    let plain_scores = |in_item: &[bool], prose: &[f64], other: &[f64]| -> (Vec<f64>, Vec<f64>) {
        blocks
            .iter()
            .enumerate()
            .map(|(k, b)| {
                if in_item[b.owner as usize] {
                    let p = plain_prose(b).max((b.chars - b.link_chars) as f64 * ITEM_WEIGHT);
                    (p, (b.chars as f64 - p).max(0.0))
                } else {
                    (prose[k], other[k])
                }
            })
            .unzip()
    };
    let (mut prose_only, mut other_only) = plain_scores(&in_item, &prose, &other);
    let (mut main_plain, mut score_plain) = best(&region, &prose_only, &other_only);
    if score_items <= 0.0 && score_plain <= 0.0 && lift_soft_regions(tree, &mut region) {
        // Nothing outside the named regions reads as text: a page whose content is all in regions
        // named by a class word (a shop's category grid named `related-product`, a page of `promo`
        // tiles, posts in a `comment-list`). Those names are the site's, not boilerplate's.
        (main_items, score_items) = best(&region, &prose, &other);
        (main_plain, score_plain) = best(&region, &prose_only, &other_only);
    }
    if score_items <= 0.0 && score_plain <= 0.0 {
        // Still nothing: a page of a few cards, each a linked heading (a shop's categories with
        // their counts), has them for its content. Elsewhere such cards are a menu or a rail
        // beside the text, so they are looked for only here.
        let cards = repeated_items(tree, blocks, true);
        if cards != in_item {
            for (k, b) in blocks.iter().enumerate() {
                if cards[b.owner as usize] && !in_item[b.owner as usize] {
                    prose[k] = prose[k].max(item_prose(b));
                    other[k] = other[k].min((b.chars as f64 - prose[k]).max(0.0));
                }
            }
            in_item = cards;
            item_top = item_tops(tree, &in_item);
            (prose_only, other_only) = plain_scores(&in_item, &prose, &other);
            (main_items, score_items) = best(&region, &prose, &other);
            (main_plain, score_plain) = best(&region, &prose_only, &other_only);
        }
    }
    let listing = score_plain < PROSE_DOMINANCE * score_items;
    if !listing {
        main_plain = without_teaser_rail(
            tree,
            blocks,
            &in_item,
            &item_top,
            (&prose_only, &other_only),
            (main_plain, score_plain),
            |p: &[f64], o: &[f64]| best(&region, p, o),
        );
    }
    // On an article, the `<main>` element inside the region, then the `<article>` inside that,
    // then the element named as the content inside that. (On a listing, the grid's cards around
    // a `<main>` are as often the content as not: only the last step is taken.)
    let main = if !listing {
        let scores = (prose_only.as_slice(), other_only.as_slice());
        let m = [
            ("main", MAIN_ELEMENT_SHARE),
            ("article", ARTICLE_ELEMENT_SHARE),
        ]
        .into_iter()
        .fold(main_plain, |region_top, marked| {
            marked_content_within(marked, tree, blocks, &region, scores, region_top)
        });
        // A thread's posts are each named as content, the first holding most of its text.
        if page.discussion || thread {
            m
        } else {
            content_named_within(tree, blocks, &region, scores, m, &content_named)
        }
    } else {
        // A listing's grid with its own chrome around it (a count of results, the filters'
        // labels) narrows to the element named as the content too: there the repeated items
        // are the content, a thread's posts included.
        let scores = (prose.as_slice(), other.as_slice());
        content_named_within(tree, blocks, &region, scores, main_items, &content_named)
    };
    // A listing whose main region is the whole page has not been told apart from the menus and
    // teaser rails around it: its link cards are not vouched for.
    let listing_region = listing && !matches!(tree.name(main), "" | "html" | "body");
    let item_root = |o: usize| item_top[o] as usize;
    // On a listing whose main region is the whole page, the container of the items holding the
    // most text is the listing's grid when it holds half the page's open text: its cards are
    // vouched for.
    let main_grid = if listing && !listing_region {
        let mut grid_chars: std::collections::HashMap<u32, usize> = Default::default();
        for b in blocks
            .iter()
            .filter(|b| in_item[b.owner as usize] && region[b.owner as usize].is_none())
        {
            *grid_chars
                .entry(tree.nodes[item_root(b.owner as usize)].parent)
                .or_default() += b.chars;
        }
        let open: usize = blocks
            .iter()
            .filter(|b| region[b.owner as usize].is_none())
            .map(|b| b.chars)
            .sum();
        grid_chars
            .into_iter()
            .max_by_key(|&(p, c)| (c, std::cmp::Reverse(p)))
            .filter(|&(_, c)| c as f64 >= MIN_GRID_SHARE * open as f64)
            .map_or(NONE, |(p, _)| p)
    } else {
        NONE
    };
    // A listing's heading and the intro under it belong with its entries: the main region (or
    // the grid, where the main region is the whole page) widens to the nearest element that also
    // holds the page's open h1, unless that is the whole page.
    let entries = if listing_region { main } else { main_grid };
    let main = if listing && entries != NONE {
        with_listing_heading(tree, &region, entries).unwrap_or(main)
    } else {
        main
    };
    let mut in_main = vec![false; n];
    in_main[main as usize] = true;
    for i in (main as usize + 1)..n {
        let p = tree.nodes[i].parent;
        if p != NONE && in_main[p as usize] {
            in_main[i] = true;
        }
    }
    // Title blocks holding a sentence besides their heading (a category's blurb): a thread's
    // header of counts, a product's item number, are no blurb.
    let mut title_prose = vec![false; n];
    for b in blocks.iter() {
        let Some(&root) = title_root.get(b.owner as usize).filter(|&&r| r != NONE) else {
            continue;
        };
        if !in_h1[b.owner as usize]
            && crate::text::word_count(&b.block.plain) >= MIN_BLURB_WORDS
            && crate::text::ends_sentence(&b.block.plain)
        {
            title_prose[root as usize] = true;
        }
    }
    // Item roots whose first block has been seen.
    let mut entries_seen: std::collections::HashSet<usize> = Default::default();
    // The last kept block announced a list ("Top picks:", "Meditation can help improve:"): the
    // short linked entries after it are the list it announces, not a menu.
    let mut announced = false;
    // On the page of one product, a listing's repeated structure is other products and the
    // shop's directories (carousels, "More brands"): its link cards are judged block by block,
    // and the shop's labels in its items are chrome.
    let cards_are_content = !product || page.product_group;
    // Linked timestamps in the main region, several of them: each post's date and time, which
    // links to the post, is part of the thread (one alone is an article's date, for the metadata
    // rules).
    let post_stamps = blocks
        .iter()
        .filter(|b| {
            in_main[b.owner as usize]
                && is_link_dense(b)
                && crate::rules::meta::is_timestamp(&b.block.plain)
        })
        .take(MIN_POST_STAMPS)
        .count()
        >= MIN_POST_STAMPS;
    for b in blocks.iter_mut() {
        let o = b.owner as usize;
        // On a listing whose grid is told apart, an entry's first block (or a heading in it) is
        // its title: a linked title is the entry's name, however short, not an action link.
        let entry_title = listing && in_item[o] && b.chars > 0 && {
            let root = item_root(o);
            (listing_region || tree.nodes[root].parent == main_grid)
                && crate::text::word_count(&b.block.plain) >= MIN_ENTRY_TITLE_WORDS
                && (entries_seen.insert(root) || heading_level(tree.name(b.owner)).is_some())
        };
        // On a listing (the repeated structure's links chose the main region), an item that is
        // mostly links is a card whose whole face is a link: its name, price and options are the
        // listing's text, however short.
        let link_card = cards_are_content && in_item[o] && {
            let root = item_root(o);
            (listing_region || listing && tree.nodes[root].parent == main_grid)
                && node_links[root] as f64 >= MIN_CARD_LINKS * node_chars[root] as f64
        };
        b.listing_item = listing && in_item[o];
        // The page's title block with a blurb stays with a main region in its landmark or around
        // it: it is left out of the search for the main region, where its blurb would outweigh a
        // grid of cards.
        let title = title_root
            .get(o)
            .is_some_and(|&r| r != NONE && title_prose[r as usize])
            && (in_main_landmark[main as usize] || in_main[o]);
        let rule: Option<&'static Rule> = if let Some(r) = region[o].filter(|_| !title) {
            Some(r)
        } else if !in_main[o] && !title {
            Some(&dom::OUTSIDE_MAIN)
        } else if !link_card
            && !entry_title
            && (!in_item[o] || b.chars < MIN_ITEM_LINK_CHARS)
            && is_link_dense(b)
            && !is_linked_sentence(b)
            && !(announced && crate::text::word_count(&b.block.plain) <= MAX_ANNOUNCED_WORDS)
            && !(post_stamps && crate::rules::meta::is_timestamp(&b.block.plain))
        {
            Some(&dom::LINK_DENSE)
        } else {
            None
        };
        if b.chars > 0 {
            match rule {
                None if !is_announced_entry(b, announced) => announced = is_lead_in(&b.block.plain),
                None => {}
                Some(_) => announced = false,
            }
        }
        if let Some(rule) = rule.filter(|r| rs.on(r)) {
            b.remove_by(rule);
        }
    }
    let teasers = SectionKind {
        protect: &[],
        spare: &[],
        heads: dom::is_teaser_heading,
        rule: &dom::TEASER_SECTION,
        max_share: MAX_SECTION_SHARE,
        min_links: MIN_SECTION_LINKS,
        marked: false,
        cards: true,
    };
    if product {
        let own = own_regions(tree);
        // A product page's reviews are prose and its offers are cards with text of their own:
        // such a section goes whatever its share of links.
        for kind in [
            SectionKind {
                protect: &holds_h1,
                spare: &own,
                heads: dom::is_reviews_heading,
                rule: &dom::REVIEWS,
                max_share: MAX_PRODUCT_SECTION_SHARE,
                min_links: 0.0,
                marked: true,
                cards: false,
            },
            SectionKind {
                protect: &holds_h1,
                spare: &[],
                heads: dom::is_offers_heading,
                rule: &dom::RECOMMENDATIONS,
                max_share: MAX_PRODUCT_SECTION_SHARE,
                min_links: 0.0,
                marked: true,
                cards: false,
            },
        ] {
            if rs.on(kind.rule) {
                remove_headed_sections(tree, blocks, main, &kind);
            }
        }
    }
    // A shop's questions and answers on its product page are about shipping, returns and use,
    // not the product's description. (An article's or a service page's FAQ is its content.)
    if page.sold && rs.on(&dom::SHOP_FAQ) {
        let faq = SectionKind {
            protect: &holds_h1,
            spare: &[],
            heads: dom::is_faq_heading,
            rule: &dom::SHOP_FAQ,
            max_share: MAX_PRODUCT_SECTION_SHARE,
            min_links: 0.0,
            marked: false,
            cards: false,
        };
        remove_headed_sections(tree, blocks, main, &faq);
    }
    if rs.on(&dom::TEASER_SECTION) {
        remove_headed_sections(tree, blocks, main, &teasers);
    }
    if rs.on(&dom::NAV) {
        let contents = SectionKind {
            heads: dom::is_contents_heading,
            rule: &dom::NAV,
            cards: false,
            ..teasers
        };
        remove_headed_sections(tree, blocks, main, &contents);
    }
    let cta = rs.on(&dom::CALL_TO_ACTION);
    let disclosure = rs.on(&dom::DISCLOSURE);
    let thread_notice = rs.on(&dom::THREAD_NOTICE);
    let meta = rs.on(&dom::META);
    let nav = rs.on(&dom::NAV);
    // A line of code is verbatim: "200" in a listing of responses is no page number.
    for b in blocks
        .iter_mut()
        .filter(|b| b.block.is_kept() && !b.preformatted)
    {
        // A label said twice is judged by its half (`crate::text::undoubled`).
        let label = crate::text::undoubled(&b.block.plain);
        let rule: &'static Rule = if cta
            && (dom::is_call_to_action(label)
                || (!in_item[b.owner as usize] || !cards_are_content)
                    && (dom::is_shop_label(label)
                        || page.sold
                            && dom::is_price_tag(label)
                            && !super::meta::inside(tree, b.owner, &["li"])))
        {
            &dom::CALL_TO_ACTION
        } else if disclosure && dom::is_disclosure(&b.block.plain) {
            &dom::DISCLOSURE
        } else if thread_notice && dom::is_thread_notice(&b.block.plain) {
            &dom::THREAD_NOTICE
        } else if nav && dom::is_listing_control(&b.block.plain) {
            &dom::NAV
        } else if meta
            // A teaser's reading time stays with its title on a listing.
            && !in_item[b.owner as usize]
            && dom::is_reading_time(&b.block.plain)
        {
            &dom::META
        } else {
            continue;
        };
        b.remove_by(rule);
    }
    if page.sold && rs.on(&dom::RAW_FIELDS) {
        remove_raw_fields(tree, blocks);
    }
    if page.article && !page.discussion && rs.on(&dom::OTHER_ARTICLE) {
        if let Some(own) = first_h1
            .and_then(|h| own_article(tree, h as u32))
            .filter(|&a| prose_all[a as usize] >= OWN_ARTICLE_SHARE * total)
        {
            remove_other_articles(tree, blocks, own);
        }
    }
    if let Some(body) = ld_body
        .filter(|_| !page.discussion && (rs.on(&dom::AFTER_ARTICLE) || rs.on(&dom::NOT_IN_ARTICLE)))
    {
        remove_outside_article_body(blocks, &body, &ld_quotes, rs);
    }
}

/// The `article` element holding the page's headline holds at least this share of its prose to
/// be the page's article.
const OWN_ARTICLE_SHARE: f64 = 0.3;

/// The innermost `article` element round the headline `h`.
/// A definition list holding at least this many terms that are machine keys, and at least as
/// many as other terms, is a template's raw fields.
const MIN_RAW_FIELD_TERMS: usize = 4;
/// A value's block lies at most this many elements below its `dd`.
const MAX_FIELD_DEPTH: usize = 6;

/// On the page of a product a shop sells, a definition list whose terms are mostly machine keys
/// ([`dom::is_machine_key`]) is the theme's custom fields printed raw (image addresses, colours,
/// stock limits, the text of tabs shown elsewhere on the page), not the product's specification,
/// whose terms are a reader's words: its terms and values go as [`dom::RAW_FIELDS`].
fn remove_raw_fields(tree: &Tree, blocks: &mut [HBlock]) {
    // The list a block is a term or a value of, the value's own lists and paragraphs included.
    let list_of = |b: &HBlock| {
        let mut at = b.owner;
        for _ in 0..MAX_FIELD_DEPTH {
            if at == NONE {
                break;
            }
            let tag = tree.name(at);
            if tag == "dt" || tag == "dd" {
                let list = tree.parent(at);
                return (list != NONE && tree.name(list) == "dl").then_some(list);
            }
            at = tree.parent(at);
        }
        None
    };
    // Per list: its terms, and those that are machine keys.
    let mut terms: crate::text::KeyMap<u32, (usize, usize)> = Default::default();
    for b in blocks.iter().filter(|b| b.block.is_kept()) {
        if tree.name(b.owner) != "dt" {
            continue;
        }
        if let Some(list) = list_of(b) {
            let t = terms.entry(list).or_default();
            t.0 += 1;
            t.1 += usize::from(dom::is_machine_key(&b.block.plain));
        }
    }
    terms.retain(|_, &mut (all, keys)| keys >= MIN_RAW_FIELD_TERMS && 2 * keys >= all);
    if terms.is_empty() {
        return;
    }
    for b in blocks.iter_mut().filter(|b| b.block.is_kept()) {
        if list_of(b).is_some_and(|l| terms.contains_key(&l)) {
            b.remove_by(&dom::RAW_FIELDS);
        }
    }
}

fn own_article(tree: &Tree, h: u32) -> Option<u32> {
    // A parent comes before its children: the walk ends at the root.
    let mut a = tree.nodes[h as usize].parent;
    while a != NONE {
        if tree.name(a) == "article" {
            return Some(a);
        }
        a = tree.nodes[a as usize].parent;
    }
    None
}

/// On an article's page, the kept blocks inside `article` elements other than the page's own
/// (`own`, the one round its headline) and apart from it: the teasers of other stories (their
/// headlines and standfirsts), however much prose those have. Elements inside the page's article
/// (its comments, its embedded posts) and round it stay.
fn remove_other_articles(tree: &Tree, blocks: &mut [HBlock], own: u32) {
    let n = tree.nodes.len();
    let mut round_own = vec![false; n];
    let mut a = own;
    while a != NONE {
        round_own[a as usize] = true;
        a = tree.nodes[a as usize].parent;
    }
    let in_own = subtree(tree, own);
    // Nodes are numbered in document order, parents first.
    let mut in_other = vec![false; n];
    for i in 1..n {
        let p = tree.nodes[i].parent as usize;
        in_other[i] =
            in_other[p] || !in_own[i] && !round_own[i] && tree.name(i as u32) == "article";
    }
    for b in blocks.iter_mut() {
        if b.block.is_kept() && in_other[b.owner as usize] {
            b.remove_by(&dom::OTHER_ARTICLE);
        }
    }
}

/// A quote of the JSON-LD `articleBody` that ends in this last share of it closes the article.
const LD_BODY_END_SHARE: f64 = 0.97;
/// A kept block past the article's end with this many words is prose the `articleBody` left out:
/// the `articleBody` is then a part of the text (its first section), not all of it.
const MIN_PROSE_PAST_LD_BODY: usize = 40;

/// A kept line inside the article with at most this many words that the `articleBody` does not
/// hold is no part of its text.
const MAX_LINE_NOT_IN_LD_BODY: usize = 12;
/// The article's span needs at least this many blocks quoted in the `articleBody`.
const MIN_QUOTED_IN_LD_BODY: usize = 3;

/// Whether the `articleBody` (squeezed) holds the line: all of it, or each of its words of four
/// letters or more (its text may differ in a sign: `5.5×2.1mm` for `5.5x2.1mm`). A line without
/// such words is held.
fn words_in_body(line: &str, body: &[u8]) -> bool {
    let t = crate::text::alnum_lower(line);
    if t.is_empty() || memchr::memmem::find(body, t.as_bytes()).is_some() {
        return true;
    }
    let (mut words, mut held) = (0, 0);
    for w in line.split(|c: char| !crate::text::is_alphanumeric(c)) {
        if w.chars().count() < 4 {
            continue;
        }
        words += 1;
        if memchr::memmem::find(body, crate::text::alnum_lower(w).as_bytes()).is_some() {
            held += 1;
        }
    }
    held == words
}

/// What the page's JSON-LD `articleBody` (the whole text of the article, squeezed: `body`)
/// shows is not the article's; `quote_ends[k]`: where block `k`'s quote in it ends, if it is
/// quoted. Not on a discussion, whose `articleBody` is its first post.
///
/// After its end (`dom.after-article`): the kept blocks after the last one that quotes the end
/// of the `articleBody`: teaser headlines, "End of Article", an author's card; unless a long
/// paragraph follows (the `articleBody` is then a summary or the first section of the text).
///
/// Inside it (`dom.not-in-article`): between the first and the last block quoted, a short line
/// whose words the `articleBody` does not hold anywhere: a product box's name and its pros, a
/// photo credit, a form's prompt. Headings and code stay (an `articleBody` often drops them).
fn remove_outside_article_body(
    blocks: &mut [HBlock],
    body: &str,
    quote_ends: &[Option<usize>],
    rs: &Ruleset,
) {
    let closing = (body.len() as f64 * LD_BODY_END_SHARE) as usize;
    let quoted = |k: usize| quote_ends.get(k).is_some_and(Option::is_some);
    let end = quote_ends
        .iter()
        .rposition(|e| e.is_some_and(|e| e >= closing));
    let first = quote_ends.iter().position(Option::is_some);
    let last = quote_ends.iter().rposition(Option::is_some);
    if let (Some(first), Some(last)) = (first, last) {
        if rs.on(&dom::NOT_IN_ARTICLE)
            && quote_ends.iter().flatten().count() >= MIN_QUOTED_IN_LD_BODY
        {
            for (k, b) in blocks.iter_mut().enumerate().take(last).skip(first + 1) {
                if quoted(k)
                    || !b.block.is_kept()
                    || b.preformatted
                    || b.block.dom.as_ref().is_some_and(|d| d.heading.is_some())
                    || crate::text::word_count(&b.block.plain) > MAX_LINE_NOT_IN_LD_BODY
                {
                    continue;
                }
                if words_in_body(&b.block.plain, body.as_bytes()) {
                    continue;
                }
                b.remove_by(&dom::NOT_IN_ARTICLE);
            }
        }
    }
    let Some(end) = end.filter(|_| rs.on(&dom::AFTER_ARTICLE)) else {
        return;
    };
    let past = |k: usize, b: &HBlock| k > end && b.block.is_kept() && !quoted(k);
    if blocks.iter().enumerate().any(|(k, b)| {
        past(k, b) && crate::text::word_count(&b.block.plain) >= MIN_PROSE_PAST_LD_BODY
    }) {
        return;
    }
    for (k, b) in blocks.iter_mut().enumerate() {
        if past(k, b) {
            b.remove_by(&dom::AFTER_ARTICLE);
        }
    }
}

impl HBlock {
    /// Marks the block removed by `rule`, with no detail.
    fn remove_by(&mut self, rule: &'static Rule) {
        self.block.state = State::Removed {
            rule,
            detail: None,
            duplicate_of: None,
        };
    }
}

/// The elements inside a region that a class or id word names as a product page's seller's own
/// ([`dom::PRODUCT_OWN_WORDS`]: `editorialReviews`), or as the product's description
/// (`tab-description`): the testimonials a shop quotes in its own description are part of it.
fn own_regions(tree: &Tree) -> Vec<bool> {
    let is_own_word = |w: &str| dom::PRODUCT_OWN_WORDS.contains(&w) || w == "description";
    let n = tree.nodes.len();
    let mut own = vec![false; n];
    let mut buf = String::new();
    for i in 1..n {
        let p = tree.nodes[i].parent;
        own[i] = p != NONE && own[p as usize] || {
            let (class, id) = class_and_id(tree, i as u32);
            [class, id]
                .iter()
                .any(|v| dom::for_each_word(v, &mut buf, is_own_word))
        };
    }
    own
}

/// A teaser section may hold at most this share of the main region's kept text.
const MAX_SECTION_SHARE: f64 = 0.4;
/// The same for the reviews and offers of a product page, which often outweigh its description.
const MAX_PRODUCT_SECTION_SHARE: f64 = 0.8;

/// Sections introduced by a kind of heading, removed with a rule.
struct SectionKind<'a> {
    /// Elements no section may take (on a product page, those holding the product's name).
    protect: &'a [bool],
    /// Elements whose headings head no section (a product page's editorial reviews are the
    /// seller's, though headed "Review").
    spare: &'a [bool],
    heads: fn(&str) -> bool,
    rule: &'static Rule,
    /// The largest share of the main region's kept text a section may hold.
    max_share: f64,
    /// The smallest share of link text a section needs (its heading aside).
    min_links: f64,
    /// The heading must be marked as one (a heading element, `role=heading`, a `title` or
    /// `heading` class): the words alone are also a label in a table or a tab.
    marked: bool,
    /// Cards headed by links ([`MIN_TEASER_CARDS`]) make a section of this kind whatever their
    /// share of links (teasers; a guide's contents lists its own steps that way).
    cards: bool,
}

/// True when an element is marked as a heading.
fn is_marked_heading(tree: &Tree, i: u32) -> bool {
    let mut cur = i;
    // The text may sit in a span or a link inside the heading.
    for _ in 0..3 {
        if cur == NONE || cur == 0 {
            return false;
        }
        if heading_level(tree.name(cur)).is_some()
            || tree
                .attr(cur, "role")
                .is_some_and(|r| r.eq_ignore_ascii_case("heading"))
            || {
                let (c, d) = class_and_id(tree, cur);
                let mut buf = String::new();
                let heading_word =
                    |w: &str| matches!(w, "title" | "heading" | "headline" | "header");
                dom::for_each_word(c, &mut buf, heading_word)
                    || dom::for_each_word(d, &mut buf, heading_word)
            }
        {
            return true;
        }
        cur = tree.nodes[cur as usize].parent;
    }
    false
}
/// Cards under a teaser heading, each headed by a link to another page, make its section
/// teasers however long their excerpts ("Latest News" over three posts, each a linked title, a
/// date and a paragraph of the post).
const MIN_TEASER_CARDS: usize = 2;

/// ... and such a section may hold this share of the main region's kept text.
const MAX_CARD_SECTION_SHARE: f64 = 0.6;

/// Whether a block is a heading whose text is mostly a link: a card's title (kept or not: the
/// titles may have gone as link-dense blocks already, while their excerpts stay).
fn is_linked_heading(tree: &Tree, b: &HBlock) -> bool {
    b.chars > 0 && b.link_chars * 2 > b.chars && heading_level(tree.name(b.owner)).is_some()
}

/// A main region whose text outside teaser sections is more than this share link text is a
/// listing or a section front: its sections are the content and are kept.
const LISTING_SHARE: f64 = 0.5;
/// A teaser section is at least this share link text (its heading aside).
const MIN_SECTION_LINKS: f64 = 0.3;
/// Headings have at most this many words.
const MAX_HEADING_WORDS: usize = 10;

pub(crate) fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

/// A kept heading that introduces other pages' teasers ("Related posts", "Similar items") or a
/// table of contents takes its section with it: the largest element it heads (it is that element's first kept text), or,
/// when it stands alone in the flow of the article, the siblings after it up to the next heading.
fn remove_headed_sections(tree: &Tree, blocks: &mut [HBlock], main: u32, kind: &SectionKind<'_>) {
    let protected = |i: u32| kind.protect.get(i as usize).copied().unwrap_or(false);
    let spared = |i: u32| kind.spare.get(i as usize).copied().unwrap_or(false);
    let (heads, rule) = (kind.heads, kind.rule);
    let n = tree.nodes.len();
    // Subtree of node i is i..end[i] (the arena is in document order).
    let mut end: Vec<u32> = (1..=n as u32).collect();
    let mut kept_chars = vec![0usize; n];
    let mut all_chars = vec![0usize; n];
    for b in blocks.iter() {
        all_chars[b.owner as usize] += b.chars;
        if b.block.is_kept() {
            kept_chars[b.owner as usize] += b.chars;
        }
    }
    // Kept characters and link characters of the blocks owned by nodes `0..i`, so that a range of
    // nodes sums in constant time (a scan of the blocks per heading is quadratic on a page of
    // many such headings).
    let mut kept_before = vec![(0usize, 0usize); n + 1];
    for b in blocks.iter().filter(|b| b.block.is_kept()) {
        let o = b.owner as usize + 1;
        kept_before[o].0 += b.chars;
        kept_before[o].1 += b.link_chars;
    }
    // The same for the linked headings ([`is_linked_heading`]).
    let mut linked_before = vec![0usize; n + 1];
    for b in blocks.iter().filter(|b| is_linked_heading(tree, b)) {
        linked_before[b.owner as usize + 1] += 1;
    }
    for i in 1..=n {
        kept_before[i].0 += kept_before[i - 1].0;
        kept_before[i].1 += kept_before[i - 1].1;
        linked_before[i] += linked_before[i - 1];
    }
    let linked_headings = |from: usize, to: usize| linked_before[to] - linked_before[from];
    for i in (1..n).rev() {
        let p = tree.nodes[i].parent;
        if p != NONE {
            end[p as usize] = end[p as usize].max(end[i]);
            kept_chars[p as usize] += kept_chars[i];
            all_chars[p as usize] += all_chars[i];
        }
    }
    let limit = (kind.max_share * kept_chars[main as usize] as f64) as usize;
    let card_limit = (MAX_CARD_SECTION_SHARE * kept_chars[main as usize] as f64) as usize;
    let inside = |node: u32, anc: u32| node >= anc && node < end[anc as usize];
    let mut prev_kept: Option<usize> = None;
    let mut sections: Vec<(usize, u32, u32)> = Vec::new();
    for (k, b) in blocks.iter().enumerate() {
        if !b.block.is_kept() {
            continue;
        }
        let prev = prev_kept.replace(k);
        if crate::text::word_count(&b.block.plain) > MAX_HEADING_WORDS
            || b.link_chars * 2 > b.chars
            || !heads(&b.block.plain)
            || kind.marked && !is_marked_heading(tree, b.owner)
            || spared(b.owner)
        {
            continue;
        }
        // Climb while the heading stays the first kept text of a small enough element.
        let mut cur = b.owner;
        loop {
            let p = tree.nodes[cur as usize].parent;
            if p == NONE
                || p == main
                || !inside(p, main)
                || kept_chars[p as usize] > limit
                || protected(p)
            {
                break;
            }
            if prev.is_some_and(|j| inside(blocks[j].owner, p)) {
                break;
            }
            cur = p;
        }
        let alone = kept_chars[cur as usize] <= b.chars;
        let mut last = end[cur as usize];
        if alone {
            // The heading in the article's flow: the siblings after it, to the next heading.
            let level = heading_level(tree.name(b.owner)).unwrap_or(6);
            let parent = tree.nodes[cur as usize].parent;
            let mut total = b.chars;
            let mut s = end[cur as usize];
            while parent != NONE && s < end[parent as usize] {
                if tree.nodes[s as usize].parent == parent {
                    let heads = (s..end[s as usize])
                        .any(|x| heading_level(tree.name(x)).is_some_and(|l| l <= level));
                    total += kept_chars[s as usize];
                    // Cards headed by links are teasers whatever their excerpts weigh, up to a
                    // larger share.
                    let over = total > limit
                        && (!kind.cards
                            || total > card_limit
                            || linked_headings(s as usize, end[s as usize] as usize)
                                < MIN_TEASER_CARDS);
                    if heads || over || protected(s) {
                        break;
                    }
                    last = end[s as usize];
                    s = end[s as usize];
                } else {
                    s += 1;
                }
            }
        }
        // Teasers are links: a section of prose under such a heading ("Related", "See also" in
        // documentation) is the article's own.
        let (from, to) = (cur as usize, (last as usize).max(cur as usize));
        let chars = kept_before[to].0 - kept_before[from].0;
        let links = kept_before[to].1 - kept_before[from].1;
        if alone
            && (links as f64) < kind.min_links * (chars - b.chars) as f64
            && (!kind.cards || linked_headings(end[cur as usize] as usize, to) < MIN_TEASER_CARDS)
        {
            // What the heading introduced (its list of links) is gone already: the heading
            // alone goes too.
            let parent = tree.nodes[cur as usize].parent;
            let mut s = end[cur as usize];
            while parent != NONE && s < end[parent as usize] && all_chars[s as usize] == 0 {
                s = end[s as usize];
            }
            if parent != NONE && s < end[parent as usize] && kept_chars[s as usize] == 0 {
                sections.push((k, cur, end[cur as usize]));
            }
            continue;
        }
        sections.push((k, cur, last));
    }
    // A page made of teasers (a listing, a section front) keeps its sections: what is left of the
    // main region outside them is mostly link text too.
    // The first section (in the order they were found) over each node, by a sweep over the
    // nodes with the sections open at each one; a scan of the sections per block is quadratic.
    let mut first_section: Vec<Option<usize>> = vec![None; n];
    {
        let mut starts: Vec<(u32, usize)> = sections
            .iter()
            .enumerate()
            .filter(|(_, &(_, f, t))| f < t)
            .map(|(j, &(_, f, _))| (f, j))
            .collect();
        starts.sort_unstable();
        let mut open: std::collections::BinaryHeap<std::cmp::Reverse<(usize, u32)>> =
            Default::default();
        let mut next = 0;
        for (o, first) in first_section.iter_mut().enumerate() {
            while next < starts.len() && starts[next].0 as usize <= o {
                let j = starts[next].1;
                open.push(std::cmp::Reverse((j, sections[j].2)));
                next += 1;
            }
            while open
                .peek()
                .is_some_and(|&std::cmp::Reverse((_, t))| t as usize <= o)
            {
                open.pop();
            }
            *first = open.peek().map(|&std::cmp::Reverse((j, _))| j);
        }
    }
    let (mut rest, mut rest_links) = (0usize, 0usize);
    for b in blocks.iter() {
        if b.block.is_kept() && first_section[b.owner as usize].is_none() {
            rest += b.chars;
            rest_links += b.link_chars;
        }
    }
    if rest_links as f64 > LISTING_SHARE * rest as f64 {
        return;
    }
    let details: Vec<Option<String>> = sections
        .iter()
        .map(|&(k, _, _)| Some(format!("heading \"{}\"", blocks[k].block.plain)))
        .collect();
    for b in blocks.iter_mut() {
        if let Some(j) = first_section[b.owner as usize].filter(|_| b.block.is_kept()) {
            b.block.state = State::Removed {
                rule,
                detail: details[j].clone(),
                duplicate_of: None,
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A seeded xorshift generator: `next(n)` is below `n`.
    fn xorshift(mut x: u64) -> impl FnMut(u64) -> u64 {
        move |n| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        }
    }

    /// The byte-by-byte count of an ASCII block's words and stopwords is the character-by-character
    /// one: on sentences, on runs of every ASCII whitespace (the vertical tab and form feed
    /// included) and punctuation, and on random ASCII text.
    #[test]
    fn ascii_word_counts_are_the_char_counts() {
        let mut texts: Vec<String> = [
            "",
            " ",
            "The cat sat on the mat.",
            "  (and) \"of\" the-- THE\x0bis\x0cit\ra\n\tno...",
            "--- ... !!! ???",
            "an: A, to; (by) [of] {in}",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        texts.push("the ".repeat(300));
        let mut next = xorshift(0x5eed);
        let alphabet = b"aAthe ofisn \t\n\x0b\x0c\r.,;:-()\"'0123456789!?/_";
        for _ in 0..500 {
            let len = next(80) as usize;
            texts.push(
                (0..len)
                    .map(|_| alphabet[next(alphabet.len() as u64) as usize] as char)
                    .collect(),
            );
        }
        for t in &texts {
            assert_eq!(
                words_and_stopwords_ascii(t),
                words_and_stopwords(t),
                "{t:?}"
            );
        }
    }

    /// Four teaser cards (a linked title and an excerpt each), as a page's own section.
    fn teaser_cards() -> String {
        [
            ("How to choose a standing desk", "Height range, frame stability and motor noise matter more than the finish of the desktop, and the warranty tells you how long the maker expects it to last."),
            ("Cable management for small rooms", "A tray under the desk and a few cable sleeves keep the floor clear, so the vacuum cleaner passes and the cords stop tangling behind the drawers."),
            ("Lighting a home office in winter", "Daylight lamps placed beside the screen rather than behind it cut the glare, and a warm lamp for the evening helps you stop working on time."),
            ("A recap of our workshop year", "We planted more trees than we cut, moved into a bigger workshop and learned that oak shelves sell out faster than walnut ones every single December."),
        ]
        .iter()
        .map(|(t, e)| {
            format!("<div class=\"slide\"><div class=\"card\"><h3 class=\"card-title\"><a href=\"/blog/{}\">{t}</a></h3><div class=\"card-excerpt\">{e}</div></div></div>", t.len())
        })
        .collect()
    }

    /// Five paragraphs of an article about setting up a desk.
    fn desk_article() -> String {
        [
            "Set the top of the monitor at or slightly below eye level, so that you look at the middle of the screen with your chin level and your neck relaxed.",
            "Keep the screen an arm's length away; if you have to lean forward to read, make the text larger instead of moving the monitor closer to your face.",
            "Your elbows should rest at about ninety degrees with the keyboard at the height of your forearms, and your wrists should stay straight while you type.",
            "A laptop alone forces a choice between a good screen height and a good keyboard height, which is why a stand and a separate keyboard are worth buying.",
            "Finally, take a short break every half hour: stand up, look at something far away for a minute and roll your shoulders before you sit back down.",
        ]
        .iter()
        .map(|p| format!("<p>{p}</p>"))
        .collect()
    }

    /// The clean body of an HTML page, with the default options.
    fn clean_page(page: &str) -> String {
        crate::Cleaner::default()
            .clean(crate::Input::html(page.as_bytes()))
            .expect("cleans")
            .body
    }

    #[test]
    fn a_grid_of_cta_cards_is_the_content_of_a_page_called_an_article() {
        // A site builder's call-to-action widget, a picture with a title and a few lines,
        // repeated for each trail; the CMS calls every page an article (`og:type`).
        let card = |k: usize| {
            format!(
                "<div class=\"elementor-element elementor-element-{k}a elementor-widget elementor-widget-call-to-action\"><div class=\"elementor-cta\"><div class=\"elementor-cta__content\"><h2 class=\"elementor-cta__title\">Trail number {k}</h2><div class=\"elementor-cta__description\">Difficulty: Beginner<br>Length: {k} miles<br>Trail steward: Dana Ruiz</div></div></div></div>"
            )
        };
        let cards: String = (1..=6).map(card).collect();
        let page = |article: &str| {
            format!(
                "<html><head><meta property=\"og:type\" content=\"article\"></head><body><header><a href=/>Home</a> <a href=/join>Join</a></header><main><h1>Trails</h1><p>The association builds and maintains the local off-road trails.</p>{article}<div class=\"e-con-inner\">{cards}</div></main><footer><p>Copyright 2026 Example Trails</p></footer></body></html>"
            )
        };
        let body = clean_page(&page(""));
        assert!(body.contains("Trail number 4"), "{body}");
        assert!(body.contains("Length: 4 miles"), "{body}");
        // Under a long article, the same cards are promotions beside it.
        let article = "<p>The trail reopened this week after the spring floods, and the volunteers who rebuilt the bridges over the creek spent four weekends carrying lumber in by hand, because the machines could not reach the lower valley.</p>".repeat(8);
        let body = clean_page(&page(&article));
        assert!(body.contains("volunteers who rebuilt"), "{body}");
        assert!(!body.contains("Trail number 4"), "{body}");
    }

    #[test]
    fn a_rail_of_teasers_after_the_article_is_left_out() {
        // The article and the carousel of the blog's other posts share a wrapper: counted as
        // prose, the posts' excerpts pulled the main region out to it.
        let page = format!(
            "<html><body><header><a href=/>Home</a> <a href=/shop>Shop</a></header><main><section class=\"post\"><h1>Ergonomic desk setup</h1><div class=\"rte\">{}</div></section><section class=\"blog-carousel\"><h2>Blog.</h2><div class=\"slides\">{}</div></section></main><footer><p>Copyright 2026 Example Workshop</p></footer></body></html>",
            desk_article(),
            teaser_cards()
        );
        let body = clean_page(&page);
        assert!(body.contains("ninety degrees"), "{}", body);
        assert!(body.contains("roll your shoulders"), "{}", body);
        assert!(!body.contains("motor noise"), "{}", body);
        assert!(!body.contains("Cable management"), "{}", body);
    }

    #[test]
    fn cards_of_linked_titles_under_a_teaser_heading_go_however_long_their_excerpts() {
        // A site builder's "Latest News" heading in a widget of its own, then a posts widget:
        // each post a linked title, a date and a long excerpt, in the article's column. The
        // excerpts outweigh the links, and the cards a third of the column.
        let excerpt = |topic: &str| {
            format!("When the agency denies your claim about {topic}, it can feel like a dead end, and many applicants wonder whether they can appeal the decision or start again with a new application, which takes months and costs them the benefits they were owed while they waited for an answer.")
        };
        let cards: String = ["disability", "retirement", "survivors"]
            .iter()
            .map(|t| format!("<article class=\"elementor-post\"><div class=\"elementor-post__text\"><h3 class=\"elementor-post__title\"><a href=\"/blog/{t}\">Can you appeal a {t} decision?</a></h3><div class=\"elementor-post__meta-data\"><span>March 29, 2025</span></div><div class=\"elementor-post__excerpt\"><p>{}</p></div></div></article>", excerpt(t)))
            .collect();
        let headed = |heading: &str, cards: &str| {
            format!(
                "<html><body><header><a href=/>Home</a> <a href=/contact>Contact</a></header><main><h1>Injured at the gym: who pays?</h1>{}<div class=\"elementor-widget-heading\"><div><h2>{heading}</h2></div></div><div class=\"elementor-widget-posts\"><div><div class=\"elementor-posts\">{cards}</div></div></div></main><footer><p>Copyright 2026 Example Law</p></footer></body></html>",
                desk_article()
            )
        };
        let page = |cards: &str| headed("Latest News", cards);
        let body = clean_page(&page(&cards));
        assert!(body.contains("ninety degrees"), "{body}");
        assert!(!body.contains("appeal a survivors decision"), "{body}");
        assert!(!body.contains("many applicants wonder"), "{body}");
        // Under the same heading, sections of prose with headings that link nowhere are the
        // article's own: they stay.
        let own: String = ["disability", "retirement", "survivors"]
            .iter()
            .map(|t| {
                format!(
                    "<div><h3>Appeals of {t} decisions</h3><p>{}</p></div>",
                    excerpt(t)
                )
            })
            .collect();
        let body = clean_page(&page(&own));
        assert!(body.contains("Appeals of survivors decisions"), "{body}");
        assert!(body.contains("many applicants wonder"), "{body}");
        // Under a guide's contents heading, such cards are its own steps: they stay.
        let body = clean_page(&headed("In this guide", &cards));
        assert!(body.contains("many applicants wonder"), "{body}");
    }

    #[test]
    fn cards_ahead_of_the_text_or_making_the_page_are_kept() {
        // A page of such cards and nothing else is a listing: its cards are its content.
        let only = format!(
            "<html><body><header><a href=/>Home</a></header><main><h1>Journal</h1><div class=\"slides\">{}</div></main></body></html>",
            teaser_cards()
        );
        // Cards ahead of a page's prose are its own offer, not a rail trailing an article.
        let ahead = format!(
            "<html><body><header><a href=/>Home</a></header><main><div class=\"slides\">{}</div><section class=\"about\"><h2>About the workshop</h2>{}</section></main></body></html>",
            teaser_cards(),
            desk_article()
        );
        for page in [only, ahead] {
            let body = clean_page(&page);
            assert!(body.contains("motor noise"), "{}", body);
            assert!(body.contains("oak shelves sell out"), "{}", body);
        }
    }

    /// A category page: the site's masthead, then in the main landmark a title block named as a
    /// header (the h1 and the blurb under it) and a grid of product cards.
    fn category_page(landmark: &str) -> String {
        let cards: String = (1..=12)
            .map(|k| format!("<li class=\"card\"><a href=\"/p/{k}\">Trail runner GPS watch model {k}</a><span class=\"price\">${k}9.00</span></li>"))
            .collect();
        format!(
            "<html><body><div class=\"site-header\"><h1 class=\"logo\"><a href=\"/\">Runner Shop</a></h1><a href=\"/sale\">Sale</a></div>{landmark}<div class=\"browse-header\"><h1>GPS Watches</h1><div class=\"browse-header-copy\"><p>These fitness watches answer your distance and pace questions: they use several satellite systems to give you the distance, time and pace of your run, on the road or on a trail.</p></div></div><ul class=\"grid\">{cards}</ul></div></body></html>"
        )
    }

    #[test]
    fn a_title_block_named_as_a_header_in_the_main_landmark_is_kept() {
        for landmark in ["<div role=\"main\">", "<main><div>"] {
            let mut page = category_page(landmark);
            if landmark.starts_with("<main") {
                page = page.replace("</ul></div>", "</ul></div></main>");
            }
            let body = clean_page(&page);
            assert!(body.contains("several satellite systems"), "{}", body);
            assert!(body.contains("model 7"), "{}", body);
            // The site's masthead outside the landmark, with its logo in an h1, still goes.
            assert!(!body.contains("Runner Shop"), "{}", body);
        }
    }

    #[test]
    fn a_header_outside_the_main_landmark_or_without_the_h1_still_goes() {
        // No landmark: the header-named block is not told apart from a masthead.
        let page = category_page("<div>");
        let body = clean_page(&page);
        assert!(!body.contains("several satellite systems"), "{body}");
        // A header in the landmark without the page's h1 (a promotion strip) goes too.
        let page = category_page("<div role=\"main\">")
            .replace("<h1>GPS Watches</h1>", "<p>Spring sale</p>");
        let body = clean_page(&page);
        assert!(!body.contains("several satellite systems"), "{body}");
        assert!(body.contains("model 7"), "{}", body);
        // A title block without a sentence under its heading (a thread's counts, a product's
        // item number) is no blurb: it goes as before.
        let page = category_page("<div role=\"main\">").replace(
            "<p>These fitness watches answer your distance and pace questions: they use several satellite systems to give you the distance, time and pace of your run, on the road or on a trail.</p>",
            "<p>23 Posts 3 Posters 928 Views</p>",
        );
        let body = clean_page(&page);
        assert!(!body.contains("928 Views"), "{}", body);
        assert!(body.contains("model 7"), "{}", body);
    }

    #[test]
    fn promo_cards_are_named_promo_and_nothing_else_of_an_ad() {
        use super::promo_card;
        for (class, id) in [
            ("PagePromo", ""),
            ("promo cmp-promo__services rounded-corners-1", ""),
            ("PagePromo-content", "promo-3"),
            ("elementor-cta__content elementor-content-item", ""),
            ("elementor-widget elementor-widget-call-to-action", ""),
            ("cmp-cta__container", ""),
            ("elementor-cta elementor-widget-call-to-action", ""),
        ] {
            assert!(promo_card(class, id), "{class}");
        }
        for (class, id) in [
            ("promo newsletter-signup", ""),
            ("promo-modal", ""),
            ("card", ""),
            ("ad-slot", "promo"),
            ("promo", "newsletter"),
            ("cta newsletter-signup", ""),
            ("elementor-cta", "popup-offer"),
        ] {
            assert!(!promo_card(class, id), "{class} {id}");
        }
    }

    #[test]
    fn quotes_answer_as_a_plain_search_does() {
        // Small alphabets make windows collide and texts half-match: every path is taken.
        let mut next = xorshift(0x2545_F491_4F6C_DD1D);
        for alphabet in [2u64, 3, 26] {
            let body: Vec<u8> = (0..5000).map(|_| b'a' + next(alphabet) as u8).collect();
            let mut quotes = Quotes::new(&body);
            for _ in 0..400 {
                let len = 30 + next(60) as usize;
                let text: Vec<u8> = if next(2) == 0 {
                    let at = next((body.len() - len) as u64) as usize;
                    body[at..at + len].to_vec()
                } else {
                    (0..len).map(|_| b'a' + next(alphabet) as u8).collect()
                };
                let expected = memchr::memmem::find(&body, &text).is_some();
                assert_eq!(quotes.find(&text).is_some(), expected, "{alphabet}");
            }
        }
        let mut short = Quotes::new(b"abc");
        assert!(short.find(&[b'a'; 40]).is_none());
    }

    #[test]
    fn quotes_search_little_of_the_body() {
        // A plain search per text reads the whole body for each absent one, and up to each
        // present one from the start: quadratic on a long article.
        let mut next = xorshift(0x9E37_79B9_7F4A_7C15);
        let body: Vec<u8> = (0..200_000).map(|_| b'a' + next(26) as u8).collect();
        let mut quotes = Quotes::new(&body);
        for k in 0..2000 {
            let absent: Vec<u8> = (0..40).map(|_| b'a' + next(26) as u8).collect();
            assert!(quotes.find(&absent).is_none());
            let present = &body[k * 100..k * 100 + 40];
            assert!(quotes.find(present).is_some());
        }
        // Absent texts are ruled out by their windows (a false positive costs one body read);
        // present ones in order cost about one read of the body in all. Was 400 MB.
        assert!(quotes.searched < 4 * body.len(), "{}", quotes.searched);
    }
}
