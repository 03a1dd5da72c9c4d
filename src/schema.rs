//! JSON Schemas of the manifest and every record kind, generated from the Rust types, for
//! editors (completion and inline errors) and for `schemas/`, which a test keeps current.

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use crate::kind::Kind;
use crate::model::{
    Check, Evaluation, Improvement, Manifest, Plan, Rectification, Review, Standard, Submission,
    Training,
};

/// Draft-07: what the YAML language server and taplo read.
fn root_for<T: JsonSchema>() -> Value {
    let generator = SchemaSettings::draft07().into_generator();
    generator.into_root_schema_for::<T>().to_value()
}

/// A record kind's file: one record at the top, or many under the kind's array.
fn record_file<T: JsonSchema>(kind: Kind) -> Value {
    let mut root = root_for::<T>();
    let Some(obj) = root.as_object_mut() else {
        return root;
    };
    let mut definitions = match obj.remove("definitions") {
        Some(Value::Object(d)) => d,
        _ => Map::new(),
    };
    obj.remove("$schema");
    let name = obj
        .remove("title")
        .and_then(|t| t.as_str().map(str::to_owned))
        .unwrap_or_else(|| kind.key().to_owned());
    definitions.insert(name.clone(), Value::Object(obj.clone()));
    let reference = format!("#/definitions/{name}");
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": format!("gbsw {} ({})", kind.key(), kind.zh()),
        "description": format!(
            "One {} record, or many under a top-level `{}` array.",
            kind.key(),
            kind.folder()
        ),
        "anyOf": [
            { "$ref": reference },
            {
                "type": "object",
                "properties": { kind.folder(): { "type": "array", "items": { "$ref": reference } } },
                "required": [kind.folder()],
                "additionalProperties": false,
            }
        ],
        "definitions": definitions,
    })
}

/// Every schema as (file name, pretty JSON text ending in a newline).
#[must_use]
pub fn all() -> Vec<(String, String)> {
    let mut manifest = root_for::<Manifest>();
    if let Some(obj) = manifest.as_object_mut() {
        obj.insert("title".into(), json!("gbsw manifest gbsw.toml (清单)"));
    }
    let mut out = vec![("gbsw.schema.json".to_owned(), manifest)];
    for kind in Kind::ALL {
        let schema = match kind {
            Kind::Standard => record_file::<Standard>(kind),
            Kind::Plan => record_file::<Plan>(kind),
            Kind::Check => record_file::<Check>(kind),
            Kind::Rectification => record_file::<Rectification>(kind),
            Kind::Review => record_file::<Review>(kind),
            Kind::Evaluation => record_file::<Evaluation>(kind),
            Kind::Improvement => record_file::<Improvement>(kind),
            Kind::Training => record_file::<Training>(kind),
            Kind::Submission => record_file::<Submission>(kind),
        };
        out.push((format!("{}.schema.json", kind.key()), schema));
    }
    out.into_iter()
        .map(|(name, v)| {
            let mut text = serde_json::to_string_pretty(&v).unwrap_or_default();
            text.push('\n');
            (name, text)
        })
        .collect()
}
