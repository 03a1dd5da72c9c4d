//! `gbsw check`: the rules a ledger must follow beyond reading cleanly. Each submodule holds
//! one family of rules; [`check`] runs them all and orders what they find.

mod approvals;
mod consistency;
mod dates;
mod evaluations;
mod evidence;
mod improvements;
mod narratives;
mod refs;

use chrono::NaiveDate;

use crate::diag::{self, Code, Diagnostic, Level, Severity};
use crate::ledger::Ledger;
use crate::load::Loaded;
use crate::message::Msg;
use crate::model::Meta;
use crate::source::FileId;
use crate::span::{Sp, Span};
use crate::suggest::did_you_mean;

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
    evaluations::run(&mut rules);
    improvements::run(&mut rules);
    narratives::run(&mut rules);
    evidence::run(&mut rules);
    approvals::run(&mut rules);
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

    /// Report a list entry that repeats an earlier one.
    fn no_repeats<T: Eq + std::hash::Hash + std::fmt::Display>(
        &mut self,
        file: FileId,
        list: &[Sp<T>],
        field: &str,
    ) {
        self.no_repeated(file, list.iter().map(|i| (&i.value, i.span)), field);
    }

    /// Report each value that repeats an earlier one of `items`.
    fn no_repeated<T: Copy + Eq + std::hash::Hash + std::fmt::Display>(
        &mut self,
        file: FileId,
        items: impl IntoIterator<Item = (T, Span)>,
        field: &str,
    ) {
        // A set, not a look back over the list: a list can be 100 000 entries long.
        let mut seen = std::collections::HashSet::new();
        for (value, span) in items {
            if !seen.insert(value) {
                self.at(
                    Code::DuplicateEntry,
                    file,
                    span,
                    Msg::DuplicateEntry {
                        field: field.to_owned(),
                        value: value.to_string(),
                    },
                    Msg::HintRemoveDuplicate,
                );
            }
        }
    }
}

/// The file and first-key span of a record, for rules about the record as a whole.
fn place(meta: Meta) -> (FileId, Span) {
    (meta.file, meta.span)
}
