//! A [`Document`] as plain text for the terminal (the status screen): the title, then each
//! part's heading on a line of its own, boxed grids and listings fitted to the terminal's
//! width by [`text::table`], alert rows in the error colour. Draws only.
//!
//! Spacing: a blank line after the title, after a note, and between parts, except after a
//! part that ends in a boxed grid, whose border already sets it apart. Text is written as
//! given: the binary's printer shows control characters escaped; listing cells are escaped
//! here, before they are measured.

use crate::doc::{Block, Document, Inline, Section, Table, TableKind};
use crate::message::document;
use crate::render::style::Palette;
use crate::render::text;
use crate::visible;

/// The document as text `width` columns wide (whole without one).
#[must_use]
pub fn render(d: &Document, width: Option<usize>, palette: Palette) -> String {
    let mut out = format!("{}\n\n", d.title);
    if let Some(a) = &d.addressee {
        out.push_str(&document::addressee(a, d.lang));
        out.push('\n');
    }
    for line in &d.meta {
        out.push_str(&plain(line));
        out.push('\n');
    }
    if !d.meta.is_empty() {
        out.push('\n');
    }
    let mut sections = d.sections.iter().peekable();
    let closing = d.closing.as_ref();
    while let Some(s) = sections.next() {
        section(&mut out, s, width, palette);
        let boxed = matches!(
            s.blocks.last(),
            Some(Block::Table(Table {
                kind: TableKind::Grid,
                ..
            }))
        );
        if (sections.peek().is_some() || closing.is_some()) && !boxed && !out.ends_with("\n\n") {
            out.push('\n');
        }
    }
    if let Some(c) = closing {
        for line in document::attachment_note(&c.attachments, d.lang) {
            out.push_str(&line);
            out.push('\n');
        }
        for line in [&c.signatory, &c.date] {
            if !line.is_empty() {
                out.push_str(line);
                out.push('\n');
            }
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

#[cfg(test)]
mod tests {
    use crate::render::style::Palette;

    #[test]
    fn addressee_and_closing() {
        let text = super::render(&crate::doc::tests::official(), Some(40), Palette::OFF);
        assert_eq!(
            text,
            "关于报送 2026 年上半年标准落地实施情况的报告\n\n各处室、各单位<b>：\n一、概况\n正文。\n\n附件：1.标准实施情况表\n2.*检查*记录\n常州市机关事务管理局\n2026年6月28日\n"
        );
    }

    #[test]
    fn fits_the_width() {
        let text = super::render(&crate::doc::tests::sample(), Some(30), Palette::OFF);
        assert_eq!(
            text,
            "<script>alert(1)</script>局 #1 报告\n\n截至 2026-06-25。\n\n注意：a|b.toml 未能读取。请运行 gbsw check。\n\n一、概况\n- - 项 *粗* [x](javascript:alert(1))\n- NC-1#2：第一行\n<img src=x onerror=alert(2)>\n┌───────┬────────────────────┐\n│ 标准  ┆ 名称               │\n╞═══════╪════════════════════╡\n│ STD-1 ┆ A|B <b>&</b>       │\n│ STD-2 ┆ 机关会议服务规范机 │\n│       ┆ 关会议服务规范     │\n└───────┴────────────────────┘\n定期检查完成率\n细节\n12. 行首强调\n\n逾期：\n 到期日       单位    事项\n─────────────────────────────\n 2026-06-01   常州…   复查\\…\n 2026-07-01   offi…   计划…\n─────────────────────────────\n\n附录\n检查 2：CHK-1#1, <CHK-2>\n"
        );
    }

    /// Whole without a width; the alert row, and only it, painted; the control character
    /// escaped before it is measured.
    #[test]
    fn whole_without_a_width_and_alerts_painted() {
        let doc = crate::doc::tests::sample();
        let Some(crate::doc::Block::Table(t)) = doc.sections[2].blocks.first() else {
            unreachable!("the sample's listing")
        };
        let text = super::table(t, None, Palette { on: true });
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], " 到期日       单位                   事项");
        assert!(lines[2].starts_with("\u{1b}[") && lines[2].contains("复查\\u001b[31m 红"));
        assert_eq!(lines[3], " 2026-07-01   office                 计划活动");
    }
}
