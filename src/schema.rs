//! JSON Schemas of the manifest and every record kind, generated from the Rust types, for
//! editors (completion and inline errors) and for `schemas/`, which a test keeps current.

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use crate::kind::Kind;
use crate::kind::Target;
use crate::ledger::Ledger;
use crate::message::author;
use crate::model::field::Field;
use crate::model::{Manifest, Record};

/// Draft-07: what the YAML language server and taplo read.
fn root_for<T: JsonSchema>() -> Value {
    let generator = SchemaSettings::draft07().into_generator();
    generator.into_root_schema_for::<T>().to_value()
}

/// A record kind's file: one record at the top, or many under the kind's array.
fn record_file<T: Record>() -> Value {
    let kind = T::KIND;
    let mut root = root_for::<T>();
    if let Some(obj) = root.as_object_mut() {
        let mut definitions = obj.remove("definitions").unwrap_or_else(|| json!({}));
        describe(obj, T::FIELDS, &mut definitions);
        obj.insert("definitions".into(), definitions);
    }
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
    // `if`/`then`/`else` rather than `anyOf`: an editor then reports a bad value once, at its
    // field, instead of "not valid under any of the schemas" for the file as a whole.
    let mut root = json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": author::record_schema_title(kind),
        "description": author::record_schema_description(kind),
        "if": { "type": "object", "required": [kind.folder()] },
        "then": {
            "type": "object",
            "properties": { kind.folder(): { "type": "array", "items": { "$ref": reference } } },
            "required": [kind.folder()],
            "additionalProperties": false,
        },
        "else": { "$ref": reference },
        "definitions": definitions,
    });
    without_null_branches(&mut root);
    root
}

/// The descriptions and the required fields of a record (or sub-table) from its field
/// descriptors, the sub-tables' definitions too: the descriptors, not the Rust types, say
/// which fields a file must have.
fn describe(def: &mut Map<String, Value>, fields: &[Field], definitions: &mut Value) {
    let required: Vec<&str> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.key)
        .collect();
    def.insert("required".into(), json!(required));
    let Some(props) = def.get_mut("properties").and_then(Value::as_object_mut) else {
        return;
    };
    for f in fields {
        let Some(prop) = props.get_mut(f.key).and_then(Value::as_object_mut) else {
            continue;
        };
        prop.remove("default");
        let text = author::schema_field_description(f.zh, f.en, f.doc);
        prop.insert("description".into(), json!(text));
        if let Some(rows) = f.rows()
            && let Some(name) = row_definition(prop, definitions)
            && let Some(sub) = definitions.get_mut(&name).and_then(Value::as_object_mut)
        {
            let mut sub = std::mem::take(sub);
            describe(&mut sub, rows, definitions);
            if let Some(slot) = definitions.get_mut(&name) {
                *slot = Value::Object(sub);
            }
        }
    }
}

/// The definition a field of sub-tables' items name: its own `items`, or those of the
/// (transparent, generic) `Rows` definition it refers to.
fn row_definition(prop: &Map<String, Value>, definitions: &Value) -> Option<String> {
    let name = |r: &Value| {
        r.as_str()
            .and_then(|r| r.rsplit('/').next())
            .map(str::to_owned)
    };
    if let Some(r) = prop.get("items").and_then(|i| i.get("$ref")) {
        return name(r);
    }
    let via = prop.get("$ref").or_else(|| {
        prop.get("allOf")
            .and_then(|a| a.get(0))
            .and_then(|a| a.get("$ref"))
    })?;
    let rows = definitions.get(name(via)?)?;
    name(rows.get("items")?.get("$ref")?)
}

/// schemars writes an optional field as `anyOf: [the type, null]`. A ledger file never holds
/// a null (TOML has none; an empty YAML value is a missing field to gbsw), and the `anyOf`
/// makes an editor answer a bad value with "not valid under any of the schemas": keep the
/// type alone, as a one-element `allOf` where a `$ref` needs a description beside it.
fn without_null_branches(v: &mut Value) {
    match v {
        Value::Object(obj) => {
            let nullable = obj
                .get("anyOf")
                .and_then(Value::as_array)
                .and_then(|branches| {
                    let [a, b] = branches.as_slice() else {
                        return None;
                    };
                    let null = json!({ "type": "null" });
                    match (a == &null, b == &null) {
                        (false, true) => Some(a.clone()),
                        (true, false) => Some(b.clone()),
                        _ => None,
                    }
                });
            if let Some(kept) = nullable {
                obj.remove("anyOf");
                match kept {
                    Value::Object(inner) if !inner.contains_key("$ref") => {
                        for (k, val) in inner {
                            obj.entry(k).or_insert(val);
                        }
                    }
                    other => {
                        obj.insert("allOf".into(), Value::Array(vec![other]));
                    }
                }
            }
            for child in obj.values_mut() {
                without_null_branches(child);
            }
        }
        Value::Array(items) => {
            for child in items {
                without_null_branches(child);
            }
        }
        _ => {}
    }
}

/// Every schema as (file name, pretty JSON text ending in a newline).
#[must_use]
pub fn all() -> Vec<(String, String)> {
    to_text(values())
}

/// The schemas of one ledger: as [`all`], with the ledger's own unit, standard, schedule and
/// check ids as `examples` of the fields that name them, so that an editor offers them while
/// the clerk types. Examples, not an `enum`: a unit added to gbsw.toml later is not an error
/// in the editor before the schemas are written again (`gbsw check` is the judge).
#[must_use]
pub fn for_ledger(ledger: &Ledger) -> Vec<(String, String)> {
    let units: Vec<&str> = ledger
        .manifest
        .as_ref()
        .map(|m| m.units.iter().map(|u| u.id.value.as_str()).collect())
        .unwrap_or_default();
    let schedules: Vec<&str> = ledger
        .manifest
        .as_ref()
        .map(|m| m.schedules.iter().map(|s| s.id.value.as_str()).collect())
        .unwrap_or_default();
    let evaluation_plans: Vec<&str> = ledger
        .manifest
        .as_ref()
        .map(|m| {
            m.evaluation_plans
                .iter()
                .map(|s| s.id.value.as_str())
                .collect()
        })
        .unwrap_or_default();
    let ids_of = |kind: Kind| -> Vec<&str> {
        crate::query::rec::Rec::all(ledger, kind)
            .into_iter()
            .map(crate::query::rec::Rec::id)
            .collect()
    };
    let mut schemas = values();
    for kind in Kind::ALL {
        let file = format!("{}.schema.json", kind.key());
        let Some((_, schema)) = schemas.iter_mut().find(|(name, _)| *name == file) else {
            continue;
        };
        let Some(record) = schema
            .pointer("/else/$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.rsplit('/').next())
            .map(str::to_owned)
        else {
            continue;
        };
        let Some(props) = schema
            .pointer_mut(&format!("/definitions/{record}/properties"))
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        for field in crate::model::fields(kind) {
            let ids = match field.refers {
                Some(Target::Unit) => units.clone(),
                Some(Target::Schedule) => schedules.clone(),
                Some(Target::EvaluationPlan) => evaluation_plans.clone(),
                Some(Target::Record(k)) => ids_of(k),
                Some(Target::Category | Target::AnyRecord) | None => continue,
            };
            if let Some(prop) = props.get_mut(field.key) {
                add_examples(prop, &ids);
            }
        }
    }
    to_text(schemas)
}

/// `examples` on a property, or on its items when it is a list. A `$ref` ignores what stands
/// beside it in draft-07, so a bare one is wrapped in an `allOf` first.
fn add_examples(prop: &mut Value, ids: &[&str]) {
    let target = match prop.get("type").and_then(Value::as_str) {
        Some("array") => match prop.get_mut("items") {
            Some(items) => items,
            None => return,
        },
        _ => prop,
    };
    if let Some(obj) = target.as_object_mut() {
        if let Some(reference) = obj.remove("$ref") {
            obj.insert("allOf".into(), json!([{ "$ref": reference }]));
        }
        obj.insert("examples".into(), json!(ids));
    }
}

/// Every schema as (file name, JSON value), before it is written out.
pub(crate) fn values() -> Vec<(String, Value)> {
    let mut manifest = root_for::<Manifest>();
    if let Some(obj) = manifest.as_object_mut() {
        obj.insert("title".into(), json!(author::MANIFEST_SCHEMA_TITLE));
    }
    without_null_branches(&mut manifest);
    let mut out = vec![("gbsw.schema.json".to_owned(), manifest)];
    macro_rules! each_kind {
        ($($variant:ident $key:ident $folder:ident { $($rest:tt)* })*) => {
            $(out.push((
                format!("{}.schema.json", Kind::$variant.key()),
                record_file::<crate::model::$variant>(),
            ));)*
        };
    }
    crate::kind::for_each_kind!(each_kind);
    out
}

fn to_text(schemas: Vec<(String, Value)>) -> Vec<(String, String)> {
    schemas
        .into_iter()
        .map(|(name, v)| {
            let mut text = serde_json::to_string_pretty(&v).unwrap_or_default();
            text.push('\n');
            (name, text)
        })
        .collect()
}
