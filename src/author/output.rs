//! The one rule for every file a command writes on request (`report -o`, `form -o`, `export
//! -o`, `schema --out`): a file that exists is replaced only with `--force`; the ledger's
//! manifest and record files never, even with `--force`; a symbolic link is never written
//! through; a replaced file keeps its mode and owner; and a file, or a folder of files,
//! appears whole or not at all.
//!
//! Why so strict: the path comes from a person, but the files around it (a `schemas/` folder
//! in the ledger, a link a clerk committed) come from the ledger, which is untrusted. A link
//! named like an output could point anywhere the user can write.

use std::collections::HashSet;
use std::fs::{self, Metadata};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use crate::author::write::{create_new, write_temp};
use crate::ledger::Ledger;

/// Files that no output may replace: the manifest and every file the ledger was read from,
/// known by device and inode, so that another path to the same file (`./gbsw.toml`, a hard
/// link, `../ledger/checks/…`) is recognised too.
#[derive(Debug, Default)]
pub struct Guard {
    files: HashSet<FileKey>,
}

impl Guard {
    /// Nothing is protected (no ledger, as for a blank form outside one).
    #[must_use]
    pub fn none() -> Self {
        Self::default()
    }

    /// The manifest, every file of the ledger and the reports' narratives (`reports/`: a
    /// report written with `-o reports/2026H1.md --force` must not replace its own words).
    #[must_use]
    pub fn of(ledger: &Ledger) -> Self {
        let narratives = walkdir::WalkDir::new(ledger.root.join(crate::narrative::FOLDER))
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(walkdir::DirEntry::into_path);
        let files = std::iter::once(ledger.root.join("gbsw.toml"))
            .chain(ledger.files.iter().map(|(_, f)| f.path.clone()))
            .chain(narratives)
            .filter_map(|p| {
                let meta = fs::metadata(&p).ok()?;
                file_key(&p, &meta)
            })
            .collect();
        Self { files }
    }

    fn protects(&self, path: &Path, meta: &Metadata) -> bool {
        file_key(path, meta).is_some_and(|k| self.files.contains(&k))
    }
}

/// What tells one file from another: device and inode where there are inodes, else the
/// canonical path.
#[cfg(unix)]
type FileKey = (u64, u64);
#[cfg(not(unix))]
type FileKey = PathBuf;

#[cfg(unix)]
#[allow(clippy::unnecessary_wraps)]
fn file_key(_: &Path, meta: &Metadata) -> Option<FileKey> {
    use std::os::unix::fs::MetadataExt as _;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn file_key(path: &Path, _: &Metadata) -> Option<FileKey> {
    fs::canonicalize(path).ok()
}

pub(crate) use crate::error::OutputError;

/// What is at a path the output would take.
enum Target {
    /// Nothing: the file is created.
    Free,
    /// A regular file that may be replaced (with `--force`); its metadata.
    File(Metadata),
    /// A device, pipe or socket (`-o /dev/null`, `-o /dev/stdout`): written into, never
    /// replaced, since renaming over it would swap the device node for a regular file.
    Device,
}

/// Decide about one path, without changing anything.
fn target(path: &Path, force: bool, guard: &Guard) -> Result<Target, OutputError> {
    let meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Target::Free),
        Err(e) => return Err(OutputError::Io(path.to_owned(), e)),
    };
    if meta.is_symlink() {
        // `/dev/stdout` is a link to a device: fine. A link to a file, a folder or nowhere is not.
        return match fs::metadata(path) {
            Ok(t) if !t.is_file() && !t.is_dir() => Ok(Target::Device),
            _ => Err(OutputError::Symlink(path.to_owned())),
        };
    }
    if meta.is_dir() {
        return Err(OutputError::WrongType(path.to_owned()));
    }
    if !meta.is_file() {
        return Ok(Target::Device);
    }
    if guard.protects(path, &meta) {
        return Err(OutputError::LedgerFile(path.to_owned()));
    }
    if !force {
        return Err(OutputError::Exists(vec![path.to_owned()]));
    }
    Ok(Target::File(meta))
}

/// Write one output file under the rule above.
///
/// # Errors
/// [`OutputError`]; nothing was changed.
pub fn write_file(
    path: &Path,
    bytes: &[u8],
    force: bool,
    guard: &Guard,
) -> Result<(), OutputError> {
    let io_err = |e| OutputError::Io(path.to_owned(), e);
    match target(path, force, guard)? {
        Target::Free => create_new(path, bytes).map_err(|e| {
            if e.kind() == io::ErrorKind::AlreadyExists {
                // Appeared meanwhile: the same answer as if it had been there.
                OutputError::Exists(vec![path.to_owned()])
            } else {
                io_err(e)
            }
        }),
        Target::Device => fs::OpenOptions::new()
            .write(true)
            .open(path)
            .and_then(|mut f| f.write_all(bytes))
            .map_err(io_err),
        Target::File(old) => {
            let tmp = write_temp(path, bytes).map_err(io_err)?;
            let moved = keep_mode_and_owner(&tmp, &old).and_then(|()| fs::rename(&tmp, path));
            if moved.is_err() {
                let _ = fs::remove_file(&tmp);
            }
            moved.map_err(io_err)
        }
    }
}

/// Write a folder of output files (`export all --format csv -o DIR`, `schema --out DIR`):
/// every file is checked first and written into a temporary folder beside `dir`; only when
/// all are written are they moved into place (the whole folder in one rename when it is new),
/// so a failure leaves neither half of the files nor new files mixed with stale ones.
///
/// # Errors
/// [`OutputError`]; nothing was changed.
pub fn write_folder(
    dir: &Path,
    files: &[(String, Vec<u8>)],
    force: bool,
    guard: &Guard,
) -> Result<(), OutputError> {
    let io_err = |p: &Path, e| OutputError::Io(p.to_owned(), e);
    let exists = match fs::symlink_metadata(dir) {
        Ok(m) if m.is_symlink() => return Err(OutputError::Symlink(dir.to_owned())),
        Ok(m) if !m.is_dir() => return Err(OutputError::WrongType(dir.to_owned())),
        Ok(_) => true,
        Err(e) if e.kind() == io::ErrorKind::NotFound => false,
        Err(e) => return Err(io_err(dir, e)),
    };
    let mut targets = Vec::new();
    let mut existing = Vec::new();
    for (name, _) in files {
        let path = dir.join(name);
        match target(&path, force, guard) {
            Err(OutputError::Exists(mut p)) => existing.append(&mut p),
            Err(e) => return Err(e),
            Ok(Target::Device) => return Err(OutputError::WrongType(path)),
            Ok(t) => targets.push((path, t)),
        }
    }
    if !existing.is_empty() {
        return Err(OutputError::Exists(existing));
    }

    let tmp = temp_folder(dir).map_err(|e| io_err(dir, e))?;
    let written = files.iter().try_for_each(|(name, bytes)| {
        let path = tmp.join(name);
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
            .map_err(|e| io_err(&dir.join(name), e))
    });
    if let Err(e) = written {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    if !exists {
        let renamed = fs::rename(&tmp, dir).map_err(|e| io_err(dir, e));
        if renamed.is_err() {
            let _ = fs::remove_dir_all(&tmp);
        }
        return renamed;
    }
    let moved = files
        .iter()
        .zip(&targets)
        .try_for_each(|((name, _), (path, t))| {
            let from = tmp.join(name);
            match t {
                Target::File(old) => {
                    keep_mode_and_owner(&from, old).and_then(|()| fs::rename(&from, path))
                }
                _ => fs::hard_link(&from, path),
            }
            .map_err(|e| {
                if e.kind() == io::ErrorKind::AlreadyExists {
                    OutputError::Exists(vec![path.clone()])
                } else {
                    io_err(path, e)
                }
            })
        });
    let _ = fs::remove_dir_all(&tmp);
    moved
}

/// A new, empty folder beside `dir` named `.NAME.PID.tmp`, like the temporary files of
/// [`write_temp`].
fn temp_folder(dir: &Path) -> io::Result<PathBuf> {
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = dir
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let tmp = parent.join(format!(".{name}.{}.tmp", std::process::id()));
    if fs::symlink_metadata(&tmp).is_ok_and(|m| m.is_dir() && !m.is_symlink()) {
        // Left by this very process id before (a killed run long ago): start afresh.
        fs::remove_dir_all(&tmp)?;
    }
    fs::create_dir(&tmp)?;
    Ok(tmp)
}

/// Give the replacement the mode, owner and group of the file it replaces.
fn keep_mode_and_owner(new: &Path, old: &Metadata) -> io::Result<()> {
    fs::set_permissions(new, old.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let now = fs::metadata(new)?;
        if now.uid() != old.uid() || now.gid() != old.gid() {
            std::os::unix::fs::chown(new, Some(old.uid()), Some(old.gid()))?;
        }
    }
    Ok(())
}
