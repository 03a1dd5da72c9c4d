//! Ledger text in the HTML and Markdown reports stays text: no tag, script or
//! `javascript:` address a clerk writes reaches the page, and no `|` breaks a table.

use super::{Scratch, stderr, stdout};

const IMG: &str = "<img src=x onerror=alert(1)>";

/// A copy of ledger-example with markup in a title, the organisation, a unit's name and a
/// check's record.
fn poisoned(test: &str) -> Scratch {
    let s = Scratch::example(test);
    s.edit(
        "standards/service/STD-FW-001.toml",
        "title = \"机关会议服务规范\"",
        &format!("title = \"{IMG}\""),
    );
    s.edit(
        "gbsw.toml",
        "organization = \"常州市机关事务管理局\"",
        "organization = \"<script>alert(2)</script>局\"",
    );
    s.edit(
        "gbsw.toml",
        "name = \"常州市市级机关服务中心\"",
        "name = \"<svg onload=alert(3)>中心|\"",
    );
    s.edit(
        "checks/2026/01/CHK-2026-001.toml",
        "record = \"观摩",
        "record = \"[点此](javascript:alert(4)) <!-- chart:duty-completion --> 观摩",
    );
    // The section's own words are ledger text too.
    s.write(
        "reports/2026H1.md",
        format!("## 实施频率\n{IMG} [x](javascript:alert(5))\n\n<script>alert(6)</script>\n"),
    );
    s
}

fn assert_inert(html: &str) {
    for live in ["<img", "<script", "<svg onload", "href=\"javascript", "<a "] {
        assert!(!html.contains(live), "the page contains {live:?}");
    }
}

#[test]
fn html_reports_show_markup_as_text() {
    let s = poisoned("html-report");
    let out = s.gbsw(&[
        "report",
        "semiannual",
        "--as-of=2026-06-20",
        "--format",
        "html",
    ]);
    assert_eq!(stderr(&out), "");
    let html = stdout(&out);
    assert_inert(&html);
    assert!(html.contains(
        "<title>&lt;script&gt;alert(2)&lt;/script&gt;局2026年上半年标准落地实施情况报告</title>"
    ));
    assert!(html.contains(
        "<h1>&lt;script&gt;alert(2)&lt;/script&gt;局2026年上半年标准落地实施情况报告</h1>"
    ));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&lt;svg onload=alert(3)&gt;中心|"));
    assert!(html.contains("&lt;script&gt;alert(6)&lt;/script&gt;"));
    // The charts are still there: one per marker of the renderer, none from the ledger.
    assert_eq!(html.matches("<figure").count(), 3);

    let out = s.gbsw(&["report", "checks", "--as-of=2026-06-20", "--format", "html"]);
    assert_eq!(stderr(&out), "");
    let html = stdout(&out);
    assert_inert(&html);
    assert!(html.contains("[点此](javascript:alert(4)) &lt;!-- chart:duty-completion --&gt; 观摩"));
    assert!(!html.contains("<figure"));
}

#[test]
fn markdown_reports_escape_markup_and_table_pipes() {
    let s = poisoned("md-report");
    let out = s.gbsw(&["report", "checks", "--as-of=2026-06-20"]);
    let md = stdout(&out);
    assert!(
        md.starts_with(
            "# \\<script\\>alert(2)\\</script\\>局 2026年上半年标准实施情况检查结果通报\n"
        ),
        "{}",
        &md[..200]
    );
    assert!(md.contains(
        "- **CHK-2026-001**（常州龙城会务服务有限公司（行政中心会务项目部））：\\[点此\\](javascript:alert(4)) \\<!-- chart:duty-completion --\\> 观摩"
    ));
    // A unit name with a pipe stays in its cell: every row of the table has 9 cells.
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| 2026-")).collect();
    assert_eq!(rows.len(), 34);
    for r in rows {
        let cells = r.replace("\\|", "").matches('|').count() - 1;
        assert_eq!(cells, 9, "{r}");
    }
    assert!(md.contains("\\<svg onload=alert(3)\\>中心\\|"));

    let out = s.gbsw(&["report", "semiannual", "--as-of=2026-06-20"]);
    let md = stdout(&out);
    assert!(md.contains("\\<img src=x onerror=alert(1)\\>"));
    assert!(!md.contains(IMG));
}

#[test]
fn forms_escape_markup_in_markdown_and_html() {
    let s = poisoned("forms");
    let out = s.gbsw(&["form", "CHK-2026-001"]);
    let md = stdout(&out);
    assert!(md.contains("\\[点此\\](javascript:alert(4))"), "{md}");
    assert!(!md.contains("[点此]("));
    let out = s.gbsw(&["form", "CHK-2026-001", "--format", "html"]);
    assert_inert(&stdout(&out));
}
