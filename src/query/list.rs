//! `gbsw list`: the records of a kind that pass the filters, a few columns each, sorted.

use chrono::NaiveDate;

use super::cell::Sheet;
use super::fields::{self, Cx};
use super::filter::Filter;
use super::rec::Rec;
use crate::kind::Kind;
use crate::ledger::Ledger;

const STANDARD: &[&str] = &["id", "category_name", "status", "owner", "title"];
const PLAN: &[&str] = &["id", "start", "end", "activities_done", "title"];
const CHECK: &[&str] = &["id", "date", "unit", "type", "conclusion"];
const RECTIFICATION: &[&str] = &["id", "found", "unit", "status", "description"];
const REVIEW: &[&str] = &["id", "date", "standard", "decision", "opinion"];
const EVALUATION: &[&str] = &[
    "id",
    "period",
    "unit",
    "final_score",
    "final_grade",
    "findings",
];
const IMPROVEMENT: &[&str] = &["id", "date", "standard", "round", "plan"];
const TRAINING: &[&str] = &["id", "date", "unit", "type", "attendees", "topic"];
const SUBMISSION: &[&str] = &["id", "period", "unit", "submitted", "file"];

/// The columns a listing shows, by kind: keys of [`fields::columns`], the longest text last
/// (a table cuts it to fit). Headed by the fields' labels, as everywhere.
#[must_use]
pub fn columns(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Standard => STANDARD,
        Kind::Plan => PLAN,
        Kind::Check => CHECK,
        Kind::Rectification => RECTIFICATION,
        Kind::Review => REVIEW,
        Kind::Evaluation => EVALUATION,
        Kind::Improvement => IMPROVEMENT,
        Kind::Training => TRAINING,
        Kind::Submission => SUBMISSION,
    }
}

/// The records of `kind` that pass `filter`, as of a day: checks, nonconformities, reviews,
/// trainings and submissions by date, the other kinds by id; ties by id.
#[must_use]
pub fn records<'a>(
    ledger: &'a Ledger,
    kind: Kind,
    filter: &Filter,
    as_of: NaiveDate,
) -> Vec<Rec<'a>> {
    let mut recs: Vec<Rec<'a>> = Rec::all(ledger, kind)
        .into_iter()
        .filter(|r| filter.matches(ledger, *r, as_of))
        .collect();
    recs.sort_by_cached_key(|r| (r.sort_date(), r.id()));
    recs
}

/// The listing: [`records`] with the [`columns`] of their kind.
#[must_use]
pub fn list(ledger: &Ledger, kind: Kind, filter: &Filter, as_of: NaiveDate) -> Sheet {
    let cx = Cx::new(ledger, as_of);
    let all = fields::columns(kind);
    let picks: Vec<usize> = columns(kind)
        .iter()
        .filter_map(|key| all.iter().position(|a| a.key == *key))
        .collect();
    let rows = records(ledger, kind, filter, as_of)
        .into_iter()
        .map(|r| {
            let mut cells = fields::cells(&cx, r);
            picks
                .iter()
                .map(|&i| cells.get_mut(i).map(std::mem::take).unwrap_or_default())
                .collect()
        })
        .collect();
    Sheet {
        kind,
        columns: picks.iter().filter_map(|&i| all.get(i).copied()).collect(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_column_is_a_field_of_its_kind() {
        for kind in Kind::ALL {
            let all = fields::columns(kind);
            for key in columns(kind) {
                assert!(
                    all.iter().any(|a| a.key == *key),
                    "{} lists `{key}`, which is not one of its columns",
                    kind.key(),
                );
            }
        }
    }
}
