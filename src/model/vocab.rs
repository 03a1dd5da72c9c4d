//! Reading enumerated values ([`crate::vocab`]) from nodes: the English key or the Chinese
//! term, anything else an `unknown-value` with a "did you mean" or the allowed values.

pub use crate::vocab::*;

use super::field::{Scalar, ValueType, View};
use crate::decode::{Cx, FromNode};
use crate::diag::Code;
use crate::message::{Expected, Msg};
use crate::node::{Node, Value};
use crate::suggest::did_you_mean;

/// Each vocabulary is read from a node (`FromNode`) and is a choice field's value type
/// (`Scalar`: its (key, term) pairs, its value viewed as a choice).
macro_rules! readable {
    ($($name:ident),* $(,)?) => {
        $(impl FromNode for $name {
            fn from_node(node: &Node, field: &str, cx: &mut Cx<'_>) -> Option<Self> {
                from_node_vocab(node, field, cx)
            }
        }

        impl Scalar for $name {
            const VALUE: ValueType = ValueType::Choice($name::PAIRS);
            fn view(&self) -> View<'_> {
                View::Choice { key: self.key(), zh: self.zh() }
            }
        })*
    };
}

readable!(
    UnitKind,
    BodyRole,
    StandardStatus,
    SubmissionState,
    Origin,
    Method,
    CheckType,
    Cadence,
    CheckItemKind,
    Conformity,
    NcSeverity,
    RectificationSource,
    RecheckResult,
    ReviewDecision,
    ReviewType,
    EvaluationMethod,
    EvaluationParty,
    Verdict,
    EvaluationType,
    Grade,
    StaffGrade,
    Better,
    TrainingType,
    RectificationStatus,
    DueKind
);

fn from_node_vocab<T: Vocab>(node: &Node, field: &str, cx: &mut Cx<'_>) -> Option<T> {
    let Value::Str(s) = &node.value else {
        cx.wrong_type(node, field, Expected::Text);
        return None;
    };
    if let Some(v) = T::parse(s) {
        return Some(v);
    }
    let keys = T::all().iter().map(|v| v.key());
    let values = T::listing();
    let hint = match did_you_mean(s, keys) {
        Some(near) => Msg::HintDidYouMeanValue {
            name: near.to_owned(),
            values,
        },
        None => Msg::HintAllowedValues { values },
    };
    cx.error(
        Code::UnknownValue,
        node.span,
        Msg::UnknownValue {
            field: field.to_owned(),
            value: s.to_string(),
        },
        Some(hint),
    );
    None
}
