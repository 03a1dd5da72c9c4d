//! `gbsw list` as a table that fits the terminal. Formats only.

use crate::doc::{Fit, TableKind};
use crate::lang::Lang;
use crate::query::{Cell, Sheet};
use crate::render::style::Palette;
use crate::render::text;
use crate::visible;

/// Widest a middle column gets on a terminal; the first (the id) is never cut, the last
/// takes the rest.
const MIDDLE: usize = 16;

/// The table: one line per record (a nonconformity that is overdue in the error colour). With
/// a `width` (a terminal's) it fits it, counting Chinese text double: the id is never cut, the
/// columns between are cut at 16 and then, like the last one, shrink to fit, ending in `…`
/// when cut. Without one (a file or a pipe) nothing is cut. CSV and JSON carry every value
/// whole.
#[must_use]
pub fn table(sheet: &Sheet, lang: Lang, width: Option<usize>, palette: Palette) -> String {
    let n = sheet.columns.len();
    let header: Vec<String> = sheet
        .columns
        .iter()
        .map(|c| c.label(lang).to_owned())
        .collect();
    // Ledger text shown escaped before the layout (see `render::due::rows`).
    let rows: Vec<Vec<String>> = sheet
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| visible::line(&c.text(lang).replace('\n', " ")).into_owned())
                .collect()
        })
        .collect();
    // The id, and columns of dates and numbers, are never cut; the columns between are cut at
    // 16, then shrink like the last one.
    let whole = |c: usize| {
        c == 0
            || sheet.rows.iter().all(|r| {
                matches!(
                    r.get(c),
                    None | Some(
                        Cell::Empty | Cell::Date(_) | Cell::Int(_) | Cell::Num(_) | Cell::Bool(_)
                    )
                )
            })
    };
    let fits: Vec<Fit> = (0..n)
        .map(|c| {
            if whole(c) {
                Fit::Whole
            } else if c + 1 == n {
                Fit::Cut
            } else {
                Fit::CutAt(MIDDLE)
            }
        })
        .collect();
    let lines = text::table(TableKind::Listing, &header, &rows, &fits, width);
    let count = sheet.rows.len();
    let summary = crate::message::captions::list_count(count, sheet.kind, lang);
    if sheet.rows.is_empty() {
        return summary;
    }
    // A nonconformity past its deadline: its derived status is `overdue`.
    let overdue = |i: usize| {
        sheet.rows.get(i).is_some_and(|r| {
            r.iter()
                .any(|c| matches!(c, Cell::Term { key: "overdue", .. }))
        })
    };
    format!("{}{summary}", text::paint_rows(&lines, overdue, palette))
}
