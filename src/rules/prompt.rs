//! Calls to action, labels and section headers of page chrome: subscribe and alert prompts,
//! "Related Posts" / "Read more" headers, cookie notices, advertisement labels.

use crate::doc::Doc;
use crate::model::Layer;
use crate::rules::{Rule, Ruleset, Tier};
use crate::text::{with_word_ends, word_count, Prefixes};
use once_cell::sync::Lazy;
use regex::Regex;

pub static SUBSCRIBE: Rule = Rule {
    id: "subscribe.prompt",
    layer: Layer::Chrome,
    why: "a subscribe, newsletter, follow or alert prompt",
    tier: Tier::Core,
};

pub static RELATED: Rule = Rule {
    id: "related.header",
    layer: Layer::Chrome,
    why: "a header or link that leads to other stories (\"Related Posts\", \"Read more\", \"Also read\")",
    tier: Tier::Core,
};

pub static COOKIE: Rule = Rule {
    id: "cookie.notice",
    layer: Layer::Chrome,
    why: "a cookie or consent notice, or one of its buttons",
    tier: Tier::Core,
};

pub static AD_LABEL: Rule = Rule {
    id: "ad.label",
    layer: Layer::Chrome,
    why: "the label of an advertisement or sponsored slot (\"Advertisement - Continue Reading Below\", \"Sponsored Content\")",
    tier: Tier::Core,
};

/// Prompts, anchored at the start of a short line (a bullet may come first).
/// A new prompt needs its first words in [`SUBSCRIBE_PREFIXES`]. For `WORD_END` see
/// [`with_word_ends`].
const SUBSCRIBE_PATTERN: &str = r"(?ix)^[\s\-•*>»]*(?:
          subscribe(?:\s|$|!|:) | subscribe\ now | unsubscribe
        | sign\ up$ | join\ our\ (?:newsletter|mailing|community|channel)
        | get\ (?:the\ )?(?:latest\ )?(?:alerts|news\ alerts|breaking\ news|updates|newsletter)
        | (?:get|enable|turn\ on)\ (?:push\ )?(?:alerts|notifications)
        | like\ us\ on | download\ (?:our|the)\ (?:\w+\ )?app
        | newsletter(?:\s+sign[\s-]?up)?\s*$
        | enter\ your\ e-?mail | stay\ (?:updated|informed|connected|in\ the\ loop)
        | never\ miss\ a\ (?:story|post|thing|beat)
        | receive\ (?:our|the)\ (?:free\ )?(?:\w+\ )?newsletter
        # The other languages of the stopword lists: German, French, Spanish, Portuguese,
        # Italian, Dutch, Russian, Indonesian.
        # (A verb that is also a noun or an infinitive of prose is a button alone on its line, or
        # with its object: Abonnieren, Abonnieren Sie unseren Newsletter.)
        | (?:jetzt\ )?abonnieren(?:\s*[!:])?$
        | newsletter\ (?:abonnieren|bestellen) | zum\ newsletter\ anmelden
        | melden\ sie\ sich\ (?:jetzt\ )?(?:für|zu)\ (?:unser(?:en|em|e)?|den|dem)\ newsletter\ an
        | inscrivez-vous\ (?:à|a)\ (?:notre|la)\ newsletter
        | recevoir\ (?:la|notre|nos)\ (?:\w+\ )?newsletters?
        | recibir\ (?:la|nuestra|nuestro)\ (?:\w+\ )?(?:newsletter|bolet[ií]n)
        | receber\ (?:a|nossa)\ (?:\w+\ )?newsletter
        | ricevi\ (?:la\ )?(?:nostra\ )?newsletter
        | ontvang\ (?:de|onze)\ nieuwsbrief
        | suscr[ií]bete(?:\s|$|!|:) | suscr[ií]base(?:\s|$|!|:) | suscribirse(?:\s|$|!|:)
        | assine\ (?:a\ )?(?:nossa\ )?newsletter
        | iscriviti(?:\s|$|!|:)
        | schrijf\ je\ in(?:\s|$|!|:)
        | подпишитесь(?:\s|$|!|:) | подписаться(?:\s*[!:])?$
        | berlangganan(?:\s*[!:])?$
        # The prompts that end where a word ends, in all the languages: one word end for all of
        # them, since each is a copy of the Unicode non-word class to compile.
        | (?:
            sign\ up\ (?:for|to) | follow\ us | (?:our|the|free|daily|weekly)\ newsletter
          | abonnieren\ sie\ (?:unseren|unsere|den|jetzt) | folgen\ sie\ uns
          | abonnez-vous | suivez-nous | inscreva-se | siga-nos | seguici | abonneer\ je | volg\ ons
          | подписаться\ на\ (?:рассылку|новости|канал|нашу|наш)
          | berlangganan\ (?:sekarang|newsletter|buletin) | ikuti\ kami
          )WORD_END
        )";

static SUBSCRIBE_RE: Lazy<Regex> = Lazy::new(|| with_word_ends(SUBSCRIBE_PATTERN, false));

/// Whole-line labels of an ad slot. The ad itself is an image or script, so a dump keeps only
/// its label, and the label is all that tells it apart ("Advertisement: New AI Book!").
/// A bare "Advertising" or "Ad" is left alone: it heads prose as often as it labels an ad.
/// A sponsor's label standing alone ("In partnership with", "Brought to you by", above the sponsor's
/// logo) is one too; with words after it, it is the article's own sentence.
/// A new label needs its first word in [`AD_LABEL_PREFIXES`].
static AD_LABEL_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)^[\s\-•*>»\[(]*(?:
          (?:advertisement|advert|ad)\s*[-–—.:|]?\s*(?:scroll\s+(?:down\s+)?to\s+)?continue\s+(?:reading|with\s+content)(?:\s+below)?
        | (?:(?:advertisement|advert|ad)\s*[-–—.:|]?\s*)?(?:article|story|content|text)\s+continues\s+(?:below(?:\s+(?:this\s+|the\s+)?ad(?:vertisement)?)?|after\s+(?:this\s+)?ad(?:vertisement)?)
        | advertisements? | advertisement\s*[-–—:|]\s*[^.!?]{1,60}[!?]?
        | sponsored(?:\s+(?:ad|ads|content|post|message|links?|stories|story|listings?))?
        | sponsor\s+message | (?:paid|partner|promoted|branded)\s+(?:content|post|stories|partner\s+content)
        | sponsored\s+by\s+[^.!?]{1,50}
        | in\s+partnership\s+with | brought\s+to\s+you\s+by | paid\s+partnership
        # The other languages of the stopword lists, the label alone.
        | anzeige | werbung | gesponsert | publicité | contenu\s+sponsorisé | publicidad | patrocinado
        | publicidade | pubblicità | sponsorizzato | advertentie | gesponsord | реклама | iklan
        )[\s\])]*[.:]?$",
    )
    .expect("ad label regex")
});

static AD_LABEL_PREFIXES: Lazy<Prefixes> =
    Lazy::new(|| Prefixes::new(&AD_LABEL_PREFIX_WORDS, b"-*>[( \t\n\r"));

const AD_LABEL_PREFIX_WORDS: [&str; 22] = [
    "advert",
    "ad",
    "article",
    "story",
    "content",
    "text",
    "sponsor",
    "paid",
    "partner",
    "promoted",
    "branded",
    "in",
    "brought",
    "anzeige",
    "werbung",
    "gesponsor",
    "publicit",
    "contenu sponsoris",
    "patrocinad",
    "pubblicit",
    "publicid",
    "iklan",
];

pub fn is_ad_label(line: &str) -> bool {
    line.len() <= 100 && AD_LABEL_PREFIXES.may_match(line) && AD_LABEL_RE.is_match(line)
}

/// Whole-line section headers that introduce other stories.
/// A new header needs its first words in [`RELATED_PREFIXES`]. For `WORD_END_ANY` see
/// [`with_word_ends`].
const RELATED_PATTERN: &str = r"(?ix)^[\s\-•*>»]*(?:
          related(?:\ (?:posts?|articles?|stories|story|news|content|reading|links|topics|subjects|coverage|videos?))?
        | read\ (?:more|next|also|this)(?:\ (?:stories|news|articles|next))? | also\ read | see\ also | more\ (?:from|on|about|in)WORD_END_ANY
        | read\ more\ (?:from|in)\ [^.!?,;]{2,60}
        | more\ (?:stories|news|articles|posts|videos|headlines|like\ this)
        | you\ (?:may|might)\ (?:also\ )?(?:like|enjoy|be\ interested\ in) | recommended(?:\ for\ you|\ stories|\ articles)?
        | trending(?:\ now|\ stories|\ news)? | (?:most\ )?popular(?:\ posts|\ stories|\ now)? | most\ (?:read|viewed|shared|commented)
        | latest(?:\ news|\ posts|\ stories|\ articles)? | top\ stories | previous\ (?:post|article) | next\ (?:post|article)
        | don'?t\ miss | editor'?s\ picks? | (?:from\ )?around\ the\ web
        | other\ (?:related\ |interesting\ |similar\ |popular\ |recent\ )?(?:articles?|posts?|stories|reads|guides|news)
            (?:\ (?:you\ (?:may|might)\ (?:find\ interesting|also\ like|like|enjoy)|of\ interest|on\ this\ topic))?
        | (?:more\ )?(?:articles?|posts?|stories|reads)\ you\ (?:may|might)\ (?:also\ )?(?:like|enjoy|find\ interesting)
        | you\ (?:may|might)\ (?:also\ )?be\ interested\ in\ (?:the\ following|these)(?:\ (?:topics|articles|posts|stories))?(?:\ as\ well)?
        | more\ by\ (?:the\ |this\ )?(?:author|writer) | recently\ by\ [^.!?,;]{3,40}
        # The other languages of the stopword lists: German, French, Spanish, Portuguese,
        # Italian, Dutch, Russian, Indonesian.
        | weitere\ (?:artikel|beiträge|nachrichten) | mehr\ zum\ thema | lesen\ sie\ auch | auch\ interessant
        | weiterführende[rn]?\ (?:links?|artikel|beiträge|informationen)
        | das\ könnte\ (?:sie|dich|euch)\ (?:auch\ )?interessieren | ähnliche\ (?:artikel|beiträge)
        | (?:à|a)\ lire\ (?:aussi|également) | lire\ aussi | voir\ aussi | articles\ similaires
        | sur\ le\ même\ sujet | dans\ la\ même\ rubrique
        | (?:noticias|artículos|articulos|entradas)\ relacionad[oa]s | te\ puede\ interesar | lee\ también | ver\ también
        | leia\ também | veja\ também | (?:notícias|artigos|posts)\ relacionad[oa]s | você\ (?:pode|também\ pode)\ gostar
        | leggi\ anche | articoli\ correlati | (?:ti\ )?potrebbe\ (?:anche\ )?interessarti
        | lees\ ook | bekijk\ ook | gerelateerde\ (?:artikelen|berichten) | meer\ nieuws
        | читайте\ также | похожие\ (?:статьи|новости|материалы) | по\ теме | другие\ новости
        | baca\ juga | (?:berita|artikel)\ terkait | berita\ lainnya
        # A card's read-more link in those languages, the label alone.
        | weiter\ ?lesen | mehr\ lesen | lire\ la\ suite | continuer\ (?:à|a)\ lire | leer\ más | seguir\ leyendo
        | leia\ mais | ler\ mais | continuar\ lendo | continua\ a\ leggere | leggi\ (?:di\ )?più
        | lees\ (?:meer|verder) | читать\ (?:далее|дальше|полностью) | baca\ selengkapnya | selengkapnya
        # Most read and most commented, whose lists of other stories follow.
        | meist(?:\ )?(?:gelesen|kommentiert|geteilt|gesehen) | am\ meisten\ (?:gelesen|kommentiert)
        | les\ plus\ (?:lus|populaires|commentés|partagés|vus) | (?:lo|las|los)\ más\ (?:leíd[oa]s?|vist[oa]s?|popular(?:es)?|comentad[oa]s)
        | (?:as|os)\ mais\ (?:lidas|lidos|vistas|vistos|comentad[oa]s) | i\ più\ (?:letti|lette|visti|popolari|commentati)
        | meest\ (?:gelezen|bekeken|gedeeld|besproken) | самое\ (?:читаемое|популярное|обсуждаемое)
        | terpopuler | paling\ (?:banyak\ )?dibaca
        )
        # A card's read-more link with the story's reading time (weiterlesen 5 Minuten).
        (?:\s+\d{1,3}\s*(?:min\.?|minutes?|minuten|minutos|minuti|menit))?
        (?:\s*(?:[:»>›→…]|\.\.\.))*\s*$";

static RELATED_RE: Lazy<Regex> = Lazy::new(|| with_word_ends(RELATED_PATTERN, false));

/// "Also read: `<headline>`" and "READ MORE: `<headline>`": a teaser line with its link text.
static RELATED_TEASER_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^[\s\-•*>»]*(?:also\ read|read\ more|read\ also|read\ (?:the\ )?full\ (?:article|story|post|review)|related|related\ reading|see\ also|must\ read|recommended|you\ (?:may|might)\ (?:also\ )?(?:like|enjoy)|don['’]?t\ miss|check\ out|lesen\ sie\ auch|(?:à\ |a\ )?lire\ aussi|lee\ también|leia\ também|leggi\ anche|lees\ ook|читайте\ также|baca\ juga)\s*[:|»>-]\s*\S").expect("teaser regex")
});

/// Sentences of cookie notices.
static COOKIE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)(?:
          (?:this|our)\ (?:web)?site\ uses\ cookies | we\ use\ cookies | uses\ cookies\ to
        | by\ (?:continuing|using)\ (?:to\ (?:use|browse)\ )?(?:this|our)\ (?:web)?site
        | accept\ (?:all\ )?cookies | cookie\ (?:policy|settings|preferences|consent|notice)
        | (?:manage|reject|decline)\ (?:all\ )?cookies | consent\ to\ (?:the\ use\ of\ )?cookies
        | we,?\ (?:and|&)\ our\ partners,?\ use\ cookies
        # The notice tells the reader how to refuse them (To disable all cookies please use
        # your browsers settings); an article reports what users or browsers do with theirs.
        | (?:disable|block|delete|refuse)\ (?:all\ )?cookies,?\ (?:please\ )?(?:use|change|adjust|in|through|via)\ your\ browser
        | ^(?:these|such)\ cookies\ (?:are\ (?:strictly\ )?necessary\ (?:for|to)|allow\ (?:a|the|this|our)\ (?:web)?site|allow\ us\ to
            |enable\ (?:the\ |this\ )?(?:web)?site|track\ your|collect\ information|remember\ (?:your|choices)|may\ be\ set)
        | ^cookies\ (?:collect\ information|allow\ (?:a|the|us|our)\ (?:web)?site|are\ small\ (?:data|text)\ files)
        | ^(?:strictly\ necessary|essential|functional|functionality|performance|analytics|targeting|advertising|marketing|social\ media)\ cookies$
        # The other languages of the stopword lists: German, French, Spanish, Portuguese,
        # Italian, Dutch, Russian, Indonesian.
        | (?:diese|unsere)\ (?:(?:web)?seite|website)\ (?:verwendet|nutzt)\ cookies | wir\ (?:verwenden|nutzen)\ cookies
        | (?:verwendung|einsatz)\ von\ cookies | cookie-einstellungen | cookies\ (?:akzeptieren|zulassen|ablehnen)
        | ce\ site\ (?:web\ |internet\ )?utilise\ des\ cookies | nous\ utilisons\ des\ cookies
        | utilisation\ (?:des|de)\ cookies | (?:accepter|refuser)\ les\ cookies | (?:paramètres|gestion|politique)\ (?:des|de)\ cookies
        | (?:este|nuestro)\ (?:sitio\ web|sitio|web|portal)\ (?:utiliza|usa)\ cookies | (?:utilizamos|usamos)\ cookies
        | (?:aceptar|rechazar)\ (?:las\ |todas\ las\ )?cookies | (?:configuración|política)\ de\ cookies
        | (?:este|nosso)\ (?:site|website|portal)\ (?:utiliza|usa)\ cookies
        | (?:aceitar|rejeitar)\ (?:os\ |todos\ os\ )?cookies | (?:configurações|política)\ de\ cookies
        | questo\ sito(?:\ web)?\ utilizza\ (?:i\ )?cookie | utilizziamo\ (?:i\ )?cookie
        | (?:accetta|rifiuta)\ (?:i\ |tutti\ i\ )?cookie | (?:informativa|impostazioni)\ (?:sui\ )?cookie
        | deze\ (?:web)?site\ (?:gebruikt|maakt\ gebruik\ van)\ cookies | (?:wij|we)\ gebruiken\ cookies
        | cookies\ (?:accepteren|weigeren) | cookie-?instellingen | cookiebeleid
        | (?:этот|наш)\ сайт\ использует\ (?:файлы\ )?cookie | мы\ используем\ (?:файлы\ )?cookie
        | использование\ (?:файлов\ )?cookie
        | situs\ (?:web\ )?ini\ menggunakan\ cookie | kami\ menggunakan\ cookie | penggunaan\ cookie
        )",
    )
    .expect("cookie regex")
});

/// Buttons of a cookie banner; removed only next to a cookie notice.
static COOKIE_BUTTON_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:accept(?: all)?|reject(?: all)?|decline|agree|i agree|ok|okay|got it|allow(?: all)?|deny|manage (?:options|preferences|settings)|customi[sz]e|settings|learn more|more info(?:rmation)?|privacy policy|(?:alle\ )?akzeptieren|(?:alle\ )?ablehnen|einverstanden|(?:tout\ )?accepter|(?:tout\ )?refuser|j'accepte|aceptar(?:\ todas|\ todo)?|rechazar(?:\ todas|\ todo)?|aceitar(?:\ todos|\ tudo)?|rejeitar(?:\ todos)?|accetta(?:\ tutti)?|rifiuta(?:\ tutti)?|accetto|(?:alles\ )?accepteren|weigeren|akkoord|принять(?:\ все)?|отклонить|согласен|terima(?:\ semua)?|tolak(?:\ semua)?|setuju)[.!]?$").expect("cookie button regex")
});

/// The purposes and features of the IAB's consent framework (TCF): every consent dialog built on
/// it lists them with the same names, each with its partner count or its switch, and a dump
/// keeps the list as lines ("Measure content performance 237 partners can use this purpose").
static TCF_ITEM_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:store and/or access information on a device|use limited data to select (?:advertising|content)|create profiles (?:for personali[sz]ed advertising|to personali[sz]e content)|use profiles to select personali[sz]ed (?:advertising|content)|measure (?:advertising|content) performance|understand audiences through statistics or combinations of data from different sources|develop and improve services|use precise geolocation data|actively scan device characteristics for identification|ensure security, prevent and detect fraud, and fix errors|deliver and present advertising and content|save and communicate privacy choices|match and combine data from other data sources|link different devices|identify devices based on information transmitted automatically)(?:\s+(?:on|off))?\s*$",
    )
    .expect("consent framework item pattern")
});

/// Any item of such a list, by its partner count ("Strictly Necessary Cookies 57 partners can
/// use this purpose"), searched only in lines that end with "purpose" or "feature".
static TCF_PARTNERS_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\S\s+\d+ partners can use this (?:special )?(?:purpose|feature)$")
        .expect("consent framework partner count pattern")
});

/// The first words of the framework's item names in [`TCF_ITEM_RE`].
static TCF_ITEM_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::new(
        &[
            "store and",
            "use limited",
            "create profiles",
            "use profiles",
            "measure",
            "understand audiences",
            "develop and",
            "use precise",
            "actively scan",
            "ensure security",
            "deliver and",
            "save and",
            "match and",
            "link different",
            "identify devices",
        ],
        b"",
    )
});

/// The labels and opening paragraphs of such a dialog, taken only next to its list.
static TCF_LABEL_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:list of iab vendors(?:\s*\|\s*view illustrations)?|view illustrations|switch label(?: label)?|object to legitimate interests(?: remove objection)?|always active|(?:i accept\s+)?reject all\s+show purposes|about your privacy|we and our \d*\s*partners\b.*|we process your data to deliver content or advertisements\b.*)$",
    )
    .expect("consent framework label pattern")
});

/// Whether `t` ends with "purpose" or "feature", in any ASCII case. Both end with an e: the last
/// byte rules out nearly every line before the words are compared.
fn ends_purpose_or_feature(t: &str) -> bool {
    let b = t.as_bytes();
    b.last().is_some_and(|&c| c | 0x20 == b'e')
        && b.get(b.len().saturating_sub(7)..).is_some_and(|e| {
            e.eq_ignore_ascii_case(b"purpose") || e.eq_ignore_ascii_case(b"feature")
        })
}

/// A consent dialog lists at least this many of the framework's items.
const TCF_MIN_ITEMS: usize = 3;
/// How far before its first item a dialog's opening paragraphs and labels are looked for.
const TCF_LEAD_BLOCKS: usize = 8;

/// A consent dialog of the IAB framework: from its opening paragraphs through its list of
/// purposes, each with the description after it. Only the list's own names mark it, so prose
/// that talks about consent or advertising is never taken for one.
fn remove_consent_dialog(doc: &mut Doc) {
    let items_in = |b: &crate::doc::Block| tcf_items(crate::text::trim_ws(&b.plain));
    let items: Vec<(usize, usize)> = (0..doc.blocks.len())
        .map(|i| (i, items_in(&doc.blocks[i])))
        .filter(|&(_, n)| n > 0)
        .collect();
    let (Some(&(first, _)), Some(&(last, last_items))) = (items.first(), items.last()) else {
        return;
    };
    if items.iter().map(|&(_, n)| n).sum::<usize>() < TCF_MIN_ITEMS {
        return;
    }
    // The last item's description (a list run together on one line has none after it).
    let mut end = last;
    if let Some(next) = (last + 1..doc.blocks.len()).find(|&j| doc.blocks[j].is_kept()) {
        if last_items == 1
            && items_in(&doc.blocks[next]) == 0
            && word_count(&doc.blocks[next].plain) >= 8
        {
            end = next;
        }
    }
    // The opening paragraphs and labels before the first item, and notices already removed.
    let mut start = first;
    for j in (first.saturating_sub(TCF_LEAD_BLOCKS)..first).rev() {
        let b = &doc.blocks[j];
        let removed_as_cookie = b.is_removed_by(&COOKIE);
        if removed_as_cookie || TCF_LABEL_RE.is_match(crate::text::trim_ws(&b.plain)) {
            start = j;
        } else if b.is_kept() {
            break;
        }
    }
    for i in start..=end {
        doc.remove(
            i,
            &COOKIE,
            Some("a consent dialog's list of purposes".into()),
        );
    }
}

/// The longest line of the framework's items run together that is looked at.
const MAX_TCF_RUN_BYTES: usize = 2000;

/// How many of the framework's items `t` (trimmed) holds: one for an item on its own line (its
/// name, or any item by its partner count); for the items of a dialog's list run together on one
/// line ("Store and/or access information on a device. Use limited data to select advertising.
/// Create profiles for personalised advertising. ..."), their count when there are at least
/// [`TCF_MIN_ITEMS`] and they are two in three of its sentences; else none.
fn tcf_items(t: &str) -> usize {
    let named = TCF_ITEM_PREFIXES.may_match(t);
    if t.len() <= 200
        && ((named && TCF_ITEM_RE.is_match(t))
            || (ends_purpose_or_feature(t) && TCF_PARTNERS_RE.is_match(t)))
    {
        return 1;
    }
    if !named || t.len() > MAX_TCF_RUN_BYTES {
        return 0;
    }
    let (mut sentences, mut items) = (0usize, 0usize);
    for s in t.split(". ") {
        let s = s.trim().trim_end_matches('.');
        sentences += 1;
        if TCF_ITEM_PREFIXES.may_match(s) && TCF_ITEM_RE.is_match(s) {
            items += 1;
        }
    }
    if items >= TCF_MIN_ITEMS && items * 3 >= sentences * 2 {
        items
    } else {
        0
    }
}

/// What [`SUBSCRIBE_RE`] and the two related-header patterns allow before their first word.
const LEAD: &[u8] = b" \t\n\x0B\x0C\r-*>";

/// The words every match of [`SUBSCRIBE_RE`] starts with, to skip it for most lines.
static SUBSCRIBE_PREFIXES: Lazy<Prefixes> =
    Lazy::new(|| Prefixes::new(&SUBSCRIBE_PREFIX_WORDS, LEAD));

const SUBSCRIBE_PREFIX_WORDS: [&str; 45] = [
    "subscribe",
    "receive ",
    "recevoir ",
    "recibir ",
    "receber ",
    "ricevi ",
    "ontvang ",
    "unsubscribe",
    "sign up",
    "join our",
    "get ",
    "enable ",
    "turn on",
    "follow us",
    "like us on",
    "download our",
    "download the",
    "our newsletter",
    "the newsletter",
    "free newsletter",
    "daily newsletter",
    "weekly newsletter",
    "newsletter",
    "enter your",
    "stay ",
    "never miss",
    "jetzt abonnieren",
    "abonnieren",
    "folgen sie uns",
    "abonnez",
    "inscrivez",
    "suivez",
    "suscr",
    "assine",
    "inscreva",
    "siga-nos",
    "iscriviti",
    "seguici",
    "schrijf je in",
    "abonneer je",
    "volg ons",
    "berlangganan",
    "ikuti kami",
    "zum newsletter",
    "melden sie sich",
];

/// The words every match of [`RELATED_RE`] or [`RELATED_TEASER_RE`] starts with.
static RELATED_PREFIXES: Lazy<Prefixes> = Lazy::new(|| Prefixes::new(&RELATED_PREFIX_WORDS, LEAD));

const RELATED_PREFIX_WORDS: [&str; 93] = [
    "related",
    "read more",
    "read next",
    "read also",
    "read this",
    "read full",
    "read the full",
    "also read",
    "see also",
    "more ",
    "you may",
    "you might",
    "recommended",
    "trending",
    "most ",
    "popular",
    "latest",
    "top stories",
    "around the web",
    "from around the web",
    "previous post",
    "previous article",
    "next post",
    "next article",
    "don",
    "check out",
    "editor's",
    "editors",
    "must read",
    "other ",
    "articles",
    "article ",
    "posts",
    "post ",
    "stories",
    "reads",
    "recently by",
    "weitere",
    "mehr zum",
    "lesen sie",
    "auch interessant",
    "das k",
    "a lire",
    "lire aussi",
    "voir aussi",
    "sur le m",
    "dans la m",
    "noticias",
    "art",
    "entradas",
    "te puede",
    "lee tambi",
    "ver tambi",
    "leia tamb",
    "veja tamb",
    "not",
    "voc",
    "leggi anche",
    "potrebbe",
    "ti potrebbe",
    "lees ook",
    "bekijk ook",
    "gerelateerde",
    "meer nieuws",
    "baca juga",
    "berita",
    "meist",
    "am meisten",
    "les plus",
    "lo m",
    "las m",
    "los m",
    "as mais",
    "os mais",
    "i pi",
    "meest",
    "terpopuler",
    "paling",
    "weiter",
    "mehr lesen",
    "lire la suite",
    "continuer",
    "leer m",
    "seguir leyendo",
    "leia mais",
    "ler mais",
    "continuar lendo",
    "continua a leggere",
    "leggi di",
    "leggi pi",
    "lees ",
    "selengkapnya",
    "baca selengkapnya",
];

/// The bits of [`LINE_PREFIXES`]' sets.
const MAY_SUBSCRIBE: u64 = 1;
const MAY_RELATE: u64 = 1 << 1;
const MAY_AD_LABEL: u64 = 1 << 2;

/// [`SUBSCRIBE_PREFIXES`], [`RELATED_PREFIXES`] and [`AD_LABEL_PREFIXES`] as the sets of one
/// table, which rules a line out of all three with one look at its head (nearly every line).
/// Its skipped bytes are all three's, so a line whose head one of them passes has its bit set;
/// the line then goes through that one's own test too, which decides as before.
static LINE_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::sets(
        &[
            &SUBSCRIBE_PREFIX_WORDS,
            &RELATED_PREFIX_WORDS,
            &AD_LABEL_PREFIX_WORDS,
        ],
        b" \t\n\x0B\x0C\r-*>[(",
    )
});

pub fn is_subscribe_prompt(line: &str) -> bool {
    line.len() <= 140
        && SUBSCRIBE_PREFIXES.may_match(line)
        && word_count(line) <= 14
        && SUBSCRIBE_RE.is_match(line)
}

/// A call to subscribe or to follow in a script the patterns above do not spell: Chinese,
/// Japanese, Korean, Arabic, Hindi, Greek, Hebrew and Thai ("扫码关注我们的微信公众号", "뉴스레터
/// 구독하기", "اشترك في النشرة البريدية"). Each phrase is the call itself, not a word a sentence
/// may use of something else ("他在微信公众号上发表了声明" mentions an account, and stays).
const OTHER_SCRIPT_SUBSCRIBE_CALLS: &[&str] = &[
    "关注我们",
    "扫码关注",
    "欢迎关注",
    "点击关注",
    "长按关注",
    "订阅我们",
    "订阅本刊",
    "關注我們",
    "掃碼關注",
    "歡迎關注",
    "訂閱我們",
    "メルマガ登録",
    "メールマガジン登録",
    "ニュースレターに登録",
    "ニュースレター登録",
    "チャンネル登録",
    "フォローしてください",
    "구독하기",
    "뉴스레터 구독",
    "뉴스레터를 구독",
    "팔로우하기",
    "اشترك في النشرة",
    "اشترك الآن",
    "تابعونا على",
    "تابعنا على",
    "सब्सक्राइब करें",
    "न्यूज़लेटर के लिए साइन अप",
    "हमें फॉलो करें",
    "Εγγραφείτε στο newsletter",
    "Εγγραφείτε στο ενημερωτικό",
    "Ακολουθήστε μας",
    "הירשמו לניוזלטר",
    "הירשמו עכשיו",
    "עקבו אחרינו",
    "สมัครรับจดหมายข่าว",
    "สมัครรับข่าวสาร",
    "กดติดตาม",
];

/// A short line in another script ([`MAX_OTHER_SCRIPT_PROMPT_BYTES`]) that holds one of
/// [`OTHER_SCRIPT_SUBSCRIBE_CALLS`].
fn is_other_script_subscribe_prompt(line: &str) -> bool {
    line.len() <= MAX_OTHER_SCRIPT_PROMPT_BYTES
        && !line.is_ascii()
        && OTHER_SCRIPT_CALLS.is_match(line)
}

/// [`OTHER_SCRIPT_SUBSCRIBE_CALLS`], found in one scan: an English line with a curly quote is
/// not ASCII either, and a search for each phrase cost 3% of a text dump's time.
static OTHER_SCRIPT_CALLS: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    aho_corasick::AhoCorasick::new(OTHER_SCRIPT_SUBSCRIBE_CALLS).expect("subscribe calls")
});

/// A prompt in another script is at most this long: 40 CJK characters, about 20 words of an
/// alphabet of two bytes a letter.
const MAX_OTHER_SCRIPT_PROMPT_BYTES: usize = 120;

pub fn is_related_header(line: &str) -> bool {
    line.len() <= 160
        && (RELATED_PREFIXES.may_match(line)
            && (RELATED_RE.is_match(line)
                || (RELATED_TEASER_RE.is_match(line) && word_count(line) <= 25))
            || is_other_script_header(line, OTHER_SCRIPT_RELATED_HEADERS))
}

/// "Related news", "Read also" and "Recommended" as headers in Chinese, Japanese, Korean,
/// Arabic, Hindi, Greek, Hebrew and Thai, whose words the patterns above do not spell.
const OTHER_SCRIPT_RELATED_HEADERS: &[&str] = &[
    "相关新闻",
    "相关阅读",
    "相关文章",
    "相关推荐",
    "推荐阅读",
    "延伸阅读",
    "热门文章",
    "热门推荐",
    "相關新聞",
    "相關閱讀",
    "相關文章",
    "延伸閱讀",
    "推薦閱讀",
    "関連記事",
    "関連ニュース",
    "おすすめ記事",
    "人気記事",
    "アクセスランキング",
    "あわせて読みたい",
    "合わせて読みたい",
    "こちらもおすすめ",
    "猜你喜欢",
    "为你推荐",
    "为您推荐",
    "热门排行",
    "点击排行",
    "관련 기사",
    "관련기사",
    "추천 기사",
    "많이 본 뉴스",
    "مقالات ذات صلة",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "أخبار ذات صلة",
    "संबंधित खबरें",
    "यह भी पढ़ें",
    "Σχετικά άρθρα",
    "Διαβάστε επίσης",
    "כתבות נוספות",
    "עוד בנושא",
    "ข่าวที่เกี่ยวข้อง",
    "เรื่องที่เกี่ยวข้อง",
    "บทความที่เกี่ยวข้อง",
];

/// Whether `line`, without a closing colon, is one of `headers` (of scripts other than Latin and
/// Cyrillic: an ASCII line is none of them).
pub(crate) fn is_other_script_header(line: &str, headers: &[&str]) -> bool {
    if line.is_ascii() || line.len() > 64 {
        return false;
    }
    let t = crate::text::trim_blankish(line).trim_end_matches([':', '：', ' ']);
    // A header set in the brackets of these scripts ("【関連記事】", "［相关阅读］").
    let t = t
        .strip_prefix(['【', '［', '〔', '《', '〈', '['])
        .and_then(|t| t.strip_suffix(['】', '］', '〕', '》', '〉', ']']))
        .map_or(t, |t| t.trim_matches(' '));
    headers.contains(&t)
}

/// "ookie" finds Cookie and cookie without lower-casing the line.
static OOKIE: Lazy<memchr::memmem::Finder<'static>> =
    Lazy::new(|| memchr::memmem::Finder::new(b"ookie"));

/// The longest paragraph right after a cookie notice that names cookies and is taken as its
/// sequel.
const MAX_COOKIE_SEQUEL_BYTES: usize = 2000;

pub fn is_cookie_notice(line: &str) -> bool {
    OOKIE.find(line.as_bytes()).is_some() && cookie_notice_with_ookie(line)
}

/// [`is_cookie_notice`] of a line known to hold "ookie".
fn cookie_notice_with_ookie(line: &str) -> bool {
    COOKIE_RE.is_match(line) && word_count(line) <= 80
}

pub fn apply(doc: &mut Doc, rs: &Ruleset) {
    let (sub, rel, cookie, ad) = (
        rs.on(&SUBSCRIBE),
        rs.on(&RELATED),
        rs.on(&COOKIE),
        rs.on(&AD_LABEL),
    );
    let mut cookie_at = Vec::new();
    // "ookie" in the input, for the lines borrowed from it.
    let input: &str = if cookie { &doc.src } else { "" };
    let ookie = crate::text::FoundInInput::new(
        input,
        OOKIE.find_iter(input.as_bytes()).map(|at| (at, at + 5)),
    );
    for i in 0..doc.blocks.len() {
        if !doc.blocks[i].is_kept() {
            continue;
        }
        // A prompt said twice is judged by its half (`crate::text::undoubled`).
        let t = crate::text::undoubled(crate::text::trim_blankish(&doc.blocks[i].plain));
        if t.len() > 600 {
            continue;
        }
        let may = LINE_PREFIXES.candidates(t);
        if sub
            && (may & MAY_SUBSCRIBE != 0 && is_subscribe_prompt(t)
                || is_other_script_subscribe_prompt(t))
        {
            doc.remove(i, &SUBSCRIBE, None);
        } else if rel && (may & MAY_RELATE != 0 || !t.is_ascii()) && is_related_header(t) {
            doc.remove(i, &RELATED, None);
        } else if cookie
            && ookie
                .in_line(t)
                .unwrap_or_else(|| OOKIE.find(t.as_bytes()).is_some())
            && cookie_notice_with_ookie(t)
        {
            doc.remove(i, &COOKIE, None);
            cookie_at.push(i);
        } else if ad && may & MAY_AD_LABEL != 0 && is_ad_label(t) {
            doc.remove(i, &AD_LABEL, None);
        }
    }
    if cookie {
        remove_consent_dialog(doc);
    }
    // Buttons within three blocks after a cookie notice; and the notice's next paragraph,
    // which names cookies too but runs longer than a notice's line may (a consent dialog's
    // paragraph on the advertisers' cookies, 130 words).
    for at in cookie_at {
        for j in at + 1..(at + 4).min(doc.blocks.len()) {
            let b = &doc.blocks[j];
            if !b.is_kept() {
                continue;
            }
            if COOKIE_BUTTON_RE.is_match(b.plain.trim()) {
                doc.remove(j, &COOKIE, Some("button of a cookie notice".into()));
            } else if j == at + 1
                && b.plain.len() <= MAX_COOKIE_SEQUEL_BYTES
                && OOKIE.find(b.plain.as_bytes()).is_some()
                && COOKIE_RE.is_match(&b.plain)
            {
                doc.remove(
                    j,
                    &COOKIE,
                    Some("the cookie notice's next paragraph".into()),
                );
            }
        }
    }
}

/// Builds this module's patterns and tables now rather than on first use (see
/// [`crate::Cleaner::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&SUBSCRIBE_RE);
    Lazy::force(&RELATED_RE);
    Lazy::force(&RELATED_TEASER_RE);
    Lazy::force(&COOKIE_RE);
    Lazy::force(&COOKIE_BUTTON_RE);
    Lazy::force(&TCF_ITEM_RE);
    Lazy::force(&TCF_PARTNERS_RE);
    Lazy::force(&TCF_ITEM_PREFIXES);
    Lazy::force(&TCF_LABEL_RE);
    Lazy::force(&SUBSCRIBE_PREFIXES);
    Lazy::force(&RELATED_PREFIXES);
    Lazy::force(&LINE_PREFIXES);
    Lazy::force(&OOKIE);
    Lazy::force(&OTHER_SCRIPT_CALLS);
    Lazy::force(&AD_LABEL_RE);
    Lazy::force(&AD_LABEL_PREFIXES);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consent_items_on_a_line_and_run_together() {
        assert_eq!(tcf_items("Measure content performance"), 1);
        assert_eq!(
            tcf_items(
                "Store and/or access information on a device 91 partners can use this purpose"
            ),
            1
        );
        assert_eq!(
            tcf_items("Store and/or access information on a device. Use limited data to select advertising. Create profiles for personalised advertising. Use profiles to select personalised advertising. List of Partners (vendors)"),
            4
        );
        // Prose that names purposes among its own sentences, and too few of them.
        for t in [
            "Measure content performance. That was the brief. The team did it by time on page, not clicks. Develop and improve services. Then ship.",
            "Store and/or access information on a device. Use limited data to select advertising.",
            "Measure advertising performance by sales, not by clicks, the agency said.",
        ] {
            assert_eq!(tcf_items(t), 0, "{t}");
        }
    }

    #[test]
    fn ad_labels() {
        for l in [
            "Advertisement - Continue Reading Below",
            "Advertisement. Scroll to continue reading.",
            "Advertisement - Members don't see this ad",
            "Advertisement: New AI Book!",
            "Article Continues Below",
            "Story continues below advertisement",
            "Sponsor Message",
            "Sponsored Ad",
            "Sponsored Content",
            "Paid content",
            "Sponsored by Wind River",
            "ADVERTISEMENT",
            "[Advertisement]",
            "In partnership with",
            "in partnership with",
            "Brought to you by:",
            "Paid partnership",
            "Anzeige",
            "WERBUNG",
            "Publicité",
            "Publicidad",
            "Pubblicità",
            "Advertentie",
            "Реклама",
            "Iklan",
        ] {
            assert!(is_ad_label(l), "{l}");
        }
        for l in [
            "Advertising",
            "Advertising analytics for ecommerce",
            "Advertising – earned and paid advertising.",
            "Advertisement revenue fell by a third last year, the paper said.",
            "Sponsored by the city, the festival runs until Sunday. Entry is free.",
            "Ad hoc committees met twice.",
            "Article continues the argument of the first chapter.",
            "Partner content made up a fifth of the site's revenue in 2024.",
            "In partnership with the city, the museum opened a new wing.",
            "Brought to you by the team behind the festival, the show opens on Friday.",
            "Anzeige erstatten kann jeder, der eine Straftat beobachtet hat.",
            "Publicidad engañosa: la multa llega a 30.000 euros.",
        ] {
            assert!(!is_ad_label(l), "{l}");
        }
    }

    #[test]
    fn ad_label_prefixes_never_rule_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            "Advertisement - Continue Reading Below",
            "Article Continues Below",
            "Sponsored Content",
            "Paid content",
            "- Sponsored",
            "» Advertisement",
            "In partnership with",
        ]);
        let mut matched = 0;
        for l in &lines {
            if l.len() <= 100 && AD_LABEL_RE.is_match(l) {
                assert!(AD_LABEL_PREFIXES.may_match(l), "{l:?}");
                matched += 1;
            }
        }
        assert!(matched >= 6, "{matched}");
    }

    #[test]
    fn subscribe_prompts() {
        for l in [
            "- Subscribe to PCF Networked Blog Daily Updates",
            "- Subscribe to our Twitter / Google / Yahoo Daily Updates",
            "Get Alerts",
            "Sign up for our newsletter",
            "Follow us on Instagram",
            "Subscribe",
            "Receive our daily newsletter",
            "Recevoir la newsletter",
            "Recibir nuestro boletín",
            "Ricevi la newsletter",
            "Ontvang onze nieuwsbrief",
        ] {
            assert!(is_subscribe_prompt(l), "{l}");
        }
        for l in [
            "Subscribers to the service doubled last year.",
            "He urged readers to subscribe to the paper.",
            "Get the facts right before you publish, the editor said.",
            "Readers receive the newsletter on Fridays, with a digest of the week.",
            "Recevoir des visites le dimanche est devenu rare, dit-elle.",
        ] {
            assert!(!is_subscribe_prompt(l), "{l}");
        }
    }

    #[test]
    fn related_headers() {
        for l in [
            "Related Posts",
            "Read more",
            "Also read: Pakistan, Russia sign steel deal",
            "READ MORE:",
            "You may also like",
            "More from Business",
            "Other related articles...",
            "Other articles you may find interesting",
            "More Articles You Might Enjoy",
            "You may be interested in the following topics as well:",
            "More by the author:",
            "Recently by Jeffrey Zeldman",
            "Read this next",
            "Read full article: The 6 Best Climbing Shoes of 2025: Staff Picks",
            "Around The Web",
            "From Around the Web",
            "เรื่องที่เกี่ยวข้อง",
            // Teasers led by a call to read on, each before its link text.
            "You might also like: The Challenges of Sustainable Palm Oil Production",
            "» You Might Like: Best Cell Phones for Seniors in 2025",
            "Don’t Miss: Program Management Software for Multi-Project Tracking",
            ">> Check Out: Best PoE Security Camera Systems in 2026",
            "RELATED READING: Answering My Top College Essay FAQs",
            // "Most read" in the other languages of the stopword lists.
            "Meistgelesen",
            "Meist kommentiert",
            "Les plus lus",
            "Lo más leído",
            "Las más vistas",
            "Os mais lidos",
            "I più letti",
            "Meest gelezen",
            "Самое читаемое",
            "Terpopuler",
            "【関連記事】",
            "［相关阅读］",
            "アクセスランキング",
            "あわせて読みたい",
            "猜你喜欢",
            // A card's "Read more" in the other languages of the stopword lists.
            "weiterlesen",
            "Weiter lesen",
            "Das könnte dich auch interessieren",
            "Weiterführender Link",
            "Weiterführende Artikel:",
            "weiterlesen 5 Minuten",
            "Read more 4 min",
            "Mehr lesen »",
            "Lire la suite",
            "Leer más",
            "Leia mais",
            "Continua a leggere",
            "Lees verder",
            "Читать далее",
            "Baca selengkapnya",
            // A link to the story's section or author.
            "Read more in Social Media Marketing",
            "Read more from Jane Doe",
        ] {
            assert!(is_related_header(l), "{l}");
        }
        for l in [
            "Read more about the agreement in the annex, which lists all fourteen projects.",
            "Read more in the report, which the council published on Monday.",
            "Related parties must disclose their holdings.",
            "Latest figures show a rise in exports.",
            "Other articles of the treaty were left unchanged.",
            "Other stories told of a flood in the valley, which the records do not confirm.",
            "Recently by rail, the trip takes four hours.",
            "Posts you may have missed were archived in March, when the forum moved.",
            "Read the full article before you comment, the moderators ask.",
            "Around the web of canals, the old warehouses are now flats.",
            "Check out the new wing before it closes: the curators have hung forty prints.",
            "You might also like the second recording, which the critics preferred.",
            "Don't miss the turn after the bridge, or you will end up in the harbour.",
            "Meistgelesen war das Buch in den Schulen des Landes.",
            "Les plus lus des romans de l'été sont souvent les plus courts.",
            "Lo más leído del año fue un ensayo sobre el agua.",
            "Weiter lesen konnte sie an diesem Abend nicht.",
            "Weiterführende Links auf der Seite des Ministeriums erklären die neuen Regeln.",
            "Read more 4 minutes a day and you will finish the book by June.",
            "Lire la suite de ses mémoires prendra des années.",
        ] {
            assert!(!is_related_header(l), "{l}");
        }
    }

    #[test]
    fn prefixes_never_rule_out_a_match() {
        let lines = crate::text::prefilter_test_lines(&[
            "Weiterlesen",
            "weiter lesen",
            "Lire la suite",
            "Continuer à lire",
            "Leer más",
            "Seguir leyendo",
            "Leia mais",
            "Ler mais",
            "Continuar lendo",
            "Continua a leggere",
            "Leggi di più",
            "Lees meer",
            "Selengkapnya",
            "Subscribe",
            "Subscribe now!",
            "Unsubscribe",
            "- Sign up for our newsletter",
            "* Sign up",
            "Join our mailing list",
            "Get the latest news alerts",
            "Turn on push notifications",
            "> Follow us on Instagram",
            "Like us on Facebook",
            "Download our mobile app",
            "The weekly newsletter",
            "Newsletter sign-up",
            "Enter your email",
            "Stay in the loop",
            "Receive our newsletter",
            "Recevoir la newsletter",
            "- Recibir la newsletter",
            "Never miss a story",
            "• Subscribe",
            "Related Posts",
            "Other related articles...",
            "More Articles You Might Enjoy",
            "Posts you may like",
            "Stories you might enjoy",
            "Recently by Ann Lee",
            "» Read more",
            "Read next:",
            "Also read",
            "See also",
            "More from Business",
            "More stories",
            "You might also like",
            "Recommended for you",
            "Trending now",
            "Most popular",
            "Most read",
            "Latest news",
            "Top stories",
            "Previous article",
            "Next post",
            "Don't miss",
            "Dont miss",
            "Don’t miss: a story",
            "Meistgelesen",
            "Am meisten gelesen",
            "Les plus lus",
            "Lo más leído",
            "Os mais lidos",
            "I più letti",
            "Meest gelezen",
            "Terpopuler",
            "Paling banyak dibaca",
            "Check out: a story",
            "Editor's picks",
            "Must read: a story",
            "Related: a story",
            "Abonnieren Sie unseren Newsletter",
            "Jetzt abonnieren!",
            "Abonnez-vous à notre newsletter",
            "Suscríbete a nuestro boletín",
            "Assine a nossa newsletter",
            "Iscriviti alla nostra newsletter",
            "Schrijf je in voor onze nieuwsbrief",
            "Подпишитесь на нашу рассылку",
            "Berlangganan sekarang",
            "Melden Sie sich jetzt für den Newsletter an",
            "Zum Newsletter anmelden",
            "Das könnte Sie auch interessieren",
            "À lire aussi",
            "A lire aussi :",
            "Noticias relacionadas",
            "Artículos relacionados",
            "Leia também",
            "Notícias relacionadas",
            "Você pode gostar",
            "Leggi anche",
            "Lees ook",
            "Читайте также",
            "Baca juga: a story",
            "Berita terkait",
        ]);
        let mut matched = 0;
        for l in &lines {
            let t = l.trim();
            if SUBSCRIBE_RE.is_match(t) {
                assert!(SUBSCRIBE_PREFIXES.may_match(t), "{t:?}");
                matched += 1;
            }
            if RELATED_RE.is_match(t) || RELATED_TEASER_RE.is_match(t) {
                assert!(RELATED_PREFIXES.may_match(t), "{t:?}");
                matched += 1;
            }
        }
        assert!(matched >= 38, "{matched}");
    }

    /// The prompt and header patterns decide every line as they do with `\b` for their word
    /// ends: a word end before a letter, a digit, an accented letter, a mark, a space, a
    /// non-ASCII space or punctuation, or the line's end.
    #[test]
    fn word_ends_decide_as_word_boundaries() {
        let mut extra = Vec::new();
        for head in [
            "Sign up for",
            "sign up to",
            "Follow us",
            "Our newsletter",
            "the NEWSLETTER",
            "More from",
            "more on",
            "More about",
            "More in",
        ] {
            for tail in [
                "",
                "x",
                "7",
                "é",
                "\u{301}",
                " ",
                "\u{a0}",
                "\u{2003}",
                ":",
                "…",
                "»",
                "·",
                "_",
                "\u{17F}",
                " Business",
                "\u{a0}news »",
                ". Read",
                "\u{212A}",
                "\n",
                "\nBusiness",
                "\n…",
                " x\ny",
            ] {
                extra.push(format!("{head}{tail}"));
                extra.push(format!("• {head}{tail}"));
            }
        }
        let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
        let lines = crate::text::prefilter_test_lines(&extra);
        assert_word_ends_decide_alike(lines.iter().map(String::as_str));
    }

    fn assert_word_ends_decide_alike<'a>(lines: impl Iterator<Item = &'a str>) {
        let boundaries = [
            (&*SUBSCRIBE_RE, with_word_ends(SUBSCRIBE_PATTERN, true)),
            (&*RELATED_RE, with_word_ends(RELATED_PATTERN, true)),
        ];
        for l in lines {
            for (fast, reference) in &boundaries {
                assert_eq!(fast.is_match(l), reference.is_match(l), "{l:?}");
            }
        }
    }

    /// [`word_ends_decide_as_word_boundaries`] over every line of every text dump of the WCXB
    /// development split (`cargo test -- --ignored`, with the data in `/work/shared`).
    #[test]
    #[ignore]
    fn word_ends_decide_as_word_boundaries_on_every_dump() {
        let lines = crate::text::every_dump_line();
        assert_word_ends_decide_alike(lines.iter().map(String::as_str));
    }

    /// The old test of a line's end, which [`ends_purpose_or_feature`] replaces.
    fn ends_purpose_or_feature_by_str(t: &str) -> bool {
        let tail = t.len().saturating_sub(7);
        t.get(tail..)
            .is_some_and(|e| e.eq_ignore_ascii_case("purpose") || e.eq_ignore_ascii_case("feature"))
    }

    /// Lines with the prefixes of every set, behind the bytes each set skips (and those it
    /// does not), and lines ending with the words of the consent dialog's items.
    fn line_test_lines() -> Vec<String> {
        let mut extra = Vec::new();
        let words = SUBSCRIBE_PREFIX_WORDS
            .iter()
            .chain(&RELATED_PREFIX_WORDS)
            .chain(&AD_LABEL_PREFIX_WORDS);
        for w in words {
            for lead in [
                "", "- ", "-\x0B", "\x0C", "[", "(", "* [", "» ", "•", "\u{a0}", "é", "->(",
            ] {
                extra.push(format!("{lead}{w}"));
                extra.push(format!("{lead}{w} now: more"));
                extra.push(format!("{lead}{}", w.to_uppercase()));
            }
        }
        for end in [
            "purpose",
            "PURPOSE",
            "Feature",
            "purposé",
            "xpurpose",
            "urpose",
            "e",
            "é",
            "featurE",
            "feature ",
            "fe\u{e9}ture",
            "57 partners can use this purpose",
            "Strictly Necessary Cookies 57 partners can use this special feature",
        ] {
            extra.push(end.to_string());
            extra.push(format!("a line that ends with {end}"));
            extra.push(format!("\u{2019}{end}"));
        }
        let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
        crate::text::prefilter_test_lines(&extra)
    }

    /// The one table's bits never rule out a line that a set's own prefixes let on.
    #[test]
    fn line_prefixes_never_rule_out_a_set() {
        let lines = line_test_lines();
        let mut passed = [0; 3];
        for l in &lines {
            let t = crate::text::trim_blankish(l);
            let may = LINE_PREFIXES.candidates(t);
            let sets = [
                (&*SUBSCRIBE_PREFIXES, MAY_SUBSCRIBE),
                (&*RELATED_PREFIXES, MAY_RELATE),
                (&*AD_LABEL_PREFIXES, MAY_AD_LABEL),
            ];
            for (k, (own, bit)) in sets.into_iter().enumerate() {
                if own.may_match(t) {
                    assert!(may & bit != 0, "{t:?} {k}");
                    passed[k] += 1;
                }
            }
        }
        assert!(passed.iter().all(|&n| n >= 100), "{passed:?}");
    }

    #[test]
    fn ends_purpose_or_feature_as_before() {
        let mut ends = 0;
        for l in &line_test_lines() {
            for t in [l.as_str(), l.trim(), crate::text::trim_ws(l)] {
                let want = ends_purpose_or_feature_by_str(t);
                assert_eq!(ends_purpose_or_feature(t), want, "{t:?}");
                ends += usize::from(want);
            }
        }
        assert!(ends >= 20, "{ends}");
    }

    /// Checks [`crate::text::FoundInInput::in_line`] of "ookie" against a search of each line,
    /// for the lines as parts of one input (whole, and cut by up to two bytes at either end) and
    /// as copies (not part of it); returns how many parts hold the word.
    fn assert_ookie_found_as_by_line(lines: &[String]) -> usize {
        let input = lines.join("\n");
        let found = crate::text::FoundInInput::new(
            &input,
            OOKIE.find_iter(input.as_bytes()).map(|at| (at, at + 5)),
        );
        let (mut at, mut held) = (0, 0);
        for l in lines {
            let line = &input[at..at + l.len()];
            at += l.len() + 1;
            for head in 0..3 {
                for tail in 0..3 {
                    let Some(part) = line.get(head..line.len().saturating_sub(tail)) else {
                        continue;
                    };
                    let want = OOKIE.find(part.as_bytes()).is_some();
                    assert_eq!(found.in_line(part), Some(want), "{part:?}");
                    held += usize::from(want);
                }
            }
            let copy = line.to_string();
            assert_eq!(found.in_line(&copy), None, "{copy:?}");
        }
        held
    }

    #[test]
    fn ookie_found_in_input_as_by_line() {
        let lines = crate::text::prefilter_test_lines(&[
            "",
            "cookie",
            "ookie",
            "ooki",
            "okie",
            "Cookies",
            "We use cookies",
            "cookie at the start",
            "at the end a cookie",
            "ookieookie",
            "Coo\u{e9}kie Cookié",
            "é cookie é",
        ]);
        assert!(assert_ookie_found_as_by_line(&lines) >= 20);
    }

    /// [`ookie_found_in_input_as_by_line`] over every line of every text dump of the WCXB
    /// development split (`cargo test -- --ignored`, with the data in `/work/shared`).
    #[test]
    #[ignore]
    fn ookie_found_in_input_as_by_line_on_every_dump() {
        let lines = crate::text::every_dump_line();
        assert!(assert_ookie_found_as_by_line(&lines) >= 100);
    }

    #[test]
    fn cookie_notices() {
        assert!(is_cookie_notice("This website uses cookies to improve your experience. By continuing to browse you accept our use of cookies."));
        assert!(is_cookie_notice("Cookie Settings"));
        // A consent dialog's categories.
        assert!(is_cookie_notice("Performance Cookies"));
        assert!(is_cookie_notice("These cookies allow a website to remember choices you have made in the past, like what language you prefer."));
        assert!(is_cookie_notice("Cookies collect information about how you use a website, like which pages you visited."));
        assert!(is_cookie_notice(
            "We, and our partners use cookies and similar methods to recognize visitors."
        ));
        assert!(!is_cookie_notice(
            "These cookies are best eaten warm, the baker said, and they keep for a week in a tin."
        ));
        assert!(!is_cookie_notice(
            "These cookies allow you to use up the last of the summer berries."
        ));
        assert!(!is_cookie_notice(
            "She baked cookies for the whole street and we accepted them gladly."
        ));
        assert!(!is_cookie_notice("Regulators said browsers must phase out third-party cookies by 2025, a change advertisers resisted."));
    }
}
