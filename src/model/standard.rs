//! 标准 (standard).

use chrono::NaiveDate;

use super::Id;
use super::declare::record;
use super::vocab::{BodyRole, Method, Origin, StandardStatus};
use crate::kind::{Kind, Target};
use crate::span::Sp;

record! {
    /// A standard the bureau implements: its own, or an adopted national/industry/local one.
    pub struct Standard: Kind::Standard {
        id: Sp<Id> = id("id", "编号", "id", "在整个台账中唯一，如 STD-FW-003");
        title: Sp<String> = req("title", "标准名称", "title");
        category: Sp<String> = req("category", "类别", "category",
            "general、management、service、support 或清单中的类别")
            .refers(Target::Category);
        status: Sp<StandardStatus> = req("status", "状态", "status");
        code: Option<Sp<String>> = opt("code", "标准编号", "code", "如 GB/T 1.1-2020、DB3204/T 1012-2019");
        origin: Option<Sp<Origin>> = opt("origin", "来源", "origin", "不填为自制").default("own");
        owner: Sp<Id> = req("owner", "归口部门", "owner").refers(Target::Unit);
        organizer: Option<Sp<Id>> = opt("organizer", "组织部门", "organizer").refers(Target::Unit);
        implementers: Vec<Sp<Id>> = opt("implementers", "实施范围", "implementers", "实施本标准的单位")
            .refers(Target::Unit)
            .distinct();
        approved_by: Option<Sp<String>> = opt("approved_by", "批准发布人", "publication approved by",
            "领导小组成员")
            .approver(BodyRole::LeadingGroup);
        approved_on: Option<Sp<NaiveDate>> = opt("approved_on", "批准发布日期", "publication approved on");
        published: Option<Sp<NaiveDate>> = opt("published", "发布日期", "published");
        effective: Option<Sp<NaiveDate>> = opt("effective", "实施日期", "effective");
        abolished: Option<Sp<NaiveDate>> = opt("abolished", "废止日期", "abolished");
        review_cycle_years: Option<Sp<i64>> = opt("review_cycle_years", "复审周期（年）",
            "review cycle (years)", "不填用清单的默认值")
            .int_in(1, 10);
        related: Vec<Sp<Id>> = opt("related", "配套标准", "related standards")
            .refers(Target::Record(Kind::Standard))
            .distinct()
            .not_self();
        methods: Vec<Sp<Method>> = opt("methods", "实施方法", "methods");
        contracts: Vec<Sp<String>> = opt("contracts", "写入的招标文件、合同", "tenders and contracts");
        supersedes: Option<Sp<Id>> = opt("supersedes", "替代的标准", "supersedes", "本标准替代的标准")
            .refers(Target::Record(Kind::Standard))
            .not_self();
        note: Option<Sp<String>> = opt("note", "备注", "note");
    }
}

impl Standard {
    /// Whether the standard was in force at some time from `start` to `end`: not a draft,
    /// effective (else published) by `end`, and not ended before `start`. An abolished or
    /// superseded standard ends on its `abolished` date; without one, it is taken as ended
    /// before any period (`gbsw check` reports the missing date of an abolished one).
    #[must_use]
    pub(crate) fn in_force_between(&self, start: NaiveDate, end: NaiveDate) -> bool {
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
