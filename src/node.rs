//! A format-neutral tree of values with spans: what TOML and YAML files are parsed into before
//! their fields are decoded, so that every later step points at a position the same way.
//!
//! The tree borrows its keys and text from the file's text (`'t`): a value is copied once,
//! into the record that keeps it, and only text whose escapes had to be decoded is owned.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::span::Span;

#[derive(Debug, Clone, PartialEq)]
pub struct Node<'t> {
    pub span: Span,
    pub value: Value<'t>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value<'t> {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Cow<'t, str>),
    /// A TOML local date.
    Date(NaiveDate),
    /// A TOML date-time or time: kept as written, since no field takes one.
    DateTime(String),
    Seq(Vec<Node<'t>>),
    Map(Vec<Entry<'t>>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'t> {
    pub key: Cow<'t, str>,
    pub key_span: Span,
    pub value: Node<'t>,
}

/// The kind of a value, for "expected X, found Y" messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueType {
    Null,
    Bool,
    Int,
    Float,
    Str,
    Date,
    DateTime,
    Seq,
    Map,
}

impl<'t> Node<'t> {
    #[must_use]
    pub(crate) fn value_type(&self) -> ValueType {
        match &self.value {
            Value::Null => ValueType::Null,
            Value::Bool(_) => ValueType::Bool,
            Value::Int(_) => ValueType::Int,
            Value::Float(_) => ValueType::Float,
            Value::Str(_) => ValueType::Str,
            Value::Date(_) => ValueType::Date,
            Value::DateTime(_) => ValueType::DateTime,
            Value::Seq(_) => ValueType::Seq,
            Value::Map(_) => ValueType::Map,
        }
    }

    /// The entry under `key`, when this node is a map.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Node<'t>> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key == key).map(|e| &e.value),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}
