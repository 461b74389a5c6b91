//! `dechaff batch` end to end: the built binary on a directory of fixtures with broken inputs
//! among them, on a JSON Lines file, on a WARC file, and with site templates.

use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dechaff"))
}

/// Runs `dechaff batch ARGS -j 1` and `-j 2`, checks that both print the same bytes, and returns
/// the `-j 1` run.
fn batch_any_threads(args: &[&str], dir: &Path, what: &str) -> Output {
    let with = |j: &str| {
        let mut a = args.to_vec();
        a.extend(["-j", j]);
        batch(&a, dir)
    };
    let (one, two) = (with("1"), with("2"));
    assert_eq!(one.stdout, two.stdout, "{what}: -j 1 and -j 2 differ");
    one
}

fn batch(args: &[&str], dir: &Path) -> Output {
    let out = bin()
        .current_dir(dir)
        .arg("batch")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run dechaff");
    assert!(
        out.status.code().is_some(),
        "dechaff was killed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Runs the binary in `dir` with `input` on its standard input.
fn batch_with_stdin(args: &[&str], dir: &Path, input: &[u8]) -> Output {
    let mut child = bin()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn records(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn seed_inputs() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            let bytes = std::fs::read(e.path().join("input.txt")).ok()?;
            Some((name, bytes))
        })
        .collect();
    v.sort();
    assert!(v.len() >= 5);
    v
}

/// A corpus: the text fixtures (some gzipped, some in a sub-directory), an HTML page (and one
/// gzipped under a plain name), a gzip file
/// whose second member is corrupt, a binary file, an empty file and a file of another type.
/// Returns the directory and the paths expected in the output, in order, with whether each is a
/// good document (`Some(true)`), a bad one (`Some(false)`), or either (HTML: the front end may
/// not be built yet).
fn corpus() -> (tempfile::TempDir, Vec<(String, Option<bool>)>) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("corpus");
    std::fs::create_dir_all(root.join("nested/deeper")).unwrap();
    let seeds = seed_inputs();
    let mut expect = Vec::new();
    let mut files: Vec<(PathBuf, Vec<u8>, Option<bool>)> = Vec::new();
    for (i, (name, bytes)) in seeds.iter().enumerate() {
        let (rel, data) = match i % 3 {
            0 => (format!("{name}.txt"), bytes.clone()),
            1 => (format!("nested/{name}.txt.gz"), gz(bytes)),
            _ => (format!("nested/deeper/{name}.txt"), bytes.clone()),
        };
        files.push((PathBuf::from(rel), data, Some(true)));
    }
    files.push((
        "page.html".into(),
        b"<!doctype html><html><head><title>A page</title></head><body><p>The council met on Tuesday and approved the budget for the coming year.</p></body></html>".to_vec(),
        None,
    ));
    // A server's gzipped response saved under the page's own name: unpacked by its signature.
    files.push((
        "nested/saved.html".into(),
        gz(b"<!doctype html><html><body><article><p>The ferry to the island runs twice a day in summer and once a day in winter.</p></article></body></html>"),
        Some(true),
    ));
    // A good first member, then a member whose deflate data is garbage.
    let mut broken = gz(b"The first member is fine.\n");
    let mut second = gz(b"The second member will be damaged on purpose.\n");
    let n = second.len();
    for b in &mut second[12..n - 8] {
        *b ^= 0x5A;
    }
    broken.extend(second);
    files.push(("nested/corrupt.txt.gz".into(), broken, Some(false)));
    let mut binary = b"\x7fELF\x02\x01\x01\0".to_vec();
    binary.extend((0..4000u32).map(|i| if i % 3 == 0 { (i % 251) as u8 } else { 0 }));
    files.push(("program.txt".into(), binary, Some(false)));
    files.push(("empty.txt".into(), Vec::new(), Some(true)));
    // Not a document type: skipped by the walk.
    std::fs::write(root.join("image.png"), b"\x89PNG\r\n\x1a\n").unwrap();
    for (rel, data, _) in &files {
        std::fs::write(root.join(rel), data).unwrap();
    }
    // Expected order: a walk sorted by file name at each level.
    let mut walked: Vec<(String, Option<bool>)> = files
        .iter()
        .map(|(rel, _, ok)| (format!("corpus/{}", rel.display()), *ok))
        .collect();
    walked.sort_by(|a, b| {
        let ka: Vec<&str> = a.0.split('/').collect();
        let kb: Vec<&str> = b.0.split('/').collect();
        ka.cmp(&kb)
    });
    expect.extend(walked);
    (dir, expect)
}

fn check_records(recs: &[Value], expect: &[(String, Option<bool>)]) {
    let paths: Vec<&str> = recs.iter().map(|r| r["path"].as_str().unwrap()).collect();
    let want: Vec<&str> = expect.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths, want, "one record per input, in input order");
    for (r, (path, ok)) in recs.iter().zip(expect) {
        let is_doc = r.get("body").is_some();
        let is_err = r["error"]["kind"].is_string() && r["error"]["message"].is_string();
        assert!(is_doc != is_err, "{path}: a document or an error: {r}");
        if let Some(ok) = ok {
            assert_eq!(is_doc, *ok, "{path}: {r}");
        }
        if is_doc {
            assert_eq!(r["provenance"]["source"], path.as_str());
            assert!(r["paragraphs"].is_array() && r["removed"].is_array());
        }
    }
}

#[test]
fn directory_with_bad_inputs_same_bytes_whatever_the_threads() {
    let (dir, expect) = corpus();
    let one = batch_any_threads(&["corpus", "--no-timing"], dir.path(), "directory");
    assert_eq!(
        one.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&one.stderr)
    );
    let recs = records(&one);
    check_records(&recs, &expect);
    let kinds: Vec<&str> = recs
        .iter()
        .filter_map(|r| r["error"]["kind"].as_str())
        .filter(|k| *k != "html")
        .collect();
    assert_eq!(kinds, ["gzip", "binary"]);
    // The summary line.
    let err = String::from_utf8_lossy(&one.stderr);
    assert!(err.contains("errors") && err.contains("MB in"), "{err}");
    // The cleaned text equals what the library gives for the same input.
    let seeds = seed_inputs();
    let first = recs
        .iter()
        .find(|r| r["path"] == format!("corpus/{}.txt", seeds[0].0))
        .unwrap();
    let doc = dechaff::Cleaner::default()
        .clean(dechaff::Input::text_bytes(&seeds[0].1))
        .unwrap();
    assert_eq!(first["body"], doc.body.as_str());

    // With timing, only "ms" differs.
    let timed = batch(&["corpus", "-j", "2"], dir.path());
    let mut stripped = Vec::new();
    for mut r in records(&timed) {
        if r.get("body").is_some() {
            assert!(r["ms"].as_f64().is_some_and(|ms| ms >= 0.0), "{r}");
        }
        r.as_object_mut().unwrap().remove("ms");
        stripped.push(r);
    }
    assert_eq!(stripped, recs);

    // Failures only change the exit status when asked.
    let strict = batch(&["corpus", "-j", "2", "--fail-on-error", "-q"], dir.path());
    assert_eq!(strict.status.code(), Some(1));
    assert!(strict.stderr.is_empty(), "--quiet prints nothing");
}

#[test]
fn nothing_readable_fails_and_limits_give_error_records() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bin.txt"), vec![0u8; 1000]).unwrap();
    let out = batch(&["bin.txt", "missing.txt"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["error"]["kind"], "binary");
    assert_eq!(recs[1]["error"]["kind"], "io");

    let big = "A long enough line of ordinary prose for the test.\n".repeat(100);
    std::fs::write(dir.path().join("big.txt"), &big).unwrap();
    std::fs::write(dir.path().join("big.txt.gz"), gz(big.as_bytes())).unwrap();
    std::fs::write(dir.path().join("small.txt"), "Small and fine.").unwrap();
    let out = batch(&["--max-doc-size", "1k", "."], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out);
    let got: Vec<(String, String)> = recs
        .iter()
        .map(|r| {
            let what = r["error"]["kind"]
                .as_str()
                .unwrap_or("document")
                .to_string();
            (r["path"].as_str().unwrap().to_string(), what)
        })
        .collect();
    let want = [
        ("./big.txt", "too_large"),
        ("./big.txt.gz", "too_large"),
        ("./bin.txt", "binary"),
        ("./small.txt", "document"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn paths_from_stdin_and_output_file() {
    let (dir, expect) = corpus();
    let list: String = expect.iter().map(|(p, _)| format!("{p}\n")).collect();
    let out = batch_with_stdin(
        &[
            "batch",
            "--stdin",
            "-o",
            "out.jsonl",
            "--no-timing",
            "-j",
            "2",
        ],
        dir.path(),
        list.as_bytes(),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let written = std::fs::read(dir.path().join("out.jsonl")).unwrap();
    let recs: Vec<Value> = String::from_utf8_lossy(&written)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    check_records(&recs, &expect);
}

#[test]
fn json_lines_input_keeps_id_and_url() {
    let dir = tempfile::tempdir().unwrap();
    let lines = [
        r#"{"id": "doc-1", "url": "https://news.example.com/a", "text": "Share\nTweet\n\nThe council approved the budget on Tuesday after a long debate."}"#,
        r#"{"id": 2, "url": "https://news.example.com/b", "html": "<html><body><p>The mayor opened the new library on Saturday morning.</p></body></html>"}"#,
        r#"this is not json"#,
        r#"{"id": "no-content"}"#,
        r#"{"id": "doc-5", "text": "A last record without a URL, with enough words to be kept."}"#,
    ];
    std::fs::write(dir.path().join("in.jsonl"), lines.join("\n") + "\n").unwrap();
    let one = batch_any_threads(
        &["--jsonl-in", "in.jsonl", "--no-timing"],
        dir.path(),
        "jsonl",
    );
    let recs = records(&one);
    let paths: Vec<&str> = recs.iter().map(|r| r["path"].as_str().unwrap()).collect();
    assert_eq!(
        paths,
        [
            "in.jsonl#1",
            "in.jsonl#2",
            "in.jsonl#3",
            "in.jsonl#4",
            "in.jsonl#5"
        ]
    );
    assert_eq!(recs[0]["provenance"]["id"], "doc-1");
    assert_eq!(recs[0]["provenance"]["url"], "https://news.example.com/a");
    assert_eq!(
        recs[0]["body"],
        "The council approved the budget on Tuesday after a long debate."
    );
    // HTML: a document once the front end exists, else an `html` error; in its place either way.
    if recs[1].get("body").is_some() {
        assert_eq!(recs[1]["provenance"]["id"], "2");
    } else {
        assert_eq!(recs[1]["error"]["kind"], "html");
    }
    assert_eq!(recs[2]["error"]["kind"], "json");
    assert_eq!(recs[3]["error"]["kind"], "json");
    assert_eq!(recs[4]["provenance"]["id"], "doc-5");
    assert!(recs[4]["provenance"].get("url").is_none());

    // From standard input.
    let piped = batch_with_stdin(
        &["batch", "--jsonl-in", "-", "--no-timing", "-q"],
        dir.path(),
        (lines.join("\n") + "\n").as_bytes(),
    );
    let from_stdin: Vec<String> = records(&piped)
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(from_stdin, ["-#1", "-#2", "-#3", "-#4", "-#5"]);
}

fn warc_record(kind: &str, id: usize, uri: &str, block: &[u8]) -> Vec<u8> {
    let content_type = match kind {
        "warcinfo" => "application/warc-fields",
        "request" => "application/http; msgtype=request",
        _ => "application/http; msgtype=response",
    };
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{id:012}>\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2026-01-01T00:00:00Z\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

#[test]
fn warc_responses_become_documents_with_record_id_and_uri() {
    let dir = tempfile::tempdir().unwrap();
    let text_body = "Share\nTweet\n\nThe ferry service resumed on Monday after the storm had passed through the bay.\n";
    let records_raw = [
        warc_record("warcinfo", 1, "", b"software: test\r\n"),
        warc_record("request", 2, "http://www.example.org/story", b"GET /story HTTP/1.1\r\nHost: www.example.org\r\n\r\n"),
        warc_record(
            "response",
            3,
            "http://www.example.org/story",
            format!("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\n\r\n{text_body}", text_body.len()).as_bytes(),
        ),
        warc_record(
            "response",
            4,
            "http://www.example.org/page",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n<html><body><p>Caf\xE9 owners on the quay welcomed the decision of the council.</p></body></html>",
        ),
        warc_record("response", 5, "http://www.example.org/logo.png", b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n"),
        warc_record(
            "response",
            6,
            "http://www.example.org/notes.txt",
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=windows-1252\r\n\r\nNotes: the caf\u{e9} opens at nine o'clock every day.\n"
                .replace('\u{e9}', "\u{1}")
                .as_bytes()
                .iter()
                .map(|&b| if b == 1 { 0xE9 } else { b })
                .collect::<Vec<u8>>()
                .as_slice(),
        ),
    ];
    // One gzip member per record, as crawlers write them.
    let mut warc = Vec::new();
    for r in &records_raw {
        warc.extend(gz(r));
    }
    std::fs::write(dir.path().join("crawl.warc.gz"), &warc).unwrap();
    // The same records, with the last member cut short.
    std::fs::write(dir.path().join("cut.warc.gz"), &warc[..warc.len() - 20]).unwrap();

    let one = batch_any_threads(&["crawl.warc.gz", "--no-timing"], dir.path(), "warc");
    assert_eq!(one.status.code(), Some(0));
    let recs = records(&one);
    let paths: Vec<&str> = recs.iter().map(|r| r["path"].as_str().unwrap()).collect();
    assert_eq!(
        paths,
        ["crawl.warc.gz#3", "crawl.warc.gz#4", "crawl.warc.gz#6"]
    );
    let p = &recs[0]["provenance"];
    assert_eq!(p["id"], "<urn:uuid:00000000-0000-0000-0000-000000000003>");
    assert_eq!(p["url"], "http://www.example.org/story");
    assert_eq!(p["http_status"], 200);
    assert_eq!(
        recs[0]["body"],
        "The ferry service resumed on Monday after the storm had passed through the bay."
    );
    // A page is decoded by the header's charset, and its spans index the record's own bytes.
    let page = &recs[1];
    assert_eq!(page["provenance"]["charset"], "windows-1252");
    assert_eq!(page["provenance"]["encoding"], "windows-1252");
    assert!(page["body"].as_str().unwrap().contains("Café owners"));
    let raw: &[u8] = b"<html><body><p>Caf\xE9 owners on the quay welcomed the decision of the council.</p></body></html>";
    let span = &page["paragraphs"][0]["spans"][0];
    let (a, b) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    assert!(raw[a..b].starts_with(b"Caf\xE9 owners"));
    // So is a text, whose spans index the record's bytes too.
    let text = &recs[2];
    assert_eq!(text["provenance"]["charset"], "windows-1252");
    assert_eq!(text["provenance"]["encoding"], "windows-1252");
    assert_eq!(
        text["body"],
        "Notes: the café opens at nine o'clock every day."
    );
    assert_eq!(
        text["paragraphs"][0]["spans"][0],
        serde_json::json!([0, 48])
    );

    // A cut-short gzip member: the records before it, then an error record.
    let cut = batch(&["cut.warc.gz", "--no-timing"], dir.path());
    let recs = records(&cut);
    let got: Vec<(&str, &str)> = recs
        .iter()
        .map(|r| {
            (
                r["path"].as_str().unwrap(),
                r["error"]["kind"].as_str().unwrap_or("document"),
            )
        })
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0], ("cut.warc.gz#3", "document"));
    assert_eq!(got[2].0, "cut.warc.gz#6");
    assert_eq!(got[2].1, "gzip");
}

/// Twenty dumps of one "site" sharing a header menu and a footer line, with different bodies.
#[test]
fn learnt_templates_remove_shared_lines_and_keep_bodies() {
    const WORDS: [&str; 24] = [
        "harbour",
        "council",
        "budget",
        "ferry",
        "library",
        "orchard",
        "bridge",
        "school",
        "market",
        "festival",
        "railway",
        "museum",
        "stadium",
        "clinic",
        "garden",
        "tunnel",
        "airport",
        "theatre",
        "factory",
        "quarry",
        "canal",
        "lighthouse",
        "brewery",
        "vineyard",
    ];
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    let header = "Home | World | Business | Opinion | Contact the Riverside Courier";
    let footer = "Riverside Courier is published by the Valley Press cooperative.";
    let mut bodies = Vec::new();
    for i in 0..20 {
        let (a, b, c) = (WORDS[i], WORDS[(i + 7) % 24], WORDS[(i + 13) % 24]);
        let body = vec![
            format!("Plans for the new {a} were discussed by residents who worried about the {b} and its future."),
            format!("The {c} committee said a decision on the {a} would follow a public consultation next spring."),
        ];
        let dump = format!("{header}\n\n{}\n\n{}\n\n{footer}\n", body[0], body[1]);
        std::fs::write(site.join(format!("{i:02}.txt")), dump).unwrap();
        bodies.push(body);
    }
    let plain = records(&batch(&["site", "--no-timing"], dir.path()));
    assert!(
        plain
            .iter()
            .all(|r| r["body"].as_str().unwrap().contains("Valley Press")),
        "without learning, the footer line stays (no other rule takes it)"
    );
    let one = batch_any_threads(
        &["site", "--learn-templates", "--no-timing"],
        dir.path(),
        "template learning",
    );
    assert_eq!(
        one.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&one.stderr)
    );
    let recs = records(&one);
    assert_eq!(recs.len(), 20);
    for (r, body) in recs.iter().zip(&bodies) {
        let paragraphs: Vec<&str> = r["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["text"].as_str().unwrap())
            .collect();
        assert_eq!(paragraphs, *body, "{}", r["path"]);
        let template: Vec<&Value> = r["removed"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["rule"] == "template.site")
            .collect();
        assert!(!template.is_empty(), "{r}");
        for t in template {
            assert_eq!(t["layer"], "template");
            assert_eq!(t["detail"], "seen on 20 of 20 documents of site");
        }
        assert!(r["title"].is_null() || !r["title"].as_str().unwrap().contains("Riverside"));
        // Every non-whitespace byte of the input is kept or removed.
        let input = std::fs::read(dir.path().join(r["path"].as_str().unwrap())).unwrap();
        let mut covered = vec![false; input.len()];
        let spans = r["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|p| p["spans"].as_array().unwrap().clone())
            .chain(
                r["removed"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x["span"].clone()),
            );
        for sp in spans {
            let (a, b) = (
                sp[0].as_u64().unwrap() as usize,
                sp[1].as_u64().unwrap() as usize,
            );
            covered[a..b].iter_mut().for_each(|c| *c = true);
        }
        let lost: Vec<usize> = (0..input.len())
            .filter(|&i| !covered[i] && !input[i].is_ascii_whitespace())
            .collect();
        assert!(lost.is_empty(), "{}: bytes {lost:?} unaccounted", r["path"]);
    }
}

/// Records of a JSON Lines file are grouped by their URL's host.
#[test]
fn templates_are_learnt_per_host_in_json_lines() {
    const TOPICS: [&str; 6] = [
        "harbour", "library", "orchard", "railway", "museum", "canal",
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut lines = Vec::new();
    for (i, topic) in TOPICS.iter().enumerate() {
        for host in ["www.one.example", "two.example"] {
            let text = format!(
                "Sign in to comment on {host}\n\nThe plans for the {topic} were discussed at length by the residents.\n"
            );
            let rec = serde_json::json!({"id": format!("{host}-{i}"), "url": format!("https://{host}/{topic}"), "text": text});
            lines.push(rec.to_string());
        }
    }
    std::fs::write(dir.path().join("in.jsonl"), lines.join("\n")).unwrap();
    let out = batch(
        &[
            "--jsonl-in",
            "in.jsonl",
            "--learn-templates",
            "--no-timing",
            "-j",
            "2",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out);
    assert_eq!(recs.len(), 12);
    for r in &recs {
        let host = if r["provenance"]["url"]
            .as_str()
            .unwrap()
            .contains("one.example")
        {
            "one.example"
        } else {
            "two.example"
        };
        assert!(
            r["body"].as_str().unwrap().starts_with("The plans for the"),
            "{r}"
        );
        let t: Vec<&Value> = r["removed"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["rule"] == "template.site")
            .collect();
        assert_eq!(t.len(), 1, "{r}");
        assert_eq!(
            t[0]["detail"],
            format!("seen on 6 of 6 documents of {host}")
        );
    }
}

/// `dechaff clean` unpacks a gzipped page (by its signature, whatever the name) and cleans it as
/// the page itself; other binary files get a typed error and exit code 1, not a page of noise.
#[test]
fn clean_unpacks_gzip_and_refuses_other_binary_files() {
    let dir = tempfile::tempdir().unwrap();
    let page = "<html><head><title>Bridge</title></head><body><article><p>The council approved the budget for the new bridge on Tuesday after a long debate about its cost.</p></article></body></html>";
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(page.as_bytes()).unwrap();
    std::fs::write(dir.path().join("page.html"), page).unwrap();
    std::fs::write(dir.path().join("page.html.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(
        dir.path().join("image.png"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe",
    )
    .unwrap();
    let clean = |name: &str| {
        bin()
            .current_dir(dir.path())
            .args(["clean", "--json", name])
            .output()
            .expect("run dechaff")
    };
    let (plain, packed) = (clean("page.html"), clean("page.html.gz"));
    assert!(plain.status.success() && packed.status.success());
    // The same document, but for the source's name.
    let packed = String::from_utf8_lossy(&packed.stdout).replace("page.html.gz", "page.html");
    assert_eq!(String::from_utf8_lossy(&plain.stdout), packed);
    let png = clean("image.png");
    assert_eq!(png.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&png.stderr).contains("PNG"));
}

#[test]
fn markdown_in_each_record_on_request() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let page = root.join("fixtures/html-recipe/input.html");
    let page = page.to_str().expect("utf-8 path");
    let recs = records(&batch(&["--no-timing", "-q", "--markdown", page], root));
    assert_eq!(recs.len(), 1);
    let md = recs[0]["markdown"].as_str().expect("markdown");
    let want = std::fs::read_to_string(root.join("fixtures/html-recipe/expected.md"))
        .expect("expected.md");
    assert_eq!(md, want);
    // Without the flag, no such field.
    let plain = records(&batch(&["--no-timing", "-q", page], root));
    assert!(plain[0].get("markdown").is_none());
}

/// A reader that stops early (`dechaff rules | head -1`) ends the run quietly: no panic message,
/// a clean exit. The pipe is closed before the tool writes a byte.
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let dir = std::env::temp_dir();
    let page = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seed-001/input.txt");
    let runs: [&[&str]; 3] = [&["rules"], &["clean", page], &["batch", page]];
    for args in runs {
        let mut child = bin()
            .current_dir(&dir)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run dechaff");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait for dechaff");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(out.status.success(), "{args:?}: {:?} {stderr}", out.status);
    }
}

/// `--enable` switches a rule on whatever the preset, in `clean` and in `batch`; `--disable` wins
/// over it; an unknown id is refused with exit code 2.
#[test]
fn enable_switches_a_rule_on_in_clean_and_batch() {
    let dir = tempfile::tempdir().unwrap();
    let dump = "Home\n\nNews\n\nSport\n\nWeather\n\nContact\n\nThe council approved the budget on Tuesday after a long debate, officials said. The vote was close, and the mayor welcomed it.\n\nThe new budget funds two schools and a library, and it takes effect in April.\n";
    std::fs::write(dir.path().join("menu.txt"), dump).unwrap();
    let clean = |args: &[&str]| {
        let out = bin()
            .current_dir(dir.path())
            .args(["clean", "--json", "--preset", "recall"])
            .args(args)
            .arg("menu.txt")
            .output()
            .expect("run dechaff");
        let body = serde_json::from_slice::<Value>(&out.stdout)
            .ok()
            .and_then(|doc| doc["body"].as_str().map(str::to_string))
            .unwrap_or_default();
        (out.status.code(), body)
    };
    let (code, plain) = clean(&[]);
    assert_eq!(code, Some(0));
    assert!(plain.starts_with("Home"), "{plain}");
    let (_, enabled) = clean(&["--enable", "nav.run"]);
    assert!(enabled.starts_with("The council"), "{enabled}");
    assert_eq!(
        clean(&["--enable", "nav.run", "--disable", "nav.run"]).1,
        plain
    );
    assert_eq!(clean(&["--enable", "no.such-rule"]).0, Some(2));
    let recs = records(&batch(
        &[
            "--no-timing",
            "-q",
            "--preset",
            "recall",
            "--enable",
            "nav.run",
            "menu.txt",
        ],
        dir.path(),
    ));
    assert_eq!(recs.len(), 1);
    assert!(recs[0]["body"].as_str().unwrap().starts_with("The council"));
}

/// `--charset` names the files' charset where the detector would guess another (a pound sign
/// reads as a Central European letter), in `clean` and `batch`; an unknown label is refused.
#[test]
fn charset_names_the_files_encoding() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("note.txt"),
        b"Caf\xe9 \xa3 owners agreed to the plan on Monday, the mayor said in a statement.\n",
    )
    .unwrap();
    let want = "Café £ owners agreed to the plan on Monday, the mayor said in a statement.";
    let clean = |args: &[&str]| {
        bin()
            .current_dir(dir.path())
            .arg("clean")
            .args(args)
            .arg("note.txt")
            .output()
            .expect("run dechaff")
    };
    let out = clean(&["--charset", "windows-1252"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim_end(), want);
    assert_eq!(
        clean(&["--charset", "no-such-charset"]).status.code(),
        Some(2)
    );
    let recs = records(&batch(
        &["--no-timing", "-q", "--charset", "latin1", "note.txt"],
        dir.path(),
    ));
    assert_eq!(recs[0]["body"], want);
    assert_eq!(recs[0]["provenance"]["encoding"], "windows-1252");
}
