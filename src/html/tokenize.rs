//! A lenient HTML tokenizer that knows the range of every token in the decoded text.
//!
//! It follows the HTML tokenizer where it matters for text extraction (tags, attributes with
//! quoted or bare values, comments, doctypes, CDATA, and the raw-text elements whose content is not
//! markup) and never fails: anything it cannot read as markup is text. It runs in one pass without
//! backtracking, so its cost is linear in the page.

use memchr::{memchr, memmem};
use std::borrow::Cow;

/// A range of the decoded text, `start..end`.
pub type Range = std::ops::Range<usize>;

/// A tag or attribute name in lower case: borrowed from the page when it is written so (nearly
/// always), so that a name costs no allocation.
pub type Name<'a> = Cow<'a, str>;

/// The lower-case form of a name written in the page.
fn lower_name(s: &str) -> Name<'_> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// An attribute: lower-case name and the range of its raw value (entities not decoded).
#[derive(Debug, Clone)]
pub struct Attr<'a> {
    pub name: Name<'a>,
    pub value: Range,
}

#[derive(Debug, Clone)]
pub enum Token<'a> {
    /// Character data, entities not decoded.
    Text(Range),
    /// The content of a raw-text element (`script`, `style`, `textarea`, `title`...).
    RawText(Range),
    /// Its attributes are in [`Tokenizer::attrs`] until the next token.
    Start {
        name: Name<'a>,
        self_closing: bool,
        range: Range,
    },
    End {
        name: Name<'a>,
    },
    /// Comment, doctype, processing instruction: not text. `<![CDATA[` outside SVG/MathML is a
    /// bogus comment that ends at the first `>`, as in browsers.
    Other,
}

/// Elements whose content is read as text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

pub struct Tokenizer<'a> {
    s: &'a str,
    b: &'a [u8],
    pos: usize,
    /// Set after a raw-text start tag: the element whose end tag closes the raw text.
    raw: Option<&'static str>,
    /// `<plaintext>`: the rest of the page is text.
    plaintext: bool,
    /// The attributes of the last start tag. One buffer for the whole page rather than a vector
    /// for each tag: a page has tens of thousands of tags, and the tree copies them into one
    /// store of its own.
    pub attrs: Vec<Attr<'a>>,
}

impl<'a> Tokenizer<'a> {
    pub fn new(s: &'a str) -> Self {
        Tokenizer {
            s,
            b: s.as_bytes(),
            pos: 0,
            raw: None,
            plaintext: false,
            attrs: Vec::new(),
        }
    }

    fn raw_text(&mut self, name: &str) -> Token<'a> {
        let start = self.pos;
        let mut from = start;
        let finder = memmem::Finder::new(b"</");
        while let Some(i) = finder.find(&self.b[from..]) {
            let at = from + i;
            let tail = &self.b[at + 2..];
            if tail.len() >= name.len()
                && tail[..name.len()].eq_ignore_ascii_case(name.as_bytes())
                && tail
                    .get(name.len())
                    .is_none_or(|c| matches!(c, b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | 0x0C))
            {
                self.pos = at;
                return Token::RawText(start..at);
            }
            from = at + 2;
        }
        self.pos = self.b.len();
        Token::RawText(start..self.b.len())
    }

    /// Skips to just after the next `>` from `from` (or to the end).
    fn skip_past_gt(&mut self, from: usize) {
        self.pos = memchr(b'>', &self.b[from.min(self.b.len())..])
            .map(|i| from + i + 1)
            .unwrap_or(self.b.len());
    }

    fn markup_declaration(&mut self) -> Token<'a> {
        let rest = &self.b[self.pos..];
        if rest.starts_with(b"<!--") {
            let body = self.pos + 4;
            self.pos = memmem::find(&self.b[body..], b"-->")
                .map(|i| body + i + 3)
                .unwrap_or(self.b.len());
        } else {
            self.skip_past_gt(self.pos + 2);
        }
        Token::Other
    }

    fn tag(&mut self) -> Token<'a> {
        let start = self.pos;
        let b = self.b;
        let s = self.s;
        let end_tag = b[start + 1] == b'/';
        let mut i = start + if end_tag { 2 } else { 1 };
        let name_start = i;
        while i < b.len() && !matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0C | b'/' | b'>') {
            i += 1;
        }
        let name = lower_name(&s[name_start..i]);
        if end_tag {
            self.skip_past_gt(i);
            return Token::End { name };
        }
        let attrs = &mut self.attrs;
        attrs.clear();
        let mut self_closing = false;
        loop {
            while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0C) {
                i += 1;
            }
            if i >= b.len() {
                break;
            }
            match b[i] {
                b'>' => {
                    i += 1;
                    break;
                }
                b'/' => {
                    i += 1;
                    if b.get(i) == Some(&b'>') {
                        self_closing = true;
                        i += 1;
                        break;
                    }
                    continue;
                }
                _ => {}
            }
            let an = i;
            i += 1;
            while i < b.len()
                && !matches!(
                    b[i],
                    b' ' | b'\t' | b'\n' | b'\r' | 0x0C | b'/' | b'>' | b'='
                )
            {
                i += 1;
            }
            let aname = &s[an..i];
            while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0C) {
                i += 1;
            }
            let mut value = i..i;
            if b.get(i) == Some(&b'=') {
                i += 1;
                while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0C) {
                    i += 1;
                }
                match b.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let vs = i + 1;
                        let ve = memchr(q, &b[vs..]).map(|k| vs + k).unwrap_or(b.len());
                        value = vs..ve;
                        i = (ve + 1).min(b.len());
                    }
                    Some(_) => {
                        let vs = i;
                        while i < b.len()
                            && !matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0C | b'>')
                        {
                            i += 1;
                        }
                        value = vs..i;
                    }
                    None => {}
                }
            }
            if attrs.len() < 64 {
                attrs.push(Attr {
                    name: lower_name(aname),
                    value,
                });
            }
        }
        self.pos = i;
        if !self_closing {
            if let Some(raw) = RAW_TEXT.iter().find(|r| **r == &*name) {
                self.raw = Some(raw);
            } else if &*name == "plaintext" {
                self.plaintext = true;
            }
        }
        Token::Start {
            name,
            self_closing,
            range: start..i,
        }
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if self.pos >= self.b.len() {
            return None;
        }
        if let Some(raw) = self.raw.take() {
            let t = self.raw_text(raw);
            if let Token::RawText(r) = &t {
                if !r.is_empty() {
                    return Some(t);
                }
            }
            if self.pos >= self.b.len() {
                return None;
            }
        }
        if self.plaintext {
            let start = self.pos;
            self.pos = self.b.len();
            return Some(Token::RawText(start..self.b.len()));
        }
        let b = self.b;
        if b[self.pos] == b'<' {
            match b.get(self.pos + 1) {
                Some(c) if c.is_ascii_alphabetic() => return Some(self.tag()),
                Some(b'/') if b.get(self.pos + 2).is_some_and(|c| c.is_ascii_alphabetic()) => {
                    return Some(self.tag())
                }
                Some(b'/') if self.pos + 2 < b.len() => {
                    // `</>` or `</ 3>`: a bogus comment.
                    self.skip_past_gt(self.pos + 2);
                    return Some(Token::Other);
                }
                Some(b'/') => {
                    // `</` at the very end is text, as browsers read it (it was dropped).
                    let start = self.pos;
                    self.pos = b.len();
                    return Some(Token::Text(start..b.len()));
                }
                Some(b'!') => return Some(self.markup_declaration()),
                Some(b'?') => {
                    self.skip_past_gt(self.pos + 2);
                    return Some(Token::Other);
                }
                _ => {}
            }
        }
        // Text up to the next `<` that starts markup.
        let start = self.pos;
        let mut i = self.pos + 1;
        loop {
            match memchr(b'<', &b[i.min(b.len())..]) {
                None => {
                    i = b.len();
                    break;
                }
                Some(k) => {
                    i += k;
                    match b.get(i + 1) {
                        Some(c) if c.is_ascii_alphabetic() || matches!(c, b'/' | b'!' | b'?') => {
                            break
                        }
                        _ => i += 1,
                    }
                }
            }
        }
        self.pos = i;
        Some(Token::Text(start..i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<String> {
        let mut tokens = Tokenizer::new(s);
        std::iter::from_fn(|| {
            let t = tokens.next()?;
            Some(match t {
                Token::Text(r) => format!("T:{}", &s[r]),
                Token::RawText(r) => format!("R:{}", &s[r]),
                Token::Start {
                    name, self_closing, ..
                } => {
                    let a: Vec<String> = tokens
                        .attrs
                        .iter()
                        .map(|a| format!("{}={}", a.name, &s[a.value.clone()]))
                        .collect();
                    format!(
                        "S:{name}{}{}",
                        if self_closing { "/" } else { "" },
                        a.join(",")
                    )
                }
                Token::End { name } => format!("E:{name}"),
                Token::Other => "O".into(),
            })
        })
        .collect()
    }

    #[test]
    fn tags_attrs_text() {
        assert_eq!(
            kinds(r#"<P Class="a b" id=x hidden>1 < 2</p><!-- c --><br/>"#),
            ["S:pclass=a b,id=x,hidden=", "T:1 < 2", "E:p", "O", "S:br/"]
        );
    }

    #[test]
    fn raw_text_elements() {
        assert_eq!(
            kinds("<script>if (a<b) x='</p>'</script><p>t"),
            ["S:script", "R:if (a<b) x='</p>'", "E:script", "S:p", "T:t"]
        );
    }

    #[test]
    fn cdata_in_html_ends_at_the_first_gt() {
        assert_eq!(
            kinds("<![CDATA[ x > <p>text"),
            ["O", "T: ", "S:p", "T:text"]
        );
    }

    #[test]
    fn unterminated_things_end_at_eof() {
        assert_eq!(kinds("<!-- open"), ["O"]);
        assert_eq!(kinds("<div class='x"), ["S:divclass=x"]);
        assert_eq!(kinds("<style>a{}"), ["S:style", "R:a{}"]);
        assert_eq!(kinds("a <"), ["T:a <"]);
        assert_eq!(kinds("a </"), ["T:a ", "T:</"]);
        assert_eq!(kinds("a </ "), ["T:a ", "O"]);
        assert_eq!(kinds("a </x"), ["T:a ", "E:x"]);
    }
}
