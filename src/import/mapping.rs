//! The mapping file of `gbsw import --map map.toml`: what a workbook calls things the import
//! would not recognise by itself.
//!
//! ```toml
//! [sheets]            # sheet name → kind
//! "日常巡查" = "check"
//! [columns]           # column header → field key
//! "巡查日期" = "date"
//! [values]            # cell value → a choice's key, for any field …
//! "合格" = "conform"
//! [values.type]       # … or for one field
//! "日常" = "self"
//! ```

use std::collections::HashMap;

use crate::error::ImportError;
use crate::kind::Kind;

/// A mapping file as read: names as written in the workbook (trimmed) to what they mean.
#[derive(Debug, Clone, Default)]
pub struct Mapping {
    pub(crate) sheets: HashMap<String, Kind>,
    pub(crate) columns: HashMap<String, String>,
    /// Values for any field.
    pub(crate) values: HashMap<String, String>,
    /// Values for one field, by its key.
    pub(crate) field_values: HashMap<(String, String), String>,
}

impl Mapping {
    /// Read a mapping file's text; `shown` is its path as the user gave it.
    ///
    /// # Errors
    /// [`ImportError`] for a file that is not TOML, an entry that is not text, or a kind that
    /// does not exist.
    pub fn parse(text: &str, shown: &str) -> Result<Self, ImportError> {
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            ImportError::MapSyntax(shown.to_owned(), e.message().trim().to_owned())
        })?;
        let mut m = Mapping::default();
        let text_of = |k: &str, v: &toml::Value| {
            v.as_str()
                .map(|s| s.trim().to_owned())
                .ok_or_else(|| ImportError::MapNotText(k.to_owned()))
        };
        if let Some(sheets) = table.get("sheets").and_then(toml::Value::as_table) {
            for (name, v) in sheets {
                let kind = text_of(name, v)?;
                let k = Kind::from_key(&kind).ok_or_else(|| ImportError::MapUnknownKind {
                    sheet: name.clone(),
                    kind: kind.clone(),
                })?;
                m.sheets.insert(name.trim().to_owned(), k);
            }
        }
        if let Some(columns) = table.get("columns").and_then(toml::Value::as_table) {
            for (header, v) in columns {
                m.columns.insert(norm(header), text_of(header, v)?);
            }
        }
        if let Some(values) = table.get("values").and_then(toml::Value::as_table) {
            for (k, v) in values {
                match v.as_table() {
                    Some(per_field) => {
                        for (value, key) in per_field {
                            m.field_values
                                .insert((k.clone(), value.trim().to_owned()), text_of(value, key)?);
                        }
                    }
                    None => {
                        m.values.insert(k.trim().to_owned(), text_of(k, v)?);
                    }
                }
            }
        }
        Ok(m)
    }

    /// The key a cell's value maps to for a field, if the mapping names it.
    pub(crate) fn value(&self, field: &str, value: &str) -> Option<&str> {
        self.field_values
            .get(&(field.to_owned(), value.to_owned()))
            .or_else(|| self.values.get(value))
            .map(String::as_str)
    }
}

/// A header as compared: without spaces, a required-field star or a trailing colon, with
/// full-width letters, digits and brackets as ASCII and ASCII letters in lower case.
#[must_use]
pub(crate) fn norm(header: &str) -> String {
    super::dates::narrow(header)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .trim_end_matches([':', '*'])
        .trim_start_matches('*')
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_mapping_names_sheets_columns_and_values() {
        let m = Mapping::parse(
            "[sheets]\n\"巡查\" = \"check\"\n[columns]\n\"巡查 日期\" = \"date\"\n\
             [values]\n\"合格\" = \"conform\"\n[values.type]\n\"日常\" = \"self\"\n",
            "m.toml",
        )
        .unwrap();
        assert_eq!(m.sheets.get("巡查"), Some(&Kind::Check));
        assert_eq!(m.columns.get("巡查日期").map(String::as_str), Some("date"));
        assert_eq!(m.value("conclusion", "合格"), Some("conform"));
        assert_eq!(m.value("type", "日常"), Some("self"));
        assert_eq!(m.value("conclusion", "日常"), None);
        assert_eq!(
            Mapping::parse("[sheets]\nx = \"nothing\"\n", "m.toml").unwrap_err(),
            ImportError::MapUnknownKind {
                sheet: "x".into(),
                kind: "nothing".into()
            }
        );
        assert!(matches!(
            Mapping::parse("[[", "m.toml"),
            Err(ImportError::MapSyntax(..))
        ));
    }

    #[test]
    fn headers_compare_without_their_decorations() {
        assert_eq!(norm(" 检查日期* "), "检查日期");
        assert_eq!(norm("被检查处室（单位）："), norm("被检查处室(单位)"));
        assert_eq!(norm("Date"), "date");
    }
}
