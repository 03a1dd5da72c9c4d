//! 表 (forms): the paper forms the source document prescribes — 标准实施计划表 (附件1),
//! 检查记录表, 不符合项报告表 and 整改落实情况复查记录表 (附件2), 标准实施评价报告, 持续改进记录表
//! — filled from one record, or blank. Ids are resolved here (units to the manifest's names, standards to
//! their titles and numbers); which box goes where, and its label, is the renderer's.

use chrono::NaiveDate;

use crate::kind::Kind;
use crate::ledger::Ledger;
use crate::message::labels;
use crate::model::category::{self, Category};
use crate::model::evaluation::grade_of;
use crate::model::manifest::Grading;
use crate::model::vocab::{
    CheckItemKind, CheckType, Conformity, EvaluationMethod, EvaluationParty, EvaluationType, Grade,
    NcSeverity, RecheckResult, StaffGrade, Verdict,
};
use crate::model::{Check, Evaluation, Id, Improvement, Period, Plan, Rectification};
use crate::query::rec::all_ids;
use crate::suggest::did_you_mean;

/// One filled (or blank) form, with the organisation whose form it is.
#[derive(Debug, Clone)]
pub struct Form {
    /// The ledger's organisation, e.g. 常州市机关事务管理局; empty without a manifest.
    pub organization: String,
    /// A blank form: boxes to write in instead of values.
    pub blank: bool,
    pub body: FormBody,
}

#[derive(Debug, Clone)]
pub enum FormBody {
    Plan(PlanForm),
    Check(CheckForm),
    Rectification(RectificationForm),
    Evaluation(EvaluationForm),
    Improvement(ImprovementForm),
}

/// A standard as a form shows it: its title and number, or only its id when it is not in
/// the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StandardRef {
    pub id: String,
    pub title: Option<String>,
    pub code: Option<String>,
}

/// 标准实施计划表.
#[derive(Debug, Clone, Default)]
pub struct PlanForm {
    pub id: Option<String>,
    pub title: Option<String>,
    /// The category of the plan's (first) standard: it names the form's two tables.
    pub category: Option<Category>,
    pub scope: Option<String>,
    pub approach: Option<String>,
    pub goals: Option<String>,
    pub resources: Option<String>,
    pub budget_yuan: Option<f64>,
    pub responsible: Option<String>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// 标准实施内容: one row per standard.
    /// 批准人 and 批准日期: the signature box of the leading group.
    pub approved_by: Option<String>,
    pub approved_on: Option<NaiveDate>,
    pub standards: Vec<PlanStandardRow>,
    /// 标准实施程序: the plan's activities, or its category's six steps when it has none.
    pub activities: Vec<ActivityRow>,
}

#[derive(Debug, Clone)]
pub struct PlanStandardRow {
    pub standard: StandardRef,
    /// 归口部门: the standard's owner, else the plan's.
    pub owner: Option<String>,
    /// 组织部门: the standard's organiser, else the plan's.
    pub organizer: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ActivityRow {
    pub step: i64,
    pub activity: String,
    pub responsible: Option<String>,
    pub due: Option<NaiveDate>,
    pub done: Option<NaiveDate>,
    pub note: Option<String>,
}

/// 检查记录表.
#[derive(Debug, Clone, Default)]
pub struct CheckForm {
    pub id: Option<String>,
    /// 被检查处室（单位）
    pub unit: Option<String>,
    /// 负责人或岗位人员姓名
    pub contact: Option<String>,
    pub inspectors: Vec<String>,
    pub date: Option<NaiveDate>,
    pub check_type: Option<CheckType>,
    /// The checking unit's name; none when the unit checked itself.
    pub by: Option<String>,
    /// 检查项目
    pub standards: Vec<StandardRef>,
    pub content: Option<String>,
    /// The annex-2 items; a blank form lists all twelve with no result.
    pub items: Vec<ItemRow>,
    pub record: Option<String>,
    pub conclusion: Option<Conformity>,
    /// The nonconformities reported from this check.
    pub rectifications: Vec<String>,
    /// 附件: the evidence files.
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct ItemRow {
    pub item: CheckItemKind,
    pub result: Option<Conformity>,
    pub note: Option<String>,
}

/// 不符合项报告表, and its 整改落实情况复查记录表 when it was re-checked.
#[derive(Debug, Clone, Default)]
pub struct RectificationForm {
    pub id: Option<String>,
    pub check: Option<CheckRef>,
    pub unit: Option<String>,
    pub standard: Option<StandardRef>,
    pub clause: Option<String>,
    pub found: Option<NaiveDate>,
    pub description: Option<String>,
    pub severity: Option<NcSeverity>,
    pub cause: Option<String>,
    pub measures: Option<String>,
    pub responsible: Option<String>,
    pub due: Option<NaiveDate>,
    pub completed: Option<NaiveDate>,
    pub report: Option<String>,
    /// In the order written.
    pub rechecks: Vec<RecheckRow>,
    /// The result of the latest re-check (by date).
    pub last_result: Option<RecheckResult>,
    /// 附件 of the nonconformity report: the rectification's evidence files.
    pub evidence: Vec<String>,
}

/// The check a nonconformity was found in.
#[derive(Debug, Clone)]
pub struct CheckRef {
    pub id: String,
    pub date: Option<NaiveDate>,
    pub check_type: Option<CheckType>,
}

#[derive(Debug, Clone)]
pub struct RecheckRow {
    pub date: NaiveDate,
    pub by: String,
    pub result: RecheckResult,
    pub note: Option<String>,
    pub evidence: Vec<String>,
}

/// 标准实施评价报告.
#[derive(Debug, Clone, Default)]
pub struct EvaluationForm {
    pub id: Option<String>,
    /// 被评价单位, by name.
    pub unit: Option<String>,
    pub period: Option<Period>,
    pub date: Option<NaiveDate>,
    pub standards: Vec<StandardRef>,
    pub evaluation_type: Option<EvaluationType>,
    pub party: Option<EvaluationParty>,
    /// The manifest's evaluation plan by its name (its id when it has none or is unknown).
    pub plan: Option<String>,
    pub evaluators: Vec<String>,
    pub methods: Vec<EvaluationMethod>,
    pub sampling_plan: Option<String>,
    pub population: Option<i64>,
    pub sample_size: Option<i64>,
    pub indicators: Vec<IndicatorRow>,
    /// The score written, else the one the indicators give.
    pub score: Option<Stated<f64>>,
    /// The grade written, else the one the score earns under the manifest's `[grading]`.
    pub grade: Option<Stated<Grade>>,
    pub verdict: Option<Verdict>,
    pub staff: Vec<StaffRow>,
    /// 满意度, in percent.
    pub satisfaction: Option<f64>,
    pub findings: Option<String>,
    pub recommendations: Option<String>,
    pub evidence: Vec<String>,
}

/// A value a record may write or leave to be derived, with which it was.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stated<T> {
    pub value: T,
    /// Written in the record; derived otherwise.
    pub written: bool,
}

/// One indicator of an evaluation, with its score out of 100.
#[derive(Debug, Clone)]
pub struct IndicatorRow {
    pub name: String,
    pub target: Option<f64>,
    pub actual: Option<f64>,
    pub unit: Option<String>,
    pub weight: Option<f64>,
    /// A qualitative indicator's result.
    pub passed: Option<bool>,
    pub score: Option<f64>,
}

/// One staff member's grade (员工考核).
#[derive(Debug, Clone)]
pub struct StaffRow {
    pub name: String,
    pub grade: StaffGrade,
}

/// 持续改进记录表.
#[derive(Debug, Clone, Default)]
pub struct ImprovementForm {
    pub id: Option<String>,
    pub standard: Option<StandardRef>,
    /// The evaluation, check or rectification that started the round, with its kind when it
    /// is in the ledger.
    pub source: Option<(String, Option<Kind>)>,
    pub round: Option<i64>,
    pub date: Option<NaiveDate>,
    pub plan: Option<String>,
    pub measures: Option<String>,
    pub verified: Option<NaiveDate>,
    pub effective: Option<bool>,
    pub next: Option<String>,
    /// 原因分析: why the round did not work.
    pub causes: Option<String>,
    /// 下一轮开始日期.
    pub next_round: Option<NaiveDate>,
    pub reviewed_by: Vec<String>,
    pub reviewed_on: Option<NaiveDate>,
    pub evidence: Vec<String>,
}

pub(crate) use crate::error::FormError;

/// The form of the record with an id.
///
/// # Errors
/// [`FormError`] when no record has the id, it could not be read, or its kind has no form.
pub fn for_record(ledger: &Ledger, id: &str) -> Result<Form, FormError> {
    let Some(found) = ledger.lookup(id) else {
        if ledger.is_broken(id) {
            return Err(FormError::Unreadable { id: id.to_owned() });
        }
        let near = did_you_mean(id, all_ids(ledger).into_iter()).map(str::to_owned);
        return Err(FormError::Unknown {
            id: id.to_owned(),
            near,
        });
    };
    let i = found.index;
    let body = match found.kind {
        Kind::Plan => ledger.plans.get(i).map(|p| FormBody::Plan(plan(ledger, p))),
        Kind::Check => ledger
            .checks
            .get(i)
            .map(|c| FormBody::Check(check(ledger, c))),
        Kind::Rectification => ledger
            .rectifications
            .get(i)
            .map(|r| FormBody::Rectification(rectification(ledger, r))),
        Kind::Evaluation => ledger
            .evaluations
            .get(i)
            .map(|e| FormBody::Evaluation(evaluation(ledger, e))),
        Kind::Improvement => ledger
            .improvements
            .get(i)
            .map(|m| FormBody::Improvement(improvement(ledger, m))),
        kind => {
            return Err(FormError::NoForm {
                kind,
                id: Some(id.to_owned()),
            });
        }
    };
    let body = body.ok_or_else(|| FormError::Unreadable { id: id.to_owned() })?;
    Ok(Form {
        organization: organization(ledger),
        blank: false,
        body,
    })
}

/// The empty form of a kind; a plan's shows the six steps of `category` (an id or a Chinese
/// name; default `service`). Without a ledger the built-in categories are used.
///
/// # Errors
/// [`FormError`] when the kind has no form or the category is unknown.
pub fn blank(
    ledger: Option<&Ledger>,
    kind: Kind,
    category: Option<&str>,
) -> Result<Form, FormError> {
    let body = match kind {
        Kind::Plan => {
            let categories = ledger
                .map(|l| l.categories.clone())
                .filter(|c| !c.is_empty())
                .unwrap_or_else(category::builtin);
            let value = category.unwrap_or("service");
            let Some(c) = category::find(&categories, value) else {
                return Err(FormError::UnknownCategory {
                    value: value.to_owned(),
                    known: categories
                        .iter()
                        .map(|c| labels::id_with_name(&c.id, &c.name))
                        .collect(),
                });
            };
            FormBody::Plan(PlanForm {
                activities: steps(c),
                category: Some(c.clone()),
                ..PlanForm::default()
            })
        }
        Kind::Check => FormBody::Check(CheckForm {
            items: CheckItemKind::ALL
                .iter()
                .map(|&item| ItemRow {
                    item,
                    result: None,
                    note: None,
                })
                .collect(),
            ..CheckForm::default()
        }),
        Kind::Rectification => FormBody::Rectification(RectificationForm::default()),
        Kind::Evaluation => FormBody::Evaluation(EvaluationForm::default()),
        Kind::Improvement => FormBody::Improvement(ImprovementForm::default()),
        kind => return Err(FormError::NoForm { kind, id: None }),
    };
    Ok(Form {
        organization: ledger.map(organization).unwrap_or_default(),
        blank: true,
        body,
    })
}

fn organization(ledger: &Ledger) -> String {
    ledger
        .manifest
        .as_ref()
        .map_or_else(String::new, |m| m.organization.value.clone())
}

fn unit_name(ledger: &Ledger, id: &Id) -> String {
    ledger
        .manifest
        .as_ref()
        .and_then(|m| m.unit(id.as_str()))
        .map_or_else(|| id.0.clone(), |u| u.name.value.clone())
}

fn standard_ref(ledger: &Ledger, id: &Id) -> StandardRef {
    let s = ledger.standard(id.as_str());
    StandardRef {
        id: id.0.clone(),
        title: s.map(|s| s.title.value.clone()),
        code: s.and_then(|s| s.code.as_ref().map(|c| c.value.clone())),
    }
}

fn text(v: Option<&crate::span::Sp<String>>) -> Option<String> {
    v.map(|s| s.value.clone())
}

/// A category's steps as empty procedure rows.
fn steps(c: &Category) -> Vec<ActivityRow> {
    c.steps
        .iter()
        .zip(1..)
        .map(|(s, n)| ActivityRow {
            step: n,
            activity: s.clone(),
            responsible: None,
            due: None,
            done: None,
            note: None,
        })
        .collect()
}

fn plan(ledger: &Ledger, p: &Plan) -> PlanForm {
    let category = p
        .standards
        .iter()
        .find_map(|s| ledger.standard(s.value.as_str()))
        .and_then(|s| category::find(&ledger.categories, &s.category.value))
        .cloned();
    let standards = p
        .standards
        .iter()
        .map(|s| {
            let found = ledger.standard(s.value.as_str());
            let owner = found
                .map(|f| &f.owner.value)
                .or(p.owner.as_ref().map(|o| &o.value));
            let organizer = found
                .and_then(|f| f.organizer.as_ref())
                .or(p.organizer.as_ref())
                .map(|o| &o.value);
            PlanStandardRow {
                standard: standard_ref(ledger, &s.value),
                owner: owner.map(|o| unit_name(ledger, o)),
                organizer: organizer.map(|o| unit_name(ledger, o)),
            }
        })
        .collect();
    let mut activities: Vec<ActivityRow> = p
        .steps()
        .map(|(step, a)| ActivityRow {
            step,
            activity: a.activity.value.clone(),
            responsible: text(a.responsible.as_ref()),
            due: a.due.as_ref().map(|d| d.value),
            done: a.done.as_ref().map(|d| d.value),
            note: text(a.note.as_ref()),
        })
        .collect();
    if activities.is_empty() {
        activities = category.as_ref().map(steps).unwrap_or_default();
    }
    PlanForm {
        id: Some(p.id.value.0.clone()),
        title: text(p.title.as_ref()),
        category,
        scope: text(p.scope.as_ref()),
        approach: text(p.approach.as_ref()),
        goals: text(p.goals.as_ref()),
        resources: text(p.resources.as_ref()),
        budget_yuan: p.budget_yuan.as_ref().map(|b| b.value),
        responsible: text(p.responsible.as_ref()),
        start: p.start.as_ref().map(|d| d.value),
        end: p.end.as_ref().map(|d| d.value),
        approved_by: text(p.approved_by.as_ref()),
        approved_on: p.approved_on.as_ref().map(|d| d.value),
        standards,
        activities,
    }
}

fn check(ledger: &Ledger, c: &Check) -> CheckForm {
    let mut rectifications: Vec<String> = ledger
        .rectifications
        .iter()
        .filter(|r| r.check.as_ref().is_some_and(|x| x.value == c.id.value))
        .map(|r| r.id.value.0.clone())
        .collect();
    rectifications.sort();
    CheckForm {
        id: Some(c.id.value.0.clone()),
        unit: Some(unit_name(ledger, &c.unit.value)),
        contact: text(c.contact.as_ref()),
        inspectors: c.inspectors.iter().map(|i| i.value.clone()).collect(),
        date: Some(c.date.value),
        check_type: Some(c.check_type.value),
        by: c.by.as_ref().map(|b| unit_name(ledger, &b.value)),
        standards: c
            .standards
            .iter()
            .map(|s| standard_ref(ledger, &s.value))
            .collect(),
        content: text(c.content.as_ref()),
        items: c
            .items
            .iter()
            .map(|i| ItemRow {
                item: i.item.value,
                result: Some(i.result.value),
                note: text(i.note.as_ref()),
            })
            .collect(),
        record: text(c.record.as_ref()),
        conclusion: Some(c.conclusion.value),
        rectifications,
        evidence: paths(&c.evidence),
    }
}

fn rectification(ledger: &Ledger, r: &Rectification) -> RectificationForm {
    RectificationForm {
        id: Some(r.id.value.0.clone()),
        check: r.check.as_ref().map(|c| {
            let found = ledger.check(c.value.as_str());
            CheckRef {
                id: c.value.0.clone(),
                date: found.map(|f| f.date.value),
                check_type: found.map(|f| f.check_type.value),
            }
        }),
        unit: Some(unit_name(ledger, &r.unit.value)),
        standard: r.standard.as_ref().map(|s| standard_ref(ledger, &s.value)),
        clause: text(r.clause.as_ref()),
        found: Some(r.found.value),
        description: Some(r.description.value.clone()),
        severity: Some(r.severity()),
        cause: text(r.cause.as_ref()),
        measures: text(r.measures.as_ref()),
        responsible: text(r.responsible.as_ref()),
        due: Some(r.due.value),
        completed: r.completed.as_ref().map(|d| d.value),
        report: text(r.report.as_ref()),
        rechecks: r
            .rechecks
            .iter()
            .map(|c| RecheckRow {
                date: c.date.value,
                by: c.by.value.clone(),
                result: c.result.value,
                note: text(c.note.as_ref()),
                evidence: paths(&c.evidence),
            })
            .collect(),
        last_result: r.last_recheck().map(|c| c.result.value),
        evidence: paths(&r.evidence),
    }
}

fn improvement(ledger: &Ledger, m: &Improvement) -> ImprovementForm {
    ImprovementForm {
        id: Some(m.id.value.0.clone()),
        standard: Some(standard_ref(ledger, &m.standard.value)),
        source: m.source.as_ref().map(|s| {
            (
                s.value.0.clone(),
                ledger.lookup(s.value.as_str()).map(|r| r.kind),
            )
        }),
        round: m.round.as_ref().map(|r| r.value),
        date: m.date.as_ref().map(|d| d.value),
        plan: text(m.plan.as_ref()),
        measures: text(m.measures.as_ref()),
        verified: m.verified.as_ref().map(|d| d.value),
        effective: m.effective.as_ref().map(|e| e.value),
        next: text(m.next.as_ref()),
        causes: text(m.causes.as_ref()),
        next_round: m.next_round.as_ref().map(|d| d.value),
        reviewed_by: m.reviewed_by.iter().map(|r| r.value.clone()).collect(),
        reviewed_on: m.reviewed_on.as_ref().map(|d| d.value),
        evidence: paths(&m.evidence),
    }
}

fn evaluation(ledger: &Ledger, e: &Evaluation) -> EvaluationForm {
    let grading = ledger
        .manifest
        .as_ref()
        .map_or_else(Grading::default, |m| m.grading.clone());
    let score = e.score().map(|value| Stated {
        value,
        written: e.score.is_some(),
    });
    let grade = match (&e.grade, &score) {
        (Some(g), _) => Some(Stated {
            value: g.value,
            written: true,
        }),
        (None, Some(s)) => Some(Stated {
            value: grade_of(s.value, &grading),
            written: false,
        }),
        (None, None) => None,
    };
    let plan = e.plan.as_ref().map(|p| {
        ledger
            .manifest
            .as_ref()
            .and_then(|m| m.evaluation_plans.iter().find(|x| x.id.value == p.value))
            .and_then(|x| x.name.as_ref())
            .map_or_else(|| p.value.0.clone(), |n| n.value.clone())
    });
    EvaluationForm {
        id: Some(e.id.value.0.clone()),
        unit: e.unit.as_ref().map(|u| unit_name(ledger, &u.value)),
        period: Some(e.period.value),
        date: e.date.as_ref().map(|d| d.value),
        standards: e
            .standards
            .iter()
            .map(|s| standard_ref(ledger, &s.value))
            .collect(),
        evaluation_type: e.evaluation_type.as_ref().map(|t| t.value),
        party: e.party.as_ref().map(|p| p.value),
        plan,
        evaluators: e.evaluators.iter().map(|x| x.value.clone()).collect(),
        methods: e.methods.iter().map(|m| m.value).collect(),
        sampling_plan: text(e.sampling_plan.as_ref()),
        population: e.population.as_ref().map(|p| p.value),
        sample_size: e.sample_size.as_ref().map(|s| s.value),
        indicators: e
            .indicators
            .iter()
            .map(|i| IndicatorRow {
                name: i.name.value.clone(),
                target: i.target.as_ref().map(|t| t.value),
                actual: i.actual.as_ref().map(|a| a.value),
                unit: text(i.unit.as_ref()),
                weight: i.weight.as_ref().map(|w| w.value),
                passed: i.passed.as_ref().map(|p| p.value),
                score: i.score(),
            })
            .collect(),
        score,
        grade,
        verdict: e.verdict.as_ref().map(|v| v.value),
        staff: e
            .staff
            .iter()
            .map(|s| StaffRow {
                name: s.name.value.clone(),
                grade: s.grade.value,
            })
            .collect(),
        satisfaction: e.satisfaction.as_ref().map(|s| s.value),
        findings: text(e.findings.as_ref()),
        recommendations: text(e.recommendations.as_ref()),
        evidence: paths(&e.evidence),
    }
}

/// The evidence paths as written.
fn paths(evidence: &[crate::span::Sp<String>]) -> Vec<String> {
    evidence.iter().map(|e| e.value.clone()).collect()
}
