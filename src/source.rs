//! The files of a ledger as read from disk: their text, or why there is none.

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::line_index::LineIndex;

/// Index of a file in [`Files`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub u32);

/// One file of the ledger.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the ledger root, with `/` separators: what diagnostics show.
    pub display: String,
    /// Absolute (or root-joined) path on disk.
    pub path: PathBuf,
    /// The text, without a byte-order mark. `None` when the file could not be read as text.
    /// Set it before asking for positions: the line index is built once, on the first ask.
    pub text: Option<String>,
    lines: OnceLock<LineIndex>,
}

impl SourceFile {
    /// A file not read yet.
    #[must_use]
    pub fn new(display: String, path: PathBuf) -> Self {
        Self {
            display,
            path,
            text: None,
            lines: OnceLock::new(),
        }
    }

    fn index(&self) -> Option<(&str, &LineIndex)> {
        let text = self.text.as_deref()?;
        Some((text, self.lines.get_or_init(|| LineIndex::new(text))))
    }

    /// 1-based line and 1-based column (in characters) of a byte offset.
    #[must_use]
    pub(crate) fn line_col(&self, offset: usize) -> (usize, usize) {
        self.index()
            .map_or((1, 1), |(text, index)| index.line_col(text, offset))
    }

    /// The line holding `offset` (without its line break), its 1-based number and the byte
    /// offset where it starts.
    #[must_use]
    pub(crate) fn line_of(&self, offset: usize) -> Option<(usize, usize, &str)> {
        let (text, index) = self.index()?;
        Some(index.line_of(text, offset))
    }
}

/// All files of a ledger, in a stable order (sorted by display path).
#[derive(Debug, Clone, Default)]
pub struct Files {
    files: Vec<SourceFile>,
}

impl Files {
    pub fn push(&mut self, file: SourceFile) -> FileId {
        let id = FileId(u32::try_from(self.files.len()).unwrap_or(u32::MAX));
        self.files.push(file);
        id
    }

    #[must_use]
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    #[must_use]
    pub fn display(&self, id: FileId) -> &str {
        self.get(id).map_or("?", |f| f.display.as_str())
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.files.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(u32::try_from(i).unwrap_or(u32::MAX)), f))
    }
}
