//! Any record of the ledger, whatever its kind, and what `list` and `show` ask of every kind.

use chrono::NaiveDate;

use crate::kind::Kind;
use crate::ledger::{Ledger, RecordRef};
use crate::model::{
    Check, Evaluation, Id, Improvement, Meta, Period, Plan, Record, Rectification, Review,
    Standard, Submission, Training,
};

/// A borrowed record of any kind.
#[derive(Debug, Clone, Copy)]
pub enum Rec<'a> {
    Standard(&'a Standard),
    Plan(&'a Plan),
    Check(&'a Check),
    Rectification(&'a Rectification),
    Review(&'a Review),
    Evaluation(&'a Evaluation),
    Improvement(&'a Improvement),
    Training(&'a Training),
    Submission(&'a Submission),
}

/// Runs `$body` with `$r` bound to the record, whatever its kind.
macro_rules! each {
    ($rec:expr, $r:ident => $body:expr) => {
        match $rec {
            Rec::Standard($r) => $body,
            Rec::Plan($r) => $body,
            Rec::Check($r) => $body,
            Rec::Rectification($r) => $body,
            Rec::Review($r) => $body,
            Rec::Evaluation($r) => $body,
            Rec::Improvement($r) => $body,
            Rec::Training($r) => $body,
            Rec::Submission($r) => $body,
        }
    };
}

/// The date a record is filed under, or the period it is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Date(NaiveDate),
    Period(Period),
}

impl<'a> Rec<'a> {
    /// Every record of a kind, in the order read (file path order).
    #[must_use]
    pub fn all(ledger: &'a Ledger, kind: Kind) -> Vec<Rec<'a>> {
        match kind {
            Kind::Standard => ledger.standards.iter().map(Rec::Standard).collect(),
            Kind::Plan => ledger.plans.iter().map(Rec::Plan).collect(),
            Kind::Check => ledger.checks.iter().map(Rec::Check).collect(),
            Kind::Rectification => ledger
                .rectifications
                .iter()
                .map(Rec::Rectification)
                .collect(),
            Kind::Review => ledger.reviews.iter().map(Rec::Review).collect(),
            Kind::Evaluation => ledger.evaluations.iter().map(Rec::Evaluation).collect(),
            Kind::Improvement => ledger.improvements.iter().map(Rec::Improvement).collect(),
            Kind::Training => ledger.trainings.iter().map(Rec::Training).collect(),
            Kind::Submission => ledger.submissions.iter().map(Rec::Submission).collect(),
        }
    }

    /// The record a reference points at.
    #[must_use]
    pub fn get(ledger: &'a Ledger, r: RecordRef) -> Option<Rec<'a>> {
        let i = r.index;
        Some(match r.kind {
            Kind::Standard => Rec::Standard(ledger.standards.get(i)?),
            Kind::Plan => Rec::Plan(ledger.plans.get(i)?),
            Kind::Check => Rec::Check(ledger.checks.get(i)?),
            Kind::Rectification => Rec::Rectification(ledger.rectifications.get(i)?),
            Kind::Review => Rec::Review(ledger.reviews.get(i)?),
            Kind::Evaluation => Rec::Evaluation(ledger.evaluations.get(i)?),
            Kind::Improvement => Rec::Improvement(ledger.improvements.get(i)?),
            Kind::Training => Rec::Training(ledger.trainings.get(i)?),
            Kind::Submission => Rec::Submission(ledger.submissions.get(i)?),
        })
    }

    /// The record with an id.
    #[must_use]
    pub fn find(ledger: &'a Ledger, id: &str) -> Option<Rec<'a>> {
        Self::get(ledger, ledger.lookup(id)?)
    }

    #[must_use]
    pub fn kind(self) -> Kind {
        each!(self, r => record_kind(r))
    }

    #[must_use]
    pub fn id(self) -> &'a str {
        each!(self, r => r.id.value.as_str())
    }

    #[must_use]
    pub fn meta(self) -> Meta {
        each!(self, r => r.meta)
    }

    /// The record as plain JSON: its fields as written (English keys and enum keys).
    #[must_use]
    pub fn to_json(self) -> serde_json::Value {
        each!(self, r => serde_json::to_value(r).unwrap_or_default())
    }

    /// When the record happened: a check's, review's or training's date, a nonconformity's
    /// finding, a submission's period, an evaluation's period, a plan's start (else end), a
    /// standard's effective date (else publication), an improvement's date.
    #[must_use]
    pub fn when(self) -> Option<When> {
        let date = |d: &Option<crate::span::Sp<NaiveDate>>| d.as_ref().map(|d| When::Date(d.value));
        match self {
            Rec::Standard(s) => date(&s.effective).or_else(|| date(&s.published)),
            Rec::Plan(p) => date(&p.start).or_else(|| date(&p.end)),
            Rec::Check(c) => Some(When::Date(c.date.value)),
            Rec::Rectification(r) => Some(When::Date(r.found.value)),
            Rec::Review(r) => Some(When::Date(r.date.value)),
            Rec::Evaluation(e) => Some(When::Period(e.period.value)),
            Rec::Improvement(i) => date(&i.date),
            Rec::Training(t) => Some(When::Date(t.date.value)),
            Rec::Submission(s) => Some(When::Period(s.period.value)),
        }
    }

    /// The date a listing is sorted by, for kinds listed by date: checks, nonconformities,
    /// reviews, trainings and submissions. The others are listed by id.
    #[must_use]
    pub fn sort_date(self) -> Option<NaiveDate> {
        match self {
            Rec::Check(c) => Some(c.date.value),
            Rec::Rectification(r) => Some(r.found.value),
            Rec::Review(r) => Some(r.date.value),
            Rec::Training(t) => Some(t.date.value),
            Rec::Submission(s) => Some(s.submitted.value),
            _ => None,
        }
    }

    /// The standards the record refers to (for a standard: itself).
    #[must_use]
    pub fn standards(self) -> Vec<&'a Id> {
        let many = |v: &'a [crate::span::Sp<Id>]| v.iter().map(|s| &s.value).collect();
        match self {
            Rec::Standard(s) => vec![&s.id.value],
            Rec::Plan(p) => many(&p.standards),
            Rec::Check(c) => many(&c.standards),
            Rec::Rectification(r) => r.standard.iter().map(|s| &s.value).collect(),
            Rec::Review(r) => vec![&r.standard.value],
            Rec::Evaluation(e) => many(&e.standards),
            Rec::Improvement(i) => vec![&i.standard.value],
            Rec::Training(t) => many(&t.standards),
            Rec::Submission(_) => Vec::new(),
        }
    }

    /// The units a record belongs to, for `--unit`: a standard's owner, organizer and
    /// implementers; a plan's owner and organizer; a review's proposing unit; an improvement's
    /// through its standard; the `unit` of the rest.
    #[must_use]
    pub fn units(self, ledger: &'a Ledger) -> Vec<&'a Id> {
        let one = |u: &'a Option<crate::span::Sp<Id>>| u.iter().map(|u| &u.value).collect();
        match self {
            Rec::Standard(s) => standard_units(s),
            Rec::Plan(p) => p
                .owner
                .iter()
                .chain(p.organizer.iter())
                .map(|u| &u.value)
                .collect(),
            Rec::Check(c) => vec![&c.unit.value],
            Rec::Rectification(r) => vec![&r.unit.value],
            Rec::Review(r) => one(&r.proposed_by),
            Rec::Evaluation(e) => one(&e.unit),
            Rec::Improvement(i) => ledger
                .standard(i.standard.value.as_str())
                .map(standard_units)
                .unwrap_or_default(),
            Rec::Training(t) => vec![&t.unit.value],
            Rec::Submission(s) => vec![&s.unit.value],
        }
    }
}

fn record_kind<R: Record>(_: &R) -> Kind {
    R::KIND
}

fn standard_units(s: &Standard) -> Vec<&Id> {
    std::iter::once(&s.owner)
        .chain(s.organizer.iter())
        .chain(s.implementers.iter())
        .map(|u| &u.value)
        .collect()
}

/// Every record id of the ledger, for "did you mean".
#[must_use]
pub fn all_ids(ledger: &Ledger) -> Vec<&str> {
    Kind::ALL
        .into_iter()
        .flat_map(|k| Rec::all(ledger, k))
        .map(Rec::id)
        .collect()
}
