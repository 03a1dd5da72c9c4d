//! Far dates: `gbsw due --as-of 9999-12-31` ran out of memory walking eight millennia of
//! daily duties, and a record dated 1026 made `due` walk ten centuries. Dates are now held to
//! 1949-01-01..=2200-12-31 (an `--as-of` outside exits 2, a record date outside is a
//! `bad-date` diagnostic and drives nothing), and `due` looks back two years at most.

use super::{Scratch, stderr, stdout};

#[test]
fn as_of_past_2200_is_refused_with_the_range() {
    let s = Scratch::example("dates-as-of-far");
    for args in [
        &["status", "--as-of", "9999-12-31"][..],
        &["due", "--as-of", "9999-12-31"],
        &["check", "--as-of", "2201-01-01"],
    ] {
        let o = s.gbsw(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&o), "", "{args:?}");
        let date = args[2];
        assert_eq!(
            stderr(&o),
            format!(
                "gbsw: --as-of 的日期 {date} 超出允许的范围（1949-01-01 至 2200-12-31）：请给出这个范围内的日期，或去掉 --as-of 以今天为准\n"
            ),
            "{args:?}"
        );
    }
    let o = s.gbsw(&["due", "--as-of", "9999-12-31", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "gbsw: --as-of 9999-12-31 is outside the dates gbsw accepts (1949-01-01 to 2200-12-31): give a date in that range, or leave out --as-of to use today\n"
    );
    let o = s.gbsw(&["status", "--as-of", "1948-12-31", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "gbsw: --as-of 1948-12-31 is outside the dates gbsw accepts (1949-01-01 to 2200-12-31): give a date in that range, or leave out --as-of to use today\n"
    );
}

#[test]
fn a_period_past_2200_is_refused_with_the_range() {
    let s = Scratch::example("dates-period-far");
    let o = s.gbsw(&["status", "--period", "2999H1", "--as-of", "2026-06-25"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "error: invalid value '2999H1' for '--period <PERIOD>': `2999H1`：年份须在 1949 至 2200 之间 / the year must be from 1949 to 2200\n\nFor more information, try '--help'.\n"
    );
}

#[test]
fn a_record_dated_1026_is_a_bad_date_and_drives_nothing() {
    let s = Scratch::example("dates-record-1026");
    s.edit(
        "checks/2026/03/CHK-2026-012.yaml",
        "date: 2026-03-18",
        "date: 1026-01-01",
    );
    let o = s.gbsw(&["check", "--as-of", "2026-06-25"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "checks/2026/03/CHK-2026-012.yaml:3:7: 错误[bad-date]: `date` 的日期 `1026-01-01` 超出允许的范围（1949-01-01 至 2200-12-31）
  |
3 | date: 1026-01-01
  |       ^^^^^^^^^^
  |
  = 提示: 检查年份是否写错；台账只接受 1949-01-01 至 2200-12-31 之间的日期

已检查 117 个文件、166 条记录：1 个错误，0 个警告。
"
    );
    let o = s.gbsw(&["check", "--as-of", "2026-06-25", "--lang", "en"]);
    assert!(stdout(&o).starts_with(
        "checks/2026/03/CHK-2026-012.yaml:3:7: error[bad-date]: `date`: `1026-01-01` is outside the dates gbsw accepts (1949-01-01 to 2200-12-31)\n"
    ));
    assert!(stdout(&o).contains(
        "  = help: check the year for a typo: a ledger takes dates from 1949-01-01 to 2200-12-31 only\n"
    ));
    // The broken record is left out, so the due list does not start in 1026.
    let o = s.gbsw(&["due", "--as-of", "2026-06-25", "--format", "csv"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o)
            .lines()
            .skip(1)
            .all(|l| l.as_bytes().get(..2) == Some(b"20")),
        "{}",
        stdout(&o)
    );
}

/// A date in the manifest's own lists (the working-day calendar) is held to the range too.
#[test]
fn a_calendar_override_past_2200_is_a_bad_date() {
    let s = Scratch::new("dates-calendar");
    s.write(
        "gbsw.toml",
        "organization = \"测试局\"\n\n[calendar]\nholidays = [2026-10-08, 2999-01-01]\n",
    );
    let o = s.gbsw(&["check", "--as-of", "2026-06-25", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "gbsw.toml:4:25: error[bad-date]: `calendar.holidays[2]`: `2999-01-01` is outside the dates gbsw accepts (1949-01-01 to 2200-12-31)
  |
4 | holidays = [2026-10-08, 2999-01-01]
  |                         ^^^^^^^^^^
  |
  = help: check the year for a typo: a ledger takes dates from 1949-01-01 to 2200-12-31 only

checked 1 file, 0 records: 1 error, 0 warnings.
"
    );
}

/// The far end of the range: ledger-example as of 2200-12-31 answers, with check duties and
/// reports owed over the last two years only (not 175 years of them).
#[test]
fn due_as_of_2200_on_the_example_is_bounded() {
    let s = Scratch::example("dates-due-2200");
    let o = s.gbsw(&["due", "--as-of", "2200-12-31", "--format", "csv"]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "gbsw: 注意：定期检查和半年报告只列出 2198-12-31 以后到期的（近两年）；更早未履行的不再列出。\ngbsw: 注意：内置的国务院节假日安排只到 2026-12-25，之后的日期只按周末计算；请在 gbsw.toml 的 [calendar] 中补充节假日和调休上班日。\n"
    );
    let out = stdout(&o);
    let kinds = |kind: &str| {
        out.lines()
            .filter(|l| l.split(',').nth(2) == Some(kind))
            .collect::<Vec<_>>()
    };
    let duties = kinds("check-duty");
    let submissions = kinds("submission");
    assert_eq!((duties.len(), submissions.len()), (3258, 40));
    assert!(
        duties
            .iter()
            .chain(&submissions)
            .all(|l| l >= &"2198-12-31"),
        "{}",
        duties.first().unwrap()
    );
    for format in ["table", "json", "ics"] {
        let o = s.gbsw(&["due", "--as-of", "2200-12-31", "--format", format]);
        assert!(matches!(o.status.code(), Some(0 | 1)), "{format}");
    }
    let o = s.gbsw(&["status", "--as-of", "2200-12-31"]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
}

/// A weekly duty owed since the first day of the range: the due list holds two years of its
/// weeks as of the last day of the range, not 13 138.
#[test]
fn a_weekly_duty_from_1949_to_2200_is_bounded() {
    let s = Scratch::new("dates-weekly-1949");
    s.write(
        "gbsw.toml",
        "organization = \"测试局\"\n\n[units.office]\nname = \"办公室\"\nkind = \"department\"\n\n[[schedules]]\nid = \"weekly-self\"\ntype = \"self\"\ncadence = \"weekly\"\nunits = [\"office\"]\nstart = 1949-01-01\n\n[check]\nallow = [\"no-check-duty\"]\n",
    );
    s.write(
        "checks/CHK-1.toml",
        "id = \"CHK-1\"\ndate = 1949-01-03\nunit = \"office\"\ninspectors = [\"王\"]\ntype = \"self\"\nschedule = \"weekly-self\"\nconclusion = \"conform\"\n",
    );
    let o = s.gbsw(&["check", "--as-of", "2200-12-31"]);
    assert_eq!(stdout(&o), "已检查 2 个文件、1 条记录：没有发现问题。\n");
    let o = s.gbsw(&["due", "--as-of", "2200-12-31", "--format", "csv"]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    let out = stdout(&o);
    let weeks: Vec<&str> = out.lines().skip(1).collect();
    // From the week holding 2198-12-31 (2199-W01) to the one holding 2200-12-31 (2201-W01).
    assert_eq!(weeks.len(), 105, "{out}");
    assert!(
        weeks[0].ends_with(",duty/weekly-self/office/2199-W01"),
        "{}",
        weeks[0]
    );
    assert!(
        weeks[104].ends_with(",duty/weekly-self/office/2201-W01"),
        "{}",
        weeks[104]
    );
}
