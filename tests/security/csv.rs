//! CSV formula injection: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
//! return is prefixed with `'` in every CSV gbsw writes, so Excel shows it instead of running
//! it; numbers and dates stay as they are.

use super::{Scratch, stdout};

fn poisoned(test: &str) -> Scratch {
    let s = Scratch::example(test);
    s.edit(
        "checks/2026/01/CHK-2026-001.toml",
        "inspectors = [\"刘敏\", \"何佳怡\"]",
        "inspectors = [\"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\", \"何佳怡\"]",
    );
    s.edit(
        "gbsw.toml",
        "name = \"常州市市级机关服务中心\"",
        "name = \"@SUM(1+1)中心\"",
    );
    s
}

fn line_with<'a>(text: &'a str, needle: &str) -> &'a str {
    text.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} in\n{text}"))
}

#[test]
fn every_csv_neutralises_formulas() {
    let s = poisoned("csv");
    let as_of = "--as-of=2026-06-20";

    let out = stdout(&s.gbsw(&["report", "checks", as_of, "--format", "csv"]));
    assert_eq!(
        line_with(&out, "CHK-2026-001,"),
        "2026-01-12,CHK-2026-001,spot,市级机关服务中心标准化科,常州龙城会务服务有限公司（行政中心会务项目部）,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\"); 何佳怡\",STD-FW-001,partial,2,4,NC-2026-001（已关闭）"
    );

    let out = stdout(&s.gbsw(&["export", "checks", as_of]));
    assert!(
        line_with(&out, "CHK-2026-001,").starts_with(
            "CHK-2026-001,2026-01-12,meeting-co,顾佳（项目主管）,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\"); 何佳怡\",std-section,抽查,"
        )
    );

    // A negative number of days stays a number; the unit's name does not become a formula.
    let out = stdout(&s.gbsw(&["due", as_of, "--format", "csv", "--unit", "service-center"]));
    assert_eq!(
        line_with(&out, "recheck/NC-2026-008"),
        "2026-06-28,8,recheck,复查,service-center,'@SUM(1+1)中心,,NC-2026-008,rectifications/NC-2026-008.yaml,3,NC-2026-008 整改已于 2026-06-18 完成，待复查,recheck/NC-2026-008"
    );
    let out = stdout(&s.gbsw(&["due", as_of, "--format", "csv"]));
    assert!(
        out.lines()
            .any(|l| l.split(',').nth(1).is_some_and(|d| d.starts_with('-'))),
        "{out}"
    );

    let out = stdout(&s.gbsw(&["list", "standards", "--format", "csv", as_of]));
    assert!(!out.contains(",@SUM"), "{out}");
    let out = stdout(&s.gbsw(&["export", "standards", as_of]));
    assert!(!out.contains(",@SUM") && !out.contains(",=HYP"), "{out}");
}
