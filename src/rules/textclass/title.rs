//! The page's title: the `<title>` line at the top of a dump and the headline that repeats it
//! (`text.page-title`, `text.headline`, `text.title-line`, `text.title-only`, `text.site-suffix`),
//! and the header above a headline over its byline (`text.headline-over-byline`).

use super::*;

/// The line above the article (`meta.title`) is the headline the title line words for search
/// when they share this much of their words ([`crate::text::resemblance`]).
pub(super) const MIN_TITLE_RESEMBLANCE: f64 = 0.35;

/// A title line without a title's separator and with at most this many words gives way to a
/// longer headline over the article ([`title_line_value`]).
pub(super) const MAX_BARE_TITLE_LINE_WORDS: usize = 3;

/// The dump's title line, its site suffix stripped, is the title of a dump whose headline was not
/// found under it: none was found, or the line found above the article (`meta.title`) is unlike
/// it. That line is a section's label, a byline, a date or a comment count more often than the
/// headline when the page's own title does not resemble it.
pub(crate) fn title_from_title_line(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&TITLE_LINE) || doc.is_html_page() {
        return;
    }
    let Some(TitleLineValue { line: t, value }) = title_line_value(doc) else {
        return;
    };
    // The page's own headline, where the title line is an SEO title that no line repeats: the
    // line over the article's byline or date, when it shares words with the title line.
    if rs.on(&HEADLINE_OVER_BYLINE) {
        if let Some(j) = headline_over_byline(doc, &value) {
            // The same letters but for a slip of the page's text (a drop cap's space: "C ycle"):
            // the title line's words are the cleaner.
            let slip = same_but_for_a_slip(crate::text::trim_ws(&doc.blocks[j].plain), &value);
            doc.metadata.title = Some(if slip {
                title_line_field(doc, t, &value)
            } else {
                headline_field(doc, j)
            });
            // A line the rules of context took with the menus above it is the headline: this
            // rule says why it left the body. A line they kept stays, as the title line does:
            // taken out, it would leave the clean body another first line to judge.
            if !doc.blocks[j].is_kept() {
                doc.blocks[j].state = crate::doc::State::Removed {
                    rule: &HEADLINE_OVER_BYLINE,
                    detail: None,
                    duplicate_of: None,
                };
            }
            return;
        }
    }
    doc.metadata.title = Some(title_line_field(doc, t, &value));
}

/// The title line's field: `value`, read from `t`, the title line (its first block) trimmed.
fn title_line_field(doc: &Doc, t: &str, value: &str) -> MetaField {
    let plain = &doc.blocks[0].plain;
    let start = t.as_ptr() as usize - plain.as_ptr() as usize;
    let end = if t.starts_with(value) {
        start + value.len()
    } else {
        start + t.len()
    };
    doc.field(0, start, end, crate::text::collapse(value), &TITLE_LINE)
}

/// Whether `a` and `b` have the same letters and figures, in any case, with other spaces or
/// marks between them (at least [`MIN_SLIP_LETTERS`] of them): one is the other with a slip of
/// the page's text. A word more or less ("in 2025" for "(2025)") is another wording.
fn same_but_for_a_slip(a: &str, b: &str) -> bool {
    let letters = |s: &str| -> Vec<char> {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (letters(a), letters(b));
    a.len() >= MIN_SLIP_LETTERS && a == b
}

/// A headline and a title line with the same letters are the same title when they have this
/// many letters at least.
const MIN_SLIP_LETTERS: usize = 20;

/// A title line with more words is a paragraph that a dash parts, not a page's name.
const MAX_REMOVED_TITLE_LINE_WORDS: usize = 16;

/// Removes the dump's title line that no headline under it repeats (`text.title-line`): the
/// page's `<title>` ("Boss Office Chair & Reviews | Wayfair") is its name, reported as the
/// title, not a paragraph of its body. Only a line with a site's separator is taken, and only
/// when the next kept line has none: cleaning the clean body again then finds no title line
/// to take. (On the development dumps, no title line left in the body was in the gold body.)
pub(crate) fn remove_title_line(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&TITLE_LINE) || doc.is_html_page() {
        return;
    }
    if !doc.blocks.first().is_some_and(crate::doc::Block::is_kept) {
        return;
    }
    // A title's shape: a name and a site's, a few parts, no sentence. A paragraph's dash ("Take
    // control of your health — our network…") or a menu bar's bars ("new | past | comments")
    // make no title.
    let title_shaped = |t: &str| {
        let parts: usize = TITLE_SEPARATORS.iter().map(|s| t.matches(s).count()).sum();
        parts <= 2
            && crate::text::word_count(t) <= MAX_REMOVED_TITLE_LINE_WORDS
            && !t.ends_with(['.', '!', ':', ','])
            && !t.contains(". ")
    };
    match title_line(doc) {
        Some(t) if has_title_separator(t) && title_shaped(t) => {}
        _ => return,
    }
    let next_separated = doc
        .kept_iter()
        .nth(1)
        .is_some_and(|i| has_title_separator(crate::text::trim_ws(&doc.blocks[i].plain)));
    if !next_separated {
        doc.remove(0, &TITLE_LINE, None);
    }
}

/// The title line of a dump whose title it gives, and that title (its site suffix and marks
/// stripped).
pub(super) struct TitleLineValue<'d> {
    line: &'d str,
    value: String,
}

/// The title line and its title, when the dump's title is to come from it (see
/// [`title_from_title_line`]): no headline was found under it, or the line found above the
/// article is unlike it, or only repeats the site's name.
pub(super) fn title_line_value<'d>(doc: &'d Doc<'_>) -> Option<TitleLineValue<'d>> {
    let t = title_line(doc)?;
    // A headline that repeats only the site's name the title line ends with is the site's logo
    // or its name in the footer ("8 Recent Trends in Photography - Flatworld Solutions" over a
    // page whose "Flatworld Solutions" line is its logo's text): the page is not named by it.
    // (Its lines stay removed: they are the site's name, not the article's.)
    // A short name that repeats what follows a separator of the title line is the site's or
    // the section's name there too ("Quickstart — Flask Documentation (3.1.x)" over a "Flask
    // Documentation (3.1.x)" logo line): the page's name is what precedes it.
    // (Tried when the title line's suffix, as it is stripped, does not name it: the suffix is
    // stripped then, section and all.)
    let headline = doc
        .metadata
        .title
        .as_ref()
        .filter(|f| f.rule == HEADLINE.id);
    let names_site = headline.is_some_and(|f| names_only_the_site(t, &f.value));
    let head_before_site = headline
        .filter(|_| !names_site)
        .and_then(|f| head_before_name(t, &f.value));
    let site_headline = names_site || head_before_site.is_some();
    if doc
        .metadata
        .title
        .as_ref()
        .is_some_and(|f| f.rule != crate::rules::meta::TITLE.id)
        && !site_headline
    {
        return None;
    }
    // A first line that a named rule removed is that rule's (a share button, a cookie notice);
    // the page title line is kept, or taken by the rules of context with the menus around it.
    let first = &doc.blocks[0];
    if !(first.is_kept()
        || taken_by_context(first)
        || site_headline && first.is_removed_by(&PAGE_TITLE))
    {
        return None;
    }
    let value = match head_before_site {
        Some(head) => head.to_string(),
        None => crate::html::meta::strip_site_suffix(t, None),
    };
    let value = crate::html::meta::tidy_title(&value).to_string();
    if crate::text::word_count(&value) == 0 {
        return None;
    }
    if let Some(found) = doc.metadata.title.as_ref().filter(|_| !site_headline) {
        // The headline found above the article, unless it is the title line itself, which
        // gives up its site suffix.
        let is_title_line = found.value == crate::text::collapse(t);
        if !is_title_line && crate::text::resemblance(&found.value, &value) >= MIN_TITLE_RESEMBLANCE
        {
            return None;
        }
        // A first line of a few words without a title's separator, under which a headline of
        // more words stands over the article, is the page's chrome or the site's name ("Skip
        // Navigation", "Rust Blog", "NOW HIRING"), in a dump saved without its `<title>`.
        if !is_title_line
            && !has_title_separator(t)
            && crate::text::word_count(&value) <= MAX_BARE_TITLE_LINE_WORDS
            && crate::text::word_count(&found.value) > MAX_BARE_TITLE_LINE_WORDS
        {
            return None;
        }
    }
    Some(TitleLineValue { line: t, value })
}

/// Removes the lines above the headline that [`title_from_title_line`] will find over the
/// article's byline or date (`text.headline-over-byline`), as the page's header, however long
/// (a shop's menu of products with their blurbs), when prose follows it: a line over the "Last
/// updated" line at a page's foot heads no article. It runs with the rules of context, so that
/// they judge the lines below it as they will in the clean body. Tells whether it removed any.
pub(crate) fn cut_above_headline_over_byline(doc: &mut Doc, rs: &Ruleset) -> bool {
    use crate::rules::prose_edges;
    if !(rs.on(&TITLE_LINE) && rs.on(&HEADLINE_OVER_BYLINE) && rs.on(&prose_edges::ABOVE_HEADLINE))
        || doc.is_html_page()
    {
        return false;
    }
    // Most dumps have no byline or date line to look over: the title line is not read for them.
    let anchors = byline_anchors(doc);
    if anchors.iter().all(|a| a.is_none_or(|a| a == 0)) {
        return false;
    }
    let Some(j) = title_line_value(doc).and_then(|t| headline_over_anchors(doc, &t.value, anchors))
    else {
        return false;
    };
    let prose_below = doc.blocks[j + 1..]
        .iter()
        .any(|b| b.is_kept() && prose_edges::is_prose_paragraph(b));
    if !(prose_below && prose_edges::cut_above(doc, j, None)) {
        return false;
    }
    // The headline is the title from now on: the rules that judge the first lines left do not
    // take the heading under it for the title.
    doc.metadata.title = Some(headline_field(doc, j));
    doc.remove(j, &HEADLINE_OVER_BYLINE, None);
    true
}

/// Block `j`, the headline over the byline, as the title (`text.headline-over-byline`).
pub(super) fn headline_field(doc: &Doc, j: usize) -> MetaField {
    let b = &doc.blocks[j];
    MetaField {
        value: crate::text::collapse(crate::text::trim_ws(&b.plain)),
        span: b.outer_span(),
        rule: HEADLINE_OVER_BYLINE.id,
        normalized: None,
    }
}

/// Lines above the article's first kept line among which [`headline_above_article`] looks for
/// the headline. (Measured on the dev dumps without their title line: 10 gave 0.293 exact, 25
/// gives 0.309, and more gives no more, since [`headline_score`] weighs distance.)
const HEADLINE_REACH: usize = 25;

/// A headline found above the article has this many words at least, and at most
/// [`MAX_HEADLINE_WORDS`]: fewer is a section's label or a name.
const MIN_HEADLINE_WORDS: usize = 3;
const MAX_HEADLINE_WORDS: usize = 25;

/// Whether the dump opens with the page's `<title>` line, as a scraper that saves the title
/// first writes it: a line that is no menu's and has a site's separator ("Headline | Site"), or
/// that stands over a blank line and reads as a title (four words or more, or the title a rule
/// found names it), and that [`cannot_be_title`] does not rule out (a phone number, a count, a
/// date). A browser's text of the page's body opens with its first menu or heading instead ("Skip
/// to content", "Services", "how it works").
fn opens_with_title_line(doc: &Doc) -> bool {
    let Some(first) = doc.blocks.first() else {
        return false;
    };
    let t = crate::text::trim_ws(&first.plain);
    let blank_after = blank_line_after(doc, 0);
    let lower = t.to_lowercase();
    let menu = ["skip to", "menu", "search", "sign in", "log in"]
        .iter()
        .any(|m| lower.starts_with(m))
        || lower == "home"
        || is_menu_line(t)
        || cannot_be_title(t);
    let repeated = doc.metadata.title.as_ref().is_some_and(|m| {
        m.rule == HEADLINE.id
                || m.rule == TITLE_ONLY.id
                // (A headline above the article that the line names: "davidbau.com Vibe
                // Coding" over "Vibe Coding"; not the title the line gave itself.)
                || (m.rule != TITLE_LINE.id && names_headline(t, &m.value))
    });
    // A site's separator says it whatever follows; a line of words or a repeated one only
    // over a blank line.
    let separated = has_title_separator(t) || t.contains('|');
    // In a dump with no blank line between its paragraphs, the first line's gap says nothing.
    // There a line of a few words that a headline repeats above the article, and whose words
    // the article uses, is the title line: a body's first menu label comes back in a menu too,
    // but names nothing the article is about.
    // (The cheap tests first: the article's words are read last.)
    let repeated_above_article = || {
        let Some(first_kept) = doc.blocks.iter().position(|b| b.is_kept()) else {
            return false;
        };
        doc.metadata.title.as_ref().is_some_and(|m| {
            m.rule == HEADLINE.id
                && m.span.end <= doc.blocks[first_kept].outer_span().start
                && crate::text::word_count(t) >= MIN_HEADLINE_WORDS
                && has_no_blank_lines(doc)
                && BodyVocabulary::of(doc, first_kept, &[0]).share_of(t, false)
                    >= MIN_SHARE_OVER_TITLE_LINE
        })
    };
    !menu
        && (separated
            || blank_after && (t.split_whitespace().count() >= 4 || repeated)
            || !blank_after && repeated_above_article())
}

/// Whether a blank line parts block `i` from the next one (or from the end of the input).
fn blank_line_after(doc: &Doc, i: usize) -> bool {
    let Some(b) = doc.blocks.get(i) else {
        return false;
    };
    let next = doc
        .blocks
        .get(i + 1)
        .map_or(doc.src.len(), |b| b.outer_span().start);
    doc.src
        .get(b.outer_span().end..next)
        .is_some_and(|gap| gap.bytes().filter(|&b| b == b'\n').count() >= 2)
}

/// Whether the dump has no blank lines between its paragraphs: fewer than one gap in
/// [`BLANKLESS_LINES`] blocks holds one (as scrapers that join an element's lines with single
/// newlines write it).
///
/// [`BLANKLESS_LINES`]: crate::rules::segment::BLANKLESS_LINES
fn has_no_blank_lines(doc: &Doc) -> bool {
    let gaps = (0..doc.blocks.len().saturating_sub(1))
        .filter(|&i| blank_line_after(doc, i))
        .count();
    gaps * crate::rules::segment::BLANKLESS_LINES < doc.blocks.len()
}

/// How much line `i`, above the article's first kept line `first_kept`, looks like its
/// headline: a headline has a few words (more than [`HEADLINE_FULL_WORDS`] count no more), in
/// title case more often than not, stands near the article, and often right over its byline or
/// date, and names what the article is about: `share` of its content words the article uses
/// ([`BodyVocabulary::share_of`]). (Weights measured on the WCXB development dumps without their
/// title line.)
fn headline_score(doc: &Doc, i: usize, first_kept: usize, share: f64) -> f64 {
    let t = crate::text::trim_ws(&doc.blocks[i].plain);
    let words = t.split_whitespace().count().max(1);
    let capitalised = t
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    let over_meta = doc.blocks.get(i + 1).is_some_and(|b| match &b.state {
        crate::doc::State::Removed { rule, .. } => rule.layer == crate::model::Layer::Metadata,
        crate::doc::State::Kept => false,
    });
    words.min(HEADLINE_FULL_WORDS) as f64 - 0.3 * (first_kept - i) as f64
        + if over_meta { 3.0 } else { 0.0 }
        + 2.0 * capitalised as f64 / words as f64
        + HEADLINE_OVERLAP_WEIGHT * share
}

/// Weight in [`headline_score`] of the share of a line's content words that the article uses
/// ([`BodyVocabulary`]). (Measured on the dev dumps without their title line: 6 and 20 found
/// fewer titles than 12.)
const HEADLINE_OVERLAP_WEIGHT: f64 = 12.0;

/// The share of its content words the article must use for a headline found above it to replace
/// the title a first line of a few words gave ([`headline_above_article`]).
const MIN_SHARE_OVER_TITLE_LINE: f64 = 0.5;

/// The article's words are read this far for [`BodyVocabulary`]: a headline's words come back
/// in its first paragraphs.
const BODY_VOCABULARY_WORDS: usize = 200;

/// How often the article's first kept lines ([`BODY_VOCABULARY_WORDS`] words) use each content
/// word of the lines that may be its headline ([`content_words`]): a headline names what the
/// article is about, and its words come back in it; a menu's label ("Blog", "Solutions") less
/// often. Only the candidates' words are counted, so the article's words are not stored.
#[derive(Default)]
pub(crate) struct BodyVocabulary {
    counts: crate::text::KeyMap<String, u32>,
}

/// The words of `t` that carry its meaning: three letters or more, no stopword, lower-cased.
pub(crate) fn content_words(t: &str) -> impl Iterator<Item = String> + '_ {
    t.split(|c: char| !crate::text::is_alphanumeric(c))
        .filter(|w| w.chars().nth(2).is_some() && crate::stopwords::mask(w) == 0)
        .map(str::to_lowercase)
}

impl BodyVocabulary {
    /// The uses of the content words of `candidates` in the kept lines from `first_kept` on.
    pub(crate) fn of(doc: &Doc, first_kept: usize, candidates: &[usize]) -> Self {
        let mut counts: crate::text::KeyMap<String, u32> = candidates
            .iter()
            .flat_map(|&i| content_words(&doc.blocks[i].plain))
            .map(|w| (w, 0))
            .collect();
        // The first letters of the candidates' ASCII words: most of the article's words start
        // otherwise, and are passed over without a look-up.
        let bit = |c: u8| match c {
            b'0'..=b'9' => 1u64 << (c - b'0'),
            b'a'..=b'z' => 1u64 << (10 + c - b'a'),
            _ => 1u64 << 63,
        };
        let first_letters = (counts.keys()).fold(0, |m, w| m | w.bytes().next().map_or(0, bit));
        // The text is parted at ASCII bytes that are not letters or digits: a word of ASCII
        // letters is lower-cased here, without an allocation; a part with other characters
        // (rare in most scripts' prose) is parted again by character and lower-cased by
        // `to_lowercase`.
        let mut buf = [0u8; 24];
        let mut left = BODY_VOCABULARY_WORDS;
        'blocks: for b in doc.blocks[first_kept..].iter().filter(|b| b.is_kept()) {
            let parts = (b.plain.as_bytes())
                .split(|c| c.is_ascii() && !c.is_ascii_alphanumeric())
                .filter(|w| w.len() >= 3);
            for part in parts {
                if left == 0 {
                    break 'blocks;
                }
                left -= 1;
                if part.is_ascii() && part.len() <= buf.len() {
                    if first_letters & bit(part[0].to_ascii_lowercase()) == 0 {
                        continue;
                    }
                    let lower = &mut buf[..part.len()];
                    lower.copy_from_slice(part);
                    lower.make_ascii_lowercase();
                    if let Some(n) =
                        (std::str::from_utf8(lower).ok()).and_then(|l| counts.get_mut(l))
                    {
                        *n += 1;
                    }
                } else if let Ok(part) = std::str::from_utf8(part) {
                    // (Parted at ASCII bytes only: each part is whole characters.)
                    for w in part.split(|c: char| !crate::text::is_alphanumeric(c)) {
                        if let Some(n) = counts.get_mut(&w.to_lowercase()) {
                            *n += 1;
                        }
                    }
                }
            }
        }
        Self { counts }
    }

    /// The share of `t`'s content words that the article uses; `kept` when `t` is one of the
    /// article's lines, whose own uses do not count.
    pub(crate) fn share_of(&self, t: &str, kept: bool) -> f64 {
        let words: Vec<String> = content_words(t).collect();
        let used = (words.iter().enumerate())
            .filter(|&(k, w)| {
                let own = if kept {
                    words[..=k].iter().filter(|o| *o == w).count()
                } else {
                    0
                };
                self.counts.get(w).is_some_and(|&n| n as usize > own)
            })
            .count();
        used as f64 / words.len().max(1) as f64
    }
}

/// A headline's words past this many make it no likelier ([`headline_score`]).
const HEADLINE_FULL_WORDS: usize = 8;

/// Whether line `t` holds the words of `headline` in a row, whatever their case and the marks
/// between them.
fn names_headline(t: &str, headline: &str) -> bool {
    let words = |s: &str| {
        let mut out = String::from(" ");
        for w in s
            .split(|c: char| !crate::text::is_alphanumeric(c))
            .filter(|w| !w.is_empty())
        {
            out.push_str(&w.to_lowercase());
            out.push(' ');
        }
        out
    };
    let h = words(headline);
    h.len() > 1 && words(t).contains(&h)
}

/// A line that may be the article's headline: a few words that end no sentence, and no date,
/// byline, reading time, breadcrumb or menu label ("Home", "Share", "Sign in").
pub(super) fn may_be_headline(t: &str) -> bool {
    let words = t
        .split(|c: char| !crate::text::is_alphanumeric(c) && c != '_')
        .filter(|w| !w.is_empty())
        .count();
    if !(MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(&words) {
        return false;
    }
    if t.ends_with(['.', '!', ':', ',', ';']) && !t.ends_with("...")
        || !t.starts_with(|c: char| crate::text::is_alphanumeric(c) || "\"'“‘".contains(c))
    {
        return false;
    }
    let lower = t.to_lowercase();
    let opener = [
        "by",
        "posted",
        "written",
        "updated",
        "published",
        "edited",
        "reviewed",
        "home",
        "menu",
        "share",
        "search",
        "skip",
        "sign",
        "log in",
        "login",
        "subscribe",
        "click",
        "terms",
        "privacy",
        "copyright",
        "©",
        "all rights",
    ]
    .iter()
    .any(|w| {
        lower.starts_with(w)
            && !lower[w.len()..].starts_with(|c: char| crate::text::is_alphanumeric(c))
    });
    let furniture = [
        "min read",
        "mins read",
        "minute read",
        "minutes read",
        "»",
        "›",
        "|",
        " > ",
        " / ",
    ]
    .iter()
    .any(|f| lower.contains(f));
    // (A time of day is a stamp's: "since: Today at 3:40 PM".)
    let time = t.as_bytes().windows(4).any(|w| {
        w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    });
    !opener
        && !furniture
        && !time
        && !crate::rules::meta::has_date(t)
        && !crate::rules::meta::is_short_date(t)
        && !is_menu_line(t)
}

/// `meta.title`, on a dump that does not open with the page's title line (a browser's text of
/// the body, which leaves the `<title>` out): the headline is the line that may be one
/// ([`may_be_headline`]) and scores best ([`headline_score`]) among the [`HEADLINE_REACH`] lines
/// above the article's first kept line, where the rules of context took it with the header (the
/// region, the edges of the prose, a menu's run, a copy of a breadcrumb), or that first kept
/// line itself, which then stays in the body. It replaces a title that a label gave, or that the
/// dump's first line gave when the article uses at least [`MIN_SHARE_OVER_TITLE_LINE`] of the
/// headline's words (a short first line is a site's or a section's name as often as the page's:
/// "Blog" over "How To Use Gym Equipment", but "Libsyn Directory" over "More Show close"). The
/// body and the removals do not change.
pub(crate) fn headline_above_article(doc: &mut Doc, rs: &Ruleset) {
    let title_rule = &crate::rules::meta::TITLE;
    if !rs.on(title_rule) || doc.is_html_page() || opens_with_title_line(doc) {
        return;
    }
    let Some(first_kept) = doc
        .blocks
        .iter()
        .position(|b| b.is_kept() && !crate::text::trim_ws(&b.plain).is_empty())
    else {
        return;
    };
    // The rules that take a headline with the page's header, or a copy of it.
    let taken_with_header = [
        &OUTSIDE_MAIN,
        &HEADLINE,
        &HEADLINE_OVER_BYLINE,
        title_rule,
        &crate::rules::prose_edges::BEFORE,
        &crate::rules::prose_edges::ABOVE_HEADLINE,
        &crate::rules::dedup::EXACT,
        &crate::rules::dedup::NEAR,
        &crate::rules::nav::RUN,
        &NAV_RUN,
    ];
    // The article's first kept line itself may be its headline, which no rule took out of the
    // body (it stays there: only the title is reported), when it has a title's shape
    // ([`crate::rules::meta::may_title`]) and no full stop ends it: that is the article's first
    // sentence (in Chinese, whose words no space parts, of any length).
    let headline_kept =
        |t: &str| !t.ends_with(['.', '。', '．']) && crate::rules::meta::may_title(t);
    let candidates: Vec<usize> = (first_kept.saturating_sub(HEADLINE_REACH)..=first_kept)
        .filter(|&i| {
            let b = &doc.blocks[i];
            let t = crate::text::trim_ws(&b.plain);
            (if i == first_kept {
                headline_kept(t)
            } else {
                taken_with_header.iter().any(|r| b.is_removed_by(r))
            }) && may_be_headline(t)
        })
        .collect();
    if candidates.is_empty() {
        return;
    }
    // A first line of a few words gave the title ("Blog", "Libsyn Directory"): the headline
    // replaces it only when the article is about its words.
    let from_title_line = (doc.metadata.title.as_ref()).is_some_and(|m| m.rule == TITLE_LINE.id);
    // (Read only where it may change the choice.)
    let vocabulary = if candidates.len() > 1 || from_title_line {
        BodyVocabulary::of(doc, first_kept, &candidates)
    } else {
        BodyVocabulary::default()
    };
    let best = (candidates.iter())
        .map(|&i| {
            let t = crate::text::trim_ws(&doc.blocks[i].plain);
            let share = vocabulary.share_of(t, i == first_kept);
            (headline_score(doc, i, first_kept, share), i, share)
        })
        // The best by [`headline_score`]; of two as good, the nearer the article.
        .max_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let Some((_, j, share)) = best else {
        return;
    };
    if from_title_line && share < MIN_SHARE_OVER_TITLE_LINE {
        return;
    }
    let b = &doc.blocks[j];
    doc.metadata.title = Some(MetaField {
        value: crate::text::collapse(crate::text::trim_ws(&b.plain)),
        span: b.outer_span(),
        rule: title_rule.id,
        normalized: None,
    });
    // (The line keeps the rule that took it out of the body, with its reason: the header's
    // region, the edge of the prose, a copy.)
}

/// `text.site-suffix`: the site's name from the end of the dump's title line ("Headline | Site",
/// "Headline | Section | Site"; see [`crate::html::meta::site_in_title`]). Pages name themselves
/// there more often than in their copyright notice, which names the company that owns them
/// ("Insurance Business" against "KM Business Information US, Inc").
pub(crate) fn site_from_title_line(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&SITE_SUFFIX) || doc.is_html_page() {
        return;
    }
    let Some(t) = title_line(doc) else {
        return;
    };
    let Some(r) = crate::html::meta::site_in_title(t) else {
        return;
    };
    let start = t.as_ptr() as usize - doc.blocks[0].plain.as_ptr() as usize + r.start;
    let value = crate::text::collapse(&t[r.clone()]);
    doc.metadata.site_name = Some(doc.field(0, start, start + r.len(), value, &SITE_SUFFIX));
}

/// A name has at most this many words to be taken for the site's or a section's in
/// [`head_before_name`]: a longer line is a headline, which a title line may follow with the
/// site's name in front ("Frommers | The 10 Best (and Cheapest) Airfare Search Sites for 2026").
pub(super) const SITE_NAME_MAX_WORDS: usize = 5;

/// The part of the title line `title` before a separator that `name` follows (alone, or as the
/// first of the parts after it), when `name` reads as a name: a few words in Title Case, no
/// sentence ("Flask Documentation (3.1.x)", "University of Wisconsin-Stevens Point"). That part
/// is the page's own name.
pub(super) fn head_before_name<'t>(title: &'t str, name: &str) -> Option<&'t str> {
    let key = title_key(name);
    if key.is_empty() || !reads_as_name(name) {
        return None;
    }
    // Where each separator stands, from the first.
    let mut seps: Vec<(usize, usize)> = TITLE_SEPARATORS
        .iter()
        .flat_map(|sep| title.match_indices(sep).map(|(k, m)| (k, m.len())))
        .collect();
    seps.sort_unstable();
    seps.into_iter().find_map(|(k, len)| {
        let (head, rest) = (title[..k].trim(), title.get(k + len..).unwrap_or(""));
        let first_part = TITLE_SEPARATORS
            .iter()
            .filter_map(|sep| rest.find(sep))
            .min()
            .map_or(rest, |e| &rest[..e]);
        (!head.is_empty()
            && title_key(head) != key
            && (title_key(rest) == key || title_key(first_part) == key))
            .then_some(head)
    })
}

/// A site's name in sentence case has at most this many words (see [`names_only_the_site`]).
const SHORT_SITE_NAME_WORDS: usize = 3;

/// A site's name in Title Case has at most this many words (see [`names_only_the_site`]): a
/// longer line is a headline ("NASA SVS | Impact of Climate Change on Global Agricultural
/// Yields").
const SUFFIX_NAME_MAX_WORDS: usize = 6;

/// A site's or a section's name: at most [`SITE_NAME_MAX_WORDS`] words in Title Case, no sentence.
fn reads_as_name(t: &str) -> bool {
    crate::text::word_count(t) <= SITE_NAME_MAX_WORDS
        && !ends_sentence(t)
        && crate::text::is_title_case(t)
}

/// Whether `value` is one of the parts of the site's suffix that [`strip_site_suffix`] cuts off
/// the title line `title` ("Flatworld Solutions" of "8 Recent Trends in Photography - Flatworld
/// Solutions"), and no part of what it keeps, and reads as a name: a few words in Title Case
/// ("CO– by US Chamber of Commerce"), or [`SHORT_SITE_NAME_WORDS`] words at most in any case
/// ("Colin Watson's blog"). A site that puts its name first ("CDU-Fraktion im Erfurter
/// Stadtrat - Entwicklung der Waldorfschule ermöglicht") leaves the headline at the end, where
/// a suffix stands; a longer headline, or one in sentence case, is no site's name.
///
/// [`strip_site_suffix`]: crate::html::meta::strip_site_suffix
pub(super) fn names_only_the_site(title: &str, value: &str) -> bool {
    let words = crate::text::word_count(value);
    if words > SHORT_SITE_NAME_WORDS
        && (words > SUFFIX_NAME_MAX_WORDS
            || ends_sentence(value)
            || !crate::text::is_title_case(value))
    {
        return false;
    }
    let head = crate::html::meta::strip_site_suffix(title, None);
    let Some(suffix) = title.strip_prefix(head.as_str()).filter(|s| !s.is_empty()) else {
        return false;
    };
    let mut parts = vec![suffix];
    for sep in TITLE_SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    let key = title_key(value);
    !key.is_empty() && parts.into_iter().any(|p| title_key(p) == key)
}

/// Was `b` taken by a rule of context with the menus around the article (or as the line above
/// it)? The page title line and the headline may be among such lines.
pub(crate) fn taken_by_context(b: &crate::doc::Block) -> bool {
    [
        &NAV_RUN,
        &OUTSIDE_MAIN,
        &LOW_DENSITY,
        &crate::rules::nav::RUN,
        &crate::rules::prose_edges::BEFORE,
        &crate::rules::prose_edges::ABOVE_HEADLINE,
        &crate::rules::meta::TITLE,
    ]
    .into_iter()
    .any(|r| b.is_removed_by(r))
}

/// How many lines above the byline or date line the headline may stand (lines of the byline
/// block itself, captions, copies and reading times not counted).
pub(super) const HEADLINE_OVER_BYLINE_REACH: usize = 2;
/// The headline shares at least this much of its words with the title line (their Dice
/// coefficient, see [`shares_title_words`]): an SEO title rewords the headline.
pub(super) const MIN_HEADLINE_OVER_BYLINE_RESEMBLANCE: f64 = 0.2;

/// The headline of a dump whose title line no line repeats (an SEO title, "Top 10 Trends for
/// 2026", over the page's "The 7 Biggest Trends in 2025"): the headline-shaped line right above
/// the byline or date line that the metadata rules found, when it shares words with the title
/// line `title`. A section label, a breadcrumb, a button or a byline's other lines stand there
/// too: they share no words with the title, or have another shape.
pub(super) fn headline_over_byline(doc: &Doc, title: &str) -> Option<usize> {
    headline_over_anchors(doc, title, byline_anchors(doc))
}

/// [`headline_over_byline`], over the byline's and the date line's blocks found already.
pub(super) fn headline_over_anchors(
    doc: &Doc,
    title: &str,
    anchors: [Option<usize>; 2],
) -> Option<usize> {
    let [by_author, by_date] = anchors;
    // The lines a byline block holds, and what stands between it and the headline.
    let passed_over = |b: &crate::doc::Block| match b.state {
        crate::doc::State::Removed { rule, .. } => {
            [
                "byline.",
                "meta.date",
                "meta.categories",
                "caption.",
                "dedup.",
                "share.",
                "ad.",
            ]
            .iter()
            .any(|p| rule.id.starts_with(p))
                || std::ptr::eq(rule, &MENU_LINE)
        }
        crate::doc::State::Kept => false,
    };
    // What the rules of context took with the menus around the article, which a headline may be.
    let by_context = |b: &crate::doc::Block| b.is_kept() || taken_by_context(b);
    let mut anchors: Vec<usize> = [by_author, by_date].into_iter().flatten().collect();
    anchors.sort_unstable();
    for anchor in anchors.into_iter().filter(|&a| a > 0) {
        let mut seen = 0;
        for j in (1..anchor).rev() {
            let b = &doc.blocks[j];
            if passed_over(b) {
                continue;
            }
            seen += 1;
            if seen > HEADLINE_OVER_BYLINE_REACH {
                break;
            }
            let t = crate::text::trim_ws(&b.plain);
            if by_context(b)
                && b.line_count(&doc.src) == 1
                && is_headline_shaped(t)
                && shares_title_words(t, title)
            {
                return Some(j);
            }
        }
    }
    None
}

/// The blocks of the byline and of the date line that the metadata rules found, which a
/// headline stands over (see [`headline_over_byline`]).
pub(super) fn byline_anchors(doc: &Doc) -> [Option<usize>; 2] {
    let by_author = doc
        .metadata
        .author
        .as_ref()
        .filter(|a| a.rule.starts_with("byline."))
        .and_then(|a| doc.block_at(a.span.start));
    [by_author, crate::rules::meta::date_line_block(doc)]
}

/// A headline's shape: two to 25 words, no sentence's full stop at its end, not a breadcrumb
/// ("Home > Blog > Tips").
pub(super) fn is_headline_shaped(t: &str) -> bool {
    let words = crate::text::word_count(t);
    // (An abbreviation may end it: "… in the U.S.")
    let sentence_end = t.strip_suffix('.').is_some_and(|rest| {
        !rest
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.contains('.'))
    });
    (2..=25).contains(&words)
        && t.len() <= 200
        && !sentence_end
        && ![" > ", " | ", " » ", " / "].iter().any(|s| t.contains(s))
}

/// Whether `line` shares a word of content (three letters or more, no function word of any
/// language) with the title line, and enough of its words (their Dice coefficient). Words are
/// compared lower-cased, a plural's "s" dropped ("MBA" and "MBAs").
pub(super) fn shares_title_words(line: &str, title: &str) -> bool {
    let words = |t: &str| -> Vec<(String, bool)> {
        let mut w: Vec<(String, bool)> = t
            .split(|c: char| !crate::text::is_alphanumeric(c))
            .filter(|w| !w.is_empty())
            .map(|w| {
                let mut lower = String::with_capacity(w.len());
                crate::text::push_lowercase(&mut lower, w);
                let content = lower.chars().count() >= 3 && crate::stopwords::mask(&lower) == 0;
                let stem = match lower.strip_suffix('s') {
                    Some(stem) if stem.chars().count() >= 2 => stem.to_string(),
                    _ => lower,
                };
                (stem, content)
            })
            .collect();
        w.sort_unstable();
        w
    };
    let (a, b) = (words(line), words(title));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (mut i, mut j, mut shared, mut content) = (0, 0, 0usize, false);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                content |= a[i].1;
                i += 1;
                j += 1;
            }
        }
    }
    content
        && 2.0 * shared as f64 / (a.len() + b.len()) as f64 >= MIN_HEADLINE_OVER_BYLINE_RESEMBLANCE
}

/// A dump's title, whichever rule found it, without its template's marks (see
/// [`crate::html::meta::tidy_title`]): "Middleware ¶", "Index funds /".
pub(crate) fn tidy_title(doc: &mut Doc) {
    if doc.is_html_page() {
        return;
    }
    let crate::model::Metadata {
        title, site_name, ..
    } = &mut doc.metadata;
    let site = site_name.as_ref().map(|s| s.value.as_str());
    if let Some(t) = title.as_mut() {
        let tidy = crate::html::meta::tidy_title(&t.value);
        if tidy.len() < t.value.len() && !tidy.is_empty() {
            t.value = tidy.to_string();
        }
        // A headline that ends with the site's name ("Best UK Art Exhibitions 2025 – Artlyst"
        // under "… – Artlyst - Artlyst") loses it.
        if let Some(head) = site.and_then(|s| without_site(&t.value, s)) {
            t.value = head.to_string();
        }
    }
}

/// `title` without a separator and the site's name `site` at its end, when words are left.
pub(super) fn without_site<'t>(title: &'t str, site: &str) -> Option<&'t str> {
    let n = title.len().checked_sub(site.len())?;
    let tail = title.get(n..)?;
    if !tail.eq_ignore_ascii_case(site) {
        return None;
    }
    let head = title[..n].trim_end();
    crate::html::meta::SUFFIX_SEPARATORS
        .iter()
        .find_map(|sep| head.strip_suffix(sep.trim_end()))
        .map(str::trim_end)
        .filter(|h| crate::text::word_count(h) >= 2)
}

/// Words of a title reduced for comparison: lower-case letters and digits, one space apart.
pub(crate) fn title_key(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    title_key_into(t, &mut out);
    out
}

/// [`title_key`] into a buffer that is reused from line to line.
/// False when the key of `t` ([`title_key_into`]) surely neither equals nor begins one of
/// `keys`: for an ASCII `t`, its key is read a byte at a time, as `title_key_into` writes it,
/// against the keys' bytes, up to the first byte where every key differs. (True for a `t` that
/// is not ASCII, and for more than 64 keys.)
pub(super) fn key_may_begin(t: &str, keys: &[String]) -> bool {
    if !t.is_ascii() || keys.len() > 64 {
        return true;
    }
    let mut alive = u64::MAX >> (64 - keys.len().max(1));
    if keys.is_empty() {
        return false;
    }
    // The keys whose byte `n` is `c`, among those alive.
    let step = |alive: u64, n: usize, c: u8| {
        let mut still = 0u64;
        for (i, k) in keys.iter().enumerate() {
            if alive >> i & 1 == 1 && k.as_bytes().get(n) == Some(&c) {
                still |= 1 << i;
            }
        }
        still
    };
    let (mut n, mut gap) = (0, false);
    for &b in t.as_bytes() {
        if b.is_ascii_alphanumeric() {
            if gap && n > 0 {
                alive = step(alive, n, b' ');
                n += 1;
            }
            gap = false;
            alive = step(alive, n, b.to_ascii_lowercase());
            n += 1;
            if alive == 0 {
                return false;
            }
        } else {
            gap = true;
        }
    }
    alive != 0
}

pub(super) fn title_key_into(t: &str, out: &mut String) {
    out.clear();
    if t.is_ascii() {
        // A byte at a time: an ASCII character is alphanumeric as a `char` exactly when it is
        // as a byte. Written into the buffer's bytes, sized for the text at once: the key has at
        // most a byte for each byte of the text (a space stands for one or more that are not
        // alphanumeric), so no write needs to grow it.
        let mut key = std::mem::take(out).into_bytes();
        key.resize(t.len(), 0);
        let mut n = 0;
        let mut gap = false;
        for &b in t.as_bytes() {
            if b.is_ascii_alphanumeric() {
                if gap && n > 0 {
                    if let Some(k) = key.get_mut(n) {
                        *k = b' ';
                    }
                    n += 1;
                }
                gap = false;
                if let Some(k) = key.get_mut(n) {
                    *k = b.to_ascii_lowercase();
                }
                n += 1;
            } else {
                gap = true;
            }
        }
        key.truncate(n);
        *out = String::from_utf8(key).unwrap_or_default();
        return;
    }
    for w in t
        .split(|c: char| !crate::text::is_alphanumeric(c))
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        if w.is_ascii() {
            let at = out.len();
            out.push_str(w);
            out[at..].make_ascii_lowercase();
        } else {
            crate::text::push_lowercase(out, w);
        }
    }
}

/// The first word of `t` as [`title_key`] splits it, when it and the character after it are
/// ASCII (so that its lower case is its key's first word); `None` otherwise.
pub(super) fn first_ascii_word(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    let start = b
        .iter()
        .position(|c| !c.is_ascii() || c.is_ascii_alphanumeric())?;
    let len = b[start..]
        .iter()
        .position(|c| !c.is_ascii_alphanumeric())
        .unwrap_or(b.len() - start);
    let end = start + len;
    (b[start].is_ascii() && b.get(end).is_none_or(u8::is_ascii)).then(|| &t[start..end])
}

/// The page `<title>` line and the headline that repeats it: the title line is the first line of
/// the dump, "Headline | Site"; the headline is a later line equal to it or to one of its parts.
/// The first line of a dump as a page title line: short, one line (or two, where a hard wrap
/// broke it), not a sentence. Its text, trimmed. (Kept or not: see the callers.)
pub(super) fn title_line<'d>(doc: &'d Doc<'_>) -> Option<&'d str> {
    let first = doc.blocks.first()?;
    let t = first.plain.trim();
    // A dump that does not start with the page's `<title>` (a scraper that saved the body's
    // text alone) starts with the page's chrome: "Skip to content", "Menu", a phone number. A
    // line shaped as a title ("Headline | Site") is one whatever its words ("Home - Ohio
    // Artisan Collective", "Our services | Deloitte US").
    if !has_title_separator(t) && cannot_be_title(t) {
        return None;
    }
    // A full stop ends a sentence, or a site's slogan after its name ("10 Tips for Online
    // Courses – Journey To College – Realize your potential.").
    // (A Chinese or Japanese full stop ends a sentence whatever stands before it.)
    let sentence = t.ends_with('.') && !has_title_separator(t) || t.ends_with(['。', '．']);
    (first.line_count(&doc.src) <= 2
        && t.len() <= 300
        && crate::text::word_count(t) <= 30
        && !sentence)
        .then_some(t)
}

/// Whether the line `t` cannot be a page's title, wherever it stands: interface vocabulary
/// ("Skip to content", "Home", "Sign in", "Toggle menu"), a count ("31 comments"), a date alone
/// (with its year or without: "Jan 4"), a post's age ("2 days ago"), a web or mail address, or
/// no letter at all ("0", "(800) 995-5003") or a lone one ("A", "x").
pub(crate) fn cannot_be_title(t: &str) -> bool {
    let t = t.trim();
    // No letter, or a lone one: a logo's initial, a close button's "x".
    if !t.chars().any(char::is_alphabetic)
        || t.chars().filter(|c| c.is_alphanumeric()).take(2).count() < 2
    {
        return true;
    }
    let label = crate::text::undoubled(t);
    if t.len() <= 200 && (is_chrome_line(label) || is_menu_vocabulary(label)) {
        return true;
    }
    if t.contains("://") || t.contains("www.") || t.contains("[email") || is_mail_address_in(t) {
        return true;
    }
    is_count_label(t)
        || crate::rules::meta::is_short_date(t)
        || crate::rules::meta::is_date_alone(t)
}

/// Whether `t` holds a mail address: a word with an `@` inside and a dot after it.
fn is_mail_address_in(t: &str) -> bool {
    t.split_whitespace().any(|w| {
        w.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.len() > 2 && host.chars().skip(1).any(|c| c == '.')
        })
    })
}

/// A count of a page's reactions, as a post's header shows it ("31 comments", "2 Replies",
/// "67 Reviews 4.7 out of 5 stars", "View 3 more").
fn is_count_label(t: &str) -> bool {
    const COUNTED: &[&str] = &[
        "comment",
        "comments",
        "reply",
        "replies",
        "review",
        "reviews",
        "rating",
        "ratings",
        "response",
        "responses",
        "view",
        "views",
        "share",
        "shares",
        "like",
        "likes",
        "more",
    ];
    let mut words = t
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let first = words.next().unwrap_or_default();
    let first = if first.eq_ignore_ascii_case("view") {
        words.next().unwrap_or_default()
    } else {
        first
    };
    // What follows the counted word is nothing, or a figure ("4.7 out of 5 stars"): a
    // headline goes on in words ("10 Comments on the New Budget").
    !first.is_empty()
        && first
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        && words
            .next()
            .is_some_and(|w| COUNTED.iter().any(|c| w.eq_ignore_ascii_case(c)))
        && words
            .next()
            .is_none_or(|w| !w.starts_with(char::is_alphabetic))
}

/// What sets a page title's parts apart ("Headline | Site", "Headline - Site").
pub(super) const TITLE_SEPARATORS: [&str; 10] = [
    " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " : ", "｜", " ｜ ",
];

/// Whether `t` holds one of a page title's separators ([`TITLE_SEPARATORS`]).
pub(super) fn has_title_separator(t: &str) -> bool {
    TITLE_SEPARATORS.iter().any(|s| t.contains(s))
}

pub(super) fn apply_page_title(doc: &mut Doc, rs: &Ruleset) {
    if !doc.blocks.first().is_some_and(crate::doc::Block::is_kept) {
        return;
    }
    let Some(t) = title_line(doc) else {
        return;
    };
    let mut keys: Vec<String> = vec![title_key(t)];
    for sep in TITLE_SEPARATORS {
        if t.contains(sep) {
            keys.extend(
                t.split(sep)
                    .map(title_key)
                    .filter(|k| k.split(' ').count() >= 2),
            );
        }
    }
    keys.retain(|k| !k.is_empty());
    // The headline equals a part of the title, or begins one ("Lentil Soup" in "Lentil Soup
    // Recipe - Site") with most of its words.
    let is_headline = |k: &str| {
        // Whether `k` has three words or more: found once, when a key first asks.
        let mut three_words = None;
        !k.is_empty()
            && keys.iter().any(|t| {
                t == k
                    || (*three_words.get_or_insert_with(|| k.split(' ').nth(2).is_some())
                        && t.starts_with(k)
                        && t.as_bytes().get(k.len()) == Some(&b' ')
                        && k.len() * 10 >= t.len() * 6)
            })
    };
    // The headline stands near the top: look in the first blocks only. An earlier rule may have
    // removed it already (as part of a menu run); it still names the title.
    let limit = doc.blocks.len().min(400);
    let mut headline = None;
    // A headline is no longer than the title line (give or take its punctuation), and its key
    // is no longer than its text.
    let max_len = t.len() + 8;
    let min_len = keys.iter().map(String::len).min().unwrap_or(0);
    // A line's key starts with the lower case of its first letter or digit: lines whose first
    // one is an ASCII character no key starts with are passed over without building their key.
    let mut first_bytes = [false; 128];
    for key in &keys {
        first_bytes[(key.as_bytes()[0] & 0x7f) as usize] = true;
    }
    // A headline's key starts with the first word of a key: lines whose first word (ASCII) is
    // none of those are passed over too.
    let first_words: Vec<&str> = keys
        .iter()
        .map(|k| k.split(' ').next().unwrap_or(""))
        .collect();
    let mut k = String::new();
    for j in 1..limit {
        let b = &doc.blocks[j];
        if b.plain.len() > max_len || b.plain.len() < min_len {
            continue;
        }
        match b.plain.chars().find(|c| crate::text::is_alphanumeric(*c)) {
            None => continue,
            Some(c) if c.is_ascii() && !first_bytes[c.to_ascii_lowercase() as usize] => continue,
            Some(_) => {}
        }
        if let Some(w) = first_ascii_word(&b.plain) {
            if !first_words.iter().any(|f| f.eq_ignore_ascii_case(w)) {
                continue;
            }
        }
        // (A headline's key equals a key or begins one: most lines' keys part from every key
        // within a few bytes.)
        if !key_may_begin(&b.plain, &keys) {
            continue;
        }
        title_key_into(&b.plain, &mut k);
        // The longest match: the headline, not the site name that the title also holds.
        if is_headline(&k)
            && headline
                .as_ref()
                .is_none_or(|(_, h): &(usize, String)| k.len() > h.len())
        {
            headline = Some((j, k.clone()));
        }
    }
    let Some((j, key)) = headline else {
        return;
    };
    if rs.on(&HEADLINE) {
        let b = &doc.blocks[j];
        // A copy of the whole title line (a sticky header's, a breadcrumb's) holds the site's
        // name too: the title is without it.
        let value = crate::text::collapse(&b.plain);
        let value = if key == title_key(t) {
            let stripped = crate::html::meta::strip_site_suffix(&value, None);
            crate::html::meta::tidy_title(&stripped).to_string()
        } else {
            value
        };
        doc.metadata.title = Some(MetaField {
            value,
            span: b.outer_span(),
            rule: HEADLINE.id,
            normalized: None,
        });
        // The headline and its copies (breadcrumbs, sticky headers) near it.
        let key_first = key.split(' ').next().unwrap_or("");
        for i in j..limit {
            let plain = &doc.blocks[i].plain;
            if doc.blocks[i].is_kept()
                && plain.len() <= 300
                && first_ascii_word(plain).is_none_or(|w| w.eq_ignore_ascii_case(key_first))
                && key_may_begin(plain, std::slice::from_ref(&key))
                && {
                    title_key_into(plain, &mut k);
                    k == key
                }
            {
                doc.remove(i, &HEADLINE, None);
            }
        }
    }
    if rs.on(&PAGE_TITLE) {
        doc.remove(0, &PAGE_TITLE, None);
    }
}

/// `text.title-only`: when the dump's title line is the only line left once every other rule
/// has judged, the page has no body; the line is its title, as the HTML front end reports a
/// page whose body holds no text. A dump of that one line alone counts when the line has a
/// title's separator ("Headline | Site"): a single line of text is otherwise the text. A title
/// line that a rule of context took along with the menus around it is the title too, when
/// nothing at all is left.
pub(crate) fn apply_title_only(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&TITLE_ONLY) || doc.is_html_page() {
        return;
    }
    let Some(t) = title_line(doc) else {
        return;
    };
    let first = &doc.blocks[0];
    let taken_by_context = [&NAV_RUN, &OUTSIDE_MAIN, &crate::rules::nav::RUN]
        .into_iter()
        .any(|r| first.is_removed_by(r));
    if !(first.is_kept() || taken_by_context) {
        return;
    }
    let alone = doc.blocks[1..].iter().all(|b| !b.is_kept());
    let page_had_more = doc.blocks[1..]
        .iter()
        .any(|b| !crate::text::trim_ws(&b.plain).is_empty());
    if !alone || !(page_had_more || has_title_separator(t)) {
        return;
    }
    // The title without its site's name, as the title line gives it ("Beatrice Tan Rug |
    // Ruggable US"), unless that leaves nothing.
    let stripped = crate::html::meta::strip_site_suffix(t, None);
    let stripped = crate::html::meta::tidy_title(&stripped);
    let value = crate::text::collapse(if stripped.is_empty() { t } else { stripped });
    let span = doc.blocks[0].outer_span();
    if doc.metadata.title.is_none() {
        doc.metadata.title = Some(MetaField {
            value,
            span,
            rule: TITLE_ONLY.id,
            normalized: None,
        });
    }
    doc.blocks[0].state = crate::doc::State::Removed {
        rule: &TITLE_ONLY,
        detail: None,
        duplicate_of: None,
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vocabulary counts a candidate's words in the article whatever their case and script,
    /// and a kept line's own words do not count for it.
    #[test]
    fn the_body_vocabulary_counts_a_candidates_words_in_the_article() {
        let text = "Überschwemmung in Dresden: Hilfe kommt\n\nNews From Elsewhere\n\nDie Überschwemmung traf DRESDEN am Montag, und die Stadt bat um Hilfe.\n";
        let rs = Ruleset::new(crate::rules::Tier::Balanced, &[]);
        let mut removals = Vec::new();
        let blocks = crate::segment::blocks(text, &rs, &mut removals);
        let doc = Doc::new(text, blocks);
        let vocabulary = BodyVocabulary::of(&doc, 2, &[0, 1]);
        // "überschwemmung", "dresden", "hilfe" come back; "kommt" does not.
        let share = vocabulary.share_of("Überschwemmung in Dresden: Hilfe kommt", false);
        assert!((share - 0.75).abs() < 1e-9, "{share}");
        assert_eq!(vocabulary.share_of("News From Elsewhere", false), 0.0);
        // Counted from the line itself, a kept line's own words do not count.
        let own = BodyVocabulary::of(&doc, 1, &[1]);
        assert_eq!(own.share_of("News From Elsewhere", true), 0.0);
        assert_eq!(own.share_of("News From Elsewhere", false), 1.0);
    }
}
