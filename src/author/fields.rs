//! What each field of a record kind is as far as writing a draft goes — its type, whether it is
//! required, its description — from the field descriptors (`model::field`), as the schemas.

use crate::kind::Kind;
use crate::model::{self, field::Shape, field::ValueType};

/// The type of a field, as far as writing a value for it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldType {
    Text,
    Date,
    Integer,
    Number,
    Bool,
    /// One of these values (English keys and Chinese terms).
    Choice(Vec<String>),
    List(Box<FieldType>),
    /// An array of tables (`[[activities]]`) with the fields of one table: not written from
    /// the command line.
    Tables(Vec<SubField>),
    /// A period such as 2026H1.
    Period,
}

/// A field of a table inside a record (an activity of a plan, an item of a check).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubField {
    pub name: String,
    pub ty: FieldType,
    pub required: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub ty: FieldType,
    pub required: bool,
    pub description: String,
}

fn type_of(value: ValueType) -> FieldType {
    match value {
        ValueType::Text | ValueType::Id => FieldType::Text,
        ValueType::Integer => FieldType::Integer,
        ValueType::Number => FieldType::Number,
        ValueType::Bool => FieldType::Bool,
        ValueType::Date => FieldType::Date,
        ValueType::Period => FieldType::Period,
        // The keys, then the Chinese terms: both are accepted.
        ValueType::Choice(pairs) => FieldType::Choice(
            pairs
                .iter()
                .map(|(key, _)| (*key).to_owned())
                .chain(pairs.iter().map(|(_, zh)| (*zh).to_owned()))
                .collect(),
        ),
    }
}

fn shape_of(f: &model::field::Field) -> FieldType {
    match f.shape {
        Shape::One => type_of(f.value),
        Shape::List => FieldType::List(Box::new(type_of(f.value))),
        Shape::Rows(rows, _) => FieldType::Tables(
            rows.iter()
                .map(|r| SubField {
                    name: r.key.to_owned(),
                    ty: shape_of(r),
                    required: r.required,
                })
                .collect(),
        ),
    }
}

/// The fields of a record kind, in the order of its descriptors.
#[must_use]
pub fn fields(kind: Kind) -> Vec<Field> {
    model::fields(kind)
        .iter()
        .map(|f| Field {
            name: f.key,
            ty: shape_of(f),
            required: f.required,
            description: crate::message::author::field_description(
                f.zh,
                f.doc,
                f.rule.range().as_deref(),
            ),
        })
        .collect()
}
