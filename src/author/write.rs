//! Writing a file so that it either appears whole or not at all, and never replaces another.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Write `contents` to a new temporary file beside `path` and flush it to disk; returns the
/// temporary file's path. The caller moves it into place and removes it on failure.
pub(crate) fn write_temp(path: &Path, contents: &[u8]) -> io::Result<PathBuf> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)?;
    let written = f.write_all(contents).and_then(|()| f.sync_all());
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    Ok(tmp)
}

/// Write `contents` to `path`, which must not exist: through a temporary file in the same folder
/// and a hard link, so another writer sees the whole file or nothing, and an existing file is
/// never replaced (the link fails with `AlreadyExists`). The temporary file is removed in
/// every case.
///
/// # Errors
/// `AlreadyExists` when `path` exists; any error of creating, writing or linking.
pub fn create_new(path: &Path, contents: impl AsRef<[u8]>) -> io::Result<()> {
    let tmp = write_temp(path, contents.as_ref())?;
    let linked = fs::hard_link(&tmp, path);
    let _ = fs::remove_file(&tmp);
    linked
}

/// The first folder on the way from `root` to the folder `root/dir`, that one included and
/// `root` itself not, that is a symbolic link, as a path relative to `root`. A writer refuses
/// such a path: a link committed to a ledger could point anywhere the user can write.
#[must_use]
pub(crate) fn link_below(root: &Path, dir: &Path) -> Option<PathBuf> {
    let mut at = PathBuf::new();
    for part in dir.components() {
        at.push(part);
        if fs::symlink_metadata(root.join(&at)).is_ok_and(|m| m.is_symlink()) {
            return Some(at);
        }
    }
    None
}

/// Remove the temporary files (`.NAME.PID.tmp`) in `dir` left by writers that were killed
/// before they could remove them: those whose process is gone, or, where that cannot be told
/// (no `/proc`), that are more than an hour old. Only regular files are touched, and
/// failures are ignored: this is tidying, not writing.
pub(crate) fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = temp_pid(&name.to_string_lossy()) else {
            continue;
        };
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        if !meta.file_type().is_file() || pid == std::process::id() {
            continue;
        }
        let gone = super::lock::process_gone(pid).unwrap_or_else(|| {
            meta.modified()
                .ok()
                .and_then(|t| std::time::SystemTime::now().duration_since(t).ok())
                .is_some_and(|age| age > std::time::Duration::from_secs(3600))
        });
        if gone {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The pid in the name of a temporary file of [`write_temp`]: `.NAME.PID.tmp`.
fn temp_pid(name: &str) -> Option<u32> {
    let rest = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (stem, pid) = rest.rsplit_once('.')?;
    if stem.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::temp_pid;

    #[test]
    fn temporary_names_give_their_pid() {
        assert_eq!(temp_pid(".CHK-2026-001.toml.4242.tmp"), Some(4242));
        assert_eq!(temp_pid(".gbsw-new.lock.7.tmp"), Some(7));
        for other in [
            "CHK-2026-001.toml.4242.tmp",
            "..4242.tmp",
            ".x.+42.tmp",
            ".x.tmp",
            ".x.42.toml",
        ] {
            assert_eq!(temp_pid(other), None, "{other}");
        }
    }
}
