//! Rule cases as data (`tests/data/rules.toml`): what each rule removes, and the real prose it
//! must leave alone.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    rule: String,
    input: String,
    #[serde(default)]
    removes: Vec<String>,
    #[serde(default)]
    keeps: Vec<String>,
    #[serde(default)]
    metadata: BTreeMap<String, toml::Value>,
    /// The input is an HTML page (`kind = "html"`), not a text dump.
    #[serde(default)]
    kind: Option<String>,
    /// Other documents of the input's site: when given, site templates are learnt from them and
    /// the input, and the input is cleaned with them (for `template.site`).
    #[serde(default)]
    site: Vec<String>,
    /// The preset to clean with (`precision`, `recall`); the default preset when absent.
    #[serde(default)]
    preset: Option<String>,
}

fn input_of<'a>(c: &Case, text: &'a str) -> dechaff::Input<'a> {
    if c.kind.as_deref() == Some("html") {
        dechaff::Input::html(text.as_bytes())
    } else {
        dechaff::Input::text(text)
    }
}

/// Cleans a case's input (a page or a dump), with the templates learnt from its site's documents
/// if it lists any.
fn clean_case(c: &Case) -> dechaff::CleanDoc {
    let preset = match c.preset.as_deref() {
        Some("precision") => dechaff::Preset::Precision,
        Some("recall") => dechaff::Preset::Recall,
        _ => dechaff::Preset::Balanced,
    };
    let cleaner = dechaff::Cleaner::builder()
        .preset(preset)
        .max_input_bytes(usize::MAX)
        .build()
        .expect("valid options");
    if c.site.is_empty() {
        return cleaner.clean(input_of(c, &c.input)).expect("a case cleans");
    }
    let docs = c.site.iter().chain([&c.input]);
    let stats = dechaff::TemplateStats::learn(
        &cleaner,
        docs.map(|d| input_of(c, d).site("site")),
        dechaff::TemplateOptions::default(),
    );
    cleaner
        .clean_with(input_of(c, &c.input).site("site"), &stats)
        .expect("a case cleans")
}

fn load() -> Vec<Case> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/rules.toml"
    ))
    .expect("rules.toml");
    toml::from_str::<Cases>(&text)
        .expect("valid rules.toml")
        .case
}

fn meta_value(doc: &dechaff::CleanDoc, field: &str) -> toml::Value {
    let json = serde_json::to_value(&doc.metadata).unwrap();
    match &json[field] {
        serde_json::Value::Array(items) => toml::Value::Array(
            items
                .iter()
                .map(|i| toml::Value::String(i["value"].as_str().unwrap_or_default().into()))
                .collect(),
        ),
        serde_json::Value::Object(o) => {
            toml::Value::String(o["value"].as_str().unwrap_or_default().into())
        }
        _ => toml::Value::String("<absent>".into()),
    }
}

#[test]
fn every_case_holds() {
    let mut failures = Vec::new();
    for (n, c) in load().iter().enumerate() {
        assert!(
            dechaff::rules::by_id(&c.rule).is_some(),
            "case {n}: unknown rule {}",
            c.rule
        );
        let doc = clean_case(c);
        let removed: Vec<(String, &str)> = doc
            .removals
            .iter()
            .map(|r| (dechaff::text::collapse(&c.input[r.span.range()]), r.rule))
            .collect();
        for want in &c.removes {
            let want = dechaff::text::collapse(want);
            if !removed
                .iter()
                .any(|(t, rule)| *t == want && *rule == c.rule)
            {
                failures.push(format!(
                    "case {n} ({}): {want:?} not removed by it; removals: {removed:?}",
                    c.rule
                ));
            }
        }
        for keep in &c.keeps {
            if !doc
                .paragraphs
                .iter()
                .any(|p| p.text.contains(keep.as_str()))
            {
                failures.push(format!(
                    "case {n} ({}): {keep:?} not kept; paragraphs: {:?}; removals: {removed:?}",
                    c.rule,
                    doc.paragraphs.iter().map(|p| &p.text).collect::<Vec<_>>()
                ));
            }
        }
        for (field, want) in &c.metadata {
            let got = meta_value(&doc, field);
            if &got != want {
                failures.push(format!(
                    "case {n} ({}): metadata {field} = {got}, want {want}",
                    c.rule
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_has_cases_both_ways() {
    let cases = load();
    for rule in dechaff::RULES {
        let mine: Vec<&Case> = cases.iter().filter(|c| c.rule == rule.id).collect();
        assert!(
            mine.iter().any(|c| !c.removes.is_empty()
                || !c.metadata.is_empty()
                || rule.id == "segment.rejoin"
                || rule.id == "segment.code-block"),
            "{}: no case shows what it removes or reports",
            rule.id
        );
        assert!(
            mine.iter()
                .any(|c| c.removes.is_empty() && !c.keeps.is_empty()),
            "{}: no case of prose it must keep",
            rule.id
        );
    }
}
