//! Reading a file's bytes as text, and saying exactly why when that is not possible.

use std::io::Read;
use std::path::Path;

use crate::diag::Code;
use crate::message::Msg;

/// A record file larger than this is refused: a year of daily checks in one file is well
/// under a megabyte, and the bound keeps a stray dump from eating memory.
pub(crate) const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Where a path in the ledger really leads, every symbolic link on the way resolved.
#[derive(Debug)]
pub(crate) enum Place {
    /// Inside the ledger's real root: the real path and what is there.
    Inside(std::path::PathBuf, std::fs::Metadata),
    /// Out of the ledger: nothing there is read.
    Outside,
    /// Nothing to resolve (a broken link, a missing folder) or no permission.
    Unresolved(std::io::Error),
}

/// Where `path` really is, against `real_root` (the ledger's root, canonicalized once by
/// the caller): the one rule by which narratives and evidence files stay inside the ledger.
pub(crate) fn locate(real_root: &Path, path: &Path) -> Place {
    let real = match path.canonicalize() {
        Ok(real) => real,
        Err(e) => return Place::Unresolved(e),
    };
    if !real.starts_with(real_root) {
        return Place::Outside;
    }
    match real.metadata() {
        Ok(meta) => Place::Inside(real, meta),
        Err(e) => Place::Unresolved(e),
    }
}

/// Why a file has no text.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadProblem {
    pub code: Code,
    pub message: Msg,
    pub hint: Option<Msg>,
    /// For text that is not UTF-8: the text with invalid bytes replaced, and the byte offset
    /// of the first invalid one, so the diagnostic can show the line and point at it.
    pub lossy: Option<(String, usize)>,
}

/// The file's text without a UTF-8 byte-order mark.
///
/// # Errors
/// A [`ReadProblem`] when the file cannot be read, is too large, binary, or not UTF-8.
pub fn read_text(path: &Path, display: &str) -> Result<String, Box<ReadProblem>> {
    let unreadable = |e: std::io::Error| {
        Box::new(ReadProblem {
            code: Code::Unreadable,
            message: Msg::Unreadable {
                kind: e.kind(),
                detail: e.to_string(),
            },
            hint: Some(Msg::HintPermissions),
            lossy: None,
        })
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    // The size as the buffer's first capacity: read in one call into one allocation, where
    // an empty vector started with a probe read and grew by doubling. A size that changed
    // in the meantime is still read whole (or caught by the limit).
    let size = file.metadata().map_or(0, |m| m.len()).min(MAX_FILE_BYTES);
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0) + 1);
    // Read one byte past the limit, so that a file growing while it is read is caught too.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(Box::new(ReadProblem {
            code: Code::FileTooLarge,
            message: Msg::TooLarge {
                size,
                limit: MAX_FILE_BYTES,
            },
            hint: Some(Msg::HintSplitFile),
            lossy: None,
        }));
    }
    decode_bytes(bytes, display)
}

/// Bytes to text: BOM dropped, NUL bytes mean binary, invalid UTF-8 is reported with the line
/// it starts on and a conversion command when the bytes read as GB18030.
///
/// # Errors
/// A [`ReadProblem`] for binary or non-UTF-8 content.
pub fn decode_bytes(mut bytes: Vec<u8>, display: &str) -> Result<String, Box<ReadProblem>> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    if bytes.contains(&0) {
        return Err(Box::new(ReadProblem {
            code: Code::BinaryFile,
            message: Msg::Binary,
            hint: Some(Msg::HintRemoveBinary),
            lossy: None,
        }));
    }
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let valid = e.utf8_error().valid_up_to();
        let line = bytes
            .get(..valid)
            .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
            + 1;
        let gbk = encoding_rs::GB18030
            .decode_without_bom_handling_and_without_replacement(bytes)
            .is_some_and(|s| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
        Box::new(ReadProblem {
            code: Code::NotUtf8,
            message: Msg::NotUtf8 { line },
            hint: Some(if gbk {
                Msg::HintConvertGbk {
                    path: display.to_owned(),
                }
            } else {
                Msg::HintSaveUtf8
            }),
            lossy: Some((String::from_utf8_lossy(bytes).into_owned(), valid)),
        })
    })
}
