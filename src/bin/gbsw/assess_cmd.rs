//! `gbsw report staff` and `gbsw report providers`: the assessment tables, as a document
//! (md, html, docx) or as figures (csv, json, xlsx).

use gbsw::doc::Document;
use gbsw::error::Error;
use gbsw::lang::Lang;
use gbsw::ledger::Ledger;
use gbsw::model::Period;
use gbsw::query::Sheet;
use gbsw::render;
use gbsw::render::report_sheets::{providers_sheet, providers_xlsx, staff_sheet, staff_xlsx};
use gbsw::report::staff_doc::DocOptions;
use gbsw::report::{providers, providers_doc, staff, staff_doc};

use crate::cli::{Cli, ProvidersArgs, ReportOut, StaffArgs, TableFormat};
use crate::output::{Exit, choose_format, failure};
use crate::report_cmd::{Opened, Out, deliver, open_for, scope_unit};

type Workbook = fn(&Sheet, Lang) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError>;

/// A report once computed: its document, its table, its JSON and how its table becomes a
/// workbook.
struct Made {
    doc: Document,
    sheet: Sheet,
    json: String,
    xlsx: Workbook,
}

/// What a report is computed from.
struct Input<'a> {
    ledger: &'a Ledger,
    as_of: chrono::NaiveDate,
    incomplete: Vec<String>,
    lang: Lang,
    doc: DocOptions,
}

/// Open the ledger, compute with `make` and write the format asked for.
fn run(
    cli: &Cli,
    path: Option<&std::path::Path>,
    out: &ReportOut<TableFormat>,
    appendix: bool,
    make: impl FnOnce(Input<'_>) -> anyhow::Result<Made>,
) -> anyhow::Result<Exit> {
    let Opened {
        loaded,
        lang,
        as_of,
        incomplete,
    } = match open_for(cli, path, out)? {
        Ok(opened) => opened,
        Err(exit) => return Ok(exit),
    };
    let ledger = &loaded.ledger;
    let format = choose_format(out.format, out.output.as_deref(), TableFormat::Md, lang)?;
    match (format, &out.output) {
        (TableFormat::Docx, None) => return Err(failure(Error::DocxNeedsOutput, lang)),
        (TableFormat::Xlsx, None) => return Err(failure(Error::XlsxNeedsOutput, lang)),
        _ => {}
    }
    let made = make(Input {
        ledger,
        as_of,
        incomplete,
        lang,
        doc: DocOptions { appendix },
    })?;
    let result = match format {
        TableFormat::Md => Out::Text(render::doc_md::render(&made.doc)),
        TableFormat::Html => Out::Text(render::doc_html::page(&made.doc)),
        TableFormat::Docx => Out::Binary(render::doc_docx::docx(&made.doc)?),
        TableFormat::Json => Out::Text(made.json),
        TableFormat::Csv => Out::Text(render::csv_text::with_bom(
            render::sheet::csv(&made.sheet, lang)?,
            out.bom,
        )),
        TableFormat::Xlsx => Out::Binary((made.xlsx)(&made.sheet, lang)?),
    };
    deliver(result, out.output.as_deref(), out.force, ledger, lang)
}

pub fn staff(cli: &Cli, args: &StaffArgs) -> anyhow::Result<Exit> {
    run(cli, args.path.as_deref(), &args.out, args.appendix, |i| {
        let unit = scope_unit(i.ledger, args.unit.as_deref(), i.lang)?;
        let year = args
            .year
            .unwrap_or_else(|| chrono::Datelike::year(&i.as_of));
        let r = staff::build(i.ledger, year, unit, i.as_of, i.incomplete);
        let (doc, sheet) = (staff_doc::document(&r, i.lang, i.doc), staff_sheet(&r));
        let json = render::report_sheets::json(&r, i.lang);
        Ok(Made {
            doc,
            sheet,
            json,
            xlsx: staff_xlsx,
        })
    })
}

pub fn providers(cli: &Cli, args: &ProvidersArgs) -> anyhow::Result<Exit> {
    run(cli, args.path.as_deref(), &args.out, args.appendix, |i| {
        let period = args.period.unwrap_or_else(|| Period::half_of(i.as_of));
        let r = providers::build(i.ledger, period, i.as_of, i.incomplete);
        let (doc, sheet) = (
            providers_doc::document(&r, i.lang, i.doc),
            providers_sheet(&r),
        );
        let json = render::report_sheets::json(&r, i.lang);
        Ok(Made {
            doc,
            sheet,
            json,
            xlsx: providers_xlsx,
        })
    })
}
