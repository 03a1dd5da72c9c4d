//! 修改历史 (history): who changed a record and when, read from the git repository the ledger
//! lives in. The ledger in git is the document's "痕迹化管理" (a traceable trail); this module
//! asks `git log` for the trail of one record's file and returns it as data.
//!
//! `git` is run as a program rather than linked as a library: the answer is then exactly what
//! `git log` says in that repository, with the user's own git (its config, its `.mailmap`),
//! and no C library or large crate is added for one read-only query.

use std::io::ErrorKind;
use std::path::Path;
use std::process::{Command, Output};

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use crate::kind::Kind;
use crate::ledger::Ledger;
use crate::query::rec::all_ids;
use crate::suggest::did_you_mean;

/// One commit that changed the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Commit {
    pub hash: String,
    /// The abbreviated hash git prints.
    pub short: String,
    /// The author's name and address, after `.mailmap`.
    pub author: String,
    pub email: String,
    /// When the author made the change, in the author's time zone.
    pub date: DateTime<FixedOffset>,
    /// The first line of the commit message.
    pub subject: String,
}

/// A record's history: its file's commits, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecordHistory {
    pub id: String,
    pub kind: Kind,
    /// The file, relative to the ledger root.
    pub file: String,
    /// How many records the file holds: with more than one, the history is the whole file's.
    pub records_in_file: usize,
    pub commits: Vec<Commit>,
    /// The file has changes that are not committed yet.
    pub uncommitted: bool,
}

pub(crate) use crate::error::HistoryError;

/// The history of the record with an id.
///
/// # Errors
/// [`HistoryError`] when there is no such record or git cannot give its file's history.
pub fn record_history(ledger: &Ledger, id: &str) -> Result<RecordHistory, HistoryError> {
    let Some(found) = ledger.lookup(id) else {
        if ledger.is_broken(id) {
            return Err(HistoryError::Unreadable { id: id.to_owned() });
        }
        let near = did_you_mean(id, all_ids(ledger).into_iter()).map(str::to_owned);
        return Err(HistoryError::Unknown {
            id: id.to_owned(),
            near,
        });
    };
    let file = ledger
        .files
        .get(found.meta.file)
        .ok_or_else(|| HistoryError::Unreadable { id: id.to_owned() })?;
    let records_in_file = ledger
        .ids
        .values()
        .filter(|r| r.meta.file == found.meta.file)
        .count();
    let (commits, uncommitted) = file_log(&file.path, &file.display)?;
    Ok(RecordHistory {
        id: id.to_owned(),
        kind: found.kind,
        file: file.display.clone(),
        records_in_file,
        commits,
        uncommitted,
    })
}

/// Field and record separators for `git log --format`: bytes that cannot occur in a name,
/// an address or a one-line subject.
const FIELD: char = '\u{1f}';
const RECORD: char = '\u{1e}';

/// The commits that changed a file, newest first, following renames, and whether it has
/// uncommitted changes. `shown` is the file's name in messages.
///
/// # Errors
/// [`HistoryError`] when git is missing, the file is not in a work tree or never committed.
pub(crate) fn file_log(path: &Path, shown: &str) -> Result<(Vec<Commit>, bool), HistoryError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().map_or_else(
        || path.as_os_str().to_owned(),
        std::ffi::OsStr::to_os_string,
    );
    let inside = run(git(dir).args(["rev-parse", "--is-inside-work-tree"]))?;
    if !inside.status.success() || String::from_utf8_lossy(&inside.stdout).trim() != "true" {
        let err = String::from_utf8_lossy(&inside.stderr);
        // "not a git repository" is the one failure that means what it says; anything else
        // (a repository owned by another user, a broken .git) is git's to explain.
        return if inside.status.success() || err.contains("not a git repository") {
            Err(HistoryError::NotARepo)
        } else {
            Err(HistoryError::Git {
                message: first_line(&err),
            })
        };
    }
    let format = format!("--format=%H{FIELD}%h{FIELD}%aN{FIELD}%aE{FIELD}%aI{FIELD}%s{RECORD}");
    let out = run(git(dir)
        .args([
            "log",
            "--follow",
            "--no-color",
            "--no-ext-diff",
            "--no-textconv",
            "--no-show-signature",
        ])
        .arg(&format)
        .arg("--")
        .arg(&name))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        // A repository with no commit at all.
        return if err.contains("does not have any commits") {
            Err(HistoryError::Untracked {
                file: shown.to_owned(),
            })
        } else {
            Err(HistoryError::Git {
                message: first_line(&err),
            })
        };
    }
    let commits = parse_log(&String::from_utf8_lossy(&out.stdout));
    if commits.is_empty() {
        return Err(HistoryError::Untracked {
            file: shown.to_owned(),
        });
    }
    Ok((commits, uncommitted(dir, &name)?))
}

/// Whether the file differs from its last committed version. `git status` would say, but
/// it runs the repository's fsmonitor hook and clean filters, which a ledger's `.git/config`
/// and `.gitattributes` (untrusted) can name; comparing the blob of the file as it is, hashed
/// with no filters, with the blob at `HEAD` runs nothing.
fn uncommitted(dir: &Path, name: &std::ffi::OsStr) -> Result<bool, HistoryError> {
    let worktree = run(git(dir)
        .args(["hash-object", "--no-filters", "--"])
        .arg(name))?;
    let mut spec = std::ffi::OsString::from("HEAD:./");
    spec.push(name);
    let committed = run(git(dir)
        .args(["rev-parse", "--verify", "--quiet"])
        .arg(spec))?;
    Ok(!(worktree.status.success()
        && committed.status.success()
        && worktree.stdout.trim_ascii() == committed.stdout.trim_ascii()))
}

/// git, run so that nothing in the repository's own configuration can execute a program
/// (the ledger's `.git/config` is as untrusted as its records): no pager, no fsmonitor, no
/// hooks, no external diff or text conversion, no signature checks, no optional locks, no
/// lazy fetch or transport of any kind; and paths are taken literally, so a file named
/// `*.toml` does not match other files.
pub(crate) fn git(dir: &Path) -> Command {
    let mut cmd = Command::new("git");
    cmd.current_dir(dir)
        .env("LC_ALL", "C")
        .env("GIT_LITERAL_PATHSPECS", "1")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .env("GIT_TERMINAL_PROMPT", "0")
        // A partial clone fetches missing objects on demand, through a transport the
        // repository's config names (`uploadpack`, `core.sshCommand`, `ext::`): no fetching,
        // and no transport at all.
        .env("GIT_NO_LAZY_FETCH", "1")
        .env("GIT_ALLOW_PROTOCOL", "none")
        .env("GIT_PAGER", "cat")
        .env("PAGER", "cat")
        .env_remove("GIT_EXTERNAL_DIFF")
        .args([
            "--no-pager",
            "-c",
            "core.fsmonitor=false",
            "-c",
            "core.hooksPath=/dev/null",
            "-c",
            "core.pager=cat",
            "-c",
            "log.showSignature=false",
            "-c",
            "gpg.program=false",
            "-c",
            "core.untrackedCache=false",
        ]);
    cmd
}

fn run(cmd: &mut Command) -> Result<Output, HistoryError> {
    cmd.output().map_err(|e| {
        if e.kind() == ErrorKind::NotFound {
            HistoryError::GitMissing
        } else {
            HistoryError::Git {
                message: e.to_string(),
            }
        }
    })
}

fn first_line(s: &str) -> String {
    s.lines()
        .map(|l| l.trim().trim_start_matches("fatal: "))
        .find(|l| !l.is_empty())
        .unwrap_or("")
        .to_owned()
}

/// `git log` output in our format; a record that does not parse is left out.
fn parse_log(text: &str) -> Vec<Commit> {
    text.split(RECORD)
        .filter_map(|r| {
            let mut f = r.trim_start_matches(['\n', '\r']).split(FIELD);
            let hash = f.next()?.to_owned();
            let short = f.next()?.to_owned();
            let author = f.next()?.to_owned();
            let email = f.next()?.to_owned();
            let date = DateTime::parse_from_rfc3339(f.next()?).ok()?;
            let subject = f.next()?.to_owned();
            (!hash.is_empty()).then_some(Commit {
                hash,
                short,
                author,
                email,
                date,
                subject,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn parses_log_records() {
        let text = "a1\u{1f}a\u{1f}刘敏\u{1f}lm@example.cn\u{1f}2026-03-05T10:00:00+08:00\u{1f}新增 NC-1\u{1e}\nb2\u{1f}b\u{1f}Li\u{1f}li@example.cn\u{1f}2026-03-06T09:30:00+08:00\u{1f}fix | typo\u{1e}\n";
        let commits = parse_log(text);
        assert_eq!(commits.len(), 2);
        assert_eq!(commits[0].author, "刘敏");
        assert_eq!(commits[1].subject, "fix | typo");
        assert_eq!(
            commits[1].date.to_rfc3339(),
            "2026-03-06T09:30:00+08:00".to_owned()
        );
    }

    #[test]
    fn first_line_drops_fatal() {
        assert_eq!(
            first_line("\nfatal: detected dubious ownership\nmore"),
            "detected dubious ownership"
        );
    }
}
