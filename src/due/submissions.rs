//! The semiannual reports (每年6月底和12月底): each unit that leads a standard in force owes
//! one per half year, from the half the ledger starts in, until a submission records it.

use std::collections::{BTreeSet, HashSet};

use chrono::Datelike;

use super::Cx;
use crate::message::Msg;
use crate::model::vocab::{DueKind, StandardStatus};
use crate::model::{Id, Period};

pub(super) fn run(cx: &mut Cx<'_>) {
    let ledger = cx.ledger;
    let Some(manifest) = &ledger.manifest else {
        return;
    };
    let leads: BTreeSet<&Id> = ledger
        .standards
        .iter()
        .filter(|s| {
            matches!(
                s.status.value,
                StandardStatus::InForce | StandardStatus::UnderRevision
            )
        })
        .map(|s| &s.owner.value)
        .collect();
    let done: HashSet<(&str, Period)> = ledger
        .submissions
        .iter()
        .map(|s| (s.unit.value.as_str(), s.period.value))
        .collect();
    let manifest_file = ledger.manifest_file();
    for unit in leads {
        let Some(u) = manifest.unit(unit.as_str()) else {
            continue;
        };
        let start = u
            .since
            .as_ref()
            .map_or(cx.ledger_start, |d| d.value.max(cx.ledger_start));
        let mut half = Period::half_of(start);
        let last = Period::half_of(cx.as_of);
        let source = manifest_file.map(|f| {
            cx.source(
                unit.as_str(),
                crate::model::Meta {
                    file: f,
                    span: u.id.span,
                },
            )
        });
        while half <= last {
            if !done.contains(&(unit.as_str(), half)) {
                let deadline = match half {
                    Period::Half(y, 1) => cx.defaults.report_deadline_h1.in_year(y),
                    _ => cx.defaults.report_deadline_h2.in_year(half.start().year()),
                };
                cx.push(
                    DueKind::Submission,
                    deadline,
                    Some(unit.clone()),
                    u.head.as_ref().map(|h| h.value.clone()),
                    source.clone(),
                    Msg::DueSubmission {
                        unit: u.name.value.clone(),
                        period: half.to_string(),
                    },
                    format!("submission/{unit}/{half}"),
                );
            }
            let Some(next) = half.end().succ_opt() else {
                break;
            };
            half = Period::half_of(next);
        }
    }
}
