//! Mojibake as the accounting checks read it: `provenance.repaired` ranges stand for the
//! characters they first were, and those that stand for a space are blank.
#![allow(dead_code)]

use dechaff::text::is_blankish;
use dechaff::ByteSpan;

/// The characters a run of mojibake stands for: its characters read back as Windows-1252 (or
/// Latin-1) bytes, and those read as UTF-8. `None` when they are no such run.
pub fn unmojibake(s: &str) -> Option<String> {
    // "Â" before a space: a non-breaking space whose second byte became a space.
    if s == "Â" {
        return Some(" ".into());
    }
    let mut bytes = Vec::new();
    for c in s.chars() {
        if (c as u32) < 0x100 {
            bytes.push(c as u32 as u8);
        } else {
            let mut buf = [0; 4];
            let (b, _, bad) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf));
            if bad || b.len() != 1 {
                return None;
            }
            bytes.push(b[0]);
        }
    }
    String::from_utf8(bytes).ok()
}

/// Whether byte `at` of `text` lies in a repaired range that reads as blank (a garbled
/// non-breaking space).
pub fn blank_repairs(text: &str, repaired: &[ByteSpan]) -> impl Fn(usize) -> bool {
    let blank: Vec<(usize, usize)> = repaired
        .iter()
        .filter(|r| {
            text.get(r.range())
                .and_then(unmojibake)
                .is_some_and(|c| c.chars().all(is_blankish))
        })
        .map(|r| (r.start, r.end))
        .collect();
    move |at| {
        let k = blank.partition_point(|&(s, _)| s <= at);
        k > 0 && at < blank[k - 1].1
    }
}
