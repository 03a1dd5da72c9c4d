//! The lock `gbsw new` holds while it chooses an id and writes the file (`.gbsw-new.lock` in
//! the ledger root).
//!
//! The lock is an advisory file lock (`flock`) on that file, not the file's existence: the
//! operating system lets go of it when its holder dies, even by `kill -9`, so a crashed writer
//! never blocks the next one, and there is no window in which two writers both decide the
//! holder is dead and both take over. The file names its holder (pid, host) for people and
//! for the fallback: where the file system cannot lock files, the file's existence is the
//! lock, and one whose holder is known to be gone (same host, no `/proc/<pid>`), or that is
//! older than a minute, is taken over.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::thread::sleep;
use std::time::{Duration, Instant, SystemTime};

/// The lock file's name, in the ledger root.
pub(crate) const LOCK_FILE: &str = ".gbsw-new.lock";

/// How long a writer waits for the lock before giving up: long enough for a queue of writers
/// on a large ledger, each reading it whole under the lock.
const WAIT: Duration = Duration::from_secs(30);

/// Without file locks, a lock file older than this was left by a writer that died.
const STALE_AGE: Duration = Duration::from_secs(60);

/// Why the lock was not taken.
#[derive(Debug)]
pub(crate) enum LockError {
    /// Another writer held it for the whole wait.
    Busy(PathBuf),
    /// Something other than a regular file (a symbolic link, a folder) has the lock's name.
    NotAFile(PathBuf),
    Io(PathBuf, io::Error),
}

/// The lock, held until dropped.
#[derive(Debug)]
pub(crate) struct Lock {
    #[cfg_attr(not(unix), allow(dead_code))]
    path: PathBuf,
    /// Open while the lock is held: closing it releases the file lock.
    _file: File,
}

/// What one attempt found.
enum Attempt {
    Held(Lock),
    /// Someone else holds it: wait and try again.
    Wait,
    /// The file changed under us (removed, replaced): try again at once.
    Again,
}

impl Lock {
    /// Take the lock of the ledger at `root`, waiting with growing pauses for up to 30 s.
    ///
    /// # Errors
    /// [`LockError::Busy`] when another writer kept it the whole time; [`LockError::NotAFile`]
    /// when the lock's name is taken by a symbolic link or a folder (never written through);
    /// [`LockError::Io`] when the file cannot be made.
    pub fn take(root: &Path) -> Result<Self, LockError> {
        let path = root.join(LOCK_FILE);
        let deadline = Instant::now() + WAIT;
        let mut pause = Duration::from_millis(5);
        loop {
            match attempt(&path)? {
                Attempt::Held(lock) => return Ok(lock),
                Attempt::Again => {}
                Attempt::Wait => {
                    let now = Instant::now();
                    if now >= deadline {
                        return Err(LockError::Busy(path));
                    }
                    sleep(pause.min(deadline - now));
                    pause = (pause * 2).min(Duration::from_millis(250));
                }
            }
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still locked, so a waiter that opened this file finds, once it gets
        // the lock, that the name no longer leads to it, and starts over.
        #[cfg(unix)]
        let _ = fs::remove_file(&self.path);
    }
}

fn attempt(path: &Path) -> Result<Attempt, LockError> {
    let io = |e| LockError::Io(path.to_path_buf(), e);
    match fs::symlink_metadata(path) {
        Ok(m) if !m.file_type().is_file() => return Err(LockError::NotAFile(path.to_path_buf())),
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => return create(path),
        Err(e) => return Err(io(e)),
    }
    let file = match fs::OpenOptions::new().read(true).write(true).open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Attempt::Again),
        Err(e) => return Err(io(e)),
    };
    match file.try_lock() {
        Ok(()) => {
            if !same_file(path, &file) {
                return Ok(Attempt::Again);
            }
            // Its holder died: the file is ours now, and names us.
            name_holder(&file);
            Ok(Attempt::Held(Lock {
                path: path.to_path_buf(),
                _file: file,
            }))
        }
        Err(fs::TryLockError::WouldBlock) => Ok(Attempt::Wait),
        Err(fs::TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
            let text = fs::read_to_string(path).unwrap_or_default();
            let old = fs::metadata(path)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| SystemTime::now().duration_since(t).ok())
                .is_some_and(|age| age > STALE_AGE);
            if old || holder_gone(&text) {
                let _ = fs::remove_file(path);
                Ok(Attempt::Again)
            } else {
                Ok(Attempt::Wait)
            }
        }
        Err(fs::TryLockError::Error(e)) => Err(io(e)),
    }
}

/// Make the lock file, locked and naming its holder before anyone can see it: written as a
/// temporary file and linked into place, which fails if another writer made it first.
fn create(path: &Path) -> Result<Attempt, LockError> {
    let io = |e| LockError::Io(path.to_path_buf(), e);
    let tmp = path.with_file_name(format!("{LOCK_FILE}.{}.tmp", std::process::id()));
    // Left by an earlier process that had our pid and died.
    let _ = fs::remove_file(&tmp);
    let file = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .open(&tmp)
        .map_err(io)?;
    let made = (|| {
        match file.try_lock() {
            Ok(()) => {}
            // Without file locks, the file's existence is the lock.
            Err(fs::TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {}
            Err(fs::TryLockError::Error(e)) => return Err(e),
            Err(fs::TryLockError::WouldBlock) => return Err(io::ErrorKind::WouldBlock.into()),
        }
        name_holder(&file);
        fs::hard_link(&tmp, path)
    })();
    let _ = fs::remove_file(&tmp);
    match made {
        Ok(()) => Ok(Attempt::Held(Lock {
            path: path.to_path_buf(),
            _file: file,
        })),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(Attempt::Again),
        Err(e) => Err(io(e)),
    }
}

/// Whether `path` still names the file we opened (and locked).
#[cfg(unix)]
fn same_file(path: &Path, file: &File) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::symlink_metadata(path), file.metadata()) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Elsewhere the lock file is never removed, so the name always leads to the file locked.
#[cfg(not(unix))]
fn same_file(_: &Path, _: &File) -> bool {
    true
}

/// Write the holder's name into the lock file. Best effort: the file lock is the lock, and a
/// full disk must still let `gbsw new` reach the write that says so about the record.
fn name_holder(file: &File) {
    let _ = file
        .set_len(0)
        .and_then(|()| (&*file).write_all(holder().as_bytes()));
}

/// What the lock file says about its holder.
fn holder() -> String {
    match host() {
        Some(h) => format!("pid={} host={h}\n", std::process::id()),
        None => format!("pid={}\n", std::process::id()),
    }
}

/// This machine's name, where the system shows it.
fn host() -> Option<String> {
    let name = fs::read_to_string("/proc/sys/kernel/hostname").ok()?;
    let name = name.trim();
    (!name.is_empty() && !name.contains(char::is_whitespace)).then(|| name.to_owned())
}

/// Whether the lock file's holder (`pid=N host=H`) is known to be gone: it ran on this host
/// and the process no longer exists.
fn holder_gone(text: &str) -> bool {
    let mut pid = None;
    let mut same_host = false;
    for part in text.split_whitespace() {
        if let Some(p) = part.strip_prefix("pid=") {
            pid = p.parse::<u32>().ok();
        } else if let Some(h) = part.strip_prefix("host=") {
            same_host = host().is_some_and(|mine| mine == h);
        }
    }
    same_host && pid.is_some_and(|p| process_gone(p) == Some(true))
}

/// Whether process `pid` is known to have ended: `/proc` shows this process but not that one.
/// `None` where that cannot be told (no `/proc`).
#[must_use]
pub(crate) fn process_gone(pid: u32) -> Option<bool> {
    if !Path::new("/proc/self/stat").exists() {
        return None;
    }
    Some(!Path::new("/proc").join(pid.to_string()).exists())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_holder_is_gone_only_when_known_to_be() {
        let me = std::process::id();
        assert_eq!(process_gone(me), Some(false));
        assert!(!holder_gone(&format!("pid={me} host=elsewhere.invalid")));
        assert!(!holder_gone("pid=x"));
        assert!(!holder_gone(""));
        if let Some(h) = host() {
            assert!(!holder_gone(&format!("pid={me} host={h}")));
            // Beyond the largest pid Linux hands out (2^22).
            assert!(holder_gone(&format!("pid=4194305 host={h}")));
        }
    }
}
