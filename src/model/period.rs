//! Reading a [`Period`](crate::period::Period) from a node.

pub use crate::period::*;

use crate::decode::{Cx, FromNode};
use crate::diag::Code;
use crate::message::{Expected, Msg};
use crate::node::{Node, Value};

impl FromNode for Period {
    fn from_node(node: &Node, field: &str, cx: &mut Cx<'_>) -> Option<Self> {
        let text = match &node.value {
            Value::Str(s) => s.clone(),
            Value::Int(i) => i.to_string().into(),
            _ => {
                cx.wrong_type(node, field, Expected::Text);
                return None;
            }
        };
        let p = Period::parse(&text);
        if p.is_none() {
            cx.error(
                Code::BadPeriod,
                node.span,
                Msg::BadPeriod {
                    field: field.to_owned(),
                    value: text.into_owned(),
                    half_only: false,
                },
                Some(Msg::HintPeriodFormat { half_only: false }),
            );
        }
        p
    }
}
