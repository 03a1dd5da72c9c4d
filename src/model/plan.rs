//! 标准实施计划 (implementation plan) with its six-step procedure.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{Id, Meta, Record, record_accessors};
use crate::decode::{Cx, Fields};
use crate::kind::Kind;
use crate::message::Subject;
use crate::span::Sp;

/// A plan for implementing one standard, or several together (配套协调法).
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Plan {
    #[serde(skip)]
    #[schemars(skip)]
    pub meta: Meta,
    /// 编号
    pub id: Sp<Id>,
    /// 名称
    pub title: Option<Sp<String>>,
    /// 实施的标准
    pub standards: Vec<Sp<Id>>,
    /// 实施范围
    pub scope: Option<Sp<String>>,
    /// 实施方式和要求
    pub approach: Option<Sp<String>>,
    /// 归口部门
    pub owner: Option<Sp<Id>>,
    /// 组织部门
    pub organizer: Option<Sp<Id>>,
    /// 责任人
    pub responsible: Option<Sp<String>>,
    /// 开始日期
    pub start: Option<Sp<NaiveDate>>,
    /// 结束日期
    pub end: Option<Sp<NaiveDate>>,
    /// 目标要求
    pub goals: Option<Sp<String>>,
    /// 经费（元）
    pub budget_yuan: Option<Sp<f64>>,
    /// 技术、设备等保障
    pub resources: Option<Sp<String>>,
    /// 实施程序
    #[serde(default)]
    pub activities: Vec<Activity>,
}

/// One row of the procedure table (实施程序): 序号, 活动内容, 责任人, 完成日期, 完成情况.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Activity {
    /// 序号 1–6
    pub step: Option<Sp<i64>>,
    /// 活动内容
    pub activity: Sp<String>,
    /// 责任人
    pub responsible: Option<Sp<String>>,
    /// 计划完成日期
    pub due: Option<Sp<NaiveDate>>,
    /// 实际完成日期
    pub done: Option<Sp<NaiveDate>>,
    /// 完成情况
    pub note: Option<Sp<String>>,
}

impl Record for Plan {
    record_accessors!(Kind::Plan);

    fn decode(f: &mut Fields<'_>, cx: &mut Cx<'_>, meta: Meta) -> Option<Self> {
        let id = f.id(cx);
        let title = f.opt("title", cx);
        let standards = f.req::<Vec<Sp<Id>>>("standards", cx);
        let scope = f.opt("scope", cx);
        let approach = f.opt("approach", cx);
        let owner = f.opt("owner", cx);
        let organizer = f.opt("organizer", cx);
        let responsible = f.opt("responsible", cx);
        let start = f.opt("start", cx);
        let end = f.opt("end", cx);
        let goals = f.opt("goals", cx);
        let budget_yuan = f.num_in("budget_yuan", 0.0, f64::INFINITY, cx);
        let resources = f.opt("resources", cx);
        let activities = f.tables("activities", cx, Subject::Activity, |a, cx| {
            let step = a.int_in("step", 1, 6, cx);
            let activity = a.req("activity", cx);
            let responsible = a.opt("responsible", cx);
            let due = a.opt("due", cx);
            let done = a.opt("done", cx);
            let note = a.opt("note", cx);
            Some(Activity {
                step,
                activity: activity?,
                responsible,
                due,
                done,
                note,
            })
        });
        Some(Self {
            meta,
            id: id?,
            title,
            standards: standards?.value,
            scope,
            approach,
            owner,
            organizer,
            responsible,
            start,
            end,
            goals,
            budget_yuan,
            resources,
            activities,
        })
    }
}
