//! Turning diagnostics into text. Renderers only format what they are given; they compute
//! nothing about the ledger.

pub mod diagnostics;
pub mod due;
