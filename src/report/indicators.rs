//! The indicators of standards implementation for a scope. Each is defined in
//! docs/indicators.md; each keeps the ids of the records it counts.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;

use super::scope::Scope;
use super::{Ratio, mean};
use crate::calendar::WorkCalendar;
use crate::due::duties::{DutyPeriod, duty_periods};
use crate::ledger::Ledger;
use crate::model::evaluation::grade_of;
use crate::model::manifest::Grading;
use crate::model::vocab::{
    CheckItemKind, Conformity, Grade, NcSeverity, RectificationStatus, ReviewType, StaffGrade,
    SubmissionState,
};
use crate::model::{Check, Id, Period, Rectification};

/// 不符合项: the nonconformities found in the scope and what became of them by the as-of date.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Nonconformities {
    pub found: Vec<String>,
    pub major: Vec<String>,
    /// Status on the as-of date, by status key.
    pub by_status: BTreeMap<&'static str, Vec<String>>,
    /// 整改完成率: completed (closed or awaiting re-check) of found.
    pub completion: Ratio,
    /// 关闭率: closed (re-check passed) of found.
    pub closure: Ratio,
    /// 按期完成率: of those rectified (closed or awaiting re-check), the ones completed on or
    /// before the due date.
    pub on_time: Ratio,
}

/// 宣贯培训.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Trainings {
    pub sessions: Vec<String>,
    /// The hours of the sessions that recorded them.
    pub hours: f64,
    /// Sessions that did not record their hours: `hours` leaves them out.
    pub hours_unrecorded: Vec<String>,
    pub attendees: i64,
    pub assessed: i64,
    pub passed: i64,
    /// 考核通过率: passed of assessed; none when nobody was assessed.
    pub pass_rate: Option<f64>,
}

/// 复审.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Reviews {
    /// Standards due for review in the period: their next review, counted from the reviews
    /// before the period began, falls in it or is already overdue.
    pub due: Vec<String>,
    /// 复审 decided in the period (by their decision date).
    pub done: Vec<String>,
    /// 复审 begun in the period that hold a proposal only: no decision yet.
    pub in_progress: Vec<String>,
    /// Decisions of those reviews, by decision key.
    pub decisions: BTreeMap<&'static str, Vec<String>>,
}

/// One evaluation of the period with its derived score and grade.
#[derive(Debug, Clone, Serialize)]
pub struct EvaluationFigure {
    pub id: String,
    pub unit: Option<String>,
    pub kind: Option<&'static str>,
    pub score: Option<f64>,
    pub grade: Option<Grade>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Indicators {
    pub scope: Scope,
    /// 在用标准: standards in force at some time in the period, in scope.
    pub standards: Vec<String>,
    /// Standards in force by category id.
    pub standards_by_category: BTreeMap<String, Vec<String>>,
    /// 标准实施率: standards with implementation evidence in the period (a done step-4
    /// activity of a plan covering it, a check or a training naming it) of those in force.
    pub implementation: Ratio,
    /// 定期检查完成率: duty periods falling due in the period (up to the as-of date)
    /// fulfilled by a check, of those owed.
    pub duty_completion: Ratio,
    /// 报送及时率: of the semiannual reports owed for the halves of the period, those handed
    /// in (by the as-of date) on or before the deadline, of those handed in or past it.
    pub submission_timeliness: Ratio,
    /// 检查: checks in the period.
    pub checks: Vec<String>,
    pub checks_by_type: BTreeMap<&'static str, Vec<String>>,
    /// Checks by the cadence of the schedule they fulfil; `unscheduled` for the rest.
    pub checks_by_cadence: BTreeMap<&'static str, Vec<String>>,
    pub conclusions: BTreeMap<&'static str, Vec<String>>,
    /// 符合率: conforming check items of all items checked (`CHK-…#n` is item n).
    pub conformity: Ratio,
    /// By check item of annex 2, in the annex's order; items never checked are left out.
    pub conformity_by_item: Vec<(&'static str, Ratio)>,
    pub nonconformities: Nonconformities,
    pub trainings: Trainings,
    pub reviews: Reviews,
    pub evaluations: Vec<EvaluationFigure>,
    /// 员工考核: `EVAL-…/name` by staff grade key.
    pub staff_grades: BTreeMap<&'static str, Vec<String>>,
    /// 外部满意度: the mean satisfaction of the period's evaluations that give one.
    pub satisfaction: Option<f64>,
    pub satisfaction_sources: Vec<String>,
}

fn id_of<T: crate::model::Record>(r: &T) -> String {
    r.id().value.0.clone()
}

/// The checks in scope: dated in the period (up to the as-of date), of the unit.
pub(crate) fn checks_in<'a>(ledger: &'a Ledger, scope: &Scope) -> Vec<&'a Check> {
    let in_days = scope.day_test();
    ledger
        .checks
        .iter()
        .filter(|c| scope.unit_matches(&c.unit.value) && in_days(c.date.value))
        .collect()
}

/// The nonconformities in scope: found in the period, of the unit.
pub(crate) fn rectifications_in<'a>(ledger: &'a Ledger, scope: &Scope) -> Vec<&'a Rectification> {
    let in_days = scope.day_test();
    ledger
        .rectifications
        .iter()
        .filter(|n| scope.unit_matches(&n.unit.value) && in_days(n.found.value))
        .collect()
}

/// Compute every indicator for a scope.
#[must_use]
pub fn compute(ledger: &Ledger, scope: &Scope) -> Indicators {
    compute_with(ledger, scope, &all_duty_periods(ledger, scope))
}

/// Every duty period of the ledger that can fall due in the scope's period, up to the as-of
/// date: computed once and shared when many scopes of one period are computed (the units of
/// a whole-bureau report).
#[must_use]
pub(crate) fn all_duty_periods<'a>(ledger: &'a Ledger, scope: &Scope) -> Vec<DutyPeriod<'a>> {
    let calendar = WorkCalendar::new(ledger.manifest.as_ref().map(|m| &m.calendar));
    let start = crate::due::ledger_start(ledger, scope.as_of);
    duty_periods(ledger, &calendar, start, scope.days().0, scope.as_of)
}

/// Compute every indicator for a scope, given the ledger's duty periods.
#[must_use]
pub(crate) fn compute_with(
    ledger: &Ledger,
    scope: &Scope,
    periods: &[DutyPeriod<'_>],
) -> Indicators {
    compute_from(ledger, scope, periods, checks_in(ledger, scope))
}

/// [`compute_with`] given the scope's checks too (`checks_in`, in the ledger's order): a
/// whole-bureau report sorts the period's checks by unit once, where each unit's row would
/// otherwise go through every check of the ledger.
#[must_use]
pub(crate) fn compute_from(
    ledger: &Ledger,
    scope: &Scope,
    periods: &[DutyPeriod<'_>],
    checks: Vec<&Check>,
) -> Indicators {
    let standards: Vec<_> = ledger
        .standards
        .iter()
        .filter(|s| scope.standard_in_force(ledger, s))
        .collect();
    let mut standards_by_category: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for s in &standards {
        let cat = crate::model::category::find(&ledger.categories, &s.category.value)
            .map_or_else(|| s.category.value.clone(), |c| c.id.clone());
        standards_by_category
            .entry(cat)
            .or_default()
            .push(id_of(*s));
    }
    let in_force: BTreeSet<&str> = standards.iter().map(|s| s.id.value.as_str()).collect();

    // Implementation evidence per standard.
    let mut evidenced: BTreeSet<&str> = BTreeSet::new();
    for p in &ledger.plans {
        let step4_done = p.activities.iter().any(|a| {
            a.step.as_ref().is_some_and(|s| s.value == 4)
                && a.done.as_ref().is_some_and(|d| scope.contains(d.value))
        });
        // The standards in force were already narrowed to the unit's; a plan's step 4 done
        // in the period is evidence for each standard it covers.
        if step4_done {
            evidenced.extend(p.standards.iter().map(|s| s.value.as_str()));
        }
    }
    for c in &checks {
        evidenced.extend(c.standards.iter().map(|s| s.value.as_str()));
    }
    for t in ledger
        .trainings
        .iter()
        .filter(|t| scope.unit_matches(&t.unit.value) && scope.contains(t.date.value))
    {
        evidenced.extend(t.standards.iter().map(|s| s.value.as_str()));
    }
    let implementation = Ratio {
        num: in_force
            .iter()
            .filter(|s| evidenced.contains(*s))
            .map(|s| (*s).to_owned())
            .collect(),
        den: in_force.iter().map(|s| (*s).to_owned()).collect(),
    };

    let (satisfaction, satisfaction_sources) = satisfaction(ledger, scope);
    Indicators {
        scope: scope.clone(),
        standards: standards.iter().map(|s| id_of(*s)).collect(),
        standards_by_category,
        implementation,
        duty_completion: duty_completion(periods, scope),
        submission_timeliness: submission_timeliness(ledger, scope),
        checks: checks.iter().map(|c| id_of(*c)).collect(),
        checks_by_type: group(&checks, |c| Some(c.check_type.value.key())),
        checks_by_cadence: group(&checks, |c| {
            let schedule = c
                .schedule
                .as_ref()
                .and_then(|s| ledger.manifest.as_ref()?.schedule(s.value.as_str()));
            Some(schedule.map_or("unscheduled", |s| s.cadence.value.key()))
        }),
        conclusions: group(&checks, |c| Some(c.conclusion.value.key())),
        conformity: conformity(&checks, None),
        conformity_by_item: CheckItemKind::ALL
            .iter()
            .map(|k| (k.key(), conformity(&checks, Some(*k))))
            .filter(|(_, r)| !r.den.is_empty())
            .collect(),
        nonconformities: nonconformities(&rectifications_in(ledger, scope), scope.as_of),
        trainings: trainings(ledger, scope),
        reviews: reviews(ledger, scope, &standards),
        evaluations: evaluations(ledger, scope),
        staff_grades: staff_grades(ledger, scope),
        satisfaction,
        satisfaction_sources,
    }
}

fn group<T: crate::model::Record>(
    records: &[&T],
    key: impl Fn(&T) -> Option<&'static str>,
) -> BTreeMap<&'static str, Vec<String>> {
    let mut out: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    for r in records {
        if let Some(k) = key(r) {
            out.entry(k).or_default().push(id_of(*r));
        }
    }
    out
}

pub(crate) fn conformity(checks: &[&Check], only: Option<CheckItemKind>) -> Ratio {
    let mut r = Ratio::default();
    for c in checks {
        for (i, item) in c.items.iter().enumerate() {
            if only.is_some_and(|k| k != item.item.value) {
                continue;
            }
            let tag = format!("{}#{}", c.id.value, i + 1);
            if item.result.value == Conformity::Conform {
                r.num.push(tag.clone());
            }
            r.den.push(tag);
        }
    }
    r
}

fn duty_completion(periods: &[DutyPeriod<'_>], scope: &Scope) -> Ratio {
    let mut r = Ratio::default();
    for p in periods {
        if !scope.unit_matches(p.unit) || !scope.contains(p.due) {
            continue;
        }
        let tag = format!("{}/{}/{}", p.schedule.id.value, p.unit, p.label());
        if let Some(c) = p.fulfilled_by {
            r.num.push(format!("{tag}={}", c.id.value));
        }
        r.den.push(tag);
    }
    r
}

fn submission_timeliness(ledger: &Ledger, scope: &Scope) -> Ratio {
    let mut r = Ratio::default();
    let (first, last) = scope.days();
    let mut half = Period::half_of(first);
    while half.start() <= last {
        for row in super::submissions::for_half(ledger, half, scope.as_of) {
            if !scope.unit_matches(&Id(row.unit.clone())) {
                continue;
            }
            let tag = format!("{half}/{}", row.unit);
            match row.state {
                SubmissionState::OnTime => {
                    let record = row.record.unwrap_or_default();
                    r.num.push(format!("{tag}={record}"));
                    r.den.push(tag);
                }
                SubmissionState::Late | SubmissionState::Missing => r.den.push(tag),
                SubmissionState::Pending | SubmissionState::NotOwed => {}
            }
        }
        let Some(next) = half.end().succ_opt() else {
            break;
        };
        half = Period::half_of(next);
    }
    r
}

fn nonconformities(found: &[&Rectification], as_of: NaiveDate) -> Nonconformities {
    let mut out = Nonconformities::default();
    for n in found {
        let id = id_of(*n);
        let status = n.status(as_of);
        out.found.push(id.clone());
        out.completion.den.push(id.clone());
        out.closure.den.push(id.clone());
        if n.severity() == NcSeverity::Major {
            out.major.push(id.clone());
        }
        out.by_status
            .entry(status.key())
            .or_default()
            .push(id.clone());
        if status == RectificationStatus::Closed {
            out.closure.num.push(id.clone());
        }
        // "Rectified" means the same in both rates: closed, or done and awaiting re-check
        // (a rectification reopened by a failed re-check is not rectified).
        if matches!(
            status,
            RectificationStatus::Closed | RectificationStatus::AwaitingRecheck
        ) {
            out.completion.num.push(id.clone());
            out.on_time.den.push(id.clone());
            if n.completed.as_ref().is_some_and(|c| c.value <= n.due.value) {
                out.on_time.num.push(id);
            }
        }
    }
    out
}

fn trainings(ledger: &Ledger, scope: &Scope) -> Trainings {
    let mut out = Trainings::default();
    for t in ledger
        .trainings
        .iter()
        .filter(|t| scope.unit_matches(&t.unit.value) && scope.contains(t.date.value))
    {
        out.sessions.push(id_of(t));
        match &t.hours {
            Some(h) => out.hours += h.value,
            None => out.hours_unrecorded.push(id_of(t)),
        }
        out.attendees += t.attendees.as_ref().map_or(0, |v| v.value);
        out.assessed += t.assessed.as_ref().map_or(0, |v| v.value);
        out.passed += t.passed.as_ref().map_or(0, |v| v.value);
    }
    #[allow(clippy::cast_precision_loss)]
    {
        out.pass_rate = (out.assessed > 0).then(|| out.passed as f64 / out.assessed as f64);
    }
    out
}

fn reviews(ledger: &Ledger, scope: &Scope, standards: &[&crate::model::Standard]) -> Reviews {
    let mut out = Reviews::default();
    let (start, end) = (scope.period.start(), scope.period.end());
    // Due as the period began: a review done in the period does not make its standard
    // vanish from those that were due, and one overdue from before is still owed.
    let before = start.pred_opt().unwrap_or(start);
    // A standard that went out of force in the period is not reviewed any more.
    for s in standards
        .iter()
        .filter(|s| s.in_force_between(scope.days().1, scope.days().1))
    {
        if ledger.next_review(s, before).is_some_and(|d| d <= end) {
            out.due.push(id_of(*s));
        }
    }
    let in_scope: BTreeSet<&str> = standards.iter().map(|s| s.id.value.as_str()).collect();
    for r in ledger.reviews.iter().filter(|r| {
        r.review_type() == ReviewType::Review && in_scope.contains(r.standard.value.as_str())
    }) {
        match (&r.decision, r.decided()) {
            (Some(d), Some(on)) if scope.contains(on) => {
                out.done.push(id_of(r));
                out.decisions
                    .entry(d.value.key())
                    .or_default()
                    .push(id_of(r));
            }
            (None, _) if scope.contains(r.date.value) => out.in_progress.push(id_of(r)),
            _ => {}
        }
    }
    out
}

/// The evaluations of the period: for the period itself or a part of it.
pub(crate) fn period_evaluations<'a>(
    ledger: &'a Ledger,
    scope: &Scope,
) -> Vec<&'a crate::model::Evaluation> {
    let (start, end) = (scope.period.start(), scope.period.end());
    ledger
        .evaluations
        .iter()
        .filter(|e| start <= e.period.value.start() && e.period.value.end() <= end)
        .filter(|e| {
            scope.unit.is_none()
                || e.unit
                    .as_ref()
                    .is_some_and(|u| scope.unit_matches(&u.value))
        })
        .collect()
}

fn evaluations(ledger: &Ledger, scope: &Scope) -> Vec<EvaluationFigure> {
    let grading = grading(ledger);
    period_evaluations(ledger, scope)
        .into_iter()
        .map(|e| EvaluationFigure::of(e, &grading))
        .collect()
}

/// The manifest's grade thresholds, else the default ones.
pub(crate) fn grading(ledger: &Ledger) -> Grading {
    ledger
        .manifest
        .as_ref()
        .map_or_else(Grading::default, |m| m.grading.clone())
}

impl EvaluationFigure {
    /// An evaluation's figure: its score, given or computed, and the grade it earns.
    pub(crate) fn of(e: &crate::model::Evaluation, grading: &Grading) -> Self {
        let score = e.score();
        Self {
            id: id_of(e),
            unit: e.unit.as_ref().map(|u| u.value.0.clone()),
            kind: e.evaluation_type.as_ref().map(|t| t.value.key()),
            score,
            grade: score.map(|s| grade_of(s, grading)),
        }
    }
}

fn staff_grades(ledger: &Ledger, scope: &Scope) -> BTreeMap<&'static str, Vec<String>> {
    let mut out: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    for e in period_evaluations(ledger, scope) {
        for s in &e.staff {
            out.entry(s.grade.value.key())
                .or_default()
                .push(format!("{}/{}", e.id.value, s.name.value));
        }
    }
    // Every grade appears, with an empty list when no one earned it.
    for g in StaffGrade::ALL {
        out.entry(g.key()).or_default();
    }
    out
}

fn satisfaction(ledger: &Ledger, scope: &Scope) -> (Option<f64>, Vec<String>) {
    let given: Vec<_> = period_evaluations(ledger, scope)
        .into_iter()
        .filter_map(|e| e.satisfaction.as_ref().map(|s| (id_of(e), s.value)))
        .collect();
    let values: Vec<f64> = given.iter().map(|(_, v)| *v).collect();
    (mean(&values), given.into_iter().map(|(id, _)| id).collect())
}
