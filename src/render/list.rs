//! `gbsw list` as a table that fits the terminal. Formats only.

use comfy_table::{ContentArrangement, Table};
use unicode_width::UnicodeWidthStr;

use crate::lang::Lang;
use crate::query::{Cell, Sheet};
use crate::render::style::{self, Palette};
use crate::render::text::{TABLE_STYLE, clip, fit_last_first};
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
    let header: Vec<&str> = sheet.columns.iter().map(|c| c.label(lang)).collect();
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
    let natural: Vec<usize> = (0..n)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.width())
                .chain(header.get(c).map(|h| h.width()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let head = |c: usize| header.get(c).map_or(0, |h| h.width());
    let cols = match width {
        None => natural,
        Some(w) => {
            let capped: Vec<usize> = (0..n)
                .map(|c| {
                    if c == 0 || c + 1 == n {
                        natural[c]
                    } else {
                        natural[c].min(MIDDLE.max(head(c)))
                    }
                })
                .collect();
            // The id, and columns of dates and numbers, are never cut.
            let whole = |c: usize| {
                c == 0
                    || sheet.rows.iter().all(|r| {
                        matches!(
                            r.get(c),
                            None | Some(
                                Cell::Empty
                                    | Cell::Date(_)
                                    | Cell::Int(_)
                                    | Cell::Num(_)
                                    | Cell::Bool(_)
                            )
                        )
                    })
            };
            let min: Vec<usize> = (0..n)
                .map(|c| if whole(c) { natural[c] } else { head(c).max(4) })
                .collect();
            fit_last_first(&capped, &min, w)
        }
    };
    let mut t = Table::new();
    t.load_style(TABLE_STYLE)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header);
    for row in &rows {
        t.add_row(
            row.iter()
                .zip(&cols)
                .map(|(cell, &w)| clip(cell, w))
                .collect::<Vec<_>>(),
        );
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
    // A nonconformity past its deadline: its derived status is `overdue`.
    let overdue = |i: usize| {
        sheet.rows.get(i).is_some_and(|r| {
            r.iter()
                .any(|c| matches!(c, Cell::Term { key: "overdue", .. }))
        })
    };
    let text: String = t
        .lines()
        .enumerate()
        .map(|(i, l)| {
            let l = l.trim_end();
            if i.checked_sub(2).is_some_and(overdue) {
                format!("{}\n", palette.paint(style::ERROR, l))
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    format!("{text}{summary}")
}
