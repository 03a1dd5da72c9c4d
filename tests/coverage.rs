//! Every diagnostic code appears in a golden case (or a run-time fault test) and in
//! docs/diagnostics.md.

use std::fs;

use gbsw::diag::Code;

fn read_all(dir: &str, ext: &str) -> String {
    let mut all = String::new();
    let mut entries: Vec<_> = fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.sort();
    for p in entries {
        if p.extension().is_some_and(|e| e == ext) {
            all.push_str(&fs::read_to_string(&p).unwrap_or_default());
        }
    }
    all
}

#[test]
fn every_code_has_a_golden_case() {
    // A file over 16 MiB cannot be a fixture: tests/faults.rs makes it at run time.
    let mut golden = read_all("tests/cmd", "stdout");
    golden.push_str(&fs::read_to_string("tests/faults.rs").unwrap_or_default());
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.name())
        .filter(|name| !golden.contains(&format!("[{name}]")))
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
