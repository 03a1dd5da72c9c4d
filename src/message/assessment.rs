//! The words of the two assessment reports: `report staff` (员工考核等级汇总, each person's
//! grades over a year) and `report providers` (社会化服务单位考核排名, the contracted
//! providers ranked for a period), and the columns of their CSV and workbook. Chinese and
//! English side by side; values come in written out, ledger text escaped by each back-end.

use chrono::NaiveDate;

use crate::lang::Lang;
use crate::message::report::{ReportText, period_name};
use crate::period::Period;

/// One text of the assessment reports.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum AssessText {
    StaffTitle {
        who: String,
        year: i32,
    },
    /// The line under the title: when the figures stand, how many evaluations they come from.
    StaffIntro {
        as_of: NaiveDate,
        evaluations: usize,
    },
    HeadStaffSummary,
    /// `共考核 14 人次，涉及 14 人` / `14 ratings of 14 people`.
    StaffSummary {
        ratings: usize,
        people: usize,
    },
    /// `优秀 3 人次` / `3 excellent`: ratings of one grade.
    Ratings(&'static str, &'static str, usize),
    GradesOf(String),
    HeadStaff,
    NoStaff,
    Name,
    RatingsColumn,
    /// The appendix's line of one person: `朱红梅（保洁项目部）`.
    PersonOf {
        name: String,
        unit: String,
    },
    /// A grade and the evaluations that gave it: `优秀：EVAL-1, EVAL-2`.
    GradeSources {
        grade: String,
        ids: String,
    },
    AEvaluations,

    ProvidersTitle {
        who: String,
        period: Period,
    },
    ProvidersIntro {
        as_of: NaiveDate,
    },
    HeadRanking,
    /// How the providers are ordered, in a sentence.
    RankingRule,
    /// How overdue and complaints are counted, in a sentence.
    OverdueRule,
    NoProviders,
    Rank,
    Provider,
    EvaluationsColumn,
    LatestEvaluation,
    MeanScore,
    ChecksColumn,
    ConformingChecks,
    ItemConformity,
    Nonconformities,
    Overdue,
    Complaints,
    /// A score and its grade: `85.0（良好）`.
    ScoreGrade {
        score: String,
        grade: String,
    },
    /// The appendix's figures of one provider.
    ProviderSources {
        evaluations: String,
        checks: String,
        conformity: String,
        rectifications: String,
        overdue: String,
        complaints: String,
    },
}

impl AssessText {
    /// The text in `lang`.
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        use AssessText as T;
        let l = lang;
        let p = |s: (&str, &str)| l.pick(s.0, s.1).to_owned();
        let date = |d: &NaiveDate| ReportText::WrittenDate(*d).text(l);
        match self {
            T::StaffTitle { who, year } => l.pick(
                format!("{who} {year}年度员工考核等级汇总"),
                format!("{who}: staff grades of {year}"),
            ),
            T::StaffIntro { as_of, evaluations } => l.pick(
                format!(
                    "本表汇总本年度截至{}的 {evaluations} 次评价中的员工考核等级，供年度考核和评先评优参考。",
                    date(as_of)
                ),
                format!(
                    "Staff grades from the year's evaluations up to {} ({evaluations} counted), for the year-end assessment and awards.",
                    date(as_of)
                ),
            ),
            T::HeadStaffSummary => p(("一、总体情况", "Summary")),
            T::StaffSummary { ratings, people } => l.pick(
                format!("共考核 {ratings} 人次，涉及 {people} 人。"),
                format!("{ratings} ratings of {people} people."),
            ),
            T::Ratings(zh, en, n) => l.pick(format!("{zh} {n} 人次"), format!("{n} {en}")),
            T::GradesOf(list) => l.pick(format!("其中{list}。"), format!("Of these: {list}.")),
            T::HeadStaff => p(("二、个人考核等级", "Each person's grades")),
            T::NoStaff => p(("本年度的评价中没有员工考核。", "No evaluation of the year grades staff.")),
            T::Name => p(("姓名", "name")),
            T::RatingsColumn => p(("考核次数", "ratings")),
            T::PersonOf { name, unit } => l.pick(format!("{name}（{unit}）"), format!("{name} ({unit})")),
            T::GradeSources { grade, ids } => {
                l.pick(format!("{grade}：{ids}"), format!("{grade}: {ids}"))
            }
            T::AEvaluations => p(("计入的评价", "evaluations counted")),

            T::ProvidersTitle { who, period } => l.pick(
                format!("{who} {}社会化服务单位考核排名", period_name(*period, l)),
                format!("{who}: contracted service providers ranked, {}", period_name(*period, l)),
            ),
            T::ProvidersIntro { as_of } => l.pick(
                format!("本表数据统计截至{}，供服务合同履约考核参考。", date(as_of)),
                format!("Figures as of {}, for the assessment of the service contracts.", date(as_of)),
            ),
            T::HeadRanking => p(("一、考核排名", "Ranking")),
            T::RankingRule => p((
                "排名依次按：评价平均得分高者在前（无评价的在后），检查项目符合率高者在前（无检查项的在后），逾期整改少者在前，投诉少者在前，仍相同的按单位代号。",
                "Ranked by the mean evaluation score, highest first (none last), then the conformity of check items, highest first (none last), then fewer overdue rectifications, then fewer complaints, then the unit's id.",
            )),
            T::OverdueRule => p((
                "不符合项为本期发现的；逾期整改指已整改但完成日期晚于整改期限，或截至统计日仍未整改完成且已过整改期限的；投诉指来源为服务对象投诉的不符合项。",
                "Nonconformities are those found in the period; overdue ones were rectified after their due date, or are not rectified and past it on the as-of date; complaints are nonconformities whose source is a complaint by a service user.",
            )),
            T::NoProviders => p(("台账中没有本期的社会化服务单位。", "The ledger has no contracted service provider in the period.")),
            T::Rank => p(("名次", "rank")),
            T::Provider => p(("服务单位", "provider")),
            T::EvaluationsColumn => p(("评价次数", "evaluations")),
            T::LatestEvaluation => p(("最近评价", "latest evaluation")),
            T::MeanScore => p(("平均得分", "mean score")),
            T::ChecksColumn => p(("检查次数", "checks")),
            T::ConformingChecks => p(("结论符合", "checks conforming")),
            T::ItemConformity => p(("检查项目符合率", "check items conforming")),
            T::Nonconformities => p(("不符合项", "nonconformities")),
            T::Overdue => p(("逾期整改", "overdue")),
            T::Complaints => p(("投诉", "complaints")),
            T::ScoreGrade { score, grade } => l.pick(format!("{score}（{grade}）"), format!("{score} ({grade})")),
            T::ProviderSources { evaluations, checks, conformity, rectifications, overdue, complaints } => l.pick(
                format!("评价 {evaluations}；检查 {checks}；检查项目符合率 {conformity}；不符合项 {rectifications}；逾期整改 {overdue}；投诉 {complaints}"),
                format!("evaluations {evaluations}; checks {checks}; check items conforming {conformity}; nonconformities {rectifications}; overdue {overdue}; complaints {complaints}"),
            ),
        }
    }
}

/// The staff report's CSV and workbook columns before the grades: Chinese name and English
/// key. The grades follow, headed by their terms, then [`STAFF_COLUMNS_AFTER`].
pub(crate) const STAFF_COLUMNS: [(&str, &str); 3] = [
    ("姓名", "name"),
    ("单位编号", "unit"),
    ("单位", "unit_name"),
];

/// The staff report's columns after the grades.
pub(crate) const STAFF_COLUMNS_AFTER: [(&str, &str); 2] =
    [("考核次数", "ratings"), ("评价记录", "evaluations")];

/// The providers report's CSV and workbook columns: Chinese name and English key.
pub(crate) const PROVIDER_COLUMNS: [(&str, &str); 21] = [
    ("名次", "rank"),
    ("单位编号", "unit"),
    ("服务单位", "name"),
    ("评价次数", "evaluations"),
    ("最近评价", "latest_evaluation"),
    ("最近得分", "latest_score"),
    ("最近等级", "latest_grade"),
    ("平均得分", "mean_score"),
    ("检查次数", "checks"),
    ("结论符合", "checks_conforming"),
    ("符合项数", "items_conforming"),
    ("检查项数", "items_checked"),
    ("检查项目符合率（%）", "conformity_percent"),
    ("不符合项", "rectifications"),
    ("逾期整改", "overdue"),
    ("投诉", "complaints"),
    ("评价记录", "evaluation_ids"),
    ("检查记录", "check_ids"),
    ("不符合项记录", "rectification_ids"),
    ("逾期整改记录", "overdue_ids"),
    ("投诉记录", "complaint_ids"),
];

/// The worksheet of each report: Chinese name and English name.
pub(crate) const STAFF_SHEET: (&str, &str) = ("员工考核", "staff");
pub(crate) const PROVIDERS_SHEET: (&str, &str) = ("服务单位考核", "providers");
