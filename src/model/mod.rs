//! The typed records of a ledger, one module per kind, and how each is read from a node.

pub mod category;
pub mod check;
pub(crate) mod declare;
pub mod evaluation;
pub mod field;
pub mod id;
pub mod improvement;
pub mod manifest;
pub mod period;
pub mod plan;
pub mod rectification;
pub mod review;
pub mod standard;
pub mod submission;
pub mod training;
pub mod vocab;

use schemars::JsonSchema;
use serde::Serialize;

use crate::decode::{Cx, Fields};
use crate::kind::Kind;
use crate::source::FileId;
use crate::span::{Sp, Span};

pub use check::Check;
pub use evaluation::Evaluation;
pub use id::Id;
pub use improvement::Improvement;
pub use manifest::Manifest;
pub use period::Period;
pub use plan::Plan;
pub use rectification::Rectification;
pub use review::Review;
pub use standard::Standard;
pub use submission::Submission;
pub use training::Training;

/// Where a record was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Meta {
    pub file: FileId,
    /// The record's first key: where "the record" is pointed at.
    pub span: Span,
}

/// What every record kind offers to the loader, the checks and the queries. Declared with
/// `record!` (see [`declare`]), which writes all of it from the field list.
pub trait Record: Sized + Serialize + JsonSchema {
    const KIND: Kind;
    /// Every field, in the order of the file format's reference (docs/records.md).
    const FIELDS: &'static [field::Field];
    fn id(&self) -> &Sp<Id>;
    fn meta(&self) -> Meta;
    /// Read the record's fields; `None` when a required field is missing or invalid (the
    /// reason is already a diagnostic).
    fn decode(f: &mut Fields<'_>, cx: &mut Cx<'_>, meta: Meta) -> Option<Self>;
    /// Every field's value, in the order of [`Record::FIELDS`].
    fn values(&self) -> Vec<(&'static field::Field, field::FieldView<'_>)>;
}

macro_rules! define_fields {
    ($($variant:ident $key:ident $folder:ident { $($rest:tt)* })*) => {
        /// The fields of a record kind, in the order of docs/records.md.
        #[must_use]
        pub fn fields(kind: Kind) -> &'static [field::Field] {
            match kind {
                $(Kind::$variant => <$variant as Record>::FIELDS,)*
            }
        }
    };
}

crate::kind::for_each_kind!(define_fields);
