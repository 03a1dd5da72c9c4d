use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{MAX_DEPTH, ParseError};
use crate::node::{Entry, Node, Value};
use crate::span::Span;

/// Parse TOML text into a node tree.
///
/// # Errors
/// Every syntax error toml's recovering parser reports.
pub(crate) fn parse_toml(text: &str) -> Result<Node<'_>, Vec<ParseError>> {
    let (table, errors) = DeTable::parse_recoverable(text);
    // A date that is not on the calendar (`2026-02-30`) is a syntax error to toml, but the
    // rest of the file is sound: keep it, and let the decoder report the date as YAML's is
    // reported (`bad-date`), from its text. Any other error fails the file.
    let only_dates = errors
        .iter()
        .all(|e| e.message().starts_with("invalid date"));
    if !errors.is_empty() && !only_dates {
        return Err(errors
            .iter()
            .map(|e| {
                let span = e.span().map_or(Span::default(), Span::from);
                ParseError {
                    span,
                    detail: e.message().trim().to_owned(),
                }
            })
            .collect());
    }
    let span = Span::new(0, text.len());
    let mut too_deep = None;
    let cx = Cx { text };
    let value = cx.convert_table(table.into_inner(), 0, &mut too_deep);
    if let Some(span) = too_deep {
        return Err(vec![ParseError {
            span,
            detail: format!("nested deeper than {MAX_DEPTH} levels"),
        }]);
    }
    Ok(Node { span, value })
}

/// The text being converted, for the values toml could not read. toml's table is consumed:
/// its keys and strings, borrowed from the text unless an escape had to be decoded, move into
/// the node tree uncopied.
struct Cx<'t> {
    text: &'t str,
}

impl<'t> Cx<'t> {
    fn convert_table(
        &self,
        table: DeTable<'t>,
        depth: usize,
        too_deep: &mut Option<Span>,
    ) -> Value<'t> {
        let mut entries: Vec<Entry<'t>> = table
            .into_iter()
            .map(|(k, v)| {
                let key_span = Span::from(k.span());
                Entry {
                    key: k.into_inner(),
                    key_span,
                    value: self.convert(v, depth + 1, too_deep),
                }
            })
            .collect();
        // toml's map iterates in key order; keep entries in the order they were written.
        entries.sort_by_key(|e| e.key_span.start);
        Value::Map(entries)
    }

    fn convert(
        &self,
        v: Spanned<DeValue<'t>>,
        depth: usize,
        too_deep: &mut Option<Span>,
    ) -> Node<'t> {
        let span = Span::from(v.span());
        if depth > MAX_DEPTH {
            too_deep.get_or_insert(span);
            return Node {
                span,
                value: Value::Null,
            };
        }
        let value = match v.into_inner() {
            DeValue::String(s) => Value::Str(s),
            DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
                .map_or_else(|_| Value::Float(f64::INFINITY), Value::Int),
            DeValue::Float(f) => f
                .as_str()
                .replace('_', "")
                .parse::<f64>()
                .map_or(Value::Float(f64::NAN), Value::Float),
            DeValue::Boolean(b) => Value::Bool(b),
            DeValue::Datetime(dt) => match (dt.date, dt.time) {
                (Some(d), None) => {
                    NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                        .map_or_else(|| Value::DateTime(dt.to_string()), Value::Date)
                }
                // What toml could not read as a date (see `parse_toml`): its text.
                (None, None) => Value::Str(
                    self.text
                        .get(span.start..span.end)
                        .unwrap_or_default()
                        .into(),
                ),
                _ => Value::DateTime(dt.to_string()),
            },
            DeValue::Array(items) => Value::Seq(
                items
                    .into_iter()
                    .map(|item| self.convert(item, depth + 1, too_deep))
                    .collect(),
            ),
            DeValue::Table(t) => self.convert_table(t, depth, too_deep),
        };
        Node { span, value }
    }
}
