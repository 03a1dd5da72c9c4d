//! `gbsw show`: one record in full, with its derived values, where it was read from, and its
//! links both ways.

use chrono::NaiveDate;

use super::cell::{Cell, Column};
use super::fields::{self, Cx};
use super::links::{self, Link};
use super::rec::{self, Rec};
use crate::kind::Kind;
use crate::ledger::Ledger;
use crate::suggest::did_you_mean;

#[derive(Debug, Clone)]
pub struct Detail {
    pub kind: Kind,
    pub id: String,
    /// The file, relative to the ledger root, and the line of the record's first key.
    pub file: String,
    pub line: usize,
    /// Every column of the kind with the record's value (fields, then derived values).
    pub fields: Vec<(Column, Cell)>,
    /// The record as written, for JSON.
    pub record: serde_json::Value,
    pub links: Vec<Link>,
}

/// Why there is no record to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotFound {
    /// No record has the id; the nearest id, if one is near.
    Unknown { near: Option<String> },
    /// A record with the id exists but could not be read (`gbsw check` says why).
    Unreadable,
}

/// The record with an id, in full, as of a day.
///
/// # Errors
/// [`NotFound`] when no record with the id could be read.
pub fn detail(ledger: &Ledger, id: &str, as_of: NaiveDate) -> Result<Detail, NotFound> {
    let Some(rec) = Rec::find(ledger, id) else {
        if ledger.is_broken(id) {
            return Err(NotFound::Unreadable);
        }
        let ids = rec::all_ids(ledger);
        let near = did_you_mean(id, ids.into_iter()).map(str::to_owned);
        return Err(NotFound::Unknown { near });
    };
    let cx = Cx::new(ledger, as_of);
    let meta = rec.meta();
    let file = ledger.files.get(meta.file);
    let fields = fields::columns(rec.kind())
        .iter()
        .copied()
        .zip(fields::cells(&cx, rec))
        .collect();
    Ok(Detail {
        kind: rec.kind(),
        id: rec.id().to_owned(),
        file: file.map_or_else(String::new, |f| f.display.clone()),
        line: file.map_or(0, |f| f.line_col(meta.span.start).0),
        fields,
        record: rec.to_json(),
        links: links::links(&cx, rec),
    })
}
