//! 检查记录 (check): one filled 检查记录表.

use chrono::NaiveDate;

use super::Id;
use super::declare::{record, row};
use super::field::Rows;
use super::vocab::{CheckItemKind, CheckType, Conformity};
use crate::kind::{Kind, Target};
use crate::message::Subject;
use crate::span::Sp;

record! {
    /// One filled 检查记录表: a unit checked on a day, by itself or by another.
    pub struct Check: Kind::Check {
        id: Sp<Id> = id("id", "编号", "id");
        date: Sp<NaiveDate> = req("date", "检查日期", "date");
        unit: Sp<Id> = req("unit", "被检查处室（单位）", "unit checked").refers(Target::Unit);
        contact: Option<Sp<String>> = opt("contact", "负责人或岗位人员姓名", "head or staff on duty",
            "被检查处室（单位）的负责人或当班岗位人员");
        inspectors: Vec<Sp<String>> = req("inspectors", "检查人", "inspectors");
        by: Option<Sp<Id>> = opt("by", "检查单位", "checked by", "不填表示本单位自查")
            .refers(Target::Unit)
            .not_scoping();
        check_type: Sp<CheckType> = req("type", "检查方式", "type");
        schedule: Option<Sp<Id>> = opt("schedule", "检查安排", "schedule",
            "履行的清单定期检查安排")
            .refers(Target::Schedule);
        standards: Vec<Sp<Id>> = opt("standards", "检查项目", "standards checked", "检查的标准")
            .refers(Target::Record(Kind::Standard))
            .distinct();
        content: Option<Sp<String>> = opt("content", "检查内容", "what was checked");
        items: Rows<CheckItem> = opt("items", "检查项及结果", "items",
            "附件2的监督检查内容，每项一个 [[items]]");
        record: Option<Sp<String>> = opt("record", "检查记录", "record");
        conclusion: Sp<Conformity> = req("conclusion", "结论", "conclusion");
        evidence: Vec<Sp<String>> = opt("evidence", "证明材料", "evidence",
            "台账内的文件，如 evidence/2026/检查表.pdf")
            .file();
    }
    derived {
        /// False when an item failed to read (and was reported): the list is then incomplete.
        items_complete: bool = |f| f.dropped() == 0;
    }
}

row! {
    /// One checked item of annex 2 with its result.
    pub struct CheckItem: Subject::CheckItem {
        item: Sp<CheckItemKind> = req("item", "项目", "item");
        result: Sp<Conformity> = req("result", "结果", "result");
        note: Option<Sp<String>> = opt("note", "说明", "note");
    }
}
