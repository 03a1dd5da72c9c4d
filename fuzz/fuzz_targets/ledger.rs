//! A whole ledger from a fuzzed set of files: the input is split into named files (see
//! `gbsw_fuzz::split_ledger`) written to a scratch folder, then load, check, due, the
//! indicators and every report run on it, with their renderers.
#![no_main]

use gbsw_fuzz::{exercise, fresh_dir, split_ledger, write_files};
use libfuzzer_sys::fuzz_target;

const MAX_INPUT: usize = 128 * 1024;
const MAX_FILES: usize = 12;

fuzz_target!(|data: &[u8]| {
    if data.len() > MAX_INPUT {
        return;
    }
    let (as_of, files) = split_ledger(data, MAX_FILES);
    let dir = fresh_dir();
    write_files(&dir, &files);
    let loaded = gbsw::load::load(&dir);
    exercise(&loaded, as_of, true);
});
