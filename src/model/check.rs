//! 检查记录 (check): one filled 检查记录表.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::vocab::{CheckItemKind, CheckType, Conformity};
use super::{Id, Meta, Record, record_accessors};
use crate::decode::{Cx, Fields};
use crate::kind::Kind;
use crate::message::Subject;
use crate::span::Sp;

#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Check {
    #[serde(skip)]
    #[schemars(skip)]
    pub meta: Meta,
    /// 编号
    pub id: Sp<Id>,
    /// 检查日期
    pub date: Sp<NaiveDate>,
    /// 被检查处室（单位）
    pub unit: Sp<Id>,
    /// 负责人或岗位人员姓名
    pub contact: Option<Sp<String>>,
    /// 检查人
    pub inspectors: Vec<Sp<String>>,
    /// 检查单位（不填表示本单位自查）
    pub by: Option<Sp<Id>>,
    /// 检查方式
    #[serde(rename = "type")]
    pub check_type: Sp<CheckType>,
    /// 履行的检查安排
    pub schedule: Option<Sp<Id>>,
    /// 检查项目: the standards checked
    #[serde(default)]
    pub standards: Vec<Sp<Id>>,
    /// 检查内容
    pub content: Option<Sp<String>>,
    #[serde(default)]
    pub items: Vec<CheckItem>,
    /// False when an item failed to read (and was reported): the list is then incomplete.
    #[serde(skip)]
    #[schemars(skip)]
    pub items_complete: bool,
    /// 检查记录
    pub record: Option<Sp<String>>,
    /// 结论
    pub conclusion: Sp<Conformity>,
}

/// One checked item of annex 2 with its result.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct CheckItem {
    pub item: Sp<CheckItemKind>,
    pub result: Sp<Conformity>,
    pub note: Option<Sp<String>>,
}

impl Record for Check {
    record_accessors!(Kind::Check);

    fn decode(f: &mut Fields<'_>, cx: &mut Cx<'_>, meta: Meta) -> Option<Self> {
        let id = f.id(cx);
        let date = f.req("date", cx);
        let unit = f.req("unit", cx);
        let contact = f.opt("contact", cx);
        let inspectors = f.req::<Vec<Sp<String>>>("inspectors", cx);
        let by = f.opt("by", cx);
        let check_type = f.req("type", cx);
        let schedule = f.opt("schedule", cx);
        let standards = f.list("standards", cx);
        let content = f.opt("content", cx);
        let items = f.tables("items", cx, Subject::CheckItem, |i, cx| {
            let item = i.req("item", cx);
            let result = i.req("result", cx);
            let note = i.opt("note", cx);
            Some(CheckItem {
                item: item?,
                result: result?,
                note,
            })
        });
        let items_complete = f.dropped() == 0;
        let record = f.opt("record", cx);
        let conclusion = f.req("conclusion", cx);
        Some(Self {
            meta,
            id: id?,
            date: date?,
            unit: unit?,
            contact,
            inspectors: inspectors?.value,
            by,
            check_type: check_type?,
            schedule,
            standards,
            content,
            items,
            items_complete,
            record,
            conclusion: conclusion?,
        })
    }
}
