//! Debug view of one page: every block's state and text, for development.
//! `cargo run --example page -- path/to/page.html[.gz]`
use std::io::Read;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        println!("usage: page FILE");
        return;
    };
    let raw = std::fs::read(&path).unwrap_or_default();
    let bytes = if path.ends_with(".gz") {
        let mut out = Vec::new();
        let _ = flate2::read::MultiGzDecoder::new(&raw[..]).read_to_end(&mut out);
        out
    } else {
        raw
    };
    let doc = match dechaff::Cleaner::default().clean(dechaff::Input::html(&bytes)) {
        Ok(d) => d,
        Err(e) => {
            println!("error: {e}");
            return;
        }
    };
    let mut items: Vec<(usize, String)> = Vec::new();
    for p in &doc.paragraphs {
        let s = p.spans.first().map(|s| s.start).unwrap_or(0);
        items.push((
            s,
            format!("KEEP {}", p.text.chars().take(100).collect::<String>()),
        ));
    }
    for r in &doc.removals {
        let t = String::from_utf8_lossy(&bytes[r.span.range()]);
        let t = dechaff::text::collapse(&t);
        items.push((
            r.span.start,
            format!(
                "  -- {:<18} {}",
                r.rule,
                t.chars().take(90).collect::<String>()
            ),
        ));
    }
    items.sort_by_key(|i| i.0);
    for (_, s) in items {
        println!("{s}");
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&doc.metadata).unwrap_or_default()
    );
}
