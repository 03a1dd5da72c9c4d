//! Reviews (复审) of standards in force, and validity checks of adopted standards.

use chrono::Months;

use super::Cx;
use crate::message::Msg;
use crate::model::vocab::{DueKind, Origin, StandardStatus};

pub(super) fn run(cx: &mut Cx<'_>) {
    let ledger = cx.ledger;
    let validity = Months::new(u32::try_from(cx.defaults.validity_check_months).unwrap_or(12));
    for s in &ledger.standards {
        if s.status.value != StandardStatus::InForce {
            continue;
        }
        let id = s.id.value.as_str();
        let unit = Some(s.owner.value.clone());
        let person = cx.unit_head(Some(&s.owner.value));
        let source = Some(cx.source(id, s.meta));
        let last_review = ledger
            .reviews
            .iter()
            .filter(|r| r.standard.value == s.id.value && r.date.value <= cx.as_of)
            .map(|r| r.date.value)
            .max();
        let start = s
            .effective
            .as_ref()
            .or(s.published.as_ref())
            .map(|d| d.value);
        let last = last_review.or(start);
        let last_text = last_review.map_or_else(|| "—".to_owned(), |d| d.to_string());
        if let Some(next) = ledger.next_review(s, cx.as_of) {
            cx.push(
                DueKind::Review,
                next,
                unit.clone(),
                person.clone(),
                source.clone(),
                Msg::DueReview {
                    standard: id.to_owned(),
                    title: s.title.value.clone(),
                    last: last_text.clone(),
                },
                format!("review/{id}"),
            );
        }
        if s.origin() != Origin::Own
            && let Some(next) = last.and_then(|d| d.checked_add_months(validity))
        {
            cx.push(
                DueKind::Validity,
                next,
                unit,
                person,
                source,
                Msg::DueValidity {
                    standard: id.to_owned(),
                    code: s
                        .code
                        .as_ref()
                        .map_or_else(|| s.title.value.clone(), |c| c.value.clone()),
                    last: last_text,
                },
                format!("validity/{id}"),
            );
        }
    }
}
