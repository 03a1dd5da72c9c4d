//! Ids: a ledger can hold an id at the largest number there is, an `[ids]` pattern that
//! makes invalid ids, or a folder `gbsw new` cannot read. None of them may make `new` crash,
//! write an invalid id, or reuse an id it could not see.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use super::{Scratch, stderr, stdout};

const AS_OF: &str = "2026-06-30";

fn status(o: &Output) -> Option<i32> {
    o.status.code()
}

#[test]
fn an_id_at_the_largest_number_is_a_clear_error_not_a_wrap() {
    let s = Scratch::example("ids-max");
    let top = "CHK-2026-18446744073709551615";
    let text = s
        .read("checks/2026/06/CHK-2026-033.toml")
        .replace("CHK-2026-033", top);
    s.write(&format!("checks/2026/06/{top}.toml"), text);
    let before = super::files(&s.path("checks"));

    let o = s.gbsw(&["new", "check", "unit=office", "--as-of", AS_OF]);
    assert_eq!(
        (stdout(&o), stderr(&o), status(&o)),
        (
            String::new(),
            format!(
                "gbsw: 编号已到上限：`{top}` 的序号已是编号规则 `CHK-{{year}}-{{seq:3}}` 能编到的最大数，未写入任何文件；请在 gbsw.toml 的 [ids] 中为这种记录换一个编号规则（例如换个前缀），或用 id=… 指定编号\n"
            ),
            Some(2)
        )
    );
    let o = s.gbsw(&[
        "new",
        "check",
        "unit=office",
        "--as-of",
        AS_OF,
        "--lang",
        "en",
    ]);
    assert_eq!(
        (stdout(&o), stderr(&o), status(&o)),
        (
            String::new(),
            format!(
                "gbsw: no next id: `{top}` already has the largest number the pattern `CHK-{{year}}-{{seq:3}}` can count to; nothing was written. Give this kind a new pattern under [ids] in gbsw.toml (a new prefix, say), or give the id with id=…\n"
            ),
            Some(2)
        )
    );
    assert_eq!(super::files(&s.path("checks")), before);

    // What the message says to do works.
    let o = s.gbsw(&["new", "check", "id=CHK-2026-100", "--as-of", AS_OF]);
    assert_eq!(status(&o), Some(0), "{}", stderr(&o));
}

#[test]
fn an_id_pattern_with_two_numbers_fails_check_and_new_refuses_it() {
    let s = Scratch::example("ids-pattern");
    s.edit(
        "gbsw.toml",
        "\n[check]\n",
        "\n[ids]\ncheck = \"CHK-{seq}-{seq}\"\n\n[check]\n",
    );
    let line = 1 + s
        .read("gbsw.toml")
        .lines()
        .position(|l| l == "check = \"CHK-{seq}-{seq}\"")
        .unwrap();
    let pad = " ".repeat(line.to_string().len());

    let o = s.gbsw(&["check", "--as-of", AS_OF, "--lang", "en"]);
    assert_eq!(
        (stdout(&o), status(&o)),
        (
            format!(
                "gbsw.toml:{line}:9: error[unknown-value]: `CHK-{{seq}}-{{seq}}` is not an allowed value of `ids.check`\n\
                 {pad} |\n\
                 {line} | check = \"CHK-{{seq}}-{{seq}}\"\n\
                 {pad} |         ^^^^^^^^^^^^^^^^^\n\
                 {pad} |\n\
                 {pad} = help: an id pattern numbers records with exactly one {{seq}} (or {{seq:3}}, zero-padded to three digits), may use {{year}} and {{unit}} (the unit's id), and otherwise holds ASCII letters, digits, `.`, `_` and `-`, e.g. NC-{{year}}-{{seq:3}}\n\
                 \n\
                 checked 117 files, 167 records: 1 error, 0 warnings.\n"
            ),
            Some(1)
        )
    );

    let before = super::files(&s.path("checks"));
    let o = s.gbsw(&["new", "check", "unit=office", "--as-of", AS_OF]);
    assert_eq!(
        (stdout(&o), stderr(&o), status(&o)),
        (
            String::new(),
            "gbsw: gbsw.toml 中的编号规则 [ids] check = \"CHK-{seq}-{seq}\" 无效，未写入任何文件；请按 gbsw check 的提示修正（须含且只含一个 {seq}），或用 id=… 指定编号\n".to_owned(),
            Some(2)
        )
    );
    let o = s.gbsw(&[
        "new",
        "check",
        "unit=office",
        "--as-of",
        AS_OF,
        "--lang",
        "en",
    ]);
    assert_eq!(
        (stdout(&o), stderr(&o), status(&o)),
        (
            String::new(),
            "gbsw: the id pattern [ids] check = \"CHK-{seq}-{seq}\" in gbsw.toml is not valid; nothing was written. Fix it as gbsw check says (exactly one {seq}), or give the id with id=…\n".to_owned(),
            Some(2)
        )
    );
    assert_eq!(super::files(&s.path("checks")), before);
}

/// Whether this process runs as root (where file modes do not stop reading).
fn is_root() -> bool {
    fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().nth(1))
        == Some("0")
}

/// Give the folder to `nobody`, so that it can run gbsw there as itself.
fn chown_tree(p: &Path) {
    std::os::unix::fs::lchown(p, Some(65534), Some(65534)).unwrap();
    if p.is_dir() && !p.is_symlink() {
        for e in fs::read_dir(p).unwrap().flatten() {
            chown_tree(&e.path());
        }
    }
}

/// Run gbsw in `s` as a user that file modes apply to: `nobody` when the tests run as root.
fn gbsw_unprivileged(s: &Scratch, args: &[&str]) -> Output {
    let mut cmd = if is_root() {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_gbsw"));
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_gbsw"))
    };
    cmd.args(args)
        .current_dir(&s.0)
        .env_remove("GBSW_LEDGER")
        .env_remove("GBSW_LANG")
        .output()
        .expect("setpriv (util-linux) is needed to run this test as root")
}

#[test]
fn new_refuses_when_part_of_the_kind_folder_cannot_be_read() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::example("ids-unreadable");
    if is_root() {
        chown_tree(&s.0);
    }
    // June holds the highest check ids (up to CHK-2026-033).
    let june = s.path("checks/2026/06");
    fs::set_permissions(&june, fs::Permissions::from_mode(0o000)).unwrap();
    let zh = gbsw_unprivileged(&s, &["new", "check", "unit=office", "--as-of", AS_OF]);
    let en = gbsw_unprivileged(
        &s,
        &[
            "new",
            "check",
            "unit=office",
            "--as-of",
            AS_OF,
            "--lang",
            "en",
        ],
    );
    fs::set_permissions(&june, fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(
        (stdout(&zh), stderr(&zh), status(&zh)),
        (
            String::new(),
            "gbsw: 无法读取 checks/2026/06，看不到其中已用的编号；为免重号，未写入任何文件。请先修正它（gbsw check 会指出问题）再重试\n".to_owned(),
            Some(2)
        )
    );
    assert_eq!(
        (stdout(&en), stderr(&en), status(&en)),
        (
            String::new(),
            "gbsw: cannot read checks/2026/06, so the ids in it are unknown; nothing was written, so that no id is used twice. Fix it first (gbsw check shows the problem), then try again\n".to_owned(),
            Some(2)
        )
    );
    assert!(!s.path("checks/CHK-2026-027.toml").exists());
    assert!(!s.path("checks/CHK-2026-034.toml").exists());

    // One unreadable file is enough: its id is as unknown as a folder's.
    let file = s.path("checks/2026/06/CHK-2026-033.toml");
    fs::set_permissions(&file, fs::Permissions::from_mode(0o000)).unwrap();
    let o = gbsw_unprivileged(
        &s,
        &[
            "new",
            "check",
            "unit=office",
            "--as-of",
            AS_OF,
            "--lang",
            "en",
        ],
    );
    fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(
        (stderr(&o), status(&o)),
        (
            "gbsw: cannot read checks/2026/06/CHK-2026-033.toml, so the ids in it are unknown; nothing was written, so that no id is used twice. Fix it first (gbsw check shows the problem), then try again\n".to_owned(),
            Some(2)
        )
    );
    assert!(!s.path("checks/CHK-2026-034.toml").exists());
}

#[test]
fn an_id_in_a_file_with_a_syntax_error_is_not_reused() {
    let s = Scratch::example("ids-syntax");
    // Half-edited, under a name that is not its id: the id is there, the file does not parse.
    s.write(
        "checks/2026/06/draft.toml",
        "id = \"CHK-2026-040\"\ndate = 2026-06-29\nunit = \"office\n",
    );
    let o = s.gbsw(&[
        "new",
        "check",
        "unit=office",
        "--as-of",
        AS_OF,
        "--lang",
        "en",
    ]);
    assert_eq!(
        (stdout(&o), stderr(&o), status(&o)),
        (
            "created checks/CHK-2026-041.toml\nstill to fill in: inspectors, type, conclusion (remove the # at the start of the line and write the value)\n".to_owned(),
            String::new(),
            Some(0)
        )
    );
}
