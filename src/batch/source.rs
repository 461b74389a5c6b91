//! Input discovery: paths (walked recursively, in name order), path lists, JSON Lines files and
//! WARC files become a stream of [`Item`]s, one per document, read lazily.

use super::error::{BatchError, ErrorKind};
use super::{jsonl, warc};
use crate::model::Origin;
use flate2::read::MultiGzDecoder;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// How a document's bytes are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Text,
    Html,
    /// Look at the bytes (see [`crate::sniff_kind`]).
    Sniff,
}

/// What a file is, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Doc(DocKind),
    Warc,
    Jsonl,
}

/// The format of a file name and whether it is gzipped; `None` for names a directory walk skips.
fn classify(name: &str) -> Option<(Format, bool)> {
    let lower = name.to_ascii_lowercase();
    let (stem, gz) = match lower.strip_suffix(".gz") {
        Some(s) => (s, true),
        None => (lower.as_str(), false),
    };
    let ext = stem.rsplit_once('.').map(|(_, e)| e)?;
    let format = match ext {
        "txt" => Format::Doc(DocKind::Text),
        "html" | "htm" | "xhtml" => Format::Doc(DocKind::Html),
        "warc" => Format::Warc,
        "jsonl" | "ndjson" => Format::Jsonl,
        _ => return None,
    };
    Some((format, gz))
}

/// One document to clean, not yet read (a file) or already read (a record of a collection).
#[derive(Debug)]
pub struct Item {
    /// Where the document is: a file path, or `FILE#N` for the N-th record of a collection.
    pub path: String,
    /// The site its template is learnt for: the URL's host, else the file's directory.
    pub site: String,
    pub(crate) load: Load,
}

#[derive(Debug)]
pub(crate) enum Load {
    File {
        path: PathBuf,
        gz: bool,
        kind: DocKind,
    },
    Bytes {
        bytes: Vec<u8>,
        kind: DocKind,
        origin: Origin,
    },
    Failed(BatchError),
}

impl Item {
    pub(crate) fn failed(path: impl Into<String>, error: BatchError) -> Item {
        let path = path.into();
        Item {
            site: crate::template::dir_of(&path),
            path,
            load: Load::Failed(error),
        }
    }

    /// Reads the document's bytes (at most `limit`), its kind and origin.
    pub(crate) fn read(self, limit: usize) -> Result<(Vec<u8>, DocKind, Origin), BatchError> {
        match self.load {
            Load::Bytes {
                bytes,
                kind,
                origin,
            } => Ok((bytes, kind, origin)),
            Load::Failed(e) => Err(e),
            Load::File { path, gz, kind } => {
                let bytes = read_file(&path, gz, limit)?;
                Ok((bytes, kind, Origin::default()))
            }
        }
    }
}

/// Reads a whole file, gunzipping it when `gz`; more than `limit` bytes is an error, found
/// without reading past the limit.
fn read_file(path: &Path, gz: bool, limit: usize) -> Result<Vec<u8>, BatchError> {
    let file = File::open(path).map_err(BatchError::io)?;
    if !gz {
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        if size > limit as u64 {
            return Err(BatchError::too_large(size, limit));
        }
    }
    let mut reader: Box<dyn Read> = if gz {
        Box::new(MultiGzDecoder::new(BufReader::new(file)))
    } else {
        Box::new(file)
    };
    let bytes = read_limited(&mut reader, limit, gz)?;
    // A crawler may save a server's gzipped response under the page's own name.
    if !gz && bytes.starts_with(GZIP_SIGNATURE) {
        return read_limited(&mut MultiGzDecoder::new(&bytes[..]), limit, true);
    }
    Ok(bytes)
}

/// The first bytes of a gzip stream.
pub(crate) const GZIP_SIGNATURE: &[u8] = b"\x1f\x8b";

/// Reads to the end, failing past `limit` bytes. `gz` tells how to name a decoding error.
pub(crate) fn read_limited(
    r: &mut dyn Read,
    limit: usize,
    gz: bool,
) -> Result<Vec<u8>, BatchError> {
    let mut bytes = Vec::new();
    let cap = (limit as u64).saturating_add(1);
    r.take(cap).read_to_end(&mut bytes).map_err(|e| {
        if gz {
            BatchError::gzip(e)
        } else {
            BatchError::io(e)
        }
    })?;
    if bytes.len() > limit {
        return Err(BatchError::new(
            ErrorKind::TooLarge,
            format!("document exceeds the limit of {limit} bytes"),
        ));
    }
    Ok(bytes)
}

/// Opens a file for streaming, gunzipping it when `gz`.
pub(crate) fn open_stream(path: &Path, gz: bool) -> std::io::Result<Box<dyn BufRead + Send>> {
    let file = File::open(path)?;
    Ok(if gz {
        Box::new(BufReader::with_capacity(
            1 << 16,
            MultiGzDecoder::new(BufReader::new(file)),
        ))
    } else {
        Box::new(BufReader::with_capacity(1 << 16, file))
    })
}

/// Where the inputs of a batch come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file or a directory. A directory is walked recursively in name order for `.txt`, `.html`,
    /// `.htm`, `.warc` files and their `.gz` forms; a named file is read whatever its name (a
    /// `.warc`/`.jsonl` name makes it a collection, other unknown names are sniffed).
    Path(PathBuf),
    /// A JSON Lines file of records `{ "id", "url", "html" | "text" }` (`.gz` allowed; `-` reads
    /// standard input).
    Jsonl(PathBuf),
}

/// The number of documents in `sources`, counted by walking directories without reading any
/// file; `None` when a collection (WARC, JSON Lines) is among them, whose records are only known
/// by reading it. For a progress display's total.
pub fn count_documents(sources: &[Source]) -> Option<usize> {
    let mut n = 0;
    for source in sources {
        let Source::Path(path) = source else {
            return None;
        };
        if path.is_dir() {
            let walk = walkdir::WalkDir::new(path).follow_links(true);
            for entry in walk.into_iter().filter_map(Result::ok) {
                if !entry.file_type().is_file() {
                    continue;
                }
                match classify(&entry.file_name().to_string_lossy()) {
                    Some((Format::Doc(_), _)) => n += 1,
                    Some((Format::Warc, _)) => return None,
                    _ => {}
                }
            }
        } else {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            match name.as_deref().and_then(classify) {
                Some((Format::Warc | Format::Jsonl, _)) => return None,
                _ => n += 1,
            }
        }
    }
    Some(n)
}

/// The documents of a batch, in input order. Reads lazily: a directory is walked, and a
/// collection read record by record, only as items are taken.
pub struct Items {
    pending: VecDeque<Source>,
    path_lines: Option<Box<dyn BufRead + Send>>,
    walk: Option<walkdir::IntoIter>,
    collection: Option<Box<dyn Iterator<Item = Item> + Send>>,
    limit: usize,
}

impl Items {
    /// The documents of these sources; a record or file larger than `limit` bytes becomes an
    /// error item.
    pub fn new(sources: impl IntoIterator<Item = Source>, limit: usize) -> Items {
        Items {
            pending: sources.into_iter().collect(),
            path_lines: None,
            walk: None,
            collection: None,
            limit,
        }
    }

    /// The documents of paths read one per line (blank lines skipped), as `find` prints them.
    pub fn from_path_lines(lines: Box<dyn BufRead + Send>, limit: usize) -> Items {
        Items::new([], limit).with_path_lines(lines)
    }

    /// Adds paths read one per line, after the sources given to [`Items::new`].
    pub fn with_path_lines(mut self, lines: Box<dyn BufRead + Send>) -> Items {
        self.path_lines = Some(lines);
        self
    }

    fn open_collection(&mut self, path: &Path, format: Format, gz: bool) -> Option<Item> {
        let shown = path.display().to_string();
        let opened = if path.as_os_str() == "-" {
            // Standard input (read once: not with a template-learning pass).
            let stdin: Box<dyn BufRead + Send> = Box::new(BufReader::new(std::io::stdin()));
            Ok(stdin)
        } else {
            open_stream(path, gz)
        };
        let stream = match opened {
            Ok(s) => s,
            Err(e) => return Some(Item::failed(shown, BatchError::io(e))),
        };
        self.collection = Some(match format {
            Format::Warc => Box::new(warc::Records::new(stream, shown, self.limit)),
            _ => Box::new(jsonl::Records::new(stream, shown, self.limit)),
        });
        None
    }

    /// An explicitly named path: a directory to walk, a collection to open, or one document.
    fn open_path(&mut self, path: PathBuf) -> Option<Item> {
        let shown = path.display().to_string();
        match std::fs::metadata(&path) {
            Err(e) => Some(Item::failed(shown, BatchError::io(e))),
            Ok(m) if m.is_dir() => {
                // Symbolic links are followed (a corpus is often a tree of links); a loop becomes
                // an error item.
                let walk = walkdir::WalkDir::new(path).follow_links(true);
                self.walk = Some(walk.sort_by_file_name().into_iter());
                None
            }
            Ok(_) => {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                let (format, gz) = name.as_deref().and_then(classify).unwrap_or_else(|| {
                    let gz = name.as_deref().is_some_and(|n| n.ends_with(".gz"));
                    (Format::Doc(DocKind::Sniff), gz)
                });
                match format {
                    Format::Doc(kind) => Some(file_item(path, shown, gz, kind)),
                    f => self.open_collection(&path, f, gz),
                }
            }
        }
    }

    fn next_walked(&mut self) -> Option<Option<Item>> {
        let walk = self.walk.as_mut()?;
        let entry = match walk.next() {
            None => {
                self.walk = None;
                return Some(None);
            }
            Some(Err(e)) => {
                let shown = e
                    .path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                let err = match e.into_io_error() {
                    Some(io) => BatchError::io(io),
                    None => BatchError::new(ErrorKind::Io, "file system loop".to_string()),
                };
                return Some(Some(Item::failed(shown, err)));
            }
            Some(Ok(entry)) => entry,
        };
        if !entry.file_type().is_file() {
            return Some(None);
        }
        let name = entry.file_name().to_string_lossy();
        let Some((format, gz)) = classify(&name) else {
            return Some(None);
        };
        let path = entry.into_path();
        Some(match format {
            Format::Doc(kind) => {
                let shown = path.display().to_string();
                Some(file_item(path, shown, gz, kind))
            }
            // A JSON Lines file inside a directory may be anything; only named ones are read.
            Format::Jsonl => None,
            f => self.open_collection(&path, f, gz),
        })
    }
}

fn file_item(path: PathBuf, shown: String, gz: bool, kind: DocKind) -> Item {
    Item {
        site: crate::template::dir_of(&shown),
        path: shown,
        load: Load::File { path, gz, kind },
    }
}

impl Iterator for Items {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(c) = self.collection.as_mut() {
                match c.next() {
                    Some(item) => return Some(item),
                    None => self.collection = None,
                }
                continue;
            }
            if let Some(found) = self.next_walked() {
                match found {
                    Some(item) => return Some(item),
                    None => continue,
                }
            }
            if let Some(lines) = self.path_lines.as_mut() {
                let mut line = String::new();
                match lines.read_line(&mut line) {
                    Ok(0) => self.path_lines = None,
                    Ok(_) => {
                        let p = line.trim_end_matches(['\n', '\r']);
                        if !p.trim().is_empty() {
                            self.pending.push_back(Source::Path(PathBuf::from(p)));
                        }
                    }
                    Err(e) => {
                        self.path_lines = None;
                        return Some(Item::failed("-", BatchError::io(e)));
                    }
                }
            }
            match self.pending.pop_front() {
                Some(Source::Path(p)) => {
                    if let Some(item) = self.open_path(p) {
                        return Some(item);
                    }
                }
                Some(Source::Jsonl(p)) => {
                    let gz = p.to_string_lossy().ends_with(".gz");
                    if let Some(item) = self.open_collection(&p, Format::Jsonl, gz) {
                        return Some(item);
                    }
                }
                None if self.path_lines.is_some() => continue,
                None => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_classified() {
        assert_eq!(classify("a.txt"), Some((Format::Doc(DocKind::Text), false)));
        assert_eq!(
            classify("A.HTML.gz"),
            Some((Format::Doc(DocKind::Html), true))
        );
        assert_eq!(classify("crawl.warc.gz"), Some((Format::Warc, true)));
        assert_eq!(classify("x.jsonl"), Some((Format::Jsonl, false)));
        assert_eq!(classify("image.png"), None);
        assert_eq!(classify("README"), None);
    }

    #[test]
    fn counts_documents_without_reading_them() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        for f in ["a/1.txt", "a/b/2.html.gz", "a/b/skip.png", "3.htm"] {
            std::fs::write(root.join(f), b"x").unwrap();
        }
        let dir_a = Source::Path(root.join("a"));
        let file = Source::Path(root.join("3.htm"));
        assert_eq!(count_documents(&[dir_a.clone(), file]), Some(3));
        std::fs::write(root.join("a/crawl.warc.gz"), b"x").unwrap();
        assert_eq!(count_documents(&[dir_a]), None);
        assert_eq!(
            count_documents(&[Source::Jsonl(root.join("x.jsonl"))]),
            None
        );
        #[cfg(unix)]
        {
            // A linked file is read; a link back up the tree is an error item, not a hang.
            std::os::unix::fs::symlink(root.join("3.htm"), root.join("a/b/linked.htm")).unwrap();
            std::os::unix::fs::symlink(root.join("a"), root.join("a/b/up")).unwrap();
            let items: Vec<Item> = Items::new([Source::Path(root.join("a"))], 100).collect();
            let linked = items
                .iter()
                .filter(|i| i.path.ends_with("linked.htm"))
                .count();
            let loops = items
                .iter()
                .filter(|i| matches!(&i.load, Load::Failed(e) if e.kind == ErrorKind::Io))
                .count();
            assert_eq!((linked, loops), (1, 1), "{items:?}");
        }
    }
}
