//! Dates: things happen in order, and nothing already done is dated after today.

use chrono::NaiveDate;

use super::Rules;
use crate::diag::Code;
use crate::message::Msg;
use crate::model::vocab::RecheckResult;
use crate::source::FileId;
use crate::span::Sp;

pub(super) fn run(r: &mut Rules<'_>) {
    let ledger = r.ledger;
    for s in &ledger.standards {
        let f = s.meta.file;
        order(
            r,
            f,
            s.effective.as_ref(),
            "effective",
            s.published.as_ref(),
            "published",
        );
        let start = s.effective.as_ref().or(s.published.as_ref());
        let start_field = if s.effective.is_some() {
            "effective"
        } else {
            "published"
        };
        order(r, f, s.abolished.as_ref(), "abolished", start, start_field);
        past(r, f, s.abolished.as_ref(), "abolished");
    }
    for p in &ledger.plans {
        let f = p.meta.file;
        order(r, f, p.end.as_ref(), "end", p.start.as_ref(), "start");
        for (i, a) in p.activities.iter().enumerate() {
            let field = format!("activities[{}].done", i + 1);
            past(r, f, a.done.as_ref(), &field);
        }
    }
    for c in &ledger.checks {
        past(r, c.meta.file, Some(&c.date), "date");
    }
    for n in &ledger.rectifications {
        let f = n.meta.file;
        past(r, f, Some(&n.found), "found");
        order(r, f, Some(&n.due), "due", Some(&n.found), "found");
        order(
            r,
            f,
            n.completed.as_ref(),
            "completed",
            Some(&n.found),
            "found",
        );
        past(r, f, n.completed.as_ref(), "completed");
        if let Some(check) = n
            .check
            .as_ref()
            .and_then(|c| ledger.check(c.value.as_str()))
        {
            order(
                r,
                f,
                Some(&n.found),
                "found",
                Some(&check.date),
                "check.date",
            );
        }
        for (i, rc) in n.rechecks.iter().enumerate() {
            past(r, f, Some(&rc.date), &format!("rechecks[{}].date", i + 1));
            match &n.completed {
                None => r.at(
                    Code::RecheckWithoutCompletion,
                    f,
                    rc.date.span,
                    Msg::RecheckWithoutCompletion,
                    Msg::HintCompleteBeforeRecheck,
                ),
                // A passing re-check verifies the completed work, so it cannot precede it; a
                // failed one may, since the unit completes the work again after it.
                Some(done)
                    if rc.result.value == RecheckResult::Pass && rc.date.value < done.value =>
                {
                    r.at(
                        Code::DateOrder,
                        f,
                        rc.date.span,
                        Msg::RecheckBeforeCompletion {
                            recheck: rc.date.value.to_string(),
                            completed: done.value.to_string(),
                        },
                        Msg::HintCompleteBeforeRecheck,
                    )
                }
                Some(_) => {}
            }
        }
    }
    for v in &ledger.reviews {
        past(r, v.meta.file, Some(&v.date), "date");
    }
    for e in &ledger.evaluations {
        past(r, e.meta.file, e.date.as_ref(), "date");
    }
    for i in &ledger.improvements {
        let f = i.meta.file;
        past(r, f, i.date.as_ref(), "date");
        past(r, f, i.verified.as_ref(), "verified");
        order(
            r,
            f,
            i.verified.as_ref(),
            "verified",
            i.date.as_ref(),
            "date",
        );
    }
    for t in &ledger.trainings {
        past(r, t.meta.file, Some(&t.date), "date");
    }
    for s in &ledger.submissions {
        let f = s.meta.file;
        past(r, f, Some(&s.submitted), "submitted");
        let start = Sp::new(s.period.value.start(), s.period.span);
        order(
            r,
            f,
            Some(&s.submitted),
            "submitted",
            Some(&start),
            "period",
        );
    }
    if let Some(m) = &ledger.manifest
        && let Some(file) = ledger.manifest_file()
    {
        let schedules = m
            .schedules
            .iter()
            .map(|s| ("schedules", &s.id, &s.start, &s.end));
        let plans = m
            .evaluation_plans
            .iter()
            .map(|p| ("evaluation_plans", &p.id, &p.start, &p.end));
        for (list, id, start, end) in schedules.chain(plans) {
            order(
                r,
                file,
                end.as_ref(),
                &format!("{list}.{}.end", id.value),
                start.as_ref(),
                "start",
            );
        }
    }
}

/// Report `later` when it is before `earlier`.
fn order(
    r: &mut Rules<'_>,
    file: FileId,
    later: Option<&Sp<NaiveDate>>,
    later_field: &str,
    earlier: Option<&Sp<NaiveDate>>,
    earlier_field: &str,
) {
    let (Some(later), Some(earlier)) = (later, earlier) else {
        return;
    };
    if later.value < earlier.value {
        r.at(
            Code::DateOrder,
            file,
            later.span,
            Msg::DateOrder {
                field: later_field.to_owned(),
                date: later.value.to_string(),
                other_field: earlier_field.to_owned(),
                other: earlier.value.to_string(),
            },
            Msg::HintSwapDates,
        );
    }
}

/// Report a date of something done that lies after today.
fn past(r: &mut Rules<'_>, file: FileId, date: Option<&Sp<NaiveDate>>, field: &str) {
    let Some(date) = date else {
        return;
    };
    if date.value > r.as_of {
        r.at(
            Code::FutureDate,
            file,
            date.span,
            Msg::FutureDate {
                field: field.to_owned(),
                date: date.value.to_string(),
                today: r.as_of.to_string(),
            },
            Msg::HintFutureDate,
        );
    }
}
