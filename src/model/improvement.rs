//! 持续改进 (continuous improvement round): one 持续改进记录表.

use chrono::NaiveDate;

use super::Id;
use super::declare::record;
use super::vocab::BodyRole;
use crate::kind::{Kind, Target};
use crate::span::Sp;

record! {
    /// One round of continuous improvement of a standard.
    pub struct Improvement: Kind::Improvement {
        id: Sp<Id> = id("id", "编号", "id");
        standard: Sp<Id> = req("standard", "标准", "standard", "改进的标准")
            .refers(Target::Record(Kind::Standard));
        source: Option<Sp<Id>> = opt("source", "改进来源", "started by", "评价、检查或不符合项的编号")
            .refers(Target::AnyRecord)
            .not_self();
        round: Option<Sp<i64>> = opt("round", "改进轮次", "round").int_in(1, 99);
        date: Option<Sp<NaiveDate>> = opt("date", "记录日期", "date");
        plan: Option<Sp<String>> = opt("plan", "改进计划", "plan");
        measures: Option<Sp<String>> = opt("measures", "改进措施", "measures");
        verified: Option<Sp<NaiveDate>> = opt("verified", "验证日期", "verified on");
        effective: Option<Sp<bool>> = opt("effective", "改进有效", "effective",
            "true 则进入标准修订，false 则进入下一轮改进");
        next: Option<Sp<String>> = opt("next", "下一步", "next step");
        causes: Option<Sp<String>> = opt("causes", "原因分析", "causes",
            "改进效果不明显时必填：分析的原因");
        next_round: Option<Sp<NaiveDate>> = opt("next_round", "下一轮开始日期", "next round from",
            "改进效果不明显时必填：下一轮改进开始的日期");
        due: Option<Sp<NaiveDate>> = opt("due", "完成期限", "due",
            "不填为记录日期后 3 个月（清单 defaults.improvement_months）");
        reviewed_by: Vec<Sp<String>> = opt("reviewed_by", "评审人", "reviewed by", "评价小组成员")
            .approver(BodyRole::EvaluationGroup);
        reviewed_on: Option<Sp<NaiveDate>> = opt("reviewed_on", "评审日期", "reviewed on");
        evidence: Vec<Sp<String>> = opt("evidence", "证明材料", "evidence",
            "台账内的文件，如 evidence/2026/检查表.pdf")
            .file();
    }
}

impl Improvement {
    /// The day its result was settled: reviewed, else verified, else recorded. `None` while
    /// no result is written.
    #[must_use]
    pub fn concluded(&self) -> Option<NaiveDate> {
        self.effective.as_ref()?;
        self.reviewed_on
            .as_ref()
            .or(self.verified.as_ref())
            .or(self.date.as_ref())
            .map(|d| d.value)
    }
}
