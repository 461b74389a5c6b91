//! Markup debris: what a scraper leaves of markup it did not render (`.png)`, `![](`, `]]>`).

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use once_cell::sync::Lazy;
use regex::Regex;

pub static MARKUP: Rule = Rule {
    id: "markup.debris",
    layer: Layer::Chrome,
    why: "left-over markup or a line with no words (image link ends, CDATA ends, stray tags, a player's embed code)",
    tier: Tier::Core,
};

pub static LINK_TARGET: Rule = Rule {
    id: "markup.link-target",
    layer: Layer::Chrome,
    why: "a Markdown link's brackets and address, or an inline image, in a line of text: markup, not words (the link's words stay)",
    tier: Tier::Core,
};

pub static MARKDOWN_MARK: Rule = Rule {
    id: "markup.markdown-mark",
    layer: Layer::Chrome,
    why: "a Markdown dump's marks around its words: a list item's bullet, a quote's >, emphasis (** or _), a backslash before punctuation: markup, not words",
    tier: Tier::Core,
};

pub static READER_HEADER: Rule = Rule {
    id: "markup.reader-header",
    layer: Layer::Metadata,
    why: "the header a reader service writes above a page's Markdown (Jina Reader's Title, URL Source, Published Time, Markdown Content): the title is the dump's title line, the address and the date go to metadata",
    tier: Tier::Core,
};

pub static AUTHOR_LINK: Rule = Rule {
    id: "markup.author-link",
    layer: Layer::Metadata,
    why: "a Markdown dump's link to an author's page (/author/<name>): its words name the author, where no byline did and every such link names the same one",
    tier: Tier::Core,
};

pub static LINK_REFERENCE: Rule = Rule {
    id: "markup.link-reference",
    layer: Layer::Chrome,
    why: "a text browser's link numbers ([7]) and the list of addresses it prints after the page (References): markup, not words",
    tier: Tier::Core,
};

/// The headers of a text browser's list of link addresses: lynx's, and its two parts.
const LINK_LIST_HEADERS: &[&str] = &["References", "Visible links:", "Hidden links:"];

/// A line of a text browser's list of link addresses (`lynx -dump`): "  12. https://…".
static REFERENCE_LINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\d{1,5}\. (?:[a-z][a-z0-9+.-]*:|/)\S*$").expect("reference line regex")
});

/// The parts of an address that name an author's page: a CMS's archive of an author's posts, a
/// newsroom's staff page (not a site's team page, nor a user's account).
const AUTHOR_PAGE_PATHS: [&str; 8] = [
    "/author/",
    "/authors/",
    "/staff_name/",
    "/contributors/",
    "/writers/",
    "/journalists/",
    "/reporters/",
    "/columnists/",
];

/// A Markdown link to an author's page ([`AUTHOR_PAGE_PATHS`]), its words in group 1:
/// `[Ryan Carrigan](https://example.com/blog/author/rcarrigan/)`, `[Will Judd](/authors/will-judd)`.
static AUTHOR_LINK_RE: Lazy<Regex> = Lazy::new(|| {
    let paths: Vec<&str> = AUTHOR_PAGE_PATHS
        .iter()
        .map(|p| p.trim_matches('/'))
        .collect();
    Regex::new(&format!(
        r#"\[([^\[\]\n]{{2,60}})\]\([^()\s]*?/(?i:{})/[^/?#\s()]+[^()\s]*(?:\s+"[^"\n]*")?\)"#,
        paths.join("|")
    ))
    .expect("author link regex")
});

/// A link's number before its words in a text browser's dump: `[7]Jane Doe`.
static LINK_NUMBER: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\[\d{1,5}\]").expect("link number regex"));

/// A Markdown link or image whose address looks like one (a scheme, a path, a fragment, `www.`):
/// `[words](https://example.com/a_(b) "title")`. Its words (group 1) stay; the brackets, the
/// address and its title go. Prose in brackets followed by parentheses (`[sic] (1998)`, `[1](2)`)
/// is no link.
static MARKDOWN_LINK: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r#"(?x)
        (!?)\[([^\[\]
]{0,300})\]
        \(\s*(?:<[^<>
]*>|(?:https?://|mailto:|www\.|/|\#|\./|\.\./)[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)
        (?:\s+"[^"
]*")?\s*\)"#,
    )
    .expect("markdown link regex")
});

/// Any Markdown link or image, in a dump that [`MARKDOWN_LINK`] (or several of these) showed to
/// be Markdown: any address without spaces (a relative one, `tel:`, a `data:` image), words that
/// hold escaped brackets (`[\[email protected\]](…)`). Its words stay ([`link_words_end`]).
/// (On bytes: the lines are searched again with what matched blanked out.)
static MARKDOWN_LINK_ANY: Lazy<regex::bytes::Regex> = Lazy::new(|| {
    regex::bytes::Regex::new(&format!(r"\[{LINK_WORDS}\]{LINK_ADDRESS}"))
        .expect("markdown link regex")
});

/// [`MARKDOWN_LINK_ANY`]'s images: `![words](address)`.
static MARKDOWN_IMAGE_ANY: Lazy<regex::bytes::Regex> = Lazy::new(|| {
    regex::bytes::Regex::new(&format!(r"!\[{LINK_WORDS}\]{LINK_ADDRESS}"))
        .expect("markdown image regex")
});

/// The end of a link whose words started on a line above: a converter writes a link around
/// blocks (a card's heading and its blurb) over several lines, `[Solutions` / `Solutions for
/// retail](https://…)`.
static MARKDOWN_LINK_TAIL: Lazy<regex::bytes::Regex> = Lazy::new(|| {
    regex::bytes::Regex::new(&format!(r"\]{LINK_ADDRESS}")).expect("markdown link tail regex")
});

/// A link's words: no bracket but an escaped one.
const LINK_WORDS: &str = r"(?:[^\[\]\n\\]|\\.){0,300}";
/// A link's address in its parentheses, with a title after it: anything without spaces (with
/// parentheses in pairs), or anything in angle brackets.
const LINK_ADDRESS: &str =
    r#"\(\s*(?:<[^<>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+"[^"\n]*")?\s*\)"#;

/// Where the words of a link that [`MARKDOWN_LINK_ANY`] matched end: at its first bracket
/// that no backslash escapes.
fn link_words_end(link: &[u8]) -> usize {
    let mut k = 1;
    while k < link.len() {
        match link[k] {
            b'\\' => k += 2,
            b']' => return k,
            _ => k += 1,
        }
    }
    link.len()
}

/// Links of [`MARKDOWN_LINK_ANY`] with an address of a path or a host (a `/` or a `.` in it)
/// that make a dump Markdown when none of [`MARKDOWN_LINK`] does: a documentation site links
/// its pages by relative paths only. Prose holds a bracket followed by parentheses once or twice
/// at most.
const RELATIVE_LINKS_FOR_MARKDOWN: usize = 3;

/// Markup debris. A new alternative must pass [`may_be_debris`].
static DEBRIS_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r#"(?ix)^(?:
          \S*\.(?:png|jpe?g|gif|webp|svg|avif|bmp)(?:\?\S*)?\)?     # the tail of an image link
        | !\[[^\]]*\]\(?[^)\s]*\)?                                  # markdown image
        | \]\]> | <!\[CDATA\[ | <!-- | --> | /?>
        | </?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>(?:\s*</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>)*   # stray tags only
        # A media player's embed code, its label before it (the text of a share box's field):
        # "Embed <iframe src=\"…\" width=\"100%\" title=\"NPR embedded audio player\">".
        | embed(?:\ code)?:?\s*<\s*[a-z][a-z0-9]*\s[^<>]*>(?:\s*</?\s*[a-z][a-z0-9]*(?:\s[^<>]*)?/?>)*
        | \{\{[^}]*\}\} | \{%[^%]*%\}                               # template placeholders
        | (?:undefined|null|NaN|\[object\ Object\])
        )$"#,
    )
    .expect("debris regex")
});

/// Is `line` debris: markup remains, or no letter or digit at all?
/// A quick test before [`DEBRIS_RE`]: its alternatives that may hold a space start with `!`,
/// `<`, `{`, `[` or the first letter of `embed`; every other one has none, and either holds a
/// full stop (image-link tails) or starts with one of `]-/>` (`]]>`, `-->`, `/>`) or with the
/// first letter of `undefined`, `null` or `NaN` (in either case: no other character folds to one
/// of those letters).
fn may_be_debris(t: &str) -> bool {
    match t.as_bytes().first() {
        Some(b'!' | b'<' | b'{' | b'[') => true,
        Some(b'e' | b'E') => t.contains('<'),
        Some(b']' | b'-' | b'/' | b'>' | b'u' | b'U' | b'n' | b'N') => !t.contains(' '),
        _ => !t.contains(' ') && t.contains('.'),
    }
}

pub fn is_debris(line: &str) -> bool {
    let t = crate::text::trim_blankish(line);
    if t.is_empty() {
        return false;
    }
    if t.len() >= MIN_RUN_IDS * UUID_LEN && is_identifier_run(t) {
        return true;
    }
    if t.len() > 300 {
        return false;
    }
    if !t.chars().any(char::is_alphanumeric) {
        return true;
    }
    may_be_debris(t) && DEBRIS_RE.is_match(t)
}

/// At least this many identifiers make a line of them...
const MIN_RUN_IDS: usize = 3;

/// ...a line whose bytes (spaces aside) are mostly UUIDs: a page's tracking or obfuscation data
/// rendered as text (eBay interleaves a label's letters with them), which no reader reads.
/// A sentence or a table row that quotes one or two keeps them.
fn is_identifier_run(t: &str) -> bool {
    // Each UUID holds four hyphens: a count of bytes rules out nearly every line of prose
    // before its words are split (the test runs on every long line, for several rules).
    if memchr::memchr_iter(b'-', t.as_bytes())
        .nth(4 * MIN_RUN_IDS - 1)
        .is_none()
    {
        return false;
    }
    let (mut ids, mut id_bytes, mut other_bytes) = (0usize, 0usize, 0usize);
    for token in t.split_ascii_whitespace() {
        if is_uuid(token.as_bytes()) {
            ids += 1;
            id_bytes += token.len();
        } else {
            other_bytes += token.len();
        }
    }
    ids >= MIN_RUN_IDS && id_bytes >= other_bytes
}

/// The length of a UUID in its text form.
const UUID_LEN: usize = 36;

/// A UUID in its text form: 8-4-4-4-12 hexadecimal digits.
fn is_uuid(b: &[u8]) -> bool {
    b.len() == UUID_LEN
        && b.iter().enumerate().all(|(i, &c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    if rs.on(&LINK_REFERENCE) {
        cut_link_references(doc);
    }
    if !rs.on(&MARKUP) {
        return;
    }
    for i in 0..doc.blocks.len() {
        if doc.blocks[i].is_kept() && is_debris(&doc.blocks[i].plain) {
            doc.remove(i, &MARKUP, None);
        }
    }
}

/// First of the layers: a Markdown dump's markup (Jina Reader's, Firecrawl's, a converter's),
/// its links' brackets and addresses, its headings' hashes, its bullets, emphasis and escapes,
/// so that every rule after reads its lines as a browser renders them ("* [Home](/)" is "Home",
/// a line of a menu, as in the dump of the rendered page).
pub fn apply_markdown(doc: &mut Doc, rs: &Ruleset) {
    let header = rs.on(&READER_HEADER) && cut_reader_header(doc);
    // A dump with Markdown links is Markdown: its other marks are markup too.
    let markdown = rs.on(&LINK_TARGET) && cut_markdown_links(doc) || header;
    if !markdown {
        return;
    }
    doc.markdown = true;
    if rs.on(&MARKUP) {
        let top_headings = cut_heading_marks(doc);
        // Under a reader's header, the page's title is its title line.
        if !header {
            doc.markdown_headlines = top_headings;
        }
    }
    mark_pipe_tables(doc, rs.on(&MARKDOWN_MARK));
    if rs.on(&MARKDOWN_MARK) {
        cut_markdown_marks(doc);
    }
}

/// A pipe table's delimiter row, as a block's plain text holds it among the table's rows: "|
/// --- | :---: |" (at least two cells).
static TABLE_DELIMITER_ROW: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\|(?:[ \t]*:?-{3,}:?[ \t]*\|){2,}").expect("table delimiter regex"));

/// A Markdown dump's pipe tables ("| Mouse | Weight |" / "| --- | --- |" / "| Xtrfy M64 Pro |
/// 55g |"): a delimiter row and the rows around it, lines that open and close with a pipe (the
/// front end may join some rows into one block). Their rows are cells side by side, with few
/// function words by nature, as a page's table rows are: the line rules that judge a line by its
/// words (`text.low-density`, `text.dated-list`, `text.form-field`) leave them to the rules of
/// context ([`Doc::is_markdown_table`]). The delimiter row goes as a Markdown mark when `cut`.
fn mark_pipe_tables(doc: &mut Doc, cut: bool) {
    let is_row = |b: &crate::doc::Block| {
        let t = crate::text::trim_ws(&b.plain);
        b.is_kept() && t.len() >= 2 && t.starts_with('|') && t.ends_with('|')
    };
    let mut tables = Vec::new();
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if !is_row(b) || memchr::memmem::find(b.plain.as_bytes(), b"---").is_none() {
            continue;
        }
        let Some(m) = TABLE_DELIMITER_ROW.find(&b.plain) else {
            continue;
        };
        let range = (m.start(), m.end());
        let first = (0..i).rev().take_while(|&k| is_row(&doc.blocks[k])).last();
        let last = (i + 1..doc.blocks.len())
            .take_while(|&k| is_row(&doc.blocks[k]))
            .last();
        tables.extend(first.unwrap_or(i)..=last.unwrap_or(i));
        if cut {
            doc.cut_or_remove(i, &[range], &MARKDOWN_MARK);
        }
    }
    tables.sort_unstable();
    tables.dedup();
    doc.markdown_tables = tables;
}

/// The label of the first line of a reader's header; the rest of the line is the page's title.
const READER_TITLE: &str = "Title: ";
/// The line that ends a reader's header: the page's Markdown follows it.
const READER_END: &str = "Markdown Content:";
/// Lines a reader's header holds at most, its end included.
const READER_HEADER_LINES: usize = 8;

/// Jina Reader writes a header above a page's Markdown: "Title: …", "URL Source: …",
/// "Published Time: …" (where the page gives one), then "Markdown Content:". The title's label
/// goes, and the rest of its line is the dump's title line, for the rules of titles to judge as
/// any dump's; the address and the date are the page's own, from its markup, and go to
/// metadata; the header's other lines are its own. Returns whether the dump opens with one.
fn cut_reader_header(doc: &mut Doc) -> bool {
    if doc.is_html_page() || !doc.src.starts_with(READER_TITLE) {
        return false;
    }
    let head: Vec<usize> = (0..doc.blocks.len())
        .filter(|&i| doc.blocks[i].is_kept())
        .take(READER_HEADER_LINES)
        .collect();
    let lines: Vec<String> = (head.iter())
        .map(|&i| crate::text::trim_ws(&doc.blocks[i].plain).to_string())
        .collect();
    let Some(end) = lines.iter().position(|l| l == READER_END) else {
        return false;
    };
    if end == 0 || !lines[0].starts_with(READER_TITLE) {
        return false;
    }
    let field = |doc: &Doc, i: usize, value: &str| crate::model::MetaField {
        value: value.trim().to_string(),
        span: doc.blocks[i].outer_span(),
        rule: READER_HEADER.id,
        normalized: None,
    };
    for (&i, t) in head[1..end].iter().zip(&lines[1..end]) {
        if let Some(url) = t.strip_prefix("URL Source: ") {
            if doc.metadata.url.is_none() {
                doc.metadata.url = Some(field(doc, i, url));
            }
        } else if let Some(date) = t.strip_prefix("Published Time: ") {
            if doc.metadata.date.is_none() {
                doc.metadata.date = Some(field(doc, i, date));
            }
        }
        doc.remove(i, &READER_HEADER, None);
    }
    doc.remove(head[end], &READER_HEADER, None);
    if doc.blocks[head[0]].plain.starts_with(READER_TITLE) {
        doc.cut(head[0], &[(0, READER_TITLE.len())], &READER_HEADER, None);
    }
    true
}

/// The marks of each kept line of a Markdown dump ([`markdown_mark_cuts`]).
fn cut_markdown_marks(doc: &mut Doc) {
    for i in 0..doc.blocks.len() {
        if !doc.blocks[i].is_kept() {
            continue;
        }
        let cuts = markdown_mark_cuts(&doc.blocks[i].plain);
        doc.cut_or_remove(i, &cuts, &MARKDOWN_MARK);
    }
}

/// An ordered list's item number has at most this many digits: "2024. " opens a sentence about
/// a year.
const MAX_ITEM_NUMBER_DIGITS: usize = 3;

/// Delimiter runs of emphasis longer than this are no emphasis (a rule of stars, `____` to fill
/// in).
const MAX_EMPHASIS_RUN: usize = 3;

/// The marks of a line of a Markdown dump: a code block's fence, whole; the `>` of a quote and the bullet or number of a list
/// item that open it (a browser shows neither as text); the runs of `*` and `_` of emphasis,
/// which open a word or close one but not both (`**Note:**`, `_italics_`; `snake_case` and
/// `5 * 3` keep theirs); a backslash that escapes punctuation (`\_`, `\[`). Sorted, apart.
fn markdown_mark_cuts(t: &str) -> Vec<(usize, usize)> {
    let b = t.as_bytes();
    let mut cuts = Vec::new();
    // A code block's fence, with the name of its language: markup whole.
    if crate::rules::code::is_code_fence(t) {
        cuts.push((0, t.len()));
        return cuts;
    }
    let mut at = 0;
    // Quotes' marks, then a bullet, each with the spaces after it.
    let spaces_from = |k: usize| k + b[k..].iter().take_while(|&&c| c == b' ').count();
    while b.get(at) == Some(&b'>') {
        let end = spaces_from(at + 1);
        cuts.push((at, end));
        at = end;
    }
    // A bullet, or an ordered list's number ("3. "): a browser shows the list's marks beside
    // its items, not in their text.
    let digits = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mark = match b.get(at) {
        Some(b'*' | b'-' | b'+') => 1,
        _ if (1..=MAX_ITEM_NUMBER_DIGITS).contains(&digits)
            && b.get(at + digits) == Some(&b'.') =>
        {
            digits + 1
        }
        _ => 0,
    };
    if mark > 0 && b.get(at + mark) == Some(&b' ') {
        let end = spaces_from(at + mark);
        cuts.push((at, end));
        at = end;
    }
    while at < b.len() {
        let c = b[at];
        if c == b'\\' && b.get(at + 1).is_some_and(u8::is_ascii_punctuation) {
            cuts.push((at, at + 1));
            at += 2;
            continue;
        }
        if c != b'*' && c != b'_' {
            at += 1;
            continue;
        }
        let end = at + b[at..].iter().take_while(|&&x| x == c).count();
        if end - at <= MAX_EMPHASIS_RUN {
            let before = t[..at].chars().next_back();
            let after = t[end..].chars().next();
            // (Any character but a letter or a digit: a space, a full stop, a dash, a quote.)
            let loose = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            let opens = after.is_some_and(|c| !c.is_whitespace()) && loose(before);
            let closes = before.is_some_and(|c| !c.is_whitespace()) && loose(after);
            if opens != closes {
                cuts.push((at, end));
            }
        }
        at = end;
    }
    cuts
}

/// The markup of the Markdown links in each kept line (a Markdown dump's: Jina Reader's,
/// Firecrawl's): the brackets and the address go, the words stay, joined to what follows
/// without a space where the line had none ("[the report](https://…)." reads "the report.").
/// A line that is one image, or links with no words, goes whole as [`MARKUP`] would take it.
/// A page's blocks are rendered text: no such markup.
fn cut_markdown_links(doc: &mut Doc) -> bool {
    // Every link holds "](": one search of the input spares nearly every dump the walk.
    if doc.is_html_page() || memchr::memmem::find(doc.src.as_bytes(), b"](").is_none() {
        return false;
    }
    if !is_markdown(&doc.src) {
        return false;
    }
    let mut masked = Vec::new();
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        // A link, or a part of one, holds a bracket: most lines have none.
        if !b.is_kept() || memchr::memchr2(b'[', b']', b.plain.as_bytes()).is_none() {
            continue;
        }
        // (Before the cut, while the words' offsets are those of the line.)
        if (AUTHOR_PAGE_PATHS.iter()).any(|p| crate::text::contains_ascii_ci(&b.plain, p)) {
            let found: Vec<(usize, usize)> = (AUTHOR_LINK_RE.captures_iter(&b.plain))
                .filter_map(|c| c.get(1))
                .map(|m| (m.start(), m.end()))
                .collect();
            for (a, z) in found {
                let words = &doc.blocks[i].plain[a..z];
                let name = crate::text::trim_ws(words);
                if may_name_an_author(name) {
                    let lead = words.len() - words.trim_start().len();
                    let field = doc.field(
                        i,
                        a + lead,
                        a + lead + name.len(),
                        name.to_string(),
                        &AUTHOR_LINK,
                    );
                    doc.author_links.push(field);
                }
            }
        }
        let b = &doc.blocks[i];
        let cuts = markdown_link_cuts(&b.plain, &mut masked);
        doc.cut_or_remove(i, &cuts, &LINK_TARGET);
    }
    true
}

/// Whether the dump is Markdown: a link whose address looks like one ([`MARKDOWN_LINK`]), or
/// [`RELATIVE_LINKS_FOR_MARKDOWN`] links to paths.
fn is_markdown(src: &str) -> bool {
    MARKDOWN_LINK.is_match(src)
        || MARKDOWN_LINK_ANY
            .find_iter(src.as_bytes())
            .filter(|m| {
                let link = m.as_bytes();
                let address = link.get(link_words_end(link)..).unwrap_or_default();
                address.iter().any(|&c| c == b'/' || c == b'.')
            })
            .nth(RELATIVE_LINKS_FOR_MARKDOWN - 1)
            .is_some()
}

/// The cuts of a line of a Markdown dump: its images whole; its links' brackets and addresses
/// (a link whose words are only an image, or nothing, whole); the end of a link whose words
/// started on a line above, and the bracket that opens a link whose end is on a line below.
/// Sorted, apart. `masked`: a buffer for the line's bytes with what each pass matched blanked
/// out for the next (an image is often a link's words, `[![logo](/logo.png)](/)`, and a link's
/// end is not a tail).
fn markdown_link_cuts(t: &str, masked: &mut Vec<u8>) -> Vec<(usize, usize)> {
    masked.clear();
    masked.extend_from_slice(t.as_bytes());
    let images: Vec<(usize, usize)> = (MARKDOWN_IMAGE_ANY.find_iter(t.as_bytes()))
        .map(|m| (m.start(), m.end()))
        .collect();
    for &(a, z) in &images {
        masked[a..z].fill(b' ');
    }
    let links: Vec<(usize, usize)> = (MARKDOWN_LINK_ANY.find_iter(masked))
        .map(|m| (m.start(), m.end()))
        .collect();
    let mut cuts: Vec<(usize, usize)> = Vec::with_capacity(images.len() + 2 * links.len());
    // The links with no words, or only an image, which go whole with the images inside them.
    let mut whole: Vec<(usize, usize)> = Vec::new();
    for (a, z) in links {
        let words = (a + 1, a + link_words_end(&masked[a..z]));
        if masked[words.0..words.1].iter().all(u8::is_ascii_whitespace) {
            whole.push((a, z));
        } else {
            cuts.push((a, words.0));
            cuts.push((words.1, z));
        }
        masked[a..z].fill(b' ');
    }
    // (Both lists are in order of the line, and links do not overlap: one walk.)
    let mut w = whole.iter().peekable();
    for &(a, z) in &images {
        while w.next_if(|&&(_, wz)| wz <= a).is_some() {}
        if !w.peek().is_some_and(|&&(wa, wz)| wa <= a && z <= wz) {
            cuts.push((a, z));
        }
    }
    cuts.extend(whole);
    for m in MARKDOWN_LINK_TAIL.find_iter(masked) {
        cuts.push((m.start(), m.end()));
    }
    // A bracket that opens the line's words (after a list's mark) with none closing it.
    let lead = masked
        .iter()
        .take_while(|&&c| matches!(c, b' ' | b'*' | b'-' | b'+' | b'_'))
        .count();
    if masked.get(lead) == Some(&b'[') && !masked[lead..].contains(&b']') {
        cuts.push((lead, lead + 1));
    }
    cuts.sort_unstable();
    // Cuts that overlap (a tail's match inside a link's, on a line that only looks like
    // Markdown, such as minified code with `](` in it) are one: a cut's ranges are apart.
    let mut apart: Vec<(usize, usize)> = Vec::with_capacity(cuts.len());
    for (a, z) in cuts {
        match apart.last_mut() {
            Some(last) if a < last.1 => last.1 = last.1.max(z),
            _ => apart.push((a, z)),
        }
    }
    apart
}

/// The words a line of a Markdown dump shows, when they are one run: the line itself, the words
/// of a link that is the whole line ("[ewok](/users/91120/ewok)" shows "ewok"), or None for a
/// line of markup only (an avatar's image link). For the rules that read a dump's lines as the
/// input has them, such as a forum card's.
pub(crate) fn shown_words(t: &str) -> Option<&str> {
    // Every link, image and link's end holds a bracket: most lines have none, and pass as they
    // are without the buffer and the patterns.
    if memchr::memchr2(b'[', b']', t.as_bytes()).is_none() {
        return Some(t);
    }
    let mut masked = Vec::new();
    let cuts = markdown_link_cuts(t, &mut masked);
    if cuts.is_empty() {
        return Some(t);
    }
    if crate::text::is_blank_outside(t, &cuts) {
        return None;
    }
    // The runs between the cuts that hold words: one is what the line shows.
    let mut runs = (std::iter::once(0).chain(cuts.iter().map(|&(_, z)| z)))
        .zip(cuts.iter().map(|&(a, _)| a).chain(std::iter::once(t.len())))
        .filter(|&(a, z)| a < z && !crate::text::is_blank(&t[a..z]));
    match (runs.next(), runs.next()) {
        (Some((a, z)), None) => Some(crate::text::trim_ws(&t[a..z])),
        _ => Some(t),
    }
}

/// A text browser's dump (`lynx -dump`) ends with the list of its links' addresses under
/// "References", each numbered as the link's mark in the text (`[7]Jane Doe`). Where a dump ends
/// so, the list goes, and so does each mark glued to the words after it. Without the list, a
/// number in brackets is the text's own (`[1]` of a footnote, `[2024]`).
fn cut_link_references(doc: &mut Doc) {
    // (One search of the input spares nearly every dump the walk over its lines.)
    let src = doc.src.as_bytes();
    let named = |header: &[u8]| memchr::memmem::find(src, header).is_some();
    if doc.is_html_page() || !(named(b"References") || named(b" links:")) {
        return;
    }
    // The list's header, and the list after it: address lines only, to the end.
    let kept = doc.kept();
    let Some(header) = kept
        .iter()
        .rposition(|&i| LINK_LIST_HEADERS.contains(&crate::text::trim_ws(&doc.blocks[i].plain)))
    else {
        return;
    };
    let list = &kept[header + 1..];
    let is_list_block = |i: usize| {
        let b = &doc.blocks[i];
        b.pieces.iter().all(|p| {
            let line = crate::text::trim_ws(doc.src.get(p.span.range()).unwrap_or(""));
            REFERENCE_LINE.is_match(line) || LINK_LIST_HEADERS.contains(&line)
        })
    };
    if list.is_empty() || !list.iter().all(|&i| is_list_block(i)) {
        return;
    }
    for &i in &kept[header..] {
        doc.remove(i, &LINK_REFERENCE, None);
    }
    for &i in &kept[..header] {
        let t = &doc.blocks[i].plain;
        if !t.contains('[') {
            continue;
        }
        // A mark glued to a word after it ("[7]Jane"), not a number in brackets between spaces.
        let cuts: Vec<(usize, usize)> = (LINK_NUMBER.find_iter(t))
            .filter(|m| {
                t[m.end()..]
                    .chars()
                    .next()
                    .is_some_and(|c| !c.is_whitespace())
            })
            .map(|m| (m.start(), m.end()))
            .collect();
        doc.cut_or_remove(i, &cuts, &LINK_REFERENCE);
    }
}

/// A Markdown heading's marks, in a Markdown dump: the `#`s that open an ATX heading ("## Related
/// stories") and the line of `=` or `-` under a Setext one, which the front end joined to the
/// heading's line ("Council approves new budget" / "====="). Returns the kept headings of levels
/// one and two (`# `, `## `, or over `=` and `-`) with words, in order, with their levels.
fn cut_heading_marks(doc: &mut Doc) -> Vec<(usize, u8)> {
    let mut top_headings = Vec::new();
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if !b.is_kept() {
            continue;
        }
        let t: &str = &b.plain;
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        let mut level = 0;
        let hashes = t.bytes().take_while(|&c| c == b'#').count();
        if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') && t.len() > hashes + 1 {
            cuts.push((0, hashes + 1));
            level = hashes as u8;
        }
        if b.pieces.len() >= 2 {
            if let Some(at) = t.rfind(' ') {
                let last = &t[at + 1..];
                let rule_line = last.len() >= 3
                    && (last.bytes().all(|c| c == b'=') || last.bytes().all(|c| c == b'-'));
                if rule_line && cuts.last().is_none_or(|&(_, z)| z <= at) {
                    level = if last.starts_with('=') {
                        1
                    } else {
                        level.max(2)
                    };
                    cuts.push((at, t.len()));
                }
            }
        }
        if !cuts.is_empty() {
            let words = !crate::text::is_blank_outside(t, &cuts);
            doc.cut(i, &cuts, &MARKUP, None);
            if (1..=2).contains(&level) && words {
                top_headings.push((i, level));
            }
        }
    }
    top_headings
}

/// A level-one heading of more words is a passage marked up as one (an article pasted on one
/// line after a `#`), not a headline.
const MAX_HEADLINE_WORDS: usize = 30;

/// A paragraph of the article has more words than this ([`title_from_markdown_headline`]).
const ARTICLE_PARAGRAPH_WORDS: usize = 7;

/// Share of its words of meaning a level-two heading shares with the article's first lines, at
/// least, to be its headline on a page with no level-one heading.
const MIN_SUBHEAD_SHARE: f64 = 0.5;

/// `meta.title`, on a Markdown dump without a reader's header: a level-one heading is the
/// page's headline, as the page's `h1` (on the development pages as Markdown, the first is the
/// title on 62% of them, where the rules for a browser's text, which shows no heading's level,
/// found 34%). A page may mark its site's name as `h1` too, in its header ("Blog", "Houstonia
/// Magazine", a newsletter's name), above the article's: of several, the last one above the
/// article's first paragraph is the headline, unless the first shares more of its words with
/// the article's first lines (a product's name over "About this item"). A page with no `h1`
/// (a forum's thread) may head its article with an `h2`: the last above the article's first
/// paragraph, when the article uses half its words of meaning or more ("Cart (0)" and "Search
/// our site" are no headlines). Run after the rules of context (which find the article), it
/// replaces their title; the body does not change.
pub fn title_from_markdown_headline(doc: &mut Doc, rs: &Ruleset) {
    let title_rule = &crate::rules::meta::TITLE;
    if !rs.on(title_rule) || doc.markdown_headlines.is_empty() {
        return;
    }
    let fits = |i: usize| {
        let t = crate::text::trim_ws(&doc.blocks[i].plain);
        !t.is_empty() && !crate::text::has_words(t, MAX_HEADLINE_WORDS + 1)
    };
    let of_level = |level: u8| -> Vec<usize> {
        (doc.markdown_headlines.iter())
            .filter(|&&(i, l)| l == level && fits(i))
            .map(|&(i, _)| i)
            .collect()
    };
    let mut headlines = of_level(1);
    let subheads = headlines.is_empty();
    if subheads {
        headlines = of_level(2);
    }
    let Some(&first) = headlines.first() else {
        return;
    };
    let article = doc.kept_iter().find(|&i| {
        !headlines.contains(&i)
            && crate::text::collapsed_more_words_than(&doc.blocks[i].plain, ARTICLE_PARAGRAPH_WORDS)
    });
    let nearest = article.and_then(|a| headlines.iter().copied().rfind(|&h| h < a));
    let vocabulary = |a: usize, candidates: &[usize]| {
        crate::rules::textclass::BodyVocabulary::of(doc, a, candidates)
    };
    let share = |words: &crate::rules::textclass::BodyVocabulary, h: usize| {
        words.share_of(&doc.blocks[h].plain, false)
    };
    let i = match (article, nearest) {
        (Some(a), Some(near)) if subheads => {
            if share(&vocabulary(a, &[near]), near) < MIN_SUBHEAD_SHARE {
                return;
            }
            near
        }
        (Some(a), Some(near)) if near != first => {
            let words = vocabulary(a, &[first, near]);
            // (Of a heading with no word of meaning, "By" or "94", the share says nothing.)
            let named = crate::rules::textclass::content_words(&doc.blocks[near].plain)
                .next()
                .is_some();
            if named && share(&words, near) >= share(&words, first) {
                near
            } else {
                first
            }
        }
        _ if subheads => return,
        _ => first,
    };
    let b = &doc.blocks[i];
    doc.metadata.title = Some(crate::model::MetaField {
        value: crate::text::collapse(crate::text::trim_ws(&b.plain)),
        span: b.outer_span(),
        rule: title_rule.id,
        normalized: None,
    });
}

/// Words a link to an author's page holds that name no one: "View all posts", "Learn more",
/// "Author Website".
const NOT_A_NAME: &[&str] = &[
    "view",
    "learn",
    "read",
    "more",
    "see",
    "all",
    "author",
    "authors",
    "posts",
    "post",
    "about",
    "profile",
    "website",
    "bio",
    "articles",
    "contact",
    "follow",
    "subscribe",
];

/// Whether a link's words may be a name: one to four words of letters and figures (a handle is
/// one word of three or more), the first opening with a capital unless it is a handle, and none
/// of [`NOT_A_NAME`].
fn may_name_an_author(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return false;
    }
    let of_name = |w: &str| {
        w.chars()
            .all(|c| crate::text::is_alphanumeric(c) || matches!(c, '.' | '-' | '\'' | '’' | '_'))
    };
    let capital = words[0].chars().next().is_some_and(char::is_uppercase);
    let handle = words.len() == 1 && words[0].chars().count() >= 3;
    words.iter().all(|w| of_name(w))
        && (capital || handle)
        && !words
            .iter()
            .any(|w| NOT_A_NAME.iter().any(|n| w.eq_ignore_ascii_case(n)))
}

/// `markup.author-link`: on a Markdown dump where no rule named the author, the words of its
/// links to an author's page ([`AUTHOR_LINK_RE`]) do, when every such link names the same one
/// (a listing's cards, or an article's related posts, link to several authors' pages: on the
/// development pages as Markdown, 18 authors more that the gold names, 3 where it names none).
pub fn author_from_links(doc: &mut Doc, rs: &Ruleset) {
    if doc.metadata.author.is_some() || doc.author_links.is_empty() || !rs.on(&AUTHOR_LINK) {
        return;
    }
    let first = &doc.author_links[0];
    let one = (doc.author_links.iter()).all(|f| {
        crate::text::collapse(&f.value).eq_ignore_ascii_case(&crate::text::collapse(&first.value))
    });
    if one {
        doc.metadata.author = Some(first.clone());
    }
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&DEBRIS_RE);
    Lazy::force(&MARKDOWN_LINK);
    Lazy::force(&MARKDOWN_LINK_ANY);
    Lazy::force(&MARKDOWN_IMAGE_ANY);
    Lazy::force(&MARKDOWN_LINK_TAIL);
    Lazy::force(&REFERENCE_LINE);
    Lazy::force(&LINK_NUMBER);
    Lazy::force(&AUTHOR_LINK_RE);
    Lazy::force(&TABLE_DELIMITER_ROW);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_links_keep_their_words() {
        let body = |t: &str| crate::clean(t).body;
        let prose = "Work is expected to begin in April, and [the transport department](https://example.gov/transport \"Transport\") said the bridge would open in 2027, as [Reuters](https://reuters.com/x) reported.";
        let doc = crate::clean(prose);
        assert_eq!(
            doc.body,
            "Work is expected to begin in April, and the transport department said the bridge would open in 2027, as Reuters reported."
        );
        let cut: Vec<&str> = (doc.removals.iter())
            .filter(|r| r.rule == "markup.link-target")
            .map(|r| &prose[r.span.range()])
            .collect();
        assert_eq!(
            cut,
            [
                "[",
                "](https://example.gov/transport \"Transport\")",
                "[",
                "](https://reuters.com/x)"
            ]
        );
        // An address with parentheses, a relative one, an inline image.
        assert_eq!(
            body("[Rust](https://en.wikipedia.org/wiki/Rust_(programming_language)) is a language that many developers use for systems work, the survey found."),
            "Rust is a language that many developers use for systems work, the survey found."
        );
        assert_eq!(
            body("The bridge ![the new bridge](/img/bridge.jpg) opens in 2027 after years of delay, see [our timeline](/timeline#2019)."),
            "The bridge opens in 2027 after years of delay, see our timeline."
        );
    }

    #[test]
    fn markdown_headings_lose_their_marks() {
        let dump = "Bridge budget approved\n======================\n\n\
            The council approved the budget for the [new bridge](https://example.com/bridge) on \
            Tuesday after a long debate about its cost.\n\n## What happens next\n\n\
            Work is expected to begin in April and to end in 2027, the council said on Tuesday.\n";
        let doc = crate::clean(dump);
        assert_eq!(doc.title.as_deref(), Some("Bridge budget approved"));
        assert!(
            doc.body.contains("\n\nWhat happens next\n\n"),
            "{}",
            doc.body
        );
        // Without Markdown links, a line that opens with a hash keeps it.
        let plain = "The council approved the budget for the new bridge on Tuesday after a long debate.\n\n## What happens next\n\nWork is expected to begin in April and to end in 2027, the council said on Tuesday.\n";
        assert!(crate::clean(plain).body.contains("## What happens next"));
    }

    #[test]
    fn a_pipe_tables_rows_are_kept_and_its_delimiter_row_goes() {
        let dump = "# [The Best Gaming Mice](/mice/)\n\n\
            We weighed and timed every mouse on the same desk for a month, and the lightest ones were not always the fastest, as the table shows.\n\n\
            | Mouse | Weight | Sensor | Dimensions |\n\
            | --- | --- | --- | --- |\n\
            | Xtrfy M64 Pro | 55g | 3395 | 120x65x40 |\n\
            | Roccat Kone Pure Ultra | 66g | 3361 | 115x70x39 |\n\n\
            The Xtrfy was the one we kept using after the test ended, for its shape more than for its weight, which matters less than people think.\n";
        let doc = crate::clean(dump);
        assert!(
            doc.body
                .contains("| Xtrfy M64 Pro | 55g | 3395 | 120x65x40 |"),
            "{}",
            doc.body
        );
        assert!(!doc.body.contains("---"), "{}", doc.body);
        assert!(doc.removals.iter().any(
            |r| r.rule == "markup.markdown-mark" && dump[r.span.range()].starts_with("| --- |")
        ));
        // Prose with pipes and dashes is no table.
        let prose = "[Home](/) [News](/news)\n\nThe vote was close | very close --- and the council met again on Tuesday to count the ballots a second time.\n";
        assert!(crate::clean(prose).body.contains("very close ---"));
    }

    #[test]
    fn links_to_an_authors_page_name_the_author() {
        let article = "# [Ten Best Movers](/movers/)\n\nI have helped thousands of people move over the last decade, and no two moves are exactly alike, so the list below weighs price, care and timing.\n\n## About the author\n\n";
        let author = |links: &str| {
            let doc = crate::clean(&format!("{article}{links}\n"));
            doc.metadata.author.map(|a| (a.value, a.rule))
        };
        assert_eq!(
            author("[Ryan Carrigan](https://example.com/blog/author/rcarrigan/)"),
            Some(("Ryan Carrigan".to_string(), "markup.author-link"))
        );
        assert_eq!(
            author("[Will Judd](/authors/will-judd \"Will's page\")"),
            Some(("Will Judd".to_string(), "markup.author-link"))
        );
        // Two authors' pages: a listing's cards, or related posts.
        assert_eq!(
            author("[Jane Doe](/author/jane/) and [Tom Lee](/author/tom/)"),
            None
        );
        // A team's page, a user's account and a label name no one.
        assert_eq!(author("[Our Team](/about/team/)"), None);
        assert_eq!(author("[View all posts](/author/rcarrigan/)"), None);
        assert_eq!(author("[Sign up](/users/signup)"), None);
        // Without Markdown, the same words are text.
        assert_eq!(author("Ryan Carrigan (/author/rcarrigan/)"), None);
        for t in [
            "Ryan Carrigan",
            "MixmasterFred",
            "The Upwork Team",
            "Doris Munoz-Mantilla",
        ] {
            assert!(may_name_an_author(t), "{t:?}");
        }
        for t in [
            "View all posts",
            "Learn More",
            "a",
            "ab",
            "Read the full profile of Ryan",
        ] {
            assert!(!may_name_an_author(t), "{t:?}");
        }
    }

    #[test]
    fn the_markdown_headline_is_the_h1_over_the_article() {
        let title = |dump: &str| crate::clean(dump).title;
        let article = "Packing fragile items takes more time than most people think, so start with the boxes of dishes and glasses a week before the movers come.\n\n\
            Wrap each plate in packing paper, stand the plates on their edges, and fill the gaps in every box with towels so that nothing moves.\n";
        // A site's name marked as `h1` in the page's header, then the article's.
        let dump = format!(
            "[Home](/) [Resources](/resources) [Blog](/blog)\n\n# Blog\n\nSee the latest posts and videos.\n\n# Packing Tips for Fragile Items\n\n{article}"
        );
        assert_eq!(
            title(&dump).as_deref(),
            Some("Packing Tips for Fragile Items")
        );
        // A product's name over a section's `h1`: the first shares more words with the text.
        let product = "[Shop](/shop) [Cart](/cart)\n\n# Atelier Linen Sofa\n\n# About This Piece\n\n\
            The Atelier sofa is built on a frame of kiln-dried oak, and its linen cover comes off for washing at home.\n\n\
            Each sofa is made to order in our workshop and ships within six weeks of the order.\n";
        assert_eq!(title(product).as_deref(), Some("Atelier Linen Sofa"));
        // A heading with no word of meaning is no headline over a named one.
        let by = format!("[Home](/)\n\n# Packing Tips for Fragile Items\n\n# By\n\n{article}");
        assert_eq!(
            title(&by).as_deref(),
            Some("Packing Tips for Fragile Items")
        );
        // With no `h1`, the `h2` over the article, when the article uses its words.
        let thread = format!(
            "[Forums](/forums) [Login](/login)\n\n## [Packing fragile dishes](/t/1)\n\n{article}"
        );
        assert_eq!(title(&thread).as_deref(), Some("Packing fragile dishes"));
        let cart = format!("[Forums](/forums) [Login](/login)\n\n## Cart (0)\n\n{article}");
        assert_ne!(title(&cart).as_deref(), Some("Cart (0)"));
    }

    #[test]
    fn a_text_browsers_link_numbers_and_list_go() {
        let dump = "   The council approved the budget for the [1]new bridge on Tuesday after a long\n   debate, the [2]minutes show. Work begins in April [3] and ends in 2027.\n\nReferences\n\n   1. https://example.com/bridge\n   2. https://council.example.gov/minutes\n";
        let doc = crate::clean(dump);
        assert_eq!(
            doc.body,
            "The council approved the budget for the new bridge on Tuesday after a long debate, the minutes show. Work begins in April [3] and ends in 2027."
        );
        assert!(doc
            .removals
            .iter()
            .any(|r| r.rule == "markup.link-reference" && &dump[r.span.range()] == "References"));
        // Without the list, numbers in brackets are the text's own (footnotes, years).
        let notes = "The study[1] found that the bridge[2] would cost more than planned, the council said.\n\n1. Smith, Bridges, 2021.\n";
        assert!(crate::clean(notes).body.starts_with("The study[1] found"));
    }

    /// The words a line keeps once `cuts` are out.
    fn left(t: &str, cuts: &[(usize, usize)]) -> String {
        let mut out = String::new();
        let mut last = 0;
        for &(a, z) in cuts {
            out.push_str(&t[last..a]);
            last = z;
        }
        out.push_str(&t[last..]);
        out
    }

    #[test]
    fn a_markdown_dumps_links_lose_their_markup_whatever_their_address() {
        let mut buf = Vec::new();
        for (line, want) in [
            ("[How to cite](how-to-cite.html)", "How to cite"),
            (
                "Call [0800 123 456](tel:+44800123456) now",
                "Call 0800 123 456 now",
            ),
            (
                "Email [\\[email protected\\]](/cdn-cgi/l/email-protection)",
                "Email \\[email protected\\]",
            ),
            // A link around an image: the image goes, and the link with it.
            ("[![Acme logo](/img/logo.png)](/)", ""),
            (
                "Photo ![A bridge](data:image/png;base64,iVBORw0KGgo=) at dusk",
                "Photo  at dusk",
            ),
            // A link written over several lines: its end here, its start on a line above.
            (
                "Solutions for retail](https://example.com/retail)",
                "Solutions for retail",
            ),
            ("*   [Solutions", "*   Solutions"),
            // Brackets that close on the line are the text's own.
            (
                "[Editor's note: updated] on Monday",
                "[Editor's note: updated] on Monday",
            ),
        ] {
            let cuts = markdown_link_cuts(line, &mut buf);
            assert_eq!(left(line, &cuts), want, "{line}");
        }
    }

    /// Minified code read as a dump looks like Markdown in places (`](`): its cuts overlap, and
    /// are merged, so that a line's cuts are apart (a cut with overlapping ranges was answered
    /// one range at a time, quadratic on a long line).
    #[test]
    fn overlapping_cuts_are_merged() {
        let mut buf = Vec::new();
        let line = "if(a[b('0xff')][b('0xb0')](c[b('0x40')](b('0x100'),'x')),-0x1)){return;}";
        let cuts = markdown_link_cuts(line, &mut buf);
        assert!(!cuts.is_empty());
        assert!(cuts.windows(2).all(|w| w[0].1 <= w[1].0), "{cuts:?}");
    }

    #[test]
    fn a_dump_of_relative_links_only_is_markdown_from_three() {
        let two = "See [the guide](guide.html) and [the index](index.html) first.";
        assert!(!is_markdown(two));
        assert!(is_markdown(&format!(
            "{two} Then [the notes](notes/1.html)."
        )));
        // One link to an address with a scheme is enough; prose brackets are no link.
        assert!(is_markdown("Read [the report](https://example.com/r)."));
        assert!(!is_markdown(
            "The statute [sic] (1998), table [1](2), a[i](j) [x](y) [z](w)."
        ));
    }

    #[test]
    fn a_markdown_lines_marks_around_words_go_and_those_inside_stay() {
        for (line, want) in [
            ("*   **Cost:** four million", "Cost: four million"),
            ("- _twice_ the estimate", "twice the estimate"),
            ("> > Quoted twice", "Quoted twice"),
            (
                "Use snake\\_case and 5 * 3 here",
                "Use snake_case and 5 * 3 here",
            ),
            (
                "snake_case, a*b and __init__ stay",
                "snake_case, a*b and init stay",
            ),
            ("***", "***"),
            ("1. A numbered item", "A numbered item"),
            ("12. Chat", "Chat"),
            (
                "2024. The year the bridge opened",
                "2024. The year the bridge opened",
            ),
            ("3.5 stars", "3.5 stars"),
        ] {
            assert_eq!(left(line, &markdown_mark_cuts(line)), want, "{line}");
        }
    }

    #[test]
    fn a_markdown_dumps_first_level_one_heading_is_its_title() {
        let page = |heading: &str| {
            format!(
                "[Acme Garden Supplies](/)\n\n*   [Shop](/shop)\n*   [Guides](/guides)\n\n{heading}\n\n\
                 Winter pruning shapes an apple tree while it is dormant, when you can see every \
                 branch and the cuts heal as the sap rises in spring.\n\n## What you need\n\n\
                 A pair of sharp secateurs and a pruning saw for the thicker branches, rinsed in \
                 clean water between trees.\n"
            )
        };
        for heading in [
            "# How to prune an apple tree",
            "How to prune an apple tree\n==========================",
        ] {
            let doc = crate::clean(&page(heading));
            assert_eq!(
                doc.title.as_deref(),
                Some("How to prune an apple tree"),
                "{heading}"
            );
        }
        // A passage after a hash is no headline.
        let passage = "# Winter pruning shapes a tree while it is dormant, when you can see every \
                       branch, and the cuts heal as the sap rises in spring, so most gardeners \
                       prune between late November and early March on a dry day.";
        let doc = crate::clean(&page(passage));
        assert!(!doc.title.as_deref().unwrap_or("").starts_with("Winter"));
        // Under a reader's header, the title line names the page.
        let doc = crate::clean(&format!(
            "Title: Pruning apple trees | Acme\n\nURL Source: https://acme.example/prune\n\n\
             Markdown Content:\n{}",
            page("# Pruning in winter")
        ));
        assert_eq!(doc.title.as_deref(), Some("Pruning apple trees"));
    }

    /// A line whose links' markup went is still one line to the rules that count a block's lines
    /// (`Block::line_count`): a byline with linked names names its author.
    #[test]
    fn a_byline_with_linked_names_names_the_author() {
        let dump = "Read [the report](https://example.com/r).\n\n\
            # Investing in Cloud Computing Stocks\n\n\
            By [Scott Levine](/author/2420/) – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked \
            by [Frank Bass](/author/20449/)\n\n\
            Cloud computing has grown into one of the largest markets in technology, and investors \
            have taken notice of the companies that sell it.\n\n\
            The market is expected to keep growing through the decade, analysts said, as companies \
            move more of their work to rented servers.\n";
        let doc = crate::clean(dump);
        let author = doc.metadata.author.as_ref().map(|a| a.value.as_str());
        assert_eq!(author, Some("Scott Levine"));
        let date = doc
            .metadata
            .date
            .as_ref()
            .and_then(|d| d.normalized.as_deref());
        assert_eq!(date, Some("2025-09-09"));
    }

    /// Where a link's markup went from between two words, a word in lower case and one that
    /// opens with a capital stay apart (two elements a converter wrote side by side); other
    /// words and punctuation join as the line had them.
    #[test]
    fn a_links_end_parts_two_words_only_before_a_capital() {
        let body = |t: &str| crate::clean(t).body;
        assert_eq!(
            body("Read [the report](https://example.com/r)Published on Monday by the council of the city."),
            "Read the report Published on Monday by the council of the city."
        );
        assert_eq!(
            body("The [report](https://example.com/r)s of the council were published on Monday, it said."),
            "The reports of the council were published on Monday, it said."
        );
        assert_eq!(
            body(
                "The council published [the report](https://example.com/r). It was late, it said."
            ),
            "The council published the report. It was late, it said."
        );
    }

    #[test]
    fn brackets_in_prose_are_no_links() {
        for t in [
            "The court wrote that the law [sic] (1998) had lapsed, and the appeal was dismissed.",
            "As shown in the table [1](2), the results held across every sample that was tested.",
            "Arrays are indexed as a[i](j) in the old notation, which the new compiler rejects.",
        ] {
            assert_eq!(crate::clean(t).body, t);
        }
    }

    #[test]
    fn removes_debris() {
        for l in [
            ".png)",
            "![](",
            "]]>",
            "![chart](https://x.com/a.jpg)",
            "* * *",
            "|",
            "<br/>",
            "</div></div>",
            "{{ author_name }}",
            "photo.jpg",
            "Embed < iframe src=\"https://www.npr.org/player/embed/1206601882/1206601883\" width=\"100%\" height=\"290\" frameborder=\"0\" scrolling=\"no\" title=\"NPR embedded audio player\">",
            "Embed code: <iframe src=\"https://example.com/v/1\"></iframe>",
            "9 303097ac-d3e5-41e1-baf5-303640756ebf X 2bf8403c-6590-4d73-8b16-95f6c3ecdef8 84f535a2-9d93-4358-b5a8-c77d761c12e9 S 74566818-87fa-4f92-a4d1-2c1b1f9dbe8a",
        ] {
            assert!(is_debris(l), "{l}");
        }
    }

    #[test]
    fn quick_test_never_rules_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            ".png)",
            "photo.JPG?w=300)",
            "![](",
            "]]>",
            "<!-- x -->",
            "-->",
            "/>",
            "<br/> <p class=\"a\">",
            "{{ author_name }}",
            "{% block %}",
            "undefined",
            "NULL",
            "NaN",
            "[object Object]",
            "n.png",
            "über.webp",
            "-- >",
            "Embed <iframe src=\"x\">",
            "EMBED CODE: < video src=\"y\"></video>",
        ]);
        let mut matched = 0;
        for l in &lines {
            let t = l.trim();
            if !t.is_empty() && DEBRIS_RE.is_match(t) {
                assert!(may_be_debris(t), "{t:?}");
                matched += 1;
            }
        }
        assert!(matched >= 16, "{matched}");
    }

    #[test]
    fn keeps_prose() {
        for l in [
            "The file was saved as photo.png and shared widely.",
            "He declined to comment.",
            "2024",
            "<b> is the bold tag, the tutorial explained.",
            "Embed the player with <iframe src=\"…\"> in your page, as the guide shows.",
            "Embedded systems use <stdint.h> types for fixed widths.",
            "The service returned 303097ac-d3e5-41e1-baf5-303640756ebf and 2bf8403c-6590-4d73-8b16-95f6c3ecdef8 for the two folders, and 84f535a2-9d93-4358-b5a8-c77d761c12e9 for the third, as the documentation of the interface says it should when the folders are shared between accounts.",
            "Documents 303097ac-d3e5-41e1-baf5-303640756ebf",
        ] {
            assert!(!is_debris(l), "{l}");
        }
    }
}
