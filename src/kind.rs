//! The kinds of records a ledger holds, and the folder each lives in.

use serde::Serialize;

use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Standard,
    Plan,
    Check,
    Rectification,
    Review,
    Evaluation,
    Improvement,
    Training,
    Submission,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::Standard,
        Kind::Plan,
        Kind::Check,
        Kind::Rectification,
        Kind::Review,
        Kind::Evaluation,
        Kind::Improvement,
        Kind::Training,
        Kind::Submission,
    ];

    /// The folder the kind's files live in; also the key of a many-record file's array.
    #[must_use]
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Standard => "standards",
            Kind::Plan => "plans",
            Kind::Check => "checks",
            Kind::Rectification => "rectifications",
            Kind::Review => "reviews",
            Kind::Evaluation => "evaluations",
            Kind::Improvement => "improvements",
            Kind::Training => "trainings",
            Kind::Submission => "submissions",
        }
    }

    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Kind::Standard => "standard",
            Kind::Plan => "plan",
            Kind::Check => "check",
            Kind::Rectification => "rectification",
            Kind::Review => "review",
            Kind::Evaluation => "evaluation",
            Kind::Improvement => "improvement",
            Kind::Training => "training",
            Kind::Submission => "submission",
        }
    }

    #[must_use]
    pub fn from_folder(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.folder() == name)
    }

    #[must_use]
    pub fn from_key(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|k| k.key() == name || k.folder() == name || k.zh() == name)
    }

    #[must_use]
    pub fn zh(self) -> &'static str {
        match self {
            Kind::Standard => "标准",
            Kind::Plan => "实施计划",
            Kind::Check => "检查记录",
            Kind::Rectification => "不符合项",
            Kind::Review => "复审",
            Kind::Evaluation => "评价",
            Kind::Improvement => "持续改进",
            Kind::Training => "宣贯培训",
            Kind::Submission => "报送",
        }
    }

    #[must_use]
    pub fn label(self, lang: Lang) -> &'static str {
        lang.pick(self.zh(), self.key())
    }
}
