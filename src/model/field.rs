//! Field descriptors: each field of each record kind declared once — key, Chinese and English
//! label, value type, required or not, what it refers to, its rule, a one-line doc.
//!
//! The record structs are declared with [`record!`](super::declare) and their sub-tables with
//! `row!`: the macro writes the struct, its [`Field`] table, its decoder and a view of its
//! values from one list, and a compile-time assertion holds each field's Rust type to its
//! descriptor (a required field is `Sp<T>` or a list, an optional one `Option<Sp<T>>` or a
//! list). Everything else reads the table: the JSON Schemas' descriptions and required lists,
//! the export and list columns, links both ways, the reference checks, the drafts of
//! `gbsw new` and docs/records.md.

use chrono::NaiveDate;

use super::{Id, Period};
use crate::decode::{Cx, Fields, FromNode};
use crate::diag::Code;
use crate::kind::Target;
use crate::lang::Lang;
use crate::message::{Msg, Subject};
use crate::span::{Sp, Span};
use crate::vocab::BodyRole;

/// The type of a field's value (of each item, for a list).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueType {
    Text,
    Integer,
    Number,
    Bool,
    Date,
    /// `2026`, `2026H1`, `2026Q3`, `2026-05`.
    Period,
    /// The id of a record, unit, schedule or category.
    Id,
    /// One of a vocabulary's values: (English key, Chinese term) pairs.
    Choice(&'static [(&'static str, &'static str)]),
}

/// One value, a list of values, or a list of sub-tables (`[[items]]`).
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    One,
    List,
    Rows(&'static [Field], Subject),
}

/// What a value must satisfy beyond its type.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rule {
    Any,
    /// An integer within `min..=max`.
    Int(i64, i64),
    /// A number within `min..=max` (`max` may be infinite).
    Num(f64, f64),
    /// A half year: `2026H1` or `2026H2`.
    HalfYear,
}

impl Rule {
    /// The range a number must fall in, in figures (`1–10`, `≥ 0`): for docs and drafts.
    #[must_use]
    pub fn range(self) -> Option<String> {
        match self {
            Rule::Int(min, max) => Some(format!("{min}–{max}")),
            Rule::Num(min, max) if max.is_infinite() => Some(format!("≥ {min}")),
            Rule::Num(min, max) => Some(format!("{min}–{max}")),
            Rule::Any | Rule::HalfYear => None,
        }
    }
}

/// One field of a record kind or of a sub-table.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The key written in files (English snake_case).
    pub key: &'static str,
    /// The label in Chinese: column headers, forms, `gbsw show`, drafts, docs.
    pub zh: &'static str,
    /// The label in English.
    pub en: &'static str,
    /// One line more, when the label does not say it all (allowed values, defaults, units).
    pub doc: &'static str,
    pub value: ValueType,
    pub shape: Shape,
    pub required: bool,
    /// What the value names, for reference checks and links.
    pub refers: Option<Target>,
    pub rule: Rule,
    /// A list whose items may not repeat (reported as `duplicate-reference`).
    pub distinct: bool,
    /// A reference that may not name the record itself.
    pub not_self: bool,
    /// For a unit field: the record counts for the unit it names (`--unit`, a unit's
    /// figures). A check's checking unit does not: the check is the checked unit's.
    pub scopes: bool,
    /// For a choice: the key a record left without the field has (shown, and counted, as
    /// that value).
    pub default: Option<&'static str>,
    /// Text naming a file inside the ledger (evidence, 证明材料): `gbsw check` holds it to
    /// exist there, never following a link out.
    pub file: bool,
    /// A person's name whose approval counts only from a member of a body of this role, when
    /// the manifest declares bodies (`wrong-approver`).
    pub approver: Option<BodyRole>,
}

impl Field {
    #[must_use]
    pub const fn new(
        key: &'static str,
        zh: &'static str,
        en: &'static str,
        doc: &'static str,
        (value, shape): (ValueType, Shape),
        required: bool,
    ) -> Self {
        Self {
            key,
            zh,
            en,
            doc,
            value,
            shape,
            required,
            refers: None,
            rule: Rule::Any,
            distinct: false,
            not_self: false,
            scopes: true,
            default: None,
            file: false,
            approver: None,
        }
    }

    /// A name that must be a member of a body of `role`.
    #[must_use]
    pub const fn approver(self, role: BodyRole) -> Self {
        Self {
            approver: Some(role),
            ..self
        }
    }

    /// A path to a file inside the ledger.
    #[must_use]
    pub const fn file(self) -> Self {
        Self { file: true, ..self }
    }

    #[must_use]
    pub const fn refers(self, target: Target) -> Self {
        Self {
            refers: Some(target),
            ..self
        }
    }

    #[must_use]
    pub const fn int_in(self, min: i64, max: i64) -> Self {
        Self {
            rule: Rule::Int(min, max),
            ..self
        }
    }

    #[must_use]
    pub const fn num_in(self, min: f64, max: f64) -> Self {
        Self {
            rule: Rule::Num(min, max),
            ..self
        }
    }

    #[must_use]
    pub const fn half_year(self) -> Self {
        Self {
            rule: Rule::HalfYear,
            ..self
        }
    }

    /// Items may not repeat.
    #[must_use]
    pub const fn distinct(self) -> Self {
        Self {
            distinct: true,
            ..self
        }
    }

    /// May not name the record itself.
    #[must_use]
    pub const fn not_self(self) -> Self {
        Self {
            not_self: true,
            ..self
        }
    }

    /// The value of a choice left out.
    #[must_use]
    pub const fn default(self, key: &'static str) -> Self {
        Self {
            default: Some(key),
            ..self
        }
    }

    /// A unit field that does not make the record the unit's.
    #[must_use]
    pub const fn not_scoping(self) -> Self {
        Self {
            scopes: false,
            ..self
        }
    }

    #[must_use]
    pub(crate) fn label(&self, lang: Lang) -> &'static str {
        crate::message::labels::term(self.zh, self.en, lang)
    }

    /// The fields of each sub-table, for a field of sub-tables.
    #[must_use]
    pub fn rows(&self) -> Option<&'static [Field]> {
        match self.shape {
            Shape::Rows(fields, _) => Some(fields),
            Shape::One | Shape::List => None,
        }
    }
}

/// A field by key in a table of fields.
#[must_use]
pub fn find(fields: &'static [Field], key: &str) -> Option<&'static Field> {
    fields.iter().find(|f| f.key == key)
}

/// One value as read, borrowed from the record.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum View<'a> {
    Text(&'a str),
    Int(i64),
    Num(f64),
    Bool(bool),
    Date(NaiveDate),
    Period(Period),
    Id(&'a Id),
    Choice { key: &'static str, zh: &'static str },
}

/// A field's value(s) as read, with where each was written.
#[derive(Debug, Clone)]
pub enum FieldView<'a> {
    Absent,
    One(View<'a>, Span),
    List(Vec<(View<'a>, Span)>),
    /// Each sub-table's fields with their values.
    Rows(Vec<Vec<(&'static Field, FieldView<'a>)>>),
}

impl<'a> FieldView<'a> {
    /// The ids the value names (none when it is not an id).
    #[must_use]
    pub fn ids(&self) -> Vec<(&'a Id, Span)> {
        let id = |v: &View<'a>, s: Span| match v {
            View::Id(id) => Some((*id, s)),
            _ => None,
        };
        match self {
            FieldView::One(v, s) => id(v, *s).into_iter().collect(),
            FieldView::List(items) => items.iter().filter_map(|(v, s)| id(v, *s)).collect(),
            FieldView::Absent | FieldView::Rows(_) => Vec::new(),
        }
    }

    /// The date it holds, for a one-date field.
    #[must_use]
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            FieldView::One(View::Date(d), _) => Some(*d),
            _ => None,
        }
    }
}

/// A value type a field can hold: read from a node, described, viewed.
pub(crate) trait Scalar: FromNode {
    const VALUE: ValueType;
    fn view(&self) -> View<'_>;

    /// A required field's value, held to its rule.
    fn read_req(f: &mut Fields<'_>, field: &Field, cx: &mut Cx<'_>) -> Option<Sp<Self>> {
        f.req(field.key, cx)
    }

    /// An optional field's value, held to its rule.
    fn read_opt(f: &mut Fields<'_>, field: &Field, cx: &mut Cx<'_>) -> Option<Sp<Self>> {
        f.opt(field.key, cx)
    }
}

impl Scalar for String {
    const VALUE: ValueType = ValueType::Text;
    fn view(&self) -> View<'_> {
        View::Text(self)
    }
}

impl Scalar for bool {
    const VALUE: ValueType = ValueType::Bool;
    fn view(&self) -> View<'_> {
        View::Bool(*self)
    }
}

impl Scalar for NaiveDate {
    const VALUE: ValueType = ValueType::Date;
    fn view(&self) -> View<'_> {
        View::Date(*self)
    }
}

impl Scalar for Id {
    const VALUE: ValueType = ValueType::Id;
    fn view(&self) -> View<'_> {
        View::Id(self)
    }
}

impl Scalar for i64 {
    const VALUE: ValueType = ValueType::Integer;
    fn view(&self) -> View<'_> {
        View::Int(*self)
    }
    fn read_req(f: &mut Fields<'_>, field: &Field, cx: &mut Cx<'_>) -> Option<Sp<Self>> {
        let v = f.req(field.key, cx)?;
        match field.rule {
            Rule::Int(min, max) => f.int_within(field.key, v, min, max, cx),
            _ => Some(v),
        }
    }
    fn read_opt(f: &mut Fields<'_>, field: &Field, cx: &mut Cx<'_>) -> Option<Sp<Self>> {
        match field.rule {
            Rule::Int(min, max) => f.int_in(field.key, min, max, cx),
            _ => f.opt(field.key, cx),
        }
    }
}

impl Scalar for f64 {
    const VALUE: ValueType = ValueType::Number;
    fn view(&self) -> View<'_> {
        View::Num(*self)
    }
    fn read_req(f: &mut Fields<'_>, field: &Field, cx: &mut Cx<'_>) -> Option<Sp<Self>> {
        let v = f.req(field.key, cx)?;
        match field.rule {
            Rule::Num(min, max) => f.num_within(field.key, v, min, max, cx),
            _ => Some(v),
        }
    }
    fn read_opt(f: &mut Fields<'_>, field: &Field, cx: &mut Cx<'_>) -> Option<Sp<Self>> {
        match field.rule {
            Rule::Num(min, max) => f.num_in(field.key, min, max, cx),
            _ => f.opt(field.key, cx),
        }
    }
}

impl Scalar for Period {
    const VALUE: ValueType = ValueType::Period;
    fn view(&self) -> View<'_> {
        View::Period(*self)
    }
    fn read_req(f: &mut Fields<'_>, field: &Field, cx: &mut Cx<'_>) -> Option<Sp<Self>> {
        let p = f.req::<Period>(field.key, cx)?;
        half_year(f, field, p, cx)
    }
    fn read_opt(f: &mut Fields<'_>, field: &Field, cx: &mut Cx<'_>) -> Option<Sp<Self>> {
        let p = f.opt::<Period>(field.key, cx)?;
        half_year(f, field, p, cx)
    }
}

/// A period held to its rule: a half year where the field asks for one.
fn half_year(f: &Fields<'_>, field: &Field, p: Sp<Period>, cx: &mut Cx<'_>) -> Option<Sp<Period>> {
    if field.rule == Rule::HalfYear && !p.is_half() {
        cx.error(
            Code::BadPeriod,
            p.span,
            Msg::BadPeriod {
                field: f.path(field.key),
                value: p.to_string(),
                half_only: true,
            },
            Some(Msg::HintPeriodFormat { half_only: true }),
        );
        return None;
    }
    Some(p)
}

/// A sub-table type (`[[items]]` of a check …), declared with `row!`.
pub trait Row: Sized {
    const SUBJECT: Subject;
    const FIELDS: &'static [Field];
    fn decode(f: &mut Fields<'_>, cx: &mut Cx<'_>) -> Option<Self>;
    fn values(&self) -> Vec<(&'static Field, FieldView<'_>)>;
}

/// The Rust type of a field: how it is read and viewed, and which descriptors it can hold.
pub(crate) trait Slot: Sized {
    const SLOT: (ValueType, Shape);
    const MAY_BE_REQUIRED: bool;
    const MAY_BE_OPTIONAL: bool;
    /// `None` when a required value is missing or invalid (already reported).
    fn read(f: &mut Fields<'_>, field: &Field, cx: &mut Cx<'_>) -> Option<Self>;
    fn view(&self) -> FieldView<'_>;
}

impl<T: Scalar> Slot for Sp<T> {
    const SLOT: (ValueType, Shape) = (T::VALUE, Shape::One);
    const MAY_BE_REQUIRED: bool = true;
    const MAY_BE_OPTIONAL: bool = false;
    fn read(f: &mut Fields<'_>, field: &Field, cx: &mut Cx<'_>) -> Option<Self> {
        T::read_req(f, field, cx)
    }
    fn view(&self) -> FieldView<'_> {
        FieldView::One(self.value.view(), self.span)
    }
}

impl<T: Scalar> Slot for Option<Sp<T>> {
    const SLOT: (ValueType, Shape) = (T::VALUE, Shape::One);
    const MAY_BE_REQUIRED: bool = false;
    const MAY_BE_OPTIONAL: bool = true;
    fn read(f: &mut Fields<'_>, field: &Field, cx: &mut Cx<'_>) -> Option<Self> {
        Some(T::read_opt(f, field, cx))
    }
    fn view(&self) -> FieldView<'_> {
        self.as_ref().map_or(FieldView::Absent, Slot::view)
    }
}

impl<T: Scalar> Slot for Vec<Sp<T>> {
    const SLOT: (ValueType, Shape) = (T::VALUE, Shape::List);
    const MAY_BE_REQUIRED: bool = true;
    const MAY_BE_OPTIONAL: bool = true;
    fn read(f: &mut Fields<'_>, field: &Field, cx: &mut Cx<'_>) -> Option<Self> {
        if field.required {
            f.req::<Vec<Sp<T>>>(field.key, cx).map(|v| v.value)
        } else {
            Some(f.list(field.key, cx))
        }
    }
    fn view(&self) -> FieldView<'_> {
        FieldView::List(self.iter().map(|v| (v.value.view(), v.span)).collect())
    }
}

/// Sub-tables, read each by its `row!` decoder; always optional.
#[derive(Debug, Clone, serde::Serialize, schemars::JsonSchema)]
#[serde(transparent)]
#[schemars(transparent)]
pub struct Rows<R>(pub Vec<R>);

impl<R> std::ops::Deref for Rows<R> {
    type Target = [R];
    fn deref(&self) -> &[R] {
        &self.0
    }
}

impl<'a, R> IntoIterator for &'a Rows<R> {
    type Item = &'a R;
    type IntoIter = std::slice::Iter<'a, R>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<R: Row> Slot for Rows<R> {
    const SLOT: (ValueType, Shape) = (ValueType::Text, Shape::Rows(R::FIELDS, R::SUBJECT));
    const MAY_BE_REQUIRED: bool = false;
    const MAY_BE_OPTIONAL: bool = true;
    fn read(f: &mut Fields<'_>, field: &Field, cx: &mut Cx<'_>) -> Option<Self> {
        Some(Rows(f.tables(field.key, cx, R::SUBJECT, R::decode)))
    }
    fn view(&self) -> FieldView<'_> {
        FieldView::Rows(self.0.iter().map(Row::values).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::Kind;

    /// Every descriptor says something its reader acts on: a rule on the type it constrains,
    /// flags only where they mean something, a default among the choices, keys unique.
    fn sane(owner: &str, fields: &'static [Field]) {
        let mut keys: Vec<&str> = fields.iter().map(|f| f.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), fields.len(), "{owner}: a key twice");
        for f in fields {
            let at = format!("{owner}.{}", f.key);
            assert!(
                !f.zh.is_empty() && !f.en.is_empty(),
                "{at}: a label is missing"
            );
            match f.rule {
                Rule::Any => {}
                Rule::Int(min, max) => assert!(f.value == ValueType::Integer && min <= max, "{at}"),
                Rule::Num(min, max) => assert!(f.value == ValueType::Number && min <= max, "{at}"),
                Rule::HalfYear => assert_eq!(f.value, ValueType::Period, "{at}"),
            }
            if f.rule != Rule::Any {
                assert!(
                    matches!(f.shape, Shape::One),
                    "{at}: rules are on single values"
                );
            }
            if f.distinct {
                assert!(matches!(f.shape, Shape::List) && f.refers.is_some(), "{at}");
            }
            if f.not_self {
                assert!(f.refers.is_some(), "{at}");
            }
            if !f.scopes {
                assert_eq!(f.refers, Some(Target::Unit), "{at}");
            }
            if f.approver.is_some() {
                assert!(f.value == ValueType::Text && f.refers.is_none(), "{at}");
            }
            if f.file {
                assert!(f.value == ValueType::Text && f.refers.is_none(), "{at}");
            }
            if let Some(target) = f.refers {
                let text = matches!(f.value, ValueType::Text);
                let id = matches!(f.value, ValueType::Id);
                assert!(
                    id || (text && target == Target::Category),
                    "{at}: refers is on an id"
                );
            }
            if let Some(default) = f.default {
                let pairs = match f.value {
                    ValueType::Choice(pairs) => pairs,
                    _ => &[],
                };
                assert!(pairs.iter().any(|(k, _)| *k == default), "{at}: {default}");
                assert!(!f.required, "{at}: a required field has no default");
            }
            if let Shape::Rows(rows, _) = f.shape {
                assert!(!f.required, "{at}: sub-tables are optional");
                sane(&at, rows);
            }
        }
    }

    #[test]
    fn every_descriptor_is_sane() {
        for kind in Kind::ALL {
            let fields = crate::model::fields(kind);
            assert_eq!(fields.first().map(|f| f.key), Some("id"), "{}", kind.key());
            for key in kind.date_fields() {
                let f = find(fields, key).map(|f| f.value);
                assert_eq!(f, Some(ValueType::Date), "{}: date field {key}", kind.key());
            }
            if let Some(key) = kind.today_field() {
                assert!(kind.date_fields().contains(&key), "{}", kind.key());
            }
            sane(kind.key(), fields);
        }
    }

    #[test]
    fn ranges_in_figures() {
        assert_eq!(Rule::Int(1, 10).range().as_deref(), Some("1–10"));
        assert_eq!(
            Rule::Num(0.0, f64::INFINITY).range().as_deref(),
            Some("≥ 0")
        );
        assert_eq!(Rule::Num(0.0, 100.0).range().as_deref(), Some("0–100"));
        assert_eq!(Rule::HalfYear.range(), None);
    }
}
