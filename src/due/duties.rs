//! Recurring check duties from the manifest's schedules: for each duty, unit and period, a
//! check record fulfils it or it is due (the current period) or missed (a past one). Daily
//! duties fall on working days only.

use std::collections::HashMap;

use chrono::{Datelike, Days, NaiveDate};

use super::Cx;
use crate::calendar::WorkCalendar;
use crate::ledger::Ledger;
use crate::message::Msg;
use crate::model::manifest::Schedule;
use crate::model::vocab::{Cadence, CheckType, DueKind};
use crate::model::{Check, Id, Period};

/// First and last day of the period of a cadence that holds `date`.
#[must_use]
pub fn bounds(cadence: Cadence, date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let period = |p: Period| (p.start(), p.end());
    let month = u8::try_from(date.month()).unwrap_or(1);
    match cadence {
        Cadence::Daily => (date, date),
        Cadence::Weekly => {
            let monday = date - Days::new(u64::from(date.weekday().num_days_from_monday()));
            (monday, monday + Days::new(6))
        }
        Cadence::Monthly => period(Period::Month(date.year(), month)),
        Cadence::Quarterly => period(Period::Quarter(date.year(), (month - 1) / 3 + 1)),
        Cadence::Semiannual => period(Period::Half(date.year(), if month <= 6 { 1 } else { 2 })),
        Cadence::Annual => period(Period::Year(date.year())),
    }
}

/// How a period is named in a due item.
pub(super) fn label(cadence: Cadence, start: NaiveDate) -> String {
    let month = u8::try_from(start.month()).unwrap_or(1);
    match cadence {
        Cadence::Daily => start.to_string(),
        Cadence::Weekly => {
            let w = start.iso_week();
            format!("{}-W{:02}", w.year(), w.week())
        }
        Cadence::Monthly => Period::Month(start.year(), month).to_string(),
        Cadence::Quarterly => Period::Quarter(start.year(), (month - 1) / 3 + 1).to_string(),
        Cadence::Semiannual => {
            Period::Half(start.year(), if month <= 6 { 1 } else { 2 }).to_string()
        }
        Cadence::Annual => Period::Year(start.year()).to_string(),
    }
}

/// Whether a check fulfils the schedule: it names the schedule, or names none and is of the
/// schedule's type (or one that stands in for it).
fn fulfils(check: &Check, schedule: &Schedule) -> bool {
    match &check.schedule {
        Some(s) => s.value == schedule.id.value,
        None => stands_in_for(check.check_type.value, schedule.check_type.value),
    }
}

/// Whether a check of type `done` does the duty of a check of type `owed`: its own type, or,
/// for the half-yearly mutual check, a third-party or higher-level check, which 附件2 and the
/// guidance (“组织开展互评互查或第三方检查”) accept in its place.
#[must_use]
pub fn stands_in_for(done: CheckType, owed: CheckType) -> bool {
    done == owed
        || (owed == CheckType::Mutual
            && matches!(done, CheckType::ThirdParty | CheckType::HigherLevel))
}

/// One period of one duty for one unit, and the check that fulfilled it, if any.
#[derive(Debug, Clone)]
pub(crate) struct DutyPeriod<'a> {
    pub schedule: &'a Schedule,
    pub unit: &'a Id,
    pub start: NaiveDate,
    /// The day the duty falls due: the working day itself (daily) or the period's last
    /// working day.
    pub due: NaiveDate,
    pub fulfilled_by: Option<&'a Check>,
}

impl DutyPeriod<'_> {
    /// The period's name: `2026-05-12`, `2026-W20`, `2026-05`, `2026Q2`, `2026H1`, `2026`.
    #[must_use]
    pub(crate) fn label(&self) -> String {
        label(self.schedule.cadence.value, self.start)
    }
}

/// How far back from the as-of date `gbsw due` lists missed duty periods (and semiannual
/// reports not sent, in `submissions`): two years, four
/// half-year reporting periods. Older misses cannot be made up and are not in any report a
/// bureau still owes; counting them would make the work grow with the ledger's age (a weekly
/// duty from 1949 to 2200 is 13 000 periods a unit), where now it is at most two years of
/// periods per duty and unit (about 500 working days for a daily duty, 105 weeks, 24 months).
pub const LOOKBACK_MONTHS: u32 = 24;

/// The first day of the look-back window of an as-of date.
#[must_use]
pub(crate) fn lookback_start(as_of: NaiveDate) -> NaiveDate {
    as_of
        .checked_sub_months(chrono::Months::new(LOOKBACK_MONTHS))
        .unwrap_or(as_of)
}

/// Every period of every duty of every unit, from when it is owed up to `as_of` (the period
/// holding `as_of` included), leaving out periods that end before the one holding `from`:
/// they are skipped, not walked, so the work is bounded by `from..=as_of`, whatever the
/// ledger's start. See docs/due.md for the rules.
#[must_use]
pub(crate) fn duty_periods<'a>(
    ledger: &'a Ledger,
    calendar: &WorkCalendar,
    ledger_start: NaiveDate,
    from: NaiveDate,
    as_of: NaiveDate,
) -> Vec<DutyPeriod<'a>> {
    let mut out = Vec::new();
    let Some(manifest) = &ledger.manifest else {
        return out;
    };
    // Checks per unit, sorted by date, so each period's lookup is a binary search.
    let mut by_unit: HashMap<&str, Vec<&Check>> = HashMap::new();
    // A check dated after the as-of date has not happened yet: it fulfils nothing.
    for c in ledger.checks.iter().filter(|c| c.date.value <= as_of) {
        by_unit.entry(c.unit.value.as_str()).or_default().push(c);
    }
    for list in by_unit.values_mut() {
        list.sort_by_key(|c| c.date.value);
    }
    for schedule in &manifest.schedules {
        let cadence = schedule.cadence.value;
        for unit_id in schedule.covered(manifest) {
            let since = manifest
                .unit(unit_id.as_str())
                .and_then(|u| u.since.as_ref())
                .map(|d| d.value);
            let start = owed_from(since, schedule.start.as_ref(), ledger_start);
            let last = schedule.end.as_ref().map_or(as_of, |e| e.value.min(as_of));
            let checks: &[&Check] = by_unit.get(unit_id.as_str()).map_or(&[], Vec::as_slice);
            // Whole periods before the window are skipped; the owed part of the first period
            // is still counted from `start`, so the window changes no period it keeps.
            for (p_start, p_end) in walk(cadence, start.max(bounds(cadence, from).0), last) {
                let owed_from = p_start.max(start);
                let owed_to = schedule.end.as_ref().map_or(p_end, |e| e.value.min(p_end));
                // A period with no working day in the part that is owed (a unit joining on
                // the last Saturday of a month) owes nothing.
                let due = if cadence == Cadence::Daily {
                    calendar.is_workday(p_start).then_some(p_start)
                } else {
                    calendar.last_workday(owed_from, owed_to)
                };
                if let Some(due) = due
                    && active(ledger, schedule, p_start, p_end)
                {
                    out.push(DutyPeriod {
                        schedule,
                        unit: unit_id,
                        start: p_start,
                        due,
                        fulfilled_by: fulfilled(checks, schedule, p_start, p_end),
                    });
                }
            }
        }
    }
    out
}

/// The first day a recurring duty (a schedule, an evaluation plan) is owed: an explicit start
/// (the duty's, the unit's `since`) wins; the ledger's first record stands in only when
/// neither is given, so that a ledger begun mid-year does not owe the months before it kept
/// records.
pub(super) fn owed_from(
    since: Option<NaiveDate>,
    start: Option<&crate::span::Sp<NaiveDate>>,
    ledger_start: NaiveDate,
) -> NaiveDate {
    [since, start.map(|d| d.value)]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(ledger_start)
}

/// The periods of a cadence, first and last day, from the one holding `first` on, each
/// entered (at `first`, then at its first day) no later than `last`: none when `first` is
/// after `last`.
pub(super) fn walk(
    cadence: Cadence,
    first: NaiveDate,
    last: NaiveDate,
) -> impl Iterator<Item = (NaiveDate, NaiveDate)> {
    let entered = move |day: NaiveDate| (day, bounds(cadence, day));
    std::iter::successors(Some(entered(first)), move |(_, (_, end))| {
        end.succ_opt().map(entered)
    })
    .take_while(move |(day, _)| *day <= last)
    .map(|(_, period)| period)
}

pub(super) fn run(cx: &mut Cx<'_>, periods: &[DutyPeriod<'_>]) {
    for p in periods {
        if p.fulfilled_by.is_some() {
            continue;
        }
        let schedule = p.schedule;
        let name = schedule
            .name
            .as_ref()
            .map_or_else(|| schedule.id.value.0.clone(), |n| n.value.clone());
        let source = cx.manifest_source(&schedule.id);
        let period = p.label();
        let unit_name = cx.unit_name(p.unit);
        let person = cx.unit_head(Some(p.unit));
        cx.push(
            DueKind::CheckDuty,
            p.due,
            Some(p.unit.clone()),
            person,
            source,
            Msg::DueDuty {
                schedule: name,
                unit: unit_name,
                period: period.clone(),
            },
            format!("duty/{}/{}/{period}", schedule.id.value, p.unit),
        );
    }
}

fn fulfilled<'a>(
    checks: &[&'a Check],
    schedule: &Schedule,
    start: NaiveDate,
    end: NaiveDate,
) -> Option<&'a Check> {
    let from = checks.partition_point(|c| c.date.value < start);
    checks
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(|c| c.date.value <= end)
        .find(|c| fulfils(c, schedule))
        .copied()
}

/// A duty tied to standards is owed only while one of them is in force: not before it took
/// effect, not after it was abolished.
fn active(ledger: &Ledger, schedule: &Schedule, start: NaiveDate, end: NaiveDate) -> bool {
    if schedule.standards.is_empty() {
        return true;
    }
    schedule.standards.iter().any(|sid| {
        ledger
            .standard(sid.value.as_str())
            .is_none_or(|s| s.in_force_between(start, end))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn period_bounds() {
        assert_eq!(
            bounds(Cadence::Weekly, d(2026, 5, 13)),
            (d(2026, 5, 11), d(2026, 5, 17))
        );
        assert_eq!(
            bounds(Cadence::Monthly, d(2024, 2, 10)),
            (d(2024, 2, 1), d(2024, 2, 29))
        );
        assert_eq!(
            bounds(Cadence::Monthly, d(2026, 2, 10)),
            (d(2026, 2, 1), d(2026, 2, 28))
        );
        assert_eq!(
            bounds(Cadence::Quarterly, d(2026, 9, 30)),
            (d(2026, 7, 1), d(2026, 9, 30))
        );
        assert_eq!(
            bounds(Cadence::Quarterly, d(2026, 10, 1)),
            (d(2026, 10, 1), d(2026, 12, 31))
        );
        assert_eq!(
            bounds(Cadence::Semiannual, d(2026, 6, 30)),
            (d(2026, 1, 1), d(2026, 6, 30))
        );
        assert_eq!(
            bounds(Cadence::Semiannual, d(2026, 7, 1)),
            (d(2026, 7, 1), d(2026, 12, 31))
        );
        assert_eq!(
            bounds(Cadence::Annual, d(2026, 7, 1)),
            (d(2026, 1, 1), d(2026, 12, 31))
        );
        assert_eq!(label(Cadence::Weekly, d(2026, 5, 11)), "2026-W20");
        assert_eq!(label(Cadence::Quarterly, d(2026, 7, 1)), "2026Q3");
    }
}
