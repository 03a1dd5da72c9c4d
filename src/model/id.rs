//! Record ids.

use std::fmt;

use schemars::JsonSchema;
use serde::Serialize;

use crate::decode::{Cx, FromNode};
use crate::diag::Code;
use crate::message::Msg;
use crate::node::Node;
use crate::span::Sp;

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

/// The required `id` of a record, held to the id pattern.
pub(crate) fn read_id(f: &mut crate::decode::Fields<'_>, cx: &mut Cx<'_>) -> Option<Sp<Id>> {
    let node = f.req_node("id", cx)?;
    let path = f.path("id");
    Id::checked(node, &path, cx).map(|v| Sp::new(v, node.span))
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

/// 编号规则 (id pattern) of `[ids]`: text with `{year}` and `{unit}` (any number of times) and
/// exactly one `{seq}` or `{seq:N}` (the number, zero-padded to N digits). `{unit}` is the id
/// of the record's unit, so the numbers count per unit and two units' clerks writing on
/// separate clones never make the same id. Parsed in one place, so the manifest check and
/// `gbsw new` agree on what a valid pattern is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IdPattern {
    before: String,
    width: usize,
    after: String,
}

/// Widest padding a pattern may ask for; a `u64` has 20 digits at most.
const MAX_SEQ_WIDTH: usize = 20;

impl IdPattern {
    /// The pattern, or `None` when it has no `{seq}`, more than one, an unknown or unclosed
    /// placeholder, or would make ids that are not ids (other characters, or longer than 64
    /// characters once the number has 20 digits).
    #[must_use]
    pub fn parse(pattern: &str) -> Option<Self> {
        let mut before = String::new();
        let mut after = String::new();
        let mut width = None;
        let mut rest = pattern;
        while let Some(open) = rest.find(['{', '}']) {
            let text = rest.get(..open)?;
            let close = open + rest.get(open..)?.find('}')?;
            let inner = rest.get(open + 1..close)?;
            let out = if width.is_some() {
                &mut after
            } else {
                &mut before
            };
            out.push_str(text);
            match inner.strip_prefix("seq") {
                _ if inner == "year" => out.push_str("{year}"),
                _ if inner == "unit" => out.push_str("{unit}"),
                Some("") if width.is_none() => width = Some(0),
                Some(w) if width.is_none() => {
                    let n: usize = w.strip_prefix(':')?.parse().ok()?;
                    width = Some(n).filter(|n| (1..=MAX_SEQ_WIDTH).contains(n));
                    width?;
                }
                _ => return None,
            }
            rest = rest.get(close + 1..)?;
        }
        let width = width?;
        after.push_str(rest);
        let p = Self {
            before,
            width,
            after,
        };
        // A one-letter unit: a longer unit id can still make an id too long, which
        // `gbsw new` finds when it has the unit.
        let (b, a) = p.fill(2026, Some("u"));
        Id::is_valid(&format!("{b}{}{a}", u64::MAX)).then_some(p)
    }

    /// Whether the pattern has `{unit}`: then every id needs the record's unit.
    #[must_use]
    pub(crate) fn has_unit(&self) -> bool {
        self.before.contains("{unit}") || self.after.contains("{unit}")
    }

    /// The text before and after the number, with `{year}` and `{unit}` filled in (`{unit}`
    /// left as it is without a unit: see [`IdPattern::has_unit`]).
    #[must_use]
    pub fn fill(&self, year: i32, unit: Option<&str>) -> (String, String) {
        let y = year.to_string();
        let f = |s: &str| {
            let s = s.replace("{year}", &y);
            match unit {
                Some(u) => s.replace("{unit}", u),
                None => s,
            }
        };
        (f(&self.before), f(&self.after))
    }

    /// The padding of the number, in digits (0: none).
    #[must_use]
    pub fn width(&self) -> usize {
        self.width
    }
}
