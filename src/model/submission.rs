//! 报送 (submission): a unit's semiannual implementation report, handed in.

use chrono::NaiveDate;

use super::declare::record;
use super::{Id, Period};
use crate::kind::{Kind, Target};
use crate::span::Sp;

record! {
    /// A unit's 标准落地实施情况报告 for a half year, handed in on a day.
    pub struct Submission: Kind::Submission {
        id: Sp<Id> = id("id", "编号", "id");
        period: Sp<Period> = req("period", "报告期间", "period", "2026H1 或 2026H2").half_year();
        unit: Sp<Id> = req("unit", "报送单位", "unit reporting").refers(Target::Unit);
        submitted: Sp<NaiveDate> = req("submitted", "报送日期", "submitted");
        recipient: Option<Sp<String>> = opt("recipient", "报送对象", "sent to",
            "不填为清单 [report] 的主送机关");
        file: Option<Sp<String>> = opt("file", "报告文件", "file", "仓库中的报告文件");
        note: Option<Sp<String>> = opt("note", "备注", "note");
    }
}
