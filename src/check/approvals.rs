//! Approvals (批准, 决定): who decides is recorded, and is one of those who may. A plan is
//! approved by the leading group before it starts; a review's decision is the leading
//! group's; an improvement's review the evaluation group's. Each approver field says in its
//! descriptor (`approver`) which body's members may sign it.
//!
//! Only a ledger whose manifest declares its bodies (`[bodies]`) is asked for approvals
//! (`missing-approval`) and has its approvers held to the members (`wrong-approver`): one
//! that does not keep these is not flooded with warnings for what it never records. A plan
//! approved after its start is reported either way (`approved-after-start`).

use super::{Rules, place};
use crate::diag::Code;
use crate::kind::Kind;
use crate::message::Msg;
use crate::model::field::{FieldView, View};
use crate::model::vocab::BodyRole;
use crate::query::rec::Rec;

pub(super) fn run(rules: &mut Rules<'_>) {
    let ledger = rules.ledger;
    for p in &ledger.plans {
        if let (Some(on), Some(start)) = (&p.approved_on, &p.start)
            && on.value > start.value
        {
            rules.at(
                Code::ApprovedAfterStart,
                p.meta.file,
                on.span,
                Msg::ApprovedAfterStart {
                    approved: on.value.to_string(),
                    start: start.value.to_string(),
                },
                Msg::HintApproveBeforeStart,
            );
        }
    }
    let Some(manifest) = &ledger.manifest else {
        return;
    };
    if manifest.bodies.is_empty() {
        return;
    }
    let as_of = rules.as_of;
    for p in &ledger.plans {
        if p.start.as_ref().is_some_and(|s| s.value <= as_of) {
            let missing = [
                ("approved_by", p.approved_by.is_none()),
                ("approved_on", p.approved_on.is_none()),
            ];
            missing_approval(rules, p.meta, &p.id.value, &missing, BodyRole::LeadingGroup);
        }
    }
    // A new edition of the bureau's own standard is published on the leading group's
    // approval; an adopted national or local standard is published by its own body.
    for s in &ledger.standards {
        if s.supersedes.is_some()
            && s.published.is_some()
            && s.origin() == crate::model::vocab::Origin::Own
        {
            let missing = [
                ("approved_by", s.approved_by.is_none()),
                ("approved_on", s.approved_on.is_none()),
            ];
            missing_approval(rules, s.meta, &s.id.value, &missing, BodyRole::LeadingGroup);
        }
    }
    for r in &ledger.reviews {
        if r.decision.is_some() {
            let missing = [
                ("decided_by", r.decided_by.is_none()),
                ("decided_on", r.decided_on.is_none()),
            ];
            missing_approval(rules, r.meta, &r.id.value, &missing, BodyRole::LeadingGroup);
        }
    }
    for i in &ledger.improvements {
        if i.effective.is_some() {
            let missing = [
                ("reviewed_by", i.reviewed_by.is_empty()),
                ("reviewed_on", i.reviewed_on.is_none()),
            ];
            missing_approval(
                rules,
                i.meta,
                &i.id.value,
                &missing,
                BodyRole::EvaluationGroup,
            );
        }
    }
    for kind in Kind::ALL {
        for rec in Rec::all(ledger, kind) {
            let file = rec.meta().file;
            for (field, view) in rec.values() {
                let Some(role) = field.approver else {
                    continue;
                };
                let names = match view {
                    FieldView::One(v, s) => vec![(v, s)],
                    FieldView::List(items) => items,
                    FieldView::Absent | FieldView::Rows(_) => Vec::new(),
                };
                for (v, span) in names {
                    let View::Text(name) = v else { continue };
                    let mut bodies = manifest.bodies_of(role).peekable();
                    if bodies.peek().is_none() {
                        break;
                    }
                    if manifest.bodies_of(role).any(|b| b.has_member(name)) {
                        continue;
                    }
                    let members: Vec<&str> = manifest
                        .bodies_of(role)
                        .flat_map(|b| b.members.iter().map(|m| m.value.as_str()))
                        .collect();
                    rules.at(
                        Code::WrongApprover,
                        file,
                        span,
                        Msg::WrongApprover {
                            field: field.key.to_owned(),
                            name: name.to_owned(),
                            role,
                        },
                        Msg::HintMembers {
                            role,
                            members: members.into_iter().map(str::to_owned).collect(),
                        },
                    );
                }
            }
        }
    }
}

/// A `missing-approval` naming the fields not written, if any.
fn missing_approval(
    rules: &mut Rules<'_>,
    meta: crate::model::Meta,
    id: &crate::model::Id,
    fields: &[(&str, bool)],
    role: BodyRole,
) {
    let missing: Vec<&str> = fields.iter().filter(|(_, m)| *m).map(|(k, _)| *k).collect();
    if missing.is_empty() {
        return;
    }
    let (file, span) = place(meta);
    let field = missing.join(" / ");
    rules.at(
        Code::MissingApproval,
        file,
        span,
        Msg::MissingApproval {
            id: id.to_string(),
            field: field.clone(),
            role,
        },
        Msg::HintRecordApproval { fields: field },
    );
}
