//! A record's history as a terminal table or JSON. Formats only.

use comfy_table::{ContentArrangement, Table};
use unicode_width::UnicodeWidthStr;

use crate::history::RecordHistory;
use crate::lang::Lang;
use crate::render::text::{TABLE_STYLE, clip};

/// The date column: the author's local time, to the minute.
const DATE_FORMAT: &str = "%Y-%m-%d %H:%M";

/// Which file the history is of, the commits newest first (the message cut to fit `width`
/// columns), and a line saying how many there are.
#[must_use]
pub fn table(h: &RecordHistory, lang: Lang, width: usize) -> String {
    let mut out = lang.pick(
        format!("{} {} 所在文件：{}\n", h.kind.label(lang), h.id, h.file),
        format!("{} {} is in {}\n", h.kind.label(lang), h.id, h.file),
    );
    if h.records_in_file > 1 {
        out.push_str(&lang.pick(
            format!(
                "该文件共有 {} 条记录，下面是整个文件的修改历史，不只是 {} 的。\n",
                h.records_in_file, h.id
            ),
            format!(
                "The file holds {} records: this is the history of the whole file, not of {} alone.\n",
                h.records_in_file, h.id
            ),
        ));
    }
    let header = [
        lang.pick("日期", "date"),
        lang.pick("作者", "author"),
        lang.pick("提交", "commit"),
        lang.pick("说明", "message"),
    ];
    let rows: Vec<[String; 3]> = h
        .commits
        .iter()
        .map(|c| {
            [
                c.date.format(DATE_FORMAT).to_string(),
                clip(&c.author, 14),
                c.short.clone(),
            ]
        })
        .collect();
    // Each column takes its widest cell, a space of padding on either side and a space
    // where a border would be; the message gets the rest.
    let fixed: usize = (0..3)
        .map(|i| {
            rows.iter()
                .map(|r| r[i].width())
                .chain(std::iter::once(header[i].width()))
                .max()
                .unwrap_or(0)
                + 3
        })
        .sum();
    let rest = width.saturating_sub(fixed + 3).max(10);
    let mut t = Table::new();
    t.load_style(TABLE_STYLE)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header.to_vec());
    for (c, row) in h.commits.iter().zip(rows) {
        let mut cells = row.to_vec();
        cells.push(clip(&c.subject, rest));
        t.add_row(cells);
    }
    for line in t.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let n = h.commits.len();
    out.push_str(&lang.pick(
        format!("共 {n} 次提交。\n"),
        format!("{n} commit{}.\n", if n == 1 { "" } else { "s" }),
    ));
    if h.uncommitted {
        out.push_str(lang.pick(
            "注意：该文件还有未提交的修改，不在上表中。\n",
            "Note: the file has uncommitted changes, which are not listed.\n",
        ));
    }
    out
}

/// One JSON object: the record, its file and the commits, newest first.
#[must_use]
pub fn json(h: &RecordHistory) -> String {
    let mut s = serde_json::to_string_pretty(h).unwrap_or_default();
    s.push('\n');
    s
}
