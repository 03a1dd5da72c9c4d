//! "Today": the one place the clock is read, in the ledger's time zone.

use chrono::{NaiveDate, Utc};

/// The time zone a ledger uses when its manifest names none.
pub const DEFAULT_TIMEZONE: &str = "Asia/Shanghai";

/// Today's date in the named IANA time zone (the default one if the name is unknown).
#[must_use]
pub fn today(timezone: Option<&str>) -> NaiveDate {
    let tz: chrono_tz::Tz = timezone
        .and_then(|t| t.parse().ok())
        .unwrap_or(chrono_tz::Asia::Shanghai);
    Utc::now().with_timezone(&tz).date_naive()
}
