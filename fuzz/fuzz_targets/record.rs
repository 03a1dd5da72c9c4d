//! One record file, as TOML or YAML, of any kind (or the manifest).
//!
//! The first byte picks the format and the kind; the rest is the file's bytes. They go
//! through `read::decode_bytes` and `parse::parse` (spans checked against the text), then
//! into a scratch ledger of one file beside a fixed manifest, which `load::load` decodes as
//! a record of that kind and `check::check` checks; the diagnostics are rendered.
#![no_main]

use gbsw::kind::Kind;
use gbsw::parse::{self, Format};
use gbsw_fuzz::{MANIFEST, assert_parsed, default_as_of, exercise, fresh_dir, write_files};
use libfuzzer_sys::fuzz_target;

/// Inputs are capped here as well as by -max_len, so a saved input replays the same.
const MAX_INPUT: usize = 64 * 1024;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    if bytes.len() > MAX_INPUT {
        return;
    }
    let format = if selector & 1 == 0 {
        Format::Toml
    } else {
        Format::Yaml
    };
    // 0..=8: a record kind; 9: the manifest itself (always TOML).
    let which = usize::from(selector >> 1) % 10;

    if let Ok(text) = gbsw::read::decode_bytes(bytes.to_vec(), "fuzz") {
        let parsed = parse::parse(&text, format);
        assert_parsed(&text, &parsed);
    }

    let dir = fresh_dir();
    let files = match Kind::ALL.get(which) {
        Some(kind) => {
            let ext = if format == Format::Toml {
                "toml"
            } else {
                "yaml"
            };
            vec![
                ("gbsw.toml".to_owned(), MANIFEST.as_bytes().to_vec()),
                (format!("{}/r.{ext}", kind.folder()), bytes.to_vec()),
            ]
        }
        None => vec![("gbsw.toml".to_owned(), bytes.to_vec())],
    };
    write_files(&dir, &files);
    let loaded = gbsw::load::load(&dir);
    exercise(&loaded, default_as_of(), false);
});
