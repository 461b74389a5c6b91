//! Site templates as an explicit value: [`TemplateLearner`] counts, per site, on how many documents
//! each normalised line appears; [`TemplateStats`] keeps the lines that recur often enough and is
//! passed to [`crate::Cleaner::clean_with`], which removes them with rule `template.site`.
//!
//! Nothing here is global: the same documents added in the same order give the same statistics,
//! and counts do not depend on how the documents were scheduled (the batch engine adds them in
//! input order).

use crate::text::{fnv1a, FNV_OFFSET};
use std::collections::HashMap;

/// When a line counts as a site's template.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TemplateOptions {
    /// A line must appear on at least this many documents of the site (default 5).
    pub min_docs: usize,
    /// ... and on at least this share of the site's documents (default 0.5).
    pub min_share: f64,
    /// Memory bound of the learner: when it tracks more distinct lines than this, lines seen on
    /// only one document so far are forgotten (default 4 million, about 100 MB). A line forgotten
    /// that way is undercounted by one, so the bound only ever errs towards keeping text.
    pub max_tracked_lines: usize,
}

impl Default for TemplateOptions {
    fn default() -> Self {
        TemplateOptions {
            min_docs: 5,
            min_share: 0.5,
            max_tracked_lines: 4_000_000,
        }
    }
}

/// The distinct template keys of one document's lines, from
/// [`crate::Cleaner::template_lines`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocLines(Vec<u64>);

impl DocLines {
    pub(crate) fn new(mut keys: Vec<u64>) -> Self {
        keys.sort_unstable();
        keys.dedup();
        DocLines(keys)
    }
    /// Number of distinct lines.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[derive(Debug, Clone, Default)]
struct SiteCounts {
    docs: usize,
    /// Line key -> number of documents it was seen on.
    lines: HashMap<u64, u32>,
}

/// Counts lines per site; [`finish`](Self::finish) turns the counts into [`TemplateStats`].
#[derive(Debug, Clone, Default)]
pub struct TemplateLearner {
    options: TemplateOptions,
    sites: HashMap<String, SiteCounts>,
    tracked: usize,
}

impl TemplateLearner {
    pub fn new(options: TemplateOptions) -> Self {
        TemplateLearner {
            options,
            ..Default::default()
        }
    }

    /// Adds one document of `site` (a host, or a directory for plain files).
    pub fn add(&mut self, site: &str, lines: &DocLines) {
        let counts = match self.sites.get_mut(site) {
            Some(c) => c,
            None => self.sites.entry(site.to_string()).or_default(),
        };
        counts.docs += 1;
        for &k in &lines.0 {
            let n = counts.lines.entry(k).or_insert(0);
            if *n == 0 {
                self.tracked += 1;
            }
            *n = n.saturating_add(1);
        }
        if self.tracked > self.options.max_tracked_lines {
            self.forget_singletons();
        }
    }

    fn forget_singletons(&mut self) {
        let mut tracked = 0;
        for c in self.sites.values_mut() {
            c.lines.retain(|_, n| *n > 1);
            c.lines.shrink_to_fit();
            tracked += c.lines.len();
        }
        self.tracked = tracked;
    }

    /// Number of documents added so far.
    pub fn documents(&self) -> usize {
        self.sites.values().map(|c| c.docs).sum()
    }

    /// Keeps, per site, the lines seen on at least `min_docs` documents and at least `min_share`
    /// of the site's documents.
    pub fn finish(self) -> TemplateStats {
        let opts = self.options;
        let sites = self
            .sites
            .into_iter()
            .filter_map(|(name, c)| {
                let need = (opts.min_docs.max(1) as f64).max(opts.min_share * c.docs as f64);
                let lines: HashMap<u64, u32> = c
                    .lines
                    .into_iter()
                    .filter(|&(_, n)| n as f64 >= need)
                    .collect();
                (!lines.is_empty()).then(|| {
                    let t = SiteTemplate {
                        name: name.clone(),
                        docs: c.docs,
                        lines,
                    };
                    (name, t)
                })
            })
            .collect();
        TemplateStats { sites }
    }
}

/// The template lines of one site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteTemplate {
    name: String,
    docs: usize,
    lines: HashMap<u64, u32>,
}

impl SiteTemplate {
    /// The site key (host or directory).
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Number of documents of the site the statistics were learnt from.
    pub fn documents(&self) -> usize {
        self.docs
    }
    /// Number of template lines.
    pub fn len(&self) -> usize {
        self.lines.len()
    }
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
    /// On how many documents a template line was seen; `None` when it is not template.
    pub(crate) fn seen(&self, key: u64) -> Option<u32> {
        self.lines.get(&key).copied()
    }
}

/// Learnt site templates, per site. Pass it to [`crate::Cleaner::clean_with`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TemplateStats {
    sites: HashMap<String, SiteTemplate>,
}

impl TemplateStats {
    /// Learns from documents in one pass: each input's site is [`crate::Input::site_key`].
    /// Inputs the cleaner refuses (binary, too large) are skipped.
    pub fn learn<'a>(
        cleaner: &crate::Cleaner,
        inputs: impl IntoIterator<Item = crate::Input<'a>>,
        options: TemplateOptions,
    ) -> TemplateStats {
        let mut learner = TemplateLearner::new(options);
        for input in inputs {
            let site = input.site_key();
            if let Ok(lines) = cleaner.template_lines(input) {
                learner.add(&site, &lines);
            }
        }
        learner.finish()
    }
    /// The template of one site, if it has any.
    pub fn site(&self, site: &str) -> Option<&SiteTemplate> {
        self.sites.get(site)
    }
    /// Number of sites with a template.
    pub fn sites(&self) -> usize {
        self.sites.len()
    }
    /// Number of template lines over all sites.
    pub fn lines(&self) -> usize {
        self.sites.values().map(SiteTemplate::len).sum()
    }
    pub fn is_empty(&self) -> bool {
        self.sites.is_empty()
    }
}

/// The key of a normalised line: lower-cased words, punctuation and spacing ignored, and a year
/// (four digits from 1900 to 2099) counted as any year, so that "© 2023" and "© 2024" are one
/// line. Other numbers stay: lines that differ only by a price or a score are not one line.
/// `None` when the line has no letter or digit.
pub fn line_key(line: &str) -> Option<u64> {
    let mut h = FNV_OFFSET;
    let mut any = false;
    let mut buf = [0u8; 4];
    for word in line.split(|c: char| !crate::text::is_alphanumeric(c)) {
        if word.is_empty() {
            continue;
        }
        if any {
            h = fnv1a(b" ", h);
        }
        any = true;
        let is_year = word.len() == 4
            && word.bytes().all(|b| b.is_ascii_digit())
            && (word.starts_with("19") || word.starts_with("20"));
        if is_year {
            h = fnv1a(b"<year>", h);
            continue;
        }
        for c in word.chars() {
            crate::text::for_each_lower(c, |l| h = fnv1a(l.encode_utf8(&mut buf).as_bytes(), h));
        }
    }
    any.then_some(h)
}

/// The host of a URL (`scheme://host...`), lower-cased, without port, user or a leading `www.`.
pub fn url_host(url: &str) -> Option<String> {
    let (scheme, rest) = url.trim().split_once("://")?;
    if scheme.is_empty()
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        host_port.split(':').next().unwrap_or("")
    };
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_string())
}

/// The directory part of a path (`.` when there is none): the "site" of a plain file.
pub fn dir_of(path: &str) -> String {
    match std::path::Path::new(path).parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_string_lossy().into_owned(),
        _ => ".".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_keys_normalise() {
        assert_eq!(
            line_key("© 2024 All rights reserved | Daily Example"),
            line_key("© 2023 all rights  reserved — DAILY EXAMPLE")
        );
        assert_ne!(line_key("Home"), line_key("News"));
        assert_ne!(line_key("Price: $12.99"), line_key("Price: $14.99"));
        assert_eq!(line_key(" | — "), None);
    }

    #[test]
    fn hosts_and_dirs() {
        assert_eq!(
            url_host("https://www.Example.com:8080/a/b?c#d").as_deref(),
            Some("example.com")
        );
        assert_eq!(
            url_host("http://user@news.example.org").as_deref(),
            Some("news.example.org")
        );
        assert_eq!(url_host("[::1]:80/x"), None);
        assert_eq!(url_host("dumps/0001.txt"), None);
        assert_eq!(dir_of("dumps/site/0001.txt"), "dumps/site");
        assert_eq!(dir_of("0001.txt"), ".");
    }

    #[test]
    fn thresholds_and_forgetting() {
        let opts = TemplateOptions {
            max_tracked_lines: 3,
            ..Default::default()
        };
        let mut l = TemplateLearner::new(opts);
        for i in 0..10u64 {
            // Line 1 on every document; line 2 on 4 of 10 (under half); a unique line each.
            let mut keys = vec![1, 100 + i];
            if i < 4 {
                keys.push(2);
            }
            l.add("s", &DocLines::new(keys));
        }
        let stats = l.finish();
        let s = stats.site("s").unwrap();
        assert_eq!(s.documents(), 10);
        assert!(s.seen(1).is_some_and(|n| n >= 9));
        assert_eq!(s.seen(2), None);
        assert_eq!(s.seen(105), None);
        assert!(stats.site("t").is_none());
    }
}
