//! docs/records.md, the reference of the ledger format, generated: the kinds' sections from
//! the kind table and the field descriptors, the lists of values from the vocabularies, the
//! rest from the template docs/records.md.in. A test keeps docs/records.md equal to
//! [`records_md`].
//!
//! The prose lives in a template rather than in string constants here: it is most of the
//! page and is edited as Markdown (wrapped, reviewed as a diff of sentences, previewed), while
//! a marker such as `{{kind check}}` stands where a generated part goes, so no field, value or
//! kind is ever written by hand. A section's notes follow its marker in the template, and a
//! unit test makes sure the template names every kind once, in the kind table's order.
//!
//! Depends on the kind table, the model's descriptors and categories and the vocabularies only.

use std::fmt::Write as _;

use crate::kind::{Kind, Target};
use crate::model::category;
use crate::model::field::{Field, Rule, Shape, ValueType};
use crate::vocab::{BodyRole, Cadence, UnitKind};

/// The template: the page's prose with markers. Compiled in, so generating cannot fail.
const TEMPLATE: &str = include_str!("../docs/records.md.in");

/// What heads the generated page, where the template's own leading comment was.
const NOTICE: &str = "<!-- Generated from docs/records.md.in and the field descriptors \
(src/model/*.rs); do not edit. Regenerate with: GBSW_BLESS=1 cargo test --test tests docs:: -->\n";

/// docs/records.md: the template with every marker replaced.
#[must_use]
pub fn records_md() -> String {
    let body = without_leading_comment(TEMPLATE);
    let mut out = String::from(NOTICE);
    let mut rest = body;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start..].find("}}") else {
            break;
        };
        let name = &rest[start + 2..start + len];
        out.push_str(&rest[..start]);
        match generated(name) {
            Some(text) => out.push_str(&text),
            // Left as written: the unit test names it.
            None => out.push_str(&rest[start..start + len + 2]),
        }
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}

/// The template without the comment that explains it to its editors.
fn without_leading_comment(template: &str) -> &str {
    template
        .strip_prefix("<!--")
        .and_then(|t| t.split_once("-->\n"))
        .map_or(template, |(_, rest)| rest)
}

/// What a marker stands for; `None` for a marker that names nothing.
fn generated(marker: &str) -> Option<String> {
    match marker {
        "layout" => Some(layout()),
        "unit-kinds" => Some(listing(UnitKind::ALL.iter().map(|v| (v.key(), v.zh())))),
        "body-roles" => Some(listing(BodyRole::ALL.iter().map(|v| (v.key(), v.zh())))),
        "cadences" => Some(listing(Cadence::ALL.iter().map(|v| (v.key(), v.zh())))),
        "categories" => {
            let builtin = category::builtin();
            Some(listing(
                builtin.iter().map(|c| (c.id.as_str(), c.name.as_str())),
            ))
        }
        _ => {
            let key = marker.strip_prefix("kind ")?;
            Kind::ALL
                .into_iter()
                .find(|k| k.key() == key)
                .map(kind_section)
        }
    }
}

/// The layout's lines of kinds: folder, key, Chinese name, in columns after the manifest's.
fn layout() -> String {
    Kind::ALL
        .iter()
        .map(|k| {
            let folder = format!("{}/", k.folder());
            let folder_width = 17.max(folder.len() + 1);
            let key_width = 16.max(k.key().len() + 1);
            format!(
                "{folder:<folder_width$}{key:<key_width$}{zh}",
                key = k.key(),
                zh = k.zh()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// "`a` 甲, `b` 乙": values with their Chinese terms.
fn listing<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    pairs
        .into_iter()
        .map(|(key, zh)| format!("`{key}` {zh}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A kind's section: heading, where its records live, the table of its fields.
fn kind_section(kind: Kind) -> String {
    let mut out = format!("## {} {}\n\n", kind.key(), kind.zh());
    let _ = writeln!(
        out,
        "In `{folder}/` (many in a file: `[[{folder}]]`). Ids from `gbsw new`: `{pattern}` unless \
         `[ids] {key}` says otherwise.\n",
        folder = kind.folder(),
        pattern = kind.default_id_pattern(),
        key = kind.key(),
    );
    out.push_str("| field | type | 名称 | meaning |\n|---|---|---|---|\n");
    for f in crate::model::fields(kind) {
        let key = match f.shape {
            Shape::Rows(..) => format!("`[[{}]]`", f.key),
            Shape::One | Shape::List => format!("`{}`", f.key),
        };
        let star = if f.required { "\\*" } else { "" };
        let mut meaning = meaning(f);
        if let Some(rows) = f.rows() {
            let each: Vec<String> = rows.iter().map(sub_field).collect();
            meaning.push(format!("each: {}", each.join(", ")));
        }
        let _ = writeln!(
            out,
            "| {key}{star} | {} | {} | {} |",
            cell(&type_words(f)),
            cell(f.zh),
            cell(&meaning.join("; ")),
        );
    }
    out.pop();
    out
}

/// A field of a sub-table: "`key`\* 中文 (type; meaning)".
fn sub_field(f: &Field) -> String {
    let star = if f.required { "\\*" } else { "" };
    let mut about = vec![type_words(f)];
    about.extend(meaning(f));
    format!("`{}`{star} {} ({})", f.key, f.zh, about.join("; "))
}

/// What a field's value is, in words: "unit", "standards", "integer 1–10", "`a` 甲, `b` 乙".
fn type_words(f: &Field) -> String {
    let many = matches!(f.shape, Shape::List);
    let noun = |one: &str, plural: &str| if many { plural } else { one }.to_owned();
    let base = if let Shape::Rows(..) = f.shape {
        "tables".to_owned()
    } else if let Some(target) = f.refers {
        match target {
            Target::Unit => noun("unit", "units"),
            Target::Category => noun("category", "categories"),
            Target::Schedule => noun("schedule", "schedules"),
            Target::EvaluationPlan => noun("evaluation plan", "evaluation plans"),
            Target::Record(k) => noun(k.key(), k.folder()),
            Target::AnyRecord => noun("record", "records"),
        }
    } else {
        match f.value {
            ValueType::Text => noun("text", "texts"),
            ValueType::Integer => noun("integer", "integers"),
            ValueType::Number => noun("number", "numbers"),
            ValueType::Bool => "`true` / `false`".to_owned(),
            ValueType::Date => noun("date", "dates"),
            ValueType::Period if f.rule == Rule::HalfYear => noun("half year", "half years"),
            ValueType::Period => noun("period", "periods"),
            ValueType::Id => noun("id", "ids"),
            ValueType::Choice(pairs) => {
                let values = listing(pairs.iter().copied());
                if many {
                    format!("list of {values}")
                } else {
                    values
                }
            }
        }
    };
    match f.rule.range() {
        Some(range) => format!("{base} {range}"),
        None => base,
    }
}

/// What a field means beyond its Chinese label: its English label (when it says more than the
/// key), its note, what it names, and the rules of the names.
fn meaning(f: &Field) -> Vec<String> {
    let mut parts = Vec::new();
    if f.en != f.key.replace('_', " ") {
        parts.push(format!("*{}*", f.en));
    }
    // A note that only repeats the range (written for the schemas' hover text) is said by
    // the type already.
    if !f.doc.is_empty() && Some(f.doc) != f.rule.range().as_deref() {
        parts.push(f.doc.to_owned());
    }
    if let Some(target) = f.refers {
        let what = match target {
            Target::Unit => "a unit of the manifest (`[units.<id>]`)".to_owned(),
            Target::Category => {
                "a category, built-in or the manifest's (`[categories.<id>]`)".to_owned()
            }
            Target::Schedule => "a schedule of the manifest (`[[schedules]]`)".to_owned(),
            Target::EvaluationPlan => {
                "an evaluation plan of the manifest (`[[evaluation_plans]]`)".to_owned()
            }
            Target::Record(k) => format!("a {} (`{}/`)", k.key(), k.folder()),
            Target::AnyRecord => "a record of any kind".to_owned(),
        };
        let names = if matches!(f.shape, Shape::List) {
            "each names"
        } else {
            "names"
        };
        parts.push(format!("{names} {what}"));
        if target == Target::Unit && !f.scopes {
            parts
                .push("the record does not count for that unit (`--unit`, its figures)".to_owned());
        }
    }
    if f.distinct {
        parts.push("no repeats".to_owned());
    }
    if f.not_self {
        parts.push("never the record itself".to_owned());
    }
    parts
}

/// Text inside a table cell: a `|` would end the cell, a line break the row.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every marker of the template names something, and the kinds' sections are there once
    /// each, in the kind table's order.
    #[test]
    fn the_template_names_every_kind_in_order_and_nothing_else() {
        let body = without_leading_comment(TEMPLATE);
        let markers: Vec<&str> = body
            .split("{{")
            .skip(1)
            .filter_map(|s| s.split_once("}}").map(|(m, _)| m))
            .collect();
        let unknown: Vec<&&str> = markers.iter().filter(|m| generated(m).is_none()).collect();
        assert!(unknown.is_empty(), "markers that name nothing: {unknown:?}");
        let kinds: Vec<&str> = markers
            .iter()
            .filter_map(|m| m.strip_prefix("kind "))
            .collect();
        let all: Vec<&str> = Kind::ALL.iter().map(|k| k.key()).collect();
        assert_eq!(kinds, all);
        assert!(!records_md().contains("{{"));
    }

    #[test]
    fn a_field_is_described_by_its_descriptor() {
        let standard = crate::model::fields(Kind::Standard);
        let find = |key: &str| standard.iter().find(|f| f.key == key);
        let types: Vec<String> = ["review_cycle_years", "implementers", "related", "category"]
            .iter()
            .filter_map(|k| find(k))
            .map(type_words)
            .collect();
        assert_eq!(types, ["integer 1–10", "units", "standards", "category"],);
        let page = records_md();
        assert!(page.contains(
            "| `owner`\\* | unit | 归口部门 | names a unit of the manifest (`[units.<id>]`) |"
        ));
        assert!(page.contains("| `budget_yuan` | number ≥ 0 |"));
        assert!(page.contains("| `period`\\* | half year | 报告期间 |"));
        assert!(page.contains("`step` 序号 (integer 1–6"));
        assert!(page.starts_with(NOTICE));
    }
}
