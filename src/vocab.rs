//! Enumerated values: each has an English key and a Chinese term, and a file may use either.
//! A leaf: the catalog names them, the model reads them (`model::vocab`).

use crate::lang::Lang;

macro_rules! vocab {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $key:literal / $zh:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// (English key, Chinese term) of every value, for field descriptors.
            pub const PAIRS: &'static [(&'static str, &'static str)] = &[$(($key, $zh),)*];

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

            /// Read the English key (any case, `_` for `-`) or the Chinese term.
            #[must_use]
            pub fn parse(s: &str) -> Option<Self> {
                let s = s.trim();
                let norm = s.to_ascii_lowercase().replace('_', "-");
                Self::ALL.iter().copied().find(|v| v.key() == norm || v.zh() == s)
            }
        }

        impl Vocab for $name {
            fn key(self) -> &'static str { $name::key(self) }
            fn zh(self) -> &'static str { $name::zh(self) }
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
    fn all() -> &'static [Self];
    fn parse(s: &str) -> Option<Self>;

    fn label(self, lang: Lang) -> &'static str {
        lang.pick(self.zh(), self.key())
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
        .collect();
    schemars::json_schema!({ "type": "string", "enum": values })
}

vocab! {
    /// 单位类型: what a unit is.
    UnitKind {
        Department = "department" / "处室",
        ServiceProvider = "service-provider" / "社会化服务单位",
        Center = "center" / "服务中心",
        Affiliated = "affiliated" / "局属事业单位",
        District = "district" / "辖市区机关事务管理部门",
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
        InForce = "in-force" / "现行",
        UnderRevision = "under-revision" / "修订中",
        Abolished = "abolished" / "废止",
        Superseded = "superseded" / "被替代",
    }
}

vocab! {
    /// 报送情况: where a unit stands with one half year's report on the as-of date. Derived,
    /// never written in a file.
    SubmissionState {
        NotOwed = "not-owed" / "无需报送",
        Pending = "pending" / "未到截止日",
        OnTime = "on-time" / "按时报送",
        Late = "late" / "逾期报送",
        Missing = "missing" / "逾期未报",
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
        SelfCheck = "self" / "自查",
        Spot = "spot" / "抽查",
        Supervision = "supervision" / "监查",
        Mutual = "mutual" / "互查",
        HigherLevel = "higher-level" / "上级检查",
        ThirdParty = "third-party" / "第三方检查",
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
        Preparation = "preparation" / "实施准备",
        Training = "training" / "知识技能培训",
        Awareness = "awareness" / "意识职责规范流程",
        Rules = "rules" / "制度标识标牌",
        Facilities = "facilities" / "设施维护信息化",
        Execution = "execution" / "标准贯彻执行",
        Ledger = "ledger" / "标准化台账",
        TrainingRecords = "training-records" / "培训台账",
        Briefs = "briefs" / "通讯简报报送",
        Revisions = "revisions" / "标准修订文本",
        DataAnalysis = "data-analysis" / "原始数据分析比对",
        SelfCheck = "self-check" / "自查整改落实",
    }
}

vocab! {
    /// 检查结论.
    Conformity {
        Conform = "conform" / "符合",
        Partial = "partial" / "基本符合",
        Nonconform = "nonconform" / "不符合",
    }
}

vocab! {
    /// 不符合项的严重程度.
    NcSeverity {
        Minor = "minor" / "一般",
        Major = "major" / "严重",
    }
}

vocab! {
    /// 复查结论.
    RecheckResult {
        Pass = "pass" / "通过",
        Fail = "fail" / "未通过",
    }
}

vocab! {
    /// 复审建议和结论.
    ReviewDecision {
        Continue = "continue" / "继续有效",
        Revise = "revise" / "修订",
        Convert = "convert" / "转化",
        Abolish = "abolish" / "废止",
    }
}

vocab! {
    /// 评价方式.
    EvaluationType {
        Conformity = "conformity" / "符合性评价",
        Effectiveness = "effectiveness" / "实施效果评价",
        External = "external" / "外部评价",
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
        Basic = "basic" / "基本称职",
        Incompetent = "incompetent" / "不称职",
    }
}

vocab! {
    /// 评价指标的方向: whether more is better.
    Better {
        Higher = "higher" / "越高越好",
        Lower = "lower" / "越低越好",
    }
}

vocab! {
    /// 宣贯培训形式.
    TrainingType {
        Briefing = "briefing" / "宣贯",
        Training = "training" / "培训",
        Drill = "drill" / "实训",
    }
}

vocab! {
    /// 整改状态: derived from the dates and re-checks, never written in a file.
    RectificationStatus {
        Open = "open" / "整改中",
        Overdue = "overdue" / "逾期",
        AwaitingRecheck = "awaiting-recheck" / "待复查",
        Closed = "closed" / "已关闭",
        Reopened = "reopened" / "重新整改",
    }
}

vocab! {
    /// 待办事项类型: what a due item is about.
    DueKind {
        Activity = "activity" / "计划活动",
        PlanEnd = "plan-end" / "计划到期",
        Rectification = "rectification" / "整改",
        Recheck = "recheck" / "复查",
        Reopened = "reopened" / "重新整改",
        MajorReport = "major-report" / "书面报告",
        CheckDuty = "check-duty" / "定期检查",
        Review = "review" / "复审",
        Validity = "validity" / "有效性核查",
        Submission = "submission" / "报送",
    }
}
