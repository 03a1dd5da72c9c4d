//! 宣贯 / 培训 (briefing and training) records: the 培训台账.

use chrono::NaiveDate;

use super::Id;
use super::declare::record;
use super::vocab::TrainingType;
use crate::kind::{Kind, Target};
use crate::span::Sp;

record! {
    /// One briefing, training or drill: a line of the 培训台账.
    pub struct Training: Kind::Training {
        id: Sp<Id> = id("id", "编号", "id");
        date: Sp<NaiveDate> = req("date", "日期", "date");
        unit: Sp<Id> = req("unit", "组织单位", "organised by").refers(Target::Unit);
        standards: Vec<Sp<Id>> = opt("standards", "标准", "standards", "宣贯培训的标准")
            .refers(Target::Record(Kind::Standard))
            .distinct();
        topic: Option<Sp<String>> = opt("topic", "主题", "topic");
        training_type: Option<Sp<TrainingType>> = opt("type", "形式", "type");
        trainer: Option<Sp<String>> = opt("trainer", "授课人", "trainer");
        hours: Option<Sp<f64>> = opt("hours", "学时", "hours").num_in(0.0, 1000.0);
        attendees: Option<Sp<i64>> = opt("attendees", "参加人数", "attendees")
            .int_in(0, 1_000_000);
        assessed: Option<Sp<i64>> = opt("assessed", "参加考核人数", "assessed",
            "不多于参加人数")
            .int_in(0, 1_000_000);
        passed: Option<Sp<i64>> = opt("passed", "考核通过人数", "passed", "不多于参加考核人数")
            .int_in(0, 1_000_000);
        evidence: Vec<Sp<String>> = opt("evidence", "证明材料", "evidence",
            "台账内的文件，如 evidence/2026/检查表.pdf")
            .file();
    }
}
