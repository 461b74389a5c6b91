//! The language of the kept text, where the markup names none (every text dump, and a page
//! without a `lang` attribute): corpora are split and filtered by language.
//!
//! Two signals, in turn: the stopword list that the kept words hit most (the lists the text
//! classifier reads, [`crate::stopwords::LANGS`]), and, for text those lists do not cover, the
//! script most of its letters are written in, where one script means one language (kana is
//! Japanese, Hangul Korean, Thai Thai...). Cyrillic or Latin text that no list covers gets no
//! language: the script alone does not tell which.

use crate::doc::Doc;
use crate::model::{ByteSpan, Layer, MetaField};
use crate::rules::{Rule, Ruleset, Tier};
use crate::stopwords::{self, Counts};

pub static LANGUAGE: Rule = Rule {
    id: "meta.language",
    layer: Layer::Metadata,
    why: "the language of the kept text: the one whose stopwords its words hit most, else the script it is written in (kana, Hangul, Han, Arabic, Thai...); where the markup names none",
    tier: Tier::Core,
};

/// How many letters the script count reads, at most: enough to tell a script, and a bound on the
/// work for a long document.
const SCRIPT_SAMPLE_LETTERS: usize = 4000;
/// A script gives the language when it writes at least this share of the letters read.
const SCRIPT_MIN_SHARE: f64 = 0.5;
/// And when at least this many of them.
const SCRIPT_MIN_LETTERS: usize = 20;

/// The stopword counts of the kept text: dedup's where it counted a block's words, else counted
/// here, in at most `uncounted_bytes` of text (a sample is enough to tell a language).
pub(crate) fn kept_counts(doc: &Doc, uncounted_bytes: usize) -> Counts {
    let mut total = Counts::default();
    let mut read = 0;
    for i in doc.kept_iter() {
        match doc.word_counts.get(i).copied().flatten() {
            Some(c) => total.add(&c),
            None if read < uncounted_bytes => {
                read += doc.blocks[i].plain.len();
                total.add(&Counts::of(&doc.blocks[i].plain));
            }
            None => {}
        }
    }
    total
}

/// Sets `language` from the kept text when it is not set yet.
pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    if doc.metadata.language.is_some() || !rs.on(&LANGUAGE) {
        return;
    }
    let (Some(first), Some(last)) = (doc.kept_iter().next(), doc.kept_iter().next_back()) else {
        return;
    };
    let total = kept_counts(doc, usize::MAX);
    let code = match stopwords::guess(&total).or_else(|| clear_lead(&total)) {
        Some(k) => stopwords::LANGS[k],
        None => match by_script(doc.kept_iter().map(|i| &*doc.blocks[i].plain)) {
            Some(code) => code,
            None => return,
        },
    };
    // What it was read from: the kept text, from its first byte to its last.
    let span = ByteSpan::new(
        doc.blocks[first].outer_span().start,
        doc.blocks[last].outer_span().end,
    );
    doc.metadata.language = Some(MetaField {
        value: code.to_string(),
        span,
        rule: LANGUAGE.id,
        normalized: None,
    });
}

/// Lists, tables, specifications and logs hold fewer function words than prose, too few for
/// [`stopwords::guess`]; one list still tells when it leads all the others by far.
fn clear_lead(total: &Counts) -> Option<usize> {
    let mut best = (0, 0u32);
    let mut second = 0u32;
    for (k, &h) in total.hits.iter().enumerate() {
        if h > best.1 {
            second = best.1;
            best = (k, h);
        } else if h > second {
            second = h;
        }
    }
    let (k, hits) = best;
    (hits >= LEAD_MIN_HITS
        && u64::from(hits) * 100 >= u64::from(total.words) * LEAD_MIN_PERCENT
        && hits >= LEAD_FACTOR * second)
        .then_some(k)
}

/// A clear lead: this many stopwords at least, this share of the words, and this many times the
/// hits of the next list.
const LEAD_MIN_HITS: u32 = 30;
const LEAD_MIN_PERCENT: u64 = 5;
const LEAD_FACTOR: u32 = 3;

/// The scripts that name one language each.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Kana,
    Hangul,
    Han,
    Arabic,
    Hebrew,
    Greek,
    Thai,
    Devanagari,
    Georgian,
    Armenian,
    /// Latin, Cyrillic and the others, which name no one language.
    Other,
}

const SCRIPTS: [(Script, &str); 10] = [
    (Script::Kana, "ja"),
    (Script::Hangul, "ko"),
    (Script::Han, "zh"),
    (Script::Arabic, "ar"),
    (Script::Hebrew, "he"),
    (Script::Greek, "el"),
    (Script::Thai, "th"),
    (Script::Devanagari, "hi"),
    (Script::Georgian, "ka"),
    (Script::Armenian, "hy"),
];

fn script_of(c: char) -> Script {
    match c as u32 {
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Kana,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => Script::Han,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0E00..=0x0E7F => Script::Thai,
        0x0900..=0x097F => Script::Devanagari,
        0x10A0..=0x10FF => Script::Georgian,
        0x0530..=0x058F => Script::Armenian,
        _ => Script::Other,
    }
}

/// The language of the script most of the texts' letters are written in, if one script that
/// names a language writes most of them. Japanese mixes kana with Han characters: any real
/// share of kana among Han makes it Japanese.
fn by_script<'a>(texts: impl Iterator<Item = &'a str>) -> Option<&'static str> {
    let mut counts = [0usize; SCRIPTS.len()];
    let mut letters = 0usize;
    'read: for t in texts {
        for c in t.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            let s = script_of(c);
            if let Some(k) = SCRIPTS.iter().position(|(x, _)| *x == s) {
                counts[k] += 1;
            }
            if letters >= SCRIPT_SAMPLE_LETTERS {
                break 'read;
            }
        }
    }
    let kana = counts[0];
    let han = counts[2];
    // Kana and Han together write Japanese; a tenth of kana is no accident in Chinese text.
    if kana > 0 && kana * 10 >= kana + han {
        counts[0] += han;
        counts[2] = 0;
    }
    let (k, &best) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    (best >= SCRIPT_MIN_LETTERS && best as f64 >= SCRIPT_MIN_SHARE * letters as f64)
        .then_some(SCRIPTS[k].1)
}

#[cfg(test)]
mod tests {
    fn language_of(text: &str) -> Option<String> {
        let doc = crate::clean(text);
        doc.metadata.language.map(|l| {
            assert_eq!(l.rule, "meta.language");
            l.value
        })
    }

    #[test]
    fn names_the_language_of_the_kept_text() {
        assert_eq!(
            language_of("The council approved the budget on Tuesday after a long debate about what the new library would cost and who would pay for it, and the mayor said that work would start in the spring.").as_deref(),
            Some("en")
        );
        assert_eq!(
            language_of("Der Stadtrat hat am Dienstag nach einer langen Debatte den Haushalt beschlossen. Die neue Bibliothek soll im Frühjahr gebaut werden, und die Kosten trägt zum größten Teil die Stadt.").as_deref(),
            Some("de")
        );
        assert_eq!(
            language_of("東京都は火曜日、長い議論の末に来年度の予算を承認した。新しい図書館の建設費を誰が負担するかが最大の争点だった。工事は春に始まる予定だという。").as_deref(),
            Some("ja")
        );
        assert_eq!(
            language_of("서울시는 화요일 오랜 논의 끝에 내년도 예산을 승인했다. 새 도서관의 건설 비용을 누가 부담할지가 가장 큰 쟁점이었다.").as_deref(),
            Some("ko")
        );
        assert_eq!(
            language_of("市议会周二经过长时间辩论后批准了明年的预算。新图书馆的建设费用由谁承担是最大的争议点。工程预计将在春季开始。").as_deref(),
            Some("zh")
        );
    }

    #[test]
    fn names_none_it_cannot_tell() {
        // Too few words, and a language with no list in a script many languages share.
        assert_eq!(language_of("Budget approved."), None);
        assert_eq!(
            language_of("Warszawa przyjęła budżet we wtorek po długiej debacie radnych o kosztach nowej biblioteki miejskiej, którą zbudują wiosną."),
            None
        );
    }

    #[test]
    fn the_markup_names_it_first() {
        let page = "<html lang=\"fr\"><body><article><p>The council approved the budget on Tuesday after a long debate about what the new library would cost and who would pay for it.</p><p>The mayor said that work on the building would start in the spring and end the year after.</p></article></body></html>";
        let doc = crate::Cleaner::default()
            .clean(crate::Input::html(page.as_bytes()))
            .expect("clean");
        let lang = doc.metadata.language.expect("language");
        assert_eq!((lang.value.as_str(), lang.rule), ("fr", "html.language"));
        let page = page.replace(" lang=\"fr\"", "");
        let doc = crate::Cleaner::default()
            .clean(crate::Input::html(page.as_bytes()))
            .expect("clean");
        let lang = doc.metadata.language.expect("language");
        assert_eq!((lang.value.as_str(), lang.rule), ("en", "meta.language"));
        // Its span is the kept text's, from the first paragraph to the last.
        let first = &doc.paragraphs[0].spans[0];
        let last = doc
            .paragraphs
            .last()
            .and_then(|p| p.spans.last())
            .expect("span");
        assert_eq!((lang.span.start, lang.span.end), (first.start, last.end));
    }
}
