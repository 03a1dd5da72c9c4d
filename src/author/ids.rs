//! The next free id of a kind, from the manifest's `[ids]` pattern.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use crate::model::id::IdPattern;

/// Why there is no next id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdError {
    /// The pattern is not a valid id pattern (`gbsw check` says why).
    BadPattern,
    /// The highest id taken already has the largest number there is (`highest`).
    Exhausted { highest: String },
    /// The pattern has `{unit}` and the record names no unit.
    NoUnit,
}

/// The id that follows the highest one taken that fits the pattern for the date's year and
/// the record's unit (`NC-2026-007` after `NC-2026-006`; `CHK-office-2026-003` after
/// `CHK-office-2026-002`, whatever other units have); the first is number 1.
///
/// # Errors
/// [`IdError`] for a bad pattern, or when the highest number taken cannot be followed: one at
/// `u64::MAX` or too long for a `u64`. Skipping such an id would break "next after the
/// highest", and wrapping round would reuse numbers. [`IdError::NoUnit`] when the pattern has
/// `{unit}` and `unit` is `None`.
pub fn next_id(
    pattern: &str,
    date: NaiveDate,
    unit: Option<&str>,
    taken: &HashSet<String>,
) -> Result<String, IdError> {
    let p = IdPattern::parse(pattern).ok_or(IdError::BadPattern)?;
    if p.has_unit() && unit.is_none() {
        return Err(IdError::NoUnit);
    }
    let (before, after) = p.fill(date.year(), unit);
    let mut highest: Option<(u64, &str)> = None;
    for id in taken {
        let Some(middle) = id
            .strip_prefix(&before)
            .and_then(|m| m.strip_suffix(&after))
        else {
            continue;
        };
        if middle.is_empty() || !middle.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Ok(n) = middle.parse::<u64>() else {
            return Err(IdError::Exhausted {
                highest: id.clone(),
            });
        };
        if highest.is_none_or(|(h, _)| n > h) {
            highest = Some((n, id));
        }
    }
    let next = match highest {
        None => 1,
        Some((n, id)) => n.checked_add(1).ok_or_else(|| IdError::Exhausted {
            highest: id.to_owned(),
        })?,
    };
    Ok(format!("{before}{next:0width$}{after}", width = p.width()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 20).unwrap_or(NaiveDate::MIN)
    }

    fn set(ids: &[&str]) -> HashSet<String> {
        ids.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn numbers_follow_the_highest_of_the_year() {
        let taken = set(&[
            "NC-2026-006",
            "NC-2026-002",
            "NC-2025-041",
            "NC-2026-x",
            "CHK-2026-009",
        ]);
        assert_eq!(
            next_id("NC-{year}-{seq:3}", d(), None, &taken).as_deref(),
            Ok("NC-2026-007")
        );
        assert_eq!(
            next_id("STD-{seq}", d(), None, &taken).as_deref(),
            Ok("STD-1")
        );
        assert_eq!(
            next_id("CHK-{year}-{seq:2}", d(), None, &taken).as_deref(),
            Ok("CHK-2026-10")
        );
        assert_eq!(
            next_id("NO-SEQ", d(), None, &taken),
            Err(IdError::BadPattern)
        );
    }

    #[test]
    fn the_largest_number_is_an_error_not_a_wrap() {
        for top in [
            "CHK-2026-18446744073709551615",
            "CHK-2026-99999999999999999999999",
        ] {
            assert_eq!(
                next_id(
                    "CHK-{year}-{seq:3}",
                    d(),
                    None,
                    &set(&[top, "CHK-2026-001"])
                ),
                Err(IdError::Exhausted {
                    highest: top.to_owned()
                })
            );
        }
        assert_eq!(
            next_id(
                "CHK-{year}-{seq:3}",
                d(),
                None,
                &set(&["CHK-2026-18446744073709551614"])
            )
            .as_deref(),
            Ok("CHK-2026-18446744073709551615")
        );
    }

    #[test]
    fn a_unit_pattern_counts_per_unit() {
        let taken = set(&[
            "CHK-office-2026-002",
            "CHK-finance-2026-007",
            "CHK-2026-009",
        ]);
        let p = "CHK-{unit}-{year}-{seq:3}";
        assert_eq!(
            next_id(p, d(), Some("office"), &taken).as_deref(),
            Ok("CHK-office-2026-003")
        );
        assert_eq!(
            next_id(p, d(), Some("finance"), &taken).as_deref(),
            Ok("CHK-finance-2026-008")
        );
        assert_eq!(
            next_id(p, d(), Some("vehicles"), &taken).as_deref(),
            Ok("CHK-vehicles-2026-001")
        );
        assert_eq!(next_id(p, d(), None, &taken), Err(IdError::NoUnit));
        // Without {unit} the unit changes nothing.
        assert_eq!(
            next_id("CHK-{year}-{seq:3}", d(), Some("office"), &taken).as_deref(),
            Ok("CHK-2026-010")
        );
    }

    #[test]
    fn patterns_have_exactly_one_number() {
        for bad in [
            "CHK-{seq}-{seq}",
            "CHK-{seq:3}{seq}",
            "CHK-{year}",
            "CHK-{seq:0}",
            "CHK-{seq:21}",
            "CHK-{seq:x}",
            "CHK-{yr}-{seq}",
            "CHK-{units}-{seq}",
            "CHK-{seq",
            "CHK-}{seq}",
            "CHK/{seq}",
            "-{seq}",
            "",
        ] {
            assert_eq!(IdPattern::parse(bad), None, "{bad}");
        }
        for good in [
            "{seq}",
            "{year}{seq:4}{year}",
            "A.{seq:20}_b",
            "NC-{year}-{seq:03}",
            "CHK-{unit}-{year}-{seq:3}",
            "{unit}.{seq}",
        ] {
            assert!(IdPattern::parse(good).is_some(), "{good}");
        }
    }
}
