//! Which row of a sheet is its header, and which field each column holds: a field's own label
//! (its Chinese label, key or English label), a common synonym (`message::import::SYNONYMS`),
//! or the mapping file's `[columns]`. The export's derived columns (a unit's name, a status)
//! are recognised and left alone.

use crate::kind::Kind;
use crate::message::import::SYNONYMS;
use crate::model::field::Field;

use super::mapping::{Mapping, norm};
use super::sheet::{Grid, Raw};

/// The header is looked for in this many rows at the top (title rows come first).
const HEADER_SEARCH_ROWS: usize = 20;

/// What a column holds.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Column {
    Field(&'static Field),
    /// A value the export derives from the ledger: not read back.
    Derived,
    /// A header naming nothing the kind has (reported), or no header (ignored).
    Unknown,
}

impl Column {
    pub(crate) fn is_unknown(self) -> bool {
        matches!(self, Column::Unknown)
    }
}

/// The header row of a sheet and what each column holds.
#[derive(Debug, Clone)]
pub(crate) struct Header {
    /// Index of the header row.
    pub row: usize,
    pub columns: Vec<Column>,
}

/// How well a header names a field: its own label beats a synonym, a synonym a mapping.
fn field_of(kind: Kind, header: &str, map: &Mapping) -> Column {
    let h = norm(header);
    if h.is_empty() {
        return Column::Unknown;
    }
    let fields = crate::model::fields(kind);
    if let Some(key) = map.columns.get(&h)
        && let Some(f) = fields.iter().find(|f| f.key == key)
    {
        return Column::Field(f);
    }
    if let Some(f) = fields
        .iter()
        .find(|f| norm(f.zh) == h || norm(f.key) == h || norm(f.en) == h)
    {
        return Column::Field(f);
    }
    let derived = crate::query::fields::columns(kind)
        .into_iter()
        .filter(|c| c.derived)
        .any(|c| norm(c.zh) == h || norm(c.key) == h);
    if derived {
        return Column::Derived;
    }
    for (key, words) in SYNONYMS {
        if words.iter().any(|w| norm(w) == h)
            && let Some(f) = fields.iter().find(|f| f.key == *key)
        {
            return Column::Field(f);
        }
    }
    Column::Unknown
}

/// The header of a sheet of records of `kind`: among the first rows, the one naming the most
/// fields (at least two), the first such row on a tie.
pub(crate) fn header(grid: &Grid, kind: Kind, map: &Mapping) -> Option<Header> {
    let mut best: Option<(usize, Header)> = None;
    for (r, row) in grid.rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
        let columns: Vec<Column> = row
            .iter()
            .map(|cell| match cell {
                Raw::Text(s) => field_of(kind, s, map),
                _ => Column::Unknown,
            })
            .collect();
        // A merged title over the header gives every column the same text: one field at most.
        let mut named: Vec<&str> = columns
            .iter()
            .filter_map(|c| match c {
                Column::Field(f) => Some(f.key),
                _ => None,
            })
            .collect();
        named.sort_unstable();
        named.dedup();
        let score = named.len();
        if score >= 2 && best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, Header { row: r, columns }));
        }
    }
    best.map(|(_, h)| h)
}

/// The kind a sheet's records are, by its name: a kind's key, folder or Chinese name, or the
/// mapping's `[sheets]`.
pub(crate) fn kind_of_sheet(name: &str, map: &Mapping) -> Option<Kind> {
    let name = name.trim();
    map.sheets
        .get(name)
        .copied()
        .or_else(|| Kind::from_key(name))
        .or_else(|| Kind::from_key(&name.to_lowercase()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn text(s: &str) -> Raw {
        Raw::Text(s.into())
    }

    #[test]
    fn the_header_is_found_below_a_title() {
        let grid = Grid {
            name: "检查记录".into(),
            rows: vec![
                vec![text("2026年3月检查记录"), text("2026年3月检查记录")],
                vec![],
                vec![
                    text("日期"),
                    text("被检查部门"),
                    text("单位名称"),
                    text("备 注*"),
                ],
            ],
            too_large: None,
        };
        let h = header(&grid, Kind::Check, &Mapping::default()).unwrap();
        assert_eq!(h.row, 2);
        let keys: Vec<_> = h
            .columns
            .iter()
            .map(|c| match c {
                Column::Field(f) => f.key,
                Column::Derived => "(derived)",
                Column::Unknown => "?",
            })
            .collect();
        assert_eq!(keys, ["date", "unit", "(derived)", "?"]);
    }
}
