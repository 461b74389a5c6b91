//! Unrendered CMS shortcodes: `[tta_listen_btn]`, `[caption id="…" align="…"]…[/caption]`.

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use once_cell::sync::Lazy;
use regex::Regex;

pub static UNRENDERED: Rule = Rule {
    id: "shortcode.unrendered",
    layer: Layer::Chrome,
    why: "a CMS shortcode that was never rendered into content",
    tier: Tier::Core,
};

/// A shortcode tag: a closing tag, a name with an underscore, a tag with `key=value` attributes,
/// or a name from the common WordPress set. Plain bracketed words like `[sic]` or `[Vladimir]`
/// are editorial and stay.
static TAG: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r#"(?x)
        \[/[a-z][a-z0-9_\-]*\]
        | \[[a-z][a-z0-9\-]*_[a-z0-9_\-]*(?:\s[^\[\]]*)?/?\]
        | \[[a-z][a-z0-9_\-]*(?:\s+[a-z_\-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s\]]+))+\s*/?\]
        | \[(?:caption|embed|gallery|audio|video|playlist|contact-form|vc_row|vc_column|et_pb_section|shortcode|adsense|ad|toc|button|wpforms|mc4wp_form)\s*/?\]
        "#,
    )
    .expect("shortcode regex")
});

pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&UNRENDERED) {
        return;
    }
    for i in 0..doc.blocks.len() {
        if !doc.blocks[i].is_kept() || !has_bracket(doc.blocks[i].plain.as_bytes()) {
            continue;
        }
        let found: Vec<(usize, usize)> = TAG
            .find_iter(&doc.blocks[i].plain)
            .map(|m| (m.start(), m.end()))
            .collect();
        doc.cut_or_remove(i, &found, &UNRENDERED);
    }
}

/// Whether `b` holds '[', which every match of [`TAG`] starts with ([`crate::text::has_byte`]:
/// most lines are short, and a search's call would cost more than the test).
fn has_bracket(b: &[u8]) -> bool {
    crate::text::has_byte(b, b'[')
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&TAG);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<&str> {
        TAG.find_iter(s).map(|m| m.as_str()).collect()
    }

    #[test]
    fn finds_shortcodes() {
        assert_eq!(tags("[tta_listen_btn]"), ["[tta_listen_btn]"]);
        assert_eq!(
            tags(r#"[caption id="attachment_12" align="alignnone" width="300"]A bus.[/caption]"#),
            [
                r#"[caption id="attachment_12" align="alignnone" width="300"]"#,
                "[/caption]"
            ]
        );
        assert_eq!(tags("[gallery]"), ["[gallery]"]);
    }

    #[test]
    fn keeps_editorial_brackets() {
        assert!(
            tags("President [Vladimir] Putin regarded Pakistan [sic] as a partner [1].").is_empty()
        );
        assert!(tags("The array a[i] and the list [x for x in y] are code.").is_empty());
    }
}
