//! Every diagnostic code appears in a golden case (or a run-time fault test) and in
//! docs/diagnostics.md.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use gbsw::diag::Code;

/// The codes a text reports as diagnostics: `错误[code]:`, `警告[code]:`, `error[code]:`,
/// `warning[code]:` (the human format), `"code":"…"` (JSON Lines) and `"ruleId": "…"` (SARIF).
/// Text elsewhere (a comment, a message quoting a code) does not count.
fn reported_codes(text: &str) -> BTreeSet<String> {
    let mut codes = BTreeSet::new();
    for severity in ["错误[", "警告[", "error[", "warning["] {
        for (at, _) in text.match_indices(severity) {
            let rest = &text[at + severity.len()..];
            if let Some(end) = rest.find("]:") {
                let name = &rest[..end];
                if !name.is_empty()
                    && name
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                {
                    codes.insert(name.to_owned());
                }
            }
        }
    }
    for key in ["\"code\":\"", "\"ruleId\": \""] {
        for (at, _) in text.match_indices(key) {
            let rest = &text[at + key.len()..];
            if let Some(end) = rest.find('"') {
                codes.insert(rest[..end].to_owned());
            }
        }
    }
    codes
}

/// Codes that no golden case can show, each with the test that asserts it at run time: a file
/// over 16 MiB cannot be a fixture.
const RUN_TIME: &[(Code, &str, &str)] = &[
    (
        Code::FileTooLarge,
        "tests/faults.rs",
        "错误[file-too-large]: 文件有 16777217 字节",
    ),
    // A sheet of 50 001 rows: a 900 KB fixture.
    (
        Code::SheetTooLarge,
        "tests/import.rs",
        "错误[sheet-too-large]: 工作表有 50002 行",
    ),
];

/// Every code is reported by at least one golden case (a `tests/cmd/*.toml` whose expected
/// stdout or stderr holds it as a diagnostic), or by a run-time test that asserts it.
#[test]
fn every_code_has_a_golden_case() {
    let mut cases: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut case_files = 0;
    let mut entries: Vec<_> = fs::read_dir("tests/cmd")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    entries.sort();
    for case in entries {
        case_files += 1;
        let mut expected = String::new();
        for ext in ["stdout", "stderr"] {
            expected.push_str(&fs::read_to_string(case.with_extension(ext)).unwrap_or_default());
        }
        let name = case.file_stem().unwrap().to_string_lossy().into_owned();
        for code in reported_codes(&expected) {
            cases.entry(code).or_default().push(name.clone());
        }
    }
    assert!(case_files > 100, "only {case_files} golden cases found");
    for (code, file, asserted) in RUN_TIME {
        let text = fs::read_to_string(file).unwrap();
        assert!(
            text.lines()
                .any(|l| !l.trim_start().starts_with("//") && l.contains(asserted)),
            "{file} does not assert `{asserted}`"
        );
        cases
            .entry(code.name().to_owned())
            .or_default()
            .push(format!("{file} (run time)"));
    }
    let known: BTreeSet<&str> = Code::ALL.iter().map(|c| c.name()).collect();
    let unknown: Vec<&String> = cases
        .keys()
        .filter(|c| !known.contains(c.as_str()))
        .collect();
    assert_eq!(
        unknown,
        Vec::<&String>::new(),
        "codes in goldens that gbsw does not have"
    );
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.name())
        .filter(|name| !cases.contains_key(*name))
        .collect();
    assert_eq!(
        missing,
        Vec::<&str>::new(),
        "codes without a golden case in tests/cmd"
    );
}

#[test]
fn every_code_is_documented() {
    let docs = fs::read_to_string("docs/diagnostics.md").unwrap_or_default();
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.name())
        .filter(|name| !docs.contains(&format!("### `{name}`")))
        .collect();
    assert_eq!(
        missing,
        Vec::<&str>::new(),
        "codes without a section in docs/diagnostics.md"
    );
}
