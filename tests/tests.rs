//! Integration tests: one binary, a module per topic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod authoring;
mod cli;
mod coverage;
mod derive;
mod due;
mod example;
mod export;
mod faults;
mod forms;
mod history;
mod properties;
mod references;
mod reliability;
mod reports;
mod schema;
mod security;
mod support;
mod terminal;
