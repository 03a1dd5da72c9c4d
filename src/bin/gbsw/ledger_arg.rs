//! The ledger a command works on, its language and its "today".

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use gbsw::lang::Lang;
use gbsw::ledger::Ledger;
use gbsw::load::{self, Loaded};

use crate::cli::Cli;

/// The ledger the command line names, loaded; or the message saying why there is none.
pub fn open(cli: &Cli, path: Option<&Path>) -> Result<(Loaded, String), String> {
    let start = path
        .map(Path::to_path_buf)
        .or_else(|| cli.ledger.clone().filter(|p| !p.as_os_str().is_empty()))
        .unwrap_or_else(|| PathBuf::from("."));
    let root =
        load::resolve_root(&start).map_err(|e| e.text(cli.lang_flag().unwrap_or_default()))?;
    let prefix = display_prefix(&root);
    Ok((load::load(&root), prefix))
}

/// The language: the flag, else the manifest's, else Chinese.
pub fn lang(cli: &Cli, ledger: Option<&Ledger>) -> Lang {
    cli.lang_flag()
        .or_else(|| ledger?.manifest.as_ref()?.lang.as_ref().map(|l| l.value))
        .unwrap_or_default()
}

/// How to show the root in paths: relative to the current folder when it is inside it.
fn display_prefix(root: &Path) -> String {
    let cwd = std::env::current_dir()
        .and_then(|c| c.canonicalize())
        .unwrap_or_default();
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    if root == cwd {
        return String::new();
    }
    let shown = match root.strip_prefix(&cwd) {
        Ok(rel) => rel.to_path_buf(),
        Err(_) => match cwd.strip_prefix(&root) {
            Ok(below) => below.components().map(|_| "..").collect::<PathBuf>(),
            Err(_) => root,
        },
    };
    format!("{}/", shown.to_string_lossy().replace('\\', "/"))
}

/// The as-of date: the flag, else today in the ledger's time zone.
///
/// # Errors
/// A flag outside the dates gbsw accepts ([`gbsw::dates`]): every report and due date is
/// worked out from the ledger's start to this day, so a far one would take unbounded work.
pub fn as_of(cli: &Cli, flag: Option<NaiveDate>, ledger: &Ledger) -> anyhow::Result<NaiveDate> {
    if let Some(date) = flag.filter(|d| !gbsw::dates::in_range(*d)) {
        let (first, last) = (gbsw::dates::FIRST, gbsw::dates::LAST);
        anyhow::bail!(lang(cli, Some(ledger)).pick(
            format!("--as-of 的日期 {date} 超出允许的范围（{first} 至 {last}）：请给出这个范围内的日期，或去掉 --as-of 以今天为准"),
            format!("--as-of {date} is outside the dates gbsw accepts ({first} to {last}): give a date in that range, or leave out --as-of to use today"),
        ));
    }
    Ok(flag.unwrap_or_else(|| {
        let tz = ledger.manifest.as_ref().and_then(|m| m.timezone.as_ref());
        gbsw::clock::today(tz.map(|t| t.value.as_str()))
    }))
}
