//! What each paragraph of an HTML page is (heading, list item, quotation, code, table row) and
//! where it was (its DOM path), in the output model, the JSON and the Markdown.

use dechaff::{Cleaner, Input, ParagraphKind};

const PAGE: &str = r#"<!doctype html><html><head><title>Pruning apple trees</title></head><body>
<nav><a href="/">Home</a> <a href="/garden">Garden</a></nav>
<main id="main"><article>
<h1>Pruning apple trees</h1>
<p>Winter is the time to prune an apple tree, while it is dormant and you can see its shape.</p>
<p>Start with the wood that is dead, diseased or crossing, then open up the centre of the tree.</p>
<h2>What you need</h2>
<ul><li>A sharp pair of secateurs for the thin shoots</li><li><p>A pruning saw for branches thicker than a thumb</p></li></ul>
<ol><li>Cut just above an outward-facing bud.</li><li>Never remove more than a quarter of the canopy.</li></ol>
<blockquote><div><p>Prune for the shape you want in five years, not for this summer.</p></div></blockquote>
<table><tr><th>Tree age</th><th>Cut back</th></tr><tr><td>1 to 3 years</td><td>a third of new growth</td></tr></table>
<pre>if branch.crosses():
    cut(branch)</pre>
<ul class="cards"><li><div><p>Our own orchard diary from last season, written week by week as the trees came into blossom.</p></div></li></ul>
</article></main></body></html>"#;

#[test]
fn paragraphs_carry_their_kind_and_path() {
    let doc = Cleaner::default()
        .clean(Input::html(PAGE.as_bytes()))
        .expect("clean");
    let find = |start: &str| {
        doc.paragraphs
            .iter()
            .find(|p| p.text.starts_with(start))
            .unwrap_or_else(|| panic!("no paragraph {start:?} in {:#?}", doc.paragraphs))
    };
    let first = find("Winter is the time");
    assert_eq!(first.kind, ParagraphKind::Text);
    assert_eq!(first.dom_path.as_deref(), Some("body>main#main>article>p"));
    assert_eq!(
        find("Start with the wood").dom_path.as_deref(),
        Some("body>main#main>article>p[2]")
    );
    let heading = find("What you need");
    assert_eq!(
        (heading.kind, heading.level),
        (ParagraphKind::Heading, Some(2))
    );
    assert_eq!(find("A sharp pair").kind, ParagraphKind::ListItem);
    // A paragraph directly inside a list item is the item's text.
    assert_eq!(find("A pruning saw").kind, ParagraphKind::ListItem);
    assert_eq!(
        find("Never remove").dom_path.as_deref(),
        Some("body>main#main>article>ol>li[2]")
    );
    // A quotation's paragraph a wrapper down.
    assert_eq!(find("Prune for the shape").kind, ParagraphKind::Quote);
    let row = find("1 to 3 years");
    assert_eq!(row.kind, ParagraphKind::TableRow);
    assert_eq!(row.text, "1 to 3 years | a third of new growth");
    // A line of preformatted text keeps its indentation.
    let code = find("    cut(branch)");
    assert_eq!(code.kind, ParagraphKind::Code);
    // A card's text inside a `li` is not a list item.
    assert_eq!(find("Our own orchard diary").kind, ParagraphKind::Text);
    // Removed blocks say where they were; a text dump has no paths.
    assert!(doc
        .removals
        .iter()
        .any(|r| r.rule == "html.title"
            && r.dom_path.as_deref() == Some("body>main#main>article>h1")));
    let dump = dechaff::clean("The council approved the budget on Tuesday.\n");
    assert!(dump
        .paragraphs
        .iter()
        .all(|p| p.kind == ParagraphKind::Text && p.dom_path.is_none()));
}

#[test]
fn json_names_the_kind_only_when_it_is_not_running_text() {
    let doc = Cleaner::default()
        .clean(Input::html(PAGE.as_bytes()))
        .expect("clean");
    let json: serde_json::Value = serde_json::from_str(&doc.to_json()).expect("json");
    let paras = json["paragraphs"].as_array().expect("paragraphs");
    let of = |start: &str| {
        paras
            .iter()
            .find(|p| p["text"].as_str().is_some_and(|t| t.starts_with(start)))
            .cloned()
            .expect("paragraph")
    };
    let text = of("Winter is the time");
    assert!(text.get("kind").is_none() && text.get("level").is_none());
    let heading = of("What you need");
    assert_eq!(heading["kind"], "heading");
    assert_eq!(heading["level"], 2);
    assert_eq!(of("1 to 3 years")["kind"], "table_row");
    assert_eq!(of("A sharp pair")["kind"], "list_item");
}

#[test]
fn markdown_shows_the_structure() {
    let doc = Cleaner::default()
        .clean(Input::html(PAGE.as_bytes()))
        .expect("clean");
    let md = doc.to_markdown();
    for want in [
        "# Pruning apple trees\n",
        "\n## What you need\n",
        "\n- A sharp pair of secateurs for the thin shoots\n- A pruning saw",
        "\n1. Cut just above an outward-facing bud.\n2. Never remove",
        "\n> Prune for the shape you want in five years, not for this summer.\n",
        "\n| Tree age | Cut back |\n| --- | --- |\n| 1 to 3 years | a third of new growth |\n",
        "\n```\nif branch.crosses():\n    cut(branch)\n```\n",
    ] {
        assert!(md.contains(want), "{want:?} not in:\n{md}");
    }
    assert!(!md.contains("Home"), "{md}");
}

#[test]
fn explain_shows_where_each_block_was() {
    let page = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/html-news/input.html"
    ))
    .expect("fixture");
    let doc = Cleaner::default().clean(Input::html(&page)).expect("clean");
    let text = dechaff::explain::explain(&doc, &page, false);
    assert!(
        text.contains("# date: 2024-03-12T09:30:00Z = 2024-03-12 "),
        "{text}"
    );
    assert!(text.contains("# author: Priya Natarajan "), "{text}");
    assert!(
        text.contains("\n      at body>header>nav>ul>li[2]\n"),
        "{text}"
    );
    assert!(text.contains("\n      at body>main>article>h2\n"), "{text}");
}

/// The lines of a `<pre>` are verbatim: no line of code is judged as chrome, a menu, a byline,
/// a page number or a copy, though each alone looks like one. A long line pasted twice (a log)
/// is still a copy.
#[test]
fn code_lines_are_kept_verbatim() {
    let code = [
        "# See configured remotes",
        "git remote -v",
        "Share",
        "}",
        "200",
        "By default",
        "© 2024 Example Corp. All rights reserved.",
        "Home",
        "}",
        "# See configured remotes",
    ];
    let page = format!(
        "<!doctype html><html><head><title>Remotes</title></head><body><main><article>\
         <h1>Remotes</h1>\
         <p>A remote is another copy of the repository that you fetch from and push to, such as the one on a server.</p>\
         <pre>{}</pre>\
         <p>Each remote has a name, and origin is the one that git clone sets up for you by default.</p>\
         </article></main></body></html>",
        code.join("\n")
    );
    let doc = Cleaner::default()
        .clean(Input::html(page.as_bytes()))
        .expect("clean");
    let lines: Vec<&str> = doc
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Code)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(lines, code, "{:#?}", doc.removals);
    // In the body, the lines of the `pre` stay lines, apart from the paragraphs around them.
    assert!(
        doc.body.contains(&format!(
            "on a server.\n\n{}\n\nEach remote",
            code.join("\n")
        )),
        "{}",
        doc.body
    );

    let log = "2024-05-03 10:09:38.163 ERROR (MainThread) [homeassistant] Error doing job: Future exception was never retrieved";
    let page = format!(
        "<!doctype html><html><body><main><article>\
         <p>The log shows the same failure each time the service starts again after the upgrade.</p>\
         <pre>{log}\nTraceback (most recent call last):</pre>\
         <p>It goes on like this for every device that the integration polls on its own thread.</p>\
         <pre>{log}\nRuntimeError: Detected that custom integration calls async_create_task</pre>\
         </article></main></body></html>"
    );
    let doc = Cleaner::default()
        .clean(Input::html(page.as_bytes()))
        .expect("clean");
    assert_eq!(doc.paragraphs.iter().filter(|p| p.text == log).count(), 1);
    assert!(doc.removals.iter().any(|r| r.rule == "dedup.exact"));
}

/// Lines parted by `<br>` (a poem, an address) are paragraphs of their own with the same path;
/// the body keeps them as lines of one paragraph, and the Markdown ends each with a hard break.
#[test]
fn lines_parted_by_br_stay_lines() {
    let page = "<html><body><article><p>The council approved the budget on Tuesday after a long debate about the new library.</p>\
        <p>Roses are red,<br>violets are blue,<br>the council has voted.</p>\
        <p>Members of the public will be able to comment on the proposals until the end of April.</p></article></body></html>";
    let doc = Cleaner::default()
        .clean(Input::html(page.as_bytes()))
        .expect("clean");
    assert!(
        doc.body.contains(
            "new library.\n\nRoses are red,\nviolets are blue,\nthe council has voted.\n\nMembers"
        ),
        "{}",
        doc.body
    );
    let md = doc.to_markdown();
    assert!(
        md.contains("Roses are red,  \nviolets are blue,  \nthe council has voted.\n"),
        "{md}"
    );
}

/// In a text dump, a short line with no sentence's end between prose paragraphs (or opening the
/// body) and followed by prose is a heading; lines of a list, or a lead-in ending with a colon,
/// are not.
#[test]
fn a_dump_shows_its_headings() {
    let dump = "The soup needs only pantry staples and about forty minutes, and it tastes even better the next day.\n\n\
        Why you will love it\n\n\
        It is cheap, filling and freezes well, and the lemon at the end makes the whole pot taste bright.\n\n\
        How long does it keep?\n\n\
        Four days in the fridge, or three months in the freezer if you leave out the lemon until you serve it.\n\n\
        You will need:\n\n\
        Olive Oil\n\n\
        Brown Lentils\n\n\
        Simmer everything for twenty-five minutes and season it to taste before you serve the soup.\n";
    let doc = Cleaner::default().clean(Input::text(dump)).expect("clean");
    let headings: Vec<&str> = doc
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Heading)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(headings, ["Why you will love it", "How long does it keep?"]);
    assert!(doc.to_markdown().contains("\n## Why you will love it\n"));
}

/// A code sample beside a short text is part of the main region: its lines have few function
/// words, but they are not page chrome, and they do not narrow the region to the paragraph.
#[test]
fn a_code_sample_beside_one_paragraph_is_kept() {
    let page = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/docs\">Docs</a></nav><main><h1>Install</h1>\
        <p>Add the crate to your project with cargo, which fetches it and its dependencies from the registry.</p>\
        <pre><code>cargo add fetchkit\ncargo build</code></pre></main><footer>© 2026 Fetchkit</footer></body></html>";
    let doc = Cleaner::default()
        .clean(Input::html(page.as_bytes()))
        .expect("clean");
    assert!(
        doc.body
            .ends_with("registry.\n\ncargo add fetchkit\ncargo build"),
        "{}",
        doc.body
    );
}
