//! Quality gate for text mode on a fixed sample of the WCXB development dumps
//! (`../shared/wcxb-dev`; WCXB is CC-BY-4.0, (c) 2026 Murrough Foley).
//!
//! The floors sit just under the figures measured when they were last raised: a change that lowers
//! them fails here. Raise them when the method improves; never lower them to let a change pass.
//! Full runs are `cargo run --release --example score_dumps`.

use dechaff::eval::{
    score_page, without_blank_lines, without_title_line, wrapped_at, Dataset, MetadataBoard,
    Scoreboard,
};
use dechaff::{Cleaner, Input};
use std::borrow::Cow;

/// Pages in the sample (`Dataset::sample`: every k-th page, stable across runs).
const SAMPLE: usize = 100;
const FLOOR_F1: f64 = 0.879;
const FLOOR_ARTICLE_F1: f64 = 0.962;
const FLOOR_WITH_RECALL: f64 = 0.895;
/// A ceiling: the share of `without` boilerplate snippets that leak into the output.
const CEILING_WITHOUT_LEAK: f64 = 0.050;

/// Floors for the same sample saved without the page's `<title>` line (the body's text alone, as
/// many scrapers save it): the body, and the title and author found in it.
const NO_TITLE_FLOOR_F1: f64 = 0.883;
const NO_TITLE_FLOOR_TITLE: f64 = 0.32;
const NO_TITLE_FLOOR_AUTHOR: f64 = 0.59;
/// The same sample without its blank lines, one block a line (as scrapers that join an element's
/// lines with single newlines save it): the body, its leak, and the title.
const NO_BLANK_FLOOR_F1: f64 = 0.883;
const NO_BLANK_FLOOR_TITLE: f64 = 0.62;
const NO_BLANK_FLOOR_AUTHOR: f64 = 0.60;
/// The same sample hard-wrapped at 78 characters (as text browsers save a page): the body, its
/// leak, and the title.
const WRAPPED_FLOOR_F1: f64 = 0.878;
const WRAPPED_FLOOR_TITLE: f64 = 0.70;

/// The sample's bodies and metadata scored, each dump cut to `prepare(dump)`; None (with a
/// message) when the data is absent.
fn score_sample(prepare: fn(&[u8]) -> Cow<'_, [u8]>) -> Option<(Scoreboard, MetadataBoard)> {
    let Some(data) = Dataset::locate() else {
        eprintln!(
            "skipped: the WCXB development split is absent (../shared/wcxb-dev or $WCXB_DIR)"
        );
        return None;
    };
    let cleaner = Cleaner::default();
    let (mut board, mut meta) = (Scoreboard::default(), MetadataBoard::default());
    for page in data.sample(SAMPLE) {
        let (Some(dump), Some((gold, _))) = (data.dump(&page.id), data.gold(&page.id)) else {
            continue;
        };
        let doc = cleaner.clean(Input::text_bytes(&prepare(&dump)));
        if let Ok(doc) = &doc {
            meta.add(&doc.metadata, &gold);
        }
        let body = doc.map(|d| d.body).unwrap_or_default();
        board.add(&page.page_type, &score_page(&body, &gold));
    }
    if board.pages() == 0 {
        eprintln!("skipped: no dumps under {}/dumps", data.root.display());
        return None;
    }
    eprintln!("{}\n{}", board.table(), meta.summary());
    Some((board, meta))
}

#[test]
fn text_mode_quality_on_a_sample_of_dev_dumps() {
    let Some((board, _)) = score_sample(|dump| Cow::Borrowed(dump)) else {
        return;
    };
    let article = board.f1_of("article").unwrap_or(0.0);
    assert!(
        board.f1() >= FLOOR_F1,
        "word-F1 {:.3} fell below {FLOOR_F1}",
        board.f1()
    );
    assert!(
        article >= FLOOR_ARTICLE_F1,
        "article word-F1 {article:.3} fell below {FLOOR_ARTICLE_F1}"
    );
    assert!(
        board.with_recall() >= FLOOR_WITH_RECALL,
        "`with` recall {:.3} fell below {FLOOR_WITH_RECALL}",
        board.with_recall()
    );
    assert!(
        board.without_leak() <= CEILING_WITHOUT_LEAK,
        "`without` leak {:.3} rose above {CEILING_WITHOUT_LEAK}",
        board.without_leak()
    );
}

#[test]
fn text_mode_quality_on_dumps_without_their_title_line() {
    let Some((board, meta)) = score_sample(|dump| Cow::Borrowed(without_title_line(dump))) else {
        return;
    };
    assert!(
        board.f1() >= NO_TITLE_FLOOR_F1,
        "word-F1 {:.3} fell below {NO_TITLE_FLOOR_F1}",
        board.f1()
    );
    assert!(
        meta.title_exact() >= NO_TITLE_FLOOR_TITLE,
        "title {:.3} fell below {NO_TITLE_FLOOR_TITLE}",
        meta.title_exact()
    );
    assert!(
        meta.author_same() >= NO_TITLE_FLOOR_AUTHOR,
        "author {:.3} fell below {NO_TITLE_FLOOR_AUTHOR}",
        meta.author_same()
    );
}

#[test]
fn text_mode_quality_on_dumps_without_blank_lines() {
    let Some((board, meta)) = score_sample(|dump| Cow::Owned(without_blank_lines(dump))) else {
        return;
    };
    assert!(
        board.f1() >= NO_BLANK_FLOOR_F1,
        "word-F1 {:.3} fell below {NO_BLANK_FLOOR_F1}",
        board.f1()
    );
    assert!(
        board.without_leak() <= CEILING_WITHOUT_LEAK,
        "`without` leak {:.3} rose above {CEILING_WITHOUT_LEAK}",
        board.without_leak()
    );
    assert!(
        meta.title_exact() >= NO_BLANK_FLOOR_TITLE,
        "title {:.3} fell below {NO_BLANK_FLOOR_TITLE}",
        meta.title_exact()
    );
    assert!(
        meta.author_same() >= NO_BLANK_FLOOR_AUTHOR,
        "author {:.3} fell below {NO_BLANK_FLOOR_AUTHOR}",
        meta.author_same()
    );
}

#[test]
fn text_mode_quality_on_hard_wrapped_dumps() {
    let Some((board, meta)) = score_sample(|dump| Cow::Owned(wrapped_at(dump, 78))) else {
        return;
    };
    assert!(
        board.f1() >= WRAPPED_FLOOR_F1,
        "word-F1 {:.3} fell below {WRAPPED_FLOOR_F1}",
        board.f1()
    );
    assert!(
        board.without_leak() <= CEILING_WITHOUT_LEAK,
        "`without` leak {:.3} rose above {CEILING_WITHOUT_LEAK}",
        board.without_leak()
    );
    assert!(
        meta.title_exact() >= WRAPPED_FLOOR_TITLE,
        "title {:.3} fell below {WRAPPED_FLOOR_TITLE}",
        meta.title_exact()
    );
}
