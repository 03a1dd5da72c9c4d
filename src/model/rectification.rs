//! 不符合项 (nonconformity) with its rectification (整改) and re-checks (复查).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::vocab::{NcSeverity, RecheckResult, RectificationStatus};
use super::{Id, Meta, Record, record_accessors};
use crate::decode::{Cx, Fields};
use crate::kind::Kind;
use crate::message::Subject;
use crate::span::Sp;

/// One 不符合项报告表, the measures taken, and the 整改落实情况复查记录表 entries.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Rectification {
    #[serde(skip)]
    #[schemars(skip)]
    pub meta: Meta,
    /// 编号
    pub id: Sp<Id>,
    /// 来源检查
    pub check: Option<Sp<Id>>,
    /// 涉及的标准
    pub standard: Option<Sp<Id>>,
    /// 条款
    pub clause: Option<Sp<String>>,
    /// 责任单位
    pub unit: Sp<Id>,
    /// 发现日期
    pub found: Sp<NaiveDate>,
    /// 不符合事实描述
    pub description: Sp<String>,
    pub severity: Option<Sp<NcSeverity>>,
    /// 原因分析
    pub cause: Option<Sp<String>>,
    /// 整改措施
    pub measures: Option<Sp<String>>,
    /// 责任人
    pub responsible: Option<Sp<String>>,
    /// 整改期限
    pub due: Sp<NaiveDate>,
    /// 整改完成日期
    pub completed: Option<Sp<NaiveDate>>,
    /// 复查记录
    #[serde(default)]
    pub rechecks: Vec<Recheck>,
    /// 书面报告
    pub report: Option<Sp<String>>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Recheck {
    pub date: Sp<NaiveDate>,
    /// 复查人
    pub by: Sp<String>,
    pub result: Sp<RecheckResult>,
    pub note: Option<Sp<String>>,
}

impl Rectification {
    #[must_use]
    pub fn severity(&self) -> NcSeverity {
        self.severity
            .as_ref()
            .map_or(NcSeverity::Minor, |s| s.value)
    }

    /// The latest re-check (by date; the later one written wins a tie).
    #[must_use]
    pub fn last_recheck(&self) -> Option<&Recheck> {
        self.rechecks
            .iter()
            .enumerate()
            .max_by_key(|(i, r)| (r.date.value, *i))
            .map(|(_, r)| r)
    }
}

impl Record for Rectification {
    record_accessors!(Kind::Rectification);

    fn decode(f: &mut Fields<'_>, cx: &mut Cx<'_>, meta: Meta) -> Option<Self> {
        let id = f.id(cx);
        let check = f.opt("check", cx);
        let standard = f.opt("standard", cx);
        let clause = f.opt("clause", cx);
        let unit = f.req("unit", cx);
        let found = f.req("found", cx);
        let description = f.req("description", cx);
        let severity = f.opt("severity", cx);
        let cause = f.opt("cause", cx);
        let measures = f.opt("measures", cx);
        let responsible = f.opt("responsible", cx);
        let due = f.req("due", cx);
        let completed = f.opt("completed", cx);
        let rechecks = f.tables("rechecks", cx, Subject::Recheck, |r, cx| {
            let date = r.req("date", cx);
            let by = r.req("by", cx);
            let result = r.req("result", cx);
            let note = r.opt("note", cx);
            Some(Recheck {
                date: date?,
                by: by?,
                result: result?,
                note,
            })
        });
        let report = f.opt("report", cx);
        Some(Self {
            meta,
            id: id?,
            check,
            standard,
            clause,
            unit: unit?,
            found: found?,
            description: description?,
            severity,
            cause,
            measures,
            responsible,
            due: due?,
            completed,
            rechecks,
            report,
        })
    }
}

impl Rectification {
    /// The derived status on a day: closed when the last re-check passed; reopened when it
    /// failed and nothing was completed since; awaiting re-check when completed and not
    /// re-checked since; otherwise overdue after the due date, else open.
    #[must_use]
    pub fn status(&self, as_of: NaiveDate) -> RectificationStatus {
        let completed = self
            .completed
            .as_ref()
            .map(|c| c.value)
            .filter(|c| *c <= as_of);
        let last = self
            .rechecks
            .iter()
            .enumerate()
            .filter(|(_, r)| r.date.value <= as_of)
            .max_by_key(|(i, r)| (r.date.value, *i))
            .map(|(_, r)| r);
        match (last, completed) {
            (Some(r), _) if r.result.value == RecheckResult::Pass => RectificationStatus::Closed,
            (Some(r), Some(c)) if c > r.date.value => RectificationStatus::AwaitingRecheck,
            (Some(_), _) => RectificationStatus::Reopened,
            (None, Some(_)) => RectificationStatus::AwaitingRecheck,
            (None, None) if as_of > self.due.value => RectificationStatus::Overdue,
            (None, None) => RectificationStatus::Open,
        }
    }
}
