//! 工作日历: which days are working days. Weekends are off; the State Council's published
//! holidays and make-up working days (调休) come from the `chinese_holiday` crate where it has
//! data; the manifest's `[calendar]` adds and overrides days.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::model::manifest::Calendar;

/// The first and last day the built-in holiday data covers. Outside it only weekends and the
/// manifest's days count, and `gbsw due` says so.
#[must_use]
pub fn builtin_range() -> (NaiveDate, NaiveDate) {
    (
        NaiveDate::from_ymd_opt(2004, 1, 1).unwrap_or(NaiveDate::MIN),
        NaiveDate::from_ymd_opt(2026, 12, 25).unwrap_or(NaiveDate::MIN),
    )
}

#[derive(Debug, Clone, Default)]
pub struct WorkCalendar {
    holidays: HashSet<NaiveDate>,
    workdays: HashSet<NaiveDate>,
}

impl WorkCalendar {
    #[must_use]
    pub fn new(manifest: Option<&Calendar>) -> Self {
        let (holidays, workdays) = manifest.map_or_else(Default::default, |c| {
            (
                c.holidays.iter().map(|d| d.value).collect(),
                c.workdays.iter().map(|d| d.value).collect(),
            )
        });
        Self { holidays, workdays }
    }

    /// Whether the built-in data covers a day.
    #[must_use]
    pub fn covers(date: NaiveDate) -> bool {
        let (first, last) = builtin_range();
        first <= date && date <= last
    }

    #[must_use]
    pub fn is_workday(&self, date: NaiveDate) -> bool {
        if self.workdays.contains(&date) {
            return true;
        }
        if self.holidays.contains(&date) {
            return false;
        }
        if Self::covers(date) {
            // The crate asserts its range, which `covers` has just checked.
            let ymd = chinese_holiday::Ymd::new(
                u16::try_from(date.year()).unwrap_or(2004),
                u8::try_from(date.month()).unwrap_or(1),
                u8::try_from(date.day()).unwrap_or(1),
            );
            return chinese_holiday::chinese_holiday(ymd).is_workday();
        }
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
    }

    /// The working days from `start` to `end`, both included.
    pub fn workdays_between(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> impl Iterator<Item = NaiveDate> + '_ {
        start
            .iter_days()
            .take_while(move |d| *d <= end)
            .filter(|d| self.is_workday(*d))
    }

    /// The last working day from `floor` to `date`, if there is one.
    #[must_use]
    pub fn last_workday(&self, floor: NaiveDate, date: NaiveDate) -> Option<NaiveDate> {
        let mut d = date;
        while d >= floor {
            if self.is_workday(d) {
                return Some(d);
            }
            d = d.pred_opt()?;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::{Sp, Span};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn weekends_holidays_and_make_up_days() {
        let cal = WorkCalendar::new(None);
        // 2026-05-09 is a Saturday and a make-up working day for Labour Day (国务院 2025 通知).
        assert!(cal.is_workday(d(2026, 5, 9)));
        // 2026-05-04 is a Monday inside the Labour Day holiday.
        assert!(!cal.is_workday(d(2026, 5, 4)));
        // An ordinary Saturday and an ordinary Wednesday.
        assert!(!cal.is_workday(d(2026, 5, 16)));
        assert!(cal.is_workday(d(2026, 5, 13)));
        // Outside the built-in data: weekends only.
        assert!(cal.is_workday(d(2027, 1, 4)));
        assert!(!cal.is_workday(d(2027, 1, 2)));
    }

    #[test]
    fn manifest_days_override_the_builtin_ones() {
        let sp = |date| Sp::new(date, Span::default());
        let cal = WorkCalendar::new(Some(&Calendar {
            holidays: vec![sp(d(2026, 5, 13)), sp(d(2027, 1, 1))],
            workdays: vec![sp(d(2026, 5, 4))],
        }));
        assert!(!cal.is_workday(d(2026, 5, 13)));
        assert!(cal.is_workday(d(2026, 5, 4)));
        assert!(!cal.is_workday(d(2027, 1, 1)));
    }

    #[test]
    fn counts_and_last_workday() {
        let cal = WorkCalendar::new(None);
        // May 2026: 21 weekdays, minus 1, 4, 5 (holiday weekdays), plus Saturday the 9th.
        assert_eq!(
            cal.workdays_between(d(2026, 5, 1), d(2026, 5, 31)).count(),
            19
        );
        // 2026-02-28 is a make-up Saturday: the last working day of February.
        assert_eq!(
            cal.last_workday(d(2026, 2, 1), d(2026, 2, 28)),
            Some(d(2026, 2, 28))
        );
        // 2026-01-31 is a Saturday; the last working day of January is Friday the 30th.
        assert_eq!(
            cal.last_workday(d(2026, 1, 1), d(2026, 1, 31)),
            Some(d(2026, 1, 30))
        );
        // A window of only a weekend has no working day.
        assert_eq!(cal.last_workday(d(2026, 1, 31), d(2026, 1, 31)), None);
    }
}
