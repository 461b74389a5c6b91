//! A shop's pages: controls (add to cart, filter and sort), labels, and the grids of other products
//! on a product's page (`text.shop-control`, `text.shop-label`, `text.other-products`).

use super::*;

/// A shop's controls, each standing on its line: the cart and compare buttons of a product or
/// of each card of a grid ("Add to cart", "Add Trail Boots - Men's to Compare", "Ajouter au
/// panier"), a card's quick view, the filter and sort bar of a category page ("Filter and sort",
/// "Sort by: Featured Newest Price"), a variant picker with its options ("Choose an option 500g
/// £7.01, 1kg £13.32"). Whatever follows the control on its line is the widget's options, not a
/// sentence: a line that ends as one is spared ("Add to cart and check out before noon."). A
/// swatch picker names its options one after the other ("Option: Bookcase, white Option:
/// Bookcase, oak", "Color: Brown Size: Select a size"), and a pager its pages ("You are
/// currently on page 1 Go to page 2").
///
/// The shop-control pattern is [`SHOP_CONTROL_LEAD`] and then one of these alternatives, each
/// with the first words (lower case) of all its matches. Each first word is followed in the
/// pattern by a character that is not alphanumeric (or the end), so a line matches only the
/// alternatives of its own first word. No alternative has first words in both of
/// [`SHOP_CONTROL_PARTS`].
#[allow(clippy::type_complexity)]
pub(super) const SHOP_CONTROL_ALTERNATIVES: &[(&[&str], &str)] = &[
    (
        &["add", "move"],
        r"(?:add|move)\ (?:it\ )?to\ (?:cart|bag|basket|wish\ ?list|favou?rites|compare|registry|trolley)\b",
    ),
    (
        &["add"],
        r"add\ .{1,90}?\ to\ (?:compare|cart|bag|basket|wish\ ?list|favou?rites|part\ list)\s*$",
    ),
    (&["quick"], r"quick\ (?:shop|view|add)\b"),
    (
        &["filter", "filters", "refine"],
        r"(?:filter|filters|refine)\ (?:and|&)\ sort\b",
    ),
    (&["sort"], r"sort\ (?:and|&)\ filter\b"),
    (&["sort"], r"sort\ by\b"),
    (
        &["choose", "select"],
        r"(?:choose|select)\ (?:an?\ )?(?:option|size|colou?r|variant)s?\b",
    ),
    (&["ajouter"], r"ajouter\ au\ panier"),
    (&["in"], r"in\ den\ warenkorb"),
    (&["añadir"], r"añadir\ al\ carrito"),
    (&["aggiungi"], r"aggiungi\ al\ carrello"),
    (&["toevoegen"], r"toevoegen\ aan\ winkelwagen"),
    (&["trier"], r"trier\ par\b"),
    (
        &["filter", "filters", "filtre", "filtres"],
        r"(?:filters?|filtres?)\s*$",
    ),
    (
        &[
            "option", "options", "color", "colors", "colour", "colours", "size", "sizes",
            "variant", "variants",
        ],
        r"(?:option|colou?r|size|variant)s?:\ .{1,160}?\ (?:option|colou?r|size|variant)s?:\ ",
    ),
    (
        &["you"],
        r"you\ are\ (?:currently\ )?on\ page\ \d+\b.*\bpage\ \d",
    ),
];

/// What the shop-control pattern allows before a control's first word.
pub(super) const SHOP_CONTROL_LEAD: &str = r"(?ix)^[\s\-•*>»+]*";

/// The shop-control pattern in two: the alternatives that start with "add" or "move", and the
/// rest. The whole pattern's two counted runs of any characters made the lazy DFA fill its cache and
/// start again on the lines of a shop's grid ("Add … to Compare", about 25 times slower).
pub(super) static SHOP_CONTROL_PARTS: Lazy<[Regex; 2]> = Lazy::new(|| {
    [0, 1].map(|part| {
        let alternatives: Vec<&str> = SHOP_CONTROL_ALTERNATIVES
            .iter()
            .filter(|a| a.0.iter().any(|w| shop_control_part(w) == part))
            .map(|a| a.1)
            .collect();
        Regex::new(&format!(
            "{SHOP_CONTROL_LEAD}(?:{})",
            alternatives.join("|")
        ))
        .expect("shop control pattern")
    })
});

/// Which of [`SHOP_CONTROL_PARTS`] a line of first word `w` (lower case) may match.
pub(super) fn shop_control_part(w: &str) -> usize {
    usize::from(!matches!(w, "add" | "move"))
}

/// The first words of every match of the shop-control pattern, lower case: most lines open with
/// none of them and are ruled out before the pattern. A new control needs its first word here.
pub(super) const SHOP_CONTROL_FIRST_WORDS: &[&str] = &[
    "add",
    "move",
    "quick",
    "filter",
    "filters",
    "refine",
    "sort",
    "choose",
    "select",
    "ajouter",
    "in",
    "añadir",
    "aggiungi",
    "toevoegen",
    "trier",
    "filtre",
    "filtres",
    "option",
    "options",
    "color",
    "colors",
    "colour",
    "colours",
    "size",
    "sizes",
    "variant",
    "variants",
    "you",
];

/// A line no longer than this is judged as a control: a variant picker lists its options and
/// their prices on its line.
pub(super) const SHOP_CONTROL_MAX_BYTES: usize = 500;

/// The first run of alphanumeric characters in `t` ("" when it has none): found in the bytes
/// when it and the characters around it are ASCII, as most are ([`first_ascii_word`]), decoded
/// otherwise.
pub(super) fn first_word(t: &str) -> &str {
    first_ascii_word(t).unwrap_or_else(|| {
        t.trim_start_matches(|c: char| !crate::text::is_alphanumeric(c))
            .split(|c: char| !crate::text::is_alphanumeric(c))
            .next()
            .unwrap_or("")
    })
}

/// True when `t` (trimmed) is a shop's control on its line ([`SHOP_CONTROL_ALTERNATIVES`]).
pub(crate) fn is_shop_control(t: &str) -> bool {
    if t.len() > SHOP_CONTROL_MAX_BYTES || t.ends_with(['.', '?', '!']) {
        return false;
    }
    let first = first_word(t);
    // Lower-cased (for a word that is not ASCII) once, not for each word of the table.
    let listed: Option<usize> = if first.is_ascii() {
        // The table's words start with few letters: a word that starts with another is none of
        // them (bit `b & 31` of the mask for each first letter `b`).
        const FIRST_LETTERS: u32 = {
            let mut m = 0u32;
            let mut k = 0;
            while k < SHOP_CONTROL_FIRST_WORDS.len() {
                m |= 1 << (SHOP_CONTROL_FIRST_WORDS[k].as_bytes()[0] & 31);
                k += 1;
            }
            m
        };
        first
            .as_bytes()
            .first()
            .is_some_and(|&b| FIRST_LETTERS >> (b & 31) & 1 == 1)
            .then(|| {
                SHOP_CONTROL_FIRST_WORDS
                    .iter()
                    .position(|w| w.eq_ignore_ascii_case(first))
            })
            .flatten()
    } else {
        let lower = first.to_lowercase();
        SHOP_CONTROL_FIRST_WORDS
            .iter()
            .position(|w| w.len() == first.len() && lower == *w)
    };
    listed
        .and_then(|k| SHOP_CONTROL_FIRST_WORDS.get(k))
        .is_some_and(|w| SHOP_CONTROL_PARTS[shop_control_part(w)].is_match(t))
}

/// Removes the shop's controls ([`is_shop_control`]) and the widgets' labels
/// ([`is_widget_label`]) among the kept lines. Like the button
/// labels, last, once the region and the article's edges are settled, so that a second pass over
/// the clean body sees the same neighbours. Measured over the WCXB dumps (a simulation on the
/// clean bodies): F1 +0.64 over 36 pages, leak -14, `with` unchanged.
pub(crate) fn remove_shop_controls(doc: &mut Doc, rs: &Ruleset) -> bool {
    let (control_on, widget_on) = (rs.on(&SHOP_CONTROL), rs.on(&WIDGET_LABEL));
    if !control_on && !widget_on {
        return false;
    }
    let mut cut = false;
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if !b.is_kept() {
            continue;
        }
        let t = crate::text::trim_ws(&b.plain);
        if control_on && is_shop_control(t) {
            doc.remove(i, &SHOP_CONTROL, None);
            cut = true;
        } else if widget_on && is_widget_label(t) {
            doc.remove(i, &WIDGET_LABEL, None);
            cut = true;
        }
    }
    cut
}

/// A line of a product's own page, anywhere in the dump: its description's heading ("Product
/// details", "About this item", "Specifications") or its cart button standing alone.
pub(super) static PRODUCT_PAGE_LINE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^\s*(?:(?:product\s+)?(?:description|details|specifications|specs)|product\s+information|item\s+description|about\s+this\s+item|features\s+(?:&|and)\s+benefits|tech\s+specs|add\s+to\s+(?:cart|bag|basket)|buy\s+now|in\s+den\s+warenkorb|ajouter\s+au\s+panier)\s*:?\s*$",
    )
    .expect("product page line pattern")
});

/// A line of a page of results, anywhere in the dump: a count of results or a sort or filter
/// control ("1,902 items", "Showing 1-24", "Sort by", "Filter").
pub(super) static RESULTS_PAGE_LINE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^\s*(?:\d[\d,]*\s+(?:results|items|products)|showing\s+\d|sort\s+by|filter)")
        .expect("results page line pattern")
});

/// The words every match of [`PRODUCT_PAGE_LINE_RE`] starts with, after its spaces. A new line
/// needs its first word here.
pub(super) const PRODUCT_PAGE_LINE_FIRST_WORDS: &[&str] = &[
    "product",
    "description",
    "details",
    "spec",
    "item",
    "about",
    "features",
    "tech",
    "add",
    "buy",
    "in",
    "ajouter",
];

/// The words every match of [`RESULTS_PAGE_LINE_RE`] starts with, after its spaces: a figure or
/// a word of its controls. A new line needs its first word here.
pub(super) const RESULTS_PAGE_LINE_FIRST_WORDS: &[&str] = digits_and!["showing", "sort", "filter"];

/// The sets of [`PAGE_LINE_PREFIXES`]: a line may match [`RESULTS_PAGE_LINE_RE`], or
/// [`PRODUCT_PAGE_LINE_RE`].
pub(super) const RESULTS_PAGE_LINE: u64 = 1;
pub(super) const PRODUCT_PAGE_LINE: u64 = 2;

/// The first words of both kinds of page line, looked up at once.
pub(super) static PAGE_LINE_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::sets(
        &[RESULTS_PAGE_LINE_FIRST_WORDS, PRODUCT_PAGE_LINE_FIRST_WORDS],
        b" \t\n\x0B\x0C\r",
    )
});

/// A price within a short line ("$149.95", "£699", "EUR 34.42", "12,99 €").
pub(super) static PRICE_IN_LINE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"[$£€¥₹]\s?\d|\d[\d.,]*\s?(?:€|EUR|USD|GBP|zł|kr)\b|\b(?:EUR|USD|GBP|CHF|AUD|CAD)\s?\d",
    )
    .expect("price in line pattern")
});

/// A priced line has at most this many words: a card's name and its price, not a sentence.
pub(super) const PRICED_LINE_MAX_WORDS: usize = 12;
/// Fewest priced lines that make a grid of other products.
pub(super) const OTHER_PRODUCTS_MIN_PRICES: usize = 3;
/// Most kept lines from one priced line to the next in such a grid.
pub(super) const OTHER_PRODUCTS_MAX_GAP: usize = 5;

/// Whether the dump is a product's own page: a line of [`PRODUCT_PAGE_LINE_RE`] and none of
/// [`RESULTS_PAGE_LINE_RE`], among all its lines (removed or kept: the cart button and the
/// description's heading often went as chrome).
pub(super) fn is_product_page(doc: &Doc) -> bool {
    let mut product = false;
    for b in &doc.blocks {
        let t = crate::text::trim_ws(&b.plain);
        if t.len() > 40 {
            continue;
        }
        let may = PAGE_LINE_PREFIXES.candidates(t);
        if may & RESULTS_PAGE_LINE != 0 && RESULTS_PAGE_LINE_RE.is_match(t) {
            return false;
        }
        product |= !product && may & PRODUCT_PAGE_LINE != 0 && PRODUCT_PAGE_LINE_RE.is_match(t);
    }
    product
}

/// On a product's own page ([`is_product_page`]), the product has one price: three priced
/// lines or more a few lines apart are a grid of other products (variants sold apart,
/// "customers also viewed", sponsored items), which the page's readers did not come for. Each
/// card's name comes up to a period before its price. Text dumps only, and after the region is
/// settled, as the button labels. Measured over the WCXB dumps (a simulation on the clean
/// bodies): product F1 +0.61 over 13 pages, `with` -3.
pub(crate) fn remove_other_products(doc: &mut Doc, rs: &Ruleset) -> bool {
    if !rs.on(&OTHER_PRODUCTS) || doc.is_html_page() || !is_product_page(doc) {
        return false;
    }
    let kept = doc.kept();
    let priced: Vec<usize> = (0..kept.len())
        .filter(|&k| {
            let t = crate::text::trim_ws(&doc.blocks[kept[k]].plain);
            // Every match holds a digit (`\d` is Unicode: not only ASCII digits).
            (!t.is_ascii() || crate::text::has_ascii_digit(t.as_bytes()))
                && crate::text::word_count(t) <= PRICED_LINE_MAX_WORDS
                && PRICE_IN_LINE_RE.is_match(t)
        })
        .collect();
    // The first priced line is the product's own (its name and price lead the page): the grids
    // come after it.
    let Some((&own, priced)) = priced.split_first() else {
        return false;
    };
    let mut cut = false;
    let mut start = 0;
    for end in 1..=priced.len() {
        if end < priced.len() && priced[end] - priced[end - 1] <= OTHER_PRODUCTS_MAX_GAP {
            continue;
        }
        let run = &priced[start..end];
        start = end;
        if run.len() < OTHER_PRODUCTS_MIN_PRICES {
            continue;
        }
        let (first, last) = (run[0], run[run.len() - 1]);
        // The mean period, rounded: the first card's name lies that far before its price.
        let period = ((last - first) * 2 + run.len() - 1) / (2 * (run.len() - 1));
        let lo = (first + 1).saturating_sub(period.max(1)).max(own + 1);
        for &i in &kept[lo..=last] {
            doc.remove(i, &OTHER_PRODUCTS, None);
        }
        cut = true;
    }
    cut
}

/// The labels a shop's page prints around a product, which the text of a dump shows alone on
/// their lines: a delivery charge or date ("+ $12.50 delivery", "EUR 4.99 delivery Tue, Mar
/// 18"), a sales count ("312 sold"), a previous or list price, a seller's rating ("Seller 99.1%
/// positive") and the caption of a gallery's button ("Open media 3 in modal"; a gallery's
/// "Picture 2 of 9" is `caption.gallery-position`'s, on any page). A sentence about delivery or
/// prices has more words than these patterns allow. The delivery charge is [`SHOP_DELIVERY_RE`]'s;
/// [`matches_shop_line_pattern`] asks both.
pub(super) static SHOP_LINE_RE: Lazy<Regex> = Lazy::new(|| shop_line_regex(&shop_label_branches()));

/// The first branch of the shop labels, a delivery charge with its date, compiled apart: its
/// counted runs of word characters (`\w{3,9}`, each a copy of the Unicode word class, forwards
/// and backwards) made it most of the labels' automaton, which a one-file run compiled as soon
/// as one line passed the labels' prefixes. It is asked only of a line naming a delivery
/// ([`may_name_delivery`]).
pub(super) static SHOP_DELIVERY_RE: Lazy<Regex> =
    Lazy::new(|| shop_line_regex(&shop_delivery_branch()));

/// An amount of money as a shop label shows it.
const SHOP_AMOUNT: &str =
    r"(?:[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|EUR|USD|GBP)|(?:EUR|USD|GBP)\s?\d[\d,.]*)";

/// A delivery charge, with its date ("+ $12.50 delivery", "EUR 4.99 delivery Tue, Mar 18").
pub(super) fn shop_delivery_branch() -> String {
    format!(
        r"\+?\s?{SHOP_AMOUNT}\s+(?:delivery|shipping|postage)(?:\s+(?:\w{{3,9}},?\s+)?\w{{3,9}}\.?\s+\d{{1,2}}(?:\s*-\s*\w{{3,9}}\.?\s+\d{{1,2}})?)?"
    )
}

/// The other shop labels: a sales count, a previous or list price, a seller's rating, a
/// gallery's button.
pub(super) fn shop_label_branches() -> String {
    format!(
        r"
          \d[\d,.]*\+?\s+sold
        | (?:previous|was|original)\s+price:?\s+{SHOP_AMOUNT}(?:\s+\d{{1,2}}\s?%\s+off)?
        | list(?:\s+price)?:\s+{SHOP_AMOUNT}(?:\s*(?:list\s+price:\s*)?{SHOP_AMOUNT}){{0,2}}
        | seller\s+\d{{1,3}}(?:\.\d)?\s?%\s+positive
        | open\s+media\s+\d+\s+in\s+modal
        "
    )
}

/// A whole line of one of `branches`.
pub(super) fn shop_line_regex(branches: &str) -> Regex {
    Regex::new(&format!(r"(?ix)^(?:{branches})\s*$")).expect("shop line pattern")
}

/// Whether `t` may match [`SHOP_DELIVERY_RE`]: it names a delivery ("delivery", "shipping" or
/// "postage" in any case; of the characters that fold to ASCII letters, only the long s could
/// stand in one of those words).
fn may_name_delivery(t: &str) -> bool {
    crate::text::contains_ascii_ci(t, "delivery")
        || crate::text::contains_ascii_ci(t, "shipping")
        || crate::text::contains_ascii_ci(t, "postage")
        || (!t.is_ascii() && t.contains('\u{17F}'))
}

/// Does `t` match the shop labels' pattern (the delivery charge's part only when it may)?
fn matches_shop_line_pattern(t: &str) -> bool {
    SHOP_LINE_RE.is_match(t) || (may_name_delivery(t) && SHOP_DELIVERY_RE.is_match(t))
}

/// What every match of the HTML front end's shop labels (set 0, after its bullets) and of
/// [`SHOP_LINE_RE`] and [`SHOP_DELIVERY_RE`] (set 1, after the latter's `+` and space) starts
/// with: this runs on nearly every short line, and rules out most of them before the patterns. (A first character that is
/// not ASCII, such as `£`, `€` or `•`, always goes on to the patterns.) A new label needs its
/// first word here.
pub(super) static SHOP_LINE_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    // A label's literal words up to its first class or repetition (the pattern's escaped
    // spaces are spaces), so that a line starting with a common word ("In", "This", "Get",
    // "Free") goes on only when the next words are the label's too.
    let mut labels = vec![
        "verified buyer",
        "verified purchase",
        "verified owner",
        "sponsored",
        "free shipping",
        "free delivery",
        "free standard ",
        "free express ",
        "free ground ",
        "free economy ",
        "free next",
        "free two",
        "spend ",
        "up to ",
        "ships from",
        "free return",
        "return",
        "members earn ",
        "fast & free ",
        "fast and free ",
        "secure checkout",
        "secure payment",
        "risk-free",
        "risk free",
        "rated ",
        "based on ",
        "unit price",
        "sales unit",
        "best-seller",
        "best seller",
        "bestseller",
        "arrives ",
        "get it ",
        "delivery ",
        "pickup ",
        "shipping arrives",
        "shipping, arrives",
        "order within ",
        "sold by ",
        "shipped by ",
        "sold and shipped",
        "this item is gift",
        "gift-eligible",
        "gift eligible",
        "sign in to add this",
        "price when purchased",
        "more seller options",
        "more buying options",
        "currently unavailable",
        "image unavailable",
        "save ",
        "(only one option",
        "only one option",
        "how do you want your",
    ];
    // "Free 30-day returns", "In 20+ people's carts".
    labels.extend([
        "free 0", "free 1", "free 2", "free 3", "free 4", "free 5", "free 6", "free 7", "free 8",
        "free 9", "in 0", "in 1", "in 2", "in 3", "in 4", "in 5", "in 6", "in 7", "in 8", "in 9",
    ]);
    let mut lines = vec![
        "$", "eur", "usd", "gbp", "previous", "was", "original", "list", "seller", "open",
    ];
    lines.extend(crate::text::DIGITS);
    // The bullets and spaces before a label, and the `+` and space before a line's amount:
    // skipping one set's bytes in the other set's lines only lets more lines through.
    // Set 2: the labels that start with a figure ([`FIGURE_LABEL_WORDS`]).
    Prefixes::sets(
        &[&labels, &lines, &crate::text::DIGITS],
        b" \t\n\x0b\x0c\r-*>+",
    )
});

/// Words every shop label that starts with a figure holds: a count of ratings or reviews, a
/// period of days or years ("30-day returns", with the space the pattern wants after it), "4.5
/// out of 5", "20% off". (None has a `k` or an `s`, the letters other characters match under
/// case folding: the search is exact on any line.) Many short lines start with a figure, and the
/// labels' pattern costs most on them; a bare "%" let every percentage through ("+2.7%", "88%").
pub(super) static FIGURE_LABEL_WORDS: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["rating", "review", "day ", "year ", "out of 5", "% off"])
        .expect("figure label words")
});

/// The sets of [`SHOP_LINE_PREFIXES`] a line may match when its first character (after the bytes
/// the prefixes skip) is `c`, not ASCII: the prefixes let every such line through, and the
/// patterns cost most on them. A label may start with a bullet or a space of its own, a figure,
/// or the long s (an `s` under case folding); a line's amount with a space, a figure, `£` or `€`.
pub(super) fn shop_sets_for_first_char(c: char) -> u64 {
    let space_or_figure = c.is_whitespace() || c.is_numeric() || c == '\u{17F}';
    let label = space_or_figure || matches!(c, '•' | '»');
    let line = space_or_figure || matches!(c, '£' | '€');
    (u64::from(label) * 0b101) | (u64::from(line) * 0b010)
}

/// A shop's label alone on a line: one the HTML front end knows ([`crate::rules::dom::is_shop_label`])
/// or one of [`SHOP_LINE_RE`].
pub(super) fn is_shop_line(t: &str) -> bool {
    if t.len() > 80 {
        return false;
    }
    let mut may = SHOP_LINE_PREFIXES.candidates(t);
    let skipped = ['\t', '\n', '\u{b}', '\u{c}', '\r', ' ', '-', '*', '>', '+'];
    let first = match t.as_bytes().first() {
        // An ASCII first byte that is not skipped is the first character, and ASCII: most lines
        // start so, and need no decoding.
        Some(&b)
            if b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ' | b'-' | b'*' | b'>' | b'+') =>
        {
            None
        }
        _ => t.trim_start_matches(skipped).chars().next(),
    };
    if let Some(c) = first.filter(|c| !c.is_ascii()) {
        may &= shop_sets_for_first_char(c);
    }
    let label = may & 1 != 0 || (may & 4 != 0 && FIGURE_LABEL_WORDS.is_match(t));
    (label && crate::rules::dom::is_shop_label(t)) || (may & 2 != 0 && matches_shop_line_pattern(t))
}

/// A line that is a price and nothing else ("$22.40", "From £675", "12,99 €", "$10 - $15"), or
/// a card's prices with their labels ("Sale price $179 Regular price $299.00", "Special Price
/// $173.00 You Save $176.99 Regular Price $349.99": a shop template's price box).
pub(super) static PRICE_LINE_RE: Lazy<Regex> = Lazy::new(|| {
    // A starting price may end with a plus ("$99+": the cheapest of the item's options).
    let amount = r"(?:[$£€¥₹]\s?\d[\d,.]*\+?|\d[\d,.]*\s?(?:€|EUR|USD|GBP|kr|zł|Kč|₽|руб\.?))";
    // The label of a price after the first: its kind, or the saving between two.
    let between = r"(?:[-–/]|to|was|now|(?:you )?save|reg\.?|(?:sale|special|regular|original|list|our|current) price(?: is| was)?|regular|\.?\s*current price is)\s*:?";
    Regex::new(&format!(
        r"(?i)^(?:(?:from|now|was|only|sale price|special price|our price|regular price|current price(?: is)?|original price(?: was)?|list price|price|starting (?:at|from)|ab|dès|desde|usd|cad|aud|eur|gbp)\s*:?\s*)?{amount}(?:\s*(?:{between})?\s*{amount}){{0,2}}(?:\s*(?:USD|EUR|GBP))?(?:\s?/\s?(?:mo|month|box|each|ea|kg|lb)\b)?(?:\.|\s*[–-])?$"
    ))
    .expect("price line pattern")
});

/// Fewest priced cards that make a grid: fewer is a sidebar or a carousel of offers.
pub(super) const GRID_MIN_CARDS: usize = 8;
/// Most lines from one card's price to the next card's: a card with its specifications ("Weight:",
/// "3.7 lbs", "Features:"...) runs to twenty lines.
pub(super) const GRID_MAX_CARD_LINES: usize = 24;

/// What every match of [`PRICE_LINE_RE`] starts with: a label, a currency sign or a figure (the
/// signs other than `$` are not ASCII, and such a first character always goes on to the
/// pattern). Most short lines with a figure start with none of them.
pub(super) static PRICE_LINE_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::sets(
        &[
            &[
                "from",
                "now",
                "was",
                "only",
                "sale price",
                "special price",
                "our price",
                "regular price",
                "price",
                "current price",
                "original price",
                "list price",
                "starting",
                "usd",
                "cad",
                "aud",
                "eur",
                "gbp",
                "ab",
                "d",
                "$",
            ],
            &crate::text::DIGITS,
        ],
        b"",
    )
});

/// A related-items header this many lines before a grid's first card (past "Quick view" and
/// "Add to basket" buttons) heads the grid.
pub(super) const GRID_HEADER_LINES: usize = 3;

pub(crate) fn is_price_line(t: &str) -> bool {
    let t = crate::text::trim_ws(t);
    // The prefixes first: a look-up of the first two bytes rules out most lines.
    t.len() <= 80
        && PRICE_LINE_PREFIXES.may_match(t)
        && crate::text::has_ascii_digit(t.as_bytes())
        && may_name_currency(t.as_bytes())
        && PRICE_LINE_RE.is_match(t)
}

/// False when `b` surely holds none of the currencies of [`PRICE_LINE_RE`], each of whose amounts
/// names one: `$`, a byte that is not ASCII (the other signs, "zł", "Kč", "руб", and the
/// Kelvin sign and long s that case folding maps to `k` and `s`), or two letters of a code in
/// either case ("kr", "eu" of EUR, "sd" of USD, "bp" of GBP, all rare in words). Most lines that
/// start with a figure ("10 best places", "2 cups of flour") are ruled out by one pass in vector
/// code, before the pattern.
pub(super) fn may_name_currency(b: &[u8]) -> bool {
    crate::text::any_window(b, 0, |w| {
        let mut hit = 0u8;
        for j in 0..16 {
            let (c, n) = (w[j], w[j + 1] | 0x20);
            let pair = |x: u8, y: u8| u8::from(c | 0x20 == x) & u8::from(n == y);
            hit |= u8::from(c == b'$')
                | u8::from(c >= 0x80)
                | pair(b'k', b'r')
                | pair(b'e', b'u')
                | pair(b's', b'd')
                | pair(b'b', b'p');
        }
        hit != 0
    })
}

/// The rules whose verdict a grid of priced cards takes back: they judge a line by its shape or
/// its distance from the prose, and a card's name, brand and price look like a menu to them.
pub(super) fn taken_back_in_grid(rule: &'static Rule) -> bool {
    [
        &crate::rules::nav::RUN,
        &NAV_RUN,
        &LOW_DENSITY,
        &OUTSIDE_MAIN,
    ]
    .iter()
    .any(|r| std::ptr::eq(*r, rule))
}

/// The cards of a listing read as text: a price line recurring every few lines, eight times or
/// more, at a steady period; or the cards' ranks ("#1", "2.") counting up at a steady period of
/// two lines or more (a chart, a numbered list of entries; a period of one is pagination). Their
/// lines (names, brands, prices, ratings) are the page's content, which the shape and region
/// rules would drop as a menu. The grid is found among the lines that are kept or were removed
/// by those rules only, by anchors that stay in the clean body, so that the clean body, cleaned
/// again, finds the same grid. (A label that dedup removed after the first card, "Compare",
/// would not: the clean body holds it once.) Text dumps only (the HTML front end sees cards in
/// the DOM).
pub(crate) fn keep_item_grids(doc: &mut Doc) {
    if doc.is_html_page() {
        return;
    }
    let in_seq = |b: &crate::doc::Block| match b.state {
        crate::doc::State::Kept => true,
        crate::doc::State::Removed { rule, .. } => taken_back_in_grid(rule),
    };
    // The price lines' and the rank lines' places in the sequence of those blocks; the sequence
    // itself is listed only for a page with enough of either (few pages).
    let mut prices = Vec::new();
    let mut ranks = Vec::new();
    for (k, b) in doc.blocks.iter().filter(|b| in_seq(b)).enumerate() {
        if is_price_line(&b.plain) {
            prices.push(k);
        } else if let Some(rank) = item_rank(&b.plain) {
            ranks.push((k, rank));
        }
    }
    let mut grids: Vec<(Vec<usize>, CardEdge)> = Vec::new();
    if prices.len() >= GRID_MIN_CARDS {
        for run in runs_of(&prices, |a, b| b - a <= GRID_MAX_CARD_LINES) {
            grids.push((run, CardEdge::Closes));
        }
    }
    // Ranks count up by one from card to card.
    if ranks.len() >= GRID_MIN_CARDS {
        for run in runs_of(&ranks, |a, b| {
            b.0 - a.0 <= GRID_MAX_CARD_LINES && b.1 == a.1 + 1
        }) {
            grids.push((run.into_iter().map(|(k, _)| k).collect(), CardEdge::Opens));
        }
    }
    if grids.is_empty() {
        return;
    }
    let seq = doc.blocks_where(in_seq);
    for (run, edge) in &grids {
        take_back_grid(doc, &seq, run, *edge);
    }
}

/// The items split into runs where `near(previous, next)` fails.
fn runs_of<T: Copy>(items: &[T], near: impl Fn(T, T) -> bool) -> Vec<Vec<T>> {
    let mut runs = Vec::new();
    let mut start = 0;
    for end in 1..=items.len() {
        if end < items.len() && near(items[end - 1], items[end]) {
            continue;
        }
        runs.push(items[start..end].to_vec());
        start = end;
    }
    runs
}

/// Where the anchor line of a grid's cards stands in its card.
#[derive(Clone, Copy, PartialEq)]
enum CardEdge {
    /// A rank opens its card.
    Opens,
    /// A price closes its card.
    Closes,
}

/// Takes back the lines of the cards whose anchors stand at `run` in `seq`, when they recur at a
/// steady period (of two lines or more, for an anchor that opens its card: a period of one is
/// pagination) and no related-items header heads them.
fn take_back_grid(doc: &mut Doc, seq: &[usize], run: &[usize], edge: CardEdge) {
    if run.len() < GRID_MIN_CARDS {
        return;
    }
    let mut gaps: Vec<usize> = run.windows(2).map(|w| w[1] - w[0]).collect();
    gaps.sort_unstable();
    let period = gaps[gaps.len() / 2];
    if edge == CardEdge::Opens && period < 2 {
        return;
    }
    // Cards differ by a line or two, long ones by their optional lines (a saving, a badge, a
    // spec): steady is within two lines of the period, or between half and twice it.
    let steady = gaps
        .iter()
        .filter(|&&g| g.abs_diff(period) <= 2 || (2 * g >= period && g <= 2 * period))
        .count();
    if steady * 10 < gaps.len() * 7 {
        return;
    }
    // An anchor that closes its card: the first card's name lies up to a period before it (a
    // period measured among kept lines: a brand repeated on every card is gone as a duplicate
    // after the first).
    let (lo, hi) = match edge {
        CardEdge::Closes => (
            run[0].saturating_sub(period),
            run[run.len() - 1] + (period - 1) / 2,
        ),
        CardEdge::Opens => (run[0], run[run.len() - 1] + period - 1),
    };
    let hi = hi.min(seq.len() - 1);
    // A grid under a "Related products" or "You may also like" header is recommendations of
    // other items, not the page's own.
    let from = seq[lo].saturating_sub(GRID_HEADER_LINES);
    if (from..seq[run[0]]).any(|j| {
        let t = crate::text::trim_ws(&doc.blocks[j].plain);
        t.len() <= 80
            && (is_recommendations_header(t) || crate::rules::prompt::is_related_header(t))
    }) {
        return;
    }
    for &i in &seq[lo..=hi] {
        if let crate::doc::State::Removed { rule, .. } = doc.blocks[i].state {
            if taken_back_in_grid(rule) {
                doc.blocks[i].state = crate::doc::State::Kept;
            }
        }
    }
}

/// A card's rank standing alone on its line: "#12", "12.", "12", "No. 12" (up to 999).
pub(super) fn item_rank(t: &str) -> Option<u32> {
    let t = crate::text::trim_ws(t);
    if t.is_empty() || t.len() > 7 {
        return None;
    }
    let t = t
        .strip_prefix('#')
        .or_else(|| t.strip_prefix("No. "))
        .or_else(|| t.strip_prefix("No."))
        .unwrap_or(t);
    let t = t.strip_suffix('.').unwrap_or(t);
    if (1..=3).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_digit()) {
        t.parse().ok()
    } else {
        None
    }
}
