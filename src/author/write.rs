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

/// Write `contents` to `path`, replacing it if it exists, through a temporary file and a rename:
/// a failed write leaves the old file (or none), never half of one. For outputs a command is
/// asked to regenerate (`report -o`), not for records.
///
/// # Errors
/// Any error of creating, writing or renaming.
pub fn replace(path: &Path, contents: impl AsRef<[u8]>) -> io::Result<()> {
    // A device, pipe or socket (`-o /dev/stdout`, `-o /dev/null`) is written to, not
    // replaced: renaming over it would swap the device node for a regular file.
    if fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        return fs::OpenOptions::new()
            .write(true)
            .open(path)?
            .write_all(contents.as_ref());
    }
    let tmp = write_temp(path, contents.as_ref())?;
    let renamed = fs::rename(&tmp, path);
    if renamed.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    renamed
}

/// The first folder on the way from `root` to `root/rel` (`root` itself not included) that is
/// a symbolic link, as a path relative to `root`. A writer refuses such a path: a link
/// committed to a ledger could point anywhere the user can write.
#[must_use]
pub fn link_below(root: &Path, rel: &Path) -> Option<PathBuf> {
    let mut at = PathBuf::new();
    for part in rel.parent()?.components() {
        at.push(part);
        if fs::symlink_metadata(root.join(&at)).is_ok_and(|m| m.is_symlink()) {
            return Some(at);
        }
    }
    None
}
