//! The loaded ledger: every record that could be read, indexed by id.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use crate::kind::Kind;
use crate::model::category::Category;
use crate::model::{Check, Manifest, Meta, Standard};
use crate::source::Files;

/// Where a record sits in the ledger: its kind and its index in that kind's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordRef {
    pub kind: Kind,
    pub index: usize,
    pub meta: Meta,
}

macro_rules! define_ledger {
    ($($variant:ident $key:ident $folder:ident { $($rest:tt)* })*) => {
        /// Every record that could be read, per kind in file path order, and the id index.
        #[derive(Debug, Default)]
        pub struct Ledger {
            pub root: PathBuf,
            pub files: Files,
            pub manifest: Option<Manifest>,
            pub categories: Vec<Category>,
            $(pub $folder: Vec<crate::model::$variant>,)*
            /// Every record id, first occurrence wins.
            pub(crate) ids: HashMap<String, RecordRef>,
            /// Ids of records that failed to decode: references to them are not reported again.
            pub(crate) broken: HashSet<String>,
        }

        impl Ledger {
            /// Number of records read, of every kind.
            #[must_use]
            pub fn record_count(&self) -> usize {
                0 $(+ self.$folder.len())*
            }
        }
    };
}

crate::kind::for_each_kind!(define_ledger);

impl Ledger {
    /// The record with an id.
    #[must_use]
    pub(crate) fn lookup(&self, id: &str) -> Option<RecordRef> {
        self.ids.get(id).copied()
    }

    /// Whether an id belongs to a record that exists but could not be read.
    #[must_use]
    pub(crate) fn is_broken(&self, id: &str) -> bool {
        self.broken.contains(id)
    }

    /// The standard with an id (none when the id is another kind's).
    #[must_use]
    pub fn standard(&self, id: &str) -> Option<&Standard> {
        let r = self.lookup(id).filter(|r| r.kind == Kind::Standard)?;
        self.standards.get(r.index)
    }

    /// The check with an id (none when the id is another kind's).
    #[must_use]
    pub fn check(&self, id: &str) -> Option<&Check> {
        let r = self.lookup(id).filter(|r| r.kind == Kind::Check)?;
        self.checks.get(r.index)
    }

    /// The manifest's file, when it was found.
    #[must_use]
    pub(crate) fn manifest_file(&self) -> Option<crate::source::FileId> {
        self.files
            .iter()
            .find(|(_, f)| f.display == crate::discover::MANIFEST)
            .map(|(id, _)| id)
    }
}

impl Ledger {
    /// 复审周期: the standard's own cycle, else its category's, else the manifest's default,
    /// else 5 years.
    #[must_use]
    pub fn review_cycle_years(&self, standard: &Standard) -> i64 {
        let manifest = self.manifest.as_ref();
        let category = || {
            manifest?
                .categories
                .iter()
                .find(|c| c.id.value.as_str() == standard.category.value)?
                .review_cycle_years
                .as_ref()
                .map(|y| y.value)
        };
        standard
            .review_cycle_years
            .as_ref()
            .map(|y| y.value)
            .or_else(category)
            .or_else(|| manifest.map(|m| m.defaults.review_cycle_years))
            .unwrap_or(5)
    }

    /// The latest 复审 of a standard decided by a day (a validity check or a review holding
    /// only a proposal decides nothing), with its decision date.
    #[must_use]
    pub(crate) fn last_decision(
        &self,
        standard: &Standard,
        as_of: chrono::NaiveDate,
    ) -> Option<(&crate::model::Review, chrono::NaiveDate)> {
        self.reviews
            .iter()
            .filter(|r| {
                r.standard.value == standard.id.value
                    && r.review_type() == crate::model::vocab::ReviewType::Review
            })
            .filter_map(|r| r.decided().map(|d| (r, d)))
            .filter(|(_, d)| *d <= as_of)
            .max_by_key(|(r, d)| (*d, r.date.value))
    }

    /// The date a standard is next due for review as of a day: its last decided review by
    /// then (or, without one, its effective date, else its publication date) plus its review
    /// cycle. `None` for a standard with no date to count from, and for an adopted standard:
    /// the bureau reviews its own standards and checks that adopted ones are still valid.
    #[must_use]
    pub(crate) fn next_review(
        &self,
        standard: &Standard,
        as_of: chrono::NaiveDate,
    ) -> Option<chrono::NaiveDate> {
        let decided = self.last_decision(standard, as_of).map(|(_, d)| d);
        self.review_after(standard, decided)
    }

    /// [`Ledger::next_review`] given the standard's last decision date, when known already.
    #[must_use]
    pub(crate) fn review_after(
        &self,
        standard: &Standard,
        decided: Option<chrono::NaiveDate>,
    ) -> Option<chrono::NaiveDate> {
        if standard.origin() != crate::model::vocab::Origin::Own {
            return None;
        }
        let from = decided
            .or_else(|| standard.effective.as_ref().map(|d| d.value))
            .or_else(|| standard.published.as_ref().map(|d| d.value))?;
        let months = u32::try_from(self.review_cycle_years(standard) * 12).ok()?;
        from.checked_add_months(chrono::Months::new(months))
    }
}
