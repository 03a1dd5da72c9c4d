//! A [`Document`] as Markdown. Draws only: ledger text is escaped as it is written out
//! ([`markdown::text`], and [`markdown::line_start`] where it begins a list item or a
//! paragraph), so no value adds markup; charts, which Markdown cannot draw, stay as comments
//! naming them.

use std::fmt::Write as _;

use crate::doc::{Align, Block, Document, Inline, Section, Table};
use crate::message::document;
use crate::render::markdown;

/// The document as Markdown.
#[must_use]
pub fn render(d: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", heading(&d.title));
    if let Some(a) = &d.addressee {
        let _ = writeln!(
            out,
            "{}\n",
            markdown::line_start(&document::addressee(a, d.lang))
        );
    }
    for line in &d.meta {
        let _ = writeln!(out, "{}\n", inlines(line));
    }
    for s in &d.sections {
        section(&mut out, s);
    }
    if let Some(c) = &d.closing {
        // The attachment note, then the signature and the date: a paragraph each (Markdown
        // aligns nothing to the right).
        for line in document::attachment_note(&c.attachments, d.lang) {
            let _ = writeln!(out, "{}\n", markdown::line_start(&line));
        }
        for line in [&c.signatory, &c.date] {
            if !line.is_empty() {
                let _ = writeln!(out, "{}\n", markdown::line_start(line));
            }
        }
        out.pop();
    } else if matches!(last_block(d), Some(Block::Figures(_))) {
        // A closing list of figures (an appendix) ends the file without a blank line.
        out.pop();
    }
    out
}

fn last_block(d: &Document) -> Option<&Block> {
    let mut s = d.sections.last()?;
    while let Some(sub) = s.sections.last() {
        s = sub;
    }
    s.blocks.last()
}

/// Heading text: inline text, and no `#` that could close the heading.
fn heading(s: &str) -> String {
    markdown::text(s).replace('#', "\\#")
}

fn section(out: &mut String, s: &Section) {
    if let Some(h) = &s.heading {
        let level = usize::from(s.level.clamp(1, 6));
        let _ = writeln!(out, "{} {}\n", "#".repeat(level), heading(h));
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
            let _ = writeln!(out, "{}\n", inlines(runs));
        }
        Block::Note(runs) => {
            let _ = writeln!(out, "> {}\n", inlines(runs));
        }
        Block::Bullets(items) => {
            for item in items {
                let _ = writeln!(out, "- {}", inlines(item));
            }
            out.push('\n');
        }
        Block::Figures(pairs) => {
            for (label, value) in pairs {
                let _ = writeln!(
                    out,
                    "- **{}** {}",
                    markdown::text(label),
                    markdown::text(value)
                );
            }
            out.push('\n');
        }
        Block::Table(t) => table(out, t),
        Block::Chart(c) => {
            let _ = writeln!(out, "{}\n", chart_marker(&c.key));
        }
    }
}

/// Where a chart stands: an HTML comment, invisible in rendered Markdown.
#[must_use]
pub(crate) fn chart_marker(key: &str) -> String {
    format!(
        "<!-- chart:{} -->",
        key.replace("--", "-").replace(['<', '>'], "")
    )
}

fn table(out: &mut String, t: &Table) {
    if let Some(c) = &t.caption {
        let _ = writeln!(out, "**{}**\n", markdown::text(c));
    }
    let header: Vec<String> = t
        .columns
        .iter()
        .map(|c| markdown::text(&c.header))
        .collect();
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let rule: String = t
        .columns
        .iter()
        .map(|c| match c.align {
            Align::Default => "---|",
            Align::Left => ":--|",
            Align::Right => "--:|",
            Align::Center => ":-:|",
        })
        .collect();
    let _ = writeln!(out, "|{rule}");
    for r in &t.rows {
        let cells: Vec<String> = r.cells.iter().map(|c| markdown::text(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
    if let Some(n) = &t.note {
        let _ = writeln!(out, "{}\n", markdown::line_start(n));
    }
}

/// Runs of a paragraph or an item: a text run that begins the line escaped as such.
fn inlines(runs: &[Inline]) -> String {
    let mut out = String::new();
    for (i, run) in runs.iter().enumerate() {
        inline(&mut out, run, i == 0);
    }
    out
}

fn inline(out: &mut String, run: &Inline, first: bool) {
    match run {
        Inline::Text(s) if first => out.push_str(&markdown::line_start(s)),
        Inline::Text(s) => out.push_str(&markdown::text(s)),
        Inline::Code(s) => {
            // A fence longer than any run of backticks inside; no line break inside.
            let s = s.replace(['\n', '\r'], " ");
            let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
            let fence = "`".repeat(longest + 1);
            let pad = if s.starts_with('`') || s.ends_with('`') {
                " "
            } else {
                ""
            };
            let _ = write!(out, "{fence}{pad}{s}{pad}{fence}");
        }
        Inline::Strong(inner) => {
            out.push_str("**");
            for r in inner {
                inline(out, r, false);
            }
            out.push_str("**");
        }
        Inline::Emphasis(inner) => {
            out.push('*');
            for r in inner {
                inline(out, r, false);
            }
            out.push('*');
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn addressee_and_closing() {
        let md = super::render(&crate::doc::tests::official());
        assert!(
            md.starts_with("# 关于报送 2026 年上半年标准落地实施情况的报告\n\n各处室、各单位\\<b\\>：\n\n一、概况\n\n"),
            "{md}"
        );
        assert!(
            md.ends_with("正文。\n\n附件：1.标准实施情况表\n\n2\\.\\*检查\\*记录\n\n常州市机关事务管理局\n\n2026年6月28日\n"),
            "{md}"
        );
    }

    #[test]
    fn ledger_text_stays_text() {
        let md = super::render(&crate::doc::tests::sample());
        assert_eq!(
            md,
            "# \\<script\\>alert(1)\\</script\\>局 \\#1 报告\n\n截至 2026-06-25。\n\n> **注意：a\\|b.toml 未能读取。请运行 `gbsw check`。**\n\n## 一、概况\n\n- \\- 项 \\*粗\\* \\[x\\](javascript:alert(1))\n- NC-1\\#2：第一行 \\<img src=x onerror=alert(2)\\>\n\n| 标准 | 名称 |\n|---|---|\n| STD-1 | A\\|B \\<b\\>\\&\\</b\\> |\n| STD-2 | 机关会议服务规范机关会议服务规范 |\n\n<!-- chart:duty-completion -->\n\n### 细节\n\n12\\. 行首*强调*\n\n## 逾期：\n\n| 到期日 | 单位 | 事项 |\n|---|---|---|\n| 2026-06-01 | 常州市机关事务管理局 | 复查\u{1b}\\[31m 红 |\n| 2026-07-01 | office | 计划活动 |\n\n## 附录\n\n- **检查** 2：CHK-1#1, \\<CHK-2\\>\n"
        );
    }
}
