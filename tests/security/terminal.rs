//! Terminal injection: escape sequences (ESC, OSC, BEL, C1 controls) and bidirectional
//! overrides in ledger values and file names are shown escaped (`\u001b`) by every command,
//! a file name cannot forge a line of output, and `check` warns about such values.

use std::process::Output;

use super::{Scratch, stderr, stdout};

/// What must never reach a terminal raw.
const RAW: [char; 5] = ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\u{2066}'];

fn assert_escaped(o: &Output, what: &str) {
    for text in [stdout(o), stderr(o)] {
        if let Some(c) = text.chars().find(|c| RAW.contains(c)) {
            panic!(
                "{what}: U+{:04X} reached the terminal raw:\n{text}",
                u32::from(c)
            );
        }
    }
}

/// ledger-example with escape sequences in a unit's name, a standard's title and a check's
/// inspectors (TOML escapes, so the file itself is plain text).
fn poisoned(test: &str) -> Scratch {
    let s = Scratch::example(test);
    s.edit(
        "gbsw.toml",
        "name = \"常州市市级机关服务中心\"",
        "name = \"\\u001b]0;pwned\\u0007服务中心\\u009b2J\"",
    );
    s.edit(
        "standards/service/STD-FW-001.toml",
        "title = \"机关会议服务规范\"",
        "title = \"机关会议\\u202e范规务服\\u2066\"",
    );
    s.edit(
        "checks/2026/01/CHK-2026-001.toml",
        "inspectors = [\"刘敏\", \"何佳怡\"]",
        "inspectors = [\"\\u001b[2J\\u001b[H刘敏\", \"何佳怡\"]",
    );
    s
}

#[test]
fn no_command_prints_a_control_character_raw() {
    let s = poisoned("terminal");
    let as_of = "--as-of=2026-06-20";
    for args in [
        &["check", as_of][..],
        &["check", as_of, "--format", "github"],
        &["check", as_of, "--format", "json"],
        &["check", as_of, "--format", "sarif"],
        &["show", "STD-FW-001", as_of],
        &["show", "CHK-2026-001", as_of],
        &["show", "CHK-2026-001", as_of, "--format", "json"],
        &["list", "standards", as_of],
        &["list", "checks", as_of, "--format", "csv"],
        &["due", as_of],
        &["due", as_of, "--format", "ics"],
        &["due", as_of, "--format", "json"],
        &["status", as_of],
        &["form", "CHK-2026-001"],
        &["form", "PLAN-2020-FW-01"],
        &["report", "semiannual", as_of],
        &["report", "checks", as_of],
        &["export", "checks", as_of],
    ] {
        let out = s.gbsw(args);
        assert_escaped(&out, &args.join(" "));
    }
    // Escaped the way JSON escapes them, so JSON output still parses to the real value.
    let out = s.gbsw(&["show", "CHK-2026-001", as_of, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(v.to_string().contains("\\u001b[2J\\u001b[H刘敏"), "{v}");
}

#[test]
fn check_warns_about_control_characters() {
    let s = poisoned("terminal-check");
    let out = s.gbsw(&["check", "--as-of=2026-06-25", "--lang", "en"]);
    let text = stdout(&out);
    let heads: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("[control-character]"))
        .collect();
    assert_eq!(
        heads,
        [
            "checks/2026/01/CHK-2026-001.toml:7:15: warning[control-character]: the value holds the invisible control character `\\u001b`, which can drive a terminal or reorder text",
            "gbsw.toml:66:8: warning[control-character]: the value holds the invisible control character `\\u001b`, which can drive a terminal or reorder text",
            "standards/service/STD-FW-001.toml:4:9: warning[control-character]: the value holds the invisible control character `\\u202e`, which can drive a terminal or reorder text",
        ]
    );
    assert_eq!(out.status.code(), Some(0), "warnings only");
}

#[test]
fn a_file_name_cannot_forge_a_diagnostic() {
    let s = Scratch::example("terminal-name");
    let forged = "x\nchecks/fake.toml:1:1: 错误[forged]: 伪造\n\u{1b}[31m.toml";
    s.write(&format!("checks/{forged}"), "id = \"CHK-X\"\n");
    // And a raw escape inside a line that is shown in a snippet.
    s.write(
        "checks/raw.toml",
        "id = \"CHK-Y\"\nrecord = \"\u{1b}]0;pwned\u{7}\"\n",
    );
    let out = s.gbsw(&["check", "--as-of=2026-06-20"]);
    assert_escaped(&out, "check");
    let text = stdout(&out);
    assert!(
        !text.lines().any(|l| l.starts_with("checks/fake.toml")),
        "{text}"
    );
    assert!(
        text.contains(
            "checks/x\\u000achecks/fake.toml:1:1: 错误[forged]: 伪造\\u000a\\u001b[31m.toml:1:1: 错误[missing-field]"
        ),
        "{text}"
    );
    assert!(
        text.contains("2 | record = \"\\u001b]0;pwned\\u0007\""),
        "{text}"
    );
}

#[test]
fn a_suggested_command_stays_one_command() {
    let s = Scratch::new("terminal-hint");
    s.write(
        "gbsw.toml",
        "organization = \"测试局\"\n\n[units.office]\nname = \"办公室\"\nkind = \"department\"\n",
    );
    // GBK bytes for 会议 in a file whose name would end the quoted word of the hint.
    s.write(
        "standards/x';touch pwned;'.toml",
        b"id = \"STD-1\"\ntitle = \"\xbb\xe1\xd2\xe9\"\n",
    );
    let out = s.gbsw(&["check", "--as-of=2026-06-25", "--lang", "en"]);
    let text = stdout(&out);
    assert!(
        text.contains(
            "iconv -f GB18030 -t UTF-8 'standards/x'\\'';touch pwned;'\\''.toml' > tmp && mv tmp 'standards/x'\\'';touch pwned;'\\''.toml'"
        ),
        "{text}"
    );
}

/// What `-o` writes holds the same escapes as stdout: the file is `cat` in a terminal too.
#[test]
fn files_written_with_o_escape_like_stdout() {
    let s = poisoned("terminal-o");
    let as_of = "--as-of=2026-06-20";
    for (args, file) in [
        (&["report", "checks", as_of, "-o", "r.md"][..], "r.md"),
        (
            &["report", "checks", as_of, "--format", "csv", "-o", "r.csv"],
            "r.csv",
        ),
        (&["form", "CHK-2026-001", "-o", "f.md"], "f.md"),
        (&["export", "checks", as_of, "-o", "e.csv"], "e.csv"),
        (&["export", "all", as_of, "-o", "all"], "all/checks.csv"),
    ] {
        let out = s.gbsw(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let text = s.read(file);
        assert!(!text.chars().any(|c| RAW.contains(&c)), "{file}:\n{text}");
        assert!(text.contains("\\u001b"), "{file}");
    }
    // The same bytes as stdout.
    let shown = stdout(&s.gbsw(&["report", "checks", as_of]));
    assert_eq!(s.read("r.md"), shown);
}
