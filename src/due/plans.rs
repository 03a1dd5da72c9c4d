//! Plan activities not done, and plans that end with activities still open.

use super::Cx;
use crate::message::Msg;
use crate::model::vocab::DueKind;

pub(super) fn run(cx: &mut Cx<'_>) {
    let ledger = cx.ledger;
    for plan in &ledger.plans {
        let unit = plan
            .owner
            .as_ref()
            .or(plan.organizer.as_ref())
            .map(|u| u.value.clone())
            .or_else(|| {
                let first = plan.standards.first()?;
                ledger
                    .standard(first.value.as_str())
                    .map(|s| s.owner.value.clone())
            });
        let plan_id = plan.id.value.as_str();
        let source = cx.source(plan_id, plan.meta);
        let open: Vec<_> = plan
            .activities
            .iter()
            .filter(|a| a.done.is_none())
            .collect();
        for (step, a) in plan.steps() {
            if a.done.is_some() {
                continue;
            }
            let Some(due) = a.due.as_ref().or(plan.end.as_ref()).map(|d| d.value) else {
                continue;
            };
            let step = step.to_string();
            let person = a
                .responsible
                .as_ref()
                .or(plan.responsible.as_ref())
                .map(|p| p.value.clone());
            let mut src = source.clone();
            if let Some(f) = ledger.files.get(plan.meta.file) {
                src.line = f.line_col(a.activity.span.start).0;
            }
            cx.push(
                DueKind::Activity,
                due,
                unit.clone(),
                person,
                Some(src),
                Msg::DueActivity {
                    plan: plan_id.to_owned(),
                    step: step.clone(),
                    activity: a.activity.value.clone(),
                },
                format!("activity/{plan_id}/{step}"),
            );
        }
        if let (Some(end), false) = (&plan.end, open.is_empty()) {
            cx.push(
                DueKind::PlanEnd,
                end.value,
                unit.clone(),
                plan.responsible.as_ref().map(|p| p.value.clone()),
                Some(source.clone()),
                Msg::DuePlanEnd {
                    plan: plan_id.to_owned(),
                    open: open.len(),
                },
                format!("plan-end/{plan_id}"),
            );
        }
    }
}
