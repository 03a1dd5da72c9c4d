//! `gbsw report staff` and `gbsw report providers`: the assessment tables, as a document
//! (md, html, docx) or as figures (csv, json, xlsx).

use gbsw::error::Error;
use gbsw::lang::Lang;
use gbsw::model::Period;
use gbsw::render;
use gbsw::report::staff_doc::DocOptions;
use gbsw::report::{providers, providers_doc, staff, staff_doc};

use crate::cli::{Cli, ProvidersArgs, StaffArgs, TableFormat, TableOut};
use crate::ledger_arg::{as_of, lang, open};
use crate::output::{Exit, choose_format, failure, print_error};
use crate::records_arg::left_out;
use crate::report_cmd::{Out, deliver, scope_unit};

/// What both reports come out as, once computed: its document, its table and its JSON.
struct Made {
    doc: gbsw::doc::Document,
    sheet: gbsw::query::Sheet,
    json: String,
    xlsx: fn(&gbsw::query::Sheet, Lang) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError>,
}

/// Open the ledger, compute with `make` (the ledger, the as-of date, the files left out,
/// the language) and write the format asked for.
fn run(
    cli: &Cli,
    path: Option<&std::path::Path>,
    out: &TableOut,
    make: impl FnOnce(
        &gbsw::ledger::Ledger,
        chrono::NaiveDate,
        Vec<String>,
        Lang,
    ) -> anyhow::Result<Made>,
) -> anyhow::Result<Exit> {
    let (loaded, _) = open(cli, path)?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let as_of = as_of(cli, out.as_of, ledger)?;
    let incomplete = left_out(&loaded);
    if out.strict && !incomplete.is_empty() {
        // A finding, not a failure: the ledger was read, and it is not complete.
        print_error(&failure(Error::Incomplete { files: incomplete }, lang));
        return Ok(Exit::Findings);
    }
    let format = choose_format(out.format, out.output.as_deref(), TableFormat::Md, lang)?;
    match (format, &out.output) {
        (TableFormat::Docx, None) => return Err(failure(Error::DocxNeedsOutput, lang)),
        (TableFormat::Xlsx, None) => return Err(failure(Error::XlsxNeedsOutput, lang)),
        _ => {}
    }
    let made = make(ledger, as_of, incomplete, lang)?;
    let result = match format {
        TableFormat::Md => Out::Text(render::doc_md::render(&made.doc)),
        TableFormat::Html => Out::Text(render::doc_html::page(&made.doc)),
        TableFormat::Docx => Out::Binary(render::doc_docx::docx(&made.doc)?),
        TableFormat::Json => Out::Text(made.json.clone()),
        TableFormat::Csv => Out::Text(render::csv_text::with_bom(
            render::sheet::csv(&made.sheet, lang)?,
            out.bom,
        )),
        TableFormat::Xlsx => Out::Binary((made.xlsx)(&made.sheet, lang)?),
    };
    deliver(result, out.output.as_deref(), out.force, ledger, lang)
}

pub fn staff(cli: &Cli, args: &StaffArgs) -> anyhow::Result<Exit> {
    let options = DocOptions {
        appendix: args.out.appendix,
    };
    run(
        cli,
        args.path.as_deref(),
        &args.out,
        |ledger, as_of, incomplete, lang| {
            let unit = scope_unit(ledger, args.unit.as_deref(), lang)?;
            let year = args.year.unwrap_or_else(|| chrono::Datelike::year(&as_of));
            let report = staff::build(ledger, year, unit, as_of, incomplete);
            Ok(Made {
                doc: staff_doc::document(&report, lang, options),
                sheet: render::report_sheets::staff_sheet(&report),
                json: render::report_sheets::json(&report, lang),
                xlsx: render::report_sheets::staff_xlsx,
            })
        },
    )
}

pub fn providers(cli: &Cli, args: &ProvidersArgs) -> anyhow::Result<Exit> {
    let options = DocOptions {
        appendix: args.out.appendix,
    };
    run(
        cli,
        args.path.as_deref(),
        &args.out,
        |ledger, as_of, incomplete, lang| {
            let period = args.period.unwrap_or_else(|| Period::half_of(as_of));
            let report = providers::build(ledger, period, as_of, incomplete);
            Ok(Made {
                doc: providers_doc::document(&report, lang, options),
                sheet: render::report_sheets::providers_sheet(&report),
                json: render::report_sheets::json(&report, lang),
                xlsx: render::report_sheets::providers_xlsx,
            })
        },
    )
}
