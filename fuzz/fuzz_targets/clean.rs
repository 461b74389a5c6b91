//! Arbitrary bytes through every front end: no panic, and anything accepted is accounted for.
#![no_main]

use dechaff::{Cleaner, Input};
use libfuzzer_sys::fuzz_target;
use once_cell::sync::Lazy;

static CLEANER: Lazy<Cleaner> = Lazy::new(Cleaner::default);

fuzz_target!(|data: &[u8]| {
    for input in [Input::text_bytes(data), Input::sniff(data), Input::html(data)] {
        if let Ok(doc) = CLEANER.clean(input) {
            let mut spans: Vec<_> = doc.paragraphs.iter().flat_map(|p| p.spans.iter().copied()).chain(doc.removals.iter().map(|r| r.span)).collect();
            spans.sort();
            assert!(spans.windows(2).all(|w| w[0].end <= w[1].start), "overlapping spans");
            assert!(spans.iter().all(|s| s.end <= data.len()), "span out of range");
        }
    }
});
