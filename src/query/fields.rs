//! Every field of a record as a row of typed cells, with the values derived from the ledger:
//! what `gbsw export` writes and `gbsw show` shows. Each kind has its columns, in the order of
//! docs/records.md, then its derived columns; `cells` gives a record's values in that order.

use chrono::NaiveDate;

use super::cell::{Cell, Column, Sheet};
use super::rec::Rec;
use crate::kind::Kind;
use crate::kind::Target;
use crate::ledger::Ledger;
use crate::message::labels;
use crate::model::evaluation::grade_of;
use crate::model::field::{Field, FieldView, ValueType, View};
use crate::model::manifest::Grading;
use crate::model::vocab::{Grade, StandardStatus};
use crate::model::{Id, category};

/// The values a kind's records derive from the ledger, after its fields, by key.
fn derived_keys(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Standard => &["category_name", "next_review"],
        Kind::Plan => &["activities_done"],
        Kind::Check | Kind::Training | Kind::Submission => &["unit_name"],
        Kind::Rectification => &["status", "unit_name"],
        Kind::Evaluation => &["final_score", "final_grade", "unit_name"],
        Kind::Review | Kind::Improvement => &[],
    }
}

fn column(f: &'static Field) -> Column {
    Column::field(f.key, f.zh)
}

/// The columns of a kind: its fields (from their descriptors), then its derived values.
#[must_use]
pub fn columns(kind: Kind) -> Vec<Column> {
    crate::model::fields(kind)
        .iter()
        .map(column)
        .chain(
            derived_keys(kind)
                .iter()
                .map(|key| Column::derived(key, labels::derived_column(key))),
        )
        .collect()
}

/// What derived values need: the ledger and the day they are computed for.
pub struct Cx<'a> {
    pub ledger: &'a Ledger,
    pub as_of: NaiveDate,
    grading: Grading,
}

impl<'a> Cx<'a> {
    #[must_use]
    pub fn new(ledger: &'a Ledger, as_of: NaiveDate) -> Self {
        let grading = ledger
            .manifest
            .as_ref()
            .map_or_else(Grading::default, |m| m.grading.clone());
        Self {
            ledger,
            as_of,
            grading,
        }
    }

    /// The grade a score earns under the manifest's thresholds.
    #[must_use]
    pub fn grade(&self, score: f64) -> Grade {
        grade_of(score, &self.grading)
    }

    fn unit_name(&self, unit: &Id) -> Cell {
        self.ledger
            .manifest
            .as_ref()
            .and_then(|m| m.unit(unit.as_str()))
            .map_or(Cell::Empty, |u| Cell::Text(u.name.value.clone()))
    }
}

/// A record's values, one per column of its kind: its fields as written, then what it
/// derives.
#[must_use]
pub fn cells(cx: &Cx<'_>, rec: Rec<'_>) -> Vec<Cell> {
    rec.values()
        .iter()
        .map(|(f, v)| cell(cx, f, v))
        .chain(derived_cells(cx, rec))
        .collect()
}

/// Records as a sheet of every column.
#[must_use]
pub fn sheet(cx: &Cx<'_>, kind: Kind, recs: &[Rec<'_>]) -> Sheet {
    Sheet {
        kind,
        columns: columns(kind),
        rows: recs.iter().map(|r| cells(cx, *r)).collect(),
    }
}

/// One field's value as a cell: references as their ids (a category as its key, shown by its
/// name), a choice left out as the default its descriptor names, sub-tables as entries.
fn cell(cx: &Cx<'_>, f: &'static Field, v: &FieldView<'_>) -> Cell {
    match v {
        FieldView::Absent => match (f.default, f.value) {
            (Some(default), ValueType::Choice(pairs)) => pairs
                .iter()
                .find(|(k, _)| *k == default)
                .map_or(Cell::Empty, |(key, zh)| Cell::Term { key, zh }),
            _ => Cell::Empty,
        },
        FieldView::One(v, _) => one(cx, f, v),
        FieldView::List(items) => Cell::List(items.iter().map(|(v, _)| one(cx, f, v)).collect()),
        FieldView::Rows(rows) => Cell::List(
            rows.iter()
                .map(|row| {
                    Cell::Group(
                        row.iter()
                            .map(|(sub, v)| (column(sub), cell(cx, sub, v)))
                            .collect(),
                    )
                })
                .collect(),
        ),
    }
}

fn one(cx: &Cx<'_>, f: &Field, v: &View<'_>) -> Cell {
    if f.refers == Some(Target::Category)
        && let View::Text(key) = v
    {
        return Cell::Keyed {
            key: (*key).to_owned(),
            zh: category::find(&cx.ledger.categories, key)
                .map_or_else(|| (*key).to_owned(), |c| c.name.clone()),
        };
    }
    match v {
        View::Text(s) => Cell::Text((*s).to_owned()),
        View::Int(i) => Cell::Int(*i),
        View::Num(n) => Cell::Num(*n),
        View::Bool(b) => Cell::Bool(*b),
        View::Date(d) => Cell::Date(*d),
        View::Period(p) => Cell::Text(p.to_string()),
        View::Choice { key, zh } => Cell::Term { key, zh },
        View::Id(id) => Cell::Text(id.0.clone()),
    }
}

/// The derived values of a record, in the order of [`derived_keys`].
fn derived_cells(cx: &Cx<'_>, rec: Rec<'_>) -> Vec<Cell> {
    match rec {
        Rec::Standard(s) => {
            let category = category::find(&cx.ledger.categories, &s.category.value);
            vec![
                category.map_or(Cell::Empty, |c| Cell::Name {
                    zh: c.name.clone(),
                    en: c.name_en.clone(),
                }),
                // Only a standard in force is due for review (as in `gbsw due`): a draft not
                // yet, an abolished or superseded one no longer, one under revision is being
                // replaced.
                if s.status.value == StandardStatus::InForce {
                    cx.ledger
                        .next_review(s, cx.as_of)
                        .map_or(Cell::Empty, Cell::Date)
                } else {
                    Cell::Empty
                },
            ]
        }
        Rec::Plan(p) => {
            let done = p.activities.iter().filter(|a| a.done.is_some()).count();
            vec![if p.activities.is_empty() {
                Cell::Empty
            } else {
                Cell::Text(format!("{done}/{}", p.activities.len()))
            }]
        }
        Rec::Check(c) => vec![cx.unit_name(&c.unit.value)],
        Rec::Rectification(r) => vec![Cell::term(r.status(cx.as_of)), cx.unit_name(&r.unit.value)],
        Rec::Evaluation(e) => {
            let score = e.score();
            vec![
                // One decimal, as the reports show it.
                score.map_or(Cell::Empty, |s| Cell::Num((s * 10.0).round() / 10.0)),
                score.map_or(Cell::Empty, |s| Cell::term(cx.grade(s))),
                e.unit
                    .as_ref()
                    .map_or(Cell::Empty, |u| cx.unit_name(&u.value)),
            ]
        }
        Rec::Training(t) => vec![cx.unit_name(&t.unit.value)],
        Rec::Submission(s) => vec![cx.unit_name(&s.unit.value)],
        Rec::Review(_) | Rec::Improvement(_) => Vec::new(),
    }
}
