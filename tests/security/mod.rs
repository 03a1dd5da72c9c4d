//! Ledger content is untrusted: each module here is one kind of attack on a copy of
//! `ledger-example` (or a small ledger made at run time), with the defence it must meet. See
//! the threat model in docs/reliability.md.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod csv;
mod dates;
mod diagnostics;
mod formats;
mod git;
mod html;
mod ids;
mod outputs;
mod symlinks;
mod terminal;
mod writers;
mod xlsx;

/// A temporary folder unique to one test, removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    /// An empty folder named after the test.
    pub fn new(test: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("gbsw-security-{test}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }

    /// A copy of `ledger-example` (without its `.git`, if any), named after the test.
    pub fn example(test: &str) -> Self {
        let s = Self::new(test);
        copy_dir(Path::new("ledger-example"), &s.0);
        s
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    /// Write a file, making the folders above it.
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }

    /// Read a file as text.
    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap()
    }

    /// Replace `from` by `to` in a file, which must contain it.
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        fs::write(self.path(rel), text.replacen(from, to, 1)).unwrap();
    }

    /// Run gbsw with `args` in this folder (no language or time zone from the environment).
    pub fn gbsw(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_gbsw"))
            .args(args)
            .current_dir(&self.0)
            .env_remove("GBSW_LEDGER")
            .env_remove("GBSW_LANG")
            .output()
            .unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name == ".git" {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file under `dir`, relative to it, sorted.
pub fn files(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<String>) {
        for e in fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if e.file_type().unwrap().is_dir() {
                walk(&p, base, out);
            } else {
                out.push(p.strip_prefix(base).unwrap().display().to_string());
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
