//! The benchmark's baseline: read and parse every file of a ledger the way `gbsw` does, and
//! nothing else (no decoding into records, no index, no rules, no output).
//!
//! `cargo run --release --example parse_only -- DIR` walks the ledger with the library's own
//! discovery (`gbsw::discover::discover`), then reads (`gbsw::read::read_text`) and parses
//! (`gbsw::parse::parse`) the files in parallel with rayon, as `gbsw::load::load` does. It
//! prints one line to stderr: files, bytes and syntax errors. `bench/run` compares every
//! command with this floor.

use std::path::PathBuf;
use std::process::ExitCode;

use gbsw::discover::{self, Placement};
use gbsw::parse::{self, Format};
use rayon::prelude::*;

/// The allocator `gbsw` uses, so that the baseline allocates as the commands do.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: parse_only DIR");
        return ExitCode::from(2);
    };
    let Some(root) = discover::find_root(&dir) else {
        eprintln!("parse_only: no gbsw.toml in or above {}", dir.display());
        return ExitCode::from(2);
    };
    let found = discover::discover(&root);
    // (files parsed, bytes, files that did not read or parse)
    let (files, bytes, failed) = found
        .par_iter()
        .filter_map(|f| match &f.placement {
            Placement::Manifest => Some((f, Format::Toml)),
            Placement::Record(_, format) => Some((f, *format)),
            _ => None,
        })
        .map(|(f, format)| match gbsw::read::read_text(&f.path, &f.rel) {
            Ok(text) => {
                let ok = parse::parse(&text, format).is_ok();
                (1usize, text.len(), usize::from(!ok))
            }
            Err(_) => (1, 0, 1),
        })
        .reduce(|| (0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
    eprintln!(
        "parse_only: {files} files, {:.1} MB, {failed} not read or not parsed",
        bytes as f64 / 1e6
    );
    ExitCode::SUCCESS
}
