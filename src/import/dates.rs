//! Dates as workbooks hold them: Excel serial numbers, and text in the ways clerks write it —
//! `2026-03-10`, `2026/3/10`, `2026.3.10`, `2026年3月10日`, in full-width digits too.

use chrono::{Days, NaiveDate};

use crate::message::import::DATE_MARKS;

/// Full-width digits and punctuation (`２０２６－０３－１０`) as their ASCII forms, and the
/// ideographic space as a space: what a Chinese input method types.
#[must_use]
pub(crate) fn narrow(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// A date written as text, or `None`.
#[must_use]
pub(crate) fn parse(text: &str) -> Option<NaiveDate> {
    let s = narrow(text.trim());
    // A time after the date (`2026-03-10 00:00:00`, as some exports write it) is dropped.
    let s = s.split([' ', 'T']).next().unwrap_or_default();
    let s = s.trim_end_matches(DATE_MARKS[2]);
    let parts: Vec<&str> = s
        .split(|c: char| matches!(c, '-' | '/' | '.') || DATE_MARKS[..2].contains(&c))
        .collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let digits = |p: &str, max: usize| {
        !p.is_empty() && p.len() <= max && p.bytes().all(|b| b.is_ascii_digit())
    };
    if y.len() != 4 || !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// An Excel serial date (days since 1899-12-30 in the 1900 date system, Excel's own leap-day
/// bug included) as a date, for whole numbers from 1 (1900-01-01) to 2958465 (9999-12-31).
#[must_use]
pub(crate) fn serial(n: f64) -> Option<NaiveDate> {
    if !(1.0..2_958_466.0).contains(&n) {
        return None;
    }
    // A time of day (the fraction) is dropped.
    let days = n.trunc() as u64;
    let base = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    // Excel counts a 1900-02-29 that never was: serials before it are one day off.
    let days = if days < 61 { days + 1 } else { days };
    base.checked_add_days(Days::new(days))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn text_dates_in_every_way_clerks_write_them() {
        for s in [
            "2026-03-10",
            "2026/3/10",
            "2026.3.10",
            "2026年3月10日",
            "2026年03月10日",
            "２０２６年３月１０日",
            "２０２６－０３－１０",
            " 2026-03-10 00:00:00 ",
        ] {
            assert_eq!(parse(s), d(2026, 3, 10), "{s}");
        }
        for s in [
            "2026-02-30",
            "26/3/10",
            "2026-3",
            "三月十日",
            "2026-03-10x",
            "",
            "-026-1-1",
            // Too many digits in a part, too few in the year, a sign: not a date, though
            // each would parse as a number.
            "2026-003-10",
            "026-3-10",
            "2026-+3-10",
        ] {
            assert_eq!(parse(s), None, "{s}");
        }
        // The ideographic space a Chinese input method types before a time.
        assert_eq!(parse("2026-03-10\u{3000}00:00"), d(2026, 3, 10));
    }

    #[test]
    fn serial_numbers_as_excel_counts_them() {
        assert_eq!(serial(46091.0), d(2026, 3, 10));
        assert_eq!(serial(46091.75), d(2026, 3, 10));
        assert_eq!(serial(61.0), d(1900, 3, 1));
        assert_eq!(serial(1.0), d(1900, 1, 1));
        assert_eq!(serial(0.0), None);
        assert_eq!(serial(-5.0), None);
        assert_eq!(serial(f64::NAN), None);
        assert_eq!(serial(3e6), None);
    }
}
