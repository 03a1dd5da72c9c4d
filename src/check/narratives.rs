//! Reports due soon without their narrative: in the last [`WINDOW_DAYS`] days before a half
//! year's deadline, the bureau's report and each report a unit owes and has not handed in
//! should have its own words in `reports/` (`gbsw new narrative` drafts them). Only a ledger
//! that keeps narratives (it has a `reports/` folder) is reminded: one that hands its reports
//! in on paper is not asked for files it never keeps. A ledger with no record yet (just
//! made by `gbsw init`) has nothing to report on, and is not reminded either.

use std::collections::HashSet;

use super::Rules;
use crate::diag::{Code, Diagnostic};
use crate::due::submissions::{deadline_of, owing_units};
use crate::message::Msg;
use crate::model::Period;
use crate::narrative;

/// How many days before its deadline a missing narrative is reported.
pub(crate) const WINDOW_DAYS: i64 = 30;

pub(super) fn run(rules: &mut Rules<'_>) {
    let ledger = rules.ledger;
    let (Some(manifest), Some(file)) = (&ledger.manifest, ledger.manifest_file()) else {
        return;
    };
    let root = &ledger.root;
    if !root.join(narrative::FOLDER).is_dir() || ledger.record_count() == 0 {
        return;
    }
    let as_of = rules.as_of;
    let this = Period::half_of(as_of);
    let before = match this {
        Period::Half(y, 2) => Period::Half(y, 1),
        _ => Period::half_of(this.start().pred_opt().unwrap_or(as_of)),
    };
    for half in [before, this] {
        let deadline = deadline_of(half, &manifest.defaults);
        let days = (deadline - as_of).num_days();
        if !(0..=WINDOW_DAYS).contains(&days) {
            continue;
        }
        let handed_in: HashSet<&str> = ledger
            .submissions
            .iter()
            .filter(|s| s.period.value == half && s.submitted.value <= as_of)
            .map(|s| s.unit.value.as_str())
            .collect();
        let mut missing = Vec::new();
        if !narrative::exists(root, half, None) {
            missing.push((
                manifest.organization.value.clone(),
                None,
                manifest.organization.span,
            ));
        }
        for u in owing_units(ledger, half) {
            let id = u.id.value.as_str();
            if !handed_in.contains(id) && !narrative::exists(root, half, Some(id)) {
                missing.push((u.name.value.clone(), Some(id), u.id.span));
            }
        }
        for (who, unit, span) in missing {
            let command = match unit {
                Some(u) => format!("gbsw new narrative --period {half} --unit {u}"),
                None => format!("gbsw new narrative --period {half}"),
            };
            rules.push(
                Diagnostic::new(
                    Code::NarrativeMissing,
                    file,
                    span,
                    Msg::NarrativeMissing {
                        who,
                        period: half.to_string(),
                        file: narrative::rel_path(half, unit),
                        deadline: deadline.to_string(),
                    },
                )
                .hint(Msg::HintNewNarrative { command }),
            );
        }
    }
}
