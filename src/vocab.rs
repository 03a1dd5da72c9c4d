//! Enumerated values: each has an English key and a Chinese term, and a file may use either.
//! A leaf: the catalog names them, the model reads them (`model::vocab`).

use crate::lang::Lang;

/// The first of its literals: a value's English label when it has one, else its key.
macro_rules! first_of {
    ($a:literal $(, $rest:literal)*) => {
        $a
    };
}

/// One line a value: `Variant = "key" / "中文"`, then optionally `/ "English label"` where
/// the key does not read as English prose (`basic` is "basically competent"), and `| "旧称"`
/// for earlier Chinese terms that files may still hold (read, never written).
macro_rules! vocab {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $key:literal / $zh:literal $(/ $en:literal)? $(| $old:literal)*,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// (English key, Chinese term) of every value, for field descriptors.
            pub const PAIRS: &'static [(&'static str, &'static str)] = &[$(($key, $zh),)*];

            /// Earlier Chinese terms still read: (value, term).
            pub const FORMER: &'static [($name, &'static str)] = &[$($(($name::$variant, $old),)*)*];

            /// The English key, as written in files and JSON output.
            #[must_use]
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key,)* }
            }

            /// The Chinese term.
            #[must_use]
            pub fn zh(self) -> &'static str {
                match self { $($name::$variant => $zh,)* }
            }

            /// The English label: what English output shows (the key where it reads as
            /// English).
            #[must_use]
            pub fn en(self) -> &'static str {
                match self { $($name::$variant => first_of!($($en,)? $key),)* }
            }

            /// Read the English key (any case, `_` for `-`), the Chinese term or an earlier
            /// one.
            #[must_use]
            pub fn parse(s: &str) -> Option<Self> {
                let s = s.trim();
                let norm = s.to_ascii_lowercase().replace('_', "-");
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.key() == norm || v.zh() == s)
                    .or_else(|| Self::FORMER.iter().find(|(_, old)| *old == s).map(|(v, _)| *v))
            }
        }

        impl Vocab for $name {
            fn key(self) -> &'static str { $name::key(self) }
            fn zh(self) -> &'static str { $name::zh(self) }
            fn en(self) -> &'static str { $name::en(self) }
            fn former() -> &'static [(Self, &'static str)] { Self::FORMER }
            fn all() -> &'static [Self] { Self::ALL }
            fn parse(s: &str) -> Option<Self> { $name::parse(s) }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.key())
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                vocab_schema::<$name>()
            }
        }
    };
}

/// What every enumerated value type offers.
pub trait Vocab: Copy + 'static {
    fn key(self) -> &'static str;
    fn zh(self) -> &'static str;
    fn en(self) -> &'static str;
    fn former() -> &'static [(Self, &'static str)];
    fn all() -> &'static [Self];
    fn parse(s: &str) -> Option<Self>;

    /// The Chinese term or the English label.
    fn label(self, lang: Lang) -> &'static str {
        lang.pick(self.zh(), self.en())
    }

    /// "draft（草案）, in-force（现行）, …": the allowed values in both languages.
    fn listing() -> String {
        Self::all()
            .iter()
            .map(|v| format!("{}（{}）", v.key(), v.zh()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn vocab_schema<T: Vocab>() -> schemars::Schema {
    let values: Vec<&str> = T::all()
        .iter()
        .map(|v| v.key())
        .chain(T::all().iter().map(|v| v.zh()))
        .chain(T::former().iter().map(|(_, old)| *old))
        .collect();
    schemars::json_schema!({ "type": "string", "enum": values })
}

vocab! {
    /// 单位类型: what a unit is.
    UnitKind {
        Department = "department" / "处室",
        ServiceProvider = "service-provider" / "社会化服务单位" / "contracted service provider",
        Center = "center" / "服务中心" / "service centre",
        Affiliated = "affiliated" / "局属事业单位" / "affiliated institution",
        District = "district" / "辖市区机关事务管理部门" / "district bureau",
    }
}

vocab! {
    /// 机构的职能 (the manifest's `[bodies]`): who decides, who checks, who evaluates.
    BodyRole {
        LeadingGroup = "leading-group" / "领导小组",
        Office = "office" / "领导小组办公室",
        InspectionGroup = "inspection-group" / "检查组",
        EvaluationGroup = "evaluation-group" / "评价小组",
        WorkingGroup = "working-group" / "工作组",
    }
}

vocab! {
    /// 标准状态.
    StandardStatus {
        Draft = "draft" / "草案",
        InForce = "in-force" / "现行" / "in force",
        UnderRevision = "under-revision" / "修订中" / "under revision",
        Abolished = "abolished" / "废止",
        Superseded = "superseded" / "被替代",
    }
}

vocab! {
    /// 报送情况: where a unit stands with one half year's report on the as-of date. Derived,
    /// never written in a file.
    SubmissionState {
        NotOwed = "not-owed" / "无需报送" / "not owed",
        Pending = "pending" / "未到截止日",
        OnTime = "on-time" / "按时报送" / "on time",
        Late = "late" / "逾期报送",
        Missing = "missing" / "逾期未报" / "overdue, not submitted",
    }
}

vocab! {
    /// 标准来源: developed by the bureau or adopted from outside.
    Origin {
        Own = "own" / "自制",
        National = "national" / "国家标准",
        Industry = "industry" / "行业标准",
        Local = "local" / "地方标准",
        Group = "group" / "团体标准",
    }
}

vocab! {
    /// 实施方法 (附件1): by content and by organisation.
    Method {
        Coordinated = "coordinated" / "配套协调法",
        Process = "process" / "过程实施法",
        Element = "element" / "要素实施法",
        Horizontal = "horizontal" / "横向联合法",
        Vertical = "vertical" / "纵向覆盖法",
        Independent = "independent" / "独立运营法",
    }
}

vocab! {
    /// 检查方式.
    CheckType {
        SelfCheck = "self" / "自查" / "self-check",
        Spot = "spot" / "抽查" / "spot check",
        Supervision = "supervision" / "监查" / "supervision check",
        Mutual = "mutual" / "互查" / "mutual check",
        HigherLevel = "higher-level" / "上级检查" / "check by a higher authority",
        ThirdParty = "third-party" / "第三方检查" / "third-party check",
    }
}

vocab! {
    /// 检查频次.
    Cadence {
        Daily = "daily" / "每日",
        Weekly = "weekly" / "每周",
        Monthly = "monthly" / "每月",
        Quarterly = "quarterly" / "每季度",
        Semiannual = "semiannual" / "每半年",
        Annual = "annual" / "每年",
    }
}

vocab! {
    /// 检查内容 (附件2 二): the preparation and the eleven implementation items.
    CheckItemKind {
        Preparation = "preparation" / "标准实施准备情况" / "preparation for implementing the standards" | "实施准备",
        Training = "training" / "工作人员对标准认识和专业知识和技能培训情况" / "staff's understanding of the standards and training in knowledge and skills" | "知识技能培训",
        Awareness = "awareness" / "工作人员标准化意识、岗位职责、服务规范和服务流程" / "staff's standardization awareness, post duties, service norms and service flows" | "意识职责规范流程",
        Rules = "rules" / "制度体系建立、标准化标识标牌建设" / "a system of rules, standardization signs and boards" | "制度标识标牌",
        Facilities = "facilities" / "服务设施硬件维护、信息化平台支持" / "maintenance of service facilities, support of the IT platform" | "设施维护信息化",
        Execution = "execution" / "已实施标准的贯彻执行情况" / "execution of the standards in force" | "标准贯彻执行",
        Ledger = "ledger" / "标准化建设台帐是否建立健全" / "whether the standardization ledger is kept complete" | "标准化台账",
        TrainingRecords = "training-records" / "标准化培训台账资料" / "standardization training records" | "培训台账",
        Briefs = "briefs" / "标准化建设过程各类通讯、简报报送情况" / "newsletters and briefs sent during standardization" | "通讯简报报送",
        Revisions = "revisions" / "实施标准修、改订文本" / "revised and amended texts of the standards implemented" | "标准修订文本",
        DataAnalysis = "data-analysis" / "标准实施过程中各项原始数据的分析和比对" / "analysis and comparison of the raw data of implementation" | "原始数据分析比对",
        SelfCheck = "self-check" / "自查、自检、整改落实情况" / "self-checks, self-inspections and rectification done" | "自查整改落实",
    }
}

vocab! {
    /// 检查结论.
    Conformity {
        Conform = "conform" / "符合" / "conforms",
        Partial = "partial" / "基本符合" / "basically conforms",
        Nonconform = "nonconform" / "不符合" / "does not conform",
    }
}

vocab! {
    /// 不符合项的严重程度.
    NcSeverity {
        Minor = "minor" / "一般",
        Major = "major" / "重大" | "严重",
    }
}

vocab! {
    /// 不符合项来源: how a nonconformity came to light.
    RectificationSource {
        Check = "check" / "检查发现" / "found in a check",
        Complaint = "complaint" / "服务对象投诉" / "complaint by a service user",
        Evaluation = "evaluation" / "评价发现" / "found in an evaluation",
        Other = "other" / "其他",
    }
}

vocab! {
    /// 复查结论.
    RecheckResult {
        Pass = "pass" / "通过" / "passed",
        Fail = "fail" / "未通过" / "not passed",
    }
}

vocab! {
    /// 复审建议和结论.
    ReviewDecision {
        Continue = "continue" / "继续有效" / "remains valid",
        Revise = "revise" / "修订",
        Convert = "convert" / "转化",
        Abolish = "abolish" / "废止",
    }
}

vocab! {
    /// 复审记录的类型: a 复审 of a standard, or a validity check of an adopted one.
    ReviewType {
        Review = "review" / "复审",
        Validity = "validity" / "有效性核查" / "validity check",
    }
}

vocab! {
    /// 评价方法 (the guidance's 观察、提问、查阅、验证、抽样).
    EvaluationMethod {
        Observe = "observe" / "观察" / "observation",
        Question = "question" / "提问" / "questioning",
        Records = "records" / "查阅" / "records review",
        Verify = "verify" / "验证" / "verification",
        Sample = "sample" / "抽样" / "sampling",
    }
}

vocab! {
    /// 评价主体: the unit itself, the evaluation group, or a third party.
    EvaluationParty {
        Own = "self" / "自我评价" / "self-evaluation",
        Group = "group" / "评价小组评价" / "by the evaluation group",
        ThirdParty = "third-party" / "第三方评价" / "by a third party",
    }
}

vocab! {
    /// 评价结论: whether the implementation passed.
    Verdict {
        Passed = "passed" / "合格" / "passed",
        Failed = "failed" / "不合格" / "not passed",
    }
}

vocab! {
    /// 评价方式.
    EvaluationType {
        Conformity = "conformity" / "符合性评价" / "conformity evaluation",
        Effectiveness = "effectiveness" / "实施效果评价" / "effectiveness evaluation",
        External = "external" / "外部评价" / "external evaluation",
    }
}

vocab! {
    /// 标准实施总体评价等级.
    Grade {
        Excellent = "excellent" / "优秀",
        Good = "good" / "良好",
        Pass = "pass" / "及格",
        Fail = "fail" / "不及格",
    }
}

vocab! {
    /// 员工执行标准考核等级.
    StaffGrade {
        Excellent = "excellent" / "优秀",
        Competent = "competent" / "称职",
        Basic = "basic" / "基本称职" / "basically competent",
        Incompetent = "incompetent" / "不称职",
    }
}

vocab! {
    /// 评价指标的方向: whether more is better.
    Better {
        Higher = "higher" / "越高越好" / "higher is better",
        Lower = "lower" / "越低越好" / "lower is better",
    }
}

vocab! {
    /// 宣贯培训形式.
    TrainingType {
        Briefing = "briefing" / "宣贯" / "publicity and briefing",
        Training = "training" / "培训",
        Drill = "drill" / "实训" / "practical drill",
    }
}

vocab! {
    /// 整改状态: derived from the dates and re-checks, never written in a file.
    RectificationStatus {
        Open = "open" / "整改中",
        Overdue = "overdue" / "逾期",
        AwaitingRecheck = "awaiting-recheck" / "待复查" / "awaiting re-check",
        Closed = "closed" / "已关闭",
        Reopened = "reopened" / "重新整改",
    }
}

vocab! {
    /// 待办事项类型: what a due item is about.
    DueKind {
        Activity = "activity" / "计划活动" / "plan activity",
        PlanEnd = "plan-end" / "计划到期" / "plan ends",
        Rectification = "rectification" / "整改",
        Recheck = "recheck" / "复查",
        Reopened = "reopened" / "重新整改",
        MajorReport = "major-report" / "书面报告" / "written report",
        CheckDuty = "check-duty" / "定期检查" / "periodic check",
        Review = "review" / "复审",
        Validity = "validity" / "有效性核查" / "validity check",
        Submission = "submission" / "报送",
        Revision = "revision" / "标准修订" / "revision",
        Conversion = "conversion" / "标准转化" / "conversion",
        Evaluation = "evaluation" / "评价",
        Improvement = "improvement" / "改进",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn earlier_terms_are_read_and_never_written() {
        assert_eq!(NcSeverity::parse("严重"), Some(NcSeverity::Major));
        assert_eq!(NcSeverity::parse("重大"), Some(NcSeverity::Major));
        assert_eq!(NcSeverity::Major.zh(), "重大");
        assert_eq!(
            CheckItemKind::parse("标准化台账"),
            Some(CheckItemKind::Ledger)
        );
        assert_eq!(
            CheckItemKind::parse("标准化建设台帐是否建立健全"),
            Some(CheckItemKind::Ledger)
        );
        assert_eq!(CheckItemKind::ALL.len(), 12);
    }

    #[test]
    fn english_labels_read_as_english() {
        assert_eq!(
            TrainingType::Briefing.label(Lang::En),
            "publicity and briefing"
        );
        assert_eq!(StaffGrade::Basic.label(Lang::En), "basically competent");
        assert_eq!(Grade::Pass.label(Lang::En), "pass");
        assert_eq!(RecheckResult::Pass.label(Lang::En), "passed");
        assert_eq!(Cadence::Daily.label(Lang::En), "daily");
        assert_eq!(TrainingType::Briefing.label(Lang::Zh), "宣贯");
    }
}
