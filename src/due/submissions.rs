//! The semiannual reports (每年6月底和12月底): for each half year from the one the ledger
//! starts in, each unit that owned a standard in force during that half owes a report, until a
//! submission dated by the as-of date records it.

use std::collections::{BTreeSet, HashSet};

use chrono::Datelike;

use super::Cx;
use crate::ledger::Ledger;
use crate::message::Msg;
use crate::model::manifest::MonthDay;
use crate::model::manifest::Unit;
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

/// The deadline of a half year's report under the manifest's defaults.
#[must_use]
pub(crate) fn deadline_of(
    half: Period,
    defaults: &crate::model::manifest::Defaults,
) -> chrono::NaiveDate {
    let md = match half {
        Period::Half(_, 1) => defaults.report_deadline_h1,
        _ => defaults.report_deadline_h2,
    };
    deadline(half, md)
}

/// The units that owe a report for a half year: those that owned a standard in force during
/// it and had joined the ledger by its end, in id order.
#[must_use]
pub(crate) fn owing_units(ledger: &Ledger, half: Period) -> Vec<&Unit> {
    let Some(manifest) = &ledger.manifest else {
        return Vec::new();
    };
    let owners: BTreeSet<&Id> = ledger
        .standards
        .iter()
        .filter(|s| s.in_force_between(half.start(), half.end()))
        .map(|s| &s.owner.value)
        .collect();
    owners
        .into_iter()
        .filter_map(|id| manifest.unit(id.as_str()))
        .filter(|u| u.since.as_ref().is_none_or(|d| d.value <= half.end()))
        .collect()
}

pub(super) fn run(cx: &mut Cx<'_>) {
    let ledger = cx.ledger;
    // A submission dated after the as-of date has not happened yet.
    let done: HashSet<(&str, Period)> = ledger
        .submissions
        .iter()
        .filter(|s| s.submitted.value <= cx.as_of)
        .map(|s| (s.unit.value.as_str(), s.period.value))
        .collect();
    // Like duties, reports are looked for over the last two years only: a report whose
    // deadline came before is not listed. A deadline falls within a year of its half's start,
    // so the halves before the year ahead of that day are skipped, not walked.
    let from = cx.lookback;
    let first = from
        .checked_sub_months(chrono::Months::new(12))
        .unwrap_or(from);
    let mut half = Period::half_of(cx.ledger_start.max(first));
    let last = Period::half_of(cx.as_of);
    while half <= last {
        for u in owing_units(ledger, half) {
            let unit = &u.id.value;
            if done.contains(&(unit.as_str(), half)) || deadline_of(half, &cx.defaults) < from {
                continue;
            }
            let source = cx.manifest_source(&u.id);
            cx.push(
                DueKind::Submission,
                deadline_of(half, &cx.defaults),
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
