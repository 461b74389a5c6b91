//! Footers: copyright lines, source credits such as "(The Nation)", a trailing site-name line.

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{byline, meta, Rule, Ruleset, Tier};
use crate::text::{collapsed_more_words_than, ends_sentence, is_title_case, word_count};
use once_cell::sync::Lazy;
use regex::Regex;

pub static COPYRIGHT: Rule = Rule {
    id: "footer.copyright",
    layer: Layer::Footer,
    why: "a copyright or all-rights-reserved line; the site name goes to metadata",
    tier: Tier::Core,
};

pub static LEGAL_NOTICE: Rule = Rule {
    id: "footer.legal-notice",
    layer: Layer::Footer,
    why: "a copyright notice run on with the site's legal text (trademarks, reproduction, terms, affiliate sales), or a wiki's license line (Text is available under the Creative Commons...)",
    tier: Tier::Balanced,
};

pub static SOURCE_CREDIT: Rule = Rule {
    id: "footer.source-credit",
    layer: Layer::Footer,
    why: "a source credit such as \"(The Nation)\" or \"— Reuters\"; reported as source_credit",
    tier: Tier::Core,
};

pub static AFTER_COPYRIGHT: Rule = Rule {
    id: "footer.after-copyright",
    layer: Layer::Footer,
    why: "after the page's closing copyright line: dialogs, consent settings and menus that a dump renders after the footer",
    tier: Tier::Balanced,
};

pub static FOOTER_HEADING: Rule = Rule {
    id: "footer.heading",
    layer: Layer::Footer,
    why: "the page footer's own heading (\"Footer\", \"Footer navigation\"), a label for screen readers, and the footer after it",
    tier: Tier::Balanced,
};

pub static DISCLAIMER: Rule = Rule {
    id: "footer.disclaimer",
    layer: Layer::Footer,
    why: "the site's standing disclaimer closing the article: its content is for information only, not medical, legal or financial advice",
    tier: Tier::Balanced,
};

pub static SITE_NAME: Rule = Rule {
    id: "footer.site-name",
    layer: Layer::Footer,
    why: "a short Title Case line after the last paragraph: the site's name",
    tier: Tier::Balanced,
};

/// A copyright line: it starts with ©/(c)/Copyright and a year or sign, or it says
/// "All rights reserved". Prose about copyright law has neither shape.
static COPYRIGHT_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^\W*(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))|all\s+rights\s+reserved|©\s*\d{4}",
    )
    .expect("copyright regex")
});
/// "All rights reserved" in the languages of the stopword lists, written in ASCII letters: a
/// copyright line's phrase, blanked with its years when the site's name is read from it.
const RIGHTS_RESERVED_ASCII: &str = r"all\s+rights\s+reserved\.?|alle\s+rechte\s+vorbehalten\.?|todos\s+los\s+derechos\s+reservados\.?|todos\s+os\s+direitos\s+reservados\.?|tutti\s+i\s+diritti\s+riservati\.?|alle\s+rechten\s+voorbehouden\.?|hak\s+cipta(?:\s+dilindungi(?:\s+undang-undang)?)?\.?";
/// ... and in other letters (French, Russian, Chinese, Arabic, Hindi, Japanese, Korean, Hebrew,
/// Turkish, Polish, Thai, Greek, Vietnamese). They hold word characters that are not ASCII, so text where
/// [`YEAR_ASCII_RE`] runs has none of them.
const RIGHTS_RESERVED_OTHER: &str = r"tous\s+(?:les\s+)?droits\s+(?:sont\s+)?réservés\.?|все\s+права\s+защищены\.?|版权所有|版權所有|保留所有权利|جميع\s+الحقوق\s+محفوظة\.?|सर्वाधिकार\s+सुरक्षित\.?|無断転載を禁じます。?|無断転載禁止|모든\s+권리\s+보유\.?|무단\s*전재\s*(?:및\s*재배포\s*)?금지|כל\s+הזכויות\s+שמורות\.?|tüm\s+hakları\s+saklıdır\.?|wszelkie\s+prawa\s+zastrzeżone\.?|สงวนลิขสิทธิ์|με\s+επιφύλαξη\s+παντός\s+δικαιώματος\.?|bảo\s+lưu\s+mọi\s+quyền\.?";

static YEAR_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)(?:©|\(c\)|copyright|\d{{4}}\s*[-–]\s*\d{{4}}|\b\d{{4}}\b|{RIGHTS_RESERVED_ASCII}|{RIGHTS_RESERVED_OTHER}|,)"
    ))
    .expect("year regex")
});

/// [`YEAR_RE`] with Unicode off, for text whose characters that are not ASCII are neither word
/// characters nor whitespace ([`crate::text::other_chars_inert`]): there `\b`, `\d`, `\s` and
/// case folding decide alike with and without Unicode, so it finds the same matches, and its
/// lazy DFA runs over the sign and dashes of a copyright line instead of giving up at them.
/// (The dash of the class is an alternative: a class of bytes holds no character that is not
/// ASCII.)
static YEAR_ASCII_RE: Lazy<regex::bytes::Regex> = Lazy::new(|| {
    crate::text::ascii_regex(&format!(
        r"(?i)(?:©|\(c\)|copyright|\d{{4}}\s*(?:-|–)\s*\d{{4}}|\b\d{{4}}\b|{RIGHTS_RESERVED_ASCII}|,)"
    ))
});

/// A copyright notice as a site prints it: the sign or the word with a year ("© 2026 Condé Nast",
/// "© Microsoft 2025", "(c) Copyright 1990-1994", "Copyright © 2007"), or "All rights reserved"
/// as a sentence of its own. Prose about copyright ("the U.S. Copyright Office's May 2025
/// report") has no sign before its year and no such sentence. (ASCII classes: a Unicode word
/// class made the lazy DFA build many states on each new line.)
static NOTICE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"©\x{fe0f}?[ \t]*(?:[A-Za-z][A-Za-z0-9_.&' ]{0,40}[ \t])?[0-9]{4}|(?i:\(c\)[ \t]*(?:copyright[ \t]*)?[0-9]{4}|copyright[ \t]*(?:©|\(c\))?[ \t]*[0-9]{4})|(?:^|[.!|•·–-][ \t]*|[0-9][ \t]*[.,]?[ \t]*)(?:All [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)",
    )
    .expect("notice regex")
});

/// What a site's legal text says beside its copyright notice (ASCII letters in any case).
static LEGAL_MARKERS: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "trademark",
            "registered",
            "®",
            "™",
            "affiliate",
            "reproduc",
            "written permission",
            "written consent",
            "prior permission",
            "legal entit",
            "licensed under",
            "terms of use",
            "terms of service",
            "terms and conditions",
            "privacy policy",
            "user agreement",
            "all rights reserved",
        ])
        .expect("legal markers")
});

/// Words a legal notice may run to: a site's trademark and affiliate paragraph, not an article.
const LEGAL_NOTICE_MAX_WORDS: usize = 200;
/// The notice opens the line when it starts within its first words ("iHerb.com © Copyright
/// 1997-2026", "Rockstar Games, Inc. ©2005-19").
const NOTICE_OPENS_WITHIN_WORDS: usize = 5;

/// A long line that is a copyright notice and the site's legal text: the notice opens the line
/// and legal text follows ("© 2026 Condé Nast. All rights reserved. WIRED may earn a portion of
/// sales..."), or the line holds a notice and two other legal phrases ("...privacy policy -
/// terms of use - © 2025 Acme. All rights reserved."). Shorter copyright lines are
/// [`is_copyright`]'s. A console log that prints a vendor's copyright, or an article about
/// copyright law, has neither shape. For a line known to hold a clue word
/// ([`has_copyright_clue`]) and not to be a copyright line.
fn is_legal_notice_with_clue(line: &str) -> bool {
    if line.len() > 16 * LEGAL_NOTICE_MAX_WORDS
        || crate::text::surely_more_words(line, LEGAL_NOTICE_MAX_WORDS)
    {
        return false;
    }
    let Some(notice) = NOTICE_RE.find(line) else {
        return false;
    };
    let opens = word_count(&line[..notice.start()]) < NOTICE_OPENS_WITHIN_WORDS;
    let mut markers = LEGAL_MARKERS
        .find_iter(line)
        .filter(|m| m.end() <= notice.start() || m.start() >= notice.end())
        .map(|m| m.pattern());
    let Some(first) = markers.next() else {
        return false;
    };
    opens || markers.any(|m| m != first)
}

/// How a Chinese, Japanese or Korean site's copyright statement opens: "版权说明：…", "版權聲明",
/// "著作権について", "저작권"…
const REPRINT_NOTICE_OPENERS: [&str; 10] = [
    "版权说明",
    "版权声明",
    "版权保护",
    "版权所有",
    "版權說明",
    "版權聲明",
    "版權所有",
    "著作権について",
    "著作権",
    "저작권",
];

/// What such a statement forbids or grants: reprinting, copying.
const REPRINT_WORDS: [&str; 6] = ["转载", "轉載", "転載", "전재", "复制", "複製"];

/// The characters within which the statement opens (after the site's name: "中国日报网版权说明").
const REPRINT_NOTICE_OPENS_WITHIN: usize = 16;

/// A site's copyright statement in Chinese, Japanese or Korean: it opens with its heading word
/// within its first characters and speaks of reprinting ("中国日报网版权说明：凡注明来源为…未经允许禁止
/// 转载"), or is one short line ("版权所有 © 中国日报网"). Prose about a copyright holder
/// ("版权所有者可以…") is not one.
fn is_reprint_notice(line: &str) -> bool {
    // The opener is not ASCII and starts within the first characters: a line whose first
    // bytes are all ASCII has none (asked of every kept line, so only those bytes are read).
    let head = line
        .as_bytes()
        .get(..REPRINT_NOTICE_OPENS_WITHIN)
        .unwrap_or(line.as_bytes());
    if head.is_ascii() || line.len() > 16 * LEGAL_NOTICE_MAX_WORDS {
        return false;
    }
    let head_end = line
        .char_indices()
        .nth(REPRINT_NOTICE_OPENS_WITHIN)
        .map_or(line.len(), |(k, _)| k);
    let Some(at) = REPRINT_NOTICE_OPENERS
        .iter()
        .filter_map(|o| line[..head_end].find(o).map(|k| k + o.len()))
        .min()
    else {
        return false;
    };
    // "版权所有者", "版权所有人": the holder of a copyright, in a sentence.
    if line[at..].starts_with(['者', '人']) {
        return false;
    }
    REPRINT_WORDS.iter().any(|w| line.contains(w)) || line.chars().count() <= 40
}

/// How a wiki's footer opens the license of its pages (lower case).
const CONTENT_LICENSE_OPENERS: [&str; 2] =
    ["text is available under ", "content is available under "];

/// A wiki's license line, which MediaWiki prints under every page: "Text is available under the
/// Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this
/// site, you agree to the Terms of Use and Privacy Policy...", "Content is available under GNU
/// Free Documentation License 1.3 or later unless otherwise noted." It names a licence; a
/// sentence that opens alike and names none ("Text is available under request from the
/// archive.") is prose.
fn is_content_license(line: &str) -> bool {
    // Asked of every kept line: most open with another letter. (A block's plain text is
    // trimmed: the opener is at its start.)
    if !matches!(line.as_bytes().first(), Some(b'T' | b't' | b'C' | b'c')) {
        return false;
    }
    let opens = CONTENT_LICENSE_OPENERS.iter().any(|o| {
        line.as_bytes()
            .get(..o.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(o.as_bytes()))
    });
    opens
        && !crate::text::surely_more_words(line, CONTENT_LICENSE_MAX_WORDS)
        && LICENCE_WORD.find(line.as_bytes()).is_some()
}

/// A wiki's license line has at most this many words (Wikipedia's has 41).
const CONTENT_LICENSE_MAX_WORDS: usize = 80;

/// "License" or "licence", in any case.
static LICENCE_WORD: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["license", "licence"])
        .expect("licence words")
});

/// "(The Nation)", "(AP)", "— Reuters", "Source: APP".
static CREDIT_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:\((?P<a>[A-Z][\w.&' -]*)\)|(?:—|–|--)\s*(?P<b>[A-Z][\w.&' -]*)|(?i:source|courtesy|via)\s*:\s*(?P<c>[A-Z][\w.&' -]*))\.?$")
        .expect("credit regex")
});

/// The site name in a copyright line: the part beside a `|` that names someone, else what is
/// left of the notice after the sign, the years and "All rights reserved" (see [`name_in_part`]).
pub fn site_name_in_copyright(line: &str) -> Option<(usize, usize)> {
    let parts = split_with_offsets(line, &['|', '•', '·', '∙']);
    if parts.len() == 1 {
        return name_in_part(line);
    }
    let (notices, others): (Vec<_>, Vec<_>) = parts
        .into_iter()
        .partition(|(_, p)| COPYRIGHT_RE.is_match(p));
    others
        .into_iter()
        .chain(notices)
        .find_map(|(off, p)| name_in_part(p).map(|(a, b)| (off + a, off + b)))
}

/// What ends a site's name in its copyright notice: the rights phrase, a credit, a link to a
/// policy, a registration, an owner ("Scratch Kitchen. Terms of Service", "KeebsForAll. Powered
/// by Shopify", "Accounting.com, a Red Ventures Company"). Lower case.
const NAME_ENDS: &[&str] = &[
    "all rights reserved",
    "all right reserved",
    "powered by",
    "built by",
    "registered",
    "privacy",
    "terms",
    "cookie",
    ", a ",
    ", an ",
];

/// What makes a notice's part no site's name: the credit of a theme, a designer or the forum's
/// software ("FLEX Pro WordPress Theme by SNO", "Community platform by XenForo"). Lower case.
const NOT_SITE_NAMES: &[&str] = &[
    "theme by",
    "design by",
    "designed by",
    "website by",
    "site by",
    "platform by",
    "software by",
    "developed by",
    "site credits",
    "made with",
    "registration number",
];

/// A Chinese site's licence number ends its name too: "东方日报社 沪ICP备12345678号" (the
/// province's one-character abbreviation, then "ICP备" or "ICP证").
const ICP_PROVINCES: &str =
    "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新";

/// [`NAME_ENDS`], then [`NOT_SITE_NAMES`], found in one pass (ASCII letters in any case), then
/// the licence numbers of [`ICP_PROVINCES`] (which end a name as [`NAME_ENDS`] do).
static NAME_MARKS: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    let icp = ICP_PROVINCES
        .chars()
        .map(|p| format!("{p}icp"))
        .chain(["icp备".to_string(), "icp证".to_string()]);
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(
            NAME_ENDS
                .iter()
                .map(|s| s.to_string())
                .chain(NOT_SITE_NAMES.iter().map(|s| s.to_string()))
                .chain(icp),
        )
        .expect("site name marks")
});

/// Legal forms after a company's name, which its site's name goes without ("Flatworld
/// Solutions Inc." is the site "Flatworld Solutions"), the longer of two that end alike first.
const LEGAL_FORMS: &[&str] = &[
    "pty ltd", "pvt ltd", "inc", "llc", "l.l.c", "ltd", "limited", "gmbh", "b.v", "bv", "s.a",
    "ag", "plc", "llp", "corp",
];

/// The site's name in one part of a copyright line, as a byte range of `p`: the part with the
/// sign, years and rights phrase blanked, cut at [`NAME_ENDS`], without a leading "by" or
/// dash, a trailing legal form or a mark ("®"). None when nothing that reads as a name is left:
/// a link to a policy ("Your Privacy Choices"), a credit, a registration or an address (a run of
/// five digits or more).
fn name_in_part(p: &str) -> Option<(usize, usize)> {
    // One search for both lists: the first end of the name, unless a credit rules it out.
    let mut end = p.len();
    for m in NAME_MARKS.find_overlapping_iter(p) {
        let k = m.pattern().as_usize();
        if (NAME_ENDS.len()..NAME_ENDS.len() + NOT_SITE_NAMES.len()).contains(&k) {
            return None;
        }
        end = end.min(m.start());
    }
    let cleaned = blank_years(p);
    let edge = |c: char| c.is_whitespace() || matches!(c, '.' | ',' | '-' | '–' | '—' | '®' | ':');
    let mut name = cleaned
        .get(..end)
        .unwrap_or(&cleaned)
        .trim_start_matches(edge);
    let mut start = end.min(cleaned.len()) - name.len();
    if name.len() > 3 && name.get(..3).is_some_and(|b| b.eq_ignore_ascii_case("by ")) {
        name = name[3..].trim_start_matches(edge);
        start = end - name.len();
    }
    let mut name = name.trim_end_matches(edge);
    // "Splashtop Inc.", "The Independent Traveler, Inc", "Acme Pty Ltd".
    for form in LEGAL_FORMS {
        let n = name.len();
        if n > form.len() + 1
            && name
                .get(n - form.len()..)
                .is_some_and(|f| f.eq_ignore_ascii_case(form))
            && name.as_bytes()[n - form.len() - 1] == b' '
        {
            name = name[..n - form.len()].trim_end_matches(edge);
            break;
        }
    }
    let digits_run = name
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() >= 5);
    let words = word_count(name);
    (name.chars().any(char::is_alphabetic)
        && (1..=8).contains(&words)
        && !digits_run
        && !is_link_label(name))
    .then(|| (start, start + name.len()))
}

/// Words of a site's links to its policies and forms, lower case: a "name" made of these only
/// ("Your Privacy Choices", "Cancellation Policy", "Email Subscribe") is a link's label.
const LINK_WORDS: &[&str] = &[
    "&",
    "accessibility",
    "admin",
    "agreement",
    "and",
    "cancellation",
    "choices",
    "conditions",
    "contact",
    "cookies",
    "disclaimer",
    "disclaimers",
    "disclosure",
    "disclosures",
    "do",
    "email",
    "information",
    "legal",
    "log",
    "login",
    "my",
    "not",
    "notice",
    "of",
    "personal",
    "policies",
    "policy",
    "preferences",
    "privacy",
    "sell",
    "service",
    "settings",
    "sitemap",
    "statement",
    "subscribe",
    "terms",
    "trademark",
    "us",
    "use",
    "your",
];

/// Is `name` a link's label, all of its words [`LINK_WORDS`]?
fn is_link_label(name: &str) -> bool {
    name.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !crate::text::is_alphanumeric(c) && c != '&');
        LINK_WORDS.contains(&w.to_lowercase().as_str())
    })
}

/// `p` with each match of [`YEAR_RE`] turned into as many spaces as it has bytes, so that
/// offsets stay. (Found with `find_iter`: a replacement by a closure makes the regex find
/// capture groups too, several times the work.)
fn blank_years(p: &str) -> std::borrow::Cow<'_, str> {
    let (mut out, mut last, mut found) = (String::new(), 0, false);
    let mut blank = |(start, end): (usize, usize)| {
        out.push_str(&p[last..start]);
        out.extend(std::iter::repeat_n(' ', end - start));
        last = end;
        found = true;
    };
    // A copyright line's sign and dashes send the Unicode pattern's `\b` to the slower engines.
    if crate::text::other_chars_inert(p) {
        YEAR_ASCII_RE
            .find_iter(p.as_bytes())
            .for_each(|m| blank((m.start(), m.end())));
    } else {
        YEAR_RE
            .find_iter(p)
            .for_each(|m| blank((m.start(), m.end())));
    }
    if !found {
        return std::borrow::Cow::Borrowed(p);
    }
    out.push_str(&p[last..]);
    std::borrow::Cow::Owned(out)
}

/// Splits `s` at any of `seps`, returning each part with its byte offset in `s`.
pub fn split_with_offsets<'s>(s: &'s str, seps: &[char]) -> Vec<(usize, &'s str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if seps.contains(&c) {
            out.push((start, &s[start..i]));
            start = i + c.len_utf8();
        }
    }
    out.push((start, &s[start..]));
    out
}

pub fn is_copyright(line: &str) -> bool {
    has_copyright_clue(line.as_bytes()) && is_copyright_with_clue(line)
}

/// [`is_copyright`] of a line known to hold a clue word.
fn is_copyright_with_clue(line: &str) -> bool {
    line.len() <= 400
        && !crate::text::surely_more_words(line, 30)
        && COPYRIGHT_RE.is_match(line)
        && word_count(line) <= 30
}

/// Whether the line holds a word every copyright line holds: "©", "(c)", "copyright" or
/// "reserved" (ASCII letters in any case). Finding none is cheaper than the pattern.
#[inline(always)]
fn has_copyright_clue(b: &[u8]) -> bool {
    first_clue_pair_window(b).is_some_and(|from| find_copyright_clue(b, from))
}

/// Where the first window holding two bytes in a row of a clue starts: ©'s two bytes, "(c", the
/// "py" of copyright or the "rv" of reserved (ASCII letters in any case). Most lines have none,
/// and are ruled out 16 bytes at a time in vector code (a zero byte pads a short line: it is in
/// no clue). No clue's pair comes before that place, so neither does the byte
/// [`find_copyright_clue`] finds it by (the pair's first or second byte).
fn first_clue_pair_window(b: &[u8]) -> Option<usize> {
    crate::text::first_window(b, 0, clue_pair_in_window)
}

/// Whether a window of [`crate::text::any_window`] holds two bytes of a clue in a row.
#[inline(always)]
fn clue_pair_in_window(w: &[u8; 17]) -> bool {
    crate::text::pair_in_window(w, |c, n| {
        // Setting bit 0x20 folds P, R and C onto p, r and c (and only those bytes onto them).
        let (c_low, n_low) = (c | 0x20, n | 0x20);
        (u8::from(c == 0xC2) & u8::from(n == 0xA9))
            | (u8::from(c == b'(') & u8::from(n_low == b'c'))
            | (u8::from(c_low == b'p') & u8::from(n_low == b'y'))
            | (u8::from(c_low == b'r') & u8::from(n_low == b'v'))
    })
}

/// The exact look for a clue of [`has_copyright_clue`], from byte `from` on (the bytes before
/// it are compared as context). Each clue is looked for by a byte of it that is rare in text
/// (©'s second byte, the bracket, the "p" of copyright, the "v" of reserved), eight bytes at a
/// time, then compared around it.
fn find_copyright_clue(b: &[u8], from: usize) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte of `x` equal to `c` (exact: no borrow between bytes).
    let eq = |x: u64, c: u8| {
        let t = x ^ (c as u64 * ONES);
        !(((t & !HIGH) + !HIGH) | t) & HIGH
    };
    let at = |i: usize| match b[i] {
        0xA9 => i > 0 && b[i - 1] == 0xC2,
        b'(' => b
            .get(i + 1..i + 3)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"c)")),
        b'p' | b'P' => {
            i >= 2
                && b.get(i - 2..i + 7)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"copyright"))
        }
        b'v' | b'V' => {
            i >= 5
                && b.get(i - 5..i + 3)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"reserved"))
        }
        _ => false,
    };
    let mut i = from;
    while let Some(c) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        // Setting bit 0x20 folds P and V onto p and v (and a few other bytes onto the four,
        // which the compare then turns down).
        let y = x | (0x20 * ONES);
        let mut m = eq(x, 0xA9) | eq(x, b'(') | eq(y, b'p') | eq(y, b'v');
        while m != 0 {
            if at(i + (m.trailing_zeros() / 8) as usize) {
                return true;
            }
            m &= m - 1;
        }
        i += 8;
    }
    (i..b.len()).any(at)
}

pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    let (copyright_on, legal_on) = (rs.on(&COPYRIGHT), rs.on(&LEGAL_NOTICE));
    if copyright_on || legal_on {
        for i in 0..doc.blocks.len() {
            if !doc.blocks[i].is_kept() {
                continue;
            }
            let line = &doc.blocks[i].plain;
            // Both shapes hold a clue word, which most lines lack: looked for once.
            if has_copyright_clue(line.as_bytes()) {
                if is_copyright_with_clue(line) {
                    if copyright_on {
                        if doc.metadata.site_name.is_none() {
                            if let Some((a, b)) = site_name_in_copyright(line) {
                                let value = line[a..b].to_string();
                                doc.metadata.site_name =
                                    Some(doc.field(i, a, b, value, &COPYRIGHT));
                            }
                        }
                        doc.remove(i, &COPYRIGHT, None);
                        continue;
                    }
                } else if legal_on && is_legal_notice_with_clue(line) {
                    doc.remove(i, &LEGAL_NOTICE, None);
                    continue;
                }
            }
            // A Chinese, Japanese or Korean site's copyright and reprint statement holds none
            // either.
            if legal_on && is_reprint_notice(line) {
                doc.remove(i, &LEGAL_NOTICE, None);
                continue;
            }
            // A wiki's license line holds no clue word.
            if legal_on && is_content_license(line) {
                doc.remove(i, &LEGAL_NOTICE, None);
            }
        }
    }
    if rs.on(&AFTER_COPYRIGHT) && !doc.is_html_page() {
        remove_after_copyright(doc);
    }
    if rs.on(&FOOTER_HEADING) && !doc.is_html_page() {
        remove_from_footer_heading(doc);
    }
}

/// The headings a page gives its footer for screen readers, which a text dump renders as lines
/// of their own (lower case, without a colon). [`is_footer_heading`] also takes a name before
/// "footer".
const FOOTER_HEADINGS: &[&str] = &[
    "footer",
    "site footer",
    "page footer",
    "footer navigation",
    "footer menu",
    "footer links",
];

/// The words of a kept block, none of a removed one. (A block's plain text is collapsed: its
/// spaces give its words.)
fn kept_words(b: &crate::doc::Block) -> usize {
    if b.is_kept() {
        crate::text::collapsed_word_count(&b.plain)
    } else {
        0
    }
}

/// Whether a line is the footer's heading: one of [`FOOTER_HEADINGS`], or a one-word name and
/// "footer" ("Apple Footer", "Board footer": the site's or the forum's name before it).
fn is_footer_heading(line: &str) -> bool {
    let t = crate::text::trim_ws(line).trim_end_matches(':');
    t.len() <= 30 && footer_at_an_end(t) && names_the_footer(t)
}

/// [`is_footer_heading`]'s match on the trimmed line, without the quick test of its ends.
fn names_the_footer(t: &str) -> bool {
    if FOOTER_HEADINGS.iter().any(|h| t.eq_ignore_ascii_case(h)) {
        return true;
    }
    let mut words = t.split(' ');
    matches!(
        (words.next(), words.next(), words.next()),
        (Some(name), Some(last), None)
            if last.eq_ignore_ascii_case("footer")
                && name.chars().next().is_some_and(char::is_alphanumeric)
                && !FOOTER_HEADINGS.iter().any(|h| name.eq_ignore_ascii_case(h))
    )
}

/// Whether `t` starts or ends with "footer" in either case, as every footer heading does (each
/// of [`FOOTER_HEADINGS`], and a name before "footer"): [`is_footer_heading`] runs on every line
/// until one is found, and most lines are ruled out by two compares of six bytes.
fn footer_at_an_end(t: &str) -> bool {
    let b = t.as_bytes();
    let head = b.get(..6);
    let tail = b.len().checked_sub(6).and_then(|at| b.get(at..));
    head.is_some_and(|h| h.eq_ignore_ascii_case(b"footer"))
        || tail.is_some_and(|h| h.eq_ignore_ascii_case(b"footer"))
}

/// Whether a kept line opens the footnotes of a footer: the word itself ("Footnotes") or a
/// note led by its mark ("* Financing available to qualified customers...", "◊ Apple Card
/// Monthly Installments..."). A tutorial's section on footers opens with neither.
fn opens_footnotes(line: &str) -> bool {
    let t = crate::text::trim_ws(line);
    t.eq_ignore_ascii_case("footnotes")
        || t.eq_ignore_ascii_case("footnote")
        || t.starts_with(['*', '†', '‡', '◊', '∆', '§', '¹', '²', '³'])
}

/// The words kept before a footer heading that opens footnotes are at least this share of the
/// page's: a shop's product page may print more footnotes (financing terms, trade-in values)
/// than text of its own, but a page whose footer comes first is nearly all after it.
const FOOTNOTES_MIN_BEFORE_SHARE: f64 = 0.15;

/// The footer's heading ("Footer", "Footer navigation") and everything after it, when little is
/// left after it ([`AFTER_COPYRIGHT_MAX_SHARE`] of the words kept) and no paragraph of prose
/// opens it: a tutorial's section on footers goes on with prose. A footer that opens with its
/// footnotes (legal prose, often long) may be longer, up to all but
/// [`FOOTNOTES_MIN_BEFORE_SHARE`] of the words.
fn remove_from_footer_heading(doc: &mut Doc) {
    let n = doc.blocks.len();
    let Some(at) = (0..n).find(|&i| is_footer_heading(&doc.blocks[i].plain)) else {
        return;
    };
    let after: usize = doc.blocks[at + 1..].iter().map(kept_words).sum();
    let before: usize = doc.blocks[..at].iter().map(kept_words).sum();
    let next = doc.blocks[at + 1..].iter().find(|b| b.is_kept());
    if next.is_some_and(|b| opens_footnotes(&b.plain)) {
        if (before as f64) < FOOTNOTES_MIN_BEFORE_SHARE * (after + before) as f64 {
            return;
        }
    } else {
        if after as f64 > AFTER_COPYRIGHT_MAX_SHARE * (after + before) as f64 {
            return;
        }
        let prose_next = next.is_some_and(|b| {
            let t = crate::text::trim_ws(&b.plain);
            ends_sentence(t) && crate::text::collapsed_word_count(t) >= AFTER_COPYRIGHT_PROSE_WORDS
        });
        if prose_next {
            return;
        }
    }
    for i in at..n {
        doc.remove(i, &FOOTER_HEADING, None);
    }
}

/// The text after a page's closing copyright line is at most this share of the words kept so
/// far. More is not what follows a footer: a page that prints its footer before the article
/// (a text dump of some news sites), or a copyright line inside a long page.
const AFTER_COPYRIGHT_MAX_SHARE: f64 = 0.3;

/// ... or at most this share (three times the words before the line) when the text after it
/// holds few paragraphs of prose: a shop's or a forum's overlays (sign-in, rewards, consent
/// settings with a paragraph of terms each) outweigh a listing's or a product's short text, but
/// an article printed after the footer is paragraphs of prose.
const AFTER_COPYRIGHT_OVERLAY_SHARE: f64 = 0.75;
/// The paragraphs of prose (see [`AFTER_COPYRIGHT_PROSE_WORDS`]) that overlays hold at most.
const AFTER_COPYRIGHT_OVERLAY_PROSE: usize = 15;
/// A paragraph of prose has this many words or more and ends a sentence.
const AFTER_COPYRIGHT_PROSE_WORDS: usize = 20;

/// A line that closes a page: it opens with the sign or the word ("© 2025 Acme", "Copyright ©
/// 2026 Apple Inc.") or says "All rights reserved". A photo credit that ends with "© 2024 Jane
/// Doe" inside a paragraph does not.
fn closes_page(line: &str) -> bool {
    let t =
        line.trim_start_matches(|c: char| !crate::text::is_alphanumeric(c) && c != '©' && c != '(');
    t.starts_with('©')
        || t.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("(c)"))
        || t.get(..9)
            .is_some_and(|h| h.eq_ignore_ascii_case("copyright"))
        || crate::text::contains_ascii_ci(line, "all rights reserved")
}

/// A text dump renders what the page hides along with what it shows: cookie settings, a size
/// guide, a video's transcript, a menu for phones. Browsers put such layers at the end of the
/// document, after the footer, so a dump shows them after the page's copyright line; the
/// article is before it. Judged on the last such line, when little is left after it, or not
/// much more than before it and few paragraphs of prose (overlays, not an article).
fn remove_after_copyright(doc: &mut Doc) {
    let n = doc.blocks.len();
    let Some(last) = (0..n).rev().find(|&i| {
        let b = &doc.blocks[i];
        b.is_removed_by(&COPYRIGHT) && closes_page(&b.plain)
    }) else {
        return;
    };
    let after: usize = doc.blocks[last + 1..].iter().map(kept_words).sum();
    if after == 0 {
        return;
    }
    // The words before the line are counted only until there are enough of them: more words
    // only make the share after it smaller.
    let mut total = after;
    let few_after = |total: usize| after as f64 <= AFTER_COPYRIGHT_MAX_SHARE * total as f64;
    for b in &doc.blocks[..last] {
        if few_after(total) {
            break;
        }
        total += kept_words(b);
    }
    if !few_after(total) && !overlays_after(doc, last, after) && !opens_with_dialog(doc, last) {
        return;
    }
    for i in last + 1..n {
        doc.remove(i, &AFTER_COPYRIGHT, None);
    }
}

/// The labels of a dialog's close button, lower-case, as a dump renders them on a line of their
/// own.
const DIALOG_CLOSE_LABELS: &[&str] = &[
    "close",
    "close dialog",
    "close modal",
    "close window",
    "dismiss",
    "×",
    "✕",
    "✖",
];

/// A dialog's title has at most this many words.
const DIALOG_TITLE_MAX_WORDS: usize = 6;

/// Whether the kept text after block `last` opens with a dialog: a short title and its close
/// button under it ("Refund policy" over "Close"). However long the text after the page's
/// copyright line, it is then the page's overlays (a shop's policies, a size guide), which may
/// outweigh a product's short text many times; an article that a dump prints after its footer
/// opens with a headline and prose, not with a close button.
fn opens_with_dialog(doc: &Doc, last: usize) -> bool {
    let mut kept = doc.blocks[last + 1..]
        .iter()
        .filter(|b| b.is_kept())
        .map(|b| crate::text::trim_ws(&b.plain));
    let is_close = |t: &str| {
        DIALOG_CLOSE_LABELS
            .iter()
            .any(|l| t.eq_ignore_ascii_case(l))
    };
    match (kept.next(), kept.next()) {
        (Some(title), Some(close)) => {
            is_close(close)
                && !is_close(title)
                && !ends_sentence(title)
                && title.chars().next().is_some_and(char::is_alphanumeric)
                && crate::text::collapsed_word_count(title) <= DIALOG_TITLE_MAX_WORDS
        }
        _ => false,
    }
}

/// Whether the kept text after block `last` (`after` words), too long for the plain share, is
/// overlays: at most [`AFTER_COPYRIGHT_OVERLAY_SHARE`] of the kept words and at most
/// [`AFTER_COPYRIGHT_OVERLAY_PROSE`] paragraphs of prose. (Counted only as far as the decision
/// needs: linear in the blocks.)
fn overlays_after(doc: &Doc, last: usize, after: usize) -> bool {
    let before: usize = doc.blocks[..last]
        .iter()
        .filter(|b| b.is_kept())
        .map(|b| crate::text::collapsed_word_count(&b.plain))
        .sum();
    if after as f64 > AFTER_COPYRIGHT_OVERLAY_SHARE * (after + before) as f64 {
        return false;
    }
    doc.blocks[last + 1..]
        .iter()
        .filter(|b| {
            b.is_kept() && {
                let t = crate::text::trim_ws(&b.plain);
                crate::text::ends_sentence(t)
                    && crate::text::collapsed_word_count(t) >= AFTER_COPYRIGHT_PROSE_WORDS
            }
        })
        .take(AFTER_COPYRIGHT_OVERLAY_PROSE + 1)
        .count()
        <= AFTER_COPYRIGHT_OVERLAY_PROSE
}

/// The positional footer rules: source credits and the site-name line at the end of the article.
/// They run after every content rule and dedup, when the end of the article is known.
/// A source credit line of the kind [`apply_tail`] takes from the end of an article.
pub(crate) fn is_credit_line(t: &str) -> bool {
    CREDIT_RE.is_match(t.trim())
}

pub fn apply_tail(doc: &mut Doc, rs: &Ruleset) {
    // The tail of the article as the later layers will leave it: bylines, category and date
    // lines are the metadata layer's, and looking through them keeps these positional rules
    // stable when the clean body is cleaned again.
    // Only its end is looked at: it is walked from the last block back, as far as needed.
    let in_tail = |doc: &Doc, i: usize| {
        let b = &doc.blocks[i];
        b.is_kept() && !(byline::is_byline(&b.plain) || meta::is_metadata_line(&b.plain))
    };
    if rs.on(&SOURCE_CREDIT) {
        // Credits close the article: they are taken from its trailer, the last lines that are
        // each a credit or a site-name-like line. All credits of the trailer go at once, so that
        // the clean body has none left to find. (Removing one leaves the blocks before it as
        // they were.)
        for i in (0..doc.blocks.len()).rev() {
            if !in_tail(doc, i) {
                continue;
            }
            let t = crate::text::trim_ws(&doc.blocks[i].plain);
            let credit = Some(t)
                .filter(|t| CREDIT_RE.is_match(t))
                .and_then(|t| CREDIT_RE.captures(t))
                .and_then(|c| c.name("a").or(c.name("b")).or(c.name("c")))
                .filter(|m| m.as_str().len() <= 40 && word_count(m.as_str()) <= 5);
            let Some(m) = credit else {
                if is_site_name_like(t) {
                    continue;
                }
                break;
            };
            let off = t.as_ptr() as usize - doc.blocks[i].plain.as_ptr() as usize;
            let value = m.as_str().trim().to_string();
            if doc.metadata.source_credit.is_none() {
                doc.metadata.source_credit = Some(doc.field(
                    i,
                    off + m.start(),
                    off + m.start() + value.len(),
                    value,
                    &SOURCE_CREDIT,
                ));
            }
            doc.remove(i, &SOURCE_CREDIT, None);
        }
    }
    if rs.on(&DISCLAIMER) {
        remove_disclaimers(doc, in_tail);
    }
    if rs.on(&SITE_NAME) {
        let mut from_end = (0..doc.blocks.len()).rev().filter(|&i| in_tail(doc, i));
        if let (Some(last), Some(prev)) = (from_end.next(), from_end.next()) {
            let t = doc.blocks[last].plain.trim();
            let p = doc.blocks[prev].plain.trim();
            let prose_before = ends_sentence(p) && collapsed_more_words_than(p, 11);
            if prose_before && doc.blocks[last].line_count(&doc.src) == 1 && is_site_name_like(t) {
                if doc.metadata.site_name.is_none() {
                    let value = t.to_string();
                    let off = t.as_ptr() as usize - doc.blocks[last].plain.as_ptr() as usize;
                    doc.metadata.site_name =
                        Some(doc.field(last, off, off + value.len(), value, &SITE_NAME));
                }
                doc.remove(last, &SITE_NAME, None);
            }
        }
    }
}

/// What a standing disclaimer disclaims: that the page is advice ("not intended to replace the
/// advice of a medical professional", "is not a substitute for medical advice", "does not
/// provide tax, legal or accounting advice", "for informational purposes only").
static ADVICE_DISCLAIMED_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:not|no|never)\b[^.!?]{0,80}?\b(?:medical|legal|financial|tax|investment|accounting|professional|health|psychological)\s+(?:advice|diagnosis|treatment|counsel(?:ing)?|opinion)|\bsubstitute\s+for\s+(?:the\s+)?(?:advice|professional|medical|legal|financial)|\breplace\s+(?:the\s+)?(?:advice|professional|medical|legal|financial)\b",
    )
    .expect("advice disclaimed regex")
});

/// ...of what it speaks of: the site's own pages ("this website", "the information provided",
/// "our content"), or a paragraph labelled "Disclaimer". An article about advice in general
/// ("an app is no substitute for a doctor's advice, the study found") names neither.
static OWN_CONTENT_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^\W*disclaimers?\b|\b(?:this|our) (?:website|web site|site|blog|article|post|content|information|material|page|podcast|newsletter|video|channel)\b|\bthe (?:information|content|material)s? (?:provided|contained|on|in|published|shared|presented|found)\b",
    )
    .expect("own content regex")
});

/// A disclaimer has at most this many words...
const DISCLAIMER_MAX_WORDS: usize = 150;
/// ...and disclaims advice within its first bytes (its first sentence or two).
const DISCLAIMER_ADVICE_WITHIN: usize = 300;
/// Kept lines from the end that are looked at for disclaimers.
const DISCLAIMER_LOOKBACK: usize = 12;
/// A paragraph of the article has at least this many words; shorter lines after the article
/// (links, labels) are looked past.
const DISCLAIMER_PROSE_WORDS: usize = 25;

/// Is `t` a site's standing disclaimer ([`ADVICE_DISCLAIMED_RE`] early in it, of its own
/// content, [`OWN_CONTENT_RE`])?
fn is_disclaimer(t: &str) -> bool {
    crate::text::collapsed_word_count(t) <= DISCLAIMER_MAX_WORDS
        && ADVICE_DISCLAIMED_RE
            .find(t)
            .is_some_and(|m| m.start() < DISCLAIMER_ADVICE_WITHIN)
        && OWN_CONTENT_RE.is_match(t)
}

/// `footer.disclaimer`: from the end of the kept text back, the paragraphs that are a site's
/// standing disclaimer ([`is_disclaimer`]), past the short lines after them, up to the
/// article's last paragraph of another kind; and a "Disclaimer" label right above one.
fn remove_disclaimers(doc: &mut Doc, in_tail: impl Fn(&Doc, usize) -> bool) {
    let mut found = Vec::new();
    let mut looked = 0;
    for i in (0..doc.blocks.len()).rev() {
        if !doc.blocks[i].is_kept() {
            continue;
        }
        // (Only the last few lines: a page of short lines is not walked whole.)
        looked += 1;
        if looked > DISCLAIMER_LOOKBACK {
            break;
        }
        let t = crate::text::trim_ws(&doc.blocks[i].plain);
        if !crate::text::has_words(t, DISCLAIMER_PROSE_WORDS) || !in_tail(doc, i) {
            continue;
        }
        if !is_disclaimer(t) {
            break;
        }
        found.push(i);
    }
    for i in found {
        doc.remove(i, &DISCLAIMER, None);
        let label = (0..i).rev().find(|&k| doc.blocks[k].is_kept());
        if let Some(k) = label {
            let l =
                crate::text::trim_ws(&doc.blocks[k].plain).trim_end_matches([':', '(', 's', ')']);
            if l.eq_ignore_ascii_case("disclaimer") {
                doc.remove(k, &DISCLAIMER, None);
            }
        }
    }
}

/// One to four Title Case words with letters, no digits, no full stop: "Pakistan Cyber Force".
pub(crate) fn is_site_name_like(t: &str) -> bool {
    t.len() <= 40
        && (1..=4).contains(&word_count(t))
        // A capital to read Title Case by: a script without case (Arabic, Chinese) shows none,
        // and its short lines are no more a name than any other.
        && t.chars().any(char::is_uppercase)
        && is_title_case(t)
        && !ends_sentence(t)
        && !t.chars().any(|c| c.is_ascii_digit())
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&COPYRIGHT_RE);
    Lazy::force(&YEAR_RE);
    Lazy::force(&YEAR_ASCII_RE);
    Lazy::force(&CREDIT_RE);
    Lazy::force(&NOTICE_RE);
    Lazy::force(&LEGAL_MARKERS);
    Lazy::force(&LICENCE_WORD);
    Lazy::force(&NAME_MARKS);
    Lazy::force(&ADVICE_DISCLAIMED_RE);
    Lazy::force(&OWN_CONTENT_RE);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`is_footer_heading`] without [`footer_at_an_end`]'s test, which must never rule out a
    /// heading.
    fn is_footer_heading_plain(line: &str) -> bool {
        let t = crate::text::trim_ws(line).trim_end_matches(':');
        t.len() <= 30 && names_the_footer(t)
    }

    #[test]
    fn footer_at_an_end_never_rules_out_a_heading() {
        let mut extra: Vec<String> = FOOTER_HEADINGS.iter().map(|h| h.to_string()).collect();
        for h in FOOTER_HEADINGS {
            extra.extend([format!("  {h}: "), format!("{h}:"), format!("Apple {h}")]);
        }
        extra.extend(
            [
                "Apple Footer",
                "Board footer:",
                "Footer",
                "FOOTER",
                "footers",
                "a footer b",
                "Site  footer",
                "Été footer",
                "footer é",
                "Footé",
                "Fußfooter",
                "Footer Menu",
                "Page Footer:",
                "é",
                "",
                " ",
                "footer navigation and more",
                "sitefooter",
            ]
            .map(String::from),
        );
        let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
        let lines = crate::text::prefilter_test_lines(&extra);
        let mut found = 0;
        for l in &lines {
            let want = is_footer_heading_plain(l);
            assert_eq!(is_footer_heading(l), want, "{l:?}");
            found += usize::from(want);
        }
        assert!(found > 20, "{found}");
    }

    /// An article of eight paragraphs, then `tail`.
    fn article_then(tail: &str) -> String {
        let para = "The council approved the new budget for the city's schools on Tuesday after a \
                    long debate, and the mayor said the vote was a turning point for the district.";
        format!(
            "Council approves the school budget\n\n{}{tail}",
            format!("{para}\n\n").repeat(8)
        )
    }

    #[test]
    fn the_footers_heading_and_what_follows_it_go() {
        let input = article_then(
            "Footer\n\nJoin IKEA Family\n\nCustomer Service\nFAQ\nDelivery & shipping\n",
        );
        let doc = crate::clean(&input);
        assert!(doc.body.ends_with("district."), "{}", doc.body);
        let removed: Vec<_> = doc
            .removals
            .iter()
            .filter(|r| r.rule == FOOTER_HEADING.id)
            .map(|r| &input[r.span.range()])
            .collect();
        assert_eq!(removed.first(), Some(&"Footer"));
        // A tutorial's section on footers goes on with prose, and stays.
        let tutorial = article_then(
            "Footer\n\nThe footer closes every page of the site with its contact details, and a \
             good one repeats the main links so that readers never reach a dead end.\n",
        );
        let doc = crate::clean(&tutorial);
        assert!(
            doc.body.contains("The footer closes every page"),
            "{}",
            doc.body
        );
        // Nor does a heading far from the page's end: most of the page is after it.
        let early = format!("Footer\n\n{}", article_then(""));
        let doc = crate::clean(&early);
        assert!(doc.removals.iter().all(|r| r.rule != FOOTER_HEADING.id));
    }

    #[test]
    fn years_blanked_as_by_replace_all() {
        let extra = [
            "© 2024 Acme Inc. All rights reserved.",
            "Copyright (c) 2019-2024 Acme, Ltd",
            "(C) 2020 – 2021 Café Zoë, all  rights reserved",
            "2024",
            "",
            "Acme",
            "©©, ,",
            "Copyright 12345 and 1999",
            // Characters that are not ASCII around and in the years: signs and dashes (the
            // ASCII form of the pattern), letters, digits and spaces (the Unicode one).
            "©2024–2025 Acme™ · All rights reserved",
            "é2024 2024é ©2024© –2024– \u{a0}2024\u{a0}",
            "Copyright ٢٠٢٤ Acme, 2024",
            "All right\u{17F} re\u{17F}erved, 2024-2025",
            "“2024” ‘1999’ 2020 — 2021",
            "© 2024 Talbote. Alle Rechte vorbehalten. Todos los derechos reservados",
            "Hak Cipta © 2024 Kabar Kota. HAK CIPTA DILINDUNGI UNDANG-UNDANG",
            "© 2024 Le Courrier — Tous droits réservés",
        ];
        let mut changed = 0;
        for l in &crate::text::prefilter_test_lines(&extra) {
            let want = YEAR_RE.replace_all(l, |c: &regex::Captures| " ".repeat(c[0].len()));
            let got = blank_years(l);
            assert_eq!(got, want, "{l:?}");
            assert_eq!(
                matches!(got, std::borrow::Cow::Borrowed(_)),
                matches!(want, std::borrow::Cow::Borrowed(_))
            );
            changed += usize::from(got != l.as_str());
        }
        assert!(changed >= 100, "{changed}");
    }

    /// [`blank_years`] blanks what [`YEAR_RE`] finds in every line of the dumps.
    #[test]
    #[ignore = "reads the WCXB dumps"]
    fn years_blanked_as_by_replace_all_on_every_dump_line() {
        for l in &crate::text::every_dump_line() {
            let want = YEAR_RE.replace_all(l, |c: &regex::Captures| " ".repeat(c[0].len()));
            assert_eq!(blank_years(l), want, "{l:?}");
        }
    }

    /// A site's name after the article reads as Title Case; a script without case has no such
    /// shape to read, and a short line in it ("Share on Facebook" in Arabic) is no name.
    #[test]
    fn site_name_lines_need_capitals() {
        for t in ["Valley Courier", "Pakistan Cyber Force", "Le Courrier"] {
            assert!(is_site_name_like(t), "{t:?}");
        }
        for t in [
            "شارك على فيسبوك",
            "城市新闻网",
            "share on facebook",
            "Read more.",
        ] {
            assert!(!is_site_name_like(t), "{t:?}");
        }
    }

    #[test]
    fn site_names_in_copyright_notices() {
        let name = |l: &str| site_name_in_copyright(l).map(|(a, b)| l[a..b].to_string());
        for (line, want) in [
            (
                "© 2025 Splashtop Inc. All rights reserved. All $ prices shown in USD",
                Some("Splashtop"),
            ),
            (
                "© 2025 Sweat, The Bikini Body Training Company Pty Ltd",
                Some("Sweat, The Bikini Body Training Company"),
            ),
            (
                "Copyright © 2025 KeebsForAll. Powered by Shopify",
                Some("KeebsForAll"),
            ),
            (
                "© 2025 Accounting.com, a Red Ventures Company",
                Some("Accounting.com"),
            ),
            ("© 2025 CR Maids. All right reserved", Some("CR Maids")),
            // The rights phrase in the other languages, after the name or before it.
            ("© 2024 Talbote. Alle Rechte vorbehalten.", Some("Talbote")),
            (
                "© 2024 Le Courrier. Tous droits réservés.",
                Some("Le Courrier"),
            ),
            (
                "© 2024 El Diario. Todos los derechos reservados.",
                Some("El Diario"),
            ),
            (
                "© 2024 Jornal da Vila. Todos os direitos reservados",
                Some("Jornal da Vila"),
            ),
            (
                "© 2024 La Gazzetta. Tutti i diritti riservati.",
                Some("La Gazzetta"),
            ),
            (
                "© 2024 Het Dorpsblad. Alle rechten voorbehouden.",
                Some("Het Dorpsblad"),
            ),
            (
                "© 2024 Городские вести. Все права защищены.",
                Some("Городские вести"),
            ),
            (
                "Hak Cipta © 2024 Kabar Kota. Hak cipta dilindungi undang-undang.",
                Some("Kabar Kota"),
            ),
            ("版权所有 © 2024 城市新闻网", Some("城市新闻网")),
            (
                "版权所有 © 2026 东方日报社 沪ICP备12345678号",
                Some("东方日报社"),
            ),
            ("جميع الحقوق محفوظة © 2024", None),
            ("सर्वाधिकार सुरक्षित © 2026", None),
            ("© 2026 दैनिक समाचार. सर्वाधिकार सुरक्षित", Some("दैनिक समाचार")),
            ("© 2026 みなと新聞 無断転載を禁じます", Some("みなと新聞")),
            ("© 2026 서울신문. 모든 권리 보유.", Some("서울신문")),
            (
                "© 2026 Günlük Haber. Tüm hakları saklıdır.",
                Some("Günlük Haber"),
            ),
            (
                "© 2026 Gazeta Miejska. Wszelkie prawa zastrzeżone.",
                Some("Gazeta Miejska"),
            ),
            ("© 2026 כל הזכויות שמורות", None),
            ("© 2026 ข่าวเมือง สงวนลิขสิทธิ์", Some("ข่าวเมือง")),
            (
                "© 2026 Η Εφημερίδα. Με επιφύλαξη παντός δικαιώματος.",
                Some("Η Εφημερίδα"),
            ),
            ("© 2024 by Sally Tomatoes", Some("Sally Tomatoes")),
            // A link's label, a theme's credit, a registration: no site's name.
            ("© 2025 | Your Privacy Choices", None),
            ("© 2025 Do Not Sell My Personal Information", None),
            ("© 2025 FLEX Pro WordPress Theme by SNO", None),
            ("© 2025 CST# 2086743", None),
        ] {
            assert_eq!(name(line).as_deref(), want, "{line:?}");
        }
    }

    #[test]
    fn multibyte_separators_in_copyright() {
        let line = "Copyright © 2026 Tailwind Labs Inc.·Trademark Policy";
        let (a, b) = site_name_in_copyright(line).unwrap();
        // (The link beside the notice names no site: the notice does.)
        assert_eq!(&line[a..b], "Tailwind Labs");
    }

    #[test]
    fn copyright_clues_are_found_as_the_word_search_finds_them() {
        let clues = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["©", "(c)", "copyright", "reserved"])
            .unwrap();
        let mut lines = crate::text::prefilter_test_lines(&[
            "© 2024",
            "(C) 2024",
            "(c",
            "c)",
            "COPYRIGHT",
            "copyrigh",
            "opyright",
            "All Rights Reserved.",
            "reserve",
            "Preserved",
            "\u{00A9}",
            "\u{00C2}\u{00A9}",
            "p",
            "v",
            "ppv (c) vv",
            "copy right",
            "xx\u{2029}reserved",
        ]);
        // A clue at every place after filler, and a clue's pair alone before it.
        for clue in ["©", "(c)", "Copyright", "RESERVED"] {
            for at in 0..40 {
                for lead in ["", "happy ", "r v (x "] {
                    lines.push(format!("{lead}{}{clue} tail", "a".repeat(at)));
                    let cut = clue.char_indices().last().map_or(0, |(i, _)| i);
                    lines.push(format!("{lead}{}{}", "a".repeat(at), &clue[..cut]));
                }
            }
        }
        for l in &lines {
            assert_eq!(has_copyright_clue(l.as_bytes()), clues.is_match(l), "{l:?}");
        }
    }

    #[test]
    fn reprint_notices() {
        for l in [
            "中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。",
            "版权保护：本网登载的内容（包括文字、图片、多媒体资讯等）版权属中国日报网独家所有使用。 未经中国日报网事先协议授权，禁止转载使用。",
            "版權所有 © 2024 聯合新聞網",
            "저작권자 © 연합뉴스, 무단 전재-재배포 금지",
        ] {
            assert!(is_reprint_notice(l), "{l}");
        }
        for l in [
            "版权所有者可以向法院提起诉讼，要求赔偿损失。",
            "法院认为，被告未经许可转载了原告的文章，侵犯了原告的著作权，应当承担赔偿责任。",
            "Copyright law protects the expression of ideas.",
        ] {
            assert!(!is_reprint_notice(l), "{l}");
        }
    }

    #[test]
    fn copyright_lines() {
        assert!(is_copyright(
            "© 2024 All rights reserved | Pakistan Observer"
        ));
        assert!(is_copyright(
            "Copyright 2019-2024 Dawn Media Group. All rights reserved."
        ));
        assert!(!is_copyright("Copyright law protects the expression of ideas, not the ideas themselves, the court held in 2019."));
        let l = "© 2024 All rights reserved | Pakistan Observer";
        let (a, b) = site_name_in_copyright(l).unwrap();
        assert_eq!(&l[a..b], "Pakistan Observer");
        let l = "Copyright © 2024 Dawn Media Group. All rights reserved.";
        let (a, b) = site_name_in_copyright(l).unwrap();
        assert_eq!(&l[a..b], "Dawn Media Group");
    }

    #[test]
    fn credits() {
        assert!(CREDIT_RE.is_match("(The Nation)"));
        assert!(CREDIT_RE.is_match("— Reuters"));
        assert!(!CREDIT_RE
            .is_match("(He declined to comment, and left the room before the vote was called.)"));
        assert!(!CREDIT_RE.is_match("- item one"));
    }

    /// [`is_legal_notice_with_clue`] of any line, as `apply` asks it.
    fn is_legal_notice(line: &str) -> bool {
        has_copyright_clue(line.as_bytes())
            && !is_copyright(line)
            && is_legal_notice_with_clue(line)
    }

    #[test]
    fn legal_notices() {
        let removed = [
            "© 2026 Condé Nast. All rights reserved. WIRED may earn a portion of sales from products that are purchased through our site as part of our Affiliate Partnerships with retailers. The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used.",
            "iHerb.com © Copyright 1997-2026 iHerb, LLC. All rights reserved. iHerb® is a registered trademark of iHerb, LLC. Statements made, or products sold through this website, have not been evaluated by the Food and Drug Administration.",
            "© Microsoft 2025. All Rights Reserved. Microsoft, Turn10 Studios, the Turn10 logo and Forza Horizon 5 are trademarks of the Microsoft group of companies, and the other names are the property of their owners.",
            // A row of legal links that ends with the notice (the sign with a variation selector).
            "Intellectual Property Protection - Privacy Policy - Sitemap - Terms of Use - Information for EU consumers - Legal Information / Imprint - Terms and Conditions for EU/EEA/UK Consumers - User Information Legal Enquiry Guide ©\u{fe0f}2010-2025 Example.com. All rights reserved.",
            "This material is for information only and may not reflect our current opinion. All rights reserved. No reproduction in whole or in part is permitted without the express written consent of the company, its affiliates and employees, who are not responsible for other sites.",
        ];
        for l in removed {
            assert!(is_legal_notice(l), "{l}");
        }
        let kept = [
            // Short: the copyright rule's.
            "© 2024 Acme Inc. All rights reserved. Terms of Use",
            // A console log that prints a vendor's notice.
            "------------------------------------------ BootRom Version 1.1 Memory Size: 128 MB ------------------------------------------ (c) Copyright 1990-1994, Hewlett-Packard Company. All rights reserved Press <ESCAPE> to stop boot sequence. Starting Auto boot Loading Initial Program Loader IPL successfully loaded Booting",
            // A credit with no legal text, and a man page's notice.
            "Copyright © 2011, Harvard University. For more information about The Healthy Eating Plate, please see The Nutrition Source, Department of Nutrition, Harvard T.H. Chan School of Public Health, and Harvard Health Publications.",
            "Copyright 1998-2000, 2002, 2005-2026 Free Software Foundation, Inc. This is free software; see the source for copying conditions. There is NO warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.",
            // Prose about copyright law, trademarks and the rights a work reserves.
            "The U.S. Copyright Office's May 2025 report on AI training acknowledged these challenges, and said that registered trademarks and the licences under which works are reproduced raise questions the courts have not settled, whatever the phrase all rights reserved once meant.",
        ];
        for l in kept {
            assert!(!is_legal_notice(l), "{l}");
        }
    }
}
