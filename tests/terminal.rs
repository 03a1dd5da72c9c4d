//! What a user meets at the terminal and around it: the calendar file byte for byte (CRLF and
//! `\n` escapes, which trycmd's overwrite would mangle), shell completions and the man page.

use std::process::{Command, Output};

fn gbsw(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gbsw"))
        .args(args)
        .env_remove("GBSW_LEDGER")
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

const ICS_ARGS: [&str; 11] = [
    "due",
    "--ledger",
    "ledger-example",
    "--as-of",
    "2026-06-20",
    "--format",
    "ics",
    "--kind",
    "submission",
    "--unit",
    "assets",
];

#[test]
fn the_calendar_names_gbsw_and_reminds_the_day_before() {
    let out = gbsw(&ICS_ARGS);
    assert_eq!(out.status.code(), Some(0));
    let version = env!("CARGO_PKG_VERSION");
    let expected = format!(
        "BEGIN:VCALENDAR\r\n\
         VERSION:2.0\r\n\
         PRODID:-//gbsw//gbsw {version}//ZH\r\n\
         CALSCALE:GREGORIAN\r\n\
         NAME:常州市机关事务管理局 标准化工作待办\r\n\
         X-WR-CALNAME:常州市机关事务管理局 标准化工作待办\r\n\
         BEGIN:VEVENT\r\n\
         CATEGORIES:报送\r\n\
         DESCRIPTION:单位: 资产管理处\\n责任人: 吴晓东\\n记录: assets (\r\n \
         gbsw.toml:49)\r\n\
         DTEND;VALUE=DATE:20260701\r\n\
         DTSTAMP:20260620T000000Z\r\n\
         DTSTART;VALUE=DATE:20260630\r\n\
         SUMMARY:[报送] 2026H1 标准落地实施情况报告（资产管理处）\r\n\
         UID:submission/assets/2026H1@gbsw\r\n\
         BEGIN:VALARM\r\n\
         ACTION:DISPLAY\r\n\
         DESCRIPTION:[报送] 2026H1 标准落地实施情况报告（资产管理\r\n \
         处）\r\n\
         DTSTAMP:20260620T000000Z\r\n\
         TRIGGER:-P1D\r\n\
         UID:submission/assets/2026H1/alarm@gbsw\r\n\
         END:VALARM\r\n\
         END:VEVENT\r\n\
         END:VCALENDAR\r\n"
    );
    assert_eq!(stdout(&out), expected);
    // The same bytes every run: nothing in it is "now" or random.
    assert_eq!(gbsw(&ICS_ARGS).stdout, out.stdout);
}

#[test]
fn the_reminder_is_configurable_and_zero_means_none() {
    let with = |days: &str| {
        let mut args = ICS_ARGS.to_vec();
        args.extend(["--reminder", days]);
        stdout(&gbsw(&args))
    };
    let none = with("0");
    assert!(!none.contains("VALARM"), "{none}");
    assert!(none.contains("PRODID:-//gbsw//gbsw "), "{none}");
    let three = with("3");
    assert!(three.contains("\r\nTRIGGER:-P3D\r\n"), "{three}");
    let mut en = ICS_ARGS.to_vec();
    en.extend(["--lang", "en"]);
    assert!(stdout(&gbsw(&en)).contains("//EN\r\n"));
}

#[test]
fn completions_for_every_shell_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = gbsw(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let text = stdout(&out);
        for sub in [
            "check",
            "due",
            "init",
            "new",
            "report",
            "export",
            "completions",
        ] {
            assert!(text.contains(sub), "{shell} completions lack {sub}");
        }
        assert!(text.contains("lang"), "{shell} completions lack --lang");
    }
    let out = gbsw(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_man_page_renders() {
    let out = gbsw(&["man"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    // roff: clap_mangen's two-line quote set-up, then the title.
    assert!(text.contains("\n.TH gbsw 1 "), "{text}");
    assert!(text.contains(".SH SUBCOMMANDS\n"), "{text}");
    assert!(text.contains("gbsw\\-due(1)"), "{text}");
    // The pages it refers to are there too.
    let due = stdout(&gbsw(&["man", "due"]));
    assert!(due.contains("\n.TH gbsw-due 1 "), "{due}");
    assert!(due.contains("\\-\\-fail\\-on\\-overdue"), "{due}");
    assert_eq!(gbsw(&["man", "nope"]).status.code(), Some(2));
}
