//! JSON Lines input: one record `{ "id", "url", "html" | "text" }` a line, the shape of common
//! crawl-derived datasets. `id` and `url` are kept in the document's provenance.

use super::error::{BatchError, ErrorKind};
use super::source::{DocKind, Item, Load};
use crate::model::Origin;
use serde::Deserialize;
use std::io::BufRead;

#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

/// The records of one JSON Lines stream, as batch items.
pub(crate) struct Records {
    reader: Box<dyn BufRead + Send>,
    path: String,
    limit: usize,
    line: usize,
    done: bool,
}

impl Records {
    pub(crate) fn new(reader: Box<dyn BufRead + Send>, path: String, limit: usize) -> Self {
        Records {
            reader,
            path,
            limit,
            line: 0,
            done: false,
        }
    }
}

/// Reads one line of at most `limit` bytes into `buf`. Returns the bytes the line had (the rest of
/// a longer line is skipped, not stored), or 0 at the end.
fn read_line_limited(
    r: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<usize> {
    buf.clear();
    let mut total = 0;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            return Ok(total);
        }
        let (take, end) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        if buf.len() <= limit {
            buf.extend_from_slice(&chunk[..take.min(limit.saturating_add(1) - buf.len())]);
        }
        total += take;
        r.consume(take);
        if end {
            return Ok(total);
        }
    }
}

impl Iterator for Records {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let mut buf = Vec::new();
        while !self.done {
            let n = match read_line_limited(&mut self.reader, &mut buf, self.limit) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    let err = if self.path.to_ascii_lowercase().ends_with(".gz") {
                        BatchError::gzip(e)
                    } else {
                        BatchError::io(e)
                    };
                    return Some(Item::failed(
                        format!("{}#{}", self.path, self.line + 1),
                        err,
                    ));
                }
            };
            self.line += 1;
            let path = format!("{}#{}", self.path, self.line);
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let item = |load| Item {
                path: path.clone(),
                site: self.path.clone(),
                load,
            };
            // The line's size without its newline (a line cut short at the limit has none).
            let size = n - usize::from(buf.last() == Some(&b'\n'));
            if size > self.limit {
                let error = BatchError::too_large(size as u64, self.limit);
                return Some(item(Load::Failed(error)));
            }
            let rec: Record = match serde_json::from_slice(&buf) {
                Ok(r) => r,
                Err(e) => {
                    let err = BatchError::new(ErrorKind::Json, format!("line {}: {e}", self.line));
                    return Some(item(Load::Failed(err)));
                }
            };
            let id = rec.id.map(|v| match v {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            });
            let mut origin = Origin {
                id,
                url: rec.url,
                ..Origin::default()
            };
            let (bytes, kind) = match (rec.html, rec.text) {
                (Some(html), _) => {
                    // A JSON string is Unicode: its bytes are UTF-8, whatever the page's `<meta>`
                    // says.
                    origin.charset = Some("UTF-8".into());
                    (html.into_bytes(), DocKind::Html)
                }
                (None, Some(text)) => (text.into_bytes(), DocKind::Text),
                (None, None) => {
                    let msg = format!("line {}: record has neither `html` nor `text`", self.line);
                    return Some(item(Load::Failed(BatchError::new(ErrorKind::Json, msg))));
                }
            };
            // Records without a URL share the file as their site.
            let site = origin
                .url
                .as_deref()
                .and_then(crate::template::url_host)
                .unwrap_or_else(|| self.path.clone());
            return Some(Item {
                path,
                site,
                load: Load::Bytes {
                    bytes,
                    kind,
                    origin,
                },
            });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_and_reports_bad_lines() {
        let data =
            b"{\"id\": 7, \"url\": \"https://www.ex.org/a\", \"text\": \"Hello there.\"}\n\n\
            not json\n{\"id\": \"b\"}\n{\"html\": \"<p>x</p>\"}"
                .to_vec();
        let items: Vec<Item> =
            Records::new(Box::new(std::io::Cursor::new(data)), "d.jsonl".into(), 1000).collect();
        let paths: Vec<&str> = items.iter().map(|i| i.path.as_str()).collect();
        assert_eq!(paths, ["d.jsonl#1", "d.jsonl#3", "d.jsonl#4", "d.jsonl#5"]);
        match &items[0].load {
            Load::Bytes {
                bytes,
                kind,
                origin,
            } => {
                assert_eq!(bytes.as_slice(), b"Hello there.");
                assert_eq!(*kind, DocKind::Text);
                assert_eq!(origin.id.as_deref(), Some("7"));
                assert_eq!(items[0].site, "ex.org");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(&items[1].load, Load::Failed(e) if e.kind == ErrorKind::Json));
        assert!(matches!(&items[2].load, Load::Failed(e) if e.kind == ErrorKind::Json));
        assert!(matches!(
            &items[3].load,
            Load::Bytes {
                kind: DocKind::Html,
                ..
            }
        ));
    }

    #[test]
    fn long_lines_are_refused_without_being_stored() {
        let long = format!(
            "{{\"text\": \"{}\"}}\n{{\"text\": \"ok\"}}\n",
            "a".repeat(5000)
        );
        let items: Vec<Item> = Records::new(
            Box::new(std::io::Cursor::new(long.into_bytes())),
            "d.jsonl".into(),
            100,
        )
        .collect();
        assert_eq!(items.len(), 2);
        assert!(matches!(&items[0].load, Load::Failed(e) if e.kind == ErrorKind::TooLarge));
        assert!(matches!(&items[1].load, Load::Bytes { .. }));
    }
}
