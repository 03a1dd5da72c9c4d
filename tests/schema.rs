//! `schemas/` is generated from the Rust types and must be current; the decoders read exactly
//! the fields the schemas declare.

use std::fs;

use gbsw::kind::Kind;

#[test]
fn schemas_folder_is_current() {
    let bless = std::env::var_os("GBSW_BLESS").is_some();
    let mut stale = Vec::new();
    for (name, text) in gbsw::schema::all() {
        let path = format!("schemas/{name}");
        let on_disk = fs::read_to_string(&path).unwrap_or_default();
        if on_disk != text {
            if bless {
                fs::write(&path, &text).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
            } else {
                stale.push(path);
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale schemas (run `cargo run -- schema --out schemas` or GBSW_BLESS=1 cargo test): {stale:?}"
    );
}

#[test]
fn decoders_read_exactly_the_schema_fields() {
    for (name, text) in gbsw::schema::all() {
        let Some(kind) = name.strip_suffix(".schema.json").and_then(Kind::from_key) else {
            continue;
        };
        let schema: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        let title = schema["anyOf"][0]["$ref"]
            .as_str()
            .and_then(|r| r.rsplit('/').next())
            .unwrap_or_default()
            .to_owned();
        let mut declared: Vec<String> = schema["definitions"][&title]["properties"]
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        let mut read: Vec<String> = gbsw::load::field_names(kind)
            .into_iter()
            .map(str::to_owned)
            .collect();
        declared.sort();
        read.sort();
        assert_eq!(read, declared, "fields of {}", kind.key());
    }
}
