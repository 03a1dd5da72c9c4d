//! A [`Document`] as one self-contained HTML page for A4 paper: a print stylesheet with CJK
//! fonts, the blocks drawn as HTML, the charts as inline SVG (`render::charts`). Ledger text
//! is escaped as it is written out, so no value adds a tag, a script or a link. Nothing is
//! fetched from the network.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use crate::doc::{Align, Block, Closing, Document, Inline, Section, Table};
use crate::lang::Lang;
use crate::message::document;
use crate::render::charts;
use crate::render::html_text::{body, escape};

/// The stylesheet: A4 with an official document's margins (GB/T 9704-2012: 37 mm top,
/// 28 mm left, a 156 × 225 mm type area) and its page numbers `— 1 —` at the outer bottom
/// corner, CJK-capable font families, tables that break across pages with their header row
/// repeated and no row split, small tables side by side so the first page is not left half
/// empty before a chart; on screen, the page as a sheet of paper.
pub(crate) const STYLE: &str = r#"
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font: 14pt "Noto Serif CJK SC", "SimSun", serif; vertical-align: top; padding-top: 7mm; padding-right: 1em; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font: 14pt "Noto Serif CJK SC", "SimSun", serif; vertical-align: top; padding-top: 7mm; padding-left: 1em; } }
:root { color-scheme: light; }
html { background: #e9ebee; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "SimSun", sans-serif; font-size: 10.5pt; line-height: 1.55; color: #111; background: #fff; max-width: 178mm; margin: 6mm auto; padding: 14mm 16mm; box-shadow: 0 0 3mm rgba(0,0,0,.18); }
h1 { font-size: 17pt; text-align: center; margin: 0 0 4mm; line-height: 1.35; }
h2 { font-size: 13pt; border-bottom: 1px solid #888; padding-bottom: 1mm; margin-top: 7mm; break-after: avoid; }
h3 { font-size: 11.5pt; break-after: avoid; }
table { border-collapse: collapse; width: auto; max-width: 100%; margin: 2mm 0 4mm; font-size: 9pt; line-height: 1.4; }
th, td { border: 1px solid #999; padding: 1mm 1.5mm; vertical-align: top; overflow-wrap: break-word; }
th { background: #eee; font-weight: 600; min-width: 2em; overflow-wrap: anywhere; }
.nw { white-space: nowrap; }
td.w { min-width: 5em; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
table.small { display: inline-table; vertical-align: top; margin-right: 6mm; }
.addressee { margin: 4mm 0 2mm; }
.closing { margin-top: 8mm; break-inside: avoid; }
.closing .attachments { margin: 0 0 6mm 2em; }
.closing .signatory, .closing .date { text-align: right; padding-right: 2em; margin: 0; }
blockquote { border: 2px solid #b00; background: #fff3f3; margin: 3mm 0; padding: 2mm 4mm; }
.chart { margin: 2mm 0 5mm; break-inside: avoid; }
.chart figcaption { margin-bottom: 1mm; }
.chart svg { width: 100%; height: auto; display: block; }
.legend { font-size: 9pt; text-align: center; margin-top: 1mm; }
.legend span { display: inline-block; margin: 0 3mm; white-space: nowrap; }
.legend .swatch { width: 3mm; height: 3mm; margin-right: 1mm; vertical-align: -0.3mm; }
code { font-family: "Noto Sans Mono CJK SC", monospace; }
@media print {
  html { background: none; }
  body { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  a { color: inherit; text-decoration: none; }
  .chart, .legend { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .chart svg { max-height: 62mm; width: auto; max-width: 100%; }
}
"#;

/// Body cells whose text is at most this many display columns do not wrap: dates, ids, counts,
/// rates and short names like 定期检查 stay on one line instead of one character per line.
/// (Headers wrap, two characters a line at least: see `th` in [`STYLE`].)
const NOWRAP_COLUMNS: usize = 16;

/// A table of at most this many columns and rows is small: it stands beside the next.
const SMALL_COLUMNS: usize = 3;
const SMALL_ROWS: usize = 8;

/// The document as a whole HTML page.
#[must_use]
pub fn page(d: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "<h1>{}</h1>", body(&d.title));
    if let Some(a) = &d.addressee {
        let line = document::addressee(a, d.lang);
        let _ = writeln!(out, "<p class=\"addressee\">{}</p>", body(&line));
    }
    for line in &d.meta {
        let _ = writeln!(out, "<p>{}</p>", inlines(line));
    }
    for s in &d.sections {
        section(&mut out, s);
    }
    if let Some(c) = &d.closing {
        closing(&mut out, c, d.lang);
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{out}</body>\n</html>\n",
        d.lang.html_tag(),
        escape(&d.title)
    )
}

/// The attachment note (further titles under the first), then the signature and the date
/// at the right.
fn closing(out: &mut String, c: &Closing, lang: Lang) {
    out.push_str("<div class=\"closing\">\n");
    let note = document::attachment_note(&c.attachments, lang);
    if !note.is_empty() {
        let lines: Vec<String> = note.iter().map(|l| body(l)).collect();
        let _ = writeln!(out, "<p class=\"attachments\">{}</p>", lines.join("<br>"));
    }
    for (class, line) in [("signatory", &c.signatory), ("date", &c.date)] {
        if !line.is_empty() {
            let _ = writeln!(out, "<p class=\"{class}\">{}</p>", body(line));
        }
    }
    out.push_str("</div>\n");
}

fn section(out: &mut String, s: &Section) {
    if let Some(h) = &s.heading {
        let level = s.level.clamp(1, 6);
        let _ = writeln!(out, "<h{level}>{}</h{level}>", body(h));
    }
    for b in &s.blocks {
        block(out, b);
    }
    for sub in &s.sections {
        section(out, sub);
    }
}

fn block(out: &mut String, b: &Block) {
    match b {
        Block::Paragraph(runs) => {
            let _ = writeln!(out, "<p>{}</p>", inlines(runs));
        }
        Block::Note(runs) => {
            let _ = writeln!(out, "<blockquote>\n<p>{}</p>\n</blockquote>", inlines(runs));
        }
        Block::Bullets(items) => {
            out.push_str("<ul>\n");
            for item in items {
                let _ = writeln!(out, "<li>{}</li>", inlines(item));
            }
            out.push_str("</ul>\n");
        }
        Block::Figures(pairs) => {
            out.push_str("<ul>\n");
            for (label, value) in pairs {
                let _ = writeln!(
                    out,
                    "<li><strong>{}</strong> {}</li>",
                    body(label),
                    body(value)
                );
            }
            out.push_str("</ul>\n");
        }
        Block::Table(t) => table(out, t),
        Block::Chart(c) => out.push_str(&charts::figure(c)),
    }
}

fn align(a: Align) -> &'static str {
    match a {
        Align::Default => "",
        Align::Left => " style=\"text-align: left\"",
        Align::Right => " style=\"text-align: right\"",
        Align::Center => " style=\"text-align: center\"",
    }
}

/// A table; short body cells do not wrap (`class="nw"`, see [`NOWRAP_COLUMNS`]), longer ones
/// keep a few characters a line however crowded the table (`class="w"`).
fn table(out: &mut String, t: &Table) {
    if let Some(c) = &t.caption {
        let _ = writeln!(out, "<p><strong>{}</strong></p>", body(c));
    }
    // A small table (a few rows of two or three columns) sits beside the next one.
    if t.columns.len() <= SMALL_COLUMNS && t.rows.len() <= SMALL_ROWS {
        out.push_str("<table class=\"small\"><thead><tr>");
    } else {
        out.push_str("<table><thead><tr>");
    }
    for c in &t.columns {
        let _ = write!(out, "<th{}>{}</th>", align(c.align), body(&c.header));
    }
    out.push_str("</tr></thead><tbody>\n");
    for r in &t.rows {
        out.push_str("<tr>");
        for (i, cell) in r.cells.iter().enumerate() {
            let class = if cell.width() <= NOWRAP_COLUMNS {
                "nw"
            } else {
                "w"
            };
            let a = t.columns.get(i).map_or("", |c| align(c.align));
            let _ = write!(out, "<td class=\"{class}\"{a}>{}</td>", body(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
    if let Some(n) = &t.note {
        let _ = writeln!(out, "<p>{}</p>", body(n));
    }
}

fn inlines(runs: &[Inline]) -> String {
    let mut out = String::new();
    for r in runs {
        inline(&mut out, r);
    }
    out
}

fn inline(out: &mut String, run: &Inline) {
    match run {
        Inline::Text(s) => out.push_str(&body(s)),
        Inline::Code(s) => {
            let _ = write!(out, "<code>{}</code>", body(s));
        }
        Inline::Strong(inner) => {
            out.push_str("<strong>");
            for r in inner {
                inline(out, r);
            }
            out.push_str("</strong>");
        }
        Inline::Emphasis(inner) => {
            out.push_str("<em>");
            for r in inner {
                inline(out, r);
            }
            out.push_str("</em>");
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn addressee_and_closing() {
        let html = super::page(&crate::doc::tests::official());
        let body = &html[html.find("<body>").unwrap_or(0)..];
        assert_eq!(
            body,
            "<body>\n<h1>关于报送 2026 年上半年标准落地实施情况的报告</h1>\n<p class=\"addressee\">各处室、各单位&lt;b&gt;：</p>\n<p>一、概况</p>\n<p>正文。</p>\n<div class=\"closing\">\n<p class=\"attachments\">附件：1.标准实施情况表<br>2.*检查*记录</p>\n<p class=\"signatory\">常州市机关事务管理局</p>\n<p class=\"date\">2026年6月28日</p>\n</div>\n</body>\n</html>\n"
        );
    }

    #[test]
    fn ledger_text_stays_text() {
        let html = super::page(&crate::doc::tests::sample());
        let body = &html[html.find("<body>").unwrap_or(0)..];
        assert_eq!(
            body,
            "<body>\n<h1>&lt;script&gt;alert(1)&lt;/script&gt;局 #1 报告</h1>\n<p>截至 2026-06-25。</p>\n<blockquote>\n<p><strong>注意：a|b.toml 未能读取。请运行 <code>gbsw check</code>。</strong></p>\n</blockquote>\n<h2>一、概况</h2>\n<ul>\n<li>- 项 *粗* [x](javascript:alert(1))</li>\n<li>NC-1#2：第一行 &lt;img src=x onerror=alert(2)&gt;</li>\n</ul>\n<table class=\"small\"><thead><tr><th>标准</th><th>名称</th></tr></thead><tbody>\n<tr><td class=\"nw\">STD-1</td><td class=\"nw\">A|B &lt;b&gt;&amp;&lt;/b&gt;</td></tr>\n<tr><td class=\"nw\">STD-2</td><td class=\"w\">机关会议服务规范机关会议服务规范</td></tr>\n</tbody></table>\n<figure class=\"chart\"><figcaption><strong>定期检查完成率</strong></figcaption>\n<p>（无数据）</p>\n</figure>\n<h3>细节</h3>\n<p>12. 行首<em>强调</em></p>\n<h2>逾期：</h2>\n<table class=\"small\"><thead><tr><th>到期日</th><th>单位</th><th>事项</th></tr></thead><tbody>\n<tr><td class=\"nw\">2026-06-01</td><td class=\"w\">常州市机关事务管理局</td><td class=\"nw\">复查\u{1b}[31m 红</td></tr>\n<tr><td class=\"nw\">2026-07-01</td><td class=\"nw\">office</td><td class=\"nw\">计划活动</td></tr>\n</tbody></table>\n<h2>附录</h2>\n<ul>\n<li><strong>检查</strong> 2：CHK-1#1, &lt;CHK-2&gt;</li>\n</ul>\n</body>\n</html>\n"
        );
    }
}
