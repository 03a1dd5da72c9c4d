//! Sheets of records as an Excel workbook (`gbsw export --format xlsx`): one worksheet per
//! kind named in `lang`, a bold header row that stays in view, an autofilter, dates as real
//! Excel dates, and columns as wide as their text (Chinese characters count two). Formats only.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use unicode_width::UnicodeWidthStr;

use crate::lang::Lang;
use crate::query::{Cell, Sheet};

/// Widest a column is made, in characters of the default font: long texts run on rather than
/// making the sheet unreadably wide.
const MAX_WIDTH: usize = 50;

/// The workbook's bytes.
///
/// # Errors
/// When rust_xlsxwriter refuses a value (a sheet past Excel's row limit, say).
pub fn workbook(sheets: &[Sheet], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for sheet in sheets {
        let ws = book.add_worksheet();
        ws.set_name(lang.pick(sheet.kind.zh(), sheet.kind.folder()))?;
        write_sheet(ws, sheet, lang, &bold, &date)?;
    }
    book.save_to_buffer()
}

fn write_sheet(
    ws: &mut Worksheet,
    sheet: &Sheet,
    lang: Lang,
    bold: &Format,
    date: &Format,
) -> Result<(), XlsxError> {
    let mut widths: Vec<usize> = sheet
        .columns
        .iter()
        .map(|c| c.label(lang).width())
        .collect();
    for (col, c) in sheet.columns.iter().enumerate() {
        ws.write_string_with_format(0, col_num(col)?, c.label(lang), bold)?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = row_num(r + 1)?;
        for (col, cell) in row.iter().enumerate() {
            let c = col_num(col)?;
            match cell {
                Cell::Empty => continue,
                Cell::Date(d) => {
                    let dt = ExcelDateTime::parse_from_str(&d.format("%Y-%m-%d").to_string())?;
                    ws.write_date_with_format(r, c, &dt, date)?;
                }
                #[allow(clippy::cast_precision_loss)]
                Cell::Int(i) => {
                    ws.write_number(r, c, *i as f64)?;
                }
                Cell::Num(n) => {
                    ws.write_number(r, c, *n)?;
                }
                _ => {
                    ws.write_string(r, c, cell.text(lang))?;
                }
            }
            if let Some(w) = widths.get_mut(col) {
                *w = (*w).max(cell.text(lang).width());
            }
        }
    }
    for (col, w) in widths.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let width = (w + 2).clamp(6, MAX_WIDTH) as f64;
        ws.set_column_width(col_num(col)?, width)?;
    }
    ws.set_freeze_panes(1, 0)?;
    let last_col = col_num(sheet.columns.len().saturating_sub(1))?;
    ws.autofilter(0, 0, row_num(sheet.rows.len())?, last_col)?;
    Ok(())
}

fn row_num(i: usize) -> Result<u32, XlsxError> {
    u32::try_from(i).map_err(|_| XlsxError::RowColumnLimitError)
}

fn col_num(i: usize) -> Result<u16, XlsxError> {
    u16::try_from(i).map_err(|_| XlsxError::RowColumnLimitError)
}
