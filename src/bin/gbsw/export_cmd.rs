//! `gbsw export`: records as CSV or as an Excel workbook, for people who work in Excel.
//!
//! Export never replaces a file that exists unless `--force` is given, and writes each file
//! whole or not at all (a temporary file beside it, then a link or, with `--force`, a rename).

use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use gbsw::author::write::{create_new, replace};
use gbsw::kind::Kind;
use gbsw::lang::Lang;
use gbsw::query::fields::{self, Cx};
use gbsw::query::filter::Filter;
use gbsw::query::{Sheet, list};
use gbsw::render;

use crate::cli::Cli;
use crate::ledger_arg::{as_of, lang, open};
use crate::output::print;
use crate::records_arg::note_unreadable;
use crate::records_cli::{ExportArgs, ExportFormat, ExportWhat};

/// What Excel on Chinese Windows needs to read a CSV file as UTF-8 rather than GBK.
const BOM: &str = "\u{feff}";

pub fn run(cli: &Cli, args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let (loaded, _) = open(cli, args.path.as_deref()).map_err(anyhow::Error::msg)?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let as_of = as_of(cli, args.as_of, ledger)?;
    let kinds = match args.what {
        ExportWhat::One(k) => vec![k],
        ExportWhat::All => Kind::ALL.to_vec(),
    };
    let usage = |zh: &str, en: &str| {
        eprintln!("gbsw: {}", lang.pick(zh, en));
        Ok(ExitCode::from(2))
    };
    let output = match (&args.output, args.format, args.what) {
        (Some(o), _, _) => o.clone(),
        (None, ExportFormat::Xlsx, _) => {
            return usage(
                "--format xlsx 需要用 -o 指定输出文件，如 -o 台账.xlsx",
                "--format xlsx needs an output file: -o ledger.xlsx",
            );
        }
        (None, ExportFormat::Csv, ExportWhat::All) => {
            return usage(
                "export all --format csv 需要用 -o 指定输出文件夹（每种记录一个文件）",
                "export all --format csv needs an output folder (-o DIR): one file per kind",
            );
        }
        (None, ExportFormat::Csv, ExportWhat::One(_)) => PathBuf::new(),
    };
    note_unreadable(&loaded, lang);
    let cx = Cx::new(ledger, as_of);
    let sheets: Vec<Sheet> = kinds
        .iter()
        .map(|&k| fields::sheet(&cx, k, &list::records(ledger, k, &Filter::default(), as_of)))
        .collect();
    let csv = |sheet: &Sheet| -> anyhow::Result<String> {
        let text = render::sheet::csv(sheet, lang)?;
        Ok(if args.bom {
            format!("{BOM}{text}")
        } else {
            text
        })
    };
    let files: Vec<(PathBuf, Vec<u8>)> = match (args.format, args.what) {
        (ExportFormat::Xlsx, _) => vec![(output.clone(), render::xlsx::workbook(&sheets, lang)?)],
        (ExportFormat::Csv, ExportWhat::One(_)) => {
            let text = sheets.first().map(csv).transpose()?.unwrap_or_default();
            if args.output.is_none() {
                print(&text)?;
                return Ok(ExitCode::SUCCESS);
            }
            vec![(output.clone(), text.into_bytes())]
        }
        (ExportFormat::Csv, ExportWhat::All) => sheets
            .iter()
            .map(|s| {
                Ok((
                    output.join(format!("{}.csv", s.kind.folder())),
                    csv(s)?.into_bytes(),
                ))
            })
            .collect::<anyhow::Result<_>>()?,
    };
    if !args.force {
        let existing: Vec<String> = files
            .iter()
            .filter(|(p, _)| p.exists())
            .map(|(p, _)| p.display().to_string())
            .collect();
        if !existing.is_empty() {
            eprintln!(
                "gbsw: {}",
                lang.pick(
                    format!(
                        "{} 已存在，未写入任何文件；要覆盖请加 --force",
                        existing.join("、")
                    ),
                    format!(
                        "{} already exists; nothing was written. Add --force to replace it",
                        existing.join(", ")
                    ),
                )
            );
            return Ok(ExitCode::from(2));
        }
    }
    if args.what == ExportWhat::All && args.format == ExportFormat::Csv {
        // The folder itself, not its parents: a mistyped path fails rather than grows.
        match std::fs::create_dir(&output) {
            Err(e) if !(e.kind() == io::ErrorKind::AlreadyExists && output.is_dir()) => {
                return Err(e).with_context(|| cannot_write(&output, lang));
            }
            _ => {}
        }
    }
    for (path, bytes) in &files {
        write(path, bytes, args.force, lang)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Write one file whole; without `force`, never over a file that appeared meanwhile.
fn write(path: &Path, bytes: &[u8], force: bool, lang: Lang) -> anyhow::Result<()> {
    let written = if force {
        replace(path, bytes)
    } else {
        create_new(path, bytes)
    };
    match written {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(anyhow::anyhow!(lang.pick(
            format!("{} 已存在；要覆盖请加 --force", path.display()),
            format!(
                "{} already exists; add --force to replace it",
                path.display()
            ),
        ))),
        other => other.with_context(|| cannot_write(path, lang)),
    }
}

fn cannot_write(path: &Path, lang: Lang) -> String {
    lang.pick(
        format!("无法写入 {}", path.display()),
        format!("cannot write {}", path.display()),
    )
}
