//! Symbolic links out of the ledger: a record file linked to `/etc/passwd` made `check` print
//! its lines in snippets, and a folder linked to `/proc` walked thousands of foreign files. A
//! link that resolves outside the ledger root is now an `outside-ledger` error, naming the
//! link and where it leads, and is neither read nor walked. Links inside the ledger work.

use std::os::unix::fs::symlink;

use super::{Scratch, stderr, stdout};

const HINT_ZH: &str =
    "  = 提示: 台账只读取台账文件夹内的文件：把文件复制进台账，或删除这个符号链接\n";

#[test]
fn a_record_file_linked_to_etc_passwd_is_reported_not_read() {
    let s = Scratch::example("symlink-passwd");
    symlink("/etc/passwd", s.path("standards/passwd.toml")).unwrap();
    let o = s.gbsw(&["check", "--as-of", "2026-06-25"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!(
            "standards/passwd.toml: 错误[outside-ledger]: 符号链接指向台账文件夹之外的 `/etc/passwd`，不会读取\n{HINT_ZH}\n已检查 118 个文件、167 条记录：1 个错误，0 个警告。\n"
        )
    );
    assert_eq!(stderr(&o), "");
}

#[test]
fn a_folder_linked_to_proc_is_not_walked() {
    let s = Scratch::example("symlink-proc");
    symlink("/proc", s.path("checks/p")).unwrap();
    let o = s.gbsw(&["check", "--as-of", "2026-06-25", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "checks/p: error[outside-ledger]: a symbolic link to `/proc`, outside the ledger folder: not read\n  = help: a ledger's files must be inside its folder: copy the file into the ledger, or remove the link\n\nchecked 118 files, 167 records: 1 error, 0 warnings.\n"
    );
    assert_eq!(stderr(&o), "");
}

/// A relative link climbing out of the ledger, and a link to the root of the file system
/// (which is also above it: reported as outside, not as a loop).
#[test]
fn relative_links_out_and_a_link_to_the_root_are_reported() {
    let s = Scratch::example("symlink-relative");
    let outside = Scratch::new("symlink-relative-outside");
    outside.write("secret.toml", "id = \"STD-SECRET\"\ntitle = \"secret\"\n");
    let target = outside.path("secret.toml").canonicalize().unwrap();
    let depth = s.0.components().count();
    let up = "../".repeat(depth + 1);
    symlink(
        format!("{up}{}", target.to_str().unwrap().trim_start_matches('/')),
        s.path("standards/management/secret.toml"),
    )
    .unwrap();
    symlink("/", s.path("trainings/root")).unwrap();
    let o = s.gbsw(&["check", "--as-of", "2026-06-25"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!(
            "standards/management/secret.toml: 错误[outside-ledger]: 符号链接指向台账文件夹之外的 `{}`，不会读取\n{HINT_ZH}\ntrainings/root: 错误[outside-ledger]: 符号链接指向台账文件夹之外的 `/`，不会读取\n{HINT_ZH}\n已检查 119 个文件、167 条记录：2 个错误，0 个警告。\n",
            target.display()
        )
    );
}

/// A record kept in a hidden folder and linked into `standards/` is read like any other: the
/// ledger checks clean with all its records.
#[test]
fn links_inside_the_ledger_are_followed() {
    let s = Scratch::example("symlink-inside");
    std::fs::create_dir_all(s.path(".archive")).unwrap();
    std::fs::rename(
        s.path("standards/management/STD-GL-001.toml"),
        s.path(".archive/STD-GL-001.toml"),
    )
    .unwrap();
    symlink(
        "../../.archive/STD-GL-001.toml",
        s.path("standards/management/STD-GL-001.toml"),
    )
    .unwrap();
    symlink("../standards", s.path("trainings/std-link")).unwrap();
    let o = s.gbsw(&["check", "--as-of", "2026-06-25", "--lang", "en"]);
    // The folder link reaches `standards/` a second time: said, and not read again.
    assert_eq!(
        stdout(&o),
        "trainings/std-link: warning[linked-twice]: this folder was read as `standards` already and is reached again through a symbolic link: not read again\n  = help: keep each record in one place: remove the extra link\n\nchecked 118 files, 167 records: 0 errors, 1 warning.\n"
    );
    std::fs::remove_file(s.path("trainings/std-link")).unwrap();
    let o = s.gbsw(&["check", "--as-of", "2026-06-25"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(
        stdout(&o),
        "已检查 117 个文件、167 条记录：没有发现问题。\n"
    );
}

/// A gbsw writer killed between writing its temporary file and linking it into place leaves
/// `.NAME.PID.tmp` beside the record (src/author/write.rs): hidden, so never read.
#[test]
fn a_killed_writers_temporary_files_are_ignored() {
    let s = Scratch::example("symlink-tmp");
    s.write("checks/.CHK-2026-999.toml.4242.tmp", "id = [garbage\n");
    s.write("standards/.STD-GL-009.yaml.77.tmp", b"\0\xff\xfe");
    s.write("plans/.PLAN-2026-XX-01.toml", "not = [toml\n");
    let o = s.gbsw(&["check", "--as-of", "2026-06-25"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(
        stdout(&o),
        "已检查 117 个文件、167 条记录：没有发现问题。\n"
    );
}

/// A ladder of folder links (`d{i}/a` and `d{i}/b` both pointing at `d{i-1}`) would be 2^n
/// paths to walk; each folder is walked once, so the one record is read once.
#[test]
fn a_ladder_of_folder_links_is_walked_once() {
    let s = super::Scratch::new("symlink-ladder");
    s.write(
        "gbsw.toml",
        "organization = \"测试局\"\n\n[units.office]\nname = \"办公室\"\nkind = \"department\"\n\n[[schedules]]\nid = \"daily-self\"\ntype = \"self\"\ncadence = \"daily\"\nunit_kinds = [\"department\"]\n",
    );
    s.write(
        "checks/d0/CHK-1.toml",
        "id = \"CHK-1\"\ndate = 2026-03-02\nunit = \"office\"\ninspectors = [\"刘敏\"]\ntype = \"self\"\nconclusion = \"conform\"\n",
    );
    for i in 1..=40 {
        std::fs::create_dir_all(s.path(&format!("checks/d{i}"))).unwrap();
        for name in ["a", "b"] {
            std::os::unix::fs::symlink(
                format!("../d{}", i - 1),
                s.path(&format!("checks/d{i}/{name}")),
            )
            .unwrap();
        }
    }
    let out = s.gbsw(&["check", "--as-of=2026-06-25", "--lang", "en"]);
    let text = super::stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.starts_with(
            "checks/d1/a: warning[linked-twice]: this folder was read as `checks/d0` already"
        ),
        "{text}"
    );
    assert!(
        text.ends_with("checked 82 files, 1 record: 0 errors, 80 warnings.\n"),
        "{text}"
    );
}
