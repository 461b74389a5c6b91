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
    // A dump with Markdown links is Markdown: its headings' marks are markup too.
    let markdown = rs.on(&LINK_TARGET) && cut_markdown_links(doc);
    if !rs.on(&MARKUP) {
        return;
    }
    if markdown {
        cut_heading_marks(doc);
    }
    for i in 0..doc.blocks.len() {
        if doc.blocks[i].is_kept() && is_debris(&doc.blocks[i].plain) {
            doc.remove(i, &MARKUP, None);
        }
    }
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
    let mut found = false;
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        // Every link holds "](": most lines have neither byte pair.
        if !b.is_kept() || memchr::memmem::find(b.plain.as_bytes(), b"](").is_none() {
            continue;
        }
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        for c in MARKDOWN_LINK.captures_iter(&b.plain) {
            let (Some(all), Some(words)) = (c.get(0), c.get(2)) else {
                continue;
            };
            let image = c.get(1).is_some_and(|m| !m.is_empty());
            if image || words.as_str().trim().is_empty() {
                cuts.push((all.start(), all.end()));
            } else {
                cuts.push((all.start(), words.start()));
                cuts.push((words.end(), all.end()));
            }
        }
        if cuts.is_empty() {
            continue;
        }
        found = true;
        if crate::text::is_blank_outside(&doc.blocks[i].plain, &cuts) {
            doc.remove(i, &LINK_TARGET, None);
        } else {
            doc.cut(i, &cuts, &LINK_TARGET, None);
        }
    }
    found
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
        if cuts.is_empty() {
            continue;
        }
        if crate::text::is_blank_outside(t, &cuts) {
            doc.remove(i, &LINK_REFERENCE, None);
        } else {
            doc.cut(i, &cuts, &LINK_REFERENCE, None);
        }
    }
}

/// A Markdown heading's marks, in a Markdown dump: the `#`s that open an ATX heading ("## Related
/// stories") and the line of `=` or `-` under a Setext one, which the front end joined to the
/// heading's line ("Council approves new budget" / "=====").
fn cut_heading_marks(doc: &mut Doc) {
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if !b.is_kept() {
            continue;
        }
        let t: &str = &b.plain;
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        let hashes = t.bytes().take_while(|&c| c == b'#').count();
        if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') && t.len() > hashes + 1 {
            cuts.push((0, hashes + 1));
        }
        if b.pieces.len() >= 2 {
            if let Some(at) = t.rfind(' ') {
                let last = &t[at + 1..];
                let rule_line = last.len() >= 3
                    && (last.bytes().all(|c| c == b'=') || last.bytes().all(|c| c == b'-'));
                if rule_line && cuts.last().is_none_or(|&(_, z)| z <= at) {
                    cuts.push((at, t.len()));
                }
            }
        }
        if !cuts.is_empty() {
            doc.cut(i, &cuts, &MARKUP, None);
        }
    }
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&DEBRIS_RE);
    Lazy::force(&MARKDOWN_LINK);
    Lazy::force(&REFERENCE_LINE);
    Lazy::force(&LINK_NUMBER);
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
