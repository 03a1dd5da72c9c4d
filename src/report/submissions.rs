//! 报送 (the semiannual report submissions): for a half year, each unit that owes its report,
//! the deadline, and whether it handed it in on time, late, not yet, or not at all. A report
//! handed in after the deadline stays late.

use chrono::NaiveDate;
use serde::Serialize;

use crate::due::submissions::{deadline_of, owing_units};
use crate::ledger::Ledger;
use crate::model::Period;
pub use crate::model::vocab::SubmissionState;

/// One unit's report for a half year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubmissionRow {
    pub unit: String,
    pub name: String,
    pub state: SubmissionState,
    pub deadline: NaiveDate,
    /// The submission record and its date, when there is one dated by the as-of date.
    pub record: Option<String>,
    pub submitted: Option<NaiveDate>,
}

/// Every unit that owes a report for `half`, in id order.
#[must_use]
pub(crate) fn for_half(ledger: &Ledger, half: Period, as_of: NaiveDate) -> Vec<SubmissionRow> {
    owing_units(ledger, half)
        .into_iter()
        .map(|u| {
            row(
                ledger,
                u.id.value.as_str(),
                &u.name.value,
                half,
                as_of,
                true,
            )
        })
        .collect()
}

/// One unit's standing for `half`, owed or not.
#[must_use]
pub(crate) fn of_unit(
    ledger: &Ledger,
    unit: &str,
    name: &str,
    half: Period,
    as_of: NaiveDate,
) -> SubmissionRow {
    let owes = owing_units(ledger, half)
        .iter()
        .any(|u| u.id.value.as_str() == unit);
    row(ledger, unit, name, half, as_of, owes)
}

fn row(
    ledger: &Ledger,
    unit: &str,
    name: &str,
    half: Period,
    as_of: NaiveDate,
    owes: bool,
) -> SubmissionRow {
    let defaults = ledger
        .manifest
        .as_ref()
        .map(|m| m.defaults.clone())
        .unwrap_or_default();
    let deadline = deadline_of(half, &defaults);
    // The first submission for the half that has happened by the as-of date.
    let handed_in = ledger
        .submissions
        .iter()
        .filter(|s| {
            s.unit.value.as_str() == unit && s.period.value == half && s.submitted.value <= as_of
        })
        .min_by_key(|s| s.submitted.value);
    let state = match handed_in {
        Some(s) if s.submitted.value <= deadline => SubmissionState::OnTime,
        Some(_) => SubmissionState::Late,
        None if !owes => SubmissionState::NotOwed,
        None if as_of > deadline => SubmissionState::Missing,
        None => SubmissionState::Pending,
    };
    SubmissionRow {
        unit: unit.to_owned(),
        name: name.to_owned(),
        state,
        deadline,
        record: handed_in.map(|s| s.id.value.0.clone()),
        submitted: handed_in.map(|s| s.submitted.value),
    }
}
