//! The working document the rule layers act on: blocks with their pieces of input, and the
//! decisions taken so far.

use crate::model::{ByteSpan, MetaField, Metadata, Removal};
use crate::rules::Rule;
use crate::stopwords::Counts;
use crate::text;
use std::borrow::Cow;

/// One contiguous piece of input text that makes up part of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// Where the piece is in the original input bytes.
    pub span: ByteSpan,
    /// Where the piece starts in [`Block::text`].
    pub text_start: usize,
    /// Its length in [`Block::text`]. Equal to `span.len()` when the text is the input verbatim
    /// (text front end); an HTML piece may differ (decoded entities).
    pub text_len: usize,
}

/// Hints an HTML front end attaches to a block; the text front end leaves them empty.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DomHints {
    /// Tag name of the block element (`p`, `li`, `h2`...).
    pub tag: String,
    /// A DOM path such as `body>div#main>article>p[3]`.
    pub path: String,
    /// Share of the block's text inside links, 0 to 1.
    pub link_density: f32,
    /// Heading level 1-6, when the block is a heading.
    pub heading: Option<u8>,
    /// What the block is in the page's structure (heading, list item, table row...).
    pub kind: crate::model::ParagraphKind,
    /// The block is part of a card of a listing: one item of the repeated structure (product
    /// cards, directory entries) that chose the page's main region. Short lines there are the
    /// listing's names and prices, not a menu.
    pub listing_item: bool,
    /// The block is preformatted text (`pre`): a line of code or of a verbatim listing.
    pub preformatted: bool,
}

/// A block's pieces: one inline, more on the heap.
pub type Pieces = smallvec::SmallVec<[Piece; 1]>;

/// Whether a block is kept, and if not, why.
#[derive(Debug, Clone, PartialEq)]
pub enum State {
    Kept,
    Removed {
        rule: &'static Rule,
        detail: Option<String>,
        duplicate_of: Option<usize>,
    },
}

/// A paragraph-sized unit: a line or re-joined lines of a text dump, or a block element of a page.
/// `'a` is the lifetime of the document's input, which [`Block::plain`] may borrow.
#[derive(Debug, Clone)]
pub struct Block<'a> {
    /// The pieces' texts joined by a space; left empty when [`Block::in_src`] (read it through
    /// [`Block::text_of`]).
    pub text: String,
    /// The pieces are the input verbatim, so the text is not stored twice: it is the pieces'
    /// input joined by a space (text front end).
    pub in_src: bool,
    /// The text as it will be output: blankish runs collapsed to one space, invisible characters
    /// dropped, trimmed. Rules judge this, so that a block is judged the same whether it comes
    /// from the raw dump or from the clean body cleaned again. Offsets into it map back to
    /// [`Block::text`] through [`Block::text_offset`]. Borrowed from the input when a line is
    /// already in that form, as most lines of a text dump are (no copy, no allocation).
    pub plain: Cow<'a, str>,
    pub pieces: Pieces,
    pub state: State,
    pub dom: Option<Box<DomHints>>,
}

impl<'a> Block<'a> {
    /// A block whose text is the input verbatim in each span, joined by spaces.
    pub fn from_spans(src: &'a str, spans: &[ByteSpan]) -> Block<'a> {
        match spans {
            [s] => Block::from_line(src, *s, false),
            _ => Block::from_spans_collapsed(src, spans, false),
        }
    }

    /// [`Block::from_spans`] of one span. `collapsed`: the caller has found the span's text
    /// collapsed already (printable ASCII, single spaces, none at either end), so it is not
    /// tested again.
    pub(crate) fn from_line(src: &'a str, span: ByteSpan, collapsed: bool) -> Block<'a> {
        let text = src.get(span.range()).unwrap_or("");
        Block {
            text: String::new(),
            in_src: true,
            plain: if collapsed {
                Cow::Borrowed(text)
            } else {
                text::collapse_cow(text)
            },
            pieces: smallvec::smallvec![Piece {
                span,
                text_start: 0,
                text_len: span.len(),
            }],
            state: State::Kept,
            dom: None,
        }
    }

    /// [`Block::from_spans`]; `collapsed` as for [`Block::from_line`], of every span.
    pub(crate) fn from_spans_collapsed(
        src: &'a str,
        spans: &[ByteSpan],
        collapsed: bool,
    ) -> Block<'a> {
        let mut pieces = Pieces::with_capacity(spans.len());
        let mut at = 0;
        for s in spans {
            pieces.push(Piece {
                span: *s,
                text_start: at,
                text_len: s.len(),
            });
            at += s.len() + 1;
        }
        let plain = match spans {
            [s] if collapsed => Cow::Borrowed(src.get(s.range()).unwrap_or("")),
            [s] => text::collapse_cow(src.get(s.range()).unwrap_or("")),
            // The spans' text joined by a space, as `text_of` gives it.
            _ => {
                let mut joined = String::with_capacity(spans.iter().map(|s| s.len() + 1).sum());
                for s in spans {
                    if !joined.is_empty() {
                        joined.push(' ');
                    }
                    joined.push_str(src.get(s.range()).unwrap_or(""));
                }
                // Most joined lines are collapsed already: the joined text is kept, not copied.
                let collapsed = if collapsed {
                    None
                } else {
                    match text::collapse_cow(&joined) {
                        Cow::Borrowed(_) => None,
                        Cow::Owned(c) => Some(c),
                    }
                };
                Cow::Owned(collapsed.unwrap_or(joined))
            }
        };
        Block {
            text: String::new(),
            in_src: true,
            plain,
            pieces,
            state: State::Kept,
            dom: None,
        }
    }

    /// The block with its plain text owned: free of the input's lifetime.
    pub fn into_owned(self) -> Block<'static> {
        Block {
            text: self.text,
            in_src: self.in_src,
            plain: Cow::Owned(self.plain.into_owned()),
            pieces: self.pieces,
            state: self.state,
            dom: self.dom,
        }
    }

    /// A kept block from its text and pieces.
    pub fn new(text: String, pieces: Pieces) -> Block<'a> {
        Block {
            plain: Cow::Owned(text::collapse(&text)),
            text,
            in_src: false,
            pieces,
            state: State::Kept,
            dom: None,
        }
    }

    /// The pieces' texts joined by a space. `src` is the document's input ([`Doc::src`]).
    pub fn text_of<'s>(&'s self, src: &'s str) -> std::borrow::Cow<'s, str> {
        if !self.in_src {
            return std::borrow::Cow::Borrowed(&self.text);
        }
        match self.pieces.as_slice() {
            [p] => std::borrow::Cow::Borrowed(src.get(p.span.range()).unwrap_or("")),
            pieces => {
                let mut text = String::with_capacity(pieces.iter().map(|p| p.text_len + 1).sum());
                for p in pieces {
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    text.push_str(src.get(p.span.range()).unwrap_or(""));
                }
                std::borrow::Cow::Owned(text)
            }
        }
    }

    pub fn is_kept(&self) -> bool {
        matches!(self.state, State::Kept)
    }

    /// Whether `rule` removed the block (rules are statics: compared by address).
    pub fn is_removed_by(&self, rule: &'static Rule) -> bool {
        matches!(self.state, State::Removed { rule: r, .. } if std::ptr::eq(r, rule))
    }

    /// How many lines of the input `src` the block lies on: a text dump's block counts its lines,
    /// whatever was cut out of them (a cut parts a line into pieces: a Markdown link's markup
    /// leaves three of "By [Jane Doe](/jane) – Updated"); a page's block counts its pieces (its
    /// inline elements).
    pub fn line_count(&self, src: &str) -> usize {
        if self.dom.is_some() {
            return self.pieces.len();
        }
        let breaks = (self.pieces.windows(2))
            .filter(|w| {
                (src.get(w[0].span.end..w[1].span.start)).is_some_and(|gap| gap.contains('\n'))
            })
            .count();
        self.pieces.len().min(1) + breaks
    }

    /// The span of the whole block, first byte to last.
    pub fn outer_span(&self) -> ByteSpan {
        match (self.pieces.first(), self.pieces.last()) {
            (Some(a), Some(b)) => ByteSpan::new(a.span.start, b.span.end),
            _ => ByteSpan::new(0, 0),
        }
    }

    /// Maps a byte offset of [`Block::text`] to the input. Exact inside verbatim pieces; inside a
    /// piece whose text differs from its bytes, it snaps to the piece's nearer end.
    pub fn input_offset(&self, text_pos: usize) -> usize {
        // The first piece ending at or after the position, found by halving: the pieces follow
        // one another in the text, so their ends only grow. (A block of a hundred thousand
        // pieces, each mapped by `spans_of`, was quadratic when they were walked from the first.)
        let k = self
            .pieces
            .partition_point(|p| p.text_start + p.text_len < text_pos);
        let Some(p) = self.pieces.get(k) else {
            return self.pieces.last().map(|p| p.span.end).unwrap_or(0);
        };
        if text_pos <= p.text_start {
            return p.span.start;
        }
        if p.text_len == p.span.len() {
            return p.span.start + (text_pos - p.text_start);
        }
        if text_pos - p.text_start < p.text_len / 2 {
            p.span.start
        } else {
            p.span.end
        }
    }

    /// The input span from the first to the last visible byte of `plain[start..end]`. The end is
    /// found as its last character's place: a position at a collapsed space maps to the visible
    /// character after the space, which would take the space into the span.
    pub fn input_span(&self, src: &str, start: usize, end: usize) -> Option<ByteSpan> {
        // (Spaces at its ends are none of its bytes.)
        let v = self.plain.get(start..end)?;
        let start = start + (v.len() - v.trim_start().len());
        let end = start.max(end - (v.len() - v.trim_end().len()));
        let last = self
            .plain
            .get(start..end)
            .and_then(|v| v.chars().next_back())
            .map_or(0, char::len_utf8);
        let offsets = self.text_offsets(src, &[start, end - last]);
        let spans = self.spans_of(offsets[0], offsets[1] + last);
        Some(ByteSpan::new(spans.first()?.start, spans.last()?.end))
    }

    /// The input spans covering `text[range]`.
    pub fn spans_of(&self, start: usize, end: usize) -> Vec<ByteSpan> {
        let mut out = Vec::new();
        for p in &self.pieces {
            let (ps, pe) = (p.text_start, p.text_start + p.text_len);
            if pe <= start || ps >= end {
                continue;
            }
            let a = self.input_offset(start.max(ps));
            let b = self.input_offset(end.min(pe));
            if b > a {
                out.push(ByteSpan::new(a, b));
            }
        }
        out
    }

    /// Removes the text ranges `ranges` (sorted, non-overlapping offsets into [`Block::text`]) from
    /// the block in one pass, and returns the input spans they covered. A verbatim piece is cut
    /// exactly; a non-verbatim piece (decoded HTML text) only goes when a range covers all of it.
    /// The pieces left are joined by a space, but for pieces that touch in the input (a word
    /// and a character reference in it).
    pub fn cut_ranges(&mut self, src: &str, ranges: &[(usize, usize)]) -> Vec<ByteSpan> {
        self.cut_ranges_joined(src, ranges, false)
    }

    /// [`Block::cut_ranges`]; with `glue`, two pieces left of one line join without a space where
    /// the input had none between them (a Markdown link's words and the comma after its address).
    pub fn cut_ranges_joined(
        &mut self,
        src: &str,
        ranges: &[(usize, usize)],
        glue: bool,
    ) -> Vec<ByteSpan> {
        let mut removed = Vec::new();
        let mut kept: Vec<(ByteSpan, Option<String>)> = Vec::with_capacity(self.pieces.len());
        let mut r = 0;
        for p in &self.pieces {
            let (ps, pe) = (p.text_start, p.text_start + p.text_len);
            let verbatim = p.text_len == p.span.len();
            let at = |x: usize| p.span.start + (x - ps);
            let mut cur = ps;
            let mut whole = false;
            while r < ranges.len() && ranges[r].0 < pe {
                let (a, b) = (ranges[r].0.max(ps), ranges[r].1.min(pe));
                if b > a {
                    if verbatim {
                        if a > cur {
                            kept.push((ByteSpan::new(at(cur), at(a)), None));
                        }
                        removed.push(ByteSpan::new(at(a), at(b)));
                        cur = b;
                    } else if a <= ps && b >= pe {
                        removed.push(p.span);
                        whole = true;
                    }
                }
                if ranges[r].1 <= pe {
                    r += 1;
                } else {
                    break;
                }
            }
            if verbatim {
                if cur < pe {
                    kept.push((ByteSpan::new(at(cur), p.span.end), None));
                }
            } else if !whole {
                kept.push((p.span, Some(self.text[ps..pe].to_string())));
            }
        }
        let mut text = String::with_capacity(self.text.len());
        let mut pieces = Pieces::with_capacity(kept.len());
        let mut last_end: Option<usize> = None;
        // Where the last kept piece ended in the input, verbatim or not.
        let mut last_piece_end: Option<usize> = None;
        let mut any_glued = false;
        for (span, own) in kept {
            let verbatim = own.is_none();
            let (span, piece_text) = match own {
                Some(t) => (span, t),
                None => match trim_span(src, span) {
                    Some(s) => (s, src[s.range()].to_string()),
                    None => continue,
                },
            };
            // Glued: verbatim pieces with cut text between them in the input and no whitespace
            // at either edge of it ("minutes](… \"Title\")." reads "minutes."), unless a word
            // in lower case would run into one that opens with a capital: two elements a
            // converter wrote side by side ("By [Korin Miller](/author/…)Published: Jan 29"
            // reads "By Korin Miller Published: Jan 29", as the page shows them).
            let glued = glue
                && verbatim
                && last_end.is_some_and(|end| {
                    src.get(end..span.start).is_some_and(|gap| {
                        let mut chars = gap.chars();
                        let first = chars.next();
                        let last = chars.next_back().or(first);
                        [first, last]
                            .iter()
                            .all(|c| c.is_some_and(|c| !c.is_whitespace()))
                    }) && !(text
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
                        && src[span.range()]
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase))
                });
            // Touching: nothing lies between the two pieces in the input (a page's word and the
            // character reference or repaired character in it, "caf" and "é"); they join as
            // they read.
            let touching = last_piece_end == Some(span.start);
            let glued = glued || touching;
            any_glued |= glued && !text.is_empty();
            if !text.is_empty() && !glued {
                text.push(' ');
            }
            last_end = verbatim.then_some(span.end);
            last_piece_end = Some(span.end);
            pieces.push(Piece {
                span,
                text_start: text.len(),
                text_len: piece_text.len(),
            });
            text.push_str(&piece_text);
        }
        self.plain = Cow::Owned(text::collapse(&text));
        // A block of verbatim pieces keeps them verbatim: its text stays in the input, which
        // `text_of` joins by spaces. Glued pieces are joined otherwise: their text is kept.
        if any_glued {
            self.in_src = false;
        }
        self.text = if self.in_src { String::new() } else { text };
        self.pieces = pieces;
        removed
    }

    /// The offset in [`Block::text`] of the character at `plain_pos` in [`Block::plain`]
    /// (`plain.len()` maps to the end of the last visible character).
    pub fn text_offset(&self, src: &str, plain_pos: usize) -> usize {
        self.text_offsets(src, &[plain_pos])[0]
    }

    /// [`Block::text_offset`] of each of `plain_positions` (in ascending order), in one pass over
    /// the text: a block cut in many places costs one walk, not one per place.
    pub fn text_offsets(&self, src: &str, plain_positions: &[usize]) -> Vec<usize> {
        if !plain_positions.windows(2).all(|w| w[0] <= w[1]) {
            // Answered in order and put back in place: one walk still, however many positions
            // (one walk each made a long line cut in thousands of places quadratic).
            let mut order: Vec<usize> = (0..plain_positions.len()).collect();
            order.sort_by_key(|&k| plain_positions[k]);
            let sorted: Vec<usize> = order.iter().map(|&k| plain_positions[k]).collect();
            let mut out = vec![0; plain_positions.len()];
            for (offset, k) in self.text_offsets(src, &sorted).into_iter().zip(order) {
                out[k] = offset;
            }
            return out;
        }
        let mut out = Vec::with_capacity(plain_positions.len());
        let mut p = 0; // position in plain
        let mut pending_space = false;
        let mut last_end = 0;
        for (i, c) in self.text_of(src).char_indices() {
            if out.len() == plain_positions.len() {
                return out;
            }
            if text::is_blankish(c) {
                if c.is_whitespace() && p > 0 {
                    pending_space = true;
                }
                continue;
            }
            // A collapsed space maps to the visible character after it.
            if pending_space {
                p += 1;
                pending_space = false;
            }
            while plain_positions.get(out.len()).is_some_and(|&pos| pos <= p) {
                out.push(i);
            }
            p += c.len_utf8();
            last_end = i + c.len_utf8();
        }
        out.resize(plain_positions.len(), last_end);
        out
    }
}

/// Shrinks a span to its non-blankish content; `None` when nothing visible is left.
pub fn trim_span(src: &str, s: ByteSpan) -> Option<ByteSpan> {
    let (a, b) = text::trim_range(src.get(s.range())?);
    (b > a).then(|| ByteSpan::new(s.start + a, s.start + b))
}

/// Everything the layers read and write for one document.
pub struct Doc<'a> {
    /// The decoded input. For text its offsets are those of the original bytes; an HTML front end
    /// states what its offsets mean.
    pub src: std::borrow::Cow<'a, str>,
    pub blocks: Vec<Block<'a>>,
    /// Removals of parts of blocks and of input outside any block.
    pub removals: Vec<Removal>,
    pub metadata: Metadata,
    /// Input ranges that could not be decoded and were read as spaces.
    pub replaced: Vec<ByteSpan>,
    /// Input ranges of mojibake read as the characters they first were.
    pub repaired: Vec<ByteSpan>,
    /// Word and stopword counts of blocks' [`Block::plain`], by block index, as the dedup layer
    /// found them while reading every word; the text classifier reuses them. An entry is
    /// dropped when its block is cut; `None` (or a missing entry) means "count again".
    pub(crate) word_counts: Vec<Option<Counts>>,
    /// Whether each block is a line of code ([`crate::rules::code::is_code_line`] of its trimmed
    /// [`Block::plain`]), by block index, where the text front end found it already: `None` (or
    /// a missing entry) means "ask". Read before any rule has run.
    pub(crate) code_lines: Vec<Option<bool>>,
    /// Whether a block has the DOM's hints ([`Doc::is_html_page`]): the HTML front end gives
    /// them to every block before the document is made, a text dump to none, and rules ask in
    /// each round (some for each run of lines), so it is found once rather than by a walk over
    /// the blocks each time.
    html_page: bool,
    /// How many times a rule has read the whole input for a name's words
    /// ([`Doc::used_in_lower_case`]).
    lower_case_reads: std::cell::Cell<u32>,
    /// The input span each block that [`Doc::cut`] cut had before its first cut, by block index
    /// (few): a duplicate's first copy is named by its whole span, though a passage was later
    /// cut from its end ([`Doc::original_span`]).
    cut_extents: std::collections::HashMap<usize, ByteSpan>,
    /// The blocks of a Markdown dump's headings of levels one and two (`# Title`, `## Title`, or
    /// a line over `===` or `---`), in order, with their levels, where the dump has no reader's
    /// header: one of them is the page's headline
    /// ([`crate::rules::debris::title_from_markdown_headline`]).
    pub(crate) markdown_headlines: Vec<(usize, u8)>,
    /// The words of a Markdown dump's links to an author's page, in order
    /// ([`crate::rules::debris::author_from_links`]).
    pub(crate) author_links: Vec<crate::model::MetaField>,
    /// The blocks of a Markdown dump's pipe tables, in order
    /// ([`crate::rules::debris`]'s `mark_pipe_tables`).
    pub(crate) markdown_tables: Vec<usize>,
    /// Whether the dump is Markdown ([`crate::rules::debris::apply_markdown`] found its links).
    pub(crate) markdown: bool,
}

/// A document's input is read whole for a name's words at most this many times: a dump of
/// thousands of name-like lines (a mutated one, a roster) stays linear.
const MAX_LOWER_CASE_READS: u32 = 64;

impl<'a> Doc<'a> {
    /// Is a word of `name` written in lower case elsewhere in the input
    /// ([`crate::rules::byline::used_in_lower_case`])? Past [`MAX_LOWER_CASE_READS`] reads of
    /// the input, yes: the name is not taken for a person's.
    pub(crate) fn used_in_lower_case(&self, name: &str) -> bool {
        let reads = self.lower_case_reads.get();
        if reads >= MAX_LOWER_CASE_READS {
            return true;
        }
        self.lower_case_reads.set(reads + 1);
        crate::rules::byline::used_in_lower_case(&self.src, name)
    }

    /// Whether the blocks came from an HTML page's DOM (the dom layer has judged them with what
    /// the markup says), not from a text dump.
    pub(crate) fn is_html_page(&self) -> bool {
        debug_assert_eq!(self.html_page, self.blocks.iter().any(|b| b.dom.is_some()));
        self.html_page
    }

    /// Block `i` of a text dump is a cell of a table whose cells hold paragraphs: a browser's
    /// text of such a table puts each cell on lines of its own, with a line holding only the tab
    /// between cells ("Status\n\n\t\n\nComment"). Read from the blank lines right before
    /// and right after the block in the input; a tab that indents a line is no such line.
    pub(crate) fn is_tabbed_cell(&self, i: usize) -> bool {
        // A page's spans point into its markup, whose indents are tabs too. (The field, not
        // `is_html_page`, whose check in debug builds reads every block: this is asked of every
        // repeated line.)
        let Some(b) = self.blocks.get(i).filter(|_| !self.html_page) else {
            return false;
        };
        let (Some(first), Some(last)) = (b.pieces.first(), b.pieces.last()) else {
            return false;
        };
        let src = self.src.as_bytes();
        let is_ws = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r');
        let start = first.span.start.min(src.len());
        let end = last.span.end.min(src.len());
        let before = src[..start].iter().rev().take_while(|c| is_ws(c)).count();
        let after = src[end..].iter().take_while(|c| is_ws(c)).count();
        [&src[start - before..start], &src[end..end + after]]
            .iter()
            .any(|gap| has_tab_line(gap))
    }

    pub fn new(src: impl Into<std::borrow::Cow<'a, str>>, blocks: Vec<Block<'a>>) -> Self {
        Doc {
            html_page: blocks.iter().any(|b| b.dom.is_some()),
            src: src.into(),
            blocks,
            removals: Vec::new(),
            metadata: Metadata::default(),
            replaced: Vec::new(),
            repaired: Vec::new(),
            word_counts: Vec::new(),
            code_lines: Vec::new(),
            lower_case_reads: std::cell::Cell::new(0),
            cut_extents: Default::default(),
            markdown_headlines: Vec::new(),
            author_links: Vec::new(),
            markdown_tables: Vec::new(),
            markdown: false,
        }
    }

    /// Block `i`'s input span before any cut: its outer span, or the one it had before
    /// [`Doc::cut`] first took part of it.
    pub(crate) fn original_span(&self, i: usize) -> Option<ByteSpan> {
        let b = self.blocks.get(i)?;
        Some(
            self.cut_extents
                .get(&i)
                .copied()
                .unwrap_or_else(|| b.outer_span()),
        )
    }

    /// Marks a whole block removed, unless it already is.
    pub fn remove(&mut self, i: usize, rule: &'static Rule, detail: Option<String>) {
        if let Some(b) = self.blocks.get_mut(i) {
            if b.is_kept() {
                b.state = State::Removed {
                    rule,
                    detail,
                    duplicate_of: None,
                };
            }
        }
    }

    /// [`Doc::cut`] of `ranges` from block `i`, or the whole block removed when only blanks lie
    /// outside them (a line that was all markup). Nothing when `ranges` is empty.
    pub fn cut_or_remove(&mut self, i: usize, ranges: &[(usize, usize)], rule: &'static Rule) {
        if ranges.is_empty() {
            return;
        }
        if crate::text::is_blank_outside(&self.blocks[i].plain, ranges) {
            self.remove(i, rule, None);
        } else {
            self.cut(i, ranges, rule, None);
        }
    }

    /// Removes ranges of [`Block::plain`] (sorted, non-overlapping) from block `i` and records
    /// the removals.
    /// In a text dump, the parts of a line left join without a space where the line had none
    /// between them ([`Block::cut_ranges_joined`]): a cut shortcode or a Markdown link's address
    /// leaves "headboard," and "the report.", as the line read. A page's pieces are text nodes,
    /// which tags part.
    pub fn cut(
        &mut self,
        i: usize,
        ranges: &[(usize, usize)],
        rule: &'static Rule,
        detail: Option<String>,
    ) {
        let glue = !self.html_page;
        let b = &self.blocks[i];
        self.cut_extents.entry(i).or_insert_with(|| b.outer_span());
        let ends: Vec<usize> = ranges.iter().flat_map(|&(a, z)| [a, z]).collect();
        let offsets = b.text_offsets(&self.src, &ends);
        let ranges: Vec<(usize, usize)> = offsets.chunks(2).map(|r| (r[0], r[1])).collect();
        let mut spans = self.blocks[i].cut_ranges_joined(&self.src, &ranges, glue);
        if let Some(c) = self.word_counts.get_mut(i) {
            *c = None;
        }
        // Cut pieces that only whitespace (or, in a page, tags) separate are one removal: a
        // passage of a page whose every word is an element of its own is not a removal a word.
        // Not over tags another removal holds already (an empty script element that
        // `dom.script` took): removals never overlap.
        let html = self.html_page;
        let removals = &self.removals;
        spans.dedup_by(|next, prev| {
            let gap = self.src.get(prev.end..next.start);
            let joins = gap.is_some_and(|g| {
                g.chars().all(char::is_whitespace)
                    || html
                        && only_tags_and_space(g)
                        && !removals
                            .iter()
                            .any(|r| r.span.start < next.start && r.span.end > prev.end)
            });
            if joins {
                prev.end = next.end;
            }
            joins
        });
        for s in spans {
            if let Some(s) = trim_span(&self.src, s) {
                self.removals.push(rule.removal(s, detail.clone()));
            }
        }
    }

    /// A metadata field whose value is `plain[start..end]` of block `i`.
    pub fn field(
        &self,
        i: usize,
        start: usize,
        end: usize,
        value: String,
        rule: &'static Rule,
    ) -> MetaField {
        let b = &self.blocks[i];
        let span = b
            .input_span(&self.src, start, end)
            .unwrap_or_else(|| b.outer_span());
        MetaField {
            value,
            span,
            rule: rule.id,
            normalized: None,
        }
    }

    /// Whether block `i` is a Markdown dump's pipe table.
    pub(crate) fn is_markdown_table(&self, i: usize) -> bool {
        self.markdown_tables.binary_search(&i).is_ok()
    }

    /// The block whose span starts at input byte `at`, or holds it (the last one starting at or
    /// before it).
    pub fn block_at(&self, at: usize) -> Option<usize> {
        let k = self.blocks.partition_point(|b| b.outer_span().start <= at);
        k.checked_sub(1)
    }

    /// Indices of the kept blocks, in order, found as they are read: a rule that needs only the
    /// first or last few reads only as far as them, and allocates nothing.
    pub fn kept_iter(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        self.blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.is_kept())
            .map(|(i, _)| i)
    }

    /// Indices of the kept blocks, in order.
    pub fn kept(&self) -> Vec<usize> {
        self.blocks_where(|b| b.is_kept())
    }

    /// Indices of the blocks for which `holds` is true, in order.
    pub(crate) fn blocks_where(&self, holds: impl Fn(&Block) -> bool) -> Vec<usize> {
        // Sized for every block at once (a filter's collect grows the list step by step).
        let mut found = Vec::with_capacity(self.blocks.len());
        found.extend((0..self.blocks.len()).filter(|&i| holds(&self.blocks[i])));
        found
    }
}

/// True when a stretch of a page holds tags and whitespace only: no text outside `<` and `>`
/// (a comment or a script between them has some, and is not passed over).
fn only_tags_and_space(gap: &str) -> bool {
    let mut in_tag = false;
    for c in gap.chars() {
        match c {
            '<' if !in_tag => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if in_tag || c.is_whitespace() => {}
            _ => return false,
        }
    }
    !in_tag
}

/// A whitespace gap between two lines holds a line of one tab, nothing else, with an empty line
/// on each side: the gap a browser leaves between two cells that hold paragraphs. The partial
/// lines at the gap's ends (the end of the line before, the indent of the next) are not lines of
/// it. A tab line right against a line of text is a row of short cells or an indent; a line of
/// several tabs, or of tabs and spaces, is the markup's indent that a scraper's text of the page
/// keeps (BeautifulSoup's `get_text`).
fn has_tab_line(gap: &[u8]) -> bool {
    let is_blank = |l: &[u8]| matches!(l, b"" | b"\r");
    // The whole lines lie between the gap's first and last line break. (No list of them: this
    // is asked of every repeated line of a dump.)
    let (Some(first), Some(last)) = (memchr::memchr(b'\n', gap), memchr::memrchr(b'\n', gap))
    else {
        return false;
    };
    if first >= last {
        return false;
    }
    let (mut before, mut tab) = (None::<&[u8]>, None::<&[u8]>);
    for line in gap[first + 1..last].split(|&c| c == b'\n') {
        if let (Some(b), Some(t)) = (before, tab) {
            if is_blank(b) && matches!(t, b"\t" | b"\t\r") && is_blank(line) {
                return true;
            }
        }
        (before, tab) = (tab, Some(line));
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A gap between two cells that hold paragraphs has a line of a tab between blank lines; a
    /// tab against a line of text, or one that indents the next line, is no such gap.
    #[test]
    fn tab_lines_between_cells() {
        for gap in ["\n\n\t\n\n", "\r\n\r\n\t\r\n\r\n", "\n\n\n\t\n\n\n"] {
            assert!(has_tab_line(gap.as_bytes()), "{gap:?}");
        }
        for gap in [
            "\n\t\n",
            "\n\n\t",
            "\t\n\n",
            "\n\n\n\n",
            "\n\t\n\n",
            "\n\n\t\t",
            // A markup's indents, as a scraper's text of the page keeps them.
            "\n\n\t\t\t\n\n",
            "\n\n \t \n\n",
            "\n\t\n\t\t\n\t\n",
        ] {
            assert!(!has_tab_line(gap.as_bytes()), "{gap:?}");
        }
    }

    /// A text block counts the lines its pieces lie on, however many pieces cuts made of them.
    #[test]
    fn a_blocks_lines_are_counted_across_its_cuts() {
        let src = "By [Jane Doe](/jane) on Monday\nand Tuesday";
        let mut doc = Doc::new(
            src,
            vec![Block::from_spans(
                src,
                &[ByteSpan::new(0, 30), ByteSpan::new(31, src.len())],
            )],
        );
        assert_eq!(doc.blocks[0].line_count(&doc.src), 2);
        doc.cut(
            0,
            &[(3, 4), (12, 20)],
            &crate::rules::debris::LINK_TARGET,
            None,
        );
        assert!(doc.blocks[0].pieces.len() > 2);
        assert_eq!(doc.blocks[0].line_count(&doc.src), 2);
    }

    /// The input is read for a name's words at most `MAX_LOWER_CASE_READS` times; past them, a
    /// name counts as written in lower case (no person's), whatever the input says.
    #[test]
    fn lower_case_reads_are_bounded() {
        let doc = Doc::new(
            "Jane Doe wrote the report; the order was placed.",
            Vec::new(),
        );
        assert!(doc.used_in_lower_case("Order Now"));
        for _ in 1..MAX_LOWER_CASE_READS {
            assert!(!doc.used_in_lower_case("Jane Doe"));
        }
        assert!(doc.used_in_lower_case("Jane Doe"));
    }

    #[test]
    fn gaps_of_tags_and_space() {
        for g in ["", " ", "</span> <span class=\"w\">", "<br/>\n"] {
            assert!(only_tags_and_space(g), "{g:?}");
        }
        for g in [
            "</b> x <i>",
            "<!-- a > b -->",
            "<script>var a;</script>",
            "<span",
        ] {
            assert!(!only_tags_and_space(g), "{g:?}");
        }
    }

    /// Mapping several positions in one pass gives what mapping each alone gives, over texts with
    /// runs of spaces, invisible characters and multi-byte letters.
    #[test]
    fn a_glued_line_cuts_again_where_its_text_says() {
        use crate::rules::debris::LINK_TARGET;
        let src = "See [the report](https://x.y/r). Tweet now, the minister said.";
        let mut doc = Doc::new(
            src,
            vec![Block::from_spans(src, &[ByteSpan::new(0, src.len())])],
        );
        doc.cut(0, &[(4, 5), (15, 31)], &LINK_TARGET, None);
        assert_eq!(
            doc.blocks[0].plain,
            "See the report. Tweet now, the minister said."
        );
        // A second cut, by plain offsets of the glued text: the bytes it names go.
        let at = doc.blocks[0].plain.find("Tweet now,").unwrap();
        doc.cut(0, &[(at, at + "Tweet now,".len())], &LINK_TARGET, None);
        assert_eq!(doc.blocks[0].plain, "See the report. the minister said.");
        let last = doc.removals.last().unwrap();
        assert_eq!(&src[last.span.range()], "Tweet now,");
    }

    #[test]
    fn text_offsets_in_one_pass_match_one_by_one() {
        let texts = [
            "plain words here",
            "  leading  and   inner\u{a0}\u{a0}spaces  ",
            "zero\u{200b}width\u{feff} and é, 東京 and 🎉 mixed",
            "\t\nline one\n\n  line two \u{2003} end",
            "",
        ];
        for src in texts {
            let b = Block::from_spans(src, &[ByteSpan::new(0, src.len())]);
            let positions: Vec<usize> = (0..=b.plain.len() + 2).collect();
            let one_by_one: Vec<usize> = positions.iter().map(|&p| b.text_offset(src, p)).collect();
            assert_eq!(b.text_offsets(src, &positions), one_by_one, "{src:?}");
            // Unsorted positions are answered one by one.
            let reversed: Vec<usize> = positions.iter().rev().copied().collect();
            let want: Vec<usize> = one_by_one.iter().rev().copied().collect();
            assert_eq!(b.text_offsets(src, &reversed), want, "{src:?}");
        }
    }
}
