//! Bad input that cannot live in a fixture folder: made at run time in a temporary folder.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use crate::support::Scratch;

const MANIFEST: &str = "organization = \"测试局\"\n\n[units.office]\nname = \"办公室\"\nkind = \"department\"\n\n[[schedules]]\nid = \"daily-self\"\ntype = \"self\"\ncadence = \"daily\"\nunit_kinds = [\"department\"]\n";

/// Run gbsw in `dir` with `GBSW_LEDGER` unset unless `env` sets it: stdout, stderr, exit code.
fn gbsw(dir: &Path, args: &[&str], env: Option<&str>) -> (String, String, i32) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gbsw"));
    cmd.args(args).current_dir(dir).env_remove("GBSW_LEDGER");
    if let Some(ledger) = env {
        cmd.env("GBSW_LEDGER", ledger);
    }
    let out = cmd.output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

const CHECK: &[&str] = &["check", "--as-of", "2026-06-25"];

#[test]
fn file_larger_than_16_mib_is_refused() {
    let s = Scratch::new("faults", "too-large");
    s.write("gbsw.toml", MANIFEST);
    let limit = 16 * 1024 * 1024;
    // A valid record padded with comment lines: only the size is wrong with it.
    let record = "id = \"STD-1\"\ntitle = \"会议服务规范\"\ncategory = \"service\"\nstatus = \"draft\"\nowner = \"office\"\n";
    let line = format!("# {}\n", "x".repeat(97));
    let mut big = String::with_capacity(limit + line.len());
    big.push_str(record);
    while big.len() + line.len() <= limit {
        big.push_str(&line);
    }
    big.push_str(&"#".repeat(limit - big.len()));
    assert_eq!(big.len(), limit);
    // Exactly at the limit: read and checked like any file.
    s.write("standards/STD-1.toml", &big);
    let (out, err, code) = gbsw(&s.0, CHECK, None);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("已检查 2 个文件、1 条记录：没有发现问题。\n", "", 0)
    );
    // One byte more: refused without being parsed.
    big.push('#');
    s.write("standards/STD-1.toml", &big);
    let (out, err, code) = gbsw(&s.0, CHECK, None);
    assert_eq!(
        out,
        "standards/STD-1.toml: 错误[file-too-large]: 文件有 16777217 字节，超过记录文件上限 16777216 字节\n\
         \x20 = 提示: 请把记录拆分到多个文件中\n\
         \n\
         已检查 2 个文件、0 条记录：1 个错误，0 个警告。\n"
    );
    assert_eq!((err.as_str(), code), ("", 1));
}

/// Every file under `root` with its bytes and modification time.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, (Vec<u8>, SystemTime)> {
    let mut all = BTreeMap::new();
    let mut todo = vec![root.to_path_buf()];
    while let Some(dir) = todo.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let meta = fs::symlink_metadata(entry.path()).unwrap();
            if meta.is_dir() {
                todo.push(entry.path());
            } else {
                let bytes = if meta.is_symlink() {
                    fs::read_link(entry.path())
                        .unwrap()
                        .into_os_string()
                        .into_encoded_bytes()
                } else {
                    fs::read(entry.path()).unwrap()
                };
                all.insert(entry.path(), (bytes, meta.modified().unwrap()));
            }
        }
    }
    all
}

#[test]
fn check_changes_no_file() {
    let s = Scratch::new("faults", "read-only");
    s.write("gbsw.toml", format!("{MANIFEST}langauge = \"zh\"\n"));
    s.write(
        "standards/STD-1.toml",
        "id = \"STD-1\"\ntitle = \"会议服务规范\ncategory = \"service\"\n",
    );
    s.write(
        "standards/STD-2.toml",
        "\u{FEFF}id = \"STD-2\"\r\ntitle = \"保洁\"\r\ncategory = \"service\"\r\nstatus = \"draft\"\r\nowner = \"ofice\"\r\n",
    );
    s.write(
        "checks/CHK-1.yaml",
        "id: CHK-1\ndate: 2026-13-01\nunit: office\n",
    );
    s.write("checks/CHK-2.toml", "");
    s.write(
        "trainings/TR-1.toml",
        "id = \"TR-1\"\ntopic = \"会议服务\"\n",
    );
    // 会议 in GBK.
    s.write(
        "plans/PL-1.toml",
        [
            b"id = \"PL-1\"\ntitle = \"".as_slice(),
            &[0xbb, 0xe1, 0xd2, 0xe9],
            b"\"\n",
        ]
        .concat(),
    );
    s.write("evaluations/EV-1.toml", b"\x00\x01binary");
    s.write("STD-3.toml", "id = \"STD-3\"\n");
    s.write("check/CHK-3.toml", "id = \"CHK-3\"\n");
    s.write("notes.txt", "not a record\n");
    let before = snapshot(&s.0);
    let mut codes = Vec::new();
    for format in ["human", "json", "github", "sarif"] {
        let mut args = CHECK.to_vec();
        args.extend(["--format", format]);
        let (out, _, code) = gbsw(&s.0, &args, None);
        // Every fault above was seen, so every kind of file was read.
        for name in [
            "unknown-field",
            "syntax",
            "unknown-reference",
            "bad-date",
            "empty-file",
            "missing-field",
            "not-utf8",
            "binary-file",
            "outside-kind-folder",
            "unknown-folder",
        ] {
            assert!(out.contains(name), "{format}: no {name} in\n{out}");
        }
        codes.push(code);
    }
    assert_eq!(codes, [1, 1, 1, 1]);
    assert_eq!(
        snapshot(&s.0),
        before,
        "gbsw check changed, added or removed a file"
    );
}

/// A ledger `ledger/` with one error, inside the scratch folder beside an empty `elsewhere/`.
fn ledger_with_one_error(s: &Scratch) {
    s.write("ledger/gbsw.toml", MANIFEST);
    s.write(
        "ledger/checks/2026/CHK-1.yaml",
        "id: CHK-1\ndate: 2026-03-05\nunit: ofice\ninspectors: [张三]\ntype: spot\nconclusion: conform\n",
    );
    fs::create_dir_all(s.path("elsewhere")).unwrap();
}

fn one_error(path: &str) -> String {
    format!(
        "{path}:3:7: 错误[unknown-reference]: `unit` 引用的单位 `ofice` 不存在\n\
         \x20 |\n\
         3 | unit: ofice\n\
         \x20 |       ^^^^^\n\
         \x20 |\n\
         \x20 = 提示: 是不是想写 `office`？\n\
         \n\
         已检查 2 个文件、1 条记录：1 个错误，0 个警告。\n"
    )
}

#[test]
fn ledger_from_env_var_and_flag() {
    let s = Scratch::new("faults", "ledger-option");
    ledger_with_one_error(&s);
    let expected = one_error("ledger/checks/2026/CHK-1.yaml");
    // GBSW_LEDGER names the ledger.
    let (out, err, code) = gbsw(&s.0, CHECK, Some("ledger"));
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (expected.as_str(), "", 1)
    );
    // So does --ledger, before or after the subcommand, and it wins over GBSW_LEDGER.
    let (out, err, code) = gbsw(
        &s.0,
        &["--ledger", "ledger", "check", "--as-of", "2026-06-25"],
        Some("elsewhere"),
    );
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (expected.as_str(), "", 1)
    );
    let (out, err, code) = gbsw(
        &s.0,
        &["check", "--ledger", "ledger", "--as-of", "2026-06-25"],
        None,
    );
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (expected.as_str(), "", 1)
    );
    // The path argument wins over both.
    let (out, err, code) = gbsw(
        &s.0,
        &[
            "--ledger",
            "elsewhere",
            "check",
            "ledger",
            "--as-of",
            "2026-06-25",
        ],
        Some("elsewhere"),
    );
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (expected.as_str(), "", 1)
    );
    // An empty GBSW_LEDGER is as if unset: the ledger is found from the current folder.
    let (out, err, code) = gbsw(&s.path("ledger"), CHECK, Some(""));
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (one_error("checks/2026/CHK-1.yaml").as_str(), "", 1)
    );
    // A GBSW_LEDGER that does not exist is an error, exit 2.
    let (out, err, code) = gbsw(&s.0, CHECK, Some("no-such-ledger"));
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("", "gbsw: 台账路径 `no-such-ledger` 不存在\n", 2)
    );
}

#[test]
fn ledger_found_from_a_subfolder() {
    let s = Scratch::new("faults", "walk-up");
    ledger_with_one_error(&s);
    let (out, err, code) = gbsw(&s.path("ledger/checks/2026"), CHECK, None);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (one_error("../../checks/2026/CHK-1.yaml").as_str(), "", 1)
    );
    let (out, err, code) = gbsw(&s.path("ledger/checks"), CHECK, None);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (one_error("../checks/2026/CHK-1.yaml").as_str(), "", 1)
    );
}
