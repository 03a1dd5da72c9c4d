//! The typed records of a ledger, one module per kind, and how each is read from a node.

pub mod category;
pub mod check;
pub mod evaluation;
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

/// What every record kind offers to the loader and the checks.
pub trait Record: Sized + Serialize + JsonSchema {
    const KIND: Kind;
    fn id(&self) -> &Sp<Id>;
    fn meta(&self) -> Meta;
    /// Read the record's fields; `None` when a required field is missing or invalid (the
    /// reason is already a diagnostic).
    fn decode(f: &mut Fields<'_>, cx: &mut Cx<'_>, meta: Meta) -> Option<Self>;
}

/// Implements [`Record`]'s accessors for a struct with `id` and `meta` fields.
macro_rules! record_accessors {
    ($kind:expr) => {
        const KIND: crate::kind::Kind = $kind;
        fn id(&self) -> &crate::span::Sp<crate::model::Id> {
            &self.id
        }
        fn meta(&self) -> crate::model::Meta {
            self.meta
        }
    };
}
pub(crate) use record_accessors;

/// The top-level fields of records that name a unit of the manifest, and those that name a
/// standard: for the writer (`gbsw new` takes a unit by name) and the editor schemas (which
/// offer the ledger's ids).
pub const UNIT_FIELDS: [&str; 6] = [
    "unit",
    "by",
    "owner",
    "organizer",
    "implementers",
    "proposed_by",
];
pub const STANDARD_FIELDS: [&str; 4] = ["standard", "standards", "related", "supersedes"];
