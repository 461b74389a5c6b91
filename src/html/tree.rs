//! A DOM built from the tokens: an arena of nodes in document order, built without recursion.
//!
//! This is a lenient tree builder, not the full HTML5 tree-construction algorithm: it applies the
//! implied end tags that shape text blocks (`p`, `li`, `dt`/`dd`, table rows and cells, `option`,
//! headings, the head before body content) and ignores end tags that close nothing. Nodes are
//! appended in document order, so a node's index is larger than its parent's and a forward scan of
//! the arena is a pre-order walk: every pass over the tree is a loop, never a recursion, whatever
//! the nesting depth of the page.

use super::tokenize::{Attr, Name, Range, Token, Tokenizer};
use crate::text::KeyHasher;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

pub const NONE: u32 = u32::MAX;

#[derive(Debug, Clone)]
pub enum Kind<'a> {
    Document,
    Element {
        name: Name<'a>,
        /// Where its attributes are in [`Tree::attrs`].
        attrs: AttrSpan,
    },
    Text(Range),
    /// Content of a raw-text element (script, style, title...): never body text.
    RawText(Range),
}

/// The attributes of one element: `start..end` in [`Tree::attrs`]. All the attributes of a page
/// are in one store, so that an element costs no allocation of its own.
#[derive(Debug, Clone, Copy, Default)]
pub struct AttrSpan {
    start: u32,
    end: u32,
    /// A bit for each of its attributes' names ([`name_bit`]): most look-ups ask for an attribute
    /// the element does not have (`hidden`, `style`, `role`...), and end here.
    names: u32,
}

impl AttrSpan {
    /// Its attributes in the store `all`.
    #[inline]
    fn of<'s, 'a>(self, all: &'s [Attr<'a>]) -> &'s [Attr<'a>] {
        all.get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }
}

/// The bit of an attribute's name in [`AttrSpan::names`], from its length and its first and last
/// bytes: names that share a bit are only compared.
#[inline]
fn name_bit(name: &str) -> u32 {
    let b = name.as_bytes();
    let (first, last) = (
        b.first().copied().unwrap_or(0) as u32,
        b.last().copied().unwrap_or(0) as u32,
    );
    1 << ((first.wrapping_mul(7) ^ last.wrapping_mul(3) ^ b.len() as u32) & 31)
}

#[derive(Debug, Clone)]
pub struct Node<'a> {
    pub parent: u32,
    pub kind: Kind<'a>,
    pub depth: u32,
}

pub struct Tree<'a> {
    pub src: &'a str,
    pub nodes: Vec<Node<'a>>,
    /// The attributes of all elements, in the order of their tags in the page.
    pub attrs: Vec<Attr<'a>>,
    /// Where the source order of the nodes breaks: `jumps[i]` is true when node `i` does not
    /// follow node `i - 1` in the page's source (streamed segments put in their places, see
    /// [`place_streamed_segments`]). Empty when the tree is in source order.
    pub jumps: Vec<bool>,
}

impl<'a> Tree<'a> {
    pub fn name(&self, i: u32) -> &str {
        match &self.nodes[i as usize].kind {
            Kind::Element { name, .. } => name,
            _ => "",
        }
    }

    /// The raw value of attribute `name` of element `i`.
    #[inline]
    pub fn attr(&self, i: u32, name: &str) -> Option<&'a str> {
        self.attr_range(i, name).map(|r| &self.src[r])
    }

    #[inline]
    pub fn attr_range(&self, i: u32, name: &str) -> Option<Range> {
        match &self.nodes[i as usize].kind {
            Kind::Element { attrs, .. } if attrs.names & name_bit(name) != 0 => self
                .attrs_of(*attrs)
                .iter()
                .find(|a| same_name(&a.name, name))
                .map(|a| a.value.clone()),
            _ => None,
        }
    }

    /// The attributes that `span` marks out.
    #[inline]
    pub fn attrs_of(&self, span: AttrSpan) -> &[Attr<'a>] {
        span.of(&self.attrs)
    }

    pub fn parent(&self, i: u32) -> u32 {
        self.nodes[i as usize].parent
    }

    /// Node `i` does not follow node `i - 1` in the page's source.
    pub fn jump_at(&self, i: usize) -> bool {
        self.jumps.get(i).copied().unwrap_or(false)
    }
}

/// `a == b` for the short names of attributes, byte by byte: the passes over the tree ask for
/// attributes millions of times, and a call to `memcmp` for each costs more than the compare.
#[inline]
fn same_name(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

/// Start tags that close an open `p`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
    "li",
    "dd",
    "dt",
];

/// Elements that may sit in `<head>`; anything else starts the body.
const HEAD_CONTENT: &[&str] = &[
    "title", "meta", "link", "script", "style", "base", "noscript", "template",
];

/// How far down the open-element stack an end tag or an implied end looks for its element. A bound
/// keeps badly nested pages linear: an end tag that matches nothing near the top is ignored.
const SEARCH_LIMIT: usize = 256;

struct Builder<'a> {
    nodes: Vec<Node<'a>>,
    attrs: Vec<Attr<'a>>,
    stack: Vec<u32>,
    src: &'a str,
    /// Open `svg`/`math` elements: there `<x/>` closes itself.
    foreign: usize,
    /// A `<head>` element is open.
    head_open: bool,
    /// Where on the stack the elements of each name are, from the bottom: a search for the
    /// nearest open element of some names, below none of others, reads their last places rather
    /// than looking through [`SEARCH_LIMIT`] open elements (deeply nested pages search for
    /// nearly every tag).
    open_at: HashMap<Box<str>, Vec<u32>, BuildHasherDefault<KeyHasher>>,
}

impl<'a> Builder<'a> {
    fn top(&self) -> u32 {
        *self.stack.last().unwrap_or(&0)
    }
    fn top_name(&self) -> &str {
        match &self.nodes[self.top() as usize].kind {
            Kind::Element { name, .. } => name,
            _ => "",
        }
    }
    fn name_of(&self, i: u32) -> &str {
        match &self.nodes[i as usize].kind {
            Kind::Element { name, .. } => name,
            _ => "",
        }
    }
    fn append(&mut self, kind: Kind<'a>) -> u32 {
        let parent = self.top();
        let depth = self.nodes[parent as usize].depth + 1;
        let id = self.nodes.len() as u32;
        self.nodes.push(Node {
            parent,
            kind,
            depth,
        });
        id
    }
    /// Position in the stack of the nearest open element named one of `names`, looking no further
    /// than an element named one of `stop`.
    fn find_open(&self, names: &[&str], stop: &[&str]) -> Option<usize> {
        let last_at = |list: &[&str]| {
            list.iter()
                .filter_map(|n| self.open_at.get(*n)?.last().copied())
                .max()
        };
        let found = last_at(names).and_then(|at| {
            let at = at as usize;
            // Within the search's reach from the top, and with no element of `stop` above it.
            let reachable = self.stack.len() - at <= SEARCH_LIMIT;
            let stopped = last_at(stop).is_some_and(|s| s as usize > at);
            (reachable && !stopped).then_some(at)
        });
        #[cfg(test)]
        assert_eq!(
            found,
            self.find_open_by_scan(names, stop),
            "{names:?} {stop:?}"
        );
        found
    }
    /// [`Self::find_open`] by looking down the stack: what it must answer, checked in tests.
    #[cfg(test)]
    fn find_open_by_scan(&self, names: &[&str], stop: &[&str]) -> Option<usize> {
        for (k, &i) in self.stack.iter().enumerate().rev().take(SEARCH_LIMIT) {
            let n = self.name_of(i);
            if names.contains(&n) {
                return Some(k);
            }
            if stop.contains(&n) {
                return None;
            }
        }
        None
    }
    fn pop_to(&mut self, k: usize) {
        while self.stack.len() > k.max(1) {
            if let Some(i) = self.stack.pop() {
                let name = match &self.nodes[i as usize].kind {
                    Kind::Element { name, .. } => name,
                    _ => continue,
                };
                if let Some(places) = self.open_at.get_mut(&**name) {
                    places.pop();
                }
                match &**name {
                    "svg" | "math" => self.foreign = self.foreign.saturating_sub(1),
                    "head" => self.head_open = false,
                    _ => {}
                }
            }
        }
    }
    fn close(&mut self, names: &[&str], stop: &[&str]) {
        if let Some(k) = self.find_open(names, stop) {
            self.pop_to(k);
        }
    }

    fn start(&mut self, name: Name<'a>, attrs: AttrSpan, self_closing: bool, range: Range) {
        let n: &str = &name;
        if self.head_open && !HEAD_CONTENT.contains(&n) && n != "head" {
            self.close(&["head"], &[]);
        }
        const SCOPE: &[&str] = &["table", "td", "th", "button", "body", "html", "caption"];
        if CLOSES_P.contains(&n) {
            self.close(&["p"], SCOPE);
        }
        match n {
            "li" => self.close(&["li"], &["ul", "ol", "menu", "table", "body"]),
            "dt" | "dd" => self.close(&["dt", "dd"], &["dl", "table", "body"]),
            "tr" => self.close(&["tr"], &["table", "tbody", "thead", "tfoot"]),
            "td" | "th" => self.close(&["td", "th"], &["tr", "table"]),
            "tbody" | "thead" | "tfoot" => {
                self.close(&["tr"], &["table"]);
                self.close(&["tbody", "thead", "tfoot"], &["table"]);
            }
            "option" | "optgroup" if self.top_name() == "option" => {
                self.pop_to(self.stack.len() - 1);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                if matches!(self.top_name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") =>
            {
                self.pop_to(self.stack.len() - 1);
            }
            "body" => self.close(&["head"], &[]),
            _ => {}
        }
        let void = VOID.contains(&n) || (self_closing && self.foreign > 0);
        let foreign = matches!(n, "svg" | "math");
        let _ = range;
        if !void {
            // Its place once pushed: the stack's length now.
            let at = self.stack.len() as u32;
            match self.open_at.get_mut(n) {
                Some(places) => places.push(at),
                None => {
                    self.open_at.insert(n.into(), vec![at]);
                }
            }
        }
        let id = self.append(Kind::Element { name, attrs });
        if !void {
            self.stack.push(id);
            if foreign {
                self.foreign += 1;
            }
            if self.name_of(id) == "head" {
                self.head_open = true;
            }
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            // Content after `</body>` still belongs to the body.
            "body" | "html" => {}
            "br" => {
                self.append(Kind::Element {
                    name: "br".into(),
                    attrs: AttrSpan::default(),
                });
            }
            _ => self.close(&[name], &[]),
        }
    }
}

/// Parses a page into a tree. Never fails.
pub fn parse(src: &str) -> Tree<'_> {
    let mut b = Builder {
        nodes: Vec::with_capacity(src.len() / 32 + 4),
        attrs: Vec::with_capacity(src.len() / 64 + 4),
        stack: vec![0],
        src,
        foreign: 0,
        head_open: false,
        open_at: HashMap::default(),
    };
    b.nodes.push(Node {
        parent: NONE,
        kind: Kind::Document,
        depth: 0,
    });
    let mut tokens = Tokenizer::new(src);
    while let Some(tok) = tokens.next() {
        match tok {
            Token::Text(r) => {
                if b.head_open
                    && !crate::text::is_blank(&src[r.clone()])
                    && !matches!(b.top_name(), "noscript" | "template")
                {
                    b.close(&["head"], &[]);
                }
                b.append(Kind::Text(r));
            }
            Token::RawText(r) => {
                b.append(Kind::RawText(r));
            }
            Token::Start {
                name,
                self_closing,
                range,
            } => {
                let start = b.attrs.len() as u32;
                let names = tokens.attrs.iter().fold(0, |m, a| m | name_bit(&a.name));
                b.attrs.append(&mut tokens.attrs);
                let attrs = AttrSpan {
                    start,
                    end: b.attrs.len() as u32,
                    names,
                };
                b.start(name, attrs, self_closing, range)
            }
            Token::End { name } => b.end(&name),
            Token::Other => {}
        }
    }
    let _ = b.src;
    let (nodes, jumps) = match place_streamed_segments(src, &b.nodes, &b.attrs) {
        Some((nodes, jumps)) => (nodes, jumps),
        None => (b.nodes, Vec::new()),
    };
    Tree {
        src,
        nodes,
        attrs: b.attrs,
        jumps,
    }
}

/// The number of a streamed segment's element (`<div hidden id="S:n">`) or of its placeholder
/// (`<template id="B:n">`): `prefix` is `S:` or `B:`.
fn segment_number<'s>(
    src: &'s str,
    node: &Node,
    all_attrs: &[Attr],
    tag: &str,
    prefix: &str,
) -> Option<&'s str> {
    let Kind::Element { name, attrs } = &node.kind else {
        return None;
    };
    let attrs = attrs.of(all_attrs);
    if &**name != tag || (tag == "div" && !attrs.iter().any(|a| &*a.name == "hidden")) {
        return None;
    }
    let id = attrs.iter().find(|a| &*a.name == "id")?;
    src.get(id.value.clone())?
        .trim()
        .strip_prefix(prefix)
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// React's streaming server rendering sends the late parts of a page at the end of the body, each
/// in a `<div hidden id="S:n">`, and a script moves each into its place, the `<template
/// id="B:n">` left where it belongs (in the article, under its heading). The page is read as the
/// reader sees it: each segment's element is placed right after its template, so that extraction
/// finds it in its region and in its order. Text nodes keep their ranges in the source, so spans
/// still point at the original bytes; `jumps` marks where the new order leaves the source order.
/// `None` when the page has no segment to move, or when moving them would lose a node (a segment
/// placed inside itself): the tree then stays as parsed.
fn place_streamed_segments<'a>(
    src: &str,
    nodes: &[Node<'a>],
    attrs: &[Attr<'a>],
) -> Option<(Vec<Node<'a>>, Vec<bool>)> {
    use std::collections::HashMap;
    let n = nodes.len();
    let mut segments: HashMap<&str, u32> = HashMap::new();
    for (i, node) in nodes.iter().enumerate() {
        if let Some(num) = segment_number(src, node, attrs, "div", "S:") {
            segments.entry(num).or_insert(i as u32);
        }
    }
    if segments.is_empty() {
        return None;
    }
    // The segment that follows each placeholder, and the segments that move.
    let mut after: HashMap<u32, u32> = HashMap::new();
    let mut moved = vec![false; n];
    for (i, node) in nodes.iter().enumerate() {
        let Some(num) = segment_number(src, node, attrs, "template", "B:") else {
            continue;
        };
        if let Some(&s) = segments.get(num) {
            if !moved[s as usize] && s as usize != i {
                after.insert(i as u32, s);
                moved[s as usize] = true;
            }
        }
    }
    if after.is_empty() {
        return None;
    }
    // Children in source order, as first-child and next-sibling links.
    let mut first_child = vec![NONE; n];
    let mut next_sibling = vec![NONE; n];
    let mut last_child = vec![NONE; n];
    for (i, node) in nodes.iter().enumerate().skip(1) {
        let p = node.parent as usize;
        if p >= n {
            continue;
        }
        if last_child[p] == NONE {
            first_child[p] = i as u32;
        } else {
            next_sibling[last_child[p] as usize] = i as u32;
        }
        last_child[p] = i as u32;
    }
    // A pre-order walk with an explicit stack: (node, its new parent, its depth).
    let mut out: Vec<Node<'a>> = Vec::with_capacity(n);
    let mut jumps: Vec<bool> = Vec::with_capacity(n);
    let mut emitted = vec![false; n];
    // The source index of the node placed last.
    let mut prev = u32::MAX;
    let mut stack: Vec<(u32, u32, u32)> = vec![(0, NONE, 0)];
    let mut children: Vec<u32> = Vec::new();
    while let Some((i, parent, depth)) = stack.pop() {
        if emitted[i as usize] {
            continue;
        }
        emitted[i as usize] = true;
        let new_id = out.len() as u32;
        jumps.push(i != prev.wrapping_add(1));
        prev = i;
        out.push(Node {
            parent,
            kind: nodes[i as usize].kind.clone(),
            depth,
        });
        children.clear();
        let mut c = first_child[i as usize];
        while c != NONE {
            if !moved[c as usize] {
                children.push(c);
            }
            if let Some(&s) = after.get(&c) {
                children.push(s);
            }
            c = next_sibling[c as usize];
        }
        stack.extend(children.iter().rev().map(|&c| (c, new_id, depth + 1)));
    }
    if out.len() != n {
        return None;
    }
    Some((out, jumps))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(t: &Tree) -> String {
        t.nodes
            .iter()
            .skip(1)
            .map(|n| {
                let pad = " ".repeat(n.depth as usize - 1);
                match &n.kind {
                    Kind::Element { name, .. } => format!("{pad}{name}"),
                    Kind::Text(r) | Kind::RawText(r) => format!("{pad}'{}'", &t.src[r.clone()]),
                    Kind::Document => String::new(),
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Every attribute an element has is found by name, in any of its elements, and the names it
    /// lacks are not, whatever bits their names share.
    #[test]
    fn attributes_by_name() {
        let names = [
            "class",
            "id",
            "style",
            "hidden",
            "role",
            "aria-hidden",
            "href",
            "data-x",
            "x",
            "lang",
            "itemprop",
            "content",
            "name",
            "rel",
            "type",
            "title",
            "alt",
            "src",
        ];
        for (k, skip) in names.iter().enumerate() {
            let attrs: String = names
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != k && j % (k % 3 + 1) == 0)
                .map(|(j, n)| format!(" {n}=v{j}"))
                .collect();
            let page = format!("<div{attrs}>t</div><P CLASS=up>u</P>");
            let t = parse(&page);
            let div = (0..t.nodes.len() as u32).find(|&i| t.name(i) == "div");
            let div = div.expect("a div");
            for (j, n) in names.iter().enumerate() {
                let want = (j != k && j % (k % 3 + 1) == 0).then(|| format!("v{j}"));
                assert_eq!(t.attr(div, n).map(str::to_string), want, "{n} in {page}");
            }
            assert_eq!(t.attr(div, skip), None);
            let p = (0..t.nodes.len() as u32).find(|&i| t.name(i) == "p");
            assert_eq!(t.attr(p.expect("a p"), "class"), Some("up"));
        }
    }

    #[test]
    fn implied_ends() {
        let t = parse("<ul><li>a<li>b</ul><p>x<p>y<div>z</div>");
        assert_eq!(
            outline(&t),
            "ul\n li\n  'a'\n li\n  'b'\np\n 'x'\np\n 'y'\ndiv\n 'z'"
        );
    }

    #[test]
    fn tables() {
        let t = parse("<table><tr><td>a<td>b<tr><td>c</table>");
        assert_eq!(
            outline(&t),
            "table\n tr\n  td\n   'a'\n  td\n   'b'\n tr\n  td\n   'c'"
        );
    }

    #[test]
    fn stray_end_tags_are_ignored() {
        let t = parse("<div>a</span></p>b</div>c");
        assert_eq!(outline(&t), "div\n 'a'\n 'b'\n'c'");
    }

    #[test]
    fn streamed_segments_go_to_their_placeholders() {
        let page = "<main><h1>T</h1><template id=\"B:0\"></template><p>end</p></main>\
                    <div hidden id=\"S:0\"><p>a</p><template id=\"B:1\"></template></div>\
                    <div hidden id=\"S:1\"><p>b</p></div>";
        let t = parse(page);
        assert_eq!(
            outline(&t),
            "main\n h1\n  'T'\n template\n div\n  p\n   'a'\n  template\n  div\n   p\n    'b'\n p\n  'end'"
        );
        let jumps: Vec<usize> = (0..t.nodes.len()).filter(|&i| t.jump_at(i)).collect();
        // Into segment 0 (segment 1 follows its placeholder in the source too), and back to the
        // paragraph after the first placeholder.
        assert_eq!(jumps, [5, 12]);
        // A segment whose placeholder is inside it stays where it is.
        let t = parse("<div hidden id=\"S:2\"><template id=\"B:2\"></template>x</div>");
        assert_eq!(outline(&t), "div\n template\n 'x'");
        assert!(t.jumps.is_empty());
    }

    /// The implied and explicit ends that look down the stack find what a search from the top,
    /// bounded by `SEARCH_LIMIT`, finds (`find_open` checks itself against that search in
    /// tests): a paragraph under a table's cell is no paragraph to close; one buried deeper than
    /// the bound stays open; lists and end tags close within the bound.
    #[test]
    fn ends_find_what_a_search_down_the_stack_finds() {
        let deep = |n: usize, tag: &str| format!("<{tag}>").repeat(n);
        for page in [
            format!("<p>a<table><tr><td>b{}c", deep(300, "ul")),
            format!("<p>a{}<p>b</p>{}", deep(300, "ul"), deep(3, "li")),
            format!("<p>a{}<div>b</p>c", deep(200, "span")),
            format!("<table><tr><td>a{}<td>b<tr>c</table>", deep(40, "div")),
            format!(
                "<dl><dt>a{}<dd>b</dl>{}</div>",
                deep(260, "div"),
                deep(5, "dd")
            ),
            format!("<blockquote>{}</blockquote>x", deep(10, "figcaption")),
        ] {
            let t = parse(&page);
            assert!(t.nodes.len() > 3, "{page}");
        }
        // A table closes the paragraph open under 100 spans, not the one under 300 (beyond the
        // bound); a list in the table's cell closes neither.
        let depth_of_last = |spans: usize| {
            let page = format!("<div><p>a{}<table><tr><td>b<ul>c", deep(spans, "span"));
            parse(&page).nodes.last().map(|n| n.depth)
        };
        assert_eq!(depth_of_last(100), Some(6));
        assert_eq!(depth_of_last(300), Some(307));
    }

    #[test]
    fn deep_nesting_is_fine() {
        let page = "<div>".repeat(100_000) + "x" + &"</div>".repeat(100_000);
        let t = parse(&page);
        assert_eq!(t.nodes.len(), 100_002);
    }
}
