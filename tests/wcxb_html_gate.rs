//! Quality gate: mean word-F1 of the HTML front end on a fixed sample of the WCXB development
//! split (Web Content Extraction Benchmark, CC-BY-4.0, (c) 2026 Murrough Foley). Floors only go
//! up. Skipped, with a message, when `../shared/wcxb-dev` is absent.

use dechaff::eval::{score_page, Dataset, Scoreboard};
use dechaff::{Cleaner, Input};

/// Mean word-F1 on the 100-page sample, measured at 0.913 when the floor was last raised.
const F1_FLOOR: f64 = 0.909;
/// Share of `without` snippets that may leak into the output (0.047 when set).
const LEAK_CEILING: f64 = 0.055;

#[test]
fn html_sample_meets_the_floor() {
    let Some(ds) = Dataset::locate() else {
        eprintln!("skipped: WCXB data not found at ../shared/wcxb-dev");
        return;
    };
    let cleaner = Cleaner::default();
    let mut board = Scoreboard::default();
    for page in ds.sample(100) {
        let (Some(html), Some((gold, _))) = (ds.html(&page.id), ds.gold(&page.id)) else {
            continue;
        };
        let body = cleaner
            .clean(Input::html(&html))
            .map(|d| d.body)
            .unwrap_or_default();
        board.add(&page.page_type, &score_page(&body, &gold));
    }
    eprintln!("{}", board.table());
    assert!(board.pages() >= 90, "only {} pages scored", board.pages());
    assert!(
        board.f1() >= F1_FLOOR,
        "F1 {:.3} < floor {F1_FLOOR}",
        board.f1()
    );
    assert!(
        board.without_leak() <= LEAK_CEILING,
        "leak {:.3} > {LEAK_CEILING}",
        board.without_leak()
    );
}
