//! Writing to stdout, where a closed pipe (`gbsw check | head`) is not an error.

use std::io::{self, Write};
use std::process::ExitCode;

/// Write all of `text` to stdout; a broken pipe ends quietly.
pub fn print(text: &str) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
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
