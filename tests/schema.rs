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

/// Every kind's schema declares exactly the fields its decoder reads; every kind is
/// compared, and the one schema that is not a kind's is the manifest's.
#[test]
fn decoders_read_exactly_the_schema_fields() {
    let mut compared = Vec::new();
    let mut not_kinds = Vec::new();
    for (name, text) in gbsw::schema::all() {
        let Some(kind) = name.strip_suffix(".schema.json").and_then(Kind::from_key) else {
            not_kinds.push(name);
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
        assert!(
            !declared.is_empty(),
            "no properties found for {}",
            kind.key()
        );
        assert_eq!(read, declared, "fields of {}", kind.key());
        compared.push(kind);
    }
    assert_eq!(compared, Kind::ALL.to_vec(), "kinds compared");
    assert_eq!(not_kinds, ["gbsw.schema.json"]);
}

/// A parsed file as JSON, the way an editor's schema validator sees it (dates as text).
fn to_json(node: &gbsw::node::Node) -> serde_json::Value {
    use gbsw::node::Value;
    match &node.value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => (*b).into(),
        Value::Int(i) => (*i).into(),
        Value::Float(f) => {
            serde_json::Number::from_f64(*f).map_or(serde_json::Value::Null, Into::into)
        }
        Value::Str(s) | Value::DateTime(s) => s.clone().into(),
        Value::Date(d) => d.to_string().into(),
        Value::Seq(items) => items.iter().map(to_json).collect(),
        Value::Map(entries) => entries
            .iter()
            .map(|e| (e.key.clone(), to_json(&e.value)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    }
}

fn validator(name: &str) -> jsonschema::Validator {
    let text = fs::read_to_string(format!("schemas/{name}")).unwrap();
    jsonschema::validator_for(&serde_json::from_str(&text).unwrap()).unwrap()
}

fn parsed(path: &std::path::Path) -> serde_json::Value {
    let text = fs::read_to_string(path).unwrap();
    let format =
        gbsw::parse::Format::from_extension(&path.extension().unwrap().to_string_lossy()).unwrap();
    to_json(&gbsw::parse::parse(&text, format).unwrap())
}

/// What an editor set up as the README says checks: every file of the example ledger is
/// valid against its kind's schema, one record or many.
#[test]
fn the_example_ledger_validates_against_the_schemas() {
    let mut checked = 0;
    let manifest = validator("gbsw.schema.json");
    let errors: Vec<String> = manifest
        .iter_errors(&parsed(std::path::Path::new("ledger-example/gbsw.toml")))
        .map(|e| e.to_string())
        .collect();
    assert_eq!(errors, Vec::<String>::new(), "gbsw.toml");
    for kind in Kind::ALL {
        let v = validator(&format!("{}.schema.json", kind.key()));
        for entry in walkdir::WalkDir::new(format!("ledger-example/{}", kind.folder())) {
            let path = entry.unwrap().into_path();
            if gbsw::parse::Format::from_extension(
                &path.extension().unwrap_or_default().to_string_lossy(),
            )
            .is_none()
            {
                continue;
            }
            let errors: Vec<String> = v
                .iter_errors(&parsed(&path))
                .map(|e| e.to_string())
                .collect();
            assert_eq!(errors, Vec::<String>::new(), "{}", path.display());
            checked += 1;
        }
    }
    assert_eq!(checked, 112);
}

#[test]
fn the_schemas_reject_unknown_fields_and_values() {
    let v = validator("standard.schema.json");
    let good = serde_json::json!({"id": "STD-1", "title": "会议服务规范", "category": "service", "status": "现行", "owner": "office"});
    assert!(v.is_valid(&good));
    let mut typo = good.clone();
    typo["tilte"] = "x".into();
    assert!(!v.is_valid(&typo));
    let mut bad_status = good;
    bad_status["status"] = "inforce".into();
    assert!(!v.is_valid(&bad_status));
}
