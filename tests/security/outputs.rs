//! One rule for every file a command writes: an existing file only with `--force`, the
//! ledger's manifest and record files never, no write through a symbolic link, a replaced
//! file keeps its mode, and a folder of outputs appears whole or not at all.

use std::fs;
use std::os::unix::fs::{PermissionsExt as _, symlink};

use super::{Scratch, stderr, stdout};

const AS_OF: &str = "--as-of=2026-06-20";

fn code(o: &std::process::Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

#[test]
fn the_manifest_and_record_files_are_never_replaced() {
    let s = Scratch::example("out-manifest");
    let manifest = s.read("gbsw.toml");
    let plan = s.read("plans/PLAN-2020-FW-01.toml");
    for args in [
        &["report", "semiannual", AS_OF, "-o", "gbsw.toml"][..],
        &["report", "semiannual", AS_OF, "-o", "gbsw.toml", "--force"],
        &["report", "checks", AS_OF, "-o", "./gbsw.toml", "--force"],
        &["form", "PLAN-2020-FW-01", "-o", "gbsw.toml", "--force"],
        &["export", "checks", "-o", "gbsw.toml", "--force"],
    ] {
        let out = s.gbsw(args);
        assert_eq!(
            (code(&out), stdout(&out).as_str(), stderr(&out).as_str()),
            (
                2,
                "",
                format!(
                    "gbsw: {} 是台账的清单或记录文件，不能用输出覆盖（--force 也不行）；请换一个文件名\n",
                    args[args.iter().position(|a| *a == "-o").unwrap() + 1]
                )
                .as_str()
            ),
            "{args:?}"
        );
    }
    let out = s.gbsw(&[
        "form",
        "PLAN-2020-FW-01",
        "--lang",
        "en",
        "-o",
        "plans/PLAN-2020-FW-01.toml",
        "--force",
    ]);
    assert_eq!(
        (code(&out), stderr(&out).as_str()),
        (
            2,
            "gbsw: plans/PLAN-2020-FW-01.toml is the ledger's manifest or one of its record files and is never replaced by an output, not even with --force; choose another file name\n"
        )
    );
    assert_eq!(s.read("gbsw.toml"), manifest);
    assert_eq!(s.read("plans/PLAN-2020-FW-01.toml"), plan);
}

#[test]
fn an_existing_output_needs_force_and_keeps_its_mode() {
    let s = Scratch::example("out-force");
    s.write("r.md", "mine");
    fs::set_permissions(s.path("r.md"), fs::Permissions::from_mode(0o640)).unwrap();
    let out = s.gbsw(&["report", "semiannual", AS_OF, "-o", "r.md"]);
    assert_eq!(
        (code(&out), stderr(&out).as_str()),
        (2, "gbsw: r.md 已存在，未写入任何文件；要覆盖请加 --force\n")
    );
    assert_eq!(s.read("r.md"), "mine");

    let out = s.gbsw(&["report", "semiannual", AS_OF, "-o", "r.md", "--force"]);
    assert_eq!((code(&out), stderr(&out).as_str()), (0, ""));
    assert!(s.read("r.md").starts_with("# 常州市机关事务管理局"));
    let mode = fs::metadata(s.path("r.md")).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o640);
    let left: Vec<String> = fs::read_dir(&s.0)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert_eq!(left, Vec::<String>::new(), "no temporary file is left");
}

#[test]
fn no_output_is_written_through_a_link() {
    let s = Scratch::example("out-link");
    s.write("elsewhere/victim.txt", "precious");
    symlink(s.path("elsewhere/victim.txt"), s.path("r.html")).unwrap();
    symlink(s.path("elsewhere/nothing-yet"), s.path("dangling.md")).unwrap();
    for (args, shown) in [
        (
            &[
                "report", "checks", AS_OF, "--format", "html", "-o", "r.html", "--force",
            ][..],
            "r.html",
        ),
        (&["form", "PLAN-2020-FW-01", "-o", "r.html"], "r.html"),
        (
            &["report", "semiannual", AS_OF, "-o", "dangling.md"],
            "dangling.md",
        ),
    ] {
        let out = s.gbsw(args);
        assert_eq!(
            (code(&out), stderr(&out)),
            (
                2,
                format!(
                    "gbsw: {shown} 是符号链接，gbsw 不经链接写文件；请直接写出链接指向的路径，或换一个文件名\n"
                )
            ),
            "{args:?}"
        );
    }
    assert_eq!(s.read("elsewhere/victim.txt"), "precious");
    assert!(!s.path("elsewhere/nothing-yet").exists());

    // A device behind a link (`/dev/stdout`) is written into, as before.
    let out = s.gbsw(&["report", "semiannual", AS_OF, "-o", "/dev/stdout"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).starts_with("# 常州市机关事务管理局"));
}

#[test]
fn schema_folders_are_not_clobbered_or_followed() {
    let s = Scratch::new("out-schema");
    let out = s.gbsw(&["schema", "--out", "schemas"]);
    assert_eq!((code(&out), stderr(&out).as_str()), (0, ""));
    let first = s.read("schemas/check.schema.json");
    s.write("schemas/check.schema.json", "{}");

    let out = s.gbsw(&["schema", "--out", "schemas", "--lang", "en"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).starts_with("gbsw: schemas/gbsw.schema.json, schemas/")
            && stderr(&out)
                .ends_with(" already exists; nothing was written. Add --force to replace it\n"),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.read("schemas/check.schema.json"), "{}");

    let out = s.gbsw(&["schema", "--out", "schemas", "--force"]);
    assert_eq!((code(&out), stderr(&out).as_str()), (0, ""));
    assert_eq!(s.read("schemas/check.schema.json"), first);

    // A schema file that is a link to something else.
    fs::remove_file(s.path("schemas/plan.schema.json")).unwrap();
    s.write("victim.txt", "precious");
    symlink(s.path("victim.txt"), s.path("schemas/plan.schema.json")).unwrap();
    let out = s.gbsw(&["schema", "--out", "schemas", "--force"]);
    assert_eq!(
        (code(&out), stderr(&out).as_str()),
        (
            2,
            "gbsw: schemas/plan.schema.json 是符号链接，gbsw 不经链接写文件；请直接写出链接指向的路径，或换一个文件名\n"
        )
    );
    assert_eq!(s.read("victim.txt"), "precious");
}

#[test]
fn a_folder_export_fails_before_writing_anything() {
    let s = Scratch::example("out-folder");
    s.write("out/checks.csv", "stale");
    // One of the files to write is a folder: found before anything is written.
    fs::create_dir_all(s.path("out/plans.csv")).unwrap();
    let out = s.gbsw(&["export", "all", "--format", "csv", "-o", "out", "--force"]);
    assert_eq!(
        (code(&out), stderr(&out).as_str()),
        (
            2,
            "gbsw: out/plans.csv 的类型不对（文件与文件夹不符）；请换一个路径\n"
        )
    );
    assert_eq!(s.read("out/checks.csv"), "stale");
    let mut names: Vec<String> = fs::read_dir(&s.0)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    names.sort();
    assert_eq!(names, Vec::<String>::new(), "no temporary folder is left");

    fs::remove_dir(s.path("out/plans.csv")).unwrap();
    let out = s.gbsw(&["export", "all", "--format", "csv", "-o", "out", "--force"]);
    assert_eq!((code(&out), stderr(&out).as_str()), (0, ""));
    assert!(s.read("out/checks.csv").starts_with("编号,"));
    let mut names: Vec<String> = fs::read_dir(s.path("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "checks.csv",
            "evaluations.csv",
            "improvements.csv",
            "plans.csv",
            "rectifications.csv",
            "reviews.csv",
            "standards.csv",
            "submissions.csv",
            "trainings.csv"
        ]
    );
}

#[test]
fn init_existing_does_not_write_through_a_linked_folder() {
    let s = Scratch::new("out-init");
    fs::create_dir_all(s.path("ledger")).unwrap();
    fs::create_dir_all(s.path("outside")).unwrap();
    symlink(s.path("outside"), s.path("ledger/schemas")).unwrap();
    let out = s.gbsw(&["init", "ledger", "--existing"]);
    assert_eq!(
        (code(&out), stderr(&out).as_str()),
        (
            2,
            "gbsw: schemas 是符号链接，gbsw 不经链接写文件，未写入任何文件；请把它换成真正的文件夹后再运行 gbsw init --existing\n"
        )
    );
    assert_eq!(fs::read_dir(s.path("outside")).unwrap().count(), 0);
    assert_eq!(fs::read_dir(s.path("ledger")).unwrap().count(), 1);
}
