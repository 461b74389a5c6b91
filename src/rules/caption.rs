//! Photo credits that a dump keeps as lines of their own: "Photo: Shutterstock", "Image Credit:
//! Avis", "Photo by Solen Feyissa on Unsplash", "Andriy Onufriyenko / Getty Images". In HTML the
//! same lines sit in a figcaption or a credit class and `dom.caption` takes them; a dump has lost
//! the markup, so the words of the credit are what is left to tell it by.

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use crate::text::{word_count, Prefixes};
use once_cell::sync::Lazy;
use regex::Regex;

pub static PHOTO_CREDIT: Rule = Rule {
    id: "caption.photo-credit",
    layer: Layer::Chrome,
    why: "a photo or image credit line (\"Photo: Shutterstock\", \"Jane Doe / Getty Images\")",
    tier: Tier::Core,
};

/// A labelled credit: the label, a colon, and a short name list with no sentence in it.
/// "Credit:" alone is also a finance and film word, so it needs a photo agency, a slash or
/// "courtesy" after it ("Credit: Reviewed / Jonathan Chan").
/// A new label needs its first word in [`LABEL_PREFIXES`].
static LABELLED_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)^(?:
          (?:(?:featured|header|cover|top|lead|main|hero)\ )?(?:photo|photograph|image|picture|illustration)s?
            (?:\ (?:credits?|source|courtesy))?\ *[:|]\ *(?:[^.!?]|\.[^\s.!?]){2,80}\.?
        | (?:photo|image)\ (?:credits?|courtesy)\ (?:of|by)\ [^.!?]{2,60}
        | credits?\ *:\ *(?:[^.!?]|\.[^\s.!?]){0,60}(?:/|\bvia\b|\bcourtesy\b|©)(?:[^.!?]|\.[^\s.!?]){0,60}
        | photo(?:graph)?\ by\ [^.!?]{2,50}?\ on\ (?:unsplash|pexels|pixabay)
        )$",
    )
    .expect("labelled credit regex")
});

/// A credit that ends with a photo agency: "PixelVista / Getty Images", "Sean Gallup via Getty
/// Images", "Getty Images", "©iStock.com/fizkes".
static AGENCY_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)(?:^|[/|©]\s*|\bvia\s+|\s/\s*)(?:getty\s*images|shutterstock|istock(?:photo)?(?:\.com)?|unsplash|alamy(?:\s+stock\s+photo)?|adobe\s*stock|ap\s+photo|afp|reuters|pexels|pixabay|dreamstime|depositphotos)(?:\s*(?:plus|pro|/\s*[\w .'-]{1,30}))?\.?$",
    )
    .expect("agency credit regex")
});

static LABEL_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::new(
        &[
            "featured",
            "header",
            "cover",
            "top",
            "lead",
            "main",
            "hero",
            "photo",
            "image",
            "picture",
            "illustration",
            "credit",
        ],
        b" \t(",
    )
});

/// Is `line` a photo credit? `line` is trimmed.
pub fn is_photo_credit(line: &str) -> bool {
    if line.len() > 160 {
        return false;
    }
    let t = line.trim_start_matches('(').trim_end_matches(')');
    (LABEL_PREFIXES.may_match(t) && LABELLED_RE.is_match(t))
        || (ends_with_agency_hint(t) && word_count(t) <= 25 && AGENCY_RE.is_match(t))
}

/// The words an agency credit ends with, for a cheap look at a line's end before [`AGENCY_RE`].
static AGENCY_HINTS: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "images",
            "stock",
            "splash",
            "alamy",
            "photo",
            "afp",
            "reuters",
            "pexels",
            "pixabay",
            "dreamstime",
        ])
        .expect("agency hints")
});

/// Do the last bytes of `t` hold a word that every agency credit ends with?
fn ends_with_agency_hint(t: &str) -> bool {
    let b = t.as_bytes();
    AGENCY_HINTS.is_match(&b[b.len().saturating_sub(48)..])
}

pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&PHOTO_CREDIT) {
        return;
    }
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if !b.is_kept() || b.plain.len() > 160 {
            continue;
        }
        if is_photo_credit(crate::text::trim_ws(&b.plain)) {
            doc.remove(i, &PHOTO_CREDIT, None);
        }
    }
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&LABELLED_RE);
    Lazy::force(&AGENCY_RE);
    Lazy::force(&LABEL_PREFIXES);
    Lazy::force(&AGENCY_HINTS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photo_credits() {
        for l in [
            "Photo: Shutterstock",
            "Photo Credit: Screenshot from the WayAway website",
            "Image Credit: AutoRentals.com via Flickr (license)",
            "Featured Image Credit: Upgraded Points",
            "Image: Courtesy of Michael Ma",
            "Image Source: Getty Images.",
            "Credit: Reviewed / Timothy Renzi",
            "Credit: Andriy Onufriyenko / Getty Images",
            "Photo credit: ©iStock.com/gorodenkoff, ©iStock.com/fizkes",
            "Photo by Solen Feyissa on Unsplash",
            "Fitness fanatics are over feeling burnt out. PixelVista / Getty Images",
            "Sean Gallup via Getty Images",
            "Getty Images",
            "Streetcats Studio / Shutterstock",
            "imaginima/Getty Images",
            "(Photo: AP Photo)",
        ] {
            assert!(is_photo_credit(l), "{l}");
        }
    }

    #[test]
    fn prose_about_photos_and_credit_stays() {
        for l in [
            "Credit: 720 or above",
            "Credit: the lender checks your score before it approves the loan.",
            "Photo: the harbour at dawn, before the boats went out. It was cold and the light was thin.",
            "Image quality improved a lot with the new sensor.",
            "Getty Images, the photo agency, cut a fifth of its staff last year, its chief executive said.",
            "He sold the pictures to Getty Images.",
            "Photo by photo, the archive was rebuilt over ten years.",
            "The agency licenses its pictures through Shutterstock and other sites, and it keeps a share of each sale.",
        ] {
            assert!(!is_photo_credit(l), "{l}");
        }
    }

    #[test]
    fn label_prefixes_never_rule_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            "Photo: Shutterstock",
            "Image Credit: Avis",
            "Credit: Reviewed / Jane Doe",
            "Featured Image: Ann Lee",
            "(Photo: AP Photo)",
        ]);
        let mut matched = 0;
        for l in &lines {
            let t = l.trim().trim_start_matches('(').trim_end_matches(')');
            if LABELLED_RE.is_match(t) {
                assert!(LABEL_PREFIXES.may_match(t), "{t:?}");
                matched += 1;
            }
        }
        assert!(matched >= 5, "{matched}");
    }

    #[test]
    fn agency_hint_never_rules_out_a_match() {
        for l in [
            "Getty Images",
            "x / Shutterstock",
            "x via Getty Images.",
            "©iStock.com/fizkes",
            "x / Alamy Stock Photo",
            "x / AFP",
            "x / Reuters",
            "x / Pexels",
            "x / Pixabay",
            "x / Dreamstime",
            "x / Depositphotos",
            "x / Adobe Stock",
            "x / Getty Images Plus",
            "x / iStockphoto",
        ] {
            assert!(AGENCY_RE.is_match(l), "{l}");
            assert!(ends_with_agency_hint(l), "{l}");
        }
    }
}
