//! Integration tests: one binary, a module per topic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod assessment;
mod authoring;
mod catalog;
mod cli;
mod coverage;
mod derive;
mod docs;
mod docx;
mod due;
mod example;
mod export;
mod faults;
mod forms;
mod history;
mod import;
mod modules;
mod properties;
mod references;
mod reliability;
mod reports;
mod schema;
mod security;
mod support;
mod terminal;
