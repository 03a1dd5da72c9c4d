//! Improvements (改进): an open one is due by its own date (or months after it was recorded);
//! one that did not work (效果不明显) is due again on its next round's date until a later
//! round of the same standard is recorded. An effective one asks for the standard's revision
//! ([`super::standards`]).

use chrono::Months;

use super::Cx;
use crate::message::Msg;
use crate::model::Improvement;
use crate::model::vocab::DueKind;

pub(super) fn run(cx: &mut Cx<'_>) {
    let ledger = cx.ledger;
    let months = Months::new(u32::try_from(cx.defaults.improvement_months).unwrap_or(3));
    for i in &ledger.improvements {
        let id = i.id.value.as_str();
        let standard = ledger.standard(i.standard.value.as_str());
        let unit = standard.map(|s| s.owner.value.clone());
        let person = cx.unit_head(unit.as_ref());
        let source = Some(cx.source(id, i.meta));
        let round = i.round.as_ref().map_or(1, |r| r.value);
        match i.effective.as_ref().map(|e| e.value) {
            None => {
                let due = i.due.as_ref().map(|d| d.value).or_else(|| {
                    i.date
                        .as_ref()
                        .and_then(|d| d.value.checked_add_months(months))
                });
                let Some(due) = due else { continue };
                let what = Msg::DueImprovement {
                    id: id.to_owned(),
                    standard: i.standard.value.0.clone(),
                    round,
                };
                cx.push(
                    DueKind::Improvement,
                    due,
                    unit,
                    person,
                    source,
                    what,
                    format!("improvement/{id}"),
                );
            }
            Some(false) => {
                let Some(next) = &i.next_round else { continue };
                if has_next_round(cx, i, round) {
                    continue;
                }
                let what = Msg::DueNextRound {
                    id: id.to_owned(),
                    standard: i.standard.value.0.clone(),
                    round: round + 1,
                };
                cx.push(
                    DueKind::Improvement,
                    next.value,
                    unit,
                    person,
                    source,
                    what,
                    format!("improvement/{id}/next"),
                );
            }
            Some(true) => {}
        }
    }
}

/// Whether a later round of the same standard's improvement is recorded: one that names this
/// one as its source, or a higher round.
fn has_next_round(cx: &Cx<'_>, i: &Improvement, round: i64) -> bool {
    cx.ledger.improvements.iter().any(|n| {
        n.standard.value == i.standard.value
            && (n.source.as_ref().is_some_and(|s| s.value == i.id.value)
                || n.round.as_ref().is_some_and(|r| r.value > round))
    })
}
