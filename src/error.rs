//! One error for every operational failure: the ledger cannot be found or read, git is
//! missing, an output file exists, the lock is busy, the command line names something the
//! ledger does not have. Errors are data; their sentences, in both languages, are in the
//! catalog (`message::errors`), so the binary prints every error one way:
//! `gbsw: <text>` on stderr, exit code 2.
//!
//! Each module keeps the error it returns next to the code that finds it ([`LoadError`],
//! [`HistoryError`], …); they convert into [`Error`], the one type the binary reports.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::author::init::InitError;
use crate::author::new::NewError;
use crate::author::output::OutputError;
use crate::history::HistoryError;
use crate::kind::Kind;
use crate::lang::Lang;
use crate::load::LoadError;
use crate::report::forms::FormError;

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
    /// `gbsw export all --format csv` without `-o`.
    CsvAllNeedsOutput,
    /// `--strict` and files that could not be read completely.
    Incomplete { files: Vec<String> },
}

impl Error {
    /// The sentence, without the `gbsw: ` prefix.
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        crate::message::errors::text(self, lang)
    }
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

impl From<OutputError> for Error {
    fn from(e: OutputError) -> Self {
        Self::Output(e)
    }
}
