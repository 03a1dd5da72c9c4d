//! What each field of a record kind is — its type, whether it is required, its description —
//! read from the JSON Schema generated from the model types, so `gbsw new` and the schemas
//! cannot disagree.

use serde_json::Value;

use crate::kind::Kind;

/// The type of a field, as far as writing a value for it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldType {
    Text,
    Date,
    Integer,
    Number,
    Bool,
    /// One of these values (English keys and Chinese terms).
    Choice(Vec<String>),
    List(Box<FieldType>),
    /// An array of tables (`[[activities]]`) with the fields of one table: not written from
    /// the command line.
    Tables(Vec<SubField>),
    /// A period such as 2026H1.
    Period,
}

/// A field of a table inside a record (an activity of a plan, an item of a check).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubField {
    pub name: String,
    pub ty: FieldType,
    pub required: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub ty: FieldType,
    pub required: bool,
    pub description: String,
}

fn resolve<'a>(v: &'a Value, definitions: &'a Value) -> &'a Value {
    if let Some(r) = v.get("$ref").and_then(Value::as_str)
        && let Some(name) = r.rsplit('/').next()
        && let Some(def) = definitions.get(name)
    {
        return resolve(def, definitions);
    }
    // A `$ref` with a description beside it comes wrapped in a one-element allOf.
    if let Some([only]) = v.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
        return resolve(only, definitions);
    }
    // schemars writes `Option<T>` as anyOf [T, null] or as a type list with "null"
    // (`schema::all` keeps T alone, but a schema from elsewhere may not).
    if let Some(any) = v.get("anyOf").and_then(Value::as_array)
        && let Some(first) = any
            .iter()
            .find(|x| x.get("type").and_then(Value::as_str) != Some("null"))
    {
        return resolve(first, definitions);
    }
    v
}

fn type_of(v: &Value, definitions: &Value) -> FieldType {
    let v = resolve(v, definitions);
    if let Some(values) = v.get("enum").and_then(Value::as_array) {
        return FieldType::Choice(
            values
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect(),
        );
    }
    if v.get("pattern").and_then(Value::as_str) == Some(crate::model::period::PERIOD_PATTERN) {
        return FieldType::Period;
    }
    let types: Vec<&str> = match v.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .filter(|t| *t != "null")
            .collect(),
        _ => Vec::new(),
    };
    match types.first().copied() {
        Some("string") if v.get("format").and_then(Value::as_str) == Some("date") => {
            FieldType::Date
        }
        Some("integer") => FieldType::Integer,
        Some("number") => FieldType::Number,
        Some("boolean") => FieldType::Bool,
        Some("array") => match v.get("items").map(|i| resolve(i, definitions)) {
            Some(items) if items.get("properties").is_some() => {
                let required: Vec<&str> = items
                    .get("required")
                    .and_then(Value::as_array)
                    .map(|r| r.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let subs = items
                    .get("properties")
                    .and_then(Value::as_object)
                    .map(|props| {
                        props
                            .iter()
                            .map(|(name, p)| SubField {
                                name: name.clone(),
                                ty: type_of(p, definitions),
                                required: required.contains(&name.as_str()),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                FieldType::Tables(subs)
            }
            Some(items) => FieldType::List(Box::new(type_of(items, definitions))),
            None => FieldType::List(Box::new(FieldType::Text)),
        },
        _ => FieldType::Text,
    }
}

/// The fields of a record kind, in the order its decoder reads them.
#[must_use]
pub fn fields(kind: Kind) -> Vec<Field> {
    let name = format!("{}.schema.json", kind.key());
    let Some(schema) = crate::schema::values()
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
    else {
        return Vec::new();
    };
    let definitions = schema.get("definitions").cloned().unwrap_or(Value::Null);
    let title = schema
        .pointer("/else/$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
        .unwrap_or_default()
        .to_owned();
    let record = definitions.get(&title).cloned().unwrap_or(Value::Null);
    let required: Vec<&str> = record
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    crate::load::field_names(kind)
        .into_iter()
        .map(|name| {
            let prop = record
                .pointer(&format!("/properties/{name}"))
                .unwrap_or(&Value::Null);
            Field {
                name,
                ty: type_of(prop, &definitions),
                required: required.contains(&name),
                description: prop
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
            }
        })
        .collect()
}
