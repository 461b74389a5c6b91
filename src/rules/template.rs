//! Site templates learnt across documents: a line that recurs on many documents of one site (menu
//! items, a footer, a standard disclaimer) is the site's template, not the article.
//!
//! The statistics are learnt beforehand ([`crate::TemplateLearner`]) and passed in explicitly
//! ([`crate::Cleaner::clean_with`]); without them this layer does nothing.
//!
//! A *line* is a line of a text dump (a piece of a block: hard-wrapped lines re-joined into one
//! paragraph stay separate lines) or a whole block of a page (HTML pieces are text nodes, and a
//! recurring bold word inside a paragraph must not be cut out of it).

use crate::doc::{trim_span, Doc};
use crate::model::{InputKind, Layer};
use crate::rules::{Rule, Ruleset, Tier};
use crate::template::{line_key, SiteTemplate};

pub static SITE: Rule = Rule {
    id: "template.site",
    layer: Layer::Template,
    why: "the line recurs on many documents of the same site (learnt template: menus, footers, boilerplate notes)",
    tier: Tier::Core,
};

/// The template keys of a document's lines, in block order (`None` for lines with no words).
pub(crate) fn unit_keys(doc: &Doc, kind: InputKind) -> Vec<u64> {
    let mut out = Vec::new();
    for b in &doc.blocks {
        match kind {
            InputKind::Text => {
                let text = b.text_of(&doc.src);
                for p in &b.pieces {
                    let line = text.get(p.text_start..p.text_start + p.text_len);
                    out.extend(line.and_then(line_key));
                }
            }
            InputKind::Html => out.extend(line_key(&b.text_of(&doc.src))),
        }
    }
    out
}

fn detail(seen: u32, site: &SiteTemplate) -> Option<String> {
    Some(format!(
        "seen on {seen} of {} documents of {}",
        site.documents(),
        site.name()
    ))
}

/// Removes the kept lines that belong to the site's template.
pub fn apply(doc: &mut Doc, rs: &Ruleset, kind: InputKind, site: Option<&SiteTemplate>) {
    let Some(site) = site else { return };
    if !rs.on(&SITE) || site.is_empty() {
        return;
    }
    for i in 0..doc.blocks.len() {
        if !doc.blocks[i].is_kept() {
            continue;
        }
        if kind == InputKind::Html {
            if let Some(seen) =
                line_key(&doc.blocks[i].text_of(&doc.src)).and_then(|k| site.seen(k))
            {
                doc.remove(i, &SITE, detail(seen, site));
            }
            continue;
        }
        // Text: the whole block when every line of it is template, else line by line.
        let seen_of = |doc: &Doc, p: usize| {
            let b = &doc.blocks[i];
            let piece = b.pieces[p];
            b.text_of(&doc.src)
                .get(piece.text_start..piece.text_start + piece.text_len)
                .and_then(line_key)
                .and_then(|k| site.seen(k))
        };
        let n = doc.blocks[i].pieces.len();
        let seen: Vec<Option<u32>> = (0..n).map(|p| seen_of(doc, p)).collect();
        if seen.iter().all(Option::is_some) {
            let least = seen.iter().flatten().copied().min().unwrap_or(0);
            doc.remove(i, &SITE, detail(least, site));
            continue;
        }
        // Cut template lines one at a time (each with its own count): each cut rebuilds the
        // block's pieces and never adds one, so this loop ends.
        let mut guard = n;
        while guard > 0 {
            guard -= 1;
            let pieces = doc.blocks[i].pieces.len();
            let Some((p, seen)) = (0..pieces).find_map(|p| seen_of(doc, p).map(|s| (p, s))) else {
                break;
            };
            let piece = doc.blocks[i].pieces[p];
            let range = (piece.text_start, piece.text_start + piece.text_len);
            let spans = doc.blocks[i].cut_ranges(&doc.src, &[range]);
            for span in spans {
                if let Some(span) = trim_span(&doc.src, span) {
                    doc.removals.push(SITE.removal(span, detail(seen, site)));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Cleaner, Input, TemplateLearner, TemplateOptions};

    const HEADER: &str = "Our Town Gazette — local news since 1901";
    const FOOTER: &str = "Tips? Write to the desk at the address on the contact page";
    const TOWNS: [&str; 8] = [
        "Ashford", "Bexley", "Carlow", "Dunmore", "Elgin", "Fenwick", "Garston", "Hollin",
    ];

    fn page(i: usize) -> String {
        let town = TOWNS[i % TOWNS.len()];
        format!(
            "{HEADER}\n\nThe council of {town} met and argued about the river crossing.\n\
             Residents of {town} said the old bridge, which was news to them, must be rebuilt.\n\n{FOOTER}\n"
        )
    }

    fn learn(pages: &[String]) -> crate::TemplateStats {
        let cleaner = Cleaner::default();
        let mut learner = TemplateLearner::new(TemplateOptions::default());
        for p in pages {
            let lines = cleaner
                .template_lines(Input::text(p).site("example.com"))
                .unwrap();
            learner.add("example.com", &lines);
        }
        learner.finish()
    }

    #[test]
    fn removes_lines_shared_by_the_site_and_keeps_bodies() {
        let pages: Vec<String> = (0..8).map(page).collect();
        let stats = learn(&pages);
        let cleaner = Cleaner::default();
        for p in &pages {
            let d = cleaner
                .clean_with(Input::text(p).site("example.com"), &stats)
                .unwrap();
            assert_eq!(d.paragraphs.len(), 2, "{:#?}", d.paragraphs);
            assert!(d.body.starts_with("The council of"));
            assert!(d.body.contains("which was news to them"));
            let t: Vec<_> = d
                .removals
                .iter()
                .filter(|r| r.rule == "template.site")
                .collect();
            assert_eq!(t.len(), 2, "{:#?}", d.removals);
            assert_eq!(
                t[0].detail.as_deref(),
                Some("seen on 8 of 8 documents of example.com")
            );
            assert!(!d.body.contains("Gazette") && !d.body.contains("Tips"));
        }
    }

    #[test]
    fn needs_enough_documents_and_the_right_site() {
        // Four documents are fewer than the default minimum of five.
        let pages: Vec<String> = (0..4).map(page).collect();
        let stats = learn(&pages);
        let d = Cleaner::default()
            .clean_with(Input::text(&pages[0]).site("example.com"), &stats)
            .unwrap();
        assert!(d.removals.iter().all(|r| r.rule != "template.site"));
        // Another site's document is not touched by example.com's template.
        let stats = learn(&(0..8).map(page).collect::<Vec<_>>());
        let d = Cleaner::default()
            .clean_with(Input::text(&pages[0]).site("other.org"), &stats)
            .unwrap();
        assert!(d.removals.iter().all(|r| r.rule != "template.site"));
    }

    #[test]
    fn can_be_disabled() {
        let pages: Vec<String> = (0..8).map(page).collect();
        let stats = learn(&pages);
        let cleaner = Cleaner::builder().disable("template.site").build().unwrap();
        let d = cleaner
            .clean_with(Input::text(&pages[0]).site("example.com"), &stats)
            .unwrap();
        assert!(d.removals.iter().all(|r| r.rule != "template.site"));
    }
}
