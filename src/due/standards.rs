//! Standards: their 复审 (only a decision resets the cycle; a review holding only a proposal
//! is in progress), the validity checks of adopted ones (their own cycle), and what a decision
//! to revise or convert — or an effective improvement — leaves to do until a newer edition
//! names the standard it replaces.

use chrono::{Months, NaiveDate};

use super::Cx;
use crate::ledger::Ledger;
use crate::message::Msg;
use crate::model::vocab::{DueKind, Origin, ReviewDecision, ReviewType, StandardStatus};
use crate::model::{Review, Standard};

pub(super) fn run(cx: &mut Cx<'_>) {
    let ledger = cx.ledger;
    for s in &ledger.standards {
        let live = matches!(
            s.status.value,
            StandardStatus::InForce | StandardStatus::UnderRevision
        );
        if !live {
            continue;
        }
        // The last decision, looked up once for the three families.
        let decision = ledger.last_decision(s, cx.as_of);
        let decided = decision.map(|(_, d)| d);
        if s.status.value == StandardStatus::InForce {
            review(cx, s, decided);
            validity(cx, s, decided);
        }
        follow_up(cx, s, decision);
    }
}

/// The review that is due, or in progress: a 复审 after the last decision that has no
/// decision yet.
fn review(cx: &mut Cx<'_>, s: &Standard, decided: Option<NaiveDate>) {
    let ledger = cx.ledger;
    let Some(next) = ledger.review_after(s, decided) else {
        return;
    };
    let id = s.id.value.as_str();
    let open = ledger
        .reviews
        .iter()
        .filter(|r| {
            r.standard.value == s.id.value
                && r.review_type() == ReviewType::Review
                && r.decision.is_none()
                && r.date.value <= cx.as_of
                && decided.is_none_or(|d| r.date.value >= d)
        })
        .max_by_key(|r| r.date.value);
    let what = match open {
        Some(r) => Msg::DueReviewInProgress {
            standard: id.to_owned(),
            title: s.title.value.clone(),
            since: r.date.value.to_string(),
            proposal: r.proposal.as_ref().map(|p| p.value),
        },
        None => Msg::DueReview {
            standard: id.to_owned(),
            title: s.title.value.clone(),
            last: decided.map_or_else(|| "—".to_owned(), |d| d.to_string()),
        },
    };
    push(cx, s, DueKind::Review, next, what, format!("review/{id}"));
}

/// An adopted standard's validity check: a year (the manifest's cycle) after the last
/// validity check or decided review, else after it took effect.
fn validity(cx: &mut Cx<'_>, s: &Standard, decided: Option<NaiveDate>) {
    if s.origin() == Origin::Own {
        return;
    }
    let ledger = cx.ledger;
    let checked = ledger
        .reviews
        .iter()
        .filter(|r| {
            r.standard.value == s.id.value
                && r.review_type() == ReviewType::Validity
                && r.date.value <= cx.as_of
        })
        .map(|r| r.date.value)
        .max();
    let start = s
        .effective
        .as_ref()
        .or(s.published.as_ref())
        .map(|d| d.value);
    let months = Months::new(u32::try_from(cx.defaults.validity_check_months).unwrap_or(12));
    let Some(next) = checked
        .max(decided)
        .or(start)
        .and_then(|d| d.checked_add_months(months))
    else {
        return;
    };
    let id = s.id.value.as_str();
    let what = Msg::DueValidity {
        standard: id.to_owned(),
        code: s
            .code
            .as_ref()
            .map_or_else(|| s.title.value.clone(), |c| c.value.clone()),
        last: checked.map_or_else(|| "—".to_owned(), |d| d.to_string()),
    };
    push(
        cx,
        s,
        DueKind::Validity,
        next,
        what,
        format!("validity/{id}"),
    );
}

/// A decision to revise or convert, open until a standard names this one in `supersedes`;
/// without such a decision, an effective improvement verified after the last decision asks
/// for the revision the same way.
fn follow_up(cx: &mut Cx<'_>, s: &Standard, decision: Option<(&Review, NaiveDate)>) {
    let ledger = cx.ledger;
    if successor(ledger, s).is_some() {
        return;
    }
    let id = s.id.value.as_str();
    let months = Months::new(u32::try_from(cx.defaults.revision_months).unwrap_or(6));
    if let Some((r, decided)) = decision
        && let Some(kind) = follow_up_kind(r)
        && let Some(due) = decided.checked_add_months(months)
    {
        let what = Msg::DueRevision {
            standard: id.to_owned(),
            title: s.title.value.clone(),
            decision: r
                .decision
                .as_ref()
                .map_or(ReviewDecision::Revise, |d| d.value),
            by: r.id.value.0.clone(),
            on: decided.to_string(),
        };
        push(cx, s, kind, due, what, format!("revision/{id}"));
        return;
    }
    // An improvement found effective after the last decision: the standard is to be revised.
    let after = decision.map(|(_, d)| d);
    let improved = ledger
        .improvements
        .iter()
        .filter(|i| i.standard.value == s.id.value && i.effective.as_ref().is_some_and(|e| e.value))
        .filter_map(|i| i.concluded().map(|d| (i, d)))
        .filter(|(_, d)| *d <= cx.as_of && after.is_none_or(|a| *d > a))
        .min_by_key(|(i, d)| (*d, i.id.value.0.clone()));
    if let Some((i, on)) = improved
        && let Some(due) = on.checked_add_months(months)
    {
        let what = Msg::DueRevisionAfterImprovement {
            standard: id.to_owned(),
            title: s.title.value.clone(),
            improvement: i.id.value.0.clone(),
            on: on.to_string(),
        };
        push(
            cx,
            s,
            DueKind::Revision,
            due,
            what,
            format!("revision/{id}"),
        );
    }
}

/// What a decision leaves to do: a new edition (修订) or a successor standard (转化).
fn follow_up_kind(r: &Review) -> Option<DueKind> {
    match r.decision.as_ref()?.value {
        ReviewDecision::Revise => Some(DueKind::Revision),
        ReviewDecision::Convert => Some(DueKind::Conversion),
        ReviewDecision::Continue | ReviewDecision::Abolish => None,
    }
}

/// The standard that names this one as the one it replaces, if any.
fn successor<'a>(ledger: &'a Ledger, s: &Standard) -> Option<&'a Standard> {
    ledger
        .standards
        .iter()
        .find(|n| n.supersedes.as_ref().is_some_and(|p| p.value == s.id.value))
}

fn push(cx: &mut Cx<'_>, s: &Standard, kind: DueKind, due: NaiveDate, what: Msg, uid: String) {
    let unit = Some(s.owner.value.clone());
    let person = cx.unit_head(Some(&s.owner.value));
    let source = Some(cx.source(s.id.value.as_str(), s.meta));
    cx.push(kind, due, unit, person, source, what, uid);
}
