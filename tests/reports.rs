//! Reports: indicators on small hand-built ledgers with hand-computed figures (empty periods
//! and zero denominators included), `-o FILE`, determinism, and a screenshot of the HTML
//! report in headless Chromium.
//!
//! Every fixture ledger is written to a fresh temporary folder and loaded with
//! [`gbsw::load::load`], so records are built exactly as `gbsw` builds them.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use gbsw::diag::Severity;
use gbsw::ledger::Ledger;
use gbsw::load::load;
use gbsw::model::vocab::Grade;
use gbsw::model::{Id, Period};
use gbsw::report::indicators::{Indicators, compute};
use gbsw::report::scope::Scope;
use gbsw::report::{Ratio, mean};

/// A temporary folder, unique to one use, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(what: &str) -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let dir =
            std::env::temp_dir().join(format!("gbsw-reports-{what}-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

const MANIFEST: &str = r#"organization = "测试局"

[units.office]
name = "办公室"
kind = "department"

[units.finance]
name = "财务处"
kind = "department"
"#;

/// A ledger of `files` beside a manifest of [`MANIFEST`] + `manifest_extra`, loaded. Fails
/// the test on any error diagnostic (warnings, such as a standard without a plan, are fine).
fn ledger(manifest_extra: &str, files: &[(&str, &str)]) -> (Scratch, Ledger) {
    let s = Scratch::new("ledger");
    s.write("gbsw.toml", &format!("{MANIFEST}{manifest_extra}"));
    for (path, text) in files {
        s.write(path, text);
    }
    let loaded = load(&s.0);
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{}: {:?}", d.code.name(), d.file))
        .collect();
    assert!(errors.is_empty(), "the fixture does not load: {errors:?}");
    (s, loaded.ledger)
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn scope(period: &str, as_of: &str, unit: Option<&str>) -> Scope {
    Scope {
        period: Period::parse(period).unwrap(),
        unit: unit.map(|u| Id(u.to_owned())),
        category: None,
        as_of: day(as_of),
    }
}

fn figures(l: &Ledger, period: &str, as_of: &str, unit: Option<&str>) -> Indicators {
    compute(l, &scope(period, as_of, unit))
}

fn ids(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn counts(r: &Ratio) -> (usize, usize) {
    (r.num.len(), r.den.len())
}

fn assert_close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

// ---------------------------------------------------------------------------------------
// Ratio
// ---------------------------------------------------------------------------------------

#[test]
fn a_ratio_without_denominator_has_no_value_and_shows_a_dash() {
    let r = Ratio::default();
    assert_eq!(r.value(), None);
    assert_eq!(r.percent(), "—");
    assert_eq!(r.fraction(), "0/0");
    assert_eq!(mean(&[]), None);
}

#[test]
fn a_ratio_is_its_records_counted() {
    let tags = |n: usize| (0..n).map(|i| format!("R{i}")).collect::<Vec<_>>();
    let r = Ratio {
        num: tags(14),
        den: tags(15),
    };
    assert_close(r.value().unwrap(), 14.0 / 15.0);
    assert_eq!(r.percent(), "93.3%");
    assert_eq!(r.fraction(), "14/15");
    let zero = Ratio {
        num: Vec::new(),
        den: tags(3),
    };
    assert_eq!(zero.value(), Some(0.0));
    assert_eq!(zero.percent(), "0.0%");
    assert_eq!(mean(&[80.0, 90.0]), Some(85.0));
}

// ---------------------------------------------------------------------------------------
// Standards in force and implementation
// ---------------------------------------------------------------------------------------

const STANDARDS: &str = r#"
[[standards]]
id = "STD-OLD"
title = "早已废止"
category = "support"
status = "abolished"
owner = "office"
effective = 2015-01-01
abolished = 2025-12-31

[[standards]]
id = "STD-ENDED"
title = "期中废止"
category = "support"
status = "abolished"
owner = "office"
effective = 2015-01-01
abolished = 2026-03-31

[[standards]]
id = "STD-DRAFT"
title = "草案"
category = "support"
status = "draft"
owner = "office"

[[standards]]
id = "STD-LATER"
title = "下半年实施"
category = "service"
status = "in-force"
owner = "office"
effective = 2026-07-01

[[standards]]
id = "STD-OFFICE"
title = "办公室牵头"
category = "support"
status = "in-force"
owner = "office"
effective = 2020-01-01

[[standards]]
id = "STD-SHARED"
title = "财务处牵头、办公室实施"
category = "management"
status = "under-revision"
owner = "finance"
implementers = ["office"]
effective = 2020-01-01

[[standards]]
id = "STD-FINANCE"
title = "财务处"
category = "support"
status = "in-force"
owner = "finance"
effective = 2020-01-01
"#;

#[test]
fn standards_in_force_are_those_in_force_at_some_time_in_the_period() {
    let (_s, l) = ledger("", &[("standards/all.toml", STANDARDS)]);
    let f = figures(&l, "2026H1", "2026-06-25", None);
    assert_eq!(
        ids(&f.standards),
        ["STD-ENDED", "STD-OFFICE", "STD-SHARED", "STD-FINANCE"]
    );
    let by_cat: Vec<(&str, usize)> = f
        .standards_by_category
        .iter()
        .map(|(k, v)| (k.as_str(), v.len()))
        .collect();
    assert_eq!(by_cat, [("management", 1), ("support", 3)]);
    // A unit's: those it leads or implements.
    let office = figures(&l, "2026H1", "2026-06-25", Some("office"));
    assert_eq!(
        ids(&office.standards),
        ["STD-ENDED", "STD-OFFICE", "STD-SHARED"]
    );
    let finance = figures(&l, "2026H1", "2026-06-25", Some("finance"));
    assert_eq!(ids(&finance.standards), ["STD-SHARED", "STD-FINANCE"]);
    // The next half year: the one abolished in March is gone, the new one has come.
    let h2 = figures(&l, "2026H2", "2026-12-31", None);
    assert_eq!(
        ids(&h2.standards),
        ["STD-LATER", "STD-OFFICE", "STD-SHARED", "STD-FINANCE"]
    );
}

#[test]
fn implementation_counts_a_step_4_done_a_check_or_a_training_in_the_period() {
    let files = [
        ("standards/all.toml", STANDARDS),
        (
            "plans/PLAN-1.toml",
            r#"
id = "PLAN-1"
standards = ["STD-OFFICE"]
owner = "office"

[[activities]]
step = 4
activity = "各部门实施标准"
done = 2026-02-10
"#,
        ),
        (
            "plans/PLAN-2.toml",
            r#"
id = "PLAN-2"
standards = ["STD-FINANCE"]
owner = "finance"

[[activities]]
step = 4
activity = "各部门实施标准"
done = 2025-11-10

[[activities]]
step = 5
activity = "评价"
done = 2026-03-10
"#,
        ),
        (
            "trainings/TRN-1.toml",
            r#"
id = "TRN-1"
date = 2026-04-01
unit = "office"
standards = ["STD-SHARED"]
"#,
        ),
    ];
    let (_s, l) = ledger("", &files);
    let f = figures(&l, "2026H1", "2026-06-25", None);
    // PLAN-2's step 4 was done before the period and its step 5 is not evidence.
    assert_eq!(ids(&f.implementation.num), ["STD-OFFICE", "STD-SHARED"]);
    assert_eq!(
        ids(&f.implementation.den),
        ["STD-ENDED", "STD-FINANCE", "STD-OFFICE", "STD-SHARED"]
    );
    assert_eq!(f.implementation.percent(), "50.0%");
    // Before the plan's step 4 was done, only the training (not yet either) counts.
    let early = figures(&l, "2026H1", "2026-02-01", None);
    assert_eq!(counts(&early.implementation), (0, 4));
}

// ---------------------------------------------------------------------------------------
// Checks and conformity
// ---------------------------------------------------------------------------------------

const CHECKS: &str = r#"
[[checks]]
id = "CHK-1"
date = 2026-01-10
unit = "office"
inspectors = ["甲"]
type = "self"
conclusion = "partial"

[[checks.items]]
item = "execution"
result = "conform"

[[checks.items]]
item = "ledger"
result = "partial"

[[checks.items]]
item = "execution"
result = "nonconform"

[[checks]]
id = "CHK-2"
date = 2026-03-02
unit = "finance"
inspectors = ["乙"]
by = "office"
type = "spot"
conclusion = "conform"

[[checks.items]]
item = "ledger"
result = "conform"

[[checks]]
id = "CHK-3"
date = 2026-05-20
unit = "office"
inspectors = ["丙"]
type = "self"
conclusion = "conform"

[[checks]]
id = "CHK-OLD"
date = 2025-12-31
unit = "office"
inspectors = ["甲"]
type = "self"
conclusion = "conform"

[[checks.items]]
item = "execution"
result = "conform"

[[checks]]
id = "CHK-LATER"
date = 2026-06-28
unit = "office"
inspectors = ["甲"]
type = "mutual"
conclusion = "conform"

[[checks.items]]
item = "execution"
result = "conform"
"#;

#[test]
fn checks_are_counted_by_type_and_conclusion_in_the_period_up_to_the_as_of_date() {
    let (_s, l) = ledger("", &[("checks/all.toml", CHECKS)]);
    let f = figures(&l, "2026H1", "2026-06-25", None);
    assert_eq!(ids(&f.checks), ["CHK-1", "CHK-2", "CHK-3"]);
    let by_type: Vec<(&str, Vec<&str>)> =
        f.checks_by_type.iter().map(|(k, v)| (*k, ids(v))).collect();
    assert_eq!(
        by_type,
        [("self", vec!["CHK-1", "CHK-3"]), ("spot", vec!["CHK-2"])]
    );
    let by_conclusion: Vec<(&str, usize)> =
        f.conclusions.iter().map(|(k, v)| (*k, v.len())).collect();
    assert_eq!(by_conclusion, [("conform", 2), ("partial", 1)]);
    let cadence: Vec<(&str, usize)> = f
        .checks_by_cadence
        .iter()
        .map(|(k, v)| (*k, v.len()))
        .collect();
    assert_eq!(cadence, [("unscheduled", 3)]);
    // On the last day of the period the mutual check of 06-28 counts too.
    let end = figures(&l, "2026H1", "2026-06-30", None);
    assert_eq!(end.checks.len(), 4);
    // The unit checked, not the checking unit.
    let finance = figures(&l, "2026H1", "2026-06-25", Some("finance"));
    assert_eq!(ids(&finance.checks), ["CHK-2"]);
}

#[test]
fn conformity_is_conforming_items_of_all_items_and_partial_is_not_conforming() {
    let (_s, l) = ledger("", &[("checks/all.toml", CHECKS)]);
    let f = figures(&l, "2026H1", "2026-06-25", None);
    assert_eq!(ids(&f.conformity.num), ["CHK-1#1", "CHK-2#1"]);
    assert_eq!(
        ids(&f.conformity.den),
        ["CHK-1#1", "CHK-1#2", "CHK-1#3", "CHK-2#1"]
    );
    assert_eq!(f.conformity.percent(), "50.0%");
    // By item of annex 2, in the annex's order; items never checked are left out.
    let by_item: Vec<(&str, (usize, usize))> = f
        .conformity_by_item
        .iter()
        .map(|(k, r)| (*k, counts(r)))
        .collect();
    assert_eq!(by_item, [("execution", (1, 2)), ("ledger", (1, 2))]);
    // A check without items adds nothing: the office's May has a check and no item.
    let may = figures(&l, "2026-05", "2026-06-25", Some("office"));
    assert_eq!(may.checks.len(), 1);
    assert_eq!(may.conformity.value(), None);
    assert_eq!(may.conformity.percent(), "—");
    assert!(may.conformity_by_item.is_empty());
}

// ---------------------------------------------------------------------------------------
// Nonconformities
// ---------------------------------------------------------------------------------------

const RECTIFICATIONS: &str = r#"
[[rectifications]]
id = "NC-OPEN"
unit = "office"
found = 2026-06-01
description = "整改中"
due = 2026-06-30

[[rectifications]]
id = "NC-OVERDUE"
unit = "office"
found = 2026-05-01
description = "逾期"
severity = "major"
report = "书面报告"
due = 2026-05-15

[[rectifications]]
id = "NC-AWAITING"
unit = "finance"
found = 2026-04-01
description = "按期完成，待复查"
due = 2026-04-15
completed = 2026-04-14

[[rectifications]]
id = "NC-LATE-CLOSED"
unit = "office"
found = 2026-02-01
description = "逾期完成，复查通过"
due = 2026-02-10
completed = 2026-02-20

[[rectifications.rechecks]]
date = 2026-02-25
by = "丁"
result = "pass"

[[rectifications]]
id = "NC-REOPENED"
unit = "office"
found = 2026-03-01
description = "复查未通过"
due = 2026-03-10
completed = 2026-03-09

[[rectifications.rechecks]]
date = 2026-03-12
by = "丁"
result = "fail"

[[rectifications]]
id = "NC-LAST-YEAR"
unit = "office"
found = 2025-12-01
description = "上期发现"
due = 2025-12-10
"#;

#[test]
fn nonconformities_by_derived_status_and_their_rates() {
    let (_s, l) = ledger("", &[("rectifications/all.toml", RECTIFICATIONS)]);
    let f = figures(&l, "2026H1", "2026-06-25", None);
    let nc = &f.nonconformities;
    // In file order; the one found last year is not in the period.
    assert_eq!(
        ids(&nc.found),
        [
            "NC-OPEN",
            "NC-OVERDUE",
            "NC-AWAITING",
            "NC-LATE-CLOSED",
            "NC-REOPENED"
        ]
    );
    assert_eq!(ids(&nc.major), ["NC-OVERDUE"]);
    let by_status: Vec<(&str, Vec<&str>)> =
        nc.by_status.iter().map(|(k, v)| (*k, ids(v))).collect();
    assert_eq!(
        by_status,
        [
            ("awaiting-recheck", vec!["NC-AWAITING"]),
            ("closed", vec!["NC-LATE-CLOSED"]),
            ("open", vec!["NC-OPEN"]),
            ("overdue", vec!["NC-OVERDUE"]),
            ("reopened", vec!["NC-REOPENED"]),
        ]
    );
    // 整改完成率: closed or awaiting re-check, of all found.
    assert_eq!(ids(&nc.completion.num), ["NC-AWAITING", "NC-LATE-CLOSED"]);
    assert_eq!(nc.completion.fraction(), "2/5");
    // 关闭率: closed, of all found.
    assert_eq!(ids(&nc.closure.num), ["NC-LATE-CLOSED"]);
    assert_eq!(nc.closure.percent(), "20.0%");
    // 按期完成率 (docs/reports.md): of those rectified (the same as the completion rate's
    // numerator), the ones completed by the due date; the reopened one is not rectified.
    assert_eq!(ids(&nc.on_time.den), ["NC-AWAITING", "NC-LATE-CLOSED"]);
    assert_eq!(ids(&nc.on_time.num), ["NC-AWAITING"]);
    // A unit's own.
    let finance = figures(&l, "2026H1", "2026-06-25", Some("finance"));
    assert_eq!(ids(&finance.nonconformities.found), ["NC-AWAITING"]);
    assert_eq!(finance.nonconformities.closure.percent(), "0.0%");
}

#[test]
fn statuses_are_those_of_the_as_of_date() {
    let (_s, l) = ledger("", &[("rectifications/all.toml", RECTIFICATIONS)]);
    // On 2026-02-22 the late one is completed and not re-checked yet; nothing else was found.
    let f = figures(&l, "2026H1", "2026-02-22", None);
    let nc = &f.nonconformities;
    assert_eq!(ids(&nc.found), ["NC-LATE-CLOSED"]);
    assert_eq!(
        nc.by_status.keys().copied().collect::<Vec<_>>(),
        ["awaiting-recheck"]
    );
    assert_eq!(nc.completion.percent(), "100.0%");
    assert_eq!(nc.closure.percent(), "0.0%");
    assert_eq!(nc.on_time.fraction(), "0/1");
    // Before it was completed: open, then overdue.
    let before = figures(&l, "2026H1", "2026-02-05", None);
    assert_eq!(
        before
            .nonconformities
            .by_status
            .keys()
            .copied()
            .collect::<Vec<_>>(),
        ["open"]
    );
    assert_eq!(before.nonconformities.on_time.value(), None);
    assert_eq!(before.nonconformities.on_time.percent(), "—");
    let late = figures(&l, "2026H1", "2026-02-15", None);
    assert_eq!(
        late.nonconformities
            .by_status
            .keys()
            .copied()
            .collect::<Vec<_>>(),
        ["overdue"]
    );
}

// ---------------------------------------------------------------------------------------
// Trainings
// ---------------------------------------------------------------------------------------

#[test]
fn trainings_are_summed_and_the_pass_rate_is_passed_of_assessed() {
    let files = [(
        "trainings/all.yaml",
        r"
trainings:
  - id: TRN-1
    date: 2026-01-15
    unit: office
    hours: 2.5
    attendees: 30
    assessed: 20
    passed: 18
  - id: TRN-2
    date: 2026-03-15
    unit: finance
    hours: 1
    attendees: 12
  - id: TRN-3
    date: 2026-06-20
    unit: office
    hours: 4
    attendees: 10
    assessed: 10
    passed: 9
  - id: TRN-OLD
    date: 2025-12-20
    unit: office
    hours: 8
    attendees: 99
    assessed: 99
    passed: 99
",
    )];
    let (_s, l) = ledger("", &files);
    let t = figures(&l, "2026H1", "2026-06-25", None).trainings;
    assert_eq!(ids(&t.sessions), ["TRN-1", "TRN-2", "TRN-3"]);
    assert_close(t.hours, 7.5);
    assert_eq!((t.attendees, t.assessed, t.passed), (52, 30, 27));
    assert_close(t.pass_rate.unwrap(), 0.9);
    // Nobody assessed: no pass rate, not 0%.
    let finance = figures(&l, "2026H1", "2026-06-25", Some("finance")).trainings;
    assert_eq!((finance.attendees, finance.assessed), (12, 0));
    assert_eq!(finance.pass_rate, None);
    // Nothing at all.
    let q2 = figures(&l, "2026Q2", "2026-06-01", Some("office")).trainings;
    assert!(q2.sessions.is_empty());
    assert_close(q2.hours, 0.0);
    assert_eq!(q2.pass_rate, None);
}

#[test]
fn hours_not_recorded_are_not_zero_hours() {
    let files = [(
        "trainings/all.yaml",
        r"
trainings:
  - id: TRN-1
    date: 2026-01-15
    unit: office
    hours: 2
    attendees: 30
  - id: TRN-2
    date: 2026-03-15
    unit: finance
    attendees: 12
",
    )];
    let (s, l) = ledger("", &files);
    let t = figures(&l, "2026H1", "2026-06-25", None).trainings;
    assert_close(t.hours, 2.0);
    assert_eq!(ids(&t.hours_unrecorded), ["TRN-2"]);
    let finance = figures(&l, "2026H1", "2026-06-25", Some("finance")).trainings;
    assert_eq!(ids(&finance.hours_unrecorded), ["TRN-2"]);

    let line = |args: &[&str]| {
        let mut all = vec![
            "report",
            "semiannual",
            s.0.to_str().unwrap(),
            "--as-of",
            "2026-06-25",
        ];
        all.extend_from_slice(args);
        let (out, _, _) = gbsw(&all);
        String::from_utf8(out)
            .unwrap()
            .lines()
            .find(|l| l.starts_with("- 宣贯培训") || l.contains("briefings and trainings,"))
            .unwrap()
            .to_owned()
    };
    assert_eq!(
        line(&[]),
        "- 宣贯培训 2 场、2 学时（另有 1 场未记录学时），参加 42 人次，参加考核 0 人，通过 0 人，考核通过率 —。"
    );
    assert_eq!(
        line(&["--unit", "finance"]),
        "- 宣贯培训 1 场、学时未记录，参加 12 人次，参加考核 0 人，通过 0 人，考核通过率 —。"
    );
    assert_eq!(
        line(&["--unit", "finance", "--lang", "en"]),
        "- 1 briefings and trainings, hours not recorded, 12 attendances, 0 assessed, 0 passed: pass rate —."
    );
}

// ---------------------------------------------------------------------------------------
// Evaluations and satisfaction
// ---------------------------------------------------------------------------------------

const EVALUATIONS: &str = r#"
# (100×2 + 90×2 + 0×1) / 5 = 76
[[evaluations]]
id = "EVAL-WEIGHTED"
period = "2026H1"
unit = "office"
type = "conformity"

[[evaluations.indicators]]
name = "达标率"
target = 100
actual = 100
weight = 2

[[evaluations.indicators]]
name = "完整率"
target = 100
actual = 90
weight = 2

[[evaluations.indicators]]
name = "演练"
passed = false

# lower is better: 235/228 → capped at 100; 9.2/9.6 → 95.8333…; mean 97.9166…
[[evaluations]]
id = "EVAL-LOWER"
period = "2026Q2"
unit = "finance"
type = "effectiveness"

[[evaluations.indicators]]
name = "人均能耗"
target = 235
actual = 228
better = "lower"

[[evaluations.indicators]]
name = "单位面积能耗"
target = 9.2
actual = 9.6
better = "lower"

[[evaluations]]
id = "EVAL-GIVEN"
period = "2026-03"
unit = "finance"
type = "external"
score = 59.5
satisfaction = 90

[[evaluations.staff]]
name = "张三"
grade = "excellent"

[[evaluations.staff]]
name = "李四"
grade = "basic"

[[evaluations]]
id = "EVAL-NO-SCORE"
period = "2026H1"
satisfaction = 80

[[evaluations]]
id = "EVAL-YEAR"
period = "2026"
unit = "office"
score = 99
satisfaction = 10

[[evaluations]]
id = "EVAL-LAST"
period = "2025H2"
unit = "office"
score = 10
"#;

#[test]
fn evaluations_of_the_period_with_weighted_scores_and_grades() {
    let (_s, l) = ledger("", &[("evaluations/all.toml", EVALUATIONS)]);
    let f = figures(&l, "2026H1", "2026-06-25", None);
    let got: Vec<(&str, Option<f64>, Option<Grade>)> = f
        .evaluations
        .iter()
        .map(|e| (e.id.as_str(), e.score, e.grade))
        .collect();
    // The year's evaluation is not within the half year; last half year's is not either.
    assert_eq!(
        got.iter().map(|g| g.0).collect::<Vec<_>>(),
        ["EVAL-WEIGHTED", "EVAL-LOWER", "EVAL-GIVEN", "EVAL-NO-SCORE"]
    );
    assert_close(got[0].1.unwrap(), 76.0);
    assert_eq!(got[0].2, Some(Grade::Pass));
    assert_close(got[1].1.unwrap(), (100.0 + 9.2 / 9.6 * 100.0) / 2.0);
    assert_eq!(got[1].2, Some(Grade::Excellent));
    assert_close(got[2].1.unwrap(), 59.5);
    assert_eq!(got[2].2, Some(Grade::Fail));
    assert_eq!((got[3].1, got[3].2), (None, None));
    // Satisfaction: the mean of those that give one.
    assert_close(f.satisfaction.unwrap(), 85.0);
    assert_eq!(
        ids(&f.satisfaction_sources),
        ["EVAL-GIVEN", "EVAL-NO-SCORE"]
    );
    // Staff grades: every grade appears.
    let staff: Vec<(&str, Vec<&str>)> = f.staff_grades.iter().map(|(k, v)| (*k, ids(v))).collect();
    assert_eq!(
        staff,
        [
            ("basic", vec!["EVAL-GIVEN/李四"]),
            ("competent", vec![]),
            ("excellent", vec!["EVAL-GIVEN/张三"]),
            ("incompetent", vec![]),
        ]
    );
    // A unit's report: its own evaluations only (not those without a unit).
    let finance = figures(&l, "2026H1", "2026-06-25", Some("finance"));
    assert_eq!(
        finance
            .evaluations
            .iter()
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>(),
        ["EVAL-LOWER", "EVAL-GIVEN"]
    );
    assert_close(finance.satisfaction.unwrap(), 90.0);
    // The year's report has them all but last year's.
    let year = figures(&l, "2026", "2026-12-31", None);
    assert_eq!(year.evaluations.len(), 5);
    assert_close(year.satisfaction.unwrap(), (90.0 + 80.0 + 10.0) / 3.0);
}

#[test]
fn grades_follow_the_manifests_grading() {
    let extra = "\n[grading]\nexcellent = 95\ngood = 85\npass = 75\n";
    let (_s, l) = ledger(extra, &[("evaluations/all.toml", EVALUATIONS)]);
    let f = figures(&l, "2026H1", "2026-06-25", None);
    let grades: Vec<Option<Grade>> = f.evaluations.iter().map(|e| e.grade).collect();
    assert_eq!(
        grades,
        [
            Some(Grade::Pass),
            Some(Grade::Excellent),
            Some(Grade::Fail),
            None
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Scheduled checks and reviews
// ---------------------------------------------------------------------------------------

#[test]
fn duty_completion_is_periods_fulfilled_of_periods_due_up_to_the_as_of_date() {
    let extra = r#"
[[schedules]]
id = "monthly-spot"
type = "spot"
cadence = "monthly"
units = ["office", "finance"]
by = "office"
start = 2026-01-01
"#;
    let checks = r#"
[[checks]]
id = "CHK-JAN"
date = 2026-01-20
unit = "office"
inspectors = ["甲"]
type = "spot"
schedule = "monthly-spot"
conclusion = "conform"

[[checks]]
id = "CHK-FEB"
date = 2026-02-20
unit = "office"
inspectors = ["甲"]
type = "spot"
conclusion = "conform"

[[checks]]
id = "CHK-FIN-MAR"
date = 2026-03-20
unit = "finance"
inspectors = ["甲"]
type = "spot"
schedule = "monthly-spot"
conclusion = "conform"

[[checks]]
id = "CHK-SELF"
date = 2026-03-05
unit = "office"
inspectors = ["甲"]
type = "self"
conclusion = "conform"
"#;
    let (_s, l) = ledger(extra, &[("checks/all.toml", checks)]);
    // By 2026-03-31 (the last working day of March): January to March for two units.
    let f = figures(&l, "2026H1", "2026-03-31", None);
    assert_eq!(counts(&f.duty_completion), (3, 6));
    assert!(
        f.duty_completion
            .num
            .iter()
            .any(|t| t.ends_with("=CHK-FEB")),
        "a check of the schedule's type naming no schedule fulfils it: {:?}",
        f.duty_completion.num
    );
    let office = figures(&l, "2026H1", "2026-03-31", Some("office"));
    assert_eq!(counts(&office.duty_completion), (2, 3));
    // March not yet due on the 30th.
    let early = figures(&l, "2026H1", "2026-03-30", Some("office"));
    assert_eq!(counts(&early.duty_completion), (2, 2));
    // No schedule falls due in a period before it: no value, "—".
    let before = figures(&l, "2025H2", "2026-03-31", None);
    assert_eq!(before.duty_completion.value(), None);
    assert_eq!(before.duty_completion.percent(), "—");
}

#[test]
fn reviews_due_are_counted_as_the_period_began_and_reviews_done_in_it() {
    let standards = r#"
[[standards]]
id = "STD-DUE"
title = "本期到期，本期已复审"
category = "support"
status = "in-force"
owner = "office"
effective = 2021-03-01

[[standards]]
id = "STD-OVERDUE"
title = "早已到期"
category = "support"
status = "in-force"
owner = "office"
effective = 2020-01-01

[[standards]]
id = "STD-FRESH"
title = "未到期"
category = "support"
status = "in-force"
owner = "office"
effective = 2024-01-01

[[standards]]
id = "STD-SHORT"
title = "复审周期一年，上次复审在上期"
category = "support"
status = "in-force"
owner = "office"
effective = 2020-01-01
review_cycle_years = 1
"#;
    let reviews = r#"
[[reviews]]
id = "REV-1"
standard = "STD-DUE"
date = 2026-02-15
decision = "continue"

[[reviews]]
id = "REV-2"
standard = "STD-SHORT"
date = 2025-05-01
decision = "revise"
"#;
    let (_s, l) = ledger(
        "",
        &[
            ("standards/all.toml", standards),
            ("reviews/all.toml", reviews),
        ],
    );
    let f = figures(&l, "2026H1", "2026-06-25", None);
    assert_eq!(ids(&f.reviews.due), ["STD-DUE", "STD-OVERDUE", "STD-SHORT"]);
    assert_eq!(ids(&f.reviews.done), ["REV-1"]);
    let decisions: Vec<(&str, Vec<&str>)> = f
        .reviews
        .decisions
        .iter()
        .map(|(k, v)| (*k, ids(v)))
        .collect();
    assert_eq!(decisions, [("continue", vec!["REV-1"])]);
    // The next half year: STD-DUE was reviewed, STD-SHORT was due in May and is still overdue.
    let h2 = figures(&l, "2026H2", "2026-12-31", None);
    assert_eq!(ids(&h2.reviews.due), ["STD-OVERDUE", "STD-SHORT"]);
    assert!(h2.reviews.done.is_empty());
}

// ---------------------------------------------------------------------------------------
// An empty period
// ---------------------------------------------------------------------------------------

#[test]
fn an_empty_period_has_no_rates_and_no_means() {
    let (_s, l) = ledger(
        "",
        &[
            ("standards/all.toml", STANDARDS),
            ("checks/all.toml", CHECKS),
            ("rectifications/all.toml", RECTIFICATIONS),
            ("evaluations/all.toml", EVALUATIONS),
        ],
    );
    let f = figures(&l, "2010H1", "2026-06-25", None);
    assert!(f.standards.is_empty());
    assert!(f.checks.is_empty() && f.checks_by_type.is_empty());
    assert!(f.nonconformities.found.is_empty());
    for r in [
        &f.implementation,
        &f.duty_completion,
        &f.conformity,
        &f.nonconformities.completion,
        &f.nonconformities.closure,
        &f.nonconformities.on_time,
    ] {
        assert_eq!(r.value(), None);
        assert_eq!(r.percent(), "—");
    }
    assert!(f.conformity_by_item.is_empty());
    assert_eq!(f.trainings.pass_rate, None);
    assert!(f.evaluations.is_empty());
    assert_eq!(f.satisfaction, None);
    assert!(f.reviews.due.is_empty() && f.reviews.done.is_empty());
    // A period that has not begun on the as-of date is empty too.
    let future = figures(&l, "2026H2", "2026-06-25", None);
    assert!(future.checks.is_empty());
    assert_eq!(future.conformity.percent(), "—");
}

// ---------------------------------------------------------------------------------------
// The command: -o FILE, determinism, screenshot
// ---------------------------------------------------------------------------------------

/// The example ledger, from the crate root.
fn example() -> String {
    format!("{}/ledger-example", env!("CARGO_MANIFEST_DIR"))
}

const SEMIANNUAL: [&str; 6] = [
    "report",
    "semiannual",
    "--period",
    "2026H1",
    "--as-of",
    "2026-06-25",
];

/// Run gbsw: stdout bytes, stderr, exit code.
fn gbsw(args: &[&str]) -> (Vec<u8>, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_gbsw"))
        .args(args)
        .env_remove("GBSW_LEDGER")
        .output()
        .unwrap();
    (
        out.stdout,
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

fn semiannual(extra: &[&str]) -> (Vec<u8>, String, i32) {
    let ledger = example();
    let mut args: Vec<&str> = SEMIANNUAL.to_vec();
    args.push(&ledger);
    args.extend_from_slice(extra);
    gbsw(&args)
}

/// The names in a folder, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn output_file_holds_what_stdout_would() {
    let s = Scratch::new("out");
    for format in ["md", "html", "json", "csv"] {
        let file = s.path(&format!("report.{format}"));
        let file_arg = file.to_str().unwrap();
        let (stdout, stderr, code) = semiannual(&["--format", format, "-o", file_arg]);
        assert_eq!((code, stderr.as_str()), (0, ""), "{format}");
        assert!(stdout.is_empty(), "-o writes nothing to stdout");
        let (expected, _, _) = semiannual(&["--format", format]);
        assert_eq!(fs::read(&file).unwrap(), expected, "{format}");
    }
    let text = fs::read_to_string(s.path("report.md")).unwrap();
    assert!(text.starts_with("# 常州市机关事务管理局2026年上半年标准落地实施情况报告\n"));
    assert!(text.contains("检查项目符合率：85.4% (117/137)"));
    let html = fs::read_to_string(s.path("report.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<svg"));
    assert_eq!(
        listing(&s.0),
        ["report.csv", "report.html", "report.json", "report.md"],
        "no temporary file is left behind"
    );
}

#[test]
fn output_file_replaces_an_existing_one_through_a_rename() {
    let s = Scratch::new("replace");
    let file = s.path("report.md");
    fs::write(&file, "an older report\n").unwrap();
    #[cfg(unix)]
    let before = std::os::unix::fs::MetadataExt::ino(&fs::metadata(&file).unwrap());
    let (_, stderr, code) = semiannual(&["-o", file.to_str().unwrap()]);
    assert_eq!(
        (code, stderr.as_str()),
        (
            2,
            format!(
                "gbsw: {} 已存在，未写入任何文件；要覆盖请加 --force\n",
                file.display()
            )
            .as_str()
        )
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), "an older report\n");
    let (_, stderr, code) = semiannual(&["-o", file.to_str().unwrap(), "--force"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let (expected, _, _) = semiannual(&[]);
    assert_eq!(fs::read(&file).unwrap(), expected);
    // A new file took the old one's name (rename), rather than the old one being truncated
    // and rewritten in place, which a reader could catch half written.
    #[cfg(unix)]
    assert_ne!(
        std::os::unix::fs::MetadataExt::ino(&fs::metadata(&file).unwrap()),
        before
    );
    assert_eq!(listing(&s.0), ["report.md"]);
}

#[test]
fn output_into_a_missing_folder_fails_with_exit_2_and_leaves_nothing() {
    let s = Scratch::new("missing");
    let file = s.path("no-such-folder/report.md");
    let (stdout, stderr, code) = semiannual(&["-o", file.to_str().unwrap()]);
    assert_eq!(code, 2, "stderr: {stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("无法写入") && stderr.contains("no-such-folder"),
        "stderr: {stderr}"
    );
    assert!(!s.path("no-such-folder").exists());
    assert!(listing(&s.0).is_empty(), "left behind: {:?}", listing(&s.0));
}

#[test]
fn the_same_report_twice_is_the_same_bytes() {
    let ledger = example();
    let runs: Vec<Vec<&str>> = vec![
        vec!["--format", "md"],
        vec!["--format", "html"],
        vec!["--format", "json"],
        vec!["--format", "csv"],
        vec!["--unit", "office", "--format", "html"],
        vec!["--lang", "en", "--format", "md"],
    ];
    for extra in runs {
        let (a, _, code) = semiannual(&extra);
        let (b, _, _) = semiannual(&extra);
        assert_eq!(code, 0);
        assert!(!a.is_empty());
        assert!(a == b, "semiannual {extra:?} differs between two runs");
    }
    for args in [
        vec![
            "report",
            "checks",
            &ledger,
            "--period",
            "2026H1",
            "--as-of",
            "2026-06-25",
        ],
        vec![
            "report",
            "checks",
            &ledger,
            "--period",
            "2026H1",
            "--as-of",
            "2026-06-25",
            "--format",
            "json",
        ],
        vec!["status", &ledger, "--as-of", "2026-06-25"],
        vec![
            "status",
            &ledger,
            "--as-of",
            "2026-06-25",
            "--format",
            "json",
        ],
    ] {
        let (a, _, code) = gbsw(&args);
        let (b, _, _) = gbsw(&args);
        assert_eq!(code, 0);
        assert!(a == b, "{args:?} differs between two runs");
    }
}

use crate::support::CHROMIUM;

/// The HTML report in headless Chromium on an A4-sized window (1240×1754): the title is
/// drawn, in CJK glyphs (see `support::screenshot`). Without Chromium: skipped with a note,
/// or a failure under `CI=true` (`support::require`).
#[test]
fn the_html_report_renders_in_chromium() {
    if !crate::support::require(CHROMIUM, Path::new(CHROMIUM).exists()) {
        return;
    }
    let s = Scratch::new("screenshot");
    let html = s.path("report.html");
    let png = s.path("report.png");
    let (_, stderr, code) = semiannual(&["--format", "html", "-o", html.to_str().unwrap()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    crate::support::screenshot(&html, &png, &s.path("profile"));
    // Measured with Noto CJK (Debian's fonts-noto-cjk) on Chromium 156: 5 859 dark pixels in
    // 617 columns; without CJK fonts the title is boxes: 1 641 in 405.
    crate::support::assert_title_drawn(
        &png,
        crate::support::Ink {
            dark: 5859,
            columns: 617,
        },
    );
}

#[test]
fn the_output_format_follows_the_file_name() {
    let s = Scratch::new("format-by-name");
    let html = s.path("report.html");
    let (_, stderr, code) = semiannual(&["-o", html.to_str().unwrap()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let (expected, _, _) = semiannual(&["--format", "html"]);
    assert_eq!(fs::read(&html).unwrap(), expected);

    // A named format that the extension contradicts is refused, and nothing is written.
    let md = s.path("report.md");
    let (_, stderr, code) = semiannual(&["-o", md.to_str().unwrap(), "--format", "json"]);
    assert_eq!(
        (code, stderr.as_str()),
        (
            2,
            "gbsw: -o 文件的扩展名 .md 与 --format json 不符，未写入任何文件；请改用 --format md，或换一个文件名\n"
        )
    );
    assert_eq!(listing(&s.0), ["report.html"]);
}

// --- The report as a document: narratives, addressee and closing, nothing of a dump -------

/// The body of a document drawn in Markdown: its paragraphs as text, one per block.
fn doc_texts(d: &gbsw::doc::Document) -> Vec<String> {
    use gbsw::doc::{Block, Inline, Section};
    fn runs(rs: &[Inline]) -> String {
        rs.iter()
            .map(|r| match r {
                Inline::Text(s) | Inline::Code(s) => s.clone(),
                Inline::Strong(i) | Inline::Emphasis(i) => runs(i),
            })
            .collect()
    }
    fn walk(s: &Section, out: &mut Vec<String>) {
        if let Some(h) = &s.heading {
            out.push(format!("{} {h}", "#".repeat(usize::from(s.level))));
        }
        for b in &s.blocks {
            if let Block::Paragraph(r) = b {
                out.push(runs(r));
            }
        }
        for sub in &s.sections {
            walk(sub, out);
        }
    }
    let mut out = Vec::new();
    for s in &d.sections {
        walk(s, &mut out);
    }
    out
}

/// The paragraphs of a document that follow the heading holding `part`, up to the next
/// top-level heading.
fn part_texts(texts: &[String], part: &str) -> Vec<String> {
    texts
        .iter()
        .skip_while(|t| !(t.starts_with("## ") && t.contains(part)))
        .skip(1)
        .take_while(|t| !t.starts_with("## "))
        .filter(|t| !t.starts_with('#'))
        .cloned()
        .collect()
}

const NARRATIVE_LEDGER: [(&str, &str); 1] = [(
    "standards/S1.toml",
    "id = \"S1\"\ntitle = \"会议服务规范\"\ncode = \"DB/T 1-2020\"\ncategory = \"service\"\nstatus = \"in-force\"\nowner = \"office\"\npublished = 2020-01-01\n",
)];

#[test]
fn the_narrative_follows_each_parts_figures_and_a_missing_part_is_marked() {
    use gbsw::report::semiannual::build;
    use gbsw::report::semiannual_doc::document;
    let (s, l) = ledger("", &NARRATIVE_LEDGER);
    s.write(
        "reports/2026H1.md",
        "# 标题不用\n前言不用\n<!-- 说明 -->\n## 一、实施频率\n每日巡检，\n每日备份。\n\n第二段 <b>x</b>\n## 存在问题\n- 问题一\n- 问题二\n## 下一步工作\n",
    );
    let r = build(&l, &scope("2026H1", "2026-06-25", None), Vec::new());
    let texts = doc_texts(&document(&r, gbsw::lang::Lang::Zh));
    assert_eq!(
        part_texts(&texts, "实施频率"),
        ["每日巡检，每日备份。", "第二段 <b>x</b>"]
    );
    assert_eq!(part_texts(&texts, "实施范围").last().unwrap(), "【待填写】");
    assert_eq!(part_texts(&texts, "实施成效").last().unwrap(), "【待填写】");
    assert_eq!(
        part_texts(&texts, "存在问题")[1..],
        ["问题一".to_owned(), "问题二".to_owned()]
    );
    assert_eq!(
        part_texts(&texts, "下一步工作").last().unwrap(),
        "【待填写】"
    );
    // No narrative at all: every part marked.
    fs::remove_file(s.path("reports/2026H1.md")).unwrap();
    let r = build(&l, &scope("2026H1", "2026-06-25", None), Vec::new());
    let texts = doc_texts(&document(&r, gbsw::lang::Lang::En));
    let marked = texts.iter().filter(|t| *t == "[to be written]").count();
    assert_eq!(marked, 5);
}

#[test]
fn a_units_report_reads_the_units_narrative_and_the_bureaus_appends_them() {
    use gbsw::report::semiannual::{Options, build, build_with};
    use gbsw::report::semiannual_doc::document;
    let (s, l) = ledger(
        "\n[report]\naddressee = \"局标准化工作领导小组办公室\"\ntitle = \"{who}关于{period}标准实施情况的报告\"\n",
        &NARRATIVE_LEDGER,
    );
    s.write("reports/2026H1.md", "## 实施范围\n全局。\n");
    s.write(
        "reports/2026H1/office.md",
        "## 实施范围\n办公室的范围。\n## 牵头标准\n一项。\n",
    );
    let unit = build(
        &l,
        &scope("2026H1", "2026-06-28", Some("office")),
        Vec::new(),
    );
    let d = document(&unit, gbsw::lang::Lang::Zh);
    assert_eq!(d.title, "测试局 办公室关于2026年上半年标准实施情况的报告");
    assert_eq!(
        part_texts(&doc_texts(&d), "实施范围").last().unwrap(),
        "办公室的范围。"
    );
    assert_eq!(d.addressee.as_deref(), Some("局标准化工作领导小组办公室"));
    let closing = d.closing.unwrap();
    assert_eq!(
        (closing.signatory.as_str(), closing.date.as_str()),
        ("办公室", "2026年6月28日")
    );
    assert!(closing.attachments.is_empty());
    // The bureau's: its own words, the units' appended with --attach-units.
    let bureau = build_with(
        &l,
        &scope("2026H1", "2026-06-28", None),
        Vec::new(),
        Options { attach_units: true },
    );
    let d = document(&bureau, gbsw::lang::Lang::En);
    let texts = doc_texts(&d);
    assert_eq!(part_texts(&texts, "Scope").last().unwrap(), "全局。");
    let closing = d.closing.unwrap();
    assert_eq!(
        (closing.signatory.as_str(), closing.date.as_str()),
        ("测试局", "28 June 2026")
    );
    assert_eq!(
        closing.attachments,
        // An English report keeps its English titles; the manifest's pattern is Chinese.
        ["测试局 办公室: implementation of standards, the first half of 2026"]
    );
    let annex: Vec<&String> = texts
        .iter()
        .skip_while(|t| !t.starts_with("## Attachment 1: "))
        .collect();
    assert_eq!(
        annex,
        [
            "## Attachment 1: 测试局 办公室: implementation of standards, the first half of 2026",
            "### 实施范围",
            "办公室的范围。",
            "### 牵头标准",
            "一项。",
            "### Frequency",
            "[to be written]",
            "### Effect",
            "[to be written]",
            "### Problems",
            "[to be written]",
            "### Next steps",
            "[to be written]",
        ]
    );
    // Without --attach-units, nothing appended.
    let plain = build(&l, &scope("2026H1", "2026-06-28", None), Vec::new());
    assert!(
        document(&plain, gbsw::lang::Lang::Zh)
            .closing
            .unwrap()
            .attachments
            .is_empty()
    );
}

#[test]
fn a_narrative_outside_the_ledger_is_not_read() {
    use gbsw::narrative::{Found, Problem, read};
    let (s, _) = ledger("", &NARRATIVE_LEDGER);
    let outside = Scratch::new("outside");
    outside.write("secret.md", "## 实施范围\n秘密\n");
    fs::create_dir_all(s.path("reports")).unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(outside.path("secret.md"), s.path("reports/2026H1.md")).unwrap();
        assert_eq!(
            read(&s.0, Period::Half(2026, 1), None),
            Found::Problem(Problem::OutsideLedger)
        );
        // A folder on the way that leads out is refused too.
        std::os::unix::fs::symlink(&outside.0, s.path("reports/2026H2")).unwrap();
        fs::rename(outside.path("secret.md"), outside.path("office.md")).unwrap();
        assert_eq!(
            read(&s.0, Period::Half(2026, 2), Some("office")),
            Found::Problem(Problem::OutsideLedger)
        );
    }
    s.write("reports/2025H2.md", &"字".repeat(100_000));
    assert!(matches!(
        read(&s.0, Period::Half(2025, 2), None),
        Found::Problem(Problem::TooLarge { .. })
    ));
}

/// What must not be in the body of a report meant to be read: the example's unit ids, record
/// files, negative day counts.
#[test]
fn the_examples_report_names_units_and_no_ids_files_or_negative_days() {
    let ids = [
        "office",
        "finance",
        "energy",
        "assets",
        "property",
        "vehicles",
        "service-center",
        "std-section",
        "clean-co",
        "catering-co",
        "security-co",
        "meeting-co",
        "car-service",
        "wujin",
    ];
    for format in ["md", "html"] {
        let (out, err, code) = semiannual(&["--format", format]);
        assert_eq!((err.as_str(), code), ("", 0));
        let text = String::from_utf8(out).unwrap();
        // The HTML page's own markup and stylesheet are not the body's words.
        let body = if format == "html" {
            let body = text.split("<body").nth(1).unwrap();
            body.split('<')
                .map(|t| t.split_once('>').map_or(t, |(_, after)| after))
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            text
        };
        for id in ids {
            let word = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
            let found = body.match_indices(id).any(|(i, _)| {
                let before = body[..i].chars().next_back();
                let after = body[i + id.len()..].chars().next();
                !before.is_some_and(word) && !after.is_some_and(word)
            });
            assert!(!found, "{format}: the unit id {id} is in the report");
        }
        for pattern in [
            ".toml",
            ".yaml",
            "gbsw.toml",
            "CHK-",
            "PLAN-",
            "STD-",
            "EVAL-",
            "SUB-",
        ] {
            assert!(
                !body.contains(pattern),
                "{format}: {pattern} is in the report"
            );
        }
        let negative = body.match_indices('-').any(|(i, _)| {
            let before = body[..i].chars().next_back();
            let after = body[i + 1..].chars().next();
            before.is_some_and(|c| c == ' ' || c == '|' || c == '>')
                && after.is_some_and(|c| c.is_ascii_digit())
        });
        assert!(!negative, "{format}: a negative number is in the report");
    }
    // With --appendix, the ids are back, every one traceable.
    let (out, _, _) = semiannual(&["--appendix"]);
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("NC-2026-005 (rectifications/NC-2026-005.yaml:3)"));
}

#[test]
fn a_report_never_replaces_a_narrative_even_with_force() {
    let (s, _) = ledger("", &NARRATIVE_LEDGER);
    s.write("reports/2026H1.md", "## 实施范围\n全局。\n");
    let dir = s.0.to_string_lossy().into_owned();
    let target = s.path("reports/2026H1.md");
    let (out, err, code) = gbsw(&[
        "report",
        "semiannual",
        &dir,
        "--as-of",
        "2026-06-25",
        "-o",
        &target.to_string_lossy(),
        "--force",
    ]);
    assert_eq!((code, out.is_empty()), (2, true), "{err}");
    assert_eq!(
        fs::read_to_string(&target).unwrap(),
        "## 实施范围\n全局。\n"
    );
}

/// 报送及时率: of the reports owed for the halves of the period, those handed in by the
/// deadline, of those handed in or past it. A report handed in late stays late.
#[test]
fn submission_timeliness_counts_a_late_report_late() {
    let extra = "\n[units.energy]\nname = \"节能处\"\nkind = \"department\"\n";
    let standard = |id: &str, owner: &str| {
        format!(
            "id = \"{id}\"\ntitle = \"{id}\"\ncategory = \"management\"\nstatus = \"in-force\"\n\
             owner = \"{owner}\"\neffective = 2020-01-01\n"
        )
    };
    let submission = |id: &str, unit: &str, submitted: &str| {
        format!("id = \"{id}\"\nperiod = \"2026H1\"\nunit = \"{unit}\"\nsubmitted = {submitted}\n")
    };
    let files = [
        ("standards/a.toml", standard("STD-A", "office")),
        ("standards/b.toml", standard("STD-B", "finance")),
        ("standards/c.toml", standard("STD-C", "energy")),
        // On time, and late (the deadline is 2026-06-30); energy hands in nothing.
        (
            "submissions/a.toml",
            submission("SUB-A", "office", "2026-06-28"),
        ),
        (
            "submissions/b.toml",
            submission("SUB-B", "finance", "2026-07-03"),
        ),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let (_s, l) = ledger(extra, &files);
    // Before the deadline only what was handed in counts: 1 of 1.
    let f = figures(&l, "2026H1", "2026-06-29", None);
    assert_eq!(ids(&f.submission_timeliness.num), ["2026H1/office=SUB-A"]);
    assert_eq!(ids(&f.submission_timeliness.den), ["2026H1/office"]);
    // After it: finance late, energy missing — 1 of 3, and still 1 of 3 once energy is late.
    let f = figures(&l, "2026H1", "2026-07-05", None);
    assert_eq!(counts(&f.submission_timeliness), (1, 3));
    assert_eq!(
        ids(&f.submission_timeliness.den),
        ["2026H1/energy", "2026H1/finance", "2026H1/office"]
    );
    assert_eq!(f.submission_timeliness.percent(), "33.3%");
    // One unit's figure: finance's report was late.
    let f = figures(&l, "2026H1", "2026-07-05", Some("finance"));
    assert_eq!(counts(&f.submission_timeliness), (0, 1));
    // A year counts both halves: 2026H2's reports are not yet due on 2026-07-05.
    let f = figures(&l, "2026", "2026-07-05", None);
    assert_eq!(counts(&f.submission_timeliness), (1, 3));
}
