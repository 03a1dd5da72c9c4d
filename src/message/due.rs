//! The due calendar's sentences: one line an item, saying what is due.

use super::Msg;
use crate::lang::Lang;

/// The text of a due-item variant of [`Msg`]; [`Msg::text`] sends only those here.
pub(super) fn text(msg: &Msg, l: Lang) -> String {
    match msg {
        // The table shows the kind and the unit in columns of their own, so these lead
        // with what tells one item from another.
        Msg::DueActivity {
            plan,
            step,
            activity,
        } => l.pick(
            format!("{plan} 第{step}步：{activity}"),
            format!("{plan} step {step}: {activity}"),
        ),
        Msg::DuePlanEnd { plan, open } => l.pick(
            format!("{plan} 到期，仍有 {open} 项活动未完成"),
            format!("{plan} ends with {open} activities not done"),
        ),
        Msg::DueRectification { id, description } => l.pick(
            format!("{id}：{description}"),
            format!("{id}: {description}"),
        ),
        Msg::DueRecheck { id, completed } => l.pick(
            format!("{id} 整改已于 {completed} 完成，待复查"),
            format!("{id} rectified on {completed}, to be re-checked"),
        ),
        Msg::DueReopened { id, failed } => l.pick(
            format!("{id} 于 {failed} 复查未通过，需重新整改"),
            format!("{id} failed its re-check on {failed}: rectify again"),
        ),
        Msg::DueMajorReport { id } => l.pick(
            format!("{id} 为重大整改，跟进情况需由检查组形成书面报告"),
            format!("{id} is major: write the report on its rectification"),
        ),
        Msg::DueDuty {
            schedule,
            unit,
            period,
        } => l.pick(
            format!("{period} {schedule}（{unit}）"),
            format!("{period} {schedule} ({unit})"),
        ),
        Msg::DueReview {
            standard,
            title,
            last,
        } => l.pick(
            format!("{standard}《{title}》（上次复审：{last}）"),
            format!("{standard} {title} (last reviewed: {last})"),
        ),
        Msg::DueValidity {
            standard,
            code,
            last,
        } => l.pick(
            format!("{code}（{standard}）是否现行有效（上次核查：{last}）"),
            format!("is {code} ({standard}) still valid? (last checked: {last})"),
        ),
        Msg::DueSubmission { unit, period } => l.pick(
            format!("{period} 标准落地实施情况报告（{unit}）"),
            format!("{period} implementation report ({unit})"),
        ),
        Msg::DueReviewInProgress {
            standard,
            title,
            since,
            proposal,
        } => l.pick(
            format!(
                "{standard}《{title}》复审进行中（{since} 起，{}），待作出复审结论",
                proposal.map_or_else(|| "尚无建议".to_owned(), |p| format!("建议{}", p.zh()))
            ),
            format!(
                "{standard} {title}: review under way since {since} ({}), no decision yet",
                proposal.map_or_else(|| "no proposal".to_owned(), |p| format!("proposal: {}", p.en()))
            ),
        ),
        Msg::DueRevision {
            standard,
            title,
            decision,
            by,
            on,
        } => l.pick(
            format!("{standard}《{title}》：{by} 于 {on} 决定{}，待发布新标准", decision.zh()),
            format!(
                "{standard} {title}: {by} decided on {on} to {} it; no new standard yet",
                decision.key()
            ),
        ),
        Msg::DueRevisionAfterImprovement {
            standard,
            title,
            improvement,
            on,
        } => l.pick(
            format!("{standard}《{title}》：改进 {improvement} 于 {on} 确认有效，待修订标准"),
            format!(
                "{standard} {title}: improvement {improvement} found effective on {on}; revise the standard"
            ),
        ),
        Msg::DueImprovement {
            id,
            standard,
            round,
        } => l.pick(
            format!("{id}：{standard} 第{round}轮改进，待验证效果"),
            format!("{id}: round {round} of improving {standard}, to be verified"),
        ),
        Msg::DueNextRound {
            id,
            standard,
            round,
        } => l.pick(
            format!("{id} 改进效果不明显：{standard} 第{round}轮改进待开始"),
            format!("{id} did not work: round {round} of improving {standard} to begin"),
        ),
        // Not a due item: `Msg::text` never sends one here.
        _ => String::new(),
    }
}

/// A due item's text in a document: the same without record ids (the table's own columns
/// say the kind and the unit; the appendix keeps the ids).
pub(crate) fn plain(msg: &Msg, l: Lang) -> String {
    match msg {
        Msg::DueActivity { step, activity, .. } => l.pick(
            format!("实施计划第{step}步：{activity}"),
            format!("plan step {step}: {activity}"),
        ),
        Msg::DuePlanEnd { open, .. } => l.pick(
            format!("实施计划到期，仍有 {open} 项活动未完成"),
            format!("a plan ends with {open} activities not done"),
        ),
        Msg::DueRectification { description, .. } => description.clone(),
        Msg::DueRecheck { completed, .. } => l.pick(
            format!("整改已于 {completed} 完成，待复查"),
            format!("rectified on {completed}, to be re-checked"),
        ),
        Msg::DueReopened { failed, .. } => l.pick(
            format!("{failed} 复查未通过，需重新整改"),
            format!("failed its re-check on {failed}: rectify again"),
        ),
        Msg::DueMajorReport { .. } => l.pick(
            "重大整改措施的跟进情况需由检查组形成书面报告".to_owned(),
            "a major nonconformity: the inspection group writes the report on its rectification"
                .to_owned(),
        ),
        Msg::DueDuty {
            schedule, period, ..
        } => l.pick(
            format!("{period} {schedule}"),
            format!("{period} {schedule}"),
        ),
        Msg::DueReview { title, last, .. } => l.pick(
            format!("《{title}》复审（上次复审：{last}）"),
            format!("review of {title} (last reviewed: {last})"),
        ),
        Msg::DueValidity { code, last, .. } => l.pick(
            format!("{code} 是否现行有效（上次核查：{last}）"),
            format!("is {code} still valid? (last checked: {last})"),
        ),
        Msg::DueSubmission { period, .. } => l.pick(
            format!("{period} 标准落地实施情况报告"),
            format!("{period} implementation report"),
        ),
        Msg::DueReviewInProgress { title, since, .. } => l.pick(
            format!("《{title}》复审进行中（{since} 起），待作出复审结论"),
            format!("review of {title} under way since {since}, no decision yet"),
        ),
        Msg::DueRevision {
            title,
            decision,
            on,
            ..
        } => l.pick(
            format!("《{title}》于 {on} 决定{}，待发布新标准", decision.zh()),
            format!(
                "{title}: decided on {on} to {} it, no new standard yet",
                decision.key()
            ),
        ),
        Msg::DueRevisionAfterImprovement { title, on, .. } => l.pick(
            format!("《{title}》的改进于 {on} 确认有效，待修订标准"),
            format!("{title}: an improvement found effective on {on}; revise the standard"),
        ),
        Msg::DueImprovement { round, .. } => l.pick(
            format!("第{round}轮改进，待验证效果"),
            format!("round {round} of an improvement, to be verified"),
        ),
        Msg::DueNextRound { round, .. } => l.pick(
            format!("改进效果不明显，第{round}轮改进待开始"),
            format!("an improvement did not work: round {round} to begin"),
        ),
        other => text(other, l),
    }
}

/// The line under `gbsw due`'s table: `截至 …：共 n 项待办，其中逾期 m 项。`, the overdue
/// count passed through `paint` (the error colour when there are any).
#[must_use]
pub fn summary(
    as_of: &dyn std::fmt::Display,
    total: usize,
    overdue: usize,
    paint: impl Fn(String) -> String,
    lang: Lang,
) -> String {
    lang.pick(
        format!(
            "截至 {as_of}：共 {total} 项待办，其中{}。\n",
            paint(format!("逾期 {overdue} 项"))
        ),
        format!(
            "as of {as_of}: {total} items due, {}.\n",
            paint(format!("{overdue} overdue"))
        ),
    )
}

/// The CSV columns of `gbsw due`: Chinese name and English key.
pub(crate) const CSV_COLUMNS: [(&str, &str); 12] = [
    ("到期日", "due"),
    ("剩余天数", "days_left"),
    ("类型代码", "kind"),
    ("类型", "kind_zh"),
    ("单位", "unit"),
    ("单位名称", "unit_name"),
    ("责任人", "person"),
    ("记录", "record"),
    ("文件", "file"),
    ("行号", "line"),
    ("事项", "description"),
    ("标识", "uid"),
];

/// The iCalendar's name.
#[must_use]
pub(crate) fn calendar_name(organization: &str, lang: Lang) -> String {
    lang.pick(
        format!("{organization} 标准化工作待办"),
        format!("{organization}: standards work due"),
    )
}

/// The note that scheduled checks and reports are looked for from `from` on only.
#[must_use]
pub fn lookback_note(from: &dyn std::fmt::Display, lang: Lang) -> String {
    lang.pick(
        format!("注意：定期检查和半年报告只列出 {from} 以后到期的（近两年）；更早未履行的不再列出。"),
        format!("note: scheduled checks and semiannual reports are listed from {from} on (the last two years); earlier ones not done are not listed."),
    )
}

/// The note that due dates past the built-in holidays count weekends only.
#[must_use]
pub fn holidays_note(last: &dyn std::fmt::Display, lang: Lang) -> String {
    lang.pick(
        format!("注意：内置的国务院节假日安排只到 {last}，之后的日期只按周末计算；请在 gbsw.toml 的 [calendar] 中补充节假日和调休上班日。"),
        format!("note: the built-in State Council holiday schedule ends on {last}; later dates count weekends only. Add holidays and make-up working days to [calendar] in gbsw.toml."),
    )
}
