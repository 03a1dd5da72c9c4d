//! A ledger's `.git/config` and `.gitattributes` are untrusted: `gbsw history` must run no
//! program they name, and must take file names literally.

use std::path::Path;
use std::process::Command;

use super::{Scratch, stderr, stdout};

const MANIFEST: &str =
    "organization = \"测试局\"\n\n[units.office]\nname = \"办公室\"\nkind = \"department\"\n";

fn check(id: &str, date: &str) -> String {
    format!(
        "id = \"{id}\"\ndate = {date}\nunit = \"office\"\ninspectors = [\"刘敏\"]\ntype = \"self\"\nconclusion = \"conform\"\n"
    )
}

/// git in `dir` with no user or system configuration, at a fixed time.
fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "刘敏")
        .env("GIT_AUTHOR_EMAIL", "liumin@example.cn")
        .env("GIT_AUTHOR_DATE", "2026-03-02T09:15:00+08:00")
        .env("GIT_COMMITTER_NAME", "刘敏")
        .env("GIT_COMMITTER_EMAIL", "liumin@example.cn")
        .env("GIT_COMMITTER_DATE", "2026-03-02T09:15:00+08:00")
        .output()
        .expect("git is installed (.ci/run installs it)");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// gbsw in the repository, never finding one above it.
fn history(s: &Scratch, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_gbsw"))
        .args(args)
        .current_dir(&s.0)
        .env_remove("GBSW_LEDGER")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CEILING_DIRECTORIES", s.0.parent().unwrap())
        .output()
        .unwrap()
}

fn repo(test: &str) -> Scratch {
    let s = Scratch::new(test);
    s.write("gbsw.toml", MANIFEST);
    s.write(
        "checks/CHK-2026-001.toml",
        check("CHK-2026-001", "2026-03-02"),
    );
    git(&s.0, &["-c", "init.defaultBranch=main", "init", "-q"]);
    git(&s.0, &["add", "-A"]);
    git(&s.0, &["commit", "-q", "-m", "first"]);
    s
}

#[test]
fn repository_config_runs_no_program() {
    let s = repo("git-config");
    let witness = s.path("ran");
    let cmd = format!("touch {}", witness.display());
    // Every setting through which `git status`, `git log` or a pager could run a program.
    for (key, value) in [
        ("core.fsmonitor", cmd.as_str()),
        ("core.pager", cmd.as_str()),
        ("core.hooksPath", "hooks"),
        ("diff.external", cmd.as_str()),
        ("log.showSignature", "true"),
        ("gpg.program", cmd.as_str()),
        ("filter.evil.clean", cmd.as_str()),
        ("filter.evil.smudge", cmd.as_str()),
        ("filter.evil.process", cmd.as_str()),
        ("diff.evil.textconv", cmd.as_str()),
    ] {
        git(&s.0, &["config", key, value]);
    }
    s.write(".gitattributes", "*.toml filter=evil diff=evil\n");
    s.write("hooks/post-index-change", format!("#!/bin/sh\n{cmd}\n"));
    // A changed file, so that a status check would have to look at its contents.
    s.write(
        "checks/CHK-2026-001.toml",
        check("CHK-2026-001", "2026-03-03"),
    );

    let out = history(&s, &["history", "CHK-2026-001", "--lang", "en"]);
    assert_eq!(stderr(&out), "");
    assert!(
        stdout(&out).contains("Note: the file has uncommitted changes, which are not listed."),
        "{}",
        stdout(&out)
    );
    assert!(!witness.exists(), "a program named in .git/config ran");
}

#[test]
fn file_names_are_not_patterns() {
    let s = repo("git-pathspec");
    // A file literally named `*.toml`, committed after the other one; a long comment keeps
    // it unlike the first, so that `--follow` does not take it for a copy.
    let note = format!("# {}\n", "三月份第二次自查，记录人补充说明。".repeat(40));
    s.write("checks/*.toml", note + &check("CHK-2026-002", "2026-03-04"));
    git(&s.0, &["add", "-A"]);
    git(&s.0, &["commit", "-q", "-m", "second"]);

    let (_, subjects) = history_json(&s, "CHK-2026-001");
    assert_eq!(subjects, ["first"]);

    let (v, subjects) = history_json(&s, "CHK-2026-002");
    assert_eq!(v["file"], "checks/*.toml");
    assert_eq!(v["uncommitted"], false);
    assert_eq!(subjects, ["second"]);
}

/// `gbsw history ID --format json`, and the subjects of its commits.
fn history_json(s: &Scratch, id: &str) -> (serde_json::Value, Vec<String>) {
    let out = history(s, &["history", id, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let subjects = v["commits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["subject"].as_str().unwrap().to_owned())
        .collect();
    (v, subjects)
}

/// A partial clone fetches a missing object on demand through the transport its config
/// names: `remote.origin.uploadpack`, `core.sshCommand`, `ext::` URLs all run programs.
#[test]
fn a_partial_clone_fetches_nothing() {
    let source = repo("git-promisor-source");
    s_edit_commit(&source);
    git(&source.0, &["config", "uploadpack.allowFilter", "true"]);
    let s = Scratch::new("git-promisor");
    let url = format!("file://{}", source.0.display());
    git(
        &s.0,
        &["clone", "-q", "--no-local", "--filter=tree:0", &url, "l"],
    );
    let clone = s.0.join("l");
    let witness = s.path("ran");
    git(
        &clone,
        &[
            "config",
            "remote.origin.uploadpack",
            &format!("touch {}; false", witness.display()),
        ],
    );
    let out = Command::new(env!("CARGO_BIN_EXE_gbsw"))
        .args(["history", "CHK-2026-001"])
        .current_dir(&clone)
        .env_remove("GBSW_LEDGER")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CEILING_DIRECTORIES", &s.0)
        .output()
        .unwrap();
    assert!(
        !witness.exists(),
        "a transport named in .git/config ran: {}",
        stderr(&out)
    );
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
}

/// A second commit that changes the record, so that an older tree is needed for its history.
fn s_edit_commit(s: &Scratch) {
    s.write(
        "checks/CHK-2026-001.toml",
        check("CHK-2026-001", "2026-03-04"),
    );
    git(&s.0, &["commit", "-qam", "second"]);
}
