//! docs/records.md is generated from its template and the field descriptors
//! (`gbsw::reference::records_md`) and must be current.

use std::fs;

const RECORDS_MD: &str = "docs/records.md";

#[test]
fn records_md_is_current() {
    let text = gbsw::reference::records_md();
    let on_disk = fs::read_to_string(RECORDS_MD).unwrap_or_default();
    if on_disk == text {
        return;
    }
    if std::env::var_os("GBSW_BLESS").is_some() {
        fs::write(RECORDS_MD, &text).unwrap_or_else(|e| panic!("cannot write {RECORDS_MD}: {e}"));
        return;
    }
    let line = on_disk
        .lines()
        .zip(text.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| on_disk.lines().count().min(text.lines().count()));
    panic!(
        "{RECORDS_MD} is stale: it is generated from docs/records.md.in and the field descriptors \
         (edit those, not it), first difference at line {}:\n  on disk:   {:?}\n  generated: {:?}\n\
         regenerate with: GBSW_BLESS=1 cargo test --test tests docs::",
        line + 1,
        on_disk.lines().nth(line).unwrap_or("(end of file)"),
        text.lines().nth(line).unwrap_or("(end of file)"),
    );
}

/// GitHub's anchor of a heading: lower case, letters (Chinese too), digits, `-` and `_` kept,
/// spaces to `-`, the rest dropped.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// Every `records.md#…` link in the README and docs/ lands on a heading of the generated page.
#[test]
fn links_into_records_md_land_on_a_heading() {
    let page = gbsw::reference::records_md();
    let anchors: Vec<String> = page
        .lines()
        .filter_map(|l| l.strip_prefix('#'))
        .map(|l| anchor(l.trim_start_matches('#')))
        .collect();
    let mut files = vec![std::path::PathBuf::from("README.md")];
    for entry in fs::read_dir("docs").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            files.push(path);
        }
    }
    let mut broken = Vec::new();
    for path in files {
        let text = fs::read_to_string(&path).unwrap();
        for (_, rest) in text
            .match_indices("records.md#")
            .map(|(i, _)| text.split_at(i))
        {
            let target: String = rest["records.md#".len()..]
                .chars()
                .take_while(|c| !matches!(c, ')' | '>' | ' ' | '"' | '\n'))
                .collect();
            if !anchors.contains(&target) {
                broken.push(format!("{}: records.md#{target}", path.display()));
            }
        }
    }
    assert!(anchors.contains(&"standard-标准".to_owned()), "{anchors:?}");
    assert_eq!(
        broken,
        Vec::<String>::new(),
        "links to no heading of docs/records.md"
    );
}
