//! The reports' words: every heading, sentence and column label of the semiannual report, the
//! check circular and the status screen, in Chinese and English side by side in one match
//! arm. Values (counts, rates, names, ids) come in already written out; ledger text among
//! them is escaped by each back-end, never here.

use chrono::{Datelike, NaiveDate};

use crate::doc::Inline;
use crate::lang::Lang;
use crate::period::Period;

/// One text of a report. Counts are numbers; everything else comes written out.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ReportText {
    // Shared.
    /// `2026年上半年` / `the first half of 2026`.
    /// Between the items of a list inside a sentence.
    ListSep,
    /// Between the clauses of a sentence.
    ClauseSep,
    None,
    NoData,
    /// `{id}（{status}）`.
    WithStatus(String, String),
    /// `整改中 3 项` / `3 open`: a count of things.
    CountItems(&'static str, &'static str, usize),
    /// `自查 5 次` / `5 self`: a count of times.
    CountTimes(&'static str, &'static str, usize),
    /// `优秀 2 人` / `2 excellent`: a count of people.
    CountPeople(&'static str, &'static str, usize),
    // Column labels.
    Unit,
    Record,
    Records,
    Kind,
    Due,
    What,
    Checks,
    /// `检查` / `checks`: a number of checks.
    ChecksCount,
    Count,

    // The semiannual report.
    Title {
        who: String,
        period: Period,
    },
    Intro {
        as_of: NaiveDate,
    },
    /// The line under the title without the appendix.
    IntroPlain {
        as_of: NaiveDate,
    },
    /// Where a part has no narrative: a marker nobody can miss.
    ToBeWritten,
    /// The narrative file could not be read: where, and why.
    NarrativeUnreadable {
        file: String,
        why: String,
    },
    NarrativeOutside,
    NarrativeNotAFile,
    NarrativeTooLarge {
        size: u64,
        limit: u64,
    },
    /// A date as an official document writes it: `2026年6月28日` / `28 June 2026`.
    WrittenDate(NaiveDate),
    /// `附件1：…` / `Attachment 1: …`.
    Attachment {
        n: usize,
        title: String,
    },
    /// `{who}：{text}`: a finding and whose it is.
    Attributed {
        who: String,
        text: String,
    },
    /// A due item's days: overdue, left, or today.
    DaysOverdue(i64),
    DaysToGo(i64),
    DueToday,
    TimeLeft,
    StandardCode,
    HeadSubmissions,
    SubmissionsSummary {
        on_time: usize,
        late: usize,
        missing: usize,
        pending: usize,
        timeliness: String,
    },
    AOverdueItems,
    ANextItems,
    /// The first sentences of a draft narrative's parts, beyond the report's own.
    DraftProblems {
        overdue: usize,
        open: usize,
    },
    DraftNext(usize),
    /// With a code span: see [`ReportText::inlines`].
    IncompleteReport {
        count: usize,
        files: String,
    },
    HeadOverview,
    CategoryCount {
        name: String,
        count: usize,
    },
    StandardsInForce {
        count: usize,
        by_category: Option<String>,
    },
    Planned(usize),
    PeriodActivity {
        checks: usize,
        nonconformities: usize,
        trainings: usize,
    },
    HeadFrequency,
    DutyCompletion(String),
    Hours(String),
    HoursNotRecorded,
    HoursPartly {
        hours: String,
        unrecorded: usize,
    },
    Trainings {
        sessions: usize,
        hours: String,
        attendees: String,
        assessed: String,
        passed: String,
        pass_rate: String,
    },
    CheckType,
    Cadence,
    Unscheduled,
    ChartDuties,
    HeadScope,
    Implementation(String),
    StandardTitle,
    Owner,
    Conforming,
    Nonconformities,
    NotClosed,
    TrainingsColumn,
    PlanProgress,
    NoPlan,
    HeadUnits,
    StandardsLed,
    Checked,
    Conformity,
    Closed,
    Overdue,
    DutiesDone,
    ReportsOnTime,
    HalfReport,
    Evaluation,
    ChartConformity,
    HeadEffect,
    ItemsConforming(String),
    NonconformitiesFound {
        found: usize,
        major: usize,
        by_status: String,
    },
    Rectified {
        completion: String,
        closure: String,
        on_time: String,
    },
    Reviews {
        due: usize,
        done: usize,
        decisions: Option<String>,
        in_progress: usize,
    },
    Satisfaction(String),
    CheckItem,
    ConformingRate,
    ChartRectifications,
    /// The rectification statuses in the chart's legend, stacked from the bottom.
    LegendOpen,
    LegendOverdue,
    LegendAwaiting,
    LegendReopened,
    LegendClosed,
    Method,
    Score,
    Grade,
    StaffRatings(String),
    HeadProblems,
    NothingOpen,
    OverdueItems(usize),
    OpenFindings,
    EvaluationFindings,
    HeadNext,
    NothingNext,
    NextItems(usize),
    Recommendations,
    HeadAppendix,
    AImplementation,
    AConformity,
    ARectified,
    AClosed,
    AOnTime,
    AItem(String),
    /// `93.3% (14/15)：计入 A, B；基数 A, B, C`.
    ARatio {
        rate: String,
        num: String,
        den: String,
    },
    /// `3：A, B, C`.
    ACount {
        count: usize,
        ids: String,
    },
    AStandards,
    ATrainings,
    AReviewsDue,
    AReviews,
    ASatisfaction,
    AConcluding(String),

    // The check circular.
    CircularTitle {
        who: String,
        period: Period,
    },
    AsOf(NaiveDate),
    /// With a code span: see [`ReportText::inlines`].
    IncompleteCircular {
        count: usize,
        files: String,
    },
    HeadSummary,
    ChecksTotal {
        total: usize,
        types: String,
    },
    Conclusions(String),
    SelfChecks {
        count: usize,
        with_findings: usize,
    },
    RectificationsByStatus(String),
    HeadChecks,
    NoChecks,
    Date,
    Check,
    By,
    CheckedUnit,
    Inspectors,
    Conclusion,
    ItemsConformingColumn,
    NonconformitiesAndRectification,
    SelfCheckBy,
    HeadFindings,

    // The status screen.
    StatusTitle {
        who: String,
        period: Period,
        as_of: NaiveDate,
    },
    StatusIncomplete {
        count: usize,
        files: String,
    },
    Category,
    Plan,
    ActivitiesDone,
    Ends,
    LateActivities,
    ChecksInPeriod,
    CountOrRate,
    Total,
    ItemsConformingShort,
    RectificationState,
    OverdueHeading {
        total: usize,
        shown: Option<usize>,
    },
    ReviewsDue,
    EvaluationsImprovementsDue,
    SubmissionsHeading(Period),
    NoUnitOwes,
    Deadline,
    State,
    HandedIn,
    StatusFooter {
        as_of: NaiveDate,
        due: usize,
        overdue: usize,
    },
    Days,
    Person,
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `2026年上半年` / `the first half of 2026`, and the other period kinds.
pub(crate) fn period_name(p: Period, lang: Lang) -> String {
    match p {
        Period::Year(y) => lang.pick(format!("{y}年"), format!("{y}")),
        Period::Half(y, h) => lang.pick(
            format!("{y}年{}", if h == 1 { "上半年" } else { "下半年" }),
            format!(
                "the {} half of {y}",
                if h == 1 { "first" } else { "second" }
            ),
        ),
        Period::Quarter(y, q) => lang.pick(format!("{y}年第{q}季度"), format!("Q{q} {y}")),
        Period::Month(y, m) => lang.pick(format!("{y}年{m}月"), format!("{y}-{m:02}")),
    }
}

impl ReportText {
    /// The text in `lang`.
    #[must_use]
    #[allow(clippy::too_many_lines)]
    pub fn text(&self, lang: Lang) -> String {
        use ReportText as T;
        let l = lang;
        let p = |s: (&str, &str)| l.pick(s.0, s.1).to_owned();
        match self {
            T::ListSep => p(("、", ", ")),
            T::ClauseSep => p(("，", ", ")),
            T::None => p(("无", "none")),
            T::NoData => p(("（无数据）", "(no data)")),
            T::WithStatus(id, status) => format!("{id}（{status}）"),
            T::CountItems(zh, en, n) => l.pick(format!("{zh} {n} 项"), format!("{n} {en}")),
            T::CountTimes(zh, en, n) => l.pick(format!("{zh} {n} 次"), format!("{n} {en}")),
            T::CountPeople(zh, en, n) => l.pick(format!("{zh} {n} 人"), format!("{n} {en}")),
            T::Unit => p(("单位", "unit")),
            T::Record => p(("记录", "record")),
            T::Records => p(("记录", "records")),
            T::Kind => p(("类型", "kind")),
            T::Due => p(("到期日", "due")),
            T::What => p(("事项", "what")),
            T::Checks => p(("次数", "checks")),
            T::ChecksCount => p(("检查", "checks")),
            T::Count => p(("数量", "count")),

            T::Title { who, period } => l.pick(
                format!("{who} {}标准落地实施情况报告", period_name(*period, l)),
                format!(
                    "{who}: implementation of standards, {}",
                    period_name(*period, l)
                ),
            ),
            // A report handed in speaks for its unit: it says when its figures stand, not
            // which program counted them.
            T::Intro { as_of } => l.pick(
                format!(
                    "本报告数据统计截至{}，各项数据所计入的记录见附录。",
                    T::WrittenDate(*as_of).text(l)
                ),
                format!(
                    "Figures as of {}; the appendix names the records behind each.",
                    T::WrittenDate(*as_of).text(l)
                ),
            ),
            T::IntroPlain { as_of } => l.pick(
                format!("本报告数据统计截至{}。", T::WrittenDate(*as_of).text(l)),
                format!("Figures as of {}.", T::WrittenDate(*as_of).text(l)),
            ),
            T::ToBeWritten => p(("【待填写】", "[to be written]")),
            T::NarrativeUnreadable { file, why } => l.pick(
                format!("注意：报告正文 {file} 未能读取（{why}），各部分的文字暂缺。"),
                format!("Warning: the narrative {file} could not be read ({why}); the parts' text is missing."),
            ),
            T::NarrativeOutside => p(("它指向台账文件夹之外", "it leads outside the ledger folder")),
            T::NarrativeNotAFile => p(("它不是普通文件", "it is not a regular file")),
            T::NarrativeTooLarge { size, limit } => l.pick(
                format!("{size} 字节，超过上限 {limit} 字节"),
                format!("{size} bytes, over the limit of {limit}"),
            ),
            T::WrittenDate(d) => {
                let (y, m, day) = (d.year(), d.month(), d.day());
                l.pick(
                    format!("{y}年{m}月{day}日"),
                    format!("{day} {} {y}", MONTHS_EN[d.month0() as usize]),
                )
            }
            T::Attachment { n, title } => {
                l.pick(format!("附件{n}：{title}"), format!("Attachment {n}: {title}"))
            }
            T::Attributed { who, text } => {
                l.pick(format!("{who}：{text}"), format!("{who}: {text}"))
            }
            T::DaysOverdue(n) => l.pick(format!("逾期 {n} 天"), format!("{n} days overdue")),
            T::DaysToGo(n) => l.pick(format!("还有 {n} 天"), format!("{n} days left")),
            T::DueToday => p(("今天到期", "due today")),
            T::TimeLeft => p(("时限", "time left")),
            T::StandardCode => p(("标准编号", "code")),
            T::HeadSubmissions => p(("各单位报告报送情况", "Units' reports")),
            T::SubmissionsSummary { on_time, late, missing, pending, timeliness } => l.pick(
                format!("各单位本期报告：按时报送 {on_time} 个，逾期报送 {late} 个，逾期未报 {missing} 个，未到截止日 {pending} 个；报送及时率 {timeliness}。"),
                format!("The units' reports: {on_time} on time, {late} late, {missing} missing, {pending} not yet due; reports on time: {timeliness}."),
            ),
            T::AOverdueItems => p(("逾期事项", "overdue items")),
            T::ANextItems => p(("未来三个月到期事项", "items due in the next three months")),
            T::DraftProblems { overdue, open } => l.pick(
                format!("截至目前，逾期事项 {overdue} 项，检查发现、尚未关闭的问题 {open} 项。"),
                format!("{overdue} items are overdue and {open} findings are not yet closed."),
            ),
            T::DraftNext(n) => l.pick(
                format!("未来三个月内到期的事项 {n} 项。"),
                format!("{n} items fall due in the next three months."),
            ),
            T::IncompleteReport { .. } | T::IncompleteCircular { .. } => self
                .inlines(l)
                .iter()
                .map(|i| match i {
                    Inline::Text(s) | Inline::Code(s) => s.as_str(),
                    Inline::Strong(_) | Inline::Emphasis(_) => "",
                })
                .collect(),
            T::HeadOverview => p(("一、基本情况", "1. Overview")),
            T::CategoryCount { name, count } => {
                l.pick(format!("{name} {count} 项"), format!("{count} {name}"))
            }
            T::StandardsInForce { count, by_category } => l.pick(
                format!(
                    "在用标准 {count} 项：{}。",
                    by_category.as_deref().unwrap_or("无")
                ),
                format!(
                    "{count} standards in force: {}.",
                    by_category.as_deref().unwrap_or("none")
                ),
            ),
            T::Planned(n) => l.pick(
                format!("其中 {n} 项有实施计划。"),
                format!("{n} of them have an implementation plan."),
            ),
            T::PeriodActivity { checks, nonconformities, trainings } => l.pick(
                format!("本期检查 {checks} 次，发现不符合项 {nonconformities} 项，开展宣贯培训 {trainings} 场。"),
                format!("{checks} checks made, {nonconformities} nonconformities found, {trainings} briefings and trainings held in the period."),
            ),
            T::HeadFrequency => p(("二、实施频率", "2. Frequency of implementation")),
            T::DutyCompletion(rate) => l.pick(
                format!("定期检查完成率：{rate}。"),
                format!("Scheduled checks done: {rate}."),
            ),
            T::Hours(h) => l.pick(format!("{h} 学时"), format!("{h} hours")),
            T::HoursNotRecorded => p(("学时未记录", "hours not recorded")),
            T::HoursPartly { hours, unrecorded } => l.pick(
                format!("{hours} 学时（另有 {unrecorded} 场未记录学时）"),
                format!("{hours} hours ({unrecorded} more without hours recorded)"),
            ),
            T::Trainings { sessions, hours, attendees, assessed, passed, pass_rate } => l.pick(
                format!("宣贯培训 {sessions} 场、{hours}，参加 {attendees} 人次，参加考核 {assessed} 人，通过 {passed} 人，考核通过率 {pass_rate}。"),
                format!("{sessions} briefings and trainings, {hours}, {attendees} attendances, {assessed} assessed, {passed} passed: pass rate {pass_rate}."),
            ),
            T::CheckType => p(("检查方式", "type of check")),
            T::Cadence => p(("检查频次", "cadence")),
            T::Unscheduled => p(("不定期", "unscheduled")),
            T::ChartDuties => p(("定期检查完成率", "Scheduled checks done")),
            T::HeadScope => p(("三、实施范围", "3. Scope of implementation")),
            T::Implementation(rate) => l.pick(
                format!("标准实施率：{rate}（本期有实施记录的标准：完成第4步“实施标准”的计划、检查或培训涉及该标准）。"),
                format!("Standards implemented: {rate} (standards with evidence in the period: a plan's step 4 done, or a check or training naming them)."),
            ),
            T::StandardTitle => p(("名称", "title")),
            T::Owner => p(("归口部门", "owner")),
            T::Conforming => p(("结论符合", "conforming")),
            T::Nonconformities => p(("不符合项", "nonconformities")),
            T::NotClosed => p(("未关闭", "not closed")),
            T::TrainingsColumn => p(("培训", "trainings")),
            T::PlanProgress => p(("实施计划（已完成/活动数）", "plan (done/activities)")),
            T::NoPlan => p(("无计划", "no plan")),
            T::HeadUnits => p(("各单位对比", "Units compared")),
            T::StandardsLed => p(("牵头标准", "standards led")),
            T::Checked => p(("受检", "checks")),
            T::Conformity => p(("符合率", "conformity")),
            T::Closed => p(("已关闭", "closed")),
            T::Overdue => p(("逾期", "overdue")),
            T::DutiesDone => p(("定期检查完成率", "scheduled checks done")),
            T::ReportsOnTime => p(("报送及时率", "reports on time")),
            T::HalfReport => p(("半年报告", "report")),
            T::Evaluation => p(("评价", "evaluation")),
            T::ChartConformity => p(("各单位检查项目符合率", "Check items conforming, by unit")),
            T::HeadEffect => p(("四、实施成效", "4. Effect of implementation")),
            T::ItemsConforming(rate) => l.pick(
                format!("检查项目符合率：{rate}。"),
                format!("Check items conforming: {rate}."),
            ),
            T::NonconformitiesFound { found, major, by_status } => l.pick(
                format!("发现不符合项 {found} 项（其中重大整改 {major} 项），截至报告日：{by_status}。"),
                format!("{found} nonconformities found ({major} major); on the report date: {by_status}."),
            ),
            T::Rectified { completion, closure, on_time } => l.pick(
                format!("整改完成率 {completion}，关闭率 {closure}，按期完成率 {on_time}。"),
                format!("Rectified: {completion}; closed: {closure}; rectified on time: {on_time}."),
            ),
            T::Reviews { due, done, decisions, in_progress } => l.pick(
                format!(
                    "本期应复审标准 {due} 项，完成复审 {done} 次{}{}。",
                    decisions.as_ref().map_or_else(String::new, |d| format!("（{d}）")),
                    if *in_progress > 0 { format!("，已提出建议待作结论 {in_progress} 项") } else { String::new() }
                ),
                format!(
                    "{due} standards due for review in the period, {done} reviews decided{}{}.",
                    decisions.as_ref().map_or_else(String::new, |d| format!(" ({d})")),
                    if *in_progress > 0 { format!(", {in_progress} proposed and awaiting a decision") } else { String::new() }
                ),
            ),
            T::Satisfaction(v) => l.pick(
                format!("外部满意度：{v}。"),
                format!("External satisfaction: {v}."),
            ),
            T::CheckItem => p(("检查项目（附件2）", "check item (annex 2)")),
            T::ConformingRate => p(("符合率", "conforming")),
            T::ChartRectifications => p((
                "不符合项整改状态（各月末）",
                "Rectifications by status at each month's end",
            )),
            T::LegendOpen => p(("整改中", "open")),
            T::LegendOverdue => p(("逾期", "overdue")),
            T::LegendAwaiting => p(("待复查", "awaiting re-check")),
            T::LegendReopened => p(("重新整改", "reopened")),
            T::LegendClosed => p(("已关闭", "closed")),
            T::Method => p(("方式", "type")),
            T::Score => p(("得分", "score")),
            T::Grade => p(("等级", "grade")),
            T::StaffRatings(list) => l.pick(
                format!("员工执行标准考核：{list}。"),
                format!("Staff ratings: {list}."),
            ),
            T::HeadProblems => p(("五、存在问题", "5. Problems")),
            T::NothingOpen => p((
                "截至报告日没有逾期事项和未关闭的问题。",
                "Nothing overdue or open on the report date.",
            )),
            T::OverdueItems(n) => l.pick(
                format!("逾期事项 {n} 项："),
                format!("{n} overdue items:"),
            ),
            T::OpenFindings => p((
                "检查发现、尚未关闭的问题：",
                "Findings of the period not yet closed:",
            )),
            T::EvaluationFindings => p(("评价发现的问题：", "Problems found by evaluations:")),
            T::HeadNext => p(("六、下一步工作", "6. Next steps")),
            T::NothingNext => p((
                "未来三个月没有到期事项。",
                "Nothing falls due in the next three months.",
            )),
            T::NextItems(n) => l.pick(
                format!("未来三个月内到期的事项 {n} 项："),
                format!("{n} items fall due in the next three months:"),
            ),
            T::Recommendations => p((
                "评价提出的改进建议：",
                "Recommendations of the evaluations:",
            )),
            T::HeadAppendix => p((
                "附录：数据来源",
                "Appendix: the records behind the figures",
            )),
            T::AImplementation => p(("标准实施率", "standards implemented")),
            T::AConformity => p(("检查项目符合率", "check items conforming")),
            T::ARectified => p(("整改完成率", "rectified")),
            T::AClosed => p(("关闭率", "closed")),
            T::AOnTime => p(("按期完成率", "rectified on time")),
            T::AItem(item) => l.pick(format!("符合率：{item}"), format!("conforming: {item}")),
            T::ARatio { rate, num, den } => l.pick(
                format!("{rate}：计入 {num}；基数 {den}"),
                format!("{rate}：counted {num}；out of {den}"),
            ),
            T::ACount { count, ids } => format!("{count}：{ids}"),
            T::AStandards => p(("在用标准", "standards in force")),
            T::ATrainings => p(("宣贯培训", "trainings")),
            T::AReviewsDue => p(("应复审标准", "standards due for review")),
            T::AReviews => p(("复审", "reviews")),
            T::ASatisfaction => p(("外部满意度", "satisfaction")),
            T::AConcluding(c) => l.pick(
                format!("结论为“{c}”的检查"),
                format!("checks concluding {c}"),
            ),

            T::CircularTitle { who, period } => l.pick(
                format!("{who} {}标准实施情况检查结果通报", period_name(*period, l)),
                format!(
                    "{who}: results of the checks of standards implementation, {}",
                    period_name(*period, l)
                ),
            ),
            T::AsOf(d) => l.pick(format!("截至 {d}。"), format!("As of {d}.")),
            T::HeadSummary => p(("一、总体情况", "1. Summary")),
            T::ChecksTotal { total, types } => l.pick(
                format!("本期检查 {total} 次：{types}。"),
                format!("{total} checks: {types}."),
            ),
            T::Conclusions(list) => l.pick(
                format!("检查结论：{list}。"),
                format!("Conclusions: {list}."),
            ),
            T::SelfChecks { count, with_findings } => l.pick(
                format!("各处室（单位）日常自查 {count} 次，其中发现问题 {with_findings} 次（下表只列出发现问题的自查）。"),
                format!("{count} daily self-checks, {with_findings} of which found problems (only those are listed below)."),
            ),
            T::RectificationsByStatus(list) => l.pick(
                format!("发现的不符合项整改情况：{list}。"),
                format!("Nonconformities found, by status: {list}."),
            ),
            T::HeadChecks => p(("二、检查明细", "2. The checks")),
            T::NoChecks => p((
                "本期没有需要通报的检查。",
                "No checks to report in the period.",
            )),
            T::Date => p(("日期", "date")),
            T::Check => p(("检查", "check")),
            T::By => p(("检查单位", "by")),
            T::CheckedUnit => p(("被检查单位", "checked")),
            T::Inspectors => p(("检查人", "inspectors")),
            T::Conclusion => p(("结论", "conclusion")),
            T::ItemsConformingColumn => p(("项目符合", "items conforming")),
            T::NonconformitiesAndRectification => p(("不符合项及整改", "nonconformities")),
            T::SelfCheckBy => p(("自查", "self")),
            T::HeadFindings => p(("三、发现的主要问题", "3. Main findings")),

            T::StatusTitle { who, period, as_of } => l.pick(
                format!(
                    "{who} 标准化工作台账概览 — {}，截至 {as_of}",
                    period_name(*period, l)
                ),
                format!(
                    "{who}: the ledger at a glance — {}, as of {as_of}",
                    period_name(*period, l)
                ),
            ),
            T::StatusIncomplete { count, files } => l.pick(
                format!("注意：{count} 个文件未能完整读取（{files}），其中的记录未计入；请运行 gbsw check。"),
                format!("note: {count} files could not be read completely ({files}); their records are not counted. Run gbsw check."),
            ),
            T::Category => p(("标准类别", "category")),
            T::Plan => p(("实施计划", "plan")),
            T::ActivitiesDone => p(("已完成活动", "activities done")),
            T::Ends => p(("结束日期", "ends")),
            T::LateActivities => p(("逾期活动", "late activities")),
            T::ChecksInPeriod => p(("本期检查", "checks in the period")),
            T::CountOrRate => p(("次数 / 比率", "count / rate")),
            T::Total => p(("合计", "total")),
            T::ItemsConformingShort => p(("检查项目符合率", "items conforming")),
            T::RectificationState => p(("整改状态", "rectifications")),
            T::OverdueHeading { total, shown } => l.pick(
                format!(
                    "逾期事项 {total} 项{}：",
                    shown.map_or_else(String::new, |n| format!("（最早的 {n} 项）"))
                ),
                format!(
                    "{total} items overdue{}:",
                    shown.map_or_else(String::new, |n| format!(" (the {n} oldest)"))
                ),
            ),
            T::ReviewsDue => p((
                "应复审、修订或转化（逾期或本期到期）：",
                "Reviews, revisions and conversions overdue or due in the period:",
            )),
            T::EvaluationsImprovementsDue => p((
                "应评价、改进（逾期或本期到期）：",
                "Evaluations and improvements overdue or due in the period:",
            )),
            T::SubmissionsHeading(half) => l.pick(
                format!("{}标准落地实施情况报告报送：", period_name(*half, l)),
                format!("Reports on {}:", period_name(*half, l)),
            ),
            T::NoUnitOwes => p(("无应报送的单位", "no unit owes one")),
            T::Deadline => p(("截止日期", "deadline")),
            T::State => p(("情况", "state")),
            T::HandedIn => p(("报送日期", "handed in")),
            T::StatusFooter { as_of, due, overdue } => l.pick(
                format!("截至 {as_of}：共 {due} 项待办，其中逾期 {overdue} 项；gbsw due 列出全部。"),
                format!("as of {as_of}: {due} items due, {overdue} overdue; gbsw due lists them all."),
            ),
            T::Days => p(("剩余", "days")),
            T::Person => p(("责任人", "person")),
        }
    }

    /// The text as runs: a command in it is code, the rest plain text. Only the warnings about
    /// files left out name a command; every other text is one run.
    #[must_use]
    pub(crate) fn inlines(&self, lang: Lang) -> Vec<Inline> {
        let code = || Inline::Code("gbsw check".to_owned());
        match self {
            Self::IncompleteReport { count, files } => lang.pick(
                vec![
                    Inline::Text(format!("注意：台账中有 {count} 个文件未能完整读取，其中的记录未计入本报告：{files}。请运行 ")),
                    code(),
                    Inline::text(" 修正后重新生成。"),
                ],
                vec![
                    Inline::Text(format!("Warning: {count} files of the ledger could not be read completely and their records are not counted: {files}. Run ")),
                    code(),
                    Inline::text(", fix them and generate this report again."),
                ],
            ),
            Self::IncompleteCircular { count, files } => lang.pick(
                vec![
                    Inline::Text(format!("注意：台账中有 {count} 个文件未能完整读取，其中的记录未计入本通报：{files}。请运行 ")),
                    code(),
                    Inline::text("。"),
                ],
                vec![
                    Inline::Text(format!("Warning: {count} files could not be read completely and their records are not counted: {files}. Run ")),
                    code(),
                    Inline::text("."),
                ],
            ),
            other => vec![Inline::Text(other.text(lang))],
        }
    }
}

/// What ends the number of a numbered line in a narrative: `1.`, `1、`, `1)`, `1）`.
pub(crate) const NUMBER_ENDS: [char; 4] = ['.', '、', ')', '）'];

word_table! {
    /// 报告正文的组成部分: the parts of a report's narrative, as the guidance lists the report's
    /// contents (实施频率, 实施范围, 实施成效, 存在问题) and what comes next. A narrative's
    /// `## ` heading naming one of these words (in either language) is that part.
    NarrativePart;
    Frequency = "实施频率", "Frequency";
    Scope = "实施范围", "Scope";
    Effect = "实施成效", "Effect";
    Problems = "存在问题", "Problems";
    Next = "下一步工作", "Next steps";
}

impl NarrativePart {
    /// Every part, in the report's order.
    pub const ALL: [NarrativePart; 5] = [
        NarrativePart::Frequency,
        NarrativePart::Scope,
        NarrativePart::Effect,
        NarrativePart::Problems,
        NarrativePart::Next,
    ];

    /// Whether a heading of a narrative names this part: it holds the Chinese word, or the
    /// English one in any case.
    #[must_use]
    pub fn named_by(self, heading: &str) -> bool {
        heading.contains(self.text(Lang::Zh))
            || heading
                .to_lowercase()
                .contains(&self.text(Lang::En).to_lowercase())
    }
}

word_table! {
    /// The name of a figure in the semiannual report's indicator table (`--format csv`).
    IndicatorName;
    StandardsInForce = "在用标准数", "standards in force";
    Implementation = "标准实施率", "standards implemented";
    DutyCompletion = "定期检查完成率", "scheduled checks done";
    SubmissionTimeliness = "报送及时率", "reports on time";
    Checks = "检查次数", "checks";
    Conformity = "检查项目符合率", "check items conforming";
    Nonconformities = "不符合项数", "nonconformities found";
    MajorNonconformities = "重大整改项数", "major nonconformities";
    RectificationCompletion = "整改完成率", "rectified";
    RectificationClosure = "关闭率", "closed";
    RectificationOnTime = "按期完成率", "rectified on time";
    Trainings = "宣贯培训场次", "trainings";
    TrainingPassRate = "考核通过率", "assessment pass rate";
    ReviewsDue = "应复审标准数", "standards due for review";
    ReviewsDone = "完成复审次数", "reviews done";
    Satisfaction = "外部满意度（%）", "external satisfaction (%)";
}

/// The name of the count of checks of one type in the indicator table: `检查次数：自查` /
/// `checks: self`.
#[must_use]
pub(crate) fn checks_of_type(check_type: &str, lang: Lang) -> String {
    lang.pick(
        format!("检查次数：{check_type}"),
        format!("checks: {check_type}"),
    )
}

/// The name of the conformity of one kind of check item in the indicator table:
/// `符合率：…` / `conforming: …`.
#[must_use]
pub(crate) fn conformity_of_item(item: &str, lang: Lang) -> String {
    lang.pick(format!("符合率：{item}"), format!("conforming: {item}"))
}

/// The CSV columns of the indicator table: Chinese name and English key.
pub(crate) const INDICATOR_CSV_COLUMNS: [(&str, &str); 5] = [
    ("指标代码", "indicator"),
    ("指标", "label"),
    ("分子", "numerator"),
    ("分母", "denominator"),
    ("数值", "value"),
];

/// The columns of the check circular's CSV that no field of a check holds (its items'
/// figures, its nonconformities): Chinese name and English key. The check's own fields
/// are headed by their descriptors' labels.
pub(crate) const CHECKS_CSV_DERIVED: [(&str, &str); 3] = [
    ("符合项数", "items_conforming"),
    ("检查项数", "items_checked"),
    ("不符合项", "rectifications"),
];
