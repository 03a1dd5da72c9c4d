//! `gbsw history`: a ledger in a temporary git repository, committed to by two people at fixed
//! times, and the places where there is no history (no repository, an uncommitted file, no
//! git at all).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const MANIFEST: &str =
    "organization = \"测试局\"\n\n[units.office]\nname = \"办公室\"\nkind = \"department\"\n";

const CHECK: &str = "id = \"CHK-2026-001\"\ndate = 2026-03-02\nunit = \"office\"\ninspectors = [\"刘敏\"]\ntype = \"self\"\nconclusion = \"conform\"\n";

const CHECKS: &str = "checks:\n  - id: CHK-A\n    date: 2026-03-02\n    unit: office\n    inspectors: [刘敏]\n    type: self\n    conclusion: conform\n  - id: CHK-B\n    date: 2026-03-03\n    unit: office\n    inspectors: [刘敏]\n    type: self\n    conclusion: conform\n";

/// A temporary folder, unique to one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(test: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("gbsw-history-{test}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir.canonicalize().unwrap())
    }

    fn write(&self, rel: &str, text: &str) {
        let path = self.0.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// Run git here as `who` at `when`, with no user or system configuration, so that the
    /// commits (and their hashes) are the same on every machine.
    fn git(&self, args: &[&str], who: (&str, &str), when: &str) -> String {
        let out = Command::new("git")
            .args(args)
            .current_dir(&self.0)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", who.0)
            .env("GIT_AUTHOR_EMAIL", who.1)
            .env("GIT_AUTHOR_DATE", when)
            .env("GIT_COMMITTER_NAME", who.0)
            .env("GIT_COMMITTER_EMAIL", who.1)
            .env("GIT_COMMITTER_DATE", when)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    }

    fn init(&self) {
        self.git(&["-c", "init.defaultBranch=main", "init", "-q"], LIU, FIRST);
    }

    fn commit(&self, message: &str, who: (&str, &str), when: &str) -> String {
        self.git(&["add", "-A"], who, when);
        self.git(&["commit", "-q", "-m", message], who, when);
        self.git(&["rev-parse", "--short", "HEAD"], who, when)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

const LIU: (&str, &str) = ("刘敏", "liumin@example.cn");
const HE: (&str, &str) = ("何佳怡", "hejiayi@example.cn");
const FIRST: &str = "2026-03-02T09:15:00+08:00";
const SECOND: &str = "2026-03-05T16:40:00+08:00";

fn has_git() -> bool {
    crate::support::require("git", crate::support::runs("git", "--version"))
}

/// Run gbsw in `dir` (never finding a repository above the temporary folder): stdout,
/// stderr, exit code.
fn gbsw(dir: &Path, args: &[&str], path: Option<&str>) -> (String, String, i32) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gbsw"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("GBSW_LEDGER")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CEILING_DIRECTORIES", dir.parent().unwrap());
    if let Some(p) = path {
        cmd.env("PATH", p);
    }
    let out = cmd.output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn two_commits_by_two_authors_newest_first() {
    if !has_git() {
        return;
    }
    let s = Scratch::new("two-authors");
    s.init();
    s.write("gbsw.toml", MANIFEST);
    s.write("checks/CHK-2026-001.toml", CHECK);
    let first = s.commit("新增检查记录 CHK-2026-001", LIU, FIRST);
    s.write(
        "checks/CHK-2026-001.toml",
        &CHECK.replace("[\"刘敏\"]", "[\"刘敏\", \"何佳怡\"]"),
    );
    let second = s.commit("补充检查人", HE, SECOND);

    let (out, err, code) = gbsw(&s.0, &["history", "CHK-2026-001"], None);
    let rule = "─".repeat(65);
    let expected = format!(
        "检查记录 CHK-2026-001 所在文件：checks/CHK-2026-001.toml
 日期               作者     提交      说明
{rule}
 2026-03-05 16:40   何佳怡   {second}   补充检查人
 2026-03-02 09:15   刘敏     {first}   新增检查记录 CHK-2026-001
{rule}
共 2 次提交。
"
    );
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (expected.as_str(), "", 0)
    );

    let (out, err, code) = gbsw(&s.0, &["history", "CHK-2026-001", "--format", "json"], None);
    assert_eq!((err.as_str(), code), ("", 0));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["file"], "checks/CHK-2026-001.toml");
    assert_eq!(v["records_in_file"], 1);
    assert_eq!(v["uncommitted"], false);
    let commits = v["commits"].as_array().unwrap();
    let got: Vec<(&str, &str, &str, &str, &str)> = commits
        .iter()
        .map(|c| {
            (
                c["short"].as_str().unwrap(),
                c["author"].as_str().unwrap(),
                c["email"].as_str().unwrap(),
                c["date"].as_str().unwrap(),
                c["subject"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (second.as_str(), HE.0, HE.1, SECOND, "补充检查人"),
            (
                first.as_str(),
                LIU.0,
                LIU.1,
                FIRST,
                "新增检查记录 CHK-2026-001"
            ),
        ]
    );
}

#[test]
fn a_record_in_a_many_record_file_shows_the_files_history() {
    if !has_git() {
        return;
    }
    let s = Scratch::new("many");
    s.init();
    s.write("gbsw.toml", MANIFEST);
    s.write("checks/2026-03.yaml", CHECKS);
    let first = s.commit("三月自查记录", LIU, FIRST);
    // Changed after the commit: said under the table.
    s.write(
        "checks/2026-03.yaml",
        &CHECKS.replace("2026-03-03", "2026-03-04"),
    );

    let (out, err, code) = gbsw(&s.0, &["history", "CHK-B", "--lang", "en"], None);
    let rule = "─".repeat(52);
    let expected = format!(
        "check CHK-B is in checks/2026-03.yaml
The file holds 2 records: this is the history of the whole file, not of CHK-B alone.
 date               author   commit    message
{rule}
 2026-03-02 09:15   刘敏     {first}   三月自查记录
{rule}
1 commit.
Note: the file has uncommitted changes, which are not listed.
"
    );
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (expected.as_str(), "", 0)
    );
}

#[test]
fn a_ledger_outside_git_has_no_history() {
    if !has_git() {
        return;
    }
    let s = Scratch::new("no-repo");
    s.write("gbsw.toml", MANIFEST);
    s.write("checks/CHK-2026-001.toml", CHECK);
    let (out, err, code) = gbsw(&s.0, &["history", "CHK-2026-001"], None);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "",
            "gbsw: 台账不在 git 仓库中，没有修改历史：在台账文件夹中运行 `git init` 并提交，以后的修改就有记录了\n",
            2
        )
    );
    let (_, err, code) = gbsw(&s.0, &["history", "CHK-2026-001", "--lang", "en"], None);
    assert_eq!(
        (err.as_str(), code),
        (
            "gbsw: the ledger is not in a git repository, so there is no history: run `git init` in the ledger folder and commit, and changes from then on are recorded\n",
            2
        )
    );
}

#[test]
fn a_file_never_committed_has_no_history() {
    if !has_git() {
        return;
    }
    let s = Scratch::new("untracked");
    s.init();
    s.write("gbsw.toml", MANIFEST);
    s.write("checks/CHK-2026-001.toml", CHECK);
    let expected = (
        "",
        "gbsw: 文件 checks/CHK-2026-001.toml 还没有提交过，没有修改历史：用 `git add` 和 `git commit` 提交后再查看\n",
        2,
    );
    // A repository with no commit yet.
    let (out, err, code) = gbsw(&s.0, &["history", "CHK-2026-001"], None);
    assert_eq!((out.as_str(), err.as_str(), code), expected);
    // Commits, but not of this file.
    s.git(&["add", "gbsw.toml"], LIU, FIRST);
    s.git(&["commit", "-q", "-m", "清单"], LIU, FIRST);
    let (out, err, code) = gbsw(&s.0, &["history", "CHK-2026-001"], None);
    assert_eq!((out.as_str(), err.as_str(), code), expected);
}

#[test]
fn without_git_history_says_so() {
    let s = Scratch::new("no-git");
    s.write("gbsw.toml", MANIFEST);
    s.write("checks/CHK-2026-001.toml", CHECK);
    // A PATH with nothing on it: git cannot be found.
    fs::create_dir_all(s.0.join("empty-bin")).unwrap();
    let empty = s.0.join("empty-bin");
    let (out, err, code) = gbsw(
        &s.0,
        &["history", "CHK-2026-001"],
        Some(empty.to_str().unwrap()),
    );
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("", "gbsw: 无法运行 git：请安装 git 并确认它在 PATH 中\n", 2)
    );
}
