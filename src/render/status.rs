//! `gbsw status` as JSON. (The screen itself is a document: `report::status_doc` writes it,
//! `render::doc_text` draws it.)

use crate::lang::Lang;
use crate::render::due::item_json;
use crate::report::status::Status;

/// The status figures as JSON.
#[must_use]
pub fn json(s: &Status, lang: Lang) -> String {
    let mut v = serde_json::to_value(s).unwrap_or(serde_json::Value::Null);
    v["overdue"] = s.overdue.iter().map(|i| item_json(i, lang)).collect();
    v["reviews"] = s.reviews.iter().map(|i| item_json(i, lang)).collect();
    v["evaluations_improvements"] = s
        .evaluations_improvements
        .iter()
        .map(|i| item_json(i, lang))
        .collect();
    let mut text = serde_json::to_string_pretty(&v).unwrap_or_default();
    text.push('\n');
    text
}
