//! 标准 (standard).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::vocab::{Method, Origin, StandardStatus};
use super::{Id, Meta, Record, record_accessors};
use crate::decode::{Cx, Fields};
use crate::kind::Kind;
use crate::span::Sp;

/// A standard the bureau implements: its own, or an adopted national/industry/local one.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Standard {
    #[serde(skip)]
    #[schemars(skip)]
    pub meta: Meta,
    /// 编号
    pub id: Sp<Id>,
    /// 标准名称
    pub title: Sp<String>,
    /// 标准类别: general, management, service, support, or a manifest category.
    pub category: Sp<String>,
    /// 状态
    pub status: Sp<StandardStatus>,
    /// 标准编号, e.g. GB/T 1.1-2020
    pub code: Option<Sp<String>>,
    /// 来源
    pub origin: Option<Sp<Origin>>,
    /// 归口部门（单位编号）
    pub owner: Sp<Id>,
    /// 组织部门（单位编号）
    pub organizer: Option<Sp<Id>>,
    /// 实施范围（实施单位的编号）
    #[serde(default)]
    pub implementers: Vec<Sp<Id>>,
    pub published: Option<Sp<NaiveDate>>,
    pub effective: Option<Sp<NaiveDate>>,
    pub abolished: Option<Sp<NaiveDate>>,
    /// 复审周期（年）
    pub review_cycle_years: Option<Sp<i64>>,
    /// 配套标准
    #[serde(default)]
    pub related: Vec<Sp<Id>>,
    /// 实施方法
    #[serde(default)]
    pub methods: Vec<Sp<Method>>,
    /// 写入的招标文件、合同
    #[serde(default)]
    pub contracts: Vec<Sp<String>>,
    /// 被本标准替代的标准
    pub supersedes: Option<Sp<Id>>,
    /// 备注
    pub note: Option<Sp<String>>,
}

impl Standard {
    /// Whether the standard was in force at some time from `start` to `end`: not a draft,
    /// effective (else published) by `end`, and not ended before `start`. An abolished or
    /// superseded standard ends on its `abolished` date; without one, it is taken as ended
    /// before any period (`gbsw check` reports the missing date of an abolished one).
    #[must_use]
    pub fn in_force_between(&self, start: NaiveDate, end: NaiveDate) -> bool {
        let began = self
            .effective
            .as_ref()
            .or(self.published.as_ref())
            .is_none_or(|d| d.value <= end);
        let ended = match self.status.value {
            StandardStatus::Abolished | StandardStatus::Superseded => {
                self.abolished.as_ref().is_none_or(|d| d.value < start)
            }
            _ => false,
        };
        self.status.value != StandardStatus::Draft && began && !ended
    }

    #[must_use]
    pub fn origin(&self) -> Origin {
        self.origin.as_ref().map_or(Origin::Own, |o| o.value)
    }
}

impl Record for Standard {
    record_accessors!(Kind::Standard);

    fn decode(f: &mut Fields<'_>, cx: &mut Cx<'_>, meta: Meta) -> Option<Self> {
        let id = f.id(cx);
        let title = f.req("title", cx);
        let category = f.req("category", cx);
        let status = f.req("status", cx);
        let code = f.opt("code", cx);
        let origin = f.opt("origin", cx);
        let owner = f.req("owner", cx);
        let organizer = f.opt("organizer", cx);
        let implementers = f.list("implementers", cx);
        let published = f.opt("published", cx);
        let effective = f.opt("effective", cx);
        let abolished = f.opt("abolished", cx);
        let review_cycle_years = f.int_in("review_cycle_years", 1, 10, cx);
        let related = f.list("related", cx);
        let methods = f.list("methods", cx);
        let contracts = f.list("contracts", cx);
        let supersedes = f.opt("supersedes", cx);
        let note = f.opt("note", cx);
        Some(Self {
            meta,
            id: id?,
            title: title?,
            category: category?,
            status: status?,
            code,
            origin,
            owner: owner?,
            organizer,
            implementers,
            published,
            effective,
            abolished,
            review_cycle_years,
            related,
            methods,
            contracts,
            supersedes,
            note,
        })
    }
}
