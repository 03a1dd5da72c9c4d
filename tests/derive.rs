//! Derived values with hand-computed expectations.
//!
//! Each test writes a tiny ledger to a temporary folder, loads it with [`gbsw::load::load`]
//! and picks the record it is about from the ledger, so that the records are built exactly as
//! `gbsw check` builds them.

use crate::support::Fixture;
use chrono::NaiveDate;
use gbsw::diag::Code;
use gbsw::message::Msg;
use gbsw::model::vocab::Grade;
use gbsw::model::vocab::RectificationStatus::{
    self, AwaitingRecheck, Closed, Open, Overdue, Reopened,
};
use gbsw::model::{Evaluation, Rectification};

const MANIFEST: &str = r#"organization = "测试局"

[units.office]
name = "办公室"
kind = "department"

[[schedules]]
id = "daily-self"
type = "self"
cadence = "daily"
unit_kinds = ["department"]
"#;

/// A ledger written to a fresh temporary folder, removed again when dropped.
struct TempLedger(Fixture);

impl TempLedger {
    /// Write `files` (path relative to the root, text) next to a `gbsw.toml` holding
    /// [`MANIFEST`] followed by `manifest_extra`, and load the folder (see [`Fixture::new`]).
    fn new(manifest_extra: &str, files: &[(&str, &str)]) -> Self {
        Self(Fixture::new(
            "derive",
            &format!("{MANIFEST}{manifest_extra}"),
            files,
        ))
    }

    fn rectification(&self, id: &str) -> &Rectification {
        self.0
            .loaded
            .ledger
            .rectifications
            .iter()
            .find(|r| r.id.value.as_str() == id)
            .unwrap_or_else(|| panic!("no rectification {id}"))
    }

    fn evaluation(&self, id: &str) -> &Evaluation {
        self.0
            .loaded
            .ledger
            .evaluations
            .iter()
            .find(|e| e.id.value.as_str() == id)
            .unwrap_or_else(|| panic!("no evaluation {id}"))
    }
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a valid date")
}

// ---------------------------------------------------------------------------------------
// Rectification status
// ---------------------------------------------------------------------------------------

/// Every rectification is found on 2026-06-01 and due on 2026-06-15 unless it says otherwise.
const RECTIFICATIONS: &str = r#"
[[rectifications]]
id = "NC-OPEN"
unit = "office"
found = 2026-06-01
description = "未整改"
due = 2026-06-15

[[rectifications]]
id = "NC-LATE"
unit = "office"
found = 2026-06-01
description = "逾期后完成"
due = 2026-06-10
completed = 2026-06-12

[[rectifications]]
id = "NC-DONE"
unit = "office"
found = 2026-06-01
description = "已完成，未复查"
due = 2026-06-15
completed = 2026-06-12

[[rectifications]]
id = "NC-CLOSED"
unit = "office"
found = 2026-06-01
description = "复查通过"
due = 2026-06-15
completed = 2026-06-12

[[rectifications.rechecks]]
date = 2026-06-13
by = "李明"
result = "pass"

[[rectifications]]
id = "NC-REOPENED"
unit = "office"
found = 2026-06-01
description = "复查未通过"
due = 2026-06-15
completed = 2026-06-12

[[rectifications.rechecks]]
date = 2026-06-13
by = "李明"
result = "未通过"

[[rectifications]]
id = "NC-AGAIN"
unit = "office"
found = 2026-06-01
description = "复查未通过后再次完成"
due = 2026-06-15
completed = 2026-06-14

[[rectifications.rechecks]]
date = 2026-06-13
by = "李明"
result = "fail"

[[rectifications]]
id = "NC-AGAIN-CLOSED"
unit = "office"
found = 2026-06-01
description = "再次完成后复查通过"
due = 2026-06-15
completed = 2026-06-14

[[rectifications.rechecks]]
date = 2026-06-13
by = "李明"
result = "fail"

[[rectifications.rechecks]]
date = 2026-06-15
by = "李明"
result = "通过"

[[rectifications]]
id = "NC-LATER-RECHECK"
unit = "office"
found = 2026-06-01
description = "复查日期在今天之后"
due = 2026-06-15
completed = 2026-06-12

[[rectifications.rechecks]]
date = 2026-06-30
by = "李明"
result = "pass"

[[rectifications]]
id = "NC-UNSORTED"
unit = "office"
found = 2026-06-01
description = "复查记录未按日期排列"
due = 2026-06-15
completed = 2026-06-12

[[rectifications.rechecks]]
date = 2026-06-20
by = "李明"
result = "pass"

[[rectifications.rechecks]]
date = 2026-06-13
by = "李明"
result = "fail"

[[rectifications]]
id = "NC-SAME-DAY"
unit = "office"
found = 2026-06-01
description = "同一天两次复查，后写的为准"
due = 2026-06-15
completed = 2026-06-12

[[rectifications.rechecks]]
date = 2026-06-13
by = "李明"
result = "pass"

[[rectifications.rechecks]]
date = 2026-06-13
by = "王芳"
result = "fail"
"#;

fn rectifications() -> TempLedger {
    TempLedger::new("", &[("rectifications/all.toml", RECTIFICATIONS)])
}

/// The status of each `(id, as_of)`, to compare with the expected list in one go.
fn statuses(l: &TempLedger, cases: &[(&str, &str)]) -> Vec<(String, String, RectificationStatus)> {
    cases
        .iter()
        .map(|(id, as_of)| {
            (
                (*id).to_owned(),
                (*as_of).to_owned(),
                l.rectification(id).status(day(as_of)),
            )
        })
        .collect()
}

fn expect(
    cases: &[(&str, &str, RectificationStatus)],
) -> Vec<(String, String, RectificationStatus)> {
    cases
        .iter()
        .map(|(id, as_of, s)| ((*id).to_owned(), (*as_of).to_owned(), *s))
        .collect()
}

#[test]
fn rectification_open_until_due_day_then_overdue() {
    let l = rectifications();
    assert_eq!(
        statuses(
            &l,
            &[
                ("NC-OPEN", "2026-06-01"),
                ("NC-OPEN", "2026-06-15"),
                ("NC-OPEN", "2026-06-16"),
                ("NC-OPEN", "2027-01-01")
            ]
        ),
        expect(&[
            ("NC-OPEN", "2026-06-01", Open),
            // The due day itself is still in time.
            ("NC-OPEN", "2026-06-15", Open),
            ("NC-OPEN", "2026-06-16", Overdue),
            ("NC-OPEN", "2027-01-01", Overdue),
        ])
    );
}

#[test]
fn rectification_completed_awaits_recheck_from_its_completion_day() {
    let l = rectifications();
    assert_eq!(
        statuses(
            &l,
            &[
                ("NC-DONE", "2026-06-11"),
                ("NC-DONE", "2026-06-12"),
                ("NC-DONE", "2026-06-20"),
                ("NC-LATE", "2026-06-10"),
                ("NC-LATE", "2026-06-11"),
                ("NC-LATE", "2026-06-12"),
            ]
        ),
        expect(&[
            // Completed after as_of: not yet.
            ("NC-DONE", "2026-06-11", Open),
            ("NC-DONE", "2026-06-12", AwaitingRecheck),
            // Past the due day but completed: awaiting its re-check, not overdue.
            ("NC-DONE", "2026-06-20", AwaitingRecheck),
            ("NC-LATE", "2026-06-10", Open),
            ("NC-LATE", "2026-06-11", Overdue),
            ("NC-LATE", "2026-06-12", AwaitingRecheck),
        ])
    );
}

#[test]
fn rectification_closed_by_a_passing_recheck() {
    let l = rectifications();
    assert_eq!(
        statuses(
            &l,
            &[
                ("NC-CLOSED", "2026-06-12"),
                ("NC-CLOSED", "2026-06-13"),
                ("NC-CLOSED", "2026-12-31")
            ]
        ),
        expect(&[
            ("NC-CLOSED", "2026-06-12", AwaitingRecheck),
            ("NC-CLOSED", "2026-06-13", Closed),
            ("NC-CLOSED", "2026-12-31", Closed),
        ])
    );
}

#[test]
fn rectification_reopened_by_a_failed_recheck() {
    let l = rectifications();
    assert_eq!(
        statuses(
            &l,
            &[("NC-REOPENED", "2026-06-13"), ("NC-REOPENED", "2026-06-20")]
        ),
        expect(&[
            ("NC-REOPENED", "2026-06-13", Reopened),
            // Past the due day, still reopened rather than overdue.
            ("NC-REOPENED", "2026-06-20", Reopened),
        ])
    );
}

#[test]
fn rectification_completed_again_after_a_failed_recheck() {
    let l = rectifications();
    assert_eq!(
        statuses(
            &l,
            &[
                ("NC-AGAIN", "2026-06-13"),
                ("NC-AGAIN", "2026-06-14"),
                ("NC-AGAIN", "2026-06-30"),
                ("NC-AGAIN-CLOSED", "2026-06-14"),
                ("NC-AGAIN-CLOSED", "2026-06-15"),
            ]
        ),
        expect(&[
            // The failed re-check on 06-13 comes before the completion on 06-14, which is
            // not yet as of 06-13.
            ("NC-AGAIN", "2026-06-13", Reopened),
            ("NC-AGAIN", "2026-06-14", AwaitingRecheck),
            ("NC-AGAIN", "2026-06-30", AwaitingRecheck),
            ("NC-AGAIN-CLOSED", "2026-06-14", AwaitingRecheck),
            ("NC-AGAIN-CLOSED", "2026-06-15", Closed),
        ])
    );
}

/// Re-checks on the day of completion. A passing re-check that day is allowed (the work was
/// done, then verified); one dated the day before is a `date-order` error. A failed re-check
/// on the day of completion found that completion wanting: the rectification is reopened,
/// the same day's completion not counting as done again, and the reopened work is due 10
/// days after the failed re-check (2026-06-22).
const SAME_DAY_RECHECKS: &str = r#"
[[rectifications]]
id = "NC-PASS-SAME-DAY"
unit = "office"
found = 2026-06-01
description = "复查与完成同日"
due = 2026-06-15
completed = 2026-06-12

[[rectifications.rechecks]]
date = 2026-06-12
by = "李复查"
result = "pass"

[[rectifications]]
id = "NC-PASS-DAY-BEFORE"
unit = "office"
found = 2026-06-01
description = "复查早于完成一天"
due = 2026-06-15
completed = 2026-06-12

[[rectifications.rechecks]]
date = 2026-06-11
by = "李复查"
result = "pass"

[[rectifications]]
id = "NC-FAIL-SAME-DAY"
unit = "office"
found = 2026-06-01
description = "完成当日复查未通过"
due = 2026-06-15
completed = 2026-06-12

[[rectifications.rechecks]]
date = 2026-06-12
by = "李复查"
result = "fail"
"#;

#[test]
fn rechecks_on_the_day_of_completion() {
    let l = TempLedger::new("", &[("rectifications/all.toml", SAME_DAY_RECHECKS)]);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gbsw"))
        .args(["check", "--as-of", "2026-06-25", "--lang", "en"])
        .current_dir(&l.0.root)
        .env_remove("GBSW_LEDGER")
        .output()
        .unwrap();
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).as_ref(),
            String::from_utf8_lossy(&out.stderr).as_ref()
        ),
        (
            Some(1),
            "rectifications/all.toml:24:8: error[date-order]: re-checked (2026-06-11) before the rectification was completed (2026-06-12)\n   |\n24 | date = 2026-06-11\n   |        ^^^^^^^^^^\n   |\n   = help: add the `completed` date; a re-check cannot come before it\n\nchecked 2 files, 3 records: 1 error, 0 warnings.\n",
            ""
        )
    );
    assert_eq!(
        statuses(
            &l,
            &[
                ("NC-PASS-SAME-DAY", "2026-06-11"),
                ("NC-PASS-SAME-DAY", "2026-06-12"),
                ("NC-FAIL-SAME-DAY", "2026-06-12"),
                ("NC-FAIL-SAME-DAY", "2026-06-30"),
            ]
        ),
        expect(&[
            ("NC-PASS-SAME-DAY", "2026-06-11", Open),
            ("NC-PASS-SAME-DAY", "2026-06-12", Closed),
            ("NC-FAIL-SAME-DAY", "2026-06-12", Reopened),
            ("NC-FAIL-SAME-DAY", "2026-06-30", Reopened),
        ])
    );
    let due: Vec<(String, NaiveDate, i64)> = gbsw::due::due(&l.0.loaded.ledger, day("2026-06-20"))
        .into_iter()
        .filter(|i| i.uid.ends_with("NC-FAIL-SAME-DAY"))
        .map(|i| (i.uid, i.due, i.days_left))
        .collect();
    assert_eq!(
        due,
        [("reopened/NC-FAIL-SAME-DAY".to_owned(), day("2026-06-22"), 2)]
    );
}

#[test]
fn rectification_recheck_after_as_of_is_ignored() {
    let l = rectifications();
    assert_eq!(
        statuses(
            &l,
            &[
                ("NC-LATER-RECHECK", "2026-06-20"),
                ("NC-LATER-RECHECK", "2026-06-29"),
                ("NC-LATER-RECHECK", "2026-06-30")
            ]
        ),
        expect(&[
            ("NC-LATER-RECHECK", "2026-06-20", AwaitingRecheck),
            ("NC-LATER-RECHECK", "2026-06-29", AwaitingRecheck),
            ("NC-LATER-RECHECK", "2026-06-30", Closed),
        ])
    );
}

#[test]
fn rectification_last_recheck_is_the_latest_by_date_then_the_last_written() {
    let l = rectifications();
    assert_eq!(
        statuses(
            &l,
            &[
                ("NC-UNSORTED", "2026-06-15"),
                ("NC-UNSORTED", "2026-06-20"),
                ("NC-SAME-DAY", "2026-06-13")
            ]
        ),
        expect(&[
            // Only the failed re-check of 06-13 has happened by 06-15.
            ("NC-UNSORTED", "2026-06-15", Reopened),
            // The pass of 06-20 is written first but is the latest.
            ("NC-UNSORTED", "2026-06-20", Closed),
            // Two re-checks on one day: the one written last decides.
            ("NC-SAME-DAY", "2026-06-13", Reopened),
        ])
    );
    let last = l
        .rectification("NC-SAME-DAY")
        .last_recheck()
        .map(|r| r.by.value.clone());
    assert_eq!(last.as_deref(), Some("王芳"));
}

// ---------------------------------------------------------------------------------------
// Evaluation score
// ---------------------------------------------------------------------------------------

/// Evaluations whose scores are exact in binary floating point, so `assert_eq!` is fair.
const EVALUATIONS: &str = r#"
# A given score wins over the indicators (which would give 50).
[[evaluations]]
id = "E-GIVEN"
period = "2026H1"
score = 85

[[evaluations.indicators]]
name = "a"
target = 100
actual = 50

# 60/80 = 75 with weight 3, passed = 100 with the default weight 1: (225 + 100) / 4.
[[evaluations]]
id = "E-WEIGHTS"
period = "2026H1"

[[evaluations.indicators]]
name = "达标率"
target = 80
actual = 60
weight = 3

[[evaluations.indicators]]
name = "台账齐全"
passed = true

# passed = false scores 0 even when target and actual are met: (100 × 1 + 0 × 3) / 4.
[[evaluations]]
id = "E-PASSED"
period = "2026H1"

[[evaluations.indicators]]
name = "合格"
passed = true

[[evaluations.indicators]]
name = "不合格"
target = 10
actual = 10
weight = 3
passed = false

# Beating the target is still 100.
[[evaluations]]
id = "E-CLAMP"
period = "2026H1"

[[evaluations.indicators]]
name = "满意率"
target = 80
actual = 100

# Lower is better: target / actual = 2 / 4.
[[evaluations]]
id = "E-LOWER"
period = "2026H1"

[[evaluations.indicators]]
name = "投诉次数"
target = 2
actual = 4
better = "lower"

# Lower is better and beaten: 2 / 1 is capped at 100.
[[evaluations]]
id = "E-LOWER-BEATEN"
period = "2026H1"

[[evaluations.indicators]]
name = "投诉次数"
target = 2
actual = 1
better = "越低越好"

# Lower is better and nothing happened at all: full marks.
[[evaluations]]
id = "E-LOWER-NONE"
period = "2026H1"

[[evaluations.indicators]]
name = "事故次数"
target = 1
actual = 0
better = "lower"

# A zero target, more is better: reached whatever the actual.
[[evaluations]]
id = "E-ZERO-TARGET"
period = "2026H1"

[[evaluations.indicators]]
name = "a"
target = 0
actual = 0

[[evaluations.indicators]]
name = "b"
target = 0
actual = 3

# A zero target, less is better, missed: 0 / 4.
[[evaluations]]
id = "E-ZERO-TARGET-LOWER"
period = "2026H1"

[[evaluations.indicators]]
name = "事故次数"
target = 0
actual = 4
better = "lower"

# Indicators with nothing to score are left out, weight and all: only 3/4 counts.
[[evaluations]]
id = "E-UNSCORED"
period = "2026H1"

[[evaluations.indicators]]
name = "只有名称"
weight = 5

[[evaluations.indicators]]
name = "只有目标"
target = 10

[[evaluations.indicators]]
name = "有目标和实际"
target = 4
actual = 3

# No indicators, no score.
[[evaluations]]
id = "E-NONE"
period = "2026H1"

# Weights adding up to zero: no score.
[[evaluations]]
id = "E-ZERO-WEIGHT"
period = "2026H1"

[[evaluations.indicators]]
name = "a"
target = 4
actual = 3
weight = 0

# A zero weight leaves an indicator out: 1/2 only.
[[evaluations]]
id = "E-SOME-ZERO-WEIGHT"
period = "2026H1"

[[evaluations.indicators]]
name = "a"
target = 4
actual = 3
weight = 0

[[evaluations.indicators]]
name = "b"
target = 2
actual = 1
"#;

#[test]
fn evaluation_scores() {
    let l = TempLedger::new("", &[("evaluations/all.toml", EVALUATIONS)]);
    let ids = [
        "E-GIVEN",
        "E-WEIGHTS",
        "E-PASSED",
        "E-CLAMP",
        "E-LOWER",
        "E-LOWER-BEATEN",
        "E-LOWER-NONE",
        "E-ZERO-TARGET",
        "E-ZERO-TARGET-LOWER",
        "E-UNSCORED",
        "E-NONE",
        "E-ZERO-WEIGHT",
        "E-SOME-ZERO-WEIGHT",
    ];
    let scores: Vec<(&str, Option<f64>)> = ids
        .iter()
        .map(|id| (*id, l.evaluation(id).score()))
        .collect();
    assert_eq!(
        scores,
        vec![
            ("E-GIVEN", Some(85.0)),
            ("E-WEIGHTS", Some(81.25)),
            ("E-PASSED", Some(25.0)),
            ("E-CLAMP", Some(100.0)),
            ("E-LOWER", Some(50.0)),
            ("E-LOWER-BEATEN", Some(100.0)),
            ("E-LOWER-NONE", Some(100.0)),
            ("E-ZERO-TARGET", Some(100.0)),
            ("E-ZERO-TARGET-LOWER", Some(0.0)),
            ("E-UNSCORED", Some(75.0)),
            ("E-NONE", None),
            ("E-ZERO-WEIGHT", None),
            ("E-SOME-ZERO-WEIGHT", Some(50.0)),
        ]
    );
}

#[test]
fn indicator_scores() {
    let l = TempLedger::new("", &[("evaluations/all.toml", EVALUATIONS)]);
    let of = |id: &str| -> Vec<Option<f64>> {
        l.evaluation(id)
            .indicators
            .iter()
            .map(gbsw::model::evaluation::Indicator::score)
            .collect()
    };
    assert_eq!(of("E-WEIGHTS"), vec![Some(75.0), Some(100.0)]);
    assert_eq!(of("E-PASSED"), vec![Some(100.0), Some(0.0)]);
    assert_eq!(of("E-UNSCORED"), vec![None, None, Some(75.0)]);
}

// ---------------------------------------------------------------------------------------
// Grade
// ---------------------------------------------------------------------------------------

/// The grade `gbsw check` derives for each evaluation (its Chinese term), read from the
/// grade-mismatch it reports when every evaluation declares 不及格; no report means the
/// derived grade is 不及格 too (or that there is no score).
fn derived_grades(manifest_extra: &str, evaluations: &str) -> Vec<(String, String)> {
    let l = TempLedger::new(manifest_extra, &[("evaluations/all.toml", evaluations)]);
    let diags = gbsw::check::check(&l.0.loaded, day("2026-06-25"));
    let others: Vec<&str> = diags
        .iter()
        .filter(|d| d.code != Code::GradeMismatch)
        .map(|d| d.code.name())
        .collect();
    assert_eq!(
        others,
        Vec::<&str>::new(),
        "only grade-mismatch is expected"
    );
    l.0.loaded
        .ledger
        .evaluations
        .iter()
        .map(|e| {
            let declared = e.grade.as_ref().expect("every fixture declares a grade");
            let derived = diags
                .iter()
                .find(|d| d.file == Some(e.meta.file) && d.span == Some(declared.span))
                .map_or_else(
                    || declared.value.zh().to_owned(),
                    |d| match &d.message {
                        Msg::GradeMismatch { derived, .. } => derived.zh().to_owned(),
                        other => panic!("unexpected message {other:?}"),
                    },
                );
            (e.id.value.0.clone(), derived)
        })
        .collect()
}

/// One evaluation per `(id, score)`, each declaring 不及格.
fn scored(cases: &[(&str, &str)]) -> String {
    cases
        .iter()
        .map(|(id, score)| format!("[[evaluations]]\nid = \"{id}\"\nperiod = \"2026H1\"\nscore = {score}\ngrade = \"不及格\"\n\n"))
        .collect()
}

fn pairs(cases: &[(&str, &str)]) -> Vec<(String, String)> {
    cases
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[test]
fn grades_with_the_default_thresholds() {
    let evaluations = scored(&[
        ("S100", "100"),
        ("S90", "90"),
        ("S89", "89.9"),
        ("S80", "80"),
        ("S79", "79.9"),
        ("S60", "60"),
        ("S59", "59.9"),
        ("S0", "0"),
    ]);
    assert_eq!(
        derived_grades("", &evaluations),
        pairs(&[
            ("S100", "优秀"),
            ("S90", "优秀"),
            ("S89", "良好"),
            ("S80", "良好"),
            ("S79", "及格"),
            ("S60", "及格"),
            ("S59", "不及格"),
            ("S0", "不及格"),
        ])
    );
}

#[test]
fn grades_with_the_manifest_thresholds() {
    let grading = "\n[grading]\nexcellent = 95\ngood = 85\npass = 70\n";
    let evaluations = scored(&[
        ("S95", "95"),
        ("S90", "90"),
        ("S85", "85"),
        ("S84", "84"),
        ("S70", "70"),
        ("S69", "69"),
    ]);
    assert_eq!(
        derived_grades(grading, &evaluations),
        pairs(&[
            ("S95", "优秀"),
            ("S90", "良好"),
            ("S85", "良好"),
            ("S84", "及格"),
            ("S70", "及格"),
            ("S69", "不及格"),
        ])
    );
}

#[test]
fn grade_of_a_score_computed_from_indicators() {
    // (60/80 × 100 + 100) / 2 = 87.5: 良好. Declared 优秀, so it is reported.
    let evaluations = r#"
[[evaluations]]
id = "E-1"
period = "2026H1"
grade = "优秀"

[[evaluations.indicators]]
name = "达标率"
target = 80
actual = 60

[[evaluations.indicators]]
name = "台账齐全"
passed = true

# No score at all: a declared grade is not checked.
[[evaluations]]
id = "E-2"
period = "2026H1"
grade = "优秀"
"#;
    let l = TempLedger::new("", &[("evaluations/all.toml", evaluations)]);
    let diags = gbsw::check::check(&l.0.loaded, day("2026-06-25"));
    let found: Vec<(Code, &Msg)> = diags.iter().map(|d| (d.code, &d.message)).collect();
    let expected = Msg::GradeMismatch {
        declared: Grade::Excellent,
        derived: Grade::Good,
        score: "87.5".into(),
    };
    assert_eq!(found, vec![(Code::GradeMismatch, &expected)]);
    assert_eq!(l.evaluation("E-2").score(), None);
}
