//! Where an imported value came from, as a clerk finds it in Excel: `台账.xlsx:检查记录!C7`.
//! Each place becomes a file of its own in [`Files`], with no text, so every diagnostic
//! renderer (human, JSON, GitHub, SARIF) shows it as it shows a path.

use std::collections::HashMap;
use std::path::Path;

use crate::source::{FileId, Files, SourceFile};
use crate::span::Span;

use super::sheet::column_name;

/// The places handed out, each once.
pub(crate) struct Places<'a> {
    pub shown: &'a str,
    seen: HashMap<String, FileId>,
}

impl<'a> Places<'a> {
    pub(crate) fn new(shown: &'a str) -> Self {
        Self {
            shown,
            seen: HashMap::new(),
        }
    }

    /// `FILE:SHEET`.
    pub(crate) fn sheet(&self, sheet: &str) -> String {
        format!("{}:{sheet}", self.shown)
    }

    /// `FILE:SHEET!C7` for the 0-based row and column.
    pub(crate) fn cell(&self, sheet: &str, row: usize, column: usize) -> String {
        format!("{}:{sheet}!{}{}", self.shown, column_name(column), row + 1)
    }

    /// The cell a span of a row's node tree stands for (see `rows::cell_span`): its column,
    /// or the row's first cell for the row as a whole.
    pub(crate) fn of_span(&self, sheet: &str, row: usize, span: Span) -> String {
        self.cell(sheet, row, span.start.saturating_sub(1))
    }

    /// The file standing for a place.
    pub(crate) fn file(&mut self, files: &mut Files, place: &str, path: &Path) -> FileId {
        *self
            .seen
            .entry(place.to_owned())
            .or_insert_with(|| files.push(SourceFile::new(place.to_owned(), path.to_path_buf())))
    }
}
