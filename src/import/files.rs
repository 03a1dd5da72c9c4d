//! The files an import writes: one a record, in the kind's folder (or `--subfolder` below
//! it), as `gbsw new` writes it; a daily check duty's checks together, one file a unit and
//! month (`checks/2026/05/office-daily.toml` in the example ledger is such a log). Each file
//! is created new; if one cannot be, those written before it are removed again.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::author::record::{Draft, FileFormat, WValue, render, render_many};
use crate::author::write::create_new;
use crate::error::{Error, NewError};
use crate::kind::Kind;
use crate::lang::Lang;
use crate::model::field::{Shape, find};
use crate::model::manifest::Manifest;
use crate::node::{Node, Value};
use crate::vocab::Cadence;

use super::{Request, Row};

/// A file written (or to be written): its path from the ledger root, its kind and the ids of
/// its records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub path: String,
    pub kind: Kind,
    pub ids: Vec<String>,
}

/// A file to write: where, and its records.
pub(crate) struct Planned {
    pub written: Written,
    drafts: Vec<Draft>,
    many: bool,
}

/// Where each new row goes.
pub(crate) fn plan(
    root: &Path,
    rows: &[&Row],
    req: &Request,
    manifest: Option<&Manifest>,
) -> Vec<Planned> {
    let ext = req.format.extension();
    let mut single = Vec::new();
    // (folder, unit, month) → drafts: the daily logs.
    let mut logs: BTreeMap<(String, String, String), Vec<Draft>> = BTreeMap::new();
    for row in rows {
        let draft = draft(row.kind, &row.node);
        let mut dir = PathBuf::from(row.kind.folder());
        if let Some(sub) = &req.subfolder {
            dir.push(sub);
        }
        let dir = dir.to_string_lossy().replace('\\', "/");
        match daily_log(&draft, manifest) {
            Some((unit, month)) => logs.entry((dir, unit, month)).or_default().push(draft),
            None => {
                let id = id_of(&draft);
                single.push(Planned {
                    written: Written {
                        path: format!("{dir}/{id}.{ext}"),
                        kind: row.kind,
                        ids: vec![id],
                    },
                    drafts: vec![draft],
                    many: false,
                });
            }
        }
    }
    for ((dir, unit, month), drafts) in logs {
        // A name no file has yet: `office-daily-2026-05`, then `-2`, `-3`, ….
        let stem = format!("{unit}-daily-{month}");
        let path = (1..)
            .map(|n| match n {
                1 => format!("{dir}/{stem}.{ext}"),
                n => format!("{dir}/{stem}-{n}.{ext}"),
            })
            .find(|p| !root.join(p).exists())
            .unwrap_or_default();
        single.push(Planned {
            written: Written {
                path,
                kind: Kind::Check,
                ids: drafts.iter().map(id_of).collect(),
            },
            drafts,
            many: true,
        });
    }
    single
}

fn id_of(d: &Draft) -> String {
    match d.get("id") {
        Some(WValue::Str(id)) => id.clone(),
        _ => String::new(),
    }
}

/// A check fulfilling a daily duty of the manifest: its unit and month (`2026-05`).
fn daily_log(d: &Draft, manifest: Option<&Manifest>) -> Option<(String, String)> {
    if d.kind != Kind::Check {
        return None;
    }
    let Some(WValue::Str(schedule)) = d.get("schedule") else {
        return None;
    };
    let daily = manifest?.schedule(schedule)?.cadence.value == Cadence::Daily;
    match (daily, d.get("unit"), d.get("date")) {
        (true, Some(WValue::Str(unit)), Some(WValue::Date(date)))
            if crate::model::Id::is_valid(unit) =>
        {
            Some((unit.clone(), date.format("%Y-%m").to_string()))
        }
        _ => None,
    }
}

/// A row's node tree as a draft to render: its fields by their descriptors' keys.
fn draft(kind: Kind, node: &Node) -> Draft {
    let mut d = Draft::new(kind);
    let Value::Map(entries) = &node.value else {
        return d;
    };
    let fields = crate::model::fields(kind);
    for e in entries {
        let Some(f) = find(fields, &e.key) else {
            continue;
        };
        match f.shape {
            Shape::Rows(subs, _) => {
                let Value::Seq(items) = &e.value.value else {
                    continue;
                };
                let rows = items
                    .iter()
                    .filter_map(|item| match &item.value {
                        Value::Map(cells) => Some(
                            cells
                                .iter()
                                .filter_map(|c| {
                                    let sub = find(subs, &c.key)?;
                                    Some((sub.key, value(&c.value)?))
                                })
                                .collect(),
                        ),
                        _ => None,
                    })
                    .collect();
                d.tables.push((f.key, rows));
            }
            Shape::One | Shape::List => {
                if let Some(v) = value(&e.value) {
                    d.set(f.key, v);
                }
            }
        }
    }
    d
}

fn value(node: &Node) -> Option<WValue> {
    Some(match &node.value {
        Value::Str(s) => WValue::Str(s.to_string()),
        Value::Int(i) => WValue::Int(*i),
        Value::Float(n) => WValue::Num(*n),
        Value::Bool(b) => WValue::Bool(*b),
        Value::Date(d) => WValue::Date(*d),
        Value::Seq(items) => WValue::List(items.iter().filter_map(value).collect()),
        Value::Null | Value::DateTime(_) | Value::Map(_) => return None,
    })
}

/// Write the planned files, each created new.
///
/// # Errors
/// [`Error`] when a file exists or cannot be written; the files this call wrote before it are
/// removed, so an import is whole or not at all.
pub(crate) fn write(
    root: &Path,
    plan: &[Planned],
    format: FileFormat,
    lang: Lang,
) -> Result<(), Error> {
    let mut done: Vec<PathBuf> = Vec::new();
    let undo = |done: &[PathBuf]| {
        for p in done {
            let _ = std::fs::remove_file(p);
        }
    };
    for p in plan {
        let rel = Path::new(&p.written.path);
        let dir = rel.parent().unwrap_or(Path::new(""));
        if let Some(link) = crate::author::write::link_below(root, dir) {
            undo(&done);
            return Err(NewError::Symlink(link.to_string_lossy().replace('\\', "/")).into());
        }
        let text = if p.many {
            render_many(
                &p.drafts,
                format,
                &crate::message::import::log_heading(lang),
            )
        } else {
            let schema = crate::author::new::schema_path(root, dir, p.written.kind);
            p.drafts
                .first()
                .map(|d| render(d, format, lang, schema.as_deref()))
                .unwrap_or_default()
        };
        let path = root.join(rel);
        let made = std::fs::create_dir_all(root.join(dir)).and_then(|()| create_new(&path, &text));
        if let Err(e) = made {
            undo(&done);
            let id = p.written.ids.first().cloned().unwrap_or_default();
            return Err(match e.kind() {
                std::io::ErrorKind::AlreadyExists => NewError::IdTaken(id),
                _ => NewError::Io(path, e),
            }
            .into());
        }
        done.push(path);
    }
    Ok(())
}
