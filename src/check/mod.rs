//! `gbsw check`: the rules a ledger must follow beyond reading cleanly. Each submodule holds
//! one family of rules; [`check`] runs them all and orders what they find.

mod consistency;
mod dates;
mod refs;

use chrono::NaiveDate;

use crate::decode::did_you_mean;
use crate::diag::{self, Code, Diagnostic, Level, Severity};
use crate::ledger::Ledger;
use crate::load::Loaded;
use crate::message::{Msg, Target};
use crate::model::{Id, Meta, Record};
use crate::source::FileId;
use crate::span::{Sp, Span};

/// Every problem of a loaded ledger, as of a day, with the manifest's `[check]` levels
/// applied, in a stable order; past [`diag::MAX_PER_FILE_AND_CODE`] of one code in one file,
/// one diagnostic says how many more there are.
#[must_use]
pub fn check(loaded: &Loaded, as_of: NaiveDate) -> Vec<Diagnostic> {
    let ledger = &loaded.ledger;
    let mut rules = Rules {
        ledger,
        as_of,
        diags: loaded.diagnostics.clone(),
        limiter: diag::Limiter::default(),
    };
    refs::run(&mut rules);
    dates::run(&mut rules);
    consistency::run(&mut rules);
    rules.diags.extend(rules.limiter.finish());
    let mut diags = apply_levels(ledger, rules.diags);
    diag::sort(&mut diags);
    diag::cap(diags)
}

/// Set each diagnostic's severity from `[check]`, dropping allowed ones, and report names in
/// `[check]` that are not codes.
fn apply_levels(ledger: &Ledger, mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let Some(manifest) = &ledger.manifest else {
        return diags;
    };
    let manifest_file = ledger.manifest_file();
    let (levels, unknown) = manifest.check.levels();
    if let Some(file) = manifest_file {
        for name in unknown {
            let hint = match did_you_mean(&name.value, Code::ALL.iter().map(|c| c.name())) {
                Some(near) => Msg::HintDidYouMean {
                    name: near.to_owned(),
                },
                None => Msg::HintListCodes,
            };
            diags.push(
                Diagnostic::new(
                    Code::UnknownCode,
                    file,
                    name.span,
                    Msg::UnknownCode {
                        code: name.value.clone(),
                    },
                )
                .hint(hint),
            );
        }
    }
    diags.retain_mut(|d| match levels.get(&d.code) {
        Some(Level::Allow) => false,
        Some(Level::Warn) => {
            d.severity = Severity::Warning;
            true
        }
        Some(Level::Deny) => {
            d.severity = Severity::Error;
            true
        }
        None => true,
    });
    diags
}

/// What every rule works with.
pub(crate) struct Rules<'a> {
    pub ledger: &'a Ledger,
    pub as_of: NaiveDate,
    pub diags: Vec<Diagnostic>,
    /// A list of a million bad references makes a million diagnostics: counted, not kept.
    pub limiter: diag::Limiter,
}

impl Rules<'_> {
    fn push(&mut self, d: Diagnostic) {
        if let Some(d) = self.limiter.admit(d) {
            self.diags.push(d);
        }
    }

    fn at(&mut self, code: Code, file: FileId, span: Span, msg: Msg, hint: Msg) {
        self.push(Diagnostic::new(code, file, span, msg).hint(hint));
    }

    /// Report a reference to a unit that the manifest does not list. Skipped when the
    /// manifest itself could not be read (its own errors say why).
    fn unit_ref(&mut self, file: FileId, id: &Sp<Id>, field: &str) {
        let Some(manifest) = &self.ledger.manifest else {
            return;
        };
        if manifest.unit(id.value.as_str()).is_some() {
            return;
        }
        // A clerk may write the unit's name instead of its id: point at the id.
        let by_name = manifest
            .units
            .iter()
            .find(|u| u.name.value == id.value.as_str())
            .map(|u| u.id.value.0.as_str());
        let hint = match by_name.or_else(|| {
            did_you_mean(
                id.value.as_str(),
                manifest.units.iter().map(|u| u.id.value.as_str()),
            )
        }) {
            Some(near) => Msg::HintDidYouMean {
                name: near.to_owned(),
            },
            None if crate::model::Id::is_valid(id.value.as_str()) => Msg::HintAddUnit {
                id: id.value.0.clone(),
            },
            None => Msg::HintUnitIds {
                units: manifest
                    .units
                    .iter()
                    .map(|u| format!("{}（{}）", u.id.value, u.name.value))
                    .collect::<Vec<_>>()
                    .join(", "),
            },
        };
        self.at(
            Code::UnknownReference,
            file,
            id.span,
            Msg::UnknownReference {
                field: field.to_owned(),
                target: Target::Unit,
                id: id.value.0.clone(),
            },
            hint,
        );
    }

    /// Report a reference to a record of `kind` that does not exist (or is of another kind).
    fn record_ref(&mut self, file: FileId, id: &Sp<Id>, field: &str, target: Target) {
        let ledger = self.ledger;
        let key = id.value.as_str();
        let ok = match (ledger.lookup(key), target) {
            (Some(r), Target::Record(kind)) => r.kind == kind,
            (Some(_), _) => true,
            (None, _) => false,
        };
        if ok || ledger.is_broken(key) {
            return;
        }
        let hint = match target {
            Target::Record(kind) => match near_id(ledger, kind, key) {
                Some(near) => Msg::HintDidYouMean { name: near },
                None => Msg::HintAddRecord {
                    target,
                    id: key.to_owned(),
                },
            },
            _ => Msg::HintAddRecord {
                target,
                id: key.to_owned(),
            },
        };
        self.at(
            Code::UnknownReference,
            file,
            id.span,
            Msg::UnknownReference {
                field: field.to_owned(),
                target,
                id: key.to_owned(),
            },
            hint,
        );
    }

    /// Report a list entry that repeats an earlier one.
    fn no_repeats<T: Eq + std::hash::Hash + std::fmt::Display>(
        &mut self,
        file: FileId,
        list: &[Sp<T>],
        field: &str,
    ) {
        // A set, not a look back over the list: a list can be 100 000 entries long.
        let mut seen = std::collections::HashSet::new();
        for item in list {
            if !seen.insert(&item.value) {
                self.at(
                    Code::DuplicateEntry,
                    file,
                    item.span,
                    Msg::DuplicateEntry {
                        field: field.to_owned(),
                        value: item.value.to_string(),
                    },
                    Msg::HintRemoveDuplicate,
                );
            }
        }
    }
}

/// The closest id of a kind to a misspelt one.
fn near_id(ledger: &Ledger, kind: crate::kind::Kind, id: &str) -> Option<String> {
    fn ids<T: Record>(list: &[T]) -> Vec<&str> {
        list.iter().map(|r| r.id().value.as_str()).collect()
    }
    use crate::kind::Kind;
    let candidates = match kind {
        Kind::Standard => ids(&ledger.standards),
        Kind::Plan => ids(&ledger.plans),
        Kind::Check => ids(&ledger.checks),
        Kind::Rectification => ids(&ledger.rectifications),
        Kind::Review => ids(&ledger.reviews),
        Kind::Evaluation => ids(&ledger.evaluations),
        Kind::Improvement => ids(&ledger.improvements),
        Kind::Training => ids(&ledger.trainings),
        Kind::Submission => ids(&ledger.submissions),
    };
    did_you_mean(id, candidates.into_iter()).map(str::to_owned)
}

/// The file and first-key span of a record, for rules about the record as a whole.
fn place(meta: Meta) -> (FileId, Span) {
    (meta.file, meta.span)
}
