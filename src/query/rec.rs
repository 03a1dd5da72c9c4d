//! Any record of the ledger, whatever its kind, and what `list` and `show` ask of every kind.

use chrono::NaiveDate;

use crate::kind::Kind;
use crate::kind::{Order, Target};
use crate::ledger::{Ledger, RecordRef};
use crate::model::field::{Field, FieldView, View};
use crate::model::{Id, Meta, Period, Record};
use crate::span::Span;

macro_rules! define_rec {
    ($($variant:ident $key:ident $folder:ident { $($rest:tt)* })*) => {
        /// A borrowed record of any kind.
        #[derive(Debug, Clone, Copy)]
        pub enum Rec<'a> {
            $($variant(&'a crate::model::$variant),)*
        }

        /// Runs `$body` with `$r` bound to the record, whatever its kind.
        macro_rules! each {
            ($rec:expr, $r:ident => $body:expr) => {
                match $rec {
                    $(Rec::$variant($r) => $body,)*
                }
            };
        }

        impl<'a> Rec<'a> {
            /// Every record of a kind, in the order read (file path order).
            #[must_use]
            pub fn all(ledger: &'a Ledger, kind: Kind) -> Vec<Rec<'a>> {
                match kind {
                    $(Kind::$variant => ledger.$folder.iter().map(Rec::$variant).collect(),)*
                }
            }

            /// The record a reference points at.
            #[must_use]
            pub fn get(ledger: &'a Ledger, r: RecordRef) -> Option<Rec<'a>> {
                Some(match r.kind {
                    $(Kind::$variant => Rec::$variant(ledger.$folder.get(r.index)?),)*
                })
            }
        }
    };
}

crate::kind::for_each_kind!(define_rec);

/// The date a record is filed under, or the period it is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Date(NaiveDate),
    Period(Period),
}

impl<'a> Rec<'a> {
    /// The record with an id.
    #[must_use]
    pub fn find(ledger: &'a Ledger, id: &str) -> Option<Rec<'a>> {
        Self::get(ledger, ledger.lookup(id)?)
    }

    #[must_use]
    pub fn kind(self) -> Kind {
        each!(self, r => record_kind(r))
    }

    #[must_use]
    pub fn id(self) -> &'a str {
        each!(self, r => r.id.value.as_str())
    }

    #[must_use]
    pub fn meta(self) -> Meta {
        each!(self, r => r.meta)
    }

    /// The record as plain JSON: its fields as written (English keys and enum keys).
    #[must_use]
    pub fn to_json(self) -> serde_json::Value {
        each!(self, r => serde_json::to_value(r).unwrap_or_default())
    }

    /// Every field's value, in the order of the kind's descriptors.
    #[must_use]
    pub fn values(self) -> Vec<(&'static Field, FieldView<'a>)> {
        each!(self, r => r.values())
    }

    /// The record's date: the first of its kind's date fields that is written (a standard's
    /// effective date, else its publication date; a plan's start, else its end; a check's
    /// date; a nonconformity's finding; a submission's handing in …).
    #[must_use]
    pub fn date(self) -> Option<NaiveDate> {
        let values = self.values();
        self.kind().date_fields().iter().find_map(|key| {
            values
                .iter()
                .find(|(f, _)| f.key == *key)
                .and_then(|(_, v)| v.date())
        })
    }

    /// The period the record is for (an evaluation's, a submission's), if its kind has one.
    #[must_use]
    pub fn period(self) -> Option<Period> {
        self.values().iter().find_map(|(_, v)| match v {
            FieldView::One(View::Period(p), _) => Some(*p),
            _ => None,
        })
    }

    /// What `--period` filters on: the period a record is for, else its date.
    #[must_use]
    pub fn when(self) -> Option<When> {
        self.period()
            .map(When::Period)
            .or_else(|| self.date().map(When::Date))
    }

    /// The date a listing is sorted by: the record's date for kinds listed by date, none for
    /// the kinds listed by id.
    #[must_use]
    pub(crate) fn sort_date(self) -> Option<NaiveDate> {
        match self.kind().order() {
            Order::ByDate => self.date(),
            Order::ById => None,
        }
    }

    /// The ids a record names in fields that refer to `target`.
    #[must_use]
    pub fn refs(self, target: Target) -> Vec<&'a Id> {
        self.values()
            .iter()
            .filter(|(f, _)| f.refers == Some(target))
            .flat_map(|(_, v)| v.ids())
            .map(|(id, _)| id)
            .collect()
    }

    /// Every reference field of the record (its sub-tables' included) with the names written
    /// in it: what `gbsw check` resolves and `gbsw show` links, read from the descriptors.
    #[must_use]
    pub fn references(self) -> Vec<Reference<'a>> {
        references(self.values(), "")
    }

    /// The standards the record is about: a standard itself; the standards the others name.
    #[must_use]
    pub fn standards(self) -> Vec<&'a Id> {
        if let Rec::Standard(s) = self {
            return vec![&s.id.value];
        }
        self.refs(Target::Record(Kind::Standard))
    }

    /// The units a record belongs to, for `--unit`: the units its fields name (a check's
    /// checking unit `by` aside: the check belongs to the unit checked); a kind that names no
    /// unit (an improvement) belongs to the units of its standards.
    #[must_use]
    pub fn units(self, ledger: &'a Ledger) -> Vec<&'a Id> {
        let values = self.values();
        if values.iter().any(|(f, _)| f.refers == Some(Target::Unit)) {
            return values
                .iter()
                .filter(|(f, _)| f.refers == Some(Target::Unit) && f.scopes)
                .flat_map(|(_, v)| v.ids())
                .map(|(id, _)| id)
                .collect();
        }
        self.standards()
            .into_iter()
            .filter_map(|s| ledger.standard(s.as_str()))
            .flat_map(|s| Rec::Standard(s).units(ledger))
            .collect()
    }
}

/// One reference field of a record, or of one of its sub-tables, and the names written in it.
#[derive(Debug, Clone)]
pub struct Reference<'a> {
    pub field: &'static Field,
    /// What the field refers to (its descriptor's `refers`).
    pub target: Target,
    /// The field as a message names it: its key, `items.standard` inside a sub-table.
    pub path: String,
    /// Each name written, in order, with where it was written; none when the field is absent.
    pub names: Vec<(&'a str, Span)>,
}

/// The reference fields among `values`, in their order, each sub-table's after the field
/// holding it; `prefix` goes before each key (a sub-table's field is `items.standard`).
#[must_use]
pub fn references<'a>(
    values: Vec<(&'static Field, FieldView<'a>)>,
    prefix: &str,
) -> Vec<Reference<'a>> {
    let mut out = Vec::new();
    for (field, view) in values {
        let path = format!("{prefix}{}", field.key);
        let names = match view {
            FieldView::Absent => Vec::new(),
            FieldView::One(v, span) => name(v).map(|n| (n, span)).into_iter().collect(),
            FieldView::List(items) => items
                .into_iter()
                .filter_map(|(v, span)| name(v).map(|n| (n, span)))
                .collect(),
            FieldView::Rows(rows) => {
                let prefix = format!("{path}.");
                for row in rows {
                    out.extend(references(row, &prefix));
                }
                continue;
            }
        };
        if let Some(target) = field.refers {
            out.push(Reference {
                field,
                target,
                path,
                names,
            });
        }
    }
    out
}

/// The name a referring value writes: an id, or a text (a standard's category).
fn name(v: View<'_>) -> Option<&str> {
    match v {
        View::Id(id) => Some(id.as_str()),
        View::Text(t) => Some(t),
        View::Int(_)
        | View::Num(_)
        | View::Bool(_)
        | View::Date(_)
        | View::Period(_)
        | View::Choice { .. } => None,
    }
}

fn record_kind<R: Record>(_: &R) -> Kind {
    R::KIND
}

/// Every record id of the ledger, for "did you mean".
#[must_use]
pub(crate) fn all_ids(ledger: &Ledger) -> Vec<&str> {
    Kind::ALL
        .into_iter()
        .flat_map(|k| Rec::all(ledger, k))
        .map(Rec::id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::Subject;
    use crate::model::field::{Shape, ValueType};

    static ROW: [Field; 2] = [
        Field::new(
            "note",
            "说明",
            "note",
            "",
            (ValueType::Text, Shape::One),
            false,
        ),
        Field::new(
            "standard",
            "标准",
            "standard",
            "",
            (ValueType::Id, Shape::One),
            true,
        )
        .refers(Target::Record(Kind::Standard)),
    ];
    static ITEMS: Field = Field::new(
        "items",
        "检查项及结果",
        "items",
        "",
        (ValueType::Text, Shape::Rows(&ROW, Subject::CheckItem)),
        false,
    );
    static UNIT: Field = Field::new(
        "unit",
        "单位",
        "unit",
        "",
        (ValueType::Id, Shape::One),
        true,
    )
    .refers(Target::Unit);

    /// A reference field inside a sub-table is found like any other, named by its path.
    #[test]
    fn references_reach_into_sub_tables() {
        let (office, std1, std2) = (Id("office".into()), Id("STD-1".into()), Id("STD-2".into()));
        let row = |id| {
            vec![
                (&ROW[0], FieldView::One(View::Text("x"), Span::new(0, 1))),
                (&ROW[1], FieldView::One(View::Id(id), Span::new(2, 7))),
            ]
        };
        let values = vec![
            (&UNIT, FieldView::One(View::Id(&office), Span::new(8, 14))),
            (&ITEMS, FieldView::Rows(vec![row(&std1), row(&std2)])),
        ];
        let got: Vec<(String, Target, Vec<&str>)> = references(values, "")
            .into_iter()
            .map(|r| (r.path, r.target, r.names.iter().map(|(n, _)| *n).collect()))
            .collect();
        let standard = Target::Record(Kind::Standard);
        assert_eq!(
            got,
            [
                ("unit".to_owned(), Target::Unit, vec!["office"]),
                ("items.standard".to_owned(), standard, vec!["STD-1"]),
                ("items.standard".to_owned(), standard, vec!["STD-2"]),
            ]
        );
    }
}
