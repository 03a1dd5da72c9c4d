//! In-process benchmarks (divan) of the library on a generated 10k-record ledger:
//! load + check, due, and the semiannual report (built and rendered as JSON).
//!
//! `cargo bench --bench gbsw`. The ledger is generated once per run with
//! `examples/synth.rs` (included here as a module) into a fresh temporary folder, which is
//! removed at the end. `GBSW_BENCH_RECORDS` changes its size (default 10000).
//! `bench/run` times the whole process instead; docs/performance.md has both.

// A benchmark may stop on a broken setup; the no-panic rule is for user data.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::NaiveDate;
use gbsw::lang::Lang;
use gbsw::load::{Loaded, load};
use gbsw::model::Period;
use gbsw::report::scope::Scope;

#[path = "../examples/synth.rs"]
#[allow(dead_code)]
mod synth;

const SEED: u64 = 1;

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 25).expect("a date")
}

/// The generated ledger's folder, made on first use.
fn ledger() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let records = std::env::var("GBSW_BENCH_RECORDS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(10_000);
        let dir = std::env::temp_dir().join(format!(
            "gbsw-divan-{}-{records}-s{SEED}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        let stats = synth::generate(records, SEED, &dir).expect("generate the ledger");
        eprintln!(
            "benches/gbsw: {} records in {} files at {}",
            stats.records,
            stats.files,
            dir.display()
        );
        dir
    })
}

/// The loaded ledger, shared by the benchmarks that start after loading.
fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| load(ledger()))
}

fn main() {
    // Generate and load before timing starts.
    let loaded = loaded();
    assert!(
        gbsw::check::check(loaded, as_of())
            .iter()
            .all(|d| d.severity != gbsw::diag::Severity::Error),
        "the generated ledger has errors"
    );
    divan::main();
    let _ = std::fs::remove_dir_all(ledger());
}

/// What `gbsw check` does: discover, read, parse, decode, index, run the rules.
#[divan::bench(sample_count = 20)]
fn load_and_check() -> usize {
    let loaded = load(divan::black_box(ledger()));
    gbsw::check::check(&loaded, as_of()).len()
}

/// Loading alone (discover, read, parse, decode, index), to split the check's time.
#[divan::bench(sample_count = 20)]
fn load_only() -> usize {
    load(divan::black_box(ledger())).ledger.record_count()
}

/// The rules alone, on a loaded ledger.
#[divan::bench(sample_count = 20)]
fn check_only() -> usize {
    gbsw::check::check(divan::black_box(loaded()), as_of()).len()
}

/// `gbsw due` without printing: every deadline, sorted.
#[divan::bench(sample_count = 20)]
fn due() -> usize {
    gbsw::due::due(&divan::black_box(loaded()).ledger, as_of()).len()
}

/// `gbsw report semiannual --period 2026H1 --format json` without printing.
#[divan::bench(sample_count = 20)]
fn semiannual_report_json() -> usize {
    let ledger = &divan::black_box(loaded()).ledger;
    let scope = Scope {
        period: Period::Half(2026, 1),
        unit: None,
        category: None,
        as_of: as_of(),
    };
    let report = gbsw::report::semiannual::build(ledger, &scope, Vec::new());
    gbsw::render::report_data::semiannual_json(&report, Lang::Zh).len()
}
