//! 评价 (evaluation) with its indicators, score and grades.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::vocab::{Better, EvaluationType, Grade, StaffGrade};
use super::{Id, Meta, Period, Record, record_accessors};
use crate::decode::{Cx, Fields};
use crate::kind::Kind;
use crate::message::Subject;
use crate::span::Sp;

#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Evaluation {
    #[serde(skip)]
    #[schemars(skip)]
    pub meta: Meta,
    /// 编号
    pub id: Sp<Id>,
    /// 评价期间
    pub period: Sp<Period>,
    /// 评价日期
    pub date: Option<Sp<NaiveDate>>,
    /// 被评价单位
    pub unit: Option<Sp<Id>>,
    /// 被评价标准
    #[serde(default)]
    pub standards: Vec<Sp<Id>>,
    #[serde(rename = "type")]
    pub evaluation_type: Option<Sp<EvaluationType>>,
    /// 评价小组
    #[serde(default)]
    pub evaluators: Vec<Sp<String>>,
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// 得分 0–100（不填时由评价指标计算）
    pub score: Option<Sp<f64>>,
    /// 等级（由得分推出；填写的等级与得分不符时会提示）
    pub grade: Option<Sp<Grade>>,
    /// 员工考核
    #[serde(default)]
    pub staff: Vec<StaffRating>,
    /// 满意度（%）
    pub satisfaction: Option<Sp<f64>>,
    /// 存在问题
    pub findings: Option<Sp<String>>,
    /// 意见建议
    pub recommendations: Option<Sp<String>>,
}

/// One indicator of the evaluation's indicator system.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Indicator {
    pub name: Sp<String>,
    pub target: Option<Sp<f64>>,
    pub actual: Option<Sp<f64>>,
    /// 计量单位
    pub unit: Option<Sp<String>>,
    pub weight: Option<Sp<f64>>,
    pub better: Option<Sp<Better>>,
    /// 定性指标是否合格
    pub passed: Option<Sp<bool>>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct StaffRating {
    pub name: Sp<String>,
    pub grade: Sp<StaffGrade>,
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

impl Record for Evaluation {
    record_accessors!(Kind::Evaluation);

    fn decode(f: &mut Fields<'_>, cx: &mut Cx<'_>, meta: Meta) -> Option<Self> {
        let id = f.id(cx);
        let period = f.req("period", cx);
        let date = f.opt("date", cx);
        let unit = f.opt("unit", cx);
        let standards = f.list("standards", cx);
        let evaluation_type = f.opt("type", cx);
        let evaluators = f.list("evaluators", cx);
        let indicators = f.tables("indicators", cx, Subject::Indicator, |i, cx| {
            let name = i.req("name", cx);
            let target = i.opt("target", cx);
            let actual = i.opt("actual", cx);
            let unit = i.opt("unit", cx);
            let weight = i.num_in("weight", 0.0, f64::INFINITY, cx);
            let better = i.opt("better", cx);
            let passed = i.opt("passed", cx);
            Some(Indicator {
                name: name?,
                target,
                actual,
                unit,
                weight,
                better,
                passed,
            })
        });
        let score = f.num_in("score", 0.0, 100.0, cx);
        let grade = f.opt("grade", cx);
        let staff = f.tables("staff", cx, Subject::Staff, |s, cx| {
            let name = s.req("name", cx);
            let grade = s.req("grade", cx);
            Some(StaffRating {
                name: name?,
                grade: grade?,
            })
        });
        let satisfaction = f.num_in("satisfaction", 0.0, 100.0, cx);
        let findings = f.opt("findings", cx);
        let recommendations = f.opt("recommendations", cx);
        Some(Self {
            meta,
            id: id?,
            period: period?,
            date,
            unit,
            standards,
            evaluation_type,
            evaluators,
            indicators,
            score,
            grade,
            staff,
            satisfaction,
            findings,
            recommendations,
        })
    }
}

/// The grade a score earns under the manifest's thresholds: the highest grade whose lowest
/// score it reaches.
#[must_use]
pub fn grade_of(score: f64, grading: &super::manifest::Grading) -> Grade {
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
