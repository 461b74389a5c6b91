//! The rule families and the one table that lists them all.
//!
//! Each family lives in its own module and defines its rules as statics; [`RULES`] gathers them
//! in the order the layers run. Rule ids are stable API: users disable rules by id and fixtures
//! assert them.

use crate::model::{ByteSpan, Layer, Removal};

pub mod byline;
pub mod caption;
pub mod debris;
pub mod dedup;
pub mod dom;
pub mod footer;
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
            dom_path: None,
        }
    }
}

/// Every rule, in the order the layers run.
pub static RULES: &[&Rule] = &[
    &normalize::INVISIBLE,
    &segment::REJOIN,
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
    &dom::DISCLOSURE,
    &dom::FINE_PRINT,
    &dom::THREAD_NOTICE,
    &dom::LINK_DENSE,
    &dom::OUTSIDE_MAIN,
    &ticker::STRIP,
    &shortcode::UNRENDERED,
    &share::BUTTONS,
    &prompt::SUBSCRIBE,
    &prompt::RELATED,
    &prompt::COOKIE,
    &prompt::AD_LABEL,
    &caption::PHOTO_CREDIT,
    &nav::RUN,
    &debris::MARKUP,
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
    &textclass::SIGNUP_PITCH,
    &tail_pitch::TAIL_PITCH,
    &textclass::SHOP_CONTROL,
    &textclass::WIDGET_LABEL,
    &textclass::OTHER_PRODUCTS,
    &head_menu::HEAD_MENU,
    &support_pitch::SUPPORT_PITCH,
    &textclass::FORM_FIELD,
    &linemodel::LINE_MODEL,
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
    &footer::SOURCE_CREDIT,
    &footer::SITE_NAME,
    &meta::CATEGORIES,
    &byline::LABEL,
    &byline::AUTHOR,
    &byline::NAME,
    &byline::BIO,
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
    line_model: std::sync::Arc<linemodel::LineModel>,
}

impl Ruleset {
    pub fn new(max_tier: Tier, disabled: &[&'static Rule]) -> Self {
        let enabled = RULES
            .iter()
            .copied()
            .filter(|r| r.tier <= max_tier && !disabled.iter().any(|d| std::ptr::eq(*d, *r)))
            .collect();
        Ruleset {
            enabled,
            line_model: linemodel::LineModel::shipped(),
        }
    }

    /// The same rules with another line model (for training and evaluating one).
    pub fn with_line_model(mut self, model: std::sync::Arc<linemodel::LineModel>) -> Self {
        self.line_model = model;
        self
    }

    pub fn line_model(&self) -> &linemodel::LineModel {
        &self.line_model
    }

    #[inline]
    pub fn on(&self, rule: &'static Rule) -> bool {
        self.enabled.iter().any(|r| std::ptr::eq(*r, rule))
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
    crate::html::decode::prepare();
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
            include_str!("textclass.rs"),
            include_str!("ticker.rs"),
            include_str!("../stopwords.rs"),
            include_str!("../html/decode.rs"),
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
