//! The dates gbsw accepts, in a ledger and on the command line. A ledger records a bureau's
//! standards work: nothing in it predates the People's Republic, and nothing is planned past
//! 2200. Bounding every date bounds the work that depends on spans of dates (duty periods,
//! half years, working days): `--as-of 9999-12-31` once walked eight millennia of daily
//! duties and ran out of memory, and a record dated 1026 made `due` walk ten centuries.

use chrono::NaiveDate;

/// The first date accepted.
pub const FIRST: NaiveDate = match NaiveDate::from_ymd_opt(1949, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The last date accepted.
pub const LAST: NaiveDate = match NaiveDate::from_ymd_opt(2200, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// Whether a date is within [`FIRST`]..=[`LAST`].
#[must_use]
pub fn in_range(date: NaiveDate) -> bool {
    (FIRST..=LAST).contains(&date)
}

/// Whether a year is within the years of [`FIRST`] and [`LAST`].
#[must_use]
pub fn year_in_range(year: i32) -> bool {
    use chrono::Datelike;
    (FIRST.year()..=LAST.year()).contains(&year)
}
