//! A small streaming WARC reader (WARC 1.0/1.1): the HTTP `response` records whose payload is a
//! page or text become documents; other records are skipped without being held in memory.
//!
//! Hand-written rather than the `warc` crate: that crate buffers every record whole (an oversized
//! video would be read into memory before the size limit could refuse it) and brings a second
//! gzip implementation; this reader streams over the crate's `flate2` and refuses oversized
//! records while skipping their bytes.

use super::charset;
use super::error::{BatchError, ErrorKind};
use super::source::{DocKind, Item, Load};
use crate::model::Origin;
use std::io::{BufRead, Read};

/// Longest header block accepted (WARC or HTTP), so that garbage cannot grow a line forever.
const MAX_HEADER_BYTES: u64 = 256 * 1024;

/// The records of one WARC stream, as batch items.
pub(crate) struct Records {
    reader: Box<dyn BufRead + Send>,
    path: String,
    limit: usize,
    /// Number of records read so far (the `#N` of an item's path counts every record).
    count: usize,
    done: bool,
}

impl Records {
    pub(crate) fn new(reader: Box<dyn BufRead + Send>, path: String, limit: usize) -> Self {
        Records {
            reader,
            path,
            limit,
            count: 0,
            done: false,
        }
    }

    fn fail(&mut self, error: BatchError) -> Option<Item> {
        // After a broken record or gzip member the stream cannot be re-synchronised reliably.
        self.done = true;
        Some(Item::failed(format!("{}#{}", self.path, self.count), error))
    }

    fn stream_error(&self, e: std::io::Error) -> BatchError {
        if self.path.to_ascii_lowercase().ends_with(".gz") {
            BatchError::gzip(e)
        } else {
            BatchError::io(e)
        }
    }
}

/// Reads header lines up to the blank line ending them. `Ok(None)` at a clean end of stream.
fn read_headers(r: &mut dyn BufRead) -> std::io::Result<Option<Vec<String>>> {
    let mut lines = Vec::new();
    let mut total = 0u64;
    loop {
        let mut raw = Vec::new();
        let n = r.take(MAX_HEADER_BYTES).read_until(b'\n', &mut raw)?;
        total += n as u64;
        if n == 0 {
            return if lines.is_empty() {
                Ok(None)
            } else {
                Err(std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    "stream ends inside a header block",
                ))
            };
        }
        if total > MAX_HEADER_BYTES {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "header block too long",
            ));
        }
        let line = String::from_utf8_lossy(&raw);
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if lines.is_empty() {
                // Blank lines between records.
                continue;
            }
            return Ok(Some(lines));
        }
        lines.push(line.to_string());
    }
}

fn header<'a>(lines: &'a [String], name: &str) -> Option<&'a str> {
    lines.iter().skip(1).find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim().eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

/// Skips `n` bytes of the stream.
fn skip(r: &mut dyn BufRead, n: u64) -> std::io::Result<()> {
    let copied = std::io::copy(&mut r.take(n), &mut std::io::sink())?;
    if copied < n {
        return Err(std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            "stream ends inside a record",
        ));
    }
    Ok(())
}

impl Iterator for Records {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            let headers = match read_headers(&mut self.reader) {
                Ok(Some(h)) => h,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.count += 1;
                    let err = self.stream_error(e);
                    return self.fail(err);
                }
            };
            self.count += 1;
            if !headers[0].starts_with("WARC/") {
                let msg = format!("expected a WARC version line, found {:?}", headers[0]);
                return self.fail(BatchError::new(ErrorKind::Warc, msg));
            }
            let Some(length) =
                header(&headers, "Content-Length").and_then(|v| v.parse::<u64>().ok())
            else {
                let msg = "record without a valid Content-Length".to_string();
                return self.fail(BatchError::new(ErrorKind::Warc, msg));
            };
            let is_response =
                header(&headers, "WARC-Type").is_some_and(|t| t.eq_ignore_ascii_case("response"));
            let is_http = header(&headers, "Content-Type")
                .is_some_and(|t| t.to_ascii_lowercase().starts_with("application/http"));
            if !(is_response && is_http) {
                if let Err(e) = skip(&mut self.reader, length) {
                    let err = self.stream_error(e);
                    return self.fail(err);
                }
                continue;
            }
            let origin = Origin {
                id: header(&headers, "WARC-Record-ID").map(str::to_string),
                url: header(&headers, "WARC-Target-URI")
                    .map(|u| u.trim_matches(['<', '>']).to_string()),
                ..Origin::default()
            };
            let path = format!("{}#{}", self.path, self.count);
            // The HTTP headers come on top of the document: allow them some room.
            if length > (self.limit as u64).saturating_add(MAX_HEADER_BYTES) {
                if let Err(e) = skip(&mut self.reader, length) {
                    let err = self.stream_error(e);
                    return self.fail(err);
                }
                let mut item = Item::failed(path, BatchError::too_large(length, self.limit));
                item.site = site_of(&origin, &self.path);
                return Some(item);
            }
            let mut block = Vec::with_capacity(length as usize);
            match (&mut self.reader).take(length).read_to_end(&mut block) {
                Ok(n) if (n as u64) == length => {}
                Ok(_) => {
                    let e = std::io::Error::new(
                        std::io::ErrorKind::UnexpectedEof,
                        "stream ends inside a record",
                    );
                    let err = self.stream_error(e);
                    return self.fail(err);
                }
                Err(e) => {
                    let err = self.stream_error(e);
                    return self.fail(err);
                }
            }
            let site = site_of(&origin, &self.path);
            return Some(match http_document(block, origin, self.limit) {
                Ok(Some(load)) => Item { path, site, load },
                Ok(None) => continue,
                Err(e) => Item {
                    path,
                    site,
                    load: Load::Failed(e),
                },
            });
        }
        None
    }
}

fn site_of(origin: &Origin, path: &str) -> String {
    origin
        .url
        .as_deref()
        .and_then(crate::template::url_host)
        .unwrap_or_else(|| path.to_string())
}

/// The document in an HTTP response: `Ok(None)` when its content type is not a page or text
/// (images, scripts, PDFs are not documents to clean).
fn http_document(
    block: Vec<u8>,
    mut origin: Origin,
    limit: usize,
) -> Result<Option<Load>, BatchError> {
    let mut cursor = std::io::Cursor::new(block);
    let headers = match read_headers(&mut cursor) {
        Ok(Some(h)) => h,
        Ok(None) => {
            return Err(BatchError::new(
                ErrorKind::Warc,
                "empty HTTP response".into(),
            ))
        }
        Err(e) => {
            return Err(BatchError::new(
                ErrorKind::Warc,
                format!("HTTP headers: {e}"),
            ))
        }
    };
    origin.http_status = headers[0]
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok());
    let content_type = header(&headers, "Content-Type").unwrap_or("");
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let kind = match mime.as_str() {
        "text/html" | "application/xhtml+xml" => DocKind::Html,
        "text/plain" => DocKind::Text,
        "" => DocKind::Sniff,
        _ => return Ok(None),
    };
    let start = cursor.position() as usize;
    let mut body = cursor.into_inner();
    body.drain(..start.min(body.len()));
    if header(&headers, "Transfer-Encoding").is_some_and(|t| t.eq_ignore_ascii_case("chunked")) {
        if let Some(joined) = dechunk(&body) {
            body = joined;
        }
    }
    if let Some(enc) = header(&headers, "Content-Encoding") {
        let enc = enc.to_ascii_lowercase();
        if enc == "gzip" || enc == "x-gzip" {
            let mut gz = flate2::read::MultiGzDecoder::new(&body[..]);
            body = super::source::read_limited(&mut gz, limit, true)?;
        } else if enc == "deflate" {
            let mut z = flate2::read::ZlibDecoder::new(&body[..]);
            body = super::source::read_limited(&mut z, limit, true)?;
        }
    }
    if body.len() > limit {
        return Err(BatchError::too_large(body.len() as u64, limit));
    }
    // A page or a text is decoded by the header's charset (a page's ahead of its `<meta>`), so
    // that its spans point into the record's own bytes.
    origin.charset = charset::http_charset(content_type).map(|e| e.name().to_string());
    Ok(Some(Load::Bytes {
        bytes: body,
        kind,
        origin,
    }))
}

/// Joins an HTTP/1.1 chunked body; `None` when it is not well-formed chunks.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut pos = 0;
    loop {
        let eol = memchr::memmem::find(&body[pos..], b"\r\n")? + pos;
        let size_field = std::str::from_utf8(&body[pos..eol]).ok()?;
        let size = usize::from_str_radix(size_field.split(';').next()?.trim(), 16).ok()?;
        pos = eol + 2;
        if size == 0 {
            return Some(out);
        }
        let end = pos.checked_add(size)?;
        out.extend_from_slice(body.get(pos..end)?);
        pos = end + 2;
        if pos > body.len() {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uri}>\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn items(bytes: Vec<u8>) -> Vec<Item> {
        Records::new(
            Box::new(std::io::Cursor::new(bytes)),
            "t.warc".into(),
            1 << 20,
        )
        .collect()
    }

    #[test]
    fn reads_responses_and_skips_the_rest() {
        let mut w = record("request", "http://a.example/", b"GET / HTTP/1.1\r\n\r\n");
        w.extend(record(
            "response",
            "http://a.example/",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n<p>caf\xE9</p>",
        ));
        w.extend(record(
            "response",
            "http://a.example/logo.png",
            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
        ));
        w.extend(record(
            "response",
            "http://b.example/t",
            b"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n",
        ));
        let got = items(w);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].path, "t.warc#2");
        assert_eq!(got[0].site, "a.example");
        match &got[0].load {
            Load::Bytes {
                bytes,
                origin,
                kind,
            } => {
                assert_eq!(*kind, DocKind::Html);
                assert_eq!(bytes.as_slice(), b"<p>caf\xe9</p>");
                assert_eq!(origin.id.as_deref(), Some("<urn:uuid:http://a.example/>"));
                assert_eq!(origin.url.as_deref(), Some("http://a.example/"));
                assert_eq!(origin.http_status, Some(200));
                assert_eq!(origin.charset.as_deref(), Some("windows-1252"));
            }
            other => panic!("{other:?}"),
        }
        match &got[1].load {
            Load::Bytes { bytes, origin, .. } => {
                assert_eq!(bytes.as_slice(), b"Wikipedia");
                assert_eq!(origin.http_status, Some(404));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_broken_record_is_an_error_item_and_ends_the_file() {
        let mut w = record(
            "response",
            "http://a.example/",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello",
        );
        w.extend_from_slice(b"GARBAGE\r\n\r\nmore");
        let got = items(w);
        assert_eq!(got.len(), 2);
        assert!(matches!(&got[1].load, Load::Failed(e) if e.kind == ErrorKind::Warc));
        // Truncated inside a record.
        let mut w = record(
            "response",
            "http://a.example/",
            b"HTTP/1.1 200 OK\r\n\r\nhello",
        );
        w.truncate(w.len() - 8);
        let got = items(w);
        assert!(matches!(&got[0].load, Load::Failed(e) if e.kind == ErrorKind::Io));
    }
}
