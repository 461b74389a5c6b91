//! DOM rules: regions of an HTML page that are not the article, named by what they are.
//!
//! The vocabularies are data, in the manner of trafilatura's `xpaths.py`: a class or id matches a
//! rule when one of its words (split at `-`, `_`, spaces and camelCase) is in the rule's word list,
//! or when the whole class name is in its list of compound names. Matching whole words rather than
//! substrings keeps `nav` from matching `canvas` and `ad` from matching `header`.

use crate::model::Layer;
use crate::rules::{Rule, Tier};
use crate::text::KeyHasher;
use once_cell::sync::Lazy;
use regex::Regex;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

pub static HEAD: Rule = Rule {
    id: "dom.head",
    layer: Layer::Dom,
    why: "the document head (title element, metadata): not body text",
    tier: Tier::Core,
};
pub static SCRIPT: Rule = Rule {
    id: "dom.script",
    layer: Layer::Dom,
    why: "not rendered as text: script, style, template, noscript, svg, embedded objects",
    tier: Tier::Core,
};
pub static MATH_MARKUP: Rule = Rule {
    id: "dom.math-markup",
    layer: Layer::Dom,
    why: "a formula's MathML markup that its TeX source, kept in its place, says again (or another program's annotation of it)",
    tier: Tier::Core,
};
pub static HIDDEN: Rule = Rule {
    id: "dom.hidden",
    layer: Layer::Dom,
    why: "hidden element (hidden attribute, aria-hidden other than a label's text on screen or prose such as a carousel's other slides, display:none, a class such as hidden or d-none, screen-reader text beside the text it repeats, a short role=status announcement, a closed popover) other than a tab or accordion panel or prose a script reveals",
    tier: Tier::Core,
};
pub static FORM: Rule = Rule {
    id: "dom.form",
    layer: Layer::Dom,
    why: "form controls: buttons, inputs, selects, text areas",
    tier: Tier::Core,
};
pub static NAV: Rule = Rule {
    id: "dom.nav",
    layer: Layer::Dom,
    why: "navigation: menus, breadcrumbs, pagination, skip links",
    tier: Tier::Balanced,
};
pub static HEADER: Rule = Rule {
    id: "dom.header",
    layer: Layer::Dom,
    why: "site header or masthead",
    tier: Tier::Balanced,
};
pub static FOOTER: Rule = Rule {
    id: "dom.footer",
    layer: Layer::Dom,
    why: "page or article footer",
    tier: Tier::Balanced,
};
pub static SIDEBAR: Rule = Rule {
    id: "dom.sidebar",
    layer: Layer::Dom,
    why: "sidebar, aside or widget area",
    tier: Tier::Balanced,
};
pub static SHARE: Rule = Rule {
    id: "dom.share",
    layer: Layer::Dom,
    why: "share and social-media buttons",
    tier: Tier::Balanced,
};
pub static RELATED: Rule = Rule {
    id: "dom.related",
    layer: Layer::Dom,
    why: "related, recommended or popular stories",
    tier: Tier::Balanced,
};
pub static COMMENTS: Rule = Rule {
    id: "dom.comments",
    layer: Layer::Dom,
    why: "reader comments section and comment form of an article",
    tier: Tier::Balanced,
};
pub static COOKIE: Rule = Rule {
    id: "dom.cookie",
    layer: Layer::Dom,
    why: "cookie or consent banner",
    tier: Tier::Balanced,
};
pub static PROMO: Rule = Rule {
    id: "dom.promo",
    layer: Layer::Dom,
    why: "advertising, newsletter sign-up, subscription or promotional box",
    tier: Tier::Balanced,
};
pub static META: Rule = Rule {
    id: "dom.meta",
    layer: Layer::Dom,
    why: "post metadata block: byline, author box, tags, categories",
    tier: Tier::Balanced,
};
pub static CAPTION: Rule = Rule {
    id: "dom.caption",
    layer: Layer::Dom,
    why: "image caption or photo credit (figcaption, credit/caption classes)",
    tier: Tier::Balanced,
};
pub static TEASER_SECTION: Rule = Rule {
    id: "dom.teaser-section",
    layer: Layer::Dom,
    why: "a section headed as teasers of other pages (Related posts, You may also like, Similar items)",
    tier: Tier::Balanced,
};
pub static REVIEWS: Rule = Rule {
    id: "dom.reviews",
    layer: Layer::Dom,
    why:
        "customer reviews, ratings and questions on a product page (not the product's description)",
    tier: Tier::Balanced,
};
pub static RECOMMENDATIONS: Rule = Rule {
    id: "dom.recommendations",
    layer: Layer::Dom,
    why: "other products offered on a product page: variants, bundles, bought together, similar items",
    tier: Tier::Balanced,
};
pub static SHOP_FAQ: Rule = Rule {
    id: "dom.shop-faq",
    layer: Layer::Dom,
    why: "a shop's frequently asked questions on a product page (shipping, returns, use): not the product's description",
    tier: Tier::Balanced,
};
pub static CALL_TO_ACTION: Rule = Rule {
    id: "dom.call-to-action",
    layer: Layer::Dom,
    why: "a call to action or shop label standing alone (Contact us, Request a quote, Add to cart, Free shipping, the price in a product's buying box)",
    tier: Tier::Balanced,
};
pub static RAW_FIELDS: Rule = Rule {
    id: "dom.raw-fields",
    layer: Layer::Dom,
    why: "a shop theme's raw custom fields printed as a definition list: terms that are machine keys (section_bg_color:, cat_thumb_Navy:) and their values",
    tier: Tier::Balanced,
};
pub static THREAD_NOTICE: Rule = Rule {
    id: "dom.thread-notice",
    layer: Layer::Dom,
    why: "a forum's notice or prompt standing alone (Not open for further replies, Sign in to comment, Sent from my phone using Tapatalk)",
    tier: Tier::Balanced,
};

pub static DISCLOSURE: Rule = Rule {
    id: "dom.disclosure",
    layer: Layer::Dom,
    why:
        "an affiliate or sponsorship disclosure (we may earn a commission from links on this page)",
    tier: Tier::Balanced,
};
pub static FINE_PRINT: Rule = Rule {
    id: "dom.fine-print",
    layer: Layer::Dom,
    why: "disclaimers and legal notes (a region named disclaimer or legal): an offer's or a product's fine print, footnotes to its claims",
    tier: Tier::Balanced,
};
pub static LINK_DENSE: Rule = Rule {
    id: "dom.link-dense",
    layer: Layer::Dom,
    why: "block made mostly of link text inside the content region (link lists, teasers)",
    tier: Tier::Balanced,
};
pub static OUTSIDE_MAIN: Rule = Rule {
    id: "dom.outside-main",
    layer: Layer::Dom,
    why: "outside the region of the page where its main text concentrates",
    tier: Tier::Balanced,
};
pub static OTHER_ARTICLE: Rule = Rule {
    id: "dom.other-article",
    layer: Layer::Dom,
    why: "another article's teaser beside the page's own: an <article> element apart from the one that holds the headline",
    tier: Tier::Balanced,
};
pub static NOT_IN_ARTICLE: Rule = Rule {
    id: "dom.not-in-article",
    layer: Layer::Dom,
    why: "a short line inside the article that its JSON-LD articleBody leaves out: a product box, a photo credit, a form's prompt",
    tier: Tier::Balanced,
};
pub static AFTER_ARTICLE: Rule = Rule {
    id: "dom.after-article",
    layer: Layer::Dom,
    why: "after the end of the article, which the page's JSON-LD articleBody gives",
    tier: Tier::Balanced,
};

/// A vocabulary: single words matched against the words of a class or id, and compound names
/// matched against a whole class name or id (lower-case, `_` read as `-`).
pub struct Vocab {
    pub rule: &'static Rule,
    pub words: &'static [&'static str],
    pub compounds: &'static [&'static str],
}

/// Class/id vocabularies of boilerplate regions, most specific first: the first that matches
/// names the region.
pub static VOCABS: &[Vocab] = &[
    Vocab {
        rule: &COOKIE,
        words: &[
            "cookie",
            "cookies",
            "consent",
            "gdpr",
            "onetrust",
            "cookiebanner",
        ],
        compounds: &["cc-banner", "cc-window"],
    },
    Vocab {
        rule: &SHARE,
        words: &[
            "share",
            "sharing",
            "social",
            "sharedaddy",
            "addthis",
            "sharethis",
            "shareaholic",
            "socials",
        ],
        compounds: &[],
    },
    Vocab {
        rule: &COMMENTS,
        // Plural or form names only: forum posts are often `comment` items and are content.
        words: &[
            "comments",
            "disqus",
            "commentlist",
            "respond",
            // Customer review widgets of a shop.
            "yotpo",
            "bazaarvoice",
        ],
        compounds: &[
            "comment-form",
            "comment-respond",
            "comments-area",
            "comment-list",
            "comments-section",
            "reply-form",
            "customer-reviews",
            "product-reviews",
            "review-list",
            "reviews-list",
            "reviews-section",
            "reviews-container",
            "ratings-reviews",
            "reviews-widget",
        ],
    },
    Vocab {
        rule: &RELATED,
        words: &[
            "related",
            "recommended",
            "recommendations",
            "trending",
            "popular",
            "outbrain",
            "taboola",
            "recirc",
            "recirculation",
            "morestories",
            "mostread",
            "mostpopular",
        ],
        compounds: &[
            "more-stories",
            "most-read",
            "most-popular",
            "read-more",
            "read-next",
            "you-may-like",
            "also-read",
            "more-from",
            "next-post",
            "prev-post",
            "post-navigation",
            "nav-links",
        ],
    },
    Vocab {
        rule: &PROMO,
        words: &[
            "newsletter",
            "subscribe",
            "subscription",
            "signup",
            "promo",
            "promotion",
            "advert",
            "advertisement",
            "advertising",
            "ad",
            "ads",
            "adsbygoogle",
            "adslot",
            "sponsor",
            "sponsored",
            "popup",
            "modal",
            "paywall",
            "cta",
            "calltoaction",
            "optin",
            "mailchimp",
            "mc4wp",
            "leadform",
        ],
        compounds: &[
            "sign-up",
            "ad-container",
            "ad-slot",
            "dfp-ad",
            "google-ad",
            "call-to-action",
            "opt-in",
            "lead-form",
        ],
    },
    Vocab {
        rule: &NAV,
        words: &[
            "nav",
            "navbar",
            "navigation",
            "menu",
            "menubar",
            "breadcrumb",
            "breadcrumbs",
            "pagination",
            "pager",
            "skiplink",
            "skiplinks",
            "topbar",
            "toolbar",
            "toc",
        ],
        compounds: &[
            "skip-link",
            "skip-to-content",
            "site-nav",
            "top-bar",
            "table-of-contents",
            "currency-selector",
            "currency-switcher",
            "language-selector",
            "language-switcher",
        ],
    },
    Vocab {
        rule: &SIDEBAR,
        // Not `widget`: page builders (Elementor) wrap every piece of content in one.
        words: &["sidebar", "aside", "sidenav"],
        compounds: &[
            "side-bar",
            "right-col",
            "left-col",
            "right-column",
            "left-column",
            "widget-area",
            "sidebar-widget",
            "right-rail",
            "left-rail",
        ],
    },
    Vocab {
        rule: &HEADER,
        words: &["masthead", "header"],
        compounds: &[
            "site-header",
            "page-header",
            "global-header",
            "site-branding",
        ],
    },
    Vocab {
        rule: &FOOTER,
        words: &["footer", "colophon", "copyright"],
        compounds: &["site-footer", "page-footer", "global-footer"],
    },
    Vocab {
        rule: &CAPTION,
        words: &["caption", "credit", "credits", "figcaption"],
        compounds: &["wp-caption-text", "image-credit", "photo-credit"],
    },
    Vocab {
        rule: &META,
        words: &[
            "byline",
            "tags",
            "taglist",
            "categories",
            "authorbox",
            "signature",
        ],
        compounds: &[
            "post-meta",
            "entry-meta",
            "article-meta",
            "post-tags",
            "entry-tags",
            "tag-list",
            "tag-links",
            "author-box",
            "author-bio",
            "about-author",
            "about-the-author",
            "author-card",
            "author-details",
            "author-wrap",
            "author-info",
            "post-author",
            "entry-footer",
            "article-footer",
            // A forum poster's rank, badges and counts (the name itself is kept).
            "usertitle",
            "user-title",
            "message-usertitle",
            "userbanner",
            "user-banner",
            "message-userbanner",
            "message-userextras",
            "userextras",
            "user-extras",
            "userstats",
            "user-stats",
            "extrauserinfo",
            "extra-user-info",
        ],
    },
    Vocab {
        // Last: a `footer-legal` is the footer, a `promo-disclaimer` the promotion.
        rule: &FINE_PRINT,
        words: &[
            "disclaimer",
            "disclaimers",
            "legal",
            "fineprint",
            "smallprint",
        ],
        compounds: &["fine-print", "small-print"],
    },
];

/// Class/id vocabularies of the regions of a product page around the product: they are read only
/// on a page whose markup presents one product, where a `review` region is the customers' and not
/// the page's own (a review site's article is named so too).
pub static PRODUCT_VOCABS: &[Vocab] = &[
    Vocab {
        rule: &REVIEWS,
        words: &[
            "review",
            "reviews",
            "ratings",
            "testimonials",
            "qna",
            "questions",
            "feedback",
            "trustpilot",
            "okendo",
            "jdgm",
            "stamped",
            "reevoo",
            "powerreviews",
        ],
        compounds: &["q-and-a", "questions-answers", "ask-a-question"],
    },
    Vocab {
        rule: &RECOMMENDATIONS,
        words: &[
            "upsell",
            "upsells",
            "crosssell",
            "crosssells",
            "recommendation",
            "recs",
            "recentlyviewed",
            "bundles",
        ],
        compounds: &[
            "cross-sell",
            "cross-sells",
            "up-sell",
            "up-sells",
            "recently-viewed",
            "also-bought",
            "also-viewed",
            "bought-together",
            "frequently-bought",
            "similar-products",
            "similar-items",
            "product-variations",
            "complete-the-look",
            "shop-the-look",
        ],
    },
];

/// Words that make a class name describe the page's layout (`has-sidebar`, `layout-sidebar-left`)
/// or a state of what it wraps (`subscription-eligible`, `ads-enabled`, `hide-read-more-ad`)
/// rather than name a region.
pub static LAYOUT_WORDS: &[&str] = &[
    "layout", "has", "with", "without", "no", "hide", "eligible", "enabled", "disabled",
];

/// Words that make a product page's region its seller's own, not the customers': Amazon's
/// `editorialReviews` are the publisher's blurbs and an excerpt of the book.
pub static PRODUCT_OWN_WORDS: &[&str] = &["editorial"];

/// Words of a class or id that mark the article itself: a region so named is never removed by
/// the vocabularies above, and counts towards the main-content score.
pub static CONTENT_WORDS: &[&str] = &[
    "article",
    "content",
    "entry",
    "post",
    "story",
    "body",
    "text",
    "main",
    "prose",
    "markdown",
    "blog",
    "richtext",
    "documentation",
    "docs",
];

/// Headings of sections that hold teasers of other pages: related and recommended stories, shop
/// carousels, blog sidebars. The whole heading must match (case-insensitive). Bare "Recommended"
/// and "Read more" are not here: they head system requirements and label expander buttons.
static TEASER_HEADING_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)^[\s\-•*>»]*(?:
          related(?:\ (?:posts?|articles?|stories|story|news|content|reading|reads|links|topics|coverage|videos?|items|products|listings|searches|resources|guides|recipes))?
        | (?:you|we\ think\ you)\ (?:may|might|will|would)\ (?:also\ )?(?:like|love|enjoy|be\ interested\ in)\b.*
        | more\ (?:stories|news|articles|posts|videos|headlines|like\ this|to\ (?:explore|consider|read|love))\b.*
        | more\ from\ .{1,40} | also\ read | don'?t\ miss | editor'?s\ picks?
        | (?:(?:this\ is\ )?what\ )?(?:people|customers|shoppers|others|guests|buyers)(?:\ like\ you)?\ (?:who\ )?(?:also\ )?(?:viewed|bought|liked|purchased|searched)\b.*
        | (?:customers|people|shoppers)\ also\ .*
        | (?:similar|recommended|suggested|sponsored)\ (?:items|products|listings|searches|posts|articles|stories|reads)
        | (?:your\ )?(?:recently|previously)\ viewed(?:\ (?:items|products))?
        | (?:ideas|picks|suggestions)\ (?:based\ on|inspired\ by)\ your\ .{1,40}
        | explore\ (?:related|similar|more)\b.*
        | (?:complete|shop)\ the\ look | keep\ exploring\b.* | more\ ways\ to\ shop | shop\ similar\b.*
        | frequently\ bought\ together | compare\ (?:similar|with\ similar|models)\b.*
        | (?:other|more)\ (?:posts|articles|stories|recipes|guides)\ (?:you|that\ you)\ (?:may|might|will)\b.*
        | what\ others\ are\ (?:reading|watching|buying)
        | (?:recent|featured|popular|latest|top|trending|most\ (?:read|viewed|popular|shared))\ (?:posts|articles|stories|reads|guides|recipes|news)
        | trending(?:\ now)? | most\ (?:read|viewed|popular|shared) | (?:keep|continue)\ reading
        | (?:from\ )?around\ the\ web | (?:sponsored|promoted)\ (?:stories|links)
        )\s*[:»>›→…]*\s*$",
    )
    .expect("teaser heading regex")
});

/// Calls to action: the whole block is the invitation, a button or a box heading.
static CALL_TO_ACTION_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)^[\s\-•*>»]*(?:
          contact\ us(?:\ (?:today|now|for\ .{1,40}))? | get\ in\ touch(?:\ (?:today|now|with\ us))?
        | (?:request|get|book|schedule|claim)\ (?:a|an|your|my)?\ ?(?:free\ )?(?:quote|demo|consultation|estimate|callback|call|information|info|trial|lesson|appointment)(?:\ (?:today|now|for\ .{1,40}))?
        | talk\ (?:to|with)\ (?:our|an?|a\ member\ of\ our)\ .{1,40}
        | (?:get|let'?s\ get)\ started(?:\ (?:today|now|for\ free))? | start\ (?:your\ )?free\ trial | try\ (?:it\ )?(?:for\ )?free
        | apply\ (?:now|today) | (?:sign\ up|register|enroll|join)\ (?:now|today|for\ free)
        | (?:sign|log)\ ?(?:up|in) | login | register | subscribe(?:\ (?:here|now|today))?
        | book\ (?:now|today|online) | let'?s\ (?:connect|chat) | join\ (?:us|now)
        | add\ to\ (?:cart|bag|basket|wishlist|wish\ list|favou?rites) | buy\ it\ now | notify\ me(?:\ when\ (?:available|(?:it'?s\ )?back(?:\ in\ stock)?|in\ stock))?
        | (?:in|out\ of)\ stock | sold\ out | quantity | qty | no\ longer\ available
        | get\ notified\ .{1,60}\ (?:in\ stock|available)
        | let'?s\ talk | find\ your\ program | take\ the\ next\ step | ready\ to\ get\ started
        | shop\ now | buy\ now | learn\ more | see\ (?:all\ )?(?:plans|pricing)
        )\s*[!.?:»>›→]*\s*$",
    )
    .expect("call to action regex")
});

/// A shop's labels standing alone: shipping and returns terms, review counts, badges. On a
/// product page they are chrome around the product; in the tiles of a listing they are part of
/// each item's text, so the caller spares items.
static SHOP_LABEL_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)^[\s\-•*>»]*(?:
          verified\ (?:buyer|purchase|owner) | sponsored
        | free\ (?:(?:standard|express|ground|economy|next[-\ ]day|2[-\ ]day|two[-\ ]day)\ )?(?:shipping|delivery)(?:\ (?:on|over|from|for)\ .{1,30})? | ships\ from:?\ .{1,30}
        | spend\ [$£€]\d[\d,.]*\ more\ (?:to\ (?:get|qualify\ for|unlock)\ |for\ )free\ (?:shipping|delivery)
        | (?:save\ )?up\ to\ \d{1,2}\ ?%(?:\ off)?
        | (?:free\ )?returns?\ (?:(?:&|and)\ exchanges\ )?accepted
        | \d[\d,.]*k?\ (?:customer\ )?(?:ratings|reviews) | members\ earn\ .{1,30}
        | (?:fast\ (?:&|and)\ )?free\ (?:shipping|delivery)\ (?:&|and)\ (?:free\ )?(?:returns?|exchanges)
        | secure\ (?:checkout|payments?) | risk[-\ ]free\ \d{1,3}[-\ ]day\ trial
        | \d{1,3}[-\ ](?:day|year)\ (?:\w+\ )?(?:money[-\ ]back\ guarantee|warranty|guarantee|free\ returns|returns?)
        | (?:rated\ )?\d(?:[.,]\d{1,2})?\ out\ of\ 5(?:\ stars?)?(?:\ (?:from|based\ on)\ \d[\d,.]*k?\ (?:customer\ )?(?:ratings|reviews)|\.?\ \(?\d[\d,.]*k?\ (?:customer\ )?(?:ratings|reviews)\)?)?
        | based\ on\ \d[\d,.]*k?\ (?:customer\ )?(?:ratings|reviews)
        | \d{1,2}\ ?%\ off | unit\ price(?:\ per)? | sales\ unit(?:\ .{1,20})? | best[-\ ]?seller
        | (?:arrives|get\ it|delivery|pickup|shipping,?\ arrives)\ (?:by\ .{1,30}|today|tomorrow)
        | order\ within\ \d.{1,20} | (?:sold|shipped|sold\ and\ shipped)\ by\ .{1,40}
        | free\ \d{1,3}[-\ ]day\ (?:returns?|exchanges?) | (?:this\ item\ is\ )?gift[-\ ]eligible
        | in\ \d[\d,]*\+?\ people['’]s\ carts
        | sign\ in\ to\ add\ this\ (?:item|product|game)\ to\ your\ wish\ ?list\b.{0,40}
        | price\ when\ purchased\ online | more\ (?:seller|buying)\ options(?:\ \(\d{1,3}\))?
        | currently\ unavailable | image\ unavailable | save\ \d{1,2}\ ?%
        | \(?only\ one\ option\ can\ be\ selected\ at\ a\ time\)? | how\ do\ you\ want\ your\ (?:item|order)
        )\s*[!.?:»>›→]*\s*$",
    )
    .expect("shop label regex")
});

/// True when a short block is only a price ("$20.00", "Sale price $74.95"): text mode's price
/// line. On the page of a product a shop sells, the price stands in its buying box, beside the
/// description; the caller spares the repeated items and the list items of the page (a
/// collection's cards), whose prices are part of each card.
pub fn is_price_tag(text: &str) -> bool {
    crate::rules::textclass::shop::is_price_line(text)
}

/// True when a term is a machine key, a field's name as a template stores it: lower-case letters
/// and digits joined by underscores, perhaps ending in a value's own words
/// (`retail_price_tier1:`, `cat_thumb_Petrol Blue:`, `mobile_category_link-1:`), with the colon
/// that a theme prints after each name. A reader's label has spaces ("Product type:").
pub fn is_machine_key(text: &str) -> bool {
    static MACHINE_KEY_RE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^[a-z][a-z0-9]*(?:_[A-Za-z0-9-]+)+(?: [A-Za-z0-9-]+)*:$")
            .expect("machine key regex")
    });
    text.len() <= 80 && MACHINE_KEY_RE.is_match(text.trim())
}

/// True when a short block is only a shop's label ("Free shipping", "Verified Buyer", "98
/// Customer ratings").
pub fn is_shop_label(text: &str) -> bool {
    text.len() <= 80 && SHOP_LABEL_RE.is_match(text)
}

/// Sentences of affiliate and sponsorship disclosures.
static DISCLOSURE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)(?:
          (?:we|i)\ (?:may\ )?(?:earn|receive|get|make)\ (?:an?\ )?(?:small\ |tiny\ )?(?:affiliate\ )?(?:commissions?|compensation|a\ share\ of\ sales)
        # Whoever earns it (iRunFar may earn a small commission from affiliate links), and the
        # purchase that pays it (If you buy something from a Verge link; Buying through links
        # on our site supports our work).
        | may\ (?:earn|receive|get|make)\ (?:an?\ )?(?:small\ |tiny\ )?(?:affiliate\ )?(?:commissions?|fee|percentage)\ (?:from|on|through|via|for)\ (?:affiliate\ |our\ |the\ |these\ |any\ |qualifying\ )?(?:links?|purchases|sales)
        | if\ you\ (?:buy|purchase)\ (?:something|anything|a\ product|products)\ (?:featured\ here|from\ (?:a|an|our)\ \S+\ link|through\ (?:our|these|the)\ links)
        | (?:buying|purchasing|shopping)\ through\ (?:the\ )?links\ on\ (?:our|this)\ (?:site|page|website)
        | links\ in\ this\ (?:post|article|page)\ may\ (?:generate|earn|result\ in)\ | as\ an\ affiliate\ fee
        | (?:earn|receive)\ (?:a\ commission\ )?from\ qualifying\ purchases | as\ an\ amazon\ associate
        | (?:contains?|may\ contain|uses?|includes?)\ affiliate\ links | affiliate\ disclosure
        | purchases\ made\ through\ (?:our|these|the)\ links | when\ you\ (?:buy|purchase|shop)\ (?:something\ )?through\ (?:our\ |the\ )?links
        | (?:products|items)\ (?:are|were)\ (?:chosen|selected)\ independently
        | (?:reader|learner|listener)-supported | supported\ by\ (?:commissions|affiliate)
        # The other languages of the stopword lists: German, French, Spanish, Portuguese,
        # Italian, Dutch (Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler).
        | links?\ auf\ dieser\ seite\ (?:erhält|erhalten|bekommt|bekommen)\ .{0,40}(?:provision|vergütung)
        | (?:erhalten|bekommen|verdienen)\ wir\ (?:ggf\.\ |gegebenenfalls\ |eventuell\ |möglicherweise\ )?(?:eine\ )?(?:kleine\ )?(?:provision|vergütung)
        | (?:affiliate|provisions|partner)-links | werbelinks?\ \(
        | liens?\ (?:d['’]affiliation|affiliés|sponsorisés) | (?:percevoir|toucher|recevoir|percevons|touchons|recevons)\ une\ (?:petite\ )?commission
        | enlaces?\ de\ afiliad[oa]s? | (?:recibir|obtener|ganar|recibimos|obtenemos|ganamos)\ una\ (?:pequeña\ )?comisión
        | links?\ de\ afiliad[oa]s? | (?:receber|ganhar|recebemos|ganhamos)\ uma\ (?:pequena\ )?comissão
        | link\ di\ affiliazione | (?:ricevere|guadagnare|riceviamo|guadagniamo)\ una\ (?:piccola\ )?commissione
        | (?:ontvangen|verdienen)\ (?:wij|we|ik)\ (?:mogelijk\ )?een\ (?:kleine\ )?commissie
        )",
    )
    .expect("disclosure regex")
});

/// Controls of a listing standing alone: sorting, filtering, result counts, paging.
static LISTING_CONTROL_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)^[\s\-•*>»]*(?:
          sort(?:\ (?:and|&)\ filter)? | filter(?:s|\ (?:and|&)\ sort)? | sort\ by\b.{0,30} | sort\s*:.{0,30} | refine(?:\ by)?
        | \d{1,3}
        | (?:showing\ )?\d[\d,]*\ (?:-|–|to|of)\ \d[\d,]*(?:\ of\ \d[\d,]*)?\ (?:results|items|products)
        | showing\ \d[\d,]*\ (?:results|items|products) | \d[\d,]*\ (?:results|items|products)(?:\ found)?
        | (?:load|show|view)\ more(?:\ (?:results|items|products))? | clear\ (?:all|filters)
        )\s*[:»>›→…]*\s*$",
    )
    .expect("listing control regex")
});

/// True when a short block is only a listing control ("Sort and Filter", "Showing 24 of 291
/// results", "Load more", or a bare page number or count standing alone: `7`).
pub fn is_listing_control(text: &str) -> bool {
    text.len() <= 60 && LISTING_CONTROL_RE.is_match(text)
}

/// A reading-time note ("6 min read", "Reading time: 5 minutes").
static READING_TIME_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b\d{1,3}\s*-?\s*min(?:ute)?s?\.?\s+(?:read|reading)\b|\breading\ time\b|\bread\ time\b")
        .expect("reading time regex")
});

/// A byline or date line with a reading time has at most this many words.
const MAX_READING_TIME_WORDS: usize = 14;

/// True when a short block is post metadata carrying a reading time ("Jane Doe · 6 min read").
pub fn is_reading_time(text: &str) -> bool {
    crate::text::word_count(text) <= MAX_READING_TIME_WORDS && READING_TIME_RE.is_match(text)
}

/// A disclosure block has at most this many words.
const MAX_DISCLOSURE_WORDS: usize = 80;
/// A call to action has at most this many words.
const MAX_CTA_WORDS: usize = 10;

/// True when a short block is only a call to action.
pub fn is_call_to_action(text: &str) -> bool {
    crate::text::word_count(text) <= MAX_CTA_WORDS && CALL_TO_ACTION_RE.is_match(text)
}

/// A forum's notices and prompts around the posts: the thread's state, invitations to join or sign
/// in, report links, reply counts, and the app signature a phone adds under a post. (Discourse's
/// closing note, "This topic was automatically closed…", is a post of the thread: not here.)
static THREAD_NOTICE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)^[\s\-•*>»]*(?:
          not\ open\ for\ further\ replies
        | create\ an\ account\ or\ sign\ in\ to\ (?:comment|reply|post|join)\b.{0,40}
        | (?:you\ must\ )?(?:sign\ in|log\ ?in|register)\ (?:or\ register\ )?to\ (?:reply|comment|post)\b.{0,40}
        | report\ (?:inappropriate\ content|post|this\ post|abuse)
        | \d[\d,]*\ (?:replies|posts)\ (?:to|in)\ this\ (?:topic|thread)
        | top\ posters\ in\ this\ (?:topic|thread) | start\ asking\ to\ get\ answers
        | sent\ from\ my\ .{1,60}
        )\s*[!.?:»>›→]*\s*$",
    )
    .expect("thread notice regex")
});

/// True when a short block is only a forum's notice or prompt.
pub fn is_thread_notice(text: &str) -> bool {
    text.len() <= 200 && THREAD_NOTICE_RE.is_match(text)
}

/// True when a block is an affiliate or sponsorship disclosure.
pub fn is_disclosure(text: &str) -> bool {
    crate::text::word_count(text) <= MAX_DISCLOSURE_WORDS && DISCLOSURE_RE.is_match(text)
}

/// Headings of a table of contents.
static CONTENTS_HEADING_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)^[\s\-•*>»]*(?:
          table\ of\ contents? | contents | article\ contents | on\ this\ page
        | in\ this\ (?:article|post|guide|page|story|review) | jump\ to(?:\ section)? | quick\ (?:links|navigation)
        | skip\ to\ (?:a\ )?section
        )\s*[:»>›→…]*\s*$",
    )
    .expect("contents heading regex")
});

/// True when a short block heads a table of contents.
pub fn is_contents_heading(text: &str) -> bool {
    text.len() <= 40 && CONTENTS_HEADING_RE.is_match(text)
}

/// Headings of the customers' part of a product page: reviews, ratings, questions and answers.
static REVIEWS_HEADING_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)^[\s\-•*>»]*(?:
          (?:customer|product|guest|user|verified|top|recent|most\ helpful|all|our|\d[\d,.]*k?)?\ ?(?:reviews?|ratings?)(?:\ (?:(?:&|and)\ (?:reviews|ratings|questions))|\ from\ .{1,40}|\ with\ images|\ (?:for|of)\ this\ (?:item|product|shop))?(?:\ \(\d[\d,.]*k?\))?
        | (?:customer\ )?(?:questions?\ (?:&|and)\ answers?|q\ ?&\ ?a|faqs?\ from\ customers)(?:\ \(\d[\d,.]*\))?
        | write\ a\ review | be\ the\ first\ to\ review\b.* | what\ (?:customers|people|our\ (?:customers|clients))\ (?:are\ saying|say)
        | (?:customer|product)\ feedback | reviews?\ (?:&|and)\ ratings?
        | (?:customer\ )?reviews?\ (?:summary|highlights) | customers\ say
        | \d[\d,.]*\ reviews?\ for\ (?-i:[\p{Lu}\d“\x22«]).{0,50}
        )\s*[:»>›→…]*\s*$",
    )
    .expect("reviews heading regex")
});

/// True when a short block heads the reviews of a product page ("Customer reviews",
/// "Reviews (12)", "Questions & Answers").
pub fn is_reviews_heading(text: &str) -> bool {
    text.len() <= 60 && REVIEWS_HEADING_RE.is_match(text)
}

/// Headings of a shop's frequently asked questions.
static FAQ_HEADING_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)^[\s\-•*>»]*(?:
          (?:product\ )?faqs? | frequently\ asked\ questions | (?:common|commonly\ asked|top)\ questions
        )(?:\ \(\d+\))?\s*[:»>›→…?]*\s*$",
    )
    .expect("faq heading regex")
});

/// True when a short block heads a shop's frequently asked questions ("FAQ", "Frequently asked
/// questions", "Common questions").
pub fn is_faq_heading(text: &str) -> bool {
    text.len() <= 40 && FAQ_HEADING_RE.is_match(text)
}

/// Headings of other products offered on a product page, beyond the shop teasers of
/// [`is_teaser_heading`]: variants, bundles, accessories bought with it.
static OFFERS_HEADING_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)^[\s\-•*>»]*(?:
          (?:show|see|all|other|more)\ (?:variations|variants|versions|colou?rs|models)\ (?:of\ )?(?:this\ (?:product|item)|available)?
        | (?:products|items|sponsored\ products)\ related\ to\ this\ (?:item|product)
        | consider\ (?:these|a)\ (?:available|similar)\ items? | similar\ items\ (?:shipping|available)\ .{1,40}
        | (?:pairs|goes|works)\ (?:well\ )?with(?:\ this)?(?:\ (?:product|item))? | (?:often|usually)\ bought\ (?:with|together)
        | complete\ (?:your|the)\ (?:set|look|outfit|kit) | you\ (?:may|might)\ also\ need
        | get\ everything\ you\ need
        | (?:bundles?|bundle\ (?:and|&)\ save)(?:\ (?:with|for)\ this\ (?:product|item))?
        | (?:more|other)\ (?:items|products)\ (?:from|by)\ (?:this|the)\ (?:seller|brand|shop|store)
        | (?:recommended|picked)\ for\ you | inspired\ by\ your\ (?:browsing|shopping)\ history
        | complete\ your\ (?:order|purchase) | .{0,30}accessories\ (?:&|and)\ related\ (?:items|products)
        )\s*[:»>›→…]*\s*$",
    )
    .expect("offers heading regex")
});

/// True when a short block heads other products offered on a product page ("Show variations of
/// this product", "Products related to this item", "Pairs well with").
pub fn is_offers_heading(text: &str) -> bool {
    text.len() <= 80 && (OFFERS_HEADING_RE.is_match(text) || is_teaser_heading(text))
}

/// True when a short block heads a section of teasers of other pages.
pub fn is_teaser_heading(text: &str) -> bool {
    text.len() <= 120 && TEASER_HEADING_RE.is_match(text)
}

/// The rule an element's tag names, for the sectioning elements whose meaning is boilerplate.
pub fn tag_rule(tag: &str) -> Option<&'static Rule> {
    Some(match tag {
        "nav" => &NAV,
        "footer" => &FOOTER,
        "aside" => &SIDEBAR,
        "header" => &HEADER,
        "figcaption" => &CAPTION,
        _ => return None,
    })
}

/// Splits a class or id value into lower-case words at non-alphanumerics and camelCase humps.
pub fn words_of(value: &str, out: &mut Vec<String>) {
    let mut buf = String::new();
    for_each_word(value, &mut buf, |w| {
        out.push(w.to_string());
        false
    });
}

/// The words of [`words_of`] handed to `f` one by one in `buf` (reused, so no word is allocated:
/// the vocabularies look at the words of every class and id of a page). Stops at the first word
/// for which `f` is true, and returns whether there was one.
pub fn for_each_word(value: &str, buf: &mut String, mut f: impl FnMut(&str) -> bool) -> bool {
    buf.clear();
    if value.is_ascii() {
        // Nearly every class and id: the same steps on bytes, without decoding characters.
        let mut prev_lower = false;
        for &b in value.as_bytes() {
            if b.is_ascii_alphanumeric() {
                if b.is_ascii_uppercase() && prev_lower && !buf.is_empty() {
                    if f(buf) {
                        return true;
                    }
                    buf.clear();
                }
                prev_lower = b.is_ascii_lowercase() || b.is_ascii_digit();
                buf.push(char::from(b.to_ascii_lowercase()));
            } else {
                prev_lower = false;
                if !buf.is_empty() {
                    if f(buf) {
                        return true;
                    }
                    buf.clear();
                }
            }
        }
        return !buf.is_empty() && f(buf);
    }
    let mut prev_lower = false;
    for c in value.chars() {
        if crate::text::is_alphanumeric(c) {
            if c.is_uppercase() && prev_lower && !buf.is_empty() {
                if f(buf) {
                    return true;
                }
                buf.clear();
            }
            prev_lower = c.is_lowercase() || c.is_ascii_digit();
            buf.extend(c.to_lowercase());
        } else {
            prev_lower = false;
            if !buf.is_empty() {
                if f(buf) {
                    return true;
                }
                buf.clear();
            }
        }
    }
    !buf.is_empty() && f(buf)
}

/// The vocabulary rule that a `class` and `id` value name, if any.
pub fn vocab_rule(class: &str, id: &str) -> Option<&'static Rule> {
    vocab_rule_in(VOCABS, &VOCAB_INDEX, class, id)
}

/// The product-page vocabulary rule that a `class` and `id` value name, if any.
pub fn product_vocab_rule(class: &str, id: &str) -> Option<&'static Rule> {
    vocab_rule_in(PRODUCT_VOCABS, &PRODUCT_VOCAB_INDEX, class, id)
}

/// The maps of short words and class names hash with [`KeyHasher`]: SipHash cost more than the
/// rest of the matching.
type ShortKeyMap<V> = HashMap<&'static str, V, BuildHasherDefault<KeyHasher>>;

/// What a word of a class name tells the vocabularies.
#[derive(Clone, Copy)]
struct WordEntry {
    /// The first vocabulary that lists it (`usize::MAX`: none).
    first: usize,
    /// It is one of [`LAYOUT_WORDS`].
    layout: bool,
}

/// For each word and compound name of a list of vocabularies, the first vocabulary that has it
/// (and the layout words): the first vocabulary matching a class is the least of its words' and
/// names' entries, found with one look-up per word instead of going through every list.
pub struct VocabIndex {
    words: ShortKeyMap<WordEntry>,
    compounds: ShortKeyMap<usize>,
    /// Every compound name holds a `-`: a class name with no `-` or `_` is none of them.
    compounds_hyphenated: bool,
    /// A compound name is looked for inside longer names too ([`compound_within`]).
    compounds_inside: bool,
    /// The most words of a compound name: the runs of a longer name looked up are no longer.
    compound_words: usize,
}

impl VocabIndex {
    /// `own_words` name no region of these vocabularies, as the layout words name none of any.
    fn new(vocabs: &'static [Vocab], own_words: &[&'static str], compounds_inside: bool) -> Self {
        let mut words: ShortKeyMap<WordEntry> = ShortKeyMap::default();
        let mut compounds = ShortKeyMap::default();
        for (k, v) in vocabs.iter().enumerate() {
            for w in v.words {
                words.entry(*w).or_insert(WordEntry {
                    first: k,
                    layout: false,
                });
            }
            for c in v.compounds {
                compounds.entry(*c).or_insert(k);
            }
        }
        for w in LAYOUT_WORDS.iter().chain(own_words) {
            words
                .entry(*w)
                .or_insert(WordEntry {
                    first: usize::MAX,
                    layout: true,
                })
                .layout = true;
        }
        let compounds_hyphenated = compounds.keys().all(|c| c.contains('-'));
        let compound_words = compounds
            .keys()
            .map(|c| c.split('-').count())
            .max()
            .unwrap_or(0);
        VocabIndex {
            words,
            compounds,
            compounds_hyphenated,
            compounds_inside,
            compound_words,
        }
    }
}

static VOCAB_INDEX: Lazy<VocabIndex> = Lazy::new(|| VocabIndex::new(VOCABS, &[], false));
static PRODUCT_VOCAB_INDEX: Lazy<VocabIndex> =
    Lazy::new(|| VocabIndex::new(PRODUCT_VOCABS, PRODUCT_OWN_WORDS, true));

/// What one class name (or id) tells a list of vocabularies.
#[derive(Clone, Copy)]
struct NameMatch {
    /// It has a layout word: it names no region.
    layout: bool,
    has_words: bool,
    /// The first vocabulary that one of its words or the whole name is in (`usize::MAX`: none).
    first: usize,
}

fn name_match(
    index: &VocabIndex,
    name: &str,
    buf: &mut String,
    name_buf: &mut String,
) -> NameMatch {
    let mut first = usize::MAX;
    let mut has_words = false;
    // `has-sidebar`, `layout-sidebar-left`, `no-header`, `subscription-eligible`: the page's
    // layout or a state, not a region.
    let layout = for_each_word(name, buf, |w| {
        has_words = true;
        match index.words.get(w) {
            Some(e) if e.layout => true,
            Some(e) => {
                first = first.min(e.first);
                false
            }
            None => false,
        }
    });
    if !layout && (!index.compounds_hyphenated || name.bytes().any(|b| b == b'-' || b == b'_')) {
        name_buf.clear();
        name_buf.extend(name.chars().map(|c| match c {
            '_' => '-',
            c => c.to_ascii_lowercase(),
        }));
        if let Some(&k) = index.compounds.get(name_buf.as_str()) {
            first = first.min(k);
        } else if index.compounds_inside {
            first = first.min(compound_within(index, name_buf));
        }
    }
    NameMatch {
        layout,
        has_words,
        first,
    }
}

/// The first vocabulary of a compound name said inside a longer one, on whole words
/// (`cross-sell-article`, `block-recently-viewed-products`): `usize::MAX` if none.
/// `name` is lower-cased with `-` between its words.
fn compound_within(index: &VocabIndex, name: &str) -> usize {
    let mut first = usize::MAX;
    // Word boundaries: the start, each `-`, the end.
    let cuts: Vec<usize> = std::iter::once(0)
        .chain(name.match_indices('-').map(|(at, _)| at))
        .chain(std::iter::once(name.len()))
        .collect();
    if cuts.len() < 4 {
        // Two words at most: the whole name was looked up.
        return first;
    }
    // Runs of two words up to the longest compound's: a name of a thousand words (a page's
    // garbage in a class attribute) is read in time linear in its words, not quadratic.
    for (a, &from) in cuts.iter().enumerate() {
        let from = if a == 0 { from } else { from + 1 };
        for &to in cuts
            .iter()
            .skip(a + 2)
            .take(index.compound_words.saturating_sub(1))
        {
            if from == 0 && to == name.len() {
                continue;
            }
            if let Some(&k) = name.get(from..to).and_then(|run| index.compounds.get(run)) {
                first = first.min(k);
            }
        }
    }
    first
}

/// The rules whose word in a BEM element's name (after `__`) names a part of its block, not a
/// region of the page. (A block's `__meta` or `__nav` is as often a post's chrome, its author
/// panel or signature, as an item's content: those stay read as they are.)
static BEM_PART_RULES: [&Rule; 3] = [&HEADER, &FOOTER, &PROMO];

/// The rule of the first vocabulary that the names of `class` and `id` match, given what each
/// name tells (`matches`).
fn vocab_rule_of<'v>(
    vocabs: &'static [Vocab],
    class: &'v str,
    id: &'v str,
    mut matches: impl FnMut(&'v str) -> NameMatch,
) -> Option<&'static Rule> {
    let mut any_word = false;
    let mut first = usize::MAX;
    for v in [class, id] {
        for name in v.split_ascii_whitespace() {
            let mut m = matches(name);
            // A BEM element (`block__element`) named header, footer or promo is that part of its
            // block (`new-listing__header`, `card__footer`, `hero__promo`): the block's own name
            // says whether it is the page's chrome (`site-header__inner`, `modal__header`).
            if let Some(at) = name.find("__").filter(|&at| at > 0) {
                if vocabs
                    .get(m.first)
                    .is_some_and(|v| BEM_PART_RULES.iter().any(|r| std::ptr::eq(*r, v.rule)))
                {
                    m = matches(&name[..at]);
                }
            }
            if m.layout {
                continue;
            }
            any_word |= m.has_words;
            first = first.min(m.first);
        }
    }
    if !any_word {
        return None;
    }
    vocabs.get(first).map(|v| v.rule)
}

fn vocab_rule_in(
    vocabs: &'static [Vocab],
    index: &VocabIndex,
    class: &str,
    id: &str,
) -> Option<&'static Rule> {
    let (mut buf, mut name_buf) = (String::new(), String::new());
    vocab_rule_of(vocabs, class, id, |name| {
        name_match(index, name, &mut buf, &mut name_buf)
    })
}

/// [`vocab_rule`], [`product_vocab_rule`] and [`is_content_name`] for the class and id values of
/// one page, each class name looked at once: a page repeats its class names (utility classes, a
/// menu's items) far more often than whole values.
/// One list of vocabularies' answers for the class names of a page, and the buffers that
/// [`name_match`] works in.
struct NameMemo<'m, 'a> {
    names: &'m mut HashMap<&'a str, NameMatch, BuildHasherDefault<KeyHasher>>,
    buf: &'m mut String,
    name_buf: &'m mut String,
}

impl<'a> NameMemo<'_, 'a> {
    /// [`vocab_rule_of`], each name matched against `index` once per page.
    fn rule(
        self,
        vocabs: &'static [Vocab],
        index: &VocabIndex,
        class: &'a str,
        id: &'a str,
    ) -> Option<&'static Rule> {
        let NameMemo {
            names,
            buf,
            name_buf,
        } = self;
        vocab_rule_of(vocabs, class, id, |name| {
            *names
                .entry(name)
                .or_insert_with(|| name_match(index, name, buf, name_buf))
        })
    }
}

#[derive(Default)]
pub struct PageVocab<'a> {
    names: HashMap<&'a str, NameMatch, BuildHasherDefault<KeyHasher>>,
    product_names: HashMap<&'a str, NameMatch, BuildHasherDefault<KeyHasher>>,
    content_names: HashMap<&'a str, bool, BuildHasherDefault<KeyHasher>>,
    buf: String,
    name_buf: String,
}

impl<'a> PageVocab<'a> {
    /// [`vocab_rule`].
    pub fn vocab_rule(&mut self, class: &'a str, id: &'a str) -> Option<&'static Rule> {
        let PageVocab {
            names,
            buf,
            name_buf,
            ..
        } = self;
        let memo = NameMemo {
            names,
            buf,
            name_buf,
        };
        memo.rule(VOCABS, &VOCAB_INDEX, class, id)
    }

    /// [`product_vocab_rule`].
    pub fn product_vocab_rule(&mut self, class: &'a str, id: &'a str) -> Option<&'static Rule> {
        let PageVocab {
            product_names,
            buf,
            name_buf,
            ..
        } = self;
        let memo = NameMemo {
            names: product_names,
            buf,
            name_buf,
        };
        memo.rule(PRODUCT_VOCABS, &PRODUCT_VOCAB_INDEX, class, id)
    }

    /// [`is_content_name`]: a word of a value is a word of one of its names, since the words
    /// split at whitespace too.
    pub fn is_content_name(&mut self, class: &'a str, id: &'a str) -> bool {
        let PageVocab {
            content_names, buf, ..
        } = self;
        [class, id]
            .into_iter()
            .flat_map(str::split_ascii_whitespace)
            .any(|name| {
                *content_names
                    .entry(name)
                    .or_insert_with(|| for_each_word(name, buf, |w| CONTENT_WORDS.contains(&w)))
            })
    }
}

/// Words of a class or id that name a product's description on a product page.
pub static PRODUCT_CONTENT_WORDS: &[&str] = &[
    "description",
    "details",
    "specifications",
    "specs",
    "features",
];

/// Whether a word of `class` or `id` is in `list`.
fn names_word_of(class: &str, id: &str, list: &[&str]) -> bool {
    let mut buf = String::new();
    for_each_word(class, &mut buf, |w| list.contains(&w))
        || for_each_word(id, &mut buf, |w| list.contains(&w))
}

/// True when a `class`/`id` names a paywall (`paywall`, `article-paywall`): the gate, or the text
/// behind it.
pub fn names_paywall(class: &str, id: &str) -> bool {
    names_word_of(class, id, &["paywall"])
}

/// True when a `class`/`id` names a product's description (`product-details-modal`).
pub fn is_product_content_name(class: &str, id: &str) -> bool {
    names_word_of(class, id, PRODUCT_CONTENT_WORDS)
}

/// True when a `class`/`id` names the article itself.
pub fn is_content_name(class: &str, id: &str) -> bool {
    names_word_of(class, id, CONTENT_WORDS)
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&TEASER_HEADING_RE);
    Lazy::force(&CALL_TO_ACTION_RE);
    Lazy::force(&SHOP_LABEL_RE);
    Lazy::force(&DISCLOSURE_RE);
    Lazy::force(&LISTING_CONTROL_RE);
    Lazy::force(&READING_TIME_RE);
    Lazy::force(&THREAD_NOTICE_RE);
    Lazy::force(&CONTENTS_HEADING_RE);
    Lazy::force(&REVIEWS_HEADING_RE);
    Lazy::force(&OFFERS_HEADING_RE);
    Lazy::force(&FAQ_HEADING_RE);
    Lazy::force(&VOCAB_INDEX);
    Lazy::force(&PRODUCT_VOCAB_INDEX);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_at_humps_and_punctuation() {
        let mut w = Vec::new();
        words_of("shareButtons site_nav main-Menu", &mut w);
        assert_eq!(w, ["share", "buttons", "site", "nav", "main", "menu"]);
    }

    #[test]
    fn vocabularies_name_regions() {
        assert_eq!(vocab_rule("main-nav", "").map(|r| r.id), Some("dom.nav"));
        assert_eq!(
            vocab_rule("", "cookie-notice").map(|r| r.id),
            Some("dom.cookie")
        );
        assert_eq!(
            vocab_rule("social-share", "").map(|r| r.id),
            Some("dom.share")
        );
        assert_eq!(
            vocab_rule("related-posts", "").map(|r| r.id),
            Some("dom.related")
        );
        assert_eq!(vocab_rule("ad-slot", "").map(|r| r.id), Some("dom.promo"));
        assert_eq!(
            vocab_rule("comments-area", "").map(|r| r.id),
            Some("dom.comments")
        );
        assert_eq!(vocab_rule("post-meta", "").map(|r| r.id), Some("dom.meta"));
        assert_eq!(
            vocab_rule("common-bottom-disclaimer__list", "").map(|r| r.id),
            Some("dom.fine-print")
        );
        // A more specific vocabulary names a footer's legal links.
        assert_eq!(
            vocab_rule("footer-legal", "").map(|r| r.id),
            Some("dom.footer")
        );
    }

    #[test]
    fn teaser_headings() {
        for h in [
            "Related Posts",
            "You may also like",
            "People who viewed this item also viewed",
            "This is what customers who viewed this product bought",
            "Similar items",
            "Explore related items",
            "Other Posts You May Enjoy",
            "What others are reading",
            "Recent posts:",
            "More from Business",
            "Trending now",
            "Others Like You Also Bought:",
            "Guests also viewed",
            "YOUR RECENTLY VIEWED ITEMS",
            "Ideas based on your recently viewed products",
            "Around The Web",
            "From around the web",
            "Promoted Stories",
        ] {
            assert!(is_teaser_heading(h), "{h}");
        }
        // Headings of the page's own sections, and buttons.
        for h in [
            "Recommended:",
            "Read more",
            "See also",
            "Related work",
            "Posts and telecommunications in the 1920s",
            "Similar items were found in the 1998 excavation, the report says.",
            "Guests also enjoy the spa",
            "Ideas based on your feedback shaped the new model, the company says.",
            "Your recently viewed items stay in your browser, not on our servers.",
            "Around the web of canals, the old warehouses are now flats.",
            "Sponsored content",
        ] {
            assert!(!is_teaser_heading(h), "{h}");
        }
    }

    #[test]
    fn product_headings() {
        for h in [
            "Customer reviews",
            "Reviews (29)",
            "Ratings & Reviews",
            "Questions & Answers",
            "Write a review",
            "What customers are saying",
            "Reviews for this item (76)",
            "What our clients say",
            "Reviews summary",
            "Customer review highlights",
            "Customers say",
            "2 reviews for Trail 25 Daypack",
            "1 review for Hand-thrown Mug",
        ] {
            assert!(is_reviews_heading(h), "{h}");
        }
        for h in [
            "A review of the year",
            "Reviews of the budget by the council",
            "Reviews of this product's safety were mixed",
            "Questions for the minister",
            "A summary of the reviews",
            "Customers say the new checkout is slower",
            "3 reviews for the council to read",
            "Two reviews for the same paper came back in a week",
        ] {
            assert!(!is_reviews_heading(h), "{h}");
        }
        for h in [
            "Show variations of this product",
            "Products related to this item",
            "Pairs well with",
            "Complete your order",
            "Most Popular Accessories & Related Items",
            "Frequently bought together",
            "Get Everything You Need",
        ] {
            assert!(is_offers_heading(h), "{h}");
        }
        for h in [
            "Variations of the theme in the second movement",
            "Pairs of gloves were found at the site",
            "Get everything you need to know about the new tax rules",
        ] {
            assert!(!is_offers_heading(h), "{h}");
        }
    }

    #[test]
    fn product_vocabularies() {
        assert_eq!(
            product_vocab_rule("", "customerReviews").map(|r| r.id),
            Some("dom.reviews")
        );
        assert_eq!(
            product_vocab_rule("upsell-products", "").map(|r| r.id),
            Some("dom.recommendations")
        );
        assert_eq!(
            product_vocab_rule("product-questions", "").map(|r| r.id),
            Some("dom.reviews")
        );
        assert_eq!(product_vocab_rule("product-description", ""), None);
        // A compound inside a longer name, on whole words only.
        for id in [
            "cross-sell-article",
            "block-recently-viewed-products",
            "also_bought_list",
        ] {
            assert_eq!(
                product_vocab_rule("", id).map(|r| r.id),
                Some("dom.recommendations"),
                "{id}"
            );
        }
        assert_eq!(product_vocab_rule("", "across-selling-points"), None);
        assert_eq!(product_vocab_rule("", "gross-sell-price"), None);
        // The general vocabularies do not name reviews: a review site's article is one.
        assert_eq!(vocab_rule("review-body", ""), None);
        assert!(is_product_content_name("pipf-product-details-modal", ""));
        assert!(!is_product_content_name("newsletter-modal", ""));
    }

    #[test]
    fn contents_headings() {
        for t in [
            "Table of Contents",
            "In this article:",
            "On this page",
            "Jump to section",
        ] {
            assert!(is_contents_heading(t), "{t}");
        }
        for t in ["Contents of the report", "In this article we look at rents"] {
            assert!(!is_contents_heading(t), "{t}");
        }
    }

    #[test]
    fn calls_to_action() {
        for t in [
            "Contact Us",
            "Request a Free Quote",
            "Talk to Our Experts",
            "Get started today!",
            "Apply now",
            "Book a demo",
            "Sign Up",
            "Book Now",
            "Let's connect",
            "Add to Cart",
            "Out of stock",
        ] {
            assert!(is_call_to_action(t), "{t}");
        }
        for t in [
            "Contact us if you see the bird again, the society asked.",
            "Get started with Rust",
            "Apply now for the spring term, the dean said, or wait a year.",
        ] {
            assert!(!is_call_to_action(t), "{t}");
        }
    }

    #[test]
    fn thread_notices() {
        for t in [
            "Not open for further replies.",
            "Create an account or sign in to comment",
            "You must log in to reply",
            "Report inappropriate content",
            "20 replies to this topic",
            "Top Posters In This Topic",
            "Sent from my SM-S908U using AC Forums mobile app",
        ] {
            assert!(is_thread_notice(t), "{t}");
        }
        for t in [
            "This topic was automatically closed 30 days after the last reply.",
            "I sent from my office a report to the council, and they replied within a week.",
            "Report the leak to your landlord in writing before you fix it yourself.",
        ] {
            assert!(!is_thread_notice(t), "{t}");
        }
    }

    #[test]
    fn shop_labels() {
        for t in [
            "Free shipping",
            "Free shipping on orders over $75",
            "Ships from: Israel",
            "Returns & exchanges accepted",
            "Verified Buyer",
            "98 Customer ratings",
            "Sponsored",
            "Members earn 179 points",
            "30-Day Money-Back Guarantee",
            "3-Year Thomann Warranty",
            "4.7 out of 5 stars from 10 customer ratings",
            "Rated 4.8 out of 5",
            "4.6 out of 5 Stars. 1664 reviews",
            "4.6 out of 5 stars (1,664 reviews)",
            "Based on 46971 reviews",
            "Secure Checkout",
            "28% OFF",
            "Sales Unit 1 piece(s)",
            "Arrives by Today",
            "Get it by Mon, Mar 9",
            "Shipping, arrives tomorrow",
            "Pickup today",
            "Order within 3 hr 52 min",
            "Sold and shipped by Walmart.com",
            "Free 90-day returns",
            "This item is gift eligible",
            "In 50+ people's carts",
            "Sign in to add this item to your wishlist, follow it, or mark it as ignored",
            "Price when purchased online",
            "More seller options (2)",
            "Currently unavailable.",
            "Save 40%",
            "(Only one option can be selected at a time)",
            "How do you want your item?",
            "Free standard shipping on orders $40+",
            "FREE GROUND SHIPPING ON ALL ORDERS",
            "Spend $100 more to get free shipping!",
            "Save Up to 15% Off",
            "Up to 61% off",
        ] {
            assert!(is_shop_label(t), "{t}");
        }
        for t in [
            "Free shipping made the difference for us, since the store is an hour away.",
            "Sponsored by the city council, the fair returns next spring.",
            "The 98 reviews we read all said the same thing about the zip.",
            "The 30-day money-back guarantee covers the stove even if you used it.",
            "Rated 4.8 out of 5 by the panel, the wine won the regional prize.",
            "Delivery by drone is still years away for most towns.",
            "Sold by the pound at the market, the cherries went fast.",
            "Order within the community broke down after the vote.",
            "Free standard shipping ended in May, and the shop lost a third of its orders.",
            "Up to 40% of the harvest was lost to the frost.",
            "Save up to 15% of your income each month, the adviser said.",
        ] {
            assert!(!is_shop_label(t), "{t}");
        }
        assert!(is_call_to_action("No longer available"));
        assert!(is_call_to_action("Notify me when back in stock"));
        assert!(is_call_to_action(
            "Get notified by email when this product is in stock"
        ));
    }

    #[test]
    fn machine_keys() {
        for t in [
            "cat_thumb_Bone:",
            "cat_thumb_Petrol Blue:",
            "retail_price_tier1:",
            "mobile_category_link-1:",
            "tab_Shipping and Returns:",
            " section_bg_color: ",
        ] {
            assert!(is_machine_key(t), "{t}");
        }
        for t in [
            "Product type:",
            "weight:",
            "Fabric",
            "customer_id",
            "Use the customer_id field:",
            "Shipping_Info: free on orders over $50",
            "",
        ] {
            assert!(!is_machine_key(t), "{t}");
        }
    }

    #[test]
    fn price_tags() {
        for t in [
            "$20.00",
            "$ 335.00",
            "69,99€",
            "149,00 € 199,00 €",
            "Sale price $74.95",
            "Price $ 79.99",
            "Current price is $179.00",
            "Original price was: $169.95.Current price is: $101.97.",
            "$98.00$130.00",
            "From: £2.98",
            "Starting from $178.99",
            "CAD: $206.74",
            "$95/box",
        ] {
            assert!(is_price_tag(t), "{t}");
        }
        for t in [
            "The stove costs $20.00 and folds into its own pot.",
            "Prices start at $5 for members.",
            "$20 million",
            "2024",
            "3.5 miles",
            "Price",
        ] {
            assert!(!is_price_tag(t), "{t}");
        }
    }

    #[test]
    fn listing_controls() {
        for t in [
            "Sort and Filter",
            "Showing 24 of 291 results",
            "33 Results",
            "Load more",
            "Sort by: Featured",
            "Sort: Best Match",
            "12",
        ] {
            assert!(is_listing_control(t), "{t}");
        }
        for t in [
            "Sort the results by date before you filter them.",
            "Filters for water jugs",
            "Sort: the dog sorted the mail while we slept, all of it, twice",
            "1984",
        ] {
            assert!(!is_listing_control(t), "{t}");
        }
    }

    #[test]
    fn reading_times() {
        for t in [
            "6 min read",
            "by Jane Doe ● December 23, 2025 ● 6 min read",
            "Reading time: 5 minutes",
        ] {
            assert!(is_reading_time(t), "{t}");
        }
        for t in [
            "It took him 6 minutes to read the whole statement aloud to the committee, the clerk said.",
            "Read the minutes of the meeting",
        ] {
            assert!(!is_reading_time(t), "{t}");
        }
    }

    #[test]
    fn disclosures() {
        for t in [
            "We may earn commission from links on this page, but we only recommend products we back.",
            "As an Amazon Associate we earn from qualifying purchases.",
            "This post may contain affiliate links.",
            "Products are chosen independently by our editors. Purchases made through our links may earn us a commission.",
            "Support us! iRunFar may earn a small commission from affiliate links in this article. Learn more.",
            "If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.",
            "If you buy a product featured here, we may earn an affiliate commission or other compensation.",
            "Buying through links on our site supports our work.",
            "Links in this post may generate small commissions that keep this website running for free, at no extra cost to you.",
            "When you purchase through links on this site, I may receive a small percentage of the price as an affiliate fee.",
            // The other languages of the stopword lists.
            "Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler.",
            "Dieser Artikel enthält Affiliate-Links.",
            "Cet article contient des liens d'affiliation.",
            "Si compras a través de estos enlaces, podemos recibir una pequeña comisión.",
            "Este post contém links de afiliados.",
            "Questo articolo contiene link di affiliazione.",
        ] {
            assert!(is_disclosure(t), "{t}");
        }
        for t in [
            "The agency earns a commission on every ticket it sells, the filing shows.",
            "Affiliates of the bank were fined in 2019.",
            "The broker may earn a commission on each trade, which the regulator wants disclosed.",
            "If you buy something from a street vendor, keep the receipt.",
            "Shopping through the links on a phone is slower, the study found.",
            "Der Makler erhält bei jedem Verkauf eine Provision, sagt das Gericht.",
            "Der Vermittler erhält eine Provision von drei Prozent.",
        ] {
            assert!(!is_disclosure(t), "{t}");
        }
    }

    #[test]
    fn prose_names_are_left_alone() {
        // Whole words only: `canvas`, `header`-less `heading`, `shadow`, `lead` name no region.
        for c in [
            "canvas",
            "heading",
            "shadow",
            "lead",
            "entry-content",
            "article-body",
            "comment",
        ] {
            assert_eq!(vocab_rule(c, ""), None, "{c}");
        }
        // Layout modifiers describe the page, not a region.
        for c in [
            "has-sidebar",
            "c-layout-sidebar-left",
            "no-header",
            "with-footer",
            // A switch that hides an ad inside the region: the region is no ad.
            "hide-read-more-ad",
        ] {
            assert_eq!(vocab_rule(c, ""), None, "{c}");
        }
        assert_eq!(
            vocab_rule("has-sidebar sidebar", "").map(|r| r.id),
            Some("dom.sidebar")
        );
        assert!(is_content_name("entry-content", ""));
        assert!(is_content_name("", "articleBody"));
    }

    #[test]
    fn bem_parts_are_read_by_their_block() {
        // A listing card's title bar, a section's footer, a hero's promo text: parts of their block.
        for c in [
            "new-listing__header",
            "new-listing__header__title",
            "card__footer",
            "hero__promo-text",
        ] {
            assert_eq!(vocab_rule(c, ""), None, "{c}");
        }
        // The page's own header and footer, and a modal's header, keep their rule.
        let rule = |c: &str| vocab_rule(c, "").map(|r| r.id);
        assert_eq!(rule("site-header__inner"), Some("dom.header"));
        assert_eq!(rule("site-footer__inner"), Some("dom.footer"));
        assert_eq!(rule("footer__nav-item"), Some("dom.nav"));
        assert_eq!(rule("modal__header"), Some("dom.promo"));
        assert_eq!(rule("header--sticky"), Some("dom.header"));
        // A block's meta or nav stays what it says (a post's author panel, a menu).
        assert_eq!(rule("post__tags"), Some("dom.meta"));
        assert_eq!(rule("header__nav"), Some("dom.nav"));
        // No block before `__`: read as it is.
        assert_eq!(rule("__footer"), Some("dom.footer"));
    }
}
