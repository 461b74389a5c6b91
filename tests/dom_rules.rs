//! Each DOM rule as data: a page, a text the rule must remove, and prose it must leave alone.

use dechaff::{Cleaner, Input};

const PROSE: &str = "The committee published its findings on Monday, and the report runs to more than two hundred pages of evidence gathered over three years.";

/// Cleans a page with the default cleaner.
fn clean_page(page: &str) -> dechaff::CleanDoc {
    Cleaner::default()
        .clean(Input::html(page.as_bytes()))
        .expect("cleans")
}

/// (rule id, markup around the prose, text the rule removes)
const CASES: &[(&str, &str, &str)] = &[
    (
        "dom.script",
        "<script>var tracking = 1;</script>",
        "var tracking = 1;",
    ),
    (
        "dom.script",
        "<style>p { color: red }</style>",
        "p { color: red }",
    ),
    (
        "dom.script",
        "<noscript>Please enable JavaScript</noscript>",
        "Please enable JavaScript",
    ),
    (
        "dom.script",
        "<template><p>Row template</p></template>",
        "Row template",
    ),
    (
        "dom.script",
        "<svg><text>Logo text</text></svg>",
        "Logo text",
    ),
    (
        "dom.hidden",
        "<div hidden>Hidden attribute text</div>",
        "Hidden attribute text",
    ),
    (
        "dom.hidden",
        "<div class=\"section-metadata\"><div><div>Style</div><div>orange-wave, text-center</div></div></div>",
        "orange-wave, text-center",
    ),
    (
        "dom.hidden",
        "<div style=\"display: none\">Display none text</div>",
        "Display none text",
    ),
    (
        "dom.hidden",
        "<span aria-hidden=\"true\">Icon label</span>",
        "Icon label",
    ),
    (
        "dom.form",
        "<button>Subscribe now</button>",
        "Subscribe now",
    ),
    (
        "dom.form",
        "<select><option>Sort by price</option></select>",
        "Sort by price",
    ),
    (
        "dom.form",
        "<textarea>Write a comment</textarea>",
        "Write a comment",
    ),
    (
        "dom.nav",
        "<nav><a href=/>Home</a> <a href=/news>News</a></nav>",
        "Home",
    ),
    (
        "dom.nav",
        "<ol class=\"breadcrumb\"><li><a href=/>Home</a></li><li>Reports</li></ol>",
        "Reports",
    ),
    (
        "dom.header",
        "<header class=\"site-header\"><a href=/>Daily Example</a></header>",
        "Daily Example",
    ),
    (
        "dom.footer",
        "<footer>Contact the newsroom</footer>",
        "Contact the newsroom",
    ),
    (
        "dom.sidebar",
        "<aside>Most read this week</aside>",
        "Most read this week",
    ),
    (
        "dom.share",
        "<div class=\"share-buttons\"><a href=#>Share on Facebook</a></div>",
        "Share on Facebook",
    ),
    (
        "dom.related",
        "<div class=\"related-posts\"><a href=/x>Another report</a></div>",
        "Another report",
    ),
    (
        "dom.comments",
        "<div id=\"comments\"><p>Great article, thanks</p></div>",
        "Great article, thanks",
    ),
    (
        "dom.cookie",
        "<div class=\"cookie-banner\">We use cookies on this site</div>",
        "We use cookies on this site",
    ),
    (
        "dom.promo",
        "<div class=\"newsletter-box\">Get our newsletter every morning</div>",
        "Get our newsletter every morning",
    ),
    (
        "dom.meta",
        "<div class=\"post-meta\">Filed under Politics</div>",
        "Filed under Politics",
    ),
    (
        "dom.caption",
        "<figure><figcaption>Photo: Jane Doe/Agency</figcaption></figure>",
        "Photo: Jane Doe/Agency",
    ),
    (
        "dom.outside-main",
        "<div class=\"x\">Unrelated block of text far from the article</div>",
        "Unrelated block of text far from the article",
    ),
];

#[test]
fn each_dom_rule_removes_its_region_and_keeps_the_prose() {
    let cleaner = Cleaner::default();
    for (rule, markup, removed) in CASES {
        let page = format!(
            "<html><body>{markup}<div class=\"article\"><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
        );
        let doc = cleaner.clean(Input::html(page.as_bytes())).expect("cleans");
        assert!(
            doc.body.contains(PROSE),
            "{rule}: prose lost from {page}\nbody: {}",
            doc.body
        );
        assert!(
            !doc.body.contains(removed),
            "{rule}: `{removed}` kept\nbody: {}",
            doc.body
        );
        let hit = doc.removals.iter().any(|r| {
            r.rule == *rule
                && page[r.span.range()].contains(removed.split(' ').next().unwrap_or(""))
        });
        assert!(
            hit,
            "{rule}: no {rule} removal of `{removed}`: {:?}",
            doc.removal_counts()
        );
    }
}

#[test]
fn link_dense_blocks_inside_the_article_go() {
    let page = format!(
        "<html><body><div class=\"article\"><p>{PROSE}</p><p><a href=/a>See also: our full coverage of the committee</a></p><p>{PROSE}</p></div></body></html>"
    );
    let doc = clean_page(&page);
    assert!(doc.body.contains(PROSE));
    assert!(doc.removals.iter().any(|r| r.rule == "dom.link-dense"));
    // A sentence with a link in it is prose.
    let page = format!(
        "<html><body><p>{PROSE} Read <a href=/r>the report</a> for details.</p></body></html>"
    );
    let doc = clean_page(&page);
    assert!(doc.body.contains("the report for details"), "{}", doc.body);
}

/// `aria-hidden` hides from screen readers, not from the eye: a carousel slide of prose that is
/// not the current one is on screen, while an icon's label, a closed dialog's text and a figure
/// drawn in markup stay hidden.
#[test]
fn prose_hidden_from_screen_readers_only_is_kept() {
    let remarks = "Prepare to be impressed by this meticulously maintained home on an oversized lot, with a brand-new roof, fresh paint inside and out, new flooring throughout and a kitchen that is the standout of the house. The primary bedroom has a walk-in closet and its own bathroom, and the garage holds two cars with room for a workshop. The yard is fenced, the sprinklers are new, and the schools and parks are a short walk away.";
    // (A hidden region with most of a page's text is the page waiting for a script.)
    let article = format!("<p>{PROSE}</p>").repeat(4);
    let page = format!(
        "<html><body><main><h1>Homes for sale</h1>{article}<ul class=\"carousel\"><li aria-hidden=\"false\"><img src=a.jpg alt=\"\"></li><li aria-hidden=\"true\"><div><p>{remarks}</p></div></li></ul><p>{PROSE}</p></main></body></html>"
    );
    let doc = clean_page(&page);
    assert!(doc.body.contains("meticulously maintained"), "{}", doc.body);
    for hidden in [
        format!("<div role=\"dialog\" aria-hidden=\"true\"><p>{remarks}</p></div>"),
        format!("<figure aria-hidden=\"true\"><div><p>{remarks}</p></div></figure>"),
        "<span aria-hidden=\"true\">Icon label</span>".to_string(),
    ] {
        let page = format!(
            "<html><body><main><h1>Homes for sale</h1>{article}{hidden}<p>{PROSE}</p></main></body></html>"
        );
        let doc = clean_page(&page);
        assert!(
            !doc.body.contains("meticulously") && !doc.body.contains("Icon label"),
            "{}",
            doc.body
        );
        assert!(doc.removals.iter().any(|r| r.rule == "dom.hidden"));
    }
}

#[test]
fn named_regions_that_wrap_the_article_are_kept() {
    // `has-sidebar` names the layout, not a sidebar: it wraps the whole article.
    let page = format!(
        "<html><body><div class=\"layout has-sidebar\"><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
    );
    let doc = clean_page(&page);
    assert!(doc.body.contains(PROSE), "{}", doc.body);
}

#[test]
fn an_aside_holding_the_headline_and_the_main_landmarks_prose_is_the_article() {
    // The article set as an `<aside>` column of `<main>` (its `h1` inside it), amid a page whose
    // menus and footer hold more text than the article does; the real sidebar beside it goes.
    let menu: String = (0..40)
        .map(|k| format!("<li><a href=\"/s{k}\">Section number {k} of the site</a></li>"))
        .collect();
    let footer = "The newspaper is published by the regional publishing house, which also prints \
        the weekly advertiser and runs the radio station in the valley towns.";
    let page = format!(
        "<html><body><nav><ul>{menu}</ul></nav><main><aside class=\"content\"><section><header>\
         <h1>Prize for a novel</h1></header><article><p>{PROSE}</p><p>{PROSE} Again.</p>\
         </article></section></aside></main><aside class=\"sidebar\"><p>Most read today</p>\
         <p>Weather in the valley</p></aside><footer><p>{footer}</p><p>{footer}</p><p>{footer}</p>\
         </footer></body></html>"
    );
    let doc = clean_page(&page);
    assert!(doc.body.contains(PROSE), "{}", doc.body);
    assert!(!doc.body.contains("Weather in the valley"), "{}", doc.body);
    // Without the headline, an `<aside>` in `<main>` is a sidebar still.
    let page = format!(
        "<html><body><main><h1>Prize for a novel</h1><p>{PROSE}</p><p>{PROSE} Again.</p>\
         <aside><p>Weather in the valley, and the forecast for the weekend is rain.</p></aside>\
         </main></body></html>"
    );
    let doc = clean_page(&page);
    assert!(!doc.body.contains("Weather in the valley"), "{}", doc.body);
}

#[test]
fn posts_named_as_comments_are_a_threads_content() {
    // Each post of this thread is a `comment` (in a wrapper so named): together they are the page,
    // not comments on it.
    let post =
        |who: &str, text: &str| format!("<div class=\"comments\"><p>{who}</p><p>{text}</p></div>");
    let page = format!(
        "<html><body><h1>How did you get started?</h1><div class=\"comments\">{}{}{}{}</div></body></html>",
        post("Fitz", PROSE),
        post("Joe", "A neighbour was throwing out a bench grinder and a box of chisels, and I could not let them go to the tip."),
        post("Bob", "I started when I was a student whose taste in furniture far exceeded his budget, so I built what I could not buy."),
        post("Ann", "My grandfather had a shop in the barn and let me sweep the shavings until I was old enough to hold a plane."),
    );
    let doc = clean_page(&page);
    assert!(doc.body.contains(PROSE), "{}", doc.body);
    assert!(
        doc.body.contains("old enough to hold a plane"),
        "{}",
        doc.body
    );
    // Comments under an article, holding less prose than it, still go.
    let page = format!(
        "<html><body><article><p>{PROSE}</p><p>{PROSE}</p></article><div class=\"comment\"><p>Great article, thanks for writing it up</p></div></body></html>"
    );
    let doc = clean_page(&page);
    assert!(doc.body.contains(PROSE), "{}", doc.body);
    assert!(!doc.body.contains("Great article"), "{}", doc.body);
}

#[test]
fn many_comments_under_a_long_article_are_still_comments() {
    // An article of some 600 words, then three times as much in comments: the comments outweigh
    // it, but an article's worth of prose outside them says they are an article's comments.
    let article: String = (0..25).map(|_| format!("<p>{PROSE}</p>")).collect();
    let comment = "<li class=\"comment\"><p>I tried this in my own garden last summer and the aphids were gone within the week, though the smell of garlic lingered on the porch for days.</p></li>";
    let comments = comment.repeat(60);
    let page = |head: &str| {
        format!(
            "<html><head>{head}</head><body><h1>Garden spray</h1><div class=\"entry-content\">{article}</div><div id=\"comments\"><h3>60 Comments</h3><ol class=\"comment-list\">{comments}</ol></div></body></html>"
        )
    };
    let doc = clean_page(&page(""));
    assert!(doc.body.contains(PROSE), "{}", doc.body);
    assert!(!doc.body.contains("aphids"), "{}", doc.body);
    assert!(doc.removals.iter().any(|r| r.rule == "dom.comments"));
    // The same page declaring itself a question and its answers keeps the replies.
    let qa = r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"Garden spray"}}</script>"#;
    let doc = clean_page(&page(qa));
    assert!(doc.body.contains("aphids"), "{}", doc.body);
}

#[test]
fn disabled_dom_rules_keep_their_regions() {
    let page = format!(
        "<html><head><title>Findings</title></head><body><aside>Notes from the editor on this issue</aside><p>{PROSE}</p></body></html>"
    );
    let cleaner = Cleaner::builder()
        .disable("dom.sidebar")
        .disable("dom.outside-main")
        .build()
        .expect("valid ids");
    let doc = cleaner.clean(Input::html(page.as_bytes())).expect("cleans");
    assert!(
        doc.body.contains("Notes from the editor"),
        "{:?}",
        doc.removal_counts()
    );
}

/// Names of a furniture shop's products, for the cards of listing pages.
const FURNITURE: &[&str] = &[
    "Oak Desk",
    "Walnut Shelf",
    "Bamboo Board",
    "Steel Cabinet",
    "Pine Bench",
    "Cedar Chest",
    "Maple Stool",
    "Birch Table",
    "Ash Bookcase",
    "Elm Dresser",
    "Teak Chair",
    "Beech Rack",
    "Cherry Cart",
    "Alder Crate",
];

#[test]
fn a_grid_of_link_cards_is_the_listing() {
    // A category page: a short intro and a grid of cards whose whole face is a link (a name and
    // a price, fewer than 30 characters each). The cards are the page's content.
    let names = FURNITURE;
    let cards: String = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            format!(
                "<div class=\"card\"><a href=\"/p/{i}\"><div class=\"name\">{n}</div><div class=\"price\">${}9</div></a></div>",
                i + 2
            )
        })
        .collect();
    let page = format!(
        "<html><body><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav><main><h1>Storage</h1><p>Furniture for the home office, made to order.</p><div class=\"grid\">{cards}</div></main><footer><p>Copyright 2026 Example Furniture, all rights reserved</p></footer></body></html>"
    );
    let doc = clean_page(&page);
    for n in names {
        assert!(doc.body.contains(n), "{n} lost: {}", doc.body);
    }
    assert!(doc.body.contains("$29"), "{}", doc.body);
    assert!(!doc.body.contains("Copyright"), "{}", doc.body);
}

#[test]
fn a_product_pages_link_directories_are_not_its_content() {
    // The page of one product under sections of the shop's links (brands, categories) that
    // outweigh its own short text: the links are a directory, and the shop's labels in them
    // chrome, not the product's. The same sections on a page that says it is a group of
    // products (a shop's category) are its cards.
    let headings = ["Our desks", "Our shelves", "Our chests", "Our chairs"];
    let names = &FURNITURE[..12];
    let sections: String = names
        .chunks(3)
        .zip(headings)
        .map(|(names, heading)| {
            let links: String = names
                .iter()
                .map(|n| format!("<li><a href=\"/b/{}\">{n}</a></li>", n.len()))
                .collect();
            format!(
                "<div class=\"links\"><h2>{heading}</h2><ul>{links}</ul><p>Free delivery</p></div>"
            )
        })
        .collect();
    let page = |og_type: &str| {
        format!(
            "<html><head><meta property=\"og:type\" content=\"{og_type}\"></head><body><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav><main><h1>Walnut Desk</h1><p>$499</p><p>Solid walnut, oiled by hand.</p><div class=\"more\">{sections}</div></main></body></html>"
        )
    };
    let doc = clean_page(&page("product"));
    assert!(doc.body.contains("Solid walnut"), "{}", doc.body);
    for n in names.iter().chain(&["Free delivery"]) {
        assert!(!doc.body.contains(n), "{n} kept: {}", doc.body);
    }
    // A shop's labels in a category's cards are each card's text.
    let doc = clean_page(&page("product.group"));
    for n in names.iter().chain(&["Free delivery"]) {
        assert!(doc.body.contains(n), "{n} lost: {}", doc.body);
    }
}

#[test]
fn a_page_whose_only_text_is_in_a_region_named_related_keeps_it() {
    // Nothing outside the `related-product` section reads as text: its name is the site's, and
    // the section is the page.
    let page = format!(
        "<html><body><header><a href=/>Home</a></header><main><section class=\"related-product\"><h2>Robotic mowers</h2><p>Every mower in the range maps the garden on its first run and mows in straight lines after that.</p><p>Our quietest model covers up to an acre per charge and parks itself in the rain.</p></section></main><footer><p>Copyright 2026 Example Mowers. {PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></footer></body></html>"
    );
    let doc = clean_page(&page);
    assert!(doc.body.contains("acre per charge"), "{}", doc.body);
    assert!(
        doc.body.contains("parks itself in the rain"),
        "{}",
        doc.body
    );
    assert!(!doc.body.contains("Copyright"), "{}", doc.body);
}

/// A shop's category page whose only content is a few cards, each a linked heading and a count:
/// the cards are its content. The same cards beside an article are a menu, and go.
#[test]
fn a_page_of_a_few_headed_cards_keeps_them() {
    let names = [
        "Radios",
        "Power Banks",
        "Bluetooth Speakers",
        "Camera Accessories",
        "Phone Accessories",
    ];
    let cards: String = names
        .iter()
        .enumerate()
        .map(|(i, n)| format!("<li class=\"product-category\"><a href=\"/c/{i}\"><h2>{n} <mark class=\"count\">({})</mark></h2></a></li>", 3 * i + 1))
        .collect();
    let frame = |content: &str| {
        format!(
            "<html><body><header><nav><a href=/>Home</a> <a href=/shop>Shop</a> <a href=/cart>Cart</a></nav></header><div id=\"main-content\"><h1>Electronics and gadgets</h1>{content}</div><footer><p>Powered by WordPress</p></footer></body></html>"
        )
    };
    let doc = clean_page(&frame(&format!("<ul class=\"products\">{cards}</ul>")));
    for n in names {
        assert!(doc.body.contains(n), "{n} lost: {}", doc.body);
    }
    assert!(!doc.body.contains("Powered by"), "{}", doc.body);
    let doc = clean_page(&frame(&format!(
        "<ul class=\"products\">{cards}</ul><article><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></article>"
    )));
    assert!(doc.body.contains("two hundred pages"), "{}", doc.body);
    assert!(!doc.body.contains("Power Banks"), "{}", doc.body);
}

/// A product's name heads its page's content, as its price does: the body keeps the `h1` (and
/// the Markdown writes it once). An article's body does not repeat its headline.
#[test]
fn a_products_name_stays_in_its_body_and_a_headline_does_not() {
    let product = format!(
        "<html><head><meta property=\"og:type\" content=\"product\"><title>Canyon Raft 4 | River Shop</title></head><body><main><h1>Canyon Raft 4</h1><p>$1,249.00</p><p>{PROSE}</p></main></body></html>"
    );
    let doc = clean_page(&product);
    assert_eq!(doc.title.as_deref(), Some("Canyon Raft 4"));
    assert_eq!(doc.paragraphs[0].text, "Canyon Raft 4", "{}", doc.body);
    let md = dechaff::markdown::to_markdown(&doc);
    assert_eq!(md.matches("Canyon Raft 4").count(), 1, "{md}");
    let article = format!(
        "<html><head><title>Council approves the budget | The Daily</title></head><body><main><article><h1>Council approves the budget</h1><p>{PROSE}</p><p>{PROSE}</p></article></main></body></html>"
    );
    let doc = clean_page(&article);
    assert_eq!(doc.title.as_deref(), Some("Council approves the budget"));
    assert!(!doc.body.contains("Council approves"), "{}", doc.body);
}

/// On a product's page, a region named a header after the product's name heads a part of the
/// product (its summary and release date), and stays; the site's masthead before the name goes.
#[test]
fn a_header_after_a_products_name_is_the_products() {
    let page = format!(
        "<html><head><meta property=\"og:type\" content=\"product\"></head><body><div class=\"site-header\"><a href=/>Store</a> <a href=/new>New and noteworthy</a> <a href=/cats>Categories</a></div><main><h1>Canyon Raft Adventure</h1><div id=\"gameHeaderCtn\"><div>Row a raft down a river canyon with your friends, camp on its beaches and find the old mining town before the autumn storms arrive.</div><div>Release date: 5 Dec, 2019</div></div><div class=\"description\"><p>{PROSE}</p><p>{PROSE}</p></div></main></body></html>"
    );
    let doc = clean_page(&page);
    assert!(
        doc.body.contains("Row a raft down a river canyon"),
        "{}",
        doc.body
    );
    assert!(!doc.body.contains("New and noteworthy"), "{}", doc.body);
}

/// A shop that writes the product's name in a `div` rather than an `h1`: the first block that
/// starts the page's title ("Canyon Raft Adventure" of "Canyon Raft Adventure on Playstore") is
/// the name, and the header after it is still the product's. A block that only shares the
/// title's first word is no name, and a header before the name is still the masthead's.
#[test]
fn a_header_after_a_products_name_in_a_div_is_the_products() {
    let page = |name: &str| {
        format!(
            "<html><head><title>Canyon Raft Adventure on Playstore</title><meta property=\"og:type\" content=\"product\"></head><body><div class=\"site-header\"><a href=/>Store</a> <a href=/new>New and noteworthy</a> <a href=/cats>Categories</a></div><main><div class=\"app-name\">{name}</div><div id=\"gameHeaderCtn\"><div>Row a raft down a river canyon with your friends, camp on its beaches and find the old mining town before the autumn storms arrive.</div><div>Release date: 5 Dec, 2019</div></div><div class=\"description\"><p>{PROSE}</p><p>{PROSE}</p></div></main></body></html>"
        )
    };
    let doc = clean_page(&page("Canyon Raft Adventure"));
    assert!(
        doc.body.contains("Row a raft down a river canyon"),
        "{}",
        doc.body
    );
    assert!(!doc.body.contains("New and noteworthy"), "{}", doc.body);
    let doc = clean_page(&page("Canyon Rafting Tours"));
    assert!(
        !doc.body.contains("Row a raft down a river canyon"),
        "{}",
        doc.body
    );
}

#[test]
fn a_listings_entries_keep_their_own_prices() {
    let cards: String = [
        ("Running Graphic T-Shirt", "$36"),
        ("Geo Seamless T-Shirt", "$36"),
        ("Shadow Seamless Tee", "$38"),
        ("Arrival Block T-Shirt", "$24"),
        ("Vital Seamless T-Shirt", "$38"),
        ("Critical Drop Arm Tank", "$24"),
    ]
    .iter()
    .enumerate()
    .map(|(i, (name, price))| {
        format!(
            "<li class=\"card\"><a href=\"/p{i}\"><h3>{name}</h3></a>\
             <p class=\"fit\">oversized fit in black cotton</p><p class=\"price\">{price}</p></li>"
        )
    })
    .collect();
    let page = format!(
        "<html><body><nav><a href=\"/\">Home</a></nav><main><h1>T-Shirts</h1>\
         <ul class=\"grid\">{cards}</ul></main></body></html>"
    );
    let doc = clean_page(&page);
    for price in ["$36", "$38", "$24"] {
        let n = doc.paragraphs.iter().filter(|p| p.text == price).count();
        assert_eq!(n, 2, "{price}: {:?}", doc.paragraphs);
    }
}

#[test]
fn a_listings_heading_and_intro_join_its_grid() {
    // A category page whose heading (the title) and one-line intro sit in a banner beside the
    // grid, under one wrapper: the intro is the listing's, while the menu, the sidebar and the
    // footer stay out.
    let cards: String = FURNITURE[..8]
    .iter()
    .enumerate()
    .map(|(i, n)| {
        format!(
            "<div class=\"card\"><a href=\"/p/{i}\"><h3>{n}</h3></a><p class=\"blurb\">solid wood, finished by hand in our workshop</p><p class=\"price\">${}9</p></div>",
            i + 2
        )
    })
    .collect();
    let page = format!(
        "<html><body><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav><div class=\"page\">\
         <div class=\"banner\"><h1>Home office furniture</h1><p>Desks, shelves and storage</p></div>\
         <section class=\"grid\">{cards}</section></div>\
         <aside class=\"sidebar\"><p>Sign up for our newsletter and get ten percent off your first order.</p></aside>\
         <footer><p>Copyright 2026 Example Furniture, all rights reserved</p></footer></body></html>"
    );
    let doc = clean_page(&page);
    assert!(doc.body.contains("Oak Desk"), "{}", doc.body);
    assert!(
        doc.body.contains("Desks, shelves and storage"),
        "{}",
        doc.body
    );
    assert!(!doc.body.contains("newsletter"), "{}", doc.body);
    assert!(!doc.body.contains("Copyright"), "{}", doc.body);
}

/// Elements written against each other with no whitespace: a word of its own that starts a
/// new element in capitals is set apart (a brand and a product name, a time and a section
/// name); a word that goes on in lower case, or after a single letter (a drop cap), stays one.
#[test]
fn words_of_adjacent_elements_are_set_apart_only_when_styled_apart() {
    let prose = "<p>The trail shoe kept its shape over two hundred miles of wet gravel, and the \
                 cushioning felt the same at the end of the season as it did on the first day.</p>";
    let cases = [
        (
            "<span>HOKA</span><span>Clifton 10 Road-Running Shoes</span>",
            "HOKA Clifton 10 Road-Running Shoes",
        ),
        (
            "<span>Our reporters on the coast</span><a href=\"/x\">Europe</a> desk",
            "Our reporters on the coast Europe desk",
        ),
        ("<b>W</b>inter <b>T</b>rails", "Winter Trails"),
        ("<span>T</span><span>HE</span> TRAIL", "THE TRAIL"),
        ("Trail<em>running</em> notes", "Trailrunning notes"),
        ("Road<!---->Running", "RoadRunning"),
    ];
    for (markup, expected) in cases {
        let page = format!("<html><body><article>{prose}<p>{markup} were on our list again this year, and we tested them on the same loop.</p></article></body></html>");
        let doc = clean_page(&page);
        assert!(
            doc.body.contains(&format!("{expected} were on our list")),
            "{markup}: {:?}",
            doc.body
        );
    }
}
