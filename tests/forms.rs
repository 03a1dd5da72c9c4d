//! `gbsw form`: the printed plan form in headless Chromium. (Every form's text is pinned by
//! the golden cases `tests/cmd/form-*.toml`.)

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::support::{CHROMIUM, Scratch};

/// The plan form as HTML, screenshotted by headless Chromium on an A4-sized window
/// (1240×1754): the title is drawn, in CJK glyphs (see `support::screenshot`). Without
/// Chromium: skipped with a note, or a failure under `CI=true` (`support::require`).
#[test]
fn the_plan_form_renders_in_chromium() {
    if !crate::support::require(CHROMIUM, Path::new(CHROMIUM).exists()) {
        return;
    }
    let s = Scratch::new("forms", "screenshot");
    let html = s.path("plan.html");
    let png = s.path("plan.png");
    let out = Command::new(env!("CARGO_BIN_EXE_gbsw"))
        .args(["form", "PLAN-2026-FW-05", "--ledger", "ledger-example"])
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
    assert!(page.contains("常州市机关事务标准实施计划表") && page.contains("@page"));
    crate::support::screenshot(&html, &png, &s.path("profile"));
    // Measured with Noto CJK (Debian's fonts-noto-cjk) on Chromium 156: 2 938 dark pixels in
    // 319 columns; without CJK fonts the title is boxes: 937 in 185.
    crate::support::assert_title_drawn(
        &png,
        crate::support::Ink {
            dark: 2938,
            columns: 319,
        },
    );
}
