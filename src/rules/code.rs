//! code: the lines of a code block in a text dump. A page's `<pre>` reaches a dump as lines of
//! statements, brackets and tags ("function MyButton () {", "return (", ");", "}"), which the
//! rules for prose and page chrome misread: a brace alone is markup debris to them, a
//! `return (` said in two examples a copy, a run of short lines a menu. Such a run is held out
//! of those rules, as a page's `pre` lines are (`cleaner::set_aside_verbatim`); dedup alone
//! sees it. Its lines are never re-joined as a hard-wrapped paragraph: each stays a paragraph.

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};

pub static CODE_BLOCK: Rule = Rule {
    id: "segment.code-block",
    layer: Layer::Segment,
    why: "lines of code (statements, brackets, tags) kept as they are, each its own paragraph, and held out of the rules for prose and page chrome",
    tier: Tier::Core,
};

/// The mark of a line held out of the text layers (a page's `pre` line, a dump's line of code)
/// while they run; never in a result. The text region counts such a line as neither prose
/// nor chrome.
pub(crate) static VERBATIM: Rule = Rule {
    id: "verbatim",
    layer: Layer::Segment,
    why: "a line of preformatted text, held out of the text layers",
    tier: Tier::Core,
};

/// Operators that stand between spaces in code and hardly ever in a line of prose: an
/// assignment, a comparison, an arrow. (Found by [`holds_operator`]; the table is its test's.)
#[cfg(test)]
const CODE_OPERATORS: [&str; 5] = [" = ", " := ", " == ", " != ", " += "];

/// Arrows: code's too (`fn f(x: u8) -> bool`, `(a) => a + 1`), but a title names a change
/// with one too ("2024.4 -> 2024.5 issue: stuck on start"); they count beside a bracket.
/// (Found by [`holds_arrow`]; the table is its test's.)
#[cfg(test)]
const CODE_ARROWS: [&str; 2] = [" => ", " -> "];

/// The bytes that a line of code holds one of at least (a bracket, an `=`, a `>` or a `;`): a
/// line without them, as most lines are, is answered at once. ([`may_be_code`] compares with
/// them; the table is its test's.)
#[cfg(test)]
static CODE_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    let bytes = b"(){}[]=>;";
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
};

/// Whether `b` holds one of the bytes of code (those of `CODE_BYTES`). Asked of every kept line:
/// its windows are tested 16 bytes at a time, without a branch ([`crate::text::any_window`]).
fn may_be_code(b: &[u8]) -> bool {
    crate::text::any_window(b, 0, |w| {
        let mut hit = 0u8;
        for &c in w {
            // (Compared, not looked up in `CODE_BYTES`: a table lookup is no vector code.)
            hit |= u8::from(c == b'(')
                | u8::from(c == b')')
                | u8::from(c == b'{')
                | u8::from(c == b'}')
                | u8::from(c == b'[')
                | u8::from(c == b']')
                | u8::from(c == b'=')
                | u8::from(c == b'>')
                | u8::from(c == b';');
        }
        hit != 0
    })
}

/// A line of code, by its shape: it opens or closes a block or a call (`function f() {`,
/// `return (`, `});`), holds an assignment or an arrow between spaces (`model = 'x',`,
/// `pub fn map<U>(self) -> U`), or calls a method (`z.update(y)`, `ollama. create (`). Prose
/// that wraps mid-sentence has none of these shapes. `line` is trimmed.
pub(crate) fn is_code_line(line: &str) -> bool {
    let b = line.as_bytes();
    // (Markup's debris, "![](" or "]]>", names nothing.) A long line is asked first whether it
    // reads as prose, which its first words answer, rather than scanned to its end for a bracket.
    let prose_first = b.len() >= PROSE_FIRST_MIN_BYTES;
    if (prose_first && reads_as_prose(line))
        || !may_be_code(b)
        || !b.iter().any(u8::is_ascii_alphabetic)
        || (!prose_first && reads_as_prose(line))
    {
        return false;
    }
    let opens_block = matches!(b.last(), Some(b'{' | b'(' | b'['));
    let closes_block = matches!(b.first(), Some(b'}' | b')' | b']'));
    let bracket = || b.iter().any(|&c| matches!(c, b'(' | b'{'));
    opens_block
        || closes_block
        || holds_operator(line)
        || (holds_arrow(b) && bracket())
        || calls_method(b)
}

/// From this length on, a line is more often prose than not, and [`reads_as_prose`] (which stops
/// at its eighth word) answers it sooner than a scan of all its bytes.
const PROSE_FIRST_MIN_BYTES: usize = 80;

/// The line holds one of the `CODE_OPERATORS`, and its first ` = ` does not define a name
/// ([`defines_a_name`]). One pass over its `=` signs, rather than a substring search per
/// operator: each search sets itself up anew, and every line of a dump is asked.
fn holds_operator(line: &str) -> bool {
    let b = line.as_bytes();
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    let mut first_assignment = true;
    for k in memchr::memchr_iter(b'=', b) {
        if k == 0 || at(k + 1) != b' ' {
            continue;
        }
        match at(k - 1) {
            // " = ": the first one decides.
            b' ' if first_assignment => {
                if !defines_a_name(line, k - 1) {
                    return true;
                }
                first_assignment = false;
            }
            // " := ", " == ", " != ", " += ".
            b':' | b'=' | b'!' | b'+' if k >= 2 && at(k - 2) == b' ' => return true,
            _ => {}
        }
    }
    false
}

/// The line holds one of the `CODE_ARROWS`.
fn holds_arrow(b: &[u8]) -> bool {
    memchr::memchr_iter(b'>', b).any(|k| {
        k >= 2 && matches!(b[k - 1], b'=' | b'-') && b[k - 2] == b' ' && b.get(k + 1) == Some(&b' ')
    })
}

/// A definition or a formula in prose, not an assignment: names in Title Case, of letters
/// alone, before ` = ` ("S = Specific", "Overhead Rate = Total Annual Overhead ÷ Hours",
/// "ROI = (Gain / Cost) x 100"). Code names its variables in lower case, or joins their words
/// (`max_connections`, `MAX_SIZE`, `filterText`).
fn defines_a_name(line: &str, at: usize) -> bool {
    let name = line.get(..at).unwrap_or_default();
    let mut words = 0;
    for w in name.split(' ') {
        words += 1;
        let b = w.as_bytes();
        if words > DEFINED_NAME_MAX_WORDS
            || !b.first().is_some_and(u8::is_ascii_uppercase)
            || !b.iter().all(u8::is_ascii_alphabetic)
        {
            return false;
        }
    }
    true
}

/// A name that a formula defines ([`defines_a_name`]) has at most this many words.
const DEFINED_NAME_MAX_WORDS: usize = 4;

/// Words of letters alone (two or more) that make a line prose even where it names some code
/// ("In c# this line would be valid: response = fetch_users() - do you need ..."): a line of
/// code has few, its names being joined to brackets, dots and operators, and a comment in it
/// is short.
const PROSE_MIN_WORDS: usize = 8;

/// The line holds [`PROSE_MIN_WORDS`] words of letters alone.
/// Words are split at ASCII whitespace, as `split_ascii_whitespace` splits them, in one loop
/// over the bytes that stops at the last word needed (every line of a dump is asked).
pub(crate) fn reads_as_prose(line: &str) -> bool {
    let mut words = 0;
    // The current word's bytes so far, and whether all are ASCII letters.
    let mut len = 0usize;
    let mut letters = true;
    for &c in line.as_bytes() {
        if c.is_ascii_whitespace() {
            if len >= 2 && letters {
                words += 1;
                if words >= PROSE_MIN_WORDS {
                    return true;
                }
            }
            len = 0;
            letters = true;
        } else {
            len += 1;
            letters &= c.is_ascii_alphabetic();
        }
    }
    len >= 2 && letters && words + 1 >= PROSE_MIN_WORDS
}

/// A method called on a name, as code writes it (`z.update(y)`) or as a
/// page's text spaces it out (`ollama. create (`): a name, a dot, a method's name in lower case
/// and an opening parenthesis. Abbreviations before a parenthesis do not read so: "U.S. (and"
/// has no method, "St. Louis (MO)" a capital, "i.e. the (" a one-letter name spaced out.
fn calls_method(b: &[u8]) -> bool {
    let word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
    let name_start = |c: u8| c.is_ascii_alphabetic() || c == b'_';
    memchr::memchr_iter(b'(', b).any(|open| {
        let head = b.get(..open).unwrap_or_default();
        // Spaced out, a space stands before the parenthesis and after the dot; in code, none.
        let (head, spaced) = match head.strip_suffix(b" ") {
            Some(h) => (h, true),
            None => (head, false),
        };
        let method = head.iter().rev().take_while(|c| word(c)).count();
        let Some(&first) = head.get(head.len() - method) else {
            return false;
        };
        if !(first.is_ascii_lowercase() || first == b'_') {
            return false;
        }
        let head = head.get(..head.len() - method).unwrap_or_default();
        let head = if spaced {
            match head.strip_suffix(b" ") {
                Some(h) => h,
                None => return false,
            }
        } else {
            head
        };
        let Some(head) = head.strip_suffix(b".") else {
            return false;
        };
        let name = head.iter().rev().take_while(|c| word(c)).count();
        let min = if spaced { 2 } else { 1 };
        name >= min && head.get(head.len() - name).is_some_and(|&c| name_start(c))
    })
}

/// A line that belongs in a code block beside lines of code, though it may not show it alone:
/// a statement (`alert ('Hi');`), brackets alone (`}`, `);`), a tag of markup (`< div >`,
/// `</ button >`), a block on one line (`Config { port: 8080 }`), an attribute
/// (`#[derive(Debug)]`), a comment (`// ...`) or a short statement ([`is_short_statement`]).
/// `line` is trimmed.
fn is_code_part(line: &str) -> bool {
    let b = line.as_bytes();
    if b.starts_with(b"//")
        || b.starts_with(b"/*")
        || b.starts_with(b"#[")
        || b.starts_with(b"#![")
        || is_section_header(b)
    {
        return true;
    }
    if !may_be_code(b) {
        // (A short statement's shapes without a bracket: a keyword's line, an entry.)
        return b.len() <= SHORT_STATEMENT_MAX_BYTES && is_short_statement(line);
    }
    if reads_as_prose(line) {
        return false;
    }
    if b.len() <= SHORT_STATEMENT_MAX_BYTES && is_short_statement(line) {
        return true;
    }
    let brackets_only = b.len() <= 8
        && b.iter().all(|c| {
            matches!(
                c,
                b'{' | b'}' | b'(' | b')' | b'[' | b']' | b';' | b',' | b' '
            )
        });
    let statement = b.last() == Some(&b';') && b.iter().any(|&c| c == b'(' || c == b'=');
    let tag = b.first() == Some(&b'<') && b.last() == Some(&b'>');
    // A block or literal on one line: `Config { name: "app".into(), port: 8080 }`.
    let braced = b.last() == Some(&b'}') && b.contains(&b'{');
    brackets_only || statement || tag || braced || is_code_line(line)
}

/// A section's header in a file of settings (`[dependencies]`, `[[bin]]`, `[tool.black]`): a
/// name in lower case between brackets. A footnote mark (`[1]`) or a label (`[Photo]`) is not.
fn is_section_header(b: &[u8]) -> bool {
    let name = b
        .strip_prefix(b"[[")
        .and_then(|n| n.strip_suffix(b"]]"))
        .or_else(|| b.strip_prefix(b"[").and_then(|n| n.strip_suffix(b"]")));
    name.is_some_and(|n| {
        n.len() <= SECTION_NAME_MAX_BYTES
            && n.first().is_some_and(u8::is_ascii_lowercase)
            && n.iter().all(|&c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'_' | b'-' | b'.')
            })
    })
}

/// A section's name in a settings file ([`is_section_header`]) is at most this long.
const SECTION_NAME_MAX_BYTES: usize = 40;

/// A short statement ([`is_short_statement`]) is at most this long.
const SHORT_STATEMENT_MAX_BYTES: usize = 48;

/// Keywords that open a short line of code (`return z`, `else:`, `import os`, `pass`).
const CODE_KEYWORDS: &[&str] = &[
    "break", "case", "catch", "const", "continue", "def", "do", "done", "elif", "else", "end",
    "except", "export", "fi", "finally", "fn", "for", "from", "if", "import", "let", "package",
    "pass", "pub", "return", "then", "try", "use", "var", "while", "yield",
];

/// A short line of code without brackets: a keyword and a word or two (`return z`, `else:`,
/// `import os`), one word called (`Ok(config)`, `main()`), or an entry of a struct or map
/// (`name: String,`, `"port": 8080,`). Alone such a line may be anything; beside a line of
/// code, it is the block's.
fn is_short_statement(line: &str) -> bool {
    let b = line.as_bytes();
    // A keyword is in lower case, an entry ends with a comma, a call with a parenthesis.
    if !(b.first().is_some_and(u8::is_ascii_lowercase) || b.ends_with(b",") || b.ends_with(b")")) {
        return false;
    }
    let mut words = line.split_ascii_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let rest = words.count();
    if rest > 3 {
        return false;
    }
    let keyword = first.trim_end_matches(':');
    if CODE_KEYWORDS.binary_search(&keyword).is_ok() {
        return true;
    }
    let called = rest == 0 && b.contains(&b'(') && b.ends_with(b")");
    let entry = rest <= 1 && b.ends_with(b",") && (first.ends_with(':') || first.starts_with('"'));
    called || entry
}

/// The kept blocks of a text dump that make its code blocks: runs of consecutive lines that
/// are code or its parts ([`is_code_part`]), with two lines of code ([`is_code_line`]) that
/// differ, or three lines with one of code: a title that names a change ("2024.4 -> 2024.5
/// issue") said twice is no code block. Sorted.
pub(crate) fn code_blocks(doc: &Doc, rs: &Ruleset) -> Vec<usize> {
    let mut out = Vec::new();
    if !rs.on(&CODE_BLOCK) || doc.is_html_page() {
        return out;
    }
    let text = |k: usize| crate::text::trim_ws(&doc.blocks[k].plain);
    let kept = |k: usize| doc.blocks[k].is_kept();
    // Runs grow from the lines of code, which most dumps have none of. (The text front end has
    // asked some of the lines already.)
    let code: Vec<usize> = (0..doc.blocks.len())
        .filter(|&k| {
            kept(k)
                && doc
                    .code_lines
                    .get(k)
                    .copied()
                    .flatten()
                    .unwrap_or_else(|| is_code_line(text(k)))
        })
        .collect();
    let part = |k: usize| kept(k) && is_code_part(text(k));
    let mut covered = 0;
    for &c in &code {
        if c < covered {
            continue;
        }
        let start = (covered..c)
            .rev()
            .take_while(|&k| part(k))
            .last()
            .unwrap_or(c);
        let end = c + 1 + (c + 1..doc.blocks.len()).take_while(|&k| part(k)).count();
        covered = end;
        // The run's lines of code (`code` is sorted, and `c` is one of them): two that differ?
        let from = code.partition_point(|&k| k < start);
        let to = code.partition_point(|&k| k < end);
        let mut in_run = code
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .map(|&k| text(k));
        let first = in_run.next();
        let two_differ = in_run.any(|t| Some(t) != first);
        if end - start >= 3 || two_differ {
            out.extend(start..end);
        }
    }
    let fenced = fenced_blocks(doc);
    if !fenced.is_empty() {
        out.extend(fenced);
        out.sort_unstable();
        out.dedup();
    }
    out
}

/// Whether a line opens or closes a Markdown code block: ```` ``` ```` or `~~~`, then at most
/// a language's name (no backtick after a fence of backticks: "```ls -la```" is code inline).
pub(crate) fn is_code_fence(line: &str) -> bool {
    // (Asked of every pair of lines that might join: most open with neither mark.)
    let first = line.bytes().find(|&c| c != b' ' && c != b'\t');
    if !matches!(first, Some(b'`' | b'~')) {
        return false;
    }
    let t = line.trim();
    let rest = match (t.strip_prefix("```"), t.strip_prefix("~~~")) {
        (Some(r), _) if !r.contains('`') => r,
        (None, Some(r)) => r,
        _ => return false,
    };
    let rest = rest.trim_start_matches(['`', '~']);
    rest.split_whitespace().nth(MAX_FENCE_INFO_WORDS).is_none()
}

/// Words after a fence at most (a language's name, a file's).
const MAX_FENCE_INFO_WORDS: usize = 2;

/// The kept blocks between a Markdown code block's fences, whatever their shapes (a shell's
/// output, a config file's keys): the dump says they are code. A fence without a closing one
/// fences nothing.
fn fenced_blocks(doc: &Doc) -> Vec<usize> {
    let mut out = Vec::new();
    // (One search of the input spares nearly every dump the walk.)
    if memchr::memmem::find(doc.src.as_bytes(), b"```").is_none()
        && memchr::memmem::find(doc.src.as_bytes(), b"~~~").is_none()
    {
        return out;
    }
    let fences: Vec<usize> = (0..doc.blocks.len())
        .filter(|&k| doc.blocks[k].is_kept() && is_code_fence(&doc.blocks[k].plain))
        .collect();
    for pair in fences.chunks_exact(2) {
        out.extend((pair[0] + 1..pair[1]).filter(|&k| doc.blocks[k].is_kept()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_markdown_fence_is_a_line_of_three_backticks_or_tildes_and_a_name() {
        for l in ["```", "```python", "~~~", "``` rust ignore", "~~~~ js"] {
            assert!(is_code_fence(l), "{l}");
        }
        for l in [
            "```ls -la``` lists the files",
            "``tick``",
            "```tasks not done heading includes things I want to do later```",
            "Use ``` to open a block",
        ] {
            assert!(!is_code_fence(l), "{l}");
        }
    }

    /// The lines between a Markdown dump's fences are code, whatever their shape: a shell's
    /// output stays line by line, its fences go.
    #[test]
    fn a_markdown_dumps_fenced_lines_are_code() {
        let dump = "Read [the guide](https://example.com/guide) before you start the service.\n\n\
            Run the check and compare its output with the one below, line by line:\n\n\
            ```text\nservice started on port 8080\nworkers ready: 4\nqueue is empty\n```\n\n\
            If a line differs, restart the service and run the check again until it matches.\n";
        let doc = crate::clean(dump);
        for line in [
            "service started on port 8080",
            "workers ready: 4",
            "queue is empty",
        ] {
            assert!(
                doc.paragraphs.iter().any(|p| p.text == line),
                "{line}: {:?}",
                doc.body
            );
        }
        assert!(!doc.body.contains("```"), "{}", doc.body);
    }

    /// The one-loop [`reads_as_prose`] answers as the iterator over `split_ascii_whitespace`.
    fn reads_as_prose_as_split_words(lines: &[String]) {
        for l in lines {
            let want = l
                .split_ascii_whitespace()
                .filter(|w| w.len() >= 2 && w.bytes().all(|c| c.is_ascii_alphabetic()))
                .take(PROSE_MIN_WORDS)
                .count()
                >= PROSE_MIN_WORDS;
            assert_eq!(reads_as_prose(l), want, "{l:?}");
            let b = l.as_bytes();
            assert_eq!(
                may_be_code(b),
                b.iter().any(|&c| CODE_BYTES[c as usize]),
                "{l:?}"
            );
        }
    }

    #[test]
    fn reads_as_prose_as_split_words_on_test_lines() {
        let mut lines = crate::text::prefilter_test_lines(&[
            "",
            " ",
            "one two three four five six seven eight",
            "one two three four five six seven eigh8",
            "\tone\ttwo\x0bthree four five six seven eight nine ",
            "a bb cc dd ee ff gg hh",
            "bb cc dd ee ff gg hh ii\r\n",
            "été bb cc dd ee ff gg hh",
            "x = f(y); { [a] } => ;",
        ]);
        lines.extend(lines.clone().iter().map(|l| format!("\x0c{l}\t")));
        reads_as_prose_as_split_words(&lines);
    }

    #[test]
    #[ignore = "reads every dump line (slow)"]
    fn reads_as_prose_as_split_words_on_every_dump_line() {
        reads_as_prose_as_split_words(&crate::text::every_dump_line());
    }

    #[test]
    fn keywords_are_sorted() {
        assert!(CODE_KEYWORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn lines_of_code() {
        for t in [
            "function MyButton () {",
            "return (",
            "}",
            "z.update(y) # modifies z with keys and values of y",
            "result = subprocess.run(cmd, shell=shell, capture_output=True, text=True, check=False)",
            "z = x | y",
            "z.update(y)",
            "response = ollama. generate (",
            "pub fn map <U, F>(self, op: F) -> Result <U, E>",
            "model = 'breach_analyzer',",
            "#[derive(Deserialize)]",
            "return z",
            "Ok(config)",
            "name: String,",
            "\"port\": 8080,",
            "[dependencies]",
            "[[bin]]",
            "[tool.black]",
        ] {
            assert!(is_code_part(t), "{t:?}");
        }
        for t in [
            "function MyButton () {",
            "return (",
            "z = x | y",
            "z.update(y)",
            "response = ollama. generate (",
            "MAX_SIZE = 10",
            "filterText = { filterText }",
            "max_connections = 100",
        ] {
            assert!(is_code_line(t), "{t:?}");
        }
    }

    /// [`holds_operator`] and [`holds_arrow`] find what substring searches for the tables find.
    fn operators_are_found_as_by_substring_search(lines: &[String]) {
        use super::{defines_a_name, holds_arrow, holds_operator, CODE_ARROWS, CODE_OPERATORS};
        for l in lines {
            let want = CODE_OPERATORS.iter().any(|op| {
                l.find(op)
                    .is_some_and(|at| *op != " = " || !defines_a_name(l, at))
            });
            assert_eq!(holds_operator(l), want, "{l:?}");
            let want = CODE_ARROWS.iter().any(|op| l.contains(op));
            assert_eq!(holds_arrow(l.as_bytes()), want, "{l:?}");
        }
    }

    #[test]
    fn operators_are_found_as_by_substring_search_on_test_lines() {
        operators_are_found_as_by_substring_search(&crate::text::prefilter_test_lines(&[
            "a = b",
            "a == b",
            "a != b",
            "x += 1",
            "y := 2",
            "S = Specific",
            "A = B = c",
            "S = T and z = 1",
            "a =b",
            "a= b",
            "= b",
            "a =",
            " = ",
            "a => b",
            "a -> b",
            "a->b",
            "->",
            " -> ",
            "a >= b",
            "a <= b",
            "x === y",
            "a ! = b",
            "Ab Cd = (x)",
            "=",
            " == ",
        ]));
    }

    #[test]
    #[ignore = "reads every dump line (slow)"]
    fn operators_are_found_as_by_substring_search_on_every_dump_line() {
        operators_are_found_as_by_substring_search(&crate::text::every_dump_line());
    }

    #[test]
    fn prose_is_no_code() {
        for t in [
            "The company (founded in 1990) said that the",
            "Shares in the U.S. (and in Europe) fell on Monday as the",
            "tokio::net, which contains non-blocking versions of TCP, UDP, and Unix Domain Sockets",
            "if you have iPhone you can use iCloud to have mobile sync",
            "Home",
            "Revenue rose 4% to $3.2 billion in 2023, while the costs of the",
            "He declined to comment (he was on holiday).",
            "Residential Fence Ordinance No. 1692 (PDF)",
            "5.5 (68)",
            "v1.14.x (latest)",
            "![](",
            "Stay on BetterHelp (individual therapy) Go to Regain.us (couples therapy)",
            "2024.4.4 -> 2024.5.0 issue: stuck on \"Home Assistant is starting\"",
            "@Ruman one question though. In c# this line would be valid response = fetch_users() - Do you really need to call asyncio.create_task()?",
            "The team moved to St. Louis (Missouri) in 1960, i.e. the (then) largest city.",
            "return to the main menu",
            "S = Specific",
            "Overhead Rate = Total Annual Overhead ÷ Billable Hours",
            "ROI = (Difference / Cost of Home Improvement) x 100",
            "[1]",
            "[Photo]",
            "[edit here]",
        ] {
            assert!(!is_code_line(t), "{t:?}");
            assert!(!is_code_part(t), "{t:?}");
        }
    }
}
