//! `gbsw show`: one record as a page of labelled fields, or as JSON. Formats only.

use std::fmt::Write as _;

use serde_json::json;
use unicode_width::UnicodeWidthStr;

use crate::lang::Lang;
use crate::message::labels::{self, Label};
use crate::query::Cell;
use crate::query::detail::Detail;
use crate::query::links::Link;
use crate::render::text::{clip, pad, wrap};

const INDENT: &str = "  ";

/// The record as text for a terminal `width` wide: a title line, where it was read from, its
/// fields (empty ones left out), its derived values and its links. Long values wrap; list
/// items go one to a line.
#[must_use]
pub fn text(d: &Detail, lang: Lang, width: usize) -> String {
    let mut out = String::new();
    let title = d
        .fields
        .iter()
        .find(|(c, _)| matches!(c.key, "title" | "description" | "topic"))
        .map(|(_, v)| v.text(lang))
        .filter(|t| !t.is_empty());
    let head = format!("{} {}", d.kind.label(lang), d.id);
    let _ = writeln!(
        out,
        "{}",
        clip(
            &title.map_or_else(|| head.clone(), |t| format!("{head}  {t}")),
            width
        )
    );
    let _ = writeln!(
        out,
        "{}{}{}:{}",
        Label::Source.text(lang),
        Label::Colon.text(lang),
        d.file,
        d.line
    );
    let shown: Vec<_> = d.fields.iter().filter(|(_, v)| !v.is_empty()).collect();
    let label_w = shown
        .iter()
        .map(|(c, _)| c.label(lang).width())
        .max()
        .unwrap_or(0)
        + 2;
    let value_w = width.saturating_sub(INDENT.len() + label_w).max(20);
    for (derived, heading) in [
        (false, Label::Fields.text(lang)),
        (true, Label::Derived.text(lang)),
    ] {
        let group: Vec<_> = shown.iter().filter(|(c, _)| c.derived == derived).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{heading}");
        for (c, v) in group {
            let lines = value_lines(v, lang, value_w);
            for (i, line) in lines.iter().enumerate() {
                let label = if i == 0 { c.label(lang) } else { "" };
                let row = format!("{INDENT}{}{line}", pad(label, label_w));
                let _ = writeln!(out, "{}", row.trim_end());
            }
        }
    }
    links(&mut out, &d.links, lang, width);
    out
}

/// A value's lines: a list one item a line, each wrapped to `cols`.
fn value_lines(v: &Cell, lang: Lang, cols: usize) -> Vec<String> {
    match v {
        Cell::List(items)
            if items.len() > 1 || items.iter().any(|i| matches!(i, Cell::Group(_))) =>
        {
            items
                .iter()
                .flat_map(|i| {
                    wrap(&i.text(lang), cols.saturating_sub(2))
                        .into_iter()
                        .enumerate()
                        .map(|(n, l)| {
                            if n == 0 {
                                format!("- {l}")
                            } else {
                                format!("  {l}")
                            }
                        })
                })
                .collect()
        }
        _ => wrap(&v.text(lang), cols),
    }
}

fn links(out: &mut String, links: &[Link], lang: Lang, width: usize) {
    if links.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", Label::Links.text(lang));
    // id, date, unit, status: padded to line up over all links; then the caption.
    let rows: Vec<[String; 4]> = links
        .iter()
        .map(|l| {
            if !l.found {
                let missing = Label::NotFound.text(lang).to_owned();
                return [l.id.clone(), missing, String::new(), String::new()];
            }
            [
                l.id.clone(),
                l.date.map(|d| d.to_string()).unwrap_or_default(),
                l.unit.clone().unwrap_or_default(),
                l.status.text(lang),
            ]
        })
        .collect();
    let widths: Vec<usize> = (0..4)
        .map(|c| rows.iter().map(|r| r[c].width()).max().unwrap_or(0))
        .collect();
    let mut current = None;
    for (l, row) in links.iter().zip(&rows) {
        if current != Some((l.relation, l.incoming)) {
            current = Some((l.relation, l.incoming));
            let count = links
                .iter()
                .filter(|x| (x.relation, x.incoming) == (l.relation, l.incoming))
                .count();
            let _ = writeln!(
                out,
                "{INDENT}{}",
                labels::with_count(l.relation.label(lang), count)
            );
        }
        let mut line = format!("{INDENT}{INDENT}");
        for (cell, w) in row.iter().zip(&widths).filter(|(_, w)| **w > 0) {
            line.push_str(&pad(cell, *w));
            line.push_str("  ");
        }
        if l.found {
            line.push_str(l.caption.as_deref().unwrap_or(""));
        }
        let _ = writeln!(out, "{}", clip(line.trim_end(), width));
    }
}

/// The record as JSON: its fields as written, its derived values, its source and its links.
#[must_use]
pub fn json(d: &Detail, lang: Lang) -> String {
    let derived: serde_json::Map<String, serde_json::Value> = d
        .fields
        .iter()
        .filter(|(c, _)| c.derived)
        .map(|(c, v)| (c.key.to_owned(), v.json()))
        .collect();
    let links: Vec<_> = d
        .links
        .iter()
        .map(|l| {
            json!({
                "relation": l.relation,
                "relation_label": l.relation.label(lang),
                "direction": if l.incoming { "from" } else { "to" },
                "kind": l.kind,
                "id": l.id,
                "found": l.found,
                "date": l.date.map(|d| d.to_string()),
                "unit": l.unit,
                "caption": l.caption,
                "status": l.status.json(),
            })
        })
        .collect();
    let value = json!({
        "kind": d.kind,
        "kind_label": d.kind.label(lang),
        "id": d.id,
        "source": { "file": d.file, "line": d.line },
        "record": d.record,
        "derived": derived,
        "links": links,
    });
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}
