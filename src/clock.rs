//! "Today": the one place the clock is read, in the ledger's time zone.

use chrono::{DateTime, NaiveDate, Utc};

/// Today's date in the named IANA time zone (the default one if the name is unknown). The only
/// reader of the system clock.
#[must_use]
pub fn today(timezone: Option<&str>) -> NaiveDate {
    date_at(Utc::now(), timezone)
}

/// The date it is at the instant `now` in the named IANA time zone (the default one if the
/// name is unknown): what [`today`] computes, with the instant passed in.
#[must_use]
pub(crate) fn date_at(now: DateTime<Utc>, timezone: Option<&str>) -> NaiveDate {
    let tz: chrono_tz::Tz = timezone
        .and_then(|t| t.parse().ok())
        .unwrap_or(chrono_tz::Asia::Shanghai);
    now.with_timezone(&tz).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instant(s: &str) -> DateTime<Utc> {
        s.parse().unwrap_or_default()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn the_date_is_the_ledgers_time_zones() {
        // 23:30 UTC on the last day of H1 is 07:30 on 1 July in Shanghai (UTC+8, no DST).
        let late = instant("2026-06-30T23:30:00Z");
        assert_eq!(date_at(late, Some("Asia/Shanghai")), d(2026, 7, 1));
        assert_eq!(date_at(late, None), d(2026, 7, 1));
        assert_eq!(date_at(late, Some("UTC")), d(2026, 6, 30));
        // New York in summer time: 19:30 the same day.
        assert_eq!(date_at(late, Some("America/New_York")), d(2026, 6, 30));
        // An unknown name falls back to the default zone, not to UTC.
        assert_eq!(date_at(late, Some("Mars/Olympus_Mons")), d(2026, 7, 1));
        // The last minute before midnight in Shanghai is 15:59 UTC.
        assert_eq!(
            date_at(instant("2026-12-31T15:59:59Z"), None),
            d(2026, 12, 31)
        );
        assert_eq!(
            date_at(instant("2026-12-31T16:00:00Z"), None),
            d(2027, 1, 1)
        );
        // West of UTC the date is earlier: 02:00 UTC on 1 January is still 31 December.
        assert_eq!(
            date_at(instant("2027-01-01T02:00:00Z"), Some("America/Los_Angeles")),
            d(2026, 12, 31)
        );
    }
}
