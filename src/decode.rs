//! Typed values out of [`Node`] trees. Every problem becomes a diagnostic and decoding goes
//! on, so one run reports every bad field of every record, not the first one.

use chrono::NaiveDate;

use crate::diag::{Code, Diagnostic};
use crate::kind::Kind;
use crate::message::{Expected, Msg, Subject};
use crate::node::{Entry, Node, Value};
use crate::source::FileId;
use crate::span::{Sp, Span};
use crate::suggest::did_you_mean;

/// Where diagnostics of the file being decoded go.
pub struct Cx<'a> {
    pub file: FileId,
    pub diags: &'a mut Vec<Diagnostic>,
    /// Keeps a file of millions of the same mistake from holding millions of diagnostics;
    /// [`Cx::finish`] adds the counts of those left out.
    pub limiter: crate::diag::Limiter,
}

impl<'a> Cx<'a> {
    #[must_use]
    pub fn new(file: FileId, diags: &'a mut Vec<Diagnostic>) -> Self {
        Self {
            file,
            diags,
            limiter: crate::diag::Limiter::default(),
        }
    }

    /// Add the counts of the diagnostics that were only counted.
    pub fn finish(self) {
        self.diags.extend(self.limiter.finish());
    }
}

impl Cx<'_> {
    pub(crate) fn emit(&mut self, d: Diagnostic) {
        if let Some(d) = self.limiter.admit(d) {
            self.diags.push(d);
        }
    }

    pub fn error(&mut self, code: Code, span: Span, msg: Msg, hint: Option<Msg>) {
        let mut d = Diagnostic::new(code, self.file, span, msg);
        d.hint = hint;
        self.emit(d);
    }

    pub(crate) fn wrong_type(&mut self, node: &Node, field: &str, expected: Expected) {
        self.error(
            Code::WrongType,
            node.span,
            Msg::WrongType {
                field: field.to_owned(),
                expected,
                found: node.value_type(),
            },
            None,
        );
    }
}

/// A type that can be read from a node. `field` names the value in messages.
pub trait FromNode: Sized {
    fn from_node(node: &Node, field: &str, cx: &mut Cx<'_>) -> Option<Self>;
}

impl FromNode for String {
    fn from_node(node: &Node, field: &str, cx: &mut Cx<'_>) -> Option<Self> {
        if let Value::Str(s) = &node.value {
            Some(s.to_string())
        } else {
            cx.wrong_type(node, field, Expected::Text);
            None
        }
    }
}

impl FromNode for i64 {
    fn from_node(node: &Node, field: &str, cx: &mut Cx<'_>) -> Option<Self> {
        if let Value::Int(i) = node.value {
            Some(i)
        } else {
            cx.wrong_type(node, field, Expected::Integer);
            None
        }
    }
}

impl FromNode for f64 {
    fn from_node(node: &Node, field: &str, cx: &mut Cx<'_>) -> Option<Self> {
        match node.value {
            #[allow(clippy::cast_precision_loss)]
            Value::Int(i) => Some(i as f64),
            Value::Float(f) if f.is_finite() => Some(f),
            _ => {
                cx.wrong_type(node, field, Expected::Number);
                None
            }
        }
    }
}

impl FromNode for bool {
    fn from_node(node: &Node, field: &str, cx: &mut Cx<'_>) -> Option<Self> {
        if let Value::Bool(b) = node.value {
            Some(b)
        } else {
            cx.wrong_type(node, field, Expected::Bool);
            None
        }
    }
}

/// Parse `YYYY-MM-DD` strictly: four-digit year, two-digit month and day, a day that exists.
#[must_use]
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    // Digits everywhere but the two dashes: chrono alone also takes a sign (`-024-02-29`, a
    // date in 25 BC) and space-padded fields (`2026- 7-28`).
    let digits_and_dashes = b.iter().enumerate().all(|(i, c)| match i {
        4 | 7 => *c == b'-',
        _ => c.is_ascii_digit(),
    });
    if b.len() != 10 || !digits_and_dashes {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

impl FromNode for NaiveDate {
    fn from_node(node: &Node, field: &str, cx: &mut Cx<'_>) -> Option<Self> {
        let bad = |cx: &mut Cx<'_>, value: String| {
            cx.error(
                Code::BadDate,
                node.span,
                Msg::BadDate {
                    field: field.to_owned(),
                    value,
                },
                Some(Msg::HintDateFormat),
            );
        };
        let date = match &node.value {
            Value::Date(d) => Some(*d),
            Value::Str(s) => {
                let d = parse_date(s.trim());
                if d.is_none() {
                    bad(cx, s.to_string());
                }
                d
            }
            Value::DateTime(s) => {
                bad(cx, s.clone());
                None
            }
            Value::Int(i) => {
                bad(cx, i.to_string());
                None
            }
            _ => {
                cx.wrong_type(node, field, Expected::Date);
                None
            }
        }?;
        // A date far out (a typo for 2026, or a forged one) would drive the due engine
        // across centuries: it is refused, so its record does not count.
        if !crate::dates::in_range(date) {
            cx.error(
                Code::BadDate,
                node.span,
                Msg::DateOutOfRange {
                    field: field.to_owned(),
                    value: date.to_string(),
                    first: crate::dates::FIRST.to_string(),
                    last: crate::dates::LAST.to_string(),
                },
                Some(Msg::HintDateOutOfRange),
            );
            return None;
        }
        Some(date)
    }
}

impl<T: FromNode> FromNode for Vec<Sp<T>> {
    fn from_node(node: &Node, field: &str, cx: &mut Cx<'_>) -> Option<Self> {
        let Value::Seq(items) = &node.value else {
            cx.wrong_type(node, field, Expected::List);
            return None;
        };
        Some(
            items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| {
                    T::from_node(item, &format!("{field}[{}]", i + 1), cx)
                        .map(|v| Sp::new(v, item.span))
                })
                .collect(),
        )
    }
}

/// Reads the fields of one table, remembering which were asked for, so that the rest can be
/// reported as unknown (with a "did you mean") when the caller is done.
pub struct Fields<'n> {
    node: &'n Node<'n>,
    entries: &'n [Entry<'n>],
    used: Vec<bool>,
    known: Vec<&'static str>,
    subject: Subject,
    prefix: String,
    /// Sub-tables (`[[activities]]`, `[[items]]`, …) that failed to read and were left out.
    dropped: usize,
}

impl<'n> Fields<'n> {
    /// `prefix` is prepended to field names in messages (`activities[2]`); empty at top level.
    pub fn new(
        node: &'n Node<'n>,
        subject: Subject,
        prefix: &str,
        cx: &mut Cx<'_>,
    ) -> Option<Self> {
        let Value::Map(entries) = &node.value else {
            let name = if prefix.is_empty() { "." } else { prefix };
            cx.wrong_type(node, name, Expected::Table);
            return None;
        };
        Some(Self {
            node,
            entries,
            used: vec![false; entries.len()],
            known: Vec::new(),
            subject,
            prefix: prefix.to_owned(),
            dropped: 0,
        })
    }

    /// The span of the table, narrowed to its first key when it has one: a missing field is
    /// reported there, at the start of the record rather than across all of it.
    #[must_use]
    pub fn span(&self) -> Span {
        self.entries.first().map_or(self.node.span, |e| e.key_span)
    }

    /// The field's name as shown in messages, copied only inside a sub-table: a field read
    /// without a problem never shows it.
    fn name<'k>(&self, key: &'k str) -> std::borrow::Cow<'k, str> {
        if self.prefix.is_empty() {
            key.into()
        } else {
            format!("{}.{key}", self.prefix).into()
        }
    }

    /// The field's name as shown in messages.
    #[must_use]
    pub fn path(&self, key: &str) -> String {
        if self.prefix.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.prefix)
        }
    }

    fn take(&mut self, key: &'static str) -> Option<&'n Node<'n>> {
        self.known.push(key);
        let i = self.entries.iter().position(|e| e.key == key)?;
        if let Some(u) = self.used.get_mut(i) {
            *u = true;
        }
        let node = &self.entries.get(i)?.value;
        // `key:` with nothing after it in YAML is null: the same as leaving the key out.
        (node.value != Value::Null).then_some(node)
    }

    /// A required field.
    pub(crate) fn req<T: FromNode>(&mut self, key: &'static str, cx: &mut Cx<'_>) -> Option<Sp<T>> {
        let node = self.req_node(key, cx)?;
        let path = self.name(key);
        T::from_node(node, &path, cx).map(|v| Sp::new(v, node.span))
    }

    /// The node of a required field, for values read in their own way (a record's id).
    pub(crate) fn req_node(&mut self, key: &'static str, cx: &mut Cx<'_>) -> Option<&'n Node<'n>> {
        if let Some(node) = self.take(key) {
            return Some(node);
        }
        cx.error(
            Code::MissingField,
            self.span(),
            Msg::MissingField {
                field: self.path(key),
                subject: self.subject,
            },
            Some(Msg::HintFillField),
        );
        None
    }

    /// An optional field.
    pub(crate) fn opt<T: FromNode>(&mut self, key: &'static str, cx: &mut Cx<'_>) -> Option<Sp<T>> {
        let node = self.take(key)?;
        let path = self.name(key);
        T::from_node(node, &path, cx).map(|v| Sp::new(v, node.span))
    }

    /// An optional list, empty when absent.
    pub fn list<T: FromNode>(&mut self, key: &'static str, cx: &mut Cx<'_>) -> Vec<Sp<T>> {
        self.opt::<Vec<Sp<T>>>(key, cx)
            .map(|v| v.value)
            .unwrap_or_default()
    }

    /// An optional table of sub-records, each read by `read`.
    pub fn tables<T>(
        &mut self,
        key: &'static str,
        cx: &mut Cx<'_>,
        subject: Subject,
        read: impl Fn(&mut Fields<'_>, &mut Cx<'_>) -> Option<T>,
    ) -> Vec<T> {
        let Some(node) = self.take(key) else {
            return Vec::new();
        };
        let path = self.name(key);
        let Value::Seq(items) = &node.value else {
            cx.wrong_type(node, &path, Expected::List);
            return Vec::new();
        };
        let read_all: Vec<T> = items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let mut f = Fields::new(item, subject, &format!("{path}[{}]", i + 1), cx)?;
                let v = read(&mut f, cx);
                f.finish(cx);
                v
            })
            .collect();
        self.dropped += items.len() - read_all.len();
        read_all
    }

    /// How many sub-tables read so far failed and were left out: a rule comparing a record
    /// with its sub-tables must not judge an incomplete list.
    #[must_use]
    pub fn dropped(&self) -> usize {
        self.dropped
    }

    /// Report every field that was not asked for.
    pub fn finish(self, cx: &mut Cx<'_>) {
        for (entry, used) in self.entries.iter().zip(&self.used) {
            if *used {
                continue;
            }
            let hint = if let Some(k) = Kind::from_folder(&entry.key) {
                Msg::HintWrongFolder {
                    folder: k.folder().to_owned(),
                }
            } else if let Some(name) = did_you_mean(&entry.key, self.known.iter().copied()) {
                Msg::HintDidYouMean {
                    name: name.to_owned(),
                }
            } else {
                Msg::HintAllowedFields {
                    fields: self.known.join(", "),
                }
            };
            cx.error(
                Code::UnknownField,
                entry.key_span,
                Msg::UnknownField {
                    field: self.path(&entry.key),
                    subject: self.subject,
                },
                Some(hint),
            );
        }
    }

    /// The names of the fields asked for so far: the schema test compares them with the
    /// generated JSON Schemas, so the two cannot drift apart.
    #[must_use]
    pub fn known(&self) -> &[&'static str] {
        &self.known
    }
}

impl Fields<'_> {
    /// An optional integer within `min..=max`.
    pub(crate) fn int_in(
        &mut self,
        key: &'static str,
        min: i64,
        max: i64,
        cx: &mut Cx<'_>,
    ) -> Option<Sp<i64>> {
        let v = self.opt::<i64>(key, cx)?;
        self.int_within(key, v, min, max, cx)
    }

    /// An optional number within `min..=max`.
    pub(crate) fn num_in(
        &mut self,
        key: &'static str,
        min: f64,
        max: f64,
        cx: &mut Cx<'_>,
    ) -> Option<Sp<f64>> {
        let v = self.opt::<f64>(key, cx)?;
        self.num_within(key, v, min, max, cx)
    }

    /// A number read, held to `min..=max` (an `out-of-range` error outside).
    pub(crate) fn num_within(
        &self,
        key: &str,
        v: Sp<f64>,
        min: f64,
        max: f64,
        cx: &mut Cx<'_>,
    ) -> Option<Sp<f64>> {
        if (min..=max).contains(&v.value) {
            return Some(v);
        }
        cx.error(
            Code::OutOfRange,
            v.span,
            Msg::OutOfRange {
                field: self.path(key),
                value: v.value.to_string(),
                min: min.to_string(),
                max: if max.is_finite() {
                    max.to_string()
                } else {
                    "∞".into()
                },
            },
            None,
        );
        None
    }

    /// An integer read, held to `min..=max` (an `out-of-range` error outside).
    pub(crate) fn int_within(
        &self,
        key: &str,
        v: Sp<i64>,
        min: i64,
        max: i64,
        cx: &mut Cx<'_>,
    ) -> Option<Sp<i64>> {
        if (min..=max).contains(&v.value) {
            return Some(v);
        }
        cx.error(
            Code::OutOfRange,
            v.span,
            Msg::OutOfRange {
                field: self.path(key),
                value: v.value.to_string(),
                min: min.to_string(),
                max: if max == i64::MAX {
                    "∞".into()
                } else {
                    max.to_string()
                },
            },
            None,
        );
        None
    }
}

impl<'n> Fields<'n> {
    /// The raw node of an optional field, for shapes the helpers above do not cover.
    pub(crate) fn opt_node(&mut self, key: &'static str) -> Option<&'n Node<'n>> {
        self.take(key)
    }

    /// An optional sub-table read by `read`; its unknown fields are reported.
    pub fn sub<T>(
        &mut self,
        key: &'static str,
        subject: Subject,
        cx: &mut Cx<'_>,
        read: impl FnOnce(&mut Fields<'_>, &mut Cx<'_>) -> Option<T>,
    ) -> Option<T> {
        let node = self.take(key)?;
        let path = self.name(key);
        let mut f = Fields::new(node, subject, &path, cx)?;
        let v = read(&mut f, cx);
        f.finish(cx);
        v
    }
}
