//! A file with a huge number of problems: every diagnostic used to find its line by scanning
//! the file from the start (and the YAML reader its byte offset by walking the line), so
//! 160 000 errors on one line of a 320 KB file took minutes. Positions now come from a line
//! index, and a file reports at most 100 diagnostics of one code, then how many more.

use super::{Scratch, stderr, stdout};

const N: usize = 160_000;

/// A small ledger with one standard whose `methods` list holds `N` values that are not
/// methods, all on one line: a 320 KB file.
fn ledger(test: &str) -> Scratch {
    let s = Scratch::new(test);
    s.write(
        "gbsw.toml",
        "organization = \"测试局\"\n\n[units.office]\nname = \"办公室\"\nkind = \"department\"\n\n[[schedules]]\nid = \"daily-self\"\ntype = \"self\"\ncadence = \"daily\"\nunit_kinds = [\"department\"]\n",
    );
    let methods = vec!["x"; N].join(",");
    s.write(
        "standards/STD-1.yaml",
        format!(
            "id: STD-1\ntitle: 会议服务规范\ncategory: management\nstatus: draft\norigin: own\nowner: office\norganizer: office\nmethods: [{methods}]\n"
        ),
    );
    s
}

#[test]
fn one_line_of_160k_errors_reports_100_and_counts_the_rest() {
    let s = ledger("diag-cap-human");
    assert!(s.path("standards/STD-1.yaml").metadata().unwrap().len() > 320_000);
    let o = s.gbsw(&["check", "--as-of", "2026-06-25"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let out = stdout(&o);
    let heads: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("[unknown-value]"))
        .collect();
    assert_eq!(heads.len(), 101);
    assert_eq!(
        heads[0],
        "standards/STD-1.yaml:8:11: 错误[unknown-value]: `methods[1]` 的取值 `x` 不在允许范围内"
    );
    assert_eq!(
        heads[99],
        "standards/STD-1.yaml:8:209: 错误[unknown-value]: `methods[100]` 的取值 `x` 不在允许范围内"
    );
    assert!(
        out.ends_with(
            "standards/STD-1.yaml:8:211: 错误[unknown-value]: 此文件中还有 159900 个同类问题未列出\n  = 提示: 每个文件的每种问题只列出前 100 个；改正后再运行 gbsw check 查看其余的\n\n已检查 2 个文件、1 条记录：160000 个错误，0 个警告。\n"
        ),
        "{}",
        &out[out.len().saturating_sub(600)..]
    );
}

#[test]
fn the_cap_speaks_english_and_holds_in_every_format() {
    let s = ledger("diag-cap-formats");
    let o = s.gbsw(&["check", "--as-of", "2026-06-25", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).ends_with(
        "standards/STD-1.yaml:8:211: error[unknown-value]: and 159900 more of this kind in this file, not listed\n  = help: each file lists the first 100 of each kind only; fix them and run gbsw check again to see the rest\n\nchecked 2 files, 1 record: 160000 errors, 0 warnings.\n"
    ));

    let o = s.gbsw(&["check", "--as-of", "2026-06-25", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 101);
    assert_eq!(
        out.lines().last().unwrap(),
        r#"{"code":"unknown-value","column":211,"end_column":212,"end_line":8,"file":"standards/STD-1.yaml","hint":"每个文件的每种问题只列出前 100 个；改正后再运行 gbsw check 查看其余的","line":8,"message":"此文件中还有 159900 个同类问题未列出","related":[],"severity":"error"}"#
    );

    let o = s.gbsw(&["check", "--as-of", "2026-06-25", "--format", "github"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 101);
    assert_eq!(
        out.lines().last().unwrap(),
        "::error file=standards/STD-1.yaml,line=8,col=211,endLine=8,endColumn=212,title=gbsw unknown-value::此文件中还有 159900 个同类问题未列出%0A每个文件的每种问题只列出前 100 个；改正后再运行 gbsw check 查看其余的"
    );

    let o = s.gbsw(&["check", "--as-of", "2026-06-25", "--format", "sarif"]);
    assert_eq!(o.status.code(), Some(1));
    let sarif: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 101);
    assert_eq!(
        results[100]["message"]["text"],
        "此文件中还有 159900 个同类问题未列出\n每个文件的每种问题只列出前 100 个；改正后再运行 gbsw check 查看其余的"
    );
}

/// A list naming the same unit 160 000 times: the duplicate rule compared each entry with
/// every one before it.
#[test]
fn a_list_repeating_one_value_160k_times_is_checked_in_one_pass() {
    let s = ledger("diag-cap-repeats");
    let implementers = vec!["office"; N].join(",");
    s.write(
        "standards/STD-1.yaml",
        format!(
            "id: STD-1\ntitle: 会议服务规范\ncategory: management\nstatus: draft\norigin: own\nowner: office\norganizer: office\nimplementers: [{implementers}]\nmethods: [vertical]\n"
        ),
    );
    let o = s.gbsw(&["check", "--as-of", "2026-06-25", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(
        out.lines()
            .filter(|l| l.contains("[duplicate-entry]"))
            .count(),
        101
    );
    assert!(out.ends_with(
        "standards/STD-1.yaml:8:723: warning[duplicate-entry]: and 159899 more of this kind in this file, not listed\n  = help: each file lists the first 100 of each kind only; fix them and run gbsw check again to see the rest\n\nchecked 2 files, 1 record: 0 errors, 159999 warnings.\n"
    ), "{}", &out[out.len().saturating_sub(600)..]);
}
