//! A record's history as a terminal table or JSON. Formats only.

use comfy_table::{ContentArrangement, Table};
use unicode_width::UnicodeWidthStr;

use crate::history::RecordHistory;
use crate::lang::Lang;
use crate::message::captions;
use crate::message::labels::Label;
use crate::render::text::{TABLE_STYLE, clip};

/// The date column: the author's local time, to the minute.
const DATE_FORMAT: &str = "%Y-%m-%d %H:%M";

/// Which file the history is of, the commits newest first (the message cut to fit `width`
/// columns), and a line saying how many there are.
#[must_use]
pub fn table(h: &RecordHistory, lang: Lang, width: usize) -> String {
    let mut out = captions::history_file(h.kind, &h.id, &h.file, lang);
    if h.records_in_file > 1 {
        out.push_str(&captions::history_whole_file(
            h.records_in_file,
            &h.id,
            lang,
        ));
    }
    let header = [
        Label::Date.text(lang),
        Label::Author.text(lang),
        Label::Commit.text(lang),
        Label::CommitMessage.text(lang),
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
    out.push_str(&captions::history_total(
        h.commits.len(),
        h.uncommitted,
        lang,
    ));
    out
}

/// One JSON object: the record, its file and the commits, newest first.
#[must_use]
pub fn json(h: &RecordHistory) -> String {
    let mut s = serde_json::to_string_pretty(h).unwrap_or_default();
    s.push('\n');
    s
}
