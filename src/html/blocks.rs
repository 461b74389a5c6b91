//! Text blocks from the DOM: each block-level element's own text, with pieces mapped to the
//! original page bytes.
//!
//! A block is the run of text whose nearest block-level ancestor is the same element: a `p`, a
//! heading, a list item, a table row (cells separated by ` | `), or a `div` with text of its own.
//! `<br>` and a newline inside `<pre>` end a block. Text that can never be body text (scripts,
//! styles, hidden elements, form controls, the head) becomes removals here.

use super::tree::{Kind, Tree, NONE};
use crate::decode::Decoded;
use crate::doc::{Block, DomHints, Piece, State};
use crate::model::{ByteSpan, ParagraphKind, Removal};
use crate::rules::{dom, Rule};
use std::collections::HashSet;

/// Elements that start a new block.
pub fn is_block_tag(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "article"
            | "section"
            | "main"
            | "header"
            | "footer"
            | "nav"
            | "aside"
            | "address"
            | "details"
            | "summary"
            | "form"
            | "fieldset"
            | "legend"
            | "body"
            | "html"
            | "center"
            | "hgroup"
            | "menu"
            | "dialog"
            | "frameset"
    )
}

/// A `noscript` or hidden region (attribute, `aria-hidden`, inline style) holding more than this
/// share of the page's text is the page's content waiting for a script (a JavaScript shell's
/// server-rendered fallback, a streamed React boundary, a page kept invisible until its styles
/// load), not hidden boilerplate: it is read as visible.
const REVEALED_SHARE: f64 = 0.5;

/// A `noscript` or hidden region that holds every `h1` of the page and at least this share of its
/// text is the page's content too (a wrapper a pop-up before it left unclosed, a page kept
/// invisible until it loads). A hidden pop-up's own title holds a small share.
const REVEALED_HEADLINE_SHARE: f64 = 0.1;

/// Class words that hide an element at every screen size (Bootstrap, Tailwind, Foundation), and
/// the section settings of Adobe's Edge Delivery pages (`section-metadata`: rows of key and value,
/// "Style | text-center", which the page's script reads and removes before the reader sees it).
const HIDING_CLASS_WORDS: [&str; 4] = ["hide", "hidden", "d-none", "section-metadata"];

/// Class words of the text kept for screen readers and moved off screen (`sr-only`,
/// `visually-hidden`, WordPress's `screen-reader-text`): a price's "Regular price" label, a
/// "Continue reading" link's post title, "opens in a new window". The reader does not see it.
const SCREEN_READER_CLASS_WORDS: [&str; 10] = [
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "u-visually-hidden",
    "screen-reader-text",
    "screen-reader-only",
    "element-invisible",
    "show-for-sr",
    "assistive-text",
    "visually-hidden-focusable",
];

/// Class words that come and go with a hiding class on panels of one set (the shown one).
const SHOWN_PANEL_CLASS_WORDS: [&str; 5] = ["active", "show", "is-active", "current", "open"];

/// An element hidden by its class that holds at least this many bytes of text, less than a third
/// of it in links, is prose that a script reveals ("read more", an answer under its question, the
/// text of a tab): its text is the page's text. Hidden menus are link text, hidden notices short.
const REVEALED_PROSE_BYTES: usize = 400;

/// Does an element of `text_len` bytes of text, `link_len` of them in links, hold prose that a
/// script reveals or a carousel slides in ([`REVEALED_PROSE_BYTES`])?
fn is_revealed_prose(text_len: usize, link_len: usize) -> bool {
    text_len >= REVEALED_PROSE_BYTES && link_len * 3 < text_len
}

/// A form with a text area holding less than this share of the page's text is a posting form.
const MAX_POSTING_FORM_SHARE: f64 = 0.2;

/// Class words of the panels that a tab or an accordion shows and hides.
const PANEL_CLASS_WORDS: [&str; 6] = [
    "accordion",
    "collaps",
    "tab-pane",
    "tabpanel",
    "tab-panel",
    "expander",
];

/// A panel that the reader opens: a tab panel, an accordion's or a disclosure's content (named so
/// by its role, by the heading or button that labels it or controls it, by `hidden="until-found"` or by its
/// class). It is hidden until a click, not hidden from the reader: its text is the page's text.
fn disclosure_panel(tree: &Tree, i: u32, controlled: &HashSet<&str>) -> bool {
    // A dialog (a modal, a lightbox, a popover) is labelled by its title but opened over the
    // page: it stays hidden.
    if is_dialog(tree, i) {
        return false;
    }
    if tree
        .attr(i, "role")
        .is_some_and(|r| matches!(r.trim(), "tabpanel" | "region"))
        || tree.attr(i, "aria-labelledby").is_some()
        || tree.attr(i, "hidden") == Some("until-found")
        || tree
            .attr(i, "id")
            .is_some_and(|id| controlled.contains(id.trim()))
    {
        return true;
    }
    panel_class(tree, i)
}

/// Is the element a dialog: a modal, a lightbox or a popover, opened over the page (by its
/// name, its role, `aria-modal` or the `popover` attribute)?
fn is_dialog(tree: &Tree, i: u32) -> bool {
    tree.name(i) == "dialog"
        || tree.attr(i, "aria-modal").is_some()
        || tree.attr(i, "popover").is_some()
        || tree
            .attr(i, "role")
            .is_some_and(|r| matches!(r.trim(), "dialog" | "alertdialog"))
}

/// The element is `aria-hidden` and off screen too: not a text link for pointer users, not a
/// labelled element's visible text, not prose ([`prose_on_screen`]).
fn hidden_by_aria(tree: &Tree, i: u32, text_len: usize, size: TextSize) -> bool {
    let marked = tree
        .attr(i, "aria-hidden")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
    let on_screen = || {
        is_text_link_for_pointers(tree, i, text_len)
            || (text_len > 0 && labelled_parent(tree, i))
            || prose_on_screen(tree, i, text_len, size)
    };
    marked && !on_screen()
}

/// `aria-hidden` prose is on screen, hidden from screen readers only: a carousel's slides other
/// than the current one (a listing card's remarks), prose by [`is_revealed_prose`]. Not a
/// closed dialog's, nor a figure's (a picture drawn in markup, a video's description).
fn prose_on_screen(tree: &Tree, i: u32, text_len: usize, size: TextSize) -> bool {
    is_revealed_prose(text_len, size.links) && !is_dialog(tree, i) && !is_graphic(tree, i)
}

/// Is the element a picture: a figure, or an element whose role says it is an image or is there
/// for its looks (`img`, `presentation`, `none`)?
fn is_graphic(tree: &Tree, i: u32) -> bool {
    tree.name(i) == "figure"
        || tree
            .attr(i, "role")
            .is_some_and(|r| matches!(r.trim(), "img" | "presentation" | "none"))
}

/// The element's class names it a panel of a tab set or an accordion.
pub(crate) fn panel_class(tree: &Tree, i: u32) -> bool {
    // The words hold no whitespace, so a match in the whole value is a match in one class name.
    tree.attr(i, "class").is_some_and(|c| {
        PANEL_CLASS_WORDS
            .iter()
            .any(|p| crate::text::contains_ascii_ci(c, p))
    })
}

/// An `aria-hidden` link holding at least this many bytes of plain text is on screen (see
/// [`is_text_link_for_pointers`]).
const MIN_POINTER_LINK_TEXT: usize = 80;

/// `aria-hidden` hides an element from screen readers, not from the eye. A link so marked that
/// holds a run of plain text (no elements inside) is a second link on text the reader sees, for
/// pointer users: a teaser's summary linked like its title (the title's link is the one screen
/// readers follow). Its text is the page's. An `aria-hidden` link around an image, an icon or a
/// whole card (elements inside) stays hidden.
fn is_text_link_for_pointers(tree: &Tree, i: u32, text_len: usize) -> bool {
    if tree.name(i) != "a" || text_len < MIN_POINTER_LINK_TEXT {
        return false;
    }
    let depth = tree.nodes[i as usize].depth;
    (i as usize + 1..tree.nodes.len())
        .take_while(|&k| tree.nodes[k].depth > depth)
        .all(|k| tree.name(k as u32).is_empty())
}

/// A live status region (`role="status"`) holding at most this many bytes is an announcement to
/// screen readers ("Loading...", "loaded 296 results", "Slide 1 of 8", "No results").
const MAX_STATUS_BYTES: usize = 40;

/// The element's parent or grandparent carries an `aria-label`: screen readers read the label
/// ("4.7 out of 5 stars, 58,483 ratings") and the text inside, on screen, is `aria-hidden` so as
/// not to be read twice. It is the page's text.
fn labelled_parent(tree: &Tree, i: u32) -> bool {
    let mut p = tree.nodes[i as usize].parent;
    for _ in 0..2 {
        if p == NONE {
            return false;
        }
        if tree.name(p) != "button"
            && tree
                .attr(p, "aria-label")
                .is_some_and(|l| !l.trim().is_empty())
        {
            return true;
        }
        p = tree.nodes[p as usize].parent;
    }
    false
}

/// What may open a hidden element: the ids that buttons and links show and hide
/// (`aria-controls`), and the element's previous element sibling (a heading, a question, a
/// toggle).
struct Openers<'a> {
    controlled: &'a HashSet<&'a str>,
    toggle: u32,
}

/// The bytes of text in an element, and those in its links.
#[derive(Clone, Copy)]
struct TextSize {
    text: usize,
    links: usize,
}

/// A button holding a question of at least this many words is an accordion's toggle...
const MIN_QUESTION_WORDS: usize = 4;
/// ...when its text is at most this many bytes.
const MAX_QUESTION_BYTES: usize = 300;

/// A button whose text is a question ("How long should everyday shoes last?") is an
/// accordion's toggle, the question its panel answers: the question is the page's text, as the
/// answer is, not a form control's label. (A short one, "Need help?", is a control.)
fn question_button(tree: &Tree, dec: &Decoded, i: usize) -> bool {
    let Some(node) = tree.nodes.get(i) else {
        return false;
    };
    let mut text = String::new();
    for k in tree
        .nodes
        .iter()
        .skip(i + 1)
        .take_while(|k| k.depth > node.depth)
    {
        if let Kind::Text(r) = &k.kind {
            if let Some(t) = dec.text.get(r.clone()) {
                if text.len() + t.len() > MAX_QUESTION_BYTES {
                    return false;
                }
                text.push_str(t);
                text.push(' ');
            }
        }
    }
    let text = text.trim();
    text.ends_with('?') && crate::text::word_count(text) >= MIN_QUESTION_WORDS
}

/// Whether an `annotation` element of a formula holds its TeX source
/// (`encoding="application/x-tex"`, `"TeX"`, `"application/x-latex"`).
fn is_tex_annotation(tree: &Tree, i: u32) -> bool {
    tree.attr(i, "encoding").is_some_and(|e| {
        let e = e.trim().as_bytes();
        e.len() >= 3 && e[e.len() - 3..].eq_ignore_ascii_case(b"tex")
    })
}

/// What of a formula (an element `name` inside a `math` element) is left out of the text. A
/// formula that carries its TeX source in an annotation (as Wikipedia's, LaTeXML's and arXiv's
/// do) is read as that source, the markup that draws it left out: `\frac{-b \pm \sqrt{b^2-4ac}}{2a}`
/// says what `-b±b2−4ac2a` loses. Without one, the formula is read as the text of its tokens,
/// as a browser shows it. Annotations for other programs (content MathML, Maple) are never
/// text. `tex_below`: the element holds the TeX annotation (or, an `annotation`, is it).
fn formula_markup(name: &str, has_tex: bool, tex_below: bool) -> Option<&'static Rule> {
    let markup = match name {
        "annotation-xml" => true,
        "annotation" => !tex_below,
        _ => has_tex && !tex_below,
    };
    markup.then_some(&dom::MATH_MARKUP)
}

/// The rule that excludes an element and everything in it from the body. `revealed`: the
/// element holds the page's content (see `REVEALED_SHARE`, `REVEALED_HEADLINE_SHARE`);
/// `hidden_by_class`: a class hides it and the reader is not shown it anyway
/// (`class_hidden_shown`).
fn never_text(
    tree: &Tree,
    i: u32,
    name: &str,
    revealed: bool,
    openers: &Openers,
    hidden_by_class: bool,
    size: TextSize,
) -> Option<&'static Rule> {
    let text_len = size.text;
    match name {
        "head" => return Some(&dom::HEAD),
        "noscript" if !revealed => return Some(&dom::SCRIPT),
        "script" | "style" | "template" | "svg" | "iframe" | "object" | "embed" | "canvas"
        | "video" | "audio" | "map" | "noembed" | "noframes" | "title" => {
            return Some(&dom::SCRIPT)
        }
        "button" | "input" | "select" | "option" | "optgroup" | "textarea" | "datalist"
        | "label" => return Some(&dom::FORM),
        _ => {}
    }
    if revealed {
        return None;
    }
    // Whether anything hides the element is asked first: it is cheaper than whether it is a
    // panel or a streamed segment, which only matters for an element something hides.
    let hidden = tree.attr(i, "hidden").is_some()
        || tree.attr(i, "popover").is_some()
        || tree
            .attr(i, "class")
            .is_some_and(|c| popover_class(c) || tooltip_class(c))
        || tree
            .attr(i, "role")
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("tooltip"))
        || text_len <= MAX_STATUS_BYTES
            && tree
                .attr(i, "role")
                .is_some_and(|r| r.trim().eq_ignore_ascii_case("status"))
        || hidden_by_aria(tree, i, text_len, size)
        || tree.attr(i, "style").is_some_and(|style| {
            let s: String = style
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_lowercase();
            // An element kept invisible (but laid out) until a script shows it, a slider's
            // wrapper or a fade-in, is shown when it holds prose (see `REVEALED_PROSE_BYTES`):
            // `display:none` takes it out of the page.
            s.contains("display:none")
                || s.contains("visibility:hidden") && !is_revealed_prose(text_len, size.links)
        })
        || hidden_by_class;
    // A class's hiding has its own exceptions (`class_hidden_shown`).
    let opened_by_toggle = || !hidden_by_class && toggled_panel(tree, i, openers.toggle, size);
    (hidden
        && !disclosure_panel(tree, i, openers.controlled)
        && !opened_by_toggle()
        && !streamed_segment(tree, i))
    .then_some(&dom::HIDDEN)
}

/// A panel hidden by its markup (not by a class: see `class_hidden_shown`) that a click opens,
/// told by its place rather than by a name: the content of a `<details>` under its `<summary>`,
/// or the element right after its toggle (a `summary`, an element with `aria-expanded`, or a
/// heading or question holding one), as accordions and FAQ lists without `aria-controls` are
/// built. `toggle` is the element's previous element sibling. A heading or a question without a
/// toggle opens prose only (at least [`MIN_TOGGLED_PROSE_BYTES`], less than a third of it in
/// links), not a menu. A plain button's hidden neighbour is a tooltip or a popover: it stays
/// hidden.
fn toggled_panel(tree: &Tree, i: u32, toggle: u32, size: TextSize) -> bool {
    if size.text == 0 {
        return false;
    }
    let mut p = tree.nodes[i as usize].parent;
    for _ in 0..3 {
        if p == NONE {
            break;
        }
        if tree.name(p) == "details" {
            return true;
        }
        p = tree.nodes[p as usize].parent;
    }
    if toggle == NONE {
        return false;
    }
    let is_toggle = |k: u32| tree.name(k) == "summary" || tree.attr(k, "aria-expanded").is_some();
    if is_toggle(toggle) {
        return true;
    }
    let labels = matches!(tree.name(toggle), "h2" | "h3" | "h4" | "h5" | "h6")
        || tree.attr(toggle, "class").is_some_and(|c| {
            ["question", "toggle", "trigger"]
                .iter()
                .any(|w| crate::text::contains_ascii_ci(c, w))
        });
    if !labels {
        return false;
    }
    let depth = tree.nodes[toggle as usize].depth;
    let holds_toggle = (toggle as usize + 1..tree.nodes.len())
        .take_while(|&k| tree.nodes[k].depth > depth)
        .take(MAX_TOGGLE_LABEL_NODES)
        .any(|k| is_toggle(k as u32));
    holds_toggle || size.text >= MIN_TOGGLED_PROSE_BYTES && size.links * 3 < size.text
}

/// How many nodes of a heading or question are searched for the button that toggles the panel
/// after it (an icon, a label, the button).
const MAX_TOGGLE_LABEL_NODES: usize = 24;

/// A hidden panel after a heading or question with no button in it is opened by a click on the
/// label when it holds prose of at least this many bytes (an answer, a section's text).
const MIN_TOGGLED_PROSE_BYTES: usize = 100;

/// A segment of a page streamed in pieces (React's streaming server rendering): the server sends
/// each late part of the page in a `<div hidden id="S:n">` and a script moves it into its place
/// (a `<template id="B:n">`) as it arrives. It is the page's text, shown once the page has loaded.
fn streamed_segment(tree: &Tree, i: u32) -> bool {
    tree.attr(i, "hidden").is_some()
        && tree.attr(i, "id").is_some_and(|id| {
            id.strip_prefix("S:")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_hexdigit()))
        })
}

/// The class hides the element at every screen size. Breakpoint classes (`hidden-xs`,
/// `md:hidden`, `d-md-none`) hide it on some screens only and do not count. (An exception for
/// classes that show it again on some screens, `d-none d-md-block` or `hidden md:flex`, did worse:
/// most such elements are desktop or mobile copies of the menus.)
fn hiding_class(class: &str) -> bool {
    class
        .split_ascii_whitespace()
        .any(|w| HIDING_CLASS_WORDS.iter().any(|h| w.eq_ignore_ascii_case(h)))
}

/// Words that follow `popover` or `tooltip` in the class name of the box it shows
/// (`a-popover-preload`, `popover-content`, `tooltip-text`); a trigger, an icon or an arrow
/// (`popover-trigger`, `tooltip-arrow`) is on the page.
const OVERLAY_BOX_WORDS: [&str; 7] = [
    "preload",
    "wrapper",
    "inner",
    "content",
    "body",
    "container",
    "text",
];

/// Does a class name the box of an overlay called `word` (a popover, a tooltip), shown over the
/// page while its trigger is clicked or hovered? The word followed by a box word, or alone when
/// `bare` (a bare `popover` is the box, a bare `tooltip` as often the trigger with its word on
/// the page). An element also named a trigger or a toggle (`a-popover-trigger
/// review-stars-popover`) is the link on the page that opens it.
fn overlay_box_class(class: &str, word: &str, bare: bool) -> bool {
    let mut words = Vec::new();
    let mut boxed = false;
    for name in class.split_ascii_whitespace() {
        words.clear();
        dom::words_of(name, &mut words);
        // `tool-tip__content`: the word written in two.
        if word == "tooltip" {
            if let Some(k) = words
                .windows(2)
                .position(|w| w[0] == "tool" && w[1] == "tip")
            {
                words.splice(k..k + 2, ["tooltip".to_string()]);
            }
        }
        if words.iter().any(|w| w == "trigger" || w == "toggle") {
            return false;
        }
        boxed |= words.iter().position(|w| w == word).is_some_and(|k| {
            words
                .get(k + 1)
                .map_or(bare, |next| OVERLAY_BOX_WORDS.contains(&next.as_str()))
        });
    }
    boxed
}

/// The class names a popover (`wt-popover`, `a-popover-preload`): a box of text shown over the
/// page when its trigger is clicked or hovered (a price's terms, a delivery estimate's
/// conditions, a product's quick view), closed when the page loads, as the `popover` attribute's.
fn popover_class(class: &str) -> bool {
    // No such word without its letters in a row (in any case): most classes are ruled out
    // without being split into words.
    crate::text::contains_ascii_ci(class, "popover") && overlay_box_class(class, "popover", true)
}

/// The class names a tooltip's box (`tooltiptext`, `tooltip-content`, `a-tooltip__wrapper`): text
/// shown over the page while the pointer rests on its trigger, as a popover's is.
fn tooltip_class(class: &str) -> bool {
    // No tooltip without "tip" in its name (`tooltip`, `tool-tip`, `toolTip`): most classes are
    // ruled out without being split into words.
    crate::text::contains_ascii_ci(class, "tip")
        && (overlay_box_class(class, "tooltip", false)
            || dom::for_each_word(class, &mut String::new(), |w| w == "tooltiptext"))
}

/// The class keeps the element for screen readers only.
fn screen_reader_class(class: &str) -> bool {
    class.split_ascii_whitespace().any(|w| {
        SCREEN_READER_CLASS_WORDS
            .iter()
            .any(|h| w.eq_ignore_ascii_case(h))
    })
}

/// Two sibling panels of one set (tabs switched by a script): the same class words once the
/// hiding and showing words are left out.
fn same_panel_class(a: &str, b: &str) -> bool {
    let words = |c: &str| {
        let mut w: Vec<String> = c
            .split_ascii_whitespace()
            .map(str::to_ascii_lowercase)
            .filter(|w| {
                !HIDING_CLASS_WORDS.contains(&w.as_str())
                    && !SHOWN_PANEL_CLASS_WORDS.contains(&w.as_str())
            })
            .collect();
        w.sort_unstable();
        w
    };
    let a = words(a);
    !a.is_empty() && a == words(b)
}

/// An element hidden by its class that the reader is shown anyway: prose a script reveals (see
/// `REVEALED_PROSE_BYTES`), a panel right after the button that toggles it, or a panel of a set
/// whose previous sibling panel is the same element with the same classes.
fn class_hidden_shown(
    tree: &Tree,
    i: u32,
    prev_sibling: u32,
    text_len: usize,
    link_len: usize,
) -> bool {
    if is_revealed_prose(text_len, link_len) {
        return true;
    }
    if prev_sibling == NONE {
        return false;
    }
    let prev = tree.name(prev_sibling);
    prev == "button"
        || tree.attr(prev_sibling, "aria-expanded").is_some()
        || (prev == tree.name(i)
            && tree
                .attr(prev_sibling, "class")
                .zip(tree.attr(i, "class"))
                .is_some_and(|(a, b)| same_panel_class(a, b)))
}

/// A block with what extraction needs to know about it.
pub struct HBlock {
    pub block: Block<'static>,
    /// The block's element in the tree.
    pub owner: u32,
    /// Visible characters, and those inside links.
    pub chars: usize,
    pub link_chars: usize,
    /// Set by extraction: the block is in an item of a listing's repeated structure.
    pub listing_item: bool,
    /// Some of its text lies in `pre` (or `textarea`, `listing`, `plaintext`): a line of code.
    pub preformatted: bool,
}

struct Acc<'t> {
    dec: &'t Decoded,
    blocks: Vec<HBlock>,
    removals: Vec<Removal>,
    cur: Option<HBlock>,
    cur_cell: u32,
    /// A whitespace run was seen since the last character.
    pending_space: bool,
    /// The open verbatim piece: its start in the decoded text and in the block text.
    open: Option<(usize, usize)>,
    /// Where the last removal ended, so that consecutive removals of one rule merge.
    last_removal_open: bool,
    /// The parent element of the last text node appended.
    last_text_parent: u32,
}

impl Acc<'_> {
    fn flush(&mut self) {
        self.close_piece(None);
        if let Some(mut b) = self.cur.take() {
            if !b.block.pieces.is_empty() {
                b.block.plain = crate::text::collapse(&b.block.text).into();
                self.blocks.push(b);
            }
        }
        self.pending_space = false;
    }

    fn close_piece(&mut self, end: Option<usize>) {
        if let (Some((ds, ts)), Some(b)) = (self.open.take(), self.cur.as_mut()) {
            let de = end.unwrap_or(ds);
            let text_len = b.block.text.len() - ts;
            if de > ds && text_len > 0 {
                b.block.pieces.push(Piece {
                    span: ByteSpan::new(self.dec.orig(ds), self.dec.orig(de)),
                    text_start: ts,
                    text_len,
                });
            }
        }
    }

    fn remove(&mut self, rule: &'static Rule, start: usize, end: usize) {
        let s = ByteSpan::new(self.dec.orig(start), self.dec.orig(end));
        let Some(s) = crate::doc::trim_span(&self.dec.src, s) else {
            return;
        };
        if self.last_removal_open {
            if let Some(last) = self.removals.last_mut() {
                if last.rule == rule.id && last.span.end <= s.start {
                    last.span.end = s.end;
                    return;
                }
            }
        }
        self.removals.push(rule.removal(s, None));
        self.last_removal_open = true;
    }

    fn ensure_block(&mut self, owner: u32, cell: u32) {
        if self.cur.is_none() {
            self.cur = Some(HBlock {
                block: Block {
                    text: String::new(),
                    in_src: false,
                    plain: Default::default(),
                    pieces: crate::doc::Pieces::new(),
                    state: State::Kept,
                    dom: None,
                },
                owner,
                chars: 0,
                link_chars: 0,
                preformatted: false,
                listing_item: false,
            });
            self.cur_cell = cell;
            self.pending_space = false;
        }
    }

    /// Appends a text node's characters to the current block.
    fn text(&mut self, start: usize, end: usize, parent: u32, inline: Inline) {
        let Inline {
            owner,
            cell,
            in_link,
            pre,
        } = inline;
        let s = &self.dec.text[start..end];
        if crate::text::is_blank(s) && self.cur.is_none() {
            return;
        }
        if self.cur.as_ref().is_some_and(|b| b.owner != owner) {
            self.flush();
        }
        self.ensure_block(owner, cell);
        if parent != self.last_text_parent && !pre {
            if let Some(b) = self.cur.as_ref() {
                if styled_apart(&b.block.text, s) {
                    self.close_piece(None);
                    self.pending_space = true;
                }
            }
        }
        self.last_text_parent = parent;
        if pre {
            if let Some(b) = self.cur.as_mut() {
                b.preformatted = true;
            }
        }
        if cell != self.cur_cell {
            self.close_piece(None);
            let b = self.cur.as_mut().map(|b| &mut b.block.text);
            if let Some(t) = b {
                if !t.is_empty() {
                    t.push_str(" | ");
                }
            }
            self.pending_space = false;
            self.cur_cell = cell;
        }
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let c = bytes[i];
            if c == b'\n' && pre {
                // A line of preformatted text is a block of its own.
                self.close_piece(Some(start + i));
                self.flush();
                self.ensure_block(owner, cell);
                if let Some(b) = self.cur.as_mut() {
                    b.preformatted = true;
                }
                i += 1;
                continue;
            }
            if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0C) {
                let single = c == b' '
                    && i > 0
                    && !matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r' | 0x0C)
                    && i + 1 < bytes.len()
                    && !matches!(bytes[i + 1], b' ' | b'\t' | b'\n' | b'\r' | 0x0C | b'&');
                if single && self.open.is_some() {
                    if let Some(b) = self.cur.as_mut() {
                        b.block.text.push(' ');
                    }
                } else {
                    self.close_piece(Some(start + i));
                    self.pending_space = true;
                }
                i += 1;
                continue;
            }
            if c == b'&' {
                if let Some((decoded, len)) = decode_entity(&s[i..]) {
                    self.close_piece(Some(start + i));
                    if crate::text::is_blank(&decoded) {
                        // `&nbsp;` and the like: whitespace written as a reference.
                        self.pending_space = true;
                        i += len;
                        continue;
                    }
                    let b = self.cur.as_mut().expect("block open");
                    if self.pending_space
                        && !b.block.text.is_empty()
                        && !b.block.text.ends_with(' ')
                    {
                        b.block.text.push(' ');
                    }
                    self.pending_space = false;
                    let ts = b.block.text.len();
                    b.block.text.push_str(&decoded);
                    b.block.pieces.push(Piece {
                        span: ByteSpan::new(
                            self.dec.orig(start + i),
                            self.dec.orig(start + i + len),
                        ),
                        text_start: ts,
                        text_len: decoded.len(),
                    });
                    let n = decoded.chars().filter(|c| !c.is_whitespace()).count();
                    b.chars += n;
                    if in_link {
                        b.link_chars += n;
                    }
                    i += len;
                    continue;
                }
            }
            // A repaired character of mojibake is a piece of its own, as a reference is: its
            // text is shorter than its bytes.
            let next_repaired = self
                .dec
                .next_repaired(start + i)
                .map(|(a, z)| (a - start, (z - start).min(s.len())));
            if let Some((_, run_end)) = next_repaired.filter(|&(a, _)| a == i) {
                let len = run_end - i;
                self.close_piece(Some(start + i));
                // A garbled non-breaking space is a space, as `&nbsp;` is.
                if crate::text::is_blank(&s[i..i + len]) {
                    self.pending_space = true;
                    i += len;
                    continue;
                }
                let b = self.cur.as_mut().expect("block open");
                if self.pending_space && !b.block.text.is_empty() && !b.block.text.ends_with(' ') {
                    b.block.text.push(' ');
                }
                self.pending_space = false;
                let ts = b.block.text.len();
                b.block.text.push_str(&s[i..i + len]);
                b.block.pieces.push(Piece {
                    span: ByteSpan::new(self.dec.orig(start + i), self.dec.orig(start + i + len)),
                    text_start: ts,
                    text_len: len,
                });
                let n = s[i..i + len].chars().count();
                b.chars += n;
                if in_link {
                    b.link_chars += n;
                }
                i += len;
                continue;
            }
            // The run of characters up to the next whitespace or reference, copied at once (a
            // `&` that starts no reference is a character of it), or to the next repaired
            // character. The bytes that end a run are ASCII, so it ends on a character
            // boundary, as a repaired character starts on one.
            let run_end = bytes
                .get(i + 1..)
                .and_then(|rest| {
                    rest.iter()
                        .position(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0C | b'&'))
                })
                .map_or(bytes.len(), |k| i + 1 + k);
            // (The piece stays open: the repaired character's own closes it.)
            let run_end = match next_repaired {
                Some((at, _)) => run_end.min(at),
                None => run_end,
            };
            let b = self.cur.as_mut().expect("block open");
            if self.open.is_none() {
                if self.pending_space && !b.block.text.is_empty() && !b.block.text.ends_with(' ') {
                    b.block.text.push(' ');
                }
                self.pending_space = false;
                self.open = Some((start + i, b.block.text.len()));
            }
            let run = &bytes[i..run_end];
            b.block.text.push_str(s.get(i..run_end).unwrap_or_default());
            // Characters are the bytes that are not a UTF-8 continuation.
            let n = run.iter().filter(|&&c| c & 0xC0 != 0x80).count();
            b.chars += n;
            if in_link {
                b.link_chars += n;
            }
            i = run_end;
        }
        self.close_piece(Some(end));
        self.last_removal_open = false;
    }
}

/// Decodes the character reference at the start of `s` (which starts with `&`): its text and the
/// number of bytes it takes. `None` when `s` does not start with a reference.
pub fn decode_entity(s: &str) -> Option<(String, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let (hex, digits_from) = match b.get(2) {
            Some(b'x' | b'X') => (true, 3),
            _ => (false, 2),
        };
        let radix = if hex { 16 } else { 10 };
        let mut i = digits_from;
        // Every digit belongs to the reference, as in HTML parsers: leading zeros of any length,
        // and a value past U+10FFFF (saturated here) is U+FFFD like a surrogate.
        let mut n = 0u32;
        while let Some(d) = b.get(i).and_then(|&c| char::from(c).to_digit(radix)) {
            n = n.saturating_mul(radix).saturating_add(d);
            i += 1;
        }
        if i == digits_from {
            return None;
        }
        let c = match n {
            0 => '\u{FFFD}',
            0x80..=0x9F => {
                markup5ever::data::C1_REPLACEMENTS[(n - 0x80) as usize].unwrap_or('\u{FFFD}')
            }
            _ => char::from_u32(n).unwrap_or('\u{FFFD}'),
        };
        if b.get(i) == Some(&b';') {
            i += 1;
        }
        return Some((c.to_string(), i));
    }
    let mut i = 1;
    while i < b.len() && i < 40 && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i == 1 {
        return None;
    }
    let name = &s[1..i];
    let map = &markup5ever::data::NAMED_ENTITIES;
    let (len, cps) = if b.get(i) == Some(&b';') {
        let key = &s[1..i + 1];
        (i + 1, *map.get(key).or_else(|| map.get(name))?)
    } else {
        (i, *map.get(name)?)
    };
    if cps.0 == 0 {
        return None;
    }
    let mut out = String::new();
    out.extend(char::from_u32(cps.0));
    if cps.1 != 0 {
        out.extend(char::from_u32(cps.1));
    }
    Some((out, len))
}

/// Builds the blocks of a page and the removals of its never-text content.
/// Where a text node's characters go: its block, its table cell, and whether it is link text or
/// preformatted.
#[derive(Clone, Copy)]
struct Inline {
    owner: u32,
    cell: u32,
    in_link: bool,
    pre: bool,
}

/// Whether the text of the next element, written against the block's text with no whitespace
/// between, is a word of its own that the page's style sets apart: a brand and the product
/// name after it (`<span>HOKA</span><span>Clifton 10</span>`), a label and its value. A browser
/// shows them on separate lines or with a margin; glued, both words are lost. A word that goes
/// on in lower case (a drop cap, `<b>W</b>ord`) or after one letter stays joined.
fn styled_apart(block_text: &str, next: &str) -> bool {
    let starts_upper = next.chars().next().is_some_and(char::is_uppercase);
    if !starts_upper {
        return false;
    }
    let last_word = block_text
        .rsplit(|c: char| !crate::text::is_alphanumeric(c))
        .next()
        .unwrap_or("");
    last_word.chars().nth(1).is_some()
}

pub fn build(tree: &Tree, dec: &Decoded) -> (Vec<HBlock>, Vec<Removal>) {
    let n = tree.nodes.len();
    let mut excluded: Vec<Option<&'static Rule>> = vec![None; n];
    let mut owner = vec![0u32; n];
    let mut cell = vec![NONE; n];
    let mut in_link = vec![false; n];
    let mut in_pre = vec![false; n];
    // Which elements have block-level descendants (a table cell with them is a layout cell).
    let mut has_block = vec![false; n];
    // Which elements hold a text area (a form with one is a posting form).
    let mut has_textarea = vec![false; n];
    // Visible-looking text under each node (bytes of text nodes), for the revealed-region check.
    let mut text_len = vec![0usize; n];
    // The part of it inside links.
    let mut link_len = vec![0usize; n];
    // Which elements have an `aria-hidden` child: screen-reader text beside it is its spoken copy.
    let mut aria_hidden_child = vec![false; n];
    // The `h1` elements under each node.
    let mut h1s = vec![0u32; n];
    // Which elements hold a formula's TeX source (an `annotation` of it in TeX).
    let mut tex_below = vec![false; n];
    for i in (1..n).rev() {
        let p = tree.nodes[i].parent;
        if p != NONE
            && tree
                .attr(i as u32, "aria-hidden")
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        {
            aria_hidden_child[p as usize] = true;
        }
        if tree.name(i as u32) == "h1" {
            h1s[i] += 1;
        }
        if tree.name(i as u32) == "annotation" && is_tex_annotation(tree, i as u32) {
            tex_below[i] = true;
        }
        if let Kind::Text(r) = &tree.nodes[i].kind {
            text_len[i] += dec.text[r.clone()].trim().len();
        }
        if p != NONE {
            if has_block[i] || is_block_tag(tree.name(i as u32)) {
                has_block[p as usize] = true;
            }
            if has_textarea[i] || tree.name(i as u32) == "textarea" {
                has_textarea[p as usize] = true;
            }
            text_len[p as usize] += text_len[i];
            h1s[p as usize] += h1s[i];
            tex_below[p as usize] |= tex_below[i];
            link_len[p as usize] += if tree.name(i as u32) == "a" {
                text_len[i]
            } else {
                link_len[i]
            };
        }
    }
    // Each element's previous element sibling (a panel's toggle button or sibling panel).
    let mut last_child = vec![NONE; n];
    let mut prev_sibling = vec![NONE; n];
    for (i, prev) in prev_sibling.iter_mut().enumerate().skip(1) {
        let p = tree.nodes[i].parent;
        if p != NONE && !tree.name(i as u32).is_empty() {
            *prev = last_child[p as usize];
            last_child[p as usize] = i as u32;
        }
    }
    let total_text = text_len[0].max(1) as f64;
    // Ids of the elements that a button or link shows and hides (`aria-controls`).
    let controlled: HashSet<&str> = (1..n)
        .filter_map(|i| tree.attr(i as u32, "aria-controls"))
        .flat_map(str::split_ascii_whitespace)
        .collect();
    // For each node in a formula (`math`), whether the formula has its TeX source: `None` outside
    // formulas.
    let mut formula_tex: Vec<Option<bool>> = vec![None; n];
    for i in 1..n {
        let p = tree.nodes[i].parent as usize;
        let (ex, ow, ce, li, pr) = (excluded[p], owner[p], cell[p], in_link[p], in_pre[p]);
        let id = i as u32;
        let name = tree.name(id);
        formula_tex[i] = if name == "math" {
            Some(tex_below[i])
        } else {
            formula_tex[p]
        };
        excluded[i] = ex.or_else(|| {
            if name.is_empty() {
                None
            } else if let Some(has_tex) = formula_tex[i] {
                formula_markup(name, has_tex, tex_below[i])
            } else {
                let share = text_len[i] as f64 / total_text;
                let revealed = share > REVEALED_SHARE
                    || h1s[i] > 0 && h1s[i] == h1s[0] && share >= REVEALED_HEADLINE_SHARE;
                let class = tree.attr(id, "class");
                // Screen-reader text is never toggled into view. It is the only text of what it
                // stands for when that is an icon or an image (its parent holds no other text),
                // or when the text on screen is hidden from screen readers and so from us
                // (`aria-hidden`); a long one is prose (see `REVEALED_PROSE_BYTES`).
                let parent = tree.nodes[i].parent;
                let screen_reader_only = class.is_some_and(screen_reader_class)
                    && text_len[i] < REVEALED_PROSE_BYTES
                    && parent != NONE
                    && text_len[parent as usize] > text_len[i]
                    && !aria_hidden_child[parent as usize];
                let hidden_by_class = screen_reader_only
                    || class.is_some_and(hiding_class)
                        && !class_hidden_shown(tree, id, prev_sibling[i], text_len[i], link_len[i]);
                // An accordion's question button is read as the text it holds, hidden or not as
                // any element.
                let read_as = if name == "button" && question_button(tree, dec, i) {
                    "div"
                } else {
                    name
                };
                never_text(
                    tree,
                    id,
                    read_as,
                    revealed,
                    &Openers {
                        controlled: &controlled,
                        toggle: prev_sibling[i],
                    },
                    hidden_by_class,
                    TextSize {
                        text: text_len[i],
                        links: link_len[i],
                    },
                )
                .or_else(|| {
                    // A form with a text area is a reply or comment form: its labels, hints and
                    // notices are form chrome. (A form wrapping the whole page, as ASP.NET
                    // pages have, holds most of its text and is left alone.)
                    (name == "form" && has_textarea[i] && share < MAX_POSTING_FORM_SHARE)
                        .then_some(&dom::FORM)
                })
            }
        });
        in_link[i] = li || name == "a";
        in_pre[i] = pr || matches!(name, "pre" | "textarea" | "listing" | "plaintext");
        match name {
            "td" | "th" if !has_block[i] => {
                owner[i] = ow;
                cell[i] = id;
            }
            "" => {
                owner[i] = ow;
                cell[i] = ce;
            }
            _ if is_block_tag(name) => {
                owner[i] = id;
                cell[i] = NONE;
            }
            _ => {
                owner[i] = ow;
                cell[i] = ce;
            }
        }
    }
    let mut acc = Acc {
        dec,
        blocks: Vec::new(),
        removals: Vec::new(),
        cur: None,
        cur_cell: NONE,
        pending_space: false,
        open: None,
        last_removal_open: false,
        last_text_parent: NONE,
    };
    for (i, node) in tree.nodes.iter().enumerate().skip(1) {
        if tree.jump_at(i) {
            // A streamed segment put in its place: neither a block nor a removal runs across
            // the jump (their spans would cover the bytes in between).
            acc.flush();
            acc.last_removal_open = false;
        }
        match &node.kind {
            Kind::Element { name, .. } => {
                if matches!(&**name, "br" | "hr") && excluded[i].is_none() {
                    acc.flush();
                }
            }
            Kind::Text(r) => {
                if let Some(rule) = excluded[i] {
                    acc.remove(rule, r.start, r.end);
                } else {
                    let p = tree.nodes[i].parent as usize;
                    let inline = Inline {
                        owner: owner[p],
                        cell: cell[p],
                        in_link: in_link[p],
                        pre: in_pre[p],
                    };
                    acc.text(r.start, r.end, p as u32, inline);
                }
            }
            Kind::RawText(r) => {
                let p = tree.nodes[i].parent;
                let rule = excluded[i].unwrap_or(match tree.name(p) {
                    "textarea" => &dom::FORM,
                    _ => &dom::SCRIPT,
                });
                acc.remove(rule, r.start, r.end);
            }
            Kind::Document => {}
        }
    }
    acc.flush();
    let blocks = std::mem::take(&mut acc.blocks);
    let removals = std::mem::take(&mut acc.removals);
    (blocks, removals)
}

/// Each element's position among the earlier siblings of its tag, from 1 (`p[3]` is the third
/// `p` of its parent); 0 for other nodes. One pass over the arena: a node's nearest earlier
/// sibling of its tag is found by walking back its earlier siblings, which stops at the first of
/// its tag (siblings are mostly of a few tags).
pub fn sibling_positions(tree: &Tree) -> Vec<u32> {
    let n = tree.nodes.len();
    let mut last_child = vec![NONE; n];
    let mut prev_sibling = vec![NONE; n];
    let mut nth = vec![0u32; n];
    for i in 1..n {
        let name = tree.name(i as u32);
        if name.is_empty() {
            continue;
        }
        let p = tree.nodes[i].parent;
        let Some(slot) = last_child.get_mut(p as usize) else {
            continue;
        };
        prev_sibling[i] = *slot;
        *slot = i as u32;
        let mut k = prev_sibling[i];
        nth[i] = 1;
        while k != NONE {
            if tree.name(k) == name {
                nth[i] = nth[k as usize] + 1;
                break;
            }
            k = prev_sibling[k as usize];
        }
    }
    nth
}

/// A DOM path such as `body>div#main>article>p[3]`, of at most a dozen steps (`…>` when cut): an
/// element with an id is written with it, one that follows siblings of its tag with its position
/// among them ([`sibling_positions`]).
pub fn dom_path(tree: &Tree, nth: &[u32], i: u32) -> String {
    // The steps' elements, innermost first; the path is written into one string (every block
    // has one, and a string per step cost more than the rest of the block's hints).
    const MAX_STEPS: usize = 12;
    let mut steps = [0u32; MAX_STEPS];
    let mut len = 0;
    let mut cur = i;
    let mut cut = false;
    while cur != NONE && cur != 0 {
        if len == MAX_STEPS {
            cut = true;
            break;
        }
        if tree.name(cur) == "html" {
            break;
        }
        steps[len] = cur;
        len += 1;
        cur = tree.parent(cur);
    }
    let mut out = String::with_capacity(16 * len + 4);
    if cut {
        out.push_str("…>");
    }
    for (k, &step) in steps[..len].iter().rev().enumerate() {
        if k > 0 {
            out.push('>');
        }
        out.push_str(tree.name(step));
        if let Some(id) = tree
            .attr(step, "id")
            .map(str::trim)
            .filter(|v| !v.is_empty() && v.len() < 40)
        {
            out.push('#');
            out.push_str(id);
        } else if let Some(&at) = nth.get(step as usize).filter(|&&at| at > 1) {
            out.push('[');
            push_number(&mut out, at);
            out.push(']');
        }
    }
    out
}

/// Writes `n` in decimal (without the formatting machinery: a path is written for every block).
fn push_number(out: &mut String, n: u32) {
    let mut digits = [0u8; 10];
    let mut k = digits.len();
    let mut n = n;
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[k..].iter().map(|&d| char::from(d)));
}

/// What a block is in the page's structure, and a heading's level: by its element's tag, or for
/// a paragraph inside a list item or a quotation, by that.
pub fn paragraph_kind(tree: &Tree, hb: &HBlock) -> (ParagraphKind, Option<u8>) {
    let tag = tree.name(hb.owner);
    if let Some(level) = super::extract::heading_level(tag) {
        return (ParagraphKind::Heading, Some(level));
    }
    if hb.preformatted {
        return (ParagraphKind::Code, None);
    }
    let kind = match tag {
        "li" | "dt" | "dd" => ParagraphKind::ListItem,
        "tr" => ParagraphKind::TableRow,
        "figcaption" | "caption" => ParagraphKind::Caption,
        "blockquote" => ParagraphKind::Quote,
        _ => {
            // `li>p` is the item's text; a quotation's paragraphs may sit a few wrappers down
            // (`blockquote>div>p`). A post or a card inside a `li` is not a list item: only the
            // parent counts for lists.
            let parent = tree.parent(hb.owner);
            if parent != NONE && matches!(tree.name(parent), "li" | "dd") {
                return (ParagraphKind::ListItem, None);
            }
            let mut a = parent;
            for _ in 0..3 {
                if a == NONE {
                    break;
                }
                match tree.name(a) {
                    "blockquote" => return (ParagraphKind::Quote, None),
                    "figcaption" => return (ParagraphKind::Caption, None),
                    "body" | "article" | "main" | "section" => break,
                    _ => {}
                }
                a = tree.parent(a);
            }
            ParagraphKind::Text
        }
    };
    (kind, None)
}

/// Fills the DOM hints of a block (`nth` from [`sibling_positions`]).
pub fn hints(tree: &Tree, nth: &[u32], hb: &HBlock) -> DomHints {
    let tag = tree.name(hb.owner).to_string();
    let (kind, heading) = paragraph_kind(tree, hb);
    DomHints {
        path: dom_path(tree, nth, hb.owner),
        tag,
        link_density: if hb.chars == 0 {
            0.0
        } else {
            hb.link_chars as f32 / hb.chars as f32
        },
        heading,
        kind,
        listing_item: hb.listing_item,
        preformatted: hb.preformatted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_accordion_question_button_is_text_and_other_buttons_are_controls() {
        let page = "<html><body><main><h1>Everyday sneakers</h1>\
            <p>Lightweight, supportive and comfortable, our sneakers make any outing feel effortless, from the office to the park.</p>\
            <h2>FAQ</h2><div class=\"accordion\">\
            <div class=\"item\"><button aria-expanded=\"false\" aria-controls=\"a1\"><span>How long should everyday shoes last?</span></button>\
            <div id=\"a1\" hidden><p>With daily wear, a pair lasts about eight to twelve months before the foam loses its bounce.</p></div></div>\
            <div class=\"item\"><button aria-expanded=\"false\" aria-controls=\"a2\">Is it better to buy shoes bigger or smaller?</button>\
            <div id=\"a2\" hidden><p>Leave about half an inch between your longest toe and the front of the shoe, and fit the larger foot.</p></div></div>\
            </div><button>Need help?</button><button>Add to cart</button><button>Show more reviews</button></main></body></html>";
        let doc = crate::Cleaner::default()
            .clean(crate::Input::html(page.as_bytes()))
            .expect("cleans");
        assert!(
            doc.body.contains("How long should everyday shoes last?"),
            "{}",
            doc.body
        );
        assert!(doc.body.contains("eight to twelve months"), "{}", doc.body);
        assert!(
            doc.body
                .contains("Is it better to buy shoes bigger or smaller?"),
            "{}",
            doc.body
        );
        for control in ["Need help?", "Add to cart", "Show more reviews"] {
            assert!(!doc.body.contains(control), "{control}: {}", doc.body);
        }
        // A question button hidden with its dialog stays hidden.
        let hidden = page.replace(
            "<button>Need help?</button>",
            "<div hidden><button>Do you want to leave this page now?</button></div>",
        );
        let doc = crate::Cleaner::default()
            .clean(crate::Input::html(hidden.as_bytes()))
            .expect("cleans");
        assert!(!doc.body.contains("leave this page"), "{}", doc.body);
    }

    #[test]
    fn tooltip_classes() {
        for c in [
            "tooltiptext",
            "tooltip-content",
            "a-tooltip__wrapper",
            "icon-tooltip-text",
        ] {
            assert!(tooltip_class(c), "{c}");
        }
        for c in [
            "tooltip",
            "js-tooltip-trigger",
            "tooltip-arrow",
            "has-tooltip",
        ] {
            assert!(!tooltip_class(c), "{c}");
        }
    }

    #[test]
    fn popover_classes() {
        for c in [
            "wt-popover wt-text-caption",
            "a-popover-preload",
            "popover-content",
            "a-icon-popover",
        ] {
            assert!(popover_class(c), "{c}");
        }
        for c in [
            "wt-popover__trigger",
            "a-popover-trigger a-declarative review-stars-popover",
            "popover-arrow",
            "popoverItem",
            "article-body",
        ] {
            assert!(!popover_class(c), "{c}");
        }
    }

    #[test]
    fn entities() {
        assert_eq!(decode_entity("&amp;x"), Some(("&".into(), 5)));
        assert_eq!(decode_entity("&amp x"), Some(("&".into(), 4)));
        assert_eq!(decode_entity("&#8217;s"), Some(("’".into(), 7)));
        assert_eq!(decode_entity("&#x27;"), Some(("'".into(), 6)));
        assert_eq!(decode_entity("&nosuch;"), None);
        assert_eq!(decode_entity("& b"), None);
        assert_eq!(decode_entity("&#;"), None);
        // Found by examples/mutate.rs: every digit is part of the reference.
        assert_eq!(decode_entity("&#0000000000065;x"), Some(("A".into(), 16)));
        assert_eq!(
            decode_entity("&#99999999999999999999;"),
            Some(("\u{FFFD}".into(), 23))
        );
        assert_eq!(decode_entity("&#xD800;"), Some(("\u{FFFD}".into(), 8)));
        assert_eq!(decode_entity("&#x110000;"), Some(("\u{FFFD}".into(), 10)));
    }
}
