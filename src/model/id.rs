//! Record ids.

use std::fmt;

use schemars::JsonSchema;
use serde::Serialize;

use crate::decode::{Cx, FromNode};
use crate::diag::Code;
use crate::message::Msg;
use crate::node::Node;

/// A record or unit id: ASCII letters, digits, `.`, `_`, `-`; unique in the ledger.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Id(pub String);

pub const ID_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

impl Id {
    #[must_use]
    pub fn is_valid(s: &str) -> bool {
        let mut chars = s.chars();
        s.len() <= 64
            && chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A reference is read as written: whether it names anything is the reference check's
/// question, which can then suggest the right id (a unit's name written for its id, say).
/// Only ids that name a record or unit are held to [`ID_PATTERN`], by [`Id::checked`].
impl FromNode for Id {
    fn from_node(node: &Node, field: &str, cx: &mut Cx<'_>) -> Option<Self> {
        String::from_node(node, field, cx).map(Id)
    }
}

impl Id {
    /// Read an id that names something, holding it to [`ID_PATTERN`].
    pub fn checked(node: &Node, field: &str, cx: &mut Cx<'_>) -> Option<Self> {
        let id = Id::from_node(node, field, cx)?;
        if Id::is_valid(&id.0) {
            return Some(id);
        }
        cx.error(
            Code::BadId,
            node.span,
            Msg::BadId { value: id.0 },
            Some(Msg::HintIdFormat),
        );
        None
    }
}

impl JsonSchema for Id {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Id".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "pattern": ID_PATTERN })
    }
}
