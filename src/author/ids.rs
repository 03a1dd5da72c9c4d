//! The next free id of a kind, from the manifest's `[ids]` pattern.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

/// The pattern with `{year}` filled in, split around its `{seq}` placeholder: the text
/// before, the padding width, the text after.
fn split(pattern: &str, year: i32) -> Option<(String, usize, String)> {
    let p = pattern.replace("{year}", &year.to_string());
    let open = p.find("{seq")?;
    let close = open + p.get(open..)?.find('}')?;
    let inner = p.get(open + 1..close)?;
    let width = match inner.split_once(':') {
        Some((_, w)) => w.parse().ok()?,
        None => 0,
    };
    Some((
        p.get(..open)?.to_owned(),
        width,
        p.get(close + 1..)?.to_owned(),
    ))
}

/// The id that follows the highest one taken that fits the pattern for the date's year
/// (`NC-2026-007` after `NC-2026-006`); the first is number 1.
#[must_use]
pub fn next_id(pattern: &str, date: NaiveDate, taken: &HashSet<String>) -> Option<String> {
    let (before, width, after) = split(pattern, date.year())?;
    let highest = taken
        .iter()
        .filter_map(|id| {
            let middle = id.strip_prefix(&before)?.strip_suffix(&after)?;
            (!middle.is_empty() && middle.bytes().all(|b| b.is_ascii_digit()))
                .then(|| middle.parse::<u64>().ok())
                .flatten()
        })
        .max()
        .unwrap_or(0);
    Some(format!("{before}{:0width$}{after}", highest + 1))
}

/// The id after `id` in the same pattern (for a retry when another writer took `id`).
#[must_use]
pub fn following(pattern: &str, date: NaiveDate, id: &str) -> Option<String> {
    let mut taken = HashSet::new();
    taken.insert(id.to_owned());
    next_id(pattern, date, &taken)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 20).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn numbers_follow_the_highest_of_the_year() {
        let taken: HashSet<String> = [
            "NC-2026-006",
            "NC-2026-002",
            "NC-2025-041",
            "NC-2026-x",
            "CHK-2026-009",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        assert_eq!(
            next_id("NC-{year}-{seq:3}", d(), &taken).as_deref(),
            Some("NC-2026-007")
        );
        assert_eq!(next_id("STD-{seq}", d(), &taken).as_deref(), Some("STD-1"));
        assert_eq!(
            next_id("CHK-{year}-{seq:2}", d(), &taken).as_deref(),
            Some("CHK-2026-10")
        );
        assert_eq!(
            following("NC-{year}-{seq:3}", d(), "NC-2026-007").as_deref(),
            Some("NC-2026-008")
        );
        assert_eq!(next_id("NO-SEQ", d(), &taken), None);
    }
}
