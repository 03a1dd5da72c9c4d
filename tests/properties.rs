//! Property tests (proptest): laws that must hold for every input, not just the examples of
//! the golden tests. Each property says what it checks; docs/reliability.md lists them.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{Datelike, Days, NaiveDate, Weekday};
use gbsw::author::fields::{FieldType, fields};
use gbsw::author::record::{Draft, FileFormat, WValue, render};
use gbsw::calendar::{WorkCalendar, builtin_range};
use gbsw::due::duties::bounds;
use gbsw::kind::Kind;
use gbsw::lang::Lang;
use gbsw::model::Period;
use gbsw::model::manifest::Calendar;
use gbsw::model::vocab::Cadence;
use gbsw::query::rec::Rec;
use gbsw::report::scope::Scope;
use gbsw::span::{Sp, Span};
use proptest::prelude::*;
use serde_json::Value as Json;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A day from `from`, up to `days` days later.
fn date_in(from: NaiveDate, days: u64) -> impl Strategy<Value = NaiveDate> {
    (0..=days).prop_map(move |n| from + Days::new(n))
}

/// Any day a ledger could hold: 1949 to 2200 (`gbsw::dates`; the years a period may name).
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let (first, last) = (gbsw::dates::FIRST, gbsw::dates::LAST);
    date_in(first, (last - first).num_days() as u64)
}

fn cadence() -> impl Strategy<Value = Cadence> {
    prop::sample::select(Cadence::ALL.to_vec())
}

fn any_period() -> impl Strategy<Value = Period> {
    let years = gbsw::dates::FIRST.year()..=gbsw::dates::LAST.year();
    (years, 0u8..4, 1u8..=12).prop_map(|(y, form, n)| match form {
        0 => Period::Year(y),
        1 => Period::Half(y, (n - 1) % 2 + 1),
        2 => Period::Quarter(y, (n - 1) % 4 + 1),
        _ => Period::Month(y, n),
    })
}

// ---------------------------------------------------------------------------------------
// Periods

proptest! {
    /// A date lies in the period `bounds` gives for it, and that period is the same whichever
    /// of its days asks: so every date is in exactly one period of the cadence. The next
    /// period starts the day after this one ends, and the one before ends the day before this
    /// one starts: no gap, no overlap.
    #[test]
    fn each_date_is_in_exactly_one_period_of_each_cadence(d in any_date(), c in cadence()) {
        let (a, b) = bounds(c, d);
        prop_assert!(a <= d && d <= b);
        prop_assert_eq!(bounds(c, a), (a, b));
        prop_assert_eq!(bounds(c, b), (a, b));
        let next = b.succ_opt().unwrap();
        prop_assert_eq!(bounds(c, next).0, next);
        let prev = a.pred_opt().unwrap();
        prop_assert_eq!(bounds(c, prev).1, prev);
        let len = (b - a).num_days() + 1;
        let expected = match c {
            Cadence::Daily => 1..=1,
            Cadence::Weekly => 7..=7,
            Cadence::Monthly => 28..=31,
            Cadence::Quarterly => 90..=92,
            Cadence::Semiannual => 181..=184,
            Cadence::Annual => 365..=366,
        };
        prop_assert!(expected.contains(&len), "{c:?} period of {len} days");
        if !matches!(c, Cadence::Daily | Cadence::Weekly) {
            prop_assert_eq!((a.year(), b.year()), (d.year(), d.year()));
        }
        if c == Cadence::Semiannual {
            let half = Period::half_of(d);
            prop_assert_eq!((half.start(), half.end()), (a, b));
        }
    }

    /// The months, quarters and halves of a year tile it: walking period by period from
    /// 1 January reaches 31 December in 12, 4 and 2 steps, and each step is the `Period` of
    /// that name.
    #[test]
    fn periods_tile_the_year(year in 1900i32..=2999) {
        for (c, n) in [
            (Cadence::Monthly, 12u8),
            (Cadence::Quarterly, 4),
            (Cadence::Semiannual, 2),
            (Cadence::Annual, 1),
        ] {
            let mut day = ymd(year, 1, 1);
            for i in 1..=n {
                let (a, b) = bounds(c, day);
                prop_assert_eq!(a, day);
                let p = match c {
                    Cadence::Monthly => Period::Month(year, i),
                    Cadence::Quarterly => Period::Quarter(year, i),
                    Cadence::Semiannual => Period::Half(year, i),
                    _ => Period::Year(year),
                };
                prop_assert_eq!((p.start(), p.end()), (a, b), "{}", p);
                day = b.succ_opt().unwrap();
            }
            prop_assert_eq!(day, ymd(year + 1, 1, 1), "{:?} does not end the year", c);
        }
    }

    /// A period holds a date exactly when the date's own year and month say so (month `m` is
    /// in quarter `(m - 1) / 3 + 1` and half `(m - 1) / 6 + 1`): an oracle from the calendar
    /// fields, not from `start` and `end`. A period prints as text that parses back to it.
    #[test]
    fn period_contains_and_round_trips(p in any_period(), d in any_date()) {
        let (y, m) = (d.year(), d.month() as u8);
        let holds = match p {
            Period::Year(py) => py == y,
            Period::Half(py, h) => py == y && h == (m - 1) / 6 + 1,
            Period::Quarter(py, q) => py == y && q == (m - 1) / 3 + 1,
            Period::Month(py, pm) => py == y && pm == m,
        };
        prop_assert_eq!(p.contains(d), holds, "{} and {}", p, d);
        prop_assert!(p.start() <= p.end());
        prop_assert_eq!(Period::parse(&p.to_string()), Some(p));
        prop_assert_eq!(Period::half_of(d), Period::Half(y, (m - 1) / 6 + 1));
    }
}

// ---------------------------------------------------------------------------------------
// Working days

/// The manifest's days over the plain calendar: a manifest working day is one; else a manifest
/// holiday is not; else what the calendar without a manifest says. (The plain calendar is
/// pinned by the State Council tables below.)
fn reference_workday(
    d: NaiveDate,
    holidays: &HashSet<NaiveDate>,
    workdays: &HashSet<NaiveDate>,
) -> bool {
    if workdays.contains(&d) {
        return true;
    }
    if holidays.contains(&d) {
        return false;
    }
    WorkCalendar::new(None).is_workday(d)
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Monday to Friday from `first` to `last`, by arithmetic: five a whole week, and the
/// remaining days counted from `first`'s weekday.
fn weekdays_by_arithmetic(first: NaiveDate, last: NaiveDate) -> i64 {
    let days = (last - first).num_days() + 1;
    let start = i64::from(first.weekday().num_days_from_monday());
    let rest = (0..days % 7).filter(|i| (start + i) % 7 < 5).count() as i64;
    days / 7 * 5 + rest
}

/// Days from ranges of (month, first day, last day) of one year.
fn days_of(year: i32, ranges: &[(u32, u32, u32)]) -> HashSet<NaiveDate> {
    ranges
        .iter()
        .flat_map(|&(m, a, b)| (a..=b).map(move |d| ymd(year, m, d)))
        .collect()
}

/// Checks the plain calendar against a State Council notice from `first` to `last`: every
/// day is a working day exactly when it is Monday to Friday and not a holiday, or a make-up
/// day; and the count of working days is the hand count `expected`, which the arithmetic
/// (weekdays, less holidays on weekdays, plus make-up days) also gives.
fn check_schedule(
    first: NaiveDate,
    last: NaiveDate,
    holidays: &HashSet<NaiveDate>,
    make_up: &HashSet<NaiveDate>,
    expected: i64,
) {
    assert!(
        make_up.iter().all(|d| is_weekend(*d)),
        "a make-up day on a weekday"
    );
    let cal = WorkCalendar::new(None);
    let mut wrong = Vec::new();
    for d in first.iter_days().take_while(|d| *d <= last) {
        let want = make_up.contains(&d) || (!is_weekend(d) && !holidays.contains(&d));
        if cal.is_workday(d) != want {
            wrong.push(d);
        }
    }
    assert_eq!(
        wrong,
        Vec::<NaiveDate>::new(),
        "days the calendar gets wrong"
    );
    let holidays_on_weekdays = holidays
        .iter()
        .filter(|d| !is_weekend(**d) && first <= **d && **d <= last)
        .count() as i64;
    let by_arithmetic =
        weekdays_by_arithmetic(first, last) - holidays_on_weekdays + make_up.len() as i64;
    assert_eq!(
        by_arithmetic, expected,
        "the arithmetic against the hand count"
    );
    assert_eq!(
        cal.workdays_between(first, last).count() as i64,
        expected,
        "working days from {first} to {last}"
    );
}

/// 2026, from the State Council's notice of 2025-11-04 (国办发明电〔2025〕7号): holidays
/// Jan 1–3, Feb 15–23, Apr 4–6, May 1–5, Jun 19–21, Sep 25–27, Oct 1–7; make-up working days
/// Jan 4 (Sun), Feb 14 (Sat), Feb 28 (Sat), May 9 (Sat), Sep 20 (Sun), Oct 10 (Sat).
/// Jan 1 to Dec 23 is 357 days, 51 whole weeks: 255 weekdays, 19 of them holidays
/// (2 + 6 + 1 + 3 + 1 + 1 + 5), plus 6 make-up days: 242 working days. The rest of the built-in
/// range (Dec 24, 25) is checked day by day too.
#[test]
fn workdays_of_2026_are_the_state_councils() {
    let holidays = days_of(
        2026,
        &[
            (1, 1, 3),
            (2, 15, 23),
            (4, 4, 6),
            (5, 1, 5),
            (6, 19, 21),
            (9, 25, 27),
            (10, 1, 7),
        ],
    );
    let make_up = days_of(
        2026,
        &[
            (1, 4, 4),
            (2, 14, 14),
            (2, 28, 28),
            (5, 9, 9),
            (9, 20, 20),
            (10, 10, 10),
        ],
    );
    assert_eq!(
        weekdays_by_arithmetic(ymd(2026, 1, 1), ymd(2026, 12, 23)),
        255
    );
    check_schedule(ymd(2026, 1, 1), ymd(2026, 12, 23), &holidays, &make_up, 242);
    check_schedule(
        ymd(2026, 12, 24),
        builtin_range().1,
        &holidays,
        &HashSet::new(),
        2,
    );
}

/// 2025, from the State Council's notice of 2024-11-12 (国办发明电〔2024〕12号): holidays Jan 1,
/// Jan 28–Feb 4, Apr 4–6, May 1–5, May 31–Jun 2, Oct 1–8; make-up working days Jan 26 (Sun),
/// Feb 8 (Sat), Apr 27 (Sun), Sep 28 (Sun), Oct 11 (Sat). The year starts on a Wednesday:
/// 52 weeks and one day, 261 weekdays; 18 holidays fall on weekdays (1 + 6 + 1 + 3 + 1 + 6);
/// with the 5 make-up days, 248 working days.
#[test]
fn workdays_of_2025_are_the_state_councils() {
    let holidays = days_of(
        2025,
        &[
            (1, 1, 1),
            (1, 28, 31),
            (2, 1, 4),
            (4, 4, 6),
            (5, 1, 5),
            (5, 31, 31),
            (6, 1, 2),
            (10, 1, 8),
        ],
    );
    let make_up = days_of(
        2025,
        &[
            (1, 26, 26),
            (2, 8, 8),
            (4, 27, 27),
            (9, 28, 28),
            (10, 11, 11),
        ],
    );
    assert_eq!(
        weekdays_by_arithmetic(ymd(2025, 1, 1), ymd(2025, 12, 31)),
        261
    );
    check_schedule(ymd(2025, 1, 1), ymd(2025, 12, 31), &holidays, &make_up, 248);
}

/// Outside the built-in data (before 2004, after 2026-12-25) a working day is Monday to
/// Friday: 2027 starts on a Friday, so 2027-01-01 counts although it will be a holiday (the
/// manifest's `[calendar]` is where it goes), and 2003 has 261 weekdays.
#[test]
fn outside_the_built_in_data_weekdays_are_working_days() {
    let cal = WorkCalendar::new(None);
    assert!(cal.is_workday(ymd(2027, 1, 1)));
    assert!(!cal.is_workday(ymd(2027, 1, 2)));
    assert!(cal.is_workday(ymd(2026, 12, 28)));
    assert_eq!(
        cal.workdays_between(ymd(2003, 1, 1), ymd(2003, 12, 31))
            .count(),
        261
    );
    assert_eq!(
        cal.workdays_between(ymd(2026, 12, 26), ymd(2027, 1, 31))
            .count(),
        25
    );
}

/// Days around the built-in range's ends, so both sides of each edge are drawn.
fn calendar_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        date_in(ymd(2003, 6, 1), 400),
        date_in(ymd(2004, 1, 1), 8400),
        date_in(ymd(2026, 9, 1), 300),
        date_in(ymd(1990, 1, 1), 20_000),
    ]
}

fn overrides() -> impl Strategy<Value = (HashSet<NaiveDate>, HashSet<NaiveDate>)> {
    (
        prop::collection::hash_set(calendar_date(), 0..6),
        prop::collection::hash_set(calendar_date(), 0..6),
    )
}

fn calendar_of(holidays: &HashSet<NaiveDate>, workdays: &HashSet<NaiveDate>) -> WorkCalendar {
    let sp = |d: &NaiveDate| Sp::new(*d, Span::default());
    WorkCalendar::new(Some(&Calendar {
        holidays: holidays.iter().map(sp).collect(),
        workdays: workdays.iter().map(sp).collect(),
    }))
}

proptest! {
    /// The manifest's `[calendar]` days override the plain calendar, working days first,
    /// on every day, inside and outside the built-in data.
    #[test]
    fn manifest_days_override_the_plain_calendar(d in calendar_date(), (h, w) in overrides()) {
        let cal = calendar_of(&h, &w);
        prop_assert_eq!(cal.is_workday(d), reference_workday(d, &h, &w), "{}", d);
        for extra in h.iter().chain(&w) {
            prop_assert_eq!(cal.is_workday(*extra), w.contains(extra), "{}", extra);
        }
        if !WorkCalendar::covers(d) {
            prop_assert_eq!(WorkCalendar::new(None).is_workday(d), !is_weekend(d));
        }
    }

    /// Counting working days between two dates, and finding the last one, agree with a
    /// day-by-day count by the reference.
    #[test]
    fn workday_counting_matches_brute_force(
        start in calendar_date(),
        len in 0u64..120,
        floor_back in 0u64..30,
        (h, w) in overrides(),
    ) {
        let cal = calendar_of(&h, &w);
        let end = start + Days::new(len);
        let brute: Vec<NaiveDate> = start
            .iter_days()
            .take_while(|d| *d <= end)
            .filter(|d| reference_workday(*d, &h, &w))
            .collect();
        prop_assert_eq!(cal.workdays_between(start, end).collect::<Vec<_>>(), brute);
        let floor = start - Days::new(floor_back);
        let last = floor
            .iter_days()
            .take_while(|d| *d <= start)
            .filter(|d| reference_workday(*d, &h, &w))
            .last();
        prop_assert_eq!(cal.last_workday(floor, start), last);
        // An empty window has no working day.
        prop_assert_eq!(cal.workdays_between(end, start.pred_opt().unwrap()).count(), 0);
    }
}

// ---------------------------------------------------------------------------------------
// Scratch ledgers for the due engine, the indicators and the round trip

struct Scratch(PathBuf);

impl Scratch {
    fn new(test: &str) -> Self {
        static N: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!(
            "gbsw-properties-{test}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn write(&self, rel: &str, text: &str) {
        let path = self.0.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

const UNITS: [&str; 3] = ["office", "finance", "center"];

const MANIFEST_UNITS: &str = r#"organization = "测试局"
[units.office]
name = "办公室"
kind = "department"
head = "王建国"
[units.finance]
name = "财务处"
kind = "department"
[units.center]
name = "服务中心"
kind = "center"
since = 2024-03-01
"#;

/// Days of the generated ledgers: 2024-01-01 plus up to ~2.5 years.
fn ledger_day() -> impl Strategy<Value = NaiveDate> {
    date_in(ymd(2024, 1, 1), 900)
}

#[derive(Debug, Clone)]
struct GenRect {
    unit: usize,
    found: NaiveDate,
    due_after: u64,
    /// Days after `found` it was completed, if it was.
    completed_after: Option<u64>,
    major: bool,
    report: bool,
    /// (days after found, passed)
    rechecks: Vec<(u64, bool)>,
}

fn gen_rect() -> impl Strategy<Value = GenRect> {
    (
        0..UNITS.len(),
        ledger_day(),
        0u64..60,
        prop::option::of(0u64..90),
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec((0u64..120, any::<bool>()), 0..3),
    )
        .prop_map(
            |(unit, found, due_after, completed_after, major, report, rechecks)| GenRect {
                unit,
                found,
                due_after,
                completed_after,
                major,
                report,
                rechecks,
            },
        )
}

#[derive(Debug, Clone)]
struct GenCheck {
    unit: usize,
    date: NaiveDate,
    type_: usize,
    /// Item results: 0 conform, 1 partial, 2 nonconform.
    items: Vec<(usize, u8)>,
}

const CHECK_TYPES: [&str; 3] = ["self", "spot", "mutual"];
const ITEMS: [&str; 4] = ["preparation", "training", "rules", "execution"];
const RESULTS: [&str; 3] = ["conform", "partial", "nonconform"];

fn gen_check() -> impl Strategy<Value = GenCheck> {
    (
        0..UNITS.len(),
        ledger_day(),
        0..CHECK_TYPES.len(),
        prop::collection::vec((0..ITEMS.len(), 0u8..3), 0..4),
    )
        .prop_map(|(unit, date, type_, items)| GenCheck {
            unit,
            date,
            type_,
            items,
        })
}

/// A plan activity: due this many days after the plan's start, done this many days after
/// its due date (if it was).
type Activity = (u64, Option<u64>);

#[derive(Debug, Clone)]
struct GenLedger {
    schedules: Vec<(Cadence, usize, Vec<usize>)>,
    checks: Vec<GenCheck>,
    rects: Vec<GenRect>,
    /// (effective, review cycle years, review dates as days after effective, own/national)
    standards: Vec<(NaiveDate, u8, Vec<u64>, bool)>,
    /// (plan start, activities: (due, days after start; done, days after due))
    plans: Vec<(NaiveDate, Vec<Activity>)>,
    /// (unit, half year, submitted)
    submissions: Vec<(usize, Period, NaiveDate)>,
    /// (unit, date, assessed, passed)
    trainings: Vec<(usize, NaiveDate, u32, u32)>,
}

fn gen_ledger() -> impl Strategy<Value = GenLedger> {
    (
        prop::collection::vec(
            (
                prop::sample::select(vec![
                    Cadence::Weekly,
                    Cadence::Monthly,
                    Cadence::Quarterly,
                    Cadence::Semiannual,
                    Cadence::Annual,
                    Cadence::Daily,
                ]),
                0..CHECK_TYPES.len(),
                prop::sample::subsequence(vec![0usize, 1, 2], 1..=3),
            ),
            0..3,
        ),
        prop::collection::vec(gen_check(), 0..8),
        prop::collection::vec(gen_rect(), 0..4),
        prop::collection::vec(
            (
                date_in(ymd(2016, 1, 1), 3600),
                1u8..=6,
                prop::collection::vec(0u64..3000, 0..2),
                any::<bool>(),
            ),
            0..3,
        ),
        prop::collection::vec(
            (
                ledger_day(),
                prop::collection::vec((0u64..200, prop::option::of(0u64..60)), 0..4),
            ),
            0..2,
        ),
        prop::collection::vec(
            (0..UNITS.len(), any::<bool>(), 2024i32..=2026, ledger_day()),
            0..3,
        ),
        prop::collection::vec((0..UNITS.len(), ledger_day(), 0u32..50, 0u32..50), 0..3),
    )
        .prop_map(
            |(schedules, checks, rects, standards, plans, subs, trainings)| GenLedger {
                schedules,
                checks,
                rects,
                standards,
                plans,
                submissions: subs
                    .into_iter()
                    .map(|(u, h1, y, d)| (u, Period::Half(y, if h1 { 1 } else { 2 }), d))
                    .collect(),
                trainings,
            },
        )
}

impl GenLedger {
    /// The latest date anywhere in the ledger.
    fn last_date(&self) -> NaiveDate {
        let mut all = vec![ymd(2024, 1, 1)];
        all.extend(self.checks.iter().map(|c| c.date));
        for r in &self.rects {
            all.push(r.found);
            all.extend(r.completed_after.map(|n| r.found + Days::new(n)));
            all.extend(r.rechecks.iter().map(|(n, _)| r.found + Days::new(*n)));
        }
        for (eff, _, reviews, _) in &self.standards {
            all.push(*eff);
            all.extend(reviews.iter().map(|n| *eff + Days::new(*n)));
        }
        for (start, acts) in &self.plans {
            all.push(*start);
            for (due, done) in acts {
                all.extend(done.map(|d| *start + Days::new(*due + d)));
            }
        }
        all.extend(self.submissions.iter().map(|s| s.2));
        all.extend(self.trainings.iter().map(|t| t.1));
        all.into_iter().max().unwrap()
    }

    fn write(&self, s: &Scratch) {
        let mut m = MANIFEST_UNITS.to_owned();
        for (i, (cadence, t, units)) in self.schedules.iter().enumerate() {
            let units: Vec<String> = units.iter().map(|u| format!("\"{}\"", UNITS[*u])).collect();
            write!(
                m,
                "[[schedules]]\nid = \"S{i}\"\ntype = \"{}\"\ncadence = \"{}\"\nunits = [{}]\n",
                CHECK_TYPES[*t],
                cadence.key(),
                units.join(", ")
            )
            .unwrap();
        }
        s.write("gbsw.toml", &m);
        let mut t = String::new();
        for (i, (eff, cycle, reviews, own)) in self.standards.iter().enumerate() {
            write!(
                t,
                "[[standards]]\nid = \"STD-{i}\"\ntitle = \"标准{i}\"\ncategory = \"service\"\nstatus = \"in-force\"\nowner = \"{}\"\neffective = {eff}\nreview_cycle_years = {cycle}\norigin = \"{}\"\n\n",
                UNITS[i % UNITS.len()],
                if *own { "own" } else { "national" }
            )
            .unwrap();
            let _ = reviews;
        }
        write_nonempty(s, "standards/all.toml", &t);
        let mut t = String::new();
        for (i, (eff, _, reviews, _)) in self.standards.iter().enumerate() {
            for (j, n) in reviews.iter().enumerate() {
                write!(
                    t,
                    "[[reviews]]\nid = \"REV-{i}-{j}\"\nstandard = \"STD-{i}\"\ndate = {}\ndecision = \"continue\"\n\n",
                    *eff + Days::new(*n)
                )
                .unwrap();
            }
        }
        write_nonempty(s, "reviews/all.toml", &t);
        let mut t = String::new();
        for (i, c) in self.checks.iter().enumerate() {
            write_check(&mut t, &format!("CHK-{i}"), c);
        }
        write_nonempty(s, "checks/all.toml", &t);
        let mut t = String::new();
        for (i, r) in self.rects.iter().enumerate() {
            write!(
                t,
                "[[rectifications]]\nid = \"NC-{i}\"\nunit = \"{}\"\nfound = {}\ndescription = \"问题{i}\"\ndue = {}\nseverity = \"{}\"\n",
                UNITS[r.unit],
                r.found,
                r.found + Days::new(r.due_after),
                if r.major { "major" } else { "minor" }
            )
            .unwrap();
            if let Some(n) = r.completed_after {
                writeln!(t, "completed = {}", r.found + Days::new(n)).unwrap();
            }
            if r.report {
                t.push_str("report = \"reports/x.md\"\n");
            }
            for (n, pass) in &r.rechecks {
                write!(
                    t,
                    "[[rectifications.rechecks]]\ndate = {}\nby = \"李四\"\nresult = \"{}\"\n",
                    r.found + Days::new(*n),
                    if *pass { "pass" } else { "fail" }
                )
                .unwrap();
            }
            t.push('\n');
        }
        write_nonempty(s, "rectifications/all.toml", &t);
        let mut t = String::new();
        for (i, (start, acts)) in self.plans.iter().enumerate() {
            write!(
                t,
                "[[plans]]\nid = \"PLAN-{i}\"\nstandards = [\"STD-0\"]\nowner = \"office\"\nstart = {start}\n"
            )
            .unwrap();
            for (j, (due, done)) in acts.iter().enumerate() {
                let due_day = *start + Days::new(*due);
                write!(
                    t,
                    "[[plans.activities]]\nstep = {}\nactivity = \"活动{j}\"\ndue = {due_day}\n",
                    j + 1
                )
                .unwrap();
                if let Some(d) = done {
                    writeln!(t, "done = {}", due_day + Days::new(*d)).unwrap();
                }
            }
            t.push('\n');
        }
        write_nonempty(s, "plans/all.toml", &t);
        let mut t = String::new();
        for (i, (u, p, d)) in self.submissions.iter().enumerate() {
            write!(
                t,
                "[[submissions]]\nid = \"SUB-{i}\"\nperiod = \"{p}\"\nunit = \"{}\"\nsubmitted = {d}\n\n",
                UNITS[*u]
            )
            .unwrap();
        }
        write_nonempty(s, "submissions/all.toml", &t);
        let mut t = String::new();
        for (i, (u, d, assessed, passed)) in self.trainings.iter().enumerate() {
            // Counts as the count-mismatch rule wants them: passed <= assessed.
            let (assessed, passed) = (assessed.max(passed), assessed.min(passed));
            write!(
                t,
                "[[trainings]]\nid = \"TR-{i}\"\ndate = {d}\nunit = \"{}\"\nattendees = {assessed}\nassessed = {assessed}\npassed = {passed}\n\n",
                UNITS[*u]
            )
            .unwrap();
        }
        write_nonempty(s, "trainings/all.toml", &t);
    }
}

/// A kind's file, only when it holds records (an empty record file is an error).
fn write_nonempty(s: &Scratch, rel: &str, text: &str) {
    if !text.is_empty() {
        s.write(rel, text);
    }
}

fn write_check(t: &mut String, id: &str, c: &GenCheck) {
    let worst = c.items.iter().map(|(_, r)| *r).max().unwrap_or(0);
    write!(
        t,
        "[[checks]]\nid = \"{id}\"\ndate = {}\nunit = \"{}\"\ninspectors = [\"张三\"]\ntype = \"{}\"\nconclusion = \"{}\"\n",
        c.date,
        UNITS[c.unit],
        CHECK_TYPES[c.type_],
        RESULTS[usize::from(worst)]
    )
    .unwrap();
    for (item, result) in &c.items {
        write!(
            t,
            "[[checks.items]]\nitem = \"{}\"\nresult = \"{}\"\n",
            ITEMS[*item],
            RESULTS[usize::from(*result)]
        )
        .unwrap();
    }
    t.push('\n');
}

fn load(s: &Scratch) -> gbsw::load::Loaded {
    let loaded = gbsw::load::load(s.path());
    assert!(
        loaded.diagnostics.is_empty(),
        "the generated ledger does not load cleanly: {:?}",
        loaded.diagnostics
    );
    loaded
}

fn due_map(ledger: &gbsw::ledger::Ledger, as_of: NaiveDate) -> BTreeMap<String, NaiveDate> {
    gbsw::due::due(ledger, as_of)
        .into_iter()
        .map(|i| (i.uid, i.due))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// A rectification completed on or before its due date is never overdue, whatever the
    /// as-of date: its status is never `overdue` and no `rectification/…` item of it has
    /// negative days left.
    #[test]
    fn rectification_completed_on_time_is_never_overdue(
        mut g in gen_ledger(),
        mut r in gen_rect(),
        early in 0u64..60,
        as_of in date_in(ymd(2023, 12, 1), 1100),
    ) {
        r.completed_after = Some(r.due_after.saturating_sub(early));
        g.rects.push(r);
        let s = Scratch::new("on-time");
        g.write(&s);
        let loaded = load(&s);
        let id = format!("NC-{}", g.rects.len() - 1);
        let n = loaded.ledger.rectifications.iter().find(|n| n.id.value.as_str() == id).unwrap();
        prop_assert_ne!(n.status(as_of), gbsw::model::vocab::RectificationStatus::Overdue);
        let items = gbsw::due::due(&loaded.ledger, as_of);
        let uid = format!("rectification/{id}");
        for i in items.iter().filter(|i| i.uid == uid) {
            prop_assert!(!i.is_overdue(), "{} overdue by {} days on {}", uid, -i.days_left, as_of);
        }
    }

    /// With every record of the ledger dated on or before the first as-of date, moving the
    /// as-of date forward never moves a deadline: each item found on both dates is due on the
    /// same day, and an item overdue on the first date is still listed on the second, unless
    /// its due date falls out of the due engine's look-back (`due::duties::LOOKBACK_MONTHS`
    /// before the as-of date). (How many days are left is pinned by hand-computed cases in
    /// tests/due.rs.)
    #[test]
    fn moving_as_of_forward_never_makes_an_item_less_overdue(
        g in gen_ledger(),
        after in 0u64..400,
        step in 1u64..400,
    ) {
        let s = Scratch::new("monotone");
        g.write(&s);
        let loaded = load(&s);
        let first = g.last_date() + Days::new(after);
        let second = first + Days::new(step);
        let before = due_map(&loaded.ledger, first);
        let later = due_map(&loaded.ledger, second);
        for (uid, due) in &before {
            if let Some(now) = later.get(uid) {
                prop_assert_eq!(now, due, "{} due on {} as of {}, on {} as of {}", uid, due, first, now, second);
            } else if *due < first {
                // An overdue item only goes away when something is done, and nothing
                // happens after the last record: it must still be there, unless it is now
                // older than the look-back.
                let window = second
                    - chrono::Months::new(gbsw::due::duties::LOOKBACK_MONTHS);
                prop_assert!(*due < window, "{} was overdue on {} and vanished by {}", uid, first, second);
            }
        }
    }

    /// Every rate of the indicators is a share of its records: within 0..=1, its numerator
    /// a subset of its denominator; the training pass rate too.
    #[test]
    fn indicator_rates_stay_within_0_and_1(
        g in gen_ledger(),
        as_of in date_in(ymd(2024, 1, 1), 1000),
        unit in prop::option::of(0..UNITS.len()),
    ) {
        let s = Scratch::new("rates");
        g.write(&s);
        let loaded = load(&s);
        let scope = Scope {
            period: Period::half_of(as_of),
            unit: unit.map(|u| gbsw::model::Id(UNITS[u].to_owned())),
            category: None,
            as_of,
        };
        let ind = gbsw::report::indicators::compute(&loaded.ledger, &scope);
        let mut rates = vec![
            ("implementation", &ind.implementation),
            ("duty_completion", &ind.duty_completion),
            ("conformity", &ind.conformity),
            ("completion", &ind.nonconformities.completion),
            ("closure", &ind.nonconformities.closure),
            ("on_time", &ind.nonconformities.on_time),
        ];
        rates.extend(ind.conformity_by_item.iter().map(|(k, r)| (*k, r)));
        for (name, r) in rates {
            if let Some(v) = r.value() {
                prop_assert!((0.0..=1.0).contains(&v), "{} = {}", name, v);
            }
            // A fulfilled duty is counted as `duty=CHK-…`, naming the check that fulfilled it.
            let den: HashSet<&str> = r.den.iter().map(String::as_str).collect();
            prop_assert!(
                r.num.iter().all(|x| den.contains(x.split('=').next().unwrap_or(x))),
                "{}: {:?} not within {:?}", name, r.num, r.den
            );
        }
        if let Some(v) = ind.trainings.pass_rate {
            prop_assert!((0.0..=1.0).contains(&v), "pass rate {}", v);
        }
    }

    /// Adding a check whose every item conforms never lowers the conformity rate of the half
    /// year it falls in.
    #[test]
    fn a_conforming_check_never_lowers_conformity(
        g in gen_ledger(),
        extra in gen_check(),
        as_of_after in 0u64..200,
    ) {
        let mut extra = extra;
        for item in &mut extra.items {
            item.1 = 0;
        }
        let as_of = extra.date.max(g.last_date()) + Days::new(as_of_after);
        let scope = Scope {
            period: Period::half_of(extra.date),
            unit: None,
            category: None,
            as_of,
        };
        let s = Scratch::new("conformity");
        g.write(&s);
        let before = gbsw::report::indicators::compute(&load(&s).ledger, &scope).conformity;
        let mut text = fs::read_to_string(s.path().join("checks/all.toml")).unwrap_or_default();
        write_check(&mut text, "CHK-EXTRA", &extra);
        s.write("checks/all.toml", &text);
        let after = gbsw::report::indicators::compute(&load(&s).ledger, &scope).conformity;
        match (before.value(), after.value()) {
            (Some(b), Some(a)) => prop_assert!(a >= b, "conformity fell from {} to {}", b, a),
            (Some(_), None) => prop_assert!(false, "conformity vanished"),
            _ => {}
        }
    }
}

// ---------------------------------------------------------------------------------------
// Round trip: what `gbsw new` writes reads back as the same values

/// Whether a record field holds ids (so generated text must be a valid id).
fn id_fields(kind: Kind) -> HashSet<String> {
    let name = format!("{}.schema.json", kind.key());
    let (_, text) = gbsw::schema::all()
        .into_iter()
        .find(|(n, _)| *n == name)
        .unwrap();
    let schema: Json = serde_json::from_str(&text).unwrap();
    let title = schema
        .pointer("/else/$ref")
        .and_then(Json::as_str)
        .and_then(|r| r.rsplit('/').next())
        .unwrap()
        .to_owned();
    let props = schema
        .pointer(&format!("/definitions/{title}/properties"))
        .and_then(Json::as_object)
        .unwrap();
    props
        .iter()
        .filter(|(_, p)| p.to_string().contains("#/definitions/Id\""))
        .map(|(k, _)| k.clone())
        .collect()
}

/// The allowed range of the numbers of a field, where the decoder sets one.
fn number_range(name: &str) -> (f64, f64) {
    match name {
        "round" => (1.0, 99.0),
        "review_cycle_years" => (1.0, 10.0),
        "attendees" | "assessed" | "passed" => (0.0, 1_000_000.0),
        "hours" => (0.0, 1000.0),
        "score" | "satisfaction" => (0.0, 100.0),
        "step" => (1.0, 6.0),
        "population" | "sample_size" => (1.0, 10_000_000.0),
        // Unbounded: huge numbers must be written so that they read back (a float, not a
        // 20-digit integer TOML cannot hold).
        "budget_yuan" => (0.0, 1e300),
        _ => (0.0, 1e12),
    }
}

fn id_value() -> impl Strategy<Value = String> {
    "[A-Za-z0-9][A-Za-z0-9._-]{0,20}"
}

/// Text a clerk might type: any characters but NUL (which makes a file binary), including
/// quotes, backslashes, line breaks, Chinese, emoji and TOML/YAML syntax.
fn text_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[^\u{0}]{0,24}",
        "[ -~]{0,24}",
        "[\u{4e00}-\u{9fff}，。、“”]{1,12}",
        prop::sample::select(vec![
            "".to_owned(),
            " 前后有空格 ".to_owned(),
            "a\"b'c\\d".to_owned(),
            "line1\nline2\r\nline3".to_owned(),
            "# not a comment".to_owned(),
            "key: value".to_owned(),
            "[[checks]]".to_owned(),
            "- item".to_owned(),
            "null".to_owned(),
            "true".to_owned(),
            "2026-06-20".to_owned(),
            "'''".to_owned(),
            "\"\"\"".to_owned(),
            "\u{7f}\u{85}\u{2028}\u{feff}".to_owned(),
        ]),
    ]
}

fn value_for(name: &str, ty: &FieldType, is_id: bool) -> BoxedStrategy<WValue> {
    match ty {
        FieldType::Text if is_id => id_value().prop_map(WValue::Str).boxed(),
        FieldType::Text => text_value().prop_map(WValue::Str).boxed(),
        FieldType::Date => date_in(ymd(1990, 1, 1), 20_000)
            .prop_map(WValue::Date)
            .boxed(),
        FieldType::Integer => {
            let (lo, hi) = number_range(name);
            (lo as i64..=hi as i64).prop_map(WValue::Int).boxed()
        }
        FieldType::Number => {
            let (lo, hi) = number_range(name);
            prop_oneof![
                (lo..=hi).prop_map(WValue::Num),
                (lo as i64..=hi.min(1e9) as i64).prop_map(|i| WValue::Num(i as f64)),
            ]
            .boxed()
        }
        FieldType::Bool => any::<bool>().prop_map(WValue::Bool).boxed(),
        FieldType::Choice(values) => prop::sample::select(values.clone())
            .prop_map(WValue::Str)
            .boxed(),
        FieldType::Period => any_period()
            .prop_map(|p| WValue::Str(p.to_string()))
            .boxed(),
        FieldType::List(inner) => prop::collection::vec(value_for(name, inner, is_id), 0..3)
            .prop_map(WValue::List)
            .boxed(),
        FieldType::Tables(_) => Just(WValue::List(Vec::new())).boxed(),
    }
}

/// A draft of a kind: every required field, each optional one half the time.
fn draft_of(kind: Kind) -> BoxedStrategy<Draft> {
    let ids = id_fields(kind);
    let mut parts: Vec<BoxedStrategy<Option<(&'static str, WValue)>>> = Vec::new();
    for f in fields(kind) {
        if matches!(f.ty, FieldType::Tables(_)) {
            continue;
        }
        let mut ty = f.ty.clone();
        // A submission's period must be a half year.
        if kind == Kind::Submission && f.name == "period" {
            parts.push(
                (2000i32..2100, 1u8..=2)
                    .prop_map(|(y, h)| {
                        Some(("period", WValue::Str(Period::Half(y, h).to_string())))
                    })
                    .boxed(),
            );
            continue;
        }
        if f.name == "review_cycle_years" {
            ty = FieldType::Integer;
        }
        let name = f.name;
        let v = value_for(name, &ty, ids.contains(name));
        parts.push(if f.required {
            v.prop_map(move |v| Some((name, v))).boxed()
        } else {
            prop::option::of(v)
                .prop_map(move |v| v.map(|v| (name, v)))
                .boxed()
        });
    }
    (parts, id_value())
        .prop_map(move |(values, id)| {
            let mut d = Draft::new(kind);
            for (name, v) in values.into_iter().flatten() {
                d.set(name, v);
            }
            d.set("id", WValue::Str(id));
            d
        })
        .boxed()
}

/// What a written value reads back as, in the record's JSON: enumerations as their English
/// key, whichever spelling was written.
fn expected(v: &WValue, choices: Option<&[String]>) -> Json {
    match v {
        WValue::Str(s) => match choices {
            Some(values) => {
                let half = values.len() / 2;
                let i = values.iter().position(|x| x == s).unwrap();
                Json::String(values[i % half].clone())
            }
            None => Json::String(s.clone()),
        },
        WValue::Date(d) => Json::String(d.to_string()),
        WValue::Int(i) => Json::from(*i),
        WValue::Num(n) => Json::from(*n),
        WValue::Bool(b) => Json::Bool(*b),
        WValue::List(items) => Json::Array(items.iter().map(|i| expected(i, choices)).collect()),
    }
}

fn same_number(a: &Json, b: &Json) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

fn kind_and_draft() -> impl Strategy<Value = (Draft, FileFormat, Lang)> {
    prop::sample::select(Kind::ALL.to_vec())
        .prop_flat_map(draft_of)
        .prop_flat_map(|d| {
            (
                Just(d),
                prop::sample::select(vec![FileFormat::Toml, FileFormat::Yaml]),
                prop::sample::select(vec![Lang::Zh, Lang::En]),
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// A record written the way `gbsw new` writes it (`author::record::render` of a draft),
    /// in TOML or YAML, reads back (`parse::parse`, then `load::load`) with no diagnostic (but
    /// the warning about control characters) and every value it was given.
    #[test]
    fn a_written_record_reads_back_the_same((draft, format, lang) in kind_and_draft()) {
        let kind = draft.kind;
        let text = render(&draft, format, lang, Some("../schemas/x.schema.json"));
        let parse_format = match format {
            FileFormat::Toml => gbsw::parse::Format::Toml,
            FileFormat::Yaml => gbsw::parse::Format::Yaml,
        };
        prop_assert!(gbsw::parse::parse(&text, parse_format).is_ok(), "does not parse:\n{}", text);
        let s = Scratch::new("round-trip");
        s.write("gbsw.toml", MANIFEST_UNITS);
        s.write(&format!("{}/R.{}", kind.folder(), format.extension()), &text);
        let loaded = gbsw::load::load(s.path());
        // Text with a control character reads back too; `check` warns about it, by design.
        let problems: Vec<_> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.code.name() != "control-character")
            .collect();
        prop_assert!(problems.is_empty(), "{:?}\n{}", problems, text);
        let Some(WValue::Str(id)) = draft.get("id") else { unreachable!() };
        let rec = Rec::find(&loaded.ledger, id);
        prop_assert!(rec.is_some(), "record {} not found in\n{}", id, text);
        let json = rec.unwrap().to_json();
        let all = fields(kind);
        for (name, v) in &draft.values {
            let f = all.iter().find(|f| f.name == *name).unwrap();
            let choices = match &f.ty {
                FieldType::Choice(c) => Some(c.as_slice()),
                FieldType::List(inner) => match inner.as_ref() {
                    FieldType::Choice(c) => Some(c.as_slice()),
                    _ => None,
                },
                _ => None,
            };
            let want = expected(v, choices);
            let got = json.get(*name).cloned().unwrap_or(Json::Null);
            let same = match (&want, &got) {
                (Json::Array(a), Json::Array(b)) => {
                    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_number(x, y))
                }
                _ => same_number(&want, &got),
            };
            prop_assert!(same, "{}: wrote {:?}, read {}\n{}", name, v, got, text);
        }
    }
}
