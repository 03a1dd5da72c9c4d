//! Consistency: what a careful standardization officer would query even when every field is
//! well formed and every reference resolves.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::{Rules, place};
use crate::diag::Code;
use crate::due::duties::stands_in_for;
use crate::message::Msg;
use crate::model::vocab::{
    Cadence, CheckType, Conformity, NcSeverity, ReviewDecision, StandardStatus, UnitKind,
};
use crate::model::{Check, Id, Standard};
use crate::source::FileId;
use crate::span::Sp;

pub(super) fn run(r: &mut Rules<'_>) {
    standards(r);
    plans(r);
    checks(r);
    duties(r);
    rectifications(r);
    reviews(r);
    trainings(r);
}

fn standards(r: &mut Rules<'_>) {
    let ledger = r.ledger;
    let planned: HashSet<&str> = ledger
        .plans
        .iter()
        .flat_map(|p| p.standards.iter().map(|s| s.value.as_str()))
        .collect();
    for s in &ledger.standards {
        let f = s.meta.file;
        match (s.status.value, &s.abolished) {
            // Without the date it ended, a standard out of force cannot be placed in time:
            // the reports would leave it out of every period.
            (status @ (StandardStatus::Abolished | StandardStatus::Superseded), None) => {
                r.at(
                    Code::StatusMismatch,
                    f,
                    s.status.span,
                    Msg::AbolishedWithoutDate { status },
                    Msg::HintAddAbolishedDate,
                );
            }
            // A superseded standard is also out of force, so it may carry the date it ended.
            (status, Some(date))
                if !matches!(
                    status,
                    StandardStatus::Abolished | StandardStatus::Superseded
                ) =>
            {
                r.at(
                    Code::StatusMismatch,
                    f,
                    date.span,
                    Msg::AbolishedDateButStatus { status },
                    Msg::HintFixAbolishedStatus,
                );
            }
            _ => {}
        }
        if s.status.value == StandardStatus::InForce && !planned.contains(s.id.value.as_str()) {
            r.at(
                Code::MissingPlan,
                f,
                s.id.span,
                Msg::MissingPlan {
                    standard: s.id.value.0.clone(),
                },
                Msg::HintAddPlan {
                    standard: s.id.value.0.clone(),
                },
            );
        }
    }
}

/// The abolition date of a standard, when it is abolished.
fn abolished(s: &Standard) -> Option<NaiveDate> {
    (s.status.value == StandardStatus::Abolished)
        .then(|| s.abolished.as_ref().map(|d| d.value))
        .flatten()
}

/// Report a standard named by something dated after the standard's abolition.
fn used_after_abolition(r: &mut Rules<'_>, file: FileId, sid: &Sp<Id>, used: NaiveDate) {
    let Some(date) = r.ledger.standard(sid.value.as_str()).and_then(abolished) else {
        return;
    };
    if used > date {
        r.at(
            Code::AbolishedStandardUsed,
            file,
            sid.span,
            Msg::AbolishedStandardUsed {
                standard: sid.value.0.clone(),
                abolished: date.to_string(),
            },
            Msg::HintStopUsingAbolished,
        );
    }
}

fn plans(r: &mut Rules<'_>) {
    let ledger = r.ledger;
    for p in &ledger.plans {
        let f = p.meta.file;
        for sid in &p.standards {
            let Some(s) = ledger.standard(sid.value.as_str()) else {
                continue;
            };
            if s.status.value == StandardStatus::Draft {
                r.at(
                    Code::PlanForDraft,
                    f,
                    sid.span,
                    Msg::PlanForDraft {
                        standard: sid.value.0.clone(),
                    },
                    Msg::HintPublishFirst,
                );
            }
            if let Some(start) = &p.start {
                used_after_abolition(r, f, sid, start.value);
            }
        }
        let steps: Vec<_> = p.activities.iter().filter_map(|a| a.step.clone()).collect();
        r.no_repeats(f, &steps, "activities.step");
    }
}

fn checks(r: &mut Rules<'_>) {
    let ledger = r.ledger;
    let tracked: HashSet<&str> = ledger
        .rectifications
        .iter()
        .filter_map(|n| n.check.as_ref().map(|c| c.value.as_str()))
        .collect();
    for c in &ledger.checks {
        let f = c.meta.file;
        let bad_item = c
            .items
            .iter()
            .find(|i| i.result.value != Conformity::Conform);
        let found_problems = c.conclusion.value != Conformity::Conform || bad_item.is_some();
        if found_problems && !tracked.contains(c.id.value.as_str()) {
            r.at(
                Code::NonconformityUntracked,
                f,
                c.conclusion.span,
                Msg::NonconformityUntracked {
                    id: c.id.value.0.clone(),
                },
                Msg::HintAddRectification {
                    check: c.id.value.0.clone(),
                },
            );
        }
        match (c.conclusion.value, bad_item) {
            // An item that failed to read is already an error; its result is unknown.
            _ if !c.items_complete => {}
            (Conformity::Conform, Some(item)) => r.at(
                Code::ConclusionMismatch,
                f,
                c.conclusion.span,
                Msg::ConclusionSaysConform {
                    item: item.item.value,
                },
                Msg::HintFixConclusion,
            ),
            (Conformity::Partial | Conformity::Nonconform, None) if !c.items.is_empty() => r.at(
                Code::ConclusionMismatch,
                f,
                c.conclusion.span,
                Msg::ConclusionSaysNonconform,
                Msg::HintFixConclusion,
            ),
            _ => {}
        }
        for sid in &c.standards {
            used_after_abolition(r, f, sid, c.date.value);
        }
        let schedule = c.schedule.as_ref().and_then(|s| {
            ledger
                .manifest
                .as_ref()?
                .schedule(s.value.as_str())
                .map(|x| (s, x))
        });
        independent(r, c);
        if let (Some((sref, s)), Some(manifest)) = (schedule, ledger.manifest.as_ref()) {
            if !stands_in_for(c.check_type.value, s.check_type.value) {
                r.at(
                    Code::ScheduleMismatch,
                    f,
                    c.check_type.span,
                    Msg::ScheduleTypeMismatch {
                        schedule: sref.value.0.clone(),
                        expected: s.check_type.value,
                    },
                    Msg::HintFixSchedule,
                );
            }
            if !s.covers(manifest, c.unit.value.as_str()) {
                r.at(
                    Code::ScheduleMismatch,
                    f,
                    c.unit.span,
                    Msg::ScheduleUnitMismatch {
                        schedule: sref.value.0.clone(),
                        unit: c.unit.value.0.clone(),
                    },
                    Msg::HintFixSchedule,
                );
            }
        }
    }
}

/// 监查、互查、抽查 are checks of one unit by another: one that names the checked unit as
/// its own checker is a self-check under another name, and would count as independent
/// supervision in the reports.
fn independent(r: &mut Rules<'_>, c: &Check) {
    let Some(by) = &c.by else {
        return;
    };
    let t = c.check_type.value;
    if by.value == c.unit.value
        && matches!(
            t,
            CheckType::Supervision | CheckType::Mutual | CheckType::Spot
        )
    {
        r.at(
            Code::NotIndependent,
            c.meta.file,
            by.span,
            Msg::NotIndependent {
                check_type: t,
                unit: c.unit.value.0.clone(),
            },
            Msg::HintIndependentChecker,
        );
    }
}

/// The guidance's periodic checks (附件2): each department checks itself every working day,
/// the service centre supervises each contracted service provider every month. A unit of
/// either kind that no schedule holds to it would never show a duty in `gbsw due`.
fn duties(r: &mut Rules<'_>) {
    let ledger = r.ledger;
    let (Some(manifest), Some(file)) = (&ledger.manifest, ledger.manifest_file()) else {
        return;
    };
    for u in &manifest.units {
        let has = |t: CheckType, most: Cadence| {
            manifest.schedules.iter().any(|s| {
                s.check_type.value == t
                    && s.cadence.value <= most
                    && s.covers(manifest, u.id.value.as_str())
            })
        };
        let unit = u.id.value.0.clone();
        let (msg, hint) = match u.kind.value {
            UnitKind::Department if !has(CheckType::SelfCheck, Cadence::Daily) => {
                (Msg::NoDailySelfCheck { unit }, Msg::HintAddDailySelfCheck)
            }
            UnitKind::ServiceProvider if !has(CheckType::Supervision, Cadence::Monthly) => (
                Msg::NoMonthlySupervision { unit },
                Msg::HintAddMonthlySupervision,
            ),
            _ => continue,
        };
        r.at(Code::NoCheckDuty, file, u.id.span, msg, hint);
    }
}

fn rectifications(r: &mut Rules<'_>) {
    let ledger = r.ledger;
    for n in &ledger.rectifications {
        let f = n.meta.file;
        if n.severity() == NcSeverity::Major && n.report.is_none() {
            let span = n.severity.as_ref().map_or(n.meta.span, |s| s.span);
            r.at(
                Code::MajorWithoutReport,
                f,
                span,
                Msg::MajorWithoutReport,
                Msg::HintWriteReport,
            );
        }
        if let Some((cref, check)) = n
            .check
            .as_ref()
            .and_then(|c| ledger.check(c.value.as_str()).map(|x| (c, x)))
            && check.unit.value != n.unit.value
        {
            r.at(
                Code::UnitMismatch,
                f,
                n.unit.span,
                Msg::UnitMismatch {
                    unit: n.unit.value.0.clone(),
                    check: cref.value.0.clone(),
                    check_unit: check.unit.value.0.clone(),
                },
                Msg::HintCheckUnit,
            );
        }
        if let Some(sid) = &n.standard {
            used_after_abolition(r, f, sid, n.found.value);
        }
    }
}

fn reviews(r: &mut Rules<'_>) {
    let ledger = r.ledger;
    // The latest review of each standard with a decision decides.
    let mut latest: HashMap<&str, &crate::model::Review> = HashMap::new();
    for v in ledger.reviews.iter().filter(|v| v.decision.is_some()) {
        let e = latest.entry(v.standard.value.as_str()).or_insert(v);
        if v.date.value >= e.date.value {
            *e = v;
        }
    }
    let mut decided: Vec<_> = latest.into_values().collect();
    decided.sort_by_key(|v| (v.meta.file, v.meta.span));
    for v in decided {
        let Some(s) = ledger.standard(v.standard.value.as_str()) else {
            continue;
        };
        let abolish = v
            .decision
            .as_ref()
            .is_some_and(|d| d.value == ReviewDecision::Abolish);
        if abolish
            && matches!(
                s.status.value,
                StandardStatus::InForce | StandardStatus::UnderRevision
            )
        {
            let (f, span) = place(v.meta);
            let span = v.decision.as_ref().map_or(span, |d| d.span);
            r.at(
                Code::ReviewNotApplied,
                f,
                span,
                Msg::ReviewNotApplied {
                    standard: s.id.value.0.clone(),
                    review: v.id.value.0.clone(),
                },
                Msg::HintApplyReview,
            );
        }
    }
}

fn trainings<'a>(r: &mut Rules<'a>) {
    let ledger: &'a crate::ledger::Ledger = r.ledger;
    for t in &ledger.trainings {
        let f = t.meta.file;
        let named =
            |name: &'static str, v: &'a Option<crate::span::Sp<i64>>| v.as_ref().map(|v| (name, v));
        let (passed, assessed, attendees) = (
            named("passed", &t.passed),
            named("assessed", &t.assessed),
            named("attendees", &t.attendees),
        );
        for pair in [
            (passed, assessed),
            (assessed, attendees),
            (passed, attendees),
        ] {
            let (Some((more, m)), Some((fewer, n))) = pair else {
                continue;
            };
            if m.value > n.value {
                r.at(
                    Code::CountMismatch,
                    f,
                    m.span,
                    Msg::CountMismatch {
                        more: more.into(),
                        more_n: m.value,
                        fewer: fewer.into(),
                        fewer_n: n.value,
                    },
                    Msg::HintFixCounts,
                );
                break;
            }
        }
        for sid in &t.standards {
            used_after_abolition(r, f, sid, t.date.value);
        }
    }
}
