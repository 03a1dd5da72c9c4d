//! Sheets as a Word document on the official page (`render::docx`): each sheet's title in
//! 小二 小标宋, its blocks as bordered tables in 五号 仿宋 one under the other, the
//! signature boxes at the foot; a second sheet starts a new page. A table's caption and
//! header rows repeat on each page it runs onto, and no row is split.

use std::io;

use super::sheet::{Block, Field, Grid, Sheet, Signature};
use crate::lang::Lang;
use crate::message::forms::FormLabel;
use crate::render::docx::{self, Cell, Merge, Props, Row, SIZE_5, TYPE_W, mm, para, run};

/// The sheets as the bytes of a `.docx` file.
pub(super) fn docx(sheets: &[Sheet], lang: Lang) -> io::Result<Vec<u8>> {
    let title = sheets.first().map_or("", |s| s.title.as_str());
    let mut body = String::new();
    for (i, s) in sheets.iter().enumerate() {
        sheet(&mut body, s, i > 0, lang);
    }
    docx::package(title, lang, &body)
}

const TEXT: Props = Props {
    font: None,
    bold: false,
    size: Some(SIZE_5),
};

/// A paragraph of cell text, line breaks kept.
fn cell_para(s: &str, jc: &str, props: Props) -> String {
    para("TableText", jc, &run(s, props, true))
}

const CENTER: &str = "<w:jc w:val=\"center\"/>";
const RIGHT: &str = "<w:jc w:val=\"right\"/>";

/// Tables drawn one under the other are kept apart by a paragraph (Word joins adjacent
/// tables into one); this one is a hair high, so their borders meet as on the printed form.
fn joint() -> String {
    para("Joint", "", "")
}

fn sheet(out: &mut String, s: &Sheet, new_page: bool, lang: Lang) {
    let brk = if new_page { "<w:pageBreakBefore/>" } else { "" };
    out.push_str(&para(
        "FormTitle",
        brk,
        &run(&s.title, Props::default(), false),
    ));
    if let Some(sub) = &s.subtitle {
        out.push_str(&para(
            "FormSubtitle",
            "",
            &run(sub, Props::default(), false),
        ));
    }
    if let Some(n) = &s.number {
        out.push_str(&para("FormNumber", "", &run(n, Props::default(), false)));
    }
    for (i, b) in s.blocks.iter().enumerate() {
        if i > 0 {
            out.push_str(&joint());
        }
        match b {
            Block::Fields(rows) => out.push_str(&fields(rows)),
            Block::Grid(g) => out.push_str(&grid(g)),
            Block::Note(n) => {
                let t = docx::Table {
                    widths: vec![TYPE_W],
                    rows: vec![Row {
                        cells: vec![Cell::new(cell_para(n, "", TEXT))],
                        ..Row::default()
                    }],
                };
                out.push_str(&docx::table(&t));
            }
        }
    }
    if !s.signatures.is_empty() {
        if !s.blocks.is_empty() {
            out.push_str(&joint());
        }
        out.push_str(&signatures(&s.signatures, lang));
    }
    // A paragraph ends the body after a table, as Word requires.
    out.push_str(&joint());
}

/// Four columns: label, value, label, value; a row of one pair spans the width.
fn fields(rows: &[Vec<Field>]) -> String {
    let w = |pct: u32| TYPE_W * pct / 100;
    let mut t = docx::Table {
        widths: vec![w(17), w(33), w(17), TYPE_W - w(17) * 2 - w(33)],
        rows: Vec::new(),
    };
    for row in rows {
        let span = if row.len() == 1 { 3 } else { 1 };
        let mut cells = Vec::new();
        let mut lines = 1;
        for f in row {
            lines = lines.max(f.lines);
            let mut label = Cell::new(cell_para(&f.label, CENTER, TEXT));
            label.middle = true;
            cells.push(label);
            let mut value = Cell::new(cell_para(&f.value, "", TEXT));
            value.span = span;
            value.middle = true;
            cells.push(value);
        }
        t.rows.push(Row {
            header: false,
            min_height: (lines > 1).then(|| u32::from(lines) * mm(5)),
            cells,
        });
    }
    docx::table(&t)
}

/// A grid: its caption row and header row repeated on each page; a cell spanning rows
/// merged down.
fn grid(g: &Grid) -> String {
    let n = g.columns.len();
    let mut widths: Vec<u32> = g
        .columns
        .iter()
        .map(|c| TYPE_W * u32::from(c.width) / 100)
        .collect();
    let used: u32 = widths.iter().take(n.saturating_sub(1)).sum();
    if let Some(last) = widths.last_mut() {
        *last = TYPE_W.saturating_sub(used);
    }
    let mut t = docx::Table {
        widths,
        rows: Vec::new(),
    };
    if let Some(caption) = &g.caption {
        let mut c = Cell::new(cell_para(caption, "", TEXT.bold()));
        c.span = n;
        t.rows.push(Row {
            header: true,
            min_height: None,
            cells: vec![c],
        });
    }
    t.rows.push(Row {
        header: true,
        min_height: None,
        cells: g
            .columns
            .iter()
            .map(|c| {
                let mut cell = Cell::new(cell_para(&c.label, CENTER, TEXT.bold()));
                cell.middle = true;
                cell
            })
            .collect(),
    });
    for row in &g.rows {
        let cells = row
            .iter()
            .zip(&g.columns)
            .map(|(cell, col)| {
                let jc = if col.center { CENTER } else { "" };
                let mut c = match cell.span {
                    0 => {
                        let mut c = Cell::new(String::new());
                        c.merge = Merge::Continue;
                        c
                    }
                    1 => Cell::new(cell_para(&cell.text, jc, TEXT)),
                    _ => {
                        let mut c = Cell::new(cell_para(&cell.text, jc, TEXT));
                        c.merge = Merge::Start;
                        c
                    }
                };
                c.middle = true;
                c
            })
            .collect();
        t.rows.push(Row {
            header: false,
            min_height: Some(mm(5)),
            cells,
        });
    }
    docx::table(&t)
}

/// A box per signer: the label at the top, the date to write at the bottom right.
fn signatures(signatures: &[Signature], lang: Lang) -> String {
    let n = u32::try_from(signatures.len()).unwrap_or(1).max(1);
    let mut widths = vec![TYPE_W / n; signatures.len()];
    if let Some(last) = widths.last_mut() {
        *last = TYPE_W - TYPE_W / n * (n - 1);
    }
    let when = FormLabel::SignatureDate.text(lang);
    let colon = FormLabel::SignatureColon.text(lang);
    let cells = signatures
        .iter()
        .map(|s| {
            let date = if s.date.is_empty() { when } else { &s.date };
            Cell::new(format!(
                "{}{}{}",
                cell_para(&format!("{}{colon}{}", s.label, s.name), "", TEXT),
                cell_para("", "", TEXT),
                cell_para(date, RIGHT, TEXT)
            ))
        })
        .collect();
    docx::table(&docx::Table {
        widths,
        rows: vec![Row {
            header: false,
            min_height: Some(mm(16)),
            cells,
        }],
    })
}
