//! The table of record kinds: each kind declared once, on one line of [`for_each_kind!`].
//!
//! Everything that lists the kinds — the [`Kind`] enum and its names, the ledger's storage,
//! the any-record enums and their dispatch, the manifest's `[ids]` table, the schemas — is
//! generated from that table by a macro handed to it, and every `match` over kinds is
//! exhaustive: a new kind is a line here and its model module, and the compiler names every
//! place that must say what the kind does.

use serde::Serialize;

use crate::lang::Lang;

/// Calls `$m!` with the table of kinds, one entry per kind:
///
/// `Variant key folder { "中文名" "English name" "English plural" "default id pattern" order
/// [date fields] today-field }`
///
/// - `key`, `folder`: the kind's key (`gbsw new check`, `[ids] check`) and the folder its files
///   live in (also the key of a many-record file's array); the record type is `Variant`.
/// - `order`: how `gbsw list` orders the records: `ByDate` (the record's date, then id) or
///   `ById`.
/// - `[date fields]`: the fields whose value is "the record's date", the first present one
///   winning (a standard: effective, else published).
/// - `today-field`: the date field `gbsw new` fills with today, or `-`.
macro_rules! for_each_kind {
    ($m:ident) => {
        $m! {
            Standard standard standards { "标准" "standard" "standards" "STD-{seq:3}" ById [effective published] - }
            Plan plan plans { "实施计划" "plan" "plans" "PLAN-{year}-{seq:2}" ById [start end] start }
            Check check checks { "检查记录" "check" "checks" "CHK-{year}-{seq:3}" ByDate [date] date }
            Rectification rectification rectifications { "不符合项" "nonconformity" "nonconformities" "NC-{year}-{seq:3}" ByDate [found] found }
            Review review reviews { "复审" "review" "reviews" "REV-{year}-{seq:3}" ByDate [date] date }
            Evaluation evaluation evaluations { "评价" "evaluation" "evaluations" "EVAL-{year}-{seq:2}" ById [date] date }
            Improvement improvement improvements { "持续改进" "improvement" "improvements" "IMP-{year}-{seq:3}" ById [date] date }
            Training training trainings { "宣贯培训" "training" "trainings" "TRN-{year}-{seq:3}" ByDate [date] date }
            Submission submission submissions { "报送" "submission" "submissions" "SUB-{year}-{seq:3}" ByDate [submitted] submitted }
        }
    };
}
pub(crate) use for_each_kind;

/// How `gbsw list` orders the records of a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// By the record's date, then id: what happened when (checks, nonconformities, …).
    ByDate,
    /// By id: what exists (standards, plans, …).
    ById,
}

/// The field `gbsw new` fills with today: `-` for none.
macro_rules! today_field {
    (-) => {
        None
    };
    ($f:ident) => {
        Some(stringify!($f))
    };
}

macro_rules! define_kind {
    ($($variant:ident $key:ident $folder:ident { $zh:literal $en:literal $en_plural:literal
       $pattern:literal $order:ident [$($date:ident)+] $today:tt })*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(rename_all = "lowercase")]
        pub enum Kind {
            $($variant,)*
        }

        impl Kind {
            pub const ALL: [Kind; [$(stringify!($variant)),*].len()] = [$(Kind::$variant,)*];

            /// The folder the kind's files live in; also the key of a many-record file's array.
            #[must_use]
            pub fn folder(self) -> &'static str {
                match self { $(Kind::$variant => stringify!($folder),)* }
            }

            /// The kind's key: `gbsw new <key>`, `[ids] <key>`, the schema's file name.
            #[must_use]
            pub fn key(self) -> &'static str {
                match self { $(Kind::$variant => stringify!($key),)* }
            }

            /// The Chinese name.
            #[must_use]
            pub fn zh(self) -> &'static str {
                match self { $(Kind::$variant => $zh,)* }
            }

            /// The English name (the key is what messages show, being what files say).
            #[must_use]
            pub fn en(self) -> &'static str {
                match self { $(Kind::$variant => $en,)* }
            }

            /// The English name of many: how a standard's incoming links are headed.
            #[must_use]
            pub(crate) fn en_plural(self) -> &'static str {
                match self { $(Kind::$variant => $en_plural,)* }
            }

            /// The id pattern `gbsw new` uses when the manifest's `[ids]` names none.
            #[must_use]
            pub(crate) fn default_id_pattern(self) -> &'static str {
                match self { $(Kind::$variant => $pattern,)* }
            }

            #[must_use]
            pub fn order(self) -> Order {
                match self { $(Kind::$variant => Order::$order,)* }
            }

            /// The fields holding the record's date, in order of preference.
            #[must_use]
            pub(crate) fn date_fields(self) -> &'static [&'static str] {
                match self { $(Kind::$variant => &[$(stringify!($date)),+],)* }
            }

            /// The date field `gbsw new` fills with today, if any.
            #[must_use]
            pub(crate) fn today_field(self) -> Option<&'static str> {
                match self { $(Kind::$variant => today_field!($today),)* }
            }
        }
    };
}

for_each_kind!(define_kind);

impl Kind {
    #[must_use]
    pub(crate) fn from_folder(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.folder() == name)
    }

    #[must_use]
    pub fn from_key(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|k| k.key() == name || k.folder() == name || k.zh() == name)
    }

    /// The kind's name in a message: the Chinese name, or the key files use.
    #[must_use]
    pub(crate) fn label(self, lang: Lang) -> &'static str {
        lang.pick(self.zh(), self.key())
    }
}

/// The kinds of record that have a paper form, in the order of the source document.
pub(crate) const FORM_KINDS: [Kind; 5] = [
    Kind::Plan,
    Kind::Check,
    Kind::Rectification,
    Kind::Evaluation,
    Kind::Improvement,
];

/// What a reference field points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A unit of the manifest (`[units.<id>]`).
    Unit,
    /// A standard category (general, management, … or the manifest's own).
    Category,
    /// A check schedule of the manifest (`[[schedules]]`).
    Schedule,
    /// An evaluation plan of the manifest (`[[evaluation_plans]]`).
    EvaluationPlan,
    Record(Kind),
    /// Any record (an improvement's `source`).
    AnyRecord,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_found_again() {
        for k in Kind::ALL {
            assert_eq!(Kind::from_key(k.key()), Some(k));
            assert_eq!(Kind::from_key(k.zh()), Some(k));
            assert_eq!(Kind::from_folder(k.folder()), Some(k));
            assert!(k.date_fields().len() <= 2);
        }
        assert_eq!(Kind::Rectification.en_plural(), "nonconformities");
        assert_eq!(Kind::Standard.today_field(), None);
        assert_eq!(Kind::Plan.today_field(), Some("start"));
        assert_eq!(Kind::Submission.date_fields(), ["submitted"]);
        assert_eq!(Kind::Check.order(), Order::ByDate);
        assert_eq!(Kind::Plan.order(), Order::ById);
        assert_eq!(Kind::ALL.len(), 9);
    }
}
