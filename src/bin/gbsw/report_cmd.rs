//! `gbsw report semiannual`, `gbsw report checks` and `gbsw status`.

use gbsw::author::output::Guard;
use gbsw::error::Error;
use gbsw::model::{Id, Period};
use gbsw::render;
use gbsw::report::scope::Scope;
use gbsw::report::{checks_doc, semiannual_doc, status_doc};

use crate::cli::{Cli, ReportArgs, ReportFormat, ReportOut, StatusArgs, StatusFormat};
use crate::ledger_arg::{as_of, lang, leave, open};
use crate::output::Exit;
use crate::output::{choose_format, failure, print, print_error, write_file, write_text_file};
use crate::records_arg::{left_out, resolve_unit};

/// What a report comes out as: text for stdout or a file, or the bytes of a document that
/// only goes to a file.
pub(crate) enum Out {
    Text(String),
    Binary(Vec<u8>),
}

enum Which {
    Semiannual,
    Checks,
}

pub fn semiannual(cli: &Cli, args: &ReportArgs) -> anyhow::Result<Exit> {
    run(cli, args, &Which::Semiannual)
}

pub fn checks(cli: &Cli, args: &ReportArgs) -> anyhow::Result<Exit> {
    run(cli, args, &Which::Checks)
}

/// The ledger a report reads, with its language, the day its figures stand and the files
/// left out.
pub(crate) struct Opened {
    pub loaded: gbsw::load::Loaded,
    pub lang: gbsw::lang::Lang,
    pub as_of: chrono::NaiveDate,
    pub incomplete: Vec<String>,
}

/// Open the ledger for a report; `Err(exit)` when `--strict` refuses it for the files left
/// out (said on stderr).
pub(crate) fn open_for<F: clap::ValueEnum + Clone + Send + Sync + 'static>(
    cli: &Cli,
    path: Option<&std::path::Path>,
    out: &ReportOut<F>,
) -> anyhow::Result<Result<Opened, Exit>> {
    let (loaded, _) = open(cli, path)?;
    let lang = lang(cli, Some(&loaded.ledger));
    let as_of = as_of(cli, out.as_of, &loaded.ledger)?;
    let incomplete = left_out(&loaded);
    if out.strict && !incomplete.is_empty() {
        // A finding, not a failure: the ledger was read, and it is not complete.
        print_error(&failure(Error::Incomplete { files: incomplete }, lang));
        return Ok(Err(Exit::Findings));
    }
    Ok(Ok(Opened {
        loaded,
        lang,
        as_of,
        incomplete,
    }))
}

fn run(cli: &Cli, args: &ReportArgs, which: &Which) -> anyhow::Result<Exit> {
    let Opened {
        loaded,
        lang,
        as_of,
        incomplete,
    } = match open_for(cli, args.path.as_deref(), &args.out)? {
        Ok(opened) => opened,
        Err(exit) => return Ok(exit),
    };
    let ledger = &loaded.ledger;
    let unit = scope_unit(ledger, args.unit.as_deref(), lang)?;
    let format = choose_format(
        args.out.format,
        args.out.output.as_deref(),
        ReportFormat::Md,
        lang,
    )?;
    if format == ReportFormat::Docx && args.out.output.is_none() {
        // A Word document is never written to a terminal.
        return Err(failure(Error::DocxNeedsOutput, lang));
    }
    let scope = Scope {
        period: args.period.unwrap_or_else(|| Period::half_of(as_of)),
        unit,
        category: None,
        as_of,
    };
    let out = match which {
        Which::Semiannual => {
            let options = gbsw::report::semiannual::Options {
                attach_units: args.attach_units,
            };
            let report = gbsw::report::semiannual::build_with(ledger, &scope, incomplete, options);
            let doc = semiannual_doc::DocOptions {
                appendix: args.appendix,
            };
            match format {
                ReportFormat::Md => Out::Text(render::doc_md::render(
                    &semiannual_doc::document_with(&report, lang, doc),
                )),
                ReportFormat::Html => Out::Text(render::doc_html::page(
                    &semiannual_doc::document_with(&report, lang, doc),
                )),
                ReportFormat::Docx => Out::Binary(render::doc_docx::docx(
                    &semiannual_doc::document_with(&report, lang, doc),
                )?),
                ReportFormat::Json => {
                    Out::Text(render::report_data::semiannual_json(&report, lang))
                }
                ReportFormat::Csv => Out::Text(render::csv_text::with_bom(
                    render::report_data::indicators_csv(&report.indicators, lang)?,
                    args.out.bom,
                )),
            }
        }
        Which::Checks => {
            let circular = gbsw::report::checks::build(ledger, &scope, incomplete);
            match format {
                ReportFormat::Md => Out::Text(render::doc_md::render(&checks_doc::document(
                    &circular, lang,
                ))),
                ReportFormat::Html => Out::Text(render::doc_html::page(&checks_doc::document(
                    &circular, lang,
                ))),
                ReportFormat::Docx => Out::Binary(render::doc_docx::docx(&checks_doc::document(
                    &circular, lang,
                ))?),
                ReportFormat::Json => Out::Text(render::report_checks::json(&circular, lang)),
                ReportFormat::Csv => Out::Text(render::csv_text::with_bom(
                    render::report_checks::csv(&circular, lang)?,
                    args.out.bom,
                )),
            }
        }
    };
    let exit = deliver(
        out,
        args.out.output.as_deref(),
        args.out.force,
        ledger,
        lang,
    )?;
    leave(loaded);
    Ok(exit)
}

/// A report to stdout or, with `-o`, into its file (never over the ledger's own files); a
/// document's bytes only into a file.
pub(crate) fn deliver(
    out: Out,
    output: Option<&std::path::Path>,
    force: bool,
    ledger: &gbsw::ledger::Ledger,
    lang: gbsw::lang::Lang,
) -> anyhow::Result<Exit> {
    let guard = Guard::of(ledger);
    match (output, out) {
        (None, Out::Text(text)) => print(&text)?,
        (Some(path), Out::Text(text)) => write_text_file(path, &text, force, &guard, lang)?,
        (Some(path), Out::Binary(bytes)) => write_file(path, &bytes, force, &guard, lang)?,
        (None, Out::Binary(_)) => return Err(failure(Error::DocxNeedsOutput, lang)),
    }
    Ok(Exit::Ok)
}

pub fn status(cli: &Cli, args: &StatusArgs) -> anyhow::Result<Exit> {
    let (loaded, _) = open(cli, args.path.as_deref())?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let as_of = as_of(cli, args.as_of, ledger)?;
    let unit = scope_unit(ledger, args.unit.as_deref(), lang)?;
    let scope = Scope {
        period: args.period.unwrap_or_else(|| Period::half_of(as_of)),
        unit,
        category: None,
        as_of,
    };
    let status = gbsw::report::status::build(ledger, &scope, left_out(&loaded));
    let text = match args.format {
        StatusFormat::Table => render::doc_text::render(
            &status_doc::document(&status, lang),
            crate::output::table_width(cli),
            crate::output::palette(cli),
        ),
        StatusFormat::Json => render::status::json(&status, lang),
    };
    crate::output::print_painted(&text, crate::output::palette(cli))?;
    leave((loaded, status));
    Ok(Exit::Ok)
}

/// `--unit`, resolved under the one rule (an id or a name) into the scope's unit.
pub(crate) fn scope_unit(
    ledger: &gbsw::ledger::Ledger,
    unit: Option<&str>,
    lang: gbsw::lang::Lang,
) -> anyhow::Result<Option<Id>> {
    unit.map(|u| resolve_unit(ledger, u).map(Id))
        .transpose()
        .map_err(|e| failure(e, lang))
}
