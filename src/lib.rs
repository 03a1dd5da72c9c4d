//! gbsw: a ledger of a bureau's standards work, kept as TOML/YAML files in git, and checked.
//!
//! Data flows one way: [`discover`] finds files, [`read`] turns bytes into text, [`parse`]
//! turns text into [`node::Node`] trees, [`decode`] and [`model`] turn trees into typed
//! records, [`load`] builds the indexed [`ledger::Ledger`], [`check`] finds problems. The
//! binary renders what comes out.

pub mod author;
pub mod calendar;
pub mod check;
pub mod clock;
pub mod dates;
pub mod decode;
pub mod diag;
pub mod discover;
pub mod doc;
pub mod due;
pub mod error;
pub mod history;
pub mod import;
pub mod kind;
pub mod lang;
pub mod ledger;
pub(crate) mod line_index;
pub mod load;
pub mod message;
pub mod model;
pub mod narrative;
pub mod node;
pub mod parse;
pub mod period;
pub mod query;
pub mod read;
pub mod reference;
pub mod render;
pub mod report;
pub mod schema;
pub mod source;
pub mod span;
pub mod suggest;
pub mod visible;
pub mod vocab;
