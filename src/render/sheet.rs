//! A sheet of records as CSV or JSON: `gbsw list --format csv|json` and `gbsw export`.

use crate::lang::Lang;
use crate::query::{Cell, Sheet};
use crate::render::csv_text;

/// CSV: a header row (Chinese column names, or the English keys with `lang` en), then one row
/// per record; dates as YYYY-MM-DD, terms in `lang`, list items joined with "; ".
///
/// # Errors
/// Only if the CSV writer fails, which writing to memory does not.
pub fn csv(sheet: &Sheet, lang: Lang) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(sheet.columns.iter().map(|c| c.label(lang)))?;
    for row in &sheet.rows {
        w.write_record(row.iter().map(|c| match c {
            // Ledger text; dates, numbers and terms stay as they are.
            Cell::Text(_)
            | Cell::Keyed { .. }
            | Cell::Name { .. }
            | Cell::List(_)
            | Cell::Group(_) => csv_text::text(&c.text(lang)).into_owned(),
            _ => c.text(lang),
        }))?;
    }
    csv_text::finish(w)
}

/// A JSON array with one object per record, keyed by the columns' English keys; terms by
/// their keys, empty values as null.
#[must_use]
pub fn json(sheet: &Sheet) -> String {
    let list: Vec<serde_json::Value> = sheet
        .rows
        .iter()
        .map(|row| {
            serde_json::Value::Object(
                sheet
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(c, v)| (c.key.to_owned(), v.json()))
                    .collect(),
            )
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&list).unwrap_or_default();
    s.push('\n');
    s
}
