//! Cleaning the clean body of a text dump again changes nothing: for every fixture, always; for a
//! sample of the WCXB development dumps (when `../shared/wcxb-dev` is present) the number of
//! pages that still change is held under a ceiling that only goes down. Most of them change
//! because a second pass sees new runs of short lines once the prose between them is gone.
//! The sample misses most of them: `cargo test --release --test text_idempotence -- --ignored`
//! checks all 1,358 dumps against ceilings of their own (a gate for changes to the rules of
//! context, which the sample let through).

use dechaff::eval::Dataset;
use dechaff::{Cleaner, Input};
use std::path::Path;

/// Measured when last lowered; a change that makes more pages unstable fails here.
const CEILING_DEV_PAGES_NOT_IDEMPOTENT: usize = 3;

fn check(cleaner: &Cleaner, name: &str, input: &[u8], failures: &mut Vec<String>) {
    let Ok(first) = cleaner.clean(Input::text_bytes(input)) else {
        return;
    };
    let again = cleaner.clean_text(&first.body);
    if again.body != first.body {
        let removed: Vec<String> = again
            .removals
            .iter()
            .map(|r| format!("{}: {}", r.rule, &first.body[r.span.range()]))
            .collect();
        failures.push(format!("{name}: second pass removed {removed:?}"));
    }
}

/// Checks every fixture (all must be idempotent) and the dev dumps, a sample of `sample` of them
/// or all (at most `ceiling` pages may change on a second pass), with one cleaner.
fn check_cleaner(cleaner: &Cleaner, preset: &str, sample: Option<usize>, ceiling: usize) {
    let mut failures = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    for entry in std::fs::read_dir(&root)
        .expect("fixtures directory")
        .flatten()
    {
        if let Ok(input) = std::fs::read(entry.path().join("input.txt")) {
            check(
                cleaner,
                &entry.file_name().to_string_lossy(),
                &input,
                &mut failures,
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixtures not idempotent ({preset}):\n{}",
        failures.len(),
        failures.join("\n")
    );
    let Some(data) = Dataset::locate() else {
        eprintln!("WCXB development split absent: only the fixtures were checked");
        return;
    };
    let pages: Vec<_> = match sample {
        Some(n) => data.sample(n),
        None => data.pages.iter().collect(),
    };
    for page in pages {
        if let Some(dump) = data.dump(&page.id) {
            check(cleaner, &format!("wcxb {}", page.id), &dump, &mut failures);
        }
    }
    eprintln!(
        "{} of the dev dumps checked change on a second pass ({preset}):\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        failures.len() <= ceiling,
        "{} dev dumps change on a second pass ({preset}; ceiling {ceiling})",
        failures.len()
    );
}

#[test]
fn cleaning_the_clean_body_again_changes_nothing() {
    check_cleaner(
        &Cleaner::default(),
        "default preset",
        Some(100),
        CEILING_DEV_PAGES_NOT_IDEMPOTENT,
    );
}

fn precision_cleaner() -> Cleaner {
    Cleaner::builder()
        .preset(dechaff::Preset::Precision)
        .build()
        .expect("valid options")
}

/// The Precision preset adds the line model, after which the rules of context run again.
const CEILING_DEV_PAGES_NOT_IDEMPOTENT_PRECISION: usize = 1;

#[test]
fn cleaning_the_clean_body_again_changes_nothing_in_precision() {
    check_cleaner(
        &precision_cleaner(),
        "Precision preset",
        Some(100),
        CEILING_DEV_PAGES_NOT_IDEMPOTENT_PRECISION,
    );
}

/// Over all the dev dumps (measured when last lowered; a few seconds in release mode).
/// (Raised from 48 to 49, knowingly: `segment.rejoin` running a sentence on across a link's or a
/// code span's edge ("Pay with" / "•••• 7878") gained 0.16 points of F1 over the dev dumps and
/// 9 over the same pages as BeautifulSoup's text; on a shop's mock checkout the joined line
/// makes four short lines in a row that a second pass reads as a menu. Both presets.)
/// (Raised from 47 to 48 once more, knowingly: `markup.debris` taking a media player's embed
/// code ("Embed <iframe …>") gained 0.12 points of F1 over two NPR dumps; on one of them, a
/// listing of stories, a second pass finds the clean body mostly prose and cuts the caption
/// and labels above its first story.)
/// (Raised from 47 to 48 once, knowingly: `text.after-prose` running on through a list that the
/// article announces gained 1.1 points of F1 over 22 dumps; on one of them the first pass sees a
/// break shorter by a line that dedup removes and then gives back, and keeps the page's pitch
/// that a second pass cuts.)
/// (Raised from 45 to 47 once, knowingly: `text.pitch-line`, the line model in the default
/// preset, brought the held-out leak of `without` snippets from 5.5% to 4.9% for 0.2 points of
/// `with`; on five shop and review pages a second pass, with the shop's chrome gone, finds them
/// mostly prose and judges a line or two of theirs, while three pages became stable.)
const CEILING_ALL_DEV_PAGES_NOT_IDEMPOTENT: usize = 49;
/// (Raised from 27 to 29 once, knowingly: `footer.heading` cutting a shop's footer at its
/// footnotes gained 1.8 points of F1 over five Apple pages, two of which then change by three
/// short product lines on a second pass with the line model.)
const CEILING_ALL_DEV_PAGES_NOT_IDEMPOTENT_PRECISION: usize = 29;

#[test]
#[ignore = "all 1,358 dev dumps, twice: run with --release -- --ignored"]
fn all_dev_dumps_cleaned_again_change_no_more_than_before() {
    check_cleaner(
        &Cleaner::default(),
        "default preset",
        None,
        CEILING_ALL_DEV_PAGES_NOT_IDEMPOTENT,
    );
}

#[test]
#[ignore = "all 1,358 dev dumps, twice: run with --release -- --ignored"]
fn all_dev_dumps_cleaned_again_change_no_more_than_before_in_precision() {
    check_cleaner(
        &precision_cleaner(),
        "Precision preset",
        None,
        CEILING_ALL_DEV_PAGES_NOT_IDEMPOTENT_PRECISION,
    );
}
