//! Evaluations (评价): the grade the score earns, the verdict that agrees with it, the sampling
//! plan of a sampled evaluation, and the plans whose evaluation step is marked done with no
//! evaluation of their standard to show for it.

use chrono::NaiveDate;

use super::Rules;
use crate::diag::Code;
use crate::message::Msg;
use crate::model::evaluation::grade_of;
use crate::model::manifest::Grading;
use crate::model::vocab::{EvaluationMethod, Grade, Verdict};
use crate::model::{Evaluation, Plan, Standard};

/// The step of the implementation procedure (附件1) at which the evaluation group evaluates.
const EVALUATION_STEP: i64 = 5;

pub(super) fn run(r: &mut Rules<'_>) {
    let ledger = r.ledger;
    let grading = ledger
        .manifest
        .as_ref()
        .map(|m| m.grading.clone())
        .unwrap_or_default();
    for e in &ledger.evaluations {
        grade(r, e, &grading);
        verdict(r, e, &grading);
        sampling(r, e);
    }
    for p in &ledger.plans {
        evaluated(r, p);
    }
}

fn grade(r: &mut Rules<'_>, e: &Evaluation, grading: &Grading) {
    let (Some(declared), Some(score)) = (&e.grade, e.score()) else {
        return;
    };
    let derived = grade_of(score, grading);
    if derived != declared.value {
        r.at(
            Code::GradeMismatch,
            e.meta.file,
            declared.span,
            Msg::GradeMismatch {
                declared: declared.value,
                derived,
                score: format!("{score:.1}"),
            },
            Msg::HintGrade { derived },
        );
    }
}

/// A failing grade (不及格) cannot pass; a passing one does not fail. The grade is the one
/// written, else the one the score earns.
fn verdict(r: &mut Rules<'_>, e: &Evaluation, grading: &Grading) {
    let Some(verdict) = &e.verdict else {
        return;
    };
    let grade = e
        .grade
        .as_ref()
        .map(|g| g.value)
        .or_else(|| e.score().map(|s| grade_of(s, grading)));
    let Some(grade) = grade else {
        return;
    };
    if (grade == Grade::Fail) == (verdict.value == Verdict::Passed) {
        r.at(
            Code::VerdictMismatch,
            e.meta.file,
            verdict.span,
            Msg::VerdictMismatch {
                verdict: verdict.value,
                grade,
            },
            Msg::HintVerdict,
        );
    }
}

fn sampling(r: &mut Rules<'_>, e: &Evaluation) {
    let file = e.meta.file;
    if e.sampling_plan.is_none()
        && let Some(m) = e
            .methods
            .iter()
            .find(|m| m.value == EvaluationMethod::Sample)
    {
        r.at(
            Code::SamplingPlan,
            file,
            m.span,
            Msg::SamplingPlanMissing,
            Msg::HintSamplingPlan,
        );
    }
    if let (Some(size), Some(population)) = (&e.sample_size, &e.population)
        && size.value > population.value
    {
        r.at(
            Code::SamplingPlan,
            file,
            size.span,
            Msg::SampleTooLarge {
                size: size.value,
                population: population.value,
            },
            Msg::HintSamplingPlan,
        );
    }
}

/// Step 5 (组织评价) marked done: each of the plan's standards in force that day wants an
/// evaluation dated from the plan's start to its end (or to the day the step was done, when
/// later).
fn evaluated(r: &mut Rules<'_>, p: &Plan) {
    let ledger = r.ledger;
    for (step, a) in p.steps() {
        let Some(done) = &a.done else { continue };
        if step != EVALUATION_STEP {
            continue;
        }
        let from = p.start.as_ref().map_or(NaiveDate::MIN, |d| d.value);
        let to = p
            .end
            .as_ref()
            .map_or(done.value, |e| e.value.max(done.value));
        for sid in &p.standards {
            // A standard not in force on the day the step was done is not evaluated.
            let Some(s) = ledger
                .standard(sid.value.as_str())
                .filter(|s| s.in_force_between(done.value, done.value))
            else {
                continue;
            };
            let found = ledger
                .evaluations
                .iter()
                .any(|e| evaluates(e, s) && (from..=to).contains(&e.held_on()));
            if !found {
                r.at(
                    Code::EvaluationMissing,
                    p.meta.file,
                    done.span,
                    Msg::EvaluationMissing {
                        plan: p.id.value.0.clone(),
                        standard: s.id.value.0.clone(),
                        from: p
                            .start
                            .as_ref()
                            .map_or_else(|| "—".to_owned(), |d| d.value.to_string()),
                        to: to.to_string(),
                    },
                    Msg::HintRecordEvaluation {
                        standard: s.id.value.0.clone(),
                    },
                );
            }
        }
    }
}

/// Whether an evaluation covers a standard: it names it, or names no standard and evaluates
/// a unit that owns or implements it.
fn evaluates(e: &Evaluation, s: &Standard) -> bool {
    if !e.standards.is_empty() {
        return e.standards.iter().any(|x| x.value == s.id.value);
    }
    e.unit.as_ref().is_some_and(|u| {
        u.value == s.owner.value || s.implementers.iter().any(|i| i.value == u.value)
    })
}
