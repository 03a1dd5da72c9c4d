//! The two languages every message and label exists in.

use serde::Serialize;

/// 语言: Chinese is the default; English for the section's non-Chinese tools and readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "zh" | "中文" => Some(Self::Zh),
            "en" | "英文" => Some(Self::En),
            _ => None,
        }
    }

    /// The language's tag in HTML (`<html lang="…">`).
    #[must_use]
    pub(crate) fn html_tag(self) -> &'static str {
        match self {
            Self::Zh => "zh-CN",
            Self::En => "en",
        }
    }

    /// One of two texts: the catalog writes both side by side so neither can be forgotten.
    #[must_use]
    pub fn pick<T>(self, zh: T, en: T) -> T {
        match self {
            Self::Zh => zh,
            Self::En => en,
        }
    }
}
