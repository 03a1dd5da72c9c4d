//! `gbsw import`: reads the flags, hands the workbook to `gbsw::import`, prints what it did.

use gbsw::author::record::FileFormat;
use gbsw::error::ImportError;
use gbsw::import::{Mapping, Request};
use gbsw::kind::Kind;
use gbsw::message::import as text;
use gbsw::render::diagnostics::{self, View};

use crate::cli::{CheckFormat, Cli, ImportArgs, NewFormat};
use crate::ledger_arg::{as_of, lang, open};
use crate::output::{Exit, failure, palette, print, print_painted};

pub fn run(cli: &Cli, args: &ImportArgs) -> anyhow::Result<Exit> {
    let (loaded, _) = open(cli, None)?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let today = as_of(cli, args.as_of, ledger)?;
    let root = ledger.root.clone();
    drop(loaded);
    let kind = match &args.kind {
        Some(k) => Some(
            Kind::from_key(k.trim())
                .ok_or_else(|| failure(ImportError::UnknownKind(k.clone()), lang))?,
        ),
        None => None,
    };
    let map = match &args.map {
        Some(path) => {
            let shown = path.display().to_string();
            let body = std::fs::read_to_string(path)
                .map_err(|e| failure(ImportError::Io(shown.clone(), e.to_string()), lang))?;
            Mapping::parse(&body, &shown).map_err(|e| failure(e, lang))?
        }
        None => Mapping::default(),
    };
    let shown = args.file.display().to_string();
    let req = Request {
        file: args.file.clone(),
        shown: shown.clone(),
        kind,
        map,
        format: match args.format {
            NewFormat::Toml => FileFormat::Toml,
            NewFormat::Yaml => FileFormat::Yaml,
        },
        subfolder: args.subfolder.clone(),
        dry_run: args.dry_run,
        skip_invalid: args.skip_invalid,
        today,
        lang,
    };
    let out = gbsw::import::run(&root, &req).map_err(|e| failure(e, lang))?;
    // Places are the workbook's path as given, joined to a sheet and cell: no ledger prefix.
    let view = View {
        files: &out.files,
        prefix: "",
        lang,
    };
    let mut report = String::new();
    for w in &out.written {
        report.push_str(&text::written_line(
            &w.path,
            w.kind,
            &w.ids,
            args.dry_run,
            lang,
        ));
        report.push('\n');
    }
    if out.blocked {
        report.push_str(&text::nothing_written(out.invalid.len(), lang));
    } else if out.written.is_empty() && out.already > 0 && out.invalid.is_empty() {
        report.push_str(&text::all_there(&shown, out.already, lang));
    } else {
        report.push_str(&text::summary(
            &shown,
            out.records(),
            out.written.len(),
            out.already,
            out.invalid.len(),
            args.dry_run,
            lang,
        ));
        if !out.invalid.is_empty() {
            report.push('\n');
            report.push_str(&text::left_out_rows(&out.invalid, lang));
        }
    }
    report.push('\n');
    match args.diagnostics {
        CheckFormat::Human => {
            let mut all = diagnostics::human_styled(&view, &out.diagnostics, palette(cli));
            all.push_str(&report);
            print_painted(&all, palette(cli))?;
        }
        format => {
            let diags = match format {
                CheckFormat::Json => diagnostics::json_lines(&view, &out.diagnostics),
                CheckFormat::Github => diagnostics::github(&view, &out.diagnostics),
                _ => diagnostics::sarif(&view, &out.diagnostics),
            };
            print(&diags)?;
            eprintln!("{}", report.trim_end());
        }
    }
    let failed = out.blocked || !out.invalid.is_empty();
    Ok(if failed { Exit::Findings } else { Exit::Ok })
}
