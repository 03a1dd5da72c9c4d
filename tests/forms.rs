//! `gbsw form`: the printed plan form and evaluation report in headless Chromium. (Every
//! form's text is pinned by the golden cases `tests/cmd/form-*.toml`.)

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::support::{CHROMIUM, Ink, Scratch};

/// The plan form as HTML, screenshotted by headless Chromium on an A4-sized window
/// (1240×1754): the title is drawn, in CJK glyphs (see `support::screenshot`). Without
/// Chromium: skipped with a note, or a failure under `CI=true` (`support::require`).
#[test]
fn the_plan_form_renders_in_chromium() {
    // Measured with Noto CJK (Debian's fonts-noto-cjk) on Chromium 156: 2 938 dark pixels in
    // 319 columns; without CJK fonts the title is boxes: 937 in 185.
    renders_in_chromium(
        "PLAN-2026-FW-05",
        "常州市机关事务标准实施计划表",
        Ink {
            dark: 2938,
            columns: 319,
        },
    );
}

/// The evaluation report (评价报告) of an evaluation with indicators, staff grades, methods
/// and a sampling plan, the same way.
#[test]
fn the_evaluation_report_renders_in_chromium() {
    // Measured as the plan form's title: 2 904 dark pixels in 372 columns.
    renders_in_chromium(
        "EVAL-2026H1-01",
        "常州市机关事务标准实施评价报告",
        Ink {
            dark: 2904,
            columns: 372,
        },
    );
}

/// The form of the record `id` in the example ledger, written as HTML (titled `title`) and
/// screenshotted: its title band holds about the ink `measured`.
fn renders_in_chromium(id: &str, title: &str, measured: Ink) {
    if !crate::support::require(CHROMIUM, Path::new(CHROMIUM).exists()) {
        return;
    }
    let s = Scratch::new("forms", &format!("screenshot-{id}"));
    let html = s.path("form.html");
    let png = s.path("form.png");
    let out = Command::new(env!("CARGO_BIN_EXE_gbsw"))
        .args(["form", id, "--ledger", "ledger-example"])
        .args(["--format", "html", "-o"])
        .arg(&html)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).as_ref()
        ),
        (Some(0), "")
    );
    let page = fs::read_to_string(&html).unwrap();
    assert!(page.contains(title) && page.contains("@page"));
    crate::support::screenshot(&html, &png, &s.path("profile"));
    crate::support::assert_title_drawn(&png, measured);
}
