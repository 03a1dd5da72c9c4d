//! Sheets as one self-contained HTML page for A4 paper, drawn like a printed form: bordered
//! boxes joined into one table, the title above, signature and date boxes at the foot. Each
//! sheet keeps to one page when its content allows; a second sheet starts a new page.

use std::fmt::Write as _;

use super::sheet::{Block, Field, Grid, Sheet, Signature};
use crate::lang::Lang;
use crate::message::forms::FormLabel;
use crate::render::doc_html::STYLE;
use crate::render::html_text::escape;

/// On top of the reports' A4 stylesheet: a song-style (serif) face as on printed government
/// forms, black hairline borders, no shading, compact type so a form fits one page.
const FORM_STYLE: &str = r#"
@page { size: A4; margin: 14mm 15mm; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", "STSong", serif; font-size: 10pt; line-height: 1.45; color: #000; }
.sheet { break-inside: avoid; page-break-inside: avoid; }
.sheet + .sheet { break-before: page; page-break-before: always; margin-top: 14mm; }
.sheet h1 { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "FZXiaoBiaoSong-B05S", "SimSun", serif; font-size: 18pt; font-weight: 700; letter-spacing: 0.08em; text-align: center; margin: 0 0 2mm; border: 0; }
.sheet .subtitle { text-align: center; font-size: 11pt; margin: 0 0 2mm; }
.sheet .meta { text-align: right; font-size: 9.5pt; margin: 0 0 1mm; }
.frame { border: 1.2pt solid #000; }
table.form { border-collapse: collapse; table-layout: fixed; width: 100%; margin: 0; font-size: 9pt; line-height: 1.38; }
table.form tr:first-child > * { border-top: 0; }
.frame > table:last-child tr:last-child > * { border-bottom: 0; }
table.form tr > *:first-child { border-left: 0; }
table.form tr > *:last-child { border-right: 0; }
table.form th, table.form td { border: 0.6pt solid #000; padding: 1mm 1.6mm; background: none; vertical-align: middle; }
table.form th { font-weight: 700; text-align: center; }
table.form th.caption { text-align: left; letter-spacing: 0.04em; }
table.form td.label { text-align: center; }
table.form td.value { white-space: pre-line; }
table.form td.c { text-align: center; }
table.form td.t { white-space: pre-line; }
table.grid td { height: 5mm; }
table.note td { font-size: 8.5pt; line-height: 1.4; }
table.sign td { height: 16mm; vertical-align: top; width: 50%; }
table.sign .when { margin-top: 6mm; text-align: right; padding-right: 4mm; }
@media print { body { padding: 0; } }
"#;

/// The sheets as one page.
pub(super) fn page(sheets: &[Sheet], lang: Lang) -> String {
    let title = sheets.first().map_or("", |s| s.title.as_str());
    let mut body = String::new();
    for s in sheets {
        sheet(&mut body, s, lang);
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}{FORM_STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        FormLabel::HtmlLang.text(lang),
        escape(title)
    )
}

fn sheet(out: &mut String, s: &Sheet, lang: Lang) {
    let _ = writeln!(
        out,
        "<section class=\"sheet\">\n<h1>{}</h1>",
        escape(&s.title)
    );
    if let Some(sub) = &s.subtitle {
        let _ = writeln!(out, "<p class=\"subtitle\">{}</p>", escape(sub));
    }
    if let Some(n) = &s.number {
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", escape(n));
    }
    out.push_str("<div class=\"frame\">\n");
    for b in &s.blocks {
        match b {
            Block::Fields(rows) => fields(out, rows),
            Block::Grid(g) => grid(out, g),
            Block::Note(n) => {
                let _ = writeln!(
                    out,
                    "<table class=\"form note\"><tr><td>{}</td></tr></table>",
                    escape(n)
                );
            }
        }
    }
    signatures(out, &s.signatures, lang);
    out.push_str("</div>\n</section>\n");
}

/// Four columns: label, value, label, value. A row of one pair spans the width.
fn fields(out: &mut String, rows: &[Vec<Field>]) {
    out.push_str("<table class=\"form fields\">\n<colgroup><col style=\"width:17%\"><col style=\"width:33%\"><col style=\"width:17%\"><col style=\"width:33%\"></colgroup>\n");
    for row in rows {
        out.push_str("<tr>");
        let span = if row.len() == 1 { 3 } else { 1 };
        for f in row {
            let height = if f.lines > 1 {
                format!(" style=\"height:{}mm\"", u32::from(f.lines) * 5)
            } else {
                String::new()
            };
            let colspan = if span > 1 {
                format!(" colspan=\"{span}\"")
            } else {
                String::new()
            };
            let _ = write!(
                out,
                "<td class=\"label\">{}</td><td class=\"value\"{colspan}{height}>{}</td>",
                escape(&f.label),
                escape(&f.value)
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
}

fn grid(out: &mut String, g: &Grid) {
    out.push_str("<table class=\"form grid\">\n<colgroup>");
    for c in &g.columns {
        let _ = write!(out, "<col style=\"width:{}%\">", c.width);
    }
    out.push_str("</colgroup>\n");
    if let Some(caption) = &g.caption {
        let _ = writeln!(
            out,
            "<tr><th class=\"caption\" colspan=\"{}\">{}</th></tr>",
            g.columns.len(),
            escape(caption)
        );
    }
    out.push_str("<tr>");
    for c in &g.columns {
        let _ = write!(out, "<th>{}</th>", escape(&c.label));
    }
    out.push_str("</tr>\n");
    for row in &g.rows {
        out.push_str("<tr>");
        for (cell, col) in row.iter().zip(&g.columns) {
            if cell.span == 0 {
                continue;
            }
            let class = if col.center { "c" } else { "t" };
            let rowspan = if cell.span > 1 {
                format!(" rowspan=\"{}\"", cell.span)
            } else {
                String::new()
            };
            let _ = write!(
                out,
                "<td class=\"{class}\"{rowspan}>{}</td>",
                escape(&cell.text)
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
}

/// A box per signer: the label at the top, the date to write at the bottom right.
fn signatures(out: &mut String, signatures: &[Signature], lang: Lang) {
    if signatures.is_empty() {
        return;
    }
    out.push_str("<table class=\"form sign\"><tr>");
    for s in signatures {
        let when = if s.date.is_empty() {
            FormLabel::SignatureDate.text(lang).to_owned()
        } else {
            escape(&s.date)
        };
        let _ = write!(
            out,
            "<td><div class=\"who\">{}{}{}</div><div class=\"when\">{when}</div></td>",
            escape(&s.label),
            FormLabel::SignatureColon.text(lang),
            escape(&s.name)
        );
    }
    out.push_str("</tr></table>\n");
}
