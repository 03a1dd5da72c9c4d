//! `gbsw export`: records as CSV or as an Excel workbook, for people who work in Excel.
//!
//! Export writes its files under the one rule of `gbsw::author::output`: never over a file
//! that exists unless `--force` is given, never over the ledger's own files, whole or not at
//! all.

use std::path::PathBuf;

use gbsw::author::output::Guard;
use gbsw::kind::Kind;
use gbsw::query::fields::{self, Cx};
use gbsw::query::filter::Filter;
use gbsw::query::{Sheet, list};
use gbsw::render;

use crate::cli::Cli;
use crate::ledger_arg::{as_of, lang, open};
use crate::output::{Exit, failure};
use crate::output::{choose_format, print, write_file, write_folder, write_text_file};
use crate::records_arg::note_left_out;
use crate::records_cli::{ExportArgs, ExportFormat, ExportWhat};
use gbsw::error::Error;

pub fn run(cli: &Cli, args: &ExportArgs) -> anyhow::Result<Exit> {
    let (loaded, _) = open(cli, args.path.as_deref())?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let as_of = as_of(cli, args.as_of, ledger)?;
    let kinds = match args.what {
        ExportWhat::One(k) => vec![k],
        ExportWhat::All => Kind::ALL.to_vec(),
    };
    let format = choose_format(args.format, args.output.as_deref(), ExportFormat::Csv, lang)?;
    let output = match (&args.output, format, args.what) {
        (Some(o), _, _) => o.clone(),
        (None, ExportFormat::Xlsx, _) => {
            return Err(failure(Error::XlsxNeedsOutput, lang));
        }
        (None, ExportFormat::Csv, ExportWhat::All) => {
            return Err(failure(Error::CsvAllNeedsOutput, lang));
        }
        (None, ExportFormat::Csv, ExportWhat::One(_)) => PathBuf::new(),
    };
    note_left_out(&loaded, lang, true);
    let cx = Cx::new(ledger, as_of);
    let sheets: Vec<Sheet> = kinds
        .iter()
        .map(|&k| fields::sheet(&cx, k, &list::records(ledger, k, &Filter::default(), as_of)))
        .collect();
    let csv = |sheet: &Sheet| -> anyhow::Result<String> {
        let text = render::sheet::csv(sheet, lang)?;
        Ok(render::csv_text::with_bom(text, args.bom))
    };
    if format == ExportFormat::Xlsx {
        for cut in render::xlsx::truncated(&sheets, lang) {
            eprintln!("gbsw: {}", cut.text(lang));
        }
    }
    let guard = Guard::of(ledger);
    match (format, args.what) {
        (ExportFormat::Xlsx, _) => {
            let bytes = render::xlsx::workbook(&sheets, lang)?;
            write_file(&output, &bytes, args.force, &guard, lang)?;
        }
        (ExportFormat::Csv, ExportWhat::One(_)) => {
            let text = sheets.first().map(csv).transpose()?.unwrap_or_default();
            if args.output.is_none() {
                print(&text)?;
            } else {
                write_text_file(&output, &text, args.force, &guard, lang)?;
            }
        }
        (ExportFormat::Csv, ExportWhat::All) => {
            let files = sheets
                .iter()
                .map(|s| {
                    let text = csv(s)?;
                    Ok((
                        format!("{}.csv", s.kind.folder()),
                        gbsw::visible::text(&text).into_owned().into_bytes(),
                    ))
                })
                .collect::<anyhow::Result<Vec<_>>>()?;
            write_folder(&output, &files, args.force, &guard, lang)?;
        }
    }
    Ok(Exit::Ok)
}
