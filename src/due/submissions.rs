//! The semiannual reports (每年6月底和12月底): for each half year from the one the ledger
//! starts in, each unit that owned a standard in force during that half owes a report, until a
//! submission dated by the as-of date records it.

use std::collections::{BTreeSet, HashSet};

use chrono::Datelike;

use super::Cx;
use crate::message::Msg;
use crate::model::manifest::MonthDay;
use crate::model::vocab::DueKind;
use crate::model::{Id, Period};

/// The deadline of a half year's report: the manifest's month and day in the half's year,
/// or in the next year when that day would come before the half begins (`01-15` for H2).
#[must_use]
pub fn deadline(half: Period, md: MonthDay) -> chrono::NaiveDate {
    let start = half.start();
    let this_year = md.in_year(start.year());
    if this_year < start {
        md.in_year(start.year() + 1)
    } else {
        this_year
    }
}

pub(super) fn run(cx: &mut Cx<'_>) {
    let ledger = cx.ledger;
    let Some(manifest) = &ledger.manifest else {
        return;
    };
    // A submission dated after the as-of date has not happened yet.
    let done: HashSet<(&str, Period)> = ledger
        .submissions
        .iter()
        .filter(|s| s.submitted.value <= cx.as_of)
        .map(|s| (s.unit.value.as_str(), s.period.value))
        .collect();
    let manifest_file = ledger.manifest_file();
    // Like duties, reports are looked for over the last two years only: a report whose
    // deadline came before is not listed. A deadline falls within a year of its half's start,
    // so the halves before the year ahead of that day are skipped, not walked.
    let from = cx
        .as_of
        .checked_sub_months(chrono::Months::new(super::duties::LOOKBACK_MONTHS))
        .unwrap_or(cx.as_of);
    let first = from
        .checked_sub_months(chrono::Months::new(12))
        .unwrap_or(from);
    let mut half = Period::half_of(cx.ledger_start.max(first));
    let last = Period::half_of(cx.as_of);
    while half <= last {
        let owners: BTreeSet<&Id> = ledger
            .standards
            .iter()
            .filter(|s| s.in_force_between(half.start(), half.end()))
            .map(|s| &s.owner.value)
            .collect();
        let md = match half {
            Period::Half(_, 1) => cx.defaults.report_deadline_h1,
            _ => cx.defaults.report_deadline_h2,
        };
        for unit in owners {
            let Some(u) = manifest.unit(unit.as_str()) else {
                continue;
            };
            // A unit that joined the ledger after the half ended owes nothing for it.
            if u.since.as_ref().is_some_and(|d| d.value > half.end())
                || done.contains(&(unit.as_str(), half))
                || deadline(half, md) < from
            {
                continue;
            }
            let source = manifest_file.map(|f| {
                cx.source(
                    unit.as_str(),
                    crate::model::Meta {
                        file: f,
                        span: u.id.span,
                    },
                )
            });
            cx.push(
                DueKind::Submission,
                deadline(half, md),
                Some(unit.clone()),
                u.head.as_ref().map(|h| h.value.clone()),
                source,
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
