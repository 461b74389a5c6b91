//! Dates as pages write them ("Dec. 9, 2025", "17 December 2025", "2025-09-04T12:50:36+00:00",
//! "13/11/2025 09:21", "12. März 2025") read as a day, `YYYY-MM-DD`.

use once_cell::sync::Lazy;
use regex::Regex;

/// The English weekdays' three-letter abbreviations, lower case ("mon" opens "Monday" too).
pub(crate) const WEEKDAY_ABBREVIATIONS: [&str; 7] =
    ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/// Month names and their usual abbreviations in the languages of the stopword lists, lower-case,
/// with their month. A name is matched whole, or by a prefix of 3 letters or more of a full name
/// (`Sept`, `Okt`, `déc`).
pub(crate) const MONTHS: &[(&str, u32)] = &[
    // English
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    // German
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("maerz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    // French
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    // Spanish
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    // Italian
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    // Dutch
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
    // Indonesian
    ("maret", 3),
    ("agustus", 8),
    ("desember", 12),
    // Russian: a date names its month in the genitive ("15 марта 2024"), a heading in the
    // nominative ("Март 2024").
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("январь", 1),
    ("февраль", 2),
    ("март", 3),
    ("апрель", 4),
    ("май", 5),
    ("июнь", 6),
    ("июль", 7),
    ("август", 8),
    ("сентябрь", 9),
    ("октябрь", 10),
    ("ноябрь", 11),
    ("декабрь", 12),
    // Arabic: the names of Egypt and the Gulf, and the Levant's of one word (its "Kanun" and
    // "Tishrin" months take two).
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("إبريل", 4),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("أغسطس", 8),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    // Hindi, in both spellings of the nasal.
    ("जनवरी", 1),
    ("फ़रवरी", 2),
    ("फरवरी", 2),
    ("मार्च", 3),
    ("अप्रैल", 4),
    ("मई", 5),
    ("जून", 6),
    ("जुलाई", 7),
    ("अगस्त", 8),
    ("सितंबर", 9),
    ("सितम्बर", 9),
    ("अक्टूबर", 10),
    ("अक्तूबर", 10),
    ("नवंबर", 11),
    ("नवम्बर", 11),
    ("दिसंबर", 12),
    ("दिसम्बर", 12),
    // Greek: a date names its month in the genitive ("28 Νοεμβρίου 2026"), a heading in the
    // nominative.
    ("ιανουαρίου", 1),
    ("φεβρουαρίου", 2),
    ("μαρτίου", 3),
    ("απριλίου", 4),
    ("μαΐου", 5),
    ("ιουνίου", 6),
    ("ιουλίου", 7),
    ("αυγούστου", 8),
    ("σεπτεμβρίου", 9),
    ("οκτωβρίου", 10),
    ("νοεμβρίου", 11),
    ("δεκεμβρίου", 12),
    ("ιανουάριος", 1),
    ("φεβρουάριος", 2),
    ("μάρτιος", 3),
    ("απρίλιος", 4),
    ("μάιος", 5),
    ("ιούνιος", 6),
    ("ιούλιος", 7),
    ("αύγουστος", 8),
    ("σεπτέμβριος", 9),
    ("οκτώβριος", 10),
    ("νοέμβριος", 11),
    ("δεκέμβριος", 12),
    // Hebrew, alone and with the "in" a date puts before it ("28 בנובמבר 2026").
    ("ינואר", 1),
    ("פברואר", 2),
    ("מרץ", 3),
    ("אפריל", 4),
    ("מאי", 5),
    ("יוני", 6),
    ("יולי", 7),
    ("אוגוסט", 8),
    ("ספטמבר", 9),
    ("אוקטובר", 10),
    ("נובמבר", 11),
    ("דצמבר", 12),
    ("בינואר", 1),
    ("בפברואר", 2),
    ("במרץ", 3),
    ("באפריל", 4),
    ("במאי", 5),
    ("ביוני", 6),
    ("ביולי", 7),
    ("באוגוסט", 8),
    ("בספטמבר", 9),
    ("באוקטובר", 10),
    ("בנובמבר", 11),
    ("בדצמבר", 12),
    // Turkish.
    ("ocak", 1),
    ("şubat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayıs", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("eylül", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("aralık", 12),
    // Polish, in the genitive of dates ("28 listopada 2026").
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
    // Thai.
    ("มกราคม", 1),
    ("กุมภาพันธ์", 2),
    ("มีนาคม", 3),
    ("เมษายน", 4),
    ("พฤษภาคม", 5),
    ("มิถุนายน", 6),
    ("กรกฎาคม", 7),
    ("สิงหาคม", 8),
    ("กันยายน", 9),
    ("ตุลาคม", 10),
    ("พฤศจิกายน", 11),
    ("ธันวาคม", 12),
];

/// The marks of year, month and day that Chinese and Japanese ("2026年11月28日") and Korean
/// ("2026년 11월 28일") write after each number of a date.
pub(crate) const CJK_DATE_MARKS: [(&str, &str, &str); 2] = [("年", "月", "日"), ("년", "월", "일")];

/// The month a word names, if any: a full name, or a prefix of three letters or more of one that
/// no other month's name shares (`Jun` is June, `Ma` nothing).
pub(crate) fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    // (A whole name may be shorter than a prefix: Hindi's May, "मई", the Levant's August, "آب".)
    if let Some(&(_, m)) = MONTHS.iter().find(|(name, _)| *name == w) {
        return Some(m);
    }
    if w.chars().count() < 3 {
        return None;
    }
    let mut found = None;
    for &(name, m) in MONTHS {
        if name.starts_with(&w) {
            match found {
                Some(f) if f != m => return None,
                _ => found = Some(m),
            }
        }
    }
    found
}

fn days_in(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// A day: year, month, day.
type Day = (i32, u32, u32);

/// The day, when it is one (a year this crate reads, a month, a day the month has).
fn valid_day(year: i32, month: u32, day: u32) -> Option<Day> {
    ((1900..=2199).contains(&year)
        && (1..=12).contains(&month)
        && day >= 1
        && day <= days_in(year, month))
    .then_some((year, month, day))
}

/// `YYYY-MM-DD`.
fn day_string((year, month, day): Day) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token<'a> {
    /// Digits, and whether a `:` follows (a time's hours) or precedes (its minutes).
    Number {
        value: u32,
        digits: usize,
        in_time: bool,
    },
    Word(&'a str),
    /// A separator between numbers: `/`, `.` or `-`.
    Sep(char),
}

/// A letter of a word, or a mark that joins its letters: Devanagari's virama and nukta are not
/// letters ("मार्च", "फ़रवरी"), nor are Thai's tone marks ("กุมภาพันธ์") or the accents of
/// decomposed Latin.
fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
        || ('\u{0300}'..='\u{036F}').contains(&c)
        || ('\u{0900}'..='\u{0DFF}').contains(&c)
        || ('\u{0E00}'..='\u{0E7F}').contains(&c)
}

fn tokens(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        if c.is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let digits = i - start;
            let in_time = b.get(i) == Some(&b':') || (start > 0 && b[start - 1] == b':');
            let value = s[start..i].parse().unwrap_or(u32::MAX);
            out.push(Token::Number {
                value,
                digits,
                in_time,
            });
        } else if is_word_char(c) {
            let start = i;
            while let Some(ch) = s[i..].chars().next().filter(|&ch| is_word_char(ch)) {
                i += ch.len_utf8();
            }
            out.push(Token::Word(&s[start..i]));
        } else {
            if matches!(c, '/' | '.' | '-') {
                out.push(Token::Sep(c));
            }
            i += c.len_utf8();
        }
    }
    out
}

/// The day a date names, as `YYYY-MM-DD`; None when the text does not name one day (a month and
/// year alone, a two-digit year, an impossible day). Numeric dates whose order is not settled by
/// a number above 12 are read month first with slashes on an English page (or one of unknown
/// language) and day first otherwise; with dots or dashes, day first.
pub fn normalize_date(raw: &str, language: Option<&str>) -> Option<String> {
    day_of(&tokens(raw.trim()), language).map(day_string)
}

/// [`normalize_date`] on the date's tokens.
fn day_of(toks: &[Token<'_>], language: Option<&str>) -> Option<Day> {
    let num = date_number;
    // Year first: 2025-09-04, 2025/9/4, 2025.09.04 (what follows, a time, is left).
    if let [a, Token::Sep(s1), b, Token::Sep(s2), c, ..] = toks {
        if let (Some((y, 4)), Some((m, _)), Some((d, 1..=2))) = (num(a), num(b), num(c)) {
            if s1 == s2 {
                return valid_day(y as i32, m, d);
            }
        }
    }
    // Year, month and day each with its mark: 2026年11月28日, 2026년 11월 28일.
    if let [a, Token::Word(y), b, Token::Word(m), c, Token::Word(d), ..] = toks {
        if let (Some((year, 4)), Some((month, 1..=2)), Some((day, 1..=2))) =
            (num(a), num(b), num(c))
        {
            if CJK_DATE_MARKS.contains(&(y, m, d)) {
                return valid_day(year as i32, month, day);
            }
        }
    }
    // A month's name, the year (four digits) and a day beside the name.
    if let Some(at) = toks
        .iter()
        .position(|t| matches!(t, Token::Word(w) if month_of(w).is_some()))
    {
        let Token::Word(w) = toks[at] else {
            return None;
        };
        let month = month_of(w)?;
        let year = toks
            .iter()
            .filter_map(&num)
            .find(|&(_, digits)| digits == 4)
            .map(|(y, _)| y as i32)?;
        // A Thai date counts its years from the Buddha's death, 543 years before the common
        // era's first ("28 พฤศจิกายน 2569" is 2026): no common-era date of a page is so late.
        let year = if (2400..2800).contains(&year) {
            year - 543
        } else {
            year
        };
        // The day: the nearest one- or two-digit number before or after the month's name
        // ("17 December", "December 17th", "17. März", "17 de marzo").
        let near = |range: &mut dyn Iterator<Item = usize>| {
            range
                .take(3)
                .filter_map(|k| toks.get(k).and_then(num))
                .find(|&(_, digits)| digits <= 2)
                .map(|(d, _)| d)
        };
        let before = near(&mut (0..at).rev());
        let after = near(&mut (at + 1..toks.len()));
        let day = match (before, after) {
            // "Dec 12, 2025" and "12 Dec 2025" both common: the one next to the name.
            (Some(b), Some(a)) => {
                if matches!(toks.get(at + 1), Some(Token::Number { .. })) {
                    a
                } else {
                    b
                }
            }
            (Some(d), None) | (None, Some(d)) => d,
            (None, None) => return None,
        };
        return valid_day(year, month, day);
    }
    // Numbers only: 12/17/2025, 13.11.2025, 02-12-2025.
    let (year, x, y, sep) = numbers_only(toks)?;
    let english = language.is_none_or(|l| {
        let l = l.to_ascii_lowercase();
        l == "en" || l.starts_with("en-us") || l.starts_with("en_us")
    });
    let month_first = if x > 12 {
        false
    } else if y > 12 {
        true
    } else {
        sep == '/' && english
    };
    let (month, day) = if month_first { (x, y) } else { (y, x) };
    valid_day(year, month, day)
}

/// A number of a date (not of a time) and its count of digits.
fn date_number(t: &Token<'_>) -> Option<(u32, usize)> {
    match *t {
        Token::Number {
            value,
            digits,
            in_time: false,
        } => Some((value, digits)),
        _ => None,
    }
}

/// A date of numbers only, two of one or two digits and a year of four, one separator between
/// them ("12/17/2025", "13.11.2025"): the year, the first two numbers in their order, and the
/// separator.
fn numbers_only(toks: &[Token<'_>]) -> Option<(i32, u32, u32, char)> {
    let num = date_number;
    let seq: Vec<&Token> = toks
        .iter()
        .filter(|t| num(t).is_some() || matches!(t, Token::Sep(_)))
        .collect();
    seq.windows(5).find_map(|w| match w {
        [a, Token::Sep(s1), b, Token::Sep(s2), c] if s1 == s2 => match (num(a), num(b), num(c)) {
            (Some((x, 1..=2)), Some((y, 1..=2)), Some((year, 4))) => Some((year as i32, x, y, *s1)),
            _ => None,
        },
        _ => None,
    })
}

/// [`normalize_date`], settled by the page's address where its path dates the page
/// (`/2025/12/18/slug`, `/2023/october/03/slug`), as the publisher's own calendar day: numbers
/// whose order of day and month is open ("03/10/2023") are read the address's way, and a time
/// stamped one day off the address's day (a UTC time past the publisher's midnight,
/// "2025-12-19T02:41:41+00:00" on a page of `/2025/12/18/`) names the address's day.
pub fn normalize_date_with_url(
    raw: &str,
    language: Option<&str>,
    url: Option<&str>,
) -> Option<String> {
    let toks = tokens(raw.trim());
    let day = day_of(&toks, language);
    let Some(by_url) = url.and_then(url_day) else {
        return day.map(day_string);
    };
    let (uy, um, ud) = by_url;
    let open_order = numbers_only(&toks).is_some_and(|(year, x, y, _)| {
        year == uy && x <= 12 && y <= 12 && ((x, y) == (um, ud) || (y, x) == (um, ud))
    });
    let has_time = toks
        .iter()
        .any(|t| matches!(t, Token::Number { in_time: true, .. }));
    let one_day_off = day.is_some_and(|d| day_number(d).abs_diff(day_number(by_url)) == 1);
    if open_order || (has_time && one_day_off) {
        return Some(day_string(by_url));
    }
    day.map(day_string)
}

/// [`normalize_date_with_url`], with the page's other dates to settle the order of day and
/// month where neither the date nor the address does: "03/10/2023" on a page that writes "26
/// October 2023" elsewhere, or "26/10/2023", is the 3rd of October; on one that writes "October
/// 26, 2023" or "10/26/2023", the 10th of March. `page` is the page's text (or its markup).
pub fn normalize_date_on_page(
    raw: &str,
    language: Option<&str>,
    url: Option<&str>,
    page: &str,
) -> Option<String> {
    let toks = tokens(raw.trim());
    let numbers_alone = !toks
        .iter()
        .any(|t| matches!(t, Token::Word(w) if month_of(w).is_some()))
        && !matches!(toks.first().and_then(date_number), Some((_, 4)));
    if numbers_alone && url.and_then(url_day).is_none() {
        if let Some((year, x, y, _)) =
            numbers_only(&toks).filter(|&(_, x, y, _)| x <= 12 && y <= 12 && x != y)
        {
            if let Some(month_first) = page_date_order(page) {
                let (month, day) = if month_first { (x, y) } else { (y, x) };
                return valid_day(year, month, day).map(day_string);
            }
        }
    }
    normalize_date_with_url(raw, language, url)
}

/// The order of day and month the page's dates show, where they agree: `Some(true)` for month
/// first ("10/26/2023", "October 26, 2023"), `Some(false)` for day first ("26/10/2023", "26
/// October 2023"). A numeric date with a number above 12 settles it more surely than a month's
/// name does, and counts for three. (ASCII word boundaries: a Unicode one sends the search over
/// a page of other scripts to a slower engine.)
fn page_date_order(page: &str) -> Option<bool> {
    static NUMERIC: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?-u:\b)(\d{1,2})[/.](\d{1,2})[/.](?:\d{4})(?-u:\b)")
            .expect("numeric date pattern")
    });
    static DAY_MONTH: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?-u:\b)\d{1,2}(?:st|nd|rd|th)?\.?\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s\d{4}(?-u:\b)")
            .expect("day-month pattern")
    });
    static MONTH_DAY: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?-u:\b)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?,\s\d{4}(?-u:\b)")
            .expect("month-day pattern")
    });
    let (mut day_first, mut month_first) = (0usize, 0usize);
    for c in NUMERIC.captures_iter(page) {
        let n = |k: usize| {
            c.get(k)
                .and_then(|m| m.as_str().parse::<u32>().ok())
                .unwrap_or(0)
        };
        match (n(1), n(2)) {
            (x, y) if x > 12 && y <= 12 => day_first += 3,
            (x, y) if y > 12 && x <= 12 => month_first += 3,
            _ => {}
        }
    }
    day_first += DAY_MONTH.find_iter(page).count();
    month_first += MONTH_DAY.find_iter(page).count();
    match day_first.cmp(&month_first) {
        std::cmp::Ordering::Greater => Some(false),
        std::cmp::Ordering::Less => Some(true),
        std::cmp::Ordering::Equal => None,
    }
}

/// The day a page's address dates it by: three segments of its path in a row, a year, a month
/// (its number or its name) and a day ("/2025/12/18/", "/2023/october/03/").
fn url_day(url: &str) -> Option<(i32, u32, u32)> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let path = match path.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, p)| p),
        None => path,
    };
    let segments: Vec<&str> = path.split('/').collect();
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    segments.windows(3).find_map(|w| {
        let [y, m, d] = w else { return None };
        if !digits(y, 4..=4) || !digits(d, 1..=2) {
            return None;
        }
        let month = if digits(m, 1..=2) {
            m.parse().ok()?
        } else {
            month_of(m).filter(|_| m.chars().all(char::is_alphabetic))?
        };
        valid_day(y.parse().ok()?, month, d.parse().ok()?)
    })
}

/// A day as a count of days, for telling two days apart: days since 0000-03-01 in the proleptic
/// Gregorian calendar (from March, so that a leap day ends its year).
fn day_number((year, month, day): Day) -> i64 {
    let (y, m) = if month <= 2 {
        (i64::from(year) - 1, i64::from(month) + 9)
    } else {
        (i64::from(year), i64::from(month) - 3)
    };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + i64::from(day) - 1
}

#[cfg(test)]
mod tests {
    use super::normalize_date_on_page;

    #[test]
    fn the_pages_other_dates_settle_the_order_of_day_and_month() {
        let uk = "Busting spirits industry jargon - 13 October 2023\nFrom London - 26 October 2023";
        let us = "Posted October 26, 2023. Updated 10/30/2023.";
        let address = Some("https://e.com/2023/03/10/a");
        // (date, language, page's address, page, day)
        let cases = [
            ("03/10/2023", Some("en"), None, uk, "2023-10-03"),
            ("03/10/2023", Some("en"), None, us, "2023-03-10"),
            // Dotted dates are read day first unless the page says otherwise.
            ("09.10.2024", None, None, "Next: 09.15.2024", "2024-09-10"),
            // Nothing on the page to go by: as without it.
            (
                "03/10/2023",
                Some("en"),
                None,
                "no other date",
                "2023-03-10",
            ),
            // A date whose order is settled, or a month's name, is read as it is.
            ("03/14/2023", Some("en"), None, uk, "2023-03-14"),
            ("October 3, 2023", Some("en"), None, uk, "2023-10-03"),
            // The page's address outranks its other dates.
            ("03/10/2023", Some("en"), address, uk, "2023-03-10"),
        ];
        for (raw, language, url, page, want) in cases {
            assert_eq!(
                normalize_date_on_page(raw, language, url, page).as_deref(),
                Some(want),
                "{raw} on {page:?}"
            );
        }
    }
    use super::normalize_date as n;

    #[test]
    fn a_page_address_settles_the_day() {
        use super::normalize_date_with_url as u;
        let wset = Some(
            "https://www.wsetglobal.com/knowledge-centre/blog/2023/october/03/how-many-wine-types",
        );
        // Day and month in an order the numbers leave open: the address's.
        assert_eq!(
            u("03/10/2023", Some("en"), wset).as_deref(),
            Some("2023-10-03")
        );
        assert_eq!(n("03/10/2023", Some("en")).as_deref(), Some("2023-03-10"));
        // A UTC time past the publisher's midnight: the address's day.
        let blog = Some("https://whatever.example.com/2025/12/18/comfort-watches/");
        assert_eq!(
            u("2025-12-19T02:41:41+00:00", None, blog).as_deref(),
            Some("2025-12-18")
        );
        // A day the page writes without a time is the page's, whatever its address says.
        assert_eq!(
            u("December 19, 2025", None, blog).as_deref(),
            Some("2025-12-19")
        );
        // Days further apart, or an address that dates nothing, change nothing.
        assert_eq!(
            u("2025-12-21T02:41:41+00:00", None, blog).as_deref(),
            Some("2025-12-21")
        );
        for url in [
            None,
            Some("https://example.com/t/2024-4-4-2024-5-0-issue/123"),
            Some("https://example.com/2025/12/slug"),
            Some("https://example.com/2025/13/40/slug"),
            Some("not a url at all"),
        ] {
            assert_eq!(
                u("2025-12-19T02:41:41+00:00", None, url).as_deref(),
                Some("2025-12-19")
            );
            assert_eq!(
                u("03/10/2023", Some("en"), url).as_deref(),
                Some("2023-03-10")
            );
        }
        // Across a month's and a year's end.
        let new_year = Some("https://example.com/news/2025/12/31/party");
        assert_eq!(
            u("2026-01-01T04:00:00Z", None, new_year).as_deref(),
            Some("2025-12-31")
        );
        assert_eq!(
            super::day_number((2024, 3, 1)),
            super::day_number((2024, 2, 29)) + 1
        );
    }

    #[test]
    fn dates_as_pages_write_them() {
        for (raw, want) in [
            ("2025-09-04T12:50:36+00:00", "2025-09-04"),
            ("2025-11-25 08:33:24", "2025-11-25"),
            ("2025/12/01", "2025-12-01"),
            ("Dec 12, 2025", "2025-12-12"),
            ("Dec. 09, 2025", "2025-12-09"),
            ("December 2nd, 2025", "2025-12-02"),
            ("17 December 2025", "2025-12-17"),
            ("21 Aug, 2012", "2012-08-21"),
            ("Friday, November 14, 2025", "2025-11-14"),
            ("on Friday December 19, 2025 @08:00PM", "2025-12-19"),
            ("Sep 14, 2022 at 9:40", "2022-09-14"),
            ("October 17, 2023 6:01 PM ET", "2023-10-17"),
            ("Thu, 09/25/2025 - 11:38", "2025-09-25"),
            ("13/11/2025 09:21:40", "2025-11-13"),
            ("4/24/2000 12:00:00 AM", "2000-04-24"),
            ("12.12.2025", "2025-12-12"),
            ("17.05.2021", "2021-05-17"),
            ("12. März 2025", "2025-03-12"),
            ("3 mars 2025", "2025-03-03"),
            ("15 марта 2024 г.", "2024-03-15"),
            ("1 января 2025", "2025-01-01"),
            ("12 de diciembre de 2024", "2024-12-12"),
            ("5 Dec, 2019", "2019-12-05"),
            ("2026年11月28日 10:32", "2026-11-28"),
            ("2026年1月5日（月）", "2026-01-05"),
            ("2026년 11월 28일", "2026-11-28"),
            ("28 نوفمبر 2026", "2026-11-28"),
            ("3 آذار 2025", "2025-03-03"),
            ("28 नवंबर 2026", "2026-11-28"),
            ("5 मार्च 2026", "2026-03-05"),
            ("12 सितम्बर 2025", "2025-09-12"),
            ("1 मई 2024", "2024-05-01"),
            ("28 Νοεμβρίου 2026", "2026-11-28"),
            ("28 בנובמבר 2026", "2026-11-28"),
            ("28 Kasım 2026", "2026-11-28"),
            ("28 listopada 2026", "2026-11-28"),
            ("28 พฤศจิกายน 2569", "2026-11-28"),
            ("14 กุมภาพันธ์ 2568", "2025-02-14"),
        ] {
            assert_eq!(n(raw, None).as_deref(), Some(want), "{raw}");
        }
    }

    #[test]
    fn numeric_order_follows_the_page_language() {
        assert_eq!(n("02/03/2025", None).as_deref(), Some("2025-02-03"));
        assert_eq!(
            n("02/03/2025", Some("en-US")).as_deref(),
            Some("2025-02-03")
        );
        assert_eq!(
            n("02/03/2025", Some("en-GB")).as_deref(),
            Some("2025-03-02")
        );
        assert_eq!(n("02/03/2025", Some("fr")).as_deref(), Some("2025-03-02"));
        assert_eq!(n("02-12-2025", None).as_deref(), Some("2025-12-02"));
    }

    #[test]
    fn a_document_reports_its_date_as_a_day() {
        let doc = crate::clean(
            "March 5, 2024\n\nThe council approved the new budget on Tuesday after a debate that \
             lasted well into the night, and the mayor said the vote was a turning point.\n",
        );
        let date = doc.metadata.date.expect("date");
        assert_eq!(date.value, "March 5, 2024");
        assert_eq!(date.normalized.as_deref(), Some("2024-03-05"));
    }

    #[test]
    fn what_names_no_day_is_left_alone() {
        for raw in [
            "December 2025",
            "01/07/16",
            "2025-02-30",
            "31/31/2025",
            "Updated yesterday",
            "May the best team win",
            "",
        ] {
            assert_eq!(n(raw, None), None, "{raw}");
        }
    }
}
