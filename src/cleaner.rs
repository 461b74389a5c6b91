//! The cleaner: options, the pipeline of layers, and the assembly of the output document.

use crate::doc::{Block, Doc, State};
use crate::error::{Error, Result};
use crate::input::Input;
use crate::model::{ByteSpan, CleanDoc, InputKind, Metadata, Paragraph, ParagraphKind, Provenance};
use crate::rules::code::VERBATIM;
use crate::rules::linemodel::{LineModel, ProbeLine};
use crate::rules::{self, Rule, Ruleset, Tier};
use crate::template::{DocLines, SiteTemplate, TemplateStats};
use sha2::{Digest, Sha256};
use std::borrow::Cow;

/// Runs a stage of the pipeline, timed under its name with the `stage-timers` feature
/// ([`crate::stages`]); without it, just the expression. A call to a function by its path is
/// timed under that path (`stage!(dedup::apply(doc, rs, verbatim))` as "dedup::apply"); any
/// other expression under the name given first.
macro_rules! stage {
    ($first:ident $(:: $rest:ident)* ( $($arg:expr),* $(,)? )) => {
        stage!(
            concat!(stringify!($first) $(, "::", stringify!($rest))*),
            $first $(:: $rest)* ( $($arg),* )
        )
    };
    ($name:expr, $e:expr) => {{
        #[cfg(feature = "stage-timers")]
        let _timer = crate::stages::Timer::start($name);
        $e
    }};
}

/// Groups of rules, from the most careful to the most thorough.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Preset {
    /// Only the rules that are nearly always right: keeps more of the page.
    Recall,
    /// The default.
    #[default]
    Balanced,
    /// Also the aggressive rules: the least boilerplate, at some risk to content.
    Precision,
}

impl Preset {
    fn tier(self) -> Tier {
        match self {
            Preset::Recall => Tier::Core,
            Preset::Balanced => Tier::Balanced,
            Preset::Precision => Tier::Aggressive,
        }
    }
}

/// What to do with a text dump that is not valid UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InvalidUtf8 {
    /// Read the dump in the encoding it is in: the one its byte-order mark names (UTF-16), or the
    /// one declared for it ([`Input::charset`]), or, for bytes that are not valid UTF-8, the one
    /// detected (`chardetng`: Windows-1252, Windows-1251, Shift_JIS, GBK...). Spans stay offsets
    /// into the input's bytes (a paragraph's span, decoded from that encoding, is its text) and
    /// [`Provenance::encoding`] names the encoding. UTF-8 with a few invalid bytes (a dump cut
    /// inside a character) is read as [`InvalidUtf8::Lossy`] reads it.
    #[default]
    Detect,
    /// Decode each invalid byte as a space (offsets do not move) and report the byte ranges in
    /// [`Provenance::replaced`]. No other encoding is considered.
    Lossy,
    /// Refuse the document with [`Error::InvalidUtf8`].
    Reject,
}

/// Builds a [`Cleaner`].
#[derive(Debug, Clone)]
pub struct CleanerBuilder {
    preset: Preset,
    enabled: Vec<String>,
    disabled: Vec<String>,
    max_input_bytes: usize,
    max_blocks: usize,
    invalid_utf8: InvalidUtf8,
    repair_mojibake: bool,
    line_model: Option<std::sync::Arc<LineModel>>,
}

impl Default for CleanerBuilder {
    fn default() -> Self {
        CleanerBuilder {
            preset: Preset::Balanced,
            enabled: Vec::new(),
            disabled: Vec::new(),
            max_input_bytes: 512 << 20,
            max_blocks: DEFAULT_MAX_BLOCKS,
            invalid_utf8: InvalidUtf8::Detect,
            repair_mojibake: true,
            line_model: None,
        }
    }
}

impl CleanerBuilder {
    pub fn preset(mut self, preset: Preset) -> Self {
        self.preset = preset;
        self
    }
    /// Switches a rule on by its id (see [`crate::RULES`]) whatever the preset's tier: the
    /// `Recall` preset with `nav.run`, or `Balanced` with the line model (`text.line-model`).
    /// A rule both enabled and disabled is off. Unknown ids fail at [`build`](Self::build).
    pub fn enable(mut self, rule_id: impl Into<String>) -> Self {
        self.enabled.push(rule_id.into());
        self
    }
    /// Switches a rule off by its id (see [`crate::RULES`]). Unknown ids fail at [`build`](Self::build).
    pub fn disable(mut self, rule_id: impl Into<String>) -> Self {
        self.disabled.push(rule_id.into());
        self
    }
    /// Inputs larger than this are refused with [`Error::TooLarge`] (default 512 MiB).
    pub fn max_input_bytes(mut self, limit: usize) -> Self {
        self.max_input_bytes = limit;
        self
    }
    /// Inputs that would make more blocks than this (non-blank lines of a text dump, start tags
    /// of a page) are refused with [`Error::TooManyBlocks`] before they are split (default two
    /// million). A block costs some hundreds of bytes while it is cleaned, so the limit bounds
    /// memory where the size alone does not: 8 MB of one-letter lines are four million blocks.
    /// The largest real pages make tens of thousands.
    pub fn max_blocks(mut self, limit: usize) -> Self {
        self.max_blocks = limit;
        self
    }
    pub fn invalid_utf8(mut self, policy: InvalidUtf8) -> Self {
        self.invalid_utf8 = policy;
        self
    }
    /// Repairs the mojibake of a text dump or a UTF-8 page, UTF-8 once read as Windows-1252 and
    /// saved again ("donâ€™t" for "don’t", "cafÃ©" for "café"), when it holds two sequences of
    /// it beyond doubt (default on). Spans stay offsets of the input's bytes;
    /// [`Provenance::repaired`] lists the byte ranges repaired.
    pub fn repair_mojibake(mut self, on: bool) -> Self {
        self.repair_mojibake = on;
        self
    }
    /// Uses another weight table for `text.line-model` than the shipped one (for training and
    /// evaluating a model; see `examples/line_model.rs`). A table that does not parse is
    /// refused at [`build`](Self::build).
    #[doc(hidden)]
    pub fn line_model_table(mut self, table: &str) -> Self {
        self.line_model = Some(std::sync::Arc::new(
            LineModel::parse(table).unwrap_or_else(LineModel::invalid),
        ));
        self
    }
    pub fn build(self) -> Result<Cleaner> {
        let rules_of = |ids: &[String]| {
            ids.iter()
                .map(|id| rules::by_id(id).ok_or_else(|| Error::UnknownRule(id.clone())))
                .collect::<Result<Vec<&'static Rule>>>()
        };
        let (enabled, disabled) = (rules_of(&self.enabled)?, rules_of(&self.disabled)?);
        let mut ruleset = Ruleset::with_extra(self.preset.tier(), &enabled, &disabled);
        if let Some(model) = self.line_model {
            if model.is_invalid() {
                return Err(Error::UnknownRule("text.line-model (weight table)".into()));
            }
            ruleset = ruleset.with_line_model(model);
        }
        let fingerprint = ruleset.fingerprint(&format!(
            "{:?} {:016x} mojibake={}",
            self.invalid_utf8,
            ruleset.line_model_digest(),
            self.repair_mojibake
        ));
        Ok(Cleaner {
            ruleset,
            fingerprint,
            max_input_bytes: self.max_input_bytes,
            max_blocks: self.max_blocks,
            invalid_utf8: self.invalid_utf8,
            repair_mojibake: self.repair_mojibake,
        })
    }
}

/// A configured cleaner. Build it once and share it: it is immutable and `Send + Sync`, and the
/// same input always gives the same output.
#[derive(Debug, Clone)]
pub struct Cleaner {
    ruleset: Ruleset,
    fingerprint: String,
    max_input_bytes: usize,
    max_blocks: usize,
    invalid_utf8: InvalidUtf8,
    repair_mojibake: bool,
}

/// The default of [`CleanerBuilder::max_blocks`].
const DEFAULT_MAX_BLOCKS: usize = 2_000_000;

impl Default for Cleaner {
    fn default() -> Self {
        CleanerBuilder::default()
            .build()
            .expect("the default options are valid")
    }
}

/// How many of the first bytes are looked at to tell binary input.
const BINARY_SAMPLE: usize = 8192;

impl Cleaner {
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::default()
    }

    /// Builds every pattern the rules use now, rather than on the first document that needs
    /// it: for steady latency from the first document on, and for measuring the speed of a
    /// cleaner apart from its one-time set-up. Cleaning gives the same output either way.
    pub fn prepare(&self) {
        rules::prepare();
    }

    /// The rules this cleaner runs.
    pub fn rules(&self) -> &[&'static Rule] {
        self.ruleset.enabled()
    }

    pub fn ruleset_fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// Cleans one text dump. Text is always valid input, so this cannot fail (the size limit does
    /// not apply: the caller already holds the text).
    pub fn clean_text(&self, text: &str) -> CleanDoc {
        let input = Input::text(text);
        let mut removals = Vec::new();
        let (blocks, code_lines) =
            crate::segment::blocks_and_code_lines(text, &self.ruleset, &mut removals);
        let mut doc = Doc::new(text, blocks);
        doc.removals = removals;
        doc.code_lines = code_lines;
        let verbatim = run_layers(&mut doc, &self.ruleset, None, None);
        rules::language::apply(&mut doc, &self.ruleset);
        assemble(
            &mut doc,
            &input,
            "UTF-8",
            InputKind::Text,
            &self.fingerprint,
            &verbatim,
        )
    }

    /// Cleans one document.
    pub fn clean(&self, input: Input<'_>) -> Result<CleanDoc> {
        self.clean_inner(input, None)
    }

    /// Cleans one document and removes the lines of its site's learnt template (rule
    /// `template.site`). The site is [`Input::site_key`].
    pub fn clean_with(&self, input: Input<'_>, templates: &TemplateStats) -> Result<CleanDoc> {
        self.clean_inner(input, Some(templates))
    }

    /// The normalised lines of one document, for [`crate::TemplateLearner::add`]: the lines of a
    /// text dump, or the blocks of a page, as the front end sees them before any rule runs.
    pub fn template_lines(&self, input: Input<'_>) -> Result<DocLines> {
        let (doc, _, kind, _) = self.front_end(&input)?;
        Ok(DocLines::new(rules::template::unit_keys(&doc, kind)))
    }

    fn clean_inner(&self, input: Input<'_>, templates: Option<&TemplateStats>) -> Result<CleanDoc> {
        let (mut doc, encoding, kind, transcoded) = stage!("front_end", self.front_end(&input))?;
        let site = templates.and_then(|t| t.site(&input.site_key()));
        // Metadata read from markup is more reliable than what the text layers infer; they only
        // fill the fields the markup left empty. They see its title (the headline's line), its
        // author (whose biography closes the article) and its site's name.
        let mut from_markup = std::mem::take(&mut doc.metadata);
        doc.metadata.title = from_markup.title.clone();
        doc.metadata.author = from_markup.author.clone();
        // And its site's name, which tells an author that is the site itself.
        doc.metadata.site_name = from_markup.site_name.clone();
        let verbatim = run_layers(&mut doc, &self.ruleset, site.map(|s| (s, kind)), None);
        stage!(keep_a_lone_headline(&mut doc));
        let mut found = std::mem::take(&mut doc.metadata);
        // A byline's person replaces the markup's author that is the site itself.
        if found
            .author
            .as_ref()
            .is_some_and(|a| a.rule != rules::htmlmeta::AUTHOR.id)
        {
            from_markup.author = found.author.take();
        }
        doc.metadata = merge_metadata(from_markup, found);
        stage!(rules::language::apply(&mut doc, &self.ruleset));
        let mut clean = stage!(assemble(
            &mut doc,
            &input,
            encoding,
            kind,
            &self.fingerprint,
            &verbatim,
        ));
        if let Some(t) = transcoded {
            t.to_input_offsets(&mut clean);
        }
        Ok(clean)
    }

    /// The lines `text.line-model` judges in one document, with their features, and whether
    /// each is in the clean body in the end (this cleaner's line model included). For training a
    /// line model (`examples/line_model.rs`).
    #[doc(hidden)]
    pub fn line_model_probe(&self, input: Input<'_>) -> Result<Vec<ProbeLine>> {
        let (mut doc, _, _, _) = self.front_end(&input)?;
        let mut judged: Vec<(usize, ProbeLine)> = Vec::new();
        let mut probe = |d: &Doc| judged = rules::linemodel::probe(d);
        run_layers(&mut doc, &self.ruleset, None, Some(&mut probe));
        for (i, line) in &mut judged {
            line.kept = doc.blocks[*i].is_kept();
        }
        Ok(judged.into_iter().map(|(_, l)| l).collect())
    }

    /// Checks the input and turns it into blocks; for a text dump read in another encoding than
    /// UTF-8, the blocks' offsets are into its decoded text, and the last value maps them back.
    fn front_end<'b>(
        &self,
        input: &'b Input<'_>,
    ) -> Result<(Doc<'b>, &'static str, InputKind, Option<Transcoded>)> {
        let bytes: &[u8] = &input.bytes;
        if bytes.len() > self.max_input_bytes {
            return Err(Error::TooLarge {
                size: bytes.len(),
                limit: self.max_input_bytes,
            });
        }
        // A `&str` given as text is text, however many control characters it holds.
        if !input.is_str {
            check_binary(bytes)?;
        }
        let kind = input.resolved_kind();
        if let Some(blocks) = blocks_over(bytes, kind, self.max_blocks) {
            return Err(Error::TooManyBlocks {
                blocks,
                limit: self.max_blocks,
            });
        }
        // Validated once, for the choice of encoding and the decoding.
        let utf8 = match kind {
            InputKind::Text => std::str::from_utf8(bytes),
            InputKind::Html => Ok(""),
        };
        let transcoding = match kind {
            InputKind::Text if self.invalid_utf8 == InvalidUtf8::Detect => {
                crate::decode::text_dump_encoding(
                    bytes,
                    input.charset,
                    utf8.is_ok(),
                    input.tld().as_deref(),
                )
            }
            _ => None,
        };
        // A dump in another encoding, or one whose mojibake is repaired, is cleaned as a
        // decoded copy whose offsets map back to the input's bytes.
        let decoded = match (transcoding, utf8) {
            (Some((enc, bom_len)), _) => {
                let (text, offsets) = crate::decode::decode_text_mapped(bytes, enc, bom_len);
                Some((text, offsets, enc.name(), bom_len, Vec::new()))
            }
            (None, Ok(s)) if self.repair_mojibake && kind == InputKind::Text => {
                crate::mojibake::repair(s).map(|r| {
                    let offsets =
                        crate::decode::Offsets::from_map(r.map, r.text.len(), bytes.len());
                    (r.text, offsets, "UTF-8", 0, r.repaired)
                })
            }
            _ => None,
        };
        if let Some((text, offsets, encoding, bom_len, repaired)) = decoded {
            let mut removals = Vec::new();
            let (blocks, code_lines) =
                crate::segment::blocks_and_code_lines(&text, &self.ruleset, &mut removals);
            let blocks: Vec<Block<'b>> = blocks.into_iter().map(Block::into_owned).collect();
            let mut doc = Doc::new(text, blocks);
            doc.removals = removals;
            doc.code_lines = code_lines;
            doc.repaired = repaired;
            let transcoded = Transcoded { offsets, bom_len };
            return Ok((doc, encoding, kind, Some(transcoded)));
        }
        let (doc, encoding) = match kind {
            InputKind::Text => {
                let mut replaced = Vec::new();
                let text = self.decode_text(bytes, utf8, &mut replaced)?;
                let mut removals = Vec::new();
                // The blocks borrow the input's lines; a decoded copy of the input is moved into
                // the document, so they own their text then.
                let (blocks, code_lines) = match &text {
                    Cow::Borrowed(s) => {
                        crate::segment::blocks_and_code_lines(s, &self.ruleset, &mut removals)
                    }
                    Cow::Owned(s) => {
                        let (blocks, code_lines) =
                            crate::segment::blocks_and_code_lines(s, &self.ruleset, &mut removals);
                        (
                            blocks.into_iter().map(Block::into_owned).collect(),
                            code_lines,
                        )
                    }
                };
                let mut doc = Doc::new(text, blocks);
                doc.removals = removals;
                doc.code_lines = code_lines;
                doc.replaced = replaced;
                (doc, "UTF-8")
            }
            InputKind::Html => crate::html::front_end(
                bytes,
                input.charset,
                input.tld().as_deref(),
                &self.ruleset,
                self.repair_mojibake,
            )?,
        };
        Ok((doc, encoding, kind, None))
    }

    /// Decodes a text dump, `utf8` its validation as UTF-8. Valid UTF-8 is borrowed as it is;
    /// invalid bytes become spaces.
    fn decode_text<'b>(
        &self,
        bytes: &'b [u8],
        utf8: std::result::Result<&'b str, std::str::Utf8Error>,
        replaced: &mut Vec<ByteSpan>,
    ) -> Result<Cow<'b, str>> {
        match utf8 {
            Ok(s) => Ok(Cow::Borrowed(s)),
            Err(e) if self.invalid_utf8 == InvalidUtf8::Reject => Err(Error::InvalidUtf8 {
                offset: e.valid_up_to(),
            }),
            Err(_) => {
                let mut out = String::with_capacity(bytes.len());
                let mut pos = 0;
                for chunk in bytes.utf8_chunks() {
                    out.push_str(chunk.valid());
                    pos += chunk.valid().len();
                    let bad = chunk.invalid().len();
                    if bad > 0 {
                        out.extend(std::iter::repeat_n(' ', bad));
                        match replaced.last_mut() {
                            Some(r) if r.end == pos => r.end += bad,
                            _ => replaced.push(ByteSpan::new(pos, pos + bad)),
                        }
                        pos += bad;
                    }
                }
                Ok(Cow::Owned(out))
            }
        }
    }
}

/// A text dump read in another encoding than UTF-8: where its decoded text came from.
struct Transcoded {
    offsets: crate::decode::Offsets,
    /// The byte-order mark's length, 0 for none.
    bom_len: usize,
}

impl Transcoded {
    /// Turns the spans of a document cleaned from the decoded text into offsets of the input's
    /// bytes; the byte-order mark, which is no text, goes as invisible.
    fn to_input_offsets(&self, doc: &mut CleanDoc) {
        let map = |s: &mut ByteSpan| {
            *s = ByteSpan::new(self.offsets.orig(s.start), self.offsets.orig(s.end));
        };
        doc.paragraphs
            .iter_mut()
            .flat_map(|p| p.spans.iter_mut())
            .for_each(map);
        for r in &mut doc.removals {
            map(&mut r.span);
            if let Some(first) = r.repeats.as_mut() {
                map(first);
            }
        }
        // Every field, named: a field added to `Metadata` fails to compile here until mapped.
        let Metadata {
            title,
            date,
            author,
            site_name,
            description,
            source_credit,
            dateline,
            categories,
            url,
            language,
        } = &mut doc.metadata;
        [
            title,
            date,
            author,
            site_name,
            description,
            source_credit,
            dateline,
            url,
            language,
        ]
        .into_iter()
        .flatten()
        .chain(categories.iter_mut())
        .for_each(|f| map(&mut f.span));
        if self.bom_len > 0 {
            let bom = rules::normalize::INVISIBLE.removal(
                ByteSpan::new(0, self.bom_len),
                Some("the byte-order mark".into()),
            );
            doc.removals.insert(0, bom);
        }
        split_repaired_at_spans(doc);
    }
}

/// Splits each repaired range of mojibake (a run of sequences that touch) where a kept or a
/// removed span starts or ends inside it: a rule may cut between two repaired characters
/// ("â" kept, "€™…" removed), and each range then lies in one span. A span's end inside a run
/// falls between two of its sequences (each repaired character maps to its whole sequence).
fn split_repaired_at_spans(doc: &mut CleanDoc) {
    if doc.provenance.repaired.is_empty() {
        return;
    }
    let mut cuts: Vec<usize> = (doc.paragraphs.iter())
        .flat_map(|p| p.spans.iter())
        .chain(doc.removals.iter().map(|r| &r.span))
        .flat_map(|s| [s.start, s.end])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut split = Vec::with_capacity(doc.provenance.repaired.len());
    for r in &doc.provenance.repaired {
        let mut start = r.start;
        let inside = cuts.partition_point(|&c| c <= r.start);
        for &c in cuts[inside..].iter().take_while(|&&c| c < r.end) {
            split.push(ByteSpan::new(start, c));
            start = c;
        }
        split.push(ByteSpan::new(start, r.end));
    }
    doc.provenance.repaired = split;
}

/// The count of blocks the input would make at least, when it is more than `limit`: non-blank
/// lines of a text dump, start tags of a page (each element may make a block or a node, and
/// both cost memory). Inputs too short to hold more than `limit` are not read: a non-blank line
/// takes two bytes with its line break, a start tag three.
fn blocks_over(bytes: &[u8], kind: InputKind, limit: usize) -> Option<usize> {
    let count = match kind {
        InputKind::Text => {
            if bytes.len() / 2 < limit {
                return None;
            }
            bytes
                .split(|&b| b == b'\n')
                .filter(|line| line.iter().any(|b| !b.is_ascii_whitespace()))
                .count()
        }
        InputKind::Html => {
            if bytes.len() / 3 < limit {
                return None;
            }
            memchr::memchr_iter(b'<', bytes)
                .filter(|&i| bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic))
                .count()
        }
    };
    (count > limit).then_some(count)
}

/// The layers, in order. The front end has done normalize and segment (and dom, for HTML).
///
/// Rules that look only at a block's content run layer by layer. Rules that depend on a block's
/// neighbours (runs of navigation lines, the headline above the article, the dateline opening it,
/// credits and the site name closing it) run last, once every content rule has removed what it
/// removes: their neighbours are then the ones they will have when the clean body is cleaned
/// again, which keeps cleaning idempotent.
///
/// `template` is the learnt template of the document's site, if any. Returns the blocks held out
/// as verbatim (a page's `pre` lines, a dump's code blocks), sorted.
pub(crate) fn run_layers(
    doc: &mut Doc,
    rs: &Ruleset,
    template: Option<(&SiteTemplate, InputKind)>,
    probe: Option<&mut dyn FnMut(&Doc)>,
) -> Vec<usize> {
    let verbatim = stage!(set_aside_verbatim(doc, rs));
    run_text_layers(doc, rs, template, probe, &verbatim);
    stage!(restore_verbatim(doc, &verbatim));
    verbatim
}

/// A page whose only content is its headline (a link or an image posted with a title, a short
/// notice) keeps the headline in its body: taken out as the title (`html.title`), it would leave
/// the body empty, and the post's words nowhere but in the metadata.
fn keep_a_lone_headline(doc: &mut Doc) {
    if doc.blocks.iter().any(|b| b.is_kept()) {
        return;
    }
    if let Some(b) = (doc.blocks.iter_mut()).find(|b| b.is_removed_by(&rules::htmlmeta::TITLE)) {
        b.state = State::Kept;
    }
}

/// Puts back the lines [`set_aside_verbatim`] held out (those still held: dedup may have
/// removed some meanwhile).
fn restore_verbatim(doc: &mut Doc, verbatim: &[usize]) {
    for &i in verbatim {
        let b = &mut doc.blocks[i];
        if matches!(b.state, State::Removed { rule, .. } if std::ptr::eq(rule, &VERBATIM)) {
            b.state = State::Kept;
        }
    }
}

/// Holds a page's lines of preformatted text (`pre`), or a dump's code blocks
/// ([`rules::code`]), out of the text layers while they run.
/// Those layers judge lines of prose and of page chrome; a line of code ("}", "200",
/// "# list the branches", a line repeated in two examples) is neither, and `pre` is verbatim.
/// The front end has judged the regions they lie in; dedup alone sees them (a long log pasted
/// twice is a copy). Returns the blocks set aside.
fn set_aside_verbatim(doc: &mut Doc, rs: &Ruleset) -> Vec<usize> {
    let aside: Vec<usize> = if doc.is_html_page() {
        (0..doc.blocks.len())
            .filter(|&i| {
                let b = &doc.blocks[i];
                b.is_kept() && b.dom.as_ref().is_some_and(|d| d.preformatted)
            })
            .collect()
    } else {
        // A dump's code blocks, found by their lines' shapes.
        crate::rules::code::code_blocks(doc, rs)
    };
    hold_verbatim(doc, &aside);
    aside
}

/// Marks the kept ones of `verbatim` as held out of the layers.
fn hold_verbatim(doc: &mut Doc, verbatim: &[usize]) {
    for &i in verbatim {
        let b = &mut doc.blocks[i];
        if b.is_kept() {
            b.state = State::Removed {
                rule: &VERBATIM,
                detail: None,
                duplicate_of: None,
            };
        }
    }
}

fn run_text_layers(
    doc: &mut Doc,
    rs: &Ruleset,
    template: Option<(&SiteTemplate, InputKind)>,
    probe: Option<&mut dyn FnMut(&Doc)>,
    verbatim: &[usize],
) {
    use crate::rules::*;
    // A Markdown dump's markup first: every rule after reads its lines as a browser's text.
    stage!(debris::apply_markdown(doc, rs));
    // chrome: shortcodes first, since cutting one out of a line can leave a bare button label.
    stage!(ticker::apply(doc, rs));
    stage!(shortcode::apply(doc, rs));
    stage!(share::apply(doc, rs));
    stage!(prompt::apply(doc, rs));
    stage!(caption::apply(doc, rs));
    stage!(debris::apply(doc, rs));
    stage!(placeholder::apply(doc, rs));
    // footer
    stage!(footer::apply(doc, rs));
    // template: before metadata, so that a site's header line is not taken for every page's
    // title, and after footer, so that copyright lines keep their more telling rule (and give
    // the site name).
    if let Some((site, kind)) = template {
        stage!(template::apply(doc, rs, kind, Some(site)));
    }
    // metadata
    stage!(meta::apply_categories(doc, rs));
    stage!(byline::apply(doc, rs));
    // A page's author box went in the HTML front end, by the page's own author.
    if rs.on(&byline::BIO) && !doc.is_html_page() {
        let _ = stage!(byline::remove_author_bio(doc, &byline::BIO, false, true));
    }
    // After the bylines: the first post's header is the thread's byline, and names its author.
    stage!(forum::apply(doc, rs));
    stage!(meta::apply_date(doc, rs));
    // dedup, which alone judges the lines of code too
    stage!(restore_verbatim(doc, verbatim));
    stage!(dedup::apply(doc, rs, verbatim));
    stage!(hold_verbatim(doc, verbatim));
    // text: the block classifier's line rules, for what no named rule covers, once the named
    // rules have claimed their lines (their ids explain more, and their values reach the
    // metadata).
    let features = stage!(textclass::apply_lines(doc, rs));
    // A Q&A card's name, once the line rules took its header and badges.
    stage!(forum::apply_qa_card_names(doc, rs));
    // The author's name beside the date near the headline, which the line rules just found.
    stage!(byline::apply_name_by_date(doc, rs));
    // rules of context, in layer order: they come after every rule that judges a line by itself,
    // so that a second pass over the clean body sees the same neighbours.
    let mut edges_cut = apply_context_rules(doc, rs, &features);
    // Last, the line model judges the short lines every named rule kept. When it or the edges
    // of the prose removed lines, the rules that look at their neighbours (menu runs, the text
    // region, the headline and dateline) judge again what is left, as they would when the
    // clean body is cleaned again.
    let mut probe = probe;
    let mut scores = linemodel::Scores::default();
    for _ in 0..CONTEXT_ROUNDS {
        // The page's header above the article's headline, before the title rule judges the
        // first lines left (as it will in the clean body).
        let header_cut = stage!(prose_edges::cut_above_headline(doc, rs))
            | stage!(textclass::cut_above_headline_over_byline(doc, rs));
        let footer_cut = stage!(prose_edges::cut_after_signup(doc, rs));
        // The company's blurb closing the page.
        let pitch_cut = stage!(tail_pitch::apply_blurb(doc, rs));
        // A newsletter's pitch beside its form's removed parts.
        let pitch_cut = stage!(textclass::remove_signup_pitches(doc, rs)) | pitch_cut;
        // The list of references closing the article, once its end is known.
        let references_cut = stage!(references::apply(doc, rs));
        // The author's biography closing the article, by the author's first name too.
        let bio_rule = if doc.is_html_page() {
            &htmlmeta::AUTHOR_BIO
        } else {
            &byline::BIO
        };
        let bio_cut =
            rs.on(bio_rule) && stage!(byline::remove_author_bio(doc, bio_rule, true, true));
        stage!(meta::apply_title(doc, rs));
        stage!(meta::apply_dateline(doc, rs));
        if let Some(probe) = probe.take() {
            probe(doc);
        }
        let model_cut = stage!(linemodel::apply(doc, rs, &mut scores));
        if !(model_cut
            || edges_cut
            || header_cut
            || footer_cut
            || pitch_cut
            || references_cut
            || bio_cut)
        {
            break;
        }
        edges_cut = apply_context_rules(doc, rs, &features);
    }
    // Once the article's edges are known: the copies of its headings that a cut table of
    // contents held first.
    stage!(dedup::restore_orphans(doc, rs));
    // And the linked headings over the article's paragraphs, now that those are known.
    stage!(keep_linked_headings(doc));
    // Then the buttons left among the kept lines, which no longer move the region.
    stage!(textclass::remove_button_labels(doc, rs));
    // And the lines of a blog's comment form, for the same reason.
    stage!(textclass::remove_comment_form_lines(doc, rs));
    // And a shop's controls (add to cart, filter and sort), for the same reason; the short lines
    // they parted may now make a menu's run, as they will in the clean body.
    let controls_cut = stage!(textclass::remove_shop_controls(doc, rs));
    // And the grids of other products on a product's page.
    if stage!(textclass::remove_other_products(doc, rs)) || controls_cut {
        stage!(nav::apply(doc, rs));
        // A listing's cards that the new runs took: the grid holds them still.
        stage!(keep_listing_cards(doc));
        stage!(textclass::keep_item_grids(doc));
    }
    // And the pitch questions below the article.
    stage!(tail_pitch::apply_questions(doc, rs));
    // And a long menu left above the article's first paragraph (a docs sidebar).
    stage!(head_menu::apply(doc, rs));
    // And a plea for the reader's support (a donation, a sponsor).
    stage!(support_pitch::apply(doc, rs));
    // Last of all: a dump whose title line is all that is left has no body.
    stage!(textclass::apply_title_only(doc, rs));
    // And the title line as the title, where no headline under it was found.
    stage!(textclass::title_from_title_line(doc, rs));
    // And the site's name from the title line's suffix, which names the site more often than the
    // copyright notice does; the title loses it where it ends with it.
    stage!(textclass::site_from_title_line(doc, rs));
    stage!(textclass::tidy_title(doc));
    // Then, on a dump that opens with no title line, the headline above the article: the title
    // only (the body does not change), and the anchor by which the author's name is looked for
    // next (on the dev dumps without their title line: author 0.591 -> 0.651).
    stage!(textclass::headline_above_article(doc, rs));
    // And a Markdown dump's first level-one heading, which says it is the page's headline.
    stage!(debris::title_from_markdown_headline(doc, rs));
    // And the page's date from a meta line by the article's head, now that the head is known.
    stage!(meta::apply_date_in_line(doc, rs));
    // And the author's name by the head, now that the headline and the date are known.
    stage!(byline::apply_name_by_date_late(doc, rs));
    // And, where no rule named the author, a Markdown dump's links to an author's page.
    stage!(debris::author_from_links(doc, rs));
    // And the title line that no headline repeated: the page's name, not its body.
    stage!(textclass::remove_title_line(doc, rs));
    // And the author's biography under the article, now that every rule that names the author
    // has run: the look before the layers of context knows only the bylines.
    if rs.on(&byline::BIO) && !doc.is_html_page() {
        let _ = stage!(byline::remove_author_bio(doc, &byline::BIO, true, false));
    }
}

/// The rules of context, in layer order: menu runs, the text region and its ends, a listing's
/// cards and grids taken back, the tail's credits, the article's edges. They run once after the
/// line rules and again in each round of context; whether the article's edges cut a line.
fn apply_context_rules(doc: &mut Doc, rs: &Ruleset, features: &rules::textclass::Features) -> bool {
    use crate::rules::*;
    stage!(nav::apply(doc, rs));
    stage!(textclass::apply_context(doc, rs, features));
    // A hook for the HTML front end: text.nav-run and text.low-density do not judge a listing's
    // cards.
    stage!(keep_listing_cards(doc));
    stage!(textclass::keep_item_grids(doc));
    stage!(footer::apply_tail(doc, rs));
    stage!(prose_edges::apply(doc, rs))
}

/// How many times the line model and the rules of context after it may run in one pass (two
/// rounds nearly always settle it).
const CONTEXT_ROUNDS: usize = 4;

/// The names, prices and figures on a listing's cards are short lines in a row with few
/// function words, but neither a menu nor debris: the HTML front end found them in the repeated
/// structure that is the page's content. The text layer's line and run rules judge lines
/// without their markup, so their verdict on them is taken back.
fn keep_listing_cards(doc: &mut Doc) {
    let taken_back: [&'static Rule; 2] =
        [&rules::textclass::NAV_RUN, &rules::textclass::LOW_DENSITY];
    for b in doc.blocks.iter_mut() {
        let by = match b.state {
            State::Removed { rule, .. } => Some(rule),
            State::Kept => None,
        };
        if b.dom.as_ref().is_some_and(|d| d.listing_item)
            && by.is_some_and(|r| taken_back.iter().any(|x| std::ptr::eq(*x, r)))
        {
            b.state = State::Kept;
        }
    }
}

/// A linked heading followed by a kept paragraph of prose heads that paragraph: the name of a
/// place, a product or a tool the article then describes ("The Jones Assembly", "UltraTax CS"),
/// linked to its site. Its link made the HTML front end take it for a menu's entry. A teaser's
/// title in a listing's card stays removed.
fn keep_linked_headings(doc: &mut Doc) {
    for i in 1..doc.blocks.len() {
        let (head, next) = (&doc.blocks[i - 1], &doc.blocks[i]);
        if head.is_removed_by(&rules::dom::LINK_DENSE)
            && head
                .dom
                .as_ref()
                .is_some_and(|d| d.heading.is_some() && !d.listing_item)
            && next.is_kept()
            && crate::text::word_count(&next.plain) >= MIN_HEADING_BODY_WORDS
            && crate::text::ends_sentence(&next.plain)
        {
            doc.blocks[i - 1].state = State::Kept;
        }
    }
}

/// A paragraph under a linked heading has at least this many words.
const MIN_HEADING_BODY_WORDS: usize = 15;

/// Fields of `first` win; `second` fills the gaps.
fn merge_metadata(first: Metadata, second: Metadata) -> Metadata {
    Metadata {
        title: first.title.or(second.title),
        date: first.date.or(second.date),
        author: first.author.or(second.author),
        site_name: first.site_name.or(second.site_name),
        description: first.description.or(second.description),
        source_credit: first.source_credit.or(second.source_credit),
        dateline: first.dateline.or(second.dateline),
        categories: if first.categories.is_empty() {
            second.categories
        } else {
            first.categories
        },
        url: first.url.or(second.url),
        language: first.language.or(second.language),
    }
}

/// The signatures of binary formats that a scraper's dump directory may hold next to its pages:
/// compressed pages, archives, images, documents and executables. Their bytes look like noise
/// that a legacy-encoding decoder would turn into a page of mojibake. A signature counts only
/// when the bytes are not UTF-8 too: a text that happens to open with "GIF8" or "BZh" is text.
const BINARY_SIGNATURES: [(&[u8], &str); 15] = [
    (b"\x1f\x8b", "gzip"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"PK\x03\x04", "zip"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"RIFF", "RIFF (WebP, WAV or AVI)"),
    (b"%PDF-", "PDF"),
    (b"\x7fELF", "ELF"),
    (b"\x00asm", "WebAssembly"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
];

/// Control bytes above this share (in percent) of a sample that is not UTF-8 make it binary:
/// text in a legacy encoding (windows-1251, Shift_JIS, GBK...) has almost none, while random
/// bytes have about 11%.
const BINARY_CONTROL_PERCENT_NOT_UTF8: usize = 3;

fn check_binary(bytes: &[u8]) -> Result<()> {
    let sample = &bytes[..bytes.len().min(BINARY_SAMPLE)];
    // A sample cut inside a character is still UTF-8 up to the cut.
    let not_utf8 = || std::str::from_utf8(sample).is_err_and(|e| e.error_len().is_some());
    if let Some((_, format)) = BINARY_SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
    {
        if not_utf8() {
            return Err(Error::NotText { format });
        }
    }
    // UTF-16 text has many NULs but is not binary; the HTML front end decodes it.
    if sample.starts_with(b"\xFF\xFE") || sample.starts_with(b"\xFE\xFF") {
        return Ok(());
    }
    let control = control_bytes(sample);
    if sample.len() >= 32
        && (control * 10 > sample.len() * 3
            || (control * 100 > sample.len() * BINARY_CONTROL_PERCENT_NOT_UTF8 && not_utf8()))
    {
        return Err(Error::Binary {
            control_bytes: control,
            sampled: sample.len(),
        });
    }
    Ok(())
}

/// How many bytes of `sample` are control bytes other than tab, line feed, carriage return and
/// form feed. Counted without branches, 255 bytes at a time in a byte-wide sum, which the
/// compiler turns into vector code: this reads the first 8 KiB of every input.
fn control_bytes(sample: &[u8]) -> usize {
    sample
        .chunks(255)
        .map(|chunk| {
            let n = chunk.iter().fold(0u8, |n, &b| {
                let control = (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0C);
                n + u8::from(control)
            });
            usize::from(n)
        })
        .sum()
}

/// Merges a removed block's pieces into as few spans as possible (pieces separated only by
/// whitespace become one span).
fn block_spans(src: &str, b: &Block) -> smallvec::SmallVec<[ByteSpan; 2]> {
    let mut out = smallvec::SmallVec::<[ByteSpan; 2]>::with_capacity(b.pieces.len());
    for p in &b.pieces {
        match out.last_mut() {
            Some(last)
                if p.span.start >= last.end
                    && src
                        .get(last.end..p.span.start)
                        .is_some_and(|g| g.chars().all(char::is_whitespace)) =>
            {
                last.end = p.span.end
            }
            _ => out.push(p.span),
        }
    }
    out
}

/// A line of preformatted text keeps its indentation: the spaces and tabs before its first
/// piece in the page, when only they stand between it and the line's start (or the `<pre>` tag).
/// The tags opening the line's first element come after the indentation
/// (`    <em><code>name</code></em>`) and are passed over; the `<pre>` tag itself is not.
fn with_indent(page: &[u8], first: ByteSpan, text: String) -> String {
    let mut end = first.start.min(page.len());
    while end > 0 && page[end - 1] == b'>' {
        // A tag is short; a `>` with no `<` close before it is text, not a tag.
        let from = end.saturating_sub(MAX_TAG_BYTES);
        let Some(lt) = page[from..end].iter().rposition(|&c| c == b'<') else {
            break;
        };
        let tag = &page[from + lt..end];
        if tag.len() >= 4 && tag[1..4].eq_ignore_ascii_case(b"pre") {
            break;
        }
        end = from + lt;
    }
    let before = page.get(..end).unwrap_or_default();
    let blank = before
        .iter()
        .rev()
        .take_while(|&&c| c == b' ' || c == b'\t')
        .count();
    let at_start = matches!(
        before.len().checked_sub(blank + 1).map(|k| before[k]),
        None | Some(b'\n' | b'>')
    );
    if blank == 0 || !at_start {
        return text;
    }
    let mut out = String::with_capacity(blank + text.len());
    out.extend(
        before[before.len() - blank..]
            .iter()
            .map(|&c| char::from(c)),
    );
    out.push_str(&text);
    out
}

/// A text dump shows no markup, but its headings still read as headings: a short line with no
/// sentence's end, between prose paragraphs (or opening the body) and followed by prose. Such a
/// line becomes a [`ParagraphKind::Heading`] of no known level, so that the Markdown and a
/// chunker see the article's sections.
fn mark_text_headings(paragraphs: &mut [Paragraph]) {
    let prose = |p: &Paragraph| {
        p.kind == ParagraphKind::Text
            && crate::text::ends_sentence(&p.text)
            // More than n-1 spaces before a word: n words at least, read without decoding.
            && crate::text::surely_more_words(&p.text, HEADING_PROSE_MIN_WORDS - 1)
    };
    for k in 0..paragraphs.len() {
        let p = &paragraphs[k];
        let t = p.text.as_str();
        // The cheap tests first: most paragraphs are long, or end a sentence.
        let heading_like = p.kind == ParagraphKind::Text
            && t.len() <= MAX_TEXT_HEADING_BYTES
            // A question heads a section of an FAQ or a how-to.
            && (!crate::text::ends_sentence(t) || t.ends_with('?'))
            && !t.ends_with(',')
            && t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())
            // (A paragraph's text is collapsed: its spaces count its words.)
            && !crate::text::collapsed_more_words_than(t, MAX_TEXT_HEADING_WORDS)
            && t.chars().any(char::is_alphabetic);
        if !heading_like {
            continue;
        }
        let before_ok = k == 0 || {
            let b = &paragraphs[k - 1];
            b.kind == ParagraphKind::ListItem || prose(b)
        };
        if before_ok && paragraphs.get(k + 1).is_some_and(prose) {
            paragraphs[k].kind = ParagraphKind::Heading;
        }
    }
}

/// A heading of a text dump has at most this many words and bytes; the prose around it at
/// least this many words.
const MAX_TEXT_HEADING_WORDS: usize = 12;
const MAX_TEXT_HEADING_BYTES: usize = 100;
const HEADING_PROSE_MIN_WORDS: usize = 12;

/// The longest tag [`with_indent`] passes over.
const MAX_TAG_BYTES: usize = 256;

/// Narrows each metadata field's span to its value's own bytes, where the value is written as
/// it is inside the line or element it was read from (a title line's head before its site's
/// name, a date inside its line), so that the span holds the value and not its neighbours. A
/// value the input does not hold as written (tidied, decoded, normalised) keeps the span it was
/// read from. The language names no text of the page and keeps its span.
fn narrow_field_spans(m: &mut crate::model::Metadata, input: &[u8]) {
    let fields = [
        &mut m.title,
        &mut m.date,
        &mut m.author,
        &mut m.site_name,
        &mut m.description,
        &mut m.source_credit,
        &mut m.dateline,
    ];
    for f in fields.into_iter().flatten().chain(m.categories.iter_mut()) {
        let (s, v) = (f.span, f.value.as_bytes());
        let Some(found) = input.get(s.range()) else {
            continue;
        };
        if found.len() > v.len() && !v.is_empty() {
            if let Some(at) = memchr::memmem::find(found, v) {
                f.span = ByteSpan::new(s.start + at, s.start + at + v.len());
            }
        }
    }
}

fn assemble(
    doc: &mut Doc,
    input: &Input<'_>,
    encoding: &'static str,
    kind: InputKind,
    fingerprint: &str,
    verbatim: &[usize],
) -> CleanDoc {
    let mut para_of_block = vec![usize::MAX; doc.blocks.len()];
    // Sized once: grown a push at a time, the two lists were copied over and over.
    let kept = doc.blocks.iter().filter(|b| b.is_kept()).count();
    let mut paragraphs = Vec::with_capacity(kept);
    // The bytes the blocks' offsets index: a dump's (decoded) text, a page's bytes.
    let page = match kind {
        InputKind::Text => doc.src.as_bytes(),
        InputKind::Html => input.bytes(),
    };
    for (i, b) in doc.blocks.iter_mut().enumerate() {
        if b.is_kept() {
            let text = std::mem::take(&mut b.plain).into_owned();
            if text.is_empty() {
                continue;
            }
            para_of_block[i] = paragraphs.len();
            let (kind, level, dom_path) = match b.dom.as_deref_mut() {
                Some(d) => (d.kind, d.heading, Some(std::mem::take(&mut d.path))),
                // A line of a dump's code block (`rules::code`), verbatim.
                None if verbatim.binary_search(&i).is_ok() => (ParagraphKind::Code, None, None),
                None if crate::markdown::bullet_of(&text).is_some() => {
                    (ParagraphKind::ListItem, None, None)
                }
                None => (ParagraphKind::Text, None, None),
            };
            let text = match (kind, b.pieces.first()) {
                (ParagraphKind::Code, Some(first)) => with_indent(page, first.span, text),
                _ => text,
            };
            paragraphs.push(Paragraph {
                text,
                spans: b.pieces.iter().map(|p| p.span).collect(),
                kind,
                level,
                dom_path,
            });
        }
    }
    if kind == InputKind::Text {
        mark_text_headings(&mut paragraphs);
        // A drop cap's letter back in its word ("T he" is "The"); the spans stay.
        crate::drop_caps::join(
            (paragraphs.iter_mut())
                .filter(|p| p.kind != ParagraphKind::Code)
                .map(|p| &mut p.text),
            &doc.src,
        );
    }
    let mut removals = std::mem::take(&mut doc.removals);
    // A removed block is one removal a piece at most: reserved at once, since a vector that
    // doubles near the end of a large document holds twice the memory it needs.
    removals.reserve(
        doc.blocks
            .iter()
            .filter(|b| !b.is_kept())
            .map(|b| b.pieces.len().max(1))
            .sum(),
    );
    // The span of each block a duplicate repeats, read before the blocks are taken apart.
    let repeated: Vec<Option<ByteSpan>> = doc
        .blocks
        .iter()
        .map(|b| match b.state {
            State::Removed {
                duplicate_of: Some(j),
                ..
            } => doc.original_span(j),
            _ => None,
        })
        .collect();
    for (b, repeats) in doc.blocks.iter_mut().zip(repeated) {
        if b.is_kept() {
            continue;
        }
        // A block of one piece, as nearly every removed line of a dump is, is one removal:
        // nothing to merge.
        let single = match b.pieces.as_slice() {
            [p] => Some(p.span),
            _ => None,
        };
        let spans = match single {
            Some(_) => smallvec::SmallVec::new(),
            None => block_spans(&doc.src, b),
        };
        if let State::Removed {
            rule,
            detail,
            duplicate_of,
        } = &mut b.state
        {
            let dup = duplicate_of
                .and_then(|j| para_of_block.get(j).copied())
                .filter(|&p| p != usize::MAX);
            let mut path = b.dom.as_deref_mut().map(|d| std::mem::take(&mut d.path));
            if let Some(span) = single {
                let mut r = rule.removal(span, detail.take());
                r.duplicate_of = dup;
                r.repeats = repeats;
                r.dom_path = path;
                removals.push(r);
                continue;
            }
            let n = spans.len();
            for (k, span) in spans.into_iter().enumerate() {
                // The block is done with: its detail and path go to its last removal, uncopied.
                let last = k + 1 == n;
                let d = if last { detail.take() } else { detail.clone() };
                let mut r = rule.removal(span, d);
                r.duplicate_of = dup;
                r.repeats = repeats;
                r.dom_path = if last { path.take() } else { path.clone() };
                removals.push(r);
            }
        }
    }
    removals.sort_by_key(|r| (r.span.start, r.span.end));
    let mut body =
        String::with_capacity(paragraphs.iter().map(|p| p.text.len() + 2).sum::<usize>());
    for (i, p) in paragraphs.iter().enumerate() {
        if i > 0 {
            // The lines of one element (a `pre`, or lines parted by `<br>`: a poem, an address)
            // stay lines; paragraphs are apart.
            let prev = &paragraphs[i - 1];
            let same_element =
                p.kind == prev.kind && p.dom_path.is_some() && prev.dom_path == p.dom_path;
            body.push_str(if same_element { "\n" } else { "\n\n" });
        }
        body.push_str(&p.text);
    }
    let mut metadata = std::mem::take(&mut doc.metadata);
    narrow_field_spans(&mut metadata, input.bytes());
    let language = metadata.language.as_ref().map(|l| l.value.as_str());
    // The page's address, as the page states it or as the collection recorded it, may date it.
    let url = (metadata.url.as_ref().map(|u| u.value.as_str()))
        .or_else(|| input.origin.as_ref().and_then(|o| o.url.as_deref()));
    let day = metadata
        .date
        .as_ref()
        .and_then(|d| crate::dates::normalize_date_on_page(&d.value, language, url, &doc.src));
    if let Some(date) = metadata.date.as_mut() {
        date.normalized = day;
    }
    let digest = Sha256::digest(input.bytes());
    let mut hex = String::with_capacity(71);
    hex.push_str("sha256:");
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for b in digest {
        hex.push(char::from(HEX[usize::from(b >> 4)]));
        hex.push(char::from(HEX[usize::from(b & 15)]));
    }
    CleanDoc {
        title: metadata.title.as_ref().map(|t| t.value.clone()),
        body,
        paragraphs,
        removals,
        metadata,
        provenance: Provenance {
            source: input.source.clone(),
            origin: input.origin.clone().unwrap_or_default(),
            digest: hex,
            kind,
            encoding,
            crate_version: env!("CARGO_PKG_VERSION"),
            ruleset_fingerprint: fingerprint.to_string(),
            input_bytes: input.bytes().len(),
            replaced: std::mem::take(&mut doc.replaced),
            repaired: std::mem::take(&mut doc.repaired),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean_html(page: &str) -> CleanDoc {
        Cleaner::default()
            .clean(Input::html(page.as_bytes()))
            .expect("clean")
    }

    /// A field's span holds its value alone where the input writes the value inside a longer
    /// line or element: a title without its site's name, in a dump and in a page's `<title>`.
    #[test]
    fn a_field_spans_its_value_inside_its_line() {
        let dump = "Winter pruning of apple trees | The Orchard Journal\n\nWinter pruning of apple trees\n\n\
            Prune apple trees in late winter, when the wood is bare and the buds are still closed, \
            so that the cuts heal as the sap rises in spring.\n";
        let doc = Cleaner::default().clean(Input::text(dump)).expect("clean");
        let title = doc.metadata.title.expect("title");
        assert_eq!(title.value, "Winter pruning of apple trees");
        assert_eq!(&dump[title.span.range()], title.value);
        let page = "<html><head><title>Winter pruning of apple trees | The Orchard Journal</title></head><body><article><p>Prune apple trees in late winter, when the wood is bare and the buds are still closed, so that the cuts heal as the sap rises in spring.</p></article></body></html>";
        let doc = clean_html(page);
        let title = doc.metadata.title.expect("title");
        assert_eq!(&page[title.span.range()], title.value);
        // A value the input writes otherwise (a character reference) keeps its element's span.
        let page = page.replace("apple trees |", "apple &amp; pear trees |");
        let doc = clean_html(&page);
        let title = doc.metadata.title.expect("title");
        assert_eq!(title.value, "Winter pruning of apple & pear trees");
        assert!(page[title.span.range()].contains("apple &amp; pear trees"));
    }

    /// A page whose declared author is its site itself names its writer in a byline: the
    /// person is the author. A declared person stays the author whatever the byline says.
    #[test]
    fn a_byline_names_the_writer_of_a_page_its_site_signs() {
        let page = |author: &str| {
            format!(
                "<html><head><title>Winter pruning</title><meta property=\"og:site_name\" content=\"The Orchard Journal\"><meta name=\"author\" content=\"{author}\"></head><body><main><h1>Winter pruning</h1><p>Prune apple trees in late winter, when the wood is bare and the buds are still closed, so that the cuts heal as the sap rises in spring.</p><p>Take out the dead wood first, then the branches that cross, and stop before a quarter of the tree is gone.</p><section><h2>Article written by:</h2><div><h3>Jane Holloway, MD</h3></div></section></main></body></html>"
            )
        };
        let author = |a: &str| clean_html(&page(a)).metadata.author.expect("author").value;
        assert_eq!(author("The Orchard Journal"), "Jane Holloway");
        assert_eq!(author("Tom Reeve"), "Tom Reeve");
    }

    #[test]
    fn a_page_address_that_dates_the_page_settles_its_day() {
        let page = |canonical: &str| {
            format!(
                "<html><head><link rel=\"canonical\" href=\"{canonical}\"><meta property=\"article:published_time\" content=\"2025-12-19T02:41:41+00:00\"></head><body><article><h1>Comfort watches, day eighteen</h1><p>Tonight's comfort watch is an old favourite, a film I have seen more times than I can count and still enjoy.</p></article></body></html>"
            )
        };
        let day = |canonical: &str| {
            let doc = clean_html(&page(canonical));
            let date = doc.metadata.date.expect("date");
            assert_eq!(date.value, "2025-12-19T02:41:41+00:00");
            date.normalized
        };
        // Stamped in UTC past the publisher's midnight: the day the address gives.
        assert_eq!(
            day("https://blog.example.com/2025/12/18/comfort-watches/").as_deref(),
            Some("2025-12-18")
        );
        assert_eq!(
            day("https://blog.example.com/comfort-watches/").as_deref(),
            Some("2025-12-19")
        );
        // A text dump's address comes from its collection's record.
        let dump = "Comfort watches, day eighteen\n\nPublished 2025-12-19T02:41:41+00:00\n\nTonight's comfort watch is an old favourite, a film I have seen more times than I can count and still enjoy.\n";
        let origin = crate::Origin {
            url: Some("https://blog.example.com/2025/12/18/comfort-watches/".into()),
            ..Default::default()
        };
        let doc = Cleaner::default()
            .clean(Input::text(dump).origin(origin))
            .expect("clean");
        let date = doc.metadata.date.expect("the dump's date");
        assert_eq!(date.normalized.as_deref(), Some("2025-12-18"), "{date:?}");
    }

    #[test]
    fn a_page_of_a_headline_alone_keeps_it_in_the_body() {
        let post = "<html><head><title>Council approves the new bridge over the river - r/town</title></head><body><header><a href=\"/\">r/town</a></header><main><h1>Council approves the new bridge over the river</h1><a href=\"https://example.com/bridge\">example.com</a></main></body></html>";
        let doc = clean_html(post);
        assert_eq!(doc.body, "Council approves the new bridge over the river");
        assert_eq!(
            doc.title.as_deref(),
            Some("Council approves the new bridge over the river")
        );
        // With an article under it, the headline is the title alone.
        let article = post.replace(
            "<a href=\"https://example.com/bridge\">example.com</a>",
            "<p>The council voted on Tuesday to build a new bridge over the river, and work will start in the spring if the budget is approved.</p>",
        );
        let doc = clean_html(&article);
        assert!(doc.body.starts_with("The council voted"), "{}", doc.body);
    }

    #[test]
    fn a_dumps_code_block_is_code_with_its_indentation() {
        let dump = "Reading the file is then two calls, one to read the text and one to parse it into the struct:\n\nfn load(path: &Path) -> Result<Config, Error> {\n    let text = std::fs::read_to_string(path)?;\n    let config = toml::from_str(&text)?;\n    Ok(config)\n}\n\nNow load() accepts an empty file and returns the defaults, and the same pattern works for JSON.\n";
        let doc = Cleaner::default().clean_text(dump);
        let kinds: Vec<(ParagraphKind, &str)> = doc
            .paragraphs
            .iter()
            .map(|p| (p.kind, p.text.as_str()))
            .collect();
        assert_eq!(
            kinds[1..6],
            [
                (
                    ParagraphKind::Code,
                    "fn load(path: &Path) -> Result<Config, Error> {"
                ),
                (
                    ParagraphKind::Code,
                    "    let text = std::fs::read_to_string(path)?;"
                ),
                (
                    ParagraphKind::Code,
                    "    let config = toml::from_str(&text)?;"
                ),
                (ParagraphKind::Code, "    Ok(config)"),
                (ParagraphKind::Code, "}"),
            ]
        );
        // One listing, in one fence in Markdown.
        assert_eq!(
            doc.to_markdown().matches("```").count(),
            2,
            "{}",
            doc.to_markdown()
        );
        // The spans stay the lines' text, without the indentation.
        let first = &doc.paragraphs[2];
        assert_eq!(
            &dump[first.spans[0].start..first.spans[0].end],
            "let text = std::fs::read_to_string(path)?;"
        );
        // The clean body cleaned again is the same.
        assert_eq!(Cleaner::default().clean_text(&doc.body).body, doc.body);
    }

    #[test]
    fn a_code_line_keeps_the_indentation_before_its_first_tags() {
        let page = "<html><body><main><p>The synopsis of the command, with the names to replace in italics as the manual prints them.</p>\n  <pre><code>SELECT <em>expression</em>\n    <em class=\"r\"><code>with_query</code></em> AS name\n\t<b>FROM</b> <em>from_item</em></code></pre><p>Each name in italics stands for a part of the query that the sections below describe one by one.</p></main></body></html>";
        let doc = clean_html(page);
        let code: Vec<&str> = doc
            .paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Code)
            .map(|p| p.text.as_str())
            .collect();
        // The first line has none: the spaces before the `<pre>` tag indent the markup.
        assert_eq!(
            code,
            [
                "SELECT expression",
                "    with_query AS name",
                "\tFROM from_item"
            ]
        );
    }

    #[test]
    fn compressed_and_random_bytes_are_not_text() {
        let page = b"<html><body><p>Hello</p></body></html>".repeat(10);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut gz, &page).unwrap();
        let gz = gz.finish().unwrap();
        assert!(matches!(
            check_binary(&gz),
            Err(Error::NotText { format: "gzip" })
        ));
        assert!(matches!(
            check_binary(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
            Err(Error::NotText { format: "PDF" })
        ));
        // A text that opens like a signature.
        assert!(check_binary(b"GIF89a is the version of the format that added animation.").is_ok());
        // Bytes of a simple generator: uniform, as a compressed or encrypted file's are.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let noise: Vec<u8> = (0..4096)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect();
        assert!(matches!(check_binary(&noise), Err(Error::Binary { .. })));
        // Text in legacy encodings, and UTF-8 cut inside a character, stay text.
        let russian = "Привет, мир. ".repeat(200);
        let japanese = "こんにちは世界。".repeat(200);
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(&russian);
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(&japanese);
        let utf8 = "Grüße aus Köln. ".repeat(1000);
        for ok in [
            &cp1251[..],
            &sjis[..],
            utf8.as_bytes(),
            &utf8.as_bytes()[..BINARY_SAMPLE + 1],
        ] {
            assert!(check_binary(ok).is_ok());
        }
        assert!(check_binary(&page).is_ok());
    }

    #[test]
    fn control_bytes_counts_as_the_plain_filter() {
        let plain = |s: &[u8]| {
            s.iter()
                .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
                .count()
        };
        let every: Vec<u8> = (0..=255u8).collect();
        let mut samples = vec![Vec::new(), every.clone(), every.repeat(40), vec![1u8; 1000]];
        samples.push(vec![0u8; BINARY_SAMPLE]);
        samples.push(b"plain text\r\n\twith\x0c breaks".repeat(300));
        for s in &samples {
            for len in [0, 1, 254, 255, 256, 511, s.len()] {
                let s = &s[..len.min(s.len())];
                assert_eq!(control_bytes(s), plain(s));
            }
        }
    }
}
