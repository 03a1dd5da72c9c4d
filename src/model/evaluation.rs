//! 评价 (evaluation) with its indicators, score and grades.

use chrono::NaiveDate;

use super::declare::{record, row};
use super::field::Rows;
use super::vocab::{
    Better, EvaluationMethod, EvaluationParty, EvaluationType, Grade, StaffGrade, Verdict,
};
use super::{Id, Period};
use crate::kind::{Kind, Target};
use crate::message::Subject;
use crate::span::Sp;

record! {
    /// An evaluation of a unit's (or standards') implementation over a period, graded.
    pub struct Evaluation: Kind::Evaluation {
        id: Sp<Id> = id("id", "编号", "id");
        period: Sp<Period> = req("period", "评价期间", "period");
        date: Option<Sp<NaiveDate>> = opt("date", "评价日期", "date");
        unit: Option<Sp<Id>> = opt("unit", "被评价单位", "unit evaluated").refers(Target::Unit);
        standards: Vec<Sp<Id>> = opt("standards", "被评价标准", "standards evaluated")
            .refers(Target::Record(Kind::Standard))
            .distinct();
        evaluation_type: Option<Sp<EvaluationType>> = opt("type", "评价方式", "type");
        party: Option<Sp<EvaluationParty>> = opt("party", "评价主体", "evaluated by");
        plan: Option<Sp<Id>> = opt("plan", "评价计划", "evaluation plan",
            "履行的清单评价计划 [[evaluation_plans]]")
            .refers(Target::EvaluationPlan);
        evaluators: Vec<Sp<String>> = opt("evaluators", "评价小组", "evaluators");
        methods: Vec<Sp<EvaluationMethod>> = opt("methods", "评价方法", "methods",
            "观察、提问、查阅、验证、抽样");
        sampling_plan: Option<Sp<String>> = opt("sampling_plan", "抽样方案", "sampling plan",
            "抽样评价时必填：抽样方法和判定规则");
        population: Option<Sp<i64>> = opt("population", "总体数量", "population", "抽样的总体")
            .int_in(1, 10_000_000);
        sample_size: Option<Sp<i64>> = opt("sample_size", "样本数量", "sample size")
            .int_in(1, 10_000_000);
        indicators: Rows<Indicator> = opt("indicators", "评价指标", "indicators",
            "评价指标体系，每项一个 [[indicators]]");
        score: Option<Sp<f64>> = opt("score", "填报得分", "score given",
            "不填时由评价指标计算")
            .num_in(0.0, 100.0);
        grade: Option<Sp<Grade>> = opt("grade", "填报等级", "grade given",
            "由得分推出；填写的等级与得分不符时会提示");
        verdict: Option<Sp<Verdict>> = opt("verdict", "评价结论", "verdict",
            "标准实施是否合格的结论");
        staff: Rows<StaffRating> = opt("staff", "员工考核", "staff grades",
            "每人一个 [[staff]]");
        satisfaction: Option<Sp<f64>> = opt("satisfaction", "满意度（%）", "satisfaction (%)",
            "外部满意度")
            .num_in(0.0, 100.0);
        findings: Option<Sp<String>> = opt("findings", "存在问题", "findings");
        recommendations: Option<Sp<String>> = opt("recommendations", "意见建议", "recommendations");
        evidence: Vec<Sp<String>> = opt("evidence", "证明材料", "evidence",
            "台账内的文件，如 evidence/2026/检查表.pdf")
            .file();
    }
}

row! {
    /// One indicator of the evaluation's indicator system.
    pub struct Indicator: Subject::Indicator {
        name: Sp<String> = req("name", "指标", "indicator");
        target: Option<Sp<f64>> = opt("target", "目标值", "target");
        actual: Option<Sp<f64>> = opt("actual", "实际值", "actual");
        unit: Option<Sp<String>> = opt("unit", "计量单位", "unit of measure");
        weight: Option<Sp<f64>> = opt("weight", "权重", "weight", "不填为 1")
            .num_in(0.0, f64::INFINITY);
        better: Option<Sp<Better>> = opt("better", "方向", "better", "不填为越高越好");
        passed: Option<Sp<bool>> = opt("passed", "合格", "passed", "定性指标是否合格");
    }
}

row! {
    /// One staff member's grade (员工考核).
    pub struct StaffRating: Subject::Staff {
        name: Sp<String> = req("name", "姓名", "name");
        grade: Sp<StaffGrade> = req("grade", "等级", "grade");
    }
}

impl Indicator {
    /// The indicator's score out of 100, or `None` when it has nothing to score.
    #[must_use]
    pub fn score(&self) -> Option<f64> {
        if let Some(p) = &self.passed {
            return Some(if p.value { 100.0 } else { 0.0 });
        }
        let (target, actual) = (self.target.as_ref()?.value, self.actual.as_ref()?.value);
        let better = self.better.as_ref().map_or(Better::Higher, |b| b.value);
        let ratio = match better {
            Better::Higher if target > 0.0 => actual / target,
            Better::Lower if actual > 0.0 => target / actual,
            // A target of zero reached (higher) or an actual of zero (lower) is full marks.
            Better::Higher => 1.0,
            Better::Lower => 1.0,
        };
        Some(ratio.clamp(0.0, 1.0) * 100.0)
    }
}

impl Evaluation {
    /// The day the evaluation took place: its date, else the end of its period.
    #[must_use]
    pub fn held_on(&self) -> NaiveDate {
        self.date
            .as_ref()
            .map_or_else(|| self.period.value.end(), |d| d.value)
    }

    /// The score: given, else the weighted mean of the indicators' scores.
    #[must_use]
    pub fn score(&self) -> Option<f64> {
        if let Some(s) = &self.score {
            return Some(s.value);
        }
        let (mut sum, mut weights) = (0.0, 0.0);
        for ind in &self.indicators {
            if let Some(s) = ind.score() {
                let w = ind.weight.as_ref().map_or(1.0, |w| w.value);
                sum += s * w;
                weights += w;
            }
        }
        (weights > 0.0).then(|| sum / weights)
    }
}

/// The grade a score earns under the manifest's thresholds: the highest grade whose lowest
/// score it reaches.
#[must_use]
pub(crate) fn grade_of(score: f64, grading: &super::manifest::Grading) -> Grade {
    if score >= grading.excellent {
        Grade::Excellent
    } else if score >= grading.good {
        Grade::Good
    } else if score >= grading.pass {
        Grade::Pass
    } else {
        Grade::Fail
    }
}
