//! 标准实施计划 (implementation plan) with its six-step procedure.

use chrono::NaiveDate;

use super::Id;
use super::declare::{record, row};
use super::field::Rows;
use super::vocab::BodyRole;
use crate::kind::{Kind, Target};
use crate::message::Subject;
use crate::span::Sp;

record! {
    /// A plan for implementing one standard, or several together (配套协调法).
    pub struct Plan: Kind::Plan {
        id: Sp<Id> = id("id", "编号", "id");
        title: Option<Sp<String>> = opt("title", "计划名称", "title");
        standards: Vec<Sp<Id>> = req("standards", "实施的标准", "standards",
            "一项，或配套协调法的多项")
            .refers(Target::Record(Kind::Standard))
            .distinct();
        scope: Option<Sp<String>> = opt("scope", "实施范围", "scope");
        approach: Option<Sp<String>> = opt("approach", "实施方式和要求", "approach");
        owner: Option<Sp<Id>> = opt("owner", "归口部门", "owner").refers(Target::Unit);
        organizer: Option<Sp<Id>> = opt("organizer", "组织部门", "organizer").refers(Target::Unit);
        responsible: Option<Sp<String>> = opt("responsible", "责任人", "responsible");
        start: Option<Sp<NaiveDate>> = opt("start", "开始日期", "start");
        end: Option<Sp<NaiveDate>> = opt("end", "结束日期", "end");
        goals: Option<Sp<String>> = opt("goals", "目标要求", "goals");
        budget_yuan: Option<Sp<f64>> = opt("budget_yuan", "经费（元）", "budget (yuan)")
            .num_in(0.0, f64::INFINITY);
        resources: Option<Sp<String>> = opt("resources", "技术、设备等保障", "resources");
        approved_by: Option<Sp<String>> = opt("approved_by", "批准人", "approved by",
            "领导小组成员；计划开始前批准")
            .approver(BodyRole::LeadingGroup);
        approved_on: Option<Sp<NaiveDate>> = opt("approved_on", "批准日期", "approved on");
        activities: Rows<Activity> = opt("activities", "实施程序", "activities",
            "标准实施计划表的活动，每项一个 [[activities]]");
    }
}

row! {
    /// One row of the procedure table (实施程序): 序号, 活动内容, 责任人, 完成日期, 完成情况.
    pub struct Activity: Subject::Activity {
        step: Option<Sp<i64>> = opt("step", "序号", "step").int_in(1, 6);
        activity: Sp<String> = req("activity", "活动内容", "activity");
        responsible: Option<Sp<String>> = opt("responsible", "责任人", "responsible");
        due: Option<Sp<NaiveDate>> = opt("due", "计划完成", "due");
        done: Option<Sp<NaiveDate>> = opt("done", "完成日期", "done");
        note: Option<Sp<String>> = opt("note", "完成情况", "note");
    }
}

impl Plan {
    /// Each activity with its step number: the `step` written, else its place in the list
    /// (the procedure table's 序号).
    pub fn steps(&self) -> impl Iterator<Item = (i64, &Activity)> {
        self.activities
            .iter()
            .zip(1..)
            .map(|(a, n)| (a.step.as_ref().map_or(n, |s| s.value), a))
    }
}
