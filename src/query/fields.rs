//! Every field of a record as a row of typed cells, with the values derived from the ledger:
//! what `gbsw export` writes and `gbsw show` shows. Each kind has its columns, in the order of
//! docs/records.md, then its derived columns; `cells` gives a record's values in that order.

use chrono::NaiveDate;

use super::cell::{Cell, Column, Sheet};
use super::rec::Rec;
use crate::kind::Kind;
use crate::ledger::Ledger;
use crate::model::evaluation::grade_of;
use crate::model::manifest::Grading;
use crate::model::vocab::{Grade, StandardStatus, Vocab};
use crate::model::{
    Check, Evaluation, Id, Improvement, Plan, Rectification, Review, Standard, Submission,
    Training, category,
};
use crate::span::Sp;

const fn f(key: &'static str, zh: &'static str) -> Column {
    Column::field(key, zh)
}

const fn d(key: &'static str, zh: &'static str) -> Column {
    Column::derived(key, zh)
}

const ID: Column = f("id", "编号");
const UNIT_NAME: Column = d("unit_name", "单位名称");

const STANDARD: &[Column] = &[
    ID,
    f("title", "标准名称"),
    f("category", "类别"),
    f("status", "状态"),
    f("code", "标准编号"),
    f("origin", "来源"),
    f("owner", "归口部门"),
    f("organizer", "组织部门"),
    f("implementers", "实施范围"),
    f("published", "发布日期"),
    f("effective", "实施日期"),
    f("abolished", "废止日期"),
    f("review_cycle_years", "复审周期（年）"),
    f("related", "配套标准"),
    f("methods", "实施方法"),
    f("contracts", "写入的招标文件、合同"),
    f("supersedes", "替代的标准"),
    f("note", "备注"),
    d("category_name", "类别名称"),
    d("next_review", "下次复审"),
];

const PLAN: &[Column] = &[
    ID,
    f("title", "计划名称"),
    f("standards", "实施的标准"),
    f("scope", "实施范围"),
    f("approach", "实施方式和要求"),
    f("owner", "归口部门"),
    f("organizer", "组织部门"),
    f("responsible", "责任人"),
    f("start", "开始日期"),
    f("end", "结束日期"),
    f("goals", "目标要求"),
    f("budget_yuan", "经费（元）"),
    f("resources", "技术、设备等保障"),
    f("activities", "实施程序"),
    d("activities_done", "已完成活动"),
];

const ACTIVITY: [Column; 6] = [
    f("step", "序号"),
    f("activity", "活动内容"),
    f("responsible", "责任人"),
    f("due", "计划完成"),
    f("done", "完成日期"),
    f("note", "完成情况"),
];

const CHECK: &[Column] = &[
    ID,
    f("date", "检查日期"),
    f("unit", "被检查单位"),
    f("contact", "负责人或岗位人员"),
    f("inspectors", "检查人"),
    f("by", "检查单位"),
    f("type", "检查方式"),
    f("schedule", "检查安排"),
    f("standards", "检查的标准"),
    f("content", "检查内容"),
    f("items", "检查项及结果"),
    f("record", "检查记录"),
    f("conclusion", "结论"),
    UNIT_NAME,
];

const CHECK_ITEM: [Column; 3] = [f("item", "项目"), f("result", "结果"), f("note", "说明")];

const RECTIFICATION: &[Column] = &[
    ID,
    f("check", "来源检查"),
    f("standard", "标准"),
    f("clause", "条款"),
    f("unit", "单位"),
    f("found", "发现日期"),
    f("description", "不符合事实描述"),
    f("severity", "严重程度"),
    f("cause", "原因分析"),
    f("measures", "整改措施"),
    f("responsible", "责任人"),
    f("due", "整改期限"),
    f("completed", "整改完成日期"),
    f("rechecks", "复查记录"),
    f("report", "书面报告"),
    d("status", "整改状态"),
    UNIT_NAME,
];

const RECHECK: [Column; 4] = [
    f("date", "复查日期"),
    f("by", "复查人"),
    f("result", "结果"),
    f("note", "说明"),
];

const REVIEW: &[Column] = &[
    ID,
    f("standard", "标准"),
    f("date", "复审日期"),
    f("proposal", "复审建议"),
    f("decision", "复审结论"),
    f("proposed_by", "提出建议的单位"),
    f("experts", "论证专家"),
    f("opinion", "复审意见"),
];

const EVALUATION: &[Column] = &[
    ID,
    f("period", "评价期间"),
    f("date", "评价日期"),
    f("unit", "被评价单位"),
    f("standards", "被评价标准"),
    f("type", "评价方式"),
    f("evaluators", "评价小组"),
    f("indicators", "评价指标"),
    f("score", "填报得分"),
    f("grade", "填报等级"),
    f("staff", "员工考核"),
    f("satisfaction", "满意度（%）"),
    f("findings", "存在问题"),
    f("recommendations", "意见建议"),
    d("final_score", "得分"),
    d("final_grade", "等级"),
    UNIT_NAME,
];

const INDICATOR: [Column; 7] = [
    f("name", "指标"),
    f("target", "目标值"),
    f("actual", "实际值"),
    f("unit", "计量单位"),
    f("weight", "权重"),
    f("better", "方向"),
    f("passed", "合格"),
];

const STAFF: [Column; 2] = [f("name", "姓名"), f("grade", "等级")];

const IMPROVEMENT: &[Column] = &[
    ID,
    f("standard", "标准"),
    f("source", "来源"),
    f("round", "轮次"),
    f("date", "日期"),
    f("plan", "改进计划"),
    f("measures", "改进措施"),
    f("verified", "验证日期"),
    f("effective", "改进有效"),
    f("next", "下一步"),
    f("reviewed_by", "评审人"),
];

const TRAINING: &[Column] = &[
    ID,
    f("date", "日期"),
    f("unit", "单位"),
    f("standards", "标准"),
    f("topic", "主题"),
    f("type", "形式"),
    f("trainer", "授课人"),
    f("hours", "学时"),
    f("attendees", "参加人数"),
    f("assessed", "参加考核人数"),
    f("passed", "考核通过人数"),
    UNIT_NAME,
];

const SUBMISSION: &[Column] = &[
    ID,
    f("period", "报告期间"),
    f("unit", "单位"),
    f("submitted", "报送日期"),
    f("file", "报告文件"),
    f("note", "备注"),
    UNIT_NAME,
];

/// The columns of a kind: its fields, then its derived values.
#[must_use]
pub fn columns(kind: Kind) -> &'static [Column] {
    match kind {
        Kind::Standard => STANDARD,
        Kind::Plan => PLAN,
        Kind::Check => CHECK,
        Kind::Rectification => RECTIFICATION,
        Kind::Review => REVIEW,
        Kind::Evaluation => EVALUATION,
        Kind::Improvement => IMPROVEMENT,
        Kind::Training => TRAINING,
        Kind::Submission => SUBMISSION,
    }
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

/// A record's values, one per column of its kind.
#[must_use]
pub fn cells(cx: &Cx<'_>, rec: Rec<'_>) -> Vec<Cell> {
    match rec {
        Rec::Standard(s) => standard(cx, s),
        Rec::Plan(p) => plan(p),
        Rec::Check(c) => check(cx, c),
        Rec::Rectification(r) => rectification(cx, r),
        Rec::Review(r) => review(r),
        Rec::Evaluation(e) => evaluation(cx, e),
        Rec::Improvement(i) => improvement(i),
        Rec::Training(t) => training(cx, t),
        Rec::Submission(s) => submission(cx, s),
    }
}

/// Records as a sheet of every column.
#[must_use]
pub fn sheet(cx: &Cx<'_>, kind: Kind, recs: &[Rec<'_>]) -> Sheet {
    Sheet {
        kind,
        columns: columns(kind).to_vec(),
        rows: recs.iter().map(|r| cells(cx, *r)).collect(),
    }
}

fn id(v: &Sp<Id>) -> Cell {
    Cell::Text(v.value.0.clone())
}

fn opt_id(v: Option<&Sp<Id>>) -> Cell {
    v.map_or(Cell::Empty, id)
}

fn ids(v: &[Sp<Id>]) -> Cell {
    Cell::List(v.iter().map(id).collect())
}

fn text(v: Option<&Sp<String>>) -> Cell {
    v.map_or(Cell::Empty, |s| Cell::Text(s.value.clone()))
}

fn texts(v: &[Sp<String>]) -> Cell {
    Cell::List(v.iter().map(|s| Cell::Text(s.value.clone())).collect())
}

fn date(v: Option<&Sp<NaiveDate>>) -> Cell {
    v.map_or(Cell::Empty, |d| Cell::Date(d.value))
}

fn int(v: Option<&Sp<i64>>) -> Cell {
    v.map_or(Cell::Empty, |i| Cell::Int(i.value))
}

fn num(v: Option<&Sp<f64>>) -> Cell {
    v.map_or(Cell::Empty, |n| Cell::Num(n.value))
}

fn term<T: Vocab>(v: Option<&Sp<T>>) -> Cell {
    v.map_or(Cell::Empty, |t| Cell::term(t.value))
}

fn group<const N: usize>(columns: [Column; N], cells: [Cell; N]) -> Cell {
    Cell::Group(columns.into_iter().zip(cells).collect())
}

fn standard(cx: &Cx<'_>, s: &Standard) -> Vec<Cell> {
    let category = category::find(&cx.ledger.categories, &s.category.value);
    vec![
        id(&s.id),
        Cell::Text(s.title.value.clone()),
        Cell::Keyed {
            key: s.category.value.clone(),
            zh: category.map_or_else(|| s.category.value.clone(), |c| c.name.clone()),
        },
        Cell::term(s.status.value),
        text(s.code.as_ref()),
        Cell::term(s.origin()),
        id(&s.owner),
        opt_id(s.organizer.as_ref()),
        ids(&s.implementers),
        date(s.published.as_ref()),
        date(s.effective.as_ref()),
        date(s.abolished.as_ref()),
        int(s.review_cycle_years.as_ref()),
        ids(&s.related),
        Cell::List(s.methods.iter().map(|m| Cell::term(m.value)).collect()),
        texts(&s.contracts),
        opt_id(s.supersedes.as_ref()),
        text(s.note.as_ref()),
        category.map_or(Cell::Empty, |c| Cell::Name {
            zh: c.name.clone(),
            en: c.name_en.clone(),
        }),
        // Only a standard in force is due for review (as in `gbsw due`): a draft not yet, an
        // abolished or superseded one no longer, one under revision is being replaced.
        if s.status.value == StandardStatus::InForce {
            cx.ledger
                .next_review(s, cx.as_of)
                .map_or(Cell::Empty, Cell::Date)
        } else {
            Cell::Empty
        },
    ]
}

fn plan(p: &Plan) -> Vec<Cell> {
    let activities = p.activities.iter().map(|a| {
        group(
            ACTIVITY,
            [
                int(a.step.as_ref()),
                Cell::Text(a.activity.value.clone()),
                text(a.responsible.as_ref()),
                date(a.due.as_ref()),
                date(a.done.as_ref()),
                text(a.note.as_ref()),
            ],
        )
    });
    let done = p.activities.iter().filter(|a| a.done.is_some()).count();
    vec![
        id(&p.id),
        text(p.title.as_ref()),
        ids(&p.standards),
        text(p.scope.as_ref()),
        text(p.approach.as_ref()),
        opt_id(p.owner.as_ref()),
        opt_id(p.organizer.as_ref()),
        text(p.responsible.as_ref()),
        date(p.start.as_ref()),
        date(p.end.as_ref()),
        text(p.goals.as_ref()),
        num(p.budget_yuan.as_ref()),
        text(p.resources.as_ref()),
        Cell::List(activities.collect()),
        if p.activities.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(format!("{done}/{}", p.activities.len()))
        },
    ]
}

fn check(cx: &Cx<'_>, c: &Check) -> Vec<Cell> {
    let items = c.items.iter().map(|i| {
        group(
            CHECK_ITEM,
            [
                Cell::term(i.item.value),
                Cell::term(i.result.value),
                text(i.note.as_ref()),
            ],
        )
    });
    vec![
        id(&c.id),
        Cell::Date(c.date.value),
        id(&c.unit),
        text(c.contact.as_ref()),
        texts(&c.inspectors),
        opt_id(c.by.as_ref()),
        Cell::term(c.check_type.value),
        opt_id(c.schedule.as_ref()),
        ids(&c.standards),
        text(c.content.as_ref()),
        Cell::List(items.collect()),
        text(c.record.as_ref()),
        Cell::term(c.conclusion.value),
        cx.unit_name(&c.unit.value),
    ]
}

fn rectification(cx: &Cx<'_>, r: &Rectification) -> Vec<Cell> {
    let rechecks = r.rechecks.iter().map(|k| {
        group(
            RECHECK,
            [
                Cell::Date(k.date.value),
                Cell::Text(k.by.value.clone()),
                Cell::term(k.result.value),
                text(k.note.as_ref()),
            ],
        )
    });
    vec![
        id(&r.id),
        opt_id(r.check.as_ref()),
        opt_id(r.standard.as_ref()),
        text(r.clause.as_ref()),
        id(&r.unit),
        Cell::Date(r.found.value),
        Cell::Text(r.description.value.clone()),
        Cell::term(r.severity()),
        text(r.cause.as_ref()),
        text(r.measures.as_ref()),
        text(r.responsible.as_ref()),
        Cell::Date(r.due.value),
        date(r.completed.as_ref()),
        Cell::List(rechecks.collect()),
        text(r.report.as_ref()),
        Cell::term(r.status(cx.as_of)),
        cx.unit_name(&r.unit.value),
    ]
}

fn review(r: &Review) -> Vec<Cell> {
    vec![
        id(&r.id),
        id(&r.standard),
        Cell::Date(r.date.value),
        term(r.proposal.as_ref()),
        term(r.decision.as_ref()),
        opt_id(r.proposed_by.as_ref()),
        texts(&r.experts),
        text(r.opinion.as_ref()),
    ]
}

fn evaluation(cx: &Cx<'_>, e: &Evaluation) -> Vec<Cell> {
    let indicators = e.indicators.iter().map(|i| {
        group(
            INDICATOR,
            [
                Cell::Text(i.name.value.clone()),
                num(i.target.as_ref()),
                num(i.actual.as_ref()),
                text(i.unit.as_ref()),
                num(i.weight.as_ref()),
                term(i.better.as_ref()),
                i.passed
                    .as_ref()
                    .map_or(Cell::Empty, |p| Cell::Bool(p.value)),
            ],
        )
    });
    let staff = e.staff.iter().map(|s| {
        group(
            STAFF,
            [Cell::Text(s.name.value.clone()), Cell::term(s.grade.value)],
        )
    });
    let score = e.score();
    vec![
        id(&e.id),
        Cell::Text(e.period.value.to_string()),
        date(e.date.as_ref()),
        opt_id(e.unit.as_ref()),
        ids(&e.standards),
        term(e.evaluation_type.as_ref()),
        texts(&e.evaluators),
        Cell::List(indicators.collect()),
        num(e.score.as_ref()),
        term(e.grade.as_ref()),
        Cell::List(staff.collect()),
        num(e.satisfaction.as_ref()),
        text(e.findings.as_ref()),
        text(e.recommendations.as_ref()),
        // One decimal, as the reports show it.
        score.map_or(Cell::Empty, |s| Cell::Num((s * 10.0).round() / 10.0)),
        score.map_or(Cell::Empty, |s| Cell::term(cx.grade(s))),
        e.unit
            .as_ref()
            .map_or(Cell::Empty, |u| cx.unit_name(&u.value)),
    ]
}

fn improvement(i: &Improvement) -> Vec<Cell> {
    vec![
        id(&i.id),
        id(&i.standard),
        opt_id(i.source.as_ref()),
        int(i.round.as_ref()),
        date(i.date.as_ref()),
        text(i.plan.as_ref()),
        text(i.measures.as_ref()),
        date(i.verified.as_ref()),
        i.effective
            .as_ref()
            .map_or(Cell::Empty, |b| Cell::Bool(b.value)),
        text(i.next.as_ref()),
        texts(&i.reviewed_by),
    ]
}

fn training(cx: &Cx<'_>, t: &Training) -> Vec<Cell> {
    vec![
        id(&t.id),
        Cell::Date(t.date.value),
        id(&t.unit),
        ids(&t.standards),
        text(t.topic.as_ref()),
        term(t.training_type.as_ref()),
        text(t.trainer.as_ref()),
        num(t.hours.as_ref()),
        int(t.attendees.as_ref()),
        int(t.assessed.as_ref()),
        int(t.passed.as_ref()),
        cx.unit_name(&t.unit.value),
    ]
}

fn submission(cx: &Cx<'_>, s: &Submission) -> Vec<Cell> {
    vec![
        id(&s.id),
        Cell::Text(s.period.value.to_string()),
        id(&s.unit),
        Cell::Date(s.submitted.value),
        text(s.file.as_ref()),
        text(s.note.as_ref()),
        cx.unit_name(&s.unit.value),
    ]
}
