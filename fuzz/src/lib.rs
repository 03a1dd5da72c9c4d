//! Shared pieces of the fuzz targets: a scratch ledger on disk, the input format of the
//! whole-ledger target, and the invariants every target asserts.
//!
//! The invariants (a failed one aborts, and libFuzzer saves the input):
//! - no panic anywhere in load, check, due, the reports and their renderers;
//! - every diagnostic names a file of the ledger, and its span (and every related span) lies
//!   inside that file's text, on character boundaries; a span is only given when there is text;
//! - parse errors' and nodes' spans lie inside the text that was parsed.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::NaiveDate;
use gbsw::diag::Diagnostic;
use gbsw::lang::Lang;
use gbsw::load::Loaded;
use gbsw::node::{Node, Value};
use gbsw::source::Files;
use gbsw::span::Span;

/// The as-of date used unless an input names one.
pub fn default_as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 20).unwrap()
}

/// A folder of this process for scratch ledgers: under `$GBSW_FUZZ_TMP` (set by
/// `fuzz/run-all`, which removes it afterwards), else under /dev/shm or the temp dir.
pub fn scratch_root() -> PathBuf {
    let base = std::env::var_os("GBSW_FUZZ_TMP")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let shm = Path::new("/dev/shm");
            if shm.is_dir() {
                shm.to_path_buf()
            } else {
                std::env::temp_dir()
            }
        });
    base.join(format!("gbsw-fuzz-{}", std::process::id()))
}

/// A fresh, empty ledger folder (the previous iteration's is removed).
pub fn fresh_dir() -> PathBuf {
    static N: AtomicU64 = AtomicU64::new(0);
    let root = scratch_root();
    // Alternate between two names so a failed removal never blocks the next iteration.
    let dir = root.join(format!("l{}", N.fetch_add(1, Ordering::Relaxed) % 2));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// Write files (relative path, bytes) under `root`, creating folders.
pub fn write_files(root: &Path, files: &[(String, Vec<u8>)]) {
    for (rel, bytes) in files {
        let path = root.join(rel);
        if let Some(parent) = path.parent() {
            // A name may clash with a file written before (`a` then `a/b`): skip it then.
            if fs::create_dir_all(parent).is_err() {
                continue;
            }
        }
        let _ = fs::write(&path, bytes);
    }
}

/// The manifest of a one-record ledger: two units, one schedule of each cadence.
pub const MANIFEST: &str = r#"organization = "fuzz"
[units.office]
name = "办公室"
kind = "department"
head = "王"
[units.service-center]
name = "中心"
kind = "center"
since = 2025-01-01
[[schedules]]
id = "daily-self"
type = "self"
cadence = "daily"
units = ["office"]
[[schedules]]
id = "monthly-spot"
type = "spot"
cadence = "monthly"
units = ["office", "service-center"]
by = "office"
[[schedules]]
id = "semi"
type = "mutual"
cadence = "semiannual"
units = ["service-center"]
"#;

/// A file name is usable in the whole-ledger input when it is relative, has no `..`, no
/// empty or hidden part except as a kind of test, and is short.
fn usable_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && !name.starts_with('/')
        && name.split('/').count() <= 4
        && name
            .split('/')
            .all(|p| !p.is_empty() && p != "." && p != "..")
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'/'))
}

/// Split a whole-ledger input into an as-of date and files. The input is text-like:
///
/// ```text
/// 2026-06-20            <- optional first line: the as-of date
/// === gbsw.toml         <- a file starts with `=== ` and its relative path
/// organization = "x"
/// === checks/a.yaml
/// id: CHK-1
/// ```
///
/// At most `max_files` files; a file named twice keeps its first text; an unusable name
/// becomes `checks/fN.toml`.
pub fn split_ledger(data: &[u8], max_files: usize) -> (NaiveDate, Vec<(String, Vec<u8>)>) {
    const MARK: &[u8] = b"=== ";
    let mut as_of = default_as_of();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut current: Option<(String, Vec<u8>)> = None;
    let mut first = true;
    for line in data.split_inclusive(|&b| b == b'\n') {
        if let Some(rest) = line.strip_prefix(MARK) {
            if let Some(f) = current.take() {
                files.push(f);
            }
            if files.len() >= max_files {
                break;
            }
            let name = String::from_utf8_lossy(rest).trim().to_owned();
            let name = if usable_name(&name) && !files.iter().any(|(n, _)| *n == name) {
                name
            } else {
                format!("checks/f{}.toml", files.len())
            };
            current = Some((name, Vec::new()));
        } else if let Some((_, text)) = current.as_mut() {
            text.extend_from_slice(line);
        } else if first
            && let Some(d) = std::str::from_utf8(line)
                .ok()
                .and_then(|s| gbsw::decode::parse_date(s.trim()))
        {
            as_of = d;
        }
        first = false;
    }
    if let Some(f) = current.take()
        && files.len() < max_files
    {
        files.push(f);
    }
    (as_of, files)
}

fn span_ok(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

fn check_place(
    files: &Files,
    what: &str,
    file: Option<gbsw::source::FileId>,
    span: Option<Span>,
    d: &Diagnostic,
) {
    let Some(id) = file else {
        panic!("{what} without a file: {d:?}");
    };
    let Some(src) = files.get(id) else {
        panic!(
            "{what} names file {id:?}, the ledger has {} files: {d:?}",
            files.len()
        );
    };
    if let Some(span) = span {
        let Some(text) = &src.text else {
            panic!("{what} has a span but {} has no text: {d:?}", src.display);
        };
        assert!(
            span_ok(text, span),
            "{what} span {span:?} outside {} ({} bytes): {d:?}",
            src.display,
            text.len()
        );
    }
}

/// Every diagnostic names a file, and its spans lie inside the file's text.
pub fn assert_diagnostics(files: &Files, diags: &[Diagnostic]) {
    for d in diags {
        check_place(files, "diagnostic", d.file, d.span, d);
        for r in &d.related {
            check_place(files, "related place", Some(r.file), Some(r.span), d);
        }
    }
}

/// Every node's span and every parse error's span lies inside the text.
pub fn assert_parsed(text: &str, parsed: &Result<Node, Vec<gbsw::parse::ParseError>>) {
    match parsed {
        Ok(node) => assert_node(text, node, 0),
        Err(errors) => {
            assert!(!errors.is_empty(), "a parse failure without an error");
            for e in errors {
                assert!(
                    span_ok(text, e.span),
                    "parse error span {:?} outside the text ({} bytes): {}",
                    e.span,
                    text.len(),
                    e.detail
                );
            }
        }
    }
}

fn assert_node(text: &str, node: &Node, depth: usize) {
    assert!(
        depth <= gbsw::parse::MAX_DEPTH + 1,
        "a tree deeper than MAX_DEPTH"
    );
    // The root of an empty document may point anywhere in an all-comment file; the rest
    // must point into the text.
    assert!(
        span_ok(text, node.span),
        "node span {:?} outside the text ({} bytes)",
        node.span,
        text.len()
    );
    match &node.value {
        Value::Map(entries) => {
            for e in entries {
                assert!(
                    span_ok(text, e.key_span),
                    "key span {:?} outside the text",
                    e.key_span
                );
                assert_node(text, &e.value, depth + 1);
            }
        }
        Value::Seq(items) => {
            for i in items {
                assert_node(text, i, depth + 1);
            }
        }
        _ => {}
    }
}

/// Run everything a command would on a loaded ledger and assert the invariants: check and
/// its four renderers, due and its four renderers, the indicators, the semiannual report,
/// the check circular and the status screen with their renderers.
pub fn exercise(loaded: &Loaded, as_of: NaiveDate, deep: bool) {
    let ledger = &loaded.ledger;
    assert_diagnostics(&ledger.files, &loaded.diagnostics);
    let diags = gbsw::check::check(loaded, as_of);
    assert_diagnostics(&ledger.files, &diags);
    for lang in [Lang::Zh, Lang::En] {
        let view = gbsw::render::diagnostics::View {
            files: &ledger.files,
            prefix: "ledger/",
            lang,
        };
        let _ = gbsw::render::diagnostics::human(&view, &diags);
        if deep {
            let _ = gbsw::render::diagnostics::json_lines(&view, &diags);
            let _ = gbsw::render::diagnostics::github(&view, &diags);
            let _ = gbsw::render::diagnostics::sarif(&view, &diags);
        }
    }
    if !deep || !bounded_history(loaded, as_of) {
        return;
    }
    let items = gbsw::due::due(ledger, as_of);
    let lang = Lang::Zh;
    let _ = gbsw::render::due::table(&items, as_of, lang, Some(80), gbsw::render::style::Palette::OFF);
    let _ = gbsw::render::due::csv(&items, lang);
    let _ = gbsw::render::due::json(&items, Lang::En);
    let _ = gbsw::render::due::ics(&items, as_of, lang, "fuzz", 1);
    let scope = gbsw::report::scope::Scope {
        period: gbsw::model::Period::half_of(as_of),
        unit: None,
        category: None,
        as_of,
    };
    let ind = gbsw::report::indicators::compute(ledger, &scope);
    for r in [&ind.implementation, &ind.duty_completion, &ind.conformity] {
        if let Some(v) = r.value() {
            assert!((0.0..=1.0).contains(&v), "a rate outside 0..=1: {v}");
        }
    }
    let _ = gbsw::render::report_data::indicators_csv(&ind, lang);
    let report = gbsw::report::semiannual::build(ledger, &scope, Vec::new());
    let _ = gbsw::render::doc_md::render(&gbsw::report::semiannual_doc::document(&report, lang));
    let _ = gbsw::render::doc_html::page(&gbsw::report::semiannual_doc::document(&report, Lang::En));
    let _ = gbsw::render::report_data::semiannual_json(&report, lang);
    let circular = gbsw::report::checks::build(ledger, &scope, Vec::new());
    let _ = gbsw::render::doc_md::render(&gbsw::report::checks_doc::document(&circular, lang));
    let _ = gbsw::render::report_checks::csv(&circular, lang);
    let status = gbsw::report::status::build(ledger, &scope, Vec::new());
    let _ = gbsw::render::doc_text::render(
        &gbsw::report::status_doc::document(&status, lang),
        Some(80),
        gbsw::render::style::Palette::OFF,
    );
    let _ = gbsw::render::status::json(&status, lang);
}

/// Whether the ledger's recorded history is short enough for the due engine to walk it in
/// the fuzzer's time budget. The engine walks every duty period from the first recorded
/// activity to the as-of date (one period per working day for a daily duty): a ledger whose
/// first check is dated in year 1026 owes ~260 000 daily duties, which is correct output but
/// minutes and gigabytes in a fuzzer (see docs/reliability.md, finding "ancient dates").
/// Such ledgers are loaded and checked, and the due engine is skipped.
pub fn bounded_history(loaded: &Loaded, as_of: NaiveDate) -> bool {
    const MAX_DAYS: i64 = 40 * 366;
    let start = gbsw::due::ledger_start(&loaded.ledger, as_of);
    (as_of - start).num_days().abs() <= MAX_DAYS
}
