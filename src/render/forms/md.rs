//! Sheets as Markdown: the title, then each block as a table (label–value boxes as a
//! two-column table), then a table of signatures and dates (filled where the ledger records them).

use std::fmt::Write as _;

use super::sheet::{Block, Grid, Sheet};
use crate::lang::Lang;
use crate::message::forms::FormLabel;
use crate::render::markdown;

/// Text for one table cell: escaped so that it stays text (see [`markdown::text`]), line
/// breaks as `<br>`.
fn cell(s: &str) -> String {
    s.lines()
        .map(markdown::text)
        .collect::<Vec<_>>()
        .join("<br>")
}

fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | ").trim_end());
}

/// The sheets, separated by a rule.
pub(super) fn render(sheets: &[Sheet], lang: Lang) -> String {
    let mut out = String::new();
    for (i, s) in sheets.iter().enumerate() {
        if i > 0 {
            out.push_str("\n---\n\n");
        }
        sheet(&mut out, s, lang);
    }
    out
}

fn sheet(out: &mut String, s: &Sheet, lang: Lang) {
    let _ = writeln!(out, "# {}\n", markdown::line_start(&s.title));
    if let Some(sub) = &s.subtitle {
        let _ = writeln!(out, "**{}**\n", markdown::text(sub));
    }
    if let Some(n) = &s.number {
        let _ = writeln!(out, "{}\n", markdown::line_start(n));
    }
    let head = [
        FormLabel::Field.text(lang).to_owned(),
        FormLabel::Value.text(lang).to_owned(),
    ];
    for b in &s.blocks {
        match b {
            Block::Fields(rows) => {
                row(out, &head);
                out.push_str("|---|---|\n");
                for f in rows.iter().flatten() {
                    row(out, &[cell(&f.label), cell(&f.value)]);
                }
                out.push('\n');
            }
            Block::Grid(g) => grid(out, g),
            Block::Note(n) => {
                let _ = writeln!(out, "{}\n", markdown::line_start(n));
            }
        }
    }
    if !s.signatures.is_empty() {
        row(
            out,
            &[
                FormLabel::Signature.text(lang).to_owned(),
                FormLabel::MdDate.text(lang).to_owned(),
            ],
        );
        out.push_str("|---|---|\n");
        let colon = FormLabel::SignatureColon.text(lang);
        for sig in &s.signatures {
            let who = if sig.name.is_empty() {
                sig.label.clone()
            } else {
                format!("{}{colon}{}", sig.label, sig.name)
            };
            row(out, &[cell(&who), cell(&sig.date)]);
        }
    }
}

fn grid(out: &mut String, g: &Grid) {
    if let Some(c) = &g.caption {
        let _ = writeln!(out, "**{}**\n", markdown::text(c));
    }
    let labels: Vec<String> = g.columns.iter().map(|c| cell(&c.label)).collect();
    row(out, &labels);
    let rule: String = g
        .columns
        .iter()
        .map(|c| if c.center { ":---:|" } else { "---|" })
        .collect();
    let _ = writeln!(out, "|{rule}");
    // A cell spanning rows is written in its first row; the rows under it stay empty.
    for r in &g.rows {
        let cells: Vec<String> = r.iter().map(|c| cell(&c.text)).collect();
        row(out, &cells);
    }
    out.push('\n');
}
