//! The sections that end an article: reader comments, reviews, recommendations and teasers of other
//! stories (`text.comments`, `text.reviews`, `text.recommendations`, `text.teasers`).

use super::*;

/// A header opening the reader comments below an article.
/// A new header needs its first words in [`COMMENTS_HEADER_PREFIXES`].
pub(super) static COMMENTS_HEADER_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r#"(?ix)^(?:\d+\s+)?(?:
          comments? | reader\ comments | responses? | replies | comments?\ filter
        | leave\ a\ (?:reply|comment) | post\ a\ comment | add\ a\ comment | write\ a\ comment
        | join\ the\ (?:discussion|conversation) | show\ comments | view\ comments | discussion
        | discussion\ about\ this\ (?:post|article|story|episode)
        | \d+\ thoughts\ on\ .{0,200} | kommentare | kommentar\ schreiben | commentaires
        | laisser\ un\ commentaire | comentarios | deja\ un\ comentario | comentários | commenti
        | comentar | commenter
        | schreibe\ einen\ kommentar | hinterlasse\ einen\ kommentar | kommentar\ verfassen
        | einen\ kommentar\ (?:schreiben|hinterlassen) | écrire\ un\ commentaire | dejar\ un\ comentario
        | deixe\ (?:um\ comentário|uma\ resposta) | lascia\ un\ commento | laat\ een\ reactie\ achter
        | geef\ een\ reactie | оставить\ комментарий | добавить\ комментарий | tinggalkan\ (?:komentar|balasan)
        | reacties | комментарии | komentar
        )\s*(?:\(\d+\)|\d{1,6})?\s*[:.!»›]*$
        | ^\d+\s+(?:comments?|responses?|replies|thoughts|discussions?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties)\s+(?:on|to|for|zu|sur|à|en|em|a|su|op|\||-|–)\s.{0,150}$
        | ^there\ (?:are|is|were)\ \d[\d,]*\ (?:comments?|responses?|replies)\s*[:.!]*$"#,
    )
    .expect("comments header regex")
});

/// The words every match of [`COMMENTS_HEADER_RE`] starts with (or a count).
pub(super) static COMMENTS_HEADER_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::sets(
        &[
            &[
                "comment",
                "coment",
                "reader comments",
                "response",
                "repl",
                "leave a",
                "post a",
                "add a",
                "write a",
                "join the",
                "show comments",
                "view comments",
                "discussion",
                "kommentar",
                "laisser un",
                "deja un",
                "reacties",
                "komentar",
                "schreibe",
                "hinterlasse",
                "einen kommentar",
                "dejar un",
                "deixe um",
                "deixe uma",
                "lascia un",
                "laat een",
                "geef een",
                "tinggalkan",
                "there are",
                "there is",
                "there were",
            ],
            &crate::text::DIGITS,
        ],
        b"",
    )
});

/// The count of answers a Q&A site prints above them ("10 Answers 10", "1 Answer").
pub(super) static ANSWERS_HEADER_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^\d[\d,]*\s+answers?(?:\s+\d[\d,]*)?\s*$").expect("answers header regex")
});

/// A Q&A thread (Stack Exchange and the like): a kept line counts its answers. There the
/// comments under the question and under each answer belong to the thread, which is the content.
pub(super) fn is_qa_thread(doc: &Doc) -> bool {
    doc.blocks.iter().any(|b| {
        let t = crate::text::trim_ws(&b.plain);
        b.is_kept()
            && t.len() <= 40
            && t.as_bytes().first().is_some_and(u8::is_ascii_digit)
            && crate::text::contains_ascii_ci(t, "answer")
            && ANSWERS_HEADER_RE.is_match(t)
    })
}

/// A count of comments at the head of a line ("14 comments", "0 comments security").
pub(super) static COMMENT_COUNT_RE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)^\d[\d,]*\s+comments?\b").expect("comment count regex"));

/// A listing prints each entry's count of comments: at least this many kept count lines are
/// entries' lines, not the header of a page's comments.
pub(super) const MIN_LISTED_COMMENT_COUNTS: usize = 3;

pub(super) fn is_comment_count(t: &str) -> bool {
    t.len() <= 60
        && t.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && crate::text::contains_ascii_ci(t, "comment")
        && COMMENT_COUNT_RE.is_match(t)
}

/// Whether the kept lines count comments entry by entry, as a listing of posts does.
pub(super) fn lists_comment_counts(doc: &Doc) -> bool {
    doc.blocks
        .iter()
        .filter(|b| b.is_kept() && is_comment_count(crate::text::trim_ws(&b.plain)))
        .nth(MIN_LISTED_COMMENT_COUNTS - 1)
        .is_some()
}

/// "0 comments": no comments follow such a header.
pub(super) fn counts_no_comments(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && t.as_bytes()[..digits].iter().all(|&b| b == b'0')
}

/// "Comments" as a header in Chinese, Japanese, Korean, Arabic, Hindi, Greek, Hebrew and Thai.
const OTHER_SCRIPT_COMMENTS_HEADERS: &[&str] = &[
    "评论",
    "网友评论",
    "发表评论",
    "用户评论",
    "最新评论",
    "評論",
    "網友評論",
    "コメント",
    "コメント一覧",
    "댓글",
    "التعليقات",
    "تعليقات",
    "टिप्पणियां",
    "टिप्पणियाँ",
    "Σχόλια",
    "תגובות",
    "ความคิดเห็น",
];

/// A header opening the reader comments ([`COMMENTS_HEADER_RE`]).
pub(crate) fn is_comments_header(t: &str) -> bool {
    if crate::rules::prompt::is_other_script_header(t, OTHER_SCRIPT_COMMENTS_HEADERS) {
        return true;
    }
    // A header is capitalised: "response:" in lower case is a term being defined (a field, a
    // hook's name in API docs). And one response without a count is the label of an answer
    // ("Prompt: ... Response: ..."), where comments are counted ("1 Response") or plural.
    !crate::text::starts_lowercase(t)
        && !t
            .trim_end_matches([':', '.', ' '])
            .eq_ignore_ascii_case("response")
        && COMMENTS_HEADER_PREFIXES.may_match(t)
        && COMMENTS_HEADER_RE.is_match(t)
}

/// What only a review widget shows: "Verified Purchase", "Was this review helpful?", "Reviewed
/// in the United States on...", "Report", its count on a line of its own ("Based on 407
/// reviews") and its sort options ("Highest rated", "Lowest rated"). An editorial review has
/// none of them.
pub(super) static REVIEW_MARK_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\bverified (?:purchase|buyer|owner|reviewer)\b|was this (?:review )?helpful|^helpful\b|found this helpful|^reviewed (?:in|on) |^report(?: abuse| review)?$|^translate (?:all )?reviews?|^based on [\d,.]+ reviews?$|^(?:highest|lowest) rated$",
    )
    .expect("review mark pattern")
});

/// A star rating ("4.5 out of 5 stars", "Rated 4 out of 5", "4/5"): several after the header
/// mark a review widget too.
pub(super) static RATING_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b\d(?:\.\d)? out of 5\b|\brated \d(?:\.\d)? (?:stars? )?out of|^\d(?:\.\d)?/5$",
    )
    .expect("rating pattern")
});

/// Whether `l` may match [`REVIEW_MARK_RE`]: every match holds "verified" or "helpful", or the
/// line opens with "report", "reviewed", "based on ", "highest rated", "lowest rated" or "tran"
/// (of "translate", whose `s` may be a long s under Unicode case folding; the other words have no
/// letter with a non-ASCII case form). Two byte searches rule out most lines before the regex,
/// whose Unicode `\b` is slow on non-ASCII lines.
pub(super) fn may_be_review_mark(l: &str) -> bool {
    let starts_ci =
        |p: &str| l.len() >= p.len() && l.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    crate::text::contains_ascii_ci(l, "helpful")
        || crate::text::contains_ascii_ci(l, "verified")
        || starts_ci("re") && (starts_ci("report") || starts_ci("reviewed"))
        || starts_ci("tran")
        || starts_ci("based on ")
        || starts_ci("highest rated")
        || starts_ci("lowest rated")
}

/// Whether `l` may match [`RATING_RE`]: every match holds "out of" or is a line ending "/5".
pub(super) fn may_be_rating(l: &str) -> bool {
    l.ends_with("/5") || crate::text::contains_ascii_ci(l, "out of")
}

/// The word "review" in any case ([`crate::text::contains_ascii_ci`]), after a vector test for
/// its "vi" that rules out most lines at once.
pub(super) fn mentions_review(t: &str) -> bool {
    has_pair_ascii_ci(t, *b"vi") && crate::text::contains_ascii_ci(t, "review")
}

/// Whether `t` holds the two ASCII letters `pair` in a row, in any case: a vector test, cheaper
/// than the setting up of a search for a whole word.
pub(super) fn has_pair_ascii_ci(t: &str, pair: [u8; 2]) -> bool {
    let [a, b] = pair;
    crate::text::any_window(t.as_bytes(), 0, |w| {
        let mut hit = 0u8;
        for j in 0..16 {
            hit |= u8::from(w[j] | 0x20 == a) & u8::from(w[j + 1] | 0x20 == b);
        }
        hit != 0
    })
}

/// Kept words of a product's description that must come before its reviews or recommendations
/// header (a header at the top of the page is a menu entry).
pub(super) const DESCRIPTION_WORDS: u32 = 30;
/// Kept words of the description before a reviews header that a menu's run took: such a
/// header among the page's menus is more often an entry of theirs.
pub(super) const TAKEN_HEADING_DESCRIPTION_WORDS: u32 = 100;
/// Kept lines after a reviews header in which the widget must show.
pub(super) const REVIEW_MARK_WINDOW: usize = 40;
/// Star ratings in that window that mark a review widget without a review mark.
pub(super) const REVIEW_MIN_RATINGS: usize = 3;
/// Lines in that window written in the first person ("I love it", "my sister") that mark the
/// reviews of a product's page ([`is_product_page`]) without a mark or a rating a widget prints
/// in words: a shop's description speaks of the product, its buyers of themselves.
pub(super) const REVIEW_MIN_FIRST_PERSON: usize = 3;
/// A line in the first person has at least this many words (a review, not a name).
pub(super) const FIRST_PERSON_MIN_WORDS: usize = 6;

/// Whether a line speaks in the first person singular: "I", "I'm", "I've", "my" as a word. Not a
/// question: the questions of a shop's FAQ ask in the buyer's voice ("Can I use it if I am
/// pregnant?").
pub(super) fn in_first_person(l: &str) -> bool {
    !l.ends_with('?')
        && crate::text::has_words(l, FIRST_PERSON_MIN_WORDS)
        && l.split(' ').any(|w| {
            let w =
                w.trim_matches(|c: char| !crate::text::is_alphanumeric(c) && c != '\'' && c != '’');
            w == "I"
                || w.eq_ignore_ascii_case("my")
                || w.strip_prefix('I')
                    .is_some_and(|r| r.starts_with('\'') || r.starts_with('’'))
        })
}

/// Customer reviews are the comments of a product page: a reviews header after the product's
/// description, with a widget's mark ([`REVIEW_MARK_RE`]) or several star ratings among the lines
/// after it, opens them, and they run to the end of the page (related products and the footer
/// follow them). Judged on the kept lines, so that the clean body, which ends before the
/// header, has nothing more to cut.
pub(super) fn cut_reviews(doc: &mut Doc, feats: &mut [Feat], facts: &TextFacts) {
    // The kept lines, and the shop's labels removed among them: "Verified buyer" or "4.5 out of
    // 5" is a label of the shop and a mark of its review widget too.
    // A reviews heading that a menu's run or the shop's labels took ("Reviews" / "4.9" / "18
    // Reviews" / "5 Stars"…) still opens them.
    let heading = |b: &crate::doc::Block| {
        let t = crate::text::trim_ws(&b.plain);
        t.len() <= 60 && mentions_review(t) && crate::rules::dom::is_reviews_heading(t)
    };
    let taken_heading = |b: &crate::doc::Block| {
        (b.is_removed_by(&crate::rules::nav::RUN) || b.is_removed_by(&MENU_LINE)) && heading(b)
    };
    let is_line =
        |b: &crate::doc::Block| b.is_kept() || b.is_removed_by(&SHOP_LABEL) || taken_heading(b);
    // The lines' indices, listed at the first reviews heading (most pages have none); nothing is
    // removed before it.
    let mut kept = Vec::new();
    let mut before = 0u32;
    // Whether each kept line is a review mark or a rating, tested once however many reviews
    // headers have it in their window (a page of reviews has many such headers).
    let mut marks: Vec<Option<(bool, bool, bool)>> = Vec::new();
    // Whether the dump is a product's page, found when first needed.
    let mut product_page = None;
    // `k`: the position of block `i` among the lines.
    let mut k = 0;
    for i in 0..doc.blocks.len() {
        if !is_line(&doc.blocks[i]) {
            continue;
        }
        // (A reviews heading is at most 60 bytes long: longer lines are not searched.)
        // (A line is kept, a shop's label, or a heading a menu took: not the second.)
        let taken = !doc.blocks[i].is_kept();
        if before >= if taken { TAKEN_HEADING_DESCRIPTION_WORDS } else { DESCRIPTION_WORDS }
            && !doc.blocks[i].is_removed_by(&SHOP_LABEL)
            // The headings the HTML front end knows ("Customer reviews", "Reviews (12)",
            // "Ratings & Reviews"), but not a bare "Rating", which is a field of a card.
            && facts.get(i, Fact::ReviewsHeading, || heading(&doc.blocks[i]))
            && !in_tab_strip(doc, i)
        {
            if kept.is_empty() {
                kept = doc.blocks_where(is_line);
                marks = vec![None; kept.len()];
            }
            let window = k + 1..(k + 1 + REVIEW_MARK_WINDOW).min(kept.len());
            let (mut mark, mut ratings, mut first_person) = (false, 0, 0);
            // Reviews in the first person count when the first kept line under the header is
            // one: a shop's tabs ("Customer Reviews", "Ingredients") print their labels in a
            // row. After the widget's own labels ("18 Reviews"), the second will do too (the
            // first is a review's title).
            let mut opens_with_review = false;
            let mut kept_seen = 0;
            let mut after_labels = false;
            for w in window {
                let (m, r, f) = *marks[w].get_or_insert_with(|| {
                    let l = crate::text::trim_ws(&doc.blocks[kept[w]].plain);
                    (
                        may_be_review_mark(l) && REVIEW_MARK_RE.is_match(l),
                        may_be_rating(l) && RATING_RE.is_match(l),
                        in_first_person(l),
                    )
                });
                mark |= m;
                ratings += usize::from(r);
                first_person += usize::from(f);
                if doc.blocks[kept[w]].is_kept() {
                    opens_with_review |= f && (kept_seen == 0 || kept_seen == 1 && after_labels);
                    kept_seen += 1;
                } else if kept_seen == 0 {
                    after_labels = true;
                }
            }
            let widget = mark
                || ratings >= REVIEW_MIN_RATINGS
                || opens_with_review
                    && first_person >= REVIEW_MIN_FIRST_PERSON
                    && *product_page.get_or_insert_with(|| is_product_page(doc));
            if widget {
                for &j in &kept[k..] {
                    if doc.blocks[j].is_kept() {
                        doc.remove(j, &REVIEWS, None);
                        feats[j].class = Class::Removed;
                    }
                }
                return;
            }
        }
        before += feats[i].counts.words;
        k += 1;
    }
}

/// The labels of a product page's tabs ("Description", "Additional information", "Reviews
/// (29)"), a count allowed after them.
pub(super) static PRODUCT_TAB_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:description|product description|additional information|more information|specifications?|specs|product details|details|ingredients|how to use|shipping(?: (?:&|and) returns)?|delivery(?: (?:&|and) returns)?|size guide|size chart|care instructions|warranty)(?: \(\d+\))?$",
    )
    .expect("product tab pattern")
});

/// Whether the reviews heading at block `i` is a label in a product page's row of tabs, beside
/// another tab's label ("Description", "Additional information", "Reviews (29)"): the row heads
/// the description, and the reviews come later, under a heading of their own. Its neighbours
/// are read whatever became of them (a tab's label is a short line out of the prose region).
pub(super) fn in_tab_strip(doc: &Doc, i: usize) -> bool {
    let is_tab = |j: usize| {
        doc.blocks.get(j).is_some_and(|b| {
            let t = crate::text::trim_ws(&b.plain);
            t.len() <= 32 && PRODUCT_TAB_RE.is_match(t)
        })
    };
    i.checked_sub(1).is_some_and(is_tab) || is_tab(i + 1)
}

/// The header of a shop's recommendations: other products, not this one. ("Recently viewed"
/// is not here: on a category page it heads a short list before the items.)
pub(super) static RECOMMENDATIONS_HEADER_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:customers (?:who (?:bought|viewed) this (?:item|product) )?also (?:bought|viewed|liked|purchased)|frequently bought together|(?:sponsored )?products related to this item|similar (?:items|products)(?: you might like)?|compare with similar items|you (?:may|might) also (?:like|need|love)|more from this (?:brand|seller|collection)|complete the look|pairs well with|recommended (?:products|for you|items)|shop similar(?: items)?|people also (?:bought|viewed)|related products|others also (?:bought|viewed)|this is what customers who viewed this product bought)\s*[:.]?$",
    )
    .expect("recommendations header pattern")
});

/// The words every match of [`RECOMMENDATIONS_HEADER_RE`] starts with: most short lines of a
/// page start with none of them, and are ruled out without the pattern.
/// A new header needs its first words here.
pub(super) static RECOMMENDATIONS_HEADER_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::new(
        &[
            "customers ",
            "frequently ",
            "sponsored ",
            "products ",
            "similar ",
            "compare ",
            "you ",
            "more from ",
            "complete ",
            "pairs ",
            "recommended ",
            "shop ",
            "people ",
            "related ",
            "others ",
            "this is ",
        ],
        b"",
    )
});

/// [`RECOMMENDATIONS_HEADER_RE`], ruled out first by its prefixes.
pub(super) fn is_recommendations_header(t: &str) -> bool {
    RECOMMENDATIONS_HEADER_PREFIXES.may_match(t) && RECOMMENDATIONS_HEADER_RE.is_match(t)
}

/// A shop's recommendations: from their header, after 30 words of the product's description,
/// through the product cards under it (short lines) to the next line of prose, where the
/// description or the details go on. Judged on the kept lines.
///
/// Returns the kept blocks when it removed none (for the next rule to reuse).
pub(super) fn cut_recommendations(
    doc: &mut Doc,
    feats: &mut [Feat],
    facts: &TextFacts,
) -> Option<Vec<usize>> {
    let kept = doc.kept();
    let mut removed = false;
    let mut before = 0u32;
    let mut k = 0;
    while k < kept.len() {
        let i = kept[k];
        if before >= DESCRIPTION_WORDS
            && facts.get(i, Fact::RecommendationsHeader, || {
                let t = crate::text::trim_ws(&doc.blocks[i].plain);
                t.len() <= 80 && is_recommendations_header(t)
            })
        {
            doc.remove(i, &RECOMMENDATIONS, None);
            feats[i].class = Class::Removed;
            removed = true;
            k += 1;
            while k < kept.len() && feats[kept[k]].class != Class::Good {
                doc.remove(kept[k], &RECOMMENDATIONS, None);
                feats[kept[k]].class = Class::Removed;
                k += 1;
            }
            continue;
        }
        before += feats[i].counts.words;
        k += 1;
    }
    (!removed).then_some(kept)
}

/// Runs of at least this many headline + summary pairs are teasers.
pub(super) const TEASER_PAIRS_MIN: usize = 4;

/// A teaser's headline: a short line that does not end a sentence.
pub(super) fn is_teaser_headline(src: &str, b: &crate::doc::Block, f: &Feat) -> bool {
    matches!(f.class, Class::Short | Class::Item)
        && b.line_count(src) == 1
        && f.counts.effective_words() <= 12
        && !ends_sentence(&b.plain)
}

/// A run of pairs whose headlines average at most this many words, over summaries that average
/// at least `FEATURE_BLURB_MIN_WORDS`, names features, not other stories.
pub(super) const FEATURE_NAME_MAX_WORDS: f64 = 5.0;
/// See `FEATURE_NAME_MAX_WORDS`.
pub(super) const FEATURE_BLURB_MIN_WORDS: f64 = 13.0;

/// A headline above a summary has at most this many words.
pub(super) const TEASER_HEADLINE_MAX_WORDS: u32 = 16;

/// A teaser's summary: one sentence of prose. A summary cut short by the site ends with an
/// ellipsis, which is no sentence's stop ("...on Tuesday, December 1...").
pub(super) fn is_teaser_summary(b: &crate::doc::Block, f: &Feat) -> bool {
    matches!(f.class, Class::Good | Class::Sentence)
        && f.counts.effective_words() <= 30
        && !has_two_sentence_marks({
            let t = crate::text::trim_ws(&b.plain);
            t.strip_suffix("...")
                .or_else(|| t.strip_suffix('…'))
                .unwrap_or(t)
        })
}

/// Whether a text holds two or more of `.`, `!` and `?`: its bytes searched (no other
/// character's UTF-8 bytes are ASCII), which needs no decoding, and only up to the second.
pub(super) fn has_two_sentence_marks(t: &str) -> bool {
    memchr::memchr3_iter(b'.', b'!', b'?', t.as_bytes())
        .nth(1)
        .is_some()
}

/// Headlines each followed by a one-sentence summary, several times over: teasers of other
/// stories, or a menu of features with their blurbs. `kept`: the indices of the kept blocks.
pub(super) fn remove_teaser_pairs(doc: &mut Doc, feats: &mut [Feat], kept: Vec<usize>) {
    // Which kept blocks are a teaser's headline, and which pairs of blocks a headline and its
    // summary: judged once for the runs and the lone pairs.
    let headline: Vec<bool> = kept
        .iter()
        .map(|&i| is_teaser_headline(&doc.src, &doc.blocks[i], &feats[i]))
        .collect();
    // `pair[k]`: kept blocks `k - 1` and `k` are a headline and its summary.
    let pair: Vec<bool> = kept
        .iter()
        .enumerate()
        .map(|(k, &i)| k > 0 && headline[k - 1] && is_teaser_summary(&doc.blocks[i], &feats[i]))
        .collect();
    // The runs of headline + summary pairs, as (first, end) positions in `kept`.
    let mut runs = Vec::new();
    let mut k = 0;
    while k + 1 < kept.len() {
        let start = k;
        while k + 1 < kept.len() && pair[k + 1] {
            k += 2;
        }
        if (k - start) / 2 >= TEASER_PAIRS_MIN {
            runs.push((start, k));
        }
        k = k.max(start + 1);
    }
    if runs.is_empty() {
        return;
    }
    // Prose words before each kept block: an article's, not the summaries in runs of teasers (on
    // a listing of stories, such runs are all there is, and they are the content).
    let mut in_run = vec![false; kept.len()];
    for &(x, y) in &runs {
        in_run[x..y].iter_mut().for_each(|r| *r = true);
    }
    // Nor is a lone pair's summary: the entries of a front page come in short runs, broken by
    // bylines, credits and labels between them.
    for k in 1..kept.len() {
        if pair[k] {
            in_run[k] = true;
        }
    }
    let mut prose_before = Vec::with_capacity(kept.len() + 1);
    let mut sum = 0.0;
    for (k, &i) in kept.iter().enumerate() {
        prose_before.push(sum);
        if feats[i].class == Class::Good && !in_run[k] {
            sum += feats[i].counts.effective_words() as f64;
        }
    }
    for (start, k) in runs {
        let pairs = (k - start) / 2;
        // Short names each explained by a full sentence ("Aligned marketing objectives" over
        // "Guarantees that your campaigns are in line with..."): the features or benefits of
        // what the page offers, its own content. Teasers of other stories carry headlines of a
        // story's length, or decks too short to explain anything.
        let mean_words = |from: usize| -> f64 {
            kept[from..k]
                .iter()
                .step_by(2)
                .map(|&i| feats[i].counts.effective_words() as f64)
                .sum::<f64>()
                / pairs as f64
        };
        if mean_words(start) <= FEATURE_NAME_MAX_WORDS
            && mean_words(start + 1) >= FEATURE_BLURB_MIN_WORDS
        {
            continue;
        }
        // Teasers follow an article; feature blurbs on a product page stand alone.
        if prose_before[start] >= ARTICLE_BEFORE_COMMENTS * 2.0 {
            let detail = Some(format!("{pairs} headlines with one-line summaries"));
            for &i in &kept[start..k] {
                doc.remove(i, &TEASERS, detail.clone());
                feats[i].class = Class::Removed;
            }
        }
    }
}

/// Headers of other stories that `related.header` does not name: "Other articles you may find
/// interesting", "More guides", "Similar posts".
pub(super) static TEASER_HEADER_RE: Lazy<Regex> =
    Lazy::new(|| Regex::new(TEASER_HEADER_PATTERN).expect("teaser header regex"));

pub(super) const TEASER_HEADER_PATTERN: &str = r"(?i)\b(?:(?:other|more|related|similar|recommended|popular|latest|recent|featured|further|top)\s+(?:\w+\s+)?(?:articles|posts|stories|news|guides|reads|reading|content|resources|videos|recipes|insights|blogs?)|you\s+(?:may|might|will)\s+(?:also\s+)?(?:like|love|enjoy|find))\b";

/// [`TEASER_HEADER_RE`] with Unicode off, for lines whose characters that are not ASCII are signs
/// and dashes ([`crate::text::other_chars_inert`]), which it matches alike: the Unicode `\b`
/// sends a line with any such character (a curly quote, an arrow) to the slower engines.
pub(super) static TEASER_HEADER_ASCII_RE: Lazy<regex::bytes::Regex> =
    Lazy::new(|| crate::text::ascii_regex(TEASER_HEADER_PATTERN));

pub(super) fn is_teaser_header(t: &str) -> bool {
    if crate::text::other_chars_inert(t) {
        TEASER_HEADER_ASCII_RE.is_match(t.as_bytes())
    } else {
        TEASER_HEADER_RE.is_match(t)
    }
}

/// Whether a line heads the comments or the teasers after an article: the anchors that
/// `text.comments` and `text.teasers` cut from (see [`crate::rules::linemodel`]).
pub(crate) fn is_section_anchor(t: &str) -> bool {
    is_comments_header(t) || heads_teasers(t)
}

/// A line that heads a list of teasers: short, no sentence, in the words of [`is_teaser_header`].
pub(super) fn heads_teasers(t: &str) -> bool {
    t.len() <= 80 && !ends_sentence(t) && is_teaser_header(t)
}

/// A teaser's summary is one sentence: a block this long after a related header is article.
pub(super) const TEASER_MAX_WORDS: u32 = 40;

/// A related-stories line that names its story ("READ MORE: Should you offer green cleaning
/// services?") is one link inside the article, not the header of a list of teasers.
pub(super) fn names_a_story(t: &str) -> bool {
    t.split_once(": ")
        .is_some_and(|(_, title)| crate::text::has_words(title, 3))
}

/// Whether the block is the page's headline, removed as such and reported as the title
/// (`text.headline`, or `meta.title` above the article).
pub(crate) fn is_headline(b: &crate::doc::Block) -> bool {
    b.is_removed_by(&HEADLINE) || b.is_removed_by(&crate::rules::meta::TITLE)
}

/// Whether the nearest line above block `i` that was not removed is the page's headline (the
/// line that repeats the title, removed as such): a count of replies right under a thread's
/// title ("60 replies") heads the thread, which is the page's content, not comments on it.
pub(super) fn right_under_headline(doc: &Doc, i: usize) -> bool {
    doc.blocks[..i]
        .iter()
        .rev()
        .find(|b| b.is_kept() || is_headline(b))
        .is_some_and(|b| !b.is_kept())
}

/// Prose words the region must hold before a comments section can start.
pub(super) const ARTICLE_BEFORE_COMMENTS: f64 = 100.0;
