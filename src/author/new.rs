//! `gbsw new`: a draft record from the command line, with what can be known filled in — the
//! next free id, today's date, a plan's six activities from its standard's category, a
//! rectification's unit, standard and date from its check — and the file written under a
//! lock, so two writers at the same moment never take the same id.

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{Days, Months, NaiveDate};

use super::fields::fields;
use super::ids::{IdError, next_id};
use super::lock::{Lock, LockError};
use super::record::{Draft, FileFormat, WValue, parse_value, render};
use super::write::{create_new, link_below, remove_stale_temps};
use crate::diag::Code;
use crate::kind::Kind;
use crate::lang::Lang;
use crate::ledger::Ledger;
use crate::load::Loaded;
use crate::message::labels;
use crate::model::category;
use crate::suggest::did_you_mean;

pub(crate) use crate::error::NewError;

/// What the command line asks for.
#[derive(Debug, Clone)]
pub struct Request {
    pub kind: String,
    pub fields: Vec<String>,
    pub standard: Option<String>,
    pub check: Option<String>,
    pub today: NaiveDate,
}

/// The draft for a request: the values given, then what follows from `--standard`/`--check`
/// and the date.
///
/// # Errors
/// [`NewError`] for an unknown kind, field, standard or check, or a value of the wrong type.
pub fn draft(ledger: &Ledger, req: &Request, lang: Lang) -> Result<Draft, NewError> {
    let kind =
        Kind::from_key(req.kind.trim()).ok_or_else(|| NewError::UnknownKind(req.kind.clone()))?;
    let all = fields(kind);
    let mut d = Draft::new(kind);
    for raw in &req.fields {
        let (key, value) = raw
            .split_once('=')
            .ok_or_else(|| NewError::NotKeyValue(raw.clone()))?;
        let key = key.trim();
        let Some(field) = all.iter().find(|f| f.name == key) else {
            return Err(NewError::UnknownField {
                name: key.to_owned(),
                near: did_you_mean(key, all.iter().map(|f| f.name)).map(str::to_owned),
            });
        };
        d.set(
            field.name,
            parse_value(field, value, lang).map_err(NewError::BadValue)?,
        );
    }
    if let Some(sid) = &req.standard {
        let s = ledger.standard(sid).ok_or_else(|| {
            if ledger.is_broken(sid) {
                NewError::Broken(sid.clone())
            } else {
                NewError::UnknownStandard(sid.clone())
            }
        })?;
        match kind {
            Kind::Plan => plan_from_standard(ledger, &mut d, s, req.today),
            Kind::Standard
            | Kind::Check
            | Kind::Rectification
            | Kind::Review
            | Kind::Evaluation
            | Kind::Improvement
            | Kind::Training
            | Kind::Submission => {
                let id = WValue::Str(sid.clone());
                if all.iter().any(|f| f.name == "standard") && d.get("standard").is_none() {
                    d.set("standard", id);
                } else if all.iter().any(|f| f.name == "standards") && d.get("standards").is_none()
                {
                    d.set("standards", WValue::List(vec![id]));
                }
            }
        }
    }
    if let Some(cid) = &req.check {
        let c = ledger.check(cid).ok_or_else(|| {
            if ledger.is_broken(cid) {
                NewError::Broken(cid.clone())
            } else {
                NewError::UnknownCheck(cid.clone())
            }
        })?;
        if kind == Kind::Rectification {
            let mut fill = |name: &'static str, v: WValue| {
                if d.get(name).is_none() {
                    d.set(name, v);
                }
            };
            fill("check", WValue::Str(cid.clone()));
            fill("unit", WValue::Str(c.unit.value.0.clone()));
            fill("found", WValue::Date(c.date.value));
            if let Some(s) = c.standards.first() {
                fill("standard", WValue::Str(s.value.0.clone()));
            }
        }
    }
    // Today's date where the kind's date is required and not given; an optional date (an
    // evaluation's, which its period may stand for) is left for the clerk.
    if let Some(name) = kind.today_field()
        && d.get(name).is_none()
        && all.iter().any(|f| f.name == name && f.required)
    {
        d.set(name, WValue::Date(req.today));
    }
    resolve_units(ledger, &mut d)?;
    Ok(d)
}

/// Units written by name (`unit=办公室`) become their ids, as the ledger refers to units; a
/// value that is neither an id nor a name is refused with a did-you-mean, before anything is
/// written. Without a readable manifest, values are left as given (`gbsw check` will tell).
fn resolve_units(ledger: &Ledger, d: &mut Draft) -> Result<(), NewError> {
    let Some(m) = &ledger.manifest else {
        return Ok(());
    };
    let resolve = |field: &'static str, v: &WValue| -> Result<WValue, NewError> {
        let WValue::Str(s) = v else {
            return Ok(v.clone());
        };
        let found = m
            .units
            .iter()
            .find(|u| u.id.value.as_str() == s || u.name.value == *s);
        match found {
            Some(u) => Ok(WValue::Str(u.id.value.0.clone())),
            None => Err(NewError::UnknownUnit {
                field,
                value: s.clone(),
                near: did_you_mean(s, m.units.iter().map(|u| u.id.value.as_str()))
                    .or_else(|| did_you_mean(s, m.units.iter().map(|u| u.name.value.as_str())))
                    .map(str::to_owned),
            }),
        }
    };
    let unit_fields = crate::model::fields(d.kind)
        .iter()
        .filter(|f| f.refers == Some(crate::kind::Target::Unit))
        .map(|f| f.key);
    for field in unit_fields {
        let Some(v) = d.get(field).cloned() else {
            continue;
        };
        let resolved = match &v {
            WValue::List(items) => WValue::List(
                items
                    .iter()
                    .map(|i| resolve(field, i))
                    .collect::<Result<_, _>>()?,
            ),
            other => resolve(field, other)?,
        };
        d.set(field, resolved);
    }
    Ok(())
}

/// A plan for a standard: its standards, owner and organizer, a six-month span from today,
/// and the six activities of its category with due dates spread over the span.
fn plan_from_standard(
    ledger: &Ledger,
    d: &mut Draft,
    s: &crate::model::Standard,
    today: NaiveDate,
) {
    let start = match d.get("start") {
        Some(WValue::Date(x)) => *x,
        _ => today,
    };
    let end = match d.get("end") {
        Some(WValue::Date(x)) => *x,
        _ => start.checked_add_months(Months::new(6)).unwrap_or(start),
    };
    let mut fill = |name: &'static str, v: WValue| {
        if d.get(name).is_none() {
            d.set(name, v);
        }
    };
    fill("title", WValue::Str(labels::plan_title(&s.title.value)));
    fill(
        "standards",
        WValue::List(vec![WValue::Str(s.id.value.0.clone())]),
    );
    fill("owner", WValue::Str(s.owner.value.0.clone()));
    if let Some(o) = &s.organizer {
        fill("organizer", WValue::Str(o.value.0.clone()));
    }
    fill("start", WValue::Date(start));
    fill("end", WValue::Date(end));
    let steps = category::find(&ledger.categories, &s.category.value)
        .map(|c| c.steps.clone())
        .unwrap_or_default();
    let span = (end - start).num_days().max(0);
    let n = i64::try_from(steps.len()).unwrap_or(1).max(1);
    let rows = steps
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let k = i64::try_from(i).unwrap_or(0) + 1;
            let due = start
                .checked_add_days(Days::new(u64::try_from(span * k / n).unwrap_or(0)))
                .unwrap_or(end);
            vec![
                ("step", WValue::Int(k)),
                ("activity", WValue::Str(text.clone())),
                ("due", WValue::Date(due)),
            ]
        })
        .collect();
    d.tables.retain(|(n, _)| *n != "activities");
    d.tables.push(("activities", rows));
}

/// Every id in use: records, records that failed to read, file names in the kind folder,
/// and every id-like word in the kind's files that did not load cleanly (a syntax error must
/// not hide its id).
///
/// # Errors
/// [`NewError::Unseen`] when a file or folder of the kind could not be read at all: the ids
/// in it are unknown, and the next number might be one of them.
pub(crate) fn taken_ids(
    loaded: &Loaded,
    root: &Path,
    kind: Kind,
) -> Result<HashSet<String>, NewError> {
    let ledger = &loaded.ledger;
    let mut taken: HashSet<String> = crate::query::rec::all_ids(ledger)
        .into_iter()
        .map(str::to_owned)
        .collect();
    taken.extend(ledger.broken.iter().cloned());
    let folder = kind.folder();
    let troubled: BTreeSet<_> = loaded
        .diagnostics
        .iter()
        .filter_map(|d| Some((d.file?, d.code)))
        .filter(|(f, _)| {
            let rel = ledger.files.display(*f);
            rel == folder || rel.strip_prefix(folder).is_some_and(|r| r.starts_with('/'))
        })
        .collect();
    for &(f, code) in &troubled {
        if matches!(code, Code::Unreadable | Code::FileTooLarge) {
            return Err(NewError::Unseen(ledger.files.display(f).to_owned()));
        }
    }
    for f in troubled.iter().map(|(f, _)| *f).collect::<BTreeSet<_>>() {
        let Some(file) = ledger.files.get(f) else {
            continue;
        };
        let text = match &file.text {
            Some(t) => t.clone(),
            // A binary file keeps no text; its bytes (within the size cap, or it would be
            // too large) can still name an id.
            None => match fs::read(&file.path) {
                Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                Err(_) => return Err(NewError::Unseen(file.display.clone())),
            },
        };
        for word in
            text.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
        {
            taken.insert(word.to_owned());
            taken.insert(word.trim_end_matches(['.', '_', '-']).to_owned());
        }
    }
    for entry in walkdir::WalkDir::new(root.join(folder))
        .into_iter()
        .flatten()
    {
        if let Some(stem) = entry.path().file_stem() {
            taken.insert(stem.to_string_lossy().into_owned());
        }
    }
    Ok(taken)
}

/// Refuse a folder to write into (`dir`, relative to the root) when it, or a folder on the way
/// to it, is a symbolic link: the record would be written wherever the link leads.
fn no_symlink(root: &Path, dir: &Path) -> Result<(), NewError> {
    match link_below(root, dir) {
        Some(link) => Err(NewError::Symlink(link.to_string_lossy().replace('\\', "/"))),
        None => Ok(()),
    }
}

/// The lock of the ledger at `root`, as `gbsw new` takes it: writers of ids one at a time.
///
/// # Errors
/// [`NewError::Busy`] when another writer held it for the whole wait, and the lock file's
/// own errors.
pub(crate) fn lock(root: &Path) -> Result<Lock, NewError> {
    Lock::take(root).map_err(|e| match e {
        LockError::Busy(p) => NewError::Busy(p),
        LockError::NotAFile(p) => NewError::LockNotAFile(p),
        LockError::Io(p, e) => NewError::Io(p, e),
    })
}

/// The next free id of `kind` by the manifest's pattern (or the kind's default), for a
/// record of `date` about `unit`, none of `taken`.
///
/// # Errors
/// [`NewError`] when the pattern is bad, needs a unit there is none of, or has no number left.
pub(crate) fn fresh_id(
    ledger: &Ledger,
    kind: Kind,
    date: NaiveDate,
    unit: Option<&str>,
    taken: &HashSet<String>,
) -> Result<String, NewError> {
    let pattern = ledger.manifest.as_ref().map_or_else(
        || {
            crate::model::manifest::IdPatterns::default()
                .pattern(kind)
                .to_owned()
        },
        |m| m.ids.pattern(kind).to_owned(),
    );
    match next_id(&pattern, date, unit, taken) {
        // Checked again: a year past 9999 could still make the id too long.
        Ok(id) if crate::model::Id::is_valid(&id) => Ok(id),
        Ok(_) | Err(IdError::BadPattern) => Err(NewError::BadPattern {
            key: kind.key(),
            pattern,
        }),
        Err(IdError::Exhausted { highest }) => Err(NewError::IdsExhausted { highest, pattern }),
        Err(IdError::NoUnit) => Err(NewError::NoUnit {
            key: kind.key(),
            pattern,
        }),
    }
}

/// The `#:schema` path of a record file written into `dir` (relative to the root), when the
/// ledger has its schemas.
pub(crate) fn schema_path(root: &Path, dir: &Path, kind: Kind) -> Option<String> {
    let depth = dir.components().count();
    let schema = format!("{}schemas/{}.schema.json", "../".repeat(depth), kind.key());
    root.join("schemas")
        .join(format!("{}.schema.json", kind.key()))
        .exists()
        .then_some(schema)
}

/// Choose the id (unless the draft has one), render and write the file. The ledger is read
/// again under the lock, so an id written by another `gbsw new` a moment ago is seen.
/// Returns the file's path relative to the root.
///
/// # Errors
/// [`NewError`] when the id is taken, the lock cannot be had, or the file cannot be written.
pub fn write(
    root: &Path,
    draft: &mut Draft,
    format: FileFormat,
    subfolder: Option<&Path>,
    today: NaiveDate,
    lang: Lang,
) -> Result<String, NewError> {
    let _lock = lock(root)?;
    let kind = draft.kind;
    let mut dir = PathBuf::from(kind.folder());
    if let Some(sub) = subfolder {
        // Only folders below the kind's folder: not `..`, not an absolute path.
        if !sub
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
        {
            return Err(NewError::BadSubfolder(sub.to_path_buf()));
        }
        dir.push(sub);
    }
    no_symlink(root, &dir)?;
    let loaded = crate::load::load(root);
    let ledger = &loaded.ledger;
    let taken = taken_ids(&loaded, root, kind)?;
    let id = match draft.get("id") {
        // The id names the file: one that is not an id (`../../x`) would be written outside
        // the kind's folder.
        Some(WValue::Str(id)) if !crate::model::Id::is_valid(id) => {
            return Err(NewError::BadId(id.clone()));
        }
        Some(WValue::Str(id)) if taken.contains(id) => return Err(NewError::IdTaken(id.clone())),
        Some(WValue::Str(id)) => id.clone(),
        _ => {
            let date = kind
                .today_field()
                .and_then(|f| match draft.get(f) {
                    Some(WValue::Date(d)) => Some(*d),
                    _ => None,
                })
                .unwrap_or(today);
            // `{unit}`: the (first) unit the record is about.
            let unit = crate::model::fields(kind)
                .iter()
                .filter(|f| f.refers == Some(crate::kind::Target::Unit) && f.scopes)
                .find_map(|f| match draft.get(f.key) {
                    Some(WValue::Str(u)) if crate::model::Id::is_valid(u.trim()) => {
                        Some(u.trim().to_owned())
                    }
                    _ => None,
                });
            fresh_id(ledger, kind, date, unit.as_deref(), &taken)?
        }
    };
    draft.set("id", WValue::Str(id.clone()));
    let schema = schema_path(root, &dir, kind);
    let text = render(draft, format, lang, schema.as_deref());
    let rel = dir.join(format!("{id}.{}", format.extension()));
    let path = root.join(&rel);
    fs::create_dir_all(root.join(&dir)).map_err(|e| NewError::Io(root.join(&dir), e))?;
    // Again, now that it exists: a link put in place meanwhile is not written through.
    no_symlink(root, &dir)?;
    // Temporary files of writers killed mid-write; under the lock no other `gbsw new`
    // writes here.
    remove_stale_temps(&root.join(&dir));
    // The other format's file would hold the same id: it counts as taken too.
    let twin = match format {
        FileFormat::Toml => "yaml",
        FileFormat::Yaml => "toml",
    };
    if path.with_extension(twin).exists() {
        return Err(NewError::IdTaken(id));
    }
    create_new(&path, &text).map_err(|e| match e.kind() {
        io::ErrorKind::AlreadyExists => NewError::IdTaken(id.clone()),
        _ => NewError::Io(path.clone(), e),
    })?;
    Ok(rel.to_string_lossy().replace('\\', "/"))
}
