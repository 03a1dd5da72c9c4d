//! Periods: a year, a half year, a quarter or a month.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::Serialize;

/// 期间: `2026`, `2026H1`, `2026Q3`, `2026-05`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Year(i32),
    Half(i32, u8),
    Quarter(i32, u8),
    Month(i32, u8),
}

pub const PERIOD_PATTERN: &str = r"^[0-9]{4}((H[12])|(Q[1-4])|(-(0[1-9]|1[0-2])))?$";

impl Period {
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let year: i32 = s.get(..4)?.parse().ok()?;
        // The years of the dates a ledger accepts (crate::dates): a period's days are walked.
        if !crate::dates::year_in_range(year) || !s.is_char_boundary(4) {
            return None;
        }
        let rest = &s[4..];
        let num = |t: &str, max: u8| t.parse::<u8>().ok().filter(|n| (1..=max).contains(n));
        match rest.as_bytes().first() {
            None => Some(Self::Year(year)),
            Some(b'H' | b'h') => num(&rest[1..], 2).map(|h| Self::Half(year, h)),
            Some(b'Q' | b'q') => num(&rest[1..], 4).map(|q| Self::Quarter(year, q)),
            Some(b'-') if rest.len() == 3 => num(&rest[1..], 12).map(|m| Self::Month(year, m)),
            _ => None,
        }
    }

    /// The half year holding a date.
    #[must_use]
    pub fn half_of(date: NaiveDate) -> Self {
        Self::Half(date.year(), if date.month() <= 6 { 1 } else { 2 })
    }

    #[must_use]
    pub(crate) fn is_half(self) -> bool {
        matches!(self, Self::Half(..))
    }

    /// First day of the period.
    #[must_use]
    pub fn start(self) -> NaiveDate {
        let (y, m) = match self {
            Self::Year(y) => (y, 1),
            Self::Half(y, h) => (y, u32::from(h) * 6 - 5),
            Self::Quarter(y, q) => (y, u32::from(q) * 3 - 2),
            Self::Month(y, m) => (y, u32::from(m)),
        };
        NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MIN)
    }

    /// Last day of the period.
    #[must_use]
    pub fn end(self) -> NaiveDate {
        let (y, m) = match self {
            Self::Year(y) => (y, 12),
            Self::Half(y, h) => (y, u32::from(h) * 6),
            Self::Quarter(y, q) => (y, u32::from(q) * 3),
            Self::Month(y, m) => (y, u32::from(m)),
        };
        let next = if m == 12 {
            NaiveDate::from_ymd_opt(y + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(y, m + 1, 1)
        };
        next.and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
    }

    #[must_use]
    pub fn contains(self, date: NaiveDate) -> bool {
        self.start() <= date && date <= self.end()
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Year(y) => write!(f, "{y}"),
            Self::Half(y, h) => write!(f, "{y}H{h}"),
            Self::Quarter(y, q) => write!(f, "{y}Q{q}"),
            Self::Month(y, m) => write!(f, "{y}-{m:02}"),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl JsonSchema for Period {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Period".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": ["string", "integer"], "pattern": PERIOD_PATTERN })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn parses_every_form_and_rejects_the_rest() {
        assert_eq!(Period::parse("2026"), Some(Period::Year(2026)));
        assert_eq!(Period::parse("2026H2"), Some(Period::Half(2026, 2)));
        assert_eq!(Period::parse("2026Q3"), Some(Period::Quarter(2026, 3)));
        assert_eq!(Period::parse("2026-05"), Some(Period::Month(2026, 5)));
        for bad in [
            "2026H3",
            "2026Q0",
            "2026-13",
            "2026-5",
            "26H1",
            "",
            "2026X",
            "２０２６",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn bounds_cover_month_ends_and_leap_years() {
        assert_eq!(Period::Month(2024, 2).end(), d(2024, 2, 29));
        assert_eq!(Period::Month(2026, 2).end(), d(2026, 2, 28));
        assert_eq!(Period::Half(2026, 1).end(), d(2026, 6, 30));
        assert_eq!(Period::Half(2026, 2).start(), d(2026, 7, 1));
        assert_eq!(Period::Quarter(2026, 4).end(), d(2026, 12, 31));
        assert_eq!(Period::Year(2026).start(), d(2026, 1, 1));
        assert_eq!(Period::half_of(d(2026, 7, 1)), Period::Half(2026, 2));
    }
}
