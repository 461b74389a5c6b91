//! Metadata from the markup: `<meta>` tags, `<link rel=canonical>`, `<html lang>`, `<title>`, the
//! first `<h1>`, `<time datetime>`, `rel=author` links and JSON-LD. Each field carries the span of
//! its value in the original page bytes.

use super::blocks::decode_entity;
use super::tree::{Kind, Tree};
use crate::decode::Decoded;
use crate::model::{ByteSpan, MetaField, Metadata};
use crate::rules::{htmlmeta, Rule, Ruleset};
use serde_json::Value;
use std::collections::HashMap;

/// A value found in the page, with its range in the decoded text.
#[derive(Debug, Clone)]
struct Found {
    value: String,
    range: std::ops::Range<usize>,
}

#[derive(Default)]
struct Candidates {
    /// The `citation_author` metas of a scholarly page, in order (at most
    /// [`MAX_CITATION_AUTHORS`]).
    citation_authors: Vec<Found>,
    discussion: bool,
    og_article: bool,
    og_title: Option<Found>,
    ld_headline: Option<Found>,
    /// The page's first few `<h1>`s.
    h1s: Vec<Found>,
    /// For each of [`Candidates::h1s`]: the `<h1>` is the site's logo, a link to its home page
    /// (see [`is_logo_h1`]).
    h1_logos: Vec<bool>,
    title: Option<Found>,
    ld_date: Option<Found>,
    meta_date: Option<Found>,
    time: Option<Found>,
    ld_author: Option<Found>,
    meta_author: Option<Found>,
    rel_author: Option<Found>,
    /// The names in the elements named as a byline (`class="author-name"`, `itemprop="author"`),
    /// the first of each and at most three.
    byline_authors: Vec<Found>,
    /// The first link to a person's page whose text is the person's name
    /// (`<a href="/author/jane-doe">Jane Doe</a>`), outside the site's menus.
    link_author: Option<Found>,
    /// The name in the page's first byline text ("By Jane Doe • March 3"), in an element of its
    /// own.
    text_byline: Option<Found>,
    site: Option<Found>,
    ld_site: Option<Found>,
    og_description: Option<Found>,
    meta_description: Option<Found>,
    ld_description: Option<Found>,
    canonical: Option<Found>,
    og_url: Option<Found>,
    lang: Option<Found>,
    /// JSON-LD objects and microdata items of a product type, and whether `og:type` says product.
    products: usize,
    og_product: bool,
    /// `og:type` says a group of products (a shop's category page).
    og_product_group: bool,
    /// Buttons and forms that put an item in the cart.
    cart_controls: usize,
    /// Prices of the page's product in its markup: a JSON-LD product's `offers`, microdata
    /// `offers` or `price`, `product:price:amount`.
    offers: usize,
    /// The first JSON-LD product's `description`.
    product_description: Option<String>,
    /// Which of the `twitter:labelN` metas says "Written by" (its `twitter:dataN` is the
    /// author's name, as Yoast writes them).
    written_by_label: Option<char>,
}

/// Decodes character references in an attribute value or text and collapses whitespace.
pub fn decode_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        if rest.starts_with('&') {
            if let Some((t, len)) = decode_entity(rest) {
                out.push_str(&t);
                i += len;
                continue;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    crate::text::collapse(&out)
}

fn found(tree: &Tree, range: std::ops::Range<usize>) -> Option<Found> {
    let value = decode_text(&tree.src[range.clone()]);
    (!value.is_empty()).then_some(Found { value, range })
}

/// Whether a page's stated address (`<link rel=canonical>`, `og:url`) is one: a template may
/// fill it with the page's title ("What are the different types of wine?"), and an address has no
/// space in it.
fn is_address(f: &Found) -> bool {
    let v = f.value.trim();
    !v.is_empty() && !v.contains(char::is_whitespace)
}

fn set(slot: &mut Option<Found>, f: Option<Found>) {
    if slot.is_none() {
        *slot = f;
    }
}

/// `text` without the date it ends with, and the date's label, when what is left before it
/// holds no digit: the name of "Andrew Gerrand 4 August 2010", "Jane Doe · Last updated Mar 3,
/// 2025".
fn without_trailing_date(text: &str) -> Option<&str> {
    let at = text.find(|c: char| c.is_ascii_digit())?;
    // The date may open with its month's name.
    let before = text[..at].trim_end();
    let word_start = before.rfind(' ').map_or(0, |k| k + 1);
    let start = if crate::dates::month_of(&before[word_start..]).is_some() {
        word_start
    } else {
        at
    };
    crate::dates::normalize_date(&text[start..], None)?;
    let mut name = &text[..start];
    loop {
        name = name.trim_end_matches(|c: char| c.is_whitespace() || "·•|,-–—:".contains(c));
        let last = name.rsplit(' ').next().unwrap_or(name);
        let label = matches!(
            last.to_ascii_lowercase().trim_end_matches('.'),
            "on" | "at"
                | "updated"
                | "last"
                | "published"
                | "posted"
                | "modified"
                | "mon"
                | "tue"
                | "wed"
                | "thu"
                | "fri"
                | "sat"
                | "sun"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
        );
        if !label {
            break;
        }
        name = &name[..name.len() - last.len()];
    }
    (name.chars().filter(|c| c.is_alphabetic()).count() > 1).then_some(name)
}

/// The name a microdata `itemprop="author"` item gives in its own `itemprop="name"` (a `<meta>`'s
/// content or an element's text), if it has one.
fn microdata_name(tree: &Tree, i: u32) -> Option<Found> {
    if !tree
        .attr(i, "itemprop")
        .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "author"))
    {
        return None;
    }
    let depth = tree.nodes[i as usize].depth;
    for (k, node) in tree.nodes.iter().enumerate().skip(i as usize + 1).take(200) {
        if node.depth <= depth || tree.jump_at(k) {
            break;
        }
        let k = k as u32;
        if !matches!(node.kind, Kind::Element { .. })
            || !tree
                .attr(k, "itemprop")
                .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "name"))
        {
            continue;
        }
        return if tree.name(k) == "meta" {
            tree.attr_range(k, "content").and_then(|r| found(tree, r))
        } else {
            element_text(tree, k)
        };
    }
    None
}

/// Text of an element's descendants (for `<h1>`, `<title>`, `rel=author` links), up to the next
/// sibling subtree; with the range from its first to its last text byte. What a heading holds
/// beside its words is left out ([`is_beside_the_words`]).
fn element_text(tree: &Tree, i: u32) -> Option<Found> {
    text_beside(tree, i, false)
}

/// Is the `<h1>` at `i`, of text `text`, the site's logo: inside a link to the home page
/// (`<a href="/"><h1>Antoyo's Blog</h1></a>`), or all of its text one such link
/// (`<h1><a href="https://archlinux.org/">Arch Linux</a></h1>`)?
fn is_logo_h1(tree: &Tree, i: u32, text: &str) -> bool {
    let links_home = |k: u32| tree.name(k) == "a" && tree.attr(k, "href").is_some_and(is_home_href);
    if inside_one(tree, i, links_home) {
        return true;
    }
    let depth = tree.nodes[i as usize].depth;
    (i as usize + 1..tree.nodes.len())
        .take_while(|&k| tree.nodes[k].depth > depth)
        .map(|k| k as u32)
        .find(|&k| tree.name(k) == "a")
        .is_some_and(|a| links_home(a) && element_text(tree, a).is_some_and(|t| t.value == text))
}

/// A link to a site's home page: its root (`/`, `https://example.com/`) or the root's index page.
fn is_home_href(href: &str) -> bool {
    let href = href.trim();
    let path = match href.split_once("//") {
        // An absolute address, or one relative to the scheme: the path after the host.
        Some((scheme, rest)) if scheme.is_empty() || scheme.ends_with(':') => {
            rest.find('/').map_or("/", |at| &rest[at..])
        }
        Some(_) => return false,
        None => href,
    };
    matches!(
        path,
        "/" | "./" | "/index.html" | "/index.htm" | "/index.php" | "index.html"
    )
}

/// [`element_text`] of a headline: without the date a blog sets in its post's `<h1>`
/// (`<time>`), which is metadata of its own. (A byline's date stays: it ends the name.)
fn headline_text(tree: &Tree, i: u32) -> Option<Found> {
    text_beside(tree, i, true)
}

/// [`element_text`], and without its `<time>` elements when `without_dates`.
fn text_beside(tree: &Tree, i: u32, without_dates: bool) -> Option<Found> {
    let depth = tree.nodes[i as usize].depth;
    let mut text = String::new();
    let (mut start, mut end) = (usize::MAX, 0);
    // The depth of the element whose subtree is being skipped.
    let mut skipping: Option<u32> = None;
    for (k, node) in tree.nodes.iter().enumerate().skip(i as usize + 1) {
        // A streamed segment put in its place is not part of the range.
        if node.depth <= depth || tree.jump_at(k) {
            break;
        }
        match skipping {
            Some(d) if node.depth > d => continue,
            _ => skipping = None,
        }
        if let Kind::Element { name, .. } = &node.kind {
            if is_beside_the_words(name) || (without_dates && name == "time") {
                skipping = Some(node.depth);
            }
            continue;
        }
        if let Kind::Text(r) | Kind::RawText(r) = &node.kind {
            text.push_str(&tree.src[r.clone()]);
            text.push(' ');
            start = start.min(r.start);
            end = end.max(r.end);
        }
        if text.len() > 2000 {
            break;
        }
    }
    let value = decode_text(&text);
    (!value.is_empty()).then_some(Found {
        value,
        range: start..end,
    })
}

/// Elements inside a heading or a link that are not its words: a button beside them ("Copy item
/// path" in a docs page's `<h1>`), an icon's SVG with its own `<title>` ("Artboard"), a script.
fn is_beside_the_words(name: &str) -> bool {
    matches!(
        name,
        "button"
            | "input"
            | "select"
            | "option"
            | "optgroup"
            | "textarea"
            | "datalist"
            | "svg"
            | "math"
            | "script"
            | "style"
            | "template"
            | "noscript"
    )
}

/// Looks for a JSON string's text in the raw script so the field can point at it.
fn locate_in(tree: &Tree, script: &std::ops::Range<usize>, value: &str) -> std::ops::Range<usize> {
    let raw = &tree.src[script.clone()];
    let needle = serde_json::to_string(value).unwrap_or_default();
    let needle = needle.trim_matches('"');
    match (!needle.is_empty()).then(|| raw.find(needle)).flatten() {
        Some(k) => script.start + k..script.start + k + needle.len(),
        None => script.clone(),
    }
}

/// [`str_of`], or the name of the object a reference (`{"@id": …}`, or a list of them) points
/// at.
fn str_or_ref<'v>(v: &'v Value, names: &HashMap<&'v str, &'v str>) -> Option<&'v str> {
    str_of(v).or_else(|| {
        let o = match v {
            Value::Array(a) => a.first()?.as_object()?,
            _ => v.as_object()?,
        };
        names.get(o.get("@id")?.as_str()?).copied()
    })
}

/// The names of a JSON-LD `author` that lists several (an array of names, people or
/// references), each once, in order; empty for one author or none.
fn author_names<'v>(v: Option<&'v Value>, names: &HashMap<&'v str, &'v str>) -> Vec<&'v str> {
    let Some(Value::Array(list)) = v else {
        return Vec::new();
    };
    let mut out: Vec<&str> = Vec::new();
    for item in list {
        if let Some(name) = str_or_ref(item, names)
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// Names joined as a byline writes them: "A and B", "A, B and C".
fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn str_of(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => Some(s),
        Value::Object(o) => o.get("name").and_then(str_of),
        Value::Array(a) => a.first().and_then(str_of),
        _ => None,
    }
}

/// A few cart controls make a product page; a catalogue has one on every card.
const MAX_PAGE_CART_CONTROLS: usize = 8;

/// A button or form that puts an item in the cart (`add-to-cart-button`, `AddToBag`,
/// `action="/cart/add"`).
fn is_cart_control(tree: &Tree, id: u32) -> bool {
    let named = ["id", "name", "class"].iter().any(|a| {
        tree.attr(id, a).is_some_and(|v| {
            let mut words = Vec::new();
            crate::rules::dom::words_of(v, &mut words);
            words.windows(3).any(|w| {
                w[0] == "add"
                    && w[1] == "to"
                    && matches!(w[2].as_str(), "cart" | "bag" | "basket" | "trolley")
            }) || words
                .iter()
                .any(|w| matches!(w.as_str(), "addtocart" | "addtobag" | "addtobasket"))
        })
    });
    named
        || tree.name(id) == "form"
            && tree.attr(id, "action").is_some_and(|a| {
                let a = a.to_ascii_lowercase();
                a.contains("/cart/add") || a.contains("addtocart") || a.contains("add-to-cart")
            })
}

/// Schema.org types of a thing for sale.
fn is_product_type(s: &str) -> bool {
    matches!(
        s,
        "Product" | "ProductGroup" | "ProductModel" | "IndividualProduct" | "SomeProducts"
    )
}

fn has_product_type(v: &Value) -> bool {
    has_type(v, is_product_type)
}

/// Schema.org types of a page of questions and answers or of forum posts.
fn is_discussion_type(t: &str) -> bool {
    matches!(t, "QAPage" | "DiscussionForumPosting")
}

/// The last segment of a forum thread's address in vBulletin (`showthread.php`) and phpBB
/// (`viewtopic.php`).
const THREAD_FILES: &[&str] = &["showthread.php", "viewtopic.php"];
/// Segments followed by a thread's name or number: XenForo's `/threads/`, Reddit's
/// `/comments/`.
const THREAD_DIRS: &[&str] = &["threads", "thread", "comments"];
/// Segments followed by a thread's number: Invision's and NodeBB's `/topic/123-slug`, Vanilla's
/// `/discussion/123/`, Flarum's `/d/123-slug` (a subject index's `/topic/cloud` has none).
const NUMBERED_THREAD_DIRS: &[&str] = &["topic", "discussion", "d"];
/// Segments followed by a product's name or number: Shopify's `/products/`, WooCommerce's
/// `/product/`, Amazon's `/dp/`, eBay's `/itm/`, a product detail page's `/pdp/`.
const PRODUCT_DIRS: &[&str] = &["product", "products", "dp", "itm", "pdp"];

/// True when a page's address is a forum thread's by the paths forum software gives them
/// ([`THREAD_FILES`], [`THREAD_DIRS`], [`NUMBERED_THREAD_DIRS`], Discourse's `/t/slug/123`). The
/// address names the thread where its markup does not (a thread built as an article with
/// comments).
fn is_thread_url(url: &str) -> bool {
    let segments = path_segments(url);
    let numeric = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    segments
        .last()
        .is_some_and(|l| THREAD_FILES.contains(&l.as_str()))
        || segments.windows(2).any(|w| {
            let dir = w[0].as_str();
            THREAD_DIRS.contains(&dir)
                || (NUMBERED_THREAD_DIRS.contains(&dir)
                    && w[1].bytes().next().is_some_and(|b| b.is_ascii_digit()))
                || (dir == "t" && segments.last().is_some_and(|l| numeric(l)))
        })
}

/// True when a page's address is a product's by the paths shop software gives them
/// ([`PRODUCT_DIRS`], each followed by the product's name or number). The address names the
/// product where the markup does not.
fn is_product_url(url: &str) -> bool {
    path_segments(url)
        .windows(2)
        .any(|w| PRODUCT_DIRS.contains(&w[0].as_str()))
}

/// The path of an address, without its scheme and host, query and fragment
/// (`https://a.com/x/y?q#f`: `/x/y`); an address without a scheme is read as a path.
fn url_path(url: &str) -> &str {
    let path = url.split_once("://").map_or(url, |(_, rest)| {
        rest.find('/').and_then(|p| rest.get(p..)).unwrap_or("")
    });
    path.split(['?', '#']).next().unwrap_or("")
}

/// The segments of an address's path ([`url_path`]), lower-case (`https://a.com/X/y`: `x`, `y`).
fn path_segments(url: &str) -> Vec<String> {
    url_path(url)
        .split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Whether a JSON-LD object's `@type` (one or several) passes `check`.
fn has_type(v: &Value, check: fn(&str) -> bool) -> bool {
    match v.get("@type") {
        Some(Value::String(s)) => check(s),
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).any(check),
        _ => false,
    }
}

fn is_article_type(v: &Value) -> bool {
    let check = |s: &str| {
        s.ends_with("Article")
            || matches!(
                s,
                "BlogPosting"
                    | "Report"
                    | "WebPage"
                    | "Recipe"
                    | "DiscussionForumPosting"
                    | "Product"
            )
    };
    has_type(v, check)
}

/// Reads a JSON-LD script: the objects of article types, searched without recursion.
fn json_ld(
    tree: &Tree,
    script: std::ops::Range<usize>,
    c: &mut Candidates,
    body: &mut Option<String>,
) {
    // serde_json stops at 128 levels of nesting, so hostile input is an error, not a stack overflow.
    let Ok(root) = serde_json::from_str::<Value>(tree.src[script.clone()].trim()) else {
        return;
    };
    // Names of the objects that others refer to by `@id` (Yoast's `"author": {"@id": "…#person"}`
    // points at a Person elsewhere in the `@graph`).
    let mut names: HashMap<&str, &str> = HashMap::new();
    let mut stack: Vec<&Value> = vec![&root];
    let mut seen = 0;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > 10_000 {
            break;
        }
        match v {
            Value::Array(a) => stack.extend(a.iter()),
            Value::Object(o) => {
                if let (Some(Value::String(id)), Some(Value::String(name))) =
                    (o.get("@id"), o.get("name"))
                {
                    names.entry(id.as_str()).or_insert(name.as_str());
                }
                stack.extend(o.values().filter(|x| x.is_object() || x.is_array()));
            }
            _ => {}
        }
    }
    let str_of = |v| str_or_ref(v, &names);
    let mut stack: Vec<&Value> = vec![&root];
    let mut seen = 0;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > 10_000 {
            break;
        }
        match v {
            Value::Array(a) => stack.extend(a.iter().rev()),
            Value::Object(o) => {
                if has_product_type(v) {
                    c.products += 1;
                    if o.get("offers").is_some_and(|x| !x.is_null()) {
                        c.offers += 1;
                    }
                    if c.product_description.is_none() {
                        if let Some(Value::String(s)) = o.get("description") {
                            c.product_description = Some(s.clone());
                        }
                    }
                }
                c.discussion |= has_type(v, is_discussion_type);
                if is_article_type(v) {
                    let take = |key: &str, slot: &mut Option<Found>| {
                        if let Some(s) = o.get(key).and_then(str_of) {
                            // Sites write entities in JSON-LD strings too (`Maria &amp; Katerina`).
                            let value = crate::text::collapse(&decode_text(s));
                            if !value.is_empty() && slot.is_none() {
                                *slot = Some(Found {
                                    range: locate_in(tree, &script, s),
                                    value,
                                });
                            }
                        }
                    };
                    take("headline", &mut c.ld_headline);
                    take("datePublished", &mut c.ld_date);
                    // Several authors: their names joined, the span from the first to the last
                    // (a list too long for a byline gives its first name, as one author does).
                    let authors = author_names(o.get("author"), &names);
                    if authors.len() >= 2 && c.ld_author.is_none() {
                        let decoded: Vec<String> = authors
                            .iter()
                            .map(|a| crate::text::collapse(&decode_text(a)))
                            .collect();
                        let value = join_names(&decoded);
                        if plausible_author(&value).is_some() {
                            let first = locate_in(tree, &script, authors[0]);
                            let last = locate_in(tree, &script, authors[authors.len() - 1]);
                            c.ld_author = Some(Found {
                                range: first.start.min(last.start)..first.end.max(last.end),
                                value,
                            });
                        }
                    }
                    take("author", &mut c.ld_author);
                    take("publisher", &mut c.ld_site);
                    take("description", &mut c.ld_description);
                    if body.is_none() {
                        if let Some(Value::String(s)) = o.get("articleBody") {
                            *body = Some(s.clone());
                        }
                    }
                }
                if let Some(g) = o.get("@graph") {
                    stack.push(g);
                }
                if let Some(m) = o.get("mainEntity") {
                    stack.push(m);
                }
            }
            _ => {}
        }
    }
}

/// A byline element's text names the author in at most this many words (after "By").
const MAX_BYLINE_WORDS: usize = 6;

/// An element the markup names as the byline: microdata `itemprop="author"`, or a class word
/// `author` or `byline` (`author-name`, `post-byline`), not an author's box, picture or bio.
fn is_byline_element(tree: &Tree, id: u32) -> bool {
    if tree
        .attr(id, "itemprop")
        .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "author"))
    {
        return true;
    }
    let Some(class) = tree
        .attr(id, "class")
        // Every element passes here: most classes are passed over without splitting them.
        .filter(|c| {
            crate::text::contains_ascii_ci(c, "author")
                || crate::text::contains_ascii_ci(c, "byline")
        })
    else {
        return false;
    };
    let mut words = Vec::new();
    crate::rules::dom::words_of(class, &mut words);
    words.iter().any(|w| w == "author" || w == "byline")
        && !words.iter().any(|w| {
            matches!(
                w.as_str(),
                "bio"
                    | "box"
                    | "avatar"
                    | "image"
                    | "img"
                    | "photo"
                    | "picture"
                    | "description"
                    | "about"
                    | "social"
                    | "label"
                    | "title"
                    | "more"
                    | "posts"
                    | "list"
                    // A comment's author (`wp-block-comment-author-name`), not the page's.
                    | "comment"
            )
        })
}

/// The directories of people's pages in sites' addresses: authors', staff's, a forum's users'.
const PERSON_DIRS: &[&str] = &[
    "author",
    "authors",
    "writer",
    "writers",
    "contributor",
    "contributors",
    "columnist",
    "columnists",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "editor",
    "editors",
    "expert",
    "experts",
    "people",
    "person",
    "staff",
    "team",
    "byline",
    "profile",
    "profiles",
    "u",
    "user",
    "users",
    "member",
    "members",
];

/// The last part of a link's address, when the address is a person's page under one of the
/// [`PERSON_DIRS`]: `jane-doe` in `/author/jane-doe/`, `/users/4818/jane-doe` (a numeric id
/// between them), `/members/jane.42/` (an id after a dot).
fn person_page_slug(href: &str) -> Option<&str> {
    let mut parts = url_path(href).rsplit('/').filter(|p| !p.is_empty());
    let mut slug = parts.next()?;
    if let Some((name, id)) = slug.rsplit_once('.') {
        if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) {
            slug = name;
        }
    }
    let mut dir = parts.next()?;
    if dir.bytes().all(|b| b.is_ascii_digit()) {
        dir = parts.next()?;
    }
    PERSON_DIRS
        .iter()
        .any(|d| d.eq_ignore_ascii_case(dir))
        .then_some(slug)
}

/// A name's or a slug's words, lower-cased, with the accents of Latin letters taken off
/// (`Kovács` and `kovacs` are one word): the words a site's address makes of a name.
fn slug_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à'..='å' => 'a',
            'ç' => 'c',
            'è'..='ë' => 'e',
            'ì'..='ï' => 'i',
            'ñ' => 'n',
            'ò'..='ö' | 'ø' => 'o',
            'ù'..='ü' => 'u',
            'ý' | 'ÿ' => 'y',
            c => c,
        };
        if crate::text::is_alphanumeric(c) {
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// First words of a link's text that make it an action or a credit, not a person's name.
const NOT_NAMES: &[&str] = &[
    "about",
    "account",
    "all",
    "contact",
    "courtesy",
    "create",
    "delete",
    "edit",
    "follow",
    "forgot",
    "join",
    "log",
    "login",
    "logout",
    "manage",
    "more",
    "my",
    "photo",
    "register",
    "reset",
    "see",
    "settings",
    "sign",
    "subscribe",
    "view",
    "your",
];

/// A link's text is the name its address's slug spells: `Jane Doe` for `jane-doe` (or
/// `jane-doe-2`), `TatyanaBol` for `tatyanabol`, `Jeffrey Zeldman` for `zeldman`. Not a
/// one-letter avatar, nor "Courtesy of …" (a picture's credit), nor an action ("Register").
fn names_slug(text: &str, slug: &str) -> bool {
    let Some(name) = plausible_author(text.trim_start_matches('@')) else {
        return false;
    };
    let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
    if name.chars().count() < 2
        || name.chars().any(|c| c.is_ascii_digit())
        || crate::text::word_count(&name) > MAX_BYLINE_WORDS
        || name.contains('?')
        || NOT_NAMES.contains(&first.as_str())
    {
        return false;
    }
    let name_words = slug_words(&name);
    let mut slug_words = slug_words(slug);
    while slug_words
        .last()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
    {
        slug_words.pop();
    }
    !slug_words.is_empty()
        && (slug_words.concat() == name_words.concat()
            || slug_words
                .iter()
                .all(|w| w.chars().count() >= 3 && name_words.contains(w)))
}

/// A handle's name without its `@` (`@blumo`), in value and span (an `@` in an element of its
/// own stays in the span).
fn without_at_sign(tree: &Tree, f: Found) -> Found {
    let Some(rest) = f.value.strip_prefix('@') else {
        return f;
    };
    let glued = !rest.starts_with(char::is_whitespace)
        && tree
            .src
            .get(f.range.clone())
            .is_some_and(|t| t.starts_with('@'));
    Found {
        value: rest.trim_start().to_string(),
        range: if glued {
            f.range.start + 1..f.range.end
        } else {
            f.range
        },
    }
}

/// The words that open a byline, lower-cased, longest first (a colon may follow each).
const BYLINE_OPENERS: &[&str] = &[
    "written by",
    "posted by",
    "article by",
    "authored by",
    "words by",
    "text by",
    "author",
    "by",
];

/// The opener of a byline the text starts with ("By", "Written by:", "Author:"), alone or before
/// a name. Its length is the opener's, what follows it (a colon, spaces) left in place.
fn byline_opener(text: &str) -> Option<&'static str> {
    let t = text.trim_start();
    BYLINE_OPENERS.iter().copied().find(|o| {
        t.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o))
            && t[o.len()..]
                .chars()
                .next()
                .is_none_or(|c| c.is_whitespace() || c == ':')
    })
}

/// A text node that may open a byline: cheap tests first, since every text node passes here.
fn starts_byline(text: &str) -> bool {
    let first = text.trim_start().as_bytes().first();
    matches!(
        first.map(u8::to_ascii_lowercase),
        Some(b'b' | b'w' | b'p' | b'a' | b't')
    ) && byline_opener(text).is_some()
}

/// Most characters in an element that holds a byline (the name, its opener and a date).
const MAX_BYLINE_CHARS: usize = 100;

/// The name in element `id`'s text when the text is a byline: an opener, then a name of two to
/// five capitalised words ("By Haley Hoekstra • March 3", "Written by Edzel Tabing", "by
/// Agatha Caleo, Candidate Representative"), up to a separator or a figure; or, after an opener
/// alone ("Written by"), the next element's. Not a heading ("By the Numbers"), a button's or a
/// menu's label, a teaser's card, a sentence ("By clicking Subscribe, you agree"), nor one word
/// ("By Car").
fn byline_name(tree: &Tree, id: u32) -> Option<Found> {
    if id == super::tree::NONE
        || matches!(tree.name(id), "a" | "button" | "label" | "option" | "title")
        // A teaser's card is a link.
        || inside(tree, id, &["nav", "footer", "aside", "a"])
    {
        return None;
    }
    let mut f = element_text(tree, id)?;
    if f.value.chars().count() > MAX_BYLINE_CHARS {
        return None;
    }
    // A byline led by its date ("03/01/2017 by Agatha Caleo"): read past a `<time>` element.
    // (A date after the name stays: it ends the name.)
    if byline_opener(&f.value).is_none() {
        f = text_beside(tree, id, true)?;
    }
    let opener = byline_opener(&f.value)?;
    let rest = f.value.trim_start()[opener.len()..].trim_start_matches([' ', ':']);
    if rest.is_empty() {
        // The opener alone ("Written by", a heading's "Article by"): the name is the next
        // element's text.
        let next = next_sibling_element(tree, id)?;
        let g = element_text(tree, next)?;
        return (g.value.chars().count() <= MAX_BYLINE_CHARS)
            .then(|| name_at_start(tree, &g, &g.value))
            .flatten();
    }
    if super::extract::heading_level(tree.name(id)).is_some() {
        return None;
    }
    name_at_start(tree, &f, rest)
}

/// The element after `id` under the same parent, past the blank text between them.
fn next_sibling_element(tree: &Tree, id: u32) -> Option<u32> {
    let depth = tree.nodes.get(id as usize)?.depth;
    let parent = tree.parent(id);
    // A few nodes at most: an opener's element holds its word.
    for k in (id as usize + 1)..tree.nodes.len().min(id as usize + 64) {
        let node = &tree.nodes[k];
        if node.depth > depth {
            continue;
        }
        if node.depth < depth || node.parent != parent {
            return None;
        }
        match &node.kind {
            Kind::Element { .. } => return Some(k as u32),
            Kind::Text(r) if tree.src[r.clone()].trim().is_empty() => {}
            _ => return None,
        }
    }
    None
}

/// A name of two to five capitalised words at the start of `text` (a part of `f`'s value), up
/// to a separator or a figure, with its range in the page.
fn name_at_start(tree: &Tree, f: &Found, text: &str) -> Option<Found> {
    let end = text
        .find(|c: char| c.is_ascii_digit() || "•|·,;–—()/\n".contains(c))
        .unwrap_or(text.len());
    let name = text[..end].trim_end_matches([' ', '-', '.']).trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            || crate::rules::byline::PARTICLES.contains(w)
    };
    let determiner = words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "a" | "an" | "this" | "that" | "our" | "your" | "my" | "all" | "using"
        )
    });
    if !(2..=5).contains(&words.len()) || !words.iter().all(capitalised) || determiner {
        return None;
    }
    // The name's place in the page: from its first word to its last, where the page has them
    // as such (else the element's text).
    let raw = tree.src.get(f.range.clone()).unwrap_or("");
    let range = match raw.find(words.first()?) {
        Some(k) => {
            let last = words.last()?;
            let end = raw[k..]
                .find(last)
                .map_or(raw.len(), |e| k + e + last.len());
            f.range.start + k..f.range.start + end
        }
        None => f.range.clone(),
    };
    Some(Found {
        value: words.join(" "),
        range,
    })
}

/// The site's menus: `nav`, `footer`, `aside` (the team's page in a menu, the editors in a
/// footer).
const SITE_MENUS: &[&str] = &["nav", "footer", "aside"];

/// The element is inside an element of one of these names.
pub(crate) fn inside(tree: &Tree, id: u32, names: &[&str]) -> bool {
    inside_one(tree, id, |at| names.contains(&tree.name(at)))
}

/// The element is inside an element for which `is` holds.
fn inside_one(tree: &Tree, id: u32, is: impl Fn(u32) -> bool) -> bool {
    let mut at = tree.parent(id);
    // Bounded: pages nest deep.
    for _ in 0..256 {
        if at == super::tree::NONE {
            return false;
        }
        if is(at) {
            return true;
        }
        at = tree.parent(at);
    }
    false
}

/// An author's name as a page's markup gives it, if it reads as one: "By" and the like and
/// stray punctuation stripped; not a number (a profile id), a web address, a template's
/// placeholder (`page.head.extra.author`, `undefined`), markup or a sentence.
fn plausible_author(raw: &str) -> Option<String> {
    let edge = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';' | '|' | '-' | '–' | '—' | ':' | '·' | '"' | '“' | '”'
            )
    };
    let mut v = raw.trim_matches(edge);
    if let Some(opener) = byline_opener(v) {
        v = v[opener.len()..].trim_matches(edge);
    }
    // A byline's label in another script ("记者 王晓明", "김민수 기자", "מאת דנה כהן").
    if let Some(name) = crate::rules::byline::other_script_byline_name(v) {
        v = &v[name];
    }
    let mut v = crate::text::collapse(v);
    // A forum's user card repeats the name ("Joe – Joe").
    if let Some((a, b)) = v.split_once(" – ") {
        if a == b {
            v = a.to_string();
        }
    }
    // A label, a form field's or a comment's ("Name *", "Jane says"), not a name.
    let label = matches!(
        v.to_lowercase().as_str(),
        "by" | "on"
            | "author"
            | "the author"
            | "written by"
            | "posted by"
            | "name"
            | "admin"
            | "administrator"
            | "webmaster"
            | "staff"
            | "editor"
            | "guest"
            | "anonymous"
            | "unknown"
            // A script's placeholder for a value it did not have.
            | "undefined"
            | "null"
            | "none"
    ) || v.ends_with(" says")
        || v.contains('*');
    let address = v.contains("://") || v.starts_with("www.");
    let placeholder = !v.contains(' ') && v.contains('.') && v.to_lowercase().contains("author");
    let markup = v.contains(['<', '>', '{', '}']);
    // A call to action's heading in a box named for the author ("Get in touch" over a
    // `cmp-meet-author` card): a label, not a name.
    let call_to_action = crate::rules::dom::is_call_to_action(&v);
    (!v.is_empty()
        && !label
        && !call_to_action
        && v.chars().count() <= 120
        && v.chars().any(char::is_alphabetic)
        && !address
        && !placeholder
        && !markup
        && crate::text::word_count(&v) <= MAX_AUTHOR_WORDS)
        .then_some(v)
}

/// A page's `citation_author` metas read, at most: a paper of a hundred authors names its first
/// few in the field anyway.
const MAX_CITATION_AUTHORS: usize = 64;

/// The authors of a scholarly page's `citation_author` metas (the Highwire Press tags that
/// Google Scholar reads: arXiv, journals, university repositories), each "Last, First" turned to
/// "First Last", joined by commas; the first alone when all of them would make a field longer
/// than a plausible author's. Its span runs from the first meta's value to the last one's.
fn citation_author(list: &[Found]) -> Option<Found> {
    let first = list.first()?;
    let names: Vec<String> = list.iter().map(|f| first_name_first(&f.value)).collect();
    let all = names.join(", ");
    let (value, end) = if crate::text::word_count(&all) <= MAX_AUTHOR_WORDS {
        (all, list.last().map_or(first.range.end, |f| f.range.end))
    } else {
        (names[0].clone(), first.range.end)
    };
    Some(Found {
        value,
        range: first.range.start..end,
    })
}

/// "Roy, Aniruddha" as "Aniruddha Roy"; a name with no comma, or more than one, as it is.
fn first_name_first(name: &str) -> String {
    match name.split_once(',') {
        Some((last, first))
            if !first.contains(',') && !last.trim().is_empty() && !first.trim().is_empty() =>
        {
            format!("{} {}", first.trim(), last.trim())
        }
        _ => name.trim().to_string(),
    }
}

/// A plausible author's field has at most this many words.
const MAX_AUTHOR_WORDS: usize = 16;

/// `<h1>`s read as candidates for the page's headline.
const MAX_HEADLINES: usize = 3;
/// An `<h1>` is the headline the metadata's title words for search when they share at least this
/// much of their words (Dice coefficient of their word multisets).
const MIN_HEADLINE_RESEMBLANCE: f64 = 0.35;

/// Strips a site suffix (`Title | Site`, `Title - Site`) from a `<title>`. A title with two
/// bars ("Title | Section | Site") loses both suffixes, and a forum's trail of slashes
/// ("Topic / Board / Forum") all but its first part.
pub fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    // Which separators the title holds, found in one pass: most titles hold one or none.
    let present = separators_in(title);
    let once = strip_one_suffix(title, site, present);
    // "Title | Section | Site", "Title – Site – Its slogan.": the same separator twice.
    if once.len() < title.trim().len()
        && present_separators(present)
            .any(|sep| title.matches(sep).count() >= 2 && once.contains(sep))
    {
        return strip_one_suffix(&once, site, present);
    }
    if once.len() == title.trim().len() && title.matches(" / ").count() >= 2 {
        if let Some((head, _)) = title.split_once(" / ") {
            if crate::text::word_count(head) >= 2 {
                return head.trim().to_string();
            }
        }
    }
    once
}

/// The parts of a title between its separators ([`SUFFIX_SEPARATORS`] and ": "); none for a
/// title without one.
fn title_parts(title: &str) -> Vec<&str> {
    let mut cuts: Vec<(usize, usize)> = SUFFIX_SEPARATORS
        .iter()
        .chain(&[": "])
        .flat_map(|sep| title.match_indices(sep))
        .map(|(at, m)| (at, at + m.len()))
        .collect();
    if cuts.is_empty() {
        return Vec::new();
    }
    cuts.sort_unstable();
    let mut parts = Vec::new();
    let mut from = 0;
    for (a, b) in cuts {
        // (Separators that overlap, " - " in " -- ", cut once.)
        if a >= from {
            parts.push(title[from..a].trim());
            from = b;
        }
    }
    parts.push(title[from..].trim());
    parts.retain(|p| !p.is_empty());
    parts
}

/// What sets a site's name off a `<title>`'s words.
pub(crate) const SUFFIX_SEPARATORS: [&str; 9] = [
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ",
];

/// The [`SUFFIX_SEPARATORS`] that `title` holds, as a set of their indices (bit `k` for the
/// `k`-th): each starts with a space, so only the spaces are looked at.
fn separators_in(title: &str) -> u16 {
    let b = title.as_bytes();
    let mut present = 0u16;
    for i in memchr::memchr_iter(b' ', b) {
        let rest = &b[i..];
        for (k, sep) in SUFFIX_SEPARATORS.iter().enumerate() {
            if rest.starts_with(sep.as_bytes()) {
                present |= 1 << k;
            }
        }
    }
    present
}

/// The separators of the set `present` (see [`separators_in`]), in the order of
/// [`SUFFIX_SEPARATORS`].
fn present_separators(present: u16) -> impl Iterator<Item = &'static str> {
    SUFFIX_SEPARATORS
        .iter()
        .enumerate()
        .filter(move |(k, _)| present >> k & 1 == 1)
        .map(|(_, sep)| *sep)
}

/// `title` without one site suffix, set off by the first of the separators `present` (a superset
/// of those it holds) that sets off one.
fn strip_one_suffix(title: &str, site: Option<&str>, present: u16) -> String {
    for sep in present_separators(present) {
        if let Some(k) = title.rfind(sep) {
            let (head, tail) = (&title[..k], &title[k + sep.len()..]);
            let (head_words, tail_words) =
                (crate::text::word_count(head), crate::text::word_count(tail));
            let tail_is_site =
                site.is_some_and(|s| tail.trim().eq_ignore_ascii_case(s.trim())) || tail_words <= 4;
            if tail_is_site && head_words >= 2 {
                return head.trim().to_string();
            }
            // A bar sets off the site's name most often, a one-word page's ("Kayaks | REI
            // Co-op") or a long one's ("… | UC San Diego Division of Extended Studies").
            if sep == " | "
                && ((tail_words <= 4 && head_words >= 1) || (tail_words <= 8 && head_words >= 2))
            {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// The words a site's name in a title's suffix has at most: more are a slogan or a description
/// ("Open Source Project Management Software").
const MAX_SITE_SUFFIX_WORDS: usize = 5;

/// The site's name at the end of a page title ("Headline | Site", "Headline | Section | Site"),
/// as a byte range of `title`: the part after its last separator, where [`strip_site_suffix`]
/// cuts a suffix, when it reads as a name: five words or fewer, no number ("Top 10 Picks",
/// "Guide 2025" end a subtitle), a capital letter or a domain's dot ("talkreal.org").
pub(crate) fn site_in_title(title: &str) -> Option<std::ops::Range<usize>> {
    let head = strip_site_suffix(title, None);
    let head_end = title.find(head.as_str())? + head.len();
    if head_end >= title.trim_end().len() {
        return None;
    }
    let (k, sep) = present_separators(separators_in(title))
        .filter_map(|sep| title.rfind(sep).map(|k| (k, sep.len())))
        .filter(|&(k, _)| k >= head_end)
        .max()?;
    let tail = &title[k + sep..];
    let name = crate::text::trim_ws(tail);
    let number = name
        .split_whitespace()
        .any(|w| w.bytes().all(|c| c.is_ascii_digit()));
    let named = name.chars().any(char::is_uppercase) || name.contains('.');
    let words = crate::text::word_count(name);
    let start = k + sep + (name.as_ptr() as usize - tail.as_ptr() as usize);
    ((1..=MAX_SITE_SUFFIX_WORDS).contains(&words)
        && name.chars().any(char::is_alphabetic)
        && !number
        && named)
        .then(|| start..start + name.len())
}

/// What may stand before a title's words, a space after it: a breadcrumb's separator, a list's
/// arrow or bullet ([`tidy_title`]).
/// (Not `>`: "> 50% of voters" reads "more than".)
const TITLE_LEAD_MARKS: [&str; 9] = ["/", "|", "»", "›", "►", "▶", "→", "•", "·"];

/// A title without what a page's template adds around its words: a heading's permalink mark
/// ("JSON encoder and decoder ¶"), a forum's or an archive's label ("Thread: …", "Title: …"),
/// a link aggregator's domain and points ("… (latimes.com) 87").
pub(crate) fn tidy_title(title: &str) -> &str {
    let mut t = title.trim();
    // A breadcrumb's or a title's separator left at the end ("Index funds /").
    for sep in [" /", " |", " »", " ›", " >"] {
        if let Some(rest) = t.strip_suffix(sep) {
            t = rest.trim_end();
        }
    }
    // A breadcrumb's separator, or a list's arrow or bullet, left at the start ("/ 11 U.S.
    // Vacation Packages", "► How is everyone implementing AI?", "→ Redis data types"), when a
    // word follows it.
    for mark in TITLE_LEAD_MARKS {
        if let Some(rest) = t.strip_prefix(mark).and_then(|r| r.strip_prefix(' ')) {
            if rest.chars().any(crate::text::is_alphanumeric) {
                t = rest.trim_start();
            }
            break;
        }
    }
    // A pipe sets a section, a site or a slogan after the headline ("… physical health |
    // Opinion", "Hifiman Sundara Headphones | 2020 Edition"): a headline's own words seldom hold
    // one.
    if let Some((head, _)) = t.split_once(" | ") {
        if !head.trim().is_empty() {
            t = head.trim_end();
        }
    }
    for mark in ['¶', '§', '#', '🔗'] {
        if let Some(rest) = t.strip_suffix(mark) {
            if rest.ends_with(char::is_whitespace) {
                t = rest.trim_end();
            }
        }
    }
    for label in ["Thread:", "Topic:", "Title:"] {
        if let Some(rest) = t
            .get(..label.len())
            .filter(|h| h.eq_ignore_ascii_case(label))
            .map(|_| t[label.len()..].trim_start())
        {
            if crate::text::word_count(rest) >= 2 {
                t = rest;
            }
        }
    }
    // "(latimes.com) 87": a domain in brackets, perhaps a count after it, at the end.
    if let Some(open) = t.rfind(" (") {
        let tail = &t[open + 2..];
        if let Some((domain, count)) = tail.split_once(')') {
            let count = count.trim();
            let is_domain = domain.contains('.')
                && !domain.contains(' ')
                && domain
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '/'))
                && domain.rsplit('.').next().is_some_and(|tld| {
                    tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic())
                });
            if is_domain && count.chars().all(|c| c.is_ascii_digit()) && open > 0 {
                t = t[..open].trim_end();
            }
        }
    }
    t
}

/// What the markup says about the page.
pub struct PageMeta {
    pub metadata: Metadata,
    /// JSON-LD `articleBody`, where the page has one.
    pub article_body: Option<String>,
    /// The page presents one product for sale: its markup has one to three product objects
    /// (JSON-LD, microdata) or `og:type` product.
    pub product: bool,
    /// The product page is a shop's: the product has a price in the markup or a cart control.
    pub sold: bool,
    /// The JSON-LD product's `description`, on a product page.
    pub product_description: Option<String>,
    /// The page declares itself a discussion: a JSON-LD or microdata `QAPage` or
    /// `DiscussionForumPosting`, `og:type` forum, or a canonical address that forum software
    /// gives a thread ([`is_thread_url`]). Its replies are its content, however they are named.
    pub discussion: bool,
    /// The page declares itself an article (`og:type` article): one text, with whatever
    /// teasers around it.
    pub article: bool,
    /// The page declares itself a group of products (`og:type` product.group): a shop's category,
    /// whose cards are its content.
    pub product_group: bool,
}

/// More product objects than this in a page's markup make it a catalogue of products, not the
/// page of one.
const MAX_PAGE_PRODUCTS: usize = 3;

/// Reads the page's metadata.
pub fn extract(tree: &Tree, dec: &Decoded, rs: &Ruleset) -> PageMeta {
    let mut c = Candidates::default();
    let mut body = None;
    for (i, node) in tree.nodes.iter().enumerate() {
        let Kind::Element { name, .. } = &node.kind else {
            if let Kind::Text(r) = &node.kind {
                if c.text_byline.is_none() && starts_byline(&tree.src[r.clone()]) {
                    c.text_byline = byline_name(tree, node.parent);
                }
            }
            continue;
        };
        let id = i as u32;
        let attr_found = |a: &str| tree.attr_range(id, a).and_then(|r| found(tree, r));
        match &**name {
            "html" => {
                set(&mut c.lang, attr_found("lang"));
                // A page's item type may stand on its root (`<html itemscope
                // itemtype="https://schema.org/QAPage">`, Stack Exchange's).
                c.discussion |= tree.attr(id, "itemtype").is_some_and(|t| {
                    t.split_ascii_whitespace()
                        .any(|t| t.rsplit('/').next().is_some_and(is_discussion_type))
                });
            }
            _ if tree.attr(id, "itemtype").is_some_and(|t| {
                t.split_ascii_whitespace()
                    .any(|t| t.rsplit('/').next().is_some_and(is_product_type))
            }) =>
            {
                c.products += 1
            }
            _ if tree.attr(id, "itemtype").is_some_and(|t| {
                t.split_ascii_whitespace()
                    .any(|t| t.rsplit('/').next().is_some_and(is_discussion_type))
            }) =>
            {
                c.discussion = true
            }
            // (An icon's SVG holds a `<title>` of its own: "Artboard".)
            "title" if c.title.is_none() && !inside(tree, id, &["svg"]) => {
                c.title = element_text(tree, id)
            }
            "h1" if c.h1s.len() < MAX_HEADLINES => {
                if let Some(h) = headline_text(tree, id) {
                    c.h1_logos.push(is_logo_h1(tree, id, &h.value));
                    c.h1s.push(h);
                }
            }
            "time" => set(&mut c.time, attr_found("datetime")),
            "link" => {
                let rel = tree.attr(id, "rel").unwrap_or("").to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") {
                    set(&mut c.canonical, attr_found("href").filter(is_address));
                }
            }
            "a" => {
                let rel = tree.attr(id, "rel").unwrap_or("").to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "author") && c.rel_author.is_none() {
                    c.rel_author = element_text(tree, id);
                } else if c.link_author.is_none() {
                    if let Some(slug) = tree.attr(id, "href").and_then(person_page_slug) {
                        c.link_author = element_text(tree, id)
                            .filter(|f| names_slug(&f.value, slug) && !inside(tree, id, SITE_MENUS))
                            .map(|f| without_at_sign(tree, f));
                    }
                }
            }
            "button" | "input" | "form" if is_cart_control(tree, id) => c.cart_controls += 1,
            _ if c.byline_authors.len() < 3
                && !matches!(&**name, "meta" | "link")
                && is_byline_element(tree, id) =>
            {
                // A microdata author's `itemprop="name"` is the name itself, a handle with digits
                // as well ("JWoodguy13"); a byline's text may hold a date or a count.
                let found = match microdata_name(tree, id) {
                    Some(f) => plausible_author(&f.value)
                        .filter(|name| crate::text::word_count(name) <= MAX_BYLINE_WORDS)
                        .map(|name| Found { value: name, ..f }),
                    None => element_text(tree, id).and_then(|f| {
                        let name = plausible_author(&f.value)?;
                        // The date a byline may end with ("Andrew Gerrand 4 August 2010").
                        let name = without_trailing_date(&name).unwrap_or(&name).to_string();
                        // The span is the name's where the element's text holds it as it is (a
                        // label in another script before it: "记者 王晓明").
                        let range = locate_in(tree, &f.range, &name);
                        (crate::text::word_count(&name) <= MAX_BYLINE_WORDS
                            && !name.chars().any(|c| c.is_ascii_digit()))
                        .then_some(Found { value: name, range })
                    }),
                };
                if let Some(f) = found {
                    if !c
                        .byline_authors
                        .iter()
                        .any(|b| b.value.eq_ignore_ascii_case(&f.value))
                    {
                        c.byline_authors.push(f);
                    }
                }
            }
            _ if tree.attr(id, "itemprop").is_some_and(|p| {
                p.split_ascii_whitespace()
                    .any(|p| p == "offers" || p == "price")
            }) =>
            {
                c.offers += 1
            }
            "meta" => {
                let key = tree
                    .attr(id, "property")
                    .or_else(|| tree.attr(id, "name"))
                    .or_else(|| tree.attr(id, "itemprop"))
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase();
                let content = || attr_found("content");
                match key.as_str() {
                    "og:title" => set(&mut c.og_title, content()),
                    "og:type" => {
                        let t = tree.attr(id, "content").unwrap_or("").trim();
                        c.og_product |= ["product", "og:product", "product.item", "product.group"]
                            .iter()
                            .any(|p| t.eq_ignore_ascii_case(p));
                        c.og_product_group |= ["product.group", "product:group"]
                            .iter()
                            .any(|p| t.eq_ignore_ascii_case(p));
                        c.discussion |= t.eq_ignore_ascii_case("forum");
                        c.og_article |= t.eq_ignore_ascii_case("article");
                    }
                    "product:price:amount" | "og:price:amount" => c.offers += 1,
                    "og:site_name" => set(&mut c.site, content()),
                    "og:description" => set(&mut c.og_description, content()),
                    "description" | "twitter:description" => {
                        set(&mut c.meta_description, content())
                    }
                    "og:url" => set(&mut c.og_url, content().filter(is_address)),
                    "author" | "article:author" | "dc.creator" | "parsely-author"
                    | "sailthru.author" | "cxenseparse:author" => {
                        let f = content().filter(|f| !f.value.starts_with("http"));
                        set(&mut c.meta_author, f)
                    }
                    "citation_author" | "citation_authors"
                        if c.citation_authors.len() < MAX_CITATION_AUTHORS =>
                    {
                        c.citation_authors.extend(content());
                    }
                    "twitter:label1" | "twitter:label2" => {
                        let label = tree.attr(id, "content").unwrap_or("").trim();
                        if label.eq_ignore_ascii_case("written by") {
                            c.written_by_label = key.chars().last();
                        }
                    }
                    "twitter:data1" | "twitter:data2"
                        if c.written_by_label.is_some()
                            && c.written_by_label == key.chars().last() =>
                    {
                        set(&mut c.meta_author, content())
                    }
                    "article:published_time"
                    | "datepublished"
                    | "date"
                    | "pubdate"
                    | "publishdate"
                    | "dc.date"
                    | "dc.date.issued"
                    | "citation_publication_date"
                    | "citation_date"
                    | "citation_online_date"
                    | "parsely-pub-date"
                    | "sailthru.date" => set(&mut c.meta_date, content()),
                    _ => {}
                }
                if c.lang.is_none()
                    && tree
                        .attr(id, "http-equiv")
                        .is_some_and(|h| h.eq_ignore_ascii_case("content-language"))
                {
                    c.lang = content();
                }
            }
            "script" => {
                let ty = tree.attr(id, "type").unwrap_or("").to_ascii_lowercase();
                if ty.contains("ld+json") {
                    if let Some(Kind::RawText(r)) = tree.nodes.get(i + 1).map(|n| &n.kind) {
                        if tree.nodes[i + 1].parent == id {
                            json_ld(tree, r.clone(), &mut c, &mut body);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let field = |f: &Found, value: String, rule: &'static Rule| -> Option<MetaField> {
        rs.on(rule).then(|| MetaField {
            value,
            span: ByteSpan::new(dec.orig(f.range.start), dec.orig(f.range.end)),
            rule: rule.id,
            normalized: None,
        })
    };
    let site_name = c.site.as_ref().or(c.ld_site.as_ref());
    let site_str = site_name.map(|f| f.value.clone());
    // The headline as the page shows it, an `<h1>` that the metadata's title (or, without one,
    // the `<title>`) resembles, wins over that title: the metadata's may be worded for search
    // or sharing ("Best Tax Software of 2025 | Site" over the page's "Best Tax Preparation
    // Software"). A `<h1>` unlike it is the site's name or a section's.
    let meta_title = c.og_title.as_ref().or(c.ld_headline.as_ref());
    let headline = meta_title.or(c.title.as_ref()).and_then(|f| {
        let reference = strip_site_suffix(&f.value, site_str.as_deref());
        c.h1s
            .iter()
            .zip(&c.h1_logos)
            .filter(|&(_, &logo)| !logo)
            .map(|(h, _)| (h, crate::text::resemblance(&h.value, &reference)))
            .filter(|&(_, r)| r >= MIN_HEADLINE_RESEMBLANCE)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(h, _)| h)
    });
    // The site's names: `og:site_name`, the JSON-LD publisher, the `<title>`'s suffix.
    let title_suffix = c.title.as_ref().and_then(|t| {
        let stripped = strip_site_suffix(&t.value, site_str.as_deref());
        t.value
            .get(stripped.len()..)
            .map(|rest| rest.trim_start_matches([' ', '|', '-', '–', '—', ':', '·', '«', '»']))
            .filter(|rest| !rest.is_empty())
            .map(str::to_string)
    });
    // The names the page declares, and with them the `<title>`'s suffix.
    let declared_names: Vec<&str> = [&c.site, &c.ld_site]
        .into_iter()
        .filter_map(|f| f.as_ref().map(|f| f.value.as_str()))
        .collect();
    let site_names: Vec<&str> = declared_names
        .iter()
        .copied()
        .chain(title_suffix.as_deref())
        .collect();
    // (A name that starts with the site's is the site's too: "Help Net Security Sponsored".)
    let starts_with_one = |names: &[&str], name: &str| {
        let key = slug_words(name);
        names.iter().any(|s| {
            let site = slug_words(s);
            !site.is_empty() && key.starts_with(&site)
        })
    };
    let names_site = |name: &str| starts_with_one(&site_names, name);
    let declared_site = |name: &str| starts_with_one(&declared_names, name);
    // Else an `<h1>` that is a whole part of the metadata's title or the `<title>`, between its
    // separators ("Impact of Climate Change on Yields" in "NASA SVS | Impact of Climate Change
    // on Yields"; "Economy" in "Economy | Today's latest from Al Jazeera"): the page's own
    // headline, where the title puts the site's name or a slogan beside it. Not an `<h1>` that
    // names the site (the logo's, beside the page's title), unless another part of that title is
    // the name the page declares (`og:site_name`, JSON-LD): then the title's suffix is the `<h1>`
    // and not the site's name.
    let headline = headline.or_else(|| {
        let titles: Vec<&str> = [meta_title, c.title.as_ref()]
            .into_iter()
            .flatten()
            .map(|f| f.value.as_str())
            .collect();
        c.h1s
            .iter()
            .zip(&c.h1_logos)
            .find(|&(h, &logo)| {
                let key = slug_words(&h.value);
                !logo
                    && !key.is_empty()
                    && !declared_site(&h.value)
                    && titles.iter().any(|t| {
                        let parts = title_parts(t);
                        parts.iter().any(|part| slug_words(part) == key)
                            && (!names_site(&h.value) || parts.iter().any(|p| declared_site(p)))
                    })
            })
            .map(|(h, _)| h)
    });
    let title = if let Some(h) = headline {
        field(h, h.value.clone(), &htmlmeta::TITLE)
    } else if let Some(f) = meta_title {
        let v = strip_site_suffix(&f.value, site_str.as_deref());
        field(f, v, &htmlmeta::TITLE)
    } else if let Some(f) = c
        .h1s
        .iter()
        .zip(&c.h1_logos)
        // An `<h1>` that names the site is its logo's ("Antoyo's Blog" over a post), and so is
        // one that links to the home page ("Arch Linux" over a forum's thread): the `<title>`
        // names the page.
        .find(|&(h, &logo)| c.title.is_none() || !(logo || names_site(&h.value)))
        .map(|(h, _)| h)
    {
        field(f, f.value.clone(), &htmlmeta::TITLE)
    } else if let Some(f) = &c.title {
        field(
            f,
            strip_site_suffix(&f.value, site_str.as_deref()),
            &htmlmeta::TITLE,
        )
    } else {
        None
    }
    .map(|mut t| {
        t.value = tidy_title(&t.value).to_string();
        t
    });
    let pick = |fs: &[&Option<Found>], rule: &'static Rule| {
        fs.iter()
            .find_map(|f| f.as_ref())
            .and_then(|f| field(f, f.value.clone(), rule))
    };
    let cited = citation_author(&c.citation_authors);
    let authors: Vec<(&Found, String)> = [
        c.ld_author.as_ref(),
        c.meta_author.as_ref(),
        cited.as_ref(),
        c.rel_author.as_ref(),
        // A byline's class on a shop's or a forum's page names a review's or a post's author,
        // not the page's; and several names in bylines are a listing's entries', reviews' or
        // testimonials'.
        if c.discussion {
            c.byline_authors.first()
        } else if c.products > 0 || c.og_product || c.byline_authors.len() != 1 {
            None
        } else {
            c.byline_authors.first()
        },
        // The first person linked to by name: the article's author above it, or the thread's
        // first poster (a shop's first is a reviewer's).
        if c.products > 0 || c.og_product {
            None
        } else {
            c.link_author.as_ref().or(c.text_byline.as_ref())
        },
    ]
    .into_iter()
    .flatten()
    .filter_map(|f| plausible_author(&f.value).map(|v| (f, v)))
    .collect();
    // The site named as the author (an organisation's JSON-LD, a `meta name=author`) yields to a
    // person the page names in its byline.
    let author = authors
        .iter()
        .find(|(_, v)| !names_site(v))
        .filter(|_| authors.first().is_some_and(|(_, v)| names_site(v)))
        .or(authors.first())
        .and_then(|(f, v)| field(f, v.clone(), &htmlmeta::AUTHOR));
    let metadata = Metadata {
        title,
        date: pick(&[&c.ld_date, &c.meta_date, &c.time], &htmlmeta::DATE),
        author,
        // Else the end of the `<title>` (its whole text is the span).
        site_name: pick(&[&c.site, &c.ld_site], &htmlmeta::SITE_NAME).or_else(|| {
            let t = c.title.as_ref()?;
            let r = site_in_title(&t.value)?;
            field(t, crate::text::collapse(&t.value[r]), &htmlmeta::SITE_NAME)
        }),
        description: pick(
            &[&c.og_description, &c.meta_description, &c.ld_description],
            &htmlmeta::DESCRIPTION,
        ),
        url: pick(&[&c.canonical, &c.og_url], &htmlmeta::URL),
        language: pick(&[&c.lang], &htmlmeta::LANGUAGE),
        ..Metadata::default()
    };
    // One product (its JSON-LD object, and microdata of the same product), `og:type product`,
    // a shop's product address, or without such markup a few cart controls; a catalogue page
    // lists many of either.
    let address_is = |check: fn(&str) -> bool| {
        [&c.canonical, &c.og_url]
            .iter()
            .any(|u| u.as_ref().is_some_and(|u| check(&u.value)))
    };
    let url_product = address_is(is_product_url);
    let product = c.products <= MAX_PAGE_PRODUCTS
        && (c.products > 0
            || c.og_product
            || url_product
            || (1..=MAX_PAGE_CART_CONTROLS).contains(&c.cart_controls));
    // A product named as one (JSON-LD, microdata, `og:type`) with a price or a cart control: a
    // shop's page selling it, not a service or a report that names itself a product.
    let sold = product
        && (c.products > 0 || c.og_product)
        && (c.offers > 0 || (1..=MAX_PAGE_CART_CONTROLS).contains(&c.cart_controls));
    PageMeta {
        metadata,
        article_body: body,
        product,
        sold,
        product_description: c.product_description.filter(|_| product),
        discussion: c.discussion || address_is(is_thread_url),
        article: c.og_article,
        product_group: c.og_product_group,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidied_titles() {
        assert_eq!(tidy_title("Index funds /"), "Index funds");
        // A breadcrumb's separator or an arrow before the words.
        assert_eq!(
            tidy_title("/ 11 U.S. Vacation Packages to Book for 2026"),
            "11 U.S. Vacation Packages to Book for 2026"
        );
        assert_eq!(
            tidy_title("► How is everyone using AI?"),
            "How is everyone using AI?"
        );
        assert_eq!(tidy_title("→ Redis data types"), "Redis data types");
        assert_eq!(
            tidy_title("JSON encoder and decoder ¶"),
            "JSON encoder and decoder"
        );
        assert_eq!(
            tidy_title("Thread: What do you pay for hosting?"),
            "What do you pay for hosting?"
        );
        assert_eq!(
            tidy_title(
                "Stanford Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87"
            ),
            "Stanford Grads Find Their Degrees No Longer Guarantee Jobs"
        );
        // What a pipe sets after the headline: a section, a slogan, an edition.
        assert_eq!(
            tidy_title("How meditation rewires brains and improves physical health | Opinion"),
            "How meditation rewires brains and improves physical health"
        );
        assert_eq!(
            tidy_title("Hifiman Sundara Headphones | 2020 Edition"),
            "Hifiman Sundara Headphones"
        );
        // The words stay: a hashtag, a version, a bracket of words, a label alone, other
        // separators (a dash may join a headline's own words).
        for t in [
            "C#",
            "Sharing Economy - A Deep Dive",
            "Coffee: From Bean to Cup",
            "Release notes (v1.2)",
            "Why we moved (and what it cost)",
            "Title: Untitled",
            "Top 10 tools for 2025 (Updated)",
            // A mark with no word after it, or one that is the title's own.
            "» «",
            "/r/rust: weekly thread",
            "->Arrow functions explained",
            "> 50% of voters back the plan",
        ] {
            assert_eq!(tidy_title(t), t);
        }
    }

    #[test]
    fn separators_found_as_each_is_searched() {
        for t in [
            "A | B",
            "A - B – C — D",
            "A :: B · C • D « E » F",
            "A|B",
            " | ",
            "Ünïcödé — Šite | x",
            "No separator here",
            "",
            "A -B",
        ] {
            let found: Vec<&str> = present_separators(separators_in(t)).collect();
            let searched: Vec<&str> = SUFFIX_SEPARATORS
                .iter()
                .copied()
                .filter(|sep| t.contains(sep))
                .collect();
            assert_eq!(found, searched, "{t:?}");
        }
    }

    #[test]
    fn site_suffix() {
        assert_eq!(
            strip_site_suffix("Council passes budget | Daily Example", None),
            "Council passes budget"
        );
        assert_eq!(strip_site_suffix("Rock - Paper", Some("x")), "Rock - Paper");
        assert_eq!(strip_site_suffix("Kayaks | REI Co-op", None), "Kayaks");
        assert_eq!(
            strip_site_suffix(
                "Project Management Certificate | UC San Diego Division of Extended Studies",
                None
            ),
            "Project Management Certificate"
        );
        assert_eq!(
            strip_site_suffix(
                "Individual Health | bcbs.com | Blue Cross Blue Shield",
                None
            ),
            "Individual Health"
        );
        assert_eq!(
            strip_site_suffix(
                "10 Tips for Online Courses – Journey To College – Realize your potential.",
                None
            ),
            "10 Tips for Online Courses"
        );
        assert_eq!(
            strip_site_suffix("A brief intro to git • Cory Dransfeldt", None),
            "A brief intro to git"
        );
        assert_eq!(
            strip_site_suffix(
                "What happened with the ISO in 2024 / Arch Discussion / Arch Linux Forums",
                None
            ),
            "What happened with the ISO in 2024"
        );
        // One slash is a title's own ("Input / Output in C").
        assert_eq!(
            strip_site_suffix("Input / Output in C", None),
            "Input / Output in C"
        );
        // A section's label before a long headline is no page title to cut the headline from.
        assert_eq!(
            strip_site_suffix("Review | The Best Sofa of 2025", None),
            "Review | The Best Sofa of 2025"
        );
    }

    fn page_meta(html: &str) -> PageMeta {
        let dec = crate::decode::decode_with(html.as_bytes(), None, None, true);
        let tree = crate::html::tree::parse(&dec.text);
        extract(
            &tree,
            &dec,
            &Ruleset::new(crate::rules::Tier::Balanced, &[]),
        )
    }

    /// The page's title found, or an empty string.
    fn title(html: &str) -> String {
        page_meta(html)
            .metadata
            .title
            .map(|t| t.value)
            .unwrap_or_default()
    }

    #[test]
    fn a_stated_address_is_an_address() {
        let url = |head: &str| {
            page_meta(&format!(
                "<html><head>{head}</head><body><p>Text.</p></body></html>"
            ))
            .metadata
            .url
            .map(|u| u.value)
        };
        let og = r#"<meta property="og:url" content="https://example.com/blog/2023/october/03/wine-types">"#;
        // A template that fills the canonical link with the page's title: `og:url` is the address.
        assert_eq!(
            url(&format!(
                r#"<link rel="canonical" href="What are the different types of wine?">{og}"#
            ))
            .as_deref(),
            Some("https://example.com/blog/2023/october/03/wine-types")
        );
        assert_eq!(
            url(r#"<link rel="canonical" href="What are the types of wine?">"#),
            None
        );
        // A canonical address, absolute or relative, comes first.
        assert_eq!(
            url(&format!(
                r#"<link rel="canonical" href="/blog/wine-types">{og}"#
            ))
            .as_deref(),
            Some("/blog/wine-types")
        );
    }

    #[test]
    fn a_headline_is_its_words_without_buttons_icons_or_dates() {
        // A docs page's copy button, a logo's SVG with its own title, the date of a blog's
        // post and a style sheet set inside the `<h1>`.
        let pages = [
            (
                r#"<h1>Crate <span>tokio</span> <button title="Copy item path to clipboard">Copy item path</button></h1>"#,
                "Crate tokio",
            ),
            (
                r#"<h1><a href="/"><svg viewBox="0 0 4 4"><title>Artboard</title><desc>Created with Sketch.</desc></svg> MyBB</a></h1>"#,
                "MyBB",
            ),
            (
                r#"<h1><a href="/post"><time datetime="2025-12-18">Dec 18 2025</time> Preparing a transition</a></h1>"#,
                "Preparing a transition",
            ),
            (
                r#"<h1><style>.b{font-weight:700}</style><a class="b">Augustinus Bader</a> The Cream</h1>"#,
                "Augustinus Bader The Cream",
            ),
        ];
        for (h1, want) in pages {
            let html = format!("<html><body>{h1}<p>Text of the page.</p></body></html>");
            assert_eq!(title(&html), want, "{h1}");
        }
        // Inline markup of the headline's own words stays.
        assert_eq!(
            title("<html><body><h1>Why <em>buttons</em> matter</h1></body></html>"),
            "Why buttons matter"
        );
    }

    #[test]
    fn the_headline_the_title_words_for_search_is_the_title() {
        // The page's headline, which the metadata's title rewords.
        assert_eq!(
            title(
                r#"<html><head><meta property="og:title" content="The Best Tax Prep Software of 2025 | Money Desk"></head>
                <body><h1>Money Desk</h1><h1>Best Tax Preparation Software</h1></body></html>"#
            ),
            "Best Tax Preparation Software"
        );
        assert_eq!(
            title(
                "<html><head><title>Documentation - Creating Types from Types</title></head>                 <body><h1>Creating Types from Types</h1></body></html>"
            ),
            "Creating Types from Types"
        );
        // Without the metadata's title, a `<h1>` that names the site (the `<title>`'s suffix) is
        // its logo's: the `<title>` names the page. Another `<h1>` is the headline.
        assert_eq!(
            title(
                "<html><head><title>Progress Report #39 | Antoyo's Blog</title></head>                 <body><h1>Antoyo's Blog</h1><p>Text</p></body></html>"
            ),
            "Progress Report #39"
        );
        assert_eq!(
            title(
                "<html><head><title>Hidden things</title></head>                 <body><h1>Im Garten im April</h1><p>Text</p></body></html>"
            ),
            "Im Garten im April"
        );
        // Nor is a `<h1>` that links to the home page (inside the link, or all of its text the
        // link) the page's headline: it is the site's logo. One that links elsewhere, or holds
        // more than the link, is.
        for (page_title, h1, want) in [
            (
                "What happened with Arch Linux ISO in 2024 / Arch Discussion / Arch Linux Forums",
                r#"<h1><a href="http://archlinux.org/">Arch Linux</a></h1>"#,
                "What happened with Arch Linux ISO in 2024",
            ),
            (
                "rustc_codegen_gcc: Progress Report #39",
                r#"<a href="/"><h1> Antoyo's Blog </h1></a>"#,
                "rustc_codegen_gcc: Progress Report #39",
            ),
            (
                "Hybrid Quantum Computing",
                r#"<h1><a href="https://example.org/index.html">Example Forum</a></h1>"#,
                "Hybrid Quantum Computing",
            ),
            (
                "Notes",
                r#"<h1><a href="/2024/why-buttons">Why buttons matter</a></h1>"#,
                "Why buttons matter",
            ),
            (
                "Notes",
                r#"<h1><a href="/">Notes</a>: Why buttons matter</h1>"#,
                "Notes : Why buttons matter",
            ),
        ] {
            let html = format!(
                "<html><head><title>{page_title}</title></head><body>{h1}<p>Text.</p></body></html>"
            );
            assert_eq!(title(&html), want, "{h1}");
        }
        for (href, home) in [
            ("/", true),
            ("https://example.org", true),
            ("//example.org/", true),
            ("./", true),
            ("/index.php", true),
            ("/blog/", false),
            ("#", false),
            ("https://example.org/about", false),
            ("", false),
        ] {
            assert_eq!(super::is_home_href(href), home, "{href}");
        }
        // A `<h1>` unlike the title is the site's name or a section's: the metadata's title.
        assert_eq!(
            title(
                r#"<html><head><meta property="og:title" content="A Traveller's Guide to Travel Insurance"></head>
                <body><h1>Budget Travel With Gabby</h1></body></html>"#
            ),
            "A Traveller's Guide to Travel Insurance"
        );
        // Without metadata, the first `<h1>`.
        assert_eq!(
            title("<html><body><h1>Latest posts</h1></body></html>"),
            "Latest posts"
        );
        assert!(
            (crate::text::resemblance("Best Tax Software", "best tax software") - 1.0).abs() < 1e-9
        );
        assert_eq!(crate::text::resemblance("", "Tax"), 0.0);
    }

    #[test]
    fn site_names_from_the_title_suffix() {
        fn site(t: &str) -> Option<&str> {
            site_in_title(t).map(|r| &t[r])
        }
        assert_eq!(
            site("Eight Tax Packages Compared | Money Desk"),
            Some("Money Desk")
        );
        assert_eq!(
            site("Individual Health | bcbs.com | Blue Cross Blue Shield"),
            Some("Blue Cross Blue Shield")
        );
        assert_eq!(site("Why we moved – talkreal.org"), Some("talkreal.org"));
        // A subtitle: a number, words in lower case, a description of more than five words.
        assert_eq!(site("Tax Software Compared - Top 10 Picks"), None);
        assert_eq!(site("Engagement Platform Pricing – onwards"), None);
        assert_eq!(
            site("Kanban | Open Source Project Management Software For Teams"),
            None
        );
        assert_eq!(site("Just a Title"), None);
        // A page without og:site_name or a publisher: the `<title>`'s end names the site.
        let meta = |html: &str| {
            page_meta(html)
                .metadata
                .site_name
                .map(|s| (s.value, s.rule))
        };
        assert_eq!(
            meta("<html><head><title>Budget approved | Valley Courier</title></head><body><p>Text.</p></body></html>"),
            Some(("Valley Courier".to_string(), "html.site-name"))
        );
        assert_eq!(
            meta(
                r#"<html><head><title>Budget approved | Valley Courier</title><meta property="og:site_name" content="The Courier"></head><body><p>Text.</p></body></html>"#
            ),
            Some(("The Courier".to_string(), "html.site-name"))
        );
    }

    #[test]
    fn authors_from_links_to_their_pages() {
        let author = |body: &str| {
            page_meta(&format!("<html><body>{body}<p>Text.</p></body></html>"))
                .metadata
                .author
                .map(|a| a.value)
        };
        // The slug spells the name; accents, a handle's case and a numeric id do not matter.
        for (link, name) in [
            (
                r#"<a href="https://x.example/author/jane-doe/">Jane Doe</a>"#,
                "Jane Doe",
            ),
            (
                r#"<a href="/authors/bence-kovacs-2">Bence Kovács</a>"#,
                "Bence Kovács",
            ),
            (
                r#"<a href="/users/4818/kumikogoingcrazy">KumikoGoingCrAzY</a>"#,
                "KumikoGoingCrAzY",
            ),
            (
                r#"<a href="/members/samuelmiz.3009205/">SamuelMIz</a>"#,
                "SamuelMIz",
            ),
            (r#"<a href="/u/blumo">@blumo</a>"#, "blumo"),
            (
                r#"<a href="/author/zeldman/">Jeffrey Zeldman</a>"#,
                "Jeffrey Zeldman",
            ),
        ] {
            assert_eq!(author(link).as_deref(), Some(name), "{link}");
        }
        // Not a link whose text is not the slug's name, an avatar's letter, an action, a
        // picture's credit, a page outside people's directories, nor the site's menus.
        for link in [
            r#"<a href="/author/jane-doe">Read more</a>"#,
            r#"<a href="/u/julian">J</a>"#,
            r#"<a href="/member/register">Register</a>"#,
            r#"<a href="/user/my-orders">My Orders</a>"#,
            r#"<a href="/people/courtesy-of-ann-lee">Courtesy of Ann Lee</a>"#,
            r#"<a href="/topics/jane-doe">Jane Doe</a>"#,
            r#"<nav><a href="/team/jane-doe">Jane Doe</a></nav>"#,
            r#"<footer><div><a href="/editors/jane-doe">Jane Doe</a></div></footer>"#,
        ] {
            assert_eq!(author(link), None, "{link}");
        }
        // The first person linked on a forum's thread is its first poster.
        assert_eq!(
            author(r#"<a href="/u/amondale">amondale</a> asked <a href="/u/rimelek">rimelek</a>"#)
                .as_deref(),
            Some("amondale")
        );
        // A shop's first linked person is a reviewer.
        let shop = r#"<html><head><meta property="og:type" content="product"></head><body><a href="/profile/ann-lee">Ann Lee</a><p>Text.</p></body></html>"#;
        assert_eq!(page_meta(shop).metadata.author, None);
    }

    #[test]
    fn authors_from_bylines_of_other_scripts() {
        for (byline, name) in [
            ("记者 王晓明", "王晓明"),
            ("김민수 기자", "김민수"),
            ("מאת דנה כהן", "דנה כהן"),
        ] {
            let page = format!(
                r#"<html><body><span class="author">{byline}</span><p>Text.</p></body></html>"#
            );
            let author = page_meta(&page).metadata.author.expect("an author");
            assert_eq!(author.value, name);
            assert_eq!(&page[author.span.start..author.span.end], name);
        }
    }

    #[test]
    fn authors_quoted_by_a_template_lose_their_quotes() {
        assert_eq!(
            plausible_author("\"David Kim\"").as_deref(),
            Some("David Kim")
        );
        assert_eq!(plausible_author("“Jane Doe”").as_deref(), Some("Jane Doe"));
        // A quotation mark inside a name stays: a nickname.
        assert_eq!(
            plausible_author("Dwayne \"The Rock\" Johnson").as_deref(),
            Some("Dwayne \"The Rock\" Johnson")
        );
    }

    #[test]
    fn authors_from_byline_texts() {
        let author = |body: &str| {
            page_meta(&format!("<html><body>{body}<p>Text.</p></body></html>"))
                .metadata
                .author
                .map(|a| (a.value, a.span))
        };
        let page = r#"<div class="m">By Haley Hoekstra &bull; <span>March 3, 2025</span></div>"#;
        let (name, span) = author(page).unwrap();
        assert_eq!(name, "Haley Hoekstra");
        let start = "<html><body>".len() + page.find("Haley").unwrap();
        assert_eq!(
            (span.start, span.end),
            (start, start + "Haley Hoekstra".len())
        );
        for (body, name) in [
            (r#"<p>by <!-- -->Ziyi Xu<!-- -->, Alex Chen</p>"#, "Ziyi Xu"),
            (
                r#"<p>Written by: <strong>Samer Morqos</strong>, Psychologist</p>"#,
                "Samer Morqos",
            ),
            (
                r#"<div>By Agatha Caleo, Candidate Representative</div>"#,
                "Agatha Caleo",
            ),
            // Led by its date.
            (
                r#"<div class="node__meta"><time datetime="2017-03-01">03/01/2017</time> by Agatha Caleo, Candidate Representative</div>"#,
                "Agatha Caleo",
            ),
            // The opener in an element of its own, the name in the next.
            (
                r#"<div><p>Written by</p> <p>Edzel Tabing</p></div>"#,
                "Edzel Tabing",
            ),
            (
                r#"<h2>Article by</h2><div>Matias Heikkilä</div>"#,
                "Matias Heikkilä",
            ),
            (
                r#"<p class="credit">Text by Hunter Dukes</p>"#,
                "Hunter Dukes",
            ),
        ] {
            assert_eq!(author(body).map(|a| a.0).as_deref(), Some(name), "{body}");
        }
        // Not a heading, a sentence, one word, a determiner's phrase, a teaser's linked card,
        // nor a menu.
        for body in [
            "<h2>By the Numbers</h2>",
            "<p>By The Numbers</p>",
            "<p>By clicking Subscribe, you agree to our terms.</p>",
            "<p>By Car</p>",
            r#"<a href="/story"><div>By Jane Doe</div></a>"#,
            "<nav><p>By Jane Doe</p></nav>",
            "<p>Written by</p><p>a team of our editors</p>",
            "<p>By</p><div><p>Jane Doe</p><p>and a long list of others, all of whom took part in the work over the years</p></div>",
        ] {
            assert_eq!(author(body), None, "{body}");
        }
    }

    #[test]
    fn a_person_in_the_byline_wins_over_the_site_as_author() {
        let author = |head: &str, body: &str| {
            page_meta(&format!(
                "<html><head>{head}</head><body>{body}<p>Text.</p></body></html>"
            ))
            .metadata
            .author
            .map(|a| a.value)
        };
        let org = r#"<meta property="og:site_name" content="Rapid7"><meta name="author" content="Rapid7">"#;
        let person = r#"<a href="/authors/spencer-mcintyre">Spencer McIntyre</a>"#;
        assert_eq!(author(org, person).as_deref(), Some("Spencer McIntyre"));
        // The site's name in the title's suffix is the site's too.
        let titled =
            r#"<title>Findings | USA TODAY</title><meta name="author" content="USA TODAY">"#;
        assert_eq!(
            author(titled, "<p>By Brian Truitt</p>").as_deref(),
            Some("Brian Truitt")
        );
        // Without a person in the byline the site stays the author; a person named in the
        // markup stays before the byline's.
        assert_eq!(author(org, "").as_deref(), Some("Rapid7"));
        let named = r#"<meta property="og:site_name" content="Rapid7"><meta name="author" content="Ann Lee">"#;
        assert_eq!(author(named, person).as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn description_from_open_graph_meta_or_json_ld() {
        let description = |head: &str| {
            let html = format!("<html><head>{head}</head><body><p>Text.</p></body></html>");
            page_meta(&html).metadata.description.map(|d| {
                let span = &html[d.span.start..d.span.end];
                (d.value, span.to_string())
            })
        };
        let both = r#"<meta name="description" content="For search."><meta property="og:description" content="Bread &amp; butter, shared.">"#;
        assert_eq!(
            description(both),
            Some((
                "Bread & butter, shared.".to_string(),
                "Bread &amp; butter, shared.".to_string()
            ))
        );
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","description":"A summary."}</script>"#;
        assert_eq!(description(ld).map(|d| d.0).as_deref(), Some("A summary."));
        assert_eq!(
            description(r#"<meta name="description" content="  ">"#),
            None
        );
        assert_eq!(description("<title>No summary</title>"), None);
    }

    #[test]
    fn authors_from_json_ld_references_and_bylines() {
        let author = |html: &str| page_meta(html).metadata.author.map(|a| a.value);
        // Yoast's graph: the article's author is a reference to a Person; entities decoded.
        let ld = r#"<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"H","author":{"@id":"https://x.example/#/person/1"}},{"@type":"Person","@id":"https://x.example/#/person/1","name":"Maria &amp; Katerina"}]}</script>"#;
        assert_eq!(
            author(&format!("<html><head>{ld}</head><body></body></html>")).as_deref(),
            Some("Maria & Katerina")
        );
        // Several authors, each once, joined as a byline writes them; the span runs from the
        // first name to the last. A list too long for a byline gives its first name.
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jared Newman"},{"@type":"Person","name":"Sam Singleton"},"Ana Ruiz","Jared Newman"]}</script>"#;
        let page = format!("<html><head>{ld}</head><body></body></html>");
        let m = page_meta(&page);
        let a = m.metadata.author.expect("authors");
        assert_eq!(a.value, "Jared Newman, Sam Singleton and Ana Ruiz");
        let spanned = &page[a.span.start..a.span.end];
        assert!(spanned.starts_with("Jared Newman") && spanned.ends_with("Ana Ruiz"));
        let many: Vec<String> = (0..9).map(|k| format!(r#""Writer Number{k}""#)).collect();
        let ld = format!(
            r#"<script type="application/ld+json">{{"@type":"Article","author":[{}]}}</script>"#,
            many.join(",")
        );
        assert_eq!(
            author(&format!("<html><head>{ld}</head><body></body></html>")).as_deref(),
            Some("Writer Number0")
        );
        // The one name in the page's byline elements, "By" stripped.
        assert_eq!(
            author(r#"<html><body><h1>Pruning</h1><span class="post-author">By Jane Porter</span><p>Text.</p></body></html>"#).as_deref(),
            Some("Jane Porter")
        );
        assert_eq!(
            author(r#"<html><body><span itemprop="author">Jon Norris</span></body></html>"#)
                .as_deref(),
            Some("Jon Norris")
        );
        // A microdata author's own name, a forum handle with digits, though its item is hidden
        // and holds the avatar's letter too; the reviewer's card further down is not the page's.
        let thread = r#"<html><body><div itemscope itemtype="https://schema.org/DiscussionForumPosting"><div class="hidden"><div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">JWoodguy13</span><span>J</span></div></div><p>Hello all.</p></div><div itemprop="author" itemscope><meta itemprop="name" content="Tony B"><a>Tony B</a></div></body></html>"#;
        assert_eq!(author(thread).as_deref(), Some("JWoodguy13"));
        // A Q&A page whose item type stands on its root: the asker's card is the first, the
        // answerers' and commenters' follow.
        let question = r#"<html itemscope itemtype="https://schema.org/QAPage"><body><p>How does it work?</p><div class="user-details" itemprop="author" itemscope><a href="/users/198419/user3080392">user3080392</a><meta itemprop="name" content="user3080392"></div><div itemprop="author" itemscope><span itemprop="name">Tony Stewart</span></div><a href="/users/189585/elliot-alderson" class="comment-user">Elliot Alderson</a></body></html>"#;
        assert_eq!(author(question).as_deref(), Some("user3080392"));
        // A byline element that ends with the date: the name before it, without the date's
        // label; one that holds only a date names no one.
        assert_eq!(
            author(r#"<html><body><h1>Defer</h1><p class="author"> Andrew Gerrand<br> 4 August 2010</p></body></html>"#)
                .as_deref(),
            Some("Andrew Gerrand")
        );
        assert_eq!(
            without_trailing_date("Jane Doe · Last updated Mar 3, 2025"),
            Some("Jane Doe")
        );
        assert_eq!(
            without_trailing_date("BeauHD on Friday December 19, 2025"),
            Some("BeauHD")
        );
        assert_eq!(without_trailing_date("Updated Dec 17, 2025"), None);
        assert_eq!(without_trailing_date("Sat, 20 Dec, 2025 - 06:36"), None);
        assert_eq!(without_trailing_date("Agent 47 returns"), None);
        // The author metas of other publishers' tools, and Yoast's "Written by" label.
        assert_eq!(
            author(
                r#"<html><head><meta name="sailthru.author" content="Ellen O'Brien"></head></html>"#
            )
            .as_deref(),
            Some("Ellen O'Brien")
        );
        let yoast = r#"<html><head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Tyler Brown"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="5 minutes"></head></html>"#;
        assert_eq!(author(yoast).as_deref(), Some("Tyler Brown"));
        let reading = r#"<html><head><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="5 minutes"></head></html>"#;
        assert_eq!(author(reading), None);
        // A paper's citation metas: each author's name turned first name first, all of them
        // when they fit, the first alone when they do not; a name without a comma as it is.
        let cite = |names: &[&str]| {
            let metas: String = names
                .iter()
                .map(|n| format!(r#"<meta name="citation_author" content="{n}">"#))
                .collect();
            author(&format!("<html><head>{metas}</head></html>"))
        };
        assert_eq!(
            cite(&["Roy, Aniruddha", "Patel, Jyoti", "Jane Doe"]).as_deref(),
            Some("Aniruddha Roy, Jyoti Patel, Jane Doe")
        );
        let many: Vec<String> = (0..12).map(|k| format!("Author{k}, Ann")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(cite(&many).as_deref(), Some("Ann Author0"));
        // The commenters' names under the article are not the page's bylines.
        let commented = r#"<html><body><article><div class="wp-block-post-author__name">Jane Doe</div><p>Text.</p></article><ol><li><div class="wp-block-comment-author-name">Bo Chan</div></li><li><div class="wp-block-comment-author-name">Ann Lee</div></li></ol></body></html>"#;
        assert_eq!(author(commented).as_deref(), Some("Jane Doe"));
        // A page's own author meta comes first.
        let both = r#"<html><head><meta name="author" content="Jane Doe"><meta name="citation_author" content="Roe, John"></head></html>"#;
        assert_eq!(author(both).as_deref(), Some("Jane Doe"));
        // Several names in bylines are a listing's entries or testimonials: none is the page's.
        assert_eq!(
            author(
                r#"<html><body><div class="byline">Ann Lee</div><div class="byline">Bo Chan</div></body></html>"#
            ),
            None
        );
        // An author's box or bio is no byline; a form's label and a profile id are no names.
        assert_eq!(
            author(
                r#"<html><body><div class="author-bio">Jane writes about gardens.</div></body></html>"#
            ),
            None
        );
        assert_eq!(
            author(r#"<html><head><meta name="author" content="262588213843476"></head></html>"#),
            None
        );
        assert_eq!(plausible_author("Name *"), None);
        assert_eq!(
            plausible_author("Authored by: Dr. Ehsan Jazini").as_deref(),
            Some("Dr. Ehsan Jazini")
        );
        assert_eq!(plausible_author("page.head.extra.author"), None);
        // The site's webmaster names no writer. (A mail address does: a forum's poster, a
        // studio's writer.)
        assert_eq!(plausible_author("Webmaster"), None);
        assert_eq!(
            plausible_author("beatriz.pinto@hommes.studio").as_deref(),
            Some("beatriz.pinto@hommes.studio")
        );
        // A script's placeholder in JSON-LD ("name": "undefined"); a name that holds the word
        // stays.
        assert_eq!(plausible_author("undefined"), None);
        assert_eq!(plausible_author("Get in touch"), None);
        assert_eq!(plausible_author("Contact us"), None);
        // A name that begins like a call to action's verb is a name.
        assert_eq!(
            plausible_author("Book Smith").as_deref(),
            Some("Book Smith")
        );
        assert_eq!(plausible_author("Null"), None);
        assert_eq!(plausible_author("Nora None").as_deref(), Some("Nora None"));
        assert_eq!(
            plausible_author(", USA TODAY").as_deref(),
            Some("USA TODAY")
        );
        assert_eq!(plausible_author("Joe – Joe").as_deref(), Some("Joe"));
        assert_eq!(
            plausible_author("Written by Ann Lee").as_deref(),
            Some("Ann Lee")
        );
    }

    /// An `<h1>` that is a whole part of the title between its separators is the headline, where
    /// the title sets the site's name or a slogan beside it; an `<h1>` naming the site is not.
    #[test]
    fn headline_as_a_part_of_the_title() {
        let title = |html: &str| page_meta(html).metadata.title.map(|t| t.value);
        assert_eq!(
            title(
                r#"<html><head><meta property="og:site_name" content="Al Jazeera"><meta property="og:title" content="Economy | Today's latest from Al Jazeera"></head><body><h1>Economy</h1></body></html>"#
            )
            .as_deref(),
            Some("Economy")
        );
        // The site first: the `<title>`'s last part is the page's, not the site's name.
        assert_eq!(
            title(
                r#"<html><head><meta property="og:site_name" content="NASA Scientific Visualization Studio"><meta property="og:title" content="NASA Scientific Visualization Studio | Impact of Climate Change on Global Agricultural Yields"></head><body><h1>Impact of Climate Change on Global Agricultural Yields</h1></body></html>"#
            )
            .as_deref(),
            Some("Impact of Climate Change on Global Agricultural Yields")
        );
        // The logo's `<h1>`, the site's name after the post's title.
        assert_eq!(
            title(
                r#"<html><head><title>A brief intro to git - Cory Dransfeldt</title></head><body><h1>Cory Dransfeldt</h1><h2>A brief intro to git</h2></body></html>"#
            )
            .as_deref(),
            Some("A brief intro to git")
        );
        // A title without separators has no parts.
        assert!(title_parts("A brief intro to git").is_empty());
        assert_eq!(
            title_parts("Jimmy: The Ultimate Device Opener | iFixit"),
            ["Jimmy", "The Ultimate Device Opener", "iFixit"]
        );
    }

    #[test]
    fn product_pages() {
        let desc = "A stove that folds into its own pot.";
        let ld = format!(
            r#"<script type="application/ld+json">{{"@type":"Product","name":"Stove","description":"{desc}"}}</script>"#
        );
        let m = page_meta(&format!(
            "<html><head>{ld}</head><body><h1>Stove</h1></body></html>"
        ));
        assert!(m.product);
        assert_eq!(m.product_description.as_deref(), Some(desc));
        for page in [
            r#"<html><head><meta property="og:type" content="product"></head><body></body></html>"#,
            r#"<html><head><meta property="og:type" content="product.group"></head><body></body></html>"#,
            // Markup says product: the related products' cart buttons do not make it a catalogue.
            &format!(
                "<html><head>{ld}</head><body>{}</body></html>",
                r#"<button class="addToCart">Add</button>"#.repeat(12)
            ),
            r#"<html><body><div itemscope itemtype="https://schema.org/Product"><h1>Stove</h1></div></body></html>"#,
            r#"<html><body><h1>Stove</h1><button id="add-to-cart-button">Add to cart</button></body></html>"#,
            r#"<html><body><form action="/cart/add"><button>Buy</button></form></body></html>"#,
        ] {
            assert!(page_meta(page).product, "{page}");
        }
        // A catalogue lists many products; an article has none.
        let cards = r#"<div itemscope itemtype="https://schema.org/Product">Stove</div>"#.repeat(6);
        let buttons = r#"<button class="addToCart">Add</button>"#.repeat(12);
        for page in [
            format!("<html><body>{cards}</body></html>"),
            format!("<html><body><h1>Stoves</h1>{buttons}</body></html>"),
            r#"<html><head><meta property="og:type" content="article"></head><body><p>Add to cart</p></body></html>"#.to_string(),
        ] {
            let m = page_meta(&page);
            assert!(!m.product, "{page}");
            assert!(m.product_description.is_none());
        }
    }

    #[test]
    fn product_urls() {
        for url in [
            "https://ruggable.com/products/beatrice-tan-tufted-rug",
            "https://www.amazon.com/Atomic-Habits-Proven-Build-Break/dp/0735211299",
            "https://www.ebay.com/itm/1234567890",
            "https://shop.example.com/product/trail-stove/",
            "https://www.wayfair.com/lighting/pdp/bread-stone-x-beaded-cut-16-row.html",
        ] {
            assert!(is_product_url(url), "{url}");
        }
        for url in [
            "https://example.com/blog/productivity-tips",
            "https://example.com/search?q=/products/",
            "https://example.substack.com/p/why-we-build",
            "products",
        ] {
            assert!(!is_product_url(url), "{url}");
        }
    }

    #[test]
    fn thread_urls() {
        for url in [
            "https://www.warriorforum.com/showthread.php?t=1488296.html#post11793057",
            "https://www.phpbb.com/community/viewtopic.php?t=2650221",
            "https://forums.example.com/threads/which-stand-mixer.12345/",
            "https://meta.discourse.org/t/slug-of-topic/289012",
            "https://www.reddit.com/r/technology/comments/1abc2d/fcc_chair/",
            "https://forum.corsair.com/forums/topic/188682-new-2500x-pc-case/",
            "https://open.vanillaforums.com/discussion/39620/higher-logic",
            "https://discuss.flarum.org/d/2068-types-of-threads",
        ] {
            assert!(is_thread_url(url), "{url}");
        }
        for url in [
            "https://www.britannica.com/topic/history-of-coffee",
            "https://www.ciodive.com/topic/cloud/",
            "https://news.example.com/2024/05/threads-of-history",
            "https://example.com/t/shirts",
            "https://example.com/threads",
            "https://example.com/",
            "not a url",
        ] {
            assert!(!is_thread_url(url), "{url}");
        }
    }

    #[test]
    fn discussion_pages() {
        for page in [
            r#"<html><head><script type="application/ld+json">{"@type":"QAPage","mainEntity":{"@type":"Question"}}</script></head><body></body></html>"#,
            r#"<html><head><script type="application/ld+json">{"@graph":[{"@type":["DiscussionForumPosting"]}]}</script></head><body></body></html>"#,
            r#"<html><head><meta property="og:type" content="Forum"></head><body></body></html>"#,
            r#"<html><body><div itemscope itemtype="https://schema.org/DiscussionForumPosting"><p>Post</p></div></body></html>"#,
        ] {
            assert!(page_meta(page).discussion, "{page}");
        }
        // An article's FAQ (FAQPage questions) is no discussion.
        for page in [
            r#"<html><head><script type="application/ld+json">{"@type":"FAQPage","mainEntity":[{"@type":"Question"}]}</script></head><body></body></html>"#,
            r#"<html><head><meta property="og:type" content="article"></head><body></body></html>"#,
        ] {
            assert!(!page_meta(page).discussion, "{page}");
        }
    }

    #[test]
    fn article_pages() {
        let article =
            r#"<html><head><meta property="og:type" content="Article"></head><body></body></html>"#;
        assert!(page_meta(article).article);
        for page in [
            r#"<html><head><meta property="og:type" content="website"></head><body></body></html>"#,
            r#"<html><head><script type="application/ld+json">{"@type":"Article"}</script></head><body></body></html>"#,
        ] {
            assert!(!page_meta(page).article, "{page}");
        }
    }

    #[test]
    fn sold_products() {
        // A product named in the markup, with a price there or a cart control: a shop's page.
        for page in [
            r#"<html><head><script type="application/ld+json">{"@type":"Product","name":"Stove","offers":{"@type":"Offer","price":"89"}}</script></head><body></body></html>"#,
            r#"<html><body><div itemscope itemtype="https://schema.org/Product"><h1>Stove</h1><span itemprop="price">89</span></div></body></html>"#,
            r#"<html><head><meta property="og:type" content="product"><meta property="product:price:amount" content="89"></head><body></body></html>"#,
            r#"<html><head><meta property="og:type" content="product"></head><body><button class="add-to-cart">Add</button></body></html>"#,
        ] {
            let m = page_meta(page);
            assert!(m.product && m.sold, "{page}");
        }
        // A service page's Product markup for its rating stars, or a cart button alone, is not.
        for page in [
            r#"<html><head><script type="application/ld+json">{"@type":"Product","name":"Consulting","aggregateRating":{"ratingValue":"4.8"}}</script></head><body></body></html>"#,
            r#"<html><body><h1>Stove</h1><button id="add-to-cart-button">Add to cart</button></body></html>"#,
        ] {
            let m = page_meta(page);
            assert!(m.product && !m.sold, "{page}");
        }
    }
}
