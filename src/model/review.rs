//! 复审 (periodic review of a standard).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::vocab::ReviewDecision;
use super::{Id, Meta, Record, record_accessors};
use crate::decode::{Cx, Fields};
use crate::kind::Kind;
use crate::span::Sp;

#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Review {
    #[serde(skip)]
    #[schemars(skip)]
    pub meta: Meta,
    /// 编号
    pub id: Sp<Id>,
    /// 复审的标准
    pub standard: Sp<Id>,
    /// 复审日期
    pub date: Sp<NaiveDate>,
    /// 复审建议（由实施单位提出）
    pub proposal: Option<Sp<ReviewDecision>>,
    /// 复审结论（由专家作出）
    pub decision: Option<Sp<ReviewDecision>>,
    /// 提出建议的单位
    pub proposed_by: Option<Sp<Id>>,
    /// 论证专家
    #[serde(default)]
    pub experts: Vec<Sp<String>>,
    /// 复审意见
    pub opinion: Option<Sp<String>>,
}

impl Record for Review {
    record_accessors!(Kind::Review);

    fn decode(f: &mut Fields<'_>, cx: &mut Cx<'_>, meta: Meta) -> Option<Self> {
        let id = f.id(cx);
        let standard = f.req("standard", cx);
        let date = f.req("date", cx);
        let proposal = f.opt("proposal", cx);
        let decision = f.opt("decision", cx);
        let proposed_by = f.opt("proposed_by", cx);
        let experts = f.list("experts", cx);
        let opinion = f.opt("opinion", cx);
        Some(Self {
            meta,
            id: id?,
            standard: standard?,
            date: date?,
            proposal,
            decision,
            proposed_by,
            experts,
            opinion,
        })
    }
}
