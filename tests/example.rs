//! `ledger-example` is clean, and a copy of it with one realistic mistake fails with a
//! diagnostic naming the right file and line.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn gbsw(dir: &Path, args: &[&str]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_gbsw"))
        .args(args)
        .current_dir(dir)
        .env_remove("GBSW_LEDGER")
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A fresh copy of the example ledger in a temporary folder, removed on drop.
struct Copy(PathBuf);

impl Copy {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("gbsw-example-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        copy_dir(Path::new("ledger-example"), &dir);
        Copy(dir)
    }

    fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.0.join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} does not contain {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }

    fn check(&self) -> (String, i32) {
        gbsw(&self.0, &["check", "--as-of", "2026-06-25"])
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

const SUMMARY_ONE_ERROR: &str = "已检查 117 个文件、167 条记录：1 个错误，0 个警告。\n";

#[test]
fn example_is_clean_in_both_languages() {
    let here = Path::new(".");
    assert_eq!(
        gbsw(here, &["check", "ledger-example", "--as-of", "2026-06-25"]),
        (
            "已检查 117 个文件、167 条记录：没有发现问题。\n".to_owned(),
            0
        )
    );
    assert_eq!(
        gbsw(
            here,
            &[
                "check",
                "ledger-example",
                "--lang",
                "en",
                "--as-of",
                "2026-06-25"
            ]
        ),
        (
            "checked 117 files, 167 records: no problems found.\n".to_owned(),
            0
        )
    );
}

#[test]
fn unknown_field() {
    let l = Copy::new("unknown-field");
    l.edit(
        "standards/service/STD-FW-001.toml",
        "published = ",
        "publshed = 2020-06-01\npublished = ",
    );
    assert_eq!(
        l.check(),
        (
            format!(
                "standards/service/STD-FW-001.toml:12:1: 错误[unknown-field]: 标准没有字段 `publshed`\n   |\n12 | publshed = 2020-06-01\n   | ^^^^^^^^\n   |\n   = 提示: 是不是想写 `published`？\n\n{SUMMARY_ONE_ERROR}"
            ),
            1
        )
    );
}

#[test]
fn unknown_unit() {
    let l = Copy::new("unknown-unit");
    l.edit(
        "standards/service/STD-FW-001.toml",
        "owner = \"service-center\"",
        "owner = \"service-centre\"",
    );
    assert_eq!(
        l.check(),
        (
            format!(
                "standards/service/STD-FW-001.toml:9:9: 错误[unknown-reference]: `owner` 引用的单位 `service-centre` 不存在\n  |\n9 | owner = \"service-centre\"\n  |         ^^^^^^^^^^^^^^^^\n  |\n  = 提示: 是不是想写 `service-center`？\n\n{SUMMARY_ONE_ERROR}"
            ),
            1
        )
    );
}

#[test]
fn duplicate_id() {
    let l = Copy::new("duplicate-id");
    fs::copy(
        l.0.join("standards/service/STD-FW-001.toml"),
        l.0.join("standards/service/STD-FW-001-copy.toml"),
    )
    .unwrap();
    let (out, code) = l.check();
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "standards/service/STD-FW-001.toml:3:6: 错误[duplicate-id]: 编号 `STD-FW-001` 重复\n  |\n3 | id = \"STD-FW-001\"\n  |      ^^^^^^^^^^^^\n  |\n ::: standards/service/STD-FW-001-copy.toml:3:6\n  |\n3 | id = \"STD-FW-001\"\n  |      ------------ 首次出现在这里\n  |\n  = 提示: 编号在整个台账中必须唯一：修改其中一个的编号\n\n已检查 118 个文件、168 条记录：1 个错误，0 个警告。\n"
    );
}

#[test]
fn gbk_file() {
    let l = Copy::new("gbk");
    let path = l.0.join("reviews/REV-2024-001.toml");
    let text = fs::read_to_string(&path).unwrap();
    let (bytes, _, _) = encoding_rs::GBK.encode(&text);
    fs::write(&path, &bytes).unwrap();
    let (out, code) = l.check();
    assert_eq!(code, 1);
    assert!(
        out.starts_with("reviews/REV-2024-001.toml:1:3: 错误[not-utf8]: 文件不是 UTF-8 编码（第 1 行起出现无效字节）\n"),
        "{out}"
    );
    assert!(out.contains("= 提示: 看起来是 GBK/GB18030 编码。转换为 UTF-8：iconv -f GB18030 -t UTF-8 'reviews/REV-2024-001.toml' > tmp && mv tmp 'reviews/REV-2024-001.toml'"), "{out}");
    assert!(
        out.ends_with("已检查 117 个文件、166 条记录：1 个错误，0 个警告。\n"),
        "{out}"
    );
}

#[test]
fn empty_file() {
    let l = Copy::new("empty");
    fs::write(l.0.join("checks/2026/06/CHK-2026-099.toml"), "").unwrap();
    assert_eq!(
        l.check(),
        (
            "checks/2026/06/CHK-2026-099.toml:1:1: 错误[empty-file]: 文件是空的，没有任何记录\n  |\n1 |\n  | ^\n  |\n  = 提示: 写入一条检查记录（字段见 docs/records.md），或删除该文件\n\n已检查 118 个文件、167 条记录：1 个错误，0 个警告。\n".to_owned(),
            1
        )
    );
}

#[test]
fn malformed_date() {
    let l = Copy::new("date");
    l.edit(
        "checks/2026/05/office-daily.yaml",
        "date: 2026-05-07",
        "date: 2026-05-37",
    );
    let (out, code) = l.check();
    assert_eq!(code, 1);
    assert_eq!(
        out,
        format!(
            "checks/2026/05/office-daily.yaml:18:11: 错误[bad-date]: `date` 的日期 `2026-05-37` 无效\n   |\n18 |     date: 2026-05-37\n   |           ^^^^^^^^^^\n   |\n   = 提示: 日期写作 YYYY-MM-DD，例如 2026-03-05，并且须是日历上存在的日期\n\n已检查 117 个文件、166 条记录：1 个错误，0 个警告。\n"
        )
    );
}
