//! A workbook as grids of plain values: every sheet of an `.xlsx` (calamine), or a `.csv`
//! file as one sheet named after the file. Formulas are read as the values Excel saved, never
//! run; a merged range gives its value to every cell it covers; sizes are bounded.

use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;

use crate::error::ImportError;

/// The largest workbook read, in bytes: a ledger's 台账 is far smaller.
pub(crate) const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// The most rows and columns of a sheet read; a larger sheet is reported, not read.
pub(crate) const MAX_ROWS: usize = 50_000;
pub(crate) const MAX_COLUMNS: usize = 200;

/// One cell's value.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) enum Raw {
    #[default]
    Empty,
    Text(String),
    Num(f64),
    Date(NaiveDate),
    Bool(bool),
}

impl Raw {
    pub(crate) fn is_empty(&self) -> bool {
        match self {
            Raw::Empty => true,
            Raw::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// The value as text: numbers without a trailing `.0`, dates as `YYYY-MM-DD`.
    pub(crate) fn text(&self) -> String {
        match self {
            Raw::Empty => String::new(),
            Raw::Text(s) => s.trim().to_owned(),
            Raw::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{n:.0}"),
            Raw::Num(n) => n.to_string(),
            Raw::Date(d) => d.format("%Y-%m-%d").to_string(),
            Raw::Bool(b) => b.to_string(),
        }
    }
}

/// A sheet: its name and its rows of cells, from the first row and column (row 0 is Excel's
/// row 1, column 0 its column A).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Grid {
    pub name: String,
    pub rows: Vec<Vec<Raw>>,
    /// More rows or columns than are read: the sheet is reported instead.
    pub too_large: Option<(usize, usize)>,
}

/// Read the workbook at `path`, shown as `shown` in errors.
///
/// # Errors
/// [`ImportError`] when the file cannot be read, is too large or is not a workbook.
pub(crate) fn read(path: &Path, shown: &str) -> Result<Vec<Grid>, ImportError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if ext != "xlsx" && ext != "csv" {
        return Err(ImportError::NotAWorkbook(shown.to_owned()));
    }
    let io = |e: std::io::Error| ImportError::Io(shown.to_owned(), e.to_string());
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            path: shown.to_owned(),
            limit: MAX_FILE_BYTES,
        });
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if ext == "csv" {
        csv_grid(&bytes, stem)
            .map(|g| vec![g])
            .map_err(|e| ImportError::Unreadable(shown.to_owned(), e))
    } else {
        xlsx_grids(bytes).map_err(|e| ImportError::Unreadable(shown.to_owned(), e))
    }
}

fn xlsx_grids(bytes: Vec<u8>) -> Result<Vec<Grid>, String> {
    let unreadable = |e: calamine::XlsxError| e.to_string();
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
    let mut grids = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(unreadable)?;
        let merged = book.merge_cells_by_sheet_name(&name).unwrap_or_default();
        let (first_row, first_col) = range.start().unwrap_or((0, 0));
        let (height, width) = range.get_size();
        let rows_needed = first_row as usize + height;
        let cols_needed = first_col as usize + width;
        if rows_needed > MAX_ROWS + 1 || cols_needed > MAX_COLUMNS {
            grids.push(Grid {
                name,
                rows: Vec::new(),
                too_large: Some((rows_needed, cols_needed)),
            });
            continue;
        }
        let mut rows = vec![vec![Raw::Empty; cols_needed]; rows_needed];
        for (r, row) in range.rows().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if let Some(slot) = rows
                    .get_mut(first_row as usize + r)
                    .and_then(|row| row.get_mut(first_col as usize + c))
                {
                    *slot = raw(cell);
                }
            }
        }
        // A merged range shows its top-left value over all its cells: each cell holds it.
        for m in merged {
            let (r0, c0) = (m.start.0 as usize, m.start.1 as usize);
            let value = rows
                .get(r0)
                .and_then(|r| r.get(c0))
                .cloned()
                .unwrap_or_default();
            for r in r0..=(m.end.0 as usize).min(rows_needed.saturating_sub(1)) {
                for c in c0..=(m.end.1 as usize).min(cols_needed.saturating_sub(1)) {
                    if let Some(slot) = rows.get_mut(r).and_then(|row| row.get_mut(c)) {
                        *slot = value.clone();
                    }
                }
            }
        }
        grids.push(Grid {
            name,
            rows,
            too_large: None,
        });
    }
    Ok(grids)
}

fn raw(cell: &Data) -> Raw {
    match cell {
        Data::Empty => Raw::Empty,
        Data::String(s) => Raw::Text(s.clone()),
        Data::Int(i) => Raw::Num(*i as f64),
        Data::Float(f) => Raw::Num(*f),
        Data::Bool(b) => Raw::Bool(*b),
        Data::DateTime(d) => d
            .as_datetime()
            .map_or_else(|| Raw::Num(d.as_f64()), |t| Raw::Date(t.date())),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Raw::Text(s.clone()),
        Data::Error(e) => Raw::Text(format!("#{e:?}")),
    }
}

/// A CSV file as one sheet: UTF-8 (a byte-order mark dropped) or, failing that, GB18030 as
/// Excel on Chinese Windows saves it. A cell that gbsw's own export guarded against running
/// as a formula (`'=…`) loses the guard.
fn csv_grid(bytes: &[u8], name: String) -> Result<Grid, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_owned(),
        Err(_) => {
            let (t, _, bad) = encoding_rs::GB18030.decode(bytes);
            if bad {
                return Err(String::from("not UTF-8 or GB18030"));
            }
            t.into_owned()
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut widest = 0;
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        widest = widest.max(record.len());
        if rows.len() > MAX_ROWS || widest > MAX_COLUMNS {
            return Ok(Grid {
                name,
                rows: Vec::new(),
                too_large: Some((rows.len() + 1, widest)),
            });
        }
        rows.push(
            record
                .iter()
                .map(|c| Raw::Text(unguard(c).to_owned()))
                .collect(),
        );
    }
    Ok(Grid {
        name,
        rows,
        too_large: None,
    })
}

/// A cell without the `'` that `render::csv_text` puts before a would-be formula.
fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if crate::render::csv_text::is_formula_start(rest) => rest,
        _ => cell,
    }
}

/// The Excel name of a column: `A`, …, `Z`, `AA`, ….
#[must_use]
pub(crate) fn column_name(mut c: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    name.reverse();
    String::from_utf8_lossy(&name).into_owned()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn columns_are_named_as_excel_names_them() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(27), "AB");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
    }

    #[test]
    fn csv_cells_lose_the_formula_guard_and_the_bom() {
        let g = csv_grid("\u{feff}a,'=1+1,'x\n".as_bytes(), "s".into()).unwrap();
        assert_eq!(
            g.rows,
            vec![vec![
                Raw::Text("a".into()),
                Raw::Text("=1+1".into()),
                Raw::Text("'x".into())
            ]]
        );
    }
}
