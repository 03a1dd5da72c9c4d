//! 服务单位考核 (contracted providers ranked for a period): each service provider's
//! evaluations, check conformity, rectifications (overdue ones apart) and complaints, the
//! inputs of the contract performance assessment (合同履约考核), ranked by a fixed order.
//! Every figure keeps the ids of the records it counts.

use std::cmp::Ordering;

use chrono::NaiveDate;
use serde::Serialize;

use super::indicators::{EvaluationFigure, checks_in, conformity, grading, rectifications_in};
use super::scope::Scope;
use super::staff::evaluations_by;
use super::{Ratio, mean};
use crate::ledger::Ledger;
use crate::model::vocab::{Conformity, RectificationSource, RectificationStatus, UnitKind};
use crate::model::{Id, Period, Rectification};

/// One provider's figures for the period.
#[derive(Debug, Clone, Serialize)]
pub struct ProviderRow {
    /// 1 for the first in the ranking.
    pub rank: usize,
    pub unit: String,
    pub name: String,
    /// Its evaluations of the period, in date order, with scores and grades.
    pub evaluations: Vec<EvaluationFigure>,
    /// The mean score of those that have one.
    pub mean_score: Option<f64>,
    /// Its checks of the period.
    pub checks: Vec<String>,
    /// Those of its checks that concluded `conform`.
    pub conforming_checks: Vec<String>,
    /// 检查项目符合率: conforming items of all items of its checks, as in the semiannual
    /// report.
    pub conformity: Ratio,
    /// Its nonconformities found in the period.
    pub rectifications: Vec<String>,
    /// Of those, the ones not rectified by their due date (see [`overdue_on`]).
    pub overdue: Vec<String>,
    /// Of those, the ones that came from a complaint (`source = "complaint"`).
    pub complaints: Vec<String>,
}

impl ProviderRow {
    /// The latest evaluation of the period (the last by date, then id).
    #[must_use]
    pub fn latest(&self) -> Option<&EvaluationFigure> {
        self.evaluations.last()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ProvidersReport {
    pub organization: String,
    pub signatory: String,
    pub period: Period,
    pub as_of: NaiveDate,
    pub incomplete: Vec<String>,
    /// In ranking order.
    pub rows: Vec<ProviderRow>,
}

/// Whether a nonconformity was not rectified by its due date, seen on the as-of date: one
/// rectified (closed, or awaiting re-check) was completed after its due date; one not
/// rectified (open, overdue, or reopened by a failed re-check) is past its due date.
#[must_use]
pub fn overdue_on(n: &Rectification, as_of: NaiveDate) -> bool {
    match n.status(as_of) {
        RectificationStatus::Closed | RectificationStatus::AwaitingRecheck => {
            n.completed.as_ref().is_some_and(|c| c.value > n.due.value)
        }
        RectificationStatus::Open
        | RectificationStatus::Overdue
        | RectificationStatus::Reopened => as_of > n.due.value,
    }
}

/// The ranking: the higher mean evaluation score first (none last), then the higher check
/// item conformity (none last), then fewer overdue rectifications, then fewer complaints,
/// then the unit id.
fn ranking(a: &ProviderRow, b: &ProviderRow) -> Ordering {
    let higher = |x: Option<f64>, y: Option<f64>| match (x, y) {
        (Some(x), Some(y)) => y.total_cmp(&x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    higher(a.mean_score, b.mean_score)
        .then_with(|| higher(a.conformity.value(), b.conformity.value()))
        .then_with(|| a.overdue.len().cmp(&b.overdue.len()))
        .then_with(|| a.complaints.len().cmp(&b.complaints.len()))
        .then_with(|| a.unit.cmp(&b.unit))
}

/// Rank the service providers of the manifest (those contracted by the period's end: no
/// `since` or one on or before it) for a period.
#[must_use]
pub fn build(
    ledger: &Ledger,
    period: Period,
    as_of: NaiveDate,
    incomplete: Vec<String>,
) -> ProvidersReport {
    let grading = grading(ledger);
    let units = ledger.manifest.as_ref().map_or(&[][..], |m| &m.units[..]);
    let mut rows: Vec<ProviderRow> = units
        .iter()
        .filter(|u| u.kind.value == UnitKind::ServiceProvider)
        .filter(|u| u.since.as_ref().is_none_or(|s| s.value <= period.end()))
        .map(|u| {
            let scope = Scope {
                period,
                unit: Some(Id(u.id.value.0.clone())),
                category: None,
                as_of,
            };
            let evaluations: Vec<EvaluationFigure> = evaluations_by(ledger, &scope)
                .into_iter()
                .map(|e| EvaluationFigure::of(e, &grading))
                .collect();
            let scores: Vec<f64> = evaluations.iter().filter_map(|e| e.score).collect();
            let checks = checks_in(ledger, &scope);
            let found = rectifications_in(ledger, &scope);
            let ids = |rs: &mut dyn Iterator<Item = &&Rectification>| {
                rs.map(|n| n.id.value.0.clone()).collect::<Vec<_>>()
            };
            ProviderRow {
                rank: 0,
                unit: u.id.value.0.clone(),
                name: u.name.value.clone(),
                mean_score: mean(&scores),
                evaluations,
                checks: checks.iter().map(|c| c.id.value.0.clone()).collect(),
                conforming_checks: checks
                    .iter()
                    .filter(|c| c.conclusion.value == Conformity::Conform)
                    .map(|c| c.id.value.0.clone())
                    .collect(),
                conformity: conformity(&checks, None),
                rectifications: ids(&mut found.iter()),
                overdue: ids(&mut found.iter().filter(|n| overdue_on(n, as_of))),
                complaints: ids(&mut found
                    .iter()
                    .filter(|n| n.source() == RectificationSource::Complaint)),
            }
        })
        .collect();
    rows.sort_by(ranking);
    for (i, r) in rows.iter_mut().enumerate() {
        r.rank = i + 1;
    }
    let (organization, signatory) = super::organization_and_signatory(ledger);
    ProvidersReport {
        organization,
        signatory,
        period,
        as_of,
        incomplete,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(
        unit: &str,
        mean: Option<f64>,
        items: (usize, usize),
        overdue: usize,
        complaints: usize,
    ) -> ProviderRow {
        let tags = |n: usize| (0..n).map(|i| format!("{unit}#{i}")).collect::<Vec<_>>();
        ProviderRow {
            rank: 0,
            unit: unit.to_owned(),
            name: unit.to_owned(),
            evaluations: Vec::new(),
            mean_score: mean,
            checks: Vec::new(),
            conforming_checks: Vec::new(),
            conformity: Ratio {
                num: tags(items.0),
                den: tags(items.1),
            },
            rectifications: Vec::new(),
            overdue: tags(overdue),
            complaints: tags(complaints),
        }
    }

    #[test]
    fn the_ranking_takes_score_then_conformity_then_overdue_then_complaints_then_id() {
        let mut rows = [
            row("none", None, (9, 9), 0, 0),
            row("id-b", Some(80.0), (1, 2), 1, 1),
            row("id-a", Some(80.0), (1, 2), 1, 1),
            row("more-complaints", Some(80.0), (1, 2), 1, 2),
            row("more-overdue", Some(80.0), (1, 2), 2, 0),
            row("no-items", Some(80.0), (0, 0), 0, 0),
            row("conforming", Some(80.0), (2, 2), 3, 3),
            row("best", Some(90.0), (0, 1), 5, 5),
        ];
        rows.sort_by(ranking);
        let order: Vec<&str> = rows.iter().map(|r| r.unit.as_str()).collect();
        assert_eq!(
            order,
            [
                "best",
                "conforming",
                "id-a",
                "id-b",
                "more-complaints",
                "more-overdue",
                "no-items",
                "none"
            ]
        );
    }
}
