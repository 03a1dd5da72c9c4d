//! 宣贯 / 培训 (briefing and training) records: the 培训台账.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::vocab::TrainingType;
use super::{Id, Meta, Record, record_accessors};
use crate::decode::{Cx, Fields};
use crate::kind::Kind;
use crate::span::Sp;

#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Training {
    #[serde(skip)]
    #[schemars(skip)]
    pub meta: Meta,
    /// 编号
    pub id: Sp<Id>,
    /// 日期
    pub date: Sp<NaiveDate>,
    /// 组织单位
    pub unit: Sp<Id>,
    /// 宣贯培训的标准
    #[serde(default)]
    pub standards: Vec<Sp<Id>>,
    /// 主题
    pub topic: Option<Sp<String>>,
    #[serde(rename = "type")]
    pub training_type: Option<Sp<TrainingType>>,
    /// 授课人
    pub trainer: Option<Sp<String>>,
    /// 学时
    pub hours: Option<Sp<f64>>,
    /// 参加人数
    pub attendees: Option<Sp<i64>>,
    /// 参加考核人数
    pub assessed: Option<Sp<i64>>,
    /// 考核通过人数
    pub passed: Option<Sp<i64>>,
}

impl Record for Training {
    record_accessors!(Kind::Training);

    fn decode(f: &mut Fields<'_>, cx: &mut Cx<'_>, meta: Meta) -> Option<Self> {
        let id = f.id(cx);
        let date = f.req("date", cx);
        let unit = f.req("unit", cx);
        let standards = f.list("standards", cx);
        let topic = f.opt("topic", cx);
        let training_type = f.opt("type", cx);
        let trainer = f.opt("trainer", cx);
        let hours = f.num_in("hours", 0.0, 1000.0, cx);
        let attendees = f.int_in("attendees", 0, 1_000_000, cx);
        let assessed = f.int_in("assessed", 0, 1_000_000, cx);
        let passed = f.int_in("passed", 0, 1_000_000, cx);
        Some(Self {
            meta,
            id: id?,
            date: date?,
            unit: unit?,
            standards,
            topic,
            training_type,
            trainer,
            hours,
            attendees,
            assessed,
            passed,
        })
    }
}
