//! The list of references, sources or citations that closes an article ("References",
//! "Sources:", "Works cited"): the works the article draws on, not what it says. Cut from its
//! heading to the end, once the article is known: a corpus of articles (a search index, a RAG
//! store, training text) wants the prose, and the removal names the list for a reader who wants it.

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use crate::text::{collapsed_word_count, trim_ws};

pub static REFERENCES: Rule = Rule {
    id: "text.references",
    layer: Layer::Text,
    why: "the list of references, sources or citations closing the article, from its heading on",
    tier: Tier::Balanced,
};

/// The headings of such a list, alone on their line (lower case, without a colon).
const HEADINGS: &[&str] = &[
    "references",
    "sources",
    "citations",
    "works cited",
    "bibliography",
    "article sources",
    "sources and references",
    "references and notes",
    "notes and references",
    "reference list",
    "literature cited",
];

/// The article before the heading has at least this many words: a short page whose list is most
/// of it (a bibliography, a docs page of references) is that list.
const MIN_ARTICLE_WORDS: usize = 150;

/// Whether a line is one of [`HEADINGS`].
fn is_heading(line: &str) -> bool {
    let t = trim_ws(line).trim_end_matches(':').trim_end();
    t.len() <= 24 && HEADINGS.iter().any(|h| t.eq_ignore_ascii_case(h))
}

/// Removes the kept blocks from the last references heading on, when the article before it has
/// [`MIN_ARTICLE_WORDS`] words and the list (with what follows it) is no longer than the
/// article: a page that goes on at length after such a heading has more to say than a list.
/// Returns whether it removed anything.
pub fn apply(doc: &mut Doc, rs: &Ruleset) -> bool {
    if !rs.on(&REFERENCES) {
        return false;
    }
    // Most pages have no such heading: the words are counted only for a page that has one. (An
    // earlier heading has fewer words before it than the last: the last one decides.)
    let Some(at) = doc
        .blocks
        .iter()
        .rposition(|b| b.is_kept() && is_heading(&b.plain))
    else {
        return false;
    };
    let words = |blocks: &[crate::doc::Block]| -> usize {
        blocks
            .iter()
            .filter(|b| b.is_kept())
            .map(|b| collapsed_word_count(&b.plain))
            .sum()
    };
    let before = words(&doc.blocks[..at]);
    if before < MIN_ARTICLE_WORDS || words(&doc.blocks[at..]) > before {
        return false;
    }
    for i in at..doc.blocks.len() {
        doc.remove(i, &REFERENCES, None);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Four paragraphs of an article, 160 words.
    const ARTICLE: &str = "The council approved the new budget for the city's schools on Tuesday \
        after a long debate, and the mayor said the vote was a turning point for the district and \
        for the families who had waited years for new classrooms.\n\nThe plan pays for twelve \
        new classrooms, a library and a gym, and it raises teachers' pay by four percent over two \
        years, the first rise since the recession ended and the city's finances began to \
        recover.\n\nMembers of the opposition said that the plan was rushed, and they asked for \
        an independent review of the figures before the vote, which the council refused by seven \
        votes to four after a debate that lasted until midnight.\n\nThe library will open in the \
        spring of next year, and the council says that the old building will become a youth \
        centre once the work on its roof and its heating is done, which should take about six \
        months.";

    const LIST: &str = "Smith, J. and Brown, K. (2021). How small cities pay for their \
        schools: budgets, bonds and the state's share of the bill. Journal of Education Finance, \
        12(3), 45-67.";

    fn removed_by_it<'a>(input: &'a str, doc: &crate::CleanDoc) -> Vec<&'a str> {
        doc.removals
            .iter()
            .filter(|r| r.rule == REFERENCES.id)
            .map(|r| &input[r.span.range()])
            .collect()
    }

    #[test]
    fn the_closing_list_of_references_goes() {
        let input = format!("{ARTICLE}\n\nReferences\n\n{LIST}\n");
        let doc = crate::clean(&input);
        assert!(doc.body.ends_with("six months."), "{}", doc.body);
        assert_eq!(removed_by_it(&input, &doc), ["References", LIST]);
    }

    #[test]
    fn a_page_that_goes_on_after_the_heading_keeps_it() {
        // Too short an article before it: the page is its list.
        let (first, rest) = ARTICLE.split_once("\n\n").unwrap_or_default();
        let short = format!("{first}\n\nSources\n\n{LIST}\n");
        assert!(removed_by_it(&short, &crate::clean(&short)).is_empty());
        // More after the heading than before it: a section of the page, not its closing list.
        let long = format!("{first}\n\nSources\n\n{rest}\n");
        let doc = crate::clean(&long);
        assert!(removed_by_it(&long, &doc).is_empty(), "{:?}", doc.removals);
        // A sentence that names sources is prose.
        assert!(!is_heading("Sources say the budget will pass."));
        assert!(is_heading("Article Sources:"));
        assert!(is_heading("WORKS CITED"));
        assert!(is_heading("Notes and references"));
    }
}
