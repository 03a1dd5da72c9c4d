//! One error for every operational failure: the ledger cannot be found or read, git is
//! missing, an output file exists, the lock is busy, the command line names something the
//! ledger does not have. Errors are data; their sentences, in both languages, are in the
//! catalog (`message::errors`), so the binary prints every error one way:
//! `gbsw: <text>` on stderr, exit code 2.
//!
//! Each module keeps the error it returns next to the code that finds it ([`LoadError`],
//! [`HistoryError`], …); they convert into [`Error`], the one type the binary reports.

use std::io;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::kind::Kind;

/// Why a command could not do its job.
#[derive(Debug)]
pub enum Error {
    /// No ledger at the path given.
    Load(LoadError),
    /// No history of a record (`gbsw history`).
    History(HistoryError),
    /// No form of a record (`gbsw form`).
    Form(FormError),
    /// No new record written (`gbsw new`).
    New(NewError),
    /// `gbsw import` could not read its workbook or mapping file.
    Import(ImportError),
    /// An output file not written (`-o`, `--out`).
    Output(OutputError),
    /// `gbsw init` stopped in `dir`.
    Init { dir: PathBuf, error: InitError },
    /// No record has the id; `near` is a similar id (`gbsw show`).
    NoRecord { id: String, near: Option<String> },
    /// A record has the id but could not be read (`gbsw show`).
    RecordUnreadable { id: String },
    /// `--standard` names no standard.
    NoStandard { id: String, near: Option<String> },
    /// `--category` names no category; `known`: `id（name）` of each.
    NoCategory { value: String, known: Vec<String> },
    /// `--unit` names no unit of the manifest, by id or by name.
    NoUnit { value: String, near: Option<String> },
    /// A filter flag (`--unit`, …) that the kind listed has no use for.
    FilterNotApplicable { flag: &'static str, kind: Kind },
    /// `--status` names no status of the kind; `listing`: the statuses.
    NotAStatus {
        value: String,
        kind: Kind,
        listing: String,
    },
    /// `--status` with a kind that has none.
    StatusNotApplicable,
    /// `gbsw form --blank KIND` names no kind.
    NotAKind { value: String },
    /// `gbsw man SUBCOMMAND` names none.
    NoSubcommand { name: String, names: Vec<String> },
    /// `--format` and the `-o` file's extension name different formats.
    FormatMismatch {
        ext: String,
        named: String,
        by_ext: String,
    },
    /// `--as-of` outside the dates gbsw accepts.
    AsOfOutOfRange { date: NaiveDate },
    /// `gbsw export --format xlsx` without `-o`.
    XlsxNeedsOutput,
    /// `--format docx` without `-o`: a Word document is never written to a terminal.
    DocxNeedsOutput,
    /// `gbsw export all --format csv` without `-o`.
    CsvAllNeedsOutput,
    /// `--strict` and files that could not be read completely.
    Incomplete { files: Vec<String> },
}

impl From<LoadError> for Error {
    fn from(e: LoadError) -> Self {
        Self::Load(e)
    }
}

impl From<HistoryError> for Error {
    fn from(e: HistoryError) -> Self {
        Self::History(e)
    }
}

impl From<FormError> for Error {
    fn from(e: FormError) -> Self {
        Self::Form(e)
    }
}

impl From<NewError> for Error {
    fn from(e: NewError) -> Self {
        Self::New(e)
    }
}

impl From<ImportError> for Error {
    fn from(e: ImportError) -> Self {
        Self::Import(e)
    }
}

/// Why `gbsw import` read nothing: paths as the user gave them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file could not be opened or read: the path and the system's message.
    Io(String, String),
    /// Neither `.xlsx` nor `.csv`.
    NotAWorkbook(String),
    TooLarge {
        path: String,
        limit: u64,
    },
    /// The xlsx or CSV reader's message.
    Unreadable(String, String),
    /// The mapping file is not TOML: its path and the parser's message.
    MapSyntax(String, String),
    /// The mapping file's `[sheets]` names a kind that does not exist.
    MapUnknownKind {
        sheet: String,
        kind: String,
    },
    /// An entry of the mapping file that is not text: its key.
    MapNotText(String),
    /// `--kind` names no kind.
    UnknownKind(String),
}

impl From<OutputError> for Error {
    fn from(e: OutputError) -> Self {
        Self::Output(e)
    }
}

/// Why there is no ledger to check at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The path given does not exist.
    Missing(PathBuf),
    /// No `gbsw.toml` in the folder or any folder above it.
    NoManifest(PathBuf),
}

/// Why there is no history to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HistoryError {
    /// No record has the id; `near` is a similar id.
    Unknown { id: String, near: Option<String> },
    /// A record has the id but could not be read, so its file is not known.
    Unreadable { id: String },
    /// `git` could not be run.
    GitMissing,
    /// The ledger is not inside a git work tree.
    NotARepo,
    /// The file was never committed.
    Untracked { file: String },
    /// git failed otherwise; its own message.
    Git { message: String },
}

/// Why no form can be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormError {
    /// No record has the id; `near` is a similar id.
    Unknown { id: String, near: Option<String> },
    /// A record has the id but could not be read.
    Unreadable { id: String },
    /// The kind has no form in the source document; `id` is the record asked for.
    NoForm { kind: Kind, id: Option<String> },
    /// `--category` names no category.
    UnknownCategory { value: String, known: Vec<String> },
}

/// Why an output was not written. Nothing was changed in every case.
#[derive(Debug)]
pub enum OutputError {
    /// These files exist and `--force` was not given.
    Exists(Vec<PathBuf>),
    /// The path is the ledger's manifest or one of its record files.
    LedgerFile(PathBuf),
    /// The path is a symbolic link to a file, or a dangling one.
    Symlink(PathBuf),
    /// A file was asked for and this is a folder, or the other way round.
    WrongType(PathBuf),
    /// The file system refused.
    Io(PathBuf, io::Error),
}

/// Why no record was written.
#[derive(Debug)]
pub enum NewError {
    UnknownKind(String),
    UnknownField {
        name: String,
        near: Option<String>,
    },
    NotKeyValue(String),
    BadValue(String),
    /// `--subfolder` is not a folder below the kind's folder.
    BadSubfolder(PathBuf),
    /// `id=` is not an id.
    BadId(String),
    UnknownStandard(String),
    UnknownCheck(String),
    /// A unit field names no unit of the manifest, by id or by name.
    UnknownUnit {
        field: &'static str,
        value: String,
        near: Option<String>,
    },
    /// The record exists but could not be read: its errors come first.
    Broken(String),
    IdTaken(String),
    /// The manifest's `[ids]` pattern for the kind (`key`) is not a valid pattern.
    BadPattern {
        key: &'static str,
        pattern: String,
    },
    /// The pattern has `{unit}` and the draft names no unit (by its id).
    NoUnit {
        key: &'static str,
        pattern: String,
    },
    /// The highest id taken has the largest number the pattern can count to.
    IdsExhausted {
        highest: String,
        pattern: String,
    },
    /// A file or folder of the kind (relative to the root) could not be read: an id in it
    /// might be reused.
    Unseen(String),
    /// A symbolic link (relative to the root) where the record would be written.
    Symlink(String),
    /// `--period` or `--unit` given for a record, not a narrative.
    NarrativeOnly(&'static str),
    /// A narrative exists where `gbsw new narrative` would write one (relative to the root).
    NarrativeExists(String),
    /// The lock's name is taken by something that is not a file.
    LockNotAFile(PathBuf),
    /// Another `gbsw new` holds the lock and did not let go.
    Busy(PathBuf),
    Io(PathBuf, io::Error),
}

/// A text cut short to fit a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Truncated {
    /// The record's id (its row's `id` cell).
    pub id: String,
    pub field: &'static str,
    /// The whole text's length, in characters.
    pub chars: usize,
}

/// Why `init` stopped.
#[derive(Debug)]
pub enum InitError {
    /// The folder has files and `--existing` was not given.
    NotEmpty,
    /// A file could not be written (the files before it are kept).
    Io(String, io::Error),
    /// A folder on the way to a file is a symbolic link (nothing was written).
    Link(String),
}
