//! The circular of check results (检查结果通报) as JSON and CSV: its data, row by row. (The
//! circular to read is a document: `report::checks_doc` writes it, `render::doc_md` and
//! `render::doc_html` draw it.)

use crate::kind::Kind;
use crate::lang::Lang;
use crate::message::report;
use crate::model;
use crate::model::field::find;
use crate::render::{csv_text, markdown};
use crate::report::checks::ChecksCircular;
use crate::report::checks_doc::rectifications;

/// The circular as JSON.
#[must_use]
pub fn json(c: &ChecksCircular, lang: Lang) -> String {
    let mut v = serde_json::to_value(c).unwrap_or(serde_json::Value::Null);
    v["lang"] = serde_json::json!(lang);
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

/// A check's fields that the CSV has a column of: (the field's key, the column's English
/// key). The English keys are older than the descriptors and stay, for the scripts that
/// read them.
const FIELD_COLUMNS: [(&str, &str); 8] = [
    ("date", "date"),
    ("id", "check"),
    ("type", "type"),
    ("by", "by"),
    ("unit", "unit"),
    ("inspectors", "inspectors"),
    ("standards", "standards"),
    ("conclusion", "conclusion"),
];

/// The CSV's columns: (Chinese header, English key). A check's own fields are headed by
/// their descriptors' labels, as in `gbsw export`; the figures derived from a check by the
/// catalog's words.
fn columns() -> Vec<(&'static str, &'static str)> {
    let fields = model::fields(Kind::Check);
    FIELD_COLUMNS
        .iter()
        .map(|&(field, key)| (find(fields, field).map_or(key, |f| f.zh), key))
        .chain(report::CHECKS_CSV_DERIVED)
        .collect()
}

/// One row per listed check.
///
/// # Errors
/// Only if the CSV writer fails, which writing to memory does not.
pub fn csv(c: &ChecksCircular, lang: Lang) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(csv_text::header(&columns(), lang))?;
    for r in &c.rows {
        let t = |s: &str| csv_text::text(s).into_owned();
        w.write_record([
            r.date.to_string(),
            t(&r.id),
            r.check_type.key().to_owned(),
            t(r.by.as_deref().unwrap_or_default()),
            t(&r.unit),
            t(&r.inspectors.join("; ")),
            t(&r.standards.join("; ")),
            r.conclusion.key().to_owned(),
            r.items.num.len().to_string(),
            r.items.den.len().to_string(),
            // As the circular writes them, each id escaped for Markdown (as it always was).
            t(&rects_text(&r.rectifications, lang)),
        ])?;
    }
    csv_text::finish(w)
}

/// A check's nonconformities with their status, the ids escaped as Markdown text: the CSV
/// column has always carried them so.
fn rects_text(rects: &[(String, crate::model::vocab::RectificationStatus)], lang: Lang) -> String {
    let escaped: Vec<_> = rects
        .iter()
        .map(|(id, s)| (markdown::text(id), *s))
        .collect();
    rectifications(&escaped, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_column_names_a_field_of_a_check() {
        let fields = model::fields(Kind::Check);
        for (field, _) in FIELD_COLUMNS {
            assert!(
                find(fields, field).is_some(),
                "a check has no field `{field}`"
            );
        }
    }
}
