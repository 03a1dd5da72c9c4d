//! 员工考核汇总 (staff grades over a year): each person's grades (优秀, 称职, 基本称职,
//! 不称职) totalled over the year's evaluations, for the year-end assessment and 评先评优.
//! A person is a name within a unit: the same name graded in two units is two rows.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::indicators::period_evaluations;
use super::scope::Scope;
use crate::ledger::Ledger;
use crate::model::vocab::StaffGrade;
use crate::model::{Evaluation, Id, Period};

/// One person's year: the evaluations that graded them, by grade.
#[derive(Debug, Clone, Serialize)]
pub struct StaffRow {
    pub name: String,
    /// The unit evaluated (its id), none when the evaluation names no unit.
    pub unit: Option<String>,
    pub unit_name: Option<String>,
    /// The ids of the evaluations that gave each grade, every grade present.
    pub grades: BTreeMap<&'static str, Vec<String>>,
    /// Every evaluation that graded the person, a rating each, by date.
    pub evaluations: Vec<String>,
}

impl StaffRow {
    /// How many times the person earned `grade`.
    #[must_use]
    pub fn count(&self, grade: StaffGrade) -> usize {
        self.grades.get(grade.key()).map_or(0, Vec::len)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct StaffReport {
    pub organization: String,
    pub signatory: String,
    pub year: i32,
    /// The unit asked for (id, name), none for the whole bureau.
    pub unit: Option<(String, String)>,
    pub as_of: NaiveDate,
    pub incomplete: Vec<String>,
    /// The evaluations counted: their period lies in the year, dated (when dated) on or
    /// before the as-of date.
    pub sources: Vec<String>,
    /// By name, then unit id.
    pub rows: Vec<StaffRow>,
    /// Ratings of everyone, by grade key, every grade present.
    pub totals: BTreeMap<&'static str, usize>,
}

/// The evaluations of a scope that count on its as-of date: those of its period (as the
/// semiannual report takes them) not dated after the as-of date, in date and id order.
pub(crate) fn evaluations_by<'a>(ledger: &'a Ledger, scope: &Scope) -> Vec<&'a Evaluation> {
    let mut out: Vec<&Evaluation> = period_evaluations(ledger, scope)
        .into_iter()
        .filter(|e| e.date.as_ref().is_none_or(|d| d.value <= scope.as_of))
        .collect();
    out.sort_by(|a, b| {
        let key = |e: &Evaluation| (e.date.as_ref().map(|d| d.value), e.id.value.0.clone());
        key(a).cmp(&key(b))
    });
    out
}

/// Total each person's grades over the year's evaluations (of one unit with `unit`).
#[must_use]
pub fn build(
    ledger: &Ledger,
    year: i32,
    unit: Option<Id>,
    as_of: NaiveDate,
    incomplete: Vec<String>,
) -> StaffReport {
    let scope = Scope {
        period: Period::Year(year),
        unit,
        category: None,
        as_of,
    };
    let evaluations = evaluations_by(ledger, &scope);
    let mut people: BTreeMap<(String, Option<String>), StaffRow> = BTreeMap::new();
    let mut totals: BTreeMap<&'static str, usize> =
        StaffGrade::ALL.iter().map(|g| (g.key(), 0)).collect();
    for e in &evaluations {
        let unit = e.unit.as_ref().map(|u| u.value.0.clone());
        for s in &e.staff {
            let row = people
                .entry((s.name.value.clone(), unit.clone()))
                .or_insert_with(|| StaffRow {
                    name: s.name.value.clone(),
                    unit: unit.clone(),
                    unit_name: unit.as_deref().map(|u| super::unit_name(ledger, u)),
                    grades: StaffGrade::ALL
                        .iter()
                        .map(|g| (g.key(), Vec::new()))
                        .collect(),
                    evaluations: Vec::new(),
                });
            let id = e.id.value.0.clone();
            row.grades
                .entry(s.grade.value.key())
                .or_default()
                .push(id.clone());
            row.evaluations.push(id);
            *totals.entry(s.grade.value.key()).or_default() += 1;
        }
    }
    let (organization, signatory) = super::organization_and_signatory(ledger);
    StaffReport {
        organization,
        signatory,
        year,
        unit: scope
            .unit
            .as_ref()
            .map(|u| (u.0.clone(), super::unit_name(ledger, u.as_str()))),
        as_of,
        incomplete,
        sources: evaluations.iter().map(|e| e.id.value.0.clone()).collect(),
        rows: people.into_values().collect(),
        totals,
    }
}
