//! A printed form as drawable data: a title, bordered blocks stacked into one table, and the
//! signature boxes at the foot. Both the HTML and the Markdown drawing read only this.

/// One sheet of paper: a form, or the second form that goes with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub title: String,
    /// A line under the title (a plan's name, or the organisation in English).
    pub subtitle: Option<String>,
    /// `编号：…`, shown at the top right.
    pub number: Option<String>,
    /// Drawn one under the other, their borders joined, like one printed table.
    pub blocks: Vec<Block>,
    /// The signature boxes at the foot: who signed and when as recorded, else blank to fill in.
    pub signatures: Vec<Signature>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Label–value boxes on a four-column grid: a row holds one pair (spanning the width) or
    /// two side by side.
    Fields(Vec<Vec<Field>>),
    /// A table with a caption row, a header row and body rows.
    Grid(Grid),
    /// A row of small print across the whole width.
    Note(String),
}

/// A labelled box.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub label: String,
    /// Line breaks are kept.
    pub value: String,
    /// The box's least height in lines: room to write by hand on a blank form.
    pub lines: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    pub caption: Option<String>,
    pub columns: Vec<Column>,
    /// Each row has one cell per column.
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub label: String,
    /// Share of the width, in percent.
    pub width: u8,
    /// Centred (numbers, dates, names) rather than left-aligned text.
    pub center: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    /// How many rows the cell spans down; 0 for a cell covered by one above it.
    pub span: usize,
}

impl Cell {
    #[must_use]
    pub fn new(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            span: 1,
        }
    }

    /// A cell hidden under a taller cell above it.
    #[must_use]
    pub fn covered() -> Self {
        Cell {
            text: String::new(),
            span: 0,
        }
    }
}

impl Field {
    #[must_use]
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Self {
        Field {
            label: label.into(),
            value: value.into(),
            lines: 1,
        }
    }

    /// A box at least `lines` lines high.
    #[must_use]
    pub(crate) fn tall(mut self, lines: u8) -> Self {
        self.lines = lines;
        self
    }
}

impl Column {
    #[must_use]
    pub fn new(label: impl Into<String>, width: u8, center: bool) -> Self {
        Column {
            label: label.into(),
            width,
            center,
        }
    }
}

/// A signature box: its label, and who signed on which day when the ledger records it (a blank
/// box to sign by hand otherwise).
#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    pub label: String,
    pub name: String,
    pub date: String,
}
