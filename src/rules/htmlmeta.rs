//! Metadata read from an HTML page's markup: each field names the rule that found it and carries
//! the span of the value in the page (an attribute value, an element's text, or a JSON-LD string).

use crate::model::Layer;
use crate::rules::{Rule, Tier};

pub static TITLE: Rule = Rule {
    id: "html.title",
    layer: Layer::Metadata,
    why:
        "page title: og:title, JSON-LD headline, the h1, or the title element minus the site suffix",
    tier: Tier::Core,
};
pub static DATE: Rule = Rule {
    id: "html.date",
    layer: Layer::Metadata,
    why:
        "publication date: JSON-LD datePublished, article:published_time, a time element's datetime",
    tier: Tier::Core,
};
pub static AUTHOR: Rule = Rule {
    id: "html.author",
    layer: Layer::Metadata,
    why: "author: JSON-LD author (or the Person it refers to), meta name=author (or a publishing tool's author meta, or twitter:data under a \"Written by\" twitter:label), a scholarly page's citation_author metas (\"Roy, Aniruddha\": Aniruddha Roy), rel=author, the one name in the page's byline elements (class author or byline but not a comment's, itemprop=author with its own itemprop=name; a thread's or question's first), the first link to a person's page whose text is the name in its address (/author/jane-doe: Jane Doe), or the name in the page's first byline text (\"By Jane Doe • March 3\"); the site's own name as author yields to a person in a byline, the markup's or one the byline rules find in the body (\"Article written by:\" / \"Doris Munoz-Mantilla\")",
    tier: Tier::Core,
};
pub static AUTHOR_BIO: Rule = Rule {
    id: "html.author-bio",
    layer: Layer::Metadata,
    why: "the author's biography or posts link after the article (\"Jane Doe is a writer…\", \"View all posts by Jane Doe\"), an \"About the author\" box closing it, and the biography over it (its copy, or the author's tooltip)",
    tier: Tier::Balanced,
};
pub static SITE_NAME: Rule = Rule {
    id: "html.site-name",
    layer: Layer::Metadata,
    why: "site name: og:site_name, JSON-LD publisher, or the end of the title element (\"Headline | Site\")",
    tier: Tier::Core,
};
pub static DESCRIPTION: Rule = Rule {
    id: "html.description",
    layer: Layer::Metadata,
    why: "description: og:description, meta name=description or twitter:description, or the JSON-LD article's description",
    tier: Tier::Core,
};
pub static URL: Rule = Rule {
    id: "html.url",
    layer: Layer::Metadata,
    why: "canonical URL: link rel=canonical or og:url",
    tier: Tier::Core,
};
pub static LANGUAGE: Rule = Rule {
    id: "html.language",
    layer: Layer::Metadata,
    why: "language: the html element's lang or content-language",
    tier: Tier::Core,
};
