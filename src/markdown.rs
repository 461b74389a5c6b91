//! The clean document as Markdown: the title as a level-1 heading, then the paragraphs with the
//! structure their page gave them (headings, lists, quotations, code, tables). A text dump's
//! paragraphs are running text, or list items where a bullet opens the line.

use crate::model::{CleanDoc, Paragraph, ParagraphKind};

/// Renders `doc` as Markdown. Runs of list items, quotation paragraphs, table rows and lines of
/// one `pre` are written together (a list, a quotation, a table, a fenced block); text that would
/// read as Markdown syntax at the start of a line (`# `, `- `, `1. `, `>`) is escaped.
pub fn to_markdown(doc: &CleanDoc) -> String {
    let mut out = String::with_capacity(doc.body.len() + 256);
    // A body that opens with the title as its heading (a product's name) has it written once.
    let opens_with_title = |t: &str| {
        doc.paragraphs
            .first()
            .is_some_and(|p| p.kind == ParagraphKind::Heading && p.text.trim() == t.trim())
    };
    if let Some(title) = doc
        .title
        .as_deref()
        .filter(|t| !t.trim().is_empty() && !opens_with_title(t))
    {
        out.push_str("# ");
        out.push_str(&escape_inline_start(title));
        out.push('\n');
    }
    let paras = &doc.paragraphs;
    let mut i = 0;
    while i < paras.len() {
        let kind = paras[i].kind;
        // The run of paragraphs written as one unit with this one.
        let mut j = i + 1;
        while j < paras.len() && same_unit(&paras[i], &paras[j]) {
            j += 1;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        let run = &paras[i..j];
        match kind {
            ParagraphKind::Heading => {
                let level = usize::from(paras[i].level.unwrap_or(2).clamp(1, 6));
                out.push_str(&"#".repeat(level));
                out.push(' ');
                out.push_str(&escape_inline_start(&paras[i].text));
                out.push('\n');
            }
            ParagraphKind::ListItem => {
                let ordered = paras[i].dom_path.as_deref().is_some_and(in_ordered_list);
                for (k, p) in run.iter().enumerate() {
                    if ordered {
                        out.push_str(&format!("{}. ", k + 1));
                    } else {
                        out.push_str("- ");
                    }
                    // A dump's item keeps its bullet in its text; the list gives it one.
                    let text = match (&p.dom_path, bullet_of(&p.text)) {
                        (None, Some(marker)) => &p.text[marker..],
                        _ => p.text.as_str(),
                    };
                    out.push_str(&escape_inline_start(text));
                    out.push('\n');
                }
            }
            ParagraphKind::Quote => {
                for (k, p) in run.iter().enumerate() {
                    if k > 0 {
                        out.push_str(">\n");
                    }
                    out.push_str("> ");
                    out.push_str(&escape_inline_start(&p.text));
                    out.push('\n');
                }
            }
            ParagraphKind::Code => {
                // A fence longer than any run of backticks in the code.
                let longest = run.iter().map(|p| longest_run(&p.text, '`')).max();
                let fence = "`".repeat(longest.unwrap_or(0).max(2) + 1);
                out.push_str(&fence);
                out.push('\n');
                for p in run {
                    out.push_str(&p.text);
                    out.push('\n');
                }
                out.push_str(&fence);
                out.push('\n');
            }
            ParagraphKind::TableRow => {
                for (k, p) in run.iter().enumerate() {
                    let cells: Vec<&str> = p.text.split(" | ").collect();
                    out.push('|');
                    for c in &cells {
                        out.push(' ');
                        out.push_str(&c.replace('|', "\\|"));
                        out.push_str(" |");
                    }
                    out.push('\n');
                    if k == 0 {
                        out.push('|');
                        for _ in &cells {
                            out.push_str(" --- |");
                        }
                        out.push('\n');
                    }
                }
            }
            ParagraphKind::Text | ParagraphKind::Caption => {
                // The lines of one element, parted by `<br>`, end with a hard line break.
                for (k, p) in run.iter().enumerate() {
                    if k > 0 {
                        out.push_str("  \n");
                    }
                    out.push_str(&escape_inline_start(&p.text));
                }
                out.push('\n');
            }
        }
        i = j;
    }
    out
}

/// Whether `next` is written in the same unit as `first`: list items, quotation paragraphs and
/// table rows in a run; lines of preformatted text, or lines parted by `<br>`, of the same
/// element; a dump's lines of code one after the other.
fn same_unit(first: &Paragraph, next: &Paragraph) -> bool {
    if first.kind != next.kind {
        return false;
    }
    match first.kind {
        // Items of one list, rows of one table (a `ul` next to an `ol` are two lists).
        ParagraphKind::ListItem => {
            container(&first.dom_path, &["li", "dt", "dd"])
                == container(&next.dom_path, &["li", "dt", "dd"])
        }
        ParagraphKind::TableRow => {
            container(&first.dom_path, &["tr"]) == container(&next.dom_path, &["tr"])
        }
        ParagraphKind::Quote => true,
        // A dump's code lines (no path) one after the other are one listing.
        ParagraphKind::Code => first.dom_path == next.dom_path,
        ParagraphKind::Text | ParagraphKind::Caption => {
            first.dom_path.is_some() && first.dom_path == next.dom_path
        }
        ParagraphKind::Heading => false,
    }
}

/// The path of the element holding the item: the path up to its last step named one of `items`
/// (`body>ul[2]` for `body>ul[2]>li[3]>p`).
fn container<'p>(path: &'p Option<String>, items: &[&str]) -> Option<&'p str> {
    let path = path.as_deref()?;
    let mut end = path.len();
    loop {
        let start = path[..end].rfind('>').map_or(0, |k| k + 1);
        let step = &path[start..end];
        let name = step.split(['#', '[']).next().unwrap_or("");
        if items.contains(&name) {
            return Some(path[..start].trim_end_matches('>'));
        }
        if start == 0 {
            return Some(path);
        }
        end = start - 1;
    }
}

/// A line of a text dump that a bullet opens ("• Item", "- Item", "* Item"): the length of the
/// bullet and the spaces after it.
pub(crate) fn bullet_of(text: &str) -> Option<usize> {
    let first = text.chars().next()?;
    if !matches!(first, '•' | '◦' | '▪' | '‣' | '·' | '-' | '*') {
        return None;
    }
    let rest = &text[first.len_utf8()..];
    let item = rest.trim_start_matches(' ');
    // A bullet, a space, and a word: not "-5 degrees", "**bold**" or a rule of dashes.
    (item.len() < rest.len()
        && item
            .chars()
            .next()
            .is_some_and(|c| crate::text::is_alphanumeric(c) || c == '"' || c == '“'))
    .then(|| text.len() - item.len())
}

/// The path ends at an item of an `ol` (`…>ol>li[2]`, or `…>ol>li>p`).
fn in_ordered_list(path: &str) -> bool {
    let name = |step: &str| step.split(['#', '[']).next().unwrap_or("").to_string();
    let steps: Vec<String> = path.rsplit('>').take(3).map(name).collect();
    let item = steps.iter().position(|s| s == "li").filter(|&k| k <= 1);
    item.and_then(|k| steps.get(k + 1))
        .is_some_and(|s| s == "ol")
}

fn longest_run(s: &str, c: char) -> usize {
    let (mut best, mut cur) = (0, 0);
    for x in s.chars() {
        if x == c {
            cur += 1;
            best = best.max(cur);
        } else {
            cur = 0;
        }
    }
    best
}

/// The text with a backslash before what would start a Markdown block: a heading (`#`), a
/// quotation (`>`), a list item (`-`, `+`, `*` and a space; `1.` or `1)` and a space), a
/// thematic break or a fence.
fn escape_inline_start(text: &str) -> String {
    let t = text.trim_start();
    let b = t.as_bytes();
    let bullet = matches!(b.first(), Some(b'-' | b'+' | b'*'))
        && matches!(b.get(1), None | Some(b' ' | b'\t' | b'-' | b'*'));
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let ordered = (1..=9).contains(&digits)
        && matches!(b.get(digits), Some(b'.' | b')'))
        && matches!(b.get(digits + 1), None | Some(b' '));
    if matches!(b.first(), Some(b'#' | b'>' | b'=' | b'`' | b'~' | b'|')) || bullet {
        format!("\\{t}")
    } else if ordered {
        format!("{}\\{}", &t[..digits], &t[digits..])
    } else {
        t.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ByteSpan;

    fn para(text: &str, kind: ParagraphKind, level: Option<u8>, path: Option<&str>) -> Paragraph {
        Paragraph {
            text: text.to_string(),
            spans: vec![ByteSpan::new(0, 0)],
            kind,
            level,
            dom_path: path.map(str::to_string),
        }
    }

    fn doc_of(title: Option<&str>, paragraphs: Vec<Paragraph>) -> CleanDoc {
        let mut doc = crate::clean("");
        doc.title = title.map(str::to_string);
        doc.paragraphs = paragraphs;
        doc
    }

    #[test]
    fn structure_is_written_as_markdown() {
        use ParagraphKind::*;
        let doc = doc_of(
            Some("Retries"),
            vec![
                para("Requests are retried.", Text, None, None),
                para("Changing the policy", Heading, Some(2), None),
                para("Use none() to turn it off.", ListItem, None, None),
                para(
                    "Requests with a body are not retried.",
                    ListItem,
                    None,
                    None,
                ),
                para("let a = 1;", Code, None, Some("body>pre")),
                para("let b = `x`;", Code, None, Some("body>pre")),
                para("let c = 3;", Code, None, Some("body>pre[2]")),
                para("It works.", Quote, None, None),
                para("Every time.", Quote, None, None),
                para("Size | Price", TableRow, None, None),
                para("S | $5", TableRow, None, None),
            ],
        );
        assert_eq!(
            to_markdown(&doc),
            "# Retries\n\nRequests are retried.\n\n## Changing the policy\n\n\
             - Use none() to turn it off.\n- Requests with a body are not retried.\n\n\
             ```\nlet a = 1;\nlet b = `x`;\n```\n\n```\nlet c = 3;\n```\n\n\
             > It works.\n>\n> Every time.\n\n\
             | Size | Price |\n| --- | --- |\n| S | $5 |\n"
        );
    }

    #[test]
    fn items_of_an_ordered_list_are_numbered() {
        use ParagraphKind::*;
        let doc = doc_of(
            None,
            vec![
                para("Soften the onion.", ListItem, None, Some("body>ol>li")),
                para("Add the lentils.", ListItem, None, Some("body>ol>li[2]")),
                para("Serve.", ListItem, None, Some("body>ol>li[3]>p")),
            ],
        );
        assert_eq!(
            to_markdown(&doc),
            "1. Soften the onion.\n2. Add the lentils.\n3. Serve.\n"
        );
        assert!(!in_ordered_list("body>ul>li"));
        assert!(!in_ordered_list("body>ol>li>div>p"));
        assert!(in_ordered_list("…>ol#steps>li[12]"));
    }

    #[test]
    fn lists_and_tables_side_by_side_stay_apart() {
        use ParagraphKind::*;
        let doc = doc_of(
            None,
            vec![
                para("Secateurs", ListItem, None, Some("body>ul>li")),
                para("A saw", ListItem, None, Some("body>ul>li[2]>p")),
                para("Cut above a bud.", ListItem, None, Some("body>ol>li")),
                para("a | b", TableRow, None, Some("body>table>tr")),
                para("c | d", TableRow, None, Some("body>table[2]>tbody>tr")),
            ],
        );
        assert_eq!(
            to_markdown(&doc),
            "- Secateurs\n- A saw\n\n1. Cut above a bud.\n\n| a | b |\n| --- | --- |\n\n\
             | c | d |\n| --- | --- |\n"
        );
    }

    #[test]
    fn text_that_reads_as_syntax_is_escaped() {
        assert_eq!(escape_inline_start("# not a heading"), "\\# not a heading");
        assert_eq!(escape_inline_start("- not an item"), "\\- not an item");
        assert_eq!(escape_inline_start("1984. A year."), "1984\\. A year.");
        assert_eq!(escape_inline_start("> quoted"), "\\> quoted");
        // Prose that only starts with such characters is left as it is.
        assert_eq!(
            escape_inline_start("-5 degrees at night"),
            "-5 degrees at night"
        );
        assert_eq!(escape_inline_start("2024 was a year."), "2024 was a year.");
        assert_eq!(escape_inline_start("The council met."), "The council met.");
    }

    #[test]
    fn a_dump_s_bulleted_lines_are_a_list() {
        let doc = crate::clean(
            "The council approved three changes to the budget on Tuesday evening after a long debate.\n\n\
             • More money for the libraries of the city\n\
             • A new bus route to the hospital on the hill\n\n\
             -5 degrees are expected on the night of the vote, the forecasters said on Monday.\n",
        );
        let items: Vec<_> = doc
            .paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::ListItem)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(
            items,
            [
                "• More money for the libraries of the city",
                "• A new bus route to the hospital on the hill"
            ]
        );
        let md = to_markdown(&doc);
        assert!(
            md.contains("\n- More money for the libraries of the city\n- A new bus route"),
            "{md}"
        );
        assert!(md.contains("\n-5 degrees are expected"), "{md}");
        assert_eq!(bullet_of("- Item"), Some(2));
        assert_eq!(bullet_of("**bold**"), None);
        assert_eq!(bullet_of("----"), None);
    }

    #[test]
    fn a_text_dump_is_its_paragraphs() {
        let doc = crate::clean("Share\nTweet\n\nThe council approved the budget on Tuesday.\n\n- 1. The vote was 31 to 17.\n");
        let md = to_markdown(&doc);
        assert!(
            md.starts_with("The council approved the budget on Tuesday.\n"),
            "{md}"
        );
        assert!(!md.contains("Share"), "{md}");
    }
}
