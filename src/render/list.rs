//! `gbsw list` as a table for an 80-column terminal. Formats only.

use comfy_table::{ContentArrangement, Table};
use unicode_width::UnicodeWidthStr;

use crate::lang::Lang;
use crate::query::Sheet;
use crate::render::text::{TABLE_STYLE, clip};

/// Widest a middle column gets; the first (the id) is never cut, the last takes the rest.
const MIDDLE: usize = 16;

/// The table: one line per record, fitting `width` columns (Chinese text counts double). The
/// last column is cut to fit; CSV and JSON carry every value whole.
#[must_use]
pub fn table(sheet: &Sheet, lang: Lang, width: usize) -> String {
    let n = sheet.columns.len();
    let header: Vec<&str> = sheet.columns.iter().map(|c| c.label(lang)).collect();
    let rows: Vec<Vec<String>> = sheet
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .enumerate()
                .map(|(i, c)| {
                    let t = c.text(lang).replace('\n', " ");
                    if i == 0 || i + 1 == n {
                        t
                    } else {
                        clip(&t, MIDDLE)
                    }
                })
                .collect()
        })
        .collect();
    // Each column takes its widest cell, a space of padding on either side and a space
    // where a border would be.
    let fixed: usize = (0..n.saturating_sub(1))
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.width())
                .chain(header.get(c).map(|h| h.width()))
                .max()
                .unwrap_or(0)
                + 3
        })
        .sum();
    let rest = width.saturating_sub(fixed + 3).max(10);
    let mut t = Table::new();
    t.load_style(TABLE_STYLE)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header);
    for mut row in rows {
        if let Some(last) = row.last_mut() {
            *last = clip(last, rest);
        }
        t.add_row(row);
    }
    let count = sheet.rows.len();
    let summary = lang.pick(
        format!("共 {count} 条{}。\n", sheet.kind.zh()),
        format!(
            "{count} {}.\n",
            if count == 1 {
                sheet.kind.key()
            } else {
                sheet.kind.folder()
            }
        ),
    );
    if sheet.rows.is_empty() {
        return summary;
    }
    let text: String = t.lines().map(|l| format!("{}\n", l.trim_end())).collect();
    format!("{text}{summary}")
}
