//! The main region: every block weighed, the densest run of them the article's
//! (`text.outside-main-region`), and the regions nearly as dense kept beside it, unless they
//! read as a policy notice; with the shapes a region's lines are weighed by (items, dated lists).

use super::*;

/// The weight of a block for the main region: prose for, chrome against.
pub(super) fn weight(f: &Feat) -> f64 {
    let eff = f.counts.effective_words() as f64;
    match f.class {
        Class::Good => eff,
        Class::Sentence => eff / 4.0,
        Class::Short => -2.0,
        Class::Item => -0.5,
        Class::Bad => -4.0 - eff.min(40.0) / 2.0,
        // A line an earlier rule removed separates regions of content.
        Class::Removed => -4.0,
    }
}

/// Words of privacy, cookie and terms notices (English, German, French, Spanish, Portuguese,
/// Italian, Dutch), lower-case and sorted for a binary search.
pub(super) const POLICY_WORDS: &[&str] = &[
    "advertising",
    "agree",
    "collect",
    "conditions",
    "consent",
    "cookie",
    "cookies",
    "dados",
    "data",
    "daten",
    "datenschutz",
    "datos",
    "données",
    "gdpr",
    "information",
    "legal",
    "opt",
    "partners",
    "personal",
    "personnelles",
    "policies",
    "policy",
    "politique",
    "política",
    "preferences",
    "privacidad",
    "privacidade",
    "privacy",
    "processing",
    "reserved",
    "rights",
    "technologies",
    "terms",
    "third",
    "use",
];
/// The longest of [`POLICY_WORDS`], in bytes ("personnelles", "technologies").
pub(super) const POLICY_WORD_MAX_BYTES: usize = 12;
/// A second region with at least this share of [`POLICY_WORDS`] is a notice (cookie settings,
/// a privacy or shipping policy shown in a dialog), not a second part of the content. Article
/// prose runs at 1–3%; the notices that product pages carry beside their description, at 8% and
/// more.
pub(super) const POLICY_REGION_SHARE: f64 = 0.08;

/// Do the kept blocks `x..=y` read as a privacy, cookie or terms notice?
pub(super) fn is_policy_region(doc: &Doc, x: usize, y: usize) -> bool {
    let (mut all, mut policy) = (0usize, 0usize);
    let mut lower = String::new();
    for b in doc.blocks[x..=y].iter().filter(|b| b.is_kept()) {
        crate::text::for_each_word(&b.plain, |w, ascii| {
            all += 1;
            // No policy word is longer than `POLICY_WORD_MAX_BYTES`: longer words are none.
            if w.len() > POLICY_WORD_MAX_BYTES {
                return;
            }
            lower.clear();
            if ascii {
                lower.push_str(w);
                lower.make_ascii_lowercase();
            } else {
                w.chars()
                    .for_each(|c| crate::text::for_each_lower(c, |l| lower.push(l)));
            }
            policy += usize::from(POLICY_WORDS.binary_search(&lower.as_str()).is_ok());
        });
    }
    all > 0 && policy as f64 >= POLICY_REGION_SHARE * all as f64
}

/// The words "cookie" or "cookies" (any case), as in a consent banner.
pub(super) fn mentions_cookies(t: &str) -> bool {
    // `contains_ascii_ci(t, "cookie")` by its "k" alone: the lines asked are prose, long, with
    // few k's, and a search for one byte in either case runs in vector code without the pair
    // windows' compares.
    crate::text::contains_ascii_ci_by(t, "cookie", 3)
}

/// A short line shaped like content: a list item, a line with figures, a "label: value" pair.
pub(super) fn is_item(t: &str) -> bool {
    // A list item starts with a bullet or a figure (after its spaces): not with an ASCII letter.
    (!t.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) && is_list_item(t))
        || crate::text::has_ascii_digit(t.as_bytes())
        || crate::text::ends_with_colon(t)
        || has_colon_space(t)
}

/// `t.contains(": ")`, found from the colons: most lines have none, and a search for the two
/// bytes costs more to set up than a short line takes to scan.
pub(super) fn has_colon_space(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr_iter(b':', b).any(|i| b.get(i + 1) == Some(&b' '))
}

/// Years (1900-2099) standing as words in `t`: several in one line mark a list of dated items.
pub(crate) fn years_in(t: &str) -> usize {
    let b = t.as_bytes();
    memchr::memchr2_iter(b'1', b'2', b)
        .filter(|&i| {
            i + 4 <= b.len()
                && matches!(&b[i..i + 2], b"19" | b"20")
                && b[i + 2].is_ascii_digit()
                && b[i + 3].is_ascii_digit()
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && b.get(i + 4).is_none_or(|c| !c.is_ascii_alphanumeric())
        })
        .count()
}

/// A line listing several dated items: at least three years, one per 25 words or more, and no
/// sentence end (prose that names years ends like prose), nor sentences inside it (a paragraph
/// whose last sentence carries a note's number, "...compared to 40% in 2012.4", is still prose).
/// A post's dates with their labels and nothing else
/// ([`crate::rules::meta::is_dates_and_labels`]) list no items.
pub(super) fn is_dated_list(t: &str, c: &Counts) -> bool {
    // The end first: it rules out prose, most of the lines, without reading them. Three years
    // standing as words take at least 14 bytes ("1999 2000 2001").
    t.len() >= 14 && !ends_sentence(t) && {
        let years = years_in(t);
        years >= 3
            && years * 25 >= c.words as usize
            && !crate::rules::meta::is_dates_and_labels(t)
            && sentence_breaks(t) < 2
    }
}

/// How many times a sentence ends inside `t` and the next begins: a word of lower-case letters,
/// a full stop, question or exclamation mark, a space and a capital ("deaths). Suicide" does
/// not count, "adolescents. However" does). An abbreviated month before its day ("Jan. 5") or a
/// title's initials do not.
fn sentence_breaks(t: &str) -> usize {
    let b = t.as_bytes();
    memchr::memchr3_iter(b'.', b'!', b'?', b)
        .filter(|&i| {
            i >= 3
                && b[i - 3..i].iter().all(u8::is_ascii_lowercase)
                && b.get(i + 1) == Some(&b' ')
                && b.get(i + 2).is_some_and(u8::is_ascii_uppercase)
        })
        .count()
}

/// A short line that may be a link: few words, no sentence end.
pub(super) fn is_link_like(text: &str, c: &Counts) -> bool {
    c.effective_words() <= 6
        && !ends_sentence(text)
        && !text.trim_end().ends_with(',')
        && (!is_item(text) || is_menu_line(text))
}

/// The maximum-sum run `[a, b]` of `w[lo..hi]` and its sum (Kadane).
pub(super) fn best_run(w: &[f64], lo: usize, hi: usize) -> Option<(usize, usize, f64)> {
    // A run counts only with a positive sum, and the best sum is positive: `best_sum` starting
    // at zero asks both at once.
    let (mut best, mut best_sum) = (None, 0.0);
    let (mut start, mut sum) = (lo, 0.0);
    for (i, &x) in w.get(lo..hi.min(w.len())).unwrap_or(&[]).iter().enumerate() {
        if sum <= 0.0 {
            start = lo + i;
            sum = 0.0;
        }
        sum += x;
        if sum > best_sum {
            best_sum = sum;
            best = Some((start, lo + i));
        }
    }
    best.map(|(a, b)| (a, b, best_sum))
}

/// The densest run of each stretch between the points where Kadane's running sum of `w[lo..hi]`
/// falls to zero: the candidate regions besides the main one, found in one linear pass.
pub(super) fn dense_runs(w: &[f64], lo: usize, hi: usize) -> Vec<(usize, usize, f64)> {
    let mut out = Vec::new();
    // As in `best_run`: the best sum of the stretch, zero while it has none.
    let (mut best, mut best_sum) = (None, 0.0);
    let (mut start, mut sum) = (lo, 0.0);
    for (i, &x) in w.get(lo..hi.min(w.len())).unwrap_or(&[]).iter().enumerate() {
        if sum <= 0.0 {
            out.extend(best.take().map(|(a, b)| (a, b, best_sum)));
            best_sum = 0.0;
            start = lo + i;
            sum = 0.0;
        }
        sum += x;
        if sum > best_sum {
            best_sum = sum;
            best = Some((start, lo + i));
        }
    }
    out.extend(best.map(|(a, b)| (a, b, best_sum)));
    out
}

/// The main region and the regions nearly as dense; reader comments after the article.
///
/// The region is a text-layer decision, but `run_layers` applies it after the footer and
/// metadata layers: their named rules (copyright, byline, headline) claim their lines first, so
/// that those removals keep their more precise ids and their values reach the metadata.
/// The main region and what follows it: its ends (comments, teasers), the regions nearly as
/// dense, and the navigation runs among what is left (judged on the lines that stay, so that the
/// clean body, cleaned again, has the same runs).
pub(super) fn apply_region(doc: &mut Doc, rs: &Ruleset, feats: &mut [Feat], facts: &TextFacts) {
    if ![
        &NAV_RUN,
        &COMMENTS,
        &REVIEWS,
        &RECOMMENDATIONS,
        &TEASERS,
        &OUTSIDE_MAIN,
    ]
    .iter()
    .any(|r| rs.on(r))
    {
        return;
    }
    // A page's DOM says more about its main content than line statistics do: the HTML front end
    // and the dom layer have chosen it already, so the region cut is for text dumps only.
    if !doc.is_html_page() {
        region_cut(doc, rs, feats, facts);
    }
    if rs.on(&NAV_RUN) {
        apply_nav_runs(doc, feats, facts);
    }
}

/// The main region, its ends (comments, teasers) and the regions nearly as dense; everything
/// else goes as outside the main region.
pub(super) fn region_cut(doc: &mut Doc, rs: &Ruleset, feats: &mut [Feat], facts: &TextFacts) {
    if rs.on(&REVIEWS) {
        cut_reviews(doc, feats, facts);
    }
    // The kept blocks, when the recommendations removed none.
    let mut kept = None;
    if rs.on(&RECOMMENDATIONS) {
        kept = cut_recommendations(doc, feats, facts);
    }
    let n = doc.blocks.len();
    let prose: f64 = feats
        .iter()
        .filter(|f| f.class == Class::Good)
        .map(|f| f.counts.effective_words() as f64)
        .sum();
    if prose < MIN_PROSE_WORDS {
        return;
    }
    if rs.on(&TEASERS) {
        remove_teaser_pairs(doc, feats, kept.unwrap_or_else(|| doc.kept()));
    }
    // A line of code held out of the layers neither parts regions nor makes one.
    let held = |i: usize| doc.blocks[i].is_removed_by(&crate::rules::code::VERBATIM);
    let w: Vec<f64> = (feats.iter().enumerate())
        .map(|(i, f)| if held(i) { 0.0 } else { weight(f) })
        .collect();
    let Some((mut a, mut b, main_sum)) = best_run(&w, 0, n) else {
        return;
    };
    // The end of the article inside the region: a comments header, or a related-stories header
    // (removed already by `related.header`) followed only by teasers, after an article's worth
    // of prose. Nothing after it is searched for more regions. ("X says:" lines alone are no
    // sign: forum threads, whose posts are the content, have them too.)
    let mut after = b + 1;
    // A headline's one-sentence summary is not an article's prose: on a front page, the pairs
    // before a "More top stories" header are entries like those after it.
    let mut pair_summary = vec![false; n];
    let mut last_kept: Option<usize> = None;
    for i in a..=b {
        if !doc.blocks[i].is_kept() {
            continue;
        }
        if let Some(h) = last_kept {
            // A headline may hold enough function words to read as prose: its shape decides.
            let hb = &doc.blocks[h];
            let headline = hb.line_count(&doc.src) == 1
                && feats[h].counts.effective_words() <= TEASER_HEADLINE_MAX_WORDS
                && !ends_sentence(&hb.plain);
            pair_summary[i] = headline && is_teaser_summary(&doc.blocks[i], &feats[i]);
        }
        last_kept = Some(i);
    }
    let need = ARTICLE_BEFORE_COMMENTS.min(main_sum * 0.5);
    // On a Q&A thread the comments under the question and each answer are part of the thread.
    // Nor does a listing whose entries each count their comments have a comments section.
    // (Read from the whole page only when a comments header asks: most pages have none. Up to
    // then nothing was removed, so the answer is the same.)
    let mut thread = None;
    // A related-stories line that recurs further down ("Read more" under each card, "See also"
    // closing each section) is a card's link or a section's list: only its last copy may head
    // the teasers that end the page. (Read only when a related line asks.)
    let mut recurring_related: Option<Vec<bool>> = None;
    let mut before = 0.0;
    let mut cut_end = None;
    // The longest prose block after each block of the region (linear, whatever the headers).
    let mut longest_prose_after = vec![0u32; b + 1 - a];
    for i in (a..b).rev() {
        let next = if feats[i + 1].class == Class::Good {
            feats[i + 1].counts.effective_words()
        } else {
            0
        };
        longest_prose_after[i - a] = longest_prose_after[i + 1 - a].max(next);
    }
    for i in a..=b {
        if before >= need {
            let t = crate::text::trim_ws(&doc.blocks[i].plain);
            // (A header that counts the comments on the story names it, and may read as prose:
            // "3 thoughts on “10 Things I Wish I Knew Before Learning Embedded Systems”". It ends
            // with the story's name, not with a sentence's stop.)
            let counted_header =
                || t.as_bytes().first().is_some_and(u8::is_ascii_digit) && !ends_sentence(t);
            let cut = if doc.blocks[i].is_kept()
                && (feats[i].class != Class::Good || counted_header())
                && facts.get(i, Fact::CommentsHeader, || {
                    is_comments_header(t) && !counts_no_comments(t)
                })
                && !right_under_headline(doc, i)
                // A table's heading cell ("Comment" over a column of remarks).
                && !doc.is_tabbed_cell(i)
                && !*thread.get_or_insert_with(|| is_qa_thread(doc) || lists_comment_counts(doc))
            {
                Some(&COMMENTS)
            } else if longest_prose_after[i - a] < TEASER_MAX_WORDS
                && ((doc.blocks[i].is_removed_by(&crate::rules::prompt::RELATED)
                    && !names_a_story(t)
                    && !recurring_related
                        .get_or_insert_with(|| related_lines_recurring_later(doc))
                        .get(i)
                        .is_some_and(|&r| r))
                    || (doc.blocks[i].is_kept()
                        && feats[i].class != Class::Good
                        && facts.get(i, Fact::TeaserHeader, || heads_teasers(t))
                        && !doc.is_tabbed_cell(i)))
            {
                Some(&TEASERS)
            } else {
                None
            };
            if let Some(mut rule) = cut.filter(|r| rs.on(r)) {
                for j in i..=b {
                    // Teasers may give way to the comments.
                    if rs.on(&COMMENTS)
                        && doc.blocks[j].is_kept()
                        && is_comments_header(doc.blocks[j].plain.trim())
                    {
                        rule = &COMMENTS;
                    }
                    doc.remove(j, rule, None);
                }
                // The article ends at its last heavy block before the cut, as it will in the
                // clean body.
                cut_end = Some(best_run(&w, a, i).map_or(a, |(_, y, _)| y));
                break;
            }
        }
        if feats[i].class == Class::Good && !pair_summary[i] {
            before += w[i];
        }
    }
    if let Some(end) = cut_end {
        b = end;
        after = n;
    }
    if !rs.on(&OUTSIDE_MAIN) {
        return;
    }
    // Lines the later named rules take from the edges of the article stay for them: the headline
    // right above it (`meta.title`) and the credits and site name right after it
    // (`footer.source-credit`, `footer.site-name`). Judged on the two lines alone, so that the
    // clean body, cleaned again, extends the same way.
    let first_kept = (a..=b).find(|&i| doc.blocks[i].is_kept());
    // (Over the lines that date or sign the article, right above it: a byline, a date line.)
    let mut above = (0..a).rev().filter(|&i| doc.blocks[i].is_kept());
    let mut headline = above.next();
    for _ in 0..crate::rules::meta::MAX_HEADER_META_LINES {
        match headline {
            Some(h) if crate::rules::meta::is_header_meta(&doc.blocks[h].plain) => {
                headline = above.next();
            }
            _ => break,
        }
    }
    if let (Some(h), Some(f)) = (headline, first_kept) {
        if rs.on(&crate::rules::meta::TITLE)
            && doc.metadata.title.is_none()
            && crate::rules::meta::is_title_above(&doc.blocks[h].plain, &doc.blocks[f].plain)
        {
            a = h;
        }
    }
    let no_cut = after == b + 1;
    if no_cut
        && (rs.on(&crate::rules::footer::SOURCE_CREDIT) || rs.on(&crate::rules::footer::SITE_NAME))
    {
        use crate::rules::footer::{is_credit_line, is_site_name_like};
        let article_end = b;
        for j in b + 1..n {
            if !doc.blocks[j].is_kept() {
                continue;
            }
            let t = crate::text::trim_ws(&doc.blocks[j].plain);
            let last = (j + 1..n).all(|k| !doc.blocks[k].is_kept());
            let prose_before = {
                let p = doc.blocks[article_end].plain.trim();
                ends_sentence(p) && crate::text::collapsed_more_words_than(p, 11)
            };
            if is_credit_line(t) {
                b = j;
            } else {
                // The site name: the last line, right after the article's prose.
                if last
                    && prose_before
                    && doc.blocks[j].line_count(&doc.src) == 1
                    && is_site_name_like(t)
                {
                    b = j;
                }
                break;
            }
        }
        after = b + 1;
    }
    // A page whose prose is a small part of its text (a listing, a product page) is not an
    // article with chrome around it: cutting to its densest prose would lose the content.
    // Judged without the removed lines: the clean body, cleaned again, has none, and must get
    // the same verdict. (The classes have not changed since `w`: its weights stand for the
    // others. Both found in one pass.)
    let mut kept_words = 0.0;
    let mut w_kept: Vec<f64> = Vec::with_capacity(n);
    for ((&x, f), block) in w.iter().zip(feats.iter()).zip(&doc.blocks) {
        if block.is_kept() {
            kept_words += f.counts.effective_words() as f64;
        }
        w_kept.push(if f.class == Class::Removed { 0.0 } else { x });
    }
    let region_words: f64 = best_run(&w_kept, 0, n).map_or(0.0, |(x, y, _)| {
        (x..=y)
            .filter(|&i| doc.blocks[i].is_kept())
            .map(|i| feats[i].counts.effective_words() as f64)
            .sum()
    });
    if region_words < MIN_REGION_SHARE * kept_words {
        return;
    }
    let mut keep = vec![false; n];
    keep[a..=b].iter_mut().for_each(|k| *k = true);
    let mut notice = vec![false; n];
    // Other regions at least half as heavy: posts of a thread, a second section; not a notice.
    for (lo, hi) in [(0, a), (after, n)] {
        for (x, y, s) in dense_runs(&w, lo, hi) {
            if s >= (main_sum * SECOND_REGION_SHARE).min(SECOND_REGION_WORDS) {
                let marks = if is_policy_region(doc, x, y) {
                    &mut notice
                } else {
                    &mut keep
                };
                marks[x..=y].iter_mut().for_each(|k| *k = true);
            }
        }
    }
    extend_over_lists(doc, feats, &mut keep);
    extend_over_announced_lists(doc, feats, &mut keep);
    for (i, &k) in keep.iter().enumerate() {
        if !k && doc.blocks[i].is_kept() {
            let detail = notice[i].then(|| "a region of privacy, cookie or terms notices".into());
            doc.remove(i, &OUTSIDE_MAIN, detail);
        }
    }
}

/// A bulleted list right after a region's last prose paragraph is the region's own (a product's
/// features under its description): its items weigh against the region one by one, but they
/// are not a menu's entries (`is_menu_line`). At least two items, each bulleted ("- ", "• ").
fn extend_over_lists(doc: &Doc, feats: &[Feat], keep: &mut [bool]) {
    let n = keep.len().min(doc.blocks.len()).min(feats.len());
    let mut i = 0;
    while i < n {
        if !(keep[i] && feats[i].class == Class::Good && keep.get(i + 1) == Some(&false)) {
            i += 1;
            continue;
        }
        let (mut items, mut last) = (0, i);
        let mut j = i + 1;
        while j < n && !keep[j] {
            if doc.blocks[j].is_kept() {
                let t = crate::text::trim_ws(&doc.blocks[j].plain);
                if !(t.starts_with("- ") || t.starts_with("• ")) || is_menu_line(t) {
                    break;
                }
                items += 1;
                last = j;
            }
            j += 1;
        }
        // The lines between the items are removed already: marking them changes nothing.
        if items >= 2 {
            keep[i + 1..=last].iter_mut().for_each(|k| *k = true);
        }
        i = j.max(i + 1);
    }
}

/// Most lines an announced list may run to before the paragraph that closes it.
const ANNOUNCED_LIST_MAX_LINES: usize = 60;
/// Fewest words of the paragraph that closes an announced list.
const ANNOUNCED_LIST_CLOSE_WORDS: u32 = 10;

/// A list the region's last paragraph announces, or the line right under it ("What I compare:"), its items
/// plain lines with no bullets, belongs to the article when a paragraph of prose closes it
/// ("Let me know if you want me to add a card…"): each item weighs against the region, so the
/// densest run stops at the colon, and the closing paragraph alone is too light to be a region
/// of its own. The list runs over kept lines that are no menu's (a line an earlier rule removed
/// ends it) and is taken in up to its last paragraph of prose.
fn extend_over_announced_lists(doc: &Doc, feats: &[Feat], keep: &mut [bool]) {
    let n = keep.len().min(doc.blocks.len()).min(feats.len());
    let mut i = 0;
    while i < n {
        // The announcement ends the region's last paragraph or is the line right after it.
        let announces = keep[i]
            && doc.blocks[i].is_kept()
            && matches!(feats[i].class, Class::Good | Class::Sentence)
            && keep.get(i + 1) == Some(&false)
            && (crate::text::ends_with_colon(&doc.blocks[i].plain)
                || doc
                    .blocks
                    .get(i + 1)
                    .is_some_and(|b| b.is_kept() && crate::text::ends_with_colon(&b.plain)));
        if !announces {
            i += 1;
            continue;
        }
        let mut close = None;
        let mut j = i + 1;
        while j < n && !keep[j] && j <= i + ANNOUNCED_LIST_MAX_LINES {
            let b = &doc.blocks[j];
            if !b.is_kept() || is_menu_line(crate::text::trim_ws(&b.plain)) {
                break;
            }
            if feats[j].class == Class::Good
                && feats[j].counts.effective_words() >= ANNOUNCED_LIST_CLOSE_WORDS
                && ends_sentence(&b.plain)
            {
                close = Some(j);
            }
            j += 1;
        }
        // (Items before the closing paragraph: a paragraph right under the colon is the
        // densest run's own business.)
        match close {
            Some(c) if c > i + 2 => {
                keep[i + 1..=c].iter_mut().for_each(|k| *k = true);
                i = c + 1;
            }
            _ => i = j.max(i + 1),
        }
    }
}

/// The lines `related.header` removed whose text occurs again further down the page.
fn related_lines_recurring_later(doc: &Doc) -> Vec<bool> {
    let mut later: Vec<bool> = vec![false; doc.blocks.len()];
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    for (i, b) in doc.blocks.iter().enumerate().rev() {
        if b.is_removed_by(&crate::rules::prompt::RELATED) {
            // Seen already: it recurs later.
            later[i] = !seen.insert(crate::text::trim_ws(&b.plain).to_lowercase());
        }
    }
    later
}
