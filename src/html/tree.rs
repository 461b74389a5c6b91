//! A DOM built from the tokens: an arena of nodes in document order, built without recursion.
//!
//! This is a lenient tree builder, not the full HTML5 tree-construction algorithm: it applies the
//! implied end tags that shape text blocks (`p`, `li`, `dt`/`dd`, table rows and cells, `option`,
//! headings, the head before body content) and ignores end tags that close nothing. Nodes are
//! appended in document order, so a node's index is larger than its parent's and a forward scan of
//! the arena is a pre-order walk: every pass over the tree is a loop, never a recursion, whatever
//! the nesting depth of the page.

use super::tokenize::{Attr, Range, Token, Tokenizer};

pub const NONE: u32 = u32::MAX;

#[derive(Debug, Clone)]
pub enum Kind {
    Document,
    Element {
        name: Box<str>,
        attrs: Vec<Attr>,
    },
    Text(Range),
    /// Content of a raw-text element (script, style, title...): never body text.
    RawText(Range),
}

#[derive(Debug, Clone)]
pub struct Node {
    pub parent: u32,
    pub kind: Kind,
    pub depth: u32,
}

pub struct Tree<'a> {
    pub src: &'a str,
    pub nodes: Vec<Node>,
}

impl<'a> Tree<'a> {
    pub fn name(&self, i: u32) -> &str {
        match &self.nodes[i as usize].kind {
            Kind::Element { name, .. } => name,
            _ => "",
        }
    }

    /// The raw value of attribute `name` of element `i`.
    pub fn attr(&self, i: u32, name: &str) -> Option<&'a str> {
        match &self.nodes[i as usize].kind {
            Kind::Element { attrs, .. } => attrs
                .iter()
                .find(|a| &*a.name == name)
                .map(|a| &self.src[a.value.clone()]),
            _ => None,
        }
    }

    pub fn attr_range(&self, i: u32, name: &str) -> Option<Range> {
        match &self.nodes[i as usize].kind {
            Kind::Element { attrs, .. } => attrs
                .iter()
                .find(|a| &*a.name == name)
                .map(|a| a.value.clone()),
            _ => None,
        }
    }

    pub fn parent(&self, i: u32) -> u32 {
        self.nodes[i as usize].parent
    }
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
    nodes: Vec<Node>,
    stack: Vec<u32>,
    src: &'a str,
    /// Open `svg`/`math` elements: there `<x/>` closes itself.
    foreign: usize,
    /// A `<head>` element is open.
    head_open: bool,
}

impl Builder<'_> {
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
    fn append(&mut self, kind: Kind) -> u32 {
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
                match self.name_of(i) {
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

    fn start(&mut self, name: Box<str>, attrs: Vec<Attr>, self_closing: bool, range: Range) {
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
                    attrs: Vec::new(),
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
        stack: vec![0],
        src,
        foreign: 0,
        head_open: false,
    };
    b.nodes.push(Node {
        parent: NONE,
        kind: Kind::Document,
        depth: 0,
    });
    for tok in Tokenizer::new(src) {
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
                attrs,
                self_closing,
                range,
            } => b.start(name, attrs, self_closing, range),
            Token::End { name } => b.end(&name),
            Token::Other => {}
        }
    }
    let _ = b.src;
    Tree {
        src,
        nodes: b.nodes,
    }
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
    fn deep_nesting_is_fine() {
        let page = "<div>".repeat(100_000) + "x" + &"</div>".repeat(100_000);
        let t = parse(&page);
        assert_eq!(t.nodes.len(), 100_002);
    }
}
