//! A row of a sheet as the node tree a record file would parse into, so that the records' own
//! decoders read it: each cell's value typed by its field's descriptor (a date from a serial
//! number or text, a unit from its name, a choice from its Chinese term, a list split, a
//! sub-table from the export's `label：value` entries). What cannot be typed is passed on as
//! text, for the decoder to report as it reports a file's mistakes.
//!
//! Every node's span stands for its cell: `start` is the column's index plus one, and the
//! row itself is `0`; [`super::places`] turns them into `FILE:SHEET!C7`.

use crate::kind::Target;
use crate::message::import::{NO_WORDS, YES_WORDS};
use crate::message::labels::SENTENCE_ENDS;
use crate::model::category::Category;
use crate::model::field::{Field, Shape, ValueType};
use crate::model::manifest::Manifest;
use crate::node::{Entry, Node, Value};
use crate::span::Span;

use super::columns::{Column, Header};
use super::dates;
use super::mapping::Mapping;
use super::sheet::Raw;

/// What names in cells are resolved against.
pub(crate) struct Names<'a> {
    pub manifest: Option<&'a Manifest>,
    pub categories: &'a [Category],
    pub map: &'a Mapping,
}

/// The span standing for column `c`.
#[must_use]
pub(crate) fn cell_span(c: usize) -> Span {
    Span::new(c + 1, c + 1)
}

/// The span standing for the whole row.
pub(crate) const ROW_SPAN: Span = Span { start: 0, end: 0 };

/// A row as a record's node tree: a map of the fields whose cells are not empty. The first
/// non-empty cell wins when two columns name one field.
pub(crate) fn record(row: &[Raw], header: &Header, names: &Names<'_>) -> Node<'static> {
    let mut entries: Vec<Entry> = Vec::new();
    for (c, column) in header.columns.iter().enumerate() {
        let Column::Field(f) = column else {
            continue;
        };
        let Some(cell) = row.get(c).filter(|r| !r.is_empty()) else {
            continue;
        };
        if entries.iter().any(|e| e.key == f.key) {
            continue;
        }
        let span = cell_span(c);
        entries.push(Entry {
            key: f.key.into(),
            key_span: span,
            value: field(f, cell, names, span),
        });
    }
    Node {
        span: ROW_SPAN,
        value: Value::Map(entries),
    }
}

fn field(f: &'static Field, cell: &Raw, names: &Names<'_>, span: Span) -> Node<'static> {
    let node = |value| Node { span, value };
    match f.shape {
        Shape::One => scalar(f, cell, names, span),
        Shape::List => {
            let items = match cell {
                Raw::Text(s) => split(s, f.value == ValueType::Id)
                    .into_iter()
                    .map(|item| scalar(f, &Raw::Text(item.to_owned()), names, span))
                    .collect(),
                other => vec![scalar(f, other, names, span)],
            };
            node(Value::Seq(items))
        }
        Shape::Rows(subs, _) => {
            let text = cell.text();
            let rows = entries(&text, subs)
                .into_iter()
                .map(|fields| {
                    node(Value::Map(
                        fields
                            .into_iter()
                            .map(|(sub, v)| Entry {
                                key: sub.key.into(),
                                key_span: span,
                                value: field(sub, &Raw::Text(v), names, span),
                            })
                            .collect(),
                    ))
                })
                .collect();
            node(Value::Seq(rows))
        }
    }
}

/// The items of a list cell: split at `;` (how the export joins them), `；`, `、` and line
/// breaks, and for ids also at commas and spaces.
fn split(s: &str, ids: bool) -> Vec<&str> {
    s.split(|c: char| {
        matches!(c, ';' | '\u{FF1B}' | '\u{3001}' | '\n')
            || (ids && (c == ',' || c == '\u{FF0C}' || c.is_whitespace()))
    })
    .map(str::trim)
    .filter(|s| !s.is_empty())
    .collect()
}

/// One value, typed as the field wants it where the cell allows.
fn scalar(f: &Field, cell: &Raw, names: &Names<'_>, span: Span) -> Node<'static> {
    let node = |value| Node { span, value };
    let text = cell.text();
    let narrow = dates::narrow(&text);
    let value = match (f.value, cell) {
        (ValueType::Date, Raw::Date(d)) => Value::Date(*d),
        (ValueType::Date, Raw::Num(n)) => {
            dates::serial(*n).map_or(Value::Str(text.into()), Value::Date)
        }
        (ValueType::Date, _) => dates::parse(&text).map_or(Value::Str(text.into()), Value::Date),
        (ValueType::Integer, Raw::Num(n)) if n.fract() == 0.0 && n.abs() < 9e15 => {
            Value::Int(*n as i64)
        }
        (ValueType::Integer, _) => narrow
            .trim()
            .parse()
            .map_or(Value::Str(text.into()), Value::Int),
        (ValueType::Number, Raw::Num(n)) => Value::Float(*n),
        (ValueType::Number, _) => narrow
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
            .map_or(Value::Str(text.into()), Value::Float),
        (ValueType::Bool, Raw::Bool(b)) => Value::Bool(*b),
        (ValueType::Bool, _) => {
            let t = narrow.trim().to_lowercase();
            if t == "true" || YES_WORDS.contains(&t.as_str()) {
                Value::Bool(true)
            } else if t == "false" || NO_WORDS.contains(&t.as_str()) {
                Value::Bool(false)
            } else {
                Value::Str(text.into())
            }
        }
        (ValueType::Choice(pairs), _) => {
            let t = text.trim();
            let lower = narrow.trim().to_lowercase().replace('_', "-");
            let key = names.map.value(f.key, t).map(str::to_owned).or_else(|| {
                pairs
                    .iter()
                    .find(|(k, zh)| *k == lower || *zh == t)
                    .map(|(k, _)| (*k).to_owned())
            });
            Value::Str(key.unwrap_or(text).into())
        }
        (ValueType::Period, _) => Value::Str(narrow.trim().to_uppercase().into()),
        (ValueType::Id | ValueType::Text, _) => Value::Str(resolve(f, text, names).into()),
    };
    node(value)
}

/// A unit written by its name becomes its id, a category by its name its key: the ledger
/// names them by id. Anything else is left as written, for the reference checks.
fn resolve(f: &Field, text: String, names: &Names<'_>) -> String {
    match f.refers {
        Some(Target::Unit) => names
            .manifest
            .and_then(|m| {
                m.units
                    .iter()
                    .find(|u| u.id.value.as_str() == text || u.name.value.trim() == text)
            })
            .map_or(text, |u| u.id.value.0.clone()),
        Some(Target::Category) => names
            .categories
            .iter()
            .find(|c| c.id == text || c.name == text)
            .map_or(text, |c| c.id.clone()),
        Some(Target::Schedule | Target::EvaluationPlan | Target::Record(_) | Target::AnyRecord)
        | None => text,
    }
}

/// A cell of sub-table entries as the export writes them — `label：value` pairs, the pairs of
/// an entry joined by `，` (none after a value ending a sentence), entries joined by `; ` —
/// read back: a label starts a pair where it follows the start, a separator or a sentence's
/// end, and a label coming again, or before one already seen, starts the next entry.
pub(crate) fn entries(text: &str, subs: &'static [Field]) -> Vec<Vec<(&'static Field, String)>> {
    // (where the label starts, the field, where its value starts)
    let mut marks: Vec<(usize, usize, usize)> = Vec::new();
    for (i, sub) in subs.iter().enumerate() {
        for label in [sub.zh, sub.key] {
            for colon in ["\u{FF1A}", ": ", ":"] {
                let needle = format!("{label}{colon}");
                for (at, _) in text.match_indices(&needle) {
                    if boundary_before(text, at) && !marks.iter().any(|m| m.0 == at) {
                        marks.push((at, i, at + needle.len()));
                    }
                }
            }
        }
    }
    marks.sort_unstable();
    let mut out: Vec<Vec<(&'static Field, String)>> = Vec::new();
    let mut last: Option<usize> = None;
    for (n, &(_, i, from)) in marks.iter().enumerate() {
        let to = marks.get(n + 1).map_or(text.len(), |m| m.0);
        let value = trim_separator(text.get(from..to).unwrap_or_default());
        if last.is_none_or(|l| i <= l) {
            out.push(Vec::new());
        }
        last = Some(i);
        if let (Some(entry), Some(sub)) = (out.last_mut(), subs.get(i))
            && !value.is_empty()
        {
            entry.push((sub, value.to_owned()));
        }
    }
    out
}

fn boundary_before(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or_default();
    before.is_empty()
        || before.ends_with("; ")
        || before.ends_with(';')
        || before.ends_with('\u{FF0C}')
        || before.ends_with(", ")
        || before.ends_with('\n')
        || before.ends_with(SENTENCE_ENDS)
}

/// A value without the separator that follows it.
fn trim_separator(v: &str) -> &str {
    let v = v
        .strip_suffix("; ")
        .or_else(|| v.strip_suffix(';'))
        .unwrap_or(v);
    let v = v
        .strip_suffix('\u{FF0C}')
        .or_else(|| v.strip_suffix(", "))
        .unwrap_or(v);
    v.trim()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::field::find;

    #[test]
    fn export_entries_read_back() {
        let activities = find(crate::model::fields(crate::kind::Kind::Plan), "activities")
            .and_then(Field::rows)
            .unwrap();
        let text = "序号：1，活动内容：标准文本发放到位。责任人：许静，计划完成：2020-07-06; \
                    序号：2，活动内容：宣贯，含问答；答疑。完成情况：参加36人，考核合格。";
        let got: Vec<Vec<(&str, String)>> = entries(text, activities)
            .into_iter()
            .map(|e| e.into_iter().map(|(f, v)| (f.key, v)).collect())
            .collect();
        assert_eq!(
            got,
            vec![
                vec![
                    ("step", "1".to_owned()),
                    ("activity", "标准文本发放到位。".to_owned()),
                    ("responsible", "许静".to_owned()),
                    ("due", "2020-07-06".to_owned()),
                ],
                vec![
                    ("step", "2".to_owned()),
                    ("activity", "宣贯，含问答；答疑。".to_owned()),
                    ("note", "参加36人，考核合格。".to_owned()),
                ],
            ]
        );
        let en = entries("step: 1, activity: go; step: 2", activities);
        assert_eq!(en.len(), 2);
    }

    #[test]
    fn lists_split_where_clerks_separate_items() {
        assert_eq!(
            split("刘敏; 何佳怡、许静", false),
            ["刘敏", "何佳怡", "许静"]
        );
        assert_eq!(
            split("STD-1, STD-2 STD-3", true),
            ["STD-1", "STD-2", "STD-3"]
        );
    }
}
