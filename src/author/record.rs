//! A new record as text: every field of its kind in order, with the values given filled in
//! and the rest as commented placeholders that say what goes there.

use chrono::NaiveDate;

use super::fields::{Field, FieldType, fields};
use crate::kind::Kind;
use crate::lang::Lang;
use crate::message::author::{self, Wanted};

/// The format a record file is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Toml,
    Yaml,
}

impl FileFormat {
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            FileFormat::Toml => "toml",
            FileFormat::Yaml => "yaml",
        }
    }
}

/// A value to write.
#[derive(Debug, Clone, PartialEq)]
pub enum WValue {
    Str(String),
    Date(NaiveDate),
    Int(i64),
    Num(f64),
    Bool(bool),
    List(Vec<WValue>),
}

impl WValue {
    fn toml(&self) -> String {
        match self {
            WValue::Str(s) => toml::Value::String(s.clone()).to_string(),
            WValue::Date(d) => d.to_string(),
            WValue::Int(i) => i.to_string(),
            // Past 1e15 `to_string` writes all the digits, which TOML reads as an integer
            // (and one past i64 as out of range): write an exponent, which is a float.
            WValue::Num(n) if n.abs() >= 1e15 => format!("{n:e}"),
            WValue::Num(n) => n.to_string(),
            WValue::Bool(b) => b.to_string(),
            WValue::List(items) => format!(
                "[{}]",
                items
                    .iter()
                    .map(WValue::toml)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }

    fn yaml(&self) -> String {
        match self {
            // A JSON string is a valid YAML double-quoted scalar.
            WValue::Str(s) => serde_json::to_string(s).unwrap_or_default(),
            WValue::List(items) => format!(
                "[{}]",
                items
                    .iter()
                    .map(WValue::yaml)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            other => other.toml(),
        }
    }
}

/// One table of a record (a plan activity): its fields and values.
pub(crate) type TableRow = Vec<(&'static str, WValue)>;

/// A record about to be written: the values of its fields, and its tables (plan activities).
#[derive(Debug, Clone)]
pub struct Draft {
    pub kind: Kind,
    pub values: Vec<(&'static str, WValue)>,
    /// Array-of-tables fields: name, then rows of (field, value).
    pub tables: Vec<(&'static str, Vec<TableRow>)>,
}

impl Draft {
    #[must_use]
    pub fn new(kind: Kind) -> Self {
        Self {
            kind,
            values: Vec::new(),
            tables: Vec::new(),
        }
    }

    /// Set a field, replacing an earlier value.
    pub fn set(&mut self, name: &'static str, value: WValue) {
        self.values.retain(|(n, _)| *n != name);
        self.values.push((name, value));
    }

    #[must_use]
    pub fn get(&self, name: &str) -> Option<&WValue> {
        self.values.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The required fields still without a value.
    #[must_use]
    pub fn missing(&self) -> Vec<&'static str> {
        fields(self.kind)
            .into_iter()
            .filter(|f| {
                f.required
                    && self.get(f.name).is_none()
                    && !self.tables.iter().any(|(n, _)| *n == f.name)
            })
            .map(|f| f.name)
            .collect()
    }
}

/// A placeholder showing the shape of a value.
fn placeholder(ty: &FieldType, format: FileFormat) -> String {
    match ty {
        FieldType::Date => "YYYY-MM-DD".to_owned(),
        FieldType::Integer => "0".to_owned(),
        FieldType::Number => "0.0".to_owned(),
        FieldType::Bool => "true".to_owned(),
        FieldType::Period => "\"2026H1\"".to_owned(),
        FieldType::List(_) => "[\"…\"]".to_owned(),
        FieldType::Tables(_) => String::new(),
        FieldType::Choice(values) => match format {
            FileFormat::Toml | FileFormat::Yaml => {
                format!("\"{}\"", values.first().cloned().unwrap_or_default())
            }
        },
        FieldType::Text => "\"…\"".to_owned(),
    }
}

fn describe(f: &Field, lang: Lang) -> String {
    let choices: Option<Vec<(&String, &String)>> = match &f.ty {
        FieldType::Choice(values) => {
            let half = values.len() / 2;
            Some(
                values
                    .iter()
                    .take(half)
                    .zip(values.iter().skip(half))
                    .collect(),
            )
        }
        _ => None,
    };
    author::field_comment(&f.description, choices.as_deref(), f.required, lang)
}

/// The record as a commented file.
#[must_use]
pub fn render(draft: &Draft, format: FileFormat, lang: Lang, schema_path: Option<&str>) -> String {
    let mut out = String::new();
    match (schema_path, format) {
        (Some(p), FileFormat::Toml) => out.push_str(&format!("#:schema {p}\n")),
        (Some(p), FileFormat::Yaml) => {
            out.push_str(&format!("# yaml-language-server: $schema={p}\n"))
        }
        (None, _) => {}
    }
    out.push_str(&author::draft_heading(draft.kind, lang));
    let all = fields(draft.kind);
    let mut tables = Vec::new();
    for f in &all {
        if matches!(f.ty, FieldType::Tables(_)) {
            tables.push(f);
            continue;
        }
        // A description may run over several lines; each becomes a comment line.
        for line in describe(f, lang).lines() {
            out.push_str(&format!("# {line}\n"));
        }
        let (sep, render_value): (&str, fn(&WValue) -> String) = match format {
            FileFormat::Toml => (" = ", WValue::toml),
            FileFormat::Yaml => (": ", WValue::yaml),
        };
        match draft.get(f.name) {
            Some(v) => out.push_str(&format!("{}{sep}{}\n", f.name, render_value(v))),
            None => out.push_str(&format!(
                "# {}{sep}{}\n",
                f.name,
                placeholder(&f.ty, format)
            )),
        }
    }
    for f in tables {
        let rows = draft
            .tables
            .iter()
            .find(|(n, _)| *n == f.name)
            .map(|(_, rows)| rows.as_slice())
            .unwrap_or(&[]);
        out.push('\n');
        if lang == Lang::Zh {
            for line in f.description.lines() {
                out.push_str(&format!("# {line}\n"));
            }
        }
        if rows.is_empty() {
            // One commented table showing its fields, to copy as often as needed.
            let FieldType::Tables(subs) = &f.ty else {
                continue;
            };
            let required = author::required_comment(lang);
            match format {
                FileFormat::Toml => {
                    out.push_str(&format!("# [[{}]]\n", f.name));
                    for sub in subs {
                        let req = if sub.required { required } else { "" };
                        out.push_str(&format!(
                            "# {} = {}{req}\n",
                            sub.name,
                            placeholder(&sub.ty, format)
                        ));
                    }
                }
                FileFormat::Yaml => {
                    out.push_str(&format!("# {}:\n", f.name));
                    for (i, sub) in subs.iter().enumerate() {
                        let lead = if i == 0 { "#   - " } else { "#     " };
                        let req = if sub.required { required } else { "" };
                        out.push_str(&format!(
                            "{lead}{}: {}{req}\n",
                            sub.name,
                            placeholder(&sub.ty, format)
                        ));
                    }
                }
            }
            continue;
        }
        if format == FileFormat::Yaml {
            out.push_str(&format!("{}:\n", f.name));
        }
        for row in rows {
            match format {
                FileFormat::Toml => {
                    out.push_str(&format!("[[{}]]\n", f.name));
                    for (k, v) in row {
                        out.push_str(&format!("{k} = {}\n", v.toml()));
                    }
                    out.push('\n');
                }
                FileFormat::Yaml => {
                    for (i, (k, v)) in row.iter().enumerate() {
                        let lead = if i == 0 { "  - " } else { "    " };
                        out.push_str(&format!("{lead}{k}: {}\n", v.yaml()));
                    }
                }
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Read a value given on the command line for a field (`date=2026-06-20`,
/// `inspectors=张三,李四`). Lists split on commas (also `，` and `、`).
///
/// # Errors
/// A message (in `lang`) saying what the field expects.
pub fn parse_value(f: &Field, raw: &str, lang: Lang) -> Result<WValue, String> {
    let raw = raw.trim();
    let bad = |wanted: Wanted| Err(author::bad_value(f.name, raw, &wanted, lang));
    match &f.ty {
        FieldType::Date => crate::decode::parse_date(raw)
            .map_or_else(|| bad(Wanted::Date), |d| Ok(WValue::Date(d))),
        FieldType::Integer => raw
            .parse()
            .map_or_else(|_| bad(Wanted::Integer), |i| Ok(WValue::Int(i))),
        // Rust also parses `NaN` and `inf`, which no field takes (and TOML spells `nan`).
        FieldType::Number => raw
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
            .map_or_else(|| bad(Wanted::Number), |n| Ok(WValue::Num(n))),
        FieldType::Bool => match raw {
            "true" => Ok(WValue::Bool(true)),
            "false" => Ok(WValue::Bool(false)),
            _ if author::YES.contains(&raw) => Ok(WValue::Bool(true)),
            _ if author::NO.contains(&raw) => Ok(WValue::Bool(false)),
            _ => bad(Wanted::Bool),
        },
        FieldType::Choice(values) => {
            let norm = raw.to_ascii_lowercase().replace('_', "-");
            match values.iter().find(|v| **v == raw || **v == norm) {
                Some(v) => Ok(WValue::Str(v.clone())),
                None => bad(Wanted::OneOf(values.clone())),
            }
        }
        FieldType::Period => crate::model::Period::parse(raw)
            .map_or_else(|| bad(Wanted::Period), |p| Ok(WValue::Str(p.to_string()))),
        FieldType::List(inner) => {
            let item = Field {
                name: f.name,
                ty: (**inner).clone(),
                required: false,
                description: String::new(),
            };
            // `a,b` as documented, or the list written as in a file: `["a", "b"]`.
            let raw = raw.trim();
            let raw = raw
                .strip_prefix('[')
                .and_then(|r| r.strip_suffix(']'))
                .unwrap_or(raw);
            raw.split(author::LIST_SEPARATORS)
                .map(|s| s.trim().trim_matches(['"', '\'']).trim())
                .filter(|s| !s.is_empty())
                .map(|s| parse_value(&item, s, lang))
                .collect::<Result<Vec<_>, _>>()
                .map(WValue::List)
        }
        FieldType::Tables(_) => bad(Wanted::Table),
        FieldType::Text => Ok(WValue::Str(raw.to_owned())),
    }
}

/// Records of one kind as a many-record file (`[[checks]]` in TOML, `checks:` in YAML): the
/// values each has, in the order of its kind's fields, its tables after them; no comments.
#[must_use]
pub fn render_many(drafts: &[Draft], format: FileFormat, heading: &str) -> String {
    let mut out = String::new();
    for line in heading.lines() {
        out.push_str(&format!("# {line}\n"));
    }
    let Some(kind) = drafts.first().map(|d| d.kind) else {
        return out;
    };
    let folder = kind.folder();
    let all = fields(kind);
    if format == FileFormat::Yaml {
        out.push_str(&format!("{folder}:\n"));
    }
    for d in drafts {
        let mut first = true;
        if format == FileFormat::Toml {
            out.push_str(&format!("\n[[{folder}]]\n"));
        }
        for f in &all {
            let Some(v) = d.get(f.name) else {
                continue;
            };
            match format {
                FileFormat::Toml => out.push_str(&format!("{} = {}\n", f.name, v.toml())),
                FileFormat::Yaml => {
                    let lead = if first { "  - " } else { "    " };
                    out.push_str(&format!("{lead}{}: {}\n", f.name, v.yaml()));
                }
            }
            first = false;
        }
        for f in &all {
            let Some((_, rows)) = d.tables.iter().find(|(n, _)| *n == f.name) else {
                continue;
            };
            if rows.is_empty() {
                continue;
            }
            if format == FileFormat::Yaml {
                out.push_str(&format!("    {}:\n", f.name));
            }
            for row in rows {
                match format {
                    FileFormat::Toml => {
                        out.push_str(&format!("\n[[{folder}.{}]]\n", f.name));
                        for (k, v) in row {
                            out.push_str(&format!("{k} = {}\n", v.toml()));
                        }
                    }
                    FileFormat::Yaml => {
                        for (i, (k, v)) in row.iter().enumerate() {
                            let lead = if i == 0 { "      - " } else { "        " };
                            out.push_str(&format!("{lead}{k}: {}\n", v.yaml()));
                        }
                    }
                }
            }
        }
    }
    out
}
