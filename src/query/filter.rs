//! Which records a listing holds: `--unit`, `--standard`, `--status`, `--period`,
//! `--category`. Each filter says which kinds it applies to, so that a filter a kind cannot
//! answer is refused rather than silently matching nothing.

use chrono::NaiveDate;

use super::rec::{Rec, When};
use crate::kind::Kind;
use crate::ledger::Ledger;
use crate::model::vocab::{RectificationStatus, StandardStatus};
use crate::model::{Period, category};

/// A status to match: a standard's written status or a nonconformity's derived one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Standard(StandardStatus),
    Rectification(RectificationStatus),
}

/// The filters of `gbsw list`; `None` lets everything through.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub unit: Option<String>,
    pub standard: Option<String>,
    pub status: Option<Status>,
    pub period: Option<Period>,
    /// A category id (resolved from an id or a Chinese name by the caller).
    pub category: Option<String>,
}

/// A filter that a kind cannot answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotApplicable {
    Standard,
    Status,
    Category,
}

impl NotApplicable {
    /// The command-line flag.
    #[must_use]
    pub fn flag(self) -> &'static str {
        match self {
            Self::Standard => "--standard",
            Self::Status => "--status",
            Self::Category => "--category",
        }
    }
}

impl Filter {
    /// The first filter set that records of `kind` cannot answer, if any. Every kind has
    /// units and a date or period (a standard or plan without dates never matches
    /// `--period`); only submissions have no standards.
    #[must_use]
    pub fn not_applicable(&self, kind: Kind) -> Option<NotApplicable> {
        // A standard is about itself; another kind when a field of it names standards.
        let refers_to_standards = kind == Kind::Standard
            || crate::model::fields(kind)
                .iter()
                .any(|f| f.refers == Some(crate::kind::Target::Record(Kind::Standard)));
        if self.standard.is_some() && !refers_to_standards {
            return Some(NotApplicable::Standard);
        }
        if self.category.is_some() && !refers_to_standards {
            return Some(NotApplicable::Category);
        }
        match (self.status, kind) {
            (None, _)
            | (Some(Status::Standard(_)), Kind::Standard)
            | (Some(Status::Rectification(_)), Kind::Rectification) => None,
            (Some(_), _) => Some(NotApplicable::Status),
        }
    }

    /// Whether a record passes every filter, as of a day (for derived statuses).
    #[must_use]
    pub fn matches(&self, ledger: &Ledger, rec: Rec<'_>, as_of: NaiveDate) -> bool {
        if let Some(u) = &self.unit
            && !rec.units(ledger).iter().any(|x| x.as_str() == u)
        {
            return false;
        }
        if let Some(s) = &self.standard
            && !rec.standards().iter().any(|x| x.as_str() == s)
        {
            return false;
        }
        if let Some(c) = &self.category
            && !rec.standards().iter().any(|s| {
                ledger
                    .standard(s.as_str())
                    .and_then(|s| category::find(&ledger.categories, &s.category.value))
                    .is_some_and(|found| found.id == *c)
            })
        {
            return false;
        }
        if let Some(p) = self.period {
            let inside = match rec.when() {
                Some(When::Date(d)) => p.contains(d),
                Some(When::Period(q)) => p.start() <= q.start() && q.end() <= p.end(),
                None => false,
            };
            if !inside {
                return false;
            }
        }
        match (self.status, rec) {
            (Some(Status::Standard(s)), Rec::Standard(x)) => x.status.value == s,
            (Some(Status::Rectification(s)), Rec::Rectification(x)) => x.status(as_of) == s,
            (Some(_), _) => false,
            (None, _) => true,
        }
    }
}
