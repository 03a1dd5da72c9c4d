//! A record's history as a terminal table or JSON. Formats only.

use crate::doc::{Fit, TableKind};
use crate::history::RecordHistory;
use crate::lang::Lang;
use crate::message::captions;
use crate::message::labels::Label;
use crate::render::text;

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
        Label::Date,
        Label::Author,
        Label::Commit,
        Label::CommitMessage,
    ]
    .map(|l| l.text(lang).to_owned());
    let rows: Vec<Vec<String>> = h
        .commits
        .iter()
        .map(|c| {
            vec![
                c.date.format(DATE_FORMAT).to_string(),
                c.author.clone(),
                c.short.clone(),
                c.subject.clone(),
            ]
        })
        .collect();
    // The date and the commit whole, the author to 14 columns, the message gets the rest.
    let fits = [Fit::Whole, Fit::CutAt(14), Fit::Whole, Fit::Cut];
    for line in text::table(TableKind::Listing, &header, &rows, &fits, Some(width)) {
        out.push_str(&line);
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
