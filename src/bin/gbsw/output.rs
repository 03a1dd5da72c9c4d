//! Writing to stdout, where a closed pipe (`gbsw check | head`) is not an error, and to
//! stderr; both show the control characters of ledger text escaped (see [`gbsw::visible`]),
//! whatever the format, so no value can drive the terminal that shows it.

use std::io::{self, Write};
use std::process::ExitCode;

use gbsw::author::output::{self, Guard};
use gbsw::lang::Lang;
use gbsw::visible;

/// Write all of `text` to stdout; a broken pipe ends quietly.
pub fn print(text: &str) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    let text = visible::text(text);
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// Write a command's output file (`-o`) under the one rule of [`gbsw::author::output`]: an
/// existing file only with `force`, never the ledger's own files, never through a link.
pub fn write_file(
    path: &std::path::Path,
    bytes: &[u8],
    force: bool,
    guard: &Guard,
    lang: Lang,
) -> anyhow::Result<()> {
    output::write_file(path, bytes, force, guard).map_err(|e| anyhow::Error::msg(e.text(lang)))
}

/// Write a folder of output files (`--out DIR`, `export all -o DIR`) under the same rule.
pub fn write_folder(
    dir: &std::path::Path,
    files: &[(String, Vec<u8>)],
    force: bool,
    guard: &Guard,
    lang: Lang,
) -> anyhow::Result<()> {
    output::write_folder(dir, files, force, guard).map_err(|e| anyhow::Error::msg(e.text(lang)))
}

/// Print an error chain once and pick the exit code for "could not do the job".
pub fn fail(e: &anyhow::Error) -> ExitCode {
    let mut text = format!("gbsw: {e}");
    for cause in e.chain().skip(1) {
        text.push_str(&format!(": {cause}"));
    }
    eprintln!("{text}");
    ExitCode::from(2)
}

/// Write one line to stderr, control characters escaped. Every `eprintln!` of the binary
/// comes here (see the macro in main.rs).
pub fn eprint_line(text: &str) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{}", visible::text(text));
}
