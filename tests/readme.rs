//! The README's rule table is generated from `dechaff::RULES`; this test keeps them in step.

use std::path::Path;

const START: &str = "<!-- rules:start -->\n";
const END: &str = "<!-- rules:end -->";

#[test]
fn readme_rule_table_matches_the_rules() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let (Some(a), Some(b)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md lacks the rules markers");
    };
    let table = dechaff::rules::markdown_table();
    let current = &readme[a + START.len()..b];
    if current != table {
        if std::env::var_os("DECHAFF_BLESS").is_some() {
            let updated = format!("{}{START}{table}{}", &readme[..a], &readme[b..]);
            std::fs::write(&path, updated).expect("write README.md");
            return;
        }
        panic!("README.md's rule table is out of date; run `DECHAFF_BLESS=1 cargo test --test readme` and review the diff");
    }
}

#[test]
fn readme_commands_name_a_bundled_fixture() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let first = readme
        .lines()
        .find(|l| l.starts_with("cargo run"))
        .expect("a cargo run line");
    let file = first
        .split_whitespace()
        .find(|w| w.starts_with("fixtures/"))
        .expect("a fixture path");
    assert!(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(file).exists(),
        "{file}"
    );
}
