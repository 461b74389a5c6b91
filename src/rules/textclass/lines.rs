//! The vocabulary of a page's chrome, line by line: menus, signup and consent lines, form fields,
//! buttons and calls to action, disclosures and widget labels (`text.menu-line`,
//! `text.signup-line`, `text.form-field`, `text.button-label`, `text.disclosure`,
//! `text.widget-label`), and a newsletter's pitch beside its form (`text.signup-pitch`).

use super::*;

/// Interface words and phrases that make up a whole line of page chrome, lower-case, without
/// trailing punctuation or arrows. Section names ("Business", "Features") are not here: inside
/// an article they can be headings. Share-button labels are not either: `share.buttons` owns
/// them, and disabling it must keep them.
pub(super) const MENU_VOCABULARY: &[&str] = &[
    "home",
    "homepage",
    "home page",
    "menu",
    "main menu",
    "open menu",
    "close menu",
    "close",
    "toggle navigation",
    "toggle menu",
    "toggle search",
    "navigation",
    "search",
    "search for",
    "search this site",
    "log in",
    "login",
    "log out",
    "logout",
    "sign in",
    "sign out",
    "sign up",
    "register",
    "create account",
    "my account",
    "account",
    "cart",
    "view cart",
    "shopping cart",
    "checkout",
    "wishlist",
    "compare",
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "skip to footer",
    "skip navigation",
    "top of page",
    "main navigation",
    "open main menu",
    "accessibility menu",
    "select site language",
    "pause slide rotation",
    "loading",
    "loading please wait",
    "jump to content",
    "back to top",
    "go to top",
    "scroll to top",
    "top",
    "previous",
    "next",
    "prev",
    "next page",
    "previous page",
    "close filters",
    "achat rapide",
    // A form's buttons (its field labels stay: rules of context read them as a form's).
    "send",
    "cancel",
    "show less",
    "show details",
    "hide details",
    "show translation",
    "show original",
    "skip listing",
    // A shop card's badges and buttons, and a sign-up button's fine print.
    "top rated",
    "best seller",
    "bestseller",
    "more options",
    "ask an expert",
    "expand description",
    "discover more",
    "featured products",
    "previous page of related sponsored products",
    "next page of related sponsored products",
    "you're not signed in",
    // A forum thread's count label.
    "views",
    // An article's AI-summary button and a pinning prompt.
    "summarize with ai",
    "summarize this article with",
    "summarize this article for me",
    "pin for later",
    "pin it for later",
    "new arrival",
    "no credit card required",
    // A contact widget's heading.
    "how can we help",
    "how can we help you",
    // A pager's or a carousel's two buttons flattened onto one line.
    "previous next",
    "prev next",
    "back next",
    "previous slide next slide",
    "older posts",
    "newer posts",
    "load more",
    "show more",
    "view all",
    "see all",
    "view more",
    "see more",
    "reply",
    "like",
    "report",
    "quote",
    "permalink",
    "submit",
    "go",
    "ok",
    "view in browser",
    "view online",
    "unsubscribe",
    "breadcrumb",
    "you are here",
    "order now",
    "buy now",
    "shop now",
    "learn more",
    "get started",
    "contact us",
    "contact",
    "privacy policy",
    "terms of service",
    "terms of use",
    "terms and conditions",
    "cookie policy",
    "sitemap",
    "site map",
    "accessibility",
    "startseite",
    "suche",
    "anmelden",
    "abmelden",
    "warenkorb",
    "impressum",
    "datenschutz",
    "accueil",
    "recherche",
    "connexion",
    "panier",
    "inicio",
    "buscar",
    "iniciar sesión",
    "carrito",
    "início",
    "pesquisar",
    "entrar",
    "carrinho",
    "cerca",
    "accedi",
    "carrello",
    "zoeken",
    "inloggen",
    "winkelwagen",
    "главная",
    "поиск",
    "войти",
    "beranda",
    "cari",
    "masuk",
    "корзина",
    "регистрация",
    // Read more, skip to content, learn more, back, contact and about us in the other languages
    // of the stopword lists.
    "weiterlesen",
    "mehr lesen",
    "mehr erfahren",
    "zum inhalt springen",
    "zurück",
    "kontakt",
    "über uns",
    "lire la suite",
    "en savoir plus",
    "aller au contenu",
    "retour",
    "à propos",
    "leer más",
    "seguir leyendo",
    "más información",
    "ir al contenido",
    "saltar al contenido",
    "volver",
    "contacto",
    "sobre nosotros",
    "leia mais",
    "ler mais",
    "saiba mais",
    "continuar lendo",
    "pular para o conteúdo",
    "ir para o conteúdo",
    "voltar",
    "contato",
    "sobre nós",
    "continua a leggere",
    "leggi di più",
    "scopri di più",
    "passa al contenuto",
    "vai al contenuto",
    "indietro",
    "contatti",
    "chi siamo",
    "lees verder",
    "lees meer",
    "meer informatie",
    "naar de inhoud springen",
    "terug",
    "over ons",
    "читать далее",
    "подробнее",
    "перейти к содержимому",
    "назад",
    "контакты",
    "о нас",
    "baca selengkapnya",
    "selengkapnya",
    "langsung ke konten",
    "kembali",
    "hubungi kami",
    "tentang kami",
    // Back to the list, back to the top, in those languages.
    "zurück zur übersicht",
    "zurück zur startseite",
    "nach oben",
    "zum seitenanfang",
    "retour à la liste",
    "retour en haut",
    "haut de page",
    "volver arriba",
    "volver al listado",
    "voltar ao topo",
    "torna su",
    "torna all'inizio",
    "terug naar boven",
    "terug naar overzicht",
    "наверх",
    "kembali ke atas",
    "back to overview",
    // Home, log in, sign up, search and cart in Chinese, Japanese, Korean, Arabic, Hindi, Greek,
    // Hebrew, Thai, Turkish, Polish and Vietnamese, for dumps
    // in languages the stopword lists do not cover.
    "首页",
    "首頁",
    "主页",
    "登录",
    "登錄",
    "登入",
    "注册",
    "註冊",
    "搜索",
    "搜尋",
    "购物车",
    "購物車",
    "ホーム",
    "ログイン",
    "検索",
    "カート",
    "홈",
    "로그인",
    "회원가입",
    "검색",
    "장바구니",
    "الرئيسية",
    "الصفحة الرئيسية",
    "تسجيل الدخول",
    "بحث",
    "سلة التسوق",
    "होम",
    "मुखपृष्ठ",
    "लॉग इन",
    "लॉगिन",
    "खोजें",
    "साइन अप",
    "αρχική",
    "σύνδεση",
    "αναζήτηση",
    "εγγραφή",
    "דף הבית",
    "התחברות",
    "חיפוש",
    "הרשמה",
    "หน้าแรก",
    "เข้าสู่ระบบ",
    "ค้นหา",
    "สมัครสมาชิก",
    "ana sayfa",
    "anasayfa",
    "giriş yap",
    "üye ol",
    "strona główna",
    "zaloguj się",
    "zaloguj",
    "szukaj",
    "koszyk",
    "trang chủ",
    "đăng nhập",
    "đăng ký",
    "tìm kiếm",
    "giỏ hàng",
    // shops
    "add to cart",
    "add to basket",
    "add to bag",
    "add to wishlist",
    "add to compare",
    "quick view",
    "view details",
    "see details",
    "buy it now",
    "in stock",
    "out of stock",
    "sold out",
    "write a review",
    "related products",
    "new arrivals",
    "bestsellers",
    "best sellers",
    "ajouter au panier",
    "in den warenkorb",
    "añadir al carrito",
    "aggiungi al carrello",
    "adicionar ao carrinho",
    "in winkelwagen",
    // calls to action of company sites
    "apply now",
    "about",
    "about us",
    "book a demo",
    "request a demo",
    "get a demo",
    "watch demo",
    "start free trial",
    "start your free trial",
    "free trial",
    "try it free",
    "try for free",
    "contact sales",
    "talk to sales",
    "schedule a call",
    "get a quote",
    "get in touch",
    "back to blog",
    "back to news",
    "back",
    "tell me more",
    "read more",
    "continue reading",
    "advertisement",
    "advertisements",
    "sponsored",
    "ad",
    "loading",
    // forums, Q&A, wikis, docs
    "click to expand",
    "click to shrink",
    "show ignored content",
    "ask question",
    "find the answer to your question by asking",
    "improve this question",
    "improve this answer",
    "add a comment",
    "share improve this answer",
    "edit",
    "table of contents",
    "contents",
    "in this article",
    "on this page",
    "send feedback",
    "submit correction",
    "was this helpful",
    "was this page helpful",
    "random article",
    "current events",
    "recent posts",
    "recent comments",
    "archives",
    "meta",
    "tags",
    // A tag line's label left alone when its tags were links on lines of their own, in the
    // languages of the stopword lists.
    "tagged",
    "tagged with",
    "filed under",
    "schlagworte",
    "getaggt mit",
    "étiquettes",
    "mots-clés",
    "etiquetas",
    "etichette",
    "trefwoorden",
    "теги",
    // social and reader tools
    "follow the author",
    "follow author",
    "pin this for later",
    "pin it for later",
    "reply by email",
    "people also like",
    "get it now",
    "view options",
    "download catalog",
    "listen on",
    // forum software
    "reply with quote",
    "view public profile",
    "board index",
    "more sharing options",
    "top posters in this topic",
    "upvote",
    "downvote",
    "new to reddit",
    "want to join",
    "get the reddit app",
    "not open for further replies",
    "sign up or log in",
    "log in or sign up",
    "log in or register",
    "display posts from previous",
    "search for a thread",
    "more topics from this board",
    "something went wrong",
    // documentation sites
    "edit this page",
    "edit on github",
    "edit page",
    "improve this page",
    "report an issue",
    "report a problem",
    "view page source",
    "view source",
    "learn how to contribute",
    "copy code",
    "copy to clipboard",
    "copied",
    "create an account",
    "open in app",
    "rss feed",
    // shops, more
    "choose an option",
    "add to list",
    "no longer available",
    "free shipping",
    "free standard shipping",
    "returns & exchanges accepted",
    "returns and exchanges accepted",
    "chat with an expert",
    "en stock",
];

/// [`MENU_VOCABULARY`] for look-ups.
pub(super) static MENU_SET: Lazy<crate::text::ByteSet> =
    Lazy::new(|| MENU_VOCABULARY.iter().map(|w| w.as_bytes()).collect());

/// Bit `n` of entry `b & 31`: an entry of [`MENU_VOCABULARY`] has `n` bytes and first byte `b`
/// (lengths of 63 and more share bit 63). Rules out most lines before the set look-up.
pub(super) static MENU_SHAPES: Lazy<[u64; 32]> = Lazy::new(|| {
    let mut t = [0u64; 32];
    for w in MENU_VOCABULARY {
        if let Some(&b) = w.as_bytes().first() {
            t[(b & 31) as usize] |= 1 << w.len().min(63);
        }
    }
    t
});

/// Whole-line chrome that a vocabulary cannot list: "View this email in your browser.",
/// "Having trouble viewing this email?", "Showing 1–12 of 40 results", "Page 2 of 9". Each
/// pattern is anchored and comes with the words (lower case) all its matches start with, so that
/// a line only meets the patterns it may match: one set of all of them made the lazy DFA build
/// and drop states for every line.
/// Each row: the pattern, its prefixes, and a further cheap test every match passes. A new
/// pattern needs the first words of all its matches (lower case) as its prefixes; the test
/// `chrome_line_prefixes_never_rule_out_a_match` wants an example of it.
#[allow(clippy::type_complexity)]
pub(super) const CHROME_LINE_PATTERNS: &[(&str, &[&str], Option<fn(&str) -> bool>)] = &[
    // The banner every site of the US government carries above its header (the U.S. Web
    // Design System's), each of its lines whole.
    (
        r"(?i)^(?:an official website of the (?:united states|u\.s\.) government|here[’']s how you know|official websites use \.gov|a \.gov website belongs to an official government organi[sz]ation in the united states\.?|secure \.gov websites use https|a lock \(\s*(?:lock a locked padlock)?\s*\) or https:// means you[’']ve safely connected to the \.gov website\.(?: share sensitive information only on official, secure websites\.)?)$",
        &[
            "an official website",
            "here",
            "official websites",
            "a .gov",
            "secure .gov",
            "a lock",
        ],
        None,
    ),
    // A wiki's footer (MediaWiki's, and the like): the address of the page as printed, the date
    // of its last edit, the license of its text, the label of its hidden categories.
    (
        r"(?i)^(?:retrieved from\s*[\x22“]\s*https?://\S+\s*[\x22”]|this page was last (?:edited|modified) on .{4,60}|(?:text|content) is available under .{0,120}licen[cs]e.{0,300}|hidden categories:)$",
        &[
            "retrieved from",
            "this page was last",
            "text is available",
            "content is available",
            "hidden categories",
        ],
        None,
    ),
    (
        r"(?i)^you(?:'re|’re| are) receiving this (?:e-?mail|message|newsletter)\b",
        &["you're", "you are"],
        None,
    ),
    (
        r"(?i)^(?:update|manage) your (?:e-?mail )?(?:preferences|subscription)\W*$",
        &["update your", "manage your"],
        None,
    ),
    (
        r"(?i)^(?:new|junior|senior|well-known|active|registered|valued|veteran|established|premium)?\s*member$",
        &[
            "premium",
            "new",
            "junior",
            "senior",
            "well-known",
            "active",
            "registered",
            "valued",
            "veteran",
            "established",
            "member",
            " ",
            "\t",
            "\n",
            "\x0b",
            "\x0c",
            "\r",
        ],
        Some(ends_with_member),
    ),
    (
        r"(?i)^(?:joined|messages|posts|reaction score|reputation|points|likes received|member since)\s*:?\s*(?:[\d.,]+[km]?|\w{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \w{3,9}\.? \d{4})$",
        &[
            "joined",
            "messages",
            "posts",
            "reaction score",
            "reputation",
            "points",
            "likes received",
            "member since",
        ],
        None,
    ),
    (
        r"(?i)^(?:you must |please )?(?:log ?in|sign ?in|sign up|register)(?: or (?:log ?in|sign ?in|sign up|register))? (?:to|or|for) [^.!?]{0,40}[.!]?$",
        &[
            "you must",
            "please log",
            "please sign",
            "please register",
            "log",
            "sign",
            "register",
        ],
        None,
    ),
    (
        r"(?i)^you must (?:log in|sign in|register|be logged in)\b.{0,60}$",
        &["you must"],
        None,
    ),
    (
        r"(?i)^(?:view|see|browse|show|explore) (?:all|more)\b[^.!?]{0,40}$",
        &[
            "view all",
            "view more",
            "see all",
            "see more",
            "browse all",
            "browse more",
            "show all",
            "show more",
            "explore all",
            "explore more",
        ],
        None,
    ),
    // A page's feedback widget: "How useful was this page?", "Was this page helpful to you?".
    (
        r"(?i)^how (?:helpful|useful) (?:do you find|is|was) (?:the information on )?this (?:page|article)\?$",
        &["how helpful", "how useful"],
        None,
    ),
    (
        r"(?i)^(?:was|is) (?:this|the) (?:page|article|post|guide|doc|documentation|topic) (?:helpful|useful)(?: to you)?\s*\?$",
        &["was this", "was the", "is this", "is the"],
        None,
    ),
    // The widget's other questions, its answers' buttons, its thanks and its pitch: "Did this
    // page help you? - Yes", "Did you find what you needed?", "Help us make these docs great!",
    // "Thanks for letting us know we're doing a good job!". A sentence that goes on ("Thanks
    // for your feedback, I'll fix the link") is a reply's.
    (
        r"(?i)^(?:did (?:this|the) (?:page|article|post|guide|doc|documentation|topic|answer|information) help(?: you)?\s*\?(?:\s*[-–]\s*(?:yes|no))?|did you find (?:what you (?:needed|were looking for)(?: today)?|(?:this|the) (?:page|article|post|guide|content|information) (?:helpful|useful))\s*\?|help us (?:make|improve) (?:these|this|our|the) (?:docs|documentation|page|pages|site|article|content)(?: (?:better|great))?\s*[.!]?|thanks? (?:you )?for (?:your feedback|letting us know)[.!]?|thanks? (?:you )?for letting us know (?:we(?:'|’)re doing a good job|this page needs work)\b[^?]{0,80})$",
        &["did this", "did the", "did you find", "help us", "thank"],
        None,
    ),
    // A wiki's appearance menu (MediaWiki's, on every Wikipedia page): the note under each of
    // its choices, and its own buttons.
    (
        r"(?i)^(?:this page (?:always uses (?:small|standard|large) font size|is always in (?:light|dark) mode)|the content is as wide as possible for your browser window|(?:learn more about )?birthday mode(?: \(baby globe\))?|colou?r \(beta\)|move to sidebar hide)\W*$",
        &[
            "this page",
            "the content is",
            "learn more about",
            "birthday mode",
            "color (",
            "colour (",
            "move to sidebar",
        ],
        None,
    ),
    (
        CALL_TO_ACTION_LINE,
        &CALL_TO_ACTION_LINE_FIRST,
        Some(ends_with_call_to_action),
    ),
    (
        r"(?i)^be the first to (?:know|comment|review|hear|see)\b[^.]{0,60}$",
        &["be the first"],
        None,
    ),
    // A like button's header in the other languages of the stopword lists, with its colon:
    // "Gefällt mir" alone may be a post's title.
    (
        r"(?i)^(?:what do you think\??|like this:?|(?:gefällt mir|j['’]aime|me gusta|curtir isso|mi piace|vind ik leuk)\s?:|load (?:disqus )?comments|start a new thread|original poster|coming soon|filter (?:and|&) sort|save this (?:story|article|post))\W*$",
        &[
            "what do you",
            "like this",
            "gef",
            "j'aime",
            "me gusta",
            "curtir isso",
            "mi piace",
            "vind ik leuk",
            "load",
            "start a new",
            "original poster",
            "coming soon",
            "filter",
            "save this",
        ],
        None,
    ),
    // Skip links, one or several run together, to wherever they lead ("Skip to search results",
    // "Skip to main content Skip to Ask Learn chat experience", "Skip to content Go to Footer"):
    // a few words each, none of them a sentence's ("Skip to chunk 4 without chunk 2, and you'll
    // be lost" is the text's advice).
    (
        concat!(
            r"(?i)^(?:skip|jump) to",
            skip_link_target!(),
            r"(?:\s+(?:skip|jump|go) to",
            skip_link_target!(),
            r")*\s*$"
        ),
        &["skip to", "jump to"],
        None,
    ),
    // The badges of the stores and hubs an app or a model is offered on, one or several on a
    // line: "Get it on Google Play Download on the App Store", "Get it on Hugging Face Get it on
    // Kaggle Access it on Vertex". One alone only names an app store: "Available on Netflix" may
    // be a line of the text.
    (
        concat!(
            r"^(?:(?:",
            store_badge!(),
            r")(?:\s+",
            store_badge!(),
            r")+|(?i:get it|download(?: it)?|available) (?i:on|from)(?: the)? (?i:app store|google play|play store|microsoft store|mac app store))\W*$"
        ),
        &["get it", "download", "available", "access it"],
        None,
    ),
    // The bookmark widget of a documentation site's pages (Google's developer sites), beside its
    // feedback button: "Stay organized with collections Save and categorize content based on
    // your preferences."
    (
        r"(?i)^(?:send feedback\s+)?(?:stay organized with collections(?:\s+save and categorize content based on your preferences)?|save and categorize content based on your preferences)\W*$",
        &["send feedback", "stay organized", "save and categorize"],
        None,
    ),
    // The labels of a page's widgets, each a whole line: a feedback widget's buttons and prompt,
    // a like button, a reading time, a video player's fallback, a listing's sort and page-size
    // controls, an empty rating, a consent or privacy-choice link.
    (
        r"(?i)^(?:yes\s*[/|]?\s*no|sign me up!?|like loading(?:\.\.\.|…)?|(?:gefällt mir|j['’]aime|me gusta|curtir|mi piace|vind ik leuk) (?:lade|lädt|laden|chargement|cargando|carregando|caricamento)(?:\.\.\.|…)?|\d+ likes?|\d+ min(?:ute)?s? read|sorry,? your browser (?:doesn[’']t|does not) support embedded videos|give us feedback on this page|how are we doing\?|recently viewed(?: (?:items|products|pages))?|sort(?: by)?:?|filters?(?: by)?:?|show:|view:|sorted by:?(?: reset to default)?|highest score \(default\)(?: (?:trending \(recent votes count more\)|date modified \(newest first\)|date created \(oldest first\)))*|show(?:ing)? \d+ results per page|\(\d+\) \d+ reviews|do not sell or share my personal information(?: \(ca residents only\))?|we and our partners process data to provide:|error is your email address correct\?|refresh your browser(?: window)? to try again|oops!? looks like we(?:'re|’re| are) having trouble connecting to our server|there was a problem loading (?:the |this )?(?:content|page|comments|reviews|results))\W*$",
        digits_and![
            "yes",
            "sign me up",
            "like loading",
            "like",
            "gef",
            "j'aime",
            "me gusta",
            "curtir",
            "mi piace",
            "vind ik leuk",
            "min",
            "sorry",
            "give us feedback",
            "how are we",
            "recently viewed",
            "sort",
            "filter",
            "sorted by",
            "highest score",
            "show",
            "view:",
            "(",
            "do not sell",
            "we and our",
            "error is your",
            "refresh your",
            "oops",
            "there was a",
        ],
        None,
    ),
    // A listing's sort control with its choice ("Sort by: Price: Low to High"): apart from the
    // table's first pattern, whose automaton it made several times the size (its runs of word
    // characters are counted).
    (
        r"(?i)^sort(?: by)?\s*:\s*(?:best match|featured|relevance|most relevant|newest(?: first)?|oldest(?: first)?|top rated|best selling|bestselling|recommended|popularity|most popular|price[\w ,:()-]{0,24}|date[\w ,:()-]{0,20})\W*$",
        &["sort"],
        None,
    ),
    // A listing's sort menu read as one line, its options run together ("Best Match Brand: A - Z
    // Brand: Z - A Price: Low - High Price: High - Low Newest", "Featured Best selling Price low
    // to high Newest first"): four options at least, nothing else.
    (
        r"(?i)^(?:(?:best\s+match|featured|relevance|most\s+relevant|newest(?:\s+first)?|oldest(?:\s+first)?|top\s+rated|best\s*-?\s*selling|recommended|most\s+popular|customer\s+rating|highest\s+rated|(?:brand|name|title|alphabetically)\s*:?,?\s*(?:a\s*-\s*z|z\s*-\s*a)|price\s*:?,?\s*(?:low\s*(?:-|to)\s*high|high\s*(?:-|to)\s*low)|%\s*off)[\s,|]*){4,}$",
        &[
            "best",
            "featured",
            "relevance",
            "most",
            "newest",
            "oldest",
            "top rated",
            "recommended",
            "customer rating",
            "highest rated",
            "brand",
            "name",
            "title",
            "alphabetically",
            "price",
            "%",
        ],
        None,
    ),
    // A reading time in the other languages of the stopword lists ("Lesezeit: 5 Min.", "5 min de
    // lecture", "Tiempo de lectura: 5 minutos", "5 мин. чтения"), each a whole line. (A row's
    // lines start with an ASCII letter or a digit: see `chrome_sets_for_first_char`.)
    (
        r"(?i)^(?:(?:lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|waktu baca)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min\.?|minuten?|minutes?|minutos?|minuti|menit|мин\.?|минуты?|минут)|\d+\s*(?:min\.?|minuten?|minutes?|minutos?|minuti|menit|мин\.?|минуты?|минут)\s+(?:lesezeit|lesedauer|de lecture|de lectura|de leitura|di lettura|leestijd|baca|membaca|чтения|на чтение))\W*$",
        digits_and![
            "lesezeit",
            "lesedauer",
            "temps de lecture",
            "tiempo de lectura",
            "tempo d",
            "leestijd",
            "waktu baca",
        ],
        None,
    ),
    // A widget's state or a label read out for screen readers, each a whole line: a form's
    // honeypot and remember-me box, a browser warning, a link's new-window note, an obfuscated
    // address, an ad's disclosure button, empty search results, a cart or sign-up notice, a
    // touch screen reader's hint ("Brief content visible, double tap to read full content.").
    (
        r"(?i)^(?:save my name,? email,? and website in this browser for the next time i comment|you should upgrade or use an alternative browser|\(?opens in a new (?:window|tab)\)?|(?:if you are human,? )?leave this field blank|\[email(?:&#160;|\s)protected\]|(?:info )?why you(?:'re|’re| are) seeing this ad|skip to product information|no (?:results|items|products) found|jump to (?:latest|reviews?)|choosing a selection results in a full page refresh|(?:the product was |item )?(?:successfully )?added to your cart!?|there was a problem subscribing you to this newsletter|looks like you already have an account!? please log ?in to subscribe|pause video|view transcript|(?:collapsed )?expand all(?: collapse all)?|(?:(?:full|brief) content visible, )?double[ -]tap to (?:read|open|zoom|expand|view)(?: (?:full|brief|more|the))?(?: content| image)?)\W*$",
        &[
            "save my name",
            "you should upgrade",
            "(",
            "opens in a new",
            "if you are human",
            "leave this field",
            "[email",
            "info why",
            "why you",
            "skip to product",
            "no results",
            "no items",
            "no products",
            "jump to",
            "choosing a selection",
            "the product was",
            "item added",
            "item successfully",
            "added to",
            "successfully added",
            "there was a problem",
            "looks like you",
            "pause video",
            "view transcript",
            "collapsed",
            "expand all",
            "full content",
            "brief content",
            "double tap",
            "double-tap",
        ],
        None,
    ),
    // Notices of forum software and page widgets: a post form for members (in brackets too, and
    // the invitations to a guest: "Want to join? Log in or sign up in seconds.", "It looks like
    // you're new here. Sign in or register to get started."), a push-notification prompt, a
    // slideshow's key help.
    (
        r"(?i)^\(?(?:you must (?:log ?in|sign in) or (?:sign up|register) to (?:post|reply) here|(?:want to join\?|it looks like you(?:'re|’re| are) new here\.) (?:log ?in|sign ?in) or (?:sign up|register)\b[^.!?]{0,40}|would you like to receive (?:push )?notifications (?:about|on|for) new (?:posts|articles|updates)\??|use (?:the )?left/right arrows to navigate the slideshow\b.*|sort (?:and|&) filter|sort options|manage consent|reaction score)\W*$",
        &[
            "you must",
            "(you must",
            "want to join",
            "it looks like",
            "would you like",
            "use left",
            "use the left",
            "sort",
            "manage consent",
            "reaction score",
        ],
        None,
    ),
    // The guidance of a Q&A site's answer form, the same under every question of the network's
    // sites ("Thanks for contributing an answer to Super User!", "But avoid …").
    (
        r"(?i)^(?:thanks for contributing an answer to [^.!?]{1,40}!|please be sure to answer the question\. provide details and share your research!|but avoid (?:…|\.\.\.)|asking for help, clarification, or responding to other answers\.|making statements based on opinion; back them up with references or personal experience\.|to learn more, see our tips on writing great answers\.)$",
        &[
            "thanks for contributing",
            "please be sure",
            "but avoid",
            "asking for help",
            "making statements",
            "to learn more",
        ],
        None,
    ),
    // A shop grid's result counter ("Showing 1–12 of 40 results", "Displaying 1 to 24 (of 204
    // products)"). (The grid's per-item "Add X to Compare" controls stay: removed, they part the
    // grid's items into runs too short for the main region, and the items go with them.)
    (
        r"(?i)^(?:displaying|showing|viewing)\s+(?:items?\s+|results?\s+|products?\s+)?\d[\d,]*\s*(?:-|–|to)\s*\d[\d,]*\s+\(?of\s+\d[\d,]*(?:\s+(?:items?|results?|products?|entries))?\)?\W*$",
        &["displaying", "showing", "viewing"],
        None,
    ),
    // A forum post's reactions, read out with who reacted ("Reactions: reddy, tingo and 3
    // others"): names, never a sentence.
    // ("Likes Reactions: paulb203" where the site's reactions are likes.) And a quoted post's
    // header in the reply that quotes it ("Originally Posted by HOSTLAR"): a name, not the text.
    (
        r"(?i)^(?:(?:likes\s+)?reactions:\s+[^.!?]{1,120}|(?:quote:?\s*)?originally posted by\s+\S[^.!?]{0,40})$",
        &[
            "reactions:",
            "likes reactions:",
            "originally posted",
            "quote",
        ],
        None,
    ),
    // A Q&A or forum post's activity line ("asked Feb 4, 2014 at 13:02", "Viewed 11k times",
    // "Modified 1 year, 5 months ago", "answered May 2, 2009 at 0:09 user398"), and a timestamp
    // standing alone ("2016-03-17 13:23:29 +00:00", "2023-02-27T23:27:40.307Z+00:00").
    (
        r"(?i)^(?:(?:(?:asked|modified|viewed|answered|edited|commented)\s+(?:\w{3,9}\.?\s+\d{1,2},?\s+(?:\d{4}\s+)?at\s+\d{1,2}:\d{2}|\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)(?:,\s*\d+\s+(?:months?|weeks?|days?|hours?|minutes?))?\s+ago|[\d.,]+k?\s+times)\s*)+(?:\S+){0,1}|\d{4}-\d{2}-\d{2}[ t]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:\s*(?:[+-]\d{2}:?\d{2}|z|utc)){0,2})$",
        digits_and![
            "asked",
            "modified",
            "viewed",
            "answered",
            "edited",
            "commented"
        ],
        None,
    ),
    (
        r"(?i)^you need to (?:be a member|log in|sign in|register|be logged in)\b.{0,60}$",
        &["you need"],
        None,
    ),
    (
        r"(?i)^as an amazon associate,? (?:i|we) earn from qualifying purchases\W*$",
        &["as an amazon"],
        None,
    ),
    // The same disclosure as the program words it in the other languages of the stopword lists.
    (
        r"(?i)^(?:als amazon-partner verdiene? (?:ich|wir) an qualifizierten verkäufen|en tant que partenaire amazon,? (?:je réalise|nous réalisons) un bénéfice sur les achats remplissant les conditions requises|como afiliad[oa] de amazon,? (?:gano|obtengo ingresos|ganamos|obtenemos ingresos) (?:con|por) las compras adscritas que cumplen los requisitos aplicables|como associad[oa] da amazon,? (?:eu )?(?:recebo|ganho|recebemos|ganhamos) (?:por|com) (?:as )?compras qualificadas|in qualità di affiliat[oa] amazon,? (?:io )?ricev(?:o|iamo) un guadagno dagli acquisti idonei|als amazon-partner verdien(?:en)? (?:ik|wij|we) aan (?:in aanmerking komende|gekwalificeerde) aankopen)\W*$",
        &[
            "als amazon",
            "en tant que partenaire",
            "como afiliad",
            "como associad",
            "in qualit",
        ],
        None,
    ),
    (
        r"(?i)^(?:having trouble viewing this (?:e-?mail|message)\?\s*)?(?:view|read|open) (?:it|this(?: (?:e-?mail|message|newsletter|issue))?) (?:in|on) (?:your|a|the) (?:web )?browser\W*$",
        &[
            "having trouble",
            "view it",
            "view this",
            "read it",
            "read this",
            "open it",
            "open this",
        ],
        None,
    ),
    (
        r"(?i)^having trouble viewing this (?:e-?mail|message)\?\W*$",
        &["having trouble"],
        None,
    ),
    (
        r"(?i)^showing (?:all )?\d+(?:\s*[–-]\s*\d+)? of \d+ results?\W*$",
        &["showing"],
        None,
    ),
    (r"(?i)^page \d+ of \d+\W*$", &["page "], None),
    (
        r"(?i)^(?:\d+ )?(?:items? in (?:your )?cart|your cart is empty)\W*$",
        digits_and!["item", "your cart"],
        None,
    ),
    (
        r"(?i)^(?:please enter a valid (?:e-?mail(?: address)?|phone(?: number)?|name|value|zip(?: code)?)|thank you!? your submission has been received|oops!? something went wrong while submitting the form|you've been successfully (?:signed up|subscribed)|great!? we've sent you an e-?mail to confirm your subscription|thanks? (?:you )?for (?:subscribing|signing up)|this field is for validation purposes and should be left unchanged)\W*$",
        &[
            "please enter",
            "this field is",
            "thank you",
            "thank for",
            "thanks for",
            "thanks you",
            "oops",
            "you've been",
            "great! we",
            "great we",
        ],
        None,
    ),
    // A widget's error message: what failed, then "Please try again" as a sentence of its own.
    (
        r"(?i)^(?:(?:sorry|oops|opps|unfortunately)[,!.]*\s+)?(?:there (?:was|has been) (?:an? )?(?:error|problem|issue)|something went wrong|we(?:'re|’re| are) sorry|unable to|we (?:couldn't|couldn’t|could not|can't|can’t|cannot)|an error (?:has )?occurred)[^\n]{0,120}[.!]\s*(?:please\s+)?(?:(?:refresh (?:the page )?and )?try (?:again|your request again)(?: later)?|refresh (?:the page|this page|your browser)[^.!?]{0,30})\W*$",
        &[
            "sorry",
            "oops",
            "opps",
            "unfortunately",
            "there was",
            "there has",
            "something went",
            "we",
            "unable to",
            "an error",
        ],
        None,
    ),
    // WordPress share buttons read as text: "Click to share on X (Opens in new window) X".
    (
        r"(?i)^click to (?:share|email|print|tweet|pin)\b[^.!?]{0,40}\(opens in (?:a )?new window\)[^.!?]{0,20}$",
        &["click to"],
        None,
    ),
    // Notices of forum software, code hosts and media players about the reader's browser.
    (
        r"(?i)^(?:you signed (?:in|out) (?:with|in) another tab or window\.? reload to refresh your session|javascript is disabled\.? for a better experience|you are using an out of date browser\.? it may not display|your browser does not support (?:the )?(?:video|audio|iframe|canvas|html5)|please enable javascript (?:to|in your browser)|you need to enable javascript to run this app|please (?:update|upgrade) your (?:web )?browser (?:to|for)|notice: javascript is required (?:for|to))\b[^\n]{0,160}$",
        &[
            "javascript",
            "you are using",
            "your browser",
            "please enable",
            "you need to enable",
            "please update",
            "please upgrade",
            "notice: javascript",
            "you signed",
        ],
        None,
    ),
    // A page's notice that it needs JavaScript ("This slideshow requires JavaScript.", "You
    // must have javascript enabled to submit the form."), perhaps with what for, or with a
    // second sentence on the browser. A sentence that goes on about something else ("The page
    // requires JavaScript that most readers never notice, the study found") is prose.
    (
        r"(?i)^(?:(?:note|notice|sorry),?:? |we're sorry,? but )?(?:your browser does not seem to support javascript|please enable javascript and|please (?:ensure|make sure) (?:that )?javascript is (?:enabled|turned on)(?: for (?:the )?purposes? of (?:web |website )?accessibility)?|(?:please )?enable javascript to (?:view|see|use|continue|access|ensure)|you (?:must|need to|will need to|'ll need to) (?:have javascript enabled|enable javascript|turn on javascript)|please download a browser that supports javascript|(?:this|the) (?:site|website|page|slideshow|form|app|content) (?:requires|needs) javascript|(?:please note that )?javascript is (?:disabled|turned off|not enabled) in your (?:web )?browser|take full advantage of our site features by enabling javascript|(?:loading )?comments rel(?:y|ies) on javascript)(?:\s+to\s[^,;\n]{0,80}|[^\n]{0,160}(?:javascript|browser|noscript|read-only|scripts|refresh|reload)[^\n]{0,80})?[.!]?$",
        &[
            "your browser",
            "please enable",
            "enable javascript",
            "you must",
            "you need to",
            "you will need",
            "you'll need",
            "please download",
            "please ensure",
            "please make sure",
            "this site",
            "this website",
            "this page",
            "this slideshow",
            "this form",
            "this app",
            "this content",
            "the site",
            "the website",
            "the page",
            "the slideshow",
            "the form",
            "the app",
            "the content",
            "javascript",
            "please note",
            "take full",
            "loading comments",
            "comments rel",
            "note",
            "notice",
            "sorry",
            "we're sorry",
        ],
        None,
    ),
    // Shop links of review and affiliate pages.
    (
        r"(?i)^(?:see|check|view|compare) (?:the )?(?:latest |current |lowest |best )?prices? (?:at|on) [^.!?]{1,30}$",
        &["see", "check", "view", "compare"],
        None,
    ),
    (
        r"(?i)^add (?:us |[\w'’&.-]+(?: [\w'’&.-]+){0,3} )?as a (?:preferred|trusted) source on google(?: to see more of our trusted coverage when you search)?\W*(?:add)?$",
        &["add"],
        None,
    ),
    // Medium's prompt under a story.
    (
        r"(?i)^join medium for free to get updates from this writer\.?$",
        &["join medium"],
        None,
    ),
    (
        r"(?i)^sent from my [^,.;!?]{1,40} using [^,.;!?]{1,40}$",
        &["sent from my"],
        None,
    ),
    (
        r"(?i)^(?:you are here|breadcrumbs?)\s*:",
        &["you are", "breadcrumb"],
        None,
    ),
];

/// Lines of a sign-up or contact form and of newsletter pitches that are not a bare button:
/// consent sentences, privacy-policy links, "Join our mailing list", "No spam." Searched
/// anywhere in a line of at most [`SIGNUP_LINE_MAX_WORDS`] words.
pub(super) const SIGNUP_LINE_PATTERN: &str = r"(?ix)
          ^(?:please\ )?(?:read|view|see|review)\ (?:about\ )?our\ privacy\ (?:policy|notice|statement)\W*$
        | ^by\ (?:signing\ up|subscribing|clicking|submitting|registering|creating\ an\ account|entering\ your)\b[^.]{0,120}\b(?:agree|accept|consent|acknowledge)
        | \bi\ (?:agree|consent)\ to\ (?:receive|be\ contacted|the\ (?:privacy|terms))
        | \b(?:sign\ up|subscribe|register)\ (?:for|to)\ (?:our|the)\ [^.]{0,40}\b(?:newsletters?|e-?mails?|mailing\ list)\b
        | ^join\ (?:our|the)\ (?:\w+\ )?(?:mailing\ list|newsletter|email\ list|community)\b
        | ^no\ spam\b | \bunsubscribe\ at\ any\ time\b
        | ^(?:talk|speak)\ to\ (?:our|an?)\ (?:experts?|specialists?|advisors?|team)\W*$
        | ^by\ (?:posting|providing|using|continuing|clicking|submitting)\b[^.]{0,160}\b(?:you|i)\ (?:are\ |am\ )?(?:agree|accept|consent|acknowledge)
        | \bi\ agree\ that\ [^.]{0,80}\bmay\ contact\ me\b
        | \b(?:processed|handled|used)\ (?:according\ to|in\ accordance\ with)\ [^.]{0,60}\bprivacy\ (?:policy|notice|statement)
        | ^notify\ me\ of\ (?:follow-?up\ comments|new\ (?:posts|comments|replies))\b
        | ^leave\ a\ (?:reply|comment)\ cancel\ reply\W*$
        | ^sign\ up\ or\ log\ in\ to\b
        | ^already\ have\ an\ account\W+(?:log|sign)\ ?in(?:\ here)?\W*$
        | \b(?:get|receive)\b[^.]{0,60}\bin\ your\ inbox\b
        | \bcheck\ your\ inbox\b
        | ^(?:great!?\ )?thanks?(?:\ you)?\ for\ subscribing\b
        | ^(?:great!?\ )?thanks?(?:\ you)?\ for\ signing\ up\W{0,3}[^.]{0,120}\b(?:inbox|newsletter|e-?mail)\b
        ";

/// [`SIGNUP_LINE_PATTERN`] for the lines' ASCII stand-ins (see [`crate::text::ascii_regex`]).
pub(super) static SIGNUP_LINE_RE: Lazy<regex::bytes::Regex> =
    Lazy::new(|| crate::text::ascii_regex(SIGNUP_LINE_PATTERN));

/// A menu item read out with its toggle button: "Skincare Open submenu", "Show submenu for
/// About", "News Expand/collapse submenu for News". Screen-reader labels of a menu's buttons,
/// flattened into the dump beside the item. (A heading such as "Adding a Submenu" has no verb of
/// a toggle and stays.)
pub(super) static SUBMENU_LABEL_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:open|close|toggle|show|hide|expand|collapse|expand/collapse)(?: the)? sub-?menu\b",
    )
    .expect("submenu label pattern")
});

/// A submenu label has at most this many words: a menu item is a few words and its toggle.
pub(super) const SUBMENU_LABEL_MAX_WORDS: usize = 12;

/// A line that names a submenu's toggle ([`SUBMENU_LABEL_RE`]): never a sentence, and short.
pub(super) fn is_submenu_label(t: &str) -> bool {
    t.len() <= 120
        && !ends_sentence(t)
        && has_pair_ascii_ci(t, *b"nu")
        && crate::text::contains_ascii_ci(t, "menu")
        && crate::text::word_count(t) <= SUBMENU_LABEL_MAX_WORDS
        && SUBMENU_LABEL_RE.is_match(t)
}

/// A Q&A site's user card, flattened to one line: reputation, badge counts, and when the post
/// was asked, answered or edited ("55.4k 24 24 gold badges 197 197 silver badges 315 315 bronze
/// badges asked Feb 11, 2011 at 23:49").
pub(super) static USER_CARD_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:[\d.,]+k?\s+)?(?:\d+\s+\d+\s+(?:gold|silver|bronze) badges?\s*)+(?:(?:asked|answered|edited)\s+\w{3}\s+\d{1,2},?\s+(?:\d{4}\s+)?at\s+\d{1,2}:\d{2})?$",
    )
    .expect("user card pattern")
});

/// [`USER_CARD_RE`], ruled out first by its first character (a figure, `.` or `,`; any
/// character that is not ASCII may be a figure of another script) and by the word all its
/// matches have.
pub(crate) fn is_user_card(t: &str) -> bool {
    t.len() <= 160
        && t.as_bytes()
            .first()
            .is_some_and(|&b| b.is_ascii_digit() || matches!(b, b'.' | b',') || b >= 0x80)
        && crate::text::contains_ascii_ci(t, "badge")
        && USER_CARD_RE.is_match(t)
}

/// A forum post's likes, read out with who liked it ("MargoFarrel likes this.", "WiSK, JapesUK
/// and 3 others like this.", "1 person likes this."), and a member's seniority under the name
/// ("10+ Year Member"). Names or a count before the verb, never a sentence: "The mockup looks like
/// this:" stays.
pub(super) static POST_REACTION_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:(?:[\w.-]+(?:, [\w.-]+)*(?: and (?:\d+ others?|[\w.-]+))?|\d+ (?:person|people|users?|members?)) (?:likes?|liked) this\.?|\d+\+? years? member)$",
    )
    .expect("post reaction pattern")
});

/// [`POST_REACTION_RE`], ruled out first by the words all its matches end with.
pub(super) fn is_post_reaction(t: &str) -> bool {
    let b = t.trim_end_matches('.').as_bytes();
    t.len() <= 160
        && [&b"like this"[..], b"likes this", b"liked this", b"member"]
            .iter()
            .any(|end| b.len() >= end.len() && b[b.len() - end.len()..].eq_ignore_ascii_case(end))
        && !t
            .split([' ', ','])
            .next()
            .is_some_and(|w| REACTION_NOT_NAMES.iter().any(|n| w.eq_ignore_ascii_case(n)))
        && POST_REACTION_RE.is_match(t)
}

/// Words that open a reader's own sentence, not a list of names: "I like this.", "Everyone
/// likes this.", "Nobody likes this.".
pub(super) const REACTION_NOT_NAMES: &[&str] = &[
    "i",
    "we",
    "you",
    "they",
    "he",
    "she",
    "it",
    "who",
    "that",
    "this",
    "which",
    "what",
    "nobody",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "nothing",
    "everything",
    "one",
    "people",
    "kids",
    "most",
    "many",
    "all",
    "some",
];

/// A sign-up line is at most this many words: in a longer paragraph the words are prose.
pub(super) const SIGNUP_LINE_MAX_WORDS: usize = 40;

/// Words every match of [`SIGNUP_LINE_RE`] holds.
pub(super) const SIGNUP_CLUES: &[&str] = &[
    "privacy",
    "agree",
    "accept",
    "consent",
    "acknowledge",
    "newsletter",
    "email",
    "e-mail",
    "mailing list",
    "community",
    "no spam",
    // (Every "unsubscribe" holds it too.)
    "subscri",
    "talk to",
    "speak to",
    "notify me",
    "cancel reply",
    "sign up or log in",
    "have an account",
    "inbox",
];

/// Words every disclosure of `dom.disclosure` holds.
pub(super) const DISCLOSURE_CLUES: &[&str] = &[
    "commission",
    // The other languages of the stopword lists (see `dom::DISCLOSURE_RE`).
    "provision",
    "-links",
    "werbelink",
    "liens",
    "comisi",
    "comiss",
    "commissie",
    "afiliad",
    "affiliazione",
    "compensation",
    "share of sales",
    "qualifying",
    "amazon associate",
    "affiliate",
    "purchases made",
    "through our links",
    "through the links",
    "through links",
    "independently",
    "-supported",
    "supported by",
];

/// Which of the sign-up and disclosure patterns a line may match, from one scan for their
/// words: finding none is much cheaper than the patterns.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Clues {
    pub(super) signup: bool,
    pub(super) disclosure: bool,
}

/// Lines longer than this are not looked at for sign-up lines and disclosures (both are short;
/// most of the bytes of a page are in longer lines of prose).
pub(super) const CLUES_MAX_BYTES: usize = 300;

/// The words of [`SIGNUP_CLUES`] and [`DISCLOSURE_CLUES`], found in one scan: the automaton
/// itself, run by [`clues`]' own loop (the generic search loop costs about three times the
/// instructions a byte).
pub(super) static CLUES: Lazy<aho_corasick::dfa::DFA> = Lazy::new(|| {
    aho_corasick::dfa::DFA::builder()
        .ascii_case_insensitive(true)
        .build(SIGNUP_CLUES.iter().chain(DISCLOSURE_CLUES))
        .expect("sign-up and disclosure clues")
});

/// Which clues the line holds, as the leftmost-first, non-overlapping matches of the standard
/// search report them: at each match the scan starts again after it. (A sign-up clue is never
/// part of a disclosure clue nor the reverse, so which one a match state reports first does not
/// matter.)
pub(super) fn clues(t: &str) -> Clues {
    use aho_corasick::automaton::Automaton;
    let mut c = Clues::default();
    if t.len() > CLUES_MAX_BYTES {
        return c;
    }
    let dfa = &*CLUES;
    let Ok(start) = dfa.start_state(aho_corasick::Anchored::No) else {
        return c;
    };
    let mut sid = start;
    for &b in t.as_bytes() {
        sid = dfa.next_state(aho_corasick::Anchored::No, sid, b);
        if dfa.is_special(sid) && dfa.is_match(sid) {
            if dfa.match_pattern(sid, 0).as_usize() < SIGNUP_CLUES.len() {
                c.signup = true;
            } else {
                c.disclosure = true;
            }
            if c.signup && c.disclosure {
                break;
            }
            sid = start;
        }
    }
    c
}

/// The words of [`CLUES`] for a case-sensitive search of lower-cased text: without case
/// folding the search runs its vector prefilter, many bytes a step.
pub(super) static CLUE_WORDS: Lazy<Option<aho_corasick::packed::Searcher>> =
    Lazy::new(|| aho_corasick::packed::Searcher::new(SIGNUP_CLUES.iter().chain(DISCLOSURE_CLUES)));

/// Which of `texts` may hold a clue, i.e. have [`clues`] find one: one search over all of them
/// (those [`clues`] reads, lower-cased and joined by newlines, which no clue holds), so that the
/// automaton's scan of a byte at a time runs only on the few lines with a clue. ASCII lower-casing
/// is exactly the automaton's case folding, and a clue is ASCII.
#[cfg(test)]
pub(super) fn may_hold_clues<'t>(texts: impl Iterator<Item = Option<&'t str>>) -> Vec<bool> {
    JoinedLines::new(texts).holding(&CLUE_WORDS)
}

/// The texts of a page's short lines, lower-cased (ASCII) and joined by newlines, for vector
/// searches of words over all of them at once ([`JoinedLines::holding`]).
pub(super) struct JoinedLines {
    joined: Vec<u8>,
    /// Where each text searched starts in `joined`, and its index.
    starts: Vec<(usize, usize)>,
    /// How many texts there were, searched or not.
    n: usize,
}

impl JoinedLines {
    /// The texts of at most [`CLUES_MAX_BYTES`] bytes (`None` and longer ones are not searched).
    pub(super) fn new<'t>(texts: impl Iterator<Item = Option<&'t str>>) -> JoinedLines {
        let mut joined = Vec::with_capacity(1 << 14);
        // One entry for each text at most (a block's), allocated once.
        let mut starts = Vec::with_capacity(texts.size_hint().0);
        let mut n = 0;
        for (i, t) in texts.enumerate() {
            n = i + 1;
            let Some(t) = t.filter(|t| t.len() <= CLUES_MAX_BYTES) else {
                continue;
            };
            starts.push((joined.len(), i));
            joined.extend_from_slice(t.as_bytes());
            joined.push(b'\n');
        }
        // (Lower-cased all at once: the loop over a slice is vector code.)
        joined.make_ascii_lowercase();
        JoinedLines { joined, starts, n }
    }

    /// Which texts hold one of `words` (lower-case ASCII, no newline) in any ASCII case: a
    /// search from a text's start finds its first word there if it holds one (no word spans a
    /// newline). Once a text has one, the search goes on from the next text's start: the other
    /// words of the text (a row of footer links holds several) are not looked at. Without a
    /// vector search on this machine, every text may.
    pub(super) fn holding(&self, words: &Option<aho_corasick::packed::Searcher>) -> Vec<bool> {
        let Some(words) = words else {
            return vec![true; self.n];
        };
        let mut may = vec![false; self.n];
        let end = self.joined.len();
        // The text the last match was in, by its place in `starts` (matches come in order).
        let mut k = 0;
        let mut at = 0;
        while let Some(m) = words.find_in(&self.joined, aho_corasick::Span::from(at..end)) {
            k += self.starts[k..].partition_point(|&(s, _)| s <= m.start());
            let Some(&(_, i)) = k.checked_sub(1).and_then(|k| self.starts.get(k)) else {
                break;
            };
            may[i] = true;
            at = self.starts.get(k).map_or(end, |&(s, _)| s);
            if at >= end {
                break;
            }
        }
        may
    }
}

/// A call to action standing alone (the HTML front end's vocabulary, `dom.call-to-action`) or a
/// line of a sign-up form or newsletter pitch ([`SIGNUP_LINE_RE`]).
pub(super) fn is_signup_line(t: &str, class: Class, clues: Clues) -> bool {
    // A call to action is a few words: never a line of prose.
    (class != Class::Good
        && t.len() <= 60
        && starts_call_to_action(t)
        && crate::rules::dom::is_call_to_action(t))
        || (clues.signup
            && crate::text::word_count(t) <= SIGNUP_LINE_MAX_WORDS
            && SIGNUP_LINE_RE.is_match(crate::text::ascii_stand_in(t).as_bytes()))
        || is_form_consent(t)
}

/// The consent statement under a form's button: "By submitting this form, you agree to receive
/// recurring automated marketing text messages...", "By checking this box, I authorize...". It
/// opens with what the reader does to the form and binds them (you or I, then a verb of
/// consent) in its first sentence; the legal text after it is often long, so the line may be
/// a paragraph. ("By clicking the button several times, you'll see the promises resolve" binds
/// nobody and stays.)
pub(super) const FORM_CONSENT_PATTERN: &str = r"(?i)^by (?:checking|ticking|submitting|clicking|tapping|pressing|providing|entering|signing|registering|subscribing|creating|completing|continuing|opting)\b[^.!?]{0,160}?\b(?:you|i)(?: hereby| expressly)?(?: are| am)? (?:agree|accept|consent|authori[sz]e|acknowledge|confirm)";

/// [`FORM_CONSENT_PATTERN`] for the lines' ASCII stand-ins (see [`crate::text::ascii_regex`]).
pub(super) static FORM_CONSENT_RE: Lazy<regex::bytes::Regex> =
    Lazy::new(|| crate::text::ascii_regex(FORM_CONSENT_PATTERN));

/// A form's consent statement is at most this many words (its legal text included).
pub(super) const FORM_CONSENT_MAX_WORDS: usize = 150;

/// [`FORM_CONSENT_RE`], behind the test of its first word.
pub(super) fn is_form_consent(t: &str) -> bool {
    t.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("by "))
        && crate::text::word_count(t) <= FORM_CONSENT_MAX_WORDS
        && FORM_CONSENT_RE.is_match(crate::text::ascii_stand_in(t).as_bytes())
}

/// A required form field's label has at most this many words.
pub(super) const FORM_FIELD_MAX_WORDS: usize = 8;

/// The label of a required form field: a few words without figures and one asterisk, at the end
/// after a letter or `?`, `:` or `)` ("Email *", "Zip code*"). A footnote mark follows a figure
/// ("From $99*") and code has more than one asterisk, so both stay.
pub(super) fn is_form_field(t: &str) -> bool {
    let Some(label) = t.strip_suffix('*') else {
        return false;
    };
    let label = label.trim_end();
    label.len() <= 80
        && !label.contains('*')
        && !crate::text::has_ascii_digit(label.as_bytes())
        && label
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphabetic() || matches!(c, '?' | ':' | ')'))
        && crate::text::word_count(label) <= FORM_FIELD_MAX_WORDS
}

/// The verbs a button's label opens with, lower case: what a reader does to a page (shop, read,
/// share), not what a how-to tells them to do to a thing ("Install the tools", "Save the file",
/// "Start the server", "Call the API" head sections of docs, and "Save 30%" is a price).
pub(super) const BUTTON_VERBS: &[&str] = &[
    "add",
    "apply",
    "become",
    "browse",
    "buy",
    "check",
    "contact",
    "discover",
    "donate",
    "download",
    "explore",
    "find",
    "follow",
    "get",
    "join",
    "learn",
    "listen",
    "open",
    "order",
    "read",
    "register",
    "request",
    "schedule",
    "see",
    "share",
    "shop",
    "sign",
    "subscribe",
    "talk",
    "try",
    "upgrade",
    "view",
    "visit",
    "watch",
];

/// A button's label has at most this many words.
pub(super) const BUTTON_LABEL_MAX_WORDS: usize = 6;

/// Bit `n` of entry `b & 31`: a verb of [`BUTTON_VERBS`] has `n` letters and first letter `b` (in
/// either case: the low five bits are a letter's). Rules out most first words before they are
/// compared with every verb.
pub(super) const BUTTON_VERB_SHAPES: [u64; 32] = {
    let mut t = [0u64; 32];
    let mut i = 0;
    while i < BUTTON_VERBS.len() {
        let v = BUTTON_VERBS[i].as_bytes();
        t[(v[0] & 31) as usize] |= 1 << v.len();
        i += 1;
    }
    t
};

/// A button's label standing alone: a few words that open with one of [`BUTTON_VERBS`] (after a
/// bullet, an arrow or an emoji) and do not end as a sentence, a question or a list's
/// introduction. A verb glued to `:`, `(`, `/`, `=`, `_`, `.` or `-` is code or a compound
/// ("try:", "open(", "Sign-Up"), which this test leaves to others.
pub(crate) fn is_button_label(t: &str) -> bool {
    if t.len() > 80 || t.ends_with(['.', ':', '?', ';', ',']) {
        return false;
    }
    // At most three marks before the verb: "👉 Try it", "» View all".
    let mut rest = t;
    for _ in 0..3 {
        match rest.chars().next() {
            Some(c) if !crate::text::is_alphanumeric(c) && !c.is_whitespace() => {
                rest = rest[c.len_utf8()..].trim_start()
            }
            _ => break,
        }
    }
    let verb_len = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let (verb, after) = rest.split_at(verb_len);
    if after.chars().next().is_some_and(|c| {
        crate::text::is_alphanumeric(c)
            || matches!(c, ':' | '(' | '/' | '=' | '_' | '.' | '-' | '\'' | '’')
    }) {
        return false;
    }
    let shaped = verb.as_bytes().first().is_some_and(|&b| {
        verb.len() < 64 && BUTTON_VERB_SHAPES[(b & 31) as usize] >> verb.len() & 1 == 1
    });
    shaped
        && BUTTON_VERBS
            .iter()
            .any(|v| v.as_bytes().eq_ignore_ascii_case(verb.as_bytes()))
        && crate::text::word_count(t) <= BUTTON_LABEL_MAX_WORDS
        && (SOCIAL_VERBS
            .iter()
            .any(|v| v.as_bytes().eq_ignore_ascii_case(verb.as_bytes()))
            || !names_an_address(after))
}

/// Verbs of a call to join or follow, whose address is the social network's page ("Join the
/// Facebook group– `https://www.facebook.com/…`"): a label with its link, address or not.
const SOCIAL_VERBS: &[&str] = &["follow", "join", "like", "share", "subscribe"];

/// A word of `t` that is an address or a request, which a button's label rarely shows and an
/// instruction does: a URL (`http://tldp.org/HOWTO/…`), a path or query ("/reports?from=2025"),
/// a host and port ("127.0.0.1:8080").
fn names_an_address(t: &str) -> bool {
    t.split_whitespace().any(|w| {
        w.contains("://")
            || w.starts_with("www.")
            || (w.starts_with('/') && w.len() > 1)
            || (w
                .as_bytes()
                .get(1..)
                .is_some_and(|r| r.iter().any(|&b| b == b'=' || b == b'?'))
                && !w.ends_with('?'))
            // (An IPv4 host: a figure first, three dots.)
            || (w.bytes().next().is_some_and(|b| b.is_ascii_digit())
                && w.bytes().filter(|&b| b == b'.').count() >= 3)
    })
}

/// The first words of every call to action of `dom.call-to-action`, lower case: a look-up that
/// spares most short lines the pattern.
pub(super) const CALL_TO_ACTION_FIRST_WORDS: &[&str] = &[
    "contact",
    "get",
    "request",
    "book",
    "schedule",
    "claim",
    "talk",
    "let's",
    "lets",
    "start",
    "try",
    "apply",
    "sign",
    "signup",
    "signin",
    "register",
    "enroll",
    "join",
    "log",
    "login",
    "logup",
    "subscribe",
    "add",
    "buy",
    "notify",
    "in",
    "out",
    "sold",
    "quantity",
    "qty",
    "find",
    "take",
    "ready",
    "shop",
    "learn",
    "see",
];

/// Whether the first word of `t` (after bullets) may start a call to action.
pub(super) fn starts_call_to_action(t: &str) -> bool {
    let rest = t.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '•' | '*' | '>' | '»')
    });
    let word_len = rest
        .bytes()
        .position(|b| !(b.is_ascii_alphabetic() || b == b'\''))
        .unwrap_or(rest.len());
    let word = &rest.as_bytes()[..word_len];
    // Bit `n` of the entry of a letter: a word of that first letter and `n` bytes is listed.
    static LENGTHS: Lazy<[u32; 32]> = Lazy::new(|| {
        let mut t = [0u32; 32];
        for w in CALL_TO_ACTION_FIRST_WORDS {
            t[(w.as_bytes()[0] & 31) as usize] |= 1 << w.len().min(31);
        }
        t
    });
    match word.first() {
        Some(&c) if word.len() < 31 && LENGTHS[(c & 31) as usize] >> word.len() & 1 == 1 => {
            CALL_TO_ACTION_FIRST_WORDS
                .iter()
                .any(|w| w.as_bytes().eq_ignore_ascii_case(word))
        }
        _ => false,
    }
}

/// An affiliate or sponsorship disclosure (the HTML front end's test, `dom.disclosure`), when
/// the line holds one of its words.
pub(super) fn is_disclosure_line(t: &str, clues: Clues) -> bool {
    clues.disclosure && crate::rules::dom::is_disclosure(t)
}

/// A line's own test of [`CHROME_LINE_PATTERNS`], its pattern compiled when a line first needs
/// it: a document reaches few of the table's patterns past their prefixes, and compiling all of
/// them took a third of a one-file run's time.
pub(super) struct ChromeLine {
    also: Option<fn(&str) -> bool>,
    pattern: &'static str,
    re: once_cell::sync::OnceCell<Regex>,
    /// The pattern's whole test by hand, when it has one (the pattern then only in the tests).
    by_hand: Option<fn(&str) -> bool>,
}

impl ChromeLine {
    /// The pattern, compiled on first use.
    pub(super) fn regex(&self) -> &Regex {
        self.re
            .get_or_init(|| Regex::new(self.pattern).expect("chrome line pattern"))
    }

    /// Does `t` match the pattern (by hand where it has a test by hand)?
    fn is_match(&self, t: &str) -> bool {
        match self.by_hand {
            Some(by_hand) => by_hand(t),
            None => self.regex().is_match(t),
        }
    }
}

pub(super) static CHROME_LINES: Lazy<Vec<ChromeLine>> = Lazy::new(|| {
    CHROME_LINE_PATTERNS
        .iter()
        .map(|(re, _, also)| ChromeLine {
            also: *also,
            pattern: re,
            re: once_cell::sync::OnceCell::new(),
            by_hand: (*re == CALL_TO_ACTION_LINE)
                .then_some(is_call_to_action_line as fn(&str) -> bool),
        })
        .collect()
});

/// Compiles every pattern of [`CHROME_LINES`] now (see [`crate::Cleaner::prepare`]).
pub(super) fn prepare_chrome_lines() {
    for c in CHROME_LINES.iter().filter(|c| c.by_hand.is_none()) {
        c.regex();
    }
}

/// A call to action standing alone: "Get started for free", "Book a demo now". The counted
/// run between its first and last words, with a word boundary at each end, made the lazy DFA
/// build a state for each set of places a last word may start, and give up and hand over to a
/// slower engine on a line with a character that is not ASCII: [`is_call_to_action_line`] is
/// this pattern by hand.
pub(super) const CALL_TO_ACTION_LINE: &str = r"(?i)^(?:sign up|join|register|subscribe|start|try|get|book|request|schedule|claim|download|create (?:an|your|a free) account)\b[^.?]{0,50}\b(?:free|now|today|demo|trial|consultation|newsletter|account|quote|started|access|session)\W*$";

/// The first words of [`CALL_TO_ACTION_LINE`]: its prefixes in the chrome-line table, and where
/// [`is_call_to_action_line`] starts.
pub(super) const CALL_TO_ACTION_LINE_FIRST: [&str; 15] = [
    "sign up",
    "join",
    "register",
    "subscribe",
    "start",
    "try",
    "get",
    "book",
    "request",
    "schedule",
    "claim",
    "download",
    "create an account",
    "create your account",
    "create a free account",
];

/// Does `t` match [`CALL_TO_ACTION_LINE`]? No first word of it is the start of another, and no
/// last word the end of another, so each is found at most one way: the first at the line's
/// start, the last just before the non-word characters that end the line. Between them, the
/// run of at most 50 characters without `.` or `?` must start and end with a non-word character
/// (the word boundaries after and before a word).
pub(super) fn is_call_to_action_line(t: &str) -> bool {
    let is_word = |c: char| regex_syntax::try_is_word_character(c).unwrap_or(false);
    // Case-insensitively, a letter of the pattern is also matched by the Kelvin sign (k) or the
    // long s (s); no other character that is not ASCII folds to an ASCII letter.
    let same = |c: char, p: char| {
        c.to_ascii_lowercase() == p || (p == 'k' && c == '\u{212A}') || (p == 's' && c == '\u{17F}')
    };
    let strip_prefix = |t: &'_ str, w: &str| -> Option<usize> {
        let mut it = t.char_indices();
        for p in w.chars() {
            match it.next() {
                Some((_, c)) if same(c, p) => {}
                _ => return None,
            }
        }
        Some(it.next().map_or(t.len(), |(i, _)| i))
    };
    let strip_suffix = |t: &'_ str, w: &str| -> Option<usize> {
        let mut it = t.char_indices().rev();
        let mut at = t.len();
        for p in w.chars().rev() {
            match it.next() {
                Some((i, c)) if same(c, p) => at = i,
                _ => return None,
            }
        }
        Some(at)
    };
    let Some(a) = CALL_TO_ACTION_LINE_FIRST
        .iter()
        .find_map(|w| strip_prefix(t, w))
    else {
        return false;
    };
    let body = t.trim_end_matches(|c: char| !is_word(c));
    let Some(b) = CALL_TO_ACTION_ENDS
        .iter()
        .find_map(|w| strip_suffix(body, w))
    else {
        return false;
    };
    let Some(run) = t.get(a..b) else {
        return false;
    };
    !run.is_empty()
        && run.chars().next().is_some_and(|c| !is_word(c))
        && run.chars().next_back().is_some_and(|c| !is_word(c))
        && !run.contains(['.', '?'])
        && run.chars().count() <= 50
}

/// The words a call to action ends with ("Book a demo today", "Get started"), before closing
/// punctuation.
pub(super) const CALL_TO_ACTION_ENDS: [&str; 12] = [
    "free",
    "now",
    "today",
    "demo",
    "trial",
    "consultation",
    "newsletter",
    "account",
    "quote",
    "started",
    "access",
    "session",
];

/// A test every match of the member-title pattern passes: the line ends with "member" (ASCII
/// letters that no other character folds to).
pub(super) fn ends_with_member(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 6 && b[b.len() - 6..].eq_ignore_ascii_case(b"member")
}

/// A test every match of the call-to-action pattern passes: its last word (ASCII letters,
/// digits and `_`, the rest ASCII punctuation) is one of [`CALL_TO_ACTION_ENDS`] in any case.
/// Other characters at the end go on to the pattern.
pub(super) fn ends_with_call_to_action(t: &str) -> bool {
    let b = t.as_bytes();
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut end = b.len();
    while end > 0 && !is_word(b[end - 1]) {
        if !b[end - 1].is_ascii() {
            return true;
        }
        end -= 1;
    }
    let mut start = end;
    while start > 0 && is_word(b[start - 1]) {
        start -= 1;
    }
    if start > 0 && !b[start - 1].is_ascii() {
        return true;
    }
    let last = &b[start..end];
    CALL_TO_ACTION_ENDS
        .iter()
        .any(|w| w.as_bytes().eq_ignore_ascii_case(last))
}

/// All the prefixes of [`CHROME_LINE_PATTERNS`] but the counts, to rule out most lines at once.
pub(super) static CHROME_LINE_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    let all: Vec<&'static str> = CHROME_LINE_PATTERNS
        .iter()
        .flat_map(|(_, p, _)| p.iter().copied())
        .filter(|p| !p.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    Prefixes::new(&all, b"")
});

/// The prefixes of each of [`CHROME_LINE_PATTERNS`], to find the few patterns a line may match.
pub(super) static CHROME_LINE_SETS: Lazy<Prefixes> = Lazy::new(|| {
    let sets: Vec<&[&'static str]> = CHROME_LINE_PATTERNS.iter().map(|(_, p, _)| *p).collect();
    Prefixes::sets(&sets, b"")
});

/// The patterns of [`CHROME_LINE_PATTERNS`] that a line starting with `c`, a character that is
/// not ASCII, may match. Every pattern starts with a word of ASCII letters (in any case, and of
/// the other characters only the Kelvin sign and the long s fold to ASCII letters), with `\s`
/// (the member titles) or with `\d` (the cart line); its prefixes tell which: one of ASCII
/// whitespace stands for `\s`, one starting with an ASCII digit for `\d`.
pub(super) fn chrome_sets_for_first_char(c: char) -> u64 {
    // The patterns with a prefix starting with s, with k, with whitespace, with a digit.
    static SETS: Lazy<[u64; 4]> = Lazy::new(|| {
        let mut sets = [0u64; 4];
        for (k, (_, prefixes, _)) in CHROME_LINE_PATTERNS.iter().enumerate() {
            for p in prefixes.iter().filter_map(|p| p.as_bytes().first()) {
                let slot = match p {
                    b's' => 0,
                    b'k' => 1,
                    b'\t'..=b'\r' | b' ' => 2,
                    b'0'..=b'9' => 3,
                    _ => continue,
                };
                sets[slot] |= 1 << k;
            }
        }
        sets
    });
    match c {
        '\u{17F}' => SETS[0],
        '\u{212A}' => SETS[1],
        c if c.is_whitespace() => SETS[2],
        c if c.is_numeric() => SETS[3],
        _ => 0,
    }
}

/// A whole line of chrome that [`CHROME_LINE_PATTERNS`] names.
pub(super) fn is_chrome_line(t: &str) -> bool {
    let b = t.as_bytes();
    if b.first().is_some_and(u8::is_ascii_digit) {
        // A line that starts with a figure may only be a count before words ("3 items in your
        // cart", "12 Likes") or a timestamp ("2016-03-17 13:23").
        let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
        let may = match b.get(digits) {
            Some(b' ') => CHROME_LINE_PREFIXES.may_match(&t[digits + 1..]),
            Some(b'-') => digits == 4,
            Some(c) => !c.is_ascii(),
            None => false,
        };
        if !may {
            return false;
        }
    }
    // For a line that does not start with a digit, the sets are the whole test of the prefixes:
    // it may match one exactly when it may match one of the sets.
    let test = |c: &ChromeLine| c.also.is_none_or(|also| also(t)) && c.is_match(t);
    let mut bits = CHROME_LINE_SETS.candidates(t);
    if let Some(c) = t.chars().next().filter(|c| !c.is_ascii()) {
        bits &= chrome_sets_for_first_char(c);
    }
    while bits != 0 {
        let k = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        if CHROME_LINES.get(k).is_some_and(test) {
            return true;
        }
    }
    false
}

/// A blog's comment form and its post's footer as WordPress prints them, in the languages of the
/// stopword lists (`text.comment-form`): the spam filter's notice, the address notice, the
/// follow-up and remember-me boxes, the prompts of WordPress.com's form; the post's filing line
/// ("This entry was posted in News by admin. Bookmark the permalink.") and a closed comments
/// section's notice. Each is a whole line; an article that mentions Akismet or an address says
/// more.
const COMMENT_FORM_PATTERN: &str = r"(?i)^(?:(?:this site|diese (?:web)?seite|diese website|ce site|este sitio(?: web)?|este site|questo sito|deze (?:web)?site|situs ini) (?:uses|verwendet|nutzt|utilise|usa|utiliza|utilizza|gebruikt|menggunakan) (?:o )?akismet\b.*|(?:your email address|(?:deine|ihre) e-?mail-?adresse|votre adresse (?:e-?mail|de messagerie|courriel)|tu (?:dirección de )?correo(?: electrónico)?|o seu (?:endereço de )?e-?mail|il tuo indirizzo e-?mail|je e-?mailadres) (?:will not|wird nicht|ne sera pas|no será|não será|non sarà|wordt niet) (?:be )?(?:published|veröffentlicht|publiée?|publicad[oa]|publicado|pubblicato|gepubliceerd)\.?(?:\s.*)?|(?:notify me|benachrichtige mich|(?:prévenez|avertissez)-moi|avísame|notifique-me|avvisami|laat me per e-?mail weten)\b.*(?:e-?mail|courriel|correo).*|(?:meinen namen, meine e-?mail-adresse und meine website|enregistrer mon nom, mon (?:adresse )?e-?mail et mon site|guarda mi nombre, correo electrónico y web|salvar meus dados|salva il mio nome, e-?mail e sito web|mijn naam, e-?mail en website)\b.*|(?:enter your comment here|gib hier deinen kommentar ein|saisissez votre commentaire ici|introduce aquí tu comentario|digite seu comentário aqui|inserisci qui il tuo commento)\s*(?:\.\.\.|…)?|(?:fill in your details below or click an icon to log in|trage deine daten unten ein oder klicke ein icon um dich einzuloggen|entrez vos coordonnées ci-dessous ou cliquez sur une icône pour vous connecter)\s*:?|(?:you are commenting using your|du kommentierst mit deinem|sie kommentieren mit ihrem|vous commentez à l['’]aide de votre(?: compte)?) .+\.?\s*\(\s*(?:log out|abmelden|déconnexion).*\)|(?:this (?:entry|post) was posted|dieser (?:eintrag|beitrag) wurde|cette entrée a été publiée|esta entrada (?:fue publicada|se publicó|foi publicada)|questa voce è stata pubblicata|dit (?:bericht|item) (?:werd|is) geplaatst)\b.+(?:permalink|permanentlink|permalien|enlace permanente|link permanente).*|(?:comments are closed|(?:die )?kommentare (?:sind )?geschlossen|les commentaires sont fermés|(?:los )?comentarios (?:están )?cerrados|(?:os )?comentários (?:estão )?(?:encerrados|fechados)|(?:i )?commenti sono chiusi|reacties zijn gesloten|komentar ditutup)\.?|(?:pingback|trackback)(?:\s*:|\s+(?:von|from|de|di|van))\s+\S.*|(?:lines and paragraphs break automatically|web page addresses and e-?mail addresses turn into links automatically|zeilenumbrüche und absätze werden automatisch erzeugt|internet- und e-?mail-adressen werden automatisch umgewandelt|les lignes et les paragraphes vont à la ligne automatiquement|les adresses de pages web et de courriels sont transformées en liens automatiquement)\.?|(?:allowed html tags|erlaubte html-tags|zulässige html-tags|balises html autorisées)\s*:.*|(?:mit (?:der absendung|absendung|dem absenden|dem abschicken) (?:des|dieses) (?:formulars|kommentars)|mit (?:der anmeldung|der registrierung|dem klick auf)|en (?:soumettant|cliquant|validant|envoyant) ce formulaire|al (?:enviar|hacer clic)|ao (?:enviar|clicar)|inviando (?:questo|il) (?:modulo|commento)|door (?:dit formulier )?(?:te )?(?:verzenden|versturen))\b.+\b(?:willige ich|stimme ich|erkläre ich mich|erklären sie sich|willigen sie|vous acceptez|j['’]accepte|aceptas|acepta|acepto|concorda|aceita|aceito|accetti|acconsenti|ga je akkoord|stem je in)\b.*)$";

/// The words every match of [`COMMENT_FORM_PATTERN`] starts with.
pub(super) static COMMENT_FORM_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::new(
        &[
            "this site",
            "diese",
            "ce site",
            "este sitio",
            "este site",
            "questo sito",
            "deze",
            "situs ini",
            "your email",
            "deine",
            "ihre",
            "votre adresse",
            "tu ",
            "o seu",
            "il tuo",
            "je e",
            "notify me",
            "benachrichtige",
            "pr",
            "avertissez",
            "av",
            "notifique",
            "avvisami",
            "laat me",
            "meinen namen",
            "enregistrer",
            "guarda mi",
            "salvar meus",
            "salva il",
            "mijn naam",
            "enter your comment",
            "gib hier",
            "saisissez",
            "introduce aqu",
            "digite seu",
            "inserisci qui",
            "fill in your",
            "trage deine",
            "entrez vos",
            "you are commenting",
            "du kommentierst",
            "sie kommentieren",
            "vous commentez",
            "this entry",
            "this post",
            "dieser",
            "cette entr",
            "esta entrada",
            "questa voce",
            "dit bericht",
            "dit item",
            "comments are",
            "pingback",
            "trackback",
            "lines and paragraphs",
            "web page addresses",
            "zeilenumbr",
            "internet- und",
            "les lignes",
            "les adresses",
            "allowed html",
            "erlaubte html",
            "zul",
            "balises html",
            "mit der",
            "mit dem",
            "mit absendung",
            "en soumettant",
            "en cliquant",
            "en validant",
            "en envoyant",
            "al enviar",
            "al hacer",
            "ao enviar",
            "ao clicar",
            "inviando",
            "door ",
            "kommentare",
            "die kommentare",
            "les commentaires",
            "los comentarios",
            "comentarios",
            "os coment",
            "coment",
            "i commenti",
            "commenti",
            "reacties",
            "komentar",
        ],
        b"",
    )
});

pub(super) static COMMENT_FORM_RE: Lazy<Regex> =
    Lazy::new(|| Regex::new(COMMENT_FORM_PATTERN).expect("comment form pattern"));

/// A comment form's notice is at most this long.
pub(super) const COMMENT_FORM_MAX_BYTES: usize = 300;

/// A line of a blog's comment form or post footer ([`COMMENT_FORM_PATTERN`]).
pub(crate) fn is_comment_form_line(t: &str) -> bool {
    t.len() <= COMMENT_FORM_MAX_BYTES
        && COMMENT_FORM_PREFIXES.may_match(t)
        && COMMENT_FORM_RE.is_match(t)
}

/// Removes the kept lines of a blog's comment form and post footer ([`is_comment_form_line`]).
/// It runs last, as the button labels do: the comments header under such a form is where the
/// region's rules end the article, and the form's lines, judged with the others, keep that
/// header inside the region (taken out first, the region ended above it and a later block of
/// prose was taken for more of the article).
pub(crate) fn remove_comment_form_lines(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&COMMENT_FORM) {
        return;
    }
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if b.is_kept() && is_comment_form_line(crate::text::trim_ws(&b.plain)) {
            doc.remove(i, &COMMENT_FORM, None);
        }
    }
}

/// Removes the button labels ([`is_button_label`]) among the kept lines. It runs last, once the
/// region and the article's edges are settled: judged with the other lines, the labels' removal
/// moved the choice of region on pages whose buttons sat among their prose (measured over the
/// WCXB dumps: F1 +0.11 in all that way, +0.62 last), while in the clean body the labels are
/// already gone, so a second pass sees the same neighbours either way. A page's marked heading
/// stays: "Install the tools" heads a section of a how-to.
pub(crate) fn remove_button_labels(doc: &mut Doc, rs: &Ruleset) {
    if !rs.on(&BUTTON_LABEL) {
        return;
    }
    for i in 0..doc.blocks.len() {
        let b = &doc.blocks[i];
        if b.is_kept()
            && b.dom.as_ref().is_none_or(|d| d.heading.is_none())
            && is_button_label(crate::text::trim_ws(&b.plain))
        {
            doc.remove(i, &BUTTON_LABEL, None);
        }
    }
}

/// Words of a newsletter pitch: what it sends and where ("delivered to your inbox", "Get our
/// weekly newsletter", "Sign up for updates"), with no question after them (a question is the
/// reader's: "Can I cancel after I subscribe?").
pub(super) static SIGNUP_PITCH_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:newsletters?|inbox|subscribe|subscribers?|subscription|sign up|signup|mailing list|updates)\b[^?]*$",
    )
    .expect("sign-up pitch pattern")
});

/// A newsletter pitch has at most this many words.
pub(super) const SIGNUP_PITCH_MAX_WORDS: usize = 40;

/// How many lines away, before or after it, a pitch's form may be.
pub(super) const SIGNUP_PITCH_REACH: usize = 2;

/// Was the block removed as a line of a sign-up form: its prompt, consent line, field, button or
/// interface words?
pub(super) fn is_form_part(b: &crate::doc::Block<'_>) -> bool {
    use crate::rules::prompt;
    [
        &prompt::SUBSCRIBE,
        &prompt::COOKIE,
        &SIGNUP_LINE,
        &BUTTON_LABEL,
        &FORM_FIELD,
        &MENU_LINE,
    ]
    .iter()
    .any(|r| b.is_removed_by(r))
        || (b.is_kept() && is_button_label(crate::text::trim_ws(&b.plain)))
}

/// Does the line speak for its writer ("When I log in and sign up...") or tell of someone ("She
/// found the letter in her inbox")? A post, a comment or a story does; a form's pitch speaks for
/// the site (we, our) to the reader (you).
pub(super) fn speaks_for_oneself(t: &str) -> bool {
    t.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !crate::text::is_alphanumeric(c) && c != '\'' && c != '’');
        w == "I"
            || w.starts_with("I'")
            || w.starts_with("I’")
            || ["he", "she", "his", "her", "him"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
    })
}

/// The pitch of a sign-up form: a short line with the words of a newsletter
/// ([`SIGNUP_PITCH_RE`]) within two lines of the form's removed parts ("The latest from Acme,
/// sent straight to your inbox." above "Enter your email" and "Subscribe"). Newsletter words
/// alone cut prose about newsletters (measured: F1 +0.08, leak -12, with -5 over the WCXB dumps);
/// next to the form's parts they cut its pitch. Judged with the lines, before the region: a
/// button's label counts as a part of the form before its own rule removes it, so that the clean
/// body, cleaned again, ends the same way.
pub(crate) fn remove_signup_pitches(doc: &mut Doc, rs: &Ruleset) -> bool {
    if !rs.on(&SIGNUP_PITCH) || doc.is_html_page() {
        return false;
    }
    let lines = doc.blocks_where(|b| !crate::text::trim_ws(&b.plain).is_empty());
    // Which lines are parts of a form, found once: most pages have none, and most lines are
    // far from one.
    let parts: Vec<bool> = lines
        .iter()
        .map(|&i| is_form_part(&doc.blocks[i]))
        .collect();
    if !parts.contains(&true) {
        return false;
    }
    let mut cut = Vec::new();
    for (k, &i) in lines.iter().enumerate() {
        let lo = k.saturating_sub(SIGNUP_PITCH_REACH);
        let hi = (k + SIGNUP_PITCH_REACH + 1).min(lines.len());
        let near = (lo..hi).any(|j| j != k && parts[j]);
        let b = &doc.blocks[i];
        let t = crate::text::trim_ws(&b.plain);
        if near
            && b.is_kept()
            && crate::text::word_count(t) <= SIGNUP_PITCH_MAX_WORDS
            && !speaks_for_oneself(t)
            && SIGNUP_PITCH_RE.is_match(t)
        {
            cut.push(i);
        }
    }
    for &i in &cut {
        doc.remove(i, &SIGNUP_PITCH, None);
    }
    !cut.is_empty()
}

/// The labels of a page's widgets, read out as a line of text: the instructions of an
/// accessibility menu ("Press Enter for Keyboard Navigation"), the slide count of a carousel's
/// messages ("Apply Now message 2 of 3."), a chat invitation ("Questions? Chat with an
/// expert."), the cart's notices ("Added to your cart! Complete the set?", "QTY 1 Add to Part
/// List", "This product is no longer available."), a shop's return terms ("Returns & exchanges
/// accepted within 30 days"), the expanders and copy buttons of a documentation page ("Show
/// child attributes", "Copy" below a code block), the state of a widget that did not load or
/// ran out ("Loading paragraph...", "Promotion Has Expired"). A manual's "Press Enter to
/// confirm." is an instruction, and stays.
pub(super) static WIDGET_LABEL_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)^[\s\-•*>»+]*(?:
          press\s+(?:↵\s*)?enter\s+for\b[^.]*$
        | (?:free\ )?returns?\ (?:(?:&|and)\ exchanges\ )?accepted\ within\ \d{1,3}\ days\s*$
        | .{0,40}\bmessage\ \d{1,2}\ of\ \d{1,2}\.?\s*$
        | (?:questions\?\s+)?(?:live\ )?chat\ (?:with\ (?:an?\ )?(?:expert|specialist|agent)|now)\b.{0,40}$
        | added\ to\ (?:your\ )?(?:cart|bag|basket)\b
        | (?:qty|quantity)\s*:?\s*\d+\s+add\ to\b
        | (?:discontinued\s+)?this\ (?:product|item)\ is\ no\ longer\ available\.?\s*$
        | (?:show|hide)\ (?:all\ )?(?:child|nested)\ (?:attributes|properties|parameters|fields)\s*$
        | (?:copy(?:\ code|\ to\ clipboard)?|copied!?)\s*$
        | loading(?:\ [a-z]+){0,2}\s*(?:\.\.\.|…)\s*$
        | (?:this\ )?(?:promotion|offer|deal|coupon)\ has\ expired\.?\s*$
        )",
    )
    .expect("widget label pattern")
});

/// A widget's label is at most this long.
pub(super) const WIDGET_LABEL_MAX_BYTES: usize = 200;

/// The words every match of [`WIDGET_LABEL_RE`] starts with, after the bullets, but for the
/// carousel's messages, which hold "message" anywhere: most lines have neither and are ruled
/// out before the pattern. A new label needs its first words here.
pub(super) static WIDGET_LABEL_PREFIXES: Lazy<Prefixes> = Lazy::new(|| {
    Prefixes::new(
        &[
            "press",
            "free return",
            "return accepted",
            "returns accepted",
            "return & ",
            "returns & ",
            "return and ",
            "returns and ",
            "questions?",
            "live chat ",
            "chat with ",
            "chat now",
            "added to ",
            "qty",
            "quantity",
            "discontinued",
            "this product ",
            "this item ",
            "show all ",
            "show child ",
            "show nested ",
            "hide all ",
            "hide child ",
            "hide nested ",
            "copy",
            "copied",
            "loading",
            "this promotion ",
            "this offer ",
            "this deal ",
            "this coupon ",
            "promotion has ",
            "offer has ",
            "deal has ",
            "coupon has ",
        ],
        b" \t\n\x0B\x0C\r-*>+",
    )
});

/// True when `t` (trimmed) is a widget's label ([`WIDGET_LABEL_RE`]), or the "Δ" that a
/// WordPress form's hidden anti-spam field leaves on a line of its own.
pub(crate) fn is_widget_label(t: &str) -> bool {
    if t == "Δ" {
        return true;
    }
    // A line that opens with "Copyright" (a footer's, often with a sign that is not ASCII, on
    // which the pattern's automaton gives up) may only be a carousel's message.
    let copyright = t
        .as_bytes()
        .first_chunk::<9>()
        .is_some_and(|w| w.eq_ignore_ascii_case(b"copyright"));
    t.len() <= WIDGET_LABEL_MAX_BYTES
        && ((!copyright && WIDGET_LABEL_PREFIXES.may_match(t) && may_open_a_label(t))
            || may_name_a_message(t))
        && WIDGET_LABEL_RE.is_match(t)
}

/// Whether `t` may open with one of [`WIDGET_LABEL_RE`]'s labels but the carousel's message:
/// after the pattern's bullets, each of them starts with an ASCII letter, which of the other
/// characters only the long s matches (in any case). A line that opens with another
/// character that is not ASCII ("● You", an emoji) goes on to the pattern only as a message:
/// the pattern's Unicode `\b` makes its search of such a line slow.
pub(super) fn may_open_a_label(t: &str) -> bool {
    let bullet = |c: char| c.is_whitespace() || matches!(c, '-' | '•' | '*' | '>' | '»' | '+');
    t.trim_start_matches(bullet)
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii() || c == '\u{17F}')
}

/// Whether `t` may be a carousel's "message 2 of 3": it ends with a figure (of any script), then
/// perhaps a period and spaces, and holds the word "message" in any case (its letters in ASCII,
/// or a long s, which matches `s` case-insensitively, anywhere).
pub(super) fn may_name_a_message(t: &str) -> bool {
    let end = t.trim_end_matches(char::is_whitespace);
    let end = end.strip_suffix('.').unwrap_or(end);
    end.chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit() || !c.is_ascii())
        && (crate::text::contains_ascii_ci(t, "message")
            || (!t.is_ascii() && t.contains('\u{17F}')))
}
