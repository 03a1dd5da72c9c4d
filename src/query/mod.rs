//! Records as rows: which records a listing holds ([`filter`], [`list`]), every field of a
//! record with its derived values ([`fields`]), the records it points to and that point to it
//! ([`links`]) and one record in full ([`detail`]). `gbsw list`, `gbsw show` and `gbsw export`
//! are built on it. Nothing here formats for a screen or prints: values stay typed ([`Cell`]),
//! so CSV, JSON and a spreadsheet each write them their own way.

pub mod cell;
pub mod detail;
pub mod fields;
pub mod filter;
pub mod links;
pub mod list;
pub mod rec;

pub use cell::{Cell, Column, Sheet};
pub use rec::Rec;
