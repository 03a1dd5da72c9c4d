//! A [`Document`] as a Word document laid out as an official document (GB/T 9704-2012, the
//! page and styles in [`docx`]): the title in 2号 小标宋, centred; the addressee on its own
//! line; the text in 3号 仿宋; headings by level (`一、` 黑体, `（一）` 楷体, lower ones in
//! the text's face); tables in a smaller size with their header row on every page; the
//! attachment note, the signature and the date at the end. Draws only.
//!
//! Charts are drawn as tables of their figures: a document that offices edit and hand in
//! takes a table as text they can correct, it prints the same in black and white, and it
//! needs no picture made from fonts the machine may not have.

use std::io;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::doc::{Align, Block, Chart, Document, Inline, Plot, Section, Table};
use crate::lang::Lang;
use crate::message::document::{self as words, DocWord};
use crate::message::report::ReportText;
use crate::render::docx::{self, CHAR, Cell, Props, Row, SIZE_5, SIZE_S4, SIZE_S5, para, run};

/// Tables with more columns than this are set in 五号 (10.5 pt) or 小五 (9 pt) rather than
/// 小四 (12 pt).
const WIDE_TABLE: usize = 6;
/// Display columns a column of long text keeps however crowded its table.
const LONG_TEXT: usize = 8;
/// A header asks for at most this many display columns.
const HEADER_NEED: usize = 12;
/// A column needs at most this many display columns of width, however long its text.
const MAX_NEED: usize = 40;

/// The document as the bytes of a `.docx` file.
///
/// # Errors
/// Only if the zip writer fails, which writing into memory does not.
pub fn docx(d: &Document) -> io::Result<Vec<u8>> {
    docx::package(&d.title, d.lang, &body(d))
}

/// The document's body as WordprocessingML paragraphs and tables.
fn body(d: &Document) -> String {
    let mut out = para("Title", "", &run(&d.title, Props::default(), false));
    if let Some(a) = &d.addressee {
        let line = words::addressee(a, d.lang);
        out.push_str(&para("Addressee", "", &run(&line, Props::default(), false)));
    }
    for line in &d.meta {
        out.push_str(&para("Normal", "", &inlines(line)));
    }
    for s in &d.sections {
        section(&mut out, s, d.lang);
    }
    if let Some(c) = &d.closing {
        let label = DocWord::Attachments.text(d.lang);
        for (i, line) in words::attachment_note(&c.attachments, d.lang)
            .iter()
            .enumerate()
        {
            if i == 0 {
                out.push_str(&para("Attachment", "", &run(line, Props::default(), false)));
            } else {
                // Under the first title: two characters in, then the label's width.
                let indent = 2 * CHAR + u32::try_from(label.width()).unwrap_or(0) * CHAR / 2;
                let props = format!(
                    "<w:ind w:left=\"{indent}\" w:firstLine=\"0\" w:firstLineChars=\"0\"/>"
                );
                out.push_str(&para(
                    "AttachmentMore",
                    &props,
                    &run(line, Props::default(), false),
                ));
            }
        }
        if !c.signatory.is_empty() {
            out.push_str(&para(
                "Signatory",
                "",
                &run(&c.signatory, Props::default(), false),
            ));
        }
        if !c.date.is_empty() {
            let style = if c.signatory.is_empty() {
                "Signatory"
            } else {
                "Date"
            };
            out.push_str(&para(style, "", &run(&c.date, Props::default(), false)));
        }
    }
    out
}

fn section(out: &mut String, s: &Section, lang: Lang) {
    if let Some(h) = &s.heading {
        // The title is level 1; a top-level section's heading (level 2) is `一、`.
        let style = match s.level {
            0..=2 => "Heading1",
            3 => "Heading2",
            4 => "Heading3",
            _ => "Heading4",
        };
        out.push_str(&para(style, "", &run(h, Props::default(), false)));
    }
    for b in &s.blocks {
        block(out, b, lang);
    }
    for sub in &s.sections {
        section(out, sub, lang);
    }
}

fn block(out: &mut String, b: &Block, lang: Lang) {
    match b {
        Block::Paragraph(runs) => out.push_str(&para("Normal", "", &inlines(runs))),
        Block::Note(runs) => out.push_str(&para("Note", "", &inlines(runs))),
        Block::Bullets(items) => {
            for item in items {
                out.push_str(&para("Normal", "", &inlines(item)));
            }
        }
        Block::Figures(pairs) => {
            for (label, value) in pairs {
                let runs = format!(
                    "{}{}",
                    run(label, Props::BOLD, false),
                    run(&format!(" {value}"), Props::default(), false)
                );
                out.push_str(&para("Normal", "", &runs));
            }
        }
        Block::Table(t) => table(out, t),
        Block::Chart(c) => chart(out, c, lang),
    }
}

/// A table: its caption above, its header row repeated on every page, alert rows in bold
/// (they print in black and white), its note under it.
fn table(out: &mut String, t: &Table) {
    if let Some(c) = &t.caption {
        out.push_str(&para("Caption", "", &run(c, Props::default(), false)));
    }
    let header: Vec<String> = t.columns.iter().map(|c| c.header.clone()).collect();
    let aligns: Vec<Align> = t.columns.iter().map(|c| c.align).collect();
    let rows: Vec<(Vec<String>, bool)> =
        t.rows.iter().map(|r| (r.cells.clone(), r.alert)).collect();
    out.push_str(&grid(Some(&header), &aligns, &rows));
    if let Some(n) = &t.note {
        out.push_str(&para("TableNote", "", &run(n, Props::default(), false)));
    }
}

/// A chart as the table of its figures under its title: a bar's label and its text; a
/// stacked column's label, its count in each series and their total.
fn chart(out: &mut String, c: &Chart, lang: Lang) {
    out.push_str(&para(
        "Caption",
        "",
        &run(&c.title, Props::default(), false),
    ));
    match &c.plot {
        None => out.push_str(&para(
            "Normal",
            "",
            &run(&c.no_data, Props::default(), false),
        )),
        Some(Plot::Percent(bars)) => {
            let rows: Vec<(Vec<String>, bool)> = bars
                .iter()
                .map(|b| (vec![b.label.clone(), b.text.clone()], false))
                .collect();
            out.push_str(&grid(None, &[Align::Left, Align::Right], &rows));
        }
        Some(Plot::Stacked { series, groups, .. }) => {
            let mut header = vec![String::new()];
            header.extend(series.iter().cloned());
            header.push(ReportText::Total.text(lang));
            let mut aligns = vec![Align::Left];
            aligns.extend(std::iter::repeat_n(Align::Right, series.len() + 1));
            let rows: Vec<(Vec<String>, bool)> = groups
                .iter()
                .map(|g| {
                    let mut cells = vec![g.label.clone()];
                    cells.extend(g.counts.iter().map(ToString::to_string));
                    cells.push(g.total.to_string());
                    (cells, false)
                })
                .collect();
            out.push_str(&grid(Some(&header), &aligns, &rows));
        }
    }
}

/// A bordered table of text cells: the header row (if any) repeated on each page, widths
/// after the text, smaller type when it has many columns.
fn grid(header: Option<&[String]>, aligns: &[Align], rows: &[(Vec<String>, bool)]) -> String {
    let columns = header.map_or_else(
        || rows.iter().map(|(r, _)| r.len()).max().unwrap_or(0),
        <[String]>::len,
    );
    let need: Vec<(usize, usize)> = (0..columns)
        .map(|i| {
            let cells = rows.iter().filter_map(|(r, _)| r.get(i));
            let line = cells.clone().map(|c| measure(c)).max().unwrap_or(0);
            // A column of long text keeps four characters a line however crowded the table.
            let word = cells
                .map(|c| longest_word(c))
                .max()
                .unwrap_or(0)
                .max(line.min(LONG_TEXT));
            // A header wraps rather than widen its column past its text, up to a few
            // characters a line.
            let head = header.and_then(|h| h.get(i)).map_or(0, |h| h.width());
            let head_line = head.min(line.max(HEADER_NEED / 2)).min(HEADER_NEED);
            (word.min(MAX_NEED), line.max(head_line).min(MAX_NEED))
        })
        .collect();
    // 小四, 五号 for many columns, 小五 when even then their ids and dates would break.
    let size = if columns <= WIDE_TABLE {
        SIZE_S4
    } else if docx::fits(&need, SIZE_5) {
        SIZE_5
    } else {
        SIZE_S5
    };
    let sz = Props::size(size);
    let mut t = docx::Table {
        widths: docx::widths(&need, size),
        rows: Vec::new(),
    };
    if let Some(h) = header {
        t.rows.push(Row {
            header: true,
            min_height: None,
            cells: h
                .iter()
                .map(|c| Cell::new(para("TableHead", "", &run(c, sz, false))))
                .collect(),
        });
    }
    for (cells, alert) in rows {
        let props = if *alert { sz.bold() } else { sz };
        t.rows.push(Row {
            header: false,
            min_height: None,
            cells: cells
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let jc = match aligns.get(i).copied().unwrap_or_default() {
                        Align::Default | Align::Left => "",
                        Align::Right => "<w:jc w:val=\"right\"/>",
                        Align::Center => "<w:jc w:val=\"center\"/>",
                    };
                    Cell::new(para("TableText", jc, &run(c, props, false)))
                })
                .collect(),
        });
    }
    docx::table(&t)
}

/// The width of `s` in display columns, a Latin letter or digit counted as 1.1: in
/// Times New Roman they are a little wider than half a Chinese character on average.
fn measure(s: &str) -> usize {
    let tenths: usize = s
        .chars()
        .map(|c| match c.width().unwrap_or(0) {
            0 => 0,
            1 => 11,
            w => w * 10,
        })
        .sum();
    tenths.div_ceil(10)
}

/// The width of the longest piece of `s` that a line does not break: a run of Latin
/// letters, digits and punctuation (an id, a date, a rate), or one wide character.
fn longest_word(s: &str) -> usize {
    let latin = s
        .split(|c: char| c.is_whitespace() || c.width().unwrap_or(0) > 1)
        .map(measure)
        .max()
        .unwrap_or(0);
    let wide = if s.chars().any(|c| c.width().unwrap_or(0) > 1) {
        2
    } else {
        0
    };
    latin.max(wide)
}

/// Runs of a paragraph: strong in bold, emphasis in 楷体, code in a monospaced Latin face.
fn inlines(runs: &[Inline]) -> String {
    let mut out = String::new();
    for r in runs {
        inline(&mut out, r, Props::default());
    }
    out
}

fn inline(out: &mut String, r: &Inline, props: Props) {
    match r {
        Inline::Text(s) => out.push_str(&run(s, props, false)),
        Inline::Code(s) => out.push_str(&run(s, props.mono(), false)),
        Inline::Strong(inner) => {
            for i in inner {
                inline(out, i, props.bold());
            }
        }
        Inline::Emphasis(inner) => {
            for i in inner {
                inline(out, i, props.kai());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn addressee_and_closing() {
        let xml = super::body(&crate::doc::tests::official());
        let plain = "<w:r><w:t xml:space=\"preserve\">";
        assert_eq!(
            xml,
            format!(
                "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>{plain}关于报送 2026 年上半年标准落地实施情况的报告</w:t></w:r></w:p>\n\
                 <w:p><w:pPr><w:pStyle w:val=\"Addressee\"/></w:pPr>{plain}各处室、各单位&lt;b&gt;：</w:t></w:r></w:p>\n\
                 <w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>{plain}一、概况</w:t></w:r></w:p>\n\
                 <w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>{plain}正文。</w:t></w:r></w:p>\n\
                 <w:p><w:pPr><w:pStyle w:val=\"Attachment\"/></w:pPr>{plain}附件：1.标准实施情况表</w:t></w:r></w:p>\n\
                 <w:p><w:pPr><w:pStyle w:val=\"AttachmentMore\"/><w:ind w:left=\"1600\" w:firstLine=\"0\" w:firstLineChars=\"0\"/></w:pPr>{plain}2.*检查*记录</w:t></w:r></w:p>\n\
                 <w:p><w:pPr><w:pStyle w:val=\"Signatory\"/></w:pPr>{plain}常州市机关事务管理局</w:t></w:r></w:p>\n\
                 <w:p><w:pPr><w:pStyle w:val=\"Date\"/></w:pPr>{plain}2026年6月28日</w:t></w:r></w:p>\n"
            )
        );
    }

    /// Ledger text stays text: markup escaped, the control character shown, a table's
    /// header row repeated and no row split, the chart without data as its note.
    #[test]
    fn ledger_text_stays_text() {
        let xml = super::body(&crate::doc::tests::sample());
        for part in [
            "<w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t xml:space=\"preserve\">&lt;script&gt;alert(1)&lt;/script&gt;局 #1 报告</w:t>",
            "<w:pStyle w:val=\"Note\"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">注意：a|b.toml 未能读取。请运行 </w:t></w:r><w:r><w:rPr><w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:eastAsia=\"仿宋_GB2312\" w:cs=\"Courier New\"/><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">gbsw check</w:t>",
            "<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">一、概况</w:t>",
            "<w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">细节</w:t>",
            "<w:t xml:space=\"preserve\">NC-1#2</w:t></w:r><w:r><w:t xml:space=\"preserve\">：第一行 &lt;img src=x onerror=alert(2)&gt;</w:t>",
            "<w:t xml:space=\"preserve\">A|B &lt;b&gt;&amp;&lt;/b&gt;</w:t>",
            "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
            "<w:t xml:space=\"preserve\">复查\\u001b[31m 红</w:t>",
            "<w:pStyle w:val=\"Caption\"/></w:pPr><w:r><w:t xml:space=\"preserve\">定期检查完成率</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:t xml:space=\"preserve\">（无数据）</w:t>",
            "<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"楷体_GB2312\" w:cs=\"Times New Roman\"/></w:rPr><w:t xml:space=\"preserve\">强调</w:t>",
        ] {
            assert!(xml.contains(part), "missing {part}\nin {xml}");
        }
        assert!(!xml.contains('\u{1b}'), "a raw control character");
        // The alert row is bold; the other is not.
        assert!(xml.contains("<w:rPr><w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr><w:t xml:space=\"preserve\">2026-06-01</w:t>"));
        assert!(xml.contains("<w:rPr><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr><w:t xml:space=\"preserve\">2026-07-01</w:t>"));
    }
}
