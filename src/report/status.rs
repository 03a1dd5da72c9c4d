//! `gbsw status`: the ledger at a glance for a period.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::indicators::{self, Indicators};
use super::scope::Scope;
use super::submissions::{self, SubmissionRow};
use crate::due::{self, DueItem};
use crate::ledger::Ledger;
use crate::model::Period;
use crate::model::vocab::{DueKind, RectificationStatus, StandardStatus};

/// One plan's progress.
#[derive(Debug, Clone, Serialize)]
pub struct PlanProgress {
    pub id: String,
    pub done: usize,
    pub total: usize,
    pub end: Option<NaiveDate>,
    /// Activities past their due date and not done.
    pub late: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub organization: String,
    /// The unit of the scope, by name, when the screen is one unit's.
    pub unit: Option<String>,
    pub period: Period,
    pub as_of: NaiveDate,
    pub incomplete: Vec<String>,
    /// Every category (id, Chinese name, English name) with its standards by status key.
    pub standards: Vec<(String, String, String, BTreeMap<&'static str, usize>)>,
    pub plans: Vec<PlanProgress>,
    pub indicators: Indicators,
    /// All rectifications of the ledger by status on the as-of date.
    pub rectifications: BTreeMap<&'static str, Vec<String>>,
    /// The most overdue items (at most ten). Serialized by the renderer.
    #[serde(skip)]
    pub overdue: Vec<DueItem>,
    pub overdue_total: usize,
    /// Reviews, and the revisions and conversions they decided, overdue or due in the period.
    /// Serialized by the renderer.
    #[serde(skip)]
    pub reviews: Vec<DueItem>,
    /// Evaluations owed under the evaluation plans and open improvements, overdue or due in
    /// the period. Serialized by the renderer.
    #[serde(skip)]
    pub evaluations_improvements: Vec<DueItem>,
    /// Every item due (in the unit's scope), overdue or not.
    pub due_total: usize,
    /// The half year whose reports `submissions` tells about: the one the period starts in.
    pub half: Period,
    /// Who owes that half's report and whether they handed it in.
    pub submissions: Vec<SubmissionRow>,
}

/// Build the status screen's figures; with a unit in the scope, that unit's: the standards it
/// leads or implements, its plans, its rectifications, its due items and its report.
#[must_use]
pub fn build(ledger: &Ledger, scope: &Scope, incomplete: Vec<String>) -> Status {
    let standards = ledger
        .categories
        .iter()
        .map(|c| {
            let mut by: BTreeMap<&'static str, usize> =
                StandardStatus::ALL.iter().map(|s| (s.key(), 0)).collect();
            for s in &ledger.standards {
                let involved = scope.unit.as_ref().is_none_or(|u| {
                    s.owner.value == *u || s.implementers.iter().any(|i| i.value == *u)
                });
                if involved
                    && crate::model::category::find(&ledger.categories, &s.category.value)
                        .is_some_and(|x| x.id == c.id)
                {
                    *by.entry(s.status.value.key()).or_default() += 1;
                }
            }
            (c.id.clone(), c.name.clone(), c.name_en.clone(), by)
        })
        .collect();
    let plans = ledger
        .plans
        .iter()
        .filter(|p| {
            scope.unit.is_none()
                || p.owner
                    .as_ref()
                    .is_some_and(|o| scope.unit_matches(&o.value))
        })
        .map(|p| PlanProgress {
            id: p.id.value.0.clone(),
            done: p
                .activities
                .iter()
                .filter(|a| a.done.as_ref().is_some_and(|d| d.value <= scope.as_of))
                .count(),
            total: p.activities.len(),
            end: p.end.as_ref().map(|e| e.value),
            late: p
                .activities
                .iter()
                .filter(|a| {
                    a.done.is_none() && a.due.as_ref().is_some_and(|d| d.value < scope.as_of)
                })
                .count(),
        })
        .collect();
    let mut rectifications: BTreeMap<&'static str, Vec<String>> = RectificationStatus::ALL
        .iter()
        .map(|s| (s.key(), Vec::new()))
        .collect();
    for n in ledger
        .rectifications
        .iter()
        .filter(|n| scope.unit_matches(&n.unit.value))
    {
        rectifications
            .entry(n.status(scope.as_of).key())
            .or_default()
            .push(n.id.value.0.clone());
    }
    // The duty periods are walked once, for the due list and for the indicators.
    let walked = due::Periods::walk(ledger, scope.days().0, scope.as_of);
    let items: Vec<DueItem> = due::due_with(ledger, scope.as_of, &walked)
        .into_iter()
        .filter(|i| scope.unit.is_none() || i.unit.as_ref().is_some_and(|u| scope.unit_matches(u)))
        .collect();
    let half = Period::half_of(scope.period.start());
    let submissions = match (&scope.unit, &ledger.manifest) {
        (None, _) => submissions::for_half(ledger, half, scope.as_of),
        (Some(u), Some(m)) => m
            .unit(u.as_str())
            .map(|x| submissions::of_unit(ledger, u.as_str(), &x.name.value, half, scope.as_of))
            .into_iter()
            .collect(),
        (Some(_), None) => Vec::new(),
    };
    let overdue_all: Vec<DueItem> = items.iter().filter(|i| i.is_overdue()).cloned().collect();
    let now = |kinds: &[DueKind]| -> Vec<DueItem> {
        items
            .iter()
            .filter(|i| kinds.contains(&i.kind) && (i.is_overdue() || scope.period.contains(i.due)))
            .cloned()
            .collect()
    };
    let reviews = now(&[DueKind::Review, DueKind::Revision, DueKind::Conversion]);
    let evaluations_improvements = now(&[DueKind::Evaluation, DueKind::Improvement]);
    Status {
        organization: ledger
            .manifest
            .as_ref()
            .map_or_else(String::new, |m| m.organization.value.clone()),
        unit: scope.unit.as_ref().map(|u| {
            ledger
                .manifest
                .as_ref()
                .and_then(|m| m.unit(u.as_str()))
                .map_or_else(|| u.0.clone(), |x| x.name.value.clone())
        }),
        period: scope.period,
        as_of: scope.as_of,
        incomplete,
        standards,
        plans,
        indicators: indicators::compute_with(ledger, scope, &walked.from(scope.days().0)),
        rectifications,
        overdue_total: overdue_all.len(),
        overdue: overdue_all.into_iter().take(10).collect(),
        reviews,
        evaluations_improvements,
        due_total: items.len(),
        half,
        submissions,
    }
}
