//! Writing to stdout, where a closed pipe (`gbsw check | head`) is not an error.

use std::io::{self, Write};
use std::process::ExitCode;

use gbsw::author::output::{self, Guard};
use gbsw::lang::Lang;

/// Write all of `text` to stdout; a broken pipe ends quietly.
pub fn print(text: &str) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
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
