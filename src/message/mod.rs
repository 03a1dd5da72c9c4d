//! The message catalog: every sentence gbsw says, in Chinese and English side by side, so
//! that no message can exist in one language only. One file a role: `diagnostics` (what
//! `gbsw check` finds, [`Msg`]), `hints` (what to do about it), `due` (the lines of the due
//! calendar), `labels` (column headers and the words of tables and forms) and `errors` (why a
//! command could not do its job, [`crate::error::Error`]). `tests/catalog.rs` fails when a
//! sentence is built anywhere else.

/// Declares an enum of words, `Name = "中文", "English";` a line, with `text(lang)`: both
/// languages of a word side by side, so neither can be forgotten.
macro_rules! word_table {
    ($(#[$edoc:meta])* $enum:ident; $($(#[$doc:meta])* $name:ident = $zh:literal, $en:literal;)*) => {
        $(#[$edoc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $enum {
            $($(#[$doc])* $name,)*
        }

        impl $enum {
            /// The word in `lang`.
            #[must_use]
            pub fn text(self, lang: Lang) -> &'static str {
                match self {
                    $($enum::$name => lang.pick($zh, $en),)*
                }
            }
        }
    };
}

pub mod assessment;
pub mod author;
pub mod captions;
mod diagnostics;
pub mod document;
pub mod due;
pub mod errors;
pub mod forms;
mod hints;
pub mod import;
pub mod labels;
pub mod report;
pub mod templates;

pub use diagnostics::Msg;

use crate::kind::Kind;
use crate::lang::Lang;

/// What a field expects, for "expected X" messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Text,
    Integer,
    Number,
    Bool,
    Date,
    List,
    Table,
}

impl Expected {
    fn label(self, lang: Lang) -> &'static str {
        match self {
            Expected::Text => lang.pick("文本", "text"),
            Expected::Integer => lang.pick("整数", "an integer"),
            Expected::Number => lang.pick("数字", "a number"),
            Expected::Bool => lang.pick("true 或 false", "true or false"),
            Expected::Date => lang.pick("日期（YYYY-MM-DD）", "a date (YYYY-MM-DD)"),
            Expected::List => lang.pick("列表", "a list"),
            Expected::Table => lang.pick("表（键值对）", "a table (keys and values)"),
        }
    }
}

pub use crate::kind::Target;

impl Target {
    /// What a reference points at, in a message.
    #[must_use]
    pub(crate) fn label(self, lang: Lang) -> &'static str {
        match self {
            Target::Unit => lang.pick("单位", "unit"),
            Target::Category => lang.pick("标准类别", "category"),
            Target::Schedule => lang.pick("检查安排", "schedule"),
            Target::EvaluationPlan => lang.pick("评价计划", "evaluation plan"),
            Target::Record(k) => k.label(lang),
            Target::AnyRecord => lang.pick("记录", "record"),
        }
    }
}

/// What a table of fields describes, for "the X lacks field Y" messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Record(Kind),
    Manifest,
    Unit,
    Body,
    Category,
    Schedule,
    EvaluationPlan,
    Calendar,
    Grading,
    Defaults,
    CheckSettings,
    IdPatterns,
    ReportSettings,
    Activity,
    CheckItem,
    Recheck,
    Indicator,
    Staff,
}

impl Subject {
    fn label(self, lang: Lang) -> &'static str {
        match self {
            Subject::Record(k) => k.label(lang),
            Subject::Manifest => lang.pick("清单 gbsw.toml", "manifest gbsw.toml"),
            Subject::Unit => lang.pick("单位", "unit"),
            Subject::Body => lang.pick("机构", "body"),
            Subject::Category => lang.pick("标准类别", "category"),
            Subject::Schedule => lang.pick("检查安排", "schedule"),
            Subject::EvaluationPlan => lang.pick("评价计划", "evaluation plan"),
            Subject::Calendar => lang.pick("日历 [calendar]", "[calendar]"),
            Subject::Grading => lang.pick("评分等级 [grading]", "[grading]"),
            Subject::Defaults => lang.pick("默认值 [defaults]", "[defaults]"),
            Subject::CheckSettings => lang.pick("检查设置 [check]", "[check]"),
            Subject::IdPatterns => lang.pick("编号规则 [ids]", "[ids]"),
            Subject::ReportSettings => lang.pick("报告设置 [report]", "[report]"),
            Subject::Activity => lang.pick("计划活动", "plan activity"),
            Subject::CheckItem => lang.pick("检查项目", "check item"),
            Subject::Recheck => lang.pick("复查记录", "re-check"),
            Subject::Indicator => lang.pick("评价指标", "indicator"),
            Subject::Staff => lang.pick("员工考核", "staff grade"),
        }
    }

    /// The Chinese label at the start of a sentence, with a space after a label that ends in
    /// ASCII (`清单 gbsw.toml 没有字段`), none after a Chinese one (`标准没有字段`).
    fn zh_lead(self) -> String {
        let label = self.label(Lang::Zh);
        if label.ends_with(|c: char| c.is_ascii()) {
            format!("{label} ")
        } else {
            label.to_owned()
        }
    }
}
