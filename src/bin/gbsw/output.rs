//! Writing to stdout, where a closed pipe (`gbsw check | head`) is not an error, and to
//! stderr; both show the control characters of ledger text escaped (see [`gbsw::visible`]),
//! whatever the format, so no value can drive the terminal that shows it.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use gbsw::error::Error;

use gbsw::author::output::{self, Guard};
use gbsw::lang::Lang;
use gbsw::render::style::{self, Palette};
use gbsw::visible;

use crate::cli::{Cli, ColorChoice};

/// Colour for stdout: `--color always|never`, or with `auto` on a terminal unless `NO_COLOR`
/// is set to anything (https://no-color.org) or `TERM` is `dumb`.
pub fn palette(cli: &Cli) -> Palette {
    Palette {
        on: color_on(
            cli.color,
            io::stdout().is_terminal(),
            std::env::var_os("NO_COLOR").as_deref(),
            std::env::var_os("TERM").as_deref(),
        ),
    }
}

/// The rule of [`palette`], with what it reads from the process passed in.
fn color_on(
    choice: ColorChoice,
    terminal: bool,
    no_color: Option<&std::ffi::OsStr>,
    term: Option<&std::ffi::OsStr>,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            terminal && no_color.is_none_or(|v| v.is_empty()) && term.is_none_or(|t| t != "dumb")
        }
    }
}

/// How wide a table may be: `--width` (0: no limit), else the terminal's width when stdout is
/// a terminal, else no limit: a table written to a file or a pipe is never cut.
pub fn table_width(cli: &Cli) -> Option<usize> {
    match cli.width {
        Some(0) => None,
        Some(w) => Some(w),
        None if io::stdout().is_terminal() => comfy_table::Table::new().width().map(usize::from),
        None => None,
    }
}

/// Write all of `text` to stdout; a broken pipe ends quietly.
pub fn print(text: &str) -> anyhow::Result<()> {
    print_painted(text, Palette::OFF)
}

/// [`print`] for text a renderer painted with `palette`: with colour on, gbsw's own colour
/// sequences ([`style::own_sequences`]) pass, and every other control character is shown
/// escaped as always. The renderers that paint show ledger text escaped before they add
/// colour, so no value can bring a sequence of its own.
pub fn print_painted(text: &str, palette: Palette) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    let text = if palette.on {
        visible::text_keeping(text, &style::own_sequences())
    } else {
        visible::text(text)
    };
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
    output::write_file(path, bytes, force, guard).map_err(|e| failure(e, lang))
}

/// Write a text output file (a report, a form, a CSV) like [`write_file`], with control
/// characters of ledger text escaped as on stdout: the file is `cat` in a terminal as often
/// as it is opened in an editor, and the same command should give the same bytes with `-o`.
pub fn write_text_file(
    path: &std::path::Path,
    text: &str,
    force: bool,
    guard: &Guard,
    lang: Lang,
) -> anyhow::Result<()> {
    write_file(path, visible::text(text).as_bytes(), force, guard, lang)
}

/// Write a folder of output files (`--out DIR`, `export all -o DIR`) under the same rule.
pub fn write_folder(
    dir: &std::path::Path,
    files: &[(String, Vec<u8>)],
    force: bool,
    guard: &Guard,
    lang: Lang,
) -> anyhow::Result<()> {
    output::write_folder(dir, files, force, guard).map_err(|e| failure(e, lang))
}

/// The output format: the one named with `--format`; else the one the `-o` file's extension
/// names (`report.html` → html); else `default`. A named format that another format's
/// extension contradicts (`--format md -o report.html`) is refused rather than written into
/// a file that no program will open as it is named.
pub fn choose_format<F: clap::ValueEnum + Copy + PartialEq>(
    named: Option<F>,
    output: Option<&std::path::Path>,
    default: F,
    lang: Lang,
) -> anyhow::Result<F> {
    let ext = output
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_lowercase());
    let by_ext = ext.as_deref().and_then(|e| {
        let e = match e {
            "htm" => "html",
            "markdown" => "md",
            e => e,
        };
        F::from_str(e, true).ok()
    });
    let name = |f: F| {
        f.to_possible_value()
            .map_or_else(String::new, |v| v.get_name().to_owned())
    };
    match (named, by_ext) {
        (Some(n), Some(e)) if n != e => Err(failure(
            Error::FormatMismatch {
                ext: ext.unwrap_or_default(),
                named: name(n),
                by_ext: name(e),
            },
            lang,
        )),
        (Some(n), _) => Ok(n),
        (None, Some(e)) => Ok(e),
        (None, None) => Ok(default),
    }
}

/// How a command ends: the process's exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The job is done and found nothing to act on.
    Ok = 0,
    /// The job is done and found what a script should stop for: `gbsw check` found errors,
    /// `gbsw due --fail-on-overdue` found overdue items, `report --strict` found files it
    /// could not read completely.
    Findings = 1,
    /// The job could not be done ([`fail`]).
    Failure = 2,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> Self {
        ExitCode::from(e as u8)
    }
}

/// A library error in the command's language, for the chain [`fail`] prints.
pub fn failure(e: impl Into<Error>, lang: Lang) -> anyhow::Error {
    anyhow::Error::msg(e.into().text(lang))
}

/// Print an error chain once: `gbsw: error: cause: cause`.
pub fn print_error(e: &anyhow::Error) {
    let mut text = format!("gbsw: {e}");
    for cause in e.chain().skip(1) {
        text.push_str(&format!(": {cause}"));
    }
    eprintln!("{text}");
}

/// Print an error chain and end with [`Exit::Failure`]: the one way a command fails.
pub fn fail(e: &anyhow::Error) -> Exit {
    print_error(e);
    Exit::Failure
}

/// Write one line to stderr, control characters escaped. Every `eprintln!` of the binary
/// comes here (see the macro in main.rs).
pub fn eprint_line(text: &str) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{}", visible::text(text));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn colour_only_on_a_terminal_without_no_color_unless_asked() {
        let auto = |tty, nc: Option<&str>, term: Option<&str>| {
            color_on(
                ColorChoice::Auto,
                tty,
                nc.map(OsStr::new),
                term.map(OsStr::new),
            )
        };
        assert!(auto(true, None, Some("xterm-256color")));
        assert!(
            auto(true, Some(""), None),
            "an empty NO_COLOR does not count"
        );
        assert!(!auto(true, Some("1"), None), "NO_COLOR set: no colour");
        assert!(!auto(false, None, None), "a pipe or a file: no colour");
        assert!(!auto(true, None, Some("dumb")));
        assert!(color_on(
            ColorChoice::Always,
            false,
            Some(OsStr::new("1")),
            None
        ));
        assert!(!color_on(ColorChoice::Never, true, None, None));
    }
}
