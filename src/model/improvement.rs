//! 持续改进 (continuous improvement round): one 持续改进记录表.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{Id, Meta, Record, record_accessors};
use crate::decode::{Cx, Fields};
use crate::kind::Kind;
use crate::span::Sp;

#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Improvement {
    #[serde(skip)]
    #[schemars(skip)]
    pub meta: Meta,
    /// 编号
    pub id: Sp<Id>,
    /// 改进的标准
    pub standard: Sp<Id>,
    /// 来源: an evaluation, check or rectification id
    pub source: Option<Sp<Id>>,
    /// 改进轮次
    pub round: Option<Sp<i64>>,
    /// 日期
    pub date: Option<Sp<NaiveDate>>,
    /// 改进计划
    pub plan: Option<Sp<String>>,
    /// 改进措施
    pub measures: Option<Sp<String>>,
    /// 验证日期
    pub verified: Option<Sp<NaiveDate>>,
    /// 改进是否有效：true 则进入标准修订，false 则进入下一轮改进
    pub effective: Option<Sp<bool>>,
    /// 下一步
    pub next: Option<Sp<String>>,
    /// 评审人
    #[serde(default)]
    pub reviewed_by: Vec<Sp<String>>,
}

impl Record for Improvement {
    record_accessors!(Kind::Improvement);

    fn decode(f: &mut Fields<'_>, cx: &mut Cx<'_>, meta: Meta) -> Option<Self> {
        let id = f.id(cx);
        let standard = f.req("standard", cx);
        let source = f.opt("source", cx);
        let round = f.int_in("round", 1, 99, cx);
        let date = f.opt("date", cx);
        let plan = f.opt("plan", cx);
        let measures = f.opt("measures", cx);
        let verified = f.opt("verified", cx);
        let effective = f.opt("effective", cx);
        let next = f.opt("next", cx);
        let reviewed_by = f.list("reviewed_by", cx);
        Some(Self {
            meta,
            id: id?,
            standard: standard?,
            source,
            round,
            date,
            plan,
            measures,
            verified,
            effective,
            next,
            reviewed_by,
        })
    }
}
