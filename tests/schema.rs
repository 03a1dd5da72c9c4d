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

/// Every kind's schema declares exactly the fields of its descriptors, and requires the required ones; every kind is
/// compared, and the one schema that is not a kind's is the manifest's.
#[test]
fn schemas_declare_exactly_the_descriptors_fields() {
    let mut compared = Vec::new();
    let mut not_kinds = Vec::new();
    for (name, text) in gbsw::schema::all() {
        let Some(kind) = name.strip_suffix(".schema.json").and_then(Kind::from_key) else {
            not_kinds.push(name);
            continue;
        };
        let schema: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        let title = schema["else"]["$ref"]
            .as_str()
            .and_then(|r| r.rsplit('/').next())
            .unwrap_or_default()
            .to_owned();
        let mut declared: Vec<String> = schema["definitions"][&title]["properties"]
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        let mut read: Vec<String> = gbsw::model::fields(kind)
            .iter()
            .map(|f| f.key.to_owned())
            .collect();
        let mut required: Vec<String> = schema["definitions"][&title]["required"]
            .as_array()
            .map(|r| {
                r.iter()
                    .filter_map(|k| k.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        let mut must: Vec<String> = gbsw::model::fields(kind)
            .iter()
            .filter(|f| f.required)
            .map(|f| f.key.to_owned())
            .collect();
        required.sort();
        must.sort();
        assert_eq!(required, must, "required fields of {}", kind.key());
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
        Value::Str(s) => s.to_string().into(),
        Value::DateTime(s) => s.clone().into(),
        Value::Date(d) => d.to_string().into(),
        Value::Seq(items) => items.iter().map(to_json).collect(),
        Value::Map(entries) => entries
            .iter()
            .map(|e| (e.key.to_string(), to_json(&e.value)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    }
}

fn validator(name: &str) -> jsonschema::Validator {
    let text = fs::read_to_string(format!("schemas/{name}")).unwrap();
    jsonschema::validator_for(&serde_json::from_str(&text).unwrap()).unwrap()
}

pub(crate) fn parsed(path: &std::path::Path) -> serde_json::Value {
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
    assert_eq!(checked, 116);
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

/// An editor reports a bad value once, at its field: the schemas have no `anyOf` whose every
/// branch would fail ("not valid under any of the schemas"), for one record or many.
#[test]
fn a_bad_value_is_one_error_at_its_field() {
    let v = validator("check.schema.json");
    let one = serde_json::json!({"id": "CHK-1", "date": "2026-03-02", "unit": "office", "inspectors": ["刘敏"], "type": "self", "conclusion": "conformm", "by": 3});
    let errors: Vec<(String, String)> = v
        .iter_errors(&one)
        .map(|e| (e.instance_path().to_string(), e.to_string()))
        .collect();
    let paths: Vec<&str> = errors.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths, ["/by", "/conclusion"], "{errors:?}");
    assert!(
        errors.iter().all(|(_, m)| !m.contains("any of")),
        "{errors:?}"
    );

    let many = serde_json::json!({"checks": [one.clone(), {"id": "CHK-2", "date": "2026-03-03", "unit": "office", "inspectors": ["刘敏"], "type": "self", "conclusion": "conform"}]});
    let paths: Vec<String> = v
        .iter_errors(&many)
        .map(|e| e.instance_path().to_string())
        .collect();
    assert_eq!(paths, ["/checks/0/by", "/checks/0/conclusion"]);
}

/// In a ledger, `gbsw schema` offers the ledger's own ids where a field names a unit, a
/// standard, a schedule or a check (as examples: an id added later is not an error).
#[test]
fn a_ledgers_schemas_offer_its_ids() {
    let loaded = gbsw::load::load(std::path::Path::new("ledger-example"));
    let schemas = gbsw::schema::for_ledger(&loaded.ledger);
    let check: serde_json::Value = schemas
        .iter()
        .find(|(n, _)| n == "check.schema.json")
        .map(|(_, t)| serde_json::from_str(t).unwrap())
        .unwrap();
    let props = &check["definitions"]["Check"]["properties"];
    let units = props["unit"]["examples"].as_array().unwrap();
    assert_eq!(units.len(), 14);
    assert_eq!(units[0], "office");
    assert!(
        props["by"]["examples"]
            .as_array()
            .unwrap()
            .contains(&"std-section".into())
    );
    let standards = props["standards"]["items"]["examples"].as_array().unwrap();
    assert!(standards.contains(&"STD-FW-001".into()));
    assert_eq!(
        props["standards"]["items"]["allOf"][0]["$ref"],
        "#/definitions/Id"
    );
    assert!(props["schedule"]["examples"].as_array().unwrap().len() > 1);
    assert!(props.get("inspectors").unwrap().get("examples").is_none());
    // Still only examples: any id validates, as before.
    let v = jsonschema::validator_for(&check).unwrap();
    let other = serde_json::json!({"id": "CHK-1", "date": "2026-03-02", "unit": "new-unit", "inspectors": ["刘敏"], "type": "self", "conclusion": "conform"});
    assert!(v.is_valid(&other));
}
