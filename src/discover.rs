//! Finding the ledger root and the files in it.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::kind::Kind;
use crate::parse::Format;
use crate::visible;

pub const MANIFEST: &str = "gbsw.toml";

/// Walk up from `start` to the first folder holding `gbsw.toml`, like Cargo finds Cargo.toml.
#[must_use]
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| dir.join(MANIFEST).is_file())
        .map(Path::to_path_buf)
}

/// Where a found file sits, which decides what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    Manifest,
    Record(Kind, Format),
    /// A record-like file directly in the root, beside `gbsw.toml`.
    Outside,
    /// A record-like file under a top-level folder that names no kind.
    UnknownFolder(String),
    /// A symbolic link that leads back to a folder above it.
    Loop,
    /// A symbolic link whose target (given, fully resolved) is outside the ledger root: it
    /// is neither read nor walked.
    OutsideLedger(PathBuf),
    /// A folder already walked, reached again through a link (where it was first read,
    /// relative to the root).
    LinkedTwice(String),
    /// A file or folder that could not be listed or inspected.
    Unreadable(std::io::ErrorKind, String),
}

#[derive(Debug, Clone)]
pub struct Found {
    /// Relative to the root, `/`-separated.
    pub rel: String,
    pub path: PathBuf,
    pub placement: Placement,
}

/// Every file of the ledger that gbsw reads or reports, sorted by relative path. Hidden
/// files and folders (`.git`, `.github`, a writer's `.NAME.PID.tmp`) are skipped; other
/// extensions are ignored. Symbolic links are followed inside the ledger only: one that
/// resolves outside the root is listed as [`Placement::OutsideLedger`] and not followed, so
/// a ledger cannot make gbsw read `/etc/passwd` or walk `/proc`; a folder reached twice is
/// walked once.
#[must_use]
pub fn discover(root: &Path) -> Vec<Found> {
    let mut found = Vec::new();
    let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut seen: std::collections::HashMap<PathBuf, String> = std::collections::HashMap::new();
    let mut walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    while let Some(entry) = walker.next() {
        let link = match &entry {
            Ok(e) if e.depth() > 0 && e.path_is_symlink() => Some(e.path()),
            Err(err) if err.depth() > 0 => err.path().filter(|p| p.is_symlink()),
            _ => None,
        };
        if let Some(target) = link.and_then(|l| outside(&real_root, l)) {
            let path = link.map_or_else(|| root.to_path_buf(), Path::to_path_buf);
            if entry.as_ref().is_ok_and(|e| e.file_type().is_dir()) {
                walker.skip_current_dir();
            }
            found.push(Found {
                rel: relative(root, &path),
                path,
                placement: Placement::OutsideLedger(target),
            });
            continue;
        }
        // A folder reached a second time through links inside the ledger is not walked again:
        // its files are read once, where it was first reached. Without this a ladder of
        // links (`d2/a -> ../d1`, `d2/b -> ../d1`, …) makes the walk exponential.
        if let Ok(e) = &entry
            && e.file_type().is_dir()
        {
            let real = e
                .path()
                .canonicalize()
                .unwrap_or_else(|_| e.path().to_path_buf());
            if let Some(first) = seen.get(&real) {
                walker.skip_current_dir();
                found.push(Found {
                    rel: relative(root, e.path()),
                    path: e.path().to_path_buf(),
                    placement: Placement::LinkedTwice(first.clone()),
                });
                continue;
            }
            seen.insert(real, relative(root, e.path()));
        }
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let rel = relative(root, e.path());
                if let Some(placement) = place(&rel) {
                    found.push(Found {
                        rel,
                        path: e.path().to_path_buf(),
                        placement,
                    });
                }
            }
            Ok(_) => {}
            Err(err) => {
                let path = err
                    .path()
                    .map_or_else(|| root.to_path_buf(), Path::to_path_buf);
                let rel = relative(root, &path);
                let placement = if err.loop_ancestor().is_some() {
                    Placement::Loop
                } else {
                    let kind = err
                        .io_error()
                        .map_or(std::io::ErrorKind::Other, std::io::Error::kind);
                    let detail = err
                        .io_error()
                        .map_or_else(|| err.to_string(), ToString::to_string);
                    Placement::Unreadable(kind, detail)
                };
                found.push(Found {
                    rel,
                    path,
                    placement,
                });
            }
        }
    }
    found.sort_by(|a, b| a.rel.cmp(&b.rel));
    found
}

/// Where a symbolic link leads, when that is outside the (resolved) root. A link that does
/// not resolve (dangling) is not outside: reading it fails and is reported as unreadable.
fn outside(real_root: &Path, link: &Path) -> Option<PathBuf> {
    let target = link.canonicalize().ok()?;
    (!target.starts_with(real_root)).then_some(target)
}

/// The path relative to the root, as shown: `/` between folders, and each name on one line
/// with its control characters escaped, so that a file named with a line break or an escape
/// sequence cannot forge a line of output.
fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = rel
        .components()
        .map(|c| visible::line(&c.as_os_str().to_string_lossy()).into_owned())
        .collect();
    if parts.is_empty() {
        ".".to_owned()
    } else {
        parts.join("/")
    }
}

fn place(rel: &str) -> Option<Placement> {
    if rel == MANIFEST {
        return Some(Placement::Manifest);
    }
    let ext = rel.rsplit_once('.').map(|(_, e)| e)?;
    let format = Format::from_extension(ext)?;
    match rel.split_once('/') {
        None => Some(Placement::Outside),
        Some((top, _)) => Some(match Kind::from_folder(top) {
            Some(kind) => Placement::Record(kind, format),
            None => Placement::UnknownFolder(top.to_owned()),
        }),
    }
}
