//! Evaluations owed under the manifest's evaluation plans (评价计划): for each plan, period of
//! its cadence and unit (or, for a plan naming standards only, standard), an evaluation
//! whose period ends in that period fulfils it; otherwise it is due on the period's last
//! working day, and overdue after.

use chrono::NaiveDate;

use super::Cx;
use super::duties::{bounds, label, owed_from, walk};
use crate::calendar::WorkCalendar;
use crate::message::Msg;
use crate::model::manifest::EvaluationPlan;
use crate::model::vocab::DueKind;
use crate::model::{Evaluation, Id};

/// What one evaluation of a plan is about.
enum Evaluee<'a> {
    Unit(&'a Id),
    Standard(&'a Id),
}

pub(super) fn run(cx: &mut Cx<'_>) {
    let ledger = cx.ledger;
    let Some(manifest) = &ledger.manifest else {
        return;
    };
    if manifest.evaluation_plans.is_empty() {
        return;
    }
    let calendar = WorkCalendar::new(Some(&manifest.calendar));
    for plan in &manifest.evaluation_plans {
        let units = plan.covered(manifest);
        let targets: Vec<Evaluee<'_>> = if units.is_empty() {
            plan.standards
                .iter()
                .map(|s| Evaluee::Standard(&s.value))
                .collect()
        } else {
            units.into_iter().map(Evaluee::Unit).collect()
        };
        let name = plan
            .name
            .as_ref()
            .map_or_else(|| plan.id.value.0.clone(), |n| n.value.clone());
        let source = cx.manifest_source(&plan.id);
        for target in &targets {
            for (start, end) in periods(cx, plan, target) {
                if fulfilled(cx, plan, target, start, end) {
                    continue;
                }
                let due = calendar.last_workday(start, end).unwrap_or(end);
                let (unit, what_name, key) = match target {
                    Evaluee::Unit(u) => (Some((*u).clone()), cx.unit_name(u), u.as_str()),
                    Evaluee::Standard(s) => {
                        let owner = ledger.standard(s.as_str()).map(|x| x.owner.value.clone());
                        (owner, s.0.clone(), s.as_str())
                    }
                };
                let person = cx.unit_head(unit.as_ref());
                let period = label(plan.cadence.value, start);
                cx.push(
                    DueKind::Evaluation,
                    due,
                    unit,
                    person,
                    source.clone(),
                    Msg::DueDuty {
                        schedule: name.clone(),
                        unit: what_name,
                        period: period.clone(),
                    },
                    format!("evaluation/{}/{key}/{period}", plan.id.value),
                );
            }
        }
    }
}

/// The periods of the plan's cadence a target owes, from when it is owed (the plan's start,
/// the unit's `since`, else the ledger's first record; whole periods before the look-back are
/// skipped) to the one holding the as-of date; a standard owes only while in force.
fn periods(
    cx: &Cx<'_>,
    plan: &EvaluationPlan,
    target: &Evaluee<'_>,
) -> Vec<(NaiveDate, NaiveDate)> {
    let ledger = cx.ledger;
    let cadence = plan.cadence.value;
    let since = match target {
        Evaluee::Unit(u) => ledger
            .manifest
            .as_ref()
            .and_then(|m| m.unit(u.as_str()))
            .and_then(|u| u.since.as_ref())
            .map(|d| d.value),
        Evaluee::Standard(_) => None,
    };
    let start = owed_from(since, plan.start.as_ref(), cx.ledger_start);
    let last = plan
        .end
        .as_ref()
        .map_or(cx.as_of, |e| e.value.min(cx.as_of));
    walk(cadence, start.max(bounds(cadence, cx.lookback).0), last)
        .filter(|(p_start, p_end)| match target {
            Evaluee::Unit(_) => true,
            Evaluee::Standard(s) => ledger
                .standard(s.as_str())
                .is_none_or(|x| x.in_force_between(*p_start, *p_end)),
        })
        .collect()
}

/// Whether an evaluation held by the as-of date covers the target for the period: of the
/// unit (naming one of the plan's standards, when both name some) or naming the standard,
/// with its period ending in this one, and not made under another plan.
fn fulfilled(
    cx: &Cx<'_>,
    plan: &EvaluationPlan,
    target: &Evaluee<'_>,
    start: NaiveDate,
    end: NaiveDate,
) -> bool {
    let names = |e: &Evaluation, s: &Id| e.standards.iter().any(|x| &x.value == s);
    cx.ledger.evaluations.iter().any(|e| {
        let ends = e.period.value.end();
        let when = start <= ends && ends <= end && e.held_on() <= cx.as_of;
        let plan_ok = e.plan.as_ref().is_none_or(|p| p.value == plan.id.value);
        let about = match target {
            Evaluee::Unit(u) => {
                e.unit.as_ref().is_some_and(|x| &x.value == *u)
                    && (e.standards.is_empty()
                        || plan.standards.is_empty()
                        || plan.standards.iter().any(|s| names(e, &s.value)))
            }
            Evaluee::Standard(s) => names(e, s),
        };
        when && plan_ok && about
    })
}
