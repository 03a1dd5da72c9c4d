//! Integration tests: one binary, a module per topic.

mod cli;
mod coverage;
mod derive;
mod faults;
