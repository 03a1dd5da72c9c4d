//! What a report covers: a period, and optionally one unit or one category.

use chrono::NaiveDate;
use serde::Serialize;

use crate::ledger::Ledger;
use crate::model::category;
use crate::model::{Id, Period, Standard};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scope {
    pub period: Period,
    pub unit: Option<Id>,
    pub category: Option<String>,
    /// Records dated after this day are not counted (they have not happened yet).
    pub as_of: NaiveDate,
}

impl Scope {
    /// The first and last day counted: the period, cut at the as-of date.
    #[must_use]
    pub fn days(&self) -> (NaiveDate, NaiveDate) {
        (self.period.start(), self.period.end().min(self.as_of))
    }

    #[must_use]
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.day_test()(date)
    }

    /// [`Self::contains`] with the period's days worked out once, for a filter that runs over
    /// every record of the ledger (the units of a whole-bureau report each run several).
    pub(crate) fn day_test(&self) -> impl Fn(NaiveDate) -> bool + use<> {
        let (a, b) = self.days();
        move |date| a <= date && date <= b
    }

    /// Whether a record of `unit` is in scope.
    #[must_use]
    pub(crate) fn unit_matches(&self, unit: &Id) -> bool {
        self.unit.as_ref().is_none_or(|u| u == unit)
    }

    /// Whether a standard is in scope: in its category, led or implemented by the unit, and in
    /// force at some time in the period (not a draft, effective before the period ends, not
    /// abolished before it starts).
    #[must_use]
    pub(crate) fn standard_in_force(&self, ledger: &Ledger, s: &Standard) -> bool {
        if let Some(c) = &self.category {
            let found =
                category::find(&ledger.categories, &s.category.value).map(|x| x.id.as_str());
            if found != Some(c.as_str()) {
                return false;
            }
        }
        if let Some(u) = &self.unit
            && s.owner.value != *u
            && !s.implementers.iter().any(|i| i.value == *u)
        {
            return false;
        }
        let (start, end) = self.days();
        s.in_force_between(start, end)
    }
}
