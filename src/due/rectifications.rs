//! Rectifications: due or overdue, awaiting re-check, reopened; major ones without a report.

use chrono::Days;

use super::Cx;
use crate::message::Msg;
use crate::model::vocab::{NcSeverity, RectificationStatus};

pub(super) fn run(cx: &mut Cx<'_>) {
    let ledger = cx.ledger;
    let window = Days::new(u64::try_from(cx.defaults.recheck_days).unwrap_or(0));
    for n in &ledger.rectifications {
        let id = n.id.value.as_str();
        let unit = Some(n.unit.value.clone());
        let person = n.responsible.as_ref().map(|p| p.value.clone());
        let source = Some(cx.source(id, n.meta));
        let status = n.status(cx.as_of);
        match status {
            RectificationStatus::Open | RectificationStatus::Overdue => cx.push(
                crate::model::vocab::DueKind::Rectification,
                n.due.value,
                unit.clone(),
                person.clone(),
                source.clone(),
                Msg::DueRectification {
                    id: id.to_owned(),
                    description: n.description.value.clone(),
                },
                format!("rectification/{id}"),
            ),
            RectificationStatus::AwaitingRecheck => {
                let completed = n.completed.as_ref().map_or(n.due.value, |c| c.value);
                cx.push(
                    crate::model::vocab::DueKind::Recheck,
                    completed.checked_add_days(window).unwrap_or(completed),
                    unit.clone(),
                    None,
                    source.clone(),
                    Msg::DueRecheck {
                        id: id.to_owned(),
                        completed: completed.to_string(),
                    },
                    format!("recheck/{id}"),
                );
            }
            RectificationStatus::Reopened => {
                let failed = n.last_recheck().map_or(n.due.value, |r| r.date.value);
                cx.push(
                    crate::model::vocab::DueKind::Reopened,
                    failed.checked_add_days(window).unwrap_or(failed),
                    unit.clone(),
                    person.clone(),
                    source.clone(),
                    Msg::DueReopened {
                        id: id.to_owned(),
                        failed: failed.to_string(),
                    },
                    format!("reopened/{id}"),
                );
            }
            RectificationStatus::Closed => {}
        }
        if n.severity() == NcSeverity::Major && n.report.is_none() {
            cx.push(
                crate::model::vocab::DueKind::MajorReport,
                n.due.value,
                unit,
                person,
                source,
                Msg::DueMajorReport { id: id.to_owned() },
                format!("major-report/{id}"),
            );
        }
    }
}
