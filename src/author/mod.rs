//! Writing the ledger: new ledgers (`init`), new records (`new`) with the next free id, and
//! the one way files are written — atomically, never over an existing file.

pub mod fields;
pub mod ids;
pub mod init;
pub mod lock;
pub mod narrative;
pub mod new;
pub mod output;
pub mod record;
pub mod write;
