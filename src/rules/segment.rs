//! segment: re-joining hard-wrapped lines. The rule removes nothing; disabling it keeps every
//! line of a dump its own paragraph.

use crate::model::Layer;
use crate::rules::{Rule, Tier};
use crate::text::{ends_sentence, has_words, is_title_case, starts_lowercase};

pub static REJOIN: Rule = Rule {
    id: "segment.rejoin",
    layer: Layer::Segment,
    why: "a line that ends mid-sentence continues on the next line: re-joined into one paragraph",
    tier: Tier::Core,
};

/// A line of this many bytes or more that does not end a sentence looks hard-wrapped.
pub(crate) const WRAP_LEN: usize = 40;

/// A list item or bullet; never the continuation of the line before.
pub fn is_list_item(line: &str) -> bool {
    // A line that starts with an ASCII byte above the space other than a digit, `-` or `*`, as
    // nearly every line does, is none: nothing to trim or decode.
    if let Some(&b) = line.as_bytes().first() {
        if b > b' ' && b < 0x80 && !b.is_ascii_digit() && b != b'-' && b != b'*' {
            return false;
        }
    }
    is_list_item_decoded(line)
}

/// [`is_list_item`] without its quick answer: the line's first characters, decoded.
fn is_list_item_decoded(line: &str) -> bool {
    let t = line.trim_start();
    let mut chars = t.chars();
    match chars.next() {
        Some('-' | '*' | '•' | '·' | '▪' | '►' | '–' | '—') => {
            chars.next().is_some_and(char::is_whitespace)
        }
        Some(c) if c.is_ascii_digit() => {
            let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
            // A number alone on its line ("12.") is a list's or a chart's rank over its item.
            let marker = matches!(rest.trim_end(), "." | ")");
            (marker || rest.starts_with(". ") || rest.starts_with(") "))
                && t.len() - rest.len() <= 3
        }
        _ => false,
    }
}

/// Does the dump look hard-wrapped: many lines that stop mid-sentence with text on the next line?
/// `lines` has the blank lines between paragraphs as empty strings.
pub fn looks_wrapped(lines: &[&str]) -> bool {
    let mut after_blank = false;
    let pairs: Vec<(&str, bool)> = lines
        .iter()
        .filter_map(|&l| {
            if l.is_empty() {
                after_blank = true;
                return None;
            }
            Some((l, std::mem::take(&mut after_blank)))
        })
        .collect();
    looks_wrapped_lines(pairs.iter().copied())
}

/// A dump with fewer blank lines than one per this many non-blank lines has none between its
/// paragraphs: a scraper that wrote each block on its own line with no gap.
pub(crate) const BLANKLESS_LINES: usize = 20;

/// [`looks_wrapped`] of the non-blank lines `lines`, each with whether a blank line comes
/// before it (without building the list with the blank lines in).
pub fn looks_wrapped_lines<'s, I>(lines: I) -> bool
where
    I: Iterator<Item = (&'s str, bool)> + Clone,
{
    wrap_width(lines).is_some()
}

/// The width in characters a dump was hard-wrapped at, when it looks wrapped: many lines stop
/// mid-sentence with text on the next line. Nine in ten of those lines are no longer than the
/// width. `usize::MAX` (wrapped, at no width known) when its lines do not fill to one width
/// ([`WrapShape::fills`]): a page's text whose long lines stop mid-sentence has no width to read.
///
/// Without blank lines between paragraphs, every heading, label and long link that ends without
/// a full stop stands over a line, so many lines stop mid-sentence whether or not the text was
/// wrapped; there the wrap must show in the lines' lengths, or the dump is not taken as wrapped.
pub fn wrap_width<'s, I>(lines: I) -> Option<usize>
where
    I: Iterator<Item = (&'s str, bool)> + Clone,
{
    let (mut nonblank, mut wrapped, mut breaks) = (0, 0, 0);
    let mut prev: Option<&str> = None;
    for (line, after_blank) in lines.clone() {
        nonblank += 1;
        match prev {
            Some(p) if !after_blank => {
                wrapped += usize::from(p.len() >= WRAP_LEN && !ends_sentence(p));
            }
            Some(_) => breaks += 1,
            None => {}
        }
        prev = Some(line);
    }
    if wrapped < 3 || wrapped * 100 < nonblank * 15 {
        return None;
    }
    let shape = WrapShape::of(lines);
    match (shape.fills(), breaks * BLANKLESS_LINES >= nonblank) {
        (true, _) => shape.width(),
        (false, true) => Some(usize::MAX),
        (false, false) => None,
    }
}

/// The lengths (in characters) of a dump's long lines, of [`WRAP_LEN`] bytes or more; of those
/// among them that stop mid-sentence (sorted), and of those that do with a line right under
/// them (sorted); and how many of the lines after those that stop open in lower case and in
/// upper case.
struct WrapShape {
    long: Vec<usize>,
    stopped: Vec<usize>,
    stopped_over_text: Vec<usize>,
    lower: usize,
    upper: usize,
}

impl WrapShape {
    fn of<'s>(lines: impl Iterator<Item = (&'s str, bool)>) -> WrapShape {
        let mut shape = WrapShape {
            long: Vec::new(),
            stopped: Vec::new(),
            stopped_over_text: Vec::new(),
            lower: 0,
            upper: 0,
        };
        let mut prev: Option<&str> = None;
        for (line, after_blank) in lines {
            if let Some(p) = prev.filter(|p| p.len() >= WRAP_LEN) {
                let chars = p.chars().count();
                shape.long.push(chars);
                if !ends_sentence(p) {
                    shape.stopped.push(chars);
                    if !after_blank {
                        shape.stopped_over_text.push(chars);
                    }
                    match line.chars().next() {
                        Some(c) if c.is_lowercase() => shape.lower += 1,
                        Some(c) if c.is_uppercase() => shape.upper += 1,
                        _ => {}
                    }
                }
            }
            prev = Some(line);
        }
        if let Some(last) = prev.filter(|p| p.len() >= WRAP_LEN) {
            shape.long.push(last.chars().count());
        }
        shape.stopped.sort_unstable();
        shape.stopped_over_text.sort_unstable();
        shape
    }

    /// A wrapped line is nearly full, and no line is much longer than the width the text was
    /// wrapped at: four long lines in five are at most a quarter longer than the median line
    /// that stops mid-sentence. And the wrap falls anywhere in a sentence, so a third of the
    /// lines after those (of those that open with a cased letter) open in lower case. A page's
    /// own lines are as long as their paragraphs, a few words or several hundred characters; a
    /// shop's list of names cut to one width opens each name with a capital.
    fn fills(&self) -> bool {
        let Some(&median) = self.stopped.get(self.stopped.len() / 2) else {
            return false;
        };
        if self.lower * 3 < self.lower + self.upper {
            return false;
        }
        let width = median * 5 / 4;
        let within = self.long.iter().filter(|&&n| n <= width).count();
        within * 5 >= self.long.len() * 4
    }

    /// The width: nine in ten lines that stop mid-sentence over another are no longer.
    fn width(&self) -> Option<usize> {
        let over = &self.stopped_over_text;
        over.get(over.len() * 9 / 10).copied()
    }
}

/// Does `next` continue the paragraph that `prev` (a non-blank line) belongs to? (The text front
/// end also keeps the lines of a code block apart: `crate::segment::blocks`.) `wrapped_doc`: the
/// dump looks hard-wrapped, at a width not known.
pub fn continues(prev: &str, next: &str, wrapped_doc: bool) -> bool {
    continues_at_width(prev, next, wrapped_doc.then_some(usize::MAX), false)
}

/// [`continues`] in a dump wrapped at `width` characters ([`wrap_width`]; None when it does not
/// look wrapped). A line of Title Case (a heading) runs on only where it filled the width: the
/// next line's first word did not fit on it ("Top Nutrition Trends for Fall 2025: What Fitness
/// Experts Are Eating (and How" / "Scratch Makes It Easy)"). `blankless`: the dump has no blank
/// lines between its paragraphs ([`BLANKLESS_LINES`]).
pub fn continues_at_width(prev: &str, next: &str, width: Option<usize>, blankless: bool) -> bool {
    let wrapped_doc = width.is_some();
    if ends_sentence(prev) || is_list_item(next) || is_list_item(prev) {
        return false;
    }
    // A Markdown code block's fence stands alone: it is markup, and the lines it fences are code.
    if crate::rules::code::is_code_fence(prev) || crate::rules::code::is_code_fence(next) {
        return false;
    }
    // A long line that ends with a title's separator ("Online Mental Health Care | Cerebral |
    // Online Therapy |") was broken by a wrap, in a dump of two lines as in a long one.
    if prev.len() >= WRAP_LEN && prev.ends_with(" |") {
        return true;
    }
    if starts_lowercase_quick(next) {
        // A byline under a headline or a deck opens in lower case as often ("by Jill Barshay
        // August 25, 2025"); a dump without blank lines has none between them.
        if next.starts_with("by ") && crate::rules::byline::is_byline(next) {
            return false;
        }
        // A Q&A site's card is a column of lines: the poster's reputation and badges, the
        // header ("asked Aug 5, 2016 at 4:16") and the poster's name, each in lower case as
        // often as not ("9,575 45 45 gold badges…" / "asked Aug 5, 2016 at 4:16" / "ewok").
        if crate::rules::forum::is_qa_card_header(next)
            || crate::rules::forum::is_qa_card_header(prev)
            || crate::rules::textclass::is_user_card(prev)
        {
            return false;
        }
        // Without blank lines between blocks, a short Title Case label (a site's name, a
        // heading), which ends in a word, stands right over the line under it ("Saru Yeknom" /
        // "get in touch with us"): it runs on only in a word broken by a hyphen. A fragment
        // that ends in a comma ("The Pakistan Steel Mills,") runs on.
        if blankless
            && prev.len() < WRAP_LEN
            && prev.ends_with(|c: char| c.is_alphanumeric())
            && is_title_case(prev)
        {
            return false;
        }
        // A word broken by a hyphen at the line's end ("inter-" / "national consortium") runs
        // on, however short the line.
        return has_two_words(prev) || ends_in_broken_word(prev);
    }
    if !wrapped_doc {
        return false;
    }
    // A ticker strip or a copyright line is long and ends without a full stop, like a wrapped
    // line, but never runs on into the next one; nor does a share button's label ("Click to
    // share on Facebook (Opens in new window)"), one a line.
    if crate::rules::ticker::is_ticker(prev)
        || crate::rules::footer::is_copyright(prev)
        || crate::rules::share::is_share_labels(prev)
    {
        return false;
    }
    // Two rows of a table of figures, one per line, are long and end without a full stop too,
    // as do a directory's entries that each end with a phone number or a price; joined, the
    // table reads as one line of numbers without a function word.
    if (is_figure_row(prev) && is_figure_row(next))
        || (ends_with_figure(prev) && ends_with_figure(next))
    {
        return false;
    }
    // Entries of a list open alike ("Pages 1-5 (Hard Copy pages Cover-III) - About Us" / "Pages
    // 6-13 (…) - Pictorial Index"); a wrapped line opens wherever the wrap fell.
    if opens_alike(prev, next) {
        return false;
    }
    // A long line that stops mid-sentence and is not a Title Case heading, or is one that
    // filled the width.
    if prev.len() >= WRAP_LEN
        && (!is_title_case(prev) || width.is_some_and(|w| fills_line(prev, next, w)))
    {
        return true;
    }
    // A short opening fragment ("Russian Deputy Prime Minister") before a wrapped line; not a
    // section's header over its first teaser ("Recommended For You" / "Get a MacBook Pro with
    // 1TB of storage for under $450 while supplies last"), nor the header of the comments over
    // the first commenter's line ("There are 13 comments" / "Sallie Goetsch · March 10, 2017 at
    // 12:20 AM").
    has_two_words(prev)
        && next.len() >= WRAP_LEN
        && !ends_sentence(next)
        && !is_title_case(next)
        && !crate::rules::prompt::is_related_header(prev)
        && !crate::rules::textclass::is_comments_header(prev)
}

/// Does `next` continue the sentence that `prev` stops in, split at the edge of an inline
/// element: a link's or a code span's text on a line of its own, as a scraper that writes each
/// piece of a page's text on its own line has it (BeautifulSoup's `get_text("\n")`): "Save it
/// as" / "hello.py" / "or something similar." and "For deployment options see" / "Deploying to
/// Production" / ".". `prev_continues`: `prev` itself continued the line before it.
///
/// Such a sentence runs on into a line that opens with the mark that goes on with it (a comma, a
/// closing bracket, a stop after a link), into a line in lower case after a piece that was
/// itself run on (a one-word link mid-sentence: "hello.py" / "or something") when it opens with a
/// function word, and past a line
/// that ends with a word no sentence or label ends with ("the", "of", "see").
pub fn continues_inline(prev: &str, next: &str, prev_continues: bool) -> bool {
    // Asked of every line under another that did not run on: the cheap tests of the three
    // shapes first, the rest only for the few lines that have one.
    let mark = opens_with_continuing_mark(next);
    let lower = prev_continues && starts_lowercase_quick(next);
    let dangling = ends_with_dangling_word(prev);
    if !(mark || lower || dangling) {
        return false;
    }
    if ends_sentence(prev) || is_list_item(next) || is_list_item(prev) {
        return false;
    }
    if crate::rules::code::is_code_fence(prev) || crate::rules::code::is_code_fence(next) {
        return false;
    }
    // Not after a short line in Title Case: a name over its byline's rest, "Advaita Suresh" /
    // ", Global Desk", which the byline rules read as two lines. Nor after markup's debris,
    // which has no word ("![](" / "]]>").
    let mark_runs_on = || {
        !(prev.len() < WRAP_LEN && is_title_case(prev)) && prev.chars().any(char::is_alphanumeric)
    };
    // Its first word is a function word ("or something similar", "because this would"): a run
    // of short lines in lower case is a menu ("home" / "shop"), a line that opens with a name
    // in lower case a post's header ("amondale (Amondale) November 8, 2024").
    // Or it ends a sentence of three words or more ("uses it for the application we build
    // there."), or the piece before it is code ("-b" / "option binds the server").
    let lower_runs_on = || {
        has_two_words(next)
            && (next
                .split_whitespace()
                .next()
                .is_some_and(|w| crate::stopwords::mask(w) != 0)
                || (ends_sentence(next) && has_words(next, 3))
                || is_code_token(prev))
    };
    (mark && mark_runs_on()) || (lower && lower_runs_on()) || dangling
}

/// A line that is one piece of code: a single word with a mark of code in it ("-b",
/// "hello.py", "{name}", "app_variable").
fn is_code_token(line: &str) -> bool {
    !line.contains(' ')
        && line.bytes().any(|b| {
            matches!(
                b,
                b'-' | b'_' | b'.' | b'/' | b':' | b'(' | b'{' | b'[' | b'<' | b'='
            )
        })
}

/// The line opens with a mark that goes on with the sentence before it: a comma, a semicolon,
/// a closing bracket, or a stop, colon, question or exclamation mark that ends the line or has
/// a space after it (not "...", nor ".NET").
fn opens_with_continuing_mark(line: &str) -> bool {
    matches!(
        line.as_bytes(),
        [b',' | b';' | b')' | b']', ..]
            | [b'.' | b'!' | b'?' | b':']
            | [b'.' | b'!' | b'?' | b':', b' ', ..]
    )
}

/// Words no sentence, heading or label ends with: the articles, the prepositions that are no
/// verb's particle ("Log in", "Sign up" end with one), the conjunctions, and "see". (English: a
/// dump in another language is left as it is.)
const DANGLING_WORDS: &[&str] = &[
    "a", "an", "and", "as", "but", "for", "from", "into", "of", "or", "see", "than", "that", "the",
    "to", "via", "with",
];

/// The line's last word is one of [`DANGLING_WORDS`], in lower case as a sentence has it (a
/// label's "Best For" over its count is Title Case), and it has two words or more (a lone "to"
/// or "and" is a range's or a pair's part in a table or a menu).
fn ends_with_dangling_word(line: &str) -> bool {
    // A lone article that opens a sentence whose next word is code or a link ("The" / "-w").
    if line == "The" {
        return true;
    }
    // Most lines end with no lower-case ASCII letter, or with a word longer than four letters.
    let b = line.trim_end().as_bytes();
    let tail = b
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    if tail == 0 || tail > 4 || b.len() == tail || b[b.len() - tail - 1] != b' ' {
        return false;
    }
    let Some((head, last)) = line.trim_end().rsplit_once(' ') else {
        return false;
    };
    !head.trim().is_empty() && last.len() <= 4 && DANGLING_WORDS.contains(&last)
}

/// `prev` and the first word of `next` do not fit on one line of `width` characters.
fn fills_line(prev: &str, next: &str, width: usize) -> bool {
    let word = next.split_whitespace().next().unwrap_or_default();
    prev.chars().count() + 1 + word.chars().count() > width
}

/// The line ends in a word broken by a hyphen: a letter, then `-` (not a dash between spaces,
/// nor `--`).
fn ends_in_broken_word(line: &str) -> bool {
    let mut rev = line.trim_end().chars().rev();
    rev.next() == Some('-') && rev.next().is_some_and(char::is_alphabetic)
}

/// A table's row rendered on one line: at least [`FIGURE_ROW_MIN`] words with a figure in them,
/// a third of its words at least ("1 Chicago Booth School of Business 1 37% / 40% 30% 48% 3.6
/// 729 $175,000"). A wrapped line of prose rarely holds three figures, and two such lines in a
/// row hardly ever; a dated headline has a few figures among many words.
pub(crate) fn is_figure_row(line: &str) -> bool {
    let (mut words, mut figures) = (0usize, 0usize);
    for w in line.split_ascii_whitespace() {
        words += 1;
        figures += usize::from(w.bytes().any(|b| b.is_ascii_digit()));
    }
    figures >= FIGURE_ROW_MIN && 3 * figures >= words
}

/// Both lines open with the same capitalised word of two letters or more, or with the same
/// word holding a figure (a log's lines, each opening with its date).
fn opens_alike(prev: &str, next: &str) -> bool {
    fn first(l: &str) -> &str {
        l.split_ascii_whitespace().next().unwrap_or_default()
    }
    let (a, b) = (first(prev), first(next));
    a == b
        && a.len() >= 2
        && (a.as_bytes()[0].is_ascii_uppercase() || crate::text::has_ascii_digit(a.as_bytes()))
}

/// The line's last word holds a figure: an entry's phone number, price or date.
fn ends_with_figure(line: &str) -> bool {
    line.split_ascii_whitespace()
        .next_back()
        .is_some_and(|w| w.bytes().any(|b| b.is_ascii_digit()))
}

/// Words with a figure that make a line a table's row (see [`is_figure_row`]).
const FIGURE_ROW_MIN: usize = 3;

/// [`starts_lowercase`], without the trim and the decoding when `s` starts with an ASCII byte
/// that is no opening quote or parenthesis.
fn starts_lowercase_quick(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(&b) if b < 0x80 && !matches!(b, b'"' | b'\'' | b'(') => b.is_ascii_lowercase(),
        _ => starts_lowercase(s),
    }
}

/// `has_words(s, 2)`. A space between ends that are visible ASCII parts two words: found by
/// `memchr`, without splitting the line.
fn has_two_words(s: &str) -> bool {
    let solid = |b: u8| b > b' ' && b < 0x80;
    match s.as_bytes() {
        [f, .., l] if solid(*f) && solid(*l) && memchr::memchr(b' ', s.as_bytes()).is_some() => {
            true
        }
        _ => has_words(s, 2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentence split at an inline element's edge runs on; menus, names over the rest of their
    /// byline, a post's header with its author's name in lower case, and lines that end a
    /// sentence do not.
    #[test]
    fn sentences_split_at_inline_elements() {
        for (prev, next, prev_continues) in [
            ("Save it as", "hello.py", false),
            (
                "hello.py",
                "or something similar. Make sure to not call",
                true,
            ),
            ("To run the application, use the", "flask", false),
            ("To run the application, use the", "flask", true),
            ("is the option", ", which names the app", true),
            (
                "For deployment options see",
                "Deploying to Production",
                false,
            ),
            (
                "Now head over to http://127.0.0.1:5000/",
                ", and you should see it",
                false,
            ),
            ("the sale ended on", ".", true),
            ("a new version of the", "Rust compiler", false),
            ("Prices from", "$25", false),
            (
                "tutorial",
                "uses it for the application we build there.",
                true,
            ),
            ("-b", "option binds the server to an address", true),
            ("The", "-w", false),
            ("Support for", ".NET 8", false),
        ] {
            assert!(
                continues_inline(prev, next, prev_continues),
                "{prev:?} / {next:?}"
            );
        }
        for (prev, next, prev_continues) in [
            (
                "The council approved the budget.",
                "It meets again in June.",
                false,
            ),
            ("home", "shop", true),
            (
                "Docker Desktop networking",
                "amondale (Amondale) November 8, 2024, 7:33pm 1",
                true,
            ),
            (
                "Advaita Suresh",
                ", Global Desk Last Updated: Dec 19, 2025",
                false,
            ),
            ("Log in", "Sign up", false),
            ("Sign in", "Home", false),
            ("to", "Chapter 2", false),
            ("Ingredients for", "- 2 eggs", false),
            ("The release notes", "...and more", false),
            ("Release notes", ".NET 8", false),
            ("Best For", "(0)", false),
        ] {
            assert!(
                !continues_inline(prev, next, prev_continues),
                "{prev:?} / {next:?}"
            );
        }
    }

    /// A table's row holds three words with a figure or more, a third of its words at least; a
    /// product's name with its model codes, a sentence with a few figures and a menu do not.
    #[test]
    fn figure_rows_are_mostly_numbers() {
        for t in [
            "4 MIT Sloan School of Management 5 (tie) 40% / 46% 15% 52% 3.6 730 $165,000",
            "FFMQ c 38 109.41 (17.36) 45 113.88 (17.35) 40 129.20 (18.32)",
            "🇬🇧 Eng 1.15 10.93 11.9× 🇮🇹 Ita 0.81 10.63 14.7×",
            "Maximum Monthly Cost $25.29 $20.65 $12.99 $11.95 $12.99",
        ] {
            assert!(is_figure_row(t), "{t:?}");
        }
        for t in [
            "VIOFO A329S-2CH | 4K Front + 2K Rear Dash Cam w/ HDR & WiFi-6",
            "X2 OMNI Buddy Kit (Black) 6 pcs Antibacterial Dust Bags for X5/X2/T30S",
            "The plant opened in 1962 and employed 400 people by 1970, when a second line was built.",
            "Home News Sport Weather 2 Business Culture",
        ] {
            assert!(!is_figure_row(t), "{t:?}");
        }
    }

    #[test]
    fn joins_wrapped_prose() {
        // A wrapped line that opens with another word than the line before runs on, capitalised
        // or not.
        assert!(continues(
            "Pages of the old ledger were scanned by volunteers, and the",
            "Pictorial Index they made of them is now online for anyone",
            true
        ));
        // A wrapped line that ends with a figure runs on into one that does not.
        assert!(continues(
            "The council said the number of visitors rose to 12,400 in 2023",
            "Mostly families from the towns along the coast, it said in a report",
            true
        ));
        // A wrapped line with figures in it still runs on: the next holds too few of them.
        assert!(continues(
            "Revenue rose 4% to $3.2 billion in 2023, while the costs of the",
            "group's two new plants in Ohio held steady at about a third of it",
            true
        ));
        assert!(continues(
            "In order to explore",
            "collaborations in manufacturing, engineering, and high-tech sectors, government",
            false
        ));
        // A word broken by a hyphen, alone on its line (a PDF's text).
        assert!(continues(
            "inter-",
            "national consortium said work would begin",
            false
        ));
        assert!(continues(
            "The council met after a long de-",
            "bate on Tuesday",
            false
        ));
        assert!(continues(
            "Russian Deputy Prime Minister",
            "Alexei Overchuk welcomed the high-level visit and said that President Putin is",
            true
        ));
    }

    #[test]
    fn chrome_lines_do_not_run_on() {
        let ticker = "AGL38.56▼ -0.77 (-0.02%)AIRLINK207.77▲ 17.83 (0.09%)BOP10.06▲ 0.55 (0.06%)";
        assert!(!continues(
            ticker,
            "Aaa aaaaaa aaaaaaa aaa aaa aaaaaaaa aaaa bbb ccc ddd eee fff",
            true
        ));
        let copyright = "© 2024 All rights reserved | Daily Example and its partners";
        assert!(!continues(
            copyright,
            "The council approved the budget on Tuesday after a debate",
            true
        ));
    }

    #[test]
    fn keeps_separate_lines_apart() {
        assert!(!continues(
            "He declined to comment.",
            "the next day he did.",
            true
        ));
        assert!(!continues("Home", "menu", true));
        // A dash is no broken word.
        assert!(!super::ends_in_broken_word("Prices -"));
        assert!(!super::ends_in_broken_word("Prices--"));
        assert!(!continues("--", "next part", true));
        assert!(!continues(
            "- Subscribe to PCF Networked Blog Daily Updates",
            "- Subscribe to our Twitter",
            true
        ));
        assert!(!continues("Related Posts", "Get Alerts", true));
        // A Q&A card's column: the badges, the header and the poster's name stay apart, in a
        // dump with blank lines or without.
        let badges = "9,575 45 45 gold badges 123 123 silver badges 181 181 bronze badges";
        for wrapped in [false, true] {
            assert!(!continues(badges, "asked Aug 5, 2016 at 4:16", wrapped));
            assert!(!continues("asked Aug 5, 2016 at 4:16", "ewok", wrapped));
            assert!(!continues("edited Jul 21, 2020 at 0:25", "xpt", wrapped));
        }
        // Prose in lower case after a line of figures still runs on.
        assert!(continues(
            "Sales of the two models rose to 9,575 units in",
            "asked buyers to wait for the next batch of cars",
            false
        ));
        // A section's header over its first teaser, in a dump that looks wrapped.
        assert!(!continues(
            "Recommended For You",
            "Get a MacBook Pro with 1TB of storage for under $450 while supplies last",
            true
        ));
        assert!(!continues(
            "More in Tech",
            "How to watch Miami FL vs. Texas A&M online for free tonight on your phone",
            true
        ));
        // The comments' header over the first commenter's line, and share buttons one a line.
        assert!(!continues(
            "There are 13 comments",
            "Sallie Goetsch (rhymes with sketch) · March 10, 2017 at 12:20 AM",
            true
        ));
        assert!(!continues(
            "Click to email this to a friend (Opens in new window)",
            "61Click to share on Facebook (Opens in new window)61",
            true
        ));
        // A short opening fragment before a wrapped line still runs on.
        assert!(continues(
            "Russian Deputy Prime Minister",
            "Dmitry Kozak said the talks would go on through the night and into",
            true
        ));
        // Entries of a directory that each end with a figure (a phone number).
        assert!(!continues(
            "Rebuilding Together Austin (Web) (512) 993-8230",
            "Meals on Wheels and More (Web) (512) 476-6325",
            true
        ));
        // A log's lines, each opening with its date.
        assert!(!continues(
            "2024-05-03 10:09:38.163 ERROR (MainThread) [homeassistant] Error doing job: Future",
            "2024-05-03 10:09:39.020 WARNING (MainThread) [homeassistant] Setup of the integration",
            true
        ));
        // Entries of a list that open alike.
        assert!(!continues(
            "Pages 14-27 (Hard Copy pages XII-XXIV) - Description Index",
            "Pages 28-97 (Hard Copy pages 1818-1888) - Part Number Index",
            true
        ));
        // Rows of a table of figures, one per line.
        assert!(!continues(
            "2 Kellogg School of Management 3 (tie) 38% / 48% 31% 38% 3.7 729 $165,000",
            "3 UPenn Wharton School 1 (tie) 35% / 50% 23% 62% 3.6 733 $175,000",
            true
        ));
        // Without signs of hard wrapping, an upper-case start begins a new paragraph.
        assert!(!continues(
            "Growing Pak-Russia coop and what it means for the region",
            "IN recent months",
            false
        ));
    }

    /// A long line that ends with a title's separator runs on, wrapped or not; a menu's short
    /// entry with its bar does not.
    #[test]
    fn a_line_ending_with_a_bar_runs_on() {
        assert!(continues(
            "Online Mental Health Care That Caters to You | Cerebral | Online Therapy |",
            "Virtual Counseling | Telehealth Therapy",
            false
        ));
        assert!(!continues("Home | News |", "Sport | Weather", false));
    }

    /// A heading in Title Case runs on in a dump wrapped at a known width only where the next
    /// line's first word did not fit on it; a heading that stops short stands apart.
    #[test]
    fn a_wrapped_heading_runs_on_only_where_it_filled_the_width() {
        let heading =
            "Top Nutrition Trends for Fall 2025: What Fitness Experts Are Eating (and How";
        assert!(continues_at_width(
            heading,
            "Scratch Makes It Easy)",
            Some(78),
            false
        ));
        // The same heading in a dump wrapped at 100 columns would have held "Scratch".
        assert!(!continues_at_width(
            heading,
            "Scratch Makes It Easy)",
            Some(100),
            false
        ));
        // Nor in a dump that looks wrapped at no width known.
        assert!(!continues(heading, "Scratch Makes It Easy)", true));
        assert!(!continues_at_width(
            "Related Stories From Our Newsroom This Week",
            "Council Approves Library Budget After Long Debate",
            Some(78),
            false
        ));
    }

    /// The width of a hard-wrapped dump is read from its lines that stop mid-sentence; a page
    /// whose long lines run to any length has none to read.
    #[test]
    fn the_wrap_width_is_read_from_the_lines() {
        let letter: Vec<(&str, bool)> = [
            "The council met on Tuesday to discuss the budget for the coming year and",
            "voted to keep the library open on Sundays, after a petition signed by",
            "more than two thousand residents asked it to reconsider the cuts that it",
            "had proposed in the spring. The mayor said the money would come from a",
            "fund set aside for repairs to the town hall, which can wait another year",
            "without harm, according to the engineers who inspected the building.",
        ]
        .into_iter()
        .map(|l| (l, false))
        .collect();
        assert_eq!(wrap_width(letter.iter().copied()), Some(72));
        let page = [
            ("Systemd and the boot process explained for beginners", false),
            ("The init system starts every service in order, and it tracks each one of them until the machine stops", false),
            ("Writing unit files for your own services at home", true),
            ("A unit file names the program, the user it runs as, and the targets that want it; most of them are a dozen lines", false),
            ("Targets and the order in which services are started", true),
            ("Targets group units, as runlevels did, and the default one is the graphical target", false),
            ("Further reading", true),
        ];
        assert_eq!(wrap_width(page.iter().copied()), Some(usize::MAX));
    }

    /// Without blank lines between blocks, a short Title Case label does not run on into a
    /// line in lower case under it; with them, a short fragment still does.
    #[test]
    fn a_short_label_runs_on_in_lower_case_only_where_blank_lines_part_blocks() {
        assert!(!continues_at_width(
            "Saru Yeknom",
            "get in touch with us",
            None,
            true
        ));
        assert!(continues_at_width(
            "Saru Yeknom",
            "get in touch with us",
            None,
            false
        ));
        // A fragment of a sentence, and a word broken by a hyphen, run on in either dump.
        for blankless in [false, true] {
            assert!(continues_at_width(
                "The Pakistan Steel Mills,",
                "which were first constructed in the 1970s with Soviet aid",
                None,
                blankless
            ));
            assert!(continues_at_width(
                "In order to explore",
                "collaborations in manufacturing, engineering, and high-tech sectors",
                None,
                blankless
            ));
            assert!(continues_at_width(
                "Inter-",
                "national consortium said work would begin",
                None,
                blankless
            ));
        }
    }

    /// A byline opening in lower case under a headline or a deck stands on its own line; a
    /// wrapped sentence that goes on with "by" runs on.
    #[test]
    fn a_byline_in_lower_case_does_not_continue_the_line_above() {
        for (prev, next) in [
            (
                "Logistics made it difficult to deliver the amount of tutoring that could help",
                "by Jill Barshay August 25, 2025",
            ),
            (
                "11 SEO Strategies for 2025 to Boost Rankings and Stay Ahead",
                "by Jason Rostar | SEO | 8 min Read",
            ),
        ] {
            assert!(!continues(prev, next, false), "{next:?}");
            assert!(!continues(prev, next, true), "{next:?}");
        }
        assert!(continues(
            "The plan for the new library was approved on Tuesday",
            "by the council after a long debate about what it would cost and who would pay",
            false
        ));
    }

    /// A dump written without blank lines looks wrapped only when its lines fill to one width
    /// and run on in lower case. A page's headings, labels and long links stop mid-sentence over
    /// a paragraph there as often as a wrapped line does, and must not join it.
    #[test]
    fn a_dump_without_blank_lines_looks_wrapped_only_when_its_lines_fill_a_width() {
        let blankless = |text: &'static str| -> Vec<(&'static str, bool)> {
            text.lines().map(|l| (l, false)).collect()
        };
        // A browser's text of a page, one block a line and no gap between them.
        let page = blankless(
            "Systemd and the boot process explained for beginners\n\
             The init system starts every service in order, and it tracks each one of them until the machine stops; this line is as long as a paragraph is.\n\
             Writing unit files for your own services at home\n\
             A unit file names the program, the user it runs as, and the targets that want it. Most of them are a dozen lines long, and the manual lists every key.\n\
             Targets and the order in which services are started\n\
             Targets group units, as runlevels did; the default one is the graphical target on a desktop and the multi-user target on a server.\n\
             Further reading about the journal and its settings\n\
             See the journal's page for how logs are kept, rotated and read.",
        );
        assert!(!looks_wrapped_lines(page.iter().copied()));
        // A shop's product names, cut to one width, each opening with a capital.
        let names = blankless(
            "Vintage Brass Table Lamp With Green Glass Shade Original Wiring Tested Wor\n\
             Set Of Four Hand Painted Ceramic Coffee Mugs Blue Floral Pattern Dishwas\n\
             Mid Century Teak Side Table Two Drawers Restored Finish Local Pickup Onl\n\
             Antique Cast Iron Doorstop Shaped Like A Sleeping Cat Heavy Solid Origin\n\
             Large Woven Seagrass Storage Basket With Handles Natural Colour Home Dec",
        );
        assert!(!looks_wrapped_lines(names.iter().copied()));
        // A letter hard-wrapped at 72 columns, with no blank line between its paragraphs.
        let letter = blankless(
            "The council met on Tuesday to discuss the budget for the coming year and\n\
             voted to keep the library open on Sundays, after a petition signed by\n\
             more than two thousand residents asked it to reconsider the cuts that it\n\
             had proposed in the spring. The mayor said the money would come from a\n\
             fund set aside for repairs to the town hall, which can wait another year\n\
             without harm, according to the engineers who inspected the building.",
        );
        assert!(looks_wrapped_lines(letter.iter().copied()));
        // With blank lines between the paragraphs, the count of lines that stop mid-sentence
        // decides, as before.
        let spaced: Vec<(&str, bool)> = page
            .iter()
            .enumerate()
            .map(|(i, &(l, _))| (l, i % 2 == 0 && i > 0))
            .collect();
        assert!(looks_wrapped_lines(spaced.iter().copied()));
    }

    #[test]
    fn wrapped_lines_are_counted_either_way() {
        let long = "a line of text that is long enough and stops mid";
        let cases: Vec<Vec<(&str, bool)>> = vec![
            vec![
                (long, true),
                (long, false),
                (long, false),
                (long, false),
                ("end.", false),
            ],
            vec![
                (long, true),
                (long, true),
                (long, false),
                (long, true),
                (long, false),
            ],
            vec![
                (long, true),
                ("short", false),
                (long, false),
                (long, false),
                (long, false),
            ],
            vec![("x.", true)],
            vec![],
        ];
        for c in cases {
            let mut texts = Vec::new();
            for &(t, after_blank) in &c {
                if after_blank && !texts.is_empty() {
                    texts.push("");
                }
                texts.push(t);
            }
            assert_eq!(
                looks_wrapped_lines(c.iter().copied()),
                looks_wrapped(&texts),
                "{c:?}"
            );
        }
    }

    /// The quick forms answer as the plain ones on every fixture line and odd starts.
    #[test]
    fn quick_forms_equal_the_plain_ones() {
        let lines = crate::text::prefilter_test_lines(&[
            "",
            " a b",
            "a b ",
            "a\u{a0}b",
            "a\tb",
            "\"quoted\"",
            "(aside)",
            "“curly”",
            "«x»",
            "éa",
            "- item",
            "* item",
            "• item",
            "3. item",
            "\u{2003}- item",
        ]);
        for l in &lines {
            assert_eq!(starts_lowercase_quick(l), starts_lowercase(l), "{l:?}");
            assert_eq!(has_two_words(l), has_words(l, 2), "{l:?}");
            assert_eq!(is_list_item(l), is_list_item_decoded(l), "{l:?}");
        }
    }

    #[test]
    fn list_items() {
        assert!(is_list_item("- item"));
        assert!(is_list_item("12. item"));
        assert!(!is_list_item("2024. A year"));
        assert!(!is_list_item("-5 degrees"));
        // A rank alone on its line heads its item: in a hard-wrapped dump, it is joined
        // neither to the item above (Hacker News's "... | hide | past | discuss" before "2.")
        // nor to the line it heads.
        assert!(is_list_item("12."));
        assert!(is_list_item("3) "));
        assert!(!is_list_item("2024."));
        assert!(!is_list_item("1.5"));
        let discuss = "1 point by breve 0 minutes ago | hide | past | discuss";
        assert!(!continues(discuss, "2.", true));
        assert!(!continues(
            "2.",
            "Tengu – An MCP server that turns Claude into a pentester's copilot (github.com)",
            true
        ));
    }
}
