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
            format!("{id} 为严重不符合项，整改跟进情况需形成书面报告"),
            format!("{id} is major: write the report on its rectification"),
        ),
        Msg::DueCheckDuty {
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
            format!("{period} 标准实施情况报告（{unit}）"),
            format!("{period} implementation report ({unit})"),
        ),
        // Not a due item: `Msg::text` never sends one here.
        _ => String::new(),
    }
}
