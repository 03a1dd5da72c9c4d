//! Helpers shared by test modules.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Debian's Chromium, where `.ci/run` installs it (with the CJK fonts).
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// Whether a test may run: `available` says whether its prerequisite `what` (a program, a
/// permission) is there. Under `CI=true` a missing prerequisite fails the test, saying what is
/// missing, because `.ci/run` installs every one and a skip there would pass untested.
/// Elsewhere the test is skipped: a note goes to stderr past the test harness's capture (so
/// `cargo test` shows it), and a line is appended to the file named by `GBSW_TEST_SKIPS`, if
/// set, which `.ci/run` counts.
pub fn require(what: &str, available: bool) -> bool {
    if available {
        return true;
    }
    let test = std::thread::current().name().unwrap_or("a test").to_owned();
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{test}: {what} is missing, and CI=true: .ci/run installs it, so a skip would hide an untested behaviour"
    );
    let note = format!("note: {test} skipped: {what} is missing\n");
    let _ = std::io::stderr().write_all(note.as_bytes());
    if let Some(log) = std::env::var_os("GBSW_TEST_SKIPS")
        && let Ok(mut f) = fs::OpenOptions::new().create(true).append(true).open(log)
    {
        let _ = f.write_all(note.as_bytes());
    }
    false
}

/// Whether a program can be started (`PROGRAM ARG` runs, whatever its exit code).
pub fn runs(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// What a screenshot's title band holds: how many pixels are ink (luma below 96), and how
/// many pixel columns hold any.
#[derive(Debug, Clone, Copy)]
pub struct Ink {
    pub dark: u64,
    pub columns: u32,
}

/// Ink in rows `top..bottom` of a PNG (any 8-bit colour type Chromium writes).
pub fn ink(png: &Path, top: u32, bottom: u32) -> Ink {
    let file = std::io::BufReader::new(fs::File::open(png).unwrap());
    let mut decoder = png::Decoder::new(file);
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    assert_eq!(
        (info.width, info.height),
        (1240, 1754),
        "the screenshot is not the A4-sized window"
    );
    let mut dark = 0;
    let mut inked = vec![false; info.width as usize];
    for y in top..bottom.min(info.height) {
        let row = &buf[y as usize * info.line_size..][..info.line_size];
        for (x, px) in row.chunks(channels).enumerate() {
            let luma = if channels >= 3 {
                (299 * u32::from(px[0]) + 587 * u32::from(px[1]) + 114 * u32::from(px[2])) / 1000
            } else {
                u32::from(px[0])
            };
            if luma < 96 {
                dark += 1;
                inked[x] = true;
            }
        }
    }
    Ink {
        dark,
        columns: inked.iter().filter(|i| **i).count() as u32,
    }
}

/// The rows of an A4 screenshot (1240×1754) that hold a page's title.
pub const TITLE_ROWS: (u32, u32) = (60, 130);

/// Assert that the title band of a screenshot is drawn in CJK glyphs: its ink within 70 % to
/// 150 % of what was `measured` on a good rendering, over at least 80 % of the columns. A
/// blank page has no ink; a title in missing-glyph boxes (no CJK font) has about a third of
/// the ink, over two thirds of the columns or fewer; a black page has far too much.
pub fn assert_title_drawn(png: &Path, measured: Ink) {
    let got = ink(png, TITLE_ROWS.0, TITLE_ROWS.1);
    let (low, high) = (measured.dark * 7 / 10, measured.dark * 3 / 2);
    assert!(
        (low..=high).contains(&got.dark) && got.columns >= measured.columns * 4 / 5,
        "the title band of {} holds {got:?}; a title drawn in CJK glyphs holds {low}..={high} dark pixels over at least {} columns (measured {measured:?}): a blank page, or missing CJK fonts (boxes)?",
        png.display(),
        measured.columns * 4 / 5
    );
}

/// Screenshot `html` into `png` with headless Chromium (a fresh profile in `profile`). Never
/// waits more than two minutes.
pub fn screenshot(html: &Path, png: &Path, profile: &Path) {
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--window-size=1240,1754")
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", html.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Chromium takes a few seconds; never hang the test suite on it.
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "chromium failed: {status}");
}

/// A ledger written to a fresh temporary folder and loaded; removed again when dropped.
pub struct Fixture {
    pub root: std::path::PathBuf,
    pub loaded: gbsw::load::Loaded,
}

impl Fixture {
    /// Write `gbsw.toml` with `manifest` and `files` (path relative to the root, text) into a
    /// new folder named after `prefix`, and load it. Fails the test when loading reports
    /// anything: a fixture must be well formed to test what it derives.
    pub fn new(prefix: &str, manifest: &str, files: &[(&str, &str)]) -> Self {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let root = std::env::temp_dir().join(format!("gbsw-{prefix}-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        write(&root, "gbsw.toml", manifest);
        for (path, text) in files {
            write(&root, path, text);
        }
        let loaded = gbsw::load::load(&root);
        let codes: Vec<&str> = loaded.diagnostics.iter().map(|d| d.code.name()).collect();
        assert_eq!(
            codes,
            Vec::<&str>::new(),
            "the fixture ledger does not load cleanly"
        );
        Self { root, loaded }
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).expect("create the fixture folder");
    }
    fs::write(&path, text).expect("write a fixture file");
}

/// A temporary folder, unique to one test of one module, removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    /// `gbsw-{module}-{test}-{pid}` under the temporary folder, empty.
    pub fn new(module: &str, test: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("gbsw-{module}-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir.canonicalize().unwrap())
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    /// Write a file, making the folders above it.
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    /// The names in a folder, sorted.
    pub fn names(&self, rel: &str) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.path(rel))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
