//! A page's HTML as the Markdown a reader service or a crawler saves of it, shared by
//! `examples/score_dumps` (`--markdown`, `--jina`) and `tests/wcxb_text_gate.rs`: `htmd`, whose
//! rules are turndown.js's, the converter Jina Reader runs on the rendered page.

/// The page's body as Markdown (Firecrawl's, crawl4ai's shape: no header). What a browser does
/// not render (scripts, styles, the head) is skipped, as the rendered page has none of it. A
/// `noscript` is read as markup: pages that render their posts by script (Discourse) hold them
/// there too, and the rendered page shows them.
pub fn markdown_of(html: &[u8]) -> String {
    let converter = htmd::HtmlToMarkdown::builder()
        .skip_tags(vec![
            "head", "script", "style", "template", "svg", "iframe", "canvas",
        ])
        .scripting_enabled(false)
        .build();
    (converter.convert(&String::from_utf8_lossy(html))).unwrap_or_default()
}

/// The page as Jina Reader returns it: its header (the page's `<title>`, its address, the end of
/// the header), then its Markdown.
pub fn jina_dump(html: &[u8], url: Option<&str>) -> String {
    let page = scraper::Html::parse_document(&String::from_utf8_lossy(html));
    let title = scraper::Selector::parse("title")
        .ok()
        .and_then(|s| page.select(&s).next())
        .map(|t| t.text().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    format!(
        "Title: {title}\n\nURL Source: {}\n\nMarkdown Content:\n{}",
        url.unwrap_or(""),
        markdown_of(html)
    )
}
