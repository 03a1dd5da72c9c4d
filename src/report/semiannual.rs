//! 标准落地实施情况报告: the semiannual report the guidance demands (每年6月底和12月底),
//! as data — 基本情况, 实施频率, 实施范围, 实施成效, 存在问题, 下一步工作 — for the whole
//! bureau or one unit.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::Ratio;
use super::indicators::{self, Indicators, checks_in, rectifications_in};
use super::scope::Scope;
use super::submissions::{self, SubmissionRow};
use crate::due::duties::DutyPeriod;
use crate::due::{self, DueItem};
use crate::ledger::Ledger;
use crate::model::evaluation::grade_of;
use crate::model::manifest::Grading;
use crate::model::vocab::{Conformity, Grade, RectificationStatus, StandardStatus};
use crate::model::{Check, Period, Plan, Rectification, Training};
use crate::narrative::{self, Found, Narrative};

/// One row of the per-standard table.
#[derive(Debug, Clone, Serialize)]
pub struct StandardRow {
    pub id: String,
    pub title: String,
    /// 标准编号 (GB/T 1.1-2020), when the standard has one.
    pub code: Option<String>,
    pub category: String,
    pub owner: String,
    pub status: StandardStatus,
    /// Checks of the period naming the standard.
    pub checks: Vec<String>,
    /// Of those, the ones concluding `conform`.
    pub conforming: Ratio,
    pub nonconformities: Vec<String>,
    /// Of those, the ones not closed by the as-of date.
    pub open_nonconformities: Vec<String>,
    pub trainings: Vec<String>,
    /// The latest plan covering the standard: id, activities done, activities in all.
    pub plan: Option<(String, usize, usize)>,
}

/// One row of the table comparing units (whole-bureau reports only).
#[derive(Debug, Clone, Serialize)]
pub struct UnitRow {
    pub id: String,
    pub name: String,
    pub standards_led: Vec<String>,
    pub checks: Vec<String>,
    pub conformity: Ratio,
    pub nonconformities: Vec<String>,
    pub closed: Vec<String>,
    pub overdue: Vec<String>,
    pub duty_completion: Ratio,
    /// Where the unit stands with its report for the period, when the period is a half year
    /// (`null` for other periods): owed or not, handed in on time, late, or not yet.
    pub submission: Option<SubmissionRow>,
    pub score: Option<f64>,
    pub grade: Option<Grade>,
}

/// Rectifications by status at the end of each month of the period (up to the as-of date).
#[derive(Debug, Clone, Serialize)]
pub struct MonthStatus {
    pub month: String,
    pub open: usize,
    pub overdue: usize,
    pub awaiting_recheck: usize,
    pub reopened: usize,
    pub closed: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct SemiannualReport {
    pub organization: String,
    pub unit: Option<(String, String)>,
    pub as_of: NaiveDate,
    pub period: Period,
    /// Every category: id, Chinese name, English name.
    pub categories: Vec<(String, String, String)>,
    /// Files that could not be read completely: the report says so at the top.
    pub incomplete: Vec<String>,
    pub indicators: Indicators,
    pub standards: Vec<StandardRow>,
    pub units: Vec<UnitRow>,
    pub rectification_months: Vec<MonthStatus>,
    /// 存在问题: everything overdue on the as-of date, in scope. (Serialized by the renderer,
    /// which writes the descriptions in the report's language.)
    #[serde(skip)]
    pub problems: Vec<DueItem>,
    /// Nonconforming check items of the period whose rectification is not closed.
    pub open_findings: Vec<(String, String)>,
    /// Evaluations' findings (存在问题) and recommendations (意见建议), by evaluation id.
    pub findings: Vec<(String, String)>,
    pub recommendations: Vec<(String, String)>,
    /// 下一步工作: what falls due in the three months after the as-of date, in scope.
    #[serde(skip)]
    pub next: Vec<DueItem>,
    /// Every unit's name by id, so the document names units, never ids.
    #[serde(skip)]
    pub unit_names: BTreeMap<String, String>,
    /// `[report]`: to whom the report goes, who signs it, the title's pattern.
    #[serde(skip)]
    pub addressee: Option<String>,
    #[serde(skip)]
    pub signatory: String,
    #[serde(skip)]
    pub title_pattern: Option<String>,
    /// The section's (or the unit's) own words for the period: `reports/2026H1.md`, or
    /// `reports/2026H1/office.md` for a unit.
    #[serde(skip)]
    pub narrative: Found,
    /// Where the narrative is, relative to the ledger's root.
    #[serde(skip)]
    pub narrative_file: String,
    /// Whole-bureau reports of a half year: each owing unit's report, handed in or not.
    #[serde(skip)]
    pub submissions: Vec<SubmissionRow>,
    /// The units' narratives to append (`--attach-units`): unit name and narrative, in id
    /// order, those that have one.
    #[serde(skip)]
    pub attachments: Vec<(String, Narrative)>,
}

/// What the report gathers beyond the figures.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Append the units' narratives (whole-bureau reports only).
    pub attach_units: bool,
}

/// Build the report with the default options. `incomplete` lists the files that failed to
/// load.
#[must_use]
pub fn build(ledger: &Ledger, scope: &Scope, incomplete: Vec<String>) -> SemiannualReport {
    build_with(ledger, scope, incomplete, Options::default())
}

/// Build the report. `incomplete` lists the files that failed to load.
#[must_use]
pub fn build_with(
    ledger: &Ledger,
    scope: &Scope,
    incomplete: Vec<String>,
    options: Options,
) -> SemiannualReport {
    // The duty periods are walked once, for the indicators and for the due list.
    let walked = due::Periods::walk(ledger, scope.days().0, scope.as_of);
    let periods = walked.from(scope.days().0);
    let ind = indicators::compute_with(ledger, scope, &periods);
    let manifest = ledger.manifest.as_ref();
    let unit = scope.unit.as_ref().map(|u| {
        let name = manifest
            .and_then(|m| m.unit(u.as_str()))
            .map_or_else(|| u.0.clone(), |x| x.name.value.clone());
        (u.0.clone(), name)
    });
    let due = due::due_with(ledger, scope.as_of, &walked);
    let in_unit = |i: &&DueItem| {
        scope.unit.is_none() || i.unit.as_ref().is_some_and(|u| scope.unit_matches(u))
    };
    let horizon = scope
        .as_of
        .checked_add_months(chrono::Months::new(3))
        .unwrap_or(scope.as_of);
    let problems: Vec<DueItem> = due
        .iter()
        .filter(in_unit)
        .filter(|i| i.is_overdue())
        .cloned()
        .collect();
    let next: Vec<DueItem> = due
        .iter()
        .filter(in_unit)
        .filter(|i| !i.is_overdue() && i.due <= horizon)
        .cloned()
        .collect();
    let evaluations: Vec<_> = ind
        .evaluations
        .iter()
        .filter_map(|f| ledger.evaluations.iter().find(|e| e.id.value.0 == f.id))
        .collect();
    let findings = evaluations
        .iter()
        .filter_map(|e| {
            e.findings
                .as_ref()
                .map(|t| (e.id.value.0.clone(), t.value.clone()))
        })
        .collect();
    let recommendations = evaluations
        .iter()
        .filter_map(|e| {
            e.recommendations
                .as_ref()
                .map(|t| (e.id.value.0.clone(), t.value.clone()))
        })
        .collect();
    let organization = manifest.map_or_else(String::new, |m| m.organization.value.clone());
    let settings = manifest.map(|m| &m.report);
    let unit_names: BTreeMap<String, String> = manifest
        .map(|m| {
            m.units
                .iter()
                .map(|u| (u.id.value.0.clone(), u.name.value.clone()))
                .collect()
        })
        .unwrap_or_default();
    // One unit's report is signed by the unit; the bureau's by `[report]`'s signatory, else
    // the organisation.
    let signatory = match &unit {
        Some((_, name)) => name.clone(),
        None => settings
            .and_then(|s| s.signatory.as_ref())
            .map_or_else(|| organization.clone(), |s| s.value.clone()),
    };
    let unit_id = scope.unit.as_ref().map(|u| u.as_str());
    let half = matches!(scope.period, Period::Half(..));
    // Every unit that owes the half's report or handed one in, in the manifest's order.
    let submissions = match manifest {
        Some(m) if half && scope.unit.is_none() => {
            let owing = submissions::for_half(ledger, scope.period, scope.as_of);
            m.units
                .iter()
                .filter_map(|u| {
                    let id = u.id.value.as_str();
                    owing.iter().find(|r| r.unit == id).cloned().or_else(|| {
                        let row = submissions::of_unit(
                            ledger,
                            id,
                            &u.name.value,
                            scope.period,
                            scope.as_of,
                        );
                        (row.state != submissions::SubmissionState::NotOwed).then_some(row)
                    })
                })
                .collect()
        }
        _ => Vec::new(),
    };
    let attachments = if options.attach_units && scope.unit.is_none() {
        unit_names
            .iter()
            .filter_map(
                |(id, name)| match narrative::read(&ledger.root, scope.period, Some(id)) {
                    Found::Read(n) => Some((name.clone(), n)),
                    Found::Missing | Found::Problem(_) => None,
                },
            )
            .collect()
    } else {
        Vec::new()
    };
    SemiannualReport {
        narrative: narrative::read(&ledger.root, scope.period, unit_id),
        narrative_file: narrative::rel_path(scope.period, unit_id),
        addressee: settings
            .and_then(|s| s.addressee.as_ref())
            .map(|a| a.value.clone()),
        signatory,
        title_pattern: settings
            .and_then(|s| s.title.as_ref())
            .map(|t| t.value.clone()),
        unit_names,
        submissions,
        attachments,
        organization,
        unit,
        as_of: scope.as_of,
        period: scope.period,
        categories: ledger
            .categories
            .iter()
            .map(|c| (c.id.clone(), c.name.clone(), c.name_en.clone()))
            .collect(),
        incomplete,
        standards: standard_rows(ledger, scope, &ind),
        units: if scope.unit.is_none() {
            unit_rows(ledger, scope, &periods)
        } else {
            Vec::new()
        },
        rectification_months: months(ledger, scope),
        problems,
        open_findings: open_findings(ledger, scope),
        findings,
        recommendations,
        next,
        indicators: ind,
    }
}

/// Records grouped by the standards they name, so each standard's row is a lookup and not a
/// scan of the whole ledger.
fn by_standard<'a, T>(
    records: impl Iterator<Item = &'a T>,
    standards: impl Fn(&'a T) -> Vec<&'a str>,
) -> HashMap<&'a str, Vec<&'a T>>
where
    T: 'a,
{
    let mut out: HashMap<&str, Vec<&T>> = HashMap::new();
    for r in records {
        for s in standards(r) {
            out.entry(s).or_default().push(r);
        }
    }
    out
}

fn standard_rows(ledger: &Ledger, scope: &Scope, ind: &Indicators) -> Vec<StandardRow> {
    let checks = by_standard(checks_in(ledger, scope).into_iter(), |c: &Check| {
        c.standards.iter().map(|x| x.value.as_str()).collect()
    });
    let rects = by_standard(
        rectifications_in(ledger, scope).into_iter(),
        |n: &Rectification| n.standard.iter().map(|x| x.value.as_str()).collect(),
    );
    let trainings = by_standard(
        ledger
            .trainings
            .iter()
            .filter(|t| scope.unit_matches(&t.unit.value) && scope.contains(t.date.value)),
        |t: &Training| t.standards.iter().map(|x| x.value.as_str()).collect(),
    );
    let plans = by_standard(ledger.plans.iter(), |p: &Plan| {
        p.standards.iter().map(|x| x.value.as_str()).collect()
    });
    let none = Vec::new();
    ind.standards
        .iter()
        .filter_map(|id| ledger.standard(id))
        .map(|s| {
            let sid = s.id.value.as_str();
            let mine = checks.get(sid).unwrap_or(&none);
            let ncs = rects.get(sid).map_or(&[][..], Vec::as_slice);
            let plan = plans
                .get(sid)
                .and_then(|ps| {
                    ps.iter()
                        .max_by_key(|p| (p.start.as_ref().map(|d| d.value), p.id.value.0.clone()))
                })
                .map(|p| {
                    let done = p
                        .activities
                        .iter()
                        .filter(|a| a.done.as_ref().is_some_and(|d| d.value <= scope.as_of))
                        .count();
                    (p.id.value.0.clone(), done, p.activities.len())
                });
            StandardRow {
                id: sid.to_owned(),
                title: s.title.value.clone(),
                code: s.code.as_ref().map(|c| c.value.clone()),
                category: crate::model::category::find(&ledger.categories, &s.category.value)
                    .map_or_else(|| s.category.value.clone(), |c| c.id.clone()),
                owner: s.owner.value.0.clone(),
                status: s.status.value,
                checks: mine.iter().map(|c| c.id.value.0.clone()).collect(),
                conforming: Ratio {
                    num: mine
                        .iter()
                        .filter(|c| c.conclusion.value == Conformity::Conform)
                        .map(|c| c.id.value.0.clone())
                        .collect(),
                    den: mine.iter().map(|c| c.id.value.0.clone()).collect(),
                },
                nonconformities: ncs.iter().map(|n| n.id.value.0.clone()).collect(),
                open_nonconformities: ncs
                    .iter()
                    .filter(|n| n.status(scope.as_of) != RectificationStatus::Closed)
                    .map(|n| n.id.value.0.clone())
                    .collect(),
                trainings: trainings
                    .get(sid)
                    .map(|ts| ts.iter().map(|t| t.id.value.0.clone()).collect())
                    .unwrap_or_default(),
                plan,
            }
        })
        .collect()
}

fn unit_rows(ledger: &Ledger, scope: &Scope, periods: &[DutyPeriod<'_>]) -> Vec<UnitRow> {
    let Some(manifest) = &ledger.manifest else {
        return Vec::new();
    };
    let grading = manifest.grading.clone();
    // The period's checks by unit, each unit's in the ledger's order: what `checks_in` gives
    // for the unit's scope.
    let mut checks_of: HashMap<&str, Vec<&Check>> = HashMap::new();
    for c in checks_in(ledger, scope) {
        checks_of.entry(c.unit.value.as_str()).or_default().push(c);
    }
    manifest
        .units
        .iter()
        .map(|u| {
            let unit_scope = Scope {
                unit: Some(u.id.value.clone()),
                ..scope.clone()
            };
            let checks = checks_of
                .get(u.id.value.as_str())
                .cloned()
                .unwrap_or_default();
            let ind = indicators::compute_from(ledger, &unit_scope, periods, checks);
            let led: Vec<String> = ledger
                .standards
                .iter()
                .filter(|s| s.owner.value == u.id.value && unit_scope.standard_in_force(ledger, s))
                .map(|s| s.id.value.0.clone())
                .collect();
            let submission = matches!(scope.period, Period::Half(..)).then(|| {
                submissions::of_unit(
                    ledger,
                    u.id.value.as_str(),
                    &u.name.value,
                    scope.period,
                    scope.as_of,
                )
            });
            let scores: Vec<f64> = ind.evaluations.iter().filter_map(|e| e.score).collect();
            let score = super::mean(&scores);
            let nc = &ind.nonconformities;
            UnitRow {
                id: u.id.value.0.clone(),
                name: u.name.value.clone(),
                standards_led: led,
                checks: ind.checks.clone(),
                conformity: ind.conformity.clone(),
                nonconformities: nc.found.clone(),
                closed: nc
                    .by_status
                    .get(RectificationStatus::Closed.key())
                    .cloned()
                    .unwrap_or_default(),
                overdue: nc
                    .by_status
                    .get(RectificationStatus::Overdue.key())
                    .cloned()
                    .unwrap_or_default(),
                duty_completion: ind.duty_completion.clone(),
                submission,
                score,
                grade: score.map(|s| grade_of(s, &grading)),
            }
        })
        .filter(|r| {
            !r.standards_led.is_empty()
                || !r.checks.is_empty()
                || !r.nonconformities.is_empty()
                || !r.duty_completion.den.is_empty()
        })
        .collect()
}

/// Rectification statuses at each month end of the period, for the chart.
fn months(ledger: &Ledger, scope: &Scope) -> Vec<MonthStatus> {
    let (start, end) = scope.days();
    let mut out = Vec::new();
    let mut month = Period::Month(start.year(), u8::try_from(start.month()).unwrap_or(1));
    while month.start() <= end {
        let day = month.end().min(end);
        let mut row = MonthStatus {
            month: month.to_string(),
            open: 0,
            overdue: 0,
            awaiting_recheck: 0,
            reopened: 0,
            closed: 0,
        };
        for n in ledger.rectifications.iter().filter(|n| {
            start <= n.found.value && n.found.value <= day && scope.unit_matches(&n.unit.value)
        }) {
            match n.status(day) {
                RectificationStatus::Open => row.open += 1,
                RectificationStatus::Overdue => row.overdue += 1,
                RectificationStatus::AwaitingRecheck => row.awaiting_recheck += 1,
                RectificationStatus::Reopened => row.reopened += 1,
                RectificationStatus::Closed => row.closed += 1,
            }
        }
        out.push(row);
        let Some(next) = month.end().succ_opt() else {
            break;
        };
        month = Period::Month(next.year(), u8::try_from(next.month()).unwrap_or(1));
    }
    out
}

/// Nonconforming items of the period's checks whose rectification is not closed.
fn open_findings(ledger: &Ledger, scope: &Scope) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut by_check: HashMap<&str, Vec<&Rectification>> = HashMap::new();
    for n in &ledger.rectifications {
        if let Some(c) = &n.check {
            by_check.entry(c.value.as_str()).or_default().push(n);
        }
    }
    for c in checks_in(ledger, scope) {
        if c.conclusion.value == Conformity::Conform {
            continue;
        }
        let rects = by_check
            .get(c.id.value.as_str())
            .map_or(&[][..], Vec::as_slice);
        let open: Vec<_> = rects
            .iter()
            .filter(|n| n.status(scope.as_of) != RectificationStatus::Closed)
            .collect();
        if rects.is_empty() {
            out.push((
                c.id.value.0.clone(),
                c.record
                    .as_ref()
                    .map_or_else(String::new, |r| r.value.clone()),
            ));
        }
        for n in open {
            out.push((n.id.value.0.clone(), n.description.value.clone()));
        }
    }
    out
}

/// The grading in force, for renderers that show thresholds.
#[must_use]
pub fn grading(ledger: &Ledger) -> Grading {
    ledger
        .manifest
        .as_ref()
        .map_or_else(Grading::default, |m| m.grading.clone())
}
