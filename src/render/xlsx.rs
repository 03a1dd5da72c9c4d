//! Sheets of records as an Excel workbook (`gbsw export --format xlsx`): one worksheet per
//! kind named in `lang`, a bold header row that stays in view, an autofilter, dates as real
//! Excel dates, and columns as wide as their text (Chinese characters count two); printed on
//! A4 landscape, one page wide, the header row on every page, cells bordered and wrapped.
//! Formats only.
//! A text longer than a cell holds is cut short with a marker saying so, rather than losing
//! the whole workbook; [`truncated`] names each such cell for a warning.

use rust_xlsxwriter::{
    ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};
use unicode_width::UnicodeWidthStr;

use crate::lang::Lang;
use crate::message::labels;
use crate::query::{Cell, Sheet};

/// Widest a column is made, in characters of the default font: long texts run on rather than
/// making the sheet unreadably wide.
const MAX_WIDTH: usize = 50;

/// Most a cell holds, in UTF-16 code units (what Excel and rust_xlsxwriter count).
const MAX_CELL: usize = 32_767;

pub(crate) use crate::error::Truncated;

/// Every text cell of `sheets` that [`workbook`] cuts short, in sheet and row order.
#[must_use]
pub fn truncated(sheets: &[Sheet], lang: Lang) -> Vec<Truncated> {
    let mut out = Vec::new();
    for sheet in sheets {
        let id_col = sheet.columns.iter().position(|c| c.key == "id");
        for row in &sheet.rows {
            for (col, cell) in row.iter().enumerate() {
                if !is_text(cell) {
                    continue;
                }
                let text = cell.text(lang);
                if utf16_len(&text) > MAX_CELL {
                    out.push(Truncated {
                        id: id_col
                            .and_then(|i| row.get(i))
                            .map_or_else(String::new, |c| c.text(lang)),
                        field: sheet.columns.get(col).map_or("", |c| c.key),
                        chars: text.chars().count(),
                    });
                }
            }
        }
    }
    out
}

fn is_text(cell: &Cell) -> bool {
    !matches!(
        cell,
        Cell::Empty | Cell::Date(_) | Cell::Int(_) | Cell::Num(_)
    )
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// The text as it fits a cell: whole when it does, else its beginning and a marker with the
/// whole text's length, together within the limit.
fn fit(text: String, lang: Lang) -> String {
    if utf16_len(&text) <= MAX_CELL {
        return text;
    }
    let n = text.chars().count();
    let marker = labels::truncated_marker(n, lang);
    let mut room = MAX_CELL - utf16_len(&marker);
    let mut cut: String = text
        .chars()
        .take_while(|c| {
            let fits = c.len_utf16() <= room;
            room = room.saturating_sub(c.len_utf16());
            fits
        })
        .collect();
    cut.push_str(&marker);
    cut
}

/// The workbook's bytes.
///
/// # Errors
/// When rust_xlsxwriter refuses a value (a sheet past Excel's row limit, say).
pub fn workbook(sheets: &[Sheet], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    named_workbook(
        sheets
            .iter()
            .map(|s| (labels::term(s.kind.zh(), s.kind.folder(), lang), s)),
        lang,
    )
}

/// The workbook's bytes, each sheet under the name given with it (a report's table rather
/// than the records of a kind).
///
/// # Errors
/// When rust_xlsxwriter refuses a value (a sheet past Excel's row limit, say).
pub fn named_workbook<'a>(
    sheets: impl IntoIterator<Item = (&'a str, &'a Sheet)>,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    // Every cell bordered and top-aligned, text wrapped: a printed sheet reads as a table.
    let cell = Format::new()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Top);
    let formats = Formats {
        bold: cell.clone().set_bold().set_text_wrap(),
        date: cell.clone().set_num_format("yyyy-mm-dd"),
        text: cell.clone().set_text_wrap(),
        number: cell,
    };
    for (name, sheet) in sheets {
        let ws = book.add_worksheet();
        ws.set_name(name)?;
        write_sheet(ws, sheet, lang, &formats)?;
        print_setup(ws)?;
    }
    book.save_to_buffer()
}

/// The cell formats of a sheet.
struct Formats {
    bold: Format,
    date: Format,
    text: Format,
    number: Format,
}

/// A4 landscape, as wide as one page (as many pages down as it takes), the header row on
/// every page, page numbers in the footer.
fn print_setup(ws: &mut Worksheet) -> Result<(), XlsxError> {
    // 9: A4 in Excel's paper sizes.
    ws.set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0)
        .set_footer("&C&P / &N");
    ws.set_repeat_rows(0, 0)?;
    Ok(())
}

fn write_sheet(
    ws: &mut Worksheet,
    sheet: &Sheet,
    lang: Lang,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let Formats {
        bold,
        date,
        text,
        number,
    } = formats;
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
                Cell::Empty => {
                    ws.write_blank(r, c, text)?;
                    continue;
                }
                Cell::Date(d) => {
                    let dt = ExcelDateTime::parse_from_str(&d.format("%Y-%m-%d").to_string())?;
                    ws.write_date_with_format(r, c, &dt, date)?;
                }
                #[allow(clippy::cast_precision_loss)]
                Cell::Int(i) => {
                    ws.write_number_with_format(r, c, *i as f64, number)?;
                }
                Cell::Num(n) => {
                    ws.write_number_with_format(r, c, *n, number)?;
                }
                _ => {
                    ws.write_string_with_format(r, c, fit(cell.text(lang), lang), text)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_cut_to_the_limit_with_its_length() {
        let long = "标".repeat(40_000);
        let cut = fit(long, Lang::Zh);
        assert_eq!(utf16_len(&cut), MAX_CELL);
        assert!(cut.ends_with("标…[已截断，原文 40000 字]"));
        // A character outside the BMP counts two and is never split.
        let cut = fit("😀".repeat(20_000), Lang::En);
        assert!(utf16_len(&cut) <= MAX_CELL);
        assert!(cut.ends_with("😀…[truncated, 20000 characters]"));
        assert_eq!(fit("short".into(), Lang::En), "short");
    }
}
