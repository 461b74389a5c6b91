//! The rule families and the one table that lists them all.
//!
//! Each family lives in its own module and defines its rules as statics; [`RULES`] gathers them
//! in the order the layers run. Rule ids are stable API: users disable rules by id and fixtures
//! assert them.

use crate::model::{ByteSpan, Layer, Removal};

pub mod byline;
pub mod caption;
pub mod code;
pub mod debris;
pub mod dedup;
pub mod dom;
pub mod footer;
pub mod forum;
pub mod head_menu;
pub mod htmlmeta;
pub mod language;
pub mod linemodel;
pub mod meta;
pub mod nav;
pub mod normalize;
pub mod placeholder;
pub mod prompt;
pub mod prose_edges;
pub mod references;
pub mod segment;
pub mod share;
pub mod shortcode;
pub mod support_pitch;
pub mod tail_pitch;
pub mod template;
pub mod textclass;
pub mod ticker;

/// How sure a rule is. A preset runs the rules of its tiers: `Recall` only `Core`, `Balanced`
/// adds `Balanced`, `Precision` adds `Aggressive`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    Core,
    Balanced,
    Aggressive,
}

/// A rule: a stable id, the layer it runs in, and why it removes what it removes.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Rule {
    pub id: &'static str,
    pub layer: Layer,
    pub why: &'static str,
    pub tier: Tier,
}

impl Rule {
    pub fn removal(&'static self, span: ByteSpan, detail: Option<String>) -> Removal {
        Removal {
            span,
            rule: self.id,
            layer: self.layer,
            reason: self.why,
            detail,
            duplicate_of: None,
            repeats: None,
            dom_path: None,
        }
    }
}

/// Every rule, in the order the layers run.
pub static RULES: &[&Rule] = &[
    &normalize::INVISIBLE,
    &segment::REJOIN,
    &code::CODE_BLOCK,
    &dom::HEAD,
    &dom::SCRIPT,
    &dom::HIDDEN,
    &dom::FORM,
    &dom::COOKIE,
    &dom::SHARE,
    &dom::COMMENTS,
    &dom::RELATED,
    &dom::PROMO,
    &dom::NAV,
    &dom::SIDEBAR,
    &dom::HEADER,
    &dom::FOOTER,
    &dom::META,
    &dom::CAPTION,
    &dom::TEASER_SECTION,
    &dom::REVIEWS,
    &dom::RECOMMENDATIONS,
    &dom::SHOP_FAQ,
    &dom::CALL_TO_ACTION,
    &dom::RAW_FIELDS,
    &dom::DISCLOSURE,
    &dom::FINE_PRINT,
    &dom::THREAD_NOTICE,
    &dom::LINK_DENSE,
    &dom::OUTSIDE_MAIN,
    &dom::AFTER_ARTICLE,
    &dom::NOT_IN_ARTICLE,
    &dom::OTHER_ARTICLE,
    &dom::MATH_MARKUP,
    &ticker::STRIP,
    &shortcode::UNRENDERED,
    &share::BUTTONS,
    &prompt::SUBSCRIBE,
    &prompt::RELATED,
    &prompt::COOKIE,
    &prompt::AD_LABEL,
    &caption::PHOTO_CREDIT,
    &caption::GALLERY_POSITION,
    &nav::RUN,
    &debris::MARKUP,
    &debris::LINK_TARGET,
    &debris::MARKDOWN_MARK,
    &debris::LINK_REFERENCE,
    &placeholder::FILLER,
    &textclass::PAGE_TITLE,
    &textclass::TITLE_ONLY,
    &textclass::TITLE_LINE,
    &textclass::HEADLINE,
    &textclass::HEADLINE_OVER_BYLINE,
    &textclass::MENU_LINE,
    &textclass::SHOP_LABEL,
    &textclass::DISCLOSURE,
    &textclass::SIGNUP_LINE,
    &textclass::BUTTON_LABEL,
    &textclass::COMMENT_FORM,
    &textclass::SIGNUP_PITCH,
    &tail_pitch::TAIL_PITCH,
    &textclass::SHOP_CONTROL,
    &textclass::WIDGET_LABEL,
    &textclass::OTHER_PRODUCTS,
    &head_menu::HEAD_MENU,
    &support_pitch::SUPPORT_PITCH,
    &references::REFERENCES,
    &textclass::FORM_FIELD,
    &linemodel::LINE_MODEL,
    &linemodel::PITCH_LINE,
    &textclass::DATED_LIST,
    &textclass::LOW_DENSITY,
    &textclass::NAV_RUN,
    &textclass::COMMENTS,
    &textclass::REVIEWS,
    &textclass::RECOMMENDATIONS,
    &textclass::TEASERS,
    &textclass::OUTSIDE_MAIN,
    &prose_edges::ABOVE_HEADLINE,
    &prose_edges::AFTER_SIGNUP,
    &prose_edges::BEFORE,
    &prose_edges::AFTER,
    &footer::COPYRIGHT,
    &footer::LEGAL_NOTICE,
    &footer::AFTER_COPYRIGHT,
    &footer::FOOTER_HEADING,
    &footer::SOURCE_CREDIT,
    &footer::DISCLAIMER,
    &footer::SITE_NAME,
    &debris::READER_HEADER,
    &debris::AUTHOR_LINK,
    &meta::CATEGORIES,
    &byline::LABEL,
    &byline::AUTHOR,
    &byline::NAME,
    &byline::BIO,
    &forum::POST_CARD,
    &meta::DATE,
    &meta::TITLE,
    &meta::DATELINE,
    &meta::DATE_IN_LINE,
    &textclass::SITE_SUFFIX,
    &htmlmeta::TITLE,
    &htmlmeta::DATE,
    &htmlmeta::AUTHOR,
    &htmlmeta::AUTHOR_BIO,
    &htmlmeta::SITE_NAME,
    &htmlmeta::DESCRIPTION,
    &htmlmeta::URL,
    &htmlmeta::LANGUAGE,
    &language::LANGUAGE,
    &dedup::EXACT,
    &dedup::NEAR,
    &dedup::RESTATED,
    &dedup::REPEATED_PASSAGE,
    &template::SITE,
];

/// Looks a rule up by id.
pub fn by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}

/// The set of rules one cleaner runs.
#[derive(Debug, Clone)]
pub struct Ruleset {
    enabled: Vec<&'static Rule>,
    /// The enabled rules' addresses, for [`Ruleset::on`]: rules ask it for every line, and a
    /// walk over the list cost about 1% of a pass over text dumps.
    lookup: RuleLookup,
    /// The line model; `None` for the shipped one, parsed when a text dump first needs it.
    line_model: Option<std::sync::Arc<linemodel::LineModel>>,
}

/// A set of rules by address: a hash table with open addressing (rules are statics, each at an
/// address of its own, never zero, which marks an empty slot).
#[derive(Debug, Clone)]
struct RuleLookup {
    slots: Box<[usize]>,
    /// 64 less the table's size in bits: the shift that leaves a hash's top bits as a slot.
    shift: u32,
}

impl RuleLookup {
    fn new(rules: &[&'static Rule]) -> Self {
        // At most a quarter full, so that a look-up nearly always ends at its first slot or the
        // next.
        let size = (rules.len() * 4).next_power_of_two().max(16);
        let mut set = RuleLookup {
            slots: vec![0; size].into_boxed_slice(),
            shift: 64 - size.trailing_zeros(),
        };
        for r in rules {
            let addr = Self::addr(r);
            let mut at = set.slot(addr);
            while set.slots[at] != 0 && set.slots[at] != addr {
                at = (at + 1) & (size - 1);
            }
            set.slots[at] = addr;
        }
        set
    }

    #[inline]
    fn addr(rule: &'static Rule) -> usize {
        rule as *const Rule as usize
    }

    #[inline]
    fn slot(&self, addr: usize) -> usize {
        ((addr as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline]
    fn contains(&self, rule: &'static Rule) -> bool {
        let addr = Self::addr(rule);
        let mask = self.slots.len() - 1;
        let mut at = self.slot(addr);
        // The table is never full: an empty slot ends every probe.
        loop {
            match self.slots.get(at) {
                Some(&a) if a == addr => return true,
                Some(&0) | None => return false,
                Some(_) => at = (at + 1) & mask,
            }
        }
    }
}

impl Ruleset {
    pub fn new(max_tier: Tier, disabled: &[&'static Rule]) -> Self {
        Self::with_extra(max_tier, &[], disabled)
    }

    /// The rules of `max_tier` and below, the rules of `extra` whatever their tier, less those
    /// of `disabled` (which wins over `extra`).
    pub fn with_extra(max_tier: Tier, extra: &[&'static Rule], disabled: &[&'static Rule]) -> Self {
        let listed =
            |list: &[&'static Rule], r: &'static Rule| list.iter().any(|x| std::ptr::eq(*x, r));
        let enabled = RULES
            .iter()
            .copied()
            .filter(|r| (r.tier <= max_tier || listed(extra, r)) && !listed(disabled, r))
            .collect::<Vec<_>>();
        Ruleset {
            lookup: RuleLookup::new(&enabled),
            enabled,
            line_model: None,
        }
    }

    /// The same rules with another line model (for training and evaluating one).
    pub fn with_line_model(mut self, model: std::sync::Arc<linemodel::LineModel>) -> Self {
        self.line_model = Some(model);
        self
    }

    pub fn line_model(&self) -> &linemodel::LineModel {
        match &self.line_model {
            Some(model) => model,
            None => linemodel::LineModel::shipped_ref(),
        }
    }

    /// [`linemodel::LineModel::digest`] of [`Ruleset::line_model`], without parsing the shipped
    /// model.
    pub fn line_model_digest(&self) -> u64 {
        match &self.line_model {
            Some(model) => model.digest(),
            None => linemodel::shipped_digest(),
        }
    }

    #[inline]
    pub fn on(&self, rule: &'static Rule) -> bool {
        self.lookup.contains(rule)
    }

    pub fn enabled(&self) -> &[&'static Rule] {
        &self.enabled
    }

    /// A digest of the enabled rules: ids, layers and reasons, plus the crate version, so that a
    /// change of any rule's behaviour that bumps the version or wording changes it.
    pub fn fingerprint(&self, extra: &str) -> String {
        let mut h = crate::text::FNV_OFFSET;
        h = crate::text::fnv1a(env!("CARGO_PKG_VERSION").as_bytes(), h);
        for r in &self.enabled {
            h = crate::text::fnv1a(r.id.as_bytes(), h);
            h = crate::text::fnv1a(r.layer.as_str().as_bytes(), h);
            h = crate::text::fnv1a(r.why.as_bytes(), h);
        }
        h = crate::text::fnv1a(extra.as_bytes(), h);
        format!("{h:016x}")
    }
}

/// Builds every pattern and table the rules (and the front ends) use, which are otherwise built
/// on first use.
pub(crate) fn prepare() {
    byline::prepare();
    caption::prepare();
    debris::prepare();
    dedup::prepare();
    dom::prepare();
    footer::prepare();
    forum::prepare();
    linemodel::prepare();
    meta::prepare();
    nav::prepare();
    prompt::prepare();
    share::prepare();
    shortcode::prepare();
    support_pitch::prepare();
    tail_pitch::prepare();
    textclass::prepare();
    ticker::prepare();
    crate::stopwords::prepare();
    crate::decode::prepare();
    crate::text::prepare();
}

/// The rule table in Markdown (id, layer, preset tier, reason), as the README carries it.
pub fn markdown_table() -> String {
    let mut out = String::from(
        "| rule id | layer | presets | what it removes, and why |\n|---|---|---|---|\n",
    );
    for r in RULES {
        let presets = match r.tier {
            Tier::Core => "all",
            Tier::Balanced => "balanced, precision",
            Tier::Aggressive => "precision",
        };
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            r.id,
            r.layer.as_str(),
            presets,
            r.why.replace('|', "\\|")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for r in RULES {
            assert!(seen.insert(r.id), "duplicate rule id {}", r.id);
            assert!(
                r.id.contains('.')
                    && r.id.chars().all(|c| c.is_ascii_lowercase()
                        || c == '.'
                        || c == '-'
                        || c.is_ascii_digit()),
                "{}",
                r.id
            );
            assert!(!r.why.is_empty());
        }
    }

    /// `on` answers as the list of enabled rules does, for every tier and every rule disabled
    /// alone or with every other one (and for a rule outside the list).
    #[test]
    fn on_answers_as_the_enabled_list() {
        static OUTSIDE: Rule = Rule {
            id: "test.outside",
            layer: crate::model::Layer::Segment,
            why: "not in RULES",
            tier: Tier::Core,
        };
        let alternate: Vec<&'static Rule> = RULES.iter().copied().step_by(2).collect();
        for tier in [Tier::Core, Tier::Balanced, Tier::Aggressive] {
            let mut cases: Vec<Vec<&'static Rule>> = vec![Vec::new(), alternate.clone()];
            cases.extend(RULES.iter().map(|r| vec![*r]));
            for disabled in &cases {
                let rs = Ruleset::new(tier, disabled);
                for r in RULES.iter().copied().chain([&OUTSIDE]) {
                    let listed = rs.enabled().iter().any(|e| std::ptr::eq(*e, r));
                    assert_eq!(rs.on(r), listed, "{} at {tier:?}", r.id);
                }
            }
        }
    }

    #[test]
    fn layers_in_order() {
        assert!(
            RULES.windows(2).all(|w| w[0].layer <= w[1].layer),
            "RULES must be listed in layer order"
        );
    }

    /// Every lazily built static of a module is built by its `prepare`, so that
    /// [`crate::Cleaner::prepare`] leaves none to build on first use.
    #[test]
    fn prepare_builds_every_lazy_static() {
        let sources = [
            include_str!("byline.rs"),
            include_str!("caption.rs"),
            include_str!("debris.rs"),
            include_str!("dom.rs"),
            include_str!("footer.rs"),
            include_str!("linemodel.rs"),
            include_str!("meta.rs"),
            include_str!("nav.rs"),
            include_str!("prompt.rs"),
            include_str!("share.rs"),
            include_str!("shortcode.rs"),
            include_str!("support_pitch.rs"),
            include_str!("tail_pitch.rs"),
            // A module in parts: its prepare() is in mod.rs, its statics in every part.
            concat!(
                include_str!("textclass/mod.rs"),
                include_str!("textclass/classify.rs"),
                include_str!("textclass/lines.rs"),
                include_str!("textclass/region.rs"),
                include_str!("textclass/sections.rs"),
                include_str!("textclass/shop.rs"),
                include_str!("textclass/title.rs"),
            ),
            include_str!("ticker.rs"),
            include_str!("../stopwords.rs"),
            include_str!("../decode.rs"),
            include_str!("../text.rs"),
        ];
        let mut statics = 0;
        for src in sources {
            let body = src
                .split("pub(crate) fn prepare() {")
                .nth(1)
                .and_then(|rest| rest.split("\n}").next())
                .expect("a prepare function");
            for line in src.lines() {
                // (A module's part declares its statics to the other parts.)
                let line = line.strip_prefix("pub(super) ").unwrap_or(line);
                let Some(rest) = line.strip_prefix("static ") else {
                    continue;
                };
                let Some((name, ty)) = rest.split_once(':') else {
                    continue;
                };
                let ty = ty.trim_start();
                if ty.starts_with("Lazy") || ty.starts_with("once_cell::sync::Lazy") {
                    statics += 1;
                    assert!(
                        body.contains(&format!("(&{name})")),
                        "{name} is not built by its module's prepare()"
                    );
                }
            }
        }
        assert!(statics >= 50, "{statics}");
        prepare();
    }
}
