use saphyr::{LoadableYamlNode, MarkedYaml, Marker, Scalar, YamlData};

use super::{MAX_DEPTH, ParseError};
use crate::node::{Entry, Node, Value};
use crate::span::Span;

/// Parse YAML text (one document) into a node tree.
///
/// # Errors
/// The first syntax error, several documents in one file, or nesting past [`MAX_DEPTH`].
pub fn parse_yaml(text: &str) -> Result<Node, Vec<ParseError>> {
    let lines = LineIndex::new(text);
    let docs = MarkedYaml::load_from_str(text).map_err(|e| {
        let at = lines.offset(e.marker());
        vec![ParseError {
            span: Span::new(at, next_char_end(text, at)),
            detail: e.info().to_owned(),
        }]
    })?;
    let mut docs = docs.into_iter();
    let Some(doc) = docs.next() else {
        return Ok(Node {
            span: Span::new(0, 0),
            value: Value::Map(Vec::new()),
        });
    };
    if let Some(second) = docs.next() {
        let at = lines.offset(&second.span.start);
        return Err(vec![ParseError {
            span: Span::new(at, next_char_end(text, at)),
            detail: "a second YAML document in one file".to_owned(),
        }]);
    }
    let mut cx = Convert {
        lines: &lines,
        error: None,
    };
    let node = cx.node(&doc, 0);
    match cx.error {
        Some(e) => Err(vec![e]),
        // A document of only comments is a null: treat it like an empty file's map.
        None if node.value == Value::Null => Ok(Node {
            span: node.span,
            value: Value::Map(Vec::new()),
        }),
        None => Ok(node),
    }
}

fn next_char_end(text: &str, at: usize) -> usize {
    text.get(at..)
        .and_then(|rest| rest.chars().next())
        .map_or(at, |c| at + c.len_utf8())
}

struct Convert<'a> {
    lines: &'a LineIndex<'a>,
    error: Option<ParseError>,
}

impl Convert<'_> {
    fn span(&self, y: &MarkedYaml<'_>) -> Span {
        Span::new(
            self.lines.offset(&y.span.start),
            self.lines.offset(&y.span.end),
        )
    }

    fn fail(&mut self, span: Span, detail: &str) {
        self.error.get_or_insert(ParseError {
            span,
            detail: detail.to_owned(),
        });
    }

    fn node(&mut self, y: &MarkedYaml<'_>, depth: usize) -> Node {
        let span = self.span(y);
        if depth > MAX_DEPTH {
            self.fail(span, &format!("nested deeper than {MAX_DEPTH} levels"));
            return Node {
                span,
                value: Value::Null,
            };
        }
        let value = match &y.data {
            YamlData::Value(s) => scalar(s),
            YamlData::Representation(s, _, _) => Value::Str(s.to_string()),
            YamlData::Sequence(items) => Value::Seq(
                items
                    .iter()
                    .map(|item| self.node(item, depth + 1))
                    .collect(),
            ),
            YamlData::Mapping(map) => {
                let mut entries = Vec::with_capacity(map.len());
                for (k, v) in map {
                    let key = match &k.data {
                        YamlData::Value(Scalar::String(s)) => s.to_string(),
                        YamlData::Value(other) => scalar_text(other),
                        _ => {
                            self.fail(self.span(k), "a mapping key that is not plain text");
                            String::new()
                        }
                    };
                    let value = self.node(v, depth + 1);
                    entries.push(Entry {
                        key,
                        key_span: self.span(k),
                        value,
                    });
                }
                Value::Map(entries)
            }
            YamlData::Tagged(_, inner) => return self.node(inner, depth + 1),
            YamlData::Alias(_) => {
                self.fail(span, "YAML aliases (*name) are not supported in a ledger");
                Value::Null
            }
            YamlData::BadValue => Value::Null,
        };
        Node { span, value }
    }
}

fn scalar(s: &Scalar<'_>) -> Value {
    match s {
        Scalar::Null => Value::Null,
        Scalar::Boolean(b) => Value::Bool(*b),
        Scalar::Integer(i) => Value::Int(*i),
        Scalar::FloatingPoint(f) => Value::Float(f.into_inner()),
        Scalar::String(s) => Value::Str(s.to_string()),
    }
}

fn scalar_text(s: &Scalar<'_>) -> String {
    match s {
        Scalar::Null => "null".to_owned(),
        Scalar::Boolean(b) => b.to_string(),
        Scalar::Integer(i) => i.to_string(),
        Scalar::FloatingPoint(f) => f.to_string(),
        Scalar::String(s) => s.to_string(),
    }
}

/// saphyr's markers count characters; spans here are bytes. The marker's line and column are
/// turned into a byte offset through the line starts.
struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self { text, starts }
    }

    fn offset(&self, m: &Marker) -> usize {
        let Some(&start) = self.starts.get(m.line().saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = self.text.get(start..).unwrap_or("");
        rest.char_indices()
            .nth(m.col())
            .map_or(self.text.len(), |(i, _)| start + i)
    }
}
