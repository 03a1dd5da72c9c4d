//! `gbsw form`: the printed plan form in headless Chromium. (Every form's text is pinned by
//! the golden cases `tests/cmd/form-*.toml`.)

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::CHROMIUM;

/// A temporary folder, unique to one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(test: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("gbsw-forms-{test}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// The plan form as HTML, screenshotted by headless Chromium on an A4-sized window
/// (1240×1754): a PNG of more than a few KB comes out, so the page drew. Skipped, with a
/// note, where Chromium is not installed (.ci/run installs it on Debian, with CJK fonts).
#[test]
fn the_plan_form_renders_in_chromium() {
    if !Path::new(CHROMIUM).exists() {
        eprintln!("note: {CHROMIUM} is not installed; the form screenshot test is skipped");
        return;
    }
    let s = Scratch::new("screenshot");
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
}
