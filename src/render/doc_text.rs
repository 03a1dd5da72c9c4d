//! A [`Document`] as plain text for the terminal (the status screen): the title, then each
//! part's heading on a line of its own, boxed grids and listings fitted to the terminal's
//! width by [`text::table`], alert rows in the error colour. Draws only.
//!
//! Spacing: a blank line after the title, after a note, and between parts, except after a
//! part that ends in a boxed grid, whose border already sets it apart.

use crate::doc::{Block, Document, Inline, Section, Table, TableKind};
use crate::render::style::Palette;
use crate::render::text;
use crate::visible;

/// The document as text `width` columns wide (whole without one).
#[must_use]
pub fn render(d: &Document, width: Option<usize>, palette: Palette) -> String {
    let mut out = format!("{}\n\n", d.title);
    for line in &d.meta {
        out.push_str(&plain(line));
        out.push('\n');
    }
    if !d.meta.is_empty() {
        out.push('\n');
    }
    let mut sections = d.sections.iter().peekable();
    while let Some(s) = sections.next() {
        section(&mut out, s, width, palette);
        let boxed = matches!(
            s.blocks.last(),
            Some(Block::Table(Table {
                kind: TableKind::Grid,
                ..
            }))
        );
        if sections.peek().is_some() && !boxed {
            out.push('\n');
        }
    }
    out
}

fn section(out: &mut String, s: &Section, width: Option<usize>, palette: Palette) {
    if let Some(h) = &s.heading {
        out.push_str(h);
        out.push('\n');
    }
    for b in &s.blocks {
        block(out, b, width, palette);
    }
    for sub in &s.sections {
        section(out, sub, width, palette);
    }
}

fn block(out: &mut String, b: &Block, width: Option<usize>, palette: Palette) {
    match b {
        Block::Paragraph(runs) => {
            out.push_str(&plain(runs));
            out.push('\n');
        }
        Block::Note(runs) => {
            out.push_str(&plain(runs));
            out.push_str("\n\n");
        }
        Block::Bullets(items) => {
            for item in items {
                out.push_str("- ");
                out.push_str(&plain(item));
                out.push('\n');
            }
        }
        Block::Figures(pairs) => {
            for (label, value) in pairs {
                out.push_str(&format!("{label} {value}\n"));
            }
        }
        Block::Table(t) => out.push_str(&table(t, width, palette)),
        Block::Chart(c) => {
            // A terminal draws no chart: its title; the figures are in the tables.
            out.push_str(&c.title);
            out.push('\n');
        }
    }
}

/// A table: a boxed grid, or a listing (nothing for no rows) whose ledger text is shown
/// escaped before it is laid out, so widths are those shown and no value can add a line or a
/// colour of its own.
#[must_use]
pub fn table(t: &Table, width: Option<usize>, palette: Palette) -> String {
    let header: Vec<String> = t.columns.iter().map(|c| c.header.clone()).collect();
    let fits: Vec<_> = t.columns.iter().map(|c| c.fit).collect();
    let mut out = String::new();
    if let Some(c) = &t.caption {
        out.push_str(c);
        out.push('\n');
    }
    match t.kind {
        TableKind::Grid => {
            let rows: Vec<Vec<String>> = t.rows.iter().map(|r| r.cells.clone()).collect();
            for l in text::table(t.kind, &header, &rows, &fits, width) {
                out.push_str(&l);
                out.push('\n');
            }
        }
        TableKind::Listing if t.rows.is_empty() => {}
        TableKind::Listing => {
            let rows: Vec<Vec<String>> = t
                .rows
                .iter()
                .map(|r| {
                    r.cells
                        .iter()
                        .map(|c| visible::line(c).into_owned())
                        .collect()
                })
                .collect();
            let lines = text::table(t.kind, &header, &rows, &fits, width);
            out.push_str(&text::paint_rows(
                &lines,
                |i| t.rows.get(i).is_some_and(|r| r.alert),
                palette,
            ));
        }
    }
    if let Some(n) = &t.note {
        out.push_str(n);
        out.push('\n');
    }
    out
}

/// Runs as plain text: a terminal shows no emphasis.
fn plain(runs: &[Inline]) -> String {
    runs.iter()
        .map(|r| match r {
            Inline::Text(s) | Inline::Code(s) => s.clone(),
            Inline::Strong(inner) | Inline::Emphasis(inner) => plain(inner),
        })
        .collect()
}
