//! A typed value of a row, and the column it sits in.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{Value, json};

use crate::kind::Kind;
use crate::lang::Lang;
use crate::message::labels::{self, Label};
use crate::model::vocab::Vocab;

/// A column: its key (the English header, also the JSON key) and its Chinese header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Column {
    pub key: &'static str,
    pub zh: &'static str,
    /// Computed from the ledger (a status, a score), not written in the record's file.
    pub derived: bool,
}

impl Column {
    /// A field of the record.
    #[must_use]
    pub const fn field(key: &'static str, zh: &'static str) -> Self {
        Self {
            key,
            zh,
            derived: false,
        }
    }

    /// A value derived from the ledger.
    #[must_use]
    pub const fn derived(key: &'static str, zh: &'static str) -> Self {
        Self {
            key,
            zh,
            derived: true,
        }
    }

    #[must_use]
    pub(crate) fn label(&self, lang: Lang) -> &'static str {
        labels::term(self.zh, self.key, lang)
    }
}

/// One value, kept typed so that a spreadsheet gets real dates and numbers.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Cell {
    #[default]
    Empty,
    Text(String),
    Date(NaiveDate),
    Int(i64),
    Num(f64),
    Bool(bool),
    /// An enumerated value: its English key and its Chinese term.
    Term {
        key: &'static str,
        zh: &'static str,
    },
    /// A value of the ledger's own list (a category): its key, shown by its Chinese name in
    /// Chinese (like a [`Cell::Term`]), by its key in English and in JSON.
    Keyed {
        key: String,
        zh: String,
    },
    /// A name in both languages (a category's): JSON carries the English one.
    Name {
        zh: String,
        en: String,
    },
    /// A list field: ids, names, or nested entries.
    List(Vec<Cell>),
    /// One nested entry (a plan activity, a check item, a re-check, …): its fields.
    Group(Vec<(Column, Cell)>),
}

impl Cell {
    #[must_use]
    pub fn term<T: Vocab>(v: T) -> Self {
        Self::Term {
            key: v.key(),
            zh: v.zh(),
        }
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        match self {
            Self::Empty => true,
            Self::Text(s) => s.is_empty(),
            Self::List(v) => v.is_empty(),
            Self::Group(v) => v.iter().all(|(_, c)| c.is_empty()),
            _ => false,
        }
    }

    /// The value as text: dates as YYYY-MM-DD, terms and yes/no in `lang`, a list's items
    /// joined with "; ", an entry's fields as `label：value` pairs joined with commas.
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Empty => String::new(),
            Self::Text(s) => s.clone(),
            Self::Date(d) => d.format("%Y-%m-%d").to_string(),
            Self::Int(i) => i.to_string(),
            Self::Num(n) => number(*n),
            Self::Bool(b) => if *b { Label::Yes } else { Label::No }
                .text(lang)
                .to_owned(),
            Self::Term { key, zh } => labels::term(*zh, *key, lang).to_owned(),
            Self::Keyed { key, zh } => labels::term(zh, key, lang).clone(),
            Self::Name { zh, en } => labels::term(zh, en, lang).clone(),
            Self::List(items) => items
                .iter()
                .map(|c| c.text(lang))
                .collect::<Vec<_>>()
                .join("; "),
            Self::Group(fields) => {
                let mut out = String::new();
                for (col, c) in fields.iter().filter(|(_, c)| !c.is_empty()) {
                    // No comma after a value that ends its own sentence (`到位。`).
                    if !out.is_empty() && !out.ends_with(labels::SENTENCE_ENDS) {
                        out.push_str(Label::FieldSeparator.text(lang));
                    }
                    out.push_str(col.label(lang));
                    out.push_str(Label::Colon.text(lang));
                    out.push_str(&c.text(lang));
                }
                out
            }
        }
    }

    /// The value as JSON: terms by their English key, dates as strings, entries as objects.
    #[must_use]
    pub fn json(&self) -> Value {
        match self {
            Self::Empty => Value::Null,
            Self::Text(s) => json!(s),
            Self::Date(d) => json!(d.format("%Y-%m-%d").to_string()),
            Self::Int(i) => json!(i),
            Self::Num(n) => json!(n),
            Self::Bool(b) => json!(b),
            Self::Term { key, .. } => json!(key),
            Self::Keyed { key, .. } => json!(key),
            Self::Name { en, .. } => json!(en),
            Self::List(items) => Value::Array(items.iter().map(Cell::json).collect()),
            Self::Group(fields) => Value::Object(
                fields
                    .iter()
                    .filter(|(_, c)| !c.is_empty())
                    .map(|(col, c)| (col.key.to_owned(), c.json()))
                    .collect(),
            ),
        }
    }
}

/// `100`, `99.2`, `76.53`: at most two decimals, no trailing zeros.
pub(crate) fn number(n: f64) -> String {
    let s = format!("{n:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// Records of one kind as a table: the columns and one row of cells per record.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub kind: Kind,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_lose_trailing_zeros() {
        assert_eq!(number(100.0), "100");
        assert_eq!(number(99.2), "99.2");
        assert_eq!(number(76.533_33), "76.53");
        assert_eq!(number(-0.001), "0");
    }

    #[test]
    fn entries_and_lists_read_in_both_languages() {
        let entry = Cell::Group(vec![
            (
                Column::field("date", "日期"),
                Cell::Text("2026-03-27".into()),
            ),
            (Column::field("note", "说明"), Cell::Empty),
            (Column::field("ok", "通过"), Cell::Bool(true)),
        ]);
        let list = Cell::List(vec![entry.clone(), Cell::Text("x".into())]);
        assert_eq!(list.text(Lang::Zh), "日期：2026-03-27，通过：是; x");
        assert_eq!(list.text(Lang::En), "date: 2026-03-27, ok: yes; x");
        assert_eq!(entry.json(), json!({"date": "2026-03-27", "ok": true}));
    }
}
