//! The due engine with hand-computed expectations.
//!
//! Each test writes a small ledger to its own temporary folder, loads it with
//! [`gbsw::load::load`] and asks [`gbsw::due::due`] what is due on a given day. Items are
//! compared as `(kind, due date, days left, unit, uid)` tuples, in the order `due` returns them.
//!
//! Calendar facts the expectations rely on (State Council schedule for 2026, 国办发明电〔2025〕
//! 7号, as carried by the `chinese_holiday` crate): 2026-02-14 and 2026-02-28 (Saturdays) and
//! 2026-05-09 (Saturday) are make-up working days; 2026-05-01..05 are the Labour Day holiday;
//! 2026-06-19 is the Dragon Boat holiday. 2024-02-29 is an ordinary Thursday.

use crate::support::Fixture;
use chrono::NaiveDate;
use gbsw::due::{DueItem, due};

const MANIFEST: &str = r#"organization = "测试局"

[units.office]
name = "办公室"
kind = "department"
head = "王主任"
"#;

/// A ledger written to a fresh temporary folder, removed again when dropped.
struct TempLedger(Fixture);

impl TempLedger {
    /// Write `files` (path relative to the root, text) next to a `gbsw.toml` holding
    /// [`MANIFEST`] followed by `manifest_extra`, and load the folder (see [`Fixture::new`]).
    fn new(manifest_extra: &str, files: &[(&str, &str)]) -> Self {
        Self(Fixture::new(
            "due",
            &format!("{MANIFEST}{manifest_extra}"),
            files,
        ))
    }

    /// Every item due as of `as_of`, as tuples.
    fn items(&self, as_of: &str) -> Vec<Row> {
        self.raw(as_of).iter().map(row_of).collect()
    }

    /// The items of the given kinds only, in the engine's order.
    fn items_of(&self, as_of: &str, kinds: &[&str]) -> Vec<Row> {
        self.items(as_of)
            .into_iter()
            .filter(|r| kinds.contains(&r.0.as_str()))
            .collect()
    }

    fn raw(&self, as_of: &str) -> Vec<DueItem> {
        due(&self.0.loaded.ledger, day(as_of))
    }
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a valid date")
}

/// (kind key, due date, days left, unit, uid)
type Row = (String, NaiveDate, i64, Option<String>, String);

fn row_of(i: &DueItem) -> Row {
    (
        i.kind.key().to_owned(),
        i.due,
        i.days_left,
        i.unit.as_ref().map(|u| u.0.clone()),
        i.uid.clone(),
    )
}

/// Expected items, one a line: `kind due days_left unit uid`, with `-` for no unit.
fn rows(lines: &[&str]) -> Vec<Row> {
    lines
        .iter()
        .map(|line| {
            let f: Vec<&str> = line.split(' ').collect();
            let [kind, due, days_left, unit, uid] = f.as_slice() else {
                panic!("not `kind due days_left unit uid`: {line}");
            };
            (
                (*kind).to_owned(),
                day(due),
                days_left.parse().expect("days left"),
                (*unit != "-").then(|| (*unit).to_owned()),
                (*uid).to_owned(),
            )
        })
        .collect()
}

/// A training record: it creates no item, but its date is the first recorded activity, from
/// which duties and reports are owed.
fn training(date: &str) -> String {
    format!("id = \"TRN-START\"\ndate = {date}\nunit = \"office\"\n")
}

/// A check record of `unit` on `date`, of `type`, naming `schedule` unless it is empty.
fn check(id: &str, date: &str, unit: &str, check_type: &str, schedule: &str) -> String {
    let schedule = if schedule.is_empty() {
        String::new()
    } else {
        format!("schedule = \"{schedule}\"\n")
    };
    format!(
        "[[checks]]\nid = \"{id}\"\ndate = {date}\nunit = \"{unit}\"\ninspectors = [\"李检查\"]\n\
         type = \"{check_type}\"\n{schedule}conclusion = \"conform\"\n\n"
    )
}

/// A schedule of the manifest checking `office` itself.
fn schedule(id: &str, cadence: &str, start: &str, extra: &str) -> String {
    format!(
        "\n[[schedules]]\nid = \"{id}\"\ntype = \"self\"\ncadence = \"{cadence}\"\n\
         units = [\"office\"]\nstart = {start}\n{extra}"
    )
}

// ---------------------------------------------------------------------------------------
// Plans
// ---------------------------------------------------------------------------------------

const PLANS_STANDARD: &str = r#"
id = "STD-A"
title = "财务标准"
category = "support"
status = "in-force"
owner = "finance"
effective = 2026-01-01
"#;

const PLAN_A: &str = r#"
id = "PLAN-A"
owner = "office"
responsible = "王主任"
standards = ["STD-A"]
end = 2026-07-31

[[activities]]
step = 1
activity = "已完成的活动"
due = 2026-03-01
done = 2026-02-27

[[activities]]
step = 2
activity = "逾期的活动"
due = 2026-06-15

[[activities]]
activity = "没有期限的活动：按计划结束日"
"#;

/// No owner or organizer: the unit is the owner of the plan's first standard.
const PLAN_B: &str = r#"
id = "PLAN-B"
standards = ["STD-A"]
end = 2026-06-20

[[activities]]
step = 1
activity = "今天到期"
due = 2026-06-20
"#;

/// Everything done: nothing is due even though the plan has ended.
const PLAN_C: &str = r#"
id = "PLAN-C"
owner = "office"
standards = ["STD-A"]
end = 2026-05-31

[[activities]]
step = 1
activity = "按时完成"
due = 2026-05-31
done = 2026-05-31
"#;

/// No end date: an activity without its own due date has no date, and there is no plan end.
const PLAN_D: &str = r#"
id = "PLAN-D"
organizer = "office"
standards = ["STD-A"]

[[activities]]
step = 3
activity = "没有日期"

[[activities]]
step = 4
activity = "有日期"
due = 2026-09-30
"#;

#[test]
fn plan_activities_and_plan_ends() {
    let l = TempLedger::new(
        "\n[units.finance]\nname = \"财务处\"\nkind = \"department\"\n",
        &[
            ("standards/STD-A.toml", PLANS_STANDARD),
            ("plans/PLAN-A.toml", PLAN_A),
            ("plans/PLAN-B.toml", PLAN_B),
            ("plans/PLAN-C.toml", PLAN_C),
            ("plans/PLAN-D.toml", PLAN_D),
        ],
    );
    assert_eq!(
        l.items_of("2026-06-20", &["activity", "plan-end"]),
        rows(&[
            "activity 2026-06-15 -5 office activity/PLAN-A/2",
            "activity 2026-06-20 0 finance activity/PLAN-B/1",
            "plan-end 2026-06-20 0 finance plan-end/PLAN-B",
            // The third activity has no step: it is numbered by its place.
            "activity 2026-07-31 41 office activity/PLAN-A/3",
            "plan-end 2026-07-31 41 office plan-end/PLAN-A",
            "activity 2026-09-30 102 office activity/PLAN-D/4",
        ])
    );
    // The responsible person: the activity's, else the plan's.
    let items = l.raw("2026-06-20");
    let person = |uid: &str| {
        items
            .iter()
            .find(|i| i.uid == uid)
            .and_then(|i| i.person.clone())
    };
    assert_eq!(person("activity/PLAN-A/2").as_deref(), Some("王主任"));
    assert_eq!(person("plan-end/PLAN-A").as_deref(), Some("王主任"));
    assert_eq!(person("activity/PLAN-B/1"), None);
}

// ---------------------------------------------------------------------------------------
// Rectifications
// ---------------------------------------------------------------------------------------

/// Found on 2026-06-01; the statuses are given as of 2026-06-20.
const RECTIFICATIONS: &str = r#"
# open, due in 5 days
[[rectifications]]
id = "NC-OPEN"
unit = "office"
found = 2026-06-01
description = "未完成"
due = 2026-06-25

# open, due on the as-of day itself
[[rectifications]]
id = "NC-TODAY"
unit = "office"
found = 2026-06-01
description = "今天到期"
due = 2026-06-20

# overdue
[[rectifications]]
id = "NC-LATE"
unit = "finance"
found = 2026-06-01
description = "逾期"
due = 2026-06-10

# completed, not re-checked: re-check due completed + recheck_days
[[rectifications]]
id = "NC-DONE"
unit = "office"
found = 2026-06-01
description = "待复查"
due = 2026-06-15
completed = 2026-06-12

# completed after the as-of day: still open then
[[rectifications]]
id = "NC-DONE-LATER"
unit = "office"
found = 2026-06-01
description = "以后完成"
due = 2026-06-30
completed = 2026-06-25

# the re-check failed: rectify again by the failed re-check + recheck_days
[[rectifications]]
id = "NC-REOPENED"
unit = "finance"
responsible = "陈会计"
found = 2026-06-01
description = "复查未通过"
due = 2026-06-05
completed = 2026-06-04

[[rectifications.rechecks]]
date = 2026-06-08
by = "李检查"
result = "fail"

# completed again after a failed re-check: awaiting the next re-check
[[rectifications]]
id = "NC-REDONE"
unit = "office"
found = 2026-06-01
description = "再次完成"
due = 2026-06-05
completed = 2026-06-10

[[rectifications.rechecks]]
date = 2026-06-08
by = "李检查"
result = "fail"

# closed: nothing due
[[rectifications]]
id = "NC-CLOSED"
unit = "office"
found = 2026-06-01
description = "已关闭"
due = 2026-06-05
completed = 2026-06-04

[[rectifications.rechecks]]
date = 2026-06-06
by = "李检查"
result = "pass"

# major without a report: the rectification and the report
[[rectifications]]
id = "NC-MAJOR"
unit = "office"
found = 2026-06-01
description = "严重"
severity = "major"
due = 2026-06-30

# major with a report: the rectification only
[[rectifications]]
id = "NC-MAJOR-REPORTED"
unit = "office"
found = 2026-06-01
description = "严重，已报告"
severity = "major"
report = "书面报告"
due = 2026-06-30

# major, closed, but the report was never written: still owed
[[rectifications]]
id = "NC-MAJOR-CLOSED"
unit = "office"
found = 2026-06-01
description = "严重，已关闭，无报告"
severity = "major"
due = 2026-06-05
completed = 2026-06-04

[[rectifications.rechecks]]
date = 2026-06-06
by = "李检查"
result = "pass"
"#;

const FINANCE: &str = "\n[units.finance]\nname = \"财务处\"\nkind = \"department\"\n";

#[test]
fn rectifications_with_the_default_recheck_window() {
    let l = TempLedger::new(FINANCE, &[("rectifications/all.toml", RECTIFICATIONS)]);
    assert_eq!(
        l.items("2026-06-20"),
        rows(&[
            "major-report 2026-06-05 -15 office major-report/NC-MAJOR-CLOSED",
            "rectification 2026-06-10 -10 finance rectification/NC-LATE",
            // 2026-06-08 + 10 days
            "reopened 2026-06-18 -2 finance reopened/NC-REOPENED",
            "rectification 2026-06-20 0 office rectification/NC-TODAY",
            // 2026-06-10 + 10 days
            "recheck 2026-06-20 0 office recheck/NC-REDONE",
            // 2026-06-12 + 10 days
            "recheck 2026-06-22 2 office recheck/NC-DONE",
            "rectification 2026-06-25 5 office rectification/NC-OPEN",
            "rectification 2026-06-30 10 office rectification/NC-DONE-LATER",
            "rectification 2026-06-30 10 office rectification/NC-MAJOR",
            "rectification 2026-06-30 10 office rectification/NC-MAJOR-REPORTED",
            "major-report 2026-06-30 10 office major-report/NC-MAJOR",
        ])
    );
    let items = l.raw("2026-06-20");
    let reopened = items.iter().find(|i| i.uid == "reopened/NC-REOPENED");
    assert_eq!(
        reopened.and_then(|i| i.person.as_deref()),
        Some("陈会计"),
        "a reopened rectification goes back to its responsible person"
    );
    // Due on the as-of day is not overdue yet; a day past is.
    let overdue: Vec<&str> = items
        .iter()
        .filter(|i| i.is_overdue())
        .map(|i| i.uid.as_str())
        .collect();
    assert_eq!(
        overdue,
        [
            "major-report/NC-MAJOR-CLOSED",
            "rectification/NC-LATE",
            "reopened/NC-REOPENED"
        ]
    );
    assert!(!items.iter().any(|i| i.uid.ends_with("NC-CLOSED")));
}

#[test]
fn rectifications_with_the_manifest_recheck_window() {
    let l = TempLedger::new(
        &format!("{FINANCE}\n[defaults]\nrecheck_days = 7\n"),
        &[("rectifications/all.toml", RECTIFICATIONS)],
    );
    assert_eq!(
        l.items_of("2026-06-20", &["recheck", "reopened"]),
        rows(&[
            // 2026-06-08 + 7 days
            "reopened 2026-06-15 -5 finance reopened/NC-REOPENED",
            // 2026-06-10 + 7 days
            "recheck 2026-06-17 -3 office recheck/NC-REDONE",
            // 2026-06-12 + 7 days
            "recheck 2026-06-19 -1 office recheck/NC-DONE",
        ])
    );
}

// ---------------------------------------------------------------------------------------
// Reviews and validity checks
// ---------------------------------------------------------------------------------------

fn standard(id: &str, status: &str, origin: &str, dates: &str) -> String {
    format!(
        "id = \"{id}\"\ntitle = \"标准 {id}\"\ncategory = \"management\"\nstatus = \"{status}\"\n\
         origin = \"{origin}\"\nowner = \"office\"\n{dates}\n"
    )
}

fn review(id: &str, standard: &str, date: &str) -> String {
    format!("id = \"{id}\"\nstandard = \"{standard}\"\ndate = {date}\ndecision = \"continue\"\n")
}

/// The standards of the review tests, as of 2026-06-20.
fn review_ledger(manifest_extra: &str) -> TempLedger {
    TempLedger::new(
        manifest_extra,
        &[
            // The standard's own cycle wins over every default.
            (
                "standards/cycle.toml",
                &standard(
                    "STD-CYCLE",
                    "in-force",
                    "own",
                    "effective = 2021-07-01\nreview_cycle_years = 3",
                ),
            ),
            // No cycle: the manifest's, else 5 years, from the effective date.
            (
                "standards/default.toml",
                &standard("STD-DEFAULT", "in-force", "own", "effective = 2022-03-01"),
            ),
            // Published only: counted from the publication date.
            (
                "standards/published.toml",
                &standard("STD-PUBLISHED", "in-force", "own", "published = 2021-02-28"),
            ),
            // Reviewed twice: counted from the later review, wherever it is written.
            (
                "standards/reviewed.toml",
                &standard("STD-REVIEWED", "in-force", "own", "effective = 2015-01-01"),
            ),
            (
                "reviews/a.toml",
                &review("REV-LATER", "STD-REVIEWED", "2025-02-01"),
            ),
            (
                "reviews/b.toml",
                &review("REV-EARLIER", "STD-REVIEWED", "2023-05-10"),
            ),
            // Not in force: no review.
            (
                "standards/draft.toml",
                &standard("STD-DRAFT", "draft", "own", ""),
            ),
            (
                "standards/abolished.toml",
                &standard(
                    "STD-ABOLISHED",
                    "abolished",
                    "own",
                    "effective = 2015-01-01\nabolished = 2025-01-01",
                ),
            ),
            (
                "standards/revising.toml",
                &standard(
                    "STD-REVISING",
                    "under-revision",
                    "own",
                    "effective = 2015-01-01",
                ),
            ),
        ],
    )
}

#[test]
fn review_cycle_from_the_standard_else_five_years() {
    let l = review_ledger("");
    assert_eq!(
        l.items_of("2026-06-20", &["review"]),
        rows(&[
            "review 2024-07-01 -719 office review/STD-CYCLE",
            "review 2026-02-28 -112 office review/STD-PUBLISHED",
            "review 2027-03-01 254 office review/STD-DEFAULT",
            "review 2030-02-01 1322 office review/STD-REVIEWED",
        ])
    );
}

#[test]
fn review_cycle_from_the_manifest() {
    let l = review_ledger("\n[defaults]\nreview_cycle_years = 4\n");
    assert_eq!(
        l.items_of("2026-06-20", &["review"]),
        rows(&[
            "review 2024-07-01 -719 office review/STD-CYCLE",
            "review 2025-02-28 -477 office review/STD-PUBLISHED",
            "review 2026-03-01 -111 office review/STD-DEFAULT",
            "review 2029-02-01 957 office review/STD-REVIEWED",
        ])
    );
}

#[test]
fn review_cycle_defaults_to_five_years_when_defaults_set_other_things() {
    let l = review_ledger("\n[defaults]\nrecheck_days = 7\n");
    assert_eq!(
        l.items_of("2026-06-20", &["review"]),
        rows(&[
            "review 2024-07-01 -719 office review/STD-CYCLE",
            "review 2026-02-28 -112 office review/STD-PUBLISHED",
            "review 2027-03-01 254 office review/STD-DEFAULT",
            "review 2030-02-01 1322 office review/STD-REVIEWED",
        ])
    );
}

fn validity_ledger(manifest_extra: &str) -> TempLedger {
    TempLedger::new(
        manifest_extra,
        &[
            // Adopted, never checked: counted from the effective date.
            (
                "standards/gb.toml",
                &standard(
                    "STD-GB",
                    "in-force",
                    "national",
                    "code = \"GB/T 1-2020\"\neffective = 2025-08-01",
                ),
            ),
            // Adopted and checked (a review): counted from the review.
            (
                "standards/db.toml",
                &standard(
                    "STD-DB",
                    "in-force",
                    "local",
                    "code = \"DB32/T 1-2019\"\neffective = 2020-01-01",
                ),
            ),
            ("reviews/db.toml", &review("REV-DB", "STD-DB", "2026-01-10")),
            // Own standard: no validity check.
            (
                "standards/own.toml",
                &standard("STD-OWN", "in-force", "own", "effective = 2025-08-01"),
            ),
            // Adopted but superseded: nothing.
            (
                "standards/old.toml",
                &standard(
                    "STD-OLD",
                    "superseded",
                    "national",
                    "code = \"GB/T 1-2009\"\neffective = 2010-01-01",
                ),
            ),
        ],
    )
}

#[test]
fn validity_of_adopted_standards() {
    let l = validity_ledger("");
    assert_eq!(
        l.items_of("2026-06-20", &["validity"]),
        rows(&[
            // 2025-08-01 + 12 months
            "validity 2026-08-01 42 office validity/STD-GB",
            // 2026-01-10 + 12 months
            "validity 2027-01-10 204 office validity/STD-DB",
        ])
    );
    assert_eq!(
        // 复审 is for the bureau's own standards: adopted ones have their validity checked.
        l.items_of("2026-06-20", &["review"]),
        rows(&["review 2030-08-01 1503 office review/STD-OWN",])
    );
}

#[test]
fn validity_months_from_the_manifest() {
    let l = validity_ledger("\n[defaults]\nvalidity_check_months = 6\n");
    assert_eq!(
        l.items_of("2026-06-20", &["validity"]),
        rows(&[
            "validity 2026-02-01 -139 office validity/STD-GB",
            "validity 2026-07-10 20 office validity/STD-DB",
        ])
    );
}

// ---------------------------------------------------------------------------------------
// Semiannual reports
// ---------------------------------------------------------------------------------------

const SUBMISSION_UNITS: &str = r#"
[units.finance]
name = "财务处"
kind = "department"
since = 2026-03-01

[units.clean-co]
name = "保洁公司"
kind = "service-provider"

[units.energy]
name = "节能处"
kind = "department"
"#;

fn owned(id: &str, status: &str, owner: &str) -> String {
    format!(
        "id = \"{id}\"\ntitle = \"标准 {id}\"\ncategory = \"management\"\nstatus = \"{status}\"\n\
         owner = \"{owner}\"\neffective = 2020-01-01\n"
    )
}

fn submission(id: &str, period: &str, unit: &str, submitted: &str) -> String {
    format!("id = \"{id}\"\nperiod = \"{period}\"\nunit = \"{unit}\"\nsubmitted = {submitted}\n")
}

/// office leads a standard in force, finance one under revision (and joined on 2026-03-01);
/// clean-co leads only a draft and energy only an abolished standard. Activity starts on
/// 2025-11-03, in 2025H2.
fn submission_ledger(manifest_extra: &str, office_2025h2: bool) -> TempLedger {
    let mut files = vec![
        ("trainings/start.toml", training("2025-11-03")),
        ("standards/a.toml", owned("STD-A", "in-force", "office")),
        (
            "standards/b.toml",
            owned("STD-B", "under-revision", "finance"),
        ),
        ("standards/c.toml", owned("STD-C", "draft", "clean-co")),
        (
            "standards/d.toml",
            format!(
                "{}abolished = 2025-06-30\n",
                owned("STD-D", "abolished", "energy")
            ),
        ),
    ];
    if office_2025h2 {
        files.push((
            "submissions/office.toml",
            submission("SUB-2025H2-office", "2025H2", "office", "2025-12-28"),
        ));
    }
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    TempLedger::new(&format!("{SUBMISSION_UNITS}{manifest_extra}"), &files)
}

#[test]
fn submissions_h1_deadline() {
    let l = submission_ledger("", true);
    assert_eq!(
        l.items_of("2026-06-20", &["submission"]),
        rows(&[
            "submission 2026-06-30 10 finance submission/finance/2026H1",
            "submission 2026-06-30 10 office submission/office/2026H1",
        ])
    );
}

#[test]
fn submissions_h2_deadline_and_late_h1() {
    let l = submission_ledger("", true);
    assert_eq!(
        l.items_of("2026-07-01", &["submission"]),
        rows(&[
            "submission 2026-06-30 -1 finance submission/finance/2026H1",
            "submission 2026-06-30 -1 office submission/office/2026H1",
            "submission 2026-12-31 183 finance submission/finance/2026H2",
            "submission 2026-12-31 183 office submission/office/2026H2",
        ])
    );
}

#[test]
fn submissions_owed_from_the_half_the_ledger_starts_in() {
    // No report for 2025H2: office owes it; finance joined in 2026 and does not.
    let l = submission_ledger("", false);
    assert_eq!(
        l.items_of("2026-06-20", &["submission"]),
        rows(&[
            "submission 2025-12-31 -171 office submission/office/2025H2",
            "submission 2026-06-30 10 finance submission/finance/2026H1",
            "submission 2026-06-30 10 office submission/office/2026H1",
        ])
    );
}

#[test]
fn submissions_deadline_from_the_manifest() {
    let l = submission_ledger("\n[defaults]\nreport_deadline_h1 = \"07-15\"\n", true);
    assert_eq!(
        l.items_of("2026-06-20", &["submission"]),
        rows(&[
            "submission 2026-07-15 25 finance submission/finance/2026H1",
            "submission 2026-07-15 25 office submission/office/2026H1",
        ])
    );
    // The H2 deadline keeps its default.
    assert_eq!(
        l.items_of("2026-07-20", &["submission"]),
        rows(&[
            "submission 2026-07-15 -5 finance submission/finance/2026H1",
            "submission 2026-07-15 -5 office submission/office/2026H1",
            "submission 2026-12-31 164 finance submission/finance/2026H2",
            "submission 2026-12-31 164 office submission/office/2026H2",
        ])
    );
}

/// `report_deadline_h2 = "01-15"` comes before H2 begins in its own year, so 2026H2's report
/// is due on 2027-01-15 (26 days after 2026-12-20: 11 days of December and 15 of January);
/// H1's default 06-30 stays in 2026.
#[test]
fn submissions_h2_deadline_in_january_rolls_into_the_next_year() {
    let l = submission_ledger("\n[defaults]\nreport_deadline_h2 = \"01-15\"\n", true);
    assert_eq!(
        l.items_of("2026-12-20", &["submission"]),
        rows(&[
            "submission 2026-06-30 -173 finance submission/finance/2026H1",
            "submission 2026-06-30 -173 office submission/office/2026H1",
            "submission 2027-01-15 26 finance submission/finance/2026H2",
            "submission 2027-01-15 26 office submission/office/2026H2",
        ])
    );
    // 2025H2 (office has no report for it here) is due on 2026-01-15; 2026H1 is listed too,
    // by finance as well, which joins on 2026-03-01, inside the half.
    let l = submission_ledger("\n[defaults]\nreport_deadline_h2 = \"01-15\"\n", false);
    assert_eq!(
        l.items_of("2026-01-10", &["submission"]),
        rows(&[
            "submission 2026-01-15 5 office submission/office/2025H2",
            "submission 2026-06-30 171 finance submission/finance/2026H1",
            "submission 2026-06-30 171 office submission/office/2026H1",
        ])
    );
}

/// `07-01` is the day H2 begins: not before it, so it stays in the half's own year (due the
/// first day of the half), while `06-30` for H2 is before it and rolls to the next year.
#[test]
fn submissions_h2_deadline_on_the_first_day_of_the_half_stays_in_its_year() {
    let l = submission_ledger("\n[defaults]\nreport_deadline_h2 = \"07-01\"\n", true);
    assert_eq!(
        l.items_of("2026-07-01", &["submission"]),
        rows(&[
            "submission 2026-06-30 -1 finance submission/finance/2026H1",
            "submission 2026-06-30 -1 office submission/office/2026H1",
            "submission 2026-07-01 0 finance submission/finance/2026H2",
            "submission 2026-07-01 0 office submission/office/2026H2",
        ])
    );
    let l = submission_ledger("\n[defaults]\nreport_deadline_h2 = \"06-30\"\n", true);
    assert_eq!(
        l.items_of("2026-07-01", &["submission"])[2..],
        rows(&[
            "submission 2027-06-30 364 finance submission/finance/2026H2",
            "submission 2027-06-30 364 office submission/office/2026H2",
        ])
    );
    // For H1, `01-01` is its first day: due that day.
    let l = submission_ledger("\n[defaults]\nreport_deadline_h1 = \"01-01\"\n", true);
    assert_eq!(
        l.items_of("2026-01-01", &["submission"]),
        rows(&[
            "submission 2026-01-01 0 finance submission/finance/2026H1",
            "submission 2026-01-01 0 office submission/office/2026H1",
        ])
    );
}

/// A unit that joins on the last day of a half owes that half's report; one that joins the
/// day after owes it from the next half only.
#[test]
fn submissions_of_a_unit_joining_on_the_last_day_of_a_half() {
    let l = TempLedger::new(
        "\n[units.late]\nname = \"后加入处\"\nkind = \"department\"\nsince = 2025-12-31\n\
         \n[units.later]\nname = \"再后加入处\"\nkind = \"department\"\nsince = 2026-01-01\n",
        &[
            ("trainings/start.toml", &training("2025-11-03")),
            ("standards/a.toml", &owned("STD-A", "in-force", "late")),
            ("standards/b.toml", &owned("STD-B", "in-force", "later")),
        ],
    );
    assert_eq!(
        l.items_of("2026-01-05", &["submission"]),
        rows(&[
            "submission 2025-12-31 -5 late submission/late/2025H2",
            "submission 2026-06-30 176 late submission/late/2026H1",
            "submission 2026-06-30 176 later submission/later/2026H1",
        ])
    );
}

// ---------------------------------------------------------------------------------------
// Check duties: periods and the working-day calendar
// ---------------------------------------------------------------------------------------

#[test]
fn monthly_duty_in_february_2026_is_due_on_the_make_up_saturday() {
    let l = TempLedger::new(
        &schedule("m", "monthly", "2026-01-01", ""),
        &[
            ("trainings/start.toml", &training("2026-01-05")),
            // January fulfilled by a self-check that names no schedule.
            (
                "checks/jan.toml",
                &check("CHK-JAN", "2026-01-30", "office", "self", ""),
            ),
        ],
    );
    assert_eq!(
        l.items("2026-02-20"),
        rows(&["check-duty 2026-02-28 8 office duty/m/office/2026-02"])
    );
    assert_eq!(
        l.items("2026-03-02"),
        rows(&[
            "check-duty 2026-02-28 -2 office duty/m/office/2026-02",
            "check-duty 2026-03-31 29 office duty/m/office/2026-03",
        ])
    );
}

#[test]
fn monthly_duty_in_february_2024_is_due_on_the_leap_day() {
    let l = TempLedger::new(
        &schedule("m", "monthly", "2024-02-01", ""),
        &[("trainings/start.toml", &training("2024-02-01"))],
    );
    assert_eq!(
        l.items("2024-02-10"),
        rows(&["check-duty 2024-02-29 19 office duty/m/office/2024-02"])
    );
}

#[test]
fn monthly_duty_whose_month_ends_on_a_weekend_is_due_the_friday_before() {
    let l = TempLedger::new(
        &schedule("m", "monthly", "2026-01-01", ""),
        &[
            ("trainings/start.toml", &training("2026-01-05")),
            (
                "checks/spring.toml",
                &[
                    check("CHK-FEB", "2026-02-10", "office", "self", "m"),
                    check("CHK-MAR", "2026-03-10", "office", "self", "m"),
                    check("CHK-APR", "2026-04-10", "office", "self", "m"),
                ]
                .concat(),
            ),
        ],
    );
    assert_eq!(
        l.items("2026-05-20"),
        rows(&[
            // 2026-01-31 is a Saturday.
            "check-duty 2026-01-30 -110 office duty/m/office/2026-01",
            // 2026-05-31 is a Sunday.
            "check-duty 2026-05-29 9 office duty/m/office/2026-05",
        ])
    );
}

#[test]
fn monthly_duty_of_a_schedule_that_ends_mid_month() {
    let l = TempLedger::new(
        &schedule("m", "monthly", "2026-01-01", "end = 2026-03-15\n"),
        &[("trainings/start.toml", &training("2026-01-05"))],
    );
    assert_eq!(
        l.items("2026-06-20"),
        rows(&[
            "check-duty 2026-01-30 -141 office duty/m/office/2026-01",
            "check-duty 2026-02-28 -112 office duty/m/office/2026-02",
            // Owed until the schedule's end, a Sunday: the last working day before it.
            "check-duty 2026-03-13 -99 office duty/m/office/2026-03",
        ])
    );
}

#[test]
fn quarterly_duty_at_the_quarter_boundary() {
    let plain = TempLedger::new(
        &schedule("q", "quarterly", "2026-07-01", ""),
        &[("trainings/start.toml", &training("2026-07-01"))],
    );
    assert_eq!(
        plain.items("2026-09-30"),
        rows(&["check-duty 2026-09-30 0 office duty/q/office/2026Q3"])
    );
    assert_eq!(
        plain.items("2026-10-01"),
        rows(&[
            "check-duty 2026-09-30 -1 office duty/q/office/2026Q3",
            "check-duty 2026-12-31 91 office duty/q/office/2026Q4",
        ])
    );
    // Checked on the quarter's last day: only the next quarter is due.
    let checked = TempLedger::new(
        &schedule("q", "quarterly", "2026-07-01", ""),
        &[
            ("trainings/start.toml", &training("2026-07-01")),
            (
                "checks/q3.toml",
                &check("CHK-Q3", "2026-09-30", "office", "self", "q"),
            ),
        ],
    );
    assert_eq!(
        checked.items("2026-10-01"),
        rows(&["check-duty 2026-12-31 91 office duty/q/office/2026Q4"])
    );
}

#[test]
fn semiannual_and_annual_duties_at_the_half_year_boundary() {
    let l = TempLedger::new(
        &[
            schedule("h", "semiannual", "2026-01-01", ""),
            schedule("y", "annual", "2026-01-01", ""),
        ]
        .concat(),
        &[("trainings/start.toml", &training("2026-01-05"))],
    );
    assert_eq!(
        l.items("2026-06-30"),
        rows(&[
            "check-duty 2026-06-30 0 office duty/h/office/2026H1",
            "check-duty 2026-12-31 184 office duty/y/office/2026",
        ])
    );
    assert_eq!(
        l.items("2026-07-01"),
        rows(&[
            "check-duty 2026-06-30 -1 office duty/h/office/2026H1",
            "check-duty 2026-12-31 183 office duty/h/office/2026H2",
            "check-duty 2026-12-31 183 office duty/y/office/2026",
        ])
    );
}

#[test]
fn weekly_duty_due_on_the_make_up_saturday() {
    let l = TempLedger::new(
        &schedule("w", "weekly", "2026-05-04", ""),
        &[("trainings/start.toml", &training("2026-05-04"))],
    );
    assert_eq!(
        l.items("2026-05-13"),
        rows(&[
            // Week 19 (05-04..05-10): its last working day is the make-up Saturday.
            "check-duty 2026-05-09 -4 office duty/w/office/2026-W19",
            "check-duty 2026-05-15 2 office duty/w/office/2026-W20",
        ])
    );
}

/// 2026 has 53 ISO weeks (it starts on a Thursday): week 53 runs from Monday 2026-12-28 to
/// Sunday 2027-01-03 and is named 2026-W53; 2027-W01 starts on 2027-01-04. With 2027-01-01 a
/// holiday in the manifest, W53's last working day is Thursday 2026-12-31. A check on
/// Saturday 2027-01-02 falls in W53 and fulfils it.
#[test]
fn weekly_duty_across_the_iso_year_boundary_2026_w53() {
    let files = [
        ("trainings/start.toml", training("2026-12-21")),
        (
            "checks/w53.toml",
            check("CHK-W53", "2027-01-02", "office", "self", "w"),
        ),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let l = TempLedger::new(
        &format!(
            "{}\n[calendar]\nholidays = [2027-01-01]\n",
            schedule("w", "weekly", "2026-12-21", "")
        ),
        &files,
    );
    assert_eq!(
        l.items("2027-01-01"),
        rows(&[
            "check-duty 2026-12-25 -7 office duty/w/office/2026-W52",
            "check-duty 2026-12-31 -1 office duty/w/office/2026-W53",
        ])
    );
    assert_eq!(
        l.items("2027-01-04"),
        rows(&[
            "check-duty 2026-12-25 -10 office duty/w/office/2026-W52",
            "check-duty 2027-01-08 4 office duty/w/office/2027-W01",
        ])
    );
}

/// The week of Monday 2024-12-30 belongs to ISO year 2025 (2025-W01, through Sunday
/// 2025-01-05): named by its ISO year, not by the calendar year it starts in. 2025-01-01 is a
/// holiday, so it is due on Friday 2025-01-03.
#[test]
fn weekly_duty_whose_week_starts_in_december_is_named_by_its_iso_year() {
    let l = TempLedger::new(
        &schedule("w", "weekly", "2024-12-23", ""),
        &[("trainings/start.toml", &training("2024-12-23"))],
    );
    assert_eq!(
        l.items("2025-01-06"),
        rows(&[
            "check-duty 2024-12-27 -10 office duty/w/office/2024-W52",
            "check-duty 2025-01-03 -3 office duty/w/office/2025-W01",
            "check-duty 2025-01-10 4 office duty/w/office/2025-W02",
        ])
    );
}

#[test]
fn daily_duty_over_a_week_with_a_make_up_saturday_and_a_holiday_monday() {
    let l = TempLedger::new(
        &schedule("d", "daily", "2026-05-04", ""),
        &[
            ("trainings/start.toml", &training("2026-05-01")),
            (
                "checks/daily.toml",
                &[
                    check("CHK-0506", "2026-05-06", "office", "self", "d"),
                    check("CHK-0508", "2026-05-08", "office", "self", "d"),
                ]
                .concat(),
            ),
        ],
    );
    // 05-04 and 05-05 are holidays, 05-09 a make-up working day, 05-10 a Sunday; the as-of
    // day itself is due today.
    assert_eq!(
        l.items("2026-05-11"),
        rows(&[
            "check-duty 2026-05-07 -4 office duty/d/office/2026-05-07",
            "check-duty 2026-05-09 -2 office duty/d/office/2026-05-09",
            "check-duty 2026-05-11 0 office duty/d/office/2026-05-11",
        ])
    );
}

#[test]
fn manifest_calendar_overrides_the_built_in_days() {
    let manifest = [
        "\n[calendar]\nholidays = [2026-05-13, 2026-06-30]\nworkdays = [2026-05-04, 2026-05-16]\n",
        &schedule("d", "daily", "2026-05-04", "end = 2026-05-16\n"),
        &schedule("m", "monthly", "2026-06-01", ""),
    ]
    .concat();
    let l = TempLedger::new(
        &manifest,
        &[("trainings/start.toml", &training("2026-05-01"))],
    );
    assert_eq!(
        l.items("2026-06-20"),
        rows(&[
            // a holiday Monday made a working day
            "check-duty 2026-05-04 -47 office duty/d/office/2026-05-04",
            "check-duty 2026-05-06 -45 office duty/d/office/2026-05-06",
            "check-duty 2026-05-07 -44 office duty/d/office/2026-05-07",
            "check-duty 2026-05-08 -43 office duty/d/office/2026-05-08",
            // the built-in make-up Saturday stays
            "check-duty 2026-05-09 -42 office duty/d/office/2026-05-09",
            "check-duty 2026-05-11 -40 office duty/d/office/2026-05-11",
            "check-duty 2026-05-12 -39 office duty/d/office/2026-05-12",
            // 2026-05-13, a Wednesday, made a holiday
            "check-duty 2026-05-14 -37 office duty/d/office/2026-05-14",
            "check-duty 2026-05-15 -36 office duty/d/office/2026-05-15",
            // a Saturday made a working day
            "check-duty 2026-05-16 -35 office duty/d/office/2026-05-16",
            // 2026-06-30 made a holiday: June is due on Monday the 29th.
            "check-duty 2026-06-29 9 office duty/m/office/2026-06",
        ])
    );
}

#[test]
fn no_duties_before_a_unit_joined() {
    let manifest = r#"
[units.clean-co]
name = "保洁公司"
kind = "service-provider"
since = 2026-03-10

[[schedules]]
id = "sup"
type = "supervision"
cadence = "monthly"
units = ["clean-co"]
by = "office"
start = 2026-01-01

[[schedules]]
id = "dd"
type = "self"
cadence = "daily"
units = ["clean-co"]
start = 2026-03-02
end = 2026-03-13
"#;
    let l = TempLedger::new(
        manifest,
        &[("trainings/start.toml", &training("2026-01-05"))],
    );
    assert_eq!(
        l.items("2026-04-15"),
        rows(&[
            "check-duty 2026-03-10 -36 clean-co duty/dd/clean-co/2026-03-10",
            "check-duty 2026-03-11 -35 clean-co duty/dd/clean-co/2026-03-11",
            "check-duty 2026-03-12 -34 clean-co duty/dd/clean-co/2026-03-12",
            "check-duty 2026-03-13 -33 clean-co duty/dd/clean-co/2026-03-13",
            "check-duty 2026-03-31 -15 clean-co duty/sup/clean-co/2026-03",
            "check-duty 2026-04-30 15 clean-co duty/sup/clean-co/2026-04",
        ])
    );
}

#[test]
fn no_duties_after_the_standard_was_abolished() {
    let l = TempLedger::new(
        &schedule("m", "monthly", "2026-01-01", "standards = [\"STD-X\"]\n"),
        &[
            ("trainings/start.toml", &training("2026-01-05")),
            (
                "standards/x.toml",
                &standard(
                    "STD-X",
                    "abolished",
                    "own",
                    "effective = 2020-01-01\nabolished = 2026-03-15",
                ),
            ),
        ],
    );
    // March, the month it was abolished in, is still owed; nothing after it. An abolished
    // standard has no review; its owner still reports on the half year it was in force for.
    assert_eq!(
        l.items("2026-06-20"),
        rows(&[
            "check-duty 2026-01-30 -141 office duty/m/office/2026-01",
            "check-duty 2026-02-28 -112 office duty/m/office/2026-02",
            "check-duty 2026-03-31 -81 office duty/m/office/2026-03",
            "submission 2026-06-30 10 office submission/office/2026H1",
        ])
    );
    // In the next half year it is out of force: no new duty, no report for 2026H2 (the
    // 2026H1 one is still owed, now overdue).
    assert_eq!(
        l.items("2026-07-20"),
        rows(&[
            "check-duty 2026-01-30 -171 office duty/m/office/2026-01",
            "check-duty 2026-02-28 -142 office duty/m/office/2026-02",
            "check-duty 2026-03-31 -111 office duty/m/office/2026-03",
            "submission 2026-06-30 -20 office submission/office/2026H1",
        ])
    );
}

#[test]
fn no_duties_before_the_standard_took_effect_nor_for_a_draft() {
    let manifest = [
        schedule("m", "monthly", "2026-01-01", "standards = [\"STD-Y\"]\n"),
        schedule(
            "draft",
            "monthly",
            "2026-01-01",
            "standards = [\"STD-DRAFT\"]\n",
        ),
    ]
    .concat();
    let l = TempLedger::new(
        &manifest,
        &[
            ("trainings/start.toml", &training("2026-01-05")),
            (
                "standards/y.toml",
                &standard("STD-Y", "in-force", "own", "effective = 2026-03-15"),
            ),
            (
                "standards/draft.toml",
                &standard("STD-DRAFT", "draft", "own", ""),
            ),
        ],
    );
    // March, the month it took effect in, is owed; January and February are not.
    assert_eq!(
        l.items_of("2026-04-15", &["check-duty"]),
        rows(&[
            "check-duty 2026-03-31 -15 office duty/m/office/2026-03",
            "check-duty 2026-04-30 15 office duty/m/office/2026-04",
        ])
    );
}

#[test]
fn a_check_on_time_fulfils_its_duty_and_others_do_not() {
    let manifest = r#"
[units.clean-co]
name = "保洁公司"
kind = "service-provider"

[[schedules]]
id = "sup"
type = "supervision"
cadence = "monthly"
units = ["clean-co"]
by = "office"
start = 2026-01-01

[[schedules]]
id = "other"
type = "supervision"
cadence = "annual"
units = ["clean-co"]
by = "office"
start = 2026-01-01
"#;
    let checks = [
        // Names the schedule, on the due day itself.
        check("CHK-JAN", "2026-01-30", "clean-co", "supervision", "sup"),
        // Names no schedule and has its type, on the make-up Saturday.
        check("CHK-FEB", "2026-02-28", "clean-co", "supervision", ""),
        // Another type and no schedule: does not fulfil it.
        check("CHK-MAR", "2026-03-20", "clean-co", "spot", ""),
        // Names another schedule: fulfils that one only.
        check("CHK-APR", "2026-04-20", "clean-co", "supervision", "other"),
        // Another unit: does not fulfil clean-co's duty.
        check("CHK-MAY", "2026-05-20", "office", "supervision", "sup"),
    ]
    .concat();
    let l = TempLedger::new(
        manifest,
        &[
            ("trainings/start.toml", &training("2026-01-05")),
            ("checks/all.toml", &checks),
        ],
    );
    assert_eq!(
        l.items("2026-05-29"),
        rows(&[
            "check-duty 2026-03-31 -59 clean-co duty/sup/clean-co/2026-03",
            "check-duty 2026-04-30 -29 clean-co duty/sup/clean-co/2026-04",
            "check-duty 2026-05-29 0 clean-co duty/sup/clean-co/2026-05",
        ])
    );
}

// ---------------------------------------------------------------------------------------
// Things done on time, and the order of items
// ---------------------------------------------------------------------------------------

#[test]
fn records_completed_on_time_never_appear() {
    let l = TempLedger::new(
        "",
        &[
            ("trainings/start.toml", &training("2026-01-05")),
            (
                "standards/a.toml",
                &standard("STD-A", "in-force", "own", "effective = 2026-01-01"),
            ),
            (
                "plans/a.toml",
                "id = \"PLAN-A\"\nowner = \"office\"\nstandards = [\"STD-A\"]\nend = 2026-06-30\n\n\
                 [[activities]]\nstep = 1\nactivity = \"实施\"\ndue = 2026-06-30\ndone = 2026-06-30\n",
            ),
            (
                "rectifications/a.toml",
                "id = \"NC-A\"\nunit = \"office\"\nfound = 2026-06-01\ndescription = \"问题\"\n\
                 severity = \"major\"\nreport = \"书面报告\"\ndue = 2026-06-30\ncompleted = 2026-06-30\n\n\
                 [[rechecks]]\ndate = 2026-06-30\nby = \"李检查\"\nresult = \"pass\"\n",
            ),
            (
                "submissions/a.toml",
                &submission("SUB-A", "2026H1", "office", "2026-06-30"),
            ),
        ],
    );
    assert_eq!(
        l.items("2026-07-01"),
        rows(&[
            "submission 2026-12-31 183 office submission/office/2026H2",
            "review 2031-01-01 1645 office review/STD-A",
        ])
    );
}

/// Twelve items due on the same day, one or two of each kind, written so that file order,
/// record order and uid order all differ.
#[test]
fn items_are_sorted_by_due_date_then_kind_then_uid() {
    let files = [
        ("trainings/start.toml", training("2026-06-01")),
        (
            "standards/r.toml",
            standard("STD-R", "in-force", "own", "effective = 2021-06-30"),
        ),
        (
            "standards/v.toml",
            standard(
                "STD-V",
                "in-force",
                "national",
                "code = \"GB 1-2025\"\neffective = 2025-06-30",
            ),
        ),
        (
            "plans/z.toml",
            "id = \"PLAN-Z\"\nowner = \"office\"\nstandards = [\"STD-R\"]\nend = 2026-06-30\n\n\
             [[activities]]\nstep = 2\nactivity = \"实施\"\n"
                .to_owned(),
        ),
        (
            "rectifications/a.toml",
            "[[rectifications]]\nid = \"NC-D\"\nunit = \"office\"\nfound = 2026-06-01\n\
             description = \"复查未通过\"\ndue = 2026-06-10\ncompleted = 2026-06-09\n\n\
             [[rectifications.rechecks]]\ndate = 2026-06-20\nby = \"李检查\"\nresult = \"fail\"\n\n\
             [[rectifications]]\nid = \"NC-C\"\nunit = \"office\"\nfound = 2026-06-01\n\
             description = \"待复查\"\ndue = 2026-06-25\ncompleted = 2026-06-20\n\n\
             [[rectifications]]\nid = \"NC-B\"\nunit = \"office\"\nfound = 2026-06-01\n\
             description = \"严重\"\nseverity = \"major\"\ndue = 2026-06-30\n"
                .to_owned(),
        ),
        (
            "rectifications/b.toml",
            "id = \"NC-A\"\nunit = \"office\"\nfound = 2026-06-01\ndescription = \"严重\"\n\
             severity = \"major\"\ndue = 2026-06-30\n"
                .to_owned(),
        ),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let l = TempLedger::new(&schedule("aa", "monthly", "2026-06-01", ""), &files);
    let expected = rows(&[
        "activity 2026-06-30 10 office activity/PLAN-Z/2",
        "plan-end 2026-06-30 10 office plan-end/PLAN-Z",
        "rectification 2026-06-30 10 office rectification/NC-A",
        "rectification 2026-06-30 10 office rectification/NC-B",
        "recheck 2026-06-30 10 office recheck/NC-C",
        "reopened 2026-06-30 10 office reopened/NC-D",
        "major-report 2026-06-30 10 office major-report/NC-A",
        "major-report 2026-06-30 10 office major-report/NC-B",
        "check-duty 2026-06-30 10 office duty/aa/office/2026-06",
        "review 2026-06-30 10 office review/STD-R",
        "validity 2026-06-30 10 office validity/STD-V",
        "submission 2026-06-30 10 office submission/office/2026H1",
    ]);
    assert_eq!(l.items("2026-06-20"), expected);
    // The same ledger gives the same order every time.
    for _ in 0..5 {
        assert_eq!(l.items("2026-06-20"), expected);
    }
    // And the order is exactly (due, kind, uid).
    let raw = l.raw("2026-06-20");
    let keys: Vec<_> = raw.iter().map(|i| (i.due, i.kind, i.uid.clone())).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

/// An explicit start wins over the ledger's first record: a schedule starting 2026-01-01 in a
/// ledger whose first record is of 2026-02-02 owes January (due Friday 2026-01-30).
#[test]
fn an_explicit_schedule_start_wins_over_the_first_record() {
    let l = TempLedger::new(
        &schedule("m", "monthly", "2026-01-01", ""),
        &[("trainings/start.toml", &training("2026-02-02"))],
    );
    assert_eq!(
        l.items("2026-02-20"),
        rows(&[
            "check-duty 2026-01-30 -21 office duty/m/office/2026-01",
            "check-duty 2026-02-28 8 office duty/m/office/2026-02",
        ])
    );
}

/// Without an explicit start (no schedule start, no unit `since`), the first record is where
/// duties begin: February only.
#[test]
fn without_an_explicit_start_the_first_record_begins_the_duties() {
    let l = TempLedger::new(
        "\n[[schedules]]\nid = \"m\"\ntype = \"self\"\ncadence = \"monthly\"\nunits = [\"office\"]\n",
        &[("trainings/start.toml", &training("2026-02-02"))],
    );
    assert_eq!(
        l.items("2026-02-20"),
        rows(&["check-duty 2026-02-28 8 office duty/m/office/2026-02"])
    );
}

/// RFC 5545 line folding, written from the RFC (3.1) rather than from the writer: a content
/// line longer than 75 octets is cut before the character that would pass 75, and each further
/// line starts with one space, which counts; every line ends with CRLF.
fn folded(lines: &[&str]) -> Vec<u8> {
    let mut out = Vec::new();
    for line in lines {
        let mut width = 0;
        for c in line.chars() {
            if width + c.len_utf8() > 75 {
                out.extend_from_slice(b"\r\n ");
                width = 1;
            }
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            width += c.len_utf8();
        }
        out.extend_from_slice(b"\r\n");
    }
    out
}

/// `gbsw due --format ics`, byte for byte: CRLF line ends, a line break in a description as
/// the two characters `\n`, `,` `;` `\` in text escaped as `\,` `\;` `\\`, lines folded at 75
/// octets without cutting a character (the summary's fold falls where `附` would straddle
/// it). The expected lines are written by hand; `folded` applies the RFC's folding.
/// (tests/cmd/due-ics.toml pins the example ledger's calendar the same way, as raw bytes.)
#[test]
fn the_ics_calendar_is_rfc_5545_byte_for_byte() {
    let l = TempLedger::new(
        "",
        &[(
            "standards/STD-1.toml",
            "id = \"STD-1\"\ntitle = \"会议服务规范, 第一部分; 通用要求附录\\\\说明\"\ncategory = \"service\"\nstatus = \"in-force\"\norigin = \"own\"\nowner = \"office\"\neffective = 2021-03-01\n",
        )],
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gbsw"))
        .args(["due", "--as-of", "2026-06-20", "--format", "ics"])
        .current_dir(&l.0.root)
        .env_remove("GBSW_LEDGER")
        .output()
        .unwrap();
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).as_ref()
        ),
        (Some(0), "")
    );
    let prodid = format!("PRODID:-//gbsw//gbsw {}//ZH", env!("CARGO_PKG_VERSION"));
    let expected = folded(&[
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &prodid,
        "CALSCALE:GREGORIAN",
        "NAME:测试局 标准化工作待办",
        "X-WR-CALNAME:测试局 标准化工作待办",
        "BEGIN:VEVENT",
        "CATEGORIES:复审",
        r"DESCRIPTION:单位: 办公室\n责任人: 王主任\n记录: STD-1 (standards/STD-1.toml:1)",
        "DTEND;VALUE=DATE:20260302",
        "DTSTAMP:20260620T000000Z",
        "DTSTART;VALUE=DATE:20260301",
        r"SUMMARY:[复审] STD-1《会议服务规范\, 第一部分\; 通用要求附录\\说明》（上次复审：—）",
        "UID:review/STD-1@gbsw",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        r"DESCRIPTION:[复审] STD-1《会议服务规范\, 第一部分\; 通用要求附录\\说明》（上次复审：—）",
        "DTSTAMP:20260620T000000Z",
        "TRIGGER:-P1D",
        "UID:review/STD-1/alarm@gbsw",
        "END:VALARM",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "CATEGORIES:报送",
        r"DESCRIPTION:单位: 办公室\n责任人: 王主任\n记录: office (gbsw.toml:3)",
        "DTEND;VALUE=DATE:20260701",
        "DTSTAMP:20260620T000000Z",
        "DTSTART;VALUE=DATE:20260630",
        "SUMMARY:[报送] 2026H1 标准落地实施情况报告（办公室）",
        "UID:submission/office/2026H1@gbsw",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:[报送] 2026H1 标准落地实施情况报告（办公室）",
        "DTSTAMP:20260620T000000Z",
        "TRIGGER:-P1D",
        "UID:submission/office/2026H1/alarm@gbsw",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]);
    // The folds the expectation holds, spelled out: the description is cut after 75 octets
    // exactly, the summary after 73, before the three octets of `附`.
    let text = String::from_utf8(expected.clone()).unwrap();
    assert!(text.contains("STD-1 (standar\r\n ds/STD-1.toml:1)\r\n"));
    assert!(text.contains("通用要求\r\n 附录\\\\说明》"));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&expected)
    );
    assert!(out.stdout == expected, "the bytes differ");
}

/// The half-yearly mutual check (互评互查) may be done by a third party or a higher authority
/// instead (附件2); a schedule by unit kind covers every department, also one named after it.
#[test]
fn a_third_party_or_higher_level_check_does_the_mutual_duty() {
    let manifest = r#"
[units.finance]
name = "财务处"
kind = "department"

[[schedules]]
id = "mutual"
type = "mutual"
cadence = "semiannual"
unit_kinds = ["department"]
start = 2026-01-01
"#;
    let checks = [
        // office, 2026H1: a third-party check naming no schedule fulfils it.
        check("CHK-1", "2026-03-10", "office", "third-party", ""),
        // finance, 2026H2: a higher-level check naming the schedule fulfils it.
        check("CHK-2", "2026-07-20", "finance", "higher-level", "mutual"),
        // office, 2026H2: a self-check is no mutual check.
        check("CHK-3", "2026-07-21", "office", "self", ""),
    ]
    .concat();
    let l = TempLedger::new(manifest, &[("checks/2026.toml", &checks)]);
    // finance owes 2026H1: due on Tuesday 2026-06-30, 34 days before 2026-08-03. office owes
    // 2026H2: due on Thursday 2026-12-31, 28 + 30 + 31 + 30 + 31 = 150 days after it.
    assert_eq!(
        l.items_of("2026-08-03", &["check-duty"]),
        rows(&[
            "check-duty 2026-06-30 -34 finance duty/mutual/finance/2026H1",
            "check-duty 2026-12-31 150 office duty/mutual/office/2026H2",
        ])
    );
}

// ---------------------------------------------------------------------------------------
// Reviews that decide, validity checks, revisions, evaluations owed, improvements.

/// An own standard in force from 2020-09-01 (a five-year cycle: first review due 2025-09-01).
fn own(id: &str, category: &str) -> String {
    format!(
        "id = \"{id}\"\ntitle = \"标准 {id}\"\ncategory = \"{category}\"\nstatus = \"in-force\"\n\
         owner = \"office\"\neffective = 2020-09-01\n"
    )
}

fn review_record(id: &str, standard: &str, date: &str, extra: &str) -> String {
    format!("id = \"{id}\"\nstandard = \"{standard}\"\ndate = {date}\n{extra}")
}

#[test]
fn a_proposal_only_review_leaves_the_review_overdue() {
    let l = TempLedger::new(
        "",
        &[
            ("standards/a.toml", &own("STD-A", "management")),
            (
                "reviews/a.toml",
                &review_record("REV-A", "STD-A", "2026-05-28", "proposal = \"revise\"\n"),
            ),
        ],
    );
    // 2025-09-01 to 2026-06-20: 292 days overdue, as without the review.
    assert_eq!(
        l.items_of("2026-06-20", &["review"]),
        rows(&["review 2025-09-01 -292 office review/STD-A"])
    );
    let item = &l.raw("2026-06-20")[0];
    assert_eq!(
        item.what.text(gbsw::lang::Lang::Zh),
        "STD-A《标准 STD-A》复审进行中（2026-05-28 起，建议修订），待作出复审结论"
    );
}

#[test]
fn a_decision_resets_the_cycle_from_its_decision_date() {
    let l = TempLedger::new(
        "",
        &[
            ("standards/a.toml", &own("STD-A", "management")),
            (
                "reviews/a.toml",
                &review_record(
                    "REV-A",
                    "STD-A",
                    "2026-05-28",
                    "proposal = \"continue\"\ndecision = \"continue\"\ndecided_on = 2026-06-10\n",
                ),
            ),
        ],
    );
    // 2026-06-10 + 5 years; 2026-06-20 to 2031-06-10 is 1816 days.
    assert_eq!(
        l.items_of("2026-06-20", &["review"]),
        rows(&["review 2031-06-10 1816 office review/STD-A"])
    );
}

#[test]
fn a_validity_check_does_not_reset_the_review() {
    let adopted = "id = \"STD-GB\"\ntitle = \"GB\"\ncategory = \"general\"\nstatus = \"in-force\"\n\
                   origin = \"national\"\ncode = \"GB/T 1-2020\"\nowner = \"office\"\n\
                   effective = 2020-09-01\n";
    let l = TempLedger::new(
        "",
        &[
            ("standards/a.toml", &own("STD-A", "management")),
            ("standards/gb.toml", adopted),
            (
                "reviews/a.toml",
                &review_record("REV-A", "STD-A", "2025-12-10", "type = \"validity\"\n"),
            ),
            (
                "reviews/gb.toml",
                &review_record("REV-GB", "STD-GB", "2025-12-10", "type = \"validity\"\n"),
            ),
        ],
    );
    assert_eq!(
        l.items_of("2026-06-20", &["review", "validity"]),
        rows(&[
            // Still counted from 2020-09-01: 292 days overdue.
            "review 2025-09-01 -292 office review/STD-A",
            // The adopted standard: no 复审, its validity checked a year after 2025-12-10.
            "validity 2026-12-10 173 office validity/STD-GB",
        ])
    );
}

#[test]
fn the_review_cycle_of_a_category_between_the_standards_and_the_defaults() {
    let mut own_cycle = own("STD-OWN", "support");
    own_cycle.push_str("review_cycle_years = 2\n");
    let l = TempLedger::new(
        "\n[categories.support]\nreview_cycle_years = 3\n\n[defaults]\nreview_cycle_years = 4\n",
        &[
            ("standards/s.toml", &own("STD-S", "support")),
            ("standards/m.toml", &own("STD-M", "management")),
            ("standards/o.toml", &own_cycle),
        ],
    );
    assert_eq!(
        l.items_of("2026-06-20", &["review"]),
        rows(&[
            // Its own 2 years: 2022-09-01.
            "review 2022-09-01 -1388 office review/STD-OWN",
            // The category's 3 years: 2023-09-01.
            "review 2023-09-01 -1023 office review/STD-S",
            // The manifest's default 4 years: 2024-09-01.
            "review 2024-09-01 -657 office review/STD-M",
        ])
    );
}

#[test]
fn a_revise_decision_is_due_until_a_new_edition_supersedes_the_standard() {
    let decided = review_record(
        "REV-A",
        "STD-A",
        "2026-03-20",
        "decision = \"revise\"\ndecided_on = 2026-03-20\n",
    );
    let files = [
        ("standards/a.toml", own("STD-A", "service")),
        ("reviews/a.toml", decided.clone()),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let l = TempLedger::new("", &files);
    // 2026-03-20 + 6 months (the default) = 2026-09-20, 92 days after 2026-06-20.
    assert_eq!(
        l.items_of("2026-06-20", &["revision", "conversion"]),
        rows(&["revision 2026-09-20 92 office revision/STD-A"])
    );
    // The manifest's months; a conversion is its own kind.
    let converted = decided.replace("\"revise\"", "\"convert\"");
    let files = [
        ("standards/a.toml", own("STD-A", "service")),
        ("reviews/a.toml", converted),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let l = TempLedger::new("\n[defaults]\nrevision_months = 3\n", &files);
    assert_eq!(
        l.items_of("2026-06-20", &["revision", "conversion"]),
        rows(&["conversion 2026-06-20 0 office revision/STD-A"])
    );
    // A new edition that names it clears it.
    let edition = format!(
        "{}supersedes = \"STD-A\"\n",
        own("STD-A2", "service").replace("in-force", "draft")
    );
    let files = [
        ("standards/a.toml", own("STD-A", "service")),
        ("standards/a2.toml", edition),
        ("reviews/a.toml", decided),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let l = TempLedger::new("", &files);
    assert_eq!(
        l.items_of("2026-06-20", &["revision", "conversion"]),
        rows(&[])
    );
}

fn improvement(id: &str, extra: &str) -> String {
    format!("id = \"{id}\"\nstandard = \"STD-A\"\n{extra}")
}

#[test]
fn improvements_open_ineffective_and_effective() {
    let l = TempLedger::new(
        "",
        &[
            ("standards/a.toml", &own("STD-A", "service")),
            // Open, no date of its own: recorded 2026-05-06 + 3 months.
            (
                "improvements/open.toml",
                &improvement("IMP-OPEN", "date = 2026-05-06\n"),
            ),
            // Open with its own date.
            (
                "improvements/own.toml",
                &improvement("IMP-OWN", "date = 2026-05-06\ndue = 2026-06-15\n"),
            ),
            // Did not work: its next round is due on the date it gives.
            (
                "improvements/no.toml",
                &improvement(
                    "IMP-NO",
                    "round = 1\ndate = 2026-01-10\neffective = false\ncauses = \"x\"\n\
                     next_round = 2026-07-01\n",
                ),
            ),
            // Worked, verified 2026-03-10: the standard is to be revised within 6 months.
            (
                "improvements/yes.toml",
                &improvement(
                    "IMP-YES",
                    "round = 1\ndate = 2026-01-10\nverified = 2026-03-10\neffective = true\n",
                ),
            ),
        ],
    );
    assert_eq!(
        l.items_of("2026-06-20", &["improvement", "revision"]),
        rows(&[
            "improvement 2026-06-15 -5 office improvement/IMP-OWN",
            "improvement 2026-07-01 11 office improvement/IMP-NO/next",
            "improvement 2026-08-06 47 office improvement/IMP-OPEN",
            "revision 2026-09-10 82 office revision/STD-A",
        ])
    );
}

#[test]
fn a_next_round_recorded_clears_the_ineffective_ones_item() {
    let l = TempLedger::new(
        "",
        &[
            ("standards/a.toml", &own("STD-A", "service")),
            (
                "improvements/no.toml",
                &improvement(
                    "IMP-NO",
                    "round = 1\ndate = 2026-01-10\neffective = false\ncauses = \"x\"\n\
                     next_round = 2026-05-01\n",
                ),
            ),
            (
                "improvements/next.toml",
                &improvement(
                    "IMP-NEXT",
                    // Named by its source alone (no round written).
                    "source = \"IMP-NO\"\ndate = 2026-05-06\ndue = 2026-09-30\n",
                ),
            ),
        ],
    );
    assert_eq!(
        l.items_of("2026-06-20", &["improvement"]),
        rows(&["improvement 2026-09-30 102 office improvement/IMP-NEXT"])
    );
}

#[test]
fn a_decision_after_an_effective_improvement_governs_the_revision() {
    let l = TempLedger::new(
        "",
        &[
            ("standards/a.toml", &own("STD-A", "service")),
            (
                "improvements/yes.toml",
                &improvement(
                    "IMP-YES",
                    "date = 2026-01-10\neffective = true\nreviewed_on = 2026-03-12\n",
                ),
            ),
            // Reviewed afterwards and kept as it is: nothing to revise.
            (
                "reviews/a.toml",
                &review_record("REV-A", "STD-A", "2026-04-01", "decision = \"continue\"\n"),
            ),
        ],
    );
    assert_eq!(l.items_of("2026-06-20", &["revision"]), rows(&[]));
}

/// A semiannual evaluation plan for office and clean-co from 2025-07-01.
const EVALUATION_PLAN: &str = r#"
[units.clean-co]
name = "保洁公司"
kind = "service-provider"

[[evaluation_plans]]
id = "half"
name = "半年评价"
cadence = "semiannual"
units = ["office", "clean-co"]
start = 2025-07-01
"#;

fn evaluation(id: &str, period: &str, unit: &str, date: &str) -> String {
    format!("id = \"{id}\"\nperiod = \"{period}\"\nunit = \"{unit}\"\ndate = {date}\nscore = 80\n")
}

#[test]
fn a_planned_evaluation_not_done_is_overdue() {
    let l = TempLedger::new(
        EVALUATION_PLAN,
        &[
            (
                "evaluations/a.toml",
                &evaluation("EVAL-A", "2025H2", "office", "2025-12-20"),
            ),
            // Of 2026H1, but held after the as-of date: not done yet.
            (
                "evaluations/b.toml",
                &evaluation("EVAL-B", "2026H1", "office", "2026-06-25"),
            ),
        ],
    );
    assert_eq!(
        l.items_of("2026-06-20", &["evaluation"]),
        rows(&[
            // 2025-12-31 is a Wednesday: 171 days before 2026-06-20.
            "evaluation 2025-12-31 -171 clean-co evaluation/half/clean-co/2025H2",
            // 2026-06-30 is a Tuesday.
            "evaluation 2026-06-30 10 clean-co evaluation/half/clean-co/2026H1",
            "evaluation 2026-06-30 10 office evaluation/half/office/2026H1",
        ])
    );
    // On 2026-07-01 the office's H1 evaluation is held: clean-co owes both halves, and
    // both owe 2026H2 (due 2026-12-31, a Thursday).
    assert_eq!(
        l.items_of("2026-07-01", &["evaluation"]),
        rows(&[
            "evaluation 2025-12-31 -182 clean-co evaluation/half/clean-co/2025H2",
            "evaluation 2026-06-30 -1 clean-co evaluation/half/clean-co/2026H1",
            "evaluation 2026-12-31 183 clean-co evaluation/half/clean-co/2026H2",
            "evaluation 2026-12-31 183 office evaluation/half/office/2026H2",
        ])
    );
}

#[test]
fn an_evaluation_made_under_another_plan_does_not_count() {
    let under = |plan: &str| {
        format!(
            "{}plan = \"{plan}\"\n",
            evaluation("EVAL-A", "2026H1", "office", "2026-06-10")
        )
    };
    let other = under("other");
    let own = under("half");
    let l = TempLedger::new(EVALUATION_PLAN, &[("evaluations/a.toml", &other)]);
    assert_eq!(
        l.items_of("2026-06-20", &["evaluation"])
            .into_iter()
            .filter(|r| r.3.as_deref() == Some("office"))
            .collect::<Vec<_>>(),
        rows(&[
            "evaluation 2025-12-31 -171 office evaluation/half/office/2025H2",
            "evaluation 2026-06-30 10 office evaluation/half/office/2026H1",
        ])
    );
    let l = TempLedger::new(EVALUATION_PLAN, &[("evaluations/a.toml", &own)]);
    assert_eq!(
        l.items_of("2026-06-20", &["evaluation"])
            .into_iter()
            .filter(|r| r.3.as_deref() == Some("office"))
            .collect::<Vec<_>>(),
        rows(&["evaluation 2025-12-31 -171 office evaluation/half/office/2025H2"])
    );
}

#[test]
fn a_proposal_older_than_the_last_decision_is_no_review_in_progress() {
    let l = TempLedger::new(
        "",
        &[
            ("standards/a.toml", &own("STD-A", "management")),
            (
                "reviews/old.toml",
                &review_record("REV-OLD", "STD-A", "2025-01-10", "proposal = \"revise\"\n"),
            ),
            (
                "reviews/new.toml",
                &review_record(
                    "REV-NEW",
                    "STD-A",
                    "2025-03-01",
                    "decision = \"continue\"\n",
                ),
            ),
        ],
    );
    let items: Vec<_> = l
        .raw("2026-06-20")
        .into_iter()
        .filter(|i| i.uid == "review/STD-A")
        .collect();
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(
        items[0].what.text(gbsw::lang::Lang::Zh),
        "STD-A《标准 STD-A》（上次复审：2025-03-01）"
    );
    assert_eq!(items[0].due, day("2030-03-01"));
}

#[test]
fn a_next_round_is_named_and_only_a_round_of_the_same_standard_clears_it() {
    let l = TempLedger::new(
        "",
        &[
            ("standards/a.toml", &own("STD-A", "service")),
            ("standards/b.toml", &own("STD-B", "service")),
            (
                "improvements/no.toml",
                &improvement(
                    "IMP-NO",
                    "round = 2\ndate = 2026-01-10\neffective = false\ncauses = \"x\"\n\
                     next_round = 2026-07-01\n",
                ),
            ),
            // A third round, but of another standard.
            (
                "improvements/b.toml",
                "id = \"IMP-B\"\nstandard = \"STD-B\"\nround = 3\ndate = 2026-05-01\n\
                 effective = true\n",
            ),
        ],
    );
    let items: Vec<_> = l
        .raw("2026-06-20")
        .into_iter()
        .filter(|i| i.uid == "improvement/IMP-NO/next")
        .collect();
    assert_eq!(items.len(), 1);
    assert_eq!(
        items[0].what.text(gbsw::lang::Lang::Zh),
        "IMP-NO 改进效果不明显：STD-A 第3轮改进待开始"
    );
}

#[test]
fn an_improvement_found_effective_after_the_last_decision_asks_for_a_revision() {
    let files = |concluded: &str| {
        vec![
            ("standards/a.toml".to_owned(), own("STD-A", "service")),
            (
                "reviews/a.toml".to_owned(),
                review_record("REV-A", "STD-A", "2026-04-01", "decision = \"continue\"\n"),
            ),
            (
                "improvements/yes.toml".to_owned(),
                improvement(
                    "IMP-YES",
                    &format!("date = 2026-01-10\neffective = true\nreviewed_on = {concluded}\n"),
                ),
            ),
        ]
    };
    let revisions = |concluded: &str| {
        let f = files(concluded);
        let f: Vec<(&str, &str)> = f.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
        TempLedger::new("", &f).items_of("2026-06-20", &["revision"])
    };
    // After the decision: 2026-05-01 + 6 months.
    assert_eq!(
        revisions("2026-05-01"),
        rows(&["revision 2026-11-01 134 office revision/STD-A"])
    );
    // On the day of the decision: the decision already weighed it.
    assert_eq!(revisions("2026-04-01"), rows(&[]));
}

#[test]
fn a_plan_of_standards_owes_one_evaluation_per_standard() {
    let plan = "\n[[evaluation_plans]]\nid = \"std\"\ncadence = \"annual\"\n\
                standards = [\"STD-A\", \"STD-B\"]\nstart = 2026-01-01\n";
    let l = TempLedger::new(
        plan,
        &[
            ("standards/a.toml", &own("STD-A", "service")),
            ("standards/b.toml", &own("STD-B", "service")),
            (
                "evaluations/a.toml",
                "id = \"EVAL-A\"\nperiod = \"2026H1\"\ndate = 2026-06-10\n\
                 standards = [\"STD-A\"]\nscore = 80\n",
            ),
        ],
    );
    // 2026-12-31 is a Thursday; STD-A's evaluation of 2026H1 ends in 2026.
    assert_eq!(
        l.items_of("2026-06-20", &["evaluation"]),
        rows(&["evaluation 2026-12-31 194 office evaluation/std/STD-B/2026"])
    );
}
