//! 复审 (periodic review of a standard).

use chrono::NaiveDate;

use super::Id;
use super::declare::record;
use super::vocab::{BodyRole, ReviewDecision, ReviewType};
use crate::kind::{Kind, Target};
use crate::span::Sp;

record! {
    /// A standard's periodic review: the implementers' proposal and the experts' decision.
    pub struct Review: Kind::Review {
        id: Sp<Id> = id("id", "编号", "id");
        standard: Sp<Id> = req("standard", "标准", "standard", "复审的标准")
            .refers(Target::Record(Kind::Standard));
        date: Sp<NaiveDate> = req("date", "复审日期", "date");
        review_type: Option<Sp<ReviewType>> = opt("type", "类型", "type",
            "不填为复审；引用标准的年度有效性核查写 validity，它不重新计算复审周期")
            .default("review");
        proposal: Option<Sp<ReviewDecision>> = opt("proposal", "复审建议", "proposal",
            "由实施单位提出");
        decision: Option<Sp<ReviewDecision>> = opt("decision", "复审结论", "decision",
            "由专家作出");
        proposed_by: Option<Sp<Id>> = opt("proposed_by", "提出建议的单位", "proposed by")
            .refers(Target::Unit);
        decided_by: Option<Sp<String>> = opt("decided_by", "决定人", "decided by",
            "领导小组成员，对复审结论作出决定")
            .approver(BodyRole::LeadingGroup);
        decided_on: Option<Sp<NaiveDate>> = opt("decided_on", "决定日期", "decided on");
        experts: Vec<Sp<String>> = opt("experts", "论证专家", "experts");
        opinion: Option<Sp<String>> = opt("opinion", "复审意见", "opinion");
        evidence: Vec<Sp<String>> = opt("evidence", "证明材料", "evidence",
            "台账内的文件，如 evidence/2026/检查表.pdf")
            .file();
    }
}

impl Review {
    /// A 复审 or a validity check.
    #[must_use]
    pub fn review_type(&self) -> ReviewType {
        self.review_type
            .as_ref()
            .map_or(ReviewType::Review, |t| t.value)
    }

    /// The day the decision was taken: its decision date, else the review's date. `None`
    /// while the review holds only a proposal.
    #[must_use]
    pub fn decided(&self) -> Option<NaiveDate> {
        self.decision.as_ref()?;
        Some(
            self.decided_on
                .as_ref()
                .map_or(self.date.value, |d| d.value),
        )
    }
}
