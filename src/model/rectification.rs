//! 不符合项 (nonconformity) with its rectification (整改) and re-checks (复查).

use chrono::NaiveDate;

use super::Id;
use super::declare::{record, row};
use super::field::Rows;
use super::vocab::{NcSeverity, RecheckResult, RectificationSource, RectificationStatus};
use crate::kind::{Kind, Target};
use crate::message::Subject;
use crate::span::Sp;

record! {
    /// One 不符合项报告表, the measures taken, and the 整改落实情况复查记录表 entries.
    pub struct Rectification: Kind::Rectification {
        id: Sp<Id> = id("id", "编号", "id", "如 NC-2026-007");
        check: Option<Sp<Id>> = opt("check", "来源检查", "found in check", "发现它的检查")
            .refers(Target::Record(Kind::Check));
        standard: Option<Sp<Id>> = opt("standard", "标准", "standard")
            .refers(Target::Record(Kind::Standard));
        clause: Option<Sp<String>> = opt("clause", "条款", "clause");
        source: Option<Sp<RectificationSource>> = opt("source", "问题来源", "source",
            "怎样发现的：检查发现（不填时）、服务对象投诉、评价发现或其他")
            .default("check");
        unit: Sp<Id> = req("unit", "被检查处室（单位）", "unit", "发现不符合项的处室（单位），负责整改").refers(Target::Unit);
        found: Sp<NaiveDate> = req("found", "发现日期", "found on");
        description: Sp<String> = req("description", "不符合事实描述", "what does not conform");
        severity: Option<Sp<NcSeverity>> = opt("severity", "严重程度", "severity", "不填为一般")
            .default("minor");
        cause: Option<Sp<String>> = opt("cause", "原因分析", "cause");
        measures: Option<Sp<String>> = opt("measures", "整改措施", "measures");
        responsible: Option<Sp<String>> = opt("responsible", "责任人", "responsible");
        due: Sp<NaiveDate> = req("due", "整改期限", "due");
        completed: Option<Sp<NaiveDate>> = opt("completed", "整改完成日期", "completed on");
        rechecks: Rows<Recheck> = opt("rechecks", "复查记录", "re-checks",
            "每次复查一个 [[rechecks]]");
        report: Option<Sp<String>> = opt("report", "书面报告", "written report",
            "重大不符合项须有的、监督检查小组的书面整改报告（路径或摘要）");
        evidence: Vec<Sp<String>> = opt("evidence", "证明材料", "evidence",
            "台账内的文件，如 evidence/2026/检查表.pdf")
            .file();
    }
}

row! {
    /// One entry of the 整改落实情况复查记录表.
    pub struct Recheck: Subject::Recheck {
        date: Sp<NaiveDate> = req("date", "复查日期", "date");
        by: Sp<String> = req("by", "复查人", "re-checked by");
        result: Sp<RecheckResult> = req("result", "复查结论", "result");
        note: Option<Sp<String>> = opt("note", "复查情况说明", "notes");
        evidence: Vec<Sp<String>> = opt("evidence", "证明材料", "evidence",
            "台账内的文件，如 evidence/2026/复查照片.png")
            .file();
    }
}

impl Rectification {
    #[must_use]
    pub fn severity(&self) -> NcSeverity {
        self.severity
            .as_ref()
            .map_or(NcSeverity::Minor, |s| s.value)
    }

    /// How it came to light: as written, else found in a check.
    #[must_use]
    pub fn source(&self) -> RectificationSource {
        self.source
            .as_ref()
            .map_or(RectificationSource::Check, |s| s.value)
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
