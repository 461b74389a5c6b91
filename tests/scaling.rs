//! Pathological pages stay linear: a page four times as long takes about four times as long to
//! clean, not sixteen. Each case is a shape that was once quadratic (see `examples/scale.rs`
//! for the full set of shapes and sizes); the result is also checked against the accounting
//! invariant.
//!
//! Times are the thread's CPU time, the better of two runs; the bound (8x for 4x the input)
//! sits between linear (about 4x) and quadratic (16x, once the quadratic part dominates: the
//! sizes are chosen so that it did), so it holds on a slow or busy machine and in debug builds.

#[path = "support/cpu_time.rs"]
mod cpu_time;
use cpu_time::thread_cpu_time;
use dechaff::{Cleaner, Input};
use std::time::Duration;

#[path = "support/html_accounting.rs"]
mod html_accounting;

fn clean_time(cleaner: &Cleaner, page: &str) -> Duration {
    (0..2)
        .map(|_| {
            let t = thread_cpu_time();
            let doc = cleaner.clean(Input::html(page.as_bytes())).expect("cleans");
            let took = thread_cpu_time().saturating_sub(t);
            drop(doc);
            took
        })
        .min()
        .unwrap_or_default()
}

/// Cleans `make(n)` and `make(4 * n)`; the larger must not take over eight times as long (plus a
/// little, for timer granularity).
fn assert_linear(name: &str, make: impl Fn(usize) -> String, n: usize) {
    let cleaner = Cleaner::default();
    cleaner.prepare();
    let small = make(n);
    let large = make(4 * n);
    let doc = cleaner
        .clean(Input::html(small.as_bytes()))
        .expect("cleans");
    html_accounting::check(&small, &doc).unwrap_or_else(|e| panic!("{name}: {e}"));
    let t1 = clean_time(&cleaner, &small);
    let t4 = clean_time(&cleaner, &large);
    assert!(
        t4 < t1 * 8 + Duration::from_millis(20),
        "{name}: {:.0} ms for {} bytes, {:.0} ms for {} bytes",
        t1.as_secs_f64() * 1e3,
        small.len(),
        t4.as_secs_f64() * 1e3,
        large.len()
    );
}

/// Repeats `unit(k)` for k = 0, 1, ... until the page holds `n` bytes after `head`.
fn fill(n: usize, head: &str, unit: impl Fn(usize) -> String) -> String {
    let mut s = String::from(head);
    let mut k = 0;
    while s.len() < n {
        s.push_str(&unit(k));
        k += 1;
    }
    s
}

/// Item roots were found by walking up from each node: quadratic when an item of a repeated
/// structure is deeply nested.
#[test]
fn a_deeply_nested_item_of_a_repeated_structure() {
    let mut head = String::from("<html><body><div class=\"cards\">");
    for k in 0..3 {
        head.push_str(&format!(
            "<div class=\"card\"><p>Card {k} says that the council approved the budget on \
             Tuesday after a long debate about schools, roads and water.</p></div>"
        ));
    }
    head.push_str("<div class=\"card\">");
    let make = |n: usize| {
        fill(n, &head, |k| {
            if k % 8 == 0 {
                format!("<div class=\"header\">{k} ")
            } else {
                "<div>x ".to_string()
            }
        })
    };
    // Debug build: 1.2 s -> 15 s before (13x), 0.13 s -> 0.56 s after.
    assert_linear("nested item", make, 128 << 10);
}

/// Each teaser heading's section summed its text over every block, and each block was tested
/// against every section: quadratic on a page of many such headings.
#[test]
fn many_teaser_headings() {
    let make = |n: usize| {
        fill(n, "<html><body>", |k| {
            let heading = ["Related posts", "You may also like", "Table of contents"][k % 3];
            format!("<p>Paragraph {k} of the article.</p><h2>{heading}</h2><a href=/>A b</a>")
        })
    };
    // Debug build: 0.25 s -> 2.6 s before (11x), 0.11 s -> 0.45 s after.
    assert_linear("teaser headings", make, 256 << 10);
}

/// Each piece cut out of a block mapped its ends by walking the block's text from its start:
/// quadratic on one long paragraph cut in many places (found by examples/mutate.rs: a 1 MB page
/// took 1.7 s, 6.6 s doubled).
#[test]
fn one_long_paragraph_cut_in_many_places() {
    let make = |n: usize| {
        let mut page = fill(n, "<html><body><p>", |k| {
            format!("Word {k} of a long paragraph [tta_listen_btn] and more words here. ")
        });
        page.push_str("</p></body></html>");
        page
    };
    assert_linear("many cuts in one paragraph", make, 64 << 10);
}

/// A class name of thousands of words on a product's page: the product vocabulary looked up every
/// run of its words as a compound name, at every length, which is cubic in the name's length (a
/// mutated page's class of 500,000 hyphens took minutes). Runs are now no longer than the
/// longest compound.
#[test]
fn a_class_name_of_thousands_of_words() {
    let make = |n: usize| {
        let words = "ab-".repeat(n / 3);
        format!(
            "<html><head><meta property=\"og:type\" content=\"product\"></head><body>\
             <h1>Stove</h1><button class=\"add-to-cart\">Add to cart</button>\
             <div class=\"{words}x\"><p>The stove heats a room of twenty square metres and \
             burns wood or coal.</p></div></body></html>"
        )
    };
    assert_linear("a class name of thousands of words", make, 20_000);
}

/// Text before any tag, in lines that are only no-break spaces, makes one block of as many
/// pieces; a line said twice in it is cut as a copy. Mapping each piece's text to the page walked
/// the pieces from the first, which is quadratic in them (a mutated page of 300 KB took over two
/// seconds).
#[test]
fn a_block_of_many_blank_pieces() {
    let make = |n: usize| {
        let blank = "\u{a0}\n";
        let lines = n / blank.len();
        format!(
            "/\n{}Posted on March 3, 2024\n\n{}Posted on March 3, 2024\n<div>x</div>\n",
            blank.repeat(lines / 2),
            blank.repeat(lines / 2)
        )
    };
    assert_linear("a block of many blank pieces", make, 30_000);
}
